"""The recipient is never the actor itself: not the actor's own mention, not a possessive pronoun
that points back to the actor, and a pronoun for people is someone on the other side (so PLOVER's
default of the actor's own country for a domestic act does not apply). Sentences written for this
test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def code(text: str, resources: Resources) -> list[Event]:
    doc = Document(id="recipients", text=text, raw_text=text, published="2026-06-01")
    return code_events(next(iter(annotate([doc], resources))), resources)


def parties(ev: Event) -> tuple[set[str], set[str]]:
    return ({p["code"] for p in ev.actor if p.get("code")}, {p["code"] for p in ev.recipient if p.get("code")})


@pytest.mark.parametrize(("text", "etype", "actor", "not_recipient"), [
    ("Chile recalled its ambassador to Peru on Monday after the border incident.", "SANCTION", "CHL", "CHL"),
    ("The Kenyan foreign minister spoke by telephone with his Ugandan counterpart on Tuesday.", "CONSULT", "KEN",
     "KEN"),
    ("Norway said on Friday that it would not withdraw its observers from the mission.", None, "NOR", None),
])
def test_a_possessive_pointing_back_to_the_actor_is_not_the_target(
        resources: Resources, text: str, etype: str | None, actor: str, not_recipient: str | None) -> None:
    events = [e for e in code(text, resources) if etype is None or e.event == etype]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    for e in events:
        a, r = parties(e)
        assert actor in a
        assert all(p.get("entity_text", "").lower() not in ("its", "his", "their") for p in e.recipient), e.recipient
        if not_recipient:
            assert not_recipient not in r, e.recipient


def test_pronoun_people_are_the_other_side(resources: Resources) -> None:
    events = [e for e in code("Police in Lagos fired tear gas at the crowd and then detained them near the market.",
                              resources) if e.event == "COERCE"]
    assert events
    for e in events:
        actor_spans = {(p.get("start"), p.get("end")) for p in e.actor}
        assert not actor_spans & {(p.get("start"), p.get("end")) for p in e.recipient}, (e.actor, e.recipient)


def test_a_definite_noun_event_without_a_date_is_not_dated_by_publication(resources: Resources) -> None:
    text = ("Colombia's foreign minister said on Thursday the expulsion of the diplomats was a mistake. "
            "Police arrested three men in Bogota on Wednesday.")
    events = code(text, resources)
    told = [e for e in events if e.trigger and e.trigger["text"].lower().startswith("expulsion")]
    dated = [e for e in events if e.event == "COERCE" and e.trigger and e.trigger["text"].lower() == "arrested"]
    assert dated and dated[0].date == "2026-05-27", [(e.event, e.date) for e in dated]
    assert all(e.date is None for e in told), [(e.event, e.date) for e in told]


def test_a_participle_telling_the_outcome_is_the_same_act(resources: Resources) -> None:
    events = code("Insurgents ambushed an army patrol in northern Mozambique on Sunday, killing nine "
                  "soldiers.", resources)
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert len(assaults) == 1, [(e.event, e.event_text) for e in events]
    assert "MOZ" in parties(assaults[0])[0]


@pytest.mark.parametrize("text", [
    "A car bomb exploded outside a court in Kabul on Monday, killing seven people and wounding 30 others.",
    "Gunmen attacked a village in Zamfara state overnight, killing 11 villagers and injuring several more.",
])
def test_coordinated_outcome_participles_are_the_same_act(text: str, resources: Resources) -> None:
    assaults = [e for e in code(text, resources) if e.event == "ASSAULT"]
    assert len(assaults) == 1, [(e.event, e.event_text) for e in assaults]


def test_a_toll_told_within_the_attack_already_coded_is_that_attack(resources: Resources) -> None:
    events = code("Gunmen attacked a police station in Kandahar on Monday. Five officers were killed in the "
                  "attack, officials said.", resources)
    assert len([e for e in events if e.event == "ASSAULT"]) == 1, [(e.event, e.event_text) for e in events]
    alone = code("Five officers were killed in the attack on the police station, officials said.", resources)
    assert [e.event for e in alone] == ["ASSAULT"]  # told first, it is the act


def test_one_a_day_keeps_two_sides_of_one_type_apart(resources: Resources) -> None:
    events = code("Militants stormed a hotel in Mogadishu on Monday. Somali security forces later killed "
                  "the attackers.", resources)
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert len(assaults) == 2, [(e.event, e.event_text, parties(e)) for e in events]
    sectors = [{p.get("sector") for p in e.actor} for e in assaults]
    assert sectors[0] != sectors[1]


@pytest.mark.parametrize(("text", "etype", "actors"), [
    # a pair named together earlier: coordinated, or as doer and target of one verb
    ("Ethiopia and Eritrea have argued over the port for years. On Friday the two countries agreed "
     "to reopen their embassies.", "AGREE", {"ETH", "ERI"}),
    ("Serbia accused Kosovo of provoking violence. Both sides traded accusations at the United "
     "Nations on Monday.", "ACCUSE", {"SRB", "XKX"}),
    # a coordinated "of" phrase: each state's ministers
    ("The foreign ministers of Kenya and Uganda signed a border agreement on Monday.", None, {"KEN", "UGA"}),
])
def test_the_two_countries_are_the_pair_the_story_names(
        resources: Resources, text: str, etype: str | None, actors: set[str]) -> None:
    events = [e for e in code(text, resources) if etype is None or e.event == etype]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    assert parties(events[-1])[0] == actors


def test_with_no_pair_named_the_two_countries_stay_unresolved(resources: Resources) -> None:
    events = code("Officials said on Monday that the two countries agreed to reopen their embassies.", resources)
    assert all(not parties(e)[0] for e in events if e.event == "AGREE")


@pytest.mark.parametrize("text", [
    "Shopkeepers in the old city closed their stores on Tuesday in protest against a new sales tax.",
    "Several hundred farmers gathered outside the regional governor's office to demand drought relief.",
])
def test_an_act_done_in_protest_is_a_protest(resources: Resources, text: str) -> None:
    assert "PROTEST" in {e.event for e in code(text, resources)}


def test_a_gathering_for_no_protest_is_no_protest(resources: Resources) -> None:
    events = code("Relatives gathered at the airport to welcome the returning athletes.", resources)
    assert "PROTEST" not in {e.event for e in events}


@pytest.mark.parametrize(("text", "etype"), [
    ("The president spoke on Monday. Analysts say the navy is now capable of striking targets far beyond "
     "the coast.", "ASSAULT"),
    ("Ministers met on Monday. The country remains wary of confronting its larger neighbour.", "ASSAULT"),
    # a present passive with no agent in a story's body tells a state, not an act
    ("The junta held talks on Monday. Two opposition leaders are detained in the main prison.", "COERCE"),
])
def test_dispositions_and_states_are_no_events(resources: Resources, text: str, etype: str) -> None:
    assert etype not in {e.event for e in code(text, resources)}


@pytest.mark.parametrize("text", [
    "The group claimed responsibility for attacking the convoy near Mosul on Sunday.",
    "A court found the militia guilty of attacking the village in March.",
])
def test_acts_that_were_done_stay_events(resources: Resources, text: str) -> None:
    assert "ASSAULT" in {e.event for e in code(text, resources)}


@pytest.mark.parametrize(("text", "etype"), [
    ("Chad reopened its border with Sudan on Monday after a month-long closure.", "CONCEDE"),  # CAMEO 081
    ("Ukraine and Russia swapped prisoners on Saturday.", "RETREAT"),  # CAMEO 0841, both release
])
def test_codebook_entries_for_easing_and_exchanges(resources: Resources, text: str, etype: str) -> None:
    assert etype in {e.event for e in code(text, resources)}


def test_people_acted_on_are_no_thing_whose_place_is_the_target(resources: Resources) -> None:
    # "them" are people: the country of the place is not put in their stead
    events = code("Hundreds of people marched in Nairobi on Monday before police dispersed them.", resources)
    dispersals = [e for e in events if e.trigger and "dispersed" in e.trigger.get("text", "")]
    assert dispersals, [(e.event, e.event_text) for e in events]
    # "them" are the marchers (KEN CVL, people in Nairobi), never the state Kenya as a place
    assert all(not (p.get("code") == "KEN" and p.get("sector") is None) for e in dispersals for p in e.recipient)
    assert any(p.get("sector") == "CVL" for e in dispersals for p in e.recipient), [e.recipient for e in dispersals]


@pytest.mark.parametrize(("text", "visit"), [
    ("The night train was travelling to Lahore from Karachi when it derailed.", False),
    ("About forty migrants were flown to Guatemala on Thursday.", False),
    ("The Kenyan president travelled to Addis Ababa on Monday for talks with the Ethiopian prime minister.", True),
])
def test_vehicles_and_people_carried_make_no_visit(resources: Resources, text: str, visit: bool) -> None:
    assert ("CONSULT" in {e.event for e in code(text, resources)}) is visit


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Ethiopia mounted its long-planned invasion of Somalia on Sunday.", "ASSAULT", "ETH", "SOM"),
    ("The Kenyan army launched its offensive on Somalia at dawn.", "ASSAULT", "KEN", "SOM"),
    ("Kenya rejected Uganda's proposal on Monday.", "REJECT", "KEN", "UGA"),
])
def test_the_owner_of_an_act_is_its_doer_the_owner_of_a_thing_its_recipient(
        resources: Resources, text: str, etype: str, actor: str, recipient: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    assert any(parties(e) == ({actor}, {recipient}) for e in events), [parties(e) for e in events]


def test_a_past_participle_with_an_object_is_active(resources: Resources) -> None:
    """"Israeli airstrikes killed 20 people" parsed as a reduced relative ("airstrikes [that were]
    killed"): a participle with an object is active, its noun the subject; one act, not two."""
    events = [e for e in code("Israeli airstrikes killed at least 20 people in southern Lebanon overnight, "
                              "the health ministry said.", resources) if e.event == "ASSAULT"]
    assert len(events) == 1 and parties(events[0]) == ({"ISR"}, {"LBN"}), [parties(e) for e in events]


def test_the_one_warned_is_the_subject_of_the_condition(resources: Resources) -> None:
    events = [e for e in code("Beijing warned that it would take resolute measures if Washington sold more "
                              "weapons to Taipei.", resources) if e.event == "THREATEN"]
    assert events and parties(events[0]) == ({"CHN"}, {"USA"}), [parties(e) for e in events]


def test_a_by_phrase_beside_an_active_subject_is_not_the_doer(resources: Resources) -> None:
    events = [e for e in code("Kenyan rebels released 20 hostages on Saturday after mediation by Qatar.", resources)
              if e.event == "RETREAT"]
    assert events and "QAT" not in parties(events[0])[0], [parties(e) for e in events]


def test_an_amount_of_aid_announced_is_the_announcers(resources: Resources) -> None:
    # the CAMEO verb dictionary's ANNOUNCE AID is 033 (express intent to provide aid): AGREE
    events = [e for e in code("Japan announced $50 million in humanitarian aid for Sudan on Friday.", resources)
              if e.event == "AGREE"]
    assert events and parties(events[0]) == ({"JPN"}, {"SDN"}), [parties(e) for e in events]


def test_a_speaker_label_is_not_the_subject(resources: Resources) -> None:
    events = [e for e in code("VOA: Russia's President Vladimir Putin recently visited China.", resources)
              if e.event == "CONSULT"]
    assert events and parties(events[0])[0] == {"RUS"}, [parties(e) for e in events]


def test_the_prime_ministers_are_the_pair_the_story_named(resources: Resources) -> None:
    text = ("Chile and Peru upgraded their ties on Tuesday. The two leaders met in Lima, and the prime "
            "ministers signed eight agreements.")
    signed = [e for e in code(text, resources) if e.event == "SUPPORT" and "signed" in e.event_text]
    assert signed and parties(signed[0])[0] == {"CHL", "PER"}, [(e.event, e.event_text, parties(e)) for e in
                                                                code(text, resources)]


def test_a_plural_office_with_its_own_modifier_is_no_pair(resources: Resources) -> None:
    text = "Chile and Peru held talks on Monday. Later, G7 leaders agreed at a summit to address the crisis."
    agreed = [e for e in code(text, resources) if e.event == "AGREE"]
    assert all(parties(e)[0] != {"CHL", "PER"} for e in agreed), [parties(e) for e in agreed]


def test_the_one_warned_is_the_doer_of_the_condition_not_the_warners_side(resources: Resources) -> None:
    text = ("The Chilean defence minister warned that Chile will defend every metre of its waters if "
            "Peruvian ships crossed into its zone.")
    events = [e for e in code(text, resources) if e.event == "THREATEN"]
    assert events and parties(events[0])[1] == {"PER"}, [parties(e) for e in events]
    passive = "The general warned that Kenya would not stand by if its soldiers were attacked again."
    events = [e for e in code(passive, resources) if e.event == "THREATEN"]
    assert events and "KEN" not in parties(events[0])[1], [parties(e) for e in events]


def test_her_as_an_object_is_a_recipient_even_of_her_own_countrys_actor(resources: Resources) -> None:
    events = code("Lithuania's parliament opened an inquiry into the prime minister on Monday. Lawmakers "
                  "accused her of misleading them.", resources)
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and {(p.get("code"), p.get("sector")) for p in accuse[0].recipient} & {("LTU", "GOV")}, [
        (e.event, e.actor, e.recipient) for e in events]


def test_an_agent_noun_borrows_no_code_from_a_later_mention(resources: Resources) -> None:
    text = ("Kenya and Uganda signed a trade pact on Monday. Otieno's government last year froze the assets of "
            "two banks. In Uganda, voters want their government to follow.")
    frozen = [e for e in code(text, resources) if e.event == "SANCTION"]
    # the later "government" is Uganda's (voters in Uganda): it lends no code back to Otieno's
    assert frozen and all(p.get("code") != "UGA" for e in frozen for p in e.actor), [
        (e.event, e.actor) for e in frozen]


def test_rejecting_the_offer_answers_whoever_made_it(resources: Resources) -> None:
    events = code("Turkey proposed a prisoner swap on Tuesday. Armenia's foreign ministry rejected the proposal "
                  "a day later.", resources)
    reject = [e for e in events if e.event == "REJECT"]
    assert reject and "TUR" in {p.get("code") for p in reject[0].recipient}, [(e.event, e.recipient) for e in events]


def test_an_owned_offer_is_left_to_its_owner(resources: Resources) -> None:
    events = code("Turkey proposed a prisoner swap on Tuesday. Armenia's foreign ministry rejected Iran's offer "
                  "of talks.", resources)
    reject = [e for e in events if e.event == "REJECT"]
    assert reject and "TUR" not in {p.get("code") for p in reject[0].recipient}, [
        (e.event, e.recipient) for e in events]


def test_a_protest_against_its_own_government_is_aimed_at_it(resources: Resources) -> None:
    events = code("Teachers across Kenya went on strike on Monday in a row with the government over pay.", resources)
    strike = [e for e in events if e.event == "PROTEST"]
    assert strike and ("KEN", "GOV") in {(p.get("code"), p.get("sector")) for p in strike[0].recipient}, [
        (e.event, e.actor, e.recipient) for e in events]


def test_a_to_phrase_parsed_as_dative_gives_its_object(resources: Resources) -> None:
    ann = next(annotate([Document(id="d", text="A Kenyan court granted bail to two Ugandan journalists.",
                                  raw_text="A Kenyan court granted bail to two Ugandan journalists.",
                                  published="2024-01-01")], resources))
    events = [e for e in code_events(ann, resources) if e.event == "RETREAT"]
    assert events and {p.get("code") for p in events[0].recipient} == {"UGA"}, events


@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("Lithuania raised the prospect on Thursday of closing its border with Belarus if the smuggling continued.",
     "THREATEN", "BLR"),
    ("Bhutan's prime minister said his government was prepared to put its name to the energy pact with India.",
     "AGREE", "IND"),
])
def test_the_target_named_deep_in_the_content(resources: Resources, text: str, etype: str, recipient: str) -> None:
    """Whom a threat or a promise is aimed at may sit deep in its content (a border with another
    state, a pact with it); the actor's own possessive ("its border") is not the target."""
    events = [e for e in code(text, resources) if e.event == etype]
    assert any(recipient in {p.get("code") for p in e.recipient} for e in events), \
        [(e.event, e.actor, e.recipient) for e in code(text, resources)]


