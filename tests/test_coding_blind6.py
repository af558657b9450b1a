"""A sixth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them. Each
story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the
project's codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO, the
European Union EUR). Nothing comes from a gold set, the seed or the demo corpus; the verbs and
phrasings avoid those of the earlier blind batches, and the expectations were not changed after the
first run, which is what the figures below record.

Two kinds of case:

- ``STORIES``: 40, two or three for each of the 16 types, from every continent and from
  international bodies (the WHO, the UN, the EU, Amnesty International); a planned meeting among
  them. Where a sector is open to argument (a bare state name, a king, "authorities", an opposition
  party, farmers, an activist, missiles) only the code is checked; a recipient of None is not
  checked. A story passes when one coded event of the expected type has, among its actors, a party
  with the expected code (and sector, where given), among its recipients a party with the expected
  code (and sector, where given), and the expected modality (where given). Reported apart: the type
  found at all; an event of the type with the actor code right; with the actor code and sector
  right (over the 20 stories that give an actor sector); with the recipient right (over the 30
  stories that give a recipient); the full pass;
- ``EMPTY``: 20 passages with no codable act that happened (statistics, trends, markets, weather,
  sport, culture, history, a standing policy, a prediction, a survey, and political verbs in an
  everyday sense: a striker who "fired" a shot, a title "defended", a queen "captured" at chess,
  mountain paths "negotiated"): one passes when no event that happened (asserted or reported) comes
  out of it.

The first run (2026-11-30, on the working tree at commit f2c35c2, with no uncommitted edit under
src/: ``git status --short src`` empty) gave: the type found in 40 of 40 stories (1.000); the actor
code right on an event of the type in 39 of 40 (0.975); actor code and sector right in 19 of the 20
that give a sector (0.950); the recipient right in 25 of the 30 that give one (0.833); 34 of 40
passing (0.850); 19 of the 20 empty passages with no event that happened (0.950). Before that run
every text was checked for six-word runs shared with any file under ../shared/gold (the project's
overlap check, run on this file's texts, since the hook diffs tracked files only): none was found
and none was reworded. Its misses, none of them an expectation changed afterwards, by cause, the
most frequent first:

- two parties joined as the subject of a joint act ("X and Y met / signed / patrolled") both
  became actors and neither a recipient (3): "The presidents of Colombia and Venezuela will meet
  next week in the border city of Cucuta" (CONSULT, planned, right, no recipient); "Egypt and Saudi
  Arabia signed an agreement in Riyadh" (SUPPORT 057, no recipient); "Singapore's navy and the
  Philippine navy held joint patrols in the Sulu Sea" (COOPERATE, both MIL, no recipient);
- a recipient not reached through the phrase that names it (2): Germany "pledged 15 million euros
  ... to help Mozambique rebuild roads" (AGREE, Germany right) gave no recipient, the state inside
  the purpose clause not taken; North Korea "rejected an offer of talks from South Korea" (REJECT)
  had North Korea as its own recipient, the offer's maker in the "from" phrase missed;
- an actor lost (1): "Indonesia's foreign minister arrived in Canberra on Sunday for two days of
  talks with Australian officials" gave CONSULT with the Australian officials (GOV) as recipient
  and no actor at all.

The type was right in every story, and the planned meeting was coded planned. The one empty passage
that gave an event read an everyday sense as a political act: "Her grandmother taught her to
negotiate the steep mountain paths of Nepal" (CONSULT). The floors sit just below the first run's
figures (about one case of slack each), so that a change that loses generality fails here while
the misses (listed on failure) stay visible.
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
    # --- AGREE (03: intent to cooperate, to give aid, to negotiate)
    ("Flooding along the Zambezi has cut off dozens of villages. Germany pledged 15 million euros on "
     "Wednesday to help Mozambique rebuild roads and clinics in the flooded districts.",
     "AGREE", ("DEU", None), ("MOZ", None), None),
    ("Ecuador and Peru have argued for years over fishing rights in their shared waters. Ecuador's "
     "foreign minister said on Monday that his government is ready to negotiate a new fisheries accord "
     "with Peru.",
     "AGREE", ("ECU", "GOV"), ("PER", None), None),
    ("The Vietnamese prime minister promised on Thursday to cooperate with Laos on building a railway "
     "linking the two countries.",
     "AGREE", ("VNM", "GOV"), ("LAO", None), None),
    # --- CONSULT (04: a call, a visit, a planned meeting)
    ("Canada's prime minister telephoned the Mexican president on Tuesday to discuss tariffs on steel.",
     "CONSULT", ("CAN", "GOV"), ("MEX", "GOV"), None),
    ("Indonesia's foreign minister arrived in Canberra on Sunday for two days of talks with Australian "
     "officials on maritime security.",
     "CONSULT", ("IDN", "GOV"), ("AUS", None), None),
    ("Migration across their shared border has strained ties. The presidents of Colombia and Venezuela "
     "will meet next week in the border city of Cucuta to discuss the crossings.",
     "CONSULT", ("COL", "GOV"), ("VEN", "GOV"), "planned"),
    # --- SUPPORT (05: praise, a signed agreement, an apology)
    ("South Africa's president praised Botswana's new leader on Saturday for the peaceful handover of "
     "power.",
     "SUPPORT", ("ZAF", "GOV"), ("BWA", None), None),
    ("Egypt and Saudi Arabia signed an agreement in Riyadh on Monday to link their electricity grids.",
     "SUPPORT", ("EGY", None), ("SAU", None), None),
    ("The Dutch king apologised on Thursday to the people of Indonesia for violence committed by Dutch "
     "troops during its war of independence.",
     "SUPPORT", ("NLD", None), ("IDN", None), None),
    # --- CONCEDE (08: a demand met, a ban on rallies eased)
    ("Weeks of blockades by truck drivers had paralysed Bolivia's highways. On Tuesday the Bolivian "
     "government cut diesel prices by 10 percent, meeting the drivers' main demand.",
     "CONCEDE", ("BOL", "GOV"), None, None),
    ("Tanzania's president lifted a ban on opposition rallies on Wednesday, six years after it was "
     "imposed.",
     "CONCEDE", ("TZA", "GOV"), None, None),
    # --- COOPERATE (06: judicial, military)
    ("Colombia extradited a former guerrilla commander to the United States on Friday to face drug "
     "trafficking charges.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("Singapore's navy and the Philippine navy held joint patrols in the Sulu Sea last week to deter "
     "pirates.",
     "COOPERATE", ("SGP", "MIL"), ("PHL", "MIL"), None),
    # --- AID (07: humanitarian aid, asylum)
    ("The World Health Organization delivered 200,000 doses of cholera vaccine to Malawi on Monday.",
     "AID", ("UNO", None), ("MWI", None), None),
    ("Britain granted asylum to a Russian opposition journalist who fled Moscow last year.",
     "AID", ("GBR", None), ("RUS", None), None),
    # --- RETREAT (084, 087: a release, a pull-back)
    ("Iran freed two French citizens on Wednesday who had been held in Evin prison for three years.",
     "RETREAT", ("IRN", None), ("FRA", None), None),
    ("Armenian troops pulled back from three border villages on Saturday under a deal with Azerbaijan.",
     "RETREAT", ("ARM", "MIL"), None, None),
    # --- REQUEST (10: aid, a release, talks)
    ("Haiti's prime minister asked the United Nations on Tuesday to send more police officers to help "
     "fight the gangs.",
     "REQUEST", ("HTI", "GOV"), ("UNO", None), None),
    ("Zimbabwe's main opposition party demanded on Sunday the release of 30 activists detained at a "
     "rally in Harare.",
     "REQUEST", ("ZWE", None), None, None),
    ("The European Union urged Serbia and Kosovo on Monday to resume talks on normalising their "
     "relations.",
     "REQUEST", ("EUR", None), ("SRB", None), None),
    # --- ACCUSE (09, 11: an accusation, an investigation, criticism)
    ("Poland's foreign ministry accused Belarus on Thursday of pushing migrants across the border.",
     "ACCUSE", ("POL", "GOV"), ("BLR", None), None),
    ("Prosecutors in Peru opened an investigation into the former president over bribes from a "
     "construction firm.",
     "ACCUSE", ("PER", "JUD"), ("PER", None), None),
    ("Amnesty International criticised Saudi Arabia on Tuesday over a sharp rise in executions.",
     "ACCUSE", ("NGO", None), ("SAU", None), None),
    # --- REJECT (12: talks, access)
    ("North Korea rejected an offer of talks from South Korea on Friday, calling it a deception.",
     "REJECT", ("PRK", None), ("KOR", None), None),
    ("Israel's government refused on Monday to allow UN human rights investigators into Gaza.",
     "REJECT", ("ISR", "GOV"), ("UNO", None), None),
    # --- THREATEN (13: tariffs, force)
    ("China warned on Tuesday that it would impose tariffs on Australian wine if Canberra pressed ahead "
     "with the inquiry.",
     "THREATEN", ("CHN", None), ("AUS", None), None),
    ("Venezuela's defence minister threatened military action against Guyana on Thursday over the "
     "disputed Essequibo region.",
     "THREATEN", ("VEN", "GOV"), ("GUY", None), None),
    # --- PROTEST (14: a march, a hunger strike, a strike)
    ("Thousands of farmers marched through Paris on Sunday against cuts to diesel subsidies.",
     "PROTEST", ("FRA", None), None, None),
    ("A jailed Bahraini human rights activist began a hunger strike on Monday to protest being denied "
     "medical care.",
     "PROTEST", ("BHR", None), None, None),
    ("Doctors in Nigeria's public hospitals went on strike on Monday to demand unpaid salaries from the "
     "government.",
     "PROTEST", ("NGA", "MED"), ("NGA", "GOV"), None),
    # --- SANCTION (16: an envoy recalled, aid cut off)
    ("Algeria recalled its ambassador from Madrid on Saturday over Spain's shift on Western Sahara.",
     "SANCTION", ("DZA", None), ("ESP", None), None),
    ("The United States cut off military aid to Niger on Thursday after the army seized power.",
     "SANCTION", ("USA", None), ("NER", None), None),
    # --- MOBILIZE (15: alert, deployment)
    ("Serbia put its army on high alert on Monday and moved troops toward the boundary with Kosovo.",
     "MOBILIZE", ("SRB", None), None, None),
    ("The Honduran government deployed 3,000 soldiers to the city of San Pedro Sula on Wednesday to "
     "fight drug gangs.",
     "MOBILIZE", ("HND", "GOV"), None, None),
    # --- COERCE (17: arrest, deportation, curfew)
    ("Turkish police detained the mayor of a southeastern city on Tuesday on terrorism charges.",
     "COERCE", ("TUR", "COP"), ("TUR", None), None),
    ("Pakistan deported 500 Afghan refugees across the Torkham crossing on Friday.",
     "COERCE", ("PAK", None), ("AFG", None), None),
    ("Indian authorities imposed a curfew in Manipur state on Sunday after clashes between ethnic groups.",
     "COERCE", ("IND", None), None, None),
    # --- ASSAULT (18-20: shelling, missiles)
    ("M23 rebels shelled the outskirts of Goma on Thursday, killing six civilians.",
     "ASSAULT", ("COD", "REB"), ("COD", "CVL"), None),
    ("Russian missiles struck an energy plant in Ukraine's Kharkiv region overnight, cutting power to "
     "thousands of homes.",
     "ASSAULT", ("RUS", None), ("UKR", None), None),
    ("Houthi rebels fired a missile at a cargo ship in the Red Sea on Monday, setting it on fire.",
     "ASSAULT", ("YEM", "REB"), None, None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Unemployment in Spain fell to 11.2 percent in the third quarter, the lowest level since 2008.",
    "Gold prices climbed to a record high on Monday as the dollar weakened.",
    "Temperatures in Pakistan's Sindh province reached 51 degrees Celsius on Thursday.",
    "New Zealand beat South Africa 24-18 in a tense rugby final in Auckland.",
    "The Louvre drew nearly nine million visitors last year, more than any other museum.",
    "Exports from Vietnam grew by 14 percent in the first half of the year.",
    "Critics say the novel captures the loneliness of life in modern Seoul.",
    "Most analysts expect the Bank of Canada to keep interest rates unchanged next month.",
    "The Ottoman Empire ruled much of the Balkans for nearly five centuries.",
    "Switzerland has long maintained a policy of neutrality in international conflicts.",
    "The striker fired a shot into the top corner to give Uruguay a late lead.",
    "Her grandmother taught her to negotiate the steep mountain paths of Nepal as a child.",
    "The new bridge will link the two halves of the Hungarian capital by 2030.",
    "Coral reefs off the coast of Belize have lost about a third of their cover since 1990.",
    "Cotton remains Burkina Faso's second-largest export after gold.",
    "The tennis star defended her title at the Australian Open on Saturday.",
    "Wildfires have become more frequent in Greece over the past decade, scientists say.",
    "The orchestra's tour of Japan opened with a performance of Beethoven's ninth symphony.",
    "A new survey shows that most Kenyans use mobile phones to send and receive money.",
    "The chess champion from Norway captured his opponent's queen on the 30th move.",
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.97, "actor_code": 0.97, "actor_sector": 0.97, "recipient": 0.87, "pass": 0.89,
          "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind6")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind6-empty")


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


def test_blind6_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind6 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind6_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind6 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
