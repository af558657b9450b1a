"""A twenty-eighth blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on diplomacy and politics rather than war, the way the desks of VOA, AP and AFP write it. About half
of the stories are plain wire copy (offered, discussed in a telephone call, signed, praised, lifted,
held joint exercises, shipped, freed, called on, urged, summoned, vetoed, rejected, marched,
blocked, expelled, deployed, raised its alert level, arrested, barred, deported, shot dead), the
other half harder. Each story comes with the PLOVER type of one act its last sentence reports, that
act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook
gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions,
the project's codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO, the
European Union EUR; an act announced for the future is an expression of intent, AGREE, 03, unless it
is hostile and conditional, THREATEN, 13; when two parties act jointly the first is the actor and
the second the recipient; signing a formal agreement is SUPPORT, 057; tariffs, aid cut off,
diplomats expelled and an ambassador recalled are SANCTION; a release of prisoners or a pullback of
troops is RETREAT, 0841, 087; lifting a ban or a suspension is CONCEDE, 0812, 081; summoning a
foreign ambassador is ACCUSE, 114; a denial "X denied that it had ..." gives the modality
"negated"). Nothing comes from a gold set, the seed or the demo corpus; the batch was written
without reading the coder's lexicons and rules or the blind batches after the twenty-first.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Europe: Montenegro, Poland, Lithuania, Hungary, Albania, Romania, Greece, Moldova,
  Serbia, the Netherlands, France; Africa: Namibia, Botswana, Uganda, Madagascar, Malawi, Eswatini,
  Egypt, Ethiopia, Algeria, Mali, Ghana, Burkina Faso, Kenya, Mauritania, Zimbabwe, Mozambique,
  Zambia, South Africa; Asia and the Middle East: Japan, Mongolia, South Korea, Laos, Indonesia,
  Malaysia, the Philippines, Kazakhstan, Thailand, Cambodia, Bangladesh, the Maldives, Sri Lanka,
  China, Pakistan, Saudi Arabia, Myanmar, Azerbaijan, Turkey, Jordan, Oman, Qatar, Kuwait, Iraq,
  Iran, Russia; the Americas: Uruguay, Venezuela, Canada, Mexico, the United States, Panama, Peru,
  Ecuador, Argentina, Brazil, Chile, Cuba, Colombia; Oceania: Vanuatu and Australia) and from
  international bodies (the European Commission, the UN High Commissioner for Refugees, the Southern
  African Development Community, Amnesty International), in the forms wire copy uses: reported
  speech ("Uruguay's president told a news conference in Montevideo on Friday that his government
  would reopen its embassy in Caracas ...", "Hungary's foreign minister denied on Tuesday that
  Budapest had passed ...", "South Africa's trade minister said on Wednesday that Pretoria had
  slapped ..."), attribution after the clause ("..., his office in Ottawa said", "..., the army in
  Bangkok said", "..., Pakistan's finance ministry said in a statement", "Moscow was behind ...,
  Moldova's president charged at a news conference in Chisinau on Friday", "Bamako would break off
  relations with Algiers if ..., Mali's foreign minister said in an interview with state radio on
  Saturday"), the passive with a "by" agent ("was received by Namibia's president", "was signed in
  Manila ... by the Philippine defence secretary and his Japanese counterpart", "Asylum was granted
  by Panama's government", "was handed over to Albania by the Ecuadorean authorities", "was turned
  down by Caracas", "was announced by the foreign ministry in Santiago", "was shut down by the
  information ministry", "were beaten by Azerbaijani police"), nominal events ("A defence pact ...
  was signed", "The recall of Chile's ambassador from Havana was announced", "Qatar's offer to host
  talks ... was turned down"), titles and roles instead of names (presidents, prime ministers,
  foreign, defence and trade ministers, "his Omani counterpart", "his Japanese counterpart", "the
  head of the largest opposition party"), nationality adjectives for the parties ("Polish and
  Lithuanian troops", "Azerbaijani police", "Ugandan police"), capitals for states ("Caracas",
  "Budapest", "Riyadh", "Colombo", "Bamako", "Algiers", "Ouagadougou", "Accra", "Pretoria",
  "Santiago", "Port Vila"), pronouns and adverbs resolved from the sentence before ("there" after
  Montenegro's ports, "their demands" after teachers in Malawi, "let them go" after Australian
  journalists held in Vanuatu, "him" after a former Maldivian vice-president in Sri Lanka, "it
  happened again" after Burkinabe soldiers in Ghana, "The authorities there" after Nouakchott,
  "Police charged them" after supporters outside a court in Islamabad), relative and appositive
  clauses ("Students at Dhaka University, angry at ...", "a far-right candidate who had praised
  ...", "a Peruvian ex-prime minister who says ..."), idioms and phrasal verbs ("gave in to", "let
  them go", "lashed out at", "turned down", "drew a line in the sand", "walked off the job",
  "slapped a ... duty on", "shore up", "charged them with batons"), two acts announced for the
  future and so expressions of intent (an embassy reopened in Caracas, customs specialists posted to
  Montenegro: AGREE, no modality checked), three hostile conditional threats ("would hit American
  farm goods with tariffs if", "would break off relations with Algiers if", "would shut the border
  if it happened again"), and one denial (modality "negated": NATO documents passed by Budapest to
  Russia's intelligence service). Where a sector is open to argument (a bare state, a capital,
  authorities, a body named by its own name, protesters, gunmen, a threat a president voices for his
  capital, a candidate or a former office-holder) only the code is checked; a recipient of None is
  not checked. A story passes when one coded event of the expected type has, among its actors, a
  party with the expected code (and sector, where given), among its recipients a party with the
  expected code (and sector, where given), and the expected modality (where given). Reported apart:
  the type found at all; an event of the type with the actor code right; with the actor code and
  sector right (over the stories that give an actor sector); with the recipient right (over the
  stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (killings of election candidates
  in Mexico since September, cases against journalists in Turkish courts since 2016), statistics
  (Kenya's cut-flower exports, turnout in Lithuania's election), two polls (one with a hypothetical
  "would vote against ... if a referendum were held now"), standing positions in the simple present
  ("Argentina claims the Falkland Islands", "Morocco considers Western Sahara its own southern
  provinces", "Guatemala claims roughly half the land area of neighbouring Belize"), forecasts
  ("expects Argentina's inflation to slow", "expect Japan's ruling party to lose"), hedged
  speculation ("could call an early parliamentary election", "might collapse before the budget is
  passed"), background history with years (Norwegian voters who "turned down" the European Union in
  1994, Macau handed over in 1999, the Egyptian-Israeli treaty of 1979), habits ("gather once a
  year", "often block the highways", "usually dine together"), and political verbs in sports,
  business or science senses ("crushed Zambia 4-0", shares that "surrendered early gains", "stormed
  to victory", bacteria that "had colonised" potato roots, a midfielder "sent off" after "a clash",
  a chess grandmaster who "defended his title"): one passes when no event that happened (asserted or
  reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold, the seed, the demo corpus under ../shared/news and the test files under tests/, and
within the batch itself (with /tmp/ew/blind28/overlap.py); the final check found none. The coder was
not run on any of these texts, nor this test; the floors were all 0.0 until the first run was recorded.

The batch was written on 2026-12-01 and held back: its first run is recorded below, and no expectation
was changed after it. FLOORS were set after the rules the batch prompted, a little under its figures then.

FIRST RUN, on commit a53aac8 (the second 2026-12-01 session's coder, late): the type found in 45 of 50
stories (0.900); the actor code right on an event of the type in 43 (0.860); code and sector in 18 of
the 23 that give a sector (0.783); the recipient right in 28 of the 41 that give one (0.683); **33 of
50 passing (0.660)**; 22 of the 25 empty passages with no event that happened (0.880). The coder of the
session's start (02c723b), run on it afterwards for comparison only: 32 of 50 and 22 of 25. No
expectation was changed after the first run. Of its 17 misses, five are joint acts ("X and Y signed",
"held talks", "held joint exercises", "discussed ... in a call") that this batch, as its brief asked,
scores with the second side as the recipient, where the coder codes both sides as actors with no
recipient, as the PLOVER-GSR records do; the others: a topic ("American tariffs") taken for the
other side of a call, a promise to post specialists "there", demands answered ("their demands"), a
deposit in another state's central bank, an allegation at the clause's end ("..., the president
charged"), a threat told as "drew a line in the sand ... telling Ouagadougou", intersections blocked,
an ambassador's recall told as a noun, riot police deployed with water cannon read as repression, a
ministry left without its state, a candidate shot dead left without one. Three empty passages gave
events: turnout that "reached 52 percent, according to" ("according" read as an accord), a cricket
team that "stormed to victory", a chess player "beating" a challenger. The misses were read and rules
followed, so the batch is no longer blind: 36 of 50 and 24 of 25 now.
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
    # --- AGREE (0331 plain, 032 announced for the future in reported speech with capitals, 031
    # announced for the future with "there" resolved from the sentence before, by an EU body)
    ("Japan offered Mongolia a $300 million loan on Tuesday to build a rail line hauling copper and coal "
     "across the Gobi desert toward China.",
     "AGREE", ("JPN", None), ("MNG", None), None),
    ("Uruguay's president told a news conference in Montevideo on Friday that his government would "
     "reopen its embassy in Caracas next month, ending two years without diplomatic ties with "
     "Venezuela.",
     "AGREE", ("URY", "GOV"), ("VEN", None), None),
    ("Montenegro asked the European Union in October for help in checking containers at its ports for "
     "smuggled cocaine. The European Commission promised on Monday to post 40 customs specialists "
     "there before the end of March.",
     "AGREE", ("EUR", None), ("MNE", None), None),
    # --- CONSULT (041 jointly in a telephone call with attribution after the clause, 046 jointly
    # with a counterpart named by nationality, 043 in the passive with a "by" agent and a capital)
    ("Canada's prime minister and Mexico's president discussed American tariffs on steel and cars in a "
     "telephone call on Monday, his office in Ottawa said.",
     "CONSULT", ("CAN", "GOV"), ("MEX", "GOV"), None),
    ("Jordan's foreign minister and his Omani counterpart held talks in Muscat on Sunday on shipping "
     "through the Red Sea and efforts to restore a ceasefire in Gaza.",
     "CONSULT", ("JOR", "GOV"), ("OMN", "GOV"), None),
    ("Botswana's president was received by Namibia's president in Windhoek on Thursday for two days "
     "of talks about the shared use of the Okavango River's water.",
     "CONSULT", ("NAM", "GOV"), ("BWA", "GOV"), None),
    # --- SUPPORT (057 plain and joint, 051 plain by the head of a UN agency, 057 a nominal pact in
    # the passive with a joint "by" agent and a counterpart named by nationality)
    ("Malaysia and Indonesia signed a border treaty in Kuala Lumpur on Thursday, settling the last "
     "disputed stretches of their frontier on the island of Borneo.",
     "SUPPORT", ("MYS", None), ("IDN", None), None),
    ("The UN High Commissioner for Refugees praised Uganda on Tuesday for keeping its border open to "
     "tens of thousands of people fleeing fighting in eastern Congo.",
     "SUPPORT", ("UNO", None), ("UGA", None), None),
    ("A defence pact allowing each side's troops to train on the other's soil was signed in Manila on "
     "Friday by the Philippine defence secretary and his Japanese counterpart.",
     "SUPPORT", ("PHL", "GOV"), ("JPN", "GOV"), None),
    # --- CONCEDE (0812 plain, 081 plain by a regional body, 0832 as an idiom with "their" resolved
    # from the sentence before)
    ("Sri Lanka's government lifted a ten-year ban on 15 Tamil diaspora groups on Tuesday, allowing "
     "their members to visit the island without fear of arrest.",
     "CONCEDE", ("LKA", "GOV"), None, None),
    ("The Southern African Development Community lifted its suspension of Madagascar on Saturday, "
     "saying elections held in December had restored constitutional order.",
     "CONCEDE", ("IGO", None), ("MDG", None), None),
    ("Teachers in Malawi's state primary schools had stayed away from classrooms for three weeks over "
     "unpaid allowances. The education ministry gave in to their demands on Friday and promised to pay "
     "the arrears by the end of the month.",
     "CONCEDE", ("MWI", "GOV"), ("MWI", "EDU"), None),
    # --- COOPERATE (062 jointly with nationality adjectives, 064 denied in reported speech with a
    # capital, 063 in the passive with a "by" agent and attribution after the clause)
    ("Polish and Lithuanian troops held joint exercises near the Suwalki Gap on Monday to practise "
     "defending the narrow strip of land between Belarus and Russia's Kaliningrad exclave.",
     "COOPERATE", ("POL", "MIL"), ("LTU", "MIL"), None),
    ("Hungary's foreign minister denied on Tuesday that Budapest had passed classified NATO documents "
     "to Russia's intelligence service, calling a report by an investigative website a smear.",
     "COOPERATE", ("HUN", None), ("RUS", None), "negated"),
    ("A suspected Albanian crime boss arrested in Guayaquil in June was handed over to Albania by the "
     "Ecuadorean authorities on Thursday, Albania's interior minister told reporters in Tirana.",
     "COOPERATE", ("ECU", None), ("ALB", None), None),
    # --- AID (073 plain after floods, 075 in the passive with a "by" agent and a relative
    # clause, 071 with a capital for the state, a phrasal verb and attribution after the clause)
    ("South Korea shipped 4,500 tonnes of rice to Laos on Friday after floods along the Mekong "
     "destroyed much of the country's harvest.",
     "AID", ("KOR", None), ("LAO", None), None),
    ("Asylum was granted by Panama's government on Tuesday to a Peruvian ex-prime minister who says "
     "prosecutors in Lima are hounding her for political reasons.",
     "AID", ("PAN", "GOV"), ("PER", None), None),
    ("Riyadh deposited $2 billion in Pakistan's central bank on Wednesday to shore up its dwindling "
     "foreign reserves, Pakistan's finance ministry said in a statement.",
     "AID", ("SAU", None), ("PAK", None), None),
    # --- RETREAT (0841 plain under an amnesty, 087 plain with attribution after the clause, 0841
    # as an idiom with "them" resolved from the sentence before and a capital)
    ("Kazakhstan freed more than 200 people jailed over January's unrest on Tuesday under an amnesty "
     "that parliament approved last week, the president's office said.",
     "RETREAT", ("KAZ", None), None, None),
    ("Thailand pulled its troops back from three disputed temples on the border with Cambodia on "
     "Sunday under a deal brokered by Malaysia, the army in Bangkok said.",
     "RETREAT", ("THA", None), ("KHM", None), None),
    ("Two Australian journalists had been held in Vanuatu's capital since filming a police raid on a "
     "casino last month. The government in Port Vila let them go on Wednesday evening, Australia's "
     "foreign ministry said in Canberra.",
     "RETREAT", ("VUT", "GOV"), ("AUS", "JRN"), None),
    # --- REQUEST (1056 plain, 1053 plain by an NGO, 1013 with "him" resolved from the sentence
    # before, a capital and attribution after the clause)
    ("Egypt called on Ethiopia on Sunday to stop filling the reservoir behind its huge hydroelectric "
     "dam until the three Nile countries reach a binding deal.",
     "REQUEST", ("EGY", None), ("ETH", None), None),
    ("Amnesty International urged Eswatini on Thursday to free two former members of parliament who "
     "were jailed after calling for democratic reforms in Africa's last absolute monarchy.",
     "REQUEST", ("NGO", None), ("SWZ", None), None),
    ("A former Maldivian vice-president has lived in Sri Lanka since fleeing corruption charges in "
     "2023. The Maldives asked Colombo on Wednesday to send him home to stand trial, the foreign "
     "ministry in Male said.",
     "REQUEST", ("MDV", None), ("LKA", None), None),
    # --- ACCUSE (114 plain, 112 in reported speech with attribution after the clause and a capital,
    # 111 as an idiom with titles)
    ("Greece summoned Turkey's ambassador on Monday after a Turkish research vessel entered waters "
     "south of Crete that Athens says belong to its continental shelf.",
     "ACCUSE", ("GRC", None), ("TUR", None), None),
    ("Moscow was behind a wave of cyberattacks on the country's election commission, Moldova's "
     "president charged at a news conference in Chisinau on Friday.",
     "ACCUSE", ("MDA", "GOV"), ("RUS", None), None),
    ("Argentina's president lashed out at Brazil's president on Tuesday, calling him a corrupt "
     "communist and blaming him for the collapse of a regional trade deal.",
     "ACCUSE", ("ARG", "GOV"), ("BRA", "GOV"), None),
    # --- REJECT (129 a veto plain, 1213 plain with attribution after the clause, 126 a nominal offer
    # in the passive with a "by" agent and a capital)
    ("China vetoed a draft resolution in the UN Security Council on Tuesday that would have banned "
     "arms sales to Myanmar's military government.",
     "REJECT", ("CHN", None), None, None),
    ("Algeria rejected on Monday a French request to take back 60 of its nationals whom Paris has "
     "ordered to leave France, the foreign ministry in Algiers said.",
     "REJECT", ("DZA", None), ("FRA", None), None),
    ("Qatar's offer to host talks between Venezuela's government and its opposition was turned down "
     "by Caracas on Sunday, state television there reported.",
     "REJECT", ("VEN", None), ("QAT", None), None),
    # --- THREATEN (1312 plain and conditional with a title, 1313 conditional with capitals and
    # attribution after the clause, 131 conditional as an idiom after a pronoun and with capitals)
    ("Mexico's president said on Wednesday that her government would hit American farm goods with "
     "tariffs if Washington went ahead with a 25 percent levy on Mexican steel.",
     "THREATEN", ("MEX", "GOV"), ("USA", None), None),
    ("Bamako would break off relations with Algiers if Algerian officials kept hosting Tuareg "
     "separatist leaders, Mali's foreign minister said in an interview with state radio on Saturday.",
     "THREATEN", ("MLI", None), ("DZA", None), None),
    ("Burkinabe soldiers chasing jihadists crossed into northern Ghana twice last month, according to "
     "local officials in the Upper East region. Ghana's president drew a line in the sand on "
     "Wednesday, telling Ouagadougou that Accra would shut the border if it happened again.",
     "THREATEN", ("GHA", None), ("BFA", None), None),
    # --- PROTEST (141 plain, 143 as an idiom for a strike by doctors, 144 with an appositive clause
    # and attribution after the clause by students)
    ("Tens of thousands of Serbs marched through central Belgrade on Saturday, calling for a snap "
     "election and the prosecution of officials blamed for a deadly railway station collapse.",
     "PROTEST", ("SRB", None), None, None),
    ("Doctors at Kenya's public hospitals walked off the job on Monday, demanding that the government "
     "hire more interns and pay salaries owed since March.",
     "PROTEST", ("KEN", "MED"), None, None),
    ("Students at Dhaka University, angry at a new quota system for government jobs, blocked the main "
     "intersections of the Bangladeshi capital on Sunday, police said.",
     "PROTEST", ("BGD", "EDU"), None, None),
    # --- SANCTION (166 diplomats expelled plain, 161 a nominal recall in the passive with a "by"
    # agent, a tariff in reported speech with a capital as an idiom)
    ("The Netherlands expelled two Iranian diplomats on Tuesday over a suspected plot to kill an "
     "Iranian dissident living near Rotterdam.",
     "SANCTION", ("NLD", None), ("IRN", None), None),
    ("The recall of Chile's ambassador from Havana was announced by the foreign ministry in Santiago on "
     "Monday, a day after Cuban police detained a Chilean lawmaker who was visiting dissidents.",
     "SANCTION", ("CHL", "GOV"), ("CUB", None), None),
    ("South Africa's trade minister said on Wednesday that Pretoria had slapped a 30 percent duty on "
     "frozen chicken from Brazil to protect local poultry farmers.",
     "SANCTION", ("ZAF", None), ("BRA", None), None),
    # --- MOBILIZE (153 plain by police, 152 plain with attribution after the clause, 154 with
    # "there" resolved from the sentence before)
    ("Police in Zimbabwe deployed water cannon trucks and hundreds of riot officers across Harare on "
     "Monday after an opposition leader called for a nationwide stayaway.",
     "MOBILIZE", ("ZWE", "COP"), None, None),
    ("Kuwait raised its military alert level on Saturday after Iraqi lawmakers voted to scrap a "
     "maritime border agreement between the two countries, the state news agency reported.",
     "MOBILIZE", ("KWT", None), None, None),
    ("Opposition supporters in Mauritania have staged sit-ins in Nouakchott since the disputed "
     "presidential election in late June. The authorities there sent army units into the capital on "
     "Thursday and posted armoured vehicles outside the state broadcaster.",
     "MOBILIZE", ("MRT", None), None, None),
    # --- COERCE (173 plain with a nationality adjective and a role for an opposition leader, 1722 a
    # court ruling against a candidate with a relative clause, 174 plain with attribution after the
    # clause, 1721 in the passive with a "by" agent)
    ("Ugandan police arrested the head of the largest opposition party outside his home in Kampala on "
     "Tuesday, hours before he was due to address a rally.",
     "COERCE", ("UGA", "COP"), ("UGA", "OPP"), None),
    ("Romania's Constitutional Court on Friday barred from the presidential race a far-right candidate "
     "who had praised the country's wartime fascist leaders.",
     "COERCE", ("ROU", "JUD"), ("ROU", None), None),
    ("Malaysia deported 130 Myanmar nationals on Wednesday, among them asylum seekers registered with "
     "the United Nations, a rights group in Kuala Lumpur said.",
     "COERCE", ("MYS", None), ("MMR", None), None),
    ("Zambia's largest independent newspaper was shut down by the information ministry on Tuesday, two "
     "days after it printed a cartoon mocking the president.",
     "COERCE", ("ZMB", "GOV"), ("ZMB", "JRN"), None),
    # --- ASSAULT (175 plain by riot police, 182 in the passive with a "by" agent and a nationality
    # adjective, 186 plain by gunmen, 175 as an idiom with "them" resolved from the sentence before)
    ("Riot police in Mozambique shot dead three protesters in Maputo on Thursday during a march "
     "against the official results of last month's election, a hospital official said.",
     "ASSAULT", ("MOZ", "COP"), ("MOZ", None), None),
    ("Two reporters filming an opposition rally in Baku were beaten by Azerbaijani police on Saturday, "
     "their news agency said.",
     "ASSAULT", ("AZE", "COP"), ("AZE", "JRN"), None),
    ("Gunmen shot dead a mayoral candidate at a campaign event in Colombia's Cauca province on Sunday, "
     "the national ombudsman's office said.",
     "ASSAULT", ("COL", None), ("COL", None), None),
    ("Supporters of a jailed former prime minister gathered outside a court in Islamabad on Tuesday. "
     "Police charged them with batons and fired tear gas, injuring dozens of people, officials at two "
     "hospitals said.",
     "ASSAULT", ("PAK", "COP"), ("PAK", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Local election candidates in Mexico have been killed at a rate of more than one a week since "
    "campaigning began in September, according to a security consultancy.",
    "Turkish prosecutors have opened cases against more than 200 journalists since 2016, a press "
    "freedom group said in its annual report.",
    "Kenya earned $830 million from cut flower exports between January and September, 12 percent more "
    "than a year earlier, the horticulture board said.",
    "Turnout in Lithuania's parliamentary election reached 52 percent, the highest in two decades, "
    "according to the central electoral commission.",
    "Just over half of Poles trust the European Union more than their own government, a survey by the "
    "CBOS institute found.",
    "Most Chileans would vote against a new constitution if a referendum were held now, a Cadem poll "
    "suggested.",
    "Argentina claims the Falkland Islands, which Britain calls a self-governing overseas territory "
    "and has run since 1833.",
    "Morocco considers Western Sahara its own southern provinces, whereas the Polisario Front wants the "
    "territory's people to vote on independence.",
    "Guatemala claims roughly half the land area of neighbouring Belize, a quarrel that dates back to "
    "colonial times.",
    "The International Monetary Fund expects Argentina's inflation to slow to about 30 percent next "
    "year as the peso stabilises.",
    "Analysts expect Japan's ruling party to lose its majority in the upper house at next summer's "
    "election.",
    "Kazakhstan's president could call an early parliamentary election as soon as the spring, "
    "according to two officials familiar with the discussions.",
    "Nepal's coalition government might collapse before the budget is passed, some lawmakers in "
    "Kathmandu privately believe.",
    "Norwegian voters turned down membership of the European Union in a 1994 referendum, the second "
    "time in 22 years they had said no.",
    "Portugal handed Macau over to China in December 1999, ending more than four centuries of "
    "Portuguese administration.",
    "Egypt and Israel signed a peace treaty on the White House lawn in March 1979, the first between "
    "Israel and an Arab state.",
    "Leaders of the Pacific Islands Forum gather once a year, usually in late summer, to discuss "
    "climate change and fisheries.",
    "Bolivian farmers often block the highways around La Paz during the harvest season to press for "
    "better prices.",
    "Greek Cypriot and Turkish Cypriot leaders usually dine together at the UN envoy's residence in "
    "Nicosia before the new year.",
    "Morocco's Atlas Lions crushed Zambia 4-0 in Rabat on Friday to top their World Cup qualifying "
    "group.",
    "Shares of the Japanese carmaker surrendered early gains and closed down 3 percent in Tokyo on "
    "Friday after it cut its profit forecast.",
    "Australia's women's cricket team stormed to victory over India in Perth, sealing the series with "
    "a game to spare.",
    "Researchers in Peru found that the invasive bacteria had colonised the roots of nearly every "
    "potato variety they tested.",
    "The Argentine midfielder was sent off in the 70th minute after a clash with a Uruguayan defender "
    "in Montevideo.",
    "A Norwegian chess grandmaster defended his title in Oslo on Sunday, beating an Indian challenger "
    "in the final game.",
]

#: not yet run: every floor is 0.0 until the first run is recorded (see the docstring)
FLOORS = {"type": 0.95, "actor_code": 0.93, "actor_sector": 0.88, "recipient": 0.79, "pass": 0.79,
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
    return _code([c[0] for c in STORIES], resources, "blind28")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind28-empty")


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


def test_blind28_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind28 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind28_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind28 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