@pytest.mark.parametrize(("text", "donor", "receiver"), [
    ("Iraq's army took delivery on Monday of 20 tanks donated by Poland.", "POL", "IRQ"),
    ("Kenya received 50 ambulances donated by Japan on Friday.", "JPN", "KEN"),
])
def test_who_receives_a_gift_told_by_a_participle(resources: Resources, text: str, donor: str,
                                                   receiver: str) -> None:
    """A gift told by a participle on the thing ("tanks donated by Poland") goes to the subject of
    the verb that receives the thing (CAMEO 07, the recipient of aid)."""
    events = [e for e in code(text, resources) if e.event == "AID"]
    assert any({p.get("code") for p in e.actor} == {donor} and receiver in {p.get("code") for p in e.recipient}
               for e in events), [(e.event, e.actor, e.recipient) for e in code(text, resources)]


def test_ships_carrying_relief_bring_aid_not_forces(resources: Resources) -> None:
    text = "Turkey dispatched three ships carrying tents and food to Syria on Sunday."
    types = [e.event for e in code(text, resources)]
    assert "AID" in types and "MOBILIZE" not in types, types
    text = "Russia sent warships carrying marines to the Baltic on Sunday."
    assert "MOBILIZE" in [e.event for e in code(text, resources)]


@pytest.mark.parametrize("text", [
    "Australia imposed tariffs on 8 billion Australian dollars' worth of American goods on Friday.",
    "Mexico struck back on Friday with duties on 4 billion dollars' worth of American farm goods.",  # deep
])
def test_a_currency_names_no_party(resources: Resources, text: str) -> None:
    events = [e for e in code(text, resources) if e.event == "SANCTION"]
    assert events and {p.get("code") for p in events[0].recipient} == {"USA"}, \
        [(e.event, e.actor, e.recipient) for e in code(text, resources)]


