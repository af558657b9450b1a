"""Sixteenth blind incident batch: how eventwire groups into incidents the events that several reports give of
the same real-world act, on reports it has never seen. Written on 2026-12-01, before the coder was run on any
of it.

The crisis: ten days in northern Burkina Faso in October 2033. Jihadists of the Ansar al-Sahel Front, who
blockade the town of Djibo, ambush a supply convoy near Bourzanga (11 dead, then 23); the army and its Russian
mercenaries strike from the air near Pobe-Mengao on the Tuesday and east of Djibo on the Sunday; gunmen kill
villagers in Tongomayel (30, then 34, then 47), and the government and the jihadists each blame the other; a
CareBridge International nurse is abducted near Dori, the charity suspends its northern work, and the nurse
is freed five days later; the foreign minister threatens to expel meddling diplomats and the junta expels the
French charge d'affaires three days later; the media regulator takes a French-language broadcaster off the
air while the Sahel governor imposes a curfew the same day; the ECOWAS envoy holds two rounds of talks with
the junta leader; displaced families protest at a camp in Kaya.

Everything here is synthetic: the outlets and the people are invented, the countries and places are real,
the events never happened and the dates lie in the future. 25 documents from 6 outlets, one a verbatim
syndicated copy (new dateline credit and a closing credit line) and one a lightly edited copy.

Gold conventions. An act is one real-world act: one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the CAMEO2PLOVER-2021 codebook gives it and the
day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an act that
happened, background recaps in later reports included; the cue is a verbatim piece of that sentence found
once in its file. A sentence reports at most one act of a type. Not listed: planned or expected acts (the
envoy's announced visit and second meeting before they happen), denied and conditional acts, what a threat
or demand asks for until it happens, acts more than a year before, tolls and tallies, opinions, and bare
anaphoric mentions ("the expulsion", "the massacre") in a sentence about another act.

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains
a report's cue and whose type is one of that act's types maps to the act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0.

Every text was checked with /tmp/ew/overlap_inc.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, on commit 236ecfb (during the sixth 2026-12-01 session; written to be read), with `figures`:
**pairwise F1 0.669** (precision 0.909, recall 0.530), B-cubed F1 0.776. The session's starting code
(f98c98e), run beside it: pairwise F1 0.725 (precision 0.978, recall 0.576), B-cubed F1 0.805 (the session's
grouping change that reads spelled-out counts as numbers, 97ff1a4, accounts for 0.692 -> 0.669 of the drop on
the final coding).
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
    ("2033-10-03_savannawire_convoy-ambush-bourzanga.txt",
     "Jihadists ambush supply convoy bound for besieged Burkina town\n\n"
     "KAYA, October 3, 2033 (Savanna Wire) - Jihadist fighters ambushed a supply convoy heading for the "
     "besieged northern town of Djibo on Monday, killing at least 11 soldiers, two security sources "
     "said.\n\n"
     "The trucks, loaded with flour, rice and fuel, were struck by roadside bombs and then sprayed with "
     "gunfire a few kilometres north of Bourzanga, one of the sources said.\n\n"
     "Several vehicles were set on fire and an unknown number of drivers were missing, added the source, "
     "who spoke anonymously since he was not cleared to talk to the media.\n\n"
     "\"They fired from both sides of the road,\" said a driver who escaped on foot, speaking from a "
     "hospital bed in Kaya.\n\n"
     "No group had claimed the attack by Monday evening, but the Ansar al-Sahel Front has blockaded "
     "Djibo since early 2032 and its fighters have hit convoys on the Kaya road many times.\n\n"
     "The town of roughly 300,000 people, many of them displaced from outlying villages, depends on "
     "escorted convoys and the odd helicopter flight for food.\n\n"
     "\"The road to Djibo has become a corridor of death,\" said Moussa Tall, a researcher at the Sahel "
     "Security Observatory in Dakar.\n\n"
     "Burkina Faso's military rulers, in power since a 2022 coup, call the reopening of roads to "
     "blockaded towns their first priority but have so far fallen short."),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt",
     "Toll from Burkina convoy attack climbs to 23, army confirms\n\n"
     "OUAGADOUGOU, October 4, 2033 (Harmattan Post) - Twenty-three people, among them 17 soldiers and "
     "six civilian truck drivers, were killed when militants attacked a supply convoy bound for Djibo on "
     "Monday, Burkina Faso's army said on Tuesday.\n\n"
     "The army statement, broadcast by the state channel RTB, said \"terrorist criminals\" had used "
     "explosives and motorcycles in the ambush near Bourzanga, in the Centre-Nord region.\n\n"
     "It said 14 trucks had been destroyed and that the surviving vehicles reached Kaya early on "
     "Tuesday.\n\n"
     "Survivors said the militants fired rocket-propelled grenades at the lead armoured vehicle.\n\n"
     "The first count, given by security sources on Monday, was 11 dead.\n\n"
     "Separately, residents of Pobé-Mengao, about 40 km from Djibo, said a drone struck a crowd near the "
     "village's weekly market on Tuesday afternoon.\n\n"
     "\"We heard the engine overhead, then two explosions,\" a trader reached by telephone said, adding "
     "that he had helped carry at least eight bodies.\n\n"
     "Burkina Faso's junta has leaned heavily on Turkish-made drones and on Russian mercenaries since it "
     "broke with France in 2023."),
    ("2033-10-04_crossroads_drone-strike-near-djibo.txt",
     "Drone strike near Djibo kills militants, army says; residents dispute toll\n\n"
     "OUAGADOUGOU, October 4, 2033 (Crossroads Bulletin) - Burkina Faso's army and its Russian allies "
     "carried out a drone strike on Tuesday against what the military called a meeting of jihadist "
     "commanders near Pobé-Mengao, in the far north.\n\n"
     "\"Dozens of terrorists were neutralised,\" the army said in a short statement.\n\n"
     "Three residents told Crossroads Bulletin that the strike hit traders and herders gathered near the "
     "market, and that at least 12 civilians were among the dead.\n\n"
     "\"These were people selling goats, not fighters,\" said one of them, a teacher who asked that his "
     "name be withheld for fear of reprisals.\n\n"
     "Militants ambushed a convoy near Bourzanga on Monday, killing 23 soldiers and drivers, according "
     "to the army.\n\n"
     "Russian mercenaries have operated alongside Burkinabe troops since late 2031, according to "
     "diplomats, though the government describes them only as instructors.\n\n"
     "The Sahel Security Observatory counted 41 drone strikes in Burkina Faso between January and "
     "September."),
    ("2033-10-05_savannawire_aid-nurse-abducted-dori.txt",
     "Gunmen seize aid group nurse in northern Burkina Faso\n\n"
     "DORI, October 5, 2033 (Savanna Wire) - Gunmen abducted a nurse working for the medical charity "
     "CareBridge International outside the northern city of Dori on Wednesday, the organisation and a "
     "local official said.\n\n"
     "Souleymane Barry, a Burkinabe national, was taken from a clinic vehicle at a checkpoint set up by "
     "armed men on the road to Gorom-Gorom, the official said.\n\n"
     "The gunmen drove off with Barry toward the border with Niger, a witness said.\n\n"
     "The driver and two other staff members were not harmed, he added.\n\n"
     "\"We are deeply worried about our colleague and are working around the clock to bring him home,\" "
     "CareBridge country director Helena Marsh said in a statement.\n\n"
     "No group has claimed responsibility, though the Ansar al-Sahel Front operates widely around Dori.\n\n"
     "CareBridge runs clinics in Dori and in camps for displaced people around Kaya and Kongoussi, "
     "treating about 20,000 patients a month.\n\n"
     "Kidnappings of aid workers remain uncommon in Burkina Faso, where most foreigners have left the "
     "north, but local staff have been targeted."),
    ("2033-10-05_lakeside_minister-warns-foreign-diplomats.txt",
     "Burkina minister threatens to expel diplomats who 'meddle'\n\n"
     "OUAGADOUGOU, October 5, 2033 (Lakeside Observer) - Burkina Faso's foreign minister warned on "
     "Wednesday that any diplomat found \"meddling\" in Burkina Faso's domestic politics would be "
     "expelled within 48 hours.\n\n"
     "Karamoko Sanou spoke on state television during a programme devoted to the war in the north.\n\n"
     "\"Our patience has limits, and those who sow division from their embassies will be shown the "
     "door,\" Sanou said.\n\n"
     "He did not name any country.\n\n"
     "Relations with France, the former colonial power, have been strained since the junta ordered "
     "French troops out in 2023.\n\n"
     "Residents of Pobé-Mengao say Tuesday's drone strike there killed civilians at a market, which the "
     "army denies.\n\n"
     "The French embassy gave no response when contacted.\n\n"
     "\"This is a government that uses expulsions to rally support at home,\" said a West African "
     "diplomat who spoke on condition that he not be identified."),
    ("2033-10-06_northgate_carebridge-suspends-operations.txt",
     "Aid group halts work in northern Burkina Faso after nurse kidnapped\n\n"
     "DAKAR, October 6, 2033 (Northgate Tribune) - The medical charity CareBridge International said on "
     "Thursday it was suspending all of its operations in northern Burkina Faso, a day after one of its "
     "nurses was kidnapped near Dori.\n\n"
     "The decision halts mobile clinics, nutrition programmes and support to two hospitals serving "
     "hundreds of thousands of displaced people, according to a statement issued by its regional office "
     "in Dakar.\n\n"
     "\"This was not a choice we made lightly, but we cannot send our teams out while a colleague is "
     "missing,\" regional director Paul Okafor said.\n\n"
     "Souleymane Barry, a nurse, was seized by gunmen on Wednesday on the road between Dori and "
     "Gorom-Gorom.\n\n"
     "No group has said it was holding him.\n\n"
     "CareBridge treated about 240,000 patients in Burkina Faso last year, according to its annual "
     "report.\n\n"
     "The United Nations says more than two million people are displaced inside Burkina Faso, and that "
     "about a million live in areas under blockade by armed groups."),
    ("2033-10-06_continentalrelay_aid-group-halts-burkina-work.txt",
     "Aid group halts work in northern Burkina Faso after nurse kidnapped\n\n"
     "DAKAR, October 6, 2033 (Continental Relay) - The medical charity CareBridge International said on "
     "Thursday it was suspending all of its operations in northern Burkina Faso, a day after one of its "
     "nurses was kidnapped near Dori.\n\n"
     "The decision halts mobile clinics, nutrition programmes and support to two hospitals serving "
     "hundreds of thousands of displaced people, according to a statement issued by its regional office "
     "in Dakar.\n\n"
     "\"This was not a choice we made lightly, but we cannot send our teams out while a colleague is "
     "missing,\" regional director Paul Okafor said.\n\n"
     "Souleymane Barry, a nurse, was seized by gunmen on Wednesday on the road between Dori and "
     "Gorom-Gorom.\n\n"
     "No group has said it was holding him.\n\n"
     "CareBridge treated about 240,000 patients in Burkina Faso last year, according to its annual "
     "report.\n\n"
     "The United Nations says more than two million people are displaced inside Burkina Faso, and that "
     "about a million live in areas under blockade by armed groups.\n\n"
     "Originally published by Northgate Tribune."),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt",
     "Dozens of villagers killed in northern Burkina; army and jihadists trade blame\n\n"
     "OUAGADOUGOU, October 7, 2033 (Savanna Wire) - Gunmen killed at least 30 villagers in Tongomayel, a "
     "farming community in Burkina Faso's Soum province, late on Thursday, local officials and residents "
     "said.\n\n"
     "Survivors said the attackers arrived on motorcycles shortly after dark, went from house to house "
     "and set granaries alight before leaving around midnight.\n\n"
     "Government spokesman Rasmané Nikiéma blamed the Ansar al-Sahel Front for the massacre, calling it "
     "\"a cowardly act by terrorists who prey on the defenceless\".\n\n"
     "In a statement shared on messaging apps, the jihadist group denied involvement and said soldiers "
     "and Russian mercenaries were responsible for the killings.\n\n"
     "Savanna Wire could not independently verify either account.\n\n"
     "Tongomayel lies about 30 km from Pobé-Mengao, where residents say a drone strike on Tuesday killed "
     "at least 12 civilians.\n\n"
     "\"We buried 31 people this morning, among them children,\" a local religious leader said by "
     "telephone.\n\n"
     "Neither the army nor the government gave a toll."),
    ("2033-10-07_lakeside_tongomayel-killings-blame.txt",
     "Burkina government, jihadists blame each other for village killings\n\n"
     "OUAGADOUGOU, October 7, 2033 (Lakeside Observer) - Gunmen killed at least 30 villagers in "
     "Tongomayel, a farming community in Burkina Faso's Soum province, late on Thursday, local officials "
     "and residents said.\n\n"
     "Survivors said the attackers arrived on motorcycles shortly after dark, went from house to house "
     "and set granaries alight before leaving around midnight.\n\n"
     "Government spokesman Rasmané Nikiéma blamed the Ansar al-Sahel Front for the massacre, calling it "
     "\"a cowardly act by terrorists who prey on the defenceless\".\n\n"
     "In a statement shared on messaging apps, the jihadist group denied involvement and said soldiers "
     "and Russian mercenaries were responsible for the killings.\n\n"
     "Neither version of events could be checked independently.\n\n"
     "\"We buried 31 people this morning, among them children,\" a local imam said by telephone.\n\n"
     "This report is based on reporting by Savanna Wire."),
    ("2033-10-07_crossroads_tongomayel-survivors.txt",
     "Survivors of Burkina village attack describe night of killing\n\n"
     "KAYA, October 7, 2033 (Crossroads Bulletin) - Survivors of an overnight raid on the village of "
     "Tongomayel said on Friday that armed men shot dozens of people, including women and old men, "
     "before burning their grain stores.\n\n"
     "At least 34 bodies had been counted by Friday afternoon, according to a health worker in Djibo who "
     "was in contact with the village chief.\n\n"
     "\"They asked who had sold millet to the soldiers, then they started shooting,\" said Hamadou "
     "Dicko, 52, who reached Kaya with his two sons on Friday morning.\n\n"
     "The government in Ouagadougou said jihadists were behind the attack.\n\n"
     "The Ansar al-Sahel Front, for its part, pointed the finger at the army and its Russian "
     "auxiliaries.\n\n"
     "Dicko said he did not see the attackers' faces, which were wrapped in scarves.\n\n"
     "About half of Tongomayel's residents had already left since the blockade of Djibo began, local "
     "officials said."),
    ("2033-10-07_continentalrelay_un-investigation-call.txt",
     "UN rights chief seeks independent probe into Burkina killings\n\n"
     "GENEVA, October 7, 2033 (Continental Relay) - The United Nations human rights chief on Friday "
     "called for a prompt and independent investigation into the killing of at least 30 villagers in "
     "northern Burkina Faso.\n\n"
     "\"Those responsible must be identified and held to account, whoever they are,\" Ingrid Solberg, "
     "the UN High Commissioner for Human Rights, said in a statement.\n\n"
     "Solberg said her office had received \"credible and consistent\" accounts of the attack on "
     "Tongomayel but had no staff on the ground.\n\n"
     "Separately, the UN humanitarian coordinator for Burkina Faso, Marguerite Ndiaye, also demanded an "
     "inquiry into the killings, saying families had a right to know what happened.\n\n"
     "Ndiaye said CareBridge International's decision on Thursday to halt its work in the north would "
     "leave thousands of people without care.\n\n"
     "Burkina Faso's government did not respond to the UN statements.\n\n"
     "The UN Security Council has not discussed Burkina Faso since 2031."),
    ("2033-10-08_northgate_french-diplomat-expelled.txt",
     "Burkina Faso expels France's top diplomat, gives him 48 hours to leave\n\n"
     "OUAGADOUGOU, October 8, 2033 (Northgate Tribune) - Burkina Faso's military government on Saturday "
     "ordered France's chargé d'affaires, Luc Marchetti, to quit Burkina Faso within two days.\n\n"
     "A foreign ministry statement read on state television said Marchetti had been declared persona non "
     "grata for \"repeated acts of interference\".\n\n"
     "The expulsion follows a warning by Foreign Minister Karamoko Sanou on Wednesday that diplomats who "
     "meddled in domestic affairs would be thrown out.\n\n"
     "Marchetti was handed the expulsion order at the foreign ministry on Saturday morning, a diplomat "
     "said.\n\n"
     "France has had no ambassador in Ouagadougou since 2023, leaving Marchetti as its most senior "
     "envoy.\n\n"
     "In Paris, the foreign ministry said only that it had been informed of the decision.\n\n"
     "\"Expelling diplomats will not bring a single sack of grain to Djibo,\" said Moussa Tall of the "
     "Sahel Security Observatory.\n\n"
     "Burkina Faso quit the West African bloc ECOWAS in 2025 along with Mali and Niger, but the bloc has "
     "kept an envoy for the three countries."),
    ("2033-10-08_harmattanpost_broadcaster-suspended.txt",
     "Burkina regulator takes TeleSud off air for a month\n\n"
     "OUAGADOUGOU, October 8, 2033 (Harmattan Post) - Burkina Faso's media regulator on Saturday "
     "suspended the Paris-based broadcaster TéléSud International for one month over its coverage of the "
     "killings in Tongomayel.\n\n"
     "In its decision, the Higher Council for Communication cited a Friday broadcast in which the "
     "channel aired a statement from the Ansar al-Sahel Front.\n\n"
     "TéléSud's signal had vanished from satellite decoders and its website was blocked in Burkina Faso "
     "by Saturday afternoon, subscribers said.\n\n"
     "The channel did not immediately comment.\n\n"
     "Several French and international outlets have been suspended in Burkina Faso since 2022.\n\n"
     "The decision came on the same day the government expelled France's chargé d'affaires, Luc "
     "Marchetti.\n\n"
     "Earlier, the governor of the Sahel region put Dori and Djibo under an overnight curfew."),
    ("2033-10-08_lakeside_curfew-dori-djibo.txt",
     "Curfew imposed in two northern Burkina towns after village massacre\n\n"
     "DORI, October 8, 2033 (Lakeside Observer) - The governor of Burkina Faso's Sahel region ordered a "
     "nightly curfew in Dori and Djibo on Saturday, citing the risk of further attacks.\n\n"
     "Under the order signed by Colonel Boukary Tamboura, residents may not leave their homes between 7 "
     "in the evening and 6 in the morning, and motorcycles are banned from the roads at all hours.\n\n"
     "The measure will remain in force for 30 days, the order said.\n\n"
     "The toll from Thursday night's raid on Tongomayel has risen to 47, according to a local "
     "councillor, who said many of the dead were elderly people unable to flee.\n\n"
     "\"People are terrified. Every night we lie awake listening for motorbikes,\" a shopkeeper in Dori "
     "said.\n\n"
     "Curfews have been declared in northern towns again and again since 2019."),
    ("2033-10-08_savannawire_junta-expels-french-envoy.txt",
     "Burkina junta orders French envoy out, takes broadcaster off air\n\n"
     "OUAGADOUGOU, October 8, 2033 (Savanna Wire) - Burkina Faso's junta expelled the most senior French "
     "diplomat in the country on Saturday, three days after its foreign minister threatened to throw out "
     "envoys who \"meddle\" in domestic affairs.\n\n"
     "Luc Marchetti, France's chargé d'affaires, has until Monday to leave, according to a ministry "
     "letter seen by Savanna Wire.\n\n"
     "The letter gave no reason for the expulsion.\n\n"
     "Hours later, the media regulator suspended TéléSud International, a French-language news channel, "
     "for a month.\n\n"
     "Paris had no immediate comment.\n\n"
     "Relations between Ouagadougou and Paris collapsed after the 2022 coups, and French troops left "
     "Burkina Faso in February 2023.\n\n"
     "ECOWAS envoy Kwabena Asante-Mensah is due in Ouagadougou on Sunday for talks with junta leader "
     "Colonel Hamidou Sawadogo."),
    ("2033-10-09_crossroads_second-drone-strike.txt",
     "Burkina army says drone strike hits militant camp near Djibo\n\n"
     "OUAGADOUGOU, October 9, 2033 (Crossroads Bulletin) - The Burkinabe army said it destroyed an Ansar "
     "al-Sahel camp with drone strikes east of Djibo on Sunday morning, killing \"around forty "
     "terrorists\".\n\n"
     "It was the second drone operation in the area this week, after a strike near Pobé-Mengao on "
     "Tuesday that residents say killed at least 12 civilians.\n\n"
     "Residents of nearby hamlets said they had heard several explosions before dawn and seen smoke "
     "rising from the bush.\n\n"
     "There was no independent confirmation of the toll, and Ansar al-Sahel made no comment.\n\n"
     "Russian mercenaries fly the army's drones alongside Burkinabe crews, according to two security "
     "sources.\n\n"
     "The government on Friday blamed the militants for the killings at Tongomayel.\n\n"
     "The curfew declared on Saturday in Dori and Djibo appeared to be largely respected overnight, "
     "residents said."),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt",
     "West African envoy meets Burkina junta chief as crises mount\n\n"
     "OUAGADOUGOU, October 9, 2033 (Continental Relay) - ECOWAS special envoy Kwabena Asante-Mensah held "
     "talks with Burkina Faso's military leader, Colonel Hamidou Sawadogo, in Ouagadougou on Sunday.\n\n"
     "The two men spent about three hours together at the presidential palace in Kosyam, according to "
     "the presidency.\n\n"
     "Asante-Mensah, a former Ghanaian foreign minister, described the exchange as \"frank and useful\", "
     "saying it had covered security, the humanitarian situation and relations with neighbours.\n\n"
     "\"ECOWAS has not come to lecture anyone,\" he said.\n\n"
     "The visit comes a day after the junta expelled France's chargé d'affaires and suspended a "
     "French-language television channel.\n\n"
     "The envoy plans to go to Kaya on Monday to see camps for displaced people.\n\n"
     "Burkina Faso, Mali and Niger left ECOWAS in 2025 and later grouped themselves in the Alliance of "
     "Sahel States."),
    ("2033-10-09_savannawire_envoy-talks-ouagadougou.txt",
     "Regional envoy holds talks in Ouagadougou; army reports strike near Djibo\n\n"
     "OUAGADOUGOU, October 9, 2033 (Savanna Wire) - A regional envoy met Burkina Faso's junta leader on "
     "Sunday in the first high-level contact between the military government and West Africa's main bloc "
     "in nearly a year.\n\n"
     "Kwabena Asante-Mensah, who represents ECOWAS, discussed the crisis in the north with Colonel "
     "Hamidou Sawadogo, a presidency statement said, without giving details.\n\n"
     "Hours earlier, the army said its drones had struck an Ansar al-Sahel base east of Djibo and killed "
     "about 40 fighters.\n\n"
     "On Tuesday, a drone strike near Pobé-Mengao killed at least 12 civilians, according to residents, "
     "though the army said only militants died.\n\n"
     "Analysts said the junta was keen to look strong after a week of setbacks.\n\n"
     "Western governments have largely frozen direct budget support to Burkina Faso since the coups."),
    ("2033-10-10_northgate_kidnapped-nurse-freed.txt",
     "Kidnapped aid nurse freed in northern Burkina Faso\n\n"
     "DORI, October 10, 2033 (Northgate Tribune) - A Burkinabe nurse working for CareBridge "
     "International was released on Monday, five days after gunmen seized him near Dori, the charity "
     "said.\n\n"
     "Souleymane Barry was freed near the village of Seytenga and made his way on foot to a military "
     "post, from where he was flown to Ouagadougou by helicopter, a local official said.\n\n"
     "\"He is tired but in good health, and we are overjoyed,\" CareBridge's regional director Paul "
     "Okafor said.\n\n"
     "The charity did not say who had held Barry or whether any ransom was paid.\n\n"
     "CareBridge suspended its operations in northern Burkina Faso on Thursday after the kidnapping, "
     "halting clinics used by tens of thousands of displaced people.\n\n"
     "Okafor gave no date for a resumption of the group's work."),
    ("2033-10-10_harmattanpost_aid-worker-released.txt",
     "Burkina: abducted CareBridge nurse released after five days\n\n"
     "OUAGADOUGOU, October 10, 2033 (Harmattan Post) - Kidnappers freed a nurse with the aid group "
     "CareBridge International on Monday, the group said, ending a five-day ordeal that had prompted it "
     "to pull out of the north of Burkina Faso.\n\n"
     "Government spokesman Rasmané Nikiéma said Souleymane Barry's release had been obtained \"without "
     "any concession to terrorists\", but gave no further details.\n\n"
     "Barry, 34, was abducted on Wednesday while travelling between Dori and Gorom-Gorom.\n\n"
     "He had worked for CareBridge for six years, running a mobile clinic for displaced families around "
     "Dori.\n\n"
     "His relatives in Dori said they were waiting for him to come home."),
    ("2033-10-10_lakeside_drone-strike-toll-disputed.txt",
     "Questions over toll from Burkina drone strike near Djibo\n\n"
     "OUAGADOUGOU, October 10, 2033 (Lakeside Observer) - Residents of villages east of Djibo said on "
     "Monday that Sunday's drone strike on what the army described as a jihadist camp also hit a water "
     "point used by herders.\n\n"
     "A man whose cousin died there said the dead at the water point included two herders and a boy.\n\n"
     "The army has said its strike killed about 40 fighters and that no civilians were harmed.\n\n"
     "Rights groups say drone strikes by the Burkinabe military and its Russian partners have killed "
     "hundreds of civilians in the past two years.\n\n"
     "On Sunday, ECOWAS envoy Kwabena Asante-Mensah met junta leader Colonel Hamidou Sawadogo in "
     "Ouagadougou.\n\n"
     "The envoy is due to hold a second meeting with Sawadogo before leaving on Tuesday.\n\n"
     "\"Drones cannot tell a herder from a fighter,\" said Moussa Tall, the Dakar-based researcher."),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt",
     "Hunger protest by displaced families at Burkina camp\n\n"
     "KAYA, October 11, 2033 (Crossroads Bulletin) - Hundreds of displaced people staged a protest at a "
     "camp on the outskirts of Kaya on Tuesday, blocking the main road into the town for several hours "
     "over cuts to food rations.\n\n"
     "Women carrying empty cooking pots marched to the gates of the regional governor's office, where "
     "they sat in the dust until late afternoon.\n\n"
     "Camp leaders said monthly rations had shrunk to a few kilos of sorghum per family.\n\n"
     "\"Our children are eating leaves. We ran from death and it has followed us here,\" said Mariam "
     "Ouédraogo, a mother of five from Barsalogho.\n\n"
     "Many of the protesters fled the area around Djibo, which has been under blockade by the Ansar "
     "al-Sahel Front since early 2032.\n\n"
     "Aid groups say their work has been hampered by insecurity, including the abduction of a CareBridge "
     "International nurse last week; he was freed on Monday.\n\n"
     "The curfew imposed on Saturday in Dori and Djibo does not apply to Kaya."),
    ("2033-10-11_continentalrelay_envoy-second-round-talks.txt",
     "ECOWAS envoy ends Burkina visit with second round of talks\n\n"
     "OUAGADOUGOU, October 11, 2033 (Continental Relay) - ECOWAS envoy Kwabena Asante-Mensah met Burkina "
     "Faso's junta leader for a second time on Tuesday, before flying to Abuja at the end of a three-day "
     "visit.\n\n"
     "The talks with Colonel Hamidou Sawadogo focused on humanitarian access to besieged towns such as "
     "Djibo, a diplomat briefed on the meeting said.\n\n"
     "Asante-Mensah first met Sawadogo on Sunday, a day after the junta expelled France's top diplomat.\n\n"
     "Neither side announced any agreement.\n\n"
     "\"There is a long road ahead, but the door is open,\" the envoy told reporters at the airport.\n\n"
     "Diplomats said the junta remained wary of ECOWAS, which imposed sanctions on Mali, Burkina Faso "
     "and Niger after the coups of 2020 to 2023."),
    ("2033-10-11_savannawire_kaya-camp-protest.txt",
     "Hungry displaced Burkinabe block road in Kaya protest\n\n"
     "KAYA, October 11, 2033 (Savanna Wire) - Several hundred people displaced by fighting in northern "
     "Burkina Faso blocked the road into Kaya on Tuesday in protest at shrinking food rations, witnesses "
     "said.\n\n"
     "Protesters sang and held up empty grain sacks in front of the camp where some of them have lived "
     "for three years.\n\n"
     "Some protesters lay down on the asphalt to stop lorries from entering the town.\n\n"
     "Local officials said the crowd went home peacefully in the evening.\n\n"
     "The World Food Programme said last month that its funds covered only half of the 1.2 million "
     "people it supports in Burkina Faso.\n\n"
     "Kaya has taken in some 80,000 people who fled the area around Djibo, where a convoy ambush on "
     "October 3 killed 23 soldiers and drivers."),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt",
     "Analysis: In ten days, Burkina's war moves from the roads to the airwaves\n\n"
     "OUAGADOUGOU, October 12, 2033 (Harmattan Post) - Burkina Faso's military rulers end a turbulent "
     "ten days with their main northern supply route still cut, a foreign broadcaster off the air and "
     "relations with France at a new low.\n\n"
     "The crisis began on October 3, when jihadists ambushed a convoy near Bourzanga and killed 23 "
     "people, most of them soldiers.\n\n"
     "Three days later, gunmen massacred at least 47 villagers in Tongomayel.\n\n"
     "On Saturday, the junta ordered France's chargé d'affaires out of the country and took TéléSud "
     "International off the air.\n\n"
     "ECOWAS envoy Kwabena Asante-Mensah left Ouagadougou on Tuesday without any public commitment from "
     "the junta.\n\n"
     "\"The junta has chosen confrontation over compromise,\" said Chantal Kouassi, a political "
     "scientist in Abidjan.\n\n"
     "On Tuesday, hundreds of displaced families protested at a camp in Kaya over food shortages.\n\n"
     "Aid agencies say access has worsened since CareBridge International suspended its northern "
     "operations, which remain on hold despite the release of its abducted nurse.\n\n"
     "The army says its drone campaign, including a strike near Djibo on Sunday that it says killed "
     "about 40 fighters, is weakening the militants."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-10-03",
            "Ansar al-Sahel ambush a Djibo supply convoy near Bourzanga (11, then 23 dead)"),
    "A02": (("ASSAULT",), "2033-10-04", "army/Russian drone strike near Pobe-Mengao market (first strike)"),
    "A03": (("ASSAULT",), "2033-10-05", "gunmen abduct CareBridge nurse Souleymane Barry near Dori"),
    "A04": (("THREATEN",), "2033-10-05", "Foreign Minister Sanou threatens to expel diplomats who meddle"),
    "A05": (("SANCTION",), "2033-10-06", "CareBridge suspends its northern operations"),
    "A06": (("ASSAULT",), "2033-10-06",
            "gunmen kill villagers in Tongomayel at night (30, then 34, then 47 dead)"),
    "A07": (("ACCUSE",), "2033-10-07", "spokesman Nikiema blames Ansar al-Sahel for Tongomayel"),
    "A08": (("ACCUSE",), "2033-10-07", "Ansar al-Sahel blames army and Russians for Tongomayel"),
    "A09": (("REQUEST",), "2033-10-07", "UN rights chief Solberg calls for an independent inquiry"),
    "A10": (("REQUEST",), "2033-10-07", "UN aid coordinator Ndiaye demands an inquiry"),
    "A11": (("COERCE",), "2033-10-08", "regulator suspends broadcaster TeleSud for a month"),
    "A12": (("SANCTION",), "2033-10-08", "junta expels French charge d'affaires Luc Marchetti"),
    "A13": (("COERCE",), "2033-10-08", "governor Tamboura imposes curfew in Dori and Djibo"),
    "A14": (("ASSAULT",), "2033-10-09", "drone strike on a camp east of Djibo (second strike)"),
    "A15": (("CONSULT",), "2033-10-09", "envoy Asante-Mensah meets Sawadogo (first round)"),
    "A16": (("RETREAT",), "2033-10-10", "kidnappers free nurse Souleymane Barry"),
    "A17": (("CONSULT",), "2033-10-11", "envoy Asante-Mensah meets Sawadogo (second round)"),
    "A18": (("PROTEST",), "2033-10-11", "displaced families protest at Kaya camp"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_savannawire_convoy-ambush-bourzanga.txt", "A01", "ambushed a supply convoy heading for"),
    ("2033-10-03_savannawire_convoy-ambush-bourzanga.txt", "A01", "struck by roadside bombs"),
    ("2033-10-03_savannawire_convoy-ambush-bourzanga.txt", "A01", "Several vehicles were set on fire"),
    ("2033-10-03_savannawire_convoy-ambush-bourzanga.txt", "A01", "fired from both sides of the road"),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt", "A01", "were killed when militants attacked"),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt",
     "A01",
     "used explosives and motorcycles in the ambush"),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt", "A01", "rocket-propelled grenades at the lead"),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt", "A02", "a drone struck a crowd"),
    ("2033-10-04_harmattanpost_convoy-death-toll-rises.txt", "A02", "then two explosions"),
    ("2033-10-04_crossroads_drone-strike-near-djibo.txt", "A02", "carried out a drone strike on Tuesday"),
    ("2033-10-04_crossroads_drone-strike-near-djibo.txt", "A02", "Dozens of terrorists were neutralised"),
    ("2033-10-04_crossroads_drone-strike-near-djibo.txt", "A02", "the strike hit traders and herders"),
    ("2033-10-04_crossroads_drone-strike-near-djibo.txt",
     "A01",
     "Militants ambushed a convoy near Bourzanga"),
    ("2033-10-05_savannawire_aid-nurse-abducted-dori.txt", "A03", "Gunmen abducted a nurse"),
    ("2033-10-05_savannawire_aid-nurse-abducted-dori.txt", "A03", "was taken from a clinic vehicle"),
    ("2033-10-05_savannawire_aid-nurse-abducted-dori.txt", "A03", "drove off with Barry"),
    ("2033-10-05_lakeside_minister-warns-foreign-diplomats.txt",
     "A04",
     "warned on Wednesday that any diplomat"),
    ("2033-10-05_lakeside_minister-warns-foreign-diplomats.txt", "A04", "will be shown the door"),
    ("2033-10-05_lakeside_minister-warns-foreign-diplomats.txt",
     "A02",
     "Tuesday's drone strike there killed civilians"),
    ("2033-10-06_northgate_carebridge-suspends-operations.txt",
     "A05",
     "it was suspending all of its operations"),
    ("2033-10-06_northgate_carebridge-suspends-operations.txt", "A03", "one of its nurses was kidnapped"),
    ("2033-10-06_northgate_carebridge-suspends-operations.txt", "A05", "The decision halts mobile clinics"),
    ("2033-10-06_northgate_carebridge-suspends-operations.txt", "A03", "was seized by gunmen on Wednesday"),
    ("2033-10-06_continentalrelay_aid-group-halts-burkina-work.txt",
     "A05",
     "it was suspending all of its operations"),
    ("2033-10-06_continentalrelay_aid-group-halts-burkina-work.txt",
     "A03",
     "one of its nurses was kidnapped"),
    ("2033-10-06_continentalrelay_aid-group-halts-burkina-work.txt",
     "A05",
     "The decision halts mobile clinics"),
    ("2033-10-06_continentalrelay_aid-group-halts-burkina-work.txt",
     "A03",
     "was seized by gunmen on Wednesday"),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt", "A06", "Gunmen killed at least 30 villagers"),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt", "A06", "went from house to house"),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt", "A07", "blamed the Ansar al-Sahel Front"),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt",
     "A08",
     "said soldiers and Russian mercenaries were responsible"),
    ("2033-10-07_savannawire_villagers-killed-tongomayel.txt", "A02", "a drone strike on Tuesday killed"),
    ("2033-10-07_lakeside_tongomayel-killings-blame.txt", "A06", "Gunmen killed at least 30 villagers"),
    ("2033-10-07_lakeside_tongomayel-killings-blame.txt", "A06", "went from house to house"),
    ("2033-10-07_lakeside_tongomayel-killings-blame.txt", "A07", "blamed the Ansar al-Sahel Front"),
    ("2033-10-07_lakeside_tongomayel-killings-blame.txt",
     "A08",
     "said soldiers and Russian mercenaries were responsible"),
    ("2033-10-07_crossroads_tongomayel-survivors.txt", "A06", "armed men shot dozens of people"),
    ("2033-10-07_crossroads_tongomayel-survivors.txt", "A06", "then they started shooting"),
    ("2033-10-07_crossroads_tongomayel-survivors.txt", "A07", "said jihadists were behind the attack"),
    ("2033-10-07_crossroads_tongomayel-survivors.txt", "A08", "pointed the finger at the army"),
    ("2033-10-07_continentalrelay_un-investigation-call.txt",
     "A09",
     "called for a prompt and independent investigation"),
    ("2033-10-07_continentalrelay_un-investigation-call.txt", "A06", "the killing of at least 30 villagers"),
    ("2033-10-07_continentalrelay_un-investigation-call.txt", "A09", "whoever they are"),
    ("2033-10-07_continentalrelay_un-investigation-call.txt", "A10", "also demanded an inquiry"),
    ("2033-10-07_continentalrelay_un-investigation-call.txt", "A05", "decision on Thursday to halt its work"),
    ("2033-10-08_northgate_french-diplomat-expelled.txt",
     "A12",
     "ordered France's chargé d'affaires, Luc Marchetti"),
    ("2033-10-08_northgate_french-diplomat-expelled.txt", "A12", "declared persona non grata"),
    ("2033-10-08_northgate_french-diplomat-expelled.txt",
     "A04",
     "a warning by Foreign Minister Karamoko Sanou"),
    ("2033-10-08_northgate_french-diplomat-expelled.txt", "A12", "handed the expulsion order"),
    ("2033-10-08_harmattanpost_broadcaster-suspended.txt", "A11", "suspended the Paris-based broadcaster"),
    ("2033-10-08_harmattanpost_broadcaster-suspended.txt", "A11", "its website was blocked"),
    ("2033-10-08_harmattanpost_broadcaster-suspended.txt",
     "A12",
     "the government expelled France's chargé d'affaires"),
    ("2033-10-08_harmattanpost_broadcaster-suspended.txt", "A13", "under an overnight curfew"),
    ("2033-10-08_lakeside_curfew-dori-djibo.txt", "A13", "ordered a nightly curfew"),
    ("2033-10-08_lakeside_curfew-dori-djibo.txt", "A13", "residents may not leave their homes"),
    ("2033-10-08_lakeside_curfew-dori-djibo.txt", "A06", "Thursday night's raid on Tongomayel"),
    ("2033-10-08_savannawire_junta-expels-french-envoy.txt",
     "A12",
     "expelled the most senior French diplomat"),
    ("2033-10-08_savannawire_junta-expels-french-envoy.txt",
     "A04",
     "its foreign minister threatened to throw out"),
    ("2033-10-08_savannawire_junta-expels-french-envoy.txt", "A12", "has until Monday to leave"),
    ("2033-10-08_savannawire_junta-expels-french-envoy.txt", "A11", "the media regulator suspended TéléSud"),
    ("2033-10-09_crossroads_second-drone-strike.txt", "A14", "destroyed an Ansar al-Sahel camp"),
    ("2033-10-09_crossroads_second-drone-strike.txt", "A02", "a strike near Pobé-Mengao on Tuesday"),
    ("2033-10-09_crossroads_second-drone-strike.txt", "A14", "heard several explosions before dawn"),
    ("2033-10-09_crossroads_second-drone-strike.txt", "A07", "The government on Friday blamed the militants"),
    ("2033-10-09_crossroads_second-drone-strike.txt", "A13", "The curfew declared on Saturday"),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt",
     "A15",
     "held talks with Burkina Faso's military leader"),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt", "A15", "spent about three hours together"),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt", "A15", "frank and useful"),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt",
     "A12",
     "the junta expelled France's chargé d'affaires"),
    ("2033-10-09_continentalrelay_ecowas-envoy-meets-junta.txt",
     "A11",
     "suspended a French-language television channel"),
    ("2033-10-09_savannawire_envoy-talks-ouagadougou.txt",
     "A15",
     "A regional envoy met Burkina Faso's junta leader"),
    ("2033-10-09_savannawire_envoy-talks-ouagadougou.txt", "A15", "discussed the crisis in the north"),
    ("2033-10-09_savannawire_envoy-talks-ouagadougou.txt",
     "A14",
     "its drones had struck an Ansar al-Sahel base"),
    ("2033-10-09_savannawire_envoy-talks-ouagadougou.txt", "A02", "a drone strike near Pobé-Mengao killed"),
    ("2033-10-10_northgate_kidnapped-nurse-freed.txt", "A16", "was released on Monday"),
    ("2033-10-10_northgate_kidnapped-nurse-freed.txt", "A03", "five days after gunmen seized him"),
    ("2033-10-10_northgate_kidnapped-nurse-freed.txt", "A16", "was freed near the village of Seytenga"),
    ("2033-10-10_northgate_kidnapped-nurse-freed.txt", "A05", "CareBridge suspended its operations"),
    ("2033-10-10_harmattanpost_aid-worker-released.txt", "A16", "Kidnappers freed a nurse"),
    ("2033-10-10_harmattanpost_aid-worker-released.txt", "A05", "prompted it to pull out"),
    ("2033-10-10_harmattanpost_aid-worker-released.txt", "A16", "release had been obtained"),
    ("2033-10-10_harmattanpost_aid-worker-released.txt", "A03", "was abducted on Wednesday"),
    ("2033-10-10_lakeside_drone-strike-toll-disputed.txt", "A14", "Sunday's drone strike"),
    ("2033-10-10_lakeside_drone-strike-toll-disputed.txt", "A14", "its strike killed about 40 fighters"),
    ("2033-10-10_lakeside_drone-strike-toll-disputed.txt",
     "A15",
     "met junta leader Colonel Hamidou Sawadogo"),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt", "A18", "staged a protest at a camp"),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt", "A18", "marched to the gates"),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt",
     "A03",
     "the abduction of a CareBridge International nurse"),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt", "A16", "he was freed on Monday"),
    ("2033-10-11_crossroads_displaced-protest-kaya.txt", "A13", "The curfew imposed on Saturday"),
    ("2033-10-11_continentalrelay_envoy-second-round-talks.txt",
     "A17",
     "met Burkina Faso's junta leader for a second time"),
    ("2033-10-11_continentalrelay_envoy-second-round-talks.txt", "A17", "focused on humanitarian access"),
    ("2033-10-11_continentalrelay_envoy-second-round-talks.txt", "A15", "first met Sawadogo on Sunday"),
    ("2033-10-11_continentalrelay_envoy-second-round-talks.txt",
     "A12",
     "the junta expelled France's top diplomat"),
    ("2033-10-11_savannawire_kaya-camp-protest.txt", "A18", "blocked the road into Kaya"),
    ("2033-10-11_savannawire_kaya-camp-protest.txt", "A18", "held up empty grain sacks"),
    ("2033-10-11_savannawire_kaya-camp-protest.txt", "A18", "lay down on the asphalt"),
    ("2033-10-11_savannawire_kaya-camp-protest.txt", "A01", "a convoy ambush on October 3"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A01", "jihadists ambushed a convoy near Bourzanga"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A06", "gunmen massacred at least 47 villagers"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A12", "ordered France's chargé d'affaires out"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A11", "took TéléSud International off the air"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A18", "hundreds of displaced families protested"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt",
     "A05",
     "CareBridge International suspended its northern operations"),
    ("2033-10-12_harmattanpost_burkina-ten-days.txt", "A14", "a strike near Djibo on Sunday"),
]

FLOORS = {"pairwise_f1": 0.83, "b3_f1": 0.85, "reports_found": 0.72}


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
