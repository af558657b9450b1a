"""Web archives (``.warc``, ``.warc.gz``), via warcio.

HTML ``response`` records (HTTP 200, ``text/html``) and HTML ``resource`` records go through the
HTML reader; other records (requests, metadata, images, redirects) are skipped. Each item's
``origin`` is ``ARCHIVE#<WARC-Target-URI>`` and its ``url`` the target URI; ``WARC-Date`` (the
capture time) becomes ``published`` (``published_how="warc"``) only when the page gives no date.

Archives are streamed from disk, so ``max_bytes`` applies to each record, not to the archive. A
truncated archive keeps the records read before the cut, then yields a ``TruncatedInput`` Failure
(warcio itself reads a cut archive silently, so this module checks each record's length and that
the last gzip member is complete).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..config import Settings
from ..errors import InputError, MalformedInput, TooLarge, TruncatedInput
from ._bytes import GZIP_MAGIC, Blob, gunzip_head, looks_like_warc
from .base import Item, Reader, failure
from .html import article_item, decode_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REMEDY = "the records before the cut were read; download or copy the archive again"


def _truncated(where: str) -> TruncatedInput:
    return TruncatedInput("truncated WARC archive", f"it ends in the middle of {where}", _REMEDY)


def gzip_complete(stream: IO[bytes]) -> bool:
    """True when every gzip member in ``stream`` ends properly (the output is discarded)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    in_member = False
    while True:
        chunk = pending or stream.read(1 << 16)
        pending = b""
        if not chunk:
            return not in_member
        if not in_member:
            chunk = chunk.lstrip(b"\x00")
            if not chunk:
                continue
            if not chunk.startswith(GZIP_MAGIC[:len(chunk)]):
                return True  # trailing bytes that are not gzip: not our concern here
            d, in_member = zlib.decompressobj(16 + zlib.MAX_WBITS), True
        try:
            while chunk:
                d.decompress(chunk, 1 << 20)
                chunk = d.unconsumed_tail
        except zlib.error:
            return False
        if d.eof:
            in_member, pending = False, d.unused_data


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return (headers.get_header("Content-Type") or "") if headers is not None else ""


def _records(stream: IO[bytes], blob: Blob, settings: Settings) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.rec_type is None:
                raise _truncated("a record header")
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            origin = f"{blob.origin}#{uri or record.rec_headers.get_header('WARC-Record-ID')}"
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response" and (
                record.http_headers is None or record.http_headers.get_statuscode() != "200"
            ):
                continue
            mime, _, params = _content_type(record).partition(";")
            if mime.strip().lower() not in _HTML_TYPES:
                continue
            body = record.content_stream().read(settings.max_bytes + 1)
            if len(body) > settings.max_bytes:
                yield failure(origin, TooLarge("WARC record too large", f"over {settings.max_bytes:,} bytes",
                                               "raise max_bytes in eventwire.toml"))
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise _truncated(f"the record for {uri or 'a page'}")
            charset = params.partition("charset=")[2].strip().strip("\"'") or None
            page = Blob(origin=origin, data=body, name="", charset=charset, url=uri or None)
            warc_date = record.rec_headers.get_header("WARC-Date")
            try:
                html, encoding = decode_html(page)
                item = article_item(html, origin, url=uri or None, encoding=encoding)
            except InputError as exc:
                yield failure(origin, exc)
                continue
            if item.published is None and warc_date:
                item.published, item.published_how = warc_date, "warc"
            item.extra.update(warc_date=warc_date, warc_record_id=record.rec_headers.get_header("WARC-Record-ID"))
            yield item
    except (ArchiveLoadFailed, AttributeError, ValueError, EOFError, zlib.error) as exc:
        # warcio fails this way on a header cut short; anything else is a malformed archive
        if _cut_short(blob):
            raise _truncated("a record") from exc
        raise MalformedInput("malformed WARC archive", f"{type(exc).__name__}: {exc}",
                             "check that the file is a WARC archive") from exc
    if _cut_short(blob):
        raise _truncated("a compressed record")
    if records.err_count:
        raise MalformedInput("malformed WARC archive", f"{records.err_count} record(s) do not end where their "
                             "Content-Length says", "the other records were read; check the archive's writer")


def _open(blob: Blob) -> IO[bytes]:
    return open(blob.path, "rb") if blob.path else io.BytesIO(blob.data)


def _cut_short(blob: Blob) -> bool:
    with _open(blob) as stream:
        if stream.read(2) != GZIP_MAGIC:
            return False
        stream.seek(0)
        return not gzip_complete(stream)


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    head = gunzip_head(blob.data) if blob.data.startswith(GZIP_MAGIC) else blob.data[:16]
    if not head.startswith(b"WARC/"):
        raise MalformedInput("not a WARC archive", "it does not start with a WARC/1.x record header",
                             "pass a .warc or .warc.gz archive")
    with _open(blob) as stream:
        yield from _records(stream, blob, settings)


READER = Reader(
    name="warc",
    extensions=(".warc", ".warc.gz"),
    mime_types=("application/warc",),
    sniff=looks_like_warc,
    read=read,
)
