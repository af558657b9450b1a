"""Event coding from the dependency parse: one rule each, on sentences of our own."""

from __future__ import annotations

import pytest

from eventwire.coding import code_events
from eventwire.config import PIPELINE_VERSION
from eventwire.model import PLOVER_TYPES, Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def code(text: str, resources: Resources, published: str | None = "2024-11-04") -> list[Event]:
    ann = next(annotate([Document(id="doc-1", text=text, raw_text=text, published=published)], resources))
    return code_events(ann, resources)


def one(events: list[Event], etype: str) -> Event:
    hits = [e for e in events if e.event == etype]
    assert hits, f"no {etype} among {[(e.event, e.event_text) for e in events]}"
    return hits[0]


def codes(parties: list[dict[str, object]]) -> list[object]:
    return [p["code"] for p in parties]


def texts(parties: list[dict[str, object]]) -> list[object]:
    return [p["entity_text"] for p in parties]


def test_active_subject_and_object(resources: Resources) -> None:
    e = one(code("Brazil condemned Venezuela on Monday.", resources), "ACCUSE")
    assert codes(e.actor) == ["BRA"] and codes(e.recipient) == ["VEN"]
    assert e.mode == "disapprove" and e.cameo == "111"


def test_passive_agent_is_actor(resources: Resources) -> None:
    e = one(code("The convoy was attacked by Houthi rebels near Marib.", resources), "ASSAULT")
    assert codes(e.actor) == ["YEM"]
    assert texts(e.recipient) == ["The convoy"]
    assert e.event_loc is not None and e.event_loc["text"] == "Marib"


def test_control_gives_the_embedded_event_the_same_actor(resources: Resources) -> None:
    events = code("Greece and Cyprus agreed to cooperate with Egypt on energy.", resources)
    agree, coop = one(events, "AGREE"), one(events, "COOPERATE")
    assert codes(agree.actor) == ["GRC", "CYP"]
    assert codes(coop.actor) == ["GRC", "CYP"] and codes(coop.recipient) == ["EGY"]
    assert coop.modality == "planned"


def test_raising_through_passive(resources: Resources) -> None:
    e = one(code("The Kenyan president was scheduled to meet the Ethiopian foreign minister.", resources),
            "CONSULT")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["ETH"]


def test_object_control(resources: Resources) -> None:
    events = code("Pakistan urged India to release the fishermen.", resources)
    e = one(events, "REQUEST")
    assert codes(e.actor) == ["PAK"] and codes(e.recipient) == ["IND"]
    assert not [x for x in events if x.event == "RETREAT"], "what is urged is the request's content"


def test_coordination_gives_lists(resources: Resources) -> None:
    e = one(code("Brazil and Argentina condemned Venezuela and Nicaragua.", resources), "ACCUSE")
    assert codes(e.actor) == ["BRA", "ARG"] and codes(e.recipient) == ["VEN", "NIC"]


def test_coordinated_verbs_share_the_subject(resources: Resources) -> None:
    events = code("Gunmen stormed the school and killed 12 pupils in northern Nigeria.", resources)
    killed = [e for e in events if e.event == "ASSAULT" and e.trigger and e.trigger["text"] == "killed"]
    assert killed and texts(killed[0].actor) == ["Gunmen"]
    assert killed[0].size["dead"] == 12


def test_relative_clause_subject(resources: Resources) -> None:
    e = one(code("The Russian soldiers who attacked the village withdrew.", resources), "ASSAULT")
    assert codes(e.actor) == ["RUS"]


def test_nominal_event_with_possessor_and_destination(resources: Resources) -> None:
    events = code("Amid concerns about North Korea's deployment of troops to Russia, Seoul met Kyiv.", resources)
    e = one(events, "MOBILIZE")
    assert codes(e.actor) == ["PRK"] and codes(e.recipient) == ["RUS"]
    assert e.mode == "troops" and e.trigger is not None and e.trigger["text"].startswith("deployment")


def test_nominal_event_with_nationality_modifier(resources: Resources) -> None:
    e = one(code("The Kenyan deployment of police officers to Haiti began on Friday.", resources), "MOBILIZE")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["HTI"] and e.mode == "police"


