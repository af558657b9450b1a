"""``eventwire incidents``, ``watch``, ``alerts`` and ``follow``: live monitoring."""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from rich.table import Table

from ..model import PLOVER_TYPES
from .common import DATE, cell, console, db_option, emit_json, handle_errors, json_option, open_store


def _who(parties: list[dict[str, Any]]) -> str:
    return "+".join(" ".join(x for x in (p.get("code"), p.get("sector")) if x) for p in parties) or "-"


@click.command()
@click.option("--actor", multiple=True, metavar="CODE", help="Actor code (KOR, or KORGOV with a sector). Repeatable.")
@click.option("--recipient", multiple=True, metavar="CODE", help="Recipient code. Repeatable.")
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
              help="PLOVER type. Repeatable.")
@click.option("--since", type=DATE, default=None, metavar="DATE")
@click.option("--until", type=DATE, default=None, metavar="DATE")
@click.option("--min-sources", type=click.IntRange(0), default=0, help="Only incidents reported by N outlets or more.")
@click.option("--all", "everything", is_flag=True,
              help="Also incidents that did not happen (only planned, or denied by every report).")
@click.option("--rebuild", is_flag=True, help="Regroup every stored event first (after a change of the rules).")
@db_option
@json_option
@click.pass_context
@handle_errors
def incidents(ctx: click.Context, actor: tuple[str, ...], recipient: tuple[str, ...], types: tuple[str, ...],
              since: str | None, until: str | None, min_sources: int, everything: bool, rebuild: bool,
              db: str | None, as_json: bool) -> None:
    """One record per real-world act, however many documents and outlets report it.

    Events of the same type, actor and (compatible) recipient, mode and place within two days of
    each other are one incident; copies of one story within a week. By default only incidents
    that happened (some report asserts them).

    \b
    Example:
      eventwire incidents --actor IDN --recipient MYS --min-sources 2 --json
    """
    from .. import incidents as inc
    from ..watches import matching_incidents

    with open_store(ctx, db, create=False) as store:
        store.group_pending()  # documents a killed run stored but did not group
        if rebuild:
            with store.db:
                n = inc.rebuild(store.db)
            console(stderr=True).print(f"regrouped: {n} incidents", highlight=False)
        rows = matching_incidents(store.db, actor=list(actor), recipient=list(recipient), types=list(types),
                                  since=since, until=until, min_sources=min_sources, happened_only=not everything)
        if as_json:
            emit_json(inc.with_figures(store.db, r) for r in rows)
            return
        n_events = store.count("events")
    t = Table("date", "actor", "event", "mode", "recipient", "modality", "reports", "sources", "corroboration",
              box=None)
    for r in rows:
        span = r["date"] if r["date_range"][0] == r["date_range"][1] else f"{r['date']}..{r['date_range'][1][5:]}"
        t.add_row(cell(span), cell(_who(r["actor"])), cell(r["event"]), cell(r.get("mode")), cell(_who(r["recipient"])),
                  cell(r["modality"]), cell(r["n_events"]), cell(", ".join(r["sources"])), cell(r["corroboration"]))
    c = console()
    c.print(t)
    grouped = sum(r["n_events"] for r in rows)
    c.print(f"{len(rows)} incidents from {grouped} events ({n_events} events stored)", highlight=False)


def _levels(value: str) -> list[float]:
    try:
        levels = [float(x) for x in value.split(",") if x.strip()]
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a list of numbers: pass e.g. 3,6,10") from None
    if not levels:
        raise click.BadParameter("no levels: pass e.g. 3,6,10")
    return levels


@click.group()
def watch() -> None:
    """Watch rules: tell me when a dyad or a figure crosses phased levels.

    \b
    Example:
      eventwire watch add standoff --actor IDN --actor MYS --recipient IDN --recipient MYS \\
          --measure incidents --levels 3,6,10 --window 7
      eventwire watch list
    """


@watch.command("add")
@click.argument("name")
@click.option("--actor", multiple=True, metavar="CODE", help="Actor code; repeatable (any of them).")
@click.option("--recipient", multiple=True, metavar="CODE", help="Recipient code; repeatable (any of them).")
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
              help="PLOVER type; repeatable (any of them).")
@click.option("--subject", default=None, help="For --measure figure: the counted thing, e.g. 'fishermen'.")
@click.option("--measure", type=click.Choice(("incidents", "sources", "figure")), required=True,
              help="incidents that happened in the window; distinct outlets reporting them; or the ledger's figure.")
@click.option("--levels", required=True, help="Rising thresholds, e.g. 3,6,10: level k is reached at the k-th.")
@click.option("--window", type=click.IntRange(1), default=7, show_default=True,
              help="Days, ending on the store's clock.")
