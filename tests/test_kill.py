"""A run killed with SIGKILL mid-way leaves the store consistent, and a rerun completes it.
Real subprocess, real kill, real SQLite file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
