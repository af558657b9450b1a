"""Query parameters, checked before any SQL sees them: event filters, dates, codes and cursors.

A cursor is opaque to clients: base64url of the JSON list of the sort key of the last row given
out. The next page starts strictly after it (keyset pagination), so a page never repeats or skips
a row that was there when paging began, whatever an ingest writes meanwhile.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import HAPPENED, MODALITIES, PLOVER_TYPES
from .errors import bad_parameter

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
INTERVALS = ("day", "week", "month")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CODE = re.compile(r"[A-Za-z0-9]{2,12}")


def check_date(name: str, value: str | None) -> str | None:
    """An ISO date or a prefix of one (``2025``, ``2025-03``, ``2025-03-05``)."""
    if value is None or value == "":
        return None
    m = _DATE.fullmatch(value)
    ok = m is not None
    if m is not None:
        try:
            date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            ok = False
    if not ok:
        raise bad_parameter(name, value, "not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def check_code(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _CODE.fullmatch(value):
        raise bad_parameter(name, value, "not an actor code; write a code such as IDN, or a code with its "
                                         "sector such as IDNGOV")
    return value.upper()


def check_limit(value: int) -> int:
    if not 1 <= value <= MAX_LIMIT:
        raise bad_parameter("limit", value, f"must be between 1 and {MAX_LIMIT}")
    return value


def check_choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise bad_parameter(name, value, "not one of the allowed values", allowed)
    return value


@dataclass(frozen=True)
class EventFilter:
    """The filters of ``eventwire events``, plus ``q`` (full-text search of evidence sentences).
    ``modality`` None means the events that happened (asserted, reported), as on the command line."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: tuple[str, ...] | None = None
    q: str | None = None

    @classmethod
    def parse(cls, *, actor: str | None, recipient: str | None, type: str | None, since: str | None,
              until: str | None, modality: list[str] | None, q: str | None) -> EventFilter:
        etype = None
        if type:
            etype = type.upper()
            if etype not in PLOVER_TYPES:
                raise bad_parameter("type", type, "not a PLOVER event type", PLOVER_TYPES)
        mods: tuple[str, ...] | None = None
        if modality:
            allowed = (*MODALITIES, "all")
            for m in modality:
                check_choice("modality", m, allowed)
            mods = tuple(modality)
        query = (q or "").strip() or None
        if query is not None and len(query) > 500:
            raise bad_parameter("q", query[:40] + "...", "longer than 500 characters")
        return cls(actor=check_code("actor", actor), recipient=check_code("recipient", recipient), type=etype,
                   since=check_date("since", since), until=check_date("until", until), modality=mods, q=query)

    def where(self, alias: str = "e") -> tuple[list[str], list[Any]]:
        """SQL conditions on the events table (as ``alias``) and their parameters."""
        clauses: list[str] = []
        args: list[Any] = []
        mods = list(HAPPENED) if self.modality is None else list(self.modality)
        if "all" not in mods:
            clauses.append(f"{alias}.modality IN ({','.join('?' * len(mods))})")
            args += mods
        for role, code in (("actor", self.actor), ("recipient", self.recipient)):
            if code:
                # a code (IDN) or a code and sector (IDNGOV), as on the command line; the IN list of the
                # code's prefixes lets SQLite find the parties through the (role, code) index
                prefixes = [code[:i] for i in range(2, len(code) + 1)]
                clauses.append(f"{alias}.id IN (SELECT p.event_id FROM event_parties p WHERE p.role = ?"
                               f" AND p.code IN ({','.join('?' * len(prefixes))})"
                               " AND (p.code = ? OR p.code || p.sector = ?))")
                args += [role, *prefixes, code, code]
        if self.type:
            clauses.append(f"{alias}.event = ?")
            args.append(self.type)
        if self.since:
            clauses.append(f"{alias}.date >= ?")
            args.append(self.since)
        if self.until:
            clauses.append(f"substr({alias}.date, 1, length(?)) <= ?")
            args += [self.until, self.until]
        if self.q:
            clauses.append(f"{alias}.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            args.append(fts_query(self.q))
        return clauses, args


def fts_query(text: str) -> str:
    """Plain words to an FTS5 query: every word must occur (each quoted, so FTS5 operators and
    punctuation in the input are only text); a trailing ``*`` keeps a word a prefix."""
    terms = []
    for word in text.split():
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if prefix else word
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, shape: tuple[tuple[type, ...], ...]) -> list[Any] | None:
    """The key a cursor holds (one value per type tuple in ``shape``), or a 422 when it is not one
    this API gave out for this list."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (binascii.Error, ValueError):
        key = None
    if not isinstance(key, list) or len(key) != len(shape) or not all(
            isinstance(k, t) and not isinstance(k, bool) for k, t in zip(key, shape, strict=False)):
        raise bad_parameter("cursor", cursor[:40], "not a cursor from this list; pass the `next` value of the "
                                                   "previous page, or leave it out to start")
    return key


#: cursor shapes: the sort key of each list
EVENT_KEY: tuple[tuple[type, ...], ...] = ((str, type(None)), (str,), (str,))
DOCUMENT_KEY: tuple[tuple[type, ...], ...] = ((str,), (str,))
RANKED_KEY: tuple[tuple[type, ...], ...] = ((int,), (str,))
