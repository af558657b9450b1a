"""``iter_items``: every input (stdin, folder, file, URL) to the reader that fits it.

How a reader is chosen for a blob of bytes: gzip is unpacked first (a gzipped WARC goes to the
WARC reader as it is); then a URL's MIME type decides (unless it is the generic ``text/plain`` or
``application/octet-stream``); then the file name's extension, unless the first bytes clearly say
otherwise (a ``.txt`` holding a web page, an ``.xml`` that is XHTML rather than a feed); with no
known extension, the first bytes alone, trying the readers in ``READERS`` order (the text reader
takes whatever is left).

Folders are walked recursively in sorted order; hidden files and folders (``.name``) are skipped,
and so are files whose extension no reader owns (with or without ``.gz``), so a folder may hold
other things. A file named explicitly is always read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import InputError
from ..model import Failure, RawItem
from . import feed, html, jsonl, text, warc
from ._bytes import (
    GZIP_MAGIC,
    Blob,
    check_not_binary,
    check_not_empty,
    check_signature,
    check_size,
    gunzip,
    gunzip_head,
    is_gzip_warc,
)
from .base import Item, Reader, failure
from .web import fetch, is_url

#: every reader, in the order content sniffing tries them (text, which accepts anything, last)
READERS: tuple[Reader, ...] = (warc.READER, jsonl.READER, feed.READER, html.READER, text.READER)

_GENERIC_MIME = ("text/plain", "application/octet-stream", "")


def _by_extension(name: str) -> Reader | None:
    best: tuple[int, Reader] | None = None
    for reader in READERS:
        for ext in reader.extensions:
            if name.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), reader)
    return best[1] if best else None


def choose_reader(blob: Blob) -> Reader:
    """The reader for ``blob`` (see the module docstring)."""
    if blob.content_type not in _GENERIC_MIME:
        for reader in READERS:
            if blob.content_type in reader.mime_types:
                return reader
    head = blob.data[:4096]
    sniffed = next(r for r in READERS if r.sniff(head))
    by_name = _by_extension(blob.name)
    if by_name is None:
        return sniffed
    if by_name is text.READER:  # a .txt that holds an archive, a feed or a web page
        return sniffed if sniffed is not jsonl.READER else by_name
    if not by_name.sniff(head) and sniffed is not text.READER:  # an .xml that is a web page
        return sniffed
    return by_name


def read_blob(blob: Blob, settings: Settings, reader: Reader | None = None) -> Iterator[Item]:
    """Every item in ``blob`` (read by ``reader``, else the one that fits); an ``InputError`` at
    any point becomes a Failure after the items already read."""
    try:
        check_not_empty(blob.data)
        if reader is None and blob.data.startswith(GZIP_MAGIC):
            if is_gzip_warc(blob.data):
                reader = warc.READER
            else:
                data = gunzip(blob.data, settings.max_bytes)
                blob = Blob(origin=blob.origin, data=data, name=blob.name.removesuffix(".gz"), url=blob.url,
                            charset=blob.charset)
                check_not_empty(data)
        if reader is None:
            reader = choose_reader(blob)
        if reader is jsonl.READER:  # judged line by line: one bad line is that line's failure
            check_signature(blob.data)
        elif reader is not warc.READER and not blob.data.startswith(GZIP_MAGIC):
            check_not_binary(blob.data)
        yield from reader.read(blob, settings)
    except InputError as exc:
        yield failure(blob.origin, exc)
    except Exception as exc:  # a library failing on odd input: still data, not a crash
        yield Failure(blob.origin, "could not read input", f"{type(exc).__name__}: {exc}",
                      "please report this as a bug, with the input", kind="InternalError")


def shown(path: str | Path) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8
    (``\\xff``) are written as escapes. The file itself is opened by its real name."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _cannot_open(path: Path, exc: OSError) -> Failure:
    if isinstance(exc, FileNotFoundError):
        why, todo = "no such file or folder", "check the path"
    elif isinstance(exc, PermissionError):
        why, todo = "permission denied", "check the file's permissions"
    else:
        why, todo = exc.strerror or str(exc), "check the path"
    return Failure(shown(path), "cannot read file", why, todo, kind="InputError")


def _streamed(name: str, head: bytes) -> Reader | None:
    """The reader that streams this file from disk, if any: WARC archives, and JSON Lines (so
    ``max_bytes`` limits each record or line, not the whole file)."""
    if warc.READER.sniff(head) or (_by_extension(name) is warc.READER and not head.startswith(GZIP_MAGIC)):
        return warc.READER
    plain = gunzip_head(head, 4096) if head.startswith(GZIP_MAGIC) else head
    if _by_extension(name.removesuffix(".gz")) is jsonl.READER and jsonl.READER.sniff(plain) and jsonl.streams(plain):
        return jsonl.READER
    return None


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    origin, name = shown(path), shown(path.name).lower()
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield Failure(origin, "cannot read file", "not a regular file", "pass a file or a folder",
                          kind="InputError")
            return
        with path.open("rb") as f:
            head = f.read(65536)
            streamed = _streamed(name, head)
            if streamed is None:
                check_size(size, settings.max_bytes)
                data = head + f.read(settings.max_bytes + 1 - len(head))
    except OSError as exc:
        yield _cannot_open(path, exc)
        return
    except InputError as exc:
        yield failure(origin, exc)
        return
    if streamed is not None:
        yield from read_blob(Blob(origin=origin, data=head, name=name, path=str(path)), settings, streamed)
    else:
        yield from read_blob(Blob(origin=origin, data=data, name=name), settings)


def _wanted(name: str) -> bool:
    name = name.lower().removesuffix(".gz")
    return not name.startswith(".") and _by_extension(name) is not None


def walk(folder: Path, follow_symlinks: bool = False) -> Iterator[Path | Failure]:
    """Files in ``folder`` that some reader owns, recursively, sorted; unreadable sub-folders
    as Failures. A symbolic link that leads outside ``folder`` is a Failure, not a file to read
    (a ``.txt`` link to ``/etc/passwd`` in a folder of downloads), unless ``follow_symlinks``;
    linked sub-folders are never entered."""
    errors: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, f) for f in files if _wanted(f))
    inside = folder.resolve()
    for path in sorted(found):
        if not follow_symlinks and path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(inside):
                yield Failure(shown(path), "not read", f"a symbolic link to {shown(target)}, outside {shown(folder)}",
                              "pass the file itself, or --follow-symlinks (follow_symlinks) to read such links",
                              kind="InputError")
                continue
        yield path
    for exc in errors:
        yield _cannot_open(Path(exc.filename or folder), exc)


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[Item]:
    data = stream.read(settings.max_bytes + 1)
    try:
        check_size(len(data), settings.max_bytes)
    except InputError as exc:
        yield failure("stdin", exc)
        return
    yield from read_blob(Blob(origin="stdin", data=data), settings)


def plan(inputs: list[str], settings: Settings) -> Iterator[Path | Failure | str]:
    """What ``iter_items`` reads, in its order, before anything is read: a Path for each file (named,
    or found in a folder), a Failure for what cannot be read (a folder with no input files, a link
    out of a folder), and the input itself for stdin (``-``) and URLs, which only this process can
    read. ``read_unit`` reads one; an engine may read the Paths elsewhere (``scale.ray_engine``)."""
    for spec in inputs:
        if spec == "-" or is_url(spec):
            yield spec
        elif os.path.isdir(spec):
            found = False
            for entry in walk(Path(spec), settings.follow_symlinks):
                found = True
                yield entry
            if not found:
                known = sorted({ext for r in READERS for ext in r.extensions})
                yield Failure(shown(spec), "no input files in folder",
                              f"none of its files ends in {', '.join(known)}",
                              "pass the files themselves, or a folder that holds some", kind="EmptyInput")
        else:
            yield Path(spec)


def read_unit(unit: Path | Failure | str, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The items of one entry of ``plan``."""
    if isinstance(unit, Failure):
        yield unit
    elif isinstance(unit, Path):
        yield from read_file(unit, settings)
    elif unit == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings)
    else:
        try:
            blob = fetch(unit, settings)
        except InputError as exc:
            yield failure(shown(unit), exc)
            return
        yield from read_blob(blob, settings)


def fill_item(item: Item, source: str | None = None, published: str | None = None,
              url: str | None = None) -> Item:
    """``item`` with ``source``, ``published`` and ``url`` filled where it lacks them."""
    if isinstance(item, RawItem):
        if source is not None and item.source is None:
            item.source = source
        if published is not None and item.published is None:
            item.published, item.published_how = published, "user"
        if url is not None and item.url is None:
            item.url = url
    return item


def iter_items(
    inputs: list[str],
    settings: Settings,
    *,
    source: str | None = None,
    published: str | None = None,
    url: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[RawItem | Failure]:
    """Every item in ``inputs`` (paths, folders, ``-`` for stdin, ``http(s)://`` URLs), in order,
    with a ``Failure`` for each input or part of one that cannot be used; the rest goes on.

    ``source``, ``published`` and ``url`` fill items that lack them (``published_how="user"``).
    ``stdin`` replaces ``sys.stdin`` for ``-`` (tests, embedding).
    """
    for unit in plan(inputs, settings):
        for item in read_unit(unit, settings, stdin):
            yield fill_item(item, source, published, url)