def test_a_visit_for_talks_meets_the_one_it_talks_with(resources: Resources) -> None:
    text = "Sweden's prime minister visited Oslo on Thursday for talks with Norway's prime minister."
    events = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert events and any(p.get("code") == "NOR" and p.get("sector") == "GOV" for p in events[0].recipient), \
        [(e.event, e.actor, e.recipient) for e in code(text, resources)]


@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("Ghana has banned imports of poultry from Togo. Togo's president criticised it on Monday.", "ACCUSE", "GHA"),
    ("Nicaragua has stripped dozens of opponents of their nationality. Costa Rica's foreign minister took aim at "
     "it on Friday.", "ACCUSE", "NIC"),
    ("Taiwan has been kept out of the assembly since 2017. Belize spoke up for it on Monday.", "SUPPORT", "TWN"),
])
def test_an_object_it_after_a_state_subject_is_that_state(
        resources: Resources, text: str, etype: str, recipient: str) -> None:
    """"It" as the object of an act's verb, with the sentence before's subject a state, stands for
    that state or its act, whose target the state is (CAMEO's target is the party acted on)."""
    events = [e for e in code(text, resources) if e.event == etype]
    assert events and recipient in parties(events[-1])[1], [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("text", [
    "Bhutan's king gave a speech on Friday. Nepal denied it on Saturday and made it clear that it had no role.",
    "Fiji proposed a new fishing treaty. Samoa signed it on Monday.",
])
def test_an_object_it_that_is_a_statement_or_a_thing_names_no_state(resources: Resources, text: str) -> None:
    for e in code(text, resources):
        for p in e.recipient:
            assert not (p.get("entity_text", "").lower() == "it" and p.get("code") in ("BTN", "FJI")), (e.event, p)


def test_a_date_before_the_threatened_act_keeps_its_target(resources: Resources) -> None:
    """"Threatened on Tuesday to close its border with X": the date between the verb and its
    infinitive makes the parser read the infinitive as an adverbial; it is still what is
    threatened, and X its target (CAMEO 13)."""
    events = [e for e in code("Finland threatened on Tuesday to close its border with Russia for good.", resources)
              if e.event == "THREATEN"]
    assert events and "RUS" in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("text", [
    "Poland's acting charge d'affaires was summoned by Belarus's foreign office on Friday.",
    "Belarus summoned Poland's chargé d'affaires on Friday.",
])
def test_a_summoned_charge_d_affaires_is_the_target(resources: Resources, text: str) -> None:
    """Summoning a state's diplomat (CAMEO 114) targets that state, whatever the diplomat's rank
    and however the title is spelt."""
    events = [e for e in code(text, resources) if e.event == "ACCUSE"]
    assert events and "POL" in parties(events[0])[1] and "BLR" in parties(events[0])[0], \
        [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Denmark offered on Thursday to pay for water pumps at schools in Malawi.", "MWI"),
    ("Japan pledged on Friday to rebuild two bridges in Laos.", "LAO"),
])
def test_a_promise_of_aid_abroad_is_aimed_at_the_country_it_is_for(
        resources: Resources, text: str, recipient: str) -> None:
    """CAMEO 033 (intent to provide material aid): where the sentence names no one, the country where
    the aid is to go is the target."""
    events = [e for e in code(text, resources) if e.event == "AGREE"]
    assert events and recipient in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("text", [
    "Ghana promised on Monday to build 100 schools in Ghana's north.",
    "Peru agreed on Monday to hold talks with Ecuador in Chile.",
])
def test_a_promise_at_home_or_talks_in_a_third_country_are_not_aimed_at_the_place(
        resources: Resources, text: str) -> None:
    events = [e for e in code(text, resources) if e.event == "AGREE"]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    for e in events:  # the place is no target (a party the sentence names may still be)
        assert not any(p.get("code") in ("CHL", "GHA") and p.get("sector") is None for p in e.recipient), e.recipient


