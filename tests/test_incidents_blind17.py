"""Seventeenth blind incident batch: how eventwire groups into incidents the events that several reports give
of the same real-world act, on reports it has never seen. Written on 2026-12-01, before the coder was run on
any of it.

The crisis: ten days on the Israel-Lebanon border, September 4-14, 2034. On Monday Hezbollah fires rockets at
Kiryat Shmona and Israeli artillery shells the Khiam area; on Friday the same two sides trade fire again
(rockets on Safed, Khiam shelled again). In between, the Lebanese army sends 1,200 troops into the border
villages, an Israeli drone kills Hezbollah commander Abbas Younes near Bint Jbeil (3 dead, then 5), a
Hezbollah official threatens the retaliation that comes two days later, and Israeli tank fire wounds two
UNIFIL peacekeepers, which the UN Secretary-General's spokesman and Lebanon's prime minister each condemn the
same day. France's envoy meets the prime minister in Beirut twice (Tuesday and Sunday); Israel's defence
minister demands that Lebanon push Hezbollah off the border; the Lebanese army arrests four suspected arms
smugglers; displaced villagers protest at a school shelter in Tyre; a ceasefire is declared; Israel hands
back two Lebanese detainees through the Red Cross the next day; and the Israeli military accuses Hezbollah of
breaking the truce.

Everything here is synthetic: the outlets and the people are invented, the countries and places are real,
the events never happened and the dates lie in the future. 24 documents from 6 outlets, one a verbatim
syndicated copy (new dateline credit and a closing credit line) and one a lightly edited copy.

Gold conventions. An act is one real-world act: one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the CAMEO2PLOVER-2021 codebook gives it and the
day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an act that
happened, background recaps in later reports included; the cue is a verbatim piece of that sentence found
once in its file. A sentence reports at most one act of a type. Not listed: planned or expected acts (the
envoy's onward trip, the funeral, the detainee handover before it happens, what the truce terms foresee),
denied and conditional acts, what a threat or demand asks for until it happens, acts more than a year before,
tolls and tallies, opinions, and bare anaphoric mentions ("the deployment", "the attack on UNIFIL", "the
truce is holding") that tell no act.

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains
a report's cue and whose type is one of that act's types maps to the act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event.
FLOORS are pinned 0.03 below the figures of the session that first ran it.

Every text was checked with /tmp/ew/overlap_inc.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the seventh 2026-12-01 session): run
once at its end, on its starting code (b0fff45) and on its final code (1b77d9d), with `figures`: **pairwise F1
0.460** (precision 0.470, recall 0.450), B-cubed F1 0.681 on both.
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
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt",
     "Rockets and shells cross Lebanon-Israel frontier in sharpest flare-up in months\n\n"
     "MARJAYOUN, September 4, 2034 (Levant Relay) - Hezbollah fired a salvo of about 20 rockets at the "
     "northern Israeli town of Kiryat Shmona on Monday, the heaviest cross-border fire in many months, the "
     "Israeli military said.\n\n"
     "Israeli artillery answered within the hour, pounding open ground and farmland on the edges of Khiam "
     "and Kfar Kila, Lebanese security sources told Levant Relay.\n\n"
     "Two people were lightly hurt in Kiryat Shmona, where a rocket struck a parking lot near a shopping "
     "centre, Israeli medics said. In a brief statement, the Iran-backed group said it had targeted an "
     "army position near the town, calling it an answer to repeated Israeli breaches of Lebanese "
     "airspace.\n\n"
     "Residents of Khiam said shells landed close enough to shatter windows in the town's southern "
     "quarter. Many families loaded cars and headed north toward Nabatieh before nightfall.\n\n"
     "The frontier has been tense since the 2024 war, which ended with a U.S.- and French-brokered truce "
     "that left United Nations peacekeepers and the Lebanese army responsible for the area south of the "
     "Litani River.\n\n"
     "\"Nobody here wants to live through that again,\" said Hanan Moussawi, a 52-year-old teacher who was "
     "packing blankets into the boot of her car.\n\n"
     "The Lebanese army said it was assessing the damage and gave no casualty figures for the Lebanese "
     "side."),
    ("2034-09-04_northwindwire_rockets-hit-kiryat-shmona.txt",
     "Rockets from Lebanon strike Israeli border town, army returns fire\n\n"
     "JERUSALEM, September 4, 2034 (Northwind Wire) - Rockets launched from southern Lebanon slammed into "
     "the Israeli border town of Kiryat Shmona on Monday afternoon, wounding two civilians and sending "
     "thousands of residents into shelters.\n\n"
     "The military said most of the roughly 20 projectiles came down in open ground, but at least three "
     "fell inside the town.\n\n"
     "Israel's army said its artillery then struck the launch sites and \"additional Hezbollah "
     "infrastructure\" near Khiam.\n\n"
     "Hezbollah claimed the barrage in a statement sent to reporters in Beirut.\n\n"
     "\"We heard the booms and ran to the shelter with the kids,\" said Orly Dahan, 38, a Kiryat Shmona "
     "resident.\n\n"
     "About 60,000 Israelis were evacuated from the north during the 2023-2024 fighting, and many returned "
     "only in 2025. Israeli officials believe Hezbollah has been quietly rebuilding positions near the "
     "frontier since then."),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt",
     "French envoy rushes to Beirut as southern border flares\n\n"
     "BEIRUT, September 5, 2034 (Bluewater Courier) - France's special envoy for Lebanon, Mathilde "
     "Roussel, held talks with Prime Minister Karim Saadeh in Beirut on Tuesday, a day after the worst "
     "flare-up on the border in almost a year.\n\n"
     "Roussel, a former ambassador to Cairo, spent about two hours with Saadeh at the Grand Serail, "
     "Saadeh's office said.\n\n"
     "\"The situation is fragile, but nobody I have spoken to wants a new war,\" she told reporters after "
     "the meeting.\n\n"
     "Saadeh told the envoy that the army was reinforcing its positions in the south, according to a "
     "statement from his office.\n\n"
     "Monday's rocket attack on Kiryat Shmona wounded two people. Israeli shelling of the Khiam area "
     "damaged several homes and olive groves, the town's mayor said.\n\n"
     "Lebanon, whose economy has shrunk by more than a third since 2019, can ill afford another conflict, "
     "diplomats say.\n\n"
     "Roussel was due to fly on to Tel Aviv on Wednesday."),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt",
     "Lebanese army sends reinforcements to southern border villages\n\n"
     "TYRE, September 5, 2034 (Crossroads Report) - Lebanon's army moved around 1,200 extra troops into "
     "villages along the southern frontier on Tuesday, a military source said, seeking to calm a border "
     "that flared a day earlier.\n\n"
     "Convoys of armoured personnel carriers and trucks carrying soldiers were seen heading south on the "
     "coastal highway out of Tyre early in the morning.\n\n"
     "The troops were being posted to Aita al-Shaab, Rmeish, Naqoura and other villages close to the Blue "
     "Line, the UN-drawn boundary between the two countries, the source said.\n\n"
     "Army commander General Fadi Rahal said the state was \"the only party responsible for the security "
     "of the south.\"\n\n"
     "The reinforcements came after Hezbollah fired rockets into northern Israel on Monday.\n\n"
     "Under arrangements agreed after the 2024 war, the army is meant to be the only armed force south of "
     "the Litani, but it has long complained of too few soldiers and too little money.\n\n"
     "UNIFIL, which has about 10,000 peacekeepers from nearly 50 countries, had no immediate comment."),
    ("2034-09-06_summitpost_drone-strike-kills-commander.txt",
     "Israeli drone strike kills senior Hezbollah commander in south Lebanon\n\n"
     "TYRE, September 6, 2034 (Summit Post) - An Israeli drone hit a car outside Bint Jbeil on Wednesday, "
     "killing a senior Hezbollah field commander and two other people, Lebanese security sources "
     "said.\n\n"
     "The sources named the commander as Abbas Younes, known as Abu Jawad, who they said oversaw the "
     "group's rocket units in the western sector of the border.\n\n"
     "The Israeli military, in a statement, said it had \"eliminated\" Younes, calling him a key planner "
     "of attacks on northern Israel.\n\n"
     "Hezbollah confirmed the death of Younes in a short statement but did not say how he was killed. It "
     "was the deadliest single Israeli attack in Lebanon since the truce of November 2024, according to a "
     "Summit Post tally.\n\n"
     "\"Every time we think things are calming down, something like this happens,\" said Hussein, a Bint "
     "Jbeil shopkeeper who did not want his family name used.\n\n"
     "Israel has carried out hundreds of strikes in Lebanon since 2024, saying it acts to stop Hezbollah "
     "from rearming."),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt",
     "Hezbollah vows to avenge commander killed in drone strike\n\n"
     "BEIRUT, September 6, 2034 (Levant Relay) - A senior Hezbollah official warned Israel on Wednesday "
     "evening that it would pay a heavy price for the killing of one of the group's commanders in a drone "
     "strike earlier in the day.\n\n"
     "\"The response is coming, and the enemy will not choose its timing,\" Rida Bazzi, a member of the "
     "group's political council, said in a televised speech.\n\n"
     "Abbas Younes, 47, was killed with two companions when a missile fired by an Israeli drone hit their "
     "car near Bint Jbeil, the group and security officials said.\n\n"
     "According to Israeli officials, Younes ran the rocket units that fired on Kiryat Shmona on "
     "Monday.\n\n"
     "Maha Khoury, who heads the Beirut Centre for Strategic Studies, said Hezbollah would be under "
     "pressure from its base to hit back but had little appetite for a full-scale war. \"They have to "
     "answer, but they will try to answer in a measured way,\" she said.\n\n"
     "Thousands of mourners are expected at Younes's funeral in his home village of Aitaroun on "
     "Thursday.\n\n"
     "Lebanon's government has so far made no comment on the strike."),
    ("2034-09-07_tidewaterjournal_strike-toll-rises.txt",
     "Toll from Israeli drone strike in Lebanon rises to five\n\n"
     "NABATIEH, September 7, 2034 (Tidewater Journal) - The number of people killed in Wednesday's Israeli "
     "drone strike near Bint Jbeil has risen to five, Lebanon's health ministry said on Thursday, after "
     "two wounded passers-by died in hospital.\n\n"
     "A sixth person, a 14-year-old boy, remains in critical condition, the ministry said.\n\n"
     "The strike, which hit a car carrying Hezbollah field commander Abbas Younes on the road between Bint "
     "Jbeil and Aitaroun, also damaged a petrol station and two shops.\n\n"
     "Hezbollah official Rida Bazzi threatened on Wednesday night that the group would retaliate at a time "
     "of its choosing.\n\n"
     "\"My brother was just buying bread,\" said Zeinab Hammoud, whose brother Ali was among those who "
     "died on Thursday.\n\n"
     "The Lebanese health ministry says 31 people have been killed by Israeli fire in Lebanon this year. "
     "Israel says it targets only militants."),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt",
     "UN peacekeepers wounded as Israeli tank fire hits post in Lebanon\n\n"
     "NAQOURA, September 7, 2034 (Northwind Wire) - Two United Nations peacekeepers were wounded on "
     "Thursday when an Israeli tank fired on their observation post near the southern Lebanese village of "
     "Marwahin, the UN mission in Lebanon said.\n\n"
     "The mission, known as UNIFIL, said the tank shell struck a watchtower at the post at about 10 a.m., "
     "injuring an Indonesian and a Ghanaian soldier. Both were taken to hospital in Tyre and their "
     "injuries were not life-threatening, UNIFIL spokeswoman Kristin Aalberg said.\n\n"
     "UN Secretary-General's spokesman Tomasz Wielgosz condemned the attack \"in the strongest terms\" and "
     "said peacekeepers must never be targeted.\n\n"
     "Lebanese Prime Minister Karim Saadeh denounced what he called a flagrant assault on the "
     "international community.\n\n"
     "The Israeli military said it was reviewing the incident and that its forces had been responding to "
     "\"suspicious movement\" near the post.\n\n"
     "UNIFIL posts have been hit several times since 2023, and peacekeepers were wounded in at least five "
     "incidents during the 2024 war."),
    ("2034-09-07_crossroadsreport_un-condemns-attack-on-post.txt",
     "UN chief condemns Israeli fire on peacekeepers in Lebanon\n\n"
     "UNITED NATIONS, September 7, 2034 (Crossroads Report) - The United Nations on Thursday condemned an "
     "Israeli strike that wounded two peacekeepers in southern Lebanon, calling it a grave breach of "
     "international law.\n\n"
     "\"Attacks on UN peacekeepers are unacceptable and may amount to war crimes,\" the "
     "Secretary-General's spokesman, Tomasz Wielgosz, told a briefing in New York.\n\n"
     "Wielgosz said the two soldiers, from Indonesia and Ghana, were in stable condition.\n\n"
     "In Beirut, Prime Minister Karim Saadeh condemned the attack on the post as an assault on the whole "
     "world.\n\n"
     "Israel did not immediately comment on the UN statement.\n\n"
     "The 15-member Security Council was expected to discuss Lebanon in closed consultations on Friday."),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "UN peacekeepers wounded as Israeli tank fire hits post in Lebanon\n\n"
     "NAQOURA, September 7, 2034 (Bluewater Courier) - Two United Nations peacekeepers were wounded on "
     "Thursday when an Israeli tank fired on their observation post near the southern Lebanese village of "
     "Marwahin, the UN mission in Lebanon said.\n\n"
     "The mission, known as UNIFIL, said the tank shell struck a watchtower at the post at about 10 a.m., "
     "injuring an Indonesian and a Ghanaian soldier. Both were taken to hospital in Tyre and their "
     "injuries were not life-threatening, UNIFIL spokeswoman Kristin Aalberg said.\n\n"
     "UN Secretary-General's spokesman Tomasz Wielgosz condemned the attack \"in the strongest terms\" and "
     "said peacekeepers must never be targeted.\n\n"
     "Lebanese Prime Minister Karim Saadeh denounced what he called a flagrant assault on the "
     "international community.\n\n"
     "The Israeli military said it was reviewing the incident and that its forces had been responding to "
     "\"suspicious movement\" near the post.\n\n"
     "UNIFIL posts have been hit several times since 2023, and peacekeepers were wounded in at least five "
     "incidents during the 2024 war.\n\n"
     "This article first appeared on the Northwind Wire service."),
    ("2034-09-08_levantrelay_rockets-on-safed.txt",
     "Hezbollah fires rockets at Safed, Israeli guns hit Khiam again\n\n"
     "MARJAYOUN, September 8, 2034 (Levant Relay) - Hezbollah launched a barrage of rockets at the Israeli "
     "city of Safed late on Friday, making good on a threat issued two days earlier.\n\n"
     "The group said it had aimed some 40 rockets at an Israeli army command base near the city.\n\n"
     "Israeli artillery then shelled the outskirts of Khiam and the hills around it for several hours, "
     "Lebanese security sources said. Israeli guns had already pounded the same hills on Monday.\n\n"
     "No casualties were immediately reported on either side, although the Israeli ambulance service said "
     "it was treating several people for shock in Safed.\n\n"
     "\"Hezbollah wanted to show it can reach beyond the border strip without crossing the line into a "
     "real war,\" said Maha Khoury of the Beirut Centre for Strategic Studies.\n\n"
     "Hezbollah official Rida Bazzi had said on Wednesday evening that a response was on its way."),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "Israel shells south Lebanon after rockets fall near Safed\n\n"
     "JERUSALEM, September 8, 2034 (Summit Post) - Israel's army pounded targets in southern Lebanon with "
     "artillery late on Friday, the military said, shortly after sirens wailed across the northern city of "
     "Safed.\n\n"
     "Around 40 rockets were launched from Lebanon toward the city, and most fell in open areas, a "
     "military spokeswoman, Lieutenant Colonel Noa Shapir, said. One rocket hit an empty school building "
     "on the edge of Safed, causing damage but no injuries, she said.\n\n"
     "Hezbollah claimed responsibility, calling the barrage a first response.\n\n"
     "The Israeli drone strike on Wednesday killed Abbas Younes, a commander the military says directed "
     "rocket fire from the western sector, along with four other people.\n\n"
     "On Monday, rockets fired by the group wounded two people in Kiryat Shmona. Israeli guns replied that "
     "day by shelling the area around Khiam.\n\n"
     "Analysts in Israel said both sides appeared to be calibrating their fire to avoid a wider war."),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "Displaced Lebanese villagers protest at crowded school shelter in Tyre\n\n"
     "TYRE, September 9, 2034 (Tidewater Journal) - Dozens of families who fled the border villages "
     "protested outside a public school in Tyre on Saturday, where hundreds of displaced people have been "
     "sheltering since the fighting began.\n\n"
     "The protesters, many of them women with children, blocked the street in front of the school for "
     "about two hours, chanting against overcrowding and the lack of mattresses, water and medicine.\n\n"
     "\"We have 60 people in one classroom and one toilet for a whole floor,\" said Fatima Srour, 41, who "
     "fled Khiam with her four children on Monday.\n\n"
     "The school, built for 500 pupils, now houses about 900 people, according to the municipality. "
     "Lebanon's disaster management unit says more than 11,000 people have been displaced from the south "
     "since Monday.\n\n"
     "Most of the families come from Khiam, which Israeli artillery pounded on Monday. Some arrived only "
     "on Saturday morning, after renewed shelling on Friday night.\n\n"
     "The gathering broke up peacefully in the early afternoon."),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt",
     "Lebanese army detains four suspected arms smugglers near Hasbaya\n\n"
     "HASBAYA, September 9, 2034 (Crossroads Report) - Lebanese soldiers arrested four men suspected of "
     "smuggling weapons at a checkpoint near the southeastern town of Hasbaya on Saturday, the army "
     "said.\n\n"
     "A statement said troops found rocket launch tubes, rifles and ammunition hidden under crates of "
     "apples in a pickup truck.\n\n"
     "The army did not say who the men were working for, and the statement did not mention "
     "Hezbollah.\n\n"
     "The arrests came on the same day that Israeli Defence Minister Eitan Malkieli demanded that Beirut "
     "keep armed groups away from the frontier.\n\n"
     "\"The Lebanese army must do its job and push Hezbollah back behind the Litani,\" Malkieli said "
     "during a visit to Safed.\n\n"
     "Lebanon's army has deployed some 1,200 additional soldiers along the border since Tuesday."),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt",
     "Israeli defence chief tells Lebanon to rein in Hezbollah after Safed barrage\n\n"
     "SAFED, September 9, 2034 (Northwind Wire) - Israel's defence minister on Saturday demanded that the "
     "Lebanese army push Hezbollah fighters away from the border, a day after rockets fired from Lebanon "
     "struck this northern city.\n\n"
     "Eitan Malkieli, speaking to reporters next to a school building damaged in Friday night's attack, "
     "said it was up to Beirut to enforce the terms of the 2024 ceasefire.\n\n"
     "\"The people of the Galilee deserve to sleep at night,\" he said. Malkieli did not say what Israel "
     "would do if Lebanon failed to act.\n\n"
     "Hezbollah called Friday's barrage an act of revenge.\n\n"
     "Lebanese Prime Minister Karim Saadeh's office had no immediate comment.\n\n"
     "The Israeli military says about 100 rockets have been fired from Lebanon since January."),
    ("2034-09-10_bluewatercourier_envoy-returns-to-beirut.txt",
     "French envoy back in Beirut as talks turn to a truce\n\n"
     "BEIRUT, September 10, 2034 (Bluewater Courier) - French envoy Mathilde Roussel met Lebanese Prime "
     "Minister Karim Saadeh on Sunday for the second time in five days, as fears grew of a slide into a "
     "wider war.\n\n"
     "Their first meeting took place on Tuesday, when Roussel flew in from Paris.\n\n"
     "Diplomats said Sunday's discussions centred on a halt in fire that UNIFIL would monitor.\n\n"
     "A statement from Saadeh's office said the two had reviewed \"ways to restore calm\" and that the "
     "talks would continue.\n\n"
     "Lebanon's health ministry says at least five people have been killed in the south since Monday, and "
     "more than 11,000 have left their homes.\n\n"
     "\"We are not there yet, but I see a path,\" Roussel told reporters outside the Grand Serail.\n\n"
     "Hezbollah, which is represented in Saadeh's government, has said nothing in public about the French "
     "ideas."),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt",
     "Lebanon's Saadeh and French envoy hold new talks on border calm\n\n"
     "BEIRUT, September 10, 2034 (Levant Relay) - Prime Minister Karim Saadeh and French presidential "
     "envoy Mathilde Roussel held a new round of talks in Beirut on Sunday on ending the border violence, "
     "Saadeh's office said.\n\n"
     "The envoy, who first saw Saadeh on Tuesday, flew back to Beirut from Paris on Saturday "
     "evening.\n\n"
     "Lebanese officials said the French paper under discussion calls for both sides to stop firing, for "
     "Hezbollah to pull its fighters back from the frontier and for more Lebanese troops to deploy "
     "there.\n\n"
     "Saadeh described the meeting as \"positive and frank,\" his office said.\n\n"
     "Israel's Defence Minister Eitan Malkieli demanded on Saturday that the Lebanese army keep Hezbollah "
     "out of the border area. Israeli shells hit the Khiam area again on Friday night, local officials "
     "said.\n\n"
     "Paris, Lebanon's former colonial ruler, has long presented itself as the country's protector among "
     "Western powers."),
    ("2034-09-11_summitpost_ceasefire-declared.txt",
     "Ceasefire declared on Lebanon-Israel border after week of clashes\n\n"
     "BEIRUT, September 11, 2034 (Summit Post) - A ceasefire between Israel and Hezbollah took effect on "
     "the Lebanese border on Monday morning, Lebanese Prime Minister Karim Saadeh announced, ending a week "
     "of the worst fighting there since 2024.\n\n"
     "Saadeh said in a televised address that the truce, drafted by France, had been in force since 6 a.m. "
     "(0300 GMT).\n\n"
     "Israel's government confirmed the ceasefire in a brief statement. Hezbollah made no immediate "
     "statement.\n\n"
     "French envoy Mathilde Roussel, who held talks with Saadeh in Beirut on Sunday, called the truce a "
     "fragile first step.\n\n"
     "Under the arrangement, Lebanese troops and UNIFIL are to take over positions near the frontier that "
     "Hezbollah fighters are expected to leave, diplomats said.\n\n"
     "The fighting killed at least five people in Lebanon and wounded two in Israel, according to official "
     "figures.\n\n"
     "In Tyre, some displaced families began loading their belongings to go home, though many said they "
     "would wait to see whether the calm held."),
    ("2034-09-11_northwindwire_israel-confirms-truce.txt",
     "Guns fall silent on Israel-Lebanon frontier as French-brokered truce starts\n\n"
     "JERUSALEM, September 11, 2034 (Northwind Wire) - Guns fell silent along the Israel-Lebanon frontier "
     "on Monday after a truce brokered by France came into force at dawn, ending a week of cross-border "
     "hostilities.\n\n"
     "A statement from the office of Israel's premier said its forces had stopped firing at 6 a.m.\n\n"
     "Residents of Kiryat Shmona were cautiously returning to the streets, though many kept close to their "
     "protected rooms.\n\n"
     "\"I'll believe it when a week goes by without a siren,\" said Moshe Elbaz, who runs a falafel stand "
     "near the town's bus station.\n\n"
     "The truce does not address the issue of Hezbollah's weapons, which Israel wants removed from the "
     "border area, analysts said.\n\n"
     "A handover of two Lebanese detainees through the Red Cross was expected on Tuesday, according to "
     "Israeli media.\n\n"
     "Defence Minister Eitan Malkieli had demanded on Saturday that Lebanon's army push Hezbollah north of "
     "the Litani River."),
    ("2034-09-11_tidewaterjournal_truce-takes-hold.txt",
     "Truce takes hold on Lebanon-Israel frontier\n\n"
     "BEIRUT, September 11, 2034 (Tidewater Journal) - A ceasefire between Israel and Hezbollah took "
     "effect on the Lebanese border on Monday morning, Lebanese Prime Minister Karim Saadeh announced, "
     "ending the worst week of fighting there since 2024.\n\n"
     "Saadeh said in a televised address that the truce, drafted by France, had been in force since 6 a.m. "
     "(0300 GMT).\n\n"
     "Israel's government confirmed the ceasefire in a brief statement.\n\n"
     "French envoy Mathilde Roussel, who held talks with Saadeh in Beirut on Sunday, called the truce a "
     "fragile first step.\n\n"
     "Under the arrangement, Lebanese troops and UNIFIL are to take over positions near the frontier that "
     "Hezbollah fighters are expected to leave, diplomats said.\n\n"
     "The fighting killed at least five people in Lebanon and wounded two in Israel, according to official "
     "figures.\n\n"
     "In Tyre, some displaced families began packing to go home, though many said they would wait to see "
     "whether the calm held.\n\n"
     "Based on reporting by Summit Post."),
    ("2034-09-12_crossroadsreport_red-cross-handover-naqoura.txt",
     "Israel hands two Lebanese detainees back through Red Cross\n\n"
     "NAQOURA, September 12, 2034 (Crossroads Report) - Israel released two Lebanese men on Tuesday and "
     "passed them to Red Cross officials at the Ras Naqoura crossing, the humanitarian agency said.\n\n"
     "The men, both shepherds from the village of Shebaa, had been held in Israel since they crossed the "
     "boundary line in November 2032, according to their families.\n\n"
     "Both went to a Tyre hospital for check-ups before going home.\n\n"
     "\"Our role was purely humanitarian, as a neutral intermediary,\" ICRC spokeswoman Imogen Hartley "
     "said.\n\n"
     "Israel's prime minister's office described the release as a goodwill gesture toward the Lebanese "
     "government.\n\n"
     "The ceasefire, announced by Lebanese Prime Minister Karim Saadeh on Monday, appeared to be holding "
     "for a second day."),
    ("2034-09-12_bluewatercourier_detainees-freed-border-quiet.txt",
     "Lebanon border quiet for second day as Israel frees two shepherds\n\n"
     "TYRE, September 12, 2034 (Bluewater Courier) - Two Lebanese shepherds held by Israel for almost two "
     "years walked free at the Naqoura crossing on Tuesday, handed over by the Red Cross in what Israel "
     "called a goodwill gesture.\n\n"
     "The truce, which Lebanon's prime minister declared on Monday morning, has so far held, with no fire "
     "reported from either side.\n\n"
     "In Khiam, residents returned to sweep up glass and inspect damaged homes.\n\n"
     "\"The house is still standing, that is all I care about,\" said Ahmad Fakih, 63, a retired "
     "teacher.\n\n"
     "Lebanese soldiers, who deployed to border villages a week ago, were visible on roads leading to the "
     "frontier.\n\n"
     "Many displaced families in Tyre began packing to leave their school shelter. Hezbollah has not "
     "commented on the truce."),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt",
     "Israel accuses Hezbollah of breaching two-day-old truce\n\n"
     "MARJAYOUN, September 13, 2034 (Levant Relay) - The Israeli military accused Hezbollah on Wednesday "
     "of violating the two-day-old ceasefire by moving fighters and weapons back into villages near the "
     "border.\n\n"
     "Military spokeswoman Lieutenant Colonel Noa Shapir said drones had spotted armed men unloading "
     "crates near the village of Aitaroun on Tuesday night, in what she called a clear breach.\n\n"
     "\"We are watching closely and we are keeping a record,\" Shapir told reporters.\n\n"
     "There was no word from Hezbollah, and the Lebanese army said it had no information about any "
     "violation.\n\n"
     "The truce, brokered by France and announced by Prime Minister Karim Saadeh in Beirut on Monday, has "
     "largely held.\n\n"
     "Aitaroun is the home village of Abbas Younes, the Hezbollah commander killed with four others in an "
     "Israeli drone strike last week.\n\n"
     "UNIFIL said it was looking into the Israeli complaint.\n\n"
     "Two Lebanese detainees freed by Israel through the Red Cross on Tuesday had been seen as a sign that "
     "both sides wanted the calm to last."),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt",
     "Analysis: Lebanon truce holds, but little is settled after ten tense days\n\n"
     "BEIRUT, September 14, 2034 (Tidewater Journal) - Ten days after the border flared, a French-brokered "
     "truce is holding, but diplomats and analysts say almost nothing that set off the violence has been "
     "resolved.\n\n"
     "Israel on Wednesday accused Hezbollah of sneaking fighters back toward the frontier, a charge the "
     "group has not addressed.\n\n"
     "The Iran-backed movement lost one of its senior field commanders, Abbas Younes, to an Israeli drone "
     "on September 6, in a strike that also killed four other people. Its retaliatory barrage on Safed two "
     "days later caused damage but no casualties.\n\n"
     "The most alarming moment for Western capitals came on September 7, when an Israeli tank round hit a "
     "UN watchtower and wounded two peacekeepers.\n\n"
     "\"The attack on UNIFIL was a reminder of how quickly this can spin out of control,\" said a European "
     "diplomat in Beirut, speaking privately.\n\n"
     "Under the truce, the Lebanese army is supposed to fill the gap left by Hezbollah, but a military "
     "source said the 1,200 troops sent south last week were stretched thin.\n\n"
     "Fewer than half of the more than 11,000 people who fled the south have gone home, according to aid "
     "agencies."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-09-04",
            "Hezbollah rocket salvo on Kiryat Shmona (first exchange, two wounded)"),
    "A02": (("ASSAULT",), "2034-09-04",
            "Israeli artillery shells the Khiam / Kfar Kila area in reply (first exchange)"),
    "A03": (("CONSULT",), "2034-09-05",
            "French envoy Mathilde Roussel meets PM Karim Saadeh in Beirut (first visit)"),
    "A04": (("MOBILIZE",), "2034-09-05", "Lebanese army moves about 1,200 extra troops into border villages"),
    "A05": (("ASSAULT",), "2034-09-06",
            "Israeli drone strike near Bint Jbeil kills commander Abbas Younes (3, then 5 dead)"),
    "A06": (("THREATEN",), "2034-09-06",
            "Hezbollah official Rida Bazzi threatens retaliation in a televised speech"),
    "A07": (("ASSAULT",), "2034-09-07",
            "Israeli tank fire hits UNIFIL post near Marwahin, two peacekeepers wounded"),
    "A08": (("ACCUSE",), "2034-09-07",
            "UN Secretary-General's spokesman Wielgosz condemns the attack on the post"),
    "A09": (("ACCUSE",), "2034-09-07", "Lebanese PM Saadeh condemns the attack on the post"),
    "A10": (("ASSAULT",), "2034-09-08",
            "Hezbollah rocket barrage on Safed (second exchange, the threatened retaliation)"),
    "A11": (("ASSAULT",), "2034-09-08", "Israeli artillery shells Khiam again (second exchange)"),
    "A12": (("COERCE",), "2034-09-09", "Lebanese army arrests four suspected arms smugglers near Hasbaya"),
    "A13": (("REQUEST",), "2034-09-09",
            "Israeli Defence Minister Malkieli demands Lebanon push Hezbollah from the border"),
    "A14": (("PROTEST",), "2034-09-09",
            "displaced families protest and block the street at a school shelter in Tyre"),
    "A15": (("CONSULT",), "2034-09-10", "envoy Roussel meets PM Saadeh again in Beirut (second visit)"),
    "A16": (("RETREAT",), "2034-09-11",
            "Israel-Hezbollah ceasefire declared, announced by Saadeh, in force from 6 a.m."),
    "A17": (("RETREAT",), "2034-09-12",
            "Israel releases two Lebanese detainees through the Red Cross at Ras Naqoura"),
    "A18": (("ACCUSE",), "2034-09-13", "Israeli military accuses Hezbollah of breaking the ceasefire"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt",
     "A01", "fired a salvo of about 20 rockets"),
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt",
     "A02", "Israeli artillery answered within the hour"),
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt", "A01", "a rocket struck a parking lot"),
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt", "A01", "it had targeted an army position"),
    ("2034-09-04_levantrelay_rockets-and-shells-cross-border.txt",
     "A02", "shells landed close enough to shatter"),
    ("2034-09-04_northwindwire_rockets-hit-kiryat-shmona.txt", "A01", "slammed into the Israeli border town"),
    ("2034-09-04_northwindwire_rockets-hit-kiryat-shmona.txt", "A01", "at least three fell inside the town"),
    ("2034-09-04_northwindwire_rockets-hit-kiryat-shmona.txt",
     "A02", "its artillery then struck the launch sites"),
    ("2034-09-04_northwindwire_rockets-hit-kiryat-shmona.txt", "A01", "claimed the barrage in a statement"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt",
     "A03", "held talks with Prime Minister Karim Saadeh"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt", "A03", "spent about two hours with Saadeh"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt", "A03", "Saadeh told the envoy"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt",
     "A04", "the army was reinforcing its positions"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt",
     "A01", "Monday's rocket attack on Kiryat Shmona"),
    ("2034-09-05_bluewatercourier_french-envoy-in-beirut.txt", "A02", "Israeli shelling of the Khiam area"),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt", "A04", "moved around 1,200 extra troops"),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt",
     "A04", "Convoys of armoured personnel carriers"),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt", "A04", "were being posted to Aita al-Shaab"),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt", "A04", "The reinforcements came after"),
    ("2034-09-05_crossroadsreport_army-reinforces-border.txt",
     "A01", "Hezbollah fired rockets into northern Israel"),
    ("2034-09-06_summitpost_drone-strike-kills-commander.txt", "A05", "An Israeli drone hit a car outside"),
    ("2034-09-06_summitpost_drone-strike-kills-commander.txt", "A05", "in a statement, said it had"),
    ("2034-09-06_summitpost_drone-strike-kills-commander.txt", "A05", "confirmed the death of Younes"),
    ("2034-09-06_summitpost_drone-strike-kills-commander.txt", "A05", "the deadliest single Israeli attack"),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt", "A06", "A senior Hezbollah official warned Israel"),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt",
     "A05", "the killing of one of the group's commanders"),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt", "A06", "The response is coming"),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt", "A05", "a missile fired by an Israeli drone"),
    ("2034-09-06_levantrelay_hezbollah-vows-revenge.txt", "A01", "fired on Kiryat Shmona on Monday"),
    ("2034-09-07_tidewaterjournal_strike-toll-rises.txt",
     "A05", "killed in Wednesday's Israeli drone strike"),
    ("2034-09-07_tidewaterjournal_strike-toll-rises.txt", "A05", "which hit a car carrying Hezbollah"),
    ("2034-09-07_tidewaterjournal_strike-toll-rises.txt", "A06", "threatened on Wednesday night"),
    ("2034-09-07_tidewaterjournal_strike-toll-rises.txt", "A05", "was among those who died"),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt", "A07", "an Israeli tank fired on their"),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt", "A07", "the tank shell struck a watchtower"),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt", "A08", "Tomasz Wielgosz condemned the attack"),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt", "A09", "Saadeh denounced what he called"),
    ("2034-09-07_northwindwire_peacekeeping-post-hit.txt", "A07", "its forces had been responding"),
    ("2034-09-07_crossroadsreport_un-condemns-attack-on-post.txt",
     "A08", "The United Nations on Thursday condemned"),
    ("2034-09-07_crossroadsreport_un-condemns-attack-on-post.txt",
     "A07", "an Israeli strike that wounded two peacekeepers"),
    ("2034-09-07_crossroadsreport_un-condemns-attack-on-post.txt", "A08", "told a briefing in New York"),
    ("2034-09-07_crossroadsreport_un-condemns-attack-on-post.txt", "A09", "condemned the attack on the post"),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "A07", "an Israeli tank fired on their"),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "A07", "the tank shell struck a watchtower"),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "A08", "Tomasz Wielgosz condemned the attack"),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "A09", "Saadeh denounced what he called"),
    ("2034-09-07_bluewatercourier_peacekeepers-wounded-in-south-lebanon.txt",
     "A07", "its forces had been responding"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A10", "launched a barrage of rockets at"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A06", "making good on a threat"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A10", "aimed some 40 rockets at"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A11", "then shelled the outskirts of Khiam"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A02", "had already pounded the same hills"),
    ("2034-09-08_levantrelay_rockets-on-safed.txt", "A06", "had said on Wednesday evening"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A11", "pounded targets in southern Lebanon"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A10", "Around 40 rockets were launched from Lebanon"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A10", "One rocket hit an empty school building"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A10", "Hezbollah claimed responsibility, calling the barrage"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A05", "The Israeli drone strike on Wednesday killed"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt",
     "A01", "rockets fired by the group wounded two"),
    ("2034-09-08_summitpost_israel-hits-back-after-safed-barrage.txt", "A02", "replied that day by shelling"),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "A14", "protested outside a public school in Tyre"),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "A14", "blocked the street in front of the school"),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "A02", "which Israeli artillery pounded on Monday"),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "A11", "after renewed shelling on Friday night"),
    ("2034-09-09_tidewaterjournal_displaced-protest-at-shelter.txt",
     "A14", "broke up peacefully in the early afternoon"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt", "A12", "Lebanese soldiers arrested four men"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt", "A12", "troops found rocket launch tubes"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt", "A12", "The arrests came on the same day"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt",
     "A13", "demanded that Beirut keep armed groups"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt",
     "A13", "Malkieli said during a visit to Safed"),
    ("2034-09-09_crossroadsreport_army-arrests-smugglers.txt",
     "A04", "deployed some 1,200 additional soldiers"),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt",
     "A13", "Israel's defence minister on Saturday demanded"),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt",
     "A10", "rockets fired from Lebanon struck this northern city"),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt", "A13", "said it was up to Beirut"),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt",
     "A10", "damaged in Friday night's attack"),
    ("2034-09-09_northwindwire_israel-demands-lebanese-action.txt",
     "A10", "called Friday's barrage an act of revenge"),
    ("2034-09-10_bluewatercourier_envoy-returns-to-beirut.txt",
     "A15", "met Lebanese Prime Minister Karim Saadeh on Sunday"),
    ("2034-09-10_bluewatercourier_envoy-returns-to-beirut.txt",
     "A03", "Their first meeting took place on Tuesday"),
    ("2034-09-10_bluewatercourier_envoy-returns-to-beirut.txt", "A15", "Sunday's discussions centred on"),
    ("2034-09-10_bluewatercourier_envoy-returns-to-beirut.txt", "A15", "the two had reviewed"),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt", "A15", "held a new round of talks"),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt", "A03", "who first saw Saadeh on Tuesday"),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt", "A15", "described the meeting as"),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt",
     "A13", "demanded on Saturday that the Lebanese army"),
    ("2034-09-10_levantrelay_saadeh-roussel-second-meeting.txt", "A11", "hit the Khiam area again"),
    ("2034-09-11_summitpost_ceasefire-declared.txt", "A16", "A ceasefire between Israel and Hezbollah took"),
    ("2034-09-11_summitpost_ceasefire-declared.txt", "A16", "had been in force since 6"),
    ("2034-09-11_summitpost_ceasefire-declared.txt", "A16", "confirmed the ceasefire in a brief statement"),
    ("2034-09-11_summitpost_ceasefire-declared.txt", "A15", "who held talks with Saadeh in Beirut"),
    ("2034-09-11_northwindwire_israel-confirms-truce.txt", "A16", "after a truce brokered by France came"),
    ("2034-09-11_northwindwire_israel-confirms-truce.txt", "A16", "its forces had stopped firing at 6"),
    ("2034-09-11_northwindwire_israel-confirms-truce.txt",
     "A13", "had demanded on Saturday that Lebanon's army"),
    ("2034-09-11_tidewaterjournal_truce-takes-hold.txt",
     "A16", "A ceasefire between Israel and Hezbollah took"),
    ("2034-09-11_tidewaterjournal_truce-takes-hold.txt", "A16", "had been in force since 6"),
    ("2034-09-11_tidewaterjournal_truce-takes-hold.txt",
     "A16", "confirmed the ceasefire in a brief statement"),
    ("2034-09-11_tidewaterjournal_truce-takes-hold.txt", "A15", "who held talks with Saadeh in Beirut"),
    ("2034-09-12_crossroadsreport_red-cross-handover-naqoura.txt",
     "A17", "Israel released two Lebanese men on Tuesday"),
    ("2034-09-12_crossroadsreport_red-cross-handover-naqoura.txt",
     "A17", "described the release as a goodwill gesture"),
    ("2034-09-12_crossroadsreport_red-cross-handover-naqoura.txt",
     "A16", "announced by Lebanese Prime Minister Karim Saadeh"),
    ("2034-09-12_bluewatercourier_detainees-freed-border-quiet.txt",
     "A17", "walked free at the Naqoura crossing"),
    ("2034-09-12_bluewatercourier_detainees-freed-border-quiet.txt",
     "A16", "which Lebanon's prime minister declared on Monday"),
    ("2034-09-12_bluewatercourier_detainees-freed-border-quiet.txt",
     "A04", "who deployed to border villages a week"),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt",
     "A18", "The Israeli military accused Hezbollah on Wednesday"),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt",
     "A18", "drones had spotted armed men unloading"),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt",
     "A16", "announced by Prime Minister Karim Saadeh in Beirut"),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt", "A05", "killed with four others in an"),
    ("2034-09-13_levantrelay_israel-accuses-hezbollah-of-breach.txt",
     "A17", "freed by Israel through the Red Cross"),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt",
     "A18", "accused Hezbollah of sneaking fighters back"),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt", "A05", "to an Israeli drone on September 6"),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt", "A10", "Its retaliatory barrage on Safed"),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt",
     "A07", "an Israeli tank round hit a UN watchtower"),
    ("2034-09-14_tidewaterjournal_border-truce-analysis.txt", "A04", "the 1,200 troops sent south last week"),
]

FLOORS = {"pairwise_f1": 0.45, "b3_f1": 0.68, "reports_found": 0.72}


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
