"""The JSON API under ``/api/``: the contract for scripts (README, "Serving").

Reads use one read-only SQLite connection per request; list endpoints answer
``{"items": [...], "next": CURSOR|null}`` with the records of the matching ``--json`` command.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import sqlite3
from collections.abc import Callable, Hashable, Iterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from .cache import Versioned
from .errors import ApiError, bad_parameter
from .params import DEFAULT_LIMIT, INTERVALS, EventFilter, check_choice, check_date, check_limit
from .queries import (
    actors_page,
    alerts_page,
    claim_pairs,
    connect,
    counts,
    document_detail,
    documents_page,
    dyads,
    event_detail,
    events_page,
    incidents_page,
    iter_events,
    ledger,
    ledger_page,
    places,
    timeline,
    watches_list,
)

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(description="Page size, 1 to 1000.")]
Cursor = Annotated[str | None, Query(description="The `next` value of the previous page.")]
STATUSES = ("conflict", "agree", "single")
EXPORT_FORMATS = ("csv", "jsonl")
EXPORT_WHAT = ("events", "claims", "ledger")


def get_db(request: Request) -> Iterator[sqlite3.Connection]:
    db = connect(request.app.state.db_path)
    try:
        yield db
    finally:
        db.close()


DB = Annotated[sqlite3.Connection, Depends(get_db)]


def event_filter(
    actor: Annotated[str | None, Query(description="Actor code, e.g. IDN or IDNGOV.")] = None,
    recipient: Annotated[str | None, Query(description="Recipient code.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type.")] = None,
    since: Annotated[str | None, Query(description="Earliest date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Latest date, YYYY[-MM[-DD]] (inclusive).")] = None,
    modality: Annotated[list[str] | None, Query(description="Repeatable, or `all`. Default: asserted, reported.")]
    = None,
    q: Annotated[str | None, Query(description="Words that the evidence sentence must contain (FTS5).")] = None,
) -> EventFilter:
    return EventFilter.parse(actor=actor, recipient=recipient, type=type, since=since, until=until,
                             modality=modality, q=q)


Filter = Annotated[EventFilter, Depends(event_filter)]


def cached(request: Request, key: Hashable, compute: Callable[[], Any]) -> Any:
    store: Versioned = request.app.state.cache
    return store.get(key, compute)


def _json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status, headers={"Cache-Control": "no-store"})


@router.get("/events", summary="Events, filtered, a page at a time")
def list_events(db: DB, f: Filter, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> JSONResponse:
    return _json(events_page(db, f, check_limit(limit), cursor))


@router.get("/events/{event_id}", summary="One event, its document and its highlighted evidence")
def get_event(db: DB, event_id: str) -> JSONResponse:
    return _json(event_detail(db, event_id))


@router.get("/documents", summary="Documents (`docs list` records); q searches title and text")
def list_documents(db: DB, q: str | None = None, source: str | None = None, since: str | None = None,
                   until: str | None = None, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> JSONResponse:
    return _json(documents_page(db, q=q or None, source=source or None, since=check_date("since", since),
                                until=check_date("until", until), limit=check_limit(limit), cursor=cursor))


@router.get("/documents/{doc_id}", summary="One document (`docs show` record); the id may be a unique prefix")
def get_document(db: DB, doc_id: str) -> JSONResponse:
    return _json(document_detail(db, doc_id))


@router.get("/claims", summary="The claims ledger: groups of figures, conflicts first")
def list_claims(request: Request, db: DB, subject: str | None = None, status: str | None = None,
                limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> JSONResponse:
    if status:
        check_choice("status", status, STATUSES)
    groups = cached(request, ("ledger", subject or None, status or None), lambda: ledger(db, subject or None,
                                                                                         status or None))
    return _json(ledger_page(groups, check_limit(limit), cursor))


@router.get("/incidents", summary="Incidents: one record per real-world act, across the documents reporting it")
def list_incidents(
    db: DB,
    actor: Annotated[str | None, Query(description="Actor code, e.g. IDN or IDNGOV.")] = None,
    recipient: Annotated[str | None, Query(description="Recipient code.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type.")] = None,
    since: Annotated[str | None, Query(description="Earliest date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Latest date (inclusive).")] = None,
    min_sources: Annotated[int, Query(description="Only incidents reported by this many outlets or more.")] = 0,
    all: Annotated[bool, Query(description="Also incidents that did not happen (planned, denied).")] = False,
    limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None,
) -> JSONResponse:
    f = EventFilter.parse(actor=actor, recipient=recipient, type=type, since=since, until=until,
                          modality=None, q=None)
    if min_sources < 0:
        raise bad_parameter("min_sources", min_sources, "must be 0 or more")
    return _json(incidents_page(db, actor=f.actor, recipient=f.recipient, type=f.type, since=f.since,
                                until=f.until, min_sources=min_sources, everything=all,
                                limit=check_limit(limit), cursor=cursor))


@router.get("/watches", summary="Watch rules, their current level and their level over time")
def list_watches(db: DB) -> JSONResponse:
    return _json(watches_list(db))


@router.get("/alerts", summary="Level changes of the watches, with their evidence and incidents")
def list_alerts(db: DB, since: str | None = None, watch: str | None = None, limit: Limit = DEFAULT_LIMIT,
                cursor: Cursor = None) -> JSONResponse:
    return _json(alerts_page(db, since=check_date("since", since), watch=watch or None, limit=check_limit(limit),
                             cursor=cursor))


@router.get("/actors", summary="Actor codes with the number of filtered events that name them")
def list_actors(request: Request, db: DB, f: Filter, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
                ) -> JSONResponse:
    limit = check_limit(limit)
    return _json(cached(request, ("actors", f, limit, cursor), lambda: actors_page(db, f, limit, cursor)))


@router.get("/stats/timeline", summary="Events per day, week or month, by type")
def stats_timeline(request: Request, db: DB, f: Filter, interval: str = "day") -> JSONResponse:
    check_choice("interval", interval, INTERVALS)
    return _json(cached(request, ("timeline", f, interval), lambda: timeline(db, f, interval)))


@router.get("/stats/dyads", summary="The top actor → recipient pairs, with counts by type")
def stats_dyads(request: Request, db: DB, f: Filter,
                limit: Annotated[int, Query(description="Pairs, 1 to 1000.")] = 20) -> JSONResponse:
    limit = check_limit(limit)
    return _json(cached(request, ("dyads", f, limit), lambda: dyads(db, f, limit)))


@router.get("/stats/places", summary="Event locations with coordinates, with counts by type")
def stats_places(request: Request, db: DB, f: Filter) -> JSONResponse:
    return _json(cached(request, ("places", f), lambda: places(db, f)))


@router.get("/stats/store", summary="How many documents, events, claims and failed inputs the store holds")
def stats_store(db: DB) -> JSONResponse:
    return _json(counts(db))


# ---- export -----------------------------------------------------------------------------------------


def _csv_line(row: list[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerow(row)
    return buf.getvalue()


def _export_rows(path: str, fmt: str, what: str, f: EventFilter, subject: str | None) -> Iterator[str]:
    """The export, a line at a time, from its own connection (the response outlives the handler)."""
    from ..export.writers import EVENT_COLUMNS, flatten_event

    db = connect(path)
    try:
        if what == "events":
            if fmt == "csv":
                yield _csv_line(EVENT_COLUMNS)
            for rec in iter_events(db, f):
                if fmt == "jsonl":
                    yield json.dumps(rec, ensure_ascii=False) + "\n"
                else:
                    flat = flatten_event(rec)
                    yield _csv_line([flat.get(c) for c in EVENT_COLUMNS])
            return
        rows: list[dict[str, Any]] = ([{**rec, "document": meta} for rec, meta in claim_pairs(db, subject)]
                                      if what == "claims" else ledger(db, subject, None))
    finally:
        db.close()
    if fmt == "jsonl":
        for r in rows:
            yield json.dumps(r, ensure_ascii=False) + "\n"
        return
    columns = sorted({k for r in rows for k in r})
    yield _csv_line(columns)
    for r in rows:
        yield _csv_line([json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                         for v in (r.get(c) for c in columns)])


@router.get("/export", summary="Events, claims or the ledger as CSV or JSON Lines, streamed")
def export(request: Request, f: Filter, format: str = "jsonl", what: str = "events",
           subject: Annotated[str | None, Query(description="Claims and ledger: subject contains.")] = None
           ) -> StreamingResponse:
    check_choice("format", format, EXPORT_FORMATS)
    check_choice("what", what, EXPORT_WHAT)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
    name = f"eventwire-{what}.{format}"
    return StreamingResponse(_export_rows(request.app.state.db_path, format, what, f, subject or None),
                             media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


# ---- ingest -----------------------------------------------------------------------------------------


def _check_token(request: Request) -> None:
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(403, "read-only server", "this server was started without --token, so it takes no "
                                                "writes; restart it with `eventwire serve --token TOKEN`")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "send the header `Authorization: Bearer TOKEN`, with the token the "
                                            "server was started with", headers={"WWW-Authenticate": "Bearer"})


def _check_published(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return check_date("published", value)
        except ApiError:
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
                return value
            except ValueError:
                pass
    raise bad_parameter("published", value, "not an ISO date or date-time")


def _text_field(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise bad_parameter(name, value, "must be a string")
    return value or None


_INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "properties": {
        "text": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"},
        "published": {"type": "string"}, "title": {"type": "string"}}}},
    "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}}}}}


@router.post("/ingest", summary="Ingest one article (needs Authorization: Bearer TOKEN)", status_code=201,
             openapi_extra=_INGEST_BODY)
async def ingest(request: Request, source: str | None = None, published: str | None = None,
                 title: str | None = None) -> JSONResponse:
    """A text or HTML body (``source``, ``published``, ``title`` as query parameters), or JSON
    ``{text | url, source, published, title}``. Answers the document's id, story and counts:
    201 when stored now, 200 when it was already there."""
    _check_token(request)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    meta: dict[str, Any] = {"source": source, "published": published, "title": title}
    data: bytes | None = None
    url = None
    if ctype == "application/json":
        try:
            body = json.loads(raw)
        except ValueError as exc:
            example = '{"text": "...", "source": "...", "published": "2025-03-01"}'
            raise ApiError(400, "malformed JSON", f"{exc}; send an object such as {example}") from exc
        if not isinstance(body, dict) or (body.get("text") is None) == (body.get("url") is None):
            raise ApiError(422, "invalid body", "send a JSON object with either `text` or `url` (not both), "
                                                "and optionally `source`, `published`, `title`")
        meta = {k: _text_field(body, k) for k in ("source", "published", "title")}
        url = _text_field(body, "url")
        if url is not None and not url.lower().startswith(("http://", "https://")):
            raise bad_parameter("url", url, "not an http(s) URL")
        text = _text_field(body, "text")
        data = None if text is None else text.encode("utf-8")
    elif ctype in ("text/plain", "text/html", ""):
        data = raw
    else:
        raise ApiError(415, "unsupported media type", f"{ctype!r}: send text/plain, text/html or application/json")
    answer = await run_in_threadpool(
        request.app.state.ingester.ingest, data=data, url=url, source=meta["source"],
        published=_check_published(meta["published"]), title=meta["title"])
    return _json(answer, 200 if answer["duplicate"] else 201)
