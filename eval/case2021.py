"""Event types against CASE 2021 task 2 (../shared/gold/case2021-task2/dev.tsv).

Each snippet (one or a few sentences of news) carries one ACLED-style event subtype;
``eval/case2021_map.tsv`` maps each subtype to a PLOVER type (documented there; subtypes with no
PLOVER counterpart are left out). Each snippet is coded as one document. Figures:

- ``type_accuracy``: over mapped snippets, the share whose *top event* -- the event with the
  highest confidence (ties: the earlier one in the text) -- has the mapped type; a snippet with no
  event counts as wrong;
- ``type_recall``: over mapped snippets, the share where the mapped type is among the coded types;
- ``coverage``: the share of mapped snippets with at least one event;
- ``mapped``, ``snippets``: the denominators.

Each figure is reported on the whole set and on its tune and check parts (``eval.split``: key the
snippet id); the floors gate the check part. Run: ``python -m eval.case2021`` (``-v`` lists the
misses of the tune part only).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval._shared import eval_settings, shared_path
from eval.split import figures_table, split, with_parts

MAP_FILE = Path(__file__).resolve().parent / "case2021_map.tsv"


def load_map() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for n, line in enumerate(MAP_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise ValueError(f"{MAP_FILE}:{n}: expected 4 tab-separated columns")
        out[cols[0]] = None if cols[1] == "-" else cols[1]
    return out


def snippets() -> list[dict[str, str]]:
    p = shared_path("gold", "case2021-task2", "dev.tsv")
    if p is None:
        raise FileNotFoundError("../shared/gold/case2021-task2/dev.tsv is absent (set EVENTWIRE_SHARED)")
    with p.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def top_event(events: list[Any]) -> Any | None:
    best = None
    for e in events:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


@dataclass(frozen=True)
class Snippet:
    """One gold snippet: its id, subtype, mapped PLOVER type (None: no counterpart, not coded)
    and the events coded for it."""

    id: str
    subtype: str
    want: str | None
    text: str
    events: list[Any] = field(default_factory=list)


def coded() -> list[Snippet]:
    """Every snippet of the dev set; those with a mapped type carry their coded events."""
    from eventwire.coding import code_events
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate
    from eventwire.resources import Resources

    mapping = load_map()
    rows = snippets()
    unknown = sorted({r["SubType"] for r in rows} - set(mapping))
    if unknown:
        raise ValueError(f"subtypes missing from {MAP_FILE.name}: {', '.join(unknown)}")
    mapped = [r for r in rows if mapping[r["SubType"]]]
    res = Resources(eval_settings())
    docs = [Document(id=f"case-{r['id']}", text=r["EventSnippet"].strip(), raw_text=r["EventSnippet"])
            for r in mapped]
    events = {r["id"]: code_events(ann, res) for r, ann in zip(mapped, annotate(docs, res), strict=True)}
    return [Snippet(r["id"], r["SubType"], mapping[r["SubType"]], r["EventSnippet"], events.get(r["id"], []))
            for r in rows]


def _right(s: Snippet) -> bool:
    top = top_event(s.events)
    return top is not None and top.event == s.want


def _score(items: list[Snippet]) -> dict[str, float]:
    mapped = [s for s in items if s.want]
    n = len(mapped) or 1
    return {
        "type_accuracy": round(sum(_right(s) for s in mapped) / n, 4),
        "type_recall": round(sum(any(e.event == s.want for e in s.events) for s in mapped) / n, 4),
        "coverage": round(sum(bool(s.events) for s in mapped) / n, 4),
        "mapped": float(len(mapped)),
        "snippets": float(len(items)),
    }


def figures(items: list[Snippet]) -> dict[str, float]:
    """Figures on the whole dev set, then ``tune.*`` and ``check.*`` (eval.split); floors gate check."""
    return with_parts(items, key=lambda s: s.id, score=_score)


def evaluate() -> dict[str, float]:
    return figures(coded())


def type_hits(items: list[Snippet]) -> dict[str, tuple[int, int]]:
    """{mapped PLOVER type: (found among the coded types, snippets)}: ``type_recall`` by type."""
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in items:
        if s.want:
            per_type[s.want][1] += 1
            per_type[s.want][0] += any(e.event == s.want for e in s.events)
    return {t: (h, n) for t, (h, n) in sorted(per_type.items())}


def report(verbose: bool = False) -> None:
    """Figures; with ``verbose``, the tune snippets whose top event is wrong (never the check part)."""
    items = coded()
    print(figures_table(figures(items)))
    if verbose:
        tune = split(items, key=lambda s: s.id)["tune"]
        print(f"-- misses of the tune part only ({len(tune)} snippets); the check part is scored, never listed")
        for s in tune:
            if s.want and not _right(s):
                got = [(e.event, round(e.confidence, 2), e.event_text) for e in s.events]
                print(f"- {s.subtype} -> {s.want}: {got}\n    {s.text[:200]}")


if __name__ == "__main__":
    report(verbose="-v" in sys.argv)
