"""A thirty-fourth blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on hard constructions from every region, the way the desks of AP, Reuters, AFP and VOA write them:
acts told as nouns ("the expulsion of", "Tuesday's arrest of"), passives with and without an agent
("was lifted by the military government", "were deployed across Dhaka"), pronouns and role nouns
resolved from the sentence before ("the bloc", "the kingdom", "the island nation", "the junta"),
reported speech with the attribution before and after the clause, relative clauses, coordinated acts,
and a few stories whose act is denied or announced for the future. About half of the stories are plain
wire copy, the other half harder. Each story comes with the PLOVER type of one act its last sentence
reports, that act's actor and recipient (code and sector) and, where it matters, its modality, as the
codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector
conventions, the project's codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO,
the European Union EUR; an act announced for the future is an expression of intent, AGREE, 03, unless
it is hostile and conditional, THREATEN, 13; when two parties act jointly both are actors and there is
no recipient, as in PLOVER-GSR, so the first side is given as the actor and the recipient as None;
signing a formal agreement and an apology are SUPPORT, 057, 055; tariffs, duties, broken relations and
diplomats expelled are SANCTION; a release of prisoners or a pullback of troops is RETREAT, 0841, 087;
lifting a ban or a curfew and accepting demands are CONCEDE, 0812, 081, 083; extradition, joint
exercises and shared intelligence are COOPERATE; asylum granted is AID; summoning a foreign envoy is
ACCUSE, 114; a denial "X denied that it had ..." gives the modality "negated"). A sector is given only
where it is clear-cut (a minister GOV, soldiers MIL, police COP); for a bare state name, a capital,
authorities, gunmen, farmers or a military government only the code is checked. Nothing comes from a
gold set, the seed, the news or the demo corpus; the batch was written without reading the coder's
code, lexicons, rules or output, or any other blind batch's cases.

Two kinds of case:

STORIES: a story passes when the coder gives at least one event of the wanted type whose actor has the
wanted code (and sector, where one is given), whose recipient has the wanted code and sector (where a
recipient is given) and whose modality is the wanted one (where one is given). Type, actor code, actor
sector and recipient are also scored on their own.

EMPTY: passages in which no codable act happened: statistics, polls, tallies, standing positions told
in the simple present, forecasts, hedged speculation, background history with its years, habits, and
political verbs in their sports, business, science, technology and crime-reporting senses (a side that
"attacked", shares that "retreated", a bank that "deployed" software). An empty passage passes when the
coder gives no event with the modality "asserted" or "reported".

Every text was checked for six-word runs shared with the gold, seed, news and demo corpus and the tests
(with /tmp/ew/overlap.py), and none was found.

FIRST RUN, held back to the end of the third 2026-12-01 session and run on its final coder (commit
792e4ff): the type found in 48 of 50 stories (0.960); the actor code right on an event of the type in
46 (0.920); code and sector in 13 of the 15 that give a sector (0.867); the recipient right in 34 of
the 40 that give one (0.850); **40 of 50 passing (0.800)**; 22 of the 25 empty passages with no event
that happened (0.880). The session's starting coder (5610c44), run on it for comparison: 38 of 50
and 21 of 25. No expectation was changed after the first run, and no rule was written from it (its misses
were printed once, beside batch 29's, when that batch's were read; none was acted on): it stays
blind for the next session's comparison, with that caveat.
FLOORS were set after the first run (and, for a batch read, the rules it prompted), a little under its
figures then.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: 40 of 50 passing and 22 of 25 empty passages left empty on both; the
session's rules changed nothing here. Still not read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750, beside that session's starting
coder 24820a3: 40 of 50 passing on both.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: the type found in 48 of 50 stories (0.960); the actor code right on an event
of the type in 46 (0.920); code and sector in 13 of the 15 that give a sector (0.867); the recipient right in
34 of the 40 that give one (0.850); **40 of 50 passing (0.800)**; 22 of 25 empty passages left empty; the same
on both. Its misses were not printed or read.
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
    # --- AGREE (promise plain; offer by a minister with attribution after; pledge by "the bloc")
    ("Indonesia promised on Wednesday to ship 2,000 tonnes of rice to Timor-Leste by December to ease "
     "shortages in the mountain districts.",
     "AGREE", ("IDN", None), ("TLS", None), None),
    ("Oslo is ready to provide a venue within weeks, Norway's foreign minister told reporters as he "
     "offered Colombia's government a fresh round of peace talks with the ELN guerrillas.",
     "AGREE", ("NOR", "GOV"), ("COL", None), None),
    ("European Union leaders gathered in Brussels on Thursday for a summit dominated by enlargement. "
     "The bloc pledged to open accession negotiations with Moldova by June, a summit statement said.",
     "AGREE", ("EUR", None), ("MDA", None), None),
    # --- CONSULT (talks plain; meeting by "he" resolved from the sentence before; telephone call
    # with attribution after)
    ("Brazil's president held talks in Brasilia on Tuesday with the visiting prime minister of Portugal "
     "on trade, wind power and a long-delayed air link to Lisbon.",
     "CONSULT", ("BRA", "GOV"), ("PRT", "GOV"), None),
    ("Kenya's foreign minister flew into Addis Ababa late on Sunday. He met Ethiopia's prime minister "
     "the next morning to discuss border security and a planned power line, officials said.",
     "CONSULT", ("KEN", "GOV"), ("ETH", "GOV"), None),
    ("South Korea's president discussed by phone on Monday with Vietnam's prime minister about new "
     "semiconductor plants near Hanoi, according to his office in Seoul.",
     "CONSULT", ("KOR", "GOV"), ("VNM", "GOV"), None),
    # --- SUPPORT (joint signing; praise in a quote with attribution after; apology)
    ("Chile and Argentina signed an accord on Friday to bore a second road tunnel beneath the Andes, "
     "cutting winter closures on the main crossing between Santiago and Mendoza.",
     "SUPPORT", ("CHL", None), None, None),
    ("\"Ghana has shown the whole continent how to run a clean and peaceful election,\" the chairman of "
     "the African Union Commission said on Wednesday, praising the West African country after its vote.",
     "SUPPORT", ("IGO", None), ("GHA", None), None),
    ("The Dutch prime minister apologised on Thursday to Suriname for the role the Netherlands played in "
     "slavery on the former colony's plantations, speaking in Paramaribo.",
     "SUPPORT", ("NLD", "GOV"), ("SUR", None), None),
    # --- CONCEDE (ban lifted plain; curfew lifted in a passive with "by"; demands accepted)
    ("Thailand lifted a three-month ban on pork imports from the Philippines on Tuesday after veterinary "
     "inspectors declared an outbreak of swine fever contained.",
     "CONCEDE", ("THA", None), ("PHL", None), None),
    ("A curfew that had been imposed on Conakry after last week's unrest was lifted on Sunday by Guinea's "
     "military government, state television reported.",
     "CONCEDE", ("GIN", None), None, None),
    ("Striking dockworkers in Antwerp had demanded a nine percent raise and shorter night shifts. The "
     "Belgian port authority accepted their demands late on Friday, ending an eleven-day walkout.",
     "CONCEDE", ("BEL", None), ("BEL", "LAB"), None),
    # --- COOPERATE (extradition plain; joint naval exercises; intelligence shared, reported speech
    # with the attribution after)
    ("Spain extradited a Colombian man suspected of smuggling cocaine to the United States, Madrid "
     "police said, eight months after his capture at Barajas airport.",
     "COOPERATE", ("ESP", None), ("USA", None), None),
    ("Egyptian and Saudi naval forces began a week of joint drills in the northern Red Sea on Saturday, "
     "rehearsing mine clearance and the boarding of suspect vessels.",
     "COOPERATE", ("EGY", "MIL"), None, None),
    ("Canada has begun handing Ukraine satellite imagery of Russian troop movements near Zaporizhzhia, "
     "the defence minister in Ottawa said at a briefing on Thursday.",
     "COOPERATE", ("CAN", None), ("UKR", None), None),
    # --- AID (food delivered plain; asylum granted with a relative clause; relief flown in a passive
    # with "by")
    ("The World Food Programme delivered 4,000 tonnes of maize and beans to flood-hit districts of "
     "central Mozambique on Friday.",
     "AID", ("UNO", None), ("MOZ", None), None),
    ("Uruguay granted political asylum on Monday to a Nicaraguan lawmaker who fled Managua last month "
     "after a court stripped her of her citizenship.",
     "AID", ("URY", None), ("NIC", None), None),
    ("Field hospitals and 30 tonnes of medicine were flown into quake-hit western Nepal on Monday by "
     "India's air force.",
     "AID", ("IND", "MIL"), ("NPL", None), None),
    # --- RETREAT (prisoners freed plain; fishermen handed back by "the kingdom"; troops pulled back)
    ("Azerbaijan released four Armenian prisoners on Saturday in a swap mediated by the United Arab "
     "Emirates, the first such exchange this year.",
     "RETREAT", ("AZE", None), ("ARM", None), None),
    ("Saudi Arabia held eight Yemeni fishermen for five weeks after their boat drifted into its waters. "
     "The kingdom handed them back to Yemen on Thursday, a Saudi coast guard statement said.",
     "RETREAT", ("SAU", None), ("YEM", None), None),
    ("Rwandan troops pulled back from two towns in eastern Congo on Monday under a deal brokered by "
     "Qatar, residents and a United Nations official said.",
     "RETREAT", ("RWA", "MIL"), ("COD", None), None),
    # --- REQUEST (urged plain; asked in reported speech with the attribution before; appeal by "the
    # island nation"; called on by an NGO)
    ("The U.N. secretary-general urged Sudan's warring parties on Tuesday to open safe corridors for "
     "civilians trapped in the besieged city of El Fasher.",
     "REQUEST", ("UNO", None), ("SDN", None), None),
    ("Peru's top diplomat said on Tuesday that Lima had formally asked Bolivia to hand over a former "
     "army general wanted for the killing of protesters in 2022.",
     "REQUEST", ("PER", None), ("BOL", None), None),
    ("Cyclone winds flattened homes across Vanuatu on Saturday. The island nation appealed to Australia "
     "for emergency shelter, water tanks and generators a day later.",
     "REQUEST", ("VUT", None), ("AUS", None), None),
    ("Two student leaders have been held without charge in Sfax since October. Amnesty International on "
     "Friday called on the Tunisian authorities to free them or bring them before a judge.",
     "REQUEST", ("NGO", None), ("TUN", None), None),
    # --- ACCUSE (envoy summoned plain; accusation against "the junta"; condemnation by a capital)
    ("Poland summoned the Belarusian charge d'affaires on Wednesday over a helicopter that crossed into "
     "Polish airspace near the town of Bialowieza.",
     "ACCUSE", ("POL", None), ("BLR", None), None),
    ("Myanmar's generals seized power in a coup nearly six years ago. Human Rights Watch on Thursday "
     "accused the junta of burning at least a dozen villages in the Sagaing region since August.",
     "ACCUSE", ("NGO", None), ("MMR", None), None),
    ("Caracas condemned Guyana on Sunday for awarding new offshore drilling blocks in waters that "
     "Venezuela claims, calling the auction a provocation.",
     "ACCUSE", ("VEN", None), ("GUY", None), None),
    # --- REJECT (veto plain; proposal rejected by a ministry; request turned down in a passive with
    # "by" and the attribution after)
    ("Russia vetoed a Security Council draft on Friday that would have extended a United Nations arms "
     "embargo on armed groups in the Central African Republic.",
     "REJECT", ("RUS", None), None, None),
    ("Iran's foreign ministry on Monday rejected a French proposal for international inspectors to visit "
     "a uranium enrichment site near Isfahan.",
     "REJECT", ("IRN", "GOV"), ("FRA", None), None),
    ("An Argentine request to delay a $2.6 billion repayment was turned down on Friday by the "
     "International Monetary Fund, officials in Buenos Aires said.",
     "REJECT", ("IGO", None), ("ARG", None), None),
    # --- THREATEN (threat plain and conditional; ultimatum to a company; conditional threat in
    # reported speech)
    ("North Korea threatened on Sunday to take overwhelming military action against South Korea if "
     "activists float more propaganda balloons across the border.",
     "THREATEN", ("PRK", None), ("KOR", None), None),
    ("Mali's military rulers gave a Canadian gold miner until Friday to pay $50 million in disputed "
     "taxes or lose its operating licence.",
     "THREATEN", ("MLI", None), ("CAN", "BUS"), None),
    ("Turkey's president said Ankara would launch a new ground offensive in northern Syria if Kurdish "
     "fighters did not pull back thirty kilometres from the frontier within a month.",
     "THREATEN", ("TUR", None), ("SYR", None), None),
    # --- PROTEST (march plain; hunger strike by migrants; road blockade by farmers with the
    # attribution after)
    ("Thousands of teachers marched through the centre of Bogota on Tuesday to demand overdue pay and "
     "repairs to crumbling rural schools.",
     "PROTEST", ("COL", "EDU"), None, None),
    ("More than forty Afghan migrants held at a detention centre on the Greek island of Samos began a "
     "hunger strike on Sunday against their planned deportation.",
     "PROTEST", ("AFG", "REF"), None, None),
    ("Romanian farmers angry over cheap grain imports blocked three crossings on the border with "
     "Ukraine with their tractors on Friday, police said.",
     "PROTEST", ("ROU", None), None, None),
    # --- SANCTION (expulsion told as a noun; relations broken plain; duties imposed by a capital)
    ("Estonian counter-intelligence officers detained a border guard on suspicion of spying last week. "
     "The expulsion of two Russian diplomats by Estonia followed on Tuesday.",
     "SANCTION", ("EST", None), ("RUS", None), None),
    ("Paraguay broke off diplomatic relations with Venezuela on Wednesday, a day after Caracas refused "
     "entry to a delegation of Paraguayan election observers.",
     "SANCTION", ("PRY", None), ("VEN", None), None),
    ("Beijing slapped duties reaching 75 percent on Canadian canola on Monday, the Chinese "
     "commerce ministry said in a statement.",
     "SANCTION", ("CHN", None), ("CAN", None), None),
    # --- MOBILIZE (troops sent plain; police deployed in a passive with no agent; troops moved, a denial)
    ("Guyana sent several hundred extra soldiers to its western border region on Thursday as tensions "
     "with its larger neighbour over the Essequibo rose again.",
     "MOBILIZE", ("GUY", None), None, None),
    ("Hundreds of riot police were deployed across Dhaka on Sunday before a rally planned by the "
     "opposition for the following afternoon.",
     "MOBILIZE", ("BGD", "COP"), None, None),
    ("Eritrea on Tuesday denied that it had moved troops into Ethiopia's Tigray region, calling reports "
     "of columns crossing the frontier a fabrication.",
     "MOBILIZE", ("ERI", None), ("ETH", None), "negated"),
    # --- COERCE (arrest told as a noun; deportation plain; coordinated tear gas and arrests with the
    # attribution after)
    ("Opposition supporters gathered outside a Dar es Salaam court on Wednesday. Tuesday's arrest of "
     "their leader by Tanzanian police on sedition charges has drawn criticism from Western embassies.",
     "COERCE", ("TZA", "COP"), ("TZA", "OPP"), None),
    ("Algeria deported more than 600 migrants from Niger across the desert frontier at Assamaka over "
     "the weekend, aid workers in the town said.",
     "COERCE", ("DZA", None), ("NER", "REF"), None),
    ("Police in Harare fired tear gas at striking nurses and arrested thirty of them on Thursday, a "
     "spokesman for their union said.",
     "COERCE", ("ZWE", "COP"), ("ZWE", "MED"), None),
    # --- ASSAULT (killing plain; attack with casualties and the attribution after; shelling in a
    # passive with "by"; denial by an army)
    ("Gunmen killed fourteen villagers in a night raid on a farming settlement in central Nigeria's "
     "Plateau state, local officials said on Sunday.",
     "ASSAULT", ("NGA", None), ("NGA", "CVL"), None),
    ("Islamist militants stormed an army base in northern Burkina Faso on Saturday, killing at least "
     "twenty soldiers, the government said.",
     "ASSAULT", ("BFA", None), ("BFA", "MIL"), None),
    ("A convoy of aid lorries was shelled near El Fasher on Monday by fighters of the Sudanese "
     "paramilitary Rapid Support Forces, the World Food Programme said.",
     "ASSAULT", ("SDN", None), None, None),
    ("Israel's military denied on Wednesday that its aircraft had struck a hospital in southern Lebanon, "
     "saying the building hit was a weapons depot.",
     "ASSAULT", ("ISR", "MIL"), ("LBN", None), "negated"),
]

#: passages with no act that happened
EMPTY: list[str] = [
    "A survey of 1,500 adults published on Monday found that 41 percent of Hungarians would favour "
    "adopting the euro within five years, down from 47 percent in 2023.",
    "Kenya's tea exports rose eight percent between January and September to $1.1 billion, central "
    "bank figures show.",
    "Liverpool attacked without pause in the second half and levelled through a towering header in the 78th "
    "minute before settling for a draw at Villa Park.",
    "Shares in the Seoul-based chipmaker retreated three percent on Wednesday after a rival unveiled a "
    "faster memory module.",
    "The lender deployed new fraud-detection software across its 900 branches last quarter, cutting "
    "card-cloning losses by a third.",
    "Switzerland does not export weapons to any country fighting a war, under a law that dates back decades.",
    "Economists polled by a news agency think the Brazilian central bank will leave its key rate unchanged "
    "at 10.5 percent when policymakers meet next week.",
    "Analysts say the governing party could lose its Senate majority if turnout among young voters stays "
    "as low as in the regional polls.",
    "Portugal and Spain divided the newly charted lands beyond Europe between their two crowns in the "
    "Treaty of Tordesillas of 1494.",
    "Fishermen from the village usually sail out before dawn and are back on the beach with their catch "
    "by mid-morning.",
    "The fungus invades the roots of the banana plant first, researchers in Uganda wrote in a paper "
    "published this month.",
    "Burglaries in Lyon fell by a fifth last year while car thefts edged up slightly, municipal crime "
    "statistics show.",
    "The Norwegian grandmaster crushed his opponent in 31 moves on Tuesday to reach the semi-finals of "
    "the rapid championship.",
    "Forecasters expect a cold front to push temperatures below freezing across northern Mexico by the "
    "weekend.",
    "Japan's postwar constitution renounces war as a sovereign right of the nation.",
    "The toll from last month's floods in Pakistan's Sindh province stands at 312, with forty people "
    "still listed as missing.",
    "Brent crude surrendered its early gains on Thursday as traders weighed a surprise build in American "
    "stockpiles.",
    "The startup's app blocks spam calls and warns users when a caller's number matches a known scam.",
    "Ghana's Black Stars host Nigeria's Super Eagles in Kumasi for a World Cup qualifying tie on "
    "Saturday evening.",
    "Migrants reaching Italy by sea numbered 35 percent fewer in October than twelve months before, "
    "interior ministry data showed.",
    "Diplomats in New York said privately that it remained unclear whether China might back a fresh "
    "resolution on North Korean missile launches.",
    "The Berlin Wall came down in November 1989, and the two German states were reunited less than a "
    "year later.",
    "The 64-year-old former central banker, who speaks five languages, has served as finance minister "
    "since 2022.",
    "Engineers fired the rocket's main engine for eight minutes during a ground test at Sriharikota, the "
    "Indian space agency said.",
    "The old town of Bruges bans cars from its cobbled centre every Sunday between April and October.",
]

FLOORS = {"type": 0.93, "actor_code": 0.91, "actor_sector": 0.83, "recipient": 0.84, "pass": 0.81,
          "empty": 0.89}
PUBLISHED = "2026-12-01"
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
    return _code([c[0] for c in STORIES], resources, "blind34")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind34-empty")


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


def test_blind34_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind34 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind34_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind34 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
