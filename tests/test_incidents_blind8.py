"""Eighth blind incident batch: a ten-day military standoff in the Taiwan Strait, May 8 to 17, 2034.

Written on 2026-12-01, before the coder was run on any of it. The crisis: China fires ballistic missiles into
the sea east of Taiwan (one lands in Japan's economic zone) and closes a block of airspace there; its coast
guard boards a Kinmen fishing boat and holds the crew in Xiamen for a week; Taiwan's president and the head of
its Mainland Affairs Council each demand their release; Tokyo and Beijing summon each other's ambassador on
different days; the United States and Japan hold naval drills; the UN Security Council meets in emergency
session; China's Defense Ministry threatens more launches through Xinhua, Beijing lifts the airspace zone the
same day and fires a second salvo two days later; Washington and Tokyo announce sanctions on different days; a
U.S. special envoy meets China's foreign minister on the day the crew is freed, and the two presidents speak
by phone and agree to reopen a military hotline. 24 documents from 6 outlets, 18 acts.

Everything in it is synthetic: invented outlets and people, real countries and places, events that never
happened, dates in the future.

Gold conventions. An act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives (a
missile salvo as a show of force is MOBILIZE, a summoned ambassador ACCUSE, a closed airspace zone COERCE and
its lifting CONCEDE, a freed crew RETREAT), dated the day it happened. REPORTS lists every body sentence that
reports an act that happened, including background recaps in later reports and quotes that tell the act;
headlines are not reports. A threat is itself a THREATEN act, a demand a REQUEST act and a promise an AGREE
act, but the threatened, demanded or promised act is not an act until it happens. Planned, denied, conditional
and hypothetical acts, acts more than a year before, tallies and opinions are not listed. A syndicated copy
(one verbatim, one lightly edited) gets its own entries. No sentence reports two acts of the same type.
Look-alikes that are separate acts: the two missile salvos (Monday and Sunday), the two summoned ambassadors
(Tokyo's on Tuesday, Beijing's on Thursday), the two demands for the crew's release (two speakers, same day),
the two sanctions (Washington Thursday, Tokyo Monday), the threat of more launches and the launch itself, the
airspace zone and the boat seizure (both COERCE), and the three CONSULT acts (council session, envoy's talks,
leaders' call). The missile count of the first salvo changes (four, then five) and so does the crew (six, then
seven).

Scoring. The documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports with at least
one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit d08b50e (the fifth 2026-12-01 session, after two grouping changes: a grouped event's
summary keeps uncoded parties with a sector, and a party named by fewer members than agree is outvoted), with
`figures`: **pairwise F1 0.814** (precision 0.960, recall 0.706; 34 gold pairs), B-cubed F1 0.890 (precision
0.973, recall 0.820), reports_found 0.493; 37 mapped events of 15 acts in 19 incidents. The session's starting
code (24820a3) scores the same. Held back: its groupings were not printed or read; it is run again on the
session's final code.

CONSULTED, late in the fifth 2026-12-01 session (no longer fully blind): its figures were run per commit, and
the events that one change recoded were printed (a Kinmen boat now coded Taiwan's, which split its reports);
its groupings were not otherwise read. On 7fdf750: pairwise F1 0.793 (precision 0.958, recall 0.676), B-cubed
F1 0.882, reports_found 0.493 (start 24820a3: 0.814, 0.890).
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
    ("2034-05-08_lantern_missiles-east-of-taiwan.txt",
     "China fires ballistic missiles into waters east of Taiwan\n\n"
     "TAIPEI, May 8, 2034 (Lantern Wire Service) - China launched at least four ballistic missiles "
     "into the sea east of Taiwan on Monday, Taiwan's Defense Ministry said, the biggest show of "
     "force across the strait in years.\n\n"
     "The missiles were fired from coastal sites in Fujian province and came down in open water "
     "roughly 100 kilometers off Hualien, according to a ministry statement. Beijing also told "
     "airlines to keep clear of a block of airspace east of the island until Sunday, according to "
     "a notice posted by China's civil aviation regulator.\n\n"
     "Taiwan's stock market fell 2.3 percent in afternoon trading. Flights between Taipei and "
     "Okinawa were delayed by up to three hours as carriers rerouted around the closed area.\n\n"
     "\"This is a message aimed at Tokyo and Washington as much as at Taipei,\" said Ivo Rensburg, "
     "who studies Chinese military strategy at the Lindqvist Institute in Stockholm. He said "
     "Beijing appeared to be testing how far it could push before its neighbors pushed back.\n\n"
     "China's Foreign Ministry did not answer questions sent on Monday."),
    ("2034-05-08_keystone_pla-rocket-drill.txt",
     "Chinese military says rocket drill near Taiwan tested strikes at sea\n\n"
     "BEIJING, May 8, 2034 (Keystone Newswire) - The Chinese military said on Monday it had "
     "carried out live-fire missile launches into waters east of Taiwan, describing the drill as a "
     "test of its ability to hit targets at sea.\n\n"
     "A spokesman for the People's Liberation Army Eastern Theater Command, Senior Colonel Qiao "
     "Delin, said all of the missiles had landed in their designated target areas.\n\n"
     "China's civil aviation authority separately declared a temporary danger zone over the sea "
     "along the island's eastern coast, closing it to civilian flights for six days.\n\n"
     "Beijing claims the democratically governed island as its own and says it reserves the option "
     "of taking it by force. Taiwan's president, Hsu Mei-ling, took office in 2032 after "
     "campaigning on closer security ties with Japan.\n\n"
     "\"The choice of target area, so close to Japanese waters, was deliberate,\" said Sayaka "
     "Tominaga of the Kansai Institute for Strategic Studies.\n\n"
     "Shipping data showed at least a dozen cargo vessels altering course away from the zone on "
     "Monday afternoon."),
    ("2034-05-08_tidewater_missile-in-japan-zone.txt",
     "Japan says Chinese missile fell inside its economic zone\n\n"
     "TOKYO, May 8, 2034 (Tidewater Post) - One of five ballistic missiles China fired on Monday "
     "landed inside Japan's exclusive economic zone, about 80 kilometers from the island of "
     "Yonaguni, Japan's Defense Ministry said.\n\n"
     "No damage to ships or aircraft was reported. Fishing cooperatives on Yonaguni kept their "
     "boats in port for the rest of the day, a local official said.\n\n"
     "Chief Cabinet Secretary Daisuke Morinaga told reporters the government was still analyzing "
     "the flight paths and would brief the public on Tuesday.\n\n"
     "It was the first time a Chinese missile had come down in Japan's zone since August 2022, "
     "when five splashed down there during large drills around Taiwan. Yonaguni lies about 110 "
     "kilometers east of Taiwan and hosts a small Japanese army garrison.\n\n"
     "\"Tokyo will find it hard to stay quiet about this,\" said Felix Arango of the Harborview "
     "Center for Maritime Policy in Honolulu."),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt",
     "Chinese coast guard boards Taiwanese fishing boat near Kinmen, holds crew\n\n"
     "TAIPEI, May 9, 2034 (Crosswind Report) - Chinese coast guard officers boarded a Taiwanese "
     "fishing boat near the Kinmen islands early on Tuesday and took its six crew members into "
     "custody, Taiwan's Coast Guard Administration said.\n\n"
     "The boat, the Hai Feng No. 27, was towed to the Chinese port of Xiamen, the agency said. "
     "China's coast guard confirmed in a short statement that it had taken the vessel, without "
     "giving a reason.\n\n"
     "President Hsu Mei-ling demanded that Beijing free the crew at once and return the vessel. "
     "Liang Kuo-hua, who heads the Mainland Affairs Council, separately called for the men to be "
     "released without conditions, saying they had been fishing in waters Taiwanese boats have "
     "worked for generations.\n\n"
     "Kinmen lies less than 10 kilometers from Xiamen, and boats from both sides fish the same "
     "narrow channel. The islands have seen repeated friction since 2024, when a chase by "
     "Taiwanese patrol boats ended with two Chinese fishermen drowning.\n\n"
     "The seizure came a day after Beijing launched missiles into waters east of Taiwan."),
    ("2034-05-09_bayfront_kinmen-families-wait.txt",
     "Kinmen families wait for word on fishermen held by China\n\n"
     "KINMEN, May 9, 2034 (Bayfront Tribune) - The seven men aboard a Kinmen fishing boat that "
     "China's coast guard intercepted before dawn on Tuesday are being held in Xiamen, Taiwanese "
     "officials said, as their families waited for news at the harbor.\n\n"
     "Officials had first put the crew at six, but later said an Indonesian deckhand was also on "
     "board.\n\n"
     "\"He called me at four in the morning and said he could see lights getting closer,\" said Lin "
     "Shu-fen, the wife of the captain, Wu Chih-ming.\n\n"
     "President Hsu Mei-ling wrote on social media that the fishermen had done nothing wrong and "
     "must be sent home without delay. Beijing has not said whether the men will face charges.\n\n"
     "The island of about 140,000 people sits just off the mainland coast and came under heavy "
     "Chinese artillery fire in 1958. Fishing is the second-largest employer on Kinmen after "
     "tourism, according to county figures."),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt",
     "Japan summons Chinese ambassador over missile in its waters\n\n"
     "TOKYO, May 9, 2034 (Lantern Wire Service) - Japan on Tuesday summoned China's ambassador in "
     "protest after one of Beijing's missiles came down inside Japan's exclusive economic zone, "
     "the Foreign Ministry said.\n\n"
     "Vice Foreign Minister Takeshi Omura told Ambassador Gao Shuren that the launch had "
     "endangered Japanese fishermen and shipping, the ministry said. \"What happened on Monday is "
     "unacceptable to Japan,\" Omura said afterward.\n\n"
     "The Chinese embassy in Tokyo did not immediately comment.\n\n"
     "The missile fell about 80 kilometers from Yonaguni, Japan's westernmost inhabited island. "
     "Relations between the two neighbors have been strained since 2023 by a row over seafood "
     "imports and the detention of Japanese nationals in China.\n\n"
     "Analysts said Tokyo could consider financial penalties of its own if the launches continued."),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt",
     "Japan summons Chinese ambassador over missile in its waters\n\n"
     "TOKYO, May 9, 2034 (Summit Ledger) - Japan on Tuesday summoned China's ambassador in protest "
     "after one of Beijing's missiles came down inside Japan's exclusive economic zone, the "
     "Foreign Ministry said.\n\n"
     "Vice Foreign Minister Takeshi Omura told Ambassador Gao Shuren that the launch had "
     "endangered Japanese fishermen and shipping, the ministry said. \"What happened on Monday is "
     "unacceptable to Japan,\" Omura said afterward.\n\n"
     "The Chinese embassy in Tokyo did not immediately comment.\n\n"
     "The missile fell about 80 kilometers from Yonaguni, Japan's westernmost inhabited island. "
     "Relations between the two neighbors have been strained since 2023 by a row over seafood "
     "imports and the detention of Japanese nationals in China.\n\n"
     "Analysts said Tokyo could consider financial penalties of its own if the launches continued.\n\n"
     "This report first appeared on Lantern Wire Service."),
    ("2034-05-10_keystone_us-japan-drills.txt",
     "U.S. and Japanese warships begin joint drills in the Philippine Sea\n\n"
     "TOKYO, May 10, 2034 (Keystone Newswire) - The United States and Japan began three days of "
     "joint naval exercises in the Philippine Sea on Wednesday, bringing together two aircraft "
     "carriers and more than a dozen destroyers, Japan's Maritime Self-Defense Force said.\n\n"
     "The drills, scheduled months ago according to U.S. officials, include anti-submarine and air "
     "defense training. They come two days after China fired missiles into waters between Taiwan "
     "and Japan's southern islands.\n\n"
     "Japanese officials said the carriers would stay about 600 kilometers from Taiwan.\n\n"
     "\"Both sides are now signalling at the same time, and that is when accidents happen,\" said "
     "Marguerite Ostby, a former naval attache now at the Harborview Center for Maritime Policy.\n\n"
     "China's Defense Ministry had no immediate comment. The U.S. Navy's Seventh Fleet, based in "
     "Yokosuka, has about 50 ships and 20,000 sailors in the region."),
    ("2034-05-10_tidewater_security-council-meets.txt",
     "UN Security Council holds emergency talks on Taiwan Strait tensions\n\n"
     "UNITED NATIONS, May 10, 2034 (Tidewater Post) - The U.N. Security Council held an emergency "
     "closed-door meeting on Wednesday to discuss China's missile launches near Taiwan and Japan, "
     "diplomats said.\n\n"
     "The meeting lasted about two hours and ended without a joint statement. Diplomats said "
     "members were divided over whether to issue any public comment at all.\n\n"
     "Ecuador's ambassador, Lucia Ferreyra, who holds the council presidency this month, told "
     "reporters that the risk of miscalculation in the region was \"real and rising.\"\n\n"
     "The council also heard a briefing on the fishing boat seized near Kinmen on Tuesday, two "
     "diplomats said.\n\n"
     "Taiwan is not a U.N. member and has had no seat at the world body since 1971. \"No one in "
     "that room wants a war, but nobody is willing to be seen backing down either,\" one Asian "
     "diplomat said on condition of anonymity."),
    ("2034-05-10_crosswind_drills-and-un-session.txt",
     "Allied warships drill as UN council weighs Taiwan crisis\n\n"
     "TAIPEI, May 10, 2034 (Crosswind Report) - American and Japanese warships started joint "
     "drills east of Taiwan on Wednesday, while diplomats at the United Nations gathered for an "
     "emergency session on the crisis.\n\n"
     "Taiwan's Defense Ministry said 31 Chinese military aircraft and nine navy ships were "
     "operating around the island in the 24 hours to 6 a.m.\n\n"
     "The Hai Feng No. 27 and its crew remained in Xiamen, where Chinese authorities have held "
     "them since Tuesday.\n\n"
     "\"The longer this goes on, the more it looks like Beijing is using these men as bargaining "
     "chips,\" said Chen Yu-ting, a researcher at the Taiwan Strait Research Foundation in Taipei.\n\n"
     "Taipei's benchmark index recovered 1.1 percent on Wednesday after two days of losses. The "
     "two sides split in 1949, when Nationalist forces retreated to the island after losing the "
     "civil war."),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt",
     "China summons Japan's ambassador over naval exercises\n\n"
     "BEIJING, May 11, 2034 (Bayfront Tribune) - China summoned Japan's ambassador on Thursday to "
     "lodge what it called a stern protest over joint naval drills Japan is holding with the "
     "United States near Taiwan.\n\n"
     "Vice Foreign Minister Luo Pingchuan told Ambassador Keiko Nakabayashi that the exercises "
     "were \"a dangerous provocation\" and that Tokyo bore responsibility for raising tensions, the "
     "Foreign Ministry said.\n\n"
     "Tokyo had called in China's ambassador on Tuesday over a missile that landed in Japan's "
     "economic zone. Japan's Foreign Ministry confirmed the meeting with Nakabayashi but declined "
     "to give details.\n\n"
     "Trade in both directions totaled roughly $290 billion last year, making China Japan's "
     "largest trading partner.\n\n"
     "\"Each summons raises the temperature a little more, and neither government has an easy way "
     "to climb down,\" said Sayaka Tominaga of the Kansai Institute for Strategic Studies. The "
     "exercises are due to end on Friday."),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt",
     "U.S. sanctions Chinese coast guard officers over Kinmen seizure\n\n"
     "WASHINGTON, May 11, 2034 (Lantern Wire Service) - The United States on Thursday imposed "
     "sanctions on four senior officers of China's coast guard and two state-owned shipyards, "
     "citing the seizure of a Taiwanese fishing boat and its crew this week.\n\n"
     "The Treasury Department said the measures freeze any assets the officers and companies hold "
     "in U.S. jurisdictions and bar Americans from doing business with them. \"These penalties are "
     "aimed squarely at the people who ordered and carried out this seizure,\" Treasury Secretary "
     "Renata Okafor said in a statement.\n\n"
     "The shipyards, both in Fujian province, build patrol cutters for the coast guard, according "
     "to the department.\n\n"
     "The Chinese embassy in Washington did not reply to emails seeking comment. The seven crew "
     "members, six Taiwanese and one Indonesian, remain in Chinese custody in Xiamen.\n\n"
     "Washington does not formally recognize Taipei, though U.S. law commits it to helping the "
     "island maintain its defenses. Analysts said Japan was likely to follow with measures of its "
     "own."),
    ("2034-05-11_summit_washington-targets-coast-guard.txt",
     "Washington targets Chinese coast guard commanders with sanctions\n\n"
     "WASHINGTON, May 11, 2034 (Summit Ledger) - The United States slapped sanctions on Thursday "
     "on four senior officers of China's coast guard and two state-owned shipyards, citing the "
     "seizure of a Taiwanese fishing boat and its crew this week.\n\n"
     "The Treasury Department said the measures freeze any assets the officers and companies hold "
     "in U.S. jurisdictions and bar Americans from doing business with them. \"These penalties are "
     "aimed squarely at the people who ordered and carried out this seizure,\" Treasury Secretary "
     "Renata Okafor said in a statement.\n\n"
     "The Chinese embassy in Washington did not immediately respond. The seven crew members, six "
     "Taiwanese and one Indonesian, remain in Chinese custody in Xiamen.\n\n"
     "Material from Lantern Wire Service was used in this report."),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt",
     "China warns of further missile drills if U.S.-Japan exercises go on\n\n"
     "BEIJING, May 12, 2034 (Keystone Newswire) - China's Defense Ministry warned on Friday that "
     "the military would stage more missile exercises near Taiwan if the United States and Japan "
     "kept up what it called provocative drills in the region.\n\n"
     "\"Those who bring warships to our doorstep should not be surprised by what they find,\" "
     "ministry spokesman Senior Colonel Pan Jianyu said, according to the official Xinhua news "
     "agency. The ministry did not say when or where any new launches might take place.\n\n"
     "Separately, China's civil aviation regulator lifted the airspace restrictions it had imposed "
     "east of Taiwan on Monday, two days ahead of schedule.\n\n"
     "Beijing on Thursday summoned Japan's ambassador over the exercises.\n\n"
     "\"The warning is fairly specific, which suggests the launchers are already in position,\" said "
     "Ivo Rensburg of the Lindqvist Institute. Airlines including Japan's two largest carriers "
     "said they would resume normal routings on Saturday."),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt",
     "Airspace east of Taiwan reopens as China ends restrictions early\n\n"
     "TAIPEI, May 12, 2034 (Crosswind Report) - China on Friday scrapped the no-fly zone it "
     "declared east of Taiwan on Monday, Taiwan's Civil Aviation Administration said, allowing "
     "airlines to return to their usual routes.\n\n"
     "The zone, which covered about 28,000 square kilometers, had sent flights to and from Okinawa "
     "and Manila on lengthy detours. Beijing gave no reason for lifting the restrictions early.\n\n"
     "The move came hours after the Chinese Defense Ministry threatened new missile launches if "
     "U.S. and Japanese naval drills went on.\n\n"
     "Mainland Affairs Council officials said there had been no news on the seven detained "
     "fishermen, who are still in Xiamen.\n\n"
     "\"Opening the sky again costs Beijing nothing, and it can close it tomorrow,\" said Chen "
     "Yu-ting of the Taiwan Strait Research Foundation."),
    ("2034-05-14_tidewater_china-fires-second-salvo.txt",
     "China fires second salvo of missiles, days after warning\n\n"
     "TOKYO, May 14, 2034 (Tidewater Post) - China fired another salvo of ballistic missiles into "
     "the sea northeast of Taiwan on Sunday, Japan's Defense Ministry said, making good on a "
     "warning issued two days earlier.\n\n"
     "The ministry said three missiles were launched from inland Fujian and came down beyond the "
     "limits of Japan's economic zone. There were no reports of damage to ships or aircraft.\n\n"
     "Last Monday, China fired five missiles into waters east of Taiwan, one of which came down in "
     "Japan's economic zone.\n\n"
     "\"Beijing wanted to show that its warnings are not bluffs,\" said Felix Arango of the "
     "Harborview Center for Maritime Policy.\n\n"
     "Japanese markets were shut for the weekend, and currency dealers expect the yen to firm when "
     "trading resumes."),
    ("2034-05-14_lantern_second-missile-launch.txt",
     "China launches more missiles near Taiwan in second show of force\n\n"
     "TAIPEI, May 14, 2034 (Lantern Wire Service) - Chinese forces launched three more ballistic "
     "missiles toward waters off northeastern Taiwan on Sunday, Taiwan's Defense Ministry said.\n\n"
     "Beijing had warned on Friday it would conduct further exercises if American and Japanese "
     "warships continued drilling nearby.\n\n"
     "The first launches, on May 8, sent five missiles into the sea east of the island.\n\n"
     "Taiwan's markets open on Monday, and traders said they expected another sell-off. \"Each time "
     "Beijing does this without a cost, the next step becomes easier,\" said Chen Yu-ting, a "
     "researcher in Taipei.\n\n"
     "The seven fishermen seized near Kinmen last Tuesday were still being held in Xiamen on "
     "Sunday, their families said."),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt",
     "Japan freezes assets of Chinese missile firms after second launch\n\n"
     "TOKYO, May 15, 2034 (Bayfront Tribune) - Japan on Monday froze the assets of nine Chinese "
     "companies and three individuals it said were linked to China's missile program, a day after "
     "Beijing's second round of launches near Taiwan.\n\n"
     "Chief Cabinet Secretary Daisuke Morinaga said the measures also ban exports of machine tools "
     "and electronic components to the companies. It is the first time Tokyo has imposed sanctions "
     "directly on Chinese entities over military activity.\n\n"
     "Washington announced its own penalties last Thursday against Chinese coast guard officers "
     "over the seizure of a Taiwanese fishing boat.\n\n"
     "Japanese companies had about 31,000 subsidiaries and offices in China at the end of last "
     "year, according to government data.\n\n"
     "\"This is a symbolic step with limited economic bite, but symbols matter in this dispute,\" "
     "said Sayaka Tominaga of the Kansai Institute for Strategic Studies. China's Foreign Ministry "
     "is expected to respond at its regular briefing on Tuesday."),
    ("2034-05-15_keystone_tokyo-sanctions-suppliers.txt",
     "Tokyo sanctions Chinese defense suppliers\n\n"
     "BEIJING, May 15, 2034 (Keystone Newswire) - The Japanese government announced sanctions on "
     "Monday against a dozen Chinese firms and executives tied to missile production, a move "
     "likely to deepen the worst rift between Asia's two largest economies in years.\n\n"
     "The penalties, approved at a cabinet meeting in Tokyo, include asset freezes and export "
     "bans. Chinese officials have not yet responded.\n\n"
     "Beijing fired three missiles into waters northeast of Taiwan on Sunday, after warning on "
     "Friday that the U.S.-Japanese exercises would be met with more launches.\n\n"
     "Bilateral trade has fallen for three straight years, according to Chinese customs data.\n\n"
     "\"Tokyo has decided that staying silent costs more than speaking up,\" a Beijing-based Western "
     "diplomat said."),
    ("2034-05-16_crosswind_fishermen-freed.txt",
     "China frees Kinmen fishermen after week in custody\n\n"
     "KINMEN, May 16, 2034 (Crosswind Report) - China on Tuesday released seven fishermen it had "
     "detained a week earlier, when its coast guard seized their boat near the Kinmen islands, "
     "Taiwan's Mainland Affairs Council said.\n\n"
     "The men, six Taiwanese and an Indonesian deckhand, were handed over at sea to a Taiwanese "
     "coast guard cutter and brought to Kinmen's Liaoluo harbor shortly after noon. Their boat, "
     "the Hai Feng No. 27, was returned as well.\n\n"
     "\"All I want is a hot meal and my own pillow,\" the captain, Wu Chih-ming, told reporters on "
     "the quay.\n\n"
     "According to China's coast guard, the crew had been freed after they acknowledged fishing in "
     "closed waters. President Hsu Mei-ling had demanded their release on the day they were "
     "detained.\n\n"
     "Kinmen county officials said about 40 local boats had stayed in port for most of the past "
     "week."),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt",
     "U.S. envoy holds talks with China's foreign minister in Beijing\n\n"
     "BEIJING, May 16, 2034 (Summit Ledger) - A U.S. special envoy, Marcus Ellery, met Chinese "
     "Foreign Minister Tang Yiqun in Beijing on Tuesday in the most senior exchange between "
     "Washington and Beijing since the crisis over Taiwan erupted last week.\n\n"
     "The two men talked for more than three hours at the Diaoyutai State Guesthouse, according to "
     "a U.S. official who briefed reporters. The official described the discussion as candid and "
     "said it covered the safety of shipping and aircraft in the region.\n\n"
     "The visit coincided with China's release of the seven crew members of a Kinmen fishing boat, "
     "who were handed back at sea.\n\n"
     "China's Foreign Ministry had not published its own account by late evening. Ellery, a former "
     "ambassador to Singapore, was named special envoy for East Asia in 2033.\n\n"
     "\"What counts now is whether the militaries start answering each other's phone calls again,\" "
     "said Marguerite Ostby of the Harborview Center for Maritime Policy."),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt",
     "Freed fishermen return to Kinmen as U.S. envoy sits down with Beijing\n\n"
     "TAIPEI, May 16, 2034 (Tidewater Post) - Chinese authorities freed the crew of a Taiwanese "
     "fishing boat on Tuesday, ending a weeklong detention that had become a flashpoint in the "
     "standoff across the Taiwan Strait.\n\n"
     "The seven men were greeted by relatives at the harbor, some of them in tears.\n\n"
     "In Beijing, the U.S. special envoy for East Asia, Marcus Ellery, held talks with Foreign "
     "Minister Tang Yiqun on the same day.\n\n"
     "\"Nothing about this week should be treated as normal,\" Mainland Affairs Council minister "
     "Liang Kuo-hua told a news conference.\n\n"
     "Japan on Monday imposed financial sanctions on Chinese companies linked to missile "
     "production. Last Thursday, Washington blacklisted four Chinese coast guard commanders.\n\n"
     "Taiwan's main stock index has lost about 6 percent since May 8."),
    ("2034-05-17_bayfront_leaders-phone-call.txt",
     "U.S., Chinese leaders speak by phone, agree to restore military hotline\n\n"
     "WASHINGTON, May 17, 2034 (Bayfront Tribune) - President Dana Whitfield and Chinese President "
     "Zhou Minghe spoke by phone for about 90 minutes on Wednesday, their first conversation since "
     "tensions over Taiwan escalated last week, the White House said.\n\n"
     "The two leaders agreed to reopen a direct military communications line that Beijing "
     "suspended in 2032, according to a White House readout. Chinese state television also "
     "reported the call, describing the conversation as \"frank and constructive.\"\n\n"
     "Whitfield's special envoy, Marcus Ellery, had held talks in Beijing on Tuesday with Chinese "
     "Foreign Minister Tang Yiqun.\n\n"
     "\"Restoring the hotline is the least both sides could do after the week we have had,\" said "
     "Felix Arango of the Harborview Center for Maritime Policy. The line was set up in 2008 and "
     "has been used only a handful of times.\n\n"
     "Markets in Asia rose on Wednesday on hopes that the tensions were easing."),
    ("2034-05-17_lantern_zhou-whitfield-call.txt",
     "Zhou and Whitfield talk as Taiwan tensions cool\n\n"
     "BEIJING, May 17, 2034 (Lantern Wire Service) - Chinese President Zhou Minghe held a "
     "telephone call with U.S. President Dana Whitfield on Wednesday, state broadcaster CCTV said, "
     "as the two powers sought to calm a standoff that has unsettled East Asia for more than a "
     "week.\n\n"
     "CCTV gave few details beyond saying the two presidents had exchanged views on Taiwan and "
     "trade.\n\n"
     "The call came a day after China freed seven fishermen it had held since May 9. Beijing "
     "lifted an airspace warning zone east of Taiwan on Friday but fired three more missiles into "
     "nearby waters two days later.\n\n"
     "\"None of the fundamentals have changed,\" said Ivo Rensburg of the Lindqvist Institute. \"Both "
     "militaries are still positioned as if the crisis were continuing.\"\n\n"
     "China's Foreign Ministry spokeswoman, Wen Lihua, declined to say at a regular briefing "
     "whether Beijing planned more exercises."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("MOBILIZE",), "2034-05-08", "first Chinese missile salvo east of Taiwan (4, then 5 missiles)"),
    "A02": (("COERCE",), "2034-05-08", "China closes airspace warning zone east of Taiwan"),
    "A03": (("COERCE",), "2034-05-09", "China coast guard boards Kinmen fishing boat, detains crew"),
    "A04": (("ACCUSE",), "2034-05-09", "Japan summons China's ambassador over missile in its EEZ"),
    "A05": (("REQUEST",), "2034-05-09", "Taiwan president Hsu demands release of the crew"),
    "A06": (("REQUEST",), "2034-05-09", "MAC head Liang demands release of the crew"),
    "A07": (("COOPERATE",), "2034-05-10", "US and Japan begin joint naval drills"),
    "A08": (("CONSULT",), "2034-05-10", "UN Security Council emergency closed-door meeting"),
    "A09": (("ACCUSE",), "2034-05-11", "China summons Japan's ambassador over the drills"),
    "A10": (("SANCTION",), "2034-05-11", "US sanctions Chinese coast guard officers and shipyards"),
    "A11": (("THREATEN",), "2034-05-12", "China Defense Ministry threatens more launches (via Xinhua)"),
    "A12": (("CONCEDE",), "2034-05-12", "China lifts the airspace warning zone"),
    "A13": (("MOBILIZE",), "2034-05-14", "China fires second missile salvo near Taiwan"),
    "A14": (("SANCTION",), "2034-05-15", "Japan sanctions Chinese missile firms and individuals"),
    "A15": (("RETREAT",), "2034-05-16", "China releases the fishing crew and boat"),
    "A16": (("CONSULT",), "2034-05-16", "US envoy Ellery meets China FM Tang in Beijing"),
    "A17": (("CONSULT",), "2034-05-17", "Whitfield-Zhou phone call"),
    "A18": (("AGREE",), "2034-05-17", "US and China leaders agree to reopen military hotline"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-05-08_lantern_missiles-east-of-taiwan.txt",
     "A01", "China launched at least four ballistic missiles"),
    ("2034-05-08_lantern_missiles-east-of-taiwan.txt", "A01", "were fired from coastal sites in Fujian"),
    ("2034-05-08_lantern_missiles-east-of-taiwan.txt", "A02", "told airlines to keep clear"),
    ("2034-05-08_keystone_pla-rocket-drill.txt", "A01", "carried out live-fire missile launches"),
    ("2034-05-08_keystone_pla-rocket-drill.txt", "A01", "missiles had landed in their designated"),
    ("2034-05-08_keystone_pla-rocket-drill.txt", "A02", "declared a temporary danger zone"),
    ("2034-05-08_tidewater_missile-in-japan-zone.txt", "A01", "One of five ballistic missiles China fired"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A03", "boarded a Taiwanese fishing boat"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A03", "was towed to the Chinese port"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A03", "confirmed in a short statement"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A05", "demanded that Beijing free the crew"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt",
     "A06", "separately called for the men to be released"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A03", "The seizure came a day after"),
    ("2034-05-09_crosswind_coast-guard-boards-boat.txt", "A01", "Beijing launched missiles into waters east"),
    ("2034-05-09_bayfront_kinmen-families-wait.txt", "A03", "guard intercepted before dawn on Tuesday"),
    ("2034-05-09_bayfront_kinmen-families-wait.txt", "A05", "must be sent home without delay"),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt",
     "A04", "Japan on Tuesday summoned China's ambassador"),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt", "A01", "one of Beijing's missiles came down"),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt", "A04", "told Ambassador Gao Shuren that"),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt", "A04", "is unacceptable to Japan"),
    ("2034-05-09_lantern_tokyo-summons-chinese-envoy.txt", "A01", "The missile fell about 80 kilometers"),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt",
     "A04", "Japan on Tuesday summoned China's ambassador"),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt", "A01", "one of Beijing's missiles came down"),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt", "A04", "told Ambassador Gao Shuren that"),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt", "A04", "is unacceptable to Japan"),
    ("2034-05-09_summit_tokyo-summons-chinese-envoy.txt", "A01", "The missile fell about 80 kilometers"),
    ("2034-05-10_keystone_us-japan-drills.txt", "A07", "began three days of joint naval"),
    ("2034-05-10_keystone_us-japan-drills.txt", "A07", "The drills, scheduled months ago"),
    ("2034-05-10_keystone_us-japan-drills.txt", "A01", "two days after China fired missiles"),
    ("2034-05-10_tidewater_security-council-meets.txt", "A08", "held an emergency closed-door meeting"),
    ("2034-05-10_tidewater_security-council-meets.txt", "A01", "China's missile launches near Taiwan"),
    ("2034-05-10_tidewater_security-council-meets.txt", "A08", "The meeting lasted about two hours"),
    ("2034-05-10_tidewater_security-council-meets.txt", "A08", "also heard a briefing"),
    ("2034-05-10_tidewater_security-council-meets.txt", "A03", "fishing boat seized near Kinmen"),
    ("2034-05-10_crosswind_drills-and-un-session.txt", "A07", "started joint drills east of Taiwan"),
    ("2034-05-10_crosswind_drills-and-un-session.txt", "A08", "gathered for an emergency session"),
    ("2034-05-10_crosswind_drills-and-un-session.txt", "A03", "have held them since Tuesday"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt",
     "A09", "China summoned Japan's ambassador on Thursday"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt", "A07", "joint naval drills Japan is holding"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt", "A09", "told Ambassador Keiko Nakabayashi"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt",
     "A04", "Tokyo had called in China's ambassador"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt", "A01", "a missile that landed in Japan's"),
    ("2034-05-11_bayfront_beijing-summons-japanese-envoy.txt",
     "A09", "confirmed the meeting with Nakabayashi"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A10", "on Thursday imposed sanctions on four"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A03", "the seizure of a Taiwanese fishing boat"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A10", "the measures freeze any assets"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A10", "These penalties are aimed squarely"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A03", "carried out this seizure"),
    ("2034-05-11_lantern_us-sanctions-coast-guard.txt", "A03", "remain in Chinese custody in Xiamen"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt", "A10", "slapped sanctions on Thursday on four"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt",
     "A03", "the seizure of a Taiwanese fishing boat"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt", "A10", "the measures freeze any assets"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt", "A10", "These penalties are aimed squarely"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt", "A03", "carried out this seizure"),
    ("2034-05-11_summit_washington-targets-coast-guard.txt", "A03", "remain in Chinese custody in Xiamen"),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt",
     "A11", "China's Defense Ministry warned on Friday"),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt", "A11", "should not be surprised by what"),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt", "A12", "lifted the airspace restrictions"),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt",
     "A02", "it had imposed east of Taiwan on Monday"),
    ("2034-05-12_keystone_beijing-warns-of-more-launches.txt",
     "A09", "Beijing on Thursday summoned Japan's ambassador"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A12", "China on Friday scrapped the no-fly zone"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A02", "it declared east of Taiwan"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A12", "gave no reason for lifting"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A12", "The move came hours after"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A11", "threatened new missile launches"),
    ("2034-05-12_crosswind_taiwan-airspace-reopens.txt", "A03", "the seven detained fishermen"),
    ("2034-05-14_tidewater_china-fires-second-salvo.txt",
     "A13", "China fired another salvo of ballistic missiles"),
    ("2034-05-14_tidewater_china-fires-second-salvo.txt", "A11", "a warning issued two days earlier"),
    ("2034-05-14_tidewater_china-fires-second-salvo.txt",
     "A13", "three missiles were launched from inland Fujian"),
    ("2034-05-14_tidewater_china-fires-second-salvo.txt", "A01", "Last Monday, China fired five missiles"),
    ("2034-05-14_lantern_second-missile-launch.txt", "A13", "launched three more ballistic missiles"),
    ("2034-05-14_lantern_second-missile-launch.txt", "A11", "Beijing had warned on Friday"),
    ("2034-05-14_lantern_second-missile-launch.txt", "A01", "The first launches, on May 8"),
    ("2034-05-14_lantern_second-missile-launch.txt", "A03", "seized near Kinmen last Tuesday"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt", "A14", "Japan on Monday froze the assets"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt", "A13", "Beijing's second round of launches"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt", "A14", "the measures also ban exports"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt", "A14", "first time Tokyo has imposed sanctions"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt", "A10", "Washington announced its own penalties"),
    ("2034-05-15_bayfront_japan-freezes-chinese-assets.txt",
     "A03", "over the seizure of a Taiwanese fishing boat"),
    ("2034-05-15_keystone_tokyo-sanctions-suppliers.txt", "A14", "announced sanctions on Monday against"),
    ("2034-05-15_keystone_tokyo-sanctions-suppliers.txt",
     "A14", "The penalties, approved at a cabinet meeting"),
    ("2034-05-15_keystone_tokyo-sanctions-suppliers.txt", "A13", "Beijing fired three missiles into waters"),
    ("2034-05-15_keystone_tokyo-sanctions-suppliers.txt", "A11", "after warning on Friday that"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A15", "China on Tuesday released seven fishermen"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A03", "its coast guard seized their boat"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A15", "were handed over at sea"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A15", "was returned as well"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A15", "the crew had been freed after"),
    ("2034-05-16_crosswind_fishermen-freed.txt", "A05", "had demanded their release on the day"),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt", "A16", "met Chinese Foreign Minister Tang Yiqun"),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt", "A16", "talked for more than three hours"),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt", "A16", "described the discussion as candid"),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt", "A16", "The visit coincided with"),
    ("2034-05-16_summit_envoy-meets-chinese-minister.txt",
     "A15", "China's release of the seven crew members"),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt", "A15", "Chinese authorities freed the crew"),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt", "A03", "ending a weeklong detention"),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt", "A16", "held talks with Foreign Minister Tang"),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt", "A14", "Japan on Monday imposed financial sanctions"),
    ("2034-05-16_tidewater_crew-home-envoy-talks.txt",
     "A10", "Washington blacklisted four Chinese coast guard"),
    ("2034-05-17_bayfront_leaders-phone-call.txt", "A17", "spoke by phone for about 90 minutes"),
    ("2034-05-17_bayfront_leaders-phone-call.txt", "A18", "agreed to reopen a direct military"),
    ("2034-05-17_bayfront_leaders-phone-call.txt", "A17", "Chinese state television also reported the call"),
    ("2034-05-17_bayfront_leaders-phone-call.txt", "A16", "had held talks in Beijing on Tuesday"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A17", "held a telephone call with"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A17", "had exchanged views on Taiwan"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A17", "The call came a day after"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A15", "China freed seven fishermen"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A03", "it had held since May 9"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A12", "lifted an airspace warning zone"),
    ("2034-05-17_lantern_zhou-whitfield-call.txt", "A13", "fired three more missiles into nearby waters"),
]

FLOORS = {"pairwise_f1": 0.85, "b3_f1": 0.9, "reports_found": 0.46}


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
