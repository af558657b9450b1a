"""A third blind batch of event coding: wire-style sentences written for this test on 2026-11-30,
with the PLOVER coding the codebook (CAMEO2PLOVER-2021 and the PLOVER type definitions) gives them,
before the coder was run on any of them. Nothing here comes from a gold set, the seed or the demo
corpus, and the verbs and phrasings avoid those of the second batch (tests/test_coding_blind.py).
The expectations were not changed after the first run, which is what the figures below record.

Two kinds of case, passing as in the second batch:

- ``EVENTS``: the sentence reports an act; a case passes when one coded event has the expected type,
  the expected actor code among its actors and recipient code among its recipients (where given),
  and the expected modality (where given);
- ``EMPTY``: the sentence reports no codable act (statistics, background, history, opinion,
  markets, sport, weather, health, culture, a byline or dateline, a standing position, a
  prediction): a case passes when no event that happened (asserted or reported) comes out.

The first run (2026-11-30, on the working tree at commit 8341cf0 with another engineer's uncommitted
edits to the coding rules and lexicon) passed EVENTS 38 of 50 and EMPTY 25 of 25. Its misses, none
of them an expectation changed afterwards:

- missed events, nothing coded: a state recognising a new government (CAMEO 054, SUPPORT); the
  World Food Programme "distributed food rations" (AID); medical teams "were flown in by" New
  Zealand (a passive with the giver in a by-phrase, AID); a president "reinstated" dismissed judges
  after protests (083, CONCEDE); a government "legalised" the opposition party (0812, CONCEDE);
- wrong type: "vowed to respond with force" coded AGREE (a pledge), where 138 says THREATEN (and
  no recipient); "will hold joint naval drills" coded AGREE asserted, where this test says
  COOPERATE planned (the CAMEO 0312 reading of intent to cooperate is AGREE, so this is the same
  split as the planned-act reading of the second batch's "will travel"); an eased curfew coded
  CONCEDE, where the table puts easing a curfew (0813) under RETREAT; truck drivers who
  "blockaded" border crossings coded COERCE (191, a blockade), where obstructing passage in protest
  is PROTEST (144);
- actor or recipient: "it recalled its ambassador", after a first clause naming Algeria, Spain and
  Western Sahara, gave the actor as Western Sahara (ESH), not Algeria; soldiers "had been deployed"
  in a Venezuelan minister's words got no actor; jihadists raiding "an army post near Menaka in
  Mali" made Mali the actor and left the army post (the Malian military) out of the recipients.

No extra event came out of an empty sentence. The floors sit just below the first run, so a change
that loses generality fails here while the misses (listed on failure) stay visible.
"""

from __future__ import annotations

