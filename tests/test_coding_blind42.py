"""A forty-second blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. The theme is
Europe and the Americas as Reuters and AFP write them: elections and coalition talks, extraditions,
cartel arrests, border and migration deals, pension protests and strikes, court and parliamentary
fights with governments, trade spats; with a few stories from Africa, Asia and Oceania and from
international bodies. Many actors are a person named by a long title, or an institution named by its
seat or building (the Elysee, the Kremlin, Downing Street, Itamaraty, the Casa Rosada, the Bundestag,
the Pentagon, Foggy Bottom, Brussels for the European Union, a capital for its state). About half of
the stories are plain wire copy (offered, met, signed, apologised, lifted, extradited, sent, freed,
called on, summoned, rejected, threatened, marched, expelled, deployed, arrested, killed), the other
half harder: reported speech, attribution after the clause, passives with "by", nominal events
("completed the withdrawal"), titles instead of names, capitals for states, nationality adjectives,
pronouns resolved from the sentence before, phrasal verbs and idioms ("turned the request down",
"stormed"), relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the
European Union EUR). Conventions: an act announced for the future, an offer or a promise is AGREE,
03, unless it is hostile and conditional, THREATEN, 13; meetings, visits and calls are CONSULT, 04;
praise, an apology and signing a formal agreement are SUPPORT, 05 and 057; lifting a ban and accepting
demands are CONCEDE, 081, 0812, 083; an extradition or a handover of a suspect and joint exercises are
COOPERATE, 06; loans, relief and asylum granted are AID, 07; a release of prisoners, a withdrawal of
troops and a return of property are RETREAT, 0841, 087; summoning an ambassador is ACCUSE, 114; a
veto is REJECT, 12; strikes, marches and road blockades are PROTEST, 14; tariffs, expelled diplomats
and an ambassador recalled are SANCTION, 16; deploying troops is MOBILIZE, 15; arrests,
deportations and curfews are COERCE, 17. When two parties act jointly ("X and Y signed", "X and Y
troops held exercises") both sides are actors, as PLOVER-GSR codes them, so the first side is given
as actor and the recipient is None. A sector is given only where it is clear-cut (a minister or a
presidential palace GOV, soldiers MIL, police COP, a union LAB, a parliament LEG); for a bare state
name, a capital, "authorities" or protesters only the code is checked. A denial "X denied that it
had ..." gives the modality "negated"; otherwise modality is None (not checked).

Two kinds of case:

- STORIES: a story passes when the coder returns, among the events of the text, an event of the given
  type whose actors include the given actor (code, and sector where one is given), whose recipients
  include the given recipient where one is given, and whose modality is the given one where one is
  given. The test also reports how often the type, the actor's code, the actor's sector and the
  recipient are found on their own.
- EMPTY: passages that report no codable act that happened: statistics, polls and vote tallies,
  standing positions in the simple present, forecasts, hedged speculation, background history with
  years, habits, fiction, and political verbs in sports, business, science and technology senses (a
  team that "attacked", shares that "retreated", a firm that "deployed" software, a goalkeeper who
  "blocked" penalties). A passage passes when the coder returns no event with modality "asserted" or
  "reported".

Every text was written for this batch; nothing comes from a gold set, the seed, the news corpus or
the demo corpus, and the batch was written without reading the coder's code, lexicons, rules or
output. Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed,
news and demo corpus and the tests, and none was found. The floors are 0.0 until a first run.

FIRST RUN, on commit 9c7fb3a (the fourth 2026-12-01 session's coder, after the rules blind batches 39 and 41,
article batch 5 and incident batches 1 and 3 prompted): the type found in 47 of 50 stories (0.940); the actor
code right on an event of the type in 45 (0.900); code and sector in 20 of the 23 that give a sector (0.870);
the recipient right in 34 of the 39 that give one (0.872); **42 of 50 passing (0.840)**; 23 of 25 empty
passages left empty. The session's starting coder (50def54), run on it afterwards for comparison, scores the
same on every figure.
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
    # --- AGREE (offer plain; future act in reported speech from the Elysee; promise with "there"
    # and "he" resolved from the sentence before, a capital inside the clause)
    ("Spain offered Morocco 500 million euros in credit on Monday to enlarge the port of Tangier and "
     "help curb irregular crossings toward the Canary Islands.",
     "AGREE", ("ESP", None), ("MAR", None), None),
    ("The Elysee said on Thursday that France would host a donor conference for Haiti in Paris early "
     "next year, after the island's transitional council asked for help paying its police.",
     "AGREE", ("FRA", None), None, None),
    ("Brazil's foreign minister flew to Asuncion on Wednesday for talks on the tariff charged for power "
     "from the Itaipu dam. There he promised Paraguay that Brasilia would settle its arrears on "
     "electricity purchases by December.",
     "AGREE", ("BRA", "GOV"), ("PRY", None), None),
    # --- CONSULT (meeting plain; telephone call reported by Downing Street with titles; joint talks
    # with nationality adjectives)
    ("Mexico's president met Guatemalan President Bernardo Arevalo in Tapachula on Saturday to discuss "
     "migration and smuggling along their shared border.",
     "CONSULT", ("MEX", "GOV"), ("GTM", "GOV"), None),
    ("Downing Street said the prime minister had phoned the Irish taoiseach on Sunday to go over "
     "customs checks on goods crossing into Northern Ireland.",
     "CONSULT", ("GBR", "GOV"), ("IRL", "GOV"), None),
    ("Bogota and Caracas reopened their consulates last year after a long rupture. Colombian and "
     "Venezuelan officials held talks in Caracas on Thursday and Friday, focusing on commercial "
     "flights and cross-border crime.",
     "CONSULT", ("COL", "GOV"), None, None),
    # --- SUPPORT (joint signing; praise by the UN chief with titles; apology for colonial rule)
    ("After twenty-five years of haggling, the European Union and Mercosur signed their free "
     "trade agreement in Montevideo on Friday.",
     "SUPPORT", ("EUR", None), None, None),
    ("The U.N. chief commended Chile's electoral service on Monday for the calm and "
     "orderly conduct of Sunday's presidential runoff.",
     "SUPPORT", ("UNO", None), ("CHL", None), None),
    ("Belgium's prime minister apologised on Tuesday to Kinshasa for the "
     "forced removal of mixed-race children from their mothers under colonial rule.",
     "SUPPORT", ("BEL", "GOV"), ("COD", None), None),
    # --- CONCEDE (ban lifted with attribution to the Casa Rosada after the clause; restrictions
    # eased by the Commission with a relative clause; demands accepted, "their" resolved)
    ("Argentina's government lifted its ban on beef exports on Wednesday after domestic meat prices "
     "steadied, the Casa Rosada said.",
     "CONCEDE", ("ARG", "GOV"), None, None),
    ("The European Commission, which had capped imports of Ukrainian grain after protests by Polish "
     "farmers, eased those restrictions on Ukraine on Tuesday.",
     "CONCEDE", ("EUR", None), ("UKR", None), None),
    ("Striking dockworkers had paralysed Le Havre and Marseille for nine days. On Friday the French "
     "government accepted their demand for an early retirement scheme, the CGT union said.",
     "CONCEDE", ("FRA", "GOV"), ("FRA", "LAB"), None),
    # --- COOPERATE (extradition plain; joint naval exercises with nationality adjectives; handover
    # in the passive with "by")
    ("Colombia on Thursday extradited to the United States an alleged Clan del Golfo commander "
     "wanted in Miami for shipping tons of cocaine north by boat.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("Indian and French navies opened a week-long joint drill near Goa on Monday, practising "
     "anti-submarine warfare and refuelling at sea.",
     "COOPERATE", ("IND", "MIL"), None, None),
    ("The fugitive, wanted in Calabria for extortion on behalf of the 'Ndrangheta, was handed over to "
     "Italian police by Brazilian authorities at Sao Paulo's Guarulhos airport on Monday.",
     "COOPERATE", ("BRA", None), ("ITA", "COP"), None),
    # --- AID (relief flights plain; a loan by the World Bank; asylum granted by a capital to a
    # person named in the sentence before)
    ("Australia flew water purifiers, tents and medicine to Vanuatu on Sunday aboard two air force "
     "transports after an earthquake flattened much of Port Vila.",
     "AID", ("AUS", None), ("VUT", None), None),
    ("The World Bank approved a $750 million loan for Ecuador on Thursday to shore up public finances "
     "strained by months of rolling blackouts.",
     "AID", ("IGO", None), ("ECU", None), None),
    ("The Nicaraguan opposition leader Ernesto Lacayo slipped across the southern border last month "
     "after police raided his home in Managua. San Jose granted him political asylum on Tuesday, "
     "the Costa Rican foreign ministry said.",
     "AID", ("CRI", None), ("NIC", "OPP"), None),
    # --- RETREAT (prisoners freed plain; nominal withdrawal of troops; return of looted property by
    # a government)
    ("Venezuela freed six detained Americans on Saturday and put them on a U.S. government plane bound "
     "for Texas.",
     "RETREAT", ("VEN", None), ("USA", None), None),
    ("France completed the withdrawal of its last soldiers from Chad on Friday, handing its air base "
     "in N'Djamena over to the Chadian army.",
     "RETREAT", ("FRA", None), ("TCD", None), None),
    ("The Dutch government returned 119 bronze sculptures looted by British soldiers in 1897 to "
     "Nigeria at a ceremony in Abuja on Tuesday.",
     "RETREAT", ("NLD", "GOV"), ("NGA", None), None),
    # --- REQUEST (call on by the OAS; Foggy Bottom with attribution after the clause; a capital asks
    # a capital, clause introduced by a prepositional phrase)
    ("The Organization of American States called on Haiti's transitional council on Monday to set a "
     "firm date for presidential and legislative elections.",
     "REQUEST", ("IGO", None), ("HTI", None), None),
    ("Foggy Bottom called on Nicaragua on Monday to free a Roman Catholic bishop jailed in Managua "
     "since the spring, a spokesman told reporters.",
     "REQUEST", ("USA", "GOV"), ("NIC", None), None),
    ("In a letter made public on Thursday, Kyiv asked Washington for additional Patriot air-defence "
     "batteries to shield its power grid through the winter.",
     "REQUEST", ("UKR", None), ("USA", None), None),
    # --- ACCUSE (ambassador summoned plain; the Kremlin accuses; criticism with attribution after
    # the clause by an opposition leader; denounced in the passive with "by" Brussels)
    ("Poland summoned the Russian envoy on Monday after a military drone strayed some 40 kilometres "
     "into Polish airspace before crashing in a field.",
     "ACCUSE", ("POL", None), ("RUS", "GOV"), None),
    ("The Kremlin accused Britain on Wednesday of sabotaging peace efforts by supplying Kyiv with "
     "long-range cruise missiles.",
     "ACCUSE", ("RUS", "GOV"), ("GBR", None), None),
    ("The government's security strategy has abandoned the people of Sinaloa to the cartels, the "
     "leader of Mexico's opposition National Action Party said on Sunday, accusing the president of "
     "looking the other way.",
     "ACCUSE", ("MEX", "OPP"), ("MEX", "GOV"), None),
    ("A media law rushed through Hungary's parliament was denounced on Friday by Brussels as a grave "
     "threat to press freedom in a member state.",
     "ACCUSE", ("EUR", None), ("HUN", None), None),
    # --- REJECT (claim rejected plain; the Bundestag votes down a bill of the chancellor; phrasal
    # "turned the request down" with the request in the sentence before)
    ("Guyana rejected Venezuela's claim to the oil-rich Essequibo region on Tuesday, calling a planned "
     "referendum in Caracas a violation of international law.",
     "REJECT", ("GUY", None), ("VEN", None), None),
    ("The Bundestag voted down the chancellor's bill to tighten family reunification rules for "
     "refugees on Friday, dealing a blow to his fragile coalition.",
     "REJECT", ("DEU", "LEG"), ("DEU", "GOV"), None),
    ("Paris asked London this month to open safe and legal routes for asylum seekers camped along the "
     "northern French coast. The Home Office turned the request down on Wednesday, saying it would "
     "only encourage more crossings.",
     "REJECT", ("GBR", "GOV"), ("FRA", None), None),
    # --- THREATEN (tariffs threatened unless a condition is met, capitals; warning of force in
    # reported speech with a title; union ultimatum of a general strike)
    ("Washington threatened on Sunday to impose 25 percent tariffs on all Colombian goods unless "
     "Bogota accepted military flights carrying deported migrants.",
     "THREATEN", ("USA", None), ("COL", None), None),
    ("Turkey's president warned Greece that Ankara would respond with force if Athens extended its "
     "territorial waters in the Aegean to 12 nautical miles.",
     "THREATEN", ("TUR", "GOV"), ("GRC", None), None),
    ("Spain's two biggest unions gave the government until Friday to shelve its pension overhaul, "
     "warning that otherwise they would call a nationwide general strike.",
     "THREATEN", ("ESP", "LAB"), ("ESP", "GOV"), None),
    # --- PROTEST (march plain; a general strike by a labour federation; road blockade by farmers
    # with a nationality adjective)
    ("Tens of thousands of French workers marched through Paris and Lyon on Thursday to oppose "
     "raising the retirement age to 64.",
     "PROTEST", ("FRA", None), None, None),
    ("Argentina's largest labour federation staged a 24-hour general strike against the government on "
     "Wednesday, grounding flights and shutting banks across the country.",
     "PROTEST", ("ARG", "LAB"), ("ARG", "GOV"), None),
    ("Belgian farmers blocked the main roads into Brussels with hundreds of tractors on Monday, "
     "spraying manure outside the building where agriculture ministers were gathering.",
     "PROTEST", ("BEL", None), None, None),
    # --- SANCTION (diplomats expelled plain; duties imposed by Beijing in retaliation; ambassador
    # recalled, announced by Itamaraty)
    ("Lithuania expelled three Russian diplomats on Tuesday, saying they had recruited agents to "
     "photograph rail lines used by NATO convoys.",
     "SANCTION", ("LTU", None), ("RUS", "GOV"), None),
    ("Beijing imposed duties of up to 39 percent on brandy from the European Union on Friday, in "
     "apparent retaliation for EU tariffs on Chinese electric cars.",
     "SANCTION", ("CHN", None), ("EUR", None), None),
    ("Itamaraty said on Monday that Brazil had recalled its ambassador to Israel for consultations "
     "over the bombing of a school in Gaza.",
     "SANCTION", ("BRA", None), ("ISR", None), None),
    # --- MOBILIZE (troops deployed plain; the Pentagon orders troops to the border; a denial,
    # "negated", with a capital for the state)
    ("Brazil deployed armoured vehicles and some 600 soldiers to the state of Roraima on Thursday as "
     "tensions rose along its northern frontier.",
     "MOBILIZE", ("BRA", None), None, None),
    ("The Pentagon ordered about 1,500 more active-duty troops to the southern border on Wednesday to "
     "assist customs agents in Texas and Arizona.",
     "MOBILIZE", ("USA", None), None, None),
    ("Kosovo's prime minister said armoured units had gathered near the boundary. Belgrade denied that "
     "it had sent any such units to the administrative line with Kosovo, calling the claim a fabrication.",
     "MOBILIZE", ("SRB", None), None, "negated"),
    # --- COERCE (arrest by soldiers plain; deportation of migrants; detentions in the passive with
    # "by"; curfew declared by a president)
    ("Mexican soldiers arrested a senior Sinaloa Cartel money launderer in the city of Culiacan "
     "on Tuesday, seizing two rifles and a bag of cash.",
     "COERCE", ("MEX", "MIL"), ("MEX", "CRM"), None),
    ("The United States deported 130 Guatemalan migrants on Friday aboard a chartered plane that "
     "landed at La Aurora airport.",
     "COERCE", ("USA", None), ("GTM", "REF"), None),
    ("Dozens of students were detained by Serbian riot police on Sunday as they marched on the state "
     "broadcaster's headquarters in Belgrade.",
     "COERCE", ("SRB", "COP"), ("SRB", "EDU"), None),
    ("Ecuador's president declared a nighttime curfew in four coastal provinces on Monday, following "
     "deadly riots in overcrowded prisons.",
     "COERCE", ("ECU", "GOV"), None, None),
    # --- ASSAULT (soldiers kill rebels plain; shelling with attribution after the clause; gang
    # "stormed" a police station, attribution to the police)
    ("Colombian troops killed nine members of a dissident FARC faction in a firefight in Guaviare "
     "province on Saturday, the defence ministry said.",
     "ASSAULT", ("COL", "MIL"), ("COL", "REB"), None),
    ("Russian forces shelled the Ukrainian city of Kherson overnight, killing two pensioners and "
     "wounding a bus driver, regional officials said.",
     "ASSAULT", ("RUS", "MIL"), ("UKR", None), None),
    ("Haitian gang members stormed a police station in Mirebalais overnight and set it on fire, the "
     "national police said on Monday.",
     "ASSAULT", ("HTI", "CRM"), ("HTI", "COP"), None),
]

#: passages with no codable act that happened: no event with modality "asserted" or "reported"
EMPTY: list[str] = [
    "A survey by the Ifop institute put support for the far-right National Rally at 33 percent ahead "
    "of the municipal elections, up two points from October.",
    "Small-boat crossings of the English Channel dropped by almost a fifth between January and "
    "October, according to figures released by the Home Office.",
    "River Plate attacked down both flanks after the break and beat Boca Juniors 3-1 in the Buenos "
    "Aires derby on Sunday.",
    "Shares in Volkswagen retreated 4 percent in Frankfurt on Tuesday after the carmaker trimmed its "
    "profit outlook for a second time.",
    "The Dutch chipmaker deployed a software patch to thousands of its lithography machines around "
    "the world last week.",
    "Mexico opposes any foreign military intervention against drug cartels on its soil, a principle "
    "written into its constitution.",
    "The IMF expects Brazil's economy to grow 2.1 percent next year, slightly less than it projected "
    "in April.",
    "Analysts say Chile's next government could seek closer ties with Washington, though none of the "
    "candidates has spelled out a foreign policy.",
    "Portugal's Carnation Revolution of 1974 toppled a dictatorship that had ruled for almost half a "
    "century, and the army handed power to civilians two years later.",
    "Every August tens of thousands of Peruvians march through the streets of Lima in a procession "
    "honouring Saint Rose, the city's patron.",
    "In the novel, set in Medellin in the early 1990s, a retired detective hunts down the cartel boss "
    "who kidnapped his daughter.",
    "Researchers in Uppsala found that the bacteria invade healthy tissue by switching off part of "
    "the body's immune response.",
    "With 98 percent of ballots counted, the centre-right Christian Democrats had 29.4 percent, ahead "
    "of the Social Democrats on 24.1 percent.",
    "Only 21 percent of Peruvians approve of Congress, an Ipsos poll published this week showed, the "
    "lowest figure for any legislature in the region.",
    "Airbus delivered 68 aircraft in November, bringing its total for the year to 711, roughly in line "
    "with its annual target.",
    "Heavy snow closed the Brenner Pass for six hours on Friday, stranding hundreds of lorries on the "
    "Austrian side of the mountains.",
    "Under the treaty, each member state is responsible for the asylum claims of people who first "
    "entered the bloc through its territory.",
    "Mercado Libre's shares surged 9 percent after the online retailer beat quarterly earnings "
    "estimates on the strength of its sales in Mexico.",
    "Canada's goalkeeper blocked three penalties in the shootout as the hosts knocked Uruguay out of "
    "the Copa America quarter-finals.",
    "The Norwegian grandmaster defended the Sicilian with the black pieces and forced a draw in 41 "
    "moves.",
    "Diplomats in Brussels said a compromise on the migration pact might be reached by spring, but "
    "cautioned that several capitals remain firmly opposed.",
    "Most economists surveyed this month expect Banxico to ease monetary policy again at its next "
    "meeting, by a quarter of a percentage point.",
    "Ecuador and Peru fought a short war over their border in 1995 before signing a peace accord in Brasilia "
    "three years later.",
    "The Swiss vote in referendums several times a year, and they routinely reject proposals to loosen "
    "their ties with the European Union.",
    "The film, which premiered at Cannes, follows a union leader who organises a strike at a copper "
    "mine in the Atacama desert.",
]

FLOORS = {"type": 0.97, "actor_code": 0.95, "actor_sector": 0.92, "recipient": 0.89, "pass": 0.91,
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
    return _code([c[0] for c in STORIES], resources, "blind42")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind42-empty")


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


def test_blind42_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind42 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind42_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind42 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
