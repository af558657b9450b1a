"""A thirteenth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them, to be as
hard and as close to real wire copy as the eleventh, with ten plain, everyday wire sentences among
them. Each story comes with the PLOVER type of one act its last sentence reports, that act's actor
and recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO, the European Union EUR;
sanctions and tariffs are SANCTION; and the two project conventions that differ from the table: a
resignation is RETREAT, 0831, and lifting a curfew or sanctions is CONCEDE, 0813, 085). Nothing
comes from a gold set, the seed or the demo corpus; the verbs, idioms, phrasings, settings and the
countries in each role avoid those of the eighth to eleventh blind batches (and the scenes of the
earlier ones). The batch was written on 2026-11-30 and held back: its first run is recorded below,
and no expectation is to be changed after it.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Mozambique, Angola, Nigeria, Senegal, the Gambia, Chad, the Central African
  Republic, Somalia, Ivory Coast, Burkina Faso, Mali, Algeria, Morocco, South Africa, Zimbabwe,
  Madagascar, Kenya, Ethiopia, Egypt; Asia: Sri Lanka, India, Thailand, Malaysia, Indonesia,
  Timor-Leste, Bangladesh, Japan, South Korea, China, Taiwan, Mongolia, Pakistan, Iran, Iraq,
  Kuwait, Syria, Israel and Gaza, Vietnam, Myanmar, the United Arab Emirates; the Americas:
  Guatemala, Mexico, Cuba, Panama, Paraguay, Chile, Bolivia, Argentina, Ecuador, Venezuela, the
  United States; Europe: Portugal, Ireland, Estonia, Finland, Poland, Hungary, Lithuania, Belarus,
  Serbia, Russia, Denmark, Britain, Turkey; the Pacific: New Zealand, the Cook Islands) and from
  international bodies and armed groups (UNICEF, the European Union, the African Union, Iran's
  Revolutionary Guards, the 3R rebel group, the Arakan Army, the Baloch Liberation Army,
  al-Shabaab), in the forms wire copy uses:
  reported speech ("Sri Lanka's president told reporters in Colombo on Wednesday that his government
  was open to letting Indian companies run ...", "Ivory Coast's interior minister said on Friday
  that Abidjan would not send back ...", "Russia's prosecutor general's office said on Tuesday that
  the state had seized two breweries owned by a Danish company ..."), attribution after the clause
  ("..., the foreign ministry in Bangkok said", "..., Senegal's army said", "..., a Chadian official
  said", "..., Gaza's civil defence agency said"), the passive with a "by" agent ("were released by
  Iran's Revolutionary Guards", "was filed at the World Trade Organization by the European Union",
  "were levied by Vietnam", "were put on standby by Taiwan's military", "were taken off the air by
  the country's broadcasting regulator", "planted by the Baloch Liberation Army") and one without
  ("was suspended from the African Union"), nominal events ("A complaint against China's export
  curbs ...", "A go-slow by South African customs officers ...", "A mortar attack by al-Shabaab on
  the presidential palace ...", "a $5 billion deposit from the United Arab Emirates", "a Malaysian
  offer ... to broker a ceasefire"), titles and roles instead of names ("Guatemala's president met
  Mexico's foreign minister", "Chad's government", "Argentina's government", "China's defence
  ministry"), an office named in one sentence and its holder named in the next ("Portugal's prime
  minister arrived in Luanda ... Luis Montenegro held talks with Angola's president", a holder whose
  surname is a country's name; "Somalia's foreign minister flew to Ankara ... Ahmed Moallim Fiqi put
  in a request ..."), a person named in full and then by surname ("Mongolian Prime Minister Gombojav
  Zandanshatar ... Zandanshatar handed in his resignation"), pronouns resolved from the sentence
  before ("Its central bank" after Egypt, "It said" after the Arakan Army), relative clauses
  ("Ireland's president, who toured the refugee camps near Cox's Bazar last year, ...", "Madagascar,
  whose president fled the country ...", "the Burkinabe officers who fled there ...", "families who
  had fled fighting nearby"), idioms and phrasal verbs ("open to", "gave its word", "heaped praise
  on", "came out in support of", "paid tribute to", "bowed to", "did a U-turn", "take part in",
  "tipped off", "handed in his resignation", "laid down their arms", "put in a request", "took ...
  to task", "called in", "gave short shrift to", "raised the prospect of", "pay a heavy price",
  "go-slow", "banged pots and pans", "put on standby", "flooded ... with riot police", "taken off
  the air", "ripped through", "strafed"), a group whose name holds a country's ("Palestine Action"),
  two planned acts (a joint mine-clearing operation, a deposit) and two denials (modality "negated":
  a secret meeting, a tip-off). The ten plain stories: a meeting, the lifting of export curbs, an
  airlift of firefighting equipment, a request for fuel, a rejection of a demand, a rally, the
  expulsion of an ambassador, a deployment of troops, an arrest and a shelling. Where a sector is
  open to argument (a bare state, authorities, a body or armed group named by its own name, the
  Revolutionary Guards, a transitional body, a spy agency, customs officers, pensioners, students)
  only the code is checked; a recipient of None is not checked. A story passes when one coded event
  of the expected type has, among its actors, a party with the expected code (and sector, where
  given), among its recipients a party with the expected code (and sector, where given), and the
  expected modality (where given). Reported apart: the type found at all; an event of the type with
  the actor code right; with the actor code and sector right (over the 23 stories that give an
  actor sector); with the recipient right (over the 40 stories that give a recipient); the full
  pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates and tallies ("Ecuador's
  security forces have seized more than 200 tonnes of cocaine so far this year"), statistics
  ("Malaysia's palm oil stocks fell to their lowest level in two years"), two polls (one with a
  hypothetical "would accept giving up some territory"), standing positions in the simple present
  ("Morocco regards Western Sahara as an integral part of its territory", "Bolivia still demands
  sovereign access to the Pacific Ocean", "Venezuela claims the Essequibo region"), forecasts,
  hedged speculation ("Iran could try to close the Strait of Hormuz if ...", "Eritrea may be
  quietly arming rebels ..."), background history ("Argentina invaded the Falkland Islands in April
  1982 ...", "Soviet tanks crushed the Hungarian uprising in November 1956"), habits ("China's coast
  guard routinely shadows Philippine fishing boats ...", "Taiwan's president usually stops over in
  the United States ..."), and political verbs in sports, business, science, entertainment or
  figurative senses (Egypt's Pharaohs, who "routed" Ethiopia, spinners who "laid siege to" England's
  batsmen, a carmaker that "stormed into" a market, a wasp that "defeated" a mealybug, an opera's
  king who "declares war on" his son, avalanches that "blocked" a road, shares that "staged a
  rally"): one passes when no event that happened (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the gold sets under
../shared/gold (plover-gsr, case2021-task2, newsquant, polnear dev), the seed, the demo corpus
under ../shared/news and the earlier test files: none was found. The coder was not run on any of
these texts before the first run.

FIRST RUN, on commit 9d11629 (2026-11-30, the working tree clean, after every rule of that day's
work, including the entries made from the twelfth batch): the type found in 31 of 50 stories
(0.620); the actor code right on an event of the type in 28 of 50 (0.560); actor code and sector
right in 11 of the 23 that give a sector (0.478); the recipient right in 21 of the 40 that give
one (0.525); **24 of 50 passing (0.480)**; 22 of the 25 empty passages with no event that happened
(0.880). No expectation was changed after it. Its 26 misses, by cause:

- the act not coded at all, its idiom outside the lexicon (11): "was open to letting" (AGREE),
  "heaped praise on", "paid tribute to" (SUPPORT), "insisted ... that ... soldiers leave"
  (REQUEST), "took China to task" (ACCUSE), "raised the prospect of shutting its border"
  (THREATEN), "a go-slow by customs officers", "banged pots and pans" (PROTEST), "were put on
  standby by Taiwan's military" (MOBILIZE), "taken off the air by the regulator", "proscribed the
  activist group" (COERCE), and a deposit the central bank "will receive" (AID);
- another act or sense coded in place of the main one (8): "bowed ... to weeks of road blockades
  and scrapped a contract" as COERCE; "will take part in joint mine-clearing operations" as AGREE;
  planes "loaded with firefighting equipment" sent to Bolivia as MOBILIZE; "put in a request" as
  CONSULT (from the visit told before); "gave short shrift to a British offer" as the offer
  (AGREE, GBR); "would not send back the officers" as a negated MOBILIZE; "vowed to make Japan pay
  a heavy price" as AGREE; a state "suspended from the African Union" with no actor, beside a
  SUPPORT from "sided with protesters";
- the type right, an actor or recipient wrong or missing (7): "gave its word" with no recipient;
  "came out in support of Taiwan's bid" with Taiwan as its actor; "called in Hungary's ambassador"
  with a Polish recipient; the Arakan Army's threat to "storm the state capital" with no
  recipient; "the state had seized two breweries" with no actor; the bomb "planted by the Baloch
  Liberation Army" that "ripped through a bus" split between three events.

The three empty passages that gave an event: shipping lines that "sent their vessels around the
Cape" (MOBILIZE), a standing claim "Bolivia still demands sovereign access" (REQUEST), and the
habit "usually stops over ... on trips" (CONSULT from the noun).
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
    # --- AGREE (0311 in reported speech with "open to", 0331 as an idiom after a sentence of
    # background with attribution after the clause, 038 accepting a nominal offer)
    ("Sri Lanka's president told reporters in Colombo on Wednesday that his government was open to "
     "letting Indian companies run the loss-making Mattala airport in the south of the island.",
     "AGREE", ("LKA", "GOV"), ("IND", None), None),
    ("Mozambique's port of Nacala is running short of berths for container ships. Japan gave its word "
     "on Friday that it would finance a new terminal there, Mozambique's transport ministry said.",
     "AGREE", ("JPN", None), ("MOZ", None), None),
    ("Thailand accepted a Malaysian offer on Sunday to broker a ceasefire along its border with "
     "Cambodia, the foreign ministry in Bangkok said.",
     "AGREE", ("THA", None), ("MYS", None), None),
    # --- CONSULT (040 plain, 040 an office named and its holder, whose surname is a country's name,
    # named in the next sentence, 040 denied)
    ("Guatemala's president met Mexico's foreign minister in Guatemala City on Tuesday for talks on "
     "migrants stranded along the two countries' shared border.",
     "CONSULT", ("GTM", "GOV"), ("MEX", "GOV"), None),
    ("Portugal's prime minister arrived in Luanda on Monday for a three-day visit. Luis Montenegro held "
     "talks with Angola's president on Tuesday on debts owed to Portuguese construction firms.",
     "CONSULT", ("PRT", "GOV"), ("AGO", "GOV"), None),
    ("Syria's foreign ministry denied on Monday that Syrian officials had met Israeli envoys secretly in "
     "Baku, saying the two sides had only exchanged messages through Azerbaijan.",
     "CONSULT", ("SYR", "GOV"), ("ISR", None), "negated"),
    # --- SUPPORT (051 as an idiom, 053 as a phrasal verb after a nominal object with attribution
    # after the clause, 051 as an idiom with a relative clause)
    ("Indonesia's foreign minister heaped praise on Timor-Leste on Wednesday as the country took its "
     "seat as the eleventh member of ASEAN.",
     "SUPPORT", ("IDN", "GOV"), ("TLS", None), None),
    ("Paraguay came out in support of Taiwan's bid for observer status at the World Health Assembly on "
     "Monday, its foreign minister told reporters in Asuncion.",
     "SUPPORT", ("PRY", None), ("TWN", None), None),
    ("Ireland's president, who toured the refugee camps near Cox's Bazar last year, paid tribute on "
     "Thursday to Bangladesh for sheltering the Rohingya who fled Myanmar.",
     "SUPPORT", ("IRL", "GOV"), ("BGD", None), None),
    # --- CONCEDE (085 plain, 0832 as an idiom with a nominal protest, 0832 as an idiom)
    ("Japan lifted its curbs on exports of chip-making chemicals to South Korea on Friday, ending a "
     "four-year trade dispute between the two neighbours.",
     "CONCEDE", ("JPN", None), ("KOR", None), None),
    ("Panama's government bowed on Friday to weeks of road blockades by indigenous groups and teachers "
     "and scrapped a contract that let a Canadian company run the country's largest copper mine.",
     "CONCEDE", ("PAN", "GOV"), None, None),
    ("Nigeria's government did a U-turn on Monday on a planned tax on mobile phone calls, two days "
     "after the main labour unions called a general strike against it.",
     "CONCEDE", ("NGA", "GOV"), None, None),
    # --- COOPERATE (062 planned with attribution after the clause, 064 denied as a phrasal verb, 062
    # with attribution after the clause)
    ("Estonia's navy will take part in joint mine-clearing operations with Finland in the Gulf of "
     "Finland next spring, the defence ministry in Tallinn said on Monday.",
     "COOPERATE", ("EST", "MIL"), ("FIN", None), "planned"),
    ("Pakistan's foreign office denied on Friday that the country's spy agency had tipped off "
     "Washington about the Kabul hideout of an al Qaeda leader killed in a U.S. drone strike.",
     "COOPERATE", ("PAK", None), ("USA", None), "negated"),
    ("Senegalese soldiers began a joint sweep with Gambian troops against cannabis growers in the "
     "forests of Casamance on Tuesday, Senegal's army said.",
     "COOPERATE", ("SEN", "MIL"), ("GMB", None), None),
    # --- AID (070 plain, 071 planned as a nominal with a pronoun recipient, 073 as a
    # fresh verb)
    ("Chile sent two air force planes loaded with firefighting equipment to Bolivia on Monday to help "
     "fight wildfires in the eastern lowlands.",
     "AID", ("CHL", None), ("BOL", None), None),
    ("Egypt's pound has lost half its value against the dollar this year. Its central bank will receive "
     "a $5 billion deposit from the United Arab Emirates next week, the cabinet in Cairo said on "
     "Monday.",
     "AID", ("ARE", None), ("EGY", None), "planned"),
    ("UNICEF trucked 200,000 doses of measles vaccine into eastern Chad on Tuesday for children in "
     "camps that shelter Sudanese refugees.",
     "AID", ("UNO", None), ("TCD", None), None),
    # --- RETREAT (0831 a resignation with a full name, then the surname alone, 0841 in the passive
    # with attribution after the clause, 0873 as an idiom)
    ("Mongolian Prime Minister Gombojav Zandanshatar lost a confidence vote in parliament last week. "
     "Zandanshatar handed in his resignation to the president on Thursday, his office said.",
     "RETREAT", ("MNG", "GOV"), None, None),
    ("The 18 crew members of an Indian-flagged tanker detained in the Gulf in August were released by "
     "Iran's Revolutionary Guards on Thursday, India's foreign ministry said.",
     "RETREAT", ("IRN", None), ("IND", None), None),
    ("About 300 fighters of the 3R rebel group laid down their arms in the northwest of the Central "
     "African Republic on Friday under a peace deal with the government in Bangui.",
     "RETREAT", ("CAF", "REB"), None, None),
    # --- REQUEST (0231 plain, 0212 an office named and its holder named in the next sentence, 1056 a
    # demand with attribution after the clause)
    ("Cuba asked Mexico on Tuesday for emergency fuel shipments after a nationwide blackout left most of "
     "the island without power.",
     "REQUEST", ("CUB", None), ("MEX", None), None),
    ("Somalia's foreign minister flew to Ankara on Wednesday for a two-day visit. Ahmed Moallim Fiqi "
     "put in a request on Thursday for Turkish attack drones to use against al-Shabaab, his ministry "
     "said.",
     "REQUEST", ("SOM", "GOV"), ("TUR", None), None),
    ("Chad's government insisted on Friday that the roughly 75 American special forces soldiers at an "
     "air base near N'Djamena leave the country, a Chadian official said.",
     "REQUEST", ("TCD", "GOV"), ("USA", None), None),
    # --- ACCUSE (111 as an idiom with a relative clause, 115 in the passive after a nominal subject,
    # 114 as a phrasal verb)
    ("New Zealand's foreign minister took China to task on Wednesday over a Chinese survey ship that "
     "mapped the seabed inside the Cook Islands' waters without permission.",
     "ACCUSE", ("NZL", "GOV"), ("CHN", None), None),
    ("A complaint against China's export curbs on rare earths was filed at the World Trade Organization "
     "by the European Union on Tuesday.",
     "ACCUSE", ("EUR", None), ("CHN", None), None),
    ("Poland's foreign ministry called in Hungary's ambassador on Monday after Budapest granted asylum "
     "to a former Polish deputy justice minister wanted on fraud charges.",
     "ACCUSE", ("POL", "GOV"), ("HUN", None), None),
    # --- REJECT (120 plain, 120 as an idiom after a nominal offer, 1243 in reported speech with a
    # relative clause and a nominal request)
    ("Iraq rejected a Kuwaiti demand on Wednesday to redraw the maritime border in the Khor Abdullah "
     "waterway.",
     "REJECT", ("IRQ", None), ("KWT", None), None),
    ("Argentina's government gave short shrift on Tuesday to a British offer of talks on fishing "
     "licences in the waters around the Falkland Islands.",
     "REJECT", ("ARG", "GOV"), ("GBR", None), None),
    ("Ivory Coast's interior minister said on Friday that Abidjan would not send back the Burkinabe "
     "officers who fled there after a failed coup in Ouagadougou, despite repeated requests from "
     "Burkina Faso's military government.",
     "REJECT", ("CIV", "GOV"), ("BFA", None), None),
    # --- THREATEN (131 as an idiom with a condition, 138 in reported speech after a pronoun, 138 as
    # an idiom with a condition)
    ("Lithuania raised the prospect on Monday of shutting its border with Belarus for good if balloons "
     "carrying smuggled cigarettes kept drifting across from Belarusian territory.",
     "THREATEN", ("LTU", None), ("BLR", None), None),
    ("The Arakan Army controls most of Myanmar's Rakhine state. It said on Saturday that its fighters "
     "would storm the state capital, Sittwe, unless the junta pulled its troops out within a month.",
     "THREATEN", ("MMR", None), ("MMR", None), None),
    ("China's defence ministry vowed on Wednesday to make Japan 'pay a heavy price' if Japanese troops "
     "ever intervened in a conflict over Taiwan.",
     "THREATEN", ("CHN", None), ("JPN", None), None),
    # --- PROTEST (141 plain, 143 as a nominal event, 141 as an idiom, the country from its capital)
    ("Several thousand young Moroccans rallied in Rabat and Casablanca on Sunday to demand better "
     "hospitals and schools.",
     "PROTEST", ("MAR", None), None, None),
    ("A go-slow by South African customs officers at the Beitbridge border post left trucks queued for "
     "20 kilometres into Zimbabwe on Wednesday.",
     "PROTEST", ("ZAF", None), None, None),
    ("Pensioners banged pots and pans outside the National Assembly in Quito on Wednesday against a "
     "reform that would cut their monthly payments.",
     "PROTEST", ("ECU", None), None, None),
    # --- SANCTION (tariffs in the passive, 161 plain with a subordinate act, 16 a suspension in the
    # passive without an agent after a relative clause)
    ("Anti-dumping duties of up to 35 percent on aluminium extrusions from China were levied by Vietnam "
     "on Friday to shield local producers from a flood of cheap imports.",
     "SANCTION", ("VNM", None), ("CHN", None), None),
    ("Mali expelled Algeria's ambassador on Monday after the Algerian army shot down a Malian drone near "
     "the border.",
     "SANCTION", ("MLI", None), ("DZA", None), None),
    ("Madagascar, whose president fled the country after an army unit sided with protesters, was "
     "suspended from the African Union on Wednesday.",
     "SANCTION", ("IGO", None), ("MDG", None), None),
    # --- MOBILIZE (154 plain with attribution after the clause, 152 in the passive as an idiom, 153
    # as an idiom)
    ("Venezuela deployed 15,000 troops along its border with Colombia on Tuesday to fight drug gangs, "
     "the defence minister said.",
     "MOBILIZE", ("VEN", None), None, None),
    ("Warships and missile batteries were put on standby by Taiwan's military on Monday as more than 30 "
     "Chinese military aircraft crossed the median line of the Taiwan Strait.",
     "MOBILIZE", ("TWN", "MIL"), None, None),
    ("Authorities in Kenya flooded central Nairobi with riot police on Tuesday ahead of marches to mark "
     "the anniversary of last year's deadly protests.",
     "MOBILIZE", ("KEN", None), None, None),
    # --- COERCE (173 plain, 1721 in the passive as an idiom, 1722 with a group whose name holds a
    # country's, 1711 in reported speech)
    ("Serbian police arrested a dozen students in Novi Sad on Saturday after clashes at an anti-government "
     "rally outside the city hall.",
     "COERCE", ("SRB", "COP"), ("SRB", None), None),
    ("Two independent television channels in Zimbabwe were taken off the air by the country's "
     "broadcasting regulator on Friday for airing interviews with opposition activists.",
     "COERCE", ("ZWE", None), ("ZWE", None), None),
    ("Britain's government proscribed the activist group Palestine Action under anti-terrorism law on "
     "Saturday, making membership punishable by up to 14 years in prison.",
     "COERCE", ("GBR", "GOV"), ("GBR", None), None),
    ("Russia's prosecutor general's office said on Tuesday that the state had seized two breweries owned "
     "by a Danish company near St Petersburg, citing a threat to national security.",
     "COERCE", ("RUS", None), ("DNK", None), None),
    # --- ASSAULT (194 plain with attribution after the clause, 1833 as a phrasal verb with a "by"
    # agent after a sentence of background, 195 with a relative clause, 194 as a nominal event with
    # an armed group named by its own name)
    ("Israeli tanks shelled the eastern outskirts of Khan Younis on Tuesday, killing at least five "
     "people, Gaza's civil defence agency said.",
     "ASSAULT", ("ISR", "MIL"), ("PSE", None), None),
    ("Separatist attacks in Balochistan have multiplied this year. A roadside bomb planted by the Baloch "
     "Liberation Army ripped through a bus carrying paramilitary soldiers near Quetta on Tuesday, "
     "killing nine of them.",
     "ASSAULT", ("PAK", None), ("PAK", None), None),
    ("Ethiopian air force jets strafed a crowded market in the Amhara region on Friday, hitting a school "
     "where families who had fled fighting nearby were sheltering, a local aid group said.",
     "ASSAULT", ("ETH", "MIL"), ("ETH", None), None),
    ("A mortar attack by al-Shabaab on the presidential palace in Mogadishu wounded two guards on "
     "Sunday, police said.",
     "ASSAULT", ("SOM", None), ("SOM", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Ecuador's security forces have seized more than 200 tonnes of cocaine so far this year, the "
    "interior ministry says.",
    "Militants have killed more than 1,200 members of Pakistan's security forces since the start of "
    "2023, according to an Islamabad think tank that tracks the violence.",
    "Malaysia's palm oil stocks fell to their lowest level in two years at the end of October, "
    "industry data showed.",
    "Revenue from the Suez Canal dropped by more than half last year as shipping lines sent their "
    "vessels around the Cape of Good Hope.",
    "Four in ten Ukrainians would accept giving up some territory in exchange for a lasting peace, a "
    "poll by the Kyiv International Institute of Sociology found.",
    "A majority of Japanese disapprove of the cabinet's handling of rice prices, a Kyodo News survey "
    "found.",
    "Morocco regards Western Sahara as an integral part of its territory.",
    "Bolivia still demands sovereign access to the Pacific Ocean, which it lost to Chile in a war in "
    "the 1880s.",
    "Venezuela claims the Essequibo region, which makes up about two-thirds of Guyana's territory.",
    "Agronomists expect Brazil to harvest a record soybean crop next year.",
    "Election officials expect turnout above 80 percent in Chile's presidential run-off on Sunday, now "
    "that voting is compulsory again.",
    "Iran could try to close the Strait of Hormuz if it were attacked again, some Western analysts "
    "believe.",
    "Eritrea may be quietly arming rebels across its border with Ethiopia, according to diplomats in "
    "Addis Ababa.",
    "Argentina invaded the Falkland Islands in April 1982 and surrendered to British forces ten weeks "
    "later.",
    "Czechoslovakia split peacefully into two states on January 1, 1993.",
    "Soviet tanks crushed the Hungarian uprising in November 1956.",
    "China's coast guard routinely shadows Philippine fishing boats near Scarborough Shoal.",
    "Taiwan's president usually stops over in the United States on trips to the island's diplomatic "
    "allies in Latin America.",
    "Egypt's Pharaohs routed Ethiopia 4-1 in Cairo on Sunday to top their qualifying group.",
    "Pakistan's spinners laid siege to England's batsmen on a turning pitch in Multan on Thursday.",
    "The Chinese carmaker stormed into Mexico's car market two years ago and now outsells Nissan there.",
    "A parasitic wasp released in Thailand has defeated the mealybug that ravaged cassava crops across "
    "the country, entomologists found.",
    "The opera, which opens in Vienna on Friday, tells of a Bohemian king who declares war on his own "
    "son.",
    "Avalanches blocked the only road into Tajikistan's Pamir mountains on Monday, stranding hundreds "
    "of trucks.",
    "Shares in the Indian conglomerate staged a rally on Wednesday after it won a contract to build a "
    "port in Sri Lanka.",
]

#: the first run's figures (see the docstring); each floor is to sit just below them
#: the first run's figures (see the docstring); each floor sits about one case below
FLOORS = {"type": 0.89, "actor_code": 0.89, "actor_sector": 0.83, "recipient": 0.82, "pass": 0.83,
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
    return _code([c[0] for c in STORIES], resources, "blind13")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind13-empty")


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


def test_blind13_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind13 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind13_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind13 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
