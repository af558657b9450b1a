"""The twenty-sixth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of Colombia's peace process with the ELN in September 2035. ELN rebels bomb the Cano
Limon-Covenas oil pipeline in Arauca on a Monday and again two days later; the president warns on the first
day that he will suspend the Havana talks after one more attack, then suspends them; the army opens an
offensive on ELN camps near Fortul (four rebels dead, then seven); rebels abduct six soldiers near Tame, the
defense minister and the peace commissioner each demand their release, the ELN promises to free them and hands
them to the Red Cross five days after the abduction, which the UN mission head welcomes; the defense minister
accuses Venezuela of sheltering the ELN's leaders and Caracas rejects the charge; the US sanctions four ELN
commanders; indigenous marchers fill Bogota; the president meets the Cuban mediators twice, a week apart; the
talks resume in Havana a week after the walkout.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(credit line changed, a "This story was first published by" credit line added) and one is a lightly edited
copy.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives
(suspending talks is halting negotiations, a SANCTION; an abduction is an ASSAULT); its date is the day it
happened. REPORTS lists every body sentence (headlines are not reports) that reports an act that happened,
background recaps in later reports and quotes that tell the act included, with a verbatim cue found once in
its file. Not listed: planned, promised-but-not-done, threatened-but-not-done, hypothetical or denied acts
(the threat, the promise, the demand and the rejection themselves are acts), acts more than a year before,
tallies and figures, opinions. No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper during the eighth 2026-12-01 session, after its first
coder changes, and kept unread): run once at its end with `figures`: on the session's starting code (5af70ae)
pairwise F1 0.840 (precision 0.971, recall 0.739), B-cubed F1 0.904; on its final code (dc0dad2) **pairwise F1
0.744** (precision 0.800, recall 0.696), B-cubed F1 0.858.
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
    ("2035-09-03_andes_pipeline-bombed-arauca.txt",
     "Blast ruptures Cano Limon oil pipeline in Colombia's Arauca\n\n"
     "SARAVENA, September 3, 2035 (Andes Ledger) - Suspected ELN guerrillas set off explosives under "
     "the Cano Limon-Covenas oil pipeline near Saravena in the eastern province of Arauca early on "
     "Monday, spilling crude into a creek and forcing state-run Ecopetrol to stop pumping, the army "
     "said.\n\n"
     "No group had claimed responsibility by Monday afternoon. The National Liberation Army, the "
     "country's largest remaining rebel force, keeps a strong presence in the province.\n\n"
     "Ecopetrol said floating barriers had contained most of the oil but that repairs would take at "
     "least three days.\n\n"
     "\"The whole house shook when it went off, a little after three in the morning,\" said Wilmer "
     "Carvajal, a cattle rancher whose pastures border the line.\n\n"
     "In Bogota, President Julian Arrieta warned on Monday evening that he would suspend the peace "
     "talks under way in Havana if the rebels carried out another attack on civilian infrastructure.\n\n"
     "The 780-kilometer line, which carries crude from Arauca's oilfields to the Caribbean port of "
     "Covenas, has been bombed hundreds of times since the 1980s. The Havana negotiations, the latest "
     "of several attempts to end an insurgency that began in 1964, are in their third month, with Cuba "
     "and Norway acting as guarantors."),
    ("2035-09-03_cordillera_arauca-creek-oil.txt",
     "Crude oil fouls Arauca creek after rebel attack on pipeline\n\n"
     "ARAUCA, September 3, 2035 (Cordillera Wire) - An explosive charge ripped open Colombia's "
     "second-largest oil pipeline before dawn on Monday near the town of Saravena, and local officials "
     "said several thousand barrels of crude had leaked into a tributary of the Arauca River.\n\n"
     "Arauca's governor, Renato Galvis, said the blast had cut drinking water for about 4,000 people "
     "living along the river. Ecopetrol, the state-controlled oil company, said pumping on the line "
     "had been halted.\n\n"
     "\"Every time the pipeline is hit, we are the ones who lose our fish and our water,\" said Luz "
     "Marina Tarazona, a community leader in a riverside hamlet.\n\n"
     "The ELN, whose strength the military puts at roughly 5,800 combatants, did not answer a request "
     "for comment.\n\n"
     "Attacks on the Cano Limon-Covenas line cost the country hundreds of millions of dollars in lost "
     "output each year, according to the Colombian Petroleum Association. Monday's blast was the first "
     "on the line in nearly five months, according to Ecopetrol."),
    ("2035-09-03_llanos_arrieta-warns-eln.txt",
     "Colombia's Arrieta threatens to freeze ELN talks after pipeline attack\n\n"
     "BOGOTA, September 3, 2035 (Llanos Dispatch) - Colombian President Julian Arrieta said on Monday "
     "he would halt negotiations with the ELN if the guerrillas staged one more attack on the "
     "country's energy network, hours after a bomb damaged a major oil pipeline in the east.\n\n"
     "\"If there is one more attack, our delegation comes home from Havana,\" Arrieta said in a "
     "televised speech from the Casa de Narino.\n\n"
     "Early on Monday an explosion tore through the Cano Limon-Covenas line near Saravena, in Arauca "
     "province, halting the flow of crude to the Caribbean coast.\n\n"
     "Arrieta, a former senator who took office in August 2034, has staked much of his political "
     "capital on a deal with the ELN, the last major guerrilla army still fighting after the FARC "
     "disarmed in 2017. Polls show support for the talks slipping, with 58 percent of respondents in a "
     "survey published last week saying the government had been too lenient with the rebels.\n\n"
     "Analysts said the president was under growing pressure from business groups in the oil-producing "
     "east."),
    ("2035-09-04_magdalena_army-offensive-arauca.txt",
     "Colombian army strikes ELN camps in Arauca, says four rebels killed\n\n"
     "FORTUL, September 4, 2035 (Magdalena Post) - Colombia's army launched an air and ground "
     "offensive against National Liberation Army camps in the eastern province of Arauca on Tuesday, "
     "killing four guerrillas, the military said.\n\n"
     "Helicopter gunships and Kfir jets struck positions in the forested hills south of Fortul before "
     "dawn, and infantry from the 18th Brigade then moved in on foot, according to a military "
     "statement. The ELN's Eastern War Front, its most powerful unit, operates astride the Venezuelan "
     "frontier, according to military intelligence.\n\n"
     "Commanders had been under pressure to respond since Monday, when explosives ruptured the "
     "pipeline near Saravena and crude spilled into a river.\n\n"
     "\"Arauca deserves to live without fear,\" Defense Minister Tomas Echeverri wrote on social media.\n\n"
     "More than 300 people have died in Arauca since 2022 in fighting between the ELN and dissidents "
     "of the former FARC rebel group, according to the ombudsman's office."),
    ("2035-09-04_bluewater_arrieta-cuban-mediators.txt",
     "Arrieta meets Cuban mediators as talks with ELN wobble\n\n"
     "BOGOTA, September 4, 2035 (Bluewater Newswire) - President Julian Arrieta met Cuba's mediators "
     "in the ELN peace process at the presidential palace on Tuesday, as the talks faced their worst "
     "crisis since they began.\n\n"
     "The Cuban team, led by veteran diplomat Orlando Vives, briefed the president for nearly two "
     "hours, according to a palace statement that gave no details.\n\n"
     "Colombian troops, meanwhile, pressed on with an offensive against the ELN in Arauca province "
     "that began before sunrise on Tuesday and that the army said had killed at least four rebels.\n\n"
     "\"The guarantors are doing everything they can to keep the process alive,\" said a Norwegian "
     "diplomat who spoke privately because he had no clearance to brief reporters. Vives told "
     "reporters as he left the palace that the process was \"going through a storm, not a shipwreck.\"\n\n"
     "The ELN's chief negotiator, Ignacio Barbosa, has not spoken publicly since Monday."),
    ("2035-09-05_andes_second-pipeline-blast.txt",
     "Second bomb in three days hits Colombian oil pipeline\n\n"
     "ARAUQUITA, September 5, 2035 (Andes Ledger) - A second explosion in three days damaged the Cano "
     "Limon-Covenas oil pipeline in Colombia's Arauca province before dawn on Wednesday, this time "
     "near the town of Arauquita, the military and state oil firm Ecopetrol said.\n\n"
     "Wednesday's blast struck a stretch of the line close to the Venezuelan border, some 40 "
     "kilometers from Saravena. Crews were still repairing the damage from Monday's attack near "
     "Saravena, which spilled thousands of barrels of crude into a river.\n\n"
     "Separately, the army said on Wednesday that its air strikes on ELN camps near Fortul on Tuesday "
     "had killed seven guerrillas, up from the four it reported a day earlier.\n\n"
     "Ecopetrol said it could take a week to restore pumping along the whole line, costing Colombia "
     "about 60,000 barrels a day in exports.\n\n"
     "\"This is a message written in oil,\" said Juan Pablo Rey, a security analyst at Javeriana "
     "University in Bogota.\n\n"
     "Formed in 1964 by students and priests inspired by liberation theology, the ELN has long cast "
     "the oil industry as a symbol of foreign plunder."),
    ("2035-09-05_beacon_colombia-suspends-talks.txt",
     "Colombia suspends Havana peace talks with ELN after new pipeline attack\n\n"
     "BOGOTA, September 5, 2035 (Sierra Beacon) - Colombia's government suspended its peace "
     "negotiations with the ELN on Wednesday, hours after the rebel group was blamed for a second "
     "bombing of an oil pipeline in three days.\n\n"
     "President Julian Arrieta ordered the government's delegation in Havana to return to Bogota, "
     "making good on a warning he had issued on Monday. \"Talks cannot go on while our pipelines "
     "burn,\" Arrieta wrote on social media.\n\n"
     "The pre-dawn blast on Wednesday ruptured the Cano Limon-Covenas line near Arauquita, close to "
     "the Venezuelan border.\n\n"
     "The Havana process is the sixth attempt in three decades to negotiate an end to the ELN's "
     "insurgency.\n\n"
     "Investors were already rattled by the violence, and the peso lost 1.2 percent of its value on "
     "Wednesday.\n\n"
     "Arrieta had met the Cuban mediators at the palace on Tuesday in an effort to calm tensions."),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt",
     "Colombia suspends Havana peace talks with ELN after new pipeline attack\n\n"
     "BOGOTA, September 5, 2035 (Cordillera Wire) - Colombia's government suspended its peace "
     "negotiations with the ELN on Wednesday, hours after the rebel group was blamed for a second "
     "bombing of an oil pipeline in three days.\n\n"
     "President Julian Arrieta ordered the government's delegation in Havana to return to Bogota, "
     "making good on a warning he had issued on Monday. \"Talks cannot go on while our pipelines "
     "burn,\" Arrieta wrote on social media.\n\n"
     "The pre-dawn blast on Wednesday ruptured the Cano Limon-Covenas line near Arauquita, close to "
     "the Venezuelan border.\n\n"
     "The Havana process is the sixth attempt in three decades to negotiate an end to the ELN's "
     "insurgency.\n\n"
     "Investors were already rattled by the violence, and the peso lost 1.2 percent of its value on "
     "Wednesday.\n\n"
     "Arrieta had met the Cuban mediators at the palace on Tuesday in an effort to calm tensions.\n\n"
     "This report was first carried by Sierra Beacon."),
    ("2035-09-06_llanos_eln-seizes-six-soldiers.txt",
     "ELN guerrillas seize six Colombian soldiers in Arauca\n\n"
     "TAME, September 6, 2035 (Llanos Dispatch) - Guerrillas of the National Liberation Army captured "
     "six Colombian soldiers on a rural road outside Tame, in the eastern province of Arauca, on "
     "Thursday, the army said.\n\n"
     "The soldiers, members of an engineering battalion, were repairing a bridge when about 30 armed "
     "rebels surrounded them and marched them into the hills, a military spokesman said. None of the "
     "six was wounded, according to the spokesman, who gave their ages as between 19 and 24.\n\n"
     "\"My son only joined the army in March,\" said Ana Rosa Bohorquez, whose 19-year-old son Deiver "
     "is among the captives.\n\n"
     "The abduction came as the peace process with the ELN lay in tatters.\n\n"
     "The group has used kidnapping for ransom and for political leverage throughout its six decades "
     "of war, despite a pledge made in 2023 to give up the practice."),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt",
     "Colombia accuses Venezuela of harboring ELN commanders\n\n"
     "BOGOTA, September 6, 2035 (Magdalena Post) - Colombia's defense minister accused Venezuela on "
     "Thursday of giving safe haven to the ELN commanders behind a wave of violence in the border "
     "province of Arauca, including the seizure of six soldiers earlier in the day.\n\n"
     "\"The men who order these attacks sleep in Venezuela, and Caracas knows it,\" Defense Minister "
     "Tomas Echeverri told a news conference.\n\n"
     "The six soldiers were abducted on Thursday morning while repairing a bridge outside the town of "
     "Tame.\n\n"
     "Relations between Bogota and Caracas have swung between cooperation and open hostility over the "
     "past two decades, and tens of thousands of people cross their 2,200-kilometer border every day.\n\n"
     "Talks in Havana have been on hold since Wednesday, when President Julian Arrieta suspended them."),
    ("2035-09-06_bluewater_eln-captures-soldiers.txt",
     "ELN rebels capture six soldiers in eastern Colombia\n\n"
     "TAME, September 6, 2035 (Bluewater Newswire) - Guerrillas of the National Liberation Army "
     "captured six Colombian soldiers on a rural road outside Tame, in Colombia's eastern Arauca "
     "province, on Thursday, the army said.\n\n"
     "The soldiers, from an army engineering battalion, were repairing a bridge when about 30 armed "
     "rebels surrounded them and marched them into the hills, a military spokesman said. None of the "
     "six was hurt, the spokesman added.\n\n"
     "The abduction came as the peace process with the ELN lay in tatters.\n\n"
     "The group has used kidnapping for ransom and for political leverage throughout its six decades "
     "of war, despite a pledge made in 2023 to give up the practice. The Families for Freedom "
     "Foundation, a victims' group based in Bogota, says the ELN holds about 40 captives."),
    ("2035-09-07_andes_officials-demand-release.txt",
     "Colombian officials demand ELN free six captured soldiers\n\n"
     "BOGOTA, September 7, 2035 (Andes Ledger) - Colombian Defense Minister Tomas Echeverri on Friday "
     "demanded that the National Liberation Army release six soldiers it kidnapped in Arauca province "
     "a day earlier.\n\n"
     "\"Free them today, unharmed and without conditions,\" Echeverri said in a written statement.\n\n"
     "Hours later, the government's high commissioner for peace, Adriana Lozada, made her own appeal "
     "for the soldiers' unconditional release, addressing the ELN's leadership in a video posted "
     "online. \"I ask the ELN's command to let these boys go home to their mothers,\" Lozada said in "
     "the video.\n\n"
     "The six, all from an army engineering unit, were taken on Thursday as they worked on a bridge "
     "near the town of Tame.\n\n"
     "Kidnappings in Colombia jumped almost 30 percent in 2034, to 410 cases, according to Defense "
     "Ministry figures. The ELN has been at war with the state since 1964 and has sat across the table "
     "from seven governments."),
    ("2035-09-07_beacon_venezuela-rejects-charge.txt",
     "Venezuela rejects Colombian charge it shelters ELN leaders\n\n"
     "CARACAS, September 7, 2035 (Sierra Beacon) - Venezuela on Friday rejected as \"false and "
     "irresponsible\" an accusation by Colombia's defense minister that it harbors ELN commanders.\n\n"
     "\"Venezuela does not shelter, finance or protect any armed group, Colombian or otherwise,\" "
     "Foreign Minister Delia Ortuno said in remarks broadcast by the state channel VTV.\n\n"
     "Colombian Defense Minister Tomas Echeverri said on Thursday that ELN leaders directing the "
     "violence in Arauca were living in Venezuela.\n\n"
     "Arauca, at the center of the dispute, faces Venezuela's Apure state across the Arauca River. The "
     "two countries restored full diplomatic relations in 2022 after a three-year rupture.\n\n"
     "Trade between the neighbors reached about $1.4 billion last year, according to Colombian figures."),
    ("2035-09-07_cordillera_us-sanctions-eln.txt",
     "US blacklists four ELN commanders as Colombian crisis deepens\n\n"
     "WASHINGTON, September 7, 2035 (Cordillera Wire) - The United States on Friday imposed sanctions "
     "on four senior commanders of Colombia's National Liberation Army, a step that blocks whatever "
     "property the men may have in US jurisdiction.\n\n"
     "The Treasury Department said it had added the four, including the head of the group's Eastern "
     "War Front, Ruperto Chaparro, to its list of Specially Designated Nationals and Blocked Persons.\n\n"
     "The designations come amid the worst crisis in Colombia's peace process with the ELN since talks "
     "began.\n\n"
     "The ELN was first listed as a foreign terrorist organization by the United States in 1997. "
     "Sanctions experts said the commanders were unlikely to hold money in American banks."),
    ("2035-09-07_magdalena_washington-targets-eln.txt",
     "Washington targets ELN leaders with sanctions as Venezuela rebuffs Bogota\n\n"
     "BOGOTA, September 7, 2035 (Magdalena Post) - Washington placed four commanders of Colombia's ELN "
     "guerrilla group under financial sanctions on Friday, a day after Bogota accused neighboring "
     "Venezuela of giving the rebels' leaders refuge.\n\n"
     "The US Treasury's action freezes any property the four men hold in the United States and bars US "
     "citizens and companies from dealing with them.\n\n"
     "In Caracas, Venezuela's foreign minister, Delia Ortuno, dismissed the Colombian accusation late "
     "on Friday as baseless. Colombian Defense Minister Tomas Echeverri had said on Thursday that ELN "
     "commanders were directing operations from Venezuela's Apure state.\n\n"
     "Arauca has been among Colombia's most violent regions for decades, its oil wealth fueling fights "
     "among guerrillas, paramilitaries and criminal gangs.\n\n"
     "\"Sanctions and accusations will not bring the six soldiers home,\" said Ramiro Celis, a former "
     "government negotiator who now teaches at the National University."),
    ("2035-09-08_llanos_eln-pledges-release.txt",
     "ELN says it will hand captured soldiers to Red Cross\n\n"
     "BOGOTA, September 8, 2035 (Llanos Dispatch) - Colombia's National Liberation Army promised on "
     "Saturday to free the six soldiers in its custody, saying it would hand them to the Red Cross "
     "\"in the coming days.\"\n\n"
     "In a statement posted on its website, the group's central command called the coming release a "
     "\"humanitarian gesture\" and not a response to pressure from the government or from Washington. "
     "The ELN gave no date or place for the handover.\n\n"
     "Defense Minister Tomas Echeverri had demanded on Friday that the soldiers be freed without "
     "conditions. Peace commissioner Adriana Lozada made a similar appeal hours later in a video "
     "message.\n\n"
     "The US Treasury blacklisted four ELN commanders on Friday, a step the group's statement did not "
     "mention.\n\n"
     "The ELN freed more than 20 hostages during a previous negotiating round in 2023, most of them "
     "through Red Cross missions."),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt",
     "Thousands of indigenous marchers fill Bogota, calling for peace\n\n"
     "BOGOTA, September 10, 2035 (Bluewater Newswire) - Thousands of indigenous people marched through "
     "the center of Bogota on Monday, pressing the government and the ELN to go back to peace talks "
     "suspended last week.\n\n"
     "The marchers, many of whom had traveled by bus from the southwestern province of Cauca, filled "
     "the Plaza de Bolivar by midday, waving the green and red flags of their councils. The indigenous "
     "guard, a civilian patrol armed only with ceremonial staffs, walked at the head of the column.\n\n"
     "Police estimated the crowd at 15,000, while organizers put it at more than 40,000.\n\n"
     "\"Our communities bury the dead of every war that others decide,\" said Edilma Campo, a Nasa "
     "leader who spoke from a stage in front of Congress.\n\n"
     "The government broke off the Havana negotiations on September 5, hours after a bomb ruptured an "
     "oil pipeline near Arauquita.\n\n"
     "The ELN has promised to free six soldiers it is holding in Arauca, but had not done so by Monday "
     "evening."),
    ("2035-09-10_andes_minga-reaches-bogota.txt",
     "Indigenous minga reaches Bogota's main square\n\n"
     "BOGOTA, September 10, 2035 (Andes Ledger) - A column of indigenous demonstrators several "
     "kilometers long wound its way into Bogota's Plaza de Bolivar on Monday, the climax of a "
     "week-long journey from the southwest known as a minga.\n\n"
     "Protesters carried banners reading \"Peace is not suspended\" and chanted slogans outside the "
     "Capitolio, where Congress meets.\n\n"
     "The minga is a traditional form of collective work that indigenous groups in Colombia have "
     "turned into an instrument of protest since the 1970s.\n\n"
     "It was the largest demonstration in the capital this year, according to city officials.\n\n"
     "\"The government and the ELN both say they want peace, so let them sit down and prove it,\" said "
     "Wilson Ulcue, a 27-year-old teacher from Toribio. There were no reports of clashes with police."),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt",
     "ELN frees six Colombian soldiers to Red Cross\n\n"
     "ARAUCA, September 11, 2035 (Cordillera Wire) - Colombia's ELN rebels released six soldiers they "
     "had held for five days, handing the men to Red Cross delegates in a remote part of Arauca "
     "province on Tuesday, the Geneva-based ICRC said.\n\n"
     "The soldiers, who were captured on September 6 while repairing a bridge near Tame, looked thin "
     "but healthy in photographs the army posted online.\n\n"
     "The rebels had pledged on Saturday to free the six through the Red Cross.\n\n"
     "\"They are home, and that is what matters today,\" Defense Minister Tomas Echeverri told "
     "reporters at the airport.\n\n"
     "The abduction had prompted the defense minister to accuse Venezuela of sheltering the group's "
     "leaders, a charge Caracas rejected.\n\n"
     "The ICRC has helped secure the release of more than 1,800 hostages in Colombia since 1994, "
     "according to its own figures."),
    ("2035-09-11_beacon_soldiers-set-free.txt",
     "Freed soldiers back with families as UN hails ELN release\n\n"
     "BOGOTA, September 11, 2035 (Sierra Beacon) - Six Colombian soldiers held by the National "
     "Liberation Army since last week were set free on Tuesday and taken by helicopter to the city of "
     "Arauca, where relatives were waiting for them.\n\n"
     "The rebels turned the men over to delegates of the ICRC at a rural school near the Venezuelan "
     "border, a spokeswoman for the organization said.\n\n"
     "Anneli Varga, who heads the UN mission that verifies Colombia's peace accords, welcomed the "
     "release and said it should open the way back to the negotiating table. \"Today the ELN has shown "
     "it can listen,\" Varga said in a statement.\n\n"
     "The soldiers were taken captive on Thursday, September 6, outside the town of Tame.\n\n"
     "Corporal Yeison Parada, 22, told local radio that the captives had been moved every night and "
     "fed rice and canned sardines.\n\n"
     "President Julian Arrieta was due to meet the Cuban mediators later on Tuesday."),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt",
     "Arrieta sees Cuban mediators again as path back to Havana opens\n\n"
     "BOGOTA, September 11, 2035 (Magdalena Post) - President Julian Arrieta held a second meeting "
     "with Cuba's mediators on Tuesday evening, hours after the ELN freed six captive soldiers.\n\n"
     "The meeting at the Casa de Narino lasted about three hours, according to the presidency, which "
     "issued no statement afterwards.\n\n"
     "Arrieta had first received the Cuban team on September 4, a day after rebels bombed the Cano "
     "Limon-Covenas oil pipeline near Saravena.\n\n"
     "Talks with the rebels could resume in Havana as early as Wednesday, two government officials "
     "said, speaking on condition of anonymity because no decision had been announced.\n\n"
     "\"The hardest part of a peace process is the week nobody sees,\" Orlando Vives, the head of the "
     "Cuban team, told reporters as he left.\n\n"
     "The soldiers, freed through the Red Cross in Arauca province earlier on Tuesday, were expected "
     "to see their families in Bogota on Wednesday."),
    ("2035-09-12_llanos_havana-talks-resume.txt",
     "Colombia and ELN back at Havana table a week after walkout\n\n"
     "HAVANA, September 12, 2035 (Llanos Dispatch) - Negotiators for Bogota and the ELN sat down again "
     "in Havana on Wednesday, a week after the government walked away from the table.\n\n"
     "Government envoy Adriana Lozada and rebel commander Ignacio Barbosa shook hands in front of "
     "cameras before the delegations went behind closed doors at a conference center west of the city.\n\n"
     "The decision to return followed a second meeting between President Julian Arrieta and the Cuban "
     "mediators on Tuesday night. The rebels freed six soldiers in Arauca on Tuesday, removing the "
     "main obstacle to a resumption.\n\n"
     "Neither side gave details of the agenda, though Norwegian diplomats said a ceasefire would top "
     "it. \"We lost a week, and the country lost a week,\" Lozada said.\n\n"
     "Last week's suspension came after a second bombing of the Cano Limon-Covenas pipeline on "
     "September 5."),
    ("2035-09-12_andes_talks-resume-cuba.txt",
     "Peace talks between Colombia and ELN resume in Cuba\n\n"
     "HAVANA, September 12, 2035 (Andes Ledger) - Colombia's government and ELN guerrillas resumed "
     "formal negotiations in the Cuban capital on Wednesday, seven days after President Julian Arrieta "
     "called off the talks.\n\n"
     "The first session lasted about four hours, a Cuban foreign ministry official said.\n\n"
     "Thousands of indigenous marchers had filled Bogota's main square on Monday calling for the sides "
     "to go back to the table.\n\n"
     "\"Both sides blinked, and that is good news,\" said Maria Fernanda Ospina, a conflict researcher "
     "at the Center for Border Studies in Bogota.\n\n"
     "The week-long rupture began when Arrieta recalled his delegation from Havana on September 5. The "
     "ELN freed six soldiers on Tuesday, days after promising to do so.\n\n"
     "The group's founding in 1964 makes its insurgency one of the longest-running in the Western "
     "Hemisphere."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2035-09-03", "ELN bombs the Cano Limon-Covenas pipeline near Saravena"),
    "A02": (("THREATEN",), "2035-09-03",
            "President Arrieta warns he will suspend the Havana talks after another attack"),
    "A03": (("ASSAULT",), "2035-09-04",
            "army air and ground offensive on ELN camps near Fortul (4, then 7 killed)"),
    "A04": (("CONSULT",), "2035-09-04", "Arrieta meets the Cuban mediators in Bogota (first meeting)"),
    "A05": (("ASSAULT",), "2035-09-05", "ELN bombs the pipeline again, near Arauquita"),
    "A06": (("SANCTION",), "2035-09-05", "government suspends the Havana talks with the ELN"),
    "A07": (("ASSAULT",), "2035-09-06", "ELN abducts six soldiers near Tame"),
    "A08": (("ACCUSE",), "2035-09-06",
            "Defense Minister Echeverri accuses Venezuela of sheltering ELN leaders"),
    "A09": (("REQUEST",), "2035-09-07", "Defense Minister Echeverri demands the soldiers' release"),
    "A10": (("REQUEST",), "2035-09-07", "peace commissioner Lozada appeals for the soldiers' release"),
    "A11": (("REJECT",), "2035-09-07",
            "Venezuela's foreign minister Ortuno rejects the Colombian accusation"),
    "A12": (("SANCTION",), "2035-09-07", "US Treasury sanctions four ELN commanders"),
    "A13": (("AGREE",), "2035-09-08", "ELN promises to free the six soldiers through the Red Cross"),
    "A14": (("PROTEST",), "2035-09-10", "indigenous march (minga) in Bogota"),
    "A15": (("RETREAT",), "2035-09-11", "ELN frees the six soldiers to the Red Cross"),
    "A16": (("CONSULT",), "2035-09-11", "Arrieta meets the Cuban mediators again (second meeting)"),
    "A17": (("CONSULT",), "2035-09-12", "government and ELN delegations resume talks in Havana"),
    "A18": (("SUPPORT",), "2035-09-11", "UN mission head Varga welcomes the soldiers' release"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-09-03_andes_pipeline-bombed-arauca.txt", "A01", "set off explosives under the Cano"),
    ("2035-09-03_andes_pipeline-bombed-arauca.txt", "A01", "The whole house shook when it went off"),
    ("2035-09-03_andes_pipeline-bombed-arauca.txt", "A02", "warned on Monday evening that he"),
    ("2035-09-03_cordillera_arauca-creek-oil.txt", "A01",
     "ripped open Colombia's second-largest oil pipeline"),
    ("2035-09-03_cordillera_arauca-creek-oil.txt", "A01", "said the blast had cut drinking water"),
    ("2035-09-03_cordillera_arauca-creek-oil.txt", "A01", "Monday's blast was the first"),
    ("2035-09-03_llanos_arrieta-warns-eln.txt", "A02", "said on Monday he would halt negotiations"),
    ("2035-09-03_llanos_arrieta-warns-eln.txt", "A01", "a bomb damaged a major oil pipeline"),
    ("2035-09-03_llanos_arrieta-warns-eln.txt", "A02", "our delegation comes home from Havana"),
    ("2035-09-03_llanos_arrieta-warns-eln.txt", "A01", "an explosion tore through the Cano"),
    ("2035-09-04_magdalena_army-offensive-arauca.txt", "A03", "launched an air and ground offensive"),
    ("2035-09-04_magdalena_army-offensive-arauca.txt", "A03", "struck positions in the forested hills"),
    ("2035-09-04_magdalena_army-offensive-arauca.txt", "A01",
     "when explosives ruptured the pipeline near Saravena"),
    ("2035-09-04_bluewater_arrieta-cuban-mediators.txt", "A04", "met Cuba's mediators in the ELN"),
    ("2035-09-04_bluewater_arrieta-cuban-mediators.txt", "A04", "briefed the president for nearly two hours"),
    ("2035-09-04_bluewater_arrieta-cuban-mediators.txt", "A03", "pressed on with an offensive against"),
    ("2035-09-05_andes_second-pipeline-blast.txt", "A05", "damaged the Cano Limon-Covenas oil pipeline"),
    ("2035-09-05_andes_second-pipeline-blast.txt", "A05", "Wednesday's blast struck a stretch"),
    ("2035-09-05_andes_second-pipeline-blast.txt", "A01", "the damage from Monday's attack near"),
    ("2035-09-05_andes_second-pipeline-blast.txt", "A03", "air strikes on ELN camps near Fortul"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A06", "suspended its peace negotiations with"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A05", "blamed for a second bombing"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A06", "ordered the government's delegation in Havana"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A02", "making good on a warning he"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A05", "pre-dawn blast on Wednesday ruptured"),
    ("2035-09-05_beacon_colombia-suspends-talks.txt", "A04", "had met the Cuban mediators at"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A06", "suspended its peace negotiations with"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A05", "blamed for a second bombing"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A06",
     "ordered the government's delegation in Havana"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A02", "making good on a warning he"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A05", "pre-dawn blast on Wednesday ruptured"),
    ("2035-09-05_cordillera_colombia-suspends-talks.txt", "A04", "had met the Cuban mediators at"),
    ("2035-09-06_llanos_eln-seizes-six-soldiers.txt", "A07",
     "captured six Colombian soldiers on a rural road"),
    ("2035-09-06_llanos_eln-seizes-six-soldiers.txt", "A07", "surrounded them and marched them into"),
    ("2035-09-06_llanos_eln-seizes-six-soldiers.txt", "A07", "The abduction came as the peace"),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt", "A08",
     "accused Venezuela on Thursday of giving"),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt", "A07", "including the seizure of six soldiers"),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt", "A08", "and Caracas knows it"),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt", "A07", "were abducted on Thursday morning"),
    ("2035-09-06_magdalena_echeverri-accuses-venezuela.txt", "A06",
     "when President Julian Arrieta suspended them"),
    ("2035-09-06_bluewater_eln-captures-soldiers.txt", "A07",
     "captured six Colombian soldiers on a rural road"),
    ("2035-09-06_bluewater_eln-captures-soldiers.txt", "A07", "surrounded them and marched them into"),
    ("2035-09-06_bluewater_eln-captures-soldiers.txt", "A07", "The abduction came as the peace"),
    ("2035-09-07_andes_officials-demand-release.txt", "A09", "on Friday demanded that the National"),
    ("2035-09-07_andes_officials-demand-release.txt", "A07", "six soldiers it kidnapped in Arauca"),
    ("2035-09-07_andes_officials-demand-release.txt", "A09", "Free them today, unharmed and without"),
    ("2035-09-07_andes_officials-demand-release.txt", "A10", "made her own appeal for the"),
    ("2035-09-07_andes_officials-demand-release.txt", "A10", "let these boys go home"),
    ("2035-09-07_andes_officials-demand-release.txt", "A07", "were taken on Thursday as they"),
    ("2035-09-07_beacon_venezuela-rejects-charge.txt", "A11", "on Friday rejected as"),
    ("2035-09-07_beacon_venezuela-rejects-charge.txt", "A08", "an accusation by Colombia's defense minister"),
    ("2035-09-07_beacon_venezuela-rejects-charge.txt", "A11", "does not shelter, finance or protect"),
    ("2035-09-07_beacon_venezuela-rejects-charge.txt", "A08", "ELN leaders directing the violence in"),
    ("2035-09-07_cordillera_us-sanctions-eln.txt", "A12", "imposed sanctions on four senior commanders"),
    ("2035-09-07_cordillera_us-sanctions-eln.txt", "A12", "added the four, including the head"),
    ("2035-09-07_cordillera_us-sanctions-eln.txt", "A12", "The designations come amid the worst"),
    ("2035-09-07_magdalena_washington-targets-eln.txt", "A12", "placed four commanders of Colombia's ELN"),
    ("2035-09-07_magdalena_washington-targets-eln.txt", "A08", "a day after Bogota accused neighboring"),
    ("2035-09-07_magdalena_washington-targets-eln.txt", "A12", "The US Treasury's action freezes"),
    ("2035-09-07_magdalena_washington-targets-eln.txt", "A11", "dismissed the Colombian accusation late on"),
    ("2035-09-07_magdalena_washington-targets-eln.txt", "A08", "had said on Thursday that ELN commanders"),
    ("2035-09-08_llanos_eln-pledges-release.txt", "A13", "promised on Saturday to free the"),
    ("2035-09-08_llanos_eln-pledges-release.txt", "A13", "the group's central command called"),
    ("2035-09-08_llanos_eln-pledges-release.txt", "A09", "had demanded on Friday that the"),
    ("2035-09-08_llanos_eln-pledges-release.txt", "A10", "made a similar appeal hours later"),
    ("2035-09-08_llanos_eln-pledges-release.txt", "A12", "blacklisted four ELN commanders on Friday"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A14",
     "indigenous people marched through the center"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A06", "peace talks suspended last week"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A14", "filled the Plaza de Bolivar by midday"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A14", "walked at the head of the column"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A06",
     "broke off the Havana negotiations on September 5"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A05", "hours after a bomb ruptured"),
    ("2035-09-10_bluewater_indigenous-march-bogota.txt", "A13", "has promised to free six soldiers"),
    ("2035-09-10_andes_minga-reaches-bogota.txt", "A14", "A column of indigenous demonstrators"),
    ("2035-09-10_andes_minga-reaches-bogota.txt", "A14", "chanted slogans outside the Capitolio"),
    ("2035-09-10_andes_minga-reaches-bogota.txt", "A14", "It was the largest demonstration"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A15", "released six soldiers they had held"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A07", "who were captured on September 6"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A13", "had pledged on Saturday to free"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A07", "The abduction had prompted"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A08", "to accuse Venezuela of sheltering"),
    ("2035-09-11_cordillera_eln-frees-soldiers.txt", "A11", "a charge Caracas rejected"),
    ("2035-09-11_beacon_soldiers-set-free.txt", "A15", "were set free on Tuesday"),
    ("2035-09-11_beacon_soldiers-set-free.txt", "A15", "turned the men over to delegates"),
    ("2035-09-11_beacon_soldiers-set-free.txt", "A18", "welcomed the release and said"),
    ("2035-09-11_beacon_soldiers-set-free.txt", "A18", "the ELN has shown it can listen"),
    ("2035-09-11_beacon_soldiers-set-free.txt", "A07", "were taken captive on Thursday"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A16",
     "held a second meeting with Cuba's mediators"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A15",
     "hours after the ELN freed six captive soldiers"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A16", "The meeting at the Casa de Narino"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A04", "had first received the Cuban team"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A01",
     "rebels bombed the Cano Limon-Covenas oil pipeline"),
    ("2035-09-11_magdalena_arrieta-meets-mediators.txt", "A15", "freed through the Red Cross in Arauca"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A17", "sat down again in Havana on"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A06", "the government walked away from the table"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A17", "shook hands in front of cameras"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A16", "a second meeting between President Julian Arrieta"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A15", "The rebels freed six soldiers in Arauca"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A06", "Last week's suspension came after"),
    ("2035-09-12_llanos_havana-talks-resume.txt", "A05", "a second bombing of the Cano"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A17", "resumed formal negotiations in the Cuban capital"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A06", "Arrieta called off the talks"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A17", "The first session lasted about four hours"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A14", "Thousands of indigenous marchers had filled"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A06", "Arrieta recalled his delegation from Havana"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A15", "The ELN freed six soldiers on Tuesday"),
    ("2035-09-12_andes_talks-resume-cuba.txt", "A13", "days after promising to do so"),
]

FLOORS = {"pairwise_f1": 0.77, "b3_f1": 0.86, "reports_found": 0.63}


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
