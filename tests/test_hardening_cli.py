"""Issue 12, the command line at its edges: output paths, dates, ids, missing stores, terminal
escapes. In process (click's runner) on real files and a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli.main import cli

DOCS = [
    {"id": "a", "date": "2025-03-03", "title": "Navy sends ships",
     "text": "Japan deployed 40 ships near the islands on Monday, officials said."},
    {"id": "b", "date": "2025-03-05", "title": "Ministry protests",
     "text": "China's foreign ministry accused Japan of provoking a crisis on Wednesday."},
]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hardening_cli")
    src = tmp / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    db = tmp / "s.db"
    r = run("ingest", str(src), "--db", str(db))
    assert r.exit_code == 0, r.output
    return db


@pytest.mark.parametrize("fmt", ["plover-jsonl", "csv", "parquet"])
def test_export_to_a_missing_folder_or_a_folder(store: Path, tmp_path: Path, fmt: str) -> None:
    """Item 3: -o into a missing folder, or -o naming a folder, ended in a traceback."""
    missing = tmp_path / "nope" / "out.file"
    r = run("export", "--format", fmt, "-o", str(missing), "--db", str(store))
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit), r.exception
    assert f"folder {missing.parent} does not exist; create it" in r.stderr
    r = run("export", "--format", fmt, "-o", str(tmp_path), "--db", str(store))
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit)
    assert f"{tmp_path} is a folder; pass a file name in it" in r.stderr
    good = tmp_path / "out.file"
    r = run("export", "--format", fmt, "-o", str(good), "--db", str(store))
    assert r.exit_code == 0, r.output
    assert good.stat().st_size > 0
