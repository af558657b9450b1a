"""Blind incident batch 51: a ceasefire negotiation in Sudan's war between the army and the Rapid Support Forces
(RSF) over the siege of El Fasher in North Darfur, September 3 to 14, 2033: RSF shelling of the city, army air
strikes, UN and African Union appeals, a humanitarian truce proposed by Saudi Arabia and the United States, talks in
Jeddah, a seven-day truce signed and then broken, an aid convoy let through, the Adre crossing from Chad closed and
reopened, US sanctions on two RSF commanders and a prisoner exchange.

Everything in it is synthetic: the six outlets (Redsea Wire, Horn Ledger, Sahel Monitor, Meridian Newswire,
Savannah Dispatch, Crescent Post) and every person are invented, the countries and places are real, the events
never happened and the dates are in the future. 26 documents; one is a verbatim syndicated copy (Horn Ledger of
Redsea Wire, September 3) and one a lightly edited copy (Crescent Post of Savannah Dispatch, September 9).
Look-alikes: two days of RSF shelling of El Fasher (3rd and 10th) and two days of army air strikes around it (4th
and 11th), two rounds of Jeddah talks (7th and 12th), two calls for a pause on one day by different speakers (the
UN humanitarian coordinator and the AU Commission chairperson, 4th), two accusations of breaking the truce on one
day (army and RSF, 10th), the RSF's acceptance and the army's rejection of the truce plan on one day (6th) before
the truce was signed (8th), a sanctions threat by the US envoy (6th) and the sanctions themselves (12th), the Adre
crossing closed (5th) and reopened (9th); figures change between reports (14 killed at the market, then 23; 38 aid
trucks, then 41; 120 prisoners exchanged, then 134).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's RSF shelling of the city is one act, and so is a day's army air strikes around it; each day of
talks is one act, and the day the truce is signed is coded as the agreement only; the prisoner exchange, in which
each side freed captives, is one act. The siege itself, a continuing state, is not an act, nor are the truce's
terms (acts promised, not yet done) or the army drone strikes the RSF alleged (10th), which are not established.
Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two readings: closing the
Adre crossing is SANCTION (a cut in cooperation) or COERCE (an administrative restriction), the RSF's acceptance of
the truce plan is AGREE (an intent to cooperate) or CONCEDE (acceding to a request), and the prisoner exchange is
CONCEDE (release of persons) or COOPERATE (material cooperation). REPORTS lists every sentence, headlines included,
that reports an act that happened, background recaps in later reports included ("a day after RSF shells left at
least 14 dead ..."), with a cue found once in its file; a syndicated copy has its own entries. Planned,
promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts, acts more than a year before,
statistics, tallies and opinions are not listed (a promise is itself AGREE and a threat THREATEN; the promised or
threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

The batch was written from its brief and the template alone, without reading the coder's code, lexicons, rules or
data or any other blind batch. Every text was checked for six-word runs shared with the gold, seed, news, demo
corpus and tests (with /tmp/ew/overlap.py) and none was found.

FIRST RUN (written by a helper at the start of the fifteenth session (2026-12-02)), on its starting code (a6a59ad),
before any of it was read: **pairwise F1 0.902** (precision 1.000, recall 0.821), B-cubed F1 0.932, reports found
0.566. Read afterwards: its misses may inform rules (each justified by the codebook, with its own test sentences).
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
    ("2033-09-03_redseawire_el-fasher-market-shelled.txt",
     "Shells slam El Fasher market as siege of Darfur city grinds on\n\n"
     "EL FASHER, September 3, 2033 (Redsea Wire) - Artillery fired by the Rapid Support Forces tore through a "
     "packed market in El Fasher on Saturday, leaving at least 14 civilians dead and dozens more wounded, "
     "according to medics in the besieged capital of North Darfur.\n\n"
     "Rounds began landing shortly after dawn prayers and kept falling for close to three hours, residents "
     "said, as traders were laying out sorghum and onions in stalls near the Grand Mosque.\n\n"
     "Dr Hawa Ishag Mohamedain, who runs the emergency ward at the Saudi Hospital, said 31 of the wounded were "
     "children and that her staff were operating by torchlight.\n\n"
     "The RSF, whose fighters have ringed the city for months, did not answer requests for comment.\n\n"
     "El Fasher is the last large city in Darfur still held by the army and its allied armed movements, and "
     "relief agencies estimate that several hundred thousand people remain trapped inside with dwindling food."),
    ("2033-09-03_hornledger_shells-slam-market.txt",
     "Shells slam El Fasher market as siege of Darfur city grinds on\n\n"
     "EL FASHER, September 3, 2033 (Redsea Wire) - Artillery fired by the Rapid Support Forces tore through a "
     "packed market in El Fasher on Saturday, leaving at least 14 civilians dead and dozens more wounded, "
     "according to medics in the besieged capital of North Darfur.\n\n"
     "Rounds began landing shortly after dawn prayers and kept falling for close to three hours, residents "
     "said, as traders were laying out sorghum and onions in stalls near the Grand Mosque.\n\n"
     "Dr Hawa Ishag Mohamedain, who runs the emergency ward at the Saudi Hospital, said 31 of the wounded were "
     "children and that her staff were operating by torchlight.\n\n"
     "The RSF, whose fighters have ringed the city for months, did not answer requests for comment.\n\n"
     "El Fasher is the last large city in Darfur still held by the army and its allied armed movements, and "
     "relief agencies estimate that several hundred thousand people remain trapped inside with dwindling food."),
    ("2033-09-04_sahelmonitor_army-jets-pound-rsf.txt",
     "Sudan army jets pound RSF lines around El Fasher\n\n"
     "PORT SUDAN, September 4, 2033 (Sahel Monitor) - Sudanese air force jets bombed Rapid Support Forces "
     "positions on the eastern approaches to El Fasher and near the town of Mellit on Sunday, the army said.\n\n"
     "Army spokesman Brigadier General Nabil Osman Karrar told reporters the raids destroyed armoured vehicles "
     "and a fuel dump, without giving any casualty figures.\n\n"
     "Medics in the city raised the toll from Saturday's shelling of the market to 23 dead.\n\n"
     "The paramilitary group did not respond to questions.\n\n"
     "The conflict between the military and the RSF erupted in April 2023 and has uprooted millions of "
     "Sudanese."),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt",
     "African Union chief seeks humanitarian pause for El Fasher\n\n"
     "ADDIS ABABA, September 4, 2033 (Meridian Newswire) - The head of the African Union Commission, Ayodele "
     "Kanyinda, on Sunday urged Sudan's army and the RSF paramilitary to halt the fighting around El Fasher "
     "long enough for food and medicine to get in.\n\n"
     "The AU has no troops or monitors of its own in Darfur.\n\n"
     "Hours earlier, the UN humanitarian coordinator for Sudan, Ingrid Solheimsen, had made a similar appeal "
     "from Port Sudan, asking both sides to open a safe route into the city for relief lorries.\n\n"
     "On Saturday an RSF barrage struck a busy market in the city, and local doctors now count 23 dead.\n\n"
     "Army aircraft also bombed paramilitary positions east of the city on Sunday, according to the military."),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt",
     "UN aid chief asks Sudan's warring sides for a safe route to trapped civilians\n\n"
     "PORT SUDAN, September 4, 2033 (Savannah Dispatch) - The United Nations' most senior humanitarian "
     "official in Sudan appealed on Sunday to the army and to the RSF to guarantee a corridor into El Fasher, "
     "saying grain stocks in the besieged city would be exhausted within weeks.\n\n"
     "\"Every day without access costs lives,\" Ingrid Solheimsen told journalists, adding that dozens of "
     "lorries packed by the World Food Programme sat idle in Tawila, a small town west of the city.\n\n"
     "Her plea came a day after RSF shells left at least 14 dead in a market in El Fasher.\n\n"
     "Government warplanes struck RSF positions outside the city on Sunday, the army said.\n\n"
     "Solheimsen's office said it had not yet heard back from either side."),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt",
     "Saudi Arabia and US propose week-long truce for El Fasher\n\n"
     "RIYADH, September 5, 2033 (Crescent Post) - The Saudi and US governments on Monday proposed a seven-day "
     "humanitarian truce around El Fasher and invited both Sudan's military and the RSF to send delegations to "
     "Jeddah to settle its terms.\n\n"
     "A joint statement issued by the two governments said the truce would allow relief convoys into the city "
     "and let the wounded be evacuated.\n\n"
     "Officials in Riyadh gave no date for the talks.\n\n"
     "The United Nations had called for a safe corridor into the city on Sunday.\n\n"
     "The African Union Commission chairperson made a comparable plea the same day.\n\n"
     "Residents reached by phone described a quieter Monday after Saturday's deadly shelling of the market."),
    ("2033-09-05_redseawire_adre-crossing-shut.txt",
     "Sudan shuts Adre crossing to relief traffic from Chad\n\n"
     "PORT SUDAN, September 5, 2033 (Redsea Wire) - The military-aligned administration in Port Sudan shut the "
     "Adre crossing on the Chadian frontier on Monday, saying it would remain closed until tighter inspection "
     "procedures were in place.\n\n"
     "The decision, announced by Humanitarian Aid Commission chief Salwa Bashir Elnour, came hours after "
     "Riyadh and Washington floated a week-long truce for the Darfur city.\n\n"
     "Adre is the main gateway used by UN agencies to move food from Chad into Darfur, and aid groups said "
     "more than 60 loaded trucks were now stuck on the Chadian side.\n\n"
     "The World Food Programme's country director, Mirela Sandoval-Haas, said the closure would delay "
     "deliveries that were badly needed.\n\n"
     "Authorities kept the same crossing closed for several months in 2024 before opening it again under "
     "international pressure."),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt",
     "RSF accepts Jeddah truce plan as army holds out\n\n"
     "NAIROBI, September 6, 2033 (Horn Ledger) - The RSF paramilitary announced on Tuesday that it accepted a "
     "Saudi-US proposal for a seven-day truce around El Fasher, while Sudan's army turned down the plan in its "
     "current form.\n\n"
     "In a statement read on RSF-run television, the group's adviser Adam Jibreel Tomsah said its forces would "
     "observe the truce from the moment it took effect.\n\n"
     "The army's rejection was announced by spokesman Nabil Osman Karrar at a news conference in Port Sudan.\n\n"
     "Karrar did not rule out sending a delegation to Jeddah.\n\n"
     "Diplomats said the Saudi and US mediators would press ahead with preparations for talks.\n\n"
     "The closure of the Adre crossing on Monday has left scores of aid trucks idling in Chad."),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt",
     "US envoy warns RSF commanders of sanctions over El Fasher aid\n\n"
     "WASHINGTON, September 6, 2033 (Meridian Newswire) - The US special envoy for Sudan, Corinne Maddox, "
     "warned on Tuesday that Washington would impose sanctions on Rapid Support Forces commanders who kept "
     "food and medicine from reaching El Fasher.\n\n"
     "\"Those who use hunger as a weapon will answer for it,\" Maddox told reporters at the State Department.\n\n"
     "Her warning came on the day the RSF said it would accept a week-long truce around the city.\n\n"
     "Sudan's army has so far refused the plan.\n\n"
     "The Treasury Department designated several RSF figures in 2024 over abuses in West Darfur."),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt",
     "Sudan's foes open indirect talks in Jeddah\n\n"
     "JEDDAH, September 7, 2033 (Savannah Dispatch) - Delegations representing the army and the RSF began "
     "indirect talks in Jeddah on Wednesday, with Saudi and American mediators shuttling between separate "
     "rooms at a seafront hotel.\n\n"
     "The army took part despite rejecting the truce plan a day earlier.\n\n"
     "Nawaf bin Saleh al-Ruwaili, the Saudi mediator, told reporters that the first session had focused on the "
     "road a relief convoy would take into El Fasher.\n\n"
     "Neither delegation spoke to the press.\n\n"
     "The talks opened a day after Washington threatened sanctions against RSF commanders obstructing aid.\n\n"
     "The Adre crossing, shut by the government on Monday, remained closed."),
    ("2033-09-07_sahelmonitor_envoys-sit-down.txt",
     "Army, RSF envoys sit down under Saudi-US mediation\n\n"
     "JEDDAH, September 7, 2033 (Sahel Monitor) - Negotiators for the Sudanese military and the RSF held a "
     "first session of talks brokered by Riyadh and Washington on Wednesday in the Red Sea port of Jeddah, "
     "seeking to agree the terms of a week-long humanitarian truce for El Fasher.\n\n"
     "The army delegation is led by Lieutenant General Babiker Hamid Eltoum, while the RSF team is headed by "
     "Adam Jibreel Tomsah, an adviser to the paramilitary leadership.\n\n"
     "A source close to the mediators said the two sides had not yet met face to face.\n\n"
     "Inside El Fasher, the streets were calm for a second straight day."),
    ("2033-09-08_crescentpost_truce-signed.txt",
     "Warring Sudanese sides sign seven-day El Fasher truce\n\n"
     "JEDDAH, September 8, 2033 (Crescent Post) - Envoys for Sudan's army and for the RSF signed a seven-day "
     "humanitarian truce for El Fasher in Jeddah on Thursday, the Saudi foreign ministry said.\n\n"
     "The truce takes effect at 0600 local time on Friday.\n\n"
     "Under its terms, relief convoys are to enter the city, forces are to hold their positions and prisoners "
     "taken since the siege began are to be exchanged.\n\n"
     "Delegates signed the text at a short ceremony attended by Nawaf bin Saleh al-Ruwaili and US envoy "
     "Corinne Maddox.\n\n"
     "The deal comes a day after the talks opened, and two days after the army had dismissed the mediators' "
     "first draft.\n\n"
     "Ruwaili said a follow-up committee would meet in Jeddah next week.\n\n"
     "People in El Fasher said they would believe in the truce when they saw lorries arrive."),
    ("2033-09-08_redseawire_truce-deal-reached.txt",
     "Truce deal reached for Sudan's El Fasher; aid to roll from Friday\n\n"
     "JEDDAH, September 8, 2033 (Redsea Wire) - Mediators announced on Thursday that Sudan's army and the RSF "
     "had agreed to a week-long truce around El Fasher, the besieged North Darfur capital, so that food and "
     "medicine can get in.\n\n"
     "Under the deal, the government will reopen the Adre crossing from Chad and the RSF will allow UN convoys "
     "past its checkpoints around the city.\n\n"
     "The army's chief negotiator, Lieutenant General Babiker Hamid Eltoum, signed for the military and RSF "
     "adviser Adam Jibreel Tomsah for the paramilitary.\n\n"
     "RSF shelling killed 23 people at a city market on Saturday.\n\n"
     "Army jets hit paramilitary positions the following day."),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt",
     "First aid convoy in months reaches besieged El Fasher\n\n"
     "EL FASHER, September 9, 2033 (Savannah Dispatch) - A convoy of 38 World Food Programme trucks carrying "
     "sorghum, lentils and medical kits rolled into El Fasher on Friday, the first relief to reach the "
     "besieged city since the spring, hours after a week-long truce took effect.\n\n"
     "Rapid Support Forces fighters waved the trucks through three checkpoints on the road from Tawila, a UN "
     "official travelling with the convoy said.\n\n"
     "The vehicles had waited for weeks in Tawila, some 60 kilometres west of the city.\n\n"
     "\"People were crying in the streets when the first lorry came through,\" said Dr Hawa Ishag Mohamedain "
     "of the Saudi Hospital.\n\n"
     "Separately, the government in Port Sudan reopened the Adre crossing from Chad early on Friday, four days "
     "after shutting it, clearing the way for further shipments.\n\n"
     "The truce, signed in Jeddah on Thursday, came into force at 0600 local time.\n\n"
     "No violations had been reported by nightfall."),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt",
     "Aid trucks enter El Fasher as truce takes hold\n\n"
     "EL FASHER, September 9, 2033 (Crescent Post) - A convoy of 38 World Food Programme lorries carrying "
     "sorghum, lentils and medical kits rolled into El Fasher on Friday, the first relief to reach the "
     "besieged city since the spring, hours after a week-long truce took effect.\n\n"
     "Rapid Support Forces fighters waved the trucks through three checkpoints on the road from Tawila, a UN "
     "official travelling with the convoy said.\n\n"
     "The vehicles had waited for weeks in Tawila, some 60 kilometres west of the city.\n\n"
     "Separately, the government in Port Sudan reopened the Adre crossing from Chad early on Friday, four days "
     "after shutting it, clearing the way for more shipments.\n\n"
     "The truce, signed in Jeddah on Thursday, came into force at 0600 local time."),
    ("2033-09-09_hornledger_adre-reopens.txt",
     "Sudan reopens Adre border post to aid traffic\n\n"
     "N'DJAMENA, September 9, 2033 (Horn Ledger) - Sudanese authorities lifted the ban on traffic through the "
     "Adre crossing on the border with Chad early on Friday, and Chadian customs officers said lorries had "
     "begun to queue at the gate.\n\n"
     "The crossing had been shut on Monday by the Port Sudan government, which said it needed time to tighten "
     "inspections.\n\n"
     "The reopening was one of the commitments in the Jeddah truce agreed on Thursday.\n\n"
     "Aid officials in N'Djamena said the crossing is the quickest route for food stocks held in eastern Chad."),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt",
     "Shelling shatters El Fasher truce on second day\n\n"
     "NAIROBI, September 10, 2033 (Meridian Newswire) - Shells fired from Rapid Support Forces positions north "
     "of El Fasher landed in the city's Daraja Oula district on Saturday, killing six people and wounding 11, "
     "the first serious breach of a humanitarian truce that began a day earlier.\n\n"
     "The army accused the paramilitary of breaking the ceasefire within 36 hours.\n\n"
     "The RSF in turn accused the army of launching drone strikes on its lines at dawn.\n\n"
     "The flare-up came a day after the first aid convoy in months, 41 trucks according to a revised WFP "
     "count, reached the city."),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt",
     "Army accuses RSF of breaching El Fasher truce\n\n"
     "PORT SUDAN, September 10, 2033 (Sahel Monitor) - The Sudanese military on Saturday accused the Rapid "
     "Support Forces of violating a day-old truce in El Fasher by shelling a residential district, and said "
     "six civilians had died.\n\n"
     "Spokesman Nabil Osman Karrar made the charge at a briefing in Port Sudan.\n\n"
     "An RSF statement blamed the army for the breach, saying military drones had targeted paramilitary lines "
     "north of the city.\n\n"
     "The truce took effect on Friday, the day a WFP convoy reached El Fasher."),
    ("2033-09-11_redseawire_jets-strike-rsf.txt",
     "Sudanese jets strike RSF near El Fasher, straining truce\n\n"
     "PORT SUDAN, September 11, 2033 (Redsea Wire) - Sudanese military aircraft bombed Rapid Support Forces "
     "positions north and east of El Fasher on Sunday, the army said.\n\n"
     "The military described the raids as retaliation.\n\n"
     "On Saturday, RSF shells killed six people in Daraja Oula, a residential quarter, according to the army.\n\n"
     "The army gave no casualty figures.\n\n"
     "The truce, due to run until Friday, has not been formally abandoned by either side."),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt",
     "UN chief urges Sudan's rivals to save El Fasher truce\n\n"
     "NEW YORK, September 11, 2033 (Savannah Dispatch) - On Sunday the world body's secretary-general pressed "
     "Sudan's army and its paramilitary rival to honour the truce they signed in Jeddah and to keep aid routes "
     "into El Fasher open.\n\n"
     "A spokesman for the Secretary-General, Stefan Oyelaran, read the statement to reporters at UN "
     "headquarters.\n\n"
     "The appeal followed army air strikes on paramilitary lines around El Fasher earlier on Sunday.\n\n"
     "On Saturday, six people died when shells hit a residential district of the city."),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt",
     "US sanctions two RSF commanders over El Fasher aid blockade\n\n"
     "WASHINGTON, September 12, 2033 (Meridian Newswire) - The US Treasury on Monday slapped sanctions on two "
     "senior Rapid Support Forces commanders over the blockade of El Fasher, freezing whatever property the "
     "pair own under US jurisdiction.\n\n"
     "The Office of Foreign Assets Control named Major General Yousif Tagal Haroun, who leads RSF forces on "
     "the El Fasher front, and Brigadier General Abdelrahim Koko Barsham, a logistics chief.\n\n"
     "The move came six days after US envoy Corinne Maddox warned that Washington would punish commanders who "
     "kept food out of the city.\n\n"
     "The RSF did not immediately comment."),
    ("2033-09-12_crescentpost_washington-blacklists.txt",
     "Washington blacklists RSF's El Fasher commander\n\n"
     "CAIRO, September 12, 2033 (Crescent Post) - The United States on Monday blacklisted Yousif Tagal Haroun, "
     "the Rapid Support Forces general commanding the siege of El Fasher, along with a second RSF officer, "
     "barring US persons from dealing with them.\n\n"
     "Haroun has led the group's operations in North Darfur since 2031.\n\n"
     "The designations were announced a day after Sudanese jets bombed paramilitary positions around the city.\n\n"
     "Aid workers in the city said a second, smaller convoy was expected this week."),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt",
     "Jeddah talks resume as El Fasher truce frays\n\n"
     "JEDDAH, September 12, 2033 (Horn Ledger) - Army and Rapid Support Forces negotiators returned to the "
     "table in Jeddah on Monday for a second round of Saudi-US-mediated talks, this time on how to police the "
     "faltering truce around El Fasher.\n\n"
     "Mediators said the sides also discussed the prisoner exchange.\n\n"
     "The first round, which opened last Wednesday, ended with the seven-day truce being signed.\n\n"
     "The new session opened hours after the US imposed sanctions on two RSF commanders."),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt",
     "Sudan's army and RSF swap prisoners under Red Cross watch\n\n"
     "NAIROBI, September 13, 2033 (Sahel Monitor) - Sudan's army and its paramilitary foe exchanged 120 "
     "prisoners on Tuesday in a handover supervised by Red Cross staff near Tawila, west of El Fasher.\n\n"
     "The army freed 64 RSF fighters and the paramilitary released 56 soldiers and allied fighters, according "
     "to the ICRC.\n\n"
     "Pascale Rieder, who heads the ICRC delegation in Sudan, said many of the detainees needed medical care.\n\n"
     "Both sides had committed to the release of captives in the Jeddah truce deal last Thursday.\n\n"
     "It came one day after the rival delegations reopened talks in Jeddah."),
    ("2033-09-13_redseawire_detainees-freed.txt",
     "134 detainees freed in first El Fasher prisoner swap\n\n"
     "PORT SUDAN, September 13, 2033 (Redsea Wire) - Sudan's armed forces and the RSF freed a total of 134 "
     "captives on Tuesday in a Red Cross-brokered exchange outside El Fasher, officials on both sides said.\n\n"
     "The army's figures showed 70 paramilitary fighters handed back, while the RSF said it had released 64 "
     "soldiers.\n\n"
     "The ICRC said it could not yet confirm the final count.\n\n"
     "The swap was among the pledges in the truce deal signed in Jeddah last Thursday.\n\n"
     "Washington sanctioned a pair of RSF generals on Monday over the blockade of the city."),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt",
     "El Fasher truce holds shakily as week of diplomacy nears end\n\n"
     "PORT SUDAN, September 14, 2033 (Savannah Dispatch) - Residents of El Fasher reported a quiet night on "
     "Tuesday as a week-long humanitarian truce entered its sixth day, a day after the two forces handed over "
     "prisoners to each other.\n\n"
     "The truce was signed in Jeddah last Thursday after Riyadh and Washington proposed it on September 5.\n\n"
     "A WFP convoy of 41 trucks reached the city on Friday, the first in months.\n\n"
     "The government lifted the Adre closure the same day.\n\n"
     "Paramilitary shelling killed six residents on Saturday.\n\n"
     "Army aircraft bombed RSF lines the following day.\n\n"
     "On Monday the US Treasury penalised two RSF commanders, including the officer leading the siege.\n\n"
     "Mediators plan to meet in Jeddah next week to discuss extending the truce beyond Friday.\n\n"
     "A second aid convoy is due to leave Tawila on Thursday, the WFP said."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-09-03", "RSF artillery hits a packed El Fasher market"),
    "A02": (("ASSAULT",), "2033-09-04", "Army jets bomb RSF positions east of El Fasher and near Mellit"),
    "A03": (("REQUEST",), "2033-09-04",
            "UN humanitarian coordinator appeals to both sides for a corridor into El Fasher"),
    "A04": (("REQUEST",), "2033-09-04", "AU Commission chairperson urges both sides to pause fighting for aid"),
    "A05": (("REQUEST",), "2033-09-05", "Saudi Arabia and the US propose a seven-day truce and talks in Jeddah"),
    "A06": (("SANCTION", "COERCE"), "2033-09-05", "Port Sudan government closes the Adre crossing with Chad"),
    "A07": (("AGREE", "CONCEDE"), "2033-09-06", "RSF accepts the Saudi-US truce proposal"),
    "A08": (("REJECT",), "2033-09-06", "Army rejects the Saudi-US truce proposal"),
    "A09": (("THREATEN",), "2033-09-06", "US envoy threatens sanctions on RSF commanders blocking aid"),
    "A10": (("CONSULT",), "2033-09-07", "Army and RSF delegations open indirect talks in Jeddah"),
    "A11": (("AGREE",), "2033-09-08", "Army and RSF sign a seven-day humanitarian truce in Jeddah"),
    "A12": (("CONCEDE",), "2033-09-09", "Port Sudan government reopens the Adre crossing"),
    "A13": (("CONCEDE",), "2033-09-09", "RSF allows the WFP lorries past its checkpoints"),
    "A14": (("AID",), "2033-09-09", "WFP convoy delivers food and medical kits to El Fasher"),
    "A15": (("ASSAULT",), "2033-09-10", "RSF shells the Daraja Oula district of El Fasher"),
    "A16": (("ACCUSE",), "2033-09-10", "Army charges the RSF with violating the truce"),
    "A17": (("ACCUSE",), "2033-09-10", "RSF blames army drone strikes for the truce breach"),
    "A18": (("ASSAULT",), "2033-09-11", "Army aircraft bomb RSF lines around El Fasher"),
    "A19": (("REQUEST",), "2033-09-11", "UN Secretary-General calls on both sides to honour the truce"),
    "A20": (("SANCTION",), "2033-09-12", "US Treasury sanctions two RSF commanders"),
    "A21": (("CONSULT",), "2033-09-12", "Army and RSF negotiators meet again in Jeddah for round two"),
    "A22": (("CONCEDE", "COOPERATE"), "2033-09-13", "Army and RSF exchange prisoners under ICRC supervision"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-09-03_redseawire_el-fasher-market-shelled.txt", "A01", "Shells slam El Fasher market"),
    ("2033-09-03_redseawire_el-fasher-market-shelled.txt", "A01", "tore through a packed"),
    ("2033-09-03_redseawire_el-fasher-market-shelled.txt", "A01", "Rounds began landing shortly after"),
    ("2033-09-03_hornledger_shells-slam-market.txt", "A01", "Shells slam El Fasher market"),
    ("2033-09-03_hornledger_shells-slam-market.txt", "A01", "tore through a packed"),
    ("2033-09-03_hornledger_shells-slam-market.txt", "A01", "Rounds began landing shortly after"),
    ("2033-09-04_sahelmonitor_army-jets-pound-rsf.txt", "A02", "army jets pound RSF lines"),
    ("2033-09-04_sahelmonitor_army-jets-pound-rsf.txt", "A02", "jets bombed Rapid Support Forces positions"),
    ("2033-09-04_sahelmonitor_army-jets-pound-rsf.txt", "A02", "the raids destroyed armoured vehicles"),
    ("2033-09-04_sahelmonitor_army-jets-pound-rsf.txt", "A01", "Saturday's shelling of the market"),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt", "A04", "African Union chief seeks humanitarian pause"),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt", "A04", "on Sunday urged Sudan's army"),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt", "A03", "had made a similar appeal"),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt", "A01", "an RSF barrage struck a busy market"),
    ("2033-09-04_meridiannewswire_au-chief-seeks-pause.txt", "A02", "Army aircraft also bombed paramilitary positions"),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt", "A03", "UN aid chief asks"),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt", "A03", "appealed on Sunday to the army"),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt", "A03", "Her plea came"),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt", "A01", "RSF shells left at least 14 dead"),
    ("2033-09-04_savannahdispatch_un-aid-chief-asks-route.txt", "A02", "Government warplanes struck RSF positions"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A05", "propose week-long truce"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A05", "on Monday proposed a seven-day"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A05", "A joint statement issued"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A03", "had called for a safe corridor"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A04", "made a comparable plea"),
    ("2033-09-05_crescentpost_saudi-us-truce-proposal.txt", "A01", "Saturday's deadly shelling"),
    ("2033-09-05_redseawire_adre-crossing-shut.txt", "A06", "Sudan shuts Adre crossing"),
    ("2033-09-05_redseawire_adre-crossing-shut.txt", "A06", "shut the Adre crossing on the Chadian frontier"),
    ("2033-09-05_redseawire_adre-crossing-shut.txt", "A06", "The decision, announced by"),
    ("2033-09-05_redseawire_adre-crossing-shut.txt", "A05", "floated a week-long truce"),
    ("2033-09-05_redseawire_adre-crossing-shut.txt", "A06", "said the closure would delay"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A07", "RSF accepts Jeddah truce plan"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A08", "as army holds out"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A07", "announced on Tuesday that it accepted"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A08", "turned down the plan"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A07", "said its forces would observe the truce"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A08", "The army's rejection was announced"),
    ("2033-09-06_hornledger_rsf-accepts-army-holds-out.txt", "A06", "The closure of the Adre crossing on Monday"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A09", "US envoy warns RSF commanders"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A09", "warned on Tuesday that Washington"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A09", "will answer for it"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A09", "Her warning came"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A07", "the RSF said it would accept"),
    ("2033-09-06_meridiannewswire_envoy-warns-rsf.txt", "A08", "has so far refused the plan"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A10", "open indirect talks in Jeddah"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A10", "began indirect talks in Jeddah"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A10", "The army took part"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A08", "rejecting the truce plan a day earlier"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A10", "the first session had focused"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A10", "The talks opened a day after"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A09", "Washington threatened sanctions"),
    ("2033-09-07_savannahdispatch_jeddah-talks-open.txt", "A06", "shut by the government on Monday"),
    ("2033-09-07_sahelmonitor_envoys-sit-down.txt", "A10", "envoys sit down under"),
    ("2033-09-07_sahelmonitor_envoys-sit-down.txt", "A10", "held a first"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A11", "sign seven-day El Fasher truce"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A11", "signed a seven-day"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A11", "Delegates signed the text"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A11", "The deal comes"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A10", "after the talks opened"),
    ("2033-09-08_crescentpost_truce-signed.txt", "A08", "had dismissed the mediators' first"),
    ("2033-09-08_redseawire_truce-deal-reached.txt", "A11", "Truce deal reached"),
    ("2033-09-08_redseawire_truce-deal-reached.txt", "A11", "had agreed to a week-long truce"),
    ("2033-09-08_redseawire_truce-deal-reached.txt", "A11", "signed for the military"),
    ("2033-09-08_redseawire_truce-deal-reached.txt", "A01", "killed 23 people at a city market"),
    ("2033-09-08_redseawire_truce-deal-reached.txt", "A02", "Army jets hit paramilitary positions"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A14", "First aid convoy in months reaches"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A14", "rolled into El Fasher on Friday"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A13", "waved the trucks through"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A14", "when the first lorry came through"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A12", "reopened the Adre crossing from Chad"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A06", "four days after shutting it"),
    ("2033-09-09_savannahdispatch_convoy-reaches-el-fasher.txt", "A11", "signed in Jeddah on Thursday"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A14", "Aid trucks enter El Fasher"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A14", "rolled into El Fasher on Friday"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A13", "waved the trucks through"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A12", "reopened the Adre crossing from Chad"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A06", "four days after shutting it"),
    ("2033-09-09_crescentpost_aid-trucks-enter.txt", "A11", "signed in Jeddah on Thursday"),
    ("2033-09-09_hornledger_adre-reopens.txt", "A12", "reopens Adre border post"),
    ("2033-09-09_hornledger_adre-reopens.txt", "A12", "lifted the ban on traffic"),
    ("2033-09-09_hornledger_adre-reopens.txt", "A06", "had been shut on Monday"),
    ("2033-09-09_hornledger_adre-reopens.txt", "A12", "The reopening was one of"),
    ("2033-09-09_hornledger_adre-reopens.txt", "A11", "the Jeddah truce agreed on Thursday"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A15", "Shelling shatters El Fasher truce"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A15", "landed in the city's Daraja Oula district"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A16", "The army accused the paramilitary"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A17", "in turn accused the army"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A15", "The flare-up came"),
    ("2033-09-10_meridiannewswire_shelling-shatters-truce.txt", "A14", "41 trucks according to a revised WFP count"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A16", "Army accuses RSF of breaching"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A16", "on Saturday accused the Rapid Support Forces"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A15", "by shelling a residential district"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A16", "made the charge at a briefing"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A17", "An RSF statement blamed the army"),
    ("2033-09-10_sahelmonitor_army-accuses-rsf.txt", "A14", "the day a WFP convoy reached"),
    ("2033-09-11_redseawire_jets-strike-rsf.txt", "A18", "Sudanese jets strike RSF near El Fasher"),
    ("2033-09-11_redseawire_jets-strike-rsf.txt", "A18", "aircraft bombed Rapid Support Forces positions"),
    ("2033-09-11_redseawire_jets-strike-rsf.txt", "A18", "described the raids as retaliation"),
    ("2033-09-11_redseawire_jets-strike-rsf.txt", "A15", "RSF shells killed six people"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A19", "UN chief urges Sudan's rivals"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A19", "the world body's secretary-general pressed"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A11", "the truce they signed in Jeddah"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A19", "read the statement to reporters"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A19", "The appeal followed"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A18", "army air strikes on paramilitary lines"),
    ("2033-09-11_savannahdispatch_un-chief-urges-rivals.txt", "A15", "six people died when shells hit"),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt", "A20", "US sanctions two RSF commanders"),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt", "A20", "on Monday slapped sanctions"),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt", "A20", "The Office of Foreign Assets Control named"),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt", "A20", "The move came six days after"),
    ("2033-09-12_meridiannewswire_treasury-sanctions.txt", "A09", "warned that Washington would punish"),
    ("2033-09-12_crescentpost_washington-blacklists.txt", "A20", "Washington blacklists"),
    ("2033-09-12_crescentpost_washington-blacklists.txt", "A20", "on Monday blacklisted"),
    ("2033-09-12_crescentpost_washington-blacklists.txt", "A20", "The designations were announced"),
    ("2033-09-12_crescentpost_washington-blacklists.txt", "A18", "Sudanese jets bombed paramilitary positions"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A21", "Jeddah talks resume"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A21", "returned to the table in Jeddah"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A21", "the sides also discussed"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A10", "which opened last Wednesday"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A11", "ended with the seven-day truce being signed"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A21", "The new session opened"),
    ("2033-09-12_hornledger_jeddah-talks-resume.txt", "A20", "the US imposed sanctions on two"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A22", "swap prisoners under Red Cross watch"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A22", "exchanged 120 prisoners"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A22", "The army freed 64 RSF fighters"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A11", "had committed to the release of captives"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A22", "It came one day after"),
    ("2033-09-13_sahelmonitor_prisoners-swapped.txt", "A21", "reopened talks in Jeddah"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A22", "134 detainees freed"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A22", "freed a total of 134"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A22", "70 paramilitary fighters handed back"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A22", "The swap was among the pledges"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A11", "truce deal signed in Jeddah"),
    ("2033-09-13_redseawire_detainees-freed.txt", "A20", "Washington sanctioned a pair of RSF generals"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A22", "handed over prisoners to each other"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A11", "The truce was signed in Jeddah"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A05", "proposed it on September"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A14", "A WFP convoy of 41 trucks"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A12", "lifted the Adre closure"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A15", "Paramilitary shelling killed six residents"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A18", "Army aircraft bombed RSF lines"),
    ("2033-09-14_savannahdispatch_truce-holds-shakily.txt", "A20", "the US Treasury penalised two RSF commanders"),
]

FLOORS = {"pairwise_f1": 0.87, "b3_f1": 0.9, "reports_found": 0.53}


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
