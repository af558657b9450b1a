"""Word senses, roles and wants that the codebook tells apart, each on sentences written for this
test: what is met in the sense of satisfied (CAMEO 04 is meeting an actor), an attack in words for
what someone did (CAMEO 111), the alleged offence of a charge (CAMEO 173 carries it), grief (no
CAMEO 110 disapproval), an agent noun that is no act, a noun event that is only wanted, who
undergoes an arrest or a release, and a person's possessive pronoun in reported speech."""

from __future__ import annotations

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

HAPPENED = ("asserted", "reported")


def code(text: str, resources: Resources) -> list[Event]:
    doc = Document(id="senses", text=text, raw_text=text, published="2026-06-01")
    return code_events(next(iter(annotate([doc], resources))), resources)


def happened(text: str, resources: Resources) -> list[tuple[str, str]]:
    return [(e.event, e.event_text) for e in code(text, resources) if e.modality in HAPPENED]


def codes(parties: list[dict[str, object]]) -> set[tuple[object, object]]:
    return {(p.get("code"), p.get("sector")) for p in parties if p.get("code")}


@pytest.mark.parametrize("text", [
    "The ministry said the new emission targets would be hard to meet.",
    "The builder met the deadline for the new hospital wing.",
    "Several provinces failed to meet the vaccination goal set by the health ministry.",
])
def test_what_is_met_in_the_sense_of_satisfied_meets_no_one(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("CONSULT", "REJECT")], happened(text, resources)


def test_meeting_an_actor_is_still_a_meeting(resources: Resources) -> None:
    assert "CONSULT" in [t for t, _ in happened("The Chilean foreign minister met his Peruvian counterpart in Lima "
                                                "on Monday.", resources)]


@pytest.mark.parametrize("text", [
    "The prime minister attacked the television network for broadcasting the leaked memo.",
    "The opposition leader attacked the finance minister for her handling of the budget.",
])
def test_an_attack_in_words_for_what_someone_did_is_criticism(resources: Resources, text: str) -> None:
    types = [t for t, _ in happened(text, resources)]
    assert "ACCUSE" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize("text", [
    "Militants attacked the police station for refusing to release their commander.",
    "Soldiers attacked the protesters for blocking the highway.",
])
def test_armed_attackers_still_attack(resources: Resources, text: str) -> None:
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_an_instrument_is_a_thing_not_a_verb_that_shares_its_lemma(resources: Resources) -> None:
    """"airing" is no aircraft, so no aerial mode; "bombed" names its bombs."""
    aired = [e for e in code("The president attacked the radio station for airing the debate.", resources)]
    assert all(e.mode != "aerial" for e in aired), [(e.event, e.mode) for e in aired]
    bombed = [e for e in code("Government jets bombed a rebel base near the border on Sunday.", resources)
              if e.event == "ASSAULT"]
    assert bombed and bombed[0].mode in ("aerial", "explosives"), [(e.event, e.mode) for e in bombed]


def test_the_offence_a_charge_names_is_no_event_of_its_own(resources: Resources) -> None:
    events = happened("The former governor was charged with fraud, abducting a witness and assaulting a "
                      "prison guard.", resources)
    assert [t for t, _ in events] == ["COERCE"], events


def test_a_relative_clause_below_a_charge_is_not_its_offence(resources: Resources) -> None:
    """What someone in the charge's complement did is told by a relative clause, not alleged by it."""
    events = happened("A blogger was arrested over his posts about a senator who condemned the new tax.", resources)
    assert "ACCUSE" in [t for t, _ in events], events


@pytest.mark.parametrize("text", [
    "Hundreds of villagers mourned the fishermen lost at sea.",
    "The family is still grieving for the soldiers killed last year.",
])
def test_grief_is_no_disapproval(resources: Resources, text: str) -> None:
    assert "ACCUSE" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_an_agent_noun_is_no_act(resources: Resources) -> None:
    assert happened("Three suicide bombers were hiding in the house, the army said.", resources) == []
    struck = happened("A suicide bomber struck a checkpoint outside Mogadishu.", resources)
    assert "ASSAULT" in [t for t, _ in struck], struck


@pytest.mark.parametrize("text", [
    "Argentina wants a free trade agreement with Chile.",
    "Senegal is eyeing a fishing agreement with Mauritania.",
    "The rebels hope for a truce with the army before the harvest.",
])
def test_a_noun_event_that_is_wanted_has_not_happened(resources: Resources, text: str) -> None:
    assert happened(text, resources) == [], [(e.event, e.modality) for e in code(text, resources)]


def test_a_noun_event_that_was_signed_happened(resources: Resources) -> None:
    assert happened("Argentina signed a free trade agreement with Chile.", resources)


@pytest.mark.parametrize(("text", "who"), [
    ("Peru's expulsion of the Mexican ambassador came after weeks of tension.", "PER"),
    ("Peru's deportation of the migrants drew protests.", None),
])
def test_the_owner_of_an_act_done_to_someone_is_not_its_doer(resources: Resources, text: str,
                                                            who: str | None) -> None:
    """"Peru's expulsion of X": Peru expels (an "of" object names who undergoes it)."""
    events = [e for e in code(text, resources) if e.event in ("SANCTION", "COERCE")]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    if who:
        assert who in {c for c, _ in codes(events[0].actor)}, events[0].actor


def test_the_owner_of_an_arrest_underwent_it(resources: Resources) -> None:
    events = [e for e in code("Bolivia's arrest of the former minister was condemned by Chile. "
                              "The Nicaraguan bishop's arrest was condemned by the Vatican.", resources)
              if e.event == "COERCE"]
    assert len(events) == 2, [(e.event, e.event_text, e.actor, e.recipient) for e in events]
    first, second = events
    assert "BOL" in {c for c, _ in codes(first.actor)}, first.actor
    assert "NIC" not in {c for c, _ in codes(second.actor)}, second.actor
    assert "NIC" in {c for c, _ in codes(second.recipient)}, second.recipient


@pytest.mark.parametrize(("text", "actor"), [
    ("The Nigerian army chief said his troops had killed 30 fighters in Borno.", ("NGA", "MIL")),
    ("The Malian president said his soldiers had retaken the town of Kidal.", ("MLI", "MIL")),
    ("Ghana said its troops had withdrawn from the border post.", ("GHA", "MIL")),
])
def test_a_persons_or_states_forces_are_that_states_military(resources: Resources, text: str,
                                                             actor: tuple[str, str]) -> None:
    events = [e for e in code(text, resources) if e.event in ("ASSAULT", "RETREAT", "COERCE")]
    assert events, [(e.event, e.event_text) for e in code(text, resources)]
    assert actor in codes(events[0].actor), events[0].actor


@pytest.mark.parametrize("text", [
    "Arrests of journalists rose sharply in 2025, the press freedom group said.",
    "The number of attacks on health workers doubled over the past year.",
    "Abductions for ransom are widespread in the northwest, residents say.",
])
def test_a_count_of_acts_is_a_statistic_not_an_act(resources: Resources, text: str) -> None:
    assert happened(text, resources) == [], happened(text, resources)


def test_a_noun_act_that_happened_is_still_coded(resources: Resources) -> None:
    assert happened("The arrest of the opposition leader in Kampala sparked protests.", resources)


@pytest.mark.parametrize("text", [
    "The gang is notorious for kidnapping businessmen and forcing their families to pay.",
    "Kenya has long backed the transition in South Sudan.",
    "Sudan has been fighting a rebellion in Darfur for two decades.",
    "The two neighbours have clashed over the river since 2009.",
    "Fighting between the army and the militias has displaced 90,000 people this year.",
    "The conflict has killed more than 3,500 people since 2019, the United Nations says.",
])
def test_reputations_and_long_running_states_are_no_acts(resources: Resources, text: str) -> None:
    assert happened(text, resources) == [], happened(text, resources)


def test_an_act_a_decade_later_than_a_historical_one_is_historical(resources: Resources) -> None:
    events = code("Vietnam invaded Cambodia in December 1978 and withdrew its last troops about a decade "
                  "later.", resources)
    assert {e.event for e in events} >= {"ASSAULT", "RETREAT"}, [(e.event, e.modality) for e in events]
    assert all(e.modality == "historical" for e in events), [(e.event, e.modality, e.date) for e in events]


def test_a_toll_of_one_dated_attack_is_the_act(resources: Resources) -> None:
    assert [t for t, _ in happened("The shelling has killed 12 people since Monday, medics said.", resources)] \
        == ["ASSAULT"]


def test_a_perfect_over_days_is_the_news(resources: Resources) -> None:
    assert "ASSAULT" in [t for t, _ in happened("Rebels have shelled the port city twice since Saturday.",
                                                resources)]


def test_what_a_habitual_accusation_alleges_is_not_an_act(resources: Resources) -> None:
    """The accusation is not one act ("repeatedly"), and what it alleges is still only alleged."""
    events = happened("Rights groups have repeatedly accused the prison guards of beating inmates.", resources)
    assert "ASSAULT" not in [t for t, _ in events], events


@pytest.mark.parametrize("text", [
    "A security analyst in Dakar welcomed the new defence pact.",
    "Several economists criticized the finance ministry for raising fuel taxes.",
    "Political analyst Jane Moyo criticized the government's decision on fuel prices.",  # title before a name
])
def test_commentators_praise_and_criticise_but_do_not_act(resources: Resources, text: str) -> None:
    assert happened(text, resources) == [], happened(text, resources)


def test_observers_a_body_sends_are_its_actors(resources: Resources) -> None:
    events = [e for e in code("African Union election observers criticized the handling of the count.", resources)
              if e.event == "ACCUSE"]
    assert events, [(e.event, e.event_text) for e in code("African Union election observers criticized the "
                                                          "handling of the count.", resources)]


def test_a_war_that_has_been_waged_is_a_state(resources: Resources) -> None:
    assert happened("The separatists have been waging an insurgency against the central government.",
                    resources) == []
    assert happened("Separatists attacked a police post in the province on Monday.", resources)


