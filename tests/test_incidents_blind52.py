"""Blind incident batch 52: ten days of tension in northern Kosovo, for scoring how the pipeline groups reports.

A synthetic batch of news documents from six outlets about one crisis, so that a system that groups reports of
the same real-world act into one incident can be scored. The theme: armed men ambush a Kosovo police patrol near
the Jarinje border crossing (one officer killed; the number of wounded is revised), Pristina closes the Jarinje
and Brnjak crossings and arrests Serb suspects, Belgrade raises its army's readiness and Serbia's president
denounces the arrests, KFOR sends reinforcements north, the EU summons both sides to talks in Brussels, the US
and the EU threaten measures, the negotiators meet, Kosovo frees two detained Serbs and reopens one crossing,
Serb protesters block roads twice, the police clear the barricades after an ultimatum, and a second shooting at
a patrol near Zubin Potok is followed by another arrest.

Everything in it is synthetic: the six outlets (Northgate Wire, Meridian Dispatch, Harbour Ledger, Crossroads
Courier, Pinewood Standard, Bluestone Herald) and every person are invented, the countries and places are real,
the events never happened and the dates (September 9 to 18, 2034) are in the future. 25 documents, 22 gold acts
and 160 reports; one document is a verbatim syndicated copy (Harbour Ledger of Northgate Wire, September 11) and
one a lightly edited copy (Bluestone Herald of Meridian Dispatch, September 15). Look-alikes: two days of Serb
roadblocks (11th and 16th), two shootings at police patrols (9th and 17th), two rounds of arrests by the Kosovo
police (10th and 18th), two denunciations by Serbia's president (11th and 18th), two calls for calm on one day by
different speakers (NATO and EU, 10th), two threats of measures on one day by different speakers (US and EU,
13th), a police ultimatum to clear the barricades (16th) and the clearance itself (17th), the crossings closed
(9th) and one of them reopened (15th), arrests (10th) and releases (15th); figures change between reports (two
officers wounded, then three; four men arrested, then six).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target
on one day; a day's roadblocks by the Serb protesters (barricades on several roads across the north) are one act,
and so is a day's clearance of barricades by the police. Types follow CAMEO2PLOVER-2021; a second type is given
only where the codebook allows two readings: the closure of the crossings is COERCE (restricting movement) or
SANCTION (cutting ties), and KFOR's reinforcements are MOBILIZE (more forces deployed) or AID (military protection
and peacekeeping). REPORTS lists every body sentence that reports an act that happened, background recaps in
later reports included ("a day after Serb protesters barricaded roads ..."), with a cue found once in its file;
headlines are not listed; a syndicated or edited copy has its own entries. Planned, promised-but-not-yet-done,
threatened, conditional, hypothetical and denied acts, acts more than a year before, statistics, tallies and
opinions are not listed (a promise is itself AGREE and a threat THREATEN; the threatened act is not an act until
it happens: the police ultimatum is THREATEN on the 16th and the clearance COERCE on the 17th).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until
the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus
and tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data,
or any other blind batch.

FIRST RUN, held back and never read (written by a helper at the start of the sixteenth session (2026-12-02)):
run once at its start, on its starting code (b4dd1c3): **pairwise F1 0.886** (precision 0.985, recall 0.805),
B-cubed F1 0.842, reports found 0.529.
Run again at its end, on ca0a31f and on its final code 05cc5ab (the same figures both times): **pairwise F1 0.883**
(precision 0.985, recall 0.801), B-cubed F1 0.837, reports found 0.529. Which of the session's changes moved it was
not read.
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
    ("2034-09-09_northgate_officer-killed-jarinje.txt",
     "Gunmen kill Kosovo police officer in ambush near Jarinje\n\n"
     "PRISTINA, September 9, 2034 (Northgate Wire) - Armed men ambushed a Kosovo police patrol near the Jarinje "
     "border crossing before dawn on Saturday, killing one officer and wounding two others, police said.\n\n"
     "The attackers fired automatic weapons from a wooded ridge above the road and then escaped on foot to the "
     "Serbian side, police spokeswoman Arta Zeqiraj told reporters in Pristina.\n\n"
     "Sergeant Lulzim Hoxholli, 31, died at the scene, and the two injured officers were flown by helicopter to the "
     "university hospital in the capital.\n\n"
     "Hours later the government ordered the Jarinje and Brnjak crossings closed to all traffic until further "
     "notice.\n\n"
     "Prime Minister Ilir Dushaj's office said he would address the nation later on Saturday.\n\n"
     "No group claimed responsibility, and Serbia's government did not immediately comment.\n\n"
     "The north of Kosovo, where most residents are ethnic Serbs who reject Pristina's authority, has seen repeated "
     "flare-ups since Kosovo broke away from Serbia in 2008."),
    ("2034-09-09_meridian_crossings-shut.txt",
     "Kosovo shuts two crossings with Serbia after deadly attack on patrol\n\n"
     "NORTH MITROVICA, September 9, 2034 (Meridian Dispatch) - Kosovo closed its two busiest crossings with Serbia "
     "on Saturday, hours after gunmen killed a police officer on a road leading to the Jarinje checkpoint.\n\n"
     "Long lines of trucks formed on the Serbian side near Raska after Kosovo border police turned back vehicles at "
     "Jarinje and Brnjak from midday, drivers said.\n\n"
     "One officer was killed and two were wounded when attackers hiding in woodland sprayed their vehicle with "
     "gunfire, according to a police statement.\n\n"
     "Interior Minister Valon Krelani told the Meridian Dispatch that the crossings would stay shut until "
     "investigators had established where the attackers came from.\n\n"
     "In Leposavic, the nearest town, shops closed early and few people ventured onto the streets in the afternoon."),
    ("2034-09-10_crossroads_suspects-arrested.txt",
     "Kosovo police arrest four in raids after Jarinje ambush\n\n"
     "PRISTINA, September 10, 2034 (Crossroads Courier) - Kosovo police arrested four men on Sunday in dawn raids "
     "in Zvecan and Leposavic, a day after an ambush near the Jarinje crossing left one officer dead.\n\n"
     "Police said the four, all local Serbs, were being held on suspicion of terrorism and would face a prosecutor "
     "within two days.\n\n"
     "The police now say three officers were wounded in Saturday's attack, not two as first reported, and one of "
     "them remains in a serious condition.\n\n"
     "Prime Minister Ilir Dushaj accused Belgrade on Sunday of arming and sheltering the gunmen, telling a news "
     "conference that the attack \"could not have been prepared without the knowledge of Serbian state "
     "structures.\"\n\n"
     "There was no immediate response from Belgrade to his remarks.\n\n"
     "The Jarinje and Brnjak crossings, which Pristina closed on Saturday, remained shut, and police said the "
     "closure would be reviewed daily."),
    ("2034-09-10_pinewood_calls-for-calm.txt",
     "NATO and EU urge restraint after Kosovo police killing\n\n"
     "BRUSSELS, September 10, 2034 (Pinewood Standard) - NATO Secretary General Henrik Aalvik called on Sunday for "
     "calm in northern Kosovo, urging Belgrade and Pristina to refrain from anything that might inflame tensions "
     "after the killing of a police officer.\n\n"
     "Ines Valcourt, the EU's top diplomat, made a similar appeal a few hours later, asking both sides to show "
     "restraint and let investigators do their work.\n\n"
     "In a written statement, Aalvik said KFOR, the NATO-led force in Kosovo, was following the situation "
     "closely.\n\n"
     "The death of Sergeant Lulzim Hoxholli, 31, shot near the Jarinje crossing on Saturday, was the deadliest "
     "incident in the north in more than a year.\n\n"
     "KFOR has been deployed in Kosovo since 1999, when NATO air strikes ended a war between Serbian forces and "
     "ethnic Albanian guerrillas."),
    ("2034-09-10_bluestone_zvecan-raids.txt",
     "Masked police detain Serbs in pre-dawn sweep of northern towns\n\n"
     "ZVECAN, September 10, 2034 (Bluestone Herald) - Heavily armed Kosovo police units swept through Zvecan and "
     "Leposavic before sunrise on Sunday, detaining four men in connection with the deadly ambush on a patrol the "
     "previous day.\n\n"
     "Witnesses in Zvecan said officers in balaclavas smashed their way into a flat and led two men away in "
     "handcuffs.\n\n"
     "\"They took my son in his pyjamas, like a criminal,\" one mother, Slavica, told the Bluestone Herald.\n\n"
     "Saturday's attack near Jarinje killed an officer and wounded several others, and police have given no details "
     "of how the suspects were identified.\n\n"
     "Shops in the centre of Zvecan stayed closed on Sunday and the streets were largely empty."),
    ("2034-09-11_northgate_serbia-army-alert.txt",
     "Serbia raises army readiness as president condemns Kosovo arrests\n\n"
     "BELGRADE, September 11, 2034 (Northgate Wire) - Serbia moved its army to a higher level of combat "
     "preparedness on Monday, and President Dragoslav Markovac denounced the arrest of ethnic Serbs in northern "
     "Kosovo as \"an act of hostage-taking.\"\n\n"
     "Defence Minister Nebojsa Vidakovic said units based around Raska and Kursumlija, close to Kosovo, had been "
     "ordered to full readiness and that all leave for soldiers serving in them had been cancelled.\n\n"
     "Kosovo police said on Monday that six people, not four as first reported, had been detained in Sunday's raids "
     "linked to the ambush near the Jarinje crossing.\n\n"
     "Markovac, speaking on state television, said the detained men were innocent and that Pristina was using the "
     "ambush as a pretext to drive Serbs out of the north.\n\n"
     "The Kosovo government said the detentions had been carried out on the basis of court warrants.\n\n"
     "Serbia has never recognised the independence Kosovo declared in 2008 and keeps close ties with the "
     "Serb-majority municipalities in the north."),
    ("2034-09-11_harbourledger_serbia-army-alert.txt",
     "Serbia raises army readiness as president condemns Kosovo arrests\n\n"
     "BELGRADE, September 11, 2034 (Northgate Wire) - Serbia moved its army to a higher level of combat "
     "preparedness on Monday, and President Dragoslav Markovac denounced the arrest of ethnic Serbs in northern "
     "Kosovo as \"an act of hostage-taking.\"\n\n"
     "Defence Minister Nebojsa Vidakovic said units based around Raska and Kursumlija, close to Kosovo, had been "
     "ordered to full readiness and that all leave for soldiers serving in them had been cancelled.\n\n"
     "Kosovo police said on Monday that six people, not four as first reported, had been detained in Sunday's raids "
     "linked to the ambush near the Jarinje crossing.\n\n"
     "Markovac, speaking on state television, said the detained men were innocent and that Pristina was using the "
     "ambush as a pretext to drive Serbs out of the north.\n\n"
     "The Kosovo government said the detentions had been carried out on the basis of court warrants.\n\n"
     "Serbia has never recognised the independence Kosovo declared in 2008 and keeps close ties with the "
     "Serb-majority municipalities in the north."),
    ("2034-09-11_meridian_roads-blocked.txt",
     "Serb protesters barricade roads in northern Kosovo\n\n"
     "LEPOSAVIC, September 11, 2034 (Meridian Dispatch) - Hundreds of Serb protesters blocked main roads across "
     "northern Kosovo on Monday with trucks, tractors and gravel, demanding freedom for the men detained after "
     "Saturday's attack on a police patrol.\n\n"
     "Barricades went up on the road from Leposavic to Jarinje and on the route between Zubin Potok and the Brnjak "
     "crossing, both of which have been shut by Kosovo authorities since the weekend.\n\n"
     "Protest organiser Dejan Rakitovac told the crowd in Leposavic that the blockades would stay until \"every one "
     "of our people is free.\"\n\n"
     "Kosovo police said they were watching the roadblocks from a distance.\n\n"
     "Police now say six men were picked up in Sunday's sweep, which followed the killing of Sergeant Lulzim "
     "Hoxholli."),
    ("2034-09-12_pinewood_kfor-reinforcements.txt",
     "KFOR sends extra troops to northern Kosovo\n\n"
     "PRISTINA, September 12, 2034 (Pinewood Standard) - The NATO-led peacekeeping force in Kosovo, KFOR, sent "
     "several hundred additional troops into the north on Tuesday, a day after Serb protesters barricaded roads "
     "leading to two closed border crossings.\n\n"
     "KFOR commander Major General Alessio Brandimarte said the reinforcements, drawn from reserve units already in "
     "the country, had taken up positions near Jarinje and Brnjak and on the bridge over the Ibar in Mitrovica.\n\n"
     "\"Our mission is to guarantee a safe and secure environment for everyone in Kosovo,\" Brandimarte told "
     "reporters at KFOR headquarters in Pristina.\n\n"
     "On Monday Belgrade put its troops on higher alert, and Serbian armoured vehicles were seen moving along roads "
     "south of Raska, according to residents."),
    ("2034-09-12_bluestone_eu-summons-talks.txt",
     "EU summons Belgrade and Pristina to emergency talks\n\n"
     "BRUSSELS, September 12, 2034 (Bluestone Herald) - The European Union on Tuesday summoned Kosovo and Serbia to "
     "emergency talks in Brussels, seeking to halt a spiral of violence and recrimination that began with "
     "Saturday's deadly ambush near Jarinje.\n\n"
     "The EU's special representative for the dialogue, Marek Dobrovsky, said he had invited the chief negotiators "
     "of both sides to meet him on Thursday.\n\n"
     "\"The invitation is not optional,\" one EU diplomat told the Bluestone Herald, declining to be identified.\n\n"
     "The move followed an appeal for restraint by the bloc's foreign policy chief, Ines Valcourt, on Sunday.\n\n"
     "Neither government had responded publicly by Tuesday evening."),
    ("2034-09-12_northgate_kfor-eu-roundup.txt",
     "Peacekeepers reinforce north as EU calls Kosovo, Serbia to Brussels\n\n"
     "PRISTINA, September 12, 2034 (Northgate Wire) - NATO peacekeepers moved reinforcements into northern Kosovo "
     "on Tuesday while the European Union called the two sides to crisis talks, as pressure mounted to contain the "
     "worst tensions in the region in years.\n\n"
     "KFOR said extra soldiers and armoured vehicles had been deployed along the road to Jarinje, where Serb "
     "demonstrators had blocked traffic a day earlier.\n\n"
     "In Brussels, an EU spokesman said the bloc's envoy expected delegations from Pristina and Belgrade on "
     "Thursday.\n\n"
     "Saturday's attack, in which one officer was killed and three were wounded, has been followed by the arrest of "
     "six Serbs, a move Belgrade has condemned."),
    ("2034-09-13_crossroads_us-warns.txt",
     "US warns of consequences for those stoking violence in Kosovo\n\n"
     "WASHINGTON, September 13, 2034 (Crossroads Courier) - The United States said on Wednesday it was ready to "
     "take measures, including possible sanctions, against anyone found to be fuelling violence in northern Kosovo, "
     "following the deadly ambush of a police patrol last weekend.\n\n"
     "State Department spokesman Nathan Oakridge told a regular briefing that Washington was \"prepared to use "
     "every tool available\" against those behind the attack and those blocking roads.\n\n"
     "Serbia put its army on alert on Monday.\n\n"
     "On Tuesday KFOR, the NATO-led mission, brought hundreds more troops into the north.\n\n"
     "The crossings at Jarinje and Brnjak, closed by Kosovo since Saturday, remain shut to traffic."),
    ("2034-09-13_meridian_eu-threatens-measures.txt",
     "EU warns Kosovo and Serbia of measures if crisis talks fail\n\n"
     "BRUSSELS, September 13, 2034 (Meridian Dispatch) - Ines Valcourt, who heads EU foreign policy, warned Kosovo "
     "and Serbia on Wednesday that they could face financial and political measures if they failed to turn up for "
     "crisis talks in Brussels or took further steps that raised tensions.\n\n"
     "She told the European Parliament's foreign affairs committee that pre-accession funds for both could be "
     "frozen, adding that \"patience in the member states is running out.\"\n\n"
     "Washington, for its part, threatened sanctions on Wednesday against anyone fuelling violence in the "
     "region.\n\n"
     "The bloc's envoy, Marek Dobrovsky, on Tuesday invited negotiators from both capitals to meet him on "
     "Thursday.\n\n"
     "Protesters in the north of Kosovo blocked roads on Monday in anger at the arrest of six Serbs over the fatal "
     "shooting of a policeman on Saturday."),
    ("2034-09-14_northgate_brussels-talks.txt",
     "Kosovo and Serbia negotiators meet in Brussels under EU pressure\n\n"
     "BRUSSELS, September 14, 2034 (Northgate Wire) - Negotiators from Kosovo and Serbia held nearly six hours of "
     "talks in Brussels on Thursday, their first meeting since gunmen killed a Kosovo police officer near the "
     "border last Saturday.\n\n"
     "Kosovo's deputy prime minister, Drilona Kastrati, and Serbia's chief negotiator, Petar Lazukic, faced each "
     "other across one table for part of the session, with EU envoy Marek Dobrovsky in the chair, an EU official "
     "said.\n\n"
     "Dobrovsky, speaking to journalists after the session, called the discussion \"hard going but useful\" and "
     "said both delegations would report back to their capitals.\n\n"
     "The meeting was convened after the EU summoned both sides on Tuesday.\n\n"
     "Neither side announced any agreement.\n\n"
     "Kosovo shut both crossings on Saturday, hours after the ambush."),
    ("2034-09-14_harbourledger_talks-end.txt",
     "Kosovo-Serbia crisis talks in Brussels end without agreement\n\n"
     "BRUSSELS, September 14, 2034 (Harbour Ledger) - Emergency talks between Kosovo and Serbia ended in Brussels "
     "on Thursday evening without any agreement, an EU spokesman said.\n\n"
     "Diplomats briefed on the session said the fate of the six Serbs detained since Sunday dominated much of the "
     "discussion.\n\n"
     "In Kosovo, the extra KFOR troops who arrived on Tuesday remained deployed near the Jarinje crossing.\n\n"
     "Thursday's meeting followed a warning by the EU on Wednesday that both governments could lose funding if they "
     "stayed away."),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt",
     "Kosovo frees two detained Serbs and reopens Brnjak crossing\n\n"
     "PRISTINA, September 15, 2034 (Meridian Dispatch) - Kosovo freed two of the six Serbs detained over last "
     "weekend's deadly ambush on a police patrol on Friday, a day after its negotiators met Serbian officials in "
     "Brussels.\n\n"
     "A prosecutor in Mitrovica said the evidence against the two men was too thin to keep them in custody, and "
     "they were driven home to Zvecan in the afternoon.\n\n"
     "Hours later border police lifted the barrier at Brnjak and let the first cars and trucks through since "
     "Saturday, although Jarinje, the busier crossing, remained shut.\n\n"
     "Interior Minister Valon Krelani described the reopening of Brnjak as a gesture of goodwill.\n\n"
     "Belgrade did not react immediately.\n\n"
     "The Jarinje and Brnjak crossings were shut on Saturday, hours after the attack, which left one officer dead "
     "and three wounded."),
    ("2034-09-15_bluestone_serbs-freed.txt",
     "Kosovo releases two Serbs, reopens one crossing to Serbia\n\n"
     "PRISTINA, September 15, 2034 (Bluestone Herald) - Kosovo on Friday freed two of the six Serbs detained over "
     "last weekend's deadly ambush on a police patrol, a day after its negotiators met Serbian officials in "
     "Brussels.\n\n"
     "A prosecutor in Mitrovica said the evidence against the pair was too thin to justify holding them, and they "
     "were driven home to Zvecan on Friday afternoon.\n\n"
     "Hours later border police lifted the barrier at Brnjak and let the first cars and trucks through since "
     "Saturday. Jarinje, the busier crossing, remained shut.\n\n"
     "Interior Minister Valon Krelani described the reopening of Brnjak as a gesture of goodwill.\n\n"
     "The two crossings were shut on Saturday, hours after the attack, which left one officer dead and three "
     "wounded."),
    ("2034-09-15_crossroads_brnjak-traffic.txt",
     "Trucks roll again at Brnjak as Kosovo eases border closure\n\n"
     "ZUBIN POTOK, September 15, 2034 (Crossroads Courier) - Traffic began moving again through the Brnjak crossing "
     "between Kosovo and Serbia on Friday after Pristina reopened it, six days after shutting it and the nearby "
     "Jarinje checkpoint in response to a fatal attack on its police.\n\n"
     "Truck driver Milan Vesovic, who had waited nearly a week in Raska with a load of building materials, said he "
     "was relieved to be moving.\n\n"
     "Jarinje remains closed, and Kosovo officials have said it will reopen only when the investigation into the "
     "ambush allows.\n\n"
     "Earlier on Friday a Kosovo prosecutor ordered the release of two Serbs detained in Sunday's raids, citing a "
     "lack of evidence."),
    ("2034-09-16_northgate_roadblocks-return.txt",
     "Serbs put up new roadblocks as Kosovo keeps Jarinje shut\n\n"
     "NORTH MITROVICA, September 16, 2034 (Northgate Wire) - Serb protesters blocked roads in several parts of "
     "northern Kosovo again on Saturday, angered that Jarinje remained closed and that four men were still in "
     "custody a week after the deadly ambush at Jarinje.\n\n"
     "Protesters parked trucks across the main road north of Zvecan and piled logs on the route to Jarinje.\n\n"
     "The first blockade, on Monday, lasted until late that night.\n\n"
     "Kosovo police gave the protesters 24 hours to clear the roads, warning that officers would otherwise remove "
     "the barricades themselves.\n\n"
     "On Friday Kosovo freed two detainees.\n\n"
     "It also reopened the Brnjak crossing the same day."),
    ("2034-09-16_crossroads_police-ultimatum.txt",
     "Kosovo police set 24-hour deadline for Serb barricades\n\n"
     "LEPOSAVIC, September 16, 2034 (Crossroads Courier) - Kosovo police on Saturday threatened to clear barricades "
     "put up by Serb protesters in the north by force unless the roads were opened within 24 hours.\n\n"
     "The roadblocks, set up on Saturday morning with trucks and felled trees, cut off Leposavic from the rest of "
     "the north for much of the day.\n\n"
     "On Monday protesters closed roads for most of the day after Kosovo arrested several Serbs.\n\n"
     "Rakitovac, the organiser, did not answer calls on Saturday."),
    ("2034-09-17_meridian_barricades-cleared.txt",
     "Kosovo police remove Serb barricades in north after deadline passes\n\n"
     "LEPOSAVIC, September 17, 2034 (Meridian Dispatch) - Kosovo police removed barricades from roads in the north "
     "on Sunday, a day after giving Serb protesters 24 hours to clear them.\n\n"
     "Officers supported by two armoured vehicles and a crane towed away trucks and logs blocking the road to "
     "Jarinje, while protesters watched from the roadside.\n\n"
     "Police said the operation passed without injuries or arrests.\n\n"
     "The barricades had gone up on Saturday morning.\n\n"
     "Protesters first blocked roads last Monday, in fury over the detention of Serbs after the fatal ambush of a "
     "police patrol near Jarinje on September 9."),
    ("2034-09-17_pinewood_second-shooting.txt",
     "Police officer wounded in second shooting in northern Kosovo in a week\n\n"
     "ZUBIN POTOK, September 17, 2034 (Pinewood Standard) - Gunmen fired on a Kosovo police patrol near Zubin Potok "
     "late on Sunday, wounding one officer in the leg, police said.\n\n"
     "The shots came from a car that sped past the patrol on the road to the Brnjak crossing, and the vehicle was "
     "later found burned out near Lake Gazivode, police spokeswoman Arta Zeqiraj said.\n\n"
     "On September 9 armed men killed an officer and wounded three others near the Jarinje crossing.\n\n"
     "Earlier on Sunday police had removed barricades that Serb protesters had set up on roads around Leposavic and "
     "Zvecan.\n\n"
     "The wounded officer was in a stable condition, hospital officials said."),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt",
     "Kosovo police arrest suspect in Zubin Potok shooting\n\n"
     "NORTH MITROVICA, September 18, 2034 (Harbour Ledger) - Kosovo police arrested a man on Monday on suspicion of "
     "taking part in the shooting that wounded an officer near Zubin Potok the previous night.\n\n"
     "The 29-year-old suspect was picked up at his family home in Zupce, police said, and officers found a pistol "
     "in his car.\n\n"
     "Six Serbs were detained on September 10 over the ambush at Jarinje, and two of them were released on "
     "Friday.\n\n"
     "Police did not say whether the man was also being questioned about the Jarinje attack."),
    ("2034-09-18_bluestone_markovac-accuses.txt",
     "Serbia's president accuses Kosovo of \"terror\" against northern Serbs\n\n"
     "BELGRADE, September 18, 2034 (Bluestone Herald) - Serbian President Dragoslav Markovac on Monday accused "
     "Kosovo's government of waging \"a campaign of terror\" against Serbs in the north, a day after police tore "
     "down roadblocks set up by Serb protesters.\n\n"
     "Speaking at a news conference in Belgrade, Markovac said Pristina had \"humiliated\" the Serb community by "
     "sending armoured vehicles against unarmed people.\n\n"
     "A week ago he denounced the detention of six Serbs over the Jarinje ambush as hostage-taking.\n\n"
     "Markovac did not mention Sunday night's shooting near Zubin Potok, in which a Kosovo police officer was "
     "wounded.\n\n"
     "Serbia's army remains on heightened alert, a week after Markovac's government raised its readiness."),
    ("2034-09-18_northgate_kosovo-ten-days.txt",
     "Nine days of tension: how the crisis in northern Kosovo unfolded\n\n"
     "PRISTINA, September 18, 2034 (Northgate Wire) - Nine days after an ambush on a police patrol near Jarinje set "
     "off the worst crisis in northern Kosovo in years, the region remains tense, with one of two border crossings "
     "still closed and four Serbs still in custody.\n\n"
     "The attack on September 9 killed Sergeant Lulzim Hoxholli and wounded three of his colleagues.\n\n"
     "Kosovo shut the Jarinje and Brnjak crossings that day.\n\n"
     "Police arrested six Serbs in raids the next morning.\n\n"
     "Serbia responded on September 11 by raising its army's readiness, while President Dragoslav Markovac "
     "denounced the arrests.\n\n"
     "KFOR sent extra troops north on September 12, the same day the EU summoned both sides to Brussels.\n\n"
     "After talks in Brussels on September 14, Kosovo released two detainees the next day.\n\n"
     "Brnjak reopened the same day, but Jarinje has stayed shut.\n\n"
     "Serb protesters first blocked roads on September 11.\n\n"
     "They put up new barricades on September 16, which police cleared on Sunday.\n\n"
     "Hours later gunmen in a passing car fired at another patrol near Zubin Potok, wounding an officer.\n\n"
     "Police arrested a suspect in that shooting on Monday."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-09-09", "gunmen ambush police patrol at Jarinje; one officer dead"),
    "A02": (("COERCE", "SANCTION"), "2034-09-09", "Pristina shuts the Jarinje and Brnjak crossings"),
    "A03": (("COERCE",), "2034-09-10", "police detain Serb suspects (four, later six) in raids"),
    "A04": (("ACCUSE",), "2034-09-10", "Kosovo premier blames Belgrade for backing gunmen"),
    "A05": (("REQUEST",), "2034-09-10", "NATO chief appeals for calm"),
    "A06": (("REQUEST",), "2034-09-10", "EU foreign policy chief appeals for calm"),
    "A07": (("MOBILIZE",), "2034-09-11", "Serbia raises army combat readiness"),
    "A08": (("ACCUSE",), "2034-09-11", "Serbian president condemns the arrests"),
    "A09": (("PROTEST",), "2034-09-11", "first day of Serb roadblocks in the north"),
    "A10": (("MOBILIZE", "AID"), "2034-09-12", "KFOR reinforces the north"),
    "A11": (("REQUEST",), "2034-09-12", "EU calls both sides to Brussels talks"),
    "A12": (("THREATEN",), "2034-09-13", "US threatens measures over the violence"),
    "A13": (("THREATEN",), "2034-09-13", "EU threatens both sides with measures"),
    "A14": (("CONSULT",), "2034-09-14", "negotiators from both sides meet under EU auspices"),
    "A15": (("CONCEDE",), "2034-09-15", "Kosovo frees two detained Serbs"),
    "A16": (("CONCEDE",), "2034-09-15", "Kosovo reopens Brnjak"),
    "A17": (("PROTEST",), "2034-09-16", "second day of Serb roadblocks"),
    "A18": (("THREATEN",), "2034-09-16", "police ultimatum to clear the barricades"),
    "A19": (("COERCE",), "2034-09-17", "police clear the barricades"),
    "A20": (("ASSAULT",), "2034-09-17", "second shooting at a patrol near Zubin Potok"),
    "A21": (("COERCE",), "2034-09-18", "police detain a suspect in the second shooting"),
    "A22": (("ACCUSE",), "2034-09-18", "Serbian president accuses Pristina of terror"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-09-09_northgate_officer-killed-jarinje.txt", "A01", "ambushed a Kosovo police patrol"),
    ("2034-09-09_northgate_officer-killed-jarinje.txt", "A01", "from a wooded ridge"),
    ("2034-09-09_northgate_officer-killed-jarinje.txt", "A01", "died at the scene"),
    ("2034-09-09_northgate_officer-killed-jarinje.txt", "A02", "crossings closed to all traffic"),
    ("2034-09-09_meridian_crossings-shut.txt", "A02", "closed its two busiest crossings"),
    ("2034-09-09_meridian_crossings-shut.txt", "A01", "gunmen killed a police officer"),
    ("2034-09-09_meridian_crossings-shut.txt", "A02", "turned back vehicles at Jarinje"),
    ("2034-09-09_meridian_crossings-shut.txt", "A01", "sprayed their vehicle with gunfire"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A03", "arrested four men on Sunday"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A01", "left one officer dead"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A03", "were being held on suspicion"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A01", "three officers were wounded"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A04", "accused Belgrade on Sunday"),
    ("2034-09-10_crossroads_suspects-arrested.txt", "A02", "which Pristina closed on Saturday"),
    ("2034-09-10_pinewood_calls-for-calm.txt", "A05", "Henrik Aalvik called on Sunday"),
    ("2034-09-10_pinewood_calls-for-calm.txt", "A01", "killing of a police officer"),
    ("2034-09-10_pinewood_calls-for-calm.txt", "A06", "made a similar appeal"),
    ("2034-09-10_pinewood_calls-for-calm.txt", "A01", "shot near the Jarinje crossing"),
    ("2034-09-10_bluestone_zvecan-raids.txt", "A03", "detaining four men in connection"),
    ("2034-09-10_bluestone_zvecan-raids.txt", "A01", "deadly ambush on a patrol"),
    ("2034-09-10_bluestone_zvecan-raids.txt", "A03", "led two men away"),
    ("2034-09-10_bluestone_zvecan-raids.txt", "A01", "Jarinje killed an officer"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A07", "higher level of combat preparedness"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A08", "denounced the arrest"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A07", "ordered to full readiness"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A03", "not four as first reported"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A01", "linked to the ambush"),
    ("2034-09-11_northgate_serbia-army-alert.txt", "A08", "ambush as a pretext"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A07", "higher level of combat preparedness"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A08", "denounced the arrest"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A07", "ordered to full readiness"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A03", "not four as first reported"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A01", "linked to the ambush"),
    ("2034-09-11_harbourledger_serbia-army-alert.txt", "A08", "ambush as a pretext"),
    ("2034-09-11_meridian_roads-blocked.txt", "A09", "blocked main roads across northern"),
    ("2034-09-11_meridian_roads-blocked.txt", "A03", "men detained after Saturday's"),
    ("2034-09-11_meridian_roads-blocked.txt", "A01", "attack on a police patrol"),
    ("2034-09-11_meridian_roads-blocked.txt", "A09", "Barricades went up"),
    ("2034-09-11_meridian_roads-blocked.txt", "A02", "shut by Kosovo authorities"),
    ("2034-09-11_meridian_roads-blocked.txt", "A03", "six men were picked up"),
    ("2034-09-11_meridian_roads-blocked.txt", "A01", "killing of Sergeant Lulzim Hoxholli"),
    ("2034-09-12_pinewood_kfor-reinforcements.txt", "A10", "sent several hundred additional troops"),
    ("2034-09-12_pinewood_kfor-reinforcements.txt", "A09", "Serb protesters barricaded roads"),
    ("2034-09-12_pinewood_kfor-reinforcements.txt", "A10", "had taken up positions near"),
    ("2034-09-12_pinewood_kfor-reinforcements.txt", "A07", "its troops on higher alert"),
    ("2034-09-12_bluestone_eu-summons-talks.txt", "A11", "summoned Kosovo and Serbia"),
    ("2034-09-12_bluestone_eu-summons-talks.txt", "A01", "Saturday's deadly ambush near"),
    ("2034-09-12_bluestone_eu-summons-talks.txt", "A11", "invited the chief negotiators"),
    ("2034-09-12_bluestone_eu-summons-talks.txt", "A06", "an appeal for restraint by"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A10", "moved reinforcements into northern Kosovo"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A11", "called the two sides"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A10", "extra soldiers and armoured vehicles"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A09", "Serb demonstrators had blocked traffic"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A01", "killed and three were wounded"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A03", "the arrest of six Serbs"),
    ("2034-09-12_northgate_kfor-eu-roundup.txt", "A08", "a move Belgrade has condemned"),
    ("2034-09-13_crossroads_us-warns.txt", "A12", "ready to take measures"),
    ("2034-09-13_crossroads_us-warns.txt", "A01", "ambush of a police patrol"),
    ("2034-09-13_crossroads_us-warns.txt", "A12", "prepared to use every tool"),
    ("2034-09-13_crossroads_us-warns.txt", "A07", "put its army on alert"),
    ("2034-09-13_crossroads_us-warns.txt", "A10", "brought hundreds more troops"),
    ("2034-09-13_crossroads_us-warns.txt", "A02", "closed by Kosovo since Saturday"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A13", "warned Kosovo and Serbia"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A13", "could be frozen"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A12", "threatened sanctions on Wednesday"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A11", "invited negotiators from both capitals"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A09", "blocked roads on Monday"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A03", "in anger at the arrest"),
    ("2034-09-13_meridian_eu-threatens-measures.txt", "A01", "shooting of a policeman"),
    ("2034-09-14_northgate_brussels-talks.txt", "A14", "nearly six hours of talks"),
    ("2034-09-14_northgate_brussels-talks.txt", "A01", "since gunmen killed a Kosovo"),
    ("2034-09-14_northgate_brussels-talks.txt", "A14", "each other across one table"),
    ("2034-09-14_northgate_brussels-talks.txt", "A11", "summoned both sides on Tuesday"),
    ("2034-09-14_northgate_brussels-talks.txt", "A14", "The meeting was convened"),
    ("2034-09-14_northgate_brussels-talks.txt", "A02", "shut both crossings on Saturday"),
    ("2034-09-14_northgate_brussels-talks.txt", "A01", "hours after the ambush"),
    ("2034-09-14_harbourledger_talks-end.txt", "A14", "ended in Brussels on Thursday"),
    ("2034-09-14_harbourledger_talks-end.txt", "A14", "dominated much of the discussion"),
    ("2034-09-14_harbourledger_talks-end.txt", "A03", "six Serbs detained since Sunday"),
    ("2034-09-14_harbourledger_talks-end.txt", "A10", "who arrived on Tuesday"),
    ("2034-09-14_harbourledger_talks-end.txt", "A14", "Thursday's meeting followed"),
    ("2034-09-14_harbourledger_talks-end.txt", "A13", "a warning by the EU"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A15", "freed two of the six"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A03", "Serbs detained over last weekend's"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A01", "ambush on a police patrol"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A14", "its negotiators met Serbian officials"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A15", "driven home to Zvecan"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A16", "lifted the barrier at Brnjak"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A16", "described the reopening of Brnjak"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A02", "were shut on Saturday"),
    ("2034-09-15_meridian_serbs-freed-crossing-reopens.txt", "A01", "one officer dead and three"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A15", "freed two of the six"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A03", "Serbs detained over last weekend's"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A01", "ambush on a police patrol"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A14", "its negotiators met Serbian officials"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A15", "driven home to Zvecan"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A16", "lifted the barrier at Brnjak"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A16", "described the reopening of Brnjak"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A02", "were shut on Saturday"),
    ("2034-09-15_bluestone_serbs-freed.txt", "A01", "one officer dead and three"),
    ("2034-09-15_crossroads_brnjak-traffic.txt", "A16", "after Pristina reopened it"),
    ("2034-09-15_crossroads_brnjak-traffic.txt", "A02", "six days after shutting it"),
    ("2034-09-15_crossroads_brnjak-traffic.txt", "A01", "fatal attack on its police"),
    ("2034-09-15_crossroads_brnjak-traffic.txt", "A15", "ordered the release of two"),
    ("2034-09-15_crossroads_brnjak-traffic.txt", "A03", "detained in Sunday's raids"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A17", "blocked roads in several parts"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A01", "the deadly ambush at Jarinje"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A17", "piled logs on the route"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A09", "The first blockade"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A18", "gave the protesters 24 hours"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A15", "Kosovo freed two detainees"),
    ("2034-09-16_northgate_roadblocks-return.txt", "A16", "also reopened the Brnjak crossing"),
    ("2034-09-16_crossroads_police-ultimatum.txt", "A18", "threatened to clear barricades"),
    ("2034-09-16_crossroads_police-ultimatum.txt", "A17", "put up by Serb protesters"),
    ("2034-09-16_crossroads_police-ultimatum.txt", "A17", "set up on Saturday morning"),
    ("2034-09-16_crossroads_police-ultimatum.txt", "A09", "On Monday protesters closed roads"),
    ("2034-09-16_crossroads_police-ultimatum.txt", "A03", "after Kosovo arrested several Serbs"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A19", "removed barricades from roads"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A18", "giving Serb protesters 24 hours"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A19", "towed away trucks and logs"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A17", "had gone up on Saturday"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A09", "first blocked roads last Monday"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A03", "over the detention of Serbs"),
    ("2034-09-17_meridian_barricades-cleared.txt", "A01", "fatal ambush of a police"),
    ("2034-09-17_pinewood_second-shooting.txt", "A20", "Gunmen fired on a Kosovo"),
    ("2034-09-17_pinewood_second-shooting.txt", "A20", "sped past the patrol"),
    ("2034-09-17_pinewood_second-shooting.txt", "A01", "armed men killed an officer"),
    ("2034-09-17_pinewood_second-shooting.txt", "A19", "police had removed barricades"),
    ("2034-09-17_pinewood_second-shooting.txt", "A17", "Serb protesters had set up"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A21", "arrested a man on Monday"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A20", "shooting that wounded an officer"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A21", "at his family home"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A03", "detained on September 10"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A01", "over the ambush at Jarinje"),
    ("2034-09-18_harbourledger_shooting-suspect-arrested.txt", "A15", "two of them were released"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A22", "on Monday accused Kosovo's government"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A19", "police tore down roadblocks"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A17", "set up by Serb protesters"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A22", "sending armoured vehicles against"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A08", "A week ago he denounced"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A03", "the detention of six Serbs"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A01", "over the Jarinje ambush"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A20", "police officer was wounded"),
    ("2034-09-18_bluestone_markovac-accuses.txt", "A07", "raised its readiness"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A01", "Nine days after an ambush"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A01", "killed Sergeant Lulzim Hoxholli"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A02", "shut the Jarinje and Brnjak"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A03", "arrested six Serbs in raids"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A07", "raising its army's readiness"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A08", "Markovac denounced the arrests"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A10", "sent extra troops north"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A11", "the EU summoned both sides"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A14", "in Brussels on September 14"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A15", "released two detainees"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A16", "Brnjak reopened the same day"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A09", "blocked roads on September 11"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A17", "put up new barricades"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A19", "which police cleared on Sunday"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A20", "fired at another patrol"),
    ("2034-09-18_northgate_kosovo-ten-days.txt", "A21", "a suspect in that shooting"),
]

FLOORS = {"pairwise_f1": 0.86, "b3_f1": 0.81, "reports_found": 0.49}


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