@click.option("--notify", default=None, metavar="URL", help="POST each alert as JSON here (retried until delivered).")
@click.option("--replace", is_flag=True, help="Replace a watch of the same name.")
@db_option
@click.pass_context
@handle_errors
def watch_add(ctx: click.Context, name: str, actor: tuple[str, ...], recipient: tuple[str, ...],
              types: tuple[str, ...], subject: str | None, measure: str, levels: str, window: int,
              notify: str | None, replace: bool, db: str | None) -> None:
    """Add the watch NAME; it is evaluated now and after every stored document.

    \b
    Example:
      eventwire watch add clashes --actor IDN --recipient MYS --type ASSAULT --measure incidents \\
          --levels 1,3,5 --window 7 --notify https://hooks.example.org/eventwire
    """
    from .. import watches as w

    spec = w.Watch(name=name, measure=measure, levels=_levels(levels), actor=[a.upper() for a in actor] or None,
                   recipient=[r.upper() for r in recipient] or None, type=[t.upper() for t in types] or None,
                   subject=subject, window=window, notify=notify)
    with open_store(ctx, db, create=True) as store:
        w.add(store.db, spec, replace=replace)
        alerts = w.evaluate(store.db, [name])
        now = w.load(store.db)
    cur = next(x for x in now if x.name == name)
    console().print(f"watch {name}: {measure} over {window} days, levels {spec.levels}; now level {cur.level} "
                    f"(value {cur.value:g})", highlight=False)
    for a in alerts:
        _print_alert(a)


