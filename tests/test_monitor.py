"""Live monitoring: incidents across documents, watches and their alerts, the notify outbox, and
``eventwire follow`` against a local HTTP server whose feed gains items between rounds.

Every article here was written for these tests."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire import incidents
from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.pipeline import Pipeline, run_ingest
from eventwire.resources import Resources
from eventwire.store import Store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "examples" / "corpus"
EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))


def _run(*args: str) -> Any:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r


def _jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _groups(db: Path) -> set[frozenset[str]]:
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT incident_id, event_id FROM incident_events").fetchall()
    by: dict[str, set[str]] = {}
    for inc, ev in rows:
        by.setdefault(inc, set()).add(ev)
    return {frozenset(v) for v in by.values()}


# ---- incidents -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    _run("ingest", str(CORPUS), "--db", str(db))
    return db


def test_incident_records_follow_the_interface(demo: Path) -> None:
    rows = _jsonl(_run("incidents", "--json", "--all", "--db", str(demo)).output)
    assert rows
    keys = {"id", "event", "mode", "actor", "recipient", "date", "date_range", "location", "modality", "n_events",
            "n_documents", "n_sources", "sources", "first_reported", "event_ids", "corroboration", "figures"}
    for r in rows:
        assert keys <= r.keys()
        assert r["date"] == r["date_range"][0] <= r["date_range"][1]
        assert r["n_events"] == len(r["event_ids"]) >= r["n_documents"] >= 1
        assert r["n_sources"] == len(r["sources"])
        assert r["corroboration"] in ("single_source", "multi_source")
    # every grouped event belongs to exactly one incident
    ids = [e for r in rows for e in r["event_ids"]]
    assert len(ids) == len(set(ids))
    # the demo's detention of the fishermen is reported by several outlets: one incident, with the
    # figure the reports give
    multi = [r for r in rows if r["event"] == "COERCE" and r["n_sources"] >= 2
             and any(p["code"] == "MYS" for p in r["actor"])]
    assert multi, "the detention reported by several outlets is one incident"
    assert any(f["rows"] for r in multi for f in r["figures"])


def test_filters_select_what_they_name(demo: Path) -> None:
    every = _jsonl(_run("incidents", "--json", "--db", str(demo)).output)
    mys = _jsonl(_run("incidents", "--json", "--actor", "MYS", "--db", str(demo)).output)
    assert 0 < len(mys) < len(every)
    assert all(any(p["code"] == "MYS" for p in r["actor"]) for r in mys)
    two = _jsonl(_run("incidents", "--json", "--min-sources", "2", "--db", str(demo)).output)
    assert two and all(r["n_sources"] >= 2 for r in two)
    dated = _jsonl(_run("incidents", "--json", "--since", "2025-03-05", "--until", "2025-03-06",
                        "--type", "ASSAULT", "--db", str(demo)).output)
    assert dated and all(r["event"] == "ASSAULT" and r["date_range"][1] >= "2025-03-05"
                         and r["date"] <= "2025-03-06" for r in dated)


def test_incremental_grouping_equals_a_rebuild_and_any_order_gives_the_same(demo: Path, tmp_path: Path,
                                                                            resources: Resources) -> None:
    incremental = _groups(demo)
    copy = tmp_path / "copy.db"
    shutil.copy(demo, copy)
    with Store(copy) as s, s.db:
        incidents.rebuild(s.db)
    assert _groups(copy) == incremental
    # the same documents in the reverse order, one ingest run each (as `eventwire ingest FILE` makes
    # them; one loaded model serves them all, so the test does not load it once a file)
    backwards = tmp_path / "backwards.db"
    settings = Settings().with_(db=str(backwards))
    pipeline = Pipeline(settings, resources)
    files = sorted(p for p in CORPUS.iterdir() if p.suffix != ".md")
    for f in reversed(files):
        with Store(backwards) as store:
            report = run_ingest([str(f)], store, settings, pipeline=pipeline)
        assert not report.failed, report.summary()
    assert _groups(backwards) == incremental


ARTICLE = """Navy detains trawler crew

