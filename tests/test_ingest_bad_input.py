"""Bad input is data, not a crash: each case yields one Failure with its kind and a one-line
message (what, why, what to do), and the rest of the batch still yields its items."""

from __future__ import annotations

import gzip
import json
import os
import struct
import zlib
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.ingest import iter_items
from eventwire.model import Failure, RawItem

GOOD = "Negotiators met in Doha on Friday and agreed to continue the talks next week."


def run_batch(bad: Path, tmp_path: Path, settings: Settings | None = None) -> Failure:
    """Read [good, bad, good]: the bad one gives exactly one Failure, both good ones their item."""
    before, after = tmp_path / "before.txt", tmp_path / "zz_after.txt"
    before.write_text(GOOD)
    after.write_text(GOOD.replace("Doha", "Oslo"))
    got = list(iter_items([str(before), str(bad), str(after)], settings or Settings()))
    assert [i.origin for i in got if isinstance(i, RawItem)] == [str(before), str(after)], got
    failures = [i for i in got if isinstance(i, Failure)]
    assert len(failures) == 1, got
    f = failures[0]
    assert f.origin == str(bad)
    assert f.what and f.why and f.todo and "\n" not in f.line()
    return f


def test_missing_file(tmp_path: Path) -> None:
    f = run_batch(tmp_path / "nope.txt", tmp_path)
    assert (f.kind, f.what, f.why) == ("InputError", "cannot read file", "no such file or folder")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(GOOD)
    p.chmod(0)
    f = run_batch(p, tmp_path)
    assert (f.kind, f.why) == ("InputError", "permission denied")


def test_unreadable_file_via_a_folder_in_its_place(tmp_path: Path) -> None:
    # runs as root too: a path that names something other than a regular file
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    f = run_batch(fifo, tmp_path)
    assert f.kind == "InputError" and f.why == "not a regular file"


@pytest.mark.parametrize(("data", "why"), [(b"", "0 bytes"), (b"  \n\t\r\n ", "whitespace only")])
def test_empty(tmp_path: Path, data: bytes, why: str) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(data)
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what, f.why) == ("EmptyInput", "empty input", why)


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def test_binary_png_with_a_text_name(tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(_png())
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what, f.why) == ("BinaryInput", "not a text file", "looks like a PNG image")
    assert ".txt" in f.todo


def test_binary_nul_bytes(tmp_path: Path) -> None:
    p = tmp_path / "blob.html"
    p.write_bytes(b"<html>" + bytes(range(0, 40)) * 20)
    f = run_batch(p, tmp_path)
    assert f.kind == "BinaryInput" and "NUL bytes" in f.why


def test_binary_control_characters(tmp_path: Path) -> None:
    p = tmp_path / "ctl.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 0x0E, 0x1B]) * 20 + b" some words")
    f = run_batch(p, tmp_path)
    assert f.kind == "BinaryInput" and "control characters" in f.why


def test_undecodable(tmp_path: Path) -> None:
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 8)
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what) == ("DecodeError", "cannot decode text")
    assert "not UTF-8" in f.why and "UTF-8" in f.todo


def test_bad_bytes_after_a_utf16_mark(tmp_path: Path) -> None:
    p = tmp_path / "half.txt"
    p.write_bytes(b"\xff\xfe" + "Talks".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    f = run_batch(p, tmp_path)
    assert f.kind == "DecodeError" and "byte-order mark" in f.why


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(GOOD * 40)
    f = run_batch(p, tmp_path, Settings(max_bytes=1000))
    assert f.kind == "TooLarge" and "over the 1,000-byte limit" in f.why and "max_bytes" in f.todo


def test_size_limit_boundary(tmp_path: Path) -> None:
    p = tmp_path / "exact.txt"
    p.write_text(GOOD)
    (ok,) = list(iter_items([str(p)], Settings(max_bytes=len(GOOD))))
    assert isinstance(ok, RawItem) and ok.content == GOOD
    (over,) = list(iter_items([str(p)], Settings(max_bytes=len(GOOD) - 1)))
    assert isinstance(over, Failure) and over.kind == "TooLarge"


def test_gzip_bomb_is_too_large(tmp_path: Path) -> None:
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a " * 50_000))
    f = run_batch(p, tmp_path, Settings(max_bytes=10_000))
    assert f.kind == "TooLarge"


def test_truncated_gzip(tmp_path: Path) -> None:
    p = tmp_path / "cut.txt.gz"
    whole = gzip.compress((GOOD + "\n").encode() * 50)
    p.write_bytes(whole[: len(whole) // 2])
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what) == ("TruncatedInput", "truncated gzip file")


def test_corrupt_gzip(tmp_path: Path) -> None:
    p = tmp_path / "corrupt.txt.gz"
    whole = bytearray(gzip.compress((GOOD + "\n").encode() * 50))
    whole[20:40] = b"\xff" * 20
    p.write_bytes(bytes(whole))
    f = run_batch(p, tmp_path)
    assert f.kind in ("MalformedInput", "TruncatedInput") and "gzip" in f.what


def test_html_without_article_text(tmp_path: Path) -> None:
    p = tmp_path / "nav.html"
    p.write_text("<html><head><title>Index</title></head><body><nav><a href='/a'>A</a> <a href='/b'>B</a>"
                 "</nav><script>render()</script></body></html>")
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what) == ("NoArticleText", "no article text in the HTML page")


def test_malformed_feed(tmp_path: Path) -> None:
    p = tmp_path / "broken.xml"
    p.write_text("<?xml version='1.0'?><rss><channel><title>Broken & <item><title>x</title></chan")
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what) == ("MalformedInput", "malformed feed")


def test_feed_without_entries(tmp_path: Path) -> None:
    p = tmp_path / "quiet.rss"
    p.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>")
    f = run_batch(p, tmp_path)
    assert (f.kind, f.what) == ("EmptyInput", "feed has no entries")


def test_jsonl_bad_lines_name_their_line_and_others_go_on(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Police arrested 12 protesters."}),
        '{"id": "broken", "text": "no closing brace"',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nofield", "body": "wrong key"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "num", "text": 42}),
        json.dumps({"id": "ok2", "text": "The army denied the report."}),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    got = list(iter_items([str(p)], Settings()))
    assert [i.item_id for i in got if isinstance(i, RawItem)] == ["ok1", "ok2"]
    failures = {f.origin: f for f in got if isinstance(f, Failure)}
    assert sorted(failures) == [f"{p}:{n}" for n in (2, 3, 4, 5, 6)]
    assert failures[f"{p}:2"].kind == "MalformedInput" and failures[f"{p}:2"].what == "line 2: invalid JSON"
    assert failures[f"{p}:3"].what == "line 3: not a JSON object"
    assert failures[f"{p}:4"].what == 'line 4: no "text" or "html" field' and "body" in failures[f"{p}:4"].why
    assert failures[f"{p}:5"].kind == "EmptyInput"
    assert failures[f"{p}:6"].what == 'line 6: "text" is not a string'
