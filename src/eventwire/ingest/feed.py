"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``, or sniffed), via feedparser.

One item per entry: the entry's content (else its summary) as text, ``link`` -> ``url``,
``published`` (else ``updated``) as ISO 8601 UTC (``published_how="feed"``), the feed's title ->
``source``, the entry's author -> ``byline``. With ``settings.follow_links`` each entry's page is
fetched and its article used instead, the entry filling what the page lacks; when the fetch fails
the Failure is reported and the entry's own text is used if it has any.

A feed that cannot be parsed and has no entries is ``MalformedInput``; a well-formed feed without
entries is ``EmptyInput``. An entry with no text (and nothing followed) is a ``NoArticleText``
Failure while the other entries go on.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from typing import Any

from ..config import Settings
from ..errors import EmptyInput, InputError, MalformedInput, NoArticleText
from ..model import RawItem
from . import html as html_reader
from ._bytes import Blob, decode_text, looks_like_feed, looks_like_html, normalize_newlines
from ._htmltext import html_to_text
from .base import Item, Reader, failure
from .web import fetch, is_url


def iso_time(parsed: time.struct_time | None) -> str | None:
    """feedparser's UTC struct_time as ISO 8601 (``2024-11-04T09:30:00Z``)."""
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)


def _detail_text(value: str, detail: Any) -> str:
    kind = (detail or {}).get("type", "text/html") if isinstance(detail, dict) else "text/html"
    return normalize_newlines(value).strip() if kind == "text/plain" else html_to_text(value)


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        text = _detail_text(content.get("value", ""), content)
        if text:
            return text
    return _detail_text(entry.get("summary", ""), entry.get("summary_detail"))


def _follow(link: str, origin: str, settings: Settings) -> RawItem:
    blob = fetch(link, settings)
    if blob.content_type in html_reader.READER.mime_types or looks_like_html(blob.data):
        page, encoding = html_reader.decode_html(blob)
        return html_reader.article_item(page, origin, url=blob.url, encoding=encoding)
    text, encoding = decode_text(blob.data, blob.charset)
    return RawItem(origin=origin, content=normalize_newlines(text), url=blob.url, extra={"encoding": encoding})


def _entries(parsed: Any, blob: Blob, settings: Settings) -> Iterator[Item]:
    source = _detail_text(parsed.feed.get("title", ""), parsed.feed.get("title_detail")) or None
    for i, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        origin = f"{blob.origin}#{link}" if link else f"{blob.origin}#entry-{i}"
        title = _detail_text(entry.get("title", ""), entry.get("title_detail")) or None
        published = iso_time(entry.get("published_parsed") or entry.get("updated_parsed"))
        text = _entry_text(entry)
        meta = {"title": title, "url": link, "published": published, "published_how": "feed" if published else None,
                "source": source, "byline": entry.get("author") or None}
        extra = {"feed_entry": i, **({"guid": entry["id"]} if entry.get("id") else {})}
        if settings.follow_links and link and is_url(link):
            try:
                page = _follow(link, origin, settings)
            except InputError as exc:
                yield failure(origin, exc)
            else:
                for key, value in meta.items():
                    if getattr(page, key) is None:
                        setattr(page, key, value)
                if page.published_how is None and page.published:
                    page.published_how = "feed"
                page.extra.update(extra, followed=True, feed_summary=text or None)
                yield page
                continue
        if not text:
            yield failure(origin, NoArticleText(
                "feed entry has no text", "neither content nor summary",
                "use --follow (follow_links) to fetch the linked page" if link else "skip this entry",
            ))
            continue
        yield RawItem(origin=origin, content=text, content_type="text", extra=extra, **meta)


_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{1,16})|0*([0-9]{1,20}));?")


def _charref(m: re.Match[bytes]) -> bytes:
    code = int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))
    bad = code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF
    return b"&#xFFFD;" if bad else m.group(0)


def replace_bad_charrefs(data: bytes) -> bytes:
    """Character references to no character (``&#x110000;``, a surrogate, NUL) become U+FFFD:
    feedparser fails on the whole feed for one of them."""
    return _CHARREF.sub(_charref, data)


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    import feedparser

    # a stream, never a string: feedparser would treat a string as a URL or a file name
    headers = {"content-location": blob.url, "content-type": "application/xml"} if blob.url else None
    parsed = feedparser.parse(io.BytesIO(replace_bad_charrefs(blob.data)), response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise MalformedInput("malformed feed", f"{parsed.get('bozo_exception')}".strip() or "cannot be parsed",
                                 "check that the file is an RSS or Atom feed")
        raise EmptyInput("feed has no entries", "it parsed, but lists no items", "check the feed's URL")
    yield from _entries(parsed, blob, settings)


READER = Reader(
    name="feed",
    extensions=(".rss", ".atom", ".xml", ".rdf"),
    mime_types=("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                "text/xml"),
    sniff=looks_like_feed,
    read=read,
)
