"""Reading gazetteer data files into validated rows (``eventwire.nlp.rows``).

A TSV file starts with ``#`` comment lines that explain it, then a header row naming its columns;
the header says which table the file fills (see ``rows.TABLES``). Lists inside a cell are
separated by ``|``; an empty cell means "none". A TOML file holds arrays of tables named after ``TABLES``
(``[[people]]`` with keys ``name``, ``code`` ...). A ``.txt`` file is read as a PETRARCH/CAMEO
dictionary (``eventwire.nlp.petrarch``). Every problem raises DataFileError with file and line.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..errors import DataFileError
from .petrarch import import_petrarch
from .rows import LIST_COLUMNS, TABLES, Row, validate


def read_rows(path: Path) -> list[Row]:
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        rows = _read_tsv(path)
    elif suffix == ".toml":
        rows = _read_toml(path)
    elif suffix == ".txt":
        rows = import_petrarch(path)
    else:
        raise DataFileError(str(path), None, f"unknown gazetteer file type {suffix!r}",
                            "use .tsv, .toml or a PETRARCH .txt dictionary")
    for row in rows:
        validate(row)
    return rows


def _read_tsv(path: Path) -> list[Row]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read it as UTF-8 text ({exc})") from exc
    header: tuple[str, ...] | None = None
    table = ""
    rows: list[Row] = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = tuple(cells)
            table = _table_for(header, str(path), n)
            continue
        if len(cells) > len(header):
            raise DataFileError(str(path), n, f"{len(cells)} tab-separated cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        values: dict[str, str | list[str]] = {}
        for col, cell in zip(header, cells, strict=True):
            values[col] = [p.strip() for p in cell.split("|") if p.strip()] if col in LIST_COLUMNS else cell
        rows.append(Row(table, values, str(path), n))
    if header is None:
        raise DataFileError(str(path), None, "no header row", "start the file with the column names")
    return rows


def _table_for(header: tuple[str, ...], path: str, line: int) -> str:
    for name, (cols, _req) in TABLES.items():
        if header == cols:
            return name
    known = "; ".join(f"{k}: {' '.join(c)}" for k, (c, _r) in TABLES.items())
    raise DataFileError(path, line, f"unknown header {' '.join(header)!r}", f"use one of: {known}")


def _read_toml(path: Path) -> list[Row]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot parse TOML ({exc})") from exc
    rows: list[Row] = []
    for table, items in data.items():
        if table not in TABLES:
            raise DataFileError(str(path), None, f"unknown table [[{table}]]",
                                f"use one of {', '.join(TABLES)}")
        if not isinstance(items, list):
            raise DataFileError(str(path), None, f"{table} must be an array of tables ([[{table}]])")
        cols = TABLES[table][0]
        for i, item in enumerate(items, 1):
            unknown = set(item) - set(cols)
            if unknown:
                raise DataFileError(f"{path} [[{table}]] #{i}", None,
                                    f"unknown key(s) {', '.join(sorted(unknown))}", f"keys are {', '.join(cols)}")
            values: dict[str, str | list[str]] = {}
            for col in cols:
                v = item.get(col, [] if col in LIST_COLUMNS else "")
                if col in LIST_COLUMNS:
                    values[col] = [v] if isinstance(v, str) else [str(x) for x in v]
                else:
                    values[col] = str(v)
            rows.append(Row(table, values, f"{path} [[{table}]] #{i}", None))
    return rows
