"""What the API reads, as parameterised SQL over a read-only connection.

Every list is a page in a fixed order with a keyset cursor (see ``params``); every record is the
one the matching ``--json`` command prints. Aggregates (timeline, dyads, places, actors) are
computed here, in SQLite, so that a page never needs all rows.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from .errors import not_found
from .params import DOCUMENT_KEY, EVENT_KEY, RANKED_KEY, EventFilter, decode_cursor, encode_cursor


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``, ``query_only``). WAL lets it read while an ingest writes.
    It may be used from another thread than the one that made it (a streamed answer is read in
    the server's thread pool), one thread at a time."""
    uri = "file:" + quote(os.path.abspath(path)) + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=10.0, check_same_thread=False)
    db.execute("PRAGMA query_only=ON")
    db.execute("PRAGMA mmap_size=268435456")  # pages read through the OS cache, shared by every connection
    return db


def _and(clauses: list[str]) -> str:
    return " AND ".join(clauses) if clauses else "1"


def _page(items: list[dict[str, Any]], keys: list[list[Any]], limit: int) -> dict[str, Any]:
    """``items``/``keys`` hold up to limit + 1 rows; the extra one only says there is a next page."""
    more = len(items) > limit
    return {"items": items[:limit], "next": encode_cursor(keys[limit - 1]) if more else None}


# ---- events ---------------------------------------------------------------------------------------


def events_page(db: sqlite3.Connection, f: EventFilter, limit: int, cursor: str | None) -> dict[str, Any]:
    """Events in (date, doc_id, id) order; undated events come first, as SQLite sorts NULL first."""
    clauses, args = f.where("e")
    key = decode_cursor(cursor, EVENT_KEY)
    if key is not None:
        if key[0] is None:
            clauses.append("(e.date IS NOT NULL OR (e.doc_id, e.id) > (?, ?))")
            args += key[1:]
        else:
            clauses.append("(e.date, e.doc_id, e.id) > (?, ?, ?)")
            args += key
    # walking the index in page order finds the first rows at once; the planner, left alone, may
    # collect and sort every match instead
    rows = db.execute(f"SELECT e.date, e.doc_id, e.id, e.record FROM events e INDEXED BY events_page"
                      f" WHERE {_and(clauses)} ORDER BY e.date, e.doc_id, e.id LIMIT ?", [*args, limit + 1]).fetchall()
    return _page([json.loads(r[3]) for r in rows], [list(r[:3]) for r in rows], limit)