import pytest
from tests.test_coding_heldout import _codes, _passes

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (sentence, type, actor code, recipient code, modality); None: not checked
EVENTS: list[tuple[str, str, str | None, str | None, str | None]] = [
    # AGREE (CAMEO 03: intent to cooperate, to mediate, to give aid)
    ("Argentina and Chile pledged to jointly develop the lithium deposits straddling their border.",
     "AGREE", "ARG", None, None),
    ("The Ghanaian president offered to mediate between Togo and Burkina Faso.", "AGREE", "GHA", None, None),
    ("The European Union pledged 200 million euros to rebuild schools in Syria.", "AGREE", "EUR", "SYR", None),
    # CONSULT (04)
    ("The Kenyan foreign minister will visit Addis Ababa on Thursday to discuss the border dispute.",
     "CONSULT", "KEN", "ETH", "planned"),
    ("Indonesia's president telephoned the Australian prime minister on Wednesday.", "CONSULT", "IDN", "AUS", None),
    ("The Pakistani army chief flew to Beijing on Tuesday, and he met senior Chinese defence officials "
     "the next day.", "CONSULT", "PAK", "CHN", None),
    ("The Brazilian foreign minister is due to meet his Angolan counterpart in Luanda on Friday.",
     "CONSULT", "BRA", "AGO", "planned"),
    ("The Serbian president did not meet Kosovo's prime minister during the Brussels summit.",
     "CONSULT", "SRB", "XKX", "negated"),
    # SUPPORT (05: endorse, recognise, apologise)
    ("Mexico formally recognised the new government in Guatemala.", "SUPPORT", "MEX", "GTM", None),
    ("The Dutch prime minister apologised to Indonesia for colonial-era killings.", "SUPPORT", "NLD", "IDN", None),
    ("Senegal endorsed Nigeria's candidate for the presidency of the African Development Bank.",
     "SUPPORT", "SEN", "NGA", None),
    # COOPERATE (06)
    ("French and Moroccan warships carried out joint exercises off Agadir.", "COOPERATE", "FRA", None, None),
    ("Colombia extradited a suspected cocaine trafficker to the United States on Friday.",
     "COOPERATE", "COL", "USA", None),
    ("Bangladesh will hold joint naval drills with India in the Bay of Bengal next month.",
     "COOPERATE", "BGD", "IND", "planned"),
    # AID (07)
    ("Germany granted asylum to a Belarusian opposition journalist.", "AID", "DEU", "BLR", None),
    ("The World Food Programme distributed food rations to 300,000 people in southern Madagascar.",
     "AID", "UNO", "MDG", None),
    ("Emergency medical teams were flown in by New Zealand after the earthquake in Vanuatu.",
     "AID", "NZL", "VUT", None),
    # RETREAT (084-087, 0813)
    ("The Ethiopian government allowed UN aid convoys into Tigray for the first time in months.",
     "RETREAT", "ETH", "UNO", None),
    ("Rebels in northern Mozambique declared a unilateral ceasefire on Saturday.", "RETREAT", "MOZ", None, None),
    ("Authorities in Quito eased the nighttime curfew on Wednesday.", "RETREAT", "ECU", None, None),
    # CONCEDE (080-083)
    ("Bowing to weeks of protests, the Tunisian president reinstated 57 dismissed judges.",
     "CONCEDE", "TUN", None, None),
    ("Zimbabwe's government legalised the main opposition party after a decade-long ban.",
     "CONCEDE", "ZWE", None, None),
    # REQUEST (10)
    ("Chile asked Bolivia to extradite a former mining minister.", "REQUEST", "CHL", "BOL", None),
    ("Fiji has sought emergency assistance from Australia after the cyclone, officials said.",
     "REQUEST", "FJI", "AUS", "reported"),
    ("The Lithuanian foreign ministry demanded that Minsk free the jailed activist.", "REQUEST", "LTU", "BLR", None),
    # ACCUSE (09, 11)
    ("The Nigerian foreign minister blamed Niger for harbouring gunmen along the border.",
     "ACCUSE", "NGA", "NER", None),
    ("An inquiry into the deaths of the miners was opened by Ugandan authorities.", "ACCUSE", "UGA", None, None),
    ("Estonia lodged a formal complaint with Moscow over the violation of its airspace.",
     "ACCUSE", "EST", "RUS", None),
    # REJECT (12)
    ("Ukraine's president dismissed Russia's ceasefire offer as a ploy.", "REJECT", "UKR", "RUS", None),
    ("Beijing refused to let UN investigators into Xinjiang.", "REJECT", "CHN", "UNO", None),
    ("The Ivorian government turned down a request from the IMF to cut fuel subsidies.",
     "REJECT", "CIV", None, None),
    # THREATEN (13)
    ("Azerbaijan's president vowed to respond with force to any further provocation by Armenia.",
     "THREATEN", "AZE", "ARM", None),
    ("Washington said it would impose tariffs on Mexican steel unless Mexico curbed migration.",
     "THREATEN", "USA", "MEX", None),
    # PROTEST (14)
    ("Opposition supporters rioted in Dakar after the election was postponed.", "PROTEST", "SEN", None, None),
    ("A jailed Bahraini activist began a hunger strike on Monday.", "PROTEST", "BHR", None, None),
    ("Polish truck drivers blockaded three border crossings with Ukraine.", "PROTEST", "POL", None, None),
    # SANCTION (16)
    ("Nicaragua severed diplomatic relations with the Netherlands.", "SANCTION", "NIC", "NLD", None),
    ("Algeria has long been at odds with Spain over Western Sahara, and on Friday it recalled its "
     "ambassador from Madrid.", "SANCTION", "DZA", "ESP", None),
    ("The Sudanese army pulled out of the Jeddah talks.", "SANCTION", "SDN", None, None),
    # MOBILIZE (15)
    ("India put its troops along the Line of Control on high alert after the clash.", "MOBILIZE", "IND", None, None),
    ("The Venezuelan defence minister said thousands of soldiers had been deployed along the frontier "
     "with Guyana.", "MOBILIZE", "VEN", None, "reported"),
    # COERCE (17, 191-192)
    ("Tajik authorities deported 80 Afghan migrants on Monday.", "COERCE", "TJK", "AFG", None),
    ("Three opposition journalists were taken into custody by police in Harare.", "COERCE", "ZWE", None, None),
    ("The arrest of the Rwandan opposition leader in Kigali drew criticism from rights groups.",
     "COERCE", None, "RWA", None),
    ("Police in Yerevan made no arrests at the rally, a ministry spokesman said.", "COERCE", "ARM", None, "negated"),
    # ASSAULT (18-20)
    ("Jihadist fighters raided an army post near Menaka in Mali, leaving 14 soldiers dead.",
     "ASSAULT", None, "MLI", None),
    ("Myanmar jets bombed a village in Sagaing region on Sunday.", "ASSAULT", "MMR", None, None),
    ("The assassination of a mayoral candidate in the Mexican state of Guerrero on Thursday shocked the country.",
     "ASSAULT", None, "MEX", None),
    ("The Thai army said its soldiers had not opened fire on the protesters.", "ASSAULT", "THA", None, "negated"),
    ("Two Colombian soldiers were wounded when guerrillas attacked their patrol in Arauca.",
     "ASSAULT", None, "COL", None),
]

