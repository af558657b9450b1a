"""Plain text (``.txt`` and anything that is not markup): decoded, newlines normalised to LF.

Nothing else changes: repairs belong to ``clean/``. Decoding follows the policy in ``_bytes``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Settings
from ..model import RawItem
from ._bytes import Blob, always, check_not_empty, decode_text, normalize_newlines
from .base import Item, Reader


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    text, encoding = decode_text(blob.data, blob.charset)
    text = normalize_newlines(text)
    check_not_empty(text.encode("utf-8"))
    yield RawItem(origin=blob.origin, content=text, content_type="text", url=blob.url,
                  extra={"encoding": encoding})


READER = Reader(
    name="text",
    extensions=(".txt", ".text"),
    mime_types=("text/plain",),
    sniff=always,
    read=read,
)