@pytest.mark.parametrize("text", [
    "The minister praised the security alliance with Washington.",
    "Officials said defense cooperation between the two countries still stands.",
    "Analysts said the alliance was a pillar of stability in the region.",
    "The president is wary of losing a symbol of Turkish-Greek cooperation.",
])
def test_a_standing_relation_is_no_act(resources: Resources, text: str) -> None:
    assert "COOPERATE" not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "Japan and Australia launched naval cooperation in the Pacific on Monday.",
    "Military cooperation between Chile and Peru resumed last week after a two-year pause.",
])
def test_starting_or_resuming_cooperation_is_an_act(resources: Resources, text: str) -> None:
    assert "COOPERATE" in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The militia has been fighting the army, and both sides have committed abuses.",
    "The separatists have been fighting government forces in the north.",
])
def test_a_war_waged_with_no_time_told_is_a_state(resources: Resources, text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "Government troops have been fighting rebels in the east since Tuesday.",
    "Rebels have been battling soldiers near the airport for three days.",
    "Soldiers fought rebels near the border on Monday.",
])
def test_fighting_told_with_its_days_is_an_act(resources: Resources, text: str) -> None:
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The armed group has ramped up attacks since the beginning of the year.",
    "Police have stepped up arrests of activists over the past months.",
])
def test_acts_stepped_up_over_a_span_are_a_trend(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("ASSAULT", "COERCE")], happened(text, resources)


@pytest.mark.parametrize("text", [
    "With treatment and a new diet, the farmer has regained control over his health.",
    "The teacher said she finally took control of her finances last year.",
])
def test_control_of_no_ground_is_another_sense(resources: Resources, text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "Rebels regained control of the town on Sunday.",
    "Government forces took control of a historic fortress near the coast on Friday.",
])
def test_control_of_ground_is_still_taken_by_force(resources: Resources, text: str) -> None:
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "What began as a plea for reform was met with staggering brutality, the envoy said.",
    "The proposal was met with anger in the capital.",
])
def test_what_is_met_with_violence_or_anger_met_no_one(resources: Resources, text: str) -> None:
    assert "CONSULT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "Italy still has a ban in place on flights from the three countries.",
    "Sanctions against the regime enjoy broad support in Congress.",
    "The embargo on arms sales remains in force.",
])
def test_a_measure_that_holds_is_no_act(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("COERCE", "SANCTION")], happened(text, resources)


@pytest.mark.parametrize(("text", "kind"), [
    ("The minister had talks with his Egyptian counterpart on Monday.", "CONSULT"),
    ("The European Union imposed a ban on flights from the country on Tuesday.", "COERCE"),
])
def test_a_measure_imposed_and_talks_held_are_acts(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The government has so far refused to relax the travel rules.",
    "The opposition has still refused to join the talks.",
])
def test_a_refusal_that_holds_so_far_is_a_stance(resources: Resources, text: str) -> None:
    assert "REJECT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_a_refusal_on_a_day_is_an_act(resources: Resources) -> None:
    assert "REJECT" in [t for t, _ in happened("The government refused on Monday to relax the travel rules.",
                                               resources)]


@pytest.mark.parametrize("text", [
    "It was not long ago that the army shelled the border town.",
    "Not long ago, the army shelled the border town.",
    "The army not only shelled the border town but also blocked the main road.",
])
def test_not_long_ago_and_not_only_negate_nothing(resources: Resources, text: str) -> None:
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], code(text, resources)


def test_not_still_negates(resources: Resources) -> None:
    assert "ASSAULT" not in [t for t, _ in happened("The army did not shell the border town.", resources)]


def test_a_consequence_of_an_accusation_is_its_own_act(resources: Resources) -> None:
    text = "The two leaders exchanged angry barbs last week, prompting France to recall its ambassador."
    assert {"ACCUSE", "SANCTION"} <= {t for t, _ in happened(text, resources)}, happened(text, resources)


@pytest.mark.parametrize("text", [
    "The ministry said it would no longer allow foreign journalists to enter the province.",
    "The rebels said they will no longer grant aid workers access to the camps.",
])
def test_no_longer_negates(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("AGREE", "CONCEDE")], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The striker scored twice as Brazil beat Argentina 3-1 in Buenos Aires.",
    "Kenya beat Uganda 2 - 0 in Nairobi on Saturday.",
])
def test_a_score_however_tokenized_is_sport(resources: Resources, text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_a_date_is_no_score(resources: Resources) -> None:
    text = "2021-03-04: Police have arrested a student in the capital on charges of blasphemy."
    assert "COERCE" in [e.event for e in code(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Analysts say the sanctions have hurt ordinary people more than the ruling elite.",
    "The new tariffs hit Chinese exporters hard last year.",
])
def test_what_a_measure_does_to_those_under_it_is_no_act(resources: Resources, text: str) -> None:
    assert not happened(text, resources), happened(text, resources)


def test_the_one_who_imposes_a_measure_acts(resources: Resources) -> None:
    assert "SANCTION" in [t for t, _ in happened("Washington hit Ottawa with a 25% levy on steel on Tuesday.",
                                                  resources)]


def test_approving_a_bid_is_endorsement(resources: Resources) -> None:
    events = [e for e in code("Hungary's parliament approved Finland's bid to join the alliance on Monday.",
                              resources) if e.event == "SUPPORT"]
    assert events and codes(events[0].recipient) == {("FIN", None)}, events


@pytest.mark.parametrize(("text", "kind"), [
    ("The campaign quickly seized on the governor's remarks about pensions.", "COERCE"),
    ('"Why are we not ahead?" he asks.', "REQUEST"),
    ("Senators asked whether the contract had been approved by the board.", "REQUEST"),
    ("The study demonstrated the value of early treatment.", "PROTEST"),
    ("Most respondents agreed that the economy was improving.", "AGREE"),
    ("The governor said the region prospers when farmers and traders cooperate.", "COOPERATE"),
])
def test_senses_the_verbs_build_tells_apart(resources: Resources, text: str, kind: str) -> None:
    assert kind not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize(("text", "kind"), [
    ("Police seized 20 kilograms of heroin at the port on Monday.", "COERCE"),
    ("The president asked Congress for more funding on Tuesday.", "REQUEST"),
    ("The minister asked the rebels to lay down their arms.", "REQUEST"),
    ("The Chilean leader asked the Peruvian president for help with the fires.", "REQUEST"),
    ("Thousands demonstrated against the new law in the capital on Sunday.", "PROTEST"),
    ("The two sides agreed that they would withdraw troops by June.", "AGREE"),
    ("Iran and Iraq agreed on Monday to reopen the border crossing.", "AGREE"),
])
def test_the_acts_those_verbs_do_code(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_a_standing_grievance_in_the_body_is_no_act(resources: Resources) -> None:
    text = "Rebels seized the town. The separatist group accuses the government of exploiting the province's gas."
    assert "ACCUSE" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_a_headline_accusation_in_the_present_is_news(resources: Resources) -> None:
    assert "ACCUSE" in [t for t, _ in happened("Kenya accuses Uganda of sheltering rebels.", resources)]


@pytest.mark.parametrize("text", [
    "Neither the mayor nor his deputy was arrested, police said.",
    "No country has recognised the new government.",
])
def test_a_negated_subject_negates(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("COERCE", "SUPPORT")], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The prime minister has held rallies in three provinces this week.",
    "The president addressed a campaign rally in Michigan on Friday.",
])
def test_a_campaign_rally_is_no_protest(resources: Resources, text: str) -> None:
    assert "PROTEST" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_an_opposition_rally_is_a_protest(resources: Resources) -> None:
    text = "Thousands of opposition supporters held a rally against the government in the capital."
    assert "PROTEST" in [t for t, _ in happened(text, resources)]


@pytest.mark.parametrize("text", [
    "Doctors warn that type 2 diabetes could affect millions more people in the coming decades.",
    "The blaze is 60 kilometers long and officials warn it is simply too big to put out.",
    "Engineers warned that it could take years to rebuild the bridge.",
    "Epidemiologists warned that it could spread to neighbouring provinces.",
])
def test_a_warning_about_things_is_a_prediction(resources: Resources, text: str) -> None:
    assert "THREATEN" not in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The general said, warning that the gunmen will not be spared.",
    "Tehran warned that its forces would close the strait if attacked.",
])
def test_a_warning_of_what_the_speakers_side_will_do_is_a_threat(resources: Resources, text: str) -> None:
    assert "THREATEN" in [t for t, _ in happened(text, resources)], happened(text, resources)


@pytest.mark.parametrize("text", [
    "The express train was traveling north from Quetta to Peshawar when gunmen stopped it.",
    "The victims were mostly schoolgirls leaving for home after classes.",
])
def test_private_people_and_vehicles_make_no_visit(resources: Resources, text: str) -> None:
    assert "CONSULT" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_an_officials_travel_is_a_visit(resources: Resources) -> None:
    assert "CONSULT" in [t for t, _ in happened("The Indian prime minister traveled to Moscow on Monday.",
                                                 resources)]


def test_investing_in_ones_own_is_no_cooperation(resources: Resources) -> None:
    text = "Analysts said the companies are investing heavily in their own chips."
    assert "COOPERATE" not in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_an_act_before_and_an_act_one_was_unable_to_do_did_not_happen_now(resources: Resources) -> None:
    assert not happened("I had met the president before.", resources)
    assert not happened("The general said he was unable to provide additional details.", resources)


def test_a_weapons_test_exhibits_force(resources: Resources) -> None:
    text = "Pyongyang test-fired three cruise missiles into the sea on Thursday."
    types = [t for t, _ in happened(text, resources)]
    assert "MOBILIZE" in types and "ASSAULT" not in types, types


def test_a_fine_is_an_administrative_sanction_and_its_reason_its_content(resources: Resources) -> None:
    events = code("The regulator fined the airline 40 million euros for misleading passengers.", resources)
    assert [e.event for e in events if e.modality in HAPPENED] == ["COERCE"], [(e.event, e.event_text) for e in events]


def test_a_state_since_another_event_is_no_act(resources: Resources) -> None:
    assert not happened("The border crossing has been closed since the war began.", resources)


def test_a_detention_since_a_day_of_the_news_is_news(resources: Resources) -> None:
    text = "The journalist has been detained since police raided his home on Monday."
    assert "COERCE" in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_repelling_an_attack_is_fighting(resources: Resources) -> None:
    text = "The army said its troops had repelled a rebel assault on a garrison town in the east."
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_what_a_wh_clause_counts_happened_though_its_number_is_not_told(resources: Resources) -> None:
    assert "COERCE" in [t for t, _ in happened("Police did not say how many protesters had been arrested.",
                                                resources)]
    assert "COERCE" not in [t for t, _ in happened("Police denied that any protesters had been arrested.",
                                                    resources)]


