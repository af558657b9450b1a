"""Blind incident batch 62: a Somalia-Ethiopia diplomatic crisis over ten days (March 6-15, 2034) over Ethiopia's port
and naval-base memorandum with Somaliland. Mogadishu recalls its ambassador and lodges a protest, summons and then
expels Ethiopia's envoy, Ethiopia summons Somalia's charge d'affaires and moves armour to the border at Dolow, the
African Union and IGAD call for calm and mediate, Somalia threatens and then imposes an airspace ban it lifts after
Turkish-hosted talks end in an Ankara joint declaration, Somaliland police detain and later free two journalists,
and al-Shabaab strikes Beledweyne and Baidoa while the neighbours quarrel.

Counts: 25 synthetic documents from six invented outlets (Tidewater Wire, Horn Dispatch, Gulf of Aden Monitor,
Savanna News Service, Eastgate Wire, Meridian Press Agency), 27 gold acts and 122 REPORTS entries. Types of the
acts: ACCUSE 2, ACCUSE/CONSULT 2, AGREE 2, ASSAULT 2, COERCE 1, CONCEDE/RETREAT 2, CONSULT 3, MOBILIZE 1, PROTEST 2,
REJECT 1, REQUEST 3, RETREAT 1, SANCTION 2, SANCTION/COERCE 1, SUPPORT 1, THREATEN 1. One document is a verbatim
syndicated copy of an earlier one (the Beledweyne car bomb, run the same day by another outlet under the original
credit) and one is a lightly edited copy (the expulsion of the ambassador, same day, another outlet, new headline, a
reworded lead, one sentence shortened and the closing paragraph dropped); each copy has its own REPORTS entries.
Look-alikes that must stay apart: two summonses (Somalia's of the Ethiopian ambassador on March 7, Ethiopia's of the
Somali charge d'affaires on March 9), two protests (Mogadishu on March 7, Garowe on March 11), two al-Shabaab
strikes on different towns (Beledweyne on March 10, Baidoa on March 12), two calls for calm by different speakers on
one day (the AU Commission chairperson and the IGAD executive secretary, March 7), a threat and the act it
threatened (the airspace closure threatened on March 9 and imposed on March 11), a ban imposed and later lifted
(March 11 and March 15), a detention and the later release (March 8 and March 12), two envoy meetings (IGAD's with
Somalia's president, the AU's with Ethiopia's prime minister), and a recall of one ambassador versus the expulsion
of the other. The Beledweyne death toll changes between reports (nine, then 14). Later reports recap earlier acts in
background clauses.

Conventions for the expected values: an act is one actor (for statements one speaker or institution) doing one thing
to one target on one day. Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two
readings: the summons of an ambassador or charge d'affaires is ACCUSE or CONSULT, the expulsion of an ambassador is
SANCTION (reduce diplomatic relations) or COERCE (expel a person), a release and the lifting of a ban are CONCEDE or
RETREAT. A lodged diplomatic protest is ACCUSE, a recall of one's own ambassador and the closure of airspace are
SANCTION, a call for calm or for a release is REQUEST, troop movement toward a border is MOBILIZE and its pullback
RETREAT, a welcome of an accord is SUPPORT, the talks in Ankara (hosted by Turkey) are one CONSULT act. REPORTS
lists every sentence (headlines included) that reports an act that happened, background recaps in later reports
included, with a cue (a short verbatim phrase) found exactly once in its file. A clause (a verb with its subject, a
relative clause included) recaps an act; a bare noun phrase that only names an earlier act as the occasion of
another ("to protest against the expulsion of its ambassador", "prompting the Somali threat", "a ban imposed on
Saturday") is not listed. Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts
(the denial that Ethiopian forces crossed the frontier, the scheduled Ankara talks, the expected return of an
ambassador), acts more than a year before (Somaliland's breakaway in 1991), statistics, tallies, continuing states
("remained deployed") and opinions are not listed; the threat itself is THREATEN. No sentence reports two acts that
share a type.

Scoring, as the functions below do it: DOCS are written to a corpus folder and ingested into a fresh store, as
documents arrive in use; each coded event whose document and sentence hold the cue of exactly one REPORTS entry of
that file, and whose type is one of that act's types, is kept with its incident. eval.incidents.score gives the
pairwise and B-cubed F1 (pairwise_f1, b3_f1) of the incidents against the gold acts, and reports_found is the share
of the (file, act) pairs of REPORTS that at least one kept event reaches.

How it was written: all wording is invented in a wire style, with real countries, bodies, places and public roles
and invented people, outlets and events, in a future year. Every text was checked with /tmp/ew/overlap.py for
six-word runs shared with the gold, seed, news and demo corpus and the repository's tests; none was found with the
gold/seed/news/demo texts. It was written at the start of the eighteenth session (2026-12-02), without reading the
coder's code, lexicons, rules or data or any other blind batch, from the template and the brief alone.

FLOORS were all 0.0 until the first run; they are now its figures less 0.03.

FIRST RUN (written by a helper at the start of the eighteenth session (2026-12-02)), on its starting code (7dd3f8f),
before any of it was read: **pairwise F1 0.848** (precision 0.946, recall 0.768), B-cubed F1 0.914, reports found
0.704. Read afterwards: its misses may inform rules (each justified by the codebook, with its own test sentences).
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
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt",
     "Ethiopia signs naval base lease with Somaliland, Mogadishu recalls envoy\n\n"
     "ADDIS ABABA, March 6, 2034 (Tidewater Wire) - Ethiopia signed a memorandum on Monday that gives its navy "
     "a leased base and commercial berths at the Somaliland port of Berbera, a move that prompted Somalia to "
     "pull its ambassador out of Addis Ababa within hours.\n\n"
     "Prime Minister Girma Tolossa Abdeta and Somaliland's leader, Yasin Abdi Ducaale, initialled each page of "
     "the text in front of envoys from several Gulf monarchies.\n\n"
     "Officials said the lease covers about 20 kilometres of coastline east of the port and runs for 50 years.\n\n"
     "In Mogadishu, the foreign ministry announced the recall of Ambassador Fadumo Ali Dhiblawe for "
     "consultations and said a formal protest had been lodged with the Ethiopian government, calling the deal "
     "an assault on the country's unity.\n\n"
     "Somaliland declared independence from Somalia in 1991 and governs itself, but no United Nations member "
     "state recognises it.\n\n"
     "Ethiopia, home to roughly 130 million people and without a coastline, has sought dependable access to "
     "the sea since Eritrea's independence in 1993.\n\n"
     "Ethiopian officials made no comment on Somalia's protest."),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt",
     "Somalia pulls ambassador from Ethiopia over Berbera pact\n\n"
     "MOGADISHU, March 6, 2034 (Horn Dispatch) - Somalia on Monday recalled its ambassador to Ethiopia, hours "
     "after Addis Ababa signed a deal with the authorities in Hargeisa that would hand the Ethiopian navy a "
     "base on the Gulf of Aden.\n\n"
     "Foreign Minister Hodan Ismail Guleed told reporters at Villa Somalia that the ambassador, Fadumo Ali "
     "Dhiblawe, had been ordered home for talks at the ministry.\n\n"
     "The ministry also delivered a note of protest to the Ethiopian embassy in Mogadishu, a ministry official "
     "said, asking for anonymity.\n\n"
     "Berbera, a deep-water port on the Gulf of Aden, has been expanded over the past decade with investment "
     "from the United Arab Emirates.\n\n"
     "Mogadishu regards Somaliland as an integral part of Somalia, a position backed by the African Union."),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt",
     "Somalia summons Ethiopian envoy as thousands march in Mogadishu\n\n"
     "MOGADISHU, March 7, 2034 (Gulf of Aden Monitor) - Somalia's foreign ministry summoned Ethiopian "
     "Ambassador Dawit Haile Mengesha on Tuesday to explain his government's naval base deal with Somaliland, "
     "the ministry said.\n\n"
     "The summons came a day after Mogadishu recalled its own ambassador from Addis Ababa.\n\n"
     "Thousands of people, many waving the blue national flag, marched from the Daljirka Dahsoon monument to "
     "the parliament building chanting slogans against Ethiopia.\n\n"
     "Police put the turnout at roughly 8,000.\n\n"
     "Ethiopia's embassy declined to comment on the summons."),
    ("2034-03-07_savanna_au-chief-urges-calm.txt",
     "African Union chief urges calm in Somalia-Ethiopia row\n\n"
     "ADDIS ABABA, March 7, 2034 (Savanna News Service) - The chief of the AU Commission appealed to Somalia "
     "and Ethiopia on Tuesday to refrain from steps liable to stoke tensions over Addis Ababa's port agreement "
     "with Somaliland.\n\n"
     "\"Both governments must hold back and resolve this quarrel at the negotiating table,\" Chairperson Adjoa "
     "Mensima Boateng said in a statement.\n\n"
     "Hours later, the regional bloc IGAD issued its own appeal for calm from its headquarters in Djibouti.\n\n"
     "Somalia on Tuesday summoned Ethiopia's ambassador in Mogadishu, and thousands of people protested in the "
     "capital against the deal.\n\n"
     "The African Union, which is based in Addis Ababa, has about 11,000 troops in Somalia, several thousand "
     "of them Ethiopian."),
    ("2034-03-07_eastgate_igad-appeal-restraint.txt",
     "IGAD appeals for restraint between Mogadishu and Addis Ababa\n\n"
     "DJIBOUTI, March 7, 2034 (Eastgate Wire) - The executive secretary of IGAD, the East African regional "
     "bloc, urged Somalia and Ethiopia on Tuesday to keep their quarrel over a Somaliland port deal within "
     "diplomatic channels.\n\n"
     "\"Neither capital gains anything from a confrontation,\" said Justus Oketch Wanyama, a former Kenyan "
     "diplomat.\n\n"
     "The African Union Commission chairperson, Adjoa Mensima Boateng, had appealed for restraint in Addis "
     "Ababa that morning.\n\n"
     "Djibouti, which hosts the IGAD secretariat, earns much of its port revenue from Ethiopian trade."),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt",
     "Somalia expels Ethiopian ambassador, sets 72-hour deadline\n\n"
     "MOGADISHU, March 8, 2034 (Tidewater Wire) - Somalia told Ethiopia's ambassador on Wednesday to quit the "
     "country within 72 hours, a steep escalation of the row over Addis Ababa's plan for a naval base in the "
     "secessionist territory of Somaliland.\n\n"
     "Information Minister Bashir Osman Qalinle announced the expulsion on state television after an overnight "
     "cabinet meeting chaired by President Abdikarim Warsame Nuur.\n\n"
     "Ambassador Dawit Haile Mengesha had been summoned to the foreign ministry on Tuesday and asked to "
     "explain the deal.\n\n"
     "Somalia recalled its own envoy from Addis Ababa on Monday, the day the memorandum was signed.\n\n"
     "The Ethiopian foreign ministry did not immediately react.\n\n"
     "Ethiopia has soldiers in the African Union contingent that is battling the Islamist insurgents, and "
     "diplomats in Mogadishu said the row could hamper the campaign."),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt",
     "Somalia gives Ethiopian envoy 72 hours to leave in port row\n\n"
     "MOGADISHU, March 8, 2034 (Horn Dispatch) - Somalia on Wednesday told Ethiopia's ambassador to quit the "
     "country, giving him 72 hours to go, in a sharp escalation of a dispute over Addis Ababa's plan for a "
     "naval base in the secessionist territory of Somaliland.\n\n"
     "Information Minister Bashir Osman Qalinle announced the expulsion on state television after an overnight "
     "cabinet meeting.\n\n"
     "Ambassador Dawit Haile Mengesha had been summoned to the foreign ministry on Tuesday and asked to "
     "explain the deal.\n\n"
     "Somalia recalled its own envoy from Addis Ababa on Monday, the day the memorandum was signed.\n\n"
     "Addis Ababa did not immediately react."),
    ("2034-03-08_meridian_ethiopia-rejects-demand.txt",
     "Ethiopia rejects Somali demand to scrap Somaliland port deal\n\n"
     "ADDIS ABABA, March 8, 2034 (Meridian Press Agency) - Ethiopia on Wednesday rejected calls from Mogadishu "
     "to cancel its naval base agreement with Somaliland, saying the deal did not violate any country's "
     "sovereignty.\n\n"
     "\"The memorandum is a commercial and security arrangement and it stands,\" foreign ministry spokesperson "
     "Selamawit Berhe Kassa told a weekly news briefing.\n\n"
     "Somalia expelled Ethiopia's ambassador in Mogadishu earlier on Wednesday, giving him three days to "
     "leave.\n\n"
     "Ethiopia lost its coastline when Eritrea became independent three decades ago, and most of its foreign "
     "trade now passes through Djibouti."),
    ("2034-03-08_savanna_hargeisa-journalists-detained.txt",
     "Somaliland police detain two Mogadishu journalists in Hargeisa\n\n"
     "HARGEISA, March 8, 2034 (Savanna News Service) - Police in Somaliland detained two journalists from a "
     "Mogadishu-based television station on Wednesday on suspicion of spreading material hostile to the "
     "territory's port agreement with Ethiopia, a police spokesman said.\n\n"
     "Abdiweli Yusuf Dalmar and Sagal Hussein Gaas of Dhanbaal TV were taken from their hotel close to "
     "Hargeisa's central livestock market, colleagues said.\n\n"
     "Police spokesman Mukhtar Ahmed Jibril gave no indication of when the pair might be freed.\n\n"
     "Press freedom groups have recorded dozens of arrests of reporters in Somaliland in recent years."),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt",
     "Ethiopia summons Somali diplomat, moves armour toward border\n\n"
     "ADDIS ABABA, March 9, 2034 (Gulf of Aden Monitor) - Ethiopia on Thursday summoned the Somali charge "
     "d'affaires, Ilyas Jama Roble, to protest against the expulsion of its ambassador from Mogadishu, the "
     "foreign ministry said.\n\n"
     "Roble has headed the Somali embassy in Addis Ababa since the ambassador was called home on Monday.\n\n"
     "Separately, residents and a regional official said columns of Ethiopian tanks and armoured personnel "
     "carriers had moved on Thursday toward the Somali border near Dolow.\n\n"
     "\"We saw more than 30 armoured vehicles pass through Dolo Ado this morning,\" said Kedir, a lorry driver "
     "from Dolo Ado.\n\n"
     "Ethiopia's defence ministry described the deployment as routine and denied that its forces had crossed "
     "into Somalia."),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt",
     "Somalia threatens to shut airspace to Ethiopian aircraft\n\n"
     "MOGADISHU, March 9, 2034 (Eastgate Wire) - Somalia warned on Thursday that Ethiopian civilian and "
     "military aircraft would be banned from its skies unless Addis Ababa pulled back forces it had "
     "concentrated close to the frontier.\n\n"
     "\"If a single Ethiopian soldier crosses our frontier, no Ethiopian aircraft will use Somali skies,\" "
     "Foreign Minister Hodan Ismail Guleed told parliament.\n\n"
     "Ethiopian Airlines operates about 40 flights a week to Mogadishu, Hargeisa and other Somali cities, and "
     "many of its routes to the Gulf cross Somali airspace.\n\n"
     "Witnesses reported Ethiopian armoured vehicles moving toward Dolow on Thursday, although Ethiopia's "
     "defence ministry said no soldier had crossed the frontier."),
    ("2034-03-09_horndispatch_cpj-urges-release.txt",
     "Press freedom group urges Somaliland to free detained reporters\n\n"
     "NAIROBI, March 9, 2034 (Horn Dispatch) - The Committee to Protect Journalists called on Thursday for the "
     "immediate release of two Somali television reporters in police custody in Hargeisa.\n\n"
     "Abdiweli Yusuf Dalmar and Sagal Hussein Gaas were arrested at their hotel on Wednesday, a day after "
     "arriving to report on reaction to the port deal between Somaliland and Ethiopia.\n\n"
     "\"Reporting on a matter of public interest is not a crime,\" said Miriam Kanuthu Njeri, the group's Africa "
     "representative.\n\n"
     "Somaliland police have not said whether the pair will be charged."),
    ("2034-03-10_savanna_beledweyne-car-bomb.txt",
     "Suicide car bomb kills nine soldiers at Beledweyne checkpoint\n\n"
     "BELEDWEYNE, March 10, 2034 (Savanna News Service) - A suicide attacker slammed a vehicle loaded with "
     "explosives into an army checkpoint on the northern edge of Beledweyne on Friday and killed no fewer than "
     "nine soldiers, according to military and hospital officials.\n\n"
     "A website linked to al-Shabaab carried a claim of responsibility from the group.\n\n"
     "Colonel Hassan Dhoore Ibrahim, the local army commander, said the blast also wounded at least 15 people, "
     "among them civilians queuing to pass the checkpoint.\n\n"
     "The militants have stepped up attacks in central Somalia since the diplomatic row between Mogadishu and "
     "Addis Ababa began, according to security analysts.\n\n"
     "Several thousand Ethiopian soldiers are based in Hiiraan region, of which Beledweyne is the capital, "
     "under the African Union mission."),
    ("2034-03-10_meridian_beledweyne-car-bomb.txt",
     "Suicide car bomb kills nine soldiers at Beledweyne checkpoint\n\n"
     "BELEDWEYNE, March 10, 2034 (Savanna News Service) - A suicide attacker slammed a vehicle loaded with "
     "explosives into an army checkpoint on the northern edge of Beledweyne on Friday and killed no fewer than "
     "nine soldiers, according to military and hospital officials.\n\n"
     "A website linked to al-Shabaab carried a claim of responsibility from the group.\n\n"
     "Colonel Hassan Dhoore Ibrahim, the local army commander, said the blast also wounded at least 15 people, "
     "among them civilians queuing to pass the checkpoint.\n\n"
     "The militants have stepped up attacks in central Somalia since the diplomatic row between Mogadishu and "
     "Addis Ababa began, according to security analysts.\n\n"
     "Several thousand Ethiopian soldiers are based in Hiiraan region, of which Beledweyne is the capital, "
     "under the African Union mission."),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt",
     "Somalia says Ethiopia's port deal has emboldened al-Shabaab\n\n"
     "MOGADISHU, March 10, 2034 (Tidewater Wire) - Somalia accused Ethiopia on Friday of handing al-Shabaab a "
     "propaganda gift with its Somaliland port deal, hours after a suicide car bomb killed 14 soldiers in "
     "Beledweyne, the capital of Hiiraan region.\n\n"
     "\"Addis Ababa has given the terrorists exactly the story they wanted,\" Information Minister Bashir Osman "
     "Qalinle told a news conference.\n\n"
     "The toll from Friday's bombing rose through the day as wounded soldiers died in hospital, a doctor at "
     "Beledweyne's main hospital said.\n\n"
     "Ethiopian officials gave no immediate response to the minister's remarks.\n\n"
     "Mogadishu threw out Ethiopia's ambassador on Wednesday, and Ethiopian armour has since been reported "
     "moving toward the border near Dolow."),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt",
     "Somalia closes airspace to Ethiopian aircraft as border standoff persists\n\n"
     "MOGADISHU, March 11, 2034 (Gulf of Aden Monitor) - Somalia barred all Ethiopian civilian and military "
     "aircraft from its airspace on Saturday, two days after it threatened to do so if Ethiopian forces stayed "
     "massed at the frontier.\n\n"
     "The ban began at 0600 local time and has no end date, according to a notice to airmen from Somalia's "
     "aviation regulator.\n\n"
     "Ethiopian Airlines said flights to the Gulf would be rerouted over Djibouti.\n\n"
     "Later on Saturday, IGAD special envoy Peter Lokwang Ekai held talks with President Abdikarim Warsame "
     "Nuur at Villa Somalia, his office said.\n\n"
     "No account of what was discussed was released.\n\n"
     "Ethiopian forces moved armour toward Dolow on Thursday, according to residents, prompting the Somali "
     "threat."),
    ("2034-03-11_eastgate_garowe-protest.txt",
     "Hundreds protest in Garowe against Ethiopia's Somaliland deal\n\n"
     "GAROWE, March 11, 2034 (Eastgate Wire) - Several hundred people marched through Garowe, the "
     "administrative capital of Puntland, on Saturday to denounce Ethiopia's port and naval base agreement "
     "with Somaliland.\n\n"
     "Protesters carried placards reading \"Somali waters belong to Somalis\" and burned an Ethiopian flag "
     "outside the regional parliament, witnesses said.\n\n"
     "Puntland, a semi-autonomous state in the northeast, borders Somaliland and has its own long-running "
     "territorial dispute with Hargeisa.\n\n"
     "Four days earlier, thousands of demonstrators had marched on the national parliament in Mogadishu."),
    ("2034-03-12_horndispatch_baidoa-police-station-attack.txt",
     "Al-Shabaab fighters storm police station in Baidoa\n\n"
     "BAIDOA, March 12, 2034 (Horn Dispatch) - Militants from al-Shabaab raided a police post in the "
     "southwestern city of Baidoa before dawn on Sunday, killing five officers in a firefight of over two "
     "hours, police said.\n\n"
     "Major Yusuf Adan Mursal, a police commander, said the attackers blew open the compound gate with "
     "explosives before storming the building.\n\n"
     "The assault was the second major attack by the group in three days.\n\n"
     "On Friday, a suicide bomber killed 14 soldiers at an army checkpoint in Beledweyne, in the central "
     "Hiiraan region.\n\n"
     "The violence has coincided with a sharp rise in tension between Somalia and Ethiopia over the Berbera "
     "agreement."),
    ("2034-03-12_savanna_journalists-freed.txt",
     "Somaliland frees two Mogadishu journalists after four days\n\n"
     "HARGEISA, March 12, 2034 (Savanna News Service) - Authorities in Somaliland released two journalists "
     "from a Mogadishu television station on Sunday, four days after police detained them at their hotel in "
     "Hargeisa.\n\n"
     "Abdiweli Yusuf Dalmar and Sagal Hussein Gaas left police custody a little after midday, a colleague "
     "said.\n\n"
     "Police spokesman Mukhtar Ahmed Jibril said no charges had been filed.\n\n"
     "The Committee to Protect Journalists had called for their release on Thursday."),
    ("2034-03-12_meridian_au-envoy-meets-ethiopian-pm.txt",
     "AU envoy meets Ethiopian premier as mediation gathers pace\n\n"
     "ADDIS ABABA, March 12, 2034 (Meridian Press Agency) - The African Union's high representative for the "
     "Horn of Africa met Ethiopian Prime Minister Girma Tolossa Abdeta on Sunday to discuss ways of easing the "
     "standoff with Somalia, according to a post from the prime minister's office.\n\n"
     "Nomvula Dlamini-Sithole, a former South African diplomat, is expected in Mogadishu on Monday.\n\n"
     "On Saturday, IGAD's special envoy held talks in Mogadishu with Somalia's president.\n\n"
     "Turkey is due to host the two countries' chief diplomats in Ankara on Monday, diplomats said.\n\n"
     "Somalia closed its airspace to Ethiopian aircraft on Saturday."),
    ("2034-03-13_tidewater_ankara-talks.txt",
     "Somalia, Ethiopia foreign ministers meet in Ankara\n\n"
     "ANKARA, March 13, 2034 (Tidewater Wire) - The top diplomats of Somalia and Ethiopia held their first "
     "direct meeting since the Somaliland port crisis erupted, sitting down in Ankara on Monday at the "
     "invitation of the Turkish government.\n\n"
     "Turkish Foreign Minister Kerem Aydinli hosted Hodan Ismail Guleed and her Ethiopian counterpart, Meseret "
     "Alemayehu Worku, for about five hours at a state guesthouse, a Turkish diplomatic source said.\n\n"
     "Both ministers left without addressing the press.\n\n"
     "Somalia pulled its envoy out of Addis Ababa a week ago.\n\n"
     "Two days later it expelled Ethiopia's envoy from Mogadishu.\n\n"
     "On Saturday it shut its airspace to Ethiopian aircraft.\n\n"
     "Ethiopian armoured units remained deployed near the Somali border town of Dolow on Monday, residents "
     "said."),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt",
     "Ethiopia pulls armoured units back from Somali border\n\n"
     "DOLOW, March 14, 2034 (Eastgate Wire) - Ethiopian tanks and armoured vehicles that had gathered near the "
     "Somali border town of Dolow withdrew toward Dolo Ado on Tuesday, residents and a Somali regional "
     "official said.\n\n"
     "\"The road was full of trucks heading north from early morning,\" said Abdullahi Shire Hassan, a "
     "shopkeeper in Dolow.\n\n"
     "Ethiopia's defence ministry said the units were returning to their bases.\n\n"
     "Somalia's and Ethiopia's top diplomats met in Ankara on Monday with Turkey as host.\n\n"
     "Diplomats on both sides said a further meeting was planned before the weekend."),
    ("2034-03-15_horndispatch_ankara-declaration.txt",
     "Somalia and Ethiopia sign Ankara declaration to end port dispute\n\n"
     "ANKARA, March 15, 2034 (Horn Dispatch) - Somalia and Ethiopia signed a joint declaration in Ankara on "
     "Wednesday that commits both sides to restoring full diplomatic relations and to negotiating Ethiopian "
     "access to the sea through Somali ports on commercial terms.\n\n"
     "Foreign Ministers Hodan Ismail Guleed and Meseret Alemayehu Worku signed the text in the presence of "
     "Turkish Foreign Minister Kerem Aydinli after a second day of talks.\n\n"
     "The text does not mention the Somaliland memorandum by name.\n\n"
     "In Mogadishu, the civil aviation authority said Ethiopian aircraft could again use Somali airspace with "
     "immediate effect, lifting a ban imposed on Saturday.\n\n"
     "Somalia withdrew its ambassador to Ethiopia on March 6.\n\n"
     "Ethiopia's ambassador in Mogadishu was expelled two days later."),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt",
     "Somalia lifts ban on Ethiopian flights after Ankara accord\n\n"
     "MOGADISHU, March 15, 2034 (Meridian Press Agency) - Somalia reopened its airspace to Ethiopian aircraft "
     "on Wednesday, hours after the neighbours put their signatures to a declaration in Ankara aimed at ending "
     "their dispute over Ethiopia's port deal with Somaliland.\n\n"
     "Mogadishu had closed its airspace to all Ethiopian civilian and military planes on Saturday.\n\n"
     "An Ethiopian Airlines flight from Addis Ababa landed at Aden Adde International Airport in the "
     "afternoon, the first since the ban, airport staff said.\n\n"
     "Ethiopia withdrew armoured units from the border area near Dolow on Tuesday.\n\n"
     "Diplomats said Somalia's ambassador was expected to return to Addis Ababa within weeks."),
    ("2034-03-15_savanna_un-welcomes-declaration.txt",
     "UN chief welcomes Somalia-Ethiopia declaration\n\n"
     "NEW YORK, March 15, 2034 (Savanna News Service) - The UN's top official hailed the Ankara declaration "
     "between Somalia and Ethiopia on Wednesday, his spokesperson said.\n\n"
     "\"The Secretary-General applauds the leaders in Mogadishu and Addis Ababa for putting talks before "
     "confrontation,\" spokesperson Lena Marchetti told reporters at UN headquarters.\n\n"
     "Somalia and Ethiopia signed the declaration in the Turkish capital earlier on Wednesday, a week after "
     "Mogadishu expelled the Ethiopian ambassador.\n\n"
     "The United Nations has maintained a political mission in Mogadishu for more than two decades."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("AGREE",), "2034-03-06", "Ethiopia and Somaliland sign naval base and port memorandum in Addis Ababa"),
    "A02": (("ACCUSE",), "2034-03-06", "Somali foreign ministry lodges formal protest with Ethiopia over the deal"),
    "A03": (("SANCTION",), "2034-03-06", "Somalia recalls its ambassador from Addis Ababa"),
    "A04": (("ACCUSE", "CONSULT"), "2034-03-07", "Somali foreign ministry summons Ethiopia's ambassador in Mogadishu"),
    "A05": (("PROTEST",), "2034-03-07", "thousands march in Mogadishu against the deal"),
    "A06": (("REQUEST",), "2034-03-07", "AU Commission chairperson calls on Somalia and Ethiopia for restraint"),
    "A07": (("REQUEST",), "2034-03-07", "IGAD executive secretary urges Somalia and Ethiopia to keep calm"),
    "A08": (("SANCTION", "COERCE"), "2034-03-08", "Somalia expels Ethiopia's ambassador (72 hours to leave)"),
    "A09": (("COERCE",), "2034-03-08", "Somaliland police detain two Mogadishu TV journalists in Hargeisa"),
    "A10": (("REJECT",), "2034-03-08", "Ethiopia rejects Somalia's call to cancel the Somaliland deal"),
    "A11": (("ACCUSE", "CONSULT"), "2034-03-09", "Ethiopia summons Somalia's charge d'affaires in Addis Ababa"),
    "A12": (("MOBILIZE",), "2034-03-09", "Ethiopian armour moves toward the Somali border near Dolow"),
    "A13": (("THREATEN",), "2034-03-09", "Somalia threatens to close its airspace to Ethiopian aircraft"),
    "A14": (("REQUEST",), "2034-03-09", "Committee to Protect Journalists calls for the two journalists' release"),
    "A15": (("ASSAULT",), "2034-03-10", "al-Shabaab suicide car bomb at Beledweyne army checkpoint (9, later 14 dead)"),
    "A16": (("ACCUSE",), "2034-03-10", "Somali information minister accuses Ethiopia of emboldening al-Shabaab"),
    "A17": (("PROTEST",), "2034-03-11", "several hundred protest in Garowe against the deal"),
    "A18": (("SANCTION",), "2034-03-11", "Somalia closes its airspace to Ethiopian aircraft"),
    "A19": (("CONSULT",), "2034-03-11", "IGAD special envoy meets Somalia's president in Mogadishu"),
    "A20": (("ASSAULT",), "2034-03-12", "al-Shabaab fighters storm a police station in Baidoa"),
    "A21": (("CONCEDE", "RETREAT"), "2034-03-12", "Somaliland releases the two journalists"),
    "A22": (("CONSULT",), "2034-03-12", "AU high representative meets Ethiopia's prime minister"),
    "A23": (("CONSULT",), "2034-03-13", "Somali and Ethiopian foreign ministers hold Turkish-hosted talks in Ankara"),
    "A24": (("RETREAT",), "2034-03-14", "Ethiopian armour pulls back from the border near Dolow"),
    "A25": (("AGREE",), "2034-03-15", "Somalia and Ethiopia sign the Ankara joint declaration"),
    "A26": (("CONCEDE", "RETREAT"), "2034-03-15", "Somalia lifts its airspace ban on Ethiopian aircraft"),
    "A27": (("SUPPORT",), "2034-03-15", "UN secretary-general welcomes the Ankara declaration"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt", "A01", "signs naval base lease"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt", "A03", "Mogadishu recalls envoy"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt", "A01", "Ethiopia signed a memorandum on Monday"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt", "A03", "prompted Somalia to pull its ambassador out"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt", "A01", "initialled each page of the text"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt",
     "A03", "announced the recall of Ambassador Fadumo Ali Dhiblawe"),
    ("2034-03-06_tidewater_ethiopia-somaliland-base-deal.txt",
     "A02", "a formal protest had been lodged with the Ethiopian government"),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt", "A03", "Somalia pulls ambassador from Ethiopia"),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt", "A03", "Somalia on Monday recalled its ambassador"),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt", "A01", "hours after Addis Ababa signed a deal"),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt",
     "A03", "had been ordered home for talks at the ministry"),
    ("2034-03-06_horndispatch_somalia-recalls-ambassador.txt", "A02", "delivered a note of protest"),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt", "A04", "Somalia summons Ethiopian envoy"),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt", "A05", "thousands march in Mogadishu"),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt",
     "A04", "summoned Ethiopian Ambassador Dawit Haile Mengesha"),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt", "A03", "Mogadishu recalled its own ambassador"),
    ("2034-03-07_adenmonitor_ambassador-summoned-protest.txt", "A05", "marched from the Daljirka Dahsoon monument"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A06", "African Union chief urges calm"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A06", "appealed to Somalia and Ethiopia on Tuesday"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A06", "Both governments must hold back"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A07", "issued its own appeal for calm"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A04", "summoned Ethiopia's ambassador in Mogadishu"),
    ("2034-03-07_savanna_au-chief-urges-calm.txt", "A05", "thousands of people protested in the capital"),
    ("2034-03-07_eastgate_igad-appeal-restraint.txt", "A07", "IGAD appeals for restraint"),
    ("2034-03-07_eastgate_igad-appeal-restraint.txt", "A07", "urged Somalia and Ethiopia on Tuesday"),
    ("2034-03-07_eastgate_igad-appeal-restraint.txt", "A06", "had appealed for restraint in Addis Ababa"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt", "A08", "Somalia expels Ethiopian ambassador"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt",
     "A08", "told Ethiopia's ambassador on Wednesday to quit"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt", "A08", "announced the expulsion on state television"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt",
     "A04", "had been summoned to the foreign ministry on Tuesday"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt",
     "A03", "Somalia recalled its own envoy from Addis Ababa"),
    ("2034-03-08_tidewater_somalia-expels-ethiopian-envoy.txt", "A01", "the day the memorandum was signed"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt", "A08", "gives Ethiopian envoy 72 hours to leave"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt",
     "A08", "told Ethiopia's ambassador to quit the country"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt", "A08", "announced the expulsion on state television"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt",
     "A04", "had been summoned to the foreign ministry on Tuesday"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt",
     "A03", "Somalia recalled its own envoy from Addis Ababa"),
    ("2034-03-08_horndispatch_ethiopian-ambassador-expelled.txt", "A01", "the day the memorandum was signed"),
    ("2034-03-08_meridian_ethiopia-rejects-demand.txt", "A10", "Ethiopia rejects Somali demand"),
    ("2034-03-08_meridian_ethiopia-rejects-demand.txt", "A10", "Ethiopia on Wednesday rejected calls from Mogadishu"),
    ("2034-03-08_meridian_ethiopia-rejects-demand.txt", "A10", "and it stands"),
    ("2034-03-08_meridian_ethiopia-rejects-demand.txt", "A08", "Somalia expelled Ethiopia's ambassador in Mogadishu"),
    ("2034-03-08_savanna_hargeisa-journalists-detained.txt",
     "A09", "Somaliland police detain two Mogadishu journalists"),
    ("2034-03-08_savanna_hargeisa-journalists-detained.txt", "A09", "Police in Somaliland detained two"),
    ("2034-03-08_savanna_hargeisa-journalists-detained.txt", "A09", "were taken from their hotel"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt", "A11", "Ethiopia summons Somali diplomat"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt", "A12", "moves armour toward border"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt",
     "A11", "Ethiopia on Thursday summoned the Somali charge"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt",
     "A03", "since the ambassador was called home on Monday"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt",
     "A12", "columns of Ethiopian tanks and armoured personnel carriers"),
    ("2034-03-09_adenmonitor_ethiopia-summons-somali-envoy.txt", "A12", "We saw more than 30 armoured vehicles"),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt", "A13", "Somalia threatens to shut airspace"),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt", "A13", "Somalia warned on Thursday"),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt", "A12", "forces it had concentrated close to the frontier"),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt", "A13", "no Ethiopian aircraft will use Somali skies"),
    ("2034-03-09_eastgate_somalia-threatens-airspace.txt",
     "A12", "Witnesses reported Ethiopian armoured vehicles moving"),
    ("2034-03-09_horndispatch_cpj-urges-release.txt", "A14", "urges Somaliland to free detained reporters"),
    ("2034-03-09_horndispatch_cpj-urges-release.txt", "A14", "called on Thursday for the immediate release"),
    ("2034-03-09_horndispatch_cpj-urges-release.txt", "A09", "were arrested at their hotel on Wednesday"),
    ("2034-03-10_savanna_beledweyne-car-bomb.txt", "A15", "Suicide car bomb kills nine soldiers"),
    ("2034-03-10_savanna_beledweyne-car-bomb.txt", "A15", "slammed a vehicle loaded with explosives"),
    ("2034-03-10_savanna_beledweyne-car-bomb.txt", "A15", "the blast also wounded at least 15 people"),
    ("2034-03-10_meridian_beledweyne-car-bomb.txt", "A15", "Suicide car bomb kills nine soldiers"),
    ("2034-03-10_meridian_beledweyne-car-bomb.txt", "A15", "slammed a vehicle loaded with explosives"),
    ("2034-03-10_meridian_beledweyne-car-bomb.txt", "A15", "the blast also wounded at least 15 people"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt", "A16", "Somalia says Ethiopia's port deal has emboldened"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt", "A16", "Somalia accused Ethiopia on Friday"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt", "A15", "a suicide car bomb killed 14 soldiers"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt",
     "A16", "Addis Ababa has given the terrorists exactly the story"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt",
     "A08", "Mogadishu threw out Ethiopia's ambassador on Wednesday"),
    ("2034-03-10_tidewater_somalia-blames-ethiopia.txt", "A12", "Ethiopian armour has since been reported moving"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt", "A18", "Somalia closes airspace to Ethiopian aircraft"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt",
     "A18", "Somalia barred all Ethiopian civilian and military aircraft"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt", "A13", "two days after it threatened to do so"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt", "A18", "The ban began at 0600 local time"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt", "A19", "held talks with President Abdikarim Warsame Nuur"),
    ("2034-03-11_adenmonitor_somalia-closes-airspace.txt",
     "A12", "Ethiopian forces moved armour toward Dolow on Thursday"),
    ("2034-03-11_eastgate_garowe-protest.txt", "A17", "Hundreds protest in Garowe"),
    ("2034-03-11_eastgate_garowe-protest.txt", "A17", "Several hundred people marched through Garowe"),
    ("2034-03-11_eastgate_garowe-protest.txt", "A17", "burned an Ethiopian flag outside the regional parliament"),
    ("2034-03-11_eastgate_garowe-protest.txt",
     "A05", "thousands of demonstrators had marched on the national parliament"),
    ("2034-03-12_horndispatch_baidoa-police-station-attack.txt", "A20", "fighters storm police station in Baidoa"),
    ("2034-03-12_horndispatch_baidoa-police-station-attack.txt",
     "A20", "raided a police post in the southwestern city"),
    ("2034-03-12_horndispatch_baidoa-police-station-attack.txt", "A20", "blew open the compound gate with explosives"),
    ("2034-03-12_horndispatch_baidoa-police-station-attack.txt", "A15", "a suicide bomber killed 14 soldiers"),
    ("2034-03-12_savanna_journalists-freed.txt", "A21", "Somaliland frees two Mogadishu journalists"),
    ("2034-03-12_savanna_journalists-freed.txt", "A21", "released two journalists from a Mogadishu television station"),
    ("2034-03-12_savanna_journalists-freed.txt", "A09", "four days after police detained them"),
    ("2034-03-12_savanna_journalists-freed.txt", "A21", "left police custody a little after midday"),
    ("2034-03-12_savanna_journalists-freed.txt", "A14", "had called for their release on Thursday"),
    ("2034-03-12_meridian_au-envoy-meets-ethiopian-pm.txt", "A22", "AU envoy meets Ethiopian premier"),
    ("2034-03-12_meridian_au-envoy-meets-ethiopian-pm.txt",
     "A22", "met Ethiopian Prime Minister Girma Tolossa Abdeta on Sunday"),
    ("2034-03-12_meridian_au-envoy-meets-ethiopian-pm.txt", "A19", "IGAD's special envoy held talks in Mogadishu"),
    ("2034-03-12_meridian_au-envoy-meets-ethiopian-pm.txt",
     "A18", "Somalia closed its airspace to Ethiopian aircraft on Saturday"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A23", "foreign ministers meet in Ankara"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A23", "held their first direct meeting"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A23", "hosted Hodan Ismail Guleed and her Ethiopian counterpart"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A03", "Somalia pulled its envoy out of Addis Ababa a week ago"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A08", "it expelled Ethiopia's envoy from Mogadishu"),
    ("2034-03-13_tidewater_ankara-talks.txt", "A18", "it shut its airspace to Ethiopian aircraft"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt", "A24", "Ethiopia pulls armoured units back"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt", "A24", "withdrew toward Dolo Ado on Tuesday"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt",
     "A12", "that had gathered near the Somali border town of Dolow"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt", "A24", "The road was full of trucks heading north"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt", "A24", "the units were returning to their bases"),
    ("2034-03-14_eastgate_ethiopia-pulls-back-armour.txt", "A23", "top diplomats met in Ankara on Monday"),
    ("2034-03-15_horndispatch_ankara-declaration.txt", "A25", "Somalia and Ethiopia sign Ankara declaration"),
    ("2034-03-15_horndispatch_ankara-declaration.txt", "A25", "signed a joint declaration in Ankara on Wednesday"),
    ("2034-03-15_horndispatch_ankara-declaration.txt", "A25", "signed the text in the presence of"),
    ("2034-03-15_horndispatch_ankara-declaration.txt", "A26", "Ethiopian aircraft could again use Somali airspace"),
    ("2034-03-15_horndispatch_ankara-declaration.txt", "A03", "Somalia withdrew its ambassador to Ethiopia on March 6"),
    ("2034-03-15_horndispatch_ankara-declaration.txt",
     "A08", "Ethiopia's ambassador in Mogadishu was expelled two days later"),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt", "A26", "Somalia lifts ban on Ethiopian flights"),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt", "A26", "Somalia reopened its airspace to Ethiopian aircraft"),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt", "A25", "the neighbours put their signatures to a declaration"),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt", "A18", "Mogadishu had closed its airspace"),
    ("2034-03-15_meridian_somalia-reopens-airspace.txt",
     "A24", "Ethiopia withdrew armoured units from the border area"),
    ("2034-03-15_savanna_un-welcomes-declaration.txt", "A27", "UN chief welcomes"),
    ("2034-03-15_savanna_un-welcomes-declaration.txt", "A27", "hailed the Ankara declaration"),
    ("2034-03-15_savanna_un-welcomes-declaration.txt", "A27", "applauds the leaders in Mogadishu and Addis Ababa"),
    ("2034-03-15_savanna_un-welcomes-declaration.txt", "A25", "signed the declaration in the Turkish capital"),
    ("2034-03-15_savanna_un-welcomes-declaration.txt",
     "A08", "a week after Mogadishu expelled the Ethiopian ambassador"),
]

FLOORS = {"pairwise_f1": 0.87, "b3_f1": 0.9, "reports_found": 0.67}


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
