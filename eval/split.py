"""The generalisation protocol's split: every dev set is cut into a *tune* part and a *check* part.

Errors are read only on the tune part (``-v`` listings print tune items only). The check part is
scored, never read row by row: it stands in for the unseen halves, and the floors in
``eval/floors/`` gate it. The split is a hash of each item's identifier, so it is deterministic,
independent of file order, and the same on every machine:

- PLOVER-GSR (events and actors): the sentence text (records of one sentence stay together);
- CASE 2021: the snippet id; NewsQuant: the sentence text; PolNeAR: the article file name;
- our actor phrases (``eval/actor_phrases.tsv``): the phrase;
- line-break and extraction benchmarks: the article id; Recognizers-Text: the case's input text.

About half of each set lands in each part (``CHECK_SHARE``). Every eval's ``evaluate()`` returns the
whole-set figures under their plain names, then ``tune.NAME`` and ``check.NAME``
(:func:`with_parts`); :func:`figures_table` prints them side by side.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
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


def with_parts(items: Sequence[T], key: Callable[[T], str],
               score: Callable[[list[T]], dict[str, float]]) -> dict[str, float]:
    """``score`` on all ``items``, then on each part, its figures prefixed ``tune.`` and ``check.``."""
    out = score(list(items))
    for name, part in split(items, key).items():
        out.update({f"{name}.{k}": v for k, v in score(part).items()})
    return out


def base_names(figures: dict[str, float]) -> list[str]:
    """The figure names without a part prefix, in order."""
    return [k for k in figures if k.split(".", 1)[0] not in PARTS]


def cells(values: Sequence[float | None], width: int = 9, name: str = "") -> str:
    """One table row's values, right-aligned: whole numbers when the row holds counts (every value
    whole, and one at least 2 or a count's ``name``: ``n``, ``*_n``, ``n_*``), else four decimals;
    ``-`` for a figure a part lacks."""
    known = [v for v in values if v is not None]
    named = name == "n" or name.endswith("_n") or name.startswith("n_")
    counts = bool(known) and all(v == int(v) for v in known) and (named or max(abs(v) for v in known) >= 2)
    return "".join(f"{'-':>{width}}" if v is None else f"{int(v):>{width}d}" if counts else f"{v:>{width}.4f}"
                   for v in values)


def figures_table(figures: dict[str, float]) -> str:
    """Every figure with its whole-set, tune and check values side by side."""
    lines = [f"{'':34}{'all':>9}{'tune':>9}{'check':>9}"]
    for k in base_names(figures):
        lines.append(f"  {k:32}" + cells([figures.get(n) for n in (k, f"tune.{k}", f"check.{k}")], name=k))
    return "\n".join(lines)