@pytest.mark.parametrize(("text", "kind"), [
    ("A judge ordered the arrest of the former governor on Monday.", "COERCE"),
    ("The court ordered the release of the two activists.", "RETREAT"),
    ("The president ordered the expulsion of three diplomats.", "SANCTION"),
    ("A judge in Lima ordered the publisher back to prison this week.", "COERCE"),
    ("The president ordered troops to the border region on Sunday.", "MOBILIZE"),
    ("The junta ordered its army to seal the border with Niger.", "COERCE"),
])
def test_an_authoritys_order_of_an_act_is_that_act(resources: Resources, text: str, kind: str) -> None:
    types = [t for t, _ in happened(text, resources)]
    assert kind in types and "REQUEST" not in types, happened(text, resources)


def test_an_order_to_another_actor_stays_a_demand(resources: Resources) -> None:
    assert "REQUEST" in [t for t, _ in happened("The minister ordered the rebels to disarm within a week.",
                                                 resources)]


def test_an_act_told_as_later_is_not_the_earlier_one_retold(resources: Resources) -> None:
    text = ("A judge in Lima ordered the publisher back to prison this week. The publisher was arrested in "
            "2022. A court later sentenced him to six years in prison.")
    coerce = [e for e in code(text, resources) if e.event == "COERCE" and e.modality in HAPPENED]
    assert any("sentenced" in e.event_text for e in coerce), [(e.event_text, e.modality) for e in coerce]


@pytest.mark.parametrize(("text", "kind"), [
    ("Brazil formally recognised the interim government in Bolivia on Tuesday.", "SUPPORT"),
    ("Zambia legalised the largest opposition party on Wednesday.", "CONCEDE"),
    ("The minister criticised the report on Tuesday.", "ACCUSE"),
])
def test_british_spellings_meet_the_lexicon(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_distributing_food_is_aid(resources: Resources) -> None:
    text = "The UN's World Food Programme distributed food parcels to 25,000 flood victims in Mozambique."
    assert "AID" in [t for t, _ in happened(text, resources)], happened(text, resources)


def test_a_coordinated_second_act_is_its_own_event(resources: Resources) -> None:
    text = "Morocco condemned Germany's remarks on the territory, and on Tuesday it recalled its ambassador."
    events = [e for e in code(text, resources) if e.modality in HAPPENED]
    assert {"ACCUSE", "SANCTION"} <= {e.event for e in events}, [(e.event, e.event_text) for e in events]
    recall = next(e for e in events if e.event == "SANCTION")
    assert codes(recall.actor) == {("MAR", None)}, recall.actor  # it: the subject of its own sentence


def test_a_vow_to_respond_with_force_is_a_threat(resources: Resources) -> None:
    text = "The Eritrean army vowed to respond with force against any violation of its border."
    types = [t for t, _ in happened(text, resources)]
    assert "THREATEN" in types and "AGREE" not in types, types
    assert "ASSAULT" in [t for t, _ in happened("Police responded with force to the march on Sunday.", resources)]


@pytest.mark.parametrize("text", [
    "In 2023, the rebel groups killed nearly 300 people in over 400 attacks.",
    "The militants have killed 900 people in 14 months, the report said.",
    "Since last June, the group has claimed responsibility for several deadly attacks on the police.",
    "North Korea has conducted 11 missile tests this year.",
])
def test_a_tally_of_acts_over_a_span_is_no_act(resources: Resources, text: str) -> None:
    assert not [t for t, _ in happened(text, resources) if t in ("ASSAULT", "MOBILIZE")], happened(text, resources)


@pytest.mark.parametrize("text", [
    # "over the years": a span of years without a number
    "Over the years, dozens of villages have surrendered their land to the mining company.",
    # coordinated verbs share the span: both acts are a tally
    "Over the past three years, scores of bloggers have been arrested and later freed in Vietnam.",
    # what a share of those asked say befell them is a survey's finding
    "Nearly half of the migrants questioned said they had been robbed by border guards.",
    "The majority of those interviewed said militiamen had burned their crops.",
])
def test_a_tally_or_a_survey_finding_is_no_act(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_a_dated_act_told_by_some_witnesses_is_still_an_act(resources: Resources) -> None:
    text = "Half of the witnesses said police fired tear gas at the marchers on Saturday."
    assert "ASSAULT" in {t for t, _ in happened(text, resources)}, code(text, resources)


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in a village on Monday.",
    "The army killed 30 militants in a two-day operation last week.",
    "Hackers have defaced nearly 2,000 government websites over the past month.",
])
def test_one_operation_or_campaign_is_still_an_act(resources: Resources, text: str) -> None:
    assert happened(text, resources), code(text, resources)


# ---- a date that belongs to another noun --------------------------------------------------------


def _dated(text: str, resources: Resources, kind: str) -> list[str | None]:
    return [e.date for e in code(text, resources) if e.event == kind and e.modality in HAPPENED]


def test_a_date_on_the_object_noun_dates_that_noun_not_the_event(resources: Resources) -> None:
    # published Monday 1 June 2026: "Thursday's" is 28 May, the agreeing is on "Saturday", 30 May
    assert _dated("The two governments agreed on Saturday to open an inquiry into Thursday's shooting at "
                  "the border post.", resources, "AGREE") == ["2026-05-30"]
    # no date of its own: the publication day, not the date of the killings it investigates
    assert _dated("The defence ministers agreed to investigate the May 20 killings of three farmers.",
                  resources, "AGREE") == ["2026-06-01"]


def test_a_dated_act_noun_as_subject_dates_the_event(resources: Resources) -> None:
    assert _dated("Saturday's bombing of the market killed nine people.", resources, "ASSAULT") == ["2026-05-30"]


def test_a_date_in_a_clause_on_a_noun_dates_that_clause_not_the_main_verb(resources: Resources) -> None:
    # published Monday 1 June 2026: the seizure is Tuesday's (26 May), the release Friday's (29 May)
    text = "Two engineers seized by rebels on Tuesday were released on Friday."
    assert _dated(text, resources, "RETREAT") == ["2026-05-29"], code(text, resources)
    assert _dated(text, resources, "COERCE") == ["2026-05-26"], code(text, resources)
    # a month after publication told in the past is last year's
    assert _dated("The nurses kidnapped in Niger in September were released on Sunday.", resources,
                  "ASSAULT") == ["2025-09"]


def test_an_act_told_in_a_past_participle_on_a_noun_is_not_dated_by_the_main_clause(
        resources: Resources) -> None:
    # the arrest came before the return: the main clause's Friday is not its date
    text = "Three students arrested by Iranian police flew home to Berlin on Friday."
    events = [e for e in code(text, resources) if e.event == "COERCE"]
    assert events and events[0].date == "2026-06-01" and events[0].text_info["date_text"] is None, events
    # ... but how long it lasted, counted back from that Friday (29 May), gives its first day
    text = "Three students arrested by Iranian police for two weeks flew home to Berlin on Friday."
    events = [e for e in code(text, resources) if e.event == "COERCE"]
    assert events and events[0].date == "2026-05-15", events


@pytest.mark.parametrize(("text", "day"), [
    ("The envoys flew home on Thursday, two days after Chile and Peru signed a fisheries treaty in Lima.",
     "2026-05-26"),
    ("Rebels shelled the town on Friday, a week before the two sides signed a truce.", "2026-06-05"),
])
def test_a_measured_after_or_before_moves_the_main_clause_date(resources: Resources, text: str, day: str) -> None:
    signed = [e for e in code(text, resources) if e.event in ("SUPPORT", "AGREE")]
    assert signed and signed[0].date == day, [(e.event, e.date) for e in code(text, resources)]


def test_an_unmeasured_after_keeps_the_main_clause_date(resources: Resources) -> None:
    text = "Police fired tear gas on Saturday after protesters marched on the parliament in Dhaka."
    march = [e for e in code(text, resources) if e.event == "PROTEST"]
    assert march and march[0].date == "2026-05-30", march


# ---- who acts in an adverbial gerund ------------------------------------------------------------


def test_an_adverbial_gerund_is_done_by_the_subject_not_the_object(resources: Resources) -> None:
    events = code("The presidents of Peru and Bolivia embraced each other in Lima after signing a border "
                  "treaty.", resources)
    signing = [e for e in events if e.event in ("AGREE", "SUPPORT")]
    assert signing and codes(signing[0].actor) == {("PER", "GOV"), ("BOL", "GOV")}, [
        (e.event, e.actor) for e in events]


def test_the_object_still_does_what_it_is_accused_or_stopped_of(resources: Resources) -> None:
    events = code("The Chilean government accused Argentina of violating the fishing accord.", resources)
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and {p.get("code") for p in accuse[0].recipient} == {"ARG"}, accuse


def test_the_record_names_the_words_that_dated_it(resources: Resources) -> None:
    dated = [e for e in code("Ecuador recalled its ambassador from Quito on Saturday.", resources)
             if e.event == "RETREAT" or e.event == "SANCTION"]
    undated = [e for e in code("Ecuador recalled its ambassador from Quito.", resources)
               if e.event == "RETREAT" or e.event == "SANCTION"]
    assert dated and dated[0].text_info["date_text"]["text"].endswith("Saturday"), dated
    assert dated[0].date == "2026-05-30"
    assert undated and undated[0].text_info["date_text"] is None and undated[0].date == "2026-06-01", undated


def test_the_day_of_a_statement_bounds_the_act_it_reports(resources: Resources) -> None:
    # published Monday 1 June 2026; "on Saturday" is the day of the statement, not of the raid
    raid = [e for e in code("The interior ministry said on Saturday that police had raided the offices of an "
                            "opposition newspaper.", resources) if e.event in ("COERCE", "ASSAULT")]
    assert raid and raid[0].date == "2026-05-30" and raid[0].text_info["date_text"]["statement"] is True, raid
    own = [e for e in code("Police raided the offices of an opposition newspaper on Saturday, the interior "
                           "ministry said.", resources) if e.event in ("COERCE", "ASSAULT")]
    assert own and own[0].date == "2026-05-30" and own[0].text_info["date_text"]["statement"] is False, own


# ---- senses told by how the trigger is built ----------------------------------------------------


def test_engaging_in_an_activity_is_no_use_of_force(resources: Resources) -> None:
    assert not [t for t, _ in happened("Rights groups said the agency continues to engage in unlawful "
                                       "surveillance.", resources) if t == "ASSAULT"]


def test_engaging_an_enemy_is_still_force(resources: Resources) -> None:
    assert "ASSAULT" in [t for t, _ in happened("Chadian troops engaged the rebels near the border on "
                                                "Tuesday.", resources)]


