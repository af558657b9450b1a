"""Event coding from the dependency parse: one rule each, on sentences of our own.

The sentences are parsed by the real spaCy model; their entities (with codes) are given here, so
that these tests check the coder's rules independently of actor resolution (the seed-article test
runs the whole pipeline)."""

from __future__ import annotations

import re

import pytest

from eventwire.coding import code_events
from eventwire.config import PIPELINE_VERSION
from eventwire.model import PLOVER_TYPES, Document, Entity, Event, Sentence
from eventwire.nlp.types import Annotated, DateExpr
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def annotated(text: str, resources: Resources, ents: dict[str, str | tuple[str | None, str]],
              published: str | None = "2024-11-04", dates: list[DateExpr] | None = None) -> Annotated:
    """A real spaCy parse with the entities given here (surface -> code, or (code, kind)), so that
    these tests check the coder's rules whatever the state of actor resolution."""
    doc = resources.nlp(text)
    entities = []
    for surface, spec in ents.items():
        code, kind = (spec, "actor") if isinstance(spec, str) else spec
        for m in re.finditer(re.escape(surface), text):
            label = "GPE" if kind == "place" else "ACTOR"
            entities.append(Entity("doc-1", surface, m.start(), m.end(), label, code=code, kind=kind))
    entities.sort(key=lambda e: (e.start, e.end))
    sents = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
    document = Document(id="doc-1", text=text, raw_text=text, published=published)
    return Annotated(document, doc, sents, entities, dates or [])


def code(text: str, resources: Resources, ents: dict[str, str | tuple[str | None, str]] | None = None,
         published: str | None = "2024-11-04", dates: list[DateExpr] | None = None) -> list[Event]:
    return code_events(annotated(text, resources, ents or {}, published, dates), resources)


def one(events: list[Event], etype: str) -> Event:
    hits = [e for e in events if e.event == etype]
    assert hits, f"no {etype} among {[(e.event, e.event_text) for e in events]}"
    return hits[0]


def codes(parties: list[dict[str, object]]) -> list[object]:
    return [p["code"] for p in parties]


def texts(parties: list[dict[str, object]]) -> list[object]:
    return [p["entity_text"] for p in parties]


def test_active_subject_and_object(resources: Resources) -> None:
    e = one(code("Brazil condemned Venezuela on Monday.", resources, {"Brazil": "BRA", "Venezuela": "VEN"}),
            "ACCUSE")
    assert codes(e.actor) == ["BRA"] and codes(e.recipient) == ["VEN"]
    assert e.mode == "disapprove" and e.cameo == "111"


def test_passive_agent_is_actor(resources: Resources) -> None:
    e = one(code("The convoy was attacked by Houthi rebels near Marib.", resources,
                 {"Houthi rebels": "YEM", "Marib": ("YEM", "place")}), "ASSAULT")
    assert codes(e.actor) == ["YEM"]
    # what was attacked is a thing, named in a state: the state is the target too (PLOVER/ICEWS)
    assert texts(e.recipient) == ["The convoy", "Marib"] and codes(e.recipient) == [None, "YEM"]
    assert e.event_loc is not None and e.event_loc["text"] == "Marib"


def test_agreement_carries_what_is_agreed(resources: Resources) -> None:
    """What is agreed to is the AGREE's content (CAMEO 03), not an event of its own."""
    events = code("Greece and Cyprus agreed to cooperate with Egypt on energy.", resources,
                  {"Greece": "GRC", "Cyprus": "CYP", "Egypt": "EGY"})
    agree = one(events, "AGREE")
    assert codes(agree.actor) == ["GRC", "CYP"] and codes(agree.recipient) == ["EGY"]
    assert "cooperate" in agree.event_text
    assert not [e for e in events if e.event == "COOPERATE"]


def test_raising_through_passive(resources: Resources) -> None:
    e = one(code("The Kenyan president was scheduled to meet the Ethiopian foreign minister.", resources,
                 {"Kenyan president": "KEN", "Ethiopian foreign minister": "ETH"}), "CONSULT")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["ETH"]


