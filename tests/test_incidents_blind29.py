"""The twenty-ninth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: ten days of the war in Ukraine in October 2034. Russian ballistic missiles hit a Kharkiv apartment
block late on a Monday (four dead, then seven) and strike the city again three days later (two dead);
Ukrainian drones set the Volgograd refinery on fire; Moscow accuses Kyiv of shelling Belgorod; the president
and the foreign minister each call on allies for air defence on the same day, and Germany's defence minister
promises another IRIS-T system; Hungary's foreign minister threatens to veto an EU payment to Ukraine and
Hungary vetoes it three days later, which the EU foreign policy chief criticises; Russia and Ukraine exchange
103 prisoners each in a UAE-brokered swap, and both sides thank the UAE that day; the president visits
front-line troops near Kupiansk; the Kharkiv regional administration orders families out of 14 front-line
villages; the EU adopts a new sanctions package; Poland scrambles jets when a Russian cruise missile aimed at
the Volyn region nears its airspace.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(Baltic Herald's copy of Ridgeline Press's second Kharkiv strike story: credit line changed, a closing
"Ridgeline Press first published this story." line added) and one is a lightly edited copy (Continental
Bulletin's copy of Danube Observer's story on the Hungarian veto).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives (a
veto is a REJECT, an evacuation order a COERCE, scrambling jets a MOBILIZE, a prisoner exchange a RETREAT);
its date is the day it happened. REPORTS lists every body sentence (headlines are not reports) that reports an
act that happened, background recaps in later reports and quotes that tell the act included, with a verbatim
cue found once in its file. Not listed: planned, promised-but-not-done, threatened-but-not-done, hypothetical
or denied acts (the threat, the promise and the demand themselves are acts), acts more than a year before,
tallies and figures, opinions; the shelling of Belgorod that Moscow alleges is no act (only the accusation
is). No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit c2d4552 (the code at the start of the ninth 2026-12-01 session; written to be read), with
`figures`: **pairwise F1 0.634** (precision 0.762, recall 0.542), B-cubed F1 0.759, reports found 0.727.
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
    ("2034-10-10_ridgeline_kharkiv-missiles-kill-four.txt",
     "Russian missiles hit Kharkiv apartment block, killing four\n\n"
     "KHARKIV, October 10, 2034 (Ridgeline Press) - Russian missiles slammed into an apartment "
     "building and a printing plant in Ukraine's second-largest city late on Monday, leaving four "
     "people dead and at least 19 wounded, regional officials said.\n\n"
     "Regional governor Taras Melnychenko said two ballistic missiles struck the Kyivskyi district "
     "shortly before midnight, bringing down part of a nine-storey block. Rescue crews worked through "
     "the night with cranes and sniffer dogs, and Melnychenko said more residents could still be "
     "buried under the concrete.\n\n"
     "\"They hit us while the children were asleep,\" said Olha Tkachenko, 61, who lives in the "
     "building next door and was cut by flying glass.\n\n"
     "Kharkiv, some 30 kilometres south of the frontier, has been bombarded again and again since "
     "Russia's February 2022 invasion. The missiles, fired from across the border in Russia's Belgorod "
     "region, reached the city in under a minute, officials said.\n\n"
     "Moscow's defence ministry made no immediate comment."),
    ("2034-10-10_steppe_kharkiv-night-barrage.txt",
     "Night barrage on Kharkiv leaves four dead, dozens of homes damaged\n\n"
     "KHARKIV, October 10, 2034 (Steppe Wire) - A Russian ballistic missile attack on central Kharkiv "
     "overnight killed four civilians and left 19 injured, Ukrainian emergency services said on "
     "Tuesday.\n\n"
     "Mayor Ihor Savchuk said the missiles had hit a residential block and a printing works, blowing "
     "out windows along several streets. Emergency services said the strike left a crater several "
     "metres deep in a courtyard between the two buildings.\n\n"
     "\"I heard the whistle and then the whole stairwell came down,\" said Dmytro Levchenko, a "
     "34-year-old taxi driver who pulled two neighbours from the debris.\n\n"
     "Russia has stepped up its bombardment of Ukrainian cities in recent weeks while the front line "
     "in the east has barely moved. There was no word from the Kremlin."),
    ("2034-10-10_danube_hungary-threatens-veto.txt",
     "Hungary threatens to block EU payment to Ukraine\n\n"
     "BUDAPEST, October 10, 2034 (Danube Observer) - Hungary will veto the next 4.2-billion-euro "
     "tranche of EU aid to Ukraine unless Brussels unfreezes funds it is withholding from Budapest, "
     "Foreign Minister Levente Kovacs-Nagy warned on Tuesday.\n\n"
     "\"If our money stays frozen, the Ukraine payment stays frozen too,\" Kovacs-Nagy told "
     "journalists as he left a government session.\n\n"
     "The European Commission has held back about 6 billion euros in cohesion funds from Hungary since "
     "2024 over concerns about the rule of law. EU finance ministers are due to sign off on the "
     "payment at a meeting in Luxembourg on Friday, and the decision needs the backing of all 27 "
     "member states.\n\n"
     "Kovacs-Nagy added that Budapest was prepared to keep the veto in place for months. Budapest has "
     "held up several Ukraine-related decisions in the past, usually dropping its objections after "
     "last-minute concessions."),
    ("2034-10-11_gulfcourier_kharkiv-toll-rises.txt",
     "Death toll in Kharkiv missile strike climbs to seven\n\n"
     "KHARKIV, October 11, 2034 (Gulf Courier) - Monday night's Russian missile strike on a Kharkiv "
     "apartment block has now claimed seven lives after rescuers recovered three more bodies from the "
     "rubble, the regional governor said on Wednesday.\n\n"
     "Governor Taras Melnychenko said the search had ended and that 23 people were being treated in "
     "hospital, up from 19 initially reported.\n\n"
     "Investigators identified the weapons as two Iskander-M ballistic missiles launched from Russia's "
     "Belgorod region, the Prosecutor General's office said.\n\n"
     "The missiles struck shortly before midnight, when most residents of the building were at home. "
     "Among the dead were a married couple in their seventies and a 15-year-old boy.\n\n"
     "Kharkiv has endured more than a dozen deadly strikes this year, by the regional administration's "
     "count."),
    ("2034-10-11_ridgeline_drones-hit-volgograd-refinery.txt",
     "Ukrainian drones set Volgograd refinery ablaze\n\n"
     "MOSCOW, October 11, 2034 (Ridgeline Press) - Ukrainian attack drones set an oil refinery in the "
     "southern Russian city of Volgograd on fire early on Wednesday, and the blaze burned for several "
     "hours, local authorities said.\n\n"
     "Volgograd governor Nikolai Shatrov said debris from downed drones had fallen on the plant's "
     "grounds and ignited a distillation unit, and that no one was hurt.\n\n"
     "A source in Ukraine's SBU security service told Ridgeline Press the agency had carried out the "
     "attack, saying the plant supplied fuel to Russian forces.\n\n"
     "The Volgograd refinery processes roughly 15 million tonnes of oil annually, making it one of the "
     "largest in southern Russia. Residents posted videos showing at least two explosions and a column "
     "of flame above the plant before dawn.\n\n"
     "Ukraine has targeted Russian energy sites dozens of times hoping to choke off the fuel and "
     "export earnings that sustain Moscow's war effort."),
    ("2034-10-11_balticherald_refinery-fire-volgograd.txt",
     "Fire at Volgograd refinery after drone raid, Russian officials say\n\n"
     "KYIV, October 11, 2034 (Baltic Herald) - Kyiv's drones hit a major refinery in Volgograd on "
     "Wednesday morning, Russian officials said, in the latest Ukrainian blow against the energy "
     "industry that funds Moscow's war.\n\n"
     "Video verified by Baltic Herald showed flames rising from a processing unit as a drone's engine "
     "buzzed overhead moments before an explosion. The refinery halted operations while firefighters "
     "tackled the blaze, two industry sources said.\n\n"
     "Ukraine's general staff issued no formal claim of responsibility by Wednesday evening.\n\n"
     "Russia exported about 2.1 million barrels per day of refined products last year, according to "
     "industry estimates. Russian officials said the drones came in waves from the southwest shortly "
     "after 4 a.m."),
    ("2034-10-12_continental_volgograd-refinery-output.txt",
     "Volgograd refinery to stay shut for weeks after drone strike, sources say\n\n"
     "MOSCOW, October 12, 2034 (Continental Bulletin) - The Volgograd refinery hit by Ukrainian drones "
     "on Wednesday will remain offline for at least three weeks while a damaged crude distillation "
     "unit is repaired, two sources familiar with the plant's operations said on Thursday.\n\n"
     "The shutdown removes about 300,000 barrels per day of processing capacity, roughly 5% of "
     "Russia's total. Russian authorities have not disclosed the extent of the damage.\n\n"
     "Wednesday's attack was the third on the facility in twelve months, the sources said.\n\n"
     "Drones struck the plant's main crude unit, which handles most of its throughput, one of the "
     "sources said. Ukraine's SBU security service declined to comment."),
    ("2034-10-12_steppe_russia-accuses-kyiv-belgorod.txt",
     "Moscow says Ukrainian artillery hit Belgorod outskirts\n\n"
     "MOSCOW, October 12, 2034 (Steppe Wire) - Russia's defence ministry on Thursday accused Ukrainian "
     "forces of shelling residential areas on the outskirts of Belgorod, a border city that has come "
     "under repeated fire since 2022.\n\n"
     "Ministry spokesman Major General Pavel Zorin said the shells had wounded a woman and damaged a "
     "gas pipeline, and called it \"a terrorist act by the Kyiv regime\". Zorin said the Ukrainian "
     "side had fired at least eight shells from the Kharkiv region. Steppe Wire was unable to verify "
     "his account.\n\n"
     "Kyiv's general staff gave no response to questions about the allegation.\n\n"
     "Zorin spoke a day after Ukrainian drones set a refinery in Volgograd, some 500 kilometres to the "
     "east, on fire.\n\n"
     "Belgorod, about 40 kilometres from the Ukrainian border, saw a cross-border incursion in 2023."),
    ("2034-10-13_ridgeline_kharkiv-struck-again.txt",
     "Kharkiv hit by second deadly missile strike in a week\n\n"
     "KHARKIV, October 13, 2034 (Ridgeline Press) - Russian missiles struck Kharkiv again late on "
     "Thursday, killing two people and wounding 11 in the Saltivka district, Ukrainian officials said.\n\n"
     "Regional governor Taras Melnychenko said the missiles hit a warehouse and a bus depot shortly "
     "after 11 p.m., and that a nearby school lost its windows.\n\n"
     "Speaking in Kyiv on Friday, President Mykola Havryliuk called on Ukraine's allies to send more "
     "air-defence systems \"now, not next spring\". \"Every system that sits in a depot in Europe is a "
     "system that is not protecting a school in Kharkiv,\" he said.\n\n"
     "Ukraine says it needs at least 10 more Patriot batteries to protect its cities, a figure Western "
     "officials consider unrealistic in the short term.\n\n"
     "Seven people died on Monday night when two ballistic missiles hit a residential block in the "
     "Kyivskyi district.\n\n"
     "Russia says it strikes only military targets."),
    ("2034-10-13_balticherald_kharkiv-second-strike.txt",
     "Kharkiv hit by second deadly missile strike in a week\n\n"
     "KHARKIV, October 13, 2034 (Baltic Herald) - Russian missiles struck Kharkiv again late on "
     "Thursday, killing two people and wounding 11 in the Saltivka district, Ukrainian officials said.\n\n"
     "Regional governor Taras Melnychenko said the missiles hit a warehouse and a bus depot shortly "
     "after 11 p.m., and that a nearby school lost its windows.\n\n"
     "Speaking in Kyiv on Friday, President Mykola Havryliuk called on Ukraine's allies to send more "
     "air-defence systems \"now, not next spring\". \"Every system that sits in a depot in Europe is a "
     "system that is not protecting a school in Kharkiv,\" he said.\n\n"
     "Ukraine says it needs at least 10 more Patriot batteries to protect its cities, a figure Western "
     "officials consider unrealistic in the short term.\n\n"
     "Seven people died on Monday night when two ballistic missiles hit a residential block in the "
     "Kyivskyi district.\n\n"
     "Russia says it strikes only military targets.\n\n"
     "Ridgeline Press first published this story."),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt",
     "Ukraine presses allies for Patriots; Germany pledges another IRIS-T\n\n"
     "KYIV, October 13, 2034 (Gulf Courier) - Ukrainian Foreign Minister Iryna Sokolenko urged Western "
     "governments on Friday to hand over Patriot missile batteries from their own stocks, hours after "
     "a Russian missile attack on Kharkiv killed two people.\n\n"
     "\"We are not asking for charity, we are asking for the means to stop ballistic missiles before "
     "they reach apartment blocks,\" Sokolenko told a news conference in Kyiv.\n\n"
     "President Mykola Havryliuk made a similar plea earlier in the day, telling allies that delays "
     "were costing lives.\n\n"
     "In Berlin, Defence Minister Katrin Mohrmann promised that Germany would deliver an additional "
     "IRIS-T air-defence system to Ukraine by December. Germany has already supplied more than a dozen "
     "IRIS-T systems, according to government figures.\n\n"
     "Officials in Kharkiv said the overnight missiles had damaged a bus depot and set a warehouse on "
     "fire."),
    ("2034-10-13_danube_hungary-blocks-tranche.txt",
     "Hungary blocks EU's 4.2 billion euro payment to Ukraine\n\n"
     "LUXEMBOURG, October 13, 2034 (Danube Observer) - Hungary vetoed a 4.2-billion-euro payment to "
     "Ukraine at a meeting of EU finance ministers in Luxembourg on Friday, following through on a "
     "threat from earlier in the week.\n\n"
     "Finance Minister Zsolt Bereczki told his counterparts that Budapest would not lift its objection "
     "until the Commission released Hungarian funds frozen over rule-of-law concerns, diplomats said.\n\n"
     "Tomas Reinholt, the EU's top diplomat, criticised the move as \"hostage-taking\" that would "
     "leave Ukraine short of money for pensions and salaries.\n\n"
     "The tranche is part of a 60-billion-euro support programme agreed in 2032 to keep Ukraine's "
     "state finances afloat. Foreign Minister Levente Kovacs-Nagy had warned on Tuesday that Budapest "
     "would block the payment unless its own funds were unfrozen.\n\n"
     "Diplomats said the payment could still be approved at a later meeting if a compromise is found."),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt",
     "Budapest vetoes EU payment for Ukraine at Luxembourg meeting\n\n"
     "LUXEMBOURG, October 13, 2034 (Continental Bulletin) - Hungary vetoed a 4.2-billion-euro payment "
     "to Ukraine at a meeting of EU finance ministers in Luxembourg on Friday, carrying out what it "
     "had threatened earlier in the week.\n\n"
     "Finance Minister Zsolt Bereczki told his counterparts that Budapest would not lift its objection "
     "until the Commission released Hungarian funds frozen over rule-of-law concerns, diplomats told "
     "Continental Bulletin.\n\n"
     "EU foreign policy chief Tomas Reinholt criticised the move as \"hostage-taking\" that would "
     "leave Kyiv short of money for pensions and salaries.\n\n"
     "The tranche is part of a 60-billion-euro support programme agreed in 2032 to keep Ukraine's "
     "state finances afloat. Foreign Minister Levente Kovacs-Nagy had warned on Tuesday that Budapest "
     "would block the payment unless its own funds were unfrozen."),
    ("2034-10-14_gulfcourier_prisoner-swap-uae.txt",
     "Russia and Ukraine swap 103 prisoners each in UAE-brokered deal\n\n"
     "KYIV, October 14, 2034 (Gulf Courier) - Russia and Ukraine exchanged 103 prisoners of war each "
     "on Saturday in an Emirati-brokered deal, the two governments said.\n\n"
     "The freed Ukrainians, some of them captured more than three years ago, crossed back into Ukraine "
     "at the Belarusian border wrapped in national flags, according to footage released by Kyiv.\n\n"
     "President Mykola Havryliuk thanked the UAE for its mediation, writing on social media that "
     "\"every person brought home is a victory\". Russia's defence ministry also expressed gratitude "
     "to Abu Dhabi and said the returned Russian servicemen would be flown to Moscow for medical "
     "checks.\n\n"
     "It was the third exchange mediated by the Gulf state this year, bringing the number of prisoners "
     "it has helped return to more than 700.\n\n"
     "The UAE has kept working relations with Moscow as well as Kyiv, positioning itself as a "
     "go-between on humanitarian issues."),
    ("2034-10-14_steppe_pow-exchange-belarus-border.txt",
     "Prisoner exchange returns 103 Ukrainian soldiers home\n\n"
     "CHERNIHIV, October 14, 2034 (Steppe Wire) - Moscow handed back 103 captured Ukrainian servicemen "
     "on Saturday and received the same number of Russian soldiers in return, in an exchange arranged "
     "with help from the Emirates.\n\n"
     "Buses carrying the released men pulled into a reception point in the Chernihiv region in the "
     "afternoon, where relatives waited with photographs and flowers. \"I didn't know if he was alive "
     "until this morning,\" said Halyna Moroz, whose son was captured near Kupiansk in 2032.\n\n"
     "Ukraine's president expressed his thanks to the Emirati leadership, saying the country had again "
     "proved a reliable intermediary. In Moscow, the defence ministry said it was grateful to the UAE "
     "for its \"humanitarian efforts\".\n\n"
     "Most of the freed Ukrainians had spent more than two years in Russian prisons, according to "
     "Ukraine's ombudsman."),
    ("2034-10-15_ridgeline_freed-pows-describe-captivity.txt",
     "Freed Ukrainian soldiers describe hunger and isolation in Russian captivity\n\n"
     "KYIV, October 15, 2034 (Ridgeline Press) - Ukrainian soldiers released in Saturday's prisoner "
     "exchange with Russia spoke on Sunday about the harsh conditions of their years in captivity, as "
     "doctors began assessing their health.\n\n"
     "Many of the 103 men had lost 20 kilograms or more, according to medical staff at a hospital in "
     "the Chernihiv region. \"We kept track of time with scratches on the wall,\" said a freed marine "
     "identified only as Serhiy.\n\n"
     "The swap, arranged through Emirati mediation, was the largest since the spring. The men were "
     "handed over at a crossing on the Belarusian border on Saturday afternoon. Ukraine's ombudsman "
     "said families of about 8,000 missing soldiers were still waiting for news.\n\n"
     "Separately, Ukraine's finance ministry said on Sunday that Friday's Hungarian veto of an EU "
     "payment would not delay October pensions."),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt",
     "Ukraine's president visits troops near Kupiansk\n\n"
     "KUPIANSK, October 15, 2034 (Baltic Herald) - President Mykola Havryliuk visited front-line "
     "troops near the northeastern town of Kupiansk on Sunday, hearing briefings from commanders on "
     "the fighting, his office said.\n\n"
     "Havryliuk met officers of the 14th Mechanised Brigade at a command post a few kilometres from "
     "Russian positions, according to photos and video released by the presidency. \"The situation is "
     "difficult but under control,\" Havryliuk said in a video filmed at the post.\n\n"
     "The president also visited a field hospital and spoke with wounded soldiers there, his office "
     "said.\n\n"
     "The trip came a day after 103 Ukrainian prisoners of war returned home in an exchange mediated "
     "by Abu Dhabi.\n\n"
     "Presidential visits to the front are usually announced only after the president has left the "
     "area, for security reasons."),
    ("2034-10-15_danube_president-tours-kharkiv-front.txt",
     "Havryliuk tours Kharkiv front after week of strikes on the city\n\n"
     "KHARKIV, October 15, 2034 (Danube Observer) - Ukraine's head of state travelled to positions on "
     "the Kupiansk front on Sunday, where he spoke with soldiers and local officials about defences "
     "ahead of winter. He stopped at a battalion command post near the town and was briefed by its "
     "commanders, according to his office.\n\n"
     "\"Kharkiv will not be emptied by fear,\" the president told residents in the regional capital on "
     "his way back.\n\n"
     "A Russian strike late on Thursday hit the city's Saltivka district, killing two.\n\n"
     "The city had about 1.4 million residents before the war; officials estimate about a million live "
     "there now. Kupiansk, a rail hub on the Oskil River, changed hands twice in 2022."),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt",
     "Ukraine orders families out of 14 front-line villages near Kupiansk\n\n"
     "KHARKIV, October 16, 2034 (Continental Bulletin) - Ukrainian authorities on Monday ordered the "
     "mandatory evacuation of families with children from 14 villages near Kupiansk, citing heavier "
     "Russian shelling.\n\n"
     "The head of the Kharkiv regional military administration, Taras Melnychenko, said about 600 "
     "children and their parents must leave within a week, with buses and temporary housing provided "
     "by the state. \"Staying there now means staying under fire every day,\" Melnychenko said.\n\n"
     "The order came a day after President Mykola Havryliuk visited troops on the Kupiansk front.\n\n"
     "Russian missiles hit Kharkiv itself late on Thursday, killing two people in the Saltivka "
     "district. About 2,000 civilians remain in the Kupiansk district, according to regional figures."),
    ("2034-10-16_ridgeline_eu-adopts-sanctions-package.txt",
     "EU adopts new sanctions on Russia's shadow fleet and banks\n\n"
     "BRUSSELS, October 16, 2034 (Ridgeline Press) - European Union foreign ministers adopted a 31st "
     "sanctions package on Monday against Russia, blacklisting 118 more tankers of the so-called "
     "shadow fleet and cutting four Russian banks off from the SWIFT messaging system.\n\n"
     "The measures also ban the import of Russian-made liquefied natural gas through EU ports from "
     "January. The package also freezes the assets of 41 people linked to Russia's missile industry.\n\n"
     "\"Every rouble we deny the Kremlin is a rouble it cannot spend on missiles for Kharkiv,\" EU "
     "foreign policy chief Tomas Reinholt told reporters.\n\n"
     "Hungary, which on Friday blocked a 4.2-billion-euro EU payment to Ukraine, did not stand in the "
     "way of the sanctions this time.\n\n"
     "The package needed unanimous approval from all 27 member states."),
    ("2034-10-16_gulfcourier_evacuations-sanctions-roundup.txt",
     "Ukraine evacuates children from Kupiansk area; EU tightens sanctions\n\n"
     "KYIV, October 16, 2034 (Gulf Courier) - Officials in Ukraine's Kharkiv region told families with "
     "children to leave 14 villages around Kupiansk on Monday, as fighting in the area intensified.\n\n"
     "The order from the Kharkiv regional military administration gives families a week to pack up. "
     "Roughly 600 children live in the affected villages, regional officials said.\n\n"
     "In Brussels, the European Union approved fresh sanctions on Moscow targeting oil tankers and "
     "banks, its 31st round of measures since the invasion.\n\n"
     "Ukrainian Foreign Minister Iryna Sokolenko said in a statement that sanctions alone would not "
     "stop missiles. The sanctions blacklist more than 100 additional tankers that carry Russian oil "
     "past Western price caps."),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt",
     "Poland scrambles jets as Russian missile flies near border\n\n"
     "WARSAW, October 17, 2034 (Baltic Herald) - Poland scrambled fighter jets early on Tuesday after "
     "a Russian cruise missile fired at western Ukraine flew within about 20 kilometres of Polish "
     "airspace, the country's armed forces said.\n\n"
     "The Operational Command said Polish and allied aircraft were put in the air and ground-based air "
     "defences raised to their highest state of readiness. Radar tracked the missile for several "
     "minutes as it flew north-west toward Lutsk, the command said.\n\n"
     "The missile was part of an overnight Russian attack on the Volyn region in which a power "
     "substation near Lutsk was hit, Ukrainian officials said. No one was reported hurt in Volyn, "
     "though parts of Lutsk lost electricity for several hours.\n\n"
     "Defence Minister Marek Zielonka said the jets had returned to base after about an hour. Russia's "
     "embassy in Warsaw did not comment."),
    ("2034-10-17_steppe_polish-jets-volyn-strike.txt",
     "Missile strike on Ukraine's Volyn region puts Polish air force on alert\n\n"
     "LUTSK, October 17, 2034 (Steppe Wire) - A Russian cruise missile slammed into an electricity "
     "substation outside Lutsk in northwestern Ukraine before dawn on Tuesday, knocking out "
     "electricity for thousands of households, regional officials said.\n\n"
     "Warsaw sent up fighter aircraft as the missile's flight path brought it close to the Polish "
     "border, Poland's military said. The Operational Command in Warsaw said it had put aircraft on "
     "standby and alerted ground air defences during the night.\n\n"
     "Volyn governor Oksana Kravets said repair crews had restored electricity to most customers by "
     "midday.\n\n"
     "\"We heard it fly low over the village, then the lights went out,\" said Petro Hnatiuk, who "
     "lives two kilometres from the substation.\n\n"
     "The Lutsk area, near the borders with Poland and Belarus, has been targeted far less often than "
     "cities in the east."),
    ("2034-10-18_danube_poland-air-defence-debate.txt",
     "Near miss over Volyn revives Polish debate on downing missiles over Ukraine\n\n"
     "WARSAW, October 18, 2034 (Danube Observer) - Tuesday's scramble of Polish fighter jets, "
     "triggered by a Russian missile that came close to the border, has reopened a debate in Warsaw "
     "over whether Poland should intercept such missiles over Ukrainian territory.\n\n"
     "Opposition lawmakers argue that downing missiles before they reach Polish airspace would protect "
     "border towns.\n\n"
     "The missile, one of several Russia launched at western Ukraine overnight into Tuesday, hit a "
     "substation near Lutsk. Polish F-16s patrolled the southeastern border for about an hour on "
     "Tuesday before returning to base.\n\n"
     "A 2033 opinion poll found that most Poles supported shooting down missiles that enter the "
     "country's airspace.\n\n"
     "In Brussels, diplomats said Monday's new EU sanctions package had passed without Hungarian "
     "objections despite Budapest's veto of Ukrainian aid last week."),
    ("2034-10-18_continental_kharkiv-week-of-strikes.txt",
     "Kharkiv counts the cost of two deadly strikes in one week\n\n"
     "KHARKIV, October 18, 2034 (Continental Bulletin) - Glaziers and municipal crews were still "
     "boarding up windows across Kharkiv on Wednesday.\n\n"
     "The strike late on Monday, Oct. 9, destroyed a stairwell of a nine-storey apartment block and "
     "killed seven people, the deadliest attack on the city this year.\n\n"
     "Three days later, on Thursday night, missiles hit a bus depot and a warehouse in Saltivka, "
     "killing two workers. Residents of the Saltivka district said the blasts shook buildings several "
     "blocks from the depot.\n\n"
     "\"We fix the windows, and a week later we fix them again,\" said Serhiy Panchenko, who runs a "
     "glazing business in the city centre.\n\n"
     "Regional authorities on Monday ordered families with children out of 14 villages near Kupiansk, "
     "east of the city. Many of those who left are staying in student dormitories in Kharkiv."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-10-09",
            "Russian missiles hit a Kharkiv apartment block, Kyivskyi district (4, then 7 dead)"),
    "A02": (("THREATEN",), "2034-10-10",
            "Hungarian FM Kovacs-Nagy threatens to veto the EU payment to Ukraine"),
    "A03": (("ASSAULT",), "2034-10-11", "Ukrainian drone attack on the Volgograd refinery"),
    "A04": (("ACCUSE",), "2034-10-12", "Russian defence ministry accuses Ukraine of shelling Belgorod"),
    "A05": (("ASSAULT",), "2034-10-12",
            "second Russian missile strike on Kharkiv, Saltivka district (2 dead)"),
    "A06": (("REQUEST",), "2034-10-13", "President Havryliuk calls on allies for more air defence"),
    "A07": (("REQUEST",), "2034-10-13", "FM Sokolenko urges Western governments to hand over Patriots"),
    "A08": (("AGREE",), "2034-10-13", "German defence minister Mohrmann promises another IRIS-T system"),
    "A09": (("REJECT",), "2034-10-13", "Hungary vetoes the 4.2-billion-euro EU payment to Ukraine"),
    "A10": (("ACCUSE",), "2034-10-13", "EU foreign policy chief Reinholt criticises Hungary's veto"),
    "A11": (("RETREAT",), "2034-10-14", "UAE-mediated exchange of 103 prisoners of war each"),
    "A12": (("SUPPORT",), "2034-10-14", "Havryliuk thanks the UAE for its mediation"),
    "A13": (("SUPPORT",), "2034-10-14", "Russian defence ministry thanks the UAE"),
    "A14": (("CONSULT",), "2034-10-15", "Havryliuk visits front-line troops near Kupiansk"),
    "A15": (("COERCE",), "2034-10-16", "Kharkiv regional administration orders evacuation of 14 villages"),
    "A16": (("SANCTION",), "2034-10-16", "EU adopts its 31st sanctions package against Russia"),
    "A17": (("ASSAULT",), "2034-10-17", "Russian cruise missile strike on a substation near Lutsk, Volyn"),
    "A18": (("MOBILIZE",), "2034-10-17",
            "Poland scrambles fighter jets as a Russian missile nears its airspace"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-10_ridgeline_kharkiv-missiles-kill-four.txt", "A01", "slammed into an apartment building"),
    ("2034-10-10_ridgeline_kharkiv-missiles-kill-four.txt", "A01",
     "two ballistic missiles struck the Kyivskyi district"),
    ("2034-10-10_ridgeline_kharkiv-missiles-kill-four.txt", "A01", "They hit us while the children"),
    ("2034-10-10_ridgeline_kharkiv-missiles-kill-four.txt", "A01", "fired from across the border"),
    ("2034-10-10_steppe_kharkiv-night-barrage.txt", "A01", "ballistic missile attack on central Kharkiv"),
    ("2034-10-10_steppe_kharkiv-night-barrage.txt", "A01", "the missiles had hit a residential block"),
    ("2034-10-10_steppe_kharkiv-night-barrage.txt", "A01", "left a crater several metres deep"),
    ("2034-10-10_steppe_kharkiv-night-barrage.txt", "A01", "the whole stairwell came down"),
    ("2034-10-10_danube_hungary-threatens-veto.txt", "A02",
     "Foreign Minister Levente Kovacs-Nagy warned on Tuesday"),
    ("2034-10-10_danube_hungary-threatens-veto.txt", "A02", "the Ukraine payment stays frozen too"),
    ("2034-10-10_danube_hungary-threatens-veto.txt", "A02", "prepared to keep the veto in place"),
    ("2034-10-11_gulfcourier_kharkiv-toll-rises.txt", "A01", "Monday night's Russian missile strike"),
    ("2034-10-11_gulfcourier_kharkiv-toll-rises.txt", "A01", "two Iskander-M ballistic missiles launched"),
    ("2034-10-11_gulfcourier_kharkiv-toll-rises.txt", "A01", "when most residents of the building"),
    ("2034-10-11_ridgeline_drones-hit-volgograd-refinery.txt", "A03", "Ukrainian attack drones set an oil"),
    ("2034-10-11_ridgeline_drones-hit-volgograd-refinery.txt", "A03", "debris from downed drones had fallen"),
    ("2034-10-11_ridgeline_drones-hit-volgograd-refinery.txt", "A03",
     "the agency had carried out the attack"),
    ("2034-10-11_ridgeline_drones-hit-volgograd-refinery.txt", "A03", "at least two explosions and a column"),
    ("2034-10-11_balticherald_refinery-fire-volgograd.txt", "A03", "Kyiv's drones hit a major refinery"),
    ("2034-10-11_balticherald_refinery-fire-volgograd.txt", "A03", "moments before an explosion"),
    ("2034-10-11_balticherald_refinery-fire-volgograd.txt", "A03", "the drones came in waves"),
    ("2034-10-12_continental_volgograd-refinery-output.txt", "A03", "hit by Ukrainian drones on Wednesday"),
    ("2034-10-12_continental_volgograd-refinery-output.txt", "A03", "Wednesday's attack was the third"),
    ("2034-10-12_continental_volgograd-refinery-output.txt", "A03", "struck the plant's main crude unit"),
    ("2034-10-12_steppe_russia-accuses-kyiv-belgorod.txt", "A04", "accused Ukrainian forces of shelling"),
    ("2034-10-12_steppe_russia-accuses-kyiv-belgorod.txt", "A04", "a terrorist act by the Kyiv regime"),
    ("2034-10-12_steppe_russia-accuses-kyiv-belgorod.txt", "A04", "fired at least eight shells"),
    ("2034-10-12_steppe_russia-accuses-kyiv-belgorod.txt", "A03", "Ukrainian drones set a refinery"),
    ("2034-10-13_ridgeline_kharkiv-struck-again.txt", "A05", "Russian missiles struck Kharkiv again"),
    ("2034-10-13_ridgeline_kharkiv-struck-again.txt", "A05", "hit a warehouse and a bus depot"),
    ("2034-10-13_ridgeline_kharkiv-struck-again.txt", "A06", "called on Ukraine's allies to send"),
    ("2034-10-13_ridgeline_kharkiv-struck-again.txt", "A01", "when two ballistic missiles hit"),
    ("2034-10-13_balticherald_kharkiv-second-strike.txt", "A05", "Russian missiles struck Kharkiv again"),
    ("2034-10-13_balticherald_kharkiv-second-strike.txt", "A05", "hit a warehouse and a bus depot"),
    ("2034-10-13_balticherald_kharkiv-second-strike.txt", "A06", "called on Ukraine's allies to send"),
    ("2034-10-13_balticherald_kharkiv-second-strike.txt", "A01", "when two ballistic missiles hit"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A07", "urged Western governments on Friday"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A05",
     "Russian missile attack on Kharkiv killed two"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A07", "we are asking for the means"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A06",
     "made a similar plea earlier in the day"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A08",
     "Defence Minister Katrin Mohrmann promised"),
    ("2034-10-13_gulfcourier_sokolenko-patriots-germany.txt", "A05", "the overnight missiles had damaged"),
    ("2034-10-13_danube_hungary-blocks-tranche.txt", "A09", "Hungary vetoed a 4.2-billion-euro payment"),
    ("2034-10-13_danube_hungary-blocks-tranche.txt", "A02", "following through on a threat"),
    ("2034-10-13_danube_hungary-blocks-tranche.txt", "A09", "would not lift its objection until"),
    ("2034-10-13_danube_hungary-blocks-tranche.txt", "A10", "criticised the move as"),
    ("2034-10-13_danube_hungary-blocks-tranche.txt", "A02", "had warned on Tuesday that Budapest"),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt", "A09",
     "Hungary vetoed a 4.2-billion-euro payment"),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt", "A02", "carrying out what it had threatened"),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt", "A09", "would not lift its objection until"),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt", "A10", "criticised the move as"),
    ("2034-10-13_continental_budapest-veto-ukraine-funds.txt", "A02", "had warned on Tuesday that Budapest"),
    ("2034-10-14_gulfcourier_prisoner-swap-uae.txt", "A11", "exchanged 103 prisoners of war each"),
    ("2034-10-14_gulfcourier_prisoner-swap-uae.txt", "A11", "crossed back into Ukraine at the"),
    ("2034-10-14_gulfcourier_prisoner-swap-uae.txt", "A12", "thanked the UAE for its mediation"),
    ("2034-10-14_gulfcourier_prisoner-swap-uae.txt", "A13", "also expressed gratitude to Abu Dhabi"),
    ("2034-10-14_steppe_pow-exchange-belarus-border.txt", "A11",
     "handed back 103 captured Ukrainian servicemen"),
    ("2034-10-14_steppe_pow-exchange-belarus-border.txt", "A11", "Buses carrying the released men"),
    ("2034-10-14_steppe_pow-exchange-belarus-border.txt", "A12", "expressed his thanks to the Emirati"),
    ("2034-10-14_steppe_pow-exchange-belarus-border.txt", "A13", "it was grateful to the UAE"),
    ("2034-10-15_ridgeline_freed-pows-describe-captivity.txt", "A11",
     "released in Saturday's prisoner exchange"),
    ("2034-10-15_ridgeline_freed-pows-describe-captivity.txt", "A11",
     "The swap, arranged through Emirati mediation"),
    ("2034-10-15_ridgeline_freed-pows-describe-captivity.txt", "A11", "handed over at a crossing on"),
    ("2034-10-15_ridgeline_freed-pows-describe-captivity.txt", "A09", "Friday's Hungarian veto of an EU"),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt", "A14", "visited front-line troops near the"),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt", "A14", "met officers of the 14th Mechanised"),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt", "A14", "also visited a field hospital"),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt", "A14", "The trip came a day after"),
    ("2034-10-15_balticherald_havryliuk-visits-frontline.txt", "A11",
     "103 Ukrainian prisoners of war returned"),
    ("2034-10-15_danube_president-tours-kharkiv-front.txt", "A14", "travelled to positions on the Kupiansk"),
    ("2034-10-15_danube_president-tours-kharkiv-front.txt", "A14", "stopped at a battalion command post"),
    ("2034-10-15_danube_president-tours-kharkiv-front.txt", "A05", "A Russian strike late on Thursday"),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt", "A15",
     "ordered the mandatory evacuation of families"),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt", "A15", "must leave within a week"),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt", "A15", "The order came a day after"),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt", "A14",
     "visited troops on the Kupiansk front"),
    ("2034-10-16_continental_kupiansk-villages-evacuation.txt", "A05", "killing two people in the Saltivka"),
    ("2034-10-16_ridgeline_eu-adopts-sanctions-package.txt", "A16", "adopted a 31st sanctions package"),
    ("2034-10-16_ridgeline_eu-adopts-sanctions-package.txt", "A16", "also ban the import of Russian-made"),
    ("2034-10-16_ridgeline_eu-adopts-sanctions-package.txt", "A16", "freezes the assets of 41 people"),
    ("2034-10-16_ridgeline_eu-adopts-sanctions-package.txt", "A09", "on Friday blocked a 4.2-billion-euro"),
    ("2034-10-16_gulfcourier_evacuations-sanctions-roundup.txt", "A15",
     "told families with children to leave"),
    ("2034-10-16_gulfcourier_evacuations-sanctions-roundup.txt", "A15",
     "The order from the Kharkiv regional"),
    ("2034-10-16_gulfcourier_evacuations-sanctions-roundup.txt", "A16", "approved fresh sanctions on Moscow"),
    ("2034-10-16_gulfcourier_evacuations-sanctions-roundup.txt", "A16",
     "blacklist more than 100 additional tankers"),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt", "A18", "Poland scrambled fighter jets early"),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt", "A17", "Russian cruise missile fired at western"),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt", "A18", "Polish and allied aircraft were put"),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt", "A17", "Radar tracked the missile for several"),
    ("2034-10-17_balticherald_poland-scrambles-jets.txt", "A17", "overnight Russian attack on the Volyn"),
    ("2034-10-17_steppe_polish-jets-volyn-strike.txt", "A17",
     "slammed into an electricity substation outside"),
    ("2034-10-17_steppe_polish-jets-volyn-strike.txt", "A18", "Warsaw sent up fighter aircraft"),
    ("2034-10-17_steppe_polish-jets-volyn-strike.txt", "A18", "put aircraft on standby and alerted"),
    ("2034-10-17_steppe_polish-jets-volyn-strike.txt", "A17", "then the lights went out"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A18", "Tuesday's scramble of Polish fighter jets"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A17", "a Russian missile that came close"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A17", "hit a substation near Lutsk"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A18",
     "Polish F-16s patrolled the southeastern border"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A16", "Monday's new EU sanctions package"),
    ("2034-10-18_danube_poland-air-defence-debate.txt", "A09", "Budapest's veto of Ukrainian aid"),
    ("2034-10-18_continental_kharkiv-week-of-strikes.txt", "A01", "destroyed a stairwell of a nine-storey"),
    ("2034-10-18_continental_kharkiv-week-of-strikes.txt", "A05", "missiles hit a bus depot and"),
    ("2034-10-18_continental_kharkiv-week-of-strikes.txt", "A05",
     "the blasts shook buildings several blocks"),
    ("2034-10-18_continental_kharkiv-week-of-strikes.txt", "A15", "ordered families with children out"),
]

FLOORS = {"pairwise_f1": 0.73, "b3_f1": 0.8, "reports_found": 0.69}


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
