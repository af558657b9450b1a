"""The twenty-eighth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of unrest in Guinea in March 2038. Police arrest opposition leader Thierno Sadou Barry at
his Conakry home on a Monday; his supporters protest in the capital the next day and security forces fire tear
gas and live rounds (three dead, then five); the government cuts mobile internet that night, and the ECOWAS
Commission calls for restraint; on Wednesday the territorial administration minister bans all demonstrations
and the army deploys in the northern suburbs; ECOWAS envoys meet President Sylla on Thursday, the day the
security minister warns that anyone who takes to the streets will face force, and meet the opposition on
Friday; Sylla offers a national dialogue on Friday night and the opposition rejects it on Saturday; a second
march defies the ban on the next Monday and two more protesters are shot dead; on Tuesday a court frees Barry
on bail while France and the United States each criticise the crackdown; the ban is lifted on Wednesday.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(the outlet in the dateline changed, a closing "This report first appeared on ..." credit line added) and one
is a lightly edited copy. Look-alikes that are not the same act: the two protests and the two shootings of
protesters six days apart; the envoys' meeting with Sylla and their meeting with the opposition a day later;
France's and the United States' criticism on the same day; the security minister's threat and the shooting it
threatened; the arrest, the internet cut and the ban (three COERCE acts by the same government on three days).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives
(firing tear gas at protesters is violent repression, an ASSAULT; cutting the internet and banning rallies are
restrictions, COERCE; lifting the ban is CONCEDE; freeing on bail is RETREAT; an offer of dialogue is AGREE);
its date is the day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an
act that happened, background recaps in later reports and quotes that tell the act included, with a verbatim
cue found once in its file. Not listed: planned, promised-but-not-done, threatened-but-not-done, hypothetical
or denied acts (the threat, the offer and the rejection themselves are acts), acts more than a year before,
tallies and figures, opinions, and sentences that only mention the continuing state an act left (the internet
"still down", a "jailed leader"). No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the ninth 2026-12-01 session): run
with `figures` once at its start, on its starting code (c2d4552), and once at its end, on its final code
(0d30f2e): **pairwise F1 0.676** (precision 0.973, recall 0.518), B-cubed F1 0.774, reports found 0.684, on
both.
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
    ("2038-03-08_savanna_opposition-leader-arrested.txt",
     "Guinea police arrest opposition leader Barry in Conakry\n\n"
     "CONAKRY, March 8, 2038 (Savanna Wire) - Guinean police arrested opposition leader Thierno Sadou "
     "Barry at his home in the Kipe district of Conakry before dawn on Monday, his party and relatives "
     "said.\n\n"
     "Officers forced open the gate of the compound shortly after four in the morning and drove Barry "
     "away in an unmarked pickup, said a nephew of the opposition leader who requested anonymity. "
     "Barry, 61, a former prime minister, heads the Rally for a New Guinea (RNG), the largest "
     "opposition party in the National Assembly.\n\n"
     "A police spokesman confirmed the detention in a short written statement and said Barry was being "
     "questioned on suspicion of undermining state security.\n\n"
     "A referendum on a draft constitution that would let President Ibrahima Sylla seek a third term "
     "is due in June, and the RNG has led the campaign against the text.\n\n"
     "\"Our supporters are angry, and I cannot say what the coming days will bring,\" RNG spokeswoman "
     "Mariama Sow told reporters outside the party's offices in Hamdallaye.\n\n"
     "Barry spent two months in detention in 2033 after leading marches against fuel price rises, and "
     "he was never brought to trial. Government spokesman Ousmane Cisse did not reply to messages on "
     "Monday."),
    ("2038-03-08_lagoon_barry-detained-dawn-raid.txt",
     "Guinean opposition chief held after dawn raid on his home\n\n"
     "CONAKRY, March 8, 2038 (Lagoon Herald) - Security forces detained Thierno Sadou Barry, Guinea's "
     "most prominent opposition figure, in a raid on his Conakry home before sunrise on Monday, as "
     "word of the arrest spread quickly through the capital.\n\n"
     "Prosecutor Mohamed Kaba said on Monday afternoon that the 61-year-old had been taken to the "
     "judicial police headquarters in Conakry for questioning and could be charged with inciting "
     "rebellion.\n\n"
     "Barry's Rally for a New Guinea (RNG) has spent months campaigning against a draft constitution "
     "under which President Ibrahima Sylla could stand for a third term. The referendum on the text is "
     "set for June 6.\n\n"
     "\"Our leader has always chosen the ballot box over the street, and that will not change,\" said "
     "Lansana Fofana, the RNG's vice-president.\n\n"
     "Traffic on the Route Le Prince, which runs through RNG strongholds such as Bambeto and Cosa, was "
     "lighter than usual on Monday afternoon.\n\n"
     "A police spokesman, Commander Aboubacar Soumaoro, said Barry was in good health and that his "
     "lawyers would be able to see him on Tuesday."),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt",
     "Police fire tear gas as Conakry protests over Barry arrest turn deadly\n\n"
     "CONAKRY, March 9, 2038 (Atlantic Ledger) - Thousands of opposition supporters took to the "
     "streets of Conakry on Tuesday to protest against the arrest of their leader, Thierno Sadou "
     "Barry, and hospital staff said police gunfire had killed at least three of them.\n\n"
     "Riot police fired volleys of tear gas at crowds who had blocked the Route Le Prince with burning "
     "tyres and rocks in the suburbs of Hamdallaye and Bambeto.\n\n"
     "A doctor at Donka hospital said two of the dead had been shot in the chest and a third in the "
     "head. More than 40 people were treated for injuries, the doctor said, asking not to be "
     "identified because he had no permission to brief the media.\n\n"
     "Security Minister General Fode Keita said on state television that order had been restored in "
     "the capital by nightfall.\n\n"
     "\"We came out with empty hands, and they answered with bullets,\" said Alhassane Camara, a "
     "24-year-old student nursing a cut on his forehead in Bambeto.\n\n"
     "Conakry's working-class suburbs along the Route Le Prince, known locally as the axis, have seen "
     "repeated clashes between youths and security forces for two decades. Rights groups say more than "
     "100 protesters have been killed in the area since 2019.\n\n"
     "Barry, a former prime minister, was detained on Monday on suspicion of undermining state "
     "security, prosecutors said."),
    ("2038-03-09_keystone_three-killed-protests.txt",
     "Three dead as Guinean security forces break up protests over opposition leader's detention\n\n"
     "CONAKRY, March 9, 2038 (Keystone News Service) - Guinean security forces killed at least three "
     "demonstrators in Conakry on Tuesday as they broke up protests against the detention of "
     "opposition leader Thierno Sadou Barry, medics and witnesses said.\n\n"
     "Police and gendarmes fired tear gas and, according to witnesses, live rounds at stone-throwing "
     "youths in the suburbs of Cosa, Bambeto and Koloma.\n\n"
     "Barry, the head of the Rally for a New Guinea (RNG), was taken into custody at his home in "
     "Conakry before dawn on Monday.\n\n"
     "\"My brother went out to buy bread and came back wrapped in a sheet,\" said Kadiatou Bah, whose "
     "19-year-old brother was among the dead in Koloma.\n\n"
     "In a statement issued in Abuja on Tuesday, the ECOWAS Commission, the executive arm of the West "
     "African regional bloc, called on every party to act with restraint and urged the authorities to "
     "uphold citizens' freedom to gather peacefully. The commission said it was following events in "
     "Guinea closely and would decide on further steps after consulting member states.\n\n"
     "Government spokesman Ousmane Cisse said the situation in the capital was under control by late "
     "afternoon.\n\n"
     "Guinea, a country of about 16 million people, sits on some of the world's largest bauxite "
     "deposits, the raw material for aluminium."),
    ("2038-03-09_baobab_three-killed-protests.txt",
     "Three dead as Guinean security forces break up protests over opposition leader's detention\n\n"
     "CONAKRY, March 9, 2038 (Baobab Report) - Guinean security forces killed at least three "
     "demonstrators in Conakry on Tuesday as they broke up protests against the detention of "
     "opposition leader Thierno Sadou Barry, medics and witnesses said.\n\n"
     "Police and gendarmes fired tear gas and, according to witnesses, live rounds at stone-throwing "
     "youths in the suburbs of Cosa, Bambeto and Koloma.\n\n"
     "Barry, the head of the Rally for a New Guinea (RNG), was taken into custody at his home in "
     "Conakry before dawn on Monday.\n\n"
     "\"My brother went out to buy bread and came back wrapped in a sheet,\" said Kadiatou Bah, whose "
     "19-year-old brother was among the dead in Koloma.\n\n"
     "In a statement issued in Abuja on Tuesday, the ECOWAS Commission, the executive arm of the West "
     "African regional bloc, called on every party to act with restraint and urged the authorities to "
     "uphold citizens' freedom to gather peacefully. The commission said it was following events in "
     "Guinea closely and would decide on further steps after consulting member states.\n\n"
     "Government spokesman Ousmane Cisse said the situation in the capital was under control by late "
     "afternoon.\n\n"
     "Guinea, a country of about 16 million people, sits on some of the world's largest bauxite "
     "deposits, the raw material for aluminium.\n\n"
     "This report first appeared on Keystone News Service."),
    ("2038-03-09_savanna_internet-cut.txt",
     "Guinea shuts off mobile internet after deadly protests\n\n"
     "CONAKRY, March 9, 2038 (Savanna Wire) - Guinean authorities cut mobile internet access across "
     "the country late on Tuesday, hours after security forces shot dead at least three protesters in "
     "the capital, according to residents and an internet monitoring group.\n\n"
     "Data from NetPulse, an independent observatory that tracks connectivity worldwide, showed "
     "traffic from Guinea falling to about a tenth of its usual level shortly after nine in the "
     "evening.\n\n"
     "The national telecoms regulator said in a text message sent to subscribers that the restrictions "
     "had been imposed for reasons of national security.\n\n"
     "Earlier on Tuesday, police fired tear gas at crowds of young men who had put up barricades on "
     "the main road through the northern suburbs, where the Rally for a New Guinea (RNG) draws much of "
     "its support.\n\n"
     "\"Without the network we cannot tell families where their wounded relatives are,\" said "
     "Fatoumata Binta Diallo, coordinator of the rights group Vigilance Citoyenne.\n\n"
     "Guinean authorities have restricted internet access during past bouts of unrest, drawing "
     "complaints from businesses and press freedom groups. The death toll could rise, a nurse at "
     "Ignace Deen hospital said, because several of the wounded were in a critical condition."),
    ("2038-03-10_lagoon_toll-rises-ban.txt",
     "Guinea bans rallies as protest death toll climbs to five\n\n"
     "CONAKRY, March 10, 2038 (Lagoon Herald) - Guinea's government banned all public demonstrations "
     "on Wednesday, a day after police and gendarmes fired into crowds in Conakry during unrest that "
     "officials now say left five people dead.\n\n"
     "Territorial Administration Minister Aissatou Soumah announced the ban in a decree read on state "
     "television, saying any gathering on public roads would need written permission from her ministry "
     "until further notice.\n\n"
     "Health Minister Saran Kouyate told reporters that two more people had died of their wounds "
     "overnight, bringing the toll from Tuesday's violence to five.\n\n"
     "The opposition Rally for a New Guinea (RNG) did not immediately respond to the decree. Mobile "
     "internet was still down on Wednesday, and the state broadcaster was the only source of news for "
     "many residents.\n\n"
     "Markets in the central Kaloum district were open but largely empty, and many schools kept their "
     "doors shut.\n\n"
     "\"People are afraid to go out, and they are afraid to stay home,\" said Mamadou Saliou Sow, a "
     "taxi driver in Cosa."),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt",
     "Soldiers patrol Conakry suburbs after Guinea outlaws protests\n\n"
     "CONAKRY, March 10, 2038 (Crossroads Press) - Guinea's army deployed soldiers and armoured "
     "vehicles along the main highway through Conakry's opposition-held suburbs on Wednesday, after "
     "the government outlawed street protests following deadly unrest.\n\n"
     "Pickup trucks carrying soldiers in combat gear were parked at the main junctions of Hamdallaye, "
     "Bambeto and Cosa, and residents said patrols continued into the evening. A defence ministry "
     "statement said the soldiers were there to back up the police in protecting people and property.\n\n"
     "Tuesday's crackdown, in which police and gendarmes used tear gas and gunfire to scatter crowds "
     "angered by the arrest of opposition leader Thierno Sadou Barry, left five people dead, according "
     "to the health ministry.\n\n"
     "Barry, 61, was taken from his home by police on Monday and is accused of undermining state "
     "security. His Rally for a New Guinea (RNG) holds 38 of the 114 seats in the National Assembly.\n\n"
     "Analysts said the government appeared determined to keep a lid on dissent before the June "
     "referendum. \"Soldiers on the streets of a capital are always a sign of nervousness, not of "
     "strength,\" said Ibrahim Yattara, who teaches politics at Conakry's Gamal Abdel Nasser "
     "University.\n\n"
     "Mobile internet service, cut late on Tuesday, had not been restored by Wednesday evening."),
    ("2038-03-10_keystone_blackout-business.txt",
     "Internet blackout hits Guinea's traders and mobile money users\n\n"
     "CONAKRY, March 10, 2038 (Keystone News Service) - An internet shutdown ordered by Guinea's "
     "government after deadly protests entered its second day on Wednesday, freezing mobile money "
     "transfers and leaving traders in Conakry's markets unable to reach their suppliers.\n\n"
     "The Guinea Chamber of Commerce estimated losses at more than 20 billion Guinean francs a day, or "
     "about $2.3 million. \"My customers pay by phone, so without the network I sell nothing,\" said "
     "Hawa Conte, who runs a fabric stall in Madina market.\n\n"
     "The government switched off mobile data late on Tuesday, hours after security forces fired on "
     "crowds in the capital's northern suburbs.\n\n"
     "Health officials on Wednesday revised Tuesday's death toll up to five, from three.\n\n"
     "Separately, street demonstrations were outlawed on Wednesday until further notice.\n\n"
     "About 60 percent of Guinean adults now use mobile money, according to the central bank, up from "
     "fewer than a quarter ten years ago."),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt",
     "ECOWAS envoys hold talks with Guinea's Sylla as minister warns protesters\n\n"
     "CONAKRY, March 11, 2038 (Savanna Wire) - Envoys of the regional bloc ECOWAS met Guinean "
     "President Ibrahima Sylla in Conakry on Thursday to seek a way out of the country's worst "
     "political crisis in years.\n\n"
     "The two envoys, former Ghanaian foreign minister Efua Mensah-Boateng and former Sierra Leonean "
     "vice-president Abu Koroma-Sesay, spent nearly three hours with Sylla at the Sekhoutoureya "
     "presidential palace.\n\n"
     "Hours before the talks, Security Minister General Fode Keita warned that the security forces "
     "would respond with all necessary firmness to anyone who took to the streets. \"The time for "
     "tolerance is over,\" Keita said in remarks broadcast on state television.\n\n"
     "The government banned street protests on Wednesday.\n\n"
     "ECOWAS has suspended several member states after coups, but it has rarely stepped into disputes "
     "over constitutional changes.\n\n"
     "Mobile internet remained largely unavailable in Conakry on Thursday."),
    ("2038-03-11_baobab_minister-warns-protesters.txt",
     "Guinea security minister threatens firm response to any new protests\n\n"
     "CONAKRY, March 11, 2038 (Baobab Report) - Guinea's security minister warned opposition "
     "supporters on Thursday that police and soldiers would use force against any attempt to hold "
     "street protests, which the government has outlawed.\n\n"
     "\"Whoever takes to the streets will find the security forces waiting for them, and they will "
     "bear the consequences,\" General Fode Keita said in a televised address.\n\n"
     "His warning came as mediators sent by the regional bloc ECOWAS held talks with President "
     "Ibrahima Sylla at the presidential palace.\n\n"
     "The Rally for a New Guinea (RNG) said on Thursday it would decide within days whether to call "
     "new protests. Diplomats in Conakry said the envoys were expected to see opposition leaders on "
     "Friday.\n\n"
     "\"Families are keeping their sons at home this week,\" said Fatoumata Binta Diallo of the rights "
     "group Vigilance Citoyenne."),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt",
     "ECOWAS mediators meet Guinea opposition, a day after Sylla talks\n\n"
     "CONAKRY, March 12, 2038 (Atlantic Ledger) - West African mediators met leaders of Guinea's main "
     "opposition party at a Conakry hotel on Friday, hoping to ease tensions that have gripped the "
     "capital since the start of the week.\n\n"
     "The ECOWAS envoys had spent Thursday afternoon with President Ibrahima Sylla at the presidential "
     "palace.\n\n"
     "Lansana Fofana, vice-president of the Rally for a New Guinea (RNG), led the party's delegation "
     "at the two-hour session with the envoys, Efua Mensah-Boateng of Ghana and Abu Koroma-Sesay of "
     "Sierra Leone. \"We spoke frankly, and they listened,\" Fofana told reporters afterwards.\n\n"
     "Sylla's office said the president had listened carefully to the mediators on Thursday.\n\n"
     "Barry's lawyer, Salifou Bangoura, said a bail hearing had been set for Tuesday. Guinea has been "
     "a member of ECOWAS since the bloc was founded in 1975.\n\n"
     "The bauxite sector, which accounts for most of Guinea's export earnings, has so far been "
     "unaffected by the unrest, mining companies said."),
    ("2038-03-12_lagoon_president-offers-dialogue.txt",
     "Guinea's Sylla offers talks with opposition in televised address\n\n"
     "CONAKRY, March 12, 2038 (Lagoon Herald) - Guinean President Ibrahima Sylla on Friday night "
     "proposed national talks with opposition parties, speaking publicly for the first time since "
     "deadly unrest broke out in the capital this week.\n\n"
     "\"My door is open to all those who love this country, including those who disagree with me,\" "
     "Sylla said in the address on state television. He did not say whether jailed opposition leader "
     "Thierno Sadou Barry would be invited.\n\n"
     "His offer came hours after ECOWAS mediators met leaders of Barry's Rally for a New Guinea (RNG) "
     "at a Conakry hotel.\n\n"
     "The RNG said it would study the proposal and respond on Saturday.\n\n"
     "Guinea held a national dialogue in 2015 ahead of that year's presidential election, but "
     "opposition parties later complained that its conclusions had been ignored. Diplomats in Conakry "
     "said the offer was a sign that pressure from the region was having an effect.\n\n"
     "The ban on demonstrations announced on Wednesday remains in force."),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt",
     "Guinea opposition rejects Sylla's dialogue offer while its leader is jailed\n\n"
     "CONAKRY, March 13, 2038 (Keystone News Service) - Guinea's main opposition party on Saturday "
     "rejected President Ibrahima Sylla's offer of a national dialogue, saying it would not sit down "
     "with the government while its leader Thierno Sadou Barry remained behind bars.\n\n"
     "\"There can be no dialogue with a gun pointed at our heads and our president in a cell,\" RNG "
     "spokeswoman Mariama Sow told a news conference at the party headquarters in Conakry.\n\n"
     "Sylla made the offer in a televised address on Friday night, saying his door was open to anyone "
     "who loved the country. The party said it would announce its next steps on Sunday.\n\n"
     "Barry, a 61-year-old former prime minister, was detained at his home on Monday and is accused of "
     "undermining state security. His arrest set off protests in Conakry on Tuesday. A bail hearing is "
     "scheduled for Tuesday, his lawyer said.\n\n"
     "Political analyst Ibrahim Yattara said the party's stance left the ECOWAS mediators with little "
     "room to manoeuvre."),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt",
     "Guinea's largest opposition party says no to talks with Sylla\n\n"
     "CONAKRY, March 13, 2038 (Crossroads Press) - Guinea's largest opposition party on Saturday "
     "rejected President Ibrahima Sylla's offer of a national dialogue, saying it would not sit down "
     "with the government while its leader Thierno Sadou Barry remained in prison.\n\n"
     "\"There can be no dialogue with a gun pointed at our heads and our president in a cell,\" RNG "
     "spokeswoman Mariama Sow told reporters at the party's headquarters in Conakry.\n\n"
     "Sylla made the offer in a televised address on Friday night, saying his door was open to anyone "
     "who loved the country. The party said it would announce its next steps on Sunday.\n\n"
     "Barry, a 61-year-old former prime minister, was detained at his home on Monday and is accused of "
     "undermining state security. His arrest set off protests in Conakry on Tuesday. A bail hearing is "
     "scheduled for Tuesday, according to his lawyer."),
    ("2038-03-13_savanna_rng-no-talks.txt",
     "Barry's party spurns Guinea president's call for talks\n\n"
     "CONAKRY, March 13, 2038 (Savanna Wire) - Guinea's opposition Rally for a New Guinea (RNG) turned "
     "down on Saturday an invitation from President Ibrahima Sylla to join talks on the country's "
     "political crisis, saying talks were pointless while its leader sat in jail.\n\n"
     "\"Nobody negotiates from a prison cell,\" the party's vice-president, Lansana Fofana, told "
     "Savanna Wire by telephone.\n\n"
     "Sylla, 66, offered talks in a speech on state television on Friday night.\n\n"
     "The party's answer is a setback for the ECOWAS mediators, who sat down with RNG leaders in "
     "Conakry on Friday.\n\n"
     "Tension eased slightly in Conakry on Saturday, and many shops in the northern suburbs reopened, "
     "although mobile internet was still cut."),
    ("2038-03-15_atlantic_protesters-defy-ban.txt",
     "Two killed as Guinea protesters defy ban, clash with police\n\n"
     "CONAKRY, March 15, 2038 (Atlantic Ledger) - Thousands of opposition supporters defied a "
     "government ban and marched in Conakry on Monday in support of jailed leader Thierno Sadou Barry, "
     "and two people were shot dead as police used tear gas to break up the crowd, witnesses said.\n\n"
     "Officers fired tear gas and stun grenades at marchers on the Route Le Prince in Hamdallaye, and "
     "youths responded by hurling stones and setting tyres alight, an Atlantic Ledger reporter saw.\n\n"
     "A doctor at Donka hospital said both victims, men in their twenties, had been hit by bullets.\n\n"
     "Security forces killed five people in the capital last Tuesday when they broke up the first wave "
     "of demonstrations. On Thursday, Security Minister General Fode Keita had warned that anyone who "
     "took to the streets would bear the consequences.\n\n"
     "The government did not comment on Monday's events.\n\n"
     "Barry's Rally for a New Guinea (RNG) rejected a dialogue offer from President Ibrahima Sylla on "
     "Saturday. A judge is due to hear Barry's case on Tuesday.\n\n"
     "\"We are not afraid anymore,\" said Mariama Camara, a 30-year-old seamstress who joined the "
     "march in Bambeto."),
    ("2038-03-15_lagoon_two-dead-second-protest.txt",
     "Guinea: two more protesters killed as opposition returns to the streets\n\n"
     "CONAKRY, March 15, 2038 (Lagoon Herald) - Two protesters were killed in Conakry on Monday when "
     "police broke up a banned opposition march, the second deadly crackdown in the Guinean capital in "
     "less than a week.\n\n"
     "The Rally for a New Guinea (RNG) said more than 10,000 people joined the march along the Route "
     "Le Prince, while police put the number at a few hundred. Police fired tear gas and turned water "
     "cannon on the crowd, and medical sources said the two men who died had gunshot wounds.\n\n"
     "Last Tuesday, five people were killed when security forces fired on crowds protesting against "
     "the arrest of RNG leader Thierno Sadou Barry.\n\n"
     "The government said on Wednesday that all demonstrations were banned until further notice.\n\n"
     "ECOWAS had not commented on Monday's events by nightfall. Guinea's bauxite exports, the mainstay "
     "of its economy, leave mostly through the port of Kamsar, far from the unrest.\n\n"
     "Mobile internet, cut by the authorities last Tuesday night, has still not been fully restored."),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt",
     "Tear gas into the night in Conakry's suburbs after deadly march\n\n"
     "CONAKRY, March 15, 2038 (Baobab Report) - Police fired tear gas in Conakry's northern suburbs "
     "late into Monday night, hours after security forces shot dead two people at an opposition march "
     "that defied a ban on protests.\n\n"
     "Burning barricades blocked several roads in Hamdallaye and Koloma, and detonations could be "
     "heard until nearly midnight, residents said. The two victims were a motorcycle taxi driver and a "
     "university student, according to relatives.\n\n"
     "The killings brought to seven the number of people who have died in protests since opposition "
     "leader Thierno Sadou Barry was arrested a week ago.\n\n"
     "Last Thursday, Security Minister General Fode Keita threatened a firm response to any new street "
     "protests.\n\n"
     "\"It was like a war zone,\" said Ousmane Barry, a shopkeeper in Koloma who is not related to the "
     "opposition leader. Koloma and Hamdallaye lie about 10 kilometres from the city centre on the "
     "Kaloum peninsula."),
    ("2038-03-16_keystone_court-frees-barry-bail.txt",
     "Guinean court grants bail to opposition leader Barry\n\n"
     "CONAKRY, March 16, 2038 (Keystone News Service) - A Guinean court on Tuesday freed opposition "
     "leader Thierno Sadou Barry on bail, eight days after his arrest set off the most serious unrest "
     "Guinea has seen in years.\n\n"
     "Judge Mamadou Kouyate of the Dixinn court of first instance ordered Barry's release pending "
     "trial and set bail at 500 million Guinean francs. Barry walked out of Conakry's central prison "
     "in the afternoon as several hundred supporters cheered.\n\n"
     "\"Justice has been done today, but the charges against my client still stand,\" said his lawyer, "
     "Salifou Bangoura.\n\n"
     "France's foreign ministry said on Tuesday that it condemned the use of lethal force against "
     "demonstrators in Guinea. State Department spokesman Gregory Tillman, speaking in Washington, "
     "criticised what he called a crackdown on peaceful dissent in Guinea.\n\n"
     "Security forces shot dead two people on Monday when they broke up an opposition march in "
     "defiance of a ban on protests.\n\n"
     "Barry's trial date has not been set."),
    ("2038-03-16_crossroads_france-us-condemn.txt",
     "France, United States rebuke Guinea over deadly protest crackdown\n\n"
     "PARIS, March 16, 2038 (Crossroads Press) - France on Tuesday condemned the killing of protesters "
     "in Guinea and voiced alarm at the conduct of the security forces.\n\n"
     "\"France deplores the disproportionate use of force against people who were exercising their "
     "right to demonstrate,\" foreign ministry spokeswoman Helene Marchetti told reporters in Paris.\n\n"
     "The State Department in Washington said on Tuesday that it was deeply troubled by the crackdown "
     "and accused the Guinean authorities of trying to silence their critics.\n\n"
     "Spokesman Gregory Tillman said the internet shutdown imposed a week ago had hurt ordinary "
     "Guineans and businesses alike.\n\n"
     "Two protesters were shot dead in Conakry on Monday at a march that defied a government ban. Five "
     "people died on March 9, when police fired on crowds angered by Barry's detention.\n\n"
     "Later on Tuesday, a court in Conakry released Barry on bail.\n\n"
     "Conakry made no reply to either statement on Tuesday."),
    ("2038-03-16_savanna_barry-released.txt",
     "Freed on bail, Guinea's Barry greets supporters in Conakry\n\n"
     "CONAKRY, March 16, 2038 (Savanna Wire) - Guinean opposition leader Thierno Sadou Barry was "
     "released from prison on bail on Tuesday and was greeted by cheering supporters outside the gates.\n\n"
     "A judge at the Dixinn court granted bail after a hearing that lasted less than an hour, Barry's "
     "lawyers said. The 61-year-old was seized by police at his home on March 8 and spent eight nights "
     "in custody.\n\n"
     "\"I am tired, but my head is clear,\" Barry said, standing on the roof of a car. Rights groups "
     "say the past week has been the deadliest in the capital since 2009.\n\n"
     "His Rally for a New Guinea (RNG) said no on Saturday to talks offered by President Ibrahima "
     "Sylla, saying it would not negotiate while Barry was in jail.\n\n"
     "Asked whether he would now accept the offer, Barry said he would first consult party leaders. "
     "Government spokesman Ousmane Cisse said the decision had been a matter for the courts alone."),
    ("2038-03-17_lagoon_ban-lifted.txt",
     "Guinea lifts ban on protests a day after Barry's release\n\n"
     "CONAKRY, March 17, 2038 (Lagoon Herald) - Guinea's government on Wednesday lifted the ban on "
     "public demonstrations it imposed a week ago, a day after a court freed opposition leader Thierno "
     "Sadou Barry on bail.\n\n"
     "Territorial Administration Minister Aissatou Soumah said in a communique broadcast on state "
     "radio that rallies could again be held provided organisers notified local authorities 72 hours "
     "in advance.\n\n"
     "The move followed a week of pressure from West African mediators and Western governments.\n\n"
     "On Tuesday, France denounced excessive force against protesters. The United States said the same "
     "day that it was deeply troubled by the crackdown.\n\n"
     "Seven people were killed in protests in Conakry over the past week, according to official "
     "figures. The Rally for a New Guinea (RNG) said it would hold a rally in Conakry on Saturday.\n\n"
     "\"We will judge the government by what happens on Saturday, not by what it announces on a "
     "Wednesday,\" said RNG spokeswoman Mariama Sow."),
    ("2038-03-17_atlantic_government-lifts-ban.txt",
     "Guinea eases crackdown, allows opposition rallies again\n\n"
     "CONAKRY, March 17, 2038 (Atlantic Ledger) - Guinean authorities on Wednesday scrapped a ban on "
     "street protests, easing a week-long crackdown on the opposition.\n\n"
     "The decision was announced by Territorial Administration Minister Aissatou Soumah, who had "
     "ordered the ban on March 10.\n\n"
     "A Conakry court granted Barry bail on Tuesday, and he spent Wednesday resting at home, an aide "
     "said.\n\n"
     "Two people were killed on Monday when police used tear gas and live rounds against an opposition "
     "march in the capital. Six days earlier, security forces shot dead five people in the same "
     "suburbs.\n\n"
     "No date has been given for the full return of mobile internet service. \"Lifting the ban costs "
     "the government nothing if the police keep shooting,\" said Ibrahim Yattara, a political "
     "scientist in Conakry."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2038-03-08",
            "police arrest opposition leader Thierno Sadou Barry at his Conakry home"),
    "A02": (("PROTEST",), "2038-03-09",
            "first opposition protests and barricades in Conakry over Barry's arrest"),
    "A03": (("ASSAULT",), "2038-03-09",
            "security forces fire tear gas and live rounds on protesters (3, then 5 dead)"),
    "A04": (("COERCE",), "2038-03-09", "government cuts mobile internet nationwide late on Tuesday"),
    "A05": (("COERCE",), "2038-03-10", "Territorial Administration Minister Soumah bans all demonstrations"),
    "A06": (("MOBILIZE",), "2038-03-10", "army deploys soldiers and armoured vehicles in Conakry's suburbs"),
    "A07": (("CONSULT",), "2038-03-11", "ECOWAS envoys meet President Sylla in Conakry"),
    "A08": (("REQUEST",), "2038-03-09", "ECOWAS Commission calls on all sides in Guinea to show restraint"),
    "A09": (("AGREE",), "2038-03-12", "President Sylla offers a national dialogue with the opposition"),
    "A10": (("REJECT",), "2038-03-13", "the RNG rejects Sylla's dialogue offer"),
    "A11": (("THREATEN",), "2038-03-11", "Security Minister Keita warns protesters of a forceful response"),
    "A12": (("PROTEST",), "2038-03-15", "second opposition march in Conakry, defying the ban"),
    "A13": (("ASSAULT",), "2038-03-15", "police fire tear gas and live rounds on the second march (2 dead)"),
    "A14": (("ACCUSE",), "2038-03-16", "France condemns the lethal force used against protesters"),
    "A15": (("ACCUSE",), "2038-03-16", "US State Department criticises the crackdown"),
    "A16": (("RETREAT",), "2038-03-16", "Dixinn court frees Barry on bail"),
    "A17": (("CONCEDE",), "2038-03-17", "Minister Soumah lifts the ban on demonstrations"),
    "A18": (("CONSULT",), "2038-03-12", "ECOWAS envoys meet RNG leaders in Conakry"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2038-03-08_savanna_opposition-leader-arrested.txt", "A01",
     "police arrested opposition leader Thierno Sadou Barry"),
    ("2038-03-08_savanna_opposition-leader-arrested.txt", "A01", "drove Barry away in an unmarked pickup"),
    ("2038-03-08_savanna_opposition-leader-arrested.txt", "A01", "confirmed the detention in a short"),
    ("2038-03-08_lagoon_barry-detained-dawn-raid.txt", "A01", "Security forces detained Thierno Sadou Barry"),
    ("2038-03-08_lagoon_barry-detained-dawn-raid.txt", "A01",
     "had been taken to the judicial police headquarters"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A02",
     "Thousands of opposition supporters took to the streets"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A01", "the arrest of their leader"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A03", "police gunfire had killed at least three"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A03", "fired volleys of tear gas at crowds"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A02",
     "blocked the Route Le Prince with burning tyres"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A03", "two of the dead had been shot"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A03", "they answered with bullets"),
    ("2038-03-09_atlantic_tear-gas-conakry-protest.txt", "A01", "was detained on Monday on suspicion"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A03",
     "security forces killed at least three demonstrators"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A02", "as they broke up protests"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A01",
     "the detention of opposition leader Thierno Sadou Barry"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A03", "fired tear gas and, according to witnesses"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A01", "was taken into custody at his home"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A03", "whose 19-year-old brother was among the dead"),
    ("2038-03-09_keystone_three-killed-protests.txt", "A08", "called on every party to act with restraint"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A03",
     "security forces killed at least three demonstrators"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A02", "as they broke up protests"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A01",
     "the detention of opposition leader Thierno Sadou Barry"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A03", "fired tear gas and, according to witnesses"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A01", "was taken into custody at his home"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A03", "whose 19-year-old brother was among the dead"),
    ("2038-03-09_baobab_three-killed-protests.txt", "A08", "called on every party to act with restraint"),
    ("2038-03-09_savanna_internet-cut.txt", "A04", "cut mobile internet access across the country"),
    ("2038-03-09_savanna_internet-cut.txt", "A03", "security forces shot dead at least three protesters"),
    ("2038-03-09_savanna_internet-cut.txt", "A04", "the restrictions had been imposed"),
    ("2038-03-09_savanna_internet-cut.txt", "A03", "police fired tear gas at crowds"),
    ("2038-03-09_savanna_internet-cut.txt", "A02", "had put up barricades on the main road"),
    ("2038-03-10_lagoon_toll-rises-ban.txt", "A05", "banned all public demonstrations on Wednesday"),
    ("2038-03-10_lagoon_toll-rises-ban.txt", "A03", "police and gendarmes fired into crowds"),
    ("2038-03-10_lagoon_toll-rises-ban.txt", "A05", "announced the ban in a decree"),
    ("2038-03-10_lagoon_toll-rises-ban.txt", "A03", "bringing the toll from Tuesday's violence"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A06", "deployed soldiers and armoured vehicles"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A05", "the government outlawed street protests"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A06",
     "Pickup trucks carrying soldiers in combat gear"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A06", "the soldiers were there to back up"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A03", "used tear gas and gunfire to scatter"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A01",
     "angered by the arrest of opposition leader"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A01", "was taken from his home by police"),
    ("2038-03-10_crossroads_troops-deployed-rally-ban.txt", "A04", "cut late on Tuesday, had not"),
    ("2038-03-10_keystone_blackout-business.txt", "A04",
     "An internet shutdown ordered by Guinea's government"),
    ("2038-03-10_keystone_blackout-business.txt", "A04", "switched off mobile data late on Tuesday"),
    ("2038-03-10_keystone_blackout-business.txt", "A03", "security forces fired on crowds in the"),
    ("2038-03-10_keystone_blackout-business.txt", "A03", "revised Tuesday's death toll up to five"),
    ("2038-03-10_keystone_blackout-business.txt", "A05", "street demonstrations were outlawed on Wednesday"),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt", "A07",
     "met Guinean President Ibrahima Sylla in Conakry"),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt", "A07", "spent nearly three hours with Sylla"),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt", "A11",
     "warned that the security forces would respond"),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt", "A11", "The time for tolerance is over"),
    ("2038-03-11_savanna_ecowas-envoys-meet-president.txt", "A05", "banned street protests on Wednesday"),
    ("2038-03-11_baobab_minister-warns-protesters.txt", "A11", "warned opposition supporters on Thursday"),
    ("2038-03-11_baobab_minister-warns-protesters.txt", "A05", "which the government has outlawed"),
    ("2038-03-11_baobab_minister-warns-protesters.txt", "A11", "will find the security forces waiting"),
    ("2038-03-11_baobab_minister-warns-protesters.txt", "A11", "His warning came as mediators"),
    ("2038-03-11_baobab_minister-warns-protesters.txt", "A07", "held talks with President Ibrahima Sylla"),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt", "A18",
     "met leaders of Guinea's main opposition party"),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt", "A07", "had spent Thursday afternoon with President"),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt", "A18",
     "led the party's delegation at the two-hour session"),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt", "A18", "We spoke frankly, and they listened"),
    ("2038-03-12_atlantic_envoys-meet-opposition.txt", "A07", "had listened carefully to the mediators"),
    ("2038-03-12_lagoon_president-offers-dialogue.txt", "A09", "on Friday night proposed national talks"),
    ("2038-03-12_lagoon_president-offers-dialogue.txt", "A09", "My door is open to all"),
    ("2038-03-12_lagoon_president-offers-dialogue.txt", "A09", "His offer came hours after"),
    ("2038-03-12_lagoon_president-offers-dialogue.txt", "A18", "mediators met leaders of Barry's Rally"),
    ("2038-03-12_lagoon_president-offers-dialogue.txt", "A05",
     "The ban on demonstrations announced on Wednesday"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A10",
     "rejected President Ibrahima Sylla's offer"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A09", "offer of a national dialogue"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A10", "There can be no dialogue with"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A09", "made the offer in a televised address"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A01", "was detained at his home on Monday"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A01", "His arrest set off"),
    ("2038-03-13_keystone_opposition-rejects-dialogue.txt", "A02", "protests in Conakry on Tuesday"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A10", "rejected President Ibrahima Sylla's offer"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A09", "offer of a national dialogue"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A10", "There can be no dialogue with"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A09", "made the offer in a televised address"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A01", "was detained at his home on Monday"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A01", "His arrest set off"),
    ("2038-03-13_crossroads_opposition-spurns-talks.txt", "A02", "protests in Conakry on Tuesday"),
    ("2038-03-13_savanna_rng-no-talks.txt", "A10", "turned down on Saturday an invitation"),
    ("2038-03-13_savanna_rng-no-talks.txt", "A09", "an invitation from President Ibrahima Sylla"),
    ("2038-03-13_savanna_rng-no-talks.txt", "A09", "offered talks in a speech"),
    ("2038-03-13_savanna_rng-no-talks.txt", "A18", "who sat down with RNG leaders"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A12", "defied a government ban and marched"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A13", "two people were shot dead as police"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A13", "fired tear gas and stun grenades at marchers"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A12", "youths responded by hurling stones"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A13", "both victims, men in their twenties"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A03", "Security forces killed five people in"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A02", "broke up the first wave of demonstrations"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A11", "Security Minister General Fode Keita had warned"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A10", "rejected a dialogue offer from"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A09", "offer from President Ibrahima Sylla on Saturday"),
    ("2038-03-15_atlantic_protesters-defy-ban.txt", "A12", "who joined the march in Bambeto"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A13",
     "Two protesters were killed in Conakry on Monday"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A12", "broke up a banned opposition march"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A12", "people joined the march along the"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A13", "turned water cannon on the crowd"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A03", "five people were killed when security forces"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A02", "crowds protesting against the arrest"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A01", "the arrest of RNG leader Thierno Sadou Barry"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A05",
     "all demonstrations were banned until further notice"),
    ("2038-03-15_lagoon_two-dead-second-protest.txt", "A04", "cut by the authorities last Tuesday night"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A13", "forces shot dead two people at"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A12", "an opposition march that defied a ban"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A12", "Burning barricades blocked several roads"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A13", "The killings brought to seven"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A01", "was arrested a week ago"),
    ("2038-03-15_baobab_clashes-conakry-suburbs.txt", "A11", "threatened a firm response to any"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A16", "freed opposition leader Thierno Sadou Barry"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A01", "eight days after his arrest"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A16", "ordered Barry's release pending trial"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A16", "walked out of Conakry's central prison"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A14", "condemned the use of lethal force"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A15", "criticised what he called a crackdown"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A13",
     "Security forces shot dead two people on Monday"),
    ("2038-03-16_keystone_court-frees-barry-bail.txt", "A12", "an opposition march in defiance of"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A14", "condemned the killing of protesters in Guinea"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A14", "France deplores the disproportionate use"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A15", "accused the Guinean authorities of trying"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A15", "Spokesman Gregory Tillman said the internet"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A04", "the internet shutdown imposed a week ago"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A13", "Two protesters were shot dead"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A12", "at a march that defied"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A03", "Five people died on March 9"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A01", "angered by Barry's detention"),
    ("2038-03-16_crossroads_france-us-condemn.txt", "A16", "a court in Conakry released Barry on bail"),
    ("2038-03-16_savanna_barry-released.txt", "A16", "was released from prison on bail"),
    ("2038-03-16_savanna_barry-released.txt", "A16", "A judge at the Dixinn court granted bail"),
    ("2038-03-16_savanna_barry-released.txt", "A01", "was seized by police at his home"),
    ("2038-03-16_savanna_barry-released.txt", "A10", "said no on Saturday to talks"),
    ("2038-03-16_savanna_barry-released.txt", "A09", "talks offered by President Ibrahima Sylla"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A17", "lifted the ban on public demonstrations"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A05", "it imposed a week ago"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A16", "a court freed opposition leader"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A17", "rallies could again be held provided"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A14", "France denounced excessive force against protesters"),
    ("2038-03-17_lagoon_ban-lifted.txt", "A15", "said the same day that it"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A17", "scrapped a ban on street protests"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A17", "The decision was announced by Territorial"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A05", "who had ordered the ban on March 10"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A16", "A Conakry court granted Barry bail"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A13", "Two people were killed on Monday"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A12", "against an opposition march in the capital"),
    ("2038-03-17_atlantic_government-lifts-ban.txt", "A03", "security forces shot dead five people"),
]

FLOORS = {"pairwise_f1": 0.78, "b3_f1": 0.82, "reports_found": 0.65}


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
