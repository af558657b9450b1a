"""Readers: bytes from files, folders, stdin and URLs to ``RawItem``s (or ``Failure``s).

One module per format (``text``, ``html``, ``feed``, ``warc``, ``jsonl``), registered in the one
list ``READERS``; ``web`` fetches URLs and ``_bytes`` holds the byte-level checks and the decoding
policy. ``iter_items`` is the entry point::

    for item in iter_items(["news/", "feed.xml", "-"], settings):
        ...  # RawItem, or Failure(origin, what, why, todo, kind)
"""

from __future__ import annotations

from ._bytes import Blob
from ._dispatch import READERS, choose_reader, iter_items, read_blob
from .base import Reader

__all__ = ["READERS", "Blob", "Reader", "choose_reader", "iter_items", "read_blob"]
