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


def _ids(store: Path) -> list[str]:
    return [json.loads(x)["id"] for x in run("docs", "list", "--json", "--db", str(store)).stdout.splitlines()]


def test_docs_show_prefix_is_text_and_ambiguity_is_named(tmp_path: Path) -> None:
    """Item 11: the prefix went into SQL LIKE unescaped, so '_4b8' and 'b4b8%' matched; a missing
    id and an ambiguous prefix got the same message."""
    from eventwire.store import Store

    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps({"id": f"x{i}", "text": f"Report {i}: troops withdrew from post {i}."}) + "\n"
                           for i in range(40)), encoding="utf-8")
    db = tmp_path / "s.db"
    assert run("ingest", "--no-nlp", str(src), "--db", str(db)).exit_code == 0
    ids = _ids(db)
    first = ids[0]
    wildcard = "_" + first[1:4]
    r = run("docs", "show", wildcard, "--db", str(db))
    assert r.exit_code == 1 and f"no document '{wildcard}'" in r.stderr
    r = run("docs", "show", first[:4] + "%", "--db", str(db))
    assert r.exit_code == 1 and "no document" in r.stderr
    r = run("docs", "show", first[:8], "--json", "--db", str(db))
    assert r.exit_code == 0 and json.loads(r.stdout)["id"] == first
    # a prefix that several ids share: the message lists them
    by_first = {}
    for i in ids:
        by_first.setdefault(i[0], []).append(i)
    shared, candidates = next((k, v) for k, v in by_first.items() if len(v) > 1)
    r = run("docs", "show", shared, "--db", str(db))
    assert r.exit_code == 1 and f"document id '{shared}' is ambiguous: it matches " in r.stderr
    assert all(c in r.stderr for c in sorted(candidates)[:5]) and "give more characters" in r.stderr
    r = run("docs", "show", "x7", "--json", "--db", str(db))  # the input's own id
    assert r.exit_code == 0 and json.loads(r.stdout)["external_id"] == "x7"
    with Store(db) as store:
        assert store.find_documents("") == []
        assert store.find_documents("%") == []


def test_read_commands_do_not_create_a_store(tmp_path: Path) -> None:
    """Item 12: read commands on a --db that does not exist created an empty store silently."""
    missing = tmp_path / "typo.db"
    for args in (["docs", "list"], ["docs", "show", "abc"], ["events"], ["claims"], ["report"],
                 ["export", "-o", str(tmp_path / "out.jsonl")], ["reannotate"]):
        r = run(*args, "--db", str(missing))
        assert r.exit_code == 2, (args, r.output)
        assert f"no store at {missing}: the file does not exist" in r.stderr
        assert not missing.exists()
    r = run("ingest", "--no-nlp", str(tmp_path / "nothing-here"), "--db", str(missing))
    assert r.exit_code == 1 and missing.exists()  # ingest creates it (and reports the bad path)


def test_terminal_escapes_are_shown_not_obeyed(tmp_path: Path) -> None:
    """Item 13: escape sequences in file names, titles and feed links were printed raw."""
    evil = "\x1b]0;pwned\x07\x1b[2J\x9b"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"bad{evil}.txt").write_bytes(b"")  # a failure line names the file
    feed = folder / "feed.xml"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk [bold]x[/bold]</title>
<item><title>Title &#27;[31mred \u202eevil</title><link>http://example.invalid/a&#27;[2J</link>
<description>Troops withdrew from the border on Monday.</description></item>
</channel></rss>""", encoding="utf-8")
    db = str(tmp_path / "s.db")
    r = run("ingest", "--no-nlp", str(folder), "--db", db)
    assert r.exit_code == 1
    shown = run("docs", "list", "--db", db).stdout + r.stderr
    shown += run("docs", "show", _ids(Path(db))[0], "--db", db).stdout
    shown += run("docs", "list", "--json", "--db", db).stdout
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in shown, repr(raw)
    assert "bad\\x1b]0;pwned\\x07\\x1b[2J\\x9b.txt" in r.stderr
    assert "Title \\x1b[31mred \\u202eevil" in shown
    assert "[bold]x[/bold]" in run("docs", "show", _ids(Path(db))[0], "--db", db).stdout  # not rich markup
