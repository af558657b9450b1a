"""SQLite store. WAL mode, foreign keys on, one transaction per document so that a run killed at
any point leaves every document either wholly stored (with all its records) or absent; a rerun
then stores the rest."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import incidents
from ..errors import StoreError
from ..model import HAPPENED, Document, Failure, Repair, Result
from .migrations import migrate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def storable(text: str) -> str:
    """``text`` that SQLite can hold as UTF-8: a lone surrogate (a file name's undecodable byte,
    half a character) is written as its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


#: how many times opening a store is tried while another process holds it locked
OPEN_ATTEMPTS = 20


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        # two processes opening a new store at once can meet while one switches it to WAL or
        # migrates it, where SQLite answers "locked" without waiting: try again, for up to ~30 s
        for attempt in range(OPEN_ATTEMPTS):
            conn: sqlite3.Connection | None = None
            try:
                conn = sqlite3.connect(self.path, timeout=30.0)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA synchronous=NORMAL")
                migrate(conn)
                self.db = conn
                return
            except sqlite3.OperationalError as exc:
                if conn is not None:
                    conn.close()
                if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == OPEN_ATTEMPTS - 1:
                    raise StoreError(f"cannot open store {self.path}", str(exc),
                                     "check the path, or move a damaged file aside and ingest again") from exc
                time.sleep(min(2.0, 0.05 * 2**attempt))
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                raise StoreError(f"cannot open store {self.path}", str(exc),
                                 "check the path, or move a damaged file aside and ingest again") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save(self, result: Result, group_now: bool = True) -> bool:
        """Store a document and everything derived from it in one transaction, with its events
        grouped into incidents (``eventwire.incidents``); with ``group_now`` False the document
        is marked pending instead, in the same transaction, and ``group_pending`` groups the
        pending documents together (one regrouping for many documents). Returns False when the
        document was already there (nothing is written)."""
        d = result.document
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, item_id, origin, source, url, title, dateline, byline,"
                " published, published_how, language, raw_text, text, repairs, story_id, n_chars,"
                " ingested_at, annotated_with) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (d.id, d.item_id, d.origin, d.source, d.url, d.title, d.dateline, d.byline, d.published,
                 d.published_how, d.language, d.raw_text, d.text,
                 json.dumps([r.to_json() for r in d.repairs], ensure_ascii=False), d.story_id,
                 len(d.text), _now(), result.resource_version),
            )
            if cur.rowcount == 0:
                return False
            self._write_derived(result)
            if group_now:
                incidents.update(self.db, [d.id])
            else:
                self.db.execute("INSERT OR IGNORE INTO incidents_pending VALUES (?)", (d.id,))
            self.db.execute("DELETE FROM pending_stories WHERE doc_id = ?", (d.id,))
        return True

    def group_pending(self) -> int:
        """Group the events of every document marked pending (``save(group_now=False)``, or a run
        killed before it grouped them), in one transaction; the number of documents."""
        with self.db:
            docs = [r[0] for r in self.db.execute("SELECT doc_id FROM incidents_pending ORDER BY doc_id")]
            if docs:
                incidents.update(self.db, docs)
                self.db.execute("DELETE FROM incidents_pending")
        return len(docs)

    # ---- the story index that concurrent runs share ------------------------------------------

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """A write transaction taken at once (``BEGIN IMMEDIATE``): one run at a time inside it,
        the others wait (up to the 30 s busy timeout)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    def story_members(self, after_doc: int, after_pending: int) -> tuple[list[tuple[str, str, str]], int, int]:
        """(doc id, text, story id) of documents stored after rowid ``after_doc`` and of documents
        other runs have assigned a story but not stored yet (after ``after_pending``), with the
        new marks to pass next time."""
        rows: list[tuple[str, str, str]] = []
        for r in self.db.execute("SELECT rowid, id, text, story_id FROM documents WHERE rowid > ? ORDER BY rowid",
                                 (after_doc,)):
            after_doc = r[0]
            rows.append((r[1], r[2], r[3] or r[1]))
        for r in self.db.execute("SELECT seq, doc_id, text, story_id FROM pending_stories WHERE seq > ? ORDER BY seq",
                                 (after_pending,)):
            after_pending = r[0]
            rows.append((r[1], r[2], r[3]))
        return rows, after_doc, after_pending

    def add_pending_story(self, doc_id: str, story_id: str, text: str) -> None:
        """Announce a document's story to other runs before it is stored (inside ``exclusive``)."""
        self.db.execute("INSERT OR IGNORE INTO pending_stories (doc_id, story_id, text, at) VALUES (?,?,?,?)",
                        (doc_id, story_id, text, _now()))

    def forget_pending_stories(self, older_than: str) -> None:
        """Drop announcements older than ``older_than`` (ISO time): runs that were killed."""
        with self.db:
            self.db.execute("DELETE FROM pending_stories WHERE at < ?", (older_than,))

    def replace_derived(self, result: Result) -> None:
        """Re-annotation: swap a stored document's derived records atomically."""
        doc_id = result.document.id
        with self.db:
            before = incidents.touched(self.db, doc_id)
            for table in ("sentences", "entities", "quantities", "attributions", "claims"):
                self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            self.db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
            self._write_derived(result)
            self.db.execute("UPDATE documents SET annotated_with = ? WHERE id = ?",
                            (result.resource_version, doc_id))
            incidents.update(self.db, [doc_id], also=before)

    def _write_derived(self, r: Result) -> None:
        doc_id = r.document.id
        dumps = json.dumps
        self.db.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?)", [(doc_id, s.index, s.start, s.end) for s in r.sentences]
        )
        self.db.executemany(
            "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(doc_id, e.start, e.end, e.text, e.label, e.kind, e.code, e.sector, e.name, e.identifier,
              dumps(e.to_json(), ensure_ascii=False)) for e in r.entities],
        )
        for ev in r.events:
            # the same id twice in one document is the same event; in another document, an error
            cur = self.db.execute(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
                " date = excluded.date, event = excluded.event, mode = excluded.mode,"
                " modality = excluded.modality, confidence = excluded.confidence, record = excluded.record"
                " WHERE events.doc_id = excluded.doc_id",
                (ev.id, doc_id, ev.date, ev.event, ev.mode, ev.modality, ev.confidence,
                 dumps(ev.to_json(), ensure_ascii=False)),
            )
            if cur.rowcount == 0:
                raise StoreError(f"cannot store document {doc_id}", f"its event id {ev.id} is another document's",
                                 "please report this as a bug, with both inputs")
            self.db.execute("DELETE FROM event_parties WHERE event_id = ?", (ev.id,))
            self.db.executemany(
                "INSERT INTO event_parties VALUES (?,?,?,?)",
                [(ev.id, role, p.get("code"), p.get("sector"))
                 for role, parties in (("actor", ev.actor), ("recipient", ev.recipient)) for p in parties],
            )
        self.db.executemany(
            "INSERT INTO quantities VALUES (?,?,?,?)",
            [(doc_id, q.start, q.end, dumps(q.to_json(), ensure_ascii=False)) for q in r.quantities],
        )
        self.db.executemany(
            "INSERT INTO attributions VALUES (?,?)",
            [(doc_id, dumps(a.to_json(), ensure_ascii=False)) for a in r.attributions],
        )
        self.db.executemany(
            "INSERT INTO claims VALUES (?,?,?,?)",
            [(doc_id, c.subject, c.subject_code, dumps(c.to_json(), ensure_ascii=False)) for c in r.claims],
        )

    def record_failure(self, f: Failure) -> None:
        """One row per input and what failed: a rerun of the same bad input updates it."""
        with self.db:
            self.db.execute("INSERT INTO failures VALUES (?,?,?,?,?) ON CONFLICT (origin, what) DO UPDATE SET"
                            " why = excluded.why, todo = excluded.todo, at = excluded.at",
                            (*(storable(x) for x in (f.origin, f.what, f.why, f.todo)), _now()))

    def clear_failures(self, origin: str | None) -> None:
        """Forget the failures of an input that has now been read (it was fixed, or it came back)."""
        if origin:
            with self.db:
                self.db.execute("DELETE FROM failures WHERE origin = ?", (storable(origin),))

    # ---- reading -------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "claims", "entities", "quantities", "attributions", "failures"}:
            raise ValueError(table)
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def list_documents(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, title, source, url, published, story_id, n_chars, item_id AS external_id FROM documents"
            " ORDER BY published IS NULL, published, id"
        )
        return [dict(r) for r in rows]

    def find_documents(self, doc_id: str, limit: int = 10) -> list[str]:
        """Ids of the documents ``doc_id`` may mean: the document with that id, else those whose id
        starts with it (as git does) or whose input id (``external_id``) it is; at most ``limit``.
        The prefix is compared as text, never as a pattern (``_`` and ``%`` are characters)."""
        if not doc_id:
            return []
        if self.has_document(doc_id):
            return [doc_id]
        rows = self.db.execute(
            "SELECT id FROM documents WHERE substr(id, 1, length(?1)) = ?1 OR item_id = ?1 ORDER BY id LIMIT ?2",
            (doc_id, limit),
        )
        return [r[0] for r in rows]

    def find_document(self, doc_id: str) -> str | None:
        """Full id for an id or a unique prefix of one; None when none or several match."""
        found = self.find_documents(doc_id, limit=2)
        return found[0] if len(found) == 1 else None

    def get_document(self, doc_id: str) -> Document | None:
        r = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        return Document(
            id=r["id"], text=r["text"], raw_text=r["raw_text"], title=r["title"], dateline=r["dateline"],
            byline=r["byline"], source=r["source"], url=r["url"], published=r["published"],
            published_how=r["published_how"], language=r["language"],
            repairs=[Repair(**x) for x in json.loads(r["repairs"])], story_id=r["story_id"],
            origin=r["origin"], item_id=r["item_id"],
        )

    def iter_documents(self, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[Document]:
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM documents {where} ORDER BY id", params)]
        for doc_id in ids:
            doc = self.get_document(doc_id)
            if doc is not None:
                yield doc

    def story_texts(self) -> Iterator[tuple[str, str, str]]:
        for r in self.db.execute("SELECT id, text, story_id FROM documents ORDER BY ingested_at, id"):
            yield r[0], r[1], r[2] or r[0]

    def stale_documents(self, version: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM documents WHERE annotated_with IS NOT ? ORDER BY id", (version,))]

    def entities(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT record FROM entities WHERE doc_id = ? ORDER BY start", (doc_id,))
        return [json.loads(r[0]) for r in rows]

    def records(self, table: str, doc_id: str) -> list[dict[str, Any]]:
        if table not in {"quantities", "attributions", "claims", "events"}:
            raise ValueError(table)
        rows = self.db.execute(f"SELECT record FROM {table} WHERE doc_id = ?", (doc_id,))
        return [json.loads(r[0]) for r in rows]

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: list[str] | None = None,
        doc_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching every given filter. ``modality`` None means those that happened
        (asserted or reported); pass ["all"] for every modality."""
        sql = ["SELECT e.record FROM events e WHERE 1=1"]
        args: list[Any] = []
        mods = list(HAPPENED) if modality is None else modality
        if "all" not in mods:
            sql.append(f"AND e.modality IN ({','.join('?' * len(mods))})")
            args += mods
        for role, code in (("actor", actor), ("recipient", recipient)):
            if code:
                sql.append("AND EXISTS (SELECT 1 FROM event_parties p WHERE p.event_id = e.id"
                           " AND p.role = ? AND (p.code = ? OR p.code || p.sector = ?))")
                args += [role, code.upper(), code.upper()]
        if type:
            sql.append("AND e.event = ?")
            args.append(type.upper())
        if since:
            sql.append("AND e.date >= ?")
            args.append(since)
        if until:
            sql.append("AND substr(e.date, 1, length(?)) <= ?")
            args += [until, until]
        if doc_id:
            sql.append("AND e.doc_id = ?")
            args.append(doc_id)
        sql.append("ORDER BY e.date, e.doc_id, e.id")
        return [json.loads(r[0]) for r in self.db.execute(" ".join(sql), args)]

    def claims(self, subject: str | None = None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(claim record, document meta) pairs, optionally filtered by subject text."""
        sql = ("SELECT c.record, d.id, d.title, d.source, d.published, d.url, d.story_id"
               " FROM claims c JOIN documents d ON d.id = c.doc_id")
        args: list[Any] = []
        if subject:
            sql += " WHERE c.subject LIKE ?"
            args.append(f"%{subject}%")
        sql += " ORDER BY d.published, d.id"
        out = []
        for r in self.db.execute(sql, args):
            meta = {"doc_id": r[1], "title": r[2], "source": r[3], "published": r[4], "url": r[5],
                    "story_id": r[6]}
            out.append((json.loads(r[0]), meta))
        return out

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM failures ORDER BY at")]
