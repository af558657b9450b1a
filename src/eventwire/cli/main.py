"""``eventwire``: news reporting to source-attributed PLOVER events and claims."""

from __future__ import annotations

import click

from ..config import PIPELINE_VERSION
from ..errors import EventwireError
from . import actors, docs, ingest, monitor, records, report, scale, serve
from .common import error, make_settings

COMMANDS = [ingest.ingest, docs.docs, records.code, records.events, records.claims, records.export,
            actors.actors, ingest.reannotate, report.report, serve.serve, scale.load,
            monitor.incidents, monitor.watch, monitor.alerts, monitor.follow]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(PIPELINE_VERSION, prog_name="eventwire")
@click.option("--config", default=None, metavar="FILE",
              help="Settings file (TOML). Default: $EVENTWIRE_CONFIG or ./eventwire.toml.")
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """Turn news reporting into source-attributed PLOVER events and claims.

    \b
    Example:
      eventwire ingest examples/corpus && eventwire events --actor KOR
    """
    try:
        ctx.obj = {"settings": make_settings(config)}
    except EventwireError as exc:
        error(str(exc))
        ctx.exit(2)


for _cmd in COMMANDS:
    cli.add_command(_cmd)


def main() -> None:
    cli(prog_name="eventwire")
