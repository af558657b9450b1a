"""Any bytes at all give items or Failures (never an exception, never an internal error); the
extraction benchmark's metric on hand-computed cases; stdin and WARC edge cases."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eval.extraction import match, scores
from eventwire.config import Settings
from eventwire.ingest import iter_items, read_blob
from eventwire.ingest._bytes import Blob, decode_text
from eventwire.model import Failure, RawItem

SETTINGS = Settings(max_bytes=100_000)
PREFIXES = [b"", b"WARC/1.1\r\n", b"\x1f\x8b\x08\x00", b"{", b"<?xml version='1.0'?><rss>", b"<html><body><p>",
            b"\xef\xbb\xbf", b"\xff\xfe"]
NAMES = ["", "x.txt", "x.html", "x.jsonl", "x.xml", "x.warc", "x.txt.gz", "x.warc.gz"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), name=st.sampled_from(NAMES))
def test_any_bytes_give_items_or_failures(prefix: bytes, body: bytes, name: str) -> None:
    for item in read_blob(Blob(origin="fuzz", data=prefix + body, name=name), SETTINGS):
        assert isinstance(item, RawItem | Failure)
        if isinstance(item, Failure):
            assert item.kind != "InternalError", item
            assert item.what and item.why and item.todo


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_round_trips_through_decoding(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    try:
        decoded, _ = decode_text(data)
    except Exception as exc:  # only input errors are allowed: control-heavy text is "binary"
        assert type(exc).__name__ in ("BinaryInput", "DecodeError"), exc
        return
    assert decoded == text.lstrip("\ufeff")  # a leading U+FEFF reads as a byte-order mark


# ---- the benchmark metric --------------------------------------------------------------------------


def test_metric_on_hand_computed_cases() -> None:
    truth = "a b c d e"  # shingles: (a b c d), (b c d e)
    assert match(truth, truth) == (1.0, 0.0, 0.0)
    assert match(truth, "a b c d") == (0.5, 0.0, 0.5)  # 1 TP, 1 FN
    assert match(truth, "a b c d e f") == (2 / 3, 1 / 3, 0.0)  # 2 TP, 1 FP
    assert match("", "") == (0.0, 0.0, 0.0)
    assert match("A b c d", "a b c d") == (0.0, 0.5, 0.5)  # case is kept, as in the benchmark
    assert match("x, y; z!", "x y z")[0] == 1.0  # punctuation is not a token
    got = scores([(0.5, 0.0, 0.5), (2 / 3, 1 / 3, 0.0)])
    assert got["precision"] == pytest.approx((1.0 + 2 / 3) / 2)
    assert got["recall"] == pytest.approx((0.5 + 1.0) / 2)
    assert got["f1"] == pytest.approx(2 * got["precision"] * got["recall"] / (got["precision"] + got["recall"]))


# ---- stdin and WARC edge cases ---------------------------------------------------------------------


def test_stdin_too_large_and_empty() -> None:
    (big,) = list(iter_items(["-"], Settings(max_bytes=100), stdin=io.BytesIO(b"word " * 100)))
    assert isinstance(big, Failure) and (big.kind, big.origin) == ("TooLarge", "stdin")
    (empty,) = list(iter_items(["-"], Settings(), stdin=io.BytesIO(b"")))
    assert isinstance(empty, Failure) and empty.kind == "EmptyInput"


def test_stdin_jsonl_lines_name_stdin() -> None:
    data = "\n".join(json.dumps({"id": i, "text": f"Story {i} about the border talks."}) for i in (1, 2))
    got = list(iter_items(["-"], Settings(), stdin=io.BytesIO(data.encode())))
    assert [(i.origin, i.item_id) for i in got if isinstance(i, RawItem)] == [("stdin:1", "1"), ("stdin:2", "2")]


def _two_record_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (Path(__file__).parent / "fixtures" / "ingest" / "article.html").read_bytes()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for uri in ("https://a.example/1", "https://a.example/2"):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_with_a_short_content_length(tmp_path: Path) -> None:
    data = _two_record_warc()
    length = re.search(rb"Content-Length: (\d+)", data)
    assert length is not None
    shorter = str(int(length.group(1)) - 4).encode()  # the last line of the page overruns
    p = tmp_path / "short.warc"
    p.write_bytes(data[: length.start(1)] + shorter + data[length.end(1):])
    got = list(iter_items([str(p)], Settings()))
    # both pages are read (the first a little short), then the archive is reported as malformed
    assert [i.url for i in got if isinstance(i, RawItem)] == ["https://a.example/1", "https://a.example/2"]
    assert isinstance(got[-1], Failure) and got[-1].kind == "MalformedInput" and "Content-Length" in got[-1].why


def test_warc_with_junk_between_records(tmp_path: Path) -> None:
    data = _two_record_warc()
    second = data.index(b"WARC/1", 10)
    p = tmp_path / "junk.warc"
    p.write_bytes(data[:second] + b"junk line\r\n" + data[second:])
    got = list(iter_items([str(p)], Settings()))
    assert [i.url for i in got if isinstance(i, RawItem)] == ["https://a.example/1"]
    assert isinstance(got[-1], Failure) and got[-1].kind == "MalformedInput" and "junk line" in got[-1].why
