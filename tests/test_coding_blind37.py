"""A thirty-seventh blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on South and Southeast Asia and the Pacific (India and Pakistan, Bangladesh, Sri Lanka, Nepal, Myanmar's
junta and the armed resistance to it, Thailand, Cambodia, Indonesia, the Philippines, Papua New Guinea,
Fiji, the Solomon Islands, with their partners from other continents and international bodies), on
elections, insurgencies, maritime incidents, disaster relief and diplomacy, the way the desks of AFP and
Reuters write it. About half of the stories are plain wire copy (offered, met, signed, lifted, held
joint naval exercises, airlifted, freed, urged, accused, rejected, warned, marched, expelled, deployed,
arrested, killed), the other half harder (reported speech, attribution after the clause, passives with
"by", nominal events, titles instead of names, capitals for states, nationality adjectives, pronouns
resolved from the sentence before, phrasal verbs and idioms, relative clauses). Each story comes with
the PLOVER type of one act its last sentence reports, that act's actor and recipient (code and sector)
and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type
definitions, CAMEO's actor and sector conventions, the project's codes for international bodies: UN
agencies UNO, other bodies IGO, NGOs NGO, the European Union EUR; an act announced for the future is an
expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; when two parties
act jointly both are actors and there is no recipient, so the first is given as actor and the recipient
is None; signing a formal agreement is SUPPORT, 057; extradition and intelligence sharing are
COOPERATE, 06; asylum granted is AID, 07; tariffs, trade preferences withdrawn and diplomats expelled
are SANCTION; a release of prisoners or a pullback of troops is RETREAT, 0841, 087; lifting a curfew,
easing restrictions, accepting demands and a ceasefire declared are CONCEDE, 08; summoning a foreign
envoy is ACCUSE, 114; a denial "X denied that it had ..." gives the modality "negated"). A sector is
given only where it is clear-cut; a bare state, a capital, "authorities" or protesters get the code
alone. Nothing comes from a gold set, the seed or the demo corpus; the batch was written without
reading the coder's code, lexicons, rules or output.

Two kinds of case:

- STORIES: a story passes when the coder gives, for the story, at least one event of the wanted type
  whose actor has the wanted code (and sector, where one is given), whose recipient has the wanted code
  (and sector) where a recipient is given, and whose modality is the wanted one where one is given.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing
  positions in the simple present, forecasts, hedged speculation, background history with years,
  habits, and political verbs in sports, business, science, technology and fiction senses (a side that
  "attacked", a currency that "retreated", a firm that "deployed" a system). A passage passes when the
  coder gives it no event with the modality "asserted" or "reported".

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed and news
data, the demo corpus and the tests (and within the batch); none was found.

FIRST RUN, on commit 63d296b (the third 2026-12-01 session's coder, after the rules blind batches 30 to
36 and article batches 1 and 3 prompted): the type found in 47 of 50 stories (0.940); the actor code
right on an event of the type in 45 (0.900); the recipient right in 28 of the 34 that give one
(0.824); **41 of 50 passing (0.820)**; 23 of the 25 empty passages with no event that happened
(0.920). The session's starting coder (5610c44), run on it afterwards for comparison only: 40 of 50
and 22 of 25. No expectation was changed after the first run. Its 9 misses: talks to be hosted
(a meeting told in the future, kept as planned), a visit "to confer with his Cambodian opposite
number", relatives of the dead apologised to (their state left open), a truce declared (RETREAT by
the CAMEO->PLOVER table, CONCEDE in this batch), a ruling condemned and a request turned down whose
author is in the sentence before (a rule that answered both was measured against the demo corpus's
incidents, cost its check part, and was dropped), relatives on hunger strike left without their
state, duty-free access withdrawn read as a duty lifted, martial law imposed in a sentence the
parser misread. Two empty passages gave events: cricket openers who "attacked" and a fintech
start-up that "deployed" software. The misses were read and rules followed, so the batch is no
longer blind.
FLOORS were set after the first run (and, for a batch read, the rules it prompted), a little under its
figures then.
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
    # --- AGREE (plain offer; intent in reported speech with a capital; promise with capitals)
    ("India offered Sri Lanka a $450 million line of credit on Wednesday to pay for fuel, fertiliser "
     "and medicine imports as the island rebuilds its reserves.",
     "AGREE", ("IND", None), ("LKA", None), None),
    ("Myanmar's neighbours have struggled for years to broker an end to its civil war. Jakarta will host "
     "a round of talks between the junta and ethnic armed groups early next year, Indonesia's foreign "
     "minister announced during a visit to Bali on Friday.",
     "AGREE", ("IDN", None), ("MMR", None), None),
    ("Tokyo promised Port Moresby on Monday that it would fund a new wharf and a coastal radar network, "
     "the Japanese mission there announced.",
     "AGREE", ("JPN", None), ("PNG", None), None),
    # --- CONSULT (plain visit and talks; title and nationality adjective; joint talks)
    ("Bangladesh's foreign minister met Indian Prime Minister Narendra Modi in New Delhi on Monday to "
     "discuss sharing the waters of the Teesta river.",
     "CONSULT", ("BGD", "GOV"), ("IND", "GOV"), None),
    ("Border skirmishes flared again last month near an ancient Khmer temple. The Thai foreign minister "
     "flew to Phnom Penh on Tuesday to confer with his Cambodian opposite number in a bid to calm tensions.",
     "CONSULT", ("THA", "GOV"), ("KHM", "GOV"), None),
    ("Nepal and China held two days of talks in Kathmandu that ended on Thursday, focusing on a "
     "proposed cross-border railway through the Himalayas.",
     "CONSULT", ("NPL", None), None, None),
    # --- SUPPORT (joint signing; praise by a UN chief; apology by a title)
    ("Australia and Fiji signed a policing and security pact in Suva on Saturday, deepening Canberra's "
     "ties with Pacific island states courted by Beijing.",
     "SUPPORT", ("AUS", None), None, None),
    ("The U.N. secretary-general on Sunday praised Bangladesh for continuing to shelter more than a "
     "million Rohingya who fled Myanmar, calling its generosity an example to wealthier nations.",
     "SUPPORT", ("UNO", None), ("BGD", None), None),
    ("A crush at a football stadium in East Java killed more than a hundred fans last month. Indonesia's "
     "president apologised on Thursday to relatives of the dead during a visit to the city of Malang.",
     "SUPPORT", ("IDN", "GOV"), ("IDN", None), None),
    # --- CONCEDE (curfew lifted; restrictions eased by an interim government; ceasefire declared with
    # attribution after the clause; demands accepted)
    ("Sri Lanka lifted a nationwide curfew on Monday after three days of calm following riots over "
     "soaring food prices.",
     "CONCEDE", ("LKA", None), None, None),
    ("Bangladesh's interim government eased curbs on mobile internet in the Chittagong Hill Tracts on "
     "Friday, a week after clashes between settlers and indigenous villagers.",
     "CONCEDE", ("BGD", "GOV"), None, None),
    ("Rescue teams have struggled to reach towns flattened by the earthquake near Mandalay. Myanmar's "
     "military government declared a three-week truce with resistance forces in the quake zone, state "
     "television reported on Wednesday.",
     "CONCEDE", ("MMR", None), None, None),
    ("Schools across Nepal had been shut for nine days by a walkout over pay. The government in "
     "Kathmandu gave in to the teachers' demands for a salary increase late on Sunday, ending the strike.",
     "CONCEDE", ("NPL", "GOV"), ("NPL", "EDU"), None),
    # --- COOPERATE (joint naval exercises; extradition with a capital; intelligence sharing in a
    # passive with "by")
    ("India and the Philippines held their first joint naval exercises off Palawan on "
     "Sunday, drawing a sharp rebuke from China.",
     "COOPERATE", ("IND", None), None, None),
    ("Thai authorities extradited a Cambodian businessman wanted over a multimillion-dollar online "
     "scam to Phnom Penh on Tuesday, police in Bangkok said.",
     "COOPERATE", ("THA", None), ("KHM", None), None),
    ("Two suspected bomb makers were detained in Sulawesi last week. Intelligence that led to the "
     "arrests had been passed to Indonesian police by their Malaysian counterparts, officials said.",
     "COOPERATE", ("MYS", "COP"), ("IDN", "COP"), None),
    # --- AID (plain airlift; passive with "by" and a navy; asylum for a journalist)
    ("Australia airlifted tents, water containers and a team of medics to Papua New Guinea on Tuesday "
     "after a hillside collapsed onto a village in the highland province of Enga.",
     "AID", ("AUS", None), ("PNG", None), None),
    ("Emergency rations and tarpaulins were handed out in cyclone-hit coastal districts of Bangladesh "
     "on Friday by the Indian navy, officials in Dhaka said.",
     "AID", ("IND", "MIL"), ("BGD", None), None),
    ("Canada has granted asylum to a Sri Lankan Tamil reporter who fled Colombo after receiving death "
     "threats over his coverage of land seizures in the north.",
     "AID", ("CAN", None), ("LKA", "JRN"), None),
    # --- RETREAT (amnesty release; pullback with a capital; fishermen freed, pronoun)
    ("Myanmar's junta freed more than 3,000 prisoners on Thursday in an amnesty marking a Buddhist "
     "holiday, though few political detainees were among them.",
     "RETREAT", ("MMR", None), None, None),
    ("New Delhi pulled troops back from two flashpoints on its contested mountain border with China "
     "on Saturday, completing a disengagement agreed last month.",
     "RETREAT", ("IND", None), ("CHN", None), None),
    ("Dozens of Indian fishermen have been held in Karachi for straying across the maritime boundary. "
     "Pakistan released 22 of them on Friday and handed them over at the Wagah border crossing.",
     "RETREAT", ("PAK", None), ("IND", None), None),
    # --- REQUEST (plain urging by a UN official; call on by a title; pronoun antecedent)
    ("The U.N. human rights chief urged Bangladesh on Tuesday to hold to account members of the security "
     "forces responsible for killing protesters last year.",
     "REQUEST", ("UNO", None), ("BGD", None), None),
    ("Fiji's prime minister called on Australia and New Zealand to cut their carbon emissions faster, "
     "telling a regional forum that low-lying atolls could not wait another decade.",
     "REQUEST", ("FJI", "GOV"), ("AUS", None), None),
    ("The Philippine president addressed a regional summit in Kuala Lumpur on Wednesday. He appealed to "
     "Beijing to stop harassing Filipino fishermen around the Scarborough Shoal.",
     "REQUEST", ("PHL", "GOV"), ("CHN", None), None),
    # --- ACCUSE (envoy summoned with a capital; accusation by a ministry; condemnation in a passive)
    ("New Delhi summoned Bangladesh's acting high commissioner on Monday over a series of attacks on "
     "Hindu temples in the country's north.",
     "ACCUSE", ("IND", None), ("BGD", None), None),
    ("Pakistan's foreign ministry accused India on Thursday of backing separatist fighters in "
     "Balochistan, a charge New Delhi has long denied.",
     "ACCUSE", ("PAK", "GOV"), ("IND", None), None),
    ("A Bangkok court sentenced a student activist to eight years for insulting the monarchy. The "
     "ruling was condemned on Wednesday by Amnesty International as an assault on free speech.",
     "ACCUSE", ("NGO", None), ("THA", None), None),
    # --- REJECT (plain rejection of a regional plan; rejection of a protest; phrasal verb)
    ("Myanmar's junta rejected on Monday a new ASEAN plan that would have sent monitors into areas "
     "controlled by the military.",
     "REJECT", ("MMR", None), ("IGO", None), None),
    ("China rejected a Philippine diplomatic protest over the collision near Second Thomas Shoal, "
     "saying the Filipino supply boat had entered Chinese waters.",
     "REJECT", ("CHN", None), ("PHL", None), None),
    ("India had sought permission for a research vessel to survey waters off the island's east coast. "
     "Colombo turned the request down on Tuesday, citing a moratorium on foreign research ships.",
     "REJECT", ("LKA", None), ("IND", None), None),
    # --- THREATEN (conditional warning with a capital; rebel ultimatum with a relative clause; army chief)
    ("Pakistan warned the Taliban government on Sunday that its jets stood ready to hit militant "
     "hideouts inside Afghanistan unless Kabul stopped cross-border raids.",
     "THREATEN", ("PAK", None), ("AFG", None), None),
    ("The Arakan Army, which controls most of western Myanmar's Rakhine state, gave the junta until "
     "Friday to pull its troops out of Sittwe or face an all-out offensive on the port city.",
     "THREATEN", ("MMR", "REB"), ("MMR", None), None),
    ("Thailand's army chief warned Cambodia that his forces would respond with full force if any more "
     "mines were laid along their shared border.",
     "THREATEN", ("THA", "MIL"), ("KHM", None), None),
    # --- PROTEST (plain march by workers; road blockade by students; hunger strike by relatives)
    ("Thousands of garment workers marched through Dhaka on Sunday demanding higher minimum wages and "
     "the reopening of factories shut during unrest.",
     "PROTEST", ("BGD", "LAB"), None, None),
    ("Hundreds of university students blocked the main ring road in Kathmandu on Wednesday to protest a "
     "sharp rise in tuition fees.",
     "PROTEST", ("NPL", "EDU"), None, None),
    ("Thousands of Tamils vanished in the last months of the island's long war. In Jaffna, their "
     "relatives stopped eating on Monday in a hunger strike to force officials to reveal their fate.",
     "PROTEST", ("LKA", None), None, None),
    # --- SANCTION (diplomat expelled; sanctions on military-owned firms with a capital; trade
    # preferences withdrawn by the EU)
    ("Pakistan expelled an Indian diplomat on Saturday, declaring him persona non grata for activities "
     "incompatible with his status.",
     "SANCTION", ("PAK", None), ("IND", None), None),
    ("Washington slapped sanctions on two Myanmar military-owned companies on Tuesday for supplying jet "
     "fuel used in air strikes on civilians.",
     "SANCTION", ("USA", None), ("MMR", None), None),
    ("The European Union withdrew duty-free access for about a fifth of Cambodia's exports to the bloc, "
     "citing the crushing of the political opposition.",
     "SANCTION", ("EUR", None), ("KHM", None), None),
    # --- MOBILIZE (ships deployed; alert raised; passive with "by" and a government)
    ("The Philippines deployed two coast guard cutters to the Scarborough Shoal on Saturday after "
     "Chinese vessels were seen anchored inside the lagoon.",
     "MOBILIZE", ("PHL", None), None, None),
    ("Following a suicide attack on a military convoy in Kashmir, India ordered its units on the "
     "Kashmir frontier onto high alert on Thursday.",
     "MOBILIZE", ("IND", None), None, None),
    ("Tribal fighting has killed dozens in the highlands this month. Some 300 soldiers and police were "
     "sent into Enga province on Monday by Papua New Guinea's government to restore order.",
     "MOBILIZE", ("PNG", "GOV"), None, None),
    # --- COERCE (arrests by police of the opposition; deportation; martial law by a relative clause)
    ("Police in Dhaka arrested at least 40 opposition activists on Saturday ahead of a planned rally "
     "calling for early elections.",
     "COERCE", ("BGD", "COP"), ("BGD", "OPP"), None),
    ("Indonesia deported an Australian surfer on Wednesday for breaching visa rules on Bali, "
     "immigration officials said.",
     "COERCE", ("IDN", None), ("AUS", None), None),
    ("Resistance fighters have overrun several army posts in the Sagaing region since June. The junta, "
     "which seized power in a 2021 coup, imposed martial law in eleven more townships there on Friday.",
     "COERCE", ("MMR", None), None, None),
    # --- ASSAULT (plain militant attack; air strike on a village; clash with nationality adjectives;
    # denial with "negated")
    ("Militants ambushed an army convoy in southwestern Balochistan on Tuesday, killing nine Pakistani "
     "soldiers, the military said.",
     "ASSAULT", ("PAK", "REB"), ("PAK", "MIL"), None),
    ("Myanmar air force jets struck a village in Sagaing on Sunday and killed at least 17 "
     "people sheltering in a monastery, residents said.",
     "ASSAULT", ("MMR", "MIL"), ("MMR", None), None),
    ("Thai and Cambodian troops exchanged gunfire for nearly an hour before dawn on Thursday near the "
     "contested temple, leaving two soldiers wounded.",
     "ASSAULT", ("THA", "MIL"), None, None),
    ("Indian officials said three villagers had been killed by mortar fire along the frontier in "
     "Kashmir. Pakistan denied on Sunday that its army had shelled any villages across the Line of "
     "Control.",
     "ASSAULT", ("PAK", "MIL"), None, "negated"),
]

#: passages that report no act that happened
EMPTY: list[str] = [
    "India's monsoon rains ended the season 8 percent above the long-term average, the weather "
    "office said in its annual summary.",
    "A poll published on Sunday showed that 41 percent of Indonesians trust political parties, down "
    "from 47 percent two years earlier.",
    "Bangladesh's garment exports grew 6.2 percent in the fiscal year to June, with knitwear making up "
    "more than half of shipments.",
    "Sri Lanka maintains that its northern waters are closed to bottom trawlers from any country.",
    "Forecasters expect the storm to strengthen into a severe cyclone before it reaches the coast of "
    "Odisha late on Thursday.",
    "Analysts say the junta could try to stage a second phase of voting next year, though no date has "
    "been set and much of the country remains outside its control.",
    "India and Pakistan fought wars in 1947, 1965 and 1971, and a shorter conflict in the Kargil heights "
    "in 1999.",
    "East Timor voted for independence from Indonesia in 1999 after 24 years of occupation.",
    "Fishermen from Tamil Nadu often cross into Sri Lankan waters in search of prawns during the "
    "winter months.",
    "Pakistan's openers attacked from the first over, and the hosts had reached 180 for two at tea on "
    "the opening day in Lahore.",
    "The Thai baht retreated from a four-month high on Wednesday as exporters sold dollars more slowly "
    "than traders had expected.",
    "A Jakarta fintech start-up deployed a new fraud-detection engine across its payments app last "
    "week, its chief technology officer said.",
    "Marine biologists said reefs off Fiji's Coral Coast had recovered faster than they expected after "
    "last year's bleaching.",
    "In the opening chapter of the novel, a masked gang kidnaps a Bangkok shipping heiress and holds her "
    "on an island in the Andaman Sea.",
    "Fiji's sevens side crushed Samoa 38-7 in the Cup quarter-final in Hong Kong, with two tries from "
    "its captain.",
    "The Philippines' national football team overpowered Timor-Leste 4-0 in a qualifying match "
    "played in front of a sell-out crowd in Manila.",
    "The Indian rupee slid to an all-time low versus the dollar on Tuesday before clawing back some of "
    "its losses in late trade.",
    "At least 3.5 million people have been displaced inside Myanmar since the 2021 coup, according to "
    "U.N. figures released this month.",
    "Cambodia does not recognise the jurisdiction of the international court over the remaining "
    "stretches of its border with Thailand.",
    "Economists expect Pakistan's central bank to cut its policy rate by half a point when it meets "
    "next month.",
    "A survey of 2,000 voters in Sri Lanka put the ruling alliance nine points ahead of its nearest "
    "rival; the poll's error margin was three points.",
    "Every spring, tens of thousands of pilgrims from Nepal and India trek to the temple at Muktinath "
    "high in the Mustang district.",
    "Diplomats in Port Moresby believe the prime minister may face a no-confidence motion before "
    "parliament rises for the Christmas break.",
    "The Solomon Islands switched diplomatic recognition from Taiwan to China in 2019, a move that "
    "sparked riots in Honiara two years later.",
    "Indonesia's volcanology agency recorded 140 volcanic earthquakes at Mount Merapi over the past "
    "week, a level it describes as typical for the volcano.",
]

FLOORS = {"type": 0.93, "actor_code": 0.89, "actor_sector": 0.97, "recipient": 0.85, "pass": 0.83,
          "empty": 0.97}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED)
            for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind37")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind37-empty")


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


def test_blind37_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind37 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind37_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind37 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
                                      + "\n".join(wrong))


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
