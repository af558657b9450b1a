"""A story's home state: agent nouns the story names with no state ("police", "the ministry")
take the state the story names far more often than any other, as ICEWS and PLOVER code domestic
actors; people, offices only organisations hold, and stories about several states keep none.
Every story here was written for this test."""

from __future__ import annotations

import pytest

from eventwire.model import Document, Entity
from eventwire.nlp.annotate import annotate
from eventwire.nlp.compose import Mention
from eventwire.nlp.docref import HOME_MARGIN, HOME_MARGIN_MOBILE, HOME_MIN, home_state
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

SUDAN = ("Sudan's army said on Monday it had retaken a bridge in Khartoum. Sudanese officials said the "
         "fighting in Omdurman had eased. Aid groups said food prices in Sudan had doubled. Residents of "
         "Port Sudan said the airport had reopened. Sudanese doctors said hospitals in Khartoum were short of "
         "fuel. Police fired tear gas at students who marched to the "
         "ministry on Tuesday. The secretary-general condemned the shelling of a market. A spokesman, "
         "Idris Kamal Wardi, said the government would not negotiate.")
TWO_STATES = ("Chinese and American negotiators met in Geneva on Monday. China said the United States must "
              "lift its tariffs. Washington said Beijing had to open its markets first. Officials said the "
              "talks would resume. The U.S. delegation left on Tuesday, and the Chinese delegation stayed. "
              "Police closed the road to the venue.")
#: six mentions of Kenya, two of Somalia: enough for the police, not for troops, who travel
MOSTLY_KENYA = ("Kenya's electoral commission said on Friday that turnout in Kenya had reached a record. "
                "Kenyan voters queued for hours in Nairobi and Mombasa. Somalia congratulated the winner, and "
                "Somali officials said they hoped for closer trade with Kenya. Police arrested two men at a "
                "polling station. Troops guarded the border crossing.")


def actors(text: str, resources: Resources) -> dict[str, Entity]:
    doc = Document(id="home", text=text, raw_text=text, published="2026-06-01")
    ann = next(iter(annotate([doc], resources)))
    return {e.text: e for e in ann.entities if e.kind == "actor"}


def test_domestic_agents_take_the_state_the_story_is_about(resources: Resources) -> None:
    found = actors(SUDAN, resources)
    for text, sector in (("Police", "COP"), ("students", "EDU"), ("ministry", "GOV"), ("government", "GOV")):
        assert (found[text].code, found[text].sector) == ("SDN", sector), found[text]
        assert found[text].extra.get("home_state") == "SDN"
    assert "home_state" not in found["Sudanese officials"].extra  # its own state, not the default


def test_people_and_offices_of_organisations_keep_no_state(resources: Resources) -> None:
    found = actors(SUDAN, resources)
    assert found["secretary-general"].code is None  # an office only the UN, NATO, ASEAN ... have
    assert found["Idris Kamal Wardi"].code is None  # a person the gazetteer does not know


def test_a_story_about_two_states_sets_no_home(resources: Resources) -> None:
    found = actors(TWO_STATES, resources)
    assert found["Officials"].code is None and found["Police"].code is None


def test_mobile_agents_need_the_stronger_margin(resources: Resources) -> None:
    found = actors(MOSTLY_KENYA, resources)
    assert (found["Police"].code, found["Police"].extra.get("home_state")) == ("KEN", "KEN")
    assert found["Troops"].code is None


def _mention(code: str) -> Mention:
    return Mention(0, 1, code, None, code, kind="place", label="GPE")


@pytest.mark.parametrize(("kenya", "somalia", "want"), [
    (HOME_MIN - 1, 1, (None, None)),  # too few mentions to call it a story's home over another
    (1, 0, ("KEN", "KEN")),  # the one state a story names is its home, however short
    (HOME_MIN, 0, ("KEN", "KEN")),
    (6, 2, ("KEN", None)),
    (10, 2, ("KEN", "KEN")),
    (6, 3, (None, None)),
])
def test_home_state_thresholds(kenya: int, somalia: int, want: tuple[str | None, str | None]) -> None:
    assert HOME_MARGIN < HOME_MARGIN_MOBILE
    mentions = [_mention("KEN")] * kenya + [_mention("SOM")] * somalia
    assert home_state(mentions, {"KEN", "SOM"}) == want


