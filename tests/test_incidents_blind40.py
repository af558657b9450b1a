"""Blind incident batch 40: a Russia-NATO standoff in the Baltic Sea, written on 2026-12-02 before the coder
was run on any of it.

The crisis, over eleven days of November 2033: a data cable and a gas pipeline between Finland and Estonia are
found damaged; Finland's coast guard boards and detains a tanker of Russia's shadow fleet and police arrest
crew members (six, then corrected to eight); Moscow summons Finland's ambassador and accuses Helsinki of
piracy, Helsinki rejects the charge and the Kremlin warns of a response at sea; NATO launches a patrol mission
and a week later sends more frigates; the Finnish and Estonian prime ministers meet in Tallinn; Estonia's
prime minister and foreign minister each ask the EU to blacklist tankers; people rally at the Russian embassy
in Helsinki; Estonia's navy escorts another tanker out of its waters and a Russian fighter flies over the
escort ship, so Tallinn summons Russia's ambassador; Russia's Baltic Fleet holds live-fire drills in the Gulf
of Finland; the EU adds 38 tankers to its sanctions list the day Nordic and Baltic leaders meet in Helsinki;
Sweden opens its own inquiry; police release three of the arrested sailors.

Everything in it is synthetic: the outlets (Ridgeline Press, Continental Wire, Amber Coast Post, Gulf Courier,
Tidewater Report, Lodestar Newswire) and the people are invented, the countries and places are real, the
events never happened and the dates lie in the future. It has 25 documents, among them one verbatim syndicated
copy (Continental Wire of Gulf Courier's Estonia story) and one lightly edited copy (Lodestar Newswire of Gulf
Courier's drills story), each with a credit line at the end.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day, dated to the day it happened; its types are the PLOVER type the
CAMEO2PLOVER-2021 codebook gives (a second only where the codebook allows two readings: the escort of a tanker
out of Estonian waters is MOBILIZE or COERCE). REPORTS lists every body sentence that reports an act that
happened, background recaps in later reports included ("after Finland seized a tanker ..."), with a cue of 3
to 8 words found once in its file; a sentence reporting two acts has two entries, and no sentence reports two
acts of one type. Not listed: headlines; planned, promised, threatened, hypothetical or denied acts (a threat
is itself a THREATEN act, a demand a REQUEST act, the act threatened or demanded is not, until it happens);
acts more than a year before; tallies and statistics; opinions; bare references to an act ("the case", "their
release"); states that follow an act ("are still in custody"); Sweden's inquiry, which no PLOVER type codes.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold (file, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the thirteenth session, 2026-12-02):
run with `figures` once at its start, on its starting code (d24e5b4, whose code is a0e2745): **pairwise F1
0.610** (precision 0.829, recall 0.482), B-cubed F1 0.793, reports found 0.654. Run again at its end, on its
final code (7d80dfc): **pairwise F1 0.616** (precision 0.831, recall 0.489), B-cubed F1 0.804, reports found
0.654.
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
    ("2033-11-06_ridgeline_finland-detains-tanker.txt",
     "Finland seizes shadow-fleet tanker after Baltic cable and pipeline fail\n\n"
     "HELSINKI, November 6, 2033 (Ridgeline Press) - Finland's coast guard boarded and detained an oil "
     "tanker on Sunday in the gulf that separates the country from Estonia, a day after a data cable and a "
     "gas pipeline linking Finland and Estonia were found damaged on the seabed.\n\n"
     "The Kestrel Dawn, a Cook Islands-flagged vessel that Western officials count as part of the shadow "
     "fleet Moscow uses to move oil past sanctions, was escorted to an anchorage off the port of Porvoo, "
     "the coast guard said.\n\n"
     "Operators of the FEC-3 telecoms cable and the Gulfline gas pipeline reported a sudden loss of traffic "
     "and a pressure drop in the early hours of Saturday.\n\n"
     "Ship-tracking data showed the tanker, loaded with about 90,000 tonnes of diesel from the Russian port "
     "of Primorsk, crossing both lines at low speed in the hours before the faults appeared.\n\n"
     "\"We took control of the ship at three in the morning and our officers are now on board,\" coast "
     "guard commander Ville Saarinen told reporters in Helsinki.\n\n"
     "He said no shots were fired and the 24 crew members offered no resistance.\n\n"
     "Gas flows through the Gulfline, which can carry up to 7.2 million cubic metres a day, have stopped, "
     "and the operator said repairs could take months.\n\n"
     "In 2031, a bulk carrier was suspected of cutting two cables further west, but no charges were ever "
     "brought."),
    ("2033-11-06_continental_coast-guard-boards-tanker.txt",
     "Finnish border guards take over tanker after seabed links cut\n\n"
     "PORVOO, November 6, 2033 (Continental Wire) - Finnish border guards took control of a tanker carrying "
     "Russian diesel on Sunday, after two undersea links between Finland and Estonia went dead within hours "
     "of each other.\n\n"
     "A patrol vessel and a helicopter team reached the Kestrel Dawn before dawn, and a boarding party "
     "steered it into Finnish territorial waters, a Border Guard spokeswoman said.\n\n"
     "Helsinki has not said what it suspects the crew of doing.\n\n"
     "The ship's owner, a company registered in the United Arab Emirates, did not respond to emails.\n\n"
     "\"Undersea infrastructure in the Baltic lies shallow and within easy reach, and an anchor dragged for "
     "a few kilometres can do enormous harm,\" said Kaisa Laine, a maritime security researcher at the "
     "University of Turku.\n\n"
     "A law passed in 2030 widened the coast guard's powers to board ships beyond territorial waters.\n\n"
     "Russia's embassy in Helsinki stayed silent on Sunday."),
    ("2033-11-06_ambercoast_estonia-cable-damage.txt",
     "Estonia reroutes internet traffic as Finland holds tanker\n\n"
     "TALLINN, November 6, 2033 (Amber Coast Post) - Estonian internet providers rerouted traffic through "
     "Latvia and Sweden on Sunday after a telecoms cable to Finland was cut, while Finnish authorities held "
     "a tanker that crossed the line shortly before the break.\n\n"
     "Separately, the Gulfline gas pipeline lost pressure at 04:20 local time on Saturday, and its Estonian "
     "operator closed the valves at both ends.\n\n"
     "Officials in Tallinn said households would see no shortages because gas storage at Incukalns in "
     "Latvia was close to full.\n\n"
     "Finland's coast guard seized the Kestrel Dawn in a pre-dawn operation, Estonian Interior Minister "
     "Marek Paju told public broadcaster ERR.\n\n"
     "\"We are looking at this very carefully, and nothing is being ruled out,\" Paju said.\n\n"
     "The 77-kilometre pipeline opened in 2029 and can move gas in both directions between the two "
     "countries.\n\n"
     "The gulf is about 60 kilometres wide at its narrowest point and is crossed by a handful of cables."),
    ("2033-11-07_gulfcourier_police-arrest-crew.txt",
     "Finnish police arrest six sailors from detained tanker\n\n"
     "HELSINKI, November 7, 2033 (Gulf Courier) - Finnish police arrested six crew members of the tanker "
     "Kestrel Dawn on Monday on suspicion of aggravated criminal damage and interfering with "
     "telecommunications, the National Bureau of Investigation said.\n\n"
     "The six, who include the captain and the first officer, were taken ashore in Porvoo and are being "
     "held in Helsinki, detective superintendent Riikka Halme told a news conference.\n\n"
     "The coast guard took control of the ship early on Sunday, about a day after the damage was "
     "discovered.\n\n"
     "Investigators have found a long furrow on the seabed near the pipeline and are examining the tanker's "
     "port anchor, which appeared to be missing, Halme said.\n\n"
     "The other 18 crew members have not been arrested and remain aboard the ship.\n\n"
     "They come from India, Georgia and Russia, according to the police.\n\n"
     "A court must decide within four days whether the six stay in custody.\n\n"
     "In 2030, a Helsinki district court ruled that Finland lacked jurisdiction over a ship that had "
     "damaged a cable outside its territorial waters."),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt",
     "Russia summons Finnish ambassador, calls tanker seizure piracy\n\n"
     "MOSCOW, November 7, 2033 (Tidewater Report) - Russia's foreign ministry summoned Finland's ambassador "
     "on Monday and accused Helsinki of piracy over the boarding of the tanker Kestrel Dawn in the Gulf of "
     "Finland.\n\n"
     "Ambassador Sakari Niemi left with a written protest in hand, the ministry said.\n\n"
     "\"What happened in the Gulf of Finland is nothing less than piracy in international waters,\" the "
     "ministry's statement said.\n\n"
     "According to Russian shipping records, the Kestrel Dawn is managed from Dubai and has made 14 voyages "
     "from Primorsk this year.\n\n"
     "Finnish police arrested six of the tanker's sailors on Monday, a move the ministry did not "
     "mention.\n\n"
     "Finland joined NATO in 2023, and its relations with Moscow have been frozen for years.\n\n"
     "About a third of Russia's seaborne oil exports pass through the Gulf of Finland, according to "
     "estimates by the consultancy Nordwave Analytics."),
    ("2033-11-07_lodestar_russia-piracy-charge.txt",
     "Moscow accuses Finland of piracy as tanker row deepens\n\n"
     "MOSCOW, November 7, 2033 (Lodestar Newswire) - Moscow called in Finland's envoy on Monday, denouncing "
     "what it described as an act of piracy by the Finnish coast guard.\n\n"
     "The Finnish diplomat spent about 40 minutes inside the ministry building on Smolenskaya Square, "
     "Russian news agencies reported.\n\n"
     "The ministry said Finland's actions were lawless and accused Helsinki of acting on instructions from "
     "Brussels.\n\n"
     "Police in Finland arrested six sailors from the ship on Monday, two of them Russian citizens.\n\n"
     "\"Finland is playing a dangerous game in the Baltic,\" said Fyodor Lukin, a foreign policy "
     "commentator close to the Kremlin.\n\n"
     "Trade between Russia and Finland has fallen by more than 90 percent since 2022.\n\n"
     "The Kremlin has not commented on the case."),
    ("2033-11-08_ridgeline_nato-patrol-mission.txt",
     "NATO launches Baltic patrol mission after seabed damage\n\n"
     "BRUSSELS, November 8, 2033 (Ridgeline Press) - NATO launched a naval patrol mission in the Baltic Sea "
     "on Tuesday, sending two frigates and a pair of maritime patrol aircraft to watch over undersea cables "
     "and pipelines.\n\n"
     "The frigates, one Dutch and one German, were ordered into the Gulf of Finland from exercises off "
     "Denmark, Secretary General Marten Hoek told reporters.\n\n"
     "\"The Baltic is a busy and shallow sea, and we need to know far more about what moves across it,\" "
     "Hoek said.\n\n"
     "The mission, named Amber Guard, is expected to run until at least the end of March.\n\n"
     "It comes two days after Finland's coast guard detained the Kestrel Dawn, a tanker that crossed the "
     "damaged cable and pipeline shortly before both failed.\n\n"
     "Finnish police arrested six of its crew on Monday.\n\n"
     "NATO has 32 members, eight of which border the Baltic Sea.\n\n"
     "Russia's mission to NATO was shut in 2021."),
    ("2033-11-08_continental_finland-rejects-piracy.txt",
     "Finland dismisses Russian piracy charge, puts number of arrested sailors at eight\n\n"
     "HELSINKI, November 8, 2033 (Continental Wire) - Finland's foreign minister on Tuesday rejected "
     "Moscow's accusation that the seizure of the Kestrel Dawn amounted to piracy, saying the coast guard "
     "had acted within the law.\n\n"
     "\"There is nothing to discuss: the ship was in our exclusive economic zone and the crew are suspects "
     "in a criminal case,\" Foreign Minister Aino Rautio told parliament.\n\n"
     "Russia's foreign ministry summoned Finland's ambassador in Moscow on Monday and called the operation "
     "an act of piracy.\n\n"
     "Police said on Tuesday they had arrested eight crew members on Monday, correcting an earlier figure "
     "of six.\n\n"
     "The Kremlin, meanwhile, warned that Russia would respond to what it called the harassment of its "
     "shipping.\n\n"
     "Finnish investigators said divers had recovered an anchor about 11 kilometres east of the broken "
     "pipeline section, with marks suggesting it had been dragged along the bottom.\n\n"
     "Rautio is due to travel to Tallinn with Prime Minister Joonas Lehtonen later on Tuesday."),
    ("2033-11-08_tidewater_kremlin-warns.txt",
     "Kremlin warns of response, says navy will guard Russian cargoes\n\n"
     "MOSCOW, November 8, 2033 (Tidewater Report) - The Kremlin warned on Tuesday that Russia would use its "
     "navy to protect ships carrying its cargoes in the Baltic Sea if Finland and its allies kept stopping "
     "tankers.\n\n"
     "\"Russia will respond, and the response will be felt at sea,\" Kremlin spokesman Pavel Dronov told "
     "reporters on a conference call.\n\n"
     "He did not say what steps were under consideration.\n\n"
     "Dronov's remarks came a day after the foreign ministry summoned Finland's envoy and accused the "
     "Finnish coast guard of piracy.\n\n"
     "In Brussels, NATO said it had sent two frigates and two patrol planes to the Baltic as part of a new "
     "mission to guard seabed infrastructure.\n\n"
     "The Baltic Fleet, based in Kaliningrad and Kronstadt, has about 50 surface warships, according to "
     "Western estimates.\n\n"
     "Russian officials said in 2025 that any blockade of Russian trade in the Baltic would count as a "
     "hostile act."),
    ("2033-11-08_ambercoast_leaders-meet-tallinn.txt",
     "Finnish and Estonian prime ministers hold Tallinn talks on seabed damage\n\n"
     "TALLINN, November 8, 2033 (Amber Coast Post) - Finnish Prime Minister Joonas Lehtonen met his "
     "Estonian counterpart Kaarel Tamm in Tallinn on Tuesday to discuss the damaged cable and pipeline "
     "across the Gulf of Finland.\n\n"
     "The two leaders talked for about two hours at Stenbock House, the seat of the Estonian government, "
     "before taking questions together.\n\n"
     "\"Our countries are joined by the sea floor as much as by history,\" Tamm said at the news "
     "conference.\n\n"
     "Lehtonen said police had arrested eight sailors from the Kestrel Dawn.\n\n"
     "NATO announced its new Baltic patrol mission in Brussels on Tuesday afternoon.\n\n"
     "The Gulfline was built with 190 million euros of European Union money.\n\n"
     "Estonia draws about a fifth of its winter gas through the pipeline."),
    ("2033-11-09_gulfcourier_estonia-urges-eu.txt",
     "Estonia presses EU to blacklist shadow-fleet tankers\n\n"
     "TALLINN, November 9, 2033 (Gulf Courier) - Estonian Prime Minister Kaarel Tamm on Wednesday urged the "
     "European Union to add dozens of shadow-fleet tankers to its sanctions list, saying this week's damage "
     "to the seabed showed the ships were a danger to the region.\n\n"
     "\"Every one of these rusting ships that enters our waters is a risk we can no longer afford,\" Tamm "
     "told parliament.\n\n"
     "Foreign Minister Liisa Kask made the same demand on Wednesday in a letter to the bloc's top diplomat, "
     "asking for at least 40 vessels to be listed by the end of November.\n\n"
     "Kask's letter, seen by Gulf Courier, names the Kestrel Dawn, the tanker that Finland's coast guard "
     "seized on Sunday.\n\n"
     "The EU has blacklisted 342 vessels in successive rounds of sanctions since 2024.\n\n"
     "EU ambassadors are expected to discuss the request in Brussels on Friday.\n\n"
     "Diplomats said unanimous support among the 27 governments was not guaranteed."),
    ("2033-11-09_lodestar_protest-helsinki.txt",
     "Hundreds rally at Russian embassy in Helsinki over Baltic damage\n\n"
     "HELSINKI, November 9, 2033 (Lodestar Newswire) - Several hundred people demonstrated outside the "
     "Russian embassy in Helsinki on Wednesday evening, waving Finnish and Estonian flags and holding up "
     "lengths of severed cable.\n\n"
     "Police put the turnout at about 600, while organisers said more than 1,500 people joined the "
     "rally.\n\n"
     "\"I came because the sea is all that lies between us and them,\" said Mikko Rantala, a 34-year-old "
     "engineer.\n\n"
     "The rally passed off peacefully and no arrests were made.\n\n"
     "In Tallinn, Prime Minister Kaarel Tamm pressed the European Union to blacklist dozens of tankers from "
     "Russia's shadow fleet.\n\n"
     "The demonstration came three days after the detention of the Kestrel Dawn, whose missing anchor is at "
     "the centre of the Finnish investigation.\n\n"
     "Finland's land border with Russia has been closed to travellers since 2023."),
    ("2033-11-09_continental_estonia-urges-eu.txt",
     "Estonia presses EU to blacklist shadow-fleet tankers\n\n"
     "TALLINN, November 9, 2033 (Continental Wire) - Estonian Prime Minister Kaarel Tamm on Wednesday urged "
     "the European Union to add dozens of shadow-fleet tankers to its sanctions list, saying this week's "
     "damage to the seabed showed the ships were a danger to the region.\n\n"
     "\"Every one of these rusting ships that enters our waters is a risk we can no longer afford,\" Tamm "
     "told parliament.\n\n"
     "Foreign Minister Liisa Kask made the same demand on Wednesday in a letter to the bloc's top diplomat, "
     "asking for at least 40 vessels to be listed by the end of November.\n\n"
     "Kask's letter, seen by Gulf Courier, names the Kestrel Dawn, the tanker that Finland's coast guard "
     "seized on Sunday.\n\n"
     "The EU has blacklisted 342 vessels in successive rounds of sanctions since 2024.\n\n"
     "EU ambassadors are expected to discuss the request in Brussels on Friday.\n\n"
     "Diplomats said unanimous support among the 27 governments was not guaranteed.\n\n"
     "Originally published by Gulf Courier."),
    ("2033-11-10_tidewater_estonian-navy-escort.txt",
     "Estonian navy escorts stateless tanker out of its waters\n\n"
     "TALLINN, November 10, 2033 (Tidewater Report) - An Estonian navy patrol ship escorted an oil tanker "
     "out of Estonian territorial waters on Thursday after the vessel's crew failed to answer radio calls "
     "near the island of Vaindloo, the navy said.\n\n"
     "The tanker, the Vesta Gale, was sailing without a flag and heading for Ust-Luga, a Russian oil port, "
     "according to tracking data.\n\n"
     "The Estonian ship, the Saare, followed it for about 30 nautical miles until it crossed into the "
     "Russian zone, a navy spokesman said.\n\n"
     "A Russian Su-35 fighter jet then flew low over the Saare and briefly crossed into Estonian airspace, "
     "according to the Estonian military.\n\n"
     "\"The pilot was sending a message, and we received it,\" said navy spokesman Captain Tarmo Leis.\n\n"
     "In a similar encounter in May 2031, a Russian jet entered Estonian airspace while a navy ship was "
     "shadowing a tanker.\n\n"
     "Sweden's prosecution authority said on Thursday it had opened its own preliminary investigation into "
     "the cable damage, because a branch of the cable comes ashore on the Swedish island of Gotland."),
    ("2033-11-10_ridgeline_russian-jet-tanker.txt",
     "Russian fighter crosses into Estonian airspace near patrol ship\n\n"
     "TALLINN, November 10, 2033 (Ridgeline Press) - A Russian warplane entered Estonia's airspace on "
     "Thursday as it circled an Estonian patrol ship near the island of Vaindloo, Estonia's defence forces "
     "said.\n\n"
     "The Su-35 stayed inside Estonian airspace for less than a minute, the military said.\n\n"
     "Earlier, the patrol ship Saare had guided the stateless tanker Vesta Gale out of Estonian waters "
     "after it ignored calls to identify itself.\n\n"
     "\"Flights like this are meant to test how quickly NATO reacts,\" said Andres Kivi, a defence analyst "
     "at a Tallinn think tank.\n\n"
     "Russia's defence ministry did not comment.\n\n"
     "Estonia has recorded 11 violations of its airspace by Russian aircraft since 2028."),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt",
     "Estonia summons Russian envoy over fighter jet incursion\n\n"
     "TALLINN, November 11, 2033 (Amber Coast Post) - The foreign ministry in Tallinn summoned Russia's "
     "envoy, Oleg Serov, on Friday and gave him a protest note over Thursday's incursion into Estonian "
     "airspace by a Russian fighter jet.\n\n"
     "Serov spent some 20 minutes in the building and left without talking to journalists.\n\n"
     "The ministry said in its note that the flight was a serious breach of Estonia's sovereignty.\n\n"
     "The Su-35 flew over the patrol ship Saare on Thursday near the island of Vaindloo.\n\n"
     "The Saare had just seen the tanker Vesta Gale out of Estonian waters.\n\n"
     "Russia has not confirmed that its aircraft entered Estonian airspace.\n\n"
     "Moscow summoned the Finnish ambassador on Monday over the tanker seizure."),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt",
     "Russian navy starts live-fire drills in Gulf of Finland\n\n"
     "MOSCOW, November 11, 2033 (Gulf Courier) - Russia's Baltic Fleet began live-fire exercises in the "
     "eastern Gulf of Finland on Friday, with 12 warships and support vessels taking part, the defence "
     "ministry said.\n\n"
     "According to the ministry, the drills would last five days and include practice in protecting "
     "merchant convoys.\n\n"
     "The exercises follow a warning by the Kremlin on Tuesday that Russia's navy would protect Russian "
     "cargoes at sea, after Finland seized a tanker carrying Russian diesel.\n\n"
     "Finnish navy officials said they were monitoring the drills and saw no immediate threat.\n\n"
     "Estonia on Friday summoned Russia's ambassador in Tallinn over Thursday's airspace violation by a "
     "Russian Su-35.\n\n"
     "The Baltic Fleet held a similar exercise in the same waters in July 2032.\n\n"
     "The eastern part of the gulf leads to St Petersburg and the oil terminals of Primorsk and Ust-Luga."),
    ("2033-11-11_lodestar_gulf-drills.txt",
     "Russia's Baltic Fleet opens live-fire exercises near Finland\n\n"
     "MOSCOW, November 11, 2033 (Lodestar Newswire) - Russia's Baltic Fleet began live-fire exercises in "
     "the eastern Gulf of Finland on Friday, with 12 warships and support vessels taking part, Russia's "
     "defence ministry said.\n\n"
     "According to the ministry, the drills would last five days and include practice in protecting "
     "merchant convoys.\n\n"
     "The exercises follow a warning by the Kremlin on Tuesday that Russia's navy would protect Russian "
     "cargoes at sea, after Finland seized a tanker carrying Russian diesel.\n\n"
     "Finland's navy said it was monitoring the drills and saw no immediate threat.\n\n"
     "Estonia on Friday summoned Russia's ambassador in Tallinn over Thursday's airspace violation by a "
     "Russian Su-35.\n\n"
     "The eastern part of the gulf leads to St Petersburg and the oil terminals of Primorsk and "
     "Ust-Luga.\n\n"
     "Originally published by Gulf Courier."),
    ("2033-11-14_continental_nato-adds-frigates.txt",
     "NATO sends four more frigates to Baltic as Russian drills go on\n\n"
     "BRUSSELS, November 14, 2033 (Continental Wire) - NATO sent four more frigates and an airborne early "
     "warning plane to the Baltic Sea on Monday, reinforcing its Amber Guard patrol mission.\n\n"
     "The first two frigates, from the Netherlands and Germany, were sent into the Gulf of Finland last "
     "Tuesday when the mission began.\n\n"
     "The new ships come from Poland, Sweden, Denmark and Norway, and the surveillance plane will fly from "
     "Geilenkirchen in Germany, a NATO spokeswoman said.\n\n"
     "Russia's Baltic Fleet has pressed on with the live-fire drills in the Gulf of Finland that it began "
     "on Friday.\n\n"
     "\"Six frigates cannot watch every metre of seabed, but they make it much harder to act unseen,\" said "
     "Lotta Berg, a naval analyst with a Swedish think tank.\n\n"
     "Eight crew members of the Kestrel Dawn were arrested in Finland last Monday.\n\n"
     "NATO's air policing mission over the Baltic states has been running since 2004."),
    ("2033-11-14_tidewater_nato-reinforces.txt",
     "More NATO warships head for the Gulf of Finland\n\n"
     "HELSINKI, November 14, 2033 (Tidewater Report) - NATO dispatched four additional frigates and a "
     "surveillance aircraft to the Baltic on Monday, its second deployment in a week as tension with Russia "
     "over the damaged undersea lines persisted.\n\n"
     "Two frigates, one Dutch and one German, were ordered to the Gulf of Finland by NATO on November 8.\n\n"
     "Russian warships have been firing at sea targets in the eastern gulf since Friday, in drills Moscow "
     "calls routine.\n\n"
     "A Russian fighter jet entered Estonian airspace on Thursday during a standoff over a tanker, "
     "prompting Tallinn to summon Moscow's ambassador the next day.\n\n"
     "Finnish officials said repairs to the telecoms cable were finished on Sunday, but the gas pipeline "
     "would stay shut until at least February.\n\n"
     "Swedish prosecutors opened their own inquiry into the cable damage on Thursday because a branch of "
     "the cable reaches Gotland."),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt",
     "EU blacklists 38 shadow-fleet tankers after Baltic damage\n\n"
     "BRUSSELS, November 15, 2033 (Ridgeline Press) - EU governments put 38 more tankers under sanctions on "
     "Tuesday, barring them from EU ports and services in response to the damage to a cable and a gas "
     "pipeline between Finland and Estonia.\n\n"
     "The Kestrel Dawn is among the ships on the list.\n\n"
     "So is the Vesta Gale, the stateless tanker that Estonia's navy escorted out of its waters last "
     "Thursday.\n\n"
     "Ambassadors of the 27 member states approved the listing at a meeting on Tuesday morning, and it took "
     "effect immediately.\n\n"
     "Estonian Prime Minister Kaarel Tamm had asked for the move last Wednesday.\n\n"
     "His foreign minister, Liisa Kask, made a similar request in a letter to Brussels the same day.\n\n"
     "The new listings bring the number of vessels under EU sanctions to 380.\n\n"
     "EU officials said 17 of the listed ships had carried Russian oil through the Gulf of Finland in the "
     "past three months.\n\n"
     "Russian officials offered no response on Tuesday."),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt",
     "Nordic and Baltic leaders gather in Helsinki over seabed security\n\n"
     "HELSINKI, November 15, 2033 (Gulf Courier) - Leaders of the five Nordic and three Baltic countries "
     "met in Helsinki on Tuesday to discuss protecting cables and pipelines on the Baltic seabed, hours "
     "after the EU blacklisted dozens of tankers.\n\n"
     "Prime Minister Joonas Lehtonen hosted the meeting at Kesaranta, his official residence.\n\n"
     "Lehtonen and Estonia's Kaarel Tamm had already held talks in Tallinn a week earlier.\n\n"
     "\"We have learned this month how fragile the links under our sea are,\" Lehtonen told reporters "
     "afterwards.\n\n"
     "The leaders discussed pooling coast guard and navy patrols and sharing data from seabed sensors, "
     "officials said.\n\n"
     "Iceland's prime minister took part by video link because a storm had grounded flights.\n\n"
     "The summit had been planned before the damage, but officials said its agenda was rebuilt around the "
     "crisis.\n\n"
     "A joint statement is expected on Wednesday."),
    ("2033-11-15_ambercoast_helsinki-summit.txt",
     "Baltic seabed security dominates Helsinki summit\n\n"
     "HELSINKI, November 15, 2033 (Amber Coast Post) - Estonian Prime Minister Kaarel Tamm joined seven "
     "other Nordic and Baltic heads of government in Helsinki on Tuesday for talks dominated by the damage "
     "to the seabed links between Estonia and Finland.\n\n"
     "EU ambassadors in Brussels approved sanctions on 38 more tankers on the same day.\n\n"
     "Tamm had urged the bloc last week to take that step.\n\n"
     "\"Two weeks ago, few people outside this room had heard of the Gulfline,\" Tamm told reporters at "
     "Kesaranta.\n\n"
     "In Helsinki, police said the eight sailors arrested last week were still being questioned.\n\n"
     "Estonia's gas storage is about 85 percent full, the economy ministry said."),
    ("2033-11-16_lodestar_three-crew-freed.txt",
     "Finland frees three sailors from Kestrel Dawn\n\n"
     "HELSINKI, November 16, 2033 (Lodestar Newswire) - Finnish police released three crew members of the "
     "tanker Kestrel Dawn on Wednesday, saying they were no longer suspected of involvement in the damage "
     "to a cable and a gas pipeline.\n\n"
     "The three, two Indian nationals and a Georgian, walked out of a detention centre in Vantaa and are "
     "free to leave Finland, detective superintendent Riikka Halme said.\n\n"
     "Five other crew members, among them the Russian captain, are still in custody.\n\n"
     "Police arrested eight of the 24 sailors on November 7.\n\n"
     "The coast guard had seized the ship the previous day near Porvoo.\n\n"
     "Russia's foreign ministry, which summoned Finland's ambassador last week and accused Helsinki of "
     "piracy, had no immediate comment on the releases.\n\n"
     "Finland's prosecutor general has until the end of January to decide whether to bring charges.\n\n"
     "The pipeline's operator said on Wednesday that repairs would cost at least 60 million euros."),
    ("2033-11-16_continental_finland-frees-sailors.txt",
     "Three Kestrel Dawn sailors walk free as Finland narrows inquiry\n\n"
     "HELSINKI, November 16, 2033 (Continental Wire) - Three sailors from the Kestrel Dawn were set free on "
     "Wednesday after Finnish investigators cleared them of suspicion in the Baltic seabed damage case, "
     "police said.\n\n"
     "Their release leaves five of the tanker's crew in custody, including the captain.\n\n"
     "The tanker itself is still anchored off Porvoo, ten days after Finnish border guards boarded it in a "
     "night-time raid.\n\n"
     "Moscow, which called the seizure piracy when it summoned Finland's ambassador on November 7, had no "
     "immediate comment.\n\n"
     "The case set off a week of military signalling on both sides of the gulf.\n\n"
     "Russia's navy held five days of live-fire drills in the eastern gulf, ending on Tuesday.\n\n"
     "\"Releasing three people who were never central to the case changes nothing about the diplomatic "
     "picture,\" said Henrik Sjoberg, a lecturer in international law at Abo Akademi University.\n\n"
     "In 2030, a Finnish court dismissed charges against the officers of another ship accused of dragging "
     "its anchor across a cable."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2033-11-06", "Finnish coast guard boards and detains the tanker Kestrel Dawn"),
    "A02": (("COERCE",), "2033-11-07",
            "Finnish police arrest crew members of the Kestrel Dawn (six, later eight)"),
    "A03": (("ACCUSE",), "2033-11-07",
            "Russian foreign ministry summons Finland's ambassador, accuses Helsinki of piracy"),
    "A04": (("REJECT",), "2033-11-08", "Finnish foreign minister Rautio rejects the piracy accusation"),
    "A05": (("THREATEN",), "2033-11-08",
            "Kremlin warns Russia will respond and use its navy to protect its shipping"),
    "A06": (("MOBILIZE",), "2033-11-08",
            "NATO launches Amber Guard patrol, sends two frigates and patrol aircraft"),
    "A07": (("CONSULT",), "2033-11-08", "Finnish PM Lehtonen and Estonian PM Tamm meet in Tallinn"),
    "A08": (("REQUEST",), "2033-11-09", "Estonian PM Tamm urges the EU to blacklist shadow-fleet tankers"),
    "A09": (("REQUEST",), "2033-11-09",
            "Estonian foreign minister Kask makes the same demand in a letter to the EU"),
    "A10": (("PROTEST",), "2033-11-09", "Demonstrators rally outside the Russian embassy in Helsinki"),
    "A11": (("MOBILIZE", "COERCE"), "2033-11-10",
            "Estonian navy ship Saare escorts the tanker Vesta Gale out of Estonian waters"),
    "A12": (("MOBILIZE",), "2033-11-10",
            "Russian Su-35 flies over the Estonian patrol ship, enters Estonian airspace"),
    "A13": (("ACCUSE",), "2033-11-11",
            "Estonian foreign ministry summons Russia's ambassador over the airspace violation"),
    "A14": (("MOBILIZE",), "2033-11-11",
            "Russia's Baltic Fleet begins live-fire drills in the Gulf of Finland"),
    "A15": (("MOBILIZE",), "2033-11-14",
            "NATO sends four more frigates and an early warning plane to the Baltic"),
    "A16": (("SANCTION",), "2033-11-15", "EU adds 38 tankers to its sanctions list"),
    "A17": (("CONSULT",), "2033-11-15", "Nordic and Baltic leaders meet in Helsinki"),
    "A18": (("RETREAT",), "2033-11-16", "Finnish police release three of the arrested crew members"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-11-06_ridgeline_finland-detains-tanker.txt", "A01", "boarded and detained an oil tanker"),
    ("2033-11-06_ridgeline_finland-detains-tanker.txt", "A01", "was escorted to an anchorage off"),
    ("2033-11-06_ridgeline_finland-detains-tanker.txt", "A01", "We took control of the ship"),
    ("2033-11-06_continental_coast-guard-boards-tanker.txt", "A01", "took control of a tanker carrying"),
    ("2033-11-06_continental_coast-guard-boards-tanker.txt", "A01", "a boarding party steered it"),
    ("2033-11-06_ambercoast_estonia-cable-damage.txt", "A01", "Finnish authorities held a tanker"),
    ("2033-11-06_ambercoast_estonia-cable-damage.txt", "A01", "seized the Kestrel Dawn in a pre-dawn"),
    ("2033-11-07_gulfcourier_police-arrest-crew.txt", "A02", "arrested six crew members of the"),
    ("2033-11-07_gulfcourier_police-arrest-crew.txt", "A02", "were taken ashore in Porvoo"),
    ("2033-11-07_gulfcourier_police-arrest-crew.txt", "A01", "took control of the ship early on Sunday"),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt", "A03", "summoned Finland's ambassador on Monday"),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt", "A01", "over the boarding of the tanker"),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt", "A03", "left with a written protest in hand"),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt", "A03", "nothing less than piracy in international"),
    ("2033-11-07_tidewater_moscow-summons-envoy.txt", "A02", "arrested six of the tanker's sailors"),
    ("2033-11-07_lodestar_russia-piracy-charge.txt", "A03", "called in Finland's envoy on Monday"),
    ("2033-11-07_lodestar_russia-piracy-charge.txt", "A03", "spent about 40 minutes inside the"),
    ("2033-11-07_lodestar_russia-piracy-charge.txt", "A03", "accused Helsinki of acting on instructions"),
    ("2033-11-07_lodestar_russia-piracy-charge.txt", "A02", "arrested six sailors from the ship"),
    ("2033-11-08_ridgeline_nato-patrol-mission.txt", "A06", "NATO launched a naval patrol mission"),
    ("2033-11-08_ridgeline_nato-patrol-mission.txt", "A06", "were ordered into the Gulf of Finland"),
    ("2033-11-08_ridgeline_nato-patrol-mission.txt", "A01", "two days after Finland's coast guard detained"),
    ("2033-11-08_ridgeline_nato-patrol-mission.txt", "A02", "Finnish police arrested six of its crew"),
    ("2033-11-08_continental_finland-rejects-piracy.txt", "A04",
     "rejected Moscow's accusation that the seizure"),
    ("2033-11-08_continental_finland-rejects-piracy.txt", "A04", "There is nothing to discuss"),
    ("2033-11-08_continental_finland-rejects-piracy.txt", "A03",
     "summoned Finland's ambassador in Moscow on"),
    ("2033-11-08_continental_finland-rejects-piracy.txt", "A02", "they had arrested eight crew members"),
    ("2033-11-08_continental_finland-rejects-piracy.txt", "A05", "warned that Russia would respond"),
    ("2033-11-08_tidewater_kremlin-warns.txt", "A05", "warned on Tuesday that Russia would"),
    ("2033-11-08_tidewater_kremlin-warns.txt", "A05", "Russia will respond, and the response"),
    ("2033-11-08_tidewater_kremlin-warns.txt", "A03", "came a day after the foreign ministry"),
    ("2033-11-08_tidewater_kremlin-warns.txt", "A06", "had sent two frigates and two patrol"),
    ("2033-11-08_ambercoast_leaders-meet-tallinn.txt", "A07", "met his Estonian counterpart Kaarel Tamm"),
    ("2033-11-08_ambercoast_leaders-meet-tallinn.txt", "A07", "talked for about two hours at"),
    ("2033-11-08_ambercoast_leaders-meet-tallinn.txt", "A02", "police had arrested eight sailors from"),
    ("2033-11-08_ambercoast_leaders-meet-tallinn.txt", "A06", "NATO announced its new Baltic patrol mission"),
    ("2033-11-09_gulfcourier_estonia-urges-eu.txt", "A08", "Kaarel Tamm on Wednesday urged the"),
    ("2033-11-09_gulfcourier_estonia-urges-eu.txt", "A09", "made the same demand on Wednesday"),
    ("2033-11-09_gulfcourier_estonia-urges-eu.txt", "A01", "the tanker that Finland's coast guard seized"),
    ("2033-11-09_lodestar_protest-helsinki.txt", "A10", "demonstrated outside the Russian embassy in"),
    ("2033-11-09_lodestar_protest-helsinki.txt", "A10", "Police put the turnout at about"),
    ("2033-11-09_lodestar_protest-helsinki.txt", "A08", "pressed the European Union to blacklist"),
    ("2033-11-09_lodestar_protest-helsinki.txt", "A01", "three days after the detention of"),
    ("2033-11-09_continental_estonia-urges-eu.txt", "A08", "Kaarel Tamm on Wednesday urged the"),
    ("2033-11-09_continental_estonia-urges-eu.txt", "A09", "made the same demand on Wednesday"),
    ("2033-11-09_continental_estonia-urges-eu.txt", "A01", "the tanker that Finland's coast guard seized"),
    ("2033-11-10_tidewater_estonian-navy-escort.txt", "A11", "escorted an oil tanker out of"),
    ("2033-11-10_tidewater_estonian-navy-escort.txt", "A11", "followed it for about 30 nautical"),
    ("2033-11-10_tidewater_estonian-navy-escort.txt", "A12", "fighter jet then flew low over"),
    ("2033-11-10_ridgeline_russian-jet-tanker.txt", "A12", "A Russian warplane entered Estonia's airspace"),
    ("2033-11-10_ridgeline_russian-jet-tanker.txt", "A12", "stayed inside Estonian airspace for less"),
    ("2033-11-10_ridgeline_russian-jet-tanker.txt", "A11", "had guided the stateless tanker Vesta Gale"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A13", "summoned Russia's envoy, Oleg Serov"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A12", "Thursday's incursion into Estonian airspace"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A13", "spent some 20 minutes in the building"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A13", "a serious breach of Estonia's sovereignty"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A12", "flew over the patrol ship Saare"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A11", "had just seen the tanker Vesta Gale"),
    ("2033-11-11_ambercoast_estonia-summons-envoy.txt", "A03",
     "Moscow summoned the Finnish ambassador on Monday"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A14", "began live-fire exercises in the eastern"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A14", "practice in protecting merchant convoys"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A05", "a warning by the Kremlin on Tuesday"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A01", "after Finland seized a tanker carrying"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A13", "summoned Russia's ambassador in Tallinn"),
    ("2033-11-11_gulfcourier_russian-navy-drills.txt", "A12", "Thursday's airspace violation by a Russian"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A14", "began live-fire exercises in the eastern"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A14", "practice in protecting merchant convoys"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A05", "a warning by the Kremlin on Tuesday"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A01", "after Finland seized a tanker carrying"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A13", "summoned Russia's ambassador in Tallinn"),
    ("2033-11-11_lodestar_gulf-drills.txt", "A12", "Thursday's airspace violation by a Russian"),
    ("2033-11-14_continental_nato-adds-frigates.txt", "A15", "sent four more frigates and an airborne"),
    ("2033-11-14_continental_nato-adds-frigates.txt", "A06", "sent into the Gulf of Finland last Tuesday"),
    ("2033-11-14_continental_nato-adds-frigates.txt", "A15", "The new ships come from Poland"),
    ("2033-11-14_continental_nato-adds-frigates.txt", "A14", "pressed on with the live-fire drills"),
    ("2033-11-14_continental_nato-adds-frigates.txt", "A02", "were arrested in Finland last Monday"),
    ("2033-11-14_tidewater_nato-reinforces.txt", "A15", "NATO dispatched four additional frigates"),
    ("2033-11-14_tidewater_nato-reinforces.txt", "A06", "ordered to the Gulf of Finland by NATO"),
    ("2033-11-14_tidewater_nato-reinforces.txt", "A14", "have been firing at sea targets"),
    ("2033-11-14_tidewater_nato-reinforces.txt", "A12", "A Russian fighter jet entered Estonian airspace"),
    ("2033-11-14_tidewater_nato-reinforces.txt", "A13", "prompting Tallinn to summon Moscow's ambassador"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A16", "put 38 more tankers under sanctions"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A16", "is among the ships on the list"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A16", "So is the Vesta Gale"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A11", "that Estonia's navy escorted out of"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A16", "approved the listing at a meeting"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A08", "had asked for the move last Wednesday"),
    ("2033-11-15_ridgeline_eu-sanctions-tankers.txt", "A09", "made a similar request in a letter"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A17", "Leaders of the five Nordic and three"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A16", "hours after the EU blacklisted dozens"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A17", "hosted the meeting at Kesaranta"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A07", "had already held talks in Tallinn"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A17", "The leaders discussed pooling coast guard"),
    ("2033-11-15_gulfcourier_nordic-baltic-summit.txt", "A17", "took part by video link"),
    ("2033-11-15_ambercoast_helsinki-summit.txt", "A17", "joined seven other Nordic and Baltic"),
    ("2033-11-15_ambercoast_helsinki-summit.txt", "A16", "approved sanctions on 38 more tankers"),
    ("2033-11-15_ambercoast_helsinki-summit.txt", "A08", "had urged the bloc last week"),
    ("2033-11-15_ambercoast_helsinki-summit.txt", "A02", "the eight sailors arrested last week"),
    ("2033-11-16_lodestar_three-crew-freed.txt", "A18", "released three crew members of the"),
    ("2033-11-16_lodestar_three-crew-freed.txt", "A18", "walked out of a detention centre"),
    ("2033-11-16_lodestar_three-crew-freed.txt", "A02", "Police arrested eight of the 24 sailors"),
    ("2033-11-16_lodestar_three-crew-freed.txt", "A01", "The coast guard had seized the ship"),
    ("2033-11-16_lodestar_three-crew-freed.txt", "A03", "which summoned Finland's ambassador last week"),
    ("2033-11-16_continental_finland-frees-sailors.txt", "A18", "were set free on Wednesday"),
    ("2033-11-16_continental_finland-frees-sailors.txt", "A01", "after Finnish border guards boarded it"),
    ("2033-11-16_continental_finland-frees-sailors.txt", "A03", "when it summoned Finland's ambassador on"),
    ("2033-11-16_continental_finland-frees-sailors.txt", "A14", "held five days of live-fire drills"),
]

FLOORS = {"pairwise_f1": 0.58, "b3_f1": 0.77, "reports_found": 0.63}


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
