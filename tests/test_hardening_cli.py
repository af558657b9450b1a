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


def test_dates_are_checked_where_they_are_given(store: Path, tmp_path: Path) -> None:
    """Item 10: --since yesterday returned nothing, --until zzz everything, and --published
    yesterday was stored as is: each is now a usage error naming the accepted forms."""
    for args in (["events", "--since", "yesterday"], ["events", "--until", "zzz"],
                 ["events", "--since", "2024-02-30"], ["ingest", "--published", "yesterday", str(tmp_path)],
                 ["code", "--published", "2024-13", "-"], ["actors", "resolve", "Seoul", "--date", "soon"]):
        r = run(*args, *(["--db", str(store)] if args[0] in ("events", "ingest") else []))
        assert r.exit_code == 2, (args, r.output)
        assert "is not a date" in r.stderr and "YYYY-MM-DD" in r.stderr, r.stderr
    assert not list(tmp_path.iterdir())  # nothing was ingested
    since = [json.loads(x) for x in run("events", "--json", "--modality", "all", "--since", "2025-03-04",
                                         "--db", str(store)).stdout.splitlines()]
    assert since and all(e["date"] >= "2025-03-04" for e in since)


def test_bad_dates_in_jsonl_fail_their_line(tmp_path: Path) -> None:
    """Item 10: JSONL dates such as "not-a-date" or "2024-02-30" reached the timeline."""
    src = tmp_path / "d.jsonl"
    lines = [{"id": "1", "date": "not-a-date", "text": "Troops withdrew from the border."},
             {"id": "2", "date": "2024-02-30", "text": "Talks resumed in Geneva."},
             {"id": "3", "date": "2024-02-29", "text": "Officials met in Oslo."},
             {"id": "4", "date": "Thu, 29 Feb 2024 09:30:00 GMT", "text": "Ships left the port."}]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = str(tmp_path / "s.db")
    r = run("ingest", "--no-nlp", str(src), "--db", db)
    assert r.exit_code == 1
    assert f"failed {src}:1: line 1: bad date: 'not-a-date' is not a date; use YYYY" in r.stderr
    assert f"failed {src}:2: line 2: bad date: '2024-02-30' is not a date: day is out of range" in r.stderr
    docs = [json.loads(x) for x in run("docs", "list", "--json", "--db", db).stdout.splitlines()]
    assert sorted(d["published"] for d in docs) == ["2024-02-29", "2024-02-29T09:30:00Z"]