def test_light_verb_takes_the_nouns_event(resources: Resources) -> None:
    events = code("Finland held talks with Sweden in Helsinki.", resources)
    assert [e.event for e in events] == ["CONSULT"]
    e = events[0]
    assert codes(e.actor) == ["FIN"] and codes(e.recipient) == ["SWE"]
    assert e.event_loc is not None and e.event_loc["text"] == "Helsinki"


def test_reported_speech_codes_the_embedded_event(resources: Resources) -> None:
    e = one(code("Officials said the Sudanese army shelled the city of Omdurman.", resources), "ASSAULT")
    assert codes(e.actor) == ["SDN"] and e.mode == "heavy-weapons"
    assert e.modality == "reported"
    assert [a["cue"] for a in e.attribution] == ["said"]


def test_according_to_attribution(resources: Resources) -> None:
    e = one(code("According to Yonhap, North Korean troops attacked Ukrainian positions.", resources), "ASSAULT")
    assert e.modality == "reported"
    assert e.attribution and e.attribution[0]["entity_text"] == "Yonhap"
    assert "according" in e.attribution[0]["cue"].lower()


def test_deontic_demand(resources: Resources) -> None:
    events = code("Russia said that Sudan must return the helicopter.", resources)
    e = one(events, "REQUEST")
    assert codes(e.actor) == ["RUS"] and codes(e.recipient) == ["SDN"]
    assert not [x for x in events if x.event == "RETREAT"]


def test_casualty_and_arrest_counts(resources: Resources) -> None:
    e = one(code("Gunmen killed 12 people and wounded five others in northern Nigeria.", resources), "ASSAULT")
    assert e.size == {"dead": 12, "injured": 5, "arrested": None}
    e = one(code("Police in Dhaka detained 30 protesters on Monday.", resources), "COERCE")
    assert e.size["arrested"] == 30 and e.mode == "arrest"


def test_weak_trigger_needs_a_named_party(resources: Resources) -> None:
    assert not code("The plan was discussed at length.", resources)
    assert one(code("Japan discussed the plan with China.", resources), "CONSULT")


def test_provenance(resources: Resources) -> None:
    text = "Quiet day. Finland held talks with Sweden in Helsinki."
    events = code(text, resources)
    e = one(events, "CONSULT")
    assert e.doc_id == "doc-1"
    assert e.text_info["sentence"] == 1
    assert text[e.text_info["start"]:e.text_info["end"]] == e.text_info["text"]
    assert e.trigger is not None and text[e.trigger["start"]:e.trigger["end"]] == e.trigger["text"]
    for party in (*e.actor, *e.recipient):
        assert text[party["start"]:party["end"]] == party["entity_text"]
    assert e.coder == {"rule": e.coder["rule"], "version": PIPELINE_VERSION}
    assert e.coder["rule"].startswith("v:hold")
    assert 0.0 < e.confidence <= 1.0
    assert e.event in PLOVER_TYPES
    again = one(code(text, resources), "CONSULT")
    assert again.id == e.id and len(e.id) == 16
    other = one(code(text.replace("doc", "x"), resources), "CONSULT")
    assert other.id == e.id  # same doc id, sentence, offsets, type
    json = e.to_json()
    for key in ("id", "doc_id", "date", "event", "mode", "context", "actor", "recipient", "event_text",
                "event_loc", "size", "text_info", "cameo", "modality", "attribution", "confidence", "coder"):
        assert key in json


def test_date_from_publication_without_a_date_in_the_sentence(resources: Resources) -> None:
    e = one(code("Finland held talks with Sweden.", resources, published="2023-05-02"), "CONSULT")
    assert e.date == "2023-05-02"


def test_min_confidence_setting(resources: Resources) -> None:
    from eventwire.resources import Resources as R

    strict = R(resources.settings.with_(min_confidence=0.99))
    strict.__dict__["nlp"] = resources.nlp  # share the loaded model; cached_property reads __dict__
    text = "Finland held talks with Sweden."
    ann = next(annotate([Document(id="d", text=text, raw_text=text)], strict))
    assert code_events(ann, strict) == []
    assert code(text, resources)
