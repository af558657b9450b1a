"""A second blind batch of event coding: wire-style sentences written for this test on 2026-11-30,
with the PLOVER coding the codebook gives them, before the coder was run on any of them. Nothing
here comes from a gold set, the seed or the demo corpus; the expectations were not changed after
the first run, which is what the figure below records.

Two kinds of case:

- ``EVENTS``: the sentence reports an act; a case passes when one coded event has the expected type,
  the expected actor code among its actors and recipient code among its recipients (where given),
  and the expected modality (where given);
- ``EMPTY``: the sentence reports no codable act (background, statistics, opinion, sport, weather,
  business, a byline): a case passes when no event that happened (asserted or reported) comes out.

The first run passed EVENTS 36 of 40 and EMPTY 19 of 20. Its misses: a treaty signed coded SUPPORT
(the CAMEO->PLOVER table's reading of 057, against this test's AGREE), aid "announced" with no verb
of giving, a pardon coded SUPPORT (CAMEO 056) where this test says CONCEDE, a protest note coded
PROTEST where this test says ACCUSE, and teachers "fighting" rules coded ASSAULT. The floors sit just
below, so a change that loses generality fails here while the misses (listed on failure) stay
visible.
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
    ("Kazakhstan and Uzbekistan signed a border demarcation treaty in Tashkent on Tuesday.",
     "AGREE", "KAZ", None, None),
    ("The Mongolian president will travel to Seoul next week for talks on mining investment.",
     "CONSULT", "MNG", "KOR", "planned"),
    ("Finland's foreign minister hosted her Estonian counterpart in Helsinki.",
     "CONSULT", "FIN", "EST", None),
    ("Brazil praised Paraguay's handling of the dam dispute.", "SUPPORT", "BRA", "PRY", None),
    ("Norway and Iceland agreed to share fisheries data.", "AGREE", "NOR", None, None),
    ("Canada announced 40 million dollars in humanitarian aid for Haiti.", "AID", "CAN", "HTI", None),
    ("The Japanese government airlifted food and medicine to flood victims in Pakistan.",
     "AID", "JPN", None, "asserted"),
    ("The Sri Lankan government released 25 Indian fishermen on Sunday.", "RETREAT", "LKA", "IND", None),
    ("Azerbaijan handed back the bodies of three Armenian soldiers.", "RETREAT", "AZE", "ARM", None),
    ("Georgia lifted its ban on Russian wine imports.", "CONCEDE", "GEO", None, None),
    ("The Bolivian government pardoned 200 prisoners jailed during last year's unrest.",
     "CONCEDE", "BOL", None, None),
    ("Colombian troops withdrew from three towns in the Cauca region.", "RETREAT", "COL", None, None),
    ("Serbia called on Kosovo to withdraw its special police from the north.", "REQUEST", "SRB", "XKX", None),
    ("Egypt urged Ethiopia to delay filling the reservoir.", "REQUEST", "EGY", "ETH", None),
    ("Pakistan accused India of sponsoring attacks in Balochistan.", "ACCUSE", "PAK", "IND", None),
    ("Lithuania condemned the Belarusian border guards for pushing migrants across the frontier.",
     "ACCUSE", "LTU", "BLR", None),
    ("The Philippine coast guard protested the presence of Chinese vessels near the reef.",
     "ACCUSE", "PHL", "CHN", None),
    ("Venezuela rejected a Guyanese proposal to take the dispute to the World Court.",
     "REJECT", "VEN", "GUY", None),
    ("Hungary vetoed the EU statement on the crisis.", "REJECT", "HUN", "EUR", None),
    ("Turkey threatened to block Sweden's membership bid.", "THREATEN", "TUR", "SWE", None),
    ("North Korea warned it would take countermeasures if the drills went ahead.", "THREATEN", "PRK", None, None),
    ("Thousands of farmers marched through Warsaw against cheap grain imports.", "PROTEST", "POL", None, None),
    ("Dockworkers in Santos went on strike over pay on Monday.", "PROTEST", None, None, "asserted"),
    ("Ecuador expelled the Mexican ambassador after the embassy raid.", "SANCTION", "ECU", "MEX", None),
    ("Niger suspended military cooperation with France.", "SANCTION", "NER", "FRA", None),
    ("Russia moved additional tank units to the Belarusian border.", "MOBILIZE", "RUS", None, None),
    ("Israel called up 30,000 reservists on Sunday.", "MOBILIZE", "ISR", None, None),
    ("Kenyan police arrested 40 opposition supporters in Kisumu.", "COERCE", "KEN", None, None),
    ("The Cambodian government banned the main opposition party.", "COERCE", "KHM", None, None),
    ("Authorities in Dhaka imposed a night curfew after the riots.", "COERCE", "BGD", None, None),
    ("Myanmar's military detained the chief minister of Rakhine state.", "COERCE", "MMR", None, None),
    ("Iranian forces seized a tanker in the Strait of Hormuz.", "COERCE", "IRN", None, None),
    ("Sudanese paramilitary fighters shelled a market in El Fasher, killing 18 people.",
     "ASSAULT", "SDN", None, None),
    ("Houthi rebels fired two missiles at a cargo ship in the Red Sea.", "ASSAULT", "YEM", None, None),
    ("A suicide bomber killed 12 people at a checkpoint in Mogadishu.", "ASSAULT", None, None, "asserted"),
    ("Ukrainian drones struck an oil refinery in the Russian region of Ryazan.", "ASSAULT", "UKR", "RUS", None),
    ("Gunmen abducted 30 students from a school in Kaduna state.", "ASSAULT", None, None, None),
    ("The Chadian army said it had killed 50 Boko Haram fighters near Lake Chad.",
     "ASSAULT", "TCD", None, "reported"),
    ("Mali's junta denied that its troops had executed civilians in Moura.", "ASSAULT", None, None, "negated"),
    ("Peru may deploy troops to the border with Ecuador, the defence minister said.",
     "MOBILIZE", "PER", None, "hypothetical"),
]

#: sentences that report no codable act
EMPTY: list[str] = [
    "Inflation in Argentina fell to 4 percent in September, the statistics office said.",
    "The storm knocked out power to 200,000 homes across Florida.",
    "Real Madrid beat Barcelona 3-1 in the Spanish Super Cup final in Riyadh.",
    "Shares in Tokyo closed higher on Friday after a weak start.",
    "Analysts say the election could reshape the country's foreign policy.",
    "The museum will host an exhibition of Ottoman maps next spring.",
    "Reporting by Ana Costa in Lisbon; editing by Mark Heller.",
    "The company launched a new smartphone aimed at African markets.",
    "About 60 percent of the population lives in rural areas.",
    "The river has flooded three times in the past decade.",
    "Tickets for the festival sold out within minutes.",
    "The report was written by researchers at the University of Lagos.",
    "He studied law in Paris before returning to Dakar in 1998.",
    "The bridge, built in 1962, carries 40,000 vehicles a day.",
    "Visit our website to read more stories like this.",
    "The minister's spokesman declined to comment.",
    "The startup is deploying AI agents to handle customer complaints.",
    "Teachers across the state are fighting the new testing rules.",
    "The virus has spread to five provinces since January.",
    "The central bank raised interest rates by half a point.",
]
#: the share of each list that must pass (first run: EVENTS 36/40, EMPTY 19/20)
EVENTS_FLOOR = 0.85
EMPTY_FLOOR = 0.90
HAPPENED = ("asserted", "reported")


def _code(texts: list[str], resources: Resources) -> list[list[Event]]:
    docs = [Document(id=f"blind-{i}", text=t, raw_text=t, published="2026-11-30") for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


def test_blind_events(resources: Resources) -> None:
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(
            EVENTS, _code([c[0] for c in EVENTS], resources), strict=True):
        if not _passes(events, etype, actor, recipient, modality):
            got = [(e.event, sorted(_codes(e.actor)), sorted(_codes(e.recipient)), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    rate = 1 - len(misses) / len(EVENTS)
    assert rate >= EVENTS_FLOOR, f"blind events pass rate {rate:.2f} < {EVENTS_FLOOR}:\n" + "\n".join(misses)


def test_blind_empty(resources: Resources) -> None:
    wrong = []
    for text, events in zip(EMPTY, _code(EMPTY, resources), strict=True):
        happened = [(e.event, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= EMPTY_FLOOR, f"blind empty pass rate {rate:.2f} < {EMPTY_FLOOR}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(EVENTS) == 40 and len(EMPTY) == 20
    assert len({c[0] for c in EVENTS} | set(EMPTY)) == 60
    assert all(c[1] in types for c in EVENTS)
