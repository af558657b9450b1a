"""Near-duplicate story grouping (src/eventwire/dedupe.py), checked against the demo corpus.

The corpus README (examples/corpus/README.md) is the answer key: its `story` column says which
documents are copies of one another. Texts are read raw (artifacts and all): dedupe must cope
with what cleaning leaves, and this keeps these tests independent of clean/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.dedupe import SHINGLE_WORDS, StoryIndex, containment, jaccard, shingles
from eventwire.errors import ConfigError

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


class _ArticleParagraphs(HTMLParser):
    """The text of the <p> elements inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.in_article = 0
        self.in_p = False
        self.paras: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article += 1
        elif tag == "p" and self.in_article:
            self.in_p = True
            self.paras.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article -= 1
        elif tag == "p":
            self.in_p = False

    def handle_data(self, data: str) -> None:
        if self.in_p:
            self.paras[-1] += data


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")  # the corpus has one cp1252 file, on purpose


def corpus_docs(name: str) -> list[tuple[str, str]]:
    """(doc key, text) for each document in one corpus file: a feed or JSONL file holds several."""
    path = CORPUS / name
    if path.suffix == ".html":
        parser = _ArticleParagraphs()
        parser.feed(_read_text(path))
        return [(name, "\n\n".join(parser.paras))]
    if path.suffix == ".xml":
        items = ET.parse(path).getroot().iter("item")
        return [(f"{name}#{i}", item.findtext("description") or "") for i, item in enumerate(items, 1)]
    if path.suffix == ".jsonl":
        lines = _read_text(path).splitlines()
        return [(f"{name}#{json.loads(ln)['id']}", json.loads(ln)["text"]) for ln in lines if ln.strip()]
    return [(name, _read_text(path))]


def answer_key() -> dict[str, str]:
    """doc key -> story label, from the README's file table (files in date order)."""
    key: dict[str, str] = {}
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        name, stories = cells[0].strip("`"), [s.strip() for s in cells[4].split(",")]
        docs = corpus_docs(name)
        assert len(docs) == len(stories), f"README lists {len(stories)} stories for {name}"
        for (doc_key, _), story in zip(docs, stories, strict=True):
            key[doc_key] = story
    return key


def doc(name: str) -> str:
    [(_, text)] = corpus_docs(name)
    return text


# ---------------------------------------------------------------- the answer key's copies are what it says


def test_corpus_copies_are_what_the_readme_says() -> None:
    clash = CORPUS / "2025-03-05_harborwire_clash-three-killed.txt"
    assert (CORPUS / "2025-03-05_harborwire_clash-three-killed-copy.txt").read_bytes() == clash.read_bytes()
    ships = doc("2025-03-02_northline_ships-deployed.txt")
    assert doc("2025-03-02_equatordaily_ships-deployed-syndicated.txt").startswith(ships)
    agreement_body = doc("2025-03-09_harborwire_agreement-signed.txt").split("\n\n", 1)[1].strip()
    assert corpus_docs("2025-03-09_pacificdispatch_feed.xml")[2][1] == agreement_body
    un_body = doc("2025-03-04_northline_un-urges-restraint.txt").split("\n\n", 1)[1]
    kept = doc("2025-03-04_coralbay_un-urges-restraint-truncated.html").split("\n\n")[1:6]
    assert un_body.startswith("\n\n".join(kept))
    assert 0.55 <= len(" ".join(kept).split()) / len(un_body.split()) <= 0.65
    edited = doc("2025-03-05_northline_clash-edited-copy.txt").splitlines()
    original = doc(clash.name).replace("\nADVERTISEMENT\n", "").splitlines()
    changed = [i for i, (a, b) in enumerate(zip(original, edited, strict=True)) if a != b]
    assert changed == [0, 4]  # the headline and one paragraph...
    sentences_before, sentences_after = original[4].split(". "), edited[4].split(". ")
    assert sum(a != b for a, b in zip(sentences_before, sentences_after, strict=True)) == 1  # ...one sentence


# ---------------------------------------------------------------- shingles and the measures


