"""Issue 12, fetching safely: non-public addresses refused unless allowed, and an overall deadline
per download. A real HTTP server on 127.0.0.1 (started here, never the internet)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.ingest import iter_items
from eventwire.model import Failure, RawItem

PAGE = b"Officials said the talks had ended on Monday.\n"


class Handler(BaseHTTPRequestHandler):
    paths: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Handler.paths.append(self.path)
        if self.path.startswith("/drip"):  # headers at once, then one byte every 0.2 s
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "60")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(60):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _one(url: str, **settings: object) -> RawItem | Failure:
    [item] = list(iter_items([url], Settings().with_(**settings)))
    return item


def test_private_addresses_are_refused_before_connecting(server: str) -> None:
    """Item 14: URLs to loopback, link-local and private addresses were fetched without a word."""
    port = server.rsplit(":", 1)[1]
    Handler.paths.clear()
    cases = {
        f"{server}/page": "127.0.0.1 is a loopback address",
        f"http://localhost:{port}/page": "localhost resolves to ",
        f"http://[::ffff:127.0.0.1]:{port}/page": "::ffff:127.0.0.1 is a loopback address",
        "http://169.254.169.254/latest/meta-data/": "169.254.169.254 is a link-local address",
        "http://10.1.2.3/": "10.1.2.3 is a private address",
        "http://0.0.0.0/": "0.0.0.0 is a ",
    }
    for url, why in cases.items():
        f = _one(url)
        assert isinstance(f, Failure) and f.kind == "FetchError", url
        assert f.what == f"refused to fetch {url}" and f.why.startswith(why), f.why
        assert "--allow-private" in f.todo
    assert Handler.paths == []  # nothing reached the server
    ok = _one(f"{server}/page", allow_private=True)
    assert isinstance(ok, RawItem) and ok.content == PAGE.decode()


def test_feed_links_to_private_addresses_are_not_followed(server: str, tmp_path: Path) -> None:
    """Item 14: --follow followed feed links to private addresses."""
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Talks</title><link>{server}/story</link><description>Talks ended on Monday.</description></item>
<item><title>Meta</title><link>http://169.254.169.254/latest/</link><description>Ships left.</description></item>
</channel></rss>""", encoding="utf-8")
    Handler.paths.clear()
    got = list(iter_items([str(feed)], Settings(follow_links=True)))
    refused = [i for i in got if isinstance(i, Failure)]
    assert [f.what for f in refused] == [f"refused to fetch {server}/story",
                                         "refused to fetch http://169.254.169.254/latest/"]
    assert [i.content for i in got if isinstance(i, RawItem)] == ["Talks ended on Monday.", "Ships left."]
    assert Handler.paths == []
    got = list(iter_items([str(feed)], Settings(follow_links=True, allow_private=True)))
    followed = next(i for i in got if isinstance(i, RawItem) and i.url == f"{server}/story")
    assert followed.content == PAGE.decode()


def test_ingest_allow_private_option(server: str, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    r = CliRunner().invoke(cli, ["ingest", "--no-nlp", f"{server}/page", "--db", db])
    assert r.exit_code == 1 and "refused to fetch" in r.stderr and "127.0.0.1 is a loopback address" in r.stderr
    r = CliRunner().invoke(cli, ["ingest", "--no-nlp", "--allow-private", f"{server}/page", "--db", db])
    assert r.exit_code == 0 and "ingested 1, " in r.stderr


def test_what_counts_as_public() -> None:
    from eventwire.ingest.web import non_public

    assert non_public("169.254.169.254") == "169.254.169.254 is a link-local address"
    assert non_public("fe80::1%eth0") == "fe80::1%eth0 is a link-local address"
    assert non_public("192.168.1.10") == "192.168.1.10 is a private address"
    assert non_public("100.64.0.1") == "100.64.0.1 is not a public address"  # carrier-grade NAT
    assert non_public("93.184.216.34") is None
    assert non_public("2606:2800:220:1:248:1893:25c8:1946") is None


def test_slow_drip_meets_the_overall_deadline(server: str) -> None:
    """Item 16: a server sending one byte at a time held a fetch far past its timeout: no single
    wait is long, so only an overall deadline ends it."""
    start = time.monotonic()
    f = _one(f"{server}/drip", allow_private=True, http_timeout=5.0, http_deadline=1.0)
    took = time.monotonic() - start
    assert isinstance(f, Failure) and f.kind == "FetchError", f
    assert f.why == "the download took more than 1 s in all (http_deadline)"
    assert "http_deadline" in f.todo
    assert took < 3.0
