"""Incident and watch maintenance cost per ingested document, as the store grows.

The demo corpus is coded once; its Results are then copied into a store many times over, each
copy moved to other days (three days apart) and other actors (the two sides' codes rotated
through 24 states), so the store grows the way a monitored region does: more days and more
dyads, not the same act reported ever more often. At each checkpoint (1k, 5k, 20k, 50k events)
the next documents are saved while timing, per document:

- ``write``: ``Store.save`` of the document and its records (marked pending for grouping);
- ``incidents``: ``Store.group_pending`` for that one document;
- ``watches``: ``watches.evaluate`` with three watches (incidents on a dyad, sources, a figure);

and the same for a batch (one copy of the corpus, 29 documents over ten days) grouped and
evaluated once, as ``ingest`` does (a day of news at a time), per document.

Flat means the 50k figure is close to the 1k figure (the ratio is printed).

    python -m bench.monitor              # checkpoints 1k, 5k, 20k, 50k events
    python -m bench.monitor --quick      # 1k, 5k
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eval._shared import REPO

STATES = ["IDN", "MYS", "PHL", "SGP", "THA", "VNM", "KHM", "LAO", "MMR", "BRN", "CHN", "JPN", "KOR", "PRK",
          "IND", "PAK", "AFG", "IRN", "IRQ", "SYR", "TUR", "RUS", "UKR", "USA"]


def _shift(text: str | None, days: int) -> str | None:
    if not text or len(text) < 10 or text[4] != "-" or text[7] != "-":
        return text
    try:
        d = date.fromisoformat(text[:10]) + timedelta(days=days)
    except ValueError:
        return text
    return d.isoformat() + text[10:]


def _recode(parties: list[dict[str, Any]], mapping: dict[str, str]) -> None:
    for p in parties:
        if p.get("code") in mapping:
            p["code"] = mapping[p["code"]]


def variant(results: list[Any], k: int) -> list[Any]:
    """Copy ``k`` of the coded corpus: other days, other actors, new ids."""
    mapping = {"IDN": STATES[k % len(STATES)], "MYS": STATES[(k + 7) % len(STATES)]}
    out = []
    for r in results:
        r = copy.deepcopy(r)
        d = r.document
        old = d.id
        d.id = hashlib.sha1(f"{old}|{k}".encode()).hexdigest()[:16]
        d.story_id = hashlib.sha1(f"{d.story_id or old}|{k}".encode()).hexdigest()[:16]
        d.published = _shift(d.published, 3 * k)
        for ev in r.events:
            ev.id = hashlib.sha1(f"{ev.id}|{k}".encode()).hexdigest()[:16]
            ev.doc_id = d.id
            ev.date = _shift(ev.date, 3 * k)
            _recode(ev.actor, mapping)
            _recode(ev.recipient, mapping)
        for c in r.claims:
            c.date = _shift(c.date, 3 * k)
        out.append(r)
    return out


def run(checkpoints: list[int]) -> dict[str, Any]:
    from eventwire import watches
    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline, run_ingest
    from eventwire.store import Store

    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        seed_db = Path(tmp) / "seed.db"
        with Store(seed_db) as seed:
            run_ingest([str(REPO / "examples" / "corpus")], seed, settings, pipeline=Pipeline(settings))
            base = []
            for doc_id in [r[0] for r in seed.db.execute("SELECT id FROM documents ORDER BY published, id")]:
                base.append(_result(seed, doc_id))
        per_copy = sum(len(r.events) for r in base)
        store = Store(Path(tmp) / "grow.db")
        watches.add(store.db, watches.Watch(name="dyad", measure="incidents", levels=[5, 10, 20],
                                            actor=["IDN", "MYS"], recipient=["IDN", "MYS"], window=7))
        watches.add(store.db, watches.Watch(name="outlets", measure="sources", levels=[3, 6], actor=["PHL"], window=14))
        watches.add(store.db, watches.Watch(name="crew", measure="figure", levels=[5, 10], subject="fishermen",
                                            window=30))
        k = 0
        rows = []
        for target in checkpoints:
            while store.count("events") < target:
                for r in variant(base, k):
                    store.save(r)
                k += 1
            # one document at a time: its write, its grouping, the watches
            probe = variant(base, k)
            k += 1
            writes, incs, evals = [], [], []
            for r in probe:
                t0 = time.perf_counter()
                store.save(r, group_now=False)
                t1 = time.perf_counter()
                store.group_pending()
                t2 = time.perf_counter()
                watches.evaluate(store.db)
                t3 = time.perf_counter()
                writes.append(t1 - t0)
                incs.append(t2 - t1)
                evals.append(t3 - t2)
            # as ingest does it: a batch of documents (one copy of the corpus), grouped once
            batch = variant(base, k)
            k += 1
            t0 = time.perf_counter()
            for r in batch:
                store.save(r, group_now=False)
            t1 = time.perf_counter()
            store.group_pending()
            t2 = time.perf_counter()
            watches.evaluate(store.db)
            t3 = time.perf_counter()
            n_inc = store.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
            n = len(batch)
            rows.append({"events": store.count("events"), "documents": store.count("documents"), "incidents": n_inc,
                         "write_ms": 1000 * statistics.median(writes), "incidents_ms": 1000 * statistics.median(incs),
                         "watches_ms": 1000 * statistics.median(evals),
                         "batch_write_ms": 1000 * (t1 - t0) / n, "batch_incidents_ms": 1000 * (t2 - t1) / n,
                         "batch_watches_ms": 1000 * (t3 - t2) / n})
            print(json.dumps(rows[-1]), flush=True)
        store.close()
    first, last = rows[0], rows[-1]
    # until the store spans the watches' windows (7 to 30 days), each added day adds to what a
    # window holds; from 5k events on, the windows are full
    full = next((r for r in rows if r["events"] >= 5000), first)
    return {"events_per_copy": per_copy, "rows": rows,
            "ratio_watches_full": last["watches_ms"] / full["watches_ms"],
            "ratio_incidents": last["incidents_ms"] / first["incidents_ms"],
            "ratio_watches": last["watches_ms"] / first["watches_ms"],
            "ratio_batch_incidents": last["batch_incidents_ms"] / first["batch_incidents_ms"]}


def _result(store: Any, doc_id: str) -> Any:
    """A stored document and its events and claims, as a Result to save again."""
    from eventwire.claims import claim_from_json
    from eventwire.model import Event, Result

    doc = store.get_document(doc_id)
    events = [Event(**e) for e in store.records("events", doc_id)]
    claims = [claim_from_json(c) for c in store.records("claims", doc_id)]
    return Result(doc, events=events, claims=claims, resource_version="bench")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    out = run([1000, 5000] if args.quick else [1000, 5000, 20000, 50000])
    print(f"ms per document, {out['rows'][0]['events']} -> {out['rows'][-1]['events']} events; one document at a "
          "time (median) | a batch of one corpus copy grouped once (mean):")
    for r in out["rows"]:
        print(f"  {r['events']:>6} events {r['incidents']:>6} incidents: write {r['write_ms']:.2f}, incidents "
              f"{r['incidents_ms']:.2f}, watches {r['watches_ms']:.2f} | write {r['batch_write_ms']:.2f}, "
              f"incidents {r['batch_incidents_ms']:.2f}, watches {r['batch_watches_ms']:.2f}")
    print(f"ratio last/first: incidents {out['ratio_incidents']:.2f} (batched {out['ratio_batch_incidents']:.2f}), "
          f"watches {out['ratio_watches']:.2f} ({out['ratio_watches_full']:.2f} from 5k events, once the windows "
          "are full)")
    dest = REPO / "bench" / "out"
    dest.mkdir(exist_ok=True)
    (dest / "monitor.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