#: sentences that report no codable act
EMPTY: list[str] = [
    "Unemployment in South Africa rose to 33 percent in the third quarter, according to official figures.",
    "Heavy rain is forecast across northern Vietnam for the rest of the week.",
    "Nigeria's Super Eagles defeated Ghana 2-0 in a World Cup qualifier in Abuja.",
    "The Nikkei index ended the session down 1.2 percent.",
    "Most analysts expect the central bank in Ankara to keep rates on hold next month.",
    "The film festival in Busan opened with a Korean drama about two sisters.",
    "By Tomasz Nowak, Warsaw correspondent.",
    "Poland has long opposed any relaxation of EU rules on migration.",
    "The dispute over the islands dates back to the nineteenth century.",
    "Cholera cases in Malawi have fallen sharply since the rainy season ended.",
    "Chile is the world's largest producer of copper.",
    "Critics argue that the reform will do little to curb corruption.",
    "The ruling party has governed the country since independence in 1964.",
    "Coffee prices climbed to a two-year high on worries about the Brazilian harvest.",
    "The new airport terminal is expected to open in 2028.",
    "Temperatures in Delhi reached 47 degrees Celsius on Thursday.",
    "The population of Lagos is projected to double by 2050.",
    "The novel, set in 1970s Buenos Aires, won this year's Booker Prize.",
    "The government's approval rating has slipped to 38 percent, a poll showed.",
    "MANILA, Nov 28 (Wire Service) -",
    "Peace negotiations are notoriously difficult in regions with long histories of conflict.",
    "Bangladesh's garment exports grew 8 percent last year.",
    "Canada's wildfire season this year was the worst on record.",
    "Indonesia remains deeply divided over the role of the military in politics.",
    "Obesity rates among children in Mexico have doubled in two decades, the health ministry said.",
]
#: the share of each list that must pass (first run: EVENTS 38/50, EMPTY 25/25)
EVENTS_FLOOR = 0.70
EMPTY_FLOOR = 0.95
HAPPENED = ("asserted", "reported")


def _code(texts: list[str], resources: Resources) -> list[list[Event]]:
    docs = [Document(id=f"blind3-{i}", text=t, raw_text=t, published="2026-11-30") for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


def _event_misses(resources: Resources) -> list[str]:
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(
            EVENTS, _code([c[0] for c in EVENTS], resources), strict=True):
        if not _passes(events, etype, actor, recipient, modality):
            got = [(e.event, sorted(_codes(e.actor)), sorted(_codes(e.recipient)), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    return misses


def _empty_misses(resources: Resources) -> list[str]:
    wrong = []
    for text, events in zip(EMPTY, _code(EMPTY, resources), strict=True):
        happened = [(e.event, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    return wrong


def test_blind3_events(resources: Resources) -> None:
    misses = _event_misses(resources)
    rate = 1 - len(misses) / len(EVENTS)
    assert rate >= EVENTS_FLOOR, f"blind3 events pass rate {rate:.2f} < {EVENTS_FLOOR}:\n" + "\n".join(misses)


def test_blind3_empty(resources: Resources) -> None:
    wrong = _empty_misses(resources)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= EMPTY_FLOOR, f"blind3 empty pass rate {rate:.2f} < {EMPTY_FLOOR}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(EVENTS) == 50 and len(EMPTY) == 25
    assert len({c[0] for c in EVENTS} | set(EMPTY)) == 75
    assert all(c[1] in types for c in EVENTS)
    assert all(sum(c[1] == t for c in EVENTS) >= 2 for t in types)
