"""JSON Lines (``.jsonl``, ``.jsonl.gz``, or stdin starting with ``{``): one document per line.

Each line is an object with ``text`` (plain text) or ``html`` (a page, through the HTML reader),
and optionally ``id`` (-> ``item_id``), ``title``, ``url``, ``published`` (or ``date``), ``source``,
``byline`` (or ``author``); other keys are kept in ``extra``. Blank lines are skipped. A bad line
(invalid JSON, not an object, no text) is a Failure whose origin names the line (``file.jsonl:7``)
and the other lines go on. Values given on the line win over what the HTML says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..config import Settings
from ..errors import EmptyInput, InputError, MalformedInput
from ..model import RawItem
from ._bytes import Blob, decode_text, looks_like_jsonl, normalize_newlines
from .base import Item, Reader, failure
from .html import article_item

_KNOWN = {"text", "html", "id", "title", "url", "published", "date", "source", "byline", "author"}
_TODO = "fix that line (one JSON object per line, with a \"text\" or \"html\" field)"


def _str(obj: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = obj.get(key)
        if value is not None and value != "":
            return str(value)
    return None


def _item(obj: Any, n: int, origin: str) -> RawItem:
    if not isinstance(obj, dict):
        raise MalformedInput(f"line {n}: not a JSON object", f"it is a JSON {type(obj).__name__}", _TODO)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        keys = ", ".join(sorted(obj)) or "none"
        raise MalformedInput(f"line {n}: no \"text\" or \"html\" field", f"its keys are: {keys}", _TODO)
    body = text if text is not None else html
    if not isinstance(body, str):
        raise MalformedInput(f"line {n}: \"{'text' if text is not None else 'html'}\" is not a string",
                             f"it is a JSON {type(body).__name__}", _TODO)
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
        item.published, item.published_how = published, "jsonl"
    item.item_id = _str(obj, "id")
    item.extra.update({k: v for k, v in obj.items() if k not in _KNOWN}, jsonl_line=n)
    return item


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    text, _ = decode_text(blob.data, blob.charset)
    for n, line in enumerate(normalize_newlines(text).split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{blob.origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failure(origin, MalformedInput(f"line {n}: invalid JSON", f"{exc.msg} at column {exc.colno}", _TODO))
            continue
        try:
            yield _item(obj, n, origin)
        except InputError as exc:
            yield failure(origin, exc)


READER = Reader(
    name="jsonl",
    extensions=(".jsonl", ".ndjson"),
    mime_types=("application/jsonl", "application/x-ndjson", "application/json-lines", "application/x-jsonlines"),
    sniff=looks_like_jsonl,
    read=read,
)