def test_conferring_an_honour_is_praise_and_conferring_with_someone_is_consulting(resources: Resources) -> None:
    honour = [t for t, _ in happened("The Ghanaian president conferred the country's highest honour on the "
                                     "visiting Nigerian leader.", resources)]
    assert "SUPPORT" in honour and "CONSULT" not in honour, honour
    assert "CONSULT" in [t for t, _ in happened("The Ghanaian president conferred with the Nigerian leader "
                                                "in Accra.", resources)]


def test_in_recognition_of_is_an_idiom(resources: Resources) -> None:
    assert not [t for t, _ in happened("The city lit its bridges in recognition of World Refugee Day.",
                                       resources) if t == "SUPPORT"]


# ---- the doer of a passive act told by the fighting it happened in ------------------------------


@pytest.mark.parametrize(("text", "doer"), [
    ("Three miners were shot dead in a gunfight with Zambian police on Sunday.", ("ZMB", "COP")),
    ("Two fishermen were wounded in a Turkish drone strike near the coast.", ("TUR", None)),
    ("Twelve students were detained in a police raid on the campus in Dhaka.", (None, "COP")),
])
def test_a_passive_act_takes_its_doer_from_the_fighting(resources: Resources, text: str,
                                                        doer: tuple[str | None, str | None]) -> None:
    acts = [e for e in code(text, resources) if e.event in ("ASSAULT", "COERCE")]
    got = {(p.get("code"), p.get("sector")) for p in acts[0].actor} if acts else set()
    code_, sector = doer
    assert acts and any((code_ is None or c == code_) and (sector is None or s == sector) for c, s in got), [
        (e.event, e.actor) for e in acts]


def test_fighting_between_two_sides_names_no_one_doer(resources: Resources) -> None:
    acts = [e for e in code("Five farmers were killed in fighting between the army and the rebels.", resources)
            if e.event == "ASSAULT"]
    assert acts and not [p for p in acts[0].actor if p.get("code") or p.get("sector")], acts


def test_the_other_side_of_a_border_is_no_partner(resources: Resources) -> None:
    # CAMEO 062 (military cooperation) takes a partner; drills alone are a show of force (150)
    alone = [t for t, _ in happened("Armenia held artillery drills along its border with Azerbaijan.", resources)]
    assert "MOBILIZE" in alone and "COOPERATE" not in alone, alone
    joint = [t for t, _ in happened("Armenia held artillery drills with Russian troops near the border.",
                                    resources)]
    assert "COOPERATE" in joint, joint


def test_a_ministry_protesting_against_something_complains_officially(resources: Resources) -> None:
    # CAMEO 114 (complain officially) is ACCUSE; CAMEO 14 demonstrations are by civilians
    official = [t for t, _ in happened("Kenya's foreign ministry protested against the expulsion of two of "
                                       "its diplomats.", resources)]
    assert "ACCUSE" in official and "PROTEST" not in official, official
    street = [t for t, _ in happened("Hundreds of nurses protested against the pay freeze in Nairobi.",
                                     resources)]
    assert "PROTEST" in street, street


# ---- acts the codebook names, in wordings of their own -------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Greece scrambled jets on Tuesday.", "MOBILIZE"),                                   # 152
    ("The military government barred foreign reporters from the border region.", "COERCE"),  # 172
    ("The African Union suspended Mali from the organisation after the coup.", "SANCTION"),  # 160
    ("The Asian Development Bank approved a $200 million loan for Nepal.", "AID"),        # 071
    ("Indian navy helicopters flew in water and medicine for the flood victims.", "AID"),  # 073
])
def test_acts_of_the_codebook_in_their_own_words(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "The city council approved the new budget on Friday.",
    "The bouncer barred the man at the door.",
])
def test_their_everyday_senses_stay_empty(resources: Resources, text: str) -> None:
    assert not happened(text, resources), happened(text, resources)


@pytest.mark.parametrize(("text", "kind"), [
    ("On Thursday the Ecuadorian government scrapped the new fuel tax.", "CONCEDE"),            # 081
    ("The junta restored internet access in the capital on Wednesday.", "CONCEDE"),            # 081
    ("Bus drivers in Lagos walked off the job over unpaid wages.", "PROTEST"),                  # 143
    ("The Belgian prime minister expressed regret to Rwanda for the colonial abuses.", "SUPPORT"),  # 055
])
def test_more_acts_of_the_codebook(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "The regional council meets every Monday in the town hall.",            # a routine
    "Her new documentary attacks the myth of the self-made billionaire.",    # an idea attacked
    "The striker attacked the ball and scored from six yards.",             # sport
    "The Nigerian women's relay team defended its African title in Cairo.",  # a champion's title
    "The Brazilian goalkeeper rejected an offer from a Turkish club.",         # a player's career
    "Hailstorms battered vineyards across Mendoza on Sunday.",                # weather
    "Georgian wrestlers beat Turkey on Saturday to retain the European team crown.",  # athletes
    "Polish weightlifters beat Armenia in Tirana, their coach said.",          # athletes
    "The Dutch insurer made a takeover offer for a Belgian rival on Friday, promising shareholders cash.",  # a deal
    "Shareholders rejected the Spanish bank's merger with a smaller lender on Thursday.",  # owners of a firm
])
def test_routines_ideas_and_sport_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), happened(text, resources)


@pytest.mark.parametrize(("text", "actor"), [
    ("Mexico's most wanted drug lord threatened to kill the mayor.", ("MEX", "CRM")),
    ("Turkish jets bombed targets in northern Iraq on Sunday.", ("TUR", "MIL")),
])
def test_criminal_bosses_and_warplanes_have_their_sectors(resources: Resources, text: str,
                                                         actor: tuple[str, str]) -> None:
    events = code(text, resources)
    assert events and actor in codes(events[0].actor), [(e.event, e.actor) for e in events]


# ---- acts gone by, counted together, or habits ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Prices rose again in March. Previous strikes were called by the dockworkers' union.",
    "Relations have been tense for years. In past disputes, Madrid has threatened to recall its ambassador.",
    "The senator was a fierce critic. She used to accuse the ministers of lying.",
    "The militia moves often. Its fighters routinely retreat into the hills when attacked by troops.",
    "The river divides the two states. Washington opposes the dam and, for that reason, gives financial "
    "support to the downstream countries.",
])
def test_past_episodes_and_habits_are_no_single_act(resources: Resources, text: str) -> None:
    second = text.split(". ", 1)[1]
    got = [(t, w) for t, w in happened(text, resources) if w.split()[0].lower() in second.lower()]
    assert not got, got


@pytest.mark.parametrize(("text", "kind"), [
    ("The dockworkers' union called a strike on Monday.", "PROTEST"),
    ("Madrid threatened on Friday to recall its ambassador.", "THREATEN"),
    ("Riot police used tear gas to disperse the crowd in the capital.", "ASSAULT"),
    ("Soldiers detained 40 suspects in raids during the past three nights, the ministry said.", "COERCE"),
])
def test_single_acts_beside_them_are_still_coded(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Norway committed $25 million in humanitarian aid to Yemen on Wednesday.",
    "Canada pledged food aid to Haiti after the storm.",
])
def test_money_or_aid_committed_is_a_pledge(resources: Resources, text: str) -> None:
    # CAMEO 033 (express intent to provide material aid) is AGREE; the aid is not yet given
    types = [t for t, _ in happened(text, resources)]
    assert "AGREE" in types and "AID" not in types, types


def test_a_light_verb_still_gives_its_event_to_its_own_object(resources: Resources) -> None:
    assert "ASSAULT" in [t for t, _ in happened("Militiamen committed systematic torture in the detention "
                                                "camps.", resources)]


@pytest.mark.parametrize("text", [
    "Talks resumed in May. The two intelligence services exchange information on smuggling networks.",
    "A diplomat who asked for anonymity said the meeting had been tense.",
    "One official, who requested anonymity, described the mood as grim.",
])
def test_standing_cooperation_and_a_sources_anonymity_are_no_acts(resources: Resources, text: str) -> None:
    got = [t for t, _ in happened(text, resources) if t in ("COOPERATE", "REQUEST")]
    assert not got, got


def test_cooperation_on_a_day_is_still_an_act(resources: Resources) -> None:
    assert "COOPERATE" in [t for t, _ in happened("Talks resumed in May. The two intelligence services "
                                                  "exchanged information on smuggling networks on Monday.",
                                                  resources)]


@pytest.mark.parametrize(("text", "mode"), [
    ("Ethiopia proposed a ceasefire in the Amhara region on Sunday.", "yield"),   # 0256 / 1056
    ("Chile proposed talks with Bolivia on access to the sea.", "meet"),          # 026 / 106
])
def test_proposing_a_truce_or_talks_is_an_appeal(resources: Resources, text: str, mode: str) -> None:
    got = [e for e in code(text, resources) if e.event == "REQUEST"]
    assert got and got[0].mode == mode, [(e.event, e.mode) for e in code(text, resources)]


@pytest.mark.parametrize("text", [
    "Monitors say more than 900 people have been detained since the election in Belarus.",
    "Security forces have killed dozens of demonstrators since the uprising, activists say.",
])
def test_a_tally_since_another_event_is_no_single_act(resources: Resources, text: str) -> None:
    got = [t for t, _ in happened(text, resources) if t in ("COERCE", "ASSAULT")]
    assert not got, got


def test_a_perfect_since_a_day_is_still_the_news(resources: Resources) -> None:
    assert "COERCE" in [t for t, _ in happened("Police in Minsk have detained the opposition leader since "
                                               "Tuesday.", resources)]


def test_the_attack_told_again_refers_back_and_adds_no_act(resources: Resources) -> None:
    text = ("Gunmen stormed a bus station in Quetta on Sunday, killing eight people. Officials said the attack "
            "had been planned for weeks, and the assault lasted an hour.")
    assaults = [e for e in code(text, resources) if e.event == "ASSAULT" and e.modality in HAPPENED]
    assert len(assaults) == 1, [(e.event_text, e.date) for e in assaults]


def test_a_first_telling_by_a_definite_noun_is_kept(resources: Resources) -> None:
    assaults = [e for e in code("The attack on the bus station shocked the city.", resources)
                if e.event == "ASSAULT"]
    assert assaults, code("The attack on the bus station shocked the city.", resources)


