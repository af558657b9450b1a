"""JSON Lines (``.jsonl``, ``.jsonl.gz``, or stdin starting with ``{``): one document per line.

Each line is an object with ``text`` (plain text) or ``html`` (a page, through the HTML reader),
and optionally ``id`` (-> ``item_id``), ``title``, ``url``, ``published`` (or ``date``), ``source``,
``byline`` (or ``author``); other keys are kept in ``extra``. Blank lines are skipped. A bad line
(invalid JSON, not an object, no text) is a Failure whose origin names the line (``file.jsonl:7``)
and the other lines go on. Values given on the line win over what the HTML says.

A ``.json`` file (or stdin) holding one object, or an array of objects, over several lines is
read as that document (or those documents; origins ``file.json#3``).

Files on disk stream line by line (a corpus may be far larger than ``max_bytes``, which then
limits each line); a truncated ``.jsonl.gz`` keeps the lines before the cut, then fails.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from typing import Any, Protocol

from ..config import Settings
from ..errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge, TruncatedInput
from ..model import RawItem
from ._bytes import (
    GZIP_MAGIC,
    Blob,
    bom_encoding,
    decode_text,
    has_nul,
    looks_like_jsonl,
    normalize_newlines,
    utf16_without_bom,
)
from .base import Item, Reader, failure
from .dates import parse_date
from .html import article_item

_KNOWN = frozenset({"text", "html", "id", "title", "url", "published", "date", "source", "byline", "author"})
_REMEDY = "fix that line (one JSON object per line, with a \"text\" or \"html\" field)"


def _str(obj: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = obj.get(key)
        if value is not None and value != "":
            return str(value)
    return None


def _item(obj: Any, n: int, origin: str) -> RawItem:
    if not isinstance(obj, dict):
        raise MalformedInput(f"line {n}: not a JSON object", f"it is a JSON {type(obj).__name__}", _REMEDY)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        keys = ", ".join(sorted(obj)) or "none"
        raise MalformedInput(f"line {n}: no \"text\" or \"html\" field", f"its keys are: {keys}", _REMEDY)
    body = text if text is not None else html
    if not isinstance(body, str):
        raise MalformedInput(f"line {n}: \"{'text' if text is not None else 'html'}\" is not a string",
                             f"it is a JSON {type(body).__name__}", _REMEDY)
    if not body.strip():
        raise EmptyInput(f"line {n}: empty document", "its text is empty", "remove the line or fill it")
    url = _str(obj, "url")
    if text is not None:
        item = RawItem(origin=origin, content=normalize_newlines(body), content_type="text")
    else:
        item = article_item(body, origin, url=url)
    fields: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("title", ("title",)), ("url", ("url",)), ("source", ("source",)), ("byline", ("byline", "author")),
    )
    for field, names in fields:
        value = _str(obj, *names)
        if value is not None:
            setattr(item, field, value)
    published = _str(obj, "published", "date")
    if published is not None:
        try:
            item.published, item.published_how = parse_date(published), "jsonl"
        except ValueError as exc:
            raise MalformedInput(f"line {n}: bad date", str(exc), "fix or remove the date on that line") from None
    item.item_id = _str(obj, "id")
    item.extra.update({k: v for k, v in obj.items() if k not in _KNOWN}, jsonl_line=n)
    return item


class _LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(obj: Any) -> Any:
    """JSON may escape half a character (``"\\ud800"``), which no UTF-8 file or store can hold:
    each becomes U+FFFD."""
    if isinstance(obj, str):
        return _LONE_SURROGATE.sub("\ufffd", obj)
    if isinstance(obj, list):
        return [_no_surrogates(v) for v in obj]
    if isinstance(obj, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in obj.items()}
    return obj


def _loads(text: str) -> Any:
    return _no_surrogates(json.loads(text))


def _parse(line: str, n: int, origin: str) -> Item:
    try:
        obj = _loads(line)
    except json.JSONDecodeError as exc:
        return failure(origin, MalformedInput(f"line {n}: invalid JSON", f"{exc.msg} at column {exc.colno}", _REMEDY))
    try:
        return _item(obj, n, origin)
    except InputError as exc:
        return failure(origin, exc)


def _decode_line(raw: bytes, n: int) -> str:
    """JSON Lines are UTF-8; a line that is not is read by the general decoding policy."""
    if n == 1:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw)[0]


def _byte_lines(stream: _LineReader, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than ``limit`` (skipped)."""
    n = 0
    while raw := stream.readline(limit + 1):
        n += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            yield n, None
        else:
            yield n, raw


