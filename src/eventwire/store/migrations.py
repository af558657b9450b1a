"""Numbered, idempotent schema migrations. Append new ones; never edit an applied one.

Each migration runs in its own transaction and is recorded in ``_migrations``; running them
again does nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]


def _m001_initial(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS documents (
            id            TEXT PRIMARY KEY,      -- content hash of the clean text
            item_id       TEXT,                  -- the input's own id (JSONL id), if any
            origin        TEXT,                  -- file path, URL, WARC record ...
            source        TEXT,
            url           TEXT,
            title         TEXT,
            dateline      TEXT,
            byline        TEXT,
            published     TEXT,                  -- ISO 8601
            published_how TEXT,                  -- how the date was found
            language      TEXT,
            raw_text      TEXT NOT NULL,
            text          TEXT NOT NULL,
            repairs       TEXT NOT NULL DEFAULT '[]',  -- JSON list of repairs
            story_id      TEXT,
            n_chars       INTEGER NOT NULL,
            ingested_at   TEXT NOT NULL,
            annotated_with TEXT                  -- resource version that produced the annotations
        );
        CREATE INDEX IF NOT EXISTS documents_story ON documents(story_id);
        CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

        CREATE TABLE IF NOT EXISTS sentences (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx    INTEGER NOT NULL,
            start  INTEGER NOT NULL,
            end    INTEGER NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );

        CREATE TABLE IF NOT EXISTS entities (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start  INTEGER NOT NULL,
            end    INTEGER NOT NULL,
            text   TEXT NOT NULL,
            label  TEXT,
            kind   TEXT,
            code   TEXT,
            sector TEXT,
            name   TEXT,
            identifier TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id);
        CREATE INDEX IF NOT EXISTS entities_code ON entities(code);

        CREATE TABLE IF NOT EXISTS events (
            id         TEXT PRIMARY KEY,
            doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            date       TEXT,
            event      TEXT NOT NULL,
            mode       TEXT,
            modality   TEXT NOT NULL,
            confidence REAL,
            record     TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
        CREATE INDEX IF NOT EXISTS events_type ON events(event);
        CREATE INDEX IF NOT EXISTS events_date ON events(date);

        CREATE TABLE IF NOT EXISTS event_parties (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role     TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            code     TEXT,
            sector   TEXT
        );
        CREATE INDEX IF NOT EXISTS event_parties_code ON event_parties(role, code);
        CREATE INDEX IF NOT EXISTS event_parties_event ON event_parties(event_id);

        CREATE TABLE IF NOT EXISTS quantities (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start  INTEGER NOT NULL,
            end    INTEGER NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc_id);

        CREATE TABLE IF NOT EXISTS attributions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            record TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS attributions_doc ON attributions(doc_id);

        CREATE TABLE IF NOT EXISTS claims (
            doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            subject      TEXT,
            subject_code TEXT,
            record       TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);

        CREATE TABLE IF NOT EXISTS failures (
            origin TEXT NOT NULL,
            what   TEXT NOT NULL,
            why    TEXT NOT NULL,
            todo   TEXT NOT NULL,
            at     TEXT NOT NULL
        );
        """
    )


def _m002_serving(db: sqlite3.Connection) -> None:
    """For ``eventwire serve``: full-text search over each event's evidence sentence (FTS5, kept in
    step by triggers; a REPLACE of an event drops its old row first), an index in the API's page
    order, and one that covers the timeline's counts."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(sentence, tokenize='unicode61 remove_diacritics 2');
        INSERT INTO events_fts(rowid, sentence)
            SELECT rowid, json_extract(record, '$.text_info.text') FROM events
            WHERE rowid NOT IN (SELECT rowid FROM events_fts);
        CREATE TRIGGER IF NOT EXISTS events_fts_replace BEFORE INSERT ON events BEGIN
            DELETE FROM events_fts WHERE rowid = (SELECT rowid FROM events WHERE id = new.id);
        END;
        CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN
            INSERT INTO events_fts(rowid, sentence) VALUES (new.rowid, json_extract(new.record, '$.text_info.text'));
        END;
        CREATE TRIGGER IF NOT EXISTS events_fts_delete AFTER DELETE ON events BEGIN
            DELETE FROM events_fts WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER IF NOT EXISTS events_fts_update AFTER UPDATE OF record ON events BEGIN
            DELETE FROM events_fts WHERE rowid = old.rowid;
            INSERT INTO events_fts(rowid, sentence) VALUES (new.rowid, json_extract(new.record, '$.text_info.text'));
        END;
        CREATE INDEX IF NOT EXISTS events_page ON events(date, doc_id, id);
        CREATE INDEX IF NOT EXISTS events_stats ON events(modality, event, date);
        """
    )


