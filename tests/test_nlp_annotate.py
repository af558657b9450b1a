"""annotate(): the seed article and hand-written documents, resolved end to end."""

from __future__ import annotations

import pytest

from eventwire.model import Document, Entity
from eventwire.nlp.annotate import annotate
from eventwire.nlp.types import Annotated
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def _doc(doc_id: str, text: str, published: str | None) -> Document:
    return Document(id=doc_id, text=text, raw_text=text, published=published)


HELD_OUT = [
    _doc("ua", "Ukrainian President Volodymyr Zelensky met Polish Prime Minister Mateusz Morawiecki in Kyiv "
               "on Tuesday. Zelensky said Russian troops had shelled Kharkiv overnight. He urged NATO to "
               "close the skies. The Kremlin rejected the claim, and Russia's defence ministry said its "
               "forces struck only military targets.", "2022-03-03"),
    _doc("ee", "Jaan Tamm, the Estonian defence minister, told reporters in Tallinn that Estonia would buy "
               "more artillery. Tamm said the purchase would be completed next year. The Estonian defence "
               "minister also met Latvian officials.", "2023-05-10"),
    _doc("us", "The U.S. secretary of state flew to Seoul yesterday. Officials in Washington said the "
               "trip had been planned for months.", "2019-06-12"),
]


@pytest.fixture(scope="module")
def held_out(resources: Resources) -> dict[str, Annotated]:
    return {a.document.doc_id: a for a in annotate(HELD_OUT, resources)}


@pytest.fixture(scope="module")
def seed(resources: Resources, seed_text: str) -> Annotated:
    return next(annotate([_doc("seed", seed_text, "2024-11-04")], resources))


def find(ann: Annotated, text: str, nth: int = 0) -> Entity:
    hits = [e for e in ann.entities if e.text == text]
    assert len(hits) > nth, f"no entity {text!r}: {[e.text for e in ann.entities]}"
    return hits[nth]


def containing(ann: Annotated, text: str) -> Entity:
    hits = [e for e in ann.entities if text in e.text]
    assert hits, f"no entity containing {text!r}: {[e.text for e in ann.entities]}"
    return hits[0]


def check_invariants(ann: Annotated) -> None:
    text = ann.document.text
    last_end = -1
    for e in ann.entities:
        assert text[e.start:e.end] == e.text
        assert e.start >= last_end, f"overlap at {e.text!r}"
        last_end = e.end
        assert e.kind in ("actor", "place")
    assert [s.index for s in ann.sentences] == list(range(len(ann.sentences)))
    for d in ann.dates:
        assert text[d.start:d.end] == d.text


def test_seed_entities(seed: Annotated) -> None:
    check_invariants(seed)
    cases = {
        "Josep Borrell": ("EUR", "GOV", "Josep Borrell"),
        "Foreign Minister Cho Tae-yul": ("KOR", "GOV", "Cho Tae-yul"),
        "Yonhap News Agency": ("KOR", "JRN", "Yonhap News Agency"),
        "U.N. Security Council": ("UNO", "GOV", "United Nations"),
        "South Korea": ("KOR", None, "South Korea"),
        "North Korea": ("PRK", None, "North Korea"),
        "United States": ("USA", None, "United States"),
        "South Korea’s presidential office": ("KOR", "GOV", "South Korea"),
        "North Korean soldiers": ("PRK", "MIL", "North Korea"),
        "Ukrainian defense intelligence agency": ("UKR", "SPY", "Ukraine"),
    }
    for text, want in cases.items():
        e = find(seed, text)
        assert (e.code, e.sector, e.name) == want, text
    assert find(seed, "U.N. Security Council").identifier == "UN Security Council"
    kallas = find(seed, "Kaja Kallas")
    assert kallas.name == "Kaja Kallas" and kallas.code in ("EUR", "EST") and kallas.label == "PERSON"
    for place, code in (("Kyiv", "UKR"), ("Moscow", "RUS"), ("Seoul", "KOR")):
        e = find(seed, place)
        assert (e.kind, e.code, e.label) == ("place", code, "GPE")
        assert "lat" in e.extra and "lon" in e.extra


def test_seed_later_mentions_roles_and_pronouns(seed: Annotated) -> None:
    borrells = [e for e in seed.entities if e.text == "Borrell"]
    assert len(borrells) >= 8
    assert all((e.name, e.code, e.label) == ("Josep Borrell", "EUR", "PERSON") for e in borrells)
    chief = containing(seed, "foreign policy chief")
    assert (chief.name, chief.code) == ("Josep Borrell", "EUR")
    he = [e for e in seed.entities if e.label == "PRON" and e.text.lower() == "he"]
    assert len(he) >= 3 and all(e.name == "Josep Borrell" for e in he)
    it = [e for e in seed.entities if e.label == "PRON" and e.text == "it"]
    assert it and it[0].code == "KOR" and it[0].sector == "GOV"
    his = [e for e in seed.entities if e.label == "PRON" and e.text == "his"]
    assert len(his) >= 5 and all(e.name == "Josep Borrell" for e in his)


