"""Second blind incident batch: a post-election crisis in Guinea, October 2033.

Written on 2026-12-01, before the coder was run on any of it. The crisis: Guinea's electoral commission
declares President Sidiki Fofana re-elected; police arrest opposition leader Fodé Kamano, his supporters
protest in Conakry and security forces fire on them (three dead, then five, then seven); a curfew is imposed
and his deputy Aissatou Bangoura is arrested; the UN urges restraint and the EU condemns the killings; ECOWAS
threatens sanctions, Liberia and Sierra Leone each recall their ambassador, Fofana offers a dialogue and
ECOWAS suspends Guinea; Kamano is released, Senegal's president brokers two rounds of talks in Dakar, the
curfew is lifted, and a second wave of protests is met with gunfire. 24 documents from 6 outlets over 11 days
(October 18 to 28, 2033), 18 acts.

Everything here is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the codebook gives (CAMEO2PLOVER-2021) and the
day it happened. REPORTS lists every sentence (headlines included) that reports an act that happened,
background recaps in later reports included ("wounded in Tuesday's shooting"); its cue is a verbatim piece of
that sentence, found once in the file. A sentence reports at most one act of each type. Not listed: planned or
scheduled acts, promised, threatened or demanded acts that have not happened (the promise, threat or demand
itself is an AGREE, THREATEN or REQUEST act), denied or hypothetical acts, acts more than a year before,
statistics and tallies, opinions. The syndicated copy gets its own entries.

Look-alikes that are not the same act: the two arrests (Kamano late on Monday, Bangoura on Wednesday); the two
waves of protest and the two shootings nine days apart; the two rounds of talks in Dakar; the recalls of
Liberia's and Sierra Leone's ambassadors on the same day; the ECOWAS threat (Thursday) and the suspension it
threatened (Sunday); Fofana's offer of dialogue and the talks; the curfew imposed and the curfew lifted. One
verbatim syndicated copy (Savanna Wire to Baobab Herald) and one lightly edited copy (Keystone Agency to
Atlantic Bulletin).

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 99a275f (the fourth 2026-12-01 session's starting coder 50def54 plus one rule for a
vehicle that came under fire), with `figures`: **pairwise F1 0.582** (precision 0.934, recall 0.422; 135 gold
pairs), B-cubed F1 0.732 (precision 0.945, recall 0.598), reports_found 0.663; 61 mapped events of 17 acts in
30 incidents. Held back: its groupings were not printed or read; it is run again on the session's final coder.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: pairwise F1 0.719 (precision 0.951, recall 0.578), B-cubed F1 0.770,
reports_found 0.663 (start: 0.582, 0.934, 0.422, 0.732, 0.663). Its groupings were not printed or read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750 (its final code), beside the
session's starting code 24820a3: pairwise F1 0.715 (precision 0.919, recall 0.585), B-cubed F1 0.787 (start:
pairwise F1 0.719, precision 0.951, recall 0.578; B-cubed F1 0.770); reports_found 0.663 on both. Its
groupings were again not printed or read.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: pairwise F1 0.738 (precision 0.922, recall 0.615), B-cubed F1 0.808 (start:
0.715, 0.919, 0.585; 0.787). Its groupings were not printed or read.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from eval.incidents import score
from eventwire.config import Settings
from eventwire.pipeline import Pipeline, run_ingest
from eventwire.resources import Resources
from eventwire.store import Store

pytestmark = pytest.mark.slow

#: (file name "YYYY-MM-DD_outlet_slug.txt", text): a headline, a blank line, then paragraphs, the first
#: opening with a dateline "CITY, Month D, YYYY (Outlet) - "
DOCS: list[tuple[str, str]] = [
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "Guinea detains opposition chief after disputed vote; three protesters shot dead\n\n"
     "CONAKRY, October 18, 2033 (Savanna Wire) - Guinean security forces shot dead three demonstrators "
     "in the capital on Tuesday, hospital staff said, hours after police detained the main opposition "
     "leader in a night raid on his home.\n\n"
     "Fodé Kamano, who heads the National Front for Change (FNC), was taken from his residence in the "
     "Ratoma district late on Monday, his spokeswoman Hawa Sylla told reporters. On Tuesday morning "
     "hundreds of his supporters poured onto the Route Le Prince, the highway linking the city's "
     "northern suburbs to the centre, burning tyres and chanting his name.\n\n"
     "A doctor at Donka hospital, who did not give his name, said the three victims had gunshot wounds "
     "to the chest and head.\n\n"
     "The national electoral commission declared President Sidiki Fofana the winner of the October 9 "
     "election on Monday afternoon with 58.4 percent of the vote, against 31.2 percent for Kamano. "
     "Turnout stood at 61 percent, according to the commission. The FNC says its own count of polling "
     "station returns puts Kamano ahead.\n\n"
     "\"People feel that their vote has been taken from them, and that anger has nowhere to go,\" said "
     "Rokia Diallo, a researcher at the Conakry-based Centre for Electoral Studies.\n\n"
     "Government spokesman Ousmane Sow did not answer calls seeking comment. Fofana, a former finance "
     "minister, first took office in 2027 and won a contested referendum two years later that allowed him "
     "to seek a further term."),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "Guinea detains opposition chief after disputed vote; three protesters shot dead\n\n"
     "CONAKRY, October 18, 2033 (Baobab Herald) - Guinean security forces shot dead three "
     "demonstrators in the capital on Tuesday, hospital staff said, hours after police detained the "
     "main opposition leader in a night raid on his home.\n\n"
     "Fodé Kamano, who heads the National Front for Change (FNC), was taken from his residence in the "
     "Ratoma district late on Monday, his spokeswoman Hawa Sylla told reporters. On Tuesday morning "
     "hundreds of his supporters poured onto the Route Le Prince, the highway linking the city's "
     "northern suburbs to the centre, burning tyres and chanting his name.\n\n"
     "A doctor at Donka hospital, who did not give his name, said the three victims had gunshot wounds "
     "to the chest and head.\n\n"
     "The national electoral commission declared President Sidiki Fofana the winner of the October 9 "
     "election on Monday afternoon with 58.4 percent of the vote, against 31.2 percent for Kamano. "
     "Turnout stood at 61 percent, according to the commission. The FNC says its own count of polling "
     "station returns puts Kamano ahead.\n\n"
     "\"People feel that their vote has been taken from them, and that anger has nowhere to go,\" said "
     "Rokia Diallo, a researcher at the Conakry-based Centre for Electoral Studies.\n\n"
     "Government spokesman Ousmane Sow did not answer calls seeking comment. Fofana, a former finance "
     "minister, first took office in 2027 and won a contested referendum two years later that allowed "
     "him to seek a further term.\n\n"
     "Originally published by Savanna Wire."),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "Police open fire as Kamano supporters take to Conakry streets\n\n"
     "CONAKRY, October 18, 2033 (Atlantic Bulletin) - Police and gendarmes fired live rounds at "
     "opposition supporters in Conakry on Tuesday, killing at least three people, witnesses and medics "
     "said.\n\n"
     "The demonstrators had gathered in Hamdallaye and Bambeto from early morning to demand the "
     "release of Fodé Kamano, who was detained overnight at his home. Shops along the main road stayed "
     "shuttered and the minibus stations that are usually packed at rush hour were empty by noon.\n\n"
     "\"I have never seen the streets this empty, not even during the last crisis,\" said Mamadou Bah, "
     "a 34-year-old mechanic.\n\n"
     "Kamano, 52, came second in the October 9 presidential election, according to official results "
     "published on Monday that gave incumbent Sidiki Fofana a first-round victory. The FNC said in a "
     "statement that its leader had been taken to the headquarters of the gendarmerie's investigation "
     "unit in Camayenne. The government had made no public comment by Tuesday evening.\n\n"
     "Guinea has a long record of deadly street protests; rights groups say more than 300 demonstrators "
     "have been killed by security forces since 2010."),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt",
     "Guinea orders night curfew in capital after deadly unrest\n\n"
     "CONAKRY, October 18, 2033 (Lantern News Service) - Guinea's government put greater Conakry under "
     "an overnight curfew on Tuesday night, after a day of street unrest in which security forces "
     "killed several opposition supporters.\n\n"
     "Security Minister Mohamed Lamine Cisse announced the measure on state television, saying it "
     "would stay in place \"until order is fully restored\". Health workers and members of the "
     "security services are exempt, the minister said.\n\n"
     "Three men in their twenties were shot dead in the Bambeto and Cosa neighbourhoods, according to "
     "medical sources.\n\n"
     "Tension had risen sharply after police arrested opposition leader Fodé Kamano at his home late "
     "on Monday, hours after the electoral commission declared Fofana re-elected. The last curfew in "
     "the capital, imposed during the 2021 military takeover, lasted more than two months.\n\n"
     "\"A curfew can calm the streets for a few nights, but it does nothing about the question of who "
     "actually won,\" said Thierno Barry, a political analyst in Conakry.\n\n"
     "Flights at Conakry's Gbessia airport were operating normally, the airport authority said."),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "Gendarmes arrest second Guinean opposition leader as toll rises to five\n\n"
     "CONAKRY, October 19, 2033 (Keystone Agency) - Gendarmes in Guinea arrested opposition politician "
     "Aissatou Bangoura on Wednesday, her party said, deepening a crisis over this month's disputed "
     "presidential election.\n\n"
     "Bangoura, deputy head of the opposition coalition and leader of the Alliance for Democratic "
     "Renewal, was stopped at a checkpoint in Kaloum as she drove to a press conference, an aide said. "
     "No charges against her have been announced.\n\n"
     "Coalition leader Fodé Kamano has been held since police seized him at his home late on Monday.\n\n"
     "The death toll from Tuesday's protests in the capital has risen to five, after two men wounded "
     "when security forces opened fire died overnight, a medical official at Ignace Deen hospital "
     "said.\n\n"
     "A dusk-to-dawn curfew imposed on Tuesday night remained in force, and the streets of central "
     "Conakry were largely empty by early evening.\n\n"
     "Government spokesman Ousmane Sow, in a short written statement, said the judicial authorities "
     "would \"communicate in due course\".\n\n"
     "\"Any settlement now depends on who is left outside a prison cell to negotiate it,\" said Ibrahima "
     "Kaba, who teaches political science at Gamal Abdel Nasser University. Guinea's constitution limits "
     "presidents to two terms, but a 2029 referendum reset the count for Fofana."),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "Guinea detains opposition deputy Bangoura; five now dead\n\n"
     "CONAKRY, October 19, 2033 (Atlantic Bulletin) - Guinean gendarmes arrested opposition politician "
     "Aissatou Bangoura on Wednesday, her party said, deepening the crisis over this month's disputed "
     "presidential election.\n\n"
     "Bangoura, deputy head of the opposition coalition and leader of the Alliance for Democratic "
     "Renewal, was stopped at a checkpoint in the Kaloum district as she drove to a news conference, "
     "an aide said. No charges have been announced.\n\n"
     "Coalition leader Fodé Kamano has been held since police seized him at his home late on Monday.\n\n"
     "The death toll from Tuesday's protests in the capital has risen to five after two wounded men "
     "died overnight, a medical official at Ignace Deen hospital said.\n\n"
     "A dusk-to-dawn curfew imposed on Tuesday night remained in force, and central Conakry was "
     "largely deserted by early evening.\n\n"
     "Government spokesman Ousmane Sow, in a short written statement, said the judicial authorities "
     "would \"communicate in due course\". Guinea's constitution limits presidents to two terms, but a "
     "2029 referendum reset the count for Fofana.\n\n"
     "Reporting by Keystone Agency."),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "UN chief urges restraint in Guinea as second opposition figure detained\n\n"
     "UNITED NATIONS, October 19, 2033 (Tidewater Report) - The head of the United Nations urged "
     "Guinea's authorities on Wednesday to show restraint and to free detained opposition leaders, his "
     "spokesman said.\n\n"
     "\"The Secretary-General is following events in Guinea with growing concern,\" spokesman Marco "
     "Elvestad said at the daily briefing in New York. The world body has kept a small political "
     "office in Conakry since 2022, Elvestad noted.\n\n"
     "At least five people were killed on Tuesday when police and gendarmes opened fire on protesters "
     "in the Guinean capital, according to medical sources.\n\n"
     "Earlier on Wednesday, Guinean authorities detained a second prominent opposition figure, "
     "Aissatou Bangoura.\n\n"
     "Guinea's election commission gave President Sidiki Fofana 58.4 percent of the vote in the first "
     "round on October 9. The Security Council has no meeting on Guinea scheduled this month, "
     "diplomats said.\n\n"
     "\"What happens in Conakry matters for the whole coastal region, which has seen three governments "
     "fall to coups in five years,\" said Anders Kolstad, a West Africa specialist at the Oslo Centre for "
     "Conflict Studies."),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "EU condemns killing of protesters in Guinea\n\n"
     "BRUSSELS, October 19, 2033 (Savanna Wire) - The European Union on Wednesday condemned the "
     "killing of demonstrators by Guinean security forces, calling it \"a grave violation of the right "
     "to peaceful assembly\".\n\n"
     "The statement, issued by EU foreign policy chief Katrin Holmqvist on behalf of the 27 member "
     "states, described the use of live ammunition against unarmed crowds as unacceptable.\n\n"
     "Three people were confirmed dead on Tuesday and two more died of their wounds overnight, "
     "hospital officials in Conakry said.\n\n"
     "The EU is Guinea's largest development partner, with about 480 million euros committed for 2031 "
     "to 2034. An EU observer mission had 96 monitors in the country for the October 9 vote.\n\n"
     "Guinea's foreign ministry did not immediately respond to a request for comment.\n\n"
     "\"Brussels has few tools here beyond its aid budget, and cutting aid would hurt the people it is "
     "meant to protect,\" said Pieter Vandamme, a researcher at the Ghent Institute for African Affairs."),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt",
     "West African bloc gives Guinea 72 hours to free opposition leaders\n\n"
     "ABUJA, October 20, 2033 (Lantern News Service) - West Africa's regional bloc ECOWAS on Thursday "
     "threatened to impose sanctions on Guinea unless its authorities free two detained opposition "
     "leaders within 72 hours.\n\n"
     "The warning was issued by Emmanuel Adjei-Mensah, who heads the bloc's commission, in a statement "
     "read out in Abuja. \"Guinea's leaders must understand that the community will not stand by while "
     "elected opponents are locked up,\" Adjei-Mensah said.\n\n"
     "The measures under consideration include suspending Guinea from the bloc's decision-making "
     "bodies, freezing state accounts at the bloc's investment bank and closing members' borders with "
     "the country, officials said.\n\n"
     "Opposition coalition leader Fodé Kamano was arrested at his home on Monday night. His deputy, "
     "Aissatou Bangoura, was picked up by gendarmes on Wednesday.\n\n"
     "Security forces killed five people when they fired on opposition protests in Conakry on Tuesday.\n\n"
     "ECOWAS has suspended four member states since 2020, all of them after military coups, but it has "
     "rarely acted over a disputed civilian election.\n\n"
     "\"A 72-hour deadline leaves very little room for quiet diplomacy,\" said Nneka Obiora, a regional "
     "security analyst in Lagos."),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt",
     "Liberia recalls envoy from Guinea over post-election turmoil\n\n"
     "MONROVIA, October 20, 2033 (Baobab Herald) - Liberia recalled its ambassador to Guinea for "
     "consultations on Thursday, citing the deteriorating situation in Conakry. Liberian Foreign "
     "Minister Garmai Wesseh said the ambassador, Nathaniel Browne, had left Conakry by road in the "
     "afternoon.\n\n"
     "Hours later, Sierra Leone announced that it too was bringing its envoy home from the Guinean "
     "capital. Sierra Leone's foreign minister, Isata Conteh, said on national radio that the "
     "ambassador had been asked to return \"until the picture in Conakry becomes clearer\".\n\n"
     "The two countries share long borders with Guinea and host large Guinean communities. Both went "
     "through civil wars in the 1990s, during which hundreds of thousands of their citizens fled into "
     "Guinea.\n\n"
     "Earlier on Thursday, the regional bloc ECOWAS gave Conakry 72 hours to free the two detained "
     "opposition leaders or face sanctions.\n\n"
     "\"For neighbours to pull their ambassadors is a strong signal in this region, where governments "
     "usually avoid criticising each other in public,\" said Fatmata Koroma, a lecturer at Fourah Bay "
     "College in Freetown."),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "Sierra Leone withdraws ambassador from Conakry\n\n"
     "FREETOWN, October 20, 2033 (Keystone Agency) - Sierra Leone has withdrawn its ambassador from "
     "Guinea over the political turmoil there, Foreign Minister Isata Conteh said on Thursday.\n\n"
     "\"We have recalled our ambassador in Conakry for consultations, and we will keep this decision "
     "under review,\" Conteh told state radio.\n\n"
     "Liberia took the same step earlier on Thursday, officials in Monrovia said.\n\n"
     "About a fifth of Sierra Leone's fuel imports cross the Guinean border by road, according to "
     "customs data. Trade at the Gbalamuya crossing, the main border post between the two countries, "
     "was running normally on Thursday, a customs officer said.\n\n"
     "The move came on the day ECOWAS warned Guinea it would face sanctions unless jailed opposition "
     "leaders were freed within three days.\n\n"
     "Guinea's embassy in Freetown could not be reached."),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "Toll from Guinea crackdown climbs to seven, rights group says\n\n"
     "CONAKRY, October 21, 2033 (Tidewater Report) - The number of people killed when Guinean security "
     "forces fired on opposition demonstrators in Conakry this week has risen to seven, a rights group "
     "said on Friday, as families buried the first victims.\n\n"
     "Citizens' Watch Guinea said two more young men wounded in Tuesday's shooting had died, one at "
     "Donka hospital and one at home in the Cosa neighbourhood.\n\n"
     "Relatives buried three of the victims at the Bambeto cemetery on Friday morning, in a ceremony "
     "that passed off peacefully. \"My son wanted to be an engineer,\" said Fanta Camara, the mother "
     "of 19-year-old Alpha, one of the victims.\n\n"
     "Government spokesman Ousmane Sow has put the official toll at three.\n\n"
     "A dusk-to-dawn curfew ordered on Tuesday remains in force in the capital. On Thursday, "
     "neighbouring Liberia became the first country to recall its ambassador from Conakry.\n\n"
     "The group says at least 40 protesters were killed in Conakry during the 2019 and 2020 protests "
     "against a constitutional referendum."),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt",
     "Guinea's Fofana offers national dialogue in televised address\n\n"
     "CONAKRY, October 22, 2033 (Atlantic Bulletin) - Guinean President Sidiki Fofana pledged on "
     "Saturday to open a national dialogue with the opposition, in his first public remarks since a "
     "disputed election plunged the country into its worst unrest in years.\n\n"
     "\"I extend my hand to all those who wish to build rather than destroy,\" Fofana said in a "
     "15-minute address broadcast on state television on Saturday evening. He did not say when the "
     "talks would start or who would take part, and made no mention of the two opposition leaders held "
     "by the gendarmerie.\n\n"
     "The ECOWAS ultimatum for the release of Fodé Kamano and Aissatou Bangoura runs out on Sunday.\n\n"
     "Rights groups say seven people died after security forces opened fire on protesters on Tuesday, "
     "while the government puts the toll at three.\n\n"
     "\"The speech was aimed as much at ECOWAS as at Guinean voters,\" said Thierno Barry, a "
     "Conakry-based analyst.\n\n"
     "Guinea has held six presidential elections since the end of military rule in 2010."),
    ("2033-10-22_lanternnews_guinean-leader-ready-for-talks.txt",
     "Guinean leader says ready for talks without preconditions\n\n"
     "CONAKRY, October 22, 2033 (Lantern News Service) - Guinea's head of state offered on Saturday to "
     "hold talks with his opponents, as pressure mounted from neighbouring countries and the West "
     "African bloc.\n\n"
     "In a televised address, Fofana said he was ready to sit down \"without preconditions\" with all "
     "parties that had taken part in the October 9 election. The opposition coalition had no immediate "
     "response to the speech.\n\n"
     "Fofana spoke a day before the expiry of a 72-hour deadline set by ECOWAS, which has threatened "
     "sanctions if Kamano and Bangoura are not freed.\n\n"
     "Sanctions could include a freeze on Guinean state accounts at the bloc's investment bank, "
     "diplomats said.\n\n"
     "Guinea is the world's largest exporter of bauxite, the ore used to make aluminium, and mining "
     "accounts for about a third of its economic output. \"Bauxite gives Conakry a cushion that many of "
     "its neighbours do not have,\" said Adwoa Mensah, an economist at a consultancy in Accra."),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt",
     "ECOWAS suspends Guinea, freezes state accounts\n\n"
     "ABUJA, October 23, 2033 (Keystone Agency) - ECOWAS suspended Guinea from all its decision-making "
     "bodies on Sunday and froze the country's accounts at the bloc's investment bank, after a "
     "deadline for the release of two detained opposition leaders passed.\n\n"
     "The bloc's commission president, Emmanuel Adjei-Mensah, announced the measures at a late-night "
     "news conference in Abuja, saying Conakry had \"chosen isolation\".\n\n"
     "ECOWAS gave Guinea's government 72 hours on Thursday to free Fodé Kamano and Aissatou Bangoura "
     "or face penalties.\n\n"
     "Borders between Guinea and other member states remain open, and humanitarian goods are exempt, "
     "Adjei-Mensah said. Guinea is the first member state to be suspended over a dispute about a "
     "civilian election rather than a coup.\n\n"
     "There was no immediate reaction from Conakry.\n\n"
     "\"Freezing state accounts hits salaries and debt payments within weeks,\" said Nneka Obiora, a "
     "regional security analyst in Lagos."),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "West African bloc punishes Conakry over jailed opposition leaders\n\n"
     "ABUJA, October 23, 2033 (Savanna Wire) - West African leaders imposed sanctions on Guinea late "
     "on Sunday and barred it from the regional bloc's meetings, saying a deadline to free jailed "
     "opponents of President Sidiki Fofana had expired.\n\n"
     "In a communique, the bloc said the suspension would stay in place until the opposition leaders "
     "were released \"and a credible process of dialogue has begun\".\n\n"
     "The decision follows Thursday's warning from the bloc, which gave Conakry three days to release "
     "Kamano and his deputy Aissatou Bangoura.\n\n"
     "Fofana offered on Saturday to hold a dialogue with the opposition, but did not address the fate "
     "of the detained leaders.\n\n"
     "Neighbouring Sierra Leone has already recalled its ambassador from Conakry.\n\n"
     "Guinea left the franc zone in 1960 and issues its own currency, which limits the reach of regional "
     "financial measures, economists say."),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt",
     "Guinea frees opposition leader Kamano after week in custody\n\n"
     "CONAKRY, October 24, 2033 (Baobab Herald) - Guinean authorities released opposition leader Fodé "
     "Kamano on Monday, a week after his arrest, as the government sought to ease pressure from its "
     "West African neighbours.\n\n"
     "Kamano walked out of the gendarmerie headquarters in Camayenne shortly after noon and was driven "
     "to his home in Ratoma, where relatives and party officials were waiting.\n\n"
     "\"My sister Aissatou is still in a cell, and our struggle continues until she comes home,\" "
     "Kamano told reporters outside his house. Bangoura, his deputy in the opposition coalition, was "
     "arrested at a checkpoint last Wednesday.\n\n"
     "Government spokesman Ousmane Sow said Kamano had been released \"in the spirit of the dialogue "
     "proposed by the head of state\".\n\n"
     "The release came a day after the regional bloc ECOWAS suspended Guinea and froze its state "
     "accounts for failing to meet a deadline to free the two leaders.\n\n"
     "Kamano, a 52-year-old economist, has run for president three times."),
    ("2033-10-24_tidewaterreport_guinea-releases-kamano-keeps-deputy.txt",
     "Guinea releases Kamano but keeps deputy in detention\n\n"
     "CONAKRY, October 24, 2033 (Tidewater Report) - Guinea freed its main opposition leader on Monday "
     "but kept his deputy in detention, a day after the West African bloc ECOWAS suspended the country "
     "from its institutions.\n\n"
     "Fodé Kamano, 52, left detention after seven days and told supporters at his home that he had "
     "been treated correctly.\n\n"
     "Aissatou Bangoura, deputy leader of the opposition coalition, remained in custody, her lawyer "
     "Mory Conde said. Conde said his client had not been charged. The government gave no reason for "
     "treating the two cases differently.\n\n"
     "Senegal's President Amadou Lo is expected to host government and opposition delegations in Dakar "
     "on Tuesday, diplomats said.\n\n"
     "\"The real test is whether both sides show up in Dakar with something to give,\" said Rokia Diallo "
     "of the Centre for Electoral Studies."),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt",
     "Guinea's rivals hold first talks in Dakar under Senegalese mediation\n\n"
     "DAKAR, October 25, 2033 (Lantern News Service) - Guinea's government and opposition sat down "
     "together on Tuesday in Dakar, their first meeting since the disputed election, with Senegalese "
     "President Amadou Lo acting as mediator.\n\n"
     "The two delegations, led by Prime Minister Bakary Sangare and by opposition chief Fodé Kamano, "
     "who was released from detention on Monday, met for about six hours at the presidential palace.\n\n"
     "Lo told reporters afterwards that the atmosphere had been \"frank and constructive\". No "
     "agreement was announced, and a second session is scheduled for Thursday, according to the "
     "Senegalese presidency.\n\n"
     "Aissatou Bangoura, the coalition's deputy leader, remains in detention in Conakry.\n\n"
     "ECOWAS suspended Guinea from its institutions on Sunday.\n\n"
     "\"Lo has credibility with both sides because he spent 15 years in opposition himself,\" said Seydou "
     "Ndiaye, a Dakar-based political analyst. Senegal is home to an estimated 300,000 people of Guinean "
     "origin."),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "Senegal's Lo brings Guinea's government and opposition to the table\n\n"
     "DAKAR, October 25, 2033 (Savanna Wire) - Senegal's president brought Guinean government and "
     "opposition leaders to the same table on Tuesday for talks aimed at ending a post-election crisis "
     "in Guinea.\n\n"
     "The talks at the Senegalese presidential palace lasted into the evening, participants said.\n\n"
     "Opposition leader Fodé Kamano, freed a day earlier after a week in custody, faced a government "
     "team headed by Prime Minister Bakary Sangare.\n\n"
     "\"Dialogue is not surrender,\" Kamano told reporters as he left.\n\n"
     "Senegal's foreign ministry said the talks would resume on Thursday.\n\n"
     "Dakar has mediated in several regional crises, including in Guinea-Bissau in 2012 and in Gambia "
     "in 2016 and 2017.\n\n"
     "In Conakry, Security Minister Mohamed Lamine Cisse said the curfew would be reviewed \"in the coming "
     "days\"."),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt",
     "Guinea lifts Conakry curfew after Dakar talks\n\n"
     "CONAKRY, October 26, 2033 (Keystone Agency) - Guinea lifted the night-time curfew on its capital "
     "on Wednesday, eight days after it was imposed.\n\n"
     "Security Minister Mohamed Lamine Cisse announced the decision on state television, saying calm "
     "had returned to the city.\n\n"
     "The move followed Tuesday's talks in Dakar between the government and the opposition, brokered "
     "by Senegalese President Amadou Lo.\n\n"
     "Traders in the Madina market, the city's largest, said they hoped to trade after dark again, "
     "which they had not done in eight nights.\n\n"
     "Opposition deputy leader Aissatou Bangoura remained in detention on Wednesday, her lawyer said.\n\n"
     "\"Ending a curfew is the easiest concession a government can make, because it costs nothing,\" "
     "said Ibrahima Kaba, a political scientist at Gamal Abdel Nasser University.\n\n"
     "A second round of talks is due in Dakar on Thursday."),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "Two killed as Guinea opposition returns to the streets\n\n"
     "CONAKRY, October 27, 2033 (Tidewater Report) - Thousands of opposition supporters marched "
     "through Conakry on Thursday to demand the release of detained politician Aissatou Bangoura, and "
     "police shot dead two of them, witnesses said.\n\n"
     "It was the first large demonstration in the capital in nine days. Seven people were killed on "
     "October 18, when security forces fired on an earlier wave of opposition rallies.\n\n"
     "Police used tear gas first and then live rounds near the Bambeto roundabout shortly before "
     "midday, according to witnesses. A nurse at Donka hospital said the two dead, both teenagers, had "
     "been shot in the back.\n\n"
     "The protest went ahead even as government and opposition delegations met in Dakar for a second "
     "round of talks brokered by Senegal.\n\n"
     "Government spokesman Ousmane Sow could not be reached for comment.\n\n"
     "The curfew on the capital was lifted on Wednesday."),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt",
     "Guinea talks resume in Dakar for second round\n\n"
     "DAKAR, October 27, 2033 (Baobab Herald) - Guinean government and opposition negotiators met for "
     "a second time in the Senegalese capital on Thursday, as protesters returned to the streets of "
     "Conakry.\n\n"
     "Tuesday's first session at the presidential palace in Dakar lasted six hours but produced no "
     "agreement.\n\n"
     "The second round opened in the late morning and was still under way at nightfall, a Senegalese "
     "official said. The opposition side was again led by Fodé Kamano, who was freed on Monday.\n\n"
     "His deputy, Aissatou Bangoura, is still being held in Conakry.\n\n"
     "In the Guinean capital, police shot dead two protesters during a march demanding Bangoura's "
     "release, witnesses said.\n\n"
     "\"The talks will not survive many more days like this one,\" said Seydou Ndiaye, a Dakar-based "
     "analyst."),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "Conakry buries two teenagers as second round of Dakar talks ends without deal\n\n"
     "CONAKRY, October 28, 2033 (Atlantic Bulletin) - Families in Conakry on Friday buried two "
     "teenagers who were shot by police during Thursday's opposition march.\n\n"
     "The second round of negotiations in Dakar ended late on Thursday without an agreement, "
     "Senegalese officials said. No date has been set for a third round.\n\n"
     "The boys, aged 16 and 17, were hit near the Bambeto roundabout, relatives said. The same "
     "junction saw much of the bloodshed on October 18, when security forces killed seven opposition "
     "supporters.\n\n"
     "Opposition deputy leader Aissatou Bangoura has now spent nine days in detention.\n\n"
     "The suspension ECOWAS imposed on Guinea last Sunday remains in force.\n\n"
     "\"The street and the negotiating table are moving at different speeds,\" said Rokia Diallo of the "
     "Centre for Electoral Studies in Conakry."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2033-10-17", "police arrest opposition leader Fodé Kamano at home, late Monday"),
    "A02": (("PROTEST",), "2033-10-18", "Kamano's supporters protest in Conakry (first wave)"),
    "A03": (("ASSAULT",), "2033-10-18", "security forces fire on the protesters; 3 dead, then 5, then 7"),
    "A04": (("COERCE",), "2033-10-18", "government imposes a dusk-to-dawn curfew on Conakry"),
    "A05": (("COERCE",), "2033-10-19", "gendarmes arrest opposition deputy Aissatou Bangoura"),
    "A06": (("REQUEST",), "2033-10-19", "UN Secretary-General urges restraint and release of detainees"),
    "A07": (("ACCUSE",), "2033-10-19", "EU (Holmqvist) condemns the killing of protesters"),
    "A08": (("THREATEN",), "2033-10-20", "ECOWAS threatens sanctions unless the two are freed in 72 hours"),
    "A09": (("SANCTION",), "2033-10-20", "Liberia recalls its ambassador from Guinea"),
    "A10": (("SANCTION",), "2033-10-20", "Sierra Leone recalls its ambassador from Guinea"),
    "A11": (("AGREE",), "2033-10-22", "President Fofana offers a national dialogue with the opposition"),
    "A12": (("SANCTION",), "2033-10-23", "ECOWAS suspends Guinea and freezes its state accounts"),
    "A13": (("RETREAT",), "2033-10-24", "Guinean authorities release Fodé Kamano"),
    "A14": (("CONSULT",), "2033-10-25", "first round of government-opposition talks in Dakar, under Lo"),
    "A15": (("CONCEDE",), "2033-10-26", "Guinea lifts the Conakry curfew"),
    "A16": (("PROTEST",), "2033-10-27", "opposition march in Conakry for Bangoura's release (second wave)"),
    "A17": (("ASSAULT",), "2033-10-27", "police shoot dead two teenage marchers near Bambeto"),
    "A18": (("CONSULT",), "2033-10-27", "second round of government-opposition talks in Dakar"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "Guinea detains opposition chief"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "Guinea detains opposition chief"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "three protesters shot dead"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "three protesters shot dead"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "shot dead three demonstrators"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "shot dead three demonstrators"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "police detained the main opposition leader"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "police detained the main opposition leader"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "was taken from his residence"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A01", "was taken from his residence"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A02", "poured onto the Route Le Prince"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A02", "poured onto the Route Le Prince"),
    ("2033-10-18_savannawire_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "three victims had gunshot wounds"),
    ("2033-10-18_baobabherald_guinea-opposition-chief-held-protest-deaths.txt",
     "A03", "three victims had gunshot wounds"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A03", "Police open fire as Kamano"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A02", "supporters take to Conakry streets"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A03", "fired live rounds at opposition supporters"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A02", "demonstrators had gathered in Hamdallaye"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A01", "was detained overnight at his home"),
    ("2033-10-18_atlanticbulletin_police-open-fire-on-kamano-supporters.txt",
     "A01", "had been taken to the headquarters"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt", "A04", "Guinea orders night curfew"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt",
     "A04", "put greater Conakry under an overnight curfew"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt",
     "A03", "security forces killed several opposition supporters"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt",
     "A04", "announced the measure on state television"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt", "A03", "were shot dead in the Bambeto"),
    ("2033-10-18_lanternnews_guinea-orders-curfew-in-capital.txt",
     "A01", "police arrested opposition leader Fodé Kamano"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A05", "Gendarmes arrest second Guinean opposition leader"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A03", "as toll rises to five"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A05", "arrested opposition politician Aissatou Bangoura"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A05", "was stopped at a checkpoint in Kaloum"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A01", "police seized him at his home"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A02", "death toll from Tuesday's protests"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A03", "wounded when security forces opened fire"),
    ("2033-10-19_keystoneagency_gendarmes-arrest-second-opposition-leader.txt",
     "A04", "curfew imposed on Tuesday night"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A05", "Guinea detains opposition deputy Bangoura"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt", "A03", "five now dead"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A05", "arrested opposition politician Aissatou Bangoura"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A05", "was stopped at a checkpoint"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A01", "police seized him at his home"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A02", "death toll from Tuesday's protests"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A03", "two wounded men died overnight"),
    ("2033-10-19_atlanticbulletin_guinea-detains-opposition-deputy.txt",
     "A04", "curfew imposed on Tuesday night"),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "A06", "UN chief urges restraint in Guinea"),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "A05", "second opposition figure detained"),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "A06", "urged Guinea's authorities on Wednesday"),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "A03", "police and gendarmes opened fire on protesters"),
    ("2033-10-19_tidewaterreport_un-chief-urges-restraint-in-guinea.txt",
     "A05", "detained a second prominent opposition figure"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt", "A07", "EU condemns killing"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A03", "killing of protesters in Guinea"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A07", "The European Union on Wednesday condemned"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A03", "killing of demonstrators by Guinean security forces"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A07", "described the use of live ammunition"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A03", "live ammunition against unarmed crowds"),
    ("2033-10-19_savannawire_eu-condemns-killing-of-guinea-protesters.txt",
     "A03", "two more died of their wounds"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt", "A08", "bloc gives Guinea 72 hours"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt",
     "A08", "threatened to impose sanctions on Guinea"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt", "A08", "The warning was issued by"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt", "A08", "the community will not stand by"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt",
     "A01", "was arrested at his home on Monday night"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt", "A05", "was picked up by gendarmes"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt", "A03", "Security forces killed five people"),
    ("2033-10-20_lanternnews_ecowas-gives-guinea-72-hours.txt",
     "A02", "fired on opposition protests in Conakry"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt",
     "A09", "Liberia recalls envoy from Guinea"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt",
     "A09", "Liberia recalled its ambassador to Guinea"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt", "A09", "had left Conakry by road"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt",
     "A10", "Sierra Leone announced that it too"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt",
     "A10", "the ambassador had been asked to return"),
    ("2033-10-20_baobabherald_liberia-recalls-envoy-from-guinea.txt", "A08", "gave Conakry 72 hours to free"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "A10", "Sierra Leone withdraws ambassador from Conakry"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "A10", "has withdrawn its ambassador from Guinea"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "A10", "We have recalled our ambassador"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "A09", "Liberia took the same step earlier"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt", "A10", "The move came on the day"),
    ("2033-10-20_keystoneagency_sierra-leone-withdraws-ambassador.txt",
     "A08", "warned Guinea it would face sanctions"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A03", "Toll from Guinea crackdown climbs"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A03", "security forces fired on opposition demonstrators"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A03", "wounded in Tuesday's shooting had died"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A03", "put the official toll at three"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A04", "curfew ordered on Tuesday remains"),
    ("2033-10-21_tidewaterreport_guinea-crackdown-toll-climbs-to-seven.txt",
     "A09", "the first country to recall its ambassador"),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt",
     "A11", "offers national dialogue in televised address"),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt", "A11", "pledged on Saturday to open"),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt", "A11", "I extend my hand"),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt",
     "A08", "The ECOWAS ultimatum for the release"),
    ("2033-10-22_atlanticbulletin_fofana-offers-national-dialogue.txt",
     "A03", "security forces opened fire on protesters on Tuesday"),
    ("2033-10-22_lanternnews_guinean-leader-ready-for-talks.txt",
     "A11", "says ready for talks without preconditions"),
    ("2033-10-22_lanternnews_guinean-leader-ready-for-talks.txt", "A11", "offered on Saturday to hold talks"),
    ("2033-10-22_lanternnews_guinean-leader-ready-for-talks.txt", "A11", "he was ready to sit down"),
    ("2033-10-22_lanternnews_guinean-leader-ready-for-talks.txt", "A08", "which has threatened sanctions if"),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt", "A12", "ECOWAS suspends Guinea, freezes state"),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt", "A12", "ECOWAS suspended Guinea from all"),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt", "A12", "announced the measures at a late-night"),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt", "A08", "gave Guinea's government 72 hours"),
    ("2033-10-23_keystoneagency_ecowas-suspends-guinea.txt", "A12", "the first member state to be suspended"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A12", "West African bloc punishes Conakry"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A12", "imposed sanctions on Guinea late on Sunday"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A12", "the suspension would stay in place"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt", "A12", "The decision follows"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A08", "Thursday's warning from the bloc"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A11", "Fofana offered on Saturday to hold"),
    ("2033-10-23_savannawire_west-african-bloc-punishes-conakry.txt",
     "A10", "has already recalled its ambassador"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A13", "Guinea frees opposition leader Kamano"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt",
     "A13", "released opposition leader Fodé Kamano on Monday"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A01", "a week after his arrest"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A13", "walked out of the gendarmerie headquarters"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A05", "was arrested at a checkpoint last Wednesday"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A13", "Kamano had been released"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A11", "dialogue proposed by the head of state"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A13", "The release came a day after"),
    ("2033-10-24_baobabherald_guinea-frees-kamano.txt", "A12", "ECOWAS suspended Guinea and froze"),
    ("2033-10-24_tidewaterreport_guinea-releases-kamano-keeps-deputy.txt",
     "A13", "Guinea releases Kamano but keeps"),
    ("2033-10-24_tidewaterreport_guinea-releases-kamano-keeps-deputy.txt",
     "A13", "Guinea freed its main opposition leader"),
    ("2033-10-24_tidewaterreport_guinea-releases-kamano-keeps-deputy.txt",
     "A12", "ECOWAS suspended the country from"),
    ("2033-10-24_tidewaterreport_guinea-releases-kamano-keeps-deputy.txt",
     "A13", "left detention after seven days"),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt", "A14", "hold first talks in Dakar"),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt", "A14", "sat down together on Tuesday"),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt", "A14", "met for about six hours"),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt",
     "A13", "who was released from detention on Monday"),
    ("2033-10-25_lanternnews_guinea-rivals-hold-first-talks.txt",
     "A12", "ECOWAS suspended Guinea from its institutions"),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "A14", "Lo brings Guinea's government and opposition"),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "A14", "brought Guinean government and opposition leaders"),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "A14", "The talks at the Senegalese presidential palace"),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "A13", "freed a day earlier after a week"),
    ("2033-10-25_savannawire_senegal-brings-guinea-rivals-to-table.txt",
     "A14", "faced a government team headed by"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A15", "Guinea lifts Conakry curfew"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A14", "after Dakar talks"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A15", "lifted the night-time curfew"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A04", "eight days after it was imposed"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt",
     "A15", "announced the decision on state television"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A15", "The move followed"),
    ("2033-10-26_keystoneagency_guinea-lifts-conakry-curfew.txt", "A14", "Tuesday's talks in Dakar"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A17", "Two killed as Guinea opposition"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A16", "returns to the streets"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A16", "marched through Conakry on Thursday"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A17", "police shot dead two of them"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A16", "the first large demonstration in"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A03", "Seven people were killed on October 18"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A02", "an earlier wave of opposition rallies"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A17", "used tear gas first and then live rounds"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A17", "had been shot in the back"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A16", "The protest went ahead even"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A18", "met in Dakar for a second round"),
    ("2033-10-27_tidewaterreport_two-killed-as-opposition-returns-to-streets.txt",
     "A15", "curfew on the capital was lifted"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A18", "Guinea talks resume in Dakar"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A18", "negotiators met for a second time"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A16", "protesters returned to the streets"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt",
     "A14", "Tuesday's first session at the presidential"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt",
     "A18", "The second round opened in the late"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A18", "was again led by Fodé Kamano"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A13", "who was freed on Monday"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt", "A17", "police shot dead two protesters"),
    ("2033-10-27_baobabherald_guinea-talks-resume-in-dakar.txt",
     "A16", "during a march demanding Bangoura's release"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A18", "second round of Dakar talks ends"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt", "A17", "who were shot by police"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A16", "during Thursday's opposition march"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A18", "The second round of negotiations in Dakar"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A17", "were hit near the Bambeto roundabout"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A03", "security forces killed seven opposition supporters"),
    ("2033-10-28_atlanticbulletin_conakry-buries-two-teenagers.txt",
     "A12", "The suspension ECOWAS imposed on Guinea"),
]

FLOORS = {"pairwise_f1": 0.73, "b3_f1": 0.8, "reports_found": 0.64}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def grouped(folder: Path, resources: Resources) -> list[dict[str, Any]]:
    """Ingest DOCS into a fresh store, as documents arrive in use, and return each grouped event
    that maps to one gold act, with its incident."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in DOCS:
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings().with_(db=str(folder / "store.db"))
    with Store(settings.db) as store:
        report = run_ingest([str(corpus)], store, settings, pipeline=Pipeline(settings, resources))
        assert not report.failed, report.summary()
    with sqlite3.connect(settings.db) as c:
        rows = c.execute("SELECT e.record, d.origin, x.incident_id FROM events e JOIN documents d ON d.id = e.doc_id"
                         " JOIN incident_events x ON x.event_id = e.id").fetchall()
    out = []
    for record, origin, incident in rows:
        ev = json.loads(record)
        sentence = _norm(ev["text_info"]["text"])
        name = Path(origin).name
        acts = {act for file, act, cue in REPORTS
                if file == name and ev["event"] in ACTS[act][0] and _norm(cue) in sentence}
        if len(acts) == 1:
            out.append({"incident": incident, "act": acts.pop(), "doc": name, "event": ev["event"],
                        "date": (ev.get("date") or "")[:10], "sentence": sentence})
    return out