def test_a_possessive_in_a_fronted_phrase_points_to_the_subject_after_it(resources: Resources) -> None:
    """Cataphora: "In a statement issued at their meeting, Tokyo and Washington ..." (their is
    Tokyo's and Washington's, not the state named in the sentence before)."""
    text = ("North Korea fired a missile on Monday. In a joint statement issued at their annual security "
            "meeting, Tokyo and Washington condemned the launch. After his speech, the Kenyan president met "
            "the Ugandan envoy.")
    found = actors(text, resources)
    assert found["their"].code == "JPN"
    assert found["his"].code == "KEN"


def test_a_possessive_with_no_subject_after_it_looks_back(resources: Resources) -> None:
    found = actors("Kenyan officials arrived on Monday. Their talks lasted an hour.", resources)
    assert found["Their"].code == "KEN"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Kenya's U.N. ambassador rejected the report on Monday.", "Kenya's U.N. ambassador", "KEN"),
    ("Poland's NATO envoy said the drills would go ahead.", "Poland's NATO envoy", "POL"),
    ("The U.N. ambassador of Chile called for calm.", "U.N. ambassador of Chile", "CHL"),
])
def test_a_states_envoy_to_a_body_is_the_states(resources: Resources, text: str, mention: str, code: str) -> None:
    found = actors(text, resources)
    assert (found[mention].code, found[mention].sector) == (code, "GOV"), found


def test_the_bodys_own_envoy_stays_the_bodys(resources: Resources) -> None:
    found = actors("The U.N. envoy arrived in the capital on Monday.", resources)
    assert found["U.N. envoy"].code == "UNO"


@pytest.mark.parametrize(("written", "known"), [
    ("Abdelaziz Buteflika", "Abdelaziz Bouteflika"),  # a letter dropped
    ("Abdelaziz Bouteflicka", "Abdelaziz Bouteflika"),  # a letter added
    ("Emmanuel Macrom", "Emmanuel Macron"),  # a letter changed
])
def test_a_known_name_misspelt_by_one_letter_is_that_person(resources: Resources, written: str, known: str) -> None:
    person = resources.gazetteer.person_by_variant(written)
    assert person is not None and person.name == known


@pytest.mark.parametrize("written", ["Emmanuel Macronov", "Jean Macron", "Abdelaziz Bout"])
def test_no_variant_beyond_one_letter_or_with_other_given_names(resources: Resources, written: str) -> None:
    assert resources.gazetteer.person_by_variant(written) is None


def test_a_misspelt_president_is_resolved_in_text(resources: Resources) -> None:
    found = actors("President Abdelaziz Buteflika met the French ambassador in Algiers in 2005.", resources)
    person = next(e for t, e in found.items() if "Buteflika" in t)
    assert person.code == "DZA" and person.extra.get("spelling_of") == "Abdelaziz Bouteflika"


def test_the_doer_of_a_killing_is_the_armed_party_not_the_victims(resources: Resources) -> None:
    text = ("Gunmen stopped the train near Quetta and took the passengers hostage. At night, they picked out "
            "ten more people and shot them, a survivor said.")
    doc = Document(id="they", text=text, raw_text=text, published="2026-06-01")
    ents = [e for e in next(iter(annotate([doc], resources))).entities if e.text == "they"]
    assert ents and ents[0].sector == "UAF", ents


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Croat leaders met Muslim forces in central Bosnia on Tuesday.", "forces", "BIH"),
    ("Kurdish fighters in northern Iraq captured the town on Friday.", "fighters", "IRQ"),
])
def test_forces_of_a_community_take_the_state_they_are_in(resources: Resources, text: str, mention: str,
                                                          code: str) -> None:
    assert actors(text, resources)[mention].code == code


def test_a_states_troops_abroad_keep_no_state_from_the_place(resources: Resources) -> None:
    assert actors("French troops in Mali withdrew from the base on Monday.", resources)["French troops"].code == "FRA"
    assert actors("Troops in Mali withdrew from the base on Monday.", resources)["Troops"].code is None


def test_a_short_story_naming_one_state_is_set_there(resources: Resources) -> None:
    text = ("Thousands of farmers blocked roads around Bogota on Tuesday. The president accused them of "
            "endangering food supplies, and police detained their leaders.")
    found = actors(text, resources)
    assert found["president"].code == "COL" and found["police"].code == "COL", found


def test_the_one_state_a_mobile_agent_is_in_does_not_make_it_that_states(resources: Resources) -> None:
    # "troops in Chad" may be anyone's; a second mention of Chad elsewhere sets the story there
    assert actors("Troops in Chad left the airbase on Sunday.", resources)["Troops"].code is None
    assert actors("Chad's capital was calm on Sunday. Troops in Chad left the airbase.",
                  resources)["Troops"].code == "TCD"


