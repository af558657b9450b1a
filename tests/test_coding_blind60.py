"""A sixtieth blind batch of event coding: short wire stories (one to three sentences) and passages with no
act, written for this test on 2026-12-02, before the coder was run on any of them. Its theme is the Americas
and the global bodies over one week, the way the desks of AP, Reuters and EFE write it: U.S. tariffs and the
answers of Canada and Mexico, expulsions and arrests in Cuba and Nicaragua, Venezuela's detention of
foreigners, Argentina's general strike, Brazil's Supreme Court, votes and vetoes in the U.N. Security Council,
the IAEA board and Iran, disputes at the WTO and the work of the court in The Hague, with some stories from
Africa, Asia, Europe and Oceania. About half of the stories are plain wire copy (pledged, met, signed,
praised, lifted, extradited, held joint exercises, sent, gave asylum, freed, asked, summoned, accused,
rejected, vowed ... unless, put tariffs on, deployed, raised its alert level, detained, arrested, killed), the
other half harder: acts told by a spokesperson after the clause, passives with "by", bodies named by their
acronym or their seat ("Brasilia", "Turtle Bay", "The Hague"), titles instead of names, capitals for states,
nationality adjectives, pronouns and antecedents from the sentence before, phrasal verbs and idioms ("hit
back", "gave in to", "pulled back from"), relative clauses, hedged and conditional sentences, and one denial.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
the U.N. and its agencies UNO, other intergovernmental bodies such as the IMF, the WTO, the ICC and the
Organization of American States IGO, NGOs NGO, the European Union EUR). An act announced for the future, an
offer or a pledge is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13
(an ultimatum is THREATEN too); meetings, calls and visits are CONSULT, 04; praise and signing a formal
agreement are SUPPORT, 05, 057; lifting a ban, scrapping a levy and accepting demands are CONCEDE, 081, 0812,
083; extradition, joint exercises and intelligence sharing are COOPERATE, 06; aid and asylum are AID, 07; a
release of prisoners or a pullout of troops is RETREAT, 0841, 087; calls, appeals and requests are REQUEST,
02; criticism, accusations and summoning an ambassador are ACCUSE, 111-115; refusals and vetoes are REJECT,
12; strikes, marches and road blockades are PROTEST, 14; tariffs and expelled diplomats are SANCTION, 16;
troops deployed, raised alert levels and shows of force are MOBILIZE, 15; arrests, detentions and house arrest
are COERCE, 17; attacks and killings are ASSAULT, 18-20. When two parties act jointly ("X and Y signed", "the
navies of X and Y held joint exercises") both are actors, as PLOVER-GSR codes them, so the case gives the
first as the actor and no recipient. A sector is given only where it is clear-cut (a minister or a president
GOV, soldiers and navies MIL, police COP, a justice of a court JUD, workers LAB); a bare state, a capital,
"authorities" and protesters have the code only. A recipient is None where the act has no clear target. A
denial "X denied that it had ..." gives the modality "negated"; every other case leaves the modality
unchecked.

A story passes when some event the coder finds in it has the expected type, has the expected actor among its
actors (code, and sector where one is given), the expected recipient among its recipients where one is given,
and the expected modality where one is given. The five story figures are the share of stories with an event of
the expected type, with the actor's code on such an event, with the actor's sector (of those that give one),
with the recipient (of those that give one), and that pass.

The EMPTY passages report no codable act that happened: statistics, polls, tallies, standing positions in the
simple present, forecasts, hedged speculation, background history with years, habits, and political verbs used
in the senses of sports, business, science, technology and crime reporting (a side that "attacked", shares
that "retreated", a firm that "deployed" software, a peso that "surrendered" ground). One passes when the
coder finds in it no event with the modality "asserted" or "reported".

Nothing comes from a gold set, the seed, the news files or the demo corpus: every text was written for this
batch, and every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news,
demo corpus and tests, and none was found. The batch was written without reading the coder's code, lexicons,
rules or output, or the stories of any other blind batch.

FIRST RUN, on the code at the start of the twelfth 2026-12-02 session, 3f400d4, whose code is 8ef1514 (written
to be read): the type found in 46 of 50 stories (0.920); the actor code right on an event of the type in 44
(0.880); code and sector in 17 of the 19 that give a sector (0.895); the recipient right in 34 of the 42 that
give one (0.810); **40 of 50 passing (0.800)**; 20 of 25 empty passages left empty.
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
    # --- AGREE (a pledge of aid plain; readiness to negotiate in reported speech with capitals; a loan
    # promised on a condition, the lender in a 'from' phrase and the act told by a spokeswoman after the
    # clause)
    ("Japan pledged $40 million on Thursday to help Haiti rebuild police stations and courthouses damaged "
     "during two years of gang violence.",
     "AGREE", ("JPN", None), ("HTI", None), None),
    ("Asked whether Ottawa would retaliate, Canada's trade minister told reporters that his government "
     "stood ready to resume negotiations with Washington as early as next week.",
     "AGREE", ("CAN", "GOV"), ("USA", None), None),
    ("Argentina will receive a further $2 billion from the International Monetary Fund once its Congress "
     "approves next year's budget, the fund's spokeswoman said on Friday.",
     "AGREE", ("IGO", None), ("ARG", None), None),
    # --- CONSULT (a meeting plain with titles; a telephone call with nationality adjectives, told by the
    # office after the clause; a visit for talks with a capital)
    ("The American secretary of state held talks with Mexico's foreign secretary on Monday during a stop "
     "in the Mexican capital, focusing on migration, fentanyl smuggling and the new steel duties.",
     "CONSULT", ("USA", "GOV"), ("MEX", "GOV"), None),
    ("The Brazilian president discussed the political crisis in Caracas with his Colombian counterpart in "
     "a phone call on Tuesday, his office said in a statement.",
     "CONSULT", ("BRA", "GOV"), ("COL", "GOV"), None),
    ("Somalia's foreign minister travelled to Addis Ababa on Wednesday for talks with Ethiopian officials "
     "over a port deal that had strained relations between the two neighbours.",
     "CONSULT", ("SOM", "GOV"), ("ETH", None), None),
    # --- SUPPORT (a joint signing plain; praise by a title; praise of a capital with a relative clause)
    ("Mexico and Canada signed an agreement in Ottawa on Wednesday to coordinate their responses to U.S. "
     "trade measures and to expand rail freight between the two countries.",
     "SUPPORT", ("MEX", None), None, None),
    ("The U.N. chief praised Colombia on Friday for granting legal status to more than half a million "
     "Venezuelan migrants.",
     "SUPPORT", ("UNO", None), ("COL", None), None),
    ("In a statement, the European Commission commended Brasilia on Tuesday for steering the climate talks "
     "in Belem to a deal that many delegates had written off.",
     "SUPPORT", ("EUR", None), ("BRA", None), None),
    # --- CONCEDE (a ban lifted plain; a levy scrapped, passive with 'by' and a capital, told by the White
    # House; demands accepted with an idiom, the government resolved from the sentence before)
    ("The United States lifted a ban on avocado imports from the Mexican state of Michoacan on Tuesday "
     "after its inspectors were allowed to resume work there.",
     "CONCEDE", ("USA", None), ("MEX", None), None),
    ("The 25 percent levy on Canadian aluminum was scrapped by Washington on Friday, barely a week after "
     "it took effect, the White House said.",
     "CONCEDE", ("USA", None), ("CAN", None), None),
    ("Argentina's main labor federation shut down much of the country on Wednesday with a 24-hour "
     "stoppage. A day later the government gave in to the unions' demand for an emergency pay rise for "
     "public sector workers.",
     "CONCEDE", ("ARG", "GOV"), ("ARG", "LAB"), None),
    # --- COOPERATE (an extradition plain; joint naval exercises, both sides actors; intelligence handed over,
    # passive with 'by', told by officials after the clause)
    ("Colombia on Wednesday extradited a suspected boss of the Clan del Golfo cartel to the United States "
     "to stand trial in Miami on cocaine smuggling counts.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("The navies of Brazil and Argentina held joint exercises in the South Atlantic this week, practicing "
     "search-and-rescue and anti-piracy drills.",
     "COOPERATE", ("BRA", "MIL"), None, None),
    ("Satellite tracking data was handed over to Australia's border force by the Indonesian navy on "
     "Tuesday to help intercept a boat carrying asylum seekers, officials in Canberra said.",
     "COOPERATE", ("IDN", "MIL"), ("AUS", None), None),
    # --- AID (relief supplies plain; asylum given, with a time clause; a shipment told with a pronoun and a
    # passive with 'by', the recipient from the sentence before)
    ("The European Union sent 200 tonnes of medicine and water purification equipment to Cuba on Monday "
     "after a hurricane knocked out power across the east of the island.",
     "AID", ("EUR", None), ("CUB", None), None),
    ("Mexico gave asylum to a Nicaraguan opposition figure on Thursday, five weeks after he sought shelter "
     "at the Mexican embassy in Managua.",
     "AID", ("MEX", None), ("NIC", "OPP"), None),
    ("Forty trucks of rice and cooking oil crossed from the Dominican Republic into Haiti on Saturday. "
     "They were sent by the World Food Programme, which is feeding about a million people in the country.",
     "AID", ("UNO", None), ("HTI", None), None),
    # --- RETREAT (captives freed plain; prisoners released, passive with 'by' after a sentence of context,
    # told by the State Department; troops pulled back, a phrasal verb)
    ("Venezuela on Tuesday freed three Colombian truckers it had jailed two months earlier after they "
     "crossed the border near Cucuta.",
     "RETREAT", ("VEN", None), ("COL", None), None),
    ("A U.S. government plane landed in Guatemala on Thursday carrying 135 people who had been jailed in "
     "Nicaragua. The prisoners, among them two Catholic priests and a former presidential hopeful, were "
     "released by Nicaraguan authorities hours earlier, the State Department said.",
     "RETREAT", ("NIC", None), None, None),
    ("Rwandan soldiers pulled back from Masisi and Sake in eastern Congo on Sunday under an accord that "
     "Washington had brokered, residents told reporters.",
     "RETREAT", ("RWA", "MIL"), ("COD", None), None),
    # --- REQUEST (the court named by its seat asks a state; the IMF's head urges, told after the clause; a
    # state asks the WTO by its acronym)
    ("Judges in The Hague asked Mongolia on Monday to explain why it had failed to arrest a visiting head "
     "of state wanted by the International Criminal Court.",
     "REQUEST", ("IGO", None), ("MNG", None), None),
    ("Argentina should stick to its spending cuts despite the walkouts, the head of the IMF urged on "
     "Thursday.",
     "REQUEST", ("IGO", None), ("ARG", None), None),
    ("Canada asked the WTO on Monday to convene a dispute panel to rule on U.S. duties on its softwood "
     "lumber.",
     "REQUEST", ("CAN", None), ("IGO", None), None),
    # --- ACCUSE (an ambassador summoned plain; an accusation against a capital; a condemnation, passive with
    # 'by' and a relative clause)
    ("Mexico summoned the American ambassador on Tuesday after a senior U.S. official suggested that drug "
     "cartels ran parts of its government.",
     "ACCUSE", ("MEX", None), ("USA", None), None),
    ("Cuba accused Washington on Friday of trying to starve the island into submission with its latest "
     "round of financial restrictions.",
     "ACCUSE", ("CUB", None), ("USA", None), None),
    ("Venezuela's jailing of at least a dozen foreigners on espionage charges was denounced on Wednesday "
     "by the New York-based group Human Rights Watch, which likened the arrests to hostage-taking.",
     "ACCUSE", ("NGO", None), ("VEN", None), None),
    # --- REJECT (a veto at Turtle Bay, passive with 'by' and a pronoun; a resolution of the IAEA board
    # rejected by a capital, told by a spokesman after the clause; a demand rejected plain by a title)
    ("A draft resolution demanding a ceasefire in Sudan won 13 votes at Turtle Bay on Monday. It was "
     "vetoed by Russia, whose ambassador said the text ignored the views of the authorities in Port Sudan.",
     "REJECT", ("RUS", None), None, None),
    ("The IAEA board of governors voted on Thursday to censure Iran for failing to explain traces of "
     "uranium found at undeclared sites. Tehran rejected the resolution as politically motivated, a "
     "foreign ministry spokesman said.",
     "REJECT", ("IRN", None), None, None),
    ("Mexico's president rejected on Wednesday a demand from Washington that U.S. troops be allowed to "
     "pursue cartels on Mexican soil, calling it an affront to national sovereignty.",
     "REJECT", ("MEX", "GOV"), ("USA", None), None),
    # --- THREATEN (a tariff threat plain with a title; a hostile conditional with capitals, told after the
    # clause; an ultimatum)
    ("The U.S. president vowed at a rally on Monday to raise tariffs on every Mexican import to 50 percent "
     "unless the country did more to keep migrants from reaching the border.",
     "THREATEN", ("USA", "GOV"), ("MEX", None), None),
    ("If Washington goes ahead with the new levies, Ottawa will answer with duties on American bourbon, "
     "orange juice and motorcycles, Canada's trade minister warned on Sunday.",
     "THREATEN", ("CAN", "GOV"), ("USA", None), None),
    ("Ecuador's interior minister issued a 48-hour ultimatum to the country's prison gangs on Sunday: hand "
     "over their weapons or face a military assault on the jails.",
     "THREATEN", ("ECU", "GOV"), ("ECU", None), None),
    # --- PROTEST (a general strike plain with a nationality adjective; a march by supporters resolved from
    # the sentence before; a road blockade with tractors)
    ("Hundreds of thousands of Argentine workers joined a general strike on Wednesday against the "
     "government's labor reform, halting trains, flights and ports.",
     "PROTEST", ("ARG", "LAB"), ("ARG", None), None),
    ("Brazil's Supreme Court on Friday upheld the conviction of a former president for plotting a coup. "
     "Tens of thousands of his supporters marched along Sao Paulo's Avenida Paulista on Sunday to protest "
     "the ruling.",
     "PROTEST", ("BRA", None), ("BRA", None), None),
    ("Convoys of tractors driven by French farmers blocked the ring road around Paris on Tuesday as "
     "growers vented their anger over the European Union's trade pact with four South American nations.",
     "PROTEST", ("FRA", None), None, None),
    # --- SANCTION (tariffs plain; retaliatory duties with an idiom and a capital after a sentence of context;
    # an ambassador declared persona non grata by a capital, told after the clause; a diplomat ordered out by
    # a capital)
    ("The United States put 25 percent tariffs on Canadian steel and lumber on Monday, citing national "
     "security concerns.",
     "SANCTION", ("USA", None), ("CAN", None), None),
    ("Washington's new duties on Canadian steel took effect at midnight on Tuesday. Hours later, Ottawa "
     "hit back with matching duties on C$30 billion worth of American goods, the finance ministry said.",
     "SANCTION", ("CAN", None), ("USA", None), None),
    ("Nicaragua expelled Brazil's ambassador on Thursday because he had skipped a ceremony marking the "
     "anniversary of the Sandinista revolution. Brasilia retaliated on Friday by declaring Nicaragua's "
     "ambassador persona non grata, a foreign ministry spokesman said.",
     "SANCTION", ("BRA", None), ("NIC", None), None),
    ("Havana ordered a senior U.S. diplomat out of the country on Saturday, saying he had met with "
     "dissidents and encouraged them to take to the streets.",
     "SANCTION", ("CUB", None), ("USA", None), None),
    # --- MOBILIZE (troops deployed plain; an alert level raised; a show of force by a capital, told by a
    # ministry after the clause)
    ("Colombia deployed 2,000 additional soldiers to its border with Venezuela on Saturday following a "
     "surge in attacks by armed groups in the Catatumbo region.",
     "MOBILIZE", ("COL", None), None, None),
    ("Guyana's army raised its state of alert on Thursday after Venezuelan warships were spotted near an "
     "offshore oil platform operated by an American company.",
     "MOBILIZE", ("GUY", "MIL"), None, None),
    ("Beijing sent 20 warplanes and six navy ships around Taiwan on Tuesday, the island's defense ministry "
     "said, a day after its president returned from a trip to Paraguay.",
     "MOBILIZE", ("CHN", None), ("TWN", None), None),
    # --- COERCE (foreigners detained plain; a dissident arrested by police, told by his wife after the
    # clause; a bishop arrested, passive with 'by' and a relative clause; house arrest ordered by a justice)
    ("Venezuelan authorities detained two Spanish citizens in Caracas on Monday, accusing them of plotting "
     "against the government.",
     "COERCE", ("VEN", None), ("ESP", None), None),
    ("Cuban police arrested a dissident rapper at his home in Havana on Sunday, hours before a planned "
     "rally outside the Capitol, his wife said.",
     "COERCE", ("CUB", "COP"), ("CUB", None), None),
    ("A Roman Catholic bishop who had criticized Nicaragua's government from the pulpit was arrested by "
     "police in Matagalpa on Friday, the diocese said.",
     "COERCE", ("NIC", "COP"), ("NIC", None), None),
    ("A justice of Brazil's Supreme Court ordered on Saturday that a former president be placed under "
     "house arrest for breaching a ban on using social media.",
     "COERCE", ("BRA", "JUD"), ("BRA", None), None),
    # --- ASSAULT (a deadly shootout plain; a capital struck, passive with 'by', told by an agency after the
    # clause; a denial, modality negated)
    ("Mexican soldiers killed 13 suspected cartel gunmen in a shootout in the northern state of Sinaloa on "
     "Thursday, the defense ministry said.",
     "ASSAULT", ("MEX", "MIL"), ("MEX", None), None),
    ("Kyiv was hit overnight by a wave of Russian drones and missiles that killed four people and cut "
     "power to thousands of homes, Ukraine's emergency service said.",
     "ASSAULT", ("RUS", None), ("UKR", None), None),
    ("The Pakistani army denied late on Friday that its jets had bombed targets inside Afghanistan, "
     "calling reports from Kabul of civilian deaths baseless.",
     "ASSAULT", ("PAK", "MIL"), ("AFG", None), "negated"),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Remittances sent home by Mexicans living abroad totaled nearly $65 billion last year, about 3.5 "
    "percent of gross domestic product, according to central bank figures.",
    "Cuban state television airs a denunciation of the U.S. embargo nearly every evening during its main "
    "newscast.",
    "The Security Council has adopted 41 resolutions so far this year, the fewest in more than three "
    "decades, a New York research group that tracks its work says.",
    "Canada considers the Northwest Passage part of its internal waters, a view that the United States "
    "has never accepted.",
    "Most economists surveyed this week think Chile's central bank will leave interest rates unchanged at "
    "its December meeting.",
    "Diplomats at Turtle Bay say a new draft on Haiti could come to a vote before December is out, though "
    "it may yet run into objections from China.",
    "Washington first imposed a partial trade embargo on Cuba in 1960 and widened it to almost all goods "
    "two years later.",
    "Nicaragua left the Organization of American States in 2023, two years after the body condemned the "
    "re-election of its president.",
    "Every Thursday since 1977, the Mothers of the Plaza de Mayo have walked in circles in front of the "
    "presidential palace in Buenos Aires.",
    "Brazil attacked without letup in the second half, and Vinicius Junior finally broke through in the "
    "81st minute to give the Selecao a 1-0 win over Uruguay in Montevideo.",
    "Shares of Mexican cement maker Cemex retreated 4 percent on Tuesday as investors fretted about the "
    "impact of U.S. tariffs on construction demand.",
    "The Sao Paulo fintech deployed a fraud-detection tool throughout its payment network in October, "
    "cutting chargebacks by a third, the company said.",
    "Researchers in Chile found that the invasive algae had colonized nearly 40 percent of the rocky "
    "shoreline near Valparaiso, crowding out native kelp.",
    "Prosecutors say the gang targeted tourists at cash machines in Cancun, typically striking between "
    "midnight and 3 a.m.",
    "Canada's hockey team crushed the United States 6-1 in Ottawa on Saturday night, avenging its defeat "
    "in last year's final.",
    "Argentina's peso staged a rally on Wednesday, recovering ground it had surrendered to the dollar the "
    "week before.",
    "The Canadian miner launched an unsolicited $4 billion bid for a Peruvian copper rival on Monday, "
    "offering its shareholders a 30 percent premium.",
    "The World Trade Organization forecasts that global goods trade will shrink by 0.2 percent next year "
    "as tariffs between North American partners bite.",
    "More than 7.9 million Venezuelans have left their country since 2014, according to estimates by the "
    "U.N. refugee agency, most of them for Colombia, Peru and Brazil.",
    "Since it opened its doors in 2002, the International Criminal Court has issued more than 60 arrest "
    "warrants, only about a third of which have been carried out.",
    "Mexico's constitution bars foreign troops from operating on its territory without the approval of "
    "the Senate.",
    "Analysts say Iran might restrict inspectors' access further if the board passes another resolution, "
    "but Tehran has so far held back from such a step.",
    "Boca Juniors besieged the Racing goal for most of the night but had to settle for a goalless draw at "
    "La Bombonera.",
    "The virus invades liver cells by hijacking a receptor on their surface, according to a study "
    "published in Nature.",
    "Nearly seven in ten Canadians say they are avoiding American products at the grocery store, a Leger "
    "poll released on Thursday showed.",
]

FLOORS = {"type": 0.93, "actor_code": 0.91, "actor_sector": 0.97, "recipient": 0.85, "pass": 0.85,
          "empty": 0.81}
PUBLISHED = "2026-12-02"
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
    return _code([c[0] for c in STORIES], resources, "blind60")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind60-empty")


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


def test_blind60_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind60 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind60_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind60 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
