"""Nineteenth blind incident batch: how eventwire groups into incidents the events that several reports give
of the same real-world act, on reports it has never seen. Written on 2026-12-01, before the coder was run on
any of it.

The crisis: ten days of a migration and border crisis between Belarus, Poland and Lithuania in October 2034.
Belarusian troops push migrants through the Polish fence near Kuznica on the Monday night (180, then 200,
then nearly 260 people) and again through the Bialowieza forest on the Thursday night (about 300); Poland
orders 5,000 more soldiers to the border and Lithuania 1,200 the same day; the Polish prime minister and
interior minister each ask Brussels for Frontex officers; the two interior ministers meet in Vilnius; the EU
foreign policy chief threatens sanctions and five days later the EU adds 14 Belarusian officials to its
sanctions list; a Polish soldier is stabbed at the fence and, three days later, Polish guards shoot dead a
migrant (one dead, then two); Poland closes its road crossings, Minsk refuses to take migrants back, and
Lithuania declares a state of emergency; volunteers deliver food in the forest, thousands march in Warsaw,
police arrest seven smugglers, and Minsk summons the Polish charge d'affaires.

Everything here is synthetic: the outlets and the people are invented, the countries and places are real,
the events never happened and the dates lie in the future. 24 documents from 6 outlets over 9 days, one a
verbatim syndicated copy (new dateline credit and a closing credit line) and one a lightly edited copy;
18 acts of 11 PLOVER types, 87 reports.

Gold conventions. An act is one real-world act: one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the CAMEO2PLOVER-2021 codebook gives it (a
second type only where the codebook allows two readings: the EU sanctions listing, SANCTION or COERCE under
163) and the day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an
act that happened, background recaps in later reports and quotes that tell the act included; the cue is a
verbatim piece of that sentence found once in its file. A sentence reports at most one act of a type.
Look-alikes are separate acts: the two pushes (same parties, three days apart), the two troop deployments
(Poland and Lithuania, same day), the two Frontex requests (one per speaker, same day), the threat of
sanctions and the later sanctions, the stabbing and the shooting. Not listed: planned or expected acts (the
ministers' meeting before it happens, the decision on the crossings before it is taken), conditional acts,
what a threat or demand asks for (no Frontex officers arrive), acts more than a year before, tolls, tallies
and crowd counts, opinions, and bare anaphoric mentions ("the warning", "the summons") in a sentence about
another act.

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains
a report's cue and whose type is one of that act's types maps to the act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event.
FLOORS are pinned 0.03 below the figures of the session that first ran it.

Every text was checked with /tmp/ew/overlap_inc.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, on commit 71bc9e0 (the seventh 2026-12-01 session's starting code, b0fff45's coder; written to be
read), with `figures`: **pairwise F1 0.862** (precision 1.000, recall 0.758), B-cubed F1 0.897.
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
    ('2034-10-03_ambercoast_belarus-forces-migrants-into-poland.txt',
     'Belarus forces migrants through Polish fence as Warsaw rushes troops east\n\n'
     'WARSAW, October 3, 2034 (Amber Coast Wire) - Belarusian border troops forced about 180 '
     'migrants through the steel barrier into eastern Poland on Monday night, Polish officials '
     "said, in the largest such crossing this year. Poland's Defence Ministry responded on "
     'Tuesday by ordering 5,000 additional soldiers to the frontier region of Podlasie.\n\n'
     'Border Guard spokeswoman Dorota Pawlikowska said the group, which included women and small'
     ' children, was driven toward a stretch of fence near Kuznica that had been cut open from '
     'the Belarusian side.\n\n'
     '"Men in uniform were walking behind them and shouting at them to keep moving," Pawlikowska'
     ' told reporters in Bialystok.\n\n'
     'Most of the migrants were found within hours by Polish patrols, and 14 were taken to '
     'hospital suffering from cold and exhaustion.\n\n'
     'Poland shares a 418-kilometre frontier with Belarus, and a steel wall put up after the '
     '2021 crisis covers 186 kilometres of it. About 10,000 soldiers were already posted along '
     'that frontier, according to Defence Minister Witold Kamieniarz.\n\n'
     'Belarusian authorities did not answer questions sent by Amber Coast Wire. A spokesman for '
     'the European Commission said Brussels was in touch with Warsaw.'),
    ('2034-10-03_northstar_poland-orders-troops-to-border.txt',
     'Poland orders 5,000 more troops to Belarus frontier; Lithuania follows\n\n'
     'BIALYSTOK, October 3, 2034 (Northstar Agency) - Poland is dispatching another 5,000 troops'
     ' to the Belarusian frontier, the government said on Tuesday, after Belarusian guards '
     'pushed a large group of migrants across the frontier overnight.\n\n'
     'The reinforcements include engineering units and helicopter crews and should be in '
     'position by the weekend, the Defence Ministry said.\n\n'
     'Polish officials put the number of people who came across on Monday night at about 200, '
     'slightly higher than first estimates.\n\n'
     'In Vilnius, Lithuanian Defence Minister Mindaugas Rimkus said on Tuesday he had ordered '
     '1,200 troops to the Belarusian border as a precaution. "What happened at Kuznica could '
     'happen on our side tomorrow," Rimkus said.\n\n'
     'Journalists and aid workers have been kept out of a strip along the Polish frontier for '
     'long periods since 2021.\n\n'
     'Tomasz Grzelak, of the Centre for Eastern Security Studies in Warsaw, said the timing '
     'looked like an attempt to test Polish resolve before a meeting of EU foreign ministers '
     'next week.'),
    ('2034-10-03_eastgate_lithuania-moves-troops-to-frontier.txt',
     'Lithuania moves troops to Belarus frontier after Polish incident\n\n'
     'VILNIUS, October 3, 2034 (Eastgate Bulletin) - Lithuania ordered 1,200 soldiers east to '
     'guard the Belarusian frontier on Tuesday, saying it feared a repeat of the mass crossing '
     'that hit neighbouring Poland overnight.\n\n'
     'Defence Minister Mindaugas Rimkus said the units, drawn mostly from motorised infantry '
     'battalions, would back up border guards near the Medininkai and Salcininkai checkpoints.\n\n'
     '"We are not going to sit and wait," Rimkus told a news conference in Vilnius.\n\n'
     'The Lithuanian border with Belarus runs for 679 kilometres, most of it now lined with '
     'razor wire. In 2021, Lithuania registered more than 4,000 irregular crossings from '
     'Belarus, up from a few dozen a year earlier.\n\n'
     'Interior Minister Rasa Vaitkeviciene is due to host her Polish counterpart in Vilnius on '
     'Wednesday.'),
    ('2034-10-03_lowlandcourier_warsaw-asks-brussels-for-frontex.txt',
     'Warsaw asks Brussels to send Frontex as border pressure mounts\n\n'
     'WARSAW, October 3, 2034 (Lowland Courier) - Prime Minister Lucjan Borowiec urged the '
     "European Union on Tuesday to send Frontex border officers to Poland's eastern frontier, a "
     'day after a large group of migrants was pushed across from Belarus.\n\n'
     '"Our border is the Union\'s border, and it has to be guarded as one," Borowiec told '
     'parliament.\n\n'
     'Interior Minister Ewelina Stachurska made the same request in a letter to the European '
     'Commission, asking for at least 300 Frontex officers and a fleet of surveillance drones.\n\n'
     'Brussels gave no indication of when it would reply. The EU border agency keeps a small '
     'team in Lithuania but has no officers on the Polish side.\n\n'
     "Poland's Defence Ministry said separately that 5,000 extra troops were heading to the "
     'Podlasie region.\n\n'
     'Until now Warsaw had relied only on its own forces along the eastern border.'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt',
     'Polish and Lithuanian ministers meet in Vilnius on border crisis\n\n'
     'VILNIUS, October 4, 2034 (Riverbend Dispatch) - The interior ministers of Poland and '
     'Lithuania met in Vilnius on Wednesday to coordinate their response to the migrant '
     'crossings from Belarus.\n\n'
     'Ewelina Stachurska and her Lithuanian counterpart Rasa Vaitkeviciene spent two hours '
     'together at the ministry before driving out to a border post at Medininkai.\n\n'
     '"We see the same methods on either side of the fence, and we will answer with the same '
     'tools," Vaitkeviciene told reporters afterwards.\n\n'
     'The talks came a day after Stachurska wrote to the European Commission requesting Frontex '
     'officers. Prime Minister Lucjan Borowiec had made a similar appeal to Brussels in a speech'
     ' to parliament.\n\n'
     'Lithuania sent 1,200 soldiers to its own frontier on Tuesday.\n\n'
     'Lithuanian border guards have turned back 640 people this year, according to official '
     'figures. The Belarusian Foreign Ministry has not commented on the crossings.'),
    ('2034-10-04_ambercoast_eu-warns-belarus-of-sanctions.txt',
     'EU warns Belarus of new sanctions over border crossings\n\n'
     'BRUSSELS, October 4, 2034 (Amber Coast Wire) - Katrin Ahlgren, who runs EU foreign policy,'
     ' warned Belarus on Wednesday that it would face new sanctions if it kept sending migrants '
     'across its borders with Poland and Lithuania.\n\n'
     '"Minsk should be in no doubt that there will be a price," Ahlgren said in a written '
     'statement.\n\n'
     'Diplomats said the measures under discussion would target border officials and the state '
     'airline. EU foreign ministers meet in Luxembourg on Monday and could approve a list then, '
     'two diplomats told Amber Coast Wire.\n\n'
     "The warning followed Monday night's crossing near the Polish village of Kuznica, where "
     'Belarusian troops escorted about 180 people to a gap cut in the fence.\n\n'
     'The EU has imposed several rounds of sanctions on Belarus since the disputed presidential '
     'election of 2020.'),
    ('2034-10-05_northstar_polish-soldier-stabbed-at-border.txt',
     'Polish soldier stabbed as migrants try to cross from Belarus\n\n'
     'WARSAW, October 5, 2034 (Northstar Agency) - A Polish soldier was stabbed late on '
     'Wednesday while trying to stop a group of migrants climbing the border fence near '
     'Bialowieza, the army said.\n\n'
     'The 24-year-old private was wounded in the chest and underwent surgery in Hajnowka, where '
     'doctors described his condition as serious but stable.\n\n'
     'The attacker, a man who had crossed from the Belarusian side, fled back through the fence,'
     ' army spokesman Colonel Jerzy Lipski said.\n\n'
     '"Our soldiers are facing people who are armed with knives, and sometimes with iron bars," '
     'Lipski said.\n\n'
     'Poland sent 5,000 additional troops to the area on Tuesday.\n\n'
     'Border guards logged more than 1,100 attempts to cross in the first days of October, '
     'against about 300 in the whole of September.'),
    ('2034-10-05_riverbend_soldier-stabbed-near-bialowieza.txt',
     'Soldier stabbed near Bialowieza as migrants climb border fence\n\n'
     'WARSAW, October 5, 2034 (Riverbend Dispatch) - A Polish soldier was stabbed late on '
     'Wednesday as he tried to stop a group of migrants scaling the border fence near '
     'Bialowieza, the army said.\n\n'
     'The 24-year-old private was wounded in the chest and had surgery in Hajnowka, where '
     'doctors said his condition was serious but stable.\n\n'
     'The attacker, a man who had crossed from Belarus, escaped back through the fence, army '
     'spokesman Colonel Jerzy Lipski said.\n\n'
     '"Our soldiers are facing people armed with knives, and sometimes with iron bars," Lipski '
     'said.\n\n'
     'Poland sent 5,000 additional troops to the area on Tuesday.\n\n'
     'With reporting by Northstar Agency.'),
    ('2034-10-05_granitehill_knife-attack-on-polish-soldier.txt',
     'Knife attack on Polish soldier at Belarus fence\n\n'
     'HAJNOWKA, October 5, 2034 (Granite Hill Times) - A man who slipped across from Belarus '
     'knifed a young Polish soldier on patrol in the Bialowieza forest on Wednesday night, '
     'military officials said.\n\n'
     'The soldier, a private serving with a territorial defence unit, was flown by helicopter to'
     ' the hospital in Hajnowka.\n\n'
     'Residents of villages near the forest said they now hear helicopters over their homes '
     'every night.\n\n'
     '"Nobody here goes out after dark any more," said Halina Kowalczuk, 67, who keeps a grocery'
     ' in the village of Budy.\n\n'
     'Officials called it the most serious injury to a member of the Polish forces on the '
     'frontier in several years. The army said the attacker ran back into Belarus.\n\n'
     "Poland's government is due to decide later on Thursday whether to close the road crossings"
     ' with Belarus.'),
    ('2034-10-05_lowlandcourier_poland-shuts-belarus-crossings.txt',
     'Poland shuts Belarus crossings as Minsk refuses to take migrants back\n\n'
     'WARSAW, October 5, 2034 (Lowland Courier) - Poland closed its road crossings with Belarus '
     'at Kuznica and Bobrowniki on Thursday, one day after a soldier was stabbed at the border.\n\n'
     'Trucks were being turned away from both checkpoints by midday, and freight will be '
     'diverted to Lithuania and Latvia, Interior Minister Ewelina Stachurska said.\n\n'
     'The rail crossing at Terespol stays open for now.\n\n'
     'In Minsk, the Foreign Ministry said Belarus would not take back any of the migrants who '
     'had entered Poland this week, calling them "Poland\'s responsibility". Spokesman Pavel '
     'Kutsevich told state television that Belarus "does not guard the European Union\'s borders '
     'for it".\n\n'
     'Belarus earns several hundred million dollars annually from freight through the two '
     'crossings, according to Polish estimates.\n\n'
     '"It costs us money too, but we have no other option," Stachurska said.'),
    ('2034-10-05_riverbend_warsaw-seals-border-posts.txt',
     'Warsaw seals border posts after soldier is knifed\n\n'
     'BIALYSTOK, October 5, 2034 (Riverbend Dispatch) - Polish authorities sealed the Kuznica '
     'and Bobrowniki border posts on Thursday, cutting the last road links to Belarus for '
     'travellers and freight.\n\n'
     'The government acted hours after a private was stabbed in the chest by a man who climbed '
     'the fence near Bialowieza late on Wednesday.\n\n'
     'Long queues of lorries had built up on the Polish side by Thursday afternoon.\n\n'
     'Poland kept the Kuznica post shut for more than a year after the 2021 crisis.\n\n'
     '"We will reopen when Minsk stops sending people at our fence," Prime Minister Lucjan '
     'Borowiec told reporters.'),
    ('2034-10-06_ambercoast_second-mass-crossing-into-poland.txt',
     'Hundreds more migrants pushed into Poland in second night-time crossing\n\n'
     'WARSAW, October 6, 2034 (Amber Coast Wire) - Belarusian forces pushed about 300 migrants '
     'into Poland through the Bialowieza forest on Thursday night, the Polish Border Guard said,'
     ' the second mass crossing this week.\n\n'
     'The group was brought to the fence in military trucks and made to cross at three points '
     'within an hour, spokeswoman Dorota Pawlikowska said.\n\n'
     'Polish officials now say nearly 260 people were forced across near Kuznica on Monday '
     'night, up from an earlier estimate of 180.\n\n'
     "The new crossing came despite Poland's decision on Thursday to close its road checkpoints "
     'at Kuznica and Bobrowniki.\n\n'
     '"They are testing us every night, in different places," Pawlikowska said.\n\n'
     'About 40 of the migrants were taken to hospital, mostly with hypothermia and cuts from '
     'razor wire. Temperatures in the forest fell close to freezing on Thursday night.'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt',
     'Lithuania declares state of emergency along Belarus border\n\n'
     'VILNIUS, October 6, 2034 (Eastgate Bulletin) - Lithuania put five districts along its '
     'Belarusian frontier under a state of emergency on Friday, as fears grew that the mass '
     'crossings into Poland could spread north.\n\n'
     'The measure, approved by the Seimas by 112 votes to 9, lets border guards stop and search '
     'vehicles and bars non-residents from the border strip for a month.\n\n'
     'Interior Minister Rasa Vaitkeviciene said the government had no evidence yet of large '
     'groups gathering on the Belarusian side but could not take risks. "We have watched what '
     'happened to Poland this week and we do not intend to be next," she said.\n\n'
     'Vaitkeviciene met her Polish counterpart in Vilnius on Wednesday, and Lithuania sent 1,200'
     ' extra troops to the frontier on Tuesday.\n\n'
     'Poland said on Friday that Belarusian forces had pushed around 300 people across its '
     'border overnight, the second such incident in four days.\n\n'
     'Lithuania last declared a border emergency in 2021, when thousands of migrants crossed '
     'from Belarus over the summer.'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt',
     'Lithuania declares state of emergency along Belarus border\n\n'
     'VILNIUS, October 6, 2034 (Northstar Agency) - Lithuania put five districts along its '
     'Belarusian frontier under a state of emergency on Friday, as fears grew that the mass '
     'crossings into Poland could spread north.\n\n'
     'The measure, approved by the Seimas by 112 votes to 9, lets border guards stop and search '
     'vehicles and bars non-residents from the border strip for a month.\n\n'
     'Interior Minister Rasa Vaitkeviciene said the government had no evidence yet of large '
     'groups gathering on the Belarusian side but could not take risks. "We have watched what '
     'happened to Poland this week and we do not intend to be next," she said.\n\n'
     'Vaitkeviciene met her Polish counterpart in Vilnius on Wednesday, and Lithuania sent 1,200'
     ' extra troops to the frontier on Tuesday.\n\n'
     'Poland said on Friday that Belarusian forces had pushed around 300 people across its '
     'border overnight, the second such incident in four days.\n\n'
     'Lithuania last declared a border emergency in 2021, when thousands of migrants crossed '
     'from Belarus over the summer.\n\n'
     'This report first appeared in Eastgate Bulletin.'),
    ('2034-10-06_granitehill_volunteers-bring-food-to-forest.txt',
     'Volunteers carry food and blankets to migrants stranded in Polish forest\n\n'
     'MICHALOWO, October 6, 2034 (Granite Hill Times) - Volunteers from the aid group Forest '
     'Lifeline delivered food, water and sleeping bags to several dozen migrants hiding in the '
     'woods near Michalowo on Friday.\n\n'
     "The group's coordinator, Agnieszka Wrona, said her teams handed out hot soup and dry "
     'clothes to about 70 people before dawn, among them a pregnant woman and an infant.\n\n'
     '"Some of them had not eaten for four days," Wrona said.\n\n'
     'Many of them had been pushed through the fence by Belarusian troops on Thursday night, she'
     ' said.\n\n'
     'The volunteers work openly but must stay outside the restricted border strip, where only '
     'soldiers and border guards may go. Forest Lifeline has about 300 volunteers, most of them '
     'from Bialystok and Warsaw.\n\n'
     'The forest, one of the last primeval woodlands in Europe, straddles the border with '
     'Belarus.'),
    ('2034-10-07_lowlandcourier_migrant-shot-dead-at-border.txt',
     'Migrant shot dead as group tries to break through Polish border fence\n\n'
     'BIALYSTOK, October 7, 2034 (Lowland Courier) - Polish border guards opened fire on a group'
     ' of migrants trying to force their way through the border fence near Czeremcha on '
     'Saturday, killing one man and wounding another, police said.\n\n'
     'The dead man was believed to be a Syrian in his thirties, a police spokesman said.\n\n'
     'The Border Guard said its officers fired only after warning shots had been ignored.\n\n'
     'The wounded man was taken to hospital in Bialystok in a critical condition.\n\n'
     'It was the first death at the frontier since the crossings began on Monday.\n\n'
     'Aid workers say dozens of people are still sheltering in the woods around Czeremcha.'),
    ('2034-10-07_ambercoast_thousands-march-in-warsaw.txt',
     'Thousands march in Warsaw against border pushbacks\n\n'
     'WARSAW, October 7, 2034 (Amber Coast Wire) - Several thousand people marched through '
     'central Warsaw on Saturday to protest against the treatment of migrants on the Belarusian '
     'border, hours after a migrant was shot dead there.\n\n'
     'Marchers carried banners reading "Humanity has no borders" and chanted outside the '
     'Interior Ministry.\n\n'
     'Police estimated the crowd at 6,000, while organisers, a coalition called Doors Open, gave'
     ' a figure of 15,000.\n\n'
     '"We are ashamed of what is being done in our name in that forest," said Marta Zielonka, '
     '29, a teacher who travelled from Lodz.\n\n'
     'Polish guards killed one man and wounded another on Saturday morning when a group tried to'
     ' break through the fence near Czeremcha, police said.\n\n'
     'Government ministers did not comment on the march, which ended peacefully in the early '
     'evening.'),
    ('2034-10-08_riverbend_second-migrant-dies-after-shooting.txt',
     'Second migrant dies after Polish border shooting; seven held for smuggling\n\n'
     'WARSAW, October 8, 2034 (Riverbend Dispatch) - A second man wounded when Polish border '
     'guards fired on migrants on Saturday has died in hospital, raising the number of dead from'
     ' the shooting to two, prosecutors said on Sunday.\n\n'
     "The man, a 19-year-old Iraqi, died overnight in Bialystok, the regional prosecutor's "
     'office said.\n\n'
     'Separately, police arrested seven suspected people smugglers in raids across Podlasie on '
     'Sunday, seizing four vans and cash. Five of the suspects are Polish citizens and two come '
     'from Georgia, a police spokeswoman said.\n\n'
     'Thousands of people protested in Warsaw on Saturday against what they called the brutal '
     'treatment of migrants at the border.\n\n'
     "The European Union's foreign ministers will discuss new sanctions on Belarus when they "
     'meet in Luxembourg on Monday.'),
    ('2034-10-08_granitehill_police-detain-seven-smuggling-suspects.txt',
     'Police detain seven in raids on border smuggling network\n\n'
     'BIALYSTOK, October 8, 2034 (Granite Hill Times) - Polish police detained seven people on '
     'Sunday suspected of driving migrants from the Belarusian border to Germany for up to 4,000'
     ' euros each.\n\n'
     'Officers raided addresses in Bialystok, Sokolka and Augustow at dawn and took four vans, '
     'phones and about 60,000 euros in cash, police spokeswoman Iwona Sadowska said.\n\n'
     'The network had been operating since the summer, Sadowska said.\n\n'
     'The network is thought to have picked up some of the roughly 300 people pushed into Poland'
     ' by Belarusian troops on Thursday night.\n\n'
     'The seven could be jailed for as long as eight years if found guilty.\n\n'
     'German federal police recorded more than 2,000 unauthorised arrivals from Poland in '
     'September.'),
    ('2034-10-09_northstar_eu-blacklists-belarusian-border-chiefs.txt',
     'EU blacklists Belarusian border chiefs over migrant crossings\n\n'
     'LUXEMBOURG, October 9, 2034 (Northstar Agency) - European Union foreign ministers added 14'
     " Belarusian officials, including the head of the State Border Committee, to the bloc's "
     'sanctions list on Monday over the mass migrant crossings into Poland.\n\n'
     'The officials face an asset freeze and a ban on travel to the EU.\n\n'
     '"Minsk was warned, and it chose not to listen," foreign policy chief Katrin Ahlgren told '
     'reporters after the meeting.\n\n'
     'Ahlgren had threatened Belarus with new measures last Wednesday.\n\n'
     'Belarus has been under EU sanctions since 2020, and most direct flights between the bloc '
     'and Minsk were halted years ago.\n\n'
     'Diplomats said a broader package aimed at Belarusian potash and timber exports was still '
     'being discussed.'),
    ('2034-10-09_eastgate_minsk-summons-polish-envoy.txt',
     'Minsk summons Polish envoy over border shooting\n\n'
     "MINSK, October 9, 2034 (Eastgate Bulletin) - Belarus summoned Poland's charge d'affaires, "
     'Marek Sobczyk, on Monday, citing the killing of two migrants by Polish border guards.\n\n'
     'A Foreign Ministry statement said Sobczyk was told that Warsaw bore full responsibility '
     'for the deaths.\n\n'
     "Poland has been represented in Minsk by a charge d'affaires rather than an ambassador for "
     'several years.\n\n'
     'The summons came hours after the EU placed 14 Belarusian officials under sanctions.\n\n'
     'Polish officials had not reacted by late afternoon.\n\n'
     '"No one in Europe speaks about the people killed in the Polish forest," Foreign Ministry '
     'spokesman Pavel Kutsevich said.'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'EU adds Belarus border officials to sanctions blacklist\n\n'
     'LUXEMBOURG, October 9, 2034 (Riverbend Dispatch) - The EU slapped sanctions on 14 '
     'Belarusian officials on Monday, saying they were responsible for the migrant crossings '
     'into Poland and Lithuania.\n\n'
     'Those listed include border commanders in the Grodno and Brest regions and two senior '
     "Interior Ministry officials, according to the EU's Official Journal.\n\n"
     'Foreign ministers approved the measures without debate at a meeting in Luxembourg.\n\n'
     'Last week, EU foreign policy chief Katrin Ahlgren warned Minsk it would pay a price for '
     'the crossings.\n\n'
     'Lithuania declared a border emergency on Friday in its frontier districts.\n\n'
     '"Sanctions on individuals have done little to change behaviour in Minsk in the past," said'
     ' Tomasz Grzelak of the Centre for Eastern Security Studies.'),
    ('2034-10-10_lowlandcourier_border-quieter-but-tension-persists.txt',
     'Border quieter after week of crossings, but tension with Minsk persists\n\n'
     'WARSAW, October 10, 2034 (Lowland Courier) - No new mass crossings from Belarus were '
     'reported overnight, the Polish Border Guard said on Tuesday, following a week of '
     'pushbacks, shootings and diplomatic rows.\n\n'
     "Belarus summoned Poland's charge d'affaires in Minsk on Monday to protest over the "
     "weekend's events at the fence.\n\n"
     'Warsaw has kept its Kuznica and Bobrowniki crossings closed since Thursday.\n\n'
     'Border Guard spokeswoman Dorota Pawlikowska said about 90 people had tried to cross on '
     'Monday night, all of them in small groups.\n\n'
     'The EU blacklisted 14 Belarusian officials on Monday, including the head of the State '
     'Border Committee.\n\n'
     'Tomasz Grzelak, an analyst at the Centre for Eastern Security Studies, said Minsk usually '
     'paused after each round of sanctions before starting again.'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'Nine days on the Belarus border: crossings, a stabbing and two deaths\n\n'
     "WARSAW, October 11, 2034 (Amber Coast Wire) - Poland's border with Belarus was calm for a "
     'second night on Tuesday, more than a week after a wave of crossings drove relations '
     'between Warsaw and Minsk to a new low.\n\n'
     'On the night of October 2, Belarusian soldiers marched nearly 260 migrants to a breach in '
     'the fence near Kuznica, according to Polish figures. A second group of about 300 was sent '
     'through the Bialowieza forest three nights later.\n\n'
     'Poland now has about 15,000 soldiers in the border zone, after the 5,000 reinforcements '
     'ordered on October 3.\n\n'
     'The private stabbed on October 4 has been moved out of intensive care, the army said on '
     'Wednesday. Two migrants died after border guards opened fire near Czeremcha on October 7.\n\n'
     'Prosecutors have not said whether the guards will face charges.\n\n'
     "Lithuania's state of emergency, declared on Friday, runs until early November. Minsk "
     "summoned Poland's charge d'affaires on Monday.\n\n"
     'Aid groups say at least 150 people are still hiding in the forest on the Polish side.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('COERCE',), '2034-10-02',
            'Belarusian troops push about 180 (then 200, then 260) migrants through the fence at Kuznica'),
    'A02': (('MOBILIZE',), '2034-10-03',
            'Polish Defence Ministry orders 5,000 more soldiers to the Belarus border'),
    'A03': (('MOBILIZE',), '2034-10-03',
            'Lithuanian Defence Minister Rimkus orders 1,200 troops to the Belarus border'),
    'A04': (('REQUEST',), '2034-10-03',
            'PM Borowiec urges the EU to send Frontex officers (speech to parliament)'),
    'A05': (('REQUEST',), '2034-10-03',
            'Interior Minister Stachurska asks the Commission by letter for Frontex officers'),
    'A06': (('CONSULT',), '2034-10-04',
            'Polish and Lithuanian interior ministers meet in Vilnius'),
    'A07': (('THREATEN',), '2034-10-04',
            'EU foreign policy chief Ahlgren warns Belarus of new sanctions'),
    'A08': (('ASSAULT',), '2034-10-04',
            'a man from Belarus stabs a Polish soldier at the fence near Bialowieza, late Wednesday'),
    'A09': (('REJECT',), '2034-10-05',
            'Belarusian Foreign Ministry refuses to take back the migrants who entered Poland'),
    'A10': (('COERCE',), '2034-10-05',
            'Poland closes the Kuznica and Bobrowniki road crossings'),
    'A11': (('COERCE',), '2034-10-05',
            'Belarusian forces push about 300 migrants into Poland through the Bialowieza forest'),
    'A12': (('COERCE',), '2034-10-06',
            'Lithuania declares a state of emergency in five border districts'),
    'A13': (('AID',), '2034-10-06',
            'Forest Lifeline volunteers deliver food, water and sleeping bags to migrants near Michalowo'),
    'A14': (('ASSAULT',), '2034-10-07',
            'Polish border guards open fire near Czeremcha, killing one migrant (later two)'),
    'A15': (('PROTEST',), '2034-10-07',
            'thousands march in Warsaw against the treatment of migrants'),
    'A16': (('COERCE',), '2034-10-08',
            'Polish police arrest seven suspected people smugglers in Podlasie raids'),
    'A17': (('SANCTION', 'COERCE'), '2034-10-09',
            'EU foreign ministers add 14 Belarusian officials to the sanctions list'),
    'A18': (('ACCUSE',), '2034-10-09',
            "Belarus summons Polish charge d'affaires Sobczyk over the shooting"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2034-10-03_ambercoast_belarus-forces-migrants-into-poland.txt',
     'A01', 'forced about 180 migrants through'),
    ('2034-10-03_ambercoast_belarus-forces-migrants-into-poland.txt',
     'A02', 'by ordering 5,000 additional soldiers'),
    ('2034-10-03_ambercoast_belarus-forces-migrants-into-poland.txt', 'A01', 'was driven toward a stretch'),
    ('2034-10-03_ambercoast_belarus-forces-migrants-into-poland.txt',
     'A01', 'Men in uniform were walking behind'),
    ('2034-10-03_northstar_poland-orders-troops-to-border.txt',
     'A02', 'Poland is dispatching another 5,000 troops'),
    ('2034-10-03_northstar_poland-orders-troops-to-border.txt',
     'A01', 'Belarusian guards pushed a large group'),
    ('2034-10-03_northstar_poland-orders-troops-to-border.txt',
     'A02', 'The reinforcements include engineering units'),
    ('2034-10-03_northstar_poland-orders-troops-to-border.txt', 'A03', 'he had ordered 1,200 troops'),
    ('2034-10-03_eastgate_lithuania-moves-troops-to-frontier.txt', 'A03', 'Lithuania ordered 1,200 soldiers'),
    ('2034-10-03_eastgate_lithuania-moves-troops-to-frontier.txt',
     'A03', 'drawn mostly from motorised infantry'),
    ('2034-10-03_lowlandcourier_warsaw-asks-brussels-for-frontex.txt',
     'A04', 'Prime Minister Lucjan Borowiec urged'),
    ('2034-10-03_lowlandcourier_warsaw-asks-brussels-for-frontex.txt',
     'A01', 'migrants was pushed across from Belarus'),
    ('2034-10-03_lowlandcourier_warsaw-asks-brussels-for-frontex.txt',
     'A05', 'made the same request in a letter'),
    ('2034-10-03_lowlandcourier_warsaw-asks-brussels-for-frontex.txt',
     'A02', '5,000 extra troops were heading'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt', 'A06', 'met in Vilnius on Wednesday'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt', 'A06', 'spent two hours together'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt',
     'A05', 'Stachurska wrote to the European Commission'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt',
     'A04', 'had made a similar appeal to Brussels'),
    ('2034-10-04_riverbend_polish-and-lithuanian-ministers-meet.txt', 'A03', 'Lithuania sent 1,200 soldiers'),
    ('2034-10-04_ambercoast_eu-warns-belarus-of-sanctions.txt', 'A07', 'warned Belarus on Wednesday'),
    ('2034-10-04_ambercoast_eu-warns-belarus-of-sanctions.txt', 'A07', 'there will be a price'),
    ('2034-10-04_ambercoast_eu-warns-belarus-of-sanctions.txt',
     'A01', 'Belarusian troops escorted about 180 people'),
    ('2034-10-05_northstar_polish-soldier-stabbed-at-border.txt', 'A08', 'was stabbed late on Wednesday'),
    ('2034-10-05_northstar_polish-soldier-stabbed-at-border.txt', 'A08', 'was wounded in the chest'),
    ('2034-10-05_northstar_polish-soldier-stabbed-at-border.txt',
     'A02', 'Poland sent 5,000 additional troops'),
    ('2034-10-05_riverbend_soldier-stabbed-near-bialowieza.txt', 'A08', 'was stabbed late on Wednesday'),
    ('2034-10-05_riverbend_soldier-stabbed-near-bialowieza.txt', 'A08', 'was wounded in the chest'),
    ('2034-10-05_riverbend_soldier-stabbed-near-bialowieza.txt',
     'A02', 'Poland sent 5,000 additional troops'),
    ('2034-10-05_granitehill_knife-attack-on-polish-soldier.txt', 'A08', 'knifed a young Polish soldier'),
    ('2034-10-05_lowlandcourier_poland-shuts-belarus-crossings.txt',
     'A10', 'Poland closed its road crossings'),
    ('2034-10-05_lowlandcourier_poland-shuts-belarus-crossings.txt',
     'A08', 'a soldier was stabbed at the border'),
    ('2034-10-05_lowlandcourier_poland-shuts-belarus-crossings.txt', 'A10', 'Trucks were being turned away'),
    ('2034-10-05_lowlandcourier_poland-shuts-belarus-crossings.txt', 'A09', 'Belarus would not take back'),
    ('2034-10-05_riverbend_warsaw-seals-border-posts.txt',
     'A10', 'sealed the Kuznica and Bobrowniki border posts'),
    ('2034-10-05_riverbend_warsaw-seals-border-posts.txt', 'A08', 'a private was stabbed in the chest'),
    ('2034-10-06_ambercoast_second-mass-crossing-into-poland.txt',
     'A11', 'pushed about 300 migrants into Poland'),
    ('2034-10-06_ambercoast_second-mass-crossing-into-poland.txt', 'A11', 'made to cross at three points'),
    ('2034-10-06_ambercoast_second-mass-crossing-into-poland.txt', 'A01', 'were forced across near Kuznica'),
    ('2034-10-06_ambercoast_second-mass-crossing-into-poland.txt', 'A10', 'decision on Thursday to close'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt',
     'A12', 'put five districts along its Belarusian frontier'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt',
     'A12', 'approved by the Seimas by 112 votes'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt',
     'A06', 'met her Polish counterpart in Vilnius'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt', 'A03', 'sent 1,200 extra troops'),
    ('2034-10-06_eastgate_lithuania-declares-border-emergency.txt',
     'A11', 'Belarusian forces had pushed around 300'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt',
     'A12', 'put five districts along its Belarusian frontier'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt',
     'A12', 'approved by the Seimas by 112 votes'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt',
     'A06', 'met her Polish counterpart in Vilnius'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt', 'A03', 'sent 1,200 extra troops'),
    ('2034-10-06_northstar_lithuania-declares-border-emergency.txt',
     'A11', 'Belarusian forces had pushed around 300'),
    ('2034-10-06_granitehill_volunteers-bring-food-to-forest.txt',
     'A13', 'delivered food, water and sleeping bags'),
    ('2034-10-06_granitehill_volunteers-bring-food-to-forest.txt',
     'A13', 'handed out hot soup and dry clothes'),
    ('2034-10-06_granitehill_volunteers-bring-food-to-forest.txt',
     'A11', 'pushed through the fence by Belarusian troops'),
    ('2034-10-07_lowlandcourier_migrant-shot-dead-at-border.txt',
     'A14', 'opened fire on a group of migrants'),
    ('2034-10-07_lowlandcourier_migrant-shot-dead-at-border.txt', 'A14', 'its officers fired only after'),
    ('2034-10-07_ambercoast_thousands-march-in-warsaw.txt', 'A15', 'Several thousand people marched'),
    ('2034-10-07_ambercoast_thousands-march-in-warsaw.txt', 'A14', 'a migrant was shot dead there'),
    ('2034-10-07_ambercoast_thousands-march-in-warsaw.txt', 'A15', 'chanted outside the Interior Ministry'),
    ('2034-10-07_ambercoast_thousands-march-in-warsaw.txt', 'A14', 'Polish guards killed one man'),
    ('2034-10-08_riverbend_second-migrant-dies-after-shooting.txt', 'A14', 'raising the number of dead'),
    ('2034-10-08_riverbend_second-migrant-dies-after-shooting.txt',
     'A16', 'police arrested seven suspected people smugglers'),
    ('2034-10-08_riverbend_second-migrant-dies-after-shooting.txt',
     'A15', 'Thousands of people protested in Warsaw'),
    ('2034-10-08_granitehill_police-detain-seven-smuggling-suspects.txt',
     'A16', 'Polish police detained seven people'),
    ('2034-10-08_granitehill_police-detain-seven-smuggling-suspects.txt', 'A16', 'Officers raided addresses'),
    ('2034-10-08_granitehill_police-detain-seven-smuggling-suspects.txt',
     'A11', 'pushed into Poland by Belarusian troops'),
    ('2034-10-09_northstar_eu-blacklists-belarusian-border-chiefs.txt',
     'A17', 'added 14 Belarusian officials'),
    ('2034-10-09_northstar_eu-blacklists-belarusian-border-chiefs.txt', 'A17', 'face an asset freeze'),
    ('2034-10-09_northstar_eu-blacklists-belarusian-border-chiefs.txt', 'A07', 'Minsk was warned'),
    ('2034-10-09_northstar_eu-blacklists-belarusian-border-chiefs.txt',
     'A07', 'Ahlgren had threatened Belarus'),
    ('2034-10-09_eastgate_minsk-summons-polish-envoy.txt',
     'A18', "Belarus summoned Poland's charge d'affaires"),
    ('2034-10-09_eastgate_minsk-summons-polish-envoy.txt', 'A14', 'the killing of two migrants'),
    ('2034-10-09_eastgate_minsk-summons-polish-envoy.txt', 'A18', 'Sobczyk was told that Warsaw'),
    ('2034-10-09_eastgate_minsk-summons-polish-envoy.txt',
     'A17', 'placed 14 Belarusian officials under sanctions'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'A17', 'slapped sanctions on 14 Belarusian officials'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'A17', 'Those listed include border commanders'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'A17', 'approved the measures without debate'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'A07', 'warned Minsk it would pay a price'),
    ('2034-10-09_riverbend_eu-adds-belarus-officials-to-blacklist.txt',
     'A12', 'Lithuania declared a border emergency'),
    ('2034-10-10_lowlandcourier_border-quieter-but-tension-persists.txt',
     'A18', "Belarus summoned Poland's charge d'affaires"),
    ('2034-10-10_lowlandcourier_border-quieter-but-tension-persists.txt',
     'A10', 'has kept its Kuznica and Bobrowniki crossings closed'),
    ('2034-10-10_lowlandcourier_border-quieter-but-tension-persists.txt',
     'A17', 'The EU blacklisted 14 Belarusian officials'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'A01', 'Belarusian soldiers marched nearly 260 migrants'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'A11', 'A second group of about 300 was sent'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'A02', 'the 5,000 reinforcements ordered on October 3'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt', 'A08', 'The private stabbed on October 4'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'A14', 'border guards opened fire near Czeremcha'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt', 'A12', 'declared on Friday'),
    ('2034-10-11_ambercoast_nine-days-on-the-belarus-border.txt',
     'A18', "Minsk summoned Poland's charge d'affaires"),
]

FLOORS = {"pairwise_f1": 0.9, "b3_f1": 0.93, "reports_found": 0.58}


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
