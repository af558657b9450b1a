"""``eventwire report``: what the store holds, for a person — dyads, a timeline, the claims ledger."""

from __future__ import annotations

from collections import Counter
from typing import Any

import click
from rich.table import Table

from ..model import HAPPENED
from .common import cell, console, db_option, handle_errors, open_store, printable


def _who(parties: list[dict[str, Any]]) -> str:
    return "+".join(sorted({" ".join(x for x in (p.get("code") or "?", p.get("sector")) if x)
                            for p in parties})) or "-"


@click.command()
@click.option("--top", default=12, show_default=True, help="Rows in the dyad table.")
@click.option("--ledger", default=4, show_default=True, help="Claim groups to show (conflicts first).")
@click.option("--events", "by_events", is_flag=True,
              help="Count events (every report) in the dyad table and timeline, not incidents.")
@db_option
@click.pass_context
@handle_errors
def report(ctx: click.Context, top: int, ledger: int, by_events: bool, db: str | None) -> None:
    """Summarise the store: documents and stories, a dyad table, a timeline and the claims ledger.

    The dyad table and the timeline count incidents (one per real-world act, however many
    reports); --events counts every coded event instead.

    \b
    Example:
      eventwire report --db news.db
    """
    from ..claims import build_ledger, claim_from_json, render_ledger

    c = console()
    with open_store(ctx, db) as store:
        docs = store.list_documents()
        evs = store.events(modality=["all"])
        pairs = store.claims()
        failures = store.failures()
        from ..watches import matching_incidents

        incs = matching_incidents(store.db)
        n_incidents = store.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    stories = {d["story_id"] for d in docs}
    happened = [e for e in evs if e["modality"] in HAPPENED]
    c.rule("[bold]store")
    c.print(f"{len(docs)} documents in {len(stories)} stories; {len(evs)} events "
            f"({len(happened)} that happened) in {n_incidents} incidents ({len(incs)} that happened); "
            f"{len(pairs)} claims; {len(failures)} failed inputs", highlight=False)

    unit = "events" if by_events else "incidents"
    rows: list[dict[str, Any]] = happened if by_events else incs
    c.rule(f"[bold]dyads ({unit} that happened, with a coded actor)")
    coded = [e for e in rows if any(p.get("code") for p in e["actor"])]
    dyads: Counter[tuple[str, str, str]] = Counter(
        (_who(e["actor"]), e["event"], _who(e["recipient"])) for e in coded)
    t = Table("actor", "event", "recipient", unit, *(() if by_events else ("reports",)), box=None)
    reports: Counter[tuple[str, str, str]] = Counter()
    if not by_events:
        for e in coded:
            reports[(_who(e["actor"]), e["event"], _who(e["recipient"]))] += e["n_events"]
    for (a, ev, r), n in dyads.most_common(top):
        t.add_row(cell(a), cell(ev), cell(r), cell(n), *(() if by_events else (cell(reports[(a, ev, r)]),)))
    c.print(t)
    c.print(f"{len(rows) - len(coded)} {unit} that happened have no coded actor; "
            f"`eventwire {unit}` lists them all", highlight=False)

    mods = Counter(e["modality"] for e in evs)
    c.print("modality: " + ", ".join(f"{m} {n}" for m, n in mods.most_common()), highlight=False)

    c.rule("[bold]timeline")
    by_day: dict[str, Counter[str]] = {}
    for e in rows:
        by_day.setdefault((e.get("date") or "undated")[:10], Counter())[e["event"]] += 1
    t = Table("date", unit, box=None)
    for day in sorted(by_day):
        t.add_row(cell(day), cell(", ".join(f"{k} {v}" for k, v in by_day[day].most_common())))
    c.print(t)

    c.rule("[bold]claims ledger: figures that several sources give")
    groups = build_ledger([(claim_from_json(r), m) for r, m in pairs])
    multi = [g for g in groups if len({r.source for r in g.rows}) > 1]
    multi.sort(key=lambda g: (g.status != "conflict", -len(g.rows)))
    click.echo(printable(render_ledger(multi[:ledger])))
    rest = len(groups) - min(len(multi), ledger)
    if rest:
        c.print(f"{rest} more groups: `eventwire claims` shows them all", highlight=False)
