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

Run: ``python -m eval.case2021`` (``-v`` lists the misses).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from eval._shared import shared_path

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


def run() -> tuple[dict[str, float], list[tuple[str, str, list[Any]]]]:
    from eventwire.coding import code_events
    from eventwire.config import Settings
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate
    from eventwire.resources import Resources

    mapping = load_map()
    rows = snippets()
    unknown = sorted({r["SubType"] for r in rows} - set(mapping))
    if unknown:
        raise ValueError(f"subtypes missing from {MAP_FILE.name}: {', '.join(unknown)}")
    mapped = [r for r in rows if mapping[r["SubType"]]]
    res = Resources(Settings())
    docs = [Document(id=f"case-{r['id']}", text=r["EventSnippet"].strip(), raw_text=r["EventSnippet"])
            for r in mapped]
    right = found = covered = 0
    misses: list[tuple[str, str, list[Any]]] = []
    for r, ann in zip(mapped, annotate(docs, res), strict=True):
        want = mapping[r["SubType"]]
        events = code_events(ann, res)
        top = top_event(events)
        covered += bool(events)
        found += any(e.event == want for e in events)
        if top is not None and top.event == want:
            right += 1
        else:
            misses.append((r["SubType"], r["EventSnippet"], events))
    n = len(mapped)
    figures = {
        "type_accuracy": round(right / n, 4),
        "type_recall": round(found / n, 4),
        "coverage": round(covered / n, 4),
        "mapped": float(n),
        "snippets": float(len(rows)),
    }
    return figures, misses


def evaluate() -> dict[str, float]:
    return run()[0]


if __name__ == "__main__":
    figs, missed = run()
    for k, v in figs.items():
        print(f"{k:16} {v}")
    if "-v" in sys.argv:
        for sub, text, evs in missed:
            got = [(e.event, round(e.confidence, 2), e.event_text) for e in evs]
            print(f"- {sub}: {got}\n    {text[:200]}")
