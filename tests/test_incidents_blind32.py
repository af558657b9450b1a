"""The thirty-second blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: ten days of a dispute over Ethiopia's dam on the Blue Nile, August 7-17, 2034. Ethiopia starts a new
filling stage; Egypt's foreign minister accuses it and writes to the UN Security Council; the Egyptian and
Sudanese irrigation ministers each demand a halt; Sudan summons Ethiopia's ambassador, warns it will recall
its own and then does; the African Union chair hosts two rounds of talks in Addis Ababa (the first breaks
down, the second brings an Ethiopian offer to share release data); the Arab League backs Egypt; Egypt and
Sudan hold a joint air-force drill; Ethiopia's prime minister rejects any binding deal; a United States envoy
visits Cairo, Khartoum and Addis Ababa on three different days; farmers in Sudan's Gezira protest over water
shortages and police detain some of them (14, then about 20, then 31); Sudan opens the Roseires gates when the
river floods. Mostly diplomacy. Everything in it is synthetic: the outlets and people are invented, the
countries and places are real, the events never happened and the dates lie in the future.

Look-alikes built in: two rounds of AU talks six days apart (A07, A14); three visits by the same envoy on
three days (A10, A13, A18); two irrigation ministers, of Egypt and Sudan, each demanding a halt on the same
day (A04, A05), the same day as a request by another Egyptian official, the foreign minister, to the Security
Council (A02); two accusations against Ethiopia by different actors on consecutive days (A01, A03); Sudan's
threat to recall its ambassador (A06) and the recall three days later (A12). One verbatim syndicated copy (the
Arab League story) and one lightly edited copy (the prime minister's speech). Acts told once: A05, A13.

Gold conventions: an act is one actor (for a statement, one speaker or one institution) doing one thing to one
target on one day; its types are the PLOVER type the codebook (CAMEO2PLOVER-2021) gives, with a second only
where the codebook allows two readings (the joint air drill: COOPERATE, or MOBILIZE as a show of force).
REPORTS lists every sentence of every document that reports an act that happened, background recaps in later
reports and quotes that tell the act included; a syndicated copy has its own entries. Planned,
promised-but-not-done, threatened-but-not-done, demanded, denied and hypothetical acts are not acts (the
promise, threat or demand itself is); neither are acts more than a year before, statistics, tallies and
opinions. Ethiopia's start of the filling and Sudan's opening of the dam gates are not coded as acts.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold (file, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the eleventh 2026-12-02 session): run
with `figures` once at its start, on its starting code (536eecd, whose code is d64cb5d), and once at its end,
on its final code (8ef1514, and f823974 before its last fix: the same): **pairwise F1 0.848** (precision
0.966, recall 0.757), B-cubed F1 0.870, reports found 0.719, on both.
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
    ("2034-08-07_highland_ethiopia-starts-new-filling.txt",
     "Ethiopia begins new stage of filling Blue Nile reservoir\n\n"
     "ADDIS ABABA, August 7, 2034 (Highland Wire) - Ethiopia has started a new stage of "
     "filling the lake behind its giant hydropower dam on the Blue Nile, the water and energy "
     "minister said on Monday, without waiting for the binding accord that Cairo and Khartoum "
     "have sought for years.\n\n"
     "Minister Selamawit Tadesse told reporters at the Grand Ethiopian Renaissance Dam site in "
     "Benishangul-Gumuz that the outlets had been adjusted overnight so the lake could rise "
     "with the peak of the rains.\n\n"
     "\"Not one farmer downstream will lose a drop because of this,\" she said.\n\n"
     "The reservoir held roughly 60 billion cubic meters at the end of last season, according "
     "to figures the ministry published in January.\n\n"
     "Egypt's foreign minister, Adel Ghoneim, condemned the move within hours, calling it a "
     "fresh act of defiance that put the livelihoods of millions of Egyptians at risk.\n\n"
     "Egypt depends on the Nile for almost every drop of fresh water it uses, and Sudan runs "
     "smaller dams just across the border that depend on accurate release figures from "
     "upstream.\n\n"
     "Negotiations among the three countries have stalled again and again since construction "
     "started in 2011."),
    ("2034-08-07_crescent_cairo-condemns-dam-filling.txt",
     "Egypt's foreign minister accuses Ethiopia of bad faith over dam\n\n"
     "CAIRO, August 7, 2034 (Crescent Dispatch) - Egypt accused Ethiopia on Monday night of "
     "acting in bad faith by pressing ahead with a new filling of its Blue Nile dam without "
     "consulting the countries downstream.\n\n"
     "Foreign Minister Adel Ghoneim told a briefing at his ministry that Addis Ababa had "
     "\"once again chosen unilateral facts on the ground over law\".\n\n"
     "\"Our farmers sow in October, and what happens in the next six weeks decides their "
     "season,\" Ghoneim said.\n\n"
     "The ministry said no advance notice of the filling timetable had arrived through the "
     "technical channels the three states set up in 2015.\n\n"
     "Lake Nasser, the reservoir of the High Aswan Dam, stood at roughly 70 percent of "
     "capacity when August began, irrigation ministry data show.\n\n"
     "Ethiopia says the dam, designed to produce more than 5,000 megawatts, is vital to bring "
     "power to tens of millions of its citizens.\n\n"
     "Sudan's government had stayed silent on the filling by late evening."),
    ("2034-08-08_redsea_egypt-takes-dam-row-to-un.txt",
     "Egypt takes Nile dam dispute to UN Security Council\n\n"
     "CAIRO, August 8, 2034 (Red Sea Courier) - Egypt has written to the United Nations "
     "Security Council asking it to step in over Ethiopia's latest filling of the Blue Nile "
     "dam, the foreign ministry said on Tuesday.\n\n"
     "In the letter, Foreign Minister Adel Ghoneim urged the 15-member council to convene an "
     "urgent session and press Addis Ababa to stop the filling until a legal agreement is "
     "reached.\n\n"
     "The letter was sent one day after Ghoneim accused Ethiopia of bad faith over the "
     "filling, which began on Monday.\n\n"
     "Separately, Irrigation Minister Nabil Sorour demanded that Ethiopia halt the filling at "
     "once and hand its operating data to the downstream states.\n\n"
     "\"Every cubic meter held back in August is a cubic meter our fields will miss in the "
     "winter,\" Sorour told a parliamentary committee.\n\n"
     "The council last took up the dam in July 2021, when members encouraged the parties to "
     "return to negotiations under African Union auspices.\n\n"
     "No meeting had been scheduled as of Tuesday evening, according to council diplomats."),
    ("2034-08-08_savanna_sudan-summons-ethiopian-envoy.txt",
     "Sudan summons Ethiopian ambassador over dam filling\n\n"
     "KHARTOUM, August 8, 2034 (Savanna Press Agency) - Sudan's foreign ministry summoned "
     "Ethiopia's ambassador on Tuesday to object to the new filling of Ethiopia's Renaissance "
     "Dam, saying Khartoum had been given no warning.\n\n"
     "Ambassador Dereje Ayana received a written protest describing the filling as a danger to "
     "the Roseires dam and to millions of people living along the Blue Nile.\n\n"
     "Roseires, about 100 kilometers downstream of the Ethiopian dam, lost power for several "
     "hours in an earlier filling season when releases fell without notice.\n\n"
     "Sudan's position has swung over the years between welcoming the project for its cheap "
     "electricity and fearing for the safety of its own dams.\n\n"
     "Egypt on Tuesday raised the same dispute in a letter to the UN Security Council.\n\n"
     "The Ethiopian embassy in Khartoum could not be reached."),
    ("2034-08-08_delta_downstream-ministers-demand-halt.txt",
     "Egyptian and Sudanese water ministers each demand end to Ethiopian filling\n\n"
     "CAIRO, August 8, 2034 (Delta Newsline) - Egypt's irrigation minister on Tuesday called "
     "on Ethiopia to stop filling its Blue Nile reservoir immediately, the sharpest language "
     "from Cairo's water officials in months.\n\n"
     "Hours later in Khartoum, Sudan's irrigation minister, Yasir Badawi, issued his own "
     "demand that the filling be suspended until Ethiopia shares daily release figures.\n\n"
     "Badawi said Sudanese engineers at Roseires were working \"blind\" because they did not "
     "know how much water would reach them each day.\n\n"
     "Egyptian minister Nabil Sorour told reporters the reservoir could take in up to 15 "
     "billion cubic meters this season.\n\n"
     "Cairo also took its case on Tuesday to the UN Security Council, in a letter from Foreign "
     "Minister Adel Ghoneim.\n\n"
     "Ethiopian officials have long maintained that the dam's operation does little harm to "
     "the countries downstream.\n\n"
     "The 2015 declaration of principles commits the three governments to cooperate on the "
     "filling and yearly operation of the dam, but it is not legally binding."),
    ("2034-08-09_highland_au-talks-end-without-deal.txt",
     "Nile dam talks hosted by African Union end without agreement\n\n"
     "ADDIS ABABA, August 9, 2034 (Highland Wire) - Talks between Ethiopia, Egypt and Sudan "
     "convened by the African Union in Addis Ababa broke down on Wednesday evening after the "
     "three delegations failed to agree even on an agenda.\n\n"
     "AU Commission chairperson Grace Nyirenda hosted the water and foreign ministers at the "
     "union's headquarters for nearly nine hours.\n\n"
     "\"We did not find the bridge today, but the river is still there,\" Nyirenda said "
     "afterwards.\n\n"
     "Diplomats said the main sticking point remained whether any deal should bind Ethiopia "
     "during long droughts.\n\n"
     "The meeting followed a week of rising tension, including Sudan's summoning of the "
     "Ethiopian ambassador in Khartoum on Tuesday.\n\n"
     "Ethiopia's delegation was led by Water and Energy Minister Selamawit Tadesse, who told "
     "reporters that rain falling on the Ethiopian highlands was \"a gift, not a loan\".\n\n"
     "No date was announced for a further round."),
    ("2034-08-09_lakeside_sudan-threatens-to-recall-envoy.txt",
     "Sudan warns it may withdraw ambassador from Ethiopia\n\n"
     "KHARTOUM, August 9, 2034 (Lakeside Ledger) - Sudan threatened on Wednesday to recall its "
     "ambassador from Addis Ababa unless Ethiopia begins sharing data on water releases from "
     "its Blue Nile dam within days.\n\n"
     "Foreign Minister Amira el-Tayeb gave the warning in a televised interview, saying the "
     "patience of Khartoum was \"measured in days, not months\".\n\n"
     "Her ministry had called in the Ethiopian ambassador, Dereje Ayana, on Tuesday to deliver "
     "a formal protest.\n\n"
     "Meanwhile in Addis Ababa, AU-brokered talks among the three countries' ministers were "
     "under way on Wednesday.\n\n"
     "Some 20 million Sudanese live in the Blue Nile basin, according to UN estimates.\n\n"
     "Analysts in Khartoum said the government faced growing pressure at home from farmers' "
     "unions."),
    ("2034-08-10_crescent_arab-league-backs-egypt.txt",
     "Arab League throws its weight behind Egypt in Nile dam dispute\n\n"
     "CAIRO, August 10, 2034 (Crescent Dispatch) - The Arab League on Thursday declared its "
     "full backing for Egypt in the quarrel with Ethiopia over the Blue Nile dam, after an "
     "emergency session of the permanent representatives of member states in Cairo.\n\n"
     "A resolution adopted at the session described Egyptian water security as \"an "
     "inseparable part of the security of the Arab nation\".\n\n"
     "Secretary-General Khaled Bazzi told reporters the league would keep the file under close "
     "review.\n\n"
     "The session came a day after talks hosted by the African Union in Addis Ababa ended with "
     "no agreement.\n\n"
     "Ethiopia has in the past dismissed statements by the league on the dam as meddling in an "
     "African matter.\n\n"
     "The league has 22 members, several of which have invested heavily in Ethiopian farmland "
     "and livestock ventures."),
    ("2034-08-10_redsea_arab-league-backs-egypt.txt",
     "Arab League throws its weight behind Egypt in Nile dam dispute\n\n"
     "CAIRO, August 10, 2034 (Red Sea Courier) - The Arab League on Thursday declared its full "
     "backing for Egypt in the quarrel with Ethiopia over the Blue Nile dam, after an "
     "emergency session of the permanent representatives of member states in Cairo.\n\n"
     "A resolution adopted at the session described Egyptian water security as \"an "
     "inseparable part of the security of the Arab nation\".\n\n"
     "Secretary-General Khaled Bazzi told reporters the league would keep the file under close "
     "review.\n\n"
     "The session came a day after talks hosted by the African Union in Addis Ababa ended with "
     "no agreement.\n\n"
     "Ethiopia has in the past dismissed statements by the league on the dam as meddling in an "
     "African matter.\n\n"
     "The league has 22 members, several of which have invested heavily in Ethiopian farmland "
     "and livestock ventures.\n\n"
     "Crescent Dispatch originated this report; it is carried here under a syndication "
     "agreement."),
    ("2034-08-11_savanna_egypt-sudan-air-drill.txt",
     "Egyptian and Sudanese air forces stage joint drill amid dam row\n\n"
     "MEROWE, August 11, 2034 (Savanna Press Agency) - Egyptian and Sudanese warplanes took "
     "part in a joint exercise over northern Sudan on Friday, in what both armies called a "
     "demonstration of readiness as the dispute with Ethiopia over the Blue Nile deepened.\n\n"
     "The drill, named Nile Shield 1, involved fighter jets, transport aircraft and special "
     "forces teams flying from the Merowe air base, a Sudanese military spokesman said.\n\n"
     "It was the third such exercise between the two countries since 2020.\n\n"
     "On Wednesday, Sudan's foreign minister warned that Khartoum could recall its ambassador "
     "from Addis Ababa if Ethiopia kept withholding data.\n\n"
     "Ethiopia's government made no comment.\n\n"
     "Merowe lies roughly 1,000 kilometers from the Ethiopian dam."),
    ("2034-08-11_delta_us-envoy-in-cairo.txt",
     "US envoy begins Nile tour in Cairo\n\n"
     "CAIRO, August 11, 2034 (Delta Newsline) - Daniel Whitcombe, the American envoy charged "
     "with the Nile file, met President Hazem Rifaat in Cairo on Friday at the start of a tour "
     "of the three countries in the Blue Nile dispute.\n\n"
     "The talks, also attended by Foreign Minister Adel Ghoneim, dealt with the filling and "
     "the stalled African Union process, the presidency said.\n\n"
     "\"Washington wants a deal that all three capitals can live with, and it wants one before "
     "the next flood season,\" Whitcombe told reporters.\n\n"
     "The envoy is expected in Khartoum and Addis Ababa in the coming days.\n\n"
     "His arrival coincided with a joint air exercise by Egypt and Sudan over northern "
     "Sudan.\n\n"
     "Trade between Egypt and the United States came to about 9 billion dollars last year."),
    ("2034-08-12_highland_pm-rules-out-binding-deal.txt",
     "Ethiopian prime minister rejects any binding Nile accord\n\n"
     "ADDIS ABABA, August 12, 2034 (Highland Wire) - Prime Minister Mulugeta Haile on Saturday "
     "rejected any legally binding agreement on the operation of Ethiopia's Blue Nile dam, "
     "saying his country would never hand control of its water policy to foreign "
     "arbitrators.\n\n"
     "Addressing a special session of parliament, Mulugeta said Ethiopia would keep talking to "
     "its neighbors but would not sign \"a treaty written for the old colonial order\".\n\n"
     "\"Our rivers begin as rain on our highlands, and we decide how they serve our people,\" "
     "he told lawmakers.\n\n"
     "His speech came a day after Egypt and Sudan staged a joint air-force drill over northern "
     "Sudan.\n\n"
     "Wednesday's talks at the African Union headquarters ended without agreement, and no new "
     "date has been fixed.\n\n"
     "Ethiopia generates roughly half of its electricity at the dam, according to the state "
     "power utility.\n\n"
     "The dam was paid for largely through bonds sold to Ethiopian citizens, including civil "
     "servants who gave a month of salary."),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt",
     "Sudan recalls ambassador from Ethiopia as US envoy visits Khartoum\n\n"
     "KHARTOUM, August 12, 2034 (Lakeside Ledger) - Sudan recalled its ambassador from "
     "Ethiopia for consultations late on Saturday, following through on a warning it issued "
     "three days earlier over the refusal of Addis Ababa to share water release data.\n\n"
     "Ambassador Osman Hamdan was ordered home from Addis Ababa, according to a terse foreign "
     "ministry notice.\n\n"
     "Foreign Minister Amira el-Tayeb had warned on Wednesday that Khartoum would take the "
     "step unless Ethiopia shared the figures.\n\n"
     "Earlier on Saturday, US special envoy Daniel Whitcombe held talks in Khartoum with Prime "
     "Minister Ibrahim Nour.\n\n"
     "Nour told the envoy that Sudan wanted a fair deal and not a confrontation, his office "
     "said afterwards.\n\n"
     "Whitcombe met Egyptian President Hazem Rifaat in Cairo on Friday and is due in Addis "
     "Ababa next week.\n\n"
     "Sudan and Ethiopia share a border of more than 700 kilometers."),
    ("2034-08-12_redsea_ethiopian-leader-rejects-treaty.txt",
     "Ethiopia's leader rules out legally binding deal on Nile dam\n\n"
     "ADDIS ABABA, August 12, 2034 (Red Sea Courier) - Ethiopian Prime Minister Mulugeta Haile "
     "on Saturday rejected any legally binding agreement on the running of the Blue Nile dam, "
     "saying his country would never hand control of its water policy to foreign "
     "arbitrators.\n\n"
     "Addressing a special session of parliament, Mulugeta said Ethiopia would keep talking to "
     "its neighbors but would not sign \"a treaty written for the old colonial order\".\n\n"
     "\"Our rivers begin as rain on our highlands, and we decide how they serve our people,\" "
     "he told lawmakers.\n\n"
     "His speech came one day after Egypt and Sudan staged a joint air-force drill over "
     "northern Sudan.\n\n"
     "Wednesday's talks at the African Union headquarters broke up with no deal, and no new "
     "date has been set.\n\n"
     "The dam was paid for largely through bonds sold to Ethiopian citizens, including civil "
     "servants who gave a month of salary."),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt",
     "Cairo weighs next steps after Ethiopian leader rules out binding deal\n\n"
     "CAIRO, August 13, 2034 (Crescent Dispatch) - Egyptian officials were weighing their "
     "options on Sunday after Ethiopia's prime minister flatly rejected a binding accord on "
     "the Blue Nile dam, a blow to a week of diplomacy.\n\n"
     "Mulugeta Haile told Ethiopian lawmakers on Saturday that his government would not accept "
     "any treaty giving outsiders a say over its water.\n\n"
     "Sudan pulled its ambassador from Addis Ababa on Saturday, while Egypt has asked the UN "
     "Security Council to act.\n\n"
     "\"Nobody in Cairo believes the Security Council will solve this, but the letter puts "
     "Ethiopia's conduct on the record,\" said Tarek Helmy, a researcher at the Cairo Center "
     "for Water Studies.\n\n"
     "Helmy said the joint air drill with Sudan on Friday was a message that the two "
     "downstream states were coordinating closely.\n\n"
     "Egypt's foreign minister has kept a low profile since Monday, when he accused Ethiopia "
     "of acting in bad faith.\n\n"
     "Egypt uses about 80 billion cubic meters of water a year but receives only 55.5 billion "
     "under a 1959 treaty with Sudan.\n\n"
     "The African Union has said it hopes to convene a second round of talks this week."),
    ("2034-08-14_savanna_gezira-farmers-protest.txt",
     "Sudanese farmers protest over water shortages in Gezira\n\n"
     "WAD MADANI, August 14, 2034 (Savanna Press Agency) - Hundreds of farmers marched through "
     "Wad Madani on Monday against falling water levels in the canals of the Gezira irrigation "
     "scheme, which they blame on the filling of Ethiopia's dam.\n\n"
     "Police broke up the crowd outside the state government offices and detained at least 14 "
     "people, witnesses said.\n\n"
     "Many of the marchers carried empty buckets and banners reading \"Our cotton is "
     "dying\".\n\n"
     "\"The canals are half empty at the very moment we need them full,\" said Abdelrahim "
     "Musa, who grows cotton and sorghum near the town.\n\n"
     "Gezira, one of the largest irrigation schemes in Africa, covers about 880,000 hectares "
     "between the Blue and White Niles.\n\n"
     "Sudan's irrigation ministry said water levels at the Sennar dam were about 30 percent "
     "below the average for mid-August.\n\n"
     "The unrest came two days after Sudan recalled its ambassador from Ethiopia."),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt",
     "Sudanese police detain farmers at Gezira water protest\n\n"
     "KHARTOUM, August 14, 2034 (Delta Newsline) - Sudanese police detained about 20 farmers "
     "in the town of Wad Madani on Monday during a demonstration over water shortages blamed "
     "on Ethiopia's Blue Nile dam, a farmers' union said.\n\n"
     "The Gezira Farmers' Union estimated that over 2,000 people took part, far above a police "
     "estimate of 500.\n\n"
     "A police spokesman, Colonel Hassan Idris, said officers had acted to keep traffic moving "
     "on the highway to Khartoum.\n\n"
     "Farmers say the flow in the scheme's main canal has fallen by a third since late "
     "July.\n\n"
     "The unrest adds pressure on the government of Prime Minister Ibrahim Nour, which on "
     "Saturday ordered its ambassador home from Addis Ababa.\n\n"
     "Farmers in Egypt have so far been shielded from shortages by the reserve in Lake Nasser."),
    ("2034-08-15_lakeside_farmers-still-held.txt",
     "Thirty-one still held after Gezira water protest, lawyers say\n\n"
     "KHARTOUM, August 15, 2034 (Lakeside Ledger) - Police in Sudan's Gezira state detained 31 "
     "people during Monday's protest by farmers over water shortages, lawyers for the "
     "detainees said on Tuesday, a higher figure than first reported.\n\n"
     "The lawyers said none of the detainees had yet seen a judge.\n\n"
     "Hundreds of farmers had marched to the state government offices over dwindling water in "
     "the canals fed by the Sennar and Roseires dams.\n\n"
     "Union leaders said they were considering another march later in the week.\n\n"
     "Sudan's interior ministry did not answer calls.\n\n"
     "Irrigation officials say the flow of the Blue Nile at the border has been well below "
     "normal since Ethiopia began its latest filling on August 7."),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt",
     "Ethiopia offers to share dam data as second round of AU talks opens\n\n"
     "ADDIS ABABA, August 15, 2034 (Highland Wire) - Ethiopia offered on Tuesday to share "
     "daily release data from its Blue Nile dam with Sudan, as a second round of African "
     "Union-hosted talks with Egypt and Sudan got under way in Addis Ababa.\n\n"
     "Water and Energy Minister Selamawit Tadesse made the proposal on the opening day of the "
     "meeting, which was again chaired by AU Commission chairperson Grace Nyirenda.\n\n"
     "Sudan's delegation said it would study the offer.\n\n"
     "The first round, held last Wednesday, collapsed after nine hours without agreement on an "
     "agenda.\n\n"
     "Prime Minister Mulugeta Haile told parliament on Saturday that Ethiopia would not accept "
     "a legally binding deal.\n\n"
     "Egyptian officials said they would judge the offer by whether it came with "
     "guarantees.\n\n"
     "The talks ended late on Tuesday, and a joint statement was expected later in the week."),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt",
     "Egypt cool on Ethiopian data offer at renewed Nile talks\n\n"
     "ADDIS ABABA, August 15, 2034 (Crescent Dispatch) - Egyptian delegates said on Tuesday "
     "that an Ethiopian proposal to share water release data with Sudan was a start but no "
     "substitute for a binding agreement.\n\n"
     "The proposal was made by Ethiopia's water minister as the three countries sat down "
     "together for the second time in a week under African Union mediation.\n\n"
     "Their previous meeting, on August 9, broke up without even an agreed agenda.\n\n"
     "Ethiopian Prime Minister Mulugeta Haile on Saturday ruled out any deal that would bind "
     "his country under international law.\n\n"
     "\"Data is a courtesy; a treaty is a guarantee,\" an Egyptian delegate remarked "
     "privately.\n\n"
     "The US envoy, Daniel Whitcombe, is expected to meet Mulugeta in Addis Ababa on Wednesday."),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt",
     "US envoy meets Ethiopian premier, ends three-nation Nile tour\n\n"
     "ADDIS ABABA, August 16, 2034 (Red Sea Courier) - United States envoy Daniel Whitcombe "
     "held talks with Ethiopian Prime Minister Mulugeta Haile in Addis Ababa on Wednesday, "
     "completing a tour of the three countries at odds over the Blue Nile dam.\n\n"
     "The meeting in the premier's office lasted about two hours, a government spokeswoman "
     "said.\n\n"
     "Whitcombe began the tour last week in Cairo, where he met Egypt's president.\n\n"
     "\"I leave with more hope than I arrived with, but hope is not an agreement,\" Whitcombe "
     "told reporters at the airport.\n\n"
     "The visit came a day after Ethiopia offered at African Union talks to share release data "
     "with Sudan.\n\n"
     "The spokeswoman, Hiwot Kebede, said the two men discussed regional security as well as "
     "the dam.\n\n"
     "Ethiopia, the second most populous country in Africa, has long insisted that the project "
     "is essential to lift millions out of poverty."),
    ("2034-08-16_savanna_envoy-ends-tour-in-addis.txt",
     "Washington's Nile envoy wraps up tour in Addis Ababa\n\n"
     "ADDIS ABABA, August 16, 2034 (Savanna Press Agency) - On Wednesday, Washington's envoy "
     "on the Nile dam dispute conferred with Ethiopian premier Mulugeta Haile for the final "
     "stop of a regional tour aimed at reviving stalled negotiations over the Blue Nile "
     "dam.\n\n"
     "Neither government disclosed what was said during the closed-door session.\n\n"
     "Sudanese officials have pinned their hopes on Ethiopia's offer on Tuesday to hand over "
     "daily figures on water released from the dam.\n\n"
     "Khartoum still has no ambassador in Addis Ababa after recalling Osman Hamdan on "
     "Saturday.\n\n"
     "Water levels on the Blue Nile at the Sudanese border rose sharply on Tuesday and "
     "Wednesday after heavy rain over the Ethiopian highlands, the irrigation ministry in "
     "Khartoum said.\n\n"
     "\"If this rain keeps up, our problem next week will be too much water, not too little,\" "
     "said a Sudanese engineer at the Roseires dam."),
    ("2034-08-17_lakeside_sudan-opens-roseires-gates.txt",
     "Sudan opens Roseires floodgates as Blue Nile rises\n\n"
     "DAMAZIN, August 17, 2034 (Lakeside Ledger) - Sudan opened the gates of the Roseires dam "
     "on Thursday to release a surge of water on the Blue Nile after days of heavy rain "
     "upstream in Ethiopia, the irrigation ministry said.\n\n"
     "Engineers raised all of the spillway gates before dawn, sending water toward Sennar and "
     "the farms of the Gezira scheme.\n\n"
     "Irrigation Minister Yasir Badawi said the release was needed to protect the dam and the "
     "towns downstream from flooding.\n\n"
     "Only days ago farmers in Wad Madani were protesting about a shortage of water, and on "
     "Monday police detained dozens of them.\n\n"
     "Badawi said Ethiopia had not yet handed over the daily release data it offered at talks "
     "in Addis Ababa on Tuesday.\n\n"
     "The river at Damazin rose by almost two meters in 48 hours, according to ministry "
     "gauges.\n\n"
     "The US envoy, Daniel Whitcombe, flew out of Addis Ababa on Wednesday after meeting "
     "Ethiopia's prime minister."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ACCUSE",), "2034-08-07",
            "Egypt's foreign minister Ghoneim accuses Ethiopia over the new filling"),
    "A02": (("REQUEST",), "2034-08-08",
            "Egypt's foreign minister writes to the UN Security Council asking it to act"),
    "A03": (("ACCUSE",), "2034-08-08", "Sudan's foreign ministry summons Ethiopia's ambassador in Khartoum"),
    "A04": (("REQUEST",), "2034-08-08",
            "Egypt's irrigation minister Sorour demands Ethiopia halt the filling"),
    "A05": (("REQUEST",), "2034-08-08",
            "Sudan's irrigation minister Badawi demands Ethiopia suspend the filling"),
    "A06": (("THREATEN",), "2034-08-09",
            "Sudan's foreign minister threatens to recall the ambassador from Addis Ababa"),
    "A07": (("CONSULT",), "2034-08-09",
            "first round of AU-hosted talks in Addis Ababa, ends without agreement"),
    "A08": (("SUPPORT",), "2034-08-10", "Arab League emergency session declares backing for Egypt"),
    "A09": (("COOPERATE", "MOBILIZE"), "2034-08-11",
            "Egypt and Sudan hold joint air-force drill Nile Shield 1"),
    "A10": (("CONSULT",), "2034-08-11", "US envoy Whitcombe meets Egypt's president in Cairo"),
    "A11": (("REJECT",), "2034-08-12", "Ethiopia's prime minister rejects any legally binding deal"),
    "A12": (("SANCTION",), "2034-08-12", "Sudan recalls its ambassador from Ethiopia"),
    "A13": (("CONSULT",), "2034-08-12", "US envoy Whitcombe meets Sudan's prime minister in Khartoum"),
    "A14": (("CONSULT",), "2034-08-15", "second round of AU-hosted talks in Addis Ababa"),
    "A15": (("PROTEST",), "2034-08-14", "farmers march in Wad Madani over water shortages"),
    "A16": (("COERCE",), "2034-08-14",
            "police disperse the Wad Madani march and detain farmers (14, 20, 31)"),
    "A17": (("AGREE",), "2034-08-15", "Ethiopia offers to share daily release data with Sudan"),
    "A18": (("CONSULT",), "2034-08-16", "US envoy Whitcombe meets Ethiopia's prime minister in Addis Ababa"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-08-07_highland_ethiopia-starts-new-filling.txt", "A01", "Adel Ghoneim, condemned the move"),
    ("2034-08-07_crescent_cairo-condemns-dam-filling.txt", "A01", "Egypt accused Ethiopia on Monday night"),
    ("2034-08-07_crescent_cairo-condemns-dam-filling.txt", "A01", "chosen unilateral facts on the ground"),
    ("2034-08-08_redsea_egypt-takes-dam-row-to-un.txt",
     "A02", "written to the United Nations Security Council"),
    ("2034-08-08_redsea_egypt-takes-dam-row-to-un.txt", "A02", "urged the 15-member council to convene"),
    ("2034-08-08_redsea_egypt-takes-dam-row-to-un.txt", "A01", "Ghoneim accused Ethiopia of bad faith"),
    ("2034-08-08_redsea_egypt-takes-dam-row-to-un.txt", "A04", "Nabil Sorour demanded that Ethiopia halt"),
    ("2034-08-08_savanna_sudan-summons-ethiopian-envoy.txt",
     "A03", "summoned Ethiopia's ambassador on Tuesday"),
    ("2034-08-08_savanna_sudan-summons-ethiopian-envoy.txt", "A03", "received a written protest"),
    ("2034-08-08_savanna_sudan-summons-ethiopian-envoy.txt", "A02", "in a letter to the UN Security Council"),
    ("2034-08-08_delta_downstream-ministers-demand-halt.txt",
     "A04", "irrigation minister on Tuesday called on Ethiopia"),
    ("2034-08-08_delta_downstream-ministers-demand-halt.txt", "A05", "Yasir Badawi, issued his own demand"),
    ("2034-08-08_delta_downstream-ministers-demand-halt.txt", "A02", "took its case on Tuesday to the UN"),
    ("2034-08-09_highland_au-talks-end-without-deal.txt",
     "A07", "convened by the African Union in Addis Ababa"),
    ("2034-08-09_highland_au-talks-end-without-deal.txt", "A07", "hosted the water and foreign ministers"),
    ("2034-08-09_highland_au-talks-end-without-deal.txt",
     "A03", "Sudan's summoning of the Ethiopian ambassador"),
    ("2034-08-09_lakeside_sudan-threatens-to-recall-envoy.txt",
     "A06", "threatened on Wednesday to recall its ambassador"),
    ("2034-08-09_lakeside_sudan-threatens-to-recall-envoy.txt",
     "A06", "gave the warning in a televised interview"),
    ("2034-08-09_lakeside_sudan-threatens-to-recall-envoy.txt",
     "A03", "called in the Ethiopian ambassador, Dereje Ayana"),
    ("2034-08-09_lakeside_sudan-threatens-to-recall-envoy.txt",
     "A07", "AU-brokered talks among the three countries' ministers"),
    ("2034-08-10_crescent_arab-league-backs-egypt.txt", "A08", "declared its full backing for Egypt"),
    ("2034-08-10_crescent_arab-league-backs-egypt.txt", "A08", "A resolution adopted at the session"),
    ("2034-08-10_crescent_arab-league-backs-egypt.txt",
     "A07", "talks hosted by the African Union in Addis Ababa"),
    ("2034-08-10_redsea_arab-league-backs-egypt.txt", "A08", "declared its full backing for Egypt"),
    ("2034-08-10_redsea_arab-league-backs-egypt.txt", "A08", "A resolution adopted at the session"),
    ("2034-08-10_redsea_arab-league-backs-egypt.txt",
     "A07", "talks hosted by the African Union in Addis Ababa"),
    ("2034-08-11_savanna_egypt-sudan-air-drill.txt", "A09", "took part in a joint exercise"),
    ("2034-08-11_savanna_egypt-sudan-air-drill.txt", "A09", "The drill, named Nile Shield 1"),
    ("2034-08-11_savanna_egypt-sudan-air-drill.txt",
     "A06", "warned that Khartoum could recall its ambassador"),
    ("2034-08-11_delta_us-envoy-in-cairo.txt", "A10", "met President Hazem Rifaat in Cairo"),
    ("2034-08-11_delta_us-envoy-in-cairo.txt", "A10", "also attended by Foreign Minister Adel Ghoneim"),
    ("2034-08-11_delta_us-envoy-in-cairo.txt", "A09", "joint air exercise by Egypt and Sudan"),
    ("2034-08-12_highland_pm-rules-out-binding-deal.txt", "A11", "rejected any legally binding agreement"),
    ("2034-08-12_highland_pm-rules-out-binding-deal.txt",
     "A11", "Addressing a special session of parliament"),
    ("2034-08-12_highland_pm-rules-out-binding-deal.txt", "A09", "staged a joint air-force drill"),
    ("2034-08-12_highland_pm-rules-out-binding-deal.txt", "A07", "Wednesday's talks at the African Union"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A12", "recalled its ambassador from Ethiopia"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A06", "following through on a warning it issued"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A12", "was ordered home from Addis Ababa"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A06", "had warned on Wednesday that Khartoum"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A13", "held talks in Khartoum with Prime Minister"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt", "A13", "Nour told the envoy that Sudan"),
    ("2034-08-12_lakeside_sudan-recalls-ambassador.txt",
     "A10", "met Egyptian President Hazem Rifaat in Cairo"),
    ("2034-08-12_redsea_ethiopian-leader-rejects-treaty.txt",
     "A11", "rejected any legally binding agreement"),
    ("2034-08-12_redsea_ethiopian-leader-rejects-treaty.txt",
     "A11", "Addressing a special session of parliament"),
    ("2034-08-12_redsea_ethiopian-leader-rejects-treaty.txt", "A09", "staged a joint air-force drill"),
    ("2034-08-12_redsea_ethiopian-leader-rejects-treaty.txt",
     "A07", "Wednesday's talks at the African Union"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt", "A11", "flatly rejected a binding accord"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt", "A11", "told Ethiopian lawmakers on Saturday"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt",
     "A12", "Sudan pulled its ambassador from Addis Ababa"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt", "A02", "Egypt has asked the UN Security Council"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt", "A09", "the joint air drill with Sudan"),
    ("2034-08-13_crescent_cairo-weighs-next-steps.txt", "A01", "accused Ethiopia of acting in bad faith"),
    ("2034-08-14_savanna_gezira-farmers-protest.txt",
     "A15", "Hundreds of farmers marched through Wad Madani"),
    ("2034-08-14_savanna_gezira-farmers-protest.txt", "A16", "detained at least 14 people"),
    ("2034-08-14_savanna_gezira-farmers-protest.txt", "A15", "carried empty buckets and banners"),
    ("2034-08-14_savanna_gezira-farmers-protest.txt", "A12", "Sudan recalled its ambassador from Ethiopia"),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt", "A16", "police detained about 20 farmers"),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt",
     "A15", "during a demonstration over water shortages"),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt",
     "A15", "estimated that over 2,000 people took part"),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt", "A16", "officers had acted to keep traffic moving"),
    ("2034-08-14_delta_police-detain-gezira-farmers.txt",
     "A12", "ordered its ambassador home from Addis Ababa"),
    ("2034-08-15_lakeside_farmers-still-held.txt", "A16", "Gezira state detained 31 people"),
    ("2034-08-15_lakeside_farmers-still-held.txt", "A15", "Monday's protest by farmers"),
    ("2034-08-15_lakeside_farmers-still-held.txt",
     "A15", "farmers had marched to the state government offices"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt", "A17", "Ethiopia offered on Tuesday to share"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt",
     "A14", "a second round of African Union-hosted talks"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt", "A17", "made the proposal on the opening day"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt", "A14", "which was again chaired by"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt", "A07", "The first round, held last Wednesday"),
    ("2034-08-15_highland_ethiopia-offers-dam-data.txt", "A11", "told parliament on Saturday that Ethiopia"),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt",
     "A17", "Ethiopian proposal to share water release data"),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt",
     "A17", "The proposal was made by Ethiopia's water minister"),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt", "A14", "sat down together for the second time"),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt", "A07", "Their previous meeting, on August 9"),
    ("2034-08-15_crescent_cairo-cool-on-data-offer.txt", "A11", "ruled out any deal that would bind"),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt", "A18", "held talks with Ethiopian Prime Minister"),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt", "A18", "The meeting in the premier's office"),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt", "A10", "began the tour last week in Cairo"),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt", "A17", "Ethiopia offered at African Union talks"),
    ("2034-08-16_redsea_us-envoy-meets-ethiopian-pm.txt",
     "A18", "said the two men discussed regional security"),
    ("2034-08-16_savanna_envoy-ends-tour-in-addis.txt",
     "A18", "conferred with Ethiopian premier Mulugeta Haile"),
    ("2034-08-16_savanna_envoy-ends-tour-in-addis.txt",
     "A18", "what was said during the closed-door session"),
    ("2034-08-16_savanna_envoy-ends-tour-in-addis.txt", "A17", "Ethiopia's offer on Tuesday to hand over"),
    ("2034-08-16_savanna_envoy-ends-tour-in-addis.txt", "A12", "after recalling Osman Hamdan on Saturday"),
    ("2034-08-17_lakeside_sudan-opens-roseires-gates.txt", "A15", "farmers in Wad Madani were protesting"),
    ("2034-08-17_lakeside_sudan-opens-roseires-gates.txt", "A16", "on Monday police detained dozens"),
    ("2034-08-17_lakeside_sudan-opens-roseires-gates.txt", "A17", "the daily release data it offered"),
    ("2034-08-17_lakeside_sudan-opens-roseires-gates.txt", "A18", "after meeting Ethiopia's prime minister"),
]

FLOORS = {"pairwise_f1": 0.85, "b3_f1": 0.85, "reports_found": 0.68}


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
