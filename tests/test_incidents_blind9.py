"""The ninth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a tit-for-tat diplomatic and trade row between Iran and Azerbaijan, October 1-10, 2035. Iranian
intelligence arrests Samir Alakbarli, an Azerbaijani freight manager, in Tabriz as a suspected spy (Monday);
Baku summons Iran's ambassador, and its Foreign Ministry and the president's foreign policy adviser each
demand consular access (Tuesday); Azerbaijan expels Iranian diplomats (four, later five) and Tehran's Foreign
Ministry spokesman threatens a reciprocal response (Wednesday); Iran expels three Azerbaijani diplomats and
summons Azerbaijan's ambassador, and several hundred people rally outside the Iranian embassy in Baku
(Thursday); Azerbaijan suspends visas for Iranians (Friday); Iran bans Azerbaijani imports (Saturday);
Azerbaijan's security service blames Iran-linked hackers for a customs outage and Turkmenistan offers to host
talks (Sunday); Azerbaijan puts a 25 percent tariff on Iranian goods and the two foreign ministers speak by
phone (Monday); Iran grants consular access and Azerbaijan partly lifts the visa suspension (Tuesday); deputy
foreign ministers meet in Ashgabat (Wednesday). 23 documents from 6 outlets, 18 acts, 118 reports.

Everything in it is synthetic: invented outlets and people, real countries and places, events that never
happened, dates in the future.

Gold conventions. An act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives (a
summoned ambassador ACCUSE, expelled diplomats, an import ban and a tariff SANCTION, an arrest COERCE,
consular access granted and a visa suspension eased CONCEDE, a mediation offer AGREE), dated the day it
happened. The visa suspension carries two types (COERCE as an administrative sanction, SANCTION as a cut in
relations), because the codebook allows both readings. REPORTS lists every body sentence that reports an act
that happened, including background recaps in later reports ("the visa suspension on Friday", "The step came
one day after ...") and quotes that tell the act; headlines are not reports. A threat is itself a THREATEN
act, a demand a REQUEST act and an offer an AGREE act, but the threatened, demanded or offered act is not an
act until it happens. Planned acts (the Ashgabat meeting before it took place), denied, conditional and
hypothetical acts, acts more than a year before (the 2023 embassy shooting and expulsions), tallies and
opinions are not listed. The customs-website outage itself is not an act (its authors are unknown and the
codebook has no type for it); Baku's blaming it on Iran is. An act named only as the object of another act
(the suspension that is lifted) is not a separate report. A syndicated copy (one verbatim, one lightly edited)
gets its own entries. No sentence reports two acts that share a type. Look-alikes that are separate acts: the
two summoned ambassadors (Baku's summons on Tuesday, Tehran's on Thursday), the two expulsions (Azerbaijan's
on Wednesday, Iran's on Thursday), the two same-day demands for consular access (the Foreign Ministry and the
presidential adviser), Iran's threat on Wednesday and the expulsion it threatened on Thursday, the import ban
and the retaliatory tariff (two sides, two days), the arrest and the visa suspension (both COERCE), the three
ACCUSE acts (two summonses and the hacking charge), the two CONCEDE acts on the same Tuesday by different
sides (consular access, visa easing), and the two CONSULT acts (the ministers' call, the Ashgabat meeting).
The number of Iranian diplomats expelled changes between reports (four, then five).

Scoring. The documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports with at least
one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 28ea30f (late in the fifth 2026-12-01 session, after its grouping and dating changes),
with `figures`: **pairwise F1 0.733** (precision 0.933, recall 0.603; 116 gold pairs), B-cubed F1 0.799
(precision 0.943, recall 0.693), reports_found 0.667; 64 mapped events of 17 acts in 28 incidents. The
session's starting code (24820a3): pairwise F1 0.670 (precision 0.924, recall 0.526), B-cubed F1 0.764.
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
    ("2035-10-01_saffron_tabriz-spy-arrest.txt",
     "Iran says it has detained an Azerbaijani national in Tabriz on suspicion of spying\n\n"
     "TEHRAN, October 1, 2035 (Saffron Wire) - Iranian intelligence officers have arrested an "
     "Azerbaijani citizen in the northwestern city of Tabriz on suspicion of spying for a foreign "
     "service, Iran's Intelligence Ministry said on Monday.\n\n"
     "A ministry statement read out on state television named the man as Samir Alakbarli, 44, and "
     "said he had been picked up near a military airfield on the edge of the city with photographs "
     "and map coordinates stored on his phone.\n\n"
     "Alakbarli runs the Tabriz office of a Baku freight company and has lived in Iran on a work "
     "permit since 2029, according to a co-worker reached by phone.\n\n"
     "Azerbaijan's Foreign Ministry had no immediate comment.\n\n"
     "Relations between Tehran and Baku have swung between cool and openly hostile for more than a "
     "decade, strained by Azerbaijan's close military ties with Israel and by Iranian unease over "
     "nationalist feeling among its own large ethnic Azeri minority.\n\n"
     "Espionage can carry the death penalty under Iranian law, although foreigners convicted of "
     "spying have more often been given long prison terms."),
    ("2035-10-01_kestrel_baku-citizen-held.txt",
     "Baku checking reports that Iran is holding one of its citizens\n\n"
     "BAKU, October 1, 2035 (Kestrel News Agency) - Azerbaijan's government said on Monday it was "
     "checking reports that one of its citizens had been detained by Iran's security services in "
     "Tabriz, the largest city in Iran's Azeri-speaking northwest.\n\n"
     "Iran's Intelligence Ministry announced the arrest of Samir Alakbarli earlier in the day, "
     "saying he had been seized close to a military airfield in East Azerbaijan province.\n\n"
     "His brother, Farid Alakbarli, told Kestrel by telephone that the family had not heard from "
     "him since Monday morning.\n\n"
     "\"Samir sends trucks across the border for a living, he has no interest in politics and never "
     "has,\" the brother said.\n\n"
     "A Foreign Ministry official in Baku, who would talk only without being named, said the "
     "embassy in Tehran had learned of the case from the ministry's broadcast statement.\n\n"
     "Trade between the two neighbors reached roughly $900 million last year, much of it Iranian "
     "fruit, vegetables and building materials moving north through the Astara crossing."),
    ("2035-10-02_bluepeak_envoy-summoned.txt",
     "Azerbaijan summons Iranian ambassador, presses for access to detained citizen\n\n"
     "BAKU, October 2, 2035 (Bluepeak Press) - Azerbaijan summoned Iran's ambassador on Tuesday "
     "over the detention of an Azerbaijani freight manager in Tabriz and demanded that its "
     "diplomats be allowed to see him.\n\n"
     "Ambassador Mehdi Ranjbar was given a formal protest note at the Foreign Ministry, "
     "spokeswoman Gunel Babazade told reporters.\n\n"
     "\"We expect consular access to our citizen without any further delay, as the Vienna "
     "Convention requires,\" Babazade said.\n\n"
     "Separately, the president's foreign policy adviser, Rauf Novruzov, told state television "
     "that Iran should free the man.\n\n"
     "Iran's Intelligence Ministry said on Monday that Samir Alakbarli, 44, had been arrested near "
     "an air base outside Tabriz.\n\n"
     "Ranjbar left the ministry building without speaking to journalists.\n\n"
     "Dilara Seyidova, an analyst at the Shirvan Institute for Regional Studies in Baku, said the "
     "government was under pressure from nationalist bloggers to respond firmly."),
    ("2035-10-02_silkroad_aide-demands-release.txt",
     "Presidential aide says Iran must free Azerbaijani freight manager\n\n"
     "BAKU, October 2, 2035 (Silk Road Monitor) - A senior foreign policy adviser to Azerbaijan's "
     "president called on Tuesday for Iran to release Samir Alakbarli, the Azerbaijani citizen "
     "detained in Tabriz, and to let a consul visit him in the meantime.\n\n"
     "Rauf Novruzov made the demand in an interview with state television hours after the Foreign "
     "Ministry had summoned the Iranian ambassador.\n\n"
     "\"We do not know where he is or whether he has seen a lawyer,\" Novruzov said.\n\n"
     "Iranian authorities arrested Alakbarli on Monday, saying he had been caught photographing a "
     "military airfield.\n\n"
     "Novruzov, a former ambassador to Turkey, is regarded as one of the most influential voices "
     "on foreign policy in Baku.\n\n"
     "Iran's embassy in Baku did not answer calls on Tuesday."),
    ("2035-10-02_orientcourier_tehran-charges.txt",
     "Tabriz arrest deepens chill between Tehran and Baku\n\n"
     "TEHRAN, October 2, 2035 (Orient Courier) - The detention of an Azerbaijani national in "
     "Tabriz on spying charges has opened a new rift between Iran and its northern neighbor, a day "
     "after Iran's Intelligence Ministry disclosed the arrest.\n\n"
     "Azerbaijan summoned Iran's envoy in Baku on Tuesday morning, Iranian state media reported, "
     "without giving details of what was said.\n\n"
     "Iran's Foreign Ministry spokesman, Nasser Golshiri, told his weekly news conference that the "
     "case was a security matter for the judiciary.\n\n"
     "In 2023 a gunman stormed Azerbaijan's embassy in Tehran and killed its head of security, and "
     "Baku pulled its staff out until mid-2024.\n\n"
     "The mission reopened in 2024, and ministers from the two sides visited each other's capitals "
     "in the years that followed.\n\n"
     "Peyman Rostami, a political scientist in Tehran, said hardliners in the security "
     "establishment had long argued that Azerbaijan allowed foreign intelligence services to "
     "operate close to the border."),
    ("2035-10-03_saffron_baku-expels-diplomats.txt",
     "Azerbaijan expels four Iranian diplomats as spy row escalates\n\n"
     "BAKU, October 3, 2035 (Saffron Wire) - Azerbaijan gave four Iranian diplomats 48 hours to "
     "quit Azerbaijan on Wednesday, escalating a dispute over the arrest of an Azerbaijani citizen "
     "in Iran.\n\n"
     "The Foreign Ministry declared the four persona non grata for activities it said were "
     "incompatible with their diplomatic status, without naming them.\n\n"
     "Two of them worked at the embassy in Baku and two at Iran's consulate in the exclave of "
     "Nakhchivan, a ministry official said.\n\n"
     "The step came one day after Baku demanded consular access to Samir Alakbarli, a freight "
     "company manager arrested in Tabriz on Monday.\n\n"
     "Iran has not yet allowed any Azerbaijani official to see him.\n\n"
     "Azerbaijan last expelled Iranian diplomats in April 2023, when four staff were sent home "
     "months after the embassy shooting in Tehran.\n\n"
     "\"Baku is signalling that it will not absorb this quietly,\" said Helen Marsh-Ibbotson, who "
     "follows the South Caucasus at the Whitcombe Institute in London."),
    ("2035-10-03_highland_baku-expels-diplomats.txt",
     "Azerbaijan expels four Iranian diplomats as spy row escalates\n\n"
     "BAKU, October 3, 2035 (Highland Telegraph) - Azerbaijan gave four Iranian diplomats 48 hours "
     "to quit Azerbaijan on Wednesday, escalating a dispute over the arrest of an Azerbaijani "
     "citizen in Iran.\n\n"
     "The Foreign Ministry declared the four persona non grata for activities it said were "
     "incompatible with their diplomatic status, without naming them.\n\n"
     "Two of them worked at the embassy in Baku and two at Iran's consulate in the exclave of "
     "Nakhchivan, a ministry official said.\n\n"
     "The step came one day after Baku demanded consular access to Samir Alakbarli, a freight "
     "company manager arrested in Tabriz on Monday.\n\n"
     "Iran has not yet allowed any Azerbaijani official to see him.\n\n"
     "Azerbaijan last expelled Iranian diplomats in April 2023, when four staff were sent home "
     "months after the embassy shooting in Tehran.\n\n"
     "\"Baku is signalling that it will not absorb this quietly,\" said Helen Marsh-Ibbotson, who "
     "follows the South Caucasus at the Whitcombe Institute in London.\n\n"
     "This report originally appeared on Saffron Wire."),
    ("2035-10-03_kestrel_iran-vows-response.txt",
     "Iran warns it will answer Azerbaijan's expulsion of its diplomats\n\n"
     "TEHRAN, October 3, 2035 (Kestrel News Agency) - Iran warned on Wednesday that it would "
     "retaliate for Azerbaijan's decision to expel five of its diplomats, saying the move would "
     "not go unanswered.\n\n"
     "\"Any unfriendly step will receive a reciprocal response,\" Foreign Ministry spokesman Nasser "
     "Golshiri wrote on the ministry's Telegram channel.\n\n"
     "Iranian state media said three diplomats at the embassy in Baku and two at the consulate in "
     "Nakhchivan had been told to leave.\n\n"
     "Azerbaijani officials had given a figure of four earlier in the day, and the discrepancy "
     "could not immediately be resolved.\n\n"
     "The dispute began on Monday, when Iran's Intelligence Ministry announced it had caught an "
     "Azerbaijani citizen photographing a military airfield near Tabriz.\n\n"
     "Golshiri did not say what form Iran's response would take.\n\n"
     "Iran and Azerbaijan, a mostly Shiite country governed as a secular state, have been at odds "
     "for years over Baku's defence partnership with Israel."),
    ("2035-10-04_bluepeak_tehran-expels-three.txt",
     "Iran expels three Azerbaijani diplomats and summons Baku's envoy\n\n"
     "TEHRAN, October 4, 2035 (Bluepeak Press) - Iran expelled three Azerbaijani diplomats on "
     "Thursday and summoned Azerbaijan's ambassador, carrying out a threat made by its Foreign "
     "Ministry the previous evening.\n\n"
     "The three, two at the embassy in Tehran and one at the consulate general in Tabriz, were "
     "given 72 hours to leave, the Foreign Ministry said.\n\n"
     "Ambassador Vugar Shirinov was called in to the ministry and told that Azerbaijan bore "
     "responsibility for the deterioration in relations, according to a ministry statement.\n\n"
     "On Wednesday Azerbaijan ordered out five Iranian diplomats over what it called conduct "
     "incompatible with their status.\n\n"
     "Both missions are now short of staff at a time when thousands of truck drivers and traders "
     "cross the border each week.\n\n"
     "Samir Alakbarli, the Azerbaijani freight manager at the center of the row, has still not "
     "been visited by a consul.\n\n"
     "\"Each side is now calculating how far the other is willing to go,\" said Peyman Rostami, a "
     "political scientist in Tehran."),
    ("2035-10-04_silkroad_embassy-protest.txt",
     "Hundreds rally outside Iranian embassy in Baku\n\n"
     "BAKU, October 4, 2035 (Silk Road Monitor) - Several hundred people gathered outside the "
     "Iranian embassy in Baku on Thursday evening, chanting the name of Samir Alakbarli, the "
     "Azerbaijani at the center of a spy case in Iran, and holding up his photograph.\n\n"
     "The rally, watched by a line of police, broke up peacefully after about two hours.\n\n"
     "Organizers, who included members of a veterans' association, put the turnout at about 1,000; "
     "police did not give a figure.\n\n"
     "The protest came hours after Tehran ordered three Azerbaijani diplomats to leave Iran.\n\n"
     "Azerbaijan had sent home Iranian embassy and consular staff on Wednesday.\n\n"
     "\"He is one of us, and we want the world to know his name,\" said Aysel Huseynova, a teacher "
     "who came with several of her students.\n\n"
     "Public protests are rare in Azerbaijan, where unauthorized gatherings are usually dispersed "
     "quickly, and Thursday's rally appeared to have been tolerated by the authorities."),
    ("2035-10-04_orientcourier_analysis-expulsions.txt",
     "Analysis: Old grievances resurface as Iran and Azerbaijan trade expulsions\n\n"
     "LONDON, October 4, 2035 (Orient Courier) - As recently as the summer, Iran and Azerbaijan "
     "were planning a new rail link across their shared border; by Thursday neither capital had a "
     "full diplomatic staff in the other.\n\n"
     "The trigger was a spy case involving Samir Alakbarli, an Azerbaijani freight manager who had "
     "worked in Tabriz for years.\n\n"
     "Baku expelled five Iranian diplomats on Wednesday.\n\n"
     "Tehran responded on Thursday by ordering out three Azerbaijanis and calling in Baku's "
     "ambassador for a dressing-down.\n\n"
     "The underlying tension is much older.\n\n"
     "Iran has watched with alarm as Azerbaijan, emboldened by its victory over Armenia in 2020 "
     "and its recapture of Karabakh in 2023, deepened its military ties with Israel and Turkey.\n\n"
     "\"Neither government wants a real rupture, because the border trade matters too much to the "
     "provinces on both sides,\" said Dilara Seyidova of the Shirvan Institute for Regional "
     "Studies.\n\n"
     "\"But neither wants to be the first to blink.\""),
    ("2035-10-05_kestrel_visa-suspension.txt",
     "Azerbaijan halts visas for Iranian citizens\n\n"
     "BAKU, October 5, 2035 (Kestrel News Agency) - Azerbaijan suspended the issuing of visas to "
     "Iranian citizens on Friday, the latest step in a week-long diplomatic row between the two "
     "neighbors.\n\n"
     "The State Migration Service said the suspension applied to electronic visas and to visas "
     "issued at the land border, but that Iranians already in the country could stay until their "
     "permits expired.\n\n"
     "On Thursday, Tehran ordered three Azerbaijani diplomats out of the country and summoned "
     "Ambassador Vugar Shirinov.\n\n"
     "Hundreds of people rallied outside the Iranian embassy in Baku on Thursday evening.\n\n"
     "Around 250,000 Iranians visited Azerbaijan last year, many of them tourists heading for Baku "
     "or for resorts in the south, according to official figures.\n\n"
     "Tour operators in the southern city of Lankaran said cancellations had started arriving "
     "within hours.\n\n"
     "The row was set off by the arrest on Monday of Samir Alakbarli, an Azerbaijani freight "
     "manager, on spying charges in Tabriz.\n\n"
     "Iran has still not allowed Azerbaijani diplomats to visit him."),
    ("2035-10-05_highland_astara-border.txt",
     "At the Astara crossing, traders count the cost of a diplomatic feud\n\n"
     "ASTARA, October 5, 2035 (Highland Telegraph) - Lines of Iranian trucks stretched for nearly "
     "two kilometers at the Astara border crossing on Friday after Azerbaijan stopped issuing "
     "visas to Iranian citizens, leaving many drivers unsure whether they could enter.\n\n"
     "Border officials said drivers holding valid visas could still cross, but those who had hoped "
     "to get one at the checkpoint would have to wait.\n\n"
     "\"I have oranges in the back that will not last a week,\" said Hossein Bagheri, a driver from "
     "Rasht who had been waiting since dawn.\n\n"
     "About 1,200 trucks cross at Astara on a normal day, carrying mainly Iranian produce north "
     "and Russian grain and timber south.\n\n"
     "The visa measure added one more reprisal to a list that has grown almost daily since Monday.\n\n"
     "In Baku on Thursday evening, a crowd of several hundred rallied at the gates of the Iranian "
     "embassy.\n\n"
     "\"Politicians shout at each other and the drivers settle the bill,\" said Elshan Quliyev, who "
     "sells dried fruit from a stall near the checkpoint."),
    ("2035-10-06_saffron_iran-import-ban.txt",
     "Iran bans imports of Azerbaijani goods\n\n"
     "TEHRAN, October 6, 2035 (Saffron Wire) - Iran banned imports of goods from Azerbaijan on "
     "Saturday, widening a week-long feud with its northern neighbor.\n\n"
     "The Ministry of Industry, Mine and Trade said the ban covered all products of Azerbaijani "
     "origin except medicines and humanitarian supplies, and would take effect at midnight.\n\n"
     "On Friday, Azerbaijan stopped granting visas to Iranian citizens.\n\n"
     "On Thursday, Iran ordered three Azerbaijani diplomats to leave.\n\n"
     "Azerbaijan sells relatively little to Iran, mostly chemicals, aluminium and some food "
     "products, worth about $120 million last year.\n\n"
     "Azerbaijan's Economy Ministry had no immediate comment.\n\n"
     "\"Both governments are reaching for tools that look tough but cost them little,\" said Helen "
     "Marsh-Ibbotson of the Whitcombe Institute in London.\n\n"
     "Iran's Foreign Ministry said a consular visit for Samir Alakbarli, the freight manager at "
     "the heart of the row, was \"under review.\""),
    ("2035-10-07_bluepeak_cyberattack-blamed.txt",
     "Azerbaijan blames Iran-linked hackers for customs outage\n\n"
     "BAKU, October 7, 2035 (Bluepeak Press) - Azerbaijan's State Security Service on Sunday "
     "accused hackers working for Iranian intelligence of knocking the country's customs and "
     "border websites offline for most of Saturday night.\n\n"
     "Junk traffic swamped the servers of the State Customs Committee from Saturday evening until "
     "about 4 a.m. on Sunday, the agency said.\n\n"
     "It said the traffic had been traced to servers used in earlier operations by a group it "
     "linked to Iran's Ministry of Intelligence.\n\n"
     "The outage slowed freight at the Astara and Bilasuvar crossings, where customs officers had "
     "to process declarations on paper, drivers said.\n\n"
     "It came hours after Iran banned all imports of Azerbaijani goods.\n\n"
     "Hacker groups from Azerbaijan and Armenia targeted each other's government sites during the "
     "fighting in 2020."),
    ("2035-10-07_silkroad_turkmen-mediation.txt",
     "Turkmenistan offers to host talks between Iran and Azerbaijan\n\n"
     "ASHGABAT, October 7, 2035 (Silk Road Monitor) - Turkmenistan offered on Sunday to host talks "
     "between Iran and Azerbaijan, saying the neighbors' week-long quarrel put at risk trade "
     "routes that the whole Caspian region relied on.\n\n"
     "Foreign Minister Merdan Gurbanov said Ashgabat was ready to receive delegations from both "
     "capitals \"at any level and at short notice.\"\n\n"
     "Turkmenistan, which borders Iran and faces Azerbaijan across the Caspian Sea, describes "
     "itself as permanently neutral and has hosted regional meetings before.\n\n"
     "Neither Tehran nor Baku had responded publicly by Sunday evening.\n\n"
     "Tehran banned all Azerbaijani imports on Saturday.\n\n"
     "Earlier on Sunday, Azerbaijan's security service accused Iran of a cyber attack on its "
     "customs computers.\n\n"
     "Diplomats in Ashgabat said Turkmen gas sales to Azerbaijan and swap deals through Iran gave "
     "Ashgabat a stake in calming the dispute.\n\n"
     "\"Ashgabat is one of the few places both sides can travel to without losing face,\" said a "
     "Western diplomat based in the Turkmen capital."),
    ("2035-10-08_kestrel_tariff.txt",
     "Azerbaijan slaps 25 percent tariff on Iranian goods\n\n"
     "BAKU, October 8, 2035 (Kestrel News Agency) - Azerbaijan imposed a 25 percent tariff on all "
     "imports from Iran on Monday, in the sharpest economic step yet in a week-old dispute with "
     "its southern neighbor.\n\n"
     "A cabinet decree published on Monday said the duty would apply from Wednesday to Iranian "
     "fruit, vegetables, cement and steel, which make up most of the trade.\n\n"
     "Iran barred all imports of Azerbaijani goods on Saturday.\n\n"
     "Iranian goods worth about $780 million crossed into Azerbaijan last year, according to "
     "customs data, against some $120 million moving the other way.\n\n"
     "Traders in Sadarak, Baku's biggest wholesale market, said prices for Iranian tomatoes and "
     "citrus had already risen by a fifth since the visa suspension on Friday.\n\n"
     "Turkmenistan offered on Sunday to act as a go-between."),
    ("2035-10-08_orientcourier_tariff.txt",
     "Baku hits Iranian imports with 25 percent duty\n\n"
     "BAKU, October 8, 2035 (Orient Courier) - Azerbaijan imposed a 25 percent tariff on all "
     "imports from Iran on Monday, in the sharpest economic move so far in a week-old dispute with "
     "its southern neighbor.\n\n"
     "A cabinet decree published on Monday said the duty would apply from Wednesday to Iranian "
     "fruit, vegetables, cement and steel, which make up most of the trade.\n\n"
     "Iran barred all imports of Azerbaijani goods on Saturday.\n\n"
     "Iranian goods worth about $780 million crossed into Azerbaijan last year, by Azerbaijani "
     "count, against some $120 million moving the other way.\n\n"
     "Sadarak market traders said prices for Iranian tomatoes and citrus had already risen by a "
     "fifth since the visa suspension on Friday.\n\n"
     "Turkmenistan offered on Sunday to act as a go-between.\n\n"
     "Originally distributed by Kestrel News Agency."),
    ("2035-10-09_highland_ministers-call.txt",
     "Iranian and Azerbaijani foreign ministers hold first talks since crisis began\n\n"
     "BAKU, October 9, 2035 (Highland Telegraph) - The foreign ministers of Iran and Azerbaijan "
     "spoke by telephone late on Monday, their first direct contact since relations plunged into "
     "crisis a week ago.\n\n"
     "Azerbaijan's Foreign Ministry said Elnur Gadirli and his Iranian counterpart, Abbas "
     "Karimabadi, had discussed \"the full range of issues\" in a call lasting about 40 minutes.\n\n"
     "Iran's account of the conversation, carried by state media on Tuesday, quoted Karimabadi on "
     "the value of \"good neighborliness.\"\n\n"
     "Neither side said whether the case of Samir Alakbarli had come up.\n\n"
     "The call came hours after Azerbaijan imposed a 25 percent tariff on Iranian imports.\n\n"
     "Deputy ministers from Tehran and Baku are due in Ashgabat, the Turkmen capital, for a "
     "meeting on Wednesday, diplomats said.\n\n"
     "\"A phone call is not a settlement, but it is a sign that both leaderships want a way out,\" "
     "said Dilara Seyidova of the Shirvan Institute for Regional Studies in Baku.\n\n"
     "Iran's ban on Azerbaijani imports, imposed on Saturday, also remains in place.\n\n"
     "Turkmenistan had offered to host talks on Sunday."),
    ("2035-10-09_saffron_consular-access.txt",
     "Iran lets Azerbaijani consul see detained freight manager\n\n"
     "TABRIZ, October 9, 2035 (Saffron Wire) - Iran allowed an Azerbaijani diplomat to visit Samir "
     "Alakbarli at a Tabriz detention center on Tuesday, eight days after his arrest on spying "
     "charges set off a bitter row between the neighbors.\n\n"
     "Azerbaijan's Foreign Ministry said Alakbarli was well and had received letters from his "
     "family.\n\n"
     "The ministry in Baku first demanded consular access a week ago, on Tuesday, October 2.\n\n"
     "Iran's decision came a day after Foreign Ministers Abbas Karimabadi and Elnur Gadirli spoke "
     "by phone.\n\n"
     "Iran's judiciary has not set a date for a trial, and it was not clear whether Alakbarli had "
     "a lawyer.\n\n"
     "His wife, Nargiz, said in Baku that the family was relieved but would not rest until he was "
     "home."),
    ("2035-10-09_bluepeak_visa-easing.txt",
     "Azerbaijan partly restores visas for Iranians\n\n"
     "BAKU, October 9, 2035 (Bluepeak Press) - Azerbaijan partially lifted its suspension of visas "
     "for Iranian citizens on Tuesday, resuming them for students, medical patients and truck "
     "drivers, the first easing after a week of reprisals between Baku and Tehran.\n\n"
     "The State Migration Service said the three groups could again apply for electronic visas "
     "from Wednesday.\n\n"
     "Baku halted visas for Iranians last Friday.\n\n"
     "Also on Tuesday, Iran let an Azerbaijani consul see Samir Alakbarli, the freight manager "
     "whose case set off the dispute.\n\n"
     "Foreign Minister Elnur Gadirli and Iran's Abbas Karimabadi talked by phone on Monday night.\n\n"
     "The 25 percent tariff Baku placed on Iranian goods on Monday remains in force.\n\n"
     "\"Students and patients were the easiest place to start,\" said a migration official who was "
     "not authorized to speak publicly."),
    ("2035-10-10_kestrel_ashgabat-talks.txt",
     "Iranian and Azerbaijani envoys meet in Ashgabat\n\n"
     "ASHGABAT, October 10, 2035 (Kestrel News Agency) - Deputy foreign ministers from Iran and "
     "Azerbaijan met in the Turkmen capital on Wednesday, the first in-person talks since a spying "
     "case sent relations between the neighbors into a tailspin.\n\n"
     "Farhad Moghaddasi of Iran and Orkhan Mirzayev of Azerbaijan held about four hours of talks "
     "at a government guesthouse, hosted by Turkmen Foreign Minister Merdan Gurbanov.\n\n"
     "No joint statement was issued.\n\n"
     "A Turkmen official said the discussions had been \"frank and useful\" and that another round "
     "was possible.\n\n"
     "Turkmenistan offered to broker talks on Sunday, and the foreign ministers of Iran and "
     "Azerbaijan spoke by phone the following evening.\n\n"
     "On Monday, Azerbaijan slapped a 25 percent duty on Iranian imports.\n\n"
     "On Tuesday Iran gave Azerbaijan's consul in Tabriz access to Samir Alakbarli, the "
     "Azerbaijani freight manager whose case started the dispute.\n\n"
     "\"The fact that they sat in the same room for four hours tells you both want to stop the "
     "slide,\" said Helen Marsh-Ibbotson of the Whitcombe Institute."),
    ("2035-10-10_silkroad_crisis-timeline.txt",
     "Ten days that shook ties between Iran and Azerbaijan\n\n"
     "ASHGABAT, October 10, 2035 (Silk Road Monitor) - Iranian and Azerbaijani officials sat down "
     "together in Ashgabat on Wednesday after ten days of escalating reprisals that began with a "
     "single arrest in Tabriz.\n\n"
     "Iranian intelligence officers detained Samir Alakbarli, an Azerbaijani freight manager, near "
     "an airfield outside Tabriz on October 1.\n\n"
     "Baku summoned Iran's ambassador the next day.\n\n"
     "On October 3, Azerbaijan expelled five Iranian diplomats.\n\n"
     "Tehran sent three Azerbaijani diplomats home a day later and called in Baku's ambassador.\n\n"
     "Azerbaijan stopped issuing visas to Iranians on October 5.\n\n"
     "Iran answered with a ban on Azerbaijani imports on October 6.\n\n"
     "Baku's 25 percent tariff on Iranian goods followed two days later.\n\n"
     "The first sign of a thaw came on Tuesday, when Iran granted consular access to Alakbarli.\n\n"
     "Trade across the Astara crossing has fallen by more than half since the start of the month, "
     "according to Azerbaijani customs figures.\n\n"
     "Officials at Wednesday's meeting did not say when they would meet again."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2035-10-01",
            "Iranian intelligence arrests Azerbaijani Samir Alakbarli in Tabriz as a suspected spy"),
    "A02": (("REQUEST",), "2035-10-02",
            "Azerbaijan's Foreign Ministry (spokeswoman Babazade) demands consular access"),
    "A03": (("REQUEST",), "2035-10-02",
            "presidential adviser Rauf Novruzov calls on Iran to free Alakbarli, let a consul see him"),
    "A04": (("ACCUSE",), "2035-10-02", "Azerbaijan summons Iran's ambassador Mehdi Ranjbar over the arrest"),
    "A05": (("SANCTION",), "2035-10-03", "Azerbaijan expels Iranian diplomats (four, then five)"),
    "A06": (("THREATEN",), "2035-10-03",
            "Iran's Foreign Ministry spokesman Golshiri warns of a reciprocal response"),
    "A07": (("SANCTION",), "2035-10-04", "Iran expels three Azerbaijani diplomats"),
    "A08": (("ACCUSE",), "2035-10-04", "Iran summons Azerbaijan's ambassador Vugar Shirinov"),
    "A09": (("PROTEST",), "2035-10-04", "several hundred people rally outside the Iranian embassy in Baku"),
    "A10": (("COERCE", "SANCTION",), "2035-10-05", "Azerbaijan suspends visas for Iranian citizens"),
    "A11": (("SANCTION",), "2035-10-06", "Iran bans imports of Azerbaijani goods"),
    "A12": (("ACCUSE",), "2035-10-07",
            "Azerbaijan's State Security Service blames Iranian intelligence hackers for a customs outage"),
    "A13": (("AGREE",), "2035-10-07", "Turkmenistan offers to host talks between Iran and Azerbaijan"),
    "A14": (("SANCTION",), "2035-10-08", "Azerbaijan imposes a 25 percent tariff on imports from Iran"),
    "A15": (("CONSULT",), "2035-10-08",
            "foreign ministers Abbas Karimabadi and Elnur Gadirli speak by phone"),
    "A16": (("CONCEDE",), "2035-10-09", "Iran grants an Azerbaijani consul access to Alakbarli"),
    "A17": (("CONCEDE",), "2035-10-09",
            "Azerbaijan partly lifts the visa suspension for Iranian students, patients and truck drivers"),
    "A18": (("CONSULT",), "2035-10-10", "Iranian and Azerbaijani deputy foreign ministers meet in Ashgabat"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-10-01_saffron_tabriz-spy-arrest.txt", "A01", "have arrested an Azerbaijani citizen"),
    ("2035-10-01_saffron_tabriz-spy-arrest.txt", "A01", "had been picked up near"),
    ("2035-10-01_kestrel_baku-citizen-held.txt", "A01", "had been detained by Iran's security services"),
    ("2035-10-01_kestrel_baku-citizen-held.txt", "A01", "announced the arrest of Samir Alakbarli"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A04", "summoned Iran's ambassador on Tuesday"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A01", "detention of an Azerbaijani freight manager"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A02", "demanded that its diplomats be allowed"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A04", "was given a formal protest note"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A02", "We expect consular access to our citizen"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A03", "told state television that Iran should"),
    ("2035-10-02_bluepeak_envoy-summoned.txt", "A01", "had been arrested near an air base"),
    ("2035-10-02_silkroad_aide-demands-release.txt", "A03", "called on Tuesday for Iran to release"),
    ("2035-10-02_silkroad_aide-demands-release.txt", "A01", "the Azerbaijani citizen detained in Tabriz"),
    ("2035-10-02_silkroad_aide-demands-release.txt", "A03", "made the demand in an interview"),
    ("2035-10-02_silkroad_aide-demands-release.txt", "A04", "had summoned the Iranian ambassador"),
    ("2035-10-02_silkroad_aide-demands-release.txt",
     "A01", "Iranian authorities arrested Alakbarli on Monday"),
    ("2035-10-02_orientcourier_tehran-charges.txt", "A01", "The detention of an Azerbaijani national"),
    ("2035-10-02_orientcourier_tehran-charges.txt", "A04", "summoned Iran's envoy in Baku"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A05", "gave four Iranian diplomats 48 hours"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A01", "over the arrest of an Azerbaijani citizen"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A05", "declared the four persona non grata"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A02", "Baku demanded consular access to Samir"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A05", "The step came one day after"),
    ("2035-10-03_saffron_baku-expels-diplomats.txt", "A01", "a freight company manager arrested in Tabriz"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A05", "gave four Iranian diplomats 48 hours"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A01", "over the arrest of an Azerbaijani citizen"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A05", "declared the four persona non grata"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A02", "Baku demanded consular access to Samir"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A05", "The step came one day after"),
    ("2035-10-03_highland_baku-expels-diplomats.txt", "A01", "a freight company manager arrested in Tabriz"),
    ("2035-10-03_kestrel_iran-vows-response.txt", "A06", "Iran warned on Wednesday that it"),
    ("2035-10-03_kestrel_iran-vows-response.txt", "A05", "decision to expel five of its diplomats"),
    ("2035-10-03_kestrel_iran-vows-response.txt", "A06", "will receive a reciprocal response"),
    ("2035-10-03_kestrel_iran-vows-response.txt", "A05", "had been told to leave"),
    ("2035-10-03_kestrel_iran-vows-response.txt", "A01", "announced it had caught an Azerbaijani"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A07", "Iran expelled three Azerbaijani diplomats"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A08", "summoned Azerbaijan's ambassador, carrying out"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A06", "carrying out a threat made by"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A07", "were given 72 hours to leave"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A08", "was called in to the ministry"),
    ("2035-10-04_bluepeak_tehran-expels-three.txt", "A05", "Azerbaijan ordered out five Iranian diplomats"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A09", "Several hundred people gathered outside"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A09", "broke up peacefully after about"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A09", "The protest came hours after"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A07", "Tehran ordered three Azerbaijani diplomats"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A05", "had sent home Iranian embassy"),
    ("2035-10-04_silkroad_embassy-protest.txt", "A09", "Thursday's rally appeared to have"),
    ("2035-10-04_orientcourier_analysis-expulsions.txt", "A05", "Baku expelled five Iranian diplomats"),
    ("2035-10-04_orientcourier_analysis-expulsions.txt", "A07", "ordering out three Azerbaijanis"),
    ("2035-10-04_orientcourier_analysis-expulsions.txt", "A08", "calling in Baku's ambassador for"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A10", "suspended the issuing of visas"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A10", "said the suspension applied to"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A07", "ordered three Azerbaijani diplomats out"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A08", "summoned Ambassador Vugar Shirinov"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A09", "Hundreds of people rallied outside"),
    ("2035-10-05_kestrel_visa-suspension.txt", "A01", "the arrest on Monday of Samir Alakbarli"),
    ("2035-10-05_highland_astara-border.txt", "A10", "stopped issuing visas to Iranian citizens"),
    ("2035-10-05_highland_astara-border.txt", "A10", "The visa measure added one more"),
    ("2035-10-05_highland_astara-border.txt", "A09", "a crowd of several hundred rallied"),
    ("2035-10-06_saffron_iran-import-ban.txt", "A11", "Iran banned imports of goods"),
    ("2035-10-06_saffron_iran-import-ban.txt", "A11", "said the ban covered all products"),
    ("2035-10-06_saffron_iran-import-ban.txt", "A10", "stopped granting visas to Iranian citizens"),
    ("2035-10-06_saffron_iran-import-ban.txt", "A07", "Iran ordered three Azerbaijani diplomats to"),
    ("2035-10-07_bluepeak_cyberattack-blamed.txt", "A12", "accused hackers working for Iranian intelligence"),
    ("2035-10-07_bluepeak_cyberattack-blamed.txt", "A12", "had been traced to servers"),
    ("2035-10-07_bluepeak_cyberattack-blamed.txt", "A11", "Iran banned all imports of Azerbaijani"),
    ("2035-10-07_silkroad_turkmen-mediation.txt", "A13", "offered on Sunday to host talks"),
    ("2035-10-07_silkroad_turkmen-mediation.txt", "A13", "was ready to receive delegations"),
    ("2035-10-07_silkroad_turkmen-mediation.txt", "A12", "Azerbaijan's security service accused Iran"),
    ("2035-10-07_silkroad_turkmen-mediation.txt", "A11", "Tehran banned all Azerbaijani imports"),
    ("2035-10-08_kestrel_tariff.txt", "A14", "imposed a 25 percent tariff"),
    ("2035-10-08_kestrel_tariff.txt", "A14", "A cabinet decree published on Monday"),
    ("2035-10-08_kestrel_tariff.txt", "A11", "Iran barred all imports of Azerbaijani"),
    ("2035-10-08_kestrel_tariff.txt", "A10", "since the visa suspension on Friday"),
    ("2035-10-08_kestrel_tariff.txt", "A13", "Turkmenistan offered on Sunday to act"),
    ("2035-10-08_orientcourier_tariff.txt", "A14", "imposed a 25 percent tariff"),
    ("2035-10-08_orientcourier_tariff.txt", "A14", "A cabinet decree published on Monday"),
    ("2035-10-08_orientcourier_tariff.txt", "A11", "Iran barred all imports of Azerbaijani"),
    ("2035-10-08_orientcourier_tariff.txt", "A10", "since the visa suspension on Friday"),
    ("2035-10-08_orientcourier_tariff.txt", "A13", "Turkmenistan offered on Sunday to act"),
    ("2035-10-09_highland_ministers-call.txt", "A15", "spoke by telephone late on Monday"),
    ("2035-10-09_highland_ministers-call.txt", "A15", "in a call lasting about"),
    ("2035-10-09_highland_ministers-call.txt", "A15", "Iran's account of the conversation"),
    ("2035-10-09_highland_ministers-call.txt", "A15", "The call came hours after"),
    ("2035-10-09_highland_ministers-call.txt", "A14", "Azerbaijan imposed a 25 percent tariff"),
    ("2035-10-09_highland_ministers-call.txt", "A13", "Turkmenistan had offered to host talks"),
    ("2035-10-09_highland_ministers-call.txt", "A11", "Iran's ban on Azerbaijani imports, imposed"),
    ("2035-10-09_saffron_consular-access.txt", "A16", "Iran allowed an Azerbaijani diplomat to visit"),
    ("2035-10-09_saffron_consular-access.txt", "A01", "eight days after his arrest on"),
    ("2035-10-09_saffron_consular-access.txt", "A02", "first demanded consular access a week"),
    ("2035-10-09_saffron_consular-access.txt", "A16", "Iran's decision came a day after"),
    ("2035-10-09_saffron_consular-access.txt", "A15", "Elnur Gadirli spoke by phone"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A17", "partially lifted its suspension of visas"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A17", "the three groups could again apply"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A10", "Baku halted visas for Iranians"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A16", "Iran let an Azerbaijani consul see"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A15", "talked by phone on Monday night"),
    ("2035-10-09_bluepeak_visa-easing.txt", "A14", "The 25 percent tariff Baku placed"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A18", "met in the Turkmen capital on Wednesday"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A18", "held about four hours of talks"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A18", "the discussions had been"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A13", "Turkmenistan offered to broker talks"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A15", "spoke by phone the following evening"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A16", "Iran gave Azerbaijan's consul in Tabriz"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A14", "slapped a 25 percent duty on"),
    ("2035-10-10_kestrel_ashgabat-talks.txt", "A18", "sat in the same room for"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A18", "sat down together in Ashgabat"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A01", "began with a single arrest"),
    ("2035-10-10_silkroad_crisis-timeline.txt",
     "A01", "detained Samir Alakbarli, an Azerbaijani freight manager"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A04", "Baku summoned Iran's ambassador the next"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A05", "Azerbaijan expelled five Iranian diplomats"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A07", "Tehran sent three Azerbaijani diplomats home"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A08", "called in Baku's ambassador"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A10", "stopped issuing visas to Iranians on"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A11", "Iran answered with a ban"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A14", "Baku's 25 percent tariff on Iranian"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A16", "Iran granted consular access to Alakbarli"),
    ("2035-10-10_silkroad_crisis-timeline.txt", "A18", "Officials at Wednesday's meeting"),
]

FLOORS = {"pairwise_f1": 0.88, "b3_f1": 0.89, "reports_found": 0.63}


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
