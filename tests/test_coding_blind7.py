"""A seventh blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them, to be
harder and closer to real wire copy than the sixth. Each story comes with the PLOVER type of one act
its last sentence reports, that act's actor and recipient (code and sector) and, where it matters,
its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's
actor and sector conventions, the project's codes for international bodies: UN agencies UNO, other
bodies IGO, NGOs NGO, the European Union EUR; tariffs are SANCTION; a joint subject, "the foreign
ministers of India and China", gives both as actors and no recipient). Nothing comes from a gold set,
the seed or the demo corpus; the verbs and phrasings avoid those of the earlier blind batches where
they could, and the expectations were not changed after the first run, which is what the figures
below record.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Oceania: Tonga, Papua New Guinea) and from international bodies (the UN refugee agency,
  a UN mission, ECOWAS, ASEAN, the EU, Reporters Without Borders), in the forms wire copy uses:
  reported speech ("X said on Friday that Tokyo would lend Colombo ..."), attribution after the clause
  ("..., the ministry said"), the passive with a "by" agent ("was formally recognised by France"),
  nominal events ("Tuesday's talks between ...", "The arrest of ... by security agents"), titles and
  roles instead of country names ("Nigeria's police chief"), a pronoun actor resolved from the
  sentence before ("She sat down with ...", "They also hit ..."), capitals for states (Canberra,
  Baghdad, Beijing), two planned acts and two denials (modality "negated"). Where a sector is open to
  argument (a bare state, an emir, "authorities", troops or aircraft named by nationality,
  demonstrators) only the code is checked; a recipient of None is not checked. A story passes when
  one coded event of the expected type has, among its actors, a party with the expected code (and
  sector, where given), among its recipients a party with the expected code (and sector, where
  given), and the expected modality (where given). Reported apart: the type found at all; an event of
  the type with the actor code right; with the actor code and sector right (over the 18 stories that
  give an actor sector); with the recipient right (over the 36 stories that give a recipient); the
  full pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates ("More than 400 reporters have
  been imprisoned across Central Asia since 2015"), statistics and trends, standing positions in the
  simple present ("Slovakia opposes ..."), analysts' opinions, forecasts and a survey, background
  history with no single act, a habit ("Regional leaders routinely pledge ..."), and political verbs
  in an everyday sense (a bill that "attacks" a shortage, turbine makers that "cooperate" on research,
  a team that "defended" its title, a storm that "hit" a coast, a goalkeeper who "blocked" a penalty,
  a river that "threatens" towns, tourists who "invade" an island, fans who "besieged" a box office):
  one passes when no event that happened (asserted or reported) comes out of it.

The first run (2026-11-30, on a frozen copy of commit 2248d2e, a detached worktree with no
uncommitted edit under src/) gave: the type found in 37 of 50 stories (0.740); the actor code right
on an event of the type in 31 of 50 (0.620); actor code and sector right in 11 of the 18 that give a
sector (0.611); the recipient right in 26 of the 36 that give one (0.722); 29 of 50 passing (0.580);
22 of the 25 empty passages with no event that happened (0.880). Before that run every text was
checked for six-word runs shared with the gold sets under ../shared/gold (plover-gsr, case2021-task2,
newsquant, polnear dev): none was found and none was reworded. Its 21 misses, none of them an
expectation changed afterwards, by cause, the most frequent first:

- the act of the last sentence not coded at all, its verb or idiom outside the lexicon (9): "The
  Czech prime minister threw his weight behind the bid" (SUPPORT; only the first sentence's "hopes
  to open accession talks" came out, as an asserted CONSULT of Moldova with the EU); "Kyrgyz
  authorities restored the broadcasting licence of an independent television channel" (CONCEDE;
  nothing); "Ghanaian and Togolese troops carried out a joint sweep against militants" (COOPERATE;
  nothing); "Saudi Arabia flew 90 tonnes of medicine and food into Port Sudan" (AID; only the first
  sentence's "Fighting", an ASSAULT with no actor); "Tents and blankets ... were handed out by the UN
  refugee agency in Mozambique's Cabo Delgado province" (AID; only the first sentence's "Attacks");
  "A court in Ho Chi Minh City found a property tycoon guilty" (ACCUSE; nothing); "Myanmar's military
  government brushed aside an appeal from ASEAN" (REJECT; the noun "appeal" gave a REQUEST with no
  actor and Myanmar as its recipient); "The Palestinian bid for full UN membership was blocked by the
  United States" (REJECT; nothing); and "She sat down with her Argentine counterpart" (CONSULT, after
  a pronoun; nothing, the type and Chile found only on the first sentence's "trip", so the recipient
  was missed);
- a verb read in the wrong sense, giving another type (5): "Qatar's emir offered ... to mediate
  between the Congolese government and the rebel movement" (AGREE 039) gave CONSULT 045 (intended)
  with no actor; "Nepal's prime minister resigned ... after a week of street protests demanding his
  removal" gave RETREAT although its CAMEO code, 0831, is CONCEDE in CAMEO2PLOVER; "A Serbian man ...
  was surrendered to German prosecutors by Austrian police" gave RETREAT 0874 (a military surrender),
  not judicial COOPERATE; "Japan will send a surface-to-air missile unit to the island of Yonaguni"
  gave AGREE 033 (reported), not a planned MOBILIZE; "Nigeria's police chief ordered 5,000 extra
  officers onto the streets of Lagos" gave REQUEST (an order as a demand), not MOBILIZE;
- the agent of a passive or of a nominal event not taken as the actor (5): "Four Armenian soldiers
  ... were returned to Armenia by Azerbaijan" (RETREAT, Armenia right, no actor); "Sunday's rally by
  some 50,000 opposition supporters in Belgrade" (PROTEST with an uncoded actor and SRB/OPP as the
  recipient); "The arrest of a Tajik opposition journalist by security agents in Dushanbe" (COERCE,
  TJK/JRN right as recipient, no actor); "Friday's drone attack by Ukraine on an oil refinery near
  the Russian city of Saratov" (ASSAULT, Russia right, an uncoded actor); "More than 300 Ethiopians
  were deported from Saudi Arabia" (COERCE, ETH/CVL right, no actor: the state only in the "from"
  phrase);
- an actor taken from the wrong clause (1): "Brazil's president assured his Bolivian counterpart ...
  that Brazil would send water-bombing aircraft" gave AGREE with BRA/None (from "Brazil would send")
  and no recipient, "his Bolivian counterpart" lost;
- an unnamed actor placed only by a location, and a name read as a state (1): "Indigenous groups
  blocked the Pan-American Highway in southern Colombia" gave PROTEST with an uncoded actor and the
  United States as recipient (from "Pan-American").

The passive with a "by" agent worked elsewhere (France recognising Gabon's government, Estonia
expelling diplomats, ECOWAS pressing Niamey, Congolese militiamen ambushing a UN convoy), as did
reported speech, the planned visit (planned) and both denials (negated). One story passed only on
its first sentence: "Israeli aircraft carried out dozens of strikes in southern Lebanon" gave the
ASSAULT, while the last sentence, "They also hit a Hezbollah command centre", gave nothing. Three
empty passages gave events that happened, each an everyday sense read as a political act: "Argentina's
women's hockey team successfully defended its Pan American title" (SUPPORT 052, with the United
States as recipient from "Pan American"); "the swollen Mississippi threatens towns downstream"
(THREATEN, actor USA); "Within an hour fans had besieged the box office" (COERCE 191). The floors
sit just below the first run's figures (about one case of slack each), so that a change that loses
generality fails here while the misses (listed on failure) stay visible.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (code, sector); sector None: only the code is checked
Party = tuple[str, str | None]

#: (story, type of an act of its last sentence, actor, recipient, modality); recipient and modality
#: None: not checked
STORIES: list[tuple[str, str, Party, Party | None, str | None]] = [
    # --- AGREE (03: intent to mediate, to lend, to send help)
    ("Peace talks between Kinshasa and the M23 rebels stalled in the spring. Qatar's emir offered on "
     "Thursday to mediate between the Congolese government and the rebel movement, his office said.",
     "AGREE", ("QAT", None), ("COD", "GOV"), None),
    ("Sri Lanka is still recovering from its 2022 debt crisis. Japan's finance minister said on Friday "
     "that Tokyo would lend Colombo a further $300 million to support the recovery.",
     "AGREE", ("JPN", "GOV"), ("LKA", None), None),
    ("Fires have burned more than a million hectares of forest in eastern Bolivia this year. Brazil's "
     "president assured his Bolivian counterpart on Wednesday that Brazil would send water-bombing "
     "aircraft.",
     "AGREE", ("BRA", "GOV"), ("BOL", "GOV"), None),
    # --- CONSULT (04: a nominal meeting, a planned visit, a meeting after a pronoun)
    ("Tuesday's talks between the foreign ministers of India and China in New Delhi focused on the "
     "disputed Himalayan frontier.",
     "CONSULT", ("IND", "GOV"), None, None),
    ("The Kenyan president will host his Ugandan counterpart in Nairobi next month for talks on the "
     "planned crude oil pipeline, State House said on Sunday.",
     "CONSULT", ("KEN", "GOV"), ("UGA", "GOV"), "planned"),
    ("Chile's foreign minister landed in Buenos Aires on Monday on her first trip abroad since taking "
     "office. She sat down with her Argentine counterpart the same afternoon to discuss lithium mining "
     "along their border.",
     "CONSULT", ("CHL", "GOV"), ("ARG", "GOV"), None),
    # --- SUPPORT (05: recognition in the passive, endorsement, a signed agreement)
    ("Gabon's transitional government was formally recognised by France on Friday, three months after "
     "the coup.",
     "SUPPORT", ("FRA", None), ("GAB", "GOV"), None),
    ("Moldova hopes to open accession talks with the European Union next year. The Czech prime minister "
     "threw his weight behind the bid during a visit to Chisinau on Tuesday.",
     "SUPPORT", ("CZE", "GOV"), ("MDA", None), None),
    ("Kazakhstan signed a 20-year gas supply agreement with China on Sunday, the energy ministry in "
     "Astana said.",
     "SUPPORT", ("KAZ", None), ("CHN", None), None),
    # --- CONCEDE (08: a tax withdrawn under pressure, a licence restored, a resignation)
    ("Farmers had blocked highways across western Kenya for a week over the price of fertiliser. The "
     "agriculture ministry withdrew the new fertiliser tax on Friday, bowing to the farmers' main demand.",
     "CONCEDE", ("KEN", "GOV"), None, None),
    ("Kyrgyz authorities restored the broadcasting licence of an independent television channel on "
     "Monday, a month after revoking it.",
     "CONCEDE", ("KGZ", None), None, None),
    ("Nepal's prime minister resigned on Tuesday after a week of street protests demanding his removal.",
     "CONCEDE", ("NPL", "GOV"), None, None),
    # --- COOPERATE (06: a surrender in the passive, intelligence, a joint operation)
    ("A Serbian man wanted for murder in Germany was surrendered to German prosecutors by Austrian "
     "police on Wednesday under a European arrest warrant.",
     "COOPERATE", ("AUT", "COP"), ("DEU", None), None),
    ("Jordan's intelligence service shared information with Belgium that helped foil a bomb plot in "
     "Brussels, Belgium's interior minister said on Thursday.",
     "COOPERATE", ("JOR", None), ("BEL", None), None),
    ("Ghanaian and Togolese troops carried out a joint sweep against militants along their common "
     "border last week, Ghana's army said.",
     "COOPERATE", ("GHA", "MIL"), None, None),
    # --- AID (07: relief flights, relief in the passive, supplies in reported speech)
    ("Fighting in Sudan has driven millions from their homes. Saudi Arabia flew 90 tonnes of medicine "
     "and food into Port Sudan on Monday, the kingdom's aid agency said.",
     "AID", ("SAU", None), ("SDN", None), None),
    ("Attacks by insurgents have emptied villages across northern Mozambique. Tents and blankets for "
     "5,000 displaced families were handed out by the UN refugee agency in Mozambique's Cabo Delgado "
     "province on Sunday.",
     "AID", ("UNO", None), ("MOZ", None), None),
    ("Volcanic ash has fouled the water supply on Tonga's main island. Australia's foreign minister "
     "said on Tuesday that Canberra had shipped desalination units and 50,000 litres of bottled water "
     "to Tonga.",
     "AID", ("AUS", None), ("TON", None), None),
    # --- RETREAT (087, 0871, 0841: a truce, a return in the passive, a pull-out)
    ("Sudan's paramilitary Rapid Support Forces declared a three-day truce around El Fasher on "
     "Saturday to let aid convoys reach the city.",
     "RETREAT", ("SDN", None), None, None),
    ("Four Armenian soldiers captured in September were returned to Armenia by Azerbaijan on "
     "Wednesday, the Armenian government said.",
     "RETREAT", ("AZE", None), ("ARM", None), None),
    ("Thai soldiers have faced Cambodian troops across a disputed temple compound since May. Thailand "
     "withdrew its units from the compound on Monday, the Cambodian defence ministry said.",
     "RETREAT", ("THA", None), None, None),
    # --- REQUEST (10: reported speech, an appeal, pressure in the passive)
    ("Lebanon's prime minister said on Wednesday he had asked France to help pay for rebuilding the "
     "port of Beirut.",
     "REQUEST", ("LBN", "GOV"), ("FRA", None), None),
    ("Gang violence has forced the closure of schools across Port Moresby. Papua New Guinea's prime "
     "minister appealed to Canberra on Thursday for extra police officers to help restore order.",
     "REQUEST", ("PNG", "GOV"), ("AUS", None), None),
    ("The military rulers in Niamey were pressed by ECOWAS on Monday to set a date for elections.",
     "REQUEST", ("IGO", None), ("NER", None), None),
    # --- ACCUSE (114, 116, 111: a complaint, a verdict, a condemnation by an NGO)
    ("Guatemala's foreign ministry filed a formal complaint with Belize on Tuesday over the arrest of "
     "two Guatemalan fishermen on the Sarstoon river.",
     "ACCUSE", ("GTM", "GOV"), ("BLZ", None), None),
    ("A court in Ho Chi Minh City found a property tycoon guilty on Thursday of embezzling $12 billion "
     "from a bank she secretly controlled.",
     "ACCUSE", ("VNM", "JUD"), ("VNM", None), None),
    ("Reporters Without Borders condemned Azerbaijan on Tuesday for jailing six journalists from an "
     "independent news site.",
     "ACCUSE", ("NGO", None), ("AZE", None), None),
    # --- REJECT (126, 12: mediation dismissed, an appeal brushed aside, a bid blocked in the passive)
    ("Ethiopia dismissed a proposal by Egypt for international mediation over the Nile dam on "
     "Thursday, the foreign ministry in Addis Ababa said.",
     "REJECT", ("ETH", None), ("EGY", None), None),
    ("Myanmar's military government brushed aside an appeal from ASEAN on Tuesday to halt air strikes "
     "on villages in Sagaing region.",
     "REJECT", ("MMR", None), ("IGO", None), None),
    ("The Palestinian bid for full UN membership was blocked by the United States in the Security "
     "Council on Thursday.",
     "REJECT", ("USA", None), ("PSE", None), None),
    # --- THREATEN (1312, 1313: an export cut-off, an expulsion in reported speech, a denial)
    ("Beijing threatened on Monday to cut off exports of rare earths to Japan if Tokyo went ahead with "
     "new controls on chip equipment.",
     "THREATEN", ("CHN", None), ("JPN", None), None),
    ("Turkish jets have struck suspected PKK positions in northern Iraq for a week. Iraq's prime "
     "minister said on Sunday that Baghdad would expel the Turkish ambassador if the raids continued.",
     "THREATEN", ("IRQ", "GOV"), ("TUR", None), None),
    ("Kazakhstan's president denied on Friday that he had threatened to close the border with "
     "Kyrgyzstan during a row over water.",
     "THREATEN", ("KAZ", "GOV"), ("KGZ", None), "negated"),
    # --- PROTEST (141, 143, 144: a nominal rally, a stoppage, a road blockade)
    ("Sunday's rally by some 50,000 opposition supporters in Belgrade ended peacefully, police said.",
     "PROTEST", ("SRB", None), None, None),
    ("Dockworkers at Argentina's main grain ports stopped work on Wednesday in protest at the "
     "government's pension reform, their union said.",
     "PROTEST", ("ARG", None), None, None),
    ("Indigenous groups blocked the Pan-American Highway in southern Colombia for a third day on "
     "Tuesday, demanding title to ancestral lands.",
     "PROTEST", ("COL", None), None, None),
    # --- SANCTION (tariffs, 166 expulsion in the passive, 164 talks broken off)
    ("The United States imposed 25 percent tariffs on steel from Vietnam on Thursday, the Commerce "
     "Department said.",
     "SANCTION", ("USA", None), ("VNM", None), None),
    ("Two Russian diplomats were expelled by Estonia on Monday for activities incompatible with their "
     "status.",
     "SANCTION", ("EST", None), ("RUS", None), None),
    ("The European Union broke off trade talks with Indonesia on Wednesday over Jakarta's ban on "
     "exports of nickel ore.",
     "SANCTION", ("EUR", None), ("IDN", None), None),
    # --- MOBILIZE (154, 153: massed forces, a planned deployment, police onto the streets)
    ("Egypt has massed tanks and troops near its border with Gaza, satellite images published on "
     "Thursday showed.",
     "MOBILIZE", ("EGY", None), None, None),
    ("Japan will send a surface-to-air missile unit to the island of Yonaguni by March, the defence "
     "ministry said on Friday.",
     "MOBILIZE", ("JPN", None), None, "planned"),
    ("Nigeria's police chief ordered 5,000 extra officers onto the streets of Lagos on Monday ahead of "
     "planned fuel protests.",
     "MOBILIZE", ("NGA", "COP"), None, None),
    # --- COERCE (173, 174, 171: a nominal arrest, a deportation in the passive, a seizure, a denial)
    ("The arrest of a Tajik opposition journalist by security agents in Dushanbe on Tuesday drew "
     "condemnation from press freedom groups.",
     "COERCE", ("TJK", None), ("TJK", None), None),
    ("More than 300 Ethiopians were deported from Saudi Arabia on Monday, the International "
     "Organization for Migration said.",
     "COERCE", ("SAU", None), ("ETH", None), None),
    ("Iran's Revolutionary Guards seized a Greek-flagged oil tanker in the Strait of Hormuz on Friday, "
     "Iranian state media reported.",
     "COERCE", ("IRN", None), ("GRC", None), None),
    ("Egypt's interior ministry denied on Sunday that police had detained a prominent blogger, saying "
     "he was at home with his family.",
     "COERCE", ("EGY", None), None, "negated"),
    # --- ASSAULT (18-19: an ambush in the passive, strikes after a pronoun, a nominal drone attack,
    # a killing in reported speech)
    ("A UN peacekeeping convoy was ambushed by Congolese militiamen near Bunia on Sunday and two "
     "soldiers were killed, the UN mission said.",
     "ASSAULT", ("COD", None), ("UNO", None), None),
    ("Israeli aircraft carried out dozens of strikes in southern Lebanon on Tuesday. They also hit a "
     "Hezbollah command centre in the Bekaa valley, the military said.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
    ("Friday's drone attack by Ukraine on an oil refinery near the Russian city of Saratov started a "
     "fire that burned for hours.",
     "ASSAULT", ("UKR", None), ("RUS", None), None),
    ("Colombia's defence minister said on Monday that ELN guerrillas had killed three soldiers in an "
     "attack on a base in Arauca.",
     "ASSAULT", ("COL", "REB"), ("COL", "MIL"), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "More than 400 reporters have been imprisoned across Central Asia since 2015, press freedom "
    "groups estimate.",
    "Slovakia opposes the proposed EU ban on imports of Russian gas.",
    "Roughly one in four Peruvians works in agriculture, according to the statistics office.",
    "Military spending across Europe rose by 17 percent last year, a Stockholm think tank said.",
    "Analysts believe Malaysia's ruling coalition could collapse before the next budget.",
    "Economists expect the Egyptian pound to weaken further once the central bank lets it float.",
    "Much of present-day Namibia was under German rule until the First World War.",
    "The new housing bill attacks the shortage of affordable flats from several directions.",
    "In Denmark's wind industry, rival turbine makers often cooperate on research while competing "
    "for orders.",
    "Argentina's women's hockey team successfully defended its Pan American title in Santiago.",
    "A powerful storm hit the coast of Vietnam's Quang Ngai province overnight, flattening rice "
    "fields.",
    "Kenyan tea exports to Pakistan have fallen for three straight years.",
    "Support for joining NATO among Swiss voters stands at about 30 percent, a new poll suggests.",
    "Brazil has traditionally avoided taking sides in disputes between the great powers.",
    "India's monsoon rains were 8 percent above average this season, the weather office said.",
    "The documentary follows a family of refugees who fled Syria for Germany in 2015.",
    "The goalkeeper blocked a penalty in the final minute to keep Mali in the tournament.",
    "Engineers are racing to shore up levees as the swollen Mississippi threatens towns downstream.",
    "Every August, tourists invade the tiny Croatian island of Hvar.",
    "The boy band added an extra concert in Seoul on Monday. Within an hour fans had besieged the "
    "box office.",
    "Scientists warn that rising seas could swallow parts of Kiribati by the end of the century.",
    "Most Mexicans say they trust the army more than the police, a survey found.",
    "Cocoa prices have tripled since 2023, and Ivory Coast grows more of it than any other country.",
    "Regional leaders routinely pledge to fight corruption but rarely follow through, critics say.",
    "Relations between the two Koreas have swung between thaw and confrontation for decades.",
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.91, "actor_code": 0.91, "actor_sector": 0.8, "recipient": 0.88, "pass": 0.87,
          "empty": 0.93}
PUBLISHED = "2026-11-30"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind7")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind7-empty")


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """The five story figures and a line for each story that does not pass."""
    hits = {"type": 0, "actor_code": 0, "actor_sector": 0, "recipient": 0, "pass": 0}
    n_sector = sum(c[2][1] is not None for c in STORIES)
    n_recipient = sum(c[3] is not None for c in STORIES)
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(STORIES, coded, strict=True):
        typed = [e for e in events if e.event == etype]
        hits["type"] += bool(typed)
        hits["actor_code"] += any(_has(e.actor, (actor[0], None)) for e in typed)
        hits["actor_sector"] += actor[1] is not None and any(_has(e.actor, actor) for e in typed)
        hits["recipient"] += recipient is not None and any(_has(e.recipient, recipient) for e in typed)
        if any(_has(e.actor, actor) and (recipient is None or _has(e.recipient, recipient))
               and (modality is None or e.modality == modality) for e in typed):
            hits["pass"] += 1
        else:
            got = [(e.event, _show(e.actor), _show(e.recipient), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    n = len(STORIES)
    rates = {"type": hits["type"] / n, "actor_code": hits["actor_code"] / n,
             "actor_sector": hits["actor_sector"] / n_sector, "recipient": hits["recipient"] / n_recipient,
             "pass": hits["pass"] / n}
    return rates, misses


def _empty_misses(coded: list[list[Event]]) -> list[str]:
    wrong = []
    for text, events in zip(EMPTY, coded, strict=True):
        happened = [(e.event, e.modality, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    return wrong


def test_blind7_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind7 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind7_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind7 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    modalities = {"asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated",
                  "historical"}
    assert 40 <= len(STORIES) <= 60 and 20 <= len(EMPTY) <= 40
    assert len({c[0] for c in STORIES} | set(EMPTY)) == len(STORIES) + len(EMPTY)
    assert all(c[1] in types for c in STORIES)
    assert all(sum(c[1] == t for c in STORIES) >= 2 for t in types)
    assert all(c[4] is None or c[4] in modalities for c in STORIES)
    codes = [c[2][0] for c in STORIES] + [c[3][0] for c in STORIES if c[3]]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(FLOORS) == {"type", "actor_code", "actor_sector", "recipient", "pass", "empty"}