def test_the_country_as_an_object_is_not_its_own_clauses_subject(resources: Resources) -> None:
    """"Sweden froze aid to the country": the country is another state named before, not Sweden
    ("itself" would be)."""
    text = ("Tanzania adopted a new security law last month. Sweden on Monday froze 12 million kronor in aid to "
            "the country.")
    events = [e for e in code(text, resources) if e.event == "SANCTION"]
    assert events and parties(events[0])[1] == {"TZA"}, [(e.event, e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("text", [
    "Observers from the African Union were ordered out of Mali by the junta on Friday.",
    "Mali expelled monitors from the African Union on Friday.",
])
def test_people_from_a_body_sent_away_target_the_body(resources: Resources, text: str) -> None:
    events = [e for e in code(text, resources) if e.event == "SANCTION"]
    assert events and "IGO" in parties(events[0])[1] and "MLI" in parties(events[0])[0], \
        [(e.event, e.actor, e.recipient) for e in events]


def test_protesters_named_by_who_they_are_are_of_the_country_they_protest_in(resources: Resources) -> None:
    """CAMEO codes a domestic protest's doers by their country: pensioners marching in Lima are
    Peruvians."""
    events = [e for e in code("Pensioners marched outside the parliament in Lima on Wednesday.", resources)
              if e.event == "PROTEST"]
    assert events and parties(events[0])[0] == {"PER"}, [(e.event, e.actor, e.recipient) for e in events]



@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("Kenya asked Tanzania in March to hand over an opposition figure who had fled to Dodoma. The government there "
     "turned that request down on Friday.", "REJECT", "TZA"),
    ("Two French engineers have been held in Niamey since March. The authorities there freed the pair on Friday.",
     "RETREAT", "NER"),
])
def test_an_agent_placed_by_there_is_of_the_place_named_before(
        resources: Resources, text: str, etype: str, actor: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype]
    assert events and actor in parties(events[-1])[0], [(e.event, e.actor, e.recipient) for e in events]