def test_seed_dates(seed: Annotated) -> None:
    by_text = {d.text: d for d in seed.dates}
    assert by_text["Sunday"].value == "2024-11-03"
    assert by_text["Monday"].value == "2024-11-04"
    assert by_text["next month"].value == "2024-12"
    assert by_text["two years"].granularity == "duration"


def test_held_out_titles_surnames_pronouns(held_out: dict[str, Annotated]) -> None:
    ua = held_out["ua"]
    check_invariants(ua)
    zel = containing(ua, "Volodymyr Zelensky")
    assert (zel.code, zel.sector, zel.name) == ("UKR", "GOV", "Volodymyr Zelensky")
    mor = containing(ua, "Mateusz Morawiecki")
    assert (mor.code, mor.name) == ("POL", "Mateusz Morawiecki")
    assert find(ua, "Zelensky").name == "Volodymyr Zelensky"
    assert (find(ua, "Russian troops").code, find(ua, "Russian troops").sector) == ("RUS", "MIL")
    he = next(e for e in ua.entities if e.label == "PRON")
    assert he.name == "Volodymyr Zelensky"
    kremlin = find(ua, "Kremlin")
    assert (kremlin.code, kremlin.sector) == ("RUS", "GOV")
    mod = containing(ua, "defence ministry")
    assert (mod.code, mod.sector) == ("RUS", "GOV")  # CAMEO codes defence ministries GOVMIL: government first
    assert find(ua, "Kharkiv").code == "UKR"
    assert find(ua, "NATO").code == "IGO"


def test_held_out_unknown_person_from_appositive(held_out: dict[str, Annotated]) -> None:
    ee = held_out["ee"]
    check_invariants(ee)
    tamm = find(ee, "Jaan Tamm")
    assert (tamm.code, tamm.sector, tamm.label) == ("EST", "GOV", "PERSON")
    later = find(ee, "Tamm")
    assert (later.code, later.name) == ("EST", "Jaan Tamm")
    role = find(ee, "Estonian defence minister", 1)  # "The Estonian defence minister also met ..."
    assert (role.name, role.code, role.sector) == ("Jaan Tamm", "EST", "GOV")
    assert find(ee, "Tallinn").kind == "place"


def test_held_out_role_at_the_document_date(held_out: dict[str, Annotated]) -> None:
    us = held_out["us"]
    sec = containing(us, "secretary of state")
    assert (sec.name, sec.code) == ("Mike Pompeo", "USA")
    assert next(d for d in us.dates if d.text == "yesterday").value == "2019-06-11"


def test_streaming_keeps_order_and_handles_empty(resources: Resources) -> None:
    docs = [_doc(str(i), t, None) for i, t in enumerate(["", "Russia and China.", "Nothing here."])]
    out = list(annotate(iter(docs), resources))
    assert [a.document.doc_id for a in out] == ["0", "1", "2"]
    assert out[0].entities == [] and [e.code for e in out[1].entities] == ["RUS", "CHN"]


def test_capital_as_subject_is_its_government(resources: Resources) -> None:
    doc = _doc("m", "Moscow rejected the proposal on Friday. Talks were held in Moscow.", "2024-03-01")
    ann = next(annotate([doc], resources))
    first, second = [e for e in ann.entities if e.text == "Moscow"]
    assert (first.kind, first.code, first.sector) == ("actor", "RUS", "GOV")
    assert (second.kind, second.code, second.sector) == ("place", "RUS", None)
    assert [e.text for e in ann.places] == ["Moscow"]
    assert ann.dates[0].value == "2024-03-01"


def test_unknown_city_from_geonames(resources: Resources) -> None:
    doc = _doc("c", "Protests spread to Mosul and Lagos on Monday.", "2024-03-05")
    ann = next(annotate([doc], resources))
    codes = {e.text: (e.code, e.kind) for e in ann.places}
    assert codes.get("Mosul") == ("IRQ", "place") and codes.get("Lagos") == ("NGA", "place")
    assert all("lat" in e.extra for e in ann.places)


def test_a_city_written_without_its_diacritics(resources: Resources) -> None:
    from eventwire.clean.normalize import fold

    assert fold("Herāt") == "Herat" and fold("Łódź") == "Lodz" and fold("Xi’an") == "Xi'an"
    doc = _doc("d", "Aid convoys reached Herat and Durres on Monday, and protests spread to Asuncion.", "2025-03-05")
    ann = next(annotate([doc], resources))
    codes = {e.text: e.code for e in ann.places}
    assert codes.get("Herat") == "AFG" and codes.get("Asuncion") == "PRY"
    assert {"Herat", "Asuncion"} <= set(codes)


