"""A thirty-fifth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them, on Europe and Central
Asia, North America and the Caucasus (EU institutions and quarrels between member states, the Balkans,
Ukraine and Russia, the Central Asian republics, Turkey and Greece, United States domestic and foreign policy,
Canada), mixing diplomacy, protest and conflict, the way the desks of AP and Reuters write it. About half of
the stories are plain wire copy (offered, held talks, spoke by telephone, signed, praised, lifted, held joint
exercises, extradited, sent, granted asylum, freed, called on, urged, summoned, accused, vetoed, rejected,
threatened, marched, blocked, expelled, imposed tariffs, deployed, began drills, detained, arrested, struck,
shot dead), the other half harder: reported speech, attribution after the clause, passives with "by",
nominal events, titles instead of names, capitals for states, nationality adjectives, pronouns and titles
resolved from the sentence before, phrasal verbs and idioms (gave in to, turned down, walked off the job,
pulled back), relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
UN agencies UNO, the European Union EUR, other intergovernmental bodies IGO, NGOs NGO). An act announced for
the future, an offer or a promise is AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing
a formal agreement, praise and an apology are SUPPORT, 05, 057; lifting a ban or sanctions, easing
restrictions and giving in to demands are CONCEDE, 08; joint exercises, extradition and intelligence sharing
are COOPERATE, 06; a loan, relief goods and asylum granted are AID, 07; a release of prisoners or a pullback
of troops is RETREAT, 0841, 087; summoning a foreign ambassador is ACCUSE, 114; a veto is REJECT, 12;
expelling diplomats, recalling an ambassador and tariffs are SANCTION, 16; deployments and naval drills are
MOBILIZE, 15; arrests and detentions are COERCE, 17. When two parties act jointly ("X and Y signed", "X and Y
troops held joint exercises") the coder codes both sides as actors with no recipient, as PLOVER-GSR does, so
the first side is given as the actor and the recipient as None. A sector is given only where it is
clear-cut (a minister GOV, soldiers MIL, police COP, a court JUD, nurses MED); a bare state, a capital,
"authorities" or protesters get the code only. A denial "X denied that it had ..." gives the modality
"negated"; otherwise the modality is not checked.

Two kinds of case:

- STORIES: a story passes when the coder returns, among its events, one of the given type whose actors
  include the given actor (code, and sector where one is given), whose recipients include the given
  recipient where one is given, and whose modality is the given one where one is given. The figures are the
  share of stories with an event of the right type, of those with the right actor code, of those with the
  right actor sector (among stories that give one), of those with the right recipient (among stories that
  give one), and of those that pass.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and political
  verbs in sports, business, science, technology and crime-reporting senses (a team that "attacked", shares
  that "retreated", a bank that "deployed" software). A passage passes when the coder returns no event with
  the modality "asserted" or "reported".

Every text is the batch author's own writing. Every text was checked for six-word runs shared with the gold,
seed and news sets, the demo corpus and the tests (with /tmp/ew/overlap.py) and none was found. The batch
was written without reading the coder's lexicons, rules or output, or the other blind batches' stories.

FIRST RUN, on commit 26dc525 (the third 2026-12-01 session's coder, after the rules blind batches 30 to
33 and the first article batch prompted): the type found in 49 of 50 stories (0.980); the actor code
right on an event of the type in 49 (0.980); code and sector in 15 of the 16 that give a sector
(0.938); the recipient right in 37 of the 40 that give one (0.925); **46 of 50 passing (0.920)**; 24
of the 25 empty passages with no event that happened (0.960). The session's starting coder (5610c44),
run on it afterwards for comparison only: 45 of 50 and 24 of 25. No expectation was changed after
the first run. Its 4 misses: the receiver of a promise to "help Moldova pay for" a line to Romania's
grid, villages handed over in a withdrawal, naval drills "began" by a fleet, a refinery "in the
Samara region of Russia" (its state missed); one empty passage gave an event: a supermarket chain
"hit hard by rising energy bills". The misses were read and rules followed, so the batch is no longer
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
    # --- AGREE (0331 offer plain; 032 announced for the future in reported speech with a title and a
    # nationality adjective; 033 promise by an EU body with attribution after the clause)
    ("Kazakhstan offered Kyrgyzstan 200 million cubic meters of irrigation water on Monday to ease a summer "
     "shortage along the river basin the two neighbors share.",
     "AGREE", ("KAZ", None), ("KGZ", None), None),
    ("Greek and Turkish diplomats met in Athens last week to prepare the ground for a summit. The Greek "
     "prime minister told lawmakers on Friday that Greece was ready to host Turkey's president for talks on "
     "maritime boundaries in March.",
     "AGREE", ("GRC", None), ("TUR", None), None),
    ("The European Union promised on Wednesday to help Moldova pay for a new high-voltage line linking it to "
     "Romania's grid, the bloc's energy commissioner told reporters in Chisinau.",
     "AGREE", ("EUR", None), ("MDA", None), None),
    # --- CONSULT (040 talks plain; 043 telephone call with attribution after; 042/040 meeting with the
    # actor a title resolved from the sentence before)
    ("Armenia's foreign minister met his Georgian counterpart for talks in Tbilisi on Tuesday about "
     "reopening a freight rail corridor to the Black Sea ports.",
     "CONSULT", ("ARM", "GOV"), ("GEO", "GOV"), None),
    ("The American secretary of state spoke by telephone with Ukraine's foreign minister on Sunday about air "
     "defense deliveries ahead of winter, the State Department said.",
     "CONSULT", ("USA", "GOV"), ("UKR", "GOV"), None),
    ("Germany's chancellor landed in Warsaw late on Monday after a day of meetings in Vilnius. The German "
     "leader then sat down with the Polish prime minister over dinner to discuss checks at their shared "
     "border.",
     "CONSULT", ("DEU", "GOV"), ("POL", "GOV"), None),
    # --- SUPPORT (057 joint signing with capitals; 051 praise by NATO's chief; 055 apology by a government)
    ("Serbia and Hungary signed an agreement in Belgrade on Thursday to build an oil pipeline that would "
     "carry Russian crude across their common frontier.",
     "SUPPORT", ("SRB", None), None, None),
    ("NATO's secretary-general praised Finland on Monday for lifting its defense budget to three percent of "
     "economic output, calling the Nordic country an example for the rest of the alliance.",
     "SUPPORT", ("IGO", None), ("FIN", None), None),
    ("The Canadian government formally apologized on Tuesday to Inuit families whose relatives were flown "
     "south for tuberculosis treatment in the 1950s and never came home.",
     "SUPPORT", ("CAN", "GOV"), ("CAN", None), None),
    # --- CONCEDE (0812 ban lifted plain; 081 sanctions lifted with attribution after; 083 giving in to
    # demands, pronoun resolved from the sentence before)
    ("Azerbaijan on Saturday lifted its ban on Russian fruit and vegetable imports after veterinary "
     "inspectors cleared several large exporters in the Krasnodar region.",
     "CONCEDE", ("AZE", None), ("RUS", None), None),
    ("Washington lifted sanctions on two Serbian state-owned banks on Wednesday after they cut their "
     "ties with a blacklisted Russian lender, the Treasury Department said.",
     "CONCEDE", ("USA", None), ("SRB", None), None),
    ("Thousands of truck drivers had blocked the ring road around Bucharest for a week over fuel prices. On "
     "Thursday the Romanian government gave in to their demands and cut the excise tax on diesel by a fifth.",
     "CONCEDE", ("ROU", "GOV"), ("ROU", None), None),
    # --- COOPERATE (0612 joint exercises with nationality adjectives; 063 extradition plain; 064
    # intelligence sharing with attribution after)
    ("Polish and Lithuanian soldiers staged joint drills close to the Suwalki corridor on Tuesday, "
     "practicing how to keep the narrow strip of land open in a crisis.",
     "COOPERATE", ("POL", "MIL"), None, None),
    ("Spain extradited a Ukrainian businessman to Kyiv on Friday to stand trial on charges of embezzling "
     "money meant for military rations, the National Court in Madrid said.",
     "COOPERATE", ("ESP", None), ("UKR", None), None),
    ("Turkey shared intelligence with Greek authorities that helped them dismantle a people-smuggling ring "
     "operating between the Turkish coast and Lesbos, the Greek coast guard said on Wednesday.",
     "COOPERATE", ("TUR", None), ("GRC", None), None),
    # --- AID (073 relief goods plain; 075 asylum granted; 071 loan approved, passive with "by"; 0733 food
    # aid shipped across continents)
    ("Germany sent 40 industrial generators and 12 tonnes of medical supplies to Ukraine on Saturday to help "
     "its hospitals cope with rolling blackouts.",
     "AID", ("DEU", None), ("UKR", None), None),
    ("Lithuania granted asylum on Wednesday to a Belarusian reporter who fled Minsk last spring after police "
     "searched her flat, her lawyer said.",
     "AID", ("LTU", None), ("BLR", None), None),
    ("A $500 million emergency loan was approved for Armenia on Friday by the World Bank, which said the "
     "money would shore up the budget and pay for housing for displaced families.",
     "AID", ("IGO", None), ("ARM", None), None),
    ("South Korea shipped 10,000 tonnes of rice to Kyrgyzstan on Friday as food aid after summer floods "
     "wiped out much of the harvest in the Chui valley.",
     "AID", ("KOR", None), ("KGZ", None), None),
    # --- RETREAT (0841 prisoners freed plain; 087 pullback as a phrasal verb; 0841 release with a title
    # resolved from the sentence before)
    ("Russia freed 15 Ukrainian prisoners of war on Sunday in a swap brokered by the United Arab Emirates, "
     "the coordination headquarters in Kyiv said.",
     "RETREAT", ("RUS", None), ("UKR", None), None),
    ("Armenian border guards pulled back from four villages in the Tavush region on Thursday, handing the "
     "area to Azerbaijan under a demarcation deal signed in the spring.",
     "RETREAT", ("ARM", None), ("AZE", None), None),
    ("A U.S. envoy spent three hours with President Alexander Lukashenko in Minsk on Tuesday. Hours later "
     "the Belarusian leader released 18 political prisoners, including a former presidential candidate, "
     "opposition activists said.",
     "RETREAT", ("BLR", "GOV"), None, None),
    # --- REQUEST (020 call on by the UN chief; 0241 urged with capitals; 020 asking, attribution after a
    # reported clause)
    ("The U.N. secretary-general called on Armenia and Azerbaijan on Monday to sign their long-negotiated "
     "peace treaty without further delay.",
     "REQUEST", ("UNO", None), ("ARM", None), None),
    ("France urged Algeria on Tuesday to take back hundreds of its citizens who have been ordered to leave "
     "French territory, raising the issue with the Algerian envoy in Paris.",
     "REQUEST", ("FRA", None), ("DZA", None), None),
    ("Ottawa must do far more to stop fentanyl crossing the northern frontier, the White House said in a "
     "statement on Thursday, asking Canada to station hundreds more officers at land crossings.",
     "REQUEST", ("USA", "GOV"), ("CAN", None), None),
    # --- ACCUSE (114 ambassador summoned; 112 accused by a minister; 111 condemned, passive with "by" an
    # NGO and a relative clause)
    ("Greece on Wednesday summoned the Turkish ambassador over a Turkish survey ship that had been operating "
     "in waters south of Crete without permission.",
     "ACCUSE", ("GRC", None), ("TUR", None), None),
    ("Hungary's foreign minister accused Ukraine on Friday of discriminating against the ethnic Hungarian "
     "minority in the Transcarpathia region by shutting its schools.",
     "ACCUSE", ("HUN", "GOV"), ("UKR", None), None),
    ("Moscow's decision to jail an American reporter for 12 years was condemned on Sunday by Amnesty "
     "International, which described the closed-door trial as a travesty of justice.",
     "ACCUSE", ("NGO", None), ("RUS", None), None),
    # --- REJECT (12 veto; 1212 proposal rejected with a capital for a state; 12 turned down as a phrasal
    # verb with a title)
    ("Slovakia vetoed a new package of European Union sanctions against Russia on Wednesday, according to "
     "three diplomats who attended the meeting of ambassadors in Brussels.",
     "REJECT", ("SVK", None), None, None),
    ("Azerbaijan on Monday rejected a French proposal to station civilian observers on its frontier with "
     "Armenia, saying Paris could not be considered a neutral party.",
     "REJECT", ("AZE", None), ("FRA", None), None),
    ("Canada's prime minister turned down a request from Washington to let armed American agents work "
     "inside Canadian airports, saying it would breach the country's sovereignty.",
     "REJECT", ("CAN", "GOV"), ("USA", None), None),
    # --- THREATEN (131 threat to cut gas with a capital; 1312 tariff threat by a president; 13 ultimatum
    # in reported speech with the attribution after the clause and a capital as speaker)
    ("Russia threatened on Tuesday to halt gas deliveries to Moldova if Chisinau did not settle a disputed "
     "$700 million debt within three weeks.",
     "THREATEN", ("RUS", None), ("MDA", None), None),
    ("The U.S. president warned Mexico on Saturday that he would slap 30 percent tariffs on all its goods "
     "unless it halted the flow of migrants toward the border within 45 days.",
     "THREATEN", ("USA", "GOV"), ("MEX", None), None),
    ("Hungary will keep blocking Ukraine's membership negotiations with the European Union until Kyiv "
     "restores teaching in Hungarian at minority schools, Budapest warned on Thursday.",
     "THREATEN", ("HUN", None), ("UKR", None), None),
    # --- PROTEST (141 march plain; 144 road blockade by farmers; 143 strike as a phrasal verb with a nominal
    # event after)
    ("Tens of thousands of Georgians marched along the main avenue of the capital, Tbilisi, on Sunday to "
     "demand a rerun of the parliamentary election and the release of jailed demonstrators.",
     "PROTEST", ("GEO", None), None, None),
    ("French farmers drove their tractors onto motorways around Paris on Monday, blocking traffic for hours "
     "to oppose a free-trade pact between the EU and the Mercosur bloc.",
     "PROTEST", ("FRA", None), None, None),
    ("Nurses across Canada's most populous province walked off the job on Wednesday in a dispute over "
     "staffing, the first strike of its kind in Ontario's history.",
     "PROTEST", ("CAN", "MED"), None, None),
    # --- SANCTION (1663 diplomats expelled; 163 tariffs by an EU body; 161 ambassador recalled, with
    # background in the sentence before)
    ("Canada expelled two Russian diplomats on Friday, accusing them of trying to recruit informants among "
     "engineers at an Arctic shipyard.",
     "SANCTION", ("CAN", None), ("RUS", None), None),
    ("The European Union imposed steep tariffs on fertilizer imports from Russia and Belarus on Thursday, "
     "aiming to cut revenue that flows to the Kremlin's war chest.",
     "SANCTION", ("EUR", None), ("RUS", None), None),
    ("Relations between Baku and Moscow have soured since an Azerbaijani passenger jet went down near the "
     "Caspian coast. Azerbaijan recalled its ambassador from Russia on Monday, the foreign ministry said.",
     "SANCTION", ("AZE", None), ("RUS", None), None),
    # --- MOBILIZE (150 troops deployed plain; 152 naval drills by a fleet; 150 riot police sent in, passive
    # without an agent)
    ("Poland on Tuesday deployed 5,000 more soldiers to the Belarusian border after a sharp rise in "
     "attempted crossings by migrants.",
     "MOBILIZE", ("POL", None), None, None),
    ("Russia's Baltic Fleet began large-scale naval drills off the Kaliningrad coast on Monday, involving "
     "some 30 warships and several squadrons of aircraft.",
     "MOBILIZE", ("RUS", "MIL"), None, None),
    ("Serbian riot police were sent into the center of Belgrade on Saturday night as students gathered for "
     "another rally against the government.",
     "MOBILIZE", ("SRB", "COP"), None, None),
    # --- COERCE (173 detentions by police at a rally; 173 arrests by security services; 173 arrest, passive
    # with "by" and a relative clause)
    ("Police in Istanbul detained more than 100 people on Sunday at a rally in support of the city's jailed "
     "mayor, the governor's office said.",
     "COERCE", ("TUR", "COP"), ("TUR", None), None),
    ("Kyrgyz security services arrested three opposition lawmakers on Wednesday and accused them of "
     "preparing riots ahead of next year's presidential vote.",
     "COERCE", ("KGZ", None), ("KGZ", None), None),
    ("Two U.S. citizens were arrested in Moscow on Thursday by Russia's Federal Security Service, which "
     "accused them of smuggling electronics for military use.",
     "COERCE", ("RUS", None), ("USA", None), None),
    # --- ASSAULT (190 drone strike; 190 attack with attribution after; 1823 shot dead, reported speech with
    # passive "by"; 190 denial, negated)
    ("Russian drones struck an energy facility in the Ukrainian port city of Odesa overnight, cutting power "
     "to tens of thousands of homes.",
     "ASSAULT", ("RUS", None), ("UKR", None), None),
    ("Ukraine attacked a refinery in the Samara region of Russia with long-range drones on Saturday, "
     "setting off a large fire, the regional governor said.",
     "ASSAULT", ("UKR", None), ("RUS", None), None),
    ("Armenia's defense ministry said one of its soldiers had been shot dead by Azerbaijani forces near the "
     "village of Sotk on Tuesday.",
     "ASSAULT", ("AZE", "MIL"), ("ARM", None), None),
    ("Warsaw said shots were fired at a Polish border patrol near Bialowieza on Thursday night. Belarus "
     "denied on Friday that its border guards had opened fire on the Polish patrol.",
     "ASSAULT", ("BLR", None), ("POL", None), "negated"),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Inflation in the euro zone slowed to 2.1 percent in November from 2.4 percent a month earlier, "
    "according to a preliminary estimate from the bloc's statistics office.",
    "A survey by a Warsaw polling firm found that 58 percent of Poles favor keeping military service "
    "voluntary, while 31 percent would bring back compulsory conscription.",
    "Turnout in the Romanian presidential runoff stood at 53 percent when polling stations closed, and the "
    "count was expected to run through the night.",
    "Ankara regards the arming of the eastern Aegean islands as a breach of postwar treaties, a reading that "
    "Athens does not share.",
    "The International Monetary Fund expects Kazakhstan's economy to expand by roughly 5 percent in 2027, "
    "helped by higher crude output from the Tengiz field.",
    "Analysts in Brussels say the bloc might eventually weigh broader trade measures against Chinese steel, "
    "though no formal proposal has been drafted.",
    "Czechoslovakia dissolved without bloodshed at the start of 1993, three years after the Velvet "
    "Revolution ended four decades of communist rule.",
    "The Soviet Union completed its withdrawal from Afghanistan in February 1989, nearly ten years after its "
    "forces first crossed the border.",
    "Every August, thousands of Armenians climb the slopes of Mount Aragats to mark a church feast, a custom "
    "that goes back centuries.",
    "Turkey's basketball team attacked relentlessly after halftime and beat Greece 84-71 in Istanbul to "
    "reach the quarterfinals of the European championship.",
    "Shares in Germany's biggest carmaker retreated 4 percent in Frankfurt trading after the company cut its "
    "profit forecast for the year.",
    "An Estonian bank deployed new fraud-detection software across its branches this autumn, saying the "
    "system flags suspicious transfers within seconds.",
    "Researchers at a Swiss university said the virus they studied attacks the immune cells of bats but "
    "appears to be harmless to people.",
    "Burglaries in Toronto fell 12 percent last year, police statistics show, although car thefts rose for "
    "a third straight year.",
    "The Montreal Canadiens shut out the Boston Bruins 4-0 on Saturday night, with their goaltender turning "
    "away all 31 shots he faced.",
    "Dynamo Kyiv captured the Ukrainian league title for an 18th time after a goalless draw away in Lviv.",
    "The Canadian dollar rallied against its U.S. counterpart on Friday as oil prices climbed to a "
    "three-month high.",
    "A Hungarian supermarket chain hit hard by rising energy bills is looking for buyers for 40 of its "
    "stores, its annual report shows.",
    "Forecasters expect heavy snow across the Greater Caucasus this weekend, which could close the main "
    "highway between Georgia and Russia for several days.",
    "Washington does not recognize Russia's annexation of Crimea and regards the peninsula as part of "
    "Ukraine.",
    "The Norwegian grandmaster defended his title in a tense final game, holding off a late charge by his "
    "young Uzbek challenger.",
    "The app, built by a Lithuanian start-up, blocks spam calls and warns users when a number has been "
    "linked to scams.",
    "Roughly two-thirds of Canadians say relations with the United States have worsened over the past year, "
    "an online survey of 1,600 adults found.",
    "If the ceasefire holds, officials in Kyiv believe some displaced families could begin returning to "
    "front-line towns by the spring.",
    "More than 1.2 million people crossed the border between Kazakhstan and Uzbekistan between January and "
    "September, up a fifth on 2025, customs data showed.",
]

FLOORS = {"type": 0.97, "actor_code": 0.97, "actor_sector": 0.9, "recipient": 0.94, "pass": 0.93,
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
    return _code([c[0] for c in STORIES], resources, "blind35")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind35-empty")


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


def test_blind35_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind35 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind35_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind35 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
