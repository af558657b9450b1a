"""Twenty-first blind incident batch: attacks on shipping in the Red Sea and Gulf of Aden, March 7-16, 2033.

Written on 2026-12-01, before the coder was run on any of it. Over ten days Yemen's Houthis fire missiles and
a drone at the bulk carrier Selene Trader (one crew member killed, a toll later revised to two), seize the
tanker Amber Crest and hold its 23 crew, and three days after the first attack hit the container ship Kestrel
Bay. The same day a US destroyer and a British frigate each shoot down drones. Washington warns the Houthis of
a military response and strikes their sites around Hodeidah three days later; Tehran condemns the strikes.
Britain's foreign secretary and prime minister each demand the crew's release, the EU naval mission starts
escorting convoys through the Bab el-Mandeb, the UN envoy visits Sanaa twice, Oman hosts Saudi-Houthi talks in
Muscat where the Houthis pledge to free the crew, the US Treasury sanctions Houthi financiers, and the crew
are released and welcomed by Riyadh. Shipping lines rerouting around Africa appear only as figures, not as
acts.

Everything here is synthetic: the outlets (Gulf Courier, Ridgeline Press, Tidewater Bulletin, Continental
Newswire, Red Sea Observer, Capital Ledger) and the people are invented, the countries and places are real,
the events never happened and the dates lie in the future. 24 documents over ten days; one is a verbatim
syndicated copy (Tidewater Bulletin of Gulf Courier, March 7) and one a lightly edited copy (Ridgeline Press
of Capital Ledger, March 11). Headlines are not reports.

Gold conventions. An act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed as the CAMEO2PLOVER-2021 codebook gives it, a second type only
where the codebook truly allows two readings; its date is the day it happened. REPORTS lists every body
sentence that reports an act that happened, background recaps in later reports ("Thursday's missile and drone
attack") and quotes that tell the act included; its cue is a verbatim piece of that sentence found once in the
file. A sentence may report two acts of different types (two entries); no sentence reports two acts of one
type. A promise is an AGREE act, a threat a THREATEN act, a demand a REQUEST act, but the promised, threatened
or demanded act counts only once it happens. A reaction to an act ("condemned the strikes", "praised the
freeing") reports the reaction only. Warships shooting down drones are ASSAULT; escorting convoys is MOBILIZE.
Not listed: planned or future acts, denied, conditional or hypothetical acts, acts more than a year before,
statistics and tallies (a death toll told on its own), opinions.

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold (file, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the eighth 2026-12-01 session): run
once at its end with `figures`: on its starting code (5af70ae) pairwise F1 0.755 (precision 0.875, recall
0.664), B-cubed F1 0.820; on its final code (dc0dad2) **pairwise F1 0.731** (precision 0.861, recall 0.636),
B-cubed F1 0.817.
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
    ("2033-03-07_gulfcourier_missiles-hit-bulk-carrier.txt",
     "Houthi missiles strike grain carrier off Aden, one seafarer dead\n\n"
     "DUBAI, March 7, 2033 (Gulf Courier) - Houthi forces struck a Liberian-flagged bulk carrier using"
     " two anti-ship missiles and a drone late on Monday as it crossed the Gulf of Aden, killing one "
     "member of its crew and setting its bridge ablaze, maritime officials said.\n\n"
     "The Selene Trader, managed by Halkidon Maritime of Piraeus, was carrying wheat to Jeddah and was"
     " about 60 nautical miles southeast of Aden at the time, according to the British military's "
     "maritime trade office.\n\n"
     "Two other sailors were hurt, and the remaining 19 crew members brought the blaze under control "
     "after several hours.\n\n"
     "Brig. Gen. Abdulkarim al-Sharafi, a Houthi military spokesman, said in a televised statement "
     "that the group had targeted the vessel because its owner's other ships had called at Israeli "
     "ports.\n\n"
     "“We are in shock, and our thoughts are with his family,” the company said, adding that the dead "
     "seafarer was a Filipino engineer aged 34.\n\n"
     "War-risk premiums for the southern Red Sea now stand at about 0.7 percent of a ship's value, two"
     " London brokers said."),
    ("2033-03-07_ridgeline_seafarer-killed-gulf-of-aden.txt",
     "Seafarer killed as Yemen's Houthis fire on grain ship\n\n"
     "LONDON, March 7, 2033 (Ridgeline Press) - A crew member aboard a grain freighter was killed on "
     "Monday when Yemen's Houthi movement launched missiles and an explosive drone at the ship off the"
     " southern coast of Yemen, the United Kingdom Maritime Trade Operations agency said.\n\n"
     "UKMTO said the vessel, identified by its manager as the Selene Trader, was still able to sail "
     "under its own power toward Djibouti.\n\n"
     "The Houthis, who control the capital Sanaa and much of Yemen's Red Sea coast, claimed "
     "responsibility for the strike in a late evening broadcast on their Al-Masirah channel.\n\n"
     "“Our first concern is the families and the men still on board,” said Eleni Markou, a spokeswoman"
     " for the manager, Halkidon Maritime.\n\n"
     "Traffic through the Bab el-Mandeb strait, the narrow entrance to the Red Sea, is about 40 "
     "percent below its level of five years ago, according to Marlowe Shipping Analytics."),
    ("2033-03-07_tidewater_missiles-hit-bulk-carrier.txt",
     "Houthi missiles strike grain carrier off Aden, one seafarer dead\n\n"
     "DUBAI, March 7, 2033 (Tidewater Bulletin) - Houthi forces struck a Liberian-flagged bulk carrier"
     " using two anti-ship missiles and a drone late on Monday as it crossed the Gulf of Aden, killing"
     " one member of its crew and setting its bridge ablaze, maritime officials said.\n\n"
     "The Selene Trader, managed by Halkidon Maritime of Piraeus, was carrying wheat to Jeddah and was"
     " about 60 nautical miles southeast of Aden at the time, according to the British military's "
     "maritime trade office.\n\n"
     "Two other sailors were hurt, and the remaining 19 crew members brought the blaze under control "
     "after several hours.\n\n"
     "Brig. Gen. Abdulkarim al-Sharafi, a Houthi military spokesman, said in a televised statement "
     "that the group had targeted the vessel because its owner's other ships had called at Israeli "
     "ports.\n\n"
     "“We are in shock, and our thoughts are with his family,” the company said, adding that the dead "
     "seafarer was a Filipino engineer aged 34.\n\n"
     "War-risk premiums for the southern Red Sea now stand at about 0.7 percent of a ship's value, two"
     " London brokers said.\n\n"
     "This article was originally distributed by Gulf Courier."),
    ("2033-03-08_continental_houthis-seize-tanker.txt",
     "Houthi fighters seize fuel tanker in southern Red Sea\n\n"
     "DUBAI, March 8, 2033 (Continental Newswire) - Houthi fighters dropped from a helicopter onto a "
     "Panama-flagged fuel tanker in the southern Red Sea on Tuesday and steered it to the port of "
     "Hodeidah, holding its 23 crew members, two maritime security firms said.\n\n"
     "The Amber Crest was carrying about 80,000 tonnes of fuel oil from Sohar in Oman to the Suez "
     "Canal, according to ship-tracking data. Its crew are from India, the Philippines and Romania, "
     "the vessel's Singapore-based operator, Qaswa Tankers, said.\n\n"
     "A Houthi official, Fadl al-Marrani, told the group's television station that the tanker had been"
     " taken because it was breaking a ban on trade with Israel.\n\n"
     "The last hijacking of a merchant vessel in these waters was in 2030, according to the risk "
     "consultancy Corvane."),
    ("2033-03-08_redseaobserver_un-envoy-sanaa.txt",
     "UN envoy holds talks in Sanaa as tanker seizure deepens crisis\n\n"
     "SANAA, March 8, 2033 (Red Sea Observer) - The United Nations special envoy for Yemen, Tomas "
     "Verhagen, met senior Houthi leaders in Sanaa on Tuesday, his office said, hours after the "
     "group's fighters captured an oil tanker off the Yemeni coast.\n\n"
     "Verhagen held about three hours of discussions with Yahya al-Qadhi, head of the Houthis' Supreme"
     " Political Council, and with the group's chief negotiator, Hamid al-Rawhani, according to a "
     "statement.\n\n"
     "The statement gave few details but said the envoy had stressed the risk that the fighting at sea"
     " could unravel a fragile truce on land.\n\n"
     "Yemen's war, which began in 2014, has cost several hundred thousand lives through combat, hunger"
     " and illness, the United Nations estimates.\n\n"
     "“The sea lanes cannot become the next front of this war,” Verhagen told reporters at Sanaa "
     "airport before flying to Amman."),
    ("2033-03-08_gulfcourier_tanker-taken-to-hodeidah.txt",
     "Seized tanker anchored off Hodeidah, crew safe, operator says\n\n"
     "DUBAI, March 8, 2033 (Gulf Courier) - The operator of the Amber Crest said on Tuesday that all "
     "23 seafarers aboard were unharmed after Houthi gunmen boarded and took over the tanker northwest"
     " of the Hanish Islands earlier in the day.\n\n"
     "Qaswa Tankers said the ship was now anchored about four miles off Hodeidah and that its last "
     "radio exchange with the master was shortly after 11:00.\n\n"
     "Video released by the Houthis showed masked men rappelling from a helicopter onto the deck and "
     "herding crew members onto the bridge at gunpoint.\n\n"
     "The Amber Crest's cargo is worth about $45 million at current prices, according to Gulf Courier "
     "calculations.\n\n"
     "In Sanaa, the UN envoy Tomas Verhagen sat down with Houthi officials on Tuesday, but neither "
     "side said whether the tanker had been discussed."),
    ("2033-03-09_capitalledger_britain-demands-crew-release.txt",
     "Britain demands Houthis free seized tanker's crew\n\n"
     "LONDON, March 9, 2033 (Capital Ledger) - Foreign Secretary Helen Carrow on Wednesday demanded "
     "that Yemen's Houthis immediately free the 23 crew members of the Amber Crest, the tanker they "
     "seized in the Red Sea a day earlier.\n\n"
     "“Seafarers are not bargaining chips, and they must be allowed to go home to their families "
     "without delay,” Carrow told the House of Commons.\n\n"
     "Prime Minister Edmund Lacey issued the same demand in a separate statement later in the "
     "afternoon.\n\n"
     "Two of the crew hold British residency, according to the Foreign Office.\n\n"
     "Britain has kept at least one warship in the region since 2024."),
    ("2033-03-09_ridgeline_pentagon-warns-houthis.txt",
     "Pentagon chief warns Houthis of 'consequences' over Red Sea attacks\n\n"
     "WASHINGTON, March 9, 2033 (Ridgeline Press) - U.S. Defense Secretary Raymond Ostrowski warned "
     "Yemen's Houthis on Wednesday that they would face a military response if they kept firing on "
     "commercial shipping.\n\n"
     "“If these attacks continue, we will act, and we will not announce the timing in advance,” "
     "Ostrowski told reporters at the Pentagon.\n\n"
     "His remarks followed the Houthi missile strike on the Selene Trader on Monday, which the ship's "
     "manager now says killed two crew members after an injured sailor died in a Djibouti hospital.\n\n"
     "The Pentagon did not say how many warships it has in the Red Sea, though officials have said "
     "privately that at least two destroyers are operating there.\n\n"
     "U.S. forces last carried out strikes in Yemen in 2029, during a previous wave of attacks on "
     "shipping."),
    ("2033-03-09_continental_second-sailor-dies.txt",
     "Death toll from attack on Selene Trader rises to two\n\n"
     "ATHENS, March 9, 2033 (Continental Newswire) - A second crew member of the Selene Trader has "
     "died of burns, raising to two the number of seafarers killed when Houthi missiles slammed into "
     "the bulk carrier on Monday, its Greek manager said on Wednesday.\n\n"
     "Halkidon Maritime said the sailor, a 51-year-old Romanian boatswain, had been taken to a "
     "hospital in Djibouti but did not survive surgery. The first victim, a 34-year-old Filipino "
     "engineer, was named on Wednesday as Ramon Dizon.\n\n"
     "In London, Foreign Secretary Helen Carrow on Wednesday pressed for the freeing of the 23 "
     "seafarers held aboard the Amber Crest.\n\n"
     "Halkidon said the Selene Trader had reached Djibouti under its own power and that investigators "
     "would board it on Thursday."),
    ("2033-03-10_redseaobserver_container-ship-hit.txt",
     "Houthi drone and missile hit container ship; US, British warships down others\n\n"
     "DJIBOUTI, March 10, 2033 (Red Sea Observer) - A Houthi drone and an anti-ship missile struck a "
     "Malta-flagged container ship in the southern Red Sea on Thursday, starting a fire in one of its "
     "holds, the vessel's operator and maritime officials said.\n\n"
     "None of the 25 crew aboard the Kestrel Bay was hurt, and the fire was put out within two hours, "
     "operator Brandt & Ollerton Lines said.\n\n"
     "The U.S. Navy destroyer USS Carver shot down four drones over the same stretch of water, U.S. "
     "Central Command said in an online post.\n\n"
     "A British frigate, HMS Wexford, destroyed two further drones with Sea Viper missiles, the "
     "Ministry of Defence in London said.\n\n"
     "The Houthi military spokesman, Abdulkarim al-Sharafi, said the group had fired on the Kestrel "
     "Bay because it was owned by a British company.\n\n"
     "About 12 percent of world seaborne trade normally passes through the Red Sea, according to "
     "industry estimates."),
    ("2033-03-10_tidewater_us-destroyer-downs-drones.txt",
     "U.S. destroyer shoots down Houthi drones over Red Sea\n\n"
     "WASHINGTON, March 10, 2033 (Tidewater Bulletin) - An American destroyer downed four Houthi "
     "attack drones over the southern Red Sea on Thursday, the Pentagon said, a day after the defense "
     "secretary warned the group of military consequences.\n\n"
     "A Pentagon spokeswoman, Colonel Andrea Lutz, said none of the drones reached their targets and "
     "that the USS Carver suffered no damage.\n\n"
     "The Royal Navy said its frigate HMS Wexford intercepted two more drones about 30 miles to the "
     "north.\n\n"
     "Earlier on Thursday, a missile launched from Houthi-held territory hit the Malta-flagged "
     "container ship Kestrel Bay, causing a fire that the crew later extinguished.\n\n"
     "“We have seen a clear escalation in both the pace and the range of these attacks,” Lutz said."),
    ("2033-03-10_gulfcourier_carriers-reroute.txt",
     "Carriers reroute as container ship burns off Yemen\n\n"
     "DUBAI, March 10, 2033 (Gulf Courier) - Houthi forces hit the container ship Kestrel Bay with a "
     "missile near the Hanish Islands on Thursday, officials and the ship's operator said.\n\n"
     "Freight rates from Shanghai to Rotterdam jumped 18 percent on Thursday, according to an index "
     "compiled by Marlowe Shipping Analytics. Five of the 10 largest container carriers are now "
     "routing all their Asia-Europe services via the Cape of Good Hope, the consultancy said.\n\n"
     "The destroyer USS Carver downed four more drones launched toward other vessels, according to "
     "U.S. Central Command.\n\n"
     "“Nobody is going to put a crew through that passage right now,” said Jonas Brekke, a Marlowe "
     "analyst."),
    ("2033-03-11_capitalledger_eu-mission-escorts.txt",
     "EU naval mission starts escorting merchant ships through Bab el-Mandeb\n\n"
     "BRUSSELS, March 11, 2033 (Capital Ledger) - The European Union's Aspides naval mission began "
     "escorting merchant vessels through the Bab el-Mandeb strait on Friday, sending an Italian and a "
     "Greek frigate to shepherd a first group of six ships northward, the mission said.\n\n"
     "Rear Admiral Nikos Vardakis, the mission's commander, said the first group had reached the open "
     "Red Sea without incident by late afternoon.\n\n"
     "The move follows Thursday's missile and drone attack on the container ship Kestrel Bay, which "
     "was hit near the Hanish Islands while sailing without protection.\n\n"
     "“Our job is to make sure that seafarers can cross these waters without being shot at,” Vardakis "
     "told reporters by video link from the flagship.\n\n"
     "The mission has four warships available, one fewer than when it was set up in 2024."),
    ("2033-03-11_ridgeline_european-frigates-escort-convoy.txt",
     "European frigates escort first convoy through Bab el-Mandeb\n\n"
     "BRUSSELS, March 11, 2033 (Ridgeline Press) - The European Union's Aspides naval mission started "
     "escorting merchant vessels through the Bab el-Mandeb strait on Friday, sending an Italian "
     "frigate and a Greek frigate to shepherd a first group of six ships north, the mission said.\n\n"
     "Rear Admiral Nikos Vardakis, the mission's commander, said the first group had reached the open "
     "Red Sea safely by late afternoon.\n\n"
     "The move follows Thursday's missile and drone attack on the container ship Kestrel Bay, which "
     "was struck near the Hanish Islands while sailing alone.\n\n"
     "“Our job is to make sure that seafarers can cross these waters without being shot at,” Vardakis "
     "told reporters by video link.\n\n"
     "The mission has four warships available, one fewer than when it was set up in 2024."),
    ("2033-03-12_continental_us-strikes-yemen.txt",
     "U.S. strikes Houthi missile sites in Yemen\n\n"
     "WASHINGTON, March 12, 2033 (Continental Newswire) - U.S. warplanes and a submarine struck Houthi"
     " radar stations, missile launchers and drone storage sites in western Yemen early on Saturday, "
     "the Pentagon said, three days after Defense Secretary Raymond Ostrowski warned the group that it"
     " would face military action.\n\n"
     "Ostrowski said the strikes hit 14 targets around Hodeidah and in Hajjah province and were meant "
     "to degrade the group's ability to threaten shipping.\n\n"
     "“Freedom of navigation is not negotiable,” he said in a written statement.\n\n"
     "On Thursday, the destroyer USS Carver shot down four drones that U.S. officials said were aimed "
     "at merchant ships.\n\n"
     "The same day, a Houthi missile set a container ship, the Kestrel Bay, on fire near the Hanish "
     "Islands.\n\n"
     "There was no immediate word on casualties from the Houthis or from health officials in Hodeidah."),
    ("2033-03-12_redseaobserver_blasts-shake-hodeidah.txt",
     "Blasts shake Hodeidah as U.S. jets pound Houthi targets; Iran condemns\n\n"
     "HODEIDAH, March 12, 2033 (Red Sea Observer) - Explosions rocked the port city of Hodeidah before"
     " dawn on Saturday as U.S. aircraft bombed Houthi positions along Yemen's Red Sea coast, "
     "residents said.\n\n"
     "One resident, a fisherman who gave his name only as Ali, said he counted at least nine blasts "
     "near the airport and the naval base.\n\n"
     "Houthi-run health authorities put the death toll at four, a figure that could not be "
     "independently verified.\n\n"
     "In Tehran, Foreign Ministry spokesman Mehdi Sarvestani condemned the strikes as a gross breach "
     "of Yemen's sovereignty.\n\n"
     "“Washington is pouring fuel on a fire that it claims to want to put out,” Sarvestani said at his"
     " weekly news conference."),
    ("2033-03-12_gulfcourier_tehran-denounces-raids.txt",
     "Tehran denounces U.S. raids on Yemen\n\n"
     "DUBAI, March 12, 2033 (Gulf Courier) - Iran on Saturday denounced U.S. air strikes on "
     "Houthi-held areas of western Yemen, calling them an act of aggression that would widen the "
     "conflict in the region.\n\n"
     "The strikes, carried out before dawn on Saturday, targeted radar and missile sites near "
     "Hodeidah, according to U.S. officials.\n\n"
     "Foreign Ministry spokesman Mehdi Sarvestani told reporters that the United States bore full "
     "responsibility for any escalation.\n\n"
     "“Our position is clear and it has not changed,” Sarvestani said when asked about Iranian weapons"
     " reaching Yemen.\n\n"
     "Saudi Arabia, which shares a long border with Yemen, made no immediate comment."),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt",
     "Houthis pledge to free tanker crew after talks in Muscat\n\n"
     "MUSCAT, March 13, 2033 (Tidewater Bulletin) - Yemen's Houthis pledged on Sunday to release the "
     "23 crew members of the tanker Amber Crest, after a day of talks with Saudi officials hosted by "
     "Oman in its capital.\n\n"
     "The group's chief negotiator, Hamid al-Rawhani, told reporters that the seafarers would be freed"
     " “within days” as a humanitarian gesture.\n\n"
     "Omani Foreign Minister Said al-Harthy hosted the two delegations at a government guesthouse "
     "outside Muscat, his ministry said.\n\n"
     "Houthi fighters took the Amber Crest last Tuesday and sailed it to Hodeidah.\n\n"
     "The talks took place a day after U.S. strikes on Houthi radar and missile sites around Hodeidah,"
     " which the group said had killed four people.\n\n"
     "Saudi Arabia and the Houthis have observed a largely unbroken truce along their border since "
     "2022.\n\n"
     "“Nobody at the table wants this to become a regional war,” said a Gulf diplomat briefed on the "
     "meeting."),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt",
     "Oman brokers Saudi-Houthi meeting as Red Sea crisis mounts\n\n"
     "MUSCAT, March 13, 2033 (Capital Ledger) - Saudi and Houthi negotiators met in the Omani capital "
     "on Sunday in their first direct contact since the Red Sea attacks began a week ago, Omani "
     "officials said.\n\n"
     "Riyadh's delegation was led by Khalid al-Otaibi, a senior adviser at the Saudi defense ministry,"
     " two people with knowledge of the arrangements said.\n\n"
     "As the session closed, Houthi negotiator Hamid al-Rawhani promised to hand over the crew of the "
     "Amber Crest to Omani officials.\n\n"
     "He gave no date, and the Saudi side made no public comment.\n\n"
     "The meeting came a day after U.S. jets struck Houthi targets around Hodeidah.\n\n"
     "Oman has hosted several rounds of contacts between the two sides since 2022."),
    ("2033-03-14_ridgeline_us-blacklists-financiers.txt",
     "U.S. blacklists Houthi financiers and money changers\n\n"
     "WASHINGTON, March 14, 2033 (Ridgeline Press) - The U.S. Treasury on Monday imposed sanctions on "
     "four men and two currency exchange houses in Yemen and the United Arab Emirates that it said "
     "moved money for Yemen's Houthis, including proceeds from fuel smuggled through Hodeidah.\n\n"
     "The designations freeze any assets the six hold under U.S. jurisdiction and bar Americans from "
     "dealing with them.\n\n"
     "“Money is what keeps these launchers firing,” Under Secretary Dana Whitfield said in a "
     "statement.\n\n"
     "The move comes two days after U.S. warplanes struck Houthi radar and missile sites around "
     "Hodeidah. It also came a day after Houthi negotiators promised to free the crew of the seized "
     "tanker Amber Crest.\n\n"
     "The Treasury has designated more than 100 Houthi-linked people and firms since 2024."),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt",
     "UN envoy back in Sanaa to press for tanker crew's release\n\n"
     "SANAA, March 14, 2033 (Red Sea Observer) - UN special envoy Tomas Verhagen returned to Sanaa on "
     "Monday for his second set of meetings with Houthi leaders in under a week, aiming to secure the "
     "release of the Amber Crest's crew.\n\n"
     "Verhagen first met the group's leadership in the capital last Tuesday.\n\n"
     "He held talks on Monday with Yahya al-Qadhi, head of the Supreme Political Council, at the "
     "council's offices, a spokesman for the envoy said.\n\n"
     "On Sunday, the group's chief negotiator pledged to free the 23 seafarers.\n\n"
     "The U.S. Treasury on Monday added four Houthi financiers and two exchange houses to its "
     "sanctions list.\n\n"
     "“We are closer than we were a week ago, but not close enough,” Verhagen said at the airport."),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt",
     "Houthis free 23 crew of seized tanker, fly them to Oman\n\n"
     "MUSCAT, March 15, 2033 (Continental Newswire) - Yemen's Houthis freed the 23 crew members of the"
     " tanker Amber Crest on Tuesday and put them on an Omani plane from Sanaa to Muscat, two days "
     "after promising to let them go.\n\n"
     "The seafarers, from India, the Philippines and Romania, looked tired but well as they walked "
     "across the tarmac at Muscat airport, a Continental Newswire reporter saw.\n\n"
     "In Riyadh, the Saudi foreign ministry issued a statement welcoming the release.\n\n"
     "The release followed Sunday's Omani-hosted talks between Houthi and Saudi negotiators in Muscat.\n\n"
     "UN envoy Tomas Verhagen had also pressed the case in Sanaa on Monday, his second trip there in a"
     " week.\n\n"
     "The Amber Crest itself remains at anchor off Hodeidah, and its operator said it had received no "
     "word on when the ship would be returned."),
    ("2033-03-15_gulfcourier_riyadh-hails-release.txt",
     "Riyadh hails release of Amber Crest seafarers\n\n"
     "RIYADH, March 15, 2033 (Gulf Courier) - Saudi Arabia on Tuesday praised the freeing of the Amber"
     " Crest's seafarers as a positive step toward calming the Red Sea.\n\n"
     "The 23 seafarers were released in Sanaa on Tuesday morning and flown to Muscat aboard an Omani "
     "aircraft.\n\n"
     "The Houthis had held them since seizing the tanker on March 8 in the southern Red Sea.\n\n"
     "A Saudi foreign ministry statement said the kingdom hoped the move would “open the door” to an "
     "end of attacks on shipping.\n\n"
     "The Houthis have given no sign of ending their campaign against merchant vessels."),
    ("2033-03-16_tidewater_ten-days-red-sea.txt",
     "Ten days that shut the Red Sea: what happened and what comes next\n\n"
     "DUBAI, March 16, 2033 (Tidewater Bulletin) - The release of the Amber Crest's crew on Tuesday "
     "has eased one strand of the Red Sea crisis, but shipping companies say the waterway remains too "
     "dangerous for most of their vessels.\n\n"
     "The crisis opened on March 7, when Houthi missiles hit the Selene Trader in the Gulf of Aden, "
     "killing two of its seafarers.\n\n"
     "Since then, the EU's Aspides mission has taken 14 merchant ships through the Bab el-Mandeb under"
     " escort, starting with a first convoy on Friday.\n\n"
     "Washington on Monday blacklisted four Houthi financiers and two exchange houses.\n\n"
     "Marlowe Shipping Analytics counts 31 daily transits of the strait this week, about half of the "
     "level a year ago.\n\n"
     "“One release does not make a safe passage,” said Ingrid Halvorsen, head of security at the "
     "Oslo-based shipowners' association Nordisk Rederiforbund."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-03-07",
           "Houthi missiles and a drone hit the bulk carrier Selene Trader; one crew killed, later two"),
    "A02": (("COERCE",), "2033-03-08",
           "Houthi fighters seize the tanker Amber Crest and hold its 23 crew at Hodeidah"),
    "A03": (("CONSULT",), "2033-03-08",
           "UN envoy Verhagen meets Houthi leaders in Sanaa (first visit)"),
    "A04": (("THREATEN",), "2033-03-09",
           "US Defense Secretary Ostrowski warns the Houthis of a military response"),
    "A05": (("REQUEST",), "2033-03-09",
           "UK Foreign Secretary Carrow demands the Houthis free the Amber Crest crew"),
    "A06": (("REQUEST",), "2033-03-09",
           "UK Prime Minister Lacey demands the Houthis free the Amber Crest crew"),
    "A07": (("ASSAULT",), "2033-03-10",
           "Houthi drone and missile hit the container ship Kestrel Bay in the southern Red Sea"),
    "A08": (("ASSAULT",), "2033-03-10",
           "US destroyer USS Carver shoots down four Houthi drones"),
    "A09": (("ASSAULT",), "2033-03-10",
           "British frigate HMS Wexford shoots down two Houthi drones"),
    "A10": (("MOBILIZE",), "2033-03-11",
           "EU Aspides mission sends frigates to escort a first convoy through Bab el-Mandeb"),
    "A11": (("ASSAULT",), "2033-03-12",
           "US strikes on Houthi radar, missile and drone sites near Hodeidah and in Hajjah"),
    "A12": (("ACCUSE",), "2033-03-12",
           "Iran's foreign ministry (spokesman Sarvestani) condemns the US strikes"),
    "A13": (("CONSULT",), "2033-03-13",
           "Oman hosts Saudi-Houthi talks in Muscat"),
    "A14": (("AGREE",), "2033-03-13",
           "Houthi negotiator al-Rawhani pledges to free the Amber Crest crew"),
    "A15": (("SANCTION",), "2033-03-14",
           "US Treasury sanctions four Houthi financiers and two exchange houses"),
    "A16": (("CONSULT",), "2033-03-14",
           "UN envoy Verhagen meets Houthi leaders in Sanaa (second visit)"),
    "A17": (("RETREAT",), "2033-03-15",
           "Houthis release the 23 Amber Crest crew, flown to Muscat"),
    "A18": (("SUPPORT",), "2033-03-15",
           "Saudi foreign ministry welcomes the release of the crew"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-03-07_gulfcourier_missiles-hit-bulk-carrier.txt", "A01",
     "struck a Liberian-flagged bulk carrier"),
    ("2033-03-07_gulfcourier_missiles-hit-bulk-carrier.txt", "A01",
     "the group had targeted the vessel"),
    ("2033-03-07_ridgeline_seafarer-killed-gulf-of-aden.txt", "A01",
     "launched missiles and an explosive drone"),
    ("2033-03-07_ridgeline_seafarer-killed-gulf-of-aden.txt", "A01",
     "claimed responsibility for the strike"),
    ("2033-03-07_tidewater_missiles-hit-bulk-carrier.txt", "A01",
     "struck a Liberian-flagged bulk carrier"),
    ("2033-03-07_tidewater_missiles-hit-bulk-carrier.txt", "A01",
     "the group had targeted the vessel"),
    ("2033-03-08_continental_houthis-seize-tanker.txt", "A02",
     "dropped from a helicopter onto"),
    ("2033-03-08_continental_houthis-seize-tanker.txt", "A02",
     "the tanker had been taken"),
    ("2033-03-08_redseaobserver_un-envoy-sanaa.txt", "A03",
     "met senior Houthi leaders in Sanaa"),
    ("2033-03-08_redseaobserver_un-envoy-sanaa.txt", "A02",
     "fighters captured an oil tanker"),
    ("2033-03-08_redseaobserver_un-envoy-sanaa.txt", "A03",
     "held about three hours of discussions"),
    ("2033-03-08_gulfcourier_tanker-taken-to-hodeidah.txt", "A02",
     "boarded and took over the tanker"),
    ("2033-03-08_gulfcourier_tanker-taken-to-hodeidah.txt", "A02",
     "rappelling from a helicopter onto the deck"),
    ("2033-03-08_gulfcourier_tanker-taken-to-hodeidah.txt", "A03",
     "sat down with Houthi officials"),
    ("2033-03-09_capitalledger_britain-demands-crew-release.txt", "A05",
     "demanded that Yemen's Houthis immediately free"),
    ("2033-03-09_capitalledger_britain-demands-crew-release.txt", "A02",
     "the tanker they seized in the Red Sea"),
    ("2033-03-09_capitalledger_britain-demands-crew-release.txt", "A05",
     "Seafarers are not bargaining chips"),
    ("2033-03-09_capitalledger_britain-demands-crew-release.txt", "A06",
     "issued the same demand in a separate statement"),
    ("2033-03-09_ridgeline_pentagon-warns-houthis.txt", "A04",
     "would face a military response"),
    ("2033-03-09_ridgeline_pentagon-warns-houthis.txt", "A04",
     "we will not announce the timing"),
    ("2033-03-09_ridgeline_pentagon-warns-houthis.txt", "A01",
     "the Houthi missile strike on the Selene Trader"),
    ("2033-03-09_continental_second-sailor-dies.txt", "A01",
     "when Houthi missiles slammed into the bulk carrier"),
    ("2033-03-09_continental_second-sailor-dies.txt", "A05",
     "pressed for the freeing of the"),
    ("2033-03-10_redseaobserver_container-ship-hit.txt", "A07",
     "struck a Malta-flagged container ship"),
    ("2033-03-10_redseaobserver_container-ship-hit.txt", "A08",
     "shot down four drones"),
    ("2033-03-10_redseaobserver_container-ship-hit.txt", "A09",
     "destroyed two further drones"),
    ("2033-03-10_redseaobserver_container-ship-hit.txt", "A07",
     "had fired on the Kestrel Bay"),
    ("2033-03-10_tidewater_us-destroyer-downs-drones.txt", "A08",
     "An American destroyer downed four Houthi"),
    ("2033-03-10_tidewater_us-destroyer-downs-drones.txt", "A04",
     "the defense secretary warned the group"),
    ("2033-03-10_tidewater_us-destroyer-downs-drones.txt", "A09",
     "intercepted two more drones"),
    ("2033-03-10_tidewater_us-destroyer-downs-drones.txt", "A07",
     "hit the Malta-flagged container ship Kestrel Bay"),
    ("2033-03-10_gulfcourier_carriers-reroute.txt", "A07",
     "hit the container ship Kestrel Bay"),
    ("2033-03-10_gulfcourier_carriers-reroute.txt", "A08",
     "USS Carver downed four more drones"),
    ("2033-03-11_capitalledger_eu-mission-escorts.txt", "A10",
     "began escorting merchant vessels through"),
    ("2033-03-11_capitalledger_eu-mission-escorts.txt", "A10",
     "the first group had reached"),
    ("2033-03-11_capitalledger_eu-mission-escorts.txt", "A07",
     "Thursday's missile and drone attack"),
    ("2033-03-11_ridgeline_european-frigates-escort-convoy.txt", "A10",
     "started escorting merchant vessels through"),
    ("2033-03-11_ridgeline_european-frigates-escort-convoy.txt", "A10",
     "the first group had reached"),
    ("2033-03-11_ridgeline_european-frigates-escort-convoy.txt", "A07",
     "Thursday's missile and drone attack"),
    ("2033-03-12_continental_us-strikes-yemen.txt", "A11",
     "struck Houthi radar stations, missile launchers"),
    ("2033-03-12_continental_us-strikes-yemen.txt", "A04",
     "warned the group that it would face"),
    ("2033-03-12_continental_us-strikes-yemen.txt", "A11",
     "the strikes hit 14 targets"),
    ("2033-03-12_continental_us-strikes-yemen.txt", "A08",
     "the destroyer USS Carver shot down"),
    ("2033-03-12_continental_us-strikes-yemen.txt", "A07",
     "set a container ship, the Kestrel Bay"),
    ("2033-03-12_redseaobserver_blasts-shake-hodeidah.txt", "A11",
     "U.S. aircraft bombed Houthi positions"),
    ("2033-03-12_redseaobserver_blasts-shake-hodeidah.txt", "A11",
     "counted at least nine blasts"),
    ("2033-03-12_redseaobserver_blasts-shake-hodeidah.txt", "A12",
     "condemned the strikes as a gross"),
    ("2033-03-12_redseaobserver_blasts-shake-hodeidah.txt", "A12",
     "pouring fuel on a fire"),
    ("2033-03-12_gulfcourier_tehran-denounces-raids.txt", "A12",
     "Iran on Saturday denounced U.S."),
    ("2033-03-12_gulfcourier_tehran-denounces-raids.txt", "A11",
     "carried out before dawn on Saturday"),
    ("2033-03-12_gulfcourier_tehran-denounces-raids.txt", "A12",
     "bore full responsibility for any escalation"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A14",
     "pledged on Sunday to release the"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A13",
     "after a day of talks with Saudi officials"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A14",
     "told reporters that the seafarers"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A13",
     "hosted the two delegations"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A02",
     "Houthi fighters took the Amber Crest"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A13",
     "The talks took place a day after"),
    ("2033-03-13_tidewater_houthis-pledge-crew-release.txt", "A11",
     "U.S. strikes on Houthi radar"),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt", "A13",
     "Saudi and Houthi negotiators met"),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt", "A13",
     "Riyadh's delegation was led by"),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt", "A14",
     "promised to hand over the crew"),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt", "A13",
     "The meeting came a day after"),
    ("2033-03-13_capitalledger_oman-brokers-meeting.txt", "A11",
     "U.S. jets struck Houthi targets"),
    ("2033-03-14_ridgeline_us-blacklists-financiers.txt", "A15",
     "imposed sanctions on four men"),
    ("2033-03-14_ridgeline_us-blacklists-financiers.txt", "A15",
     "The designations freeze any assets"),
    ("2033-03-14_ridgeline_us-blacklists-financiers.txt", "A11",
     "U.S. warplanes struck Houthi radar"),
    ("2033-03-14_ridgeline_us-blacklists-financiers.txt", "A14",
     "Houthi negotiators promised to free"),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt", "A16",
     "returned to Sanaa on Monday"),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt", "A03",
     "first met the group's leadership"),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt", "A16",
     "He held talks on Monday with"),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt", "A14",
     "chief negotiator pledged to free"),
    ("2033-03-14_redseaobserver_envoy-returns-sanaa.txt", "A15",
     "added four Houthi financiers"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A17",
     "freed the 23 crew members"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A14",
     "two days after promising to let"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A18",
     "a statement welcoming the release"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A17",
     "The release followed Sunday's"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A13",
     "talks between Houthi and Saudi negotiators"),
    ("2033-03-15_continental_houthis-free-tanker-crew.txt", "A16",
     "pressed the case in Sanaa on Monday"),
    ("2033-03-15_gulfcourier_riyadh-hails-release.txt", "A18",
     "Saudi Arabia on Tuesday praised"),
    ("2033-03-15_gulfcourier_riyadh-hails-release.txt", "A17",
     "were released in Sanaa on Tuesday"),
    ("2033-03-15_gulfcourier_riyadh-hails-release.txt", "A02",
     "since seizing the tanker on March 8"),
    ("2033-03-16_tidewater_ten-days-red-sea.txt", "A17",
     "The release of the Amber Crest's crew"),
    ("2033-03-16_tidewater_ten-days-red-sea.txt", "A01",
     "when Houthi missiles hit the Selene Trader"),
    ("2033-03-16_tidewater_ten-days-red-sea.txt", "A10",
     "starting with a first convoy on Friday"),
    ("2033-03-16_tidewater_ten-days-red-sea.txt", "A15",
     "Washington on Monday blacklisted four"),
]

FLOORS = {"pairwise_f1": 0.71, "b3_f1": 0.79, "reports_found": 0.77}


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
