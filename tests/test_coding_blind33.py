"""The thirty-third blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. Its theme is the
Asia-Pacific and Latin America: maritime disputes in the South China Sea, cross-strait and Korean peninsula
tensions, Pacific island diplomacy, Andean and Central American politics, Brazilian and Mexican federal news,
drug-cartel violence and migration through the Darien, with diplomacy, protest and conflict mixed, and a
few stories from Africa and Europe. About half of the stories are plain wire copy, the other half harder
(reported speech, attribution after the clause, the passive with "by", nominal events, titles for names,
capitals for states, nationality adjectives, pronouns resolved from the sentence before, phrasal verbs and
idioms, relative clauses).

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international
bodies: UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR). An act
announced for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional,
THREATEN, 13; signing a formal agreement is SUPPORT, 057; lifting a ban or easing a state of emergency and
giving in to demands are CONCEDE, 081, 083; extradition, intelligence sharing and joint drills are
COOPERATE; asylum granted is AID; a release of captives or a pullback of troops is RETREAT, 0841, 087;
summoning an ambassador is ACCUSE, 114; breaking relations, expelling diplomats and cutting off aid are
SANCTION; a curfew, a deportation and an arrest are COERCE. For a joint act ("X and Y signed") the first
side is the actor and the recipient is None, since the coder codes both sides as actors, as PLOVER-GSR
does. A sector is given only where it is clear-cut; a bare state name, a capital, authorities, protesters
and gunmen carry the code only. A denial "X denied that it had ..." gives the modality "negated".

Two kinds of case:

- STORIES: a story passes when the coder gives at least one event of the wanted type whose actors include
  the wanted actor (code, and sector where one is given), whose recipients include the wanted recipient
  where one is given, and whose modality is the wanted one where one is given.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and
  political verbs in sports, business, science, technology and game senses. An empty passage passes when
  the coder gives no event with the modality "asserted" or "reported".

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared with
the gold sets, the seed, the news, the demo corpus and the tests; none was found.

FIRST RUN, on commit e216867 (the third 2026-12-01 session's coder, after the rules batches 30 to 32
prompted): the type found in 47 of 50 stories (0.940); the actor code right on an event of the type in
46 (0.920); code and sector in 15 of the 18 that give a sector (0.833); the recipient right in 31 of
the 39 that give one (0.795); **41 of 50 passing (0.820)**; 23 of the 25 empty passages with no event
that happened (0.920). The session's starting coder (5610c44), run on it afterwards for comparison
only: 40 of 50 and 23 of 25. No expectation was changed after the first run. Its 9 misses: peace
negotiations to be reopened (the coder keeps a meeting told in the future as planned, where this
batch expects an expression of intent), an offer "warmly welcomed" (coded as accepting it, 030,
where the batch expects praise), an extradition's receiving state, intelligence passed to "their
Ecuadorean counterparts" by police named only in the participle before, troops pulled back from a
frontier "with China", a bill vetoed whose passer is in the relative clause, an ultimatum given to
"imprisoned gang bosses" (the participle read as an arrest), deported migrants whose demonym was
spelt "Ecuadorean" (and whom the batch sectors as refugees, where the Phoenix agents dictionary
has migrants as civilians), and a navy named with "its" after a ministry. Two empty passages gave
events: "a claim that Britain rejects" and a carmaker "blaming weaker demand". The misses were read
and rules followed, so the batch is no longer blind. FLOORS were set after those rules, a little under
its figures then.
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
    # --- AGREE (pledge plain; future act in reported speech; promise with a pronoun from the sentence before)
    ("Japan pledged on Wednesday to give the Philippines five more coastal patrol vessels so that Manila "
     "can keep watch over its exclusive economic zone.",
     "AGREE", ("JPN", None), ("PHL", None), None),
    ("Colombia will reopen peace negotiations next month with the largest guerrilla faction still under "
     "arms, the government's chief negotiator told reporters in Bogota on Thursday.",
     "AGREE", ("COL", None), ("COL", "REB"), None),
    ("Fiji's prime minister landed in Wellington on Sunday for a visit lasting three days. He promised "
     "New Zealand's leaders that his government would back a regional treaty on tuna quotas.",
     "AGREE", ("FJI", "GOV"), ("NZL", None), None),
    # --- CONSULT (visit for talks; telephone call with attribution after the clause; joint talks)
    ("Vietnam's foreign minister flew to Beijing on Monday for talks with Chinese officials on fishing "
     "rights in the Gulf of Tonkin.",
     "CONSULT", ("VNM", "GOV"), ("CHN", "GOV"), None),
    ("The Brazilian leader phoned his Mexican counterpart on Friday to discuss a joint answer to new "
     "American duties on steel, the Planalto palace said in a written statement.",
     "CONSULT", ("BRA", "GOV"), ("MEX", "GOV"), None),
    ("Officials from Guatemala and Honduras held talks on Tuesday in the border town of Esquipulas on "
     "ways to curb cattle smuggling.",
     "CONSULT", ("GTM", "GOV"), None, None),
    # --- SUPPORT (joint signing; praise by a UN chief; welcome in the passive with "by")
    ("Indonesia and Australia signed a defence pact in Jakarta on Thursday that lets their forces train "
     "on each other's soil.",
     "SUPPORT", ("IDN", None), None, None),
    ("The U.N. secretary-general praised Panama on Wednesday for sheltering tens of thousands of migrants "
     "who trekked through the Darien jungle.",
     "SUPPORT", ("UNO", None), ("PAN", None), None),
    ("Ecuador's offer to host a regional summit on mercury in Amazon rivers was warmly welcomed by the "
     "Peruvian foreign ministry on Saturday.",
     "SUPPORT", ("PER", "GOV"), ("ECU", None), None),
    # --- CONCEDE (state of emergency eased; import ban lifted; "gave in to" demands)
    ("Peru ended emergency rule in the southern highland region of Puno on Monday after two weeks without "
     "unrest.",
     "CONCEDE", ("PER", None), None, None),
    ("China lifted its ban on Philippine bananas on Tuesday, ending a curb it had imposed during last "
     "year's standoff over a contested shoal.",
     "CONCEDE", ("CHN", None), ("PHL", None), None),
    ("Bolivia's government gave in to the demands of striking coca growers on Wednesday and withdrew a "
     "bill that would have capped legal cultivation.",
     "CONCEDE", ("BOL", "GOV"), ("BOL", None), None),
    # --- COOPERATE (extradition; joint drill; intelligence shared in the passive, attribution after it)
    ("Mexico on Friday extradited a senior Sinaloa cartel operative to the United States.",
     "COOPERATE", ("MEX", None), ("USA", None), None),
    ("Japanese and Philippine coast guard ships held a joint search-and-rescue drill off the coast of "
     "Luzon on Saturday.",
     "COOPERATE", ("JPN", None), None, None),
    ("Ecuadorean troops raided a jungle cocaine laboratory near the northern border on Wednesday. "
     "Intelligence gathered by Colombian police had been passed to their Ecuadorean counterparts days "
     "before the raid, officials in Quito said.",
     "COOPERATE", ("COL", "COP"), ("ECU", "COP"), None),
    # --- AID (relief flights; passive with "by" and a capital; asylum granted)
    ("Australia sent two air force transport planes loaded with drinking water and medicine to Vanuatu "
     "on Tuesday after a cyclone ripped across the archipelago.",
     "AID", ("AUS", None), ("VUT", None), None),
    ("Forty tonnes of emergency rations were flown into Tegucigalpa on Monday by the World Food "
     "Programme after floods cut off much of northern Honduras.",
     "AID", ("UNO", None), ("HND", None), None),
    ("On Thursday Mexico gave asylum to a former Peruvian cabinet minister who had taken refuge in its "
     "embassy in Lima.",
     "AID", ("MEX", None), ("PER", None), None),
    # --- RETREAT (fishermen freed; troops pulled back, attributed; captives freed by rebels)
    ("Venezuela on Sunday freed 14 Colombian fishermen whom its coast guard had seized a month earlier "
     "for fishing in its waters without a permit.",
     "RETREAT", ("VEN", None), ("COL", None), None),
    ("India pulled back troops from two friction points along its disputed Himalayan frontier with China "
     "on Wednesday, the Indian army said.",
     "RETREAT", ("IND", None), ("CHN", None), None),
    ("A Colombian guerrilla group released six soldiers it had held captive for two months on Thursday, "
     "handing them to a Red Cross mission in Arauca province.",
     "RETREAT", ("COL", "REB"), ("COL", "MIL"), None),
    # --- REQUEST (urge plain; "calling on" after reported speech; appeal by a Pacific leader)
    ("Manila urged Beijing on Monday to quit obstructing resupply runs to a rusting navy ship "
     "grounded on a reef in the Spratly Islands.",
     "REQUEST", ("PHL", None), ("CHN", None), None),
    ("Washington must do more to stem the flood of assault rifles heading south across the border, "
     "the Mexican foreign minister declared on Tuesday, calling on U.S. lawmakers to tighten the rules "
     "on gun sales.",
     "REQUEST", ("MEX", "GOV"), ("USA", "LEG"), None),
    ("Tonga's prime minister appealed to Japan on Friday to halt any further discharge of treated water "
     "from the crippled Fukushima nuclear plant into the Pacific.",
     "REQUEST", ("TON", "GOV"), ("JPN", None), None),
    # --- ACCUSE (ambassador summoned; accusation plain; condemnation in the passive by an IGO)
    ("South Korea summoned the Japanese ambassador on Wednesday over a defence white paper that repeats "
     "Tokyo's claim to a cluster of disputed islets.",
     "ACCUSE", ("KOR", None), ("JPN", "GOV"), None),
    ("China accused the Philippines on Sunday of deliberately ramming one of its coast guard cutters near "
     "Scarborough Shoal.",
     "ACCUSE", ("CHN", None), ("PHL", None), None),
    ("Nicaragua's government was condemned on Monday by the Organization of American States for stripping "
     "more than 200 critics of their citizenship.",
     "ACCUSE", ("IGO", None), ("NIC", "GOV"), None),
    # --- REJECT (proposal rejected; veto of a bill; "turned down" an offer from a capital)
    ("Guatemala on Friday rejected a U.S. proposal that it house asylum seekers of other nationalities "
     "during the review of their cases.",
     "REJECT", ("GTM", None), ("USA", None), None),
    ("Peru's president vetoed a bill on Wednesday that Congress had passed to shorten the terms of "
     "electoral judges.",
     "REJECT", ("PER", "GOV"), ("PER", "LEG"), None),
    ("An earthquake of magnitude 6.8 shook Taiwan's eastern coast on Tuesday. Taipei turned down an offer "
     "from Beijing to send a team of rescue experts, saying it had enough resources of its own.",
     "REJECT", ("TWN", None), ("CHN", None), None),
    # --- THREATEN (conditional military threat; ultimatum; hostile conditional in reported speech)
    ("North Korea threatened on Saturday to take overwhelming military action against South Korea if its "
     "forces went ahead with artillery drills near the disputed sea border.",
     "THREATEN", ("PRK", None), ("KOR", None), None),
    ("Honduras gave imprisoned gang bosses an ultimatum on Monday: free the guards they are holding or face "
     "an armed assault on the prison.",
     "THREATEN", ("HND", None), ("HND", "CRM"), None),
    ("The United States will slap 25 percent tariffs on Colombian coffee unless Bogota accepts deportation "
     "flights, a White House spokeswoman warned on Sunday.",
     "THREATEN", ("USA", "GOV"), ("COL", None), None),
    # --- PROTEST (march plain; road blockade; hunger strike with a pronoun from the sentence before)
    ("Thousands of teachers marched through Mexico City on Wednesday to demand higher pay and the repeal "
     "of a pension reform.",
     "PROTEST", ("MEX", "EDU"), None, None),
    ("Indigenous farmers in Bolivia blocked the main highway between La Paz and Oruro on Tuesday, the "
     "third straight day, in protest against fuel shortages.",
     "PROTEST", ("BOL", None), None, None),
    ("A jailed Venezuelan opposition leader has refused food since Monday, her lawyer said. She began the "
     "hunger strike to protest being denied visits from her children.",
     "PROTEST", ("VEN", "OPP"), None, None),
    # --- SANCTION (ambassador expelled; relations broken; budget support cut off, attributed)
    ("Ecuador expelled Mexico's ambassador on Thursday after he criticised the way the country handled its "
     "presidential election.",
     "SANCTION", ("ECU", None), ("MEX", None), None),
    ("Nicaragua broke off diplomatic relations with the Netherlands on Monday after the Dutch government "
     "froze funding for water projects in the country.",
     "SANCTION", ("NIC", None), ("NLD", None), None),
    ("The European Union cut off budget support to the Honduran government on Wednesday over a purge of "
     "the electoral council, a spokesman for the bloc said.",
     "SANCTION", ("EUR", None), ("HND", "GOV"), None),
    # --- MOBILIZE (alert raised; police deployed abroad; show of force with a fronted phrase)
    ("Taiwan raised the alert level of its military on Monday after dozens of Chinese warplanes and warships "
     "massed in the waters around the island.",
     "MOBILIZE", ("TWN", None), None, None),
    ("Kenya deployed another 200 police officers to Haiti on Saturday to reinforce a U.N.-backed mission "
     "fighting armed gangs in Port-au-Prince.",
     "MOBILIZE", ("KEN", None), None, None),
    ("Fresh from its latest standoff with Manila, Beijing sent an aircraft carrier group into the waters "
     "east of the Philippines on Thursday in what Philippine officials called a show of force.",
     "MOBILIZE", ("CHN", None), None, None),
    # --- COERCE (arrests; deportation; detention in the passive with "by"; curfew)
    ("Police in El Salvador arrested 62 suspected gang members in a dawn operation on Thursday.",
     "COERCE", ("SLV", "COP"), ("SLV", "CRM"), None),
    ("Panama deported 130 Ecuadorean migrants on Tuesday after they crossed the Darien jungle from "
     "Colombia on foot.",
     "COERCE", ("PAN", None), ("ECU", "REF"), None),
    ("Two Peruvian reporters covering the march in Lima were detained for several hours by riot police, a "
     "press freedom group said on Sunday.",
     "COERCE", ("PER", "COP"), ("PER", "JRN"), None),
    ("Solomon Islands authorities imposed a curfew on Honiara on Wednesday night after rioters torched "
     "shops in the capital's Chinatown district.",
     "COERCE", ("SLB", None), None, None),
    # --- ASSAULT (gunmen, attributed; denial with a pronoun; passive ambush; militants)
    ("Gunmen killed nine people at a bar in the Mexican city of Culiacan late on Saturday, local prosecutors "
     "said.",
     "ASSAULT", ("MEX", None), ("MEX", None), None),
    ("The Chinese defence ministry denied on Tuesday that its navy had opened fire on a trawler from "
     "Vietnam close to the Paracels.",
     "ASSAULT", ("CHN", "MIL"), ("VNM", None), "negated"),
    ("Soldiers patrolling the Colombian department of Cauca came under fire on Monday. Two of them were "
     "killed by dissident FARC rebels who ambushed their convoy on a mountain road.",
     "ASSAULT", ("COL", "REB"), ("COL", "MIL"), None),
    ("Islamist militants stormed a military base in northeastern Nigeria overnight, killing at least 11 "
     "soldiers and burning armoured vehicles, security sources said on Friday.",
     "ASSAULT", ("NGA", None), ("NGA", "MIL"), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Cocaine seizures at Ecuadorean ports rose 18 percent between January and September, according to "
    "interior ministry figures.",
    "A Datafolha survey found that 41 percent of Brazilians back the president's economic management, "
    "three points fewer than in June.",
    "More than half a million people crossed the Darien Gap on foot last year, a record, according to "
    "Panamanian migration data.",
    "China claims almost all of the South China Sea, including waters that Vietnam, Malaysia, Brunei and the "
    "Philippines say belong to them.",
    "Economists polled by a local newspaper expect the Bank of Mexico to trim its benchmark rate by a "
    "quarter point when it meets next week.",
    "Analysts say Pyongyang could carry out a seventh nuclear test at any time, although satellite images "
    "show no sign that one is imminent.",
    "Bolivia lost its coastline to Chile in the War of the Pacific, fought from 1879 to 1884, and has sought "
    "a way back to the ocean ever since.",
    "Fishermen from Vietnam's central coast usually sail toward the Paracel Islands in the first months of "
    "the year, when the tuna catch peaks.",
    "Brazil attacked relentlessly after the break but never found an equaliser, and Argentina held on "
    "to win the qualifier 1-0 in Buenos Aires.",
    "Shares in Samsung Electronics retreated 2.1 percent in Seoul on Thursday as investors took profits "
    "after a week-long rally.",
    "The Chilean copper miner deployed new scheduling software across three of its open pits this year, "
    "cutting idle time for its haul trucks.",
    "In the new edition of the strategy game, players can invade neighbouring kingdoms, seize their ports "
    "and impose trade embargoes on rival empires.",
    "A fungus that attacks coffee plants has spread to four in ten farms in the Central American highlands, "
    "agronomists estimate.",
    "The new handset blocks unknown callers by default and bans apps from tracking a user's location "
    "without consent.",
    "The typhoon is expected to make landfall in northern Luzon on Saturday with gusts of up to 180 "
    "kilometres an hour, forecasters said.",
    "Argentina regards the Falkland Islands as part of its national territory, a claim that Britain "
    "rejects.",
    "A Japanese carmaker slashed its annual profit forecast, blaming weaker demand in China and a strong "
    "yen.",
    "New Zealand crushed Fiji 47-5 in Auckland, with the hosts' forwards dominating the scrum from the "
    "opening whistle.",
    "The Colombian cyclist launched an attack on the final climb of the stage and took over the overall "
    "race lead.",
    "Homicides in Honduras fell to 31 per 100,000 residents last year, the lowest rate in two decades, a "
    "university violence observatory found.",
    "Some opposition figures have suggested their party might sit out next year's election if the "
    "electoral council is not overhauled.",
    "Panama took full control of the canal from the United States in 1999, under treaties negotiated two "
    "decades earlier.",
    "Mothers of migrants who went missing on the journey north gather every spring in southern Mexico to "
    "retrace the route their children took.",
    "South Korean teams have dominated the world championship of the online battle game since 2013, "
    "winning the title eight times.",
    "The IMF projects that Argentina's economy will expand by roughly 4 percent in 2027 while inflation "
    "keeps easing.",
]

FLOORS = {"type": 0.93, "actor_code": 0.91, "actor_sector": 0.85, "recipient": 0.79, "pass": 0.83,
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
    return _code([c[0] for c in STORIES], resources, "blind33")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind33-empty")


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


def test_blind33_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind33 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind33_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind33 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
