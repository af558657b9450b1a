"""Options shared by the commands that code (``--engine``, ``--ray-address``, ``--workers``) and
``eventwire load``, which imports a Parquet dataset that ``code --out`` wrote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from .common import console, db_option, handle_errors, open_store

F = TypeVar("F", bound=Callable[..., Any])


def engine_options(fn: F) -> F:
    """``--engine``, ``--ray-address`` and ``--workers``, passed on as ``engine``, ``ray_address``, ``workers``."""
    for opt in reversed((
        click.option("--engine", type=click.Choice(("local", "ray")), default=None,
                     help="Where reading, cleaning and coding run: this machine (default), or Ray "
                          "(Ray Data reads and cleans the files, an actor pool codes)."),
        click.option("--ray-address", default=None, metavar="ADDRESS",
                     help="Ray cluster to join (e.g. auto, HOST:6379); default: start a local Ray on demand."),
        click.option("--workers", type=click.IntRange(1, 4096), default=None,
                     help="Worker processes (local) or actors (Ray) for NLP."),
    )):
        fn = opt(fn)
    return fn


def engine_settings(engine: str | None, ray_address: str | None) -> dict[str, Any]:
    """Settings overrides for the engine options; ``--ray-address`` implies the Ray engine."""
    if ray_address and engine == "local":
        raise click.UsageError("--ray-address needs --engine ray (or leave --engine out)")
    return {"engine": "ray" if ray_address and engine is None else engine, "ray_address": ray_address}


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
@db_option
@click.pass_context
@handle_errors
def load(ctx: click.Context, folder: str, db: str | None) -> None:
    """Import a Parquet dataset that `eventwire code ... --out FOLDER` wrote into the store.

    Idempotent: documents the store holds already are skipped, so loading twice stores nothing new.

    \b
    Example:
      eventwire code news/ --engine ray --out news.parquet && eventwire load news.parquet --db news.db
    """
    from ..scale.columnar import load_dataset, read_manifest

    read_manifest(folder)  # a clear error before a store is created
    with open_store(ctx, db, create=True) as store:
        stored, already = load_dataset(folder, store)
    console(stderr=True).print(f"loaded {stored} documents, already stored {already}", highlight=False)
