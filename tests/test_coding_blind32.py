"""A thirty-second blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them, on the Middle East and
Africa (Gulf diplomacy, Iran and its neighbours, the Sahel juntas, the Horn of Africa, the Great Lakes,
southern African elections, Maghreb migration), mixing diplomacy, protest and conflict the way the desks of
AFP and Reuters write it. About half of the stories are plain wire copy (pledged, met, spoke by telephone,
signed, lifted, held joint exercises, extradited, delivered, granted asylum, freed, withdrew, called on,
urged, summoned, rejected, threatened, marched, went on strike, recalled, imposed sanctions, deployed,
arrested, killed), the other half harder (reported speech, attribution after the clause, passives with
"by", nominal events, titles instead of names, capitals for states, nationality adjectives, pronouns resolved
from the sentence before, phrasal verbs and idioms, relative clauses). Each story comes with the PLOVER type
of one act its last sentence reports, that act's actor and recipient (code and sector) and, where it
matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's
actor and sector conventions, the project's codes for international bodies: UN agencies UNO, other
intergovernmental bodies IGO, NGOs NGO, the European Union EUR; an act announced for the future is an
expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal
agreement is SUPPORT, 057; lifting a ban, a suspension or a curfew, easing sanctions and acceding to demands
are CONCEDE, 08; a release of prisoners or a pullback of troops is RETREAT, 0841, 087; summoning a foreign
ambassador is ACCUSE, 114; a hunger strike or a road blockade by civilians is PROTEST, 14; an ambassador
recalled, diplomats expelled and sanctions imposed are SANCTION, 16; when two parties act jointly, "X and Y
signed", both are actors, so the first is given as the actor and no recipient is checked; a sector is given
only where it is clear-cut, a bare state, a capital, "authorities", gunmen or protesters give the code only;
a denial "X denied that it had ..." would give the modality "negated"). Nothing comes from a gold set, the
seed, the news files or the demo corpus; the batch was written without reading the coder's code, lexicons,
rules or output.

Two kinds of case:

- STORIES: a story passes when the coder finds, among the events it codes for the story, one of the expected
  type whose actors include the expected actor (code, and sector where one is given) and, where a recipient
  is given, whose recipients include it, and, where a modality is given, with that modality.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and political
  verbs used in their sports, business, science and technology senses (a winger who "attacked", shares that
  "retreated", a firm that "deployed" an app, a compound that "attacked" a parasite). A passage passes when
  the coder codes no event from it with the modality "asserted" or "reported".

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold sets, the seed, the
news files, the demo corpus and the tests, and within the batch itself; none was found.

FIRST RUN, on commit dfda8ba (the third 2026-12-01 session's coder, after the rules batches 30 and 31
prompted): the type found in 44 of 50 stories (0.880); the actor code right on an event of the type in
42 (0.840); code and sector in 10 of the 13 that give a sector (0.769); the recipient right in 28 of
the 38 that give one (0.737); **37 of 50 passing (0.740)**; 23 of the 25 empty passages with no event
that happened (0.920). The session's starting coder (5610c44), run on it afterwards for comparison
only: 35 of 50 and 23 of 25. No expectation was changed after the first run. Its 13 misses: election
observers to be sent read as an investigation, a visit told as the noun after "began a tour with", a
change of government hailed (its state, the owner, missed), a demand agreed to (accepting a demand is
yielding, 083, not a promise), an allegation of arming told before "..., the army charged" (coded,
as PLOVER-GSR codes such reports, as the act reported), a report dismissed as baseless (a denial,
which CAMEO files under statements, not 12), an ultimatum given "until the end of the month", a
threat whose target is the condition's subject, blockaders left without their country, sanctions
"placed on" generals left without the state that placed them, diplomats given two days "to get out
of" the country, migrants coded as civilians, radio stations suspended left without their sector.
Two empty passages gave events: turnout that "stood at 68 percent, with results ..." and murders
"recorded" over a quarter. The misses were read and rules followed, so the batch is no longer
blind. FLOORS were set after those rules, a little under its figures then.
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
    # --- AGREE (0331 plain pledge; 03 announced for the future in reported speech with a capital; 03 a
    # promise by "he" resolved from the sentence before)
    ("Saudi Arabia pledged on Wednesday to place $2 billion in deposits with Cairo's central bank, "
     "bolstering reserves drained by a slump in Suez Canal revenue.",
     "AGREE", ("SAU", None), ("EGY", None), None),
    ("Speaking after talks in Addis Ababa, Kenya's foreign minister said Nairobi would send a team of "
     "election observers to South Sudan for its long-delayed vote.",
     "AGREE", ("KEN", None), ("SSD", None), None),
    ("Iran's foreign minister arrived in Muscat late on Sunday to meet Omani mediators. He promised that "
     "Tehran would return to indirect nuclear talks with Washington within weeks.",
     "AGREE", ("IRN", "GOV"), ("USA", None), None),
    # --- CONSULT (plain meeting; plain telephone call with attribution after; nominal visit by a title)
    ("Egyptian President Abdel Fattah al-Sisi met King Abdullah of Jordan in Cairo on Tuesday to discuss the "
     "war in Gaza and the strain of rising food prices.",
     "CONSULT", ("EGY", "GOV"), ("JOR", None), None),
    ("Turkey's foreign minister discussed northern Syria in a phone call with his Iranian counterpart on "
     "Friday, Ankara said.",
     "CONSULT", ("TUR", "GOV"), ("IRN", "GOV"), None),
    ("The Chinese foreign minister began a five-nation African tour with a visit to Nairobi on Saturday, "
     "keeping up a three-decade custom of Beijing's top diplomat travelling to Africa each January.",
     "CONSULT", ("CHN", "GOV"), ("KEN", None), None),
    # --- SUPPORT (057 joint signing; praise as a nominal "drew praise from"; praise in a passive with "by")
    ("Rwanda and Congo signed a regional economic integration framework at a ceremony in Washington on "
     "Friday, part of a US-brokered push to end the fighting in Congo's east.",
     "SUPPORT", ("RWA", None), None, None),
    ("Senegal's peaceful transfer of power drew praise on Monday from the African Union commission chairman, "
     "who called the presidential election a credit to the continent.",
     "SUPPORT", ("IGO", None), ("SEN", None), None),
    ("Botswana's first change of government since independence was hailed by the Southern African "
     "Development Community on Thursday as an example for the whole region.",
     "SUPPORT", ("IGO", None), ("BWA", None), None),
    # --- CONCEDE (0812 suspension lifted; 081 sanctions eased by a capital; 083 demand accepted, "their"
    # resolved from the sentence before; curfew lifted)
    ("Mali's military authorities lifted on Wednesday a suspension of political party activity that they had "
     "imposed by decree three months earlier.",
     "CONCEDE", ("MLI", None), None, None),
    ("Washington eased its sanctions against the Syrian central bank on Friday, the Treasury said, to help "
     "the new government in Damascus pay salaries and import fuel.",
     "CONCEDE", ("USA", None), ("SYR", None), None),
    ("Resident doctors in Nigeria stopped work last week, closing wards in state-run hospitals nationwide. "
     "On Monday the health ministry agreed to their demand for unpaid hazard allowances.",
     "CONCEDE", ("NGA", "GOV"), ("NGA", "MED"), None),
    ("Authorities in northern Mozambique lifted the overnight curfew in Pemba on Monday after months without "
     "an insurgent attack on the provincial capital of Cabo Delgado.",
     "CONCEDE", ("MOZ", None), None, None),
    # --- COOPERATE (joint exercises with nationality adjectives; extradition; intelligence passed, with a
    # relative clause and attribution after)
    ("Egyptian and Saudi naval forces held joint exercises in the Red Sea this week, focusing on the "
     "protection of shipping lanes.",
     "COOPERATE", ("EGY", "MIL"), None, None),
    ("Kenya extradited a businessman to Uganda on Tuesday to face charges over the killing of an "
     "opposition lawmaker in Kampala.",
     "COOPERATE", ("KEN", None), ("UGA", None), None),
    ("Moroccan security services, which signed a cooperation pact with Spain last year, passed intelligence "
     "to Spanish police which helped dismantle a hashish smuggling ring, Madrid said on Wednesday.",
     "COOPERATE", ("MAR", None), ("ESP", "COP"), None),
    # --- AID (humanitarian delivery by a UN agency; asylum granted; funds sent, passive with "by")
    ("The World Food Programme delivered 2,000 tonnes of food to the besieged Sudanese city of El Fasher on "
     "Sunday, its first convoy there in months.",
     "AID", ("UNO", None), ("SDN", None), None),
    ("Australia granted asylum on Thursday to a Burundian journalist who fled the country after reporting "
     "on beatings carried out by youth militants loyal to the ruling party.",
     "AID", ("AUS", None), ("BDI", "JRN"), None),
    ("Emergency funds worth 40 million euros were sent to flood-stricken Niger by the European Union, the "
     "bloc's humanitarian office said on Tuesday.",
     "AID", ("EUR", None), ("NER", None), None),
    # --- RETREAT (0841 prisoners freed; 087 troops withdrew; "pulled out of" by rebels named by nationality)
    ("Burkina Faso's junta freed four French intelligence officers on Thursday after a year in detention, "
     "following mediation by Morocco.",
     "RETREAT", ("BFA", None), ("FRA", None), None),
    ("Ethiopian troops withdrew from three bases in Somalia's Gedo region on Wednesday, local elders said.",
     "RETREAT", ("ETH", "MIL"), ("SOM", None), None),
    ("Congolese M23 rebels pulled back from the mining town of Walikale on Saturday, in what the movement "
     "called a goodwill gesture toward peace talks in Doha.",
     "RETREAT", ("COD", "REB"), None, None),
    # --- REQUEST (call by a UN body; urging by an NGO; urging in a passive with "by")
    ("On Monday the Security Council of the United Nations called on Sudan's warring parties to let aid "
     "convoys into Darfur.",
     "REQUEST", ("UNO", None), ("SDN", None), None),
    ("Amnesty International urged Tunisian authorities on Friday to release a lawyer jailed over remarks "
     "about President Kais Saied made on a television talk show.",
     "REQUEST", ("NGO", None), ("TUN", None), None),
    ("Lebanon's leaders were urged by a visiting French envoy on Wednesday to hold parliamentary elections "
     "on schedule next spring.",
     "REQUEST", ("FRA", None), ("LBN", None), None),
    # --- ACCUSE (114 ambassador summoned; accusation with attribution after the clause; accusation by
    # "military rulers" after a fronted phrase)
    ("Algeria summoned the French ambassador on Monday over remarks by the French interior minister on "
     "migration.",
     "ACCUSE", ("DZA", None), ("FRA", None), None),
    ("The United Arab Emirates is arming the paramilitary Rapid Support Forces, Sudan's army charged on "
     "Thursday in a letter to the Security Council.",
     "ACCUSE", ("SDN", "MIL"), ("ARE", None), None),
    ("In a statement read on state television, Niger's military rulers accused France of plotting to "
     "destabilise the country from bases in neighbouring Benin.",
     "ACCUSE", ("NER", None), ("FRA", None), None),
    # --- REJECT (plain; "dismissed as baseless" by a minister; a request turned down, passive with "by")
    ("Ethiopia rejected a demand from Egypt for a binding agreement on the filling and operation of the "
     "Grand Ethiopian Renaissance Dam.",
     "REJECT", ("ETH", None), ("EGY", None), None),
    ("Eritrea's information minister dismissed as baseless a UN report alleging that conscripts are kept in "
     "national service indefinitely.",
     "REJECT", ("ERI", "GOV"), ("UNO", None), None),
    ("A request by Zimbabwe's main opposition party for a recount of the vote in Harare was turned down by "
     "the electoral commission on Friday.",
     "REJECT", ("ZWE", None), ("ZWE", "OPP"), None),
    # --- THREATEN (plain conditional threat; ultimatum by a regional body; hostile conditional in reported
    # speech)
    ("Iran's Revolutionary Guards threatened on Wednesday to shut the Strait of Hormuz to tankers if the "
     "United States reimposed a full oil embargo.",
     "THREATEN", ("IRN", None), ("USA", None), None),
    ("The West African bloc ECOWAS gave Guinea-Bissau's military rulers until the end of "
     "the month to set an election date or face new sanctions.",
     "THREATEN", ("IGO", None), ("GNB", None), None),
    ("Yemen's Houthi movement said on Thursday it would resume attacks on ships in the Red Sea if Israel "
     "renewed its offensive in Gaza.",
     "THREATEN", ("YEM", None), ("ISR", None), None),
    # --- PROTEST (march in a capital; teachers' strike; hunger strike told as "refused food", attribution
    # after; road blockade with context in the sentence before)
    ("Thousands of people marched through Nairobi on Tuesday to demand justice for a blogger who died in "
     "police custody.",
     "PROTEST", ("KEN", None), None, None),
    ("Public school teachers across Morocco began a strike on Monday to press for a pay rise and an end to "
     "short-term contracts.",
     "PROTEST", ("MAR", "EDU"), None, None),
    ("A jailed Bahraini rights activist has refused food since Saturday in protest at being denied medical "
     "care, his daughter said.",
     "PROTEST", ("BHR", None), None, None),
    ("Fuel prices have nearly tripled since subsidies ended in May. Angry motorcyclists and traders blocked "
     "the main highway between Lagos and Ibadan for several hours on Monday.",
     "PROTEST", ("NGA", None), None, None),
    # --- SANCTION (ambassador recalled; sanctions imposed; diplomats ordered out by a capital)
    ("Mali recalled its ambassador from Algeria on Sunday, days after a Malian surveillance drone was "
     "downed by Algerian air defences close to their shared frontier.",
     "SANCTION", ("MLI", None), ("DZA", None), None),
    ("The United States placed sanctions on two Sudanese generals on Tuesday over attacks on civilians in "
     "Darfur.",
     "SANCTION", ("USA", None), ("SDN", "MIL"), None),
    ("Buenos Aires gave two Iranian diplomats two days to get out of Argentina on Wednesday, "
     "accusing them of spying on the Jewish community.",
     "SANCTION", ("ARG", None), ("IRN", None), None),
    # --- MOBILIZE (troops deployed; alert raised; riot police sent, passive with "by")
    ("Chad deployed extra troops along its eastern border with Sudan on Friday after stray shells landed in "
     "the town of Adre.",
     "MOBILIZE", ("TCD", None), None, None),
    ("Kenya placed its security forces on high alert along the Somali border on Sunday after a spate of "
     "roadside bombings.",
     "MOBILIZE", ("KEN", None), None, None),
    ("Hundreds of riot police were sent onto the streets of Maputo by the Mozambican government ahead of "
     "the announcement of election results.",
     "MOBILIZE", ("MOZ", "GOV"), None, None),
    # --- COERCE (arrest by police; deportation, passive with "by"; media suspended by a junta named by its
    # capital)
    ("Tunisian police arrested a prominent opposition lawyer at her home in Tunis on Saturday.",
     "COERCE", ("TUN", "COP"), ("TUN", None), None),
    ("More than 600 Nigerien migrants were deported across the desert border by Libyan authorities on "
     "Monday, according to the UN migration agency IOM.",
     "COERCE", ("LBY", None), ("NER", "REF"), None),
    ("The junta in Conakry suspended two private radio stations on Tuesday for what it called biased "
     "coverage of the constitutional referendum.",
     "COERCE", ("GIN", None), ("GIN", "JRN"), None),
    # --- ASSAULT (killing by gunmen; air strikes, passive with "by"; a base stormed by a named group)
    ("Gunmen killed 14 villagers in an attack in Nigeria's Plateau state on Sunday, local officials said.",
     "ASSAULT", ("NGA", None), ("NGA", "CVL"), None),
    ("Targets near Damascus were hit by Israeli aircraft on Thursday, the official Syrian news agency SANA "
     "reported.",
     "ASSAULT", ("ISR", None), ("SYR", None), None),
    ("Al-Shabaab fighters stormed a military base in central Somalia overnight, killing at least ten "
     "soldiers, the army said.",
     "ASSAULT", ("SOM", None), ("SOM", "MIL"), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Remittances from Egyptians working abroad climbed 40 percent to $17 billion between January and June, "
    "central bank data showed.",
    "A survey by Afrobarometer found that 61 percent of Zambians trust the electoral commission, down from "
    "70 percent five years ago.",
    "Turnout in Malawi's presidential runoff stood at 68 percent, with results from all 28 districts now "
    "counted, according to the electoral commission.",
    "Oman has long kept channels open to both Tehran and Riyadh, and its diplomats pride themselves on "
    "quiet mediation rather than public statements.",
    "The International Monetary Fund expects Nigeria's economy to grow 3.4 percent next year, lifted by "
    "rising crude production and slowing inflation.",
    "Analysts say the junta in Niamey could seek even closer ties with Moscow if relations with Washington "
    "deteriorate further.",
    "Eritrea won independence from Ethiopia in 1993 after a thirty-year war, and the neighbours went to war "
    "again over their frontier between 1998 and 2000, at a cost of tens of thousands of lives.",
    "Every Friday the Grand Mosque in Kuwait City draws thousands of worshippers, many of them migrant "
    "workers from South Asia.",
    "Mohamed Salah attacked down the right throughout the second half as Egypt beat Cameroon 2-0 to reach "
    "the last four of the continental championship.",
    "Shares in Saudi Aramco retreated 2 percent in Riyadh on Tuesday as crude prices slipped on worries "
    "about weaker demand in China.",
    "Safaricom deployed a new version of its M-Pesa app across Kenya last month, adding a feature that lets "
    "customers pay utility bills offline.",
    "Researchers in South Africa said a drought-tolerant strain of maize yielded 30 percent more grain than "
    "conventional seed in three seasons of field trials.",
    "Figures released by the South African Police Service show 6,300 murders were recorded between July and "
    "September, a slight fall on the same quarter last year.",
    "Qatar Airways' cargo arm captured a larger share of the freight market between Asia and Africa last "
    "year, industry figures show.",
    "The Sudanese national team, playing its home matches abroad because of the war, beat Ghana 2-1 in "
    "Benghazi on Tuesday to keep its World Cup qualifying hopes alive.",
    "A small earth-observation satellite built by Egyptian engineers was launched from China's Jiuquan "
    "centre on Sunday to monitor crops along the Nile.",
    "Forecasters expect the rainy season in the Horn of Africa to be shorter than normal, raising fears of "
    "another failed harvest in Somalia and southern Ethiopia.",
    "Iran's constitution bars non-Muslims from the presidency, and the Guardian Council vets every "
    "candidate who registers to run.",
    "In 1979 Egypt became the first Arab state to make peace with Israel, a step that led to its suspension "
    "from the Arab League for a decade.",
    "Sea crossings by migrants from Libya to Italy were down by about a third between January and October, "
    "UN refugee agency figures show.",
    "Whether Burkina Faso's junta will ever hold elections remains unclear, and several diplomats in "
    "Ouagadougou doubt a vote will take place before 2029.",
    "Gulf monarchs traditionally exchange visits during Ramadan, and the Saudi crown prince usually receives "
    "regional leaders in Mecca during its final ten nights.",
    "The Dangote refinery near Lagos now processes about 650,000 barrels a day, making it the largest "
    "single-train refinery in the world.",
    "Nigeria's Super Eagles were held to a goalless draw by Benin in Uyo on Saturday, leaving their hopes of "
    "automatic qualification in doubt.",
    "In laboratory tests the compound attacked the malaria parasite early in its life cycle, researchers at "
    "the University of Cape Town reported.",
]

FLOORS = {"type": 0.91, "actor_code": 0.91, "actor_sector": 0.73, "recipient": 0.78, "pass": 0.83,
          "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind32")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind32-empty")


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


def test_blind32_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind32 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind32_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind32 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
