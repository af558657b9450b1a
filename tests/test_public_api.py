"""The public surface is small and pinned: changing it is a deliberate act."""

from __future__ import annotations

import eventwire
from eventwire.clean import STEPS
from eventwire.ingest import READERS


def test_exported_members() -> None:
    assert sorted(eventwire.__all__) == sorted([
        "Attribution", "Claim", "Document", "Entity", "Event", "EventwireError", "Pipeline", "Quantity",
        "RawItem", "Result", "Settings", "Store", "__version__", "load_settings", "process",
    ])
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_registries_are_explicit_lists() -> None:
    assert isinstance(READERS, list | tuple) and len(READERS) >= 5
    assert isinstance(STEPS, list | tuple) and len(STEPS) >= 4


def test_process_without_a_store() -> None:
    [r] = eventwire.process(["Japan deployed 40 warships near the disputed islands on Monday, officials said."],
                            published="2025-03-03")
    assert r.document.text.startswith("Japan deployed")
    assert any(q.value == 40 for q in r.quantities)
    assert any(e.code == "JPN" for e in r.entities)
