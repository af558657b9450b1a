"""The Ray engine and the Parquet dataset: a real local Ray (2 CPUs), real spaCy, real SQLite.

One Ray session for the module (Ray starts in seconds on two cores); each coding run starts its
own actor pool, as a CLI run does. The killed-driver test runs `eventwire ingest --engine ray` as
processes of its own (each starts its own local Ray)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.model import Document, Failure
from eventwire.pipeline import run_ingest
from eventwire.store import Store

pytestmark = pytest.mark.serial  # timed kills and process counts: `make test` runs them alone

REPO = Path(__file__).resolve().parent.parent
CORPUS = str(REPO / "examples" / "corpus")
BROKEN = str(REPO / "examples" / "broken")
ARTICLE = (REPO / "tests" / "fixtures" / "ingest" / "article.html").read_text(encoding="utf-8")
#: every table the store writes a document into, with the columns to compare (not ingested_at)
TABLES = {
    "documents": "id, item_id, origin, source, url, title, dateline, byline, published, published_how, language,"
                 " raw_text, text, repairs, story_id, n_chars, annotated_with",
    "sentences": "*", "entities": "*", "events": "*", "event_parties": "*", "quantities": "*",
    "attributions": "*", "claims": "*",
}


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {t: sorted((tuple(r) for r in con.execute(f"SELECT {cols} FROM {t}")), key=repr)
                for t, cols in TABLES.items()}
    finally:
        con.close()


def settings_for(db: Path, **kw: Any) -> Settings:
    return Settings(db=str(db), dictionaries="none", **kw)


def failures(db: Path) -> list[tuple[str, str, str, str]]:
    con = sqlite3.connect(db)
    try:
        return [tuple(r) for r in con.execute("SELECT origin, what, why, todo FROM failures ORDER BY rowid")]
    finally:
        con.close()


def write_warc(path: Path) -> None:
    """A gzipped WARC archive (as tests/test_ingest_warc.py writes them): three article pages, an
    image, a redirect."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [("https://a.example/one", ARTICLE.replace("Ankara", "Baku"), "text/html; charset=utf-8", "200 OK"),
             ("https://a.example/logo.png", "\x89PNG", "image/png", "200 OK"),
             ("https://a.example/old", "<html><body>moved</body></html>", "text/html", "301 Moved Permanently"),
             ("https://a.example/two", ARTICLE.replace("Ankara", "Tbilisi"), "text/html", "200 OK"),
             ("https://a.example/three", ARTICLE.replace("Ankara", "Yerevan"), "text/html", "200 OK")]
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
    for uri, body, ctype, status in pages:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")),
                                           http_headers=headers)
        record.rec_headers.replace_header("WARC-Date", "2024-04-01T12:00:00Z")
        writer.write_record(record)
    path.write_bytes(buf.getvalue())


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every kind of input the Ray engine reads on the cluster, and some it must fail on as the
    local engine does: the demo folder (text, HTML, a feed, JSON Lines), a gzipped WARC, a
    JSON Lines file named on its own (a bad line, a copy of a corpus document, a new one), a
    folder with links in and out, a folder with no input files, a missing file, examples/broken."""
    root = tmp_path_factory.mktemp("mixed")
    write_warc(root / "crawl.warc.gz")
    copy = (Path(CORPUS) / "2025-03-05_harborwire_clash-three-killed.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "n1", "text": "Japan criticised China over the islands on Monday, officials said.",
                         "date": "2025-03-11", "source": "Lines"}),
             "{not json",
             json.dumps({"id": "copy", "text": copy}),
             json.dumps({"id": "n2", "title": "Talks", "text": "Vietnam held talks with Malaysia in Hanoi."})]
    (root / "shard.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sub = root / "folder"
    (sub / "b").mkdir(parents=True)
    (sub / "b" / "z.txt").write_text("Indonesia accused Malaysia of sending frigates, a minister said.\n")
    (sub / "a.txt").write_text("Singapore praised the accord signed in Jakarta on Sunday.\n")
    (sub / "notes.csv").write_text("not an input")
    (root / "secret.txt").write_text("outside the folder")
    (sub / "link.txt").symlink_to(root / "secret.txt")
    (root / "nothing").mkdir()
    (root / "nothing" / "x.csv").write_text("no reader owns this")
    return [CORPUS, str(root / "crawl.warc.gz"), str(root / "shard.jsonl"), str(sub), str(root / "nothing"),
            str(root / "missing.txt"), BROKEN]


@pytest.mark.slow
def test_ray_data_reads_and_cleans_every_kind_of_input_as_the_local_engine(ray_session: Any,
                                                                          mixed_inputs: list[str]) -> None:
    """Documents and Failures, one by one and in order, from `read_documents` on both engines."""
    from eventwire.pipeline import read_documents

    def key(origin: str, obj: Document | Failure) -> tuple[Any, ...]:
        if isinstance(obj, Failure):
            return (origin, "failure", obj.what, obj.why, obj.todo, obj.kind)
        return (origin, obj.id, obj.item_id, obj.text, obj.raw_text, obj.title, obj.published, obj.published_how,
                obj.source, obj.url, [r.to_json() for r in obj.repairs])

    local = [key(o, d) for o, d in read_documents(mixed_inputs, settings_for(Path("x.db")), source="S")]
    ray = [key(o, d) for o, d in read_documents(mixed_inputs, settings_for(Path("x.db"), engine="ray", workers=2),
                                                source="S")]
    assert ray == local
    docs = " ".join(k[0] for k in local if k[1] != "failure")
    for kind in (".txt", ".html", ".xml#", "digest.jsonl:", "shard.jsonl:", ".warc.gz#"):
        assert kind in docs, kind
    fails = [k for k in local if k[1] == "failure"]
    whys = " | ".join(f"{k[0]}: {k[2]}: {k[3]}" for k in fails)
    for expected in ("shard.jsonl:2", "link.txt", "no input files in folder", "missing.txt",
                     "binary.txt", "empty.txt", "truncated-page.html.gz"):
        assert expected in whys, expected
    assert [k[0] for k in local if "warc.gz#" in k[0] and k[1] != "failure"][-1].endswith("a.example/three")
    assert [k[0].rsplit("/", 1)[-1] for k in local if "/folder/" in k[0]] == ["a.txt", "z.txt", "link.txt"]


@pytest.mark.slow
def test_ray_engine_stores_mixed_inputs_and_failures_as_the_local_engine(ray_session: Any, mixed_inputs: list[str],
                                                                        tmp_path: Path) -> None:
    reports = {}
    for engine in ("local", "ray"):
        db = tmp_path / f"{engine}.db"
        with Store(db) as store:
            reports[engine] = run_ingest(mixed_inputs, store, settings_for(db, engine=engine, workers=2))
    local, ray = reports["local"], reports["ray"]
    assert local.ingested > 29 and local.duplicates >= 2 and len(local.failed) >= 7
    assert (ray.ingested, ray.duplicates, ray.near_duplicates, ray.events, ray.claims, ray.stored) == \
        (local.ingested, local.duplicates, local.near_duplicates, local.events, local.claims, local.stored)
    assert [f.line() for f in ray.failed] == [f.line() for f in local.failed]
    assert dump(tmp_path / "ray.db") == dump(tmp_path / "local.db")
    assert failures(tmp_path / "ray.db") == failures(tmp_path / "local.db")


@pytest.fixture(scope="module")
def ray_session() -> Iterator[Any]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False,
             configure_logging=False, namespace="eventwire-tests")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store that `ingest --engine local` makes of the demo corpus."""
    db = tmp_path_factory.mktemp("local") / "local.db"
    with Store(db) as store:
        rep = run_ingest([CORPUS], store, settings_for(db))
    assert rep.ingested == 29 and rep.duplicates == 1 and rep.near_duplicates > 0 and not rep.failed
    return db


