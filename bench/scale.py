"""Scaling: coding throughput of the local process pool and of Ray at 1 and 2 workers, on the same
documents in one run, with start-up counted apart; and the driver's limits, measured: the store's
write rate (``Store.save`` and the incident grouping, as ``run_ingest`` does them) and the dedup
index's rate (``StoryIndex.assign``).

    python -m bench.scale              # 320 documents cut from the VOA stories (../shared/news/voa)
    python -m bench.scale --docs 600

Documents: windows of 14 sentences of the VOA stories (public domain, real reporting), each one
document; the windows overlap as far as 320 documents from 46 stories need, and every text
differs. Start-up is the time of a run on one document a worker (the model loaded in each worker
or actor, Ray's actor pool, one tiny batch); steady throughput is n / (wall - start-up) of the
full run. Efficiency at 2 workers = steady(2) / (2 x steady(1)).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from eval._shared import shared_path

#: sentences a document: about 1,500 characters, near the ~1,300 of bench.nlp's documents
SIZE = 14
SENTENCE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")


def voa_documents(n: int) -> list[Any]:
    """``n`` clean Documents cut from the VOA stories: windows of ``SIZE`` sentences, overlapping
    (each starts a few sentences after the last) where the stories hold too few; every text differs."""
    from eventwire.clean import clean_item
    from eventwire.config import Settings
    from eventwire.model import RawItem

    path = shared_path("news", "voa", "stories.jsonl")
    if path is None:
        raise SystemExit("bench.scale needs ../shared/news/voa/stories.jsonl (set EVENTWIRE_SHARED)")
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = Settings()
    for stride in (SIZE, 7, 5, 4, 3, 2, 1):  # overlapping windows where the stories are too few
        pieces = []
        for s in stories:
            sents = SENTENCE.split(s["text"])
            for k in range(0, max(1, len(sents) - SIZE + 1), stride):
                pieces.append((s, k, " ".join(sents[k:k + SIZE])))
        if len(pieces) >= n:
            break
    docs = []
    for s, k, text in pieces[:n]:
        item = RawItem(origin=f"{s['url']}#{k}", content=f"{s['title']}\n\n{text}\n", title=s["title"],
                       url=s["url"], published=s["published"][:10], source="VOA")
        docs.append(clean_item(item, settings))
    if len(docs) < n:
        raise SystemExit(f"only {len(docs)} documents could be cut from {path}; ask for fewer with --docs")
    return docs


class RssSampler:
    """Peak resident memory of the processes whose title contains ``marker`` (Ray's actors)."""

    def __init__(self, marker: bytes) -> None:
        self.marker, self.peak_mb, self._stop = marker, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    if self.marker not in Path(f"/proc/{entry}/cmdline").read_bytes():
                        continue
                    for line in Path(f"/proc/{entry}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)
                except OSError:
                    continue


def wall(docs: list[Any], settings: Any) -> float:
    from eventwire.pipeline import process_many

    t0 = time.perf_counter()
    got = sum(1 for _ in process_many(docs, settings))
    assert got == len(docs), (got, len(docs))
    return time.perf_counter() - t0


def measure(docs: list[Any], settings: Any) -> dict[str, float]:
    """Start-up: a run on one document a worker (loading the model in each worker or actor, Ray's
    actor pool, one tiny batch). Steady: the documents over the full run's time less start-up."""
    startup = wall(docs[:settings.workers], settings)
    full = wall(docs, settings)
    return {"startup_s": startup, "wall_s": full, "docs_per_s": len(docs) / full,
            "steady_docs_per_s": len(docs) / max(1e-9, full - startup)}


def run(n: int) -> dict[str, Any]:
    import ray

    from eventwire.config import Settings
    from eventwire.pipeline import process_many

    docs = voa_documents(n)
    chars = sum(len(d.text) for d in docs)
    base = Settings(dictionaries="none")
    rows: list[dict[str, Any]] = []
    for workers in (1, 2):
        rows.append({"engine": "local", "workers": workers, **measure(docs, base.with_(workers=workers))})
    # Ray starts its workers at niceness 15 (RAY_worker_niceness): on a machine shared with other
    # work they would get less CPU than the local pool's workers; compare them at the same priority
    os.environ.setdefault("RAY_worker_niceness", "0")
    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False,
             configure_logging=False, namespace="eventwire-bench")
    ray_init = time.perf_counter() - t0
    try:
        for workers in (1, 2):
            with RssSampler(b"EventwireCoder") as rss:
                res = measure(docs, base.with_(engine="ray", workers=workers))
            rows.append({"engine": "ray", "workers": workers, **res, "actor_rss_mb": rss.peak_mb})
        reading = read_rates(docs, base)
    finally:
        ray.shutdown()
    for r in rows:
        one = next(x for x in rows if x["engine"] == r["engine"] and x["workers"] == 1)
        r["efficiency"] = r["steady_docs_per_s"] / (r["workers"] * one["steady_docs_per_s"])
    kept = list(process_many(docs, base))
    return {"docs": n, "chars": chars, "ray_init_s": ray_init, "rows": rows, **reading, **driver_limits(kept, base)}


def read_rates(docs: list[Any], settings: Any) -> dict[str, float]:
    """Reading and cleaning the documents as files of a folder (``read_documents``): on the driver
    (the local engine), and by Ray Data's read tasks at 2 workers (in the running Ray), a first run
    (which starts Ray's worker processes and imports eventwire in them) and a second."""
    from eventwire.pipeline import read_documents

    def rate(folder: str, s: Any) -> float:
        t0 = time.perf_counter()
        got = sum(1 for _ in read_documents([folder], s))
        assert got == len(docs), (got, len(docs))
        return time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        for i, d in enumerate(docs):
            Path(tmp, f"{i:05d}.txt").write_text(d.raw_text, encoding="utf-8")
        local = rate(tmp, settings)
        ray_first = rate(tmp, settings.with_(engine="ray", workers=2))
        ray_then = rate(tmp, settings.with_(engine="ray", workers=2))
    return {"read_local_docs_per_s": len(docs) / local, "read_ray_first_s": ray_first,
            "read_ray_docs_per_s": len(docs) / ray_then}


def driver_limits(results: list[Any], settings: Any) -> dict[str, float]:
    """What the driver does for every document whatever the cluster: dedup, then one store write."""
    from eventwire.dedupe import StoryIndex
    from eventwire.store import Store

    index = StoryIndex(settings)
    t0 = time.perf_counter()
    for r in results:
        index.assign(r.document.id + "-bench", r.document.text)
    dedup = len(results) / (time.perf_counter() - t0)
    from eventwire.pipeline import FLUSH_DOCS

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "w.db") as store:
        # as run_ingest writes: each document in its transaction, its incidents grouped once per
        # publication day (or FLUSH_DOCS documents)
        grouping = 0.0
        t0 = time.perf_counter()
        day, pending = None, 0
        for r in results:
            this = (r.document.published or "")[:10]
            if pending and (this != day or pending >= FLUSH_DOCS):
                g0 = time.perf_counter()
                store.group_pending()
                grouping += time.perf_counter() - g0
                pending = 0
            store.save(r, group_now=False)
            day, pending = this, pending + 1
        g0 = time.perf_counter()
        store.group_pending()
        grouping += time.perf_counter() - g0
        dt = time.perf_counter() - t0
    events = sum(len(r.events) for r in results)
    return {"store_docs_per_s": len(results) / dt, "store_events_per_s": events / dt, "dedup_docs_per_s": dedup,
            "events_per_doc": events / len(results), "write_only_docs_per_s": len(results) / (dt - grouping),
            "grouping_share": grouping / dt}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=320)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    out = run(a.docs)
    if a.json:
        print(json.dumps(out))
        return
    print(f"{out['docs']} VOA documents, {out['chars']} characters; {os.cpu_count()} CPUs; "
          f"ray.init {out['ray_init_s']:.1f} s")
    print(f"{'engine':<7}{'workers':>8}{'start-up s':>11}{'wall s':>8}{'docs/s':>8}{'steady docs/s':>15}"
          f"{'efficiency':>11}{'actor MB':>9}")
    for r in out["rows"]:
        rss = f"{r['actor_rss_mb']:>9.0f}" if "actor_rss_mb" in r else f"{'-':>9}"
        print(f"{r['engine']:<7}{r['workers']:>8}{r['startup_s']:>11.1f}{r['wall_s']:>8.1f}{r['docs_per_s']:>8.1f}"
              f"{r['steady_docs_per_s']:>15.1f}{r['efficiency']:>11.2f}{rss}")
    print(f"driver: store writes with incident grouping {out['store_docs_per_s']:.0f} docs/s "
          f"({out['store_events_per_s']:.0f} events/s; grouping {100 * out['grouping_share']:.0f}% of it, writes alone "
          f"{out['write_only_docs_per_s']:.0f} docs/s), dedup index {out['dedup_docs_per_s']:.0f} docs/s; "
          f"{out['events_per_doc']:.1f} events a document")
    print(f"reading and cleaning files: on the driver {out['read_local_docs_per_s']:.0f} docs/s; Ray Data at 2 "
          f"workers {out['read_ray_docs_per_s']:.0f} docs/s (its first run {out['read_ray_first_s']:.1f} s, "
          "starting Ray's worker processes)")


if __name__ == "__main__":
    main()
