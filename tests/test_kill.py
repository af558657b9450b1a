"""A run killed with SIGKILL mid-way leaves the store consistent, and a rerun completes it.
Real subprocess, real kill, real SQLite file."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.serial  # timed kills and process counts: `make test` runs them alone

COUNTRIES = ["Japan", "China", "the Philippines", "Vietnam", "South Korea", "Indonesia", "Malaysia", "Australia"]
VERBS = ["met officials from", "criticised", "held talks with", "sent a delegation to", "accused", "praised"]


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
        v = VERBS[i % 6]
        body = " ".join(
            f"{a} {VERBS[(i + k) % 6]} {COUNTRIES[(i + k + 2) % 8]} on day {k} of report {i}, officials said."
            for k in range(6))
        (folder / f"r{i:03d}.txt").write_text(f"Report {i}\n\n{a} {v} {b}, report number {i}. {body}\n")


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_completes(tmp_path: Path) -> None:
    n = 80
    corpus, db = tmp_path / "corpus", tmp_path / "k.db"
    _corpus(corpus, n)
    cfg = tmp_path / "eventwire.toml"
    cfg.write_text("batch_size = 4\n")
    env = {**os.environ, "EVENTWIRE_CONFIG": str(cfg)}
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 8 <= partial < n

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    # every stored document is whole: it has its sentences (written in the same transaction)
    orphans = con.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                          "(SELECT 1 FROM sentences s WHERE s.doc_id = d.id)").fetchone()[0]
    assert orphans == 0
    con.close()

    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"ingested {n - partial}, already stored {partial}, duplicates 0" in done.stderr
    assert _count(db) == n


def _children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                fields = stat.rsplit(")", 1)[1].split()
                if int(fields[1]) == pid and fields[0] != "Z":
                    found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_sigkill_of_the_parent_ends_its_workers(tmp_path: Path) -> None:
    """Issue 12 item 8: `ingest --workers 2` killed with SIGKILL left its workers alive, holding the
    caller's stdout and stderr, so a pipeline reading them hung. No worker survives 5 s."""
    corpus, db = tmp_path / "corpus", tmp_path / "w.db"
    _corpus(corpus, 40)
    cfg = tmp_path / "eventwire.toml"
    cfg.write_text("batch_size = 2\n")
    env = {**os.environ, "EVENTWIRE_CONFIG": str(cfg)}
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--workers", "2", "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.1)
    assert len(workers) >= 2 and proc.poll() is None, "the workers never started"
    time.sleep(1.0)  # let them get into their work
    proc.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    proc.wait()
    while any(_alive(w) for w in workers) and time.monotonic() - killed < 5:
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:  # leave nothing behind, whatever the outcome
        with contextlib.suppress(ProcessLookupError):
            os.kill(w, signal.SIGKILL)
    assert survivors == [], f"workers still alive {time.monotonic() - killed:.1f} s after the parent's SIGKILL"
    proc.communicate(timeout=5)  # nothing holds the pipes open any more
    assert proc.returncode == -signal.SIGKILL