def _ray_ingest(db: Path, **kw: Any) -> Any:
    with Store(db) as store:
        return run_ingest([CORPUS], store, settings_for(db, engine="ray", workers=2, **kw))


@pytest.mark.slow
def test_ray_engine_stores_what_the_local_engine_stores(ray_session: Any, local_store: Path,
                                                         tmp_path: Path) -> None:
    rep = _ray_ingest(tmp_path / "ray.db")
    assert (rep.ingested, rep.duplicates, rep.failed) == (29, 1, [])
    got, want = dump(tmp_path / "ray.db"), dump(local_store)
    assert len(want["events"]) > 100 and len(want["claims"]) > 20
    for table in TABLES:
        assert got[table] == want[table], table
    # a rerun finds everything stored: nothing twice
    again = _ray_ingest(tmp_path / "ray.db")
    assert (again.ingested, again.already_stored) == (0, 30)
    assert dump(tmp_path / "ray.db") == want


def _actor_pids() -> list[int]:
    """Processes whose title names our actor class (Ray sets it: ray::MapWorker(...EventwireCoder))."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if b"EventwireCoder" in cmd and b"ray::" in cmd:
                pids.append(int(entry))
    return pids


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_a_worker_killed_mid_run_is_retried_and_nothing_is_lost_or_doubled(
        ray_session: Any, local_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    killed: list[tuple[int, int]] = []  # (pid, documents stored when it was killed)

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            pids = _actor_pids()
            stored = _count(db) if db.exists() else 0
            if pids and stored >= 1:  # results are flowing: kill an actor with batches still to do
                os.kill(pids[0], signal.SIGKILL)
                killed.append((pids[0], stored))
                return
            time.sleep(0.02)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    rep = _ray_ingest(db, batch_size=1)  # one document a batch: many batches in flight at the kill
    thread.join(5)
    assert killed, "no actor was found to kill"
    pid, stored_then = killed[0]
    assert stored_then < 29, "the kill came after the run had finished"
    assert not Path(f"/proc/{pid}").exists() or b"EventwireCoder" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    assert (rep.ingested, rep.already_stored, rep.failed) == (29, 0, [])
    got = dump(db)
    assert got == dump(local_store)
    ids = [r[0] for r in got["events"]]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
def test_a_document_that_fails_on_an_actor_becomes_a_failure_and_its_batch_goes_on(ray_session: Any) -> None:
    from eventwire.scale.ray_engine import process_on_ray

    good = [Document(id=f"g{i}", text=f"North Korea sent {i} thousand troops to Russia, officials said.",
                     raw_text="x", origin=f"good-{i}") for i in range(3)]
    bad = Document(id="bad", text=None, raw_text="", origin="broken-input")  # type: ignore[arg-type]
    failures: list[Failure] = []
    results = list(process_on_ray([good[0], bad, good[1], good[2]], settings_for(Path("unused.db"), engine="ray",
                                                                                 workers=1), failures.append))
    assert [r.document.id for r in results] == ["g0", "g1", "g2"]
    assert all(r.events for r in results)
    assert len(failures) == 1
    f = failures[0]
    assert f.origin == "broken-input" and f.what == "cannot code document" and "TypeError" in f.why


@pytest.mark.slow
def test_parquet_dataset_loads_into_the_store_that_ingest_makes(ray_session: Any, local_store: Path,
                                                                tmp_path: Path) -> None:
    import pyarrow.dataset as pads

    from eventwire.scale.columnar import load_dataset, run_to_dataset

    out = tmp_path / "coded"
    rep = run_to_dataset([CORPUS], out, settings_for(tmp_path / "x.db", engine="ray", workers=2), part_docs=10)
    assert (rep.ingested, rep.duplicates, rep.failed) == (29, 1, [])
    manifest = json.loads((out / "_manifest.json").read_text())
    assert [len(p["documents"]) for p in manifest["parts"]] == [10, 10, 9]
    want = dump(local_store)
    for table, n in (("documents", 29), ("events", len(want["events"])), ("claims", len(want["claims"])),
                     ("entities", len(want["entities"]))):
        data = pads.dataset(out / table, format="parquet", partitioning="hive")
        assert data.count_rows() == n, table
        dates = set(data.to_table(columns=["published_date"]).column("published_date").to_pylist())
        assert len(dates) > 3 and all(str(d)[:2] == "20" or d == "unknown" for d in dates)
    db = tmp_path / "loaded.db"
    with Store(db) as store:
        assert load_dataset(out, store) == (29, 0)
        assert load_dataset(out, store) == (0, 29)  # idempotent
    assert dump(db) == want


def test_a_driver_killed_between_parts_resumes_from_the_manifest(tmp_path: Path) -> None:
    """The state a driver killed after its first part leaves (a manifest naming part 0, files of a
    part it did not name), then a rerun: it skips part 0's documents and writes the rest once."""
    from eventwire.scale.columnar import MANIFEST, iter_results, run_to_dataset

    texts = {f"d{i}.txt": f"Report {i}\n\nJapan {verb} China on day {i}, officials said.\n"
             for i, verb in enumerate(["criticised", "met officials from", "accused", "praised", "held talks with"])}
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text)
    settings = settings_for(tmp_path / "x.db")
    full = tmp_path / "full"
    run_to_dataset([str(corpus)], full, settings, part_docs=2)
    out = tmp_path / "out"
    run_to_dataset([str(corpus)], out, settings, part_docs=2)
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["parts"] = manifest["parts"][:1]
    (out / MANIFEST).write_text(json.dumps(manifest))  # parts 1 and 2 are now orphans
    rep = run_to_dataset([str(corpus)], out, settings, part_docs=2)
    assert (rep.already_stored, rep.ingested) == (2, 3)
    parts = json.loads((out / MANIFEST).read_text())["parts"]
    assert [len(p["documents"]) for p in parts] == [2, 2, 1]
    got = [(r.document.id, [e.to_json() for e in r.events]) for r in iter_results(out)]
    want = [(r.document.id, [e.to_json() for e in r.events]) for r in iter_results(full)]
    assert got == want and len({g[0] for g in got}) == 5


