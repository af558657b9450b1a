"""The thirty-first blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of a prison crisis in Honduras in March 2033. Late on Sunday, March 6, gunmen storm the
Los Almendros maximum-security prison near Naco and free 14 leaders of the Los Cuervos gang (three guards
dead, then five); on Monday President Ordonez declares a 30-day state of emergency with a curfew and sends the
army into the streets, and inmates' relatives rally at the prison gates; police recapture six escapees in
Choloma on Tuesday and four more near La Ceiba on Friday; on Tuesday the gang hangs banners threatening to
kill police, and on Thursday night gunmen ambush a patrol near Villanueva and kill two officers; the United
States offers $15 million in security aid on Tuesday and sends 12 FBI agents on Wednesday; on Wednesday the
Liberal leader and a Liberal congresswoman each demand that Security Minister Irias resign, and the president
refuses on Thursday; on Friday a Honduran and a U.S. rights group each criticise the mass detentions; Mexico's
National Guard arrests the gang's leader in Tapachula on Sunday and Mexico hands him over on Monday, when the
president thanks Mexico.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real (the
prison and the gang are invented), the events never happened and the dates lie in the future. One document is
a verbatim syndicated copy of another (Bluewater Wire's copy of Lantern News Agency's troop story: credit line
changed, a closing "Originally published by Lantern News Agency." line added) and one is a lightly edited copy
(Bluewater Wire's copy of Cordillera Times's story on the rights groups).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives (a
state of emergency with a curfew is a COERCE, sending the army into the streets a MOBILIZE, an offer of aid an
AGREE, sending FBI agents to work with local investigators and handing over a fugitive a COOPERATE, thanking
and praising a SUPPORT); its date is the day it happened. REPORTS lists every body sentence (headlines are not
reports) that reports an act that happened, background recaps in later reports and quotes that tell the act
included, with a verbatim cue found once in its file. The inmates' escape is not itself an act of any type: a
sentence that tells only that they broke out or fled ("Sunday's prison break") does not report the gunmen's
assault (A01); one that tells the attack or the guards' deaths does. Not listed: planned,
promised-but-not-done, threatened-but-not-done, hypothetical or denied acts (the threat, the offer and the
demand themselves are acts), acts more than a year before, tallies and figures (the running count of
detentions), opinions. No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the tenth 2026-12-01 session): run
with `figures` once at its start, on its starting code (d20d017, whose code is 0d30f2e): **pairwise F1 0.571**
(precision 0.773, recall 0.453), B-cubed F1 0.787, reports found 0.646; and once at its end, on its final code
(d64cb5d): **pairwise F1 0.646** (precision 0.788, recall 0.547), B-cubed F1 0.817, reports found 0.646.
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
    ("2033-03-06_ridgeline_gunmen-storm-prison.txt",
     "Gunmen storm Honduran prison, free jailed gang bosses\n\n"
     "SAN PEDRO SULA, March 6, 2033 (Ridgeline Press) - Dozens of heavily armed men attacked the Los "
     "Almendros maximum-security prison in northern Honduras late on Sunday, freeing at least 14 jailed "
     "leaders of the Los Cuervos gang and killing three guards, officials said.\n\n"
     "The attackers drove up in pickup trucks a little after 10 p.m., blew open the main gate with "
     "explosives and fought their way into the high-security wing, according to a prison service "
     "statement.\n\n"
     "\"We were never trained for something like this,\" said a guard at the prison whose name was "
     "withheld since guards may not talk to the press.\n\n"
     "The prison, about 20 kilometres from San Pedro Sula, holds around 900 inmates, most of them "
     "members of street gangs.\n\n"
     "Security Minister Gustavo Irias declined to speculate on whether anyone inside the prison had "
     "helped.\n\n"
     "Honduras has struggled with gang violence for decades, and its overcrowded jails have seen "
     "repeated riots and escapes since the early 2000s."),
    ("2033-03-07_gulfcourier_emergency-declared.txt",
     "Honduras declares state of emergency after deadly jailbreak\n\n"
     "TEGUCIGALPA, March 7, 2033 (Gulf Courier) - Honduran President Marcela Ordonez imposed a state of "
     "emergency for 30 days on Monday and ordered soldiers to patrol the country's two largest cities.\n\n"
     "The decree suspends some constitutional guarantees, including the need for a warrant to search "
     "homes, and imposes a night-time curfew in the northern department of Cortes between 8 in the "
     "evening and 5 in the morning.\n\n"
     "Two guards wounded in Sunday night's assault on the Los Almendros prison died in hospital, "
     "raising the death toll to five, the prison service said.\n\n"
     "\"This is a direct challenge to the state,\" Ordonez said in a televised address.\n\n"
     "Defence Minister Julio Paz said about 5,000 troops would take part in patrols and checkpoints "
     "alongside the national police.\n\n"
     "Previous governments have used emergency decrees against the gangs, with mixed results.\n\n"
     "Police said none of the escaped inmates had been found by Monday evening."),
    ("2033-03-07_isthmus_prison-raid-toll.txt",
     "Relatives gather at Honduran prison as raid death toll rises to five\n\n"
     "NACO, March 7, 2033 (Isthmus Report) - Hundreds of relatives of inmates rallied outside the gates "
     "of the Los Almendros prison on Monday, demanding information about loved ones inside after an "
     "armed raid that left five guards dead.\n\n"
     "Some protesters held up photographs of sons and husbands, while others chanted against the prison "
     "authorities and blocked the access road for about two hours.\n\n"
     "\"Nobody tells us if our children are alive or dead,\" said Dora Alvarado, 52, whose son is "
     "serving a sentence for robbery.\n\n"
     "The gunmen stormed the facility late on Sunday and freed 14 members of the Los Cuervos gang, "
     "including its alleged leader Elmer Maradiaga.\n\n"
     "The prison service initially reported three guards killed, but two more succumbed to their "
     "injuries during the night.\n\n"
     "Prison director Samuel Funes said a head count of the remaining inmates was still under way.\n\n"
     "Los Almendros opened in 2017 and was billed at the time as the most secure prison in Central "
     "America."),
    ("2033-03-07_lantern_army-deployed.txt",
     "Troops fan out across Honduran cities after prison break\n\n"
     "SAN PEDRO SULA, March 7, 2033 (Lantern News Agency) - Armoured vehicles and thousands of soldiers "
     "rolled into San Pedro Sula and Tegucigalpa on Monday after President Marcela Ordonez sent the "
     "army into the streets to hunt for gang leaders who escaped from prison.\n\n"
     "Many shops in the city centre stayed shut, and buses ran half empty, witnesses said.\n\n"
     "Ordonez declared a state of emergency earlier in the day, suspending some constitutional rights "
     "for 30 days and imposing a curfew in Cortes department.\n\n"
     "The measures came less than 24 hours after gunmen attacked the Los Almendros prison near the town "
     "of Naco, killing five guards.\n\n"
     "\"The state has lost control of its own prisons, and now it wants to fix that with soldiers,\" "
     "said Leticia Amador, a security analyst at the National Autonomous University of Honduras.\n\n"
     "Honduras has one of the highest murder rates in the Americas, although it has fallen steadily "
     "over the past decade.\n\n"
     "Police published photographs of the 14 escapees and set up a telephone line for tips."),
    ("2033-03-07_bluewater_army-deployed.txt",
     "Troops fan out across Honduran cities after prison break\n\n"
     "SAN PEDRO SULA, March 7, 2033 (Bluewater Wire) - Armoured vehicles and thousands of soldiers "
     "rolled into San Pedro Sula and Tegucigalpa on Monday after President Marcela Ordonez sent the "
     "army into the streets to hunt for gang leaders who escaped from prison.\n\n"
     "Many shops in the city centre stayed shut, and buses ran half empty, witnesses said.\n\n"
     "Ordonez declared a state of emergency earlier in the day, suspending some constitutional rights "
     "for 30 days and imposing a curfew in Cortes department.\n\n"
     "The measures came less than 24 hours after gunmen attacked the Los Almendros prison near the town "
     "of Naco, killing five guards.\n\n"
     "\"The state has lost control of its own prisons, and now it wants to fix that with soldiers,\" "
     "said Leticia Amador, a security analyst at the National Autonomous University of Honduras.\n\n"
     "Honduras has one of the highest murder rates in the Americas, although it has fallen steadily "
     "over the past decade.\n\n"
     "Police published photographs of the 14 escapees and set up a telephone line for tips.\n\n"
     "Originally published by Lantern News Agency."),
    ("2033-03-08_cordillera_escapees-recaptured.txt",
     "Honduran police recapture six escaped gang members\n\n"
     "CHOLOMA, March 8, 2033 (Cordillera Times) - Honduran police recaptured six of the 14 gang members "
     "who escaped from a maximum-security prison at the weekend, catching them in a pre-dawn operation "
     "in the industrial town of Choloma on Tuesday.\n\n"
     "Officers surrounded a safe house before dawn and arrested the six men without a shot being fired, "
     "police spokeswoman Karla Mejia told reporters.\n\n"
     "Elmer Maradiaga, the gang's alleged leader, was not among them.\n\n"
     "Hours later, banners signed by Los Cuervos appeared on bridges in San Pedro Sula warning that the "
     "gang would kill police officers if the raids in its neighbourhoods did not stop.\n\n"
     "\"These threats do not frighten us,\" Mejia said.\n\n"
     "Security forces have detained more than 400 people in raids this week, according to police "
     "figures.\n\n"
     "The escape has become the biggest security crisis of President Marcela Ordonez's term, which "
     "began in January 2030."),
    ("2033-03-08_ridgeline_us-offers-help.txt",
     "U.S. offers Honduras aid, FBI support in hunt for escaped gang leaders\n\n"
     "TEGUCIGALPA, March 8, 2033 (Ridgeline Press) - The United States on Tuesday offered Honduras $15 "
     "million in security assistance and said it would send FBI agents to help track down gang leaders "
     "who fled a prison on Sunday night.\n\n"
     "U.S. Ambassador Daniel Whitcombe announced the offer in a statement posted on the embassy's "
     "website.\n\n"
     "\"These gangs operate across borders, and so must our response,\" Whitcombe said.\n\n"
     "The aid would pay for surveillance equipment, vehicles and training for a new prison intelligence "
     "unit, the statement said.\n\n"
     "Los Cuervos has a presence in several U.S. cities, and Washington designated it a foreign "
     "terrorist organisation in 2031.\n\n"
     "On Monday, President Marcela Ordonez put the country under emergency rule and deployed troops to "
     "San Pedro Sula and Tegucigalpa.\n\n"
     "Six of the 14 escapees were recaptured on Tuesday morning in Choloma, police said."),
    ("2033-03-08_gulfcourier_gang-banners.txt",
     "Honduran gang threatens police with death as manhunt widens\n\n"
     "SAN PEDRO SULA, March 8, 2033 (Gulf Courier) - Honduras' Los Cuervos gang threatened on Tuesday "
     "to murder police officers in retaliation for raids on its strongholds, hanging banners from three "
     "overpasses in Honduras' industrial capital.\n\n"
     "\"For every one of ours you touch, one of yours will fall,\" read one of the banners, which "
     "police removed by mid-morning.\n\n"
     "The threat came hours after police captured six of the escaped prisoners at a house in nearby "
     "Choloma.\n\n"
     "Police spokeswoman Karla Mejia said officers had been told to take extra precautions but that the "
     "hunt would not slow down.\n\n"
     "Gangs in Honduras have killed dozens of police officers over the past two decades, often in "
     "revenge for arrests.\n\n"
     "Analysts say Los Cuervos, founded in the early 2010s, has about 3,000 members and runs extortion "
     "rackets across much of the north."),
    ("2033-03-09_isthmus_opposition-resignation.txt",
     "Honduran opposition demands security minister quit over jailbreak\n\n"
     "TEGUCIGALPA, March 9, 2033 (Isthmus Report) - Liberal Party leader Rafael Bustillo on Wednesday "
     "demanded the resignation of Security Minister Gustavo Irias, calling Sunday's prison break the "
     "worst security failure in a generation.\n\n"
     "\"Irias must go today, not tomorrow,\" Bustillo said at a press briefing in the party's offices.\n\n"
     "Hours later, Liberal congresswoman Ines Cardona called on Irias to step down in a speech on the "
     "floor of Congress, saying guards at Los Almendros had been warned of an escape plot weeks in "
     "advance.\n\n"
     "Irias's office declined to comment on Wednesday.\n\n"
     "The government holds a narrow majority in the 128-seat Congress, and a motion to censure the "
     "minister is unlikely to pass.\n\n"
     "Police caught six of the runaways on Tuesday in Choloma, but eight others, including the gang's "
     "leader, remain at large."),
    ("2033-03-09_lantern_fbi-agents-arrive.txt",
     "FBI team lands in Honduras to join manhunt for gang bosses\n\n"
     "TEGUCIGALPA, March 9, 2033 (Lantern News Agency) - The United States sent a team of 12 FBI agents "
     "to Honduras on Wednesday to work alongside local investigators hunting eight gang leaders still "
     "at large after a weekend jailbreak, the U.S. embassy said.\n\n"
     "The agents, who specialise in tracking fugitives and analysing telephone data, landed at the Soto "
     "Cano air base aboard a U.S. government plane.\n\n"
     "Ambassador Daniel Whitcombe announced on Tuesday that Washington was offering $15 million in "
     "security aid to the Central American country.\n\n"
     "\"Every hour counts in a search like this,\" Security Minister Gustavo Irias said at the air base.\n\n"
     "U.S. officials say Los Cuervos smuggles cocaine northward and launders money through businesses "
     "in Texas and Florida.\n\n"
     "The FBI has kept a permanent office in Tegucigalpa since the 2010s, when it helped Honduras set "
     "up a unit to fight extortion."),
    ("2033-03-09_bluewater_minister-pressure.txt",
     "Pressure grows on Honduran security chief over prison escape\n\n"
     "TEGUCIGALPA, March 9, 2033 (Bluewater Wire) - The leader of Honduras' main opposition party "
     "demanded on Wednesday that Security Minister Gustavo Irias resign over the escape of 14 gang "
     "members from a northern prison.\n\n"
     "Rafael Bustillo of the Liberal Party said Irias had lost the confidence of the public and should "
     "be replaced by a civilian with police experience.\n\n"
     "In a separate statement, Liberal deputy Ines Cardona urged the minister to quit.\n\n"
     "Eight of the fugitives, including the gang's reputed leader Elmer Maradiaga, were still on the "
     "run on Wednesday.\n\n"
     "A poll published on Wednesday by the Tegucigalpa firm Opinion Publica found that 71 percent of "
     "Hondurans disapproved of the government's handling of the crisis.\n\n"
     "Irias has so far kept silent about the calls for him to go.\n\n"
     "President Marcela Ordonez, who appointed Irias in 2030, is due to hold a news conference on "
     "Thursday."),
    ("2033-03-10_ridgeline_president-backs-minister.txt",
     "Honduran president refuses to fire security minister\n\n"
     "TEGUCIGALPA, March 10, 2033 (Ridgeline Press) - Honduran President Marcela Ordonez on Thursday "
     "rejected opposition demands to dismiss her security minister over a weekend prison break, saying "
     "the country could not afford to change leadership in the middle of a manhunt.\n\n"
     "\"Gustavo Irias stays where he is,\" Ordonez told reporters at the presidential palace.\n\n"
     "Liberal Party leader Rafael Bustillo demanded Irias' resignation on Wednesday.\n\n"
     "Ines Cardona, a Liberal lawmaker, issued an identical demand during a speech to Congress later "
     "that day.\n\n"
     "Police said on Thursday they were following several leads on the whereabouts of gang leader Elmer "
     "Maradiaga, who some officials believe has crossed into Guatemala.\n\n"
     "Irias, 58, is a retired army colonel who took over the ministry in 2030."),
    ("2033-03-10_gulfcourier_police-ambushed.txt",
     "Two Honduran police officers killed in ambush, gang suspected\n\n"
     "VILLANUEVA, March 10, 2033 (Gulf Courier) - Gunmen ambushed a police patrol on a rural road "
     "outside the northern Honduran town of Villanueva late on Thursday, killing two officers and "
     "wounding a third, police said.\n\n"
     "The patrol was returning from a search operation when attackers hidden in a sugar cane field "
     "opened fire on the pickup truck, spokeswoman Karla Mejia said.\n\n"
     "Police suspect members of the Los Cuervos gang, which on Tuesday hung banners vowing to kill "
     "officers in revenge for raids on its territory.\n\n"
     "The two dead officers were identified as Constable Wilmer Rosales, 24, and Sergeant Ana Lucia "
     "Banegas, 31.\n\n"
     "No arrests had been made by early Friday.\n\n"
     "Honduran police officers earn about $600 a month, and their unions say many lack basic protective "
     "equipment."),
    ("2033-03-11_lantern_officers-killed.txt",
     "Honduras mourns two police killed in gang ambush\n\n"
     "SAN PEDRO SULA, March 11, 2033 (Lantern News Agency) - Hundreds of police officers lined the "
     "streets of San Pedro Sula on Friday for the funeral of two colleagues killed in an ambush on "
     "Thursday night.\n\n"
     "Constable Wilmer Rosales and Sergeant Ana Lucia Banegas died when gunmen sprayed their patrol "
     "truck with rifle fire on a road near Villanueva.\n\n"
     "Police say Los Cuervos carried out the attack, two days after the gang threatened to kill "
     "officers on banners hung across the city.\n\n"
     "\"They were 24 and 31 years old, with their whole lives ahead of them,\" national police director "
     "Orlando Zuniga said at the graveside.\n\n"
     "President Marcela Ordonez, who on Thursday turned down calls to sack Security Minister Gustavo "
     "Irias, did not attend the service.\n\n"
     "More than 1,100 people have been detained under the state of emergency, according to the security "
     "ministry."),
    ("2033-03-11_isthmus_second-recapture.txt",
     "Four more Honduran escapees caught on Caribbean coast\n\n"
     "LA CEIBA, March 11, 2033 (Isthmus Report) - Honduran police captured four more of the gang "
     "members who escaped from Los Almendros prison, seizing them on Friday at a beach house near the "
     "Caribbean port of La Ceiba.\n\n"
     "Among those arrested was Kevin Orellana, alias \"Flaco\", described by police as the gang's "
     "second-in-command.\n\n"
     "The four men offered no resistance, spokeswoman Karla Mejia said.\n\n"
     "Six other escapees were caught on Tuesday in a raid in Choloma, near San Pedro Sula.\n\n"
     "That leaves four of the 14 fugitives at large, including the gang's reputed leader, Elmer "
     "Maradiaga.\n\n"
     "Friday's arrests came a day after two police officers were shot dead in an ambush near Villanueva.\n\n"
     "\"The net is closing,\" Mejia said."),
    ("2033-03-11_cordillera_rights-groups.txt",
     "Rights groups condemn mass arrests under Honduran emergency\n\n"
     "TEGUCIGALPA, March 11, 2033 (Cordillera Times) - The Observatory for Citizen Rights, a Honduran "
     "watchdog, on Friday condemned the mass detentions carried out under the state of emergency, "
     "saying hundreds of young men had been arrested for their tattoos or their address.\n\n"
     "The group said it had documented 37 cases of people held for more than 48 hours without seeing a "
     "judge.\n\n"
     "\"A state of emergency is not a licence to round up the poor,\" said the observatory's director, "
     "Marta Urbina.\n\n"
     "Separately, the Washington-based group Rights Monitor Americas accused Honduran security forces "
     "of arbitrary arrests and said detainees had been denied access to lawyers.\n\n"
     "The security ministry made no immediate comment.\n\n"
     "According to police figures, 1,140 people have been detained since Monday.\n\n"
     "Emergency powers allow security forces to search homes and hold suspects without a warrant."),
    ("2033-03-11_bluewater_mass-arrests-criticised.txt",
     "Honduran and U.S. rights groups decry mass detentions\n\n"
     "TEGUCIGALPA, March 11, 2033 (Bluewater Wire) - The Observatory for Citizen Rights, a Honduran "
     "watchdog group, on Friday condemned the mass detentions carried out under the state of emergency, "
     "saying hundreds of young men had been arrested because of their tattoos or where they lived.\n\n"
     "The group said it had documented 37 cases of people held for more than 48 hours without seeing a "
     "judge.\n\n"
     "\"A state of emergency is not a licence to round up the poor,\" said the observatory's director, "
     "Marta Urbina.\n\n"
     "Separately, Washington-based Rights Monitor Americas accused Honduran security forces of "
     "arbitrary arrests and said detainees were being denied access to lawyers.\n\n"
     "The security ministry had no immediate comment.\n\n"
     "Emergency powers allow police and soldiers to search homes and hold suspects without a warrant.\n\n"
     "Based on reporting by Cordillera Times."),
    ("2033-03-12_ridgeline_manhunt-week.txt",
     "ANALYSIS-Honduras' prison crisis exposes limits of emergency rule\n\n"
     "SAN PEDRO SULA, March 12, 2033 (Ridgeline Press) - Six days into the worst prison crisis in its "
     "recent history, Honduras has flooded its northern cities with soldiers and detained more than a "
     "thousand people, yet the man at the centre of it all remains free.\n\n"
     "Elmer Maradiaga, the Los Cuervos leader who walked out of Los Almendros prison last Sunday with "
     "13 others, has not been seen since.\n\n"
     "On Friday, police caught four of the fugitives at a beach house near La Ceiba, bringing the "
     "number recaptured to 10.\n\n"
     "But the killing of two officers in an ambush on Thursday showed the gang can still strike back, "
     "said Leticia Amador, a security analyst.\n\n"
     "\"Every state of emergency in this region has produced a wave of arrests and very few "
     "convictions,\" Amador said.\n\n"
     "The FBI agents who arrived on Wednesday are focusing on intercepted phone calls and money "
     "transfers, according to a Honduran official familiar with the search.\n\n"
     "Honduras' murder rate fell from more than 80 per 100,000 people in 2011 to under 30 by the late "
     "2020s, but extortion remains widespread.\n\n"
     "Ordonez's approval rating has fallen 12 points since the escape, according to a poll released on "
     "Thursday."),
    ("2033-03-13_gulfcourier_mexico-arrests-leader.txt",
     "Mexico arrests Honduran gang leader who fled prison\n\n"
     "MEXICO CITY, March 13, 2033 (Gulf Courier) - Mexican authorities on Sunday arrested Elmer "
     "Maradiaga, the leader of Honduras' Los Cuervos gang, who had been on the run for a week.\n\n"
     "Members of the National Guard detained Maradiaga and two companions at a roadside restaurant on "
     "the outskirts of Tapachula, near the Guatemalan border, the Security Secretariat said in a "
     "statement.\n\n"
     "Mexican Security Secretary Alfonso Rivadeneyra said Maradiaga had entered Mexico on a forged "
     "Guatemalan passport.\n\n"
     "He did not say when Maradiaga would be handed over to Honduras, where he faces a 48-year sentence "
     "for murder and extortion.\n\n"
     "Maradiaga, 41, is accused of running extortion rackets that collect millions of dollars a year "
     "from bus drivers and shopkeepers in northern Honduras.\n\n"
     "Honduran officials said they were preparing the paperwork to bring him back."),
    ("2033-03-13_lantern_maradiaga-captured.txt",
     "Fugitive Honduran gang boss \"El Zurdo\" caught in southern Mexico\n\n"
     "TAPACHULA, March 13, 2033 (Lantern News Agency) - Mexican National Guard troops captured Honduran "
     "gang boss Elmer Maradiaga, known as \"El Zurdo\", in this southern border city on Sunday, ending "
     "a week-long international manhunt.\n\n"
     "Maradiaga, who was eating lunch with two men when the troops arrived, was handcuffed and flown to "
     "Mexico City within hours, a Mexican official said.\n\n"
     "He escaped on March 6 when dozens of gunmen blasted their way into Los Almendros prison in "
     "northern Honduras and killed five guards.\n\n"
     "Witnesses said the arrest took less than two minutes and no shots were fired.\n\n"
     "Tapachula, a city of about 350,000 people, is a major crossing point for migrants and smugglers "
     "heading north from Central America.\n\n"
     "\"He thought Mexico would be a safe place, and he was wrong,\" added the official, who requested "
     "anonymity."),
    ("2033-03-14_isthmus_maradiaga-handed-over.txt",
     "Mexico hands escaped gang leader back to Honduras\n\n"
     "TEGUCIGALPA, March 14, 2033 (Isthmus Report) - Mexico handed over escaped gang leader Elmer "
     "Maradiaga to Honduran authorities on Monday, flying him under heavy guard to a military air base "
     "outside the capital.\n\n"
     "Television images showed Maradiaga in an orange jumpsuit, his head bowed, as he stepped off the "
     "plane.\n\n"
     "President Marcela Ordonez thanked Mexico's government for acting so quickly, saying the two "
     "countries had shown what neighbours could achieve together.\n\n"
     "Mexican National Guard troops arrested Maradiaga on Sunday in Tapachula, on Mexico's southern "
     "border.\n\n"
     "He will serve the rest of his 48-year sentence in an isolated high-security unit, Security "
     "Minister Gustavo Irias said.\n\n"
     "Three of the 14 inmates who escaped on March 6 are still being sought.\n\n"
     "Mexico and Honduras signed an agreement on the return of fugitives in 2015, but transfers have "
     "often taken months."),
    ("2033-03-14_cordillera_mexico-hands-over.txt",
     "Mexico returns \"El Zurdo\" to Honduras a day after his arrest\n\n"
     "MEXICO CITY, March 14, 2033 (Cordillera Times) - Mexican authorities on Monday turned over "
     "Honduran gang chief Elmer Maradiaga to his country's police, a day after National Guard troops "
     "caught him at a restaurant in the southern city of Tapachula.\n\n"
     "Mexico's federal prosecutors said the handover was done under a fast-track procedure because he "
     "had entered the country illegally.\n\n"
     "Security Secretary Alfonso Rivadeneyra said gangs from Central America were increasingly using "
     "southern Mexico as a hiding place.\n\n"
     "In Tegucigalpa, President Marcela Ordonez praised what she called Mexico's exemplary cooperation.\n\n"
     "Maradiaga had been on the run since March 6, when he and 13 other inmates fled Los Almendros "
     "prison.\n\n"
     "Mexico has handed over dozens of Central American fugitives in recent years, according to federal "
     "prosecutors."),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt",
     "Honduran leader lauds Mexico as gang boss returns to prison\n\n"
     "TEGUCIGALPA, March 14, 2033 (Bluewater Wire) - Honduran President Marcela Ordonez on Monday "
     "hailed Mexico as a true friend after Mexican authorities sent escaped gang leader Elmer Maradiaga "
     "back to Honduras.\n\n"
     "\"Mexico did in one day what sometimes takes a year,\" Ordonez said at a ceremony at the "
     "presidential palace.\n\n"
     "Officials did not say where Maradiaga, 41, would be held.\n\n"
     "He was captured on Sunday in the Mexican city of Tapachula.\n\n"
     "Three of the escapees remain at large.\n\n"
     "The United States, which sent FBI agents to help with the search, said it had not been involved "
     "in the arrest in Mexico."),
    ("2033-03-15_ridgeline_emergency-week-two.txt",
     "Honduras' prison crisis enters second week with three fugitives at large\n\n"
     "TEGUCIGALPA, March 15, 2033 (Ridgeline Press) - Honduran police on Tuesday pressed on with the "
     "search for three gang members still at large, nine days after a mass escape that led to a state "
     "of emergency and the deployment of troops in the country's biggest cities.\n\n"
     "Elmer Maradiaga, the leader of the Los Cuervos gang, has been back behind bars since Mexico "
     "handed him over on Monday.\n\n"
     "Police recaptured six of the fugitives in Choloma on March 8.\n\n"
     "Four more were caught last Friday at a beach house near La Ceiba.\n\n"
     "Investigators believe the remaining three have split up and may be hiding in the mountains along "
     "the Guatemalan border, according to a police statement.\n\n"
     "The gang is also blamed for the killing of two police officers in an ambush near Villanueva last "
     "Thursday.\n\n"
     "The state of emergency is due to run until April 6, and officials have given no word on any "
     "extension.\n\n"
     "\"People are tired of living with soldiers on every corner, but they are more tired of the "
     "gangs,\" said Leticia Amador of the National Autonomous University.\n\n"
     "Honduras spent about 7 percent of its budget on security last year, up from 4 percent a decade "
     "earlier."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-03-06", "gunmen storm Los Almendros prison near Naco, free 14 Los Cuervos "
                                        "leaders, kill guards (3, then 5)"),
    "A02": (("COERCE",), "2033-03-07", "President Ordonez declares a 30-day state of emergency with a "
                                       "curfew in Cortes"),
    "A03": (("MOBILIZE",), "2033-03-07", "Ordonez sends the army into the streets of San Pedro Sula and "
                                         "Tegucigalpa"),
    "A04": (("PROTEST",), "2033-03-07", "inmates' relatives rally outside the prison gates and block the "
                                        "access road"),
    "A05": (("COERCE",), "2033-03-08", "police recapture six escapees in a raid in Choloma"),
    "A06": (("THREATEN",), "2033-03-08", "Los Cuervos banners threaten to kill police officers"),
    "A07": (("AGREE",), "2033-03-08", "the United States (Ambassador Whitcombe) offers $15 million in "
                                      "security aid and FBI help"),
    "A08": (("COOPERATE",), "2033-03-09", "the United States sends 12 FBI agents to work with Honduran "
                                          "investigators"),
    "A09": (("REQUEST",), "2033-03-09", "Liberal leader Rafael Bustillo demands Security Minister Irias "
                                        "resign"),
    "A10": (("REQUEST",), "2033-03-09", "Liberal congresswoman Ines Cardona calls on Irias to step down"),
    "A11": (("ASSAULT",), "2033-03-10", "gunmen ambush a police patrol near Villanueva, killing two "
                                        "officers"),
    "A12": (("REJECT",), "2033-03-10", "Ordonez rejects the demands to dismiss Irias"),
    "A13": (("COERCE",), "2033-03-11", "police recapture four more escapees near La Ceiba"),
    "A14": (("ACCUSE",), "2033-03-11", "the Observatory for Citizen Rights condemns the mass detentions"),
    "A15": (("ACCUSE",), "2033-03-11", "Rights Monitor Americas accuses Honduran forces of arbitrary "
                                       "arrests"),
    "A16": (("COERCE",), "2033-03-13", "Mexico's National Guard arrests Elmer Maradiaga in Tapachula"),
    "A17": (("COOPERATE",), "2033-03-14", "Mexico hands Maradiaga over to Honduras"),
    "A18": (("SUPPORT",), "2033-03-14", "Ordonez thanks and praises Mexico for the handover"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-03-06_ridgeline_gunmen-storm-prison.txt",
     "A01", "attacked the Los Almendros maximum-security prison"),
    ("2033-03-06_ridgeline_gunmen-storm-prison.txt", "A01", "blew open the main gate with explosives"),
    ("2033-03-07_gulfcourier_emergency-declared.txt", "A02", "imposed a state of emergency for 30"),
    ("2033-03-07_gulfcourier_emergency-declared.txt", "A03", "ordered soldiers to patrol the"),
    ("2033-03-07_gulfcourier_emergency-declared.txt", "A02", "imposes a night-time curfew"),
    ("2033-03-07_gulfcourier_emergency-declared.txt", "A01", "Sunday night's assault on the Los Almendros"),
    ("2033-03-07_isthmus_prison-raid-toll.txt", "A04", "rallied outside the gates of the"),
    ("2033-03-07_isthmus_prison-raid-toll.txt", "A01", "an armed raid that left five guards"),
    ("2033-03-07_isthmus_prison-raid-toll.txt", "A04", "blocked the access road for about"),
    ("2033-03-07_isthmus_prison-raid-toll.txt", "A01", "The gunmen stormed the facility"),
    ("2033-03-07_isthmus_prison-raid-toll.txt", "A01", "initially reported three guards killed"),
    ("2033-03-07_lantern_army-deployed.txt", "A03", "sent the army into the streets"),
    ("2033-03-07_lantern_army-deployed.txt", "A02", "declared a state of emergency earlier"),
    ("2033-03-07_lantern_army-deployed.txt", "A01", "gunmen attacked the Los Almendros prison"),
    ("2033-03-07_bluewater_army-deployed.txt", "A03", "sent the army into the streets"),
    ("2033-03-07_bluewater_army-deployed.txt", "A02", "declared a state of emergency earlier"),
    ("2033-03-07_bluewater_army-deployed.txt", "A01", "gunmen attacked the Los Almendros prison"),
    ("2033-03-08_cordillera_escapees-recaptured.txt", "A05", "police recaptured six of the 14"),
    ("2033-03-08_cordillera_escapees-recaptured.txt", "A05", "arrested the six men without a shot"),
    ("2033-03-08_cordillera_escapees-recaptured.txt", "A06", "warning that the gang would kill"),
    ("2033-03-08_ridgeline_us-offers-help.txt", "A07", "offered Honduras $15 million in security assistance"),
    ("2033-03-08_ridgeline_us-offers-help.txt", "A07", "announced the offer in a statement"),
    ("2033-03-08_ridgeline_us-offers-help.txt", "A02", "put the country under emergency rule"),
    ("2033-03-08_ridgeline_us-offers-help.txt", "A03", "deployed troops to San Pedro Sula"),
    ("2033-03-08_ridgeline_us-offers-help.txt", "A05", "were recaptured on Tuesday morning"),
    ("2033-03-08_gulfcourier_gang-banners.txt", "A06", "threatened on Tuesday to murder police"),
    ("2033-03-08_gulfcourier_gang-banners.txt", "A06", "read one of the banners"),
    ("2033-03-08_gulfcourier_gang-banners.txt", "A06", "The threat came hours after"),
    ("2033-03-08_gulfcourier_gang-banners.txt", "A05", "police captured six of the escaped"),
    ("2033-03-09_isthmus_opposition-resignation.txt", "A09", "demanded the resignation of Security Minister"),
    ("2033-03-09_isthmus_opposition-resignation.txt", "A09", "Bustillo said at a press briefing"),
    ("2033-03-09_isthmus_opposition-resignation.txt", "A10", "called on Irias to step down"),
    ("2033-03-09_isthmus_opposition-resignation.txt", "A05", "Police caught six of the runaways"),
    ("2033-03-09_lantern_fbi-agents-arrive.txt", "A08", "sent a team of 12 FBI agents"),
    ("2033-03-09_lantern_fbi-agents-arrive.txt", "A08", "landed at the Soto Cano air base"),
    ("2033-03-09_lantern_fbi-agents-arrive.txt", "A07", "Washington was offering $15 million"),
    ("2033-03-09_bluewater_minister-pressure.txt", "A09", "demanded on Wednesday that Security Minister"),
    ("2033-03-09_bluewater_minister-pressure.txt", "A09", "Irias had lost the confidence of"),
    ("2033-03-09_bluewater_minister-pressure.txt", "A10", "Ines Cardona urged the minister to quit"),
    ("2033-03-10_ridgeline_president-backs-minister.txt", "A12", "rejected opposition demands to dismiss"),
    ("2033-03-10_ridgeline_president-backs-minister.txt",
     "A12", "Ordonez told reporters at the presidential"),
    ("2033-03-10_ridgeline_president-backs-minister.txt", "A09", "demanded Irias' resignation on Wednesday"),
    ("2033-03-10_ridgeline_president-backs-minister.txt",
     "A10", "issued an identical demand during a speech"),
    ("2033-03-10_gulfcourier_police-ambushed.txt", "A11", "Gunmen ambushed a police patrol"),
    ("2033-03-10_gulfcourier_police-ambushed.txt", "A11", "opened fire on the pickup truck"),
    ("2033-03-10_gulfcourier_police-ambushed.txt", "A06", "hung banners vowing to kill officers"),
    ("2033-03-11_lantern_officers-killed.txt", "A11", "two colleagues killed in an ambush"),
    ("2033-03-11_lantern_officers-killed.txt", "A11", "gunmen sprayed their patrol truck"),
    ("2033-03-11_lantern_officers-killed.txt", "A11", "Los Cuervos carried out the attack"),
    ("2033-03-11_lantern_officers-killed.txt", "A06", "the gang threatened to kill officers"),
    ("2033-03-11_lantern_officers-killed.txt", "A12", "turned down calls to sack"),
    ("2033-03-11_isthmus_second-recapture.txt", "A13", "captured four more of the gang"),
    ("2033-03-11_isthmus_second-recapture.txt", "A13", "Among those arrested was Kevin Orellana"),
    ("2033-03-11_isthmus_second-recapture.txt", "A05", "Six other escapees were caught on Tuesday"),
    ("2033-03-11_isthmus_second-recapture.txt", "A13", "Friday's arrests came a day after"),
    ("2033-03-11_isthmus_second-recapture.txt", "A11", "two police officers were shot dead"),
    ("2033-03-11_cordillera_rights-groups.txt", "A14", "on Friday condemned the mass detentions"),
    ("2033-03-11_cordillera_rights-groups.txt", "A14", "said the observatory's director"),
    ("2033-03-11_cordillera_rights-groups.txt", "A15", "accused Honduran security forces of arbitrary"),
    ("2033-03-11_bluewater_mass-arrests-criticised.txt", "A14", "on Friday condemned the mass detentions"),
    ("2033-03-11_bluewater_mass-arrests-criticised.txt", "A14", "said the observatory's director"),
    ("2033-03-11_bluewater_mass-arrests-criticised.txt",
     "A15", "accused Honduran security forces of arbitrary"),
    ("2033-03-12_ridgeline_manhunt-week.txt", "A03", "flooded its northern cities with soldiers"),
    ("2033-03-12_ridgeline_manhunt-week.txt", "A13", "police caught four of the fugitives"),
    ("2033-03-12_ridgeline_manhunt-week.txt", "A11", "the killing of two officers in an ambush"),
    ("2033-03-12_ridgeline_manhunt-week.txt", "A08", "The FBI agents who arrived on Wednesday"),
    ("2033-03-13_gulfcourier_mexico-arrests-leader.txt", "A16", "Mexican authorities on Sunday arrested"),
    ("2033-03-13_gulfcourier_mexico-arrests-leader.txt", "A16", "detained Maradiaga and two companions"),
    ("2033-03-13_lantern_maradiaga-captured.txt", "A16", "captured Honduran gang boss Elmer"),
    ("2033-03-13_lantern_maradiaga-captured.txt", "A16", "was handcuffed and flown to Mexico"),
    ("2033-03-13_lantern_maradiaga-captured.txt", "A01", "dozens of gunmen blasted their way"),
    ("2033-03-13_lantern_maradiaga-captured.txt", "A16", "the arrest took less than two minutes"),
    ("2033-03-14_isthmus_maradiaga-handed-over.txt", "A17", "Mexico handed over escaped gang leader"),
    ("2033-03-14_isthmus_maradiaga-handed-over.txt", "A18", "thanked Mexico's government for acting"),
    ("2033-03-14_isthmus_maradiaga-handed-over.txt", "A16", "arrested Maradiaga on Sunday in"),
    ("2033-03-14_cordillera_mexico-hands-over.txt", "A17", "turned over Honduran gang chief"),
    ("2033-03-14_cordillera_mexico-hands-over.txt", "A16", "National Guard troops caught him"),
    ("2033-03-14_cordillera_mexico-hands-over.txt", "A17", "the handover was done under"),
    ("2033-03-14_cordillera_mexico-hands-over.txt", "A18", "praised what she called Mexico's"),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt", "A18", "hailed Mexico as a true friend"),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt", "A17", "Mexican authorities sent escaped gang leader"),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt", "A18", "Ordonez said at a ceremony"),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt", "A16", "He was captured on Sunday"),
    ("2033-03-14_bluewater_ordonez-thanks-mexico.txt", "A08", "which sent FBI agents to help"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A02", "led to a state of emergency"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A03", "the deployment of troops in the"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A17", "since Mexico handed him over"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A05", "recaptured six of the fugitives in Choloma"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A13", "Four more were caught last Friday"),
    ("2033-03-15_ridgeline_emergency-week-two.txt", "A11", "the killing of two police officers"),
]

FLOORS = {"pairwise_f1": 0.61, "b3_f1": 0.78, "reports_found": 0.61}


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
