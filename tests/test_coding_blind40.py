"""A fortieth blind batch of event coding: short wire stories (one to three sentences) and passages with no
act, written for this test on 2026-12-01, before the coder was run on any of them, on quiet diplomacy and
its reversals: congratulations, apologies, pledges and promises, visits and calls, sanctions eased, vetoes,
offers turned down, hunger strikes and blockades, envoys summoned and recalled, talks suspended, visas
refused, aid pledged and frozen, in every region, with several acts told with a number (released 14
prisoners, expelled three diplomats, pledged 200 million euros). About half of the stories are plain wire
copy, the other half harder: reported speech, attribution after the clause, passives with "by", nominal
events, titles for names, capitals for states, nationality adjectives, pronouns resolved from the sentence
before, phrasal verbs and relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international
bodies: UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR). An act
announced for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional,
THREATEN, 13; signing a formal agreement and an apology are SUPPORT, 057, 055; lifting a ban, easing
sanctions and accepting demands are CONCEDE; extradition, joint exercises and shared intelligence are
COOPERATE, 06; asylum granted is AID; a release of prisoners, a pullback of troops and property handed back
are RETREAT; summoning an ambassador is ACCUSE, 114; a veto and a refused visa are REJECT; an ambassador
recalled, diplomats expelled, aid frozen and talks suspended are SANCTION, 16; a joint act ("X and Y held
exercises") has its first side as actor and no recipient, as PLOVER-GSR codes it; a denial "X denied that it
had ..." gives the modality "negated". A sector is given only where it is clear-cut (ministers GOV, soldiers
MIL, police COP); a bare state, a capital, authorities and gunmen get the code only.

A story passes when the coder gives, for its text, at least one event of the expected type whose actors
include the expected actor (and sector, where one is given), whose recipients include the expected
recipient where one is given, and whose modality is the expected one where one is given.

The EMPTY passages report no act that happened: statistics, polls, tallies, standing positions in the simple
present, forecasts, hedged speculation, background history with years, habits, and political verbs used in
the senses of sport, business, science, technology and crime reporting (a side that "attacked", shares that
"retreated", a bank that "deployed" software). One passes when the coder gives no event with the modality
"asserted" or "reported".

Nothing comes from a gold set, the seed, the news or the demo corpus: every text was checked with
/tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and tests, and none was
found. The batch was written without reading the coder's code, lexicons, rules or output.

FIRST RUN, on commit 4893a44 (the fourth 2026-12-01 session's starting coder, 50def54, plus one rule for a
vehicle that came under fire): the type found in 45 of 50 stories (0.900); the actor code right on an event of
the type in 45 (0.900); code and sector in 11 of the 13 that give a sector (0.846); the recipient right in 35
of the 41 that give one (0.854); **43 of 50 passing (0.860)**; 22 of 25 empty passages left empty. Held back:
its misses were not printed or read; it is run again on the session's final coder.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: 43 of 50 passing and 22 of 25 empty on both, as at its first run. Still not
read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750, beside that session's starting
coder 24820a3: 43 of 50 passing on both.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: the type found in 45 of 50 stories (0.900); the actor code right on an event
of the type in 45 (0.900); code and sector in 11 of the 13 that give a sector (0.846); the recipient right in
35 of the 41 that give one (0.854); **43 of 50 passing (0.860)**; 22 of 25 empty passages left empty; the same
on both. Its misses were not printed or read.
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
    # --- AGREE (aid pledged with a number, plain; intent to negotiate announced for the future, capitals,
    # attribution after the clause; a promise by a title with "he" resolved from the sentence before)
    ("Germany pledged 200 million euros on Monday to help Moldova rebuild its electricity grid before the "
     "heating season.",
     "AGREE", ("DEU", None), ("MDA", None), None),
    ("Seoul will send a trade delegation to Hanoi next month to open negotiations on a bilateral "
     "investment treaty, South Korea's commerce ministry said on Thursday.",
     "AGREE", ("KOR", None), ("VNM", None), None),
    ("Argentina's foreign minister flew to Santiago on Wednesday amid a quarrel over fishing rights in the "
     "Beagle Channel. He promised his Chilean counterpart that a disputed coastguard vessel would leave the "
     "area within ten days.",
     "AGREE", ("ARG", "GOV"), ("CHL", "GOV"), None),
    # --- CONSULT (hosted for talks, plain; a visit as a nominal apposition; a telephone call in reported
    # speech; a denial of secret talks, negated)
    ("Kenya's president hosted Tanzania's foreign minister in Nairobi on Tuesday for talks on reopening a "
     "border crossing closed since March.",
     "CONSULT", ("KEN", "GOV"), ("TZA", "GOV"), None),
    ("Norway's foreign minister arrived in Bogota on Sunday, the first trip to Colombia by a senior "
     "European official since the guerrilla negotiations stalled last spring.",
     "CONSULT", ("NOR", "GOV"), ("COL", None), None),
    ("Ukraine's foreign minister said he had spoken by phone with his Turkish counterpart late on Friday "
     "about keeping Black Sea shipping lanes open through the winter.",
     "CONSULT", ("UKR", "GOV"), ("TUR", "GOV"), None),
    ("The Kremlin denied on Tuesday that its envoy had met Ukrainian officials in secret in Istanbul "
     "earlier this month.",
     "CONSULT", ("RUS", None), ("UKR", "GOV"), "negated"),
    # --- SUPPORT (congratulations, plain; an apology by a government for a colonial war; a signing told in
    # the passive with "by", a joint act)
    ("Brazil's president congratulated Uruguay's president-elect on Monday, praising what he called a "
     "campaign free of bitterness.",
     "SUPPORT", ("BRA", "GOV"), ("URY", None), None),
    ("The Dutch government formally apologised to Indonesia on Thursday for the mass executions carried out "
     "by its soldiers during the 1945-49 independence struggle.",
     "SUPPORT", ("NLD", "GOV"), ("IDN", None), None),
    ("A reciprocal access accord letting each side's forces exercise on the other's territory was put to "
     "paper at a ceremony on Friday by the defence ministers of the Philippines and Australia.",
     "SUPPORT", ("PHL", "GOV"), None, None),
    # --- CONCEDE (a ban lifted, reported with a capital; sanctions eased, plain; a union's demand accepted
    # after a nominal context clause)
    ("Beijing said on Friday it had lifted a ban on beef imports from Lithuania, eighteen months after the "
     "two governments fell out over a Taiwanese office in Vilnius.",
     "CONCEDE", ("CHN", None), ("LTU", None), None),
    ("The United States eased sanctions on Venezuela's oil sector on Wednesday after Caracas fixed a "
     "timetable for presidential elections.",
     "CONCEDE", ("USA", None), ("VEN", None), None),
    ("Facing a fourth week of stoppages at ports and hospitals, the Nigerian government accepted the labour "
     "unions' demand for a higher minimum wage on Tuesday.",
     "CONCEDE", ("NGA", "GOV"), ("NGA", "LAB"), None),
    # --- COOPERATE (extradition with a number, plain; joint naval drills with nationality adjectives, a
    # joint act; intelligence shared, attribution after the clause)
    ("Colombia extradited 11 suspected cocaine traffickers to the United States on Thursday, including a "
     "former mayor of a Pacific port town.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("Indian and French warships began a week of anti-submarine drills off the coast of Goa on Monday.",
     "COOPERATE", ("IND", None), None, None),
    ("Moroccan intelligence passed details of a suspected militant cell to Spanish police, officials in "
     "Rabat said on Friday.",
     "COOPERATE", ("MAR", None), ("ESP", "COP"), None),
    # --- AID (relief flown in, plain; asylum granted to an opposition figure; food delivered, passive
    # with "by" a UN agency)
    ("Canada airlifted 60 tonnes of tents, water purification kits and medicine to Malawi on Saturday after "
     "floods swept away thousands of homes.",
     "AID", ("CAN", None), ("MWI", None), None),
    ("Costa Rica gave refuge on Monday to an exiled Nicaraguan opposition leader who had slipped "
     "across the border on foot.",
     "AID", ("CRI", None), ("NIC", "OPP"), None),
    ("Emergency rations for 300,000 people were trucked into northern Burkina Faso on Wednesday by the "
     "World Food Programme.",
     "AID", ("UNO", None), ("BFA", None), None),
    # --- RETREAT (prisoners released with a number, plain; troops pulled out, a phrasal verb; looted
    # objects handed back, a phrasal verb)
    ("Azerbaijan released 14 Armenian soldiers captured during last year's fighting on Thursday, the first "
     "such gesture in months.",
     "RETREAT", ("AZE", None), ("ARM", None), None),
    ("France pulled its last 1,500 soldiers out of Niger on Friday, ending a decade-long presence that the "
     "junta in Niamey had denounced.",
     "RETREAT", ("FRA", None), ("NER", None), None),
    ("Belgium handed back 84 masks and carvings taken during colonial rule to the Democratic Republic of "
     "Congo at a ceremony in Kinshasa on Saturday.",
     "RETREAT", ("BEL", None), ("COD", None), None),
    # --- REQUEST (urged by a UN title, plain; a formal request with capitals; an appeal by the EU's
    # foreign policy chief with a relative clause)
    ("The UN secretary-general urged Myanmar's military rulers on Monday to free every political detainee "
     "before the planned elections.",
     "REQUEST", ("UNO", None), ("MMR", "MIL"), None),
    ("Lima formally asked La Paz on Tuesday to hand over a former Peruvian congressman wanted on "
     "corruption charges.",
     "REQUEST", ("PER", None), ("BOL", None), None),
    ("The EU's top diplomat appealed to Belgrade and Pristina to come back to the "
     "negotiating table, which both sides abandoned in June.",
     "REQUEST", ("EUR", None), ("SRB", None), None),
    # --- ACCUSE (an ambassador summoned, plain; an NGO's accusation; "it" resolved from the sentence
    # before)
    ("Algeria on Sunday summoned France's envoy over remarks by a Paris minister about the colonial "
     "era.",
     "ACCUSE", ("DZA", None), ("FRA", None), None),
    ("Human Rights Watch accused Egyptian security forces on Wednesday of torturing detained students in a "
     "Cairo police station.",
     "ACCUSE", ("NGO", None), ("EGY", None), None),
    ("Ethiopia's foreign ministry issued a lengthy statement on the fighting near the western frontier late "
     "on Thursday. It charged Khartoum with sheltering and arming rebel fighters.",
     "ACCUSE", ("ETH", "GOV"), ("SDN", None), None),
    # --- REJECT (a veto, plain; visas refused with a number; a mediation offer turned down, passive with
    # "by")
    ("Russia on Tuesday vetoed a Security Council text that would have extended cross-border aid "
     "deliveries into northwest Syria.",
     "REJECT", ("RUS", None), None, None),
    ("India refused visas on Friday to 12 Pakistani reporters who had planned to cover a regional summit "
     "in New Delhi.",
     "REJECT", ("IND", None), ("PAK", "JRN"), None),
    ("A Turkish offer to host peace talks in Istanbul was turned down on Thursday by Armenia's foreign "
     "ministry, which said neutral ground was needed.",
     "REJECT", ("ARM", "GOV"), ("TUR", None), None),
    # --- THREATEN (a threat to shoot down aircraft, plain; a conditional veto threat in reported speech;
    # a warning of expulsion with a condition)
    ("North Korea on Sunday threatened to shoot down American reconnaissance aircraft that fly near its "
     "eastern coast.",
     "THREATEN", ("PRK", None), ("USA", None), None),
    ("Hungary will veto the bloc's next funding tranche for Kyiv unless Brussels unlocks money it froze "
     "over rule-of-law concerns, Budapest's top diplomat told reporters on Monday.",
     "THREATEN", ("HUN", None), ("EUR", None), None),
    ("Somalia warned Ethiopia on Wednesday that it would expel its ambassador if Addis Ababa pressed "
     "ahead with a harbour agreement with breakaway Somaliland.",
     "THREATEN", ("SOM", None), ("ETH", None), None),
    # --- PROTEST (teachers marching with a number, plain; a hunger strike by prisoners; a road blockade
    # with a nominal reason)
    ("About 20,000 teachers marched through central Buenos Aires on Thursday demanding back pay.",
     "PROTEST", ("ARG", "EDU"), None, None),
    ("Dozens of jailed activists in Bahrain began a hunger strike on Saturday, their relatives said, to "
     "protest being denied family visits.",
     "PROTEST", ("BHR", None), None, None),
    ("Angry at the arrival of cheap grain from across the eastern border, farmers in Poland blocked main "
     "roads with tractors on Friday.",
     "PROTEST", ("POL", None), None, None),
    # --- SANCTION (diplomats expelled with a number, plain; an ambassador recalled, a capital; aid frozen,
    # passive with "by"; talks suspended)
    ("Russia expelled three Estonian diplomats on Tuesday in retaliation for a similar move by Tallinn "
     "last month.",
     "SANCTION", ("RUS", None), ("EST", None), None),
    ("Chile recalled its ambassador from Managua on Saturday after Nicaragua stripped 94 critics of their "
     "citizenship.",
     "SANCTION", ("CHL", None), ("NIC", None), None),
    ("Development assistance to Uganda worth 30 million euros was frozen on Monday by the Dutch government, "
     "which objected to a new law on public gatherings.",
     "SANCTION", ("NLD", "GOV"), ("UGA", None), None),
    ("Pakistan suspended trade talks with Afghanistan's Taliban administration on Monday after a bombing "
     "at a border post in Khyber Pakhtunkhwa.",
     "SANCTION", ("PAK", None), ("AFG", None), None),
    # --- MOBILIZE (an alert level raised, plain; police deployed with a number; troops moved to a border,
    # attribution after the clause)
    ("Taiwan raised the readiness of its military to a higher level on Thursday after 30 Chinese warplanes "
     "flew across the strait's median line.",
     "MOBILIZE", ("TWN", None), None, None),
    ("Peru deployed 4,000 police officers across Lima on Wednesday ahead of planned demonstrations against "
     "Congress.",
     "MOBILIZE", ("PER", None), None, None),
    ("Venezuela moved troops and armoured vehicles toward its eastern frontier with Guyana over the "
     "weekend, according to satellite imagery reviewed by analysts.",
     "MOBILIZE", ("VEN", None), None, None),
    # --- COERCE (journalists detained with a number, plain; refugees deported with a number; tankers seized
    # by a force with a relative clause)
    ("Turkish police detained 23 journalists in dawn raids in Istanbul and Diyarbakir on Tuesday.",
     "COERCE", ("TUR", "COP"), ("TUR", "JRN"), None),
    ("Pakistan on Saturday deported upwards of 1,200 Afghan refugees through the Torkham crossing.",
     "COERCE", ("PAK", None), ("AFG", "REF"), None),
    ("Iran's Revolutionary Guards, who had warned Athens over the confiscation of an Iranian cargo in "
     "the spring, seized two Greek tankers in the Gulf on Friday.",
     "COERCE", ("IRN", None), ("GRC", None), None),
    # --- ASSAULT (villagers killed by gunmen with a number, plain; air strikes, nationality adjective;
    # strikes across a border, attribution after the clause)
    ("Gunmen killed 12 villagers in central Mali's Mopti region on Sunday.",
     "ASSAULT", ("MLI", None), ("MLI", "CVL"), None),
    ("Israeli jets struck what the army said were weapons depots in southern Lebanon overnight.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
    ("Pakistani aircraft bombed positions inside Afghanistan's Paktika province on Monday, Taliban officials "
     "said, a day after militants ambushed an army convoy.",
     "ASSAULT", ("PAK", None), ("AFG", None), None),
]

#: passages that report no act that happened
EMPTY: list[str] = [
    "Some 58 percent of Canadians say ties with Washington have soured in the last twelve months, a "
    "survey by the Angus Reid Institute published on Monday found.",
    "Remittances to Nepal rose 11 percent in the fiscal year ending in mid-July and now equal almost one "
    "quarter of Nepal's economic output.",
    "Switzerland does not join military alliances and traditionally represents the interests of states "
    "that keep no embassies in each other's capitals.",
    "Economists expect the Bank of Ghana to keep its policy rate unchanged at 27 percent when its monetary "
    "committee gathers next week.",
    "Analysts said the foreign minister could conceivably travel to Beijing before year's end, "
    "though no trip has been scheduled.",
    "Egypt and Israel concluded their peace treaty in 1979, and the Sinai peninsula was handed back in "
    "stages over the following three years.",
    "Every August, Japanese prime ministers send a sacred tree as an offering to the Yasukuni war shrine "
    "rather than going there in person.",
    "Liverpool attacked relentlessly after the interval but a compact Atalanta "
    "defence held firm.",
    "Shares in the Brazilian miner retreated 4 percent on Wednesday as iron ore futures slipped in "
    "Singapore.",
    "The lender deployed an upgraded fraud-screening system in all 900 of its branches during the last "
    "quarter, its annual report shows.",
    "Researchers found that the new variant invades cells lining the airways far more aggressively than "
    "its predecessors.",
    "The film follows a small-town detective who eventually arrests her own brother for a string of "
    "burglaries.",
    "The Indian grandmaster crushed her Norwegian opponent in 31 moves to go top of the standings at the "
    "Candidates tournament.",
    "Of the 193 United Nations member states, 142 maintain an embassy in Addis Ababa, the Ethiopian "
    "diplomatic directory shows.",
    "Austria remains neutral under its constitution and has no plans to seek membership of NATO.",
    "The IMF projects that Sri Lanka's output will expand by about 3 percent next year as tourist arrivals "
    "recover.",
    "If the talks collapse, diplomats say, the bloc might consider fresh restrictions, but no decision "
    "is likely before the spring.",
    "Investors punished the airline's stock on Tuesday after it warned of softer summer bookings.",
    "The Fijian winger broke through two tackles, but the visitors surrendered their lead in the final "
    "minute.",
    "The update blocks suspicious logins and bans accounts that send spam in bulk.",
    "Algeria won its independence from France in 1962 after nearly eight years of war.",
    "Kenya received 2.1 million international visitors in 2024, up from 1.9 million a year earlier, the "
    "tourism ministry said.",
    "Security firms say the hacking group targets hospitals and town halls, typically demanding ransom in "
    "cryptocurrency.",
    "The striker signed a four-year contract with the Saudi club, which reportedly beat two English sides "
    "for his signature.",
    "A cold front swept into the Argentine pampas overnight, pushing temperatures below freezing across "
    "Cordoba province.",
]

FLOORS = {"type": 0.89, "actor_code": 0.89, "actor_sector": 0.81, "recipient": 0.84, "pass": 0.85,
          "empty": 0.85}
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
    return _code([c[0] for c in STORIES], resources, "blind40")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind40-empty")


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


def test_blind40_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind40 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind40_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind40 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