def test_requirements_that_have_to_be_met_meet_no_one(resources: Resources) -> None:
    assert not [t for t, _ in happened("Two conditions will have to be met before the loan is paid out.",
                                       resources) if t == "CONSULT"]
    events = code("Two conditions will have to be met before the loan is paid out.", resources)
    assert not [e for e in events if e.event == "CONSULT"], [(e.event, e.modality) for e in events]


@pytest.mark.parametrize(("text", "coerce"), [
    ("The regional government declared a drought emergency on Monday.", False),
    ("The main hospital in Mardan declared an emergency after the blast.", False),
    ("The president declared a state of emergency in three provinces.", True),   # CAMEO 1724
])
def test_an_emergency_of_a_field_is_no_state_of_emergency(resources: Resources, text: str, coerce: bool) -> None:
    assert ("COERCE" in [t for t, _ in happened(text, resources)]) == coerce, code(text, resources)


@pytest.mark.parametrize(("text", "assault"), [
    ("A cargo plane crashed on take-off in Juba, killing 14 people.", False),
    ("An overloaded boat capsized off the coast and killed 22 migrants.", False),
    ("A car bomb exploded outside the hotel, killing nine people.", True),
])
def test_a_killing_an_accident_causes_is_no_attack(resources: Resources, text: str, assault: bool) -> None:
    assert ("ASSAULT" in [t for t, _ in happened(text, resources)]) == assault, code(text, resources)


@pytest.mark.parametrize(("text", "appeal"), [
    ("Farmers in the delta are seeking ways to save their crops.", False),
    ("Hundreds of graduates are seeking work abroad.", False),
    ("The families sought answers from the police about the shooting.", True),   # from someone: an appeal
])
def test_seeking_something_for_oneself_asks_no_one(resources: Resources, text: str, appeal: bool) -> None:
    assert ("REQUEST" in [t for t, _ in happened(text, resources)]) == appeal, code(text, resources)


# ---- who does a nominal or passive act ----------------------------------------------------------


@pytest.mark.parametrize(("text", "etype", "actor"), [
    # the parse hangs "by" on the "of" object; no one is "tourists by police"
    ("The arrest of three Danish sailors by Venezuelan police on Monday drew a protest.", "COERCE", "VEN"),
    # a day that owns the act ("Sunday's") dates it; the "by" phrase names the doer
    ("Sunday's drone strike by Israel on a warehouse near Beirut destroyed weapons.", "ASSAULT", "ISR"),
    # a state deports people out of its own territory (CAMEO 174)
    ("Forty Haitians were deported from the Dominican Republic on Friday.", "COERCE", "DOM"),
    # a "by" the parse leaves as a plain preposition of the passive
    ("Six Lithuanian fishermen held since May were handed back to Lithuania by Belarus on Friday, "
     "the ministry said.", "RETREAT", "BLR"),
    # forces moved with no "by" agent are moved by their own state (CAMEO 154)
    ("About 2,000 Ugandan troops were deployed to South Sudan on Monday.", "MOBILIZE", "UGA"),
])
def test_the_doer_of_a_nominal_or_passive_act(resources: Resources, text: str, etype: str, actor: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype]
    assert any(actor in {p.get("code") for p in e.actor} for e in events), [
        (e.event, e.actor) for e in code(text, resources)]


def test_a_day_is_never_the_doer(resources: Resources) -> None:
    events = [e for e in code("Friday's shelling of Kharkiv killed four people.", resources) if e.event == "ASSAULT"]
    assert events and not any("Friday" in (p.get("entity_text") or "") for e in events for p in e.actor), events


def test_each_of_two_nationalities_takes_the_plural_body(resources: Resources) -> None:
    events = [e for e in code("The Rwandan and Burundian armies exchanged fire across the border.", resources)
              if e.actor]
    assert events and {("RWA", "MIL"), ("BDI", "MIL")} <= codes(events[0].actor), [(e.event, e.actor) for e in events]


# ---- safety, rescue, opinion and counts: classes that tell another sense ------------------------


