"""The lexicon's layers (our entries over the CAMEO verb dictionary) and the sense guards."""

from __future__ import annotations

import pytest
from tests.conftest import shared_or_skip

from eventwire.coding import code_events
from eventwire.coding.layers import load_lexicon
from eventwire.config import Settings
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def code(text: str, resources: Resources) -> list[Event]:
    doc = Document(id="t", text=text, raw_text=text, published="2025-03-06")
    return code_events(next(iter(annotate([doc], resources))), resources)


@pytest.fixture(scope="module")
def layered(resources: Resources) -> Resources:
    """The session's model and gazetteer, with the fallback layer from ../shared/dictionaries."""
    d = shared_or_skip("dictionaries")
    res = Resources(Settings(dictionaries=str(d)))
    res.__dict__["nlp"] = resources.nlp
    res.__dict__["gazetteer"] = resources.gazetteer
    return res


def test_no_layer_without_dictionaries() -> None:
    assert not load_lexicon(Settings(dictionaries="none")).fallback_verbs


def test_missing_folder_is_a_clear_error(tmp_path: object) -> None:
    from eventwire.errors import ConfigError

    with pytest.raises(ConfigError, match="not found"):
        load_lexicon(Settings(dictionaries="/nonexistent/eventwire-dictionaries"))


def test_layer_keeps_out_reporting_and_modal_verbs(layered: Resources) -> None:
    lex = layered.lexicon
    assert lex.fallback_verbs, "the CAMEO verb dictionary gave no entries"
    for verb in ("say", "tell", "plan", "consider", "refuse", "urge"):
        assert verb not in lex.fallback_verbs, verb
    assert all(e.id.startswith("cameo:") for es in lex.fallback_verbs.values() for e in es)


def test_layer_never_overrides_our_entries(layered: Resources, resources: Resources) -> None:
    text = "Thai troops shelled a border village on Sunday."
    ours = [(e.event, e.coder["rule"]) for e in code(text, resources)]
    both = [(e.event, e.coder["rule"]) for e in code(text, layered)]
    assert ours and both[: len(ours)] == ours


def test_layer_codes_a_verb_we_lack(layered: Resources, resources: Resources) -> None:
    # "reprimanded": CAMEO 111 (criticize), which our own lexicon does not list
    text = "The Philippines reprimanded China on Monday."
    assert not [e for e in code(text, resources) if e.event == "ACCUSE"]
    got = [e for e in code(text, layered) if e.event == "ACCUSE"]
    assert got and got[0].coder["rule"].startswith("cameo:")


def test_layer_codes_only_with_a_source_and_a_target(layered: Resources) -> None:
    """As PETRARCH codes with the dictionary: a verb we lack, with no coded target, codes nothing."""
    assert not [e for e in code("The pilot lamented the delays on Monday.", layered)
                if e.coder["rule"].startswith("cameo:")]
    assert not [e for e in code("The Philippines reprimanded the captain on Monday.", layered)
                if e.coder["rule"].startswith("cameo:")]


@pytest.mark.parametrize("text", [
    "The dispute wound up in a provincial court.",          # phrasal "wind up", not "wound"
    "The governor pleaded guilty to fraud charges.",        # "plead" with an adjectival complement
    "The finance ministry, according to Reuters, held its rate.",  # a source phrase, not an accord
])
def test_sense_guards(resources: Resources, text: str) -> None:
    assert [e.event for e in code(text, resources)] == []


@pytest.mark.parametrize("text", [
    "Teachers in the province vowed to keep fighting the voucher bill.",
    "The ministry released a statement on Tuesday.",
    "The bank is deploying AI agents across its call centres.",
    "The spokesman declined to comment on the report.",
])
def test_objects_of_another_class_give_another_sense(resources: Resources, text: str) -> None:
    """rules.toml [classes]/[argument_types]: a bill is not attacked, a statement not released from
    captivity, software not deployed as troops, a comment not an act refused."""
    got = {e.event for e in code(text, resources)}
    assert not got & {"ASSAULT", "RETREAT", "MOBILIZE", "REJECT"}, got