def test_invariants_on_real_articles(resources: Resources) -> None:
    """Offsets, order and non-overlap hold on real political news (a few PolNeAR articles)."""
    from conftest import shared_or_skip

    folder = shared_or_skip("gold", "polnear", "dev", "text")
    paths = sorted(folder.iterdir())[:6]
    docs = [_doc(p.name, p.read_text(encoding="utf-8"), "2016-10-01") for p in paths]
    anns = list(annotate(docs, resources))
    assert len(anns) == len(docs)
    for ann in anns:
        check_invariants(ann)
        assert any(e.code for e in ann.entities)
        for e in ann.entities:
            if e.label == "PRON":
                assert e.extra["antecedent_start"] < e.start


def test_a_surname_means_the_person_the_document_names(resources: Resources) -> None:
    text = ("Kevin Sullivan, a tax lawyer, spoke to WASHINGTON (AP) reporters. Sullivan said the "
            "returns were genuine. Officials in New Jersey declined to comment.")
    ann = next(annotate([_doc("s", text, "2016-10-01")], resources))
    assert find(ann, "Sullivan").name == "Kevin Sullivan"  # not the gazetteer's Jake Sullivan
    assert (find(ann, "AP").code, find(ann, "AP").sector) == ("USA", "JRN")
    assert all(e.code != "JEY" for e in ann.entities)  # "New Jersey" is not the island of Jersey


def test_unknown_people_take_country_and_sector_from_their_description(resources: Resources) -> None:
    text = ("Maris Kalnins, the foreign minister of Latvia, met Estonian prime minister Jaan Tamm. "
            "North Korean soldiers crossed the border. They were seen near Kursk.")
    ann = next(annotate([_doc("u", text, "2031-05-01")], resources))
    kal = find(ann, "Maris Kalnins")
    assert (kal.code, kal.sector) == ("LVA", "GOV")
    tamm = containing(ann, "Jaan Tamm")
    assert (tamm.code, tamm.sector, tamm.name, tamm.label) == ("EST", "GOV", "Jaan Tamm", "PERSON")
    they = next(e for e in ann.entities if e.label == "PRON" and e.text == "They")
    assert (they.code, they.sector) == ("PRK", "MIL")


def test_a_city_before_an_agent_gives_its_state(resources: Resources) -> None:
    text = "Delhi Chief Minister Arvind Kejriwal closed schools. Chicago's mayor spoke on Monday."
    ann = next(annotate([_doc("d", text, "2019-11-04")], resources))
    cm = containing(ann, "Arvind Kejriwal")
    assert (cm.code, cm.sector, cm.name) == ("IND", "GOV", "Arvind Kejriwal")
    mayor = containing(ann, "mayor")
    assert (mayor.text, mayor.code, mayor.sector) == ("Chicago's mayor", "USA", "GOV")


def test_a_known_surname_inside_another_name(resources: Resources) -> None:
    text = "Kevin Rutte, a Dutch farmer, protested. Rutte said prices were low. Mark Rutte said NATO would act."
    ann = next(annotate([_doc("r", text, "2025-03-04")], resources))
    assert (find(ann, "Kevin Rutte").name, find(ann, "Kevin Rutte").code) == ("Kevin Rutte", "NLD")
    assert find(ann, "Rutte").name == "Kevin Rutte"
    assert (find(ann, "Mark Rutte").code, find(ann, "Mark Rutte").sector) == ("IGO", "GOV")


def test_the_document_names_the_office_holder(resources: Resources) -> None:
    """The text's own statement beats the gazetteer's holder at the date (here a hypothetical
    successor the gazetteer does not know yet)."""
    text = ("Anna Berg, the EU's foreign policy chief, arrived in Kyiv. "
            "The EU's foreign policy chief said support would continue.")
    ann = next(annotate([_doc("b", text, "2026-01-10")], resources))
    berg = find(ann, "Anna Berg")
    assert (berg.code, berg.sector) == ("EUR", "GOV")
    later = [e for e in ann.entities if "foreign policy chief" in e.text]
    assert [e.name for e in later] == ["Anna Berg", "Anna Berg"]


def test_adjectives_are_not_actors(resources: Resources) -> None:
    text = ("Seoul National University students protested the United States' military policies "
            "and an executive order on military aid.")
    ann = next(annotate([_doc("a", text, "2019-11-04")], resources))
    snu = containing(ann, "Seoul National University")
    assert (snu.code, snu.sector) == ("KOR", "EDU")
    assert containing(ann, "United States").code == "USA"
    assert not [e for e in ann.entities if e.text in ("military", "executive")]


