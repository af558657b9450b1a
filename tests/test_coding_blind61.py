"""A sixty-first blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-02, before the coder was run on any of them. The theme is
one week in Western and Central Europe and North America as AP, Reuters, DW and Le Monde tell it:
Serbia's student protests and its police, Slovakia's and Hungary's rows with Brussels, Germany and the
Baltic states expelling Russian diplomats over sabotage, Poland's border with Belarus and its troops,
Finland seizing a tanker over a cut undersea cable, French and Italian deportations of migrants, the
trade and border rows between the United States and Canada, Greenland and Denmark, with a few stories
from Africa, Latin America and Ukraine. About half of the stories are plain wire copy, the other half
harder: the act told before a spokesperson's attribution at the end ("..., a ministry spokeswoman
said"), acts in the perfect ("has recalled", "have detained"), an earlier sentence holding a different
act when only the last sentence's act counts, bodies named by acronyms spelled out in an earlier
sentence, passives with "by", titles instead of names, capitals for states, nationality adjectives,
pronouns resolved from the sentence before, phrasal verbs and relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, the European Union EUR, other intergovernmental bodies
such as NATO and the Council of Europe IGO, NGOs NGO). An act announced for the future is an expression
of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal agreement is
SUPPORT, 057; lifting a ban, suspending tariffs and accepting demands are CONCEDE, 08; extradition,
intelligence sharing and joint exercises are COOPERATE, 06; asylum granted is AID, 07; a release of
prisoners, a pullback of troops and a return of property are RETREAT, 084, 087; summoning an ambassador
is ACCUSE, 114; recalling or expelling diplomats and tariffs are SANCTION, 16; raising an alert level is
MOBILIZE, 15; seizures, detentions and deportations are COERCE, 17. For a joint act ("X and Y signed",
"X and Y held talks") the first side is the actor and no recipient is given, since the coder codes both
sides as actors, as PLOVER-GSR does. A sector is given only where it is clear-cut; a bare state, a
capital or "authorities" is checked by code alone. A denial "X denied that it had ..." gives the
modality "negated".

A story passes when one event the coder finds in it has the given type, an actor with the given code
(and sector, where one is given), a recipient with the given code and sector where a recipient is
given, and the given modality where one is given. The EMPTY passages report no act that happened:
statistics, polls, tallies, standing positions in the simple present, forecasts, hedged speculation,
background history with years, habits, and political verbs in sports, business, science, technology
and crime-reporting senses; one passes when the coder finds no event in it with the modality "asserted"
or "reported". Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word
runs shared with the gold sets, the seed, the news, the demo corpus and the tests; none was found.

FIRST RUN, held back and never read (written by a helper at the start of the thirteenth session, 2026-12-02):
run once at its start, on its starting code (d24e5b4, whose code is a0e2745): the type found in 44 of 50
stories (0.880); the actor code right on an event of the type in 44 (0.880); code and sector in 16 of the 19
that give a sector (0.842); the recipient right in 31 of the 38 that give one (0.816); **41 of 50 passing
(0.820)**; 23 of 25 empty passages left empty. Run again at its end, on its final code (7d80dfc): the type
found in 45 of 50 stories (0.900); the actor code right on an event of the type in 45 (0.900); code and sector
in 17 of the 19 that give a sector (0.895); the recipient right in 32 of the 38 that give one (0.842); **42 of
50 passing (0.840)**; 23 of 25 empty passages left empty.
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
    # --- AGREE (offer, future in reported speech, promise after an earlier accusation)
    ("Denmark offered Greenland's home-rule government an extra 1.6 billion kroner on Monday to rebuild "
     "airstrips and fishing harbours along the island's western coast.",
     "AGREE", ("DNK", None), ("GRL", None), None),
    ("Finland's interior minister announced in Helsinki on Thursday that her government would help "
     "Estonia pay for a second electricity link beneath the Gulf of Finland.",
     "AGREE", ("FIN", "GOV"), ("EST", None), None),
    ("Slovakia's prime minister has spent months accusing Brussels of bullying his cabinet. The European "
     "Commission promised on Friday to review its freeze of regional funds for Slovakia before the end of "
     "January, a Commission spokeswoman said.",
     "AGREE", ("EUR", None), ("SVK", None), None),
    # --- CONSULT (plain meeting, telephone call with titles, joint talks)
    ("Poland's defence minister met his Lithuanian counterpart in Vilnius on Tuesday to discuss patrols "
     "along the two countries' frontiers with Belarus.",
     "CONSULT", ("POL", "GOV"), ("LTU", None), None),
    ("Washington's renewed interest in buying Greenland has unsettled Copenhagen. America's top diplomat "
     "discussed the island's future with the Danish foreign minister in a telephone call on "
     "Wednesday, the State Department said.",
     "CONSULT", ("USA", "GOV"), ("DNK", None), None),
    ("Serbia's president and the European Union's enlargement commissioner held talks in Belgrade on "
     "Thursday on the stalled accession process and the weeks of student unrest.",
     "CONSULT", ("SRB", "GOV"), None, None),
    # --- SUPPORT (joint signing, praise after an acronym, verbal backing)
    ("Germany and Lithuania signed a pact in Berlin on Monday to pool surveillance data gathered by "
     "their ships and aircraft over the Baltic Sea.",
     "SUPPORT", ("DEU", None), None, None),
    ("The North Atlantic Treaty Organization (NATO) has stepped up air and naval patrols over the Baltic "
     "since the cable was cut. NATO's secretary-general praised Helsinki on Thursday for the speed of its "
     "response to the damage.",
     "SUPPORT", ("IGO", None), ("FIN", None), None),
    ("Canada's foreign minister voiced firm backing on Saturday for Danish sovereignty over Greenland, "
     "calling the island's status a matter for Greenlanders and Danes alone.",
     "SUPPORT", ("CAN", "GOV"), ("DNK", None), None),
    # --- CONCEDE (lifting a ban, suspending tariffs after an earlier threat, accepting demands)
    ("Hungary lifted its embargo on Ukrainian wheat, maize and sunflower seed shipments on Tuesday, the "
     "agriculture ministry in Budapest announced.",
     "CONCEDE", ("HUN", None), ("UKR", None), None),
    ("Ottawa had warned it would slap retaliatory duties on bourbon and orange juice. Washington has "
     "suspended the levies it placed on Canadian steel and aluminium last month, a White House "
     "spokeswoman said on Friday.",
     "CONCEDE", ("USA", None), ("CAN", None), None),
    ("Students occupying faculties across Serbia have demanded full disclosure of the railway station "
     "contracts. The Serbian government accepted their demand on Wednesday and released a trove of "
     "contracts and inspection files about the collapsed canopy in Novi Sad.",
     "CONCEDE", ("SRB", "GOV"), ("SRB", None), None),
    # --- COOPERATE (joint exercises, extradition, intelligence sharing with attribution at the end)
    ("Polish and Lithuanian troops staged combined manoeuvres near the Suwalki corridor on Wednesday, "
     "rehearsing how they would hold the sliver of farmland that separates Belarus from Kaliningrad.",
     "COOPERATE", ("POL", "MIL"), None, None),
    ("A Russian man suspected of tampering with railway signals near Tallinn was arrested in Hamburg in "
     "October. Germany extradited him to Estonia on Monday, prosecutors in Tallinn said.",
     "COOPERATE", ("DEU", None), ("EST", None), None),
    ("The Royal Canadian Mounted Police (RCMP) leads the investigation on the Canadian side. Canadian "
     "authorities have handed U.S. agencies intelligence on three fentanyl smuggling rings operating "
     "across the border, an RCMP spokesman said on Tuesday.",
     "COOPERATE", ("CAN", None), ("USA", None), None),
    # --- AID (humanitarian aid, asylum granted, military deliveries by a capital)
    ("The European Union sent 60 million euros in emergency food and medical aid to Sudan on Monday for "
     "households uprooted by the war in Darfur and Kordofan.",
     "AID", ("EUR", None), ("SDN", None), None),
    ("A Belarusian newspaper reporter who escaped Minsk in September crossed into Poland with his wife "
     "and daughter. Warsaw granted him political asylum on Thursday, the Polish interior ministry said.",
     "AID", ("POL", None), ("BLR", None), None),
    ("Copenhagen has delivered another batch of F-16 fighter jets to Ukraine, the Danish defence ministry "
     "said on Wednesday, without saying how many aircraft were handed over.",
     "AID", ("DNK", None), ("UKR", None), None),
    # --- RETREAT (prisoners freed, troops pulled out, property returned)
    ("Belarus freed 14 jailed dissidents on Thursday, a Polish-Belarusian journalist held since 2021 "
     "among them, and handed them to Lithuanian officials at a border crossing.",
     "RETREAT", ("BLR", None), None, None),
    ("The Pentagon has been reviewing its posture on NATO's eastern flank since the spring. Washington "
     "has pulled 800 soldiers out of Romania, a U.S. defence official said on Tuesday.",
     "RETREAT", ("USA", None), ("ROU", None), None),
    ("France returned a carved royal throne and 25 other looted artefacts to Benin on Friday, more than a "
     "century after colonial troops carried them off from the palace at Abomey.",
     "RETREAT", ("FRA", None), ("BEN", None), None),
    # --- REQUEST (call on, passive with "by" after an acronym, asks with attribution at the end)
    ("The European Parliament called on Hungary on Wednesday to restore the independence of its media "
     "regulator and to drop a draft law on foreign-funded groups.",
     "REQUEST", ("EUR", None), ("HUN", None), None),
    ("The Council of Europe, the continent's main human rights watchdog, has sent observers to Belgrade. "
     "Serbia was urged by the Council of Europe on Thursday to investigate allegations that police beat "
     "students during last weekend's marches.",
     "REQUEST", ("IGO", None), ("SRB", None), None),
    ("Denmark's prime minister asked Washington on Friday to respect the right of Greenlanders to decide "
     "their own future, her office said in a statement.",
     "REQUEST", ("DNK", "GOV"), ("USA", None), None),
    # --- ACCUSE (summons, accusation, pronoun resolved from an earlier visit)
    ("Germany summoned the Russian envoy to its foreign ministry late on Tuesday over what Berlin called "
     "a campaign of sabotage against rail lines and depots supplying Ukraine.",
     "ACCUSE", ("DEU", None), ("RUS", None), None),
    ("Finland's president accused Moscow on Friday of using a ramshackle fleet of aging tankers to "
     "threaten critical infrastructure on the seabed of the Baltic.",
     "ACCUSE", ("FIN", "GOV"), ("RUS", None), None),
    ("Hungary's foreign minister flew to Brussels on Monday for a meeting of European Union ministers. He "
     "denounced the European Commission there for holding back billions of euros owed to Budapest.",
     "ACCUSE", ("HUN", "GOV"), ("EUR", None), None),
    # --- REJECT (veto, refusal by a title, parliament voting a motion down in the perfect)
    ("Hungary vetoed the European Union's latest round of Russia sanctions on Wednesday, leaving the bloc's "
     "foreign ministers without the unanimity they need.",
     "REJECT", ("HUN", None), None, None),
    ("Greenland's premier rejected the American president's offer to purchase the island on Sunday, "
     "telling a rally in Nuuk that it was not for sale.",
     "REJECT", ("GRL", "GOV"), ("USA", None), None),
    ("Opposition parties in Belgrade have demanded an interim government of experts. Serbia's parliament "
     "has voted down their motion for snap elections, the assembly's speaker said.",
     "REJECT", ("SRB", "LEG"), ("SRB", None), None),
    # --- THREATEN (tariff threat, conditional warning with attribution at the end, warning of retaliation)
    ("The American president vowed on Monday to hit every Canadian import with a 25 percent levy unless "
     "Ottawa tightens controls on migrants and drugs at the northern border.",
     "THREATEN", ("USA", "GOV"), ("CAN", None), None),
    ("Budapest will block the next tranche of European aid for Kyiv if Brussels keeps Hungary's own funds "
     "frozen, Hungary's foreign minister warned on Thursday.",
     "THREATEN", ("HUN", "GOV"), ("EUR", None), None),
    ("Finnish border guards boarded the vessel off the Porkkala peninsula on Christmas Day. Moscow warned "
     "Helsinki on Friday of unspecified retaliation over the detention of the tanker and its crew.",
     "THREATEN", ("RUS", None), ("FIN", None), None),
    # --- PROTEST (march, strike in the perfect, road blockade with tractors)
    ("Some 40,000 university students marched down Belgrade's main boulevards on Saturday, blowing "
     "whistles and carrying banners that blamed corruption for the deaths at the Novi Sad station.",
     "PROTEST", ("SRB", "EDU"), None, None),
    ("French rail workers have walked off the job over pension rules, halting most high-speed trains out "
     "of Paris, the CGT union said on Tuesday.",
     "PROTEST", ("FRA", "LAB"), None, None),
    ("Grain prices have slumped since the border reopened. Polish farmers blocked three crossings into "
     "Ukraine with tractors on Wednesday and let only empty lorries through.",
     "PROTEST", ("POL", None), None, None),
    # --- SANCTION (expulsion, order to leave, retaliatory tariffs, ambassador recalled in the perfect)
    ("Germany expelled two Russian diplomats on Wednesday after investigators tied them to a plot to plant "
     "incendiary parcels in cargo flights.",
     "SANCTION", ("DEU", None), ("RUS", None), None),
    ("Latvia gave an official at the Russian embassy in Riga two days to quit its territory on "
     "Thursday, saying he had recruited couriers for acts of sabotage.",
     "SANCTION", ("LVA", None), ("RUS", None), None),
    ("Canada imposed retaliatory tariffs on Tuesday covering some C$30 billion in imports from its "
     "southern neighbour, from motorcycles to peanut butter.",
     "SANCTION", ("CAN", None), ("USA", None), None),
    ("Belarus jailed a Lithuanian citizen for 12 years on espionage charges last week. Vilnius has recalled "
     "its ambassador from Minsk in response, the Lithuanian foreign ministry said.",
     "SANCTION", ("LTU", None), ("BLR", None), None),
    # --- MOBILIZE (troop deployment, riot police sent in, readiness raised in the perfect)
    ("Poland deployed 5,000 additional soldiers to its eastern frontier on Tuesday after a spike in "
     "attempts to breach the steel fence from the Belarusian side.",
     "MOBILIZE", ("POL", None), None, None),
    ("Student leaders have called a nationwide rally for Sunday. Serbian authorities sent hundreds of riot "
     "police to ring the parliament building in Belgrade on Saturday night.",
     "MOBILIZE", ("SRB", None), None, None),
    ("The Finnish navy, which patrols the busy shipping lanes south of Helsinki, has raised its readiness "
     "level after the damage to the cable, the defence forces said.",
     "MOBILIZE", ("FIN", "MIL"), None, None),
    # --- COERCE (seizure, deportation, detentions in the perfect, deportation after an acronym)
    ("Finnish authorities seized an oil tanker on Thursday that they suspect of dragging its anchor across "
     "an undersea power cable linking Finland and Estonia.",
     "COERCE", ("FIN", None), None, None),
    ("Italy deported 40 Tunisian migrants on Friday on a charter flight from Palermo to the island of "
     "Djerba, the interior ministry in Rome said.",
     "COERCE", ("ITA", None), ("TUN", "REF"), None),
    ("The students had occupied a road junction in Nis for six hours. Serbian police have detained 12 of "
     "them, a police spokeswoman said on Monday.",
     "COERCE", ("SRB", "COP"), ("SRB", None), None),
    ("The French Office for Immigration and Integration (OFII) organises removals from the country. French "
     "authorities deported an Algerian man to Oran on Wednesday after a court upheld his expulsion order, "
     "an OFII official said.",
     "COERCE", ("FRA", None), ("DZA", None), None),
    # --- ASSAULT (missile strike, denial by a capital, killing in Latin America)
    ("Russian missiles slammed into Odesa's harbour district overnight into Tuesday, killing four people "
     "and setting grain silos ablaze.",
     "ASSAULT", ("RUS", None), ("UKR", None), None),
    ("Minsk says shots were fired across the frontier near Brest. Warsaw denied that Polish soldiers had "
     "opened fire on Belarusian border guards, a Polish defence ministry spokesman said.",
     "ASSAULT", ("POL", "MIL"), ("BLR", None), "negated"),
    ("The mayor had received death threats from a local cartel for months. Gunmen shot him dead outside "
     "his home in Mexico's Michoacan state on Sunday, state prosecutors said.",
     "ASSAULT", ("MEX", None), ("MEX", None), None),
]

#: passages with no act that happened
EMPTY: list[str] = [
    "Serbia's economy is forecast to grow by about 3.5 percent in 2027, the central bank in Belgrade "
    "estimates in its latest outlook.",
    "A survey by a Bratislava polling agency puts support for the ruling party at 19 percent, two points "
    "lower than in October.",
    "Hungary has been a member of the European Union since 2004 and of NATO since 1999.",
    "Germany usually publishes its annual report on foreign espionage in the early summer.",
    "Analysts in Warsaw say the government could decide to extend the fence along the Belarusian border "
    "next spring, though no plan has been put forward.",
    "Finland shares a land border of roughly 1,340 kilometres with Russia, the longest of any EU state.",
    "Bayern Munich attacked down both wings after the break and beat Leipzig 3-1 at the Allianz Arena.",
    "Shares in the Italian carmaker retreated 2.4 percent in Milan after it cut its full-year guidance.",
    "The Danish software firm deployed its overhauled payroll platform to clients in 14 countries over "
    "the weekend.",
    "Greenland's ice sheet lost an estimated 180 billion tonnes of mass over the past year, researchers "
    "at a Copenhagen institute reported.",
    "Canadian lumber exports to the United States were worth about 9 billion dollars between January "
    "and September, customs data show.",
    "Estonia's government believes that undersea cables in the Baltic remain vulnerable to damage from "
    "ships' anchors.",
    "If the talks collapse, economists expect tariffs between the two neighbours to drive up car prices in "
    "Detroit and Windsor alike.",
    "In 1956, Soviet tanks rolled into Budapest to crush an uprising against the communist government.",
    "Commuters in Paris typically face delays on the suburban lines during the winter holidays.",
    "Nearly 60 percent of French voters consider immigration one of the country's top three problems, a "
    "poll for a weekly magazine found.",
    "The Lithuanian basketball side blocked 11 shots and stormed back from a 15-point deficit to win in "
    "Kaunas.",
    "A detective in the Ontario thriller arrests the wrong suspect in the first chapter and spends the rest "
    "of the novel trying to undo the damage.",
    "Police in Lyon recorded 1,200 car thefts from January to June, down from 1,450 over the same "
    "months of 2025.",
    "The Slovak constitution requires a three-fifths majority in parliament to change the rules on "
    "electing judges.",
    "Observers in Brussels think the Commission might eventually release some of the frozen money, though "
    "its officials have hinted at nothing of the kind.",
    "Polish farmers traditionally harvest rapeseed in July and wheat in August.",
    "A ruling from the U.S. Supreme Court on whether the emergency tariffs are lawful may come by June.",
    "Engineers said the new Baltic interconnector could carry up to 700 megawatts when it enters service "
    "at the end of the decade.",
    "The chip designer's stock surged after its quarterly revenue beat forecasts, while a rival's shares "
    "sank on weak orders from China.",
]

FLOORS = {"type": 0.87, "actor_code": 0.87, "actor_sector": 0.86, "recipient": 0.81, "pass": 0.81,
          "empty": 0.89}
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
    return _code([c[0] for c in STORIES], resources, "blind61")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind61-empty")


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


def test_blind61_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind61 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind61_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind61 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