def _m003_records_carry_stored_ids(db: sqlite3.Connection) -> None:
    # records of documents that had their own id (JSONL "id") carried that id, and event ids were
    # made from it, so two inputs both called "1" shared event ids: `eventwire reannotate` redoes
    # them with the stored id
    db.execute("UPDATE documents SET annotated_with = NULL WHERE item_id IS NOT NULL")


def _m004_one_failure_per_input(db: sqlite3.Connection) -> None:
    # every rerun of the same bad files added their failures again: keep the latest of each
    db.execute("DELETE FROM failures WHERE rowid NOT IN (SELECT max(rowid) FROM failures GROUP BY origin, what)")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS failures_origin_what ON failures(origin, what)")


def _m005_pending_stories(db: sqlite3.Connection) -> None:
    # the story index shared by concurrent ingests: a document joins the index here when a run
    # assigns its story, before its (slow) annotation; its save removes the row
    db.execute("CREATE TABLE IF NOT EXISTS pending_stories (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
               " doc_id TEXT NOT NULL UNIQUE, story_id TEXT NOT NULL, text TEXT NOT NULL, at TEXT NOT NULL)")


def _m006_serving_aggregates(db: sqlite3.Connection) -> None:
    """For ``eventwire serve`` on large stores: indexes that answer the dyad and timeline counts
    without reading event rows, and the map's places from the events that have one."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS events_mdate ON events(modality, date, event, id);
        CREATE INDEX IF NOT EXISTS event_parties_cover ON event_parties(event_id, role, code, sector);
        CREATE INDEX IF NOT EXISTS events_places ON events(
            json_extract(record, '$.event_loc.text'), json_extract(record, '$.event_loc.code'),
            json_extract(record, '$.event_loc.lat'), json_extract(record, '$.event_loc.lon'), event, modality, id)
            WHERE json_extract(record, '$.event_loc.text') IS NOT NULL;
        """
    )


