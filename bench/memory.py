"""Peak memory of the whole pipeline (files -> every stage -> SQLite) as the corpus grows: each
size runs in a fresh process, and the ratio of peaks shows whether memory stays flat.

    python -m bench.memory [--sizes 150 600]
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


def _one(n: int) -> dict[str, float]:
    from bench.corpus import write_text_corpus
    from eventwire.config import Settings
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        write_text_corpus(Path(tmp) / "c", n, seed=5)
        s = Settings(db=str(Path(tmp) / "m.db"))
        with Store(s.db) as store:
            t0 = time.perf_counter()
            rep = run_ingest([str(Path(tmp) / "c")], store, s)
            dt = time.perf_counter() - t0
    return {"docs": n, "stored": rep.ingested, "events": rep.events, "seconds": dt,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[150, 600])
    ap.add_argument("--one", type=int)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(_one(a.one)))
        return
    rows = []
    for n in a.sizes:
        out = subprocess.run([sys.executable, "-m", "bench.memory", "--one", str(n)], cwd=REPO,
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'docs':>6}{'events':>8}{'seconds':>9}{'peak MB':>9}")
    for r in rows:
        print(f"{r['docs']:>6}{r['events']:>8}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}")
    ratio = rows[-1]["peak_mb"] / rows[0]["peak_mb"]
    print(f"peak memory ratio {rows[-1]['docs']}/{rows[0]['docs']} docs: {ratio:.2f}")


if __name__ == "__main__":
    main()
