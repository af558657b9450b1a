"""Dates given by people and by inputs (``--since``, ``--published``, a JSONL line's ``date``):
checked at the edge, so that no text that is not a date reaches the store or a query.

Accepted: ISO 8601 ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and a date with a time
(``YYYY-MM-DDTHH:MM[:SS[.fff]]``, a space for the ``T`` and a ``Z`` or ``+HH:MM`` zone allowed), or
an RFC 2822 date as feeds and mail write them (``Mon, 04 Nov 2024 09:30:00 GMT``, stored as ISO).
Each must be a day on the calendar: ``2024-02-30`` is not.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

ACCEPTED = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM] (ISO 8601)"

_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?",
                       re.IGNORECASE)


def parse_date(text: str) -> str:
    """``text`` as an ISO 8601 date or date-time (RFC 2822 converted); ``ValueError`` naming the
    accepted forms when it is none of them or not a real day."""
    value = text.strip()
    if m := _YEAR_MONTH.fullmatch(value):
        if m.group(2) is None or 1 <= int(m.group(2)) <= 12:
            return value
        raise ValueError(f"{text!r} is not a date: month {m.group(2)} does not exist; use {ACCEPTED}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a date: {exc}; use {ACCEPTED}") from None
        return value
    if _DATETIME.fullmatch(value):
        try:
            datetime.fromisoformat(value.replace("z", "Z").replace(",", "."))
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a date: {exc}; use {ACCEPTED}") from None
        return value
    if re.match(r"[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}|\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", value):
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            return when.isoformat().replace("+00:00", "Z")
    raise ValueError(f"{text!r} is not a date; use {ACCEPTED}")
