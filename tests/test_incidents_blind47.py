"""The forty-seventh blind incident batch, written on 2026-12-02 before the coder was run on any of it.

The crisis: ten days of upheaval in Sri Lanka in September 2034. Students march on parliament against a
near doubling of university fees, the telecoms regulator blocks social media that night and unions hold a
one-day general strike; police fire on protesters near parliament (the toll rises from three to five to
six) and a curfew is imposed on Colombo; the army deploys, India and the UN secretary-general each call for
restraint and the police chief threatens to arrest protest organisers, whose leaders are seized the next
day; a second march, on the prime minister's residence, is fired on and the prime minister resigns; a
retired judge sworn in as interim prime minister promises elections, frees the detained leaders, meets them
twice and lifts the social media ban. Everything in it is synthetic: the outlets and people are invented,
the country and places are real, the events never happened, and the dates lie in the future.

Gold conventions: an act is one real-world act, one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the codebook gives and dated to the
day it happened. Every sentence that reports an act that happened is listed, background recaps in later
reports included ("after the previous government cut them off"), each with a verbatim cue of 3 to 8 words
found once in its file; a sentence that reports two acts of different types has two entries. Planned,
promised (the promised act), threatened (the threatened act), conditional, hypothetical or denied acts,
acts more than a year before, tallies and opinions are not listed. A verbatim syndicated copy (Kestrel
Wire's story of 2034-09-13 carried by Palmyra Newswire) and a lightly edited copy (Tidewater Report's story
of 2034-09-14 carried by Monsoon Post) get their own entries. Look-alikes that must stay apart: two police
shootings of protesters three days apart, two student marches four days apart, two rounds of talks two days
apart, India's and the UN's calls for restraint on the same day, the police chief's threat and the arrests
it announced, three impositions (ban, curfew, arrests) on three days, and two concessions (the resignation,
the lifting of the ban) four days apart.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence
contains a report's cue and whose type is one of the act's types maps to that act; pairwise precision,
recall and F1 and B-cubed F1 are computed over the mapped events, and reports_found is the share of gold
reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the fourteenth session (2026-12-02), 2ae9e40, whose code is 5b3204f
(written to be read), with `figures`: **pairwise F1 0.769** (precision 0.891, recall 0.676), B-cubed F1 0.829,
reports found 0.737.
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
    ("2034-09-11_kestrelwire_students-march-parliament.txt",
     "Tens of thousands of students march on Sri Lanka's parliament over fees\n\n"
     "COLOMBO, September 11, 2034 (Kestrel Wire) - Tens of thousands of university students marched on Sri "
     "Lanka's parliament on Monday, angered by a near doubling of tuition fees and by a procurement "
     "scandal that has engulfed the government of Prime Minister Chandana Welikala.\n\n"
     "Columns of marchers, many waving the lion flag, filled the approach road to the parliament complex "
     "in Sri Jayawardenepura Kotte, on the eastern edge of the capital.\n\n"
     "\"We are not going home until this government listens,\" said Tharindu Alwis, 24, a law student and "
     "convener of the Students' Coalition for Accountability.\n\n"
     "The fee increase, which takes effect in January, would raise annual charges at state universities "
     "from about 60,000 rupees to 115,000 rupees.\n\n"
     "Public anger has also grown over a 3.1 billion rupee contract for police vehicles that critics "
     "regard as grossly overpriced. Welikala's office has defended the higher fees as the only way to keep "
     "universities solvent.\n\n"
     "A coalition of 40 unions has called a 24-hour general strike for Tuesday."),
    ("2034-09-11_monsoonpost_students-converge-kotte.txt",
     "Students converge on parliament road as fee anger boils over\n\n"
     "COLOMBO, September 11, 2034 (Monsoon Post) - Students from more than a dozen state universities "
     "converged on the road to parliament on Monday, staging the largest demonstration against the "
     "Welikala government since it took office two years ago.\n\n"
     "Protesters chanted against the tuition increase and carried cardboard effigies of the prime minister "
     "and his finance minister, Roshan Dias.\n\n"
     "Organisers put attendance at more than 100,000, a number that reporters at the scene could not "
     "confirm.\n\n"
     "\"Education is turning into a luxury for the rich,\" said Sachini Herath, a 22-year-old engineering "
     "student from Moratuwa, sheltering from the midday sun under a black umbrella.\n\n"
     "The government says the higher fees will bring in about 28 billion rupees a year for universities "
     "that have struggled to pay staff.\n\n"
     "The Joint Trade Union Front, an umbrella group of 40 unions, said its members would walk off the job "
     "on Tuesday to back the students."),
    ("2034-09-12_palmyra_social-media-blocked.txt",
     "Sri Lanka blocks social media platforms as general strike begins\n\n"
     "COLOMBO, September 12, 2034 (Palmyra Newswire) - Sri Lanka's telecoms regulator blocked access to "
     "Facebook, TikTok, YouTube and WhatsApp late on Monday, hours after students marched on parliament "
     "against higher university fees.\n\n"
     "Users in Colombo and Kandy said the apps stopped loading on mobile networks shortly before midnight, "
     "although some reached them through virtual private networks.\n\n"
     "On Tuesday morning, a 24-hour general strike called by the Joint Trade Union Front shut schools, "
     "government offices and the port of Colombo.\n\n"
     "In a brief notice, the regulator described the restriction as a temporary measure to halt false "
     "information that could incite violence.\n\n"
     "\"People will find other ways to talk to each other,\" said Tharindu Alwis, convener of the "
     "Students' Coalition for Accountability, in a text message.\n\n"
     "Monday's march brought students from across the island to the approach road to parliament in Kotte."),
    ("2034-09-12_keystone_police-fire-strike.txt",
     "Police fire on protesters in Colombo, three killed as strike grips Sri Lanka\n\n"
     "COLOMBO, September 12, 2034 (Keystone Bulletin) - Sri Lankan police opened fire on protesters near "
     "parliament on Tuesday, killing three people, as a nationwide general strike brought much of the "
     "country to a standstill.\n\n"
     "Witnesses said officers first used tear gas and then live rounds after a crowd of several thousand "
     "pushed against barricades on Parliament Road.\n\n"
     "Colombo National Hospital said three men aged between 19 and 31 had died of gunshot wounds and that "
     "40 or more people were being treated for injuries.\n\n"
     "The strike, called by a front of 40 unions, closed the port, schools and most government offices and "
     "kept commuter trains and buses in their depots.\n\n"
     "\"This is the largest shutdown we have seen in a decade,\" said Kavindi Peiris, a politics lecturer "
     "in Colombo.\n\n"
     "Authorities blocked the main social media platforms late on Monday night, and protesters relied on "
     "text messages and word of mouth to gather.\n\n"
     "The unrest is the most serious challenge yet to Welikala, a former central bank governor who came to "
     "power in 2032 on a pledge to stabilise the economy."),
    ("2034-09-12_tidewater_curfew-colombo.txt",
     "Sri Lanka imposes curfew on capital after police shooting kills five\n\n"
     "COLOMBO, September 12, 2034 (Tidewater Report) - Sri Lanka's government imposed an indefinite curfew "
     "on Colombo and its suburbs on Tuesday night, hours after police shot dead five protesters outside "
     "parliament.\n\n"
     "The toll rose from three after two injured men died in hospital in the evening, a health ministry "
     "official said.\n\n"
     "Public Security Minister Lalith Gunasinghe announced the curfew on state television, saying "
     "residents must remain at home between dusk and dawn except in medical emergencies. \"We have a duty "
     "to protect lives and property,\" Gunasinghe said.\n\n"
     "Tuesday's strike emptied streets in Colombo, Kandy and Galle, and union officials said nine in ten "
     "public sector workers had stayed away.\n\n"
     "Witnesses said police fired into a crowd that had surged toward the gates of the parliament complex "
     "shortly after noon.\n\n"
     "Student organisers announced a candlelight vigil for the dead on Wednesday."),
    ("2034-09-13_kestrelwire_army-deployed.txt",
     "Troops patrol Sri Lanka's capital as police chief warns protest organisers\n\n"
     "COLOMBO, September 13, 2034 (Kestrel Wire) - Sri Lanka's army sent soldiers and armoured personnel "
     "carriers into Colombo on Wednesday, 24 hours after police killed five demonstrators near "
     "parliament.\n\n"
     "Troops in battle gear manned checkpoints at major junctions and outside the presidential "
     "secretariat, while the usually congested city lay almost silent under a curfew imposed on Tuesday "
     "night.\n\n"
     "In a televised address, Inspector-General of Police Asoka Rodrigo warned that organisers of any "
     "further protests would be arrested and prosecuted under the public security laws. \"Our officers are "
     "exhausted, and many of them were injured,\" Rodrigo said.\n\n"
     "The army commander, Lieutenant General Mahesh Dabare, said the 3,000 troops sent into the capital "
     "would stay only as long as they were needed.\n\n"
     "The Students' Coalition for Accountability said it would go ahead with a march on the prime "
     "minister's residence on Friday.\n\n"
     "The protests began on Monday, when a vast crowd of students walked toward parliament against a near "
     "doubling of tuition fees."),
    ("2034-09-13_saffron_india-urges-restraint.txt",
     "India, UN urge restraint in Sri Lanka after deadly protest shooting\n\n"
     "NEW DELHI, September 13, 2034 (Saffron Coast Agency) - India on Wednesday urged all sides in "
     "neighbouring Sri Lanka to step back from violence and find a negotiated way out of the crisis.\n\n"
     "\"As a close friend and neighbour, India is following developments in Sri Lanka closely,\" External "
     "Affairs Ministry spokesperson Rohit Malhan told a weekly briefing. Malhan called on the Sri Lankan "
     "authorities and protesters alike to avoid further bloodshed.\n\n"
     "At the United Nations in New York, a spokesperson for the secretary-general, Marta Lindqvist, said "
     "the UN chief was deeply concerned by the deaths and appealed for maximum restraint by the security "
     "forces.\n\n"
     "India is Sri Lanka's largest trading partner and was one of its biggest bilateral creditors during "
     "the debt restructuring that followed the 2022 default.\n\n"
     "Sri Lanka's foreign ministry did not respond to questions."),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt",
     "UN chief calls for calm as Sri Lanka puts soldiers on the streets\n\n"
     "COLOMBO, September 13, 2034 (Monsoon Post) - The United Nations secretary-general called on Sri "
     "Lanka's security forces on Wednesday to exercise the utmost restraint, as the army moved troops into "
     "the capital in a deployment not seen there for over ten years.\n\n"
     "The appeal was relayed by a UN spokesperson in Manhattan. New Delhi issued a similar call earlier in "
     "the day.\n\n"
     "Soldiers with automatic rifles stood at checkpoints along Galle Road and around the Fort business "
     "district.\n\n"
     "\"The army on the streets will not frighten us,\" Sachini Herath, a student organiser, said by "
     "telephone.\n\n"
     "Analysts said the government's options were narrowing, with two of its coalition partners "
     "increasingly uneasy."),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt",
     "Troops patrol Sri Lanka's capital as police chief warns protest organisers\n\n"
     "COLOMBO, September 13, 2034 (Palmyra Newswire) - Sri Lanka's army sent soldiers and armoured "
     "personnel carriers into Colombo on Wednesday, 24 hours after police killed five demonstrators near "
     "parliament.\n\n"
     "Troops in battle gear manned checkpoints at major junctions and outside the presidential "
     "secretariat, while the usually congested city lay almost silent under a curfew imposed on Tuesday "
     "night.\n\n"
     "In a televised address, Inspector-General of Police Asoka Rodrigo warned that organisers of any "
     "further protests would be arrested and prosecuted under the public security laws. \"Our officers are "
     "exhausted, and many of them were injured,\" Rodrigo said.\n\n"
     "The army commander, Lieutenant General Mahesh Dabare, said the 3,000 troops sent into the capital "
     "would stay only as long as they were needed.\n\n"
     "The Students' Coalition for Accountability said it would go ahead with a march on the prime "
     "minister's residence on Friday.\n\n"
     "The protests began on Monday, when a vast crowd of students walked toward parliament against a near "
     "doubling of tuition fees.\n\n"
     "This report first appeared on Kestrel Wire."),
    ("2034-09-13_keystone_police-chief-warning.txt",
     "Sri Lankan police chief threatens arrests as troops take up positions\n\n"
     "COLOMBO, September 13, 2034 (Keystone Bulletin) - Sri Lanka's top police officer threatened on "
     "Wednesday to arrest the student movement's leaders if they staged further demonstrations, sharpening "
     "a confrontation in which five people have died.\n\n"
     "Inspector-General Asoka Rodrigo said in a broadcast that the curfew imposed on Colombo on Tuesday "
     "night would be strictly enforced and that organisers of unlawful assemblies would face charges.\n\n"
     "His warning came hours after soldiers fanned out across the capital.\n\n"
     "Separately, the UN secretary-general's office urged the security forces to hold back.\n\n"
     "Tharindu Alwis, the convener of the Students' Coalition for Accountability, said the movement's "
     "plans for a march on Friday were unchanged.\n\n"
     "Sri Lanka's public security ordinance allows police to hold suspects for up to 72 hours without "
     "charge.\n\n"
     "At least 38 of those wounded on Tuesday were still in hospital, and doctors listed two as critical."),
    ("2034-09-14_tidewater_student-leaders-arrested.txt",
     "Sri Lankan police arrest student protest leaders in dawn raids\n\n"
     "COLOMBO, September 14, 2034 (Tidewater Report) - Police in Sri Lanka arrested 14 organisers of the "
     "student protests in pre-dawn raids on Thursday, a day after the country's police chief warned that "
     "organisers of further demonstrations would be detained.\n\n"
     "Among those held was Tharindu Alwis, the 24-year-old law student who has become the face of the "
     "movement, his lawyer said.\n\n"
     "Officers broke down the door of a house in the Maradana district where Alwis and three other "
     "students were staying, according to a neighbour.\n\n"
     "A 17-year-old boy who was wounded when police fired on protesters near parliament on Tuesday died on "
     "Wednesday night, bringing the number of dead to six.\n\n"
     "Police spokesman Nihal Wijeratne said the 14 would be produced in court within 24 hours. A "
     "spokeswoman for the student coalition, Sachini Herath, said Friday's march would go ahead."),
    ("2034-09-14_kestrelwire_arrests-raids.txt",
     "Sri Lanka detains student leaders; unions weigh new strike\n\n"
     "COLOMBO, September 14, 2034 (Kestrel Wire) - Sri Lankan authorities detained the leaders of a "
     "student protest movement on Thursday, hauling them from homes and hostels across the capital before "
     "sunrise.\n\n"
     "Police said 14 people were taken into custody, including the movement's convener, Tharindu Alwis.\n\n"
     "The arrests followed a televised warning on Wednesday by police chief Asoka Rodrigo that anyone "
     "organising further protests would be prosecuted.\n\n"
     "The Joint Trade Union Front, whose one-day general strike on Tuesday shut the port and schools, said "
     "it was considering a second stoppage next week.\n\n"
     "\"Arresting students will only bring more people onto the streets,\" said the front's leader, "
     "Priyantha Gamage.\n\n"
     "On Wednesday, New Delhi had urged Colombo to avoid further bloodshed.\n\n"
     "Colombo's streets were quiet on Thursday, and most shops stayed closed."),
    ("2034-09-14_monsoonpost_leaders-detained.txt",
     "Sri Lanka police detain student protest leaders in dawn raids\n\n"
     "COLOMBO, September 14, 2034 (Monsoon Post) - Police in Sri Lanka arrested 14 organisers of the "
     "student protests in raids carried out before dawn on Thursday, a day after the national police chief "
     "warned that organisers of further demonstrations would be detained.\n\n"
     "Among those held was Tharindu Alwis, the 24-year-old law student who has become the public face of "
     "the movement, according to his lawyer.\n\n"
     "Officers broke down the door of a house in Colombo's Maradana district where Alwis and three other "
     "students were staying, a neighbour said.\n\n"
     "A 17-year-old boy wounded when police fired on protesters near parliament on Tuesday died late on "
     "Wednesday, taking the death toll to six.\n\n"
     "Police spokesman Nihal Wijeratne said the 14 would appear before a magistrate within 24 hours. "
     "Sachini Herath, a spokeswoman for the student coalition, said Friday's march would go ahead.\n\n"
     "Monsoon Post used material from Tidewater Report for this story."),
    ("2034-09-15_keystone_police-fire-residence.txt",
     "Two killed as Sri Lankan police fire on marchers at prime minister's residence\n\n"
     "COLOMBO, September 15, 2034 (Keystone Bulletin) - Sri Lankan police fired on thousands of students "
     "marching on Temple Trees, the prime minister's official home, on Friday, killing two people.\n\n"
     "The march went ahead a day after 14 of the movement's leaders were arrested.\n\n"
     "Police said officers opened fire after marchers broke through two lines of barricades on Galle Road, "
     "some 300 metres from the gates of Prime Minister Chandana Welikala's residence.\n\n"
     "On Tuesday, officers shot dead six people near parliament.\n\n"
     "\"They were unarmed. We were only singing,\" said a 20-year-old nursing student who would only give "
     "her first name, Dilini.\n\n"
     "Welikala, unseen since Monday, was due to address the nation later on Friday."),
    ("2034-09-15_palmyra_prime-minister-resigns.txt",
     "Sri Lankan Prime Minister Welikala resigns after deadly week of protests\n\n"
     "COLOMBO, September 15, 2034 (Palmyra Newswire) - Sri Lankan Prime Minister Chandana Welikala "
     "resigned on Friday night, bowing to five days of student-led protests in which police have killed "
     "eight people.\n\n"
     "In a brief televised statement, Welikala said he had submitted his resignation to President Sunil "
     "Amarakoon \"to prevent further loss of life.\"\n\n"
     "Hours earlier, police had fired on students marching on his official residence, killing two.\n\n"
     "Crowds outside the residence broke into cheers as the news spread, and motorists sounded their horns "
     "along Galle Road.\n\n"
     "The president's office said an interim prime minister would be named within a day to oversee fresh "
     "elections.\n\n"
     "The protests began on Monday with a march on parliament against higher university fees.\n\n"
     "\"This is a victory for every family that lost a child this week,\" said Sachini Herath, one of the "
     "few student leaders not in custody."),
    ("2034-09-15_tidewater_welikala-quits.txt",
     "Sri Lanka's Welikala quits as protest deaths mount\n\n"
     "COLOMBO, September 15, 2034 (Tidewater Report) - Sri Lanka's embattled prime minister stepped down "
     "late on Friday after barely two years in office, his government undone by less than a week of street "
     "protests.\n\n"
     "Chandana Welikala's departure followed a second bout of police gunfire in four days, this time "
     "outside his official residence, where two marchers were killed.\n\n"
     "Doctors at Colombo National Hospital said a 19-year-old student and a 45-year-old street vendor had "
     "died of gunshot wounds.\n\n"
     "Welikala told the nation in a recorded address that he was leaving office \"with a heavy heart.\"\n\n"
     "Thousands of students had marched on the residence earlier on Friday.\n\n"
     "Analysts expected President Sunil Amarakoon to turn to a non-partisan figure to lead a caretaker "
     "government until elections."),
    ("2034-09-16_kestrelwire_interim-leader-sworn.txt",
     "Retired judge sworn in as Sri Lanka's interim leader, promises elections\n\n"
     "COLOMBO, September 16, 2034 (Kestrel Wire) - Retired Supreme Court justice Nirmala Jayasekera was "
     "sworn in as Sri Lanka's interim prime minister on Saturday and promised to hold parliamentary "
     "elections within 90 days.\n\n"
     "Jayasekera, 67, took the oath before President Sunil Amarakoon at a short ceremony in Colombo, a day "
     "after Chandana Welikala resigned with eight people dead in a week of protests.\n\n"
     "\"My government is a bridge, not a destination,\" she said in her first address to the nation.\n\n"
     "Under a defence ministry order, the Colombo curfew will be eased from Sunday so that shops can open "
     "in daylight.\n\n"
     "Sri Lanka has had four prime ministers since 2022, and none has completed a full term."),
    ("2034-09-16_saffron_jayasekera-pledges-vote.txt",
     "Sri Lanka's caretaker premier pledges vote within three months\n\n"
     "COLOMBO, September 16, 2034 (Saffron Coast Agency) - Sri Lanka's new caretaker premier pledged on "
     "Saturday to hand power to an elected government within three months, hours after taking office in "
     "the wake of a week of deadly unrest.\n\n"
     "Nirmala Jayasekera, a former Supreme Court judge with no party affiliation, replaces Chandana "
     "Welikala, who quit on Friday night after police fired on protesters at his residence.\n\n"
     "\"The country is tired, and it is grieving,\" Jayasekera told reporters outside her office.\n\n"
     "The election commission said it could hold a vote by mid-December if funds were released "
     "promptly.\n\n"
     "Caretaker governments in Sri Lanka cannot pass a budget, and Jayasekera's administration will rely "
     "on spending powers approved earlier in the year."),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt",
     "Sri Lanka frees jailed student leaders in gesture to protest movement\n\n"
     "COLOMBO, September 17, 2034 (Monsoon Post) - Sri Lanka's interim government freed 14 jailed student "
     "protest leaders on Sunday, among them Tharindu Alwis, the most prominent face of the protests, in "
     "its first major gesture toward the protesters.\n\n"
     "The detainees walked out of Welikada prison into a crowd of cheering supporters.\n\n"
     "They had been held since police rounded them up in dawn raids on Thursday.\n\n"
     "Justice Minister Anoma Fernando said Prime Minister Nirmala Jayasekera had personally ordered the "
     "release. \"Nobody should be jailed for organising a peaceful march,\" Fernando said.\n\n"
     "Alwis, looking thin after three nights in a cell, told reporters the movement would judge the new "
     "government by its actions.\n\n"
     "Jayasekera, who took office on Saturday, has promised elections within 90 days."),
    ("2034-09-17_keystone_detainees-released.txt",
     "Sri Lanka releases student leaders held after deadly protests\n\n"
     "COLOMBO, September 17, 2034 (Keystone Bulletin) - Fourteen Sri Lankan student leaders detained on "
     "Thursday were released from custody on Sunday on the orders of the new interim prime minister.\n\n"
     "Their release clears the way for talks between the government and the protest movement, which both "
     "sides say could begin on Monday.\n\n"
     "Tharindu Alwis, the coalition's convener, raised a clenched fist as he emerged from the prison "
     "gates.\n\n"
     "It is not yet clear whether any police officers will be investigated over the shootings.\n\n"
     "The former prime minister, Chandana Welikala, has kept out of sight since his resignation on Friday."),
    ("2034-09-18_palmyra_interim-government-students-talks.txt",
     "Sri Lanka's interim government opens talks with student leaders\n\n"
     "COLOMBO, September 18, 2034 (Palmyra Newswire) - Sri Lanka's interim prime minister held her first "
     "talks with the student movement's leadership on Monday, a day after freeing 14 of them from "
     "detention.\n\n"
     "The three-hour meeting at Temple Trees, the premier's official home in Colombo, covered the tuition "
     "fee increase, an inquiry into last week's police shootings and the timetable for elections.\n\n"
     "\"It was frank, and it was a start,\" Tharindu Alwis told reporters afterwards.\n\n"
     "Another session is planned for Wednesday, a spokeswoman for Jayasekera said. Officials said no "
     "decision had yet been taken on the fees."),
    ("2034-09-18_tidewater_first-talks.txt",
     "Sri Lanka caretaker leader meets student protesters, fee rise on the table\n\n"
     "COLOMBO, September 18, 2034 (Tidewater Report) - Caretaker Prime Minister Nirmala Jayasekera sat "
     "down with a delegation of student protest leaders on Monday, hoping to end the upheaval that toppled "
     "her predecessor.\n\n"
     "The eight-member delegation, led by coalition convener Tharindu Alwis, was received at Temple Trees, "
     "outside which police shot dead two marchers on Friday.\n\n"
     "Neither side issued a statement after the meeting, which lasted about three hours.\n\n"
     "Analysts said the movement's lack of a formal hierarchy could complicate any negotiation.\n\n"
     "Schools and government offices in Colombo reopened on Monday."),
    ("2034-09-19_kestrelwire_social-media-restored.txt",
     "Sri Lanka lifts week-long social media ban\n\n"
     "COLOMBO, September 19, 2034 (Kestrel Wire) - Sri Lanka lifted its ban on social media platforms on "
     "Tuesday, restoring access to Facebook, WhatsApp, TikTok and YouTube eight days after the previous "
     "government cut them off as student protests spread.\n\n"
     "Interim Prime Minister Nirmala Jayasekera announced the decision in a post on X, writing that "
     "citizens \"have a right to speak to one another.\"\n\n"
     "The block, ordered by the telecoms regulator late on September 11, cost small online businesses an "
     "estimated 9 billion rupees, according to an industry association.\n\n"
     "Jayasekera met student leaders for the first time on Monday, and the two sides plan to meet again on "
     "Wednesday.\n\n"
     "\"It feels like we can breathe again,\" said Nadeesha Kumari, who sells handloom saris online from "
     "her home in Kurunegala."),
    ("2034-09-20_saffron_second-round-talks.txt",
     "Sri Lankan students, interim government meet again for fee talks\n\n"
     "COLOMBO, September 20, 2034 (Saffron Coast Agency) - Student protest leaders and Sri Lanka's interim "
     "government sat down again on Wednesday for another session of negotiations, seeking a deal on "
     "university fees and an inquiry into last week's violence.\n\n"
     "Their first session, on Monday, ended without agreement on the fees.\n\n"
     "Wednesday's meeting was held in Jayasekera's office and lasted more than four hours, a government "
     "spokesman said.\n\n"
     "The session came 24 hours after the interim government restored access to social media, which had "
     "been blocked since September 11.\n\n"
     "\"The gap has narrowed since Monday, but it has not closed,\" said Sachini Herath, a member of the "
     "student delegation."),
    ("2034-09-20_monsoonpost_talks-resume.txt",
     "Sri Lanka talks resume as life returns to normal in Colombo\n\n"
     "COLOMBO, September 20, 2034 (Monsoon Post) - Sri Lanka's caretaker government resumed talks with "
     "student leaders on Wednesday, as traffic returned to the capital's streets and social media sites, "
     "unblocked the previous day, buzzed with debate about the country's future.\n\n"
     "Prime Minister Nirmala Jayasekera and a seven-member student delegation spent the afternoon at her "
     "office in Colombo.\n\n"
     "Restaurants and shopping malls in the city were crowded again after more than a week of closures. "
     "\"People are spending again because they can see a way out,\" said Ruwan Silva, an economist at the "
     "Colombo Policy Institute.\n\n"
     "The government has yet to announce a date for the elections that Jayasekera promised when she took "
     "office on September 16."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2034-09-11", "students march on parliament against the fee rise"),
    "A02": (("COERCE",), "2034-09-11", "telecoms regulator blocks social media platforms late on Monday"),
    "A03": (("PROTEST",), "2034-09-12", "unions hold a 24-hour general strike"),
    "A04": (("ASSAULT",), "2034-09-12", "police fire on protesters near parliament, 3 then 5 then 6 dead"),
    "A05": (("COERCE",), "2034-09-12", "government imposes a curfew on Colombo"),
    "A06": (("MOBILIZE",), "2034-09-13", "army deploys troops in Colombo"),
    "A07": (("REQUEST",), "2034-09-13", "India urges all sides in Sri Lanka to show restraint"),
    "A08": (("REQUEST",), "2034-09-13", "UN secretary-general calls on security forces for restraint"),
    "A09": (("THREATEN",), "2034-09-13", "police chief threatens to arrest protest organisers"),
    "A10": (("COERCE",), "2034-09-14", "police arrest 14 student protest leaders"),
    "A11": (("PROTEST",), "2034-09-15", "students march on the prime minister's residence"),
    "A12": (("ASSAULT",), "2034-09-15", "police fire on marchers at the residence, 2 dead"),
    "A13": (("CONCEDE",), "2034-09-15", "prime minister Welikala resigns"),
    "A14": (("AGREE",), "2034-09-16", "interim prime minister Jayasekera promises elections within 90 days"),
    "A15": (("RETREAT",), "2034-09-17", "interim government frees the 14 student leaders"),
    "A16": (("CONSULT",), "2034-09-18", "interim prime minister meets student leaders, first round"),
    "A17": (("CONCEDE",), "2034-09-19", "interim government lifts the social media ban"),
    "A18": (("CONSULT",), "2034-09-20", "interim government and student leaders, second round of talks"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-09-11_kestrelwire_students-march-parliament.txt",
     "A01", "university students marched on Sri Lanka's parliament"),
    ("2034-09-11_kestrelwire_students-march-parliament.txt",
     "A01", "Columns of marchers, many waving the lion flag"),
    ("2034-09-11_monsoonpost_students-converge-kotte.txt",
     "A01", "staging the largest demonstration against"),
    ("2034-09-11_monsoonpost_students-converge-kotte.txt",
     "A01", "carried cardboard effigies of the prime minister"),
    ("2034-09-12_palmyra_social-media-blocked.txt", "A02", "telecoms regulator blocked access to Facebook"),
    ("2034-09-12_palmyra_social-media-blocked.txt", "A01", "hours after students marched on parliament"),
    ("2034-09-12_palmyra_social-media-blocked.txt", "A03", "called by the Joint Trade Union Front"),
    ("2034-09-12_palmyra_social-media-blocked.txt",
     "A02", "described the restriction as a temporary measure"),
    ("2034-09-12_palmyra_social-media-blocked.txt", "A01", "Monday's march brought students"),
    ("2034-09-12_keystone_police-fire-strike.txt", "A04", "police opened fire on protesters near parliament"),
    ("2034-09-12_keystone_police-fire-strike.txt", "A03", "a nationwide general strike brought"),
    ("2034-09-12_keystone_police-fire-strike.txt", "A04", "first used tear gas and then live rounds"),
    ("2034-09-12_keystone_police-fire-strike.txt", "A03", "closed the port, schools and most"),
    ("2034-09-12_keystone_police-fire-strike.txt", "A02", "blocked the main social media platforms"),
    ("2034-09-12_tidewater_curfew-colombo.txt", "A05", "imposed an indefinite curfew on Colombo"),
    ("2034-09-12_tidewater_curfew-colombo.txt", "A04", "police shot dead five protesters"),
    ("2034-09-12_tidewater_curfew-colombo.txt", "A05", "announced the curfew on state television"),
    ("2034-09-12_tidewater_curfew-colombo.txt", "A03", "Tuesday's strike emptied streets"),
    ("2034-09-12_tidewater_curfew-colombo.txt", "A04", "police fired into a crowd"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A06", "army sent soldiers and armoured personnel carriers"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A04", "24 hours after police killed five demonstrators"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A06", "Troops in battle gear manned checkpoints"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A05", "under a curfew imposed on Tuesday night"),
    ("2034-09-13_kestrelwire_army-deployed.txt",
     "A09", "organisers of any further protests would be arrested"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A06", "the 3,000 troops sent into the capital"),
    ("2034-09-13_kestrelwire_army-deployed.txt", "A01", "a vast crowd of students walked"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt",
     "A06", "army sent soldiers and armoured personnel carriers"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt",
     "A04", "24 hours after police killed five demonstrators"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt", "A06", "Troops in battle gear manned checkpoints"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt", "A05", "under a curfew imposed on Tuesday night"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt",
     "A09", "organisers of any further protests would be arrested"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt", "A06", "the 3,000 troops sent into the capital"),
    ("2034-09-13_palmyra_troops-patrol-colombo.txt", "A01", "a vast crowd of students walked"),
    ("2034-09-13_saffron_india-urges-restraint.txt", "A07", "India on Wednesday urged all sides"),
    ("2034-09-13_saffron_india-urges-restraint.txt",
     "A07", "called on the Sri Lankan authorities and protesters"),
    ("2034-09-13_saffron_india-urges-restraint.txt",
     "A08", "appealed for maximum restraint by the security forces"),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt", "A08", "called on Sri Lanka's security forces"),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt", "A06", "the army moved troops into the capital"),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt", "A08", "The appeal was relayed by a UN spokesperson"),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt", "A07", "New Delhi issued a similar call"),
    ("2034-09-13_monsoonpost_un-appeal-troops.txt",
     "A06", "Soldiers with automatic rifles stood at checkpoints"),
    ("2034-09-13_keystone_police-chief-warning.txt", "A09", "top police officer threatened on Wednesday"),
    ("2034-09-13_keystone_police-chief-warning.txt", "A05", "the curfew imposed on Colombo on Tuesday"),
    ("2034-09-13_keystone_police-chief-warning.txt",
     "A09", "organisers of unlawful assemblies would face charges"),
    ("2034-09-13_keystone_police-chief-warning.txt", "A09", "His warning came hours after"),
    ("2034-09-13_keystone_police-chief-warning.txt", "A06", "soldiers fanned out across the capital"),
    ("2034-09-13_keystone_police-chief-warning.txt",
     "A08", "secretary-general's office urged the security forces"),
    ("2034-09-14_tidewater_student-leaders-arrested.txt",
     "A10", "arrested 14 organisers of the student protests"),
    ("2034-09-14_tidewater_student-leaders-arrested.txt", "A09", "police chief warned that organisers"),
    ("2034-09-14_tidewater_student-leaders-arrested.txt", "A10", "Among those held was Tharindu Alwis"),
    ("2034-09-14_tidewater_student-leaders-arrested.txt", "A10", "broke down the door of a house"),
    ("2034-09-14_tidewater_student-leaders-arrested.txt", "A04", "wounded when police fired on protesters"),
    ("2034-09-14_monsoonpost_leaders-detained.txt", "A10", "arrested 14 organisers of the student protests"),
    ("2034-09-14_monsoonpost_leaders-detained.txt", "A09", "police chief warned that organisers"),
    ("2034-09-14_monsoonpost_leaders-detained.txt", "A10", "Among those held was Tharindu Alwis"),
    ("2034-09-14_monsoonpost_leaders-detained.txt", "A10", "broke down the door of a house"),
    ("2034-09-14_monsoonpost_leaders-detained.txt", "A04", "wounded when police fired on protesters"),
    ("2034-09-14_kestrelwire_arrests-raids.txt", "A10", "detained the leaders of a student protest movement"),
    ("2034-09-14_kestrelwire_arrests-raids.txt", "A10", "14 people were taken into custody"),
    ("2034-09-14_kestrelwire_arrests-raids.txt", "A10", "The arrests followed"),
    ("2034-09-14_kestrelwire_arrests-raids.txt",
     "A09", "anyone organising further protests would be prosecuted"),
    ("2034-09-14_kestrelwire_arrests-raids.txt", "A03", "one-day general strike on Tuesday"),
    ("2034-09-14_kestrelwire_arrests-raids.txt", "A07", "New Delhi had urged Colombo"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A12", "police fired on thousands of students"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A11", "marching on Temple Trees"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A11", "The march went ahead"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A10", "14 of the movement's leaders were arrested"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A12", "officers opened fire after marchers broke"),
    ("2034-09-15_keystone_police-fire-residence.txt", "A04", "officers shot dead six people"),
    ("2034-09-15_palmyra_prime-minister-resigns.txt", "A13", "Chandana Welikala resigned on Friday night"),
    ("2034-09-15_palmyra_prime-minister-resigns.txt",
     "A13", "submitted his resignation to President Sunil Amarakoon"),
    ("2034-09-15_palmyra_prime-minister-resigns.txt", "A12", "police had fired on students"),
    ("2034-09-15_palmyra_prime-minister-resigns.txt", "A11", "marching on his official residence"),
    ("2034-09-15_palmyra_prime-minister-resigns.txt", "A01", "with a march on parliament against"),
    ("2034-09-15_tidewater_welikala-quits.txt",
     "A13", "embattled prime minister stepped down late on Friday"),
    ("2034-09-15_tidewater_welikala-quits.txt", "A13", "Chandana Welikala's departure followed"),
    ("2034-09-15_tidewater_welikala-quits.txt", "A12", "this time outside his official residence"),
    ("2034-09-15_tidewater_welikala-quits.txt", "A13", "he was leaving office"),
    ("2034-09-15_tidewater_welikala-quits.txt", "A11", "had marched on the residence earlier"),
    ("2034-09-16_kestrelwire_interim-leader-sworn.txt",
     "A14", "promised to hold parliamentary elections within 90 days"),
    ("2034-09-16_kestrelwire_interim-leader-sworn.txt", "A13", "a day after Chandana Welikala resigned"),
    ("2034-09-16_saffron_jayasekera-pledges-vote.txt", "A14", "pledged on Saturday to hand power"),
    ("2034-09-16_saffron_jayasekera-pledges-vote.txt", "A13", "quit on Friday night"),
    ("2034-09-16_saffron_jayasekera-pledges-vote.txt", "A12", "police fired on protesters at his residence"),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt", "A15", "freed 14 jailed student protest leaders"),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt", "A15", "walked out of Welikada prison"),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt", "A10", "police rounded them up in dawn raids"),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt", "A15", "personally ordered the release"),
    ("2034-09-17_monsoonpost_student-leaders-freed.txt", "A14", "has promised elections within 90 days"),
    ("2034-09-17_keystone_detainees-released.txt", "A15", "were released from custody on Sunday"),
    ("2034-09-17_keystone_detainees-released.txt", "A10", "student leaders detained on Thursday"),
    ("2034-09-17_keystone_detainees-released.txt", "A15", "Their release clears the way"),
    ("2034-09-17_keystone_detainees-released.txt", "A15", "as he emerged from the prison gates"),
    ("2034-09-17_keystone_detainees-released.txt", "A13", "since his resignation on Friday"),
    ("2034-09-18_palmyra_interim-government-students-talks.txt", "A16", "held her first talks with"),
    ("2034-09-18_palmyra_interim-government-students-talks.txt", "A15", "a day after freeing 14 of them"),
    ("2034-09-18_palmyra_interim-government-students-talks.txt",
     "A16", "The three-hour meeting at Temple Trees"),
    ("2034-09-18_tidewater_first-talks.txt", "A16", "sat down with a delegation of student"),
    ("2034-09-18_tidewater_first-talks.txt", "A16", "was received at Temple Trees"),
    ("2034-09-18_tidewater_first-talks.txt", "A12", "outside which police shot dead two marchers"),
    ("2034-09-18_tidewater_first-talks.txt", "A16", "after the meeting, which lasted about three hours"),
    ("2034-09-19_kestrelwire_social-media-restored.txt", "A17", "lifted its ban on social media platforms"),
    ("2034-09-19_kestrelwire_social-media-restored.txt", "A02", "after the previous government cut them off"),
    ("2034-09-19_kestrelwire_social-media-restored.txt", "A17", "announced the decision in a post"),
    ("2034-09-19_kestrelwire_social-media-restored.txt", "A02", "ordered by the telecoms regulator late on"),
    ("2034-09-19_kestrelwire_social-media-restored.txt", "A16", "met student leaders for the first time"),
    ("2034-09-20_saffron_second-round-talks.txt", "A18", "sat down again on Wednesday"),
    ("2034-09-20_saffron_second-round-talks.txt", "A16", "Their first session, on Monday"),
    ("2034-09-20_saffron_second-round-talks.txt", "A18", "Wednesday's meeting was held in"),
    ("2034-09-20_saffron_second-round-talks.txt", "A18", "The session came 24 hours after"),
    ("2034-09-20_saffron_second-round-talks.txt",
     "A17", "interim government restored access to social media"),
    ("2034-09-20_saffron_second-round-talks.txt", "A02", "which had been blocked since September 11"),
    ("2034-09-20_monsoonpost_talks-resume.txt", "A18", "resumed talks with student leaders on Wednesday"),
    ("2034-09-20_monsoonpost_talks-resume.txt", "A17", "unblocked the previous day"),
    ("2034-09-20_monsoonpost_talks-resume.txt", "A18", "spent the afternoon at her office"),
    ("2034-09-20_monsoonpost_talks-resume.txt", "A14", "Jayasekera promised when she took office"),
]

FLOORS = {"pairwise_f1": 0.77, "b3_f1": 0.82, "reports_found": 0.72}


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
