"""Modality of coded events: one rule each, on sentences of our own."""

from __future__ import annotations

import pytest
from tests.test_coding_rules import code, one

from eventwire.model import MODALITIES
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: the actors of these sentences, with codes (entities are given: see test_coding_rules)
ACTORS = {
    "Danish foreign minister": "DNK", "Kyiv": "UKR", "Poland": "POL", "Belarus": "BLR",
    "Canadian prime minister": "CAN", "Mexico": "MEX", "Kenyan president": "KEN",
    "Ethiopian foreign minister": "ETH", "Japan": "JPN", "South Korea": "KOR", "Norway": "NOR",
    "Ukraine": "UKR", "Turkey": "TUR", "Syria": "SYR", "Iran": "IRN", "Israel": "ISR", "Moscow": "RUS",
    "Egypt": "EGY", "Sudanese delegation": "SDN", "Chile": "CHL", "Bolivian envoy": "BOL", "Russia": "RUS",
    "Crimea": "UKR", "French ambassador": "FRA", "Germany": "DEU", "Sudan": "SDN", "Chad": "TCD",
    "Niger": "NER", "Mali": "MLI",
}


@pytest.mark.parametrize(("text", "etype", "modality"), [
    ("The Danish foreign minister visited Kyiv on Tuesday.", "CONSULT", "asserted"),
    ("Poland claimed that Belarus deployed troops to the border.", "MOBILIZE", "reported"),
    ("The Canadian prime minister will visit Mexico next week.", "CONSULT", "planned"),
    ("The Kenyan president was scheduled to meet the Ethiopian foreign minister.", "CONSULT", "planned"),
    ("Japan plans to discuss fishing rights with South Korea.", "CONSULT", "intended"),
    ("Norway considered supplying weapons to Ukraine.", "AID", "hypothetical"),
    ("Turkey may impose sanctions on Syria.", "SANCTION", "hypothetical"),
    ("Moscow denied sending troops to Belarus.", "MOBILIZE", "negated"),
    ("Egypt did not meet the Sudanese delegation.", "CONSULT", "negated"),
    ("Russia annexed Crimea in 2014.", "COERCE", "historical"),
    ("Syria had previously expelled the French ambassador.", "SANCTION", "historical"),
])
def test_modality(resources: Resources, text: str, etype: str, modality: str) -> None:
    event = one(code(text, resources, ACTORS), etype)
    assert event.modality == modality
    assert event.modality in MODALITIES


def test_recent_year_is_not_historical(resources: Resources) -> None:
    event = one(code("Russia annexed the region in 2024.", resources, ACTORS), "COERCE")
    assert event.modality == "asserted"


def test_refusal_carries_the_refused_act(resources: Resources) -> None:
    """CAMEO 12 (reject): the refused act is the REJECT's content, not a negated event of its own."""
    events = code("Chile refused to meet the Bolivian envoy.", resources, ACTORS)
    reject = one(events, "REJECT")
    assert reject.modality == "asserted" and "meet" in reject.event_text
    assert not [e for e in events if e.event == "CONSULT"]


def test_commitment_is_agree_and_carries_its_content(resources: Resources) -> None:
    """PLOVER AGREE / CAMEO 033: a commitment to give aid ('will provide aid') is the event; the aid,
    which has not happened, is its content and no AID event of its own."""
    events = code("Germany will provide humanitarian aid to Sudan.", resources, ACTORS)
    agree = one(events, "AGREE")
    assert agree.modality == "asserted" and agree.coder["rule"] == "rule:intent-to-cooperate"
    assert [a["code"] for a in agree.actor] == ["DEU"] and "aid" in agree.event_text
    assert not [e for e in events if e.event == "AID"]


def test_scheduled_meeting_stays_consult(resources: Resources) -> None:
    """A meeting, protest or deployment in the future tense is planned, not a promise or a threat."""
    for text, etype in (("The Peruvian minister will travel to Quito for talks next month.", "CONSULT"),
                        ("Farmers will hold a rally outside parliament on Tuesday.", "PROTEST")):
        events = code(text, resources, {**ACTORS, "Peruvian minister": "PER", "Farmers": "CVL"})
        assert one(events, etype).modality == "planned", text
        assert not [e for e in events if e.event in ("AGREE", "THREATEN")], text


def test_conditional_hostility_is_threaten(resources: Resources) -> None:
    events = code("Iran will attack Israel if the strikes continue.", resources, ACTORS)
    assert one(events, "THREATEN").coder["rule"] == "rule:intent-to-threaten"
    assert not [e for e in events if e.event == "ASSAULT"]


def test_purpose_clause_is_intended(resources: Resources) -> None:
    events = code("Chad sent troops to Niger to support Mali.", resources, ACTORS)
    assert one(events, "MOBILIZE").modality == "asserted"
    assert one(events, "SUPPORT").modality == "intended"


def test_is_to_puts_an_act_ahead(resources: Resources) -> None:
    from eventwire.coding import code_events
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate

    text = "Romania is to deploy 3,000 more troops along its eastern border, the defence ministry said."
    doc = Document(id="is-to", text=text, raw_text=text, published="2026-06-01")
    events = code_events(next(iter(annotate([doc], resources))), resources)
    assert [e.modality for e in events if e.event == "MOBILIZE"] == ["planned"], [(e.event, e.modality) for e in events]


@pytest.mark.parametrize(("text", "etype", "modality"), [
    # a time or condition still ahead of a main clause that looks ahead: no act yet
    ("Chad said its troops would stay in Niger until Mali released the hostages.", "RETREAT", "hypothetical"),
    ("The blockade will go on until Sudan expels the envoy.", "SANCTION", "hypothetical"),
    # the same subordinator after a past main clause tells what happened
    ("The troops stayed in Niger until Mali released the hostages on Friday.", "RETREAT", "asserted"),
])
def test_a_pending_condition_is_no_act(resources: Resources, text: str, etype: str, modality: str) -> None:
    event = one(code(text, resources, ACTORS), etype)
    assert event.modality == modality, event


def test_a_warning_with_its_condition_is_a_threat_made(resources: Resources) -> None:
    event = one(code("Iran warned Israel of a harsh response if the strikes continue.", resources, ACTORS), "THREATEN")
    assert event.modality == "asserted", event
