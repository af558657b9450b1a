"""Run every evaluation that has pinned floors and print its figures beside the floors: `make eval`."""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

FLOORS = Path(__file__).resolve().parent / "floors"


def main() -> int:
    bad = 0
    for f in sorted(FLOORS.glob("*.json")):
        floors = json.loads(f.read_text())
        t0 = time.perf_counter()
        figures = importlib.import_module(f"eval.{f.stem}").evaluate()
        print(f"== eval.{f.stem} ({time.perf_counter() - t0:.0f} s)")
        for k, v in figures.items():
            floor = floors.get(k)
            mark = "" if floor is None else (" ok" if v >= floor else " BELOW FLOOR")
            print(f"  {k:<40}{v:>10.4f}" + ("" if floor is None else f"   floor {floor:.4f}{mark}"))
            bad += int(floor is not None and v < floor)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
