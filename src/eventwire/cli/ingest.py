"""``eventwire ingest`` and ``eventwire reannotate``."""

from __future__ import annotations

import sys

import click
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from ..pipeline import reannotate as do_reannotate
from ..pipeline import run_ingest
from .common import DATE, console, db_option, handle_errors, open_store, printable, settings_from
from .scale import engine_options, engine_settings


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--source", default=None, help="Outlet name for inputs that do not say.")
@click.option("--published", type=DATE, default=None, help="Publication date (ISO) for inputs that do not say.")
@click.option("--url", default=None, help="URL for inputs that do not say.")
@click.option("--follow", is_flag=True, help="Fetch the pages that feed entries link to.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on loopback, link-local and private addresses (refused by default).")
@click.option("--follow-symlinks", is_flag=True,
              help="In folders, read symbolic links that lead outside the folder (skipped by default).")
@click.option("--no-nlp", is_flag=True, help="Store clean documents only; `eventwire reannotate` codes them later.")
@engine_options
@db_option
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], source: str | None, published: str | None,
           url: str | None, follow: bool, allow_private: bool, follow_symlinks: bool, no_nlp: bool,
           engine: str | None, ray_address: str | None, workers: int | None, db: str | None) -> None:
    """Read, clean, deduplicate, annotate and code PATHS into the store.

    PATHS are files, folders (recursive), - for stdin, http(s):// URLs, RSS/Atom feeds, WARC and
    JSONL files. Each bad input is reported on one line; the rest goes on; exit status 1 if any failed.

    \b
    Example:
      eventwire ingest examples/corpus https://example.org/feed.xml --db news.db
      eventwire ingest archive/ --engine ray --ray-address auto --workers 32
    """
    settings = settings_from(ctx, follow_links=follow or None, allow_private=allow_private or None,
                             follow_symlinks=follow_symlinks or None, workers=workers,
                             annotate=False if no_nlp else None, **engine_settings(engine, ray_address))
    out = console(stderr=True)
    with open_store(ctx, db, create=True) as store:
        with Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=out,
                      transient=True, disable=not out.is_terminal) as progress:
            task = progress.add_task("ingesting", total=None)

            def tick(origin: str) -> None:
                progress.update(task, advance=1, description=f"ingesting {escape(printable(origin[-40:], True))}")

            report = run_ingest(list(paths), store, settings, source=source, published=published,
                                url=url, on_item=tick)
        for f in report.failed:
            out.print(f"[red]failed[/red] {escape(printable(f.line(), one_line=True))}", highlight=False,
                      soft_wrap=True)
        out.print(report.summary(), highlight=False)
    if report.failed:
        sys.exit(1)


@click.command()
@click.option("--all", "everything", is_flag=True, help="Redo every document, not only stale ones.")
@db_option
@click.pass_context
@handle_errors
def reannotate(ctx: click.Context, everything: bool, db: str | None) -> None:
    """Re-run annotation, coding and claims on stored documents after a gazetteer or lexicon change.

    Incremental: only documents coded with other data are redone, unless --all.

    \b
    Example:
      eventwire --config my.toml reannotate
    """
    settings = settings_from(ctx)
    out = console(stderr=True)
    with open_store(ctx, db) as store:
        total = store.count("documents")
        with Progress(TextColumn("re-annotating"), BarColumn(), MofNCompleteColumn(), console=out,
                      transient=True, disable=not out.is_terminal) as progress:
            task = progress.add_task("", total=total)
            n = do_reannotate(store, settings, everything=everything,
                              on_doc=lambda _d: progress.advance(task))
    out.print(f"re-annotated {n} of {total} documents", highlight=False)
