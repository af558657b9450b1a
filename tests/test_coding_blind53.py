"""A fifty-third blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them, on Central
Asia, the Horn of Africa and Southern Africa over one week, the way the desks of AFP, Reuters and
Anadolu write it: Ethiopia's federal forces and the fighting in Amhara, al-Shabaab and the African
Union troops in Somalia, Eritrea and Djibouti, opposition arrests in Zimbabwe and Zambia, South
Africa's diplomacy, the Taliban in Afghanistan and Pakistan's border crossings, Tajikistan and
Uzbekistan over water, protests in Kazakhstan, with a few actors from Europe, the Americas, East Asia
and Oceania and some international bodies. About half of the stories are plain wire copy (offered,
hosted talks, praised, reopened, staged joint drills, delivered, freed, called on, accused, rejected,
threatened, marched, expelled, deployed, arrested, attacked), the other half harder: many acts are
told in nominal form or in the passive with "by", subjects are pronouns resolved from the sentence
before, statements are attributed after the clause, states are named by their capitals or by
nationality adjectives, officials by their titles, and some verbs are phrasal ("turned down", "went
on strike").

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, the African Union and other intergovernmental
bodies IGO, NGOs NGO, the European Union EUR). An act announced for the future is an expression of
intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal agreement and
praise are SUPPORT, 05, 057; lifting a state of emergency or a ban and reopening a closed border are
CONCEDE, 081, 0812; joint exercises, shared intelligence and extradition are COOPERATE, 06; asylum
granted is AID, 07; a release of prisoners and a withdrawal of troops are RETREAT, 0841, 087;
summoning an ambassador is ACCUSE, 114; an ambassador expelled or recalled and sanctions are
SANCTION, 16; troops sent and an alert raised are MOBILIZE, 15; arrests, detentions, deportations
and curfews are COERCE, 17. A sector is given only where it is clear-cut (a minister GOV, soldiers
MIL, police COP); a bare state name, a capital or "authorities" gives the code only. For a joint act
("X and Y signed", "X and Y held joint exercises") the first side is the actor and no recipient is
checked, as the coder codes both sides as actors. A denial "X denied that it had ..." gives the
modality "negated".

Two kinds of case:

- STORIES: a story passes when the coder returns, among its events, one of the expected type whose
  actors include the expected actor (code, and sector where one is given), whose recipients include
  the expected recipient where one is given, and whose modality is the expected one where one is
  given. The type, actor code, actor sector, recipient and pass rates are measured over the batch.
- EMPTY: passages with no codable act that happened: statistics, polls, tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and
  political verbs used in the senses of sport, business, science, technology and crime fiction (a
  team that "attacked", shares that "retreated", a firm that "deployed" software). A passage passes
  when the coder returns no event with the modality "asserted" or "reported".

Nothing comes from a gold set, the seed or the demo corpus: every text was checked with
/tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and tests, and
none was found. The batch was written without reading the coder's lexicons and rules or the other
blind batches.

FIRST RUN, held back and never read (written by a helper at the start of the ninth 2026-12-01 session): run
once at its start, on its starting code (c2d4552), and once at its end, on its final code (0d30f2e): the type
found in 43 of 50 stories (0.860); the actor code right on an event of the type in 42 (0.840); code and sector
in 17 of the 22 that give a sector (0.773); the recipient right in 27 of the 39 that give one (0.692); **36 of
50 passing (0.720)**; 23 of 25 empty passages left empty, on both.
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
    # --- AGREE (033 offer plain; 036 visit announced, attribution after; 031 promise with "he" resolved
    # from the sentence before and a capital for the state)
    ("On Monday Kazakhstan offered to send Kyrgyzstan 200 million cubic metres of water from its Shardara "
     "reservoir to help farmers in the Fergana valley through a parched summer.",
     "AGREE", ("KAZ", None), ("KGZ", None), None),
    ("Ethiopia's prime minister is to fly to Djibouti early next month to discuss access to the "
     "Doraleh port, his office announced on Wednesday.",
     "AGREE", ("ETH", "GOV"), ("DJI", None), None),
    ("Uzbekistan's energy minister spent Thursday in Dushanbe with Tajik officials. He promised that "
     "Tashkent would buy more electricity from the Rogun dam once its third turbine starts turning.",
     "AGREE", ("UZB", "GOV"), ("TJK", None), None),
    # --- CONSULT (042/043 talks plain; telephone call with attribution after; visit to a capital)
    ("Pretoria hosted talks on Tuesday between South Africa's foreign minister and his Zimbabwean "
     "counterpart about the fate of undocumented migrants working on Limpopo farms.",
     "CONSULT", ("ZAF", "GOV"), ("ZWE", "GOV"), None),
    ("The Kazakh president spoke by telephone on Friday with Chinese President Xi Jinping about rail "
     "freight and a second crude pipeline, the presidency in Astana said.",
     "CONSULT", ("KAZ", "GOV"), ("CHN", "GOV"), None),
    ("Somalia's president flew to Ankara on Sunday for discussions on naval patrols off the Horn of "
     "Africa, Turkey's state news agency Anadolu reported.",
     "CONSULT", ("SOM", "GOV"), ("TUR", None), None),
    # --- SUPPORT (057 joint signing; 051 praise by an AU official; verbal support attributed after)
    ("Tajikistan and Uzbekistan signed a treaty in Khujand on Wednesday that sets out how the two "
     "neighbours will divide the flow of the Syr Darya during dry years.",
     "SUPPORT", ("TJK", None), None, None),
    ("The African Union's top civil servant praised Djibouti on Thursday "
     "for its patient mediation between Mogadishu and the breakaway region of Somaliland.",
     "SUPPORT", ("IGO", None), ("DJI", None), None),
    ("Pretoria's quiet mediation in the Ethiopian conflict deserves the backing of the entire global "
     "South, the Brazilian president told reporters in Brasilia on Saturday.",
     "SUPPORT", ("BRA", "GOV"), ("ZAF", None), None),
    # --- CONCEDE (081 state of emergency lifted; border reopened; ban lifted in the passive with "by")
    ("Kazakhstan ended emergency rule in the oil-producing western region of Mangystau on "
     "Monday after a week without unrest.",
     "CONCEDE", ("KAZ", None), None, None),
    ("Pakistan reopened the Torkham crossing into Afghanistan on Thursday, ending an eleven-day closure "
     "that left thousands of lorries stranded along the Khyber highway.",
     "CONCEDE", ("PAK", None), ("AFG", None), None),
    ("A month-old ban on opposition rallies in the Zambian capital was lifted by the police on Friday, "
     "days before a planned march by the United Party for National Development.",
     "CONCEDE", ("ZMB", "COP"), None, None),
    # --- COOPERATE (joint exercises; extradition; intelligence shared in the passive with "by")
    ("Kenyan and Somali troops staged joint drills near the border town of Mandera on Tuesday to "
     "rehearse the defence of supply convoys.",
     "COOPERATE", ("KEN", "MIL"), None, None),
    ("South Africa extradited a Zimbabwean tobacco tycoon to Harare on Wednesday to face "
     "accusations of laundering $90 million through Johannesburg banks.",
     "COOPERATE", ("ZAF", None), ("ZWE", None), None),
    ("Satellite imagery of militant camps in the Juba valley is now being passed to Mogadishu by the "
     "United States military, a Pentagon spokesman said.",
     "COOPERATE", ("USA", "MIL"), ("SOM", None), None),
    # --- AID (humanitarian aid by a UN agency; grant from Oceania; asylum granted in the passive)
    ("The World Food Programme delivered 12,000 tonnes of sorghum and cooking oil to drought-stricken "
     "districts of southern Ethiopia this week.",
     "AID", ("UNO", None), ("ETH", None), None),
    ("Australia donated $15 million on Tuesday to Zimbabwe's drought relief effort, most of it for "
     "seed and fertiliser in the southern lowveld.",
     "AID", ("AUS", None), ("ZWE", None), None),
    ("Some forty Afghan reporters who fled Kabul after the Taliban takeover were granted asylum by "
     "Germany on Monday, the interior ministry in Berlin said.",
     "AID", ("DEU", None), ("AFG", "JRN"), None),
    # --- RETREAT (0841 prisoners freed; 0871 troops withdrawn, told by residents; captives freed with
    # "them" and "the militants" resolved from the sentence before)
    ("Zimbabwe freed 14 opposition activists from Chikurubi prison on Thursday after they had spent "
     "five months in custody without trial.",
     "RETREAT", ("ZWE", None), ("ZWE", "OPP"), None),
    ("Eritrean troops pulled out of several border districts of Ethiopia's Tigray region over the "
     "weekend, residents and aid workers said.",
     "RETREAT", ("ERI", "MIL"), ("ETH", None), None),
    ("Al-Shabaab gunmen seized three Kenyan engineers at a telecoms mast near Elwak in March. The "
     "militants let them go on Saturday after clan elders intervened, Kenyan police said.",
     "RETREAT", ("SOM", "REB"), ("KEN", None), None),
    # --- REQUEST (020 call on, plain; 0214 urge with capitals; 020 appeal in the passive with "by")
    ("The United Nations called on Ethiopia's government on Monday to let aid convoys reach towns cut "
     "off by the fighting in Amhara.",
     "REQUEST", ("UNO", None), ("ETH", "GOV"), None),
    ("Islamabad urged Kabul on Wednesday to dismantle hideouts used by militants who cross the frontier "
     "to ambush Pakistani patrols.",
     "REQUEST", ("PAK", None), ("AFG", None), None),
    ("Kazakhstan was asked by the European Union on Friday to allow independent monitors into the "
     "trials of people detained after the fuel protests.",
     "REQUEST", ("EUR", None), ("KAZ", None), None),
    # --- ACCUSE (112 accusation plain; 114 ambassador summoned; 112 by an NGO with "it" resolved)
    ("Somalia accused Ethiopia on Monday of arming clan militias in the Gedo region to undermine the "
     "federal government.",
     "ACCUSE", ("SOM", None), ("ETH", None), None),
    ("Djibouti's foreign ministry summoned the Eritrean ambassador on Tuesday over a shooting along the "
     "disputed frontier at Ras Doumeira.",
     "ACCUSE", ("DJI", "GOV"), ("ERI", None), None),
    ("Human Rights Watch published a 60-page report on Thursday about dissidents abducted abroad and "
     "flown home. It accused the Tajik authorities of hunting critics as far away as Turkey and Russia.",
     "ACCUSE", ("NGO", None), ("TJK", None), None),
    # --- REJECT (rejected plain; refused, with the requester named; "turned down", a phrasal verb)
    ("Eritrea rejected on Wednesday a United Nations report accusing its army of forced conscription "
     "and abuses in Tigray.",
     "REJECT", ("ERI", None), ("UNO", None), None),
    ("Afghanistan's Taliban administration refused on Monday Pakistan's request to surrender the "
     "leaders of the Tehrik-i-Taliban Pakistan.",
     "REJECT", ("AFG", None), ("PAK", None), None),
    ("Zambia's president turned down calls from opposition parties on Friday for an independent "
     "probe of the counting of votes in the Copperbelt by-election.",
     "REJECT", ("ZMB", "GOV"), ("ZMB", "OPP"), None),
    # --- THREATEN (threat by an armed group; legal action threatened on a condition; warning with the
    # statement attributed after the clause)
    ("Al-Shabaab threatened on Tuesday to strike Kenyan towns along the border unless Nairobi pulls its "
     "soldiers out of Somalia.",
     "THREATEN", ("SOM", "REB"), ("KEN", None), None),
    ("Uzbekistan warned Afghanistan on Friday that it would take the Qosh Tepa canal dispute to an "
     "international court if work on the channel does not stop.",
     "THREATEN", ("UZB", None), ("AFG", None), None),
    ("Any attempt to take the port of Assab by force will be crushed, Eritrea's information minister "
     "said on Saturday in a warning clearly aimed at Addis Ababa.",
     "THREATEN", ("ERI", "GOV"), ("ETH", None), None),
    # --- PROTEST (141 march plain; 143 strike, "went on strike"; hunger strike reported by a lawyer)
    ("Thousands of people marched through Almaty on Sunday to protest against a sharp rise in the price "
     "of liquefied gas used to fuel cars.",
     "PROTEST", ("KAZ", None), None, None),
    ("Teachers in Zimbabwe's state schools went on strike this week, saying their salaries for October "
     "and November have still not been paid.",
     "PROTEST", ("ZWE", "EDU"), None, None),
    ("A jailed Zambian opposition lawmaker has refused all food since Sunday to protest his detention, "
     "his lawyer told AFP on Wednesday.",
     "PROTEST", ("ZMB", None), None, None),
    # --- SANCTION (ambassador expelled; sanctions on officers; ambassador recalled in the passive)
    ("Somalia expelled Ethiopia's ambassador on Thursday and gave him 72 hours to leave Mogadishu.",
     "SANCTION", ("SOM", None), ("ETH", None), None),
    ("Washington slapped sanctions on two Eritrean generals on Wednesday, it blames for looting "
     "and killings in northern Ethiopia.",
     "SANCTION", ("USA", None), ("ERI", "MIL"), None),
    ("South Africa's ambassador in Washington was recalled by Pretoria on Friday after a row over "
     "remarks about land reform.",
     "SANCTION", ("ZAF", None), ("USA", None), None),
    # --- MOBILIZE (152 troops deployed plain; 150 alert raised; troops sent, told by a spokesman)
    ("Ethiopia deployed thousands of extra soldiers and armoured vehicles to the Amhara region on Monday "
     "after militias overran two district capitals.",
     "MOBILIZE", ("ETH", None), None, None),
    ("Kazakhstan put its interior troops and police on high alert on Tuesday ahead of a planned rally "
     "against fuel prices in the city of Zhanaozen.",
     "MOBILIZE", ("KAZ", None), None, None),
    ("Uganda is sending another 1,000 soldiers to Somalia to reinforce the African Union mission there, "
     "its army spokesman said on Thursday.",
     "MOBILIZE", ("UGA", None), ("SOM", None), None),
    # --- COERCE (173 arrest plain; 174 deportation of refugees; detention in the passive with "by";
    # 172 curfew imposed on a city)
    ("Zimbabwean police arrested an opposition leader at his home in Harare on Tuesday, accusing him of "
     "organising an unsanctioned gathering.",
     "COERCE", ("ZWE", "COP"), ("ZWE", "OPP"), None),
    ("Tajikistan deported 40 Afghan refugees across the Panj river on Wednesday, the UN refugee agency "
     "said, saying they had overstayed their permits.",
     "COERCE", ("TJK", None), ("AFG", "REF"), None),
    ("Zambia's leading opposition figure was detained by police in Lusaka on Saturday as he arrived to "
     "address supporters outside a church.",
     "COERCE", ("ZMB", "COP"), ("ZMB", "OPP"), None),
    ("Ethiopian authorities ordered the residents of Gondar, in Amhara, to stay indoors from dusk to "
     "dawn on Sunday after a night of gunfire near the university.",
     "COERCE", ("ETH", None), None, None),
    # --- ASSAULT (190 attack plain; 195 air strike in the passive with "by"; 194 shelling with "they"
    # resolved from the sentence before; a denial, "negated")
    ("Amhara militiamen attacked a federal army base outside Bahir Dar early on Sunday and killed "
     "nine soldiers or more, hospital sources said.",
     "ASSAULT", ("ETH", "REB"), ("ETH", "MIL"), None),
    ("Two senior al-Shabaab commanders died on Tuesday in an air strike by the United States military "
     "near the town of Jilib, the Somali government said.",
     "ASSAULT", ("USA", "MIL"), ("SOM", "REB"), None),
    ("Federal troops entered the town of Lalibela on Friday. They shelled hillside positions held by "
     "Fano fighters for several hours, according to witnesses.",
     "ASSAULT", ("ETH", "MIL"), ("ETH", "REB"), None),
    ("The Ethiopian military on Thursday denied that its drones had bombed a crowded livestock market in the "
     "Amhara district of Dangila.",
     "ASSAULT", ("ETH", "MIL"), None, "negated"),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Year-on-year inflation in Ethiopia slowed to 14 percent in November from 16.2 percent a month "
    "earlier, figures from the statistics service showed.",
    "A survey of 1,200 Zambian adults found that 58 percent have confidence in the electoral commission, "
    "compared with 64 percent two years ago.",
    "Kazakhstan's wheat harvest came to 17.4 million tonnes this season, the third-largest crop since "
    "the country became independent.",
    "Eritrea does not permit foreign correspondents to work in the country and has had no privately "
    "owned newspapers for more than two decades.",
    "Economists see Somali output expanding by roughly 4 percent over 2027, helped by remittances and "
    "a rebound in livestock exports.",
    "Analysts say Uzbekistan could eventually seek a bigger share of the Amu Darya if the Afghan canal "
    "is finished, though much depends on the next few harvests.",
    "In 1998 Ethiopia and Eritrea fought a war over the dusty border town of Badme, a conflict that "
    "killed some 80,000 people before a peace deal in 2000.",
    "Zimbabwe's land reform began in earnest in 2000, when thousands of commercial farms were occupied "
    "by veterans of the liberation war.",
    "Every Friday, drivers waiting at the Torkham crossing gather at a tea stall beside the gate to "
    "trade news about customs rules and queue times.",
    "The Springboks kept attacking through the second half and crushed Argentina 41-10 in Durban, "
    "with their wingers scoring three tries between them.",
    "Shares in Kazakhstan's state uranium miner retreated 3 percent in London trading as spot prices "
    "for the fuel slipped for a fourth week.",
    "A Nairobi start-up has deployed its mobile payments software at 400 clinics across Ethiopia and "
    "Somalia, letting patients settle bills by text message.",
    "A Cape Town laboratory reports that the new strain invades liver cells twice as quickly as earlier "
    "variants, according to a paper in a medical journal.",
    "The Ethiopian runner surged clear of the leading group with 12 kilometres left and beat her "
    "Kenyan rival by 11 seconds to win the Tokyo marathon.",
    "The detective series, set in Almaty, follows a weary inspector who arrests a corrupt mayor in its "
    "final episode and has become the most watched show on Kazakh television.",
    "Forecasters say the Horn of Africa is likely to face another failed rainy season, with the driest "
    "conditions expected in southern Somalia.",
    "Kazakhstan's constitution limits a president to a single seven-year term in office.",
    "Zambian copper production climbed by 9 percent between July and September as two new mines on "
    "the Copperbelt came on stream.",
    "About 3.5 million Afghans live in Pakistan, roughly half of them without legal papers, according "
    "to United Nations estimates.",
    "Uzbekistan's chess team blocked every attempt by the Indian grandmasters and held them to a draw in "
    "the last round of the Olympiad.",
    "Pakistan regards the Durand Line as its international border, a position no government in Kabul "
    "has ever accepted.",
    "Diplomats in Addis Ababa believe renewed negotiations between the government and Amhara militias "
    "might become possible early next year, although no date has been mentioned.",
    "South African presidents traditionally deliver the state of the nation address in February before "
    "a joint sitting of both houses of parliament.",
    "Kenyan mobile operator Safaricom has captured about 10 percent of the Ethiopian market within three "
    "years of launching there, its annual report shows.",
    "A Kazakh satellite put into orbit in 2024 tracks the shrinking of the Aral Sea and sends images to "
    "ground stations twice a day.",
]

FLOORS = {"type": 0.83, "actor_code": 0.81, "actor_sector": 0.74, "recipient": 0.66, "pass": 0.69,
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
    return _code([c[0] for c in STORIES], resources, "blind53")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind53-empty")


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


def test_blind53_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind53 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind53_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind53 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
