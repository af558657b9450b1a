"""What a reader is, and how an error becomes a ``Failure``.

A reader turns one ``Blob`` (bytes plus what the transport said about them) into items. It yields
``RawItem``s, and ``Failure``s for parts it cannot use (a bad JSONL line, a WARC record without
article text) while the rest goes on; an ``InputError`` it raises fails the blob from that point
(items already yielded are kept: a truncated WARC keeps the records read before the cut).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..config import Settings
from ..errors import InputError
from ..model import Failure, RawItem
from ._bytes import Blob

Item = RawItem | Failure
ReadFn = Callable[[Blob, Settings], Iterator[Item]]


@dataclass(frozen=True)
class Reader:
    """One input format: how to recognise it, and how to read it."""

    name: str
    #: file name endings it owns, lower case, with the dot (".warc.gz" before ".gz" is decided by length)
    extensions: tuple[str, ...]
    #: MIME types (from HTTP) it owns
    mime_types: tuple[str, ...]
    #: True when the first bytes look like this format (used when name and MIME type say nothing)
    sniff: Callable[[bytes], bool]
    read: ReadFn

    def __repr__(self) -> str:
        return f"Reader({self.name!r})"


def failure(origin: str, exc: InputError) -> Failure:
    return Failure(origin, exc.what, exc.why, exc.todo, kind=type(exc).__name__)
