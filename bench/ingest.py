"""Ingest throughput (read, clean, deduplicate, store; no NLP) for plain text and HTML, and peak
memory at two corpus sizes, each size in a fresh process so peaks do not mix.

    python -m bench.ingest            # 1k and 10k plain-text documents, 1k HTML
    python -m bench.ingest --quick    # 200 and 2k
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


def _one(kind: str, n: int) -> dict[str, float]:
    from bench.corpus import write_html_corpus, write_text_corpus
    from eventwire.config import Settings
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        (write_text_corpus if kind == "text" else write_html_corpus)(folder, n)
        # warm-up on a throwaway store: imports and lazy word lists load once per process,
        # and are reported as startup, not throughput
        warm = Path(tmp) / "warm"
        write_text_corpus(warm, 20, seed=99)
        t0 = time.perf_counter()
        with Store(Path(tmp) / "w.db") as ws:
            run_ingest([str(warm)], ws, Settings(db=str(Path(tmp) / "w.db"), annotate=False))
        startup = time.perf_counter() - t0
        settings = Settings(db=str(Path(tmp) / "b.db"), annotate=False)
        with Store(settings.db) as store:
            t0 = time.perf_counter()
            rep = run_ingest([str(folder)], store, settings)
            dt = time.perf_counter() - t0
        assert not rep.failed, rep.failed[:3]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n, "stored": rep.ingested, "seconds": dt, "docs_per_s": n / dt, "peak_mb": peak_mb,
            "startup_s": startup}


def run(sizes: list[int], html_n: int) -> list[dict[str, float | str]]:
    rows: list[dict[str, float | str]] = []
    jobs = [("text", n) for n in sizes] + [("html", html_n)]
    for kind, n in jobs:
        out = subprocess.run([sys.executable, "-m", "bench.ingest", "--one", kind, str(n)], cwd=REPO,
                             capture_output=True, text=True, check=True)
        rows.append({"kind": kind, **json.loads(out.stdout.strip().splitlines()[-1])})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "N"))
    a = ap.parse_args()
    if a.one:
        print(json.dumps(_one(a.one[0], int(a.one[1]))))
        return
    sizes = [200, 2000] if a.quick else [1000, 10000]
    rows = run(sizes, 200 if a.quick else 1000)
    print(f"{'kind':<6}{'docs':>8}{'stored':>8}{'docs/s':>10}{'peak MB':>10}{'startup s':>11}")
    for r in rows:
        print(f"{r['kind']:<6}{r['docs']:>8}{r['stored']:>8}{r['docs_per_s']:>10.0f}{r['peak_mb']:>10.0f}"
              f"{r['startup_s']:>11.1f}")
    t = [r for r in rows if r["kind"] == "text"]
    ratio = float(t[-1]["peak_mb"]) / float(t[0]["peak_mb"])
    print(f"peak memory ratio {t[-1]['docs']}/{t[0]['docs']} docs: {ratio:.2f}")
    print(f"HTML / text throughput: {float(rows[-1]['docs_per_s']) / float(t[0]['docs_per_s']):.2f}")


if __name__ == "__main__":
    main()