def test_a_coded_actor_as_object_keeps_the_event(resources: Resources) -> None:
    got = {e.event for e in code("Kenyan police released three Somali journalists on Friday.", resources)}
    assert "RETREAT" in got


def test_commitment_said_with_an_adjective(resources: Resources) -> None:
    """'is prepared to', 'is determined to': the parser's adjectives are commitments like 'will'."""
    events = code("Vietnam is prepared to resume talks with Cambodia.", resources)
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and [a["code"] for a in agree[0].actor] == ["VNM"]


def test_violence_by_economic_means_is_an_economic_measure(resources: Resources) -> None:
    events = code("Canada retaliated with tariffs on Chinese steel.", resources)
    assert [e.event for e in events] == ["SANCTION"] and events[0].cameo == "163"


@pytest.mark.parametrize(("text", "etype"), [
    ("Egypt passed intelligence to Jordan on Tuesday.", "COOPERATE"),
    ("Poland sent two more battalions to Lithuania.", "MOBILIZE"),
    ("Norway donated rice and blankets to Malawi.", "AID"),
    ("The Thai prime minister arrived in Hanoi on a three-day visit.", "CONSULT"),
    ("Colombia reneged on its promise to Ecuador.", "REJECT"),
])
def test_entries_by_class_of_object(resources: Resources, text: str, etype: str) -> None:
    """Patterns that name a class (@knowledge, @forces, @relief) cover nouns no entry lists one by one."""
    assert etype in {e.event for e in code(text, resources)}


def test_an_order_is_a_demand_and_its_content_is_not_coded(resources: Resources) -> None:
    events = code("The Malian junta ordered the French battalion to halt its patrols.", resources)
    assert [e.event for e in events] == ["REQUEST"]
    # an order to leave the country is the expulsion itself (CAMEO 166 for forces, diplomats, aid workers)
    events = code("The Malian junta ordered the French battalion to leave the country.", resources)
    assert [e.event for e in events] == ["SANCTION"]


def test_a_byline_is_no_aid(resources: Resources) -> None:
    assert not code("Staff writer Mara Okafor in Lagos contributed to this report.", resources)


@pytest.mark.parametrize("text", [
    "The wounded were taken to a hospital in the provincial capital.",   # a participle as a noun
    "The utility is charging households more for heating this winter.",  # the price sense of "charge"
    "Visit our website for more coverage.",                               # a website is not visited
    "The cyclone hit the coast of Mozambique on Sunday.",                 # a natural force as doer
    "A cholera outbreak has killed 40 people in the district.",
    "Ghana beat Nigeria 3-1 in the qualifier in Accra.",                  # a sports contest
])
def test_no_political_act(resources: Resources, text: str) -> None:
    assert [e.event for e in code(text, resources)] == []


def test_war_words_that_look_like_sport_keep_the_event(resources: Resources) -> None:
    text = "Sudanese troops seized the town after a final round of heavy fighting."
    assert {e.event for e in code(text, resources)} & {"ASSAULT", "COERCE"}


def test_what_a_source_tells_reporters_is_reported_not_ordered(resources: Resources) -> None:
    events = code("Three Malian police officers were killed when gunmen attacked a checkpoint, "
                  "officials told reporters on Monday.", resources)
    assert "ASSAULT" in {e.event for e in events}


def test_possessive_pronoun_in_reported_speech_is_the_speaker(resources: Resources) -> None:
    events = code("The Kenyan foreign minister said her talks with Somalia's president were useful.", resources)
    talks = [e for e in events if e.event == "CONSULT"]
    assert talks and [a["code"] for a in talks[0].actor] == ["KEN"]


def test_a_leader_landing_is_no_shelling(resources: Resources) -> None:
    events = code("The Chilean president landed in Lima on Monday for a two-day visit.", resources)
    assert "ASSAULT" not in {e.event for e in events}


