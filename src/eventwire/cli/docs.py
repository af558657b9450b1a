"""``eventwire docs list|show``."""

from __future__ import annotations

import sys

import click
from rich.table import Table

from .common import console, db_option, emit_json, error, handle_errors, json_option, open_store


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
        table.add_row(r["id"][:12], (r["published"] or "")[:10], r["source"] or "",
                      (r["title"] or "")[:70], story, str(r["n_chars"]))
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
        full = store.find_document(doc_id)
        doc = store.get_document(full) if full else None
        if doc is None:
            error(f"no document {doc_id!r}: no id starts with it, or more than one does; "
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
    c.print(f"[bold]{doc.title or '(untitled)'}[/bold]")
    c.print(f"{doc.id}  {doc.source or ''}  {doc.published or ''}  dateline: {doc.dateline or '-'}",
            highlight=False)
    c.print()
    c.print(doc.text, highlight=False)
    c.print()
    c.print(f"[bold]{len(doc.repairs)} repairs[/bold]")
    for r in doc.repairs:
        c.print(f"  {r.kind:<14} {r.before!r} -> {r.after!r}", highlight=False)
    c.print(f"[bold]{len(entities)} entities[/bold]")
    for e in entities:
        code = " ".join(x for x in (e.get("code"), e.get("sector")) if x)
        c.print(f"  {e['text']:<40} {e.get('label') or '':<8} {code:<10} {e.get('name') or ''}",
                highlight=False)
