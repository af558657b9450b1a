"""The claims word lists: shipped files load, and a bad line is reported with file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.claims import _data
from eventwire.errors import DataFileError

LOADERS = [_data.cue_table, _data.cues, _data.hedges, _data.number_words, _data.qualifier_phrases, _data.vague_counts,
           _data.units, _data.subject_synonyms, _data.casualty_words, _data.place_nouns, _data.locative_preps,
           _data.fractions, _data.label_nouns]


def _clear() -> None:
    for f in LOADERS:
        f.cache_clear()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for p in _data._DIR.glob("*.tsv"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(_data, "_DIR", tmp_path)
    _clear()
    yield tmp_path
    _clear()


def test_shipped_files_load() -> None:
    _clear()
    assert _data.cues().verbs["say"] == "speech" and "report" in _data.cues().nouns
    assert _data.cues().verbs["condemn"] == "attitude" and "according to" in _data.cues().preps
    assert _data.vague_counts()["thousands"] == (1000, 9999)
    assert _data.number_words().scales["million"] == 1_000_000
    assert _data.subject_synonyms()["troop"] == "soldier"
    assert any(u.surface == "€" and u.canonical == "EUR" for u in _data.units())
    assert ("more than", "over", "lower_bound") in _data.qualifier_phrases()["pre"]
    assert _data.label_nouns()["type"] == "class" and _data.label_nouns()["category"] == "scale"


@pytest.mark.parametrize(("name", "line", "loader", "why"), [
    ("vague.tsv", "dozens\t99\t24", _data.vague_counts, "above high"),
    ("vague.tsv", "dozens\tmany\t24", _data.vague_counts, "not a number"),
    ("qualifiers.tsv", "about\tnearly\tpre\taround", _data.qualifier_phrases, "not allowed"),
    ("cues.tsv", "say\tspeech", _data.cues, "expected 3"),
    ("cues.tsv", "say\tspeech\tclaims", _data.cues, "listed twice"),
    ("cues.tsv", "shout\tspeech\tnobody", _data.cues, "unknown stages"),
    ("cues.tsv", "mumble\tmurmur\tboth", _data.reporting_cues, "unknown kind"),
    ("units.tsv", "km\tkm\tlength", _data.units, "unknown kind"),
    ("label_nouns.tsv", "type\tsort", _data.label_nouns, "unknown kind"),
    ("number_words.tsv", "ten\t1.5\tunit", _data.number_words, "whole number"),
    ("subjects.tsv", "person\tsoldier", _data.subject_synonyms, "already in group"),
])
def test_bad_line_names_file_and_line(data_dir: Path, name: str, line: str, loader: object, why: str) -> None:
    path = data_dir / name
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + line + "\n"
    path.write_text(text, encoding="utf-8")
    lineno = text.count("\n")
    with pytest.raises(DataFileError) as err:
        loader()  # type: ignore[operator]
    assert err.value.path.endswith(name) and err.value.line == lineno
    assert why in str(err.value) and f"{name}:{lineno}" in str(err.value)


def test_one_cue_table_feeds_both_stages() -> None:
    """The coder's reporting cues are the rows of cues.tsv marked for it: a cue read by both stages
    is a claims cue too, and a coder-only row is not."""
    _clear()
    rep = _data.reporting_cues()
    claims = _data.cues()
    assert {"say", "claim", "believe", "fear"} <= rep["speech_verbs"]
    assert {"report", "statement"} <= rep["speech_nouns"] and "according to" in rep["source_preps"]
    assert rep["speech_verbs"] <= set(claims.verbs)
    assert "word" in rep["speech_nouns"] and "word" not in claims.nouns
    assert "condemn" in claims.verbs and "condemn" not in rep["speech_verbs"]


def test_the_coder_reads_its_reporting_cues_from_the_table() -> None:
    from eventwire.coding.lexicon import load_builtin
    from eventwire.config import Settings

    _clear()
    rules = load_builtin(Settings()).rules
    for key, words in _data.reporting_cues().items():
        assert rules[f"attribution.{key}"] == words
