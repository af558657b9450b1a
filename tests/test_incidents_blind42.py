"""Blind incident batch 42: a Pakistan-Taliban border crisis, for grouping events into incidents.

The forty-second blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: eleven days (Monday October 9 to Thursday October 19, 2034) of a dispute between Pakistan and
Afghanistan's Taliban. Pakistani jets bomb alleged militant hideouts in Khost and Paktika (the toll rises from
eight to 11); Taliban fighters fire on Pakistani border posts in Kurram; Pakistan shuts the Torkham crossing
and the Taliban summon Pakistan's ambassador in Kabul; Pakistan deports more than 9,000 Afghans in a day and
traders block the Torkham highway; Qatar hosts a first round of talks in Doha; a suicide car bomb kills
soldiers near Mir Ali (seven, then nine), Islamabad blames the Pakistani Taliban sheltered in Afghanistan and
the defence minister threatens new strikes; Pakistani jets then bomb Kunar and Nangarhar; China calls for
restraint; the foreign and interior ministers each demand that Kabul hand over TTP leaders and the Taliban
refuse; Turkey hosts a second round in Istanbul; both sides agree a ceasefire and Pakistan reopens Torkham.

Everything in it is synthetic: the outlets (Crescent Wire, Frontier Dispatch, Orbit News Agency, Indus
Bulletin, Caspian Tribune, Summit Post Service) and the people are invented, the countries and places are
real, the events never happened and the dates lie in the future. There are 25 documents, among them one
verbatim syndicated copy (the Doha story, credited to a second outlet with a closing credit line) and one
lightly edited copy (the Istanbul story).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; it carries the PLOVER type the CAMEO2PLOVER-2021 codebook gives, and
a second type only where the codebook allows two readings (closing a border crossing: SANCTION or COERCE;
agreeing a ceasefire: RETREAT or AGREE). Its date is the day it happened. REPORTS lists every sentence that
reports an act that happened, follow-ups and background recaps ("last Monday's strikes in Khost") and quotes
that tell the act included, with a cue of 3 to 8 words found once in its file; a sentence reporting two acts
of different types has two entries, and no sentence reports two acts of one type. Not listed: planned,
promised-but-undone, threatened-but-undone, demanded-but-undone, hypothetical or denied acts (the threat,
demand or promise itself is an act), acts more than a year before, statistics and tallies, opinions, and bare
back-references where an earlier act is only the object of another act or remark ("blamed the bombing on ...",
"has not commented on the bombing"); a recap that names the act's day, place or toll is listed. Look-alikes
kept apart: two rounds of Pakistani air strikes five days apart (A01, A11), two rounds of talks (A07 Doha, A16
Istanbul), two ministers of one government making the same demand on the same day (A13, A14), the threat of
strikes (A10) and the strikes that followed (A11), two summons-or-blame accusations by the two sides on
different days (A04, A09), the closing and the reopening of Torkham (A03, A18).

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the thirteenth session (2026-12-02), d24e5b4, whose code is a0e2745
(written to be read), with `figures`: **pairwise F1 0.766** (precision 0.946, recall 0.644), B-cubed F1 0.808,
reports found 0.781.
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
    ("2034-10-09_crescentwire_pakistani-jets-hit-khost-paktika.txt",
     "Pakistani jets hit suspected militant hideouts in eastern Afghanistan, eight dead\n\n"
     "KABUL, October 9, 2034 (Crescent Wire) - Pakistani warplanes bombed suspected militant hideouts in the "
     "Afghan border provinces of Khost and Paktika early on Monday, killing at least eight people, Taliban "
     "officials said.\n\n"
     "Mohammad Rahim Zadran, a spokesman for the Khost governor, said the jets struck two compounds in "
     "Sperah district shortly before dawn and that women and children were among the dead.\n\n"
     "A third target was hit near the town of Barmal in neighbouring Paktika, he said.\n\n"
     "Pakistan's military did not immediately comment, but two security officials in Peshawar, who would not "
     "be identified, said the raids targeted commanders of the Tehrik-e-Taliban Pakistan, or TTP.\n\n"
     "The TTP is a separate movement from Afghanistan's rulers but shares their ideology, and Islamabad says "
     "its fighters cross the 2,600-kilometre frontier at will.\n\n"
     "\"These were farmers, not fighters,\" Zadran said by telephone, adding that villagers were still "
     "digging through the rubble.\n\n"
     "Relations between the two neighbours have deteriorated steadily since the Taliban swept back into "
     "Kabul in the summer of 2021.\n\n"
     "Pakistan has carried out cross-border raids before, most recently in 2025, but rarely this deep inside "
     "Afghan territory."),
    ("2034-10-09_frontierdispatch_pakistan-strikes-ttp-across-border.txt",
     "Pakistan strikes TTP targets across Afghan border, security sources say\n\n"
     "PESHAWAR, October 9, 2034 (Frontier Dispatch) - Pakistan's air force carried out raids overnight on "
     "what security officials described as hideouts of the Pakistani Taliban inside Afghanistan, two "
     "officials said on Monday.\n\n"
     "The jets hit targets in Khost and Paktika provinces, across the frontier from North Waziristan, one of "
     "the officials said.\n\n"
     "Taliban authorities in Khost put the death toll at eight, including three children, a figure the "
     "Pakistani officials did not accept.\n\n"
     "\"We hit the people who planned the attacks on our soldiers, nobody else,\" one of them said.\n\n"
     "Attacks by militants across Khyber Pakhtunkhwa have surged since 2022, and government figures show "
     "hundreds of police and soldiers killed.\n\n"
     "The TTP, which seeks to impose its own harsh reading of Islamic law in Pakistan, made no immediate "
     "comment.\n\n"
     "For years Islamabad has complained that Kabul lets the group operate from Afghan soil, while the "
     "Taliban insist the TTP is a Pakistani problem."),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt",
     "Taliban forces open fire on Pakistani border posts in Kurram\n\n"
     "ISLAMABAD, October 10, 2034 (Orbit News Agency) - Afghan Taliban fighters fired mortars and machine "
     "guns at several Pakistani frontier posts in Kurram district on Tuesday, Pakistan's military said.\n\n"
     "Two Pakistani soldiers suffered wounds in the assault, the army's press wing reported.\n\n"
     "On Monday, Pakistani aircraft struck what Islamabad called militant hideouts in Khost and Paktika "
     "provinces of eastern Afghanistan.\n\n"
     "Taliban officials said on Tuesday that the toll from those strikes had risen to 11, after three "
     "wounded villagers died in hospital.\n\n"
     "A Taliban defence ministry spokesman, Enayatullah Wardak, said border forces had responded to "
     "Pakistani provocations, but gave no details.\n\n"
     "Pakistani authorities also shut the main Torkham crossing on Tuesday afternoon, halting trade and "
     "travel, a customs official said.\n\n"
     "Kurram, a district of some 800,000 people, has a long history of sectarian violence, and its only road "
     "to Peshawar is often cut.\n\n"
     "The neighbours last fought serious border battles in 2025."),
    ("2034-10-10_indusbulletin_pakistan-shuts-torkham.txt",
     "Pakistan shuts Torkham crossing as border tension with Kabul mounts\n\n"
     "PESHAWAR, October 10, 2034 (Indus Bulletin) - Pakistan closed the Torkham border crossing with "
     "Afghanistan on Tuesday, leaving long lines of lorries carrying coal, cement and fresh produce stuck on "
     "either side.\n\n"
     "The decision was taken on security grounds and would stay in force until further notice, the deputy "
     "commissioner of Khyber district, Asad Mehmood Afridi, told reporters.\n\n"
     "Hours earlier, Taliban forces had targeted Pakistani posts in Kurram, some 120 kilometres to the "
     "southwest, wounding two soldiers.\n\n"
     "Taliban officials say Pakistani air raids before dawn on Monday killed 11 people in Khost and "
     "Paktika.\n\n"
     "Torkham is the busiest crossing between the two countries, and traders say every day it stays shut "
     "costs them around 1.5 million dollars.\n\n"
     "\"Our drivers are sleeping in their cabs with no food and no toilets,\" said Ziaul Haq Sarhadi, a "
     "customs agent in Peshawar.\n\n"
     "Pakistan has shut the crossing several times in recent years, including for almost a month in 2023.\n\n"
     "Officials in Kabul gave no immediate reaction."),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt",
     "Taliban summon Pakistan's ambassador over deadly air strikes\n\n"
     "KABUL, October 10, 2034 (Caspian Tribune) - Afghanistan's Taliban-run foreign ministry summoned "
     "Pakistan's ambassador on Tuesday over air strikes that it said killed 11 civilians in two eastern "
     "provinces.\n\n"
     "Ambassador Naveed Anjum Bhatti was handed a formal note of protest, ministry spokesman Abdul Qahar "
     "Sarwari wrote on X.\n\n"
     "According to Sarwari, the note described the bombing of Khost and Paktika early on Monday as a "
     "violation of Afghan sovereignty.\n\n"
     "Pakistan's embassy in Kabul declined to comment.\n\n"
     "Taliban officials raised the death toll to 11 from eight on Tuesday after three of the wounded "
     "died.\n\n"
     "Hundreds of mourners attended funeral prayers in Sperah district on Monday evening.\n\n"
     "Sabina Hotak, a researcher at the Kabul Policy Circle, said the Taliban had few options beyond "
     "diplomatic protests.\n\n"
     "\"They have no air force, and they depend on trade through Pakistan,\" she said."),
    ("2034-10-11_summitpost_pakistan-expels-afghans-at-chaman.txt",
     "Pakistan expels thousands of Afghans in a single day as Taliban row deepens\n\n"
     "QUETTA, October 11, 2034 (Summit Post Service) - Pakistan deported more than 9,000 Afghan refugees "
     "through the Chaman border crossing on Wednesday, the largest number in a single day this year, "
     "provincial officials said.\n\n"
     "Families were loaded onto buses in Quetta and nearby towns and driven to the frontier, relatives "
     "said.\n\n"
     "Most of those expelled had spent decades in Pakistan and lacked a valid visa or registration card, "
     "according to officials.\n\n"
     "With Torkham shut since Tuesday, Chaman in Baluchistan province is the only major crossing between the "
     "two countries still open.\n\n"
     "Pakistan began its campaign against undocumented foreigners in late 2023, and well over a million "
     "Afghans have left since, according to United Nations figures.\n\n"
     "\"I was born in Peshawar. I have never seen Afghanistan,\" said Gul Bibi, 46, waiting with her five "
     "children at the Chaman gate.\n\n"
     "Aid workers on the Afghan side said many arrived carrying nothing but a few bags of clothes."),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "Traders block highway near Torkham in protest at border closure\n\n"
     "LANDI KOTAL, October 11, 2034 (Frontier Dispatch) - Hundreds of traders and truck drivers blocked the "
     "main highway to the Torkham border on Wednesday, chanting slogans against the government's decision to "
     "close the crossing.\n\n"
     "The protesters parked lorries across the road at Landi Kotal bazaar and burned tyres for several hours "
     "before dispersing peacefully in the evening.\n\n"
     "\"Every day of closure means rotting fruit and unpaid loans,\" said Haji Sher Afzal Shinwari, who "
     "heads the local traders' association.\n\n"
     "Pakistan shut Torkham on Tuesday, citing security, after Taliban fighters shot at Pakistani posts in "
     "Kurram.\n\n"
     "Bilateral trade through the crossing was worth about 1.6 billion dollars last year, according to the "
     "chamber of commerce in Peshawar.\n\n"
     "Police stood by without stepping in, according to a district official.\n\n"
     "Customs officials said about 5,000 vehicles were now stuck on both sides."),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt",
     "Deportations of Afghans soar as Islamabad turns up pressure on Taliban\n\n"
     "ISLAMABAD, October 11, 2034 (Crescent Wire) - Pakistani authorities expelled thousands of Afghans on "
     "Wednesday, stepping up a deportation drive as relations with the Taliban government in Kabul hit a new "
     "low.\n\n"
     "Officials in Baluchistan said 9,400 people crossed into Afghanistan at Chaman during the day, the "
     "majority of them children and their mothers.\n\n"
     "Interior ministry officials have long described undocumented Afghans as a security risk.\n\n"
     "On Tuesday, the Taliban's foreign ministry called in Pakistan's envoy in Kabul over Monday's air "
     "strikes in Khost and Paktika.\n\n"
     "The same day, Pakistan closed the Torkham crossing, the main route for Afghan imports.\n\n"
     "Aid agencies estimate that Afghanistan has taken in more than two million people sent back from "
     "Pakistan and Iran since 2023.\n\n"
     "\"We cannot feed them, we cannot house them,\" said a Taliban official at a reception camp in Spin "
     "Boldak, who declined to be identified."),
    ("2034-10-12_orbitnews_pakistan-taliban-hold-doha-talks.txt",
     "Pakistan and Taliban hold first talks in Doha as Qatar steps in\n\n"
     "DOHA, October 12, 2034 (Orbit News Agency) - Pakistani and Afghan Taliban officials met in Doha on "
     "Thursday for talks hosted by Qatar, aimed at easing the worst crisis between the neighbours in "
     "years.\n\n"
     "Deputy Foreign Minister Kamran Yousafzai headed Pakistan's team, while the Taliban sent their own "
     "deputy foreign minister, Mawlawi Abdul Basir Sahak.\n\n"
     "Qatar's Minister of State Hamad al-Marri presided over the roughly five-hour session, a Qatari "
     "official said.\n\n"
     "The meeting was held at a government guesthouse on the city's northern outskirts, away from "
     "reporters.\n\n"
     "Neither side issued a statement afterwards.\n\n"
     "A Pakistani diplomat described the discussions as frank and said another meeting was possible.\n\n"
     "Qatar has a long record of mediating with the Taliban and hosted the talks that produced the 2020 "
     "agreement on the withdrawal of US troops.\n\n"
     "In Kabul, Taliban chief spokesman Noorullah Hamdard said his government wanted \"good relations with "
     "all neighbours.\""),
    ("2034-10-12_indusbulletin_pakistan-taliban-hold-doha-talks.txt",
     "Pakistan and Taliban hold first talks in Doha as Qatar steps in\n\n"
     "DOHA, October 12, 2034 (Indus Bulletin) - Pakistani and Afghan Taliban officials met in Doha on "
     "Thursday for talks hosted by Qatar, aimed at easing the worst crisis between the neighbours in "
     "years.\n\n"
     "Deputy Foreign Minister Kamran Yousafzai headed Pakistan's team, while the Taliban sent their own "
     "deputy foreign minister, Mawlawi Abdul Basir Sahak.\n\n"
     "Qatar's Minister of State Hamad al-Marri presided over the roughly five-hour session, a Qatari "
     "official said.\n\n"
     "The meeting was held at a government guesthouse on the city's northern outskirts, away from "
     "reporters.\n\n"
     "Neither side issued a statement afterwards.\n\n"
     "A Pakistani diplomat described the discussions as frank and said another meeting was possible.\n\n"
     "Qatar has a long record of mediating with the Taliban and hosted the talks that produced the 2020 "
     "agreement on the withdrawal of US troops.\n\n"
     "In Kabul, Taliban chief spokesman Noorullah Hamdard said his government wanted \"good relations with "
     "all neighbours.\"\n\n"
     "Orbit News Agency first published this story."),
    ("2034-10-12_caspiantribune_qatar-brings-sides-to-table.txt",
     "Qatar brings Islamabad and Kabul to the table after days of clashes\n\n"
     "DOHA, October 12, 2034 (Caspian Tribune) - Qatar hosted envoys from Pakistan and Afghanistan's Taliban "
     "government on Thursday in a first attempt to calm a dispute that has spiralled since Monday.\n\n"
     "The two delegations sat across a table from each other, a first since the trouble started on Monday, "
     "with Qatari officials shuttling between them during breaks, according to a diplomat with knowledge of "
     "the proceedings.\n\n"
     "Pakistan's main grievance is the presence in Afghanistan of fighters from the Tehrik-e-Taliban "
     "Pakistan, a militant group responsible for hundreds of deaths among Pakistani troops and police since "
     "2022.\n\n"
     "Kabul, for its part, wants an end to the deportations and to air raids such as the ones that killed 11 "
     "people in Khost and Paktika on Monday.\n\n"
     "No joint statement was issued, and members of both delegations left without speaking to reporters.\n\n"
     "\"Both sides need the border open more than they admit,\" said Farhan Siddiqui, a security analyst in "
     "Islamabad."),
    ("2034-10-13_frontierdispatch_suicide-bomber-hits-army-convoy.txt",
     "Suicide bomber kills seven Pakistani soldiers in North Waziristan\n\n"
     "BANNU, October 13, 2034 (Frontier Dispatch) - A suicide attacker steered a car full of explosives into "
     "an army convoy near Mir Ali in North Waziristan on Friday, killing seven soldiers and wounding 15, "
     "security officials said.\n\n"
     "The blast destroyed two armoured vehicles and damaged a row of shops along the road, a local police "
     "official said.\n\n"
     "No group immediately claimed responsibility.\n\n"
     "Pakistan's government blamed the Tehrik-e-Taliban Pakistan, saying the bombing had been planned by TTP "
     "commanders sheltering in Afghanistan.\n\n"
     "The attack was one of the deadliest on Pakistani troops this year, according to a Frontier Dispatch "
     "tally.\n\n"
     "North Waziristan, once the TTP's main stronghold, was the target of a large army offensive in 2014.\n\n"
     "Shopkeepers in Mir Ali kept their shutters down until evening."),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "Islamabad blames Afghan-based militants for convoy bombing, warns of response\n\n"
     "ISLAMABAD, October 13, 2034 (Summit Post Service) - Pakistan on Friday accused Pakistani Taliban "
     "fighters based in Afghanistan of carrying out a suicide attack that killed seven soldiers in the "
     "northwest, and said Kabul was failing to rein them in.\n\n"
     "\"The trail leads straight back across the border, to men the Taliban shelter and feed,\" Interior "
     "Minister Shahzad Khattak told a news conference.\n\n"
     "Defence Minister Haroon Ashfaq warned separately that Pakistan would strike militant hideouts in "
     "Afghanistan again if attacks continued.\n\n"
     "\"Nobody should doubt that we will hit them again,\" Ashfaq said in a televised interview on Friday "
     "evening.\n\n"
     "Seven soldiers died and 15 were wounded when a suicide bomber drove into an army convoy near Mir Ali "
     "in North Waziristan on Friday morning.\n\n"
     "Earlier in the week, Pakistani jets struck targets in Khost and Paktika provinces of eastern "
     "Afghanistan.\n\n"
     "Kabul did not react straight away.\n\n"
     "Pakistan recorded more than 900 deaths in militant violence in 2033, the highest figure in a decade, "
     "according to an Islamabad research group."),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "Pakistan threatens fresh strikes in Afghanistan after convoy attack\n\n"
     "ISLAMABAD, October 13, 2034 (Crescent Wire) - Pakistan's defence minister threatened on Friday to "
     "order new air strikes inside Afghanistan, hours after a suicide bomber killed at least seven soldiers "
     "in the country's northwest.\n\n"
     "Haroon Ashfaq told a private television channel that the armed forces were ready and that \"no hideout "
     "will be out of reach.\"\n\n"
     "Interior Minister Shahzad Khattak earlier blamed TTP fighters who he said live openly in Afghanistan "
     "under Taliban protection.\n\n"
     "The convoy was travelling from Mir Ali to Miranshah when it was hit, officials said.\n\n"
     "Kabul has no air defences to speak of, and its forces rely largely on rifles, mortars and a handful of "
     "captured armoured vehicles.\n\n"
     "Security analyst Farhan Siddiqui said Pakistan's leaders were under heavy public pressure to be seen "
     "to respond.\n\n"
     "Qatar hosted the first direct talks between Islamabad and Kabul in Doha on Thursday."),
    ("2034-10-14_orbitnews_convoy-bombing-toll-rises-to-nine.txt",
     "Toll in North Waziristan convoy bombing rises to nine\n\n"
     "PESHAWAR, October 14, 2034 (Orbit News Agency) - Two more Pakistani soldiers died of their wounds on "
     "Saturday, taking the number killed in Friday's suicide car bombing in North Waziristan to nine, the "
     "army said.\n\n"
     "Funeral prayers for the soldiers were held at a garrison in Bannu, attended by the army chief and the "
     "provincial governor.\n\n"
     "Interior Minister Shahzad Khattak on Friday blamed the bombing on the Pakistani Taliban, saying its "
     "leaders were being sheltered in Afghanistan.\n\n"
     "Defence Minister Haroon Ashfaq also warned that Pakistan could carry out more air strikes in "
     "Afghanistan.\n\n"
     "Afghanistan's Taliban government has not responded publicly to either statement.\n\n"
     "The TTP has not commented on the bombing.\n\n"
     "Pakistan's military says more than 400 soldiers and police have been killed in the northwest so far "
     "this year."),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "Pakistan launches new air strikes in eastern Afghanistan\n\n"
     "KABUL, October 15, 2034 (Indus Bulletin) - Pakistani aircraft struck targets in the Afghan provinces "
     "of Kunar and Nangarhar late on Saturday, killing six people, Taliban officials said.\n\n"
     "A spokesman for the Kunar governor said the jets hit a house and a religious school in Dangam "
     "district, and that two of the dead were students.\n\n"
     "Pakistan's military confirmed the operation on Sunday, saying it had destroyed \"terrorist "
     "infrastructure\" belonging to the Tehrik-e-Taliban Pakistan.\n\n"
     "The raids followed a threat by Defence Minister Haroon Ashfaq on Friday to hit militant sanctuaries "
     "across the border.\n\n"
     "Nine soldiers were killed in Friday's suicide bombing in North Waziristan, which Islamabad blamed on "
     "the Pakistani Taliban.\n\n"
     "Taliban officials also said the toll from last Monday's strikes in Khost and Paktika had reached "
     "11.\n\n"
     "\"We heard the planes, then the whole valley shook,\" said Abdul Wali, 52, a resident of Dangam.\n\n"
     "Kunar's steep, forested valleys have sheltered militants of many stripes for decades."),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "Six killed as Pakistani jets bomb Kunar and Nangarhar\n\n"
     "JALALABAD, October 15, 2034 (Caspian Tribune) - Six people, including two religious students, were "
     "killed when Pakistani warplanes bombed villages in Kunar and Nangarhar provinces late on Saturday, "
     "Afghan officials said on Sunday.\n\n"
     "In Nangarhar, a strike in Lalpur district flattened a mud-brick compound, the provincial information "
     "department said.\n\n"
     "Pakistan said the raids targeted commanders of the Pakistani Taliban.\n\n"
     "Islamabad blamed the group for Friday's car bombing of a military convoy near Mir Ali, in which nine "
     "soldiers died.\n\n"
     "Hundreds of people attended funerals in Asadabad, the Kunar provincial capital, on Sunday morning.\n\n"
     "Over the years Kunar's mountains have hidden fighters of several movements, from Arab volunteers in "
     "the 2000s to Islamic State loyalists more recently.\n\n"
     "The strikes were the first since Pakistan's defence minister threatened on Friday to go after militant "
     "hideouts inside Afghanistan."),
    ("2034-10-15_summitpost_china-urges-restraint.txt",
     "China urges Pakistan and Afghanistan to show restraint\n\n"
     "BEIJING, October 15, 2034 (Summit Post Service) - China called on Pakistan and Afghanistan on Sunday "
     "to show restraint and resolve their dispute by talking, after Pakistani jets bombed targets in two "
     "eastern Afghan provinces overnight.\n\n"
     "\"As a friendly neighbour of both countries, China hopes the two sides will stay calm and avoid steps "
     "that could escalate tensions,\" foreign ministry spokeswoman Lu Meiqing said in a statement.\n\n"
     "Beijing has invested heavily in Pakistan through the China-Pakistan Economic Corridor and has courted "
     "the Taliban with mining and oil contracts.\n\n"
     "Chinese officials have hosted three-way meetings with the Pakistani and Taliban foreign ministers "
     "several times since 2023.\n\n"
     "Six people were killed in the overnight raids on Kunar and Nangarhar, according to Taliban "
     "officials.\n\n"
     "China shares a short, remote border with Afghanistan along the Wakhan Corridor."),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "Pakistan demands Taliban hand over militant leaders; Kabul refuses\n\n"
     "ISLAMABAD, October 16, 2034 (Crescent Wire) - Pakistan's foreign minister on Monday demanded that "
     "Afghanistan's Taliban government hand the top commanders of the Pakistani Taliban over to Islamabad, "
     "calling it the only way to end the cross-border crisis.\n\n"
     "Rukhsana Qizilbash told the Senate that Kabul must surrender 14 named commanders \"without conditions "
     "or delay.\"\n\n"
     "Later on Monday, Interior Minister Shahzad Khattak made the same call in his own statement, urging the "
     "Taliban to give up the TTP's leadership.\n\n"
     "Hours later, Taliban spokesman Noorullah Hamdard rejected the demands, saying there were no Pakistani "
     "militants in Afghanistan.\n\n"
     "\"There is nobody here to hand over,\" Hamdard wrote on X.\n\n"
     "Pakistan's air force struck Kunar and Nangarhar provinces late on Saturday, killing six people, "
     "according to Taliban officials.\n\n"
     "The two countries have no extradition treaty, and the Taliban have turned down similar requests in the "
     "past.\n\n"
     "Turkish diplomats said Istanbul would host the next round of negotiations on Tuesday."),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "Taliban reject Pakistani call to surrender TTP commanders\n\n"
     "KABUL, October 16, 2034 (Frontier Dispatch) - Afghanistan's Taliban on Monday rejected Pakistan's "
     "demand that they extradite the chiefs of the banned Tehrik-e-Taliban Pakistan, saying none of them "
     "were in Afghanistan.\n\n"
     "\"We will not hand over anyone to anyone,\" chief spokesman Noorullah Hamdard told Frontier Dispatch "
     "by telephone.\n\n"
     "Foreign Minister Rukhsana Qizilbash had earlier told Pakistan's Senate that the Taliban must surrender "
     "14 commanders of the group.\n\n"
     "Interior Minister Shahzad Khattak issued a similar call in a separate statement.\n\n"
     "The TTP has fought the Pakistani state since 2007 and carried out the 2014 attack on an army-run "
     "school in Peshawar that killed more than 140 people, most of them children.\n\n"
     "Pakistan's air raids on Saturday night in Kunar killed six people, Afghan officials say.\n\n"
     "Analysts say the Taliban cannot move against the TTP without risking a split in their own ranks, since "
     "fighters of both movements fought side by side for two decades."),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "Pakistan, Taliban resume talks in Istanbul under Turkish mediation\n\n"
     "ISTANBUL, October 17, 2034 (Orbit News Agency) - Negotiators from Pakistan and Afghanistan's Taliban "
     "government sat down for a second set of negotiations in Istanbul on Tuesday, with Turkey and Qatar "
     "acting as mediators.\n\n"
     "Turkish Foreign Minister Kerem Ozbilgin opened the meeting at the Dolmabahce Palace office and then "
     "left the delegations to negotiate behind closed doors.\n\n"
     "The first round, hosted by Qatar in Doha last Thursday, ended without any agreement.\n\n"
     "Since then, nine Pakistani soldiers have died in a suicide bombing in North Waziristan.\n\n"
     "Pakistani jets then struck Kunar and Nangarhar provinces on Saturday night.\n\n"
     "A Pakistani official said the delegation would press for written guarantees on the TTP, while the "
     "Taliban want deportations halted and Torkham reopened.\n\n"
     "\"Everyone in the room knows the cost of failure,\" Ozbilgin told reporters before the session."),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt",
     "Turkey hosts second round of Pakistan-Taliban talks\n\n"
     "ISTANBUL, October 17, 2034 (Caspian Tribune) - Negotiators from Pakistan and Afghanistan's Taliban "
     "government sat down for a second set of negotiations in Istanbul on Tuesday, with Turkey and Qatar "
     "mediating.\n\n"
     "Turkish Foreign Minister Kerem Ozbilgin opened the meeting at the Dolmabahce Palace office before "
     "leaving the delegations to negotiate behind closed doors.\n\n"
     "The first round, hosted by Qatar in Doha last Thursday, ended without agreement.\n\n"
     "Since then, nine Pakistani soldiers have lost their lives in a suicide bombing in North Waziristan.\n\n"
     "Pakistani jets then struck Kunar and Nangarhar on Saturday night.\n\n"
     "Pakistan wants written guarantees on the TTP, while the Taliban want deportations halted and Torkham "
     "reopened, officials said.\n\n"
     "\"Everyone in the room knows the cost of failure,\" Ozbilgin said before the session."),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt",
     "Pakistan and Taliban agree ceasefire after Istanbul talks\n\n"
     "ISTANBUL, October 18, 2034 (Summit Post Service) - Pakistan and Afghanistan's Taliban agreed on "
     "Wednesday to stop fighting along their shared frontier with immediate effect, according to the Turkish "
     "foreign ministry, in a bid to end the worst crisis between the neighbours in years.\n\n"
     "Under the truce, in force from noon, both sides will halt cross-border fire and hold further talks in "
     "Doha next month, the ministry said.\n\n"
     "Pakistan's foreign ministry confirmed the deal in a brief statement.\n\n"
     "The deal was announced a day after a round of talks in Istanbul that ran late into Tuesday night, "
     "diplomats said.\n\n"
     "The text released by Ankara does not mention the Tehrik-e-Taliban Pakistan, the group at the heart of "
     "the dispute.\n\n"
     "\"Call it a first step and nothing more,\" said Sabina Hotak of the Kabul Policy Circle.\n\n"
     "Traders in Peshawar said they hoped Torkham, shut since October 10, would reopen within days."),
    ("2034-10-18_indusbulletin_ceasefire-brings-calm-to-kurram.txt",
     "Calm returns to Kurram as Pakistan-Taliban ceasefire takes hold\n\n"
     "PESHAWAR, October 18, 2034 (Indus Bulletin) - Guns fell silent along the Pakistan-Afghanistan border "
     "on Wednesday after the two sides agreed to a ceasefire brokered by Turkey and Qatar, residents and "
     "officials said.\n\n"
     "In Kurram, where Taliban forces fired on Pakistani border posts eight days ago, shopkeepers raised "
     "their shutters again after a week.\n\n"
     "\"We slept without hearing mortars for the first time,\" said Iqbal Hussain Turi, a teacher in "
     "Parachinar.\n\n"
     "The truce commits both governments to stop attacks across the frontier, according to the text "
     "published by Turkey.\n\n"
     "It does not address the Torkham crossing, which Pakistan closed on October 10.\n\n"
     "More than 30,000 Afghans have been deported since the crisis began, according to United Nations "
     "estimates.\n\n"
     "Pakistani officials said a decision on reopening the crossing would be taken by the federal cabinet."),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt",
     "Pakistan reopens Torkham crossing a day after truce\n\n"
     "TORKHAM, October 19, 2034 (Frontier Dispatch) - Pakistan reopened the Torkham border crossing with "
     "Afghanistan on Thursday, nine days after closing it, and the first trucks loaded with coal and fresh "
     "fruit rolled through by mid-morning.\n\n"
     "Customs officials said the gates would stay open around the clock to clear a backlog of some 6,000 "
     "vehicles.\n\n"
     "The Khyber deputy commissioner, Asad Mehmood Afridi, said the decision followed the ceasefire agreed "
     "on Wednesday in Istanbul.\n\n"
     "Traders who blocked the highway at Landi Kotal last week in protest at the closure said they had lost "
     "millions of rupees.\n\n"
     "Pedestrian traffic, including Afghans being deported from Pakistan, will resume on Saturday, officials "
     "said.\n\n"
     "About 11,000 trucks crossed Torkham each week before the closure, according to the "
     "Pakistan-Afghanistan Joint Chamber of Commerce.\n\n"
     "\"I have been waiting here for nine days,\" said driver Rahmat Gul, 38, from Jalalabad."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-10-09",
            "Pakistani air strikes on alleged TTP hideouts in Khost and Paktika (toll 8, then 11)"),
    "A02": (("ASSAULT",), "2034-10-10",
            "Taliban forces fire mortars and machine guns at Pakistani border posts in Kurram"),
    "A03": (("SANCTION", "COERCE"), "2034-10-10", "Pakistan closes the Torkham crossing to trade and travel"),
    "A04": (("ACCUSE",), "2034-10-10",
            "Taliban foreign ministry summons Pakistan's ambassador in Kabul over the strikes"),
    "A05": (("COERCE",), "2034-10-11", "Pakistan deports more than 9,000 Afghans through Chaman"),
    "A06": (("PROTEST",), "2034-10-11", "traders and truck drivers block the Torkham highway at Landi Kotal"),
    "A07": (("CONSULT",), "2034-10-12", "first round of Pakistan-Taliban talks, hosted by Qatar in Doha"),
    "A08": (("ASSAULT",), "2034-10-13",
            "suicide car bombing of an army convoy near Mir Ali (7, then 9 soldiers dead)"),
    "A09": (("ACCUSE",), "2034-10-13",
            "Interior Minister Khattak (Islamabad) blames the TTP sheltered in Afghanistan"),
    "A10": (("THREATEN",), "2034-10-13", "Defence Minister Ashfaq threatens new air strikes in Afghanistan"),
    "A11": (("ASSAULT",), "2034-10-14", "second Pakistani air strikes, on Kunar and Nangarhar (six dead)"),
    "A12": (("REQUEST",), "2034-10-15", "China calls on Pakistan and Afghanistan to show restraint"),
    "A13": (("REQUEST",), "2034-10-16", "Foreign Minister Qizilbash demands Kabul hand over TTP leaders"),
    "A14": (("REQUEST",), "2034-10-16",
            "Interior Minister Khattak, separately, calls on Kabul to hand over TTP leaders"),
    "A15": (("REJECT",), "2034-10-16", "Taliban spokesman Hamdard rejects Pakistan's handover demand"),
    "A16": (("CONSULT",), "2034-10-17", "second round of talks, hosted by Turkey in Istanbul"),
    "A17": (("RETREAT", "AGREE"), "2034-10-18", "Pakistan and the Taliban agree a ceasefire"),
    "A18": (("CONCEDE",), "2034-10-19", "Pakistan reopens the Torkham crossing"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-09_crescentwire_pakistani-jets-hit-khost-paktika.txt",
     "A01", "Pakistani warplanes bombed suspected militant hideouts"),
    ("2034-10-09_crescentwire_pakistani-jets-hit-khost-paktika.txt",
     "A01", "the jets struck two compounds in Sperah"),
    ("2034-10-09_crescentwire_pakistani-jets-hit-khost-paktika.txt", "A01", "A third target was hit near"),
    ("2034-10-09_crescentwire_pakistani-jets-hit-khost-paktika.txt",
     "A01", "the raids targeted commanders of the"),
    ("2034-10-09_frontierdispatch_pakistan-strikes-ttp-across-border.txt",
     "A01", "Pakistan's air force carried out raids overnight"),
    ("2034-10-09_frontierdispatch_pakistan-strikes-ttp-across-border.txt",
     "A01", "The jets hit targets in Khost"),
    ("2034-10-09_frontierdispatch_pakistan-strikes-ttp-across-border.txt",
     "A01", "put the death toll at eight"),
    ("2034-10-09_frontierdispatch_pakistan-strikes-ttp-across-border.txt",
     "A01", "We hit the people who planned"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt", "A02", "fired mortars and machine guns"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt",
     "A02", "soldiers suffered wounds in the assault"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt",
     "A02", "border forces had responded to Pakistani provocations"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt",
     "A01", "Pakistani aircraft struck what Islamabad called"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt", "A01", "toll from those strikes had risen"),
    ("2034-10-10_orbitnews_taliban-fire-on-pakistani-posts.txt", "A03", "shut the main Torkham crossing"),
    ("2034-10-10_indusbulletin_pakistan-shuts-torkham.txt",
     "A03", "Pakistan closed the Torkham border crossing"),
    ("2034-10-10_indusbulletin_pakistan-shuts-torkham.txt",
     "A03", "The decision was taken on security grounds"),
    ("2034-10-10_indusbulletin_pakistan-shuts-torkham.txt",
     "A02", "Taliban forces had targeted Pakistani posts"),
    ("2034-10-10_indusbulletin_pakistan-shuts-torkham.txt",
     "A01", "Pakistani air raids before dawn on Monday"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt",
     "A04", "summoned Pakistan's ambassador on Tuesday"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt",
     "A04", "was handed a formal note of protest"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt", "A04", "the note described the bombing"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt", "A01", "air strikes that it said killed"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt",
     "A01", "of Khost and Paktika early on Monday"),
    ("2034-10-10_caspiantribune_kabul-summons-pakistani-envoy.txt", "A01", "raised the death toll to 11"),
    ("2034-10-11_summitpost_pakistan-expels-afghans-at-chaman.txt",
     "A05", "Pakistan deported more than 9,000 Afghan refugees"),
    ("2034-10-11_summitpost_pakistan-expels-afghans-at-chaman.txt", "A05", "Families were loaded onto buses"),
    ("2034-10-11_summitpost_pakistan-expels-afghans-at-chaman.txt", "A03", "With Torkham shut since Tuesday"),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "A06", "blocked the main highway to the Torkham border"),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "A06", "parked lorries across the road"),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "A03", "decision to close the crossing"),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "A03", "Pakistan shut Torkham on Tuesday"),
    ("2034-10-11_frontierdispatch_traders-block-highway-landi-kotal.txt",
     "A02", "Taliban fighters shot at Pakistani posts"),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt",
     "A05", "Pakistani authorities expelled thousands of Afghans"),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt",
     "A05", "9,400 people crossed into Afghanistan"),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt",
     "A04", "called in Pakistan's envoy in Kabul"),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt", "A01", "over Monday's air strikes in"),
    ("2034-10-11_crescentwire_deportations-of-afghans-soar.txt",
     "A03", "Pakistan closed the Torkham crossing, the main route"),
    ("2034-10-12_orbitnews_pakistan-taliban-hold-doha-talks.txt", "A07", "officials met in Doha on Thursday"),
    ("2034-10-12_orbitnews_pakistan-taliban-hold-doha-talks.txt", "A07", "headed Pakistan's team"),
    ("2034-10-12_orbitnews_pakistan-taliban-hold-doha-talks.txt",
     "A07", "presided over the roughly five-hour session"),
    ("2034-10-12_orbitnews_pakistan-taliban-hold-doha-talks.txt",
     "A07", "The meeting was held at a government guesthouse"),
    ("2034-10-12_indusbulletin_pakistan-taliban-hold-doha-talks.txt",
     "A07", "officials met in Doha on Thursday"),
    ("2034-10-12_indusbulletin_pakistan-taliban-hold-doha-talks.txt", "A07", "headed Pakistan's team"),
    ("2034-10-12_indusbulletin_pakistan-taliban-hold-doha-talks.txt",
     "A07", "presided over the roughly five-hour session"),
    ("2034-10-12_indusbulletin_pakistan-taliban-hold-doha-talks.txt",
     "A07", "The meeting was held at a government guesthouse"),
    ("2034-10-12_caspiantribune_qatar-brings-sides-to-table.txt", "A07", "Qatar hosted envoys from Pakistan"),
    ("2034-10-12_caspiantribune_qatar-brings-sides-to-table.txt",
     "A07", "sat across a table from each other"),
    ("2034-10-12_caspiantribune_qatar-brings-sides-to-table.txt",
     "A01", "the ones that killed 11 people in Khost"),
    ("2034-10-13_frontierdispatch_suicide-bomber-hits-army-convoy.txt",
     "A08", "steered a car full of explosives"),
    ("2034-10-13_frontierdispatch_suicide-bomber-hits-army-convoy.txt",
     "A08", "The blast destroyed two armoured vehicles"),
    ("2034-10-13_frontierdispatch_suicide-bomber-hits-army-convoy.txt",
     "A08", "one of the deadliest on Pakistani troops"),
    ("2034-10-13_frontierdispatch_suicide-bomber-hits-army-convoy.txt",
     "A09", "Pakistan's government blamed the Tehrik-e-Taliban"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A09", "accused Pakistani Taliban fighters based in Afghanistan"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A09", "The trail leads straight back"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A08", "a suicide attack that killed seven soldiers"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A08", "a suicide bomber drove into an army convoy"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A10", "warned separately that Pakistan would strike"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A10", "Nobody should doubt that we will"),
    ("2034-10-13_summitpost_islamabad-blames-afghan-based-militants.txt",
     "A01", "Pakistani jets struck targets in Khost"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A10", "threatened on Friday to order new air strikes"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A10", "no hideout will be out of reach"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A08", "a suicide bomber killed at least seven soldiers"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A08", "when it was hit, officials said"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A09", "Khattak earlier blamed TTP fighters"),
    ("2034-10-13_crescentwire_pakistan-threatens-fresh-strikes.txt",
     "A07", "Qatar hosted the first direct talks"),
    ("2034-10-14_orbitnews_convoy-bombing-toll-rises-to-nine.txt",
     "A08", "taking the number killed in Friday's"),
    ("2034-10-14_orbitnews_convoy-bombing-toll-rises-to-nine.txt",
     "A09", "blamed the bombing on the Pakistani Taliban"),
    ("2034-10-14_orbitnews_convoy-bombing-toll-rises-to-nine.txt",
     "A10", "also warned that Pakistan could carry out"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A11", "struck targets in the Afghan provinces of Kunar"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A11", "jets hit a house and a religious school"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A11", "confirmed the operation on Sunday"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt", "A11", "We heard the planes, then"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A10", "a threat by Defence Minister Haroon Ashfaq"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt", "A11", "The raids followed a threat"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A08", "Nine soldiers were killed in Friday's"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A09", "which Islamabad blamed on the Pakistani Taliban"),
    ("2034-10-15_indusbulletin_pakistan-launches-new-air-strikes.txt",
     "A01", "last Monday's strikes in Khost and Paktika"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A11", "Pakistani warplanes bombed villages in Kunar"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A11", "a strike in Lalpur district flattened"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A11", "Pakistan said the raids targeted commanders"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A11", "The strikes were the first since"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A09", "Islamabad blamed the group for"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A08", "car bombing of a military convoy"),
    ("2034-10-15_caspiantribune_six-killed-in-kunar-nangarhar-raids.txt",
     "A10", "defence minister threatened on Friday to go"),
    ("2034-10-15_summitpost_china-urges-restraint.txt", "A12", "China called on Pakistan and Afghanistan"),
    ("2034-10-15_summitpost_china-urges-restraint.txt", "A12", "China hopes the two sides will stay calm"),
    ("2034-10-15_summitpost_china-urges-restraint.txt",
     "A11", "Pakistani jets bombed targets in two eastern"),
    ("2034-10-15_summitpost_china-urges-restraint.txt", "A11", "killed in the overnight raids on Kunar"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A13", "Pakistan's foreign minister on Monday demanded"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A13", "Kabul must surrender 14 named commanders"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A14", "urging the Taliban to give up"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A15", "Noorullah Hamdard rejected the demands"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A15", "There is nobody here to hand over"),
    ("2034-10-16_crescentwire_pakistan-demands-handover-of-ttp-leaders.txt",
     "A11", "Pakistan's air force struck Kunar and Nangarhar"),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "A15", "Afghanistan's Taliban on Monday rejected"),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "A15", "We will not hand over anyone"),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "A13", "had earlier told Pakistan's Senate"),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "A14", "issued a similar call in a separate statement"),
    ("2034-10-16_frontierdispatch_taliban-reject-call-to-surrender-commanders.txt",
     "A11", "Pakistan's air raids on Saturday night"),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "A16", "sat down for a second set of negotiations"),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "A16", "opened the meeting at the Dolmabahce"),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "A07", "hosted by Qatar in Doha last Thursday"),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "A08", "soldiers have died in a suicide bombing"),
    ("2034-10-17_orbitnews_pakistan-taliban-resume-talks-in-istanbul.txt",
     "A11", "Pakistani jets then struck Kunar"),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt",
     "A16", "sat down for a second set of negotiations"),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt",
     "A16", "opened the meeting at the Dolmabahce"),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt",
     "A07", "hosted by Qatar in Doha last Thursday"),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt", "A08", "soldiers have lost their lives"),
    ("2034-10-17_caspiantribune_turkey-hosts-second-round.txt", "A11", "Pakistani jets then struck Kunar"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt",
     "A17", "agreed on Wednesday to stop fighting"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt",
     "A17", "Under the truce, in force from noon"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt",
     "A17", "confirmed the deal in a brief statement"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt",
     "A17", "The deal was announced a day after"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt", "A16", "talks in Istanbul that ran late"),
    ("2034-10-18_summitpost_pakistan-taliban-agree-ceasefire.txt", "A03", "shut since October 10"),
    ("2034-10-18_indusbulletin_ceasefire-brings-calm-to-kurram.txt",
     "A17", "the two sides agreed to a ceasefire"),
    ("2034-10-18_indusbulletin_ceasefire-brings-calm-to-kurram.txt",
     "A17", "The truce commits both governments"),
    ("2034-10-18_indusbulletin_ceasefire-brings-calm-to-kurram.txt",
     "A02", "fired on Pakistani border posts eight days ago"),
    ("2034-10-18_indusbulletin_ceasefire-brings-calm-to-kurram.txt",
     "A03", "which Pakistan closed on October 10"),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt",
     "A18", "Pakistan reopened the Torkham border crossing"),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt", "A03", "nine days after closing it"),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt",
     "A17", "the ceasefire agreed on Wednesday in Istanbul"),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt", "A18", "said the decision followed"),
    ("2034-10-19_frontierdispatch_torkham-reopens-after-truce.txt",
     "A06", "blocked the highway at Landi Kotal last week"),
]

FLOORS = {"pairwise_f1": 0.81, "b3_f1": 0.84, "reports_found": 0.8}


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
