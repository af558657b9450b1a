"""Blind incident batch 23: the war in Sudan over ten days, written on 2026-12-01 before the coder was run on
any of it.

The crisis: over ten days of September 2034 the Rapid Support Forces (RSF) shell El Fasher twice, three days
apart (a livestock market, then the main hospital), and storm the Zamzam displacement camp, whose toll aid
groups revise from 12 to 26; the army threatens, then carries out, drone strikes on RSF positions in Nyala;
gunmen seize a World Food Programme convoy, the WFP pledges a second one and delivers it to Tawila; the army
accuses the United Arab Emirates of arming the RSF while the foreign minister and the UN envoy each ask the
Security Council for sanctions; the council calls for a truce and the RSF rejects it; Saudi and US mediators
host two rounds of talks in Jeddah a week apart; the RSF declares a local truce around El Fasher and breaks it
the next day; refugees march in Adre, Chad.

Everything in it is synthetic: the outlets and the people are invented, the countries and places are real, the
events never happened, and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives and
dated with the day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an
act that happened, background recaps in later reports included, with a verbatim cue found once in its file; a
sentence reports at most one act of each type. Planned, promised-but-not-yet-done, threatened, demanded,
conditional, hypothetical and denied acts are not acts (the promise, threat or demand itself is), nor are acts
more than a year before, statistics and tallies, or opinions. The verbatim syndicated copy and the lightly
edited copy get their own REPORTS entries.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports with at least
one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit bc97376 (the eighth 2026-12-01 session's code after its first change, a cleaning step;
its coder is 2e90f1c's; written to be read), with `figures`: **pairwise F1 0.621** (precision 0.651, recall
0.594), B-cubed F1 0.777, reports found 0.667.
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
    ("2034-09-03_ridgeline_el-fasher-market-shelled.txt",
     "Artillery fire hits El Fasher market as siege tightens\n\n"
     "PORT SUDAN, September 3, 2034 (Ridgeline Press) - Rapid Support Forces artillery struck the "
     "central livestock market of El Fasher on Sunday, killing at least three civilians, according to a "
     "local medical network.\n\n"
     "Residents reached by satellite phone said the shells began falling shortly after morning prayers, "
     "when the market was crowded with traders from surrounding villages.\n\n"
     "\"The shells came one after another, straight into the crowd,\" said Halima Yagoub, a volunteer "
     "with the North Darfur Health Network.\n\n"
     "The paramilitary group, which has encircled the North Darfur capital for months, gave no "
     "immediate reaction.\n\n"
     "Since fighting erupted in April 2023, more than 12 million Sudanese have been uprooted from their "
     "homes, United Nations figures show.\n\n"
     "Saudi and American mediators are scheduled to reopen talks in Jeddah on Monday."),
    ("2034-09-03_savanna_darfur-city-bombardment.txt",
     "Paramilitary bombardment of besieged Darfur city kills five\n\n"
     "NAIROBI, September 3, 2034 (Savanna Wire) - At least five people died on Sunday when the "
     "paramilitary Rapid Support Forces pounded a crowded market in El Fasher with mortar and rocket "
     "fire, a medical charity said.\n\n"
     "The North Darfur Health Network, which runs volunteer clinics in the city, raised its earlier "
     "toll of three after two of those wounded in the barrage died in the afternoon.\n\n"
     "\"The rockets hit the stalls where women sell milk,\" said network coordinator Omer Basheer.\n\n"
     "The army, which holds the city with allied Darfuri armed groups, said its lines in El Fasher had "
     "not been breached.\n\n"
     "The RSF has made Nyala, the largest city in South Darfur, its de facto administrative capital "
     "since 2023."),
    ("2034-09-04_gulfcourier_zamzam-camp-stormed.txt",
     "RSF fighters overrun Zamzam displacement camp, aid groups report\n\n"
     "PORT SUDAN, September 4, 2034 (Gulf Courier) - Rapid Support Forces fighters stormed the Zamzam "
     "displacement camp south of El Fasher on Monday, killing at least 12 people and setting shelters "
     "on fire, aid groups said.\n\n"
     "Witnesses said dozens of pickup trucks mounted with heavy machine guns entered the camp from the "
     "south at dawn.\n\n"
     "Zamzam shelters an estimated 400,000 people, many of whom fled earlier waves of violence in "
     "Darfur two decades ago.\n\n"
     "\"People are running in every direction, and we cannot reach the wounded,\" a camp coordinator "
     "told Gulf Courier by phone.\n\n"
     "On Sunday, RSF shelling of a market in El Fasher killed seven people, local medics said in an "
     "updated count.\n\n"
     "The RSF, in a statement, said its units had gone into Zamzam to pursue armed men and that "
     "civilians had not been targeted."),
    ("2034-09-04_kestrel_army-ultimatum-nyala.txt",
     "Army vows to hit RSF strongholds after deadly camp assault\n\n"
     "KHARTOUM, September 4, 2034 (Kestrel News Agency) - Sudan's army chief warned the Rapid Support "
     "Forces on Monday night that his forces would strike their bases in Nyala unless the "
     "paramilitaries pulled out of the Zamzam camp within a day.\n\n"
     "General Tarig Elmahi spoke hours after paramilitary gunmen swept into the sprawling camp at dawn, "
     "in an assault that aid workers said left at least 15 dead.\n\n"
     "\"The terrorist militia will pay for every drop of blood spilled in Zamzam,\" Elmahi said in a "
     "televised address to officers in Omdurman.\n\n"
     "The RSF did not immediately respond.\n\n"
     "Nyala, about 200 kilometres south of El Fasher, hosts the group's main airstrip and, according to "
     "UN experts, receives regular cargo flights."),
    ("2034-09-04_crescent_jeddah-talks-open.txt",
     "Sudan's warring sides meet in Jeddah under Saudi, US mediation\n\n"
     "JEDDAH, September 4, 2034 (Crescent Wire Service) - Saudi and American mediators hosted "
     "delegations from Sudan's military and from the RSF in Jeddah on Monday for the first talks "
     "between the two sides in almost a year.\n\n"
     "The delegations sat in separate rooms of a seaside government palace while mediators shuttled "
     "between them, two people briefed on the arrangements said.\n\n"
     "Khalid bin Rashed, the Saudi official leading the mediation, told reporters the first session had "
     "been \"frank and long\" and that aid access topped the agenda.\n\n"
     "The meeting opened as news spread of a paramilitary assault on the Zamzam camp in North Darfur, "
     "which the army delegation raised at the start of the session.\n\n"
     "Previous rounds in Jeddah in 2023 produced a declaration on protecting civilians that both sides "
     "were later accused of ignoring.\n\n"
     "\"Nobody expects a breakthrough this week, but the channel itself matters,\" said Jonah "
     "Whitcombe, a Sudan researcher at the Horn Policy Institute in London."),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt",
     "Sudanese drones pound RSF positions in Nyala\n\n"
     "PORT SUDAN, September 5, 2034 (Ridgeline Press) - Army drones struck Rapid Support Forces "
     "positions around the airport of Nyala early on Tuesday, according to residents and military "
     "officers, a day after the army chief threatened to hit the South Darfur city.\n\n"
     "Residents said at least six explosions shook the eastern districts near the airstrip, and plumes "
     "of black smoke rose over a fuel depot.\n\n"
     "A military officer who requested anonymity said the targets included a hangar used to store "
     "drones.\n\n"
     "An RSF officer in Nyala, reached by phone, said the airport was still operating.\n\n"
     "Meanwhile, aid groups raised the death toll from Monday's attack on the Zamzam camp to 19, saying "
     "more bodies had been found under burned shelters.\n\n"
     "Drone warfare has become a defining feature of the conflict, with airports, power plants and fuel "
     "stores among the favoured targets of both sides."),
    ("2034-09-05_nilevalley_un-convoy-seized.txt",
     "Gunmen seize UN food convoy bound for Darfur\n\n"
     "KHARTOUM, September 5, 2034 (Nile Valley Herald) - Armed men seized 16 trucks of a World Food "
     "Programme convoy carrying sorghum and lentils on the road to North Darfur on Tuesday, the UN "
     "agency said.\n\n"
     "The convoy was intercepted near the town of Mellit, about 60 kilometres north of El Fasher, and "
     "its drivers were forced to hand over the vehicles at gunpoint.\n\n"
     "The WFP said the cargo was enough to feed roughly 40,000 people for four weeks.\n\n"
     "The agency did not say which group the gunmen belonged to.\n\n"
     "\"Our drivers were made to kneel by the road while the trucks were driven away,\" said Ingrid "
     "Solvang, the WFP's director for Sudan.\n\n"
     "Separately, the North Darfur Health Network said the death toll from Monday's storming of Zamzam "
     "camp by RSF fighters had reached 19."),
    ("2034-09-05_savanna_un-convoy-seized.txt",
     "Gunmen seize UN food convoy bound for Darfur\n\n"
     "KHARTOUM, September 5, 2034 (Savanna Wire) - Armed men seized 16 trucks of a World Food Programme "
     "convoy carrying sorghum and lentils on the road to North Darfur on Tuesday, the UN agency said.\n\n"
     "The convoy was intercepted near the town of Mellit, about 60 kilometres north of El Fasher, and "
     "its drivers were forced to hand over the vehicles at gunpoint.\n\n"
     "The WFP said the cargo was enough to feed roughly 40,000 people for four weeks.\n\n"
     "The agency did not say which group the gunmen belonged to.\n\n"
     "\"Our drivers were made to kneel by the road while the trucks were driven away,\" said Ingrid "
     "Solvang, the WFP's director for Sudan.\n\n"
     "Separately, the North Darfur Health Network said the death toll from Monday's storming of Zamzam "
     "camp by RSF fighters had reached 19.\n\n"
     "This report originally appeared in Nile Valley Herald."),
    ("2034-09-06_gulfcourier_el-fasher-hospital-shelled.txt",
     "Shells strike El Fasher hospital in renewed RSF bombardment\n\n"
     "PORT SUDAN, September 6, 2034 (Gulf Courier) - Rapid Support Forces shelling hit the Saudi "
     "Hospital in El Fasher on Wednesday, killing four patients and a nurse, the North Darfur Health "
     "Network said.\n\n"
     "At least three shells landed inside the compound and brought down part of the maternity ward, a "
     "doctor at the hospital told Gulf Courier.\n\n"
     "\"The second shell came through the roof of the ward, so we carried the newborns into the "
     "corridor,\" the doctor said, requesting anonymity for safety reasons.\n\n"
     "The hospital is the last facility in the city still able to perform surgery.\n\n"
     "On Sunday, rockets fired by the paramilitaries into a livestock market killed seven people.\n\n"
     "The RSF made no immediate comment."),
    ("2034-09-06_crescent_el-fasher-hospital-hit.txt",
     "RSF shells hit El Fasher's main hospital\n\n"
     "PORT SUDAN, September 6, 2034 (Crescent Wire Service) - Rapid Support Forces shelling hit the "
     "Saudi Hospital in El Fasher on Wednesday, killing five people including a nurse, the North Darfur "
     "Health Network said.\n\n"
     "At least three shells landed inside the compound and brought down part of the maternity ward, a "
     "doctor at the hospital told reporters.\n\n"
     "\"The second shell came through the roof of the ward, so we carried the newborns into the "
     "corridor,\" the doctor said, requesting anonymity for safety reasons.\n\n"
     "The hospital is the last one in El Fasher still able to perform surgery.\n\n"
     "On Sunday, rockets fired by the paramilitaries into a livestock market killed seven people, "
     "medics said.\n\n"
     "The RSF made no immediate comment."),
    ("2034-09-06_kestrel_wfp-pledges-convoy.txt",
     "WFP pledges fresh convoy for North Darfur after looting\n\n"
     "ROME, September 6, 2034 (Kestrel News Agency) - The World Food Programme pledged on Wednesday to "
     "send a second convoy of food to North Darfur within days, despite the loss of 16 trucks to gunmen "
     "on Tuesday.\n\n"
     "\"We will not abandon the people of El Fasher and Tawila,\" Ingrid Solvang, the agency's Sudan "
     "director, said in a statement.\n\n"
     "Tawila, a town west of El Fasher, has absorbed hundreds of thousands of people fleeing the "
     "fighting.\n\n"
     "Tuesday's seizure near Mellit was the third attack on a WFP convoy in Darfur this year, according "
     "to agency figures.\n\n"
     "The UN humanitarian appeal for Sudan this year is less than a third funded."),
    ("2034-09-07_ridgeline_army-accuses-uae.txt",
     "Sudan's army accuses UAE of arming paramilitaries\n\n"
     "PORT SUDAN, September 7, 2034 (Ridgeline Press) - Sudan's army on Thursday accused the United "
     "Arab Emirates of flying arms into RSF-held territory through airstrips in Chad and eastern Libya.\n\n"
     "Army spokesman Brigadier Hashim Eltayeb told a news conference that weapons recovered near El "
     "Fasher after Wednesday's hospital shelling bore Emirati serial markings.\n\n"
     "The Emirati foreign ministry could not immediately be reached on Thursday.\n\n"
     "Later on Thursday, Foreign Minister Amira Hassabo called on the UN Security Council to impose "
     "sanctions on the UAE and to treat the RSF as a terrorist organisation.\n\n"
     "\"The world cannot keep pretending this is a war between two generals,\" Hassabo said.\n\n"
     "A UN panel of experts reported in 2024 that cargo flights from the Gulf had landed repeatedly at "
     "an airstrip in eastern Chad."),
    ("2034-09-07_nilevalley_envoy-presses-council.txt",
     "Sudan's UN envoy presses council to punish Emirates\n\n"
     "NEW YORK, September 7, 2034 (Nile Valley Herald) - Sudan's ambassador to the United Nations, "
     "Idris Elnour, demanded on Thursday that the Security Council place sanctions on the United Arab "
     "Emirates over its alleged support for the Rapid Support Forces.\n\n"
     "On Wednesday, RSF shells struck El Fasher's main hospital, killing at least five people.\n\n"
     "The army also accused Abu Dhabi on Thursday of channelling arms to the paramilitaries via Chad.\n\n"
     "The UAE is a close partner of several council members, and diplomats said any sanctions "
     "resolution would face a likely veto.\n\n"
     "\"There is no appetite for this fight in the council,\" said one Western diplomat, speaking on "
     "condition of anonymity."),
    ("2034-09-08_gulfcourier_council-urges-truce.txt",
     "Security Council urges Sudan truce as El Fasher toll mounts\n\n"
     "NEW YORK, September 8, 2034 (Gulf Courier) - The UN Security Council late on Friday urged both of "
     "Sudan's warring parties to agree an immediate nationwide truce and to let aid reach besieged El "
     "Fasher.\n\n"
     "In a unanimous statement, the 15-member council also demanded that the RSF allow civilians to "
     "leave the city safely.\n\n"
     "Earlier drafts of the text had referred to foreign arms supplies, according to two diplomats.\n\n"
     "On Thursday, Sudan's ambassador Idris Elnour had urged members to sanction the Emirates.\n\n"
     "The council's move followed Wednesday's strike on El Fasher's main hospital, which local medics "
     "said killed six people.\n\n"
     "Council statements are not legally binding, and appeals for a ceasefire in Sudan have gone "
     "unheeded since the war began."),
    ("2034-09-08_kestrel_un-council-ceasefire-appeal.txt",
     "UN council appeals for ceasefire in Sudan\n\n"
     "NEW YORK, September 8, 2034 (Kestrel News Agency) - Sudan's warring parties were urged by the "
     "Security Council on Friday to lay down their weapons and open humanitarian corridors into North "
     "Darfur.\n\n"
     "The presidential statement, read out by Guatemalan ambassador Tomas Aldana, who holds the "
     "council's rotating presidency this month, was agreed without a vote.\n\n"
     "Aid officials said the appeal would mean little without sustained pressure on the parties.\n\n"
     "Sudan's army-aligned government in Port Sudan said it was studying the text.\n\n"
     "The council acted two days after RSF shells hit the only hospital in El Fasher still able to "
     "operate."),
    ("2034-09-09_crescent_rsf-rebuffs-un-appeal.txt",
     "RSF rebuffs UN ceasefire appeal\n\n"
     "CAIRO, September 9, 2034 (Crescent Wire Service) - The Rapid Support Forces on Saturday rejected "
     "the UN Security Council's call for a nationwide ceasefire, saying it would not halt operations "
     "while El Fasher remained an army base.\n\n"
     "\"A truce that leaves the enemy armed inside El Fasher is not a truce,\" RSF spokesman Mubarak "
     "Sineen wrote in an online statement.\n\n"
     "The council's statement on Friday had also urged the paramilitaries to let civilians leave the "
     "besieged city.\n\n"
     "Saudi and American mediators are expected to bring the two delegations back to Jeddah on Monday.\n\n"
     "Analysts say the RSF is betting that it can take El Fasher before international pressure builds."),
    ("2034-09-09_ridgeline_paramilitaries-say-no.txt",
     "Paramilitaries say no to council truce call\n\n"
     "PORT SUDAN, September 9, 2034 (Ridgeline Press) - Sudan's Rapid Support Forces turned down a UN "
     "appeal for a ceasefire on Saturday, a day after the Security Council adopted it unanimously.\n\n"
     "The rejection came in a statement signed by Adam Koko Dahab, the RSF commander for North Darfur.\n\n"
     "Army drone strikes on Nyala on Tuesday destroyed a hangar and a fuel depot, according to "
     "satellite images reviewed by Ridgeline Press.\n\n"
     "In El Fasher, residents said markets had partly reopened and that bread prices had tripled since "
     "the siege began.\n\n"
     "\"Each side thinks time is on its side, so neither wants to stop,\" said Amani Rahma, a Sudanese "
     "political analyst based in Kampala."),
    ("2034-09-10_savanna_convoy-reaches-tawila.txt",
     "UN food convoy reaches Darfur's Tawila after weeks of delays\n\n"
     "NAIROBI, September 10, 2034 (Savanna Wire) - A World Food Programme convoy of 22 trucks delivered "
     "sorghum, oil and medical supplies to Tawila in North Darfur on Sunday, the first aid to reach the "
     "area in nearly a month.\n\n"
     "The WFP said the food would be distributed to about 55,000 people sheltering in and around the "
     "town.\n\n"
     "The delivery fulfils a pledge the agency made on Wednesday.\n\n"
     "On Tuesday, gunmen commandeered 16 trucks of an earlier convoy near Mellit.\n\n"
     "\"This is a drop in the ocean, but it proves that access is possible,\" said Ingrid Solvang, the "
     "WFP's Sudan director."),
    ("2034-09-10_kestrel_wfp-food-arrives.txt",
     "Trucks carrying WFP food arrive in North Darfur\n\n"
     "ROME, September 10, 2034 (Kestrel News Agency) - Food aid for hundreds of thousands of displaced "
     "Sudanese arrived in the North Darfur town of Tawila on Sunday, the World Food Programme said, "
     "four days after the agency promised a new convoy.\n\n"
     "The trucks travelled from the Chadian border crossing at Adre without incident, the agency said.\n\n"
     "Solvang said the WFP hoped to send further convoys every week if security allowed.\n\n"
     "Humanitarian groups say famine has been confirmed in at least 14 areas of Sudan.\n\n"
     "Gunmen had seized 16 trucks from a previous WFP convoy near Mellit on September 5."),
    ("2034-09-10_nilevalley_refugees-march-adre.txt",
     "Sudanese refugees march in Chad over ration cuts\n\n"
     "ADRE, September 10, 2034 (Nile Valley Herald) - Thousands of Sudanese refugees marched through "
     "the Chadian border town of Adre on Sunday to protest against cuts to their food rations and to "
     "demand protection for relatives trapped in El Fasher.\n\n"
     "The demonstrators, many of them women who fled Darfur last year, carried banners reading \"Save "
     "El Fasher\" and chanted outside the offices of the UN refugee agency.\n\n"
     "Aid workers say rations in the camps of eastern Chad now cover about half of daily needs.\n\n"
     "\"We came here to be safe, and now our children are hungry,\" said Fatima Abakar, a mother of "
     "five from Geneina.\n\n"
     "Chadian police kept watch but did not intervene, and the march ended peacefully by midday."),
    ("2034-09-11_gulfcourier_jeddah-talks-resume.txt",
     "Jeddah talks resume as RSF announces El Fasher truce\n\n"
     "JEDDAH, September 11, 2034 (Gulf Courier) - Delegations of Sudan's military and the RSF began a "
     "second round of indirect talks in Jeddah on Monday, hours after the paramilitaries declared a "
     "72-hour truce around El Fasher.\n\n"
     "The RSF said on Monday morning that its forces would halt all offensive operations around the "
     "city from noon to allow aid in and civilians out.\n\n"
     "Saudi mediator Khalid bin Rashed told reporters the talks would run for at least three days.\n\n"
     "The first round, held in the city a week ago, ended the same evening without a joint statement.\n\n"
     "The army has not said whether it will observe the truce."),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt",
     "RSF declares three-day ceasefire around besieged city\n\n"
     "PORT SUDAN, September 11, 2034 (Ridgeline Press) - The Rapid Support Forces announced on Monday a "
     "unilateral three-day ceasefire around El Fasher, two days after rejecting a nationwide truce.\n\n"
     "RSF commander Adam Koko Dahab said in a video message that the pause was meant to let trapped "
     "families leave the city.\n\n"
     "An army spokesman said the military was reviewing the announcement.\n\n"
     "The announcement coincided with the opening in Jeddah of a second round of Saudi- and US-brokered "
     "negotiations.\n\n"
     "\"The real test is whether a single truck gets into El Fasher this week,\" said Jonah Whitcombe "
     "of the Horn Policy Institute."),
    ("2034-09-12_crescent_el-fasher-truce-collapses.txt",
     "El Fasher truce collapses as RSF attacks army checkpoint\n\n"
     "CAIRO, September 12, 2034 (Crescent Wire Service) - Rapid Support Forces gunmen attacked an army "
     "checkpoint on the western edge of El Fasher on Tuesday, breaking the three-day truce the group "
     "had declared a day earlier, the army said.\n\n"
     "Army spokesman Hashim Eltayeb said four soldiers were killed in the assault, which began with "
     "mortar fire before dawn.\n\n"
     "The RSF did not comment on the army's account.\n\n"
     "Whether the delegations in Jeddah would keep talking remained uncertain.\n\n"
     "Monday's truce announcement had briefly raised hopes that aid trucks could enter the city, which "
     "has been under siege since 2024."),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt",
     "Darfur ceasefire breaks down within a day\n\n"
     "NAIROBI, September 12, 2034 (Savanna Wire) - A short-lived ceasefire around El Fasher unravelled "
     "on Tuesday when paramilitary fighters raided an army post at the city's western gate, killing "
     "three soldiers, according to military sources.\n\n"
     "The RSF had proclaimed the 72-hour pause on Monday, as Saudi and US mediators brought the two "
     "sides back to Jeddah.\n\n"
     "Residents said heavy gunfire could be heard for several hours after the raid.\n\n"
     "\"We had packed our bags to leave, and then the shooting started again,\" said a resident who "
     "identified herself only as Mariam.\n\n"
     "Aid agencies had hoped to move food into the city during the pause.\n\n"
     "Two days earlier, a WFP convoy of 22 trucks had reached Tawila, west of the city."),
    ("2034-09-13_nilevalley_zamzam-toll-rises.txt",
     "Aid groups put Zamzam death toll at 26 as Darfur fighting resumes\n\n"
     "KHARTOUM, September 13, 2034 (Nile Valley Herald) - Aid groups on Wednesday raised the death toll "
     "from the paramilitary raid on Zamzam camp on September 4 to 26, saying several of the wounded had "
     "died in the days since.\n\n"
     "On Tuesday, RSF fighters stormed an army checkpoint in El Fasher, ending a ceasefire the group "
     "had announced the previous day.\n\n"
     "\"The truce lasted less time than it took to announce it,\" said Halima Yagoub of the North "
     "Darfur Health Network.\n\n"
     "The second round of Jeddah talks began on Monday.\n\n"
     "Since 2023, more than a dozen ceasefires announced in Sudan have collapsed.\n\n"
     "The UN refugee agency said more than 9,000 people had crossed into Chad in the past week."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-09-03", "RSF shells a livestock market in El Fasher (first shelling)"),
    "A02": (("ASSAULT",), "2034-09-04", "RSF fighters storm the Zamzam displacement camp"),
    "A03": (("ASSAULT",), "2034-09-06", "RSF shells the Saudi Hospital in El Fasher (second shelling)"),
    "A04": (("ASSAULT",), "2034-09-05", "army drones strike RSF positions at Nyala airport"),
    "A05": (("COERCE",), "2034-09-05", "gunmen seize 16 trucks of a WFP convoy near Mellit"),
    "A06": (("AID",), "2034-09-10", "WFP convoy delivers food to Tawila"),
    "A07": (("ACCUSE",), "2034-09-07", "Sudan's army accuses the UAE of arming the RSF"),
    "A08": (("REJECT",), "2034-09-09", "RSF rejects the Security Council's truce call"),
    "A09": (("REQUEST",), "2034-09-08", "UN Security Council calls on army and RSF for a nationwide truce"),
    "A10": (("CONSULT",), "2034-09-04", "Saudi and US mediators host army and RSF in Jeddah (round one)"),
    "A11": (("CONSULT",), "2034-09-11", "second round of army-RSF talks in Jeddah"),
    "A12": (("RETREAT",), "2034-09-11", "RSF declares a 72-hour truce around El Fasher"),
    "A13": (("ASSAULT",), "2034-09-12", "RSF attacks an army checkpoint in El Fasher, breaking the truce"),
    "A14": (("PROTEST",), "2034-09-10", "Sudanese refugees march in Adre, Chad"),
    "A15": (("THREATEN",), "2034-09-04", "army chief Elmahi threatens strikes on RSF bases in Nyala"),
    "A16": (("REQUEST",), "2034-09-07", "Foreign Minister Hassabo asks the council to sanction the UAE"),
    "A17": (("REQUEST",), "2034-09-07", "UN envoy Elnour demands Security Council sanctions on the UAE"),
    "A18": (("AGREE",), "2034-09-06", "WFP pledges a second convoy to North Darfur"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-09-03_ridgeline_el-fasher-market-shelled.txt", "A01", "artillery struck the central livestock"),
    ("2034-09-03_ridgeline_el-fasher-market-shelled.txt",
     "A01", "shells began falling shortly after morning prayers"),
    ("2034-09-03_ridgeline_el-fasher-market-shelled.txt", "A01", "came one after another, straight into"),
    ("2034-09-03_savanna_darfur-city-bombardment.txt", "A01", "pounded a crowded market in El Fasher"),
    ("2034-09-03_savanna_darfur-city-bombardment.txt", "A01", "wounded in the barrage died"),
    ("2034-09-03_savanna_darfur-city-bombardment.txt", "A01", "hit the stalls where women sell milk"),
    ("2034-09-04_gulfcourier_zamzam-camp-stormed.txt", "A02", "stormed the Zamzam displacement camp"),
    ("2034-09-04_gulfcourier_zamzam-camp-stormed.txt", "A02", "entered the camp from the south at dawn"),
    ("2034-09-04_gulfcourier_zamzam-camp-stormed.txt", "A01", "RSF shelling of a market"),
    ("2034-09-04_gulfcourier_zamzam-camp-stormed.txt", "A02", "had gone into Zamzam"),
    ("2034-09-04_kestrel_army-ultimatum-nyala.txt", "A15", "would strike their bases in Nyala"),
    ("2034-09-04_kestrel_army-ultimatum-nyala.txt",
     "A02", "paramilitary gunmen swept into the sprawling camp"),
    ("2034-09-04_kestrel_army-ultimatum-nyala.txt", "A15", "will pay for every drop of blood"),
    ("2034-09-04_crescent_jeddah-talks-open.txt", "A10", "hosted delegations from Sudan's military"),
    ("2034-09-04_crescent_jeddah-talks-open.txt", "A10", "sat in separate rooms"),
    ("2034-09-04_crescent_jeddah-talks-open.txt", "A10", "the first session had been"),
    ("2034-09-04_crescent_jeddah-talks-open.txt", "A10", "The meeting opened as news spread"),
    ("2034-09-04_crescent_jeddah-talks-open.txt", "A02", "paramilitary assault on the Zamzam camp"),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt", "A04", "Army drones struck Rapid Support Forces positions"),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt", "A15", "the army chief threatened to hit"),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt", "A04", "six explosions shook the eastern districts"),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt", "A04", "the targets included a hangar"),
    ("2034-09-05_ridgeline_drones-hit-nyala.txt", "A02", "Monday's attack on the Zamzam camp"),
    ("2034-09-05_nilevalley_un-convoy-seized.txt",
     "A05", "seized 16 trucks of a World Food Programme convoy"),
    ("2034-09-05_nilevalley_un-convoy-seized.txt", "A05", "intercepted near the town of Mellit"),
    ("2034-09-05_nilevalley_un-convoy-seized.txt", "A02", "Monday's storming of Zamzam camp"),
    ("2034-09-05_nilevalley_un-convoy-seized.txt", "A05", "made to kneel by the road"),
    ("2034-09-05_savanna_un-convoy-seized.txt", "A05", "seized 16 trucks of a World Food Programme convoy"),
    ("2034-09-05_savanna_un-convoy-seized.txt", "A05", "intercepted near the town of Mellit"),
    ("2034-09-05_savanna_un-convoy-seized.txt", "A02", "Monday's storming of Zamzam camp"),
    ("2034-09-05_savanna_un-convoy-seized.txt", "A05", "made to kneel by the road"),
    ("2034-09-06_gulfcourier_el-fasher-hospital-shelled.txt", "A03", "shelling hit the Saudi Hospital"),
    ("2034-09-06_gulfcourier_el-fasher-hospital-shelled.txt",
     "A03", "three shells landed inside the compound"),
    ("2034-09-06_gulfcourier_el-fasher-hospital-shelled.txt", "A01", "rockets fired by the paramilitaries"),
    ("2034-09-06_gulfcourier_el-fasher-hospital-shelled.txt", "A03", "came through the roof of the ward"),
    ("2034-09-06_crescent_el-fasher-hospital-hit.txt", "A03", "shelling hit the Saudi Hospital"),
    ("2034-09-06_crescent_el-fasher-hospital-hit.txt", "A03", "three shells landed inside the compound"),
    ("2034-09-06_crescent_el-fasher-hospital-hit.txt", "A01", "rockets fired by the paramilitaries"),
    ("2034-09-06_crescent_el-fasher-hospital-hit.txt", "A03", "came through the roof of the ward"),
    ("2034-09-06_kestrel_wfp-pledges-convoy.txt", "A18", "pledged on Wednesday to send a"),
    ("2034-09-06_kestrel_wfp-pledges-convoy.txt", "A05", "the loss of 16 trucks to gunmen"),
    ("2034-09-06_kestrel_wfp-pledges-convoy.txt", "A18", "We will not abandon the people"),
    ("2034-09-06_kestrel_wfp-pledges-convoy.txt", "A05", "Tuesday's seizure near Mellit"),
    ("2034-09-07_ridgeline_army-accuses-uae.txt", "A07", "accused the United Arab Emirates"),
    ("2034-09-07_ridgeline_army-accuses-uae.txt", "A07", "bore Emirati serial markings"),
    ("2034-09-07_ridgeline_army-accuses-uae.txt", "A03", "Wednesday's hospital shelling"),
    ("2034-09-07_ridgeline_army-accuses-uae.txt", "A16", "called on the UN Security Council"),
    ("2034-09-07_nilevalley_envoy-presses-council.txt",
     "A17", "demanded on Thursday that the Security Council"),
    ("2034-09-07_nilevalley_envoy-presses-council.txt", "A03", "RSF shells struck El Fasher's main hospital"),
    ("2034-09-07_nilevalley_envoy-presses-council.txt", "A07", "accused Abu Dhabi on Thursday"),
    ("2034-09-08_gulfcourier_council-urges-truce.txt", "A09", "urged both of Sudan's warring parties"),
    ("2034-09-08_gulfcourier_council-urges-truce.txt", "A09", "In a unanimous statement"),
    ("2034-09-08_gulfcourier_council-urges-truce.txt", "A17", "had urged members to sanction the Emirates"),
    ("2034-09-08_gulfcourier_council-urges-truce.txt",
     "A03", "Wednesday's strike on El Fasher's main hospital"),
    ("2034-09-08_gulfcourier_council-urges-truce.txt", "A09", "The council's move followed"),
    ("2034-09-08_kestrel_un-council-ceasefire-appeal.txt", "A09", "were urged by the Security Council"),
    ("2034-09-08_kestrel_un-council-ceasefire-appeal.txt", "A09", "The presidential statement, read out by"),
    ("2034-09-08_kestrel_un-council-ceasefire-appeal.txt", "A03", "two days after RSF shells hit"),
    ("2034-09-09_crescent_rsf-rebuffs-un-appeal.txt", "A08", "rejected the UN Security Council's call"),
    ("2034-09-09_crescent_rsf-rebuffs-un-appeal.txt", "A08", "is not a truce"),
    ("2034-09-09_crescent_rsf-rebuffs-un-appeal.txt", "A09", "The council's statement on Friday"),
    ("2034-09-09_ridgeline_paramilitaries-say-no.txt", "A08", "turned down a UN appeal"),
    ("2034-09-09_ridgeline_paramilitaries-say-no.txt", "A08", "The rejection came in a statement"),
    ("2034-09-09_ridgeline_paramilitaries-say-no.txt", "A09", "the Security Council adopted it unanimously"),
    ("2034-09-09_ridgeline_paramilitaries-say-no.txt", "A04", "Army drone strikes on Nyala on Tuesday"),
    ("2034-09-10_savanna_convoy-reaches-tawila.txt", "A06", "convoy of 22 trucks delivered sorghum"),
    ("2034-09-10_savanna_convoy-reaches-tawila.txt", "A06", "The delivery fulfils a pledge"),
    ("2034-09-10_savanna_convoy-reaches-tawila.txt", "A18", "a pledge the agency made on Wednesday"),
    ("2034-09-10_savanna_convoy-reaches-tawila.txt", "A05", "gunmen commandeered 16 trucks"),
    ("2034-09-10_kestrel_wfp-food-arrives.txt", "A06", "arrived in the North Darfur town of Tawila"),
    ("2034-09-10_kestrel_wfp-food-arrives.txt", "A18", "the agency promised a new convoy"),
    ("2034-09-10_kestrel_wfp-food-arrives.txt", "A06", "travelled from the Chadian border crossing"),
    ("2034-09-10_kestrel_wfp-food-arrives.txt", "A05", "Gunmen had seized 16 trucks"),
    ("2034-09-10_nilevalley_refugees-march-adre.txt", "A14", "marched through the Chadian border town"),
    ("2034-09-10_nilevalley_refugees-march-adre.txt", "A14", "carried banners reading"),
    ("2034-09-10_nilevalley_refugees-march-adre.txt", "A14", "the march ended peacefully by midday"),
    ("2034-09-11_gulfcourier_jeddah-talks-resume.txt", "A11", "began a second round of indirect talks"),
    ("2034-09-11_gulfcourier_jeddah-talks-resume.txt", "A12", "declared a 72-hour truce around El Fasher"),
    ("2034-09-11_gulfcourier_jeddah-talks-resume.txt", "A12", "would halt all offensive operations"),
    ("2034-09-11_gulfcourier_jeddah-talks-resume.txt", "A10", "The first round, held in the city"),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt", "A12", "announced on Monday a unilateral"),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt", "A08", "two days after rejecting a nationwide truce"),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt", "A12", "the pause was meant to let"),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt", "A12", "The announcement coincided with"),
    ("2034-09-11_ridgeline_rsf-declares-ceasefire.txt", "A11", "the opening in Jeddah of a second round"),
    ("2034-09-12_crescent_el-fasher-truce-collapses.txt",
     "A13", "attacked an army checkpoint on the western edge"),
    ("2034-09-12_crescent_el-fasher-truce-collapses.txt",
     "A12", "the three-day truce the group had declared"),
    ("2034-09-12_crescent_el-fasher-truce-collapses.txt", "A13", "four soldiers were killed in the assault"),
    ("2034-09-12_crescent_el-fasher-truce-collapses.txt", "A12", "Monday's truce announcement"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt",
     "A13", "paramilitary fighters raided an army post"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt", "A12", "had proclaimed the 72-hour pause"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt", "A11", "brought the two sides back to"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt", "A13", "heavy gunfire could be heard"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt", "A13", "then the shooting started again"),
    ("2034-09-12_savanna_darfur-ceasefire-breaks-down.txt", "A06", "a WFP convoy of 22 trucks had reached"),
    ("2034-09-13_nilevalley_zamzam-toll-rises.txt", "A02", "paramilitary raid on Zamzam camp"),
    ("2034-09-13_nilevalley_zamzam-toll-rises.txt", "A13", "RSF fighters stormed an army checkpoint"),
    ("2034-09-13_nilevalley_zamzam-toll-rises.txt", "A12", "ending a ceasefire the group had announced"),
    ("2034-09-13_nilevalley_zamzam-toll-rises.txt", "A11", "second round of Jeddah talks began"),
]

FLOORS = {"pairwise_f1": 0.72, "b3_f1": 0.81, "reports_found": 0.65}


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
