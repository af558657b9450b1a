"""A sixty-fourth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-02, before the coder was run on any of them, on one week in South
Asia, Central Asia and the Caucasus the way the desks of PTI, Dawn, RFE/RL and AFP write it: India's and
Pakistan's border firing and their diplomats, Bangladesh's interim government and its courts, Nepal's and Sri
Lanka's protests and police, Afghanistan's Taliban and their bans, the border rows and arrests of Kazakhstan,
Kyrgyzstan and Tajikistan, Georgia's and Armenia's protests and Azerbaijan's detentions, with a few parties
from farther away (the United States, Canada, Germany, Australia, China, the UN and its food agency, the
European Union, Amnesty International, Human Rights Watch). About half of the stories are plain wire copy
(offered, held talks, signed, lifted, began joint drills, shipped, freed, urged, summoned, accused, rejected,
warned, marched, expelled, recalled, rushed troops, placed on high alert, deported, barred, shelled), the
other half harder: acts told in the passive with the agent named only in the sentence before ("were handed
over", "were released", "were detained"), officials' titles whose country is named only in an earlier sentence
("the ports minister", "the parliament speaker", "the home minister"), acts told by a noun in a prepositional
phrase ("following talks with", "following the detention by police in Baku of", "after the return to India
by"), reported speech, attribution after the clause, the passive with "by", capitals for states, nationality
adjectives, pronouns resolved from the sentence before, phrasal verbs ("gave in to", "pulled back", "handed
over"), relative clauses, and stories that close with an act of another type than their first sentence's
(talks then a promise, an accusation then detentions, a detention then a release, troops flown in then an
appeal).

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
for a bare state, a capital, authorities, protesters or gunmen only the code is checked.

A story passes when the coder gives it at least one event of the expected type whose actors include the
expected actor (its code, and its sector where one is given), whose recipients include the expected recipient
where one is given, and whose modality is the expected one where one is given; the batch also measures the
share of stories with an event of the right type, with the right actor code, with the right actor sector (of
those with a sector) and with the right recipient (of those with a recipient). An EMPTY passage passes when
the coder reports no event in it as having happened (modality "asserted" or "reported"): they are trade and
remittance statistics, a poll, tallies, standing positions in the simple present, forecasts, hedged
speculation, background history with years, habits, and political verbs in the senses of sports, business,
science, technology and crime reporting (bowlers who "attacked" a batting order, shares that "retreated", a
software firm that "deployed" a platform, shrinking glaciers "threatening" water supplies, pickpockets who
"target" tourists, a football team that "defended deep" and "struck on the counter").

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold sets, the seed, the
news, the demo corpus and tests/ (and within the batch itself), and none was found. The batch was written
without reading the coder's code, lexicons, rules or data, or the stories of any other blind batch; FLOORS are
all 0.0 until the first run.

FIRST RUN, held back and never read (written by a helper at the start of the fourteenth session (2026-12-02)):
run once at its start, on its starting code (2ae9e40, whose code is 5b3204f): the type found in 44 of 50
stories (0.880); the actor code right on an event of the type in 41 (0.820); code and sector in 18 of the 21
that give a sector (0.857); the recipient right in 31 of the 38 that give one (0.816); **40 of 50 passing
(0.800)**; 21 of 25 empty passages left empty. Run again at its end, on its final code (de1df7d): the same
figures, but for 23 of 25 empty passages left empty (two more).
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
    # --- AGREE (an offer by a ministry; a promise by a minister known only by title after a cabinet meeting;
    # an act announced for the future in reported speech, attribution after the clause)
    ("Kazakhstan's foreign ministry offered on Tuesday to receive Armenian and Azerbaijani negotiators in "
     "Almaty for another session of their normalisation process, whenever both sides wished.",
     "AGREE", ("KAZ", "GOV"), None, None),
    ("Sri Lanka's cabinet met late into Monday night to discuss a strike that has shut the port of Colombo. "
     "The ports minister then promised the striking dockworkers that the arrears owed to them would be "
     "settled within three weeks.",
     "AGREE", ("LKA", "GOV"), ("LKA", "LAB"), None),
    ("Uzbekistan will help build a railway from Termez to the Afghan city of Mazar-i-Sharif, its transport "
     "minister told a visiting Taliban delegation in Tashkent on Thursday.",
     "AGREE", ("UZB", None), ("AFG", None), None),
    # --- CONSULT (talks with a counterpart named by a nationality adjective; talks told by a noun after
    # "following"; a telephone call by "he" resolved from the sentence before)
    ("India's foreign secretary held talks with his Bangladeshi counterpart in Dhaka on Monday on river "
     "water and a spate of killings along the frontier.",
     "CONSULT", ("IND", "GOV"), ("BGD", "GOV"), None),
    ("Azerbaijan's president flew home from Ankara on Wednesday following talks with his Turkish "
     "counterpart on a new gas pipeline to Europe.",
     "CONSULT", ("AZE", "GOV"), ("TUR", "GOV"), None),
    ("Nepal's prime minister toured flood-hit districts of the Terai on Saturday morning. Later that day he "
     "telephoned Narendra Modi, India's prime minister, to discuss relief convoys.",
     "CONSULT", ("NPL", "GOV"), ("IND", "GOV"), None),
    # --- SUPPORT (a joint signing; praise by the UN chief; an apology with capitals for both states)
    ("Armenia and the European Union signed an agreement easing visa rules for Armenian travellers in "
     "Brussels on Tuesday.",
     "SUPPORT", ("ARM", None), None, None),
    ("The UN secretary-general on Friday praised Bangladesh's interim government for its continued hosting "
     "of roughly 1.1 million Rohingya who fled Myanmar, despite the country's economic troubles.",
     "SUPPORT", ("UNO", None), ("BGD", "GOV"), None),
    ("An Indian army patrol strayed several kilometres into Nepali territory last week, officials in "
     "Kathmandu said. New Delhi has since apologised to Kathmandu for the incursion, according to Nepal's "
     "foreign ministry.",
     "SUPPORT", ("IND", None), ("NPL", None), None),
    # --- CONCEDE (a ban lifted; a curfew eased; a demand given in to by a speaker whose country is named only
    # in the sentence before)
    ("Pakistan on Wednesday lifted its ban on Afghan transit goods moving through the port of Karachi, "
     "ending a three-month standoff with Kabul.",
     "CONCEDE", ("PAK", None), ("AFG", None), None),
    ("Bangladesh's interim government eased a curfew in the northern district of Rangpur on Sunday after "
     "three days without violence, allowing shops to open for eight hours.",
     "CONCEDE", ("BGD", "GOV"), None, None),
    ("Georgian lawmakers debated the bill on foreign funding of media for a sixth straight day on Tuesday. "
     "Late that evening the parliament speaker gave in to the opposition's demand for an independent "
     "inquiry into police violence at the protests.",
     "CONCEDE", ("GEO", "LEG"), ("GEO", "OPP"), None),
    # --- COOPERATE (joint drills; an extradition in the passive with the agent in the sentence before;
    # intelligence shared, in reported speech)
    ("Kazakh and Chinese troops began a week of joint counterterrorism drills outside Khorgos, a frontier "
     "trading hub, on Monday.",
     "COOPERATE", ("KAZ", "MIL"), None, None),
    ("Tajikistan's prosecutor general approved a Russian extradition request last month. The two suspected "
     "militants were handed over to Moscow on Thursday, his office said.",
     "COOPERATE", ("TJK", None), ("RUS", None), None),
    ("Sri Lanka's navy said on Friday it had shared intelligence with the Indian coast guard that led to "
     "the seizure of a trawler carrying 300 kilograms of heroin.",
     "COOPERATE", ("LKA", "MIL"), ("IND", None), None),
    # --- AID (food delivered by a UN agency; asylum granted, in reported speech; shelters sent to "them"
    # resolved from the sentence before)
    ("The World Food Programme shipped 2,000 tonnes of flour this week to families in drought-stricken "
     "northern Afghanistan.",
     "AID", ("UNO", None), ("AFG", None), None),
    ("Germany has granted asylum to an Azerbaijani journalist who fled Baku after a wave of arrests of "
     "independent reporters, her lawyer said on Wednesday.",
     "AID", ("DEU", None), ("AZE", "JRN"), None),
    ("Survivors of last month's earthquake in western Nepal are still sleeping in tents as winter "
     "approaches. China sent them 500 prefabricated shelters on Monday, Beijing's ambassador in Kathmandu "
     "said.",
     "AID", ("CHN", None), ("NPL", None), None),
    # --- RETREAT (prisoners freed; troops pulled back; a release in the passive with the agent in the
    # sentence before, after a detention; a return of property told by a noun)
    ("Pakistan freed 22 Indian fishermen from Karachi's Malir jail on Friday and escorted them to the Wagah "
     "crossing.",
     "RETREAT", ("PAK", None), ("IND", None), None),
    ("Tajik border troops pulled back from a disputed water intake near the enclave of Vorukh on Wednesday, "
     "a day after security chiefs from Dushanbe and Bishkek met in the Kyrgyz town of Batken.",
     "RETREAT", ("TJK", "MIL"), None, None),
    ("Azerbaijani forces detained two Armenian soldiers who wandered across the border in thick fog in "
     "August. The pair were released on Saturday and handed back at a crossing in the north, the Red Cross "
     "said.",
     "RETREAT", ("AZE", None), ("ARM", None), None),
    ("Temple priests in Tamil Nadu held a thanksgiving ceremony on Sunday after the return to India by "
     "Australia of three bronze idols that were stolen from a village shrine in the 1970s.",
     "RETREAT", ("AUS", None), ("IND", None), None),
    # --- REQUEST (an NGO urging a state; the EU calling on a government; an appeal by a minister known only
    # by title, after troops flown in)
    ("Amnesty International urged Sri Lanka on Tuesday to repeal its sweeping anti-terror law, saying the "
     "statute is still being used to hold activists for months without charge.",
     "REQUEST", ("NGO", None), ("LKA", None), None),
    ("The European Union pressed Georgia's government on Thursday to withdraw charges against dozens of "
     "people detained during demonstrations in Tbilisi.",
     "REQUEST", ("EUR", None), ("GEO", "GOV"), None),
    ("India's home ministry flew two more battalions of paramilitary police into Manipur last week. On "
     "Wednesday the home minister appealed to the state's feuding ethnic militias to hand in their guns "
     "before the new year.",
     "REQUEST", ("IND", "GOV"), None, None),
    # --- ACCUSE (an envoy summoned; an accusation by a ministry; a charge by an NGO with attribution after
    # the clause)
    ("Islamabad summoned a senior Indian diplomat to the foreign office on Sunday to lodge a protest over "
     "what it described as unprovoked shooting across the Line of Control.",
     "ACCUSE", ("PAK", None), ("IND", None), None),
    ("Armenia's foreign ministry on Thursday accused Azerbaijan of mistreating ethnic Armenian prisoners "
     "held in Baku, citing accounts from detainees freed earlier this year.",
     "ACCUSE", ("ARM", "GOV"), ("AZE", None), None),
    ("The interim government in Dhaka is using the courts to silence its political opponents, Human Rights "
     "Watch charged in a report published on Monday.",
     "ACCUSE", ("NGO", None), ("BGD", "GOV"), None),
    # --- REJECT (an offer rejected; bail refused by a court to a former minister, with a relative clause; an
    # appeal rebuffed, in reported speech)
    ("India on Tuesday rejected an offer from Islamabad of a neutral inquiry into the Kashmir bombing, "
     "calling it a diversion.",
     "REJECT", ("IND", None), ("PAK", None), None),
    ("A Dhaka court refused bail on Sunday to a former state minister accused of ordering police to fire on "
     "students during the 2024 uprising.",
     "REJECT", ("BGD", "JUD"), ("BGD", "ELI"), None),
    ("The Taliban's supreme leader has rebuffed a UN appeal to let girls return to secondary school, his "
     "spokesman said on Friday.",
     "REJECT", ("AFG", None), ("UNO", None), None),
    # --- THREATEN (a conditional threat; an ultimatum by striking teachers; a warning in reported speech with
    # a capital for the state and attribution after the clause)
    ("Pakistan warned on Monday that it would shut the Chaman border crossing unless Taliban authorities "
     "hand over militants it blames for attacks in Balochistan.",
     "THREATEN", ("PAK", None), ("AFG", None), None),
    ("Striking teachers in Nepal gave the government 48 hours to meet their pay demands or face an "
     "indefinite shutdown of every public school in the country.",
     "THREATEN", ("NPL", "EDU"), ("NPL", "GOV"), None),
    ("Baku will answer any further provocation on the border with force, Azerbaijan's president warned "
     "Armenia in a televised address on Saturday.",
     "THREATEN", ("AZE", "GOV"), ("ARM", None), None),
    # --- PROTEST (a march; a hunger strike by a jailed opposition leader; a highway blocked by drivers after
    # a price rise)
    ("A crowd of some 40,000 Georgians marched down Rustaveli Avenue on Sunday evening, demanding that last "
     "month's parliamentary vote be held again.",
     "PROTEST", ("GEO", None), None, None),
    ("A jailed Azerbaijani opposition figure went on a hunger strike on Tuesday against what his family "
     "called fabricated charges, his lawyer said.",
     "PROTEST", ("AZE", "OPP"), None, None),
    ("Kazakhstan raised the price of diesel by a fifth on Monday. By Wednesday, lorry drivers angry at the "
     "increase had blocked the highway between Almaty and the Kyrgyz border at three points.",
     "PROTEST", ("KAZ", None), None, None),
    # --- SANCTION (a diplomat expelled; an envoy recalled; aid suspended, in the passive with "by")
    ("India expelled a Pakistani diplomat on Thursday, accusing him of spying on troop movements in Punjab, "
     "and gave him 24 hours to leave.",
     "SANCTION", ("IND", None), ("PAK", None), None),
    ("India recalled its high commissioner from Ottawa on Monday after Canadian police named him a person "
     "of interest in a murder inquiry.",
     "SANCTION", ("IND", None), ("CAN", None), None),
    ("Georgia's parliament adopted its law on foreign agents in May despite weeks of street protests. In "
     "response, $95 million in American assistance to Tbilisi has been suspended by the State Department.",
     "SANCTION", ("USA", "GOV"), ("GEO", None), None),
    # --- MOBILIZE (troops rushed to a front; police stations placed on high alert; large-scale exercises near
    # a border, in reported speech)
    ("India rushed additional troops to forward positions in Kashmir's Poonch sector on Friday after two "
     "days of shelling across the frontier.",
     "MOBILIZE", ("IND", None), None, None),
    ("Sri Lanka's police chief placed every station in Colombo on high alert on Saturday ahead of a rally "
     "planned by the main opposition alliance.",
     "MOBILIZE", ("LKA", "COP"), None, None),
    ("Azerbaijan's army staged large-scale exercises involving 15,000 troops and hundreds of armoured "
     "vehicles close to the Armenian border on Thursday, according to Baku's defence ministry.",
     "MOBILIZE", ("AZE", "MIL"), None, None),
    # --- COERCE (a ban; refugees deported; a detention told by a noun after "following"; detentions in the
    # passive with the agent in the sentence before, after an accusation)
    ("The Taliban barred women from attending courses at private nursing institutes in Kabul on Tuesday, "
     "health workers said.",
     "COERCE", ("AFG", None), ("AFG", None), None),
    ("Pakistani authorities deported upwards of 3,000 Afghan refugees via Torkham on Wednesday, a one-day "
     "record for the year.",
     "COERCE", ("PAK", None), ("AFG", "REF"), None),
    ("Press freedom groups condemned Azerbaijan on Friday following the detention by police in Baku of "
     "three more reporters from an independent news website.",
     "COERCE", ("AZE", "COP"), ("AZE", "JRN"), None),
    ("Kyrgyzstan's security service on Tuesday accused an opposition newspaper of plotting mass unrest. Its "
     "editor and two of its reporters were detained hours later and taken to a pretrial facility in "
     "Bishkek.",
     "COERCE", ("KGZ", None), ("KGZ", "JRN"), None),
    # --- ASSAULT (shelling; a denial, negated; an attack in the passive with "by")
    ("Pakistani troops shelled Indian posts in the Uri sector overnight into Wednesday, killing two "
     "soldiers, an Indian army spokesman said.",
     "ASSAULT", ("PAK", "MIL"), ("IND", None), None),
    ("Tajikistan denied on Tuesday that its frontier guards had shot at Kyrgyz villagers near the village "
     "of Ak-Sai.",
     "ASSAULT", ("TJK", None), ("KGZ", None), "negated"),
    ("A police post in Balochistan's Kech district was overrun by separatist gunmen before dawn on Monday, "
     "and six officers were killed, provincial officials said.",
     "ASSAULT", ("PAK", None), ("PAK", "COP"), None),
]

#: passages with no act that happened
EMPTY: list[str] = [
    "India's exports to Bangladesh fell 11 percent in the year to March, to $9.2 billion, according to "
    "figures from the commerce ministry in New Delhi.",
    "Fifty-eight percent of Georgians would like their country to be inside the European Union within ten "
    "years, a poll by a Tbilisi think tank found this week.",
    "More than 4,200 people have died in avalanches, floods and landslides in Pakistan's northern mountains "
    "since 2010, figures from the disaster management authority show.",
    "Kazakhstan opposes foreign military bases on its soil and regards balance between Moscow and Beijing "
    "as the cornerstone of its foreign policy.",
    "Meteorologists expect the south-west monsoon to arrive on Sri Lanka's southern coast roughly eight "
    "days late, which could delay the rice harvest in several districts.",
    "Diplomats in Islamabad said privately that the prime minister might travel to Kabul before December, "
    "though nobody has yet proposed a date.",
    "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in the early 1990s that left about 30,000 "
    "dead, and fighting flared again in 2016 and 2020.",
    "Every winter, herders from Tajikistan's Rasht valley drive their flocks down to lower pastures, a "
    "journey that can take three weeks on foot.",
    "Pakistan's fast bowlers attacked the South African top order from the first over in Lahore on "
    "Saturday, reducing the visitors to 40 for four before lunch.",
    "Shares of Indian software exporters retreated on Monday as the rupee strengthened against the dollar, "
    "dragging the Mumbai benchmark down 0.8 percent.",
    "A Pune software firm deployed an upgraded version of its payments platform across four Bangladeshi "
    "lenders over the weekend, according to a company filing.",
    "Researchers in Almaty found that the glaciers feeding the city's rivers have shrunk by about a third "
    "since the 1950s, threatening water supplies by the middle of the century.",
    "Kyrgyzstan's national team defended deep for most of the match and struck on the counter in the 88th "
    "minute to beat Oman 1-0 in Bishkek.",
    "Azerbaijan's state oil company expects output from its Caspian fields to slip slightly next year as "
    "older wells run dry.",
    "India's world chess champion sacrificed a knight on move 22, and his Chinese challenger resigned "
    "twelve moves later in Singapore.",
    "East Pakistan broke away to become Bangladesh in December 1971, after nine months of war that drew in "
    "Indian forces only at the very end.",
    "Bhutan measures its progress by an index of gross national happiness and maintains no formal "
    "diplomatic ties with any of the five permanent members of the UN Security Council.",
    "Remittances from Tajik labourers in Russia are worth close to half of Tajikistan's gross domestic "
    "product, World Bank estimates show.",
    "Analysts in Kathmandu say the coalition could collapse if its second-largest party pulls out, though "
    "that party's leader has given no sign of doing so.",
    "Shopkeepers in Old Dhaka usually roll down their shutters around midday on Fridays for prayers.",
    "A small satellite built by Sri Lankan engineering students is due to be launched from Japan next "
    "spring to monitor deforestation in the island's hill country.",
    "Georgia's rugby forwards overpowered the Uruguayan pack and crossed for four tries in Tbilisi on "
    "Saturday.",
    "Kazakhstan's biggest uranium miner has cut its production forecast for next year, blaming a shortage "
    "of sulphuric acid.",
    "Pickpockets target tourists at Kathmandu's Durbar Square most heavily during the autumn festival "
    "season, according to the tourist police.",
    "A Pakistani drama about a village schoolteacher who defies a local landlord has become one of the most "
    "streamed series in India this year.",
]

FLOORS = {"type": 0.85, "actor_code": 0.83, "actor_sector": 0.82, "recipient": 0.78, "pass": 0.79,
          "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind64")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind64-empty")


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


def test_blind64_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind64 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind64_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind64 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
