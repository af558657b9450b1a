"""Blind incident batch 54: a Venezuela-Guyana standoff over the Essequibo, for scoring incident grouping.

Twenty-five synthetic news documents from six invented outlets tell one crisis over about ten days (November 9
to 19, 2033), so that a system that groups reports of the same real-world act into one incident can be scored.
The theme: Venezuela's navy escorts a survey ship into waters Guyana claims, Guyana summons Venezuela's envoy and
complains to the UN Security Council, Venezuela threatens and then imposes an airspace ban on Guyanese aircraft,
Venezuelan troops are massed near the border and Guyana's defence force raises its alert, Brazil sends armoured
vehicles to its northern border, CARICOM and Brazil's president call for calm, the survey ship returns under
escort, the two presidents meet in Brasilia and agree to avoid force, the ban is lifted, a Guyanese soldier is
wounded in an ambush on the Cuyuni River and Caracas denies involvement, and US aircraft hold joint flights with
Guyana's defence force, which Venezuela condemns.

Everything in it is synthetic: the six outlets (Meridian Dispatch, Savanna Herald, Harbourline News, Northstar
Wire, Atlantic Sentinel, Coastal Ledger) and every person are invented, the countries and places are real, the
events never happened and the dates are in the future. 25 documents, 21 acts, 97 reports; one document is a
verbatim syndicated copy (Coastal Ledger of Meridian Dispatch, November 12) and one a lightly edited copy
(Atlantic Sentinel of Harbourline News, November 15). Look-alikes: two escorted voyages of the same survey ship
(9th and 14th) and two summonses of Venezuela's ambassador (9th and 14th), the same type by the same parties on
different days; two calls for calm on one day by different speakers (CARICOM and Brazil's president, 13th); the
presidents' meeting and their no-force agreement on the same day (15th); an airspace threat (10th) and the ban
itself (12th); the ban imposed (12th) and lifted (16th); Guyana's accusation over the ambush (17th) and
Venezuela's denial (18th); figures change between reports (about 2,000 troops massed, then about 3,500; a dozen
armoured vehicles, then roughly 20).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target
on one day; a day's troop build-up (camps, convoys and the figures given for it) is one act, and so is each
escorted voyage of the survey ship. Types follow CAMEO2PLOVER-2021; a second type is given only where the
codebook allows two readings: Guyana's letter to the Security Council is ACCUSE (a complaint) or REQUEST (it asks
for an urgent meeting), the airspace ban is SANCTION (reduced relations) or COERCE (an administrative
restriction), and the joint US-Guyanese flights are COOPERATE (military cooperation) or MOBILIZE (a show of
force). REPORTS lists every sentence that reports an act that happened, background recaps in later reports
included ("four days after imposing it", "two days after Fairbairn and Villalba agreed in Brasilia ..."), with a cue
found once in its file; a syndicated copy has its own entries. Headlines are not listed. Planned,
promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts, acts more than a year before
(the 1899 award, Ankoko in 1966, the 2018 court filing, the 2023 referendum), statistics, tallies, opinions and
mere mentions of an act as a noun ("the ban", "the shooting") are not listed (a promise is itself AGREE and a
threat THREATEN; the promised or threatened act is not an act until it happens; Venezuela's denied involvement
in the ambush is not an act).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus
and tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data
or any other blind batch.

FIRST RUN (written by a helper at the start of the sixteenth session (2026-12-02)), on its starting code
(b4dd1c3), before any of it was read: **pairwise F1 0.688** (precision 1.000, recall 0.524), B-cubed F1 0.830,
reports found 0.602. Read afterwards: its misses may inform rules (each justified by
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
    ("2033-11-09_meridiandispatch_navy-escorts-survey-ship.txt",
     "Venezuelan warships shepherd survey vessel off Essequibo coast\n\n"
     "GEORGETOWN, November 9, 2033 (Meridian Dispatch) - Two Venezuelan navy patrol vessels escorted the "
     "survey ship Explorador Caribe into waters off the Essequibo coast on Wednesday, steaming through an area "
     "that Guyana treats as part of its exclusive economic zone, Guyanese officials said.\n\n"
     "The ship, which belongs to Venezuela's state oil company, lingered for several hours roughly 90 nautical "
     "miles out from the Essequibo River's estuary before heading west again, according to a bulletin from the "
     "Guyana Defence Force.\n\n"
     "In the afternoon Guyana's foreign ministry summoned Venezuelan Ambassador Julian Mercado and handed him "
     "a note of protest over the voyage, a ministry spokeswoman said.\n\n"
     "\"The vessel was inside our zone from first light until shortly after two o'clock,\" Foreign Minister "
     "Annalise Persaud told reporters outside the ministry.\n\n"
     "There was no word from Caracas by Wednesday evening.\n\n"
     "Venezuela has for generations claimed the Essequibo, a thinly populated expanse of forest and savannah "
     "that accounts for some two-thirds of Guyana's territory, and it regards the 1899 arbitral award that "
     "drew the present boundary as void. Large offshore oil finds over the past two decades have raised the "
     "stakes for both sides."),
    ("2033-11-09_savannaherald_guyana-summons-envoy.txt",
     "Georgetown hands protest note to Caracas envoy\n\n"
     "GEORGETOWN, November 9, 2033 (Savanna Herald) - Guyana called in Venezuela's ambassador on Wednesday to "
     "protest against what it termed an unlawful naval incursion, hours after a Venezuelan seismic vessel "
     "under military escort crossed into waters claimed by Georgetown.\n\n"
     "Ambassador Julian Mercado left the foreign ministry roughly forty minutes later and got into his car "
     "without a word to the journalists waiting at the gate.\n\n"
     "According to a note released by the ministry, Venezuelan patrol boats stayed with the survey vessel for "
     "its entire passage, which ran from dawn until early afternoon.\n\n"
     "Persaud said ministers would gather on Thursday to weigh \"every diplomatic avenue\", among them an "
     "approach to the United Nations.\n\n"
     "The boundary question also sits with the judges at The Hague, where Guyana filed its case in 2018.\n\n"
     "\"People here remember 1966 and Ankoko,\" said Rohan Sukhdeo, a retired schoolteacher in the riverside "
     "town of Bartica. \"Every time the navy shows up, the old fear comes back.\""),
    ("2033-11-10_harbourlinenews_guyana-takes-complaint-to-un.txt",
     "Guyana asks Security Council to take up naval incident\n\n"
     "UNITED NATIONS, November 10, 2033 (Harbourline News) - Guyana lodged a formal complaint with the UN "
     "Security Council on Thursday, accusing Venezuela of breaching its sovereignty and asking the 15-member "
     "body to meet urgently, a day after Venezuelan warships escorted a research vessel into waters off its "
     "coast.\n\n"
     "In correspondence addressed to the Council's rotating president, Guyana's UN ambassador, Celeste "
     "Walcott-Ince, said the incursion amounted to \"a deliberate and dangerous escalation\" by its larger "
     "neighbour.\n\n"
     "Diplomats said members were likely to take up the matter in closed consultations early next week, though "
     "no date had been fixed.\n\n"
     "Georgetown had already summoned Venezuela's ambassador on Wednesday to hand him a protest note.\n\n"
     "Guyana, a country of fewer than a million people, has leaned heavily on international law and on "
     "friendly governments in its long quarrel with Venezuela, whose armed forces dwarf its own."),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt",
     "Venezuela dismisses Guyana's UN letter, warns over airspace\n\n"
     "CARACAS, November 10, 2033 (Northstar Wire) - Venezuela's foreign minister rejected Guyana's complaint "
     "to the United Nations on Thursday, saying the survey ship escorted by the navy a day earlier had been "
     "working in \"waters that have always been Venezuelan\".\n\n"
     "Foreign Minister Rodrigo Anzola argued at a press briefing that the Security Council had no business in "
     "what he called a bilateral matter and that Caracas would set out its view in writing.\n\n"
     "Later the same day, Defence Minister General Aurelio Benavides warned that Venezuela would close its "
     "airspace to aircraft registered in Guyana if Georgetown \"persists with its provocations\", in remarks "
     "carried by state television.\n\n"
     "Benavides gave no details of what Guyana would have to do to avoid the measure.\n\n"
     "Guyana had written to the Council president on Thursday morning requesting an emergency session.\n\n"
     "Venezuelan voters endorsed the creation of a new state in the Essequibo in a 2023 referendum, a vote "
     "that Guyana dismissed at the time as having no legal effect."),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt",
     "Venezuelan troop build-up reported near Guyana frontier\n\n"
     "CARACAS, November 11, 2033 (Atlantic Sentinel) - Venezuela has massed about 2,000 troops in Bolivar "
     "state near its border with Guyana, Venezuelan military sources said on Friday, in a deployment also "
     "visible on commercial satellite pictures.\n\n"
     "The soldiers, backed by armoured personnel carriers and artillery, have set up camps around Tumeremo and "
     "along the road that leads toward the Cuyuni River, the sources said.\n\n"
     "In Georgetown the Guyana Defence Force raised its state of alert and cancelled leave for all ranks, its "
     "chief of staff, Brigadier Desmond Hartlow, said in a televised address.\n\n"
     "Hartlow gave no figures for the number of Guyanese soldiers now on the frontier.\n\n"
     "The build-up comes a day after Venezuela's defence minister threatened to bar Guyanese aircraft from "
     "Venezuelan skies.\n\n"
     "Residents of Tumeremo reached by telephone said army lorries had been rumbling through the town since "
     "late on Wednesday.\n\n"
     "\"Moving that many men is a message, not a battle plan,\" said Gabriel Ostos, a retired Venezuelan colonel "
     "who now writes about defence."),
    ("2033-11-11_savannaherald_defence-force-raises-alert.txt",
     "Guyana puts its defence force on a higher footing\n\n"
     "GEORGETOWN, November 11, 2033 (Savanna Herald) - Guyana's defence force stepped up its readiness on "
     "Friday and recalled soldiers from leave, its chief of staff said.\n\n"
     "The step came as Venezuelan officers confirmed that some 2,000 soldiers had been deployed to Bolivar "
     "state, which borders the Essequibo region.\n\n"
     "Guyana has only a few thousand regular soldiers, a small fraction of the strength of Venezuela's "
     "military.\n\n"
     "On Thursday Guyana took its dispute to the Security Council, asking the body to convene without delay.\n\n"
     "Shop owners in Lethem, near the border with Brazil, said trade had been quiet but normal, with no sign "
     "of panic buying."),
    ("2033-11-12_meridiandispatch_venezuela-closes-airspace.txt",
     "Venezuela shuts airspace to Guyanese aircraft\n\n"
     "CARACAS, November 12, 2033 (Meridian Dispatch) - Venezuela barred aircraft registered in Guyana from its "
     "airspace on Saturday, acting on a warning its defence minister issued two days earlier.\n\n"
     "The civil aviation authority said in a notice to pilots that the prohibition began at midnight and would "
     "stay in place \"until further notice\".\n\n"
     "The measure mainly hits small charter and cargo planes that link Guyana with islands in the eastern "
     "Caribbean, routes that cross Venezuelan territory, aviation officials in Georgetown said.\n\n"
     "Guyana's transport ministry said operators were rerouting flights, which adds about forty minutes to "
     "some journeys.\n\n"
     "The closure follows a build-up of Venezuelan forces in Bolivar state, where Venezuela has now sent about "
     "3,500 troops, according to military sources.\n\n"
     "Venezuela and Guyana have argued over the Essequibo for more than a century, and the dispute flared "
     "sharply after oil was discovered off the Guyanese coast."),
    ("2033-11-12_coastalledger_venezuela-shuts-airspace.txt",
     "Venezuela shuts airspace to Guyanese aircraft\n\n"
     "CARACAS, November 12, 2033 (Meridian Dispatch) - Venezuela barred aircraft registered in Guyana from its "
     "airspace on Saturday, acting on a warning its defence minister issued two days earlier.\n\n"
     "The civil aviation authority said in a notice to pilots that the prohibition began at midnight and would "
     "stay in place \"until further notice\".\n\n"
     "The measure mainly hits small charter and cargo planes that link Guyana with islands in the eastern "
     "Caribbean, routes that cross Venezuelan territory, aviation officials in Georgetown said.\n\n"
     "Guyana's transport ministry said operators were rerouting flights, which adds about forty minutes to "
     "some journeys.\n\n"
     "The closure follows a build-up of Venezuelan forces in Bolivar state, where Venezuela has now sent about "
     "3,500 troops, according to military sources.\n\n"
     "Venezuela and Guyana have argued over the Essequibo for more than a century, and the dispute flared "
     "sharply after oil was discovered off the Guyanese coast."),
    ("2033-11-12_northstarwire_brazil-sends-armour.txt",
     "Brazil moves armour toward Roraima frontier\n\n"
     "BOA VISTA, November 12, 2033 (Northstar Wire) - Brazil sent a dozen armoured vehicles to Roraima, its "
     "northernmost state, on Saturday, reinforcing a stretch of frontier that touches both Venezuela and "
     "Guyana, the defence ministry said.\n\n"
     "Defence Minister Renata Falcao said the vehicles would be based in Pacaraima and near the town of "
     "Bonfim, which faces the Guyanese town of Lethem across the Takutu River.\n\n"
     "Falcao described the measure as preventive and said Brazil had no quarrel with either of its neighbours.\n\n"
     "Brazilian officers have long worried that any overland move by Venezuela into the Essequibo would be "
     "easiest along roads that run through Roraima.\n\n"
     "Venezuela has gathered some 3,500 troops in Bolivar state in recent days, according to Venezuelan "
     "military sources.\n\n"
     "Earlier on Saturday Caracas closed its skies to Guyanese-registered planes."),
    ("2033-11-13_harbourlinenews_caricom-calls-for-calm.txt",
     "Caribbean bloc appeals for restraint in Essequibo row\n\n"
     "GEORGETOWN, November 13, 2033 (Harbourline News) - The Caribbean Community urged Venezuela and Guyana on "
     "Sunday to cool tempers and settle their quarrel by peaceful means.\n\n"
     "Secretary-General Lorna Baptiste said in a statement from the bloc's headquarters in Georgetown that the "
     "region \"cannot afford a war on its doorstep\".\n\n"
     "The bloc spoke out a day after Venezuela shut its airspace to planes registered in Guyana.\n\n"
     "Brazil, which shares borders with both countries, rolled armoured vehicles north into Roraima on "
     "Saturday.\n\n"
     "Foreign ministers of the 15-member bloc are due to hold a video conference on Tuesday to discuss the "
     "crisis."),
    ("2033-11-13_atlanticsentinel_lacerda-urges-restraint.txt",
     "Brazil's Lacerda presses neighbours to keep the peace\n\n"
     "BRASILIA, November 13, 2033 (Atlantic Sentinel) - Brazilian President Otavio Lacerda called on Venezuela "
     "and Guyana to stay calm on Sunday, saying their dispute had to be kept off the battlefield.\n\n"
     "His remarks followed a similar appeal that the Caribbean Community issued from Georgetown hours earlier.\n\n"
     "\"South America has to remain a zone of peace, and that includes its northern edge,\" Lacerda told "
     "reporters at the Planalto Palace.\n\n"
     "Brazil's army sent armoured vehicles to Roraima on Saturday, a move the defence ministry described as a "
     "precaution.\n\n"
     "Diplomats in Brasilia said Lacerda was keen to be seen as a broker in the crisis, which has unsettled a "
     "region that has seen no war between states for decades."),
    ("2033-11-13_savannaherald_regional-appeals.txt",
     "Two appeals for calm as Essequibo tension simmers\n\n"
     "GEORGETOWN, November 13, 2033 (Savanna Herald) - The Caribbean Community appealed on Sunday for calm "
     "between Guyana and Venezuela, saying the two neighbours should resolve their dispute through law rather "
     "than arms.\n\n"
     "Hours later Brazil's president, Otavio Lacerda, made a similar plea in Brasilia, telling reporters that "
     "nobody in the region wanted to see soldiers cross a border.\n\n"
     "Venezuela's ban on Guyanese-registered aircraft, imposed on Saturday, was still in force on Sunday "
     "night.\n\n"
     "\"Words are cheap, but these particular words matter, because they come from the neighbours Caracas "
     "cannot ignore,\" said Shaundra Bissoon, who lectures on international law at the University of Guyana."),
    ("2033-11-14_meridiandispatch_survey-ship-returns.txt",
     "Venezuelan survey vessel back in contested waters\n\n"
     "GEORGETOWN, November 14, 2033 (Meridian Dispatch) - The Venezuelan survey ship Explorador Caribe "
     "returned to waters off the Essequibo with a naval escort on Monday, Guyana's defence force said.\n\n"
     "A Venezuelan frigate and a patrol boat accompanied the vessel as it sailed slowly along a line some 80 "
     "nautical miles offshore.\n\n"
     "Last Wednesday two patrol vessels had shepherded the same ship through the area before it withdrew in "
     "the early afternoon.\n\n"
     "Guyana's foreign ministry called Ambassador Julian Mercado in for a second time in less than a week.\n\n"
     "Guyanese officials said the second voyage lasted longer than the first and came closer to blocks "
     "licensed to foreign oil companies."),
    ("2033-11-14_northstarwire_envoy-summoned-again.txt",
     "Guyana protests anew as Venezuelan ship returns\n\n"
     "GEORGETOWN, November 14, 2033 (Northstar Wire) - Guyana summoned Venezuela's envoy again on Monday after "
     "the Venezuelan navy once more escorted a survey ship into the waters off its coast.\n\n"
     "The envoy, Julian Mercado, was first called in last Wednesday, when the survey ship made its first "
     "escorted voyage into the area.\n\n"
     "According to the foreign ministry, the survey work lasted about six hours.\n\n"
     "The renewed tension comes as Caribbean and Brazilian leaders try to coax the two governments toward "
     "talks."),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt",
     "Guyana and Venezuela leaders meet in Brasilia, renounce force\n\n"
     "BRASILIA, November 15, 2033 (Harbourline News) - The presidents of Guyana and Venezuela held "
     "face-to-face talks in Brasilia on Tuesday. It was the leaders' first encounter since the Essequibo "
     "crisis erupted a week ago.\n\n"
     "Marcus Fairbairn and Ernesto Villalba agreed not to use force against each other and to keep talking "
     "about the disputed territory, according to a joint declaration read out by Brazil's foreign minister "
     "late in the evening.\n\n"
     "The declaration left the underlying territorial question untouched.\n\n"
     "Venezuela's airspace ban on Guyanese aircraft, put in place on Saturday, was not mentioned in the text.\n\n"
     "Venezuela massed about 3,500 soldiers in Bolivar state last week, according to its own military sources.\n\n"
     "Brazil's president, Otavio Lacerda, who appealed for calm on Sunday, said the meeting showed that "
     "\"neighbours who talk do not shoot\"."),
    ("2033-11-15_atlanticsentinel_leaders-renounce-force.txt",
     "Guyanese and Venezuelan presidents renounce force after Brasilia talks\n\n"
     "BRASILIA, November 15, 2033 (Harbourline News) - The presidents of Guyana and Venezuela held "
     "face-to-face talks in Brasilia on Tuesday. It was the pair's first encounter since the crisis over the "
     "Essequibo erupted a week ago.\n\n"
     "Marcus Fairbairn and Ernesto Villalba agreed not to use force against each other and to keep talking "
     "about the disputed territory, according to a joint declaration read out by Brazil's foreign minister "
     "late in the evening.\n\n"
     "The declaration left the underlying territorial question untouched.\n\n"
     "Venezuela massed about 3,500 soldiers in Bolivar state last week, according to its own military sources."),
    ("2033-11-15_coastalledger_leaders-pledge-no-force.txt",
     "Brasilia summit ends with pledge to shun arms\n\n"
     "BRASILIA, November 15, 2033 (Coastal Ledger) - Venezuela's Ernesto Villalba and Guyana's Marcus "
     "Fairbairn pledged on Tuesday to refrain from any use of force in their border dispute, at a summit in "
     "the Brazilian capital.\n\n"
     "The two men met for almost four hours at the Itamaraty Palace, the seat of Brazil's foreign ministry.\n\n"
     "Neither leader took questions after the declaration was read.\n\n"
     "The airspace closure that Venezuela ordered on Saturday remains in force, and Guyanese charter operators "
     "said they hoped the summit would bring it to an end.\n\n"
     "The Caribbean Community had asked both governments on Sunday to hold back."),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt",
     "Caracas reopens skies to Guyanese planes\n\n"
     "CARACAS, November 16, 2033 (Meridian Dispatch) - Venezuela lifted its ban on aircraft registered in "
     "Guyana on Wednesday, four days after imposing it, in the first concrete easing of tensions since the two "
     "presidents met in Brasilia.\n\n"
     "The civil aviation authority said the order had been revoked with immediate effect.\n\n"
     "Foreign Minister Rodrigo Anzola said the decision reflected \"the spirit of Brasilia\", a reference to the "
     "leaders' promise to avoid force, made on Tuesday.\n\n"
     "Guyanese officials said they had seen no sign of a Venezuelan drawdown on the border."),
    ("2033-11-16_savannaherald_flights-resume.txt",
     "Charter flights resume over Venezuela after ban ends\n\n"
     "GEORGETOWN, November 16, 2033 (Savanna Herald) - Small planes from Guyana were again flying through "
     "Venezuelan airspace on Wednesday after Caracas scrapped a four-day-old ban.\n\n"
     "The first charter flight to Port of Spain on the usual route left Ogle airport shortly after noon, its "
     "operator said.\n\n"
     "The ban was the most tangible consequence of the crisis, which began when Venezuela's navy escorted a "
     "survey ship into waters claimed by Guyana on November 9.\n\n"
     "The leaders of the two countries committed themselves on Tuesday to avoid force.\n\n"
     "\"We lost a week of business, but I am glad it is over,\" said a pilot for one of the charter companies, "
     "who preferred that his name be withheld."),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt",
     "Guyanese soldier hurt as patrol ambushed on Cuyuni\n\n"
     "GEORGETOWN, November 17, 2033 (Northstar Wire) - Gunmen opened fire on a Guyanese river patrol close to "
     "the Venezuelan frontier on Thursday, wounding one soldier, Guyana's defence force said.\n\n"
     "The soldier, a lance corporal, was hit in the shoulder and flown by helicopter to Georgetown, where his "
     "condition was described as stable.\n\n"
     "The patrol's boat came under fire from the western bank of the Cuyuni near Eteringbang, and the "
     "attackers then vanished into the forest.\n\n"
     "Brigadier Desmond Hartlow said the assailants were probably members of an armed gang that runs illegal "
     "gold diggings on the Venezuelan side.\n\n"
     "Foreign Minister Annalise Persaud said Venezuela bore responsibility for armed groups operating from its "
     "territory.\n\n"
     "The shooting came two days after Fairbairn and Villalba agreed in Brasilia to shun force."),
    ("2033-11-17_harbourlinenews_ambush-cuyuni.txt",
     "Ambush on border river tests Brasilia pledge\n\n"
     "GEORGETOWN, November 17, 2033 (Harbourline News) - A Guyanese soldier was wounded on Thursday when "
     "unknown attackers ambushed a defence force patrol on the Cuyuni River, according to the army.\n\n"
     "It happened just two days after the leaders of Guyana and Venezuela promised not to take up arms against "
     "each other.\n\n"
     "Guyana's foreign minister, Annalise Persaud, blamed Caracas for harbouring the gangs that roam the "
     "border region.\n\n"
     "The ambush took place a few kilometres from Ankoko, a river island split between the two countries where "
     "Venezuela has kept a military post since 1966."),
    ("2033-11-18_atlanticsentinel_caracas-denies-involvement.txt",
     "Venezuela says it had no hand in river ambush\n\n"
     "CARACAS, November 18, 2033 (Atlantic Sentinel) - Venezuela denied on Friday any involvement in the "
     "previous day's ambush of a Guyanese army patrol.\n\n"
     "Foreign Minister Rodrigo Anzola's written statement said the Venezuelan armed forces \"had no part "
     "whatsoever\" in the shooting and rejected what he called \"reckless accusations\" from Georgetown.\n\n"
     "Gunmen shot and wounded a Guyanese lance corporal on the Cuyuni River on Thursday afternoon.\n\n"
     "Guyana's foreign minister had on Thursday accused Venezuela of sheltering armed gangs along the river.\n\n"
     "The area around the Cuyuni is home to scores of illegal gold camps, and armed groups have long fought "
     "over them."),
    ("2033-11-18_coastalledger_venezuela-denies.txt",
     "Caracas rejects blame for attack on Guyanese patrol\n\n"
     "CARACAS, November 18, 2033 (Coastal Ledger) - The Venezuelan government insisted on Friday that it "
     "played no role in an attack in which a Guyanese soldier was shot on Thursday on the Cuyuni River.\n\n"
     "The denial came a day after Georgetown pointed the finger at Caracas.\n\n"
     "Relations had appeared to be thawing after Venezuela reopened its airspace to Guyanese planes on "
     "Wednesday and after the two presidents sat down together in Brasilia on Tuesday."),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt",
     "US and Guyanese aircraft fly joint patrol over Guyana\n\n"
     "GEORGETOWN, November 19, 2033 (Meridian Dispatch) - US military aircraft flew joint missions with the "
     "Guyana Defence Force on Saturday, the US embassy in Georgetown said.\n\n"
     "Colonel Brent Oakes, a spokesman for US Southern Command, said two transport planes and a surveillance "
     "aircraft took part alongside Guyanese helicopters, and he described the flights as routine training.\n\n"
     "The exercise had been planned months ago and was not a response to recent events, Oakes said.\n\n"
     "Venezuela's defence ministry condemned the flights as a provocation within hours.\n\n"
     "Two days earlier, gunmen ambushed a Guyanese patrol on the Cuyuni River.\n\n"
     "Caracas denied on Friday that its forces had been involved."),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt",
     "Caracas calls US flights over Guyana a provocation\n\n"
     "CARACAS, November 19, 2033 (Savanna Herald) - Venezuela accused the United States on Saturday of stoking "
     "tension in the region after American aircraft joined Guyanese forces for flights over Guyana.\n\n"
     "Defence Minister General Aurelio Benavides told the state broadcaster that the flights were an "
     "unacceptable provocation aimed at intimidating Venezuela.\n\n"
     "The flights took place four days after Villalba and Fairbairn endorsed a declaration renouncing force.\n\n"
     "The roughly 20 armoured vehicles that Brazil sent to Roraima last week are still stationed near its "
     "borders with both countries."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("MOBILIZE",), "2033-11-09", "Venezuelan navy takes the Explorador Caribe into Guyana-claimed sea"),
    "A02": (("ACCUSE",), "2033-11-09", "Guyana summons Venezuela's ambassador over the voyage"),
    "A03": (("ACCUSE", "REQUEST"), "2033-11-10", "Guyana complains to the UN Security Council, asks for a meeting"),
    "A04": (("REJECT",), "2033-11-10", "Venezuela's foreign minister rejects the Guyanese complaint"),
    "A05": (("THREATEN",), "2033-11-10", "Venezuela's defence minister threatens an airspace ban"),
    "A06": (("MOBILIZE",), "2033-11-11", "Venezuela masses troops in Bolivar state near Guyana"),
    "A07": (("MOBILIZE",), "2033-11-11", "Guyana Defence Force raises its alert and cancels leave"),
    "A08": (("SANCTION", "COERCE"), "2033-11-12", "Venezuela closes its airspace to Guyanese-registered aircraft"),
    "A09": (("MOBILIZE",), "2033-11-12", "Brazil deploys armoured vehicles to Roraima"),
    "A10": (("REQUEST",), "2033-11-13", "CARICOM calls on Venezuela and Guyana for calm"),
    "A11": (("REQUEST",), "2033-11-13", "Brazil's president calls on Venezuela and Guyana for calm"),
    "A12": (("MOBILIZE",), "2033-11-14", "Venezuelan navy escorts the survey ship back into the area"),
    "A13": (("ACCUSE",), "2033-11-14", "Guyana summons Venezuela's ambassador a second time"),
    "A14": (("CONSULT",), "2033-11-15", "Guyanese and Venezuelan presidents meet in Brasilia"),
    "A15": (("AGREE",), "2033-11-15", "The two presidents agree to avoid force"),
    "A16": (("CONCEDE",), "2033-11-16", "Venezuela lifts the airspace ban"),
    "A17": (("ASSAULT",), "2033-11-17", "Unknown gunmen attack a Guyanese river patrol, wounding a soldier"),
    "A18": (("ACCUSE",), "2033-11-17", "Guyana's foreign minister blames Venezuela for the border gangs"),
    "A19": (("REJECT",), "2033-11-18", "Venezuela denies a role in the ambush"),
    "A20": (("COOPERATE", "MOBILIZE"), "2033-11-19", "US and Guyanese forces hold joint flights"),
    "A21": (("ACCUSE",), "2033-11-19", "Venezuela's defence ministry condemns the US flights"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-11-09_meridiandispatch_navy-escorts-survey-ship.txt", "A01", "escorted the survey ship Explorador Caribe"),
    ("2033-11-09_meridiandispatch_navy-escorts-survey-ship.txt", "A02",
     "summoned Venezuelan Ambassador Julian Mercado"),
    ("2033-11-09_savannaherald_guyana-summons-envoy.txt", "A02", "called in Venezuela's ambassador"),
    ("2033-11-09_savannaherald_guyana-summons-envoy.txt", "A01", "under military escort crossed"),
    ("2033-11-09_savannaherald_guyana-summons-envoy.txt", "A01", "stayed with the survey vessel"),
    ("2033-11-10_harbourlinenews_guyana-takes-complaint-to-un.txt", "A03", "lodged a formal complaint"),
    ("2033-11-10_harbourlinenews_guyana-takes-complaint-to-un.txt", "A01", "escorted a research vessel"),
    ("2033-11-10_harbourlinenews_guyana-takes-complaint-to-un.txt", "A03", "said the incursion amounted"),
    ("2033-11-10_harbourlinenews_guyana-takes-complaint-to-un.txt", "A02", "already summoned Venezuela's ambassador"),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt", "A04", "rejected Guyana's complaint"),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt", "A01", "escorted by the navy"),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt", "A04", "had no business in what"),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt", "A05", "warned that Venezuela would close"),
    ("2033-11-10_northstarwire_caracas-rejects-complaint.txt", "A03", "had written to the Council president"),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt", "A06", "has massed about 2,000 troops"),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt", "A06", "have set up camps around Tumeremo"),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt", "A07", "raised its state of alert"),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt", "A05", "threatened to bar Guyanese aircraft"),
    ("2033-11-11_atlanticsentinel_troops-massed-near-border.txt", "A06", "army lorries had been rumbling through"),
    ("2033-11-11_savannaherald_defence-force-raises-alert.txt", "A07", "stepped up its readiness"),
    ("2033-11-11_savannaherald_defence-force-raises-alert.txt", "A06", "some 2,000 soldiers had been deployed"),
    ("2033-11-11_savannaherald_defence-force-raises-alert.txt", "A03", "took its dispute to the Security Council"),
    ("2033-11-12_meridiandispatch_venezuela-closes-airspace.txt", "A08", "barred aircraft registered in Guyana"),
    ("2033-11-12_meridiandispatch_venezuela-closes-airspace.txt", "A05", "a warning its defence minister issued"),
    ("2033-11-12_meridiandispatch_venezuela-closes-airspace.txt", "A08", "the prohibition began at midnight"),
    ("2033-11-12_meridiandispatch_venezuela-closes-airspace.txt", "A06", "has now sent about 3,500 troops"),
    ("2033-11-12_coastalledger_venezuela-shuts-airspace.txt", "A08", "barred aircraft registered in Guyana"),
    ("2033-11-12_coastalledger_venezuela-shuts-airspace.txt", "A05", "a warning its defence minister issued"),
    ("2033-11-12_coastalledger_venezuela-shuts-airspace.txt", "A08", "the prohibition began at midnight"),
    ("2033-11-12_coastalledger_venezuela-shuts-airspace.txt", "A06", "has now sent about 3,500 troops"),
    ("2033-11-12_northstarwire_brazil-sends-armour.txt", "A09", "sent a dozen armoured vehicles"),
    ("2033-11-12_northstarwire_brazil-sends-armour.txt", "A06", "has gathered some 3,500 troops"),
    ("2033-11-12_northstarwire_brazil-sends-armour.txt", "A08", "closed its skies to Guyanese-registered planes"),
    ("2033-11-13_harbourlinenews_caricom-calls-for-calm.txt", "A10", "urged Venezuela and Guyana on Sunday"),
    ("2033-11-13_harbourlinenews_caricom-calls-for-calm.txt", "A08", "shut its airspace to planes"),
    ("2033-11-13_harbourlinenews_caricom-calls-for-calm.txt", "A09", "rolled armoured vehicles north"),
    ("2033-11-13_atlanticsentinel_lacerda-urges-restraint.txt", "A11", "called on Venezuela and Guyana"),
    ("2033-11-13_atlanticsentinel_lacerda-urges-restraint.txt", "A10", "issued from Georgetown hours earlier"),
    ("2033-11-13_atlanticsentinel_lacerda-urges-restraint.txt", "A09", "sent armoured vehicles to Roraima"),
    ("2033-11-13_savannaherald_regional-appeals.txt", "A10", "appealed on Sunday for calm"),
    ("2033-11-13_savannaherald_regional-appeals.txt", "A11", "made a similar plea"),
    ("2033-11-13_savannaherald_regional-appeals.txt", "A08", "imposed on Saturday"),
    ("2033-11-14_meridiandispatch_survey-ship-returns.txt", "A12", "returned to waters off the Essequibo"),
    ("2033-11-14_meridiandispatch_survey-ship-returns.txt", "A12", "accompanied the vessel"),
    ("2033-11-14_meridiandispatch_survey-ship-returns.txt", "A01", "had shepherded the same ship"),
    ("2033-11-14_meridiandispatch_survey-ship-returns.txt", "A13", "called Ambassador Julian Mercado in"),
    ("2033-11-14_northstarwire_envoy-summoned-again.txt", "A13", "summoned Venezuela's envoy again"),
    ("2033-11-14_northstarwire_envoy-summoned-again.txt", "A12", "once more escorted a survey ship"),
    ("2033-11-14_northstarwire_envoy-summoned-again.txt", "A02", "was first called in"),
    ("2033-11-14_northstarwire_envoy-summoned-again.txt", "A01", "made its first escorted voyage"),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt", "A14", "held face-to-face talks in Brasilia"),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt", "A15", "agreed not to use force"),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt", "A08", "put in place on Saturday"),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt", "A06", "massed about 3,500 soldiers"),
    ("2033-11-15_harbourlinenews_presidents-meet-in-brasilia.txt", "A11", "appealed for calm on Sunday"),
    ("2033-11-15_atlanticsentinel_leaders-renounce-force.txt", "A14", "held face-to-face talks in Brasilia"),
    ("2033-11-15_atlanticsentinel_leaders-renounce-force.txt", "A15", "agreed not to use force"),
    ("2033-11-15_atlanticsentinel_leaders-renounce-force.txt", "A06", "massed about 3,500 soldiers"),
    ("2033-11-15_coastalledger_leaders-pledge-no-force.txt", "A15", "pledged on Tuesday to refrain"),
    ("2033-11-15_coastalledger_leaders-pledge-no-force.txt", "A14", "met for almost four hours"),
    ("2033-11-15_coastalledger_leaders-pledge-no-force.txt", "A08", "ordered on Saturday"),
    ("2033-11-15_coastalledger_leaders-pledge-no-force.txt", "A10", "had asked both governments"),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt", "A16", "lifted its ban on aircraft"),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt", "A08", "four days after imposing it"),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt", "A14", "two presidents met in Brasilia"),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt", "A16", "had been revoked"),
    ("2033-11-16_meridiandispatch_venezuela-lifts-airspace-ban.txt", "A15", "promise to avoid force"),
    ("2033-11-16_savannaherald_flights-resume.txt", "A16", "scrapped a four-day-old ban"),
    ("2033-11-16_savannaherald_flights-resume.txt", "A01", "escorted a survey ship into"),
    ("2033-11-16_savannaherald_flights-resume.txt", "A15", "committed themselves on Tuesday"),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt", "A17", "opened fire on a Guyanese"),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt", "A17", "was hit in the shoulder"),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt", "A17", "came under fire from"),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt", "A18", "said Venezuela bore responsibility"),
    ("2033-11-17_northstarwire_soldier-wounded-in-ambush.txt", "A15", "agreed in Brasilia to shun force"),
    ("2033-11-17_harbourlinenews_ambush-cuyuni.txt", "A17", "was wounded on Thursday"),
    ("2033-11-17_harbourlinenews_ambush-cuyuni.txt", "A15", "promised not to take up arms"),
    ("2033-11-17_harbourlinenews_ambush-cuyuni.txt", "A18", "blamed Caracas for harbouring"),
    ("2033-11-18_atlanticsentinel_caracas-denies-involvement.txt", "A19", "denied on Friday any involvement"),
    ("2033-11-18_atlanticsentinel_caracas-denies-involvement.txt", "A19", "rejected what he called"),
    ("2033-11-18_atlanticsentinel_caracas-denies-involvement.txt", "A17",
     "shot and wounded a Guyanese lance corporal"),
    ("2033-11-18_atlanticsentinel_caracas-denies-involvement.txt", "A18", "accused Venezuela of sheltering"),
    ("2033-11-18_coastalledger_venezuela-denies.txt", "A19", "that it played no role"),
    ("2033-11-18_coastalledger_venezuela-denies.txt", "A17", "was shot on Thursday"),
    ("2033-11-18_coastalledger_venezuela-denies.txt", "A18", "pointed the finger at Caracas"),
    ("2033-11-18_coastalledger_venezuela-denies.txt", "A16", "reopened its airspace to Guyanese planes"),
    ("2033-11-18_coastalledger_venezuela-denies.txt", "A14", "sat down together in Brasilia"),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt", "A20", "flew joint missions with"),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt", "A20", "took part alongside Guyanese helicopters"),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt", "A21", "condemned the flights as a provocation"),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt", "A17", "ambushed a Guyanese patrol"),
    ("2033-11-19_meridiandispatch_us-guyana-joint-flights.txt", "A19", "denied on Friday that its forces"),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt", "A21", "accused the United States on Saturday"),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt", "A20", "joined Guyanese forces for flights"),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt", "A21", "an unacceptable provocation"),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt", "A15", "endorsed a declaration renouncing force"),
    ("2033-11-19_savannaherald_venezuela-condemns-us-flights.txt", "A09", "sent to Roraima last week"),
]

FLOORS = {"pairwise_f1": 0.79, "b3_f1": 0.84, "reports_found": 0.58}


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
