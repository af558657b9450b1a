"""The gazetteer's row: one validated record of a data file, before it becomes an entry.

``TABLES`` is the schema every reader fills (TSV and TOML in ``gazetteer_files``, PETRARCH
dictionaries in ``petrarch``); ``validate`` checks a row against it and names the file and line
of any problem (DataFileError).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import DataFileError

#: table -> (columns, required columns)
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "states": (("code", "name", "aliases", "demonyms", "capitals"), ("code", "name")),
    "organisations": (("names", "code", "sector", "canonical", "identifier"), ("names", "code")),
    "places": (("names", "code"), ("names", "code")),
    "agents": (("phrases", "sector", "roles"), ("phrases", "sector")),
    "people": (("name", "aliases", "code", "sector", "roles", "start", "end", "org"), ("name", "code")),
}
LIST_COLUMNS = frozenset({"aliases", "demonyms", "capitals", "names", "phrases", "roles"})

_CODE = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_ROLE = re.compile(r"^[a-z][a-z_]*$")


@dataclass
class Row:
    table: str
    values: dict[str, str | list[str]]
    path: str
    line: int | None
    #: rows imported from other projects' dictionaries only fill gaps: they never replace an entry
    #: or a phrase that is already known
    supplement: bool = False

    def text(self, key: str) -> str:
        v = self.values.get(key, "")
        return v if isinstance(v, str) else "|".join(v)

    def items(self, key: str) -> list[str]:
        v = self.values.get(key, [])
        return [v] if isinstance(v, str) and v else list(v) if isinstance(v, list) else []

    def fail(self, why: str) -> DataFileError:
        return DataFileError(self.path, self.line, why)


_DATED_SECTOR = re.compile(r"([A-Z]{3}) until (\d{4}-\d\d-\d\d), ([A-Z]{3})")


def dated_sector(cell: str) -> tuple[str, date, str] | None:
    """An organisation's sector that changed on a day: "REB until 2021-08-14, GOV" (the Taliban
    were an insurgency until they took Kabul) -> ("REB", 2021-08-14, "GOV"); None otherwise."""
    m = _DATED_SECTOR.fullmatch(cell.strip())
    if m is None:
        return None
    try:
        return m.group(1), date.fromisoformat(m.group(2)), m.group(3)
    except ValueError:
        return None


def validate(row: Row) -> None:
    cols, required = TABLES[row.table]
    for col in required:
        if not row.values.get(col):
            raise row.fail(f"column {col!r} is empty")
    code = row.text("code")
    if "code" in cols and code and not _CODE.match(code):
        raise row.fail(f"code {code!r} is not three capital letters (ISO alpha-3 or PLOVER)")
    sector = row.text("sector")
    if sector and not _SECTOR.match(sector) and not (row.table == "organisations" and dated_sector(sector)):
        raise row.fail(f"sector {sector!r} is not a three-letter PLOVER sector code (an organisation's may"
                       " change once: 'REB until 2021-08-14, GOV')")
    for role in row.items("roles"):
        if not _ROLE.match(role):
            raise row.fail(f"role {role!r} must be lowercase words joined by _")
    dates = {}
    for col in ("start", "end"):
        v = row.text(col)
        if v:
            try:
                dates[col] = date.fromisoformat(v)
            except ValueError as exc:
                raise row.fail(f"{col} {v!r} is not an ISO date (YYYY-MM-DD)") from exc
    if "start" in dates and "end" in dates and dates["start"] > dates["end"]:
        raise row.fail(f"start {dates['start']} is after end {dates['end']}")
