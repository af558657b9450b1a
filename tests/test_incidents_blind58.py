"""Blind incident batch 58: ten days of fire across the Israel-Lebanon border, for scoring incident grouping.

A new batch of synthetic news documents from six outlets about one crisis, so that a system that groups reports of
the same real-world act into one incident can be scored. The crisis, October 3 to 13, 2033: Hezbollah fires
rockets and drones at northern Israel, Israel answers with air strikes on southern Lebanon, the Bekaa and Beirut's
southern suburbs (tolls differ by source and are revised), an Israeli tank round hits a UNIFIL post and two
peacekeepers are hurt, Lebanon complains to the Security Council, tens of thousands flee south Lebanon and Israel
orders border communities evacuated, a US envoy shuttles between Beirut and Jerusalem, France puts forward a truce
plan, a truce is announced and a drone strike on a border village then tests it, and Israel lifts its evacuation
order.

Everything in it is synthetic: the six outlets (Tamarind Wire, Northpoint Herald, Coastline Dispatch, Granite
Post, Harbourlight News, Amberfield Observer) and every person are invented, the countries and places are real,
the events never happened and the dates are in the future. 26 documents; one is a verbatim syndicated copy
(Harbourlight News of Tamarind Wire, October 6) and one a lightly edited copy (Amberfield Observer of Northpoint
Herald, October 8). Look-alikes: two Hezbollah salvoes on Kiryat Shmona (3rd and 6th), two rounds of Israeli
strikes in the Bekaa (near Baalbek on the 5th, near Hermel on the 8th), two meetings of the US envoy with the
Lebanese prime minister (7th and 9th) plus his meeting with the Israeli prime minister (8th), two calls for
restraint on one day by different speakers (UN secretary-general and EU foreign policy chief, 5th), a threat
against Beirut's southern suburbs (4th) and the strike itself (7th), the evacuation of Israeli border communities
ordered (4th) and lifted (13th); figures change between reports (about 40 rockets, then some 60; nine dead in the
first raids, then 14; six dead in the southern suburbs, then 11; 30,000 displaced, then 52,000).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's salvo by Hezbollah on one town is one act, and so is a day's wave of Israeli air strikes on one
area. Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two readings: France's
truce plan is AGREE (intent to mediate) or CONSULT (engaging in mediation), the truce announcement is RETREAT
(declaring a truce) or AGREE (intent to de-escalate, the truce taking effect the next day), and lifting the
evacuation order is RETREAT (easing a state of emergency) or CONCEDE (easing administrative restrictions). REPORTS
lists every body sentence (headlines are not listed) that reports an act that happened, background recaps in later
reports included ("a day after the Home Front Command told residents ..."), with a cue found once in its file; a
syndicated copy has its own entries. Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and
denied acts, acts more than a year before, statistics, tallies and opinions are not listed (a promise is itself
AGREE and a threat THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and
tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data or any
other blind batch.

FIRST RUN (written by a helper at the start of the seventeenth session (2026-12-02)), on its starting code
(aa2ece2), before any of it was read: **pairwise F1 0.542** (precision 0.553, recall 0.531), B-cubed F1 0.754,
reports found 0.584. Read afterwards: its misses may inform rules (each justified by
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
    ("2033-10-03_tamarind_rockets-hit-kiryat-shmona.txt",
     "Hezbollah rockets pound Kiryat Shmona, Israel hits back in south Lebanon\n\n"
     "KIRYAT SHMONA, October 3, 2033 (Tamarind Wire) - Hezbollah fired about 40 rockets at Kiryat Shmona and nearby "
     "kibbutzim on Monday morning, setting a warehouse ablaze and sending residents of the Galilee panhandle into "
     "shelters, Israeli police said.\n\n"
     "Hezbollah claimed the attack in a short statement read on its Al-Manar television station.\n\n"
     "Within hours Israeli warplanes bombed targets around Khiam and Bint Jbeil in southern Lebanon, the army said, "
     "describing them as launch sites and weapons depots.\n\n"
     "Lebanon's health ministry put the number of dead from the raids at nine, two of them children, and said 31 "
     "people had been wounded.\n\n"
     "Mayor Avi Kedem told reporters that Kiryat Shmona's schools would stay shut through Friday."),
    ("2033-10-03_northpoint_raids-on-south-lebanon.txt",
     "Israeli jets strike south Lebanon villages after rocket fire\n\n"
     "BEIRUT, October 3, 2033 (Northpoint Herald) - Israeli aircraft carried out a wave of air strikes on villages "
     "in southern Lebanon on Monday, killing nine people according to Lebanese officials.\n\n"
     "Earlier that day Hezbollah had launched rockets into northern Israel, in the most serious exchange across the "
     "frontier this year.\n\n"
     "Residents of Khiam described at least six strikes on the outskirts of the town in the early afternoon, and a "
     "column of smoke could be seen from Marjayoun.\n\n"
     "According to the Israeli army, the jets hit rocket launchers and a Hezbollah command post around Bint Jbeil.\n\n"
     "Schools in a dozen villages near the border did not open, and many families loaded cars and left for Tyre and "
     "Sidon before nightfall."),
    ("2033-10-04_coastline_border-towns-emptied.txt",
     "Israel orders residents out of border communities as drones strike near Safed\n\n"
     "JERUSALEM, October 4, 2033 (Coastline Dispatch) - Israel's Home Front Command on Tuesday ordered the "
     "evacuation of 22 communities lying within five kilometres of the Lebanese border, including Metula and "
     "Shlomi, and declared the strip a closed military zone.\n\n"
     "Maj. Gen. Ronen Azoulay, who heads the command, said buses would collect families from noon and that hotels "
     "in Tiberias had been booked for them.\n\n"
     "The order came hours after Hezbollah sent a swarm of explosive drones toward a military base near Safed.\n\n"
     "The army said most were shot down but that one struck a storage building, lightly wounding two soldiers.\n\n"
     "Hezbollah opened the exchange on Monday with a salvo on Kiryat Shmona that the army now puts at some 60 "
     "rockets, up from an initial estimate of 40."),
    ("2033-10-04_granite_sharabi-warns-beirut.txt",
     "Israeli defence minister warns Beirut suburbs could be next\n\n"
     "TEL AVIV, October 4, 2033 (Granite Post) - Israeli Defence Minister Eitan Sharabi warned on Tuesday that the "
     "air force would strike the southern suburbs of Beirut, the Hezbollah stronghold known as Dahiyeh, if rocket "
     "and drone fire on northern Israel did not stop.\n\n"
     '"Whoever fires on Metula will hear from us in Haret Hreik," Sharabi said on a visit to a command post near '
     "the frontier, naming one of the district's neighbourhoods.\n\n"
     "He spoke hours after Hezbollah drones hit a base near Safed, wounding two soldiers, and as thousands of "
     "Israelis packed their cars to leave frontier towns under an army evacuation order.\n\n"
     "Israeli jets bombed Khiam and Bint Jbeil on Monday.\n\n"
     "Lebanon's health ministry has since raised the toll from those raids to 14 dead, including three children."),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt",
     "Israeli jets reach Bekaa valley as border fighting spreads\n\n"
     "BAALBEK, October 5, 2033 (Harbourlight News) - Israeli warplanes struck targets in Lebanon's Bekaa valley "
     "early on Wednesday, carrying a three-day confrontation with Hezbollah well beyond the southern border strip.\n\n"
     "Civil defence workers said three strikes hit a farm compound and a fuel depot on the road between Baalbek and "
     "the village of Brital, killing four people.\n\n"
     "The Israeli army said the sites held long-range rockets.\n\n"
     "The Bekaa raids followed a warning on Tuesday from Israeli Defence Minister Eitan Sharabi that Beirut's "
     "southern suburbs could also be hit.\n\n"
     "Across the border, the roads out of Metula and Shlomi were nearly empty a day after the Home Front Command "
     "told residents of 22 frontier communities to leave."),
    ("2033-10-05_amberfield_restraint-appeals.txt",
     "UN chief and EU urge restraint as Lebanon front widens\n\n"
     "NEW YORK, October 5, 2033 (Amberfield Observer) - United Nations Secretary-General Miro Tavares on Wednesday "
     "urged Israel and Hezbollah to halt their exchanges of fire, saying the fighting risked dragging Lebanon into "
     "a wider war.\n\n"
     "In Brussels, the EU foreign affairs chief, Ines Valcarcel, made a matching appeal within hours, asking both "
     "sides to show maximum restraint and to spare civilians.\n\n"
     "Tavares spoke hours after Israeli jets hit the Bekaa valley, a first in the fighting that began on Monday.\n\n"
     "Council diplomats expected no session on the crisis before the weekend."),
    ("2033-10-05_tamarind_calls-for-calm.txt",
     "Appeals for calm from New York and Brussels as Bekaa is bombed\n\n"
     "UNITED NATIONS, October 5, 2033 (Tamarind Wire) - The UN's top official appealed on Wednesday for an "
     "immediate end to hostilities along the Blue Line separating Lebanon and Israel.\n\n"
     '"Civilians on both sides are paying the price," Secretary-General Miro Tavares told reporters outside the '
     "council chamber.\n\n"
     "The EU's top diplomat, Ines Valcarcel, issued her own call for restraint later in the day, saying Europe "
     "feared a repeat of the wars of the past.\n\n"
     "Earlier on Wednesday Israeli aircraft bombed sites near Baalbek in the Bekaa valley, killing four people, "
     "Lebanese civil defence said."),
    ("2033-10-06_tamarind_peacekeepers-wounded.txt",
     "Two UN peacekeepers hurt as shell hits UNIFIL post in south Lebanon\n\n"
     "NAQOURA, October 6, 2033 (Tamarind Wire) - An Israeli tank shell struck a United Nations observation post "
     "near the coastal town of Naqoura on Thursday, wounding two peacekeepers, UNIFIL reported.\n\n"
     "One of the injured soldiers, from Ghana, was flown to a hospital in Beirut; the other, from Ireland, suffered "
     "shrapnel wounds to one leg, the mission said.\n\n"
     "UNIFIL spokesman Matteo Ferrandi condemned the strike as a grave breach of Security Council resolution 1701 "
     "and said the mission had lodged a formal protest with the Israeli army.\n\n"
     "Israel's army said it had not deliberately aimed at UN personnel.\n\n"
     "Also on Thursday, Hezbollah fired a fresh barrage of rockets at Kiryat Shmona.\n\n"
     "One rocket hit a house, police said, but the family inside had taken cover in a shelter."),
    ("2033-10-06_harbourlight_peacekeepers-wounded.txt",
     "Two UN peacekeepers hurt as shell hits UNIFIL post in south Lebanon\n\n"
     "NAQOURA, October 6, 2033 (Tamarind Wire) - An Israeli tank shell struck a United Nations observation post "
     "near the coastal town of Naqoura on Thursday, wounding two peacekeepers, UNIFIL reported.\n\n"
     "One of the injured soldiers, from Ghana, was flown to a hospital in Beirut; the other, from Ireland, suffered "
     "shrapnel wounds to one leg, the mission said.\n\n"
     "UNIFIL spokesman Matteo Ferrandi condemned the strike as a grave breach of Security Council resolution 1701 "
     "and said the mission had lodged a formal protest with the Israeli army.\n\n"
     "Israel's army said it had not deliberately aimed at UN personnel.\n\n"
     "Also on Thursday, Hezbollah fired a fresh barrage of rockets at Kiryat Shmona.\n\n"
     "One rocket hit a house, police said, but the family inside had taken cover in a shelter."),
    ("2033-10-06_coastline_second-salvo.txt",
     "Kiryat Shmona under fire again as Hezbollah launches second barrage\n\n"
     "KIRYAT SHMONA, October 6, 2033 (Coastline Dispatch) - Sirens wailed across Kiryat Shmona on Thursday "
     "afternoon as Hezbollah launched its second rocket barrage at the town in four days, the army said.\n\n"
     "About 25 rockets crossed the border, most of them intercepted by Iron Dome batteries.\n\n"
     "Hezbollah's first salvo, on Monday, set a warehouse on fire.\n\n"
     "Israel's answer that day was a series of raids on Khiam and Bint Jbeil.\n\n"
     "Earlier on Thursday a shell fired by an Israeli tank wounded two UN peacekeepers at a post near Naqoura, the "
     "peacekeeping force said."),
    ("2033-10-07_northpoint_dahiyeh-struck.txt",
     "Israel bombs Beirut's southern suburbs for first time in flare-up\n\n"
     "BEIRUT, October 7, 2033 (Northpoint Herald) - Israeli jets struck two buildings in Beirut's southern suburbs "
     "before dawn on Friday, killing at least six people, Lebanese officials said, three days after Israel's "
     "defence minister threatened the Hezbollah-run district.\n\n"
     "Witnesses in Haret Hreik said the second missile brought down the upper floors of a residential block as "
     "rescue teams searched the rubble left by the first.\n\n"
     "The Israeli army said it had targeted a Hezbollah drone workshop. Hezbollah did not immediately comment.\n\n"
     "Later on Friday, Lebanon took a formal grievance to the Security Council over what Foreign Ministry officials "
     "called repeated Israeli aggression, including the wounding of two peacekeepers the day before."),
    ("2033-10-07_granite_lebanon-complaint-un.txt",
     "Lebanon files Security Council complaint over Israeli strikes\n\n"
     "NEW YORK, October 7, 2033 (Granite Post) - Lebanon's UN mission on Friday submitted a complaint to the "
     "Security Council accusing Israel of violating Lebanese sovereignty by air, land and sea.\n\n"
     "In a letter to the council president, Ambassador Rania Haidar cited the bombing of Beirut's southern suburbs "
     "hours earlier.\n\n"
     "The letter also pointed to Thursday's tank fire on a UNIFIL post, which hurt two peacekeepers.\n\n"
     "Diplomats said France was preparing a text for the council but that no vote had been scheduled."),
    ("2033-10-07_amberfield_envoy-meets-azzouni.txt",
     "US envoy lands in Beirut and meets Azzouni as suburbs count dead\n\n"
     "BEIRUT, October 7, 2033 (Amberfield Observer) - US special envoy Warren Halvorsen held talks with Lebanese "
     "Prime Minister Karim Azzouni at the Grand Serail on Friday evening, opening a diplomatic push to halt the "
     "cross-border clashes.\n\n"
     "Halvorsen had flown in from Cyprus earlier in the day.\n\n"
     "The envoy arrived hours after an Israeli strike on the southern suburbs that the health ministry said had "
     "killed 11 people, against six reported at first.\n\n"
     "Lebanon's government also filed a complaint against Israel at the Security Council that day."),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt",
     "US envoy takes Lebanon talks to Jerusalem as Israel hits Hermel\n\n"
     "JERUSALEM, October 8, 2033 (Northpoint Herald) - US envoy Warren Halvorsen met Israeli Prime Minister Yaron "
     "Adiel in Jerusalem on Saturday, carrying ideas from Beirut for a halt to the cross-border fire.\n\n"
     "He had seen Lebanon's prime minister, Karim Azzouni, at his Beirut office the previous evening.\n\n"
     "Adiel's office said the meeting lasted three hours and that Defence Minister Eitan Sharabi also took part.\n\n"
     "As the two men talked, Israeli aircraft hit the Bekaa valley again, striking hillsides near Hermel close to "
     "the Syrian border, Lebanese media reported.\n\n"
     "UN figures put the number who have left southern Lebanon since Monday above 30,000."),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt",
     "American envoy meets Israel's Adiel; Bekaa struck again\n\n"
     "JERUSALEM, October 8, 2033 (Amberfield Observer) - US envoy Warren Halvorsen met Israeli Prime Minister Yaron "
     "Adiel in Jerusalem on Saturday, bringing ideas from Beirut for a halt to cross-border fire.\n\n"
     "He had seen Lebanon's prime minister, Karim Azzouni, at his Beirut office on Friday evening.\n\n"
     "Adiel's office said the meeting lasted three hours and that Defence Minister Eitan Sharabi also attended.\n\n"
     "As the two men talked, Israeli aircraft hit the Bekaa valley again, striking hillsides near Hermel, close to "
     "the Syrian border, according to Lebanese media.\n\n"
     "UN figures put those who have left southern Lebanon since Monday at more than 30,000."),
    ("2033-10-08_tamarind_hermel-strikes.txt",
     "Israel hits northern Bekaa near Hermel, three days after Baalbek raids\n\n"
     "HERMEL, October 8, 2033 (Tamarind Wire) - Israeli warplanes bombed mountain positions outside Hermel in "
     "Lebanon's northern Bekaa on Saturday, Lebanese security sources said, in the second wave of strikes on the "
     "valley this week.\n\n"
     "The first, on Wednesday, destroyed a fuel depot and farm buildings near Baalbek and killed four people.\n\n"
     "Two people were wounded on Saturday, a hospital official in Hermel said.\n\n"
     "In Beirut, a Qatari military cargo plane landed with 40 tonnes of medicines, tents and blankets for families "
     "displaced from the south, the Qatar Fund for Development said."),
    ("2033-10-08_coastline_qatar-aid-flight.txt",
     "Qatari aid plane lands in Beirut as displaced top 30,000\n\n"
     "BEIRUT, October 8, 2033 (Coastline Dispatch) - Qatar delivered a planeload of relief supplies to Beirut on "
     "Saturday for Lebanese families driven from the south by the fighting, the first foreign aid flight since the "
     "border flared on Monday.\n\n"
     "The UN migration agency counted more than 30,000 people who had left their homes in south Lebanon, many of "
     "them sleeping in schools in Sidon and Beirut.\n\n"
     "Social Affairs Minister Joumana Sayegh said the supplies would go first to shelters in Sidon.\n\n"
     "Further north, Israeli aircraft struck near Hermel in the Bekaa on Saturday, Lebanese officials said."),
    ("2033-10-09_granite_french-truce-plan.txt",
     "France unveils three-stage truce plan for Lebanon border\n\n"
     "PARIS, October 9, 2033 (Granite Post) - France on Sunday put forward a three-stage plan to end the fighting "
     "between Israel and Hezbollah, proposing an immediate halt to fire, a pullback of armed groups from the border "
     "and the deployment of more Lebanese troops in the south.\n\n"
     "Foreign Minister Claire Vautrin presented the proposal to reporters at the Quai d'Orsay.\n\n"
     "Under the plan, Hezbollah would pull its units back beyond the Litani within two weeks and UNIFIL would "
     "patrol the vacated strip alongside the Lebanese army.\n\n"
     "In Beirut, Hezbollah official Samir Qassab rejected the clause on withdrawing fighters, saying the group "
     'would not "hand the border to Israel\'s drones".\n\n'
     "The US envoy, Warren Halvorsen, met Israel's prime minister in Jerusalem on Saturday and was due back in "
     "Beirut on Sunday."),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt",
     "Halvorsen back in Beirut for second round with Azzouni\n\n"
     "BEIRUT, October 9, 2033 (Harbourlight News) - US envoy Warren Halvorsen returned to Beirut on Sunday and met "
     "Prime Minister Karim Azzouni for the second time in three days, Lebanese officials said.\n\n"
     "The meeting, at Azzouni's residence in the Verdun district, lasted two hours, an aide to the prime minister "
     "said.\n\n"
     "Earlier on Sunday, France made its truce plan public in Paris.\n\n"
     "Their first meeting, on Friday evening, came hours after Israeli jets bombed Beirut's southern suburbs."),
    ("2033-10-10_tamarind_truce-announced.txt",
     "Truce announced between Israel and Hezbollah from Tuesday dawn\n\n"
     "BEIRUT, October 10, 2033 (Tamarind Wire) - Israel and Hezbollah have agreed to a cessation of hostilities "
     "that will take effect at 4 a.m. on Tuesday, US envoy Warren Halvorsen announced in Beirut on Monday after a "
     "week of cross-border fire.\n\n"
     "Halvorsen made the announcement at the Grand Serail alongside Lebanese Prime Minister Karim Azzouni.\n\n"
     "France unveiled its own plan on Sunday, calling for Hezbollah fighters to leave a strip along the border and "
     "for Lebanese troops to take their place.\n\n"
     "Halvorsen had shuttled twice between the two capitals since arriving in the region on Friday.\n\n"
     "Lebanon's health ministry said 87 people had been killed in the country since October 3; Israel said five "
     "civilians and two soldiers had died on its side."),
    ("2033-10-10_northpoint_ceasefire-deal.txt",
     "Ceasefire to begin on Lebanon front; northern residents wary\n\n"
     "JERUSALEM, October 10, 2033 (Northpoint Herald) - Israel and Hezbollah will stop firing before dawn on "
     "Tuesday under a ceasefire announced on Monday evening, ending eight days of the heaviest fighting on the "
     "border in years.\n\n"
     "The final text took shape during Halvorsen's talks in Beirut on Sunday with Prime Minister Karim Azzouni, "
     "Israeli and Lebanese officials said.\n\n"
     "France had set out its own truce proposal in Paris on Sunday.\n\n"
     "Residents of Metula, away from home since last Tuesday under a Home Front Command order, said they would wait "
     "before going back."),
    ("2033-10-11_coastline_truce-first-day.txt",
     "Quiet returns to south Lebanon on first day of truce\n\n"
     "TYRE, October 11, 2033 (Coastline Dispatch) - Cars loaded with mattresses and gas cylinders streamed south "
     "from Sidon on Tuesday as displaced families headed home on day one of the truce between Israel and Hezbollah.\n\n"
     "The Lebanese army reported a quiet day along the frontier.\n\n"
     "The truce was announced on Monday in Beirut by the US envoy, Warren Halvorsen, after a week of shuttle "
     "diplomacy.\n\n"
     "UN agencies said the number of people displaced in south Lebanon had reached 52,000 by Monday, up from about "
     "30,000 at the weekend.\n\n"
     "In northern Israel, the evacuation order for frontier towns remained in force."),
    ("2033-10-12_granite_drone-strike-aita.txt",
     "Israeli drone strike on border village puts new truce to the test\n\n"
     "MARJAYOUN, October 12, 2033 (Granite Post) - An Israeli drone fired a missile at a motorcycle in the border "
     "village of Aita al-Shaab on Wednesday, killing two men, Lebanese security officials said, the first deadly "
     "strike since the ceasefire began on Tuesday.\n\n"
     "The Israeli army said the two were Hezbollah members carrying weapons near the border.\n\n"
     "Lebanese Prime Minister Karim Azzouni accused Israel of violating the truce within 36 hours.\n\n"
     "Hezbollah did not respond militarily, and the border was otherwise calm.\n\n"
     "The truce was announced by Washington's envoy on Monday evening after eight days of fighting."),
    ("2033-10-12_amberfield_azzouni-accuses-israel.txt",
     "Azzouni accuses Israel of breaching truce after Aita al-Shaab strike\n\n"
     "BEIRUT, October 12, 2033 (Amberfield Observer) - Prime Minister Karim Azzouni on Wednesday accused Israel of "
     "breaking the two-day-old truce, hours after a drone strike killed two men in the southern village of Aita "
     "al-Shaab.\n\n"
     '"This is not what was agreed," Azzouni declared in a written statement issued by his office.\n\n'
     "Israel's military said the two men were armed and had approached the border fence.\n\n"
     "Hezbollah has not fired since the truce began, the UN peacekeeping force said."),
    ("2033-10-13_harbourlight_evacuation-order-lifted.txt",
     "Israel lifts evacuation order for northern border towns\n\n"
     "METULA, October 13, 2033 (Harbourlight News) - Israel's Home Front Command on Thursday lifted the evacuation "
     "order covering 22 border communities, allowing residents of Metula, Shlomi and other frontier towns to return "
     "home nine days after they were told to leave.\n\n"
     "The command said schools in the area would reopen on Sunday and that the closed military zone along the fence "
     "would shrink to one kilometre.\n\n"
     "The decision followed two days of calm, broken only by an Israeli drone strike in Aita al-Shaab, a Lebanese "
     "village, on Wednesday."),
    ("2033-10-13_tamarind_residents-return.txt",
     "Families head back to Israel's north as evacuation ends\n\n"
     "KIRYAT SHMONA, October 13, 2033 (Tamarind Wire) - Israel on Thursday ended the evacuation of its northern "
     "border strip, and the first families drove back into Metula within hours, passing army checkpoints that had "
     "been dismantled overnight.\n\n"
     "The order to leave, issued on October 4, had emptied 22 communities of some 40,000 people.\n\n"
     "Kiryat Shmona, just outside the evacuation zone, was hit by Hezbollah rockets on October 3.\n\n"
     "A second barrage struck the town three days later.\n\n"
     "Mayor Avi Kedem said about a third of the town's residents had already come back."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-10-03", "Hezbollah salvo on Kiryat Shmona, first"),
    "A02": (("ASSAULT",), "2033-10-03", "Israeli air raids around Khiam and Bint Jbeil"),
    "A03": (("ASSAULT",), "2033-10-04", "Hezbollah drones on an army base near Safed"),
    "A04": (("COERCE",), "2033-10-04", "Israel orders 22 border communities evacuated"),
    "A05": (("THREATEN",), "2033-10-04", "Sharabi threatens Beirut's southern suburbs"),
    "A06": (("ASSAULT",), "2033-10-05", "Israeli raids near Baalbek, first in the Bekaa"),
    "A07": (("REQUEST",), "2033-10-05", "UN secretary-general urges a halt to fire"),
    "A08": (("REQUEST",), "2033-10-05", "EU foreign policy chief urges restraint"),
    "A09": (("ASSAULT",), "2033-10-06", "Israeli tank round hits UNIFIL post, two hurt"),
    "A10": (("ACCUSE",), "2033-10-06", "UNIFIL condemns the shelling and protests to Israel"),
    "A11": (("ASSAULT",), "2033-10-06", "second Hezbollah salvo on Kiryat Shmona"),
    "A12": (("ASSAULT",), "2033-10-07", "Israeli strike on Dahiyeh in Beirut"),
    "A13": (("ACCUSE",), "2033-10-07", "Lebanon complains to the Security Council"),
    "A14": (("CONSULT",), "2033-10-07", "Halvorsen meets Azzouni in Beirut, first time"),
    "A15": (("CONSULT",), "2033-10-08", "Halvorsen meets Adiel in Jerusalem"),
    "A16": (("ASSAULT",), "2033-10-08", "Israeli raids near Hermel, second in the Bekaa"),
    "A17": (("AID",), "2033-10-08", "Qatari relief flight lands in Beirut"),
    "A18": (("AGREE", "CONSULT"), "2033-10-09", "France presents a truce plan"),
    "A19": (("REJECT",), "2033-10-09", "Hezbollah rejects the French pullback clause"),
    "A20": (("CONSULT",), "2033-10-09", "Halvorsen meets Azzouni in Beirut, second time"),
    "A21": (("RETREAT", "AGREE"), "2033-10-10", "Israel-Hezbollah truce announced"),
    "A22": (("ASSAULT",), "2033-10-12", "Israeli drone kills two in Aita al-Shaab"),
    "A23": (("ACCUSE",), "2033-10-12", "Azzouni accuses Israel of a truce breach"),
    "A24": (("RETREAT", "CONCEDE"), "2033-10-13", "Israel lifts the border evacuation order"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_tamarind_rockets-hit-kiryat-shmona.txt", "A01", "fired about 40 rockets"),
    ("2033-10-03_tamarind_rockets-hit-kiryat-shmona.txt", "A01", "claimed the attack in"),
    ("2033-10-03_tamarind_rockets-hit-kiryat-shmona.txt", "A02", "Israeli warplanes bombed targets"),
    ("2033-10-03_northpoint_raids-on-south-lebanon.txt", "A02", "a wave of air strikes"),
    ("2033-10-03_northpoint_raids-on-south-lebanon.txt", "A02", "at least six strikes"),
    ("2033-10-03_northpoint_raids-on-south-lebanon.txt", "A02", "the jets hit rocket launchers"),
    ("2033-10-03_northpoint_raids-on-south-lebanon.txt", "A01", "Hezbollah had launched rockets into"),
    ("2033-10-04_coastline_border-towns-emptied.txt", "A04", "ordered the evacuation of 22"),
    ("2033-10-04_coastline_border-towns-emptied.txt", "A04", "The order came hours after"),
    ("2033-10-04_coastline_border-towns-emptied.txt", "A03", "a swarm of explosive drones"),
    ("2033-10-04_coastline_border-towns-emptied.txt", "A03", "one struck a storage building"),
    ("2033-10-04_coastline_border-towns-emptied.txt", "A01", "opened the exchange on Monday"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A05", "would strike the southern"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A05", "will hear from us in"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A05", "He spoke hours after"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A03", "Hezbollah drones hit a base"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A04", "under an army evacuation order"),
    ("2033-10-04_granite_sharabi-warns-beirut.txt", "A02", "bombed Khiam and Bint Jbeil"),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt", "A06", "struck targets in Lebanon's Bekaa"),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt", "A06", "three strikes hit a farm"),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt", "A05", "a warning on Tuesday from"),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt", "A06", "The Bekaa raids followed"),
    ("2033-10-05_harbourlight_strikes-reach-bekaa.txt", "A04", "told residents of 22 frontier"),
    ("2033-10-05_amberfield_restraint-appeals.txt", "A07", "urged Israel and Hezbollah"),
    ("2033-10-05_amberfield_restraint-appeals.txt", "A08", "made a matching appeal"),
    ("2033-10-05_amberfield_restraint-appeals.txt", "A06", "the Bekaa valley, a first"),
    ("2033-10-05_amberfield_restraint-appeals.txt", "A07", "Tavares spoke hours after"),
    ("2033-10-05_tamarind_calls-for-calm.txt", "A07", "appealed on Wednesday for an"),
    ("2033-10-05_tamarind_calls-for-calm.txt", "A08", "issued her own call for"),
    ("2033-10-05_tamarind_calls-for-calm.txt", "A06", "bombed sites near Baalbek"),
    ("2033-10-06_tamarind_peacekeepers-wounded.txt", "A09", "An Israeli tank shell struck"),
    ("2033-10-06_tamarind_peacekeepers-wounded.txt", "A10", "condemned the strike as"),
    ("2033-10-06_tamarind_peacekeepers-wounded.txt", "A11", "fired a fresh barrage"),
    ("2033-10-06_tamarind_peacekeepers-wounded.txt", "A11", "One rocket hit a house"),
    ("2033-10-06_harbourlight_peacekeepers-wounded.txt", "A09", "An Israeli tank shell struck"),
    ("2033-10-06_harbourlight_peacekeepers-wounded.txt", "A10", "condemned the strike as"),
    ("2033-10-06_harbourlight_peacekeepers-wounded.txt", "A11", "fired a fresh barrage"),
    ("2033-10-06_harbourlight_peacekeepers-wounded.txt", "A11", "One rocket hit a house"),
    ("2033-10-06_coastline_second-salvo.txt", "A11", "launched its second rocket barrage"),
    ("2033-10-06_coastline_second-salvo.txt", "A11", "About 25 rockets crossed"),
    ("2033-10-06_coastline_second-salvo.txt", "A01", "first salvo, on Monday"),
    ("2033-10-06_coastline_second-salvo.txt", "A02", "a series of raids on"),
    ("2033-10-06_coastline_second-salvo.txt", "A09", "fired by an Israeli tank"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A12", "struck two buildings in Beirut's"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A05", "defence minister threatened the"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A12", "second missile brought down"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A12", "targeted a Hezbollah drone workshop"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A13", "took a formal grievance to"),
    ("2033-10-07_northpoint_dahiyeh-struck.txt", "A09", "the wounding of two peacekeepers"),
    ("2033-10-07_granite_lebanon-complaint-un.txt", "A13", "submitted a complaint to the"),
    ("2033-10-07_granite_lebanon-complaint-un.txt", "A13", "In a letter to the"),
    ("2033-10-07_granite_lebanon-complaint-un.txt", "A13", "The letter also pointed to"),
    ("2033-10-07_granite_lebanon-complaint-un.txt", "A12", "the bombing of Beirut's southern"),
    ("2033-10-07_granite_lebanon-complaint-un.txt", "A09", "tank fire on a UNIFIL"),
    ("2033-10-07_amberfield_envoy-meets-azzouni.txt", "A14", "held talks with Lebanese Prime"),
    ("2033-10-07_amberfield_envoy-meets-azzouni.txt", "A12", "an Israeli strike on the"),
    ("2033-10-07_amberfield_envoy-meets-azzouni.txt", "A14", "The envoy arrived hours after"),
    ("2033-10-07_amberfield_envoy-meets-azzouni.txt", "A13", "filed a complaint against Israel"),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt", "A15", "met Israeli Prime Minister Yaron"),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt", "A14", "had seen Lebanon's prime minister"),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt", "A15", "the meeting lasted three hours"),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt", "A15", "As the two men talked"),
    ("2033-10-08_northpoint_envoy-in-jerusalem.txt", "A16", "hit the Bekaa valley again"),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt", "A15", "met Israeli Prime Minister Yaron"),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt", "A14", "had seen Lebanon's prime minister"),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt", "A15", "the meeting lasted three hours"),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt", "A15", "As the two men talked"),
    ("2033-10-08_amberfield_envoy-sees-adiel.txt", "A16", "hit the Bekaa valley again"),
    ("2033-10-08_tamarind_hermel-strikes.txt", "A16", "bombed mountain positions outside Hermel"),
    ("2033-10-08_tamarind_hermel-strikes.txt", "A06", "The first, on Wednesday"),
    ("2033-10-08_tamarind_hermel-strikes.txt", "A17", "a Qatari military cargo plane"),
    ("2033-10-08_coastline_qatar-aid-flight.txt", "A17", "delivered a planeload of relief"),
    ("2033-10-08_coastline_qatar-aid-flight.txt", "A16", "struck near Hermel in the"),
    ("2033-10-09_granite_french-truce-plan.txt", "A18", "put forward a three-stage"),
    ("2033-10-09_granite_french-truce-plan.txt", "A18", "presented the proposal to reporters"),
    ("2033-10-09_granite_french-truce-plan.txt", "A19", "rejected the clause on withdrawing"),
    ("2033-10-09_granite_french-truce-plan.txt", "A15", "met Israel's prime minister in"),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt", "A20", "for the second time in"),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt", "A20", "lasted two hours"),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt", "A18", "France made its truce plan"),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt", "A14", "Their first meeting, on Friday"),
    ("2033-10-09_harbourlight_envoy-returns-beirut.txt", "A12", "Israeli jets bombed Beirut's southern"),
    ("2033-10-10_tamarind_truce-announced.txt", "A21", "agreed to a cessation"),
    ("2033-10-10_tamarind_truce-announced.txt", "A21", "made the announcement at the"),
    ("2033-10-10_tamarind_truce-announced.txt", "A18", "France unveiled its own plan"),
    ("2033-10-10_northpoint_ceasefire-deal.txt", "A21", "under a ceasefire announced on"),
    ("2033-10-10_northpoint_ceasefire-deal.txt", "A20", "Halvorsen's talks in Beirut on"),
    ("2033-10-10_northpoint_ceasefire-deal.txt", "A18", "France had set out"),
    ("2033-10-10_northpoint_ceasefire-deal.txt", "A04", "under a Home Front Command"),
    ("2033-10-11_coastline_truce-first-day.txt", "A21", "The truce was announced on"),
    ("2033-10-12_granite_drone-strike-aita.txt", "A22", "An Israeli drone fired"),
    ("2033-10-12_granite_drone-strike-aita.txt", "A23", "accused Israel of violating"),
    ("2033-10-12_granite_drone-strike-aita.txt", "A21", "announced by Washington's envoy on"),
    ("2033-10-12_amberfield_azzouni-accuses-israel.txt", "A23", "accused Israel of breaking the"),
    ("2033-10-12_amberfield_azzouni-accuses-israel.txt", "A23", "declared in a written statement"),
    ("2033-10-12_amberfield_azzouni-accuses-israel.txt", "A22", "a drone strike killed two"),
    ("2033-10-13_harbourlight_evacuation-order-lifted.txt", "A24", "lifted the evacuation order covering"),
    ("2033-10-13_harbourlight_evacuation-order-lifted.txt", "A04", "they were told to leave"),
    ("2033-10-13_harbourlight_evacuation-order-lifted.txt", "A22", "broken only by an Israeli"),
    ("2033-10-13_harbourlight_evacuation-order-lifted.txt", "A24", "The decision followed two days"),
    ("2033-10-13_tamarind_residents-return.txt", "A24", "ended the evacuation of its"),
    ("2033-10-13_tamarind_residents-return.txt", "A04", "issued on October 4"),
    ("2033-10-13_tamarind_residents-return.txt", "A01", "Hezbollah rockets on October 3"),
    ("2033-10-13_tamarind_residents-return.txt", "A11", "A second barrage struck the"),
]

FLOORS = {"pairwise_f1": 0.53, "b3_f1": 0.74, "reports_found": 0.55}


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
