"""Blind incident batch 20: gang violence and a foreign police mission in Haiti, March 2033.

The twentieth blind incident batch, written on 2026-12-01 before the coder was run on any of it. It measures
how eventwire groups the events that several reports give of the same real-world act into one incident, on
reports the coder has never seen.

Crisis: over ten days (Monday 14 to Wednesday 23 March 2033) the Solèy Nwa gang coalition overruns a police
station in Croix-des-Bouquets (three officers dead, revised to five), its leader threatens the Mirebalais
prison and gangs storm it two days later (four guards dead, revised to seven; most inmates escape). The
government declares a state of emergency and a night curfew; Kenyan officers of the multinational mission
deploy to the Port-au-Prince port; the prime minister meets the mission commander twice; Washington pledges
armoured vehicles and hands them over four days later; the United States and Canada each urge the release of
seven kidnapped missionaries on the same day; police arrest a gang leader; a rights group accuses the
government; the Dominican Republic extradites a gun runner; the UN Security Council extends its sanctions on
gang leaders; the gang frees the missionaries; residents march against the violence; the curfew is shortened.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. 25 documents from 6 outlets over 10 days, 18 acts of 14
PLOVER types, 100 reports. One document is a verbatim syndicated copy (another outlet's dateline credit and a
closing credit line) and one is a lightly edited copy. Look-alikes that are not the same act: the
police-station attack and the prison attack (same gangs, two days apart); the two meetings of the prime
minister and the commander (six days apart); the US and the Canadian appeals for the missionaries (same day,
one act per speaker); the threat against the prison and the attack on it; the pledge of armoured vehicles and
their handover; the curfew imposed and the curfew eased; the state of emergency and the gang leader's arrest
(both COERCE).

Gold conventions: an act is one actor (for statements, one speaker or one institution) doing one thing to one
target on one day, with the PLOVER type the codebook gives (CAMEO2PLOVER-2021; a second type only where the
codebook truly allows two readings) and the day it happened. REPORTS lists every body sentence of every
document that reports an act that happened, background recaps in later reports included; headlines are not
reports. A cue is a verbatim piece (3 to 8 words) of the sentence, found once in its file. A sentence may
report two acts of different types (two entries). A promise is an AGREE act, a threat a THREATEN act, a demand
a REQUEST act, but the promised, threatened or demanded act is not an act until it happens. Planned, denied,
conditional or hypothetical acts, acts more than a year before, statistics and tallies, and opinions are not
listed.

Scoring: the documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.
FLOORS are pinned 0.03 below the figures of the session that first ran it.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 71bc9e0 (the seventh 2026-12-01 session's starting code, b0fff45's coder; written to be
read), with `figures`: **pairwise F1 0.716** (precision 0.951, recall 0.574), B-cubed F1 0.814.
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
    ("2033-03-14_caribenewswire_gangs-overrun-police-post.txt",
     "Gangs overrun police post east of Haiti's capital, three officers dead\n\n"
     "PORT-AU-PRINCE, March 14, 2033 (Caribe Newswire) - Heavily armed gang members stormed the police "
     "station in Croix-des-Bouquets before dawn on Monday, killing three officers and torching several "
     "patrol vehicles, Haitian police said.\n\n"
     "Witnesses said the gunmen arrived in pickup trucks shortly after 3 a.m. and raked the building with "
     "rifle fire and grenades for close to four hours. Residents said the attackers also set fire to a "
     "pharmacy and two homes beside the station before pulling back at daybreak.\n\n"
     "Police spokeswoman Nadège Florestal said the gunmen belonged to the Solèy Nwa coalition, an alliance "
     "of gangs that holds much of the plain east of the capital. \"Our officers are defending these "
     "stations with almost nothing,\" Florestal told reporters.\n\n"
     "Haiti's national police has roughly 9,000 active officers for a population of more than 12 million, "
     "a ratio that security experts call dangerously thin."),
    ("2033-03-14_leewardpost_gunmen-besiege-station.txt",
     "Three Haitian police killed as gunmen besiege Croix-des-Bouquets station\n\n"
     "PORT-AU-PRINCE, March 14, 2033 (Leeward Post) - Gunmen laid siege to a police station on the eastern "
     "edge of Port-au-Prince early on Monday, leaving three officers dead in one of the deadliest attacks "
     "on Haitian security forces this year.\n\n"
     "The attackers, whom residents identified as fighters loyal to the Solèy Nwa gang alliance, forced "
     "the surviving officers to flee on foot toward the town centre, a local official said. Mayor "
     "Fritz-Gérald Lamothe said the building had been set on fire and that the attackers carried away "
     "weapons from its armoury.\n\n"
     "\"People here are terrified to leave their homes,\" Lamothe said by telephone.\n\n"
     "Schools in the commune stayed shut on Monday and traffic on the national road toward the border was "
     "at a standstill, residents said."),
    ("2033-03-15_antillesbulletin_police-toll-rises-to-five.txt",
     "Death toll in Haiti police station attack climbs to five\n\n"
     "PORT-AU-PRINCE, March 15, 2033 (Antilles Bulletin) - The number of police officers killed in "
     "Monday's gang assault on the Croix-des-Bouquets station has climbed to five, police said on Tuesday, "
     "as two officers hurt in the fighting succumbed to their wounds overnight. The attackers burned the "
     "station and made off with rifles from its armoury, according to an internal police report.\n\n"
     "Jean-Wesner Dorval, the leader of the Solèy Nwa coalition known by the nickname \"Kasik\", warned in "
     "a video posted on Tuesday that his fighters would storm the civil prison in Mirebalais unless "
     "authorities freed gang members held there.\n\n"
     "The prison, about 60 kilometres northeast of the capital, holds several hundred inmates, many of "
     "them awaiting trial. \"We are taking this threat very seriously,\" police spokeswoman Nadège "
     "Florestal said, without giving details.\n\n"
     "Dorval has been under United Nations sanctions since 2025 for his role in kidnappings and massacres "
     "around the capital."),
    ("2033-03-15_tradewindreport_us-promises-armoured-vehicles.txt",
     "U.S. promises armoured vehicles to Haiti's embattled police\n\n"
     "WASHINGTON, March 15, 2033 (Trade Wind Report) - The United States pledged on Tuesday to send a "
     "dozen armoured personnel carriers to the Haitian National Police within days, a day after gang "
     "fighters killed several officers in an attack east of the capital.\n\n"
     "State Department spokesman Mark Ellery said the vehicles would be shipped from Florida and handed "
     "over at the port of Port-au-Prince. \"These vehicles will be in Haitian hands before the end of next "
     "week,\" Ellery told reporters.\n\n"
     "Washington has provided more than $600 million in security assistance to Haiti since 2021, according "
     "to State Department figures.\n\n"
     "The shipment will be funded from an existing security assistance account, congressional aides said."),
    ("2033-03-15_caribenewswire_gang-boss-threatens-prison.txt",
     "Haiti gang boss threatens to attack prison as police mourn colleagues\n\n"
     "PORT-AU-PRINCE, March 15, 2033 (Caribe Newswire) - The head of Haiti's Solèy Nwa gang coalition "
     "threatened on Tuesday to send his men against the prison in the central town of Mirebalais, in a "
     "video that circulated widely on social media.\n\n"
     "In the four-minute clip, Jean-Wesner Dorval, flanked by masked fighters, said the prison \"will not "
     "be standing when this week is over\" if jailed gang members were not set free.\n\n"
     "The threat came a day after his fighters overran a police station in Croix-des-Bouquets, killing "
     "five officers in an assault that police say lasted most of the night.\n\n"
     "Mirebalais lies on the highway that joins the capital to the Central Plateau, a route gangs have "
     "tried to control since 2023.\n\n"
     "\"He is testing whether the state still has the means to defend its own institutions,\" said "
     "Rose-Marie Chéry, a security researcher at the Caribbean Policy Forum."),
    ("2033-03-16_isthmusherald_gangs-storm-mirebalais-prison.txt",
     "Gangs storm Haitian prison, hundreds of inmates escape\n\n"
     "MIREBALAIS, March 16, 2033 (Isthmus Herald) - Hundreds of gang fighters attacked the civil prison in "
     "Mirebalais on Wednesday, overpowering guards and freeing most of the inmates held there, police and "
     "local officials said.\n\n"
     "At least four guards were killed in the raid, which began at about 10 a.m. and lasted into the early "
     "afternoon, a police source said. Of the roughly 540 inmates held at the prison, fewer than 60 were "
     "still inside by nightfall, according to a prison administration document seen by the Isthmus "
     "Herald.\n\n"
     "The attack came a day after Solèy Nwa leader Jean-Wesner Dorval threatened in a video to bring down "
     "the prison if his jailed allies were not released.\n\n"
     "\"There were eleven of us against hundreds of them,\" a guard who survived told the Isthmus Herald, "
     "speaking on condition of anonymity.\n\n"
     "It was the second major prison break in Haiti in less than a decade, after gangs emptied the "
     "country's two largest jails in March 2024."),
    ("2033-03-16_windwardwire_gangs-storm-mirebalais-prison.txt",
     "Gangs storm Haitian prison, hundreds of inmates escape\n\n"
     "MIREBALAIS, March 16, 2033 (Windward Wire Service) - Hundreds of gang fighters attacked the civil "
     "prison in Mirebalais on Wednesday, overpowering guards and freeing most of the inmates held there, "
     "police and local officials said.\n\n"
     "At least four guards were killed in the raid, which began at about 10 a.m. and lasted into the early "
     "afternoon, a police source said. Of the roughly 540 inmates held at the prison, fewer than 60 were "
     "still inside by nightfall, according to a prison administration document seen by the Isthmus "
     "Herald.\n\n"
     "The attack came a day after Solèy Nwa leader Jean-Wesner Dorval threatened in a video to bring down "
     "the prison if his jailed allies were not released.\n\n"
     "\"There were eleven of us against hundreds of them,\" a guard who survived told the Isthmus Herald, "
     "speaking on condition of anonymity.\n\n"
     "It was the second major prison break in Haiti in less than a decade, after gangs emptied the "
     "country's two largest jails in March 2024.\n\n"
     "Originally carried by the Isthmus Herald and reproduced here with its permission."),
    ("2033-03-16_leewardpost_haiti-declares-emergency.txt",
     "Haiti declares state of emergency after prison attack\n\n"
     "PORT-AU-PRINCE, March 16, 2033 (Leeward Post) - Haiti's government proclaimed emergency rule in the "
     "Ouest and Centre departments late on Wednesday and ordered a curfew between 6 p.m. and 6 a.m., hours "
     "after gangs stormed a prison in Mirebalais and freed hundreds of inmates.\n\n"
     "Prime Minister Alix Fontenelle announced the measures in a televised address, saying they would "
     "remain in force for at least two weeks. \"The coming days will be difficult for every family in this "
     "country,\" Fontenelle said.\n\n"
     "The emergency decree gives police broader powers to search homes and vehicles and to detain suspects "
     "without a warrant for up to 72 hours.\n\n"
     "Seven guards were killed in the Mirebalais attack, the prison administration said in an updated "
     "toll, up from four reported earlier in the day."),
    ("2033-03-17_antillesbulletin_curfew-empties-streets.txt",
     "Curfew empties Haitian capital's streets on first night\n\n"
     "PORT-AU-PRINCE, March 17, 2033 (Antilles Bulletin) - The streets of Port-au-Prince were largely "
     "deserted on Wednesday night after the government ordered people indoors from dusk to dawn across two "
     "departments in response to a gang assault on a prison.\n\n"
     "The measure, which Prime Minister Alix Fontenelle decreed late on Wednesday along with a state of "
     "emergency, lasts from 6 p.m. until 6 a.m.\n\n"
     "Market vendors in the Croix-des-Bossales area said they had lost half a day of trade and feared for "
     "their income if the restrictions lasted. \"We were already living under a curfew set by the gangs; "
     "now we have two,\" said Jocelyne Alcindor, who sells rice and beans near the port.\n\n"
     "Gangs broke into the prison in Mirebalais on Wednesday morning, killing seven guards and letting "
     "almost all of its inmates walk out. Officials there said on Thursday that only 52 of 540 inmates "
     "remained in custody."),
    ("2033-03-17_caribenewswire_kenyan-police-deploy-to-port.txt",
     "Kenyan police of security mission deploy to Haiti's main port\n\n"
     "PORT-AU-PRINCE, March 17, 2033 (Caribe Newswire) - Kenyan officers of the multinational security "
     "mission took up positions around Port-au-Prince's container port on Thursday, backed by armoured "
     "vehicles and a helicopter, the mission said.\n\n"
     "About 250 officers moved into the port area at first light to secure fuel and food shipments that "
     "have been repeatedly blocked by gangs, a mission spokesman said.\n\n"
     "On Wednesday the government placed the capital's department and the Centre region under emergency "
     "rule and a night curfew.\n\n"
     "Prime Minister Alix Fontenelle met the mission's commander, Kenyan police officer David Kiplagat, at "
     "his office on Thursday afternoon to discuss the security plan for the capital, his office said.\n\n"
     "\"The port is the lungs of this country, and it must breathe,\" Kiplagat told reporters at the "
     "terminal gates."),
    ("2033-03-17_tradewindreport_foreign-police-secure-port.txt",
     "Foreign police secure Port-au-Prince port under Haiti emergency\n\n"
     "PORT-AU-PRINCE, March 17, 2033 (Trade Wind Report) - Kenyan officers of the multinational security "
     "mission took up positions around Port-au-Prince's container port on Thursday, supported by armoured "
     "vehicles and a helicopter, the mission said.\n\n"
     "Some 250 officers moved into the port area at first light to protect fuel and food shipments "
     "repeatedly blocked by gangs, a mission spokesman said.\n\n"
     "On Wednesday the government placed the capital's department and the Centre region under emergency "
     "rule and a night curfew.\n\n"
     "Prime Minister Alix Fontenelle met the mission's commander, Kenyan police officer David Kiplagat, on "
     "Thursday afternoon to discuss a security plan for the capital, his office said.\n\n"
     "\"The port is the lungs of this country, and it must breathe,\" Kiplagat told reporters at the "
     "terminal gates.\n\n"
     "Based on reporting by Caribe Newswire."),
    ("2033-03-17_isthmusherald_premier-mission-chief-talks.txt",
     "Haiti premier, mission chief discuss plan to retake capital\n\n"
     "PORT-AU-PRINCE, March 17, 2033 (Isthmus Herald) - Prime Minister Alix Fontenelle held talks on "
     "Thursday with the Kenyan commander of the international security mission, as foreign police fanned "
     "out around the capital's seaport under a new state of emergency. About 250 Kenyan officers in "
     "armoured vehicles took control of the terminal gates in the morning, the mission said.\n\n"
     "The two men discussed joint patrols in the districts of Cité Soleil and Croix-des-Bouquets and the "
     "protection of fuel depots, Fontenelle's office said in a written statement.\n\n"
     "Commander David Kiplagat told reporters afterwards that his officers were \"not here to occupy but "
     "to open roads\".\n\n"
     "Many of the inmates who escaped from the Mirebalais prison were believed to have joined gang "
     "strongholds north of the capital, a police official said. \"Every day the prison stays empty, the "
     "gangs grow stronger,\" said the official, who was not authorised to speak publicly."),
    ("2033-03-18_leewardpost_washington-urges-missionaries-freed.txt",
     "Washington urges Haitian gang to free missionaries\n\n"
     "WASHINGTON, March 18, 2033 (Leeward Post) - The U.S. State Department on Friday called on a Haitian "
     "gang to release seven foreign missionaries it has held for more than three weeks, saying their "
     "captivity was \"unacceptable\".\n\n"
     "Spokesman Mark Ellery said five of the missionaries were U.S. citizens and two were Canadian. \"We "
     "urge those holding them to let them go home to their families, unharmed and without delay,\" Ellery "
     "said.\n\n"
     "In Ottawa, Foreign Minister Hélène Marchessault made a similar appeal on Friday, asking the "
     "kidnappers to free the group without conditions.\n\n"
     "Washington pledged armoured vehicles for the Haitian police earlier this week."),
    ("2033-03-18_antillesbulletin_canada-presses-kidnappers.txt",
     "Canada presses Haitian kidnappers to release missionary group\n\n"
     "OTTAWA, March 18, 2033 (Antilles Bulletin) - Canadian Foreign Minister Hélène Marchessault on Friday "
     "urged the gang holding seven missionaries in Haiti, two of them Canadians, to free them immediately "
     "and without ransom.\n\n"
     "\"These are teachers and nurses who have given years of their lives to Haitian children,\" "
     "Marchessault told reporters in Ottawa. \"We ask those who hold them to release them today, "
     "unharmed,\" she said.\n\n"
     "In Washington, the State Department had made a similar demand earlier in the day.\n\n"
     "Global Affairs Canada said it would not comment on whether any ransom had been sought.\n\n"
     "Kidnappings for ransom surged in Haiti after 2021, with hundreds of cases recorded each year by "
     "rights groups."),
    ("2033-03-19_caribenewswire_armoured-vehicles-reach-police.txt",
     "First U.S. armoured vehicles reach Haitian police\n\n"
     "PORT-AU-PRINCE, March 19, 2033 (Caribe Newswire) - Twelve armoured personnel carriers donated by the "
     "United States were handed over to the Haitian National Police at the capital's port on Saturday, "
     "police said.\n\n"
     "The vehicles arrived aboard a U.S.-flagged cargo ship that docked shortly after dawn.\n\n"
     "Washington promised the carriers on Tuesday, saying the police urgently needed better protection.\n\n"
     "\"With these, our officers can finally go where the gangs are,\" police spokeswoman Nadège Florestal "
     "said at the handover ceremony.\n\n"
     "Each vehicle can carry up to ten officers and is designed to withstand rifle fire and roadside "
     "explosives, according to specifications released by the U.S. embassy."),
    ("2033-03-19_isthmusherald_police-capture-bebe-lou.txt",
     "Haitian police, foreign officers capture gang leader 'Bebe Lou'\n\n"
     "PORT-AU-PRINCE, March 19, 2033 (Isthmus Herald) - Haitian police and officers of the multinational "
     "security mission arrested gang leader Ricardo Estimé, known as \"Bebe Lou\", in a raid in "
     "Croix-des-Bouquets on Saturday, police said.\n\n"
     "Estimé, 34, commands the Solèy Nwa faction whose fighters overran the Croix-des-Bouquets police "
     "station on Monday, killing five officers.\n\n"
     "He was taken by helicopter to the capital and was being held at police headquarters, spokeswoman "
     "Nadège Florestal said. Officers surrounded the house where Estimé was sleeping shortly before dawn "
     "and detained him without a shot being fired, she said. \"This was months of intelligence work,\" "
     "Florestal told reporters.\n\n"
     "Estimé has been under U.S. sanctions since 2027 and is wanted in the Dominican Republic on arms "
     "trafficking charges."),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "Rights group faults Haiti over unguarded prison as gang chief held\n\n"
     "PORT-AU-PRINCE, March 20, 2033 (Trade Wind Report) - A Haitian human rights group on Sunday accused "
     "the government of ignoring repeated warnings that the Mirebalais prison was at risk, a day after "
     "police captured one of the gang leaders behind last week's violence.\n\n"
     "The Observatoire Citoyen pour la Justice said in a report that the justice ministry had done nothing "
     "to reinforce the facility before gangs overran it on Wednesday.\n\n"
     "\"Seven guards died and hundreds of dangerous men walked free because no one in the ministry picked "
     "up the phone,\" said the group's director, Widlyne Saintil.\n\n"
     "The justice ministry had not replied to the group's findings by Sunday evening.\n\n"
     "Ricardo Estimé, known as \"Bebe Lou\", was arrested on Saturday in a joint operation by Haitian "
     "police and the security mission and remained in custody on Sunday.\n\n"
     "On Saturday the United States also handed over twelve armoured personnel carriers to the Haitian "
     "police at the capital's port."),
    ("2033-03-20_windwardwire_dominicans-hand-over-gun-runner.txt",
     "Dominican Republic hands suspected gun runner to Haiti\n\n"
     "SANTO DOMINGO, March 20, 2033 (Windward Wire Service) - The Dominican Republic extradited a Haitian "
     "man accused of smuggling rifles and ammunition to the Solèy Nwa gang coalition to Haiti on Sunday, "
     "the Dominican attorney general's office said.\n\n"
     "Wilkens Joseph, 41, was flown from Santo Domingo to Port-au-Prince under police escort and handed to "
     "Haitian judicial police on arrival, the office said in a statement.\n\n"
     "Dominican officials estimate that hundreds of rifles cross the 390-kilometre border into Haiti every "
     "year.\n\n"
     "The handover followed the arrest on Saturday of Solèy Nwa commander Ricardo Estimé in "
     "Croix-des-Bouquets.\n\n"
     "\"Our border cannot be a supermarket for the gangs of Port-au-Prince,\" Dominican Attorney General "
     "Mercedes Abreu Lantigua said."),
    ("2033-03-21_leewardpost_security-council-renews-sanctions.txt",
     "U.N. Security Council renews sanctions on Haitian gang bosses\n\n"
     "UNITED NATIONS, March 21, 2033 (Leeward Post) - The 15-member U.N. Security Council voted "
     "unanimously on Monday to extend for another year its sanctions on Haitian gang leaders, including a "
     "travel ban, an asset freeze and an arms embargo.\n\n"
     "The resolution also added three names to the sanctions list, among them Fritznel Augustin, a deputy "
     "of Solèy Nwa coalition chief Jean-Wesner Dorval.\n\n"
     "The vote came five days after gangs attacked the prison in Mirebalais and freed hundreds of "
     "inmates.\n\n"
     "\"Sanctions alone will not restore security, but they narrow the space in which these networks "
     "operate,\" U.S. deputy ambassador Karen Whitlow told the Council after the vote.\n\n"
     "Under the embargo, weapons may still be supplied to the Haitian police and to the multinational "
     "mission."),
    ("2033-03-21_antillesbulletin_un-keeps-gang-chiefs-listed.txt",
     "U.N. keeps travel ban, asset freeze on Haiti gang chiefs\n\n"
     "PORT-AU-PRINCE, March 21, 2033 (Antilles Bulletin) - The world body's Security Council renewed on "
     "Monday for twelve months the asset freeze, travel ban and arms embargo targeting Haiti's most "
     "powerful gang leaders, adding three more people to the list.\n\n"
     "The measure passed 15-0 in New York, diplomats said. Among those newly listed is Fritznel Augustin, "
     "deputy to Solèy Nwa coalition leader Jean-Wesner Dorval.\n\n"
     "In Port-au-Prince, many residents said they doubted the sanctions would change anything on the "
     "ground. \"They don't travel, they don't have bank accounts in Miami. What does a travel ban mean to "
     "them?\" said Patrick Désir, a taxi driver in Delmas."),
    ("2033-03-22_caribenewswire_seven-missionaries-freed.txt",
     "Seven missionaries freed in Haiti after weeks in gang captivity\n\n"
     "PORT-AU-PRINCE, March 22, 2033 (Caribe Newswire) - A Haitian gang released seven foreign "
     "missionaries on Tuesday, leaving them unharmed at a church in the Tabarre district of the capital, "
     "police and the group's sponsors said.\n\n"
     "The five Americans and two Canadians were examined by doctors at a U.S. embassy facility and were "
     "said to be in good health.\n\n"
     "Washington's State Department had called for the group's release on Friday.\n\n"
     "\"We prayed every day, and today our prayers were answered,\" said Pastor Elijah Brandt of the "
     "Ohio-based Hope Harvest Mission, which sponsors the group.\n\n"
     "The release came three days after police arrested Ricardo Estimé, whose gang controls the area where "
     "the missionaries had been running a clinic."),
    ("2033-03-22_isthmusherald_thousands-march-against-gangs.txt",
     "Thousands march in Port-au-Prince to demand end to gang violence\n\n"
     "PORT-AU-PRINCE, March 22, 2033 (Isthmus Herald) - Thousands of residents marched through the centre "
     "of Port-au-Prince on Tuesday, waving white sheets and Haitian flags to protest against the gang "
     "violence that has gripped the capital.\n\n"
     "The procession, organised by church groups and neighbourhood committees, set off from Champ de Mars "
     "and ended peacefully at the gates of the prime minister's residence.\n\n"
     "\"We are not afraid anymore. We want to live,\" said Marie-Claude Jean-Baptiste, a teacher from "
     "Carrefour.\n\n"
     "Police estimated the crowd at about 8,000 people; organisers put it at more than 20,000.\n\n"
     "The march came on the same day that a gang freed seven foreign missionaries it had held for nearly a "
     "month."),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt",
     "Missionaries held by Haitian gang walk free after 27 days\n\n"
     "PORT-AU-PRINCE, March 22, 2033 (Windward Wire Service) - Gunmen freed a group of seven missionaries, "
     "including two Canadians, on Tuesday after holding them for 27 days in a gang stronghold east of "
     "Haiti's capital, the group's church said.\n\n"
     "The captives were dropped off near a police checkpoint in Tabarre in the early afternoon, a police "
     "officer at the scene said.\n\n"
     "Canada's foreign minister, Hélène Marchessault, had on Friday urged the kidnappers to let the group "
     "go without conditions.\n\n"
     "Their release comes one day after the U.N.'s top security body prolonged sanctions against gang "
     "leaders, including a travel ban and asset freeze.\n\n"
     "The Hope Harvest Mission, based in Ohio, has worked in Haiti since 2009. \"They are tired and thin, "
     "but they are alive,\" a church spokeswoman, Anne Loudermilk, said in a statement."),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "Haiti's prime minister and mission chief meet again, curfew shortened\n\n"
     "PORT-AU-PRINCE, March 23, 2033 (Trade Wind Report) - Prime Minister Alix Fontenelle met again on "
     "Wednesday with David Kiplagat, the Kenyan commander of the multinational security mission, to review "
     "a week of operations against the gangs.\n\n"
     "The two first met last Thursday, the day Kenyan officers deployed to the capital's port.\n\n"
     "After Wednesday's meeting, the government shortened the nightly curfew, which now runs from 9 p.m. "
     "to 5 a.m., effective immediately.\n\n"
     "The curfew was imposed on March 16 along with a state of emergency covering two departments.\n\n"
     "On Tuesday, thousands of people marched through the capital demanding an end to gang rule.\n\n"
     "\"Fear is receding, slowly,\" said Rose-Marie Chéry of the Caribbean Policy Forum, adding that the "
     "gangs remained heavily armed."),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt",
     "Haiti eases night curfew as security improves in capital\n\n"
     "PORT-AU-PRINCE, March 23, 2033 (Leeward Post) - Haiti's government on Wednesday cut the hours of the "
     "curfew it imposed a week ago, allowing residents of the capital and the Centre department to stay "
     "out until 9 p.m.\n\n"
     "The state of emergency stays in place, according to Fontenelle's office.\n\n"
     "The decision was announced after Prime Minister Alix Fontenelle held a second meeting with the "
     "commander of the Kenyan-led security mission.\n\n"
     "Tuesday's march against gang violence, which drew thousands to the streets of the capital, passed "
     "off peacefully.\n\n"
     "Gangs still control large parts of the metropolitan area, and Solèy Nwa leader Jean-Wesner Dorval "
     "remains at large. \"Life has to return to normal, step by step,\" government spokesman Jonas Verdieu "
     "said."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-03-14",
            "Solèy Nwa gangs attack the Croix-des-Bouquets police station, officers killed (3, later 5)"),
    "A02": (("THREATEN",), "2033-03-15",
            "gang leader Dorval threatens in a video to storm the Mirebalais prison"),
    "A03": (("AGREE",), "2033-03-15",
            "United States pledges a dozen armoured vehicles to the Haitian police"),
    "A04": (("ASSAULT",), "2033-03-16",
            "gangs storm the Mirebalais civil prison, guards killed (4, later 7), inmates escape"),
    "A05": (("COERCE",), "2033-03-16", "Haitian government declares a state of emergency and a night curfew"),
    "A06": (("MOBILIZE",), "2033-03-17",
            "Kenyan police of the security mission deploy to the Port-au-Prince port"),
    "A07": (("CONSULT",), "2033-03-17",
            "Prime Minister Fontenelle meets mission commander Kiplagat (first meeting)"),
    "A08": (("REQUEST",), "2033-03-18", "US State Department urges the gang to free the missionaries"),
    "A09": (("REQUEST",), "2033-03-18",
            "Canadian foreign minister Marchessault urges the gang to free the missionaries"),
    "A10": (("AID",), "2033-03-19",
            "United States hands twelve armoured vehicles over to the Haitian police"),
    "A11": (("COERCE",), "2033-03-19",
            "Haitian police and mission officers arrest gang leader Ricardo Estimé ('Bebe Lou')"),
    "A12": (("ACCUSE",), "2033-03-20",
            "rights group OCJ accuses the government of ignoring warnings about the prison"),
    "A13": (("COOPERATE",), "2033-03-20",
            "Dominican Republic extradites suspected gun runner Wilkens Joseph to Haiti"),
    "A14": (("SANCTION",), "2033-03-21",
            "UN Security Council extends sanctions on Haitian gang leaders, adds three names"),
    "A15": (("RETREAT",), "2033-03-22", "gang releases the seven foreign missionaries"),
    "A16": (("PROTEST",), "2033-03-22",
            "thousands of residents march in Port-au-Prince against gang violence"),
    "A17": (("CONSULT",), "2033-03-23",
            "Prime Minister Fontenelle meets mission commander Kiplagat again (second meeting)"),
    "A18": (("CONCEDE",), "2033-03-23", "Haitian government shortens the night curfew"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-03-14_caribenewswire_gangs-overrun-police-post.txt",
     "A01", "stormed the police station in Croix-des-Bouquets"),
    ("2033-03-14_caribenewswire_gangs-overrun-police-post.txt", "A01", "raked the building with rifle fire"),
    ("2033-03-14_caribenewswire_gangs-overrun-police-post.txt",
     "A01", "set fire to a pharmacy and two homes"),
    ("2033-03-14_leewardpost_gunmen-besiege-station.txt", "A01", "laid siege to a police station"),
    ("2033-03-14_leewardpost_gunmen-besiege-station.txt", "A01", "forced the surviving officers to flee"),
    ("2033-03-14_leewardpost_gunmen-besiege-station.txt", "A01", "carried away weapons from its armoury"),
    ("2033-03-15_antillesbulletin_police-toll-rises-to-five.txt",
     "A01", "Monday's gang assault on the Croix-des-Bouquets station"),
    ("2033-03-15_antillesbulletin_police-toll-rises-to-five.txt",
     "A01", "burned the station and made off with rifles"),
    ("2033-03-15_antillesbulletin_police-toll-rises-to-five.txt",
     "A02", "warned in a video posted on Tuesday"),
    ("2033-03-15_tradewindreport_us-promises-armoured-vehicles.txt",
     "A03", "pledged on Tuesday to send a dozen"),
    ("2033-03-15_tradewindreport_us-promises-armoured-vehicles.txt",
     "A01", "gang fighters killed several officers"),
    ("2033-03-15_tradewindreport_us-promises-armoured-vehicles.txt",
     "A03", "said the vehicles would be shipped from Florida"),
    ("2033-03-15_tradewindreport_us-promises-armoured-vehicles.txt",
     "A03", "will be in Haitian hands before"),
    ("2033-03-15_caribenewswire_gang-boss-threatens-prison.txt",
     "A02", "threatened on Tuesday to send his men"),
    ("2033-03-15_caribenewswire_gang-boss-threatens-prison.txt", "A02", "flanked by masked fighters"),
    ("2033-03-15_caribenewswire_gang-boss-threatens-prison.txt",
     "A01", "overran a police station in Croix-des-Bouquets"),
    ("2033-03-16_isthmusherald_gangs-storm-mirebalais-prison.txt",
     "A04", "attacked the civil prison in Mirebalais"),
    ("2033-03-16_isthmusherald_gangs-storm-mirebalais-prison.txt", "A04", "At least four guards were killed"),
    ("2033-03-16_isthmusherald_gangs-storm-mirebalais-prison.txt",
     "A02", "threatened in a video to bring down"),
    ("2033-03-16_windwardwire_gangs-storm-mirebalais-prison.txt",
     "A04", "attacked the civil prison in Mirebalais"),
    ("2033-03-16_windwardwire_gangs-storm-mirebalais-prison.txt", "A04", "At least four guards were killed"),
    ("2033-03-16_windwardwire_gangs-storm-mirebalais-prison.txt",
     "A02", "threatened in a video to bring down"),
    ("2033-03-16_leewardpost_haiti-declares-emergency.txt", "A05", "proclaimed emergency rule in the Ouest"),
    ("2033-03-16_leewardpost_haiti-declares-emergency.txt", "A04", "gangs stormed a prison in Mirebalais"),
    ("2033-03-16_leewardpost_haiti-declares-emergency.txt",
     "A05", "announced the measures in a televised address"),
    ("2033-03-16_leewardpost_haiti-declares-emergency.txt",
     "A04", "Seven guards were killed in the Mirebalais attack"),
    ("2033-03-17_antillesbulletin_curfew-empties-streets.txt",
     "A05", "ordered people indoors from dusk to dawn"),
    ("2033-03-17_antillesbulletin_curfew-empties-streets.txt", "A04", "a gang assault on a prison"),
    ("2033-03-17_antillesbulletin_curfew-empties-streets.txt", "A05", "decreed late on Wednesday along with"),
    ("2033-03-17_antillesbulletin_curfew-empties-streets.txt",
     "A04", "Gangs broke into the prison in Mirebalais"),
    ("2033-03-17_caribenewswire_kenyan-police-deploy-to-port.txt",
     "A06", "took up positions around Port-au-Prince's container port"),
    ("2033-03-17_caribenewswire_kenyan-police-deploy-to-port.txt",
     "A06", "moved into the port area at first light"),
    ("2033-03-17_caribenewswire_kenyan-police-deploy-to-port.txt",
     "A05", "placed the capital's department and the Centre region"),
    ("2033-03-17_caribenewswire_kenyan-police-deploy-to-port.txt",
     "A07", "met the mission's commander, Kenyan police officer"),
    ("2033-03-17_tradewindreport_foreign-police-secure-port.txt",
     "A06", "took up positions around Port-au-Prince's container port"),
    ("2033-03-17_tradewindreport_foreign-police-secure-port.txt",
     "A06", "moved into the port area at first light"),
    ("2033-03-17_tradewindreport_foreign-police-secure-port.txt",
     "A05", "placed the capital's department and the Centre region"),
    ("2033-03-17_tradewindreport_foreign-police-secure-port.txt",
     "A07", "met the mission's commander, Kenyan police officer"),
    ("2033-03-17_isthmusherald_premier-mission-chief-talks.txt",
     "A07", "held talks on Thursday with the Kenyan commander"),
    ("2033-03-17_isthmusherald_premier-mission-chief-talks.txt",
     "A06", "foreign police fanned out around the capital's seaport"),
    ("2033-03-17_isthmusherald_premier-mission-chief-talks.txt", "A06", "took control of the terminal gates"),
    ("2033-03-17_isthmusherald_premier-mission-chief-talks.txt",
     "A07", "The two men discussed joint patrols"),
    ("2033-03-18_leewardpost_washington-urges-missionaries-freed.txt",
     "A08", "called on a Haitian gang to release"),
    ("2033-03-18_leewardpost_washington-urges-missionaries-freed.txt",
     "A08", "to let them go home to their families"),
    ("2033-03-18_leewardpost_washington-urges-missionaries-freed.txt",
     "A09", "made a similar appeal on Friday"),
    ("2033-03-18_leewardpost_washington-urges-missionaries-freed.txt",
     "A03", "pledged armoured vehicles for the Haitian police"),
    ("2033-03-18_antillesbulletin_canada-presses-kidnappers.txt",
     "A09", "urged the gang holding seven missionaries"),
    ("2033-03-18_antillesbulletin_canada-presses-kidnappers.txt", "A09", "We ask those who hold them"),
    ("2033-03-18_antillesbulletin_canada-presses-kidnappers.txt",
     "A08", "made a similar demand earlier in the day"),
    ("2033-03-19_caribenewswire_armoured-vehicles-reach-police.txt",
     "A10", "were handed over to the Haitian National Police"),
    ("2033-03-19_caribenewswire_armoured-vehicles-reach-police.txt",
     "A10", "arrived aboard a U.S.-flagged cargo ship"),
    ("2033-03-19_caribenewswire_armoured-vehicles-reach-police.txt",
     "A03", "Washington promised the carriers on Tuesday"),
    ("2033-03-19_isthmusherald_police-capture-bebe-lou.txt", "A11", "arrested gang leader Ricardo Estimé"),
    ("2033-03-19_isthmusherald_police-capture-bebe-lou.txt",
     "A01", "overran the Croix-des-Bouquets police station on Monday"),
    ("2033-03-19_isthmusherald_police-capture-bebe-lou.txt", "A11", "taken by helicopter to the capital"),
    ("2033-03-19_isthmusherald_police-capture-bebe-lou.txt",
     "A11", "surrounded the house where Estimé was sleeping"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A12", "accused the government of ignoring repeated warnings"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A11", "police captured one of the gang leaders"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A12", "had done nothing to reinforce the facility"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A04", "before gangs overran it on Wednesday"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A04", "Seven guards died and hundreds"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A12", "no one in the ministry picked up"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A11", "was arrested on Saturday in a joint operation"),
    ("2033-03-20_tradewindreport_rights-group-faults-government.txt",
     "A10", "handed over twelve armoured personnel carriers"),
    ("2033-03-20_windwardwire_dominicans-hand-over-gun-runner.txt",
     "A13", "extradited a Haitian man accused of smuggling"),
    ("2033-03-20_windwardwire_dominicans-hand-over-gun-runner.txt",
     "A13", "was flown from Santo Domingo to Port-au-Prince"),
    ("2033-03-20_windwardwire_dominicans-hand-over-gun-runner.txt",
     "A13", "The handover followed the arrest"),
    ("2033-03-20_windwardwire_dominicans-hand-over-gun-runner.txt",
     "A11", "the arrest on Saturday of Solèy Nwa commander"),
    ("2033-03-21_leewardpost_security-council-renews-sanctions.txt",
     "A14", "voted unanimously on Monday to extend"),
    ("2033-03-21_leewardpost_security-council-renews-sanctions.txt",
     "A14", "also added three names to the sanctions list"),
    ("2033-03-21_leewardpost_security-council-renews-sanctions.txt", "A14", "The vote came five days after"),
    ("2033-03-21_leewardpost_security-council-renews-sanctions.txt",
     "A04", "gangs attacked the prison in Mirebalais"),
    ("2033-03-21_antillesbulletin_un-keeps-gang-chiefs-listed.txt",
     "A14", "renewed on Monday for twelve months"),
    ("2033-03-21_antillesbulletin_un-keeps-gang-chiefs-listed.txt",
     "A14", "The measure passed 15-0 in New York"),
    ("2033-03-21_antillesbulletin_un-keeps-gang-chiefs-listed.txt", "A14", "Among those newly listed is"),
    ("2033-03-22_caribenewswire_seven-missionaries-freed.txt",
     "A15", "released seven foreign missionaries on Tuesday"),
    ("2033-03-22_caribenewswire_seven-missionaries-freed.txt",
     "A08", "had called for the group's release on Friday"),
    ("2033-03-22_caribenewswire_seven-missionaries-freed.txt", "A15", "The release came three days after"),
    ("2033-03-22_caribenewswire_seven-missionaries-freed.txt", "A11", "police arrested Ricardo Estimé"),
    ("2033-03-22_isthmusherald_thousands-march-against-gangs.txt",
     "A16", "marched through the centre of Port-au-Prince"),
    ("2033-03-22_isthmusherald_thousands-march-against-gangs.txt", "A16", "set off from Champ de Mars"),
    ("2033-03-22_isthmusherald_thousands-march-against-gangs.txt", "A16", "The march came on the same day"),
    ("2033-03-22_isthmusherald_thousands-march-against-gangs.txt",
     "A15", "a gang freed seven foreign missionaries"),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt", "A15", "freed a group of seven missionaries"),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt",
     "A15", "were dropped off near a police checkpoint"),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt", "A09", "had on Friday urged the kidnappers"),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt", "A15", "Their release comes one day after"),
    ("2033-03-22_windwardwire_missionaries-walk-free.txt",
     "A14", "the U.N.'s top security body prolonged sanctions"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "A17", "met again on Wednesday with David Kiplagat"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt", "A07", "The two first met last Thursday"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "A06", "the day Kenyan officers deployed"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt", "A17", "After Wednesday's meeting"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "A18", "the government shortened the nightly curfew"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "A05", "The curfew was imposed on March 16"),
    ("2033-03-23_tradewindreport_premier-commander-meet-again.txt",
     "A16", "thousands of people marched through the capital"),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt", "A18", "cut the hours of the curfew"),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt", "A05", "it imposed a week ago"),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt", "A18", "The decision was announced after"),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt", "A17", "held a second meeting with the commander"),
    ("2033-03-23_leewardpost_haiti-eases-curfew.txt", "A16", "Tuesday's march against gang violence"),
]

FLOORS = {"pairwise_f1": 0.77, "b3_f1": 0.83, "reports_found": 0.77}


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
