"""A forty-eighth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. The theme is
the Americas and the Pacific over one week, the way the desks of AP and Reuters write it: Haiti's
transition council and its gangs, a disputed Venezuelan election, migration and tariff talks between
Washington and Mexico City, a Pacific island state's security pact, trade frictions between Brazil and
Argentina, Ecuador's prison crisis, Canada's diplomatic row with India and cocaine seized at sea, with
many acts told through officials' titles and institutions rather than names. About half of the stories
are plain wire copy (offered, signed, lifted, extradited, flew, freed, summoned, rejected, threatened,
marched, imposed, deployed, arrested, killed); the other half are harder: reported speech, attribution
after the clause, passives with "by", nominal events, titles instead of names, capitals for states,
nationality adjectives, pronouns resolved from the sentence before, phrasal verbs and relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions and the project's
codes for international bodies: UN agencies UNO, the European Union EUR, other intergovernmental bodies
IGO, NGOs NGO). An act announced for the future, an offer or a promise is AGREE, 03, unless it is hostile
and conditional, THREATEN, 13; signing a formal agreement is SUPPORT, 057; lifting a ban or sanctions,
easing a curfew or restrictions is CONCEDE, 081, 0812; a release of prisoners or hostages or a pullback of
troops is RETREAT, 0841, 087; summoning an ambassador is ACCUSE, 114; tariffs, expelled diplomats and
broken relations are SANCTION; a seizure, an arrest or a deportation is COERCE; a joint act ("X and Y
signed", "X and Y held exercises") is coded with both sides as actors and no recipient, so the first side
is given as the actor and the recipient as None; a denial "X denied that it had ..." gives the modality
"negated". A sector is given only where it is clear-cut (a minister GOV, soldiers MIL, police COP); a bare
state name, a capital, "authorities", protesters or gunmen give the code only.

A story passes when one coded event of its type has the actor (its code, and its sector where one is
given), the recipient where one is given and the modality where one is given. The EMPTY passages report
no codable act that happened: statistics, polls, tallies, standing positions in the simple present,
forecasts, hedged speculation, background history with years, habits, and political verbs used in
sports, business, science and technology senses (a team that "attacked", shares that "retreated", a firm
that "deployed" software); one passes when the coder gives it no event with the modality "asserted" or
"reported". Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs
shared with the gold, seed, news and demo corpora and the tests, and none was found. The batch was
written without reading the coder's code, lexicons, rules or evaluations, or the other blind batches.

FIRST RUN, on commit f98c98e (the sixth 2026-12-01 session's starting code; the batch was written at the
session's start and is held back, figures only): the type found in 46 of 50 stories (0.920); the actor code
right on an event of the type in 42 (0.840); code and sector in 15 of the 22 that give a sector (0.682); the
recipient right in 30 of the 37 that give one (0.811); **37 of 50 passing (0.740)**; 22 of 25 empty passages
left empty. The same on f3ef3fb, run beside it.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: the type found in 46 of 50 stories (0.920); the actor code right on an event
of the type in 42 (0.840); code and sector in 15 of the 22 that give a sector (0.682); the recipient right in
30 of the 37 that give one (0.811); **37 of 50 passing (0.740)**; 22 of 25 empty passages left empty; the same
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
    # --- AGREE (offer plain, promise in reported speech with a capital, intent to send police, an EU
    # offer with attribution after the clause)
    ("Australia offered Tuvalu a package of climate adaptation grants on Wednesday as officials from the two "
     "governments met in Funafuti to settle the terms of their migration treaty.",
     "AGREE", ("AUS", None), ("TUV", None), None),
    ("Brazil will buy at least two million tonnes of wheat from Argentina next season, the agriculture "
     "minister in Brasilia promised on Thursday.",
     "AGREE", ("BRA", "GOV"), ("ARG", None), None),
    ("Kenya's president said on Friday that his country would send another 400 police officers to Haiti "
     "before the end of January to bolster the multinational mission there.",
     "AGREE", ("KEN", "GOV"), ("HTI", None), None),
    ("The European Union will offer the Mercosur countries larger beef quotas in a bid to rescue the stalled "
     "trade accord, the bloc's trade commissioner told reporters in Brussels on Wednesday.",
     "AGREE", ("EUR", None), None, None),
    # --- CONSULT (a meeting with titles, a visit for talks, a telephone call with "he" resolved)
    ("Washington's top diplomat sat down for talks with the Mexican foreign secretary in Mexico City on "
     "Monday about migration enforcement and the looming steel duties.",
     "CONSULT", ("USA", "GOV"), ("MEX", "GOV"), None),
    ("South Africa's foreign minister landed in Brasilia on Sunday to begin two days of consultations "
     "with Brazilian officials on fertiliser supplies and Security Council reform.",
     "CONSULT", ("ZAF", "GOV"), ("BRA", None), None),
    ("Ecuador's president has struggled for weeks to contain a wave of deadly prison riots. He discussed the "
     "crisis by telephone on Tuesday with his Colombian counterpart, the presidency in Quito said.",
     "CONSULT", ("ECU", "GOV"), ("COL", "GOV"), None),
    # --- SUPPORT (joint signing, praise received "from", recognition of an opposition candidate)
    ("Solomon Islands and Australia signed a policing and security agreement in Honiara on Thursday, a week "
     "after negotiations with Beijing on a rival pact broke down.",
     "SUPPORT", ("SLB", None), None, None),
    ("Haiti's transitional presidential council won praise on Wednesday from the United Nations "
     "secretary-general for settling on a timetable for the country's first elections in nearly a decade.",
     "SUPPORT", ("UNO", None), ("HTI", None), None),
    ("Paraguay on Tuesday recognised the Venezuelan opposition's candidate as the rightful winner of July's "
     "presidential vote, joining Argentina, Uruguay and Panama.",
     "SUPPORT", ("PRY", None), ("VEN", None), None),
    # --- CONCEDE (a ban lifted, a curfew eased, restrictions eased in the passive with "by")
    ("Argentina lifted its ban on pork imports from Brazil on Monday after veterinary inspectors declared "
     "the outbreak of swine fever in Santa Catarina contained.",
     "CONCEDE", ("ARG", None), ("BRA", None), None),
    ("Gunfire inside Guayaquil's prisons had died down by the weekend. Ecuador's government eased the "
     "nighttime curfew in the port city on Saturday, letting shops trade until 10 in the evening.",
     "CONCEDE", ("ECU", "GOV"), None, None),
    ("Restrictions on Venezuelan crude shipments to Asia were eased by the U.S. Treasury on Friday under a "
     "six-month licence, two officials familiar with the decision said.",
     "CONCEDE", ("USA", "GOV"), ("VEN", None), None),
    # --- COOPERATE (joint naval exercises, an extradition, intelligence passed to another state)
    ("The Chilean and U.S. navies began a week of joint anti-submarine exercises off Valparaiso on Monday.",
     "COOPERATE", ("CHL", "MIL"), None, None),
    ("Colombia on Wednesday extradited to the United States a reputed cocaine trafficker known as El "
     "Sobrino, eight months after his capture in the jungle of Guaviare.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("A semi-submersible loaded with three tonnes of cocaine was stopped off Guatemala last week. Mexico's "
     "navy had shared radar tracks of the vessel with U.S. Coast Guard cutters, an American official "
     "said on Monday.",
     "COOPERATE", ("MEX", "MIL"), ("USA", None), None),
    # --- AID (relief supplies sent, asylum granted in the passive, food airlifted by a UN agency)
    ("Japan flew 30 tonnes of shelter kits, generators and water filters to Vanuatu on Tuesday, three days "
     "after a cyclone flattened villages across the archipelago's northern provinces.",
     "AID", ("JPN", None), ("VUT", None), None),
    ("An opposition politician from Venezuela who had sheltered in the Argentine embassy in Caracas for "
     "eight months was granted asylum by Spain on Thursday, Madrid's foreign ministry said.",
     "AID", ("ESP", None), ("VEN", None), None),
    ("The World Food Programme airlifted 40 tonnes of rations into Port-au-Prince on Sunday for "
     "families driven from their homes by gang attacks on the capital's eastern districts.",
     "AID", ("UNO", None), ("HTI", None), None),
    # --- RETREAT (prisoners freed with attribution after the clause, troops pulled back, hostages let go
    # with "they" resolved from the sentence before)
    ("Venezuela freed 40 activists detained during the protests that followed the disputed election, a "
     "rights group in Caracas said on Saturday.",
     "RETREAT", ("VEN", None), ("VEN", None), None),
    ("Venezuela withdrew the troops it had massed near the Essequibo border with Guyana on Wednesday, "
     "Guyana's foreign ministry reported.",
     "RETREAT", ("VEN", None), ("GUY", None), None),
    ("Inmates at the Litoral penitentiary in Guayaquil had held 57 guards hostage since Monday. They let the "
     "guards go early on Thursday after a Catholic bishop mediated, Ecuador's prisons agency said.",
     "RETREAT", ("ECU", None), ("ECU", None), None),
    # --- REQUEST (a UN body calls on, a demand in reported speech with a capital, a request for a ship)
    ("The U.N. Security Council called on Haiti's transition council on Friday to hold a constitutional "
     "referendum and general elections before its mandate runs out in February.",
     "REQUEST", ("UNO", None), ("HTI", None), None),
    ("Caracas must publish the tally sheets from every polling station without further delay, Colombia's "
     "foreign minister urged on Monday.",
     "REQUEST", ("COL", "GOV"), ("VEN", None), None),
    ("Tonga's government asked New Zealand on Friday to send a naval vessel to help patrol its waters after "
     "packages of methamphetamine washed ashore on two outer islands.",
     "REQUEST", ("TON", "GOV"), ("NZL", None), None),
    # --- ACCUSE (capitals for both states, an ambassador summoned, a relative clause on an NGO)
    ("Ottawa accused New Delhi on Monday of directing a campaign of intimidation against Sikh activists "
     "living in British Columbia and Ontario.",
     "ACCUSE", ("CAN", None), ("IND", None), None),
    ("Brazil summoned the Argentine ambassador on Friday after the president in Buenos Aires called his "
     "Brazilian counterpart a danger to the region.",
     "ACCUSE", ("BRA", None), ("ARG", None), None),
    ("Human Rights Watch, which sent researchers into three Ecuadorian prisons this year, accused the "
     "country's armed forces on Thursday of beating and starving inmates under their control.",
     "ACCUSE", ("NGO", None), ("ECU", "MIL"), None),
    # --- REJECT (an electoral body rejects, a refusal with a participle clause, a phrasal verb)
    ("Venezuela's electoral council on Tuesday rejected an opposition request for an independent audit of "
     "the presidential vote count.",
     "REJECT", ("VEN", None), ("VEN", None), None),
    ("Mexico will not take in deportees of other nationalities flown from American cities, its interior "
     "ministry said on Thursday, rejecting a proposal put forward by the U.S. government.",
     "REJECT", ("MEX", "GOV"), ("USA", None), None),
    ("The prime minister of Solomon Islands turned down a Chinese offer to train and equip the country's "
     "police force, his office in Honiara said on Saturday.",
     "REJECT", ("SLB", "GOV"), ("CHN", None), None),
    # --- THREATEN (tariffs unless, a conditional warning in reported speech, a gang leader's threat)
    ("The U.S. president threatened on Monday to slap a 30 percent duty on every Mexican import unless "
     "Mexico City cut the number of migrants reaching the frontier within six weeks.",
     "THREATEN", ("USA", "GOV"), ("MEX", None), None),
    ("Brazil could suspend imports of Argentine cars if Buenos Aires keeps its new levy on wheat sales, the "
     "trade minister in Brasilia warned on Friday.",
     "THREATEN", ("BRA", "GOV"), ("ARG", None), None),
    ("The leader of Haiti's most powerful gang coalition threatened on Saturday to attack Toussaint "
     "Louverture international airport if the transition council went ahead with the referendum.",
     "THREATEN", ("HTI", "CRM"), None, None),
    # --- PROTEST (a march, a general strike by a union federation, a hunger strike by relatives)
    ("Opposition supporters marched across Caracas in their tens of thousands on Sunday to demand that the "
     "electoral council release the full results of the presidential election.",
     "PROTEST", ("VEN", None), None, None),
    ("Workers across Argentina stayed away from their jobs on Thursday in a day-long general strike against "
     "pension cuts called by the biggest union confederation, halting flights and closing banks.",
     "PROTEST", ("ARG", "LAB"), None, None),
    ("Relatives of inmates killed in last week's riot at Guayaquil's Litoral prison began a hunger strike "
     "outside its gates on Monday, demanding that the bodies be handed over.",
     "PROTEST", ("ECU", None), None, None),
    # --- SANCTION (a tariff imposed, diplomats expelled by a capital with context before, relations broken)
    ("The United States imposed tariffs of 25 percent on Mexican steel and aluminium on Friday, the first "
     "such duties on its southern neighbour in six years.",
     "SANCTION", ("USA", None), ("MEX", None), None),
    ("Canada has been locked in a bitter row with India over the killing of a Sikh separatist leader near "
     "Vancouver. Ottawa ordered six Indian diplomats out of Canada on Monday.",
     "SANCTION", ("CAN", None), ("IND", None), None),
    ("Venezuela broke off diplomatic relations with Peru on Tuesday after Lima declared the opposition "
     "candidate to be the country's president-elect.",
     "SANCTION", ("VEN", None), ("PER", None), None),
    # --- MOBILIZE (troops deployed, warships ordered out by a capital, an alert level raised)
    ("Ecuador deployed 3,000 soldiers to its eight largest prisons on Sunday following seven days of riots "
     "in which more than 60 inmates died.",
     "MOBILIZE", ("ECU", None), None, None),
    ("Washington ordered a guided-missile destroyer and two surveillance aircraft into the eastern Pacific "
     "on Wednesday to hunt for vessels smuggling drugs north from South America.",
     "MOBILIZE", ("USA", None), None, None),
    ("Venezuela's defence minister placed troops along the Colombian frontier on heightened alert on "
     "Saturday, state television reported.",
     "MOBILIZE", ("VEN", "GOV"), None, None),
    # --- COERCE (arrests by police, a seizure in the passive with "by", a deportation flight, a denied
    # detention)
    ("Police in the Mexican state of Chiapas arrested 14 suspected people smugglers on Friday in raids on "
     "safe houses near the Guatemalan border.",
     "COERCE", ("MEX", "COP"), None, None),
    ("Nearly two tonnes of cocaine were seized from a fishing boat in the South Pacific by a French navy "
     "patrol vessel, officials in Noumea said on Thursday.",
     "COERCE", ("FRA", "MIL"), None, None),
    ("The United States deported 130 Haitians on a charter flight to Cap-Haitien on Tuesday despite appeals "
     "from aid agencies to halt removals to the country.",
     "COERCE", ("USA", None), ("HTI", None), None),
    ("Venezuela's government denied Wednesday that it had detained two Colombian journalists who were "
     "covering street protests in Maracaibo.",
     "COERCE", ("VEN", "GOV"), ("COL", None), "negated"),
    # --- ASSAULT (gunmen kill villagers, troops clash with a gang, a police station torched in the
    # passive with "by")
    ("Gunmen killed at least 12 people on Saturday in an attack on a farming village north of the Haitian "
     "capital, local officials said.",
     "ASSAULT", ("HTI", None), ("HTI", None), None),
    ("Ecuadorian troops clashed with members of the Los Lobos gang on the outskirts of Machala on Tuesday, "
     "leaving four gang members and a soldier dead.",
     "ASSAULT", ("ECU", "MIL"), ("ECU", None), None),
    ("The police station in Mirebalais, a town in Haiti's Centre department, was burned overnight by "
     "fighters loyal to Viv Ansanm, the national police said on Friday.",
     "ASSAULT", ("HTI", None), ("HTI", "COP"), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "A survey by a polling firm in Lima found that 61 percent of Peruvians disapprove of the way Congress is "
    "doing its job, up from 54 percent in March.",
    "Migrant encounters at the U.S. southwestern border fell 18 percent in October from the previous month "
    "to about 105,000, Customs and Border Protection figures show.",
    "Argentina pressed and attacked without letup after the break before beating Brazil 2-1 in their "
    "World Cup qualifying match at the Monumental.",
    "Shares of Brazil's state-controlled oil producer retreated 3 percent in Sao Paulo trading on Tuesday, "
    "tracking a third straight drop in crude.",
    "The Chilean fintech company deployed fraud-screening software on its whole payments platform during "
    "the quarter, according to its earnings report.",
    "The International Monetary Fund expects Ecuador's economy to grow 1.2 percent next year, held back by "
    "power shortages and weaker oil output.",
    "Haiti held its last presidential election in 2016, and the country has had no elected officials at the "
    "national level since the start of 2023.",
    "Mexico opposes any foreign military action on its soil against the drug cartels, a position its leaders "
    "have repeated for decades.",
    "Analysts say Caracas could face fresh oil sanctions next year if the dispute over the vote drags on, "
    "although Washington has given no sign of its intentions.",
    "Fishing boats from several Pacific nations routinely shelter in Suva harbour during the cyclone season, "
    "which runs from November to April.",
    "Homicides in Ecuador fell to about 4,600 last year from a record 7,800 in 2023, national police data "
    "show.",
    "Researchers in New Zealand found that the invasive vine attacks the roots of native beech seedlings, "
    "killing most of them within two growing seasons.",
    "Canadian canola exporters shipped nine million tonnes in the crop year that ended in July, the "
    "second-highest volume on record, an industry group reported.",
    "Colombian riders dominated the mountain stages, and a 23-year-old from Boyaca seized the leader's "
    "jersey on the last ascent of the Tour of Colombia.",
    "Forecasters expect El Nino to drench coastal Peru and Ecuador with above-average rainfall early next "
    "year.",
    "Of the roughly 18,000 polling stations in Honduras, 81 percent had reported results by midnight, the "
    "electoral authority's website showed.",
    "A Uruguayan startup launched a translation app that converts spoken Guarani into Spanish in real time, "
    "aiming at schools in Paraguay.",
    "Argentina and Brazil founded the Mercosur trade bloc with Paraguay and Uruguay in 1991 under the Treaty "
    "of Asuncion.",
    "Revenue collected by Mexico's customs agency rose 9 percent between January and October, "
    "helped by higher import volumes.",
    "New Zealand's rugby side crushed Samoa 52-8 in Wellington, running in eight tries against a team "
    "missing its captain and both first-choice props.",
    "Police in Auckland say burglars typically strike between noon and 3 p.m., when most homes are empty.",
    "Diplomats in Suva say the island government may eventually seek a defence treaty with Canberra, though "
    "no negotiations are scheduled.",
    "Six in ten Brazilians support a ban on mobile phones in classrooms, according to a Datafolha survey "
    "published this week.",
    "Marine biologists in the Galapagos Islands counted 1,200 hammerhead sharks at a single dive site, the "
    "largest tally since monitoring began in 2004.",
    "Chile's copper output recovered in the third quarter as a delayed mine expansion came online, "
    "government data show.",
]

FLOORS = {"type": 0.89, "actor_code": 0.81, "actor_sector": 0.65, "recipient": 0.78, "pass": 0.71,
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
    return _code([c[0] for c in STORIES], resources, "blind48")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind48-empty")


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


def test_blind48_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind48 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind48_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind48 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
