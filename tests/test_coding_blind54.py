"""A fifty-fourth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them, on one week in
Southeast Asia, South Asia and South America as the desks of Reuters, AFP and Bernama write it: the
Thailand-Cambodia border, Indonesia's Papua and its separatists, Bangladesh's interim government and the
Rohingya camps, Sri Lanka's fishermen and India, the states of emergency and the gangs of Peru and Ecuador,
Bolivia's road blockades, and the diplomacy of Chile and Argentina, with a few stories from elsewhere. About
half of the stories are plain wire copy; the other half are harder: acts told by a spokesperson with the
attribution after the clause, nominal events ("the detention of ...", "the suspension of ..."), passives
with "by", subjects that are a pronoun or a title resolved from the sentence before, capitals standing for
states, nationality adjectives, phrasal verbs, and acts told through a ministry or a state news agency.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international
bodies: the UN and its agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR).
An act announced for the future, an offer or a promise is an expression of intent, AGREE, 03, unless it is
hostile and conditional, THREATEN, 13; meetings, visits and calls are CONSULT, 04; praise, endorsement and
signing a formal agreement are SUPPORT, 05 and 057; lifting a curfew or a state of emergency and accepting
demands are CONCEDE, 08; joint exercises, shared intelligence and extradition are COOPERATE, 06; aid and
asylum granted are AID, 07; a release of prisoners, a pullback of troops and a declared truce are RETREAT,
0841, 087; appeals and calls on are REQUEST, 02; criticism, accusations and summoning an ambassador are
ACCUSE, 111-115; refusals are REJECT, 12; threats and ultimatums are THREATEN, 13; marches, hunger strikes
and road blockades by civilians are PROTEST, 14; a recalled ambassador, tariffs and import bans are
SANCTION, 16; deployments and shows of force are MOBILIZE, 15; arrests, detentions, deportations and
curfews are COERCE, 17; attacks, ambushes, killings and armed clashes are ASSAULT, 18-20. When two parties
act jointly ("X and Y signed", "X and Y exchanged fire") the coder codes both sides as actors with no
recipient, as PLOVER-GSR does, so the first side is given as the actor and the recipient is None. A sector
is given only where it is clear-cut (a minister GOV, soldiers MIL, police COP); a bare state, a capital,
"authorities", protesters and gunmen are given by code only. A denial "X denied that it had ..." gives
the modality "negated".

Two kinds of case:

- STORIES: a story passes when some event the coder finds in it has the expected type, an actor with the
  expected code (and sector, where one is given), a recipient with the expected code and sector where one
  is given, and the expected modality where one is given. Five figures are reported: the share of stories
  with an event of the expected type, with the expected actor code, with the expected actor sector (of
  those that give one), with the expected recipient (of those that give one), and the share that pass.
- EMPTY: passages that report no codable act that happened: statistics, polls, vote tallies, standing
  positions in the simple present, forecasts, hedged speculation, background history with years, habits,
  and political verbs used in the senses of sport, business, science and technology (a side that
  "attacked", carmakers' shares that "retreated", a bank that "deployed" software). A passage passes when
  the coder finds no event in it with the modality "asserted" or "reported".

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared with the
gold sets, the seed, the news, the demo corpus and the tests; none was found. The batch was written without
reading the coder's lexicons, rules or output.

FIRST RUN, held back and never read (written by a helper at the start of the tenth 2026-12-01 session): run
once at its start, on its starting code (d20d017, whose code is 0d30f2e), and once at its end, on its final
code (d64cb5d): the type found in 45 of 50 stories (0.900); the actor code right on an event of the type in 44
(0.880); code and sector in 23 of the 29 that give a sector (0.793); the recipient right in 26 of the 35 that
give one (0.743); **38 of 50 passing (0.760)**; 24 of 25 empty passages left empty, on both.
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
    # --- AGREE (a promise of loans, a future election told with the attribution after the clause, a
    # promise of backing by a minister named by a pronoun)
    ("Japan promised Sri Lanka $150 million in low-interest loans on Thursday to rebuild the railway that "
     "links Colombo with the northern port of Kankesanturai.",
     "AGREE", ("JPN", None), ("LKA", None), None),
    ("Bangladesh will hold a general election in the second week of February, the chief adviser of the "
     "interim government told the nation in a broadcast speech on Sunday evening.",
     "AGREE", ("BGD", "GOV"), None, None),
    ("Chile's top diplomat arrived in the Argentine capital on Monday for a round of meetings on fisheries "
     "and a glacier straddling the Patagonian border. She told reporters there that Santiago would "
     "support Argentina's candidacy as host of next year's South American summit.",
     "AGREE", ("CHL", "GOV"), ("ARG", None), None),
    # --- CONSULT (a meeting of ministers, a telephone call told through the presidency, a visit with the
    # talks told by a pronoun, a visit received in a capital)
    ("Thailand's defence minister met his Cambodian counterpart in Kuala Lumpur on Tuesday to discuss "
     "reopening seven border checkpoints that have stayed shut since July.",
     "CONSULT", ("THA", "GOV"), ("KHM", "GOV"), None),
    ("Argentina's president held a phone conversation with his Chilean counterpart on Friday about "
     "squid quotas south of Tierra del Fuego, the Casa Rosada said.",
     "CONSULT", ("ARG", "GOV"), ("CHL", "GOV"), None),
    ("Sri Lanka's fisheries minister travelled to New Delhi on Thursday. He held talks there with the "
     "Indian foreign minister on the seizure of trawlers in the Palk Strait, officials in both "
     "capitals said.",
     "CONSULT", ("LKA", "GOV"), ("IND", "GOV"), None),
    ("Indonesia's foreign minister received her South African counterpart in Jakarta on Wednesday for "
     "talks on nickel processing and on a planned visit by South Africa's president next year.",
     "CONSULT", ("IDN", "GOV"), ("ZAF", "GOV"), None),
    # --- SUPPORT (a joint signing, praise by a UN agency, an endorsement told in the passive with "by")
    ("Peru and Ecuador signed a memorandum on Saturday setting common rules for barges on the rivers of "
     "their Amazon frontier.",
     "SUPPORT", ("PER", None), None, None),
    ("UNHCR, the U.N. agency for refugees, commended Bangladesh on Monday for keeping its frontier open to "
     "Rohingya families escaping the fighting in Myanmar's Rakhine state.",
     "SUPPORT", ("UNO", None), ("BGD", None), None),
    ("Ecuador's crackdown on the gangs that run its jails was endorsed on Tuesday by the president of "
     "Colombia, who called it a lesson for its neighbours.",
     "SUPPORT", ("COL", "GOV"), ("ECU", None), None),
    # --- CONCEDE (a state of emergency lifted, told through a state news agency; demands accepted; a
    # curfew lifted, told in the passive with "by")
    ("Peru's cabinet ended emergency rule in three northern provinces on Wednesday after a "
     "month without a gang killing there, the state news agency Andina reported.",
     "CONCEDE", ("PER", "GOV"), None, None),
    ("Bolivia's government accepted on Thursday the chief demand of the national truckers' union, a "
     "guaranteed supply of diesel at the subsidised price, the ministry of public works said.",
     "CONCEDE", ("BOL", "GOV"), ("BOL", "LAB"), None),
    ("The overnight curfew that followed the Jayapura riots was lifted on Sunday by Indonesian police, a "
     "spokesman for the Papua provincial command said.",
     "CONCEDE", ("IDN", "COP"), None, None),
    # --- COOPERATE (joint naval exercises with nationality adjectives, an extradition told by a
    # ministry, radar data shared, told with the attribution after the clause)
    ("Indian and Sri Lankan warships began five days of joint exercises off the eastern port of "
     "Trincomalee on Monday.",
     "COOPERATE", ("IND", "MIL"), None, None),
    ("Chile extradited a suspected commander of the Tren de Aragua gang to Peru on Tuesday, Peru's "
     "interior ministry said.",
     "COOPERATE", ("CHL", None), ("PER", None), None),
    ("Malaysia has begun sharing radar data with the Philippines to track kidnap-for-ransom crews in the "
     "Sulu Sea, the Malaysian defence ministry said on Wednesday, according to Bernama.",
     "COOPERATE", ("MYS", None), ("PHL", None), None),
    # --- AID (supplies flown in, emergency aid released, asylum granted, told in the passive with "by")
    ("Australia flew two cargo planes loaded with shelters, water filters and first-aid kits to "
     "Bangladesh on Friday after a fire swept through a Rohingya camp near Cox's Bazar.",
     "AID", ("AUS", None), ("BGD", None), None),
    ("The European Union released 20 million euros in emergency assistance to Sri Lanka on Tuesday for "
     "villagers whose houses were swept away by floods in the central hills.",
     "AID", ("EUR", None), ("LKA", None), None),
    ("A Cambodian opposition activist who fled to Bangkok in October has been granted asylum by Norway, "
     "the Norwegian foreign ministry said on Thursday.",
     "AID", ("NOR", None), ("KHM", "OPP"), None),
    # --- RETREAT (fishermen freed, battalions pulled back with the attribution after the clause, a truce
    # declared by rebels named by a pronoun)
    ("Sri Lanka freed 22 Indian fishermen on Saturday, in custody since August for crossing the "
     "maritime boundary, and handed them over to India's coast guard at sea.",
     "RETREAT", ("LKA", None), ("IND", None), None),
    ("The Thai army withdrew two infantry battalions from the disputed stretch of frontier close to the "
     "hilltop Preah Vihear shrine on Wednesday, an army spokesman said.",
     "RETREAT", ("THA", "MIL"), None, None),
    ("The West Papua National Liberation Army has fought Indonesian rule in the central highlands for "
     "decades. On Sunday it declared a truce over the Christmas season, a rebel spokesman said by "
     "text message.",
     "RETREAT", ("IDN", "REB"), None, None),
    # --- REQUEST (a call on a state by the UN, an appeal between capitals told by a spokesman, an
    # appeal by a president named by a pronoun)
    ("The United Nations called on Peru on Monday to investigate the deaths of two indigenous leaders who "
     "had opposed illegal gold mining in the Amazon region of Madre de Dios.",
     "REQUEST", ("UNO", None), ("PER", None), None),
    ("Dhaka asked Naypyitaw on Wednesday to take back the 180,000 Rohingya whom Myanmar has already cleared "
     "for return, a spokesman for the Bangladeshi foreign ministry said.",
     "REQUEST", ("BGD", None), ("MMR", None), None),
    ("Ecuador's leader has spent months trying to halt a wave of killings inside the country's "
     "prisons. On Thursday he appealed to the United States for helicopters and surveillance drones to "
     "use against the gangs.",
     "REQUEST", ("ECU", "GOV"), ("USA", None), None),
    # --- ACCUSE (an ambassador summoned by a ministry, an allegation with the attribution after the
    # clause, criticism by an NGO over a nominal event)
    ("Cambodia's foreign ministry summoned the Thai ambassador on Tuesday to protest what it called an "
     "incursion by Thai soldiers near an ancient temple complex in Oddar Meanchey province.",
     "ACCUSE", ("KHM", "GOV"), ("THA", "GOV"), None),
    ("Indonesian troops burned houses in a highland village during a search for fighters, the armed wing "
     "of the Free Papua Movement alleged on Saturday.",
     "ACCUSE", ("IDN", "REB"), ("IDN", "MIL"), None),
    ("Amnesty International criticised Bangladesh's interim government on Thursday over the detention "
     "without charge of hundreds of supporters of the ousted ruling party.",
     "ACCUSE", ("NGO", None), ("BGD", "GOV"), None),
    # --- REJECT (a president refusing a demand, a phrasal verb, a proposal rejected in the passive
    # with "by")
    ("Bolivia's president on Tuesday rejected the blockaders' demand that he resign, calling the road "
     "closures an attempt to topple an elected government.",
     "REJECT", ("BOL", "GOV"), None, None),
    ("India turned down a Sri Lankan proposal on Friday to license Indian trawlers for limited fishing "
     "in Sri Lankan waters during the lean season.",
     "REJECT", ("IND", None), ("LKA", None), None),
    ("A proposal by Cambodia to put the frontier dispute before judges at The Hague was "
     "rejected on Monday by Thailand's foreign ministry, which said it preferred bilateral talks.",
     "REJECT", ("THA", "GOV"), ("KHM", None), None),
    # --- THREATEN (a warning of force by an army chief, a conditional threat by a union told with the
    # attribution after the clause, an ultimatum to a gang)
    ("Thailand's army chief warned on Thursday that his troops would answer with force if Cambodian "
     "soldiers crossed into the disputed area again.",
     "THREATEN", ("THA", "MIL"), ("KHM", "MIL"), None),
    ("Truckers will close every highway into La Paz from Monday unless the government restores diesel "
     "deliveries, the leader of Bolivia's national transport union said on Friday.",
     "THREATEN", ("BOL", "LAB"), ("BOL", "GOV"), None),
    ("Ecuador's interior minister gave the Los Lobos gang 48 hours on Saturday to hand over the men who "
     "murdered a prison director or face an all-out military offensive on its strongholds.",
     "THREATEN", ("ECU", "GOV"), ("ECU", "CRM"), None),
    # --- PROTEST (a student march, a road blockade, a hunger strike begun by families named by a
    # pronoun)
    ("Thousands of university students paraded through central Dhaka on Sunday, demanding that "
     "policemen who fired on crowds during last year's uprising be put on trial.",
     "PROTEST", ("BGD", "EDU"), None, None),
    ("Bolivian coca growers blocked the main highway between Cochabamba and Santa Cruz with boulders and "
     "burning tyres on Monday, stranding hundreds of lorries for a second day.",
     "PROTEST", ("BOL", None), None, None),
    ("Tamil families in northern Sri Lanka have searched for relatives missing since the civil war for "
     "more than fifteen years. On Wednesday they began a hunger strike in front of "
     "government offices in Kilinochchi.",
     "PROTEST", ("LKA", None), None, None),
    # --- SANCTION (an ambassador recalled, a tariff, an import ban told as a nominal event in the
    # passive with "by")
    ("Peru recalled its ambassador from La Paz on Tuesday after Bolivia's president described Lima's "
     "government as illegitimate in a speech.",
     "SANCTION", ("PER", None), ("BOL", None), None),
    ("The United States slapped duties of 25 percent on welded pipes from Vietnam on Friday, saying they "
     "were being dumped below cost on the American market.",
     "SANCTION", ("USA", None), ("VNM", None), None),
    ("The suspension of all fruit and vegetable imports from Cambodia was ordered on Monday by Thailand's "
     "commerce ministry, which cited the closure of border checkpoints by Phnom Penh.",
     "SANCTION", ("THA", "GOV"), ("KHM", None), None),
    # --- MOBILIZE (soldiers sent, told through a state news agency; an alert level raised; armour
    # moved, told with the attribution after the clause)
    ("Indonesia sent 1,000 more soldiers to the Papuan highlands on Wednesday after separatists attacked "
     "an airstrip, the state news agency Antara reported.",
     "MOBILIZE", ("IDN", None), None, None),
    ("Ecuador's military put its units on heightened alert along the Colombian border on Tuesday after "
     "intelligence reports of gang convoys moving south.",
     "MOBILIZE", ("ECU", "MIL"), None, None),
    ("Cambodia has moved multiple rocket launchers and tanks closer to the Thai frontier, a Thai army "
     "spokeswoman said on Friday, citing drone footage.",
     "MOBILIZE", ("KHM", None), None, None),
    # --- COERCE (an arrest of a former minister, a detention told as a nominal event, a deportation told
    # in the passive with "by")
    ("Bangladeshi police arrested a former home minister of the ousted government in Dhaka on Tuesday on "
     "charges of ordering the use of live fire against protesters.",
     "COERCE", ("BGD", "COP"), ("BGD", "ELI"), None),
    ("Sunday's detention of fifteen Indian fishermen by the Sri Lankan navy near Delft island drew an "
     "angry letter from the chief minister of Tamil Nadu.",
     "COERCE", ("LKA", "MIL"), ("IND", None), None),
    ("Forty Venezuelan migrants were deported by Chilean authorities on Thursday aboard an air force "
     "flight to Caracas.",
     "COERCE", ("CHL", None), ("VEN", "REF"), None),
    # --- ASSAULT (a joint exchange of fire, gunmen who shot dead an official, an ambush told in the
    # passive with "by", a denial)
    ("Thai and Cambodian soldiers exchanged fire for about an hour near the Ta Muen Thom temple on "
     "Thursday, leaving one Cambodian soldier dead and three Thai troops wounded.",
     "ASSAULT", ("THA", "MIL"), None, None),
    ("Gunmen on motorcycles shot dead the director of a prison in the Ecuadorian port city of Machala on "
     "Monday, police said.",
     "ASSAULT", ("ECU", None), ("ECU", None), None),
    ("Two Indonesian soldiers were killed by separatist fighters in an ambush on a patrol in Puncak "
     "regency on Saturday, a military spokesman said.",
     "ASSAULT", ("IDN", "REB"), ("IDN", "MIL"), None),
    ("The Thai army on Saturday denied that its soldiers had fired on Cambodian villagers gathering "
     "cassava near the frontier, calling the report fabricated.",
     "ASSAULT", ("THA", "MIL"), ("KHM", None), "negated"),
]

#: passages with no act that happened
EMPTY: list[str] = [
    "A Dhaka pollster's latest survey shows 61 percent of Bangladeshis expect the February vote "
    "to be fair, up from 48 percent in a poll taken in March.",
    "Peru recorded 1,960 homicides between January and October, an increase of 14 percent on the "
    "same period of last year, according to national police figures.",
    "Argentina attacked in waves throughout the second half, yet nobody could beat Chile's goalkeeper, "
    "and the World Cup qualifier in Buenos Aires finished goalless.",
    "Thai carmakers' shares retreated in Bangkok on Tuesday, giving back part of a three-day rally as "
    "fund managers locked in profits.",
    "The Malaysian lender said it has deployed new software for spotting fraud across all 400 of its "
    "branches, cutting card scams by a fifth.",
    "Chile holds that the waters south of Cape Horn fall within its exclusive economic zone, a view that "
    "Argentina does not share.",
    "Economists expect Bolivian inflation to reach 20 percent next year as the central bank runs short of "
    "dollars to pay for imported fuel.",
    "Analysts in Jakarta say the government could one day consider talks with Papuan separatists, though "
    "no such idea has been raised in public.",
    "Thailand and Cambodia fought several artillery duels over the Preah Vihear temple between 2008 and "
    "2011, and the world court ruled in 2013 that the promontory under it was Cambodian.",
    "Fishermen from Jaffna typically leave harbour in darkness and return by mid-morning, when their "
    "catch is sold at the quayside auction.",
    "Researchers in Chile said a soil bacterium attacks the roots of grapevines only when the ground "
    "grows warmer than 25 degrees Celsius.",
    "Kidnappings for ransom in Ecuador fell by a third in October from a year "
    "before, the interior ministry's monthly bulletin showed.",
    "Monsoon rains are forecast to reach southeastern Bangladesh later this week, and landslides are "
    "possible in the hill districts around the camps.",
    "The Peruvian striker scored twice as Alianza Lima beat Universitario 3-1 to clinch the league title "
    "on Sunday night.",
    "Indonesia's nickel exports rose 9 percent in October to $2.1 billion, data from the statistics bureau "
    "showed on Friday.",
    "Sri Lanka's cricketers crushed Bangladesh by eight wickets in Colombo, with their openers putting on "
    "a century stand.",
    "A Bengaluru startup has released an app that lets farmers check rainfall forecasts and crop prices in "
    "eleven Indian languages.",
    "With 92 percent of ballots counted in Ecuador's mayoral races, the ruling movement's candidates led "
    "in 11 of the 24 provincial capitals, the electoral council said.",
    "Bolivia's constitution bars a president from serving more than two consecutive terms in office.",
    "Diplomats say Argentina might reopen its consulate in the Bolivian city of Tarija next year, although "
    "officials in Buenos Aires have made no comment.",
    "The Chilean peso weakened against the dollar for a fourth straight session as copper slid on worries "
    "about demand from Chinese smelters.",
    "Tourists crowd the temples of Angkor every December, and hotel occupancy in Siem Reap typically tops "
    "90 percent during the dry season.",
    "The camps around Cox's Bazar have housed more than a million Rohingya since the exodus from Myanmar in "
    "2017, making them one of the largest refugee settlements on earth.",
    "The Philippine central bank kept interest rates unchanged for a second meeting, saying inflation "
    "remains inside its target range.",
    "A study published on Monday found that dengue cases in South Asia have tripled over two decades as "
    "warmer weather lengthens the mosquito season.",
]

FLOORS = {"type": 0.87, "actor_code": 0.85, "actor_sector": 0.76, "recipient": 0.71, "pass": 0.73,
          "empty": 0.93}
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
    return _code([c[0] for c in STORIES], resources, "blind54")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind54-empty")


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


def test_blind54_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind54 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind54_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind54 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
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
