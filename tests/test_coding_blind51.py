"""A fifty-first blind batch of event coding: short wire stories (one to three sentences) and passages with no
act, written for this test on 2026-12-01, before the coder was run on any of them, on Africa, South Asia and
Southeast Asia over one week, the way the desks of Reuters, AFP and ANI write it: kidnappings and army raids
in Nigeria, Ethiopia's quarrel with Eritrea and its Amhara war, street protests in Kenya, Bangladesh's interim
government and its courts, Myanmar's resistance and the junta's air strikes, Thailand's border talks with
Cambodia, debt aid for Sri Lanka, the Philippines and China at sea, with a few partners from other continents
and some international bodies. Many acts are told through officials' titles, nationality adjectives and
relative clauses. About half of the stories are plain wire copy (promised, held talks, signed, praised,
lifted, held joint drills, released budget support, called on, accused, summoned, rejected, warned, marched,
began a hunger strike, banned imports, deployed, arrested, imposed a curfew, raided), the other half harder:
reported speech, attribution after the clause, passives with "by", nominal events, titles instead of names,
capitals for states, nationality adjectives, pronouns resolved from the sentence before, phrasal verbs and
idioms, relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
the UN and its agencies UNO, other intergovernmental bodies such as the IMF and the African Union IGO, NGOs
such as Amnesty International NGO, the European Union EUR). An act announced for the future is an expression
of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal agreement and
praise are SUPPORT, 05, 057; lifting a ban or a curfew, easing restrictions and accepting demands are CONCEDE,
08; joint drills, intelligence sharing and extradition are COOPERATE, 06; budget support, airlifted relief and
asylum are AID, 07; a release of prisoners, a pullback of troops and a declared ceasefire are RETREAT, 0841,
087; summoning an envoy is ACCUSE, 114; refusing to sign a bill is REJECT, 12; an embargo, an envoy expelled
and aid halted are SANCTION, 16; troops or police sent out and live-fire drills as a show of force are
MOBILIZE, 15; arrests, detentions, deportations and curfews are COERCE, 17. For a joint act ("X and Y signed",
"X and Y held drills") the coder codes both sides as actors with no recipient, as PLOVER-GSR does, so the
first side is given as the actor and the recipient as None. A sector is given only where it is clear-cut (a
minister GOV, soldiers MIL, police COP, a court JUD); for a bare state name, a capital, "authorities",
protesters or gunmen only the code is checked.

Two kinds of case:

- STORIES: a story passes when the coder gives, for its text, at least one event of the expected type whose
  actors include the expected actor (code, and sector when one is given), whose recipients include the
  expected recipient when one is given, and whose modality is the expected one when one is given. The
  figures are the share of stories with an event of the right type, with the right actor code among those
  events, with the right actor sector (of the stories that give one), with the right recipient (of the
  stories that give one), and the share that pass.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and political
  verbs in sports, business, science, technology and wildlife senses (a team that attacked, shares that
  retreated, a firm that deployed software). A passage passes when the coder gives no event with the modality
  "asserted" or "reported".

Every text is the author's own writing. Every text was checked with /tmp/ew/overlap.py for six-word runs
shared with the gold data, the seed, the news, the demo corpus and the tests, and none was found. The batch
was written without reading the coder's code, lexicons and rules or any other blind batch's stories.

FIRST RUN, held back and never read (written by a helper at the start of the seventh 2026-12-01 session): run
once at its end, on its starting code (b0fff45) and on its final code (1b77d9d): the type found in 44 of 50
stories (0.880); the actor code right on an event of the type in 43 (0.860); code and sector in 18 of the 22
that give a sector (0.818); the recipient right in 21 of the 30 that give one (0.700); **39 of 50 passing
(0.780)**; 24 of 25 empty passages left empty, on both.
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
    # --- AGREE (0331 plain promise of a loan; 036 intent to meet in reported speech with a capital and the
    # attribution after the clause; 0311 a promise by a title with a relative clause)
    ("Japan promised on Monday to help Sri Lanka rebuild two storm-damaged ports, offering a $400 million "
     "loan on softer terms than its earlier credit lines.",
     "AGREE", ("JPN", None), ("LKA", None), None),
    ("The two neighbours broke off their last round of border negotiations in August. Thailand will send a "
     "delegation to Phnom Penh next month to reopen the talks, the Thai foreign minister told reporters in "
     "Bangkok on Wednesday.",
     "AGREE", ("THA", None), ("KHM", None), None),
    ("The Kenyan president, who has faced a week of street protests over new taxes, pledged on Friday to cut"
     " the salaries of his cabinet secretaries by a third from January.",
     "AGREE", ("KEN", "GOV"), None, None),

    # --- CONSULT (040 plain meeting of titles; 042 a visit with talks, the actor resolved by a pronoun from
    # the sentence before; 040 talks by an IMF mission with officials named by a nationality adjective)
    ("Bangladesh's interim leader met India's visiting foreign secretary in Dhaka on Tuesday, with the "
     "Teesta river dispute and idle cross-border rail links high on their agenda.",
     "CONSULT", ("BGD", "GOV"), ("IND", "GOV"), None),
    ("Ethiopia's prime minister flew to Nairobi on Thursday for a one-day trip. There he held talks with the"
     " Kenyan president on a highway and pipeline corridor to the port of Lamu.",
     "CONSULT", ("ETH", "GOV"), ("KEN", "GOV"), None),
    ("A mission from the International Monetary Fund sat down in Colombo on Monday with Sri Lankan finance "
     "ministry officials to review the island's progress before the next tranche of its bailout.",
     "CONSULT", ("IGO", None), ("LKA", "GOV"), None),

    # --- SUPPORT (057 a joint signing; 051 praise by an African Union title; 051 backing told with a capital
    # and "its ally" resolved from the sentence before)
    ("Thailand and Cambodia signed an accord on Wednesday to clear landmines from a 60-kilometre stretch of "
     "their shared frontier with help from Japanese deminers.",
     "SUPPORT", ("THA", None), None, None),
    ("The head of the African Union's executive arm praised Kenya on Saturday for leading the multinational "
     "police force in Haiti, calling the mission a model of African solidarity.",
     "SUPPORT", ("IGO", None), ("KEN", None), None),
    ("Manila said a Chinese coast guard vessel had turned a water cannon on one of its supply boats near "
     "Second Thomas Shoal. Hours later Washington came out in support of its ally, saying in a statement "
     "that the United States stood firmly with the Philippines.",
     "SUPPORT", ("USA", None), ("PHL", None), None),

    # --- CONCEDE (0812 a curfew lifted by a state governor; 083 demands accepted, an idiom; 081 a ban
    # lifted, told in the passive with "by" and a nationality adjective)
    ("Plateau state's governor lifted the dusk-to-dawn curfew in Jos on Thursday, saying a week without "
     "clashes between herders and farmers had restored calm to the Nigerian city.",
     "CONCEDE", ("NGA", "GOV"), None, None),
    ("Demonstrators had filled the centre of Nairobi for nine days. On Tuesday the Kenyan government bowed "
     "to their demands and withdrew every tax increase in the finance bill.",
     "CONCEDE", ("KEN", "GOV"), None, None),
    ("The ban on Cambodian fruit and vegetable imports that Bangkok imposed in July was lifted on Monday by "
     "the Thai commerce ministry, which cited progress at the border talks.",
     "CONCEDE", ("THA", "GOV"), ("KHM", None), None),

    # --- COOPERATE (06 joint drills told with nationality adjectives; 063 an extradition told with a phrasal
    # verb; 064 intelligence sharing with the attribution after the clause)
    ("Australian and Philippine warships held three days of joint drills off the island of Palawan, the "
     "Philippine navy said on Sunday.",
     "COOPERATE", ("AUS", "MIL"), None, None),
    ("Malaysia handed over to Bangladesh on Monday a former police chief who is wanted in Dhaka over the "
     "shooting of student demonstrators last year.",
     "COOPERATE", ("MYS", None), ("BGD", None), None),
    ("Nigeria has begun passing intelligence on Boko Haram movements around Lake Chad to the government in "
     "N'Djamena, the Nigerian defence headquarters said on Friday.",
     "COOPERATE", ("NGA", None), ("TCD", None), None),

    # --- AID (071 budget support released by the EU; 073 relief flown in, told in the passive with "by";
    # 075 asylum granted, with the attribution after the clause)
    ("The European Union released 120 million euros in budget support for Sri Lanka on Thursday, money meant"
     " to protect cash handouts to the poorest families.",
     "AID", ("EUR", None), ("LKA", None), None),
    ("Rice, tents and water purifiers were flown into Myanmar's quake-stricken city of Mandalay on Sunday by"
     " Indian air force transport planes.",
     "AID", ("IND", "MIL"), ("MMR", None), None),
    ("Authorities in Accra have granted political asylum to a onetime Burkinabe lieutenant whom the junta in"
     " Ouagadougou accuses of plotting a coup, Ghana's interior ministry said on Friday.",
     "AID", ("GHA", None), ("BFA", None), None),

    # --- RETREAT (0841 prisoners set free, a phrasal verb; 0871 troops pulled back, the actor a pronoun
    # resolved from the sentence before; 0872 a truce declared by a rebel group named in an apposition)
    ("Myanmar's military rulers set free more than 4,000 inmates on Friday to mark the full moon of "
     "Thadingyut, but lawyers said hardly any political detainees were on the lists.",
     "RETREAT", ("MMR", None), None, None),
    ("The Ethiopian army moved two mechanised brigades up to the Eritrean frontier in the spring. On Monday "
     "it pulled them back to their barracks near Mekelle, a regional official said.",
     "RETREAT", ("ETH", "MIL"), None, None),
    ("The Arakan Army, an ethnic armed group that now governs most of the Rakhine region on Myanmar's "
     "western coast, declared a one-sided truce on Saturday so that aid could reach cyclone victims.",
     "RETREAT", ("MMR", "REB"), None, None),

    # --- REQUEST (020 a call by the UN; 0234 a request told with capitals and the attribution after the
    # clause; 020 an appeal by an NGO to authorities named by a nationality adjective)
    ("The United Nations on Tuesday called on Myanmar's generals to stop bombing villages and to let relief "
     "convoys into areas cut off by the fighting.",
     "REQUEST", ("UNO", None), ("MMR", "MIL"), None),
    ("Dhaka has formally asked New Delhi to return the deposed prime minister, who has lived in India since "
     "her government fell, an adviser to the Bangladeshi foreign ministry told reporters on Monday.",
     "REQUEST", ("BGD", None), ("IND", None), None),
    ("Amnesty International appealed to Kenyan authorities on Sunday to open an independent inquiry into the"
     " deaths of at least 19 people during the protests.",
     "REQUEST", ("NGO", None), ("KEN", None), None),

    # --- ACCUSE (112 plain accusation; 114 an envoy summoned by a ministry; 112 a charge with capitals in
    # reported speech and the speaker after the clause)
    ("The Philippines accused China on Monday of deliberately ramming a fisheries patrol boat near "
     "Scarborough Shoal and injuring two of its crew.",
     "ACCUSE", ("PHL", None), ("CHN", None), None),
    ("India's external affairs ministry summoned the second-ranking Bangladeshi diplomat in New Delhi on "
     "Wednesday over the vandalising of Hindu shrines in two northern districts.",
     "ACCUSE", ("IND", "GOV"), ("BGD", None), None),
    ("Asmara is trying to destabilise northern Ethiopia by arming militias in Tigray, the Ethiopian foreign "
     "minister charged in a letter sent on Thursday to the U.N. secretary-general.",
     "ACCUSE", ("ETH", "GOV"), ("ERI", None), None),

    # --- REJECT (120 a proposal rejected; 120 a complaint dismissed, told with a capital and a spokeswoman
    # after the clause; 129 a president refusing to sign a bill, with a relative clause)
    ("Cambodia rejected on Tuesday a Thai proposal to redraw the boundary around three disputed temples, "
     "insisting the case be taken to the International Court of Justice.",
     "REJECT", ("KHM", None), ("THA", None), None),
    ("The Philippine foreign ministry lodged a complaint over the ramming. Beijing dismissed it as "
     "groundless on Tuesday, a foreign ministry spokeswoman told a regular briefing.",
     "REJECT", ("CHN", None), ("PHL", None), None),
    ("Kenya's president declined on Wednesday to sign a bill that would have let police hold suspects for 30"
     " days without charge, sending it back to the National Assembly.",
     "REJECT", ("KEN", "GOV"), None, None),

    # --- THREATEN (138 a warning of force; 1312 an ultimatum by kidnappers named in a relative clause, with
    # the attribution after; 130 a warning told with capitals)
    ("Ethiopia warned Eritrea on Tuesday that it would answer any incursion across their border with "
     "overwhelming force.",
     "THREATEN", ("ETH", None), ("ERI", None), None),
    ("The gunmen who abducted 25 schoolgirls in Nigeria's Kebbi state on Monday have threatened to kill them"
     " unless a ransom of 100 million naira is paid within a week, a local official said.",
     "THREATEN", ("NGA", None), None, None),
    ("Beijing warned Manila on Thursday that it would take resolute countermeasures if Philippine vessels "
     "kept trying to resupply the grounded warship.",
     "THREATEN", ("CHN", None), ("PHL", None), None),

    # --- PROTEST (141 a march; 143 a strike by doctors; 142 a hunger strike by a student leader named in a
    # relative clause, the attribution after)
    ("Tens of thousands of Kenyans marched through downtown Nairobi on Tuesday, chanting against police "
     "brutality and the soaring price of maize flour and fuel.",
     "PROTEST", ("KEN", None), None, None),
    ("Resident doctors across Nigeria walked off the wards on Monday in an open-ended strike, saying the "
     "health ministry had not paid their hazard allowances for five months.",
     "PROTEST", ("NGA", "MED"), None, None),
    ("A Bangladeshi student leader who was jailed last month began a hunger strike in his cell on Sunday to "
     "demand a fair trial, his lawyer said.",
     "PROTEST", ("BGD", "EDU"), None, None),

    # --- SANCTION (163 an embargo on imports; 1661 an envoy expelled, with the attribution after; 1621 aid
    # halted by a state from another continent)
    ("Cambodia banned all imports of Thai fuel, fruit and vegetables on Sunday as the dispute over the "
     "border temples deepened.",
     "SANCTION", ("KHM", None), ("THA", None), None),
    ("Ethiopia ordered the Eritrean ambassador to leave Addis Ababa within 72 hours, state television "
     "reported on Friday.",
     "SANCTION", ("ETH", None), ("ERI", None), None),
    ("The United States halted $150 million in security assistance to Nigeria on Wednesday, citing reports "
     "that soldiers had killed unarmed villagers during raids in the northeast.",
     "SANCTION", ("USA", None), ("NGA", None), None),

    # --- MOBILIZE (154 troops deployed; 155 riot police sent out, told in the passive with "by"; 15 live-fire
    # drills as a show of force, with a signing in the sentence before)
    ("Thailand deployed two extra infantry battalions along its frontier with Cambodia on Monday after a "
     "soldier was wounded by a landmine.",
     "MOBILIZE", ("THA", None), None, None),
    ("Riot police and soldiers were sent out across the Bangladeshi capital on Sunday by the interim "
     "government before a rally called by supporters of the former ruling party.",
     "MOBILIZE", ("BGD", "GOV"), None, None),
    ("Manila and Tokyo signed a reciprocal access pact for their armed forces on Friday. A day later the "
     "Chinese navy staged live-fire drills in waters close to Scarborough Shoal.",
     "MOBILIZE", ("CHN", "MIL"), None, None),

    # --- COERCE (173 plain arrests; 173 a detention ordered by a court of a former minister; 1724 a curfew
    # imposed by an army; 174 deportations told in the passive with "by")
    ("Kenyan police arrested more than 200 protesters in Nairobi and Mombasa on Tuesday, an independent "
     "police oversight body said.",
     "COERCE", ("KEN", "COP"), None, None),
    ("A court in Dhaka ordered on Wednesday that a former commerce minister be held in custody for a week "
     "while detectives question him over the killings of demonstrators.",
     "COERCE", ("BGD", "JUD"), ("BGD", "ELI"), None),
    ("The Thai army imposed an overnight curfew on five districts along the Cambodian frontier on Wednesday,"
     " citing the danger of cross-border shelling.",
     "COERCE", ("THA", "MIL"), None, None),
    ("More than 300 Myanmar nationals were deported from Malaysia on Monday by its immigration department, "
     "which said they had overstayed their work permits.",
     "COERCE", ("MYS", None), ("MMR", None), None),

    # --- ASSAULT (190 villagers killed by gunmen; 195 an air strike told in the passive with "by"; 190 a raid
    # with the attribution after; 194 shelling by forces named with a relative clause)
    ("Gunmen on motorcycles swept into a farming village in Zamfara state in northwest Nigeria on Sunday and"
     " shot dead at least 14 villagers before torching a grain store.",
     "ASSAULT", ("NGA", None), ("NGA", "CVL"), None),
    ("A monastery school in Myanmar's Sagaing region was struck on Friday by junta warplanes, and at least "
     "20 children were killed, resistance fighters said.",
     "ASSAULT", ("MMR", None), None, None),
    ("Nigerian troops raided a Boko Haram hideout on the edge of Sambisa forest on Wednesday and killed 30 "
     "insurgents, an army spokesman said.",
     "ASSAULT", ("NGA", "MIL"), ("NGA", "REB"), None),
    ("Ethiopian federal forces, who have been fighting Fano militiamen in the Amhara region for two years, "
     "shelled the town of Debre Markos on Thursday, residents said.",
     "ASSAULT", ("ETH", "MIL"), None, None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Consumer prices in Nigeria climbed 23.7 percent from a year earlier in October, slowing from 24.2 "
    "percent in September, official data released on Monday showed.",
    "A survey of 2,000 Kenyan adults published by a Nairobi research firm found that 61 percent think the "
    "country is heading in the wrong direction.",
    "More than 3.5 million people in Myanmar have been uprooted by fighting since the military took power, "
    "U.N. figures show.",
    "Cambodia holds that the disputed temples along the frontier lie on its side of a map drawn by French "
    "surveyors in 1907.",
    "Economists reckon Sri Lanka's output could grow around 4 percent in the coming year, lifted by "
    "returning holidaymakers and steady remittances.",
    "Analysts say the Thai army might seek a bigger role in the border negotiations if the civilian "
    "coalition looks weak, though nothing of the kind has happened so far.",
    "Bangladesh gained independence in 1971, when Indian forces joined Bengali guerrillas in a war against "
    "Pakistan that lasted nine months.",
    "Fishermen from the Philippine province of Zambales usually sail out to the shoal at the start of the "
    "dry season, when the sea is calmest.",
    "Nigeria's Super Eagles attacked without pause after the interval and beat Ghana 3-1 in Uyo on Saturday "
    "to keep their qualifying hopes alive.",
    "Shares of Safaricom retreated 2 percent in Nairobi trading on Monday after the telecoms operator "
    "trimmed its full-year profit guidance.",
    "A Bengaluru start-up said it had deployed its fraud-detection tools at 40 Indian lenders during the "
    "quarter, lifting revenue by half.",
    "Sri Lankan spinners ripped through the Bangladesh batting order in Galle, and the home side won the "
    "second Test by an innings and 41 runs.",
    "Researchers in Ethiopia found that a drought-tolerant teff variety produced nearly a third more grain "
    "than common strains in trials across three regions.",
    "A wild elephant attacked and killed a farmer guarding his paddy field in Sri Lanka's North Central "
    "province overnight, wildlife officers said.",
    "Forecasters expect a tropical storm to make landfall on the coast of Myanmar's Rakhine state late on "
    "Thursday, bringing heavy rain and a storm surge.",
    "Vietnam's biggest carmaker has launched an assault on the Indonesian market with three electric models "
    "priced below their Japanese rivals.",
    "A Nollywood thriller about a hostage crisis in Abuja topped Nigerian box office charts for a third "
    "straight weekend.",
    "India regards the Line of Control as a de facto border, while Pakistan treats all of Kashmir as "
    "disputed territory.",
    "Remittances to Bangladesh climbed to a record $30 billion in the last fiscal year, central bank data "
    "show.",
    "The Khmer Rouge emptied Phnom Penh in April 1975, and an estimated 1.7 million Cambodians died during "
    "its four years in power.",
    "It remains unclear whether Ethiopia will send a delegation to the next round of regional talks, "
    "diplomats in Nairobi say.",
    "Every Friday, cloth traders in the old quarter of Dhaka pull down their shutters at noon for prayers.",
    "India's hockey team fought back from two goals down and defeated Malaysia 4-2 in the Asia Cup final.",
    "A Filipino grandmaster defended his Asian chess title in Manila, drawing his final game against a young"
    " Uzbek challenger.",
    "Kidnappings for ransom in northwest Nigeria dropped by roughly a fifth over the first three quarters, "
    "according to estimates by a Lagos-based security consultancy.",
]

FLOORS = {"type": 0.87, "actor_code": 0.85, "actor_sector": 0.83, "recipient": 0.7, "pass": 0.77,
          "empty": 0.93}
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
    return _code([c[0] for c in STORIES], resources, "blind51")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind51-empty")


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


def test_blind51_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind51 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind51_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind51 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
