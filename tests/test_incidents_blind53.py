"""Blind incident batch 53: a spy row between the United Kingdom and China.

What it is: a blind batch for incident grouping. Its documents are news reports of one crisis over about ten
days, from six outlets, so that a system that groups reports of the same real-world act into one incident can be
scored. The theme: British counter-terrorism police arrest two people accused of spying for Beijing, London
summons China's ambassador, China rejects the charges and summons the British ambassador in return, the two are
charged and remanded in custody, the UK expels a Chinese diplomat and China, after a threat, expels a British
one, the EU and the UN call for restraint, the UK sanctions two Chinese technology firms, a Commons committee
cancels a visit to China, the UK accuses Chinese state hackers of breaching a Ministry of Defence system and
summons the ambassador again, China rejects that claim, the foreign ministers speak by phone and senior officials
meet in Geneva, one suspect is bailed, the UK suspends the sanctions on one firm, China welcomes the step, and a
joint statement pledges renewed dialogue.

Everything in it is synthetic: the six outlets (Northgate Herald, Tidewater Wire, Kestrel News Service, Pinecrest
Daily, Amberfield Chronicle, Copperleaf Times) and every person are invented, the countries, places and public
institutions are real, the events never happened and the dates are in the future (March 3 to 14, 2034). 25
documents, 23 acts and 105 reports (86 distinct file-act pairs); one is a verbatim syndicated copy (Pinecrest
Daily of Tidewater Wire, March 7) and one a lightly edited copy (Copperleaf Times of Kestrel News Service, March
10). Look-alikes: two summonses of China's ambassador by the Foreign Office (4th and 10th), two Chinese
rejections (of the spying charges on the 4th and of the hacking claim on the 11th), two UK-China consultations on
consecutive days (the ministers' phone call on the 11th, the Geneva talks on the 12th), expulsions in both
directions (7th and 8th), two calls for restraint on one day by different speakers (the EU High Representative
and the UN Secretary-General, 8th), a threat of reciprocal measures (7th) and the expulsion itself (8th),
sanctions imposed (9th) and partly suspended (13th), arrests (3rd) and a release on bail (13th); a figure changes
between reports (about 1,200 personnel records exposed, then 3,400).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target
on one day; the arrest of the two suspects in one police operation is one act, and so are the charges against
both, their joint remand and the sanctions package naming two firms; the joint statement is one act of the two
governments together. Types follow CAMEO2PLOVER-2021: summoning an ambassador is ACCUSE (complain officially), a
rejection of an accusation REJECT, a call for restraint REQUEST, the cancelled committee visit SANCTION (cancel
meetings), the grant of bail RETREAT (release of a person), China's welcome of the suspension SUPPORT, the joint
pledge AGREE. A second type is given only where the codebook allows two readings: the charges are COERCE (charge
with legal action) or ACCUSE (accuse of espionage); each expulsion of a diplomat is SANCTION (reduce diplomatic
relations) or COERCE (expel an individual); the sanctions on the firms are COERCE (impose sanctions, as the
conversion table has it) or SANCTION (as the codebook's text has it); the suspension of the sanctions on one firm
is RETREAT (ease economic sanctions) or CONCEDE (ease restrictions on an organisation). REPORTS lists every
sentence that reports an act that happened, background recaps in later reports included ("a day after police
detained two people ..."), with a cue found once in its file; a syndicated or edited copy has its own entries;
headlines are not listed. Where a sentence reports two acts their type sets do not overlap. Planned,
promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts (the alleged breach itself
included), acts more than a year before, statistics, tallies and opinions are not listed (a promise is itself
AGREE and a threat THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap.py) and none was found; the only six-word repeats within the file are the deliberate syndicated
and edited copies and the file names that REPORTS repeats. The batch was written from the template and its brief
alone, without reading the coder's code, lexicons, rules or data or any other blind batch.

FIRST RUN, held back and never read (written by a helper at the start of the sixteenth session (2026-12-02)):
run once at its start, on its starting code (b4dd1c3): **pairwise F1 0.689** (precision 0.945, recall 0.542),
B-cubed F1 0.813, reports found 0.686.
Run again at its end, on ca0a31f and on its final code 05cc5ab (the same figures both times): **pairwise F1 0.692**
(precision 0.931, recall 0.551), B-cubed F1 0.815, reports found 0.686. Which of the session's changes moved it was
not read.
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
    ("2034-03-03_northgate_spy-arrests.txt",
     "Two held in Britain on suspicion of spying for China\n\n"
     "LONDON, March 3, 2034 (Northgate Herald) - British counter-terrorism police arrested a man and a woman on "
     "Friday on suspicion of gathering information for Chinese intelligence, the Metropolitan Police said.\n\n"
     "The 44-year-old man was detained at his home in Stockport, near Manchester, and the 31-year-old woman was "
     "held at an address in Croydon, south London, according to a police statement.\n\n"
     "Commander Priya Halden, who leads counter-terrorism policing in the capital, said the pair were in custody "
     "at a London police station and that officers did not believe the public was at risk.\n\n"
     "The Chinese embassy in London had not answered questions about the case by Friday evening.\n\n"
     "Relations between London and Beijing have been strained for years by quarrels over technology, Hong Kong "
     "and cyber security."),
    ("2034-03-03_tidewater_two-held.txt",
     "Police detain two people in China espionage inquiry\n\n"
     "MANCHESTER, March 3, 2034 (Tidewater Wire) - Officers from Counter Terrorism Policing North West detained a "
     "man in Stockport early on Friday as part of an inquiry into suspected espionage on behalf of China, with a "
     "second suspect held in London the same morning.\n\n"
     "Police said both suspects were arrested under section 3 of the National Security Act, which makes it an "
     "offence to assist a foreign intelligence service.\n\n"
     "Neighbours in the quiet cul-de-sac said unmarked cars pulled up shortly after six o'clock and that officers "
     "were still at the house in the afternoon.\n\n"
     "Police gave no details of the information the pair were suspected of passing on.\n\n"
     "The government has not yet said whether it will take diplomatic steps over the case."),
    ("2034-03-04_kestrel_envoy-summoned.txt",
     "Britain summons Chinese ambassador over spying arrests\n\n"
     "LONDON, March 4, 2034 (Kestrel News Service) - Britain summoned China's ambassador Zhou Hanlin to the "
     "Foreign Office on Saturday, a day after police detained two people suspected of working for Chinese "
     "intelligence.\n\n"
     "Claire Ostrow, the minister for the Indo-Pacific, told the envoy that any attempt to interfere in British "
     "affairs was unacceptable, according to a Foreign Office statement.\n\n"
     "In Beijing, foreign ministry spokeswoman Gao Yuning rejected the accusations as baseless and said China "
     "never meddled in the internal affairs of other countries.\n\n"
     "The two suspects, a man from Stockport and a woman from Croydon, remained in police custody on Saturday and "
     "had not been charged.\n\n"
     "Officers have until Monday to either charge them or apply to a court for more time."),
    ("2034-03-04_pinecrest_beijing-denies.txt",
     "China dismisses British espionage claims as fabricated\n\n"
     "BEIJING, March 4, 2034 (Pinecrest Daily) - China on Saturday dismissed as fabricated British allegations "
     "that two people arrested in England had spied on its behalf.\n\n"
     "Gao Yuning, speaking for the foreign ministry, told a regular briefing that Chinese diplomats abroad always "
     "acted within the law.\n\n"
     "Her remarks came hours after the British Foreign Office summoned Ambassador Zhou Hanlin in London to "
     "protest over the case.\n\n"
     "Two-way trade reached roughly 110 billion pounds last year, British figures show."),
    ("2034-03-05_amberfield_tit-for-tat.txt",
     "Beijing summons British envoy in reply to London's protest\n\n"
     "BEIJING, March 5, 2034 (Amberfield Chronicle) - China's foreign ministry summoned British ambassador Fiona "
     "Redcliffe on Sunday to protest against what it called the groundless arrest of two people in England.\n\n"
     "Vice Foreign Minister Tang Keping lodged the protest in person, according to a ministry readout.\n\n"
     "A day earlier in London, the Foreign Office had called in Chinese ambassador Zhou Hanlin over the same "
     "case.\n\n"
     "China's foreign ministry on Saturday rejected the spying allegations, saying its officials and citizens "
     "abroad obeyed local laws.\n\n"
     "There was no statement from the British embassy in Beijing."),
    ("2034-03-06_northgate_charged.txt",
     "Two charged in Britain with aiding Chinese intelligence\n\n"
     "LONDON, March 6, 2034 (Northgate Herald) - British prosecutors on Monday authorised charges against a man "
     "and a woman accused of assisting China's intelligence services under the National Security Act.\n\n"
     "Owen Hartigan, 44, of Stockport, and Rachel Mo, 31, of Croydon, are each charged with one count of "
     "assisting a foreign intelligence service, the Crown Prosecution Service said.\n\n"
     "Police arrested the pair last Friday in coordinated operations in Greater Manchester and London.\n\n"
     "The two are due to appear at Westminster Magistrates' Court on Tuesday.\n\n"
     "Beijing summoned Britain's ambassador on Sunday over the case.\n\n"
     "That came a day after London called in China's envoy."),
    ("2034-03-07_tidewater_court-remand.txt",
     "Alleged China spies remanded in custody by London court\n\n"
     "LONDON, March 7, 2034 (Tidewater Wire) - A British court on Tuesday remanded in custody two people accused "
     "of helping Chinese intelligence, in the first hearing of a case that has set off a diplomatic quarrel "
     "between London and Beijing.\n\n"
     "Owen Hartigan, 44, and Rachel Mo, 31, spoke only to confirm their names and addresses during a 20-minute "
     "appearance at Westminster Magistrates' Court.\n\n"
     "The case will move to the Old Bailey, where a bail application is due to be heard next Monday.\n\n"
     "Prosecutors charged the pair on Monday with assisting a foreign intelligence service, an offence that "
     "carries a maximum sentence of 14 years.\n\n"
     "Their lawyers did not apply for bail at the hearing."),
    ("2034-03-07_pinecrest_court-remand.txt",
     "Alleged China spies remanded in custody by London court\n\n"
     "LONDON, March 7, 2034 (Tidewater Wire) - A British court on Tuesday remanded in custody two people accused "
     "of helping Chinese intelligence, in the first hearing of a case that has set off a diplomatic quarrel "
     "between London and Beijing.\n\n"
     "Owen Hartigan, 44, and Rachel Mo, 31, spoke only to confirm their names and addresses during a 20-minute "
     "appearance at Westminster Magistrates' Court.\n\n"
     "The case will move to the Old Bailey, where a bail application is due to be heard next Monday.\n\n"
     "Prosecutors charged the pair on Monday with assisting a foreign intelligence service, an offence that "
     "carries a maximum sentence of 14 years.\n\n"
     "Their lawyers did not apply for bail at the hearing."),
    ("2034-03-07_kestrel_diplomat-expelled.txt",
     "Britain expels Chinese diplomat as spy row deepens\n\n"
     "LONDON, March 7, 2034 (Kestrel News Service) - Britain expelled a Chinese diplomat on Tuesday, giving a "
     "first secretary at the embassy in London seven days to leave the country over activities the government "
     "said were incompatible with his status.\n\n"
     "Foreign Secretary Daniel Whitcombe told parliament that the official's accreditation was withdrawn and he "
     "was named persona non grata following an assessment by the security services.\n\n"
     "The announcement came hours after a London court remanded the two suspects in custody.\n\n"
     "China's embassy responded within hours, warning that Beijing would take reciprocal measures if London did "
     "not reverse the decision.\n\n"
     "The man and the woman were arrested last Friday and are accused of passing information to Chinese "
     "intelligence."),
    ("2034-03-07_copperleaf_expulsion-warning.txt",
     "China warns of retaliation after Britain orders diplomat out\n\n"
     "LONDON, March 7, 2034 (Copperleaf Times) - China's embassy in London warned on Tuesday that Beijing would "
     "respond in kind to Britain's expulsion of one of its diplomats, raising the prospect that a British "
     "official in Beijing could be sent home.\n\n"
     "An embassy spokesman said China reserved the right to take firm countermeasures to protect its interests.\n\n"
     "Foreign Secretary Daniel Whitcombe announced the expulsion earlier in the day, telling lawmakers the first "
     "secretary had seven days to leave.\n\n"
     "The row began last week when police arrested a man in Stockport and a woman in Croydon on suspicion of "
     "spying for Beijing.\n\n"
     "The embassy gave no indication of when any response might come."),
    ("2034-03-08_amberfield_britons-expelled.txt",
     "China orders British diplomat to leave in retaliatory move\n\n"
     "BEIJING, March 8, 2034 (Amberfield Chronicle) - China on Wednesday ordered a British diplomat to leave the "
     "country within a week, a day after its embassy in London warned of retaliation.\n\n"
     "The foreign ministry said a counsellor in the British embassy's political section had engaged in activities "
     "inconsistent with diplomatic status and was no longer welcome.\n\n"
     "Britain on Tuesday expelled a first secretary from the Chinese embassy in London.\n\n"
     "The British embassy in Beijing said it was aware of the decision and was in contact with the Chinese "
     "authorities.\n\n"
     "Around 500 British companies have offices in China, according to a British business lobby."),
    ("2034-03-08_northgate_calls-for-calm.txt",
     "EU and UN urge London and Beijing to step back from spy row\n\n"
     "BRUSSELS, March 8, 2034 (Northgate Herald) - EU High Representative Helga Marinescu urged Britain and China "
     "on Wednesday to cool their quarrel and return to talking, hours after Beijing ordered a British diplomat "
     "out of the country.\n\n"
     "In a written statement, she said an escalating cycle of retaliation served neither side.\n\n"
     "In New York, the United Nations Secretary-General also appealed to both governments to show restraint, his "
     "spokesman Tomas Abiodun told reporters.\n\n"
     "London had ordered a Chinese first secretary out on Tuesday.\n\n"
     "European diplomats said several EU governments were watching the case closely because of similar worries "
     "about Chinese intelligence work on their own soil."),
    ("2034-03-08_copperleaf_un-appeal.txt",
     "UN chief calls for restraint as Britain and China trade expulsions\n\n"
     "NEW YORK, March 8, 2034 (Copperleaf Times) - The top official of the United Nations, the Secretary-General, "
     "on Wednesday called on Britain and China to exercise restraint and keep diplomatic channels open, his "
     "office said.\n\n"
     "Spokesman Tomas Abiodun told a daily briefing that the Secretary-General was concerned by the deterioration "
     "in relations and hoped the two permanent members of the Security Council could resolve their differences "
     "calmly.\n\n"
     "Beijing expelled a British diplomat earlier on Wednesday.\n\n"
     "Britain had expelled a Chinese official on Tuesday.\n\n"
     "The dispute began when police in England arrested two people accused of acting as agents for Beijing.\n\n"
     "The EU's foreign policy chief issued a similar appeal in Brussels."),
    ("2034-03-09_tidewater_tech-sanctions.txt",
     "Britain sanctions two Chinese technology firms amid spy dispute\n\n"
     "LONDON, March 9, 2034 (Tidewater Wire) - Britain on Thursday imposed sanctions on two Chinese technology "
     "companies, freezing their British assets and barring exports of sensitive equipment to them.\n\n"
     "The two firms are Hanlong Sensing Technology, based in Shenzhen, and Qiantai Data Systems of Hangzhou.\n\n"
     "In Beijing, a commerce ministry spokesman, He Jianbo, condemned the sanctions as unilateral bullying that "
     "international law did not permit.\n\n"
     "The measures came a day after China told a British diplomat to leave.\n\n"
     "Beijing's move answered London's decision on Tuesday to expel a Chinese first secretary."),
    ("2034-03-09_pinecrest_delegation-cancelled.txt",
     "MPs call off China visit as relations sour\n\n"
     "LONDON, March 9, 2034 (Pinecrest Daily) - The House of Commons foreign affairs committee on Thursday "
     "cancelled a planned visit to Beijing and Shanghai, its chair said, citing the worsening dispute over "
     "alleged Chinese espionage.\n\n"
     "Rosalind Petch, who chairs the committee, said eight lawmakers had been due to travel at the end of March "
     "for meetings with Chinese officials and business leaders.\n\n"
     "The committee's move coincided with a government order freezing the British assets of two Chinese "
     "technology firms, Hanlong Sensing Technology and Qiantai Data Systems.\n\n"
     "China's commerce ministry denounced the sanctions within hours.\n\n"
     "Relations have deteriorated rapidly since police detained two suspects last week."),
    ("2034-03-10_kestrel_hacking-claim.txt",
     "Britain accuses China-backed hackers of breaching defence ministry system\n\n"
     "LONDON, March 10, 2034 (Kestrel News Service) - Britain on Friday accused hackers working for the Chinese "
     "state of breaking into a Ministry of Defence personnel system and stealing records on about 1,200 service "
     "members, widening a week-long spy row with Beijing.\n\n"
     "Security Minister Imran Castell told parliament the National Cyber Security Centre had linked the intrusion "
     "to a group tied to China's Ministry of State Security.\n\n"
     "The Foreign Office summoned Chinese ambassador Zhou Hanlin for a second time in seven days to protest over "
     "the breach.\n\n"
     "The accusation came a day after Britain imposed sanctions on a pair of Chinese tech companies.\n\n"
     "Castell said the stolen data included names, postings and home addresses but no operational secrets.\n\n"
     "The Chinese embassy did not reply to questions on Friday."),
    ("2034-03-10_copperleaf_hacking-claim.txt",
     "UK says Chinese state hackers stole defence personnel records\n\n"
     "LONDON, March 10, 2034 (Kestrel News Service) - The United Kingdom on Friday accused hackers working for "
     "the Chinese state of breaking into a Ministry of Defence personnel system and stealing records on about "
     "1,200 service members, widening a week-old spy row with Beijing.\n\n"
     "Security Minister Imran Castell told parliament the National Cyber Security Centre had linked the intrusion "
     "to a group tied to China's Ministry of State Security.\n\n"
     "The Foreign Office summoned Chinese ambassador Zhou Hanlin for a second time in seven days to protest over "
     "the breach.\n\n"
     "The accusation came one day after Britain imposed sanctions on a pair of Chinese tech companies.\n\n"
     "Castell said the stolen data included names, postings and home addresses but no operational secrets."),
    ("2034-03-11_amberfield_hacking-denied.txt",
     "China rejects British hacking accusation as groundless smear\n\n"
     "BEIJING, March 11, 2034 (Amberfield Chronicle) - China on Saturday rejected British claims that "
     "state-backed hackers had stolen data from the Ministry of Defence, saying London had offered no evidence.\n\n"
     "Spokeswoman Gao Yuning said China opposed all forms of cyber attack and was itself a major victim of "
     "hacking.\n\n"
     "British Security Minister Imran Castell made the accusation in parliament on Friday.\n\n"
     "Hours later the Foreign Office again summoned Zhou Hanlin, China's ambassador, in a second summons since "
     "the arrests of two suspected spies on March 3.\n\n"
     "Beijing also rejected the original spying allegations on March 4."),
    ("2034-03-11_northgate_ministers-call.txt",
     "British and Chinese foreign ministers speak by phone as row widens\n\n"
     "LONDON, March 11, 2034 (Northgate Herald) - Foreign Secretary Daniel Whitcombe held a telephone call with "
     "Chinese Foreign Minister Xu Liangchen on Saturday, their first direct exchange since the spy row erupted "
     "eight days ago.\n\n"
     "The Foreign Office said the two ministers discussed the case and the state of relations in a call lasting "
     "about forty minutes.\n\n"
     "Officials now say the breach of the Ministry of Defence database, which Britain blamed on Chinese state "
     "hackers on Friday, exposed the records of some 3,400 service personnel.\n\n"
     "China's foreign ministry dismissed the hacking accusation earlier on Saturday as a smear.\n\n"
     "A bail hearing in the spying case is due at London's Central Criminal Court on Monday."),
    ("2034-03-12_tidewater_geneva-talks.txt",
     "British and Chinese officials meet in Geneva to ease tensions\n\n"
     "GENEVA, March 12, 2034 (Tidewater Wire) - Senior British and Chinese diplomats held talks in Geneva on "
     "Sunday aimed at halting a spiral of retaliation set off by espionage arrests in England earlier this month.\n\n"
     "Britain was represented by Sir Edmund Carrow, the top civil servant at the Foreign Office, and China by "
     "Vice Foreign Minister Tang Keping, according to officials from both sides.\n\n"
     "On Saturday, Foreign Secretary Daniel Whitcombe and Chinese Foreign Minister Xu Liangchen spoke by phone.\n\n"
     "Neither side released details of the discussions, which lasted about five hours at a hotel near the lake.\n\n"
     "Britain froze the assets of a pair of Chinese technology companies on Thursday."),
    ("2034-03-13_kestrel_bail-granted.txt",
     "Woman accused of spying for China granted bail\n\n"
     "LONDON, March 13, 2034 (Kestrel News Service) - A judge at the Old Bailey on Monday granted bail to Rachel "
     "Mo, one of two people accused of assisting Chinese intelligence.\n\n"
     "Mrs Justice Harriet Kemble ordered Mo to surrender her passport, live at her Croydon address and report to "
     "police every day.\n\n"
     "Her co-defendant Owen Hartigan did not apply for bail and remains in custody.\n\n"
     "Both were remanded in custody at their first court appearance last Tuesday.\n\n"
     "Prosecutors had charged them the day before under the National Security Act.\n\n"
     "A trial is provisionally expected to begin in January next year.\n\n"
     "The pair were arrested on March 3 in Stockport and Croydon."),
    ("2034-03-13_pinecrest_sanctions-suspended.txt",
     "Britain suspends sanctions on one Chinese firm after Geneva talks\n\n"
     "LONDON, March 13, 2034 (Pinecrest Daily) - Britain on Monday suspended sanctions on Qiantai Data Systems, "
     "one of two Chinese technology firms it targeted last week, a day after senior officials from both countries "
     "met in Geneva.\n\n"
     "The Foreign Office said the suspension would run for 90 days while officials review the company's links to "
     "the intelligence operation.\n\n"
     "Sanctions on Hanlong Sensing Technology remain in force.\n\n"
     "Sir Edmund Carrow and Vice Foreign Minister Tang Keping held about five hours of talks in Geneva on Sunday.\n\n"
     "Beijing's commerce ministry had condemned the sanctions as bullying."),
    ("2034-03-13_amberfield_beijing-welcomes.txt",
     "China welcomes Britain's partial sanctions climbdown\n\n"
     "BEIJING, March 13, 2034 (Amberfield Chronicle) - China on Monday welcomed Britain's decision to suspend "
     "sanctions on Qiantai Data Systems, calling it a step in the right direction after ten days of rising "
     "friction.\n\n"
     "Gao Yuning, the ministry's spokeswoman, said China valued its ties with the British people.\n\n"
     "The British move followed talks in Geneva on Sunday between Vice Foreign Minister Tang Keping and Sir "
     "Edmund Carrow of the Foreign Office.\n\n"
     "In London, a judge granted bail on Monday to one of the two people accused of spying for China."),
    ("2034-03-14_copperleaf_joint-statement.txt",
     "Britain and China pledge to restore dialogue in joint statement\n\n"
     "LONDON, March 14, 2034 (Copperleaf Times) - Britain and China issued a joint statement on Tuesday pledging "
     "to restore normal diplomatic contacts and to handle future disputes through quiet consultation, in an "
     "effort to end a spy row that has lasted nearly two weeks.\n\n"
     "The statement, released simultaneously in London and Beijing, said both governments would work to rebuild "
     "trust and would hold regular talks between senior officials.\n\n"
     "It did not refer to the hacking allegation.\n\n"
     "The statement came a day after London suspended sanctions on Qiantai, one of the two firms it had "
     "blacklisted.\n\n"
     "Figures released by the Ministry of Defence show that the personnel records exposed in the breach totalled "
     "3,400.\n\n"
     "Owen Hartigan remains in custody, while Rachel Mo was released on bail on Monday."),
    ("2034-03-14_northgate_joint-statement.txt",
     "London and Beijing move to cool spy dispute\n\n"
     "BEIJING, March 14, 2034 (Northgate Herald) - China and Britain agreed on Tuesday to resume regular "
     "consultations and refrain from further retaliatory steps, according to a joint statement published by both "
     "foreign ministries.\n\n"
     "The text was posted on the websites of both ministries shortly after noon Beijing time.\n\n"
     "The row began on March 3, when police in England detained two suspects alleged to have worked for Beijing.\n\n"
     "London expelled a Chinese diplomat on March 7.\n\n"
     "Beijing responded by expelling a British counsellor the following day.\n\n"
     "On March 9 a cross-party committee of MPs called off a trip to China."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2034-03-03", "UK counter-terrorism police arrest two suspected of spying for China"),
    "A02": (("ACCUSE",), "2034-03-04", "UK Foreign Office summons China's ambassador Zhou Hanlin"),
    "A03": (("REJECT",), "2034-03-04", "Chinese foreign ministry rejects the spying accusations"),
    "A04": (("ACCUSE",), "2034-03-05", "Chinese foreign ministry summons UK ambassador Fiona Redcliffe"),
    "A05": (("COERCE", "ACCUSE"), "2034-03-06", "Crown Prosecution Service charges Hartigan and Mo"),
    "A06": (("COERCE",), "2034-03-07", "Westminster magistrates remand Hartigan and Mo"),
    "A07": (("SANCTION", "COERCE"), "2034-03-07", "UK declares a Chinese first secretary persona non grata"),
    "A08": (("THREATEN",), "2034-03-07", "Chinese embassy in London threatens reciprocal steps"),
    "A09": (("SANCTION", "COERCE"), "2034-03-08", "China expels a counsellor of the UK embassy in Beijing"),
    "A10": (("REQUEST",), "2034-03-08", "EU High Representative Marinescu presses London and Beijing for calm"),
    "A11": (("REQUEST",), "2034-03-08", "UN Secretary-General asks both capitals for restraint"),
    "A12": (("COERCE", "SANCTION"), "2034-03-09", "UK asset freeze and export ban on Hanlong and Qiantai"),
    "A13": (("ACCUSE",), "2034-03-09", "Chinese commerce ministry condemns the UK sanctions"),
    "A14": (("SANCTION",), "2034-03-09", "Commons foreign affairs committee cancels its China trip"),
    "A15": (("ACCUSE",), "2034-03-10", "UK blames Chinese state hackers for MoD personnel data breach"),
    "A16": (("ACCUSE",), "2034-03-10", "UK Foreign Office summons ambassador Zhou again"),
    "A17": (("REJECT",), "2034-03-11", "Chinese foreign ministry rejects the hacking claim"),
    "A18": (("CONSULT",), "2034-03-11", "Whitcombe and Xu phone call"),
    "A19": (("CONSULT",), "2034-03-12", "Carrow and Tang meet in Geneva"),
    "A20": (("RETREAT",), "2034-03-13", "Old Bailey judge bails Rachel Mo"),
    "A21": (("RETREAT", "CONCEDE"), "2034-03-13", "UK suspends the Qiantai sanctions for 90 days"),
    "A22": (("SUPPORT",), "2034-03-13", "Chinese foreign ministry welcomes the Qiantai suspension"),
    "A23": (("AGREE",), "2034-03-14", "UK-China joint statement pledging renewed dialogue"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-03_northgate_spy-arrests.txt", "A01", "police arrested a man"),
    ("2034-03-03_northgate_spy-arrests.txt", "A01", "detained at his home"),
    ("2034-03-03_tidewater_two-held.txt", "A01", "detained a man in Stockport"),
    ("2034-03-03_tidewater_two-held.txt", "A01", "both suspects were arrested under"),
    ("2034-03-04_kestrel_envoy-summoned.txt", "A02", "summoned China's ambassador Zhou Hanlin"),
    ("2034-03-04_kestrel_envoy-summoned.txt", "A01", "a day after police detained"),
    ("2034-03-04_kestrel_envoy-summoned.txt", "A02", "told the envoy that any"),
    ("2034-03-04_kestrel_envoy-summoned.txt", "A03", "rejected the accusations as baseless"),
    ("2034-03-04_pinecrest_beijing-denies.txt", "A03", "dismissed as fabricated British allegations"),
    ("2034-03-04_pinecrest_beijing-denies.txt", "A01", "two people arrested in England"),
    ("2034-03-04_pinecrest_beijing-denies.txt", "A02", "Foreign Office summoned Ambassador Zhou"),
    ("2034-03-05_amberfield_tit-for-tat.txt", "A04", "summoned British ambassador Fiona"),
    ("2034-03-05_amberfield_tit-for-tat.txt", "A01", "groundless arrest of two people"),
    ("2034-03-05_amberfield_tit-for-tat.txt", "A04", "lodged the protest in person"),
    ("2034-03-05_amberfield_tit-for-tat.txt", "A02", "called in Chinese ambassador Zhou"),
    ("2034-03-05_amberfield_tit-for-tat.txt", "A03", "on Saturday rejected the spying"),
    ("2034-03-06_northgate_charged.txt", "A05", "authorised charges against a man"),
    ("2034-03-06_northgate_charged.txt", "A05", "each charged with one count"),
    ("2034-03-06_northgate_charged.txt", "A01", "arrested the pair last Friday"),
    ("2034-03-06_northgate_charged.txt", "A04", "summoned Britain's ambassador on Sunday"),
    ("2034-03-06_northgate_charged.txt", "A02", "London called in China's envoy"),
    ("2034-03-07_tidewater_court-remand.txt", "A06", "remanded in custody two people"),
    ("2034-03-07_tidewater_court-remand.txt", "A05", "Prosecutors charged the pair"),
    ("2034-03-07_pinecrest_court-remand.txt", "A06", "remanded in custody two people"),
    ("2034-03-07_pinecrest_court-remand.txt", "A05", "Prosecutors charged the pair"),
    ("2034-03-07_kestrel_diplomat-expelled.txt", "A07", "Britain expelled a Chinese diplomat"),
    ("2034-03-07_kestrel_diplomat-expelled.txt", "A07", "named persona non grata"),
    ("2034-03-07_kestrel_diplomat-expelled.txt", "A06", "a London court remanded"),
    ("2034-03-07_kestrel_diplomat-expelled.txt", "A08", "would take reciprocal measures"),
    ("2034-03-07_kestrel_diplomat-expelled.txt", "A01", "were arrested last Friday"),
    ("2034-03-07_copperleaf_expulsion-warning.txt", "A08", "warned on Tuesday that Beijing"),
    ("2034-03-07_copperleaf_expulsion-warning.txt", "A07", "Britain's expulsion of one"),
    ("2034-03-07_copperleaf_expulsion-warning.txt", "A08", "reserved the right to take"),
    ("2034-03-07_copperleaf_expulsion-warning.txt", "A07", "announced the expulsion earlier"),
    ("2034-03-07_copperleaf_expulsion-warning.txt", "A01", "arrested a man in Stockport"),
    ("2034-03-08_amberfield_britons-expelled.txt", "A09", "ordered a British diplomat"),
    ("2034-03-08_amberfield_britons-expelled.txt", "A08", "its embassy in London warned"),
    ("2034-03-08_amberfield_britons-expelled.txt", "A09", "was no longer welcome"),
    ("2034-03-08_amberfield_britons-expelled.txt", "A07", "expelled a first secretary"),
    ("2034-03-08_northgate_calls-for-calm.txt", "A10", "Helga Marinescu urged Britain"),
    ("2034-03-08_northgate_calls-for-calm.txt", "A09", "Beijing ordered a British diplomat"),
    ("2034-03-08_northgate_calls-for-calm.txt", "A11", "also appealed to both governments"),
    ("2034-03-08_northgate_calls-for-calm.txt", "A07", "ordered a Chinese first secretary"),
    ("2034-03-08_copperleaf_un-appeal.txt", "A11", "called on Britain and China"),
    ("2034-03-08_copperleaf_un-appeal.txt", "A09", "Beijing expelled a British diplomat"),
    ("2034-03-08_copperleaf_un-appeal.txt", "A07", "had expelled a Chinese official"),
    ("2034-03-08_copperleaf_un-appeal.txt", "A01", "police in England arrested two"),
    ("2034-03-08_copperleaf_un-appeal.txt", "A10", "a similar appeal in Brussels"),
    ("2034-03-09_tidewater_tech-sanctions.txt", "A12", "imposed sanctions on two Chinese"),
    ("2034-03-09_tidewater_tech-sanctions.txt", "A13", "condemned the sanctions as unilateral"),
    ("2034-03-09_tidewater_tech-sanctions.txt", "A09", "China told a British diplomat"),
    ("2034-03-09_tidewater_tech-sanctions.txt", "A07", "decision on Tuesday to expel"),
    ("2034-03-09_pinecrest_delegation-cancelled.txt", "A14", "cancelled a planned visit"),
    ("2034-03-09_pinecrest_delegation-cancelled.txt", "A12", "order freezing the British assets"),
    ("2034-03-09_pinecrest_delegation-cancelled.txt", "A13", "denounced the sanctions within hours"),
    ("2034-03-09_pinecrest_delegation-cancelled.txt", "A01", "police detained two suspects"),
    ("2034-03-10_kestrel_hacking-claim.txt", "A15", "accused hackers working for"),
    ("2034-03-10_kestrel_hacking-claim.txt", "A15", "had linked the intrusion"),
    ("2034-03-10_kestrel_hacking-claim.txt", "A16", "second time in seven days"),
    ("2034-03-10_kestrel_hacking-claim.txt", "A12", "Britain imposed sanctions on"),
    ("2034-03-10_copperleaf_hacking-claim.txt", "A15", "accused hackers working for"),
    ("2034-03-10_copperleaf_hacking-claim.txt", "A15", "had linked the intrusion"),
    ("2034-03-10_copperleaf_hacking-claim.txt", "A16", "second time in seven days"),
    ("2034-03-10_copperleaf_hacking-claim.txt", "A12", "Britain imposed sanctions on"),
    ("2034-03-11_amberfield_hacking-denied.txt", "A17", "rejected British claims that"),
    ("2034-03-11_amberfield_hacking-denied.txt", "A15", "made the accusation in parliament"),
    ("2034-03-11_amberfield_hacking-denied.txt", "A16", "Hours later the Foreign Office"),
    ("2034-03-11_amberfield_hacking-denied.txt", "A01", "arrests of two suspected spies"),
    ("2034-03-11_amberfield_hacking-denied.txt", "A03", "rejected the original spying allegations"),
    ("2034-03-11_northgate_ministers-call.txt", "A18", "held a telephone call with"),
    ("2034-03-11_northgate_ministers-call.txt", "A18", "in a call lasting about"),
    ("2034-03-11_northgate_ministers-call.txt", "A15", "blamed on Chinese state hackers"),
    ("2034-03-11_northgate_ministers-call.txt", "A17", "dismissed the hacking accusation"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A19", "held talks in Geneva"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A01", "espionage arrests in England"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A19", "represented by Sir Edmund Carrow"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A18", "spoke by phone"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A19", "lasted about five hours"),
    ("2034-03-12_tidewater_geneva-talks.txt", "A12", "Britain froze the assets"),
    ("2034-03-13_kestrel_bail-granted.txt", "A20", "granted bail to Rachel Mo"),
    ("2034-03-13_kestrel_bail-granted.txt", "A20", "surrender her passport"),
    ("2034-03-13_kestrel_bail-granted.txt", "A06", "at their first court appearance"),
    ("2034-03-13_kestrel_bail-granted.txt", "A05", "Prosecutors had charged them"),
    ("2034-03-13_kestrel_bail-granted.txt", "A01", "were arrested on March 3"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A21", "suspended sanctions on Qiantai"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A12", "it targeted last week"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A19", "officials from both countries met"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A21", "the suspension would run"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A19", "about five hours of talks"),
    ("2034-03-13_pinecrest_sanctions-suspended.txt", "A13", "had condemned the sanctions"),
    ("2034-03-13_amberfield_beijing-welcomes.txt", "A22", "China on Monday welcomed"),
    ("2034-03-13_amberfield_beijing-welcomes.txt", "A21", "suspend sanctions on Qiantai"),
    ("2034-03-13_amberfield_beijing-welcomes.txt", "A19", "followed talks in Geneva"),
    ("2034-03-13_amberfield_beijing-welcomes.txt", "A20", "a judge granted bail"),
    ("2034-03-14_copperleaf_joint-statement.txt", "A23", "issued a joint statement"),
    ("2034-03-14_copperleaf_joint-statement.txt", "A23", "released simultaneously in London"),
    ("2034-03-14_copperleaf_joint-statement.txt", "A21", "London suspended sanctions on"),
    ("2034-03-14_copperleaf_joint-statement.txt", "A12", "firms it had blacklisted"),
    ("2034-03-14_copperleaf_joint-statement.txt", "A20", "was released on bail"),
    ("2034-03-14_northgate_joint-statement.txt", "A23", "agreed on Tuesday to resume"),
    ("2034-03-14_northgate_joint-statement.txt", "A23", "shortly after noon Beijing time"),
    ("2034-03-14_northgate_joint-statement.txt", "A01", "police in England detained"),
    ("2034-03-14_northgate_joint-statement.txt", "A07", "London expelled a Chinese diplomat"),
    ("2034-03-14_northgate_joint-statement.txt", "A09", "by expelling a British counsellor"),
    ("2034-03-14_northgate_joint-statement.txt", "A14", "called off a trip"),
]

FLOORS = {"pairwise_f1": 0.68, "b3_f1": 0.8, "reports_found": 0.65}


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
