"""A twenty-first blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. About half
of the stories are plain, everyday wire copy (offered, visited, praised, lifted, called off,
extradited, shipped, resigned, brought home, called on, accused, rejected, warned, marched, blocked,
imposed a tariff, deployed, moved, arrested, deported, killed), the other half harder. Each story
comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient (code
and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, the project's codes for international
bodies: UN agencies UNO, other bodies IGO, NGOs NGO, the European Union EUR; an act announced for the
future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13;
signing a formal agreement is SUPPORT, 057; sanctions, tariffs and aid cut off are SANCTION; a
resignation, a release or a pullback of troops is RETREAT, 0831, 0841, 087; lifting a curfew or a
suspension is CONCEDE, 0813, 081; summoning a foreign ambassador is ACCUSE, 114). Nothing comes from a
gold set, the seed or the demo corpus; the verbs, idioms, settings and the countries in each role avoid
those of the earlier blind batches.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every continent,
  leaning on places the earlier batches used little (West and Central Africa: the Gambia, Togo, Guinea,
  Ivory Coast, Cameroon, Sao Tome and Principe, Equatorial Guinea, Gabon, Congo, Sierra Leone, Burkina
  Faso, Nigeria, Chad, Liberia, Senegal, Benin, Guinea-Bissau, the Central African Republic; the Horn
  and East Africa: Djibouti, Somalia, Eritrea, Ethiopia, Sudan, South Sudan, Rwanda, Burundi, the
  Comoros; the Caucasus and Central Asia: Georgia, Armenia, Kyrgyzstan; Central America and the
  Caribbean: the Dominican Republic, Panama, Barbados, Guyana, Suriname, Trinidad and Tobago, Grenada,
  Honduras, Nicaragua, El Salvador, Guatemala, Belize, Haiti; Southeast Asia's smaller states:
  Timor-Leste, Brunei, Cambodia; the Nordics: Finland, Denmark, Iceland, Norway, Sweden; the Pacific:
  Tuvalu, Nauru, Tonga, Fiji, Papua New Guinea; and Taiwan, China, Spain, France, the United States) and
  from international bodies and armed groups (the World Health Organization, the African Union, the
  International Committee of the Red Cross, the Arab League, Interpol, Human Rights Watch, the OSCE
  twice, the European Union as a recipient, Nuer militiamen, the Imbonerakure, Haitian gang members), in
  the forms wire copy uses: reported speech ("Gabon's foreign minister told state television on
  Wednesday that Libreville would open an embassy in Kigali ...", "Honduras's foreign minister told
  lawmakers on Monday that Tegucigalpa had asked Taiwan ...", "Sweden's development minister said on
  Monday that Stockholm had suspended its aid ...", "Taiwan said on Thursday that it would ship two
  there"), attribution after the clause ("..., the foreign ministry in Helsinki said", "..., Georgia's
  prime minister told a news conference on Thursday", "..., a government spokesman told reporters in
  Port Moresby", "..., the army in Kigali said"), the passive with a "by" agent ("was hosted by
  Armenia's foreign minister", "were shared with Suriname by France", "was sought from Interpol by
  Sierra Leone's justice minister", "was summoned by Iceland's foreign minister", "was refused by
  Yaounde", "were ordered out of Kyrgyzstan by the government in Bishkek", "was set on fire by gang
  members"), nominal events ("Help in tracking down a former army chief ... was sought", "A Nigerian
  request for permission ... was refused", "An American air strike on Islamic State fighters ... killed
  11 of them"), titles and roles instead of names ("Denmark's prime minister", "Barbados's prime
  minister", "Panama's president", "Sudan's army chief", "The OSCE's secretary-general", "Sao Tome and
  Principe's defence minister"), capitals for states ("Libreville", "Georgetown", "Tegucigalpa",
  "Yaounde", "Tbilisi", "Stockholm", "Bishkek"), an office named in one sentence and its holder named in
  the next ("The Dominican Republic's president landed in Panama City ... Luis Abinader talked over
  ..."), pronouns and adverbs resolved from the sentence before ("there" after Tuvalu's hospital in
  Funafuti, "The government met them halfway" after cocoa farmers in Ivory Coast, "Its navy" after
  Tonga's waters, "two of them" after hospitals in Cameroon, "The authorities there" after Malabo, "took
  aim at it" after Nicaragua, "Police there" after Bissau, "Its coast guard" after Belize, "They" after
  the Imbonerakure), relative clauses ("Taxi drivers in Dili, who say ...", "Georgia's Constitutional
  Court, whose members were chosen by ...", "a former Somali intelligence chief who is wanted in
  Mogadishu"), idioms and phrasal verbs ("talked over", "took Georgetown's side", "called off", "met
  them halfway", "linked up with", "got ... through to", "brought home", "took aim at", "gave ... the
  cold shoulder", "served notice on", "stayed out of the courtrooms", "ordered out of", "put ... on
  standby", "set on fire"), two acts announced for the future and so expressions of intent (an embassy
  in Kigali, dialysis machines for Tuvalu: AGREE, no modality checked), three conditional threats
  ("would fight back if", "would expel ... if", "would strike any airfield ... used to ..."), and two
  denials (modality "negated": a security pact between Nauru and China, asylum in Djibouti for a former
  Somali intelligence chief). Where a sector is open to argument (a bare state, a capital, authorities,
  a body or armed group named by its own name, militiamen, gang members, a coast guard, an army chief
  who speaks for his state, a threat a prime minister voices for his capital) only the code is checked;
  a recipient of None is not checked. A story passes when one coded event of the expected type has,
  among its actors, a party with the expected code (and sector, where given), among its recipients a
  party with the expected code (and sector, where given), and the expected modality (where given).
  Reported apart: the type found at all; an event of the type with the actor code right; with the actor
  code and sector right (over the stories that give an actor sector); with the recipient right (over the
  stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (migrants intercepted by
  Senegal's navy since January, Haitian police stations burned or looted since 2024), statistics
  (visitors to Cabo Verde, Iceland's inflation), two polls (one with a hypothetical "would back
  rebuilding an army if ..."), standing positions in the simple present ("Guyana and Suriname both
  claim the Tigri area", "Mauritius claims sovereignty over Tromelin", "Vanuatu regards the
  uninhabited Matthew and Hunter islands as its own"), forecasts ("expects Senegal's economy to
  grow", "expect Ethiopia's birr to lose"), hedged speculation ("might put off the promised
  election", "may be trying to set up a naval supply point"), background history (Eritrea annexed in
  1962, Cuban troops in Angola in the 1980s, the Swedish-Norwegian union dissolved in 1905), habits
  ("regularly cross into each other's waters", "rotate through the multinational observer force",
  "meet every autumn"), and political verbs in sports, business, science, entertainment or
  figurative senses ("sank Jamaica 2-0", "dethroned France", "beat a hasty retreat from Nigeria",
  coral that "has fought off bleaching", a film fisherman who "declares independence", seaweed that
  "has occupied the beaches"): one passes when no event that happened (asserted or reported) comes
  out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold, the seed, the demo corpus under ../shared/news and the test files under tests/, and
within the batch itself (with /tmp/ew/blind21/overlap.py); the final check found none. The coder was
not run on any of these texts, nor this test.

The batch was written on 2026-12-01 and held back: its first run is recorded below, and no
expectation was changed after it.

FIRST RUN, on commit fdf51db (2026-12-01, the coder as that day's session left it, held back to
the end): the type found in 38 of 50 stories (0.760); the actor code right on an event of the type
in 36 (0.720); code and sector in 11 of the 15 that give a sector (0.733); the recipient right in 26
of the 41 that give one (0.634); **30 of 50 passing (0.600)**; 22 of the 25 empty passages with no
event that happened (0.880). The coder of the session's start (53cdce6), run on it afterwards for
comparison only: 30 of 50 and 21 of 25. No expectation was changed after the first run. Its 20
misses: an act not coded (7: "would ship two there", images "shared with ... by France", a navy
that "linked up with" a patrol boat, soldiers "brought home", a curfew "called off", a police
station "set on fire by" gangs, an offer given "the cold shoulder"); another type coded (5: the
suspension lifted read as the suspension, SANCTION; "took Georgetown's side" as ACCUSE; a price
raise that meets protesters halfway; police put "on standby" read through the march; supplies "got
through" read as fighting); a party missing or wrong (8: a recipient in an "in" phrase, one in a
"with" phrase far from its verb, a counterpart's sector, "the authorities there", "it" for a state
named the sentence before, monitors "ordered out of" a state, "its coast guard" read as the
fishermen's, an air strike's target state).

The three empty passages that gave an event: history ("in the late 1980s", a decade with no year
read), a habit ("meet every autumn"), and seaweed that "occupied" the beaches.

After the first run the misses were read; one later rule (a visit "for talks with" someone meets
that party, commit b26e9ba) answers one of them, so the batch is no longer blind: 31 of 50 then.
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
    # --- AGREE (0331 plain with attribution after the clause, 032 announced for the future in
    # reported speech with capitals, 0333 announced for the future with "there" resolved from the
    # sentence before)
    ("Finland offered on Tuesday to pay for solar panels on 60 rural health clinics in the Gambia, the "
     "foreign ministry in Helsinki said.",
     "AGREE", ("FIN", None), ("GMB", None), None),
    ("Gabon's foreign minister told state television on Wednesday that Libreville would open an "
     "embassy in Kigali next year to deepen trade and security ties with Rwanda.",
     "AGREE", ("GAB", None), ("RWA", None), None),
    ("Tuvalu's only hospital, in Funafuti, has no dialysis machine. Taiwan said on Thursday that it "
     "would ship two there early next year, along with nurses trained to run them.",
     "AGREE", ("TWN", None), ("TUV", None), None),
    # --- CONSULT (042 plain with titles and a capital, 036 an office named and its holder named in
    # the next sentence, as a phrasal verb, 043 in the passive with a "by" agent and a role for an
    # international body)
    ("Denmark's prime minister visited Reykjavik on Monday for talks with Iceland's prime minister on "
     "Arctic security and Russian tankers sailing through the North Atlantic.",
     "CONSULT", ("DNK", "GOV"), ("ISL", "GOV"), None),
    ("The Dominican Republic's president landed in Panama City on Sunday on his first state visit "
     "there. Luis Abinader talked over migration through the Darien jungle and a planned ferry link "
     "with Panama's president on Monday.",
     "CONSULT", ("DOM", "GOV"), ("PAN", "GOV"), None),
    ("The OSCE's secretary-general was hosted by Armenia's foreign minister in Yerevan on Tuesday for "
     "talks on monitoring the border with Azerbaijan.",
     "CONSULT", ("ARM", "GOV"), ("IGO", None), None),
    # --- SUPPORT (051 plain by a UN agency, 052 as an idiom with a capital, 057 denied)
    ("The World Health Organization praised Togo on Thursday for stamping out an outbreak of Lassa "
     "fever within six weeks.",
     "SUPPORT", ("UNO", None), ("TGO", None), None),
    ("Venezuela's new official map shows two-thirds of Guyana as Venezuelan land. Barbados's prime "
     "minister took Georgetown's side on Friday, calling the map a provocation.",
     "SUPPORT", ("BRB", "GOV"), ("GUY", None), None),
    ("Nauru denied on Saturday that it had signed a security pact with China, calling reports of a "
     "secret deal struck in Beijing false.",
     "SUPPORT", ("NRU", None), ("CHN", None), "negated"),
    # --- CONCEDE (081 plain by an international body, 0813 as a phrasal verb, 0832 as an idiom with
    # the government's country and a pronoun resolved from the sentence before)
    ("The African Union lifted its suspension of Guinea on Monday, five years after soldiers ousted "
     "President Alpha Conde.",
     "CONCEDE", ("IGO", None), ("GIN", None), None),
    ("Comorian authorities called off the nightly curfew in Moroni on Sunday, three weeks after riots "
     "over the price of fuel.",
     "CONCEDE", ("COM", None), None, None),
    ("Cocoa farmers in Ivory Coast blocked roads in the west of the country for a week to demand a "
     "higher price for their beans. The government met them halfway on Thursday, raising the "
     "farmgate price by 10 percent.",
     "CONCEDE", ("CIV", "GOV"), None, None),
    # --- COOPERATE (063 plain, 064 in the passive with a "by" agent and attribution after the
    # clause, 062 after a pronoun as a phrasal verb)
    ("Norway extradited the suspected leader of a Stockholm gang to Sweden on Wednesday to face "
     "charges over a wave of shootings and bombings.",
     "COOPERATE", ("NOR", None), ("SWE", None), None),
    ("Satellite images of illegal gold mines along the Maroni River were shared with Suriname by "
     "France on Tuesday, the justice ministry in Paramaribo said.",
     "COOPERATE", ("FRA", None), ("SUR", None), None),
    ("Foreign fishing fleets have been spotted in Tonga's waters since the cyclone season ended. Its "
     "navy linked up with a Fijian patrol boat on Monday to chase them out.",
     "COOPERATE", ("TON", "MIL"), ("FJI", None), None),
    # --- AID (073 plain after a hurricane, 073 by the Red Cross as a phrasal verb with a pronoun
    # resolved from the sentence before, 075 denied with a relative clause)
    ("Trinidad and Tobago shipped 10,000 litres of drinking water to Grenada's island of Carriacou on "
     "Sunday after a hurricane knocked out its desalination plant.",
     "AID", ("TTO", None), ("GRD", None), None),
    ("Fighting around Bamenda has cut off several hospitals in Cameroon's North-West region. The "
     "ICRC got fuel and surgical supplies through to two of them on Thursday, the organisation said.",
     "AID", ("NGO", None), ("CMR", None), None),
    ("Djibouti denied on Tuesday that it had granted asylum to a former Somali intelligence chief who "
     "is wanted in Mogadishu over a deadly hotel siege.",
     "AID", ("DJI", None), ("SOM", None), "negated"),
    # --- RETREAT (0831 a resignation plain with a title, 0841 after "there" resolved from the
    # sentence before, 087 as an idiom with attribution after the clause)
    ("Sao Tome and Principe's defence minister resigned on Friday, a day after soldiers staged a brief "
     "mutiny at the main barracks in the capital.",
     "RETREAT", ("STP", "GOV"), None, None),
    ("Three Spanish fishermen have been held in Malabo since their trawler strayed into Equatorial "
     "Guinea's waters in August. The authorities there freed them on Wednesday, Spain's foreign "
     "ministry said.",
     "RETREAT", ("GNQ", None), ("ESP", None), None),
    ("Rwanda brought about 1,000 soldiers home from eastern Congo on Saturday, the first such pullout "
     "it has acknowledged, the army in Kigali said.",
     "RETREAT", ("RWA", None), ("COD", None), None),
    # --- REQUEST (1056 plain by the Arab League, 102 in reported speech with a capital, 1013 a
    # nominal request in the passive with a "by" agent)
    ("The Arab League called on Sudan's army and the Rapid Support Forces on Sunday to agree to a "
     "month-long truce so that food can reach the besieged city of Kadugli.",
     "REQUEST", ("IGO", None), ("SDN", None), None),
    ("Honduras's foreign minister told lawmakers on Monday that Tegucigalpa had asked Taiwan to reopen "
     "its embassy, almost four years after the two broke off relations.",
     "REQUEST", ("HND", None), ("TWN", None), None),
    ("Help in tracking down a former army chief who fled after a failed coup was sought from Interpol "
     "by Sierra Leone's justice minister on Thursday.",
     "REQUEST", ("SLE", "GOV"), ("IGO", None), None),
    # --- ACCUSE (1122 plain by an NGO, 114 in the passive with a "by" agent, 111 after a pronoun as
    # an idiom)
    ("Human Rights Watch accused Burkina Faso's army on Thursday of executing at least 40 villagers in "
     "the east of the country.",
     "ACCUSE", ("NGO", None), ("BFA", "MIL"), None),
    ("China's ambassador was summoned by Iceland's foreign minister on Wednesday after a Chinese "
     "research ship lingered for three days above an undersea cable off the Westfjords.",
     "ACCUSE", ("ISL", "GOV"), ("CHN", None), None),
    ("Nicaragua has stripped hundreds of its critics of their citizenship since 2023. Panama's "
     "president took aim at it on Tuesday, calling the government in Managua a dictatorship.",
     "ACCUSE", ("PAN", "GOV"), ("NIC", None), None),
    # --- REJECT (1213 plain, 120 as an idiom with attribution after the clause, 1212 a nominal
    # request in the passive with a "by" agent and a capital)
    ("Gabon rejected on Thursday a request from Equatorial Guinea to hand over a former Equatoguinean "
     "minister who fled to Libreville in October.",
     "REJECT", ("GAB", None), ("GNQ", None), None),
    ("Papua New Guinea gave a Chinese offer to build a fishing port on Manus Island the cold shoulder "
     "on Friday, a government spokesman told reporters in Port Moresby.",
     "REJECT", ("PNG", None), ("CHN", None), None),
    ("A Nigerian request for permission to pursue Boko Haram fighters into Cameroon's Far North region "
     "was refused by Yaounde on Wednesday.",
     "REJECT", ("CMR", None), ("NGA", None), None),
    # --- THREATEN (138 plain and conditional, 1313 conditional with a capital and attribution after
    # the clause, 138 with a title as an idiom)
    ("Eritrea warned Ethiopia on Tuesday that its army would fight back if Ethiopian troops crossed "
     "the border toward the port of Assab.",
     "THREATEN", ("ERI", None), ("ETH", None), None),
    ("Tbilisi would expel the European Union's ambassador if he kept meeting protest leaders, "
     "Georgia's prime minister told a news conference on Thursday.",
     "THREATEN", ("GEO", None), ("EUR", None), None),
    ("Sudan's army chief served notice on Chad on Tuesday that his forces would strike any airfield on "
     "Chadian soil used to fly weapons to the Rapid Support Forces.",
     "THREATEN", ("SDN", None), ("TCD", None), None),
    # --- PROTEST (141 plain, 144 with a relative clause and attribution after the clause, 143 as an
    # idiom)
    ("Thousands of Liberians marched through Monrovia on Monday to demand a court to try crimes "
     "committed during the country's civil wars.",
     "PROTEST", ("LBR", None), None, None),
    ("Taxi drivers in Dili, who say a new fuel levy will wipe out their earnings, blocked the main "
     "coastal road through the city on Tuesday, police said.",
     "PROTEST", ("TLS", None), None, None),
    ("Lawyers across Senegal stayed out of the courtrooms on Monday in protest at the detention of a "
     "colleague who defends opposition politicians, the bar association said.",
     "PROTEST", ("SEN", None), None, None),
    # --- SANCTION (tariffs plain with a participle, 162 in reported speech with a capital, 1662 in
    # the passive with a "by" agent)
    ("El Salvador imposed a 20 percent tariff on cement from Guatemala on Monday, accusing Guatemalan "
     "producers of dumping.",
     "SANCTION", ("SLV", None), ("GTM", None), None),
    ("Sweden's development minister said on Monday that Stockholm had suspended its aid to Liberia's "
     "health ministry after auditors found that about $3 million could not be accounted for.",
     "SANCTION", ("SWE", None), ("LBR", None), None),
    ("Monitors from the OSCE were ordered out of Kyrgyzstan by the government in Bishkek on Thursday, "
     "two weeks after they criticised the conduct of a parliamentary election.",
     "SANCTION", ("KGZ", "GOV"), ("IGO", None), None),
    # --- MOBILIZE (154 plain, 154 plain with an army, 151 with "there" resolved from the sentence
    # before as a phrasal verb)
    ("Benin deployed 1,000 extra soldiers to its northern border with Niger and Burkina Faso on Sunday "
     "after jihadists attacked a customs post at Malanville.",
     "MOBILIZE", ("BEN", None), None, None),
    ("Nicaragua's army moved 800 soldiers and a column of armoured vehicles to the border with Costa "
     "Rica on Friday after a shootout between smugglers and Costa Rican police near Los Chiles.",
     "MOBILIZE", ("NIC", "MIL"), None, None),
    ("Guinea-Bissau's opposition has called a march in Bissau for Saturday. Police there put every "
     "officer in the capital on standby on Thursday and cancelled all leave, a police spokesman said.",
     "MOBILIZE", ("GNB", "COP"), None, None),
    # --- COERCE (173 plain, 174 plain with attribution after the clause, 1711 after a pronoun,
    # 1722 with a relative clause)
    ("Police in the Central African Republic arrested an opposition lawmaker at his home in Bangui on "
     "Saturday over a speech criticising the president, his party said.",
     "COERCE", ("CAF", "COP"), ("CAF", None), None),
    ("Brunei deported 42 Cambodian construction workers on Friday after a raid on a building site "
     "outside Bandar Seri Begawan, Cambodia's labour ministry said.",
     "COERCE", ("BRN", None), ("KHM", None), None),
    ("Belize says Honduran fishermen have strayed into its southern waters all year. Its coast guard "
     "confiscated three of their boats and their catch near the Sapodilla Cayes on Sunday, the "
     "fisheries department said.",
     "COERCE", ("BLZ", None), ("HND", None), None),
    ("Georgia's Constitutional Court, whose members were chosen by the ruling party's majority in "
     "parliament, banned three pro-Western opposition parties on Friday.",
     "COERCE", ("GEO", "JUD"), ("GEO", None), None),
    # --- ASSAULT (190 plain with militiamen, 1712 in the passive with a "by" agent, 1823 after a
    # pronoun for a ruling party's youth wing, 195 a nominal strike)
    ("Nuer militiamen killed at least 20 soldiers in an attack on an army barracks in South Sudan's "
     "Jonglei state on Monday, a military spokesman said.",
     "ASSAULT", ("SSD", None), ("SSD", "MIL"), None),
    ("A police station in the central Haitian town of Hinche was set on fire by gang members on "
     "Tuesday, hours after the officers inside had fled, the national police said.",
     "ASSAULT", ("HTI", None), ("HTI", None), None),
    ("Members of the Imbonerakure, the ruling party's youth wing, have beaten dozens of opposition "
     "supporters in Burundi's Ngozi province since August. They stabbed two opposition activists to "
     "death outside a bar in the provincial capital on Saturday night, a local rights group said.",
     "ASSAULT", ("BDI", None), ("BDI", None), None),
    ("An American air strike on Islamic State fighters in the Cal Miskaad mountains of Somalia's "
     "Puntland region killed 11 of them on Tuesday, U.S. Africa Command said.",
     "ASSAULT", ("USA", None), ("SOM", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Senegal's navy has intercepted more than 9,000 migrants bound for the Canary Islands since "
    "January, according to the armed forces.",
    "Gangs in Haiti have burned or looted more than 40 police stations since early 2024, a UN report "
    "estimates.",
    "The number of foreign visitors to Cabo Verde reached a record 1.2 million last year, the national "
    "statistics institute said.",
    "Iceland's annual inflation rate slowed to 3.8 percent in November, Statistics Iceland said.",
    "Two in three Greenlanders oppose any move to join the United States, a survey for the newspaper "
    "Sermitsiaq found.",
    "A majority of Costa Ricans would back rebuilding an army if violent crime keeps rising, a poll by "
    "the University of Costa Rica suggested.",
    "Guyana and Suriname both claim the Tigri area along the upper Courantyne River.",
    "Mauritius claims sovereignty over Tromelin, a tiny island that France administers from Reunion.",
    "Vanuatu regards the uninhabited Matthew and Hunter islands as its own, though France also claims "
    "them.",
    "The African Development Bank expects Senegal's output to expand by roughly 9 percent next year "
    "as offshore gas production rises.",
    "Economists expect Ethiopia's birr to lose a further fifth of its value against the dollar next "
    "year.",
    "Guinea-Bissau's military rulers might put off the promised election until 2028, some diplomats in "
    "Dakar suspect.",
    "Russia may be trying to set up a naval supply point at Eritrea's port of Massawa, according to "
    "analysts who study satellite images.",
    "Ethiopia annexed Eritrea in 1962, setting off a thirty-year war for independence.",
    "Cuban troops fought alongside Angolan government forces against South Africa's army in the late "
    "1980s.",
    "Sweden and Norway dissolved their union peacefully in 1905.",
    "Fishermen from Senegal and Mauritania regularly cross into each other's waters during the sardine "
    "season.",
    "Fijian soldiers rotate through the multinational observer force in the Sinai every year.",
    "Nordic prime ministers meet every autumn on the sidelines of the Nordic Council's annual session.",
    "Suriname's footballers sank Jamaica 2-0 in Paramaribo on Thursday to qualify for the Gold Cup.",
    "Denmark's handball players dethroned France as European champions in Herning on Sunday.",
    "The South African retailer beat a hasty retreat from Nigeria last year, selling its stores to a "
    "local investor.",
    "Coral in Palau's lagoons has fought off bleaching better than reefs elsewhere in the Pacific, "
    "marine scientists report.",
    "The Senegalese film, which opened in Dakar last week, follows a fisherman who declares "
    "independence for his island village.",
    "Mats of sargassum seaweed have occupied the beaches of Barbados and Grenada since June, keeping "
    "tourists away.",
]

#: the first run's figures (see the docstring); each floor sits about one case below
FLOORS = {"type": 0.85, "actor_code": 0.83, "actor_sector": 0.83, "recipient": 0.79, "pass": 0.79,
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
    return _code([c[0] for c in STORIES], resources, "blind21")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind21-empty")


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


def test_blind21_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind21 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind21_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind21 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
