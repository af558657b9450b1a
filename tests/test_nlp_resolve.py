"""resolve_phrase on phrases of every shape (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.resolve import resolve_phrase
from eventwire.resources import Resources


@pytest.mark.parametrize(("phrase", "date", "code", "sector"), [
    ("South Korea's presidential office", None, "KOR", "GOV"),
    ("North Korean soldiers", None, "PRK", "MIL"),
    ("the Ukrainian defense intelligence agency", None, "UKR", "SPY"),
    ("four Saudi men", None, "SAU", "CVL"),
    ("the U.N. Security Council", None, "UNO", "GOV"),
    ("Yonhap News Agency", None, "KOR", "JRN"),
    ("Kyiv", None, "UKR", None),
    ("Kiev", None, "UKR", None),
    ("Pyongyang", None, "PRK", None),
    ("the Kremlin", None, "RUS", "GOV"),
    ("the White House", None, "USA", "GOV"),
    ("Turkish riot police", None, "TUR", "COP"),
    ("Iraqi lawmakers", None, "IRQ", "LEG"),
    ("Afghans", None, "AFG", "CVL"),
    ("the Philippine navy", None, "PHL", "MIL"),
    ("Brazil's supreme court", None, "BRA", "JUD"),
    ("Nigerian rebels", None, "NGA", "REB"),
    ("EU foreign ministers", None, "EUR", "GOV"),
    ("NATO troops", None, "IGO", "MIL"),
    ("UN peacekeepers", None, "UNO", "MIL"),
    ("Israel's foreign minister", "2020-01-01", "ISR", "GOV"),
    ("the former Estonian prime minister", None, "EST", "ELI"),
    ("soldiers from North Korea", None, "PRK", "MIL"),
    ("the defence minister of Japan", "2024-12-01", "JPN", "GOV"),
])
def test_code_and_sector(resources: Resources, phrase: str, date: str | None, code: str, sector: str | None) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, date)
    assert (got.code, got.sector) == (code, sector)


@pytest.mark.parametrize(("phrase", "date", "name", "code"), [
    ("the EU's foreign policy chief", "2024-11-04", "Josep Borrell", "EUR"),
    ("the EU's foreign policy chief", "2025-02-01", "Kaja Kallas", "EUR"),
    ("the EU's foreign policy chief", "2017-06-01", "Federica Mogherini", "EUR"),
    ("Kaja Kallas", "2022-05-01", "Kaja Kallas", "EST"),
    ("Kaja Kallas", "2025-05-01", "Kaja Kallas", "EUR"),
    ("U.S. Secretary of State", "2019-06-01", "Mike Pompeo", "USA"),
    ("U.S. Secretary of State", "2023-06-01", "Antony Blinken", "USA"),
    ("the British prime minister", "2023-06-01", "Rishi Sunak", "GBR"),
    ("the British prime minister", "2024-08-01", "Keir Starmer", "GBR"),
    ("Borrell", "2024-11-04", "Josep Borrell", "EUR"),
    ("Foreign Minister Cho Tae-yul", "2024-11-04", "Cho Tae-yul", "KOR"),
    ("NATO Secretary-General", "2023-01-01", "Jens Stoltenberg", "IGO"),
    ("the North Korean leader", "2024-01-01", "Kim Jong Un", "PRK"),
])
def test_people_and_roles_at_a_date(resources: Resources, phrase: str, date: str, name: str, code: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, date)
    assert (got.name, got.code) == (name, code)


def test_context_supplies_the_state_and_the_person(resources: Resources) -> None:
    gaz = resources.gazetteer
    context = "Kenyan officials met in Nairobi. Kenya's president said the talks went well."
    got = resolve_phrase("the presidential office", gaz, "2024-01-01", context=context)
    assert (got.code, got.sector) == ("KEN", "GOV")
    assert resolve_phrase("the presidential office", gaz).code is None
    context = "Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv."
    assert resolve_phrase("Sikorski", gaz, "2024-03-01", context=context).name == "Radosław Sikorski"


def test_unknown_phrase_has_no_code(resources: Resources) -> None:
    got = resolve_phrase("the blue teapot", resources.gazetteer)
    assert got.code is None and got.sector is None


@pytest.mark.parametrize(("phrase", "date", "code", "sector"), [
    ("the Biden administration", "2022-05-01", "USA", "GOV"),
    ("Putin's troops", "2023-01-01", "RUS", "MIL"),
    ("the UN nuclear watchdog", None, "UNO", "GOV"),
    ("demonstrators in Nairobi", None, "KEN", "OPP"),
    ("the European Union's (EU) foreign policy chief", "2024-11-04", "EUR", "GOV"),
])
def test_compounds_of_every_kind(resources: Resources, phrase: str, date: str | None, code: str,
                                 sector: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, date)
    assert (got.code, got.sector) == (code, sector)


def test_soldiers_in_a_country_are_not_its_soldiers(resources: Resources) -> None:
    assert resolve_phrase("soldiers in Ukraine", resources.gazetteer).code is None


def test_coordinated_modifiers_share_the_agent(resources: Resources) -> None:
    from eventwire.nlp.resolve import mentions_in

    toks, ms = mentions_in("Czech and Slovak officials met", resources.gazetteer, None)
    assert [(toks.span_text(m.i, m.j), m.code, m.sector) for m in ms] == [
        ("Czech", "CZE", "GOV"), ("Slovak officials", "SVK", "GOV")]


def test_dates_in_any_iso_form(resources: Resources) -> None:
    from eventwire.nlp.entries import iso_day

    assert iso_day("2024-11-04T10:00:00Z") == "2024-11-04"
    assert iso_day("2024-11") == "2024-11-15"
    assert iso_day("yesterday") is None
    gaz = resources.gazetteer
    assert resolve_phrase("the EU's foreign policy chief", gaz, "2024-11-04T09:00Z").name == "Josep Borrell"
    assert resolve_phrase("the EU's foreign policy chief", gaz, "not a date").code == "EUR"


@pytest.mark.parametrize(("phrase", "name", "code", "sector"), [
    ("China's Xi", "Xi Jinping", "CHN", "GOV"),
    ("Kaja Kallas, the former Estonian prime minister", "Kaja Kallas", "EUR", "GOV"),
    ("Jaan Tamm, the Estonian defence minister", "Jaan Tamm", "EST", "GOV"),
    ("Maris Kalnins, the foreign minister of Latvia", "Maris Kalnins", "LVA", "GOV"),
    ("Putin's spokesman Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV"),
])
def test_the_head_of_the_phrase_wins(resources: Resources, phrase: str, name: str, code: str,
                                     sector: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, "2024-11-04")
    assert (got.name, got.code, got.sector) == (name, code, sector)


def test_small_towns_do_not_resolve_bare_words(resources: Resources) -> None:
    assert resolve_phrase("Kim", resources.gazetteer).code is None  # a village in India
    assert resolve_phrase("Mosul", resources.gazetteer).code == "IRQ"


@pytest.mark.parametrize(("phrase", "date", "code", "sector"), [
    ("Boris Johnson", "2025-06-01", "GBR", "ELI"),  # long after his last office: a former official
    ("President Obama", "2005-01-01", "USA", "GOV"),  # the text's title is believed
    ("Kaja Kallas", "2024-11-04", "EUR", "GOV"),  # a month before taking office: already reported in it
    ("Friedrich Merz", "2019-01-01", "DEU", None),  # years before any office we know of
])
def test_people_between_and_outside_their_offices(resources: Resources, phrase: str, date: str, code: str,
                                                 sector: str | None) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, date)
    assert (got.code, got.sector) == (code, sector)


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("Hamas officials", "PSE", "REB"),
    ("Pentagon spokesman", "USA", "MIL"),
    ("WHO officials", "UNO", "MED"),
    ("al-Qaeda leaders", "IMG", "GOV"),  # an office word keeps GOV, as PLOVER codes leaders
    ("Republican senators", "USA", "LEG"),
])
def test_organisations_and_their_people(resources: Resources, phrase: str, code: str, sector: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer, "2024-11-04")
    assert (got.code, got.sector) == (code, sector)


def test_upper_case_headlines(resources: Resources) -> None:
    from eventwire.nlp.resolve import mentions_in

    gaz = resources.gazetteer
    _toks, ms = mentions_in("WHO IS TO BLAME FOR THE WAR", gaz, None)
    assert ms == []  # "WHO" is the word here, not the World Health Organization
    _toks, ms = mentions_in("NORTH KOREA AND UK SIGN DEAL", gaz, None)
    assert [m.code for m in ms] == ["PRK", "GBR"]
    assert resolve_phrase("The WHO warned", gaz).code == "UNO"


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("the Republic of China", "TWN", None),
    ("the People's Republic of China", "CHN", None),
    ("People’s Republic of China", "CHN", None),
    ("Peoples Republic of China", "CHN", None),
    ("republic of china", "TWN", None),
    ("the Republic of China Navy", "TWN", "MIL"),
    ("the People's Republic of China's navy", "CHN", "MIL"),
    ("the Republic of China (Taiwan)", "TWN", None),
])
def test_the_two_chinas_and_the_longer_name_wins(resources: Resources, phrase: str, code: str,
                                                  sector: str | None) -> None:
    got = resolve_phrase(phrase, resources.gazetteer)
    assert (got.code, got.sector) == (code, sector)


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("two unidentified gunmen", None, "UAF"),  # CAMEO: armed men of no stated side
    ("an opposition lawmaker", None, "OPP"),  # CAMEO codes opposition members OPP first
    ("Chechen fighters", "RUS", "REB"),  # a region's people, coded with its state
    ("Uyghur activists", "CHN", "OPP"),
    ("Catalan separatists", "ESP", "REB"),
    ("striking dockworkers", None, "LAB"),
    ("foreign mujahideen", None, "REB"),
    ("Welsh farmers", "GBR", "AGR"),
])
def test_agents_and_peoples_beyond_the_first_list(resources: Resources, phrase: str, code: str | None,
                                                  sector: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer)
    assert (got.code, got.sector) == (code, sector)


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Hungarians of southern Slovakia", "SVK"),
    ("Serbs of Kosovo", "XKX"),
    ("ethnic Russians in Latvia", "LVA"),
    ("Russians in Latvia", "RUS"),  # without "ethnic", nationals abroad
])
def test_a_people_living_in_another_state(resources: Resources, phrase: str, code: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer)
    assert (got.code, got.sector) == (code, "CVL")


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("the Zambian nurses' union", "ZMB", "LAB"),
    ("the Iraqi army's commanders", "IRQ", "MIL"),
    ("the soldiers' families", None, "CVL"),  # an owner with no state gives none
])
def test_an_agent_a_composed_phrase_owns(resources: Resources, phrase: str, code: str | None, sector: str) -> None:
    got = resolve_phrase(phrase, resources.gazetteer)
    assert (got.code, got.sector) == (code, sector)


@pytest.mark.parametrize(("phrase", "sector"), [
    # a rights or press-freedom organisation is an advocacy group (HRI) whatever field it defends;
    # the field's own agents keep theirs
    ("Kenyan media rights organisations", "HRI"),
    ("a press freedom watchdog", "HRI"),
    ("land rights defenders", "HRI"),
    ("Kenyan media", "JRN"),
    ("a land registry official", "GOV"),
])
def test_advocacy_groups_are_told_from_the_field_they_defend(resources: Resources, phrase: str, sector: str) -> None:
    assert resolve_phrase(phrase, resources.gazetteer).sector == sector