def _pron(text: str, resources: Resources) -> list[Entity]:
    doc = Document(id="pron", text=text, raw_text=text, published="2026-06-01")
    return [e for e in next(iter(annotate([doc], resources))).entities if e.label == "PRON"]


def test_an_object_pronoun_refers_past_its_own_clauses_subject(resources: Resources) -> None:
    text = ("Nurses in Lima went on strike over unpaid wages. The health minister met them on Friday and "
            "the president thanked him.")
    found = {e.text: e for e in _pron(text, resources)}
    assert (found["them"].code, found["them"].sector) == ("PER", "MED"), found
    assert found["them"].extra["antecedent_start"] == text.index("Nurses")
    # "him" is the minister, not the president who thanks him
    assert found["him"].code == "PER" and found["him"].sector == "GOV", found
    assert text.index("health minister") - 4 <= found["him"].extra["antecedent_start"] <= text.index("minister")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("NATO defence ministers met in Brussels on Thursday. The bloc's secretary-general said ...", "secretary-general",
     "IGO"),
    ("Qatar mediated the prisoner exchange. The emirate said both sides had kept their word.", "emirate", "QAT"),
    ("Human Rights Watch published its report on Monday. The group said the army had shelled villages.", "group",
     "NGO"),
    ("Mexico's state oil company Pemex reported a loss. The country's largest union called a strike.", "union",
     "MEX"),
])
def test_a_definite_description_refers_back_to_a_party_of_its_kind(resources: Resources, text: str, mention: str,
                                                                   code: str) -> None:
    found = {e.text: e for e in _ents(text, resources)}
    assert found[mention].code == code, found


def test_a_city_is_no_antecedent_for_the_kingdom_and_a_modified_group_is_left_alone(resources: Resources) -> None:
    found = {e.text: e for e in _ents("Talks opened in Jeddah on Monday. Later the kingdom said it was hopeful.",
                                      resources)}
    assert "kingdom" not in found or found["kingdom"].code is None or found["kingdom"].name != "Jeddah"
    found = {e.text: e for e in _ents("Oxfam said aid was blocked. The armed group denied it.", resources)}
    assert found["armed group"].code is None, found


def _ents(text: str, resources: Resources) -> list[Entity]:
    doc = Document(id="desc", text=text, raw_text=text, published="2026-06-01")
    return [e for e in next(iter(annotate([doc], resources))).entities if e.kind == "actor"]


def test_a_name_in_apposition_after_a_title_holds_that_office(resources: Resources) -> None:
    found = {e.text: e for e in _ents("Chile's interior minister, Rosa Parada, met truckers on Monday. She "
                                      "asked them to end the blockade.", resources)}
    assert (found["Rosa Parada"].code, found["Rosa Parada"].sector) == ("CHL", "GOV"), found
    assert (found["She"].code, found["She"].sector) == ("CHL", "GOV"), found


def test_he_and_it_continue_the_subject_of_the_sentence_before(resources: Resources) -> None:
    found = {e.text: e for e in _ents("The African Union condemned the coup in Gabon on Thursday. Its "
                                      "chairperson called for calm.", resources)}
    assert found["Its"].code == "IGO", found


def test_an_agent_placed_by_its_own_phrase_takes_that_place_whatever_else_is_named(resources: Resources) -> None:
    found = {e.text: e for e in _ents("The interior ministry in Amman accused Damascus of harbouring "
                                      "smugglers.", resources)}
    assert (found["interior ministry"].code, found["interior ministry"].sector) == ("JOR", "GOV"), found


def test_the_kingdom_is_the_subject_before_a_nearer_state(resources: Resources) -> None:
    found = {e.text: e for e in _ents("Morocco received a delegation from Mali's junta on Monday. The kingdom "
                                      "promised to help.", resources)}
    assert found["kingdom"].code == "MAR", found


def test_a_state_named_only_for_other_officials_sets_no_home_for_a_bare_official(resources: Resources) -> None:
    found = {e.text: e for e in _ents("The president received the Brazilian trade minister on Monday.",
                                      resources)}
    assert found["president"].code is None, found


def test_an_object_pronoun_takes_the_nearest_party_even_one_named_only_by_its_kind(resources: Resources) -> None:
    text = ("Chilean officials said on Monday that the herders, who had crossed the border with their flocks, were "
            "sent back after a patrol stopped them.")
    found = {e.text: e for e in _pron(text, resources)}
    assert found["them"].sector == "AGR" and found["them"].extra["antecedent_start"] == text.index("herders"), found