def test_object_control(resources: Resources) -> None:
    events = code("Pakistan urged India to release the fishermen.", resources, {"Pakistan": "PAK", "India": "IND"})
    e = one(events, "REQUEST")
    assert codes(e.actor) == ["PAK"] and codes(e.recipient) == ["IND"]
    assert not [x for x in events if x.event == "RETREAT"], "what is urged is the request's content"


def test_coordination_gives_lists(resources: Resources) -> None:
    e = one(code("Brazil and Argentina condemned Venezuela and Nicaragua.", resources,
                 {"Brazil": "BRA", "Argentina": "ARG", "Venezuela": "VEN", "Nicaragua": "NIC"}), "ACCUSE")
    assert codes(e.actor) == ["BRA", "ARG"] and codes(e.recipient) == ["VEN", "NIC"]


def test_coordinated_verbs_share_the_subject(resources: Resources) -> None:
    events = code("Gunmen stormed the school and killed 12 pupils in northern Nigeria.", resources,
                  {"Nigeria": ("NGA", "place")})
    killed = [e for e in events if e.event == "ASSAULT" and e.trigger and e.trigger["text"] == "killed"]
    assert killed and texts(killed[0].actor) == ["Gunmen"]
    assert killed[0].size["dead"] == 12


def test_relative_clause_subject(resources: Resources) -> None:
    e = one(code("The Russian soldiers who attacked the village withdrew.", resources, {"Russian": "RUS"}),
            "ASSAULT")
    assert codes(e.actor) == ["RUS"]


def test_nominal_event_with_possessor_and_destination(resources: Resources) -> None:
    events = code("Amid concerns about North Korea's deployment of troops to Russia, Seoul met Kyiv.", resources,
                  {"North Korea's": "PRK", "Russia": "RUS", "Seoul": "KOR", "Kyiv": "UKR"})
    e = one(events, "MOBILIZE")
    assert codes(e.actor) == ["PRK"] and codes(e.recipient) == ["RUS"]
    assert e.mode == "troops" and e.trigger is not None and e.trigger["text"].startswith("deployment")


def test_nominal_event_with_nationality_modifier(resources: Resources) -> None:
    e = one(code("The Kenyan deployment of police officers to Haiti began on Friday.", resources,
                 {"Kenyan": "KEN", "Haiti": "HTI"}), "MOBILIZE")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["HTI"] and e.mode == "police"


def test_adjunct_noun_event_needs_both_parties(resources: Resources) -> None:
    events = code("Amid protests by farmers, Seoul met Kyiv.", resources, {"Seoul": "KOR", "Kyiv": "UKR"})
    assert [e.event for e in events] == ["CONSULT"]


def test_light_verb_takes_the_nouns_event(resources: Resources) -> None:
    events = code("Finland held talks with Sweden in Helsinki.", resources,
                  {"Finland": "FIN", "Sweden": "SWE", "Helsinki": ("FIN", "place")})
    assert [e.event for e in events] == ["CONSULT"]
    e = events[0]
    assert codes(e.actor) == ["FIN"] and codes(e.recipient) == ["SWE"]
    assert e.event_loc is not None and e.event_loc["text"] == "Helsinki" and e.event_loc["code"] == "FIN"


def test_reported_speech_codes_the_embedded_event(resources: Resources) -> None:
    e = one(code("Officials said the Sudanese army shelled the city of Omdurman.", resources,
                 {"Sudanese army": "SDN", "Omdurman": ("SDN", "place")}), "ASSAULT")
    assert codes(e.actor) == ["SDN"] and e.mode == "heavy-weapons"
    assert e.modality == "reported"
    assert [a["cue"] for a in e.attribution] == ["said"]


