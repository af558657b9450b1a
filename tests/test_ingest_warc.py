"""WARC archives written here with warcio's WARCWriter, whole and cut short."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.config import Settings
from eventwire.ingest import iter_items
from eventwire.model import Failure, RawItem

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_text(encoding="utf-8")
UNDATED = ARTICLE.replace('<meta property="article:published_time" content="2024-03-05T08:15:00Z">', "")
PAGES = [
    ("https://a.example/one", ARTICLE.replace("Ankara", "Baku"), "text/html; charset=utf-8", "200 OK"),
    ("https://a.example/logo.png", "\x89PNG", "image/png", "200 OK"),
    ("https://a.example/old", "<html><body>moved</body></html>", "text/html", "301 Moved Permanently"),
    ("https://a.example/two", UNDATED.replace("Ankara", "Tbilisi"), "text/html", "200 OK"),
    ("https://a.example/three", ARTICLE.replace("Ankara", "Yerevan"), "text/html", "200 OK"),
]


def write_warc(path: Path, gzip: bool) -> list[int]:
    """The archive, and the offset where each record ends."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    ends = []
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
    for uri, body, ctype, status in PAGES:
        writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")),
                                           http_headers=headers)
        record.rec_headers.replace_header("WARC-Date", "2024-04-01T12:00:00Z")
        writer.write_record(record)
        ends.append(buf.tell())
    path.write_bytes(buf.getvalue())
    return ends


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    write_warc(p, gzip=name.endswith(".gz"))
    got = list(iter_items([str(p)], Settings()))
    assert all(isinstance(i, RawItem) for i in got), got
    one, two, three = got
    assert [i.origin for i in got] == [f"{p}#https://a.example/{n}" for n in ("one", "two", "three")]
    assert one.url == "https://a.example/one" and "talks in Baku" in (one.title or "")
    assert "reopen a shipping corridor" in one.content
    assert (one.published, one.published_how) == ("2024-03-05", "html")  # the page's date wins
    assert (two.published, two.published_how) == ("2024-04-01T12:00:00Z", "warc")  # else the capture date
    assert three.extra["warc_record_id"].startswith("<urn:uuid:")


@pytest.mark.parametrize("gzip", [False, True])
def test_truncated_warc_keeps_records_before_the_cut(tmp_path: Path, gzip: bool) -> None:
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, gzip=gzip)
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    data = whole.read_bytes()
    cut.write_bytes(data[: ends[3] + (ends[4] - ends[3]) // 2])  # in the middle of the last page
    after = tmp_path / "after.txt"
    after.write_text("The next input is still read.")
    got = list(iter_items([str(cut), str(after)], Settings()))
    assert [i.origin for i in got if isinstance(i, RawItem)] == [
        f"{cut}#https://a.example/one", f"{cut}#https://a.example/two", str(after)]
    (failure,) = [i for i in got if isinstance(i, Failure)]
    assert failure.kind == "TruncatedInput" and failure.origin == str(cut)
    assert failure.what == "truncated WARC archive" and "before the cut were read" in failure.todo


def test_warc_record_without_article_is_a_failure_and_others_go_on(tmp_path: Path) -> None:
    PAGES.insert(1, ("https://a.example/empty", "<html><body><nav>Home</nav></body></html>", "text/html", "200 OK"))
    try:
        p = tmp_path / "mixed.warc.gz"
        write_warc(p, gzip=True)
    finally:
        PAGES.pop(1)
    got = list(iter_items([str(p)], Settings()))
    assert [type(i).__name__ for i in got] == ["RawItem", "Failure", "RawItem", "RawItem"]
    assert got[1].origin == f"{p}#https://a.example/empty" and got[1].kind == "NoArticleText"  # type: ignore[union-attr]


def test_large_archive_streams_with_a_per_record_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.warc"
    write_warc(p, gzip=False)
    assert p.stat().st_size > 6000
    got = list(iter_items([str(p)], Settings(max_bytes=6000)))
    # the archive is larger than max_bytes, but every page in it is smaller: all are read
    assert len(got) == 3 and all(isinstance(i, RawItem) for i in got), got


def test_not_a_warc(tmp_path: Path) -> None:
    p = tmp_path / "fake.warc"
    p.write_text("this is not an archive at all, just words\n" * 5)
    (failure,) = list(iter_items([str(p)], Settings()))
    assert isinstance(failure, Failure) and failure.kind == "MalformedInput"
