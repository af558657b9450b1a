"""Blind batch 73 of event coding: short wire stories, one week in the Middle East and North Africa.

What it is: 50 short stories of one to three sentences, written in the manner of a wire desk (Reuters, AFP, AP,
Al-Monitor, The National of Abu Dhabi, the Times of Israel), each with the act its LAST sentence reports, and 30
EMPTY passages of one to three sentences in which no political event happened. The theme is one week of news from
Israel, the Palestinian territories, Lebanon, Syria, Jordan, Iraq, Iran, Saudi Arabia, Yemen, Egypt, Libya, Tunisia,
Algeria and Morocco, with parties from farther away (the United States, Russia, Turkey, Qatar, France, the UN and its
agencies, the Arab League, the EU). All the wording is invented; real countries, international bodies and public
roles appear, but no sentence is copied or closely paraphrased from a real article. The documents are dated
2026-12-02.

About half the stories are plain wire copy; the rest are harder: acts told in the passive with the agent named only
in the sentence before, officials' titles whose country is named only in an earlier sentence, an act told by a noun
in a prepositional phrase ("after the detention by X of ..."), reported speech, attribution after the clause,
capitals standing for states, nationality adjectives, pronouns resolved from the sentence before, phrasal verbs,
relative clauses, and stories that close with an act of another type than their first sentence's. Each of the 16
PLOVER types is expected at least twice.

Conventions for the expected values. Each story comes with the PLOVER type of one act its last sentence reports, that
act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for
international bodies: UN agencies UNO, other intergovernmental bodies such as the Arab League IGO, NGOs NGO, the
European Union EUR).
- An act announced for the future is an expression of intent, AGREE (03), unless it is hostile and conditional,
  THREATEN (13); an ultimatum is THREATEN.
- Praise, an apology and signing a formal agreement are SUPPORT (05, 055, 057).
- Giving in to a demand, easing a curfew and lifting a ban are CONCEDE (08).
- Joint drills, an extradition and intelligence sharing are COOPERATE (06).
- Food sent, shelters sent and asylum granted are AID (07).
- A release of prisoners, a pullback of troops and the return of property are RETREAT (0841, 0874, 0842).
- Summoning a foreign envoy is ACCUSE (114).
- Expelling a diplomat, recalling an envoy and suspending aid are SANCTION (16).
- Troops rushed to a front, a raised alert and large-scale exercises near a border are MOBILIZE (15).
- A ban, deportations and detentions are COERCE (17).
- A denial ("X denied that it had ...") gives the modality "negated"; elsewhere the modality is not checked (None).
- When two parties act jointly ("X and Y signed", "X and Y troops began joint drills") the coder codes both sides as
  actors with no recipient, as PLOVER-GSR does, so the first side is given as the actor and the recipient as None.
- A sector is given only where it is clear-cut (a minister GOV, soldiers, a navy commander or warplanes MIL, police
  COP, a court JUD, journalists JRN); for a bare state, a capital, a ministry, authorities, protesters or gunmen only
  the code is checked.

Scoring. A story passes when the coder gives it at least one event of the expected type whose actors include the
expected actor (its code, and its sector where one is given), whose recipients include the expected recipient where
one is given, and whose modality is the expected one where one is given. The batch also measures the share of
stories with an event of the right type, with the right actor code, with the right actor sector (of those with a
sector) and with the right recipient (of those with a recipient). An EMPTY passage passes when the coder reports no
event in it as having happened (modality "asserted" or "reported"). The EMPTY passages are trade, remittance, hotel
and house-price statistics, a poll, casualty, disease and election tallies, standing positions in the simple present,
forecasts (economic and weather), hedged speculation, background history with years, habits, an obituary, an
archaeological find, and political verbs in the senses of sports, chess, business, technology, science, nature and
crime reporting (a derby side that "sank" its rivals, shares that "surrendered" gains, a takeover bid that "went
hostile", a start-up that lets banks "bombard" their networks, falling lakes "threatening" irrigation, car thieves
who "strike" at night, locusts that "invaded" groves, bakers who "hand out" bread).

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold sets and the other reference
texts, and none was found. The batch was written without reading the coder's code, lexicons, rules or data, or any
other blind batch; only the template and the brief were used. FLOORS are all 0.0 until the first run.

FIRST RUN, held back and never read (written by a helper at the start of the seventeenth session (2026-12-02)):
run once at its start, on its starting code (aa2ece2): the type found in 44 of 50 stories (0.880); the actor code
right on an event of the type in 41 (0.820); code and sector in 9 of the 14 that give a sector (0.643); the
recipient right in 29 of the 41 that give one (0.707); **32 of 50 passing (0.640)**; 25 of 30 empty passages left
empty.
Run again at its end, on f41663c and on its final code 7dd3f8f (the same figures both times): the same figures but
one more empty passage left empty (the type in 44 of 50, the actor code in 41, code and sector in 9 of 14, the
recipient in 29 of 41, **32 of 50 passing (0.640)**, 26 of 30 empty passages left empty). Which of the session's
changes touched it was not read.
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
        'CAIRO, Nov 30 (Wire) - Egypt will resume natural gas shipments to Jordan at the start of January, the '
        'petroleum ministry said on Monday, ending a halt that began in September.',
        'AGREE', ('EGY', None), ('JOR', None), None,
    ),
    (
        "Iraq and Turkey have argued for months over how much water flows down the Tigris. Iraq's water resources "
        'minister told reporters on Sunday Baghdad would send a team of engineers to Ankara next week to negotiate '
        'a new release schedule.',
        'AGREE', ('IRQ', None), ('TUR', None), None,
    ),
    (
        "Saudi Arabia's crown prince received Lebanon's president at his palace in Riyadh on Saturday. He pledged "
        'during the meeting that the kingdom would pay for rebuilding schools and clinics in southern Lebanon, the '
        'Lebanese presidency said.',
        'AGREE', ('SAU', None), ('LBN', None), None,
    ),
    (
        "ALGIERS, Dec 1 (Wire) - Algeria's foreign minister received his Tunisian counterpart in the capital on "
        'Tuesday to discuss fuel smuggling and the movement of migrants along their shared border.',
        'CONSULT', ('DZA', 'GOV'), ('TUN', None), None,
    ),
    (
        'DOHA, Nov 29 (Wire) - The Qatari emir telephoned the Egyptian president on Sunday to discuss the stalled '
        "talks on a second phase of the Gaza truce, Qatar's state news agency reported.",
        'CONSULT', ('QAT', None), ('EGY', None), None,
    ),
    (
        'A U.S. envoy landed in Beirut on Monday with a revised plan for disarming armed groups south of the '
        "Litani River. The envoy sat down with Lebanon's parliament speaker and army commander to go over it, a "
        'Lebanese official said.',
        'CONSULT', ('USA', None), ('LBN', None), None,
    ),
    (
        'RIYADH, Nov 29 (Wire) - Egypt and Saudi Arabia on Sunday signed a deal to connect their power networks, '
        'with the first 1,500 megawatts due to flow by 2028.',
        'SUPPORT', ('EGY', None), None, None,
    ),
    (
        'Tunisia freed a dozen jailed opposition figures on Monday under a presidential pardon. The move was '
        "praised in Brussels on Tuesday by the EU's top diplomat, who called it an overdue step.",
        'SUPPORT', ('EUR', None), ('TUN', None), None,
    ),
    (
        "JERUSALEM, Dec 1 (Wire) - Israel's military apologised to Egypt on Tuesday after its troops mistakenly "
        'fired on an Egyptian border post near Rafah, wounding a conscript, an army spokesman said.',
        'SUPPORT', ('ISR', 'MIL'), ('EGY', None), None,
    ),
    (
        'TRIPOLI, Dec 1 (Wire) - Libya lifted a ban on Tuesday on Tunisian lorries entering through the Ras Jedir '
        'crossing, the interior ministry in Tripoli said, a week after truckers blockaded the border in protest.',
        'CONCEDE', ('LBY', None), ('TUN', None), None,
    ),
    (
        'Protests over power cuts spread across Basra last week. Iraqi security forces, which had ordered '
        'residents off the streets after dark, eased the curfew on Monday and let shops stay open until midnight.',
        'CONCEDE', ('IRQ', None), None, None,
    ),
    (
        'Public school teachers across Jordan walked out a fortnight ago, demanding higher wages. The government '
        'in Amman gave in on Sunday, approving a 15 percent increase from January, the education minister said.',
        'CONCEDE', ('JOR', None), None, None,
    ),
    (
        "Egyptian and Saudi warships launched joint naval exercises off Egypt's Red Sea coast on Monday, the "
        'Egyptian military spokesman said.',
        'COOPERATE', ('EGY', 'MIL'), None, None,
    ),
    (
        'A man wanted in Iraq over a 2016 bombing in Baghdad was arrested in Istanbul last month. Turkey handed '
        'him over to Iraqi authorities on Saturday, the justice ministry in Baghdad said.',
        'COOPERATE', ('TUR', None), ('IRQ', None), None,
    ),
    (
        'AMMAN, Nov 26 (Wire) - Jordanian military intelligence tipped off Syrian authorities about a lorry '
        'carrying four million captagon pills near Deraa, the army said on Thursday.',
        'COOPERATE', ('JOR', 'MIL'), ('SYR', None), None,
    ),
    (
        'GAZA, Nov 29 (Wire) - The World Food Programme delivered 900 tonnes of flour to northern Gaza on Sunday, '
        'the UN agency said.',
        'AID', ('UNO', None), ('PSE', None), None,
    ),
    (
        'Torrential rain flooded camps for displaced families in northwest Syria over the weekend. Qatar flew in '
        '2,000 winterised tents and blankets on Tuesday, its foreign ministry said.',
        'AID', ('QAT', None), ('SYR', None), None,
    ),
    (
        'A Libyan journalist who fled Benghazi in October was given asylum by Tunisia, his lawyer said on Monday.',
        'AID', ('TUN', None), ('LBY', 'JRN'), None,
    ),
    (
        'Israel released 30 Palestinian detainees at the Ofer crossing near Ramallah on Tuesday as part of the '
        'ceasefire deal, the prison service said.',
        'RETREAT', ('ISR', None), ('PSE', None), None,
    ),
    (
        "Turkish troops pushed several kilometres into Iraq's Kurdistan region in October to hunt PKK fighters. "
        'Ankara pulled them back from two hilltop positions near Amadiya on Sunday, Kurdish officials said.',
        'RETREAT', ('TUR', None), ('IRQ', None), None,
    ),
    (
        'The United States has returned 14 antiquities that were smuggled out of Egypt, the Egyptian tourism and '
        'antiquities ministry said on Monday.',
        'RETREAT', ('USA', None), ('EGY', None), None,
    ),
    (
        'BEIRUT, Nov 30 (Wire) - Lebanon on Monday appealed to the UN Security Council to press Israel to withdraw '
        'from five hilltop positions its troops continue to occupy in southern Lebanon.',
        'REQUEST', ('LBN', None), ('UNO', None), None,
    ),
    (
        "Iran's foreign minister, who met the sultan of Oman in Muscat on Sunday, asked Oman to carry a new "
        'message to Washington about restarting nuclear talks.',
        'REQUEST', ('IRN', 'GOV'), ('OMN', None), None,
    ),
    (
        'Attacks by settlers on olive harvesters in the West Bank rose sharply in October, according to UN '
        'figures. The Palestinian foreign ministry on Tuesday called on the Arab League to convene its ministers '
        'urgently over the violence.',
        'REQUEST', ('PSE', None), ('IGO', None), None,
    ),
    (
        "AMMAN, Dec 1 (Wire) - Jordan summoned Israel's charge d'affaires in Amman on Tuesday over what it "
        'described as repeated incursions by settlers into the Al-Aqsa compound.',
        'ACCUSE', ('JOR', None), ('ISR', None), None,
    ),
    (
        "Iranian Revolutionary Guards boarded and seized a tanker flying Panama's flag near the Omani coast on "
        'Monday, U.S. officials said. On Tuesday the State Department accused Tehran of piracy and demanded the '
        'crew be freed.',
        'ACCUSE', ('USA', None), ('IRN', None), None,
    ),
    (
        'Moscow on Sunday condemned an Israeli strike near the Syrian city of Homs, calling it a flagrant breach '
        "of Syria's sovereignty.",
        'ACCUSE', ('RUS', None), ('ISR', None), None,
    ),
    (
        'JERUSALEM, Nov 30 (Wire) - Israel rejected on Monday a French proposal to deploy an international '
        "monitoring force in Gaza, the prime minister's office said.",
        'REJECT', ('ISR', None), ('FRA', None), None,
    ),
    (
        'Algeria said on Tuesday it had received an offer of talks from Morocco through a Gulf intermediary. The '
        'foreign minister dismissed it hours later as a public relations stunt, telling lawmakers there was '
        'nothing to discuss.',
        'REJECT', ('DZA', 'GOV'), ('MAR', None), None,
    ),
    (
        'U.S. officials had asked Egypt to send troops to Gaza as part of a stabilisation force. Cairo turned the '
        'idea down flatly on Sunday, two Egyptian officials said.',
        'REJECT', ('EGY', None), ('USA', None), None,
    ),
    (
        "Israel's defence minister threatened on Tuesday to resume air strikes on Beirut's southern suburbs if "
        'Hezbollah did not pull its fighters away from the border.',
        'THREATEN', ('ISR', 'GOV'), ('LBN', None), None,
    ),
    (
        "Washington warned Baghdad on Monday that it would restrict Iraq's access to its dollar reserves unless "
        'armed factions stopped attacking U.S. bases within 30 days.',
        'THREATEN', ('USA', None), ('IRQ', None), None,
    ),
    (
        'An Iranian navy commander said on Sunday that his forces would sink any foreign warship that entered '
        'Iranian waters without permission.',
        'THREATEN', ('IRN', 'MIL'), None, None,
    ),
    (
        'RABAT, Nov 29 (Wire) - Crowds of Moroccans, many of them students, poured into central Rabat on Sunday to '
        'voice anger at soaring food prices and youth unemployment.',
        'PROTEST', ('MAR', None), None, None,
    ),
    (
        "Hundreds of Jordanians rallied outside the U.S. embassy in Amman on Friday against Washington's veto of a "
        'Security Council resolution on Gaza.',
        'PROTEST', ('JOR', None), ('USA', None), None,
    ),
    (
        "A prisoners' rights group said on Monday that 120 Palestinian inmates in Israel's Ketziot prison had gone "
        'on hunger strike over the denial of family visits.',
        'PROTEST', ('PSE', None), ('ISR', None), None,
    ),
    (
        'ALGIERS, Dec 1 (Wire) - Algeria recalled its ambassador to Paris for consultations on Tuesday after '
        "France's interior minister called for tighter visa rules for Algerians.",
        'SANCTION', ('DZA', None), ('FRA', None), None,
    ),
    (
        'Bahrain accused Iran on Sunday of running a weapons-smuggling cell in Manama. Two Iranian diplomats were '
        'ordered to leave the kingdom within 72 hours, the foreign ministry said.',
        'SANCTION', ('BHR', None), ('IRN', None), None,
    ),
    (
        'Washington put on hold $300 million in military assistance to Egypt on Monday, citing human rights '
        'concerns, a State Department spokesperson said.',
        'SANCTION', ('USA', None), ('EGY', None), None,
    ),
    (
        "Iraq on Sunday denied that it had expelled Kuwait's ambassador, with a foreign ministry spokesman calling "
        'reports circulating on social media fabricated.',
        'SANCTION', ('IRQ', None), ('KWT', None), 'negated',
    ),
    (
        "TEL AVIV, Dec 1 (Wire) - Israel's military put its units on the northern border on heightened alert on "
        'Tuesday and called up two reserve brigades, an army spokesman said.',
        'MOBILIZE', ('ISR', 'MIL'), None, None,
    ),
    (
        'Fighting flared on Saturday around Kufra in southern Libya. Egyptian armoured units were rushed to the '
        'frontier the next day, security sources in Cairo said.',
        'MOBILIZE', ('EGY', 'MIL'), None, None,
    ),
    (
        "Iran's Revolutionary Guards launched three days of large-scale ground manoeuvres near the border with "
        "Iraq's Kurdistan region on Monday, state television reported.",
        'MOBILIZE', ('IRN', 'MIL'), None, None,
    ),
    (
        'BETHLEHEM, Nov 30 (Wire) - Israeli police detained two Palestinian journalists at a checkpoint north of '
        'Bethlehem on Monday and confiscated their cameras, a press freedom group said.',
        'COERCE', ('ISR', 'COP'), ('PSE', 'JRN'), None,
    ),
    (
        "Tunisia summoned Libya's ambassador on Wednesday after the detention by Libyan coastguards of 11 Tunisian "
        'fishermen off Zuwara.',
        'COERCE', ('LBY', None), ('TUN', None), None,
    ),
    (
        "Lebanon's General Security agency, which controls the country's border crossings, deported 340 Syrians "
        'over the weekend, a rights group said.',
        'COERCE', ('LBN', None), ('SYR', None), None,
    ),
    (
        'TYRE, Lebanon, Dec 1 (Wire) - An Israeli air strike on a car near Tyre killed three people on Tuesday, '
        "according to Lebanon's health ministry.",
        'ASSAULT', ('ISR', None), ('LBN', None), None,
    ),
    (
        'U.S. warplanes took off from a carrier in the Red Sea late on Saturday. Radar sites near the Yemeni port '
        'of Hodeidah were struck by the jets in several waves, the Saba news agency, which the Houthis control, '
        'said.',
        'ASSAULT', ('USA', 'MIL'), ('YEM', None), None,
    ),
    (
        "Turkey's defence ministry on Monday denied that Turkish aircraft had bombed a hamlet in Iraq's Duhok "
        'province, where local officials said two shepherds were killed.',
        'ASSAULT', ('TUR', None), ('IRQ', None), 'negated',
    ),
    (
        'Jordanian jets, which have repeatedly targeted smuggling networks across the border, bombed a farmhouse '
        "in Syria's Sweida province overnight, killing four people, local activists said.",
        'ASSAULT', ('JOR', 'MIL'), ('SYR', None), None,
    ),
]

#: passages with no act that happened
EMPTY: list[str] = [
    'Non-oil exports from Saudi Arabia grew 9.4 percent year on year in September to 27.3 billion riyals, the '
    'statistics authority said on Tuesday.',
    'Egyptians working abroad sent home $3.4 billion in October, up from $2.8 billion a year earlier, central bank '
    'figures showed.',
    'In a November survey of Tunisian adults, 61 percent named rising prices as their biggest worry, against 17 '
    'percent who cited joblessness.',
    "Road accidents have killed 3,212 people in Morocco since January, down 4 percent on last year's toll for the "
    'period, according to the national road safety agency.',
    "Independents won 212 of the 355 seats on Jordan's municipal councils, and turnout stood at 29 percent, final "
    'results showed.',
    "Egypt opposes any transfer of Gaza's population into Sinai and treats its eastern frontier as a red line.",
    'Iran insists that its uranium enrichment serves only civilian purposes and that it has every right to '
    'continue it.',
    "The IMF expects Jordan's economy to expand by 2.7 percent next year as tourism receipts gradually recover.",
    'Some diplomats in the Gulf believe Riyadh might eventually consider a formal relationship with Israel, though '
    'any such shift could take years.',
    "Lebanon's civil war lasted from 1975 to 1990, and the Taif Agreement of 1989 laid out the power-sharing "
    'system that still governs the country.',
    'The Ottoman railway to Medina opened in 1908 and was largely abandoned after 1920, its stations left to '
    'crumble in the desert.',
    "On Friday mornings, fishermen in Gaza City's port mend their nets and sell the night's catch from blue "
    'plastic crates on the quay.',
    'Raja Casablanca pressed high from the first whistle and their centre forward fired home twice as they sank '
    "Wydad 2-0 in Sunday's derby.",
    "Egypt's handball team overpowered Qatar 31-24 in the Arab Championship semi-final, with their goalkeeper "
    'blocking 14 shots.',
    'Aramco shares surrendered early gains on the Saudi bourse on Tuesday, closing down 0.8 percent as Brent crude '
    'slipped below $70 a barrel.',
    'A Dubai logistics group went hostile in its pursuit of a smaller Egyptian rival, dangling a 22 percent '
    'premium before its shareholders.',
    'An Israeli start-up rolled out a tool that lets banks bombard their own networks with fake phishing emails to '
    'test how staff respond.',
    'Researchers in Abu Dhabi found that a drought-tolerant strain of wheat withstood temperatures above 45 '
    'degrees Celsius in field trials.',
    'Falling water levels in Lake Assad are threatening irrigation for thousands of farms along the Euphrates, '
    'according to hydrologists.',
    'Car thieves in Greater Cairo tend to strike between midnight and dawn, usually targeting vehicles parked on '
    'unlit side streets.',
    "Snow is likely on Jordan's highlands on Thursday as a mass of cold air moves over the Levant, with heavy rain "
    'forecast for the Lebanese coast.',
    'A Tunisian drama swept four prizes at the film festival in Cairo, including best actress for its 23-year-old '
    'lead.',
    'Archaeologists unearthed a Byzantine mosaic showing hunting scenes beneath a car park in the Jordanian city '
    'of Jerash.',
    'The Iranian grandmaster gave up a bishop early in the middlegame, and his Azerbaijani opponent resigned six '
    'moves later.',
    'The Iraqi poet, whose verses on the southern marshes were taught in schools for decades, died in Baghdad at '
    'the age of 88.',
    'Lebanon recorded 412 new cases of cholera in November, most of them in the Akkar region, the health '
    "ministry's weekly bulletin showed.",
    'Hotel occupancy in Petra averaged 38 percent in the third quarter, well below the 71 percent recorded before '
    '2023, tourism board data showed.',
    'Villa prices in Dubai have doubled since 2020, and brokers say demand from foreign buyers shows little sign '
    'of easing.',
    "In Tripoli's old city, bakers fire up their ovens before dawn during Ramadan and hand out bread to neighbours "
    'after the evening prayer.',
    'Desert locust swarms invaded date palm groves in southern Algeria this autumn, and crop experts say more '
    'could arrive with spring winds.',
]

FLOORS = {"type": 0.85, "actor_code": 0.79, "actor_sector": 0.61, "recipient": 0.67, "pass": 0.61, "empty": 0.83}
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
    return _code([c[0] for c in STORIES], resources, "blind73")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind73-empty")


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


def test_blind73_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind73 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind73_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind73 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