def test_according_to_attribution(resources: Resources) -> None:
    e = one(code("According to Yonhap, North Korean troops attacked Ukrainian positions.", resources,
                 {"Yonhap": "KOR", "North Korean troops": "PRK", "Ukrainian": "UKR"}), "ASSAULT")
    assert e.modality == "reported"
    assert e.attribution and e.attribution[0]["entity_text"] == "Yonhap"
    assert "according" in e.attribution[0]["cue"].lower()


def test_accusation_carries_the_alleged_act(resources: Resources) -> None:
    """What an accuser alleges is the ACCUSE's content (CAMEO 112), not an event of its own."""
    events = code("Borrell condemned Russia for violating the ceasefire.", resources,
                  {"Borrell": "EUR", "Russia": "RUS"})
    accuse = one(events, "ACCUSE")
    assert codes(accuse.recipient) == ["RUS"] and "violating" in accuse.event_text
    assert [e.event for e in events] == ["ACCUSE"]


def test_deontic_demand(resources: Resources) -> None:
    events = code("Russia said that Sudan must return the helicopter.", resources, {"Russia": "RUS", "Sudan": "SDN"})
    e = one(events, "REQUEST")
    assert codes(e.actor) == ["RUS"] and codes(e.recipient) == ["SDN"]
    assert not [x for x in events if x.event == "RETREAT"]


def test_vow_to_harm_is_a_threat(resources: Resources) -> None:
    events = code("The Houthis vowed to attack Israeli ships.", resources, {"Houthis": "YEM", "Israeli": "ISR"})
    assert "THREATEN" in [e.event for e in events] and "AGREE" not in [e.event for e in events]


def test_violent_repression(resources: Resources) -> None:
    e = code("Police used tear gas to disperse the protesters in Nairobi.", resources,
             {"Nairobi": ("KEN", "place")})
    assert "ASSAULT" in [x.event for x in e] and "COERCE" not in [x.event for x in e]


def test_protesters_violence_is_a_riot(resources: Resources) -> None:
    e = one(code("Protesters hurled rocks at the police in Beirut.", resources, {"Beirut": ("LBN", "place")}),
            "PROTEST")
    assert e.mode == "riot"


def test_casualty_and_arrest_counts(resources: Resources) -> None:
    e = one(code("Gunmen killed 12 people and wounded five others in northern Nigeria.", resources,
                 {"Nigeria": ("NGA", "place")}), "ASSAULT")
    assert e.size == {"dead": 12, "injured": 5, "arrested": None}
    e = one(code("Police in Dhaka detained 30 protesters on Monday.", resources, {"Dhaka": ("BGD", "place")}),
            "COERCE")
    assert e.size["arrested"] == 30 and e.mode == "arrest"


def test_weak_trigger_needs_a_named_party(resources: Resources) -> None:
    assert not code("The plan was discussed at length.", resources)
    assert one(code("Japan discussed the plan with China.", resources, {"Japan": "JPN", "China": "CHN"}), "CONSULT")


def test_provenance(resources: Resources) -> None:
    text = "Quiet day. Finland held talks with Sweden in Helsinki."
    ents: dict[str, str | tuple[str | None, str]] = {"Finland": "FIN", "Sweden": "SWE"}
    e = one(code(text, resources, ents), "CONSULT")
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
    again = one(code(text, resources, ents), "CONSULT")
    assert again.id == e.id and len(e.id) == 16
    shifted = one(code("A quiet day. Finland held talks with Sweden in Helsinki.", resources, ents), "CONSULT")
    assert shifted.id != e.id  # other offsets, another event record
    json = e.to_json()
    for key in ("id", "doc_id", "date", "event", "mode", "context", "actor", "recipient", "event_text",
                "event_loc", "size", "text_info", "cameo", "modality", "attribution", "confidence", "coder"):
        assert key in json


def test_date_from_publication_without_a_date_in_the_sentence(resources: Resources) -> None:
    e = one(code("Finland held talks with Sweden.", resources, {"Finland": "FIN", "Sweden": "SWE"},
                 published="2023-05-02"), "CONSULT")
    assert e.date == "2023-05-02"


