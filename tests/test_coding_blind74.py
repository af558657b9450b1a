"""Blind batch 74 of event coding: short wire stories, one week in Europe and North America.

What it is: 50 short stories of one to three sentences each, written in the manner of a wire desk (Reuters, AP,
Politico Europe, the BBC, Deutsche Welle, the Canadian Press), each with the one act its LAST sentence reports that
the coder is expected to find, and 30 EMPTY passages in which no political event happened. The theme is one week in
Europe and North America: the EU institutions, France, Germany, Poland, Hungary, Italy, Spain, the United Kingdom,
the Balkans (Serbia, Bosnia, Montenegro, North Macedonia), Greece and Turkey, the United States, Canada and Mexico,
with NATO, the OSCE, the Council of Europe and the UN. About half the stories are plain wire copy; the other half
are harder: acts told in the passive with the agent named only in the sentence before, officials' titles whose
country is named only in an earlier sentence, acts told by a noun in a prepositional phrase ("the expulsion by Sofia
of ..."), reported speech, attribution after the clause, capitals standing for states, nationality adjectives,
pronouns resolved from the sentence before, phrasal verbs, relative clauses, and stories that close with an act of
another type than their first sentence's. Each of the 16 PLOVER types is expected at least twice.

Conventions for the expected values. Each story comes with the PLOVER type of one act its last sentence reports,
that act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for
international bodies: UN agencies UNO, other intergovernmental bodies such as NATO and the Council of Europe IGO,
NGOs NGO, the European Union EUR). An act announced for the future is an expression of intent, AGREE, 03, unless it
is hostile and conditional, THREATEN, 13; an ultimatum is THREATEN; praise, an apology and signing a formal
agreement are SUPPORT, 05, 055, 057; giving in to a demand, easing a curfew and lifting a ban are CONCEDE, 08; joint
drills, an extradition and intelligence sharing are COOPERATE, 06; food sent, shelters sent and asylum granted are
AID, 07; a release of prisoners, a pullback of troops and the return of property are RETREAT, 0841, 0874, 0842;
summoning a foreign envoy is ACCUSE, 114; expelling a diplomat, recalling an envoy and suspending aid are SANCTION,
16; troops rushed to a front, a raised alert and large-scale exercises near a border are MOBILIZE, 15; a ban,
deportations and detentions are COERCE, 17; a denial "X denied that it had ..." gives the modality "negated". When
two parties act jointly ("X and Y signed", "X and Y troops began joint drills") the coder codes both sides as
actors with no recipient, as PLOVER-GSR does, so the first side is given as the actor and the recipient as None. A
sector is given only where it is clear-cut (a minister GOV, soldiers MIL, police COP, a court JUD, journalists
JRN); for a bare state, a capital, authorities, protesters or gunmen only the code is checked.

Scoring. A story passes when the coder gives it at least one event of the expected type whose actors include the
expected actor (its code, and its sector where one is given), whose recipients include the expected recipient
where one is given, and whose modality is the expected one where one is given. The batch also measures the share
of stories with an event of the right type, with the right actor code, with the right actor sector (of those with
a sector) and with the right recipient (of those with a recipient). An EMPTY passage passes when the coder reports
no event in it as having happened (modality "asserted" or "reported"): they are trade and remittance statistics, a
poll, casualty and election tallies, standing positions in the simple present, forecasts, hedged speculation,
background history with years, habits, and political verbs in other senses: sports (fast bowlers who "attacked" the
openers, a side that "defended deep" and "struck on the counter"), business (shares that "retreated", a "hostile"
cash offer), technology (a firm that "deployed" a platform), science (glaciers "threatening" water supplies,
physicists who "fired" beams), crime (pickpockets who "target" tourists), weather (a storm that "battered" a
coast), entertainment (a film plot), chess, and wolves that "attacked" livestock.

Every text is invented wording in a wire style; real countries, international bodies and public roles appear, but
no sentence is copied or closely paraphrased from a real article. Every text was checked with /tmp/ew/overlap.py
for six-word runs shared with the gold sets, the seed, the news and demo corpora and the other test files, and none
was found. The batch was written without reading the coder's code, lexicons, rules or data, or any other blind
batch. FLOORS are all 0.0 until the first run.

FIRST RUN (written by a helper at the start of the seventeenth session (2026-12-02)), on its starting code
(aa2ece2), before any of it was read: the type found in 45 of 50 stories (0.900); the actor code right on an event
of the type in 44 (0.880); code and sector in 15 of the 16 that give a sector (0.938); the recipient right in 26 of
the 34 that give one (0.765); **39 of 50 passing (0.780)**; 26 of 30 empty passages left empty. Read afterwards:
its misses may inform rules (each justified by
the codebook, with its own test sentences).
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
        "Vienna, Dec 1 (Wire) - The OSCE said on Tuesday it would deploy some 300 observers to monitor next "
        "spring's parliamentary elections in Hungary.",
        "AGREE", ("IGO", None), ("HUN", None), None,
    ),
    (
        "Canada's foreign minister arrived in Mexico City on Monday to discuss trade and migration. She told "
        "reporters on Tuesday that Ottawa would sign a new seasonal farm workers accord with Mexico early "
        "next year.",
        "AGREE", ("CAN", "GOV"), ("MEX", None), None,
    ),
    (
        "Greece and Turkey will hold a fresh round of confidence-building talks in Ankara in January, the "
        "Greek foreign ministry said on Wednesday.",
        "AGREE", ("GRC", None), None, None,
    ),
    (
        "Berlin, Dec 1 (Wire) - Poland's prime minister met the German chancellor in Berlin on Tuesday to "
        "discuss checks along their shared border.",
        "CONSULT", ("POL", "GOV"), ("DEU", "GOV"), None,
    ),
    (
        "Spain's government is under pressure over a sharp rise in migrant boats reaching the Canary Islands. "
        "Its interior minister telephoned his Moroccan counterpart on Monday, officials in Madrid said.",
        "CONSULT", ("ESP", "GOV"), ("MAR", "GOV"), None,
    ),
    (
        "NATO's secretary general landed in Podgorica late on Monday. On Tuesday he held talks with "
        "Montenegro's president on defence spending and cyber security, the alliance said.",
        "CONSULT", ("IGO", None), ("MNE", None), None,
    ),
    (
        "Ottawa, Dec 2 (Wire) - Canada and Mexico signed an accord on cooperation in critical minerals in "
        "Ottawa on Wednesday.",
        "SUPPORT", ("CAN", None), None, None,
    ),
    (
        "A Royal Navy frigate collided with a Greek fishing trawler south of Crete last week, injuring two "
        "crewmen. Britain's defence secretary apologised to the Greek government on Monday and promised a "
        "full inquiry.",
        "SUPPORT", ("GBR", "GOV"), ("GRC", None), None,
    ),
    (
        "Montenegro was commended on Tuesday by the Council of Europe's rights commissioner for adopting a "
        "new law on violence against women, which she said met European standards.",
        "SUPPORT", ("IGO", None), ("MNE", None), None,
    ),
    (
        "Budapest, Dec 1 (Wire) - Hungary on Tuesday scrapped its embargo on Ukrainian wheat and maize after "
        "weeks of pressure from the European Commission.",
        "CONCEDE", ("HUN", None), None, None,
    ),
    (
        "Farmers in France used tractors to block motorways ringing Paris on Monday, a third day of "
        "disruption. On Tuesday the government backed down, scrapping a planned cut to diesel subsidies for "
        "agriculture.",
        "CONCEDE", ("FRA", "GOV"), None, None,
    ),
    (
        "North Macedonia's interior ministry ordered an overnight curfew in Tetovo after rival football fans "
        "clashed on Saturday. It was eased on Tuesday, and cafes may now serve customers until 10 p.m.",
        "CONCEDE", ("MKD", "GOV"), None, None,
    ),
    (
        "Madrid, Dec 2 (Wire) - Spain extradited to Italy on Wednesday a suspected Calabrian crime boss "
        "arrested on the Costa del Sol in the summer, the national police said.",
        "COOPERATE", ("ESP", None), ("ITA", None), None,
    ),
    (
        "Polish and Lithuanian troops began joint exercises near the Suwalki corridor on Monday, the two "
        "armies said.",
        "COOPERATE", ("POL", "MIL"), None, None,
    ),
    (
        "Greek coast guard officers arrested four suspected people smugglers on the island of Lesbos on "
        "Tuesday. The arrests followed a tip from Turkish authorities, who had passed intelligence on the "
        "network to Athens, a coast guard spokesman said.",
        "COOPERATE", ("TUR", None), ("GRC", None), None,
    ),
    (
        "Ottawa, Dec 1 (Wire) - Canada flew two planeloads of winter tents, generators and blankets to "
        "Ukraine on Monday, the international development minister said.",
        "AID", ("CAN", None), ("UKR", None), None,
    ),
    (
        "A reporter from Belarus who left Minsk in October has been living in a reception centre near "
        "Bialystok. Warsaw granted her asylum on Tuesday, her lawyer said.",
        "AID", ("POL", None), ("BLR", "JRN"), None,
    ),
    (
        "The World Food Programme launched an emergency operation in northern Bosnia after floods cut off "
        "dozens of villages. Food rations were trucked to some 3,000 families on Tuesday, the agency said.",
        "AID", ("UNO", None), ("BIH", None), None,
    ),
    (
        "Athens, Dec 2 (Wire) - Turkey on Wednesday freed two Greek soldiers who had been held since straying "
        "across the Evros border last month, the Greek defence ministry said.",
        "RETREAT", ("TUR", None), ("GRC", "MIL"), None,
    ),
    (
        "Serbian army units had been posted near the boundary with Kosovo since October. Belgrade pulled them "
        "back to bases in central Serbia on Monday, according to the defence ministry.",
        "RETREAT", ("SRB", None), None, None,
    ),
    (
        "Poland's culture minister welcomed on Tuesday the return by Germany of 42 paintings looted from "
        "Warsaw museums during the Second World War.",
        "RETREAT", ("DEU", None), ("POL", None), None,
    ),
    (
        "Mexico City, Nov 30 (Wire) - Mexico's government asked the United States on Monday to extradite a "
        "former state governor wanted on embezzlement charges.",
        "REQUEST", ("MEX", "GOV"), ("USA", None), None,
    ),
    (
        "Italy's prime minister said on Tuesday she had urged the European Commission to share migrants "
        "rescued in the Mediterranean among all member states.",
        "REQUEST", ("ITA", "GOV"), ("EUR", None), None,
    ),
    (
        "Bosnia's three-member presidency addressed the UN Security Council in writing this week. In the "
        "letter it appealed to the council to extend the EU peacekeeping mission's mandate for another year.",
        "REQUEST", ("BIH", None), ("UNO", None), None,
    ),
    (
        "Budapest, Dec 1 (Wire) - Hungary summoned Ukraine's ambassador on Tuesday over a language law that "
        "Budapest says discriminates against ethnic Hungarians.",
        "ACCUSE", ("HUN", None), ("UKR", None), None,
    ),
    (
        "Greece is militarising islands in the eastern Aegean in breach of post-war treaties, Turkey's "
        "defence ministry charged on Wednesday.",
        "ACCUSE", ("TUR", None), ("GRC", None), None,
    ),
    (
        "Rome summoned France's ambassador on Monday after a French minister called Italian migration policy "
        "a failure.",
        "ACCUSE", ("ITA", None), ("FRA", None), None,
    ),
    (
        "Warsaw, Dec 2 (Wire) - Poland's government on Wednesday rejected a European Commission demand to "
        "reverse changes to its law on judicial appointments.",
        "REJECT", ("POL", "GOV"), ("EUR", None), None,
    ),
    (
        "Mexico's president turned down an invitation from Washington on Monday to attend a regional security "
        "summit in Miami, her spokesman said.",
        "REJECT", ("MEX", "GOV"), ("USA", None), None,
    ),
    (
        "Brussels has repeatedly pressed Serbia to align with EU sanctions on Russia. Serbia's president "
        "brushed aside the latest such call on Sunday, saying his country would not harm its own economy.",
        "REJECT", ("SRB", "GOV"), ("EUR", None), None,
    ),
    (
        "Washington, Dec 2 (Wire) - The United States threatened on Wednesday to slap a 25 percent levy on "
        "steel shipped from Canada unless Ottawa tightens checks on Chinese imports.",
        "THREATEN", ("USA", None), ("CAN", None), None,
    ),
    (
        "The European Commission gave Hungary a deadline of Jan. 31 to amend its law on foreign funding of "
        "civic groups or face proceedings at the EU's top court, a spokesman said.",
        "THREATEN", ("EUR", None), ("HUN", None), None,
    ),
    (
        "Turkey's defence minister warned Athens on Tuesday that any extension of Greek territorial waters in "
        "the Aegean would be treated as a cause for war.",
        "THREATEN", ("TUR", "GOV"), ("GRC", None), None,
    ),
    (
        "Paris, Dec 1 (Wire) - Huge crowds marched through central Paris on Tuesday against government plans "
        "to push the retirement age higher again.",
        "PROTEST", ("FRA", None), None, None,
    ),
    (
        "Hungarian teachers walked out of classrooms on Monday in a one-day strike over pay, their union "
        "said.",
        "PROTEST", ("HUN", None), None, None,
    ),
    (
        "Serbian students have occupied university faculties in Belgrade since early November. On Tuesday "
        "they mounted a six-hour sit-in at the gates of the state broadcaster.",
        "PROTEST", ("SRB", None), None, None,
    ),
    (
        "Warsaw, Nov 30 (Wire) - Poland expelled a Russian diplomat on Monday over alleged espionage, the "
        "foreign ministry said.",
        "SANCTION", ("POL", None), ("RUS", None), None,
    ),
    (
        "Ankara recalled its ambassador to Berlin for consultations on Tuesday, the Turkish foreign ministry "
        "said, a day after German lawmakers passed a resolution critical of Turkey.",
        "SANCTION", ("TUR", None), ("DEU", None), None,
    ),
    (
        "Brussels suspended 150 million euros in pre-accession funds for Serbia on Wednesday, citing "
        "backsliding on the rule of law.",
        "SANCTION", ("EUR", None), ("SRB", None), None,
    ),
    (
        "Several hundred demonstrators gathered outside the Bulgarian embassy in Skopje on Tuesday following "
        "the expulsion by Sofia of two North Macedonian diplomats.",
        "SANCTION", ("BGR", None), ("MKD", None), None,
    ),
    (
        "Athens, Dec 2 (Wire) - Greece placed its army, navy and air force on a raised footing of readiness "
        "on Wednesday after Turkish warships sailed into contested waters south of Crete.",
        "MOBILIZE", ("GRC", None), None, None,
    ),
    (
        "NATO began large-scale exercises near Poland's border with Belarus on Monday, involving about 20,000 "
        "troops from 14 allies.",
        "MOBILIZE", ("IGO", None), None, None,
    ),
    (
        "Washington threatened tariffs on all Mexican goods last week over migrant crossings. Mexico answered "
        "on Monday by ordering 10,000 members of the National Guard to its frontier with the United States.",
        "MOBILIZE", ("MEX", None), None, None,
    ),
    (
        "Serbia denied reports from Pristina on Tuesday that its army had massed troops near the boundary "
        "with Kosovo, calling them fabricated.",
        "MOBILIZE", ("SRB", None), None, "negated",
    ),
    (
        "Istanbul, Dec 1 (Wire) - Turkish police took 14 journalists into custody in early-morning raids in "
        "Istanbul on Tuesday, a press freedom group said.",
        "COERCE", ("TUR", "COP"), ("TUR", "JRN"), None,
    ),
    (
        "U.S. immigration agents stepped up raids on farms in Texas this week. More than 300 Mexican "
        "nationals were deported across the bridge at Laredo on Tuesday, the agency said.",
        "COERCE", ("USA", None), ("MEX", None), None,
    ),
    (
        "A law restricting public events deemed harmful to minors took effect in Hungary last month. Citing "
        "it, Budapest police on Monday banned a march planned by LGBT groups for Saturday.",
        "COERCE", ("HUN", "COP"), None, None,
    ),
    (
        "Gunmen shot dead two police officers at a checkpoint outside Chilpancingo, in Mexico's Guerrero "
        "state, on Tuesday, state authorities said.",
        "ASSAULT", ("MEX", None), ("MEX", "COP"), None,
    ),
    (
        "Turkish jets bombed hideouts of Kurdish militants in northern Iraq on Sunday, killing a dozen "
        "fighters, Ankara's defence ministry said.",
        "ASSAULT", ("TUR", "MIL"), None, None,
    ),
    (
        "Russia launched more than 80 drones at Ukraine overnight, the Ukrainian air force said. Several of "
        "them hit an electricity substation near the Polish border, leaving thousands of homes without power.",
        "ASSAULT", ("RUS", None), ("UKR", None), None,
    ),
]

#: passages with no act that happened
EMPTY: list[str] = [
    (
        "German goods sold to American customers dropped by 3.1 percent on an annual basis last month, the "
        "federal statistics office said on Wednesday."
    ),
    "Mexicans working abroad sent home $5.4 billion in October, central bank data showed.",
    (
        "Spain's ruling Socialists polled 29 percent in a CIS survey released on Tuesday, two points clear of the "
        "conservative People's Party."
    ),
    (
        "After 98 percent of ballots had been counted in the Munich mayoral runoff, the incumbent had 54.2 "
        "percent of the vote against 45.8 percent for his challenger."
    ),
    (
        "Road accidents killed 1,214 people in Poland between January and October, down 6 percent on the same "
        "stretch of 2025, police figures showed."
    ),
    (
        "Ankara opposes extending Greece's territorial waters beyond six nautical miles in the Aegean and "
        "considers the question one of national security."
    ),
    (
        "The Bank of Canada is expected to hold its key interest rate at 2.25 percent next week, according to "
        "most economists surveyed by the agency."
    ),
    (
        "Diplomats said Italy might consider sending a frigate to the Red Sea if shipping there came under "
        "renewed threat, though no decision was seen as imminent."
    ),
    (
        "Montenegro voted to leave its state union with Serbia in a 2006 referendum and became NATO's 29th member "
        "in 2017."
    ),
    (
        "The German cabinet meets every Wednesday morning in the chancellery in Berlin to approve draft bills and "
        "regulations."
    ),
    (
        "England's fast bowlers attacked Australia's openers from the first over in Adelaide, and the hosts had "
        "slipped to 48 for four at lunch."
    ),
    (
        "Spanish bank stocks retreated nearly 2 percent in Madrid on Tuesday, surrendering some of their strong "
        "November gains."
    ),
    (
        "A Polish software company deployed its new payments platform across 12 European markets this quarter, "
        "the firm said in a results statement."
    ),
    (
        "Shrinking Alpine glaciers threaten the drinking water of millions in northern Italy by mid-century, "
        "according to a study by Swiss and Italian hydrologists."
    ),
    (
        "Pickpockets routinely target tourists along Barcelona's Las Ramblas during the Christmas shopping "
        "season, city officials say."
    ),
    (
        "Serbia's national side defended deep through the first half in Belgrade, struck on the counter after the "
        "break and beat Norway 2-1 in the qualifier."
    ),
    (
        "A winter storm battered the western coast of Greece overnight, knocking out electricity to about 40,000 "
        "homes on Corfu and in Epirus."
    ),
    (
        "A French thriller in which a rogue agent threatens to blow up the Eiffel Tower topped the weekend box "
        "office in France with 610,000 admissions."
    ),
    (
        "The Hungarian grandmaster parted with a knight early in the middlegame and mounted a kingside onslaught "
        "to beat his American opponent in the last round in Toronto."
    ),
    (
        "Italy's public debt rose to 137.4 percent of gross domestic product at the end of the third quarter, "
        "Eurostat data showed."
    ),
    (
        "Canada's unemployment rate edged down to 6.5 percent in November as employers added 41,000 jobs, the "
        "national statistics agency said."
    ),
    (
        "Under Mexico's constitution, foreign soldiers may not be stationed on Mexican territory, a principle "
        "every government since the revolution has upheld."
    ),
    (
        "The chair of Bosnia's three-member presidency rotates every eight months among its Bosniak, Croat and "
        "Serb members."
    ),
    (
        "An Italian utility unveiled a hostile cash offer of 4.20 euros a share for a smaller northern competitor "
        "on Monday."
    ),
    (
        "Researchers at CERN near Geneva fired proton beams around the Large Hadron Collider for a record eleven "
        "hours without interruption."
    ),
    (
        "Analysts say the ECB may lower borrowing costs once more before summer should euro zone inflation "
        "continue to cool."
    ),
    (
        "A pack of wolves attacked livestock on three farms in Saxony over the weekend, killing 23 sheep, the "
        "district veterinary office reported."
    ),
    (
        "Turkstat figures put Turkey's annual inflation rate for November at 30.8 percent, its lowest reading "
        "since 2022."
    ),
    (
        "Migrant arrivals on the Greek islands dropped by about a third in November on the year, according to UN "
        "refugee agency data."
    ),
    (
        "Ticket sales for the Christmas markets in Vienna and Prague are running ahead of last year, tourism "
        "boards in both cities estimate."
    ),
]

FLOORS = {"type": 0.91, "actor_code": 0.89, "actor_sector": 0.9, "recipient": 0.85, "pass": 0.85, "empty": 0.9}
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
    return _code([c[0] for c in STORIES], resources, "blind74")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind74-empty")


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


def test_blind74_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind74 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind74_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind74 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