@pytest.mark.parametrize("text", [
    "Paramedic reinforcements were flown in from Chile after the earthquake.",       # civil_services
    "A major emergency was declared at the city's main hospital after the crash.",   # facilities
    "Special forces freed nine hostages from a farmhouse on Thursday.",              # captives, by force
    "The fisheries minister agreed with the senator's assessment of the harvest.",   # opinions
    "The targets would be difficult to meet, the economist said.",                   # tough construction
    "The actor shared a conversation with reporters on his podcast.",                 # press, noun trigger
    "Soldiers have detained more than 450 people since January, a rights group said.",  # a running count
    "Rescue workers were searching for survivors under the rubble.",                  # civil service doer
    "Firefighters broke into the burning building and pulled out three children.",   # civil service doer
    "The Kenyan airline seized the opportunity to buy two more jets on Monday.",      # chances
    "Shares in the steelmaker surrendered their morning gains and closed down 2 percent on Tuesday.",  # markets
    "The rupee retreated against the dollar on Tuesday.",                            # markets
    "Immune cells attack the insulin-making cells of the pancreas, the researchers said.",  # the body's agents
    "Armed settlers carried out more than 900 attacks in the occupied territory last year.",  # a tally
    "The rebels seem to have withdrawn from the town, residents said.",              # a hedge
    "The army appears to have pulled its tanks back from the border.",                # a hedge
    "We are so invested in Ukraine, the senator said.",                               # a state
    "The minister rejected the idea that sanctions had hurt the economy.",            # a belief
    "The president dismissed the notion that the army was losing ground.",            # a belief
    "Civilians remain unprotected, bombed, besieged and displaced, the aid chief said.",  # a condition
    "The army says it is still searching for bodies in the villages.",               # a recovery
    "A police officer recognized her at the checkpoint.",                              # knowing by sight
    "Heat warnings have been issued across the south.",                               # advisories
    "In a statement issued on Monday, the group gave thanks to its supporters.",       # no "give in"
    "Argentina's state energy firm launched a price offensive aimed at rival fuel importers.",  # campaigns
    "The plan met with opposition from China's U.N. mission.",                       # reception, not a meeting
    "In Chile, each province must fend for itself, the economist Ana Ruiz said.",     # no one's demand
    "Brazil and India have pulled way out front in the biofuel race.",               # took the lead
    "Technicians cut off the water service to the building on Monday.",              # no censorship
    "A Kenyan bus slammed into a truck near Nakuru on Sunday.",                      # a crash
    "Countries in the bloc deported about 90,000 people last year, its statistics office said.",  # a tally
])
def test_words_that_tell_no_act_of_power(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


@pytest.mark.parametrize(("text", "kind"), [
    ("Kidnappers freed nine hostages on Thursday after a ransom was paid.", "RETREAT"),
    ("The cabinet declared a state of emergency in four provinces on Monday.", "COERCE"),
    ("Troops have detained 40 people since Monday in the border town.", "COERCE"),
])
def test_the_act_of_power_itself_stays(resources: Resources, text: str, kind: str) -> None:
    assert kind in [t for t, _ in happened(text, resources)], code(text, resources)


def test_an_undated_act_told_in_the_perfect_is_marked_as_before_the_report(resources: Resources) -> None:
    asked = [e for e in code("Ghana has asked the African Union to send election observers.", resources)
             if e.event == "REQUEST"]
    told = [e for e in code("Ghana asked the African Union to send election observers.", resources)
            if e.event == "REQUEST"]
    dated = [e for e in code("Ghana has asked the African Union on Friday to send observers.", resources)
             if e.event == "REQUEST"]
    assert asked and asked[0].text_info.get("perfect") is True, asked
    assert told and "perfect" not in told[0].text_info, told
    assert dated and "perfect" not in dated[0].text_info, dated


# ---- a source says an actor committed wrongs: an accusation ---------------------------------------


def test_saying_an_actor_committed_abuses_accuses_it(resources: Resources) -> None:
    events = code("Amnesty International says both armies have committed war crimes in the region.", resources)
    accuse = [e for e in events if e.event == "ACCUSE" and e.modality in HAPPENED]
    assert accuse and {p.get("code") for p in accuse[0].actor} == {"NGO"}, [(e.event, e.actor) for e in events]


@pytest.mark.parametrize("text", [
    "Police said their officers had not committed any abuses during the operation.",  # a denial
    "The ruling party committed itself to new elections in March.",      # commitment, not a wrong
])
def test_no_charge_without_a_wrong_said_to_be_committed(resources: Resources, text: str) -> None:
    assert "ACCUSE" not in [t for t, _ in happened(text, resources)], code(text, resources)


def test_committing_a_wrong_is_no_commitment(resources: Resources) -> None:
    assert "AGREE" not in [t for t, _ in happened("Militias committed atrocities in the valley, residents said.",
                                                  resources)]


def test_a_refusal_in_the_simple_present_in_a_story_body_is_a_position(resources: Resources) -> None:
    text = "The ministry briefed reporters on Monday. Beijing rejects any unilateral sanctions, it said."
    assert "REJECT" not in [t for t, _ in happened(text, resources)], code(text, resources)
    quoted = 'The talks ended on Friday. "We reject this ultimatum," the Estonian minister said.'
    assert "REJECT" in [t for t, _ in happened(quoted, resources)], code(quoted, resources)


def test_an_unknown_surname_opening_a_sentence_is_its_verbs_subject(resources: Resources) -> None:
    """The small tagger may read an unknown name that opens a sentence as an adverb; the name the
    document introduced is still the doer, with the state and sector of its appositive title."""
    events = code("Rwanda's foreign minister, Olivier Nduhungirehe, arrived in Kinshasa on Monday. "
                  "Nduhungirehe accused Congo of arming Hutu militias.", resources)
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and codes(accuse[0].actor) == {("RWA", "GOV")}, [(e.event, e.actor) for e in events]
    assert codes(accuse[0].recipient) == {("COD", None)}  # Congo, in a story set in Kinshasa


def test_a_proposal_rejected_is_still_a_rejection(resources: Resources) -> None:
    assert "REJECT" in [t for t, _ in happened("The Sudanese army rejected the idea of talks with the RSF.",
                                                resources)]


@pytest.mark.parametrize(("text", "etype"), [
    ("Police searched the offices of the opposition newspaper on Monday.", "COERCE"),
    ("Brazil recognized the new government in Caracas on Monday.", "SUPPORT"),
    ("After weeks of strikes the transport minister gave in to the drivers' demands.", "CONCEDE"),
    ("Chilean navy ships fired on a Peruvian fishing boat on Thursday, killing one sailor.", "ASSAULT"),
])
def test_the_acts_beside_those_senses_are_still_coded(resources: Resources, text: str, etype: str) -> None:
    assert etype in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize(("text", "etype", "actor"), [
    ('"I urge the junta to release all political prisoners," the Swedish foreign minister said.', "REQUEST",
     ("SWE", "GOV")),
    ('"We strongly condemn the bombing of the market," Kenya\'s interior ministry said.', "ACCUSE", ("KEN", "GOV")),
])
def test_the_first_person_in_a_quote_is_its_speaker(resources: Resources, text: str, etype: str,
                                                    actor: tuple[str, str]) -> None:
    events = [e for e in code(text, resources) if e.event == etype]
    assert events and actor in codes(events[0].actor), [(e.event, e.actor) for e in code(text, resources)]


def test_a_span_lasted_by_what_is_asked_for_is_no_long_war(resources: Resources) -> None:
    """"For a two-year pause" names what is asked for, not how long the asking has gone on."""
    text = ("Zambia's finance minister said on Thursday that Lusaka had asked China for a two-year pause "
            "on debt payments.")
    assert "REQUEST" in [t for t, _ in happened(text, resources)], code(text, resources)
    assert not happened("The army has fought the rebels in the north for more than a decade.", resources)


def test_protesters_blocking_access_still_protest(resources: Resources) -> None:
    assert "PROTEST" in [t for t, _ in happened("Protesters blocked access to the parliament building on Friday.",
                                                 resources)]


def test_the_speakers_own_body_named_by_its_kind_threatens(resources: Resources) -> None:
    text = ("A senior Hamas official said on Monday that the movement would fire rockets at Tel Aviv if "
            "Israeli troops entered the camp.")
    threats = [e for e in code(text, resources) if e.event == "THREATEN"]
    assert threats and {c for c, _ in codes(threats[0].recipient)} == {"ISR"}, code(text, resources)


@pytest.mark.parametrize("text", [
    "The central bank injected $10 billion into the banking system on Monday to calm markets.",  # no foreign actor
    "Villagers summoned the courage to rebuild their homes.",                                   # no diplomat
])
def test_money_at_home_and_courage_summoned_are_no_events(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_hosted_talks_are_with_their_parties(resources: Resources) -> None:
    text = "Kenya hosted talks between Somalia and Somaliland officials in Nairobi on Monday."
    talks = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert talks and "SOM" in {c for c, _ in codes(talks[0].recipient)}, code(text, resources)
    assert "KEN" in {c for c, _ in codes(talks[0].actor)}


@pytest.mark.parametrize("text", [
    "Peru's president fired his interior minister on Tuesday.",
    "The mining company fired 200 striking workers.",
])
def test_fired_from_a_post_is_no_shooting(resources: Resources, text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in happened(text, resources)], code(text, resources)


def test_trading_fire_is_no_trade(resources: Resources) -> None:
    got = [t for t, _ in happened("Indian and Pakistani troops traded fire with each other across the Line of "
                                  "Control on Friday.", resources)]
    assert "ASSAULT" in got and "COOPERATE" not in got
    assert "ASSAULT" in [t for t, _ in happened("Police fired rubber bullets at protesters in Lagos.", resources)]


@pytest.mark.parametrize("text", [
    "The film follows a general who invades a neighbouring country and jails his rivals.",
    "The opera tells the story of a queen who declares war on her brother.",
    "In the hit Turkish drama, a young officer arrests the minister who ordered his father's death.",
    "In the new mobile game, players lead armies that besiege and capture rival cities.",
])
def test_what_characters_of_a_plot_do_is_no_act(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_observers_from_a_body_speak_for_it_and_a_span_ahead_is_no_tally(resources: Resources) -> None:
    text = "Observers from the African Union praised Senegal on Monday for a peaceful election."
    praise = [e for e in code(text, resources) if e.event == "SUPPORT"]
    assert praise and "IGO" in {c for c, _ in codes(praise[0].actor)}, code(text, resources)
    assert "AID" in [t for t, _ in happened("Norway gave $40 million to Malawi on Monday for school meals over "
                                             "the next three years.", resources)]


@pytest.mark.parametrize("text", [
    "Container lines sent their ships around Africa to avoid the Red Sea.",     # a firm's fleet
    "Guatemala still claims half of Belize's territory.",                        # a position held
    "The president usually stops in Madrid on trips to Europe.",                 # trips as a habit
])
def test_fleets_positions_held_and_habitual_trips_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_a_hostile_course_raised_as_a_prospect_is_a_threat(resources: Resources) -> None:
    text = "Hungary raised the prospect on Friday of closing its border with Serbia if the smuggling went on."
    got = [t for t, _ in happened(text, resources)]
    assert "THREATEN" in got and "SANCTION" not in got, code(text, resources)
    assert "THREATEN" in [t for t, _ in happened(
        "The European Union raised the possibility of sanctions against Georgia on Monday.", resources)]


def test_a_subjunctive_after_insist_is_a_demand(resources: Resources) -> None:
    text = "Mali's junta insisted on Monday that the French troops leave the country within six months."
    assert "REQUEST" in [t for t, _ in happened(text, resources)], code(text, resources)
    assert not happened("The minister insisted that the government had done nothing wrong.", resources)


def test_forces_sent_to_fight_a_disaster_bring_aid(resources: Resources) -> None:
    text = "Spain sent 200 soldiers to Portugal on Sunday to help fight forest fires near the border."
    got = [t for t, _ in happened(text, resources)]
    assert "AID" in got and "MOBILIZE" not in got, code(text, resources)
    assert "MOBILIZE" in [t for t, _ in happened("Russia sent 2,000 troops to Belarus on Monday.", resources)]


def test_a_diplomat_called_in_is_of_the_state_that_sent_him(resources: Resources) -> None:
    text = "Romania called in Russia's ambassador on Tuesday after a drone crashed near a Romanian village."
    events = [e for e in code(text, resources) if e.event == "ACCUSE"]
    assert events and "RUS" in {c for c, _ in codes(events[0].recipient)}, code(text, resources)


def test_an_object_the_parser_reads_as_a_participles_subject_is_still_the_object(resources: Resources) -> None:
    # "the naval drills surrounding the islands" parsed as a clause under "staged"
    text = "Russia staged the naval drills surrounding the Kuril Islands on Tuesday."
    assert "MOBILIZE" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Villagers say they suffer frequent raids by cattle thieves from across the border.",   # acts that recur
    "This is the hour when the nightly patrols and raids begin.",
    "Since March the militia has claimed several bombings, mostly targeting police stations.",  # counted acts
    "Over the past three years, reporters have been harassed while covering protests and briefly detained, "
    "press groups said.",                                                                     # a span's tally
    "Officials gave reporters details of the money pledged by donors.",                        # information given
])
def test_recurring_counted_and_described_acts_are_no_events(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_an_opening_adverb_of_the_past_and_a_demand_in_an_adjective_are_no_news(resources: Resources) -> None:
    text = "Previously, the ministry had allowed foreign traders to enter the market."
    assert [m for _, m in [(e.event, e.modality) for e in code(text, resources)]] == ["historical"], \
        code(text, resources)
    text = '"The assembly must be firm and united in rejecting this plan," the envoy said on Monday.'
    got = [t for t, _ in happened(text, resources)]
    assert "REJECT" not in got and "REQUEST" in got, code(text, resources)  # a demand, nothing rejected yet


def test_arriving_in_another_states_city_is_a_visit_and_at_home_is_none(resources: Resources) -> None:
    assert "CONSULT" in [t for t, _ in happened("Ghana's foreign minister arrived in Lome on Tuesday.", resources)]
    assert not happened("The president arrived in Accra on Tuesday after a trip abroad.", resources)
    assert not happened("Hundreds of migrants arrived in Lampedusa on Sunday.", resources)
    assert "CONSULT" not in [t for t, _ in happened("A first unit of Kenyan troops arrived in Haiti on Tuesday.",
                                                     resources)]  # troops arriving are deployed, not visiting


def test_an_infinitive_object_pronoun_is_not_its_understood_subject(resources: Resources) -> None:
    text = "Nurses marched on the ministry in Harare on Monday. Police used water cannon to disperse them."
    force = [e for e in code(text, resources) if e.event == "ASSAULT"]
    assert force and "COP" not in {s for _, s in codes(force[0].recipient)}, code(text, resources)


@pytest.mark.parametrize(("text", "code_"), [
    ("Sudan's army said on Monday that the RSF had shelled a market in Omdurman.", "SDN"),
    ("RSF condemned the arrest of a reporter in Tunisia on Monday.", "NGO"),
])
def test_a_shared_acronym_follows_the_document(resources: Resources, text: str, code_: str) -> None:
    ann = next(annotate([Document(id="rsf", text=text, raw_text=text, published="2026-06-01")], resources))
    assert [e.code for e in ann.entities if e.text == "RSF"] == [code_]


@pytest.mark.parametrize("text", [
    "Instead of calling for sanctions, the ministers urged patience, the envoy said.",      # not done
    "The reporter asked the minister about his trip to Kenya and the aid for the refugees.",  # topics
    "It is not only Vietnam pushing back.",                                                   # resisting
    "North Korea has raised tensions by conducting eight rounds of missile launches since June.",  # counted
])
def test_acts_not_done_talked_about_figurative_or_counted_are_no_events(resources: Resources, text: str) -> None:
    got = [(t, m) for t, m in happened(text, resources) if t != "REQUEST" or "urged" not in text]
    assert not got, code(text, resources)


def test_an_expected_visit_has_not_happened(resources: Resources) -> None:
    text = "Kenya's president is preparing for Ruto's expected visit to Beijing, officials said."
    assert "CONSULT" not in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "The Emirati logistics company seized control of a Peruvian grain terminal in a $900 million deal.",  # business
    "Giant hornets kill honeybees by the thousands every autumn.",                                    # nature
    "The minister told reporters that the talks had gone well.",                                      # speech
])
def test_a_firms_takeover_animals_and_reported_speech_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_a_promise_concerns_whom_its_promised_act_concerns(resources: Resources) -> None:
    text = "Norway offered on Friday to host talks between Sudan's warring generals in Oslo."
    offers = [e for e in code(text, resources) if e.event == "AGREE"]
    assert offers and "SDN" in {c for c, _ in codes(offers[0].recipient)}, code(text, resources)
    assert "CONSULT" not in [t for t, _ in happened(text, resources)]  # the talks are only offered


