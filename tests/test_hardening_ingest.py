"""Issue 12, the readers: inputs that crashed a batch or were lost whole. Real files and a real
SQLite store; the command line in process (click's runner)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.ingest import iter_items
from eventwire.model import Failure, RawItem
from eventwire.store import Store

GOOD = "Japan deployed 40 ships near the islands on Monday, officials said.\n"


def _ingest(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["ingest", "--no-nlp", *args])
    return r.exit_code, r.stdout, r.stderr


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """Item 2: a byte 0xff in a file name raised UnicodeEncodeError on save; the files after it
    were never read and the failures collected were never printed."""
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    with open(raw + b"/b\xff.txt", "wb") as f:
        f.write(b"China accused Japan of provoking a crisis on Tuesday.\n")
    with open(raw + b"/c\xfe_empty.txt", "wb"):
        pass
    (folder / "d.txt").write_text("South Korea urged both sides to hold talks.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    code, _, err = _ingest(str(folder), "--db", str(db))
    assert code == 1
    assert f"failed {folder}/c\\xfe_empty.txt: empty input" in err
    assert "ingested 3, " in err and "failed 1" in err
    with Store(db) as store:
        origins = sorted(r[0] for r in store.db.execute("SELECT origin FROM documents"))
        assert origins == [f"{folder}/a.txt", f"{folder}/b\\xff.txt", f"{folder}/d.txt"]
        assert [f["origin"] for f in store.failures()] == [f"{folder}/c\\xfe_empty.txt"]


def test_jsonl_with_half_a_character(tmp_path: Path) -> None:
    """JSON can escape a lone surrogate ("\\ud800"), which UTF-8 cannot hold: it becomes U+FFFD
    instead of crashing the batch when the document id is computed."""
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "1", "text": "Talks in Seoul \\ud800 resumed.", "title": "T \\udcff"}\n'
                 '{"id": "2", "text": "Troops withdrew."}\n', encoding="utf-8")
    items = list(iter_items([str(f)], Settings()))
    assert [i.content for i in items if isinstance(i, RawItem)] == ["Talks in Seoul \ufffd resumed.",
                                                                    "Troops withdrew."]
    assert not [i for i in items if isinstance(i, Failure)]
    code, _, err = _ingest(str(f), "--db", str(tmp_path / "s.db"))
    assert code == 0, err
    assert "ingested 2, " in err
