"""``eventwire actors resolve``."""

from __future__ import annotations

import click

from ..resources import Resources
from .common import DATE, emit_json, handle_errors, json_option, printable, settings_from


@click.group()
def actors() -> None:
    """The actor gazetteer."""


@actors.command()
@click.argument("text")
@click.option("--context", default=None, help="Surrounding text that may say who TEXT is.")
@click.option("--date", type=DATE, default=None, help="Date at which roles are looked up (ISO).")
@json_option
@click.pass_context
@handle_errors
def resolve(ctx: click.Context, text: str, context: str | None, date: str | None, as_json: bool) -> None:
    """Resolve an actor phrase to {code, sector, name, identifier}.

    \b
    Example:
      eventwire actors resolve "South Korea's presidential office" --json
    """
    from ..nlp.gazetteer import resolve_phrase

    resources = Resources(settings_from(ctx))
    actor = resolve_phrase(text, resources.gazetteer, date=date, context=context)
    rec = actor.to_json()
    if as_json:
        emit_json([rec])
    else:
        click.echo(printable("  ".join(f"{k}={v}" for k, v in rec.items() if v is not None) or "unresolved"))
