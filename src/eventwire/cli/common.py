"""Options shared by commands, output helpers, and the one place library errors become one line."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click
from rich.console import Console

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


def open_store(ctx: click.Context, db: str | None) -> Store:
    return Store(db or ctx.obj["settings"].db)


def console(stderr: bool = False) -> Console:
    """A rich console; piped output gets a wide fixed width instead of rich's 80 columns."""
    c = Console(stderr=stderr)
    if not c.is_terminal:
        c = Console(stderr=stderr, width=140, soft_wrap=False)
    return c


def emit_json(records: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")


def error(msg: str) -> None:
    click.echo(f"error: {msg}", err=True)


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