def test_a_participle_read_as_the_main_verb_leaves_the_patient_to_the_real_verb(resources: Resources) -> None:
    """"Fishermen detained off the coast in May were set free by the navy": the fishermen are
    freed (CAMEO 0841), and no one is said to have detained anyone by being its subject."""
    text = "Six Cambodian fishermen detained off Vietnam's coast in May were set free by the Vietnamese navy on Monday."
    events = code(text, resources)
    freed = [e for e in events if e.event == "RETREAT"]
    assert freed and "KHM" in parties(freed[0])[1] and "VNM" in parties(freed[0])[0], \
        [(e.event, e.actor, e.recipient) for e in events]
    assert not any(e.event == "COERCE" and "KHM" in parties(e)[0] for e in events)


def test_the_country_after_a_states_agent_is_that_state(resources: Resources) -> None:
    text = ("Jordan's foreign office denied on Sunday that the country's intelligence service had tipped off Israel "
            "about the attack.")
    events = [e for e in code(text, resources) if e.event == "COOPERATE"]
    assert events and "JOR" in parties(events[0])[0], [(e.event, e.actor, e.recipient) for e in events]



def test_aid_delivered_for_a_people_goes_to_them(resources: Resources) -> None:
    events = [e for e in code("Food for 150,000 drought-hit Somalis was delivered by UNICEF on Tuesday.", resources)
              if e.event == "AID"]
    assert events and "SOM" in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]



