"""Actor resolution on our hand-written phrase set (eval/actor_phrases.tsv).

Each phrase is resolved with ``resolve_phrase`` at its date; we report how often the code, the
sector, and both match the expected values (an empty expected cell means "none").

Each figure is reported on the whole set and on its tune and check parts (``eval.split``: key the
phrase); the floors gate the check part. ``-v`` lists the misses of the tune part only.

    .venv/bin/python -m eval.actors [-v]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from eval._shared import eval_settings
from eval.split import figures_table, split, with_parts
from eventwire.nlp.gazetteer import load_gazetteer
from eventwire.nlp.resolve import resolve_phrase

PHRASES = Path(__file__).resolve().parent / "actor_phrases.tsv"


def load_cases() -> list[dict[str, str]]:
    lines = [ln for ln in PHRASES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]


Got = tuple[str | None, str | None, str | None]
Item = tuple[dict[str, str], Got]


def resolved() -> list[Item]:
    """Every case with what ``resolve_phrase`` gives for it: (code, sector, name)."""
    gaz = load_gazetteer(eval_settings())
    out: list[Item] = []
    for case in load_cases():
        got = resolve_phrase(case["phrase"], gaz, case["date"] or None)
        out.append((case, (got.code, got.sector, got.name)))
    return out


def _ok(item: Item) -> tuple[bool, bool]:
    case, (code, sector, _name) = item
    return (code or "") == case["code"], (sector or "") == case["sector"]


def _score(items: list[Item]) -> dict[str, float]:
    hits: Counter[str] = Counter()
    for it in items:
        code_ok, sector_ok = _ok(it)
        hits["code"] += code_ok
        hits["sector"] += sector_ok
        hits["both"] += code_ok and sector_ok
    n = len(items) or 1
    return {"code_accuracy": hits["code"] / n, "sector_accuracy": hits["sector"] / n,
            "both_accuracy": hits["both"] / n, "n": float(len(items))}


def evaluate() -> dict[str, float]:
    """Figures on the whole set, then ``tune.*`` and ``check.*`` (eval.split: the phrase); floors gate check."""
    return with_parts(resolved(), key=lambda it: it[0]["phrase"], score=_score)


def main(verbose: bool = False) -> None:
    items = resolved()
    print(figures_table(with_parts(items, key=lambda it: it[0]["phrase"], score=_score)))
    if verbose:
        tune = split(items, key=lambda it: it[0]["phrase"])["tune"]
        print(f"-- misses of the tune part only ({len(tune)} phrases); the check part is scored, never listed")
        for case, got in tune:
            if not all(_ok((case, got))):
                print(f"MISS {case['phrase']!r} @{case['date'] or '-'}: want {case['code'] or '-'}/"
                      f"{case['sector'] or '-'} got {got[0] or '-'}/{got[1] or '-'} ({got[2]})  # {case['notes']}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