def test_a_former_officials_apposition_gives_the_name_its_state(resources: Resources) -> None:
    found = {e.text: e for e in _ents("Maria Lind, a former Swedish deputy foreign minister, said her visit "
                                      "to Minsk was tense.", resources)}
    assert (found["Maria Lind"].code, found["Maria Lind"].sector) == ("SWE", "ELI"), found


def test_they_after_two_coordinated_parties_takes_the_first(resources: Resources) -> None:
    found = {e.text: e for e in _pron("Lula and Milei met in Buenos Aires on Monday. Their talks ran late.",
                                      resources)}
    assert found["Their"].extra["antecedent_start"] == 0 and found["Their"].code == "BRA", found


@pytest.mark.parametrize("text", [
    "South American presidents gathered for a summit.",
    "Anti-American students burned flags outside the embassy.",
    "Farmers blocked the Pan-American Highway for a week.",
    "West African ministers discussed the crisis.",
])
def test_a_regional_or_stance_word_before_a_demonym_names_no_state(resources: Resources, text: str) -> None:
    for e in _ents(text, resources):
        assert e.code not in ("USA", "ZAF"), (e.text, e.code)


def test_a_name_that_starts_with_a_direction_is_still_its_state(resources: Resources) -> None:
    found = {e.text: e for e in _ents("South African police arrested two North Korean diplomats.", resources)}
    assert found["South African police"].code == "ZAF" and found["North Korean diplomats"].code == "PRK", found


@pytest.mark.parametrize(("text", "phrase"), [
    ("The official Cuban newspaper denounced the embargo.", "Cuban newspaper"),
    ("Syrian state television showed the minister in Aleppo.", "Syrian state television"),
    ("The state-run Vietnamese news agency reported the visit.", "Vietnamese news agency"),
])
def test_state_media_speak_for_the_government(resources: Resources, text: str, phrase: str) -> None:
    found = {e.text: e for e in _ents(text, resources)}
    assert found[phrase].sector == "GOV", found


def test_an_independent_newspaper_stays_the_press(resources: Resources) -> None:
    found = {e.text: e for e in _ents("A Cuban newspaper denounced the embargo.", resources)}
    assert found["Cuban newspaper"].sector == "JRN", found


def test_a_body_led_by_a_known_person_is_of_that_persons_state(resources: Resources) -> None:
    found = {e.text: e for e in _ents("The interim government headed by Omar al-Bashir collapsed.", resources)}
    assert (found["government"].code, found["government"].sector) == ("SDN", "GOV"), found


def test_the_country_is_the_main_clause_subject_not_a_side_clause_one(resources: Resources) -> None:
    text = ("Chile has sent 30 ambulances to the border after Argentina asked for help, the country's "
            "interior ministry said.")
    found = {e.text: e for e in _ents(text, resources)}
    ministry = next(e for t, e in found.items() if "interior ministry" in t)
    assert ministry.code == "CHL", found


@pytest.mark.parametrize("text", [
    "Gunmen raided Mocimboa da Praia on Sunday. Police in the town arrested two men.",
    "Fishermen from Vila da Praia said police had seized their boats.",
])
def test_a_capital_that_ends_a_longer_name_is_no_state(resources: Resources, text: str) -> None:
    # "Praia" after a name particle is the tail of a town's name, not Cabo Verde's capital,
    # so no actor of the sentence takes a state from it
    assert all(e.code is None for e in actors(text, resources).values())
    assert actors("Police in Praia arrested two men on Sunday.", resources)["Police"].code == "CPV"


def test_a_states_province_places_its_agents_in_that_state(resources: Resources) -> None:
    # ISO 3166-2 first-level divisions (pycountry) the tagger calls a place
    assert actors("Armed men attacked a police post in Cabo Delgado on Sunday.", resources)["Armed men"].code == "MOZ"
    assert actors("Gunmen ambushed a patrol in Michoacán on Friday.", resources)["Gunmen"].code == "MEX"


@pytest.mark.parametrize(("text", "head", "code"), [
    # the office is the place's, though the story names another state and officials travel
    ("The mayor of Kharkiv asked Poland for generators on Tuesday.", "mayor", "UKR"),
    ("The governor of Chihuahua met Texas officials in El Paso on Monday.", "governor", "MEX"),
    ("The governor of Kidal said Algeria had closed the crossing.", "governor", "MLI"),
])
def test_an_office_of_a_place_is_that_places_states(resources: Resources, text: str, head: str, code: str) -> None:
    found = actors(text, resources)
    office = [e for k, e in found.items() if head in k]
    assert office and office[0].code == code


