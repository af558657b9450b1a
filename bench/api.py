"""API latency of `eventwire serve` on a large synthetic store: p50 and p95 per endpoint.

    python -m bench.api                       # 10,000 documents, 100,000 events, 200 requests each
    python -m bench.api --events 20000 --requests 50  # a quick run

The store is written straight through SQL in the store's own schema (migrations applied, so the
FTS index and its triggers fill as in real use): documents of six sentences, ten events each,
spread over two years, 40 actor codes, all 16 types and every modality, a tenth with a place.
The server runs as `python -m eventwire serve` in its own process; requests are sequential
from one client over HTTP keep-alive, after a warm-up. The server keeps aggregate answers while
the store is unchanged; rows marked "kept" repeat one request, the others vary `until` on every
request so that each is computed. Target: p95 under 200 ms for the timeline and an event page.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from eventwire.model import MODALITIES, PLOVER_TYPES
from eventwire.store import Store

CODES = ["IDN", "MYS", "SGP", "PHL", "VNM", "THA", "CHN", "USA", "AUS", "JPN", "KOR", "PRK", "RUS", "UKR", "IND",
         "PAK", "AFG", "IRN", "IRQ", "SYR", "ISR", "PSE", "LBN", "TUR", "EGY", "LBY", "SDN", "ETH", "SOM", "KEN",
         "NGA", "MLI", "FRA", "DEU", "GBR", "POL", "UNO", "EUR", "IGO", "NGO"]
SECTORS = [None, "GOV", "MIL", "COP", "CVL", "REB", "BUS"]
PLACES = [("Jakarta", "IDN", -6.2146, 106.8451), ("Kuala Lumpur", "MYS", 3.1412, 101.6865),
          ("Manila", "PHL", 14.6042, 120.9822), ("Kyiv", "UKR", 50.4501, 30.5234), ("Gaza", "PSE", 31.5017, 34.4668)]
SENTENCE = "{a} officials said on {d} that forces from {a} would {v} {r} near the border after talks collapsed. "
VERBS = ["confront", "meet", "support", "accuse", "sanction", "attack", "aid", "threaten"]


def _party(code: str, rng: random.Random, start: int) -> dict[str, Any]:
    return {"entity_text": code, "code": code, "sector": rng.choice(SECTORS), "name": code, "start": start,
            "end": start + len(code)}


def build(path: Path, n_docs: int, per_doc: int, seed: int = 7) -> int:
    """A store of ``n_docs`` documents with ``per_doc`` events each; returns the number of events."""
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    with Store(path) as store:
        db = store.db
        n = 0
        with db:
            for i in range(n_docs):
                day = first + timedelta(days=rng.randrange(730))
                doc_id = f"{i:016x}"
                sentences, offsets, at = [], [], 0
                for _ in range(6):
                    a, r = rng.sample(CODES, 2)
                    s = SENTENCE.format(a=a, r=r, d=day.isoformat(), v=rng.choice(VERBS))
                    sentences.append((s, a, r))
                    offsets.append(at)
                    at += len(s)
                text = "".join(s for s, _, _ in sentences)
                db.execute("INSERT INTO documents (id, source, title, published, raw_text, text, repairs, story_id,"
                           " n_chars, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                           (doc_id, f"Wire {i % 50}", f"Synthetic report {i}", day.isoformat(), text, text, "[]",
                            doc_id, len(text), "2025-01-01T00:00:00+00:00"))
                for k in range(per_doc):
                    idx = k % 6
                    s, a, r = sentences[idx]
                    start = offsets[idx]
                    event = rng.choice(PLOVER_TYPES)
                    modality = rng.choice(("asserted", "reported", "asserted", "reported", *MODALITIES))
                    place = rng.choice(PLACES) if rng.random() < 0.1 else None
                    rec = {
                        "id": f"{doc_id}{k:04x}", "doc_id": doc_id, "date": day.isoformat(), "event": event,
                        "mode": None, "context": [], "actor": [_party(a, rng, start)],
                        "recipient": [_party(r, rng, start + s.index(f" {r} near") + 1)],
                        "event_text": "would", "event_loc": place and {"text": place[0], "code": place[1],
                                                                        "lat": place[2], "lon": place[3]},
                        "size": {"dead": None, "injured": None, "arrested": None},
                        "text_info": {"sentence": idx, "start": start, "end": start + len(s), "text": s},
                        "cameo": "010", "modality": modality, "attribution": [], "confidence": 0.8,
                        "coder": {"rule": "bench", "version": "0"},
                        "trigger": {"text": "would", "start": start + s.index("would"),
                                    "end": start + s.index("would") + 5},
                    }
                    db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?)",
                               (rec["id"], doc_id, rec["date"], event, None, modality, 0.8, json.dumps(rec)))
                    db.executemany("INSERT INTO event_parties VALUES (?,?,?,?)",
                                   [(rec["id"], "actor", a, rec["actor"][0]["sector"]),
                                    (rec["id"], "recipient", r, rec["recipient"][0]["sector"])])
                    n += 1
        db.execute("ANALYZE")
    return n


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _measure(client: httpx.Client, paths: list[str], warmup: int) -> tuple[float, float, float]:
    for p in paths[:warmup]:
        client.get(p).raise_for_status()
    times = []
    for p in paths:
        t = time.perf_counter()
        r = client.get(p)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], times[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--db", type=Path, default=None, help="Keep the store here (default: a temp folder).")
    args = ap.parse_args()
    per_doc = 10
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            t = time.perf_counter()
            n = build(db, args.events // per_doc, per_doc)
            print(f"built {n:,} events in {args.events // per_doc:,} documents in {time.perf_counter() - t:.0f} s",
                  flush=True)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    stats = httpx.get(base + "/api/stats/store", timeout=5).json()
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit(f"the server did not start: {server.stderr.read() if server.stderr else ''}"
                                         ) from None
                    time.sleep(0.2)
            rng = random.Random(11)
            with httpx.Client(base_url=base, timeout=30) as client:
                ids = [e["id"] for e in client.get("/api/events", params={"limit": 1000, "modality": "all"})
                       .json()["items"]]
                k = args.requests
                # a different `until` on every request (a day in the store's second year, so most rows
                # still count) defeats the answers the server keeps while the store is unchanged
                days = [(date(2025, 1, 1) + timedelta(days=i)).isoformat() for i in range(365)]

                def fresh(path: str) -> list[str]:
                    sep = "&" if "?" in path else "?"
                    return [f"{path}{sep}until={d}" for d in rng.sample(days, min(k, len(days)))]

                cases: list[tuple[str, list[str]]] = [
                    ("timeline, no filter, repeated (kept)", ["/api/stats/timeline"] * k),
                    ("timeline, no filter", fresh("/api/stats/timeline")),
                    ("timeline, by week", fresh("/api/stats/timeline?interval=week")),
                    ("timeline, one actor", [p.replace("ACTOR", rng.choice(CODES))
                                             for p in fresh("/api/stats/timeline?actor=ACTOR")]),
                    ("timeline, one type", [p.replace("TYPE", rng.choice(PLOVER_TYPES))
                                            for p in fresh("/api/stats/timeline?type=TYPE")]),
                    ("event page (GET /api/events/{id})", [f"/api/events/{rng.choice(ids)}" for _ in range(k)]),
                    ("events list, 100 rows", ["/api/events?limit=100"] * k),
                    ("events list, one actor", [f"/api/events?limit=100&actor={rng.choice(CODES)}" for _ in range(k)]),
                    ("events, full-text q", [f"/api/events?limit=100&q={rng.choice(VERBS)}" for _ in range(k)]),
                    ("dyads, top 20, repeated (kept)", ["/api/stats/dyads"] * k),
                    ("dyads, top 20", fresh("/api/stats/dyads")),
                    ("places", fresh("/api/stats/places")),
                ]
                print(f"store: {stats['documents']:,} documents, {stats['events']:,} events; {k} requests per row, "
                      "sequential, after a warm-up\n")
                print(f"{'request':<38} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
                for name, paths in cases:
                    p50, p95, worst = _measure(client, paths, warmup=min(10, len(paths)))
                    print(f"{name:<38} {p50:>8.1f} {p95:>8.1f} {worst:>8.1f}", flush=True)
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