def test_a_call_named_in_an_in_phrase_is_with_its_party(resources: Resources) -> None:
    text = "Pakistan's prime minister discussed border attacks in a phone call with Afghanistan's foreign minister."
    events = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert events and "AFG" in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]


def test_a_closing_source_parsed_as_an_apposition_is_no_recipient() -> None:
    """"..., Georgia's foreign ministry said": the parser can hang the source on the last noun of the
    clause as an apposition; whom the act is aimed at is not searched there (a parse built by hand,
    as the small model produced it on such a sentence)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.coding.args import EntityIndex, named_in_complement
    from eventwire.model import Entity

    words = ["Georgia", "and", "Armenia", "agreed", "to", "open", "talks", "on", "their", "frontier", ",",
             "Georgia", "'s", "foreign", "ministry", "said", "."]
    heads = [3, 0, 0, 3, 5, 3, 5, 6, 9, 7, 9, 14, 11, 14, 9, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "dobj", "prep", "poss", "pobj", "punct", "poss", "case",
            "amod", "appos", "conj", "punct"]
    lemmas = [{"agreed": "agree", "said": "say", "talks": "talk"}.get(w, w.lower()) for w in words]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)
    source = doc[11:15]
    ministry = Entity("d", source.text, source.start_char, source.end_char, "ACTOR", "GEO", "GOV")
    found = named_in_complement(doc[3], EntityIndex([ministry]), set())
    assert found == [], found


def test_the_head_of_a_states_council_received_is_its_government(resources: Resources) -> None:
    text = "Egypt's prime minister received the head of Sudan's sovereign council in Cairo on Tuesday."
    events = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert events and any(p.get("code") == "SDN" and p.get("sector") == "GOV" for p in events[0].recipient), \
        [(e.event, e.actor, e.recipient) for e in events]


def test_a_month_parsed_as_the_passive_subject_is_not_the_one_freed(resources: Resources) -> None:
    """"A journalist held in Iran since February was set free": the parser can make the month the
    subject of the passive; the one freed is the noun the clause hangs under (CAMEO 0841)."""
    text = "A Swedish journalist held in Iran since February was set free by the Iranian authorities on Tuesday."
    events = [e for e in code(text, resources) if e.event == "RETREAT"]
    assert events and "SWE" in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]



@pytest.mark.parametrize("text", [
    "Oxfam trucked drinking water to some 30,000 people in camps around Goma on Tuesday.",
    "The Red Cross flew blankets into Goma for families who had fled the fighting.",
])
def test_relief_for_people_in_a_city_goes_to_its_country(resources: Resources, text: str) -> None:
    """CAMEO 07: aid for people in a place is aid to the country they are in; a big city the small
    model tags as a person's name after a preposition of place is the city."""
    events = [e for e in code(text, resources) if e.event == "AID"]
    assert events and "COD" in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]



@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("Moldova's president alleged on Friday that Moscow was behind the attacks.", "ACCUSE", "RUS"),
    ("Chile gave in to Bolivia's demands on Friday.", "CONCEDE", "BOL"),
])
def test_the_one_alleged_against_and_the_owner_of_demands_met_are_targets(
        resources: Resources, text: str, etype: str, recipient: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype]
    assert events and recipient in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]


def test_a_topic_discussed_is_no_party(resources: Resources) -> None:
    text = ("Japan's prime minister and Australia's prime minister discussed American tariffs on beef in a call "
            "on Friday.")
    events = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert events and "USA" not in parties(events[0])[1], [(e.event, e.actor, e.recipient) for e in events]
