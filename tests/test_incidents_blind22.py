"""Blind incident batch 22: a disputed parliamentary election in Georgia, October 2035.

The twenty-second blind incident batch, written on 2026-12-01 before the coder was run on any of it. It
measures how eventwire groups the events that several reports give of the same real-world act into one
incident, on reports the coder has never seen.

Crisis: over ten days (Sunday 14 to Tuesday 23 October 2035) the Central Election Commission declares the
ruling Georgian Path the winner of Saturday's vote; the opposition Civic Front rejects the result and its
leader calls a rally. Tens of thousands protest outside parliament on Tuesday and riot police disperse them
with tear gas and rubber bullets (two dead by the ministry's first count, then three; four by a rights group);
mobile internet and social networks are restricted that night. On Wednesday police arrest the Civic Front
leader, the government bans rallies in central Tbilisi, the interior minister warns that any banned rally will
be broken up, and the EU and the US each criticise the crackdown. A court frees the leader on bail on
Thursday; a second march on Friday is dispersed with tear gas; the president meets opposition leaders on
Saturday and promises an inquiry into the deaths; the Constitutional Court orders a recount in four districts
on Monday, followed by a third, peaceful rally; the president meets the opposition again on Tuesday.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. 24 documents from 6 outlets over 10 days, 18 acts of 9
PLOVER types, 133 reports. One document is a verbatim syndicated copy (another outlet's dateline credit and a
closing credit line) and one is a lightly edited copy. Look-alikes that are not the same act: the three
rallies outside parliament (Tuesday, Friday, Monday); the two tear-gas dispersals by the same police (Tuesday
and Friday, told side by side in several reports); the president's two meetings with the same opposition
leaders (Saturday and Tuesday); the EU's and the US's criticism (same day, one act per speaker); the internet
restriction, the arrest and the rally ban (all COERCE by the same government within a day, the last two on the
same day); the minister's warning and the dispersal it threatened two days later.

Gold conventions: an act is one actor (for statements, one speaker or one institution) doing one thing to one
target on one day, with the PLOVER type the codebook gives (CAMEO2PLOVER-2021; a second type only where the
codebook truly allows two readings: the violent dispersals are COERCE or ASSAULT) and the day it happened.
REPORTS lists every body sentence of every document that reports an act that happened, background recaps in
later reports included; headlines are not reports. A cue is a verbatim piece (3 to 8 words) of the sentence,
found once in its file. A sentence may report two acts of different types (two entries); no sentence reports
two acts of the same type. A promise is an AGREE act, a threat a THREATEN act, a demand a REQUEST act, but the
promised, threatened or demanded act is not an act until it happens. Planned, denied, conditional or
hypothetical acts, acts more than a year before, statistics and tallies (death tolls and counts of detainees
given on their own), and opinions are not listed.

Scoring: the documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event. The floors are all 0.0: the batch records figures, it does not gate.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the eighth 2026-12-01 session): run
once at its end with `figures`: on its starting code (5af70ae) pairwise F1 0.497 (precision 0.977, recall
0.333), B-cubed F1 0.708; on its final code (dc0dad2) **pairwise F1 0.615** (precision 1.000, recall 0.444),
B-cubed F1 0.748.
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
    ('2035-10-14_caspian_opposition-rejects-georgia-vote.txt',
     'Georgian opposition rejects vote count, calls supporters onto streets\n\n'
     "TBILISI, October 14, 2035 (Caspian Wire) - Georgia's main opposition bloc on Sunday refused to "
     "accept the results of Saturday's parliamentary election, calling the count a fraud, after the "
     'ruling Georgian Path party was declared the winner with almost 52 percent of the vote.\n\n'
     'Civic Front leader Lasha Javakhadze urged his supporters to gather outside parliament on '
     'Rustaveli Avenue on Tuesday afternoon.\n\n'
     '"Tonight Georgia went to bed with one result and woke up with another," Javakhadze told '
     "reporters at the bloc's headquarters late on Sunday.\n\n"
     'The Central Election Commission said Georgian Path won 51.8 percent against 31.4 percent for the'
     ' Civic Front, with turnout at 58 percent.\n\n'
     'Its chairwoman, Ketevan Lomsadze, said ballots had been checked twice in every precinct before '
     'the figures were released.\n\n'
     'An OSCE monitoring mission will give its first assessment on Monday.\n\n'
     'Georgian Path has governed since 2028 and won two earlier elections that the opposition also '
     'disputed.'),
    ('2035-10-14_summit_ruling-party-wins-georgian-election.txt',
     'Ruling party claims victory in Georgian election as opposition cries foul\n\n'
     "TBILISI, October 14, 2035 (Summit Dispatch) - Georgia's governing party won a third straight "
     "term in Saturday's parliamentary vote, according to official results released on Sunday, but the"
     ' opposition declared it would not recognise the outcome.\n\n'
     'With nearly all precincts counted, Georgian Path had 51.8 percent and the Civic Front alliance '
     '31.4 percent, the Central Election Commission said.\n\n'
     'Prime Minister Zaza Kvinikadze told cheering supporters in central Tbilisi that the result was a'
     ' clear mandate.\n\n'
     "Opposition leader Lasha Javakhadze, a former finance minister, said the Civic Front's own "
     'tallies showed the ruling party short of a majority.\n\n'
     'He called on Georgians to come out on Tuesday in what he described as a peaceful defence of '
     'their votes.\n\n'
     'The smaller New Horizons party, led by Tamar Gelashvili, has yet to give its view of the '
     'figures.\n\n'
     'Georgia, home to about 3.7 million people, has long been divided over relations with Moscow and '
     'its hopes of EU membership.'),
    ('2035-10-15_tidewater_georgia-opposition-readies-protest.txt',
     'Georgian opposition readies Tuesday protest over disputed parliamentary vote\n\n'
     'TBILISI, October 15, 2035 (Tidewater Report) - Georgian opposition groups prepared on Monday for'
     ' a mass rally in the capital after the Civic Front dismissed the official result of the weekend '
     'election as rigged.\n\n'
     'Civic Front leader Lasha Javakhadze on Sunday night appealed to supporters to fill Rustaveli '
     'Avenue on Tuesday, and volunteers spent Monday handing out leaflets in the metro.\n\n'
     'New Horizons, the third-placed party, has not said whether its members will attend.\n\n'
     "The observer mission's preliminary report, published on Monday, listed 212 complaints from "
     'polling stations, most of them about crowding and ballot secrecy.\n\n'
     '"The numbers are not impossible, but the gap between the exit polls and the official count is '
     'very large," said Giorgi Beradze, a political scientist at Tbilisi State University.\n\n'
     'An exit poll commissioned by two independent television stations had put Georgian Path at 44 '
     'percent.\n\n'
     'Police said 2,000 officers would be on duty in central Tbilisi on Tuesday.'),
    ('2035-10-16_kestrel_tens-of-thousands-rally-tbilisi.txt',
     'Tens of thousands rally in Tbilisi against disputed election result\n\n'
     'TBILISI, October 16, 2035 (Kestrel News) - Tens of thousands of people massed outside the '
     'Georgian parliament on Tuesday, waving national and EU flags and chanting for a new vote, in the'
     ' biggest street protest the country has seen in years.\n\n'
     'Organisers put the turnout at more than 100,000; police gave no estimate.\n\n'
     'The rally answered a call made on Sunday by Civic Front leader Lasha Javakhadze, who says the '
     'ruling Georgian Path party inflated its share through ballot stuffing and pressure on state '
     'employees.\n\n'
     '"I have voted in every election since I was eighteen, and this is the first time I feel my vote '
     'was taken from me," said Manana, a 52-year-old nurse from Kutaisi who asked that her surname not'
     ' be used.\n\n'
     'Javakhadze, speaking from a stage near the parliament steps, read out figures from what the bloc'
     ' says are its own tallies from 600 precincts.\n\n'
     'The parliament building itself was closed for the day.\n\n'
     'The Central Election Commission is due to publish final certified results by Friday.'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt',
     'Georgian police fire tear gas at election protesters, two killed\n\n'
     'TBILISI, October 16, 2035 (Caspian Wire) - Riot police in Georgia fired tear gas, water cannon '
     'and rubber bullets late on Tuesday to scatter a huge opposition rally outside parliament, and '
     'the Interior Ministry said two people died.\n\n'
     "The crowd had gathered peacefully in the afternoon, answering the opposition's call to contest "
     "the result of Saturday's vote.\n\n"
     'Police said they moved in after a group of protesters tried to force their way through barriers '
     'at a side entrance.\n\n'
     'Witnesses said protesters were chased into side streets around Freedom Square and several were '
     'beaten with batons.\n\n'
     '"They fired straight into the crowd, at head height," said Levan, a student of 23 whose forehead'
     ' was bandaged.\n\n'
     'A ministry statement said the two dead were men in their twenties and that 27 officers were '
     'among more than 80 people hurt.\n\n'
     'It was not immediately clear how the two victims were killed.\n\n'
     'Georgia last saw street protests of this size in 2024.'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'Georgian opposition leader detained after deadly night of protest\n\n'
     'TBILISI, October 17, 2035 (Summit Dispatch) - Georgian police arrested opposition leader Lasha '
     'Javakhadze at his home in Tbilisi before dawn on Wednesday, his lawyer said.\n\n'
     'Prosecutors said the Civic Front leader was being held on suspicion of organising mass disorder,'
     ' an offence punishable by as much as nine years behind bars.\n\n'
     'Footage posted by his party showed masked officers leading him from an apartment block in the '
     'Vake district to an unmarked car.\n\n'
     'The lawyer, Besik Gogua, said he had not been allowed to see his client by midday.\n\n'
     'Caucasus Rights Monitor, a Tbilisi-based watchdog, said four people had been killed when police '
     'dispersed the rally outside parliament on Tuesday, double the figure given by the Interior '
     'Ministry.\n\n'
     '"We have names and hospital records for four victims," the group\'s director, Eka Dolidze, said.\n\n'
     'Mobile internet across the capital has been severely slowed since late on Tuesday, and Facebook,'
     ' Telegram and YouTube could be reached only through VPN services, according to the monitoring '
     'group NetSignal.\n\n'
     'Government spokesman Irakli Tsintsadze could not be reached about the outage.\n\n'
     'Javakhadze, 47, served as finance minister from 2019 to 2021 before leaving the government to '
     'found the Civic Front.'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt',
     'Georgia bans rallies in central Tbilisi, minister warns protesters\n\n'
     'TBILISI, October 17, 2035 (Lantern Press) - The Georgian government on Wednesday banned all '
     'street gatherings across central Tbilisi for thirty days, citing what it called a threat to '
     'public order.\n\n'
     'The decree, signed by Prime Minister Zaza Kvinikadze, covers Rustaveli Avenue, Freedom Square '
     'and the streets around parliament and the government chancellery.\n\n'
     'Interior Minister Vakhtang Beridze warned that police would break up any gathering held in '
     'defiance of the order "with all the means the law allows".\n\n'
     '"Anyone who comes out on Rustaveli will be treated as a participant in mass disorder," Beridze '
     'told a news conference.\n\n'
     'Earlier in the day police detained Civic Front leader Lasha Javakhadze at his home.\n\n'
     'Officials gave no indication whether the ban also covers a march the opposition had planned for '
     'Friday.\n\n'
     "Georgia's constitution protects freedom of assembly but permits restrictions for the sake of "
     'public safety.'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt',
     'EU and United States criticise Georgia over protest crackdown\n\n'
     'BRUSSELS, October 17, 2035 (Tidewater Report) - The EU on Wednesday condemned what it called a '
     'disproportionate use of force by Georgian police against people protesting the results of the '
     "weekend's parliamentary election.\n\n"
     'EU foreign policy spokeswoman Katrin Solberg said the detention of Civic Front leader Lasha '
     'Javakhadze "raises serious doubts" about the Georgian government\'s commitment to democracy.\n\n'
     'The US State Department declared itself deeply troubled by events in Tbilisi and criticised the '
     'Georgian authorities for restricting internet access.\n\n'
     '"Peaceful protesters should never be met with tear gas and rubber bullets," department spokesman'
     ' Daniel Whitcomb told reporters.\n\n'
     'Neither statement mentioned possible sanctions against Georgian officials.\n\n'
     'Georgia became an official candidate for EU membership in 2023, but accession talks have been '
     'frozen since 2024.\n\n'
     'Georgian Foreign Ministry officials offered no reaction on Wednesday.'),
    ('2035-10-17_kestrel_georgians-internet-blackout.txt',
     'Georgians turn to VPNs as authorities choke mobile internet\n\n'
     'TBILISI, October 17, 2035 (Kestrel News) - Georgian authorities sharply restricted mobile '
     'internet in Tbilisi and blocked access to several social networks from late on Tuesday, leaving '
     'many residents unable to reach news sites or message relatives, users and a monitoring group '
     'said.\n\n'
     'Data traffic in the capital fell by about 70 percent from around 10 p.m. on Tuesday, according '
     'to NetSignal, which tracks network outages.\n\n'
     'The group said Telegram, Facebook and Instagram were blocked on all three mobile networks, while'
     ' fixed-line connections were slower than usual but still worked.\n\n'
     'Downloads of VPN apps from Georgian app stores jumped more than fortyfold overnight, it said.\n\n'
     '"My mother lives in Batumi and I could not tell her I was safe until this morning," said Ana, a '
     '29-year-old designer.\n\n'
     'The Communications Commission, which regulates the sector, said the operators had been ordered '
     'to limit traffic "temporarily, for reasons of public safety".\n\n'
     'It did not say how long the limits would stay in place.\n\n'
     'Georgia has one of the highest rates of mobile internet use in the South Caucasus.'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'Georgian opposition leader detained after deadly night of protest\n\n'
     'TBILISI, October 17, 2035 (Orchard Gazette) - Georgian police arrested opposition leader Lasha '
     'Javakhadze at his home in Tbilisi before dawn on Wednesday, his lawyer said.\n\n'
     'Prosecutors said the Civic Front leader was being held on suspicion of organising mass disorder,'
     ' an offence punishable by as much as nine years behind bars.\n\n'
     'Footage posted by his party showed masked officers leading him from an apartment block in the '
     'Vake district to an unmarked car.\n\n'
     'The lawyer, Besik Gogua, said he had not been allowed to see his client by midday.\n\n'
     'Caucasus Rights Monitor, a Tbilisi-based watchdog, said four people had been killed when police '
     'dispersed the rally outside parliament on Tuesday, double the figure given by the Interior '
     'Ministry.\n\n'
     '"We have names and hospital records for four victims," the group\'s director, Eka Dolidze, said.\n\n'
     'Mobile internet across the capital has been severely slowed since late on Tuesday, and Facebook,'
     ' Telegram and YouTube could be reached only through VPN services, according to the monitoring '
     'group NetSignal.\n\n'
     'Government spokesman Irakli Tsintsadze could not be reached about the outage.\n\n'
     'Javakhadze, 47, served as finance minister from 2019 to 2021 before leaving the government to '
     'found the Civic Front.\n\n'
     'This report first ran on the Summit Dispatch wire.'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt',
     'Brussels and Washington rebuke Georgia over handling of protests\n\n'
     'BRUSSELS, October 17, 2035 (Summit Dispatch) - The EU on Wednesday condemned what it called a '
     'disproportionate use of force by Georgian police against people protesting the outcome of last '
     "weekend's parliamentary election.\n\n"
     'EU foreign policy spokeswoman Katrin Solberg said the detention of Civic Front leader Lasha '
     'Javakhadze "raises serious doubts" about the government\'s commitment to democracy.\n\n'
     "Washington's State Department declared itself deeply troubled by what was happening in Tbilisi "
     'and criticised Georgian authorities for restricting internet access.\n\n'
     '"Peaceful protesters should never be met with tear gas and rubber bullets," department spokesman'
     ' Daniel Whitcomb told reporters.\n\n'
     'Georgia became an EU candidate country in 2023, but accession talks have been on hold since '
     '2024.\n\n'
     "Georgia's Foreign Ministry had not responded by Wednesday evening."),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt',
     'Georgian court frees opposition leader on bail\n\n'
     'TBILISI, October 18, 2035 (Caspian Wire) - A Tbilisi court released Georgian opposition leader '
     'Lasha Javakhadze on bail on Thursday, a day after police took him from his home in a pre-dawn '
     'raid.\n\n'
     'Judge Nana Khutsishvili set bail at 40,000 lari, about $14,800, which supporters raised within '
     'hours.\n\n'
     'Javakhadze walked out of the courthouse to cheers from several hundred supporters and said he '
     'had been questioned for eleven hours without a lawyer.\n\n'
     '"They wanted to frighten us. Instead they have reminded people why they voted for change," he '
     'said.\n\n'
     'Prosecutors did not comment after the hearing.\n\n'
     "The Interior Ministry on Thursday raised the death toll from Tuesday night's crackdown to three,"
     ' saying a 31-year-old man had died of head injuries in hospital.\n\n'
     'Caucasus Rights Monitor says four people died.\n\n'
     'A government ban on rallies in central Tbilisi, imposed on Wednesday, remains in force.'),
    ('2035-10-18_lantern_rights-group-toll-tbilisi.txt',
     'Rights group puts Tbilisi protest death toll at four, above official count\n\n'
     'TBILISI, October 18, 2035 (Lantern Press) - Four people were killed on Tuesday night when '
     'Georgian police used force to clear central Tbilisi, a leading rights group said on Thursday, '
     'one more than the government now acknowledges.\n\n'
     'Caucasus Rights Monitor said three of the victims had been struck by rubber bullets or tear gas '
     'canisters fired at close range and the fourth had been beaten.\n\n'
     '"We collected the names, the medical reports and the witness statements ourselves," the group\'s '
     'director, Eka Dolidze, said.\n\n'
     'The Interior Ministry, which had initially reported two dead, raised its figure to three on '
     'Thursday after a man died in hospital.\n\n'
     'The ministry says police acted within the law.\n\n'
     'More than 140 people were detained on Tuesday night and 37 remain in custody, according to '
     'lawyers.\n\n'
     'Opposition leader Lasha Javakhadze was freed on bail by a Tbilisi court on Thursday afternoon.\n\n'
     'The government has banned rallies in central Tbilisi for a month, and the Civic Front has not '
     'said whether a march planned for Friday will go ahead.'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt',
     'Georgian police use tear gas as thousands defy protest ban\n\n'
     'TBILISI, October 19, 2035 (Summit Dispatch) - Thousands of Georgians marched on parliament on '
     'Friday evening, and riot police scattered them using water cannon and tear gas for the second '
     'time this week.\n\n'
     'Police moved in shortly after 9 p.m., when marchers stayed on the steps of the building, pushing'
     ' them back down Rustaveli Avenue towards Freedom Square.\n\n'
     'The health ministry said 46 people, including nine police officers, were treated for injuries, '
     'and no deaths were reported.\n\n'
     'The march defied a ban on gatherings in central Tbilisi that the government imposed on '
     'Wednesday.\n\n'
     'The Interior Ministry said the march had not been authorised.\n\n'
     "Tuesday's rally, the largest in years, ended in clashes that killed at least three people, "
     'according to official figures.\n\n'
     'Opposition leader Lasha Javakhadze, released on bail on Thursday, walked at the front of '
     "Friday's march with other Civic Front leaders.\n\n"
     '"We are not afraid of gas. We have breathed it before," said Nino, a 40-year-old teacher.\n\n'
     'President Revaz Chkhaidze, whose role is largely ceremonial, is due to meet opposition leaders '
     'on Saturday, his office said.'),
    ('2035-10-19_kestrel_second-tbilisi-rally.txt',
     'Tbilisi protesters scattered by tear gas for second time in a week\n\n'
     'TBILISI, October 19, 2035 (Kestrel News) - Georgian police used tear gas to clear thousands of '
     'opposition supporters from outside parliament on Friday night.\n\n'
     'The protesters had gathered at dusk, ignoring a ban on rallies downtown, and chanted the name of'
     ' opposition leader Lasha Javakhadze.\n\n'
     'Javakhadze, who was granted bail on Thursday, told the crowd the country was "tired of being '
     'afraid".\n\n'
     "Ambulance crews treated about 60 people, most for the effects of gas, the city's emergency "
     'service said.\n\n'
     'Interior Minister Vakhtang Beridze said officers had shown "maximum restraint" throughout the '
     'operation.\n\n'
     '"The government hopes that Saturday\'s meeting at the palace will calm the situation," Beridze '
     'added.\n\n'
     'Georgian Path won 89 of the 150 seats in parliament, according to final results certified on '
     'Friday by the election commission.'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt',
     'Georgian president meets opposition leaders, promises inquiry into protest deaths\n\n'
     'TBILISI, October 20, 2035 (Tidewater Report) - Georgian President Revaz Chkhaidze held talks '
     'with opposition leaders on Saturday, a week after the disputed vote, and promised an independent'
     ' investigation into the deaths of protesters.\n\n'
     'Civic Front leader Lasha Javakhadze and New Horizons leader Tamar Gelashvili were closeted with '
     'Chkhaidze for over three hours at the Orbeliani Palace.\n\n'
     '"We came with three questions and left with one answer," Gelashvili told reporters afterwards.\n\n'
     'Chkhaidze said the inquiry would be led by a panel of retired judges and would report within '
     'sixty days.\n\n'
     'The official death toll for the week stands at three; Caucasus Rights Monitor puts it at four.\n\n'
     'On Friday night police again fired tear gas at demonstrators outside parliament.\n\n'
     "Georgia's constitution gives the president few executive powers, but Chkhaidze, elected in 2029,"
     ' has positioned himself as a mediator between the government and its critics.\n\n'
     'The Constitutional Court in Batumi is due to deliver its ruling on the election on Monday.'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt',
     'Georgian opposition leaves palace talks without a deal\n\n'
     "TBILISI, October 20, 2035 (Caspian Wire) - Georgia's opposition leaders met President Revaz "
     'Chkhaidze on Saturday but said afterwards the talks had brought no breakthrough on the disputed '
     'vote.\n\n'
     'The meeting at the Orbeliani Palace, the first since the election a week ago, was also attended '
     'by the speaker of the outgoing parliament.\n\n'
     '"It was a serious conversation, but a conversation is not a solution," Javakhadze said outside '
     'the palace.\n\n'
     "The president's office released a photograph of the participants around a long table but no "
     'statement.\n\n'
     'Javakhadze was arrested on Wednesday and released on bail a day later, and still faces charges '
     'of organising mass disorder.\n\n'
     'Police used tear gas on Friday to break up a march by several thousand of his supporters near '
     'parliament.\n\n'
     "Since the election, the lari has lost about 4 percent against the dollar, and Georgia's "
     'sovereign bonds have fallen.'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt',
     "Georgia's opposition pins hopes on court as protest movement pauses\n\n"
     "TBILISI, October 21, 2035 (Lantern Press) - Georgia's opposition held no rallies on Sunday as it"
     " awaited a Constitutional Court ruling on last weekend's disputed parliamentary election.\n\n"
     'The court, which sits in the Black Sea city of Batumi, is expected to announce on Monday whether'
     ' ballots in some districts must be counted again.\n\n'
     '"The street has done its part; now it is the judges\' turn," said Giorgi Beradze, a political '
     'scientist at Tbilisi State University.\n\n'
     'Opposition leaders met President Revaz Chkhaidze on Saturday for three hours but left without '
     'the commitment to a recount they had sought.\n\n'
     'The week began with the largest street protest Georgia has seen in a decade, on Tuesday.\n\n'
     'A smaller march on Friday also ended in tear gas.\n\n'
     'Civic Front leader Lasha Javakhadze has been free on bail since Thursday.\n\n'
     'Authorities have not said when they will lift the restrictions on mobile internet, which '
     'NetSignal says remain in place in parts of the capital.\n\n'
     'A survey by an independent polling firm found that 48 percent of Tbilisi residents supported a '
     'full rerun of the election.'),
    ('2035-10-22_orchard_georgian-court-orders-recount.txt',
     'Georgian court orders recount in four districts after disputed vote\n\n'
     "BATUMI, October 22, 2035 (Orchard Gazette) - Georgia's Constitutional Court on Monday ordered "
     'the Central Election Commission to recount ballots in four districts, handing the opposition a '
     "partial victory in its challenge to this month's parliamentary election.\n\n"
     'The ruling covers Rustavi, Marneuli, Zugdidi and Kutaisi, where the court said discrepancies '
     'between precinct protocols and final tallies were too large to ignore.\n\n'
     'About 312,000 ballots were cast in the four districts, roughly 17 percent of the national total.\n\n'
     'Court chairman Mamuka Tsiklauri read the decision to a packed chamber in Batumi.\n\n'
     'The Civic Front rejected the official result of the October 13 vote a day after the polls '
     'closed, saying it had been rigged.\n\n'
     '"This is not everything we asked for, but it proves we were right," Civic Front leader Lasha '
     'Javakhadze said in a video message.\n\n'
     'Under electoral law, the recount must begin within 48 hours of the ruling.\n\n'
     'If the recount shifts even a handful of seats, Georgian Path could lose its majority in the '
     '150-member parliament.'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'Opposition supporters celebrate in Tbilisi after court orders partial recount\n\n'
     'TBILISI, October 22, 2035 (Summit Dispatch) - Thousands of opposition supporters gathered '
     'outside the Georgian parliament on Monday evening after the Constitutional Court ordered a '
     "partial recount of this month's election, in the third big rally in the capital in a week.\n\n"
     "Monday's gathering passed off peacefully, and riot police stayed out of sight.\n\n"
     'Judges sitting in Batumi told the election commission to count again the ballots from four '
     'districts, including the industrial city of Rustavi.\n\n'
     '"We have waited for this since the night of the vote," said Irma, a 61-year-old retired engineer'
     ' holding a candle.\n\n'
     'The government ban on rallies in central Tbilisi, imposed last Wednesday, technically remains in'
     ' force.\n\n'
     'Georgian Path would keep its majority even if it lost every seat in the four districts, party '
     'officials said.\n\n'
     "Last Tuesday's rally, held three days after the election, was the largest the city had seen in a"
     ' decade.\n\n'
     'A second march, on Friday, was also dispersed.'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt',
     'Tbilisi crowd cheers court ruling in first peaceful rally since vote\n\n'
     'TBILISI, October 22, 2035 (Kestrel News) - Several thousand Georgians rallied peacefully on '
     'Rustaveli Avenue on Monday night to welcome a court ruling ordering a partial recount of the '
     'disputed parliamentary election.\n\n'
     'The Constitutional Court, in Batumi, ordered earlier in the day that votes from four of '
     "Georgia's 30 electoral districts be counted again.\n\n"
     'Police watched from a distance and did not try to enforce the ban on gatherings that the '
     'government imposed last week.\n\n'
     'Civic Front leader Lasha Javakhadze, who is on bail facing charges of organising mass disorder, '
     'told the crowd the ruling was "the first crack in the wall".\n\n'
     "Riot police broke up last Tuesday's rally with tear gas and rubber bullets, and the government "
     'says three people died.\n\n'
     "Friday's smaller march met the same response.\n\n"
     '"Tonight nobody is afraid," said Dato, a 19-year-old student waving a Georgian flag.\n\n'
     'The election commission has 48 hours to begin the recount, which will be watched by observers '
     'from all parties.\n\n'
     'President Revaz Chkhaidze expects to see the opposition leaders again on Tuesday.'),
    ('2035-10-23_caspian_president-second-talks-opposition.txt',
     'Georgian president holds second round of talks with opposition\n\n'
     "TBILISI, October 23, 2035 (Caspian Wire) - President Revaz Chkhaidze met Georgia's opposition "
     'leaders again on Tuesday, as election officials prepared to recount votes in four districts.\n\n'
     'The talks at the Orbeliani Palace lasted about two hours and focused on the rules for the '
     'recount and the inquiry into protest deaths, participants said.\n\n'
     'Chkhaidze first met Civic Front leader Lasha Javakhadze and New Horizons leader Tamar Gelashvili'
     ' on Saturday.\n\n'
     'Gelashvili said afterwards that the president had not yet named the members of the inquiry '
     'panel.\n\n'
     'The Constitutional Court on Monday ordered the recount in Rustavi, Marneuli, Zugdidi and '
     'Kutaisi.\n\n'
     'Civic Front supporters staged a peaceful rally in Tbilisi on Monday night to celebrate the '
     'ruling.\n\n'
     "The four districts hold about one in six of the country's registered voters."),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt',
     'Chkhaidze and opposition meet again as Georgia prepares recount\n\n'
     "TBILISI, October 23, 2035 (Tidewater Report) - Georgia's president and the opposition's leaders "
     'sat down together on Tuesday for the second time in four days, seeking to ease a post-election '
     'crisis that has brought tens of thousands onto the streets.\n\n'
     'The meeting, held behind closed doors, ended without a joint statement.\n\n'
     'At their first session on Saturday, the two sides discussed the recount and the protest deaths.\n\n'
     '"We are talking, which is more than we could say a week ago," New Horizons leader Tamar '
     'Gelashvili said.\n\n'
     'Georgian Path took 51.8 percent of the vote on October 13, according to official results that '
     'the opposition rejected the next day.\n\n'
     'The recount, ordered on Monday by the Constitutional Court, is due to begin on Wednesday.\n\n'
     'Opposition leader Lasha Javakhadze, who was detained for more than a day last week, remains '
     'under investigation.\n\n'
     'The lari steadied on Tuesday after sliding through much of the previous week.'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt',
     'Ten days that shook Georgia: from disputed vote to recount\n\n'
     "TBILISI, October 23, 2035 (Lantern Press) - Georgia's president and opposition were back at the "
     'negotiating table on Tuesday, ten days after a parliamentary election that has left the country '
     'in its deepest political crisis in a decade.\n\n'
     'The Civic Front refused to recognise the result as soon as it was announced on October 14, and '
     'its leader Lasha Javakhadze called his supporters onto the streets.\n\n'
     'Police turned tear gas and rubber bullets on the first rally, on October 16, in a crackdown that'
     ' killed at least three people by official count and four according to rights groups.\n\n'
     'Javakhadze was arrested the following morning and spent a night and a day in custody before a '
     'judge granted him bail.\n\n'
     'Also on October 17, the European Union accused the authorities of using disproportionate force.\n\n'
     'The United States criticised the government the same day.\n\n'
     'A second march, on October 19, was dispersed with water cannon.\n\n'
     "The Constitutional Court's order on Monday for a recount in four districts was the first "
     'concession the opposition has won.\n\n'
     '"Both sides have learned that neither can simply wait for the other to give up," said Giorgi '
     'Beradze, a political scientist in Tbilisi.\n\n'
     'The recount starts on Wednesday and is expected to take a week.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('REJECT',), '2035-10-14', 'Civic Front (Javakhadze) rejects the official election result'),
    'A02': (('REQUEST',), '2035-10-14', 'Javakhadze calls supporters to rally outside parliament on Tuesday'),
    'A03': (('PROTEST',), '2035-10-16', 'first mass rally outside parliament on Rustaveli Avenue, Tbilisi'),
    'A04': (('COERCE', 'ASSAULT'), '2035-10-16',
            'police disperse the rally with tear gas, rubber bullets; 2, then 3 dead (ministry), 4 (rights)'),
    'A05': (('COERCE',), '2035-10-16',
            'authorities restrict mobile internet and block social networks in Tbilisi'),
    'A06': (('COERCE',), '2035-10-17', 'police arrest opposition leader Javakhadze at his home before dawn'),
    'A07': (('COERCE',), '2035-10-17', 'government decree bans rallies in central Tbilisi for thirty days'),
    'A08': (('THREATEN',), '2035-10-17',
            'Interior Minister Beridze warns police will break up any banned rally'),
    'A09': (('ACCUSE',), '2035-10-17', 'the EU condemns the force used on protesters and the arrest'),
    'A10': (('ACCUSE',), '2035-10-17', 'the US State Department criticises the crackdown and internet curbs'),
    'A11': (('RETREAT',), '2035-10-18', 'Tbilisi court releases Javakhadze on bail'),
    'A12': (('PROTEST',), '2035-10-19', 'second rally, a march on parliament in defiance of the ban'),
    'A13': (('COERCE', 'ASSAULT'), '2035-10-19',
            'riot police disperse the Friday march with tear gas and water cannon'),
    'A14': (('CONSULT',), '2035-10-20', 'President Chkhaidze meets opposition leaders (first meeting)'),
    'A15': (('AGREE',), '2035-10-20',
            'President Chkhaidze promises an independent inquiry into the protest deaths'),
    'A16': (('REQUEST',), '2035-10-22',
            'Constitutional Court orders the election commission to recount four districts'),
    'A17': (('PROTEST',), '2035-10-22', 'third rally, peaceful, on Rustaveli Avenue after the court ruling'),
    'A18': (('CONSULT',), '2035-10-23',
            'President Chkhaidze meets opposition leaders again (second meeting)'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2035-10-14_caspian_opposition-rejects-georgia-vote.txt', 'A01', 'refused to accept the results'),
    ('2035-10-14_caspian_opposition-rejects-georgia-vote.txt', 'A02', 'urged his supporters to gather'),
    ('2035-10-14_summit_ruling-party-wins-georgian-election.txt', 'A01', 'would not recognise the outcome'),
    ('2035-10-14_summit_ruling-party-wins-georgian-election.txt', 'A02', 'called on Georgians to come out'),
    ('2035-10-15_tidewater_georgia-opposition-readies-protest.txt', 'A01', 'dismissed the official result'),
    ('2035-10-15_tidewater_georgia-opposition-readies-protest.txt', 'A02', 'appealed to supporters to fill'),
    ('2035-10-16_kestrel_tens-of-thousands-rally-tbilisi.txt',
     'A03', 'massed outside the Georgian parliament'),
    ('2035-10-16_kestrel_tens-of-thousands-rally-tbilisi.txt', 'A02', 'answered a call made on Sunday'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt',
     'A04', 'fired tear gas, water cannon and rubber'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt',
     'A03', 'a huge opposition rally outside parliament'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt',
     'A03', 'had gathered peacefully in the afternoon'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt', 'A02', "answering the opposition's call"),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt', 'A04', 'said they moved in after'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt', 'A04', 'several were beaten with batons'),
    ('2035-10-16_caspian_police-tear-gas-tbilisi-protest.txt', 'A04', 'fired straight into the crowd'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'A06', 'arrested opposition leader Lasha Javakhadze'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt', 'A06', 'was being held on suspicion'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'A06', 'leading him from an apartment block'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'A04', 'killed when police dispersed the rally'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'A03', 'the rally outside parliament on Tuesday'),
    ('2035-10-17_summit_georgian-opposition-leader-arrested.txt',
     'A05', 'Mobile internet across the capital'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt', 'A07', 'banned all street gatherings'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt', 'A07', 'The decree, signed by Prime Minister'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt', 'A08', 'would break up any gathering'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt', 'A08', 'will be treated as a participant'),
    ('2035-10-17_lantern_georgia-bans-rallies-in-tbilisi.txt', 'A06', 'police detained Civic Front leader'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt',
     'A09', 'condemned what it called a disproportionate'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt', 'A04', 'use of force by Georgian police'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt', 'A09', 'raises serious doubts'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt',
     'A06', 'the detention of Civic Front leader'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt', 'A10', 'declared itself deeply troubled'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt', 'A05', 'for restricting internet access'),
    ('2035-10-17_tidewater_eu-us-criticise-georgia-crackdown.txt',
     'A10', 'should never be met with tear gas'),
    ('2035-10-17_kestrel_georgians-internet-blackout.txt',
     'A05', 'sharply restricted mobile internet in Tbilisi'),
    ('2035-10-17_kestrel_georgians-internet-blackout.txt',
     'A05', 'were blocked on all three mobile networks'),
    ('2035-10-17_kestrel_georgians-internet-blackout.txt', 'A05', 'the operators had been ordered to limit'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'A06', 'arrested opposition leader Lasha Javakhadze'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt', 'A06', 'was being held on suspicion'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'A06', 'leading him from an apartment block'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'A04', 'killed when police dispersed the rally'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'A03', 'the rally outside parliament on Tuesday'),
    ('2035-10-17_orchard_georgian-opposition-leader-arrested.txt',
     'A05', 'Mobile internet across the capital'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt',
     'A09', 'condemned what it called a disproportionate'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt', 'A04', 'use of force by Georgian police'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt', 'A09', 'raises serious doubts'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt',
     'A06', 'the detention of Civic Front leader'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt', 'A10', 'declared itself deeply troubled'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt', 'A05', 'for restricting internet access'),
    ('2035-10-17_summit_brussels-washington-rebuke-georgia.txt', 'A10', 'should never be met with tear gas'),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A11', 'released Georgian opposition leader Lasha'),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A06', 'police took him from his home'),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A11', 'set bail at 40,000 lari'),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A11', 'walked out of the courthouse'),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A04', "Tuesday night's crackdown"),
    ('2035-10-18_caspian_javakhadze-freed-on-bail.txt', 'A07', 'A government ban on rallies'),
    ('2035-10-18_lantern_rights-group-toll-tbilisi.txt', 'A04', 'when Georgian police used force'),
    ('2035-10-18_lantern_rights-group-toll-tbilisi.txt', 'A04', 'canisters fired at close range'),
    ('2035-10-18_lantern_rights-group-toll-tbilisi.txt', 'A11', 'was freed on bail by'),
    ('2035-10-18_lantern_rights-group-toll-tbilisi.txt', 'A07', 'has banned rallies in central Tbilisi'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A12', 'marched on parliament on Friday'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A13', 'riot police scattered them using'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A13', 'Police moved in shortly after'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A12', 'The march defied a ban'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt',
     'A07', 'that the government imposed on Wednesday'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A03', "Tuesday's rally, the largest in years"),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A04', 'ended in clashes that killed'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A11', 'released on bail on Thursday'),
    ('2035-10-19_summit_tear-gas-as-georgians-defy-ban.txt', 'A12', "walked at the front of Friday's march"),
    ('2035-10-19_kestrel_second-tbilisi-rally.txt', 'A13', 'used tear gas to clear thousands'),
    ('2035-10-19_kestrel_second-tbilisi-rally.txt', 'A12', 'had gathered at dusk'),
    ('2035-10-19_kestrel_second-tbilisi-rally.txt', 'A07', 'ignoring a ban on rallies'),
    ('2035-10-19_kestrel_second-tbilisi-rally.txt', 'A11', 'was granted bail on Thursday'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt',
     'A14', 'held talks with opposition leaders'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt',
     'A15', 'promised an independent investigation'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt',
     'A14', 'were closeted with Chkhaidze for over'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt', 'A15', 'the inquiry would be led by'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt', 'A13', 'police again fired tear gas'),
    ('2035-10-20_tidewater_president-meets-opposition-leaders.txt',
     'A12', 'at demonstrators outside parliament'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A14', 'met President Revaz Chkhaidze on Saturday'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A14', 'The meeting at the Orbeliani Palace'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A06', 'Javakhadze was arrested on Wednesday'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A11', 'released on bail a day later'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A13', 'Police used tear gas on Friday'),
    ('2035-10-20_caspian_chkhaidze-talks-no-deal.txt', 'A12', 'a march by several thousand'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt',
     'A14', 'Opposition leaders met President Revaz Chkhaidze'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt',
     'A03', 'the largest street protest Georgia'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt', 'A12', 'A smaller march on Friday'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt', 'A13', 'also ended in tear gas'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt', 'A11', 'has been free on bail'),
    ('2035-10-21_lantern_georgia-opposition-weighs-next-steps.txt',
     'A05', 'the restrictions on mobile internet'),
    ('2035-10-22_orchard_georgian-court-orders-recount.txt',
     'A16', 'ordered the Central Election Commission to recount'),
    ('2035-10-22_orchard_georgian-court-orders-recount.txt', 'A16', 'The ruling covers Rustavi, Marneuli'),
    ('2035-10-22_orchard_georgian-court-orders-recount.txt', 'A16', 'read the decision to a packed chamber'),
    ('2035-10-22_orchard_georgian-court-orders-recount.txt',
     'A01', 'rejected the official result of the October 13'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'A17', 'gathered outside the Georgian parliament on Monday'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'A16', 'the Constitutional Court ordered a partial recount'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'A17', "Monday's gathering passed off peacefully"),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'A16', 'told the election commission to count again'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt', 'A07', 'The government ban on rallies'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt',
     'A03', "Last Tuesday's rally, held three days"),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt', 'A12', 'A second march, on Friday'),
    ('2035-10-22_summit_crowds-gather-after-recount-order.txt', 'A13', 'was also dispersed'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt',
     'A17', 'rallied peacefully on Rustaveli Avenue'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt',
     'A16', 'a court ruling ordering a partial recount'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt',
     'A16', 'ordered earlier in the day that votes'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt',
     'A07', 'the ban on gatherings that the government'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt', 'A04', 'Riot police broke up last'),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt', 'A03', "Tuesday's rally with tear gas and"),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt', 'A12', "Friday's smaller march met"),
    ('2035-10-22_kestrel_peaceful-rally-after-court-ruling.txt', 'A13', 'met the same response'),
    ('2035-10-23_caspian_president-second-talks-opposition.txt',
     'A18', "met Georgia's opposition leaders again"),
    ('2035-10-23_caspian_president-second-talks-opposition.txt', 'A18', 'lasted about two hours'),
    ('2035-10-23_caspian_president-second-talks-opposition.txt', 'A14', 'first met Civic Front leader'),
    ('2035-10-23_caspian_president-second-talks-opposition.txt', 'A16', 'on Monday ordered the recount'),
    ('2035-10-23_caspian_president-second-talks-opposition.txt', 'A17', 'staged a peaceful rally in Tbilisi'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt', 'A18', 'sat down together on Tuesday'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt', 'A18', 'held behind closed doors'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt', 'A14', 'At their first session on Saturday'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt',
     'A01', 'the opposition rejected the next day'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt',
     'A16', 'ordered on Monday by the Constitutional'),
    ('2035-10-23_tidewater_chkhaidze-opposition-meet-again.txt', 'A06', 'who was detained for more than'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A18', 'back at the negotiating table'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A01', 'refused to recognise the result'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A02', 'called his supporters onto the streets'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A04', 'in a crackdown that killed'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A03', 'on the first rally, on October 16'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A06', 'arrested the following morning'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A11', 'before a judge granted him bail'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt',
     'A09', 'the European Union accused the authorities'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt',
     'A10', 'The United States criticised the government'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A12', 'A second march, on October 19'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt', 'A13', 'was dispersed with water cannon'),
    ('2035-10-23_lantern_georgia-ten-days-of-turmoil.txt',
     'A16', "The Constitutional Court's order on Monday"),
]

FLOORS = {"pairwise_f1": 0.58, "b3_f1": 0.71, "reports_found": 0.51}


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
