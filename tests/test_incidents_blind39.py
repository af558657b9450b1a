"""The thirty-ninth blind incident batch: ten days of militia fighting and political crisis in Tripoli, Libya,
written on 2026-12-02 before the coder was run on any of it.

The crisis: the Mitiga Shield Brigade and the Hadba Guards fight in the east of Tripoli on Tuesday (six dead,
revised to nine) and again in Ain Zara late on Friday (four dead, revised to seven); on Wednesday the Tripoli
prime minister orders the Hadba Guards disbanded and on Thursday their commander refuses, the same day the UN
mission calls for a truce; on Friday the Hadba Guards abduct a deputy finance minister and a central bank
official, the eastern-based House of Representatives accuses Tripoli of arming the militias and a youth
coalition warns it will storm the government headquarters, which protesters do on Saturday while demanding the
cabinet's resignation; a Turkish delegation holds talks with the prime minister on Saturday and again on
Monday; on Sunday the interior minister and the health minister each resign and the speaker of the eastern
parliament demands that the prime minister step aside; the UN brokers a ceasefire on the second Tuesday, the
Hadba Guards free the two officials the next day, and Egypt hosts the prime minister and the speaker in Cairo
on the second Thursday.

Everything in it is synthetic: the outlets (Sirocco News Agency, Cedar Post Wire, Marblehead Courier, Quayside
Ledger, Juniper Wire Service, Foghorn Report) and the people are invented, the countries and places are real,
the events never happened and the dates (May 2035) lie in the future. It holds one verbatim syndicated copy
(Juniper Wire Service of Quayside Ledger's decree story, with a credit line) and one lightly edited copy
(Foghorn Report of Juniper Wire Service's storming story), tolls that change between reports (six, then nine;
four, then seven), and look-alike acts: two clashes of the same two militias three days apart; two rounds of
talks between the same Turkish envoy and the same prime minister two days apart; two ministers of one
government each resigning on the same day; three demands by three different actors on different days (the UN's
call for a truce, the protesters' demand, the speaker's demand); a threat (the ultimatum to storm the
building) and, a day later, the act threatened; two acts of coercion by different actors (the disbanding
order, the abduction); a ceasefire and a release on consecutive days. Two acts are told by one document only.

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the CAMEO2PLOVER-2021 codebook gives (the
resignations are CONCEDE, acceding to a demand for a change of leadership; the ultimatum is THREATEN; the
disbanding order is COERCE; a day's clash between the two militias is one act, one side's attack within it
included) and the day it happened. REPORTS lists every sentence, headlines included, that reports an act that
happened, including background recaps in later reports that name the act with its day or details ("the two
officials abducted on Friday") and quotes that tell the act, each with a verbatim cue of 3 to 8 words found
once in its file; a sentence may report two acts of different types, never two of the same type. Not listed:
planned or future acts (the Cairo talks before they happen, the terms of the truce), denied, conditional or
hypothetical acts, acts more than a year before (history with years), statistics and tallies that add up
several acts ("killed 16 people in the past week"), opinions, and bare anaphoric mentions ("the storming",
"their release") inside a sentence about something else. A promise would be an AGREE act, a threat is a
THREATEN act and a demand a REQUEST act; what is threatened or demanded counts only once it happens.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the twelfth 2026-12-02 session, 3f400d4, whose code is 8ef1514 (written
to be read), with `figures`: **pairwise F1 0.845** (precision 1.000, recall 0.732), B-cubed F1 0.898, reports
found 0.613.
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
    ("2035-05-08_sirocco_tripoli-militias-clash.txt",
     "Rival militias battle in Tripoli, six killed\n\n"
     "TRIPOLI, May 8, 2035 (Sirocco News Agency) - Two of the strongest militias in Libya's capital fought "
     "running battles with machine guns and rocket-propelled grenades on Tuesday, killing at least six "
     "people, the health ministry in Tripoli said.\n\n"
     "The Mitiga Shield Brigade controls the district around the city's only working airport, while the "
     "Hadba Guards are based in the southern Abu Salim neighbourhood.\n\n"
     "Mortar rounds landed near the airport perimeter during the afternoon, forcing the authorities to "
     "halt flights, airport officials said.\n\n"
     "\"This is the worst violence the capital has seen in more than a year,\" said Leila Gadalla, a Libya "
     "researcher at the Carthage Policy Institute.\n\n"
     "Since 2014 Libya has had two rival administrations, one in Tripoli and one in the east, each kept "
     "afloat by armed groups and foreign powers."),
    ("2035-05-08_cedarpost_gunfights-rock-tripoli.txt",
     "Gunfights between armed factions rock Libyan capital\n\n"
     "TRIPOLI, May 8, 2035 (Cedar Post Wire) - Heavy clashes broke out in Tripoli on Tuesday between the "
     "Hadba Guards and the Mitiga Shield Brigade, leaving six people dead and at least 21 wounded, an "
     "emergency services spokesman said.\n\n"
     "Malek Souissi, a spokesman for the ambulance service, said two of the dead were civilians, one of "
     "them a teenage boy.\n\n"
     "The Hadba Guards, led by Hamza Bukhatwa, have expanded over the past two years by taking charge of "
     "security at several ministries and banks.\n\n"
     "Mitiga Shield fighters attacked a Hadba Guards position near the Tajoura roundabout in the early "
     "afternoon, a security source told Cedar Post Wire, speaking on condition of anonymity.\n\n"
     "\"People are tired of living as hostages to these men with guns,\" said Nuri Ashour, a shopkeeper in "
     "Souq al-Juma."),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt",
     "Tripoli toll climbs to nine as premier orders militia dissolved\n\n"
     "TRIPOLI, May 9, 2035 (Marblehead Courier) - Libya's Tripoli-based prime minister, Khalil Benour, on "
     "Wednesday ordered the Hadba Guards to be disbanded, a day after the armed group fought street "
     "battles with a rival faction that left nine people dead.\n\n"
     "Tuesday's fighting has now claimed nine lives after three wounded men died in hospital overnight, "
     "the health ministry said.\n\n"
     "Benour dissolved the group in a decree read out on state television, which said its fighters would "
     "be absorbed into regular army units.\n\n"
     "\"No armed group stands above the state, whatever its history or its friends,\" Benour said in the "
     "broadcast.\n\n"
     "Their commander, Hamza Bukhatwa, rose to prominence during the 2011 uprising and has since built one "
     "of the capital's largest armed networks.\n\n"
     "\"Benour is betting that the other militias will line up behind him,\" said Youssef Amari of the "
     "Tunis-based consultancy Maghreb Risk Monitor."),
    ("2035-05-09_quayside_benour-decree-hadba.txt",
     "Libyan premier moves to break up powerful Tripoli militia\n\n"
     "TRIPOLI, May 9, 2035 (Quayside Ledger) - Prime Minister Khalil Benour issued a decree on Wednesday "
     "dissolving the Hadba Guards, one of the largest armed groups in Tripoli, in the wake of clashes that "
     "killed nine people in the capital.\n\n"
     "The order instructs army commanders to take over the group's barracks in Abu Salim and its "
     "checkpoints along the airport road.\n\n"
     "Tuesday's battles between the Hadba Guards and the Mitiga Shield Brigade raged for most of the day "
     "in the eastern districts of the city.\n\n"
     "\"The prime minister is trying to show he can still give orders in his own capital,\" said a Western "
     "diplomat posted in Tunis.\n\n"
     "Benour's government, formed after a UN-backed process, is not recognised by the House of "
     "Representatives, the parliament that meets in eastern Libya."),
    ("2035-05-09_juniper_benour-decree-hadba.txt",
     "Libyan premier moves to break up powerful Tripoli militia\n\n"
     "TRIPOLI, May 9, 2035 (Juniper Wire Service) - Prime Minister Khalil Benour issued a decree on "
     "Wednesday dissolving the Hadba Guards, one of the largest armed groups in Tripoli, in the wake of "
     "clashes that killed nine people in the capital.\n\n"
     "The order instructs army commanders to take over the group's barracks in Abu Salim and its "
     "checkpoints along the airport road.\n\n"
     "Tuesday's battles between the Hadba Guards and the Mitiga Shield Brigade raged for most of the day "
     "in the eastern districts of the city.\n\n"
     "\"The prime minister is trying to show he can still give orders in his own capital,\" said a Western "
     "diplomat posted in Tunis.\n\n"
     "Benour's government, formed after a UN-backed process, is not recognised by the House of "
     "Representatives, the parliament that meets in eastern Libya.\n\n"
     "This article originally appeared in Quayside Ledger."),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt",
     "Tripoli militia defies disbandment order as UN urges truce\n\n"
     "TRIPOLI, May 10, 2035 (Sirocco News Agency) - The commander of the Hadba Guards on Thursday rejected "
     "the Libyan prime minister's order to disband his group, calling the decree illegal and saying his "
     "fighters would keep their positions.\n\n"
     "\"We will not lay down our arms and we will not leave Abu Salim,\" Hamza Bukhatwa said in a video "
     "message posted on the group's page.\n\n"
     "Hours later, the UN mission in Libya, known as UNSMIL, called on all armed groups in the capital to "
     "observe an immediate truce and pull back from residential areas.\n\n"
     "\"Every day of fighting makes a political solution harder to reach,\" the mission's head, Margit "
     "Halvorsen, said in a statement.\n\n"
     "Benour announced the dissolution of the Hadba Guards on Wednesday in a televised address.\n\n"
     "The capital was calm on Thursday, though armed men from both sides remained at checkpoints in the "
     "east of the city."),
    ("2035-05-10_foghorn_un-mission-urges-truce.txt",
     "UN envoy presses Libya's armed groups to halt fighting\n\n"
     "NEW YORK, May 10, 2035 (Foghorn Report) - The United Nations mission in Libya on Thursday urged the "
     "armed factions in Tripoli to agree an immediate and unconditional truce, saying the capital risked "
     "sliding into a wider war.\n\n"
     "Margit Halvorsen, the secretary-general's special representative for Libya, said in a statement that "
     "commanders on both sides must silence their guns and let ambulances reach the wounded.\n\n"
     "According to UN figures, more than 1,200 families have fled their homes in Tripoli's eastern "
     "districts since Tuesday.\n\n"
     "The appeal came hours after the commander of the Hadba Guards refused a government order to disband "
     "his group.\n\n"
     "\"The Council should not wait for the next round of bloodshed to pay attention,\" said Thomas "
     "Verhoeven, a former European diplomat who served in Tripoli."),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt",
     "Hadba Guards chief refuses to stand down\n\n"
     "TRIPOLI, May 10, 2035 (Cedar Post Wire) - Hamza Bukhatwa, the head of the Hadba Guards, said on "
     "Thursday he would not obey Benour's decree dissolving his militia, setting the stage for a showdown "
     "in the Libyan capital.\n\n"
     "Speaking to supporters at a base in Abu Salim, Bukhatwa said his men had guarded the city for a "
     "decade and would not hand over a single rifle.\n\n"
     "Benour issued the order on Wednesday, saying no armed group could place itself above the state.\n\n"
     "Bukhatwa's group draws many of its fighters from Abu Salim, a district that has long resisted "
     "central control.\n\n"
     "\"Nobody in Abu Salim believes this will end with a decree,\" said Tarek Zubia, a local council "
     "member."),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt",
     "Gunmen seize two senior officials in Tripoli\n\n"
     "TRIPOLI, May 11, 2035 (Marblehead Courier) - Armed men from the Hadba Guards abducted Libya's deputy "
     "finance minister and a senior central bank official from a government compound in Tripoli on Friday "
     "morning, colleagues of the two men said.\n\n"
     "Deputy Finance Minister Adel Ghalbon and Hisham Elkoni, the bank's director of foreign exchange, "
     "were bundled into cars outside the compound in the Dahra district, a security guard told Marblehead "
     "Courier.\n\n"
     "The Hadba Guards made no comment.\n\n"
     "The abductions came as the House of Representatives, the rival parliament based in the east, accused "
     "the Tripoli government of paying and arming the very militias now fighting in the capital.\n\n"
     "\"For years Tripoli has fed these gangs with public money and now it reaps the result,\" the "
     "parliament said in a statement.\n\n"
     "Ghalbon, 54, is responsible for the public salary budget, including payments to armed groups "
     "registered with the defence ministry."),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt",
     "Eastern parliament blames Tripoli as protest group issues ultimatum\n\n"
     "BENGHAZI, May 11, 2035 (Quayside Ledger) - Libya's eastern-based House of Representatives on Friday "
     "accused the government in Tripoli of arming the militias that have turned the capital into a "
     "battlefield this week.\n\n"
     "The statement, read by parliament spokesman Abdullah Zuwai, said Prime Minister Khalil Benour had "
     "\"lost any claim to lead Libyans\".\n\n"
     "In Tripoli, a coalition of youth groups that has held weekly rallies in Martyrs' Square warned that "
     "its supporters would storm the prime minister's office if the cabinet had not resigned by Saturday "
     "noon.\n\n"
     "\"We have waited long enough, and so have the families who lost sons this week,\" said Rania Fituri, "
     "a spokeswoman for the Martyrs' Square Youth Coalition.\n\n"
     "The coalition first emerged during protests over power cuts in the summer of 2033.\n\n"
     "Diplomats in Tripoli said they feared the standoff could draw in armed groups from Misrata and "
     "Zawiya."),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt",
     "Fresh fighting erupts in Tripoli, four dead\n\n"
     "TRIPOLI, May 11, 2035 (Foghorn Report) - Fighting flared again between the Mitiga Shield Brigade and "
     "the Hadba Guards in southern Tripoli late on Friday, leaving four people dead by the count of "
     "hospital sources.\n\n"
     "The new clashes centred on Ain Zara, where the Mitiga Shield Brigade has been trying to take over a "
     "fuel depot held by its rival.\n\n"
     "On Tuesday the two groups battled for most of the day near Mitiga airport in fighting that left nine "
     "dead.\n\n"
     "Power was cut to much of Ain Zara after sunset, residents said.\n\n"
     "Earlier on Friday, gunmen took two senior finance officials from a government compound in central "
     "Tripoli.\n\n"
     "\"This is a fight over the spoils of the state, not over ideas,\" said Leila Gadalla of the Carthage "
     "Policy Institute."),
    ("2035-05-12_cedarpost_ain-zara-toll-seven.txt",
     "Death toll from Friday's Tripoli clashes rises to seven\n\n"
     "TRIPOLI, May 12, 2035 (Cedar Post Wire) - Seven people were killed in overnight clashes between the "
     "Mitiga Shield Brigade and the Hadba Guards in the southern Tripoli district of Ain Zara, the health "
     "ministry said on Saturday, raising an earlier toll of four.\n\n"
     "Both sides used mortars in the fighting, which lasted until about 3 a.m., according to residents.\n\n"
     "Ambulances ferried the wounded to the Tripoli Medical Centre throughout the night, a hospital "
     "official said.\n\n"
     "The Mitiga Shield Brigade is led by Marwan Zentani, a former air force officer from Tajoura.\n\n"
     "Residents of Ain Zara said mortar bombs struck at least three houses near the fuel depot."),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt",
     "Protesters storm Libyan government headquarters in Tripoli\n\n"
     "TRIPOLI, May 12, 2035 (Juniper Wire Service) - Hundreds of protesters forced their way into the "
     "headquarters of the Tripoli-based Libyan government on Saturday, smashing windows and chanting for "
     "Prime Minister Khalil Benour to step down.\n\n"
     "Guards at the building on Sikka Road stood aside as the crowd poured through the main gate shortly "
     "after noon, witnesses said.\n\n"
     "The protesters demanded the immediate resignation of the whole cabinet and early elections.\n\n"
     "The Martyrs' Square Youth Coalition, which organised the march, had threatened on Friday to occupy "
     "the building if the government did not resign.\n\n"
     "Benour was not in the building at the time, and his office said he was working from another "
     "location.\n\n"
     "\"We are students and workers, not militiamen,\" said Ibrahim Krekshi, a 23-year-old engineering "
     "student.\n\n"
     "The storming came after a week in which clashes between rival militias killed at least 16 people in "
     "the capital."),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt",
     "Protesters storm Tripoli government headquarters\n\n"
     "TRIPOLI, May 12, 2035 (Foghorn Report) - Hundreds of protesters forced their way into the "
     "headquarters of the Tripoli-based Libyan government on Saturday, breaking windows and chanting for "
     "Prime Minister Khalil Benour to quit.\n\n"
     "Guards at the building on Sikka Road stood aside as the crowd streamed through the main gate shortly "
     "after midday, witnesses told Foghorn Report.\n\n"
     "The protesters demanded the immediate resignation of the whole cabinet and early elections.\n\n"
     "The Martyrs' Square Youth Coalition, which organised the march, had threatened on Friday to occupy "
     "the building if the government did not resign.\n\n"
     "\"We are students and workers, not militiamen,\" said Ibrahim Krekshi, 23, an engineering "
     "student.\n\n"
     "The storming came after a week in which militia clashes killed at least 16 people in the capital."),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt",
     "Turkish delegation holds crisis talks in Tripoli\n\n"
     "TRIPOLI, May 12, 2035 (Sirocco News Agency) - A Turkish delegation led by Deputy Foreign Minister "
     "Emre Kalayci held talks with Libyan Prime Minister Khalil Benour in Tripoli on Saturday, hours after "
     "protesters stormed the government's headquarters across town.\n\n"
     "The meeting took place at a military academy in the Janzour district and lasted around three hours, "
     "a Libyan official said.\n\n"
     "Turkey has trained and equipped forces loyal to the Tripoli government since 2020 and keeps military "
     "advisers at the al-Watiya air base.\n\n"
     "A Benour aide said the two sides discussed the security situation in the capital and the fate of the "
     "two officials abducted on Friday.\n\n"
     "Turkey's foreign ministry said the delegation would remain in Libya for several days."),
    ("2035-05-13_marblehead_interior-minister-resigns.txt",
     "Libya's interior minister resigns as pressure mounts on Benour\n\n"
     "TRIPOLI, May 13, 2035 (Marblehead Courier) - Libya's interior minister, Mabrouk Shennib, resigned on "
     "Sunday, saying he could no longer take responsibility for security in a capital \"run by armed "
     "gangs\".\n\n"
     "Hours later, Health Minister Samira Kikhia also stepped down, telling state television that "
     "hospitals in Tripoli had been pushed to breaking point.\n\n"
     "Their departures followed the storming of the government headquarters on Saturday by protesters "
     "demanding that the cabinet resign.\n\n"
     "Prime Minister Khalil Benour has not said who will replace the two ministers.\n\n"
     "Shennib, a former police general, had been in office for 14 months.\n\n"
     "\"Resignations alone will not disarm a single militia,\" said Amal Barouni, a lawyer and member of "
     "Tripoli's municipal council."),
    ("2035-05-13_quayside_obeidi-demands-handover.txt",
     "Eastern parliament speaker tells Benour to hand over power\n\n"
     "BENGHAZI, May 13, 2035 (Quayside Ledger) - The speaker of Libya's eastern-based parliament, Faraj "
     "al-Obeidi, on Sunday demanded that Prime Minister Khalil Benour step aside and hand power to a "
     "unified interim government.\n\n"
     "Obeidi made the demand in a televised address, hours after Interior Minister Mabrouk Shennib quit "
     "the Tripoli cabinet.\n\n"
     "\"Libyans deserve one government and one army,\" Obeidi said.\n\n"
     "On Friday the parliament accused the Tripoli government of funding and arming the militias that "
     "fought in the capital this week.\n\n"
     "Benour's office made no immediate comment.\n\n"
     "The House of Representatives was elected in 2014 and its mandate has been extended several times."),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt",
     "Turkish envoy returns to Benour for more talks\n\n"
     "TRIPOLI, May 14, 2035 (Cedar Post Wire) - Turkey's deputy foreign minister, Emre Kalayci, met Libyan "
     "Prime Minister Khalil Benour again on Monday, in a second sitting aimed at ending the violence in "
     "Tripoli, Libyan officials said.\n\n"
     "Kalayci and Benour had first sat down together on Saturday at a military academy in Janzour, shortly "
     "after protesters broke into the government's headquarters.\n\n"
     "Monday's session, held at Benour's residence, also included the chief of staff of the Tripoli-based "
     "army, according to a statement from Benour's office.\n\n"
     "Turkey is one of the Tripoli government's main foreign backers, and Turkish drones helped push back "
     "an offensive on the capital in 2019 and 2020.\n\n"
     "Kalayci left Tripoli for Ankara in the evening, a Turkish diplomatic source said.\n\n"
     "\"Ankara's priority is to keep its partner in power long enough to negotiate from strength,\" said "
     "Cem Ozturan, an analyst at the Istanbul-based Bosphorus Security Forum."),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt",
     "UN brokers ceasefire between Tripoli militias\n\n"
     "TRIPOLI, May 15, 2035 (Sirocco News Agency) - A UN-brokered ceasefire between the Mitiga Shield "
     "Brigade and the Hadba Guards took effect in Tripoli on Tuesday, the United Nations said.\n\n"
     "Margit Halvorsen, the UN special representative, announced the truce at a news conference in "
     "Tripoli.\n\n"
     "Under the deal, both groups are to pull their fighters back from Ain Zara and the airport road and "
     "hand their checkpoints to army units.\n\n"
     "The UN first appealed for a truce last Thursday from its compound in Janzour.\n\n"
     "A second outbreak of fighting in Ain Zara on Friday night killed seven.\n\n"
     "\"A ceasefire is a beginning, not a solution,\" Halvorsen said."),
    ("2035-05-15_juniper_truce-takes-hold.txt",
     "Truce takes hold in Tripoli after UN mediation\n\n"
     "TRIPOLI, May 15, 2035 (Juniper Wire Service) - Guns fell silent across Tripoli on Tuesday after the "
     "United Nations mission in Libya announced a ceasefire between the two armed groups whose fighting "
     "has killed 16 people in the capital in the past week.\n\n"
     "The UN's Libya envoy, Margit Halvorsen, said the truce covered all districts of the capital and "
     "would be monitored by a joint committee.\n\n"
     "The mission first called for a truce on Thursday, but fighting resumed the following night.\n\n"
     "Some shops in Ain Zara reopened on Tuesday afternoon, and a few families returned to inspect damaged "
     "homes.\n\n"
     "\"The guns are quiet, but the men holding them are still there,\" said Amal Barouni, a Tripoli "
     "municipal councillor."),
    ("2035-05-16_foghorn_militia-frees-officials.txt",
     "Libyan militia frees abducted finance officials\n\n"
     "TRIPOLI, May 16, 2035 (Foghorn Report) - The Hadba Guards released Libya's deputy finance minister "
     "and a central bank official on Wednesday, five days after seizing them from a government compound in "
     "Tripoli, the finance ministry said.\n\n"
     "Adel Ghalbon and Hisham Elkoni were handed over to the Tripoli mayor at a mosque in Abu Salim and "
     "appeared to be in good health, according to photographs released by the ministry.\n\n"
     "On Tuesday a UN-brokered truce ended more than a week of militia fighting in the capital.\n\n"
     "A Hadba Guards spokesman declined to comment.\n\n"
     "The government had dissolved the Hadba Guards by decree a week ago, but the group remains in control "
     "of much of Abu Salim.\n\n"
     "\"Freeing hostages should not earn anyone a seat at the table,\" said Tarek Zubia, a local council "
     "member."),
    ("2035-05-16_marblehead_officials-back-home.txt",
     "Kidnapped deputy minister and banker back home in Tripoli\n\n"
     "TRIPOLI, May 16, 2035 (Marblehead Courier) - A Tripoli militia on Wednesday freed two senior "
     "officials whom its gunmen abducted on Friday, the government said.\n\n"
     "Deputy Finance Minister Adel Ghalbon and central bank official Hisham Elkoni were released unharmed "
     "in Abu Salim, the district where the Hadba Guards have their main base.\n\n"
     "The United Nations brokered a ceasefire on Tuesday between the Hadba Guards and the Mitiga Shield "
     "Brigade, whose fighting killed 16 people in two rounds of clashes.\n\n"
     "The release removes one obstacle to talks between the rival camps, which Egypt plans to host in "
     "Cairo this week.\n\n"
     "\"It is good news, but nobody should forget that this was a crime,\" said Hussein Elbarghathi, a "
     "Tripoli lawyer."),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt",
     "Egypt brings Libya's rival leaders together in Cairo\n\n"
     "CAIRO, May 17, 2035 (Quayside Ledger) - Egypt hosted Libya's Tripoli-based prime minister, Khalil "
     "Benour, and the speaker of the eastern parliament, Faraj al-Obeidi, for talks in Cairo on Thursday, "
     "their first face-to-face meeting in more than a year.\n\n"
     "Egyptian Foreign Minister Karim Abdel-Ghaffar chaired the session at a government guest house in the "
     "New Administrative Capital, his ministry said.\n\n"
     "Obeidi had called on Sunday for Benour to step down and make way for a unified government.\n\n"
     "The meeting followed a UN-brokered ceasefire in Tripoli on Tuesday.\n\n"
     "A day later, the Hadba Guards freed two finance officials they had abducted the previous Friday.\n\n"
     "Egypt, which backs the eastern authorities, has hosted several rounds of Libyan talks since 2020 "
     "without a lasting breakthrough.\n\n"
     "\"Cairo wants to be seen as the power that calmed Tripoli, not only the friend of Benghazi,\" said "
     "Youssef Amari of Maghreb Risk Monitor."),
    ("2035-05-17_cedarpost_rival-leaders-meet-cairo.txt",
     "Libya's rival leaders meet in Cairo after week of Tripoli violence\n\n"
     "CAIRO, May 17, 2035 (Cedar Post Wire) - Khalil Benour and Faraj al-Obeidi, who lead Libya's two "
     "rival political camps, sat down together in Cairo on Thursday at the invitation of the Egyptian "
     "government.\n\n"
     "The talks lasted about four hours, an Egyptian official said, without giving details.\n\n"
     "Protesters stormed his government's headquarters in Tripoli on Saturday.\n\n"
     "\"Everyone is talking to Benour now, which tells you how weak he has become,\" said Cem Ozturan of "
     "the Bosphorus Security Forum.\n\n"
     "Egypt's foreign ministry said further meetings would be held \"in the coming weeks\"."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2035-05-08",
            "Mitiga Shield Brigade and Hadba Guards clash in east Tripoli (6, then 9 dead)"),
    "A02": (("COERCE",), "2035-05-09", "PM Benour orders the Hadba Guards disbanded"),
    "A03": (("REJECT",), "2035-05-10", "Hadba Guards commander Bukhatwa rejects the disbanding order"),
    "A04": (("REQUEST",), "2035-05-10",
            "UN mission in Libya calls on Tripoli armed groups to observe a truce"),
    "A05": (("COERCE",), "2035-05-11",
            "Hadba Guards abduct the deputy finance minister and a central bank official"),
    "A06": (("ACCUSE",), "2035-05-11", "eastern House of Representatives accuses Tripoli of arming militias"),
    "A07": (("THREATEN",), "2035-05-11", "youth coalition warns it will storm the government headquarters"),
    "A08": (("ASSAULT",), "2035-05-11", "the same two militias clash again in Ain Zara (4, then 7 dead)"),
    "A09": (("PROTEST",), "2035-05-12", "protesters storm the Tripoli government headquarters"),
    "A10": (("REQUEST",), "2035-05-12", "protesters demand the cabinet's resignation"),
    "A11": (("CONSULT",), "2035-05-12",
            "Turkish deputy FM Kalayci holds talks with Benour in Tripoli (first round)"),
    "A12": (("CONCEDE",), "2035-05-13", "interior minister Shennib resigns"),
    "A13": (("CONCEDE",), "2035-05-13", "health minister Kikhia resigns"),
    "A14": (("REQUEST",), "2035-05-13", "eastern parliament speaker Obeidi demands Benour step aside"),
    "A15": (("CONSULT",), "2035-05-14", "Kalayci and Benour hold a second round of talks in Tripoli"),
    "A16": (("RETREAT",), "2035-05-15", "UN-brokered ceasefire between the two militias takes effect"),
    "A17": (("RETREAT",), "2035-05-16", "Hadba Guards release the two abducted officials"),
    "A18": (("CONSULT",), "2035-05-17", "Egypt hosts Benour and Obeidi for talks in Cairo"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-05-08_sirocco_tripoli-militias-clash.txt", "A01", "Rival militias battle in Tripoli"),
    ("2035-05-08_sirocco_tripoli-militias-clash.txt",
     "A01", "Mortar rounds landed near the airport perimeter"),
    ("2035-05-08_sirocco_tripoli-militias-clash.txt", "A01", "fought running battles with machine guns"),
    ("2035-05-08_cedarpost_gunfights-rock-tripoli.txt", "A01", "armed factions rock Libyan capital"),
    ("2035-05-08_cedarpost_gunfights-rock-tripoli.txt", "A01", "Heavy clashes broke out in Tripoli"),
    ("2035-05-08_cedarpost_gunfights-rock-tripoli.txt", "A01", "attacked a Hadba Guards position"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt", "A01", "Tripoli toll climbs to nine"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt", "A02", "premier orders militia dissolved"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt",
     "A02", "ordered the Hadba Guards to be disbanded"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt",
     "A02", "Benour dissolved the group in a decree"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt",
     "A01", "fought street battles with a rival faction"),
    ("2035-05-09_marblehead_toll-rises-militia-dissolved.txt",
     "A01", "Tuesday's fighting has now claimed nine lives"),
    ("2035-05-09_quayside_benour-decree-hadba.txt", "A02", "moves to break up powerful Tripoli militia"),
    ("2035-05-09_quayside_benour-decree-hadba.txt", "A02", "issued a decree on Wednesday dissolving"),
    ("2035-05-09_quayside_benour-decree-hadba.txt", "A01", "clashes that killed nine people"),
    ("2035-05-09_quayside_benour-decree-hadba.txt", "A01", "Tuesday's battles between the Hadba Guards"),
    ("2035-05-09_juniper_benour-decree-hadba.txt", "A02", "moves to break up powerful Tripoli militia"),
    ("2035-05-09_juniper_benour-decree-hadba.txt", "A02", "issued a decree on Wednesday dissolving"),
    ("2035-05-09_juniper_benour-decree-hadba.txt", "A01", "clashes that killed nine people"),
    ("2035-05-09_juniper_benour-decree-hadba.txt", "A01", "Tuesday's battles between the Hadba Guards"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt", "A03", "militia defies disbandment order"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt", "A04", "as UN urges truce"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt",
     "A03", "rejected the Libyan prime minister's order"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt", "A03", "We will not lay down our arms"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt",
     "A04", "called on all armed groups in the capital"),
    ("2035-05-10_sirocco_hadba-rejects-order-un-truce.txt",
     "A02", "announced the dissolution of the Hadba Guards"),
    ("2035-05-10_foghorn_un-mission-urges-truce.txt", "A04", "UN envoy presses Libya's armed groups"),
    ("2035-05-10_foghorn_un-mission-urges-truce.txt", "A04", "urged the armed factions in Tripoli"),
    ("2035-05-10_foghorn_un-mission-urges-truce.txt", "A04", "must silence their guns"),
    ("2035-05-10_foghorn_un-mission-urges-truce.txt", "A03", "refused a government order to disband"),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt", "A03", "refuses to stand down"),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt", "A03", "he would not obey"),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt", "A02", "Benour's decree dissolving his militia"),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt", "A03", "would not hand over a single rifle"),
    ("2035-05-10_cedarpost_hadba-chief-refuses.txt", "A02", "Benour issued the order on Wednesday"),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt", "A05", "Gunmen seize two senior officials"),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt", "A05", "abducted Libya's deputy finance minister"),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt",
     "A05", "were bundled into cars outside the compound"),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt", "A06", "accused the Tripoli government of paying"),
    ("2035-05-11_marblehead_gunmen-seize-officials.txt", "A06", "fed these gangs with public money"),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt", "A06", "Eastern parliament blames Tripoli"),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt", "A07", "protest group issues ultimatum"),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt",
     "A06", "accused the government in Tripoli of arming"),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt",
     "A06", "read by parliament spokesman Abdullah Zuwai"),
    ("2035-05-11_quayside_parliament-blames-tripoli.txt", "A07", "warned that its supporters would storm"),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt", "A08", "Fresh fighting erupts in Tripoli"),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt",
     "A08", "Fighting flared again between the Mitiga Shield Brigade"),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt", "A08", "The new clashes centred on Ain Zara"),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt", "A01", "On Tuesday the two groups battled"),
    ("2035-05-11_foghorn_fresh-fighting-tripoli.txt", "A05", "gunmen took two senior finance officials"),
    ("2035-05-12_cedarpost_ain-zara-toll-seven.txt", "A08", "Death toll from Friday's Tripoli clashes"),
    ("2035-05-12_cedarpost_ain-zara-toll-seven.txt", "A08", "Seven people were killed in overnight clashes"),
    ("2035-05-12_cedarpost_ain-zara-toll-seven.txt", "A08", "Both sides used mortars in the fighting"),
    ("2035-05-12_cedarpost_ain-zara-toll-seven.txt", "A08", "mortar bombs struck at least three houses"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt",
     "A09", "Protesters storm Libyan government headquarters"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt", "A09", "forced their way into the headquarters"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt",
     "A10", "chanting for Prime Minister Khalil Benour"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt", "A09", "the crowd poured through the main gate"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt",
     "A10", "demanded the immediate resignation of the whole cabinet"),
    ("2035-05-12_juniper_protesters-storm-headquarters.txt", "A07", "had threatened on Friday to occupy"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt",
     "A09", "Protesters storm Tripoli government headquarters"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt", "A09", "forced their way into the headquarters"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt", "A10", "chanting for Prime Minister Khalil Benour"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt", "A09", "the crowd streamed through the main gate"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt",
     "A10", "demanded the immediate resignation of the whole cabinet"),
    ("2035-05-12_foghorn_crowd-storms-headquarters.txt", "A07", "had threatened on Friday to occupy"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt", "A11", "Turkish delegation holds crisis talks"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt", "A11", "held talks with Libyan Prime Minister"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt",
     "A09", "hours after protesters stormed the government's headquarters"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt",
     "A11", "The meeting took place at a military academy"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt",
     "A11", "the two sides discussed the security situation"),
    ("2035-05-12_sirocco_turkish-delegation-talks.txt", "A05", "two officials abducted on Friday"),
    ("2035-05-13_marblehead_interior-minister-resigns.txt",
     "A12", "interior minister resigns as pressure mounts"),
    ("2035-05-13_marblehead_interior-minister-resigns.txt", "A12", "Mabrouk Shennib, resigned on Sunday"),
    ("2035-05-13_marblehead_interior-minister-resigns.txt",
     "A13", "Health Minister Samira Kikhia also stepped down"),
    ("2035-05-13_marblehead_interior-minister-resigns.txt",
     "A09", "the storming of the government headquarters on Saturday"),
    ("2035-05-13_marblehead_interior-minister-resigns.txt",
     "A10", "protesters demanding that the cabinet resign"),
    ("2035-05-13_quayside_obeidi-demands-handover.txt", "A14", "tells Benour to hand over power"),
    ("2035-05-13_quayside_obeidi-demands-handover.txt",
     "A14", "demanded that Prime Minister Khalil Benour step aside"),
    ("2035-05-13_quayside_obeidi-demands-handover.txt", "A14", "Obeidi made the demand"),
    ("2035-05-13_quayside_obeidi-demands-handover.txt", "A12", "Interior Minister Mabrouk Shennib quit"),
    ("2035-05-13_quayside_obeidi-demands-handover.txt", "A06", "On Friday the parliament accused"),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt", "A15", "Turkish envoy returns to Benour"),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt",
     "A15", "met Libyan Prime Minister Khalil Benour again"),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt", "A11", "had first sat down together on Saturday"),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt",
     "A09", "protesters broke into the government's headquarters"),
    ("2035-05-14_cedarpost_turkish-envoy-second-round.txt",
     "A15", "Monday's session, held at Benour's residence"),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt", "A16", "UN brokers ceasefire between Tripoli militias"),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt",
     "A16", "A UN-brokered ceasefire between the Mitiga Shield Brigade"),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt", "A16", "announced the truce at a news conference"),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt", "A04", "The UN first appealed for a truce"),
    ("2035-05-15_sirocco_un-brokers-ceasefire.txt", "A08", "A second outbreak of fighting in Ain Zara"),
    ("2035-05-15_juniper_truce-takes-hold.txt", "A16", "Truce takes hold in Tripoli"),
    ("2035-05-15_juniper_truce-takes-hold.txt", "A16", "announced a ceasefire between the two armed groups"),
    ("2035-05-15_juniper_truce-takes-hold.txt", "A04", "first called for a truce on Thursday"),
    ("2035-05-15_juniper_truce-takes-hold.txt", "A08", "fighting resumed the following night"),
    ("2035-05-16_foghorn_militia-frees-officials.txt", "A17", "militia frees abducted finance officials"),
    ("2035-05-16_foghorn_militia-frees-officials.txt",
     "A17", "The Hadba Guards released Libya's deputy finance minister"),
    ("2035-05-16_foghorn_militia-frees-officials.txt", "A05", "five days after seizing them"),
    ("2035-05-16_foghorn_militia-frees-officials.txt", "A17", "were handed over to the Tripoli mayor"),
    ("2035-05-16_foghorn_militia-frees-officials.txt", "A16", "On Tuesday a UN-brokered truce ended"),
    ("2035-05-16_foghorn_militia-frees-officials.txt", "A02", "had dissolved the Hadba Guards by decree"),
    ("2035-05-16_marblehead_officials-back-home.txt",
     "A17", "Kidnapped deputy minister and banker back home"),
    ("2035-05-16_marblehead_officials-back-home.txt", "A17", "A Tripoli militia on Wednesday freed"),
    ("2035-05-16_marblehead_officials-back-home.txt", "A05", "whom its gunmen abducted on Friday"),
    ("2035-05-16_marblehead_officials-back-home.txt", "A17", "were released unharmed in Abu Salim"),
    ("2035-05-16_marblehead_officials-back-home.txt",
     "A16", "The United Nations brokered a ceasefire on Tuesday"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A18", "Egypt brings Libya's rival leaders together"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt",
     "A18", "Egypt hosted Libya's Tripoli-based prime minister"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A18", "chaired the session at a government guest house"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A14", "Obeidi had called on Sunday for Benour"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A16", "followed a UN-brokered ceasefire in Tripoli"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A17", "the Hadba Guards freed two finance officials"),
    ("2035-05-17_quayside_cairo-hosts-rivals.txt", "A05", "they had abducted the previous Friday"),
    ("2035-05-17_cedarpost_rival-leaders-meet-cairo.txt", "A18", "rival leaders meet in Cairo"),
    ("2035-05-17_cedarpost_rival-leaders-meet-cairo.txt", "A18", "sat down together in Cairo on Thursday"),
    ("2035-05-17_cedarpost_rival-leaders-meet-cairo.txt", "A18", "The talks lasted about four hours"),
    ("2035-05-17_cedarpost_rival-leaders-meet-cairo.txt",
     "A09", "Protesters stormed his government's headquarters"),
]

FLOORS = {"pairwise_f1": 0.83, "b3_f1": 0.87, "reports_found": 0.58}


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
