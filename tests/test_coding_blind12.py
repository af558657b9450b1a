"""A twelfth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them, to be as
hard and as close to real wire copy as the eleventh. Each story comes with the PLOVER type of one
act its last sentence reports, that act's actor and recipient (code and sector) and, where it
matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions,
CAMEO's actor and sector conventions, the project's codes for international bodies: UN agencies UNO,
other bodies IGO, NGOs NGO, the European Union EUR; sanctions and tariffs are SANCTION; and the two
project conventions that differ from the table: a resignation is RETREAT, 0831, and lifting a curfew
or sanctions is CONCEDE, 0813, 085). Nothing comes from a gold set, the seed or the demo corpus; the
verbs, idioms, phrasings, settings and the countries in each role avoid those of the eighth to
eleventh blind batches (and, where a setting came close, of the earlier ones), and the expectations
were not changed after the first run, which is what the figures below record.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Cabo Verde, Senegal, Mali, Algeria, South Africa, Uganda, Cameroon, Eritrea,
  Chad, Burkina Faso, Tunisia, Libya, Egypt, Rwanda, Ethiopia, Mozambique; Asia: Mongolia, Iraq,
  Bahrain, Iran, Japan, South Korea, China, India, Sri Lanka, Pakistan, Afghanistan, Turkey, the
  United Arab Emirates; the Americas: Chile, Bolivia, Paraguay, Uruguay, Venezuela, the Dominican
  Republic, Nicaragua, Panama, Colombia, El Salvador, Canada; Europe and the Caucasus: Malta,
  Luxembourg, Kosovo, Serbia, Poland, Lithuania, Belarus, Slovenia, Portugal, Georgia, Armenia,
  Azerbaijan; the Pacific: Kiribati) and from international bodies and armed groups (the
  Organization of American States, UNICEF, the UN refugee agency, the Collective Security Treaty
  Organization, the Committee to Protect Journalists, dissident FARC fighters, Taliban border
  forces, Islamic State's branch in Mozambique), in the forms wire copy uses: reported speech
  ("Poland's border guard said on Wednesday it had teamed up with Lithuanian border guards ...",
  "Armenia's prime minister said on Monday that Russian border guards had vacated their posts ..."),
  attribution after the clause ("..., the Maltese foreign ministry said", "..., the Indian high
  commission in Colombo said", "..., the ombudsman's office in Bogota said"), the passive, with a
  "by" agent ("were picked up by police in Baku") and without one ("A Canadian businessman jailed in
  China ... was let go"), nominal events ("Japan's decision on Tuesday to restore South Korea to its
  list of trusted trading partners ended four years of export curbs", "raised the prospect ... of
  taking a Red Sea port by force", "put in a request"), titles and roles instead of names ("Chile's
  president ... his Bolivian counterpart", "Iraq's prime minister", "Uganda's army chief, who is the
  president's son"), capitals and cities for states ("implored Washington", "Brussels dangled the
  threat ... unless Beijing ...", "on a plane to Miami"), an office named in one sentence and its
  holder named in the next ("Mongolia's prime minister lost a confidence vote ... Luvsannamsrain
  Oyun-Erdene handed in his resignation", "Senegal's prime minister addressed parliament ... Ousmane
  Sonko took aim at France"), a person named in full and then by surname ("Paraguayan President
  Santiago Pena landed in Montevideo ... Pena went over plans ... with his Uruguayan counterpart"),
  pronouns resolved from the sentence before ("Chad has taken in ... It redeployed 2,000 troops",
  "Islamic State's branch in Mozambique ... Its fighters beheaded"), relative clauses ("Nicaragua's
  government, which counts Moscow among its few remaining allies, ...", "A Senate committee in
  Colombia, where the president's coalition lacks a majority, ...", "an Indigenous leader who had
  opposed coca planting", "Eritrea, which has barred most foreign journalists for decades, ..."),
  idioms and phrasal verbs ("came face to face with", "went over", "rallied behind", "performed a
  U-turn", "put ... on a plane to", "tipped off", "teamed up with", "gifted", "ferried", "handed in
  his resignation", "vacated their posts", "let go", "put in a request", "took aim at", "brought a
  case against", "pointed the finger at", "poured cold water on", "dug in its heels", "threw out",
  "raised the prospect of", "dangled the threat of", "lock up", "rampaged", "bring the country to a
  standstill", "packed", "put ... on ice", "ordered ... out of the country", "paraded", "flooded ...
  with", "took control of", "picked up", "packed off", "shot dead", "traded fire", "pounded"), two
  planned acts (a general strike in Portugal, Turkish duties on Chinese cars) and two denials
  (modality "negated"). Where a sector is open to argument (a bare state or capital, an intelligence
  service, a border guard, a ruling party, military rulers, authorities, missiles, forces or
  fighters named by nationality, an armed group named by its own name, unions, youths, protesters)
  only the code is checked; a recipient of None is not checked. A story passes when one coded event
  of the expected type has, among its actors, a party with the expected code (and sector, where
  given), among its recipients a party with the expected code (and sector, where given), and the
  expected modality (where given). Reported apart: the type found at all; an event of the type with
  the actor code right; with the actor code and sector right (over the 15 stories that give an actor
  sector); with the recipient right (over the 40 stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates and tallies ("Turkish police
  have detained more than 1,900 suspected Islamic State members in raids since January"),
  statistics, two polls, standing positions in the simple present ("Somalia regards Somaliland as
  part of its territory", "Guatemala maintains diplomatic relations with Taiwan"), forecasts (one
  with a meeting to come, "when its ministers meet next week"), hedged speculation ("Azerbaijan
  could try to open a land corridor ... by force, some Armenian officials fear"), background history
  ("Peru and Ecuador fought a brief border war ... in 1995", "Bangladesh broke away from Pakistan in
  1971"), habits ("Cuban and American coast guards routinely exchange information ...", a weekly
  vigil), and political verbs in sports, business, science, entertainment or figurative senses
  (Atlas Lions who "overpowered" Tanzania, Black Ferns who "blitzed" France, shareholders who
  "blocked" a takeover, a carmaker that "stormed into" the sales charts, bacteria that "disarm" the
  immune system, a novel's colonel who "seizes power and jails his rivals", locusts that "laid waste
  to" fields, steel that is "strangling" mills): one passes when no event that happened (asserted or
  reported) comes out of it.

The first run on a frozen copy of commit 3d2663f (2026-11-30, a detached worktree with no
uncommitted edit under src/) gave: the type found in 19 of 50 stories (0.380); the actor code right
on an event of the type in 16 of 50 (0.320); actor code and sector right in 4 of the 15 that give a
sector (0.267); the recipient right in 11 of the 40 that give one (0.275); 13 of 50 passing (0.260);
23 of the 25 empty passages with no event that happened (0.920). Before that run every text was
checked for six-word runs shared with the files under ../shared/gold (plover-gsr, case2021-task2,
newsquant, polnear dev, recognizers-number-en), the seed, the VOA stories and the demo corpus: none
was found and none was reworded. Its 37 misses, none of them an expectation changed afterwards, by
cause, the most frequent first:

- nothing coded at all, the verb, phrasal verb or idiom of the last sentence (and everything else in
  the story) outside the lexicon (21): "Luxembourg earmarked 12 million euros ... for school meals
  across the archipelago" (AGREE); "Pena went over plans ... with his Uruguayan counterpart"
  (CONSULT; "landed in Montevideo" gave nothing either); "Observers from the Organization of
  American States commended the Dominican Republic" (SUPPORT); "Panama's government performed a
  U-turn" and "Georgia's ruling party dropped a contested 'foreign agents' bill" (CONCEDE; not even
  the "road blockades" or the "clashes" of their subordinate clauses); "Cabo Verde put a
  Venezuelan-born financier on a plane to Miami" and "Colombian intelligence tipped off Spanish
  police" (COOPERATE); "India gifted two Dornier maritime patrol aircraft", "The United Arab
  Emirates placed a $5 billion deposit with Egypt's central bank" and "UNICEF ferried desalination
  units and water tanks to Tarawa" (AID); "Russian border guards had vacated their posts" and "A
  Canadian businessman jailed in China ... was let go" (RETREAT); "Mali's military government
  pointed the finger at Algeria" (ACCUSE); "Poland dug in its heels" and "A Senate committee in
  Colombia ... threw out the government's health reform" (REJECT); "Brussels dangled the threat of
  new tariffs" (THREATEN); "Turkey will levy an additional 40 percent duty on electric cars imported
  from China" (SANCTION, planned); "China paraded hypersonic missiles" (MOBILIZE); "Two reporters
  ... were picked up by police in Baku", "police had held a French journalist at Tunis airport"
  (denied) and "Authorities in eastern Libya packed off 700 Egyptian migrants" (COERCE);
- the main verb or idiom not coded, or read in another sense, and a participle, a subordinate clause
  or a noun coded in its place, giving another type (10): "Nicaragua's government ... rallied behind
  Russia ..., calling new European sanctions on Moscow illegal" gave only ACCUSE 111 from the
  participle (NIC/GOV to RUS); "Ousmane Sonko took aim at France over its refusal to hand back
  archives" gave REJECT 120 from the noun "refusal" (FRA as actor and recipient), the idiom not
  coded; "South Africa's president poured cold water ... on an American offer" gave AGREE 030 from
  the noun "offer" (USA as actor); "Ethiopia's prime minister raised the prospect ... of taking a
  Red Sea port by force should talks with Eritrea fail" gave an asserted ASSAULT 190 "taking port"
  with no actor and CONSULT 040 from "talks" (ERI as recipient); "Uganda's army chief ... vowed ...
  to lock up the main opposition leader" gave AGREE 030 (UGA/MIL right, no recipient), the vow of
  repression read as a promise; "Youths ... rampaged through the centre of Yaounde ..., setting fire
  to a police post" gave COERCE 1712 from the participle (CMR/CVL to CMR/COP), not a riot; "Armenia
  put its membership ... on ice ..., accusing the bloc of failing to defend it" gave only ACCUSE 112
  from the participle (ARM to IGO right); "Eritrea ... ordered the UN refugee agency out of the
  country" gave REQUEST 100 (ERI to UNO, as REF), the expulsion read as a demand; "El Salvador's
  government flooded ... Nueva Concepcion with 7,000 soldiers and police officers ... to hunt down
  the gang members who killed three policemen there" gave only the relative clause's ASSAULT 190
  (SLV/CRM to SLV/COP); "Burkina Faso's military government took control of two gold mines" gave
  ASSAULT 190 (BFA/GOV, reported), the seizure of property read as a military capture;
- the type right, the actor or recipient missing or wrong (6): "Malta offered ... to host talks
  between Libya's rival governments" (AGREE 030 with MLT right and no recipient, LBY/GOV going to a
  separate intended CONSULT 043 "host" with no actor); "Kosovo's prime minister came face to face
  with Serbia's president ... at talks brokered by the European Union" (the idiom not coded; CONSULT
  040 from the noun "talks" with EUR as actor and no recipient); "Japan's decision ... to restore
  South Korea to its list of trusted trading partners ended four years of export curbs" (CONCEDE 081
  "ended curbs" with JPN right but JPN, not KOR, as recipient); "Slovenia put in a request ... for
  money from the European Union's solidarity fund" (REQUEST 020 from the noun, EUR right, no actor);
  "Portugal's main unions will bring the country to a standstill ... with a general strike" (PROTEST
  143, planned, from the noun, with no actor and PRT/GOV as recipient); "Indian missiles pounded
  what New Delhi called terrorist camps in Pakistan" (ASSAULT 194 with IND/MIL right, the recipient
  IND from "New Delhi called", not PAK).

Reported speech worked where the verb was known ("Poland's border guard said ... it had teamed up
with Lithuanian border guards", COOPERATE with POL and LTU, both as MIL), as did the denial of
secret talks (CONSULT 040, negated, VEN/GOV to USA/GOV), the office named and its holder named in
the next sentence for the resignation ("Luvsannamsrain Oyun-Erdene handed in his resignation",
RETREAT 0831 with MNG/GOV), the restored relations (SUPPORT with BHR and IRN), the lawsuit ("brought
a case against", ACCUSE 115), "implored Washington" (REQUEST with USA), the pronoun ("It redeployed
2,000 troops" as TCD, MOBILIZE 154), "shot dead" and "traded fire" (ASSAULT 193) and "Its fighters
beheaded" (ASSAULT 1823 with MOZ/REB). Some passes hide a doubtful detail: "Chile's president
accepted an invitation from his Bolivian counterpart on Saturday to visit La Paz" came out
historical (modality not checked there) and gave an asserted CONSULT 042 "visit" with BOL as both
actor and recipient; the Committee to Protect Journalists' letter gave REQUEST 020 as historical,
with NGO/JRN, and "implored" and "put in a request" also gave CAMEO 020, a code the CAMEO2PLOVER
table does not list; the Chilean protest passed only on the relative clause's "students who have
occupied their campuses" (PROTEST 144), the main verb "packed" not coded; the FARC killing gave
COL/GOV as recipient and an extra REJECT from "who had opposed coca planting"; and "Islamic State's
branch in Mozambique has pushed its attacks west" gave an asserted ASSAULT 190 from the background
sentence. Two empty passages gave events that happened: the business sense of "A Chinese electric
carmaker stormed into the top ten of Europe's sales charts" (ASSAULT 190, asserted, CHN) and the
novel's premise "a colonel who seizes power and jails his rivals" (COERCE 173, asserted). The border
war of 1995 came out historical, and the tallies, statistics, polls, standing positions, forecasts,
speculation, habits and the other sports, business, science and figurative senses gave nothing. The
floors sit just below the first run's figures (about one case of slack each), so that a change that
loses generality fails here while the misses (listed on failure) stay visible.
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
    # --- AGREE (039 with attribution after the clause, 033 after a sentence of background, 036 an
    # invitation accepted with a relative clause)
    ("Malta offered on Wednesday to host talks between Libya's rival governments in Valletta, the "
     "Maltese foreign ministry said.",
     "AGREE", ("MLT", None), ("LBY", None), None),
    ("Cabo Verde imports about 80 percent of its food. Luxembourg earmarked 12 million euros on Tuesday "
     "for school meals across the archipelago over the next three years.",
     "AGREE", ("LUX", None), ("CPV", None), None),
    ("Chile's president accepted an invitation from his Bolivian counterpart on Saturday to visit La "
     "Paz, which would be the first such trip since the two countries broke off relations in 1978.",
     "AGREE", ("CHL", "GOV"), ("BOL", "GOV"), None),
    # --- CONSULT (040 with a full name, then the surname alone, as a phrasal verb; 043 as an idiom;
    # 046 denied in reported speech)
    ("Paraguayan President Santiago Pena landed in Montevideo on Wednesday for a two-day state visit. "
     "Pena went over plans to deepen the Parana River waterway with his Uruguayan counterpart on "
     "Thursday.",
     "CONSULT", ("PRY", "GOV"), ("URY", "GOV"), None),
    ("Kosovo's prime minister came face to face with Serbia's president in Brussels on Thursday for the "
     "first time in a year, at talks brokered by the European Union.",
     "CONSULT", ("XKX", "GOV"), ("SRB", "GOV"), None),
    ("Venezuela's government denied on Monday that its officials had held secret talks with U.S. envoys "
     "in Doha, calling the report a fabrication.",
     "CONSULT", ("VEN", None), ("USA", None), "negated"),
    # --- SUPPORT (051, 053 as a phrasal verb with a relative clause, 054 with attribution after the
    # clause)
    ("Observers from the Organization of American States commended the Dominican Republic on Monday "
     "for a calm and orderly presidential election.",
     "SUPPORT", ("IGO", None), ("DOM", None), None),
    ("Nicaragua's government, which counts Moscow among its few remaining allies, rallied behind Russia "
     "on Friday, calling new European sanctions on Moscow illegal.",
     "SUPPORT", ("NIC", "GOV"), ("RUS", None), None),
    ("Bahrain restored diplomatic relations with Iran on Friday, nine years after cutting them over "
     "attacks on Saudi missions, the foreign ministries in Manama and Tehran said.",
     "SUPPORT", ("BHR", None), ("IRN", None), None),
    # --- CONCEDE (0832 as an idiom, 085 as a nominal decision, 0832 a bill dropped)
    ("Panama's government performed a U-turn on Wednesday on a plan to reopen a giant copper mine after "
     "two weeks of road blockades by teachers and Indigenous groups.",
     "CONCEDE", ("PAN", "GOV"), None, None),
    ("Japan's decision on Tuesday to restore South Korea to its list of trusted trading partners ended "
     "four years of export curbs between the two neighbours.",
     "CONCEDE", ("JPN", None), ("KOR", None), None),
    ("Georgia's ruling party dropped a contested 'foreign agents' bill on Thursday after two nights of "
     "clashes between police and protesters outside parliament in Tbilisi.",
     "CONCEDE", ("GEO", None), None, None),
    # --- COOPERATE (063 as an idiom with a city for the recipient, 064 as a phrasal verb with
    # attribution after the clause, 062 in reported speech with a relative clause)
    ("Cabo Verde put a Venezuelan-born financier on a plane to Miami on Friday to face money-laundering "
     "charges, ending a two-year fight over his extradition.",
     "COOPERATE", ("CPV", None), ("USA", None), None),
    ("Colombian intelligence tipped off Spanish police about a semi-submersible carrying three tonnes of "
     "cocaine across the Atlantic, Spain's Guardia Civil said on Sunday.",
     "COOPERATE", ("COL", None), ("ESP", "COP"), None),
    ("Poland's border guard said on Wednesday it had teamed up with Lithuanian border guards to track "
     "smugglers who fly balloons loaded with cigarettes across the frontier from Belarus.",
     "COOPERATE", ("POL", None), ("LTU", None), None),
    # --- AID (072 with attribution after the clause, 071 after two sentences of background and a
    # pronoun, 073 a UN agency after a sentence of background)
    ("India gifted two Dornier maritime patrol aircraft to Sri Lanka's navy on Monday, the Indian high "
     "commission in Colombo said.",
     "AID", ("IND", None), ("LKA", "MIL"), None),
    ("Egypt's pound has lost half its value since March. Its central bank has struggled to pay for "
     "imports of wheat and fuel. The United Arab Emirates placed a $5 billion deposit with Egypt's "
     "central bank on Thursday, the cabinet in Cairo said.",
     "AID", ("ARE", None), ("EGY", None), None),
    ("Drought has left Kiribati's outer islands short of drinking water. UNICEF ferried desalination "
     "units and water tanks to Tarawa on Saturday.",
     "AID", ("UNO", None), ("KIR", None), None),
    # --- RETREAT (0831 an office named and its holder named in the next sentence, 0874 in reported
    # speech, 0841 in the passive with no agent)
    ("Mongolia's prime minister lost a confidence vote in parliament on Tuesday. Luvsannamsrain "
     "Oyun-Erdene handed in his resignation to the president hours later.",
     "RETREAT", ("MNG", "GOV"), None, None),
    ("Armenia's prime minister said on Monday that Russian border guards had vacated their posts at "
     "Yerevan's Zvartnots airport after 32 years.",
     "RETREAT", ("RUS", None), ("ARM", None), None),
    ("A Canadian businessman jailed in China for three years on spying charges was let go on Friday and "
     "flew home to Vancouver, Canada's foreign minister said.",
     "RETREAT", ("CHN", None), ("CAN", None), None),
    # --- REQUEST (1042 with a capital for the recipient, 1031 as a light-verb phrase, 1053 with an
    # appositive actor and a participle)
    ("Iraq's prime minister implored Washington on Thursday to keep American troops in the country "
     "beyond next September, his office said.",
     "REQUEST", ("IRQ", "GOV"), ("USA", None), None),
    ("Slovenia put in a request on Monday for money from the European Union's solidarity fund to repair "
     "roads and bridges wrecked by floods in August.",
     "REQUEST", ("SVN", None), ("EUR", None), None),
    ("The Committee to Protect Journalists, a New York-based press freedom group, wrote to Rwanda's "
     "president on Tuesday asking him to free a radio reporter jailed since 2023 for spreading rumours.",
     "REQUEST", ("NGO", None), ("RWA", "GOV"), None),
    # --- ACCUSE (111 an office named and its holder named in the next sentence, as an idiom; 115;
    # 112 as an idiom)
    ("Senegal's prime minister addressed parliament on Friday for the first time since his appointment. "
     "Ousmane Sonko took aim at France over its refusal to hand back archives on the 1944 Thiaroye "
     "massacre.",
     "ACCUSE", ("SEN", "GOV"), ("FRA", None), None),
    ("Lithuania brought a case against Belarus at the UN's top court on Monday over migrants it says "
     "Minsk has pushed across their shared border.",
     "ACCUSE", ("LTU", None), ("BLR", None), None),
    ("Mali's military government pointed the finger at Algeria on Tuesday over the downing of a Malian "
     "army drone near the border town of Tinzaouaten.",
     "ACCUSE", ("MLI", None), ("DZA", None), None),
    # --- REJECT (1212 as an idiom, 124 as an idiom with attribution after the clause, 12 by a
    # legislature with a relative clause)
    ("South Africa's president poured cold water on Monday on an American offer to resettle Afrikaner "
     "farmers as refugees, saying they faced no persecution at home.",
     "REJECT", ("ZAF", "GOV"), ("USA", None), None),
    ("Poland dug in its heels on Monday against a European Union plan to share out asylum seekers among "
     "member states, the interior ministry in Warsaw said.",
     "REJECT", ("POL", None), ("EUR", None), None),
    ("A Senate committee in Colombia, where the president's coalition lacks a majority, threw out the "
     "government's health reform on Tuesday.",
     "REJECT", ("COL", "LEG"), ("COL", None), None),
    # --- THREATEN (138 as a nominal threat with an inverted condition, 1312 as an idiom with a capital
    # for the actor, 137 with a relative clause)
    ("Ethiopia's prime minister raised the prospect on Saturday of taking a Red Sea port by force should "
     "talks with Eritrea fail to secure his landlocked country access to the sea.",
     "THREATEN", ("ETH", "GOV"), ("ERI", None), None),
    ("Brussels dangled the threat of new tariffs on Chinese electric buses on Wednesday unless Beijing "
     "dropped its curbs on exports of rare earth magnets.",
     "THREATEN", ("EUR", None), ("CHN", None), None),
    ("Uganda's army chief, who is the president's son, vowed on Sunday to lock up the main opposition "
     "leader, calling him a traitor in a post on X.",
     "THREATEN", ("UGA", "MIL"), ("UGA", "OPP"), None),
    # --- PROTEST (145 a riot, 143 a planned general strike as an idiom, 141 with a relative clause)
    ("Youths angry over the death of a motorcycle taxi driver in police custody rampaged through the "
     "centre of Yaounde on Tuesday, setting fire to a police post.",
     "PROTEST", ("CMR", None), None, None),
    ("Portugal's main unions will bring the country to a standstill on Thursday with a general strike "
     "against the government's planned changes to labour laws, union leaders said on Monday.",
     "PROTEST", ("PRT", None), None, "planned"),
    ("Tens of thousands of Chileans, many of them students who have occupied their campuses for weeks, "
     "packed Santiago's Plaza Italia on Thursday to demand free university tuition.",
     "PROTEST", ("CHL", None), None, None),
    # --- SANCTION (163 planned duties with attribution after the clause, 161 as an idiom, 1663 with a
    # relative clause)
    ("Turkey will levy an additional 40 percent duty on electric cars imported from China from next "
     "month, the trade ministry in Ankara said on Friday.",
     "SANCTION", ("TUR", None), ("CHN", None), "planned"),
    ("Armenia put its membership of the Russian-led Collective Security Treaty Organization on ice on "
     "Thursday, accusing the bloc of failing to defend it against Azerbaijan.",
     "SANCTION", ("ARM", None), ("IGO", None), None),
    ("Eritrea, which has barred most foreign journalists for decades, ordered the UN refugee agency out "
     "of the country on Thursday, giving its staff two weeks to leave.",
     "SANCTION", ("ERI", None), ("UNO", None), None),
    # --- MOBILIZE (150 a parade, 153 as an idiom with a relative clause, 154 after a pronoun)
    ("China paraded hypersonic missiles and drone submarines through Tiananmen Square on Wednesday to "
     "mark 80 years since Japan's defeat in the Second World War.",
     "MOBILIZE", ("CHN", None), None, None),
    ("El Salvador's government flooded the northern town of Nueva Concepcion with 7,000 soldiers and "
     "police officers on Sunday to hunt down the gang members who killed three policemen there.",
     "MOBILIZE", ("SLV", "GOV"), None, None),
    ("Chad has taken in more than a million Sudanese refugees since 2023. It redeployed 2,000 troops to "
     "its border with Sudan's Darfur region on Friday after fighting spilled across the frontier, the "
     "army said.",
     "MOBILIZE", ("TCD", None), None, None),
    # --- COERCE (1711 as a phrasal verb with attribution after the clause, 173 as a phrasal verb in
    # the passive, 173 denied in reported speech, 174 as a phrasal verb)
    ("Burkina Faso's military government took control of two gold mines owned by a London-listed miner "
     "on Friday, the mines ministry in Ouagadougou said.",
     "COERCE", ("BFA", None), None, None),
    ("Two reporters from an independent Azerbaijani news site were picked up by police in Baku on "
     "Tuesday, their editor said.",
     "COERCE", ("AZE", "COP"), ("AZE", None), None),
    ("Tunisia's interior ministry denied on Friday that police had held a French journalist at Tunis "
     "airport for 12 hours, saying she had only been questioned briefly over her visa.",
     "COERCE", ("TUN", None), ("FRA", None), "negated"),
    ("Authorities in eastern Libya packed off 700 Egyptian migrants across the land border at Salloum "
     "on Sunday, the Egyptian consulate in Benghazi said.",
     "COERCE", ("LBY", None), ("EGY", None), None),
    # --- ASSAULT (186 with a relative clause and attribution after the clause, 193 as an idiom, 195
    # with attribution after the clause, 1823 after a possessive pronoun)
    ("Dissident FARC fighters shot dead an Indigenous leader who had opposed coca planting in southern "
     "Colombia on Sunday, the ombudsman's office in Bogota said.",
     "ASSAULT", ("COL", "REB"), ("COL", None), None),
    ("Taliban border forces traded fire with Iranian border guards near the Milak crossing on Saturday, "
     "killing two Iranian guards, Iran's state media reported.",
     "ASSAULT", ("AFG", None), ("IRN", None), None),
    ("Indian missiles pounded what New Delhi called terrorist camps in Pakistan and Pakistani Kashmir "
     "overnight, killing at least 26 people, Pakistan's military said.",
     "ASSAULT", ("IND", None), ("PAK", None), None),
    ("Islamic State's branch in Mozambique has pushed its attacks west into Niassa province this year. "
     "Its fighters beheaded ten farmers near the Niassa game reserve on Thursday, a local official "
     "said.",
     "ASSAULT", ("MOZ", None), ("MOZ", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Myanmar's military has carried out more than 1,000 air strikes since the earthquake in March, a "
    "monitoring group says.",
    "Turkish police have detained more than 1,900 suspected Islamic State members in raids since "
    "January, the interior minister told parliament.",
    "Morocco's phosphate exports climbed 12 percent in the first nine months of the year, the foreign "
    "exchange office said.",
    "Unemployment in Spain dipped below 11 percent in the third quarter for the first time since 2008.",
    "Nearly two-thirds of South Koreans favour developing nuclear weapons of their own, a Gallup Korea "
    "poll found.",
    "A majority of Filipinos want the government to take a tougher line with China over the South China "
    "Sea, a Pulse Asia survey found.",
    "Somalia regards Somaliland as part of its territory, though the breakaway region has run its own "
    "affairs since 1991.",
    "Guatemala maintains diplomatic relations with Taiwan rather than with Beijing.",
    "The World Bank expects Ethiopia's economy to grow by about 7 percent in the coming fiscal year.",
    "Oil traders expect OPEC+ to leave output unchanged when its ministers meet next week.",
    "Azerbaijan could try to open a land corridor to its Nakhchivan exclave by force, some Armenian "
    "officials fear.",
    "It remains unclear whether Moscow would accept European peacekeepers in Ukraine under any "
    "ceasefire, analysts say.",
    "Peru and Ecuador fought a brief border war in the Cordillera del Condor in 1995.",
    "Bangladesh broke away from Pakistan in 1971 after a nine-month war in which India intervened.",
    "Czechoslovakia split peacefully into the Czech Republic and Slovakia on January 1, 1993.",
    "Cuban and American coast guards routinely exchange information about migrant boats in the Florida "
    "Straits.",
    "Relatives of people who disappeared during Sri Lanka's civil war hold a vigil outside the district "
    "secretariat in Kilinochchi every Monday.",
    "Morocco's Atlas Lions overpowered Tanzania 3-0 in Rabat to book their place at the World Cup.",
    "New Zealand's Black Ferns blitzed France in the second half to reach the rugby World Cup final.",
    "Shareholders of the Italian bank blocked a takeover by a larger rival at a meeting in Milan on "
    "Friday.",
    "A Chinese electric carmaker stormed into the top ten of Europe's sales charts in October.",
    "Antibiotic-resistant bacteria disarm the immune system's first line of defence, a study by "
    "researchers in Copenhagen found.",
    "The novel, set in a fictional Sahel republic, follows a colonel who seizes power and jails his "
    "rivals.",
    "Locust swarms laid waste to sorghum fields across eastern Sudan last month.",
    "Cheap Chinese steel is strangling South Africa's steel mills, industry groups say.",
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.91, "actor_code": 0.87, "actor_sector": 0.97, "recipient": 0.84, "pass": 0.83,
          "empty": 0.97}
PUBLISHED = "2026-11-30"
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
    return _code([c[0] for c in STORIES], resources, "blind12")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind12-empty")


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


def test_blind12_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind12 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind12_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind12 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
