"""Memory and time of the whole pipeline (file -> read, clean, dedupe, annotate in pieces, code,
claims -> SQLite) on one long document, in two shapes: a single paragraph (one line, no newline)
and normal paragraphs. Each run is a fresh process, so its peak memory (ru_maxrss, the spaCy model
included) is its own. Time should grow linearly with size: the report gives seconds per MB at
each size and the ratio of the largest to the smallest (1.0 = linear).

    python -m bench.long_docs [--sizes 1 5] [--shapes paragraph paragraphs]

Sizes are in MB (10^6 characters of text). Issue 12 asks for both shapes at 5 MB under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval._shared import REPO

LIMIT_MB = 1024


def long_text(chars: int, shape: str) -> str:
    """``chars`` characters of news text: one paragraph on one line, or paragraphs."""
    from bench.corpus import paragraphs

    pool = paragraphs()
    sep = " " if shape == "paragraph" else "\n\n"
    out: list[str] = []
    n = i = 0
    while n < chars:
        p = pool[i % len(pool)]
        out.append(f"{p} (Part {i}.)")  # no two paragraphs the same
        n += len(out[-1]) + len(sep)
        i += 1
    return sep.join(out)[:chars].rstrip() + "\n"


def _one(mb: float, shape: str) -> dict[str, float | str]:
    from eventwire.config import Settings
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "long.txt"
        f.write_text(long_text(int(mb * 1_000_000), shape), encoding="utf-8")
        s = Settings(db=str(Path(tmp) / "l.db"), max_bytes=max(20_000_000, int(mb * 4_000_000)))
        with Store(s.db) as store:
            t0 = time.perf_counter()
            rep = run_ingest([str(f)], store, s)
            dt = time.perf_counter() - t0
        if rep.failed:
            raise SystemExit(f"the document failed: {rep.failed[0].line()}")
    return {"shape": shape, "mb": mb, "stored": rep.ingested, "events": rep.events, "seconds": dt,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[1.0, 5.0])
    ap.add_argument("--shapes", nargs="+", default=["paragraph", "paragraphs"], choices=["paragraph", "paragraphs"])
    ap.add_argument("--one", nargs=2, metavar=("MB", "SHAPE"))
    a = ap.parse_args()
    if a.one:
        print(json.dumps(_one(float(a.one[0]), a.one[1])))
        return
    print(f"{'shape':<12}{'MB':>6}{'events':>8}{'seconds':>9}{'s/MB':>8}{'peak MB':>9}", flush=True)
    ok = True
    for shape in a.shapes:
        rows = []
        for mb in a.sizes:
            out = subprocess.run([sys.executable, "-m", "bench.long_docs", "--one", str(mb), shape], cwd=REPO,
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append(r)
            ok &= r["peak_mb"] < LIMIT_MB
            print(f"{shape:<12}{r['mb']:>6g}{r['events']:>8}{r['seconds']:>9.1f}{r['seconds'] / r['mb']:>8.1f}"
                  f"{r['peak_mb']:>9.0f}", flush=True)
        if len(rows) > 1:
            per = [r["seconds"] / r["mb"] for r in rows]
            print(f"{shape}: seconds per MB at {rows[-1]['mb']:g} MB / at {rows[0]['mb']:g} MB = {per[-1] / per[0]:.2f}"
                  " (1.00 = linear)", flush=True)
    print(f"peak memory under {LIMIT_MB} MB in every run: {'yes' if ok else 'NO'}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
