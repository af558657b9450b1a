"""``eventwire code``, ``events``, ``claims`` and ``export``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from ..model import MODALITIES, PLOVER_TYPES, Failure
from ..pipeline import engine_session, name_by_origin, process_many, read_documents
from .common import (
    DATE,
    cell,
    console,
    db_option,
    emit_json,
    error,
    handle_errors,
    json_option,
    open_store,
    printable,
    settings_from,
)
from .scale import engine_options, engine_settings

KINDS = ("events", "entities", "claims", "quantities", "attributions")


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--kind", type=click.Choice(KINDS), default="events", show_default=True)
@click.option("--published", type=DATE, default=None, help="Publication date for inputs without one.")
@click.option("--out", "out", default=None, metavar="DIR", type=click.Path(file_okay=False),
              help="Write a Parquet dataset (what ingest would store) to DIR instead of printing; rerun to resume.")
@engine_options
@json_option
@click.pass_context
@handle_errors
def code(ctx: click.Context, paths: tuple[str, ...], kind: str, published: str | None, out: str | None,
         engine: str | None, ray_address: str | None, workers: int | None, as_json: bool) -> None:
    """Run the whole pipeline on PATHS (or stdin) without a store and print records of KIND as JSON lines.

    A text/HTML file is one document; a .jsonl file (or stdin starting with '{') holds one document
    per line with id, text, optional date, title, source. Folders, WARC and feeds are read as by ingest.
    With --out DIR, the documents are deduplicated and written with all their records as a Parquet
    dataset partitioned by publication date (`eventwire load DIR` imports it into a store).

    \b
    Example:
      eventwire code article.txt --kind events --published 2024-11-04
      eventwire code shards/ --engine ray --workers 8 --out coded/
    """
    settings = settings_from(ctx, workers=workers, **engine_settings(engine, ray_address))
    inputs = list(paths) or ["-"]
    failures: list[Failure] = []

    def fail(f: Failure) -> None:
        failures.append(f)
        error(f.line())

    if out is not None:
        from ..scale.columnar import run_to_dataset

        report = run_to_dataset(inputs, out, settings, published=published, on_failure=lambda f: error(f.line()))
        console(stderr=True).print(f"{report.summary()}; wrote {out}", highlight=False)
        if report.failed:
            sys.exit(1)
        return

    def documents() -> Any:
        for _, doc in read_documents(inputs, settings, published=published, prepare=name_by_origin):
            if isinstance(doc, Failure):
                fail(doc)
            else:
                yield doc

    with engine_session(settings):
        for result in process_many(documents(), settings, on_failure=fail):
            emit_json(result.records(kind))
            sys.stdout.flush()
    if failures:
        sys.exit(1)


def _party(parties: list[dict[str, Any]]) -> str:
    return ", ".join(" ".join(x for x in (p.get("code"), p.get("sector")) if x) or (p.get("entity_text") or "?")
                     for p in parties) or "-"


@click.command()
@click.option("--actor", default=None, metavar="CODE", help="Actor code, e.g. KOR or KORGOV.")
@click.option("--recipient", default=None, metavar="CODE")
@click.option("--type", "type_", type=click.Choice(PLOVER_TYPES, case_sensitive=False), default=None)
@click.option("--since", type=DATE, default=None, metavar="DATE")
@click.option("--until", type=DATE, default=None, metavar="DATE")
@click.option("--modality", multiple=True, type=click.Choice((*MODALITIES, "all")),
              help="Repeatable. Default: events that happened (asserted, reported).")
@db_option
@json_option
@click.pass_context
@handle_errors
def events(ctx: click.Context, actor: str | None, recipient: str | None, type_: str | None,
           since: str | None, until: str | None, modality: tuple[str, ...], db: str | None,
           as_json: bool) -> None:
    """Events from the store.

    \b
    Example:
      eventwire events --actor PRK --type MOBILIZE --since 2024-11-01 --json
    """
    with open_store(ctx, db) as store:
        rows = store.events(actor=actor, recipient=recipient, type=type_, since=since, until=until,
                            modality=list(modality) or None)
    if as_json:
        emit_json(rows)
        return
    table = Table("date", "actor", "event", "mode", "recipient", "modality", "said by", "evidence", box=None)
    for ev in rows:
        said = ", ".join(f"{a.get('code') or a.get('entity_text')} ({a.get('cue')})" for a in ev["attribution"])
        table.add_row(cell((ev.get("date") or "")[:10]), cell(_party(ev["actor"])), cell(ev["event"]),
                      cell(ev.get("mode")), cell(_party(ev["recipient"])), cell(ev["modality"]), cell(said or "-"),
                      cell((ev.get("event_text") or "")[:50]))
    console().print(table)
    console().print(f"{len(rows)} events", highlight=False)


@click.command()
@click.option("--subject", default=None, help="Only claims whose subject contains TEXT.")
@db_option
@json_option
@click.pass_context
@handle_errors
def claims(ctx: click.Context, subject: str | None, db: str | None, as_json: bool) -> None:
    """The claims ledger: figures grouped by what was counted, side by side across sources.

    \b
    Example:
      eventwire claims --subject soldiers
    """
    from ..claims import build_ledger, claim_from_json, render_ledger

    with open_store(ctx, db) as store:
        pairs = [(claim_from_json(rec), meta) for rec, meta in store.claims(subject)]
    groups = build_ledger(pairs)
    if as_json:
        emit_json(g.to_json() for g in groups)
        return
    click.echo(printable(render_ledger(groups)))


@click.command()
@click.option("--format", "fmt", type=click.Choice(("plover-jsonl", "csv", "parquet")),
              default="plover-jsonl", show_default=True)
@click.option("--what", type=click.Choice(("events", "claims", "ledger")), default="events",
              show_default=True)
@click.option("--output", "-o", default="-", help="File to write (required for parquet); - for stdout.")
@click.option("--modality", multiple=True, type=click.Choice((*MODALITIES, "all")),
              help="Events only. Default: all modalities (the column tells).")
@db_option
@click.pass_context
@handle_errors
def export(ctx: click.Context, fmt: str, what: str, output: str, modality: tuple[str, ...],
           db: str | None) -> None:
    """Write the store's events (or claims, or the ledger) for other tools.

    \b
    Example:
      eventwire export --format parquet -o events.parquet
    """
    from ..export import write_records

    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet needs a file: pass --output FILE.parquet")
    if output != "-":
        _check_output(Path(output))
    with open_store(ctx, db) as store:
        if what == "events":
            rows = store.events(modality=list(modality) or ["all"])
        else:
            from ..claims import build_ledger, claim_from_json

            pairs = store.claims()
            if what == "claims":
                rows = [{**rec, "document": meta} for rec, meta in pairs]
            else:
                rows = [g.to_json() for g in build_ledger([(claim_from_json(r), m) for r, m in pairs])]
    flatten = what == "events"
    try:
        if fmt == "parquet":
            n = write_records(rows, fmt, Path(output), flatten=flatten)
        elif output == "-":
            n = write_records(rows, fmt, sys.stdout, flatten=flatten)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = write_records(rows, fmt, fh, flatten=flatten)
    except OSError as exc:
        error(f"cannot write {output}: {exc.strerror or exc}; check the path and free space, or pass another -o")
        sys.exit(1)
    if output != "-":
        console(stderr=True).print(f"wrote {n} {what} to {output}", highlight=False)


def _check_output(path: Path) -> None:
    """A usage error, before any work, for an output path that cannot be a file."""
    hint = "'-o' / '--output'"
    if path.is_dir():
        raise click.BadParameter(f"{path} is a folder; pass a file name in it, e.g. {path / 'events.jsonl'}",
                                 param_hint=hint)
    parent = path.parent
    if not parent.is_dir():
        raise click.BadParameter(f"folder {parent} does not exist; create it (mkdir -p {parent}) or pass another path",
                                 param_hint=hint)


__all__ = ["claims", "code", "events", "export"]
