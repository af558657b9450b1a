"""Blind batch 67 of event coding: short wire stories from one week in the Middle East and North Africa.

What it is: 50 invented wire-desk stories of one to three sentences, each with the PLOVER type, actor, recipient
and, where it matters, modality of one act that its LAST sentence reports, and 28 EMPTY passages of one to three
sentences in which no political event happened. Dateline week: Thursday 26 November to Wednesday 2 December 2026;
every document is given the publication date 2026-12-02.

Theme: one week in the Middle East and North Africa as Reuters, AFP, Al Jazeera English and The National write it:
Iraq, Syria, Lebanon, Israel and the Palestinian territories, Jordan, Egypt, Libya, Tunisia, Algeria, Morocco,
Yemen, the Gulf states and Iran, with a few parties from farther away (the United States, France, Spain, Turkey, the UN
and its agencies, the European Union). About half the stories are plain wire copy; the other half are harder:
acts told in the passive with the agent named only in the sentence before, officials' titles whose country is
named only in an earlier sentence, acts told by a noun in a prepositional phrase ("after the recall by Amman of
its ambassador"), reported speech, attribution after the clause, capitals for states, nationality adjectives,
pronouns resolved from the sentence before, phrasal verbs, relative clauses, and stories that close with an act of
another type than their first sentence's. Each of the 16 PLOVER types is expected at least twice (three times,
CONSULT and ASSAULT four times), and the verbs vary within a type.

Conventions for the expected values:

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR). An act announced for
the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; an
ultimatum is THREATEN; praise, an apology and signing a formal agreement are SUPPORT, 05, 055, 057; giving in
to a demand, easing a curfew and lifting a ban are CONCEDE, 08; joint drills, an extradition and intelligence
sharing are COOPERATE, 06; food sent, shelters sent and asylum granted are AID, 07; a release of prisoners, a
pullback of troops and the return of property are RETREAT, 0841, 0874, 0842; summoning a foreign envoy is
ACCUSE, 114; expelling a diplomat, recalling an envoy and suspending aid are SANCTION, 16; troops rushed to a
front, a raised alert and large-scale exercises near a border are MOBILIZE, 15; a ban, deportations and
detentions are COERCE, 17; a denial "X denied that it had ..." gives the modality "negated". When two parties
act jointly ("X and Y signed", "X and Y troops began joint drills") the coder codes both sides as actors with
no recipient, as PLOVER-GSR does, so the first side is given as the actor and the recipient as None. A sector
is given only where it is clear-cut (a minister GOV, soldiers MIL, police COP, a court JUD, journalists JRN);
for a bare state, a capital, authorities, protesters or gunmen only the code is checked. Armed movements are
given the code of their country (the Houthis YEM, Hamas PSE, Hezbollah LBN, the Kurdistan Regional Government
IRQ).

Scoring: a story passes when the coder gives it at least one event of the expected type whose actors include the
expected actor (its code, and its sector where one is given), whose recipients include the expected recipient
where one is given, and whose modality is the expected one where one is given; the batch also measures the
share of stories with an event of the right type, with the right actor code, with the right actor sector (of
those with a sector) and with the right recipient (of those with a recipient). An EMPTY passage passes when
the coder reports no event in it as having happened (modality "asserted" or "reported"): they are trade and
remittance statistics, a poll, tallies, standing positions in the simple present, forecasts, hedged
speculation, background history with years, habits, and political verbs in the senses of sports, business,
science, technology, crime, weather and entertainment reporting (forwards who "attacked" and "struck", shares
that "pulled back", a start-up that "launched" a chatbot, warming seas that "threaten" reefs, car thieves who
"strike" before dawn, a film that "captured" a prize), with a few kinds of our own (archaeology, an obituary,
ridership figures, a chess game).

Every text is invented, in a wire style, and was checked with /tmp/ew/overlap.py for six-word runs shared with
the gold sets, the seed, the news corpus, the demo corpus and the other test files; none was found. The batch was
written without reading the coder's code, lexicons, rules or data, or any other blind batch. FLOORS are all 0.0
until the first run.

FIRST RUN, held back and never read (written by a helper at the start of the fifteenth session (2026-12-02)):
run once at its start, on its starting code (a6a59ad): the type found in 40 of 50 stories (0.800); the actor code
right on an event of the type in 31 (0.620); code and sector in 12 of the 21 that give a sector (0.571); the
recipient right in 22 of the 40 that give one (0.550); **22 of 50 passing (0.440)**; 25 of 28 empty passages left
empty.
Run again at its end, on b262bb7 and on its final code 9f7cf80 (the same figures both times): the type found in 41
of 50 stories (0.820); the actor code right in 36 (0.720); code and sector in 16 of the 21 (0.762); the recipient
right in 23 of the 40 (0.575); **28 of 50 passing (0.560)**; 25 of 28 empty passages left empty (the same). Among
the session's changes is the handling of wire datelines left in the text ("Hanoi, Nov 28 (Agency) - ..."), found on
the read batches 68 and 69; its stories open with datelines too, its writer said. Which changes moved this batch was
not read.
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
    # AGREE
    (
        "Amman, Nov 30 (Wire) - Jordan's foreign minister announced on Monday that Amman would hold fresh talks"
        " with Syrian officials next month on drug smuggling across their common border.",
        "AGREE", ("JOR", "GOV"), ("SYR", None), None,
    ),
    (
        "Rabat, Nov 29 (Wire) - Morocco and Mauritania ended two days of fisheries consultations in Rabat on Sunday."
        " The agriculture minister told reporters afterwards that the kingdom intended to renew its quota"
        " arrangement with Nouakchott for three more years.",
        "AGREE", ("MAR", "GOV"), ("MRT", None), None,
    ),
    (
        "Tripoli, Dec 1 (Wire) - Libya's Tripoli-based prime minister met tribal elders from the Fezzan region on"
        " Tuesday. He promised to pay months of overdue salaries to the guards at the southern oil fields by the close"
        " of December, his office said.",
        "AGREE", ("LBY", "GOV"), None, None,
    ),
    # CONSULT
    (
        "Doha, Nov 28 (Wire) - Qatar's prime minister met Iran's foreign minister in Doha on Saturday to discuss the"
        " safety of commercial shipping in the Gulf, the Qatari foreign ministry said.",
        "CONSULT", ("QAT", "GOV"), ("IRN", "GOV"), None,
    ),
    (
        "Beirut, Nov 30 (Wire) - France's special envoy for Lebanon arrived in Beirut on Monday on his third visit"
        " this year. The envoy, who is a former foreign minister, held talks with the parliament speaker on the"
        " reforms sought by international lenders, the speaker's office said.",
        "CONSULT", ("FRA", None), ("LBN", None), None,
    ),
    (
        "Cairo, Dec 1 (Wire) - Egypt's intelligence chief received senior Hamas officials in the Egyptian capital on"
        " Tuesday for talks on a fresh prisoner swap, two Egyptian security sources said.",
        "CONSULT", ("EGY", None), ("PSE", None), None,
    ),
    (
        "Muscat, Nov 27 (Wire) - Oman's sultan phoned Iran's president on Friday to discuss ways to"
        " revive nuclear talks with Washington, the state news agency reported.",
        "CONSULT", ("OMN", "GOV"), ("IRN", "GOV"), None,
    ),
    # SUPPORT
    (
        "Abu Dhabi, Nov 29 (Wire) - The United Arab Emirates and Jordan signed an agreement on Sunday to build a"
        " solar-powered desalination plant on the Gulf of Aqaba, Emirati state media said.",
        "SUPPORT", ("ARE", None), None, None,
    ),
    (
        "Baghdad, Dec 1 (Wire) - A Turkish drone strike killed three Iraqi shepherds near Sinjar last week. Ankara"
        " apologised to Baghdad on Tuesday for the deaths, according to a statement from the Iraqi foreign ministry.",
        "SUPPORT", ("TUR", None), ("IRQ", None), None,
    ),
    (
        "Aden, Dec 1 (Wire) - Yemen's government and the Houthi movement exchanged the bodies of dozens of fighters on"
        " Monday under U.N. auspices. The U.N.'s Yemen envoy praised both sides for the swap in a"
        " statement on Tuesday.",
        "SUPPORT", ("UNO", None), ("YEM", None), None,
    ),
    # CONCEDE
    (
        "Algiers, Nov 28 (Wire) - Algeria scrapped its restrictions on Spanish imports on Saturday, after two years of"
        " frozen commerce that had cost Spanish tile and meat exporters dearly, the Algerian banking association said.",
        "CONCEDE", ("DZA", None), ("ESP", None), None,
    ),
    (
        "Damascus, Nov 30 (Wire) - Syrian government forces took control of the southern city of Sweida last month"
        " after deadly clashes with local Druze militias. The night-time curfew imposed on the city was eased on"
        " Monday to allow shops to open until 10 p.m., the interior ministry said.",
        "CONCEDE", ("SYR", None), None, None,
    ),
    (
        "Tunis, Dec 2 (Wire) - Tunisia's main labour union had warned of a nationwide strike over pay. The"
        " government bowed to the union's demand for a 7 percent wage increase for public sector workers on"
        " Wednesday, a union spokesman said.",
        "CONCEDE", ("TUN", "GOV"), ("TUN", None), None,
    ),
    # COOPERATE
    (
        "Manama, Nov 29 (Wire) - Bahraini and U.S. naval forces began a week-long joint mine-countermeasures exercise"
        " in Gulf waters on Sunday, the Bahraini defence force said.",
        "COOPERATE", ("BHR", "MIL"), None, None,
    ),
    (
        "Beirut, Dec 1 (Wire) - A Lebanese judge approved on Tuesday the handover of a French businessman wanted in a"
        " money-laundering case in Marseille. He was extradited to France hours later aboard a commercial flight, a"
        " judicial source said.",
        "COOPERATE", ("LBN", None), ("FRA", None), None,
    ),
    (
        "Amman, Dec 2 (Wire) - Jordan's General Intelligence Department passed on tips to its Iraqi counterpart"
        " which helped Iraqi police catch eleven suspected drug traffickers in Anbar province, a Jordanian"
        " security official said on Wednesday.",
        "COOPERATE", ("JOR", None), ("IRQ", None), None,
    ),
    # AID
    (
        "Gaza, Nov 30 (Wire) - The World Food Programme brought 40 lorry-loads of wheat flour into northern Gaza for"
        " bakeries on Monday, the U.N. agency said.",
        "AID", ("UNO", None), ("PSE", None), None,
    ),
    (
        "Cairo, Dec 1 (Wire) - Flash floods swept through villages south of Derna in eastern Libya at the weekend,"
        " leaving some 3,000 people homeless. The Egyptian army flew in tents, blankets and field kitchens for the"
        " displaced on Tuesday, a military spokesman said.",
        "AID", ("EGY", "MIL"), ("LBY", None), None,
    ),
    (
        "Paris, Dec 2 (Wire) - France's refugee protection office reviewed the case of an Algerian blogger jailed"
        " twice for criticising the authorities in Algiers. He was granted asylum on Wednesday, his lawyer said.",
        "AID", ("FRA", None), ("DZA", None), None,
    ),
    # RETREAT
    (
        "Ramallah, Nov 29 (Wire) - Israel released 30 Palestinian detainees on Sunday as part of a ceasefire"
        " arrangement, the Palestinian prisoners' affairs commission said.",
        "RETREAT", ("ISR", None), ("PSE", None), None,
    ),
    (
        "Beirut, Nov 30 (Wire) - Israeli troops have held five hilltop positions inside southern Lebanon since the"
        " ceasefire took effect. They pulled back from two of the positions on Monday, according to the Lebanese"
        " army.",
        "RETREAT", ("ISR", "MIL"), ("LBN", None), None,
    ),
    (
        "Baghdad, Dec 1 (Wire) - Washington handed back to Baghdad on Tuesday some 300 cuneiform tablets smuggled out"
        " of Iraq after 2003, the Iraqi culture ministry said.",
        "RETREAT", ("USA", None), ("IRQ", None), None,
    ),
    # REQUEST
    (
        "Tripoli, Nov 28 (Wire) - Libya's presidential council asked the United Nations on Saturday to send observers"
        " to monitor municipal elections planned for February.",
        "REQUEST", ("LBY", None), ("UNO", None), None,
    ),
    (
        "Sanaa, Nov 30 (Wire) - Houthi authorities have detained dozens of U.N. employees since last year. The U.N."
        " chief urged the group on Monday to free them unconditionally, his spokesman told"
        " reporters in New York.",
        "REQUEST", ("UNO", None), ("YEM", None), None,
    ),
    (
        "Beirut, Dec 2 (Wire) - Lebanon's social affairs minister appealed to the European Union on Wednesday for 150"
        " million euros to help families displaced from the south.",
        "REQUEST", ("LBN", "GOV"), ("EUR", None), None,
    ),
    # ACCUSE
    (
        "Rabat, Nov 27 (Wire) - Morocco summoned Algeria's charge d'affaires on Friday over remarks by an Algerian"
        " minister about Western Sahara, the Moroccan foreign ministry said.",
        "ACCUSE", ("MAR", None), ("DZA", None), None,
    ),
    (
        "Tehran, Dec 1 (Wire) - The French ambassador was called in by Iran's foreign ministry on Tuesday over the"
        " arrest in Paris of an Iranian student accused of spying.",
        "ACCUSE", ("IRN", None), ("FRA", None), None,
    ),
    (
        "Damascus, Dec 2 (Wire) - Syria's foreign ministry accused Israel on Wednesday of breaching the 1974"
        " disengagement agreement by sending troops into the buffer zone on the Golan Heights.",
        "ACCUSE", ("SYR", None), ("ISR", None), None,
    ),
    # REJECT
    (
        "Jerusalem, Nov 29 (Wire) - Israel's prime minister rejected on Sunday a French proposal to deploy European"
        " monitors along the border with Lebanon.",
        "REJECT", ("ISR", "GOV"), ("FRA", None), None,
    ),
    (
        "Baghdad, Nov 30 (Wire) - Turkey asked Iraq last month to let its troops set up three more bases in the"
        " Kurdistan region. The plan was turned down by Iraqi ministers at their weekly session on Monday.",
        "REJECT", ("IRQ", "GOV"), ("TUR", None), None,
    ),
    (
        "Tehran, Dec 2 (Wire) - Iran's foreign minister dismissed on Wednesday a U.S. demand that Tehran halt uranium"
        " enrichment, calling it a non-starter.",
        "REJECT", ("IRN", "GOV"), ("USA", None), None,
    ),
    # THREATEN
    (
        "Baghdad, Dec 1 (Wire) - Iraq's federal government gave the Kurdistan Regional Government 72 hours on Tuesday"
        " to hand over its oil export revenues or face a halt to salary transfers.",
        "THREATEN", ("IRQ", "GOV"), ("IRQ", None), None,
    ),
    (
        "Jerusalem, Nov 28 (Wire) - Israel's defence minister warned on Saturday the military would bomb Beirut's"
        " southern suburbs should Hezbollah try to restock its missile arsenal.",
        "THREATEN", ("ISR", "GOV"), ("LBN", None), None,
    ),
    (
        "Baghdad, Dec 2 (Wire) - Washington would sanction any Iraqi bank caught moving dollars to Iran, a U.S."
        " Treasury official told Iraqi central bank executives at a meeting in Amman on Wednesday, two people briefed"
        " on the exchange said.",
        "THREATEN", ("USA", None), ("IRQ", None), None,
    ),
    # PROTEST
    (
        "Rabat, Nov 29 (Wire) - Thousands of Moroccans marched through central Rabat on Sunday to protest against"
        " rising food and fuel prices.",
        "PROTEST", ("MAR", None), None, None,
    ),
    (
        "Ramallah, Nov 30 (Wire) - Israel's prison service moved some 40 Palestinian inmates into solitary"
        " confinement last week. Hundreds of Palestinian inmates held by Israel launched a hunger strike of"
        " indefinite length on Monday in response, the prisoners' club said.",
        "PROTEST", ("PSE", None), ("ISR", None), None,
    ),
    (
        "Tunis, Dec 1 (Wire) - Several hundred Tunisians rallied outside the French embassy on Tuesday to denounce"
        " the deportation of Tunisian migrants from France.",
        "PROTEST", ("TUN", None), ("FRA", None), None,
    ),
    # SANCTION
    (
        "Algiers, Dec 1 (Wire) - Algeria expelled twelve French embassy staff on Tuesday, the Algerian foreign"
        " ministry said, in the latest blow to ties between the two countries.",
        "SANCTION", ("DZA", None), ("FRA", None), None,
    ),
    (
        "Amman, Nov 30 (Wire) - Jordanian truckers said on Monday they were waiting up to three days at the King"
        " Hussein Bridge after the recall by Amman of its ambassador to Israel.",
        "SANCTION", ("JOR", None), ("ISR", None), None,
    ),
    (
        "Brussels, Dec 2 (Wire) - The 27-nation European Union on Wednesday froze 60 million euros of budget aid for"
        " Tunisia over the jailing of opposition figures, an EU spokesperson said.",
        "SANCTION", ("EUR", None), ("TUN", None), None,
    ),
    # MOBILIZE
    (
        "Damascus, Nov 30 (Wire) - Syria's army rushed armoured reinforcements to the outskirts of Sweida on Monday"
        " after gunmen seized two checkpoints, a military source said.",
        "MOBILIZE", ("SYR", "MIL"), None, None,
    ),
    (
        "Kuwait City, Dec 1 (Wire) - Unidentified drones were spotted over Kuwaiti offshore oil platforms late on"
        " Monday. The emirate raised the readiness of its army and navy on Tuesday, the defence ministry said.",
        "MOBILIZE", ("KWT", None), None, None,
    ),
    (
        "Cairo, Nov 28 (Wire) - Egypt's army staged large-scale live-fire exercises near its western border with"
        " Libya on Saturday, involving tanks, attack helicopters and special forces, the military spokesman said.",
        "MOBILIZE", ("EGY", "MIL"), None, None,
    ),
    # COERCE
    (
        "Cairo, Nov 29 (Wire) - Egypt's media regulator banned a London-based opposition television channel on"
        " Sunday and ordered cable providers to drop it.",
        "COERCE", ("EGY", None), None, None,
    ),
    (
        "Tunis, Nov 30 (Wire) - Tunisian police rounded up hundreds of sub-Saharan migrants in the coastal hub of Sfax"
        " last week. More than 200 of them were deported to the Algerian border on Monday, a local rights group"
        " said.",
        "COERCE", ("TUN", None), None, None,
    ),
    (
        "Ramallah, Dec 2 (Wire) - Israeli troops detained 25 Palestinians during night-time sweeps of towns in the"
        " northern West Bank, a Palestinian prisoners' group said on Wednesday.",
        "COERCE", ("ISR", "MIL"), ("PSE", None), None,
    ),
    # ASSAULT
    (
        "Sanaa, Nov 27 (Wire) - U.S. warplanes struck Houthi positions around Hodeidah's harbour on Friday,"
        " the group's television channel reported.",
        "ASSAULT", ("USA", "MIL"), ("YEM", None), None,
    ),
    (
        "Beirut, Dec 1 (Wire) - UNIFIL, the U.N. mission in southern Lebanon, said one of its observation posts"
        " near the Blue Line was hit by tank fire on Monday. The Israeli military denied that its forces had fired"
        " at the post.",
        "ASSAULT", ("ISR", "MIL"), ("UNO", None), "negated",
    ),
    (
        "Damascus, Dec 1 (Wire) - Turkish drones hit a convoy belonging to the Kurdish-dominated Syrian Democratic"
        " Forces near Kobani on Tuesday, killing four fighters, a war monitor said.",
        "ASSAULT", ("TUR", None), ("SYR", None), None,
    ),
    (
        "Beirut, Dec 2 (Wire) - Schools in the border town of Khiam stayed closed on Wednesday after the shelling by"
        " Israeli artillery of the town's outskirts overnight.",
        "ASSAULT", ("ISR", "MIL"), ("LBN", None), None,
    ),
]

#: passages with no act that happened
EMPTY: list[str] = [
    "Egypt's non-oil exports climbed 11 percent to $34 billion over January-October, trade ministry"
    " figures showed on Sunday.",
    "Remittances sent home by Jordanians in the Gulf dropped 2.3 percent in October against the same"
    " month of 2025, central bank data showed, the third monthly decline in a row.",
    "Sixty-one percent of Tunisians questioned by a Tunis-based polling firm said the economy was heading in the"
    " wrong direction, up from 54 percent in June. The survey has a margin of error of three points.",
    "Turnout in the provincial council elections stood at 41 percent, Iraq's electoral commission said, with ballots"
    " from some 900 polling stations still being counted.",
    "Deaths from last month's flooding in eastern Libya now stand at 112, the health ministry in"
    " Benghazi said in its latest count. Dozens of people remain unaccounted for.",
    "Algeria holds that the future of Western Sahara can only be settled through a referendum on self-determination,"
    " a position it has kept for nearly five decades.",
    "Oman prides itself on being a discreet go-between in the region and seldom takes sides in disputes among its Gulf"
    " neighbours.",
    "The International Monetary Fund expects Saudi Arabia's economy to expand by 3.9 percent next year as voluntary"
    " oil output curbs are phased out.",
    "Analysts said the two Gulf rivals could in theory patch up their differences before the next summit, though few"
    " expect a breakthrough any time soon.",
    "Lebanon's civil war, which broke out in 1975 and ended in 1990, left the country's sectarian power-sharing"
    " system largely intact.",
    "Egypt and Israel signed the Camp David Accords in 1978 and a peace treaty in 1979, making Cairo the first Arab"
    " capital to make peace with its neighbour.",
    "Morocco's wingers attacked down both flanks in the second half and their centre-forward struck a brace inside"
    " four minutes as they beat Jordan 3-1 in the Arab Cup semi-final.",
    "The Saudi champions sat deep for long spells and caught their hosts on the break in stoppage time to"
    " snatch a 1-1 draw in Riyadh.",
    "Shares in Dubai's biggest property developer pulled back 3 percent on Tuesday after a run of record gains,"
    " dragging the emirate's main index lower.",
    "An Emirati start-up has launched a chatbot that answers questions in Gulf Arabic dialects and says it now"
    " handles two million queries a day.",
    "Warming seas threaten the coral reefs of the northern Red Sea, which have so far proved unusually resistant to"
    " bleaching, marine biologists say.",
    "Car thieves in Amman typically strike in the hours before dawn, and sport utility vehicles are their favourite"
    " targets, police statistics show.",
    "A sandstorm swept across Kuwait and southern Iraq on Tuesday, grounding flights and sending hundreds of people to"
    " hospital with breathing problems.",
    "An Egyptian thriller about a bank heist captured the top prize at the Cairo International Film Festival on"
    " Friday night.",
    "Jordan's king usually spends part of December in Aqaba, where he receives visiting delegations at his seaside"
    " residence.",
    "Iran's rial slid to a record low of more than one million to the dollar on the open market on Sunday, currency"
    " dealers in Tehran said.",
    "Brent crude is likely to average about $68 a barrel next year, according to a survey of 40 economists and"
    " analysts published on Monday.",
    "Iran's top-seeded grandmaster sacrificed a rook on move 23 and forced his Emirati opponent to resign in the"
    " fifth round of the Asian championship.",
    "Saudi Aramco said its engineers had rolled out a new drilling-monitoring system across 40 offshore rigs,"
    " cutting unplanned downtime by a fifth.",
    "Diplomats say Lebanon might seek another extension of the peacekeeping mandate next year, but no decision is"
    " expected before the summer.",
    "The Arab League's charter requires unanimity for binding decisions, which its 22 members rarely manage to reach.",
    "Archaeologists at the Saqqara necropolis south of Cairo unearthed a painted wooden coffin some 2,500 years old,"
    " the antiquities ministry said.",
    "The new metro line in Riyadh carried 120,000 passengers on its first weekday of full operation, the transport"
    " authority said, well above its own projections.",
]

FLOORS = {"type": 0.83, "actor_code": 0.75, "actor_sector": 0.77, "recipient": 0.59, "pass": 0.59, "empty": 0.89}
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
    return _code([c[0] for c in STORIES], resources, "blind67")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind67-empty")


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


def test_blind67_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind67 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind67_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind67 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