def test_one_event_per_act(resources: Resources) -> None:
    events = code("Ethiopian troops attacked Eritrean positions, and the attack on Eritrean positions "
                  "lasted hours.", resources)
    assert [e.event for e in events].count("ASSAULT") == 1


@pytest.mark.parametrize("text", [
    "Ghana is committed to supporting Togo in the dispute.",   # parsed as a passive
    "Japan remains committed to providing aid to Sri Lanka.",  # parsed as an adjective
])
def test_commitment_with_a_gerund(resources: Resources, text: str) -> None:
    agree = [e for e in code(text, resources) if e.event == "AGREE"]
    assert agree and agree[0].actor and agree[0].actor[0]["code"] in ("GHA", "JPN")


def test_a_plan_that_meets_resistance_meets_no_one(resources: Resources) -> None:
    events = code("The Kenyan reform plan met with resistance from farmers in Nakuru.", resources)
    assert "CONSULT" not in {e.event for e in events}


def test_a_domestic_concession_is_aimed_at_the_actors_country(resources: Resources) -> None:
    events = code("The Malian government lifted the nationwide state of emergency on Thursday.", resources)
    concede = [e for e in events if e.event == "CONCEDE"]
    assert concede and [r["code"] for r in concede[0].recipient] == ["MLI"]


@pytest.mark.parametrize("text", [
    "Ecuador suspended diplomatic contacts with Mexico on Friday.",
    "Niger expelled the French consul.",
    "Burundi withdrew from the International Criminal Court.",
    "Armenia froze its membership in the alliance.",
])
def test_reducing_relations_by_class(resources: Resources, text: str) -> None:
    assert "SANCTION" in {e.event for e in code(text, resources)}


def test_a_state_protesting_something_complains_officially(resources: Resources) -> None:
    assert "ACCUSE" in {e.event for e in code("Vietnam protested the deployment of a Chinese oil rig.", resources)}
    farmers = {e.event for e in code("Thousands of farmers protested in Warsaw against grain imports.", resources)}
    assert "PROTEST" in farmers and "ACCUSE" not in farmers


def test_aid_announced_is_a_commitment(resources: Resources) -> None:
    events = code("Norway announced 25 million dollars in emergency aid for Sudan.", resources)
    assert "AGREE" in {e.event for e in events}


@pytest.mark.parametrize(("text", "etype", "absent"), [
    ("Police returned fire and killed two gunmen in Quetta.", "ASSAULT", "RETREAT"),
    ("Mali withdrew from ECOWAS in January.", "SANCTION", "RETREAT"),
])
def test_sense_by_codebook(resources: Resources, text: str, etype: str, absent: str) -> None:
    got = {e.event for e in code(text, resources)}
    assert etype in got and absent not in got


@pytest.mark.parametrize("text", [
    "Ghana rejected the accusations on Monday.",              # a statement answered, no act refused
    "The ruling party opposes the reform, its leader said.",  # a standing position
])
def test_no_rejection_of_an_act(resources: Resources, text: str) -> None:
    assert "REJECT" not in {e.event for e in code(text, resources)}


def test_an_act_retold_later_in_the_story_is_one_event(resources: Resources) -> None:
    text = ("Ethiopian troops attacked Eritrean positions on Monday. "
            "Residents said Ethiopian troops attacked Eritrean positions for hours.")
    events = [e for e in code(text, resources) if e.event == "ASSAULT"]
    assert len(events) == 1 and events[0].text_info["sentence"] == 0


@pytest.mark.parametrize(("text", "absent"), [
    ("The new law allows the government to seize the party's assets.", "COERCE"),  # a permission
    ("More than two million Chinese tourists visited Vietnam this year.", "CONSULT"),
    ("The military continues to defy calls to free the prisoners.", "REJECT"),
    ("A longtime resident warned against hospital care in Hanoi.", "THREATEN"),  # advice
    ("The customs campaign targeting fentanyl continues.", "ASSAULT"),  # a campaign is no doer
])
def test_no_act_happened(resources: Resources, text: str, absent: str) -> None:
    happened = {e.event for e in code(text, resources) if e.modality in ("asserted", "reported")}
    assert absent not in happened