def test_the_two_chinas_in_one_document(resources: Resources) -> None:
    text = ("Envoys of the People's Republic of China walked out when a delegate of the Republic of "
            "China spoke. The Republic of China's foreign ministry said Beijing had no say.")
    ann = next(annotate([_doc("cn", text, "2024-03-01")], resources))
    chinas = [(e.code, e.sector) for e in ann.entities if "Republic of China" in e.text]
    prc = [e.code for e in ann.entities if "People's Republic of China" in e.text]
    assert prc == ["CHN"]
    assert chinas.count(("TWN", None)) == 1 and chinas.count(("TWN", "GOV")) == 1


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels advanced on Goma on Sunday. Congo's army said it had retaken two villages near Kinshasa's "
     "road to the east.", "COD"),
    ("Protesters marched in Brazzaville on Sunday. Congo's government banned further rallies.", "COG"),
    ("Congo's president met the Angolan president on Monday.", "COD"),  # no evidence: the wire's usual reading
])
def test_a_short_name_two_states_share_follows_the_document(resources: Resources, text: str, code: str) -> None:
    ann = next(annotate([_doc("cg", text, "2025-03-04")], resources))
    assert containing(ann, "Congo's").code == code


@pytest.mark.parametrize(("text", "role", "code", "sector"), [
    ("Lena Ortiz, a spokeswoman for Amnesty International, said the trial was unfair.", "Lena Ortiz", "NGO", "HRI"),
    ("A spokesman for the U.S. State Department declined to comment.", "spokesman", "USA", "GOV"),
    ("An official at Kenya's interior ministry confirmed the arrests.", "official", "KEN", "GOV"),
])
def test_a_role_speaking_for_a_body_is_that_bodys(resources: Resources, text: str, role: str, code: str,
                                                  sector: str) -> None:
    ann = next(annotate([_doc("sp", text, "2025-03-04")], resources))
    e = find(ann, role)
    assert (e.code, e.sector) == (code, sector)


def test_a_definite_agent_is_the_one_named_with_that_head_before(resources: Resources) -> None:
    text = ("Ghana's interior ministry issued a statement on Monday. The ministry said the border would "
            "reopen. Togo's army denied the report. The army said its posts were untouched.")
    ann = next(annotate([_doc("da", text, "2025-03-04")], resources))
    assert [(e.code, e.sector) for e in ann.entities if e.text == "ministry"] == [("GHA", "GOV")]
    assert [(e.code, e.sector) for e in ann.entities if e.text == "army"] == [("TGO", "MIL")]


def test_a_one_word_local_name_in_parentheses_names_the_body(resources: Resources) -> None:
    text = ("The crew was detained, according to Mozambique's National Search Service (Sernamo). "
            "Sernamo officials said the men were safe.")
    ann = next(annotate([_doc("al", text, "2025-03-04")], resources))
    later = [e for e in ann.entities if "Sernamo" in e.text]
    assert later and all(e.code == "MOZ" for e in later), [(e.text, e.code, e.sector) for e in later]
    assert all(e.sector != "GOV" for e in later)  # a body whose sector the text does not tell


def test_an_office_named_first_and_its_holder_next(resources: Resources) -> None:
    text = ("The U.N. special envoy for Yemen is urging both sides to extend the truce. Lars Ekdahl made "
            "his appeal on Friday in Muscat. Ekdahl said prisoner talks would resume.")
    ann = next(annotate([_doc("dn", text, "2025-03-04")], resources))
    named = [(e.text, e.code) for e in ann.entities if "Ekdahl" in e.text]
    assert named == [("Lars Ekdahl", "UNO"), ("Ekdahl", "UNO")], named
    # another person between the office and the name: no link
    text2 = ("The Kenyan foreign minister met Samia Hassan on Monday. Peter Obuya said the talks went well.")
    ann2 = next(annotate([_doc("dn2", text2, "2025-03-04")], resources))
    assert find(ann2, "Peter Obuya").code is None


def test_a_un_rapporteur_is_the_un_s(resources: Resources) -> None:
    text = ("Maria Lindqvist, the U.N. special rapporteur on Myanmar, criticized the junta. Lindqvist "
            "demanded the release of political prisoners.")
    ann = next(annotate([_doc("ra", text, "2025-03-04")], resources))
    assert [(e.code, e.sector) for e in ann.entities if "Lindqvist" in e.text] == [("UNO", "GOV")] * 2


def test_hyphenated_leaders_and_modifiers(resources: Resources) -> None:
    text = ("A Saudi-led coalition struck rebel positions near Hodeidah. The three military-led states "
            "criticized the regional bloc.")
    ann = next(annotate([_doc("hy", text, "2025-03-04")], resources))
    assert find(ann, "coalition").code == "SAU"  # a coalition is coded by the state that leads it
    assert not [e for e in ann.entities if e.text == "military"]  # "military-led" names no actor