@watch.command("list")
@db_option
@json_option
@click.pass_context
@handle_errors
def watch_list(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """The watches, their current level and value.

    \b
    Example:
      eventwire watch list --json
    """
    from .. import watches as w

    with open_store(ctx, db) as store:
        rows = w.load(store.db, history=as_json)
    if as_json:
        emit_json(x.to_json() for x in rows)
        return
    t = Table("name", "measure", "filter", "levels", "window", "level", "value", "notify", box=None)
    for x in rows:
        what = " ".join(filter(None, [f"actor {'/'.join(x.actor)}" if x.actor else "",
                                      f"recipient {'/'.join(x.recipient)}" if x.recipient else "",
                                      f"type {'/'.join(x.type)}" if x.type else "",
                                      f"subject {x.subject!r}" if x.subject else ""]))
        t.add_row(cell(x.name), cell(x.measure), cell(what or "-"), cell(",".join(f"{v:g}" for v in x.levels)),
                  cell(f"{x.window}d"), cell(x.level), cell("-" if x.value is None else f"{x.value:g}"),
                  cell(x.notify or "-"))
    console().print(t)


@watch.command("remove")
@click.argument("name")
@db_option
@click.pass_context
@handle_errors
def watch_remove(ctx: click.Context, name: str, db: str | None) -> None:
    """Remove the watch NAME (its past alerts stay).

    \b
    Example:
      eventwire watch remove clashes
    """
    from .. import watches as w

    with open_store(ctx, db) as store:
        w.remove(store.db, name)
    console().print(f"removed watch {name}", highlight=False)


@watch.command("check")
@db_option
@click.pass_context
@handle_errors
def watch_check(ctx: click.Context, db: str | None) -> None:
    """Evaluate every watch now and deliver the notifications that are due.

    \b
    Example:
      eventwire watch check --db news.db
    """
    from .. import watches as w

    settings = ctx.obj["settings"]
    with open_store(ctx, db) as store:
        store.group_pending()
        alerts = w.evaluate(store.db)
        delivered, failed = w.deliver(store.db, timeout=settings.http_timeout, user_agent=settings.user_agent)
        rows = w.load(store.db)
    for a in alerts:
        _print_alert(a)
    console().print("; ".join(f"{x.name} level {x.level} ({x.value:g})" for x in rows if x.value is not None)
                    or "no watches", highlight=False)
    if delivered or failed:
        console().print(f"notifications: {delivered} delivered, {failed} failed (retried later)", highlight=False)
    if failed:
        sys.exit(1)


def _print_alert(a: dict[str, Any]) -> None:
    ev = a["evidence"]
    arrow = "▲" if a["direction"] == "up" else "▼"
    console().print(
        f"{arrow} {a['watch']}: level {a['previous_level']} → {a['level']} ({a['measure']} {a['value']:g}, "
        f"threshold {a['threshold']:g}, {a['window']['since']}..{a['window']['until']}); evidence: "
        f"{len(ev.get('incident_ids', []))} incidents, {len(ev.get('event_ids', []))} events, "
        f"{len(ev.get('claim_ids', []))} claims, {len(ev.get('doc_ids', []))} documents", highlight=False)


@click.command()
@click.option("--since", type=DATE, default=None, metavar="DATE", help="Alerts raised (or dated) on or after DATE.")
@click.option("--watch", "watch_name", default=None, metavar="NAME", help="Only this watch's alerts.")
@click.option("--evidence", is_flag=True, help="Show each alert's incidents.")
@db_option
@json_option
@click.pass_context
@handle_errors
def alerts(ctx: click.Context, since: str | None, watch_name: str | None, evidence: bool, db: str | None,
           as_json: bool) -> None:
    """Level changes of the watches, with their evidence.

    \b
    Example:
      eventwire alerts --since 2025-03-01 --json
    """
    from .. import watches as w

    with open_store(ctx, db) as store:
        rows = w.list_alerts(store.db, since=since, watch=watch_name)
        if as_json:
            emit_json(rows)
            return
        records: dict[str, dict[str, Any]] = {}
        if evidence:
            ids = sorted({i for a in rows for i in a["evidence"].get("incident_ids", [])})
            for i in ids:
                r = store.db.execute("SELECT record FROM incidents WHERE id = ?", (i,)).fetchone()
                if r:
                    records[i] = json.loads(r[0])
    if not rows:
        console().print("no alerts", highlight=False)
        return
    for a in rows:
        _print_alert(a)
        if evidence:
            for i in a["evidence"].get("incident_ids", []):
                r = records.get(i)
                if r is None:
                    console().print(f"    {i} (regrouped since)", highlight=False)
                    continue
                console().print(f"    {r['date']} {_who(r['actor'])} {r['event']} {_who(r['recipient'])}: "
                                f"{r['n_events']} reports, {', '.join(r['sources'])}", highlight=False)
            by_source = a["evidence"].get("by_source")
            if by_source:
                for s, f in by_source.items():
                    console().print(f"    {s}: {f['figure']} ({f['date']})", highlight=False)


class DurationParam(click.ParamType):
    name = "DURATION"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        from ..follow import parse_duration

        if isinstance(value, int | float):
            return float(value)
        try:
            return parse_duration(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", type=DurationParam(), default="15m", show_default=True,
              help="Time between rounds: 30s, 15m, 1h.")
@click.option("--rounds", type=click.IntRange(1), default=None, help="Stop after N rounds (default: until stopped).")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on loopback, link-local and private addresses (refused by default).")
@click.option("--follow-links", is_flag=True, help="Fetch the pages that feed entries link to.")
@db_option
@click.pass_context
@handle_errors
def follow(ctx: click.Context, sources: tuple[str, ...], every: float, rounds: int | None, allow_private: bool,
           follow_links: bool, db: str | None) -> None:
    """Poll SOURCES (RSS/Atom feeds, URLs, folders) and ingest only what is new.

    Each round fetches feeds and pages conditionally (ETag, Last-Modified), skips items already
    seen (by GUID or link), ingests the rest, evaluates the watches and delivers their
    notifications; one line per round. A failing source is retried with backoff while the others
    go on. Ctrl-C (or SIGTERM) finishes the documents in hand and stops; a rerun resumes without
    duplicates. Exit status 1 if the last round had failures.

    \b
    Example:
      eventwire follow https://example.org/feed.xml inbox/ --every 15m
    """
    import signal

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..follow import Follower

    settings = ctx.obj["settings"].with_(allow_private=allow_private or None, follow_links=follow_links or None)
    out = console(stderr=True)
    with open_store(ctx, db, create=True) as store, \
            Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=out,
                     transient=True, disable=not out.is_terminal) as progress:
            task = progress.add_task("following", total=None)
            follower = Follower(store, list(sources), settings, every=every,
                                on_item=lambda origin: progress.update(task, description=f"reading {origin[-50:]}"))
            received: list[str] = []

            def on_signal(signum: int, _frame: Any) -> None:
                received.append(signal.Signals(signum).name)
                follower.stop()

            old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
            last = None
            try:
                for rep in follower.run(rounds):
                    last = rep
                    progress.update(task, description=f"round {rep.round} done; next in {every:g} s")
                    for f in rep.ingest.failed:
                        out.print(f"[red]failed[/red] {cell(f.line())}", highlight=False, soft_wrap=True)
                    for a in rep.ingest.alerts:
                        out.print(f"alert: {a['watch']} level {a['previous_level']} → {a['level']} "
                                  f"({a['measure']} {a['value']:g})", highlight=False)
                    click.echo(rep.summary())
            finally:
                for s, h in old.items():
                    signal.signal(s, h)
    if received:
        out.print(f"stopped on {received[0]}: the documents in hand were stored; rerun to resume", highlight=False)
    if last is not None and last.ingest.failed:
        sys.exit(1)
