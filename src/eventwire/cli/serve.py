"""``eventwire serve``: the JSON API and the dashboard, under uvicorn."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import console, db_option, error, handle_errors, settings_from

LOOPBACK = ("127.0.0.1", "::1", "localhost")
MIN_TOKEN = 16


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--token", default=None, envvar="EVENTWIRE_TOKEN", metavar="TOKEN",
              help=f"Accept POST /api/ingest with `Authorization: Bearer TOKEN` (at least {MIN_TOKEN} characters; "
                   "or set $EVENTWIRE_TOKEN). Without it the server is read-only.")
@click.pass_context
@handle_errors
def serve(ctx: click.Context, db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the store: the JSON API under /api/, the dashboard at /, the API's docs at /docs.

    It reads the store while an `ingest` or `follow` writes to it.

    \b
    Example:
      eventwire serve --db eventwire.db          # then open http://127.0.0.1:8765/
      EVENTWIRE_TOKEN=$(openssl rand -hex 16) eventwire serve --host 0.0.0.0
    """
    import uvicorn

    from ..serve import create_app
    from ..store import Store

    if token is not None and len(token) < MIN_TOKEN:
        raise click.UsageError(f"--token is {len(token)} characters; use at least {MIN_TOKEN} "
                               "(e.g. `openssl rand -hex 16`)")
    if host not in LOOPBACK and token is None:
        raise click.UsageError(f"refusing to bind {host} without --token: anyone who can reach it could read "
                               "the store; bind 127.0.0.1 (the default), or pass --token TOKEN")
    path = db or ctx.obj["settings"].db
    if not Path(path).exists() and token is None:
        error(f"no store at {path}: nothing to serve; run `eventwire ingest PATH --db {path}` first, "
              "or pass --token to start an empty one that POST /api/ingest fills")
        sys.exit(1)
    Store(path).close()  # creates the store or applies pending migrations, once, before serving reads
    app = create_app(path, token=token, settings=settings_from(ctx))
    mode = "read-write (POST /api/ingest needs the token)" if token else "read-only"
    shown = f"[{host}]" if ":" in host else host
    console(stderr=True).print(f"serving {path} {mode} at http://{shown}:{port}/", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)


__all__ = ["serve"]