@pytest.fixture(scope="module")
def items(resources: Resources, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return grouped(tmp_path_factory.mktemp("incidents"), resources)


def figures(items: list[dict[str, Any]]) -> dict[str, float]:
    out = score(items)
    found = {(it["doc"], it["act"]) for it in items}
    out["reports_found"] = len({(f, a) for f, a, _ in REPORTS} & found) / len({(f, a) for f, a, _ in REPORTS})
    return out


def test_incidents_against_the_gold_acts(items: list[dict[str, Any]]) -> None:
    got = figures(items)
    low = {k: round(got[k], 3) for k in FLOORS if got[k] < FLOORS[k]}
    by_act: dict[str, list[str]] = {}
    for it in items:
        by_act.setdefault(it["act"], []).append(f"{it['incident'][-6:]} {it['event']} {it['date']} {it['doc'][:40]}")
    assert not low, (f"below the floors {FLOORS}: {low} (all: { {k: round(v, 3) for k, v in got.items()} })\n"
                     + "\n".join(f"{a}: {v}" for a, v in sorted(by_act.items())))


def test_batch_is_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    names = [n for n, _ in DOCS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d_[a-z]+_[a-z0-9-]+\.txt", n) for n in names)
    texts = dict(DOCS)
    for name, text in DOCS:
        head, _, body = text.partition("\n\n")
        assert head and "\n" not in head and body, name
        assert re.match(r"[A-Z][A-Za-z .'-]+, [A-Z][a-z]+ \d{1,2}, \d{4} \([A-Z][A-Za-z .]+\) - ", body), name
    for name, act, cue in REPORTS:
        assert name in texts and act in ACTS, (name, act)
        assert _norm(texts[name]).count(_norm(cue)) == 1, (name, cue)
    assert len(set(REPORTS)) == len(REPORTS)
    assert all(set(t) <= types and t for t, _, _ in ACTS.values())
    assert {a for _, a, _ in REPORTS} == set(ACTS)
    assert set(FLOORS) == {"pairwise_f1", "b3_f1", "reports_found"}
