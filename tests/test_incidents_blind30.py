"""Thirtieth blind incident batch: a ten-day Thai-Cambodian border flare-up, written on 2026-12-01 before the
coder was run on any of it.

The crisis (March 7-16, 2033): Thai and Cambodian forces trade artillery and rocket fire near the Ta Muen Thom
temple on Monday (toll 3, revised to 5) and again near the Chong Sa-ngam pass on Thursday; a landmine wounds
three Thai soldiers on Tuesday and the Thai army blames Cambodian troops; the Thai prime minister threatens on
Tuesday to shut the crossings, Thailand shuts them on Wednesday and reopens two the next Tuesday; Thailand
recalls its ambassador on Wednesday, Cambodia on Friday; China and the United States each urge restraint on
Tuesday; the ASEAN chair, Indonesia, holds a video call with both prime ministers on Friday and hosts two
rounds of foreign ministers' talks in Jakarta (Sunday and Wednesday), the first agreeing a ceasefire that
Cambodia accuses Thai troops of breaking the first night; Cambodia hands back two Thai soldiers; Thailand
trucks aid to evacuee shelters.

Everything here is synthetic: the outlets (Ridgeline Press, Gulf Courier, Mekong Ledger, Lantern Wire, Andaman
Bulletin, Highland Tribune) and the people are invented, the countries and places are real, the events never
happened and the dates are in the future. 24 documents from 6 outlets over 10 days, 18 acts. One verbatim
syndicated copy (Highland Tribune's copy of the Ridgeline Press report of March 7, with a credit line) and one
lightly edited copy (Highland Tribune, March 10, of the Ridgeline Press report of the second shelling).

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day; an exchange of fire between the two armies is one act, whichever
side a report names. ACTS gives the PLOVER type the codebook gives, with a second only where the codebook
allows two readings (the border closure: SANCTION or COERCE; the agreed ceasefire: RETREAT or AGREE), and the
day the act happened. REPORTS lists every sentence, headlines included, that reports an act that happened,
with background recaps in later reports when the sentence tells the act ("Tuesday's mine blast near the Chong
Bok pass", "Cambodia withdrew its ambassador from Bangkok on Friday"); a bare topical mention ("the truce", "a
closure") is not a report. A sentence giving the deaths of one act reports that act; crisis-wide tallies do
not. Not listed: planned or future acts (the talks announced for Sunday, the round announced for Wednesday,
the terms the ceasefire sets), the act a threat or demand names until it happens, conditional or hypothetical
acts, the alleged ceasefire violation itself (only Cambodia's accusation is an act), acts more than a year
before (2003, 2008-2011, 2025), statistics and opinions. No sentence reports two acts of the same type.

Look-alikes that are not the same act: the two artillery exchanges by the same two armies three days apart
(A01, A09) and the landmine the day between (A02); the two ambassador recalls, one by each side on different
days (A08, A10); China's and the United States' appeals for restraint on the same day (A05, A06); the threat
to shut the crossings and the closure the next day (A04, A07), and the reopening (A17); the ASEAN chair's call
and the two rounds of Jakarta talks (A11, A13, A18); the two accusations, one by each side (A03, A15); the
ceasefire and the soldiers' return, both RETREAT (A14, A16). Acts told by one document: A12, A18.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold reports (file, act) with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the tenth 2026-12-01 session): run
with `figures` once at its start, on its starting code (d20d017, whose code is 0d30f2e): **pairwise F1 0.714**
(precision 0.819, recall 0.632), B-cubed F1 0.810, reports found 0.788; and once at its end, on its final code
(d64cb5d): **pairwise F1 0.800** (precision 0.839, recall 0.765), B-cubed F1 0.858, reports found 0.788.
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
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt",
     "Thai and Cambodian troops trade artillery fire along disputed border\n\n"
     "SURIN, March 7, 2033 (Ridgeline Press) - Thai and Cambodian forces exchanged artillery and rocket "
     "fire near the ancient Ta Muen Thom temple on Monday, killing at least three people in the worst "
     "fighting on the frontier in years, officials on both sides said.\n\n"
     "The Thai army said two of its soldiers died when shells landed around a checkpoint in Phanom Dong "
     "Rak district of Surin province. Cambodian officials said one of their soldiers was also killed.\n\n"
     "Colonel Pakorn Wisetsin, a Thai army spokesman, said the shelling began shortly after dawn and "
     "went on for about two hours.\n\n"
     "Villagers from at least a dozen hamlets near the line loaded belongings onto tractors and drove to "
     "temples and schools further inland. \"We heard the first explosion while we were feeding the "
     "buffalo,\" said Sunee Phromma, 47, a cassava farmer from Ban Nong Khan. \"Now we only want to be "
     "somewhere the shells cannot reach.\"\n\n"
     "The 800-km (500-mile) frontier has never been fully demarcated, and several Khmer-era temples "
     "along it are claimed by both countries. A 1962 ruling by the International Court of Justice gave "
     "the Preah Vihear temple to Cambodia, but clashes near it killed dozens of people between 2008 and "
     "2011."),
    ("2033-03-07_mekongledger_border-clash-oddar-meanchey.txt",
     "Cambodia says Thai shells hit Oddar Meanchey villages\n\n"
     "PHNOM PENH, March 7, 2033 (Mekong Ledger) - Thai artillery pounded army positions and farmland in "
     "Cambodia's northern Oddar Meanchey province on Monday as the two armies fought a fierce duel along "
     "their shared frontier, the Cambodian defence ministry said.\n\n"
     "Lieutenant General Nhem Sopheap, the ministry's spokeswoman, told reporters in Phnom Penh that "
     "Cambodian gunners returned fire to defend the nation's territory.\n\n"
     "A provincial health official put the Cambodian toll at one soldier dead and four wounded, figures "
     "that reporters were unable to check independently.\n\n"
     "Residents of O'Smach, a market town opposite Thailand's Chong Chom checkpoint, said many families "
     "had spent the night in rice fields away from the main road. \"The children are frightened and "
     "every shop is shut,\" said Srey Leakhena, 36, who sells fuel in bottles by the roadside.\n\n"
     "Prime Minister Ouk Pisey was due to chair an emergency session of the national security council "
     "late on Monday.\n\n"
     "The neighbours have clashed repeatedly over the frontier, most recently in July 2025, when five "
     "days of fighting drove hundreds of thousands of villagers out of their homes."),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt",
     "Thai and Cambodian troops trade artillery fire along disputed border\n\n"
     "SURIN, March 7, 2033 (Highland Tribune) - Thai and Cambodian forces exchanged artillery and rocket "
     "fire near the ancient Ta Muen Thom temple on Monday, killing at least three people in the worst "
     "fighting on the frontier in years, officials on both sides said.\n\n"
     "The Thai army said two of its soldiers died when shells landed around a checkpoint in Phanom Dong "
     "Rak district of Surin province. Cambodian officials said one of their soldiers was also killed.\n\n"
     "Colonel Pakorn Wisetsin, a Thai army spokesman, said the shelling began shortly after dawn and "
     "went on for about two hours.\n\n"
     "Villagers from at least a dozen hamlets near the line loaded belongings onto tractors and drove to "
     "temples and schools further inland. \"We heard the first explosion while we were feeding the "
     "buffalo,\" said Sunee Phromma, 47, a cassava farmer from Ban Nong Khan. \"Now we only want to be "
     "somewhere the shells cannot reach.\"\n\n"
     "The 800-km (500-mile) frontier has never been fully demarcated, and several Khmer-era temples "
     "along it are claimed by both countries. A 1962 ruling by the International Court of Justice gave "
     "the Preah Vihear temple to Cambodia, but clashes near it killed dozens of people between 2008 and "
     "2011.\n\n"
     "Originally published by Ridgeline Press and distributed under a content-sharing agreement."),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt",
     "Landmine wounds three Thai soldiers near Chong Bok pass\n\n"
     "UBON RATCHATHANI, March 8, 2033 (Gulf Courier) - A landmine blast wounded three Thai soldiers on "
     "patrol near the Chong Bok pass in Ubon Ratchathani province on Tuesday, the Thai army said.\n\n"
     "One of the men was in serious condition at the main hospital in Ubon Ratchathani city, an army "
     "medic said.\n\n"
     "Colonel Pakorn Wisetsin, an army spokesman, accused Cambodian troops of planting fresh mines on "
     "Thai soil in breach of an international treaty banning such weapons. \"These were not old mines "
     "left over from the war,\" he said.\n\n"
     "The toll from Monday's exchange of artillery and rocket fire near the Ta Muen Thom temple has "
     "meanwhile risen to five. One Thai soldier wounded in that fighting died in hospital overnight, and "
     "Cambodian officials said a farmer had been found dead in a paddy near the border.\n\n"
     "Cambodia's defence ministry did not reply when asked about the mine allegation.\n\n"
     "Both countries joined the convention against anti-personnel mines in the late 1990s, and clearance "
     "teams have worked along the frontier for decades."),
    ("2033-03-08_lanternwire_thai-pm-warns-crossings.txt",
     "Thai leader threatens to shut Cambodian border crossings\n\n"
     "BANGKOK, March 8, 2033 (Lantern Wire) - Thai Prime Minister Chaiwat Srisuk warned on Tuesday that "
     "he would close every crossing along the Cambodian frontier if attacks on Thai soldiers did not "
     "stop.\n\n"
     "\"Thailand does not want a war, but we will not leave our soldiers and farmers exposed,\" Chaiwat "
     "told reporters at Government House after an emergency cabinet session.\n\n"
     "Earlier on Tuesday, a landmine explosion injured three soldiers on patrol in Ubon Ratchathani "
     "province.\n\n"
     "Business groups in Aranyaprathet, the busiest Thai town on the frontier, said a closure would hurt "
     "thousands of traders and day labourers.\n\n"
     "Pornthip Saengarun, a security researcher at Chulalongkorn University, said nationalist feeling on "
     "both sides would make compromise harder with elections due in Thailand next year."),
    ("2033-03-08_andaman_china-urges-restraint.txt",
     "China urges Thailand and Cambodia to show restraint\n\n"
     "BEIJING, March 8, 2033 (Andaman Bulletin) - China on Tuesday called on Thailand and Cambodia to "
     "exercise restraint and resolve their border dispute through dialogue, as concern grew over the "
     "heaviest fighting between the neighbours in years.\n\n"
     "\"Both sides are friends and neighbours of China, and nobody gains from bloodshed,\" foreign "
     "ministry spokesman Lu Wenjie told reporters in Beijing.\n\n"
     "In Washington on Tuesday, the State Department urged both governments to halt hostilities and "
     "protect civilians. \"We are deeply concerned by the reports of casualties,\" spokeswoman Dana "
     "Whitcombe said in a written statement.\n\n"
     "Thailand's army said on Tuesday that a landmine had injured three of its soldiers on a patrol in "
     "Ubon Ratchathani province.\n\n"
     "Regional diplomats said Indonesia, which chairs ASEAN this year, was weighing how to bring the two "
     "sides to the table."),
    ("2033-03-08_ridgeline_death-toll-rises.txt",
     "Toll from Thai-Cambodian border clash rises to five\n\n"
     "SURIN, March 8, 2033 (Ridgeline Press) - Monday's clash between Thai and Cambodian troops has now "
     "claimed five lives, officials said on Tuesday, as thousands of villagers on both sides of the "
     "frontier stayed away from their homes.\n\n"
     "A Thai private hit by shrapnel died overnight at Surin hospital, and Cambodian authorities "
     "reported that a rice farmer had been killed by a stray shell in Oddar Meanchey province.\n\n"
     "Ridgeline Press had earlier reported three deaths, based on army statements on Monday.\n\n"
     "Separately, the Thai army said a mine exploded under a patrol near the Chong Bok pass, about 150 "
     "km (90 miles) to the east, wounding three soldiers.\n\n"
     "\"Every time it gets quiet we think about going home, and then we hear the guns again,\" said "
     "Kanya Sukjai, 62, at a shelter in Prasat district.\n\n"
     "Beijing urged both governments on Tuesday to keep calm and return to negotiations."),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt",
     "Thailand seals land crossings with Cambodia\n\n"
     "PHNOM PENH, March 9, 2033 (Mekong Ledger) - Thailand closed all its land crossings with Cambodia "
     "on Wednesday, stranding truck drivers and migrant workers, a day after Prime Minister Chaiwat "
     "Srisuk threatened the move.\n\n"
     "Thai border police lowered the barriers on their side of the busy Poipet crossing at 6 a.m. and "
     "turned back several hundred Cambodians on their way to jobs in Thai markets.\n\n"
     "Cambodia's commerce ministry estimated that goods worth about $25 million normally cross the "
     "frontier each day.\n\n"
     "\"I have 20 tonnes of cassava on this truck and nowhere to sell it,\" said driver Sok Dara, 41, "
     "waiting in a line of lorries outside Poipet.\n\n"
     "The Thai army has blamed Cambodian troops for a mine blast that wounded three of its soldiers near "
     "the Chong Bok pass on Tuesday."),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt",
     "Bangkok recalls ambassador from Phnom Penh\n\n"
     "BANGKOK, March 9, 2033 (Gulf Courier) - Thailand recalled its ambassador from Cambodia on "
     "Wednesday, deepening a confrontation that has brought the worst violence to the frontier in years."
     "\n\n"
     "Foreign Minister Worawit Panyasiri said the envoy, Kittipong Sriwattana, had been called home for "
     "consultations and would brief the cabinet on Thursday.\n\n"
     "Thai border police had shut every land crossing with Cambodia at dawn.\n\n"
     "Tuesday's mine blast near the Chong Bok pass, which the Thai army blamed on Cambodian troops, "
     "wounded three soldiers.\n\n"
     "Thailand last withdrew its ambassador from Phnom Penh in 2003, after rioters set fire to the Thai "
     "embassy there.\n\n"
     "Pornthip Saengarun of Chulalongkorn University said Bangkok appeared to be preparing for a "
     "standoff that would last weeks rather than days."),
    ("2033-03-09_lanternwire_traders-stranded-by-closure.txt",
     "Stranded traders count losses as Thai-Cambodian frontier closes\n\n"
     "ARANYAPRATHET, March 9, 2033 (Lantern Wire) - Hundreds of lorries stood idle on the highway into "
     "this Thai border town on Wednesday after Bangkok sealed the frontier with Cambodia, cutting one of "
     "Southeast Asia's busiest overland trade routes.\n\n"
     "Rong Kluea market, a sprawling bazaar of clothes, electronics and secondhand goods, was almost "
     "empty by mid-morning.\n\n"
     "\"We lose maybe 30,000 baht for every day the gate stays closed,\" said stall owner Wipawee "
     "Chanthra, 52.\n\n"
     "The Thai government said the closure applied to goods and people alike, with exceptions only for "
     "medical emergencies and Thai nationals coming home.\n\n"
     "Thailand also brought its ambassador in Phnom Penh home on Wednesday.\n\n"
     "Cambodian officials said migrant workers already in Thailand would not be affected."),
    ("2033-03-10_ridgeline_fresh-shelling-sisaket.txt",
     "Fresh shelling erupts on Thai-Cambodian border\n\n"
     "SISAKET, March 10, 2033 (Ridgeline Press) - Thai and Cambodian troops fought a new artillery "
     "battle near the Chong Sa-ngam pass in Sisaket province on Thursday, killing a Cambodian soldier "
     "and wounding four Thai villagers, officials said.\n\n"
     "The fighting erupted at about 2 p.m. and continued for nearly three hours, with rockets landing in "
     "fields around the village of Ban Sok Phet, the Thai army said.\n\n"
     "Cambodia's defence ministry said its troops had responded to Thai shelling of a command post.\n\n"
     "Diplomats in Bangkok said no date had been set for talks between the two governments.\n\n"
     "\"It is now two separate fronts, 100 kilometres apart, and that is what worries the military "
     "planners,\" said a Western military attache based in Bangkok who requested anonymity.\n\n"
     "Thailand's army chief was due to visit troops in Sisaket on Friday."),
    ("2033-03-10_andaman_second-deadly-exchange.txt",
     "Thai army reports second deadly exchange with Cambodian forces\n\n"
     "BANGKOK, March 10, 2033 (Andaman Bulletin) - Cambodian rockets and Thai howitzer fire crossed the "
     "border in Sisaket province on Thursday afternoon in the second deadly flare-up this week, the Thai "
     "military said.\n\n"
     "One Cambodian soldier was killed, according to Phnom Penh, and four Thai civilians were hurt.\n\n"
     "On Monday, a similar exchange near the Ta Muen Thom temple in neighbouring Surin province killed "
     "four soldiers and a farmer.\n\n"
     "Thailand's ambassador to Cambodia was recalled on Wednesday. China had called on both sides on "
     "Tuesday to settle the dispute through dialogue.\n\n"
     "The frontier between the two kingdoms runs through thick forest and mine-strewn hills that make it "
     "hard to verify either side's account."),
    ("2033-03-10_highland_forces-clash-again.txt",
     "Thai and Cambodian forces clash again near Sisaket pass\n\n"
     "SISAKET, March 10, 2033 (Highland Tribune) - Thai and Cambodian troops fought a new artillery "
     "battle near the Chong Sa-ngam pass in Sisaket province on Thursday, killing a Cambodian soldier "
     "and wounding four Thai villagers, according to officials on both sides.\n\n"
     "The fighting erupted at about 2 p.m. and lasted almost three hours, with rockets landing in fields "
     "around the village of Ban Sok Phet, the Thai army said.\n\n"
     "Cambodia's defence ministry said its troops had responded to Thai shelling of a command post.\n\n"
     "Diplomats in Bangkok said no date had yet been set for talks between the two governments.\n\n"
     "Thailand's army chief was due to visit troops in Sisaket on Friday.\n\n"
     "Based on reporting by Ridgeline Press."),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt",
     "Cambodia recalls envoy from Bangkok as tensions deepen\n\n"
     "PHNOM PENH, March 11, 2033 (Mekong Ledger) - Cambodia ordered its ambassador in Bangkok to return "
     "home on Friday as relations with Thailand sank to their lowest point in two decades.\n\n"
     "Foreign Minister Chea Vibol said Ambassador Sam Rithy had been brought back to Phnom Penh for "
     "consultations and would stay there \"until the situation allows normal diplomacy.\"\n\n"
     "Thailand had recalled its ambassador from Phnom Penh on Wednesday.\n\n"
     "\"We have withdrawn our ambassador with regret,\" Chea Vibol told reporters. \"Cambodia did not "
     "choose this confrontation.\"\n\n"
     "Over 9,000 people have fled villages in Oddar Meanchey and Preah Vihear provinces, the Cambodian "
     "government estimates.\n\n"
     "Diplomats from both countries said Indonesia was trying to arrange talks between the two foreign "
     "ministers."),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt",
     "ASEAN chair Indonesia holds call with Thai, Cambodian leaders\n\n"
     "JAKARTA, March 11, 2033 (Gulf Courier) - Indonesian President Arief Wicaksono held a video call "
     "with the prime ministers of Thailand and Cambodia on Friday, the first time the Thai and Cambodian "
     "leaders had talked since fighting broke out on their border this week.\n\n"
     "Arief, who chairs ASEAN this year, said the three leaders had spoken for about 40 minutes. "
     "Indonesia's foreign ministry said the Thai and Cambodian foreign ministers were expected in "
     "Jakarta on Sunday.\n\n"
     "\"Both leaders told me clearly that they do not want this conflict to grow,\" Arief said in a "
     "televised statement.\n\n"
     "Hours earlier, Cambodia had called its ambassador in Bangkok home.\n\n"
     "Thursday's artillery battle near the Chong Sa-ngam pass killed a Cambodian soldier and injured "
     "four Thai villagers.\n\n"
     "Indonesia tried to arrange an observer mission during the 2011 clashes around Preah Vihear, but "
     "the observers were never deployed."),
    ("2033-03-11_lanternwire_evacuees-receive-aid.txt",
     "Thai government trucks aid to border evacuees as shelters fill\n\n"
     "SISAKET, March 11, 2033 (Lantern Wire) - Thailand's interior ministry sent 40 trucks of rice, "
     "drinking water, blankets and medicine to shelters in Sisaket and Surin provinces on Friday, as the "
     "number of people displaced by fighting with Cambodia passed 25,000.\n\n"
     "Interior Minister Thanet Boonmee said the convoy also carried mosquito nets, cooking gas and 5,000 "
     "sleeping mats.\n\n"
     "Many evacuees fled on Thursday when rockets fell near Ban Sok Phet during the second exchange of "
     "fire this week.\n\n"
     "\"We brought only our clothes and the cow,\" said Somjit Inthara, 71, sitting on a mat in a "
     "classroom. \"My grandson asks every night when we can go back.\"\n\n"
     "On the Cambodian side, provincial officials said about 9,000 people were staying in pagodas in "
     "Oddar Meanchey province."),
    ("2033-03-12_andaman_ministers-head-to-jakarta.txt",
     "Thai, Cambodian ministers head to Jakarta for crisis talks\n\n"
     "JAKARTA, March 12, 2033 (Andaman Bulletin) - The foreign ministers of Thailand and Cambodia will "
     "meet in Jakarta on Sunday for their first talks since deadly fighting erupted on the border, "
     "Indonesia's foreign ministry said on Saturday.\n\n"
     "Indonesian Foreign Minister Dewi Kartasasmita will host the meeting, officials said.\n\n"
     "The talks were arranged during a video call on Friday between President Arief Wicaksono and the "
     "two prime ministers.\n\n"
     "Diplomats said Jakarta hoped to secure at least a truce and the return of two Thai soldiers "
     "believed to be held by Cambodian forces.\n\n"
     "Cambodia withdrew its ambassador from Bangkok on Friday.\n\n"
     "Washington's State Department pressed both governments on Tuesday to stop the fighting and protect "
     "civilians.\n\n"
     "\"Getting both ministers into one room is already something,\" said Vichet Rath of the Mekong "
     "Policy Forum, a Phnom Penh research group."),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt",
     "Thailand and Cambodia agree ceasefire at Jakarta talks\n\n"
     "JAKARTA, March 13, 2033 (Ridgeline Press) - Thailand and Cambodia agreed on Sunday to an immediate "
     "ceasefire along their disputed border after nearly seven hours of talks hosted by Indonesia, the "
     "current chair of the Southeast Asian bloc.\n\n"
     "Under the agreement, which takes effect at midnight, both armies will stop firing, freeze troop "
     "movements and allow ASEAN observers to visit the frontier.\n\n"
     "Thai Foreign Minister Worawit Panyasiri and his Cambodian counterpart, Chea Vibol, shook hands for "
     "photographers at the end of the meeting but took no questions.\n\n"
     "\"This is a beginning, not an end,\" Indonesian Foreign Minister Dewi Kartasasmita told a news "
     "conference.\n\n"
     "Officials said the next round would address troop withdrawals and two Thai soldiers held in "
     "Cambodia.\n\n"
     "Indonesian President Arief Wicaksono had brought the two prime ministers together in a video call "
     "on Friday."),
    ("2033-03-13_mekongledger_truce-reached.txt",
     "Cambodia and Thailand reach ceasefire deal after Jakarta talks\n\n"
     "PHNOM PENH, March 13, 2033 (Mekong Ledger) - Cambodia and Thailand will halt all military "
     "operations on their shared border from midnight on Sunday under a ceasefire their foreign "
     "ministers reached in the Indonesian capital, Cambodian officials said.\n\n"
     "Chea Vibol, the Cambodian foreign minister, said by telephone from Jakarta that the talks had been "
     "\"frank and at times difficult.\"\n\n"
     "The meeting was hosted by Indonesian Foreign Minister Dewi Kartasasmita.\n\n"
     "\"My brother is a soldier in Oddar Meanchey, so for us this is the only news that matters,\" said "
     "Chan Sothea, 29, a university lecturer.\n\n"
     "Cambodia recalled its ambassador from Bangkok on Friday, and an official said a date for his "
     "return had not been discussed.\n\n"
     "Thousands of Cambodians who fled to pagodas and relatives' homes are waiting to see whether the "
     "ceasefire holds before going back to their villages.\n\n"
     "The last large-scale fighting on the border, in July 2025, also ended in a ceasefire agreed at "
     "talks hosted by Malaysia, then the ASEAN chair."),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt",
     "Cambodia accuses Thai troops of breaking day-old ceasefire\n\n"
     "PHNOM PENH, March 14, 2033 (Gulf Courier) - Cambodia accused Thai soldiers on Monday of violating "
     "a ceasefire agreed in Jakarta less than a day earlier, saying they fired machine guns and mortars "
     "at Cambodian positions in Preah Vihear province overnight.\n\n"
     "Lieutenant General Nhem Sopheap, the defence ministry spokeswoman, said the firing began at about "
     "1:30 a.m. and lasted 20 minutes but caused no casualties. \"This is a serious breach of the "
     "commitment made in Jakarta,\" she said.\n\n"
     "Thai army spokesman Colonel Pakorn Wisetsin said he was checking the report with units in the area "
     "and could not yet comment.\n\n"
     "The truce, which took effect at midnight on Sunday, had been agreed by the two foreign ministers "
     "after talks hosted by Indonesian Foreign Minister Dewi Kartasasmita.\n\n"
     "Officials in Surin said some evacuees had begun returning home to check on livestock.\n\n"
     "\"A violation in the first night is not a good sign, but it does not have to mean the deal is "
     "dead,\" said Pornthip Saengarun of Chulalongkorn University."),
    ("2033-03-14_highland_truce-strained.txt",
     "Thai-Cambodian truce strained as Phnom Penh alleges gunfire\n\n"
     "SURIN, March 14, 2033 (Highland Tribune) - The Thai-Cambodian ceasefire came under strain on "
     "Monday after Phnom Penh charged that Thai troops had opened fire across the border during the "
     "night.\n\n"
     "A Thai army spokesman said commanders in the area were looking into the claim.\n\n"
     "In Phanom Dong Rak district, farmers were back in their fields but kept radios tuned to army "
     "announcements. \"I will believe in the ceasefire when I have slept at home for a week,\" said "
     "Prasert Wongsa, 55, a rubber tapper.\n\n"
     "Under the deal reached in Jakarta on Sunday, both sides agreed to freeze troop movements and admit "
     "observers from the regional bloc.\n\n"
     "Thailand's land crossings with Cambodia stayed closed, although the interior ministry said a "
     "reopening was under review."),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt",
     "Cambodia hands back two Thai soldiers at border checkpoint\n\n"
     "KAP CHOENG, March 15, 2033 (Lantern Wire) - Cambodia handed two Thai soldiers back to Thailand at "
     "the Chong Chom checkpoint on Tuesday, Thai and Cambodian officials said.\n\n"
     "The two privates, aged 21 and 23, walked across the line shortly before noon and were met by Thai "
     "officers and an ambulance.\n\n"
     "\"Their mothers have waited a long time for this day,\" said Lieutenant General Anurak Thongdee, "
     "the Thai commander for the region.\n\n"
     "Later on Tuesday, Thailand reopened the Chong Chom and Ban Laem crossings to goods traffic, six "
     "days after it sealed the entire frontier.\n\n"
     "Other crossings, including the main gate between Aranyaprathet and Poipet, will stay closed for "
     "now, the interior ministry said.\n\n"
     "The two countries' foreign ministers met in Jakarta on Sunday and are due to hold a second round "
     "of talks on Wednesday.\n\n"
     "More than 30,000 people remain in shelters on both sides, according to government figures."),
    ("2033-03-15_andaman_crossings-partly-reopen.txt",
     "Thailand partly reopens Cambodian border to trade\n\n"
     "BANGKOK, March 15, 2033 (Andaman Bulletin) - Thailand let lorries through two checkpoints on its "
     "Cambodian border on Tuesday, easing a closure that had choked trade for almost a week, as the "
     "neighbours tested a ceasefire agreed over the weekend.\n\n"
     "Interior Minister Thanet Boonmee said the Chong Chom and Ban Laem checkpoints would open from 8 "
     "a.m. to 4 p.m. for goods and registered traders only.\n\n"
     "All other crossings, including the busiest, between Aranyaprathet and Poipet, remain shut.\n\n"
     "Thai border police had sealed every checkpoint on March 9, a day after Prime Minister Chaiwat "
     "Srisuk warned that he would do so if attacks on Thai troops continued.\n\n"
     "Earlier on Tuesday, Cambodia released two Thai soldiers at Chong Chom, one of the two crossings "
     "that reopened.\n\n"
     "\"The crossings are the lifeline of this region,\" said Nipon Chaiyakul, head of a traders' "
     "association in Surin.\n\n"
     "Cambodia never closed its side of the border."),
    ("2033-03-16_ridgeline_second-round-of-talks.txt",
     "Thai, Cambodian ministers hold second round of Jakarta talks\n\n"
     "JAKARTA, March 16, 2033 (Ridgeline Press) - The foreign ministers of Thailand and Cambodia met in "
     "Jakarta again on Wednesday, holding a second session of talks on troop withdrawals and the marking "
     "of their disputed frontier.\n\n"
     "Indonesian Foreign Minister Dewi Kartasasmita, who again chaired the session, said the discussions "
     "had been \"constructive\" and would continue at the level of military commanders next month.\n\n"
     "At their first meeting on Sunday, Worawit Panyasiri and Chea Vibol agreed to a ceasefire that took "
     "effect at midnight.\n\n"
     "Cambodia accused Thai troops on Monday of breaching the truce with overnight gunfire in Preah "
     "Vihear province, a charge Thailand has not publicly addressed.\n\n"
     "On Tuesday Cambodia returned two captured Thai soldiers at the Chong Chom checkpoint.\n\n"
     "Thailand reopened two of its border crossings to trade on Tuesday.\n\n"
     "\"The guns are quiet, and that gives the diplomats some room,\" said Vichet Rath of the Mekong "
     "Policy Forum in Phnom Penh."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-03-07",
            "Thai and Cambodian forces trade artillery and rocket fire near Ta Muen Thom; toll 3, then 5"),
    "A02": (("ASSAULT",), "2033-03-08",
            "landmine blast wounds three Thai soldiers on patrol near the Chong Bok pass (Ubon Ratchathani)"),
    "A03": (("ACCUSE",), "2033-03-08",
            "Thai army (spokesman Pakorn) accuses Cambodian troops of laying fresh mines"),
    "A04": (("THREATEN",), "2033-03-08",
            "Thai PM Chaiwat threatens to close every crossing with Cambodia if attacks go on"),
    "A05": (("REQUEST",), "2033-03-08",
            "China's foreign ministry urges Thailand and Cambodia to show restraint"),
    "A06": (("REQUEST",), "2033-03-08",
            "US State Department urges both governments to halt hostilities"),
    "A07": (("SANCTION", "COERCE"), "2033-03-09",
            "Thailand closes all land crossings with Cambodia"),
    "A08": (("SANCTION",), "2033-03-09",
            "Thailand recalls its ambassador from Phnom Penh"),
    "A09": (("ASSAULT",), "2033-03-10",
            "second Thai-Cambodian artillery and rocket exchange near the Chong Sa-ngam pass (Sisaket)"),
    "A10": (("SANCTION",), "2033-03-11",
            "Cambodia recalls its ambassador from Bangkok"),
    "A11": (("CONSULT",), "2033-03-11",
            "ASEAN chair Indonesia's President Arief holds a video call with the Thai and Cambodian PMs"),
    "A12": (("AID",), "2033-03-11",
            "Thai interior ministry sends aid convoy to evacuee shelters in Sisaket and Surin"),
    "A13": (("CONSULT",), "2033-03-13",
            "first round of Thai-Cambodian foreign ministers' talks in Jakarta, hosted by Indonesia"),
    "A14": (("RETREAT", "AGREE"), "2033-03-13",
            "Thailand and Cambodia agree an immediate ceasefire at the Jakarta talks"),
    "A15": (("ACCUSE",), "2033-03-14",
            "Cambodia's defence ministry accuses Thai troops of breaching the ceasefire overnight"),
    "A16": (("RETREAT",), "2033-03-15",
            "Cambodia hands two Thai soldiers back at the Chong Chom checkpoint"),
    "A17": (("CONCEDE",), "2033-03-15",
            "Thailand reopens the Chong Chom and Ban Laem crossings to goods traffic"),
    "A18": (("CONSULT",), "2033-03-16",
            "second round of Thai-Cambodian foreign ministers' talks in Jakarta"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt", "A01", "troops trade artillery fire along"),
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt",
     "A01", "exchanged artillery and rocket fire"),
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt",
     "A01", "two of its soldiers died when shells"),
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt",
     "A01", "one of their soldiers was also killed"),
    ("2033-03-07_ridgeline_thai-cambodian-troops-trade-fire.txt",
     "A01", "the shelling began shortly after dawn"),
    ("2033-03-07_mekongledger_border-clash-oddar-meanchey.txt",
     "A01", "Thai shells hit Oddar Meanchey villages"),
    ("2033-03-07_mekongledger_border-clash-oddar-meanchey.txt",
     "A01", "Thai artillery pounded army positions"),
    ("2033-03-07_mekongledger_border-clash-oddar-meanchey.txt", "A01", "Cambodian gunners returned fire"),
    ("2033-03-07_mekongledger_border-clash-oddar-meanchey.txt",
     "A01", "put the Cambodian toll at one soldier"),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt", "A01", "troops trade artillery fire along"),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt",
     "A01", "exchanged artillery and rocket fire"),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt",
     "A01", "two of its soldiers died when shells"),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt",
     "A01", "one of their soldiers was also killed"),
    ("2033-03-07_highland_thai-cambodian-troops-trade-fire.txt",
     "A01", "the shelling began shortly after dawn"),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt",
     "A02", "Landmine wounds three Thai soldiers"),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt",
     "A02", "A landmine blast wounded three Thai soldiers"),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt",
     "A03", "accused Cambodian troops of planting fresh mines"),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt", "A01", "The toll from Monday's exchange"),
    ("2033-03-08_gulfcourier_landmine-wounds-thai-soldiers.txt",
     "A01", "wounded in that fighting died in hospital"),
    ("2033-03-08_lanternwire_thai-pm-warns-crossings.txt", "A04", "Thai leader threatens to shut"),
    ("2033-03-08_lanternwire_thai-pm-warns-crossings.txt", "A04", "warned on Tuesday that he would close"),
    ("2033-03-08_lanternwire_thai-pm-warns-crossings.txt",
     "A02", "a landmine explosion injured three soldiers"),
    ("2033-03-08_andaman_china-urges-restraint.txt", "A05", "China urges Thailand and Cambodia"),
    ("2033-03-08_andaman_china-urges-restraint.txt", "A05", "called on Thailand and Cambodia to"),
    ("2033-03-08_andaman_china-urges-restraint.txt", "A06", "the State Department urged both governments"),
    ("2033-03-08_andaman_china-urges-restraint.txt", "A02", "a landmine had injured three of"),
    ("2033-03-08_ridgeline_death-toll-rises.txt", "A01", "border clash rises to five"),
    ("2033-03-08_ridgeline_death-toll-rises.txt", "A01", "has now claimed five lives"),
    ("2033-03-08_ridgeline_death-toll-rises.txt", "A01", "killed by a stray shell"),
    ("2033-03-08_ridgeline_death-toll-rises.txt", "A02", "a mine exploded under a patrol"),
    ("2033-03-08_ridgeline_death-toll-rises.txt", "A05", "Beijing urged both governments on Tuesday"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt",
     "A07", "Thailand seals land crossings with Cambodia"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt",
     "A07", "Thailand closed all its land crossings"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt",
     "A04", "Chaiwat Srisuk threatened the move"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt",
     "A07", "lowered the barriers on their side"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt", "A03", "has blamed Cambodian troops"),
    ("2033-03-09_mekongledger_thailand-seals-border-crossings.txt", "A02", "a mine blast that wounded three"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt", "A08", "Bangkok recalls ambassador from Phnom Penh"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt",
     "A08", "Thailand recalled its ambassador from Cambodia"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt", "A08", "had been called home for consultations"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt", "A07", "Thai border police had shut every"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt", "A02", "Tuesday's mine blast near the Chong Bok"),
    ("2033-03-09_gulfcourier_bangkok-recalls-envoy.txt", "A03", "which the Thai army blamed on"),
    ("2033-03-09_lanternwire_traders-stranded-by-closure.txt", "A07", "as Thai-Cambodian frontier closes"),
    ("2033-03-09_lanternwire_traders-stranded-by-closure.txt", "A07", "after Bangkok sealed the frontier"),
    ("2033-03-09_lanternwire_traders-stranded-by-closure.txt",
     "A07", "the closure applied to goods and people"),
    ("2033-03-09_lanternwire_traders-stranded-by-closure.txt",
     "A08", "brought its ambassador in Phnom Penh home"),
    ("2033-03-10_ridgeline_fresh-shelling-sisaket.txt",
     "A09", "Fresh shelling erupts on Thai-Cambodian border"),
    ("2033-03-10_ridgeline_fresh-shelling-sisaket.txt", "A09", "fought a new artillery battle near"),
    ("2033-03-10_ridgeline_fresh-shelling-sisaket.txt", "A09", "The fighting erupted at about 2 p.m."),
    ("2033-03-10_ridgeline_fresh-shelling-sisaket.txt", "A09", "its troops had responded to Thai shelling"),
    ("2033-03-10_andaman_second-deadly-exchange.txt",
     "A09", "reports second deadly exchange with Cambodian forces"),
    ("2033-03-10_andaman_second-deadly-exchange.txt", "A09", "Cambodian rockets and Thai howitzer fire"),
    ("2033-03-10_andaman_second-deadly-exchange.txt", "A09", "One Cambodian soldier was killed"),
    ("2033-03-10_andaman_second-deadly-exchange.txt", "A01", "a similar exchange near the Ta Muen Thom"),
    ("2033-03-10_andaman_second-deadly-exchange.txt",
     "A08", "Thailand's ambassador to Cambodia was recalled"),
    ("2033-03-10_andaman_second-deadly-exchange.txt", "A05", "China had called on both sides"),
    ("2033-03-10_highland_forces-clash-again.txt", "A09", "forces clash again near Sisaket pass"),
    ("2033-03-10_highland_forces-clash-again.txt", "A09", "fought a new artillery battle near"),
    ("2033-03-10_highland_forces-clash-again.txt", "A09", "The fighting erupted at about 2 p.m."),
    ("2033-03-10_highland_forces-clash-again.txt", "A09", "its troops had responded to Thai shelling"),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt", "A10", "Cambodia recalls envoy from Bangkok"),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt", "A10", "ordered its ambassador in Bangkok to"),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt", "A10", "had been brought back to Phnom Penh"),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt", "A08", "Thailand had recalled its ambassador"),
    ("2033-03-11_mekongledger_cambodia-recalls-envoy.txt", "A10", "We have withdrawn our ambassador"),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt", "A11", "holds call with Thai, Cambodian leaders"),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt", "A11", "held a video call with the"),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt", "A11", "the three leaders had spoken for"),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt", "A10", "Cambodia had called its ambassador in"),
    ("2033-03-11_gulfcourier_asean-chair-video-call.txt",
     "A09", "Thursday's artillery battle near the Chong"),
    ("2033-03-11_lanternwire_evacuees-receive-aid.txt", "A12", "trucks aid to border evacuees"),
    ("2033-03-11_lanternwire_evacuees-receive-aid.txt", "A12", "sent 40 trucks of rice, drinking"),
    ("2033-03-11_lanternwire_evacuees-receive-aid.txt", "A12", "the convoy also carried mosquito nets"),
    ("2033-03-11_lanternwire_evacuees-receive-aid.txt", "A09", "when rockets fell near Ban Sok Phet"),
    ("2033-03-12_andaman_ministers-head-to-jakarta.txt", "A11", "during a video call on Friday"),
    ("2033-03-12_andaman_ministers-head-to-jakarta.txt",
     "A10", "Cambodia withdrew its ambassador from Bangkok"),
    ("2033-03-12_andaman_ministers-head-to-jakarta.txt", "A06", "pressed both governments on Tuesday"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A14", "Thailand and Cambodia agree ceasefire"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A13", "ceasefire at Jakarta talks"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt",
     "A14", "agreed on Sunday to an immediate ceasefire"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A13", "after nearly seven hours of talks"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A14", "which takes effect at midnight"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A13", "shook hands for photographers"),
    ("2033-03-13_ridgeline_ceasefire-agreed-in-jakarta.txt", "A11", "had brought the two prime ministers"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A14", "reach ceasefire deal"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A13", "deal after Jakarta talks"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A14", "under a ceasefire their foreign ministers reached"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A13", "the talks had been"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A13", "The meeting was hosted by Indonesian"),
    ("2033-03-13_mekongledger_truce-reached.txt", "A10", "Cambodia recalled its ambassador from Bangkok"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt", "A15", "Cambodia accuses Thai troops of"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt",
     "A15", "Cambodia accused Thai soldiers on Monday"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt", "A14", "a ceasefire agreed in Jakarta less"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt", "A15", "a serious breach of the commitment"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt", "A14", "had been agreed by the two"),
    ("2033-03-14_gulfcourier_cambodia-says-truce-breached.txt",
     "A13", "after talks hosted by Indonesian Foreign"),
    ("2033-03-14_highland_truce-strained.txt", "A15", "as Phnom Penh alleges gunfire"),
    ("2033-03-14_highland_truce-strained.txt", "A15", "after Phnom Penh charged that Thai"),
    ("2033-03-14_highland_truce-strained.txt", "A14", "Under the deal reached in Jakarta"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A16", "hands back two Thai soldiers"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A16", "handed two Thai soldiers back to"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A16", "walked across the line shortly before"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A17", "Thailand reopened the Chong Chom and"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A07", "six days after it sealed the"),
    ("2033-03-15_lanternwire_thai-soldiers-handed-back.txt", "A13", "met in Jakarta on Sunday"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A17", "Thailand partly reopens Cambodian border"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A17", "let lorries through two checkpoints"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A14", "a ceasefire agreed over the weekend"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A17", "would open from 8 a.m. to"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A07", "had sealed every checkpoint on March 9"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A04", "warned that he would do so"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A16", "Cambodia released two Thai soldiers"),
    ("2033-03-15_andaman_crossings-partly-reopen.txt", "A17", "one of the two crossings that reopened"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A18", "hold second round of Jakarta talks"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A18", "met in Jakarta again on Wednesday"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A18", "who again chaired the session"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A13", "At their first meeting on Sunday"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A14", "agreed to a ceasefire that took"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A15", "accused Thai troops on Monday of"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A16", "Cambodia returned two captured Thai soldiers"),
    ("2033-03-16_ridgeline_second-round-of-talks.txt", "A17", "reopened two of its border crossings"),
]

FLOORS = {"pairwise_f1": 0.78, "b3_f1": 0.84, "reports_found": 0.78}


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