def test_a_warning_of_what_the_speaker_will_do_is_a_threat(resources: Resources) -> None:
    events = code("The Egyptian interior minister warned that his forces would clear the square by force.", resources)
    assert "THREATEN" in {e.event for e in events}


@pytest.mark.parametrize("text", [
    "Analysts say Tehran would welcome the closure of the base.",        # a forecast by commentators
    "Japan will likely sign a security pact with India next year.",      # "likely": not yet done
])
def test_forecasts_are_hypothetical(resources: Resources, text: str) -> None:
    events = code(text, resources)
    assert events and all(e.modality == "hypothetical" for e in events)


def test_what_is_done_habitually_is_no_event(resources: Resources) -> None:
    text = "Rebels ambushed a convoy near Goma on Monday. The group regularly attacks convoys on that road."
    events = [e for e in code(text, resources) if e.event == "ASSAULT"]
    assert [e.text_info["sentence"] for e in events] == [0]


def test_a_verbal_act_in_the_present_is_performed(resources: Resources) -> None:
    text = 'Rebels seized the town on Monday. "We strongly condemn this attack," the Malian minister said.'
    assert "ACCUSE" in {e.event for e in code(text, resources)}


def test_drills_without_a_partner_are_a_show_of_force(resources: Resources) -> None:
    alone = {e.event for e in code("China conducted large military drills around Taiwan on Thursday.", resources)}
    joint = {e.event for e in code("India and Japan held joint naval drills in the Bay of Bengal.", resources)}
    assert "MOBILIZE" in alone and "COOPERATE" not in alone and "COOPERATE" in joint


@pytest.mark.parametrize("text", [
    "The distillers' council called the EU tariff deeply disappointing.",
    "Beijing called the arms sale a provocation.",
    "Seoul described the missile test as a violation of the accord.",
])
def test_calling_something_by_a_word_of_condemnation_is_criticism(resources: Resources, text: str) -> None:
    assert "ACCUSE" in {e.event for e in code(text, resources)}


def test_they_of_typical_protesters_protest(resources: Resources) -> None:
    text = "Hundreds of students chanted slogans as they marched through the campus."
    assert "PROTEST" in {e.event for e in code(text, resources)}


def test_a_recipient_phrase_names_its_country_inside(resources: Resources) -> None:
    events = code("A camp for Sudanese refugees was attacked by Chadian gunmen on Monday.", resources)
    attack = [e for e in events if e.event == "ASSAULT"]
    assert attack and "SDN" in {r["code"] for r in attack[0].recipient}


def test_a_protest_is_aimed_at_the_actor_it_opposes(resources: Resources) -> None:
    events = code("Thousands of Kenyans marched in Nairobi in defiance of the Ugandan government.", resources)
    protest = [e for e in events if e.event == "PROTEST"]
    assert protest and [r["code"] for r in protest[0].recipient] == ["UGA"]


def test_a_passive_arrest_is_by_the_authorities_where_it_happened(resources: Resources) -> None:
    events = code("A Chilean journalist was arrested in Lima on Monday.", resources)
    arrest = [e for e in events if e.event == "COERCE"]
    assert arrest and [a["code"] for a in arrest[0].actor] == ["PER"]


def test_what_must_be_done_has_not_happened(resources: Resources) -> None:
    events = code('"The council must condemn this attack on civilians," the Norwegian envoy said.', resources)
    assert not [e for e in events if e.event == "ACCUSE" and e.modality in ("asserted", "reported")]


def test_going_back_is_no_return(resources: Resources) -> None:
    assert "RETREAT" not in {e.event for e in code("The Kenyan minister returned to Nairobi on Friday.", resources)}
    assert "RETREAT" in {e.event for e in code("Chad returned 40 Sudanese soldiers to Sudan.", resources)}
