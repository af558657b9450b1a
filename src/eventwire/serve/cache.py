"""Aggregates kept while the store is unchanged.

A dashboard asks for the same timeline, dyads, places and ledger on every load; on a large store
these take tens to hundreds of milliseconds each. ``Versioned`` keeps the latest answers, each
with the store's ``PRAGMA data_version`` read on one long-lived connection: that number changes
whenever any other connection (an ``ingest``, ``follow`` or ``POST /api/ingest``) commits, so an
answer is reused only while nothing has been written since it was computed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from .queries import connect


class Versioned:
    def __init__(self, db_path: str, size: int = 256) -> None:
        self._db = connect(db_path)
        self._lock = threading.Lock()
        self._size = size
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()

    def version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer for ``key``, computed again when the store changed since it was kept. The
        version is read before computing, so a write during the computation makes it stale."""
        version = self.version()
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value

    def close(self) -> None:
        self._db.close()