def test_load_refuses_a_folder_that_is_no_dataset(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    res = CliRunner().invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 1
    assert "no eventwire dataset" in res.output and "_manifest.json is missing" in res.output
    assert not (tmp_path / "x.db").exists()


def test_code_out_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    res = CliRunner().invoke(cli, ["code", CORPUS, "--out", str(tmp_path)])
    assert res.exit_code == 1 and "holds other files" in res.output


def test_ray_address_with_the_local_engine_is_a_usage_error() -> None:
    res = CliRunner().invoke(cli, ["code", CORPUS, "--engine", "local", "--ray-address", "auto"])
    assert res.exit_code == 2 and "--ray-address needs --engine ray" in res.output


def _descendants(pid: int) -> dict[int, bytes]:
    """Live processes below ``pid`` (from /proc), with their start times."""
    table: dict[int, tuple[int, bytes]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
                if fields[0] != b"Z":
                    table[int(entry.name)] = (int(fields[1]), fields[19])
    below, grew = {pid}, True
    while grew:
        grew = False
        for p, (ppid, _) in table.items():
            if ppid in below and p not in below:
                below.add(p)
                grew = True
    return {p: table[p][1] for p in below - {pid}}


def _alive(pid: int, start: bytes) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != b"Z" and fields[19] == start


#: the killed-driver test's corpus: the demo corpus's first twelve files by name, one of them an exact
#: copy of another (a copy and its original then stay in one store, whichever run stores them)
KILL_FILES = sorted(p for p in Path(CORPUS).iterdir() if p.suffix in {".txt", ".html"})[:12]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_a_killed_ray_driver_leaves_no_ray_behind_and_a_rerun_completes_the_store(tmp_path: Path) -> None:
    """`eventwire ingest --engine ray` as a process, SIGKILLed once some documents are stored; no
    process of its Ray survives it (its reaper ends them); the same command rerun starts a fresh
    local Ray and completes the store, which then equals the local engine's: nothing missing,
    nothing twice."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in KILL_FILES:
        (corpus / f.name).write_bytes(f.read_bytes())
    texts = [f.read_bytes() for f in KILL_FILES]
    unique = len(set(texts))
    assert unique == len(texts) - 1, "the subset should hold exactly one exact copy"
    local = tmp_path / "local.db"
    with Store(local) as store:
        rep = run_ingest([str(corpus)], store, settings_for(local))
    assert (rep.ingested, rep.duplicates, rep.failed) == (unique, 1, [])

    db = tmp_path / "killed.db"
    cfg = tmp_path / "eventwire.toml"
    cfg.write_text('batch_size = 1\ndictionaries = "none"\n')  # one document a batch: many results in flight
    env = {**os.environ, "EVENTWIRE_CONFIG": str(cfg)}
    env.pop("RAY_ADDRESS", None)
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--engine", "ray", "--workers", "2",
           "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ray_procs: dict[int, bytes] = {}
    deadline = time.monotonic() + 150
    while _count(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        ray_procs.update(_descendants(proc.pid))
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed: " + proc.communicate()[1].decode()[-2000:]
    ray_procs.update(_descendants(proc.pid))
    proc.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    proc.wait()
    partial = _count(db)
    assert 3 <= partial < unique
    assert len(ray_procs) >= 4, ray_procs  # GCS, raylet, the agents, the actors: Ray was running
    while any(_alive(p, t) for p, t in ray_procs.items()) and time.monotonic() - killed < 15:
        time.sleep(0.1)
    survivors = {p: Path(f"/proc/{p}/cmdline").read_bytes()[:60] for p, t in ray_procs.items() if _alive(p, t)}
    for p in survivors:  # leave nothing behind, whatever the outcome
        with contextlib.suppress(ProcessLookupError):
            os.kill(p, signal.SIGKILL)
    assert survivors == {}, f"Ray processes still alive {time.monotonic() - killed:.1f} s after the driver's SIGKILL"
    proc.communicate(timeout=10)  # nothing holds its pipes open any more

    # the rerun with the default batch size: what it finds stored it skips, whatever the batches were
    cfg.write_text('dictionaries = "none"\n')
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    # when the killed run stored the copy's original, the rerun finds both already stored;
    # otherwise the copy is a duplicate of a document ingested now
    assert (f"ingested {unique - partial}, already stored {partial}, duplicates 1 (exact)" in done.stderr
            or f"ingested {unique - partial}, already stored {partial + 1}, duplicates 0 (exact)" in done.stderr), \
        done.stderr[-500:]
    got = dump(db)
    assert got == dump(local)
    ids = [r[0] for r in got["events"]]
    assert len(ids) == len(set(ids))


def test_a_file_the_driver_lists_but_a_ray_node_lacks_is_a_failure_that_says_so(tmp_path: Path) -> None:
    """What a read task says on a node without the driver's files (no shared file system): the
    task function, run here on a batch naming a file that is gone, beside one that is there."""
    pa = pytest.importorskip("pyarrow")
    from eventwire.scale.ray_engine import _read_files

    there = tmp_path / "there.txt"
    there.write_text("Japan criticised China over the islands on Monday, officials said.\n")
    batch = pa.table({"seq": [0, 1], "path": [os.fsencode(tmp_path / "gone.txt"), os.fsencode(there)],
                      "listed": [True, True]})
    out = [pickle.loads(o) for t in _read_files(batch, settings_for(Path("x.db")), None, None, None, None)
           for o in t.column("obj").to_pylist()]
    gone, doc = out
    assert isinstance(gone, Failure) and gone.origin == str(tmp_path / "gone.txt")
    assert "the driver lists it, but Ray node" in gone.why and "every Ray node mounts" in gone.todo
    assert isinstance(doc, Document) and doc.origin == str(there)