def test_shingles_normalise_case_and_punctuation() -> None:
    a = shingles("Malaysia detained 12 Indonesian fishermen on Saturday, officials said.")
    b = shingles("MALAYSIA detained 12 Indonesian fishermen -- on Saturday officials said")
    assert a == b
    assert len(a) == 9 - SHINGLE_WORDS + 1


def test_shingles_differ_when_words_differ() -> None:
    assert shingles("one two three four five six") != shingles("one two three four five seven")


def test_shingles_of_short_and_empty_texts() -> None:
    assert len(shingles("Talks held.")) == 1  # fewer words than a shingle: one shingle of them all
    assert shingles("Talks held.") == shingles("talks HELD")
    assert shingles("") == set()
    assert shingles(" ... --- ") == set()


def test_shingles_are_32_bit() -> None:
    assert all(0 <= h < 2**32 for h in shingles(doc("2025-03-04_northline_un-urges-restraint.txt")))


def test_containment_is_the_share_of_the_first_set_in_the_second() -> None:
    assert containment({1, 2}, {1, 2, 3, 4}) == 1.0
    assert containment({1, 2, 3, 4}, {1, 2}) == 0.5
    assert containment(set(), {1}) == 0.0


def test_jaccard() -> None:
    assert jaccard({1, 2, 3}, {2, 3, 4}) == 0.5
    assert jaccard(set(), set()) == 0.0


def _first_share(text: str, share: float) -> str:
    words = text.split(" ")
    return " ".join(words[: int(len(words) * share)])


def test_short_truncated_copy_has_low_jaccard_but_high_containment() -> None:
    text = doc("2025-03-04_northline_un-urges-restraint.txt")
    full, part = shingles(text), shingles(_first_share(text, 0.4))
    assert jaccard(part, full) < Settings().dedupe_threshold
    assert containment(part, full) == 1.0
    assert containment(full, part) < 0.5


# ---------------------------------------------------------------- grouping the corpus


def test_verbatim_copy_joins_the_story(settings: Settings) -> None:
    index = StoryIndex(settings)
    first = index.assign("northline", doc("2025-03-02_northline_ships-deployed.txt"))
    assert first == "northline"  # a new story is named after its first member
    assert index.assign("equator", doc("2025-03-02_equatordaily_ships-deployed-syndicated.txt")) == first


def test_truncated_copy_joins_the_story(settings: Settings) -> None:
    index = StoryIndex(settings)
    first = index.assign("un", doc("2025-03-04_northline_un-urges-restraint.txt"))
    assert index.assign("coral", doc("2025-03-04_coralbay_un-urges-restraint-truncated.html")) == first


def test_containment_alone_groups_a_short_truncated_copy(settings: Settings) -> None:
    text = doc("2025-03-04_northline_un-urges-restraint.txt")
    index = StoryIndex(settings)
    first = index.assign("un", text)
    assert index.assign("first-40-percent", _first_share(text, 0.4)) == first


def test_containment_groups_the_corpus_copy_when_jaccard_is_strict() -> None:
    index = StoryIndex(Settings(dedupe_threshold=0.95))
    first = index.assign("un", doc("2025-03-04_northline_un-urges-restraint.txt"))
    assert index.assign("coral", doc("2025-03-04_coralbay_un-urges-restraint-truncated.html")) == first


def test_full_text_arriving_after_its_truncated_copy_joins_it(settings: Settings) -> None:
    index = StoryIndex(settings)
    first = index.assign("coral", doc("2025-03-04_coralbay_un-urges-restraint-truncated.html"))
    assert index.assign("un", doc("2025-03-04_northline_un-urges-restraint.txt")) == first


def test_lightly_edited_copy_joins_the_story(settings: Settings) -> None:
    index = StoryIndex(settings)
    first = index.assign("hw", doc("2025-03-05_harborwire_clash-three-killed.txt"))
    assert index.assign("nl", doc("2025-03-05_northline_clash-edited-copy.txt")) == first


def test_two_stories_about_the_same_clash_stay_apart(settings: Settings) -> None:
    hw = doc("2025-03-05_harborwire_clash-three-killed.txt")
    mer = doc("2025-03-05_meridian_indonesia-says-five-dead.txt")
    assert "near the disputed Ambalat block in the Sulawesi Sea" in hw
    assert "near the disputed Ambalat block in the Sulawesi Sea" in mer
    index = StoryIndex(settings)
    index.assign("hw", hw)
    assert index.assign("mer", mer) == "mer"


