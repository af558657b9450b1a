"""Line-break repair benchmark: breaks injected into true article bodies, then repaired.

Gold: the article bodies of ../shared/extraction/scrapinghub/ground-truth.json (Zyte benchmark),
English ones only (``clean.language.detect_language``). Each body is first normalised with the
character-level steps (``fix_encoding``, ``normalize_newlines``, ``normalize_spaces``); that is the
reference. A seeded generator then injects line breaks at random positions, about one per 800
characters, half of each class (three independent rounds):

- ``midword``: "\\n" inserted between two letters or digits of a word ("sta|ted");
- ``between``: a space between two words replaced by "\\n" ("to|discuss").

Two more damages are scored on their own: line-end hyphens (``hyphen_drop``: "gov-|ernment" must
lose its hyphen; ``hyphen_keep``: "well-|known" keeps it) and whole documents hard-wrapped at 60-80
columns (``accuracy_wrapped``: each wrap back to a space; ``newlines_kept_wrapped``; and
``wrapped_docs_exact``, the share of documents restored exactly).

Only the ``repair_linebreaks`` step runs on the damaged text, except in ``run_pipeline``: there every
seed-style artifact is applied at once (mojibake, ad and share lines, CRLF, odd spaces, line
breaks) and the repair steps run together (``repair_text``); ``pipeline_docs_exact`` is the share of
documents restored exactly. A break is repaired correctly when it
becomes exactly what the reference has there (nothing, or a space). The reference's own line breaks
(paragraph breaks, list lines) must survive: ``newlines_kept`` is their share left untouched
(``single_newlines_kept``: the same for the harder single newlines, lists and tables), and
``false_changes`` counts repairs anywhere other than at an injected break.

About 2340 injected breaks: one break is 0.0004 of accuracy, and the sampling error of the figure
is about 0.002. Before trusting a gain of a few breaks, run the same comparison with other values
of ``SEED`` or more ``ROUNDS`` (the injection itself stays as it is: the floors are pinned on it).

Each figure is reported on all articles and on the tune and check parts (``eval.split``: key the
article id); the floors gate the check part. The damage is drawn over all articles in id order, as
before the split, and the listings of remaining errors (``-v``: up to 100 per class) show the tune
part only.

    .venv/bin/python -m eval.linebreaks
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass

from eval._shared import shared_path
from eval.split import figures_table, part_of, with_parts
from eventwire.clean import clean_text, repair_text
from eventwire.clean.language import detect_language
from eventwire.clean.linebreaks import repair_linebreaks_step, zipf
from eventwire.clean.normalize import fix_encoding, normalize_newlines, normalize_spaces

SEED = 20241104
CHARS_PER_BREAK = 800
ROUNDS = 3  # each reference is damaged this many times, independently


@dataclass
class Injected:
    doc: int
    pos: int  # index of the injected "\n" in the damaged text
    cls: str  # midword | between
    left: str  # the word piece before the break
    right: str  # the word piece after it


def reference_docs() -> list[tuple[str, str]]:
    """(article id, reference body) for every English article, in id order."""
    path = shared_path("extraction", "scrapinghub", "ground-truth.json")
    if path is None:
        raise FileNotFoundError("../shared/extraction/scrapinghub/ground-truth.json is absent")
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for key in sorted(data):
        body = normalize_spaces(normalize_newlines(fix_encoding(data[key].get("articleBody") or "")))
        if body and detect_language(body) == "en":
            out.append((key, body))
    return out


def reference_texts() -> list[str]:
    return [body for _key, body in reference_docs()]


#: per article: its id and its counts (injected breaks and how many were repaired right, the
#: reference's own newlines and how many were kept, ...); summed over a part by ``_score``
Counts = dict[str, float]
Item = tuple[str, Counts]


def _tune(key: str) -> bool:
    return part_of(key) == "tune"


_WORDCHAR = re.compile(r"[^\W_]")


def _candidates(text: str) -> tuple[list[int], list[int]]:
    """Positions where a break can go: inside a word (between two word characters), or a space
    between two non-space characters on one line."""
    mid, between = [], []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if _WORDCHAR.match(a) and _WORDCHAR.match(b):
            mid.append(i)
        elif b == " " and i + 1 < len(text) and not a.isspace() and not text[i + 1].isspace():
            between.append(i)
    return mid, between


def inject(text: str, rng: random.Random, doc: int) -> tuple[str, list[Injected], list[int]]:
    """The damaged text, its injected breaks, and where the reference's own newlines went."""
    mid, between = _candidates(text)
    n = max(1, len(text) // CHARS_PER_BREAK)
    chosen: list[tuple[int, str]] = []
    taken: list[int] = []
    for _ in range(n * 4):
        if len(chosen) >= n:
            break
        cls = rng.choice(("midword", "between"))
        pool = mid if cls == "midword" else between
        if not pool:
            continue
        p = rng.choice(pool)
        if any(abs(p - q) < 20 for q in taken):
            continue
        taken.append(p)
        chosen.append((p, cls))
    chosen.sort()
    out: list[str] = []
    injected: list[Injected] = []
    last = 0
    for p, cls in chosen:
        out.append(text[last:p])
        at = sum(len(s) for s in out)
        left = re.search(r"[^\W_]*$", text[:p])
        right = re.match(r"[^\W_]*", text[p + 1 if cls == "between" else p:])
        injected.append(Injected(doc, at, cls, left.group() if left else "", right.group() if right else ""))
        out.append("\n")
        last = p + 1 if cls == "between" else p
    out.append(text[last:])
    damaged = "".join(out)
    inj_pos = {i.pos for i in injected}
    own_newlines = [i for i, ch in enumerate(damaged) if ch == "\n" and i not in inj_pos]
    return damaged, injected, own_newlines


def _error_class(inj: Injected, got: str) -> str:
    if got == "\n":
        return "left as a line break"
    a, b = inj.left, inj.right
    if any(c.isdigit() for c in a + b):
        return "numbers"
    if b[:1].isupper() or (inj.cls == "midword" and a[:1].isupper()):
        return "capitalised / proper nouns"
    if not (a.isalpha() and b.isalpha()):
        return "punctuation at the break"
    if min(len(a), len(b)) <= 2:
        return "short piece (1-2 letters)"
    j = (a + b).lower()
    if zipf(j) >= 2.5 and zipf(a.lower()) >= 2.5 and zipf(b.lower()) >= 2.5:
        return "both readings are words (compounds: any|way, may|be)"
    return "rare or unknown words"


def run() -> tuple[list[Item], dict[str, list[str]]]:
    """Injected breaks, repaired: counts per article, and the errors of the tune part by class."""
    docs = reference_docs()
    rng = random.Random(SEED)
    counts: dict[str, Counter[str]] = {key: Counter() for key, _ref in docs}
    errors: dict[str, list[str]] = {}
    for d, (key, ref) in [(d, doc) for _ in range(ROUNDS) for d, doc in enumerate(docs)]:
        c = counts[key]
        damaged, injected, own = inject(ref, rng, d)
        res = repair_linebreaks_step(damaged)
        by_pos = {}
        touched: set[int] = set()
        for r in res.repairs:
            for k in range(r.start, r.end):
                touched.add(k)
            by_pos[r.end - 1] = r.after  # the "\n" is the last character a line repair replaces
        inj_pos = {i.pos for i in injected}
        c["false_changes"] += sum(1 for r in res.repairs if r.end - 1 not in inj_pos)
        c["own_total"] += len(own)
        c["own_kept"] += sum(1 for p in own if p not in touched)
        single = [p for p in own if damaged[p - 1:p] != "\n" and damaged[p + 1:p + 2] != "\n"]
        c["single_total"] += len(single)
        c["single_kept"] += sum(1 for p in single if p not in touched)
        for inj in injected:
            want = "" if inj.cls == "midword" else " "
            got = by_pos.get(inj.pos, "\n")
            c[f"total_{inj.cls}"] += 1
            if got == want:
                c[f"right_{inj.cls}"] += 1
            elif _tune(key):
                cls = _error_class(inj, got)
                ctx = damaged[max(0, inj.pos - 25):inj.pos + 25].replace("\n", "⏎")
                errors.setdefault(cls, []).append(f"[{inj.cls}] …{ctx}… → {got!r}")
    return [(key, dict(c)) for key, c in counts.items()], errors


_HYPHEN_WORD = re.compile(r"(?<![\w-])[^\W\d_]{6,}(?![\w-])")
_COMPOUND = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def run_hyphens() -> tuple[list[Item], list[str]]:
    """Line-end hyphens: ``hyphen_drop`` hyphenates a plain word at the line end ("gov-|ernment",
    two letters at least on each side: the hyphen must go); ``hyphen_keep`` breaks a compound after
    its own hyphen ("well-|known": the hyphen stays). Up to one of each per document. Counts per
    article, and the errors of the tune part."""
    rng = random.Random(SEED + 1)
    items: list[Item] = []
    errors: list[str] = []
    for key, ref in reference_docs():
        c: Counter[str] = Counter()
        words = [m for m in _HYPHEN_WORD.finditer(ref)]
        compounds = [m.start() for m in _COMPOUND.finditer(ref)]
        cuts: list[tuple[int, str]] = []
        if words:
            m = rng.choice(words)
            cuts.append((m.start() + rng.randint(2, len(m.group()) - 2), "hyphen_drop"))
        if compounds:
            cuts.append((rng.choice(compounds) + 1, "hyphen_keep"))
        cuts.sort()
        if len(cuts) == 2 and cuts[1][0] - cuts[0][0] < 20:
            cuts = cuts[:1]
        damaged, last, newlines = "", 0, []
        for p, cls in cuts:
            damaged += ref[last:p] + ("-\n" if cls == "hyphen_drop" else "\n")
            newlines.append((len(damaged) - 1, cls))
            last = p
        damaged += ref[last:]
        repairs = {r.end - 1: r for r in repair_linebreaks_step(damaged).repairs}
        for nl, cls in newlines:
            c[f"total_{cls}"] += 1
            r = repairs.get(nl)
            start = nl - 1 if cls == "hyphen_drop" else nl
            if r is not None and r.start == start and r.after == "":
                c[f"right_{cls}"] += 1
            elif _tune(key):
                ctx = damaged[max(0, nl - 25):nl + 25].replace("\n", "⏎")
                errors.append(f"[{cls}] …{ctx}… → {f'{r.before!r} → {r.after!r}' if r else 'kept'}")
        items.append((key, dict(c)))
    return items, errors


def wrap(text: str, width: int) -> tuple[str, list[int]]:
    """Hard-wrap every one-line paragraph of ``text`` at ``width`` (greedy, at spaces, as a mail
    client or a PDF export does): the wrapped text, and the offsets of the spaces turned into
    newlines (the same offsets in both texts)."""
    out = list(text)
    breaks = []
    line_start = 0
    last_space = -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, -1
        elif ch == " ":
            if i - line_start > width and last_space > line_start:
                out[last_space] = "\n"
                breaks.append(last_space)
                line_start = last_space + 1
            last_space = i
    return "".join(out), breaks


def run_wrapped() -> tuple[list[Item], list[str]]:
    """Whole documents hard-wrapped at 60-80 columns: every wrap must become a space again, and
    the reference's own newlines must stay. Counts per article, and the errors of the tune part."""
    rng = random.Random(SEED + 2)
    items: list[Item] = []
    errors: list[str] = []
    for key, ref in reference_docs():
        c: Counter[str] = Counter()
        damaged, breaks = wrap(ref, rng.randint(60, 80))
        res = repair_linebreaks_step(damaged)
        after = {r.end - 1: r.after for r in res.repairs}
        for b in breaks:
            c["total_wrapped"] += 1
            if after.get(b, "\n") == " ":
                c["right_wrapped"] += 1
            elif _tune(key) and len(errors) < 200:
                ctx = damaged[max(0, b - 25):b + 25].replace("\n", "⏎")
                errors.append(f"[wrapped] …{ctx}… → {after.get(b, 'kept')!r}")
        own = [i for i, ch in enumerate(ref) if ch == "\n"]
        c["own_total_wrapped"] += len(own)
        c["own_kept_wrapped"] += sum(1 for i in own if i not in after)
        c["exact_wrapped"] += res.text == ref
        items.append((key, dict(c)))
    return items, errors


def _share(a: float, b: float, empty: float = 0.0) -> float:
    return a / b if b else empty


def _score(items: list[Item]) -> dict[str, float]:
    """The figures of a set of articles, from their summed counts."""
    c: dict[str, float] = {}
    for _key, counts in items:
        for k, v in counts.items():
            c[k] = c.get(k, 0.0) + v
    g = c.get
    n_breaks = g("total_midword", 0) + g("total_between", 0)
    n = len(items)
    return {
        "accuracy": _share(g("right_midword", 0) + g("right_between", 0), n_breaks),
        "accuracy_midword": _share(g("right_midword", 0), g("total_midword", 0)),
        "accuracy_between": _share(g("right_between", 0), g("total_between", 0)),
        "newlines_kept": _share(g("own_kept", 0), g("own_total", 0), 1.0),
        "single_newlines_kept": _share(g("single_kept", 0), g("single_total", 0), 1.0),
        "n_breaks": float(n_breaks),
        "n_docs": float(n),
        "false_changes": float(g("false_changes", 0)),
        "accuracy_hyphen_drop": _share(g("right_hyphen_drop", 0), g("total_hyphen_drop", 0)),
        "accuracy_hyphen_keep": _share(g("right_hyphen_keep", 0), g("total_hyphen_keep", 0)),
        "n_hyphen_breaks": float(g("total_hyphen_drop", 0) + g("total_hyphen_keep", 0)),
        "accuracy_wrapped": _share(g("right_wrapped", 0), g("total_wrapped", 0)),
        "newlines_kept_wrapped": _share(g("own_kept_wrapped", 0), g("own_total_wrapped", 0), 1.0),
        "wrapped_docs_exact": _share(g("exact_wrapped", 0), n),
        "n_wrapped_breaks": float(g("total_wrapped", 0)),
        "pipeline_docs_exact": _share(g("pipeline_exact", 0), n),
        "pipeline_similarity": _share(g("pipeline_ratio", 0), n),
    }


def _merge(*runs: list[Item]) -> list[Item]:
    """One item per article with the counts of every run."""
    merged: dict[str, Counts] = {}
    for items in runs:
        for key, counts in items:
            merged.setdefault(key, {}).update(counts)
    return list(merged.items())


def evaluate() -> dict[str, float]:
    """Figures on all articles, then ``tune.*`` and ``check.*`` (eval.split: the article id); floors
    gate check. The damage is drawn over all articles in id order, so it is the same as before the split."""
    items = _merge(run()[0], run_hyphens()[0], run_wrapped()[0], run_pipeline())
    return with_parts(items, key=lambda it: it[0], score=_score)


_ADS = ("Advertisement", "ADVERTISEMENT", "Advertisement here", "Share this article",
        "Read more: More stories from our correspondents", "We use cookies to improve your experience.")


def damage_all(ref: str, rng: random.Random) -> str:
    """Every seed-style artifact at once: mojibake on some lines, ad and share lines between some
    paragraphs, line breaks (as in :func:`inject`), non-breaking and zero-width characters, soft
    hyphens, trailing spaces and, for half the documents, CRLF line endings."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

    damaged, _, _ = inject(ref, rng, 0)
    paragraphs = damaged.split("\n\n")
    out = []
    for para in paragraphs:
        if rng.random() < 0.15:
            out.append(rng.choice(_ADS))
        if rng.random() < 0.3:
            para = para.encode("utf-8").decode("sloppy-windows-1252")
        words = para.split(" ")
        for _ in range(len(words) // 40):
            i = rng.randrange(len(words))
            words[i] = words[i] + rng.choice(["\u00a0", "\u200b", "\u00ad", " ", "  "])
        out.append(" ".join(words) + rng.choice(["", " ", "\t"]))
    text = "\n\n".join(out)
    return text.replace("\n", "\r\n") if rng.random() < 0.5 else text


def run_pipeline() -> list[Item]:
    """The repair steps together (``repair_text``) on :func:`damage_all` damage, per article: restored
    exactly (``pipeline_exact``), else its similarity (difflib ratio; 1 when exact)."""
    import difflib

    rng = random.Random(SEED + 3)
    items: list[Item] = []
    for key, ref in reference_docs():
        got, want = repair_text(damage_all(ref, rng)), repair_text(ref)
        ratio = 1.0 if got == want else difflib.SequenceMatcher(None, got, want, autojunk=False).ratio()
        items.append((key, {"pipeline_exact": float(got == want), "pipeline_ratio": ratio}))
    return items


def cpu_ms_per_doc() -> tuple[float, float]:
    """CPU milliseconds per document of the whole cleaning pipeline (``clean_text``) on the raw
    reference bodies, and their mean length: reported, never gated (timings vary by machine)."""
    path = shared_path("extraction", "scrapinghub", "ground-truth.json")
    assert path is not None
    bodies = [v.get("articleBody") or "" for v in json.loads(path.read_text(encoding="utf-8")).values()]
    bodies = [b for b in bodies if b.strip()]
    for b in bodies[:20]:
        clean_text(b)  # warm the caches (wordfreq, patterns)
    start = time.process_time()
    for b in bodies:
        clean_text(b)
    return (time.process_time() - start) / len(bodies) * 1000, sum(map(len, bodies)) / len(bodies)


def main(verbose: bool = False) -> None:
    breaks, errors = run()
    hyphens, hyphen_errors = run_hyphens()
    wrapped, wrapped_errors = run_wrapped()
    items = _merge(breaks, hyphens, wrapped, run_pipeline())
    print("Line-break repair on injected breaks (eval/linebreaks.py, step repair_linebreaks)")
    print(figures_table(with_parts(items, key=lambda it: it[0], score=_score)))
    print("Remaining errors of the tune part by class (the check part is scored, never listed):")
    show = 100 if verbose else 4
    for cls, found in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        print(f"  {cls}: {len(found)}")
        for ex in found[:show]:
            print(f"      {ex}")
    print(f"  line-end hyphens: {len(hyphen_errors)}")
    for ex in hyphen_errors[:show]:
        print(f"      {ex}")
    print(f"  hard-wrapped documents: {len(wrapped_errors)}")
    for ex in wrapped_errors[:show]:
        print(f"      {ex}")
    ms, chars = cpu_ms_per_doc()
    print(f"Whole cleaning pipeline: {ms:.2f} ms CPU per document ({chars:.0f} characters on average)")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
