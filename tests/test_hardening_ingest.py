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


def test_nul_byte_in_one_jsonl_line(tmp_path: Path) -> None:
    """Item 6: one NUL byte in a JSONL line rejected the whole file as binary; the good lines are
    kept and only that line fails, from a file, a gzipped file and stdin alike."""
    import gzip
    import io

    body = (b'{"id": "1", "text": "Troops withdrew from the border."}\n'
            b'{"id": "2", "text": "Talks \x00 resumed."}\n'
            b'{"id": "3", "text": "Officials met in Geneva."}\n')
    plain, packed = tmp_path / "d.jsonl", tmp_path / "e.jsonl.gz"
    plain.write_bytes(body)
    packed.write_bytes(gzip.compress(body))
    for spec, stdin, origin in ((str(plain), None, str(plain)), (str(packed), None, str(packed)),
                                ("-", io.BytesIO(body), "stdin")):
        items = list(iter_items([spec], Settings(), stdin=stdin))
        assert [i.item_id for i in items if isinstance(i, RawItem)] == ["1", "3"], spec
        [bad] = [i for i in items if isinstance(i, Failure)]
        assert (bad.origin, bad.kind, bad.what) == (f"{origin}:2", "BinaryInput", "line 2: contains NUL bytes")
    code, _, err = _ingest(str(plain), "--db", str(tmp_path / "s.db"))
    assert code == 1 and "ingested 2, " in err and f"failed {plain}:2: line 2: contains NUL bytes" in err


BAD_CHARREF_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Desk</title>
<item><title>Good one</title><link>http://example.invalid/1</link>
<description>Troops withdrew from the border on Monday.</description></item>
<item><title>Bad &#x110000; one</title><link>http://example.invalid/2</link>
<description>Talks &#x110000; resumed &#1114112; in Geneva &#xD800; on Tuesday.</description></item>
<item><title>Third</title><link>http://example.invalid/3</link><description>Officials met in Oslo.</description></item>
</channel></rss>
"""


def test_feed_with_out_of_range_character_reference(tmp_path: Path) -> None:
    """Item 4: '&#x110000;' made feedparser fail ('internal error ... report this as a bug') and
    every entry was lost. Bad references become U+FFFD; every entry is kept."""
    f = tmp_path / "feed.xml"
    f.write_text(BAD_CHARREF_FEED, encoding="utf-8")
    items = list(iter_items([str(f)], Settings()))
    assert all(isinstance(i, RawItem) for i in items), items
    assert [i.title for i in items if isinstance(i, RawItem)] == ["Good one", "Bad \ufffd one", "Third"]
    assert items[1].content == "Talks \ufffd resumed \ufffd in Geneva \ufffd on Tuesday."  # type: ignore[union-attr]
    code, _, err = _ingest(str(f), "--db", str(tmp_path / "s.db"))
    assert code == 0 and "ingested 3, " in err


def test_gzip_bomb_message_names_the_limit(tmp_path: Path) -> None:
    """Item 17: the message said the bomb was "20,000,001 bytes", understating it; decompression
    stops at the limit, so say that it is more than the 20 MB limit."""
    import gzip

    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"Talks. " * 4_000_000, compresslevel=9))  # 28 MB unpacked
    [f] = list(iter_items([str(bomb)], Settings()))
    assert isinstance(f, Failure) and f.kind == "TooLarge"
    assert f.why == "it unpacks to more than the 20 MB limit (max_bytes)"
    assert "20,000,001" not in f.line()


def test_symlink_that_leaves_the_folder(tmp_path: Path) -> None:
    """Item 15: a .txt symlink to /etc/passwd inside an ingested folder was stored."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "linked_dir").symlink_to(secret.parent, target_is_directory=True)
    (folder / "sub" / "b.txt").write_text("China accused Japan of provoking a crisis.\n", encoding="utf-8")
    (folder / "same.txt").symlink_to(folder / "sub" / "b.txt")  # stays inside: read
    items = list(iter_items([str(folder)], Settings()))
    assert sorted(i.origin for i in items if isinstance(i, RawItem)) == [
        f"{folder}/a.txt", f"{folder}/same.txt", f"{folder}/sub/b.txt"]
    [f] = [i for i in items if isinstance(i, Failure)]
    assert (f.origin, f.what) == (f"{folder}/leak.txt", "not read")
    assert f.why == f"a symbolic link to {secret}, outside {folder}" and "--follow-symlinks" in f.todo
    db = tmp_path / "s.db"
    code, _, err = _ingest(str(folder), "--db", str(db))
    assert code == 1 and "ingested 2, " in err  # same.txt is b.txt again
    with Store(db) as store:
        assert not any("root:x" in (d["title"] or "") for d in store.list_documents())
    code, _, err = _ingest(str(folder), "--follow-symlinks", "--db", str(tmp_path / "t.db"))
    assert code == 0 and "ingested 3, " in err


def test_control_characters_in_some_jsonl_lines(tmp_path: Path) -> None:
    """Lines of escape and control characters fail one by one; the good lines around them are read
    (the whole-file check for binary data would have refused the file)."""
    path = tmp_path / "d.jsonl"
    path.write_text('\x1f\x1b' * 8 + '\n{"id": "a", "text": "first report"}\n' + '\x1b' * 8
                    + '\n{"id": "b", "text": "second"}\n', encoding="utf-8")
    items = list(iter_items([str(path)], Settings()))
    assert [i.item_id for i in items if isinstance(i, RawItem)] == ["a", "b"]
    assert sum(isinstance(i, Failure) for i in items) == 2