def test_region_names_two_states_share_or_common_words_are_no_place() -> None:
    from eventwire.nlp.places import RegionIndex

    regions = RegionIndex.build()
    assert regions.get("Sinaloa") == ("Sinaloa", "MEX") and regions.get("Nord-Kivu") == ("Nord-Kivu", "COD")
    assert regions.get("Punjab") is None     # a state of India and a province of Pakistan
    assert regions.get("Central") is None and regions.get("Lakes") is None   # plain words


@pytest.mark.parametrize(("published", "sector"), [("2019-05-01", "REB"), ("2023-05-01", "GOV")])
def test_an_organisation_whose_sector_changed_is_read_at_the_documents_date(resources: Resources, published: str,
                                                                           sector: str) -> None:
    text = "The Taliban attacked a police checkpoint in Kunduz on Monday."
    doc = Document(id="dated", text=text, raw_text=text, published=published)
    ann = next(iter(annotate([doc], resources)))
    taliban = [e for e in ann.entities if e.text == "Taliban"]
    assert taliban and (taliban[0].code, taliban[0].sector) == ("AFG", sector)


def test_a_dated_sector_is_checked_when_the_gazetteer_loads() -> None:
    from datetime import date

    from eventwire.nlp.rows import dated_sector

    assert dated_sector("REB until 2021-08-14, GOV") == ("REB", date(2021, 8, 14), "GOV")
    assert dated_sector("REB until 2021-13-01, GOV") is None and dated_sector("REB, GOV") is None


def test_a_definite_office_is_held_by_the_person_last_named_with_that_title(resources: Resources) -> None:
    text = ("Chilean President Gabriel Boric met Argentine Foreign Minister Ana Ruiz in Santiago on Friday. "
            "Peru, Bolivia and Brazil sent observers to the talks. The president said the border would reopen. "
            "The foreign minister thanked him.")
    found = actors(text, resources)
    assert (found["president"].code, found["president"].sector) == ("CHL", "GOV")
    assert found["foreign minister"].code == "ARG"
    # no titled person before it: the office stays unresolved
    bare = actors("Peru, Bolivia and Brazil sent observers. The president said the border would reopen.", resources)
    assert bare["president"].code is None


def test_a_title_with_its_remit_before_a_name_in_apposition_gives_the_name_that_office(resources: Resources) -> None:
    text = ("The U.N. special envoy for Yemen, Michael Harper, arrived in Aden on Sunday. "
            "Harper urged both sides to reopen the roads around Taiz.")
    found = actors(text, resources)
    assert (found["Michael Harper"].code, found["Michael Harper"].sector) == ("UNO", "GOV")
    assert found["Harper"].code == "UNO"


def test_an_agent_in_a_clause_of_an_earlier_time_is_not_set_where_the_main_act_is(resources: Resources) -> None:
    found = actors("The Armenian and Azerbaijani foreign ministers met in Geneva on Friday, their first talks "
                   "since gunmen shot dead a border guard on June 2.", resources)
    assert found["gunmen"].code != "CHE"



def test_a_region_of_a_named_state_is_in_that_state(resources: Resources) -> None:
    # "the X region of STATE": the state named after it, whatever state the name alone is read as
    found = actors("Jihadist fighters attacked an outpost in the Sahel region of Niger on Monday.", resources)
    assert found["fighters"].code == "NER"


def test_a_person_who_represents_a_body_is_that_bodys(resources: Resources) -> None:
    found = actors("Kofi Boateng, who represents the African Union, met the junta leader in Niamey on Sunday. "
                   "Boateng said talks would continue.", resources)
    assert (found["Kofi Boateng"].code, found["Kofi Boateng"].sector) == ("IGO", "GOV")
    assert found["Boateng"].code == "IGO"


@pytest.mark.parametrize(("text", "head", "code", "sector"), [
    # the head of the body a state's name modifies is of that body, not of the state's government
    ("The commander of the Malian army visited the garrison in Gao.", "commander", "MLI", "MIL"),
    ("A spokesman of Kenya's main opposition party rejected the results.", "spokesman", "KEN", "OPP"),
    ("The leader of Lebanon's Hezbollah gave a speech on Sunday.", "leader", "LBN", "REB"),
    # a state's own head is still its government's
    ("The president of Ghana visited Abuja.", "president", "GHA", "GOV"),
])
def test_the_head_of_a_body_a_state_names_is_of_that_body(resources: Resources, text: str, head: str, code: str,
                                                          sector: str) -> None:
    found = actors(text, resources)
    office = [e for k, e in found.items() if k.lower().startswith(head)]
    assert office and (office[0].code, office[0].sector) == (code, sector), office
