"""The thirty-fourth blind incident batch, written on 2026-12-02 before the coder was run on any of it.

The crisis: a twelve-day standoff between Venezuela and Guyana over the Essequibo region (October 2-13, 2034).
Venezuela moves troops and armour to the border; Guyana's president accuses Caracas and asks for help while
his foreign minister demands a pullback; Brazil sends armoured vehicles to its northern border; Venezuela's
navy warns it will detain boats in disputed waters; gunmen ambush a Guyanese army patrol on the Cuyuni River
(three dead, revised to five); both countries recall their ambassadors; the foreign ministers and then the
presidents meet in St Vincent under CARICOM auspices and the presidents sign a declaration renouncing force;
Venezuela's National Assembly approves a law creating a state in the territory, which Guyana's president
condemns; the United States and Guyana fly a joint air exercise; Venezuela's navy detains a Guyanese trawler,
then frees its crew. Everything here is synthetic: the outlets and people are invented, the countries and
places are real, the events never happened and the dates lie in the future.

Gold conventions. An act is one real-world act: one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives (CAMEO2PLOVER-2021;
signing a formal agreement is SUPPORT), with a second type only where the codebook truly allows two readings;
its date is the day it happened. REPORTS lists every sentence of every document that reports an act that
happened, including background recaps in later reports ("after Venezuela massed troops", "Thursday's attack on
its soldiers") and quotes that tell the act; the cue is a verbatim piece of that sentence found once in the
file. A sentence may report two acts of different types, never two of the same type. A syndicated or lightly
edited copy gets its own entries. Not listed: headlines; planned, promised-but-not-done,
threatened-but-not-done, conditional, hypothetical or denied acts; acts more than a year before; statistics
and tallies; opinions. A promise is itself AGREE, a threat THREATEN, a demand REQUEST, but the act promised,
threatened or demanded is not an act until it happens (the navy's warning of October 4 and the detention of
October 12 are two acts).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to the act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events (score in eval.incidents), and reports_found is the share of
gold (file, act) reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the eleventh 2026-12-02 session, 536eecd, whose code is d64cb5d
(written to be read), with `figures`: **pairwise F1 0.817** (precision 0.929, recall 0.729), B-cubed F1 0.843,
reports found 0.694.
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
    ("2034-10-02_lanternwire_venezuela-troops-border.txt",
     "Venezuela sends troops toward Guyana border as Essequibo row flares\n\n"
     "CARACAS, October 2, 2034 (Lantern Wire) - Venezuela moved several thousand soldiers plus "
     "dozens of armoured troop carriers toward the eastern border it shares with Guyana on Monday, "
     "defence officials in Caracas announced, in the sharpest escalation in years of the dispute "
     "over the Essequibo region.\n\n"
     "Defence Minister General Octavio Lares told state television the deployment to Bolivar state "
     "was \"a routine measure to protect national sovereignty\" and would last as long as necessary.\n\n"
     "Venezuela claims roughly two-thirds of Guyanese territory, a sparsely populated, forested "
     "area west of the Essequibo River that is home to about 125,000 people.\n\n"
     "Georgetown did not comment right away, though officials there said President Dennis Fairbairn "
     "would address the nation on Tuesday.\n\n"
     "\"The risk now is a miscalculation by a commander on the ground,\" said Lydia Crane, a security "
     "analyst at the Windward Policy Institute in Barbados."),
    ("2034-10-02_cardinal_caracas-border-deployment.txt",
     "Caracas deploys armoured units to Essequibo frontier\n\n"
     "CARACAS, October 2, 2034 (Cardinal News Service) - The Venezuelan government dispatched "
     "armoured units and infantry battalions to the border with Guyana on Monday, escalating a "
     "decades-old quarrel over the Essequibo territory.\n\n"
     "Footage aired by state broadcaster VTV showed tanks being loaded onto trucks in Ciudad "
     "Bolivar and convoys heading south-east toward El Dorado.\n\n"
     "Guyana, home to some 800,000 people, now ranks among the fastest-growing economies on earth "
     "thanks to offshore oil that began flowing in 2019.\n\n"
     "Analysts in Caracas said the government could be playing to a domestic audience ahead of "
     "regional elections next year.\n\n"
     "Brasilia, which shares a frontier with both nations, said it was keeping a close eye on "
     "developments."),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt",
     "Guyana's president accuses Venezuela of plotting invasion, seeks allies' help\n\n"
     "GEORGETOWN, October 3, 2034 (Southbound Courier) - Guyanese President Dennis Fairbairn on "
     "Tuesday accused Venezuela of preparing to seize the Essequibo region by force and asked "
     "Brazil, the United States and Caribbean partners to stand with his country.\n\n"
     "\"Venezuela has massed troops on our border for one reason only, and the world should not "
     "pretend otherwise,\" Fairbairn told the nation in a televised speech.\n\n"
     "Caracas moved troops into Bolivar state on Monday, in what its defence ministry described as "
     "a routine sovereignty exercise.\n\n"
     "Foreign Minister Priya Seecharan, speaking separately to reporters, demanded that Venezuela "
     "pull its forces away from the frontier at once.\n\n"
     "Guyana's army has about 4,000 personnel and no combat aircraft. The two countries last came "
     "close to confrontation in 2023, when a Venezuelan referendum endorsed creating a new state in "
     "the territory."),
    ("2034-10-03_tidewater_guyana-seeks-backing.txt",
     "Guyana seeks international backing as Venezuelan forces gather\n\n"
     "GEORGETOWN, October 3, 2034 (Tidewater Report) - Guyana appealed on Tuesday for international "
     "help in facing down Venezuela, whose army has been pouring soldiers and armour into the "
     "border region since Monday.\n\n"
     "President Fairbairn charged that the Venezuelan government was \"manufacturing a pretext\" for "
     "an invasion, and told lawmakers the country faced its gravest threat since independence in "
     "1966.\n\n"
     "In a letter to Venezuela's foreign ministry, Foreign Minister Priya Seecharan said Caracas "
     "must return its troops to their previous positions.\n\n"
     "Guyana's economy grew by more than 30 percent in three of the past five years, driven by "
     "offshore oil output now above 900,000 barrels daily.\n\n"
     "\"Every government in the Caribbean hopes this stays a war of words, but none of them can "
     "ignore it,\" said Marcus Okafor, a lecturer in diplomacy at the University of the West Indies "
     "in Trinidad."),
    ("2034-10-03_isthmus_guyana-demands-pullback.txt",
     "Guyana tells Venezuela to pull back troops\n\n"
     "GEORGETOWN, October 3, 2034 (Isthmus Herald) - Guyana's top diplomat called on Venezuela on "
     "Tuesday to withdraw the forces it sent to the border a day earlier, saying the buildup "
     "endangered the whole Caribbean.\n\n"
     "Hours later, President Dennis Fairbairn urged friendly governments to come to his country's "
     "aid and accused Caracas of \"open intimidation.\"\n\n"
     "Venezuela's Bolivar state borders the disputed region to the west and south.\n\n"
     "In 2023, the International Court of Justice ordered Caracas to refrain from any action that "
     "would alter the situation on the ground.\n\n"
     "CARICOM heads of government are due to hold an emergency video call on Wednesday."),
    ("2034-10-04_cardinal_brazil-armour-north.txt",
     "Brazil rushes armoured vehicles north as Venezuela-Guyana tension rises\n\n"
     "BRASILIA, October 4, 2034 (Cardinal News Service) - Brazil sent armoured vehicles and extra "
     "troops to its northern border on Wednesday, the defence ministry said, as a standoff between "
     "neighbouring Venezuela and Guyana deepened.\n\n"
     "Around 20 Guarani troop carriers were heading to Pacaraima and Boa Vista in Roraima state, "
     "the ministry added.\n\n"
     "Roraima borders both Venezuela and Guyana and sits on the likeliest overland route between "
     "them.\n\n"
     "Venezuela deployed thousands of soldiers to its side of the frontier with Guyana on Monday, "
     "and on Tuesday Guyana's president accused Caracas of planning an invasion.\n\n"
     "\"What we want is a quiet border,\" Defence Minister Helena Saraiva told reporters in Brasilia."),
    ("2034-10-04_lanternwire_navy-warns-fishing.txt",
     "Venezuelan navy warns it will seize boats in disputed waters\n\n"
     "CARACAS, October 4, 2034 (Lantern Wire) - Venezuela's navy announced on Wednesday that it "
     "would detain any vessel found fishing or prospecting without Venezuelan permission in the "
     "waters off the Essequibo coast, raising fears of a confrontation at sea.\n\n"
     "Vice Admiral Ernesto Quintero, the navy commander, said patrol boats had orders to \"intercept "
     "and escort to port\" any such ship.\n\n"
     "Guyana has licensed oil blocks and fishing grounds in waters both countries claim.\n\n"
     "Separately, Brazil's defence ministry sent an armoured column to its frontier with the two "
     "countries, a step officials in Brasilia described as defensive.\n\n"
     "A Venezuelan coast guard vessel stopped a Guyanese trawler in the same area in 2021, holding "
     "its crew for several days.\n\n"
     "Venezuelan soldiers have remained in Bolivar state since a deployment began on Monday."),
    ("2034-10-04_southbound_brazil-reinforces-roraima.txt",
     "Brazil beefs up northern frontier; Venezuelan navy issues warning\n\n"
     "BOA VISTA, October 4, 2034 (Southbound Courier) - Convoys of Brazilian army armoured vehicles "
     "rolled through Boa Vista on Wednesday toward the Venezuelan border, after Brasilia ordered "
     "reinforcements for its northern command.\n\n"
     "The move by Brasilia came a day after Guyana's president called for foreign support.\n\n"
     "Also on Wednesday, Venezuela's naval command warned that it would board and detain ships "
     "working without its authorisation off the Essequibo shore.\n\n"
     "\"Brazil does not take sides in this dispute,\" said General Marcos Tavares, who commands the "
     "army's Amazon units. Roraima state has roughly 700,000 inhabitants."),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt",
     "Three Guyanese soldiers killed in ambush on Cuyuni River\n\n"
     "GEORGETOWN, October 5, 2034 (Lantern Wire) - Gunmen ambushed a boat carrying Guyanese "
     "soldiers on the Cuyuni River near the Venezuelan border on Thursday, killing three soldiers "
     "and wounding four others, the Guyana Defence Force said.\n\n"
     "The patrol was travelling by boat near the mining settlement of Eteringbang when it came "
     "under fire from the riverbank, a military spokesman said. The wounded were flown to "
     "Georgetown by helicopter.\n\n"
     "Criminal gangs known as sindicatos control much of the illegal gold mining along the river, "
     "according to Guyanese police.\n\n"
     "The ambush came three days after Venezuela massed troops near the frontier, and a day after "
     "its navy threatened to detain vessels in disputed waters.\n\n"
     "Venezuela's government made no immediate comment."),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt",
     "Three Guyanese soldiers killed in ambush on Cuyuni River\n\n"
     "GEORGETOWN, October 5, 2034 (Savanna Bulletin) - Gunmen ambushed a boat carrying Guyanese "
     "soldiers on the Cuyuni River near the Venezuelan border on Thursday, killing three soldiers "
     "and wounding four others, the Guyana Defence Force said.\n\n"
     "The patrol was travelling by boat near the mining settlement of Eteringbang when it came "
     "under fire from the riverbank, a military spokesman said. The wounded were flown to "
     "Georgetown by helicopter.\n\n"
     "Criminal gangs known as sindicatos control much of the illegal gold mining along the river, "
     "according to Guyanese police.\n\n"
     "The ambush came three days after Venezuela massed troops near the frontier, and a day after "
     "its navy threatened to detain vessels in disputed waters.\n\n"
     "Venezuela's government made no immediate comment.\n\n"
     "Lantern Wire originally distributed this report."),
    ("2034-10-05_tidewater_soldiers-shot-river.txt",
     "Guyana says soldiers killed in river attack near Venezuela\n\n"
     "GEORGETOWN, October 5, 2034 (Tidewater Report) - Three members of the Guyana Defence Force "
     "were shot dead on Thursday when unidentified attackers opened fire on their boat on the "
     "Cuyuni River, the military said.\n\n"
     "Army chief of staff Brigadier Shaun Adams said the soldiers had been on a routine "
     "anti-smuggling patrol. Four other soldiers are in hospital, two of them in serious condition.\n\n"
     "Fairbairn, who on Tuesday accused Caracas of seeking a pretext for war, cut short a visit to "
     "the mining town of Linden to return to the capital.\n\n"
     "Gold miners and smugglers use the waterway to move fuel and supplies across the border.\n\n"
     "The shooting was the deadliest attack on Guyanese troops in decades."),
    ("2034-10-06_cardinal_ambush-toll-five.txt",
     "Death toll in Guyana river ambush rises to five; envoys recalled\n\n"
     "GEORGETOWN, October 6, 2034 (Cardinal News Service) - Five Guyanese soldiers are now known to "
     "have died in Thursday's ambush on the Cuyuni River, two of them overnight from their wounds, "
     "the army said on Friday.\n\n"
     "Guyana ordered its ambassador in Caracas back to Georgetown for consultations on Friday, the "
     "foreign ministry said. Venezuela responded hours later by ordering its own envoy in "
     "Georgetown to return home.\n\n"
     "Venezuelan Foreign Minister Yolanda Arismendi on Friday rejected Guyana's demand that troops "
     "be pulled back, saying the soldiers were \"on Venezuelan soil and will stay there.\"\n\n"
     "\"The region is one stray bullet away from a much larger crisis,\" said Lydia Crane of the "
     "Windward Policy Institute in Bridgetown.\n\n"
     "The funerals of the five soldiers are expected next week."),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt",
     "Guyana and Venezuela pull ambassadors as river deaths climb to five\n\n"
     "CARACAS, October 6, 2034 (Isthmus Herald) - Venezuela withdrew its ambassador to Guyana on "
     "Friday in a tit-for-tat move announced by Caracas in a brief communique.\n\n"
     "Earlier in the day Georgetown had brought its own envoy home from Caracas, citing Thursday's "
     "attack on its soldiers.\n\n"
     "Guyana's army said two more of the wounded had died, raising the death toll from the ambush "
     "to five.\n\n"
     "Foreign Minister Yolanda Arismendi told reporters Venezuela would not withdraw a single "
     "soldier from the border, rejecting a demand Guyana made on Tuesday.\n\n"
     "Relations between the neighbours have swung between frost and thaw since the 1960s."),
    ("2034-10-06_southbound_caracas-rebuffs-guyana.txt",
     "Venezuela rebuffs Guyana's call to withdraw troops\n\n"
     "CARACAS, October 6, 2034 (Southbound Courier) - Venezuela on Friday turned down Guyana's call "
     "for a troop pullback along the Essequibo frontier, with Foreign Minister Yolanda Arismendi "
     "saying the matter was \"a sovereign decision that is not up for discussion.\"\n\n"
     "Arismendi spoke at a news conference in Caracas a day after an ambush on the Cuyuni River "
     "killed Guyanese soldiers, an attack whose death toll has since risen to five.\n\n"
     "Guyana's foreign minister had demanded the withdrawal on Tuesday.\n\n"
     "Oil prices edged higher on Friday on worries that Guyana's offshore output could be disrupted.\n\n"
     "The CARICOM secretariat in Georgetown said on Friday evening that the two foreign ministers "
     "would meet in St Vincent on Saturday."),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt",
     "Foreign ministers of Guyana and Venezuela sit down in St Vincent\n\n"
     "KINGSTOWN, October 7, 2034 (Tidewater Report) - The foreign ministers of Guyana and Venezuela "
     "met for nearly four hours in St Vincent on Saturday in the first sit-down between the two "
     "governments since the standoff over the Essequibo region erupted this week.\n\n"
     "Priya Seecharan and Yolanda Arismendi sat across from each other at a government guesthouse "
     "in Kingstown, with St Vincent Prime Minister Conrad Baptiste, the current CARICOM chairman, "
     "in the chair.\n\n"
     "Baptiste said afterwards that the meeting was \"frank and useful,\" adding that the two "
     "presidents would see each other on Sunday.\n\n"
     "The meeting took place a day after Venezuela refused to withdraw its forces from the border.\n\n"
     "Guyana had pulled its ambassador out of Caracas on Friday, citing the deaths of five soldiers "
     "in an ambush on the Cuyuni River. Venezuela followed suit within hours, calling its own "
     "ambassador home from Georgetown.\n\n"
     "\"Talking is better than shooting, and this is a start,\" said Kezia Browne, a retired "
     "Vincentian diplomat.\n\n"
     "Guyanese intelligence officials believe about 15,000 Venezuelan soldiers are now in Bolivar "
     "state."),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt",
     "Venezuelan and Guyanese leaders sign pledge against force at St Vincent summit\n\n"
     "KINGSTOWN, October 8, 2034 (Lantern Wire) - The presidents of Venezuela and Guyana signed a "
     "declaration on Sunday committing both countries to settle the Essequibo dispute without "
     "force, after face-to-face talks on the Caribbean island of St Vincent.\n\n"
     "Aurelio Mendible and Dennis Fairbairn spent about three hours together in a conference room "
     "at Argyle International Airport, where CARICOM chairman Conrad Baptiste hosted the summit.\n\n"
     "Mendible told Venezuelan state television the meeting had been \"respectful.\"\n\n"
     "The summit followed a week in which five Guyanese soldiers were killed in an ambush on the "
     "Cuyuni River.\n\n"
     "Similar talks in 2023, also held in St Vincent, ended with both governments pledging not to "
     "escalate.\n\n"
     "Guyana's opposition leader, Ruth Barrington, said the agreement \"is only as good as the next "
     "move from Caracas.\""),
    ("2034-10-08_cardinal_kingstown-summit.txt",
     "Leaders of Guyana and Venezuela meet in St Vincent, sign no-force declaration\n\n"
     "KINGSTOWN, October 8, 2034 (Cardinal News Service) - Guyanese President Dennis Fairbairn and "
     "his Venezuelan counterpart Aurelio Mendible held talks in St Vincent on Sunday, the first "
     "time they had met since the border crisis began last week.\n\n"
     "When the meeting ended the two men put their signatures to a short joint declaration "
     "renouncing the use of force, CARICOM officials said.\n\n"
     "The summit was brokered by St Vincent Prime Minister Conrad Baptiste, who chairs the regional "
     "bloc this year.\n\n"
     "Fairbairn's office said the Guyanese leader had raised the killing of five soldiers in "
     "Thursday's river ambush.\n\n"
     "Mendible's delegation included his defence minister, General Octavio Lares, who oversaw last "
     "week's deployment of troops to Bolivar state.\n\n"
     "Economists say the dispute has already cooled investor interest in mining projects inside the "
     "Essequibo.\n\n"
     "The territory accounts for roughly 160,000 of Guyana's 215,000 square km."),
    ("2034-10-08_isthmus_st-vincent-summit.txt",
     "St Vincent summit: Guyanese and Venezuelan presidents sign declaration renouncing force\n\n"
     "KINGSTOWN, October 8, 2034 (Isthmus Herald) - Guyana's President Dennis Fairbairn and his "
     "Venezuelan counterpart Aurelio Mendible held talks in St Vincent on Sunday, the first time "
     "they had met since the border crisis began last week.\n\n"
     "When the meeting ended the two men put their signatures to a short joint declaration "
     "renouncing the use of force, according to CARICOM officials.\n\n"
     "The summit was brokered by St Vincent Prime Minister Conrad Baptiste, who chairs the regional "
     "bloc this year.\n\n"
     "Fairbairn's office said the Guyanese leader had raised the killing of five soldiers in "
     "Thursday's river ambush.\n\n"
     "Mendible's delegation included his defence minister, General Octavio Lares, who oversaw last "
     "week's deployment of troops to Bolivar state.\n\n"
     "The disputed territory accounts for roughly 160,000 of Guyana's 215,000 square km.\n\n"
     "Originally distributed by Cardinal News Service."),
    ("2034-10-10_southbound_assembly-approves-state.txt",
     "Venezuelan lawmakers vote to create state in Essequibo, days after peace pledge\n\n"
     "CARACAS, October 10, 2034 (Southbound Courier) - Venezuela's National Assembly late on Monday "
     "approved a law creating a new Venezuelan state covering the Essequibo region, barely a day "
     "after the two countries' presidents signed a pledge to avoid force.\n\n"
     "The law, passed by 148 votes to 4, names the territory \"Esequibo Federal\" and instructs the "
     "government in Caracas to appoint a governor.\n\n"
     "President Dennis Fairbairn on Tuesday denounced the vote as \"annexation by decree.\"\n\n"
     "Venezuelan officials have long argued that a 1966 agreement signed in Geneva, rather than the "
     "1899 award, should govern the dispute.\n\n"
     "\"It sends a very confusing signal to everyone in the region,\" said Lydia Crane of the "
     "Windward Policy Institute."),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt",
     "Guyana's leader condemns Venezuelan Essequibo law as threat\n\n"
     "GEORGETOWN, October 10, 2034 (Tidewater Report) - President Dennis Fairbairn on Tuesday "
     "condemned a Venezuelan law that declares the Essequibo region a Venezuelan state, calling it "
     "the most serious danger to Guyana's sovereignty in a generation.\n\n"
     "Venezuelan lawmakers passed the measure late on Monday, less than 48 hours after Fairbairn "
     "and President Aurelio Mendible signed a declaration in St Vincent renouncing force.\n\n"
     "\"You cannot shake a man's hand on Sunday and reach for his land on Monday,\" Fairbairn told "
     "reporters at State House.\n\n"
     "A week ago, Fairbairn accused Caracas of preparing an invasion after Venezuelan troops moved "
     "up to the border.\n\n"
     "Guyana's parliament held a minute of silence on Tuesday for the five soldiers killed in last "
     "week's river ambush.\n\n"
     "Government officials said a joint flight exercise with the United States Air Force planned "
     "for Wednesday would go ahead."),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt",
     "American jets fly over Georgetown in joint drill with Guyana\n\n"
     "GEORGETOWN, October 11, 2034 (Savanna Bulletin) - American and Guyanese military aircraft "
     "flew a joint exercise over Georgetown and the Essequibo coast on Wednesday, two days after "
     "Venezuela's legislature voted to annex the region.\n\n"
     "Two American fighter jets and a refuelling tanker took part alongside a Guyana Defence Force "
     "surveillance plane, officials said.\n\n"
     "The Pentagon's Southern Command said the drill had been planned for months and was not "
     "directed at any country.\n\n"
     "Onlookers on the Georgetown seawall filmed the jets as they passed low over the city.\n\n"
     "The exercise came eight days after Guyana's president appealed to foreign governments for "
     "help.\n\n"
     "Washington has been Guyana's closest security partner since oil began flowing, and American "
     "aircraft made a similar pass over the capital in December 2023."),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt",
     "Venezuelan navy detains Guyanese fishing boat in disputed waters\n\n"
     "GEORGETOWN, October 12, 2034 (Isthmus Herald) - The Venezuelan navy detained a Guyanese "
     "fishing boat and its 11 crew members in contested waters near the Essequibo coast on "
     "Thursday, Guyana's government said.\n\n"
     "The trawler, the Sea Pearl II, was intercepted before dawn about 30 nautical miles north of "
     "the mouth of the Waini River and escorted toward Venezuela's Delta Amacuro state, according "
     "to the company that owns it.\n\n"
     "Venezuela's navy had warned last week that it would seize vessels operating in the area "
     "without its permission.\n\n"
     "Relatives of the crew waited for news at the company's wharf in Georgetown.\n\n"
     "The incident comes four days after the presidents of the two countries signed a declaration "
     "pledging to avoid force.\n\n"
     "\"One wrong move out there and this gets out of hand,\" said Harold Persaud, who heads the "
     "Guyana Fishermen's Cooperative Union."),
    ("2034-10-12_southbound_trawler-seized.txt",
     "Guyana says Venezuela seized trawler, crew held in Delta Amacuro\n\n"
     "GEORGETOWN, October 12, 2034 (Southbound Courier) - Venezuelan sailors boarded and seized a "
     "Guyanese trawler on Thursday in waters claimed by both countries, taking its crew of 11 into "
     "custody, officials in Georgetown said.\n\n"
     "The seizure was the first at sea since Venezuela's navy threatened last Wednesday to detain "
     "unlicensed vessels.\n\n"
     "Guyana's coast guard has two offshore patrol vessels, and neither was in the area at the "
     "time, a military source said.\n\n"
     "\"We have no way to protect our people out there,\" said a boat owner in the coastal village of "
     "Charity, declining to give his name for fear of trouble with the authorities.\n\n"
     "Tension has run high since Venezuelan units took up positions along the land border on "
     "October 2."),
    ("2034-10-13_cardinal_crew-released.txt",
     "Venezuela frees crew of detained Guyanese trawler, keeps boat\n\n"
     "CARACAS, October 13, 2034 (Cardinal News Service) - Venezuela on Friday released the 11 crew "
     "members of a Guyanese fishing boat its navy had detained a day earlier, but kept the vessel "
     "in port in Delta Amacuro state, Guyanese officials said.\n\n"
     "Venezuelan officials said the men had been freed on \"humanitarian grounds.\" The fishermen "
     "were put on a flight to Georgetown via Port of Spain on Friday evening, the boat's owners "
     "said.\n\n"
     "The seizure on Thursday came eight days after Venezuela's navy warned it would act against "
     "boats in disputed waters.\n\n"
     "Analysts said Caracas appeared keen to avoid a fresh rupture so soon after the St Vincent "
     "summit."),
    ("2034-10-13_lanternwire_fishermen-home.txt",
     "Freed Guyanese fishermen return home after day in Venezuelan custody\n\n"
     "GEORGETOWN, October 13, 2034 (Lantern Wire) - Eleven Guyanese fishermen held by Venezuela's "
     "navy arrived home on Friday after Caracas let them go, a day after their trawler was seized "
     "off the Essequibo coast.\n\n"
     "Relatives cheered as the men stepped off a bus at the Georgetown wharf late on Friday. The "
     "captain, Ravi Jaikaran, said the crew had been treated well.\n\n"
     "The detention was the latest flashpoint since Venezuela's army moved to the frontier on "
     "October 2.\n\n"
     "Five soldiers died when gunmen attacked a Guyanese patrol boat on the Cuyuni on October 5.\n\n"
     "Guyana's National Security Council is due to meet on Saturday."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("MOBILIZE",), "2034-10-02",
            "Venezuela moves troops and armour to the Guyana border in Bolivar state"),
    "A02": (("ACCUSE",), "2034-10-03",
            "Guyana's President Fairbairn accuses Venezuela of preparing an invasion"),
    "A03": (("REQUEST",), "2034-10-03",
            "Fairbairn asks Brazil, the US and Caribbean partners for help"),
    "A04": (("REQUEST",), "2034-10-03",
            "Guyana's Foreign Minister Seecharan demands that Venezuela pull back its troops"),
    "A05": (("MOBILIZE",), "2034-10-04",
            "Brazil sends armoured vehicles and troops to its northern border"),
    "A06": (("THREATEN",), "2034-10-04",
            "Venezuela's navy warns it will detain vessels in waters off the Essequibo"),
    "A07": (("ASSAULT",), "2034-10-05",
            "gunmen ambush a Guyanese army patrol on the Cuyuni River (3 dead, then 5)"),
    "A08": (("SANCTION",), "2034-10-06",
            "Guyana recalls its ambassador from Caracas"),
    "A09": (("SANCTION",), "2034-10-06",
            "Venezuela recalls its ambassador from Georgetown"),
    "A10": (("REJECT",), "2034-10-06",
            "Venezuela's Foreign Minister Arismendi rejects Guyana's demand to withdraw"),
    "A11": (("CONSULT",), "2034-10-07",
            "foreign ministers Seecharan and Arismendi meet in Kingstown, St Vincent"),
    "A12": (("CONSULT",), "2034-10-08",
            "Presidents Fairbairn and Mendible meet in St Vincent, hosted by CARICOM"),
    "A13": (("SUPPORT",), "2034-10-08",
            "Fairbairn and Mendible sign a declaration renouncing force"),
    "A14": (("THREATEN",), "2034-10-09",
            "Venezuela's National Assembly approves a law creating a state in the Essequibo"),
    "A15": (("ACCUSE",), "2034-10-10",
            "Fairbairn condemns the Venezuelan law"),
    "A16": (("COOPERATE",), "2034-10-11",
            "US and Guyanese military aircraft fly a joint exercise"),
    "A17": (("COERCE",), "2034-10-12",
            "Venezuela's navy detains a Guyanese trawler and its 11 crew"),
    "A18": (("RETREAT",), "2034-10-13",
            "Venezuela releases the trawler's 11 crew"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-02_lanternwire_venezuela-troops-border.txt", "A01", "moved several thousand soldiers"),
    ("2034-10-02_lanternwire_venezuela-troops-border.txt", "A01", "the deployment to Bolivar state"),
    ("2034-10-02_cardinal_caracas-border-deployment.txt", "A01",
     "dispatched armoured units and infantry battalions"),
    ("2034-10-02_cardinal_caracas-border-deployment.txt", "A01", "tanks being loaded onto trucks"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A02", "accused Venezuela of preparing to seize"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A03", "asked Brazil, the United States"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A01", "has massed troops on our border"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A02", "told the nation in a televised speech"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A01", "moved troops into Bolivar state"),
    ("2034-10-03_southbound_fairbairn-accuses-caracas.txt", "A04", "demanded that Venezuela pull its forces"),
    ("2034-10-03_tidewater_guyana-seeks-backing.txt", "A03", "appealed on Tuesday for international help"),
    ("2034-10-03_tidewater_guyana-seeks-backing.txt", "A01", "pouring soldiers and armour into"),
    ("2034-10-03_tidewater_guyana-seeks-backing.txt", "A02", "charged that the Venezuelan government"),
    ("2034-10-03_tidewater_guyana-seeks-backing.txt", "A04", "said Caracas must return its troops"),
    ("2034-10-03_isthmus_guyana-demands-pullback.txt", "A04", "top diplomat called on Venezuela"),
    ("2034-10-03_isthmus_guyana-demands-pullback.txt", "A01", "the forces it sent to the border"),
    ("2034-10-03_isthmus_guyana-demands-pullback.txt", "A03", "urged friendly governments to come"),
    ("2034-10-03_isthmus_guyana-demands-pullback.txt", "A02", "accused Caracas of"),
    ("2034-10-04_cardinal_brazil-armour-north.txt", "A05", "sent armoured vehicles and extra troops"),
    ("2034-10-04_cardinal_brazil-armour-north.txt", "A05", "Guarani troop carriers were heading to"),
    ("2034-10-04_cardinal_brazil-armour-north.txt", "A01", "deployed thousands of soldiers"),
    ("2034-10-04_cardinal_brazil-armour-north.txt", "A02", "accused Caracas of planning an invasion"),
    ("2034-10-04_lanternwire_navy-warns-fishing.txt", "A06", "would detain any vessel found fishing"),
    ("2034-10-04_lanternwire_navy-warns-fishing.txt", "A06", "patrol boats had orders"),
    ("2034-10-04_lanternwire_navy-warns-fishing.txt", "A05", "sent an armoured column to its"),
    ("2034-10-04_lanternwire_navy-warns-fishing.txt", "A01", "since a deployment began on Monday"),
    ("2034-10-04_southbound_brazil-reinforces-roraima.txt", "A05",
     "ordered reinforcements for its northern command"),
    ("2034-10-04_southbound_brazil-reinforces-roraima.txt", "A05", "The move by Brasilia came"),
    ("2034-10-04_southbound_brazil-reinforces-roraima.txt", "A03",
     "Guyana's president called for foreign support"),
    ("2034-10-04_southbound_brazil-reinforces-roraima.txt", "A06", "warned that it would board and detain"),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt", "A07",
     "Gunmen ambushed a boat carrying Guyanese soldiers"),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt", "A07", "came under fire from the riverbank"),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt", "A07", "The ambush came three days"),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt", "A01", "after Venezuela massed troops"),
    ("2034-10-05_lanternwire_patrol-ambushed-cuyuni.txt", "A06", "its navy threatened to detain vessels"),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt", "A07",
     "Gunmen ambushed a boat carrying Guyanese soldiers"),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt", "A07", "came under fire from the riverbank"),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt", "A07", "The ambush came three days"),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt", "A01", "after Venezuela massed troops"),
    ("2034-10-05_savanna_patrol-ambushed-cuyuni.txt", "A06", "its navy threatened to detain vessels"),
    ("2034-10-05_tidewater_soldiers-shot-river.txt", "A07", "opened fire on their boat"),
    ("2034-10-05_tidewater_soldiers-shot-river.txt", "A02", "on Tuesday accused Caracas"),
    ("2034-10-05_tidewater_soldiers-shot-river.txt", "A07", "The shooting was the deadliest"),
    ("2034-10-06_cardinal_ambush-toll-five.txt", "A07", "died in Thursday's ambush"),
    ("2034-10-06_cardinal_ambush-toll-five.txt", "A08", "ordered its ambassador in Caracas back"),
    ("2034-10-06_cardinal_ambush-toll-five.txt", "A09", "ordering its own envoy in Georgetown"),
    ("2034-10-06_cardinal_ambush-toll-five.txt", "A10", "on Friday rejected Guyana's demand"),
    ("2034-10-06_cardinal_ambush-toll-five.txt", "A04", "demand that troops be pulled back"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A09", "withdrew its ambassador to Guyana"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A08", "brought its own envoy home"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A07", "Thursday's attack on its soldiers"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A07", "raising the death toll from the ambush"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A10", "would not withdraw a single soldier"),
    ("2034-10-06_isthmus_ambassadors-withdrawn.txt", "A04", "a demand Guyana made on Tuesday"),
    ("2034-10-06_southbound_caracas-rebuffs-guyana.txt", "A10", "turned down Guyana's call"),
    ("2034-10-06_southbound_caracas-rebuffs-guyana.txt", "A04", "Guyana's call for a troop pullback"),
    ("2034-10-06_southbound_caracas-rebuffs-guyana.txt", "A07", "an ambush on the Cuyuni River"),
    ("2034-10-06_southbound_caracas-rebuffs-guyana.txt", "A04", "had demanded the withdrawal on Tuesday"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A11", "met for nearly four hours"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A11", "sat across from each other"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A11", "said afterwards that the meeting"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A11", "The meeting took place a day"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A10", "Venezuela refused to withdraw its forces"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A08", "had pulled its ambassador out of"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A07", "deaths of five soldiers in an ambush"),
    ("2034-10-07_tidewater_ministers-meet-kingstown.txt", "A09", "calling its own ambassador home"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A13", "signed a declaration on Sunday"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A12", "after face-to-face talks on the"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A12", "spent about three hours together"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A12",
     "told Venezuelan state television the meeting"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A12", "The summit followed a week"),
    ("2034-10-08_lanternwire_presidents-sign-declaration.txt", "A07", "killed in an ambush on the Cuyuni"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A12", "held talks in St Vincent"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A12", "When the meeting ended"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A13", "put their signatures to a short"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A12", "The summit was brokered by"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A07", "raised the killing of five soldiers"),
    ("2034-10-08_cardinal_kingstown-summit.txt", "A01", "oversaw last week's deployment of troops"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A12", "held talks in St Vincent"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A12", "When the meeting ended"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A13", "put their signatures to a short"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A12", "The summit was brokered by"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A07", "raised the killing of five soldiers"),
    ("2034-10-08_isthmus_st-vincent-summit.txt", "A01", "oversaw last week's deployment of troops"),
    ("2034-10-10_southbound_assembly-approves-state.txt", "A14", "approved a law creating a new"),
    ("2034-10-10_southbound_assembly-approves-state.txt", "A13", "presidents signed a pledge to avoid"),
    ("2034-10-10_southbound_assembly-approves-state.txt", "A14", "passed by 148 votes to 4"),
    ("2034-10-10_southbound_assembly-approves-state.txt", "A15", "denounced the vote as"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A15", "condemned a Venezuelan law that"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A14", "Venezuelan lawmakers passed the measure"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A13", "signed a declaration in St Vincent"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A15", "told reporters at State House"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A02", "A week ago, Fairbairn accused Caracas"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A01", "after Venezuelan troops moved up"),
    ("2034-10-10_tidewater_fairbairn-condemns-law.txt", "A07", "killed in last week's river ambush"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A16", "flew a joint exercise over Georgetown"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A14", "Venezuela's legislature voted to annex"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A16", "took part alongside a Guyana"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A16", "said the drill had been planned"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A16", "The exercise came eight days"),
    ("2034-10-11_savanna_us-guyana-flight-exercise.txt", "A03", "appealed to foreign governments for help"),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt", "A17", "navy detained a Guyanese fishing boat"),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt", "A17", "was intercepted before dawn"),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt", "A06", "had warned last week that it"),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt", "A17", "The incident comes four days"),
    ("2034-10-12_isthmus_navy-detains-fishing-boat.txt", "A13", "signed a declaration pledging to avoid"),
    ("2034-10-12_southbound_trawler-seized.txt", "A17", "boarded and seized a Guyanese trawler"),
    ("2034-10-12_southbound_trawler-seized.txt", "A17", "The seizure was the first"),
    ("2034-10-12_southbound_trawler-seized.txt", "A06", "navy threatened last Wednesday to detain"),
    ("2034-10-12_southbound_trawler-seized.txt", "A01", "took up positions along the land"),
    ("2034-10-13_cardinal_crew-released.txt", "A18", "released the 11 crew members"),
    ("2034-10-13_cardinal_crew-released.txt", "A17", "its navy had detained a day"),
    ("2034-10-13_cardinal_crew-released.txt", "A18", "the men had been freed on"),
    ("2034-10-13_cardinal_crew-released.txt", "A17", "The seizure on Thursday came"),
    ("2034-10-13_cardinal_crew-released.txt", "A06", "navy warned it would act against"),
    ("2034-10-13_lanternwire_fishermen-home.txt", "A18", "after Caracas let them go"),
    ("2034-10-13_lanternwire_fishermen-home.txt", "A17", "their trawler was seized off"),
    ("2034-10-13_lanternwire_fishermen-home.txt", "A17", "The detention was the latest"),
    ("2034-10-13_lanternwire_fishermen-home.txt", "A01", "army moved to the frontier"),
    ("2034-10-13_lanternwire_fishermen-home.txt", "A07", "gunmen attacked a Guyanese patrol"),
]

FLOORS = {"pairwise_f1": 0.82, "b3_f1": 0.84, "reports_found": 0.71}


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
