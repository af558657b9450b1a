"""A thirtieth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them, on the economy,
trade, energy, migration and humanitarian affairs (tariffs and trade disputes, loans and bailouts,
sanctions and their lifting, refugee flows and deportations, disaster relief, fishing and water disputes,
pipeline and energy deals, ambassadors summoned over trade) and on regional and local politics in smaller
countries, the way the desks of AP, Reuters, AFP and VOA write it. About half of the stories are plain
wire copy, the other half harder: reported speech, attribution after the clause, the passive with "by",
nominal events, titles instead of names, capitals for states, nationality adjectives, pronouns resolved
from the sentence before, phrasal verbs and idioms, relative clauses. Each story comes with the PLOVER
type of one act its last sentence reports, that act's actor and recipient (code and sector) and, where it
matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions,
CAMEO's actor and sector conventions, the project's codes for international bodies: UN agencies UNO,
other intergovernmental bodies IGO, NGOs NGO, the European Union EUR; an act announced for the future is
an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal
agreement is SUPPORT, 057; lifting sanctions, easing restrictions and giving in to demands are CONCEDE,
081, 083; extradition and shared intelligence are COOPERATE; asylum granted is AID; a release of
prisoners, a pullback of troops or the return of seized property is RETREAT; summoning a foreign
ambassador is ACCUSE, 114; tariffs, diplomats expelled and aid suspended are SANCTION; deportations and
seizures are COERCE; when two parties act jointly the coder codes both as actors with no recipient, as
PLOVER-GSR does, so the first is given as the actor and the recipient as None; a denial "X denied that it
had ..." gives the modality "negated"). A sector is given only where it is clear-cut; for a bare state
name, a capital, "authorities", protesters or gunmen only the code is checked.

Two kinds of case:

- STORIES: a story passes when the coder gives, for the story, at least one event of the expected type
  whose actors include the expected actor (code, and sector where one is given), whose recipients include
  the expected recipient where one is given, and whose modality is the expected one where one is given.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing
  positions in the simple present, forecasts, hedged speculation, background history with years, habits,
  and political verbs in sports, business, science, technology and crime-reporting senses (a side that
  "attacked", a crude benchmark that "retreated", a firm that "deployed" software). A passage passes when
  the coder gives it no event with an asserted or reported modality.

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared with
the gold sets, the seed, the news, the demo corpus and the tests; none was found. Nothing comes from a gold
set, the seed or the demo corpus; the batch was written without reading the coder's code, lexicons and
rules or any earlier blind batch's stories.

FIRST RUN, on commit 5610c44 (the third 2026-12-01 session's starting coder): the type found in 47 of
50 stories (0.940); the actor code right on an event of the type in 47 (0.940); code and sector in 12
of the 14 that give a sector (0.857); the recipient right in 33 of the 40 that give one (0.825);
**42 of 50 passing (0.840)**; 21 of the 25 empty passages with no event that happened (0.840). No
expectation was changed after the first run. Its 8 misses: gas to be shipped to another state
(nothing coded), a loan to a capital with the lender's sector wrong and no recipient, a counterpart
met "there" left without its sector, demands answered told as "their demands", the other state's
police told as "their Turkish counterparts", "Brussels" read as Belgium where it stands for the
European Union, a trawler "seized ... by the Norwegian coast guard" behind a relative clause
(nothing coded), and a police station that "came under fire" from gang members. Four empty
passages gave events: crude oil that "retreated", a national team that "attacked relentlessly" in
a final, physicists who "bombarded" nuclei, a currency that "gave up" its gains. The misses were
read and rules followed (the session's later runs are in the README), so the batch is no longer
blind. FLOORS were set after those rules, a little under its figures then.
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
    # --- AGREE (plain pledge of a loan; a future act in reported speech with attribution after the
    # clause; a future act by an IGO with a capital for the state, context in the sentence before)
    ("China pledged on Wednesday to lend Sri Lanka $1.2 billion to finish a container terminal at the "
     "southern port of Hambantota.",
     "AGREE", ("CHN", None), ("LKA", None), None),
    ("Norway will ship additional natural gas to Poland through the Baltic Pipe this winter to make up for "
     "lost Russian supplies, the Norwegian energy minister told reporters in Oslo on Monday.",
     "AGREE", ("NOR", None), ("POL", None), None),
    ("Cyclone floods have washed away maize fields across the southern districts of Malawi. The World Bank "
     "said on Thursday it would provide Lilongwe with $150 million in emergency financing.",
     "AGREE", ("IGO", None), ("MWI", None), None),
    # --- CONSULT (plain meeting with titles; joint talks; a visit with "there" and a pronoun)
    ("Vietnam's prime minister met his Thai counterpart in Hanoi on Friday to discuss rice export prices "
     "and a planned rail link through Laos.",
     "CONSULT", ("VNM", "GOV"), ("THA", "GOV"), None),
    ("Paraguay and Bolivia held talks in Asuncion on Tuesday on how to share water from the Pilcomayo River "
     "during the dry season.",
     "CONSULT", ("PRY", None), None, None),
    ("The Mexican foreign minister flew to Washington on Sunday as a dispute over tomato duties deepened. "
     "There she sat down with the U.S. commerce secretary for two hours of talks.",
     "CONSULT", ("MEX", "GOV"), ("USA", "GOV"), None),
    # --- SUPPORT (joint signing; praise by a head of state; welcome in the passive with "by")
    ("Chile and Argentina signed a deal in Santiago on Wednesday for a second natural gas pipeline across "
     "the Andes, linking the Vaca Muerta shale field to Chilean power plants.",
     "SUPPORT", ("CHL", None), None, None),
    ("Ghana's president praised the African Union on Monday for brokering a truce between cocoa farmers "
     "and herders in the country's Ashanti region.",
     "SUPPORT", ("GHA", "GOV"), ("IGO", None), None),
    ("Indonesia's decision to scrap its ban on nickel ore exports was welcomed on Tuesday by the European "
     "Commission, which had challenged the measure at the World Trade Organization.",
     "SUPPORT", ("EUR", None), ("IDN", None), None),
    # --- CONCEDE (sanctions lifted; restrictions eased; an idiom, "gave in to", with a pronoun)
    ("The U.S. Treasury lifted its sanctions on Venezuela's state oil company on Thursday, allowing Western "
     "firms to resume buying crude from the Orinoco belt.",
     "CONCEDE", ("USA", None), ("VEN", None), None),
    ("India eased curbs on rice exports to Bangladesh on Monday, letting traders ship 200,000 tonnes of "
     "non-basmati grain by the close of December.",
     "CONCEDE", ("IND", None), ("BGD", None), None),
    ("Dock workers in Mombasa walked off the job last week, leaving container ships queuing offshore. On "
     "Saturday the Kenya Ports Authority gave in to their demands for a 12 percent raise in wages.",
     "CONCEDE", ("KEN", None), ("KEN", "LAB"), None),
    # --- COOPERATE (extradition; joint naval patrols; shared intelligence in the passive with "by")
    ("Spain extradited a Colombian businessman to Bogota on Wednesday to face charges of laundering money "
     "for cocaine traffickers.",
     "COOPERATE", ("ESP", None), ("COL", None), None),
    ("Ghana and Togo held joint naval patrols in the Gulf of Guinea this week to deter pirates who have "
     "been boarding fishing trawlers off their coasts.",
     "COOPERATE", ("GHA", None), None, None),
    ("Details of a smuggling ring that ferried migrants across the Evros river were passed to Greek police "
     "by their Turkish counterparts, a police spokesman in Athens said on Friday.",
     "COOPERATE", ("TUR", "COP"), ("GRC", "COP"), None),
    # --- AID (relief supplies; a central bank deposit; asylum; food distribution by a UN agency with
    # "there" resolved from the sentence before)
    ("Japan flew 50 tonnes of tents, water purifiers and medicine to Vanuatu on Saturday after a cyclone "
     "tore through the island nation's capital.",
     "AID", ("JPN", None), ("VUT", None), None),
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank on Tuesday to prop up Islamabad's "
     "shrinking foreign currency reserves.",
     "AID", ("SAU", None), ("PAK", None), None),
    ("Germany has granted asylum to a Belarusian journalist who fled Minsk after reporting on the jailing "
     "of opposition figures, his lawyer said on Thursday.",
     "AID", ("DEU", None), ("BLR", "JRN"), None),
    ("Mudslides buried dozens of homes in the Peruvian highlands over the weekend. The U.N. World Food "
     "Programme started distributing rations to displaced residents there on Monday.",
     "AID", ("UNO", None), ("PER", "CVL"), None),
    # --- RETREAT (fishermen freed; troops pulled back; seized property handed back, relative clause)
    ("Myanmar freed 32 Thai fishermen on Tuesday who had been held for months for fishing without a "
     "permit in the Andaman Sea.",
     "RETREAT", ("MMR", None), ("THA", None), None),
    ("Venezuela pulled its troops back from the disputed Essequibo frontier on Sunday, a week after "
     "regional leaders met to calm tensions with Guyana.",
     "RETREAT", ("VEN", None), None, None),
    ("Chinese authorities returned a Philippine fishing boat they had impounded near Scarborough Shoal in "
     "October, the coast guard in Manila said on Friday.",
     "RETREAT", ("CHN", None), ("PHL", None), None),
    # --- REQUEST (plain urging by a UN agency; a request for a loan; a quoted appeal by a union)
    ("The U.N. refugee agency urged Tunisia on Monday to stop abandoning migrants in the desert along its "
     "border with Libya.",
     "REQUEST", ("UNO", None), ("TUN", None), None),
    ("Zambia requested a new $1.3 billion credit facility from the IMF on Wednesday as a drought "
     "cut hydropower output at the Kariba dam.",
     "REQUEST", ("ZMB", None), ("IGO", None), None),
    ("Catches of sardinella off Senegal have fallen by half in a decade. \"We call on Brussels to keep its "
     "trawlers out of our waters,\" the head of the Senegalese fishermen's union said on Tuesday.",
     "REQUEST", ("SEN", "LAB"), ("EUR", None), None),
    # --- ACCUSE (ambassador summoned over trade; an accusation by a head of government; condemnation in
    # the passive with "by" by an NGO)
    ("Australia summoned China's ambassador on Tuesday to protest against new duties on Australian barley "
     "and wine.",
     "ACCUSE", ("AUS", None), ("CHN", None), None),
    ("Hungary's prime minister accused the European Commission on Friday of blackmail over its decision to "
     "freeze billions of euros in cohesion funds.",
     "ACCUSE", ("HUN", "GOV"), ("EUR", None), None),
    ("Algeria's practice of trucking migrants to the Niger border and leaving them in the Sahara was "
     "condemned on Thursday by Amnesty International.",
     "ACCUSE", ("NGO", None), ("DZA", None), None),
    # --- REJECT (plain rejection; phrasal verb "turned down" with a nationality adjective; refusal in
    # reported speech by a minister)
    ("Iceland rejected a European Union proposal on Friday to share out mackerel quotas in the North "
     "Atlantic.",
     "REJECT", ("ISL", None), ("EUR", None), None),
    ("Ethiopia turned down an Egyptian demand on Thursday to slow the filling of its giant Nile dam during "
     "the drought.",
     "REJECT", ("ETH", None), ("EGY", None), None),
    ("Zimbabwe's finance minister said on Monday that Harare would not accept the spending cuts the IMF "
     "had attached to a proposed rescue package.",
     "REJECT", ("ZWE", "GOV"), ("IGO", None), None),
    # --- THREATEN (conditional retaliatory tariffs; a conditional cut-off of gas; a warning with the
    # attribution after the clause)
    ("Brazil threatened on Monday to slap retaliatory tariffs on American goods if Washington went ahead "
     "with higher levies on Brazilian steel.",
     "THREATEN", ("BRA", None), ("USA", None), None),
    ("Turkmenistan warned Uzbekistan on Wednesday that it would shut off gas deliveries unless Tashkent "
     "settled $80 million in unpaid bills.",
     "THREATEN", ("TKM", None), ("UZB", None), None),
    ("Any Chinese squid boat caught inside Argentina's exclusive economic zone will be seized and its crew "
     "put on trial, the Argentine security minister warned on Tuesday.",
     "THREATEN", ("ARG", "GOV"), ("CHN", None), None),
    # --- PROTEST (farmers' road blockades; a strike by nurses; shopkeepers taking to the streets in a
    # capital, reason given first)
    ("Thousands of farmers blocked highways across Poland on Wednesday to protest against cheap grain "
     "flowing in from Ukraine.",
     "PROTEST", ("POL", None), None, None),
    ("Nurses in Nigeria went on strike on Monday over unpaid allowances, leaving state-run hospitals in "
     "Lagos and Abuja short of staff.",
     "PROTEST", ("NGA", "MED"), None, None),
    ("Angry over power cuts lasting up to 12 hours a day, shopkeepers in Lusaka pulled down their shutters "
     "and marched through the city centre on Thursday.",
     "PROTEST", ("ZMB", None), None, None),
    # --- SANCTION (tariffs; diplomats expelled; aid suspended in the passive with "by"; a denial of a
    # halt to electricity exports, negated)
    ("The United States imposed fresh 25 percent tariffs on Canadian softwood lumber on Friday, deepening a "
     "dispute that has dragged on for decades.",
     "SANCTION", ("USA", None), ("CAN", None), None),
    ("Lithuania expelled two Belarusian diplomats on Tuesday over what Vilnius called the organised "
     "smuggling of migrants across their shared border.",
     "SANCTION", ("LTU", None), ("BLR", None), None),
    ("Development aid to Burkina Faso was suspended by Denmark on Friday after the ruling junta postponed "
     "elections by another five years.",
     "SANCTION", ("DNK", None), ("BFA", None), None),
    ("Uzbekistan on Friday denied that it had cut off electricity exports to Afghanistan, saying a fault on "
     "a high-voltage line near Termez had caused the blackout in Kabul.",
     "SANCTION", ("UZB", None), ("AFG", None), "negated"),
    # --- MOBILIZE (police deployed to a border; a coast guard on high alert; troops sent in the passive
    # with "by")
    ("Costa Rica deployed hundreds of police officers to its northern border with Nicaragua on Monday as "
     "the number of migrants heading north rose sharply.",
     "MOBILIZE", ("CRI", None), None, None),
    ("Taiwan ordered its coast guard to a heightened state of alert on Tuesday after two undersea internet "
     "cables linking the Matsu islands to the main island were severed.",
     "MOBILIZE", ("TWN", None), None, None),
    ("Hundreds of extra troops were sent on Sunday by Mozambique's government to guard the liquefied "
     "natural gas plant under construction in Cabo Delgado province.",
     "MOBILIZE", ("MOZ", "GOV"), None, None),
    # --- COERCE (deportation; an arrest in a small country's local politics; a seizure in the passive
    # with "by" and a relative clause)
    ("Malaysian authorities deported 120 Indonesian workers on Tuesday who had overstayed their visas on "
     "palm oil plantations in Sabah.",
     "COERCE", ("MYS", None), ("IDN", None), None),
    ("Police in the Maldives arrested an opposition member of parliament on Friday, days after he accused "
     "the island nation's tourism minister of selling off resort leases to cronies.",
     "COERCE", ("MDV", "COP"), ("MDV", None), None),
    ("A Russian trawler that Oslo says had been fishing illegally near Svalbard was seized on Monday by "
     "the Norwegian coast guard.",
     "COERCE", ("NOR", None), ("RUS", None), None),
    # --- ASSAULT (an insurgent attack on a UN convoy; an air strike on a displaced camp; a gang assault
    # in an idiom, "came under fire from")
    ("Al-Shabaab fighters ambushed a World Food Programme convoy in southern Somalia on Thursday, killing "
     "two truck drivers and burning sacks of sorghum.",
     "ASSAULT", ("SOM", "REB"), ("UNO", None), None),
    ("Myanmar's military bombed a camp for displaced families in Kachin State on Monday, leaving at "
     "least 12 people dead, residents and aid workers said.",
     "ASSAULT", ("MMR", "MIL"), ("MMR", None), None),
    ("Food shipments into Haiti's capital were halted for a third day. The main police station in "
     "Port-au-Prince came under fire on Tuesday from gang members armed with assault rifles.",
     "ASSAULT", ("HTI", "CRM"), ("HTI", "COP"), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Turkish annual inflation eased to 38.2 percent in November from 41 percent a month earlier, the "
    "national statistics institute said.",
    "Some 62 percent of Chileans think the government should raise royalties on copper miners, according "
    "to a Cadem poll published on Sunday.",
    "Brent crude retreated 1.4 percent to $78 a barrel as traders weighed a bigger than expected build in "
    "American stockpiles.",
    "Shares in the Korean shipbuilder surged 11 percent after it booked orders for six liquefied natural gas "
    "carriers.",
    "Switzerland does not sell weapons to countries at war, under export rules that parliament has "
    "tightened several times.",
    "The IMF forecasts growth of 4.8 percent for Ghana next year, up from an estimated 3.1 percent this "
    "year, as gold and cocoa prices stay high.",
    "Analysts say the Bank of Japan could raise interest rates as early as January if wage growth holds "
    "up through the spring.",
    "Britain and Iceland fought three so-called Cod Wars over fishing grounds between 1958 and 1976, in "
    "which trawlers were rammed and nets were cut.",
    "Morocco attacked relentlessly in the second half but could not find an equaliser against Senegal in "
    "Saturday's final in Rabat.",
    "The logistics group deployed new routing software across its 40 warehouses in Poland last quarter, "
    "cutting delivery times by a fifth.",
    "The Kenyan runner shattered the course record in Berlin on Sunday, crossing the line 40 seconds ahead "
    "of her nearest rival.",
    "Physicists near Geneva bombarded lead nuclei with protons to recreate conditions that existed moments "
    "after the Big Bang.",
    "More than 240,000 people crossed the Darien jungle on foot between January and September, "
    "figures from Panama's migration service show.",
    "Every Friday morning, fish traders at the Soumbedioune market in Dakar haggle over the price of the "
    "night's catch.",
    "The Indian grandmaster defeated his Norwegian opponent in 34 moves to take the lead at the rapid chess "
    "championship.",
    "The update blocks malicious apps and isolates infected devices from the rest of the home network, "
    "the software maker said.",
    "Customs duties brought in $31 billion for the U.S. Treasury in October, nearly triple the amount "
    "collected a year earlier.",
    "The Mexican peso strengthened against the dollar, while Brazil's real gave up its early gains in "
    "thin afternoon trading.",
    "Uruguay's constitution bars the privatisation of drinking water supplies, a clause that voters "
    "approved in a referendum in 2004.",
    "The budget airline slashed fares on its routes between Lisbon and Cape Verde and added two weekly "
    "flights for the holiday season.",
    "In laboratory tests the modified virus invaded healthy cells far less often than the original strain, "
    "the journal reported.",
    "Fiji's sevens side laid siege to the New Zealand try line for five minutes in the final but could not "
    "force the ball over.",
    "Reported burglaries fell 9 percent in Auckland last year, while car thefts rose slightly, according to "
    "police figures.",
    "Diplomats say Ecuador may seek a fresh credit line from the IMF next year, though Quito has made no "
    "formal approach so far.",
    "The Dutch brewer pulled out of the Nigerian market in 2023 after years of losses driven by the falling "
    "naira.",
]

FLOORS = {"type": 0.97, "actor_code": 0.97, "actor_sector": 0.97, "recipient": 0.97, "pass": 0.97,
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
    return _code([c[0] for c in STORIES], resources, "blind30")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind30-empty")


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


def test_blind30_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind30 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind30_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind30 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
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