def test_date_from_the_sentence(resources: Resources) -> None:
    text = "In March 2014, Russia annexed Crimea."
    march = DateExpr("March 2014", 3, 13, "2014-03", "month")
    e = one(code(text, resources, {"Russia": "RUS", "Crimea": "UKR"}, dates=[march]), "COERCE")
    assert e.date == "2014-03"
    assert e.modality == "historical"


def test_min_confidence_setting(resources: Resources) -> None:
    strict = Resources(resources.settings.with_(min_confidence=0.99))
    strict.__dict__["nlp"] = resources.nlp  # share the loaded model (cached_property reads __dict__)
    ann = annotated("Finland held talks with Sweden.", resources, {"Finland": "FIN", "Sweden": "SWE"})
    assert code_events(ann, strict) == []
    assert code_events(ann, resources)


def test_protesters_defying_a_ban_protest(resources: Resources) -> None:
    events = code("Thousands of students defied a ban on rallies in Minsk.", resources, {"Minsk": ("BLR", "place")})
    assert "PROTEST" in [e.event for e in events] and "REJECT" not in [e.event for e in events]


def test_coordinated_verbs_share_the_object(resources: Resources) -> None:
    events = code("Zambian police detained and beat five opposition activists.", resources, {"Zambian police": "ZMB"})
    arrested = one(events, "COERCE")
    assert texts(arrested.recipient) == ["five opposition activists"]


def test_a_visit_takes_place_where_the_visited_place_is(resources: Resources) -> None:
    e = one(code("The German chancellor visited Kyiv on Friday.", resources,
                 {"German chancellor": "DEU", "Kyiv": ("UKR", "place")}), "CONSULT")
    assert e.mode == "visit" and e.event_loc is not None
    assert (e.event_loc["text"], e.event_loc["code"]) == ("Kyiv", "UKR")


def test_commitment_and_refusal_take_the_embedded_recipient(resources: Resources) -> None:
    ents: dict[str, str | tuple[str | None, str]] = {"Putin": "RUS", "Armenia": "ARM", "Chile": "CHL",
                                                      "Bolivian envoy": "BOL"}
    assert codes(one(code("Putin offered to negotiate with Armenia.", resources, ents), "AGREE").recipient) == ["ARM"]
    assert codes(one(code("Chile refused to meet the Bolivian envoy.", resources, ents), "REJECT").recipient) == ["BOL"]


# ---- recipients the recipient slot does not name -------------------------------------------------

def test_recipient_from_what_the_trigger_governs(resources: Resources) -> None:
    e = one(code("Libya offered to hand over the two suspects to Britain.", resources,
                 {"Libya": "LBY", "Britain": "GBR"}), "AGREE")
    assert codes(e.actor) == ["LBY"]
    assert "GBR" in codes(e.recipient)


def test_recipient_is_not_a_place_preposition(resources: Resources) -> None:
    e = one(code("The convoy was attacked by Houthi rebels near Marib.", resources,
                 {"Houthi rebels": "YEM", "Marib": ("YEM", "place")}), "ASSAULT")
    # the phrase attacked is the convoy; the place comes only after it, as its country
    assert texts(e.recipient)[0] == "The convoy" and e.recipient[-1]["start"] == e.event_loc["start"]


def test_recipient_of_a_material_event_is_the_country_of_its_place(resources: Resources) -> None:
    e = one(code("Thousands of people demonstrated in Belgrade on Tuesday.", resources,
                 {"Belgrade": ("SRB", "place")}), "PROTEST")
    assert codes(e.recipient) == ["SRB"]


# ---- types told by the clause -------------------------------------------------------------------

def test_territory_taken_after_a_withdrawal_is_occupation(resources: Resources) -> None:
    events = code("Rebel fighters took control of the town after government troops withdrew.", resources)
    e = one(events, "COERCE")
    assert (e.mode, e.cameo) == ("seize", "192")
    assert not [x for x in events if x.event == "ASSAULT"]


