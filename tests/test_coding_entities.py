"""Document-level name consistency for the entities events are mapped to."""

from __future__ import annotations

from eventwire.coding import same_name_same_code
from eventwire.model import Entity


def test_uncoded_mention_takes_the_code_of_the_same_name() -> None:
    ents = [
        Entity("d", "North Korea", 0, 11, "GPE", code="PRK", sector=None, name="North Korea"),
        Entity("d", "North Korea’s", 40, 53, "GPE", code=None),
        Entity("d", "the EU's", 60, 68, "ORG", code=None),
        Entity("d", "EU", 80, 82, "ORG", code="EUR", sector="IGO"),
        Entity("d", "Atlantis", 90, 98, "GPE", code=None),
    ]
    out = same_name_same_code(ents)
    assert [e.code for e in out] == ["PRK", "PRK", "EUR", "EUR", None]
    assert out[2].sector == "IGO"
    assert ents[1].code is None, "the annotation's entities are not changed"
    assert (out[1].start, out[1].end, out[1].text) == (40, 53, "North Korea’s")