def test_a_surname_opening_a_sentence_whatever_its_tag(resources: Resources) -> None:
    text = ("Chile's foreign minister, Ignacio Barrientos, arrived in Lima on Monday. Barrientos accused "
            "Peru of delaying the talks.")
    ann = next(annotate([_doc("sn", text, "2025-03-04")], resources))
    later = [e for e in ann.entities if e.text == "Barrientos"]
    assert [(e.name, e.code, e.sector) for e in later] == [("Ignacio Barrientos", "CHL", "GOV")]


def test_agents_take_the_state_their_sentence_is_set_in(resources: Resources) -> None:
    text = ("Police fired tear gas as students marched in Dhaka on Sunday. Iranian and American "
            "negotiators met in Geneva. Officials said progress was slow. Troops crossed the border "
            "near Kharkiv. Protesters gathered in Paris and Berlin. Ethnic Hungarians rallied in "
            "Romania against the new language law.")
    ann = next(annotate([_doc("loc", text, "2024-03-01")], resources))
    got = {e.text: (e.code, e.sector) for e in ann.entities}
    assert got["Police"] == ("BGD", "COP") and got["students"] == ("BGD", "EDU")
    assert got["Officials"] == (None, "GOV")  # officials travel: Geneva says nothing of whose
    assert got["Troops"] == (None, "MIL")
    assert got["Protesters"] == (None, "OPP")  # two states: no setting
    assert got["Hungarians"] == ("ROU", "CVL")  # an ethnic people lives where it is


def test_a_place_in_a_clause_of_another_day_is_no_setting(resources: Resources) -> None:
    text = ("Police reopened the port on Tuesday, two days after the ship's owners paid a ransom in Kenya. "
            "Students marched in Accra on Friday after the police shut the campus.")
    ann = next(annotate([_doc("loc3", text, "2024-03-01")], resources))
    got = {e.text: (e.code, e.sector) for e in ann.entities}
    assert got["Police"][0] is None  # the ransom was paid in Kenya, two days before: not where they are
    assert got["Students"][0] == "GHA"  # an unmeasured "after" in the same place keeps the setting


def test_the_setting_reads_past_direction_words_but_not_a_modifying_state(resources: Resources) -> None:
    text = ("Gunmen raided a market in northern Mali on Friday. Smugglers were seen near the Niger border "
            "on Saturday.")
    ann = next(annotate([_doc("loc2", text, "2024-03-01")], resources))
    got = {e.text: (e.code, e.sector) for e in ann.entities}
    assert got["Gunmen"][0] == "MLI"  # "in northern Mali": the state where it happens
    assert got["Smugglers"][0] is None  # "the Niger border" is a border, not a setting


def test_a_states_organisation_the_gazetteer_does_not_know_is_that_states(resources: Resources) -> None:
    text = ("Belarus's KGB has labelled many exile groups terrorist. Its agents detained four journalists in "
            "Minsk on Friday.")
    ann = next(annotate([_doc("k", text, "2025-03-05")], resources))
    codes = {e.text: e.code for e in ann.entities}
    assert codes.get("Belarus's KGB") == "BLR" and codes.get("Its") == "BLR", codes


@pytest.mark.parametrize(("text", "code"), [
    ("Peru's president rounded on Congress on Tuesday over the budget.", "PER"),
    ("Colombia's finance minister asked Congress on Monday to pass the tax reform.", "COL"),
    ("Congress passed the defence bill on Tuesday, and the White House welcomed it.", "USA"),
])
def test_a_bare_congress_follows_the_state_the_story_is_about(resources: Resources, text: str, code: str) -> None:
    ann = next(annotate([_doc("c", text, "2025-03-05")], resources))
    congress = [e for e in ann.entities if e.text == "Congress"]
    assert congress and all(e.code == code and e.sector == "LEG" for e in congress), \
        [(e.text, e.code, e.sector) for e in ann.entities]


def test_a_known_full_name_after_an_honorific_is_that_person(resources: Resources) -> None:
    text = "Emir Tamim bin Hamad Al Thani met Egypt's president in Doha on Monday."
    ann = next(annotate([_doc("h", text, "2025-03-05")], resources))
    person = [e for e in ann.entities if "Tamim" in e.text]
    assert person and person[0].code == "QAT" and person[0].sector == "GOV", [(e.text, e.code) for e in ann.entities]
    # a known surname alone inside another full name is still another person
    text = "Kevin Rutte, a Dutch farmer, protested outside parliament."
    ann = next(annotate([_doc("r", text, "2025-03-05")], resources))
    assert all(e.sector != "GOV" for e in ann.entities if "Rutte" in e.text), [(e.text, e.sector) for e in ann.entities]


