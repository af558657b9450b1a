"""Run every evaluation that has pinned floors: `make eval`.

Each figure is printed on the whole set and on its tune and check parts (``eval.split``), with its
floor beside the check value: the floors (``eval/floors/NAME.json``, keys ``check.NAME``) gate the
check part, and the exit status is 1 when any check figure is below its floor. The cross-set table
(``eval.cross_set``) follows, computed from the events already coded for PLOVER-GSR and CASE 2021.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from eval import cross_set
from eval.split import base_names, cells

FLOORS = Path(__file__).resolve().parent / "floors"


def check_floors(figures: dict[str, float], floors: dict[str, float]) -> tuple[list[str], int]:
    """The printed lines (every figure: all, tune, check, and the check floor) and how many figures
    are below their floors (a floor whose figure is missing counts as below)."""
    lines = [f"  {'':38}{'all':>10}{'tune':>10}{'check':>10}{'check floor':>12}"]
    bad = 0
    shown: set[str] = set()
    for k in base_names(figures):
        names = (k, f"tune.{k}", f"check.{k}")
        shown.update(names)
        row = f"  {k:<38}" + cells([figures.get(n) for n in names], 10, k)
        floor = floors.get(f"check.{k}")
        if floor is not None:
            ok = figures.get(f"check.{k}", float("-inf")) >= floor
            bad += not ok
            row += f" {cells([floor], 10, k)} " + ("ok" if ok else "BELOW FLOOR")
        lines.append(row)
    for k, floor in floors.items():
        if k in shown and k.startswith("check."):
            continue
        ok = figures.get(k, float("-inf")) >= floor
        bad += not ok
        lines.append(f"  {k:<68}{cells([figures.get(k)], 10, k)} {cells([floor], 10, k)} "
                     + ("ok" if ok else "BELOW FLOOR"))
    return lines, bad


def main() -> int:
    bad = 0
    coded: dict[str, Any] = {}
    for f in sorted(FLOORS.glob("*.json")):
        floors = json.loads(f.read_text())
        t0 = time.perf_counter()
        mod = importlib.import_module(f"eval.{f.stem}")
        if f.stem in ("plover_events", "case2021"):  # their coded events feed the cross-set table
            coded[f.stem] = mod.coded()
            figures = mod.figures(coded[f.stem])
        else:
            figures = mod.evaluate()
        print(f"== eval.{f.stem} ({time.perf_counter() - t0:.0f} s)")
        lines, below = check_floors(figures, floors)
        print("\n".join(lines))
        bad += below
    if "plover_events" in coded and "case2021" in coded:
        print("== eval.cross_set: tune on PLOVER-GSR, check on CASE 2021, and the reverse")
        print(cross_set.table(cross_set.columns(coded["plover_events"], coded["case2021"])))
    print(f"{bad} figure(s) below their floors" if bad else "every check figure at or above its floor")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
