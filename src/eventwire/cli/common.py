"""Options shared by commands, output helpers, and the one place library errors become one line."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.text import Text

from ..config import Settings, load_settings
from ..errors import EventwireError
from ..store import Store

F = TypeVar("F", bound=Callable[..., Any])


class DateParam(click.ParamType):
    """An ISO 8601 date (or date and time), checked where it is given: a usage error (exit 2)
    naming the accepted forms, never a query that silently matches nothing or everything."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from ..ingest.dates import parse_date

        try:
            return parse_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()


def db_option(fn: F) -> F:
    return click.option("--db", "db", default=None, metavar="PATH",
                        help="SQLite store (default ./eventwire.db).")(fn)


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")(fn)


def settings_from(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.with_(**overrides)


def open_store(ctx: click.Context, db: str | None, create: bool = False) -> Store:
    """The store at ``--db`` (or the configured one). Only commands that write documents
    (``create``) make a new one; for the others a path that does not exist is a usage error,
    never a silently created empty store."""
    path = db or ctx.obj["settings"].db
    if not create and not os.path.exists(path):
        error(f"no store at {path}: the file does not exist; check --db, or create it with "
              f"`eventwire ingest PATH --db {path}`")
        ctx.exit(2)
    return Store(path)


#: what a terminal would act on rather than show: C0 and C1 controls (ESC starts the escape
#: sequences that move the cursor, retitle the window or hide text), DEL, bidirectional overrides
#: that reorder what is seen, and lone surrogates (undecodable bytes of a file name)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_UNSAFE_LINE = re.compile(_UNSAFE.pattern[:-1] + "\t\n]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(m: re.Match[str]) -> str:
    return m.group().encode("unicode_escape", "backslashreplace").decode("ascii")


def printable(text: str, one_line: bool = False) -> str:
    """``text`` safe to print to a terminal: every control character written as its escape
    (``\\x1b``), newlines and tabs kept unless ``one_line``."""
    return (_UNSAFE_LINE if one_line else _UNSAFE).sub(_escaped, text)


def cell(value: object) -> Text:
    """A table cell shown as it is: escapes written out, no rich markup read in it."""
    return Text(printable("" if value is None else str(value), one_line=True))


def console(stderr: bool = False) -> Console:
    """A rich console; piped output gets a wide fixed width instead of rich's 80 columns."""
    c = Console(stderr=stderr)
    if not c.is_terminal:
        c = Console(stderr=stderr, width=140, soft_wrap=False)
    return c


def emit_json(records: Iterable[dict[str, Any]]) -> None:
    """One object per line; C1 controls and bidirectional overrides inside strings written as
    ``\\u`` escapes (JSON keeps C0 controls escaped already), so a terminal shows them."""
    out = sys.stdout
    for rec in records:
        line = json.dumps(rec, ensure_ascii=False, default=str)
        out.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n")


def error(msg: str) -> None:
    click.echo(f"error: {printable(msg, one_line=True)}", err=True)


def handle_errors(fn: F) -> F:
    """Library errors become one line on stderr and exit status 1 (2 stays for usage errors)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EventwireError as exc:
            error(str(exc))
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def make_settings(config: str | None) -> Settings:
    return load_settings(config)
