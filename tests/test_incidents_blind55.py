"""Blind incident batch 55: a border crisis between Armenia and Azerbaijan over ten days of October 2033, for scoring
how a system groups reports of the same real-world act into one incident.

Everything in it is synthetic: the six outlets (Northgate Wire, Caspian Ledger, Meridian Dispatch, Harrow Gazette,
Quayside Herald, Pinecrest Observer) and every person are invented, the countries and places are real, the events
never happened and the dates are in the future. 25 documents; one is a verbatim syndicated copy (Harrow Gazette of
Northgate Wire, October 4) and one a lightly edited copy (Pinecrest Observer of Meridian Dispatch, October 8). The
crisis: an exchange of fire near Sotk kills soldiers on both sides (3rd) and each defence ministry blames the other,
a night curfew is put on Sotk and three villages, Azerbaijan's defence minister threatens a crushing response,
Russia and the EU call for restraint, Azerbaijani border guards detain an Armenian farmer (4th) and hand him back
(6th), the two foreign ministers meet in Geneva and initial a text on border principles (7th), an opposition
movement threatens roadblocks and then blocks roads in Yerevan while police detain dozens (8th), the prime minister
refuses to disown the text (9th), a second exchange of fire in Syunik near Nerkin Hand (10th), a second day of
roadblocks and the curfew lifted (11th), and the border commissions resume demarcation work (12th). Look-alikes: two
exchanges of fire between the two armies on different stretches of the border (3rd and 10th), each followed by an
accusation from each defence ministry (two pairs of ACCUSE acts by the same parties a week apart), two days of
opposition roadblocks (8th and 11th), two calls for restraint on one day by different speakers (Russia and the EU,
4th), two governments agreeing to the Geneva meeting on one day (5th), a threat to block roads (7th) and the
roadblocks themselves (8th), the defence minister's threat (4th) before the second clash (10th), the curfew imposed
(3rd) and lifted (11th), the farmer detained (4th) and handed back (6th); a figure changes between reports (three
Armenian soldiers killed, then four; 46 protesters detained, then 71).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; an exchange of fire between the two armies on one stretch of the border on one day is one act (its dead and
wounded included), a day's roadblocks by the opposition movement across the capital are one act, and the foreign
ministers' meeting is one act and their initialling of the text another. Types follow CAMEO2PLOVER-2021: calls and
demands are REQUEST, and handing back the farmer and lifting the curfew are RETREAT (release persons; ease curfew)
as the table has them; a second type is given only where the codebook allows two readings: initialling the text is
AGREE (a commitment not yet in force) or SUPPORT (signing a formal agreement), and the commissions' resumed
demarcation work is COOPERATE (material cooperation) or CONSULT (the two commissions meeting on the line). REPORTS
lists every body sentence that reports an act that happened, background recaps in later reports included ("a day
after Baku accused ...", "during Saturday's roadblocks"), with a cue found once in its file; headlines are not
listed; a syndicated copy has its own entries. Planned, promised-but-not-yet-done, threatened, conditional,
hypothetical and denied acts, acts more than a year before, statistics, tallies and opinions are not listed (a
promise is itself AGREE and a threat THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and
tests, and none was found. The batch was written from its brief and the template alone, without reading the coder's
code, lexicons, rules or data or any other blind batch.

FIRST RUN (written by a helper at the start of the sixteenth session (2026-12-02)), on its starting code
(b4dd1c3), before any of it was read: **pairwise F1 0.931** (precision 0.981, recall 0.886), B-cubed F1 0.900,
reports found 0.619. Read afterwards: its misses may inform rules (each justified by
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
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt",
     "Three Armenian soldiers killed in border firefight with Azerbaijan\n\n"
     "YEREVAN, October 3, 2033 (Northgate Wire) - Armenian and Azerbaijani troops traded fire for several "
     "hours on Monday along the frontier near the village of Sotk in Gegharkunik province, and Armenia said "
     "three of its soldiers were killed and two were wounded.\n\n"
     "Defence Ministry spokeswoman Tatev Hovakimyan accused Azerbaijani gunners of opening the shooting with "
     "mortar rounds shortly before dawn.\n\n"
     "In Baku, the Azerbaijani Defence Ministry blamed Armenian forces for what it called a planned "
     "provocation.\n\n"
     "The ministry said two Azerbaijani servicemen were killed in the fighting.\n\n"
     "Regional governor Karen Ohanjanyan ordered a night curfew in Sotk and three neighbouring villages from "
     "Monday evening, telling residents to stay indoors between dusk and dawn.\n\n"
     "Much of the roughly 1,000-kilometre frontier separating Armenia from Azerbaijan has never been formally "
     "demarcated."),
    ("2033-10-03_caspianledger_baku-blames-armenia.txt",
     "Baku says Armenian fire killed two servicemen near Kalbajar\n\n"
     "BAKU, October 3, 2033 (Caspian Ledger) - Two Azerbaijani servicemen were killed on Monday when Armenian "
     "and Azerbaijani units exchanged fire across the border between the Kalbajar district and Armenia's "
     "Gegharkunik province, according to Baku's Defence Ministry.\n\n"
     "Ministry spokesman Tural Huseynzade accused Armenia of a deliberate provocation and held the leadership "
     "in Yerevan responsible for the deaths.\n\n"
     "Armenia's Defence Ministry put its own losses at three dead and accused Azerbaijani units of opening "
     "fire first.\n\n"
     "Huseynzade said the situation on the frontier had calmed by early afternoon.\n\n"
     "Azerbaijan and Armenia have yet to conclude a peace treaty, and much of their shared frontier remains "
     "unmarked on the ground."),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt",
     "Armenia raises border death toll to four as Baku warns of response\n\n"
     "YEREVAN, October 4, 2033 (Meridian Dispatch) - A fourth Armenian soldier has died of wounds suffered in "
     "Monday's exchange of fire with Azerbaijani forces near Sotk, Yerevan's Defence Ministry reported on "
     "Tuesday, bringing its toll from the clash to four.\n\n"
     "Azerbaijani Defence Minister Rauf Alakbarli warned on Tuesday that his army would deliver a crushing "
     "response to any new provocation on the frontier.\n\n"
     "Alakbarli spoke a day after Baku accused Armenian troops of starting the fighting.\n\n"
     "The night curfew imposed on Sotk and three nearby villages stayed in place.\n\n"
     "Residents of Sotk said shells had hit two houses on the edge of the village during Monday's fighting, "
     "though no civilians were hurt.\n\n"
     "Political analyst Ani Derderyan said both governments had reasons to keep the incident from derailing "
     "their border talks."),
    ("2033-10-04_quaysideherald_moscow-urges-restraint.txt",
     "Moscow and Brussels urge Armenia and Azerbaijan to hold fire\n\n"
     "MOSCOW, October 4, 2033 (Quayside Herald) - Russia's Foreign Ministry urged Armenia and Azerbaijan on "
     "Tuesday to show restraint and return to the negotiating table, a day after a firefight on their shared "
     "border left soldiers on both sides dead.\n\n"
     "Spokeswoman Yelena Stupina told reporters that both sides should refrain from any step that could "
     "inflame the situation.\n\n"
     "Later on Tuesday, EU foreign policy chief Margit Ellenborg issued an appeal of her own for calm, calling "
     "on both capitals to avoid moves that could escalate tensions.\n\n"
     "Russia keeps a military base in Armenia, and an EU civilian mission patrols Armenia's side of the "
     "border."),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt",
     "EU's Ellenborg appeals for calm on Armenia-Azerbaijan frontier\n\n"
     "BRUSSELS, October 4, 2033 (Pinecrest Observer) - The European Union's top diplomat, Margit Ellenborg, "
     "called on Tuesday for Armenia and Azerbaijan to exercise maximum restraint after Monday's deadly clash "
     "near the Armenian village of Sotk.\n\n"
     "\"Nothing is gained by more bloodshed,\" Ellenborg said in a written statement.\n\n"
     "Russia's Foreign Ministry made a similar appeal earlier in the day, urging the two governments to "
     "resolve their quarrel at the negotiating table.\n\n"
     "Armenia says four of its soldiers died in Monday's fighting near Sotk, and Azerbaijan says two of its "
     "servicemen were killed."),
    ("2033-10-04_northgatewire_farmer-detained.txt",
     "Azerbaijan detains Armenian farmer who strayed across border\n\n"
     "IJEVAN, October 4, 2033 (Northgate Wire) - Azerbaijani border guards detained an Armenian farmer on "
     "Tuesday after he crossed the unmarked frontier while looking for stray cattle near the village of "
     "Voskepar in Tavush province, Armenian officials said.\n\n"
     "The State Border Service in Baku identified the man as Norayr Babloyan, 56, and said he had been taken "
     "into custody on Azerbaijani territory in the Gazakh district.\n\n"
     "Babloyan's family said he had left home at dawn to search for two cows that had wandered off.\n\n"
     "The detention came a day after Armenian and Azerbaijani troops fought a deadly gun battle well over 100 "
     "kilometres to the south-east, near Sotk.\n\n"
     "Armenia's Defence Ministry now says four soldiers were killed in that clash; its first figure was three."),
    ("2033-10-04_harrowgazette_farmer-detained.txt",
     "Azerbaijan detains Armenian farmer who strayed across border\n\n"
     "IJEVAN, October 4, 2033 (Northgate Wire) - Azerbaijani border guards detained an Armenian farmer on "
     "Tuesday after he crossed the unmarked frontier while looking for stray cattle near the village of "
     "Voskepar in Tavush province, Armenian officials said.\n\n"
     "The State Border Service in Baku identified the man as Norayr Babloyan, 56, and said he had been taken "
     "into custody on Azerbaijani territory in the Gazakh district.\n\n"
     "Babloyan's family said he had left home at dawn to search for two cows that had wandered off.\n\n"
     "The detention came a day after Armenian and Azerbaijani troops fought a deadly gun battle well over 100 "
     "kilometres to the south-east, near Sotk.\n\n"
     "Armenia's Defence Ministry now says four soldiers were killed in that clash; its first figure was three."),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt",
     "Azerbaijan agrees to foreign ministers' talks with Armenia in Geneva\n\n"
     "BAKU, October 5, 2033 (Caspian Ledger) - Azerbaijan agreed on Wednesday to hold talks between its "
     "foreign minister and his Armenian counterpart in Geneva on Friday, according to a Foreign Ministry "
     "statement.\n\n"
     "Foreign Minister Elnur Gasimzade will fly to Switzerland on Thursday evening, ministry spokeswoman Leyla "
     "Abbaszade said.\n\n"
     "Armenia's Foreign Ministry announced its own acceptance of the Geneva meeting earlier in the day.\n\n"
     "The planned meeting follows a deadly exchange of fire on the border on Monday and the detention on "
     "Tuesday of an Armenian farmer who crossed into the Gazakh district.\n\n"
     "Yerevan demanded on Tuesday evening that the farmer be returned without delay.\n\n"
     "On the same day, Defence Minister Rauf Alakbarli threatened a crushing response if Armenia staged "
     "further provocations."),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt",
     "Armenian and Azerbaijani foreign ministers to meet in Geneva\n\n"
     "YEREVAN, October 5, 2033 (Meridian Dispatch) - Armenia said on Wednesday it had agreed to a meeting of "
     "foreign ministers with Azerbaijan in Geneva on Friday, the first such contact since a deadly clash on "
     "the border earlier this week.\n\n"
     "Azerbaijan gave its consent to the Geneva meeting a few hours later, according to the Swiss Foreign "
     "Ministry, which is to host the talks.\n\n"
     "Armenia's Foreign Ministry has demanded the immediate return of Norayr Babloyan, a farmer detained on "
     "Tuesday by Azerbaijani border guards after he crossed the frontier near Voskepar.\n\n"
     "Spokeswoman Siranush Hakobyants said Foreign Minister Davit Zakaryants would raise the case in Geneva.\n\n"
     "Yerevan counts four soldiers dead from Monday's exchange of fire near Sotk; Baku has reported the loss "
     "of two servicemen."),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt",
     "Azerbaijan hands detained Armenian farmer back at border\n\n"
     "IJEVAN, October 6, 2033 (Harrow Gazette) - Azerbaijan on Thursday handed back Norayr Babloyan, the "
     "Armenian farmer its border guards detained two days earlier after he wandered across the frontier in "
     "search of lost cattle.\n\n"
     "The handover took place at a checkpoint near the village of Baghanis in the presence of Red Cross staff, "
     "Armenian officials said.\n\n"
     "Babloyan appeared tired but unharmed, his son told reporters in Voskepar.\n\n"
     "Armenia's Foreign Ministry had demanded his release on Tuesday, hours after he was detained.\n\n"
     "The return comes on the eve of Friday's Geneva talks between Zakaryants and Gasimzade."),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt",
     "Baku returns Armenian cattle farmer ahead of Geneva talks\n\n"
     "BAKU, October 6, 2033 (Quayside Herald) - Azerbaijan's State Border Service returned a detained Armenian "
     "farmer to Armenia on Thursday, describing the move as a gesture of goodwill before Friday's meeting of "
     "the two foreign ministers in Geneva.\n\n"
     "Border service spokesman Kamran Valiyev said the man, Norayr Babloyan, had crossed the line by mistake "
     "while herding cattle.\n\n"
     "Babloyan was seized by a border patrol on Tuesday in the Gazakh district, across the frontier from the "
     "Armenian village of Voskepar.\n\n"
     "The release follows days of tension that began on Monday with a deadly exchange of fire close to Sotk, a "
     "village in Armenia's Gegharkunik province.\n\n"
     "Azerbaijani Defence Minister Rauf Alakbarli on Tuesday warned Armenia that new provocations would meet a "
     "crushing response."),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt",
     "Armenian, Azerbaijani ministers initial border text in Geneva\n\n"
     "GENEVA, October 7, 2033 (Pinecrest Observer) - Armenia's and Azerbaijan's foreign ministers sat down "
     "together in Geneva on Friday for over five hours and initialled a short text setting out principles for "
     "marking their disputed border.\n\n"
     "Davit Zakaryants of Armenia and Elnur Gasimzade of Azerbaijan put their initials to the document at a "
     "villa on the shore of Lake Geneva, Swiss officials said.\n\n"
     "The text has not been published, but a diplomat briefed on the talks said it refers to Soviet-era maps "
     "as the basis for demarcation.\n\n"
     "The Geneva session took place a day after Azerbaijan handed back an Armenian farmer detained on the "
     "border earlier in the week.\n\n"
     "Gasimzade described the session as businesslike in brief remarks to reporters."),
    ("2033-10-07_northgatewire_text-initialled.txt",
     "Armenia, Azerbaijan initial border principles after deadly clash\n\n"
     "GENEVA, October 7, 2033 (Northgate Wire) - Armenia and Azerbaijan initialled a document on the "
     "principles of border demarcation on Friday, after their foreign ministers held talks in Switzerland four "
     "days after soldiers died in a border firefight.\n\n"
     "The document must still be signed by both governments and ratified by Armenia's parliament before it "
     "takes effect, officials said.\n\n"
     "Armenian Foreign Minister Davit Zakaryants said the paper would allow the border commissions to restart "
     "work on the ground.\n\n"
     "The talks took place in a lakeside villa outside Geneva.\n\n"
     "Monday's fighting outside Sotk cost Armenia four soldiers and Azerbaijan two, according to the two "
     "defence ministries."),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt",
     "Armenian opposition threatens to block Yerevan roads over border text\n\n"
     "YEREVAN, October 7, 2033 (Meridian Dispatch) - The Armenian opposition movement Hayrenik Front "
     "threatened on Friday to block roads across Yerevan unless the government withdraws from the border text "
     "initialled in Geneva earlier in the day.\n\n"
     "Front leader Levon Karapetyants said his supporters would take to the streets on Saturday if Prime "
     "Minister Vahagn Shahinyants did not disavow the document.\n\n"
     "Foreign Minister Davit Zakaryants and his Azerbaijani counterpart, Elnur Gasimzade, put their initials "
     "to the text after talks in Geneva on Friday.\n\n"
     "The threat came four days after a border clash near Sotk in which four Armenian soldiers were killed."),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt",
     "Russia welcomes Armenia-Azerbaijan border text\n\n"
     "MOSCOW, October 8, 2033 (Caspian Ledger) - Russia on Saturday welcomed the document on border principles "
     "as a useful step toward a lasting settlement between Armenia and Azerbaijan.\n\n"
     "Foreign Ministry spokeswoman Yelena Stupina praised both ministers for what she called a courageous "
     "decision.\n\n"
     "The two countries' top diplomats initialled the paper at a Geneva villa on Friday at the end of a "
     "session lasting over five hours.\n\n"
     "In Yerevan, the opposition Hayrenik Front had vowed on Friday to close the capital's roads if the "
     "government did not disavow the text."),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt",
     "Protesters block Yerevan streets, dozens detained\n\n"
     "YEREVAN, October 8, 2033 (Meridian Dispatch) - Thousands of opposition supporters blocked main roads in "
     "Yerevan on Saturday to protest against a border text initialled with Azerbaijan, and police detained 46 "
     "people as they cleared the streets.\n\n"
     "Demonstrators from the Hayrenik Front parked cars and lorries across Baghramyan Avenue and the "
     "Yerevan-Sevan highway, bringing traffic in parts of the city to a halt for most of the day.\n\n"
     "Police spokesman Artur Melkonyants said officers had removed the vehicles and taken the 46 to police "
     "stations for refusing to disperse.\n\n"
     "The roadblocks came a day after the movement threatened to paralyse the capital unless the government "
     "disowned the document.\n\n"
     "Zakaryants, Armenia's foreign minister, and Azerbaijan's Elnur Gasimzade initialled the text in Geneva "
     "on Friday.\n\n"
     "No injuries were reported."),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt",
     "Opposition roadblocks halt Yerevan traffic; police detain dozens\n\n"
     "YEREVAN, October 8, 2033 (Pinecrest Observer) - Thousands of opposition supporters blocked main roads in "
     "Yerevan on Saturday in protest against a border text initialled with Azerbaijan, and police detained 46 "
     "people while clearing the streets.\n\n"
     "Demonstrators from the Hayrenik Front parked cars and lorries across Baghramyan Avenue and the "
     "Yerevan-Sevan highway, halting traffic in parts of the city for most of the day.\n\n"
     "Police spokesman Artur Melkonyants said officers had removed the vehicles and taken the 46 to police "
     "stations after they refused to disperse.\n\n"
     "The blockades came a day after the movement threatened to paralyse the capital unless the government "
     "disowned the document.\n\n"
     "Armenia's Davit Zakaryants and Azerbaijan's Elnur Gasimzade initialled the text in Geneva on Friday."),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt",
     "Armenian premier refuses to drop border text as arrest count rises\n\n"
     "YEREVAN, October 9, 2033 (Northgate Wire) - Armenian Prime Minister Vahagn Shahinyants on Sunday "
     "rejected opposition demands that he disavow the border document initialled in Geneva, a day after "
     "protesters blocked roads across the capital.\n\n"
     "\"The government will not tear up a text that protects our soldiers,\" Shahinyants told a news conference.\n\n"
     "Police said on Sunday that 71 people had been detained during Saturday's roadblocks, revising an earlier "
     "figure of 46."),
    ("2033-10-09_harrowgazette_detentions-rise.txt",
     "Armenian police say 71 held in Yerevan road protests\n\n"
     "YEREVAN, October 9, 2033 (Harrow Gazette) - Armenian police detained 71 people during Saturday's "
     "opposition roadblocks in Yerevan, a police spokesman said on Sunday, sharply raising the initial count "
     "of 46.\n\n"
     "Supporters of the Hayrenik Front blocked Baghramyan Avenue and several other thoroughfares for hours to "
     "protest against the border text that Armenia and Azerbaijan initialled in Switzerland on Friday.\n\n"
     "Prime Minister Vahagn Shahinyants refused on Sunday to withdraw from the document, saying it would help "
     "prevent further bloodshed on the frontier.\n\n"
     "Six days earlier, four Armenian soldiers and two Azerbaijani servicemen lost their lives when the two "
     "armies traded shots near Sotk."),
    ("2033-10-10_caspianledger_second-clash.txt",
     "Azerbaijani soldier killed in new border firefight, Baku says\n\n"
     "BAKU, October 10, 2033 (Caspian Ledger) - An Azerbaijani soldier was killed on Monday when Azerbaijani "
     "and Armenian troops exchanged fire on the border between the Zangilan district and Armenia's Syunik "
     "province, the Defence Ministry said.\n\n"
     "Ministry spokesman Tural Huseynzade accused Armenian units of opening fire with large-calibre machine "
     "guns close to Nerkin Hand, and said Azerbaijani troops had returned fire.\n\n"
     "Armenia's Defence Ministry said two of its soldiers were wounded and blamed Azerbaijan for the clash.\n\n"
     "A week earlier, a firefight near Sotk, about 120 kilometres to the north, had killed six soldiers from "
     "the two armies.\n\n"
     "The clash came three days after the two foreign ministers initialled a text on border principles in "
     "Geneva.\n\n"
     "Defence Minister Rauf Alakbarli had warned last week that Azerbaijan would answer fresh provocations "
     "with a crushing response."),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt",
     "New firefight on Armenia-Azerbaijan border wounds two Armenian soldiers\n\n"
     "KAPAN, October 10, 2033 (Quayside Herald) - Armenian and Azerbaijani forces exchanged fire on Monday on "
     "a southern stretch of their border near the village of Nerkin Hand, wounding two Armenian soldiers, "
     "Armenia's Defence Ministry said.\n\n"
     "Tatev Hovakimyan, the ministry's spokeswoman, blamed Azerbaijani forces for firing first and said "
     "Armenian units had returned fire.\n\n"
     "Baku said one Azerbaijani soldier was killed and accused Armenia of starting the clash.\n\n"
     "Residents of Nerkin Hand said they heard machine-gun fire for about forty minutes in the early morning.\n\n"
     "A week ago, fighting near Sotk, in Gegharkunik province, left four Armenians and two Azerbaijanis dead."),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt",
     "Armenian opposition blocks Yerevan roads for a second time\n\n"
     "YEREVAN, October 11, 2033 (Meridian Dispatch) - Opposition supporters blocked roads in central Yerevan "
     "again on Tuesday in protest at the border text initialled with Azerbaijan in Geneva.\n\n"
     "Hayrenik Front activists formed human chains across Mashtots Avenue and the approaches to Republic "
     "Square during the morning rush hour.\n\n"
     "Police had made no arrests by late afternoon, a police spokesman said.\n\n"
     "On Saturday, the first day of roadblocks, police detained 71 people.\n\n"
     "The protests resumed a day after a fresh exchange of fire on the southern border near Nerkin Hand, in "
     "which Azerbaijan lost a soldier and Armenia had two wounded."),
    ("2033-10-11_northgatewire_curfew-lifted.txt",
     "Armenia lifts curfew in border villages near Sotk\n\n"
     "GAVAR, October 11, 2033 (Northgate Wire) - Armenian authorities on Tuesday lifted the overnight curfew "
     "that had been in force in Sotk and three adjacent villages since last week's deadly fighting on the "
     "border with Azerbaijan.\n\n"
     "Gegharkunik governor Karen Ohanjanyan said that part of the frontier had been calm for a week.\n\n"
     "Ohanjanyan ordered the curfew on October 3, hours after the two armies traded fire near Sotk in a clash "
     "that left four Armenian and two Azerbaijani soldiers dead.\n\n"
     "Monday's fresh fighting took place far to the south, in Syunik province, and did not reach the "
     "Gegharkunik villages."),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt",
     "Armenia-Azerbaijan border commissions resume demarcation work\n\n"
     "IJEVAN, October 12, 2033 (Pinecrest Observer) - Armenian and Azerbaijani border commissions resumed "
     "demarcation work on Wednesday, sending surveyors to a section of the frontier in Tavush province after a "
     "pause of several months.\n\n"
     "Teams led by Deputy Prime Ministers Mher Sahakyants of Armenia and Shahin Mammadli of Azerbaijan met "
     "near the village of Kirants before surveyors began placing markers along the line.\n\n"
     "The work follows the initialling in Geneva last Friday of a text on border principles by the two "
     "countries' foreign ministers.\n\n"
     "It also comes two days after a clash near Nerkin Hand in Syunik province in which one Azerbaijani "
     "soldier was killed.\n\n"
     "Sahakyants told reporters the commissions aimed to finish the Tavush section before winter."),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt",
     "Surveyors back on Armenia-Azerbaijan frontier as commissions restart work\n\n"
     "BAKU, October 12, 2033 (Harrow Gazette) - Azerbaijan and Armenia restarted joint work on marking their "
     "border on Wednesday, with surveyors from both countries' commissions walking the line near the Gazakh "
     "district.\n\n"
     "Deputy Prime Minister Shahin Mammadli, who chairs the Azerbaijani commission, said the first markers "
     "would go in before Sunday.\n\n"
     "The resumption comes six days after Baku returned an Armenian cattle farmer who had strayed across the "
     "same stretch of frontier.\n\n"
     "It also follows Monday's exchange of fire near Nerkin Hand in the south, in which one Azerbaijani "
     "soldier died.\n\n"
     "The European Union had urged both sides last week to exercise restraint."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-10-03",
            "Armenian and Azerbaijani forces exchange fire near Sotk and Kalbajar; soldiers killed"),
    "A02": (("ACCUSE",), "2033-10-03", "Armenian Defence Ministry accuses Azerbaijan of starting the Sotk clash"),
    "A03": (("ACCUSE",), "2033-10-03", "Azerbaijani Defence Ministry blames Armenia for the Sotk clash"),
    "A04": (("COERCE",), "2033-10-03", "Gegharkunik governor imposes night curfew on Sotk and three villages"),
    "A05": (("THREATEN",), "2033-10-04", "Azerbaijani defence minister threatens a crushing response to provocations"),
    "A06": (("REQUEST",), "2033-10-04", "Russian Foreign Ministry urges Armenia and Azerbaijan to show restraint"),
    "A07": (("REQUEST",), "2033-10-04", "EU foreign policy chief urges Armenia and Azerbaijan to show restraint"),
    "A08": (("COERCE",), "2033-10-04", "Azerbaijani border guards detain Armenian farmer near Voskepar"),
    "A09": (("REQUEST",), "2033-10-04", "Armenian Foreign Ministry demands the farmer's return"),
    "A10": (("AGREE",), "2033-10-05", "Armenia agrees to a foreign ministers' meeting in Geneva"),
    "A11": (("AGREE",), "2033-10-05", "Azerbaijan agrees to a foreign ministers' meeting in Geneva"),
    "A12": (("RETREAT",), "2033-10-06", "Azerbaijan hands the detained farmer back to Armenia"),
    "A13": (("CONSULT",), "2033-10-07", "Armenia's and Azerbaijan's foreign ministers hold talks in Geneva"),
    "A14": (("AGREE", "SUPPORT"), "2033-10-07", "the two foreign ministers initial a text on border principles"),
    "A15": (("THREATEN",), "2033-10-07", "Hayrenik Front threatens to block roads in Yerevan"),
    "A16": (("SUPPORT",), "2033-10-08", "Russia welcomes the initialled border text"),
    "A17": (("PROTEST",), "2033-10-08", "Hayrenik Front supporters block roads in Yerevan (first day)"),
    "A18": (("COERCE",), "2033-10-08", "Yerevan police detain roadblock protesters (46, later 71)"),
    "A19": (("REJECT",), "2033-10-09", "Armenian prime minister rejects demands to disavow the text"),
    "A20": (("ASSAULT",), "2033-10-10", "Armenian and Azerbaijani forces exchange fire near Nerkin Hand and Zangilan"),
    "A21": (("ACCUSE",), "2033-10-10", "Armenian Defence Ministry accuses Azerbaijan over the Nerkin Hand clash"),
    "A22": (("ACCUSE",), "2033-10-10", "Azerbaijani Defence Ministry accuses Armenia over the Nerkin Hand clash"),
    "A23": (("PROTEST",), "2033-10-11", "Hayrenik Front supporters block roads in Yerevan (second day)"),
    "A24": (("RETREAT",), "2033-10-11", "Gegharkunik authorities lift the night curfew on Sotk and three villages"),
    "A25": (("COOPERATE", "CONSULT"), "2033-10-12",
            "Armenian and Azerbaijani border commissions resume demarcation work"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt", "A01", "traded fire for several hours on Monday"),
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt", "A02",
     "accused Azerbaijani gunners of opening the shooting"),
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt", "A03",
     "blamed Armenian forces for what it called a planned provocation"),
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt", "A01",
     "two Azerbaijani servicemen were killed in the fighting"),
    ("2033-10-03_northgatewire_border-fire-kills-soldiers.txt", "A04",
     "ordered a night curfew in Sotk and three neighbouring villages"),
    ("2033-10-03_caspianledger_baku-blames-armenia.txt", "A01",
     "exchanged fire across the border between the Kalbajar district"),
    ("2033-10-03_caspianledger_baku-blames-armenia.txt", "A03", "accused Armenia of a deliberate provocation"),
    ("2033-10-03_caspianledger_baku-blames-armenia.txt", "A01", "put its own losses at three dead"),
    ("2033-10-03_caspianledger_baku-blames-armenia.txt", "A02", "accused Azerbaijani units of opening fire first"),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt", "A01", "A fourth Armenian soldier has died of wounds"),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt", "A05", "would deliver a crushing response"),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt", "A03",
     "a day after Baku accused Armenian troops of starting the fighting"),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt", "A04", "night curfew imposed on Sotk"),
    ("2033-10-04_meridiandispatch_armenia-raises-toll.txt", "A01", "shells had hit two houses"),
    ("2033-10-04_quaysideherald_moscow-urges-restraint.txt", "A06",
     "urged Armenia and Azerbaijan on Tuesday to show restraint"),
    ("2033-10-04_quaysideherald_moscow-urges-restraint.txt", "A01",
     "a firefight on their shared border left soldiers on both sides dead"),
    ("2033-10-04_quaysideherald_moscow-urges-restraint.txt", "A06", "both sides should refrain from any step"),
    ("2033-10-04_quaysideherald_moscow-urges-restraint.txt", "A07", "issued an appeal of her own for calm"),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt", "A07",
     "called on Tuesday for Armenia and Azerbaijan to exercise maximum restraint"),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt", "A01",
     "Monday's deadly clash near the Armenian village of Sotk"),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt", "A07", "Nothing is gained by more bloodshed"),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt", "A06", "made a similar appeal earlier in the day"),
    ("2033-10-04_pinecrestobserver_eu-calls-for-calm.txt", "A01", "four of its soldiers died in Monday's fighting"),
    ("2033-10-04_northgatewire_farmer-detained.txt", "A08", "detained an Armenian farmer on Tuesday"),
    ("2033-10-04_northgatewire_farmer-detained.txt", "A08", "had been taken into custody on Azerbaijani territory"),
    ("2033-10-04_northgatewire_farmer-detained.txt", "A08", "The detention came a day after"),
    ("2033-10-04_northgatewire_farmer-detained.txt", "A01", "fought a deadly gun battle"),
    ("2033-10-04_northgatewire_farmer-detained.txt", "A01", "now says four soldiers were killed in that clash"),
    ("2033-10-04_harrowgazette_farmer-detained.txt", "A08", "detained an Armenian farmer on Tuesday"),
    ("2033-10-04_harrowgazette_farmer-detained.txt", "A08", "had been taken into custody on Azerbaijani territory"),
    ("2033-10-04_harrowgazette_farmer-detained.txt", "A08", "The detention came a day after"),
    ("2033-10-04_harrowgazette_farmer-detained.txt", "A01", "fought a deadly gun battle"),
    ("2033-10-04_harrowgazette_farmer-detained.txt", "A01", "now says four soldiers were killed in that clash"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A11", "Azerbaijan agreed on Wednesday to hold talks"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A10",
     "announced its own acceptance of the Geneva meeting"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A01",
     "a deadly exchange of fire on the border on Monday"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A08", "the detention on Tuesday of an Armenian farmer"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A09",
     "demanded on Tuesday evening that the farmer be returned"),
    ("2033-10-05_caspianledger_baku-agrees-geneva-talks.txt", "A05", "threatened a crushing response"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A10", "it had agreed to a meeting of foreign ministers"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A01", "since a deadly clash on the border earlier this week"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A11", "gave its consent to the Geneva meeting"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A09", "demanded the immediate return of Norayr Babloyan"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A08",
     "a farmer detained on Tuesday by Azerbaijani border guards"),
    ("2033-10-05_meridiandispatch_geneva-talks-set.txt", "A01", "four soldiers dead from Monday's exchange of fire"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A12", "handed back Norayr Babloyan"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A08", "its border guards detained two days earlier"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A12", "The handover took place at a checkpoint"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A09", "had demanded his release on Tuesday"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A08", "hours after he was detained"),
    ("2033-10-06_harrowgazette_farmer-handed-back.txt", "A12", "The return comes on the eve"),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt", "A12",
     "returned a detained Armenian farmer to Armenia on Thursday"),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt", "A08", "was seized by a border patrol on Tuesday"),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt", "A12", "The release follows days of tension"),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt", "A01", "began on Monday with a deadly exchange of fire"),
    ("2033-10-06_quaysideherald_baku-returns-farmer.txt", "A05", "warned Armenia that new provocations would meet"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A13", "sat down together in Geneva on Friday"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A14", "initialled a short text setting out principles"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A14", "put their initials to the document"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A13", "The Geneva session took place a day after"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A12", "Azerbaijan handed back an Armenian farmer"),
    ("2033-10-07_pinecrestobserver_ministers-meet-geneva.txt", "A08", "detained on the border earlier in the week"),
    ("2033-10-07_northgatewire_text-initialled.txt", "A14",
     "initialled a document on the principles of border demarcation"),
    ("2033-10-07_northgatewire_text-initialled.txt", "A13", "foreign ministers held talks in Switzerland"),
    ("2033-10-07_northgatewire_text-initialled.txt", "A01", "four days after soldiers died in a border firefight"),
    ("2033-10-07_northgatewire_text-initialled.txt", "A13", "The talks took place in a lakeside villa"),
    ("2033-10-07_northgatewire_text-initialled.txt", "A01",
     "Monday's fighting outside Sotk cost Armenia four soldiers"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A15",
     "threatened on Friday to block roads across Yerevan"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A14",
     "the border text initialled in Geneva earlier in the day"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A15", "would take to the streets on Saturday"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A14", "put their initials to the text"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A13", "after talks in Geneva on Friday"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A15", "The threat came four days after"),
    ("2033-10-07_meridiandispatch_opposition-threatens-roadblocks.txt", "A01",
     "a border clash near Sotk in which four Armenian soldiers were killed"),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt", "A16", "welcomed the document on border principles"),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt", "A16",
     "praised both ministers for what she called a courageous decision"),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt", "A14", "initialled the paper at a Geneva villa on Friday"),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt", "A13", "at the end of a session lasting over five hours"),
    ("2033-10-08_caspianledger_moscow-welcomes-text.txt", "A15", "had vowed on Friday to close the capital's roads"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A17", "blocked main roads in Yerevan on Saturday"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A18", "police detained 46 people"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A14", "a border text initialled with Azerbaijan"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A17",
     "parked cars and lorries across Baghramyan Avenue"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A18", "taken the 46 to police stations"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A17", "The roadblocks came a day after"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A15", "the movement threatened to paralyse the capital"),
    ("2033-10-08_meridiandispatch_yerevan-roads-blocked.txt", "A14", "initialled the text in Geneva on Friday"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A17",
     "blocked main roads in Yerevan on Saturday"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A18", "police detained 46 people"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A14",
     "a border text initialled with Azerbaijan"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A17",
     "parked cars and lorries across Baghramyan Avenue"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A18", "taken the 46 to police stations"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A17", "The blockades came a day after"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A15",
     "the movement threatened to paralyse the capital"),
    ("2033-10-08_pinecrestobserver_opposition-roadblocks-yerevan.txt", "A14",
     "initialled the text in Geneva on Friday"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A19", "rejected opposition demands that he disavow"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A14", "the border document initialled in Geneva"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A17",
     "a day after protesters blocked roads across the capital"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A19",
     "will not tear up a text that protects our soldiers"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A18", "71 people had been detained"),
    ("2033-10-09_northgatewire_premier-rejects-demand.txt", "A17", "during Saturday's roadblocks"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A18", "police detained 71 people"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A17", "during Saturday's opposition roadblocks"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A17",
     "blocked Baghramyan Avenue and several other thoroughfares"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A14", "the border text that Armenia and Azerbaijan initialled"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A19", "refused on Sunday to withdraw from the document"),
    ("2033-10-09_harrowgazette_detentions-rise.txt", "A01", "Six days earlier, four Armenian soldiers"),
    ("2033-10-10_caspianledger_second-clash.txt", "A20", "An Azerbaijani soldier was killed on Monday"),
    ("2033-10-10_caspianledger_second-clash.txt", "A22",
     "accused Armenian units of opening fire with large-calibre machine guns"),
    ("2033-10-10_caspianledger_second-clash.txt", "A20", "Azerbaijani troops had returned fire"),
    ("2033-10-10_caspianledger_second-clash.txt", "A20", "two of its soldiers were wounded"),
    ("2033-10-10_caspianledger_second-clash.txt", "A21", "blamed Azerbaijan for the clash"),
    ("2033-10-10_caspianledger_second-clash.txt", "A01", "a firefight near Sotk, about 120 kilometres to the north"),
    ("2033-10-10_caspianledger_second-clash.txt", "A20", "The clash came three days after"),
    ("2033-10-10_caspianledger_second-clash.txt", "A14",
     "the two foreign ministers initialled a text on border principles"),
    ("2033-10-10_caspianledger_second-clash.txt", "A05", "had warned last week that Azerbaijan would answer"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A20",
     "exchanged fire on Monday on a southern stretch of their border"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A21", "blamed Azerbaijani forces for firing first"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A20", "Armenian units had returned fire"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A20", "one Azerbaijani soldier was killed"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A22", "accused Armenia of starting the clash"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A20", "heard machine-gun fire for about forty minutes"),
    ("2033-10-10_quaysideherald_new-fire-syunik.txt", "A01", "fighting near Sotk, in Gegharkunik province, left four"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A23", "blocked roads in central Yerevan again on Tuesday"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A14",
     "the border text initialled with Azerbaijan in Geneva"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A23", "formed human chains across Mashtots Avenue"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A17", "the first day of roadblocks"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A18", "police detained 71 people"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A23", "The protests resumed a day after"),
    ("2033-10-11_meridiandispatch_roadblocks-return.txt", "A20", "a fresh exchange of fire on the southern border"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A24", "lifted the overnight curfew"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A04", "had been in force in Sotk"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A01", "since last week's deadly fighting on the border"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A04", "ordered the curfew on October 3"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A01", "hours after the two armies traded fire near Sotk"),
    ("2033-10-11_northgatewire_curfew-lifted.txt", "A20", "Monday's fresh fighting took place far to the south"),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt", "A25", "resumed demarcation work on Wednesday"),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt", "A25", "met near the village of Kirants"),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt", "A25", "The work follows the initialling"),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt", "A14", "the initialling in Geneva last Friday"),
    ("2033-10-12_pinecrestobserver_commissions-resume-work.txt", "A20", "a clash near Nerkin Hand in Syunik province"),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt", "A25",
     "restarted joint work on marking their border on Wednesday"),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt", "A25", "The resumption comes six days after"),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt", "A12", "Baku returned an Armenian cattle farmer"),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt", "A20", "Monday's exchange of fire near Nerkin Hand"),
    ("2033-10-12_harrowgazette_demarcation-resumes.txt", "A07", "had urged both sides last week to exercise restraint"),
]

FLOORS = {"pairwise_f1": 0.91, "b3_f1": 0.88, "reports_found": 0.58}


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
