"""A twenty-fifth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. The batch
stresses who does what to whom: in most stories both the actor and the recipient are checked, and the
recipient is told in many ways. About thirty of the stories are plain, everyday wire copy (pledged, held
talks, put his signature to, commended, lifted a ban, extradited, airlifted, released, withdrew, asked,
urged, summoned, accused, rejected, threatened, marched, expelled, halted, rushed, put on alert,
arrested, deported, attacked), the other twenty harder. Each story comes with the PLOVER type of one act
its last sentence reports, that act's actor and recipient (code and sector) and, where it matters, its
modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and
sector conventions, the project's codes for international bodies: UN agencies UNO, other bodies IGO,
NGOs NGO, the European Union EUR; an act announced for the future is an expression of intent, AGREE, 03,
unless it is hostile and conditional, THREATEN, 13; signing a formal agreement is SUPPORT, 057; tariffs,
aid cut off and diplomats expelled are SANCTION; a release of prisoners or a pullback of troops is
RETREAT, 0841, 087; lifting a ban, cancelling an order that bars travel, or giving in to a demand, is
CONCEDE, 081, 0812, 0832; summoning a foreign envoy is ACCUSE, 114). No story reports a meeting, a
protest or a deployment merely scheduled for the future, and none a resignation. Nothing comes from a
gold set, the seed or the demo corpus; a text that shared a six-word run with an earlier batch was
rewritten, and where it also shared that batch's setting it was replaced by another.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every continent,
  leaning on places the earlier batches used little (Southeast and South Asia: Vietnam, Thailand, Laos,
  Nepal, Bangladesh, Sri Lanka, India; Central Asia and the Caucasus: Kazakhstan, Uzbekistan,
  Azerbaijan, Armenia, Georgia; the Middle East and North Africa: Jordan, Lebanon, Israel, Iraq, Turkey,
  Tunisia, Libya, Algeria; West, Central, East and Southern Africa: Mali, Niger, Senegal, the Gambia,
  Ghana, Burkina Faso, Nigeria, Cameroon, Uganda, Mozambique, Zimbabwe, Zambia, Angola; Latin America
  and the Caribbean: Peru, Colombia, Ecuador, Bolivia, Venezuela, Cuba, Guatemala, Honduras; Europe:
  Serbia, Croatia, Poland, Belarus, Romania, Moldova, Greece, Norway; North America, East Asia and the
  Pacific: Canada, Japan, Australia, New Zealand, Vanuatu, Papua New Guinea, Fiji; and China and Russia
  as recipients) and from international bodies and armed groups (the UN refugee agency, the World Food
  Programme, the UN human rights office, ECOWAS, Amnesty International, the European Union as a
  recipient, ELN guerrillas, Islamist insurgents in Cabo Delgado, Honduran gang members). The recipient
  comes as a direct object ("pledged ... to give Senegal", "urged Burkina Faso's military leader",
  "accused Uzbek police", "summoned Minsk's top diplomat"), in a "to", "with", "from", "on", "against"
  or "into" phrase ("extradited ... to Turkey", "held talks with Laos's president", "a pipeline treaty
  with Zambia", "a delegation from ... ECOWAS", "a 25 percent levy on Ghanaian cement", "chanting
  against the government", "send troops into northern Iraq"), as a possessive ("commended Uganda's
  government", "an effigy of India's prime minister", "Ecuador's police"), as a demonym on a person or a
  thing ("12 Colombian soldiers", "a Tunisian journalist", "a Croatian diplomat", "A Nigerian tanker",
  "Twenty-three Indian fishermen", "An Israeli drone strike", "a Bolivian proposal", "Chinese steel",
  "Algerian aircraft"), as a capital standing for its state ("Hanoi accused Beijing", "Astana would send
  Uzbekistan", "Abuja ... Accra", "La Paz", "Bamako", "with Moscow"), as a pronoun or a noun phrase
  resolved from the sentence before ("promised the country" after Sri Lanka, "The kingdom" after
  Thailand, "granted him asylum" after a former Peruvian prime minister, "The government there turned
  the request down" after Senegal's request to the Gambia, "its neighbour" after Algeria, "The health
  ministry gave in" after nurses in Zimbabwe, "Their officers" after police in Fiji, "Its navy" after
  Greece, "They" after Islamist insurgents), as the subject of a passive with a "by" agent ("was
  received in Bucharest ... by Romania's president", "was delivered by the World Food Programme", "were
  set free by the Thai navy", "was asked ... by the UN human rights office", "was seized by Cameroon's
  navy", "were arrested by the Sri Lankan navy", "were shot dead by gang members"), and with titles and
  roles instead of names ("Peru's interior minister", "Kazakhstan's energy minister", "Ghana's
  president", "his Venezuelan counterpart", "Niger's military rulers"). Also: attribution after the
  clause ("..., the defence ministry in Bogota said", "..., officials in Quito said"), idioms and
  phrasal verbs ("put his signature to", "gave in", "joined forces with", "set free", "turned ... down",
  "downed tools", "slapped a ... levy on", "put ... on high alert"), three acts announced for the future
  and so expressions of intent (a pledge to Senegal, gas for Uzbekistan, a credit line for Sri Lanka:
  AGREE, no modality checked), three conditional threats ("if Baghdad failed to", "unless Beijing
  stopped", "vowed ... to bar Algerian aircraft from its skies unless its neighbour apologised"), and
  one denial (modality "negated": an agreement with Moscow on Russian warships in Cienfuegos). Where a
  sector is open to argument (a bare state, a capital, authorities, a body or an armed group named by
  its own name, insurgents, gang members, a military government, striking dockworkers, migrants,
  fishermen, villagers, a former prime minister, political parties) only the code is checked; a
  recipient of None is not checked. A story passes when one coded event of the expected type has, among
  its actors, a party with the expected code (and sector, where given), among its recipients a party
  with the expected code (and sector, where given), and the expected modality (where given). Reported
  apart: the type found at all; an event of the type with the actor code right; with the actor code and
  sector right (over the stories that give an actor sector); with the recipient right (over the stories
  that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (foreign fishing boats turned back
  by Vietnam's coast guard so far this year, Angolan victims of unexploded mines since 1975), statistics
  (Nepal's trade deficit with India, Uzbekistan's cotton harvest), two polls (one with a hypothetical
  "would support sending more weapons ... if"), standing positions in the simple present ("Honduras and
  El Salvador both claim Conejo", "Serbia does not recognise Kosovo's independence", "Greece and Turkey
  disagree"), forecasts ("expects Ghana's economy to grow", "forecast that Kazakhstan's oil output will
  rise"), hedged speculation ("might not stand again", "may be quietly selling artillery shells"),
  background history with years (a border war in 1979, a peace treaty signed in 1998, Tanzanian troops
  in Uganda in 1979), habits ("normally get together every six months", "often complain", "traditionally
  block roads ... each spring"), and political verbs in sports, business, science or entertainment
  senses ("crushed Mali 3-0", "defeated Serbia in a penalty shootout", shares that "surrendered early
  gains", "a hostile takeover bid", a wasp that "has conquered" beech forests, a novel's family that
  "declares war on its neighbours"): one passes when no event that happened (asserted or reported) comes
  out of it.

Before it was filed every text was checked for six-word runs shared with the files under ../shared/gold,
the seed, the demo corpus under ../shared/news and the test files under tests/, and within the batch
itself (with /tmp/ew/blind25/overlap.py); the final check found none. The coder was not run on any of
these texts, nor this test.

The batch was written on 2026-12-01 and held back: its first run is recorded below, and no expectation
was changed after it. FLOORS were set after the rules the batch prompted, a little under its figures then.

FIRST RUN, on commit f549409 (the second 2026-12-01 session's coder, midway): the type found in 44 of
50 stories (0.880); the actor code right on an event of the type in 42 (0.840); code and sector in 15 of
the 19 that give a sector (0.789); the recipient right in 37 of the 46 that give one (0.804); **38 of
50 passing (0.760)**; all 25 empty passages with no event that happened. The coder of the session's
start (02c723b), run on it afterwards for comparison only: 36 of 50 and 25 of 25. No expectation was
changed after the first run. Its 12 misses: acts not coded (gas to be sent, a travel ban cancelled,
a tariff threatened with "put ... unless", dockworkers who "downed tools over three months of unpaid
wages", budget support halted), another type (an effigy burned read as destruction), parties (a
health ministry's sector, food "for" a people, La Paz, "the government there", fishermen freed
after a participle the parser read as the main verb, a border "with" a state). The misses were read
and rules followed, so the batch is no longer blind: 46 of 50 and 25 of 25 now. The health ministry
stays MED in this project's gazetteer (its own reviewed actor phrases code it so), so that story's
actor sector still fails.
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
    # --- AGREE (0331 plain with the recipient as an indirect object, 0331 in reported speech with a
    # capital, 0331 with "the country" resolved from the sentence before and attribution after the
    # clause)
    ("Norway pledged on Tuesday to give Senegal $40 million over three years to rebuild schools and "
     "clinics in the southern Casamance region, where a separatist conflict has died down.",
     "AGREE", ("NOR", None), ("SEN", None), None),
    ("Kazakhstan's energy minister said on Wednesday that Astana would send Uzbekistan an extra two "
     "billion cubic metres of gas this winter to ease shortages in Tashkent.",
     "AGREE", ("KAZ", None), ("UZB", None), None),
    ("Fuel stocks in Sri Lanka have fallen to less than a week's supply. Bangladesh promised the "
     "country a $200 million credit line on Monday to pay for tanker cargoes, the central bank in "
     "Dhaka said.",
     "AGREE", ("BGD", None), ("LKA", None), None),
    # --- CONSULT (046 plain with titles and a "with" phrase, 043 in the passive with a "by" agent,
    # 041 with a demonym on a counterpart and attribution after the clause)
    ("Thailand's prime minister held talks with Laos's president in Vientiane on Friday on a "
     "high-speed rail link and power lines from hydroelectric dams on the Mekong.",
     "CONSULT", ("THA", "GOV"), ("LAO", "GOV"), None),
    ("Moldova's president was received in Bucharest on Tuesday by Romania's president for talks on "
     "power lines between the two countries and Chisinau's application for membership of the EU.",
     "CONSULT", ("ROU", "GOV"), ("MDA", "GOV"), None),
    ("Colombia's president spoke by telephone on Sunday with his Venezuelan counterpart about a wave "
     "of guerrilla raids in the Catatumbo region near their shared border, Bogota said.",
     "CONSULT", ("COL", "GOV"), ("VEN", "GOV"), None),
    # --- SUPPORT (057 plain with a title and a "with" phrase as a phrasal verb, 051 by a UN agency
    # with a possessive, 057 denied with a capital)
    ("Angola's president put his signature to a pipeline treaty with Zambia in Luanda on Thursday, "
     "committing both governments to a 1,400-kilometre link carrying refined fuel inland.",
     "SUPPORT", ("AGO", "GOV"), ("ZMB", None), None),
    ("The UN refugee agency commended Uganda's government on Wednesday for letting South Sudanese and "
     "Congolese refugees farm land and work outside the settlements that house them.",
     "SUPPORT", ("UNO", None), ("UGA", "GOV"), None),
    ("Cuba denied on Tuesday that Havana had ever signed an accord with Moscow letting Russian warships "
     "use the port of Cienfuegos, calling the report a fabrication.",
     "SUPPORT", ("CUB", None), ("RUS", None), "negated"),
    # --- CONCEDE (0812 plain by a military government, 0832 as an idiom after a demand made the
    # sentence before, 081 by a court cancelling a travel order, with a demonym on a person)
    ("Mali's military government lifted its ban on the activities of political parties on Monday, "
     "fourteen months after it suspended them by decree.",
     "CONCEDE", ("MLI", None), ("MLI", None), None),
    ("Nurses in Zimbabwe stayed off work for three weeks to demand that their salaries be paid in U.S. "
     "dollars. The health ministry gave in on Friday, agreeing to pay half of every nurse's salary in "
     "dollars from January.",
     "CONCEDE", ("ZWE", "GOV"), ("ZWE", "MED"), None),
    ("A court in Tunis cancelled an order barring a Tunisian journalist from travelling abroad on "
     "Tuesday, two years after judges had grounded her over a radio interview she gave.",
     "CONCEDE", ("TUN", "JUD"), ("TUN", "JRN"), None),
    # --- COOPERATE (063 plain with a "to" phrase, 060 after a pronoun as a phrasal verb with a
    # "with" phrase, 064 with a title and a possessive recipient)
    ("Greece extradited a Turkish businessman to Turkey on Monday to face fraud charges over the "
     "collapse of a cryptocurrency exchange in Istanbul.",
     "COOPERATE", ("GRC", None), ("TUR", None), None),
    ("Police in Fiji have seized record amounts of methamphetamine this year. Their officers joined "
     "forces with the Australian Federal Police on Monday to raid three warehouses near Suva's port, "
     "the force said.",
     "COOPERATE", ("FJI", "COP"), ("AUS", "COP"), None),
    ("Peru's interior minister handed Ecuador's police the names of 40 suspected gang members hiding "
     "in Lima on Wednesday, officials in Quito said.",
     "COOPERATE", ("PER", "GOV"), ("ECU", "COP"), None),
    # --- AID (073 plain after an eruption, 073 in the passive with a "by" agent and a demonym for the recipient, 075
    # with a capital and a pronoun resolved from the sentence before)
    ("Japan airlifted generators, water tanks and 15 tonnes of rice to Papua New Guinea on Saturday "
     "after a volcano on Manam island erupted, forcing thousands from their homes.",
     "AID", ("JPN", None), ("PNG", None), None),
    ("Food for 200,000 drought-hit Angolans was delivered by the World Food Programme on Thursday in "
     "the southern province of Cunene, the agency said.",
     "AID", ("UNO", None), ("AGO", None), None),
    ("A former Peruvian prime minister has been sheltering in Bolivia's embassy in Lima since March. La "
     "Paz granted him asylum on Tuesday, Bolivia's foreign ministry said.",
     "AID", ("BOL", None), ("PER", None), None),
    # --- RETREAT (0841 plain with a demonym on the recipient, 087 plain with a "with" phrase, 0841 in
    # the passive with a "by" agent as a phrasal verb)
    ("Venezuela released 12 Colombian soldiers on Sunday, a week after they were detained while "
     "chasing guerrillas across the border, the defence ministry in Bogota said.",
     "RETREAT", ("VEN", None), ("COL", "MIL"), None),
    ("Azerbaijan withdrew its troops from positions near four villages on its border with Armenia on "
     "Friday under a deal to mark out the frontier, the defence ministry in Baku said.",
     "RETREAT", ("AZE", None), ("ARM", None), None),
    ("Eight Vietnamese fishermen detained off Thailand's coast in June were set free by the Thai navy "
     "on Wednesday, Vietnam's foreign ministry said.",
     "RETREAT", ("THA", "MIL"), ("VNM", None), None),
    # --- REQUEST (101 plain with the European Union as recipient, 1055 plain with a title and a
    # possessive, 1053 in the passive with a "by" agent and "the kingdom" resolved from the sentence
    # before)
    ("Jordan asked the European Union on Monday for help paying for a plant at Aqaba that will turn "
     "Red Sea water into drinking water for Amman.",
     "REQUEST", ("JOR", None), ("EUR", None), None),
    ("Ghana's president urged Burkina Faso's military leader on Wednesday to let food convoys reach "
     "eastern towns that jihadists have besieged for months.",
     "REQUEST", ("GHA", "GOV"), ("BFA", None), None),
    ("Thailand has held about 40 Uyghurs in immigration detention for more than a decade. The kingdom "
     "was asked on Tuesday by the UN human rights office not to send them back to China.",
     "REQUEST", ("UNO", None), ("THA", None), None),
    # --- ACCUSE (114 with a capital's possessive, 1122 by an NGO with a demonym on the recipient, 112
    # with capitals for both states)
    ("Poland's foreign minister summoned Minsk's top diplomat in Warsaw on Monday after a military "
     "helicopter from Belarus strayed into Polish airspace near Bialowieza.",
     "ACCUSE", ("POL", "GOV"), ("BLR", None), None),
    ("Amnesty International accused Uzbek police on Thursday of torturing dozens of people detained "
     "after protests in the autonomous region of Karakalpakstan.",
     "ACCUSE", ("NGO", None), ("UZB", "COP"), None),
    ("Hanoi accused Beijing on Friday of ramming a Vietnamese fishing boat near the Paracel Islands and "
     "seizing its catch.",
     "ACCUSE", ("VNM", None), ("CHN", None), None),
    # --- REJECT (120 plain with a demonym on the thing rejected, 1213 as a phrasal verb with "the
    # government there" and a request made the sentence before, 1245 with a "from" phrase)
    ("Peru rejected on Monday a Bolivian proposal to open talks on a second rail line to the Pacific "
     "port of Ilo.",
     "REJECT", ("PER", None), ("BOL", None), None),
    ("Senegal asked the Gambia in October to extradite a Senegalese opposition activist who had fled to "
     "Banjul. The government there turned the request down on Sunday, saying he faced political "
     "charges.",
     "REJECT", ("GMB", "GOV"), ("SEN", None), None),
    ("Niger's military rulers refused on Thursday to let a delegation from the West African bloc "
     "ECOWAS land in Niamey, calling the mission an insult to the country's sovereignty.",
     "REJECT", ("NER", None), ("IGO", None), None),
    # --- THREATEN (138 plain and conditional with an "into" phrase and a capital, 1312 conditional
    # with a demonym on a thing and a capital, 1313 conditional with a capital, a demonym on a thing
    # and "its neighbour" resolved from the sentence before)
    ("Turkey threatened on Monday to send troops into northern Iraq if Baghdad failed to drive Kurdish "
     "militants out of camps near the border.",
     "THREATEN", ("TUR", None), ("IRQ", None), None),
    ("Canada said on Wednesday it would put a 50 percent tariff on Chinese steel unless Beijing stopped "
     "selling it below cost on world markets.",
     "THREATEN", ("CAN", None), ("CHN", None), None),
    ("Algeria's air defences downed a drone from Mali over the frontier town of Tinzaouaten in April. "
     "Bamako vowed on Tuesday to bar Algerian aircraft from its skies unless its neighbour "
     "apologised.",
     "THREATEN", ("MLI", None), ("DZA", None), None),
    # --- PROTEST (141 plain with an "against" phrase, 141 with a possessive as an effigy burned, 143
    # as an idiom with attribution after the clause)
    ("Thousands of Honduran teachers marched on the presidential palace in Tegucigalpa on Wednesday, "
     "chanting against the government over a bill that would raise their retirement age.",
     "PROTEST", ("HND", "EDU"), ("HND", "GOV"), None),
    ("Hundreds of students in Kathmandu burned an effigy of India's prime minister on Monday, angered "
     "by a new Indian map that shows the Kalapani area as Indian territory.",
     "PROTEST", ("NPL", "EDU"), ("IND", "GOV"), None),
    ("Dockworkers at Georgia's Black Sea port of Poti downed tools on Thursday over three months "
     "of unpaid wages, their union said.",
     "PROTEST", ("GEO", None), None, None),
    # --- SANCTION (diplomat expelled plain with a demonym on the recipient, 162 plain with a "to"
    # phrase, a levy as an idiom with capitals and a demonym on a thing)
    ("Serbia expelled a Croatian diplomat on Monday, accusing him of recruiting informers among army "
     "officers, the foreign ministry in Belgrade said.",
     "SANCTION", ("SRB", None), ("HRV", None), None),
    ("New Zealand halted $12 million of budget support to Vanuatu on Thursday after an audit found "
     "that about a third of the money could not be traced.",
     "SANCTION", ("NZL", None), ("VUT", None), None),
    ("Ghana and Nigeria have argued for years over the treatment of Nigerian traders in Accra. Abuja "
     "slapped a 25 percent levy on Ghanaian cement on Monday, saying Accra had ignored repeated "
     "complaints.",
     "SANCTION", ("NGA", None), ("GHA", None), None),
    # --- MOBILIZE (154 plain, 151 plain with police, 154 after a pronoun resolved from the sentence
    # before with attribution after the clause)
    ("Guatemala rushed 1,500 troops to the frontier with Mexico on Sunday after cartel gunmen killed "
     "four villagers in the department of Huehuetenango.",
     "MOBILIZE", ("GTM", None), None, None),
    ("Bangladesh's police put all 30,000 officers in Dhaka on high alert on Friday after crude bombs "
     "exploded outside two government offices.",
     "MOBILIZE", ("BGD", "COP"), None, None),
    ("Greece says Turkish survey ships have sailed into waters it claims south of Crete. Its navy sent "
     "eight frigates into the eastern Mediterranean on Tuesday, a defence official in Athens said.",
     "MOBILIZE", ("GRC", "MIL"), None, None),
    # --- COERCE (173 plain with a demonym on the actor, 174 plain with a "from" phrase, 1711 in the
    # passive with a "by" agent and a demonym on a thing, 173 in the passive with a "by" agent and
    # demonyms on both parties)
    ("Ugandan police arrested a journalist in Kampala on Tuesday over a report alleging that army "
     "officers had sold fuel meant for troops in Somalia.",
     "COERCE", ("UGA", "COP"), ("UGA", "JRN"), None),
    ("Authorities in eastern Libya deported 700 migrants from Niger on Sunday, trucking them across "
     "the desert to the border town of Madama, an aid group said.",
     "COERCE", ("LBY", None), ("NER", None), None),
    ("A Nigerian tanker suspected of smuggling fuel was seized by Cameroon's navy off the Bakassi "
     "peninsula on Wednesday, officials in Yaounde said.",
     "COERCE", ("CMR", "MIL"), ("NGA", None), None),
    ("Twenty-three Indian fishermen were arrested by the Sri Lankan navy off Delft island on Saturday "
     "for fishing illegally in the island nation's waters.",
     "COERCE", ("LKA", "MIL"), ("IND", None), None),
    # --- ASSAULT (190 plain with guerrillas named by their group and a possessive, 195 a nominal
    # strike with demonyms, 1823 after a pronoun for insurgents, 193 in the passive with a "by" agent)
    ("ELN guerrillas attacked an army base in Colombia's Arauca province with explosive-laden drones on "
     "Sunday, killing two soldiers, the defence ministry said.",
     "ASSAULT", ("COL", None), ("COL", "MIL"), None),
    ("An Israeli drone strike on a car near the southern Lebanese town of Nabatieh killed two men on "
     "Tuesday, Lebanon's health ministry said.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
    ("Islamist insurgents have burned dozens of churches in the Cabo Delgado province of Mozambique "
     "since January. They beheaded six Christian villagers near Macomia on Sunday, a local priest said.",
     "ASSAULT", ("MOZ", None), ("MOZ", None), None),
    ("Two Honduran police officers were shot dead by gang members in San Pedro Sula on Friday while "
     "patrolling a market, the national police said.",
     "ASSAULT", ("HND", None), ("HND", "COP"), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Vietnam's coast guard has turned back more than 300 foreign fishing boats from its waters so far "
    "this year, state media reported.",
    "Unexploded mines from the civil war have claimed more than 80,000 Angolan victims since 1975, a "
    "demining charity estimates.",
    "Nepal's trade deficit with India widened 9 percent in the first four months of the fiscal year, "
    "customs data showed.",
    "Uzbekistan's cotton harvest came to 3.4 million tonnes this season, slightly below last year's, "
    "the agriculture ministry said.",
    "Roughly 60 percent of Moldovans want their country to become an EU member, a survey by a think "
    "tank in Chisinau shows.",
    "Most Norwegians would support sending more weapons to Ukraine if the war drags into another year, "
    "a poll for the broadcaster NRK suggested.",
    "Honduras and El Salvador both claim Conejo, a rocky islet of a few hectares in the Gulf of "
    "Fonseca.",
    "Serbia does not recognise Kosovo's independence and still counts the territory as one of its "
    "provinces.",
    "Greece and Turkey disagree over where their continental shelves end in the Aegean Sea and the "
    "eastern Mediterranean.",
    "The International Monetary Fund expects Ghana's economy to grow 4.8 percent next year as cocoa and "
    "gold prices stay high.",
    "Analysts forecast that Kazakhstan's oil output will rise again in 2027 when an expansion of the "
    "Tengiz field reaches full capacity.",
    "Cameroon's ageing president might not stand again at the next election, some members of his own "
    "party privately suggest.",
    "Some Western diplomats believe Serbia may be quietly selling artillery shells that end up on the "
    "front lines in Ukraine.",
    "Vietnam and China fought a short border war in 1979 that killed tens of thousands of soldiers on "
    "both sides.",
    "Peru and Ecuador signed a peace treaty in 1998, ending a decades-old dispute over their border in "
    "the Amazon.",
    "Tanzanian troops invaded Uganda in 1979 and drove the dictator Idi Amin from power within six "
    "months.",
    "Thai and Lao officials normally get together every six months to talk about trade and river "
    "traffic on the Mekong.",
    "Fishermen in Sri Lanka's Northern Province often complain that Indian trawlers sweep their waters "
    "bare of prawns.",
    "Polish farmers traditionally block roads with their tractors each spring when grain prices fall "
    "below the cost of growing it.",
    "Senegal crushed Mali 3-0 in Dakar on Saturday, booking a place in the African Nations "
    "Championship final.",
    "Hungary's water polo team defeated Serbia in a penalty shootout in Belgrade on Sunday to win the "
    "European title.",
    "Shares in a Thai budget airline surrendered early gains on Tuesday after the company lowered its "
    "profit forecast.",
    "A Canadian mining company launched a hostile takeover bid on Monday for a rival that owns gold "
    "mines in Ghana and Mali.",
    "An invasive wasp has conquered most of the beech forests on New Zealand's South Island, "
    "researchers in Christchurch found.",
    "A Colombian novel about a family that declares war on its neighbours over a mango tree won a "
    "literary prize in Madrid on Thursday.",
]

#: not yet run (see the docstring); the floors stand at zero until the first run is recorded
FLOORS = {"type": 0.95, "actor_code": 0.95, "actor_sector": 0.91, "recipient": 0.9, "pass": 0.91,
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
    return _code([c[0] for c in STORIES], resources, "blind25")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind25-empty")


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


def test_blind25_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind25 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind25_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind25 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
