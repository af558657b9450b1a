"""The fifteenth blind incident batch for eventwire, written on 2026-12-01 before the coder was run on any
of it.

Crisis: ten days of a crisis between Kosovo and Serbia, October 8-17, 2034. Before dawn on Sunday some 20 (or
30) armed men storm the Serb village of Zupce in northern Kosovo and kill a police sergeant (two officers
wounded, then three); Kosovo's prime minister accuses Belgrade of arming them. On Monday Kosovo police arrest
two suspects and the Interior Ministry shuts the Jarinje crossing to cargo trucks; Serbia puts its army on its
highest alert and its president warns that troops will move to the line; Kosovo's prime minister and foreign
minister each demand that Serbia hand over the gunmen. On Tuesday Serbian armoured columns move toward the
boundary, the four Serb mayors of the north resign, and the EU envoy holds talks in Pristina; on Wednesday he
is in Belgrade, NATO sends an extra battalion to KFOR, and a Pristina court orders one suspect held for 30
days. On Thursday police arrest a third suspect and thousands of Serbs rally in North Mitrovica. Kosovo
reopens Jarinje to trucks the next Monday, and the two leaders meet in Brussels on Tuesday.

Everything in it is synthetic: the outlets and people are invented; the countries and places are real; the
events never happened and their dates lie in the future.

Gold conventions: an act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day. ACTS gives its PLOVER types (a second type only where the codebook
allows two readings: closing a border crossing to trucks is both SANCTION and COERCE), the day it happened and
a description. REPORTS lists, for every body sentence of every document that reports an act that happened
(background recaps in later reports and quotes that tell the act included), a verbatim cue found once in that
file; a sentence may report two or three acts of different types, never two of one type. Headlines are not
reports. Not listed: planned or future acts, denied, conditional or hypothetical acts, acts more than a year
before, statistics and tallies (crowd sizes, trucks crossed, losses), opinions and sentences that only judge
an act already told. A promise is an AGREE act, a threat a THREATEN act, a demand a REQUEST act, but the
promised, threatened or demanded act counts only once it happens. The batch holds a verbatim syndicated copy
(Kestrel Wire -> Ferncliff Daily, with a credit line), a lightly edited copy (Bluewater Agency -> Granite
Herald), a toll that changes between reports of one act (two wounded, then three), and look-alike acts that
are not the same: arrests of suspects on Monday and on Thursday, and a court's detention order on Wednesday
between them; Serbia's alert on Monday and its troop movement on Tuesday, and NATO's reinforcement on
Wednesday; the EU envoy's talks in Pristina on Tuesday and in Belgrade on Wednesday, and the leaders' meeting
in Brussels a week later; the prime minister's and the foreign minister's demands on the same day (one act per
speaker); the president's threat to move troops and the move the next day; the mayors' resignation and the
rally, both PROTEST, two days apart; the closure and the reopening of one crossing.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1, and reports_found, the share of gold (file, act)
reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 251f254 (during the sixth 2026-12-01 session; written to be read), with `figures`:
**pairwise F1 0.849** (precision 0.989, recall 0.745), B-cubed F1 0.857. The session's starting code
(f98c98e), run beside it: pairwise F1 0.617 (precision 0.981, recall 0.450), B-cubed F1 0.763.
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
    ('2034-10-08_kestrel_police-officer-killed-zupce.txt',
     'Kosovo police officer killed as armed men storm northern village\n\n'
     'ZUBIN POTOK, October 8, 2034 (Kestrel Wire) - Armed men in camouflage stormed the village of '
     'Zupce in northern Kosovo before dawn on Sunday and shot dead a police sergeant who had answered '
     'a call for help, Kosovo police said.\n\n'
     'Two other officers were wounded in a gunfight that lasted nearly an hour before the attackers, '
     'about 20 of them, pulled back into wooded hills toward the boundary with Serbia, police '
     'spokesman Fitim Berisha told reporters. The dead officer was named as Sergeant Lulzim Hasani, '
     '34, a father of two from Peja.\n\n'
     'Prime Minister Besnik Mehmeti accused Belgrade of arming and training the gunmen, and said they '
     'had prepared for months on Serbian soil. "This is a black day for every family in Kosovo, '
     'whatever language it speaks at home," Mehmeti told a news briefing in Pristina.\n\n'
     'Kosovo declared independence from Serbia in 2008, a step Belgrade has never accepted, and about '
     '4,500 NATO-led peacekeepers are still stationed in the country.'),
    ('2034-10-08_larchmont_gunmen-raid-serb-village.txt',
     'Gunmen raid Serb village in Kosovo, policeman dead\n\n'
     'MITROVICA, October 8, 2034 (Larchmont Newswire) - A Kosovo police officer was killed early on '
     'Sunday when a large group of gunmen opened fire on a patrol that had driven into Zupce, a hamlet '
     'in the Serb-dominated north of the country, officials said.\n\n'
     'Interior Minister Agron Dervishi said as many as 30 attackers had taken part, some carrying '
     'rocket-propelled grenades, and that two more policemen were being treated in hospital in '
     'Mitrovica for gunshot wounds.\n\n'
     "Besnik Mehmeti, Kosovo's prime minister, said in a televised address on Sunday evening that the "
     'gunmen had been sent by Serbia and that Belgrade bore full responsibility.\n\n'
     '"We are simple people and now we are afraid of everyone, the police and the men in the forest '
     'alike," said a Zupce resident who would give just his first name, Dragan.\n\n'
     "Relations between Belgrade and Pristina have been strained since 2008, when Kosovo's parliament "
     'proclaimed independence.'),
    ('2034-10-08_ferncliff_police-officer-killed-zupce.txt',
     'Kosovo police officer killed as armed men storm northern village\n\n'
     'ZUBIN POTOK, October 8, 2034 (Ferncliff Daily) - Armed men in camouflage stormed the village of '
     'Zupce in northern Kosovo before dawn on Sunday and shot dead a police sergeant who had answered '
     'a call for help, Kosovo police said.\n\n'
     'Two other officers were wounded in a gunfight that lasted nearly an hour before the attackers, '
     'about 20 of them, pulled back into wooded hills toward the boundary with Serbia, police '
     'spokesman Fitim Berisha told reporters. The dead officer was named as Sergeant Lulzim Hasani, '
     '34, a father of two from Peja.\n\n'
     'Prime Minister Besnik Mehmeti accused Belgrade of arming and training the gunmen, and said they '
     'had prepared for months on Serbian soil. "This is a black day for every family in Kosovo, '
     'whatever language it speaks at home," Mehmeti told a news briefing in Pristina.\n\n'
     'Kosovo declared independence from Serbia in 2008, a step Belgrade has never accepted, and about '
     '4,500 NATO-led peacekeepers are still stationed in the country.\n\n'
     'This article originally ran on Kestrel Wire.'),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt',
     'Kosovo arrests two over deadly village raid, shuts crossing to trucks\n\n'
     'PRISTINA, October 9, 2034 (Bluewater Agency) - Kosovo police detained two men on Monday on '
     "suspicion of taking part in Sunday's attack on the village of Zupce, in which a police sergeant "
     'was shot dead.\n\n'
     'The suspects, aged 27 and 41, were stopped at a checkpoint outside Zubin Potok with a hunting '
     'rifle and military clothing in their car, police said.\n\n'
     'Hours later, the Interior Ministry shut the Jarinje crossing with Serbia to cargo trucks until '
     'further notice, saying it needed to stop weapons from entering the country.\n\n'
     "A third officer was hurt in Sunday's shootout, police said on Monday, raising the number of "
     'wounded from two to three.\n\n'
     '"The investigation is moving fast, and it is far from over," police spokesman Fitim Berisha '
     'said.\n\n'
     "About 800 trucks use Jarinje on an ordinary weekday, according to Kosovo's chamber of commerce, "
     'most of them carrying food and building materials from Serbia.'),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt',
     'Two held over Zupce raid as Kosovo closes Jarinje to trucks\n\n'
     'PRISTINA, October 9, 2034 (Granite Herald) - Kosovo police detained two men on Monday on '
     "suspicion of involvement in Sunday's attack on the village of Zupce, in which a police sergeant "
     'was shot dead.\n\n'
     'The men, aged 27 and 41, were stopped at a checkpoint outside Zubin Potok with a hunting rifle '
     'and military clothing in their vehicle, police said.\n\n'
     'Later on Monday, the Interior Ministry shut the Jarinje crossing with Serbia to cargo trucks '
     'until further notice, saying it needed to keep weapons out of the country.\n\n'
     "A third officer was hurt in Sunday's shootout, police said, raising the number of wounded from "
     'two to three.\n\n'
     "About 800 trucks use Jarinje on a normal weekday, according to Kosovo's chamber of commerce."),
    ('2034-10-09_summit_serbia-raises-army-alert.txt',
     'Serbia puts army on high alert after Kosovo shooting\n\n'
     'BELGRADE, October 9, 2034 (Summit Courier) - Serbian President Dusan Vuksanovic ordered the army '
     'to its highest state of combat readiness on Monday, a day after a Kosovo police officer was '
     'killed in a Serb-populated village.\n\n'
     'In a televised address, Vuksanovic warned that Serbian troops would move up to the '
     'administrative line if NATO-led peacekeepers failed to protect Serbs in the north. "The Serbs of '
     'Kosovo have been left on their own for too long," he said.\n\n'
     'Defence Minister Nenad Petric said units in southern Serbia, near the boundary with Kosovo, had '
     'been placed on alert, but he gave no figures.\n\n'
     'In Pristina, Prime Minister Besnik Mehmeti demanded on Monday that Belgrade hand over the '
     'gunmen.\n\n'
     "Serbia's army has about 25,000 active personnel, according to the Defence Ministry, and has been "
     'buying drones and air defence systems abroad in recent years.\n\n'
     'Tension has flared repeatedly in the north since 2022, when a dispute over vehicle licence '
     'plates led Serbs to block roads with barricades.'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt',
     'Kosovo demands Serbia hand over gunmen behind police killing\n\n'
     "PRISTINA, October 9, 2034 (Kestrel Wire) - Kosovo's prime minister demanded on Monday that "
     'Serbia arrest and hand over the gunmen who killed a police sergeant in the village of Zupce, '
     'saying several of them had slipped across the boundary.\n\n'
     '"Belgrade knows where these men are sleeping tonight, and it must deliver them to Kosovo '
     'justice," Besnik Mehmeti told lawmakers in Pristina.\n\n'
     'Foreign Minister Teuta Kelmendi separately called on Serbia to extradite the suspects, in a '
     'letter to the Serbian government that she also sent to the European Union and NATO.\n\n'
     "Kosovo and Serbia have no extradition treaty, and Belgrade does not recognise Kosovo's courts. "
     'Police have so far detained two suspects, both Kosovo citizens, and say they are looking for at '
     'least 15 more.\n\n'
     'Government buildings across Kosovo lowered their flags to half-mast on Monday.'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt',
     'Serbian army on alert, Kosovo shuts border to trucks as tension rises\n\n'
     'BELGRADE, October 9, 2034 (Larchmont Newswire) - Serbia put its armed forces on full combat '
     'alert on Monday and Kosovo barred trucks from its main crossing with Serbia, as the killing of a '
     'Kosovo policeman drove relations between the two neighbours to a low not seen for years.\n\n'
     'President Dusan Vuksanovic said the army would be ready to enter Kosovo "within hours" if Serbs '
     "there were attacked, a step that would require NATO's consent under a 1999 agreement.\n\n"
     'In Pristina, Prime Minister Besnik Mehmeti repeated his demand that Serbia surrender the men '
     "behind Sunday's raid. Foreign Minister Teuta Kelmendi made the same demand in a letter to "
     'Belgrade.\n\n'
     'Truck drivers queued for several kilometres on the Serbian side of Jarinje by Monday evening, '
     'Serbian state television showed. "Every day this stays closed costs us money we do not have," '
     'said Milos Djordjevic, a driver hauling flour from Kraljevo.'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt',
     'Serbian troops roll toward Kosovo boundary\n\n'
     'RASKA, October 10, 2034 (Kestrel Wire) - Columns of Serbian armoured vehicles and troop trucks '
     'moved south on Tuesday toward the administrative line with Kosovo, a day after President Dusan '
     'Vuksanovic threatened to send the army in if Serbs came under attack.\n\n'
     'A Kestrel Wire reporter counted at least 40 vehicles, including howitzers on flatbed trailers, '
     'on the road from Kraljevo to Raska. The Defence Ministry said the troops were taking up '
     'positions within five kilometres of the line, the closest Serbian forces may come under the 1999 '
     'accord that ended the war.\n\n'
     'The army had been put on its highest alert level on Monday.\n\n'
     '"People here are not afraid of the soldiers, they are afraid of whatever comes after them," said '
     "Vesna Markovic, who runs a cafe near Raska's bus station.\n\n"
     'Raska lies about 15 kilometres north of the Jarinje crossing, which Kosovo closed to trucks on '
     'Monday.'),
    ('2034-10-10_summit_serb-mayors-quit.txt',
     'Serb mayors in northern Kosovo quit in protest\n\n'
     'NORTH MITROVICA, October 10, 2034 (Summit Courier) - The mayors of all four Serb-majority '
     'municipalities in northern Kosovo stepped down on Tuesday, saying they could no longer serve '
     'under a government that treated every Serb as a suspect.\n\n'
     'The resignations of the mayors of North Mitrovica, Zvecan, Zubin Potok and Leposavic were handed '
     'to the Central Election Commission in Pristina on Tuesday morning, an official there said.\n\n'
     '"We were elected to protect our people, and today we cannot protect them from anything," Zvecan '
     'mayor Dragana Simic said outside the town hall.\n\n'
     "Kosovo police arrested two Serbs on Monday in connection with Sunday's deadly raid on Zupce.\n\n"
     'The resignations came a day after Belgrade placed its army on maximum alert.\n\n'
     'The four mayors were elected in 2033 on the ticket of the Serb Civic Union, a party that takes '
     'its cues from Belgrade.'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt',
     'EU envoy starts shuttle mission in Pristina as crisis deepens\n\n'
     "PRISTINA, October 10, 2034 (Bluewater Agency) - The European Union's special envoy for Kosovo "
     'and Serbia, Henrik Vesterholm, held two hours of talks with Prime Minister Besnik Mehmeti in '
     'Pristina on Tuesday, the first leg of a shuttle mission meant to stop the crisis from '
     'spiralling.\n\n'
     'Vesterholm said after the meeting that he had heard "clear concerns" from the Kosovo side and '
     'would take them to Belgrade on Wednesday. "Nobody in Europe wants to see soldiers facing each '
     'other at this line again," he told reporters.\n\n'
     'His visit came as Serbian troops moved closer to the boundary and the four Serb mayors in the '
     'north quit their posts. On Monday, Mehmeti had demanded that Serbia hand over the gunmen.\n\n'
     'The EU has brokered talks between Belgrade and Pristina since 2011, producing a string of '
     'agreements that have mostly stayed on paper.'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt',
     'Hundreds of trucks stranded as Kosovo keeps Jarinje shut\n\n'
     'JARINJE, October 10, 2034 (Ferncliff Daily) - Hundreds of trucks stood idle on both sides of the '
     "Jarinje crossing on Tuesday, a day after Kosovo's government closed it to freight in response to "
     'the killing of a police officer in a nearby village.\n\n'
     'Drivers said they had slept in their cabs for two nights and were buying water from villagers.\n\n'
     'On Monday police detained two local men suspected of involvement in the killing. Mayors of the '
     'four Serb-run municipalities in the north resigned on Tuesday.\n\n'
     '"My load is frozen fish, and if I wait another day I can throw it in the river," said Goran '
     'Pesic, a driver from Novi Pazar. Serbian business groups put the losses at 2 million euros a '
     'day.\n\n'
     'Serbian troops were also seen on the road north of the crossing on Tuesday, heading for '
     'positions near the line.\n\n'
     'Jarinje has been the scene of repeated standoffs, and in 2011 Serb protesters set fire to the '
     'customs post there.'),
    ('2034-10-11_larchmont_nato-sends-extra-troops.txt',
     'NATO sends extra troops to Kosovo as Serbian army masses near line\n\n'
     'PRISTINA, October 11, 2034 (Larchmont Newswire) - NATO said on Wednesday it was sending an '
     'additional battalion of about 600 troops to reinforce KFOR, its peacekeeping mission in Kosovo.\n\n'
     'Serbian armoured units and artillery moved to within a few kilometres of the boundary on '
     'Tuesday.\n\n'
     'The first of the reinforcements, drawn from Italian and Hungarian units, landed at Pristina '
     'airport on Wednesday afternoon, KFOR said. "Our job is to keep every community in Kosovo safe, '
     'and that has not changed," KFOR commander Major General Stefano Rinaldi said in a statement.\n\n'
     'Zupce, where a Kosovo police sergeant was shot dead on Sunday, was quiet on Wednesday, residents '
     'said. "The soldiers drive past, the police drive past, and we stay indoors," said one woman who '
     'would not give her name.'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt',
     'EU envoy takes Kosovo crisis talks to Belgrade\n\n'
     'BELGRADE, October 11, 2034 (Granite Herald) - EU envoy Henrik Vesterholm met Serbian President '
     'Dusan Vuksanovic in Belgrade on Wednesday, seeking to pull the two sides back from a '
     'confrontation that has brought Serbian troops to the edge of Kosovo.\n\n'
     "The meeting at the presidency lasted about 90 minutes, Vuksanovic's office said, without giving "
     'details. Vesterholm had been in Pristina on Tuesday for talks with Prime Minister Besnik '
     'Mehmeti.\n\n'
     '"Serbs in Kosovo need protection, not more promises," Vuksanovic told reporters at the '
     'presidency afterwards.\n\n'
     'Vuksanovic had warned on Monday that his army would move up to the line unless Serbs in the '
     'north were protected. Diplomats in Brussels said the envoy was trying to arrange a meeting '
     'between the two leaders in the Belgian capital.'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt',
     'Kosovo court orders suspect in police killing held for a month\n\n'
     'PRISTINA, October 11, 2034 (Kestrel Wire) - A court in Pristina on Wednesday ordered a '
     '41-year-old man suspected of taking part in the deadly raid on the village of Zupce to be held '
     'in custody for 30 days while prosecutors prepare charges.\n\n'
     'He was detained on Monday together with a 27-year-old man, whose custody hearing is due on '
     'Thursday.\n\n'
     "The man's lawyer, Nikola Stankovic, said his client had been working on his farm at the time of "
     'the attack and would appeal. "This is a case built on a car and a rifle, nothing more," '
     'Stankovic said.\n\n'
     'Sergeant Lulzim Hasani, 34, was killed and three of his colleagues were wounded when gunmen '
     'attacked their patrol in the village.\n\n'
     'Four Serb mayors in the north resigned on Tuesday, citing the arrests among their reasons.'),
    ('2034-10-11_summit_nato-rushes-reinforcements.txt',
     'NATO rushes reinforcements to Kosovo peacekeeping force\n\n'
     'BRUSSELS, October 11, 2034 (Summit Courier) - NATO ordered several hundred extra soldiers to '
     "Kosovo on Wednesday to bolster its peacekeeping force there, the alliance's first reinforcement "
     'of the mission in more than a decade.\n\n'
     'An alliance spokeswoman, Karin Dahl, said the troops came from a reserve battalion kept on '
     'standby for such a call, and that more could follow if needed. "This is a precaution, not an '
     'escalation," Dahl said.\n\n'
     'Serbian armoured columns drove south toward Kosovo on Tuesday, raising fears in the region of a '
     'return to armed conflict.\n\n'
     "The European Union's envoy, Henrik Vesterholm, was in Belgrade on Wednesday for talks with the "
     'Serbian president.\n\n'
     "Kosovo's 1998-99 war killed more than 13,000 people, most of them ethnic Albanians."),
    ('2034-10-12_bluewater_third-suspect-arrested.txt',
     'Kosovo police arrest third suspect in deadly village raid\n\n'
     'NORTH MITROVICA, October 12, 2034 (Bluewater Agency) - Kosovo police arrested a third man on '
     "Thursday in connection with Sunday's raid on Zupce, detaining him at his flat in North Mitrovica "
     'in a pre-dawn operation, police said.\n\n'
     'The suspect, 35, once served in a Serbian army reserve unit, according to a police statement. '
     'Residents said officers in balaclavas surrounded the building shortly before dawn.\n\n'
     'A Pristina court on Wednesday ordered one of the earlier suspects held for 30 days.\n\n'
     '"He bakes bread for half this street, everybody knows him," said a neighbour, Milica Jovanovic.\n\n'
     "A rally against the police operations in the north was due to begin in the town's main square on "
     'Thursday evening. Kosovo closed the Jarinje crossing to trucks on Monday, and it has stayed shut '
     'since.'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt',
     'Thousands of Serbs rally in north Kosovo against police crackdown\n\n'
     'NORTH MITROVICA, October 12, 2034 (Larchmont Newswire) - Several thousand ethnic Serbs rallied '
     'in North Mitrovica on Thursday evening, waving Serbian flags and chanting against Kosovo police, '
     "hours after officers arrested a third suspect over Sunday's killing of a policeman.\n\n"
     'Police put the crowd at about 3,000, while organisers said more than 10,000 had come. Speakers '
     'on a stage near the bridge over the Ibar river read out a letter from the four mayors who '
     'resigned on Tuesday.\n\n'
     'A Pristina court on Wednesday ordered one of the first two suspects held for a month.\n\n'
     '"My grandfather was born here and so was I, and that is all I need to say," said Stefan Ilic, a '
     "22-year-old student. The rally ended peacefully shortly before nine o'clock.\n\n"
     'The Ibar divides the mostly Serb north of the town from its ethnic Albanian south, and its main '
     'bridge has been a flashpoint since the war.'),
    ('2034-10-12_summit_serbs-march-in-mitrovica.txt',
     'Serbs march in Mitrovica as Kosovo standoff drags on\n\n'
     'NORTH MITROVICA, October 12, 2034 (Summit Courier) - Thousands of Kosovo Serbs marched through '
     'North Mitrovica on Thursday to protest against what they called a campaign of police '
     'intimidation, in the largest demonstration in the north in years.\n\n'
     'Marchers carried Serbian flags and banners reading "We are not terrorists". Among the speakers '
     'was Dragana Simic, who quit as Zvecan mayor on Tuesday along with the heads of the other three '
     'Serb municipalities.\n\n'
     '"Pristina sends police, Brussels sends statements, and we are left to wait," Simic told the '
     'crowd.\n\n'
     'Police said the march passed without incident. No Serbian government minister attended.'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt',
     'Kosovo and Serbia hold their ground as EU pushes for summit\n\n'
     "PRISTINA, October 13, 2034 (Granite Herald) - Serbian troops remained close to Kosovo's boundary "
     'on Friday and the Jarinje crossing stayed shut to trucks, five days after an attack on a police '
     'patrol in the village of Zupce set off the worst crisis between the two neighbours in a decade.\n\n'
     'European Union officials said they hoped to bring Prime Minister Besnik Mehmeti and President '
     'Dusan Vuksanovic together in Brussels early next week.\n\n'
     'Kosovo police on Thursday arrested a third suspect, a 35-year-old man from North Mitrovica, and '
     'thousands of Serbs rallied in the town the same evening.\n\n'
     '"Mehmeti has to show he controls the north and Vuksanovic has to show he protects the Serbs, and '
     'both cannot be true at once," said Ardian Gjoka, who teaches politics at the University of '
     'Pristina.\n\n'
     'NATO reinforcements sent on Wednesday have taken over patrols on the main road from Mitrovica to '
     'Jarinje. The price of flour in shops in the north has climbed some 20 percent since the crossing '
     'closed on Monday, traders said.'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt',
     'Trucks roll again as Kosovo reopens Jarinje crossing\n\n'
     'JARINJE, October 16, 2034 (Summit Courier) - Kosovo reopened the Jarinje border crossing to '
     'cargo trucks on Monday, a week after closing it in the wake of a deadly attack on a police '
     'patrol.\n\n'
     'By midday about 200 trucks had crossed in both directions, customs officials said. Interior '
     'Minister Agron Dervishi said the decision to lift the ban had been taken because tighter checks '
     'were now in place at the crossing.\n\n'
     '"Security comes first, but we also know that people on both sides need to eat and work," '
     'Dervishi told reporters.\n\n'
     "Serbia put its army on its highest alert the same day the crossing was closed. Kosovo's Prime "
     'Minister Besnik Mehmeti and Serbian President Dusan Vuksanovic are due to meet in Brussels on '
     'Tuesday, the EU said on Sunday.'),
    ('2034-10-16_kestrel_kosovo-lifts-truck-ban.txt',
     'Kosovo lifts truck ban at Serbian border ahead of Brussels summit\n\n'
     'PRISTINA, October 16, 2034 (Kestrel Wire) - Kosovo lifted its ban on trucks at the main crossing '
     'with Serbia on Monday, ending a week-long halt to freight on the eve of a meeting between the '
     "two countries' leaders in Brussels.\n\n"
     'The government closed Jarinje to freight on October 9, a day after gunmen killed police sergeant '
     'Lulzim Hasani in the village of Zupce.\n\n'
     'Mehmeti\'s office called the step a sign of goodwill. "Tomorrow will show whether Belgrade is '
     'ready to talk seriously," Mehmeti said.\n\n'
     'NATO flew in an extra battalion last Wednesday to back up its peacekeepers in the north. '
     "Kosovo's chamber of commerce said local firms had lost about 9 million euros over the week."),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt',
     'Kosovo and Serbia leaders meet in Brussels after deadly border crisis\n\n'
     'BRUSSELS, October 17, 2034 (Larchmont Newswire) - The leaders of Kosovo and Serbia met face to '
     'face in Brussels on Tuesday, their first meeting since a police officer was killed in northern '
     'Kosovo nine days ago, in talks hosted by the European Union.\n\n'
     'Prime Minister Besnik Mehmeti and President Dusan Vuksanovic spent more than three hours with EU '
     'foreign policy chief Margarethe Holm and envoy Henrik Vesterholm, but left without a joint '
     'statement. Holm told reporters afterwards that the discussion had been "difficult but '
     'necessary".\n\n'
     'Kosovo reopened the Jarinje crossing to trucks on Monday, a week after shutting it. Serbian army '
     'units sent toward the boundary last week have yet to return to their barracks.\n\n'
     'EU officials said a second meeting could take place next month. The two sides agreed a plan to '
     'normalise relations in 2023 but have put little of it into practice.'),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt',
     'Kosovo and Serbia leaders end Brussels talks without a deal\n\n'
     "BRUSSELS, October 17, 2034 (Bluewater Agency) - Talks in Brussels between Kosovo's prime "
     "minister and Serbia's president ended on Tuesday evening without agreement on how to defuse the "
     'crisis set off by the killing of a Kosovo police officer on October 8.\n\n'
     'The two leaders sat at the same table with EU mediators for much of the afternoon but did not '
     'shake hands in front of the cameras, witnesses said.\n\n'
     'EU envoy Henrik Vesterholm held talks with Mehmeti in Pristina on October 10. He saw Vuksanovic '
     'in Belgrade the following day.\n\n'
     '"Nobody expected miracles today, and nobody got any," said an EU diplomat, who would not be '
     'identified. Kosovo police said on Tuesday that a fourth suspect had been identified but not yet '
     'detained.\n\n'
     "Serbia's army remains on high alert, according to its Defence Ministry."),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt',
     'Mehmeti and Vuksanovic hold first talks since Zupce killing\n\n'
     'BRUSSELS, October 17, 2034 (Kestrel Wire) - Kosovo Prime Minister Besnik Mehmeti and Serbian '
     'President Dusan Vuksanovic held EU-brokered talks in Brussels on Tuesday, their first encounter '
     'since gunmen shot dead a Kosovo policeman on October 8.\n\n'
     'The session, chaired by EU foreign policy chief Margarethe Holm, ran well past its scheduled two '
     'hours, officials said. "We talked, and for this week that is something," Holm said afterwards.\n\n'
     'Kosovo eased the pressure on Belgrade on Monday by reopening its main crossing to cargo trucks.\n\n'
     'In the north of Kosovo, election officials have begun preparing new votes to replace the four '
     'Serb mayors who quit last week.\n\n'
     'Diplomats said a follow-up meeting was likely before the end of November.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('ASSAULT',), '2034-10-08',
            'armed men storm Zupce and kill a Kosovo police sergeant, wounding others'),
    'A02': (('COERCE',), '2034-10-09', 'Kosovo police arrest two suspects at a checkpoint near Zubin Potok'),
    'A03': (('COERCE',), '2034-10-12', 'Kosovo police arrest a third suspect in North Mitrovica'),
    'A04': (('MOBILIZE',), '2034-10-09', 'Serbia puts its army on its highest alert'),
    'A05': (('MOBILIZE',), '2034-10-10',
            'Serbian armoured columns move to positions near the Kosovo boundary'),
    'A06': (('MOBILIZE',), '2034-10-11', 'NATO sends an extra battalion to reinforce KFOR'),
    'A07': (('CONSULT',), '2034-10-10', 'EU envoy Vesterholm holds talks with Kosovo PM Mehmeti in Pristina'),
    'A08': (('CONSULT',), '2034-10-11', 'EU envoy Vesterholm meets Serbian President Vuksanovic in Belgrade'),
    'A09': (('PROTEST',), '2034-10-10', 'the four Serb mayors of northern Kosovo resign in protest'),
    'A10': (('SANCTION', 'COERCE'), '2034-10-09', 'Kosovo closes the Jarinje crossing to cargo trucks'),
    'A11': (('CONCEDE',), '2034-10-16', 'Kosovo reopens the Jarinje crossing to cargo trucks'),
    'A12': (('PROTEST',), '2034-10-12', 'thousands of Serbs rally in North Mitrovica'),
    'A13': (('COERCE',), '2034-10-11', 'a Pristina court orders a suspect held in custody for 30 days'),
    'A14': (('CONSULT',), '2034-10-17', 'Mehmeti and Vuksanovic meet in Brussels in EU-hosted talks'),
    'A15': (('THREATEN',), '2034-10-09',
            'Vuksanovic warns Serbian troops will move to the line / enter Kosovo'),
    'A16': (('REQUEST',), '2034-10-09', 'Kosovo PM Mehmeti demands Serbia hand over the gunmen'),
    'A17': (('REQUEST',), '2034-10-09',
            'Kosovo FM Kelmendi demands in a letter that Serbia extradite the suspects'),
    'A18': (('ACCUSE',), '2034-10-08', 'Kosovo PM Mehmeti accuses Belgrade of sending and arming the gunmen'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2034-10-08_kestrel_police-officer-killed-zupce.txt', 'A01', 'shot dead a police sergeant'),
    ('2034-10-08_kestrel_police-officer-killed-zupce.txt', 'A01', 'wounded in a gunfight that lasted'),
    ('2034-10-08_kestrel_police-officer-killed-zupce.txt', 'A18', 'accused Belgrade of arming and training'),
    ('2034-10-08_larchmont_gunmen-raid-serb-village.txt', 'A01', 'A Kosovo police officer was killed'),
    ('2034-10-08_larchmont_gunmen-raid-serb-village.txt', 'A01', 'as many as 30 attackers'),
    ('2034-10-08_larchmont_gunmen-raid-serb-village.txt', 'A18', 'Belgrade bore full responsibility'),
    ('2034-10-08_ferncliff_police-officer-killed-zupce.txt', 'A01', 'shot dead a police sergeant'),
    ('2034-10-08_ferncliff_police-officer-killed-zupce.txt', 'A01', 'wounded in a gunfight that lasted'),
    ('2034-10-08_ferncliff_police-officer-killed-zupce.txt',
     'A18', 'accused Belgrade of arming and training'),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt', 'A02', 'police detained two men on Monday'),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt', 'A01', "Sunday's attack on the village of Zupce"),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt', 'A02', 'were stopped at a checkpoint outside'),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt', 'A10', 'shut the Jarinje crossing with Serbia'),
    ('2034-10-09_bluewater_two-arrested-crossing-shut.txt', 'A01', 'raising the number of wounded from two'),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt', 'A02', 'police detained two men on Monday'),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt', 'A01', "Sunday's attack on the village of Zupce"),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt', 'A02', 'were stopped at a checkpoint outside'),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt', 'A10', 'shut the Jarinje crossing with Serbia'),
    ('2034-10-09_granite_two-held-over-zupce-raid.txt', 'A01', 'raising the number of wounded from two'),
    ('2034-10-09_summit_serbia-raises-army-alert.txt', 'A04', 'ordered the army to its highest'),
    ('2034-10-09_summit_serbia-raises-army-alert.txt', 'A01', 'a Kosovo police officer was killed in'),
    ('2034-10-09_summit_serbia-raises-army-alert.txt', 'A15', 'Vuksanovic warned that Serbian troops'),
    ('2034-10-09_summit_serbia-raises-army-alert.txt', 'A04', 'had been placed on alert'),
    ('2034-10-09_summit_serbia-raises-army-alert.txt', 'A16', 'Mehmeti demanded on Monday that Belgrade'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt', 'A16', 'prime minister demanded on Monday'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt', 'A01', 'gunmen who killed a police sergeant'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt', 'A16', 'it must deliver them to Kosovo justice'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt', 'A17', 'separately called on Serbia to extradite'),
    ('2034-10-09_kestrel_kosovo-demands-handover.txt', 'A02', 'have so far detained two suspects'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A04', 'put its armed forces on full combat alert'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A10', 'barred trucks from its main crossing'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A01', 'the killing of a Kosovo policeman'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A15', 'would be ready to enter Kosovo'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A16', 'repeated his demand that Serbia surrender'),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A01', "the men behind Sunday's raid"),
    ('2034-10-09_larchmont_serbian-army-on-alert.txt', 'A17', 'made the same demand in a letter'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt',
     'A05', 'armoured vehicles and troop trucks moved'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt', 'A15', 'threatened to send the army in'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt', 'A05', 'counted at least 40 vehicles'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt',
     'A05', 'the troops were taking up positions'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt', 'A04', 'put on its highest alert level'),
    ('2034-10-10_kestrel_serbian-troops-roll-toward-boundary.txt', 'A10', 'which Kosovo closed to trucks'),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A09', 'stepped down on Tuesday'),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A09', 'were handed to the Central Election'),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A02', 'arrested two Serbs on Monday'),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A01', "Sunday's deadly raid on Zupce"),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A09', 'The resignations came a day after'),
    ('2034-10-10_summit_serb-mayors-quit.txt', 'A04', 'Belgrade placed its army on maximum alert'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A07', 'held two hours of talks'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A07', 'said after the meeting that he'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A07', 'His visit came as'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A05', 'Serbian troops moved closer to the boundary'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A09', 'the four Serb mayors in the north quit'),
    ('2034-10-10_bluewater_eu-envoy-in-pristina.txt', 'A16', 'Mehmeti had demanded that Serbia hand'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt', 'A10', 'closed it to freight in response'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt',
     'A01', 'the killing of a police officer in a nearby'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt',
     'A05', 'Serbian troops were also seen on the road'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt', 'A02', 'police detained two local men suspected'),
    ('2034-10-10_ferncliff_trucks-stranded-at-jarinje.txt',
     'A09', 'Mayors of the four Serb-run municipalities'),
    ('2034-10-11_larchmont_nato-sends-extra-troops.txt', 'A06', 'sending an additional battalion'),
    ('2034-10-11_larchmont_nato-sends-extra-troops.txt', 'A05', 'Serbian armoured units and artillery moved'),
    ('2034-10-11_larchmont_nato-sends-extra-troops.txt', 'A06', 'The first of the reinforcements'),
    ('2034-10-11_larchmont_nato-sends-extra-troops.txt', 'A01', 'police sergeant was shot dead on Sunday'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt',
     'A08', 'met Serbian President Dusan Vuksanovic in Belgrade'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt', 'A05', 'brought Serbian troops to the edge'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt', 'A08', 'The meeting at the presidency lasted'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt', 'A07', 'had been in Pristina on Tuesday'),
    ('2034-10-11_granite_envoy-takes-talks-to-belgrade.txt', 'A15', 'had warned on Monday that his army'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt', 'A13', 'ordered a 41-year-old man suspected'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt', 'A01', 'the deadly raid on the village of Zupce'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt', 'A02', 'He was detained on Monday together'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt', 'A01', 'three of his colleagues were wounded'),
    ('2034-10-11_kestrel_court-orders-suspect-held.txt', 'A09', 'Four Serb mayors in the north resigned'),
    ('2034-10-11_summit_nato-rushes-reinforcements.txt', 'A06', 'ordered several hundred extra soldiers'),
    ('2034-10-11_summit_nato-rushes-reinforcements.txt', 'A06', 'came from a reserve battalion'),
    ('2034-10-11_summit_nato-rushes-reinforcements.txt', 'A05', 'Serbian armoured columns drove south'),
    ('2034-10-11_summit_nato-rushes-reinforcements.txt', 'A08', 'was in Belgrade on Wednesday for talks'),
    ('2034-10-12_bluewater_third-suspect-arrested.txt', 'A03', 'arrested a third man on Thursday'),
    ('2034-10-12_bluewater_third-suspect-arrested.txt', 'A01', "Sunday's raid on Zupce"),
    ('2034-10-12_bluewater_third-suspect-arrested.txt', 'A03', 'surrounded the building shortly before dawn'),
    ('2034-10-12_bluewater_third-suspect-arrested.txt', 'A13', 'ordered one of the earlier suspects'),
    ('2034-10-12_bluewater_third-suspect-arrested.txt',
     'A10', 'closed the Jarinje crossing to trucks on Monday'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A12', 'Several thousand ethnic Serbs rallied'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A03', 'officers arrested a third suspect'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A01', "Sunday's killing of a policeman"),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A09', 'the four mayors who resigned on Tuesday'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A13', 'ordered one of the first two suspects'),
    ('2034-10-12_larchmont_thousands-of-serbs-rally.txt', 'A12', 'The rally ended peacefully'),
    ('2034-10-12_summit_serbs-march-in-mitrovica.txt', 'A12', 'marched through North Mitrovica on Thursday'),
    ('2034-10-12_summit_serbs-march-in-mitrovica.txt', 'A12', 'Marchers carried Serbian flags and banners'),
    ('2034-10-12_summit_serbs-march-in-mitrovica.txt', 'A09', 'who quit as Zvecan mayor on Tuesday'),
    ('2034-10-12_summit_serbs-march-in-mitrovica.txt', 'A12', 'the march passed without incident'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt',
     'A01', 'an attack on a police patrol in the village'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt', 'A03', 'arrested a third suspect, a 35-year-old'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt', 'A12', 'thousands of Serbs rallied in the town'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt', 'A06', 'NATO reinforcements sent on Wednesday'),
    ('2034-10-13_granite_both-sides-hold-their-ground.txt', 'A10', 'since the crossing closed on Monday'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A11', 'reopened the Jarinje border crossing'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A10', 'a week after closing it'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A01', 'a deadly attack on a police patrol'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A11', 'the decision to lift the ban'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A04', 'Serbia put its army on its highest alert'),
    ('2034-10-16_summit_trucks-roll-again-at-jarinje.txt', 'A10', 'the same day the crossing was closed'),
    ('2034-10-16_kestrel_kosovo-lifts-truck-ban.txt', 'A11', 'lifted its ban on trucks'),
    ('2034-10-16_kestrel_kosovo-lifts-truck-ban.txt', 'A10', 'closed Jarinje to freight on October 9'),
    ('2034-10-16_kestrel_kosovo-lifts-truck-ban.txt', 'A01', 'gunmen killed police sergeant Lulzim Hasani'),
    ('2034-10-16_kestrel_kosovo-lifts-truck-ban.txt', 'A06', 'NATO flew in an extra battalion'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt', 'A14', 'met face to face in Brussels'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt',
     'A01', 'a police officer was killed in northern Kosovo'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt', 'A14', 'spent more than three hours'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt', 'A11', 'Kosovo reopened the Jarinje crossing'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt', 'A10', 'a week after shutting it'),
    ('2034-10-17_larchmont_leaders-meet-in-brussels.txt',
     'A05', 'Serbian army units sent toward the boundary'),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt',
     'A14', "Talks in Brussels between Kosovo's prime minister"),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt',
     'A01', 'the killing of a Kosovo police officer on October 8'),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt',
     'A14', 'sat at the same table with EU mediators'),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt',
     'A07', 'held talks with Mehmeti in Pristina'),
    ('2034-10-17_bluewater_brussels-talks-end-without-deal.txt', 'A08', 'He saw Vuksanovic in Belgrade'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt', 'A14', 'held EU-brokered talks in Brussels'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt', 'A01', 'gunmen shot dead a Kosovo policeman'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt',
     'A14', 'ran well past its scheduled two hours'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt', 'A14', 'We talked, and for this week'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt', 'A11', 'by reopening its main crossing'),
    ('2034-10-17_kestrel_first-talks-since-zupce-killing.txt',
     'A09', 'the four Serb mayors who quit last week'),
]

FLOORS = {"pairwise_f1": 0.88, "b3_f1": 0.87, "reports_found": 0.58}


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
