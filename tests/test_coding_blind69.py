"""Blind batch 69 of event coding: short wire stories from one week across Western and Northern Europe,
North America and the Arctic.

What it is: 50 STORIES of one to three sentences each, written in the manner of an AP, DPA, BBC, CBC or Reuters
wire desk, and 29 EMPTY passages of one to three sentences in which no political event happened. The theme is a
single week (published 2026-12-02) in Germany, France, the UK, Spain, Italy, the Nordic and Baltic states,
Poland, Canada, the United States, Mexico, Greenland and Denmark, with NATO, the EU and its Commission and
Parliament, the Council of Europe and the OSCE, parties from farther away (Russia, China, Turkey, Iran,
Venezuela) and domestic acts (strikes, police raids, court rulings, resignations under pressure). The expected
act of each story is in its LAST sentence. About half the stories are plain wire copy; the other half are
harder: acts told in the passive with the agent named only in the sentence before, officials whose country is
named only in an earlier sentence, acts told by a noun in a prepositional phrase, reported speech, attribution
after the clause, capitals for states, nationality adjectives, pronouns resolved from the sentence before,
phrasal verbs, relative clauses, and stories that close with an act of another type than their first
sentence's. Each of the 16 PLOVER types is expected at least twice.

Conventions for the expected values: each story comes with the PLOVER type of one act its last sentence
reports, that act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook
gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, and the
project's codes for international bodies: UN agencies UNO, other intergovernmental bodies such as NATO, the
Council of Europe and the OSCE IGO, NGOs NGO, the European Union and its institutions EUR). An act announced
for the future is an expression of intent, AGREE (03), unless it is hostile and conditional, THREATEN (13); an
ultimatum is THREATEN; praise, an apology and signing a formal agreement are SUPPORT (05, 055, 057); giving in
to a demand, a resignation under pressure, easing a curfew and lifting a ban are CONCEDE (08); joint drills, an
extradition and intelligence sharing are COOPERATE (06); food sent, shelters sent and asylum granted are AID
(07); a release of prisoners, a pullback of troops and the return of property are RETREAT (0841, 0874, 0842);
summoning a foreign envoy is ACCUSE (114); expelling a diplomat, recalling an envoy and suspending aid are
SANCTION (16); troops rushed to a front, a raised alert and large-scale exercises near a border are MOBILIZE
(15); a ban, deportations, raids, arrests and detentions are COERCE (17); a denial "X denied that it had ..."
gives the modality "negated". When two parties act jointly ("X and Y signed", "X and Y troops began joint
drills", "the two discussed") both sides are actors with no recipient, as in PLOVER-GSR, so the first side is
given as the actor and the recipient as None. A sector is given only where it is clear-cut (a minister or a
government GOV, soldiers and armed forces MIL, police COP, a court JUD, journalists JRN); for a bare state, a
capital, authorities, officials, protesters, strikers or gunmen only the code is checked.

Scoring: a story passes when the coder gives it at least one event of the expected type whose actors include
the expected actor (its code, and its sector where one is given), whose recipients include the expected
recipient where one is given, and whose modality is the expected one where one is given. The batch also
measures the share of stories with an event of the right type, with the right actor code, with the right actor
sector (of those with a sector) and with the right recipient (of those with a recipient). An EMPTY passage
passes when the coder reports no event in it as having happened (modality "asserted" or "reported"): they are
trade, labour and remittance statistics, polls, casualty and election tallies, standing positions in the simple
present, forecasts, hedged speculation, background history with years, habits, timetables, an obituary, and
political verbs in the senses of sports, chess, business, science, technology, weather, wildlife, film and
crime reporting.

Every text is invented wording in a wire style; none is copied or closely paraphrased from a real article.
Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold sets, the seed, the news
sample, the demo corpus and the other test files, and none was found. The batch was written without reading the
coder's code, lexicons, rules or data, or any other blind batch. FLOORS are all 0.0 until the first run.

FIRST RUN (written by a helper at the start of the fifteenth session (2026-12-02)), on its starting code (a6a59ad),
before any of it was read: the type found in 43 of 50 stories (0.860); the actor code right on an event of the type
in 37 (0.740); code and sector in 18 of the 21 that give a sector (0.857); the recipient right in 24 of the 39 that
give one (0.615); **30 of 50 passing (0.600)**; 23 of 29 empty passages left empty. Read afterwards: its misses may
inform rules (each justified by the codebook, with its own test sentences).
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
    # (story text, PLOVER type, (actor code, sector or None), (recipient code, sector) or None, modality or None)
    (
        "Brussels, Dec 1 (Wire) - The European Commission pledged on Tuesday to unlock 2.3 billion euros in frozen "
        "cohesion funds for Poland once Warsaw's new law on judicial appointments takes effect.",
        "AGREE", ("EUR", None), ("POL", None), None,
    ),
    (
        "Spain's prime minister received his Mexican counterpart at the Moncloa palace on Monday. He told reporters "
        "afterwards that his government would sign a fisheries and seasonal-work accord with Mexico City before March.",
        "AGREE", ("ESP", "GOV"), ("MEX", None), None,
    ),
    (
        "Oslo is ready to hand over its seabed mapping data from the Jan Mayen ridge to the Icelandic coastguard from "
        "January, Norway's fisheries minister said on Wednesday.",
        "AGREE", ("NOR", "GOV"), ("ISL", None), None,
    ),
    (
        "BERLIN, Nov 30 (Wire) - Germany's chancellor hosted the Dutch prime minister for talks on North Sea power "
        "links on Monday, the chancellery said.",
        "CONSULT", ("DEU", "GOV"), ("NLD", "GOV"), None,
    ),
    (
        "VILNIUS, Dec 2 (Wire) - The foreign ministers of Estonia, Latvia and Lithuania conferred in the Lithuanian "
        "capital on Wednesday on a joint answer to drones straying into Baltic airspace.",
        "CONSULT", ("EST", "GOV"), None, None,
    ),
    (
        "Italy's foreign minister landed in Ankara on Tuesday, a fortnight after a row over migrant boats in the "
        "central Mediterranean. In the Turkish capital he held talks with his counterpart on coastguard patrols.",
        "CONSULT", ("ITA", "GOV"), ("TUR", "GOV"), None,
    ),
    (
        "Britain's prime minister telephoned Canada's prime minister on Tuesday. The two discussed Arctic shipping "
        "lanes and a shared order for maritime patrol aircraft, Downing Street said.",
        "CONSULT", ("GBR", "GOV"), None, None,
    ),
    (
        "STRASBOURG, Nov 30 (Wire) - The Council of Europe's commissioner for human rights praised Finland on Monday "
        "for a new law that caps pretrial detention at six months.",
        "SUPPORT", ("IGO", None), ("FIN", None), None,
    ),
    (
        "A Mexican army patrol strayed about 300 metres into Arizona on Sunday while chasing a smuggling convoy, U.S. "
        "border officials said. Mexico City apologised to Washington for the incursion on Tuesday, calling it a "
        "navigational error.",
        "SUPPORT", ("MEX", None), ("USA", None), None,
    ),
    (
        "WARSAW, Dec 1 (Wire) - Poland and Lithuania signed an agreement on Tuesday to build another high-voltage "
        "interconnector across their shared border by 2031.",
        "SUPPORT", ("POL", None), None, None,
    ),
    (
        "MADRID, Nov 30 (Wire) - Spain's interior minister stepped down on Monday, bowing to a week of opposition "
        "demands over a leaked report on police surveillance of journalists.",
        "CONCEDE", ("ESP", "GOV"), None, None,
    ),
    (
        "Ankara barred Swedish poultry imports in April, citing bird flu. The ban was lifted on Wednesday, Sweden's "
        "agriculture ministry said.",
        "CONCEDE", ("TUR", None), ("SWE", None), None,
    ),
    (
        "After three days of tractor blockades around Paris, the French government backed down on Tuesday and dropped "
        "a planned rise in the tax on farm diesel.",
        "CONCEDE", ("FRA", "GOV"), None, None,
    ),
    (
        "Finnish and Swedish troops began joint winter drills near Rovaniemi on Monday, the Finnish defence forces "
        "said.",
        "COOPERATE", ("FIN", "MIL"), None, None,
    ),
    (
        "MADRID, Dec 1 (Wire) - Spain on Tuesday extradited a former Venezuelan state oil executive to Washington, "
        "where prosecutors in Florida have charged him with laundering bribes.",
        "COOPERATE", ("ESP", None), ("USA", None), None,
    ),
    (
        "The Dutch military intelligence service, which tracked a Russian survey ship through the North Sea last "
        "month, has passed its findings to the Norwegian navy, officials in The Hague said on Wednesday.",
        "COOPERATE", ("NLD", None), ("NOR", "MIL"), None,
    ),
    (
        "OTTAWA, Nov 30 (Wire) - Canada airlifted 40 tonnes of rice, canned fish and antibiotics to Greenland's east "
        "coast on Monday after storms halted supply shipping.",
        "AID", ("CAN", None), ("GRL", None), None,
    ),
    (
        "Norway has granted asylum to a Russian journalist who fled Moscow after reporting on army desertions, the "
        "Norwegian immigration directorate said on Tuesday.",
        "AID", ("NOR", None), ("RUS", "JRN"), None,
    ),
    (
        "Rome's civil protection agency loaded two cargo planes at Pratica di Mare on Tuesday. Tents, blankets and "
        "field kitchens were flown to the flood zone around Valencia that evening for the 3,000 people made homeless "
        "in eastern Spain, the agency said.",
        "AID", ("ITA", None), ("ESP", None), None,
    ),
    (
        "PARIS, Dec 1 (Wire) - A French schoolteacher jailed in Evin prison since 2023 has been freed by Iran and "
        "flew home on Tuesday, officials at the Quai d'Orsay said.",
        "RETREAT", ("IRN", None), ("FRA", None), None,
    ),
    (
        "Russia had moved two battalions to within 20 kilometres of the Estonian border in October. It pulled them "
        "back on Monday to barracks near Pskov, Estonia's military intelligence chief said.",
        "RETREAT", ("RUS", None), ("EST", None), None,
    ),
    (
        "A Berlin museum concluded last year that 23 Aztec-era stone carvings in its collection had left Mexico "
        "illegally. The German government handed them back to Mexico City on Wednesday at a ceremony at the national "
        "anthropology museum.",
        "RETREAT", ("DEU", "GOV"), ("MEX", None), None,
    ),
    (
        "VIENNA, Nov 30 (Wire) - The OSCE urged Russia on Monday to let its observers monitor next year's regional "
        "elections.",
        "REQUEST", ("IGO", None), ("RUS", None), None,
    ),
    (
        "NUUK, Dec 1 (Wire) - Greenland's premier asked Copenhagen on Tuesday for a greater say over defence spending "
        "on the island, saying local needs had been overlooked for decades.",
        "REQUEST", ("GRL", "GOV"), ("DNK", None), None,
    ),
    (
        "Latvia recorded more than 4,000 attempted crossings on its eastern border in November. Its foreign minister "
        "wrote to the European Commission on Wednesday asking for emergency funds to raise the fence and add thermal "
        "cameras.",
        "REQUEST", ("LVA", "GOV"), ("EUR", None), None,
    ),
    (
        "China's ambassador was called in to the Polish foreign ministry on Tuesday to explain comments a Chinese "
        "consul had made about Taiwan.",
        "ACCUSE", ("POL", None), ("CHN", None), None,
    ),
    (
        "TALLINN, Nov 30 (Wire) - Estonia's interior minister accused Russia on Monday of jamming satellite "
        "navigation signals over the Gulf of Finland, disrupting dozens of flights.",
        "ACCUSE", ("EST", "GOV"), ("RUS", None), None,
    ),
    (
        "The governing coalition in Rome has pushed through a bill letting police hold migrants for up to 18 months. "
        "The Council of Europe's rights chief condemned the measure on Monday as a breach of the European convention.",
        "ACCUSE", ("IGO", None), ("ITA", None), None,
    ),
    (
        "NUUK, Dec 2 (Wire) - Greenland's government on Wednesday rejected a U.S. proposal to open a second military "
        "base on the island.",
        "REJECT", ("GRL", "GOV"), ("USA", None), None,
    ),
    (
        "HELSINKI, Nov 30 (Wire) - Finland refused on Monday to reopen its eastern border crossings with Russia, "
        "saying Moscow was still steering migrants toward them.",
        "REJECT", ("FIN", None), ("RUS", None), None,
    ),
    (
        "Spain asked Venezuela last week to let its consular staff visit two dual nationals held in Caracas. That "
        "request was rebuffed by the Venezuelan foreign ministry on Tuesday, a Spanish diplomat said.",
        "REJECT", ("VEN", "GOV"), ("ESP", None), None,
    ),
    (
        "BRUSSELS, Dec 2 (Wire) - Italy must align its beach concession rules with EU law within two months or be "
        "taken to the European Court of Justice, the European Commission told Rome on Wednesday.",
        "THREATEN", ("EUR", None), ("ITA", None), None,
    ),
    (
        "BEIJING, Dec 1 (Wire) - Beijing will slap duties on Canadian canola should Ottawa press ahead with new steel "
        "tariffs, China's commerce ministry warned on Tuesday.",
        "THREATEN", ("CHN", None), ("CAN", None), None,
    ),
    (
        "Sweden had failed to stop a protest outside the Turkish embassy in Stockholm, Turkey's foreign minister "
        "complained on Monday. Ankara would freeze its purchases of Swedish defence equipment if such a protest were "
        "allowed again, he added.",
        "THREATEN", ("TUR", None), ("SWE", None), None,
    ),
    (
        "PARIS, Dec 1 (Wire) - French air traffic controllers walked off the job on Tuesday, forcing airlines to "
        "cancel about a third of flights at Paris airports.",
        "PROTEST", ("FRA", None), None, None,
    ),
    (
        "NUUK, Nov 30 (Wire) - Several thousand Greenlanders rallied outside the U.S. consulate in Nuuk on Monday "
        "against Washington's renewed talk of buying the island.",
        "PROTEST", ("GRL", None), ("USA", None), None,
    ),
    (
        "Dozens of Spanish reporters gathered outside the justice ministry in Madrid on Wednesday. They staged a "
        "sit-in against a bill that would let judges order the seizure of journalists' phones.",
        "PROTEST", ("ESP", "JRN"), None, None,
    ),
    (
        "LONDON, Nov 30 (Wire) - Britain gave two Russian diplomats seven days to leave on Monday, saying they had "
        "been mapping undersea cables in the North Sea.",
        "SANCTION", ("GBR", None), ("RUS", None), None,
    ),
    (
        "A Venezuelan court sentenced an opposition mayor to 15 years in prison on Monday. Spanish opposition parties "
        "on Tuesday welcomed the recall by Madrid of its ambassador to Caracas.",
        "SANCTION", ("ESP", None), ("VEN", None), None,
    ),
    (
        "Sweden pledged 40 million crowns in the spring to a Venezuelan programme that trains poll workers. The "
        "payments were frozen on Tuesday after Caracas barred the programme's foreign trainers, Stockholm's "
        "development agency said.",
        "SANCTION", ("SWE", None), ("VEN", None), None,
    ),
    (
        "WARSAW, Dec 2 (Wire) - Poland rushed 5,000 extra soldiers to the Belarusian frontier on Wednesday following "
        "a surge in attempted crossings.",
        "MOBILIZE", ("POL", None), ("BLR", None), None,
    ),
    (
        "Norway's armed forces raised their readiness level in the far north on Monday after Russian bombers flew "
        "close to the coast of Finnmark.",
        "MOBILIZE", ("NOR", "MIL"), None, None,
    ),
    (
        "Some 12,000 troops had begun large-scale manoeuvres in Karelia, about 40 kilometres from the Finnish border, "
        "the Russian defence ministry said on Tuesday.",
        "MOBILIZE", ("RUS", "MIL"), ("FIN", None), None,
    ),
    (
        "BERLIN, Dec 2 (Wire) - German police raided 14 homes in Bavaria and Saxony on Wednesday in an investigation "
        "into a far-right group suspected of stockpiling weapons.",
        "COERCE", ("DEU", "COP"), None, None,
    ),
    (
        "Tehran flatly denied on Tuesday that its agents had seized a Swedish reporter who vanished near the Iraqi "
        "border last month.",
        "COERCE", ("IRN", None), ("SWE", "JRN"), "negated",
    ),
    (
        "U.S. immigration agents detained 40 Mexican farmworkers in a raid on a packing plant in Georgia last week. "
        "All of them were deported to Mexico on Tuesday, the Mexican consulate in Atlanta said.",
        "COERCE", ("USA", None), ("MEX", None), None,
    ),
    (
        "Two police officers guarding a synagogue in Hamburg were stabbed on Monday night. A 24-year-old man was "
        "arrested at the scene, police said.",
        "COERCE", ("DEU", "COP"), None, None,
    ),
    (
        "CULIACAN, Mexico, Nov 30 (Wire) - Gunmen shot dead two state police officers in Culiacan on Monday, local "
        "prosecutors said.",
        "ASSAULT", ("MEX", None), ("MEX", "COP"), None,
    ),
    (
        "Russian forces shelled the Ukrainian port of Izmail on the Danube overnight, damaging a grain silo within "
        "sight of the Romanian bank of the river, Romania's defence ministry said on Wednesday.",
        "ASSAULT", ("RUS", "MIL"), ("UKR", None), None,
    ),
    (
        "A Russian military helicopter crossed into Estonian airspace near Narva on Tuesday. An hour later, a border "
        "guard boat on Lake Peipus was fired on from the Russian side, Tallinn said.",
        "ASSAULT", ("RUS", None), ("EST", None), None,
    ),
]

#: passages with no act that happened
EMPTY: list[str] = [
    (
        "Germany's shipments to the U.S. market shrank by 6.2 percent against October of last year, Destatis figures "
        "showed on Wednesday."
    ),
    (
        "Remittances sent home by Mexicans working in the United States reached a record 6.4 billion dollars in "
        "October, the Bank of Mexico said."
    ),
    (
        "Support for Denmark's governing Social Democrats stood at 21 percent in a weekly poll published on Monday, "
        "two points lower than a month earlier."
    ),
    (
        "The Liberal candidate carried Monday's by-election in a suburban Toronto riding with 52.4 percent, ahead of "
        "a Conservative on 38.1, final results showed."
    ),
    (
        "Road deaths in Sweden fell to 205 last year, the lowest figure since records began, the national transport "
        "agency said."
    ),
    "Iceland has no standing army and relies on NATO allies for the policing of its airspace.",
    (
        "Mexico opposes the presence of U.S. troops on its soil and favours shared intelligence work against the "
        "cartels, according to a statement on the foreign ministry's website."
    ),
    (
        "The European Commission expects Italy's economy to grow 0.7 percent next year and 0.9 percent in 2028, "
        "according to its autumn forecast."
    ),
    (
        "Analysts said the French government could face a no-confidence motion early next year if budget talks stall, "
        "though none has been tabled."
    ),
    (
        "Norway and Russia settled their maritime boundary in the Barents Sea in 2010 after some four decades of "
        "negotiations."
    ),
    (
        "Greenland gained home rule in 1979 and expanded self-government in 2009, when Greenlandic became its sole "
        "official language."
    ),
    "Finnish border guards patrol stretches of the eastern frontier on skis for much of the winter.",
    (
        "England's seamers attacked the Australian top order with short-pitched bowling before lunch, and three "
        "wickets fell in the first hour."
    ),
    "Atalanta sat deep after the interval in Bergamo and hit Lazio twice on the break to win 2-0.",
    (
        "Shares in the Danish shipping group retreated 3 percent in Copenhagen after the company trimmed its profit "
        "outlook."
    ),
    "A Finnish software firm deployed its new billing platform across 14 European banks over the weekend.",
    (
        "Shrinking Alpine glaciers are threatening water supplies for rice farms in northern Italy, researchers at "
        "the University of Padua wrote in a study."
    ),
    (
        "Pickpockets target tourists on crowded trams in Lisbon during the Christmas market season, and police advise "
        "visitors to keep bags zipped."
    ),
    (
        "The storm battered the Scottish Highlands with gusts of up to 140 km/h overnight, and forecasters expect "
        "more heavy rain on Thursday."
    ),
    (
        "A Spanish film about the failed 1981 coup attempt opened in 300 cinemas on Friday and topped the weekend box "
        "office."
    ),
    "Ferries between Helsinki and Tallinn will run on a reduced winter timetable from Dec 14, the operator said.",
    (
        "A Quebec folk singer whose songs became anthems of the 1970s sovereignty movement has died at 88, her family "
        "said."
    ),
    (
        "The Norwegian grandmaster sacrificed a knight and forced his Chinese opponent to resign after 34 moves in "
        "the Berlin final."
    ),
    (
        "Spain's jobless rate eased to 10.9 percent over the summer quarter, a level last seen in 2008, according to "
        "figures from the INE statistics body."
    ),
    (
        "Some 46 percent of Greenlanders would back full independence from Denmark even if it meant lower living "
        "standards, a university survey found."
    ),
    "Wolves killed 19 sheep on farms in western Poland last month, regional wildlife officials said.",
    (
        "Diplomats in Brussels said the EU might consider duties on Chinese electric vans next year, but no proposal "
        "has been drafted."
    ),
    "A Canadian pension fund agreed to buy a 30 percent stake in a German wind farm operator for 1.1 billion euros.",
    "Canada's goaltender blocked 31 shots as the national team shut out Sweden 3-0 in an exhibition game in Malmo.",
]

FLOORS = {"type": 0.91, "actor_code": 0.89, "actor_sector": 0.97, "recipient": 0.73, "pass": 0.79, "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind69")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind69-empty")


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


def test_blind69_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind69 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind69_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind69 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