def _stream_items(stream: _LineReader, blob: Blob, settings: Settings) -> Iterator[Item]:
    seen = False
    try:
        for n, raw in _byte_lines(stream, settings.max_bytes):
            origin = f"{blob.origin}:{n}"
            if raw is None:
                seen = True
                yield failure(origin, TooLarge(f"line {n}: too large", f"over {settings.max_bytes:,} bytes (max_bytes)",
                                               "split the document, or raise max_bytes in eventwire.toml"))
                continue
            if not raw.strip():
                continue
            seen = True
            if b"\x00" in raw:
                yield failure(origin, BinaryInput(f"line {n}: contains NUL bytes", "binary data, not JSON text",
                                                  _REMEDY))
                continue
            try:
                line = _decode_line(raw, n)
            except InputError as exc:
                yield failure(origin, exc)
                continue
            yield _parse(normalize_newlines(line).rstrip("\n"), n, origin)
    except EOFError as exc:
        raise TruncatedInput("truncated gzip file", "the compressed data ends early",
                             "the lines before the cut were read; download or copy the file again") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise MalformedInput("corrupt gzip file", str(exc), "download or copy the file again") from exc
    if not seen:
        raise EmptyInput("empty input", "no lines with text", "pass a file with one JSON object per line")


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    """Lines are read one at a time: a file on disk (``blob.path``, gzipped or not) streams, with
    ``max_bytes`` applying to each line rather than to the file."""
    if blob.path is not None:
        with open(blob.path, "rb") as raw:
            compressed = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            stream: _LineReader = gzip.GzipFile(fileobj=raw) if compressed else raw
            yield from _stream_items(stream, blob, settings)
        return
    if has_nul(blob.data):  # not UTF-16/32: the lines with NUL bytes fail, one by one
        yield from _stream_items(io.BytesIO(blob.data), blob, settings)
        return
    try:
        text, _ = decode_text(blob.data, blob.charset)
    except BinaryInput:  # control characters on some lines: those lines fail, one by one
        yield from _stream_items(io.BytesIO(blob.data), blob, settings)
        return
    whole = _whole_json(text)
    if whole is not None:  # one JSON document (an object, or a list of them), however it is laid out
        docs = whole if isinstance(whole, list) else [whole]
        for i, obj in enumerate(docs, 1):
            origin = f"{blob.origin}#{i}" if isinstance(whole, list) else blob.origin
            try:
                yield _item(obj, i, origin)
            except InputError as exc:
                yield failure(origin, exc)
        return
    if bom_encoding(blob.data) in ("utf-16", "utf-32") or utf16_without_bom(blob.data):
        for n, line in enumerate(normalize_newlines(text).split("\n"), 1):
            if line.strip():
                yield _parse(line, n, f"{blob.origin}:{n}")
        return
    yield from _stream_items(io.BytesIO(blob.data), blob, settings)


def _whole_json(text: str) -> Any:
    """The parsed document when ``text`` is one JSON object or array spread over several lines."""
    body = text.strip()
    if "\n" not in body or not body.startswith(("{", "[")):
        return None
    try:
        return _loads(body)
    except json.JSONDecodeError:
        return None


def streams(head: bytes) -> bool:
    """True when a JSONL file starting with ``head`` can be read line by line from disk."""
    return not (bom_encoding(head) in ("utf-16", "utf-32") or utf16_without_bom(head))


READER = Reader(
    name="jsonl",
    extensions=(".jsonl", ".ndjson"),
    mime_types=("application/jsonl", "application/x-ndjson", "application/json-lines", "application/x-jsonlines"),
    sniff=looks_like_jsonl,
    read=read,
)