@pytest.mark.parametrize(("text", "code_"), [
    ("Brussels threatened on Monday to slap tariffs on American whiskey.", "EUR"),
    ("Belgium's finance minister said Brussels would cut taxes. Brussels rejected the Dutch plan on Monday.",
     "BEL"),
])
def test_brussels_as_a_subject_is_the_union_unless_the_story_is_belgiums(resources: Resources, text: str,
                                                                        code_: str) -> None:
    ann = next(annotate([Document(id="bru", text=text, raw_text=text, published="2026-06-01")], resources))
    assert [e.code for e in ann.entities if e.text == "Brussels"][-1] == code_


def test_aid_received_is_given_by_the_from_party(resources: Resources) -> None:
    text = "Moldova received 300 million euros from the European Union on Tuesday."
    aid = [e for e in code(text, resources) if e.event == "AID"]
    assert aid and {c for c, _ in codes(aid[0].actor)} == {"EUR"}, aid
    assert {c for c, _ in codes(aid[0].recipient)} == {"MDA"}, aid


def test_a_member_suspended_from_a_body_is_suspended_by_it(resources: Resources) -> None:
    text = "Gabon was suspended from the 55-member African Union on Wednesday after the coup."
    s = [e for e in code(text, resources) if e.event == "SANCTION"]
    assert s and "IGO" in {c for c, _ in codes(s[0].actor)} and "GAB" in {c for c, _ in codes(s[0].recipient)}, s


def test_any_attack_answered_is_no_attack(resources: Resources) -> None:
    text = ("Sudan's defence minister said on Wednesday that Khartoum would respond to any Eritrean attack on "
            "the border.")
    # the attack is only a condition; a vow to answer it is Sudan's threat (CAMEO 130), no attack
    assert "ASSAULT" not in {t for t, _ in happened(text, resources)}, code(text, resources)
    assert "THREATEN" not in [e.event for e in code(text, resources)
                              if any(p.get("code") == "ERI" for p in e.actor)]  # Eritrea threatens nothing
    assert {c for e in code(text, resources) if e.event == "THREATEN" for c, _ in codes(e.actor)} <= {"SDN"}


@pytest.mark.parametrize("text", [
    "Most Estonians would be ready to fight if Russia invaded, a survey by a Tallinn institute found.",  # finding
    "Kenya sees the new dam on the Omo as a threat to Lake Turkana.",                                 # a view
    "Fighting in Sudan is likely to spread once the rains end, the think tank said in a report.",     # forecast
    "China's coast guard stops Philippine fishing boats near the shoal from time to time.",           # now and then
    "Greek police have arrested more than 150 suspected traffickers so far this year.",               # a tally
    "Mexico still refuses to extradite the former governor.",                                          # a position
])
def test_findings_views_forecasts_habits_tallies_and_positions_are_no_acts(resources: Resources,
                                                                            text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_forces_promised_are_offered_and_crowds_rallying_against_a_law_demonstrate(resources: Resources) -> None:
    text = "Chad promised on Thursday to send 350 police officers to join the multinational mission in Haiti."
    got = [t for t, _ in happened(text, resources)]
    assert "AGREE" in got and "THREATEN" not in got, code(text, resources)
    text = "Tens of thousands of Serbians rallied outside parliament in Belgrade on Sunday against the mine."
    assert "PROTEST" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "French and Indian warships hold joint exercises off Goa every spring.",               # a routine
    "A new strain of swine flu has invaded pig farms across Spain, officials say.",        # a disease
])
def test_routines_and_diseases_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


@pytest.mark.parametrize("text", [
    "Egypt's recent efforts to improve ties with Turkey could help the talks, an analyst said.",  # striven for
    "The treaty guarantees citizens the freedom to provide services across the union.",           # a right
])
def test_efforts_and_freedoms_to_act_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


@pytest.mark.parametrize("text", [
    "Copper prices slid as demand from smelters in China cooled.",             # buyers' demand in a market
    "Ghana's cocoa exports dropped because demand from grinders in Europe weakened.",
    "A Turkish retailer launched a takeover raid on a Greek rival on Monday.",  # a company deal
    "Driver ants in Kenya attack termite mounds at night, zoologists say.",    # animals
])
def test_market_demand_company_raids_and_animals_are_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


def test_a_demand_made_of_an_actor_is_still_one(resources: Resources) -> None:
    text = "Serbia rejected a demand from Kosovo for talks on Monday."
    assert "REJECT" in [t for t, _ in happened(text, resources)], code(text, resources)
    text = "Russian troops launched a raid on a village near Kharkiv on Monday."
    assert "ASSAULT" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Turkey's defence ministry dismissed reports on Friday that Ankara had sent troops to Libya.",
    "Egypt denied reports that Cairo had sent troops to Libya.",
    "Reports that Turkish troops had attacked a village in Iraq were false, Ankara said on Friday.",
    "Claims that Kenyan police had arrested 40 protesters were baseless, the ministry said.",
])
def test_an_act_told_in_a_denied_report_is_negated(resources: Resources, text: str) -> None:
    """The content of a report or claim that is dismissed, denied or called false is coded, with
    its own doer (not the report), as negated: it did not happen, by the sentence's account."""
    events = code(text, resources)
    assert events and all(e.modality == "negated" for e in events if e.event in ("MOBILIZE", "ASSAULT", "COERCE")), \
        [(e.event, e.modality, e.actor) for e in events]
    assert any(e.event in ("MOBILIZE", "ASSAULT", "COERCE") for e in events)
    assert not happened(text, resources)


def test_a_report_of_an_act_is_reported_and_its_doer_is_the_clauses_subject(resources: Resources) -> None:
    text = "Reports that Russian jets had bombed a market in Idlib emerged on Monday."
    events = [e for e in code(text, resources) if e.event == "ASSAULT"]
    assert events and events[0].modality == "reported" and {p.get("code") for p in events[0].actor} == {"RUS"}


@pytest.mark.parametrize("text", [
    "Instead of calling for sanctions, the senator wrote a letter to the ministry.",     # not done
    "The newspaper was known for its investigations into corruption in the army.",       # a reputation
    "The militia is notorious for its raids on villages in Darfur.",
    "Schools will reopen after the virus has been suppressed, the minister said.",       # nature as object
])
def test_acts_not_done_reputations_and_nature_as_object_are_no_acts(resources: Resources, text: str) -> None:
    got = [(t, e) for t, e in happened(text, resources) if t in ("REQUEST", "ACCUSE", "ASSAULT", "COERCE")]
    assert not got, code(text, resources)


def test_a_protest_suppressed_is_still_coercion(resources: Resources) -> None:
    text = "Police suppressed the protest in Minsk on Sunday."
    assert "COERCE" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Vietnam's submission met with opposition from China's U.N. mission.",
    "Malaysia's proposal met with fierce resistance from China.",
])
def test_a_proposal_meeting_with_opposition_is_no_meeting(resources: Resources, text: str) -> None:
    assert "CONSULT" not in [t for t, _ in happened(text, resources)], code(text, resources)


def test_meeting_with_the_opposition_is_a_meeting(resources: Resources) -> None:
    text = "Kenya's president met with the opposition in Nairobi on Monday."
    assert "CONSULT" in [t for t, _ in happened(text, resources)], code(text, resources)


def test_passengers_freed_by_forces_are_rescued_and_by_captors_released(resources: Resources) -> None:
    text = "Security forces freed 190 passengers from the hijacked train on Wednesday."
    assert "RETREAT" not in [t for t, _ in happened(text, resources)], code(text, resources)
    text = "The rebels freed 50 passengers on Wednesday after talks with elders."
    assert "RETREAT" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "The army has been fighting a deadly insurgency in the province for years, accusing the rebels of "
    "exploiting its mines.",                                                    # an ongoing state
    "The talks have stalled, with both sides accusing the other of bad faith.",  # a mutual grievance
    "North Korea was engaged with the United States last year.",                # a state of engagement
])
def test_participles_of_ongoing_states_are_no_acts(resources: Resources, text: str) -> None:
    got = [t for t, _ in happened(text, resources)]
    assert "ACCUSE" not in got and "CONSULT" not in got, code(text, resources)


@pytest.mark.parametrize("text", [
    "Police fired tear gas on Monday, accusing the protesters of attacking officers.",
    "The ceasefire collapsed on Monday, with Serbia accusing Kosovo of an attack.",
])
def test_participles_telling_one_act_are_acts(resources: Resources, text: str) -> None:
    assert "ACCUSE" in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "A Korean carmaker stormed into the top five of Brazil's sales charts in May.",   # a firm, no attack
    "Soaring prices are driving young families out of Madrid, a housing charity says.",  # market forces
    "Ecuador prefers to settle its fishing disputes with Colombia through negotiation.",  # a preference
    "The ministry picked up the tab for the summit.",                                   # no person picked up
])
def test_firms_markets_and_preferences_do_no_acts(resources: Resources, text: str) -> None:
    assert not happened(text, resources), code(text, resources)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("ECOWAS gave the junta in Niger a week to free the president or face military action.",
     "THREATEN", "IGO", "NER"),                                                     # an ultimatum, 139
    ("Washington told Caracas to release the Americans within 48 hours or face new sanctions.",
     "THREATEN", "USA", "VEN"),
    ("Kenya gave the Somali diplomats 72 hours to leave Kenya.", "SANCTION", "KEN", "SOM"),  # 166
    ("Mali ordered the Danish troops to leave Mali immediately.", "SANCTION", "MLI", "DNK"),       # 166
    ("Russia gave the two British journalists 24 hours to leave the country.", "COERCE", "RUS", "GBR"),  # 174
])
def test_ultimatums_and_deadlines_to_leave(resources: Resources, text: str, etype: str, actor: str,
                                           recipient: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype and e.modality in ("asserted", "reported")]
    assert any(actor in {p.get("code") for p in e.actor} and recipient in {p.get("code") for p in e.recipient}
               for e in events), [(e.event, e.actor, e.recipient, e.modality) for e in code(text, resources)]


