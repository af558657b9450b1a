"""The eighteenth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

Crisis: a failed coup in Madagascar and its aftermath over ten days of November 2033. Before dawn on Tuesday
November 8 mutinous soldiers seize the state broadcaster in Antananarivo while the president is abroad; the
army deploys armour in the capital, and loyalist troops retake the building that afternoon in a firefight
(three dead, revised to six the next day). France and the United States each call for restraint; the prime
minister imposes a night curfew. Fourteen officers are arrested on Wednesday and the returning president
promises fair trials; on Thursday the Southern African Development Community suspends the country and the
president warns that foreign diplomats who helped the plot will be expelled; the former defence minister is
arrested on Friday. The bloc's envoy meets the president on Saturday and again on Tuesday; the curfew is eased
on Sunday; an opposition rally on Monday is broken up with tear gas; the Russian ambassador is expelled on
Wednesday; on Thursday a military court frees nine of the detained officers.

Everything in it is synthetic: the outlets and the people are invented, the countries and places are real, the
events never happened and the dates lie in the future.

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the codebook gives (a second type only where
the codebook truly allows two readings) and the day it happened. REPORTS lists every body sentence (headlines
are not reports) that reports an act that happened, background recaps in later reports and quotes that tell
the act included, with a verbatim cue found once in its file; a sentence reports at most one act of each type.
Promises are AGREE, threats THREATEN and demands REQUEST acts in themselves, but the promised, threatened or
demanded act is not an act until it happens. Not listed: planned or future acts, denied acts, conditional or
hypothetical acts, acts more than a year before, statistics and tallies, opinions. One report is a verbatim
syndicated copy (another outlet's file and dateline credit, with a credit line at the end) and one a lightly
edited copy; each has its own REPORTS entries. Look-alikes that are not the same act: the two arrests (14
officers on Wednesday, the former minister on Friday), the two calls for restraint (France, the United States,
same day), the envoy's two meetings with the president (Saturday and Tuesday), the president's warning and the
expulsion it foreshadowed, and the two SANCTION acts by different actors (the bloc's suspension, the
expulsion).

Scoring: the documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the seventh 2026-12-01 session): run
once at its end, with `figures`: on its starting code (b0fff45) pairwise F1 0.745 (precision 0.794, recall
0.701), B-cubed F1 0.873; on its final code (1b77d9d) **pairwise F1 0.762** (precision 0.800, recall 0.727),
B-cubed F1 0.881.
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
    ("2033-11-08_ironwood_soldiers-seize-state-broadcaster.txt",
     "Soldiers seize Madagascar state broadcaster, announce government dissolved\n\n"
     "ANTANANARIVO, November 8, 2033 (Ironwood Wire) - Mutinous soldiers seized the headquarters of "
     "Madagascar's state broadcaster before dawn on Tuesday and read a statement on air declaring that "
     "the government of President Mamy Andrianjafy had been dissolved.\n\n"
     "The officer who read the statement identified himself as Colonel Faly Rakotomanga, commander of "
     "an engineering regiment based near the airport at Ivato.\n\n"
     "Andrianjafy was in Nairobi for a climate conference when the soldiers moved, and his office said "
     "he remained in control of the state.\n\n"
     "Hours later, army chief of staff General Lalaina Rasoanaivo ordered armoured vehicles onto the "
     "main avenues of the capital and posted troops around the presidential palace at Iavoloha.\n\n"
     "Residents of the Anosy district, where the studios look out over the lake, stayed indoors and "
     "most shops along the water remained shuttered.\n\n"
     "\"The people of this island have been betrayed by those who govern it,\" Rakotomanga said in the "
     "broadcast, which went off the air after about twenty minutes.\n\n"
     "Madagascar has a long record of military interference in politics, and an army-backed uprising "
     "brought down the government in 2009. The island of about 32 million people is due to hold a "
     "presidential election on December 4."),
    ("2033-11-08_heronpoint_mutineers-take-over-tvm.txt",
     "Mutineers take over Madagascar's TVM while president is abroad\n\n"
     "ANTANANARIVO, November 8, 2033 (Heron Point News Service) - A group of rebel troops occupied the "
     "studios of Televiziona Malagasy on Tuesday morning, knocking the national channel off its "
     "schedule to broadcast a communique announcing the suspension of all state institutions.\n\n"
     "The mutineers, put by witnesses at between 60 and 80 men, arrived in trucks shortly after 4 am, "
     "according to a security guard at the compound.\n\n"
     "Their leader, Colonel Faly Rakotomanga, is a 47-year-old engineer officer who trained in France "
     "and Morocco and had no public profile until Tuesday.\n\n"
     "A spokesman for President Andrianjafy, who was attending a conference in Kenya, said the head of "
     "state was \"following events hour by hour\" from the Kenyan capital.\n\n"
     "\"Nobody knows yet which way the rest of the army will lean,\" said Hanta Rasolofo, a lecturer in "
     "comparative politics at the capital's main university.\n\n"
     "Mobile internet was slow across the capital for much of the morning, according to the operator "
     "Nosy Telecom.\n\n"
     "The mutiny is the gravest challenge to civilian rule on the island since the army-backed transfer "
     "of power of 2009."),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt",
     "Loyalist troops retake Madagascar broadcaster; three dead\n\n"
     "ANTANANARIVO, November 8, 2033 (Monsoon Ledger) - Troops loyal to the government recaptured "
     "Madagascar's state television complex on Tuesday afternoon after a gun battle with mutineers that "
     "left at least three people dead, the army said. The dead were two soldiers and a technician who "
     "had been inside the building since the rebels took it over before sunrise, army spokesman Major "
     "Fidy Randriamampionona told reporters.\n\n"
     "The whereabouts of Colonel Faly Rakotomanga, who read the mutineers' statement on air in the "
     "morning, were unknown on Tuesday night.\n\n"
     "Late on Tuesday, Prime Minister Tovo Razanadrakoto announced a curfew from 8 pm to 5 am in "
     "Antananarivo and its suburbs, effective immediately.\n\n"
     "\"What happened this morning is a wound to the whole nation,\" Razanadrakoto said in a televised "
     "address.\n\n"
     "Earlier, the French foreign ministry had appealed to all sides to show restraint and to respect "
     "constitutional order.\n\n"
     "Madagascar, a former French colony, became independent in 1960 and has lived through several "
     "coups and attempted coups since then.\n\n"
     "State television returned to its normal schedule shortly before 7 pm with a recorded music "
     "programme."),
    ("2033-11-08_baobab_france-us-urge-restraint.txt",
     "France, United States urge restraint after Madagascar mutiny\n\n"
     "PARIS, November 8, 2033 (Baobab Newswire) - France urged Madagascar's armed forces on Tuesday to "
     "exercise restraint and avoid bloodshed, hours after rebel soldiers took control of the state "
     "broadcaster in Antananarivo.\n\n"
     "\"We ask every party to refrain from violence and to respect the institutions chosen by the "
     "Malagasy people,\" foreign ministry spokeswoman Claire Vautrin told a briefing.\n\n"
     "In Washington, the State Department also appealed for calm, with spokesman Daniel Whitcombe "
     "telling reporters that the United States wanted \"a peaceful outcome that honours the "
     "constitution\".\n\n"
     "The US embassy in Antananarivo said all of its staff were safe.\n\n"
     "By evening, loyalist forces had retaken the building after an exchange of fire in which three "
     "people were killed, according to the Malagasy army.\n\n"
     "France keeps military bases on the nearby French islands of Reunion and Mayotte, and about 18,000 "
     "French nationals live in Madagascar.\n\n"
     "The African Union Commission had made no comment by late Tuesday."),
    ("2033-11-09_seastack_curfew-empties-capital.txt",
     "Curfew empties Antananarivo's streets after day of mutiny\n\n"
     "ANTANANARIVO, November 9, 2033 (Seastack Post) - The streets of Madagascar's capital were "
     "deserted on Tuesday night after the government ordered residents to stay indoors from 8 pm until "
     "5 am.\n\n"
     "Only ambulances and cars carrying official passes were seen on the main roads.\n\n"
     "On Tuesday afternoon, loyalist soldiers drove the mutineers out of the state broadcaster in a "
     "battle that the army said killed three people.\n\n"
     "\"I heard shooting for almost an hour, then soldiers were shouting in the courtyard,\" said Lova "
     "Rakotondrabe, 34, who sells phone credit near the broadcaster's gate.\n\n"
     "Schools and the main university campus in the capital stayed closed on Wednesday.\n\n"
     "Many residents said they feared a return to the unrest of 2009, when weeks of street clashes in "
     "the capital left dozens dead.\n\n"
     "The ariary fell about 2 percent against the euro on the interbank market on Wednesday morning. "
     "Traders at the Analakely market said customers had stayed away."),
    ("2033-11-09_ironwood_officers-arrested-toll-rises.txt",
     "Madagascar arrests 14 officers over failed coup; death toll rises to six\n\n"
     "ANTANANARIVO, November 9, 2033 (Ironwood Wire) - Madagascar's gendarmerie arrested 14 army "
     "officers on Wednesday, among them Colonel Faly Rakotomanga, the alleged ringleader of the mutiny, "
     "a government spokeswoman said. Rakotomanga was detained at a farmhouse about 40 kilometres south "
     "of Antananarivo, where he had been hiding since fleeing the broadcaster, Communication Minister "
     "Voahangy Rabetsara said.\n\n"
     "The health ministry meanwhile revised the toll from Tuesday's fighting at the broadcaster up to "
     "six, from three, after two wounded soldiers and a security guard died in hospital.\n\n"
     "President Mamy Andrianjafy, who flew back from Nairobi during the night, promised in a brief "
     "address at the airport that every detained officer would get a fair trial before a civilian court.\n\n"
     "\"The republic is still standing, and it stands on its laws,\" he said.\n\n"
     "Rabetsara declined to say what charges the officers would face. Mutiny and attempts against state "
     "security carry sentences of up to life imprisonment under Malagasy law.\n\n"
     "Banks and most government offices in the capital reopened on Wednesday morning."),
    ("2033-11-09_sablecoast_president-returns-vows-fair-trials.txt",
     "Andrianjafy returns to Madagascar, vows fair trials for mutineers\n\n"
     "ANTANANARIVO, November 9, 2033 (Sable Coast Report) - President Mamy Andrianjafy returned to "
     "Antananarivo on Wednesday and pledged that the soldiers behind this week's mutiny would be tried "
     "fairly and in public.\n\n"
     "Andrianjafy, 58, landed at Ivato airport shortly after 6 am on a chartered flight from Kenya. "
     "\"Nobody will be punished without evidence, and nobody will be punished for their opinions,\" he "
     "told journalists on the tarmac.\n\n"
     "Security forces on Wednesday detained more than a dozen officers suspected of involvement in the "
     "plot, including its alleged leader, Colonel Faly Rakotomanga.\n\n"
     "The mutineers held the state broadcaster for roughly eleven hours on Tuesday.\n\n"
     "Andrianjafy, a former finance minister, won the 2028 election with 54 percent of the vote and is "
     "seeking a second term in December.\n\n"
     "Opposition leader Ony Rajaonarison said there was no way yet of knowing whether the plot had "
     "wider support inside the army.\n\n"
     "The president gave no date for any trial."),
    ("2033-11-09_monsoon_officers-arrested-toll-rises.txt",
     "Madagascar arrests 14 officers over failed coup; death toll rises to six\n\n"
     "ANTANANARIVO, November 9, 2033 (Monsoon Ledger) - Madagascar's gendarmerie arrested 14 army "
     "officers on Wednesday, among them Colonel Faly Rakotomanga, the alleged ringleader of the mutiny, "
     "a government spokeswoman said. Rakotomanga was detained at a farmhouse about 40 kilometres south "
     "of Antananarivo, where he had been hiding since fleeing the broadcaster, Communication Minister "
     "Voahangy Rabetsara said.\n\n"
     "The health ministry meanwhile revised the toll from Tuesday's fighting at the broadcaster up to "
     "six, from three, after two wounded soldiers and a security guard died in hospital.\n\n"
     "President Mamy Andrianjafy, who flew back from Nairobi during the night, promised in a brief "
     "address at the airport that every detained officer would get a fair trial before a civilian court.\n\n"
     "\"The republic is still standing, and it stands on its laws,\" he said.\n\n"
     "Rabetsara declined to say what charges the officers would face. Mutiny and attempts against state "
     "security carry sentences of up to life imprisonment under Malagasy law.\n\n"
     "Banks and most government offices in the capital reopened on Wednesday morning.\n\n"
     "This story was distributed by Ironwood Wire."),
    ("2033-11-10_heronpoint_sadc-suspends-madagascar.txt",
     "Southern African bloc suspends Madagascar after coup attempt\n\n"
     "GABORONE, November 10, 2033 (Heron Point News Service) - The Southern African Development "
     "Community suspended Madagascar from all its bodies on Thursday, saying constitutional order on "
     "the island had been shaken and had to be restored in full.\n\n"
     "The decision, announced by the bloc's executive secretary, Amos Chiwaya, takes effect immediately "
     "and will be reviewed in three months.\n\n"
     "\"A government that survives a coup attempt still has a duty to show that it governs within the "
     "law,\" Chiwaya told a news conference.\n\n"
     "The bloc's special envoy, former Zimbabwean justice minister Tendai Mushonga, is scheduled to "
     "begin talks in Antananarivo on Saturday.\n\n"
     "Madagascar was suspended from the bloc between 2009 and 2014 after an army-backed change of "
     "government.\n\n"
     "In Antananarivo, health officials put the death toll from the fighting at the state broadcaster "
     "at six on Wednesday.\n\n"
     "The Malagasy foreign ministry could not be reached on Thursday.\n\n"
     "The 16-member bloc has suspended several member states over unconstitutional changes of "
     "government in the past two decades."),
    ("2033-11-10_baobab_president-warns-foreign-diplomats.txt",
     "Madagascar president warns foreign diplomats over coup plot\n\n"
     "ANTANANARIVO, November 10, 2033 (Baobab Newswire) - President Mamy Andrianjafy warned on Thursday "
     "that any foreign diplomat found to have helped the mutineers would be expelled, as investigators "
     "widened their inquiry into the plot.\n\n"
     "\"Madagascar is a friend to all nations, but it is nobody's playground,\" Andrianjafy said in an "
     "address broadcast from the presidential palace.\n\n"
     "Two government officials, who asked not to be identified, said investigators were looking at the "
     "Russian embassy. Nobody answered the telephone at the embassy in Antananarivo on Thursday.\n\n"
     "Also on Thursday, the Southern African Development Community suspended Madagascar pending the "
     "full restoration of constitutional order.\n\n"
     "Fourteen officers, including the colonel who appeared on state television during the mutiny, have "
     "been in gendarmerie custody since Wednesday.\n\n"
     "Moscow and Antananarivo signed a defence cooperation memorandum in 2031."),
    ("2033-11-10_seastack_bloc-suspends-madagascar.txt",
     "Regional bloc SADC suspends Madagascar over mutiny\n\n"
     "GABORONE, November 10, 2033 (Seastack Post) - The Southern African Development Community "
     "suspended Madagascar from all its bodies on Thursday, saying constitutional order on the island "
     "had been shaken and must be fully restored.\n\n"
     "The decision, announced by the bloc's executive secretary, Amos Chiwaya, takes effect at once and "
     "will be reviewed after three months.\n\n"
     "\"A government that survives a coup attempt still has a duty to show that it governs within the "
     "law,\" Chiwaya told a news conference.\n\n"
     "The bloc's special envoy, Tendai Mushonga, a former justice minister of Zimbabwe, is due to begin "
     "talks in Antananarivo on Saturday.\n\n"
     "Madagascar was suspended from the bloc between 2009 and 2014 after an army-backed change of "
     "government.\n\n"
     "In Antananarivo, health officials put the death toll from the fighting at the state broadcaster "
     "at six on Wednesday.\n\n"
     "Heron Point News Service contributed reporting."),
    ("2033-11-11_sablecoast_former-defence-minister-detained.txt",
     "Former Madagascar defence minister detained over mutiny\n\n"
     "ANTANANARIVO, November 11, 2033 (Sable Coast Report) - Gendarmes detained former defence minister "
     "Rivo Andriamasinoro at his home in the capital on Friday on suspicion of financing this week's "
     "failed mutiny, his lawyer said.\n\n"
     "Andriamasinoro, who served as defence minister from 2029 to 2031 before falling out with "
     "President Mamy Andrianjafy, had been mentioned as a possible opposition candidate for December.\n\n"
     "\"My client is a patriot who has served this country for thirty years,\" lawyer Nivo Ramaroson "
     "said outside gendarmerie headquarters.\n\n"
     "Investigators have not disclosed what evidence links the former minister to the plot.\n\n"
     "On Wednesday, the gendarmerie rounded up 14 officers, including the alleged leader of the mutiny, "
     "Colonel Faly Rakotomanga.\n\n"
     "The former minister's arrest is likely to harden the mood in the opposition ahead of the December "
     "4 vote, analysts said.\n\n"
     "Madagascar's defence budget has nearly doubled since 2027, to about 190 million dollars."),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt",
     "Madagascar's ex-defence chief arrested in coup probe\n\n"
     "ANTANANARIVO, November 11, 2033 (Ironwood Wire) - Madagascar's former defence minister was "
     "arrested on Friday in connection with this week's attempted coup, the first civilian politician "
     "caught up in the investigation.\n\n"
     "Rivo Andriamasinoro, 61, was taken from his villa in the upper town by plainclothes gendarmes "
     "shortly after 7 am, according to neighbours.\n\n"
     "Communication Minister Voahangy Rabetsara declined to say what role the former minister was "
     "thought to have played.\n\n"
     "Andriamasinoro sat in the cabinet for two years until a reshuffle in 2031 and has since become "
     "one of the sharpest voices against President Mamy Andrianjafy.\n\n"
     "On Thursday, Andrianjafy warned that foreign diplomats who had aided the plot would be thrown out "
     "of the country, without naming any embassy.\n\n"
     "The president has promised fair, public trials for everyone detained over the mutiny.\n\n"
     "A curfew imposed on the capital on Tuesday night was still in place on Friday, though daytime "
     "traffic was back to normal.\n\n"
     "\"People are tired and want to go back to work,\" said taxi driver Tahina Ravelojaona."),
    ("2033-11-12_monsoon_envoy-meets-president.txt",
     "Regional envoy meets Madagascar president after suspension\n\n"
     "ANTANANARIVO, November 12, 2033 (Monsoon Ledger) - The Southern African Development Community "
     "envoy to Madagascar held talks with President Mamy Andrianjafy on Saturday, two days after the "
     "bloc suspended the island nation over this week's failed coup.\n\n"
     "Tendai Mushonga, a former Zimbabwean justice minister, spent about two hours at the Iavoloha "
     "palace and described the meeting as \"frank and useful\".\n\n"
     "\"Our aim is not to punish Madagascar but to walk with it back to full constitutional "
     "normality,\" Mushonga told reporters afterwards.\n\n"
     "A statement from the presidency said the two men had discussed the timetable for the December 4 "
     "election and the treatment of the detained officers.\n\n"
     "Mushonga is also expected to meet opposition leaders and the head of the electoral commission "
     "before leaving.\n\n"
     "On Friday, gendarmes arrested former defence minister Rivo Andriamasinoro on suspicion of "
     "supporting the mutineers.\n\n"
     "Madagascar buys about a fifth of its imports from other members of the bloc."),
    ("2033-11-12_heronpoint_mediator-in-antananarivo.txt",
     "SADC mediator in Antananarivo for talks on restoring order\n\n"
     "ANTANANARIVO, November 12, 2033 (Heron Point News Service) - The southern African bloc's mediator "
     "for Madagascar met the island's head of state on Saturday, on the first day of a visit meant to "
     "help the country move past Tuesday's mutiny.\n\n"
     "Officials at the presidency said the talks between Tendai Mushonga and President Mamy Andrianjafy "
     "lasted well into the afternoon.\n\n"
     "The bloc suspended Madagascar from its institutions on Thursday, a step it had last taken against "
     "a member state more than a decade ago.\n\n"
     "\"He is here to listen first,\" a member of the envoy's delegation said, asking not to be named.\n\n"
     "The capital was calm on Saturday, and the markets of the lower town were busy. Traders in the "
     "capital say the nightly curfew has halved their evening sales."),
    ("2033-11-13_seastack_curfew-shortened.txt",
     "Madagascar shortens capital curfew as calm returns\n\n"
     "ANTANANARIVO, November 13, 2033 (Seastack Post) - Madagascar's government eased the overnight "
     "curfew on Antananarivo on Sunday, pushing its start back to midnight, as life in the capital "
     "returned to normal five days after a failed coup.\n\n"
     "The curfew, first imposed by Prime Minister Tovo Razanadrakoto on Tuesday night, had kept "
     "residents indoors from 8 pm to 5 am. Under the new rules, announced on state radio, people must "
     "be off the streets between midnight and 4 am.\n\n"
     "\"The security situation has improved considerably,\" Razanadrakoto said.\n\n"
     "Bar and restaurant owners said the 8 pm curfew had cost them most of their custom at the start of "
     "the high season.\n\n"
     "The regional envoy, Tendai Mushonga, met President Mamy Andrianjafy on Saturday and is due to "
     "stay in the country until Wednesday.\n\n"
     "The main opposition coalition has called a rally in the city centre for Monday."),
    ("2033-11-13_baobab_curfew-cut-rally-planned.txt",
     "Antananarivo curfew cut to four hours; opposition plans rally\n\n"
     "ANTANANARIVO, November 13, 2033 (Baobab Newswire) - Authorities in Madagascar on Sunday relaxed "
     "the curfew they imposed on the capital after Tuesday's coup attempt, cutting it to four hours a "
     "night.\n\n"
     "The measure now runs from midnight to 4 am, instead of from 8 pm to 5 am, according to a decree "
     "read on national radio.\n\n"
     "Opposition leader Ony Rajaonarison said his coalition would hold a rally at the Place du 13 Mai "
     "on Monday to press for an independent inquiry into the mutiny.\n\n"
     "\"We want to know the whole truth, not the version written at the palace,\" Rajaonarison said.\n\n"
     "The regional bloc's envoy, Tendai Mushonga, sat down with President Mamy Andrianjafy on Saturday "
     "and is due to meet opposition figures early next week.\n\n"
     "Madagascar's tourism ministry said about 2,000 hotel bookings had been cancelled since the mutiny."),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt",
     "Madagascar police fire tear gas at opposition rally\n\n"
     "ANTANANARIVO, November 14, 2033 (Ironwood Wire) - Police in Madagascar's capital fired tear gas "
     "on Monday to break up a rally of several thousand opposition supporters in the city centre.\n\n"
     "The crowd had filled the Place du 13 Mai, the square at the heart of most of the island's "
     "political upheavals, by mid-morning, waving flags and singing the national anthem. Riot officers "
     "moved in shortly after noon, and protesters scattered into the side streets of Analakely as "
     "canisters landed among them.\n\n"
     "Opposition leader Ony Rajaonarison told the crowd that the country deserved \"the full truth "
     "about last week\".\n\n"
     "A police spokesman said the gathering had not been authorised and that officers had used "
     "\"proportionate means\".\n\n"
     "On Sunday, the government shortened a nightly curfew that had kept the capital indoors since the "
     "coup attempt.\n\n"
     "The mutineers behind the coup attempt had held the state broadcaster for most of last Tuesday.\n\n"
     "Andrianjafy's bid for a second term faces its first test at the ballot box on December 4."),
    ("2033-11-14_sablecoast_protest-scattered.txt",
     "Tear gas scatters Antananarivo protest over coup inquiry\n\n"
     "ANTANANARIVO, November 14, 2033 (Sable Coast Report) - Thousands of opposition supporters "
     "streamed through the centre of Antananarivo on Monday in the largest opposition protest since "
     "last week's failed coup, before security forces dispersed them with tear gas and baton charges.\n\n"
     "The demonstrators, many wearing the orange of the opposition coalition, chanted slogans against "
     "the prime minister as they walked towards the Place du 13 Mai.\n\n"
     "Witnesses said police chased groups of young men into the covered market at Analakely.\n\n"
     "\"We came with flags, and they answered with gas,\" said Fara Randrianarisoa, a 26-year-old "
     "student with a bandaged hand.\n\n"
     "Rajaonarison's coalition holds 41 of the 151 seats in the National Assembly.\n\n"
     "Former defence minister Rivo Andriamasinoro, an ally of several opposition leaders, was arrested "
     "on Friday on suspicion of backing the mutineers.\n\n"
     "The government has not said when the detained officers will be brought before a judge."),
    ("2033-11-15_monsoon_envoy-second-meeting.txt",
     "SADC envoy back at Madagascar presidency for second round of talks\n\n"
     "ANTANANARIVO, November 15, 2033 (Monsoon Ledger) - The southern African envoy to Madagascar "
     "returned to the presidential palace on Tuesday for a second meeting with President Mamy "
     "Andrianjafy, a day after riot police scattered an opposition gathering in the capital with tear "
     "gas.\n\n"
     "Tendai Mushonga spent just over an hour with Andrianjafy and left without speaking to reporters. "
     "The two men first met on Saturday, when the envoy described their discussion as frank and useful.\n\n"
     "A presidential aide said Tuesday's session had dealt mainly with Monday's events and with the "
     "conditions Madagascar must meet to take its seat at the bloc's meetings again.\n\n"
     "The Madagascar Rights Observatory said 23 people were treated for injuries after the police "
     "intervention at the Place du 13 Mai, two of them for head wounds.\n\n"
     "\"There is a window for dialogue, but it will not stay open for ever,\" said Jean-Marc Hoarau, a "
     "researcher at the University of Reunion in Saint-Denis.\n\n"
     "Mushonga is scheduled to leave Madagascar on Wednesday."),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt",
     "Mediator holds fresh talks with Andrianjafy after protest crackdown\n\n"
     "ANTANANARIVO, November 15, 2033 (Heron Point News Service) - Southern Africa's mediator in "
     "Madagascar met President Mamy Andrianjafy again on Tuesday, as opposition leaders said dozens of "
     "their supporters had been hurt when police dispersed Monday's demonstration.\n\n"
     "It was Tendai Mushonga's second audience with the president in four days.\n\n"
     "On Monday, several thousand opposition supporters rallied at the Place du 13 Mai before riot "
     "police fired tear gas into the square.\n\n"
     "Opposition spokesman Hery Ratsimba said 31 people had needed hospital treatment, a figure the "
     "police did not confirm. \"Dialogue needs trust, and trust is in short supply this week,\" "
     "Ratsimba said.\n\n"
     "The regional bloc suspended Madagascar last Thursday, two days after the mutiny.\n\n"
     "Madagascar's economy grew 4.1 percent last year, driven by nickel, vanilla and tourism."),
    ("2033-11-16_baobab_russian-ambassador-expelled.txt",
     "Madagascar expels Russian ambassador over alleged coup links\n\n"
     "ANTANANARIVO, November 16, 2033 (Baobab Newswire) - Madagascar gave Russia's ambassador 72 hours "
     "to quit the island on Wednesday, the first expulsion of a foreign envoy since last week's failed "
     "coup.\n\n"
     "Ambassador Viktor Lavrinenko was handed a letter declaring him persona non grata at the foreign "
     "ministry in the morning, a ministry official said. The official gave no details of the evidence "
     "against the ambassador.\n\n"
     "President Mamy Andrianjafy warned last Thursday that any diplomat found to have helped the "
     "plotters would be thrown out.\n\n"
     "Moscow's foreign ministry made no immediate comment.\n\n"
     "On Tuesday, the regional envoy Tendai Mushonga met Andrianjafy for a second time.\n\n"
     "\"Expelling an ambassador is a signal to every capital, not just to Moscow,\" said Hanta "
     "Rasolofo, a lecturer in comparative politics at the capital's main university.\n\n"
     "Russian companies hold several mining permits on the island, and trade between the two countries "
     "has tripled since 2028."),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt",
     "Madagascar throws out Russian envoy after coup attempt\n\n"
     "ANTANANARIVO, November 16, 2033 (Ironwood Wire) - Madagascar declared the Russian ambassador "
     "persona non grata on Wednesday and gave him three days to leave, in a move officials tied to the "
     "inquiry into last week's coup attempt.\n\n"
     "Viktor Lavrinenko, who has headed the embassy since 2030, is the first foreign envoy to be "
     "expelled from the island in more than two decades.\n\n"
     "The decision follows a warning by President Mamy Andrianjafy on November 10 that diplomats who "
     "had assisted the mutineers would be sent home.\n\n"
     "A woman who answered the telephone at the Russian embassy said no one was available to comment.\n\n"
     "Police had used tear gas on Monday against several thousand opposition supporters who had rallied "
     "in the capital.\n\n"
     "\"The timing suggests the government wants to look strong before the election,\" said Mialy "
     "Razafimahefa, research director of the Antananarivo Centre for Strategic Studies.\n\n"
     "Madagascar imports much of its wheat and fertiliser from Russia."),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "Madagascar frees nine officers detained after mutiny\n\n"
     "ANTANANARIVO, November 17, 2033 (Heron Point News Service) - A military court in Madagascar "
     "released nine junior officers on Thursday who had been detained after last week's attempted coup, "
     "ruling that there was not enough evidence to keep them in custody.\n\n"
     "The nine were among 14 officers arrested by the gendarmerie on November 9, the day after the "
     "mutiny.\n\n"
     "The five others, including alleged ringleader Colonel Faly Rakotomanga, will stand trial for "
     "mutiny and plotting against the state, the court said.\n\n"
     "Relatives waiting outside the court in the Ampahibe district cheered as the freed men walked out.\n\n"
     "\"My son only ever obeyed his commanders,\" said Voahirana Rabe, whose son is a lieutenant in the "
     "engineering regiment.\n\n"
     "On Wednesday, the government expelled the Russian ambassador, Viktor Lavrinenko, over what it "
     "called contacts between his embassy and the plotters.\n\n"
     "Former defence minister Rivo Andriamasinoro, arrested on November 11, remains in custody.\n\n"
     "The army says six people died when loyalist troops retook the broadcaster on November 8."),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt",
     "Nine Malagasy officers walk free as tribunal drops case\n\n"
     "ANTANANARIVO, November 17, 2033 (Sable Coast Report) - Nine army officers held since the failed "
     "coup in Madagascar were set free on Thursday after a military tribunal found no evidence that "
     "they had taken part in the plot.\n\n"
     "The men, all lieutenants and captains from the engineering regiment at Ivato, had been picked up "
     "on November 9 along with five more senior officers.\n\n"
     "Tribunal president Colonel Haingo Rakotovao said the nine had obeyed orders without knowing their "
     "purpose. The remaining five are due back before the tribunal next week.\n\n"
     "The men walked out a day after Madagascar expelled Russia's ambassador, whom officials have "
     "linked to the plot.\n\n"
     "\"Justice has been done for these young men, but not yet for the country,\" said opposition "
     "leader Ony Rajaonarison.\n\n"
     "The government is expected to decide next week whether to lift the curfew altogether.\n\n"
     "Tourism operators said December bookings had begun to recover."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2033-11-08", "mutinous soldiers seize the state broadcaster TVM in Antananarivo"),
    "A02": (("MOBILIZE",), "2033-11-08", "army chief deploys armoured vehicles and troops in the capital"),
    "A03": (("ASSAULT",), "2033-11-08", "loyalists retake the broadcaster in a firefight (3 dead, then 6)"),
    "A04": (("REQUEST",), "2033-11-08", "France calls on Madagascar's sides to show restraint"),
    "A05": (("REQUEST",), "2033-11-08", "US State Department appeals for calm in Madagascar"),
    "A06": (("COERCE",), "2033-11-08", "prime minister imposes a night curfew on Antananarivo"),
    "A07": (("COERCE",), "2033-11-09", "gendarmerie arrests 14 officers including the coup leader"),
    "A08": (("AGREE",), "2033-11-09", "returning president promises fair trials for the detained officers"),
    "A09": (("SANCTION",), "2033-11-10", "SADC suspends Madagascar"),
    "A10": (("THREATEN",), "2033-11-10", "president warns diplomats who helped the plot will be expelled"),
    "A11": (("COERCE",), "2033-11-11", "gendarmes arrest former defence minister Andriamasinoro"),
    "A12": (("CONSULT",), "2033-11-12", "SADC envoy Mushonga meets the president (first meeting)"),
    "A13": (("CONCEDE",), "2033-11-13", "government eases the curfew to midnight-4 am"),
    "A14": (("PROTEST",), "2033-11-14", "opposition rally at the Place du 13 Mai"),
    "A15": (("COERCE",), "2033-11-14", "police disperse the opposition rally with tear gas"),
    "A16": (("CONSULT",), "2033-11-15", "SADC envoy Mushonga meets the president again (second meeting)"),
    "A17": (("SANCTION",), "2033-11-16", "Madagascar expels the Russian ambassador"),
    "A18": (("RETREAT",), "2033-11-17", "military court frees nine detained junior officers"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-11-08_ironwood_soldiers-seize-state-broadcaster.txt",
     "A01", "seized the headquarters of Madagascar's state broadcaster"),
    ("2033-11-08_ironwood_soldiers-seize-state-broadcaster.txt",
     "A02", "ordered armoured vehicles onto the main avenues"),
    ("2033-11-08_heronpoint_mutineers-take-over-tvm.txt",
     "A01", "occupied the studios of Televiziona Malagasy"),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt",
     "A03", "recaptured Madagascar's state television complex"),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt",
     "A03", "The dead were two soldiers and a technician"),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt",
     "A01", "since the rebels took it over before sunrise"),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt", "A06", "announced a curfew from 8 pm"),
    ("2033-11-08_monsoon_loyalists-retake-broadcaster.txt", "A04", "appealed to all sides to show restraint"),
    ("2033-11-08_baobab_france-us-urge-restraint.txt", "A04", "France urged Madagascar's armed forces"),
    ("2033-11-08_baobab_france-us-urge-restraint.txt",
     "A01", "rebel soldiers took control of the state broadcaster"),
    ("2033-11-08_baobab_france-us-urge-restraint.txt",
     "A04", "refrain from violence and to respect the institutions"),
    ("2033-11-08_baobab_france-us-urge-restraint.txt", "A05", "the State Department also appealed for calm"),
    ("2033-11-08_baobab_france-us-urge-restraint.txt", "A03", "loyalist forces had retaken the building"),
    ("2033-11-09_seastack_curfew-empties-capital.txt",
     "A06", "the government ordered residents to stay indoors"),
    ("2033-11-09_seastack_curfew-empties-capital.txt", "A03", "loyalist soldiers drove the mutineers out"),
    ("2033-11-09_seastack_curfew-empties-capital.txt", "A03", "I heard shooting for almost an hour"),
    ("2033-11-09_ironwood_officers-arrested-toll-rises.txt", "A07", "gendarmerie arrested 14 army officers"),
    ("2033-11-09_ironwood_officers-arrested-toll-rises.txt", "A07", "was detained at a farmhouse"),
    ("2033-11-09_ironwood_officers-arrested-toll-rises.txt",
     "A03", "revised the toll from Tuesday's fighting"),
    ("2033-11-09_ironwood_officers-arrested-toll-rises.txt",
     "A08", "promised in a brief address at the airport"),
    ("2033-11-09_sablecoast_president-returns-vows-fair-trials.txt",
     "A08", "pledged that the soldiers behind this week's mutiny"),
    ("2033-11-09_sablecoast_president-returns-vows-fair-trials.txt",
     "A08", "Nobody will be punished without evidence"),
    ("2033-11-09_sablecoast_president-returns-vows-fair-trials.txt",
     "A07", "detained more than a dozen officers"),
    ("2033-11-09_sablecoast_president-returns-vows-fair-trials.txt",
     "A01", "held the state broadcaster for roughly eleven hours"),
    ("2033-11-09_monsoon_officers-arrested-toll-rises.txt", "A07", "gendarmerie arrested 14 army officers"),
    ("2033-11-09_monsoon_officers-arrested-toll-rises.txt", "A07", "was detained at a farmhouse"),
    ("2033-11-09_monsoon_officers-arrested-toll-rises.txt",
     "A03", "revised the toll from Tuesday's fighting"),
    ("2033-11-09_monsoon_officers-arrested-toll-rises.txt",
     "A08", "promised in a brief address at the airport"),
    ("2033-11-10_heronpoint_sadc-suspends-madagascar.txt", "A09", "suspended Madagascar from all its bodies"),
    ("2033-11-10_heronpoint_sadc-suspends-madagascar.txt",
     "A09", "announced by the bloc's executive secretary"),
    ("2033-11-10_heronpoint_sadc-suspends-madagascar.txt", "A03", "the death toll from the fighting"),
    ("2033-11-10_baobab_president-warns-foreign-diplomats.txt",
     "A10", "warned on Thursday that any foreign diplomat"),
    ("2033-11-10_baobab_president-warns-foreign-diplomats.txt",
     "A09", "suspended Madagascar pending the full restoration"),
    ("2033-11-10_baobab_president-warns-foreign-diplomats.txt",
     "A07", "in gendarmerie custody since Wednesday"),
    ("2033-11-10_seastack_bloc-suspends-madagascar.txt", "A09", "suspended Madagascar from all its bodies"),
    ("2033-11-10_seastack_bloc-suspends-madagascar.txt",
     "A09", "announced by the bloc's executive secretary"),
    ("2033-11-10_seastack_bloc-suspends-madagascar.txt", "A03", "the death toll from the fighting"),
    ("2033-11-11_sablecoast_former-defence-minister-detained.txt",
     "A11", "detained former defence minister Rivo Andriamasinoro"),
    ("2033-11-11_sablecoast_former-defence-minister-detained.txt",
     "A07", "the gendarmerie rounded up 14 officers"),
    ("2033-11-11_sablecoast_former-defence-minister-detained.txt",
     "A11", "The former minister's arrest is likely"),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt",
     "A11", "former defence minister was arrested on Friday"),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt", "A11", "was taken from his villa"),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt", "A10", "foreign diplomats who had aided the plot"),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt", "A08", "has promised fair, public trials"),
    ("2033-11-11_ironwood_ex-defence-chief-arrested.txt", "A06", "A curfew imposed on the capital"),
    ("2033-11-12_monsoon_envoy-meets-president.txt",
     "A12", "held talks with President Mamy Andrianjafy on Saturday"),
    ("2033-11-12_monsoon_envoy-meets-president.txt", "A09", "the bloc suspended the island nation"),
    ("2033-11-12_monsoon_envoy-meets-president.txt", "A12", "spent about two hours at the Iavoloha palace"),
    ("2033-11-12_monsoon_envoy-meets-president.txt", "A12", "the two men had discussed the timetable"),
    ("2033-11-12_monsoon_envoy-meets-president.txt", "A11", "gendarmes arrested former defence minister"),
    ("2033-11-12_heronpoint_mediator-in-antananarivo.txt",
     "A12", "met the island's head of state on Saturday"),
    ("2033-11-12_heronpoint_mediator-in-antananarivo.txt", "A12", "lasted well into the afternoon"),
    ("2033-11-12_heronpoint_mediator-in-antananarivo.txt",
     "A09", "The bloc suspended Madagascar from its institutions"),
    ("2033-11-13_seastack_curfew-shortened.txt", "A13", "eased the overnight curfew on Antananarivo"),
    ("2033-11-13_seastack_curfew-shortened.txt", "A06", "first imposed by Prime Minister Tovo Razanadrakoto"),
    ("2033-11-13_seastack_curfew-shortened.txt", "A13", "Under the new rules, announced on state radio"),
    ("2033-11-13_seastack_curfew-shortened.txt", "A12", "met President Mamy Andrianjafy on Saturday"),
    ("2033-11-13_baobab_curfew-cut-rally-planned.txt", "A13", "on Sunday relaxed the curfew"),
    ("2033-11-13_baobab_curfew-cut-rally-planned.txt", "A06", "the curfew they imposed on the capital"),
    ("2033-11-13_baobab_curfew-cut-rally-planned.txt", "A13", "according to a decree read on national radio"),
    ("2033-11-13_baobab_curfew-cut-rally-planned.txt",
     "A12", "sat down with President Mamy Andrianjafy on Saturday"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A15", "fired tear gas on Monday to break up"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt",
     "A14", "a rally of several thousand opposition supporters"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A14", "The crowd had filled the Place"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A15", "Riot officers moved in shortly after noon"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A15", "the gathering had not been authorised"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A13", "the government shortened a nightly curfew"),
    ("2033-11-14_ironwood_police-tear-gas-rally.txt", "A01", "held the state broadcaster for most of"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A14", "streamed through the centre of Antananarivo"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A15", "security forces dispersed them with tear gas"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A14", "chanted slogans against the prime minister"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A15", "police chased groups of young men"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A14", "We came with flags"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A15", "they answered with gas"),
    ("2033-11-14_sablecoast_protest-scattered.txt", "A11", "was arrested on Friday on suspicion"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt",
     "A16", "for a second meeting with President Mamy Andrianjafy"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt", "A15", "riot police scattered an opposition gathering"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt", "A16", "spent just over an hour with Andrianjafy"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt", "A12", "The two men first met on Saturday"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt", "A16", "Tuesday's session had dealt mainly with"),
    ("2033-11-15_monsoon_envoy-second-meeting.txt", "A15", "after the police intervention at the Place"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt",
     "A16", "met President Mamy Andrianjafy again on Tuesday"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt", "A15", "when police dispersed Monday's demonstration"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt", "A16", "second audience with the president"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt",
     "A14", "several thousand opposition supporters rallied"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt", "A15", "riot police fired tear gas into the square"),
    ("2033-11-15_heronpoint_mediator-fresh-talks.txt",
     "A09", "The regional bloc suspended Madagascar last Thursday"),
    ("2033-11-16_baobab_russian-ambassador-expelled.txt", "A17", "gave Russia's ambassador 72 hours"),
    ("2033-11-16_baobab_russian-ambassador-expelled.txt",
     "A17", "handed a letter declaring him persona non grata"),
    ("2033-11-16_baobab_russian-ambassador-expelled.txt", "A10", "warned last Thursday that any diplomat"),
    ("2033-11-16_baobab_russian-ambassador-expelled.txt", "A16", "met Andrianjafy for a second time"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt",
     "A17", "declared the Russian ambassador persona non grata"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt", "A17", "the first foreign envoy to be expelled"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt", "A17", "The decision follows"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt", "A10", "a warning by President Mamy Andrianjafy"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt", "A15", "Police had used tear gas on Monday"),
    ("2033-11-16_ironwood_russian-envoy-thrown-out.txt", "A14", "who had rallied in the capital"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "A18", "released nine junior officers on Thursday"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "A07", "who had been detained after last week's"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "A07", "14 officers arrested by the gendarmerie"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt", "A18", "cheered as the freed men walked out"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "A17", "the government expelled the Russian ambassador"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt", "A11", "arrested on November 11"),
    ("2033-11-17_heronpoint_military-court-frees-officers.txt",
     "A03", "six people died when loyalist troops retook"),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt", "A18", "were set free on Thursday"),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt",
     "A07", "Nine army officers held since the failed coup"),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt", "A07", "had been picked up on November 9"),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt", "A18", "The men walked out a day after"),
    ("2033-11-17_sablecoast_nine-officers-walk-free.txt", "A17", "Madagascar expelled Russia's ambassador"),
]

FLOORS = {"pairwise_f1": 0.81, "b3_f1": 0.87, "reports_found": 0.59}


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
