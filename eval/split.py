"""The generalisation protocol's split: every dev set is cut into a *tune* part and a *check* part.

Errors are read only on the tune part (``-v`` listings print tune items only). The check part is
scored, never read row by row: it stands in for the unseen halves, and the floors in
``eval/floors/`` gate it. The split is a hash of each item's identifier, so it is deterministic,
independent of file order, and the same on every machine:

- PLOVER-GSR: the sentence text (records of one sentence stay together);
- CASE 2021: the snippet id; NewsQuant: the sentence text; PolNeAR: the article file name;
- line-break and extraction benchmarks: the article id.

About half of each set lands in each part (``CHECK_SHARE``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
PARTS = ("tune", "check")
#: the share of items in the check part
CHECK_SHARE = 0.5
_SALT = "eventwire-split-v1"


def part_of(key: str) -> str:
    """``"tune"`` or ``"check"`` for an item identified by ``key``."""
    h = int.from_bytes(hashlib.sha256(f"{_SALT}|{key}".encode()).digest()[:4], "big")
    return "check" if h / 2**32 < CHECK_SHARE else "tune"


def split(items: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    """``{"tune": [...], "check": [...]}``, each in the input's order."""
    out: dict[str, list[T]] = {p: [] for p in PARTS}
    for it in items:
        out[part_of(key(it))].append(it)
    return out