def test_whole_corpus_matches_the_answer_key(settings: Settings) -> None:
    key = answer_key()
    assert len(key) == 30
    index = StoryIndex(settings)
    got: dict[str, str] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.name == "README.md" or path.name.startswith("."):
            continue
        for doc_key, text in corpus_docs(path.name):
            got[doc_key] = index.assign(doc_key, text)
    assert set(got) == set(key)

    def groups(labels: dict[str, str]) -> set[frozenset[str]]:
        by: dict[str, set[str]] = {}
        for k, label in labels.items():
            by.setdefault(label, set()).add(k)
        return {frozenset(g) for g in by.values()}

    assert groups(got) == groups(key)
    assert len(groups(got)) == 25


def test_stricter_settings_split_the_truncated_copy() -> None:
    strict = Settings(dedupe_threshold=0.9, dedupe_containment=0.99)
    index = StoryIndex(strict)
    index.assign("un", doc("2025-03-04_northline_un-urges-restraint.txt"))
    assert index.assign("coral", doc("2025-03-04_coralbay_un-urges-restraint-truncated.html")) == "coral"


# ---------------------------------------------------------------- index behaviour


def test_assign_is_idempotent(settings: Settings) -> None:
    index = StoryIndex(settings)
    text = doc("2025-03-05_harborwire_clash-three-killed.txt")
    first = index.assign("a", text)
    index.assign("b", doc("2025-03-05_meridian_indonesia-says-five-dead.txt"))
    assert index.assign("a", text) == first
    assert len(index) == 2
    assert index.story_of("a") == first and index.story_of("missing") is None
    assert "a" in index


def test_add_existing_rebuilds_the_index(settings: Settings) -> None:
    index = StoryIndex(settings)
    index.add_existing("stored-1", doc("2025-03-09_harborwire_agreement-signed.txt"), "story-42")
    [(_, item3)] = corpus_docs("2025-03-09_pacificdispatch_feed.xml")[2:]
    assert index.assign("feed-item", item3) == "story-42"
    index.add_existing("stored-1", "any text", "story-42")  # again, same story: nothing changes
    assert len(index) == 2
    with pytest.raises(ValueError, match="already indexed"):
        index.add_existing("stored-1", "any text", "story-7")


def test_short_texts(settings: Settings) -> None:
    index = StoryIndex(settings)
    article = doc("2025-03-09_harborwire_agreement-signed.txt")
    index.assign("article", article)
    # a short excerpt of the article: too short for containment alone to group it
    assert index.assign("excerpt", "Indonesia and Malaysia signed an agreement in Singapore") == "excerpt"
    assert index.assign("s1", "Talks held.") == "s1"
    assert index.assign("s2", "talks held") == "s1"  # identical after normalising
    assert index.assign("e1", "") == "e1"
    assert index.assign("e2", "") == "e2"  # empty texts are never grouped (exact copies are the store's job)


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ConfigError, match="dedupe_containment"):
        StoryIndex(Settings(dedupe_containment=1.5))
    with pytest.raises(ConfigError, match="dedupe_num_perm"):
        StoryIndex(Settings(dedupe_num_perm=2))


_DETERMINISM_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from test_dedupe import CORPUS, corpus_docs
from eventwire.config import Settings
from eventwire.dedupe import StoryIndex, shingles
index = StoryIndex(Settings())
out = {}
for path in sorted(CORPUS.iterdir()):
    if path.name == "README.md" or path.name.startswith("."):
        continue
    for key, text in corpus_docs(path.name):
        out[key] = [index.assign(key, text), sorted(shingles(text))[:3]]
print(json.dumps(out, sort_keys=True))
"""


@pytest.mark.slow
def test_grouping_is_deterministic_across_processes() -> None:
    """Same input, same groups and hashes, whatever Python's per-process hash seed."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", _DETERMINISM_SCRIPT, str(Path(__file__).parent)],
            capture_output=True, text=True, env=env, check=True, timeout=120,
        )
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 30
