"""A forty-first blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them. Its theme is
non-state and sub-national actors in conflict and order: militias, separatists, cartels, pirates,
vigilantes, armed gangs, tribal and clan elders, student and trade unions, churches and clerics,
provincial governors and state police, in Latin America, the Sahel, Central Asia, the Balkans, South Asia
and beyond; kidnappings, ambushes, blockades, sit-ins, raids, amnesties, hostage releases and local
truces, the way the desks of AP, Reuters, AFP and VOA write them. About half of the stories are plain
wire copy, the other half harder: reported speech, attribution after the clause, passives with "by",
nominal events, titles instead of names, capitals standing for states, nationality adjectives, pronouns
resolved from the sentence before, phrasal verbs and idioms, relative clauses.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and, where it is clear-cut, sector) and, where it matters, its modality, as the codebook
gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the
project's codes for international bodies: the UN and its agencies UNO, the European Union EUR, other
intergovernmental bodies such as the African Union or the Red Cross IGO, NGOs NGO). An act announced for
the future, an offer or a promise is AGREE, 03, unless it is hostile and conditional, THREATEN, 13;
signing a formal agreement, praise and apology are SUPPORT, 05; lifting a curfew, giving in to demands
and declaring a ceasefire are CONCEDE, 08; extradition, joint exercises and intelligence sharing are
COOPERATE, 06; humanitarian aid and asylum granted are AID, 07; freeing hostages or captives and pulling
back forces are RETREAT, 0841, 087; summoning an envoy is ACCUSE, 114; an ambassador expelled, sanctions
and aid halted are SANCTION, 16; blockades and sit-ins by civilians are PROTEST, 14; troops or police sent
somewhere are MOBILIZE, 15; arrests, detentions and curfews are COERCE, 17; ambushes, shelling and
killing are ASSAULT, 18-20. For a joint act ("X and Y signed", "X and Y held talks") the first side is
the actor and the recipient is not checked, since the coder codes both sides as actors. A bare state
name, a capital, "authorities", gunmen, protesters or villagers get a code and no sector. Where a
recipient or a modality is None it is not checked.

Two kinds of case:

- STORIES: a story passes when the coder gives at least one event of the expected type whose actors
  include the expected actor (code, and sector where one is given), whose recipients include the expected
  recipient where one is given, and whose modality is the expected one where one is given. The test
  reports the share of stories with the right type, the right actor code, the right actor sector (over
  the stories that give one), the right recipient (over the stories that give one) and the share passing.
- EMPTY: passages in which no codable act happened: statistics, polls, tallies, standing positions in
  the simple present, forecasts, hedged speculation, background history with years, habits, and
  political verbs used in sporting, business, scientific, technical or crime-reporting senses. A passage
  passes when the coder reports no event with the modality "asserted" or "reported".

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared with
the gold sets, the seed, the news, the demo corpus and the tests (and within the batch); none was found.
The batch was written without reading the coder's code, lexicons, rules or output.

FIRST RUN, on commit 4893a44 (the fourth 2026-12-01 session's starting coder, 50def54, plus one rule for a
vehicle that came under fire): the type found in 46 of 51 stories (0.902); the actor code right on an event of
the type in 42 (0.824); code and sector in 16 of the 20 that give a sector (0.800); the recipient right in 23
of the 36 that give one (0.639); **35 of 51 passing (0.686)**; 24 of 25 empty passages left empty.
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
    # --- AGREE (offer of an amnesty, plain; a promise with attribution after the clause; a future act
    # announced by an EU envoy)
    ("Colombia's government offered on Monday to suspend arrest warrants for commanders of the Comuneros "
     "del Sur militia if the group hands over every child recruit in its ranks by the end of January.",
     "AGREE", ("COL", "GOV"), ("COL", "REB"), None),
    ("Tribal elders in Pakistan's Kurram district sat for a fourth straight day in a jirga meant to settle "
     "a bloody feud over farmland. The two clans will surrender their rocket launchers and mortars to "
     "provincial authorities within thirty days, a spokesman for the council said on Saturday.",
     "AGREE", ("PAK", None), None, None),
    ("The European Union will pay for a scheme to train and resettle former Al-Shabaab fighters who quit "
     "the insurgency in Somalia, the bloc's special envoy for the Horn of Africa told reporters in "
     "Mogadishu on Thursday.",
     "AGREE", ("EUR", None), ("SOM", None), None),

    # --- CONSULT (talks, plain; a visit by bishops with attribution after the clause; joint talks by
    # nationality adjectives)
    ("Ecuador's interior minister held talks in Quito on Tuesday with leaders of indigenous communities "
     "whose roadblocks have cut off the northern province of Imbabura for eleven days.",
     "CONSULT", ("ECU", "GOV"), ("ECU", None), None),
    ("A delegation of Catholic bishops travelled by mule into the hills of the Catatumbo region to sit down "
     "with commanders of the National Liberation Army, Colombia's largest remaining guerrilla group, the "
     "episcopal conference said on Wednesday.",
     "CONSULT", ("COL", None), ("COL", "REB"), None),
    ("Kyrgyz and Tajik provincial governors met in the border town of Batken on Saturday to shore up a "
     "local truce after a week of fighting between villagers over an irrigation canal.",
     "CONSULT", ("KGZ", "GOV"), None, None),

    # --- SUPPORT (praise by a UN envoy; a formal agreement signed jointly; a public apology by a
    # governor)
    ("The United Nations envoy for Libya on Monday praised elders in the mountain town of Zintan for "
     "persuading two rival armed brigades to pull their fighters off the coastal highway.",
     "SUPPORT", ("UNO", None), ("LBY", None), None),
    ("Negotiators for the Philippine government and for the rebel Moro Islamic Liberation Front signed "
     "an accord in Kuala Lumpur on Tuesday setting a timetable to disarm the last 14,000 of the front's "
     "fighters.",
     "SUPPORT", ("PHL", "GOV"), None, None),
    ("Lime growers in western Mexico have paid protection money to cartel cells for years. The governor of "
     "Michoacán apologized to them on Wednesday for what he called the failure of his state police to keep "
     "extortionists out of the orchards around Apatzingán.",
     "SUPPORT", ("MEX", "GOV"), ("MEX", None), None),

    # --- CONCEDE (a curfew lifted, plain; an idiom "gave in to"; a unilateral ceasefire by rebels)
    ("Indian authorities lifted a nine-day curfew in the Manipur town of Churachandpur on Sunday after "
     "leaders of rival Kuki and Meitei groups accepted a truce brokered by local churches.",
     "CONCEDE", ("IND", None), None, None),
    ("Students at public universities in Bangladesh had camped outside the education ministry for six weeks "
     "over a steep rise in exam fees. On Thursday the ministry caved in to the protesters and shelved the "
     "new fee rules until the next academic year.",
     "CONCEDE", ("BGD", "GOV"), ("BGD", "EDU"), None),
    ("The Arakan Army, an ethnic rebel force that now holds nearly all of Rakhine state in Myanmar, "
     "declared a one-month ceasefire on Monday so that relief convoys could reach villages "
     "flattened by the cyclone.",
     "CONCEDE", ("MMR", "REB"), None, None),

    # --- COOPERATE (extradition, plain; joint exercises; intelligence handed over with attribution and
    # a capital)
    ("Honduras extradited a onetime police commander to the United States this week so that he can "
     "answer charges in a Manhattan court of guarding cocaine flights for a drug trafficking clan on the "
     "Caribbean coast.",
     "COOPERATE", ("HND", None), ("USA", None), None),
    ("Soldiers from Chad and Cameroon staged joint drills on the shores of Lake Chad on Thursday ahead of a "
     "planned push against Boko Haram hideouts on the lake's marshy islands.",
     "COOPERATE", ("TCD", "MIL"), None, None),
    ("Spain's Guardia Civil passed detailed intelligence on the shipping routes of a Montenegrin smuggling "
     "clan to police in Podgorica, which led to raids on three warehouses in the port of Bar, Europol said "
     "on Friday.",
     "COOPERATE", ("ESP", None), ("MNE", "COP"), None),

    # --- AID (food flown in by a UN agency with a nationality adjective; asylum granted; medical supplies
    # delivered by the Red Cross with a relative clause)
    ("The World Food Programme flew 40 tonnes of grain and cooking oil into the Burkinabe town of Djibo on "
     "Tuesday, the first delivery since jihadist fighters sealed off the roads around it in May.",
     "AID", ("UNO", None), ("BFA", None), None),
    ("Lithuania gave political asylum this week to three members of a banned Tajik opposition movement "
     "who fled to Vilnius after a crackdown in the mountain region of Gorno-Badakhshan.",
     "AID", ("LTU", None), ("TJK", "OPP"), None),
    ("The Red Cross handed surgical kits and blood bags to two hospitals in "
     "Haiti's Artibonite valley, where self-defense brigades and armed gangs have battled since August.",
     "AID", ("IGO", None), ("HTI", None), None),

    # --- RETREAT (captives freed, with attribution after the clause; a crew let go by pirates; a pullback
    # of forces)
    ("Gunmen in northwestern Nigeria freed 21 pupils they had snatched from a boarding school in Kaduna "
     "state last month, the state governor said on Saturday.",
     "RETREAT", ("NGA", None), ("NGA", None), None),
    ("Somali pirates let go the 23 sailors of a Bangladeshi bulk carrier on Sunday after a ransom was "
     "dropped onto the deck of the ship from a light aircraft, the owners said.",
     "RETREAT", ("SOM", None), ("BGD", None), None),
    ("Serbia pulled its gendarmerie units back from positions near the boundary with Kosovo on Friday, a "
     "week after armed Serb villagers and police on the other side exchanged fire for several hours.",
     "RETREAT", ("SRB", None), None, None),

    # --- REQUEST (an appeal by the Holy See; a call by an NGO on a state; a governor asking the federal
    # government for troops, with reported reason)
    ("The Vatican appealed on Sunday to the kidnappers of six nuns seized on a road outside Port-au-Prince "
     "to release the women unharmed and without ransom.",
     "REQUEST", ("VAT", None), None, None),
    ("Amnesty International called on Pakistan on Wednesday to free dozens of Baloch students picked up by "
     "security forces during a sit-in outside the press club in Quetta.",
     "REQUEST", ("NGO", None), ("PAK", None), None),
    ("The governor of Sinaloa asked the federal government for 2,000 more National Guard troops on Monday, "
     "saying his state police could no longer contain the war between two factions of the local cartel.",
     "REQUEST", ("MEX", "GOV"), ("MEX", "GOV"), None),

    # --- ACCUSE (an accusation by an NGO, plain; a charge d'affaires summoned by a ministry named by its
    # capital; a denunciation by an archbishop)
    ("Human Rights Watch accused soldiers in Burkina Faso on Thursday of summarily executing some 60 "
     "villagers in a hamlet that the army suspected of sheltering jihadist fighters.",
     "ACCUSE", ("NGO", None), ("BFA", "MIL"), None),
    ("Militants crossed from Afghanistan overnight and ambushed a police convoy in the Bajaur tribal "
     "district, killing seven officers. The foreign ministry in Islamabad summoned the Afghan charge "
     "d'affaires on Monday to lodge a strong protest.",
     "ACCUSE", ("PAK", "GOV"), ("AFG", None), None),
    ("The Catholic archbishop of Bamenda denounced separatist fighters on Sunday for setting fire to a "
     "mission school in Cameroon's restive North-West region.",
     "ACCUSE", ("CMR", None), ("CMR", "REB"), None),

    # --- REJECT (an offer of talks turned down, with the actor from the sentence before; a refusal to hand
    # over gunmen; a phrasal verb by a union)
    ("Mali's military rulers invited the Azawad Liberation Front, a Tuareg-led separatist alliance, to peace "
     "talks in Bamako last week. The front rejected the invitation on Wednesday, calling it a trap.",
     "REJECT", ("MLI", "REB"), ("MLI", None), None),
    ("Leaders of two warring clans in the Enga highlands of Papua New Guinea refused on Monday to hand "
     "over to police the gunmen behind an ambush that left 26 people dead on a highland road.",
     "REJECT", ("PNG", None), ("PNG", "COP"), None),
    ("Bolivia's biggest federation of coca growers turned down a government plan on Tuesday to cap the "
     "number of hectares each family may plant in the Chapare.",
     "REJECT", ("BOL", "LAB"), ("BOL", "GOV"), None),

    # --- THREATEN (a strike threat by a union; a warning to police by a militant faction; an ultimatum to
    # prison rioters)
    ("Nigeria's largest trade union federation threatened on Thursday to shut down oil terminals in the "
     "Niger Delta unless the government reverses a sharp rise in electricity tariffs.",
     "THREATEN", ("NGA", "LAB"), ("NGA", "GOV"), None),
    ("A breakaway faction of the Pakistani Taliban warned the police in Khyber Pakhtunkhwa that its men "
     "would storm any checkpoint set up on the roads leading into the Tirah valley.",
     "THREATEN", ("PAK", "REB"), ("PAK", "COP"), None),
    ("Inmates who took over a prison in Guayaquil are holding eleven guards. Ecuadorean authorities gave "
     "them 24 hours on Saturday to free the guards or face an assault by army commandos.",
     "THREATEN", ("ECU", None), ("ECU", None), None),

    # --- PROTEST (a march by students, plain; a hunger strike by relatives; a road blockade by residents)
    ("Several thousand Serbian university students marched through the streets of Novi Sad "
     "over the weekend to demand that officials blamed for the collapse of a railway station "
     "canopy be put on trial.",
     "PROTEST", ("SRB", "EDU"), None, None),
    ("Relatives of men abducted by a cartel in the Mexican state of Tamaulipas launched a hunger "
     "strike this week outside the state congress in Ciudad Victoria.",
     "PROTEST", ("MEX", None), None, None),
    ("Residents of villages around a gold mine in eastern Kyrgyzstan blocked the only road to the pit on "
     "Tuesday, demanding compensation for a cyanide spill in the river that waters their pastures.",
     "PROTEST", ("KGZ", None), None, None),

    # --- SANCTION (sanctions by a US department, plain; an ambassador expelled, with a capital in a
    # participle clause; aid halted, in the passive with "by")
    ("The U.S. Treasury slapped sanctions on Wednesday on six Mexican firms it said laundered money for the "
     "Jalisco New Generation Cartel through timeshare sales.",
     "SANCTION", ("USA", "GOV"), ("MEX", None), None),
    ("Mali's junta ordered Algeria's ambassador to leave Bamako within 72 hours on Friday, accusing Algiers "
     "of giving shelter and money to separatist commanders.",
     "SANCTION", ("MLI", None), ("DZA", None), None),
    ("Development aid to Burkina Faso worth about $40 million a year was halted by Sweden on Monday over "
     "the killing of civilians by soldiers and allied volunteer militias.",
     "SANCTION", ("SWE", None), ("BFA", None), None),

    # --- MOBILIZE (troops sent, plain; state police sent by a governor; armoured columns moved, in reported
    # speech with a relative clause)
    ("Ecuador sent 3,000 soldiers into Esmeraldas, a Pacific port city, on Sunday after rival gangs set "
     "fire to two fishing cooperatives and a clinic.",
     "MOBILIZE", ("ECU", None), None, None),
    ("The governor of Guanajuato dispatched 800 state police officers to the city of Celaya on Tuesday, "
     "where a turf war between cartels has claimed more than a hundred lives this year.",
     "MOBILIZE", ("MEX", "GOV"), None, None),
    ("Chad's army said it had moved armoured columns into the Tibesti mountains, a lawless area near the "
     "Libyan border where gold diggers and rebel fighters have clashed for weeks.",
     "MOBILIZE", ("TCD", "MIL"), None, None),

    # --- COERCE (arrests by county police, plain; a curfew imposed by a governor; a detention by security
    # services named by a nationality adjective; deportation)
    ("Police in Kenya's Marsabit county arrested 17 members of a vigilante group on Monday on suspicion of "
     "beating two alleged cattle thieves to death.",
     "COERCE", ("KEN", "COP"), ("KEN", None), None),
    ("Herders and farmers fought with machetes and rifles in the Bokkos area on Friday. The governor of "
     "Nigeria's Plateau state imposed a round-the-clock curfew on the district hours later.",
     "COERCE", ("NGA", "GOV"), None, None),
    ("Uzbek security services detained a popular imam in the Fergana valley city of Namangan over sermons "
     "in which he criticized the mayor, his son said on Thursday.",
     "COERCE", ("UZB", None), ("UZB", None), None),
    ("Pakistan deported more than 1,800 Afghans through the Torkham crossing on Wednesday in the latest "
     "round of expulsions of migrants it says lack valid papers.",
     "COERCE", ("PAK", None), ("AFG", None), None),

    # --- ASSAULT (an ambush on state police, plain; villages torched in the passive with "by"; rockets
    # fired by pirates with attribution; shelling of a camp, with a denial in a second story)
    ("Suspected cartel gunmen ambushed a state police convoy in the Tierra Caliente region of Michoacán on "
     "Tuesday, killing eight officers and wounding five.",
     "ASSAULT", ("MEX", None), ("MEX", "COP"), None),
    ("Two hamlets in Burkina Faso's Centre-Nord region were torched on Friday by members of a "
     "government-backed militia hunting for suspected jihadists, survivors said.",
     "ASSAULT", ("BFA", None), ("BFA", None), None),
    ("Somali pirates fired rocket-propelled grenades at a Greek-owned tanker off the Yemeni coast on Sunday "
     "before a helicopter from a Spanish frigate drove them off, the EU naval mission said.",
     "ASSAULT", ("SOM", None), ("GRC", None), None),
    ("Rapid Support Forces gunners pounded a settlement of displaced families on the edge of El Fasher "
     "on Monday, leaving at least 30 dead, according to local medics.",
     "ASSAULT", ("SDN", None), ("SDN", None), None),
    ("Villagers in Colombia's Cauca department said an army drone dropped explosives on a farm, killing "
     "two teenagers. On Tuesday the defence ministry denied that its troops had bombed the farm.",
     "ASSAULT", ("COL", None), ("COL", None), "negated"),
]

#: passages in which no codable act happened
EMPTY: list[str] = [
    "Kidnappings for ransom in Nigeria's northwest rose by about a fifth between January and September, "
    "a Lagos security consultancy's tally shows.",
    "A survey by a Bogotá polling firm found that 61 percent of Colombians doubt the current round of "
    "negotiations with armed groups will bring lasting calm to the countryside.",
    "Boardings of merchant ships off the coast of West Africa fell to 14 this year from 21 last year, the "
    "maritime bureau's quarterly tally shows.",
    "The coca growers' federation opposes forced eradication and favors a program of voluntary crop "
    "substitution paid for by the state.",
    "Analysts expect the fragile pact between Haiti's main gang coalitions to fray before the rainy "
    "season, when control of the port road becomes more lucrative.",
    "The militia may seek seats on the new provincial council, although its leaders have said little in "
    "public about any political ambitions.",
    "The Moro Islamic Liberation Front was founded in the late 1970s after a split within an older "
    "Muslim separatist movement on the island of Mindanao.",
    "Every market day, herders from the surrounding hills drive their cattle and goats into Gao to sell "
    "them to traders from Niger and Algeria.",
    "Real Sociedad attacked down the left flank again and again after the break yet never managed to "
    "beat the Sevilla goalkeeper.",
    "Shares in the Colombian gold miner retreated 4 percent in Toronto on Tuesday after quarterly output "
    "came in below forecasts.",
    "The hospital network deployed new scheduling software across its 40 clinics in Sindh province this "
    "autumn, cutting waiting times by a third.",
    "The parasite attacks the lining of the gut and can survive for weeks in untreated well water, "
    "researchers at a Dhaka university wrote in the journal.",
    "The Uzbek grandmaster crushed his Kazakh opponent in 28 moves and will meet an Indian teenager in the "
    "Asian rapid chess final.",
    "Bangladesh's openers launched an assault on the Afghan bowlers, putting on 140 runs before the first "
    "wicket fell in Chattogram.",
    "Forecasters said heavy rains could cut roads across southern Chad in the coming weeks, as they do in "
    "most years.",
    "Pakistan hosts roughly 1.5 million registered Afghan refugees, according to figures from the "
    "United Nations refugee agency.",
    "The Lagos fintech startup launched its savings app in Ghana and Kenya this month and plans to reach "
    "Senegal by the spring.",
    "The Serbian side blocked 14 shots and captured the European water polo title for the third time in "
    "five years.",
    "Oil prices retreated from a three-week high on Thursday as traders weighed rising stocks in the "
    "United States.",
    "Only a third of residents in Mexico's northern border cities say they trust their municipal police, "
    "a national statistics office survey suggests.",
    "The party's charter calls for broad autonomy for the southern provinces and a larger share of "
    "mining royalties for local councils.",
    "Army ants raid neighboring colonies for larvae and can strip a patch of forest floor of insects in "
    "a single afternoon, the biologist explained.",
    "If the truce in the valley holds through the harvest, aid groups say they could reach as many as "
    "200,000 people before the snows.",
    "The scam typically targets retired teachers with promises of double-digit returns on farmland in "
    "Paraguay, a consumer watchdog's guide explains.",
    "In 1995, after nearly four years of war, the Dayton accords divided Bosnia into two entities with "
    "their own police forces and parliaments.",
]

FLOORS = {"type": 0.89, "actor_code": 0.83, "actor_sector": 0.82, "recipient": 0.69, "pass": 0.69,
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
    return _code([c[0] for c in STORIES], resources, "blind41")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind41-empty")


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


def test_blind41_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind41 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind41_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind41 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
