"""Fifth blind incident batch: a week of student protest in Kathmandu, Nepal, in October 2033. Written on
2026-12-01, before the coder was run on any of it.

The crisis: students march on parliament against a bill banning partisan student unions on campuses (Tuesday,
October 11); police open fire and the toll rises from three to five, six and seven in later reports; six
student leaders are arrested; the home minister threatens a curfew, the district administration imposes it a
day later and mobile data is cut; the U.S. embassy and New Delhi each urge restraint and the national human
rights commission condemns the police; the students refuse talks; unions hold a general strike; the home
minister resigns, the bill is withdrawn and the leaders are freed on bail; two rounds of talks follow, at the
second of which the prime minister promises a judicial inquiry; a second, smaller march closes the week.

Everything in it is synthetic: the outlets (Summit Courier, Lotus Newswire, Monsoon Herald, Eastgate Report,
Silverline Wire, Terai Bulletin) and the people are invented; the countries and places are real; the events
never happened and the dates are in the future. 24 documents from 6 outlets over 10 days (October 11 to 20,
2033), one a verbatim syndicated copy (Terai Bulletin of Lotus Newswire's curfew story) and one a lightly
edited copy (Eastgate Report of Silverline Wire's embassies story).

Gold conventions. An act is one actor (for statements, one speaker or one institution) doing one thing to one
target on one day; its types are the PLOVER type the codebook gives. REPORTS lists every body sentence
(headlines are not reports) that reports an act that happened, including background recaps in later reports
("Tuesday's shooting", "Gurung had threatened on Wednesday") and quotes that tell the act; a sentence that
reports two acts has two entries, and no sentence reports two acts of one type. Not listed: planned or future
acts (the bail hearing, the second session, the announced march), denied acts ("no arrests"), conditional
acts, acts more than a year before, statistics and tallies, opinions. A promise is an AGREE act, a threat a
THREATEN act, a demand a REQUEST act; what is promised or threatened is not an act until it happens (the
curfew threat A05 and the curfew A06 are two acts). Look-alikes that are not the same act: the two marches
(A01, A18), the two rounds of talks (A15, A17), the two calls for restraint on one day by two states (A07,
A08), the three COERCE acts on adjacent days (arrests A03, mobile data cut A04, curfew A06), and the two
concessions of two actors on successive days (resignation A12, withdrawal of the bill A13).

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 755acb5 (the fourth 2026-12-01 session's coder, after the rules blind batches 39, 41, 42
and 43, article batches 5 and 7 and incident batches 1, 3 and 4 prompted), with `figures`: **pairwise F1
0.457** (precision 0.937, recall 0.303; 195 gold pairs), B-cubed F1 0.712 (precision 0.976, recall 0.560),
reports_found 0.632; 66 mapped events of 16 acts in 31 incidents. The session's starting coder (50def54)
scores the same.
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
    ("2033-10-11_summitcourier_students-march-on-parliament.txt",
     "Police open fire as students march on Nepal's parliament, three dead\n\n"
     "KATHMANDU, October 11, 2033 (Summit Courier) - Students in their tens of thousands marched on "
     "Nepal's parliament on Tuesday to oppose a bill that would outlaw student unions on campuses, in "
     "the largest street protest the capital has seen in years.\n\n"
     "Police fired tear gas and then live ammunition at the crowd as it pushed toward the parliament "
     "building in New Baneshwor, killing at least three people, hospital officials said.\n\n"
     "The marchers, many of them in college uniforms, set off from Maitighar Mandala shortly after 10 "
     "a.m. and filled the avenue for more than two kilometres.\n\n"
     "\"We came here with books and banners, nothing else,\" said Ujjwal Karki, general secretary of "
     "the Joint Student Action Committee.\n\n"
     "The Campus Order Bill, now before the upper house, would bar the student wings of political "
     "parties from university grounds and let vice-chancellors call in police without a court order.\n\n"
     "A government spokesman did not answer repeated calls on Tuesday evening.\n\n"
     "Nepal has a long record of student-led movements, which helped end the party-less panchayat "
     "system in 1990 and played a part again in 2006."),
    ("2033-10-11_lotusnewswire_police-fire-on-student-march.txt",
     "Five killed as Nepal police shoot at student protesters\n\n"
     "KATHMANDU, October 11, 2033 (Lotus Newswire) - Nepali police shot dead five protesters on "
     "Tuesday when a student march against a contested education bill reached the gates of the Federal "
     "Parliament, officials said.\n\n"
     "Dr. Suman Rijal, a spokesman for Bir Hospital, said five bodies had been brought in and more "
     "than 60 people were being treated for gunshot wounds and the effects of gas.\n\n"
     "Deputy Inspector General Bikram Thapa, the police spokesman, said officers opened fire only when "
     "the crowd could no longer be held back with batons and gas.\n\n"
     "The students had gathered since dawn at Maitighar Mandala, a traffic circle long used as the "
     "city's protest ground, before walking east toward New Baneshwor.\n\n"
     "Organisers put the turnout above 50,000, while police estimated it at about 20,000.\n\n"
     "Supporters of the bill argue that partisan unions have paralysed teaching at Tribhuvan "
     "University for much of the past decade.\n\n"
     "\"None of us thought it would end like this when we left home this morning,\" said Anjali "
     "Tamang, a 21-year-old nursing student."),
    ("2033-10-11_monsoonherald_kathmandu-march-turns-deadly.txt",
     "Deadly day in Kathmandu as student march meets gunfire\n\n"
     "KATHMANDU, October 11, 2033 (Monsoon Herald) - At least five people died in Nepal's capital on "
     "Tuesday after security forces fired on a vast crowd of students protesting outside parliament, "
     "the health ministry said.\n\n"
     "Earlier figures from hospitals had put the number of dead at three.\n\n"
     "The demonstration was called by the Joint Student Action Committee, an alliance of 14 campus "
     "groups, to oppose the Campus Order Bill.\n\n"
     "Television footage showed riot police in helmets advancing behind plastic shields and firing "
     "rifles as clouds of gas drifted over the crowd.\n\n"
     "Prime Minister Keshav Lamsal's office had not commented by late evening.\n\n"
     "The coalition government, formed in 2031, holds a slim majority in the lower house.\n\n"
     "Analysts said the day's events could harden opposition to a bill that had drawn little public "
     "attention until this month.\n\n"
     "\"Parents sent their children to study, and tonight some of them are collecting bodies,\" said "
     "Hari Prasad Adhikari, a retired professor of history."),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt",
     "Nepal police detain student leaders in dawn raids after deadly protest\n\n"
     "KATHMANDU, October 12, 2033 (Eastgate Report) - Police in Nepal arrested six leaders of the "
     "student movement in raids before dawn on Wednesday, a day after officers shot dead protesters "
     "outside parliament.\n\n"
     "Among those held were Sarita Magar, who chairs the Joint Student Action Committee, and its "
     "general secretary Ujjwal Karki, their lawyer said.\n\n"
     "The number of dead from Tuesday's shooting rose to six overnight after a 19-year-old engineering "
     "student died of a chest wound at Bir Hospital.\n\n"
     "Police spokesman Bikram Thapa said the six were being questioned on suspicion of inciting "
     "violence and would be brought before a district court within 24 hours.\n\n"
     "Their lawyer, Bhim Raj Sapkota, said he expected a bail hearing later in the week.\n\n"
     "Tuesday's march drew tens of thousands of students to New Baneshwor in what veteran observers "
     "called the biggest youth mobilisation since 2006.\n\n"
     "Shops in central Kathmandu reopened on Wednesday, although many schools stayed shut."),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "Washington, New Delhi urge restraint in Nepal as rights body condemns shooting\n\n"
     "KATHMANDU, October 12, 2033 (Silverline Wire) - The United States embassy in Kathmandu on "
     "Wednesday urged Nepal's authorities to show restraint and honour the right of citizens to "
     "assemble peacefully, a day after six people died when police fired on student marchers.\n\n"
     "In New Delhi, a spokesperson for India's Ministry of External Affairs called on all sides in the "
     "neighbouring country to settle their differences through dialogue.\n\n"
     "India, Nepal's largest trading partner, shares an open border of some 1,750 kilometres with the "
     "Himalayan nation.\n\n"
     "Nepal's National Human Rights Commission said the use of live rounds against unarmed students "
     "could not be justified and condemned what it called excessive force by the police.\n\n"
     "The commission said it would send investigators to the hospitals and to New Baneshwor.\n\n"
     "Six leaders of the student movement were arrested before dawn on Wednesday, their lawyer said.\n\n"
     "The European Union's delegation in Kathmandu said it was following events closely.\n\n"
     "\"Every government in this country that has fired on students has lived to regret it,\" said "
     "Mohan Raj Pant, a political scientist at Tribhuvan University."),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "Foreign governments call for calm in Nepal after student deaths\n\n"
     "KATHMANDU, October 12, 2033 (Eastgate Report) - The U.S. embassy in Kathmandu on Wednesday urged "
     "Nepal's authorities to show restraint and to honour the right of citizens to assemble "
     "peacefully, a day after six people were killed when police fired on student marchers.\n\n"
     "In New Delhi, a spokesperson for India's foreign ministry called on all sides in the "
     "neighbouring country to settle their differences through dialogue.\n\n"
     "India, Nepal's biggest trading partner, shares an open border of about 1,750 kilometres with the "
     "Himalayan country.\n\n"
     "Nepal's National Human Rights Commission said the use of live rounds against unarmed students "
     "could not be justified and condemned what it called excessive force by the police.\n\n"
     "Six leaders of the student movement were arrested before dawn on Wednesday, according to their "
     "lawyer.\n\n"
     "\"Every government in this country that has fired on students has lived to regret it,\" said "
     "Mohan Raj Pant, a political scientist at Tribhuvan University.\n\n"
     "This story is based on reporting by Silverline Wire."),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt",
     "Nepal's home minister threatens curfew if student unrest continues\n\n"
     "KATHMANDU, October 12, 2033 (Summit Courier) - Nepal's Home Minister Anup Gurung warned on "
     "Wednesday that the government would impose a curfew in the Kathmandu valley if students returned "
     "to the streets.\n\n"
     "\"We will not let a few agitators hold three million people hostage,\" Gurung told reporters at "
     "his ministry.\n\n"
     "His warning came hours after police detained the chair of the Joint Student Action Committee, "
     "Sarita Magar, and five other organisers.\n\n"
     "Six people lost their lives on Tuesday when police opened fire on the student march near "
     "parliament.\n\n"
     "Gurung, a former inspector general of police, has been home minister since 2031.\n\n"
     "Many residents said they had stocked up on rice, cooking gas and candles in case of a lockdown.\n\n"
     "\"We lived through curfews in 2006 and we know what comes next,\" said Bimala Shrestha, who runs "
     "a grocery in Asan."),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "Nepal rights commission condemns police over student deaths\n\n"
     "KATHMANDU, October 12, 2033 (Terai Bulletin) - Nepal's National Human Rights Commission on "
     "Wednesday denounced the police for opening fire on student demonstrators, saying officers had "
     "broken their own rules on the use of force.\n\n"
     "Commission member Kamala Dhungana said police had used live rounds without first firing warning "
     "shots or aiming at the legs, as regulations require.\n\n"
     "Six people, including a 16-year-old schoolboy, died after Tuesday's shooting near the Federal "
     "Parliament in New Baneshwor.\n\n"
     "The commission, set up in 2000 and made a constitutional body in 2007, has looked into police "
     "conduct during earlier waves of protest.\n\n"
     "Police detained six student leaders early on Wednesday, including the movement's best-known "
     "face, Sarita Magar.\n\n"
     "The commission has no power to prosecute, but its findings go to the attorney general."),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt",
     "Nepal imposes curfew on Kathmandu, cuts mobile internet\n\n"
     "KATHMANDU, October 13, 2033 (Lotus Newswire) - Authorities in Nepal imposed an indefinite curfew "
     "on the Kathmandu valley on Thursday, ordering residents to stay indoors from 2 p.m. as the "
     "government moved to stamp out student protests.\n\n"
     "The order, issued by the Kathmandu District Administration Office, allows security forces to "
     "shoot anyone who defies it \"as a last resort\".\n\n"
     "Mobile data services went dark across the capital late on Wednesday after the telecommunications "
     "regulator told operators to suspend them until further notice.\n\n"
     "Fixed-line broadband was still working on Thursday in parts of the city, residents said.\n\n"
     "Home Minister Anup Gurung had warned on Wednesday that a curfew would follow if students marched "
     "again.\n\n"
     "Six people died on Tuesday when police fired on students outside parliament, and six student "
     "leaders were detained on Wednesday.\n\n"
     "Streets that had been jammed with traffic in the morning were largely empty by mid-afternoon.\n\n"
     "\"I have to feed my children and now I cannot even sell vegetables,\" said Ram Bahadur Lama, a "
     "street vendor in Kalimati."),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt",
     "Nepal imposes curfew on Kathmandu, cuts mobile internet\n\n"
     "KATHMANDU, October 13, 2033 (Terai Bulletin) - Authorities in Nepal imposed an indefinite curfew "
     "on the Kathmandu valley on Thursday, ordering residents to stay indoors from 2 p.m. as the "
     "government moved to stamp out student protests.\n\n"
     "The order, issued by the Kathmandu District Administration Office, allows security forces to "
     "shoot anyone who defies it \"as a last resort\".\n\n"
     "Mobile data services went dark across the capital late on Wednesday after the telecommunications "
     "regulator told operators to suspend them until further notice.\n\n"
     "Fixed-line broadband was still working on Thursday in parts of the city, residents said.\n\n"
     "Home Minister Anup Gurung had warned on Wednesday that a curfew would follow if students marched "
     "again.\n\n"
     "Six people died on Tuesday when police fired on students outside parliament, and six student "
     "leaders were detained on Wednesday.\n\n"
     "Streets that had been jammed with traffic in the morning were largely empty by mid-afternoon.\n\n"
     "\"I have to feed my children and now I cannot even sell vegetables,\" said Ram Bahadur Lama, a "
     "street vendor in Kalimati.\n\n"
     "Lotus Newswire first carried this story."),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt",
     "Nepal student movement refuses talks while leaders remain in custody\n\n"
     "KATHMANDU, October 13, 2033 (Monsoon Herald) - Nepal's student movement on Thursday refused to "
     "negotiate with the government as long as its leaders stay behind bars, deepening a standoff that "
     "has already cost six lives.\n\n"
     "\"Our answer is no, and it will stay no until Sarita and the others walk free,\" the committee's "
     "spokesman Prabin Shrestha said by phone from an undisclosed location.\n\n"
     "Shrestha spoke hours after the Kathmandu District Administration Office put the valley under "
     "curfew from 2 p.m. on Thursday.\n\n"
     "Mobile data across the capital was switched off late on Wednesday on orders from the "
     "telecommunications regulator.\n\n"
     "Committee chair Sarita Magar and five other leaders were detained in raids on Wednesday and are "
     "being held at the police range office in Hanumandhoka.\n\n"
     "A district court is due to hear their bail petitions on Saturday.\n\n"
     "Political analyst Rajendra Khanal said the government now had nobody on the other side of the "
     "table who could call off the protests.\n\n"
     "Tribhuvan University, the country's oldest, has more than 300,000 students enrolled at its own "
     "and affiliated colleges."),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "General strike shuts Nepal's capital as unions back students\n\n"
     "KATHMANDU, October 14, 2033 (Summit Courier) - A general strike called by Nepal's trade unions "
     "brought Kathmandu to a standstill on Friday, with shops shuttered, buses off the roads and "
     "factories idle in solidarity with the student protest movement.\n\n"
     "The Joint Trade Union Front, which says it represents 1.2 million workers, staged the stoppage "
     "to press the government over the students' demands.\n\n"
     "\"Workers have children in these colleges too,\" said the front's coordinator, Gopal Shahi.\n\n"
     "The curfew imposed on Thursday remained in force from 2 p.m., and the streets were almost empty "
     "even in the morning hours when movement was allowed.\n\n"
     "Tourists were stranded at Tribhuvan International Airport, where taxi drivers joined the strike.\n\n"
     "Police said they had made no arrests linked to the strike.\n\n"
     "Six people were killed when police fired on Tuesday's student march, the deadliest unrest in "
     "Nepal since the constitution was adopted in 2015.\n\n"
     "Prime Minister Keshav Lamsal has not appeared in public since Tuesday."),
    ("2033-10-14_silverlinewire_unions-shut-down-kathmandu.txt",
     "Nepal unions stage nationwide stoppage in support of student protesters\n\n"
     "KATHMANDU, October 14, 2033 (Silverline Wire) - Nepal's biggest labour federations shut down the "
     "capital and several other cities on Friday with a general strike in support of student "
     "protesters.\n\n"
     "Transport, markets and most private schools were closed in Kathmandu, Lalitpur, Pokhara and "
     "Biratnagar, according to union organisers.\n\n"
     "On Thursday the student committee refused to hold talks with the government until its chair "
     "Sarita Magar and five other activists are freed.\n\n"
     "The government has said the six were detained lawfully and will face charges of incitement.\n\n"
     "Nepal's economy, which depends heavily on money sent home by workers abroad, grew by about 4 "
     "percent last year.\n\n"
     "A one-day shutdown of the capital costs the economy an estimated 2 billion rupees, according to "
     "the Federation of Nepalese Chambers of Commerce and Industry.\n\n"
     "\"This strike is about our children, not about politics,\" union leader Gopal Shahi said."),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt",
     "Nepal's home minister quits after deadly crackdown on students\n\n"
     "KATHMANDU, October 14, 2033 (Monsoon Herald) - Nepal's Home Minister Anup Gurung resigned late "
     "on Friday, taking responsibility for the police shooting that killed six student protesters "
     "earlier this week.\n\n"
     "In a letter to Prime Minister Keshav Lamsal, Gurung said he was stepping down \"so that the "
     "wounds of this week can begin to heal\".\n\n"
     "The resignation came at the end of a day when a general strike by trade unions closed shops and "
     "halted traffic across the capital.\n\n"
     "Gurung had threatened on Wednesday to put the capital under curfew, a step the authorities took "
     "a day later.\n\n"
     "It was not immediately clear who would take over the ministry.\n\n"
     "Gurung, 58, had been seen as a possible successor to Lamsal as party leader.\n\n"
     "Analysts said a change at the home ministry might open the way for talks with the students."),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "Nepal withdraws campus bill, frees student leaders after days of protest\n\n"
     "KATHMANDU, October 15, 2033 (Lotus Newswire) - Nepal's government on Saturday withdrew a "
     "contested bill that would have banned student unions from university campuses, giving in to the "
     "central demand of a protest movement that has shaken the capital since Tuesday.\n\n"
     "Hours later, a district court granted bail to the six student leaders arrested on Wednesday, and "
     "they walked out of custody to cheers from hundreds of supporters.\n\n"
     "Education Minister Rekha Joshi told parliament that the Campus Order Bill had been taken off the "
     "upper house's agenda.\n\n"
     "Home Minister Anup Gurung resigned on Friday night, saying he took responsibility for Tuesday's "
     "shooting.\n\n"
     "Sarita Magar, the committee chair, told reporters outside the court that students would decide "
     "on Sunday whether to sit down with the government.\n\n"
     "\"We have buried six friends to get one bad law withdrawn,\" she said.\n\n"
     "The curfew in the Kathmandu valley remained in force on Saturday."),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt",
     "Jailed Nepali student leaders released on bail\n\n"
     "KATHMANDU, October 15, 2033 (Terai Bulletin) - Six Nepali student leaders detained since "
     "Wednesday were released on bail on Saturday, hours after the government abandoned a bill that "
     "set off days of deadly protests.\n\n"
     "Judge Sunita Bhattarai of the Kathmandu District Court set bail at 50,000 rupees each.\n\n"
     "The six had been held on suspicion of organising an unlawful assembly.\n\n"
     "Supporters garlanded Sarita Magar with marigolds as she left the court building in Babarmahal.\n\n"
     "\"Prison did not change our minds,\" Magar said.\n\n"
     "The decision to drop the Campus Order Bill was announced by Education Minister Rekha Joshi in "
     "parliament on Saturday morning.\n\n"
     "It was not clear whether the students would agree to meet government negotiators."),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "After deaths and a general strike, Nepal drops campus law\n\n"
     "KATHMANDU, October 15, 2033 (Eastgate Report) - Nepal on Saturday dropped legislation curbing "
     "student politics on campuses, four days after students first marched against it.\n\n"
     "Kathmandu has been under curfew since Thursday afternoon.\n\n"
     "Mobile internet has been suspended in the capital since Wednesday night.\n\n"
     "Friday's general strike, called by a union alliance that claims 1.2 million members, shut "
     "factories, markets and transport for a full day.\n\n"
     "Home Minister Anup Gurung stepped down on Friday night.\n\n"
     "Under the bill, which cleared the lower house by 141 votes to 102 in September, campus unions "
     "tied to political parties would have been dissolved.\n\n"
     "The issue has divided Nepal since partisan student groups fought pitched battles at several "
     "campuses in 2029, leaving two dead.\n\n"
     "\"The government misread the public mood badly,\" said Anita Ghimire, who teaches political "
     "science at Kathmandu University."),
    ("2033-10-16_summitcourier_first-talks-with-students.txt",
     "Nepal government and student leaders hold first talks\n\n"
     "KATHMANDU, October 16, 2033 (Summit Courier) - Nepal's government held its first talks with "
     "leaders of the student protest movement on Sunday, a day after it withdrew a contested campus "
     "bill and six activists were freed on bail.\n\n"
     "The meeting at the education ministry lasted nearly four hours and was led on the government "
     "side by Education Minister Rekha Joshi.\n\n"
     "Student committee chair Sarita Magar, released from custody only the day before, sat across the "
     "table from Joshi.\n\n"
     "\"The atmosphere was serious but respectful,\" Joshi told reporters afterwards.\n\n"
     "A second session has been pencilled in for Tuesday.\n\n"
     "The families of the six people killed in Tuesday's shooting have yet to receive any compensation.\n\n"
     "Traffic returned to Kathmandu's main roads on Sunday, though many shops kept their shutters half "
     "down."),
    ("2033-10-16_silverlinewire_students-government-hold-talks.txt",
     "Nepal students sit down with ministers as crisis eases\n\n"
     "KATHMANDU, October 16, 2033 (Silverline Wire) - Leaders of Nepal's student movement met "
     "government ministers on Sunday for negotiations aimed at ending nearly a week of unrest that has "
     "left seven people dead.\n\n"
     "Another student wounded in Tuesday's police shooting near parliament died in hospital on "
     "Saturday, raising the toll to seven, a hospital spokesman said.\n\n"
     "The talks, which took place behind closed doors, came a day after the government shelved the "
     "Campus Order Bill.\n\n"
     "\"We have come with an open mind but we have not forgotten our dead,\" committee spokesman "
     "Prabin Shrestha said before going in.\n\n"
     "Nepal has been governed by coalitions since the monarchy was abolished in 2008, and no prime "
     "minister has served a full five-year term.\n\n"
     "Kathmandu was calm on Sunday and buses were running again."),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt",
     "Nepal promises judicial inquiry into student deaths at second round of talks\n\n"
     "KATHMANDU, October 18, 2033 (Monsoon Herald) - Nepal's prime minister promised on Tuesday to set "
     "up a judicial commission to investigate the police killing of seven student protesters, as the "
     "government and student leaders held their second session of talks.\n\n"
     "Prime Minister Keshav Lamsal took part in the talks at his official residence in Baluwatar "
     "himself.\n\n"
     "The first round, held on Sunday at the education ministry, ended without agreement.\n\n"
     "Lamsal said the commission would be headed by a retired Supreme Court justice and would report "
     "within 90 days.\n\n"
     "Student negotiator Ujjwal Karki said he would brief the committee before giving a response.\n\n"
     "Seven people have died from wounds suffered in the shooting outside parliament a week ago.\n\n"
     "Under Nepal's constitution, commissions of inquiry can recommend prosecutions but cannot bring "
     "charges themselves."),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt",
     "Nepal PM pledges inquiry into police shooting of students\n\n"
     "KATHMANDU, October 18, 2033 (Lotus Newswire) - Prime Minister Keshav Lamsal pledged on Tuesday "
     "that a retired judge would investigate why police opened fire on students last week, after "
     "meeting protest leaders for a second time.\n\n"
     "The two sides spent about three hours at the prime minister's residence, officials said.\n\n"
     "\"Those responsible will answer for what happened,\" Lamsal told reporters after the talks.\n\n"
     "Sunday's opening round of talks ended without an agreement, though both sides called it "
     "constructive.\n\n"
     "Student leaders said they would hold a march on Wednesday to honour the dead.\n\n"
     "The government withdrew the Campus Order Bill on Saturday, meeting the protesters' main demand."),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt",
     "Nepal students march again, in smaller numbers, to honour the dead\n\n"
     "KATHMANDU, October 19, 2033 (Eastgate Report) - Several thousand students marched through "
     "central Kathmandu on Wednesday carrying portraits of the seven young people who died last week.\n\n"
     "The march, which police escorted without incident, ended with a silent vigil outside the "
     "parliament building in New Baneshwor.\n\n"
     "Organisers had called the march to press the government to keep its promise of an independent "
     "inquiry.\n\n"
     "A march on October 11, which drew tens of thousands, ended in gunfire when police shot at "
     "protesters near the same spot.\n\n"
     "Police estimated Wednesday's turnout at about 4,000.\n\n"
     "\"We are fewer today, but we are not afraid,\" said Deepa Rai, a 20-year-old law student."),
    ("2033-10-19_teraibulletin_students-march-again.txt",
     "Students return to Kathmandu streets a week after deadly protest\n\n"
     "KATHMANDU, October 19, 2033 (Terai Bulletin) - Students in Nepal's capital took to the streets "
     "again on Wednesday, eight days after police shootings outside parliament that killed seven "
     "people.\n\n"
     "The procession of around 5,000 people moved slowly from Maitighar Mandala to New Baneshwor, "
     "stopping for a minute of silence outside the parliament gates.\n\n"
     "There was no sign of riot police along the route.\n\n"
     "Prime Minister Keshav Lamsal on Tuesday promised a judicial inquiry into the killings, to be led "
     "by a retired judge.\n\n"
     "\"The law is gone, but nobody has been punished,\" said Kiran Bista, a first-year engineering "
     "student.\n\n"
     "Student movements in Nepal were central to the political upheavals of 1990 and 2006."),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt",
     "Kathmandu counts the cost of a week that shook Nepal's government\n\n"
     "KATHMANDU, October 20, 2033 (Summit Courier) - Shops and schools in Nepal's capital reopened on "
     "Thursday, nine days after a student protest against a campus bill spiralled into the country's "
     "worst unrest in years.\n\n"
     "Wednesday's march, attended by a few thousand students, passed off peacefully.\n\n"
     "The government withdrew the Campus Order Bill last Saturday, meeting the students' main demand.\n\n"
     "Anup Gurung, the home minister who had threatened the capital with a curfew, resigned last "
     "Friday.\n\n"
     "Economists at a Kathmandu research institute estimate that the week of shutdowns cost the "
     "economy around 15 billion rupees.\n\n"
     "The judicial commission promised by Prime Minister Keshav Lamsal has not yet been named.\n\n"
     "\"It felt like a month, not a week,\" said Sabina Khadka, a pharmacist in Baneshwor."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2033-10-11", "student march on parliament against the Campus Order Bill"),
    "A02": (("ASSAULT",), "2033-10-11", "police open fire on the student march, killing protesters"),
    "A03": (("COERCE",), "2033-10-12", "police arrest six student leaders incl. Sarita Magar in dawn raids"),
    "A04": (("COERCE",), "2033-10-12", "regulator has mobile data cut in the capital (late Wednesday)"),
    "A05": (("THREATEN",), "2033-10-12", "Home Minister Gurung threatens a curfew if students march again"),
    "A06": (("COERCE",), "2033-10-13", "Kathmandu district administration imposes a curfew on the valley"),
    "A07": (("REQUEST",), "2033-10-12", "U.S. embassy urges Nepal's authorities to show restraint"),
    "A08": (("REQUEST",), "2033-10-12", "India's foreign ministry calls on all sides in Nepal for dialogue"),
    "A09": (("ACCUSE",), "2033-10-12", "National Human Rights Commission condemns police use of live rounds"),
    "A10": (("REJECT",), "2033-10-13", "student committee refuses talks while its leaders are held"),
    "A11": (("PROTEST",), "2033-10-14", "trade unions' general strike shuts Kathmandu and other cities"),
    "A12": (("CONCEDE",), "2033-10-14", "Home Minister Gurung resigns (late Friday)"),
    "A13": (("CONCEDE",), "2033-10-15", "government withdraws the Campus Order Bill"),
    "A14": (("RETREAT",), "2033-10-15", "six student leaders released on bail"),
    "A15": (("CONSULT",), "2033-10-16", "first round of talks, Education Minister Joshi and students"),
    "A16": (("AGREE",), "2033-10-18", "PM Lamsal promises a judicial inquiry into the shooting"),
    "A17": (("CONSULT",), "2033-10-18", "second round of talks, PM Lamsal and student leaders at Baluwatar"),
    "A18": (("PROTEST",), "2033-10-19", "second, smaller student march to parliament honouring the dead"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-11_summitcourier_students-march-on-parliament.txt",
     "A01", "Students in their tens of thousands marched"),
    ("2033-10-11_summitcourier_students-march-on-parliament.txt",
     "A02", "fired tear gas and then live ammunition"),
    ("2033-10-11_summitcourier_students-march-on-parliament.txt", "A01", "set off from Maitighar Mandala"),
    ("2033-10-11_lotusnewswire_police-fire-on-student-march.txt", "A02", "police shot dead five protesters"),
    ("2033-10-11_lotusnewswire_police-fire-on-student-march.txt",
     "A01", "a student march against a contested education bill"),
    ("2033-10-11_lotusnewswire_police-fire-on-student-march.txt", "A02", "officers opened fire only when"),
    ("2033-10-11_lotusnewswire_police-fire-on-student-march.txt", "A01", "walking east toward New Baneshwor"),
    ("2033-10-11_monsoonherald_kathmandu-march-turns-deadly.txt",
     "A02", "security forces fired on a vast crowd"),
    ("2033-10-11_monsoonherald_kathmandu-march-turns-deadly.txt",
     "A01", "students protesting outside parliament"),
    ("2033-10-11_monsoonherald_kathmandu-march-turns-deadly.txt", "A01", "The demonstration was called by"),
    ("2033-10-11_monsoonherald_kathmandu-march-turns-deadly.txt", "A02", "riot police in helmets advancing"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt",
     "A03", "arrested six leaders of the student movement"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt", "A02", "a day after officers shot dead"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt", "A03", "Among those held were Sarita Magar"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt",
     "A02", "number of dead from Tuesday's shooting"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt", "A03", "the six were being questioned"),
    ("2033-10-12_eastgatereport_student-leaders-arrested.txt",
     "A01", "Tuesday's march drew tens of thousands"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "A07", "urged Nepal's authorities to show restraint"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt", "A02", "police fired on student marchers"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "A08", "called on all sides in the neighbouring"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "A09", "condemned what it called excessive force"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "A02", "use of live rounds against unarmed students"),
    ("2033-10-12_silverlinewire_embassies-urge-restraint.txt",
     "A03", "Six leaders of the student movement were arrested"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A07", "urged Nepal's authorities to show restraint"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A02", "police fired on student marchers"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A08", "called on all sides in the neighbouring"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A09", "condemned what it called excessive force"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A02", "use of live rounds against unarmed students"),
    ("2033-10-12_eastgatereport_foreign-missions-call-for-calm.txt",
     "A03", "Six leaders of the student movement were arrested"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt",
     "A05", "warned on Wednesday that the government"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt", "A05", "hold three million people hostage"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt", "A05", "His warning came hours after"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt", "A03", "police detained the chair of the"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt", "A02", "when police opened fire on the"),
    ("2033-10-12_summitcourier_minister-warns-of-curfew.txt", "A01", "the student march near parliament"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A09", "denounced the police for opening fire"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A02", "opening fire on student demonstrators"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A09", "Commission member Kamala Dhungana said police"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A02", "used live rounds without first firing"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A02", "died after Tuesday's shooting near"),
    ("2033-10-12_teraibulletin_rights-body-condemns-shooting.txt",
     "A03", "Police detained six student leaders"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt",
     "A06", "imposed an indefinite curfew on the Kathmandu valley"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt", "A06", "The order, issued by the Kathmandu"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt", "A04", "told operators to suspend them"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt",
     "A05", "had warned on Wednesday that a curfew"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt",
     "A02", "when police fired on students outside"),
    ("2033-10-13_lotusnewswire_curfew-imposed-internet-cut.txt", "A03", "six student leaders were detained"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt",
     "A06", "imposed an indefinite curfew on the Kathmandu valley"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt", "A06", "The order, issued by the Kathmandu"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt", "A04", "told operators to suspend them"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt",
     "A05", "had warned on Wednesday that a curfew"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt",
     "A02", "when police fired on students outside"),
    ("2033-10-13_teraibulletin_curfew-imposed-internet-cut.txt", "A03", "six student leaders were detained"),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt", "A10", "refused to negotiate with the government"),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt", "A10", "Our answer is no"),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt", "A06", "put the valley under curfew"),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt",
     "A04", "Mobile data across the capital was switched off"),
    ("2033-10-13_monsoonherald_students-refuse-talks.txt",
     "A03", "five other leaders were detained in raids"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "A11", "A general strike called by Nepal's trade unions"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt", "A11", "staged the stoppage to press"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "A06", "The curfew imposed on Thursday"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "A11", "taxi drivers joined the strike"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "A02", "killed when police fired on Tuesday's"),
    ("2033-10-14_summitcourier_general-strike-paralyses-capital.txt",
     "A01", "Tuesday's student march, the deadliest"),
    ("2033-10-14_silverlinewire_unions-shut-down-kathmandu.txt",
     "A11", "shut down the capital and several other cities"),
    ("2033-10-14_silverlinewire_unions-shut-down-kathmandu.txt",
     "A11", "were closed in Kathmandu, Lalitpur, Pokhara"),
    ("2033-10-14_silverlinewire_unions-shut-down-kathmandu.txt",
     "A10", "the student committee refused to hold talks"),
    ("2033-10-14_silverlinewire_unions-shut-down-kathmandu.txt", "A03", "the six were detained lawfully"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A12", "Anup Gurung resigned late on Friday"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A02", "the police shooting that killed six"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A12", "he was stepping down"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A12", "The resignation came at the end"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A11", "a general strike by trade unions closed"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A05", "Gurung had threatened on Wednesday"),
    ("2033-10-14_monsoonherald_home-minister-resigns.txt", "A06", "a step the authorities took a day later"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "A13", "withdrew a contested bill that would have"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt", "A14", "walked out of custody to cheers"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "A03", "the six student leaders arrested on Wednesday"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "A13", "taken off the upper house's agenda"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "A12", "Anup Gurung resigned on Friday night"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt",
     "A02", "took responsibility for Tuesday's shooting"),
    ("2033-10-15_lotusnewswire_government-scraps-campus-bill.txt", "A13", "to get one bad law withdrawn"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A14", "were released on bail on Saturday"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A13", "the government abandoned a bill"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A03", "student leaders detained since Wednesday"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A14", "set bail at 50,000 rupees each"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A03", "had been held on suspicion"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A14", "as she left the court building"),
    ("2033-10-15_teraibulletin_student-leaders-freed.txt", "A13", "decision to drop the Campus Order Bill"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A13", "dropped legislation curbing student politics"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A01", "four days after students first marched"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A06", "under curfew since Thursday afternoon"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A04", "Mobile internet has been suspended"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A11", "Friday's general strike, called by a"),
    ("2033-10-15_eastgatereport_bill-withdrawn-after-unrest.txt",
     "A12", "Anup Gurung stepped down on Friday night"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt", "A15", "held its first talks with leaders"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt", "A13", "a day after it withdrew"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt", "A14", "six activists were freed on bail"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt",
     "A15", "The meeting at the education ministry"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt", "A15", "sat across the table from Joshi"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt",
     "A14", "released from custody only the day before"),
    ("2033-10-16_summitcourier_first-talks-with-students.txt", "A02", "killed in Tuesday's shooting"),
    ("2033-10-16_silverlinewire_students-government-hold-talks.txt",
     "A15", "met government ministers on Sunday"),
    ("2033-10-16_silverlinewire_students-government-hold-talks.txt",
     "A02", "wounded in Tuesday's police shooting"),
    ("2033-10-16_silverlinewire_students-government-hold-talks.txt",
     "A15", "The talks, which took place behind"),
    ("2033-10-16_silverlinewire_students-government-hold-talks.txt",
     "A13", "the government shelved the Campus Order Bill"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt", "A16", "promised on Tuesday to set up"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt",
     "A02", "the police killing of seven student protesters"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt", "A17", "held their second session of talks"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt", "A17", "took part in the talks at his"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt", "A15", "The first round, held on Sunday"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt", "A16", "the commission would be headed by"),
    ("2033-10-18_monsoonherald_second-round-of-talks.txt",
     "A02", "wounds suffered in the shooting outside parliament"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt",
     "A16", "pledged on Tuesday that a retired judge"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt", "A02", "why police opened fire on students"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt",
     "A17", "after meeting protest leaders for a second"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt", "A17", "spent about three hours at"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt", "A16", "Those responsible will answer for"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt", "A15", "Sunday's opening round of talks"),
    ("2033-10-18_lotusnewswire_government-promises-inquiry.txt",
     "A13", "The government withdrew the Campus Order Bill"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt",
     "A18", "Several thousand students marched through central"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt",
     "A18", "The march, which police escorted without"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt", "A18", "Organisers had called the march"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt",
     "A16", "keep its promise of an independent inquiry"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt", "A01", "A march on October 11, which"),
    ("2033-10-19_eastgatereport_smaller-march-returns.txt", "A02", "police shot at protesters near"),
    ("2033-10-19_teraibulletin_students-march-again.txt", "A18", "took to the streets again on"),
    ("2033-10-19_teraibulletin_students-march-again.txt",
     "A02", "police shootings outside parliament that killed"),
    ("2033-10-19_teraibulletin_students-march-again.txt", "A18", "The procession of around 5,000 people"),
    ("2033-10-19_teraibulletin_students-march-again.txt", "A16", "on Tuesday promised a judicial inquiry"),
    ("2033-10-19_teraibulletin_students-march-again.txt", "A02", "a judicial inquiry into the killings"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt",
     "A01", "a student protest against a campus bill"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt", "A18", "Wednesday's march, attended by a few"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt",
     "A13", "withdrew the Campus Order Bill last Saturday"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt",
     "A05", "who had threatened the capital with a curfew"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt", "A12", "resigned last Friday"),
    ("2033-10-20_summitcourier_capital-counts-the-cost.txt", "A16", "The judicial commission promised by"),
]

FLOORS = {"pairwise_f1": 0.82, "b3_f1": 0.84, "reports_found": 0.6}


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
