"""A fifty-seventh blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-02, before the coder was run on any of them. The theme is one
week in the Horn of Africa, Southern Africa and the Gulf, the way the desks of AFP, Reuters and Al Jazeera
English write it: Somalia's army and al-Shabab, Ethiopia's Fano militia and army drone strikes, Sudan's
army and the Rapid Support Forces around El Fasher, South Sudan's arrests of opposition figures,
Mozambique's post-election protests, Zimbabwe's and Zambia's arrests of journalists, the Gulf states'
mediation and aid, and Iran's seizures of ships. Many acts have a group of people as their target
(villagers, displaced families, journalists, fishermen of another country), several are told target first
in the passive ("a convoy carrying food aid ... was shelled ... by the Rapid Support Forces"), and several
stories open with sentences of background, figures or opinion that report no act. About half of the stories
are plain wire copy (pledged, held talks, praised, lifted, extradited, granted asylum, freed, asked,
summoned, rejected, threatened, marched, recalled, deployed, arrested, overran), the other half harder:
reported speech, attribution after the clause, the passive with "by", nominal events, titles instead of
names, capitals standing for states, nationality adjectives, pronouns resolved from the sentence before,
phrasal verbs and idioms ("turned down", "brushed aside", "handed over"), relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international
bodies: UN agencies UNO, other intergovernmental bodies such as the African Union IGO, NGOs such as Amnesty
International or the Committee to Protect Journalists NGO, the European Union EUR). An act announced for
the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13;
signing a formal agreement is SUPPORT, 057; lifting a curfew or a suspension and easing sanctions are
CONCEDE, 08; extradition, a handover of a suspect and joint exercises are COOPERATE, 06; asylum granted is
AID, 07; a release of prisoners and a declared truce are RETREAT, 0841, 087; a demand is REQUEST, 02;
summoning a foreign envoy is ACCUSE, 114; sanctions imposed, an ambassador expelled or recalled are
SANCTION, 16; a road blockade by civilians is PROTEST, 14; raising an alert level and a show of force are
MOBILIZE, 15; seizing a ship, detaining fishermen and arresting reporters are COERCE, 17. For a joint act
("X and Y signed", "X and Y began joint drills") both sides are actors, as in PLOVER-GSR, so the first is
given as the actor and the recipient is None. A sector is given only where it is clear-cut (a minister GOV,
soldiers and a navy MIL, police COP, journalists JRN, doctors MED, villagers CVL, displaced families and
migrants REF, opposition officials OPP, al-Shabab REB); a bare state, a capital, "authorities", the Rapid
Support Forces and protesters give the code only. A denial "X denied that its fighters had ..." gives the
modality "negated".

A story passes when one event the coder finds in it has the wanted type, an actor with the wanted code (and
sector, where one is given), where one is given a recipient with the wanted code (and sector), and where
one is given the wanted modality. The EMPTY passages report no act that happened: statistics, polls,
tallies, standing positions in the simple present, forecasts, hedged speculation, background history with
years, habits, and political verbs used in senses from sport, business, science, technology and crime
reporting (a side that "attacked" in the second half, shares that "retreated", a firm that "deployed"
software); one passes when the coder finds no event in it with the modality "asserted" or "reported".

Every text is new; each was checked for six-word runs shared with the gold sets, the seed, the news and
demo corpus and the tests (with /tmp/ew/overlap.py), and none was found. The batch was written without
reading the coder's code, lexicons, rules or output.

FIRST RUN, on the code at the start of the eleventh 2026-12-02 session, 536eecd, whose code is d64cb5d
(written to be read): the type found in 46 of 50 stories (0.920); the actor code right on an event of the type
in 43 (0.860); code and sector in 18 of the 23 that give a sector (0.783); the recipient right in 27 of the 36
that give one (0.750); **37 of 50 passing (0.740)**; 23 of 25 empty passages left empty.
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
    # --- AGREE (0331 pledge of aid, plain; 03 an act announced for the future in reported speech with a
    # capital; 0331 a promise by a pronoun resolved two sentences back, after a sentence of figures)
    ("Saudi Arabia pledged $150 million to Somalia on Monday to pay soldiers fighting al-Shabab and to "
     "rebuild police stations in towns recaptured from the group.",
     "AGREE", ("SAU", None), ("SOM", None), None),
    ("The United Arab Emirates will reopen its embassy in Khartoum early next year, a senior Emirati "
     "diplomat told reporters in Abu Dhabi on Tuesday.",
     "AGREE", ("ARE", None), ("SDN", None), None),
    ("Norway's development minister toured a crowded camp for Sudanese refugees near Adre in eastern Chad "
     "on Sunday. More than 200,000 people have reached the area since April, according to U.N. figures. She "
     "promised that Oslo would double its funding for the camps next year.",
     "AGREE", ("NOR", "GOV"), None, None),
    # --- CONSULT (040 talks with titles instead of names; 041 a telephone call with attribution after the
    # clause; 042 a state visit with a capital)
    ("Ethiopia's prime minister held talks in Addis Ababa on Monday with the visiting president of Somalia "
     "on how to secure the long, porous frontier between their countries.",
     "CONSULT", ("ETH", "GOV"), ("SOM", "GOV"), None),
    ("Qatar's emir discussed the seizure of a tanker near the Strait of Hormuz in a telephone call with "
     "Iran's president on Saturday, the Amiri Diwan said.",
     "CONSULT", ("QAT", "GOV"), ("IRN", "GOV"), None),
    ("Mozambique's president arrived in Brasilia on Wednesday for a three-day state visit, his first trip "
     "abroad since the disputed October election.",
     "CONSULT", ("MOZ", "GOV"), ("BRA", None), None),
    # --- SUPPORT (057 joint signing with a background relative clause; 051 praise of troops by the African
    # Union; 055 an apology to a journalist, relative clause with a passive)
    ("Mozambique and Tanzania on Friday put their signatures to a pact on joint river patrols along the "
     "Rovuma, which insurgents have crossed repeatedly since 2020.",
     "SUPPORT", ("MOZ", None), None, None),
    ("The African Union on Tuesday praised Somali troops for driving al-Shabab out of the farming town of "
     "Adan Yabaal, calling the operation a turning point in the campaign.",
     "SUPPORT", ("IGO", None), ("SOM", "MIL"), None),
    ("Zimbabwe's information minister apologised on Thursday to a freelance journalist who was beaten by "
     "riot police while covering a vendors' demonstration in Harare.",
     "SUPPORT", ("ZWE", "GOV"), ("ZWE", "JRN"), None),
    # --- CONCEDE (0813 a curfew lifted, plain; 0811 a suspension of a broadcaster lifted, relative clause;
    # 085 sanctions eased, passive with "by")
    ("Mozambican authorities lifted an overnight curfew in Maputo and Matola on Saturday, two weeks after "
     "it was imposed to end days of rioting over the election result.",
     "CONCEDE", ("MOZ", None), None, None),
    ("Zambia's government on Wednesday lifted its suspension of a private television station that went dark "
     "in October after airing a long interview with the main opposition party's leader.",
     "CONCEDE", ("ZMB", "GOV"), ("ZMB", None), None),
    ("Sanctions on three Sudanese gold trading companies were eased by EU foreign ministers on Monday, "
     "after the firms were found to have severed their links with the RSF.",
     "CONCEDE", ("EUR", None), ("SDN", None), None),
    # --- COOPERATE (063 extradition, plain, with a capital; 062 joint drills with nationality adjectives; 063
    # a suspect handed over, passive with "by", phrasal verb)
    ("Kenya extradited two Somali men to Mogadishu on Tuesday, where they face accusations of funnelling "
     "money to al-Shabab, police in Nairobi said.",
     "COOPERATE", ("KEN", None), ("SOM", None), None),
    ("Indian and Omani warships opened a five-day joint exercise in the Arabian Sea on Sunday, rehearsing "
     "how to board hijacked merchant vessels.",
     "COOPERATE", ("IND", "MIL"), None, None),
    ("A suspected al-Shabab recruiter who was arrested near the town of Busia last month was handed over to "
     "Kenyan police by Ugandan authorities on Thursday, a spokesman in Kampala said.",
     "COOPERATE", ("UGA", None), ("KEN", None), None),
    # --- AID (073 food hauled to displaced families, a group target; 073 relief flown in, passive with "by";
    # 075 asylum granted to a journalist of another country, relative clause)
    ("On Monday the World Food Programme hauled 1,750 tonnes of cereals, pulses and cooking oil to "
     "displaced Sudanese families camped in Tawila, west of El Fasher.",
     "AID", ("UNO", None), ("SDN", "REF"), None),
    ("Tents, water tanks and medicine for families cut off by floods in Somalia's Jubaland state were flown "
     "in on Saturday by the Kuwaiti air force.",
     "AID", ("KWT", "MIL"), ("SOM", None), None),
    ("Kenya on Wednesday granted political asylum to a Zimbabwean journalist who fled Harare in August "
     "after police raided his home and took away his laptops.",
     "AID", ("KEN", None), ("ZWE", "JRN"), None),
    # --- RETREAT (0841 opposition officials freed, plain; 0871 a truce declared by the RSF; 0841 a crew
    # released, passive with "by" and a capital, possessive resolved from the sentence before)
    ("South Sudan's feared intelligence agency on Tuesday freed three senior opposition officials who had "
     "been held without charge since March, their party said.",
     "RETREAT", ("SSD", None), ("SSD", "OPP"), None),
    ("The Rapid Support Forces, Sudan's main paramilitary group, declared on Sunday a humanitarian truce of "
     "three days around El Fasher, saying it would give aid lorries a chance to reach the besieged city.",
     "RETREAT", ("SDN", None), None, None),
    ("Iran's navy boarded the Panama-flagged tanker near Hormuz in May. Its 23 Indian crew members were "
     "released by Tehran on Thursday, New Delhi announced.",
     "RETREAT", ("IRN", None), ("IND", None), None),
    # --- REQUEST (02 an appeal by the U.N. chief after a sentence of figures; 10 a demand, REQUEST in PLOVER,
    # in reported speech with attribution after the clause; 0232 a request for military aid)
    ("Aid agencies estimate that about 300,000 civilians remain trapped in El Fasher. Antonio Guterres, the "
     "U.N. secretary-general, pressed the Sudanese army and its paramilitary rivals on Monday to open safe "
     "routes for those trying to flee the city.",
     "REQUEST", ("UNO", None), ("SDN", None), None),
    ("Zimbabwe must free four reporters held since last week for covering a teachers' strike, the New "
     "York-based Committee to Protect Journalists demanded on Wednesday.",
     "REQUEST", ("NGO", None), ("ZWE", None), None),
    ("Somalia's president asked Qatar and Turkey on Thursday for helicopters and armoured vehicles to back "
     "a new offensive against al-Shabab in the Middle Shabelle region.",
     "REQUEST", ("SOM", "GOV"), ("QAT", None), None),
    # --- ACCUSE (114 a high commissioner summoned; 112 an accusation of shelling displaced people; 111
    # condemnation by an NGO over a drone strike, relative clause)
    ("Mozambique's foreign ministry summoned South Africa's high commissioner in Maputo on Tuesday over a "
     "South African minister's comments about the vote count.",
     "ACCUSE", ("MOZ", "GOV"), ("ZAF", None), None),
    ("Sudan's army on Saturday accused the paramilitary RSF of shelling a camp for displaced people outside "
     "El Fasher, killing at least a dozen residents.",
     "ACCUSE", ("SDN", "MIL"), ("SDN", None), None),
    ("Amnesty International on Wednesday condemned Ethiopia over a drone strike that killed shoppers at a "
     "market in the Amhara region, describing it as a possible war crime.",
     "ACCUSE", ("NGO", None), ("ETH", None), None),
    # --- REJECT (12 a proposal of the African Union rejected, plain; 12 a request turned down, phrasal verb;
    # 12 a demand brushed aside by a capital, idiom, after a sentence naming the demand)
    ("Eritrea on Monday rejected an African Union proposal to send ceasefire monitors to its frontier with "
     "Ethiopia, calling the plan an affront to its sovereignty.",
     "REJECT", ("ERI", None), ("IGO", None), None),
    ("South Sudan's government turned down an opposition request on Friday to push back next year's "
     "elections until a permanent constitution is in place.",
     "REJECT", ("SSD", "GOV"), ("SSD", "OPP"), None),
    ("Gulf Cooperation Council foreign ministers called on Iran last week to hand back the seized tanker. "
     "Tehran brushed aside the demand on Monday, saying the ship had been smuggling fuel.",
     "REJECT", ("IRN", None), ("IGO", None), None),
    # --- THREATEN (138 a threat of attack on firms of another country; 139 an ultimatum to fighters named by
    # a pronoun resolved from the sentence before; 13 a hostile conditional warning)
    ("Al-Shabab threatened on Sunday to attack Kenyan construction firms working on a new highway toward "
     "the Somali border.",
     "THREATEN", ("SOM", "REB"), ("KEN", None), None),
    ("RSF fighters have held the centre of Babanusa since October. The Sudanese army gave them 72 hours to "
     "quit the town or be driven out by force, a military spokesman said in Port Sudan on Friday.",
     "THREATEN", ("SDN", "MIL"), ("SDN", None), None),
    ("Iran's Revolutionary Guards warned on Tuesday that they would seize more American-linked ships if "
     "Washington stepped up its sanctions on Iranian oil exports.",
     "THREATEN", ("IRN", "MIL"), ("USA", None), None),
    # --- PROTEST (141 a march after a sentence of figures and opinion; 143 a doctors' strike, idiom; 144 a
    # road blocked by supporters named with a possessive resolved from the sentence before)
    ("Official results gave the ruling party's candidate 65 percent of the vote, a figure the opposition "
     "says was inflated. Tens of thousands of people loyal to the opposition marched across central Maputo "
     "on Monday waving placards that called the result a fraud.",
     "PROTEST", ("MOZ", None), None, None),
    ("Junior doctors across Zimbabwe downed tools on Wednesday, demanding their salaries in American "
     "dollars, the country's main medical union said.",
     "PROTEST", ("ZWE", "MED"), None, None),
    ("Venancio Mondlane, who finished second in the October vote, returned to Mozambique on Thursday after "
     "two months abroad. His supporters blocked the main road out of Nampula with burning tyres on Friday, "
     "demanding the release of relatives detained in earlier protests.",
     "PROTEST", ("MOZ", None), None, None),
    # --- SANCTION (161 an ambassador expelled by a capital; 163 sanctions imposed by a capital, idiom; 161 an
    # ambassador recalled from a capital)
    ("Mogadishu expelled the Ethiopian ambassador on Thursday, accusing Addis Ababa of shipping arms to "
     "regional forces in Jubaland without federal consent.",
     "SANCTION", ("SOM", None), ("ETH", None), None),
    ("Washington on Tuesday slapped sanctions on two RSF commanders accused of ordering attacks on "
     "civilians in North Darfur.",
     "SANCTION", ("USA", None), ("SDN", None), None),
    ("Sudan recalled its ambassador to Nairobi on Wednesday, a day after Kenya allowed the RSF and its "
     "allies to hold a conference in the Kenyan capital.",
     "SANCTION", ("SDN", None), ("KEN", None), None),
    # --- MOBILIZE (150 troops deployed, plain; 152 an alert raised, idiom "placed on high alert"; 150 a naval
    # show of force, nationality adjective)
    ("Mozambique deployed troops and armoured personnel carriers onto the streets of Maputo on Thursday "
     "ahead of an opposition march called for the weekend.",
     "MOBILIZE", ("MOZ", None), None, None),
    ("Kenya placed its troops along the Somali border on high alert late on Sunday after militants overran "
     "a police post in Mandera county.",
     "MOBILIZE", ("KEN", None), None, None),
    ("Two U.S. destroyers steamed through the Hormuz strait on Monday in a show of force, days after Iran "
     "took control of a Greek-owned crude carrier off Fujairah.",
     "MOBILIZE", ("USA", "MIL"), None, None),
    # --- COERCE (173 journalists arrested, plain with a capital; 173 a reporter detained, passive with "by"
    # and a relative clause after a sentence of opinion; 173 fishermen of another country detained after a
    # sentence of habit; 1711 a ship seized)
    ("Police in Harare arrested two journalists on Tuesday as they filmed a protest by street vendors "
     "against the demolition of their stalls, their lawyer said.",
     "COERCE", ("ZWE", "COP"), ("ZWE", "JRN"), None),
    ("Critics say press freedom in Zambia has narrowed since 2023. A Zambian reporter who wrote about the "
     "president's health was detained on Friday by police in Lusaka, the Media Institute of Southern Africa "
     "said.",
     "COERCE", ("ZMB", "COP"), ("ZMB", "JRN"), None),
    ("Yemeni fishing crews often stray into Eritrean waters, where grouper and snapper are more plentiful. "
     "Eritrean naval forces detained 46 Yemeni fishermen near the Hanish islands on Saturday and "
     "confiscated their boats, officials in Sanaa said.",
     "COERCE", ("ERI", "MIL"), ("YEM", None), None),
    ("Iranian naval forces seized a tanker flying the flag of the Marshall Islands off the port of Jask on "
     "Thursday, saying it was carrying smuggled diesel.",
     "COERCE", ("IRN", "MIL"), None, None),
    # --- ASSAULT (193 a military outpost overrun, plain; 194 a convoy shelled, passive with "by" after a
    # sentence of background; 195 a drone strike on villagers after a sentence of background, agent in a
    # reduced relative clause; 194 a shelling denied, "negated")
    ("Al-Shabab fighters overran a military outpost outside Bulo Burde in the early hours of Sunday, "
     "leaving at least nine soldiers dead, local officials said.",
     "ASSAULT", ("SOM", "REB"), ("SOM", "MIL"), None),
    ("El Fasher has been under siege for more than 18 months. A convoy carrying food aid to the city was "
     "shelled on Tuesday by the Rapid Support Forces, according to the U.N. food agency, which said two "
     "drivers were wounded.",
     "ASSAULT", ("SDN", None), None, None),
    ("Fano militiamen have fought federal forces across much of Amhara since mid-2023. A drone operated by "
     "the Ethiopian military hit a busy cattle market near Debre Markos on Monday, killing at least 20 "
     "villagers, health workers and residents said.",
     "ASSAULT", ("ETH", "MIL"), ("ETH", "CVL"), None),
    ("The Rapid Support Forces denied on Wednesday that their fighters had shelled the Saudi maternity "
     "hospital in El Fasher, blaming the army for the attack.",
     "ASSAULT", ("SDN", None), None, "negated"),
]

#: passages with no act that happened: no event with the modality "asserted" or "reported" may be found
EMPTY: list[str] = [
    # statistics, polls, tallies
    "Consumer prices in Somalia climbed 4.1 percent in the twelve months to October, slower than "
    "September's 5.3 percent pace, the central bank's bulletin showed.",
    "A poll of 1,200 adults in Zambia released on Tuesday found that 58 percent have less faith in the "
    "police than five years earlier.",
    "More than 12 million people have been uprooted inside Sudan and across its borders since April 2023, "
    "according to estimates from the U.N. migration agency.",
    "About 3,800 Ethiopian migrants crossed the Gulf of Aden to Yemen in October, down from 6,100 in "
    "September, the IOM's tracking data showed.",
    "Drought has shrunk Zimbabwe's maize harvest to its smallest in ten years, and the agriculture ministry "
    "puts the shortfall at 900,000 tonnes.",
    # standing positions in the simple present, opinion
    "Ethiopia regards access to the Red Sea as an existential question and says it wants a port through "
    "negotiation rather than force.",
    "Oman has long cast itself as a neutral go-between in the Gulf, keeping working ties with both Tehran "
    "and Riyadh.",
    "Press freedom groups rank Zimbabwe among the hardest places in southern Africa to work as a reporter.",
    # forecasts and hedged speculation
    "The IMF forecasts growth of roughly 3 percent for Mozambique in 2027 as liquefied natural gas projects "
    "in Cabo Delgado restart.",
    "Analysts say the Gulf states could eventually push both Sudanese factions toward a deal, though few "
    "expect talks to resume before the rainy season ends.",
    "Diplomats in Addis Ababa say the African Union may try to revive its mediation in Sudan if both "
    "warring sides signal interest.",
    # background history with years
    "Eritrea and Ethiopia were at war over their shared border between 1998 and 2000, a conflict in which "
    "an estimated 80,000 people died.",
    "Mozambique's civil war, which ended with a peace accord in Rome in 1992, left roughly a million people "
    "dead.",
    # habits
    "Fishermen on Kenya's Lamu island mostly head out while it is still dark and are back with their catch "
    "by noon, when buyers from Mombasa turn up.",
    "Malaria cases in Ethiopia's lowlands tend to peak between September and November, after the main "
    "rains, health officials say.",
    # sport
    "Zambia attacked wave after wave in the second half without finding a way through, and Ivory Coast "
    "clung on for a 1-0 victory in Abidjan on Saturday.",
    "Kaizer Chiefs laid siege to the Orlando Pirates goal for most of the derby, but a late counter-attack "
    "handed the visitors a 2-1 win.",
    "New Zealand's All Blacks crushed Wales 52-10 in Cardiff, their forwards overpowering the home pack "
    "from the opening scrum.",
    "The Brazilian grandmaster defended her title with a draw in the final round, while her Indian "
    "challenger blundered a rook in a winning position.",
    # business, technology, science
    "Shares in Safaricom retreated 2.4 percent in Nairobi on Tuesday after the mobile operator lowered its "
    "full-year earnings guidance.",
    "A Dubai-based logistics firm deployed new tracking software across its warehouses in Jebel Ali this "
    "month, shaving about 20 percent off delivery times.",
    "Investors dumped Egyptian bonds as the pound weakened, and the yield on 10-year notes jumped to 27 "
    "percent.",
    "Scientists at a Cape Town university report that the bacterium invades healthy cells much faster when "
    "temperatures are warm, in a paper published by Nature on Monday.",
    "The update lets subscribers block unknown callers and flag spam messages, the company says, and will "
    "reach phones in Kenya and Tanzania first.",
    # crime reporting
    "Detectives in Johannesburg say the gang that targets cash-in-transit vans typically strikes at first "
    "light and abandons its getaway cars within hours.",
]


FLOORS = {"type": 0.93, "actor_code": 0.91, "actor_sector": 0.92, "recipient": 0.88, "pass": 0.87,
          "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind57")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind57-empty")


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


def test_blind57_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind57 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind57_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind57 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
