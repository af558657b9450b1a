"""A fifty-eighth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-02, before the coder was run on any of them. Its theme is
one week in sub-Saharan Africa and Latin America as the desks of AFP, Reuters and EFE write it: the
Sahel juntas of Mali, Burkina Faso and Niger and their break with ECOWAS, the M23 and Rwanda in eastern
DR Congo, the RSF around El Fasher, the border tensions between Ethiopia and Eritrea, Cabo Delgado in
Mozambique, Colombia's talks with the ELN, Ecuador's gangs and its state of emergency, Haiti's gangs and
the Kenyan-led mission, protests in Peru and Mexico's cartels. Many acts are told as the object of
another verb ("voted to lift", "moved to suspend", "began withdrawing"), some actors are named only as
"the group", "the movement", "the junta" or "the bloc" and resolved from the sentence before, several
stories open with a fronted place phrase ("In Goma, ..."), and several context sentences give figures,
polls or background that report no act. About half of the stories are plain wire copy, the other half
harder (reported speech, attribution after the clause, passives with "by", nominal events, titles
instead of names, capitals for states, nationality adjectives, pronouns, phrasal verbs, relative
clauses).

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, other intergovernmental bodies such as ECOWAS, the
African Union and the Alliance of Sahel States IGO, NGOs NGO, the European Union EUR). An act announced
for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN,
13; signing a formal agreement and an apology are SUPPORT, 057, 055; lifting sanctions, a curfew or a
ban is CONCEDE, 081, 0812; extradition, joint exercises and shared intelligence are COOPERATE, 06;
asylum granted is AID, 075; a release of prisoners, a pullback of troops and a declared ceasefire are
RETREAT, 0841, 087, 0871; summoning an ambassador is ACCUSE, 114; expelling or recalling diplomats and
cutting off aid are SANCTION, 16; deploying troops or moving armour toward a border is MOBILIZE, 15;
arrests, deportations, seizures and media bans are COERCE, 17. For a joint act ("X and Y signed") the
first side is the actor and the recipient is None; a sector is given only where it is clear-cut, and
None for a bare state, a capital, a junta, gunmen or protesters; a denial "X denied that it had ..."
gives the modality "negated".

Two kinds of case:

- STORIES: a story passes when the coder gives at least one event of the expected type whose actors
  include the expected actor (its code, and its sector where one is given), whose recipients include
  the expected recipient where one is given, and whose modality is the expected one where one is given.
  The test reports the share of stories with the type right, the actor code right, the actor sector
  right (over stories that give one), the recipient right (over stories that give one), and passing.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing
  positions in the simple present, forecasts, hedged speculation, background history with years,
  habits, and political verbs in sports, business, science, technology and crime-reporting senses (a
  side that "attacked", shares that "retreated", a start-up that "deployed" an app). A passage passes
  when the coder gives no event with the modality "asserted" or "reported".

Nothing comes from a gold set, the seed, the news files or the demo corpus; the batch was written without
reading the coder's lexicons and rules or any other blind batch's stories. Every text was checked with
/tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and tests, and with
the other texts of the batch, and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the twelfth 2026-12-02 session): run
once at its start, on its starting code (3f400d4, whose code is 8ef1514): the type found in 45 of 50 stories
(0.900); the actor code right on an event of the type in 39 (0.780); code and sector in 19 of the 25 that give
a sector (0.760); the recipient right in 28 of the 37 that give one (0.757); **34 of 50 passing (0.680)**; 22
of 25 empty passages left empty. Run again at its end, on its final code (a0e2745, and 5d09de8 before four
gazetteer entries): the same figures on both.
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
    # --- AGREE (offer, intent in reported speech, pledge by a pronoun resolved from the sentence before)
    ("Colombia's government offered on Wednesday to extend its truce with the National Liberation Army by "
     "another six months provided the guerrillas stop taking hostages for ransom.",
     "AGREE", ("COL", "GOV"), ("COL", "REB"), None),
    ("Kenya's defence minister told a parliamentary committee in Nairobi that a further 200 Kenyan "
     "officers would be flown to Port-au-Prince by late January, to reinforce the mission there.",
     "AGREE", ("KEN", "GOV"), ("HTI", None), None),
    ("Mahmoud Ali Youssouf, who chairs the AU Commission, flew into Port Sudan to see General "
     "Burhan on Monday. Afterwards he pledged to convene a fresh round of mediation between the warring "
     "parties before the rainy season sets in.",
     "AGREE", ("IGO", None), None, None),
    # --- CONSULT (talks, a visit hosted told in the passive with "by", a joint telephone call)
    ("Ecuador's president held talks in Bogota on Thursday with his Colombian counterpart on border "
     "security and cocaine smuggling along the Putumayo river.",
     "CONSULT", ("ECU", "GOV"), ("COL", "GOV"), None),
    ("A delegation of officers from the junta in Niamey flew to Moscow at the weekend. There they were "
     "received by Russia's defence minister for two days of discussions on air defence.",
     "CONSULT", ("RUS", "GOV"), ("NER", None), None),
    ("The foreign ministers of Ethiopia and Eritrea spoke by telephone on Saturday, their first known "
     "contact in over a year, according to officials in Addis Ababa.",
     "CONSULT", ("ETH", "GOV"), None, None),
    # --- SUPPORT (joint signing, praise, apology)
    ("Mozambique and Rwanda signed a defence pact in Maputo on Tuesday that extends the stay of Rwandan "
     "troops in the gas-rich northern province of Cabo Delgado.",
     "SUPPORT", ("MOZ", None), None, None),
    ("The UN Secretary-General praised Kenya on Friday for taking charge of the foreign police force in "
     "Haiti despite persistent shortfalls in funding and equipment.",
     "SUPPORT", ("UNO", None), ("KEN", None), None),
    ("Six demonstrators died in clashes with police in the southern region of Puno last month. Peru's "
     "prime minister apologised on Sunday to their families, days after brushing aside calls for his "
     "resignation.",
     "SUPPORT", ("PER", "GOV"), ("PER", None), None),
    # --- CONCEDE (curfew lifted, sanctions lifted as the object of "voted to", a ban eased after context)
    ("Ecuador's interior ministry scrapped the overnight curfew in three coastal provinces on Monday, "
     "saying a sharp fall in gang murders meant the measure was no longer needed.",
     "CONCEDE", ("ECU", "GOV"), None, None),
    ("West African leaders of ECOWAS meeting in Abuja voted on Sunday to lift the trade and financial "
     "sanctions imposed on Niger after the coup of July 2023.",
     "CONCEDE", ("IGO", None), ("NER", None), None),
    ("Gang attacks on the main airport in Port-au-Prince have tapered off in recent weeks. Citing the calm, "
     "Haiti's civil aviation authority eased its ban on night flights into the capital on Wednesday.",
     "CONCEDE", ("HTI", None), None, None),
    # --- COOPERATE (extradition, joint exercises, intelligence sharing in reported speech)
    ("Colombian police extradited an alleged commander of the Gulf Clan to Washington's custody on "
     "Thursday to face cocaine trafficking charges in a federal court in Florida.",
     "COOPERATE", ("COL", "COP"), ("USA", None), None),
    ("Senegal and Ghana launched joint military exercises near the Malian frontier on Monday, aimed at "
     "drilling rapid responses to jihadist incursions from the Sahel.",
     "COOPERATE", ("SEN", None), None, None),
    ("Burkina Faso's military rulers said on Friday they had begun sharing intelligence with Mali through "
     "a unified command set up by the three Sahel states.",
     "COOPERATE", ("BFA", None), ("MLI", None), None),
    # --- AID (food delivered, emergency aid, asylum with attribution after the clause)
    ("The UN's food agency trucked 35 tonnes of cereals, pulses and vegetable oil to uprooted families "
     "near Rutshuru in North Kivu on Tuesday, after weeks in which roads there were cut.",
     "AID", ("UNO", None), ("COD", None), None),
    ("Japan granted $25 million in emergency humanitarian assistance to Sudan on Wednesday to help people "
     "who have fled the fighting around El Fasher.",
     "AID", ("JPN", None), ("SDN", None), None),
    ("Brazil has given asylum to an ex-premier of Peru who had been sheltering inside its embassy in Lima "
     "since October, the foreign ministry in Brasilia said on Friday.",
     "AID", ("BRA", None), ("PER", "ELI"), None),
    # --- RETREAT (prisoners freed by "the movement", "began withdrawing" with a possessive pronoun, a
    # ceasefire declared by "the group")
    ("Rebels of the M23 seized the Congolese city of Goma in January. On Saturday the movement freed 40 "
     "captured government soldiers, who were then flown out by the Red Cross.",
     "RETREAT", ("COD", "REB"), ("COD", "MIL"), None),
    ("France has been handing its bases back to its former colonies across West Africa. In Dakar on "
     "Monday, its soldiers began withdrawing from the last French military camp in Senegal.",
     "RETREAT", ("FRA", "MIL"), ("SEN", None), None),
    ("Colombia's ELN guerrillas have fought the state since the 1960s. The group declared a unilateral "
     "ceasefire for the Christmas holidays on Sunday, in a statement posted on social media.",
     "RETREAT", ("COL", "REB"), None, None),
    # --- REQUEST (urged, called on, appealed to)
    ("Haiti's transitional presidential council urged the United Nations on Thursday to turn the "
     "Kenyan-led security mission into a full peacekeeping operation.",
     "REQUEST", ("HTI", None), ("UNO", None), None),
    ("Amnesty International called on Mexican authorities on Tuesday to step up the search for six "
     "students who went missing in the state of Zacatecas last month.",
     "REQUEST", ("NGO", None), ("MEX", None), None),
    ("The president of the Democratic Republic of Congo appealed to the Security Council on Wednesday to "
     "impose sanctions on Rwanda, which he said was arming the rebels in North Kivu.",
     "REQUEST", ("COD", "GOV"), ("UNO", None), None),
    # --- ACCUSE (ambassador summoned, denounced, accused in the passive with "by")
    ("The Democratic Republic of Congo's foreign ministry summoned Rwanda's envoy in Kinshasa on Monday "
     "over what it called the direct role of Rwandan troops in the fall of Goma.",
     "ACCUSE", ("COD", "GOV"), ("RWA", None), None),
    ("Sudan's army commander has denounced the Rapid Support Forces for what he called the deliberate "
     "starvation of El Fasher, in a speech to troops in Omdurman.",
     "ACCUSE", ("SDN", "MIL"), ("SDN", "REB"), None),
    ("Tensions along the shared frontier have risen since the spring. Ethiopia was accused by Eritrea's "
     "information ministry on Tuesday of plotting to take the Red Sea port of Assab by force.",
     "ACCUSE", ("ERI", "GOV"), ("ETH", None), None),
    # --- REJECT (rejected, dismissed with a capital for the state, turned down)
    ("Mali's junta rejected on Friday a proposal from ECOWAS to hold elections within twelve months, saying "
     "security had to be restored first.",
     "REJECT", ("MLI", None), ("IGO", None), None),
    ("A panel of UN experts reported that some 4,000 Rwandan soldiers were operating inside Congo. Kigali "
     "dismissed their findings on Thursday as biased and politically motivated.",
     "REJECT", ("RWA", None), ("UNO", None), None),
    ("The ELN's chief negotiator turned down the government's offer of a regional truce in Catatumbo on "
     "Saturday, insisting that the army must first pull out of the area.",
     "REJECT", ("COL", "REB"), ("COL", "GOV"), None),
    # --- THREATEN (conditional warning by "the junta", a cartel threat, an ultimatum with attribution after
    # the clause)
    ("Soldiers toppled Niger's elected president two years ago. The junta has now warned that it will "
     "nationalise a uranium mine run by the French company Orano unless Paris releases frozen payments.",
     "THREATEN", ("NER", None), ("FRA", None), None),
    ("A faction of the Sinaloa cartel threatened, in banners hung across Culiacan on Friday, to kill any "
     "police officer who helped the army hunt its leaders.",
     "THREATEN", ("MEX", "CRM"), ("MEX", "COP"), None),
    ("Washington will impose tariffs of 25 percent on Colombian goods if Bogota keeps refusing flights "
     "carrying deportees, the White House warned on Sunday.",
     "THREATEN", ("USA", None), ("COL", None), None),
    # --- PROTEST (march, road blockade after a fronted place phrase, sit-in)
    ("Thousands of schoolteachers marched through Lima on Wednesday, chanting for a pay rise and for the "
     "education minister to step down.",
     "PROTEST", ("PER", "EDU"), None, None),
    ("In Goma, hundreds of residents barricaded the highway leading to the Rwandan frontier with burning "
     "tyres on Friday, angry at looting by rebel fighters.",
     "PROTEST", ("COD", "CVL"), None, None),
    ("Supporters of Mozambique's main opposition leader camped in front of the national electoral "
     "commission's offices in Maputo on Tuesday to contest the official results.",
     "PROTEST", ("MOZ", None), None, None),
    # --- SANCTION (envoy ordered out, aid suspended as the object of "moved to", ambassadors recalled by
    # "the bloc")
    ("Mali's transitional government gave the Algerian ambassador three days to quit Bamako on Thursday, "
     "blaming Algiers for downing one of its drones near Tinzaouaten.",
     "SANCTION", ("MLI", "GOV"), ("DZA", None), None),
    ("The European Union moved on Monday to suspend budget support to Rwanda over Kigali's backing of the "
     "M23 rebellion in eastern Congo.",
     "SANCTION", ("EUR", None), ("RWA", None), None),
    ("Leaders of the Alliance of Sahel States, which groups Mali, Burkina Faso and Niger, met in Bamako on "
     "Saturday. The bloc then recalled its ambassadors from Algiers in protest at the downing of the "
     "drone.",
     "SANCTION", ("IGO", None), ("DZA", None), None),
    # --- MOBILIZE (troops deployed, armour moved toward a border, reported speech)
    ("Ecuador deployed 3,000 troops and officers across Guayaquil on Saturday after a wave of killings "
     "blamed on rival gangs in the Pacific port.",
     "MOBILIZE", ("ECU", None), None, None),
    ("Ethiopia moved tanks and artillery toward the Eritrean border over the weekend, according to "
     "diplomats and satellite images seen by Reuters.",
     "MOBILIZE", ("ETH", None), ("ERI", None), None),
    ("Under pressure from Washington over fentanyl, Mexico's president said on Monday she had dispatched "
     "10,000 National Guard members to the frontier with the United States.",
     "MOBILIZE", ("MEX", "GOV"), None, None),
    # --- COERCE (arrests, a media ban told as a nominal event, a seizure by a pronoun, a deportation)
    ("Peruvian police arrested 42 demonstrators in central Lima on Thursday night as a march against the "
     "government turned violent.",
     "COERCE", ("PER", "COP"), ("PER", None), None),
    ("Burkina Faso's media regulator ordered the suspension of Radio France Internationale on Friday, "
     "accusing the broadcaster of spreading propaganda for jihadist groups.",
     "COERCE", ("BFA", None), ("FRA", "JRN"), None),
    ("Ecuador's navy intercepted a narco-sub carrying about three tonnes of cocaine off the Galapagos "
     "islands. It detained four crew members and seized the vessel and its cargo.",
     "COERCE", ("ECU", "MIL"), None, None),
    ("Dominican authorities deported some 1,250 Haitians across the frontier at Dajabon on Tuesday, the "
     "immigration service said, most of them undocumented farm workers.",
     "COERCE", ("DOM", None), ("HTI", "REF"), None),
    # --- ASSAULT (gunmen killing villagers, shelling by "the group", an attack after a fronted place
    # phrase, a denial)
    ("Gunmen shot dead 12 villagers at a market in a hamlet of northern Burkina Faso on Sunday, "
     "security sources said.",
     "ASSAULT", ("BFA", None), ("BFA", "CVL"), None),
    ("RSF paramilitaries have kept El Fasher encircled for more than a year. Overnight the "
     "group shelled the Abu Shouk displacement camp on the city's northern edge, killing at least 14 "
     "people, aid workers said.",
     "ASSAULT", ("SDN", "REB"), ("SDN", None), None),
    ("In Port-au-Prince, gunmen from the Viv Ansanm alliance of gangs stormed a police post in the "
     "hillside suburb of Kenscoff before dawn on Wednesday.",
     "ASSAULT", ("HTI", "CRM"), ("HTI", "COP"), None),
    ("Rwanda denied on Tuesday that its troops had fired artillery at Congolese army positions north of "
     "Goma, calling the claim an attempt to derail peace talks.",
     "ASSAULT", ("RWA", None), ("COD", "MIL"), "negated"),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Year-on-year consumer price growth in Nigeria cooled to 23.7 percent last month, according to the "
    "statistics bureau, a third consecutive monthly decline.",
    "A survey by the pollster Invamer found that 58 percent of Colombians think the "
    "peace process is going badly, up from 51 percent in June.",
    "Mexico's government rejects the idea of American troops pursuing traffickers inside its territory and "
    "regards any such operation as a breach of its sovereignty.",
    "IMF economists project Ethiopian output expanding roughly 6.5 percent next year, helped by higher "
    "earnings from coffee and gold.",
    "Analysts believe the military government in Ouagadougou could eventually seek closer ties with Beijing, "
    "though no such talks have been announced.",
    "Mali's army took power in August 2020 and again in May 2021, Burkina Faso saw two coups in 2022, and "
    "Niger's presidential guard toppled its elected leader in July 2023.",
    "Senegal's forwards attacked wave after wave down both flanks, but the Ivorian keeper held firm and the "
    "match in Dakar finished scoreless.",
    "Shares in the Johannesburg-listed platinum miner retreated 3 percent on Thursday as metal prices slid "
    "for a second straight session.",
    "The Nairobi start-up deployed its mobile lending app to 2.3 million customers in Uganda and Tanzania "
    "this year, its chief executive told investors.",
    "Some 7.3 million Congolese are uprooted within their own country, UN figures show, the largest number "
    "on record there.",
    "Every Friday, mothers of people who vanished in Sinaloa gather in a parish hall in Culiacan to compare "
    "photographs and share what little news they have.",
    "Researchers at a university in Lima reported that an experimental vaccine blocked infection in 90 "
    "percent of laboratory mice, though human trials remain years away.",
    "Prosecutors in Quito estimate that a typical extortion ring in the city collects protection money from "
    "several hundred shopkeepers every month.",
    "Flamengo crushed Alianza Lima 4-0 in the Copa Libertadores, their forwards storming through a tired "
    "Peruvian defence in the second half.",
    "Colombia's peso rallied against the dollar on Tuesday as crude prices climbed, while local bonds "
    "surrendered some of their early gains.",
    "The Kenyan runner beat the Ethiopian world champion by two seconds in the final of the 10,000 metres "
    "at the stadium in Nairobi.",
    "Forecasters expect heavy rains to hit southern Mozambique next week, raising the risk of floods in the "
    "provinces of Gaza and Inhambane.",
    "Ethiopia considers access to the sea an existential question, while Eritrea regards its borders as "
    "fixed by the boundary commission's 2002 ruling.",
    "Gangs control an estimated 85 percent of the Haitian capital, by UN estimates, and kidnappings there "
    "rose by about a third last year.",
    "Diplomats in Addis Ababa say a border war between the two neighbours is possible but unlikely while "
    "the rains last.",
    "A Chilean cybersecurity firm says its software intercepts millions of phishing attempts against banks "
    "across the region each year.",
    "The ELN grew out of a band of students and radical priests in 1964, drawing on Cuba's revolution, and "
    "has held intermittent negotiations with six Colombian governments.",
    "Gold accounts for roughly three quarters of Mali's export earnings, and industrial output from its "
    "mines is forecast to fall slightly in 2027.",
    "Kenya's constitution requires parliamentary approval before police officers can serve abroad, a rule "
    "the courts have tended to read narrowly.",
    "Peru's volleyball side fought back from two sets down to defeat Colombia at the South American "
    "championship in Lima.",
]

FLOORS = {"type": 0.87, "actor_code": 0.75, "actor_sector": 0.73, "recipient": 0.72, "pass": 0.65,
          "empty": 0.85}
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
    return _code([c[0] for c in STORIES], resources, "blind58")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind58-empty")


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


def test_blind58_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind58 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind58_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind58 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
