"""URLs and feeds against a real HTTP server on 127.0.0.1 (started here, never the internet)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from eventwire.config import Settings
from eventwire.ingest import iter_items
from eventwire.model import Failure, RawItem

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_bytes()
STORY = ARTICLE.replace(b"Ankara", b"Izmir").replace(b"grain corridor", b"fishing quota")

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local Desk</title>
<item><title>Quota deal</title><link>{base}/story/1</link><pubDate>Wed, 06 Mar 2024 07:00:00 GMT</pubDate>
<description>Short summary of the quota deal.</description></item>
<item><title>Gone story</title><link>{base}/gone</link>
<description>Summary of a story whose page has gone.</description></item>
</channel></rss>
"""


class Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"  # type: ignore[str-bytes-safe]
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE, "text/html; charset=utf-8")
        elif path == "/story/1":
            self._send(200, STORY, "text/html")
        elif path == "/feed":
            self._send(200, FEED.format(base=base).encode(), "application/rss+xml")
        elif path == "/plain":
            self._send(200, "Officials said the talks had ended.\r\n".encode("cp1252"), "text/plain; charset=cp1252")
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/data/docs.jsonl":
            body = b'{"id": "w1", "text": "Troops withdrew."}\n{"id": "w2", "text": "Talks resumed."}\n'
            self._send(200, body, "application/octet-stream")
        elif path == "/error":
            self._send(500, b"boom", "text/plain")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, ARTICLE, "text/html")
        elif path == "/big":
            self._send(200, b"x" * 50_000, "text/plain")
        elif path == "/big-unannounced":
            self._send(200, b"word " * 10_000, "text/plain", length=False)
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch_all(urls: list[str], **settings: object) -> list[RawItem | Failure]:
    """The server is on 127.0.0.1, which is refused unless private addresses are allowed."""
    return list(iter_items(urls, Settings().with_(allow_private=True, **settings)))


def test_html_page(server: str) -> None:
    Handler.seen_agents.clear()
    (item,) = fetch_all([f"{server}/article"], user_agent="eventwire-test/1")
    assert isinstance(item, RawItem)
    assert item.origin == f"{server}/article" and item.url == f"{server}/article"
    assert item.title == "Ministers agree on grain corridor after talks in Ankara"
    assert "reopen a shipping corridor" in item.content and "Subscribe now" not in item.content
    assert Handler.seen_agents == ["eventwire-test/1"]


def test_redirect_is_followed(server: str) -> None:
    (item,) = fetch_all([f"{server}/moved"])
    assert isinstance(item, RawItem) and item.url == f"{server}/article"


def test_plain_text_with_declared_charset(server: str) -> None:
    (item,) = fetch_all([f"{server}/plain"])
    assert isinstance(item, RawItem) and item.content == "Officials said the talks had ended.\n"


def test_feed_by_content_type(server: str) -> None:
    got = fetch_all([f"{server}/feed"])
    assert [i.title for i in got if isinstance(i, RawItem)] == ["Quota deal", "Gone story"]
    assert got[0].content == "Short summary of the quota deal."  # type: ignore[union-attr]


def test_feed_follow_links(server: str) -> None:
    got = fetch_all([f"{server}/feed"], follow_links=True)
    followed, failure, fallback = got
    assert isinstance(followed, RawItem) and isinstance(fallback, RawItem)
    # the page's article replaces the summary; the feed fills what the page lacks
    assert "reopen a shipping corridor" in followed.content and "quota deal" not in followed.content
    assert followed.title == "Ministers agree on fishing quota after talks in Izmir"
    assert followed.extra["followed"] is True and followed.url == f"{server}/story/1"
    assert (followed.published, followed.published_how) == ("2024-03-05", "html")
    # the page that has gone: its Failure is reported, then the feed's own summary is used
    assert isinstance(failure, Failure) and failure.kind == "FetchError" and "HTTP 404" in failure.why
    assert failure.origin == f"{server}/feed#{server}/gone"
    assert fallback.content == "Summary of a story whose page has gone."


@pytest.mark.parametrize(("path", "status"), [("/missing", "HTTP 404 Not Found"),
                                              ("/error", "HTTP 500 Internal Server Error")])
def test_http_errors(server: str, path: str, status: str) -> None:
    got = fetch_all([f"{server}{path}", f"{server}/plain"])
    failure, ok = got
    assert isinstance(failure, Failure) and isinstance(ok, RawItem)
    assert failure.kind == "FetchError" and failure.why == status
    assert failure.what == f"cannot fetch {server}{path}"


def test_timeout(server: str) -> None:
    start = time.monotonic()
    failure, ok = fetch_all([f"{server}/slow", f"{server}/plain"], http_timeout=0.5)
    assert time.monotonic() - start < 1.9
    assert isinstance(failure, Failure) and isinstance(ok, RawItem)
    assert failure.kind == "FetchError" and failure.why.startswith("timed out after 0.5 s")
    assert "http_timeout" in failure.todo


def test_connection_refused(server: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    failure, ok = fetch_all([f"http://127.0.0.1:{port}/x", f"{server}/plain"])
    assert isinstance(failure, Failure) and isinstance(ok, RawItem)
    assert failure.kind == "FetchError" and failure.why.startswith("cannot connect")


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_oversized_body(server: str, path: str) -> None:
    failure, ok = fetch_all([f"{server}{path}", f"{server}/plain"], max_bytes=10_000)
    assert isinstance(failure, Failure) and isinstance(ok, RawItem)
    assert failure.kind == "TooLarge" and "10,000" in failure.why


def test_generic_mime_type_falls_back_to_the_url_name(server: str) -> None:
    got = fetch_all([f"{server}/data/docs.jsonl"])
    assert [(i.origin, i.item_id) for i in got if isinstance(i, RawItem)] == [
        (f"{server}/data/docs.jsonl:1", "w1"), (f"{server}/data/docs.jsonl:2", "w2")]