def test_territory_fought_for_stays_assault(resources: Resources) -> None:
    one(code("Government forces recaptured the city after rebels withdrew following weeks of fighting.",
             resources), "ASSAULT")


def test_an_act_under_without_is_negated(resources: Resources) -> None:
    events = code("Islamist militants seized the town without firing a shot.", resources)
    assert one(events, "COERCE").mode == "seize"
    assert all(e.modality == "negated" for e in events if e.event == "ASSAULT")


def test_a_participles_words_are_not_the_triggers(resources: Resources) -> None:
    events = code("Government forces captured a rebel-held neighbourhood of the city.", resources)
    one(events, "ASSAULT")
    assert not [e for e in events if e.event == "COERCE" and e.mode == "arrest"]


def test_rioters_named_in_an_of_phrase(resources: Resources) -> None:
    e = one(code("Groups of youths clashed with police in Rotterdam.", resources), "PROTEST")
    assert e.mode == "riot"


def test_means_hung_on_the_object_retypes_a_dispersal(resources: Resources) -> None:
    one(code("Security forces dispersed a demonstration using live bullets.", resources), "ASSAULT")


# ---- actors of participles and shared passives ----------------------------------------------------

def test_shells_fired_by(resources: Resources) -> None:
    e = one(code("Twenty artillery shells fired by Russian units hit the outskirts of Kherson.", resources,
                 {"Russian": "RUS"}), "ASSAULT")
    assert codes(e.actor) == ["RUS"]


def test_shared_passive_agent(resources: Resources) -> None:
    e = one(code("The governor was surrounded and booed at by strikers outside the stadium.", resources), "PROTEST")
    assert texts(e.actor) == ["strikers"]
    assert texts(e.recipient) == ["The governor"]
    # the parser may hang "booed" on the auxiliary; its "by" agent is still the doer
    e = one(code("The minister was jeered and booed by protesters outside the hall.", resources), "PROTEST")
    assert texts(e.actor) == ["protesters"]


def test_coordinated_modifiers_before_a_coded_entity(resources: Resources) -> None:
    e = one(code("Indian and Chinese troops clashed along the border.", resources,
                 {"Indian": "IND", "Chinese troops": "CHN"}), "ASSAULT")
    assert codes(e.actor) == ["IND", "CHN"]


def test_a_verb_of_trying_is_the_modality_of_its_complement(resources: Resources) -> None:
    events = code("Police used water cannon on protesters who tried to march to the palace.", resources)
    assert not [e for e in events if e.event == "COERCE" and e.mode == "arrest"]
    assert one(events, "PROTEST").modality == "intended"


def test_a_protest_to_protest_is_one_protest(resources: Resources) -> None:
    events = code("Hundreds of demonstrators marched through central London to protest against the war.", resources)
    assert [e.event_text for e in events if e.event == "PROTEST"] == ["marched"]


def test_hyphenated_words_split_by_the_tokenizer(resources: Resources) -> None:
    e = one(code("Students staged a sit-in at the university in Dhaka.", resources,
                 {"Dhaka": ("BGD", "place")}), "PROTEST")
    assert e.mode == "demo"


def test_a_dispersal_that_killed_is_violent_repression(resources: Resources) -> None:
    events = code("More than 20 marchers were killed when the army broke up a sit-in in Conakry.", resources)
    assert [e.cameo for e in events if e.event == "ASSAULT" and "broke" in e.event_text] == ["175"]
    assert one(code("Police dispersed the protest peacefully.", resources), "COERCE").mode == "restrict"


def test_burning_a_person_is_assault(resources: Resources) -> None:
    e = one(code("An angry mob set a suspected thief ablaze in Lagos.", resources), "ASSAULT")
    assert (e.mode, e.cameo) == ("beat", "182")
    assert one(code("The mob torched cars.", resources), "COERCE").mode == "destroy"