def test_europe_acting_is_the_union_and_europe_as_a_place_is_none(resources: Resources) -> None:
    ann = next(annotate([_doc("e", "Europe retaliated with tariffs on American whiskey on Monday.", "2025-03-05")],
                        resources))
    assert [e.code for e in ann.entities if e.text == "Europe"] == ["EUR"]
    ann = next(annotate([_doc("f", "Migrants keep arriving in Europe by boat.", "2025-03-05")], resources))
    assert [e.code for e in ann.entities if e.text == "Europe"] == [None]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("A Russian missile hit a grain terminal in the Ukrainian city of Mykolaiv on Tuesday.", "Mykolaiv", "UKR"),
    ("Aid workers set up a tent camp outside the Libyan port of Brega on Thursday.", "Brega", "LBY"),
])
def test_a_place_named_by_its_kind_and_state(resources: Resources, text: str, name: str, code: str) -> None:
    ann = next(annotate([_doc("p", text, "2025-03-05")], resources))
    place = [e for e in ann.entities if e.text == name]
    assert place and place[0].code == code and place[0].kind == "place", \
        [(e.text, e.code, e.kind) for e in ann.entities]


def test_a_place_gone_to_does_not_set_where_the_agents_are(resources: Resources) -> None:
    text = ("Twelve Indonesian fishermen were detained on Saturday. The fishermen were taken to the Malaysian "
            "port of Tawau, officials said.")
    ann = next(annotate([_doc("t", text, "2025-03-05")], resources))
    fishermen = [e for e in ann.entities if e.text == "fishermen"]
    assert fishermen and all(e.code != "MYS" for e in fishermen), [(e.text, e.code) for e in ann.entities]
    assert [e.code for e in ann.entities if e.text == "Tawau"] == ["MYS"]


def test_a_state_before_a_verb_that_looks_like_a_currency_is_kept(resources: Resources) -> None:
    ann = next(annotate([_doc("w", "Senegal won plaudits from the IMF on Wednesday.", "2025-03-05")], resources))
    assert [e.code for e in ann.entities if e.text == "Senegal"] == ["SEN"]
    ann = next(annotate([_doc("d", "Australia taxed 12 billion Australian dollars' worth of imports.", "2025-03-05")],
                        resources))
    assert not [e for e in ann.entities if e.text == "Australian"]


@pytest.mark.parametrize("text, day", [
    ("A military court jailed the colonel for 15 years on Tuesday.", "2031-06-03"),
    ("Two editors were sentenced to eight years last Monday.", "2031-06-02"),
])
def test_a_length_run_into_the_day_after_it_is_two_dates(resources: Resources, text: str, day: str) -> None:
    """The model tags "15 years on Tuesday" as one DATE: the day is a date of its own, not lost in a length."""
    ann = next(annotate([_doc("d", text, "2031-06-05")], resources))
    assert [d.granularity for d in ann.dates] == ["duration", "day"]
    assert ann.dates[1].value == day


@pytest.mark.parametrize("text, agent", [
    ("Police in Mombasa detained six foreign nationals on Friday.", "nationals"),
    ("Authorities in Tunisia expelled four foreign aid workers this week.", "aid workers"),
])
def test_foreign_people_take_no_state_from_where_they_are(resources: Resources, text: str, agent: str) -> None:
    """"foreign" says they are another state's, none named: not the state of the place or the story."""
    ann = next(annotate([_doc("f", text, "2031-06-05")], resources))
    by_text = {e.text: e for e in ann.entities}
    assert by_text[agent].code is None
    assert any(e.code in ("KEN", "TUN") for e in ann.entities if e.text != agent)


def test_a_states_foreign_ministry_is_still_its_own(resources: Resources) -> None:
    ann = next(annotate([_doc("g", "Police in Nairobi detained a lawyer on Monday. The foreign ministry defended "
                                   "the arrest.", "2031-06-05")], resources))
    assert {e.code for e in ann.entities if "ministry" in e.text} == {"KEN"}


@pytest.mark.parametrize(("text", "code"), [
    ("Britain froze the assets of three RSF commanders on Monday over atrocities in Sudan's Darfur.", "SDN"),
    ("RSF commanders loyal to the paramilitary's leader met in Nyala, Sudan, on Sunday.", "SDN"),
    ("RSF researchers said Mexico was the deadliest country for reporters.", "NGO"),
])
def test_an_acronym_before_an_agent_follows_the_document(resources: Resources, text: str, code: str) -> None:
    """The shared letters open the mention ("RSF commanders") as well as end it ("the RSF")."""
    ann = next(annotate([_doc("rsf", text, "2031-06-05")], resources))
    assert containing(ann, "RSF").code == code


def test_a_name_with_a_small_first_letter_opening_a_sentence(resources: Resources) -> None:
    """"al-Shabab" and "al Qaeda in the Islamic Maghreb" are written with a capital at a sentence's start."""
    for text, name in (("Al-Shabab claimed a mortar attack on a Mogadishu hotel on Friday.", "Al-Shabab"),
                       ("Al Qaeda in the Islamic Maghreb claimed the ambush near Kidal on Friday.", "Al Qaeda")):
        ann = next(annotate([_doc("aq", text, "2031-06-05")], resources))
        e = containing(ann, name)
        assert e.code is not None and e.sector == "REB", (text, e)


