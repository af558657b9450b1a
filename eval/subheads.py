"""Glued-subhead benchmark: true article bodies flattened to one line, then split again.

Web pages flattened to text (news datasets, feeds that strip markup, the VOA corpus) lose the line
break between a subhead and the paragraph after it: "... the talks ended. Border tensions The crossing
had been shut ...". The coder then reads the subhead as the next sentence's subject. Cleaning's
``split_subheads`` step puts such a subhead back on a paragraph of its own.

Gold: the article bodies of ../shared/extraction/scrapinghub/ground-truth.json (Zyte benchmark),
English ones only, normalised as in ``eval.linebreaks``. A *subhead* is a paragraph inside the body
(not the first or the last) that is short (1 to 10 words), starts with a capital letter, is not in
capitals throughout, ends with no punctuation, follows a paragraph that ends a sentence and precedes
one that starts with a capital or a quote, and holds no long figure, address or link (price lines,
tables and tweets are not subheads). Each body is flattened: its paragraphs joined with one space.
Only the ``split_subheads`` step runs on the flattened text.

- ``recall``: the share of gold subheads that come out as a paragraph of their own, exactly;
- ``precision``: the share of the breaks the step inserts that fall where the body had a paragraph
  break (a break at a paragraph boundary that is not a gold subhead still counts as right);
- ``false_breaks``: breaks inserted inside a paragraph, the ones that cut a sentence.

Each figure is reported on all articles and on the tune and check parts (``eval.split``: key the
article id); the floors gate the check part. ``-v`` lists the tune part's misses and false breaks.

    .venv/bin/python -m eval.subheads [-v]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from eval.linebreaks import reference_docs
from eval.split import figures_table, part_of, with_parts
from eventwire.clean.subheads import split_subheads_step

_END = re.compile(r"[.!?:;,\"”’')\]…]$")
_NOISE = re.compile(r"\d{3}|@|https?:|www\.|\$|%")


def gold_subheads(paragraphs: list[str]) -> list[int]:
    """Indexes of the paragraphs that are subheads (see the module docstring)."""
    out = []
    for i in range(1, len(paragraphs) - 1):
        p, before, after = paragraphs[i], paragraphs[i - 1], paragraphs[i + 1]
        words = p.split()
        if (1 <= len(words) <= 10 and re.match(r"[A-Z]", p) and not p.isupper() and not _END.search(p)
                and before[-1:] in ".!?\"”’" and re.match(r"[A-Z“\"‘]", after) and not _NOISE.search(p)):
            out.append(i)
    return out


Item = tuple[str, dict[str, float]]


def score_doc(body: str) -> dict[str, float]:
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    flat = " ".join(paragraphs)
    # the offsets where the flattened text joined two paragraphs (the joining space)
    joins, pos = set(), 0
    for p in paragraphs[:-1]:
        pos += len(p)
        joins.add(pos)
        pos += 1
    got = split_subheads_step(flat)
    inserted = [r.start for r in got.repairs if r.kind == "subhead"]
    right = sum(1 for s in inserted if s in joins)
    out_paragraphs = {p.strip() for p in got.text.split("\n\n")}
    gold = gold_subheads(paragraphs)
    found = sum(1 for i in gold if paragraphs[i] in out_paragraphs)
    return {"gold": len(gold), "found": found, "inserted": len(inserted), "right": right}


def _score(items: Iterable[Item]) -> dict[str, float]:
    tot: dict[str, float] = {"gold": 0, "found": 0, "inserted": 0, "right": 0}
    for _key, c in items:
        for k in tot:
            tot[k] += c[k]
    return {
        "recall": round(tot["found"] / tot["gold"], 3) if tot["gold"] else 0.0,
        "precision": round(tot["right"] / tot["inserted"], 3) if tot["inserted"] else 1.0,
        "false_breaks": tot["inserted"] - tot["right"],
        "subheads": tot["gold"],
        "breaks": tot["inserted"],
    }


def items() -> list[Item]:
    return [(key, score_doc(body)) for key, body in reference_docs()]


def evaluate() -> dict[str, float]:
    return with_parts(items(), lambda it: it[0], _score)


def _listing() -> None:
    for key, body in reference_docs():
        if part_of(key) != "tune":
            continue
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        got = split_subheads_step(" ".join(paragraphs))
        out_paragraphs = {p.strip() for p in got.text.split("\n\n")}
        for i in gold_subheads(paragraphs):
            if paragraphs[i] not in out_paragraphs:
                print(f"miss  {key[:8]} {paragraphs[i]!r} || {paragraphs[i + 1][:40]!r}")
        for r in got.repairs:
            if r.kind == "subhead" and r.start not in _joins(paragraphs):
                print(f"false {key[:8]} {got.text[max(0, r.start - 50):r.start + 40]!r}")


def _joins(paragraphs: list[str]) -> set[int]:
    joins, pos = set(), 0
    for p in paragraphs[:-1]:
        pos += len(p)
        joins.add(pos)
        pos += 1
    return joins


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print(figures_table(evaluate()))
    if "-v" in argv:
        _listing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
