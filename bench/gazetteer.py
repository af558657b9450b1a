"""What the gazetteer's fallback layer (the PETRARCH/Phoenix dictionaries) costs to load.

    python -m bench.gazetteer [--rounds 3] [--dictionaries DIR]

For the built-in gazetteer alone and with the fallback layer (``DIR``, by default
../shared/dictionaries): the best load time of ``--rounds``, the memory the loaded gazetteer
keeps and the peak while loading (tracemalloc, in a separate measuring pass), and how many
names, agent phrases and people it holds.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc


def main() -> None:
    from eval._shared import shared_path
    from eventwire.config import Settings
    from eventwire.nlp.gazetteer import fallback_files, load_gazetteer

    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dictionaries", default=str(shared_path("dictionaries") or ""))
    a = ap.parse_args()
    cases = [("built-in only", Settings(dictionaries="none"))]
    if a.dictionaries:
        cases.append(("with the fallback layer", Settings(dictionaries=a.dictionaries)))
    else:
        print("no dictionaries folder (../shared/dictionaries is absent; pass --dictionaries DIR)")
    load_gazetteer(cases[0][1])  # imports and caches warmed
    print(f"{'':26} {'seconds':>8} {'kept MB':>8} {'peak MB':>8} {'names':>7} {'agents':>7} {'people':>7}")
    for label, settings in cases:
        best = float("inf")
        for _ in range(a.rounds):
            gc.collect()
            t = time.perf_counter()
            load_gazetteer(settings)
            best = min(best, time.perf_counter() - t)
        gc.collect()
        tracemalloc.start()
        gaz = load_gazetteer(settings)
        kept, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{label:26} {best:8.2f} {kept / 1e6:8.1f} {peak / 1e6:8.1f} {len(gaz.names):7} "
              f"{len(gaz.agents):7} {len(gaz.people):7}")
        for path in fallback_files(settings):
            print(f"{'':28}{path.name} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
