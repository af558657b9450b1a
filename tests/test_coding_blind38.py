"""A thirty-eighth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them, on economic statecraft
and the law: sanctions and export controls, court rulings and arrests of officials, extraditions, asset
freezes, trade deals, tariffs and retaliation, investment screening, deportation flights, aid pledged and aid
suspended, from every continent, the way the desks of AP, Reuters, AFP and VOA write it. About half of the
stories are plain wire copy (offered, met, signed, praised, lifted, extradited, gave, freed, urged, accused,
summoned, vetoed, threatened, went on strike, imposed sanctions, slapped a tariff, deployed, arrested,
deported, killed), the other half harder: reported speech, attribution after the clause, the passive with
"by", nominal events, titles in place of names, capitals standing for states, nationality adjectives, pronouns
and definite descriptions resolved from the sentence before, phrasal verbs and idioms (turned down, handed
over, pulled out, hit back, put on alert, taken into custody), relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
the UN and its agencies UNO, other intergovernmental bodies such as the IMF, the World Bank and the African
Union IGO, NGOs NGO, the European Union EUR). The conventions followed: an offer, a promise or an act
announced for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional,
THREATEN, 13; meetings, visits and calls are CONSULT, 04; praise and signing a formal agreement are SUPPORT,
05, 057; lifting a ban or easing sanctions is CONCEDE, 081, 0812; an extradition or a hand-over of a suspect
and sharing of data are COOPERATE, 06; a loan, a grant, food aid or asylum is AID, 07; a release of prisoners
or of seized property and a pullback of troops are RETREAT, 0841, 087; summoning a foreign envoy is ACCUSE,
114; tariffs, sanctions, aid cut off and an ambassador recalled are SANCTION, 16; arrests, detentions,
deportations and seizures are COERCE, 17; when two parties act jointly ("X and Y signed") the coder codes both
as actors with no recipient, so the first is given as the actor and the recipient is None; a sector is given
only where it is clear-cut (a minister GOV, police COP, a court JUD, a former office-holder ELI), and a bare
state name, a capital, "authorities", protesters or gunmen get the code alone; the recipient is None where
there is no clear target; a denial "X denied that it had ..." would give the modality "negated" (none is used
here). A story passes when the coder gives at least one event of the expected type whose actors include the
expected actor (and sector, where one is given), whose recipients include the expected recipient (where one is
given) and whose modality is the expected one (where one is given).

The EMPTY passages report no codable act that happened: statistics, polls, tallies, standing positions in the
simple present, forecasts, hedged speculation, background history with years, habits, and political verbs used
in their sporting, business, market, scientific and technical senses (a side that "attacked", shares that
"retreated", a firm that "deployed" software, a player who "crushed" an opponent). They pass when the coder
codes no event with the modality "asserted" or "reported" in them.

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared with the
gold sets, the seed, the news corpus, the demo corpus and the tests; none was found.

FIRST RUN, on commit c386b4d (the third 2026-12-01 session's coder, after the rules blind batches 30 to
37 and article batches 1 and 3 prompted): the type found in 45 of 50 stories (0.900); the actor code
right on an event of the type in 45 (0.900); code and sector in 12 of the 14 that give a sector
(0.857); the recipient right in 29 of the 36 that give one (0.806); **40 of 50 passing (0.800)**; 23
of the 25 empty passages with no event that happened (0.920). The session's starting coder (5610c44),
run on it afterwards for comparison only: 39 of 50 and 22 of 25. No expectation was changed after the
first run. Its misses were read and rules followed (customs records "pooled", protesters who "chained
themselves", a former president "branded a fugitive", an economy secretary); two others, a threat's
target in its condition and a request "turned down" answered to its author, were answered by rules
that the PLOVER-GSR check part and the demo corpus's incidents then measured worse, and those rules
were dropped. The batch is no longer blind.
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
    # --- AGREE (offer plain; promise with a capital and attribution after the clause; promise with "She"
    # resolved from the sentence before)
    ("Canada offered Chile an upgraded free trade pact on Thursday that would scrap remaining duties on "
     "lithium, copper and farmed salmon within three years.",
     "AGREE", ("CAN", None), ("CHL", None), None),
    ("Tokyo will help Manila build a coast guard training school on the island of Palawan, Japan's foreign "
     "minister said on Saturday at the end of a two-day trip.",
     "AGREE", ("JPN", None), ("PHL", None), None),
    ("Norway's trade minister arrived in Nairobi on Wednesday with a delegation of fifty business leaders. "
     "She promised Kenya that Norwegian importers would double their orders of cut roses and avocados by "
     "2028.",
     "AGREE", ("NOR", "GOV"), ("KEN", None), None),

    # --- CONSULT (meeting with a counterpart; visit to a capital; telephone call by an IMF head, attribution
    # after)
    ("Indonesia's foreign minister met her Australian counterpart in Jakarta on Tuesday to discuss a stalled "
     "accord on nickel processing and battery supply chains.",
     "CONSULT", ("IDN", "GOV"), ("AUS", None), None),
    ("Mexico's economy secretary flew to Washington on Monday for talks with American trade officials on "
     "quotas for steel and aluminium.",
     "CONSULT", ("MEX", "GOV"), ("USA", None), None),
    ("The managing director of the International Monetary Fund spoke by phone with Egypt's finance minister "
     "on Friday about the next tranche of Cairo's bailout, the fund said in a statement.",
     "CONSULT", ("IGO", None), ("EGY", "GOV"), None),

    # --- SUPPORT (joint signing; praise by an EU body; welcome in the passive with "by")
    ("Kenya and Ethiopia signed a deal in Addis Ababa on Thursday to trade hydropower over a new "
     "500-kilovolt line between their grids.",
     "SUPPORT", ("KEN", None), None, None),
    ("The European Union on Tuesday praised Moldova for passing a law that lets courts confiscate the wealth "
     "of officials convicted of graft.",
     "SUPPORT", ("EUR", None), ("MDA", None), None),
    ("Argentina's decision to scrap most currency controls was warmly welcomed by the World Bank on "
     "Wednesday as a bold move toward stabilising the peso.",
     "SUPPORT", ("IGO", None), ("ARG", None), None),

    # --- CONCEDE (ban lifted, nationality adjective; sanctions eased; ban scrapped after a fronted clause)
    ("China lifted its ban on imports of Australian rock lobster on Friday, ending a trade freeze that had "
     "lasted four years.",
     "CONCEDE", ("CHN", None), ("AUS", None), None),
    ("The United States relaxed its sanctions on Venezuelan crude sales on Tuesday after Caracas set a date "
     "for a presidential vote.",
     "CONCEDE", ("USA", None), ("VEN", None), None),
    ("Bowing to weeks of pressure from its neighbours, the Indian government on Monday scrapped a ban on "
     "shipments of broken rice to Bangladesh.",
     "CONCEDE", ("IND", "GOV"), ("BGD", None), None),

    # --- COOPERATE (extradition plain; hand-over in the passive with "by" and attribution after; joint data
    # sharing)
    ("Colombia extradited a retired army colonel to the United States, where he faces cocaine trafficking "
     "charges in a Florida court, officials said on Wednesday.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("A suspected money launderer wanted in Italy for six years was handed over to Rome by authorities in "
     "the United Arab Emirates on Sunday, Italian police said.",
     "COOPERATE", ("ARE", None), ("ITA", None), None),
    ("Singapore and Malaysia began pooling customs records on Monday in a joint effort to catch traders who "
     "relabel goods to slip past American tariffs.",
     "COOPERATE", ("SGP", None), None, None),

    # --- AID (grant plain; food aid in the passive with "by"; asylum in the passive, recipient an opposition
    # figure)
    ("New Zealand gave Tonga 20 million dollars on Thursday to rebuild wharves and fuel depots wrecked by "
     "last year's cyclone.",
     "AID", ("NZL", None), ("TON", None), None),
    ("Emergency food rations worth $40 million were delivered to Haiti by the World Food Programme this "
     "week, the UN agency said on Friday.",
     "AID", ("UNO", None), ("HTI", None), None),
    ("A Nicaraguan opposition leader who slipped out of Managua last month has been granted asylum by Costa "
     "Rica, his lawyer said on Friday.",
     "AID", ("CRI", None), ("NIC", "OPP"), None),

    # --- RETREAT (prisoners freed; seized ship returned; pullout with attribution after)
    ("Belarus freed fourteen political detainees, two of them reporters, on Thursday hours after a U.S. "
     "envoy left Minsk.",
     "RETREAT", ("BLR", None), None, None),
    ("Iran released a Greek-flagged oil tanker and its crew on Sunday, eleven months after its navy boarded "
     "the ship in the Gulf of Oman.",
     "RETREAT", ("IRN", None), ("GRC", None), None),
    ("Ethiopian forces have pulled out of two farming towns they had held inside Sudan, the Sudanese foreign "
     "ministry said on Monday.",
     "RETREAT", ("ETH", "MIL"), None, None),

    # --- REQUEST (urge plain; request in reported speech; call by an NGO)
    ("The African Union urged Sudan's warring factions on Wednesday to allow aid lorries into besieged towns "
     "in North Darfur.",
     "REQUEST", ("IGO", None), ("SDN", None), None),
    ("Zambia has asked China to write off part of the $4 billion it owes Chinese state lenders, the finance "
     "minister told lawmakers in Lusaka on Tuesday.",
     "REQUEST", ("ZMB", None), ("CHN", None), None),
    ("Amnesty International called on Thailand on Monday to halt plans to send forty Uyghur men held at a "
     "Bangkok immigration centre back to China.",
     "REQUEST", ("NGO", None), ("THA", None), None),

    # --- ACCUSE (accusation between capitals; envoy summoned; branding in the passive with "by" by a title)
    ("Beijing accused Washington on Friday of economic coercion after thirty more Chinese firms were put on "
     "an American export blacklist.",
     "ACCUSE", ("CHN", None), ("USA", None), None),
    ("Nigeria's foreign ministry summoned the British high commissioner on Tuesday over a London judge's "
     "remarks about corruption in Abuja.",
     "ACCUSE", ("NGA", "GOV"), ("GBR", None), None),
    ("Peru's former president was branded a fugitive from justice by the country's attorney general on "
     "Monday, days after he failed to appear for a hearing.",
     "ACCUSE", ("PER", "JUD"), ("PER", "ELI"), None),

    # --- REJECT (request turned down, recipient from the sentence before; court refusal; veto, diplomats
    # said)
    ("Ukraine asked Switzerland last month to transfer frozen Russian central bank reserves to a fund for "
     "rebuilding its power plants. The Swiss government turned down the request on Thursday, saying federal "
     "law did not permit it.",
     "REJECT", ("CHE", "GOV"), ("UKR", None), None),
    ("A court in Pretoria on Wednesday refused to extradite a former Mozambican finance minister to New "
     "York, ruling that he should face trial in Maputo instead.",
     "REJECT", ("ZAF", "JUD"), None, None),
    ("Hungary vetoed a fresh round of EU penalties against Russia at a meeting of ambassadors in Brussels on "
     "Monday, diplomats said.",
     "REJECT", ("HUN", None), None, None),

    # --- THREATEN (plain conditional tariff threat; warning with attribution after by a title; idiom "hit
    # back")
    ("The United States threatened on Tuesday to double its levies on Brazilian steel unless Brasilia cuts "
     "its import duties on ethanol.",
     "THREATEN", ("USA", None), ("BRA", None), None),
    ("Any firm caught shipping drone components to Russia will be shut out of European markets, the European "
     "Union's foreign affairs commissioner warned in Brussels on Thursday.",
     "THREATEN", ("EUR", None), None, None),
    ("Beijing will hit back with firm countermeasures if Lithuania lets Taipei open a second office in "
     "Vilnius, a Chinese foreign ministry spokesman said on Monday.",
     "THREATEN", ("CHN", None), ("LTU", None), None),

    # --- PROTEST (road blockade by farmers; dock strike; protesters chained to gates against a deportation
    # flight)
    ("Thousands of French farmers blocked motorways around Paris with tractors on Wednesday in protest at a "
     "trade deal between the EU and South American nations.",
     "PROTEST", ("FRA", None), None, None),
    ("Dock workers in Mombasa went on strike on Monday against a government plan to lease Kenya's busiest "
     "port to a Gulf operator.",
     "PROTEST", ("KEN", "LAB"), None, None),
    ("Protesters chained themselves to the gates of a migrant holding centre near Madrid on Saturday in a "
     "bid to stop a deportation flight bound for Senegal.",
     "PROTEST", ("ESP", None), None, None),

    # --- SANCTION (sanctions plain; tariff idiom "slapped"; ambassador recalled between capitals; budget
    # support suspended by "Dutch officials" with attribution first)
    ("The U.S. Treasury imposed sanctions on three Chinese refineries on Tuesday, accusing them of buying "
     "crude from Iran.",
     "SANCTION", ("USA", None), ("CHN", None), None),
    ("Turkey slapped a 40 percent tariff on Chinese-made cars on Friday, saying a flood of cheap imports "
     "threatened local assembly plants.",
     "SANCTION", ("TUR", None), ("CHN", None), None),
    ("Lima recalled its ambassador from Mexico City on Wednesday after Mexico gave asylum to Peru's ousted "
     "prime minister.",
     "SANCTION", ("PER", None), ("MEX", None), None),
    ("Dutch officials said on Friday they had suspended $80 million in budget support to Tanzania over the "
     "jailing of opposition leaders.",
     "SANCTION", ("NLD", "GOV"), ("TZA", None), None),

    # --- MOBILIZE (troops to a border; police to a jungle crossing; alert raised between capitals)
    ("Guyana deployed troops to its western frontier on Sunday after Venezuela held a referendum laying "
     "claim to the Essequibo region.",
     "MOBILIZE", ("GUY", None), None, None),
    ("Panama sent 500 police officers to the Darien jungle on Thursday to stem the flow of migrants trekking "
     "north toward the United States.",
     "MOBILIZE", ("PAN", None), None, None),
    ("Seoul put its forces on heightened alert on Friday after Pyongyang fired what appeared to be a "
     "ballistic missile into the sea.",
     "MOBILIZE", ("KOR", None), None, None),

    # --- COERCE (arrest plain; deportation flight; custody in the passive with "by"; seizure with attribution
    # after)
    ("Police in Lagos arrested a former state governor on Monday over the alleged theft of $80 million in "
     "public funds.",
     "COERCE", ("NGA", "COP"), ("NGA", "ELI"), None),
    ("The United States deported 130 Guatemalans on a charter flight to Guatemala City on Thursday, the "
     "third such flight this week.",
     "COERCE", ("USA", None), ("GTM", None), None),
    ("A former deputy defence minister was taken into custody by Vietnamese police on Wednesday over bribes "
     "tied to military land deals.",
     "COERCE", ("VNM", "COP"), ("VNM", "ELI"), None),
    ("Customs officers seized a cargo of Russian-made drone engines at the port of Constanta on Saturday, "
     "Romanian prosecutors said.",
     "COERCE", ("ROU", None), None, None),

    # --- ASSAULT (gunmen kill foreign workers; Houthi missile on a ship; killing of a prosecutor in a
    # relative clause and the passive with "by")
    ("Gunmen killed four Chinese workers at a gold mine in the Central African Republic on Tuesday.",
     "ASSAULT", ("CAF", None), ("CHN", None), None),
    ("Houthi rebels struck a Greek-owned bulk carrier with a missile off Yemen's coast on Sunday, setting "
     "its bridge ablaze.",
     "ASSAULT", ("YEM", "REB"), ("GRC", None), None),
    ("A prosecutor who had been investigating a money-laundering ring was shot dead by hitmen on a "
     "motorcycle outside his home in Guayaquil on Friday, Ecuadorean police said.",
     "ASSAULT", ("ECU", None), ("ECU", "JUD"), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Mexican exports to its northern neighbour were 6.1 percent higher in October than a year before, Inegi, "
    "the statistics institute, reported on Monday, led by shipments of car parts and computers.",
    "Sixty-two percent of Germans back tighter checks on Chinese investment in ports and power grids, a "
    "Hamburg polling firm found in a survey released this week.",
    "The number of companies on the U.S. export blacklist has more than doubled since 2018 to roughly 1,200, "
    "by the count of a Washington research group.",
    "Brazil has long opposed unilateral sanctions that lack the backing of the UN Security Council, and its "
    "diplomats routinely abstain when such measures come up in regional forums.",
    "Economists expect Chile's central bank to lower borrowing costs by 25 basis points next month as "
    "inflation cools.",
    "Analysts said Ottawa could face retaliation from Beijing if it joins an American push to curb chip "
    "exports, though no decision is expected before spring.",
    "The grain embargo that President Carter imposed on the Soviet Union in 1980 hurt American farmers more "
    "than it hurt Moscow, historians have argued.",
    "Zimbabwe's land reform programme, launched in 2000, saw thousands of commercial farms change hands, and "
    "the country's maize output fell by more than half over the following decade.",
    "Manchester City attacked wave after wave after half-time yet failed to break down a stubborn Brentford "
    "defence, and the match ended goalless.",
    "Shares in Japanese carmakers retreated on Tuesday as traders cashed in gains from a week-long rally, "
    "with Toyota down 2.3 percent in Tokyo trading.",
    "The logistics group deployed new route-planning software across its 400 depots last quarter, cutting "
    "fuel costs by about a tenth, its chief executive told analysts.",
    "The Kenyan runner broke away from the pack with two laps left and held off a late Ethiopian challenge "
    "to win the 10,000 metres.",
    "The mining group reported a 14 percent fall in first-half profit on Thursday, blaming weaker copper "
    "prices and higher energy costs at its Peruvian operations.",
    "Researchers found that the fungus attacks cassava roots only when soil temperatures climb above 25 "
    "degrees Celsius, a finding that could help growers in East Africa.",
    "Every December the central bank publishes a report on the country's foreign reserves, and currency "
    "traders usually comb it for clues about the exchange rate.",
    "The airline's offer for a smaller regional rival would be the largest deal in Nordic aviation in a "
    "decade, according to industry data.",
    "The Brazilian teenager fought back from a set down to beat the top seed in three sets in Melbourne on "
    "Wednesday.",
    "The Turkish lira weakened past 45 to the dollar on Friday, extending losses that have wiped nearly a "
    "fifth off its value this year.",
    "Norway's grandmaster crushed his opponent in 28 moves at the rapid chess tournament in Doha, keeping a "
    "title he has held since 2022.",
    "Brazilian courts received about 35 million new lawsuits last year, and the average civil case takes "
    "nearly four years to reach a verdict, a judicial council report shows.",
    "Under Swiss law, the assets of foreign officials may be frozen only when their home state has collapsed "
    "or cannot mount a credible prosecution of its own.",
    "Car thefts in the Chilean capital have risen for three straight years, and insurers say most stolen "
    "vehicles cross the border within days.",
    "The chipmaker is expected to launch a cheaper version of its AI accelerator next year that complies "
    "with U.S. export rules, people familiar with the matter said.",
    "Nigeria's Super Eagles invaded the penalty area again and again but were caught out by a late "
    "counter-attack as Cameroon won 2-1 in Yaounde.",
    "Copper futures surged to a record high in London on Thursday on fears of supply disruptions in Chile "
    "and Peru, while gold slipped.",
]

FLOORS = {"type": 0.93, "actor_code": 0.93, "actor_sector": 0.97, "recipient": 0.88, "pass": 0.91,
          "empty": 0.93}
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
    return _code([c[0] for c in STORIES], resources, "blind38")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind38-empty")


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


def test_blind38_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind38 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind38_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind38 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
