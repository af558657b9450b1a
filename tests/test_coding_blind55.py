"""A fifty-fifth blind batch of event coding: short wire stories (one to three sentences) and passages with no
act, written for this test on 2026-12-02, before the coder was run on any of them. The theme is one week in
the Middle East, North Africa and the Caucasus, the way the desks of AP, AFP and Anadolu write it: Turkey's
air strikes on PKK positions in northern Iraq and Baghdad's protests over them, Syria's transitional
government and the Kurdish-led SDF, the Lebanese army in the south and the disarmament of armed groups,
Libya's rival governments and the militia clashes in Tripoli, Yemen's Houthis and their prisoner swaps, the
arrests of opponents in Tunisia and Egypt, the Armenia-Azerbaijan border commission and the protests in
Georgia. Many acts are told by spokespeople and state news agencies with the attribution after the clause;
others come as nominal events ("the detention of ...", "Sunday's strike"), passives with "by", or with a
pronoun or a title for a subject that the sentence before resolves; several sentences give background, figures
or opinion and report no act.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR). An act announced for
the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing
a formal agreement and praise are SUPPORT, 05, 057; lifting a ban or a curfew and easing restrictions are
CONCEDE, 081, 0812; a release of prisoners, a pullback of troops and a declared ceasefire are RETREAT, 0841,
087; summoning a foreign envoy is ACCUSE, 114; expelling diplomats, recalling an ambassador and sanctions are
SANCTION, 16; deploying troops or police and raising an alert level are MOBILIZE, 15; arrests, detentions and
deportations are COERCE, 17. A sector is given only where it is clear-cut; a bare state, a capital,
"authorities", protesters or an armed group get the code alone. For a joint act ("X and Y signed") the first
side is the actor and the recipient is None, since the coder, like PLOVER-GSR, codes both sides as actors. A
denial "X denied that it had ..." gives the modality "negated".

Two kinds of case:

* STORIES: a story passes when the coder gives at least one event of the expected type whose actors include
  the expected actor (code, and sector where one is given), whose recipients include the expected recipient
  where one is given, and whose modality is the expected one where one is given. The figures are the share of
  stories with an event of the right type, with the right actor code among those, with the right actor sector
  (of the stories that give one), with the right recipient (of the stories that give one), and that pass.
* EMPTY: passages in which no codable act happened: statistics, polls, tallies, standing positions in the
  simple present, forecasts, hedged speculation, background history with years, habits, and political verbs in
  sports, business, science, technology and crime-reporting senses (a team that "attacked", shares that
  "retreated", a firm that "deployed" software). A passage passes when the coder gives no event with the
  modality "asserted" or "reported".

Every text is new writing. Each was checked with /tmp/ew/overlap.py for six-word runs shared with the gold
sets, the seed, the news, the demo corpus and the tests, and with each other, and none was found. The batch
was written without reading the coder's code, lexicons, rules, data or output.

FIRST RUN, held back and never read (written by a helper at the start of the eleventh 2026-12-02 session): run
once at its start, on its starting code (536eecd, whose code is d64cb5d), and once at its end, on its final
code (8ef1514, and f823974 before its last fix: the same): the type found in 42 of 50 stories (0.840); the
actor code right on an event of the type in 41 (0.820); code and sector in 14 of the 20 that give a sector
(0.700); the recipient right in 26 of the 32 that give one (0.812); **37 of 50 passing (0.740)**; 24 of 25
empty passages left empty, on both.
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
    # --- AGREE (offer with the attribution after the clause, a pledge, a future act in reported speech)
    ("Ankara is ready to help rebuild the power grid in northeastern Syria once the Kurdish-led fighters "
     "there are folded into the national army, Turkey's top diplomat Hakan Fidan said in Antalya on Monday.",
     "AGREE", ("TUR", None), ("SYR", None), None),
    ("Qatar pledged on Tuesday to cover the salaries of Lebanese soldiers for the next six months.",
     "AGREE", ("QAT", None), ("LBN", None), None),
    ("The border commission is due to meet again in January. Armenia's premier told lawmakers in Yerevan on "
     "Wednesday that his cabinet would hand Baku its remaining maps of minefields before that session.",
     "AGREE", ("ARM", "GOV"), ("AZE", None), None),
    # --- CONSULT (a visit, joint talks, a meeting with the subject resolved from the sentence before)
    ("Iraq's foreign minister travelled to the Turkish capital on Thursday for talks with his Turkish "
     "counterpart about the cross-border raids.",
     "CONSULT", ("IRQ", "GOV"), ("TUR", None), None),
    ("The deputy prime ministers of Armenia and Azerbaijan sat down for another session on demarcation "
     "on Friday in the Armenian town of Ijevan, officials in Yerevan said.",
     "CONSULT", ("ARM", "GOV"), None, None),
    ("The UN special envoy for Libya arrived in Benghazi on Saturday. She sat down there with "
     "the eastern commander Khalifa Haftar to discuss a unified national budget, the mission said.",
     "CONSULT", ("UNO", None), ("LBY", None), None),
    # --- SUPPORT (praise, a signed accord told by a state agency, solidarity from an EU official)
    ("The Arab League praised the Lebanese army on Sunday for its work in taking over positions along the "
     "southern frontier.",
     "SUPPORT", ("IGO", None), ("LBN", "MIL"), None),
    ("Egypt and the Tripoli-based government of Libya signed a memorandum on border security and trade on "
     "Tuesday, the Egyptian state news agency MENA reported.",
     "SUPPORT", ("EGY", None), None, None),
    ("Riot police have faced the crowds in Tbilisi for a fourth straight week. The EU's top diplomat "
     "expressed solidarity with the Georgian demonstrators on Thursday and commended their "
     "restraint.",
     "SUPPORT", ("EUR", None), ("GEO", None), None),
    # --- CONCEDE (a travel ban lifted, a curfew lifted in the passive, restrictions eased by a capital)
    ("Tunisia lifted a travel ban on Tuesday on a former speaker of parliament who had been under "
     "investigation since 2023.",
     "CONCEDE", ("TUN", None), None, None),
    ("The curfew clamped on the city of Zawiya after last week's gun battles was ended on Wednesday by the "
     "interior ministry of Libya's Tripoli-based government.",
     "CONCEDE", ("LBY", "GOV"), None, None),
    ("Trucks carrying goods bound for Armenia will no longer need a special permit to cross Azerbaijani "
     "soil, a spokeswoman for the Azerbaijani foreign ministry said on Friday, as Azerbaijan eased "
     "restrictions on the transit route.",
     "CONCEDE", ("AZE", None), ("ARM", None), None),
    # --- COOPERATE (joint exercises with nationality adjectives, an extradition, intelligence sharing)
    ("Turkish and Azerbaijani special forces opened seven days of joint drills near Nakhchivan on Monday.",
     "COOPERATE", ("TUR", None), None, None),
    ("Lebanon extradited to Iraq on Tuesday a man wanted over a market bombing in Baghdad nine years ago, "
     "judicial sources in Beirut said.",
     "COOPERATE", ("LBN", None), ("IRQ", None), None),
    ("Amphetamine pills worth millions of dollars still cross the desert border each month. Jordan has begun "
     "sharing intelligence on the smuggling networks with the new authorities in Damascus, a Jordanian "
     "security official told AFP on Wednesday.",
     "COOPERATE", ("JOR", None), ("SYR", None), None),
    # --- AID (food aid by a UN agency, a deposit to a central bank, relief goods in the passive)
    ("The World Food Programme delivered forty trucks of wheat flour to Hodeidah, the rebel-held harbour on "
     "the Yemeni coast, over the weekend.",
     "AID", ("UNO", None), ("YEM", None), None),
    ("Saudi Arabia deposited $500 million in Yemen's central bank on Monday to prop up the sliding rial.",
     "AID", ("SAU", None), ("YEM", None), None),
    ("Heavy rain has washed away roads across Cyrenaica since Sunday. Tents, blankets and medicine were "
     "flown to the stricken villages in eastern Libya on Thursday by the Egyptian armed forces.",
     "AID", ("EGY", "MIL"), ("LBY", None), None),
    # --- RETREAT (prisoners freed, troops pulled back, a ceasefire declared by armed groups)
    ("Yemen's Houthi rebels freed 120 detainees on Sunday in a swap supervised by Red Cross "
     "officials at Sanaa airport.",
     "RETREAT", ("YEM", None), None, None),
    ("Israeli troops pulled out of two hilltop posts inside Lebanese territory on Tuesday, the Lebanese army "
     "said in a statement.",
     "RETREAT", ("ISR", "MIL"), None, None),
    ("The fighting in the Souq al-Juma district had raged for two days. The armed groups behind it declared "
     "a ceasefire late on Monday after mediation by elders from Misrata, the presidential council said.",
     "RETREAT", ("LBY", None), None, None),
    # --- REQUEST (a call on a state, an appeal with the attribution after the clause, an NGO's request)
    ("Iraq's foreign ministry called on Turkey on Wednesday to halt its air campaign in the Kurdistan "
     "region.",
     "REQUEST", ("IRQ", "GOV"), ("TUR", None), None),
    ("Damascus should speed up the talks on merging the SDF into the national army before December ends, "
     "the American envoy for Syria urged on Friday.",
     "REQUEST", ("USA", None), ("SYR", None), None),
    ("Human Rights Watch asked Egypt's public prosecutor on Tuesday to free a blogger who has been held "
     "without trial for more than two years.",
     "REQUEST", ("NGO", None), ("EGY", "JUD"), None),
    # --- ACCUSE (a chargé summoned over a nominal event, an NGO's accusation, a pronoun subject)
    ("Baghdad summoned the Turkish charge d'affaires on Monday over Sunday's strike near Sulaymaniyah, which "
     "local officials said had killed three shepherds.",
     "ACCUSE", ("IRQ", None), ("TUR", None), None),
    ("Amnesty International accused Tunisian authorities on Thursday of using counterterrorism laws to "
     "muzzle the president's critics.",
     "ACCUSE", ("NGO", None), ("TUN", None), None),
    ("Azerbaijan's foreign ministry put out a lengthy statement on Wednesday about the border talks. It "
     "denounced France for what it called meddling in the affairs of the South Caucasus.",
     "ACCUSE", ("AZE", "GOV"), ("FRA", None), None),
    # --- REJECT (a plan rejected, an offer turned down in reported speech, a refusal by a parliament)
    ("Hezbollah on Sunday rejected a cabinet plan to bring every weapon in Lebanon under state control "
     "before next spring.",
     "REJECT", ("LBN", None), ("LBN", "GOV"), None),
    ("The Houthis have turned down a United Nations proposal to reopen the highways leading into Taiz, the "
     "group's chief negotiator said on Saturday.",
     "REJECT", ("YEM", None), ("UNO", None), None),
    ("Georgia's parliament refused on Thursday to put an opposition bill calling for early elections on its "
     "agenda.",
     "REJECT", ("GEO", "LEG"), ("GEO", "OPP"), None),
    # --- THREATEN (a conditional warning by a title, an ultimatum, a threat with the attribution after)
    ("Turkey's president warned on Tuesday that his country would send troops across the border into "
     "Syria again if the SDF did not lay down its weapons.",
     "THREATEN", ("TUR", "GOV"), ("SYR", None), None),
    ("Libya's eastern-based parliament threatened on Wednesday to shut down oil exports unless the governor "
     "of the central bank steps aside within ten days.",
     "THREATEN", ("LBY", "LEG"), None, None),
    ("Israel will strike any Hezbollah depot the Lebanese army fails to dismantle, the Israeli defence "
     "minister said on Monday.",
     "THREATEN", ("ISR", "GOV"), ("LBN", None), None),
    # --- PROTEST (a march, a strike by doctors, a hunger strike told by a lawyer)
    ("Thousands of people poured onto Rustaveli Avenue in the Georgian capital late on Saturday, demanding "
     "new elections and freedom for jailed activists.",
     "PROTEST", ("GEO", None), None, None),
    ("Doctors at public hospitals across Tunisia began a three-day stoppage on Wednesday to press "
     "for unpaid overtime.",
     "PROTEST", ("TUN", "MED"), None, None),
    ("He was sentenced in October to fifteen years on charges his supporters call absurd. The imprisoned "
     "Egyptian opposition leader has begun a hunger strike, his lawyer said on Friday.",
     "PROTEST", ("EGY", "OPP"), None, None),
    # --- SANCTION (diplomats expelled, an ambassador recalled from a capital, sanctions on militia leaders)
    ("Libya's Tripoli-based government expelled two Russian diplomats on Sunday, accusing them of funnelling "
     "arms to militias around the capital.",
     "SANCTION", ("LBY", None), ("RUS", None), None),
    ("Azerbaijan on Wednesday called its ambassador home from Paris, a day after a French senator visited "
     "the Armenian border.",
     "SANCTION", ("AZE", None), ("FRA", None), None),
    ("Washington slapped sanctions on Thursday on three Iraqi militia commanders it says smuggled "
     "Iranian crude disguised as Iraqi oil.",
     "SANCTION", ("USA", None), ("IRQ", None), None),
    # --- MOBILIZE (troops deployed, forces put on alert, riot police sent in the passive)
    ("The Lebanese army deployed several hundred extra soldiers to villages below the Litani on Tuesday.",
     "MOBILIZE", ("LBN", "MIL"), None, None),
    ("Egypt's armed forces raised their state of alert along the western border on Thursday after a convoy "
     "of gunmen was spotted near Jaghbub, security sources said.",
     "MOBILIZE", ("EGY", "MIL"), None, None),
    ("Opposition leaders had called for a rally outside parliament. Extra riot police were rushed onto the "
     "streets around the building on Sunday night by the Georgian interior ministry.",
     "MOBILIZE", ("GEO", "GOV"), None, None),
    # --- COERCE (an arrest, a nominal detention in the passive, detentions with the attribution after,
    # a deportation by "authorities")
    ("Tunisian police arrested a well-known opposition lawyer at dawn on Monday at her flat in La Marsa.",
     "COERCE", ("TUN", "COP"), ("TUN", None), None),
    ("The detention of a Cairo economist who had criticised the government's borrowing was ordered on "
     "Thursday by the Supreme State Security Prosecution, his lawyer said.",
     "COERCE", ("EGY", "JUD"), ("EGY", None), None),
    ("Police in Tbilisi detained dozens of people overnight as they cleared protesters camped outside "
     "parliament, the Georgian interior ministry said on Sunday.",
     "COERCE", ("GEO", "COP"), ("GEO", None), None),
    ("Authorities in eastern Libya deported more than 700 Egyptian migrants through the Musaid crossing on "
     "Wednesday.",
     "COERCE", ("LBY", None), ("EGY", None), None),
    # --- ASSAULT (air strikes told by a ministry, a denial, militia clashes, a drone strike in the passive)
    ("Turkish warplanes hit suspected PKK hideouts in the Qandil mountains of northern Iraq on Sunday, the "
     "Turkish military said in a statement.",
     "ASSAULT", ("TUR", None), None, None),
    ("Kurdish officials said a camp for displaced people near Duhok had been struck. Ankara's defence "
     "ministry denied on Monday that its aircraft had bombed the camp.",
     "ASSAULT", ("TUR", None), None, "negated"),
    ("Two rival armed groups clashed with heavy weapons in the Ain Zara district of Tripoli overnight, "
     "killing at least six people, Libya's health ministry said on Saturday.",
     "ASSAULT", ("LBY", None), None, None),
    ("A car in the southern Lebanese town of Bint Jbeil was hit by an Israeli drone on Tuesday, killing both "
     "men inside, the Lebanese health ministry said.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Turkey's annual inflation slowed to 31 percent in November, the slowest pace since 2021, the state "
    "statistics institute said.",
    "A survey by a Yerevan research centre found that 58 percent of Armenians back a peace treaty with "
    "Azerbaijan, while about a quarter are against one.",
    "Galatasaray attacked down both flanks all evening and overcame Fenerbahce 3-1 in front of a sold-out "
    "crowd in Istanbul.",
    "Shares in Egypt's largest lender retreated 2 percent on the Cairo bourse after two sessions of strong "
    "gains.",
    "The Iraqi mobile operator deployed new billing software across a network that serves 18 million "
    "subscribers.",
    "Lebanon hosts one of the highest numbers of refugees per head of population anywhere, with roughly one "
    "displaced Syrian for every five Lebanese.",
    "Georgia broke away from Moscow's rule in 1991 and fought a five-day war with Russia in "
    "2008.",
    "Economists expect Libyan oil output to climb above 1.4 million barrels a day next year if the truce in "
    "the capital holds.",
    "Nobody can yet say whether the Houthis would accept a wider exchange, and diplomats say any deal could "
    "take months to put together.",
    "Tunisia's president routinely describes his critics as traitors in the pay of foreign powers.",
    "Azerbaijan maintains that the planned corridor through southern Armenia must be free of Armenian "
    "customs checks.",
    "A grandmaster from Baku crushed his Iranian opponent in 24 moves and now leads the rapid chess "
    "championship by half a point.",
    "Researchers at a university in Ankara reported that a protein on the virus invades healthy cells faster "
    "than scientists had assumed.",
    "The burglars got in through a back window and made off with jewellery worth about $40,000, according to "
    "the shop's owner.",
    "The Kurdistan region pumps around 280,000 barrels daily, most of it meant for export through the "
    "Turkish port of Ceyhan.",
    "Syria's redesigned banknotes are expected to enter circulation early next year, according to central "
    "bank officials.",
    "The Egyptian construction group said its order backlog rose to a record 600 billion pounds in the third "
    "quarter.",
    "The conflict in Yemen, under way since the Houthis took Sanaa in 2014, has claimed well over 100,000 "
    "lives and left millions close to famine.",
    "The Armenian basketball side blocked eleven shots and stormed back from fifteen points down to win in "
    "Yerevan.",
    "Analysts said Ankara might be tempted to widen its campaign in northern Iraq once the snows melt in the "
    "spring, though none expected a move soon.",
    "Every Friday, relatives of the missing gather in the same square in central Tripoli holding "
    "photographs.",
    "Unemployment among Jordanians aged 15 to 24 stands at about 46 percent, World Bank figures show.",
    "The Moroccan startup launched an app that lets farmers follow rainfall and crop prices from their "
    "phones.",
    "The 128 seats in Lebanon's legislature are divided evenly between Christian and Muslim members, a rule "
    "agreed at Taif in 1989.",
    "The Tunisian striker fired home twice as his side thrashed Libya 4-0 at the stadium in Rades.",
]

FLOORS = {"type": 0.85, "actor_code": 0.83, "actor_sector": 0.67, "recipient": 0.84, "pass": 0.75,
          "empty": 0.93}
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
    return _code([c[0] for c in STORIES], resources, "blind55")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind55-empty")


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


def test_blind55_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind55 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind55_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind55 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