TARAKAN, April 2, 2026 - The Indonesian navy detained nine Malaysian fishermen near Tarakan on \
Wednesday, a navy spokesman said. The men were taken to the port for questioning.
"""


def test_syndicated_copies_do_not_add_incidents(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = tmp_path / "a.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    _run("ingest", str(first), "--db", str(db), "--source", "Wire One")
    before = _jsonl(_run("incidents", "--json", "--all", "--db", str(db)).output)
    assert any(r["event"] == "COERCE" for r in before)
    for i in range(4):  # copies under other outlets' names, each with a credit line of its own
        copy = tmp_path / f"copy{i}.txt"
        copy.write_text(ARTICLE + f"\nThis story was distributed by syndicate number {i}.\n", encoding="utf-8")
        _run("ingest", str(copy), "--db", str(db), "--source", f"Outlet {i}")
    after = _jsonl(_run("incidents", "--json", "--all", "--db", str(db)).output)
    assert len(after) == len(before)
    coerce = next(r for r in after if r["event"] == "COERCE")
    assert coerce["n_documents"] == 5 and coerce["n_sources"] == 5
    # copies of one story are one report: they do not corroborate each other
    assert coerce["corroboration"] == "single_source"


# ---- watches and alerts ----------------------------------------------------------------------------


def _doc(name: str, published: str, text: str, folder: Path, source: str = "Test Wire") -> Path:
    p = folder / f"{name}.jsonl"
    p.write_text(json.dumps({"id": name, "title": name, "text": text, "published": published,
                             "source": source}) + "\n", encoding="utf-8")
    return p


DETAIN = "The Indonesian navy detained {n} Malaysian fishermen near Tarakan on {day}, a navy spokesman said."
FIRE = "Indonesian navy ships fired on a Malaysian patrol boat near Tawau on {day}, killing two sailors."
TRADE = "Thailand and Vietnam signed a rice trade agreement in Hanoi on {day}, officials said."


def test_alerts_fire_once_per_crossing_up_and_down(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    _run("watch", "add", "idn", "--actor", "IDN", "--measure", "incidents", "--levels", "1,2", "--window", "3",
         "--db", db)
    steps = [("d1", "2026-04-01", DETAIN.format(n="eight", day="Wednesday")),
             ("d2", "2026-04-02", FIRE.format(day="Thursday")),
             ("d3", "2026-04-10", TRADE.format(day="Friday")),
             ("d4", "2026-04-11", DETAIN.format(n="six", day="Saturday"))]
    for name, day, text in steps:
        _run("ingest", str(_doc(name, day, text, tmp_path)), "--db", db)
    alerts = _jsonl(_run("alerts", "--json", "--db", db).output)
    assert [(a["previous_level"], a["level"], a["direction"]) for a in alerts] == [
        (0, 1, "up"), (1, 2, "up"), (2, 0, "down"), (0, 1, "up")]
    assert [a["threshold"] for a in alerts] == [1, 2, 1, 1]
    up = alerts[1]
    assert up["value"] == 2 and len(up["evidence"]["incident_ids"]) == 2
    assert up["evidence"]["event_ids"] and up["evidence"]["doc_ids"]
    assert up["window"] == {"since": "2026-03-31", "until": "2026-04-02"}
    # evaluating again changes nothing: the same crossing never alerts twice
    _run("watch", "check", "--db", db)
    _run("ingest", str(_doc("d4", "2026-04-11", DETAIN.format(n="six", day="Saturday"), tmp_path)), "--db", db)
    assert len(_jsonl(_run("alerts", "--json", "--db", db).output)) == 4
    listed = _jsonl(_run("watch", "list", "--json", "--db", db).output)
    assert listed[0]["name"] == "idn" and listed[0]["level"] == 1 and listed[0]["levels"] == [1, 2]
    assert [h["level"] for h in listed[0]["history"]] == [1, 2, 0, 1]  # by store day, from the first document


def test_figure_watch_takes_each_sources_latest_figure(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    _run("watch", "add", "crew", "--measure", "figure", "--subject", "fishermen", "--levels", "5,10",
         "--window", "30", "--db", db)
    _run("ingest", str(_doc("f1", "2026-05-01", DETAIN.format(n="eight", day="Friday"), tmp_path)), "--db", db)
    _run("ingest", str(_doc("f2", "2026-05-03", "Fisheries groups said on Sunday that 14 fishermen were being "
                            "held by the Indonesian navy.", tmp_path)), "--db", db)
    alerts = _jsonl(_run("alerts", "--json", "--db", db).output)
    assert [a["level"] for a in alerts] == [1, 2]
    last = alerts[-1]
    assert last["value"] == 14
    assert last["evidence"]["range"] == [8, 14]
    assert len(last["evidence"]["claim_ids"]) == 2


def test_bad_watches_are_refused_with_a_reason(tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    r = CliRunner().invoke(cli, ["watch", "add", "x", "--measure", "incidents", "--levels", "5,3", "--db", db])
    assert r.exit_code == 1 and "do not rise" in r.output
    r = CliRunner().invoke(cli, ["watch", "add", "x", "--measure", "figure", "--levels", "5", "--db", db])
    assert r.exit_code == 1 and "--subject" in r.output
    r = CliRunner().invoke(cli, ["watch", "add", "x", "--measure", "incidents", "--levels", "a,b", "--db", db])
    assert r.exit_code == 2
    _run("watch", "add", "x", "--measure", "incidents", "--levels", "1", "--db", db)
    r = CliRunner().invoke(cli, ["watch", "add", "x", "--measure", "incidents", "--levels", "1", "--db", db])
    assert r.exit_code == 1 and "exists" in r.output
    _run("watch", "remove", "x", "--db", db)
    r = CliRunner().invoke(cli, ["watch", "remove", "x", "--db", db])
    assert r.exit_code == 1 and "no watch named x" in r.output


# ---- a local server: a feed that grows, a receiver that fails then works ----------------------------


class Site:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []  # (guid, title, text)
        self.requests: list[dict[str, str]] = []
        self.posts: list[tuple[int, dict[str, str], bytes]] = []
        self.answers: list[int] = []  # statuses the receiver gives, in turn (then 200)
        self.lock = threading.Lock()

    def etag(self) -> str:
        return f'"v{len(self.items)}"'

    def feed(self) -> bytes:
        entries = "".join(
            f"<item><guid>{g}</guid><title>{t}</title><link>https://news.example/{g}</link>"
            f"<pubDate>{formatdate(1775000000 + 86400 * i, usegmt=True)}</pubDate>"
            f"<description>{x}</description></item>" for i, (g, t, x) in enumerate(self.items))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
                f"<link>https://news.example/</link>{entries}</channel></rss>").encode()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class H(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with site.lock:
                site.requests.append({k.lower(): v for k, v in self.headers.items()})
                if self.path == "/broken.xml":
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == site.etag():
                    self.send_response(304)
                    self.send_header("ETag", site.etag())
                    self.end_headers()
                    return
                body = site.feed()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", site.etag())
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with site.lock:
                status = site.answers.pop(0) if site.answers else 200
                site.posts.append((status, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return H


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield s, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


STORIES = [
    ("g1", "Navy detains crew", DETAIN.format(n="five", day="Monday")),
    ("g2", "Ships fire on boat", FIRE.format(day="Tuesday")),
    ("g3", "Rice deal signed", TRADE.format(day="Wednesday")),
    ("g4", "Second detention", DETAIN.format(n="four", day="Thursday")),
    ("g5", "Another rice deal", "Laos and Cambodia signed a power trade agreement in Vientiane on Friday."),
]


def _docs(db: str) -> list[str]:
    with sqlite3.connect(db) as c:
        return [r[0] for r in c.execute("SELECT origin FROM documents ORDER BY origin")]


def _docs_so_far(db: str) -> list[str]:
    """The documents of a store another process is still creating: none while the file or its
    schema is not there yet (polling may see the file a moment before the tables)."""
    if not os.path.exists(db):
        return []
    try:
        return _docs(db)
    except sqlite3.OperationalError:
        return []


def test_follow_fetches_conditionally_and_ingests_only_what_is_new(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    db = str(tmp_path / "f.db")
    feed = f"{base}/feed.xml"
    s.items = STORIES[:2]
    r = CliRunner().invoke(cli, ["follow", feed, f"{base}/broken.xml", "--rounds", "1", "--every", "1s",
                                 "--allow-private", "--db", db])
    assert r.exit_code == 1, "a source failed: the exit status says so"
    assert "broken.xml" in r.output and "HTTP 503" in r.output
    assert "round 1" in r.output and "2 new items" in r.output and "ingested 2" in r.output
    assert len(_docs(db)) == 2
    first = [q for q in s.requests if "if-none-match" not in q]
    assert first, "the first request is unconditional"
    # the feed has not changed: a conditional request, a 304, nothing read
    s.requests.clear()
    r = _run("follow", feed, "--rounds", "1", "--every", "1s", "--allow-private", "--db", db)
    assert s.requests[0].get("if-none-match") == '"v2"'
    assert "not modified" in r.output and "ingested 0" in r.output
    # two new items: only they are ingested
    s.items = STORIES[:4]
    r = _run("follow", feed, "--rounds", "1", "--every", "1s", "--allow-private", "--db", db)
    assert "2 new items" in r.output and "ingested 2" in r.output
    assert len(_docs(db)) == 4
    # the broken source was reported and is waiting for its retry, the others went on
    with sqlite3.connect(db) as c:
        failures, next_try = c.execute("SELECT failures, next_try FROM feed_state WHERE source = ?",
                                       (f"{base}/broken.xml",)).fetchone()
    assert failures == 1 and next_try


@pytest.mark.serial  # a timed signal to a running process: run alone
def test_follow_survives_sigkill_and_resumes_without_duplicates(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    db = str(tmp_path / "k.db")
    s.items = STORIES
    env = {**os.environ, "EVENTWIRE_DICTIONARIES": "none"}
    cmd = [EVENTWIRE, "follow", f"{base}/feed.xml", "--every", "1s", "--allow-private", "--db", db]
    p = subprocess.Popen([*cmd], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:  # kill it as soon as the first documents are in
            if os.path.exists(db):
                try:
                    if _docs(db):
                        break
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.05)
        p.send_signal(signal.SIGKILL)
    finally:
        p.wait(30)
    got = len(_docs(db))
    assert got >= 1
    done = subprocess.run([*cmd, "--rounds", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    docs = _docs(db)
    assert len(docs) == len(set(docs)) == len(STORIES)
    # and a third run finds nothing new
    again = subprocess.run([*cmd, "--rounds", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert "ingested 0" in again.stdout and len(_docs(db)) == len(STORIES)


@pytest.mark.serial  # a timed signal to a running process: run alone
def test_follow_stops_cleanly_on_sigterm(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    db = str(tmp_path / "t.db")
    s.items = STORIES[:1]
    env = {**os.environ, "EVENTWIRE_DICTIONARIES": "none"}
    p = subprocess.Popen([EVENTWIRE, "follow", f"{base}/feed.xml", "--every", "1h", "--allow-private", "--db", db],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _docs_so_far(db):
        time.sleep(0.1)
    time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    assert "round 1" in out and "stopped on SIGTERM" in err
    assert len(_docs(db)) == 1


def test_notify_outbox_survives_a_failing_receiver(site: tuple[Site, str], tmp_path: Path) -> None:
    s, base = site
    db = str(tmp_path / "n.db")
    s.answers = [500]
    _run("watch", "add", "idn", "--actor", "IDN", "--measure", "incidents", "--levels", "1", "--window", "3",
         "--notify", f"{base}/hook", "--db", db)
    r = CliRunner().invoke(cli, ["ingest", str(_doc("n1", "2026-04-01", DETAIN.format(n="eight", day="Wednesday"),
                                                  tmp_path)), "--db", db])
    assert r.exit_code == 0, r.output
    assert [p[0] for p in s.posts] == [500]
    with sqlite3.connect(db) as c:
        attempts, delivered, error = c.execute("SELECT attempts, delivered_at, last_error FROM outbox").fetchone()
        assert attempts == 1 and delivered is None and "500" in error
        # not due yet: a check now sends nothing
    r = CliRunner().invoke(cli, ["watch", "check", "--db", db])
    assert len(s.posts) == 1
    with sqlite3.connect(db) as c:  # time passes: the retry is due
        c.execute("UPDATE outbox SET next_at = '2000-01-01T00:00:00+00:00'")
    _run("watch", "check", "--db", db)
    assert [p[0] for p in s.posts] == [500, 200]
    alert = json.loads(s.posts[1][2])
    assert alert["watch"] == "idn" and alert["level"] == 1
    assert s.posts[0][1]["idempotency-key"] == s.posts[1][1]["idempotency-key"] == alert["id"]
    _run("watch", "check", "--db", db)
    assert len(s.posts) == 2, "a delivered alert is never sent again"


def test_documents_a_killed_run_left_ungrouped_are_grouped_by_the_next(tmp_path: Path) -> None:
    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline

    db = tmp_path / "p.db"
    settings = Settings(db=str(db))
    [result] = list(Pipeline(settings).process([_document(ARTICLE, "2026-04-02")]))
    with Store(db) as s:  # stored, but the run died before it grouped: the document is pending
        assert s.save(result, group_now=False)
        assert s.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
        assert s.db.execute("SELECT count(*) FROM incidents_pending").fetchone()[0] == 1
    rows = _jsonl(_run("incidents", "--json", "--all", "--db", str(db)).output)
    assert any(r["event"] == "COERCE" for r in rows)
    with Store(db) as s:
        assert s.db.execute("SELECT count(*) FROM incidents_pending").fetchone()[0] == 0
        grouped = s.db.execute("SELECT count(*) FROM incident_events").fetchone()[0]
        assert grouped == len([e for e in result.events if incidents.interval(e.date)])


def _document(text: str, published: str) -> Any:
    from eventwire.model import Document

    return Document(id="test-doc-1", text=text, raw_text=text, published=published, source="Test Wire")


def test_reannotating_regroups_the_documents_incidents(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "re.db"
    shutil.copy(demo, db)
    before = _groups(db)
    with Store(db) as s:  # the next run's resources differ: every document is recoded
        s.db.execute("UPDATE documents SET annotated_with = 'older'")
        s.db.commit()
    _run("reannotate", "--db", str(db))
    # the same events again: their incidents are regrouped to the same groups, nothing left over
    assert _groups(db) == before
    with Store(db) as s:
        orphans = s.db.execute("SELECT count(*) FROM incidents WHERE id NOT IN"
                               " (SELECT incident_id FROM incident_events)").fetchone()[0]
        assert orphans == 0


def test_a_sources_watch_counts_the_outlets_behind_the_incidents(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")
    _run("watch", "add", "outlets", "--actor", "IDN", "--measure", "sources", "--levels", "2", "--window", "3",
         "--db", db)
    first = DETAIN.format(n="eight", day="Wednesday")
    _run("ingest", str(_doc("o1", "2026-04-01", first, tmp_path, "Wire One")), "--db", db)
    assert _jsonl(_run("alerts", "--json", "--db", db).output) == []
    # a second outlet's own report of the same detention, written in other words
    other = "Indonesia's navy said on Wednesday it had detained eight fishermen from Malaysia off Tarakan."
    _run("ingest", str(_doc("o2", "2026-04-01", other, tmp_path, "Wire Two")), "--db", db)
    [alert] = _jsonl(_run("alerts", "--json", "--db", db).output)
    assert alert["level"] == 1 and alert["value"] == 2
    assert alert["evidence"]["sources"] == ["Wire One", "Wire Two"]
    assert len(alert["evidence"]["incident_ids"]) == 1, "two outlets, one detention"


def test_follow_reports_a_broken_file_once_and_reads_it_again_when_it_changes(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "good.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "b.db")
    first = CliRunner().invoke(cli, ["follow", str(inbox), "--rounds", "1", "--every", "1s", "--db", db])
    assert first.exit_code == 1 and "empty.txt" in first.output and "ingested 1" in first.output
    again = CliRunner().invoke(cli, ["follow", str(inbox), "--rounds", "1", "--every", "1s", "--db", db])
    assert again.exit_code == 0, again.output
    assert "empty.txt" not in again.output and "0 new items" in again.output
    # the file is fixed: it is new, and read
    (inbox / "empty.txt").write_text(ARTICLE.replace("nine", "eleven"), encoding="utf-8")
    fixed = _run("follow", str(inbox), "--rounds", "1", "--every", "1s", "--db", db)
    assert "1 new items" in fixed.output and "ingested 1" in fixed.output
    assert len(_docs(db)) == 2
