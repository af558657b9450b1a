"""``eventwire docs list|show``."""

from __future__ import annotations

import sys

import click
from rich.table import Table

from .common import cell, console, db_option, emit_json, error, handle_errors, json_option, open_store, printable


@click.group()
def docs() -> None:
    """Documents in the store."""


@docs.command("list")
@db_option
@json_option
@click.pass_context
@handle_errors
def list_(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """One line per stored document.

    \b
    Example:
      eventwire docs list --json | jq .title
    """
    with open_store(ctx, db) as store:
        rows = store.list_documents()
    if as_json:
        emit_json(rows)
        return
    table = Table("id", "published", "source", "title", "story", "chars", box=None)
    table.columns[3].no_wrap = True
    table.columns[3].overflow = "ellipsis"
    for r in rows:
        story = "" if r["story_id"] == r["id"] else (r["story_id"] or "")[:8]
        table.add_row(cell(r["id"][:12]), cell((r["published"] or "")[:10]), cell(r["source"]),
                      cell((r["title"] or "")[:70]), cell(story), cell(r["n_chars"]))
    console().print(table)
    console().print(f"{len(rows)} documents", highlight=False)


@docs.command()
@click.argument("doc_id")
@db_option
@json_option
@click.pass_context
@handle_errors
def show(ctx: click.Context, doc_id: str, db: str | None, as_json: bool) -> None:
    """One document: metadata, clean text, raw text, repairs and entities. ID may be a prefix.

    \b
    Example:
      eventwire docs show 3f2a9c --json
    """
    with open_store(ctx, db) as store:
        found = store.find_documents(doc_id, limit=6)
        if len(found) > 1:
            more = ", ..." if len(found) > 5 else ""
            error(f"document id {printable(doc_id)!r} is ambiguous: it matches {', '.join(found[:5])}{more}; "
                  "give more characters of the id")
            sys.exit(1)
        doc = store.get_document(found[0]) if found else None
        if doc is None:
            error(f"no document {printable(doc_id)!r}: no id starts with it and no input id is it; "
                  "list ids with `eventwire docs list`")
            sys.exit(1)
        entities = store.entities(doc.id)
    rec = {
        "id": doc.id, "external_id": doc.item_id, "title": doc.title, "dateline": doc.dateline,
        "byline": doc.byline,
        "source": doc.source, "url": doc.url, "published": doc.published, "language": doc.language,
        "story_id": doc.story_id, "text": doc.text, "raw_text": doc.raw_text,
        "repairs": [r.to_json() for r in doc.repairs], "entities": entities,
    }
    if as_json:
        emit_json([rec])
        return
    c = console()
    c.print(cell(doc.title or "(untitled)"), style="bold")
    c.print(cell(f"{doc.id}  {doc.source or ''}  {doc.published or ''}  dateline: {doc.dateline or '-'}"))
    c.print()
    c.print(printable(doc.text), markup=False, highlight=False)
    c.print()
    c.print(f"[bold]{len(doc.repairs)} repairs[/bold]")
    for r in doc.repairs:
        c.print(cell(f"  {r.kind:<14} {r.before!r} -> {r.after!r}"))
    c.print(f"[bold]{len(entities)} entities[/bold]")
    for e in entities:
        code = " ".join(x for x in (e.get("code"), e.get("sector")) if x)
        c.print(cell(f"  {e['text']:<40} {e.get('label') or '':<8} {code:<10} {e.get('name') or ''}"))