@pytest.mark.parametrize("phrase", ["opposition officials", "opposition figures", "opposition leaders"])
def test_officials_of_the_opposition_are_the_opposition(resources: Resources, phrase: str) -> None:
    ann = next(annotate([_doc("op", f"Police in Harare detained four {phrase} on Monday.", "2031-06-05")], resources))
    assert (containing(ann, phrase).code, containing(ann, phrase).sector) == ("ZWE", "OPP")


@pytest.mark.parametrize(("text", "agent", "code"), [
    ("Tonga's parliament passed the budget on Monday. The island nation's prime minister praised it.",
     "prime minister", "TON"),
    ("Bhutan opened its border last year. The Himalayan kingdom's foreign minister flew to Delhi on Friday.",
     "foreign minister", "BTN"),
    ("Kuwait's emir dissolved parliament in May. The oil-rich state's crown prince met Iran's envoy on Sunday.",
     "crown prince", "KWT"),
])
def test_a_state_described_by_its_geography_refers_back(resources: Resources, text: str, agent: str,
                                                        code: str) -> None:
    """"the island nation", "the Himalayan kingdom": words that only describe the state the story named."""
    ann = next(annotate([_doc("geo", text, "2031-06-05")], resources))
    assert containing(ann, agent).code == code


def test_a_capital_told_as_a_party_is_no_setting_for_the_agents_beside_it(resources: Resources) -> None:
    """"the ministry accused Tbilisi": the capital stands for its state, a party; the ministry is the
    one named before, not one in Tbilisi."""
    text = ("Russia's foreign ministry said the monitors had been expelled. On Friday the ministry accused "
            "Tbilisi of stoking tension.")
    ann = next(annotate([_doc("cap", text, "2031-06-05")], resources))
    ministries = [e for e in ann.entities if e.text == "ministry"]
    assert [e.code for e in ministries] == ["RUS"]


def test_a_body_before_a_titled_name_is_not_its_apposition(resources: Resources) -> None:
    text = "In a note to Chad's interior ministry, Foreign Minister Idriss Kalla asked for the border to reopen."
    ann = next(annotate([_doc("ap", text, "2031-06-05")], resources))
    assert containing(ann, "Idriss Kalla").code != "TCD"


def test_a_person_named_in_full_again_with_a_bare_title_is_the_same_person(resources: Resources) -> None:
    text = ("Niger's foreign minister, Moussa Garba, arrived in Cotonou on Monday. On Tuesday, Foreign Minister "
            "Moussa Garba met Benin's president.")
    ann = next(annotate([_doc("fn", text, "2031-06-05")], resources))
    second = [e for e in ann.entities if "Moussa Garba" in e.text][-1]
    assert (second.code, second.sector) == ("NER", "GOV")


def test_a_capital_told_as_the_doer_is_the_state_a_description_refers_back_to(resources: Resources) -> None:
    text = ("Port Vila signed a maritime pact with Canberra last year despite objections from Beijing. "
            "The island nation's foreign minister defended the deal on Monday.")
    ann = next(annotate([_doc("pv", text, "2031-06-05")], resources))
    assert containing(ann, "foreign minister").code == "VUT"


def test_a_small_towns_namesake_in_a_state_named_nowhere_else_is_not_placed_there(resources: Resources) -> None:
    """A village of a Chad story is no US town of the same name; a town whose state the story names,
    or a big city, keeps its state."""
    text = ("Chadian troops clashed with rebels near Abeche on Monday. Three soldiers were killed in the "
            "village of Plum, officials said.")
    ann = next(annotate([_doc("st", text, "2031-06-05")], resources))
    assert containing(ann, "Plum").code is None
    kept = next(annotate([_doc("oh", "Police in Plum, Pennsylvania, arrested two men on Monday.", "2031-06-05")],
                         resources))
    assert containing(kept, "Plum").code == "USA"


def test_him_after_a_lone_soldier_stands_for_the_soldier(resources: Resources) -> None:
    """One member of a group ("a Chadian soldier") is one person: "him" can stand for him."""
    text = "A Chadian soldier crossed into Sudan on Monday and asked for protection. Khartoum granted him asylum."
    ann = next(annotate([_doc("pn", text, "2031-06-05")], resources))
    assert find(ann, "him").code == "TCD"


def test_it_after_an_uncoded_subject_of_its_sentence_stands_for_that_subject(resources: Resources) -> None:
    """Centering: "the regional government ... said it would pay" is the government's promise, not that of
    a state or a person named the sentence before."""
    text = ("Refugees from Sudan crossed into Chad on Monday, a farmer named Idriss Abakar said. The regional "
            "government opened two camps and said it would give each family a cash grant.")
    ann = next(annotate([_doc("ctr", text, "2031-06-05")], resources))
    it = find(ann, "it")
    assert it.sector == "GOV" and text[it.extra["antecedent_start"]:it.extra["antecedent_end"]].endswith("government")


