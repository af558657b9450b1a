"""The pipeline around the stages: incremental re-annotation after a gazetteer change, and worker
processes giving the same records as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many, reannotate, run_ingest
from eventwire.store import Store

TEXT = ("Envoys agree to talks\n\nTALLINN, May 4 (Test Wire) - Foreign Minister Jaan Tamm met Latvia's "
        "prime minister in Riga on Monday and condemned Russia's drills near the border, officials said.\n")


def _entity(store: Store, text: str) -> dict:
    [doc] = store.list_documents()
    return next(e for e in store.entities(doc["id"]) if text in e["text"])


def test_reannotate_after_gazetteer_change_is_incremental(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    base = Settings(db=str(tmp_path / "r.db"))
    with Store(base.db) as store:
        rep = run_ingest([str(tmp_path / "in")], store, base)
        assert rep.ingested == 1
        before = _entity(store, "Jaan Tamm")
        assert before.get("name") != "Jaan Tamm (test)"
        assert reannotate(store, base) == 0  # nothing is stale under the same data

        user = tmp_path / "mine.toml"
        user.write_text('[[people]]\nname = "Jaan Tamm (test)"\naliases = ["Jaan Tamm", "Tamm"]\n'
                        'code = "EST"\nsector = "GOV"\nroles = ["foreign_minister"]\n'
                        'start = "2020-01-01"\n', encoding="utf-8")
        changed = base.with_(gazetteer_files=(str(user),))
        seen: list[str] = []
        assert reannotate(store, changed, on_doc=seen.append) == 1
        assert len(seen) == 1
        after = _entity(store, "Jaan Tamm")
        assert (after["code"], after["sector"], after["name"]) == ("EST", "GOV", "Jaan Tamm (test)")
        assert reannotate(store, changed) == 0


@pytest.mark.slow
def test_workers_give_the_same_records(tmp_path: Path) -> None:
    from eventwire.clean import clean_item
    from eventwire.model import RawItem

    s1 = Settings(batch_size=2)
    texts = [TEXT.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    docs = [clean_item(RawItem(origin=f"t{i}", content=t), s1) for i, t in enumerate(texts)]
    one = [[e.id for e in r.events] for r in process_many(docs, s1)]
    two = [[e.id for e in r.events] for r in process_many(docs, s1.with_(workers=2))]
    assert one == two
    assert any(one)
