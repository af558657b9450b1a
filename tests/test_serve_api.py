"""The JSON API of `eventwire serve`: real HTTP (httpx) against uvicorn on a local port, over a
store built from the demo corpus; the expected answers come from the library's own queries."""

from __future__ import annotations

import csv
import http.server
import io
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from eventwire.claims import build_ledger, claim_from_json
from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.model import HAPPENED, MODALITIES
from eventwire.pipeline import Pipeline, run_ingest
from eventwire.resources import Resources
from eventwire.store import Store
from serve_support import CORPUS, HOSTILE, TOKEN, demo_store, running

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, settings: Settings, resources: Resources) -> Path:
    return demo_store(tmp_path_factory, settings, resources, "api.db")


@pytest.fixture(scope="module")
def base(db: Path, settings: Settings, resources: Resources) -> Iterator[str]:
    with running(db, settings, resources) as url:
        yield url


@pytest.fixture(scope="module")
def api(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30) as client:
        yield client


def all_pages(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        r = api.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        cursor = body["next"]
        if cursor is None:
            return items


def store_events(db: Path, **filters: Any) -> list[dict[str, Any]]:
    with Store(db) as store:
        return store.events(**filters)


def copy_store(src: Path, dst: Path) -> None:
    """A consistent copy, with what is still in the WAL (a file copy would miss it)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


def ids(records: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in records]


# ---- events -----------------------------------------------------------------------------------------


def test_events_are_the_cli_records_of_what_happened(api: httpx.Client, db: Path) -> None:
    got = all_pages(api, "/api/events", limit=1000)
    want = store_events(db)
    assert len(got) == len(want) > 100
    assert {r["id"]: r for r in got} == {r["id"]: r for r in want}
    assert {r["modality"] for r in got} <= set(HAPPENED)


@pytest.mark.parametrize("params, filters", [
    ({"actor": "IDN"}, {"actor": "IDN"}),
    ({"actor": "mysgov"}, {"actor": "MYSGOV"}),
    ({"recipient": "MYS"}, {"recipient": "MYS"}),
    ({"type": "assault"}, {"type": "ASSAULT"}),
    ({"since": "2025-03-05"}, {"since": "2025-03-05"}),
    ({"until": "2025-03-03"}, {"until": "2025-03-03"}),
    ({"since": "2025-03-04", "until": "2025-03-08", "actor": "IDN"},
     {"since": "2025-03-04", "until": "2025-03-08", "actor": "IDN"}),
    ({"modality": ["planned", "negated"]}, {"modality": ["planned", "negated"]}),
    ({"modality": "all"}, {"modality": ["all"]}),
])
def test_event_filters_match_the_store(api: httpx.Client, db: Path, params: dict[str, Any],
                                       filters: dict[str, Any]) -> None:
    got = all_pages(api, "/api/events", limit=50, **params)
    want = store_events(db, **filters)
    assert want, "a filter that matches nothing tests nothing"
    assert sorted(ids(got)) == sorted(ids(want))


def test_q_searches_evidence_sentences(api: httpx.Client, db: Path) -> None:
    got = all_pages(api, "/api/events", q="fishermen detained", modality="all")
    everything = store_events(db, modality=["all"])
    want = [e for e in everything if {"fishermen", "detained"} <= set(
        e["text_info"]["text"].lower().replace(".", " ").replace(",", " ").split())]
    assert want and sorted(ids(got)) == sorted(ids(want))
    prefix = all_pages(api, "/api/events", q="fisherm*", modality="all")
    assert set(ids(got)) <= set(ids(prefix))
    # FTS5 syntax in the input is only text, never an error
    assert api.get("/api/events", params={"q": 'ships" OR NEAR( -'}).status_code == 200


def test_pages_never_repeat_or_skip(api: httpx.Client, db: Path) -> None:
    paged = all_pages(api, "/api/events", limit=7, modality="all")
    assert len(paged) == len(set(ids(paged))) == len(store_events(db, modality=["all"]))
    keys = [(e["date"] or "", e["doc_id"], e["id"]) for e in paged]
    assert keys == sorted(keys)


def test_paging_while_an_ingest_writes(tmp_path: Path, db: Path, base: str, settings: Settings,
                                       resources: Resources) -> None:
    """An ingest thread stores documents whose events fall before, inside and after the pages
    already read; every pass over the pages sees each event that existed when it began exactly once."""
    live = tmp_path / "live.db"
    copy_store(db, live)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for i, src in enumerate(sorted(CORPUS.glob("*.txt"))[:8]):
        extra = f"\n\nUpdate {i}: officials in Jakarta said talks continue.\n".encode()
        (incoming / f"{i}.txt").write_bytes(src.read_bytes() + extra)
    done = threading.Event()

    def ingest() -> None:
        try:
            with Store(live) as store:
                run_ingest([str(incoming)], store, settings, pipeline=Pipeline(settings, resources))
        finally:
            done.set()

    with running(live, settings, resources, token=None) as url, httpx.Client(base_url=url, timeout=30) as client:
        writer = threading.Thread(target=ingest)
        writer.start()
        overlapped = 0
        while True:
            finished_before = done.is_set()
            before = set(ids(store_events(live, modality=["all"])))
            seen = ids(all_pages(client, "/api/events", limit=5, modality="all"))
            after = set(ids(store_events(live, modality=["all"])))
            assert len(seen) == len(set(seen)), "a page repeated an event"
            assert before <= set(seen), "a page skipped an event"
            assert set(seen) <= after
            overlapped += after != before
            if finished_before:
                break
        writer.join()
    assert overlapped >= 1, "the ingest never wrote while pages were read"


def test_event_page_has_document_and_evidence(api: httpx.Client, db: Path) -> None:
    ev = next(e for e in store_events(db) if e["actor"] and e["recipient"] and e.get("trigger"))
    r = api.get(f"/api/events/{ev['id']}")
    assert r.status_code == 200
    body = r.json()
    assert {k: body[k] for k in ev} == ev
    with Store(db) as store:
        doc = store.get_document(ev["doc_id"])
    assert doc is not None
    assert body["document"] == {"id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url,
                                "published": doc.published}
    evidence = body["evidence"]
    assert evidence["text"] == doc.text[evidence["start"]:evidence["end"]] == ev["text_info"]["text"]
    roles = {s["role"] for s in evidence["spans"]}
    assert {"trigger", "actor", "recipient"} <= roles
    for span in evidence["spans"]:
        assert evidence["text"][span["start"]:span["end"]] == span["text"]
    trigger = next(s for s in evidence["spans"] if s["role"] == "trigger")
    assert trigger["text"] == ev["trigger"]["text"]


# ---- documents, claims, actors ------------------------------------------------------------------------


def cli_json(db: Path, *args: str) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, [*args, "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_documents_are_the_cli_records(api: httpx.Client, db: Path) -> None:
    want = cli_json(db, "docs", "list")
    got = all_pages(api, "/api/documents", limit=4)
    assert sorted(got, key=lambda d: d["id"]) == sorted(want, key=lambda d: d["id"])
    repaired = next(d for d in want if cli_json(db, "docs", "show", d["id"])[0]["repairs"])
    [shown] = cli_json(db, "docs", "show", repaired["id"])
    assert api.get(f"/api/documents/{repaired['id'][:8]}").json() == shown
    assert shown["entities"] and shown["raw_text"] != shown["text"]


def test_documents_search_title_and_text(api: httpx.Client, db: Path) -> None:
    found = all_pages(api, "/api/documents", q="FRIGATES")
    with Store(db) as store:
        texts = {d.id: f"{d.title} {d.text}".lower() for d in store.iter_documents()}
    assert sorted(ids(found)) == sorted(i for i, t in texts.items() if "frigates" in t)
    assert 0 < len(found) < len(texts)
    assert all_pages(api, "/api/documents", q="100%_nothing") == []
    dated = all_pages(api, "/api/documents", since="2025-03-05", until="2025-03-06")
    assert dated and all("2025-03-05" <= d["published"][:10] <= "2025-03-06" for d in dated)


def test_claims_are_the_ledger_conflicts_first(api: httpx.Client, db: Path) -> None:
    with Store(db) as store:
        want = [g.to_json() for g in build_ledger([(claim_from_json(r), m) for r, m in store.claims()])]
    got = all_pages(api, "/api/claims", limit=5)
    assert sorted(got, key=lambda g: g["key"]) == sorted(want, key=lambda g: g["key"])
    rank = {"conflict": 0, "agree": 1, "single": 2}
    assert [rank[g["status"]] for g in got] == sorted(rank[g["status"]] for g in got)
    conflicts = all_pages(api, "/api/claims", status="conflict")
    ships = [g for g in conflicts if g["head"] == "ship"]
    assert ships, "the demo's ship counts (about 40 against more than 60) conflict"
    figures = {r["figure"] for g in ships for r in g["rows"]}
    assert {"about 40", "more than 60"} <= figures
    subject = all_pages(api, "/api/claims", subject="ships")
    assert subject and all("ship" in g["subject"].lower() or any("ship" in (r["subject"] or "").lower()
                                                                 for r in g["rows"]) for g in subject)


def test_actors_count_events_by_code(api: httpx.Client, db: Path) -> None:
    got = all_pages(api, "/api/actors", limit=3)
    events = store_events(db)
    for item in got[:5]:
        as_actor = sum(any(p.get("code") == item["code"] for p in e["actor"]) for e in events)
        as_recipient = sum(any(p.get("code") == item["code"] for p in e["recipient"]) for e in events)
        assert (item["as_actor"], item["as_recipient"]) == (as_actor, as_recipient)
    assert [a["events"] for a in got] == sorted((a["events"] for a in got), reverse=True)
    assert got[0]["code"] in {"IDN", "MYS"} and got[0]["name"] in {"Indonesia", "Malaysia"}
    assert len({a["code"] for a in got}) == len(got)


# ---- statistics ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_timeline_counts_every_event_once(api: httpx.Client, db: Path, interval: str) -> None:
    body = api.get("/api/stats/timeline", params={"interval": interval, "actor": "IDN"}).json()
    events = store_events(db, actor="IDN")
    assert body["total"] + body["undated"] == len(events)
    width = 7 if interval == "month" else 10
    by_type = Counter(e["event"] for e in events if e["date"] and len(e["date"]) >= width)
    got: Counter[str] = Counter()
    for item in body["items"]:
        got[item["event"]] += item["count"]
    assert got == by_type
    if interval == "day":
        days = Counter(e["date"][:10] for e in events if e["date"] and len(e["date"]) >= 10)
        assert {p: sum(i["count"] for i in body["items"] if i["period"] == p) for p in days} == days
    if interval == "week":
        assert {i["period"] for i in body["items"]} <= {"2025-02-24", "2025-03-03", "2025-03-10"}


def test_dyads_rank_actor_recipient_pairs(api: httpx.Client, db: Path) -> None:
    body = api.get("/api/stats/dyads", params={"limit": 5}).json()
    assert len(body["items"]) == 5 and body["pairs"] >= 5
    counts = [d["count"] for d in body["items"]]
    assert counts == sorted(counts, reverse=True)
    top = next(d for d in body["items"] if d["recipient"])
    want = [e for e in store_events(db) if any(p.get("code") == top["actor"] for p in e["actor"])
            and any(p.get("code") == top["recipient"] for p in e["recipient"])]
    assert top["count"] == len(want)
    assert top["types"] == dict(Counter(e["event"] for e in want))


def test_places_have_coordinates(api: httpx.Client) -> None:
    body = api.get("/api/stats/places", params={"modality": "all"}).json()
    places = {p["place"]: p for p in body["items"]}
    assert {"Jakarta", "Kuala Lumpur", "Tawau"} <= set(places)
    assert -7 < places["Jakarta"]["lat"] < -6 and 106 < places["Jakarta"]["lon"] < 107
    assert body["unplaced"] > 0  # "the Sulawesi Sea" has no coordinates
    only = api.get("/api/stats/places", params={"type": "CONSULT"}).json()["items"]
    assert only and all(set(p["types"]) == {"CONSULT"} for p in only)


def test_export_streams_csv_and_jsonl(api: httpx.Client, db: Path) -> None:
    r = api.get("/api/export", params={"format": "csv", "what": "events", "actor": "MYS"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(row["id"] for row in rows) == sorted(ids(store_events(db, actor="MYS")))
    r = api.get("/api/export", params={"format": "jsonl", "what": "events", "modality": "all"})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert sorted(ids(lines)) == sorted(ids(store_events(db, modality=["all"])))
    ledger = [json.loads(x) for x in api.get("/api/export", params={"what": "ledger"}).text.splitlines()]
    assert sorted(g["key"] for g in ledger) == sorted(g["key"] for g in all_pages(api, "/api/claims"))
    claims = list(csv.DictReader(io.StringIO(api.get("/api/export", params={"format": "csv", "what": "claims"}).text)))
    with Store(db) as store:
        assert len(claims) == len(store.claims())
    assert {"subject", "text", "value", "document"} <= set(claims[0])


# ---- errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path, params, status", [
    ("/api/events/0000000000000000", {}, 404),
    ("/api/documents/ffffffffffff", {}, 404),
    ("/api/nothing-here", {}, 404),
    ("/api/events", {"type": "INVADE"}, 422),
    ("/api/events", {"since": "March 5"}, 422),
    ("/api/events", {"until": "2025-02-30"}, 422),
    ("/api/events", {"modality": "rumoured"}, 422),
    ("/api/events", {"actor": "I D N"}, 422),
    ("/api/events", {"limit": "1001"}, 422),
    ("/api/events", {"limit": "ten"}, 422),
    ("/api/events", {"cursor": "not-a-cursor"}, 422),
    ("/api/documents", {"cursor": "WzEsMl0"}, 422),
    ("/api/claims", {"status": "maybe"}, 422),
    ("/api/stats/timeline", {"interval": "hour"}, 422),
    ("/api/export", {"format": "xlsx"}, 422),
])
def test_errors_are_json_with_the_right_status(api: httpx.Client, path: str, params: dict[str, str],
                                               status: int) -> None:
    r = api.get(path, params=params)
    assert r.status_code == status
    body = r.json()
    assert set(body) >= {"error", "detail"} and body["detail"]
    assert "Traceback" not in r.text


def test_a_bad_type_lists_the_allowed_values(api: httpx.Client) -> None:
    body = api.get("/api/events", params={"type": "INVADE"}).json()
    assert "ASSAULT" in body["detail"] and "ASSAULT" in body["allowed"] and len(body["allowed"]) == 16
    body = api.get("/api/events", params={"modality": "rumoured"}).json()
    assert body["allowed"] == [*MODALITIES, "all"]


def test_ingest_needs_the_token(api: httpx.Client) -> None:
    article = {"text": "Malaysia recalled its ambassador from Jakarta on Friday."}
    r = api.post("/api/ingest", json=article)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"] == "unauthorized"
    r = api.post("/api/ingest", json=article, headers={"Authorization": "Bearer " + TOKEN[:-1] + "X"})
    assert r.status_code == 401
    r = api.post("/api/ingest", json=article, headers={"Authorization": "Basic " + TOKEN})
    assert r.status_code == 401


def test_a_read_only_server_refuses_writes(db: Path, settings: Settings, resources: Resources) -> None:
    with running(db, settings, resources, token=None) as url:
        r = httpx.post(url + "/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer " + TOKEN})
    assert r.status_code == 403 and r.json()["error"] == "read-only server"


def test_request_size_is_limited(api: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    r = api.post("/api/ingest", content=b"a" * 5_000_001, headers=auth)
    assert r.status_code == 413 and r.json()["error"] == "request too large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(6):
            yield b"b" * 1_000_000

    r = api.post("/api/ingest", content=chunks(), headers=auth)
    assert r.status_code == 413
    assert api.get("/api/events", params={"q": "x" * 9000}).status_code == 414


# ---- ingest -------------------------------------------------------------------------------------------


class _Page(http.server.BaseHTTPRequestHandler):
    body = (b"<html><head><title>Indonesia and Malaysia agree to joint patrols</title></head><body><article>"
            b"<h1>Indonesia and Malaysia agree to joint patrols</h1><p>Indonesia and Malaysia agreed on Thursday "
            b"to hold joint naval patrols in the Sulawesi Sea, the two foreign ministers said in Kuala Lumpur.</p>"
            b"<p>The patrols will begin next month, officials said.</p></article></body></html>")

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: Any) -> None:
        pass


def test_ingest_text_json_and_html(api: httpx.Client, db: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = ("Indonesian warships fired on a Malaysian patrol boat near Tawau on Saturday, "
            "Malaysia's navy said, adding that 4 sailors were wounded.")
    def counted() -> int:
        body = api.get("/api/stats/timeline", params={"modality": "all"}).json()
        return int(body["total"] + body["undated"])

    before = counted()
    assert counted() == before  # kept
    r = api.post("/api/ingest", json={"text": text, "source": "Test Wire", "published": "2025-03-11",
                                      "title": "Shots fired near Tawau"}, headers=auth)
    assert r.status_code == 201, r.text
    made = r.json()
    assert counted() == before + made["events"], "a kept aggregate outlived a write"
    assert made["duplicate"] is False and made["events"] >= 1 and made["title"] == "Shots fired near Tawau"
    shown = api.get(f"/api/documents/{made['id']}").json()
    assert (shown["source"], shown["published"]) == ("Test Wire", "2025-03-11")
    assert len(all_pages(api, "/api/events", q="patrol boat Tawau")) >= 1
    again = api.post("/api/ingest", json={"text": text}, headers=auth)
    assert again.status_code == 200 and again.json()["duplicate"] is True and again.json()["id"] == made["id"]

    html = b"<html><body><article><h1>Singapore hosts talks</h1><p>Singapore hosted talks between Indonesia and " \
           b"Malaysia on Sunday, the foreign ministry said.</p></article></body></html>"
    r = api.post("/api/ingest", content=html, params={"source": "HTML Wire", "published": "2025-03-12"},
                 headers={**auth, "Content-Type": "text/html"})
    assert r.status_code == 201, r.text
    assert "<" not in api.get(f"/api/documents/{r.json()['id']}").json()["text"]



def test_ingest_a_url(api: httpx.Client, db: Path, settings: Settings, resources: Resources) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    page = f"http://127.0.0.1:{server.server_address[1]}/patrols.html"
    article = {"url": page, "source": "Page Wire", "published": "2025-03-13"}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        refused = api.post("/api/ingest", json=article, headers=auth)  # the server is no proxy into its network
        assert refused.status_code == 422 and "loopback" in refused.json()["detail"]
        with running(db, settings.with_(allow_private=True), resources) as url:
            r = httpx.post(url + "/api/ingest", json=article, headers=auth, timeout=60)
    finally:
        server.shutdown()
    assert r.status_code == 201, r.text
    assert api.get(f"/api/documents/{r.json()['id']}").json()["url"] == page


@pytest.mark.parametrize("kwargs, status", [
    ({"json": {"text": ""}}, 422),
    ({"json": {"text": "a", "url": "http://x"}}, 422),
    ({"json": {"url": "file:///etc/passwd"}}, 422),
    ({"json": {"text": "Talks began.", "published": "soon"}}, 422),
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
    ({"content": b"\x89PNG\r\n\x1a\n\x00\x00\x00", "headers": {"Content-Type": "text/plain"}}, 422),
    ({"content": b"x", "headers": {"Content-Type": "application/pdf"}}, 415),
])
def test_bad_ingests_are_json_errors(api: httpx.Client, kwargs: dict[str, Any], status: int) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", **kwargs.pop("headers", {})}
    r = api.post("/api/ingest", headers=headers, **kwargs)
    assert r.status_code == status, r.text
    assert set(r.json()) >= {"error", "detail"}


# ---- hostile content, headers, schema ---------------------------------------------------------------


def test_hostile_strings_come_back_as_data(api: httpx.Client) -> None:
    [doc] = all_pages(api, "/api/documents", q="onerror")
    assert doc["title"] == HOSTILE["title"] and doc["source"] == HOSTILE["source"]
    r = api.get(f"/api/documents/{doc['id']}")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.json()["text"] == HOSTILE["text"]
    sentences = [e["text_info"]["text"] for e in all_pages(api, "/api/events", q="onerror", modality="all")]
    assert any('<img src=x onerror="window.__xss=3">' in s for s in sentences)


def test_pages_carry_a_strict_csp(api: httpx.Client) -> None:
    for path in ("/", "/docs", "/api/events?limit=1", "/static/app.js"):
        csp = api.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe" not in csp
    assert api.get("/").headers["x-frame-options"] == "DENY"


def test_openapi_lists_the_api(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/documents/{doc_id}", "/api/claims",
            "/api/actors", "/api/stats/timeline", "/api/stats/dyads", "/api/stats/places", "/api/export",
            "/api/ingest"} <= set(spec["paths"])
    assert "text/html" in api.get("/docs").headers["content-type"]


def test_the_store_is_opened_read_only(db: Path) -> None:
    from eventwire.serve.queries import connect

    con = connect(str(db))
    with pytest.raises(sqlite3.OperationalError):
        con.execute("DELETE FROM events")
    con.close()


def test_serve_refuses_a_public_address_without_a_token(db: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "without --token" in r.output
    r = runner.invoke(cli, ["serve", "--db", str(db), "--token", "short"])
    assert r.exit_code == 2 and "at least 16" in r.output
    r = runner.invoke(cli, ["serve", "--db", str(db.parent / "absent.db")])
    assert r.exit_code == 1 and "no store" in r.output


def test_datasette_metadata_fits_the_store(db: Path) -> None:
    """Every table and column the metadata describes exists, and every canned query runs (with
    sample parameters) and finds rows, except the list of failures, which is empty here."""
    meta = json.loads((Path(__file__).resolve().parent.parent / "datasette-metadata.json").read_text())
    spec = meta["databases"]["eventwire"]
    con = sqlite3.connect(db)
    for table, about in spec["tables"].items():
        columns = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        assert columns, f"no table {table}"
        assert set(about.get("columns", {})) <= columns, table
    samples = {"code": "idn", "q": "ships"}
    for name, query in spec["queries"].items():
        params = {k: v for k, v in samples.items() if f":{k}" in query["sql"]}
        rows = con.execute(query["sql"], params).fetchall()
        assert rows or name == "failed_inputs", name
    con.close()


def test_the_serve_command_serves_the_store(db: Path, tmp_path: Path) -> None:
    """`eventwire serve` as a user starts it: its own process, the default host, a given port."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    live = tmp_path / "cli.db"
    copy_store(db, live)
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(live), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats/store", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        with Store(live) as store:
            assert r.json()["documents"] == store.count("documents") >= 30
        assert httpx.post(f"http://127.0.0.1:{port}/api/ingest", json={"text": "x"}).status_code == 403
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    assert f"serving {live} read-only at http://127.0.0.1:{port}/" in err


# ---- monitoring ------------------------------------------------------------------------------------


def test_incidents_are_the_commands_records_a_page_at_a_time(api: httpx.Client, db: Path) -> None:
    pages = all_pages(api, "/api/incidents", limit=7)
    r = CliRunner().invoke(cli, ["incidents", "--json", "--db", str(db)])
    assert r.exit_code == 0, r.output
    expected = [json.loads(line) for line in r.output.splitlines()]
    assert pages == expected and len(pages) > 7
    mys = all_pages(api, "/api/incidents", actor="MYS", min_sources=2)
    assert mys and all(i["n_sources"] >= 2 and any(p["code"] == "MYS" for p in i["actor"]) for i in mys)
    bad = api.get("/api/incidents", params={"since": "March"})
    assert bad.status_code == 422 and bad.json()["error"]


def test_watches_and_alerts_carry_levels_history_and_evidence(api: httpx.Client) -> None:
    watches = api.get("/api/watches").json()["items"]
    assert [w["name"] for w in watches] == ["standoff"]
    w = watches[0]
    assert w["levels"] == [2, 4, 8] and w["history"] and w["level"] == w["history"][-1]["level"]
    alerts = all_pages(api, "/api/alerts")
    assert len(alerts) >= 2 and all(a["watch"] == "standoff" for a in alerts)
    ups = [a for a in alerts if a["direction"] == "up"]
    assert ups and all(a["incidents"] and len(a["incidents"]) == len(a["evidence"]["incident_ids"]) for a in ups)
    assert {i["id"] for i in ups[0]["incidents"]} == set(ups[0]["evidence"]["incident_ids"])