def _m007_monitoring(db: sqlite3.Connection) -> None:
    """Live monitoring: incidents (one per real-world act, kept in step with events by
    ``eventwire.incidents`` inside each document's transaction), watch rules, their level over
    time and alerts, the notification outbox, and what ``eventwire follow`` has fetched and seen.
    Incidents of the events already stored are built here."""
    from .. import incidents

    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS incidents (
            id              TEXT PRIMARY KEY,
            block           TEXT NOT NULL,     -- event type and actor codes: what may be grouped
            event           TEXT NOT NULL,
            date            TEXT NOT NULL,     -- first day
            date_last       TEXT NOT NULL,
            modality        TEXT NOT NULL,
            happened        INTEGER NOT NULL,
            n_events        INTEGER NOT NULL,
            n_documents     INTEGER NOT NULL,
            n_sources       INTEGER NOT NULL,
            corroboration   TEXT NOT NULL,
            first_doc       TEXT,
            first_published TEXT,
            record          TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS incidents_date ON incidents(happened, date);
        CREATE INDEX IF NOT EXISTS incidents_type ON incidents(event, date);
        CREATE TABLE IF NOT EXISTS incident_events (
            event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            incident_id TEXT NOT NULL,
            doc_id      TEXT NOT NULL,
            block       TEXT NOT NULL,
            date_first  TEXT NOT NULL,
            date_last   TEXT NOT NULL,
            member      TEXT NOT NULL      -- JSON: what grouping needs of the event (no re-reading of records)
        );
        CREATE INDEX IF NOT EXISTS incident_events_block ON incident_events(block, date_last, date_first);
        CREATE INDEX IF NOT EXISTS incident_events_later ON incident_events(block, date_first);
        CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events(incident_id);
        CREATE INDEX IF NOT EXISTS incident_events_doc ON incident_events(doc_id);
        CREATE TABLE IF NOT EXISTS incident_parties (
            incident_id TEXT NOT NULL,
            role        TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            code        TEXT,
            sector      TEXT
        );
        CREATE INDEX IF NOT EXISTS incident_parties_code ON incident_parties(role, code, incident_id);
        CREATE INDEX IF NOT EXISTS incident_parties_incident ON incident_parties(incident_id);
        CREATE TABLE IF NOT EXISTS incidents_pending (   -- stored documents whose events await grouping
            doc_id TEXT PRIMARY KEY
        );
        CREATE TABLE IF NOT EXISTS incident_sources (
            incident_id TEXT NOT NULL,
            source      TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS incident_sources_incident ON incident_sources(incident_id);

        CREATE TABLE IF NOT EXISTS watches (
            name       TEXT PRIMARY KEY,
            spec       TEXT NOT NULL,          -- JSON: actor, recipient, type, subject, measure, levels, window, notify
            level      INTEGER NOT NULL DEFAULT 0,
            value      REAL,
            checked_at TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS watch_history (
            watch TEXT NOT NULL,
            at    TEXT NOT NULL,               -- the store's clock: the newest publication date
            level INTEGER NOT NULL,
            value REAL,
            PRIMARY KEY (watch, at)
        );
        CREATE TABLE IF NOT EXISTS alerts (
            id     TEXT PRIMARY KEY,
            watch  TEXT NOT NULL,
            seq    INTEGER NOT NULL,           -- the watch's n-th level change
            at     TEXT NOT NULL,
            record TEXT NOT NULL,
            UNIQUE (watch, seq)
        );
        CREATE INDEX IF NOT EXISTS alerts_at ON alerts(at);
        CREATE TABLE IF NOT EXISTS outbox (
            alert_id     TEXT NOT NULL,
            url          TEXT NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            next_at      TEXT NOT NULL,
            last_error   TEXT,
            delivered_at TEXT,
            PRIMARY KEY (alert_id, url)
        );
        CREATE TABLE IF NOT EXISTS feed_state (
            source        TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified TEXT,
            fetched_at    TEXT,
            status        TEXT,
            failures      INTEGER NOT NULL DEFAULT 0,
            next_try      TEXT,
            last_error    TEXT
        );
        CREATE TABLE IF NOT EXISTS seen_items (
            source TEXT NOT NULL,
            key    TEXT NOT NULL,              -- GUID, link, or a file's path, size and time
            at     TEXT NOT NULL,
            PRIMARY KEY (source, key)
        );
        """
    )
    incidents.rebuild(db)


MIGRATIONS: list[Migration] = [
    (1, "initial schema: documents, annotations, events, claims, failures", _m001_initial),
    (2, "serving: full-text search over evidence sentences, page and timeline indexes", _m002_serving),
    (3, "documents with an input id are stale: their records carried that id", _m003_records_carry_stored_ids),
    (4, "one failure row per input and what failed", _m004_one_failure_per_input),
    (5, "pending stories: the story index that concurrent ingests share", _m005_pending_stories),
    (6, "serving: covering indexes for dyads and timelines, an index of event places", _m006_serving_aggregates),
    (7, "monitoring: incidents, watches, alerts, the notification outbox, followed sources", _m007_monitoring),
]


def migrate(db: sqlite3.Connection) -> list[int]:
    """Apply every migration not yet applied; return the numbers applied now."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    done = {r[0] for r in db.execute("SELECT version FROM _migrations")}
    applied = []
    for version, name, fn in MIGRATIONS:
        if version in done:
            continue
        # the write lock first (BEGIN IMMEDIATE), then a second look: two processes opening a new
        # store at once would otherwise both read, then both try to write, and SQLite answers one of
        # them "database is locked" at once rather than making it wait
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM _migrations WHERE version = ?", (version,)).fetchone() is None:
                fn(db)
                db.execute(
                    "INSERT OR IGNORE INTO _migrations VALUES (?, ?, ?)",
                    (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                applied.append(version)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return applied
