"""The eleventh blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a disputed parliamentary election in Moldova and its aftermath, October 15-25, 2034. As polls
close on Sunday, opposition leader Elena Moraru of the Civic Renewal Bloc accuses the ruling Party of Order
and Progress of rigging the vote; the bloc rallies in Chisinau's main square on Monday night and again outside
the Central Electoral Commission on Tuesday night, after the Interior Ministry has ringed the building with
riot police; late on Tuesday riot police break up the second rally with water cannon and tear gas (14 hurt,
then 31) and arrest about 40 people, then 58, among them deputy leader Andrei Grosu. On Wednesday the EU's
foreign policy chief and the US State Department each urge Chisinau to free the detainees, the interior
minister threatens to ban rallies in the city centre, and Hungary's foreign minister congratulates the prime
minister. On Thursday Moraru begins a hunger strike and the president promises an independent review of police
conduct; on Friday the commission rejects all 23 opposition complaints and Romania's foreign minister meets
the president and, later, Moraru; on Saturday the government bans gatherings in central Chisinau (the
threatened act); on Monday the bloc boycotts the first sitting of parliament; on Tuesday a court frees 21
detainees. 25 documents from 6 outlets, among them one verbatim syndicated copy and one lightly edited copy.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type that CAMEO2PLOVER-2021 gives (the
dispersal with water cannon is violent repression, 175, ASSAULT). REPORTS lists every body sentence (headlines
are not reports) that reports an act that happened, background recaps in later reports included, each with a
verbatim cue found once in its file; a sentence that reports two acts has two entries, and no sentence reports
two acts of one type. Planned, promised-but-not-yet-done, threatened-but-not-yet-done, conditional, denied and
hypothetical acts are not listed (a promise is itself an AGREE act and a threat a THREATEN act), nor acts more
than a year before, statistics and tallies, opinions, or a noun that only points back at an act as the object
or anchor of another ("free the detainees", "the decree"). Look-alikes that are separate acts: the Monday and
Tuesday rallies; the EU's and Washington's calls to free the detainees, on the same day; the Romanian
minister's two meetings on Friday, with the president and with Moraru; the dispersal and the arrests, the same
night; the minister's threat on Wednesday and the ban on Saturday; the rallies, the hunger strike and the
boycott, all PROTEST by the opposition on different days.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold (file, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 9f283e1 (the fifth 2026-12-01 session's final code; written at the end of the session and
never read), with `figures`: **pairwise F1 0.667** (precision 0.951, recall 0.513; 113 gold pairs), B-cubed F1
0.793 (precision 0.977, recall 0.668), reports_found 0.794; 64 mapped events of 18 acts in 31 incidents. The
session's starting code (24820a3), run beside it: pairwise F1 0.585 (precision 0.941, recall 0.425), B-cubed
F1 0.756.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: pairwise F1 0.667 (precision 0.951, recall 0.513), B-cubed F1 0.793, the same
on both. Its groupings were not printed or read.
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
    ("2034-10-15_lindenfield_moldova-opposition-alleges-fraud.txt",
     "Moldovan opposition cries fraud as polls close in tight parliamentary race\n\n"
     "CHISINAU, October 15, 2034 (Lindenfield Wire) - Moldova's main opposition leader accused the "
     "governing party of rigging Sunday's parliamentary election, minutes after polling stations closed "
     "and before a single official result had been published.\n\n"
     "Elena Moraru, who heads the pro-European Civic Renewal Bloc, told supporters at her campaign "
     "headquarters that observers had seen voters being ferried by bus from one precinct to the next in "
     "the country's south.\n\n"
     "An exit poll for a private broadcaster gave the ruling Party of Order and Progress 41 percent "
     "against 38 percent for the bloc, with four smaller parties splitting the rest. Turnout stood at 49.6 "
     "percent an hour before the close, the Central Electoral Commission said.\n\n"
     "\"What we saw today was not an election but an operation,\" Moraru said. She added that the bloc's "
     "monitors had filmed ballot papers being handed out in bundles at a school in Comrat.\n\n"
     "The vote is the first since Moldova opened formal accession chapters with the European Union, and "
     "the campaign was dominated by energy prices and the country's road toward Brussels. Preliminary "
     "results are expected early on Monday."),
    ("2034-10-16_bramble_moldova-ruling-party-edges-ahead.txt",
     "Moldova's ruling party edges ahead as count nears completion\n\n"
     "CHISINAU, October 16, 2034 (Bramble News Service) - Moldova's governing Party of Order and Progress "
     "held a narrow lead on Monday with nearly all ballots counted from Sunday's parliamentary vote, "
     "figures from the Central Electoral Commission showed.\n\n"
     "With 98.7 percent of precincts reporting, the party had 42.3 percent of the vote and the opposition "
     "Civic Renewal Bloc 39.1 percent.\n\n"
     "Opposition leader Elena Moraru had alleged on Sunday night that voters were bussed between precincts "
     "and that ballot boxes were stuffed in several southern districts.\n\n"
     "Commission chairwoman Natalia Ciobanu told a briefing that her staff had logged 23 formal complaints "
     "so far.\n\n"
     "Moldova, a country of about 2.4 million people wedged between Romania and Ukraine, has swung between "
     "pro-Western and Moscow-leaning governments since independence in 1991."),
    ("2034-10-16_carpathian_thousands-rally-in-chisinau.txt",
     "Thousands rally in Chisinau against disputed election count\n\n"
     "CHISINAU, October 16, 2034 (Carpathian Post) - Thousands of opposition supporters filled Chisinau's "
     "Great National Assembly Square on Monday night, waving European Union flags and chanting for a "
     "recount of Sunday's parliamentary vote.\n\n"
     "Organisers put the crowd at 25,000, while police estimated about 9,000.\n\n"
     "Elena Moraru, leader of the Civic Renewal Bloc, addressed the crowd from a flatbed truck shortly "
     "after nightfall.\n\n"
     "The rally came a day after Moraru accused the governing Party of Order and Progress of ballot "
     "stuffing in the southern districts of Cahul and Taraclia.\n\n"
     "\"I came because my vote is worth something,\" said Mihai Rotaru, a 34-year-old engineer from Balti."
     "\n\n"
     "Protesters later marched from the square to the government building and back before going home "
     "around midnight."),
    ("2034-10-17_stonebridge_riot-police-ring-election-body.txt",
     "Moldova deploys riot police around election body ahead of new protest\n\n"
     "CHISINAU, October 17, 2034 (Stonebridge Report) - Moldova's Interior Ministry sent hundreds of riot "
     "police and several armoured vans to surround the Central Electoral Commission building on Tuesday, "
     "as the opposition prepared for a second night of protests over the weekend election.\n\n"
     "Metal barriers went up along Stefan cel Mare Boulevard, and gendarmerie units from outside the "
     "capital were seen arriving in buses.\n\n"
     "Monday night's rally in the central square drew thousands and ended without incident.\n\n"
     "Officers in helmets and body armour stood three deep at the commission's entrances by midafternoon."
     "\n\n"
     "Analysts said a hung parliament was now likely, with the ruling party needing a partner to stay in "
     "power.\n\n"
     "\"Both sides are counting on the street and the courts at the same time,\" said Dana Pirvu, a "
     "political scientist at the State University of Moldova."),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt",
     "Moldovan police use water cannon on election protest, detain opposition figures\n\n"
     "CHISINAU, October 17, 2034 (Lindenfield Wire) - Riot police in Moldova's capital turned water cannon "
     "and tear gas on several thousand opposition protesters late on Tuesday, clearing the street outside "
     "the electoral commission after a second night of demonstrations over Sunday's vote.\n\n"
     "At least 14 people were hurt when officers charged the crowd, the city's emergency services said.\n\n"
     "Police detained about 40 people, among them Andrei Grosu, deputy leader of the Civic Renewal Bloc, "
     "and two of its newly elected lawmakers.\n\n"
     "Protesters had gathered at dusk, chanting \"Recount!\" and blocking traffic on Stefan cel Mare "
     "Boulevard. The Interior Ministry had sent hundreds of officers and armoured vans to ring the "
     "commission building earlier in the day.\n\n"
     "Video posted by the bloc showed Grosu being bundled into an unmarked van.\n\n"
     "The first rally, on Monday night, had ended peacefully."),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt",
     "Injury toll rises to 31 after Moldova protest crackdown; 58 held\n\n"
     "CHISINAU, October 18, 2034 (Vantage Daily) - At least 31 people were injured when Moldovan riot "
     "police broke up an opposition rally with water cannon and clouds of tear gas late on Tuesday, the "
     "Health Ministry said on Wednesday, more than twice the figure first given.\n\n"
     "Police arrested 58 people on Tuesday night, the Interior Ministry said, up from an initial count of "
     "about 40.\n\n"
     "Among them is Andrei Grosu, deputy leader of the opposition Civic Renewal Bloc, who was pulled from "
     "a car near the commission building by plainclothes officers, his lawyer said.\n\n"
     "Health Ministry officials said most of the injured had been hit by water cannon jets or had trouble "
     "breathing after inhaling gas. Nine were still in hospital on Wednesday, one with a head wound.\n\n"
     "Tuesday's rally outside the Central Electoral Commission drew a bigger crowd than any opposition "
     "event since 2029.\n\n"
     "Final results published by the electoral commission on Wednesday confirmed the ruling Party of Order "
     "and Progress in first place with 42.4 percent.\n\n"
     "\"I have not been able to speak to Andrei since last night,\" Moraru told reporters outside the "
     "police station where he is held."),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt",
     "Injury toll rises to 31 after Moldova protest crackdown; 58 held\n\n"
     "CHISINAU, October 18, 2034 (Orchard Bulletin) - At least 31 people were injured when Moldovan riot "
     "police broke up an opposition rally with water cannon and clouds of tear gas late on Tuesday, the "
     "Health Ministry said on Wednesday, more than twice the figure first given.\n\n"
     "Police arrested 58 people on Tuesday night, the Interior Ministry said, up from an initial count of "
     "about 40.\n\n"
     "Among them is Andrei Grosu, deputy leader of the opposition Civic Renewal Bloc, who was pulled from "
     "a car near the commission building by plainclothes officers, his lawyer said.\n\n"
     "Health Ministry officials said most of the injured had been hit by water cannon jets or had trouble "
     "breathing after inhaling gas. Nine were still in hospital on Wednesday, one with a head wound.\n\n"
     "Tuesday's rally outside the Central Electoral Commission drew a bigger crowd than any opposition "
     "event since 2029.\n\n"
     "Final results published by the electoral commission on Wednesday confirmed the ruling Party of Order "
     "and Progress in first place with 42.4 percent.\n\n"
     "\"I have not been able to speak to Andrei since last night,\" Moraru told reporters outside the "
     "police station where he is held.\n\n"
     "This report first appeared in Vantage Daily."),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt",
     "EU and Washington press Moldova to free detained protesters\n\n"
     "BRUSSELS, October 18, 2034 (Bramble News Service) - The EU's top diplomat on Wednesday called on "
     "Moldovan authorities to free all detained protesters and to investigate the police response.\n\n"
     "In a written statement, Annika Vestergaard also urged restraint from all sides in the coming days."
     "\n\n"
     "In Washington, State Department spokesman Gregory Palmer urged the government in Chisinau to free "
     "those held \"without delay\" and to let observers examine the complaints about the count. The State "
     "Department also asked the Moldovan authorities to let the detainees see lawyers.\n\n"
     "Riot police cleared protesters from outside the electoral commission late on Tuesday, firing tear "
     "gas and water cannon.\n\n"
     "Moldova's foreign ministry had not commented by late afternoon.\n\n"
     "The EU granted Moldova candidate status in 2022 and opened the first negotiating chapters eight "
     "years later."),
    ("2034-10-18_carpathian_minister-threatens-rally-ban.txt",
     "Moldovan minister threatens to outlaw rallies in capital\n\n"
     "CHISINAU, October 18, 2034 (Carpathian Post) - Moldova's interior minister warned on Wednesday that "
     "street gatherings in central Chisinau would be outlawed if opposition supporters returned to the "
     "streets without permission.\n\n"
     "\"The state will not allow a minority to hold the capital hostage,\" Sergiu Botnaru told a news "
     "conference.\n\n"
     "Botnaru said he would put a ban before the cabinet at its next meeting if there was another "
     "unauthorised rally.\n\n"
     "Washington on Wednesday urged Moldova to release the detainees quickly.\n\n"
     "Civic Renewal Bloc spokeswoman Irina Sandu said the party was consulting its lawyers about the "
     "minister's remarks.\n\n"
     "Moldovan law requires organisers to notify city hall of a rally at least five days in advance, "
     "though the rule has rarely been enforced."),
    ("2034-10-18_stonebridge_moldova-final-results.txt",
     "Moldova's election body confirms ruling party win; Budapest sends congratulations\n\n"
     "CHISINAU, October 18, 2034 (Stonebridge Report) - Moldova's Central Electoral Commission on "
     "Wednesday published final results of Sunday's parliamentary election, confirming the governing Party "
     "of Order and Progress as the largest party with 49 of 101 seats.\n\n"
     "The opposition Civic Renewal Bloc won 45 seats, and a centrist farmers' party took the remaining "
     "seven.\n\n"
     "Hungarian Foreign Minister Bence Kovacs congratulated Prime Minister Dorin Vlasov on the result in a "
     "message on social media, the first foreign government to do so. Kovacs praised what he called a calm "
     "and orderly vote.\n\n"
     "Annika Vestergaard, the EU's top diplomat, called earlier on Wednesday for the detained protesters "
     "to be freed.\n\n"
     "Bloc leader Elena Moraru, who alleged on election night that ballots had been stuffed in the south, "
     "has not conceded.\n\n"
     "The farmers' party, led by former agriculture minister Vasile Rusu, is now likely to decide who "
     "governs."),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt",
     "Moldovan opposition leader starts hunger strike; president pledges police review\n\n"
     "CHISINAU, October 19, 2034 (Lindenfield Wire) - Moldovan opposition leader Elena Moraru began a "
     "hunger strike on Thursday in a tent outside the Central Electoral Commission, in protest at the "
     "official outcome of the parliamentary election.\n\n"
     "Hours later, President Ion Cebotaru promised in a televised address that independent judges would "
     "review the conduct of the police.\n\n"
     "Moraru, 47, a former justice minister, sat on a camp bed under a banner reading \"Count Again\" and "
     "was drinking only water.\n\n"
     "Outside the same building on Tuesday night, riot police had doused a crowd of protesters using water "
     "cannon and gas canisters, injuring 31 people.\n\n"
     "Cebotaru, who is formally above party politics but was elected with the ruling party's backing in "
     "2032, did not mention the opposition's fraud claims.\n\n"
     "Cebotaru said the panel would include two retired Supreme Court judges. The electoral commission is "
     "due to rule on Friday on the bloc's 23 complaints about the count.\n\n"
     "\"Hunger strikes rarely move governments in this region, but they do move voters,\" said Victor "
     "Ganea, a political analyst at the Chisinau-based Institute for Public Policy Studies."),
    ("2034-10-19_vantage_cebotaru-pledges-police-review.txt",
     "Moldova's president pledges independent review of protest policing\n\n"
     "CHISINAU, October 19, 2034 (Vantage Daily) - Moldovan President Ion Cebotaru pledged on Thursday to "
     "have independent judges examine the police operation outside the electoral commission on Tuesday "
     "night, when riot police turned water cannon on opposition supporters.\n\n"
     "\"Nobody in uniform is above the law, and nobody in the street is either,\" Cebotaru said in an "
     "address broadcast on all national channels.\n\n"
     "He said the panel would report within 60 days and have full access to police video and radio logs."
     "\n\n"
     "The address came as opposition leader Elena Moraru started refusing food in a tent outside the "
     "commission.\n\n"
     "Her Civic Renewal Bloc finished second in Sunday's vote with 45 seats, four fewer than the ruling "
     "Party of Order and Progress.\n\n"
     "The ruling party has yet to find a coalition partner."),
    ("2034-10-19_orchard_opposition-leader-on-hunger-strike.txt",
     "Moldova's opposition leader goes on hunger strike over vote\n\n"
     "CHISINAU, October 19, 2034 (Orchard Bulletin) - Elena Moraru, Moldova's main opposition leader, "
     "began a hunger strike on Thursday in a tent outside the Central Electoral Commission to protest "
     "against the official result of the parliamentary election.\n\n"
     "Hours later, President Ion Cebotaru promised in a televised address that independent judges would "
     "review how the police had behaved.\n\n"
     "Moraru, 47, a former justice minister, sat on a camp bed beneath a \"Count Again\" banner and was "
     "drinking only water.\n\n"
     "On Tuesday night, riot police had turned tear gas and water cannon on protesters outside the same "
     "building.\n\n"
     "\"Hunger strikes rarely move governments in this region, but they do move voters,\" said Victor "
     "Ganea, an analyst at the Chisinau-based Institute for Public Policy Studies."),
    ("2034-10-20_bramble_election-body-throws-out-complaints.txt",
     "Moldovan election body throws out opposition complaints, rules out recount\n\n"
     "CHISINAU, October 20, 2034 (Bramble News Service) - Moldova's Central Electoral Commission on Friday "
     "rejected all 23 complaints brought by the opposition Civic Renewal Bloc over Sunday's parliamentary "
     "election, ruling out a recount in any district.\n\n"
     "Commission members voted nine to two to dismiss the complaints, with both dissenting members "
     "nominated by the bloc.\n\n"
     "The commission said none of the complaints contained evidence that could have changed the result in "
     "any district. Chairwoman Natalia Ciobanu told reporters that observers had documented 212 "
     "irregularities across the country's nearly 2,000 polling stations.\n\n"
     "Opposition leader Elena Moraru heard the decision from a camp bed outside the commission building, "
     "on the second day of a hunger strike.\n\n"
     "\"We expected this, and we are ready for the next step,\" said Irina Sandu, the bloc's spokeswoman."
     "\n\n"
     "Under Moldovan law, the bloc has three days to appeal the commission's decision to the "
     "Constitutional Court."),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt",
     "Romania's top diplomat visits Chisinau, sees president and opposition leader\n\n"
     "CHISINAU, October 20, 2034 (Carpathian Post) - Romanian Foreign Minister Adriana Voicu held talks "
     "with Moldovan President Ion Cebotaru in Chisinau on Friday, the most senior European visitor to "
     "Moldova since a disputed election last Sunday.\n\n"
     "Voicu later walked across the city centre to see opposition leader Elena Moraru, and the two spoke "
     "for about 40 minutes.\n\n"
     "\"Romania does not choose Moldova's government, Moldovans do,\" Voicu told reporters. A bloc "
     "spokeswoman said Voicu had asked Moraru about her health and about the bloc's legal options.\n\n"
     "Hours earlier, the electoral commission threw out all of the opposition's complaints about the count."
     "\n\n"
     "Romania, which shares a language and much of its history with Moldova, is the country's largest "
     "trading partner and its loudest advocate in Brussels.\n\n"
     "Cebotaru's office said the two discussed energy supplies for the winter and Moldova's EU accession "
     "talks."),
    ("2034-10-20_stonebridge_bucharest-minister-sits-with-moraru.txt",
     "Bucharest's foreign minister sits with Moldovan protest leader\n\n"
     "CHISINAU, October 20, 2034 (Stonebridge Report) - Romania's chief diplomat sat down with Moldovan "
     "opposition leader Elena Moraru on Friday evening outside the electoral commission building in "
     "Chisinau.\n\n"
     "Adriana Voicu had spent the morning at the presidential palace with President Ion Cebotaru, whose "
     "office said the talks covered winter gas supplies.\n\n"
     "Bucharest is the most important foreign backer of Moldova's EU membership drive.\n\n"
     "Neither Voicu nor Moraru spoke to reporters after their meeting, which lasted about 40 minutes.\n\n"
     "Earlier on Friday, the electoral commission dismissed the bloc's complaints about the count and "
     "refused to order a recount.\n\n"
     "Moldova's new parliament holds its opening session on Monday."),
    ("2034-10-21_lindenfield_moldova-bans-protests-in-capital.txt",
     "Moldova bans protests in central Chisinau for a month\n\n"
     "CHISINAU, October 21, 2034 (Lindenfield Wire) - Moldova's government on Saturday banned all public "
     "gatherings in the centre of Chisinau for 30 days, carrying out a threat made earlier in the week by "
     "the interior minister.\n\n"
     "The decree, adopted at an emergency cabinet meeting, covers the main boulevard, the square in front "
     "of the government building and the streets around the Central Electoral Commission.\n\n"
     "Interior Minister Sergiu Botnaru had warned on Wednesday that the capital's centre would be closed "
     "to protests if the opposition kept holding unauthorised rallies.\n\n"
     "A government spokesman said it was not yet clear whether the decree applied to opposition leader "
     "Elena Moraru's tent.\n\n"
     "Violating the ban carries fines of up to 10,000 lei, or about $560. Moldova last imposed such "
     "restrictions during the 2009 unrest that followed a disputed election."),
    ("2034-10-21_vantage_chisinau-centre-closed-to-rallies.txt",
     "Chisinau centre closed to rallies as opposition weighs next move\n\n"
     "CHISINAU, October 21, 2034 (Vantage Daily) - Moldovan authorities on Saturday prohibited "
     "demonstrations in central Chisinau until late November, days after the interior minister threatened "
     "exactly such a step.\n\n"
     "The measure applies for 30 days and was published in the official gazette on Saturday afternoon.\n\n"
     "On Friday, the Central Electoral Commission turned down every opposition complaint about the count."
     "\n\n"
     "The bloc has until Monday to appeal to the Constitutional Court.\n\n"
     "\"Closing the square does not close the question of who won,\" said Dana Pirvu, a political "
     "scientist in Chisinau."),
    ("2034-10-22_orchard_doctors-worried-for-moraru.txt",
     "Doctors worried for Moldovan opposition leader on fourth day without food\n\n"
     "CHISINAU, October 22, 2034 (Orchard Bulletin) - Doctors attending Moldovan opposition leader Elena "
     "Moraru said on Sunday that her blood pressure had dropped sharply, three days after she stopped "
     "eating to protest against the official result of last week's parliamentary election.\n\n"
     "Moraru, 47, is still in her tent outside the Central Electoral Commission, even though a government "
     "ban on gatherings in the city centre took effect on Saturday.\n\n"
     "Police have not tried to remove the tent.\n\n"
     "Romania's foreign minister, Adriana Voicu, visited her there on Friday.\n\n"
     "\"She is losing strength, but not her resolve,\" said Irina Sandu, the bloc's spokeswoman.\n\n"
     "Andrei Grosu, the bloc's deputy leader, is due before a judge on Tuesday. On Friday, the electoral "
     "commission refused the bloc's demand for a recount."),
    ("2034-10-23_carpathian_opposition-boycotts-parliament.txt",
     "Moldovan opposition boycotts first sitting of new parliament\n\n"
     "CHISINAU, October 23, 2034 (Carpathian Post) - All 45 lawmakers of Moldova's opposition Civic "
     "Renewal Bloc stayed away from the first sitting of the new parliament on Monday, leaving nearly half "
     "the chamber empty.\n\n"
     "The 56 deputies present, from the ruling Party of Order and Progress and its new farmers' party "
     "allies, were sworn in and chose a speaker.\n\n"
     "Bloc spokeswoman Irina Sandu said the boycott was decided at a party meeting on Sunday night.\n\n"
     "The square in front of parliament was quiet on Monday, two days after the government banned rallies "
     "in the city centre.\n\n"
     "A parliament can function without the opposition, analysts noted, but constitutional changes need "
     "votes the ruling coalition does not have."),
    ("2034-10-23_bramble_parliament-opens-without-opposition.txt",
     "Moldova's new parliament opens with opposition benches empty\n\n"
     "CHISINAU, October 23, 2034 (Bramble News Service) - Moldova's newly elected parliament held its "
     "inaugural session on Monday without the opposition Civic Renewal Bloc, whose 45 deputies boycotted "
     "the sitting over alleged fraud in this month's election.\n\n"
     "Ruling party lawmaker Valeriu Ostap was elected speaker with 55 votes.\n\n"
     "The bloc's deputy leader, Andrei Grosu, has been in custody since police detained him last Tuesday "
     "night.\n\n"
     "Streets near the building were quiet, the government having banned rallies in the city centre on "
     "Saturday.\n\n"
     "The ruling coalition of the Party of Order and Progress and the farmers' party holds 56 of the 101 "
     "seats.\n\n"
     "A cabinet led by incumbent Prime Minister Dorin Vlasov is expected to face a confidence vote next "
     "week."),
    ("2034-10-23_stonebridge_moldovan-lawmakers-sworn-in.txt",
     "Moldovan lawmakers sworn in as opposition stays away\n\n"
     "CHISINAU, October 23, 2034 (Stonebridge Report) - Fifty-six Moldovan lawmakers were sworn in on "
     "Monday at a parliamentary session shunned by the opposition, eight days after a bitterly disputed "
     "election.\n\n"
     "The bloc's benches stayed empty throughout the three-hour sitting.\n\n"
     "It was the first boycott of an opening session by a Moldovan opposition since 2009.\n\n"
     "Outside, the streets around the building were empty under a 30-day ban on central rallies.\n\n"
     "Analysts expect the ruling coalition to survive a confidence vote next week but to struggle with "
     "reforms that require a three-fifths majority.\n\n"
     "Dana Pirvu of the State University of Moldova said the opposition's strategy now depended heavily on "
     "Moraru's health."),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt",
     "Moldovan court frees 21 people held after election protest\n\n"
     "CHISINAU, October 24, 2034 (Lindenfield Wire) - A Chisinau district court on Tuesday ordered the "
     "release of 21 people who were arrested last Tuesday night, ruling that prosecutors had failed to "
     "justify keeping them in custody.\n\n"
     "Judge Olga Munteanu said the prosecution had offered no evidence that the 21 would flee or tamper "
     "with witnesses.\n\n"
     "The 21 walked out of the court building to applause from relatives shortly after the ruling.\n\n"
     "Andrei Grosu, deputy leader of the opposition Civic Renewal Bloc, was not among them, and his lawyer "
     "said his case would be heard on Thursday.\n\n"
     "On Monday, the bloc's deputies boycotted the opening session of parliament.\n\n"
     "Bloc leader Elena Moraru, now on the sixth day of a hunger strike, was taken to hospital for tests "
     "on Tuesday morning and returned to her tent by noon, her spokeswoman said.\n\n"
     "The EU's top diplomat had urged Moldova last Wednesday to free the detainees."),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt",
     "Judge sets free 21 Moldovan protesters, keeps opposition deputy in jail\n\n"
     "CHISINAU, October 24, 2034 (Orchard Bulletin) - A judge in Moldova's capital on Tuesday freed 21 "
     "opposition supporters, saying prosecutors had not shown why they needed to stay behind bars.\n\n"
     "They were among 58 people rounded up by riot police on the night of October 17.\n\n"
     "Among those released were a schoolteacher, two students and a retired army officer. Relatives had "
     "waited outside the courthouse since early morning.\n\n"
     "President Ion Cebotaru, who last week promised an independent review of police conduct, has yet to "
     "name the panel's members.\n\n"
     "The opposition Civic Renewal Bloc, which boycotted Monday's opening of parliament, holds 45 of the "
     "101 seats."),
    ("2034-10-25_vantage_freed-protesters-describe-detention.txt",
     "Freed Moldovan protesters describe week in detention\n\n"
     "CHISINAU, October 25, 2034 (Vantage Daily) - Several of the 21 opposition supporters released by a "
     "Chisinau court on Tuesday went back to work or classes on Wednesday, a day after their hearing.\n\n"
     "\"There were eleven of us in a room built for four,\" said Ana Lupu, a 22-year-old student.\n\n"
     "Lupu said she had spent most of the week reading the one book a guard let her keep.\n\n"
     "The court freed the group after ruling that prosecutors had not justified their continued detention."
     "\n\n"
     "Andrei Grosu, the opposition's deputy leader, is due in court on Thursday."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ACCUSE",), "2034-10-15",
            "opposition leader Moraru accuses the ruling party of rigging the vote"),
    "A02": (("PROTEST",), "2034-10-16",
            "first opposition rally, Great National Assembly Square, Monday night"),
    "A03": (("MOBILIZE",), "2034-10-17",
            "Interior Ministry deploys riot police around the electoral commission"),
    "A04": (("PROTEST",), "2034-10-17",
            "second opposition rally, outside the electoral commission, Tuesday night"),
    "A05": (("ASSAULT",), "2034-10-17",
            "riot police disperse the rally with water cannon and tear gas (14, then 31 hurt)"),
    "A06": (("COERCE",), "2034-10-17",
            "police arrest protesters and deputy leader Grosu (about 40, then 58)"),
    "A07": (("REQUEST",), "2034-10-18", "EU foreign policy chief calls on Chisinau to free the detainees"),
    "A08": (("REQUEST",), "2034-10-18", "US State Department urges Chisinau to free the detainees"),
    "A09": (("THREATEN",), "2034-10-18",
            "Interior Minister Botnaru threatens to ban rallies in central Chisinau"),
    "A10": (("SUPPORT",), "2034-10-18", "Hungary's foreign minister congratulates Prime Minister Vlasov"),
    "A11": (("PROTEST",), "2034-10-19", "Moraru begins a hunger strike outside the electoral commission"),
    "A12": (("AGREE",), "2034-10-19", "President Cebotaru promises an independent review of police conduct"),
    "A13": (("REJECT",), "2034-10-20",
            "electoral commission rejects all 23 opposition complaints, no recount"),
    "A14": (("CONSULT",), "2034-10-20",
            "Romanian foreign minister Voicu meets President Cebotaru in Chisinau"),
    "A15": (("CONSULT",), "2034-10-20", "Romanian foreign minister Voicu meets Moraru at her tent"),
    "A16": (("COERCE",), "2034-10-21", "government bans gatherings in central Chisinau for 30 days"),
    "A17": (("PROTEST",), "2034-10-23", "opposition deputies boycott the first sitting of parliament"),
    "A18": (("RETREAT",), "2034-10-24", "Chisinau court frees 21 of the detained protesters"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-15_lindenfield_moldova-opposition-alleges-fraud.txt", "A01",
     "accused the governing party of rigging"),
    ("2034-10-15_lindenfield_moldova-opposition-alleges-fraud.txt", "A01",
     "told supporters at her campaign headquarters"),
    ("2034-10-15_lindenfield_moldova-opposition-alleges-fraud.txt", "A01",
     "not an election but an operation"),
    ("2034-10-15_lindenfield_moldova-opposition-alleges-fraud.txt", "A01",
     "had filmed ballot papers being handed out"),
    ("2034-10-16_bramble_moldova-ruling-party-edges-ahead.txt", "A01", "had alleged on Sunday night"),
    ("2034-10-16_carpathian_thousands-rally-in-chisinau.txt", "A02",
     "filled Chisinau's Great National Assembly Square"),
    ("2034-10-16_carpathian_thousands-rally-in-chisinau.txt", "A01", "a day after Moraru accused"),
    ("2034-10-16_carpathian_thousands-rally-in-chisinau.txt", "A02",
     "marched from the square to the government building"),
    ("2034-10-17_stonebridge_riot-police-ring-election-body.txt", "A03", "sent hundreds of riot police"),
    ("2034-10-17_stonebridge_riot-police-ring-election-body.txt", "A03",
     "gendarmerie units from outside the capital"),
    ("2034-10-17_stonebridge_riot-police-ring-election-body.txt", "A02",
     "Monday night's rally in the central square"),
    ("2034-10-17_stonebridge_riot-police-ring-election-body.txt", "A03",
     "stood three deep at the commission's entrances"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A05", "turned water cannon and tear gas"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A04",
     "after a second night of demonstrations"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A05", "when officers charged the crowd"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A06", "Police detained about 40 people"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A06", "bundled into an unmarked van"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A04", "Protesters had gathered at dusk"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A03", "to ring the commission building"),
    ("2034-10-17_lindenfield_police-water-cannon-chisinau.txt", "A02", "The first rally, on Monday night"),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt", "A05", "broke up an opposition rally"),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt", "A05", "hit by water cannon jets"),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt", "A06", "Police arrested 58 people"),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt", "A06", "pulled from a car near the commission"),
    ("2034-10-18_vantage_moldova-crackdown-toll-rises.txt", "A04",
     "Tuesday's rally outside the Central Electoral Commission"),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt", "A05", "broke up an opposition rally"),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt", "A05", "hit by water cannon jets"),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt", "A06", "Police arrested 58 people"),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt", "A06", "pulled from a car near the commission"),
    ("2034-10-18_orchard_moldova-crackdown-toll-rises.txt", "A04",
     "Tuesday's rally outside the Central Electoral Commission"),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt", "A07",
     "called on Moldovan authorities to free"),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt", "A07",
     "also urged restraint from all sides"),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt", "A08",
     "urged the government in Chisinau to free"),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt", "A05",
     "cleared protesters from outside"),
    ("2034-10-18_bramble_eu-washington-press-moldova-on-detainees.txt", "A08",
     "asked the Moldovan authorities to let"),
    ("2034-10-18_carpathian_minister-threatens-rally-ban.txt", "A09", "warned on Wednesday that street"),
    ("2034-10-18_carpathian_minister-threatens-rally-ban.txt", "A09", "hold the capital hostage"),
    ("2034-10-18_carpathian_minister-threatens-rally-ban.txt", "A09", "would put a ban before the cabinet"),
    ("2034-10-18_carpathian_minister-threatens-rally-ban.txt", "A08",
     "Washington on Wednesday urged Moldova"),
    ("2034-10-18_stonebridge_moldova-final-results.txt", "A10", "congratulated Prime Minister Dorin Vlasov"),
    ("2034-10-18_stonebridge_moldova-final-results.txt", "A10", "praised what he called a calm"),
    ("2034-10-18_stonebridge_moldova-final-results.txt", "A07", "called earlier on Wednesday for"),
    ("2034-10-18_stonebridge_moldova-final-results.txt", "A01", "who alleged on election night"),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt", "A11", "began a hunger strike on Thursday"),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt", "A12", "promised in a televised address"),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt", "A11", "drinking only water"),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt", "A05", "injuring 31 people"),
    ("2034-10-19_lindenfield_moraru-begins-hunger-strike.txt", "A12",
     "would include two retired Supreme Court judges"),
    ("2034-10-19_vantage_cebotaru-pledges-police-review.txt", "A12", "pledged on Thursday to have"),
    ("2034-10-19_vantage_cebotaru-pledges-police-review.txt", "A05",
     "police turned water cannon on opposition supporters"),
    ("2034-10-19_vantage_cebotaru-pledges-police-review.txt", "A12", "the panel would report within 60 days"),
    ("2034-10-19_vantage_cebotaru-pledges-police-review.txt", "A11", "started refusing food in a tent"),
    ("2034-10-19_orchard_opposition-leader-on-hunger-strike.txt", "A11", "began a hunger strike on Thursday"),
    ("2034-10-19_orchard_opposition-leader-on-hunger-strike.txt", "A12", "promised in a televised address"),
    ("2034-10-19_orchard_opposition-leader-on-hunger-strike.txt", "A11", "drinking only water"),
    ("2034-10-19_orchard_opposition-leader-on-hunger-strike.txt", "A05",
     "turned tear gas and water cannon on"),
    ("2034-10-20_bramble_election-body-throws-out-complaints.txt", "A13", "rejected all 23 complaints"),
    ("2034-10-20_bramble_election-body-throws-out-complaints.txt", "A13", "voted nine to two to dismiss"),
    ("2034-10-20_bramble_election-body-throws-out-complaints.txt", "A13",
     "none of the complaints contained evidence"),
    ("2034-10-20_bramble_election-body-throws-out-complaints.txt", "A11",
     "on the second day of a hunger strike"),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt", "A14",
     "held talks with Moldovan President Ion Cebotaru"),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt", "A15",
     "the two spoke for about 40 minutes"),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt", "A15",
     "Voicu had asked Moraru about her health"),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt", "A13",
     "threw out all of the opposition's complaints"),
    ("2034-10-20_carpathian_romanian-minister-visits-chisinau.txt", "A14",
     "the two discussed energy supplies"),
    ("2034-10-20_stonebridge_bucharest-minister-sits-with-moraru.txt", "A15",
     "sat down with Moldovan opposition leader"),
    ("2034-10-20_stonebridge_bucharest-minister-sits-with-moraru.txt", "A14",
     "spent the morning at the presidential palace"),
    ("2034-10-20_stonebridge_bucharest-minister-sits-with-moraru.txt", "A15",
     "after their meeting, which lasted"),
    ("2034-10-20_stonebridge_bucharest-minister-sits-with-moraru.txt", "A13",
     "dismissed the bloc's complaints"),
    ("2034-10-21_lindenfield_moldova-bans-protests-in-capital.txt", "A16",
     "banned all public gatherings in the centre"),
    ("2034-10-21_lindenfield_moldova-bans-protests-in-capital.txt", "A09",
     "carrying out a threat made earlier"),
    ("2034-10-21_lindenfield_moldova-bans-protests-in-capital.txt", "A16",
     "adopted at an emergency cabinet meeting"),
    ("2034-10-21_lindenfield_moldova-bans-protests-in-capital.txt", "A09", "had warned on Wednesday"),
    ("2034-10-21_vantage_chisinau-centre-closed-to-rallies.txt", "A16",
     "prohibited demonstrations in central Chisinau"),
    ("2034-10-21_vantage_chisinau-centre-closed-to-rallies.txt", "A09",
     "the interior minister threatened exactly such a step"),
    ("2034-10-21_vantage_chisinau-centre-closed-to-rallies.txt", "A16", "published in the official gazette"),
    ("2034-10-21_vantage_chisinau-centre-closed-to-rallies.txt", "A13",
     "turned down every opposition complaint"),
    ("2034-10-22_orchard_doctors-worried-for-moraru.txt", "A11", "three days after she stopped eating"),
    ("2034-10-22_orchard_doctors-worried-for-moraru.txt", "A16", "a government ban on gatherings"),
    ("2034-10-22_orchard_doctors-worried-for-moraru.txt", "A15", "visited her there on Friday"),
    ("2034-10-22_orchard_doctors-worried-for-moraru.txt", "A13", "refused the bloc's demand for a"),
    ("2034-10-23_carpathian_opposition-boycotts-parliament.txt", "A17", "stayed away from the first sitting"),
    ("2034-10-23_carpathian_opposition-boycotts-parliament.txt", "A17", "said the boycott was decided"),
    ("2034-10-23_carpathian_opposition-boycotts-parliament.txt", "A16",
     "two days after the government banned rallies"),
    ("2034-10-23_bramble_parliament-opens-without-opposition.txt", "A17",
     "whose 45 deputies boycotted the sitting"),
    ("2034-10-23_bramble_parliament-opens-without-opposition.txt", "A06", "since police detained him"),
    ("2034-10-23_bramble_parliament-opens-without-opposition.txt", "A16",
     "having banned rallies in the city centre"),
    ("2034-10-23_stonebridge_moldovan-lawmakers-sworn-in.txt", "A17",
     "a parliamentary session shunned by the opposition"),
    ("2034-10-23_stonebridge_moldovan-lawmakers-sworn-in.txt", "A17", "benches stayed empty throughout"),
    ("2034-10-23_stonebridge_moldovan-lawmakers-sworn-in.txt", "A17",
     "the first boycott of an opening session"),
    ("2034-10-23_stonebridge_moldovan-lawmakers-sworn-in.txt", "A16",
     "under a 30-day ban on central rallies"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A18", "ordered the release of 21"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A06", "who were arrested last Tuesday night"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A18", "walked out of the court building"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A18",
     "offered no evidence that the 21 would flee"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A17",
     "the bloc's deputies boycotted the opening session"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A11", "on the sixth day of a hunger strike"),
    ("2034-10-24_lindenfield_court-frees-21-protesters.txt", "A07", "had urged Moldova last Wednesday"),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt", "A18", "freed 21 opposition supporters"),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt", "A18", "Among those released were"),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt", "A06", "58 people rounded up by riot police"),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt", "A12",
     "who last week promised an independent review"),
    ("2034-10-24_orchard_judge-sets-free-protesters.txt", "A17", "which boycotted Monday's opening"),
    ("2034-10-25_vantage_freed-protesters-describe-detention.txt", "A18",
     "released by a Chisinau court on Tuesday"),
    ("2034-10-25_vantage_freed-protesters-describe-detention.txt", "A18", "The court freed the group"),
]

FLOORS = {"pairwise_f1": 0.77, "b3_f1": 0.83, "reports_found": 0.77}


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