def test_the_demanded_act_of_an_ultimatum_is_no_act_and_a_dispersal_no_expulsion(resources: Resources) -> None:
    text = "ECOWAS gave the junta in Niger a week to free the president or face military action."
    assert "RETREAT" not in [t for t, _ in happened(text, resources)], code(text, resources)
    text = "Police ordered the protesters to leave the square on Sunday."
    got = [t for t, _ in happened(text, resources)]
    assert "COERCE" not in got and "SANCTION" not in got, code(text, resources)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Bolivia's interior minister gave the truckers until Sunday to lift their blockades or face arrest.",
     "THREATEN", "BOL", "BOL"),                                                     # an ultimatum, 139
    ("Niger declared France's envoy persona non grata on Tuesday.", "SANCTION", "NER", "FRA"),      # 166
    ("Sweden froze 10 million euros in aid to Mali on Tuesday.", "SANCTION", "SWE", "MLI"),          # 162
])
def test_deadlines_diplomats_declared_unwelcome_and_aid_frozen(resources: Resources, text: str, etype: str,
                                                                actor: str, recipient: str) -> None:
    events = [e for e in code(text, resources) if e.event == etype and e.modality in ("asserted", "reported")]
    assert any(actor in {p.get("code") for p in e.actor} and recipient in {p.get("code") for p in e.recipient}
               for e in events), [(e.event, e.actor, e.recipient, e.modality) for e in code(text, resources)]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Indonesia's trade minister warned on Wednesday that Jakarta could halt nickel exports to China.",
     "THREATEN", "IDN", "CHN"),                                         # the speaker's own side may harm: 1312
    ("Nigeria dropped plans for a new telecoms levy on Thursday after days of protests.", "CONCEDE", "NGA", None),
])
def test_own_side_warnings_and_plans_dropped(resources: Resources, text: str, etype: str, actor: str,
                                             recipient: str | None) -> None:
    events = [e for e in code(text, resources) if e.event == etype and e.modality in ("asserted", "reported")]
    assert any(actor in {p.get("code") for p in e.actor}
               and (recipient is None or recipient in {p.get("code") for p in e.recipient}) for e in events), \
        [(e.event, e.actor, e.recipient, e.modality) for e in code(text, resources)]


def test_a_firm_shelving_plans_concedes_nothing(resources: Resources) -> None:
    assert not happened("The carmaker shelved plans for a new plant in Ohio.", resources)


def test_an_official_due_somewhere_for_talks_plans_them(resources: Resources) -> None:
    text = "Thailand's foreign minister is due in Hanoi on Wednesday for talks with his Vietnamese counterpart."
    events = [e for e in code(text, resources) if e.event == "CONSULT"]
    assert events and events[0].modality == "planned" and {p.get("code") for p in events[0].actor} == {"THA"}, \
        [(e.event, e.actor, e.modality) for e in code(text, resources)]


@pytest.mark.parametrize(("text", "etype"), [
    ("Kazakhstan's security service raided the offices of an opposition newspaper on Tuesday.", "COERCE"),  # 170
    ("Police raided the homes of three activists in Minsk on Friday.", "COERCE"),
    ("Soldiers raided a village near Kidal on Monday, killing 12 people.", "ASSAULT"),  # armed, with a toll
])
def test_a_police_raid_is_coercion_and_an_armed_one_an_assault(resources: Resources, text: str, etype: str) -> None:
    assert etype in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Some analysts think Russia is more likely to blockade the port than to invade it.",    # a comparison
    "Indian and Pakistani troops hold border talks every spring, which Beijing condemns as theatre.",  # a routine
])
def test_the_other_term_of_a_comparison_and_reactions_to_routines_are_no_acts(resources: Resources,
                                                                             text: str) -> None:
    got = [t for t, _ in happened(text, resources)]
    assert "ASSAULT" not in got and "ACCUSE" not in got, code(text, resources)


def test_captors_let_them_go_and_free_them(resources: Resources) -> None:
    text = "ELN rebels seized two soldiers in Arauca last month. The guerrillas let them go on Thursday."
    events = [e for e in code(text, resources) if e.event == "RETREAT"]
    assert events and {p.get("code") for p in events[0].actor} == {"COL"}, code(text, resources)
    text = "Houthi rebels have detained more than 20 UN staff since June. They freed three of them on Monday."
    events = [e for e in code(text, resources) if e.event == "RETREAT"]
    assert events and {p.get("code") for p in events[0].recipient} == {"UNO"}, \
        [(e.event, e.actor, e.recipient) for e in code(text, resources)]


@pytest.mark.parametrize(("text", "etype"), [
    ("Russia's foreign ministry vowed on Thursday to make Finland pay a heavy price if it hosted NATO "
     "bases.", "THREATEN"),                                                # a vowed threat of punishment, 130
    ("Bolivia's government bowed on Monday to three weeks of road blockades by truckers.", "CONCEDE"),  # 080
])
def test_vowed_punishment_and_bowing_to_weeks_of_pressure(resources: Resources, text: str, etype: str) -> None:
    assert etype in [t for t, _ in happened(text, resources)], code(text, resources)


@pytest.mark.parametrize("text", [
    "Any incursion into Estonia would be met with force, Finland's defence minister said on Thursday.",
    "The march in Lagos was met with teargas on Sunday.",
])
def test_met_with_force_is_no_meeting(resources: Resources, text: str) -> None:
    """A reaction one is met with (rules.toml [classes].reception) is no consultation (CAMEO 04)."""
    ann = next(annotate([Document(id="m", text=text, raw_text=text, published="2024-01-01")], resources))
    assert "CONSULT" not in [e.event for e in code_events(ann, resources)]


def _code(text: str, resources: Resources) -> list[Event]:
    ann = next(annotate([Document(id="s", text=text, raw_text=text, published="2024-01-01")], resources))
    return code_events(ann, resources)


@pytest.mark.parametrize("text", [
    "About 35 percent of Colombians would vote for the governor if the election were held now, a survey found.",
    "A majority of Chileans back the new constitution, according to a poll.",
    "Most Britons believe the government should cut taxes, a poll showed.",
])
def test_a_polls_finding_is_no_act(resources: Resources, text: str) -> None:
    """A share of a nation's people, or a belief held, is no political actor's act (PLOVER codes acts
    of actors; CAMEO 10 demands are communicated)."""
    assert not [e for e in _code(text, resources) if e.modality in ("asserted", "reported")]


def test_a_relative_clause_in_the_present_on_the_subject_is_a_standing_grievance(resources: Resources) -> None:
    text = "Hundreds of Kenyan students, who accuse lawmakers of greed, marched in Nairobi on Monday."
    types = [e.event for e in _code(text, resources)]
    assert "PROTEST" in types and "ACCUSE" not in types, types


@pytest.mark.parametrize(("text", "mode"), [
    ("Youths hurled stones and burned tyres near the presidential palace in Dakar on Friday.", "riot"),
    ("Truck drivers blockaded the highways around Lyon in protest at diesel taxes.", "obstruct"),
])
def test_civilians_violence_or_blockade_in_protest_is_a_protest(resources: Resources, text: str, mode: str) -> None:
    """CAMEO 144/145: civilians who block or riot protest; they do not assault or blockade a state."""
    events = _code(text, resources)
    assert any(e.event == "PROTEST" and e.mode == mode for e in events), [(e.event, e.mode) for e in events]
    assert not any(e.event in ("ASSAULT", "COERCE") for e in events)


def test_a_broker_of_talks_is_no_side_of_them(resources: Resources) -> None:
    text = "Sudan and Chad held Saudi-hosted talks in Jeddah on Monday."
    events = [e for e in _code(text, resources) if e.event == "CONSULT"]
    assert events and not any(p.get("code") == "SAU" for e in events for p in (*e.actor, *e.recipient)), \
        [(e.actor, e.recipient) for e in events]


@pytest.mark.parametrize(("text", "absent"), [
    ("The army sent 500 soldiers on Monday to defend the provincial capital.", "SUPPORT"),
    ("The separatist front seeks independence for the region.", "REQUEST"),
    ("Japan airlifted generators and water tanks to Tonga on Saturday.", "MOBILIZE"),
    ("Qatar pledged on Thursday to pay for repairing three hospitals in Sudan that were damaged in the fighting.",
     "THREATEN"),
])
def test_senses_that_are_not_the_act(resources: Resources, text: str, absent: str) -> None:
    """A town defended by troops is no verbal support (052); a standing aim is no demand (10); water
    tanks flown in are relief, not forces (154); damage told in a relative clause inside a pledge
    is not what is pledged (13)."""
    assert absent not in [e.event for e in _code(text, resources) if e.modality in ("asserted", "reported")]


def test_acts_since_then_in_the_perfect_are_what_went_on(resources: Resources) -> None:
    """"Since then, farmers have demanded ...": what went on after an earlier event, no one act."""
    events = _code("Since then, farmers have demanded lower fuel prices from the government.", resources)
    assert not [e for e in events if e.modality in ("asserted", "reported")], [(e.event, e.event_text) for e in events]


@pytest.mark.parametrize(("text", "absent"), [
    ("Turnout in the vote reached 52 percent, according to the election commission.", "AGREE"),
    ("An American chess grandmaster defended her title in Toronto, beating a Chinese challenger.", "ASSAULT"),
])
def test_according_to_is_no_accord_and_a_chess_win_no_assault(resources: Resources, text: str, absent: str) -> None:
    assert absent not in [e.event for e in _code(text, resources)]


@pytest.mark.parametrize("text", [
    "Some 250 reporters have been jailed in Egypt over the past decade, a media watchdog estimated.",
    "Ukrainian air defence units have shot down about 1,500 Russian drones this month, the military said.",
])
def test_a_count_over_a_decade_or_a_month_is_a_tally(resources: Resources, text: str) -> None:
    """Acts counted over a span ("over the past decade", with the span hung on the place; "this
    month") are a tally, no one act (ICEWS and ACLED count acts one by one)."""
    events = _code(text, resources)
    assert not [e for e in events if e.modality in ("asserted", "reported")], [(e.event, e.event_text) for e in events]


@pytest.mark.parametrize(("text", "absent"), [
    ("Mexico ceded California to the United States under the Treaty of Guadalupe Hidalgo in 1848.", "SUPPORT"),
    ("Invasive carp have invaded rivers across the Midwest, fisheries officials say.", "ASSAULT"),
])
def test_a_named_treaty_and_invading_fish_are_no_acts(resources: Resources, text: str, absent: str) -> None:
    assert absent not in [e.event for e in _code(text, resources)]


def test_a_rebuke_drawn_from_another_is_that_others_act(resources: Resources) -> None:
    events = [e for e in _code("Kenya's plan earned criticism from Uganda on Friday.", resources)
              if e.event == "ACCUSE"]
    assert events and {p.get("code") for p in events[0].actor} == {"UGA"} and \
        "KEN" in {p.get("code") for p in events[0].recipient}, [(e.actor, e.recipient) for e in events]