def iter_events(db: sqlite3.Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    clauses, args = f.where("e")
    for r in db.execute(f"SELECT e.record FROM events e INDEXED BY events_page WHERE {_and(clauses)}"
                        " ORDER BY e.date, e.doc_id, e.id", args):
        yield json.loads(r[0])


def _spans(rec: dict[str, Any], start: int, end: int, sentence: str) -> list[dict[str, Any]]:
    """Trigger, actor, recipient and source spans inside the sentence, with offsets relative to it."""
    out: list[dict[str, Any]] = []
    parts = [("trigger", [rec.get("trigger") or {}]), ("actor", rec.get("actor") or []),
             ("recipient", rec.get("recipient") or []), ("source", rec.get("attribution") or [])]
    for role, items in parts:
        for p in items:
            s, e = p.get("start"), p.get("end")
            if isinstance(s, int) and isinstance(e, int) and start <= s < e <= end:
                out.append({"role": role, "start": s - start, "end": e - start, "text": sentence[s - start:e - start],
                            "code": p.get("code"), "sector": p.get("sector")})
    out.sort(key=lambda x: (x["start"], -x["end"]))
    return out


def event_detail(db: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    """The event record plus ``document`` (id, title, source, url, published) and ``evidence``:
    the sentence (offsets into the document's clean text) and the spans of trigger, actors,
    recipients and sources within it (offsets into the sentence)."""
    r = db.execute("SELECT e.record, d.id, d.title, d.source, d.url, d.published, d.text FROM events e"
                   " JOIN documents d ON d.id = e.doc_id WHERE e.id = ?", (event_id,)).fetchone()
    if r is None:
        raise not_found("event", event_id, "event ids come from GET /api/events")
    rec = json.loads(r[0])
    ti = rec.get("text_info") or {}
    start, end = ti.get("start"), ti.get("end")
    evidence: dict[str, Any] | None = None
    if isinstance(start, int) and isinstance(end, int):
        sentence = r[6][start:end]
        evidence = {"sentence": ti.get("sentence"), "start": start, "end": end, "text": sentence,
                    "spans": _spans(rec, start, end, sentence)}
    document = {"id": r[1], "title": r[2], "source": r[3], "url": r[4], "published": r[5]}
    return {**rec, "document": document, "evidence": evidence}


# ---- documents ------------------------------------------------------------------------------------

_DOC_FIELDS = "id, title, source, url, published, story_id, n_chars, item_id AS external_id"


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def documents_page(db: sqlite3.Connection, *, q: str | None, source: str | None, since: str | None,
                   until: str | None, limit: int, cursor: str | None) -> dict[str, Any]:
    """``docs list`` records in (published, id) order (undated first); ``q`` searches title and text."""
    clauses: list[str] = []
    args: list[Any] = []
    if q:
        clauses.append("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')")
        args += [_like(q), _like(q)]
    if source:
        clauses.append("source = ?")
        args.append(source)
    if since:
        clauses.append("published >= ?")
        args.append(since)
    if until:
        clauses.append("substr(published, 1, length(?)) <= ?")
        args += [until, until]
    key = decode_cursor(cursor, DOCUMENT_KEY)
    if key is not None:
        clauses.append("(coalesce(published, ''), id) > (?, ?)")
        args += key
    rows = db.execute(f"SELECT {_DOC_FIELDS} FROM documents WHERE {_and(clauses)}"
                      " ORDER BY coalesce(published, ''), id LIMIT ?", [*args, limit + 1])
    cols = [c.split(" AS ")[-1] for c in _DOC_FIELDS.split(", ")]
    items = [dict(zip(cols, r, strict=True)) for r in rows]
    return _page(items, [[d["published"] or "", d["id"]] for d in items], limit)


def document_detail(db: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """The ``docs show`` record for an id or a unique prefix of one (at least 4 characters)."""
    ids = [r[0] for r in db.execute("SELECT id FROM documents WHERE id = ?", (doc_id,))]
    if not ids and len(doc_id) >= 4:
        prefix = doc_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        ids = [r[0] for r in db.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (prefix,))]
    if len(ids) != 1:
        raise not_found("document", doc_id, "no id is or starts with it, or more than one does; "
                                            "ids come from GET /api/documents")
    r = db.execute("SELECT id, item_id, title, dateline, byline, source, url, published, language, story_id, text,"
                   " raw_text, repairs FROM documents WHERE id = ?", (ids[0],)).fetchone()
    entities = [json.loads(e[0]) for e in
                db.execute("SELECT record FROM entities WHERE doc_id = ? ORDER BY start", (ids[0],))]
    keys = ("id", "external_id", "title", "dateline", "byline", "source", "url", "published", "language",
            "story_id", "text", "raw_text")
    rec: dict[str, Any] = dict(zip(keys, r[:12], strict=True))
    rec["repairs"] = json.loads(r[12])
    rec["entities"] = entities
    return rec


# ---- claims ---------------------------------------------------------------------------------------

_STATUS_RANK = {"conflict": 0, "agree": 1, "single": 2}


def claim_pairs(db: sqlite3.Connection, subject: str | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(claim record, document meta), as ``Store.claims`` gives them."""
    sql = ("SELECT c.record, d.id, d.title, d.source, d.published, d.url, d.story_id"
           " FROM claims c JOIN documents d ON d.id = c.doc_id")
    args: list[Any] = []
    if subject:
        sql += " WHERE c.subject LIKE ? ESCAPE '\\'"
        args.append(_like(subject))
    sql += " ORDER BY d.published, d.id"
    return [(json.loads(r[0]), {"doc_id": r[1], "title": r[2], "source": r[3], "published": r[4], "url": r[5],
                                "story_id": r[6]}) for r in db.execute(sql, args)]


def ledger(db: sqlite3.Connection, subject: str | None, status: str | None) -> list[dict[str, Any]]:
    """The ``claims --json`` groups, conflicts first, then agreements, then single figures; by key."""
    from ..claims import build_ledger, claim_from_json

    groups = [g.to_json() for g in build_ledger([(claim_from_json(r), m) for r, m in claim_pairs(db, subject)])]
    if status:
        groups = [g for g in groups if g["status"] == status]
    groups.sort(key=lambda g: (_STATUS_RANK[g["status"]], g["key"]))
    return groups


def ledger_page(groups: list[dict[str, Any]], limit: int, cursor: str | None) -> dict[str, Any]:
    """A page of ``ledger`` groups, in their order."""
    key = decode_cursor(cursor, RANKED_KEY)
    if key is not None:
        groups = [g for g in groups if [_STATUS_RANK[g["status"]], g["key"]] > key]
    return _page(groups[:limit + 1], [[_STATUS_RANK[g["status"]], g["key"]] for g in groups[:limit + 1]], limit)


# ---- aggregates -----------------------------------------------------------------------------------


def actors_page(db: sqlite3.Connection, f: EventFilter, limit: int, cursor: str | None) -> dict[str, Any]:
    """Actor codes with how many of the filtered events name them as actor and as recipient;
    most frequent first. ``name`` is the canonical name entities with that code carry most often."""
    clauses, args = f.where("e")
    rows = db.execute(
        # an event may name one code twice in a role (a state and its government): count events
        "SELECT p.code, count(DISTINCT CASE WHEN p.role = 'actor' THEN p.event_id END),"
        " count(DISTINCT CASE WHEN p.role = 'recipient' THEN p.event_id END), count(DISTINCT p.event_id)"
        f" FROM event_parties p JOIN events e ON e.id = p.event_id WHERE p.code IS NOT NULL AND {_and(clauses)}"
        " GROUP BY p.code", args).fetchall()
    ordered = sorted(rows, key=lambda r: (-r[3], r[0]))
    key = decode_cursor(cursor, RANKED_KEY)
    if key is not None:
        ordered = [r for r in ordered if [-r[3], r[0]] > key]
    page = ordered[:limit + 1]
    names: dict[str, str] = {}
    codes = [r[0] for r in page]
    if codes:
        for code, name, _n in db.execute(
                f"SELECT code, name, count(*) AS n FROM entities WHERE code IN ({','.join('?' * len(codes))})"
                " AND name IS NOT NULL GROUP BY code, name ORDER BY n DESC", codes):
            names.setdefault(code, name)
    items = [{"code": r[0], "name": names.get(r[0]), "events": r[3], "as_actor": r[1], "as_recipient": r[2]}
             for r in page]
    return _page(items, [[-r[3], r[0]] for r in page], limit)


def _period(day: str, interval: str) -> str:
    if interval == "day":
        return day
    if interval == "month":
        return day[:7] + "-01"
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def timeline(db: sqlite3.Connection, f: EventFilter, interval: str) -> dict[str, Any]:
    """Counts per period (``day``; ``week``, named by its Monday; ``month``, by its first day) and
    event type. Events whose date is missing or less precise than the period are counted apart.
    SQLite counts per stored date and type (from an index); the periods are summed here."""
    clauses, args = f.where("e")
    width = 7 if interval == "month" else 10
    counts: Counter[tuple[str, str]] = Counter()
    vague = 0
    # grouped by modality too, so that an index in (modality, date, event) order answers it as it stands
    for _mod, day, event, n in db.execute(f"SELECT e.modality, e.date, e.event, count(*) FROM events e"
                                          f" WHERE {_and(clauses)} GROUP BY e.modality, e.date, e.event", args):
        if day is None or len(day) < width:
            vague += n
            continue
        try:
            counts[(_period(day[:10] if width == 10 else day[:7] + "-01", interval), event)] += n
        except ValueError:  # a malformed stored date
            vague += n
    items = [{"period": p, "event": ev, "count": n} for (p, ev), n in sorted(counts.items())]
    return {"interval": interval, "items": items, "total": sum(counts.values()), "undated": vague}


def dyads(db: sqlite3.Connection, f: EventFilter, limit: int) -> dict[str, Any]:
    """The top (actor code, recipient code) pairs among the filtered events that have a coded actor,
    with counts by type. ``recipient`` is null where the event has no coded recipient."""
    clauses, args = f.where("e")
    rows = db.execute(
        "SELECT a.code, r.code, e.event, count(DISTINCT e.id) FROM events e"
        " JOIN event_parties a ON a.event_id = e.id AND a.role = 'actor' AND a.code IS NOT NULL"
        " LEFT JOIN event_parties r ON r.event_id = e.id AND r.role = 'recipient' AND r.code IS NOT NULL"
        f" WHERE {_and(clauses)} GROUP BY a.code, r.code, e.event", args)
    pairs: dict[tuple[str, str | None], Counter[str]] = defaultdict(Counter)
    for actor, recipient, event, n in rows:
        pairs[(actor, recipient)][event] += n
    ranked = sorted(pairs.items(), key=lambda kv: (-sum(kv[1].values()), kv[0][0], kv[0][1] or ""))
    items = [{"actor": a, "recipient": r, "count": sum(c.values()), "types": dict(c.most_common())}
             for (a, r), c in ranked[:limit]]
    return {"items": items, "pairs": len(pairs)}


def places(db: sqlite3.Connection, f: EventFilter) -> dict[str, Any]:
    """Event locations that have coordinates, with counts by type; ``unplaced`` counts filtered
    events that name a place without coordinates."""
    clauses, args = f.where("e")
    rows = db.execute(
        "SELECT json_extract(e.record, '$.event_loc.text'), json_extract(e.record, '$.event_loc.code'),"
        " json_extract(e.record, '$.event_loc.lat'), json_extract(e.record, '$.event_loc.lon'), e.event, count(*)"
        " FROM events e INDEXED BY events_places"
        f" WHERE json_extract(e.record, '$.event_loc.text') IS NOT NULL AND {_and(clauses)}"
        " GROUP BY 1, 2, 3, 4, 5", args)
    points: dict[tuple[float, float], dict[str, Any]] = {}
    unplaced = 0
    for text, code, lat, lon, event, n in rows:
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            unplaced += n
            continue
        p = points.setdefault((round(lat, 3), round(lon, 3)), {"place": text, "code": code, "lat": lat, "lon": lon,
                                                               "count": 0, "types": Counter()})
        p["count"] += n
        p["types"][event] += n
    items = sorted(points.values(), key=lambda p: (-p["count"], p["place"]))
    for p in items:
        p["types"] = dict(p["types"].most_common())
    return {"items": items, "unplaced": unplaced}


def counts(db: sqlite3.Connection) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "events", "claims", "failures")}


# ---- monitoring -----------------------------------------------------------------------------------


def incidents_page(db: sqlite3.Connection, *, actor: str | None, recipient: str | None, type: str | None,
                   since: str | None, until: str | None, min_sources: int, everything: bool, limit: int,
                   cursor: str | None) -> dict[str, Any]:
    """Incidents (``eventwire incidents --json`` records, with figures) in (date, id) order."""
    from ..incidents import with_figures
    from ..watches import matching_incidents

    rows = matching_incidents(db, actor=[actor] if actor else None, recipient=[recipient] if recipient else None,
                              types=[type] if type else None, since=since, until=until, min_sources=min_sources,
                              happened_only=not everything)
    key = decode_cursor(cursor, DOCUMENT_KEY)
    if key is not None:
        rows = [r for r in rows if [r["date"], r["id"]] > key]
    page = rows[:limit + 1]
    return _page([with_figures(db, r) for r in page], [[r["date"], r["id"]] for r in page], limit)


def watches_list(db: sqlite3.Connection) -> dict[str, Any]:
    """Every watch (``watch list --json`` records) with its level over time (``history``)."""
    from ..watches import load

    return {"items": [w.to_json() | {"history": w.history} for w in load(db, history=True)], "next": None}


def alerts_page(db: sqlite3.Connection, *, since: str | None, watch: str | None, limit: int,
                cursor: str | None) -> dict[str, Any]:
    """Alerts (``alerts --json`` records), each with its incidents' records as ``incidents``."""
    from ..watches import list_alerts

    rows = list_alerts(db, since=since, watch=watch)
    key = decode_cursor(cursor, DOCUMENT_KEY)
    keyed = [([a["watch"], a["id"]], a) for a in rows]
    if key is not None:
        keyed = [(k, a) for k, a in keyed if k > key]
    page = keyed[:limit + 1]
    items = []
    for _, a in page:
        found = []
        for i in a["evidence"].get("incident_ids", [])[:50]:
            r = db.execute("SELECT record FROM incidents WHERE id = ?", (i,)).fetchone()
            if r is not None:
                found.append(json.loads(r[0]))
        items.append({**a, "incidents": found})
    return _page(items, [k for k, _ in page], limit)
