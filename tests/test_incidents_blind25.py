"""The twenty-fifth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of war and diplomacy in Myanmar in March 2034. Junta jets bomb the market of
resistance-held Demoso on one day (first counts of nine and eleven dead, then 17) and the Karen town of Hpapun
three days later (six dead, then nine); Karen fighters storm an army base near Kawkareik and, four days later,
38 of its soldiers surrender; police in Yangon arrest two journalists and six days later free one of them; the
ASEAN envoy meets the junta chief in Naypyitaw twice, six days apart, the second time on the day China hosts
talks in Kunming between the junta and the MNDAA, where both sides agree to meet again; Thailand lets refugees
from Hpapun shelter on its side and two days later sends an aid convoy across the border; the Thai prime
minister and the Thai foreign minister each call on the junta, on the same day, to stop bombing near the
border; the UN rights chief condemns the air raids and the junta rejects her criticism; the junta warns it
will put Kawkareik township under martial law and three days later does so.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(credit line changed, a "This report first ran on" line added) and one is a lightly edited copy.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives (a
second only where the codebook allows two readings: soldiers surrendering is a military retreat or surrender,
and a yielding); its date is the day it happened. REPORTS lists every body sentence (headlines are not
reports) that reports an act that happened, background recaps in later reports and quotes that tell the act
included, with a verbatim cue found once in its file. Not listed: planned, promised-but-not-done,
threatened-but-not-done, hypothetical or denied acts (the threat, the agreement to meet again and the demand
themselves are acts), acts more than a year before, tallies and figures, opinions. No sentence reports two
acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 71411be (the eighth 2026-12-01 session's code after its sixth coder change; written to be
read), with `figures`: **pairwise F1 0.493** (precision 0.778, recall 0.361), B-cubed F1 0.682, reports found
0.793.
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
    ("2034-03-06_monsoonwire_demoso-air-strike.txt",
     "Myanmar military jets bomb market in rebel-held Demoso, at least 11 dead\n\n"
     "BANGKOK, March 6, 2034 (Monsoon Wire) - Myanmar military aircraft bombed a crowded market in the "
     "resistance-held town of Demoso on Monday, leaving at least 11 civilians dead and dozens wounded, "
     "local officials and aid workers said. Two fighter jets made three passes over the town in Kayah "
     "State shortly after 9 a.m., dropping bombs near stalls selling rice and vegetables, a member of "
     "the local administration said.\n\n"
     "Demoso has been controlled since late 2032 by the Karenni Nationalities Defence Force, one of "
     "the armed groups that rose up after the generals took power in February 2021. \"People were "
     "buying food for the week, and now we are pulling them out of the rubble,\" said a volunteer "
     "rescuer, who feared reprisals if named.\n\n"
     "The military's information team said the air force had struck \"a gathering of terrorists\" in the "
     "area, and it said nothing about civilian deaths. Rescuers said at least two bombs hit the "
     "covered section of the market, where most of the victims were found.\n\n"
     "The United Nations estimates that more than three million people have been displaced across "
     "Myanmar, with Kayah among the hardest hit of its states."),
    ("2034-03-06_lanternpost_karenni-town-hit.txt",
     "Air raid on Karenni town kills at least nine, residents say\n\n"
     "YANGON, March 6, 2034 (Lantern Post) - At least nine people were killed when junta warplanes "
     "dropped bombs on Demoso, a town in eastern Myanmar held by anti-military fighters, on Monday "
     "morning, residents and a resistance spokesman said. A spokesman for the Karenni Nationalities "
     "Defence Force said most of the dead were women and children, and that the toll was likely to "
     "climb. Residents said the jets came back for a second pass about ten minutes after the first "
     "bombs fell.\n\n"
     "Monitoring groups count hundreds of air raids on opposition areas since 2021, as the army "
     "struggles to hold ground against a patchwork of ethnic and pro-democracy forces. \"The army "
     "cannot win on the ground, so it fights from the sky,\" said a Bangkok-based analyst of Myanmar's "
     "conflict.\n\n"
     "The town of about 20,000 people lies some 15 kilometres north of the state capital, Loikaw."),
    ("2034-03-07_kestrelnews_demoso-toll-rises.txt",
     "Death toll from Demoso market bombing rises to 17\n\n"
     "BANGKOK, March 7, 2034 (Kestrel News) - The toll from Monday's air strike on a market in the "
     "Myanmar town of Demoso has climbed to 17, including six children, a local relief group said on "
     "Tuesday. Rescuers recovered more bodies overnight from collapsed shop houses, and several of the "
     "40 wounded remain in critical condition at a clinic run by volunteers, the group said.\n\n"
     "The Karenni Civil Relief Network, which coordinates help for resistance-held parts of Kayah "
     "State, said thousands of residents had fled into nearby forests. \"We are running out of "
     "dressings and blood bags,\" said Naw Paw Htoo, a nurse at the clinic.\n\n"
     "A junta spokesman said on Tuesday that the raid had been aimed at a rebel command post, and he "
     "denied that civilians were hit.\n\n"
     "Separately, the ASEAN special envoy on Myanmar, Ramon Villaflor, arrived in the capital "
     "Naypyitaw on Tuesday for talks with military leaders."),
    ("2034-03-07_tidewayherald_envoy-meets-junta-chief.txt",
     "ASEAN envoy meets Myanmar junta chief as air war intensifies\n\n"
     "NAYPYITAW, March 7, 2034 (Tideway Herald) - The Southeast Asian bloc's special envoy for Myanmar "
     "met the head of the military government, Senior General Kyaw Zeya Htun, in Naypyitaw on Tuesday, "
     "a day after an air strike killed at least 17 people in eastern Kayah State. State television "
     "showed the envoy, former Philippine diplomat Ramon Villaflor, shaking hands with the senior "
     "general at the presidential residence before the two sat down for about two hours.\n\n"
     "Villaflor is on his first trip to Myanmar since his appointment in January, and ASEAN members "
     "have been divided over how far to engage the generals.\n\n"
     "\"Engagement is not endorsement, but there is no path to peace that avoids Naypyitaw,\" a diplomat "
     "from a member state said.\n\n"
     "Monday's bombing of Demoso, a town held by resistance forces in Kayah State, hit a busy market, "
     "according to residents."),
    ("2034-03-07_orchidbulletin_envoy-talks-naypyitaw.txt",
     "ASEAN envoy holds first talks with Myanmar generals\n\n"
     "NAYPYITAW, March 7, 2034 (Orchid Bulletin) - Ramon Villaflor, the regional bloc's envoy on the "
     "Myanmar crisis, held talks with the military's top leadership in the capital on Tuesday, the "
     "junta's information ministry said. The ministry said the discussions covered \"stability, the "
     "electoral process and humanitarian matters\" but gave no further details.\n\n"
     "An official travelling with the envoy said the visit was meant to \"listen first\" and was not "
     "expected to produce an agreement. Villaflor is due to return to Naypyitaw within a week, the "
     "official added.\n\n"
     "State media showed Villaflor seated opposite Senior General Kyaw Zeya Htun at a long table "
     "decked with flowers. Myanmar's leaders have been barred from ASEAN summits since 2021."),
    ("2034-03-08_monsoonwire_kawkareik-base-attack.txt",
     "Karen fighters overrun army outpost near Kawkareik\n\n"
     "BANGKOK, March 8, 2034 (Monsoon Wire) - Karen insurgents attacked a Myanmar army base outside "
     "the town of Kawkareik late on Tuesday, setting barracks on fire after several hours of fighting, "
     "the rebel group said on Wednesday. Saw Eh Kalu, a spokesman for the Karen National Liberation "
     "Army, said more than 200 of its fighters took part in the assault on the base, which houses an "
     "infantry battalion. He said at least 20 soldiers were killed, a figure impossible to confirm "
     "independently.\n\n"
     "Kawkareik sits on the main highway linking Yangon to the Thai border crossing at Myawaddy, a "
     "vital trade route.\n\n"
     "\"The army is stretched thin across the southeast,\" said a retired Thai security official who "
     "follows the conflict."),
    ("2034-03-08_uplandreport_garrison-in-flames.txt",
     "Resistance raid leaves Myanmar garrison in flames\n\n"
     "MAE SOT, March 8, 2034 (Upland Report) - Ethnic Karen fighters stormed a junta battalion "
     "headquarters near Kawkareik in southeastern Myanmar on Tuesday night, residents and the "
     "insurgents said, in one of the biggest raids in the area this year. Villagers living about three "
     "kilometres away said they heard explosions and heavy gunfire from around 10 p.m. until dawn.\n\n"
     "The Karen National Liberation Army, which has fought for autonomy since 1949, said its forces "
     "now held most of the compound. The insurgents said they had lost four fighters in the assault.\n\n"
     "Trade through the nearby Myawaddy crossing, worth more than $1 billion a year, has been "
     "disrupted repeatedly since 2023. \"Every month the map shrinks for the military,\" said a "
     "researcher at a Chiang Mai-based institute."),
    ("2034-03-09_lanternpost_journalists-detained.txt",
     "Myanmar junta detains two reporters from independent news outlet\n\n"
     "YANGON, March 9, 2034 (Lantern Post) - Myanmar authorities arrested two journalists working for "
     "the independent Chindwin Mirror news site in a raid on a Yangon apartment on Wednesday night, "
     "the outlet said on Thursday. Plainclothes police took away reporter Hnin Ei Phyu and video "
     "editor Zarni Lin Htet along with their laptops and phones, the outlet's editor said from exile "
     "in Thailand.\n\n"
     "Their whereabouts were not known on Thursday, and no charges had been announced. The Chindwin "
     "Mirror has covered the air war in Kayah and Karen states in detail.\n\n"
     "\"They were doing their job, nothing more,\" the editor, whose name is withheld for safety, told "
     "Lantern Post. The two were taken to a police station in Kamayut township, the editor said."),
    ("2034-03-09_kestrelnews_yangon-raid-reporters.txt",
     "Two journalists held after night raid in Yangon\n\n"
     "BANGKOK, March 9, 2034 (Kestrel News) - Police in Myanmar's largest city detained a reporter and "
     "an editor from an exiled news website late on Wednesday, colleagues said, the latest blow to the "
     "few journalists still working inside the country. Hnin Ei Phyu, 29, and Zarni Lin Htet, 34, were "
     "seized at a flat in Yangon's Sanchaung township, the Chindwin Mirror said in a note to readers. "
     "Officers drove the pair away in an unmarked van shortly before midnight, a neighbour said.\n\n"
     "Since the 2021 coup, the military has revoked the licences of more than a dozen media outlets, "
     "and many reporters have fled abroad. A regional press freedom group said the pair faced up to "
     "three years in prison if charged under a law against spreading \"false news\".\n\n"
     "\"The message to every reporter is that nowhere is safe,\" said the group's director."),
    ("2034-03-09_monsoonwire_hpapun-air-strike.txt",
     "Myanmar jets strike second rebel-held town in a week, six killed\n\n"
     "BANGKOK, March 9, 2034 (Monsoon Wire) - Myanmar's air force bombed the Karen State town of "
     "Hpapun on Thursday, killing at least six people and destroying a school building, a rebel "
     "official and a local aid group said. Witnesses said a single jet dropped two bombs near the "
     "school and a nearby clinic shortly before noon. The jet struck again about 20 minutes later, "
     "hitting a road out of town as residents fled.\n\n"
     "Hpapun, close to the Thai border, has been under the control of the Karen National Liberation "
     "Army since 2023. The school had been closed since January, but families sheltering there were "
     "among the dead, said Naw Htee Moo of the Karen Relief Committee.\n\n"
     "Aid groups say air power has become the army's main weapon as it loses ground to rebel forces "
     "across the country.\n\n"
     "\"There are no bunkers here, only ditches,\" said a teacher in Hpapun who asked that her name not "
     "be used."),
    ("2034-03-09_uplandreport_hpapun-air-strike.txt",
     "Myanmar jets strike second rebel-held town in a week, six killed\n\n"
     "BANGKOK, March 9, 2034 (Upland Report) - Myanmar's air force bombed the Karen State town of "
     "Hpapun on Thursday, killing at least six people and destroying a school building, a rebel "
     "official and a local aid group said. Witnesses said a single jet dropped two bombs near the "
     "school and a nearby clinic shortly before noon. The jet struck again about 20 minutes later, "
     "hitting a road out of town as residents fled.\n\n"
     "Hpapun, close to the Thai border, has been under the control of the Karen National Liberation "
     "Army since 2023. The school had been closed since January, but families sheltering there were "
     "among the dead, said Naw Htee Moo of the Karen Relief Committee.\n\n"
     "Aid groups say air power has become the army's main weapon as it loses ground to rebel forces "
     "across the country.\n\n"
     "\"There are no bunkers here, only ditches,\" said a teacher in Hpapun who asked that her name not "
     "be used.\n\n"
     "This report first ran on Monsoon Wire."),
    ("2034-03-10_tidewayherald_hpapun-toll-refugees.txt",
     "Hpapun toll rises to nine as villagers cross into Thailand\n\n"
     "MAE SARIANG, March 10, 2034 (Tideway Herald) - The death toll from Thursday's air strike on "
     "Hpapun in southeastern Myanmar rose to nine on Friday, as Thai authorities let about 3,000 "
     "people fleeing the area shelter on the Thai side of the border. Three of the injured did not "
     "survive the night at a hospital in Mae Sariang, where they had been carried across the Salween "
     "River, a Thai health official said. The bombing on Thursday also wrecked a clinic run by a Karen "
     "health group, aid workers said.\n\n"
     "Thai soldiers guided the new arrivals to temporary shelters set up at two schools in Mae Hong "
     "Son province, the official said. Thailand hosts about 90,000 long-term refugees from Myanmar in "
     "nine camps along the frontier, some of which date back to the 1980s.\n\n"
     "\"We only want to stay until the planes stop,\" said a farmer from a village near Hpapun, carrying "
     "a sack of rice on his shoulder."),
    ("2034-03-10_kestrelnews_un-rights-chief-condemns.txt",
     "UN rights chief condemns Myanmar air raids on civilians\n\n"
     "GENEVA, March 10, 2034 (Kestrel News) - The top United Nations rights official on Friday "
     "condemned Myanmar's military rulers over a campaign of air raids on civilian areas, saying "
     "attacks on markets and schools could amount to war crimes. Helene Marchetti, who leads the "
     "U.N.'s rights office in Geneva, wrote in a statement that Monday's bombing of a market in Demoso "
     "showed \"a callous disregard for civilian life\". She said Thursday's raid on Hpapun, near the "
     "Thai border, had killed schoolchildren and families sheltering from earlier fighting.\n\n"
     "Her office has documented more than 1,500 air strikes in Myanmar since 2021, the statement said.\n\n"
     "The U.N. Security Council has been unable to agree on strong action on Myanmar, with China and "
     "Russia shielding the generals from sanctions."),
    ("2034-03-10_orchidbulletin_un-rights-chief-air-raids.txt",
     "U.N. rights chief says Myanmar air raids may be war crimes\n\n"
     "GENEVA, March 10, 2034 (Orchid Bulletin) - The top U.N. rights official on Friday condemned "
     "Myanmar's military rulers over a campaign of air raids on civilian areas, saying attacks on "
     "markets and schools could amount to war crimes. Helene Marchetti, who leads the U.N.'s rights "
     "office in Geneva, wrote in a statement that Monday's bombing of a market in Demoso showed \"a "
     "callous disregard for civilian life\". She said Thursday's raid on Hpapun, close to the border "
     "with Thailand, had killed schoolchildren and families sheltering from earlier fighting.\n\n"
     "Her office has documented more than 1,500 air strikes in Myanmar since 2021, the statement said.\n\n"
     "This story was adapted from a Kestrel News report."),
    ("2034-03-10_lanternpost_thai-leaders-urge-halt.txt",
     "Thai leaders press Myanmar junta to stop bombing near border\n\n"
     "BANGKOK, March 10, 2034 (Lantern Post) - Thai Prime Minister Anuwat Srisuk on Friday called on "
     "Myanmar's military government to halt air strikes close to the two countries' frontier, after "
     "thousands of people fled fighting in Karen State into Thailand. \"Bombs falling a few kilometres "
     "from Thai soil are a danger to our people, and they must stop,\" Anuwat told reporters at "
     "Government House.\n\n"
     "Separately, Foreign Minister Pimchanok Thanasarn urged Naypyitaw to stop the raids near the "
     "border in a statement issued on Friday evening. The ministry said about 3,000 people had crossed "
     "from the Hpapun area since Thursday.\n\n"
     "Thai troops let the refugees through a crossing point on the Salween River on Friday morning, "
     "district officials said. Thailand has traditionally avoided public criticism of its neighbour, "
     "with which it shares a border of some 2,400 kilometres."),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt",
     "Dozens of Myanmar soldiers surrender to Karen rebels after base siege\n\n"
     "BANGKOK, March 11, 2034 (Monsoon Wire) - Thirty-eight Myanmar soldiers laid down their weapons "
     "and surrendered to Karen insurgents on Saturday, four days after the rebels attacked their base "
     "near Kawkareik, the insurgent group said. A commander of the Karen National Liberation Army said "
     "the men, including two officers, walked out of the besieged compound under a white flag early on "
     "Saturday.\n\n"
     "The surrender followed a siege of the garrison, which Karen fighters stormed on Tuesday night. "
     "Several of the soldiers said they had gone unpaid for months and had no wish to keep fighting, "
     "according to the group.\n\n"
     "Naypyitaw had not commented by Saturday evening. \"Morale inside the army is at its lowest point "
     "since the coup,\" said a former army captain who left the ranks in 2022 and now advises the "
     "opposition."),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt",
     "Myanmar junta dismisses UN criticism over air strikes\n\n"
     "NAYPYITAW, March 11, 2034 (Tideway Herald) - Myanmar's military government on Saturday rejected "
     "criticism from the U.N.'s top rights official over its air campaign, calling her remarks "
     "one-sided and based on \"fabricated information from terrorist groups\". Major General Thet Naing "
     "Oo, the junta's spokesman, told a news conference in the capital that the U.N. statement was "
     "\"unacceptable\" and that the armed forces had acted in self-defence.\n\n"
     "On Friday, Helene Marchetti had said in Geneva that attacks on markets and schools could amount "
     "to war crimes. Thai Prime Minister Anuwat Srisuk's call on Friday for a halt to bombing near the "
     "border was not addressed at the briefing.\n\n"
     "The military has held power since February 2021. Analysts said the junta's sharp tone reflected "
     "growing frustration with foreign pressure."),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt",
     "Thai aid convoy crosses into Myanmar's Karen State\n\n"
     "MAE SOT, March 12, 2034 (Kestrel News) - A convoy of Thai trucks carrying rice, medicine and "
     "tarpaulins crossed the Moei River into Myanmar's Karen State on Sunday, delivering aid to "
     "civilians displaced by fighting, Thai officials said. The 14 trucks, organised by the Thai "
     "government and the Thai Red Cross, unloaded the supplies at a warehouse in Myawaddy, where local "
     "groups will distribute them.\n\n"
     "The shipment followed Friday's appeal by Prime Minister Anuwat Srisuk for the junta to end "
     "bombing near the frontier. Foreign Minister Pimchanok Thanasarn made a similar demand in a "
     "statement the same day.\n\n"
     "Thai authorities on Friday allowed about 3,000 villagers fleeing fighting around Hpapun to "
     "shelter in Mae Hong Son province. \"This is help for people, not for any side in the conflict,\" a "
     "Thai foreign ministry official said at the bridge."),
    ("2034-03-12_orchidbulletin_martial-law-warning.txt",
     "Myanmar junta warns it may impose martial law around Kawkareik\n\n"
     "YANGON, March 12, 2034 (Orchid Bulletin) - Myanmar's military government warned on Sunday that "
     "it would place Kawkareik township under martial law if insurgent attacks in the area continued, "
     "state media reported. The warning, carried by a state-run newspaper, followed the loss of an "
     "army base near the town after an assault by Karen fighters last Tuesday.\n\n"
     "Under martial law, military tribunals can try civilians and hand down death sentences, rights "
     "groups say. The army placed dozens of townships under martial law in 2023 and 2024 as it lost "
     "ground to the resistance.\n\n"
     "On Saturday, 38 soldiers from the overrun base gave themselves up to the Karen National "
     "Liberation Army, the group said. \"A martial law order changes very little for people who are "
     "already being bombed,\" said a Kawkareik resident now living in Mae Sot."),
    ("2034-03-13_lanternpost_kunming-talks.txt",
     "China hosts talks between Myanmar junta and Kokang rebels\n\n"
     "KUNMING, March 13, 2034 (Lantern Post) - Myanmar's military government and the ethnic Kokang "
     "rebel group MNDAA held talks in Kunming, capital of China's Yunnan province, on Monday, with "
     "Chinese officials acting as hosts, sources close to the negotiations said. The junta's "
     "delegation was led by Lieutenant General Aung Kyaw Moe, while the rebel side was headed by the "
     "MNDAA's deputy commander, the sources said.\n\n"
     "China's special envoy for Asian affairs, Deng Xilin, opened the meeting, according to a brief "
     "statement from China's foreign ministry that gave no details of the discussions. Both sides "
     "agreed to hold another round of talks in April, the sources said.\n\n"
     "Beijing has brokered a string of ceasefire meetings between the military and armed groups along "
     "its border since 2023, wary of instability on its doorstep. The meeting ran for about six hours "
     "at a government guesthouse, one of the sources said. \"Beijing wants quiet on its border more "
     "than it wants any particular outcome,\" said a Singapore-based analyst of China's Myanmar policy."),
    ("2034-03-13_monsoonwire_envoy-returns.txt",
     "ASEAN envoy back in Naypyitaw for second round of talks\n\n"
     "NAYPYITAW, March 13, 2034 (Monsoon Wire) - ASEAN's special envoy Ramon Villaflor returned to "
     "Myanmar's capital on Monday for a second meeting with junta leader Senior General Kyaw Zeya "
     "Htun. Their first encounter took place on Tuesday last week. The envoy's office said the talks "
     "focused on humanitarian access and the safety of civilians in Kayah and Karen states.\n\n"
     "On the same day, Chinese officials hosted separate talks in Kunming between the military and the "
     "MNDAA, an ethnic armed group. Two journalists detained in Yangon last Wednesday remained in "
     "custody on Monday, their employer said.\n\n"
     "Myanmar is expected to top the agenda when the bloc's foreign ministers gather in Kuala Lumpur "
     "on March 28. \"Two visits in a week shows urgency, but urgency is not leverage,\" said a "
     "Jakarta-based analyst."),
    ("2034-03-14_tidewayherald_journalist-freed.txt",
     "Myanmar junta frees one of two detained journalists\n\n"
     "YANGON, March 14, 2034 (Tideway Herald) - Myanmar's military authorities released reporter Hnin "
     "Ei Phyu on Tuesday, six days after she and a colleague were detained in a night raid in Yangon, "
     "her news outlet said. Her colleague, video editor Zarni Lin Htet, remains at Insein prison, the "
     "Chindwin Mirror said.\n\n"
     "Hnin Ei Phyu was freed from a police station in Yangon's Kamayut township on Tuesday afternoon "
     "and was in good health, the outlet's editor said.\n\n"
     "She was let go a day after the ASEAN envoy's second visit to Naypyitaw in a week. \"One is free, "
     "but one is not, and that is not something to celebrate,\" the editor said."),
    ("2034-03-14_uplandreport_reporter-released.txt",
     "Myanmar releases reporter, keeps colleague behind bars\n\n"
     "BANGKOK, March 14, 2034 (Upland Report) - A Myanmar journalist arrested last week in Yangon was "
     "set free on Tuesday, but the military government is still holding her colleague, the exiled news "
     "site they work for said. Hnin Ei Phyu of the Chindwin Mirror walked out of custody without "
     "charge, the site said in a Facebook post.\n\n"
     "Authorities gave no explanation. Police arrested her and editor Zarni Lin Htet at a Yangon "
     "apartment on March 8.\n\n"
     "Myanmar was ranked 171st of 180 countries in a press freedom index published last year."),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt",
     "Myanmar junta declares martial law in Kawkareik township\n\n"
     "YANGON, March 15, 2034 (Kestrel News) - Myanmar's military government declared martial law in "
     "Kawkareik township in Karen State on Wednesday, handing administrative and judicial powers to "
     "the regional army commander, state television said. A presenter read out the decree on the "
     "evening news, and it took effect at midnight. The order came three days after the junta warned "
     "it would take the step if rebel attacks in the area did not stop.\n\n"
     "Karen fighters overran an army base near the town on March 7, and 38 soldiers from the base "
     "surrendered to them four days later. A spokesman for the Karen National Liberation Army said the "
     "order would not change its plans.\n\n"
     "Under the order, anyone in the township can be tried by a military tribunal, and offences such "
     "as spreading false news carry long prison terms. \"We expect more arrests and more checkpoints,\" "
     "Ko Min, who runs a phone shop in Kawkareik, said by telephone."),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt",
     "Air raids, talks and martial law: Myanmar's turbulent ten days\n\n"
     "BANGKOK, March 16, 2034 (Monsoon Wire) - Myanmar's generals have faced mounting pressure at home "
     "and abroad over the past ten days, with little sign that they are willing to change course, "
     "diplomats and analysts say. On Wednesday, the junta put Kawkareik township under martial law, "
     "days after Karen fighters seized an army base nearby. The military had warned on March 12 that "
     "it would take the step if rebel attacks continued.\n\n"
     "Nine people died when jets struck the town of Hpapun on March 9. The ASEAN envoy, Ramon "
     "Villaflor, held his second meeting with Senior General Kyaw Zeya Htun on Monday. A reporter "
     "detained in Yangon was freed on Tuesday, though her colleague remains in prison.\n\n"
     "\"The pattern is familiar: talk to visitors, bomb the periphery,\" said a Western diplomat in "
     "Bangkok. Over 6,000 civilians have died at the military's hands since the coup, a monitoring "
     "group based in Thailand estimates."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-03-06",
            "junta aircraft bomb the market of resistance-held Demoso (Kayah State)"),
    "A02": (("CONSULT",), "2034-03-07",
            "ASEAN envoy Villaflor meets junta chief Kyaw Zeya Htun in Naypyitaw, first visit"),
    "A03": (("ASSAULT",), "2034-03-07",
            "KNLA fighters attack the army battalion base near Kawkareik (late Tuesday)"),
    "A04": (("COERCE",), "2034-03-08",
            "Yangon police arrest the Chindwin Mirror journalists Hnin Ei Phyu and Zarni Lin Htet"),
    "A05": (("ASSAULT",), "2034-03-09", "junta air strike on resistance-held Hpapun (Karen State)"),
    "A06": (("ACCUSE",), "2034-03-10",
            "UN rights chief Marchetti condemns the junta's air raids on civilians"),
    "A07": (("AID",), "2034-03-10",
            "Thailand lets about 3,000 people fleeing Hpapun shelter on its side of the border"),
    "A08": (("REQUEST",), "2034-03-10",
            "Thai PM Anuwat calls on the junta to halt air strikes near the border"),
    "A09": (("REQUEST",), "2034-03-10", "Thai FM Pimchanok urges the junta to stop raids near the border"),
    "A10": (("RETREAT", "CONCEDE"), "2034-03-11", "38 soldiers of the Kawkareik base surrender to the KNLA"),
    "A11": (("REJECT",), "2034-03-11", "junta rejects the UN rights chief's criticism"),
    "A12": (("THREATEN",), "2034-03-12", "junta warns it will put Kawkareik township under martial law"),
    "A13": (("AID",), "2034-03-12", "Thai aid convoy delivers rice and medicine to Myawaddy"),
    "A14": (("CONSULT",), "2034-03-13", "junta and MNDAA hold China-hosted talks in Kunming"),
    "A15": (("AGREE",), "2034-03-13", "junta and MNDAA agree to hold another round of talks in April"),
    "A16": (("CONSULT",), "2034-03-13",
            "ASEAN envoy Villaflor meets the junta chief again in Naypyitaw, second visit"),
    "A17": (("RETREAT",), "2034-03-14", "junta frees the reporter Hnin Ei Phyu"),
    "A18": (("COERCE",), "2034-03-15", "junta declares martial law in Kawkareik township"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-06_monsoonwire_demoso-air-strike.txt", "A01", "bombed a crowded market"),
    ("2034-03-06_monsoonwire_demoso-air-strike.txt", "A01", "made three passes over the town"),
    ("2034-03-06_monsoonwire_demoso-air-strike.txt", "A01", "the air force had struck"),
    ("2034-03-06_monsoonwire_demoso-air-strike.txt", "A01", "at least two bombs hit the covered section"),
    ("2034-03-06_lanternpost_karenni-town-hit.txt", "A01", "junta warplanes dropped bombs on"),
    ("2034-03-06_lanternpost_karenni-town-hit.txt", "A01", "the jets came back for a second pass"),
    ("2034-03-07_kestrelnews_demoso-toll-rises.txt", "A01", "Monday's air strike on a market"),
    ("2034-03-07_kestrelnews_demoso-toll-rises.txt", "A01", "the raid had been aimed at"),
    ("2034-03-07_kestrelnews_demoso-toll-rises.txt", "A02", "arrived in the capital Naypyitaw"),
    ("2034-03-07_tidewayherald_envoy-meets-junta-chief.txt",
     "A02", "met the head of the military government"),
    ("2034-03-07_tidewayherald_envoy-meets-junta-chief.txt", "A01", "a day after an air strike killed"),
    ("2034-03-07_tidewayherald_envoy-meets-junta-chief.txt", "A02", "shaking hands with the senior general"),
    ("2034-03-07_tidewayherald_envoy-meets-junta-chief.txt", "A01", "Monday's bombing of Demoso"),
    ("2034-03-07_orchidbulletin_envoy-talks-naypyitaw.txt",
     "A02", "held talks with the military's top leadership"),
    ("2034-03-07_orchidbulletin_envoy-talks-naypyitaw.txt", "A02", "the discussions covered"),
    ("2034-03-07_orchidbulletin_envoy-talks-naypyitaw.txt",
     "A02", "seated opposite Senior General Kyaw Zeya Htun"),
    ("2034-03-08_monsoonwire_kawkareik-base-attack.txt", "A03", "attacked a Myanmar army base"),
    ("2034-03-08_monsoonwire_kawkareik-base-attack.txt", "A03", "took part in the assault on the base"),
    ("2034-03-08_monsoonwire_kawkareik-base-attack.txt", "A03", "at least 20 soldiers were killed"),
    ("2034-03-08_uplandreport_garrison-in-flames.txt", "A03", "stormed a junta battalion headquarters"),
    ("2034-03-08_uplandreport_garrison-in-flames.txt", "A03", "heard explosions and heavy gunfire"),
    ("2034-03-08_uplandreport_garrison-in-flames.txt", "A03", "lost four fighters in the assault"),
    ("2034-03-09_lanternpost_journalists-detained.txt", "A04", "arrested two journalists working for"),
    ("2034-03-09_lanternpost_journalists-detained.txt", "A04", "took away reporter Hnin Ei Phyu"),
    ("2034-03-09_lanternpost_journalists-detained.txt", "A04", "The two were taken to a police station"),
    ("2034-03-09_kestrelnews_yangon-raid-reporters.txt", "A04", "detained a reporter and an editor"),
    ("2034-03-09_kestrelnews_yangon-raid-reporters.txt", "A04", "were seized at a flat"),
    ("2034-03-09_kestrelnews_yangon-raid-reporters.txt", "A04", "drove the pair away in an unmarked van"),
    ("2034-03-09_monsoonwire_hpapun-air-strike.txt", "A05", "air force bombed the Karen State town"),
    ("2034-03-09_monsoonwire_hpapun-air-strike.txt", "A05", "a single jet dropped two bombs"),
    ("2034-03-09_monsoonwire_hpapun-air-strike.txt", "A05", "The jet struck again about 20 minutes later"),
    ("2034-03-09_uplandreport_hpapun-air-strike.txt", "A05", "air force bombed the Karen State town"),
    ("2034-03-09_uplandreport_hpapun-air-strike.txt", "A05", "a single jet dropped two bombs"),
    ("2034-03-09_uplandreport_hpapun-air-strike.txt", "A05", "The jet struck again about 20 minutes later"),
    ("2034-03-10_tidewayherald_hpapun-toll-refugees.txt", "A05", "Thursday's air strike on Hpapun"),
    ("2034-03-10_tidewayherald_hpapun-toll-refugees.txt", "A07", "Thai authorities let about 3,000 people"),
    ("2034-03-10_tidewayherald_hpapun-toll-refugees.txt",
     "A07", "guided the new arrivals to temporary shelters"),
    ("2034-03-10_tidewayherald_hpapun-toll-refugees.txt", "A05", "The bombing on Thursday also wrecked"),
    ("2034-03-10_kestrelnews_un-rights-chief-condemns.txt",
     "A06", "on Friday condemned Myanmar's military rulers"),
    ("2034-03-10_kestrelnews_un-rights-chief-condemns.txt", "A06", "a callous disregard for civilian life"),
    ("2034-03-10_kestrelnews_un-rights-chief-condemns.txt", "A01", "Monday's bombing of a market in Demoso"),
    ("2034-03-10_kestrelnews_un-rights-chief-condemns.txt", "A05", "Thursday's raid on Hpapun"),
    ("2034-03-10_orchidbulletin_un-rights-chief-air-raids.txt",
     "A06", "on Friday condemned Myanmar's military rulers"),
    ("2034-03-10_orchidbulletin_un-rights-chief-air-raids.txt",
     "A06", "a callous disregard for civilian life"),
    ("2034-03-10_orchidbulletin_un-rights-chief-air-raids.txt",
     "A01", "Monday's bombing of a market in Demoso"),
    ("2034-03-10_orchidbulletin_un-rights-chief-air-raids.txt", "A05", "Thursday's raid on Hpapun"),
    ("2034-03-10_lanternpost_thai-leaders-urge-halt.txt", "A08", "called on Myanmar's military government"),
    ("2034-03-10_lanternpost_thai-leaders-urge-halt.txt", "A08", "Anuwat told reporters at Government House"),
    ("2034-03-10_lanternpost_thai-leaders-urge-halt.txt", "A09", "urged Naypyitaw to stop the raids"),
    ("2034-03-10_lanternpost_thai-leaders-urge-halt.txt", "A07", "let the refugees through a crossing point"),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt", "A10", "laid down their weapons and surrendered"),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt", "A03", "after the rebels attacked their base"),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt", "A10", "walked out of the besieged compound"),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt", "A10", "The surrender followed a siege"),
    ("2034-03-11_monsoonwire_soldiers-surrender.txt", "A03", "which Karen fighters stormed on Tuesday night"),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt", "A11", "military government on Saturday rejected"),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt", "A06", "criticism from the U.N.'s top rights official"),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt", "A06", "Helene Marchetti had said in Geneva"),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt", "A08", "Anuwat Srisuk's call on Friday"),
    ("2034-03-11_tidewayherald_junta-rejects-un.txt", "A11", "told a news conference in the capital"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A13", "A convoy of Thai trucks carrying rice"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A13", "unloaded the supplies at a warehouse"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A13", "The shipment followed"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A08", "Friday's appeal by Prime Minister Anuwat Srisuk"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A09", "made a similar demand in a statement"),
    ("2034-03-12_kestrelnews_thai-aid-convoy.txt", "A07", "Thai authorities on Friday allowed"),
    ("2034-03-12_orchidbulletin_martial-law-warning.txt", "A12", "warned on Sunday that it would place"),
    ("2034-03-12_orchidbulletin_martial-law-warning.txt",
     "A12", "The warning, carried by a state-run newspaper"),
    ("2034-03-12_orchidbulletin_martial-law-warning.txt", "A03", "assault by Karen fighters last Tuesday"),
    ("2034-03-12_orchidbulletin_martial-law-warning.txt", "A10", "gave themselves up to the Karen"),
    ("2034-03-13_lanternpost_kunming-talks.txt", "A14", "held talks in Kunming"),
    ("2034-03-13_lanternpost_kunming-talks.txt", "A14", "The junta's delegation was led by"),
    ("2034-03-13_lanternpost_kunming-talks.txt", "A14", "opened the meeting"),
    ("2034-03-13_lanternpost_kunming-talks.txt", "A15", "Both sides agreed to hold another round"),
    ("2034-03-13_lanternpost_kunming-talks.txt", "A14", "The meeting ran for about six hours"),
    ("2034-03-13_monsoonwire_envoy-returns.txt", "A16", "for a second meeting with junta leader"),
    ("2034-03-13_monsoonwire_envoy-returns.txt", "A02", "Their first encounter took place"),
    ("2034-03-13_monsoonwire_envoy-returns.txt", "A16", "the talks focused on humanitarian access"),
    ("2034-03-13_monsoonwire_envoy-returns.txt", "A14", "hosted separate talks in Kunming"),
    ("2034-03-13_monsoonwire_envoy-returns.txt", "A04", "Two journalists detained in Yangon"),
    ("2034-03-14_tidewayherald_journalist-freed.txt", "A17", "released reporter Hnin Ei Phyu"),
    ("2034-03-14_tidewayherald_journalist-freed.txt", "A04", "she and a colleague were detained"),
    ("2034-03-14_tidewayherald_journalist-freed.txt", "A17", "was freed from a police station"),
    ("2034-03-14_tidewayherald_journalist-freed.txt", "A17", "She was let go a day after"),
    ("2034-03-14_tidewayherald_journalist-freed.txt", "A16", "the ASEAN envoy's second visit"),
    ("2034-03-14_uplandreport_reporter-released.txt", "A17", "was set free on Tuesday"),
    ("2034-03-14_uplandreport_reporter-released.txt", "A04", "A Myanmar journalist arrested last week"),
    ("2034-03-14_uplandreport_reporter-released.txt", "A17", "walked out of custody without charge"),
    ("2034-03-14_uplandreport_reporter-released.txt", "A04", "Police arrested her and editor"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A18", "declared martial law in Kawkareik township"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A18", "read out the decree on the evening news"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A18", "The order came three days after"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A12", "the junta warned it would take the step"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A03", "Karen fighters overran an army base"),
    ("2034-03-15_kestrelnews_martial-law-kawkareik.txt", "A10", "38 soldiers from the base surrendered"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A18", "put Kawkareik township under martial law"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A03", "Karen fighters seized an army base"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A12", "The military had warned on March 12"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A05", "jets struck the town of Hpapun"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A16", "held his second meeting with"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A17", "was freed on Tuesday"),
    ("2034-03-16_monsoonwire_myanmar-ten-days.txt", "A04", "A reporter detained in Yangon"),
]

FLOORS = {"pairwise_f1": 0.89, "b3_f1": 0.88, "reports_found": 0.78}


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
