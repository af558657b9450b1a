"""The forty-sixth blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: a border conflict between Thailand and Cambodia over ten days of October 2034. Thai and Cambodian
artillery trade fire near Kantharalak on a Tuesday (the toll is revised from three dead to five) and again
near the Ta Krabey temple three days later; Bangkok's foreign ministry threatens to shut the border and the
next day does so, both states recall their ambassadors on the same day, the Thai prime minister and foreign
minister each demand a Cambodian pullback, Thailand expels three Cambodian diplomats and Cambodia closes its
own checkpoints; Japan flies in relief for the displaced; each side accuses the other of using banned
munitions (cluster bombs, anti-personnel mines) on the same day; two rounds of Malaysian-mediated talks in
Putrajaya, the second ending in a ceasefire that Cambodia accuses Thailand of breaking within hours; Thailand
hands back 18 captured soldiers.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future.

Gold conventions: an act is one actor (for a statement, one speaker or one institution) doing one thing to one
target on one day; its types are the PLOVER type the CAMEO2PLOVER-2021 codebook gives (a second type only
where the codebook allows two readings: a border closure is SANCTION or COERCE, an agreed ceasefire RETREAT or
AGREE), its date the day it happened. REPORTS lists every sentence of every document body that reports an act
that happened, background recaps in later reports included, each by a verbatim cue found once in its file
(headlines are not listed); a sentence may report two acts of different types, never two of the same type.
Planned, promised-but-not-done, threatened-but-not-done, conditional, hypothetical and denied acts are not
acts (a promise is itself AGREE, a threat THREATEN, a demand REQUEST); statistics, tallies, opinions and acts
over a year old are not listed. The verbatim syndicated copy (Kestrel's 2034-10-03 text of the Ironbridge
story) and the lightly edited copy (Kestrel's 2034-10-05 text of the Summit story) carry their own REPORTS
entries.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports with at least
one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the fourteenth session (2026-12-02), 2ae9e40, whose code is 5b3204f
(written to be read), with `figures`: **pairwise F1 0.852** (precision 0.867, recall 0.839), B-cubed F1 0.895,
reports found 0.703.
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
    ("2034-10-03_ironbridge_thai-cambodian-artillery-duel.txt",
     "Thai and Cambodian gunners trade fire along disputed frontier, three killed\n\n"
     "SISAKET, October 3, 2034 (Ironbridge Wire) - Thai and Cambodian artillery units traded heavy salvos "
     "over the contested border before dawn on Tuesday, leaving at least three people dead, according to "
     "officials in both countries.\n\n"
     "Two Thai soldiers and a Cambodian rice farmer died when shells landed near an army outpost and a "
     "village on the edge of Kantharalak district, the Thai army's Second Army Region said.\n\n"
     "By mid-morning, hundreds of families in Sisaket province were still sheltering in concrete bunkers "
     "dug during earlier rounds of fighting.\n\n"
     "Thailand and Cambodia fought a series of deadly skirmishes over the same stretch of frontier from "
     "2008 until 2011, and the hills around the Preah Vihear temple remain heavily mined.\n\n"
     "Late on Tuesday, Thailand's foreign ministry warned that it would close all land crossings into "
     "Cambodia if the shelling did not stop.\n\n"
     "\"Thailand will not allow its citizens to live under fire,\" ministry spokesman Nattapol Chaiyasit "
     "told reporters in Bangkok.\n\n"
     "Trade through the nearby Chong Sa-ngam checkpoint, which links Sisaket with Cambodia's Anlong Veng "
     "district, was light on Tuesday afternoon."),
    ("2034-10-03_mekongcourier_shells-hit-preah-vihear-village.txt",
     "Cambodia says Thai shells hit Preah Vihear village\n\n"
     "PHNOM PENH, October 3, 2034 (Mekong Courier) - Shells fired from Thailand struck a farming village "
     "in Cambodia's Preah Vihear province early on Tuesday during a two-hour artillery exchange that left "
     "three people dead, provincial authorities said.\n\n"
     "Cambodian batteries returned fire at Thai positions across the line, according to Lieutenant General "
     "Keo Sreymom, a defence ministry spokeswoman.\n\n"
     "\"Our forces acted only to protect our people and our territory,\" Keo Sreymom said at a briefing in "
     "the capital.\n\n"
     "A 54-year-old farmer was killed in his field, and two Thai soldiers also died, army and provincial "
     "officials said.\n\n"
     "Roughly 4,000 residents of border communes had moved to pagodas and schools farther inland by "
     "Tuesday evening, the provincial information department said.\n\n"
     "A judgment handed down at The Hague in 2013 placed the promontory of the 11th-century temple inside "
     "Cambodia, but parts of the surrounding frontier have never been demarcated."),
    ("2034-10-03_kestrel_gunners-trade-fire-on-frontier.txt",
     "Thai and Cambodian gunners trade fire along disputed frontier, three killed\n\n"
     "SISAKET, October 3, 2034 (Kestrel News Service) - Thai and Cambodian artillery units traded heavy "
     "salvos over the contested border before dawn on Tuesday, leaving at least three people dead, "
     "according to officials in both countries.\n\n"
     "Two Thai soldiers and a Cambodian rice farmer died when shells landed near an army outpost and a "
     "village on the edge of Kantharalak district, the Thai army's Second Army Region said.\n\n"
     "By mid-morning, hundreds of families in Sisaket province were still sheltering in concrete bunkers "
     "dug during earlier rounds of fighting.\n\n"
     "Thailand and Cambodia fought a series of deadly skirmishes over the same stretch of frontier from "
     "2008 until 2011, and the hills around the Preah Vihear temple remain heavily mined.\n\n"
     "Late on Tuesday, Thailand's foreign ministry warned that it would close all land crossings into "
     "Cambodia if the shelling did not stop.\n\n"
     "\"Thailand will not allow its citizens to live under fire,\" ministry spokesman Nattapol Chaiyasit "
     "told reporters in Bangkok.\n\n"
     "Trade through the nearby Chong Sa-ngam checkpoint, which links Sisaket with Cambodia's Anlong Veng "
     "district, was light on Tuesday afternoon.\n\n"
     "First published by Ironbridge Wire; reproduced with permission."),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "Thailand recalls envoy and seals Cambodian border as toll climbs to five\n\n"
     "BANGKOK, October 4, 2034 (Summit Newswire) - Thailand brought its ambassador back from the Cambodian "
     "capital on Wednesday, as the number killed in Tuesday's border shelling climbed to five.\n\n"
     "Hours later the government ordered all seven permanent crossings on the Cambodian frontier closed to "
     "people and goods until further notice.\n\n"
     "The closure follows a warning from the foreign ministry on Tuesday night that Bangkok would seal the "
     "border unless the guns fell silent.\n\n"
     "Two more bodies, both of them Thai rangers, were recovered from a hillside near Kantharalak "
     "overnight, army officials said.\n\n"
     "Prime Minister Anucha Siriwattana demanded that Cambodia withdraw its forces from the contested "
     "hills, telling parliament that Thailand's patience was \"not unlimited.\"\n\n"
     "Thai exports across the land border were worth about 180 billion baht last year, commerce ministry "
     "data show.\n\n"
     "\"Ordinary traders on both sides will pay the price for this,\" said Suwannee Kaewprasert, a "
     "political scientist at Ubon Ratchathani University."),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt",
     "Cambodia calls ambassador home from Bangkok in tit-for-tat move\n\n"
     "PHNOM PENH, October 4, 2034 (Old Quarter Post) - Cambodia called home its ambassador to Thailand on "
     "Wednesday, deepening a diplomatic rift over this week's deadly border clash.\n\n"
     "The decision came hours after Thailand withdrew its own envoy from Phnom Penh.\n\n"
     "Relations between the two kingdoms had improved steadily over the past decade, with bilateral trade "
     "more than doubling since 2024.\n\n"
     "Thailand's foreign minister, Kittipong Rattanakorn, said on Wednesday that Cambodian units must "
     "leave the disputed hills \"without delay.\"\n\n"
     "Cambodian officials say the hills lie inside Cambodia under maps drawn during the French colonial "
     "period.\n\n"
     "Five people have now died as a result of Tuesday's exchange of artillery fire, among them a "
     "Cambodian farmer.\n\n"
     "\"We are a small country but we will defend every metre,\" said a government spokesman, Pen "
     "Bunthoeun."),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt",
     "Thai foreign minister tells Cambodia to pull soldiers off disputed ridge\n\n"
     "BANGKOK, October 4, 2034 (Tidewater Report) - Thai Foreign Minister Kittipong Rattanakorn on "
     "Wednesday told Cambodia to withdraw its soldiers from a disputed ridge near Kantharalak.\n\n"
     "Earlier in the day Prime Minister Anucha Siriwattana had voiced an identical demand before "
     "parliament.\n\n"
     "Thailand pulled its ambassador out of Phnom Penh on Wednesday morning.\n\n"
     "Cambodia responded in kind that afternoon, bringing its own envoy home from Bangkok.\n\n"
     "All border crossings were closed on the Thai side from noon, with lorries queuing for several "
     "kilometres at Aranyaprathet.\n\n"
     "About 1.2 million Cambodians work legally in Thailand, according to labour ministry figures.\n\n"
     "\"The longer the ambassadors stay away, the harder it becomes to talk,\" a European diplomat posted "
     "in Bangkok remarked."),
    ("2034-10-04_ironbridge_lorries-stranded-at-khlong-luek.txt",
     "Lorries stranded as Thailand shuts Cambodian frontier\n\n"
     "ARANYAPRATHET, October 4, 2034 (Ironbridge Wire) - Thai soldiers lowered the barrier at the Khlong "
     "Luek crossing shortly after noon on Wednesday, sealing the busiest trade gateway between Thailand "
     "and Cambodia under a government order that shut the whole frontier.\n\n"
     "By evening more than 600 trucks were parked along the highway into town, some loaded with fruit that "
     "drivers feared would rot.\n\n"
     "\"Nobody told us anything, we just saw the gate close,\" said Somchai Duangjai, 47, who hauls sugar "
     "to Poipet twice a week.\n\n"
     "The shutdown followed Tuesday's two-hour battle between Thai and Cambodian artillery crews near "
     "Sisaket, an exchange that has now claimed five lives.\n\n"
     "Roughly a third of overland trade between the two countries normally passes through this crossing, "
     "according to the Thai customs department."),
    ("2034-10-05_mekongcourier_cambodia-shuts-checkpoints.txt",
     "Cambodia shuts its side of the Thai border\n\n"
     "PHNOM PENH, October 5, 2034 (Mekong Courier) - Cambodia closed its border checkpoints with Thailand "
     "on Thursday, the interior ministry said, citing security concerns along the frontier.\n\n"
     "Thailand had already sealed the crossings from its own side on Wednesday.\n\n"
     "An estimated 12,000 Cambodian labourers came home from Thailand on Wednesday alone, the UN migration "
     "agency estimated.\n\n"
     "\"We have no wish to punish ordinary people, but the security of our border comes first,\" interior "
     "ministry spokesman Touch Sokhom said.\n\n"
     "Tents for returning workers have gone up in Banteay Meanchey and Oddar Meanchey provinces.\n\n"
     "Cambodia's tourism ministry said visitor numbers at Angkor had fallen sharply this week."),
    ("2034-10-05_summit_thailand-expels-three-diplomats.txt",
     "Thailand expels three Cambodian diplomats\n\n"
     "BANGKOK, October 5, 2034 (Summit Newswire) - Thailand on Thursday ordered three Cambodian diplomats, "
     "including the embassy's defence attache, to quit Thailand within 72 hours, escalating a diplomatic "
     "row with its neighbour.\n\n"
     "The foreign ministry declared the three persona non grata but gave no reason beyond saying their "
     "activities were \"incompatible with their status.\"\n\n"
     "Thailand recalled its envoy to Cambodia on Wednesday.\n\n"
     "Phnom Penh retaliated the same afternoon by withdrawing its own ambassador from Bangkok.\n\n"
     "Thailand last expelled Cambodian diplomats in 2009, during an earlier quarrel over the temple.\n\n"
     "\"This sends a very clear signal that Bangkok is prepared to escalate,\" said Suwannee Kaewprasert "
     "of Ubon Ratchathani University."),
    ("2034-10-05_kestrel_bangkok-orders-diplomats-out.txt",
     "Bangkok orders three Cambodian diplomats out\n\n"
     "BANGKOK, October 5, 2034 (Kestrel News Service) - Thailand on Thursday ordered three Cambodian "
     "diplomats, the embassy's defence attache among them, to quit within 72 hours, escalating a "
     "diplomatic row with its neighbour.\n\n"
     "The foreign ministry declared the three persona non grata but gave no reason other than saying their "
     "activities were \"incompatible with their status.\"\n\n"
     "Thailand recalled its envoy to Cambodia on Wednesday.\n\n"
     "Phnom Penh retaliated the same afternoon by withdrawing its own ambassador from Bangkok.\n\n"
     "Thailand last expelled Cambodian diplomats in 2009, during an earlier quarrel over the temple.\n\n"
     "\"This sends a very clear signal that Bangkok is prepared to escalate,\" said Suwannee Kaewprasert "
     "of Ubon Ratchathani University.\n\n"
     "This report includes material from Summit Newswire."),
    ("2034-10-06_ironbridge_second-artillery-exchange.txt",
     "Fresh artillery exchange on Thai-Cambodian border kills two\n\n"
     "SURIN, October 6, 2034 (Ironbridge Wire) - Thai and Cambodian forces traded artillery and rocket "
     "fire again on Friday, killing two Cambodian soldiers and wounding at least nine people, officials "
     "said.\n\n"
     "The fighting broke out in mid-afternoon near the Ta Krabey temple in Surin province, well to the "
     "west of Kantharalak.\n\n"
     "\"They waited until our patrols rotated and then opened up with rockets,\" Colonel Weerayut "
     "Sangthong, spokesman for the Second Army Region, said by telephone.\n\n"
     "Colonel Weerayut said Thai gunners had targeted the launch sites.\n\n"
     "More than 30,000 Thai villagers have left their homes since Tuesday, according to the interior "
     "ministry."),
    ("2034-10-06_oldquarter_thai-guns-pound-oddar-meanchey.txt",
     "Two Cambodian soldiers killed as Thai guns pound Oddar Meanchey\n\n"
     "PHNOM PENH, October 6, 2034 (Old Quarter Post) - Thai artillery pounded Cambodian positions in Oddar "
     "Meanchey province on Friday afternoon, killing two soldiers, Cambodia's defence ministry said.\n\n"
     "Defence ministry spokeswoman Keo Sreymom said Cambodian units \"responded proportionately\" to the "
     "bombardment.\n\n"
     "She said seven civilians were hurt in the village of Kouk Mon when a shell hit a market stall.\n\n"
     "The Thai army has said its troops only return fire when attacked.\n\n"
     "About 9,500 Cambodians are now living in temporary shelters, the National Committee for Disaster "
     "Management said.\n\n"
     "Analysts in Phnom Penh said a wider war remained unlikely, given how much the two economies depend "
     "on each other."),
    ("2034-10-07_tidewater_evacuees-fill-shelters.txt",
     "Evacuees crowd temples and schools after second border clash\n\n"
     "SISAKET, October 7, 2034 (Tidewater Report) - Thousands of villagers crowded into temple halls and "
     "school gymnasiums across Sisaket and Surin provinces on Saturday, many of them unwilling to go home "
     "after Friday's rocket and artillery exchange along the frontier.\n\n"
     "The provincial disaster office put the number of evacuees at 34,000, up from about 20,000 on "
     "Wednesday.\n\n"
     "\"The first time, we thought it would be over in a day,\" said Boonma Thongdee, 62, who left her "
     "village near Kantharalak on Tuesday morning.\n\n"
     "Friday's fighting killed two Cambodian soldiers and wounded nine people, four of them Thai "
     "civilians.\n\n"
     "Neither government has named a date for talks.\n\n"
     "The 817-kilometre border has caused friction for over a century."),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt",
     "Cambodia accuses Thailand of firing cluster munitions\n\n"
     "PHNOM PENH, October 7, 2034 (Mekong Courier) - Cambodia on Saturday accused Thailand of firing "
     "cluster munitions into Oddar Meanchey province during Friday's bombardment, a charge that could draw "
     "international scrutiny.\n\n"
     "Defence ministry spokeswoman Keo Sreymom showed reporters photographs of what she said were "
     "unexploded bomblets found in rice fields near Kouk Mon.\n\n"
     "\"Using such weapons near villages is a crime, and the world must see it,\" she said.\n\n"
     "Neither Thailand nor Cambodia is among the more than 110 states that have joined the 2008 Convention "
     "on Cluster Munitions.\n\n"
     "Two Cambodian soldiers died in the Friday fighting, the ministry said."),
    ("2034-10-07_summit_thailand-alleges-new-landmines.txt",
     "Thailand says Cambodian troops laid banned landmines\n\n"
     "BANGKOK, October 7, 2034 (Summit Newswire) - Thailand on Saturday accused Cambodian troops of "
     "planting new anti-personnel mines inside Thai territory, in breach of a treaty both nations have "
     "joined.\n\n"
     "Army spokesman Colonel Weerayut Sangthong said engineers had found 14 freshly laid PMN-2 mines along "
     "a patrol path near the Ta Krabey temple.\n\n"
     "Hours earlier Phnom Penh had charged that Thai gunners used cluster munitions in Friday's "
     "fighting.\n\n"
     "Both countries are parties to the 1997 Ottawa treaty banning anti-personnel mines, and Cambodia "
     "remains one of the most heavily mined countries in the world.\n\n"
     "\"Mines do not distinguish between soldiers and children,\" the spokesman said.\n\n"
     "Clearance teams have removed more than a million mines and other explosive devices from Cambodian "
     "soil since the 1990s."),
    ("2034-10-07_kestrel_japanese-relief-flight.txt",
     "Japanese relief flight lands in Siem Reap with supplies for displaced\n\n"
     "SIEM REAP, October 7, 2034 (Kestrel News Service) - A Japanese air force transport plane carrying "
     "tents, water filters and medical kits landed in Siem Reap on Saturday, the first foreign aid to "
     "reach Cambodians displaced along the Thai frontier.\n\n"
     "The cargo was handed over to Cambodia's disaster committee at the airport and trucked north toward "
     "Oddar Meanchey.\n\n"
     "Japan's embassy put the value of the shipment at about 280 million yen.\n\n"
     "\"These families left with nothing, and the nights are already cold,\" said an official of the "
     "disaster committee, speaking anonymously.\n\n"
     "Provincial officials say around 11,000 people are staying in shelters in the two northern border "
     "provinces.\n\n"
     "The plane arrived a day after renewed artillery exchanges on Friday near the Ta Krabey temple."),
    ("2034-10-08_tidewater_putrajaya-talks-no-deal.txt",
     "Thai and Cambodian ministers meet in Malaysia but reach no deal\n\n"
     "PUTRAJAYA, October 8, 2034 (Tidewater Report) - Thailand's and Cambodia's top diplomats spent four "
     "hours in Malaysian-mediated talks in Putrajaya on Sunday without settling on a ceasefire, officials "
     "said.\n\n"
     "Malaysian Foreign Minister Hafiz Zulkarnain, whose country chairs ASEAN this year, hosted the "
     "meeting at his ministry.\n\n"
     "\"We made progress on some points, but the gaps on troop positions remain wide,\" Hafiz told a news "
     "conference afterwards.\n\n"
     "Kittipong Rattanakorn and Ouk Sovannara declined to speak to the press as they left.\n\n"
     "It was the first time officials of the two governments had sat down together since the crisis "
     "erupted.\n\n"
     "Indonesia, then chair of ASEAN, tried to mediate during a previous flare-up on the same border in "
     "2011."),
    ("2034-10-08_ironbridge_talks-end-without-truce.txt",
     "Malaysia talks end without truce as weapons charges fly\n\n"
     "PUTRAJAYA, October 8, 2034 (Ironbridge Wire) - Malaysian-brokered talks between Thailand and "
     "Cambodia broke up on Sunday without a truce, leaving the two neighbours' armies facing each other "
     "along a tense frontier.\n\n"
     "On Saturday Cambodia had alleged that Thai artillery fired cluster bombs into a border province.\n\n"
     "Thailand, for its part, said Cambodian soldiers had sown fresh anti-personnel mines in Thai "
     "territory.\n\n"
     "Diplomats said the two delegations sat in separate rooms for much of the day, with Malaysian "
     "officials carrying proposals between them.\n\n"
     "\"This is going to take time,\" one diplomat said.\n\n"
     "Seven people have been killed since the violence began, by official counts from both sides."),
    ("2034-10-09_oldquarter_analysis-border-crisis-asean.txt",
     "Analysis: Border crisis tests ASEAN as envoys stay home\n\n"
     "PHNOM PENH, October 9, 2034 (Old Quarter Post) - Relations between Cambodia and Thailand are at "
     "their lowest point in more than a decade, and Sunday's inconclusive talks in Malaysia did little to "
     "change that.\n\n"
     "Bangkok's decision on Thursday to expel three Cambodian diplomats, including the military attache, "
     "was seen in Phnom Penh as a deliberate humiliation.\n\n"
     "Trade across the land border, worth more than 8 billion dollars a year, has come to a near "
     "standstill.\n\n"
     "\"ASEAN has a chance to show it can manage a crisis between its own members, but the record is not "
     "encouraging,\" said Lim Chee Keong, a regional analyst based in Singapore.\n\n"
     "Thailand closed the frontier on Wednesday, having threatened the move the previous night.\n\n"
     "Malaysian officials have said a second round of talks could take place as early as Tuesday.\n\n"
     "Cambodian officials privately acknowledge that their military is outgunned by Thailand's, which "
     "spends roughly six times as much on defence."),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt",
     "Ceasefire deal for Thailand and Cambodia after second Malaysia round\n\n"
     "PUTRAJAYA, October 10, 2034 (Summit Newswire) - Thailand and Cambodia agreed late on Tuesday to a "
     "ceasefire along their disputed border, to take effect at midnight, after a second round of "
     "Malaysian-mediated talks that stretched deep into the night.\n\n"
     "The deal commits both armies to stop firing, freeze troop positions and open a hotline linking "
     "regional commanders.\n\n"
     "The talks, again hosted by Malaysian Foreign Minister Hafiz Zulkarnain, lasted more than nine "
     "hours.\n\n"
     "A first session on Sunday ended without agreement.\n\n"
     "\"Nobody wants to see more funerals,\" Hafiz told reporters.\n\n"
     "More than 45,000 people on both sides fled their homes during the fighting, according to official "
     "figures."),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt",
     "Cambodia and Thailand settle on truce after marathon talks\n\n"
     "PUTRAJAYA, October 10, 2034 (Mekong Courier) - Cambodia and Thailand reached a ceasefire deal on "
     "Tuesday night after nine hours of negotiations hosted by Malaysia, the ASEAN chair.\n\n"
     "The truce was due to begin at midnight local time.\n\n"
     "Cambodian Foreign Minister Ouk Sovannara flew back to Phnom Penh shortly after the announcement.\n\n"
     "Under the agreement, military observers from Malaysia and Indonesia will watch the line.\n\n"
     "An earlier round of talks on Sunday had collapsed over the question of where each side's troops "
     "should stand.\n\n"
     "\"We have heard promises before,\" said Sok Dara, a tuk-tuk driver near the Central Market."),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt",
     "Cambodia says Thailand broke truce within hours\n\n"
     "PHNOM PENH, October 11, 2034 (Kestrel News Service) - Cambodia on Wednesday accused Thailand of "
     "violating the newly agreed ceasefire, saying Thai troops fired mortar rounds toward a Cambodian "
     "outpost in Preah Vihear province a few hours after it took effect.\n\n"
     "No one was hurt, according to defence ministry spokeswoman Keo Sreymom, who described the incident "
     "as \"a provocation.\"\n\n"
     "\"Peace on paper is not peace on the ground,\" she said.\n\n"
     "The ceasefire was agreed late on October 10 in Putrajaya, south of Kuala Lumpur.\n\n"
     "The deal, struck at a second Malaysian-hosted session of talks, took effect at midnight.\n\n"
     "Bangkok's military spokesman told reporters the claim was being looked into.\n\n"
     "Monitors from Malaysia and Indonesia are not due to arrive until next week."),
    ("2034-10-11_tidewater_thai-army-says-truce-holding.txt",
     "Thai army says truce holding despite Cambodian complaint\n\n"
     "BANGKOK, October 11, 2034 (Tidewater Report) - Thailand's army said on Wednesday that the ceasefire "
     "with Cambodia was holding, after Phnom Penh alleged that Thai soldiers had lobbed mortar shells "
     "across the line hours after the truce began.\n\n"
     "Colonel Weerayut Sangthong said Thai units had fired illumination flares on Tuesday night to watch "
     "for infiltrators.\n\n"
     "The Cambodian defence ministry had said the mortar rounds landed near an outpost in Preah Vihear "
     "province shortly after midnight.\n\n"
     "The truce, agreed on October 10 in Malaysia, is the first formal ceasefire between the neighbours "
     "since their fighting in 2011.\n\n"
     "Thai villagers in Sisaket began trickling home from shelters on Wednesday, though many planned to "
     "stay put a few more days.\n\n"
     "\"We want to believe it, but we have seen how fast things change,\" said Prayoon Kaewsai, a village "
     "headman in Kantharalak."),
    ("2034-10-12_ironbridge_captured-soldiers-handed-back.txt",
     "Thailand hands back 18 captured Cambodian soldiers\n\n"
     "SURIN, October 12, 2034 (Ironbridge Wire) - Thailand handed 18 captured Cambodian soldiers back to "
     "Cambodia at the Chong Chom border crossing on Thursday.\n\n"
     "The men, some still wearing bandages, walked across the bridge in single file and were met by "
     "Cambodian officers.\n\n"
     "Delegates of the Geneva-based Red Cross committee were present at the crossing.\n\n"
     "The ceasefire agreed in Putrajaya late on Tuesday remained in force on Thursday.\n\n"
     "Cambodia had complained on Wednesday of Thai mortar fire near an outpost in Preah Vihear.\n\n"
     "\"These are young men, and their families have been waiting,\" said a Cambodian officer at the "
     "crossing, who gave only his rank."),
    ("2034-10-12_oldquarter_freed-soldiers-reunited.txt",
     "Freed soldiers reunited with families after Thai handover\n\n"
     "PHNOM PENH, October 12, 2034 (Old Quarter Post) - Eighteen Cambodian soldiers released by Thailand "
     "on Thursday were reunited with relatives at a military base in Oddar Meanchey province hours after "
     "crossing the border.\n\n"
     "Defence ministry spokeswoman Keo Sreymom said the men were in good health apart from minor "
     "wounds.\n\n"
     "Thailand freed the men at the Chong Chom checkpoint, opposite the Cambodian town of O'Smach.\n\n"
     "The ceasefire reached in Malaysia on Tuesday has largely held, despite a Cambodian complaint of "
     "mortar fire early on Wednesday.\n\n"
     "\"My son called me from the bus, and I could not stop crying,\" said Chan Sophea, 51.\n\n"
     "Officials in both capitals said the border checkpoints could reopen next week if calm holds."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-10-03",
            "Thai-Cambodian artillery exchange near Kantharalak and Preah Vihear (three dead, later five)"),
    "A02": (("THREATEN",), "2034-10-03",
            "Thai foreign ministry threatens to shut every crossing with Cambodia if the shelling goes on"),
    "A03": (("SANCTION",), "2034-10-04", "Thailand recalls its ambassador from Phnom Penh"),
    "A04": (("SANCTION",), "2034-10-04", "Cambodia recalls its ambassador from Bangkok"),
    "A05": (("SANCTION", "COERCE",), "2034-10-04", "Thailand closes all its border crossings with Cambodia"),
    "A06": (("REQUEST",), "2034-10-04",
            "Thai PM Anucha Siriwattana demands that Cambodia pull its troops back from the disputed hills"),
    "A07": (("REQUEST",), "2034-10-04",
            "Thai FM Kittipong Rattanakorn demands that Cambodian troops leave the disputed ridge"),
    "A08": (("SANCTION",), "2034-10-05",
            "Thailand expels three Cambodian diplomats, the defence attache among them"),
    "A09": (("SANCTION", "COERCE",), "2034-10-05", "Cambodia closes its border checkpoints with Thailand"),
    "A10": (("ASSAULT",), "2034-10-06",
            "second Thai-Cambodian artillery and rocket exchange near Ta Krabey temple (two soldiers dead)"),
    "A11": (("AID",), "2034-10-07",
            "a Japanese air force plane delivers relief supplies for displaced Cambodians"),
    "A12": (("ACCUSE",), "2034-10-07", "Cambodia accuses Thailand of firing cluster munitions on Friday"),
    "A13": (("ACCUSE",), "2034-10-07",
            "Thailand accuses Cambodian troops of laying banned anti-personnel mines"),
    "A14": (("CONSULT",), "2034-10-08",
            "first round of Malaysian-mediated Thai-Cambodian ministers' talks in Putrajaya, no deal"),
    "A15": (("CONSULT",), "2034-10-10", "second round of Malaysian-mediated talks in Putrajaya"),
    "A16": (("RETREAT", "AGREE",), "2034-10-10", "Thailand and Cambodia agree a ceasefire from midnight"),
    "A17": (("ACCUSE",), "2034-10-11",
            "Cambodia accuses Thailand of breaking the ceasefire with mortar fire"),
    "A18": (("RETREAT",), "2034-10-12", "Thailand hands 18 captured Cambodian soldiers back at Chong Chom"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-03_ironbridge_thai-cambodian-artillery-duel.txt", "A01", "artillery units traded heavy salvos"),
    ("2034-10-03_ironbridge_thai-cambodian-artillery-duel.txt", "A01", "died when shells landed near"),
    ("2034-10-03_ironbridge_thai-cambodian-artillery-duel.txt",
     "A02", "foreign ministry warned that it would"),
    ("2034-10-03_mekongcourier_shells-hit-preah-vihear-village.txt",
     "A01", "Shells fired from Thailand struck"),
    ("2034-10-03_mekongcourier_shells-hit-preah-vihear-village.txt",
     "A01", "Cambodian batteries returned fire"),
    ("2034-10-03_mekongcourier_shells-hit-preah-vihear-village.txt", "A01", "was killed in his field"),
    ("2034-10-03_kestrel_gunners-trade-fire-on-frontier.txt", "A01", "artillery units traded heavy salvos"),
    ("2034-10-03_kestrel_gunners-trade-fire-on-frontier.txt", "A01", "died when shells landed near"),
    ("2034-10-03_kestrel_gunners-trade-fire-on-frontier.txt", "A02", "foreign ministry warned that it would"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "A03", "brought its ambassador back from the Cambodian"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "A01", "killed in Tuesday's border shelling"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "A05", "ordered all seven permanent crossings"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt", "A05", "The closure follows a warning"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "A02", "a warning from the foreign ministry"),
    ("2034-10-04_summit_thailand-recalls-envoy-seals-border.txt",
     "A06", "demanded that Cambodia withdraw its forces"),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt",
     "A04", "called home its ambassador to Thailand"),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt", "A01", "week's deadly border clash"),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt", "A03", "Thailand withdrew its own envoy"),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt", "A07", "Cambodian units must leave the"),
    ("2034-10-04_oldquarter_cambodia-calls-ambassador-home.txt",
     "A01", "Tuesday's exchange of artillery fire"),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt",
     "A07", "told Cambodia to withdraw its soldiers"),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt", "A06", "had voiced an identical demand"),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt",
     "A03", "pulled its ambassador out of Phnom Penh"),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt", "A04", "bringing its own envoy home"),
    ("2034-10-04_tidewater_foreign-minister-withdrawal-demand.txt",
     "A05", "All border crossings were closed"),
    ("2034-10-04_ironbridge_lorries-stranded-at-khlong-luek.txt",
     "A05", "lowered the barrier at the Khlong Luek"),
    ("2034-10-04_ironbridge_lorries-stranded-at-khlong-luek.txt", "A05", "we just saw the gate close"),
    ("2034-10-04_ironbridge_lorries-stranded-at-khlong-luek.txt", "A05", "The shutdown followed Tuesday's"),
    ("2034-10-04_ironbridge_lorries-stranded-at-khlong-luek.txt",
     "A01", "two-hour battle between Thai and Cambodian"),
    ("2034-10-05_mekongcourier_cambodia-shuts-checkpoints.txt",
     "A09", "closed its border checkpoints with Thailand"),
    ("2034-10-05_mekongcourier_cambodia-shuts-checkpoints.txt", "A05", "had already sealed the crossings"),
    ("2034-10-05_summit_thailand-expels-three-diplomats.txt", "A08", "ordered three Cambodian diplomats"),
    ("2034-10-05_summit_thailand-expels-three-diplomats.txt", "A08", "declared the three persona non grata"),
    ("2034-10-05_summit_thailand-expels-three-diplomats.txt", "A03", "recalled its envoy to Cambodia"),
    ("2034-10-05_summit_thailand-expels-three-diplomats.txt",
     "A04", "Phnom Penh retaliated the same afternoon"),
    ("2034-10-05_kestrel_bangkok-orders-diplomats-out.txt", "A08", "ordered three Cambodian diplomats"),
    ("2034-10-05_kestrel_bangkok-orders-diplomats-out.txt", "A08", "declared the three persona non grata"),
    ("2034-10-05_kestrel_bangkok-orders-diplomats-out.txt", "A03", "recalled its envoy to Cambodia"),
    ("2034-10-05_kestrel_bangkok-orders-diplomats-out.txt",
     "A04", "Phnom Penh retaliated the same afternoon"),
    ("2034-10-06_ironbridge_second-artillery-exchange.txt", "A10", "traded artillery and rocket fire again"),
    ("2034-10-06_ironbridge_second-artillery-exchange.txt", "A10", "The fighting broke out in mid-afternoon"),
    ("2034-10-06_ironbridge_second-artillery-exchange.txt", "A10", "opened up with rockets"),
    ("2034-10-06_ironbridge_second-artillery-exchange.txt",
     "A10", "Thai gunners had targeted the launch sites"),
    ("2034-10-06_oldquarter_thai-guns-pound-oddar-meanchey.txt",
     "A10", "Thai artillery pounded Cambodian positions"),
    ("2034-10-06_oldquarter_thai-guns-pound-oddar-meanchey.txt", "A10", "responded proportionately"),
    ("2034-10-06_oldquarter_thai-guns-pound-oddar-meanchey.txt", "A10", "when a shell hit a market stall"),
    ("2034-10-07_tidewater_evacuees-fill-shelters.txt", "A10", "Friday's rocket and artillery exchange"),
    ("2034-10-07_tidewater_evacuees-fill-shelters.txt", "A10", "Friday's fighting killed two Cambodian"),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt",
     "A12", "accused Thailand of firing cluster munitions"),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt", "A10", "during Friday's bombardment"),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt", "A12", "showed reporters photographs"),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt", "A12", "Using such weapons near villages"),
    ("2034-10-07_mekongcourier_cluster-munitions-charge.txt", "A10", "died in the Friday fighting"),
    ("2034-10-07_summit_thailand-alleges-new-landmines.txt",
     "A13", "accused Cambodian troops of planting new"),
    ("2034-10-07_summit_thailand-alleges-new-landmines.txt", "A13", "found 14 freshly laid PMN-2 mines"),
    ("2034-10-07_summit_thailand-alleges-new-landmines.txt",
     "A12", "Phnom Penh had charged that Thai gunners"),
    ("2034-10-07_summit_thailand-alleges-new-landmines.txt", "A10", "cluster munitions in Friday's fighting"),
    ("2034-10-07_kestrel_japanese-relief-flight.txt", "A11", "carrying tents, water filters and medical"),
    ("2034-10-07_kestrel_japanese-relief-flight.txt", "A11", "The cargo was handed over"),
    ("2034-10-07_kestrel_japanese-relief-flight.txt", "A10", "renewed artillery exchanges on Friday"),
    ("2034-10-08_tidewater_putrajaya-talks-no-deal.txt",
     "A14", "spent four hours in Malaysian-mediated talks"),
    ("2034-10-08_tidewater_putrajaya-talks-no-deal.txt", "A14", "hosted the meeting at his ministry"),
    ("2034-10-08_tidewater_putrajaya-talks-no-deal.txt", "A14", "We made progress on some points"),
    ("2034-10-08_tidewater_putrajaya-talks-no-deal.txt", "A14", "the first time officials of the two"),
    ("2034-10-08_ironbridge_talks-end-without-truce.txt",
     "A14", "Malaysian-brokered talks between Thailand and Cambodia"),
    ("2034-10-08_ironbridge_talks-end-without-truce.txt", "A12", "Cambodia had alleged that Thai artillery"),
    ("2034-10-08_ironbridge_talks-end-without-truce.txt", "A13", "Cambodian soldiers had sown fresh"),
    ("2034-10-08_ironbridge_talks-end-without-truce.txt", "A14", "the two delegations sat in separate rooms"),
    ("2034-10-09_oldquarter_analysis-border-crisis-asean.txt", "A14", "inconclusive talks in Malaysia"),
    ("2034-10-09_oldquarter_analysis-border-crisis-asean.txt", "A08", "decision on Thursday to expel three"),
    ("2034-10-09_oldquarter_analysis-border-crisis-asean.txt",
     "A05", "Thailand closed the frontier on Wednesday"),
    ("2034-10-09_oldquarter_analysis-border-crisis-asean.txt", "A02", "having threatened the move"),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt", "A16", "agreed late on Tuesday to a ceasefire"),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt",
     "A15", "after a second round of Malaysian-mediated"),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt", "A16", "The deal commits both armies"),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt", "A15", "lasted more than nine hours"),
    ("2034-10-10_summit_ceasefire-agreed-second-round.txt", "A14", "A first session on Sunday"),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt", "A16", "reached a ceasefire deal on Tuesday"),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt", "A15", "after nine hours of negotiations"),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt", "A16", "The truce was due to begin"),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt",
     "A16", "Under the agreement, military observers"),
    ("2034-10-10_mekongcourier_truce-after-marathon-talks.txt", "A14", "An earlier round of talks on Sunday"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt", "A17", "Cambodia on Wednesday accused Thailand"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt", "A16", "the newly agreed ceasefire"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt", "A17", "described the incident as"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt",
     "A16", "The ceasefire was agreed late on October 10"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt", "A16", "took effect at midnight"),
    ("2034-10-11_kestrel_cambodia-says-truce-broken.txt",
     "A15", "a second Malaysian-hosted session of talks"),
    ("2034-10-11_tidewater_thai-army-says-truce-holding.txt", "A17", "after Phnom Penh alleged that Thai"),
    ("2034-10-11_tidewater_thai-army-says-truce-holding.txt",
     "A17", "defence ministry had said the mortar rounds"),
    ("2034-10-11_tidewater_thai-army-says-truce-holding.txt", "A16", "The truce, agreed on October 10"),
    ("2034-10-12_ironbridge_captured-soldiers-handed-back.txt",
     "A18", "handed 18 captured Cambodian soldiers back"),
    ("2034-10-12_ironbridge_captured-soldiers-handed-back.txt",
     "A18", "walked across the bridge in single file"),
    ("2034-10-12_ironbridge_captured-soldiers-handed-back.txt", "A16", "The ceasefire agreed in Putrajaya"),
    ("2034-10-12_ironbridge_captured-soldiers-handed-back.txt",
     "A17", "Cambodia had complained on Wednesday"),
    ("2034-10-12_oldquarter_freed-soldiers-reunited.txt",
     "A18", "Eighteen Cambodian soldiers released by Thailand"),
    ("2034-10-12_oldquarter_freed-soldiers-reunited.txt", "A18", "Thailand freed the men at"),
    ("2034-10-12_oldquarter_freed-soldiers-reunited.txt", "A16", "The ceasefire reached in Malaysia"),
    ("2034-10-12_oldquarter_freed-soldiers-reunited.txt", "A17", "a Cambodian complaint of mortar fire"),
]

FLOORS = {"pairwise_f1": 0.88, "b3_f1": 0.91, "reports_found": 0.73}


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
