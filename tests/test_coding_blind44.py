"""The forty-fourth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them. Its theme is the back
pages of world news: short items from small and mid-size states in every region (the Baltics, the Caucasus,
Central America, West and Central Africa, the Gulf, Central Asia, the Pacific islands, the Andes), told with
local institution names (a national assembly, interior ministries, an electoral tribunal, a media regulator, a
police commissioner, customs services, a migration department), many of the acts told in the passive or as
nouns. About half of the stories are plain wire copy (pledged, received, signed, lifted, extradited,
delivered, freed, appealed, summoned, rejected, threatened, marched, recalled, sent troops, arrested, killed),
the other half harder (reported speech, attribution after the clause, passives with "by", nominal events,
titles for names, capitals for states, nationality adjectives, pronouns resolved from the sentence before,
phrasal verbs and idioms, relative clauses).

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international bodies:
UN agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR). An act announced for
the future, an offer or a promise is AGREE, 03, unless it is hostile and conditional, THREATEN, 13; an
ultimatum is THREATEN; an apology and the signing of a formal agreement are SUPPORT, 055, 057; lifting a ban
or a curfew and accepting demands are CONCEDE, 081, 0812, 083; an extradition and intelligence sharing are
COOPERATE, 06; asylum granted is AID, 07; a release of prisoners, a pullback of troops and a return of
property are RETREAT; a demand is REQUEST, 02; summoning an envoy is ACCUSE, 114; a veto or a refusal is
REJECT; tariffs, an envoy recalled and relations broken off are SANCTION; riot police sent in and an alert
level raised are MOBILIZE; arrests, bans and the dispersal of protesters are COERCE; attacks, shelling and
strikes from the air are ASSAULT. When two parties act jointly ("X and Y signed", "the navies of X and Y held
exercises") the coder codes both as actors with no recipient, so the first is the actor and the recipient is
not checked. A sector is given only where it is clear-cut (a minister GOV, soldiers MIL, police COP); for a
bare state, a capital, "authorities", gunmen or protesters only the code is checked. A denial ("X denied that
police had ...") gives the modality "negated".

A story passes when the coder finds an event of the expected type in it whose actor has the expected code and
sector and, where a recipient is given, whose recipient has the expected code and sector, with the expected
modality where one is given. The EMPTY passages report no act that happened: statistics, polls, vote tallies,
standing positions in the simple present, forecasts, hedged speculation, background history with years,
habits, fiction, and political verbs in sports, business, science and technology senses (a team that
attacked, shares that retreated, a start-up that deployed software); a passage passes when the coder finds no
event in it with the modality "asserted" or "reported".

Every text is new writing. Every text was checked for six-word runs shared with the gold, seed, news, demo
corpus and tests (with /tmp/ew/overlap.py), and none was found; the batch was written without reading the
coder's code, lexicons, rules or evaluation data, or any other blind batch.

FIRST RUN, on commit 755acb5 (the fourth 2026-12-01 session's coder, after the rules blind batches 39, 41, 42
and 43, article batches 5 and 7 and incident batches 1, 3 and 4 prompted): the type found in 45 of 50 stories
(0.900); the actor code right on an event of the type in 44 (0.880); code and sector in 19 of the 22 that give
a sector (0.864); the recipient right in 33 of the 38 that give one (0.868); **42 of 50 passing (0.840)**; 24
of 25 empty passages left empty. The session's starting coder (50def54), run on it afterwards for comparison,
scores the same on every figure.
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
    # --- AGREE (pledge of money, plain; an act announced for the future in reported speech with a capital;
    # an offer with "he" resolved from the sentence before)
    ("Kuwait pledged $150 million on Wednesday toward rebuilding schools and clinics in eastern Chad, the "
     "Kuwaiti development fund said in a statement.",
     "AGREE", ("KWT", None), ("TCD", None), None),
    ("Estonia's interior minister said at a Monday briefing that Tallinn would send a team of forty border "
     "guards to help Latvia patrol its frontier with Belarus from next month.",
     "AGREE", ("EST", None), ("LVA", None), None),
    ("Vanuatu's foreign minister flew to Noumea on Friday for talks on a disputed pair of uninhabited "
     "islets. He offered France a joint survey of the surrounding waters, a ministry spokesman said.",
     "AGREE", ("VUT", "GOV"), ("FRA", None), None),
    # --- CONSULT (a head of state received, plain; a visit told with a capital; a joint meeting)
    ("Qatar's emir received the president of Guinea-Bissau in Doha on Tuesday for talks on investment in "
     "ports and cashew processing.",
     "CONSULT", ("QAT", "GOV"), ("GNB", "GOV"), None),
    ("Ghana's foreign minister touched down in Lome on Sunday, opening a tour of coastal neighbours rattled "
     "by jihadist incursions out of the Sahel.",
     "CONSULT", ("GHA", "GOV"), ("TGO", None), None),
    ("Armenian and Azerbaijani deputy prime ministers met at a checkpoint on their shared border on Thursday "
     "to discuss where the next section of frontier markers should go.",
     "CONSULT", ("ARM", "GOV"), None, None),
    # --- SUPPORT (a joint signing; praise from an AU officer with attribution after the clause; an apology)
    ("Georgia and Lithuania signed an accord in Tbilisi on Friday covering defence procurement and the "
     "training of junior officers.",
     "SUPPORT", ("GEO", None), None, None),
    ("The African Union commission's chairperson commended Gabon's transitional authorities for setting out "
     "a firm election calendar, his office said on Wednesday.",
     "SUPPORT", ("IGO", None), ("GAB", None), None),
    ("Latvia's defence minister apologised to Lithuania on Tuesday after a Latvian army drone strayed across "
     "the border and came down in a potato field near Birzai.",
     "SUPPORT", ("LVA", "GOV"), ("LTU", None), None),
    # --- CONCEDE (a ban lifted, plain; a curfew lifted, passive with "by"; demands accepted)
    ("Kyrgyzstan lifted a ban on Kazakh flour shipments on Monday, ending a quarrel that had pushed up bread "
     "prices in Bishkek markets.",
     "CONCEDE", ("KGZ", None), ("KAZ", None), None),
    ("The curfew imposed on the Solomon Islands capital after last week's riots was lifted on Saturday by "
     "the national police commissioner.",
     "CONCEDE", ("SLB", "COP"), None, None),
    ("After nine days of closed classrooms, the education ministry of Honduras gave in to the pay demands of "
     "the main teachers' union on Thursday.",
     "CONCEDE", ("HND", "GOV"), ("HND", None), None),
    # --- COOPERATE (joint naval exercises; an extradition, passive with "by"; intelligence handed over)
    ("The navies of Senegal and the Gambia held joint exercises off the Casamance coast this week to train "
     "their crews in boarding illegal trawlers.",
     "COOPERATE", ("SEN", "MIL"), None, None),
    ("A former Guatemalan customs chief wanted on bribery charges was extradited to Guatemala by Costa Rica "
     "on Tuesday, prosecutors in Guatemala City said.",
     "COOPERATE", ("CRI", None), ("GTM", None), None),
    ("Colombia's national police handed Ecuador's interior ministry files on cocaine routes through the "
     "jungle province of Sucumbios, officials in Quito said on Friday.",
     "COOPERATE", ("COL", "COP"), ("ECU", "GOV"), None),
    # --- AID (food delivered by a UN agency, plain; asylum granted; a nominal shipment "from" a state)
    ("The World Food Programme delivered 400 tonnes of sorghum to displaced families in northern Burkina "
     "Faso on Friday.",
     "AID", ("UNO", None), ("BFA", None), None),
    ("Lithuania has granted political asylum to a Belarusian opposition activist who walked across the "
     "border in January, the migration department in Vilnius said.",
     "AID", ("LTU", None), ("BLR", None), None),
    ("A planeload of tents, water purifiers and medical kits sent by the United Arab Emirates landed in Port "
     "Vila on Monday, three days after a cyclone tore across Vanuatu.",
     "AID", ("ARE", None), ("VUT", None), None),
    # --- RETREAT (prisoners freed, plain; troops withdrawn, passive without an agent; property returned)
    ("Azerbaijan freed four Armenian servicemen captured along the border last year, handing them over at a "
     "crossing point on Wednesday.",
     "RETREAT", ("AZE", None), ("ARM", "MIL"), None),
    ("Chadian troops were withdrawn from the Central African Republic border town of Markounda on Sunday, "
     "the army general staff in N'Djamena said.",
     "RETREAT", ("TCD", "MIL"), ("CAF", None), None),
    ("Chile returned 29 pre-Columbian ceramic vessels seized by its customs service to Peru on Tuesday, "
     "according to the Peruvian culture ministry.",
     "RETREAT", ("CHL", None), ("PER", None), None),
    # --- REQUEST (an appeal, plain; a demand with attribution after the clause; "he" from the sentence
    # before)
    ("Bolivia's electoral tribunal appealed to the Organization of American States on Monday to send "
     "observers to next month's presidential runoff.",
     "REQUEST", ("BOL", None), ("IGO", None), None),
    ("Georgia must free the jailed photographer without delay, a spokesman for the European Union said in "
     "Brussels on Tuesday.",
     "REQUEST", ("EUR", None), ("GEO", None), None),
    ("The president of Kiribati addressed a Pacific climate meeting in Wellington on Wednesday. He asked New "
     "Zealand to double its funding for seawalls on the outer atolls.",
     "REQUEST", ("KIR", "GOV"), ("NZL", None), None),
    # --- ACCUSE (an envoy summoned, plain; an accusation with attribution after the clause; a nominal
    # denunciation with a capital)
    ("Estonia summoned the Russian charge d'affaires on Monday after a Russian military plane entered its "
     "airspace over the Gulf of Finland.",
     "ACCUSE", ("EST", None), ("RUS", None), None),
    ("Ivory Coast is sheltering officers who plotted to topple the government, Burkina Faso's security "
     "minister alleged in a televised address on Wednesday.",
     "ACCUSE", ("BFA", "GOV"), ("CIV", None), None),
    ("In a report published on Tuesday, Human Rights Watch denounced the stripping of citizenship from 94 "
     "critics by the government in Managua.",
     "ACCUSE", ("NGO", None), ("NIC", None), None),
    # --- REJECT (a proposal rejected, plain; a veto; an offer turned down, a phrasal verb)
    ("Uzbekistan rejected a Russian proposal on Tuesday to join a customs union led by Moscow, the foreign "
     "ministry in Tashkent said.",
     "REJECT", ("UZB", None), ("RUS", None), None),
    ("Panama's president vetoed a bill passed by the National Assembly that would have let mining firms "
     "renew their concessions without public hearings.",
     "REJECT", ("PAN", "GOV"), ("PAN", "LEG"), None),
    ("The Cameroonian government has turned down an offer from the country's Catholic bishops to mediate in "
     "the two English-speaking regions, a spokesman said.",
     "REJECT", ("CMR", "GOV"), ("CMR", None), None),
    # --- THREATEN (a threat, plain; an ultimatum; a conditional warning with attribution after the clause)
    ("Guinea's military rulers threatened on Friday to dissolve any political party that boycotts next "
     "year's constitutional referendum.",
     "THREATEN", ("GIN", None), None, None),
    ("Papua New Guinea's police commissioner gave tribal fighters in Enga province until Sunday to hand in "
     "their rifles or face arrest.",
     "THREATEN", ("PNG", "COP"), ("PNG", None), None),
    ("Any Armenian attempt to fortify the hills above the Syunik highway will be met with force, "
     "Azerbaijan's defence ministry warned on Saturday.",
     "THREATEN", ("AZE", "GOV"), ("ARM", None), None),
    # --- PROTEST (a march, plain; a strike, a phrasal verb; a road blockade)
    ("Several thousand Georgians marched across central Tbilisi on Sunday against a bill that would curb "
     "foreign funding of charities and newspapers.",
     "PROTEST", ("GEO", None), None, None),
    ("Dock workers at Abidjan's port walked off the job at dawn on Monday in a row over bonuses they say are "
     "months overdue, halting the loading of cocoa onto waiting ships.",
     "PROTEST", ("CIV", "LAB"), None, None),
    ("Coca growers blockaded the roads linking La Paz to the Yungas valleys for a third straight day on "
     "Wednesday, angered by a new eradication plan.",
     "PROTEST", ("BOL", None), None, None),
    # --- SANCTION (an ambassador recalled, plain; tariffs; relations broken off, a phrasal verb)
    ("Tajikistan recalled its ambassador to Kyrgyzstan on Thursday after border guards traded fire near the "
     "Vorukh enclave.",
     "SANCTION", ("TJK", None), ("KGZ", None), None),
    ("Costa Rica imposed tariffs of up to 40 percent on Nicaraguan beans and dairy products on Monday.",
     "SANCTION", ("CRI", None), ("NIC", None), None),
    ("Mali's military rulers broke off diplomatic relations with Ukraine on Sunday, accusing Kyiv of backing "
     "separatist fighters in the desert north.",
     "SANCTION", ("MLI", None), ("UKR", None), None),
    # --- MOBILIZE (soldiers deployed, plain; an alert level raised; riot police sent in, passive with "by")
    ("Ecuador sent 3,000 troops into Guayaquil on Tuesday following a spate of gang murders in the port.",
     "MOBILIZE", ("ECU", None), None, None),
    ("Lithuania put its rapid reaction force on a higher state of alert on Friday as Russian and Belarusian "
     "units began drills close to the frontier.",
     "MOBILIZE", ("LTU", None), None, None),
    ("Hundreds of riot officers were ordered onto Nouakchott's streets by the interior ministry on Monday "
     "night before the results were read out.",
     "MOBILIZE", ("MRT", "GOV"), None, None),
    # --- COERCE (arrests, plain; a suspension of a broadcaster; students dispersed, passive with "by" and a
    # relative clause; a denied detention, negated)
    ("Salvadoran police arrested 14 suspected members of the MS-13 gang in the eastern department of San "
     "Miguel on Saturday.",
     "COERCE", ("SLV", "COP"), ("SLV", "CRM"), None),
    ("Togo's media regulator suspended the French broadcaster RFI for three months on Monday over its "
     "coverage of street protests in Lome.",
     "COERCE", ("TGO", None), ("FRA", None), None),
    ("Students who had gathered outside the National Assembly in Yerevan to oppose higher tuition fees were "
     "dispersed with tear gas by police on Wednesday.",
     "COERCE", ("ARM", "COP"), ("ARM", "EDU"), None),
    ("Kazakhstan's interior ministry on Friday denied that its officers had detained a well-known blogger in "
     "Almaty, saying he had left the country of his own accord.",
     "COERCE", ("KAZ", None), None, "negated"),
    # --- ASSAULT (villagers killed by gunmen, plain; a police post attacked, passive with "by"; mortar fire
    # in reported speech with "its"; a nominal drone strike)
    ("Gunmen killed 11 villagers in a raid on a hamlet in the Mopti region of central Mali on Sunday, local "
     "officials said.",
     "ASSAULT", ("MLI", None), ("MLI", "CVL"), None),
    ("A police post in northern Benin was attacked by jihadist militants overnight, leaving four officers "
     "dead, the interior ministry said.",
     "ASSAULT", ("BEN", None), ("BEN", "COP"), None),
    ("Armenia's defence ministry said Azerbaijani forces fired mortars at its positions outside Sotk early "
     "on Tuesday.",
     "ASSAULT", ("AZE", "MIL"), ("ARM", None), None),
    ("A drone strike by the Burkinabe army on a crowded cattle market in Soum province killed at least 20 "
     "civilians, residents and an aid worker told AFP.",
     "ASSAULT", ("BFA", "MIL"), ("BFA", "CVL"), None),
]

#: passages that report no act that happened
EMPTY: list[str] = [
    "Money sent home by Tajik labourers working in Russia made up nearly a third of the country's economic "
    "output last year, central bank figures show.",
    "A survey by a Tbilisi research institute found that 61 percent of Georgians favour joining the European "
    "Union, down four points since the spring.",
    "Election officials in Lima had counted 87 percent of ballots by midnight, with the two leading "
    "candidates separated by fewer than 40,000 votes.",
    "Belize maintains that roughly half of its territory is the subject of an unfounded Guatemalan claim, a "
    "dispute that judges in The Hague are now weighing.",
    "The International Monetary Fund expects Papua New Guinea's economy to expand by about 4.6 percent in "
    "the coming year as a new gold mine comes on stream.",
    "Analysts in Almaty said the central bank could raise interest rates again in the spring if the tenge "
    "keeps weakening against the dollar.",
    "Latvia regained its independence in 1991 after half a century of Soviet rule, and became a member of "
    "NATO and the European Union in 2004.",
    "Fishermen from the Ghanaian town of Elmina usually put to sea before dawn and sell their catch on the "
    "harbour front by noon.",
    "Cameroon attacked relentlessly down the left flank after the interval yet never found the equaliser "
    "against Gabon in Yaounde.",
    "Shares in the Kuwaiti telecom operator retreated 3 percent in early trading after the company reported "
    "weaker quarterly profit.",
    "The Estonian start-up deployed its new payments software at banks in three countries last quarter, the "
    "firm said in its annual report.",
    "Researchers at the University of the South Pacific said coral colonies around Fiji's Lau islands had "
    "recovered faster than expected from the last bleaching.",
    "The television crime series, set in the back streets of Bishkek, follows a detective who arrests a "
    "different smuggler in every episode.",
    "Fiji's sevens team crushed Samoa 38-5 in the final in Suva, stretching its unbeaten run to eleven "
    "matches.",
    "Cheap Chinese motorcycles have invaded the market in Burkina Faso, squeezing local assembly plants out "
    "of business.",
    "Uzbekistan's top-ranked chess player defeated an Armenian grandmaster in 34 moves to reach the "
    "tournament final in Tashkent.",
    "Heavy rains are forecast to lash the Andean highlands of Ecuador and southern Colombia through the "
    "weekend, the weather service said.",
    "Azerbaijan's constitution bars the president from dissolving parliament while a state of war is in "
    "force.",
    "Chile and Bolivia have had no full diplomatic relations since 1978, when talks over a Bolivian corridor "
    "to the Pacific collapsed.",
    "Diplomats in Libreville said the transitional government might seek a fresh loan from the IMF before "
    "December, though no request has been made.",
    "Cocoa futures in London rose to their highest level since August on Tuesday on fears that heavy rains "
    "in Ivory Coast would damage the harvest.",
    "About one in five citizens of Samoa lives abroad, most of them in New Zealand, Australia and the United "
    "States.",
    "Panama's canal authority says water in Gatun Lake is high enough for normal traffic through the whole "
    "dry season.",
    "Bolivia's national side has never lost a World Cup qualifier at home to Peru, a record helped by the "
    "thin air of La Paz.",
    "The Qatari airline's new route to Almaty will begin in March with three flights a week, if regulators "
    "in Kazakhstan sign off on the schedule.",
]

FLOORS = {"type": 0.93, "actor_code": 0.93, "actor_sector": 0.92, "recipient": 0.91, "pass": 0.91,
          "empty": 0.97}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED)
            for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind44")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind44-empty")


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


def test_blind44_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind44 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind44_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind44 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
                                     + "\n".join(wrong))


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
