"""Thirty-eighth blind incident batch: unrest in New Caledonia over ten days (October 3-12, 2033).

Written on 2026-12-02, before the coder was run on any of it. The crisis: riots break out in Noumea on the
night the National Assembly in Paris votes to open New Caledonia's provincial electoral rolls; France declares
a state of emergency and imposes a night curfew; gendarmes are flown in from France in two airlifts four days
apart; the interior minister threatens to jail the riot organisers and police later arrest eleven independence
leaders; a gendarme is shot dead at a roadblock (the toll of the unrest is revised from four to five, the
wounded from two to three); pro-independence groups block the roads around the capital; Vanuatu's prime
minister and the Pacific Islands Forum call for dialogue on the same day; France accuses Azerbaijan of stoking
the unrest and Baku rejects the charge; France flies in food and medicine; France's president visits Noumea,
holds talks with both camps and pledges not to force the reform through; three detainees are freed and the
curfew is eased a week after it was imposed; Vanuatu welcomes the visit.

Everything in it is synthetic: the outlets (Ridgeline Press, Gulf Courier, Kestrel News Agency, Tasman
Bulletin, Outrigger Post, Southern Cross Wire) and the people are invented, the countries and places are real,
the events never happened and the dates lie in the future. One report is a verbatim syndicated copy (another
outlet's dateline credit and a closing credit line "This report first appeared in Gulf Courier."), one is a
lightly edited copy.

Gold conventions. An act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the codebook (CAMEO2PLOVER-2021) gives it and
the day it happened. REPORTS lists every sentence (headlines included) of every document that reports an act
that happened, background recaps in later reports and quotes that tell the act included, each with a verbatim
cue found once in its file; a sentence may report two acts of different types, never two of the same type. Not
listed: planned, expected or promised acts that have not happened (the promise itself is an AGREE act, a
threat a THREATEN act, a demand a REQUEST act), denied, conditional or hypothetical acts, acts more than a
year before, statistics and tallies, opinions. Look-alikes that are separate acts: the two airlifts of
gendarmes (October 5 and 9); the riots (October 3) and the roadblocks (October 6); the two calls for dialogue
on October 7 (Vanuatu, the Forum); the threat to jail the organisers (October 5) and the arrests (October 8);
the second airlift and the aid flight on the same day; the curfew imposed (October 4) and eased (October 11).

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold reports with at least one
mapped event. Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests
(with /tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the twelfth 2026-12-02 session, 3f400d4, whose code is 8ef1514 (written
to be read), with `figures`: **pairwise F1 0.779** (precision 0.971, recall 0.650), B-cubed F1 0.824, reports
found 0.687.
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
    ("2033-10-04_ridgeline_noumea-riots.txt",
     "Riots sweep Noumea after Paris vote on New Caledonia voter rolls\n\n"
     "NOUMEA, October 4, 2033 (Ridgeline Press) - Young independence supporters rioted across Noumea on "
     "Monday night, burning warehouses, a pharmacy and dozens of cars hours after French lawmakers backed a "
     "change to who may vote in New Caledonia's provincial elections.\n\n"
     "Paris put the Pacific territory under emergency rule on Tuesday and told residents to stay indoors "
     "after dark.\n\n"
     "The reform approved in Paris would let people who have lived on the islands for ten years take part in "
     "provincial polls, a shift that Kanak leaders say would dilute the indigenous vote.\n\n"
     "\"Everybody here knew this vote would end badly,\" said a youth worker in the Saint-Louis district, "
     "Yannick, 34.\n\n"
     "Smoke still hung over the Magenta and Ducos neighbourhoods at midday on Tuesday, and long queues "
     "formed outside the few supermarkets that opened.\n\n"
     "New Caledonia, a French possession since 1853, voted to remain part of France in three referendums "
     "held between 2018 and 2021, the last of them boycotted by the independence camp."),
    ("2033-10-04_gulfcourier_emergency-rule.txt",
     "France imposes emergency rule and curfew on New Caledonia\n\n"
     "PARIS, October 4, 2033 (Gulf Courier) - France placed New Caledonia under emergency rule on Tuesday "
     "and ordered a night-time curfew across greater Noumea, after a night of rioting that left parts of the "
     "city in ashes.\n\n"
     "Rioters set fire to warehouses, a school and car dealerships in the capital and in neighbouring Dumbea "
     "on Monday night, while youths armed with slingshots faced riot police until the early hours.\n\n"
     "Under emergency rule, the high commissioner may ban gatherings, search homes and restrict travel for "
     "up to twelve days, government spokeswoman Agnes Lemercier said.\n\n"
     "\"Nobody in government expected the night to turn this violent,\" Lemercier told reporters.\n\n"
     "The National Assembly voted 351 to 153 on Monday to widen the electorate for provincial elections, a "
     "reform that independence parties have long opposed."),
    ("2033-10-04_kestrel_noumea-unrest.txt",
     "Night of fire in Noumea leaves shops looted and cars burned\n\n"
     "NOUMEA, October 4, 2033 (Kestrel News Agency) - Hundreds of masked youths took to the streets of the "
     "New Caledonian capital late on Monday, looting shops and torching vehicles in the worst unrest the "
     "territory has seen in four decades.\n\n"
     "Authorities said two civilians had died during the night, without giving details, and that hospitals "
     "had treated more than 80 people.\n\n"
     "\"It was like a war film, we heard explosions until dawn,\" said Marie-Therese Kaloi, 52, who lives "
     "near a burned-out car dealership in Magenta.\n\n"
     "The violence erupted as the National Assembly in Paris approved a bill on voter eligibility that its "
     "backers say corrects an electoral roll frozen since 2007.\n\n"
     "Many young Kanaks in the suburbs are out of work, and a third left school without a diploma, according "
     "to a 2031 provincial survey.\n\n"
     "Business owners put their losses at several hundred million euros."),
    ("2033-10-05_tasman_gendarmes-arrive.txt",
     "First wave of French gendarmes lands in riot-hit New Caledonia\n\n"
     "NOUMEA, October 5, 2033 (Tasman Bulletin) - France airlifted 480 gendarmes and riot police to New "
     "Caledonia on Wednesday, the first reinforcements sent to the Pacific territory since the state of "
     "emergency was declared.\n\n"
     "Two military transport planes carrying the officers touched down at La Tontouta airport after a "
     "refuelling stop in the United Arab Emirates, the interior ministry said.\n\n"
     "Security forces on the archipelago now number about 2,200, a figure officials said would keep "
     "rising.\n\n"
     "A curfew ordered on Tuesday remained in force from 6 in the evening to 6 in the morning.\n\n"
     "The streets of central Noumea were largely empty on Wednesday, though fires still smouldered in the "
     "industrial zone of Ducos.\n\n"
     "\"We have enough for two or three days, then I don't know,\" said Jacques Poigoune, a pensioner "
     "queuing for bread outside one of the few bakeries still open."),
    ("2033-10-05_ridgeline_minister-warning.txt",
     "French minister warns riot organisers they face arrest\n\n"
     "PARIS, October 5, 2033 (Ridgeline Press) - Interior Minister Helene Carrard warned on Wednesday that "
     "the organisers of the riots in New Caledonia would be found and put behind bars.\n\n"
     "\"Those who pulled the strings from behind will answer for it before the courts, every one of them,\" "
     "Carrard told the Senate.\n\n"
     "The Unity Action Committee, a pro-independence coalition, was founded last year to campaign against "
     "the electoral reform.\n\n"
     "On the same day, the first of several planned reinforcement flights landed in Noumea with 480 "
     "gendarmes on board.\n\n"
     "Two civilians have died in the unrest, and the government puts the damage at 600 million euros."),
    ("2033-10-05_outrigger_curfew-night.txt",
     "Silent streets and broken glass: Noumea takes stock\n\n"
     "NOUMEA, October 5, 2033 (Outrigger Post) - Noumea spent its first night under curfew in almost forty "
     "years on Tuesday, with roundabouts deserted and residents confined to their homes from dusk.\n\n"
     "The curfew, imposed by Paris on Tuesday together with emergency powers, runs from 6 in the evening "
     "until 6 the next morning.\n\n"
     "It was last used in 1985, during a decade of violent clashes between Kanak separatists and loyalists "
     "known locally as \"the Events\".\n\n"
     "In the Riviere-Salee district, where rioters burned a school and a medical centre on Monday night, "
     "families swept up glass in front of blackened buildings.\n\n"
     "\"My children ask me whether the war has come back,\" said Angele Wenehoua, a nurse and mother of "
     "three.\n\n"
     "The territory's main hospital said it had treated 94 people for injuries since the unrest began, "
     "most of them for burns and cuts."),
    ("2033-10-06_gulfcourier_gendarme-killed.txt",
     "Gendarme shot dead at roadblock as New Caledonia unrest spreads\n\n"
     "NOUMEA, October 6, 2033 (Gulf Courier) - A French gendarme was shot dead on Thursday at a roadblock in "
     "Plum, a village in the commune of Mont-Dore south of Noumea, and two of his colleagues were wounded, "
     "officials said.\n\n"
     "The 24-year-old was hit in the head by a bullet fired from a wooded hillside as his unit tried to "
     "clear burning tyres from the road, according to the high commission.\n\n"
     "The toll of the unrest now stands at four dead, three of them civilians.\n\n"
     "Pro-independence activists threw up barricades of burnt cars, tree trunks and tyres on Thursday on the "
     "main roads out of Noumea, cutting the capital off from its international airport.\n\n"
     "\"He had been on the island for eleven days,\" a gendarmerie officer in Noumea said.\n\n"
     "About 3,000 foreign tourists, most of them Australians and New Zealanders, are stranded on the "
     "island."),
    ("2033-10-06_southerncross_azerbaijan-blamed.txt",
     "France accuses Azerbaijan of fanning New Caledonia unrest\n\n"
     "PARIS, October 6, 2033 (Southern Cross Wire) - France on Thursday accused Azerbaijan of stirring up "
     "the riots in New Caledonia, saying Baku had flooded social networks with fake accounts that urged "
     "young Kanaks to fight.\n\n"
     "\"Azerbaijan is feeding this fire, and we have the evidence,\" Interior Minister Helene Carrard said "
     "on a morning radio programme.\n\n"
     "Carrard, who a day earlier had vowed to jail the riot organisers, did not say what the evidence "
     "was.\n\n"
     "Paris and Baku have been at odds since 2023 over French support for Armenia.\n\n"
     "Researchers at a Paris university said they had traced hundreds of posts about New Caledonia to "
     "accounts created in the past month.\n\n"
     "Azerbaijan's embassy in Paris had not replied to emailed questions by Thursday evening."),
    ("2033-10-06_kestrel_plum-shooting.txt",
     "Sniper kills French gendarme near Noumea; Paris points finger at Baku\n\n"
     "NOUMEA, October 6, 2033 (Kestrel News Agency) - A sniper killed a French gendarme on Thursday near a "
     "barricade south of the New Caledonian capital, as the death toll from four days of unrest climbed to "
     "four.\n\n"
     "The officer, aged 24, was struck while dismantling the barricade in the village of Plum, and two "
     "others were slightly hurt, the high commission said.\n\n"
     "In Paris, Interior Minister Helene Carrard blamed Azerbaijan for fuelling the revolt, saying Baku was "
     "\"interfering in French affairs\".\n\n"
     "Pro-independence groups kept up a string of roadblocks on Thursday around Noumea and in the towns of "
     "Dumbea and Paita, letting through only ambulances.\n\n"
     "\"Our people are exhausted, they sleep in their vans,\" said a police union official in Noumea.\n\n"
     "Nickel, the territory's main export, accounts for about a fifth of its economy, and the industry was "
     "already in crisis before the riots."),
    ("2033-10-07_tasman_roadblocks-noumea.txt",
     "Barricades choke Noumea as death toll rises to five\n\n"
     "NOUMEA, October 7, 2033 (Tasman Bulletin) - Dozens of barricades put up by pro-independence militants "
     "on Thursday still cut Noumea off from its airport and from the north of the main island on Friday.\n\n"
     "The high commission said on Friday that the death toll from the unrest had risen to five.\n\n"
     "Among the dead is a gendarme shot near a barricade in Plum on Thursday, an attack in which three of "
     "his colleagues were also wounded, according to an updated account from the gendarmerie.\n\n"
     "Commercial flights remained cancelled, and fuel was running short at petrol stations across the "
     "capital.\n\n"
     "\"They want Paris to hear them, and this is the only language Paris listens to,\" said Patrice Digoue, "
     "31, standing beside a barricade of pallets and a burned-out bus in the Kamere district.\n\n"
     "Kanaks make up about 41 percent of the territory's 270,000 people, according to the 2019 census."),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt",
     "Vanuatu leader urges Paris to drop New Caledonia voting reform\n\n"
     "PORT VILA, October 7, 2033 (Outrigger Post) - Vanuatu's prime minister on Friday called on France to "
     "withdraw the electoral reform that set off the unrest in New Caledonia and to reopen talks with Kanak "
     "leaders.\n\n"
     "\"Our Kanak brothers and sisters must be heard, not silenced by force,\" Prime Minister Sethy Warakai "
     "told parliament in Port Vila.\n\n"
     "In Suva, Pacific Islands Forum Secretary General Losana Vuki also urged dialogue, saying the region "
     "could not afford \"another decade of bloodshed\".\n\n"
     "Warakai's appeal came a day after a gendarme was shot dead near Noumea, the fourth death of the "
     "unrest.\n\n"
     "Vanuatu, which won independence from joint British and French rule in 1980, has long backed the Kanak "
     "cause at the United Nations.\n\n"
     "The Melanesian Spearhead Group, which brings together Vanuatu, Fiji, Papua New Guinea, the Solomon "
     "Islands and New Caledonia's FLNKS, is due to meet in Honiara next month."),
    ("2033-10-07_ridgeline_baku-rejects.txt",
     "Azerbaijan rejects French claims of meddling in New Caledonia\n\n"
     "BAKU, October 7, 2033 (Ridgeline Press) - Azerbaijan on Friday rejected as \"baseless and insulting\" "
     "French accusations that it had stoked the riots in New Caledonia.\n\n"
     "\"Azerbaijan has nothing to do with events in New Caledonia, and Paris knows it,\" foreign ministry "
     "spokesman Rauf Aliyarli told reporters.\n\n"
     "French Interior Minister Helene Carrard had said on Thursday that Baku was behind a wave of online "
     "posts urging young Kanaks to rise up.\n\n"
     "Relations between the two countries have soured since France began selling arms to Armenia in 2023.\n\n"
     "A Baku-based group calling itself the Forum Against Colonialism has hosted New Caledonian "
     "independence activists at several gatherings since 2023."),
    ("2033-10-07_southerncross_forum-appeal.txt",
     "Pacific forum chief calls for calm and talks over New Caledonia\n\n"
     "SUVA, October 7, 2033 (Southern Cross Wire) - The head of the Pacific Islands Forum on Friday urged "
     "France and New Caledonia's independence movement to put away their weapons and sit at one table, "
     "saying the crisis could spill across the region.\n\n"
     "\"No one wins a fight like this one, and the people of New Caledonia have suffered enough,\" Secretary "
     "General Losana Vuki said in a statement issued in Suva.\n\n"
     "Earlier on Friday, Vanuatu's Prime Minister Sethy Warakai had asked Paris to drop the reform and "
     "return to negotiations.\n\n"
     "France is a dialogue partner of the forum and has sought closer ties with Pacific island states as "
     "China's influence in the region has grown.\n\n"
     "About 3,000 Australian and New Zealand tourists remain stuck on the island, according to their "
     "governments."),
    ("2033-10-08_gulfcourier_leaders-arrested.txt",
     "French police arrest pro-independence leaders in New Caledonia\n\n"
     "NOUMEA, October 8, 2033 (Gulf Courier) - French police arrested eleven leaders of a pro-independence "
     "coalition in dawn raids across Noumea on Saturday, days after the interior minister vowed to jail "
     "those behind the riots.\n\n"
     "Among those detained was Remi Toura, the spokesman of the Unity Action Committee, who was taken from "
     "his home in the Vallee-du-Tir district, his lawyer said.\n\n"
     "\"My client was asleep next to his children when they came,\" said the lawyer, Sandrine Kowi.\n\n"
     "The committee has coordinated many of the barricades that have blocked roads around the capital since "
     "Thursday.\n\n"
     "Calm returned to parts of Noumea on Saturday, but the road to the airport remained closed.\n\n"
     "Five people have died since the unrest began on October 3."),
    ("2033-10-08_tasman_leaders-arrested.txt",
     "French police arrest pro-independence leaders in New Caledonia\n\n"
     "NOUMEA, October 8, 2033 (Tasman Bulletin) - French police arrested eleven leaders of a "
     "pro-independence coalition in dawn raids across Noumea on Saturday, days after the interior minister "
     "vowed to jail those behind the riots.\n\n"
     "Among those detained was Remi Toura, the spokesman of the Unity Action Committee, who was taken from "
     "his home in the Vallee-du-Tir district, his lawyer said.\n\n"
     "\"My client was asleep next to his children when they came,\" said the lawyer, Sandrine Kowi.\n\n"
     "The committee has coordinated many of the barricades that have blocked roads around the capital since "
     "Thursday.\n\n"
     "Calm returned to parts of Noumea on Saturday, but the road to the airport remained closed.\n\n"
     "Five people have died since the unrest began on October 3.\n\n"
     "This report first appeared in Gulf Courier."),
    ("2033-10-09_outrigger_second-airlift.txt",
     "France sends 600 more gendarmes to New Caledonia\n\n"
     "NOUMEA, October 9, 2033 (Outrigger Post) - A second airlift of French security forces landed in New "
     "Caledonia on Sunday, bringing in 600 more gendarmes as the authorities try to clear the barricades "
     "that still cut off parts of Noumea.\n\n"
     "A first group of 480 gendarmes arrived on Wednesday aboard military transport planes.\n\n"
     "A chartered cargo plane also delivered 35 tonnes of flour, powdered milk and medicines sent by the "
     "French government for residents cut off by the blockades.\n\n"
     "The new contingent landed a day after police detained eleven leaders of the Unity Action Committee in "
     "a series of raids.\n\n"
     "President Laurent Vasseur is expected to arrive in Noumea on Monday for talks with local leaders, his "
     "office said.\n\n"
     "\"We need the roads open before anything else, people are running out of insulin,\" said Estelle "
     "Hmae, a pharmacist in the Magenta district."),
    ("2033-10-09_southerncross_food-flight.txt",
     "Aid flight brings food and medicine to blockaded Noumea\n\n"
     "NOUMEA, October 9, 2033 (Southern Cross Wire) - A cargo plane loaded with food and medical supplies "
     "from mainland France landed at La Tontouta on Sunday, the first relief shipment since barricades went "
     "up across greater Noumea on Thursday.\n\n"
     "The 35-tonne shipment included flour, milk powder, insulin and dialysis kits, Overseas Territories "
     "Minister Paul Demarcq said in Paris.\n\n"
     "The same airport received 600 additional gendarmes on Sunday, the second such reinforcement in four "
     "days.\n\n"
     "\"The shelves were empty for three days, today at least there was bread,\" said Jean-Luc Boewa, a bus "
     "driver.\n\n"
     "About 1,400 people in the territory depend on dialysis or daily injections, according to the health "
     "authority."),
    ("2033-10-10_ridgeline_vasseur-noumea.txt",
     "French president holds talks in Noumea, vows no forced reform\n\n"
     "NOUMEA, October 10, 2033 (Ridgeline Press) - French President Laurent Vasseur landed in Noumea on "
     "Monday and held several hours of talks with independence and loyalist leaders, a week after riots tore "
     "through the city.\n\n"
     "Vasseur promised that the voting reform would not be forced through \"against the will of the people "
     "here\" and said local parties would have a month to agree on an alternative.\n\n"
     "\"There will be no forced passage, and no return to the past either,\" Vasseur told reporters at the "
     "high commission.\n\n"
     "The talks brought Kanak leaders and anti-independence figures around one table for the first time "
     "since 2031.\n\n"
     "\"The anger of our youth did not start last week,\" independence negotiator Albert Wayuone said "
     "afterwards.\n\n"
     "Vasseur's visit comes two days after police arrested eleven members of the Unity Action Committee, "
     "including its spokesman Remi Toura.\n\n"
     "Officials said the curfew and the emergency powers would be reviewed this week."),
    ("2033-10-10_kestrel_president-talks.txt",
     "Vasseur meets rival camps in Noumea, pledges patience on vote reform\n\n"
     "NOUMEA, October 10, 2033 (Kestrel News Agency) - The French head of state met pro- and "
     "anti-independence leaders in Noumea on Monday, pledging on arrival that Paris would not ram through "
     "the disputed electoral change while the territory remains in turmoil.\n\n"
     "Vasseur spent more than four hours at the high commission with delegations from both camps before "
     "touring the burned-out Ducos industrial zone.\n\n"
     "\"The reform will not pass by force,\" the president said, adding that he wanted a new deal on the "
     "electoral roll to be \"written here, not in Paris\".\n\n"
     "The death toll from a week of unrest stands at five, including a gendarme killed by a sniper near a "
     "roadblock in Plum on Thursday.\n\n"
     "Three other gendarmes were wounded in that attack, the gendarmerie said.\n\n"
     "The president was due to fly back to Paris on Tuesday morning."),
    ("2033-10-10_gulfcourier_president-talks.txt",
     "French leader sits down with rival New Caledonia camps\n\n"
     "NOUMEA, October 10, 2033 (Gulf Courier) - France's president met pro- and anti-independence leaders in "
     "Noumea on Monday, pledging on arrival that Paris would not ram through the disputed electoral change "
     "while the territory remains in turmoil.\n\n"
     "Laurent Vasseur spent more than four hours at the high commission with delegations from both camps "
     "before touring the burned-out Ducos industrial zone.\n\n"
     "\"The reform will not pass by force,\" the president said.\n\n"
     "The death toll from a week of unrest stands at five, including a gendarme killed by a sniper near a "
     "roadblock in Plum on Thursday. Three other gendarmes were wounded in that attack, the gendarmerie "
     "said.\n\n"
     "The president was due to fly back to Paris on Tuesday morning.\n\n"
     "Based on reporting by Kestrel News Agency."),
    ("2033-10-11_tasman_curfew-eased.txt",
     "New Caledonia eases curfew as three detained activists walk free\n\n"
     "NOUMEA, October 11, 2033 (Tasman Bulletin) - Authorities in New Caledonia shortened the nightly curfew "
     "on Tuesday, letting residents stay out until 9 in the evening, one week after it was first imposed "
     "under a state of emergency.\n\n"
     "High Commissioner Regis Fontanel said calm had held since President Laurent Vasseur's visit on "
     "Monday.\n\n"
     "Separately, investigating judges in Noumea freed three of the eleven pro-independence activists "
     "arrested on Saturday, placing them under judicial supervision.\n\n"
     "Remi Toura, the Unity Action Committee spokesman detained in Saturday's raids, was not among them.\n\n"
     "\"After a week shut in, I can finally visit my mother after work,\" said Nadia Wakolo, an office "
     "worker.\n\n"
     "The airport is expected to reopen to commercial flights on Thursday."),
    ("2033-10-11_outrigger_activists-freed.txt",
     "Judges release three New Caledonia independence activists\n\n"
     "NOUMEA, October 11, 2033 (Outrigger Post) - A judge in Noumea on Tuesday released three "
     "pro-independence activists arrested when police swept up the leadership of the Unity Action Committee "
     "on Saturday.\n\n"
     "The three, all in their twenties, were freed under judicial supervision, their lawyers said.\n\n"
     "The remaining eight, including spokesman Remi Toura, face charges of organised gang violence and could "
     "be held for months before trial.\n\n"
     "The releases came hours before the high commission pushed back the start of the curfew to 9 in the "
     "evening.\n\n"
     "\"It is a gesture, but it is not enough,\" said independence negotiator Albert Wayuone."),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt",
     "Vanuatu hails French leader's Noumea visit as step towards peace\n\n"
     "PORT VILA, October 11, 2033 (Southern Cross Wire) - Vanuatu's prime minister on Tuesday welcomed "
     "French President Laurent Vasseur's visit to New Caledonia, calling it \"a first step towards peace\" "
     "for the Melanesian territory.\n\n"
     "\"President Vasseur listened, and that matters,\" Prime Minister Sethy Warakai said in a written "
     "message.\n\n"
     "On Friday, Warakai had urged Paris to drop the electoral reform and reopen talks with Kanak "
     "leaders.\n\n"
     "Vasseur met independence and loyalist delegations in Noumea on Monday and pledged not to force the "
     "reform through.\n\n"
     "Vanuatu and New Caledonia share close family and trade ties, and thousands of ni-Vanuatu work in the "
     "territory's nickel mines.\n\n"
     "Pacific foreign ministers are expected to discuss New Caledonia when they meet in Apia next month."),
    ("2033-10-12_ridgeline_noumea-recovery.txt",
     "Noumea reopens slowly after ten days of unrest\n\n"
     "NOUMEA, October 12, 2033 (Ridgeline Press) - Shops and schools in New Caledonia began reopening on "
     "Wednesday, a day after authorities relaxed a curfew that had kept residents at home every night since "
     "October 4.\n\n"
     "The crisis began on the night of October 3, when young Kanaks rioted in several districts of the "
     "capital after the National Assembly in Paris voted to open the electoral rolls.\n\n"
     "France flew in 480 gendarmes on October 5.\n\n"
     "A second contingent of 600 followed on October 9.\n\n"
     "Five people died in the violence, and insurers estimate the damage at more than one billion euros.\n\n"
     "Eight pro-independence activists remain in custody, and barricades still stand on some roads in the "
     "north of the main island.\n\n"
     "\"People are tired, and tired people want normal life back,\" said High Commissioner Regis Fontanel."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2033-10-03",
            "independence supporters riot in Noumea on Monday night after the Paris vote"),
    "A02": (("COERCE",), "2033-10-04",
            "France declares a state of emergency in New Caledonia and imposes a curfew"),
    "A03": (("MOBILIZE",), "2033-10-05",
            "France airlifts a first contingent of 480 gendarmes to New Caledonia"),
    "A04": (("THREATEN",), "2033-10-05", "Interior Minister Carrard threatens to jail the riot organisers"),
    "A05": (("ASSAULT",), "2033-10-06",
            "a sniper shoots dead a gendarme at a roadblock in Plum, wounding two (later three)"),
    "A06": (("PROTEST",), "2033-10-06",
            "pro-independence activists put up barricades on the roads around Noumea"),
    "A07": (("ACCUSE",), "2033-10-06", "Carrard accuses Azerbaijan of stirring up the riots"),
    "A08": (("REQUEST",), "2033-10-07",
            "Vanuatu's PM Warakai calls on France to drop the reform and reopen talks"),
    "A09": (("REQUEST",), "2033-10-07",
            "Pacific Islands Forum secretary general Vuki urges both sides to dialogue"),
    "A10": (("REJECT",), "2033-10-07", "Azerbaijan rejects the French accusation"),
    "A11": (("COERCE",), "2033-10-08", "French police arrest eleven leaders of the Unity Action Committee"),
    "A12": (("MOBILIZE",), "2033-10-09",
            "France airlifts a second contingent of 600 gendarmes to New Caledonia"),
    "A13": (("AID",), "2033-10-09", "France flies 35 tonnes of food and medicine to Noumea"),
    "A14": (("CONSULT",), "2033-10-10", "President Vasseur visits Noumea and holds talks with both camps"),
    "A15": (("AGREE",), "2033-10-10", "Vasseur pledges not to force the electoral reform through"),
    "A16": (("CONCEDE",), "2033-10-11", "the high commission eases the curfew"),
    "A17": (("RETREAT",), "2033-10-11", "judges free three of the eleven detained activists"),
    "A18": (("SUPPORT",), "2033-10-11", "Vanuatu's PM Warakai welcomes Vasseur's visit"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-04_ridgeline_noumea-riots.txt", "A01", "Riots sweep Noumea after Paris vote"),
    ("2033-10-04_ridgeline_noumea-riots.txt", "A01", "rioted across Noumea on Monday night"),
    ("2033-10-04_ridgeline_noumea-riots.txt", "A02", "put the Pacific territory under emergency rule"),
    ("2033-10-04_gulfcourier_emergency-rule.txt", "A02", "France imposes emergency rule and curfew"),
    ("2033-10-04_gulfcourier_emergency-rule.txt", "A02", "placed New Caledonia under emergency rule"),
    ("2033-10-04_gulfcourier_emergency-rule.txt", "A01", "after a night of rioting"),
    ("2033-10-04_gulfcourier_emergency-rule.txt", "A01", "set fire to warehouses, a school"),
    ("2033-10-04_kestrel_noumea-unrest.txt", "A01", "Night of fire in Noumea"),
    ("2033-10-04_kestrel_noumea-unrest.txt", "A01", "took to the streets of the New Caledonian capital"),
    ("2033-10-04_kestrel_noumea-unrest.txt", "A01", "The violence erupted as the National Assembly"),
    ("2033-10-05_tasman_gendarmes-arrive.txt", "A03", "First wave of French gendarmes lands"),
    ("2033-10-05_tasman_gendarmes-arrive.txt", "A03", "France airlifted 480 gendarmes and riot police"),
    ("2033-10-05_tasman_gendarmes-arrive.txt", "A02", "since the state of emergency was declared"),
    ("2033-10-05_tasman_gendarmes-arrive.txt", "A03", "Two military transport planes carrying the officers"),
    ("2033-10-05_tasman_gendarmes-arrive.txt", "A02", "A curfew ordered on Tuesday"),
    ("2033-10-05_ridgeline_minister-warning.txt", "A04", "French minister warns riot organisers"),
    ("2033-10-05_ridgeline_minister-warning.txt", "A04", "would be found and put behind bars"),
    ("2033-10-05_ridgeline_minister-warning.txt", "A04", "will answer for it before the courts"),
    ("2033-10-05_ridgeline_minister-warning.txt", "A03",
     "first of several planned reinforcement flights landed"),
    ("2033-10-05_outrigger_curfew-night.txt", "A02", "its first night under curfew in almost forty years"),
    ("2033-10-05_outrigger_curfew-night.txt", "A02", "imposed by Paris on Tuesday"),
    ("2033-10-05_outrigger_curfew-night.txt", "A01", "where rioters burned a school and a medical centre"),
    ("2033-10-06_gulfcourier_gendarme-killed.txt", "A05", "Gendarme shot dead at roadblock"),
    ("2033-10-06_gulfcourier_gendarme-killed.txt", "A05", "was shot dead on Thursday at a roadblock"),
    ("2033-10-06_gulfcourier_gendarme-killed.txt", "A05", "was hit in the head by a bullet"),
    ("2033-10-06_gulfcourier_gendarme-killed.txt", "A06", "threw up barricades of burnt cars"),
    ("2033-10-06_southerncross_azerbaijan-blamed.txt", "A07", "France accuses Azerbaijan of fanning"),
    ("2033-10-06_southerncross_azerbaijan-blamed.txt", "A07", "accused Azerbaijan of stirring up the riots"),
    ("2033-10-06_southerncross_azerbaijan-blamed.txt", "A07", "Azerbaijan is feeding this fire"),
    ("2033-10-06_southerncross_azerbaijan-blamed.txt", "A04", "a day earlier had vowed to jail"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A05", "Sniper kills French gendarme near Noumea"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A07", "Paris points finger at Baku"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A05", "A sniper killed a French gendarme on Thursday"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A05", "was struck while dismantling the barricade"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A07", "blamed Azerbaijan for fuelling the revolt"),
    ("2033-10-06_kestrel_plum-shooting.txt", "A06", "kept up a string of roadblocks"),
    ("2033-10-07_tasman_roadblocks-noumea.txt", "A06", "Barricades choke Noumea"),
    ("2033-10-07_tasman_roadblocks-noumea.txt", "A06", "put up by pro-independence militants on Thursday"),
    ("2033-10-07_tasman_roadblocks-noumea.txt", "A05", "a gendarme shot near a barricade in Plum"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A08", "Vanuatu leader urges Paris to drop"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A08", "called on France to withdraw the electoral reform"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A08", "must be heard, not silenced by force"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A09", "Losana Vuki also urged dialogue"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A08", "Warakai's appeal came a day after"),
    ("2033-10-07_outrigger_vanuatu-dialogue.txt", "A05", "a gendarme was shot dead near Noumea"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A10", "Azerbaijan rejects French claims"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A07", "claims of meddling in New Caledonia"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A10", "Azerbaijan on Friday rejected as"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A07", "French accusations that it had stoked"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A10", "has nothing to do with events in New Caledonia"),
    ("2033-10-07_ridgeline_baku-rejects.txt", "A07", "had said on Thursday that Baku was behind"),
    ("2033-10-07_southerncross_forum-appeal.txt", "A09", "Pacific forum chief calls for calm"),
    ("2033-10-07_southerncross_forum-appeal.txt", "A09",
     "urged France and New Caledonia's independence movement"),
    ("2033-10-07_southerncross_forum-appeal.txt", "A08", "had asked Paris to drop the reform"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A11", "French police arrest pro-independence leaders"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A11",
     "arrested eleven leaders of a pro-independence coalition"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A04", "days after the interior minister vowed to jail"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A11", "Among those detained was Remi Toura"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A11", "was asleep next to his children"),
    ("2033-10-08_gulfcourier_leaders-arrested.txt", "A06",
     "barricades that have blocked roads around the capital"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A11", "French police arrest pro-independence leaders"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A11",
     "arrested eleven leaders of a pro-independence coalition"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A04", "days after the interior minister vowed to jail"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A11", "Among those detained was Remi Toura"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A11", "was asleep next to his children"),
    ("2033-10-08_tasman_leaders-arrested.txt", "A06",
     "barricades that have blocked roads around the capital"),
    ("2033-10-09_outrigger_second-airlift.txt", "A12", "France sends 600 more gendarmes"),
    ("2033-10-09_outrigger_second-airlift.txt", "A12", "A second airlift of French security forces"),
    ("2033-10-09_outrigger_second-airlift.txt", "A03", "A first group of 480 gendarmes arrived"),
    ("2033-10-09_outrigger_second-airlift.txt", "A13", "delivered 35 tonnes of flour, powdered milk"),
    ("2033-10-09_outrigger_second-airlift.txt", "A12", "The new contingent landed a day after"),
    ("2033-10-09_outrigger_second-airlift.txt", "A11", "police detained eleven leaders of the Unity"),
    ("2033-10-09_southerncross_food-flight.txt", "A13", "Aid flight brings food and medicine"),
    ("2033-10-09_southerncross_food-flight.txt", "A13",
     "A cargo plane loaded with food and medical supplies"),
    ("2033-10-09_southerncross_food-flight.txt", "A06", "since barricades went up across greater Noumea"),
    ("2033-10-09_southerncross_food-flight.txt", "A13", "The 35-tonne shipment included flour"),
    ("2033-10-09_southerncross_food-flight.txt", "A12", "received 600 additional gendarmes on Sunday"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A14", "French president holds talks in Noumea"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A15", "vows no forced reform"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A14", "held several hours of talks with independence"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A01", "a week after riots tore through the city"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A15", "promised that the voting reform would not"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A15", "There will be no forced passage"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A14", "The talks brought Kanak leaders"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A14", "Vasseur's visit comes two days after"),
    ("2033-10-10_ridgeline_vasseur-noumea.txt", "A11", "police arrested eleven members of the Unity"),
    ("2033-10-10_kestrel_president-talks.txt", "A14", "Vasseur meets rival camps in Noumea"),
    ("2033-10-10_kestrel_president-talks.txt", "A15", "pledges patience on vote reform"),
    ("2033-10-10_kestrel_president-talks.txt", "A14", "met pro- and anti-independence leaders"),
    ("2033-10-10_kestrel_president-talks.txt", "A15", "pledging on arrival that Paris would not"),
    ("2033-10-10_kestrel_president-talks.txt", "A14", "spent more than four hours at the high commission"),
    ("2033-10-10_kestrel_president-talks.txt", "A15", "The reform will not pass by force"),
    ("2033-10-10_kestrel_president-talks.txt", "A05", "a gendarme killed by a sniper"),
    ("2033-10-10_kestrel_president-talks.txt", "A05", "Three other gendarmes were wounded"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A14", "French leader sits down with rival"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A14", "met pro- and anti-independence leaders"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A15", "pledging on arrival that Paris would not"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A14",
     "spent more than four hours at the high commission"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A15", "The reform will not pass by force"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A05", "a gendarme killed by a sniper"),
    ("2033-10-10_gulfcourier_president-talks.txt", "A05", "Three other gendarmes were wounded"),
    ("2033-10-11_tasman_curfew-eased.txt", "A16", "New Caledonia eases curfew"),
    ("2033-10-11_tasman_curfew-eased.txt", "A17", "three detained activists walk free"),
    ("2033-10-11_tasman_curfew-eased.txt", "A16", "shortened the nightly curfew on Tuesday"),
    ("2033-10-11_tasman_curfew-eased.txt", "A02", "one week after it was first imposed"),
    ("2033-10-11_tasman_curfew-eased.txt", "A14", "President Laurent Vasseur's visit on Monday"),
    ("2033-10-11_tasman_curfew-eased.txt", "A17", "freed three of the eleven pro-independence activists"),
    ("2033-10-11_tasman_curfew-eased.txt", "A11", "activists arrested on Saturday"),
    ("2033-10-11_tasman_curfew-eased.txt", "A11", "detained in Saturday's raids"),
    ("2033-10-11_outrigger_activists-freed.txt", "A17", "Judges release three New Caledonia"),
    ("2033-10-11_outrigger_activists-freed.txt", "A17", "released three pro-independence activists"),
    ("2033-10-11_outrigger_activists-freed.txt", "A11", "when police swept up the leadership"),
    ("2033-10-11_outrigger_activists-freed.txt", "A17", "were freed under judicial supervision"),
    ("2033-10-11_outrigger_activists-freed.txt", "A17", "The releases came hours before"),
    ("2033-10-11_outrigger_activists-freed.txt", "A16", "pushed back the start of the curfew"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A18", "Vanuatu hails French leader's"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A14", "Noumea visit as step towards peace"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A18", "prime minister on Tuesday welcomed French"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A14", "Vasseur's visit to New Caledonia"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A18", "President Vasseur listened, and that matters"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A08", "Warakai had urged Paris to drop"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A14", "met independence and loyalist delegations"),
    ("2033-10-11_southerncross_vanuatu-welcomes.txt", "A15", "pledged not to force the reform through"),
    ("2033-10-12_ridgeline_noumea-recovery.txt", "A16", "a day after authorities relaxed a curfew"),
    ("2033-10-12_ridgeline_noumea-recovery.txt", "A02", "that had kept residents at home every night"),
    ("2033-10-12_ridgeline_noumea-recovery.txt", "A01", "when young Kanaks rioted in several districts"),
    ("2033-10-12_ridgeline_noumea-recovery.txt", "A03", "France flew in 480 gendarmes on October 5"),
    ("2033-10-12_ridgeline_noumea-recovery.txt", "A12", "A second contingent of 600 followed"),
]

FLOORS = {"pairwise_f1": 0.81, "b3_f1": 0.82, "reports_found": 0.65}


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
