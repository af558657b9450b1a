"""Actor resolution on our hand-written phrase set (eval/actor_phrases.tsv).

Each phrase is resolved with ``resolve_phrase`` at its date; we report how often the code, the
sector, and both match the expected values (an empty expected cell means "none").

    .venv/bin/python -m eval.actors
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from eventwire.config import Settings
from eventwire.nlp.gazetteer import load_gazetteer
from eventwire.nlp.resolve import resolve_phrase

PHRASES = Path(__file__).resolve().parent / "actor_phrases.tsv"


def load_cases() -> list[dict[str, str]]:
    lines = [ln for ln in PHRASES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]


def run() -> tuple[dict[str, float], list[tuple[dict[str, str], tuple[str | None, str | None, str | None]]]]:
    gaz = load_gazetteer(Settings())
    cases = load_cases()
    hits: Counter[str] = Counter()
    misses = []
    for case in cases:
        got = resolve_phrase(case["phrase"], gaz, case["date"] or None)
        code_ok = (got.code or "") == case["code"]
        sector_ok = (got.sector or "") == case["sector"]
        hits["code"] += code_ok
        hits["sector"] += sector_ok
        hits["both"] += code_ok and sector_ok
        if not (code_ok and sector_ok):
            misses.append((case, (got.code, got.sector, got.name)))
    n = len(cases)
    figures = {"code_accuracy": hits["code"] / n, "sector_accuracy": hits["sector"] / n,
               "both_accuracy": hits["both"] / n, "n": float(n)}
    return figures, misses


def evaluate() -> dict[str, float]:
    return run()[0]


def main() -> None:
    figures, misses = run()
    for case, got in misses:
        sys.stdout.write(f"MISS {case['phrase']!r} @{case['date'] or '-'}: want {case['code'] or '-'}/"
                         f"{case['sector'] or '-'} got {got[0] or '-'}/{got[1] or '-'} ({got[2]})  # {case['notes']}\n")
    for k, v in figures.items():
        sys.stdout.write(f"{k}: {v:.3f}\n" if k != "n" else f"{k}: {int(v)}\n")


if __name__ == "__main__":
    main()
