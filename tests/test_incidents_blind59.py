"""Blind incident batch 59: ten days of protest in Kenya over a finance bill, June 21 to 30, 2033.

Everything in it is synthetic: the six outlets (Equator Wire, Savanna Ledger, Highland Courier, Coastline Herald,
Baobab Press, Meridian Dispatch) and every person are invented, the countries, places and public bodies are real,
the events never happened and the dates are in the future. 25 documents; one is a verbatim syndicated copy
(Coastline Herald of Equator Wire, June 23) and one a lightly edited copy (Meridian Dispatch of Equator Wire,
June 25). Look-alikes: two days of marches across the country by the Linda Mfuko youth movement (21st and 28th)
and two days of police tear gas against them (21st and 28th), two threats on one day by different speakers (the
organisers and the interior minister, 22nd), two calls for dialogue on one day by different speakers (the Catholic
bishops and the opposition leader, 25th), a threat to occupy parliament (22nd) and the storming itself (23rd),
internet throttling imposed (23rd) and lifted (24th), an abduction of three activists (25th) and their release
(27th); figures change between reports (12 arrested, then 19; the dead put at 6 by police, 13 by the rights
commission and 17 by hospitals, then 23 by the commission).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's marches by the protest movement across the country are one act, and so is the storming and
burning of parliament. Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two
readings: tear gas fired at marchers is COERCE (violent repression) or ASSAULT, the president's audit pledge is
AGREE (a promise) or CONCEDE (yielding to a protest demand), and the High Court's inquiry order is ACCUSE
(investigate) or REQUEST (an order to the state). REPORTS lists every body sentence that reports an act that
happened (headlines are not listed), background recaps in later reports included ("a day after he withdrew the
finance bill ..."), with a cue found once in its file; a syndicated copy has its own entries. No sentence reports
two acts that share a type. Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and denied
acts, acts more than a year before, statistics, tallies and opinions are not listed (a promise is itself AGREE and
a threat THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and
tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data or any
other blind batch.

FIRST RUN (written by a helper at the start of the seventeenth session (2026-12-02)), on its starting code
(aa2ece2), before any of it was read: **pairwise F1 0.662** (precision 0.800, recall 0.565), B-cubed F1 0.806,
reports found 0.652. Read afterwards: its misses may inform rules (each justified by
the codebook, with its own test sentences).
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
    ("2033-06-21_equatorwire_finance-bill-marches.txt",
     "Thousands march across Kenya against finance bill, police fire tear gas in Nairobi\n\n"
     "NAIROBI, June 21, 2033 (Equator Wire) - Thousands of mostly young Kenyans marched through Nairobi, "
     "Mombasa, Kisumu and Nakuru on Tuesday against a finance bill raising taxes on bread, fuel and mobile "
     "money transfers.\n\n"
     "In the capital, riot police sent clouds of tear gas over crowds trying to reach parliament along "
     "Parliament Road and Kenyatta Avenue.\n\n"
     "Police detained 12 protesters in central Nairobi, police spokesman Dickson Rotich Omari told reporters.\n\n"
     "The marches were called by Linda Mfuko, a loose youth movement that organises mostly on social media "
     "and has no formal leaders. 'We are not asking for much. We are asking them to stop emptying our "
     "pockets,' said Nasimiyu Ochola, a 24-year-old organiser.\n\n"
     "Lawmakers are due to vote on the bill on Thursday. The Treasury says the new levies are needed to raise "
     "about 300 billion shillings and slow the growth of borrowing."),
    ("2033-06-21_savannaledger_mombasa-kisumu-marches.txt",
     "Finance bill anger spreads from capital to coast and lakeside\n\n"
     "MOMBASA, June 21, 2033 (Savanna Ledger) - Protesters filled the streets of Mombasa's old town and "
     "blocked the Nyali bridge for several hours on Tuesday as demonstrations against the finance bill spread "
     "well beyond Nairobi.\n\n"
     "In Kisumu, hundreds of traders shut their stalls and joined students marching along Oginga Odinga "
     "Street, blowing whistles and waving branches.\n\n"
     "The day's marches were largely peaceful outside the capital, where police fired tear gas to stop crowds "
     "approaching parliament, according to witnesses.\n\n"
     "Organisers said they planned another march on Thursday, when the National Assembly is scheduled to "
     "vote.\n\n"
     "'Every shilling they add is a shilling out of my child's school fees,' said Halima Shee, a fishmonger "
     "at the Marikiti market."),
    ("2033-06-22_highlandcourier_arrests-revised.txt",
     "Police raise Nairobi protest arrest figure to 19 as rights body faults tactics\n\n"
     "NAIROBI, June 22, 2033 (Highland Courier) - Police arrested 19 people during Tuesday's finance bill "
     "protests in Nairobi, not 12 as first announced, a police statement said on Wednesday.\n\n"
     "Kenya's national human rights commission accused police on Wednesday of using excessive force against "
     "peaceful marchers and of holding some of those detained without access to lawyers.\n\n"
     "In Nakuru, where a crowd marched to the county offices on Tuesday, the county police commander said no "
     "arrests were made.\n\n"
     "The movement behind the protests, Linda Mfuko, has said it will be outside parliament on Thursday for "
     "the vote."),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt",
     "Kenyan protest movement vows to occupy parliament on vote day\n\n"
     "NAIROBI, June 22, 2033 (Equator Wire) - Organisers of Kenya's finance bill protests threatened on "
     "Wednesday to occupy parliament if lawmakers go ahead with Thursday's vote on the tax measures.\n\n"
     "'If they vote for this bill, we will sit in that chamber ourselves,' Nasimiyu Ochola, one of the "
     "organisers, said in a live stream watched by tens of thousands of people.\n\n"
     "The warning was issued a day after riot police fired tear gas on marchers in the capital.\n\n"
     "The state rights commission on Wednesday accused officers of disproportionate force during Tuesday's "
     "marches.\n\n"
     "Interior Cabinet Secretary Moses Kiragu Ayieko warned that anyone who breached the grounds of "
     "parliament would 'face the full force of the law'.\n\n"
     "Lawmakers take the final vote on Thursday afternoon."),
    ("2033-06-23_equatorwire_parliament-stormed.txt",
     "Protesters storm Kenya's parliament and set part of it ablaze; army deployed\n\n"
     "NAIROBI, June 23, 2033 (Equator Wire) - Protesters broke through police lines and stormed Kenya's "
     "parliament on Thursday minutes after lawmakers passed a contested finance bill, setting fire to part of "
     "the building.\n\n"
     "Police opened fire with live ammunition on the crowds outside the parliament compound, killing at least "
     "six people, police spokesman Dickson Rotich Omari said.\n\n"
     "The national human rights commission said 13 people had died and dozens more had gunshot wounds.\n\n"
     "Smoke rose from the wing housing the Senate chamber as firefighters struggled to reach it, and "
     "lawmakers were evacuated through an underground tunnel to a nearby office block.\n\n"
     "Defence Cabinet Secretary Priscilla Wambui Langat deployed the Kenya Defence Forces to support police "
     "in what she called an emergency, according to a notice published in the official gazette late on "
     "Thursday.\n\n"
     "The storming followed a threat by organisers on Wednesday to occupy the chamber if the vote went ahead.\n\n"
     "President Barnaba Kioko Mutai, who has 14 days to sign the bill into law, did not comment."),
    ("2033-06-23_coastlineherald_parliament-stormed.txt",
     "Protesters storm Kenya's parliament and set part of it ablaze; army deployed\n\n"
     "NAIROBI, June 23, 2033 (Equator Wire) - Protesters broke through police lines and stormed Kenya's "
     "parliament on Thursday minutes after lawmakers passed a contested finance bill, setting fire to part of "
     "the building.\n\n"
     "Police opened fire with live ammunition on the crowds outside the parliament compound, killing at least "
     "six people, police spokesman Dickson Rotich Omari said.\n\n"
     "The national human rights commission said 13 people had died and dozens more had gunshot wounds.\n\n"
     "Smoke rose from the wing housing the Senate chamber as firefighters struggled to reach it, and "
     "lawmakers were evacuated through an underground tunnel to a nearby office block.\n\n"
     "Defence Cabinet Secretary Priscilla Wambui Langat deployed the Kenya Defence Forces to support police "
     "in what she called an emergency, according to a notice published in the official gazette late on "
     "Thursday.\n\n"
     "The storming followed a threat by organisers on Wednesday to occupy the chamber if the vote went ahead.\n\n"
     "President Barnaba Kioko Mutai, who has 14 days to sign the bill into law, did not comment."),
    ("2033-06-23_baobabpress_internet-throttled.txt",
     "Internet slows to a crawl across Kenya as parliament burns\n\n"
     "NAIROBI, June 23, 2033 (Baobab Press) - Authorities throttled internet connections across Kenya on "
     "Thursday afternoon, cutting speeds sharply as images of the burning parliament spread online, a "
     "monitoring group said.\n\n"
     "Traffic on the two largest mobile networks fell to about a fifth of normal levels from around 3 p.m., "
     "according to NetPulse Africa, which tracks connectivity.\n\n"
     "The Communications Authority of Kenya denied ordering any restrictions and blamed the slowdown on "
     "damage to an undersea cable.\n\n"
     "Hours earlier, protesters had forced their way into the parliament building and set part of it alight "
     "after lawmakers approved the finance bill.\n\n"
     "Users switched to virtual private networks to keep sharing video from the streets."),
    ("2033-06-24_savannaledger_hospitals-toll.txt",
     "Nairobi hospitals count 17 dead from parliament shootings\n\n"
     "NAIROBI, June 24, 2033 (Savanna Ledger) - Hospitals in Nairobi have received the bodies of 17 people "
     "killed when police shot at protesters outside parliament on Thursday, a doctors' union said on Friday, "
     "a higher toll than either the police or the rights commission have given.\n\n"
     "Police have said six people died, while the national human rights commission has counted 13.\n\n"
     "Most of the victims reached Kenyatta National Hospital with bullet wounds to the upper body, said Dr. "
     "Wilfred Omondi Saningo, secretary of the doctors' union.\n\n"
     "Soldiers, called in by the government on Thursday, were guarding the burnt-out wing of parliament on "
     "Friday.\n\n"
     "Part of the building's roof collapsed overnight after the fire set by protesters who broke in on "
     "Thursday afternoon."),
    ("2033-06-24_equatorwire_bill-withdrawn.txt",
     "Kenya's president withdraws finance bill after deadly protests\n\n"
     "NAIROBI, June 24, 2033 (Equator Wire) - President Barnaba Kioko Mutai withdrew Kenya's finance bill on "
     "Friday, declining to sign it into law a day after protesters stormed parliament and police shot dead "
     "demonstrators outside.\n\n"
     "In a televised address from State House, Mutai said he had listened to the young people of Kenya and "
     "was sending the bill back to parliament with a recommendation to delete every clause.\n\n"
     "He also pledged an independent audit of the national debt, a long-standing demand of the protesters.\n\n"
     "The authorities restored full internet speeds on Friday morning after nearly a day of throttling, "
     "NetPulse Africa said.\n\n"
     "Nasimiyu Ochola, an organiser with the Linda Mfuko movement, said the withdrawal was 'a beginning, not "
     "an end' and that the dead must not be forgotten."),
    ("2033-06-24_highlandcourier_internet-restored.txt",
     "Kenyan internet back to full speed after day-long slowdown\n\n"
     "NAIROBI, June 24, 2033 (Highland Courier) - Kenya lifted restrictions on internet traffic early on "
     "Friday, about 18 hours after connections were throttled on Thursday afternoon, network monitors said.\n\n"
     "The country's two biggest mobile operators confirmed that service was back to normal.\n\n"
     "The Communications Authority has denied ordering the slowdown, but the Law Society of Kenya announced "
     "on Friday that it would go to court to seek an order barring any future shutdown.\n\n"
     "Businesses that rely on mobile money said they had lost a full day's trade."),
    ("2033-06-25_equatorwire_calls-for-dialogue.txt",
     "Kenyan bishops and opposition urge dialogue after finance bill withdrawn\n\n"
     "NAIROBI, June 25, 2033 (Equator Wire) - Kenya's Catholic bishops on Saturday called on President "
     "Barnaba Kioko Mutai to open talks with the youth-led protest movement, a day after he withdrew the "
     "finance bill that set off a week of unrest.\n\n"
     "Opposition leader Tobias Kanja Oduya of the Umoja Democratic Alliance made a similar call at a rally in "
     "Kisumu, urging a national dialogue that brings in young people, churches and civil society.\n\n"
     "'Withdrawing the bill was right, but Thursday's bloodshed has left a wound this country will carry for "
     "years,' Archbishop Gervase Ndolo, who chairs the bishops' conference, told a press conference in "
     "Nairobi.\n\n"
     "State House said the president was open to meeting religious leaders but gave no date.\n\n"
     "The national human rights commission says at least 13 people died in Thursday's violence outside "
     "parliament."),
    ("2033-06-25_meridiandispatch_calls-for-dialogue.txt",
     "Church and opposition leaders press Mutai to talk to protesters\n\n"
     "NAIROBI, June 25, 2033 (Equator Wire) - Kenya's Roman Catholic bishops on Saturday called on President "
     "Barnaba Mutai to open talks with the youth-led protest movement, a day after he withdrew the finance "
     "bill that had set off a week of unrest.\n\n"
     "Opposition leader Tobias Kanja Oduya made a similar call at a rally in Kisumu, urging a national "
     "dialogue that brings in young people, churches and civil society groups.\n\n"
     "'Withdrawing the bill was right, but Thursday's bloodshed has left a wound this country will carry for "
     "years,' Archbishop Gervase Ndolo, who chairs the bishops' conference, told reporters in Nairobi.\n\n"
     "State House said the president was open to meeting religious leaders but gave no date."),
    ("2033-06-25_baobabpress_bishops-statement.txt",
     "Church leaders demand answers over Thursday's killings\n\n"
     "NAIROBI, June 25, 2033 (Baobab Press) - The Kenya Conference of Catholic Bishops urged the government "
     "on Saturday to sit down with young protesters and to account for the deaths of this week.\n\n"
     "Archbishop Gervase Ndolo read the statement at the Holy Family Basilica, flanked by a dozen bishops.\n\n"
     "Police shot dead at least 13 people when crowds stormed the parliament complex on Thursday, according "
     "to the rights commission, which says it is still verifying reports of further deaths.\n\n"
     "Several of the bishops wore black armbands in memory of the dead."),
    ("2033-06-26_savannaledger_activists-abducted.txt",
     "Three protest activists seized by unidentified men in Nairobi\n\n"
     "NAIROBI, June 26, 2033 (Savanna Ledger) - Men in plain clothes bundled three activists from the Linda "
     "Mfuko movement into unmarked cars in Nairobi late on Saturday, their families and the Law Society of "
     "Kenya said on Sunday.\n\n"
     "Brian Kasyoka, Faith Njeri Mumo and Kelvin Wekesa were taken from a cafe in the Kilimani area shortly "
     "before midnight, witnesses said.\n\n"
     "Law Society president Abigael Chebet Nyamweya accused the police of running a campaign of abductions to "
     "frighten the movement's organisers.\n\n"
     "Police spokesman Dickson Rotich Omari denied that officers had detained the three and said a missing "
     "persons report had been opened.\n\n"
     "The abductions came hours after Catholic bishops called for talks to end the crisis.\n\n"
     "Linda Mfuko said on Sunday it rejected the president's offer of a national debt audit as 'too little, "
     "too late' and would march again on Tuesday to demand his resignation."),
    ("2033-06-26_equatorwire_movement-rejects-pledge.txt",
     "Kenyan youth movement spurns president's audit pledge, plans new marches\n\n"
     "NAIROBI, June 26, 2033 (Equator Wire) - Kenya's Linda Mfuko protest movement on Sunday rejected a "
     "pledge by President Barnaba Kioko Mutai to audit the national debt, saying the withdrawal of the "
     "finance bill did not answer for the people killed outside parliament.\n\n"
     "Mutai made the pledge on Friday in a speech broadcast live from State House.\n\n"
     "Organisers announced a new day of marches for Tuesday, this time calling for the president to step "
     "down.\n\n"
     "Their statement came a day after three of the movement's activists were snatched off the street in "
     "Nairobi by men the Law Society of Kenya believes to be police officers.\n\n"
     "Police have denied any involvement."),
    ("2033-06-27_highlandcourier_activists-freed.txt",
     "Abducted Kenyan activists freed at police post outside Nairobi\n\n"
     "NAIROBI, June 27, 2033 (Highland Courier) - Police freed three Linda Mfuko activists at a police post "
     "in Kiambu county on Monday, their lawyer said, two days after the three were abducted by men in plain "
     "clothes in Nairobi.\n\n"
     "Lawyer Shadrack Mwenda Obura said the three were unharmed but exhausted.\n\n"
     "Brian Kasyoka, one of the three, told reporters outside the police post that he would join Tuesday's "
     "march."),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt",
     "Kenyan court orders inquiry into parliament shootings as toll rises to 23\n\n"
     "NAIROBI, June 27, 2033 (Equator Wire) - Kenya's High Court on Monday ordered an independent inquiry "
     "into the police shootings outside parliament last week, in which the national rights commission now "
     "says 23 people died.\n\n"
     "Justice Rosemary Kipchumba directed the Independent Policing Oversight Authority to report within 60 "
     "days on who gave the order to fire live rounds.\n\n"
     "The commission raised its count of the dead from 13 to 23 on Monday after more bodies were identified "
     "at city mortuaries.\n\n"
     "Officers fired on crowds outside the parliament complex on Thursday after protesters broke in and "
     "torched a wing of the building.\n\n"
     "The ruling came hours after police freed three activists who had been abducted in Nairobi on Saturday "
     "night."),
    ("2033-06-27_baobabpress_court-inquiry.txt",
     "Judge gives police watchdog 60 days to explain deadly shootings\n\n"
     "NAIROBI, June 27, 2033 (Baobab Press) - A Kenyan judge on Monday ordered the police oversight authority "
     "to investigate last Thursday's shootings of protesters.\n\n"
     "Police killed at least 23 people when they fired on demonstrators who had surrounded parliament, "
     "according to the latest count by the rights commission.\n\n"
     "Justice Rosemary Kipchumba said the state had a duty to explain every death.\n\n"
     "The authority, known as IPOA, has looked into police killings before but has rarely secured "
     "convictions."),
    ("2033-06-28_equatorwire_resign-protests.txt",
     "Second wave of Kenyan protests demands president's resignation\n\n"
     "NAIROBI, June 28, 2033 (Equator Wire) - Thousands of protesters poured back into the streets of "
     "Nairobi, Mombasa, Eldoret and Kisumu on Tuesday chanting for President Barnaba Kioko Mutai to resign, "
     "four days after he scrapped the tax measures that first brought them out.\n\n"
     "Police drove back marchers who tried to reach State House in Nairobi, spraying them from armoured "
     "trucks and firing tear gas.\n\n"
     "It was the first time the movement had called openly for the president to go.\n\n"
     "A week earlier, thousands marched against the bill in the same towns, the start of protests that have "
     "left at least 23 people dead, according to the rights commission.\n\n"
     "Opposition leader Tobias Kanja Oduya did not join the march."),
    ("2033-06-28_coastlineherald_mombasa-resign-march.txt",
     "Mombasa marchers call on Mutai to quit\n\n"
     "MOMBASA, June 28, 2033 (Coastline Herald) - Several thousand people marched from Uhuru Gardens to the "
     "county offices in Mombasa on Tuesday, waving placards that read 'Mutai Must Go' as a second wave of "
     "protests spread through Kenya.\n\n"
     "Police in the coastal city stayed back and the march ended without clashes, unlike in the capital.\n\n"
     "Exactly a week ago, Mombasa residents had blocked the Nyali bridge in the first day of protests against "
     "the finance bill, which the president withdrew on Friday.\n\n"
     "'He took back the bill, but he cannot take back the bullets,' said Omar Said Mwinyi, a 22-year-old "
     "student."),
    ("2033-06-28_savannaledger_tear-gas-cbd.txt",
     "Tear gas again in Nairobi as protesters target State House\n\n"
     "NAIROBI, June 28, 2033 (Savanna Ledger) - Police fired canisters of tear gas at protesters on Uhuru "
     "Highway on Tuesday to stop them marching on State House.\n\n"
     "Officers used the same tactic a week ago against crowds heading for parliament during the opening day "
     "of the finance bill protests.\n\n"
     "The marchers, many of them wrapped in the national flag, chanted for the president to stand down.\n\n"
     "Shops in the central business district stayed shut and traffic had all but vanished from the roads by "
     "noon."),
    ("2033-06-29_highlandcourier_state-house-meeting.txt",
     "Mutai meets church leaders at State House as crisis deepens\n\n"
     "NAIROBI, June 29, 2033 (Highland Courier) - President Barnaba Kioko Mutai met Catholic, Anglican and "
     "Muslim leaders at State House on Wednesday, his first face-to-face talks with anyone outside government "
     "since the unrest began eight days ago.\n\n"
     "State House spokeswoman Lydia Auma Kerubo said the meeting discussed 'a path to national healing' but "
     "gave no details.\n\n"
     "The Catholic bishops had called for such talks on Saturday.\n\n"
     "Opposition leader Tobias Kanja Oduya, who urged a national dialogue the same day, was not invited."),
    ("2033-06-29_meridiandispatch_church-leaders-meet.txt",
     "Religious leaders hold talks with Kenya's president\n\n"
     "NAIROBI, June 29, 2033 (Meridian Dispatch) - Kenya's main religious leaders spent two hours in talks "
     "with President Barnaba Kioko Mutai on Wednesday, a day after protesters marched in several towns "
     "demanding that he resign.\n\n"
     "Archbishop Gervase Ndolo described the president as attentive throughout the meeting.\n\n"
     "On Tuesday officers hurled tear gas at the Nairobi marchers as they tried to approach State House.\n\n"
     "The religious leaders plan to meet representatives of the protest movement later this week."),
    ("2033-06-30_equatorwire_resignation-rejected.txt",
     "Kenya's president rejects calls to resign\n\n"
     "NAIROBI, June 30, 2033 (Equator Wire) - Kenya's President Barnaba Kioko Mutai on Thursday rejected "
     "demands from protesters that he resign, saying he had a mandate from voters until the next election.\n\n"
     "'I was elected by the people of Kenya and I will serve the term they gave me,' Mutai said at a "
     "passing-out parade at the Kenya Military Academy in Lanet.\n\n"
     "Demonstrators marched in several Kenyan towns on Tuesday calling for him to step down, and police used "
     "tear gas to turn back a crowd heading for State House.\n\n"
     "The president met religious leaders on Wednesday, State House said.\n\n"
     "On Monday the High Court ordered an inquiry into the shootings outside parliament last week, which the "
     "rights commission says killed 23 people."),
    ("2033-06-30_baobabpress_ten-days-recap.txt",
     "Ten days that shook Kenya: from tax protest to calls for resignation\n\n"
     "NAIROBI, June 30, 2033 (Baobab Press) - Until last week, few Kenyans had read the finance bill. Here is "
     "how the crisis unfolded.\n\n"
     "June 21: Young people marched in Nairobi and at least three other towns, and police fired tear gas near "
     "parliament.\n\n"
     "June 23: Crowds overran parliament minutes after the bill passed and set fire to part of it; police "
     "shot dead at least six people that day by their own count, and 23 by the rights commission's latest "
     "tally.\n\n"
     "June 24: Mutai withdrew the bill in a televised address. In the same speech he promised an audit of the "
     "national debt.\n\n"
     "June 25 to 27: Three activists were seized in Nairobi and held for two days before police let them go "
     "in Kiambu.\n\n"
     "June 28: A second wave of marches called for the president to resign.\n\n"
     "June 30: Mutai rejected the calls, saying he would serve out his term."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2033-06-21", "Linda Mfuko marches in Nairobi and other towns against the bill"),
    "A02": (("COERCE", "ASSAULT",), "2033-06-21", "police tear gas at marchers near parliament"),
    "A03": (("COERCE",), "2033-06-21", "police arrest protesters in Nairobi (12, revised to 19)"),
    "A04": (("THREATEN",), "2033-06-22", "organisers threaten a parliament occupation"),
    "A05": (("THREATEN",), "2033-06-22", "interior minister warns anyone breaching parliament"),
    "A06": (("ACCUSE",), "2033-06-22", "rights commission accuses police of excessive force"),
    "A07": (("PROTEST",), "2033-06-23", "protesters storm parliament and burn part of it"),
    "A08": (("ASSAULT",), "2033-06-23", "police shoot protesters dead outside parliament"),
    "A09": (("MOBILIZE",), "2033-06-23", "defence minister deploys the army"),
    "A10": (("COERCE",), "2033-06-23", "authorities throttle the internet"),
    "A11": (("CONCEDE",), "2033-06-24", "authorities restore internet speeds"),
    "A12": (("CONCEDE",), "2033-06-24", "Mutai withdraws the finance bill"),
    "A13": (("AGREE", "CONCEDE",), "2033-06-24", "Mutai pledges a debt audit"),
    "A14": (("REQUEST",), "2033-06-25", "Catholic bishops call for talks with protesters"),
    "A15": (("REQUEST",), "2033-06-25", "opposition leader Oduya calls for dialogue"),
    "A16": (("ASSAULT",), "2033-06-25", "three activists abducted in Kilimani"),
    "A17": (("REJECT",), "2033-06-26", "Linda Mfuko rejects the audit pledge"),
    "A18": (("ACCUSE",), "2033-06-26", "Law Society accuses police over abductions"),
    "A19": (("CONCEDE",), "2033-06-27", "police free the three activists in Kiambu"),
    "A20": (("ACCUSE", "REQUEST",), "2033-06-27", "High Court orders inquiry into the shootings"),
    "A21": (("PROTEST",), "2033-06-28", "second wave of marches demanding resignation"),
    "A22": (("COERCE", "ASSAULT",), "2033-06-28", "police tear gas at State House marchers"),
    "A23": (("CONSULT",), "2033-06-29", "Mutai meets religious leaders"),
    "A24": (("REJECT",), "2033-06-30", "Mutai rejects resignation demands"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-06-21_equatorwire_finance-bill-marches.txt", "A01", "marched through Nairobi, Mombasa"),
    ("2033-06-21_equatorwire_finance-bill-marches.txt", "A02", "sent clouds of tear gas over crowds"),
    ("2033-06-21_equatorwire_finance-bill-marches.txt", "A03", "Police detained 12 protesters"),
    ("2033-06-21_savannaledger_mombasa-kisumu-marches.txt", "A01", "filled the streets of Mombasa's old town"),
    ("2033-06-21_savannaledger_mombasa-kisumu-marches.txt", "A01", "joined students marching"),
    ("2033-06-21_savannaledger_mombasa-kisumu-marches.txt", "A01", "The day's marches were largely peaceful"),
    ("2033-06-21_savannaledger_mombasa-kisumu-marches.txt", "A02", "where police fired tear gas to stop"),
    ("2033-06-22_highlandcourier_arrests-revised.txt", "A03", "Police arrested 19 people"),
    ("2033-06-22_highlandcourier_arrests-revised.txt", "A06", "accused police on Wednesday"),
    ("2033-06-22_highlandcourier_arrests-revised.txt", "A01", "where a crowd marched to the county offices"),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt", "A04", "threatened on Wednesday to occupy parliament"),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt", "A04", "we will sit in that chamber ourselves"),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt", "A02", "a day after riot police fired tear gas"),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt", "A06", "accused officers of disproportionate force"),
    ("2033-06-22_equatorwire_occupy-parliament-threat.txt", "A05", "warned that anyone who breached"),
    ("2033-06-23_equatorwire_parliament-stormed.txt", "A07", "stormed Kenya's parliament"),
    ("2033-06-23_equatorwire_parliament-stormed.txt", "A08", "opened fire with live ammunition"),
    ("2033-06-23_equatorwire_parliament-stormed.txt", "A09", "deployed the Kenya Defence Forces"),
    ("2033-06-23_equatorwire_parliament-stormed.txt", "A04", "followed a threat by organisers"),
    ("2033-06-23_coastlineherald_parliament-stormed.txt", "A07", "stormed Kenya's parliament"),
    ("2033-06-23_coastlineherald_parliament-stormed.txt", "A08", "opened fire with live ammunition"),
    ("2033-06-23_coastlineherald_parliament-stormed.txt", "A09", "deployed the Kenya Defence Forces"),
    ("2033-06-23_coastlineherald_parliament-stormed.txt", "A04", "followed a threat by organisers"),
    ("2033-06-23_baobabpress_internet-throttled.txt", "A10", "throttled internet connections"),
    ("2033-06-23_baobabpress_internet-throttled.txt", "A07", "forced their way into the parliament building"),
    ("2033-06-24_savannaledger_hospitals-toll.txt", "A08", "killed when police shot at protesters"),
    ("2033-06-24_savannaledger_hospitals-toll.txt", "A09", "called in by the government"),
    ("2033-06-24_savannaledger_hospitals-toll.txt", "A07", "the fire set by protesters"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A12", "withdrew Kenya's finance bill"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A07", "a day after protesters stormed parliament"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A08", "police shot dead demonstrators"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A12", "was sending the bill back"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A13", "pledged an independent audit"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A11", "restored full internet speeds"),
    ("2033-06-24_equatorwire_bill-withdrawn.txt", "A10", "nearly a day of throttling"),
    ("2033-06-24_highlandcourier_internet-restored.txt", "A11", "lifted restrictions on internet traffic"),
    ("2033-06-24_highlandcourier_internet-restored.txt", "A10", "after connections were throttled"),
    ("2033-06-25_equatorwire_calls-for-dialogue.txt", "A14", "Catholic bishops on Saturday called on"),
    ("2033-06-25_equatorwire_calls-for-dialogue.txt", "A12", "a day after he withdrew the finance bill"),
    ("2033-06-25_equatorwire_calls-for-dialogue.txt", "A15", "made a similar call at a rally"),
    ("2033-06-25_meridiandispatch_calls-for-dialogue.txt", "A14", "Catholic bishops on Saturday called on"),
    ("2033-06-25_meridiandispatch_calls-for-dialogue.txt", "A12", "a day after he withdrew the finance bill"),
    ("2033-06-25_meridiandispatch_calls-for-dialogue.txt", "A15", "made a similar call at a rally"),
    ("2033-06-25_baobabpress_bishops-statement.txt", "A14", "urged the government on Saturday"),
    ("2033-06-25_baobabpress_bishops-statement.txt", "A14", "read the statement"),
    ("2033-06-25_baobabpress_bishops-statement.txt", "A08", "Police shot dead at least 13"),
    ("2033-06-25_baobabpress_bishops-statement.txt", "A07", "when crowds stormed the parliament complex"),
    ("2033-06-26_savannaledger_activists-abducted.txt", "A16", "bundled three activists"),
    ("2033-06-26_savannaledger_activists-abducted.txt", "A16", "were taken from a cafe"),
    ("2033-06-26_savannaledger_activists-abducted.txt", "A18", "accused the police of running a campaign"),
    ("2033-06-26_savannaledger_activists-abducted.txt", "A14", "hours after Catholic bishops called for talks"),
    ("2033-06-26_savannaledger_activists-abducted.txt", "A17", "rejected the president's offer"),
    ("2033-06-26_equatorwire_movement-rejects-pledge.txt", "A17", "on Sunday rejected a pledge"),
    ("2033-06-26_equatorwire_movement-rejects-pledge.txt", "A13", "made the pledge on Friday"),
    ("2033-06-26_equatorwire_movement-rejects-pledge.txt", "A16", "were snatched off the street"),
    ("2033-06-27_highlandcourier_activists-freed.txt", "A19", "Police freed three Linda Mfuko activists"),
    ("2033-06-27_highlandcourier_activists-freed.txt", "A16", "the three were abducted by men"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A20", "ordered an independent inquiry"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A20", "directed the Independent Policing Oversight Authority"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A08", "Officers fired on crowds"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A07", "after protesters broke in and torched"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A19", "hours after police freed three activists"),
    ("2033-06-27_equatorwire_court-orders-inquiry.txt", "A16", "who had been abducted in Nairobi"),
    ("2033-06-27_baobabpress_court-inquiry.txt", "A20", "ordered the police oversight authority"),
    ("2033-06-27_baobabpress_court-inquiry.txt", "A08", "when they fired on demonstrators"),
    ("2033-06-28_equatorwire_resign-protests.txt", "A21", "poured back into the streets of Nairobi"),
    ("2033-06-28_equatorwire_resign-protests.txt", "A12", "four days after he scrapped"),
    ("2033-06-28_equatorwire_resign-protests.txt", "A22", "drove back marchers who tried"),
    ("2033-06-28_equatorwire_resign-protests.txt", "A01", "thousands marched against the bill"),
    ("2033-06-28_coastlineherald_mombasa-resign-march.txt", "A21", "marched from Uhuru Gardens"),
    ("2033-06-28_coastlineherald_mombasa-resign-march.txt", "A01", "had blocked the Nyali bridge"),
    ("2033-06-28_coastlineherald_mombasa-resign-march.txt", "A12", "which the president withdrew on Friday"),
    ("2033-06-28_savannaledger_tear-gas-cbd.txt", "A22", "fired canisters of tear gas"),
    ("2033-06-28_savannaledger_tear-gas-cbd.txt", "A02", "used the same tactic a week ago"),
    ("2033-06-28_savannaledger_tear-gas-cbd.txt", "A21", "chanted for the president"),
    ("2033-06-29_highlandcourier_state-house-meeting.txt", "A23", "met Catholic, Anglican and Muslim leaders"),
    ("2033-06-29_highlandcourier_state-house-meeting.txt", "A23", "said the meeting discussed"),
    ("2033-06-29_highlandcourier_state-house-meeting.txt", "A14", "had called for such talks on Saturday"),
    ("2033-06-29_highlandcourier_state-house-meeting.txt", "A15", "who urged a national dialogue"),
    ("2033-06-29_meridiandispatch_church-leaders-meet.txt", "A23", "spent two hours in talks"),
    ("2033-06-29_meridiandispatch_church-leaders-meet.txt", "A21", "a day after protesters marched"),
    ("2033-06-29_meridiandispatch_church-leaders-meet.txt", "A22", "as they tried to approach State House"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A24", "rejected demands from protesters"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A24", "I will serve the term"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A21", "Demonstrators marched in several Kenyan towns"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A22", "police used tear gas to turn back"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A23", "met religious leaders on Wednesday"),
    ("2033-06-30_equatorwire_resignation-rejected.txt", "A20", "ordered an inquiry into the shootings"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A01", "Young people marched in Nairobi"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A02", "police fired tear gas near parliament"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A07", "Crowds overran parliament"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A08", "police shot dead at least six"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A12", "Mutai withdrew the bill in a televised address"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A13", "he promised an audit"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A16", "Three activists were seized"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A19", "before police let them go"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A21", "A second wave of marches"),
    ("2033-06-30_baobabpress_ten-days-recap.txt", "A24", "Mutai rejected the calls"),
]

FLOORS = {"pairwise_f1": 0.67, "b3_f1": 0.79, "reports_found": 0.62}


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
