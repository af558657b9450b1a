"""The SQLite store: migrations, atomic saves, queries. Real SQLite files in tmp_path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.model import Document, Entity, Event, Failure, Repair, Result, Sentence
from eventwire.store import Store
from eventwire.store.migrations import MIGRATIONS, migrate


def _event(eid: str, doc_id: str, etype: str, actor: str, recip: str, date: str, modality: str) -> Event:
    return Event(
        id=eid, doc_id=doc_id, date=date, event=etype, mode=None, context=[],
        actor=[{"entity_text": actor, "code": actor, "sector": "GOV", "name": None, "start": 0, "end": 3}],
        recipient=[{"entity_text": recip, "code": recip, "sector": None, "name": None, "start": 8, "end": 11}],
        event_text="met", event_loc=None, size={"dead": None, "injured": None, "arrested": None},
        text_info={"sentence": 0, "start": 0, "end": 12, "text": "KOR met PRK."}, cameo="040",
        modality=modality, attribution=[], confidence=0.8, coder={"rule": "test", "version": "0"},
    )


def _result(doc_id: str, text: str = "KOR met PRK.", events: list[Event] | None = None) -> Result:
    doc = Document(id=doc_id, text=text, raw_text=text + "\n", title="t", published="2024-11-04",
                   repairs=[Repair("whitespace", 12, 13, "\n", "", "ws")], story_id=doc_id)
    return Result(
        document=doc,
        sentences=[Sentence(0, 0, len(text), text)],
        entities=[Entity(doc_id, "KOR", 0, 3, "GPE", code="KOR")],
        events=events or [],
        resource_version="v1",
    )


def test_open_sets_wal_foreign_keys_and_schema(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "events", "event_parties", "claims", "entities", "failures"} <= tables


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "m.db")
    assert migrate(db) == [m[0] for m in MIGRATIONS]
    assert migrate(db) == []
    n = db.execute("SELECT count(*) FROM _migrations").fetchone()[0]
    assert n == len(MIGRATIONS)


def test_save_is_atomic_and_duplicates_add_nothing(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    r = _result("d1", events=[_event("e1", "d1", "CONSULT", "KOR", "PRK", "2024-11-04", "asserted")])
    assert s.save(r) is True
    assert s.save(r) is False
    assert s.count("documents") == 1
    assert s.count("events") == 1
    assert s.count("entities") == 1
    doc = s.get_document("d1")
    assert doc is not None and doc.raw_text == "KOR met PRK.\n" and doc.repairs[0].kind == "whitespace"


def test_a_failed_save_leaves_nothing_behind(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    bad = _result("d2")
    bad.entities = [Entity("d2", "x", 0, 1, "GPE", code="KOR", extra={"unserialisable": object()})]
    with pytest.raises(TypeError):
        s.save(bad)
    assert s.count("documents") == 0 and s.count("entities") == 0


def test_event_filters(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    s.save(_result("d1", events=[
        _event("e1", "d1", "CONSULT", "KOR", "PRK", "2024-11-04", "asserted"),
        _event("e2", "d1", "ASSAULT", "RUS", "UKR", "2024-11-02", "reported"),
        _event("e3", "d1", "AID", "KOR", "UKR", "2024-11-05", "hypothetical"),
    ]))
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    assert ids(s.events()) == ["e2", "e1"]  # happened only, by date
    assert ids(s.events(modality=["all"])) == ["e2", "e1", "e3"]
    assert ids(s.events(actor="KOR", modality=["all"])) == ["e1", "e3"]
    assert ids(s.events(actor="KORGOV")) == ["e1"]
    assert ids(s.events(recipient="UKR", modality=["all"])) == ["e2", "e3"]
    assert ids(s.events(type="assault")) == ["e2"]
    assert ids(s.events(since="2024-11-03", until="2024-11-04")) == ["e1"]
    assert ids(s.events(modality=["hypothetical"])) == ["e3"]


def test_replace_derived_swaps_records(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    s.save(_result("d1", events=[_event("e1", "d1", "CONSULT", "KOR", "PRK", "2024-11-04", "asserted")]))
    newer = _result("d1", events=[_event("e9", "d1", "ACCUSE", "KOR", "PRK", "2024-11-04", "asserted")])
    newer.resource_version = "v2"
    assert s.stale_documents("v2") == ["d1"]
    s.replace_derived(newer)
    assert [e["id"] for e in s.events()] == ["e9"]
    assert s.stale_documents("v2") == []
    assert s.db.execute("SELECT count(*) FROM event_parties").fetchone()[0] == 2


def test_prefix_lookup_and_failures(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    s.save(_result("abc123"))
    s.save(_result("abd456", text="Other text."))
    assert s.find_document("abc") == "abc123"
    assert s.find_document("ab") is None  # ambiguous
    s.record_failure(Failure("x.bin", "not a text file", "contains NUL bytes", "pass a text file"))
    assert s.failures()[0]["origin"] == "x.bin"


def test_unopenable_store_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(p)