def test_the_american_states_rights_bodies_are_intergovernmental(resources: Resources) -> None:
    """The OAS's human rights commission is an intergovernmental body, not the United States."""
    text = "The Inter-American Commission on Human Rights urged Bolivia on Monday to free the detained activists."
    ann = next(annotate([_doc("iachr", text, "2031-06-05")], resources))
    assert containing(ann, "Inter-American Commission").code == "IGO"


def test_the_seat_a_source_is_based_in_is_no_setting(resources: Resources) -> None:
    """"a Vienna-based monitor said": where the monitor sits, not where the gunmen and the farmers are;
    the same place told as where the act happened still sets it."""
    text = "Gunmen abducted six farmers near the border on Sunday, a Vienna-based monitoring group said."
    ann = next(annotate([_doc("seat", text, "2031-06-05")], resources))
    assert containing(ann, "Gunmen").code is None and containing(ann, "farmers").code is None
    there = next(annotate([_doc("in", "Police in Vienna detained six protesters on Sunday.", "2031-06-05")],
                          resources))
    assert containing(there, "Police").code == "AUT"


def test_people_said_not_to_be_a_states_own_are_not_coded_as_its(resources: Resources) -> None:
    """"non-Kenyans", "non-EU citizens": outsiders of the state or the body, not its people."""
    text = "Kenya expelled 30 non-Kenyans from the camp on Monday and barred non-EU citizens from the flight."
    ann = next(annotate([_doc("non", text, "2031-06-05")], resources))
    assert containing(ann, "Kenyans").code != "KEN"
    assert containing(ann, "EU citizens").code is None


def test_earlier_in_the_week_is_a_week_even_where_the_model_tags_a_time(resources: Resources) -> None:
    """After a sentence with a morning in it, the model tags "Earlier in the week" a TIME: it still dates the
    act to the report's week (2031-06-06 is a Friday of ISO week 23)."""
    text = ("A bus hit a mine near the border on Friday morning. Earlier in the week, gunmen raided a police post "
            "near the town.")
    ann = next(annotate([_doc("wk", text, "2031-06-06")], resources))
    assert "2031-W23" in [d.value for d in ann.dates], [(d.text, d.value) for d in ann.dates]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Crowds of Armenians marched to the embassy in Moscow on Sunday.", "Crowds of Armenians", "ARM"),
    ("A delegation of Sudanese officials arrived in Nairobi on Monday.", "delegation of Sudanese officials", "SDN"),
    ("Kenya let a delegation from the regional bloc IGAD land in Nairobi.", "delegation from", "IGO"),
])
def test_a_body_of_people_is_the_people_it_is_made_of(resources: Resources, text: str, phrase: str,
                                                      code: str) -> None:
    """"Crowds of Armenians" are Armenians wherever they march; a delegation of officials is theirs."""
    ann = next(annotate([_doc("col", text, "2031-06-05")], resources))
    assert containing(ann, phrase).code == code


def test_the_compound_head_of_an_agent_named_before_refers_back(resources: Resources) -> None:
    """"Tunisia's coast guard ... the coast guard": the same two words name the same agent."""
    text = ("Tunisia's coast guard intercepted two boats from Libya on Monday. Italy's interior minister said "
            "the coast guard had warned Italian charities last week.")
    ann = next(annotate([_doc("cg", text, "2031-06-05")], resources))
    assert [e.code for e in ann.entities if e.text == "coast guard"] == ["TUN"]


def test_the_fighters_of_a_body_that_governs_are_its_forces(resources: Resources) -> None:
    """The Taliban govern Afghanistan since August 2021: their fighters are then its forces (MIL), as
    "Taliban forces" are; before, rebels. A rebel group's fighters stay rebels."""
    for day, sector in (("2031-06-05", "MIL"), ("2019-06-05", "REB")):
        ann = next(annotate([_doc("tf", "Taliban fighters fired on a border post on Monday.", day)], resources))
        assert containing(ann, "Taliban fighters").sector == sector, day
    ann = next(annotate([_doc("hz", "Hezbollah fighters fired rockets on Monday.", "2031-06-05")], resources))
    assert containing(ann, "Hezbollah fighters").sector == "REB"


def test_a_province_of_a_state_told_with_a_compass_point_is_in_that_state(resources: Resources) -> None:
    """"Khost province of eastern Afghanistan": the kind of place in the name, "of", a compass word, a state."""
    text = "Drones struck a depot in Khost province of eastern Afghanistan on Monday."
    ann = next(annotate([_doc("kp", text, "2031-06-05")], resources))
    assert containing(ann, "Khost").code == "AFG"
