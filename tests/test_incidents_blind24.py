"""The twenty-fourth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of India-Pakistan tension along the Line of Control in Kashmir in April 2034. Pakistani
troops shell Indian villages in Poonch on one night (India counts three dead, then five) and Indian army posts
near Uri three nights later (India counts two soldiers dead, Pakistan claims eleven); militants storm a police
post in Pulwama and police arrest four suspects; India downs a Pakistani drone; India and Pakistan each expel
a diplomat on the same day; Pakistan warns it may shut its airspace to Indian airlines and two days later does
so; Washington and Beijing each urge restraint on the same day; the two armies' operations chiefs talk on
their hotline twice, three days apart; Pakistan's prime minister offers a neutral investigation and India
turns it down; a ceasefire is declared, holds, and is welcomed by the UN secretary-general.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(credit line changed, a "This report first appeared on" credit line added) and one is a lightly edited copy.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives (a
second only where the codebook allows two readings: closing airspace to a country's airlines is both an
embargo and a ban); its date is the day it happened. REPORTS lists every body sentence (headlines are not
reports) that reports an act that happened, background recaps in later reports and quotes that tell the act
included, with a verbatim cue found once in its file. Not listed: planned, promised-but-not-done,
threatened-but-not-done, hypothetical or denied acts (the threat, the offer and the rejection themselves are
acts), acts more than a year before, tallies and figures, opinions. No sentence reports two acts of the same
type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit bc97376 (the eighth 2026-12-01 session's code after its first change, a cleaning step;
its coder is 2e90f1c's; written to be read), with `figures`: **pairwise F1 0.739** (precision 0.932, recall
0.613), B-cubed F1 0.843, reports found 0.763.
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
    ("2034-04-04_granite_poonch-shelling.txt",
     "Pakistani shelling kills three villagers in Poonch, Indian officials say\n\n"
     "JAMMU, April 4, 2034 (Granite Wire Service) - Pakistani troops pounded a string of Indian border "
     "villages in Poonch district with mortar and artillery rounds late on Monday, killing three "
     "civilians and wounding nine, Indian officials said on Tuesday.\n\n"
     "Among the dead were a retired schoolteacher and his teenage daughter, according to the district's "
     "deputy commissioner, Anjali Verma. Indian officials said the Pakistani barrage hit at least 30 "
     "houses in Degwar and two neighbouring villages.\n\n"
     "In New Delhi, the foreign ministry summoned Pakistan's deputy high commissioner on Tuesday "
     "afternoon and handed him a formal protest over the civilian deaths.\n\n"
     "\"Nobody in this village slept last night, and the children are still trembling,\" said Mohammad "
     "Yousuf, 54, who runs a grocery stall in Degwar.\n\n"
     "The two countries first settled on a truce over the Line of Control in 2003 and recommitted to it "
     "in 2021, yet exchanges of fire have broken out again and again in the years since."),
    ("2034-04-04_monsoon_villagers-flee-poonch.txt",
     "Villagers flee Poonch border hamlets after night of cross-border fire\n\n"
     "POONCH, April 4, 2034 (Monsoon Dispatch) - Hundreds of villagers piled their belongings onto "
     "tractors and headed away from the frontier on Tuesday after Pakistani artillery hammered their "
     "hamlets overnight, leaving three people dead.\n\n"
     "Police in the district put the number of wounded at nine, two of them in a critical condition.\n\n"
     "\"We have nowhere safe to go, so we are going to my sister's house in Mendhar,\" said Rukhsana "
     "Begum, 38, clutching a bundle of quilts.\n\n"
     "Indian army officers said Pakistani gunners opened fire just before midnight on Monday, striking "
     "homes, a cattle shed and a small government school. Police said Pakistani mortar rounds also "
     "landed near the district hospital.\n\n"
     "Border residents say the area had been spared heavy firing for most of the past three years, and "
     "many families had started rebuilding houses damaged in earlier clashes."),
    ("2034-04-04_kestrel_india-protest-toll-five.txt",
     "India lodges protest with Pakistan as Poonch death toll climbs to five\n\n"
     "NEW DELHI, April 4, 2034 (Kestrel News Agency) - India called in Pakistan's second-most senior "
     "diplomat on Tuesday to protest against overnight shelling in Kashmir that Indian officials said "
     "had killed five civilians, after two injured women died in hospital.\n\n"
     "The deputy high commissioner, Imran Siddiqui, was given a note of protest at the foreign "
     "ministry's South Block offices, ministry spokesman Arvind Mehra told reporters. \"The deliberate "
     "targeting of civilians is unacceptable, and we have conveyed this in the clearest terms,\" Mehra "
     "said.\n\n"
     "Pakistani forces fired mortars and heavy guns at villages in Poonch district late on Monday, "
     "according to the Indian army.\n\n"
     "Relations between the neighbours have been largely frozen since 2019, with trade suspended and "
     "both diplomatic missions cut to skeleton staff.\n\n"
     "Meera Sethi, a security analyst at a New Delhi research institute, said the scale of the firing "
     "pointed to \"a deliberate signal rather than a local flare-up\"."),
    ("2034-04-05_silverpine_gunmen-storm-police-post.txt",
     "Gunmen storm police post in Kashmir, killing four officers\n\n"
     "SRINAGAR, April 5, 2034 (Silverpine Press) - Militants carrying assault rifles and grenades "
     "stormed a police post in Pulwama, in the south of the Kashmir valley, before dawn on Wednesday, "
     "killing four policemen and wounding three others, officials said.\n\n"
     "The attackers fled into nearby orchards after a gunfight that lasted about forty minutes, a "
     "senior police officer said. The officer said the attackers had crept up through the orchards and "
     "opened fire on the sentry before throwing grenades into the barracks.\n\n"
     "An obscure outfit using the name Kashmir Liberation Brigade said in a social media message that "
     "its gunmen were behind the raid.\n\n"
     "Inspector General Rakesh Bhat, the region's top police officer, said the post guarded a highway "
     "bridge and was manned by eleven men. \"These boys were guarding a bridge, not fighting a war,\" "
     "Bhat said, his voice breaking at a wreath-laying ceremony in Srinagar.\n\n"
     "Official Indian figures say the armed revolt, which began in 1989, has claimed well over 40,000 "
     "lives."),
    ("2034-04-05_tamarind_police-outpost-attacked.txt",
     "Four police killed as militants raid Kashmir checkpoint\n\n"
     "SRINAGAR, April 5, 2034 (Tamarind Wire) - Suspected rebels attacked a police outpost in Indian "
     "Kashmir early on Wednesday, shooting dead four officers in the deadliest assault on the region's "
     "security forces this year, police said.\n\n"
     "The gunmen opened fire and hurled grenades at the post in the village of Lelhar in Pulwama "
     "district at about four in the morning, a police spokesman said. Three other policemen were "
     "wounded and taken to a hospital in Srinagar.\n\n\n\n"
     "\"It is a very sad morning for the force,\" said Sub-Inspector Ghulam Nabi, who had served at the "
     "post until last month.\n\n"
     "Tensions were already running high along the Line of Control after Pakistani troops shelled "
     "villages in Poonch on Monday night, killing five people."),
    ("2034-04-05_plainsman_police-outpost-attacked.txt",
     "Four police killed as militants raid Kashmir checkpoint\n\n"
     "SRINAGAR, April 5, 2034 (Plainsman Daily) - Suspected rebels attacked a police outpost in Indian "
     "Kashmir early on Wednesday, shooting dead four officers in the deadliest assault on the region's "
     "security forces this year, police said.\n\n"
     "The gunmen opened fire and hurled grenades at the post in the village of Lelhar in Pulwama "
     "district at about four in the morning, a police spokesman said. Three other policemen were "
     "wounded and taken to a hospital in Srinagar.\n\n\n\n"
     "\"It is a very sad morning for the force,\" said Sub-Inspector Ghulam Nabi, who had served at the "
     "post until last month.\n\n"
     "Tensions were already running high along the Line of Control after Pakistani troops shelled "
     "villages in Poonch on Monday night, killing five people.\n\n"
     "This report first appeared on Tamarind Wire."),
    ("2034-04-06_granite_pulwama-suspects-held.txt",
     "Indian police detain four over deadly raid on Pulwama post\n\n"
     "SRINAGAR, April 6, 2034 (Granite Wire Service) - Police in Indian Kashmir arrested four men on "
     "Thursday in connection with the militant attack on a police post in Pulwama that killed four "
     "officers a day earlier.\n\n"
     "The suspects were picked up in overnight raids in the villages of Lelhar and Rajpora, Inspector "
     "General Rakesh Bhat told reporters. Bhat said one of the four had been detained at a bus stand in "
     "Pulwama town.\n\n"
     "Wednesday's pre-dawn assault, claimed by a little-known group, was the deadliest on police in the "
     "region in more than a year.\n\n"
     "\"Our first duty is to the families of the four men we lost,\" Bhat said.\n\n"
     "Local hotel owners said bookings for the spring had already begun to slip."),
    ("2034-04-06_kestrel_pakistan-airspace-warning.txt",
     "Pakistan warns it may shut airspace to Indian airlines\n\n"
     "ISLAMABAD, April 6, 2034 (Kestrel News Agency) - Pakistan warned on Thursday that it could bar "
     "Indian airlines from its airspace if India took any further steps against Pakistani interests.\n\n"
     "\"All options are on the table, including closing our skies to Indian carriers,\" foreign office "
     "spokeswoman Nadia Qureshi told a weekly briefing.\n\n"
     "Pakistan's airspace was last shut to Indian flights for several months in 2019, forcing carriers "
     "to take longer routes to Europe and the Gulf.\n\n"
     "Airline analysts say a closure would add up to two hours to some flights between northern India "
     "and Europe and push fuel bills sharply higher.\n\n"
     "On Tuesday, India summoned a senior Pakistani diplomat to protest over civilian deaths in the "
     "Poonch sector."),
    ("2034-04-07_monsoon_uri-soldiers-killed.txt",
     "Two Indian soldiers killed in fresh Pakistani shelling near Uri\n\n"
     "BARAMULLA, April 7, 2034 (Monsoon Dispatch) - Pakistani forces shelled Indian army posts in the "
     "Uri sector of Kashmir late on Thursday, killing two soldiers, the Indian army said on Friday.\n\n"
     "Pakistan's military claimed its troops had destroyed several Indian bunkers and killed at least "
     "eleven Indian soldiers.\n\n"
     "Colonel Vikram Sandhu, an Indian army spokesman in Srinagar, said Pakistani guns opened up at "
     "about ten at night and kept firing into the early hours.\n\n"
     "On Monday night, Pakistani shelling left five villagers dead in Poonch, farther south along the "
     "de facto border.\n\n"
     "\"The pattern is escalation on a timetable,\" said Omar Farooq Malik, a retired brigadier and "
     "defence analyst in Lahore. \"Each side is testing how far the other will go.\""),
    ("2034-04-07_silverpine_drone-downed-samba.txt",
     "India says it downed Pakistani drone near Samba\n\n"
     "JAMMU, April 7, 2034 (Silverpine Press) - Indian troops shot down a Pakistani military drone that "
     "had crossed into the Samba sector before dawn on Friday, the Indian army said.\n\n"
     "An army statement said soldiers brought the aircraft down with anti-aircraft fire about 300 "
     "metres inside Indian territory. Colonel Vikram Sandhu, an army spokesman, said radar had tracked "
     "the drone for several minutes before troops opened fire on it.\n\n"
     "Pakistan's military said it had not flown any drone across the border and disowned the wreckage.\n\n"
     "Hours earlier, Pakistani artillery fire struck army posts near Uri, killing two Indian soldiers, "
     "according to the Indian army.\n\n"
     "\"Every incursion is a test of our air defences,\" said Sandhu."),
    ("2034-04-07_tamarind_diplomats-expelled.txt",
     "India and Pakistan expel diplomats in tit-for-tat moves\n\n"
     "NEW DELHI, April 7, 2034 (Tamarind Wire) - India told a Pakistani diplomat on Friday to quit its "
     "territory within two days, saying he had engaged in activities incompatible with his official "
     "status.\n\n"
     "Pakistan responded hours later by expelling an official from the Indian High Commission in "
     "Islamabad on the same grounds. A Pakistani foreign office spokeswoman said the Indian official "
     "had been handed his notice on Friday evening.\n\n"
     "Earlier on Friday, Indian troops downed a small Pakistani aircraft near Samba that the army "
     "called a surveillance drone.\n\n"
     "\"Tit-for-tat expulsions are the easiest lever to pull and the least useful,\" said Ayesha Karim, a "
     "former Pakistani diplomat who now teaches in Karachi.\n\n"
     "Foreign ministry spokesman Arvind Mehra declined to say whether further steps were being "
     "considered."),
    ("2034-04-07_granite_india-expels-envoy.txt",
     "India expels Pakistani envoy as Kashmir tensions build\n\n"
     "NEW DELHI, April 7, 2034 (Granite Wire Service) - India on Friday declared a staff member of "
     "Pakistan's High Commission persona non grata and gave him two days to leave, the latest sign of "
     "deepening strain between the neighbours.\n\n"
     "Pakistan's foreign office had given no response by late afternoon.\n\n"
     "On Thursday night, a Pakistani bombardment of Indian posts near Uri killed two soldiers, the army "
     "said. Before dawn on Friday, soldiers in the Samba sector downed a drone the army said had come "
     "from Pakistan.\n\n"
     "Police in Kashmir arrested four men on Thursday in connection with Wednesday's raid on a police "
     "post in Pulwama, in which four officers died.\n\n"
     "\"Expelling diplomats is a signal that New Delhi is running short of non-military options,\" said "
     "Meera Sethi, a security analyst in New Delhi."),
    ("2034-04-08_plainsman_pakistan-expels-indian-diplomat.txt",
     "Pakistan orders Indian diplomat out in retaliation\n\n"
     "ISLAMABAD, April 8, 2034 (Plainsman Daily) - Pakistan late on Friday gave an Indian diplomat "
     "until Sunday evening to depart, a move its foreign office described as a reciprocal step.\n\n"
     "Earlier in the day, New Delhi had expelled a member of Pakistan's mission in the Indian capital.\n\n"
     "The Indian official, who worked in the high commission's trade section, received the expulsion "
     "notice at the foreign office in Islamabad, a Pakistani official said. Indian troops also shot "
     "down a drone near Samba on Friday that India said was Pakistani.\n\n"
     "Pakistani television channels devoted hours of coverage on Saturday to the diplomatic row.\n\n"
     "Trade between the two countries, once worth more than $2 billion a year, has dwindled to a "
     "trickle of goods routed through third countries."),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt",
     "Pakistan shuts airspace to Indian flights\n\n"
     "ISLAMABAD, April 8, 2034 (Kestrel News Agency) - Pakistan shut its skies to every Indian airline "
     "on Saturday, carrying out a warning it had made two days earlier as relations between the nuclear "
     "rivals slid further.\n\n"
     "A civil aviation authority notice to pilots said Indian-registered aircraft would be barred from "
     "Pakistani skies until further notice.\n\n"
     "Indian carriers said they were rerouting affected services over the Arabian Sea.\n\n"
     "On Friday evening, Pakistan ordered an Indian diplomat to leave within two days.\n\n"
     "\"Our skies belong to us and we will decide who uses them,\" Aviation Minister Sohail Baig told "
     "reporters in Islamabad. Baig said the order covered both passenger and cargo flights operated by "
     "Indian companies.\n\n"
     "In 2019 Pakistan kept its airspace closed to Indian traffic for nearly five months after an "
     "aerial clash between the two air forces."),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt",
     "Pakistan bans Indian carriers from its skies\n\n"
     "ISLAMABAD, April 8, 2034 (Monsoon Dispatch) - Pakistan shut its skies to every Indian airline on "
     "Saturday, carrying out a warning it had made two days earlier and deepening its crisis with its "
     "eastern neighbour.\n\n"
     "A civil aviation authority notice to pilots said Indian-registered aircraft would be barred from "
     "Pakistani skies until further notice.\n\n"
     "Indian carriers said they were rerouting affected services over the Arabian Sea.\n\n"
     "On Friday evening, Pakistan ordered an Indian diplomat to leave within two days.\n\n"
     "\"Our skies belong to us and we will decide who uses them,\" Aviation Minister Sohail Baig told "
     "reporters in Islamabad. Baig said the order covered both passenger and cargo flights operated by "
     "Indian companies.\n\n"
     "In 2019 Pakistan kept its airspace closed to Indian traffic for nearly five months after an "
     "aerial clash between the two air forces.\n\n"
     "Material from Kestrel News Agency was used in this report."),
    ("2034-04-08_silverpine_washington-beijing-restraint.txt",
     "Washington and Beijing press for calm between India and Pakistan\n\n"
     "WASHINGTON, April 8, 2034 (Silverpine Press) - Secretary of State Elaine Porter urged India and "
     "Pakistan on Saturday to exercise maximum restraint and reopen direct military channels, saying "
     "the United States was deeply concerned by the violence in Kashmir.\n\n"
     "\"Nobody gains from a wider conflict between two nuclear powers,\" Porter said in a written "
     "statement.\n\n"
     "In Beijing, foreign ministry spokesman Lin Haoran called on both sides to \"stay calm and settle "
     "differences through dialogue\". Lin told a regular news briefing that China, as a neighbour of "
     "both countries, hoped they would avoid any step that could worsen the situation.\n\n"
     "Earlier on Saturday, Pakistan barred Indian airlines from its airspace.\n\n"
     "Previous crises between the two, in 2016 and 2019, eased only after intense telephone diplomacy "
     "by outside powers."),
    ("2034-04-09_granite_army-hotline-call.txt",
     "Indian, Pakistani army chiefs talk on hotline as pressure mounts\n\n"
     "NEW DELHI, April 9, 2034 (Granite Wire Service) - The generals who run military operations for "
     "India and Pakistan talked on Sunday over the hotline that links their headquarters, their first "
     "contact since the violence began, the Indian army said.\n\n"
     "Lieutenant General Harish Kandpal, who heads military operations for India, and Major General "
     "Khurram Naqvi, who holds the same post in Pakistan, were on the line for about twenty minutes, a "
     "short army statement said.\n\n"
     "The hotline, in place since the 1970s, usually carries a routine weekly call between junior "
     "officers.\n\n"
     "Sunday's call came a day after the United States urged both nations to show restraint. China, "
     "Pakistan's main diplomatic backer, issued a similar appeal on Saturday.\n\n"
     "\"One call does not make a peace process, but it beats silence,\" said Meera Sethi, the New Delhi "
     "security analyst.\n\n"
     "Pakistan's military confirmed the conversation had taken place but did not elaborate."),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt",
     "Pakistan's prime minister offers neutral probe into Kashmir police post attack\n\n"
     "ISLAMABAD, April 10, 2034 (Plainsman Daily) - Pakistani Prime Minister Tariq Hamdani offered on "
     "Monday to join a neutral investigation into last week's deadly attack on a police post in Indian "
     "Kashmir, saying his country had nothing to hide.\n\n"
     "\"If India has evidence, let credible international investigators examine it, and Pakistan will "
     "cooperate fully,\" Hamdani said in a televised address.\n\n"
     "Four Indian policemen were killed when gunmen stormed the post in Pulwama district before dawn on "
     "April 5.\n\n"
     "On Sunday, the operations chiefs of the two armies held a rare hotline conversation.\n\n"
     "Analysts in Islamabad said the proposal was aimed as much at foreign capitals as at New Delhi.\n\n"
     "Pakistan made a similar offer after a suicide bombing in Pulwama in 2019 that killed 40 Indian "
     "paramilitary police."),
    ("2034-04-11_monsoon_india-rejects-probe.txt",
     "India dismisses Pakistani offer of joint inquiry\n\n"
     "NEW DELHI, April 11, 2034 (Monsoon Dispatch) - India on Tuesday turned down an investigation "
     "proposal made by Pakistan's prime minister, calling it a diversion.\n\n"
     "\"We do not need outside investigators to tell us what happened in Pulwama, and we will not accept "
     "any,\" foreign ministry spokesman Arvind Mehra told reporters.\n\n"
     "Prime Minister Tariq Hamdani had proposed the probe in a televised speech on Monday. Police in "
     "Kashmir have held four suspects since last Thursday.\n\n"
     "Since a 1972 accord signed at Simla, India has insisted that its disputes with Pakistan be "
     "settled between the two countries alone.\n\n"
     "Indian army data shared with reporters put the number of ceasefire violations along the frontier "
     "this month at more than 60."),
    ("2034-04-12_kestrel_ceasefire-declared.txt",
     "India and Pakistan declare ceasefire along Kashmir frontier after second hotline call\n\n"
     "NEW DELHI, April 12, 2034 (Kestrel News Agency) - India and Pakistan declared a halt to all "
     "firing along the Line of Control from midnight on Wednesday after the two armies' operations "
     "chiefs talked by hotline on Wednesday afternoon.\n\n"
     "A joint statement issued by both militaries said firing would stop on every sector of the "
     "frontier.\n\n"
     "Wednesday's call lasted nearly an hour, an Indian army official said. The two generals first "
     "spoke on Sunday, in a conversation that both sides described only briefly.\n\n"
     "\"This is the right decision, and now it has to be honoured on the ground,\" said Rahul Khanna, a "
     "retired Indian army general.\n\n"
     "In Poonch, villagers who had fled last week said they would wait several days before going back."),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt",
     "Guns fall silent on Kashmir line as truce announced\n\n"
     "ISLAMABAD, April 12, 2034 (Tamarind Wire) - Pakistan and India announced a ceasefire on Wednesday "
     "evening covering the entire Line of Control in Kashmir, raising hopes of an end to the worst "
     "tension between the neighbours in years.\n\n"
     "The announcement followed a telephone conversation between the directors general of military "
     "operations of both armies, Pakistan's military media wing said. The military said the ceasefire "
     "took effect at midnight and applied to all sectors.\n\n"
     "Residents of Chakothi, a Pakistani village near the line, said they had heard no firing since "
     "nightfall.\n\n"
     "Pakistan shut its airspace to Indian airlines on Saturday, and officials in Islamabad said on "
     "Wednesday that the ban would stay in place for now.\n\n"
     "\"We have seen truces collapse within hours before, so people are cautious,\" said Zafar Iqbal, a "
     "shopkeeper in Muzaffarabad."),
    ("2034-04-13_silverpine_un-welcomes-truce.txt",
     "UN chief welcomes India-Pakistan truce as calm holds\n\n"
     "UNITED NATIONS, April 13, 2034 (Silverpine Press) - United Nations Secretary-General Haruka Sato "
     "welcomed on Thursday the ceasefire declared by India and Pakistan along the Line of Control, "
     "saying the world had watched the past ten days with alarm.\n\n"
     "A spokesman for Sato said the secretary-general hoped the truce would open the way to a broader "
     "dialogue. He said Sato had also praised the good sense of the military commanders on both sides.\n\n"
     "The truce, which the two armies declared late on Wednesday, held through its first night with no "
     "firing reported by either side, officials said.\n\n\n\n"
     "\"The next test is whether the airspace and the diplomats come back,\" said one Western envoy, "
     "speaking privately."),
    ("2034-04-13_granite_poonch-villagers-return.txt",
     "Poonch villagers trickle home as Kashmir truce holds\n\n"
     "POONCH, April 13, 2034 (Granite Wire Service) - Families who fled their homes along the Line of "
     "Control began returning on Thursday as a ceasefire between India and Pakistan held overnight.\n\n"
     "The two militaries announced the truce late on Wednesday following a telephone call between their "
     "operations chiefs.\n\n"
     "\"Our roof survived, and for now that is all I ask,\" said Kulwant Kaur, 61, as she swept broken "
     "glass from her courtyard.\n\n"
     "Farther north, near Uri, soldiers at the posts hit by Pakistani shelling on April 6 said the "
     "night had been quiet.\n\n"
     "Local officials said about 1,800 people had left villages in Poonch during the crisis, and fewer "
     "than half had returned by Thursday afternoon. Pakistan's ban on Indian flights, imposed last "
     "Saturday, remained in force."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (('ASSAULT',), "2034-04-03",
            "Pakistani troops shell Indian villages in Poonch at night (toll 3, then 5)"),
    "A02": (('ACCUSE',), "2034-04-04",
            "India's foreign ministry summons Pakistan's deputy high commissioner"),
    "A03": (('ASSAULT',), "2034-04-05", "militants attack a police post in Pulwama, killing four policemen"),
    "A04": (('COERCE',), "2034-04-06", "Kashmir police arrest four suspects over the Pulwama attack"),
    "A05": (('THREATEN',), "2034-04-06",
            "Pakistan's foreign office warns it may close airspace to Indian airlines"),
    "A06": (('ASSAULT',), "2034-04-06", "Pakistani troops shell Indian army posts near Uri at night"),
    "A07": (('ASSAULT',), "2034-04-07", "Indian troops shoot down a Pakistani drone near Samba"),
    "A08": (('SANCTION',), "2034-04-07", "India expels a Pakistani diplomat"),
    "A09": (('SANCTION',), "2034-04-07", "Pakistan expels an Indian diplomat"),
    "A10": (('SANCTION', 'COERCE'), "2034-04-08", "Pakistan closes its airspace to Indian airlines"),
    "A11": (('REQUEST',), "2034-04-08", "US secretary of state urges India and Pakistan to show restraint"),
    "A12": (('REQUEST',), "2034-04-08", "China's foreign ministry calls on both sides to stay calm"),
    "A13": (('CONSULT',), "2034-04-09",
            "Indian and Pakistani operations chiefs talk by hotline (first call)"),
    "A14": (('AGREE',), "2034-04-10", "Pakistan's prime minister offers to join a neutral investigation"),
    "A15": (('REJECT',), "2034-04-11", "India rejects Pakistan's offer of a neutral investigation"),
    "A16": (('CONSULT',), "2034-04-12",
            "Indian and Pakistani operations chiefs talk by hotline (second call)"),
    "A17": (('RETREAT',), "2034-04-12", "India and Pakistan declare a ceasefire along the Line of Control"),
    "A18": (('SUPPORT',), "2034-04-13", "UN secretary-general welcomes the ceasefire"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-04-04_granite_poonch-shelling.txt", "A01", "pounded a string of Indian border villages"),
    ("2034-04-04_granite_poonch-shelling.txt", "A02", "summoned Pakistan's deputy high commissioner"),
    ("2034-04-04_granite_poonch-shelling.txt", "A01", "the Pakistani barrage hit at least 30 houses"),
    ("2034-04-04_monsoon_villagers-flee-poonch.txt", "A01",
     "Pakistani artillery hammered their hamlets overnight"),
    ("2034-04-04_monsoon_villagers-flee-poonch.txt", "A01",
     "Pakistani gunners opened fire just before midnight"),
    ("2034-04-04_monsoon_villagers-flee-poonch.txt", "A01", "Pakistani mortar rounds also landed near"),
    ("2034-04-04_kestrel_india-protest-toll-five.txt", "A02",
     "called in Pakistan's second-most senior diplomat"),
    ("2034-04-04_kestrel_india-protest-toll-five.txt", "A01", "overnight shelling in Kashmir"),
    ("2034-04-04_kestrel_india-protest-toll-five.txt", "A02", "was given a note of protest"),
    ("2034-04-04_kestrel_india-protest-toll-five.txt", "A02", "we have conveyed this in the clearest terms"),
    ("2034-04-04_kestrel_india-protest-toll-five.txt", "A01", "fired mortars and heavy guns at villages"),
    ("2034-04-05_silverpine_gunmen-storm-police-post.txt", "A03", "stormed a police post in Pulwama"),
    ("2034-04-05_silverpine_gunmen-storm-police-post.txt", "A03",
     "fled into nearby orchards after a gunfight"),
    ("2034-04-05_silverpine_gunmen-storm-police-post.txt", "A03", "its gunmen were behind the raid"),
    ("2034-04-05_silverpine_gunmen-storm-police-post.txt", "A03", "opened fire on the sentry"),
    ("2034-04-05_tamarind_police-outpost-attacked.txt", "A03", "attacked a police outpost in Indian Kashmir"),
    ("2034-04-05_tamarind_police-outpost-attacked.txt", "A03", "hurled grenades at the post"),
    ("2034-04-05_tamarind_police-outpost-attacked.txt", "A01", "Pakistani troops shelled villages in Poonch"),
    ("2034-04-05_plainsman_police-outpost-attacked.txt", "A03",
     "attacked a police outpost in Indian Kashmir"),
    ("2034-04-05_plainsman_police-outpost-attacked.txt", "A03", "hurled grenades at the post"),
    ("2034-04-05_plainsman_police-outpost-attacked.txt", "A01",
     "Pakistani troops shelled villages in Poonch"),
    ("2034-04-06_granite_pulwama-suspects-held.txt", "A04", "arrested four men on Thursday"),
    ("2034-04-06_granite_pulwama-suspects-held.txt", "A03", "the militant attack on a police post"),
    ("2034-04-06_granite_pulwama-suspects-held.txt", "A04", "picked up in overnight raids"),
    ("2034-04-06_granite_pulwama-suspects-held.txt", "A03", "Wednesday's pre-dawn assault"),
    ("2034-04-06_granite_pulwama-suspects-held.txt", "A04", "detained at a bus stand in Pulwama town"),
    ("2034-04-06_kestrel_pakistan-airspace-warning.txt", "A05", "warned on Thursday that it could bar"),
    ("2034-04-06_kestrel_pakistan-airspace-warning.txt", "A05", "closing our skies to Indian carriers"),
    ("2034-04-06_kestrel_pakistan-airspace-warning.txt", "A02", "India summoned a senior Pakistani diplomat"),
    ("2034-04-07_monsoon_uri-soldiers-killed.txt", "A06", "shelled Indian army posts in the Uri sector"),
    ("2034-04-07_monsoon_uri-soldiers-killed.txt", "A06", "its troops had destroyed several Indian bunkers"),
    ("2034-04-07_monsoon_uri-soldiers-killed.txt", "A06", "Pakistani guns opened up at about ten"),
    ("2034-04-07_monsoon_uri-soldiers-killed.txt", "A01", "Pakistani shelling left five villagers dead"),
    ("2034-04-07_silverpine_drone-downed-samba.txt", "A07", "shot down a Pakistani military drone"),
    ("2034-04-07_silverpine_drone-downed-samba.txt", "A07",
     "brought the aircraft down with anti-aircraft fire"),
    ("2034-04-07_silverpine_drone-downed-samba.txt", "A06",
     "Pakistani artillery fire struck army posts near Uri"),
    ("2034-04-07_silverpine_drone-downed-samba.txt", "A07", "before troops opened fire on it"),
    ("2034-04-07_tamarind_diplomats-expelled.txt", "A08", "told a Pakistani diplomat on Friday to quit"),
    ("2034-04-07_tamarind_diplomats-expelled.txt", "A09",
     "expelling an official from the Indian High Commission"),
    ("2034-04-07_tamarind_diplomats-expelled.txt", "A07", "downed a small Pakistani aircraft near Samba"),
    ("2034-04-07_tamarind_diplomats-expelled.txt", "A09", "had been handed his notice on Friday evening"),
    ("2034-04-07_granite_india-expels-envoy.txt", "A08",
     "declared a staff member of Pakistan's High Commission"),
    ("2034-04-07_granite_india-expels-envoy.txt", "A06", "a Pakistani bombardment of Indian posts near Uri"),
    ("2034-04-07_granite_india-expels-envoy.txt", "A04", "Police in Kashmir arrested four men"),
    ("2034-04-07_granite_india-expels-envoy.txt", "A03", "Wednesday's raid on a police post in Pulwama"),
    ("2034-04-07_granite_india-expels-envoy.txt", "A07", "soldiers in the Samba sector downed a drone"),
    ("2034-04-08_plainsman_pakistan-expels-indian-diplomat.txt", "A09",
     "gave an Indian diplomat until Sunday evening"),
    ("2034-04-08_plainsman_pakistan-expels-indian-diplomat.txt", "A08",
     "New Delhi had expelled a member of Pakistan's mission"),
    ("2034-04-08_plainsman_pakistan-expels-indian-diplomat.txt", "A09", "received the expulsion notice"),
    ("2034-04-08_plainsman_pakistan-expels-indian-diplomat.txt", "A07",
     "shot down a drone near Samba on Friday"),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt", "A10", "shut its skies to every Indian airline"),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt", "A05", "carrying out a warning it had made"),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt", "A10", "Indian-registered aircraft would be barred"),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt", "A09", "Pakistan ordered an Indian diplomat to leave"),
    ("2034-04-08_kestrel_pakistan-shuts-airspace.txt", "A10",
     "the order covered both passenger and cargo flights"),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt", "A10", "shut its skies to every Indian airline"),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt", "A05", "carrying out a warning it had made"),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt", "A10",
     "Indian-registered aircraft would be barred"),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt", "A09",
     "Pakistan ordered an Indian diplomat to leave"),
    ("2034-04-08_monsoon_pakistan-bars-indian-airlines.txt", "A10",
     "the order covered both passenger and cargo flights"),
    ("2034-04-08_silverpine_washington-beijing-restraint.txt", "A11", "urged India and Pakistan on Saturday"),
    ("2034-04-08_silverpine_washington-beijing-restraint.txt", "A12",
     "spokesman Lin Haoran called on both sides"),
    ("2034-04-08_silverpine_washington-beijing-restraint.txt", "A10",
     "Pakistan barred Indian airlines from its airspace"),
    ("2034-04-08_silverpine_washington-beijing-restraint.txt", "A12", "hoped they would avoid any step"),
    ("2034-04-09_granite_army-hotline-call.txt", "A13", "talked on Sunday over the hotline"),
    ("2034-04-09_granite_army-hotline-call.txt", "A13", "were on the line for about twenty minutes"),
    ("2034-04-09_granite_army-hotline-call.txt", "A13", "Sunday's call came a day after"),
    ("2034-04-09_granite_army-hotline-call.txt", "A11", "the United States urged both nations"),
    ("2034-04-09_granite_army-hotline-call.txt", "A12", "issued a similar appeal on Saturday"),
    ("2034-04-09_granite_army-hotline-call.txt", "A13", "confirmed the conversation had taken place"),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt", "A14",
     "offered on Monday to join a neutral investigation"),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt", "A03",
     "deadly attack on a police post in Indian Kashmir"),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt", "A14", "Pakistan will cooperate fully"),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt", "A03", "gunmen stormed the post in Pulwama"),
    ("2034-04-10_plainsman_pakistan-offers-probe.txt", "A13", "held a rare hotline conversation"),
    ("2034-04-11_monsoon_india-rejects-probe.txt", "A15", "turned down an investigation proposal"),
    ("2034-04-11_monsoon_india-rejects-probe.txt", "A14", "proposal made by Pakistan's prime minister"),
    ("2034-04-11_monsoon_india-rejects-probe.txt", "A15", "we will not accept any"),
    ("2034-04-11_monsoon_india-rejects-probe.txt", "A14", "had proposed the probe in a televised speech"),
    ("2034-04-11_monsoon_india-rejects-probe.txt", "A04", "have held four suspects since last Thursday"),
    ("2034-04-12_kestrel_ceasefire-declared.txt", "A17", "declared a halt to all firing"),
    ("2034-04-12_kestrel_ceasefire-declared.txt", "A16", "operations chiefs talked by hotline on Wednesday"),
    ("2034-04-12_kestrel_ceasefire-declared.txt", "A17", "A joint statement issued by both militaries"),
    ("2034-04-12_kestrel_ceasefire-declared.txt", "A16", "Wednesday's call lasted nearly an hour"),
    ("2034-04-12_kestrel_ceasefire-declared.txt", "A13", "The two generals first spoke on Sunday"),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt", "A17", "announced a ceasefire on Wednesday evening"),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt", "A17", "The announcement followed"),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt", "A16",
     "a telephone conversation between the directors general"),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt", "A10",
     "Pakistan shut its airspace to Indian airlines"),
    ("2034-04-12_tamarind_kashmir-truce-announced.txt", "A17", "the ceasefire took effect at midnight"),
    ("2034-04-13_silverpine_un-welcomes-truce.txt", "A18", "welcomed on Thursday the ceasefire"),
    ("2034-04-13_silverpine_un-welcomes-truce.txt", "A17", "the ceasefire declared by India and Pakistan"),
    ("2034-04-13_silverpine_un-welcomes-truce.txt", "A18", "Sato had also praised the good sense"),
    ("2034-04-13_silverpine_un-welcomes-truce.txt", "A17", "which the two armies declared late on Wednesday"),
    ("2034-04-13_granite_poonch-villagers-return.txt", "A17", "announced the truce late on Wednesday"),
    ("2034-04-13_granite_poonch-villagers-return.txt", "A16",
     "following a telephone call between their operations chiefs"),
    ("2034-04-13_granite_poonch-villagers-return.txt", "A06", "posts hit by Pakistani shelling on April 6"),
    ("2034-04-13_granite_poonch-villagers-return.txt", "A10",
     "Pakistan's ban on Indian flights, imposed last Saturday"),
]

FLOORS = {"pairwise_f1": 0.87, "b3_f1": 0.87, "reports_found": 0.76}


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
