"""Acronyms a document defines resolve, everywhere in it, to the actor of their long form."""

from __future__ import annotations

import pytest

from eventwire.model import Document
from eventwire.nlp.acronyms import abbreviates, defined_acronyms, initials, is_short_form
from eventwire.nlp.annotate import annotate
from eventwire.nlp.resolve import mentions_in, resolve_phrase
from eventwire.resources import Resources


@pytest.mark.parametrize(("short", "long", "ok"), [
    ("KNUT", "Kenya National Union of Teachers", True),
    ("HTS", "Hayat Tahrir al-Sham", True),
    ("ZFA", "Zambian Farmers Alliance", True),
    ("M23", "March 23 Movement", True),
    ("ZFA", "farmers of Zambia", False),
    ("NATO", "European Union", False),
    ("UN", "Security Council", False),
])
def test_abbreviates(short: str, long: str, ok: bool) -> None:
    assert abbreviates(short, long) is ok


def test_short_forms() -> None:
    assert all(is_short_form(w) for w in ("KNUT", "HTS", "M23", "AU", "SADC"))
    assert not any(is_short_form(w) for w in ("A", "The", "Union", "x", "KNUTTTTTTT"))


def test_three_ways_of_defining(resources: Resources) -> None:
    gaz = resources.gazetteer
    text = ("The Zambian Farmers Alliance (ZFA) met. ZNA, the Zorvian National Army, moved. "
            "Later the KTU (Kenyan Teachers Union) spoke.")
    found = defined_acronyms(*mentions_in(text, gaz, None))
    assert {k: (e.code, e.sector) for k, e in found.items()} == {
        "ZFA": ("ZMB", "AGR"), "ZNA": (None, "MIL"), "KTU": ("KEN", "LAB")}
    assert found["ZFA"].name == "Zambian Farmers Alliance"


def test_no_definition_without_a_matching_long_form(resources: Resources) -> None:
    gaz = resources.gazetteer
    text = "Kenyan farmers (KNUT) protested, police (AP) said. NATO, the European Union and Kenyan troops."
    assert defined_acronyms(*mentions_in(text, gaz, None)) == {}


def test_resolve_phrase_reads_definitions_in_the_context(resources: Resources) -> None:
    gaz = resources.gazetteer
    context = "The Zambian Farmers Alliance (ZFA) rejected the new maize levy on Tuesday."
    got = resolve_phrase("ZFA officials", gaz, context=context)
    assert (got.code, got.sector, got.name) == ("ZMB", "AGR", "Zambian Farmers Alliance")
    assert resolve_phrase("ZFA officials", gaz).code is None


def test_a_document_definition_holds_throughout_it(resources: Resources) -> None:
    text = ("The Kenya National Union of Teachers (KNUT) called a national strike on Monday. "
            "KNUT officials said talks with the ministry had failed, and the KNUT would not back down.")
    ann = next(annotate([Document(id="d", text=text, raw_text=text, published="2024-05-01")], resources))
    later = [e for e in ann.entities if e.start > text.index("Monday") and "KNUT" in e.text]
    assert len(later) == 2
    assert all((e.code, e.sector) == ("KEN", "LAB") for e in later)
    assert all(e.name == "Kenya National Union of Teachers" for e in later)


def test_the_definition_wins_over_what_the_gazetteer_says(resources: Resources) -> None:
    gaz = resources.gazetteer
    assert gaz.lookup_name("EU") is not None
    context = "Members of the Estonian Union (EU) of dock workers walked out."
    got = resolve_phrase("EU", gaz, context=context)
    assert got.code == "EST"


def test_a_state_defined_by_its_letters_stays_a_state(resources: Resources) -> None:
    gaz = resources.gazetteer
    found = defined_acronyms(*mentions_in("Troops of the Central African Republic (CAR) moved north.", gaz, None))
    assert (found["CAR"].kind, found["CAR"].code, found["CAR"].sector) == ("state", "CAF", None)


def test_a_clause_after_a_comma_is_no_long_form(resources: Resources) -> None:
    gaz = resources.gazetteer
    text = "Unlike NATO, the newer alliance of Kenyan troops and officers acted fast."
    assert "NATO" not in defined_acronyms(*mentions_in(text, gaz, None))


@pytest.mark.parametrize(("name", "letters"), [
    ("Rapid Support Forces", "RSF"),
    ("Front for the Liberation of Mozambique", "FLM"),
    ("Kenya National Union of Teachers", "KNUT"),
    ("Reporters Without Borders", "RWB"),
])
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_an_acronym_the_story_spells_out_elsewhere_is_that_name(resources: Resources) -> None:
    """RSF is Reporters Without Borders in the gazetteer; in a story that names the Rapid Support
    Forces and uses RSF without defining it, the letters are the militia's."""
    text = ("The paramilitary Rapid Support Forces has fought the army since April 2023. On Monday "
            "the RSF shelled a market in the west, witnesses said.")
    doc = Document(id="rsf", text=text, raw_text=text, published="2026-06-01")
    ents = {e.text: e for e in next(iter(annotate([doc], resources))).entities}
    assert (ents["RSF"].code, ents["RSF"].sector) == ("SDN", "MIL")
    alone = "RSF said on Monday that two reporters were detained."
    doc = Document(id="rsf2", text=alone, raw_text=alone, published="2026-06-01")
    ents = {e.text: e for e in next(iter(annotate([doc], resources))).entities}
    assert ents["RSF"].code != "SDN"  # no name in the story spells it out: the gazetteer's reading
