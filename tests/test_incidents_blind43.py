"""The forty-third blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: a migration emergency in the central Mediterranean over ten days of October 2033. A migrant boat from
Sfax capsizes off Lampedusa and the Italian coast guard rescues the survivors (the toll is revised from seven
dead to twelve); Rome declares an emergency and sends troops and warships south; Libya's coast guard threatens
charity rescue ships and four days later seizes one, then frees its crew; Italy flies Tunisians home on two
charter flights five days apart; two Italian ministers each demand that Tunisia readmit migrants of other
nationalities, Tunis refuses, the EU pledges border money after talks in Tunis and Tunisia then accepts the
deal; a rights group accuses Malta of pushbacks; thousands march in Rome against the deportations; police in
Sicily and Tunisia's National Guard arrest smugglers on the same day; the UN refugee agency calls for safe
routes.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future.

Gold conventions: an act is one actor (for a statement, one speaker or one institution) doing one thing to one
target on one day; its types are the PLOVER type the CAMEO2PLOVER-2021 codebook gives (a second type only
where the codebook allows two readings), its date the day it happened. REPORTS lists every sentence of every
document that reports an act that happened, background recaps in later reports included, each by a verbatim
cue found once in its file; a sentence may report two acts of different types, never two of the same type.
Planned, promised-but-not-done, threatened-but-not-done, hypothetical and denied acts are not acts (a promise
is itself AGREE, a threat THREATEN, a demand REQUEST); statistics, tallies, opinions and acts over a year old
are not listed. The verbatim syndicated copy (Bluewater's 2033-10-03 text of the Lantern story) and the
lightly edited copy (Southshore's 2033-10-08 text of the Adriatic story) carry their own REPORTS entries.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports with at least
one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the thirteenth session (2026-12-02), d24e5b4, whose code is a0e2745
(written to be read), with `figures`: **pairwise F1 0.602** (precision 0.933, recall 0.444), B-cubed F1 0.785,
reports found 0.764.
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
    ("2033-10-03_lantern_lampedusa-boat-capsizes.txt",
     "Migrant boat overturns off Lampedusa, at least seven dead\n\n"
     "LAMPEDUSA, October 3, 2033 (Lantern Wire Service) - Italian coast guard crews plucked 38 survivors "
     "from the sea early on Monday after an overcrowded fishing boat carrying migrants flipped over roughly "
     "20 nautical miles south of Lampedusa, officials said.\n\n"
     "At least seven bodies were recovered, among them two small children, and the search for others went "
     "on through the morning.\n\n"
     "The vessel had left the Tunisian port of Sfax on Saturday evening with an estimated 60 people crammed "
     "aboard, according to accounts survivors gave their rescuers.\n\n"
     "\"The boat rolled over just as our patrol craft came alongside, and we pulled out everyone we "
     "could,\" coast guard spokesman Fabio Lentini told reporters on the quay.\n\n"
     "Two helicopters and a customs launch joined the rescue operation at dawn, Lentini added.\n\n"
     "More than 48,000 people have landed in Italy by sea since January, interior ministry figures show, up "
     "by nearly a quarter on the same period of 2032."),
    ("2033-10-03_adriatic_coast-guard-rescue.txt",
     "Dozens saved, nine dead as migrant boat sinks near Italian island\n\n"
     "ROME, October 3, 2033 (Adriatic Courier) - Rescuers brought 41 people to safety and recovered nine "
     "bodies on Monday when a boat packed with migrants capsized in heavy seas off the Italian island of "
     "Lampedusa.\n\n"
     "According to a coast guard statement, its crews had hauled the survivors out of the water over about "
     "three hours, starting shortly before dawn.\n\n"
     "\"Waves were close to three metres, and the hull was already half under when our first unit reached "
     "it,\" said one of the officers on the first patrol boat to arrive.\n\n"
     "Several of the 41 people the coast guard rescued were suffering from hypothermia, a doctor at the "
     "island's clinic said.\n\n"
     "\"Lampedusa has five thousand residents and some nights it receives a thousand strangers,\" said the "
     "island's mayor, Rosaria Vella.\n\n"
     "The central Mediterranean passage between North Africa and Italy is among the deadliest migration "
     "routes anywhere, with more than 2,000 people recorded dead or missing there in 2032, according to UN "
     "estimates."),
    ("2033-10-03_bluewater_migrant-boat-overturns.txt",
     "Migrant boat overturns off Lampedusa, at least seven dead\n\n"
     "LAMPEDUSA, October 3, 2033 (Bluewater Report) - Italian coast guard crews plucked 38 survivors from "
     "the sea early on Monday after an overcrowded fishing boat carrying migrants flipped over roughly 20 "
     "nautical miles south of Lampedusa, officials said.\n\n"
     "At least seven bodies were recovered, among them two small children, and the search for others went "
     "on through the morning.\n\n"
     "The vessel had left the Tunisian port of Sfax on Saturday evening with an estimated 60 people crammed "
     "aboard, according to accounts survivors gave their rescuers.\n\n"
     "\"The boat rolled over just as our patrol craft came alongside, and we pulled out everyone we "
     "could,\" coast guard spokesman Fabio Lentini told reporters on the quay.\n\n"
     "Two helicopters and a customs launch joined the rescue operation at dawn, Lentini added.\n\n"
     "More than 48,000 people have landed in Italy by sea since January, interior ministry figures show, up "
     "by nearly a quarter on the same period of 2032.\n\n"
     "Originally distributed by Lantern Wire Service."),
    ("2033-10-04_southshore_italy-emergency-troops.txt",
     "Italy declares migration emergency, sends soldiers to Sicily and Lampedusa\n\n"
     "ROME, October 4, 2033 (Southshore Bulletin) - The Italian government declared a six-month state of "
     "emergency over migrant arrivals on Tuesday and ordered 600 soldiers and four navy ships to Lampedusa "
     "and the southern coast of Sicily.\n\n"
     "Interior Minister Lorenza Fabbrini said the troops sent south would guard ports and reception "
     "centres, freeing police for patrols.\n\n"
     "On Monday the coast guard rescued 44 people from a capsized boat south of Lampedusa, a wreck in which "
     "12 people are now confirmed dead, up from an earlier count of seven.\n\n"
     "\"We are facing a pressure that no single country can carry by itself,\" Fabbrini told reporters "
     "gathered at the Viminale palace.\n\n"
     "Italy last invoked emergency powers over migration in 2031, and parliament must approve the new "
     "measure within 60 days."),
    ("2033-10-04_newsline_libya-warns-rescue-ships.txt",
     "Libyan coast guard warns charity ships to stay out of its rescue zone\n\n"
     "TRIPOLI, October 4, 2033 (Continental Newsline) - Libya's coast guard threatened on Tuesday to seize "
     "any foreign charity vessel that enters its search and rescue zone without permission.\n\n"
     "\"Any ship that ignores our orders will be boarded and taken to Tripoli, and its crew will answer to "
     "Libyan courts,\" spokesman Colonel Salem Ghariani said in a recorded video message.\n\n"
     "The warning was aimed in particular at the Aurora Vigil, a rescue ship run by the German charity Open "
     "Wake that has been working off the Libyan coast since mid-September.\n\n"
     "Open Wake said its ship had always stayed in international waters and had broken no law.\n\n"
     "On the same day, Italy deployed troops and warships to its southern islands under a newly declared "
     "state of emergency.\n\n"
     "Libya's coast guard says its patrols have stopped more than 9,000 people at sea since January."),
    ("2033-10-04_lantern_rome-declares-emergency.txt",
     "Rome invokes emergency powers as arrivals climb\n\n"
     "ROME, October 4, 2033 (Lantern Wire Service) - Italy rushed troops and naval vessels to its "
     "southernmost islands on Tuesday after the cabinet approved an emergency decree, one day after a "
     "shipwreck off Lampedusa killed at least a dozen people.\n\n"
     "Defence Minister Paolo Ricci said the first 200 soldiers had landed on Lampedusa by Tuesday evening, "
     "with the remainder due in Sicily by the weekend.\n\n"
     "The coast guard said on Tuesday that Monday's rescue had saved 44 people, revising its earlier "
     "figure, and that 12 bodies had now been brought ashore.\n\n"
     "Arrivals by sea are the top political issue in Italy, opinion polls show, and Prime Minister Giulia "
     "Anselmi has staked her government's standing on bringing them down.\n\n"
     "\"Nobody in this building expected the autumn to be this bad,\" one senior official at the interior "
     "ministry said."),
    ("2033-10-05_isthmus_first-deportation-flight.txt",
     "Italy flies 74 Tunisians home on first charter under emergency decree\n\n"
     "PALERMO, October 5, 2033 (Isthmus Herald) - Italy deported 74 Tunisian men aboard a chartered plane "
     "that flew from Palermo to Enfidha on Wednesday, the first removal flight since the government "
     "declared a migration emergency.\n\n"
     "The men, most of whom had arrived on Lampedusa in the past two weeks, were escorted onto the plane by "
     "about 150 police officers, a police source said.\n\n"
     "Under a 2031 arrangement between Rome and Tunis, Tunisia takes up to two flights a week of its own "
     "citizens, but only once it has confirmed their nationality.\n\n"
     "The flight followed Tuesday's deployment of 600 soldiers to Lampedusa and Sicily.\n\n"
     "\"Rules only mean something if they are enforced,\" Interior Minister Lorenza Fabbrini said at the "
     "airport as the deportees were led aboard.\n\n"
     "Italy sent about 4,100 Tunisians home in 2032, according to ministry data."),
    ("2033-10-05_adriatic_tunisians-flown-home.txt",
     "First deportation flight leaves Sicily as Libya hardens stance on rescuers\n\n"
     "ROME, October 5, 2033 (Adriatic Courier) - A plane carrying 74 Tunisians expelled by Italy took off "
     "from Palermo on Wednesday, the first such flight under the emergency decree adopted a day "
     "earlier.\n\n"
     "Each deportee was accompanied by two police officers, and the aircraft landed at Enfidha-Hammamet "
     "airport about an hour later, Tunisian officials said.\n\n"
     "The government plans a second flight early next week, ministry officials said.\n\n"
     "Libya's coast guard, meanwhile, warned charity ships on Tuesday that they risk being seized if they "
     "enter its rescue zone.\n\n"
     "\"Our crew has seen how quickly these dinghies go down, and that is why we are out here,\" Jonas "
     "Reuter, operations director of the charity Open Wake, said by telephone from its ship."),
    ("2033-10-06_bluewater_italy-presses-tunis.txt",
     "Italian ministers press Tunisia to take back migrants who sailed from its shores\n\n"
     "ROME, October 6, 2033 (Bluewater Report) - Interior Minister Lorenza Fabbrini called on Tunisia on "
     "Thursday to readmit migrants of all nationalities who reach Italy from Tunisian ports, not only its "
     "own citizens.\n\n"
     "\"Whoever lets the boats go must take the people back,\" Fabbrini told the Senate.\n\n"
     "Hours later, Foreign Minister Davide Sartori urged Tunis to accept the returns in a separate "
     "statement from his ministry.\n\n"
     "Most of the people arriving from Tunisia come from West and Central Africa, and Tunisia has so far "
     "taken back only its own nationals.\n\n"
     "Italy flew 74 Tunisians home from Palermo on Wednesday.\n\n"
     "\"Tunisia is being asked to become a holding pen for Europe, and no government there could sell that "
     "at home,\" said Ines Marzouki, an analyst at the Carthage Policy Centre in Tunis."),
    ("2033-10-06_newsline_ministers-demand-readmission.txt",
     "Rome demands Tunis readmit third-country migrants\n\n"
     "TUNIS, October 6, 2033 (Continental Newsline) - Italy's interior minister demanded on Thursday that "
     "Tunisia accept the return of non-Tunisian migrants who set sail from its coast, raising the stakes in "
     "a dispute over who is responsible for them.\n\n"
     "\"The departures happen from Tunisian beaches, so Tunisia has to take responsibility,\" Lorenza "
     "Fabbrini said in Rome.\n\n"
     "Foreign Minister Davide Sartori pressed the same point in a written statement later in the day.\n\n"
     "About 60 percent of those who reached Italy by sea this year set off from Tunisia, mainly from "
     "beaches around Sfax, UN refugee agency data show.\n\n"
     "\"People in Sfax watch the boats leave every night,\" said Mehdi Gharbi, a fisherman in the port "
     "city."),
    ("2033-10-07_lantern_tunisia-rejects-demand.txt",
     "Tunisia refuses to take back non-Tunisian migrants from Italy\n\n"
     "TUNIS, October 7, 2033 (Lantern Wire Service) - Tunisia late on Friday rejected Italy's demand that "
     "it readmit migrants of other nationalities, saying it would not become a \"transit camp\" for people "
     "Europe does not want.\n\n"
     "\"Tunisia will receive its own citizens and nobody else,\" Foreign Minister Hichem Belkadi told "
     "journalists at his ministry in Tunis.\n\n"
     "Italian Interior Minister Lorenza Fabbrini had asked Tunis on Thursday to take back all migrants who "
     "depart from its coast.\n\n"
     "Belkadi said Tunisia was already hosting tens of thousands of sub-Saharan migrants and that its "
     "security forces were stretched thin.\n\n"
     "The Tunisian economy expanded by under 1 percent last year, and unemployment among young people is "
     "above 35 percent."),
    ("2033-10-07_southshore_rights-group-pushbacks.txt",
     "Rights monitor accuses Malta of pushing migrant boats back toward Libya\n\n"
     "VALLETTA, October 7, 2033 (Southshore Bulletin) - A rights group accused Malta's armed forces on "
     "Friday of forcing at least three migrant boats back toward Libya in recent weeks instead of rescuing "
     "the people aboard.\n\n"
     "The Mediterranean Rights Observatory said in a 40-page report that Maltese patrol boats had shadowed "
     "the vessels and steered them south, using satellite images and testimony from survivors.\n\n"
     "\"These are illegal pushbacks, and they are putting lives at risk,\" the group's director, Nadia "
     "Ferraro, told reporters in Valletta.\n\n"
     "Malta's armed forces made no comment on Friday.\n\n"
     "Malta recorded fewer than 500 arrivals by sea in 2032, a small fraction of Italy's total."),
    ("2033-10-07_isthmus_tunis-says-no.txt",
     "Tunis says no to Italian returns plan\n\n"
     "TUNIS, October 7, 2033 (Isthmus Herald) - Tunisia's government turned down Rome's call on Friday to "
     "take in migrants of other nationalities, deepening a row over the record number of boats leaving its "
     "coast.\n\n"
     "Foreign Minister Hichem Belkadi dismissed the Italian proposal as unworkable, telling reporters that "
     "his country could not absorb people from across the continent.\n\n"
     "Italian Foreign Minister Davide Sartori had made the request in a written appeal on Thursday.\n\n"
     "Analysts say the government, facing a weak economy and elections next year, has little room to be "
     "seen doing Europe's bidding.\n\n"
     "A European Commission spokeswoman said interior ministers would discuss the issue at a meeting in "
     "Luxembourg next week."),
    ("2033-10-08_adriatic_libya-seizes-rescue-ship.txt",
     "Libyan coast guard seizes German charity rescue ship\n\n"
     "ROME, October 8, 2033 (Adriatic Courier) - Libya's coast guard seized the Aurora Vigil, a rescue ship "
     "run by the German charity Open Wake, on Saturday and escorted it to Tripoli with 19 crew members "
     "aboard, the charity said.\n\n"
     "Libyan officers boarded the ship about 40 nautical miles north of Zuwara while it was searching for a "
     "dinghy reported in distress, Open Wake said in a statement.\n\n"
     "The seizure came four days after the coast guard warned that it would take any foreign rescue vessel "
     "found in its zone to Tripoli.\n\n"
     "\"We were doing what the law of the sea requires of every captain,\" Open Wake's operations director "
     "Jonas Reuter said.\n\n"
     "Open Wake says the Aurora Vigil has rescued more than 3,000 people since it began operating in 2031."),
    ("2033-10-08_southshore_rescue-ship-held.txt",
     "Charity rescue ship held by Libyan coast guard\n\n"
     "ROME, October 8, 2033 (Southshore Bulletin) - Libya's coast guard seized the Aurora Vigil, a rescue "
     "ship operated by the German charity Open Wake, on Saturday and escorted it to Tripoli with its 19 "
     "crew members, the charity said.\n\n"
     "Libyan officers boarded the ship about 40 nautical miles north of the town of Zuwara as it searched "
     "for a dinghy reported in distress, according to an Open Wake statement.\n\n"
     "The seizure came four days after the coast guard warned that it would take any foreign rescue vessel "
     "found in its zone to Tripoli.\n\n"
     "Colonel Salem Ghariani, a coast guard spokesman, said all crew members were in good health.\n\n"
     "Open Wake says the Aurora Vigil has rescued more than 3,000 people since it began operating in 2031."),
    ("2033-10-08_bluewater_rome-protest-deportations.txt",
     "Thousands march in Rome against deportation flights\n\n"
     "ROME, October 8, 2033 (Bluewater Report) - Thousands of demonstrators filled the streets of central "
     "Rome on Saturday to voice anger at the government's deportation flights and its emergency decree on "
     "migration.\n\n"
     "Organisers said 15,000 people took part; police gave a figure of about 6,000.\n\n"
     "The protesters, many carrying banners reading \"No one is illegal\", rallied outside the interior "
     "ministry in the early afternoon.\n\n"
     "The march was called by a coalition of charities and unions after Wednesday's flight that returned 74 "
     "Tunisians to their country.\n\n"
     "\"I came because my own grandparents left Calabria on a ship,\" said Marta Rinaldi, a 67-year-old "
     "retired teacher.\n\n"
     "The march ended peacefully, police said."),
    ("2033-10-09_newsline_aurora-vigil-crew.txt",
     "Crew of seized rescue ship held at Tripoli port, charity says\n\n"
     "TRIPOLI, October 9, 2033 (Continental Newsline) - The 19 crew members of the Aurora Vigil remained "
     "aboard the ship in Tripoli's port on Sunday, a day after Libyan forces took control of the vessel at "
     "sea, the charity Open Wake said.\n\n"
     "\"Since they boarded us on Saturday we have been told nothing about how long this will last,\" said "
     "Jonas Reuter, the charity's operations director.\n\n"
     "The boarding on Saturday, October 8, followed a warning issued on Tuesday by Libya's coast guard that "
     "charity ships entering its zone would be impounded.\n\n"
     "The Aurora Vigil, a converted offshore supply vessel, is 58 metres long and can carry up to 400 "
     "rescued people.\n\n"
     "Rescue charities have been working in the central Mediterranean for more than a decade, often in open "
     "conflict with governments on both shores."),
    ("2033-10-10_lantern_second-flight-tunis-talks.txt",
     "Italy sends second deportation flight as ministers hold talks in Tunis\n\n"
     "TUNIS, October 10, 2033 (Lantern Wire Service) - Italy deported another 68 Tunisians on Monday aboard "
     "a plane chartered to fly them from Palermo to Enfidha, the second such flight in five days.\n\n"
     "In Tunis, Interior Minister Lorenza Fabbrini and EU Home Affairs Commissioner Marit Lindqvist held "
     "three hours of talks with President Faouzi Trabelsi on a dispute over migrant returns.\n\n"
     "Neither side gave details after the meeting at Carthage Palace, but a Tunisian official described the "
     "atmosphere as constructive.\n\n"
     "Tunisia on Friday refused to take back migrants who are not its citizens.\n\n"
     "\"Migration is a shared problem and it needs a shared answer,\" Lindqvist told reporters."),
    ("2033-10-10_isthmus_eu-pledges-border-funds.txt",
     "EU offers Tunisia 150 million euros for border control\n\n"
     "TUNIS, October 10, 2033 (Isthmus Herald) - The European Union pledged 150 million euros on Monday so "
     "that Tunisia can police its coast and land borders, as Brussels and Rome tried to win over Tunis on "
     "migrant returns.\n\n"
     "The money, announced by EU Home Affairs Commissioner Marit Lindqvist late on Monday after talks in "
     "the presidential palace, would pay for patrol boats, radar and training for the National Guard.\n\n"
     "Lindqvist met President Faouzi Trabelsi together with Italy's interior minister, Lorenza "
     "Fabbrini.\n\n"
     "The package is larger than the 105 million euros the bloc set aside for Tunisian border management in "
     "2031.\n\n"
     "\"This is not a reward and it is not a bribe, it is an investment in saving lives,\" Lindqvist said."),
    ("2033-10-10_adriatic_second-deportation-flight.txt",
     "Second charter takes 68 deportees from Palermo to Tunisia\n\n"
     "PALERMO, October 10, 2033 (Adriatic Courier) - A second deportation flight left Palermo on Monday "
     "with 68 Tunisian men aboard, the Italian interior ministry said.\n\n"
     "Police escorted the deportees from the city's holding centre to the airport before dawn, and the "
     "plane touched down at Enfidha around midday.\n\n"
     "The first flight, on Wednesday, had carried 74 men.\n\n"
     "Saturday's march in Rome drew thousands of people protesting against the government's migration "
     "policy and the removals.\n\n"
     "A government official said a third flight was planned for later this month.\n\n"
     "The Palermo holding centre has 200 places and was full on Monday, according to a volunteer doctor who "
     "works there."),
    ("2033-10-11_bluewater_tunisia-accepts-deal.txt",
     "Tunisia agrees to readmit migrants under EU-backed deal\n\n"
     "TUNIS, October 11, 2033 (Bluewater Report) - Tunisia agreed on Tuesday to take back migrants of other "
     "nationalities who reach Italy from its shores, in a reversal that ends a week-long standoff with "
     "Rome.\n\n"
     "Foreign Minister Hichem Belkadi said Tunisia would accept up to 1,000 returns a month under the "
     "arrangement.\n\n"
     "The EU had promised Tunisia 150 million euros for border security on Monday.\n\n"
     "Last Friday, Belkadi had flatly refused to take in non-Tunisians.\n\n"
     "Italian Interior Minister Lorenza Fabbrini said the first returns under the deal could begin within "
     "two weeks.\n\n"
     "About 1,000 returns a month would be a small share of the roughly 5,000 people reaching Italy from "
     "Tunisia each month."),
    ("2033-10-11_newsline_smugglers-arrested.txt",
     "Police on both sides of the strait arrest suspected people smugglers\n\n"
     "AGRIGENTO, October 11, 2033 (Continental Newsline) - Italian police arrested four men on Tuesday "
     "suspected of organising the voyage of the boat that capsized off Lampedusa last week, killing 12 "
     "people.\n\n"
     "The four, three Tunisians and an Egyptian, were detained in raids in Agrigento and Licata, prosecutor "
     "Marco Pellegrino told reporters.\n\n"
     "Survivors of the wreck told investigators that the men had collected 3,000 dinars from each "
     "passenger.\n\n"
     "Across the sea, Tunisia's National Guard detained 11 suspected smugglers near Sfax on the same day "
     "and took six boats and their engines.\n\n"
     "A National Guard spokesman, Houssem Jlassi, said the raids had been in preparation for a month and "
     "had nothing to do with European pressure."),
    ("2033-10-11_southshore_tunis-backs-down.txt",
     "Tunis backs down on migrant returns after EU cash offer\n\n"
     "TUNIS, October 11, 2033 (Southshore Bulletin) - The Tunisian government accepted on Tuesday an "
     "arrangement to readmit migrants from third countries who set off for Italy from its coast, four days "
     "after rejecting the idea outright.\n\n"
     "On Monday the European Union had offered Tunis 150 million euros for coastal patrols and border "
     "equipment.\n\n"
     "Foreign Minister Hichem Belkadi told state television that the first returns would not start before "
     "the end of October.\n\n"
     "Under the arrangement, migrants returned from Italy would be housed at a centre near Medenine, in "
     "southern Tunisia, run with help from the International Organization for Migration.\n\n"
     "Tunisia's National Guard, meanwhile, arrested 11 people accused of smuggling in raids near Sfax on "
     "Tuesday."),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt",
     "UN refugee agency urges safe routes as Mediterranean toll rises\n\n"
     "GENEVA, October 12, 2033 (Isthmus Herald) - UNHCR, the United Nations agency for refugees, appealed "
     "to European governments on Wednesday to create safe, legal pathways for refugees, saying tougher "
     "border controls alone would push people toward more dangerous crossings.\n\n"
     "UNHCR spokeswoman Anouk Delacroix urged states to expand resettlement and family reunification at a "
     "briefing in Geneva.\n\n"
     "Nine days earlier, on Monday, October 3, Italian coast guard crews saved 44 people off Lampedusa in a "
     "wreck that left 12 dead and at least five missing.\n\n"
     "At least 1,450 people are dead or missing in the central Mediterranean this year, by the agency's "
     "count.\n\n"
     "Italy sent a second planeload of 68 Tunisians home on Monday, and Tunisia has now agreed to accept "
     "non-nationals as well.\n\n"
     "\"Most people we speak to would never get on those boats if there were another way,\" Delacroix said."),
    ("2033-10-12_lantern_libya-frees-crew.txt",
     "Libya frees crew of seized charity ship, keeps vessel\n\n"
     "TRIPOLI, October 12, 2033 (Lantern Wire Service) - Libyan authorities released the 19 crew members of "
     "the rescue ship Aurora Vigil on Wednesday, four days after the coast guard seized the vessel off the "
     "coast, the charity that runs it said.\n\n"
     "The crew, 11 Germans, four Italians, two Spaniards and two Norwegians, left Tripoli on a chartered "
     "flight to Malta in the afternoon.\n\n"
     "Coast guard spokesman Colonel Salem Ghariani said the crew were let go after signing statements "
     "acknowledging that they had entered Libyan waters.\n\n"
     "The ship itself is still in Tripoli port, and Libyan prosecutors have not said whether charges will "
     "follow.\n\n"
     "\"Our people are safe, and that is what matters most tonight,\" Open Wake's Jonas Reuter said.\n\n"
     "The UN refugee agency, separately, urged European governments on Wednesday to create safe routes for "
     "refugees."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("AID",), "2033-10-03",
            "Italian coast guard rescues survivors of a boat capsized off Lampedusa (38 or 41, later 44)"),
    "A02": (("MOBILIZE",), "2033-10-04",
            "Italy sends 600 soldiers and four navy ships to Lampedusa and Sicily under an emergency decree"),
    "A03": (("THREATEN",), "2033-10-04",
            "Libyan coast guard threatens to seize foreign charity rescue ships entering its zone"),
    "A04": (("COERCE",), "2033-10-05",
            "Italy deports 74 Tunisians on the first charter flight, Palermo to Enfidha"),
    "A05": (("REQUEST",), "2033-10-06",
            "Italian Interior Minister Fabbrini demands that Tunisia readmit migrants of all nationalities"),
    "A06": (("REQUEST",), "2033-10-06",
            "Italian Foreign Minister Sartori makes the same demand in a written statement"),
    "A07": (("REJECT",), "2033-10-07",
            "Tunisia (Foreign Minister Belkadi) rejects the Italian demand to readmit non-Tunisians"),
    "A08": (("ACCUSE",), "2033-10-07",
            "Mediterranean Rights Observatory accuses Malta's armed forces of pushbacks toward Libya"),
    "A09": (("COERCE",), "2033-10-08",
            "Libyan coast guard seizes the charity rescue ship Aurora Vigil and takes it to Tripoli"),
    "A10": (("PROTEST",), "2033-10-08",
            "thousands march in Rome against deportation flights and the emergency decree"),
    "A11": (("COERCE",), "2033-10-10",
            "Italy deports 68 Tunisians on the second charter flight from Palermo"),
    "A12": (("CONSULT",), "2033-10-10",
            "Fabbrini and EU Commissioner Lindqvist hold talks with Tunisian President Trabelsi in Tunis"),
    "A13": (("AGREE",), "2033-10-10", "the EU pledges 150 million euros to Tunisia for border control"),
    "A14": (("CONCEDE", "AGREE"), "2033-10-11",
            "Tunisia drops its refusal and accepts a deal to readmit non-Tunisian migrants"),
    "A15": (("COERCE",), "2033-10-11",
            "Italian police arrest four suspected smugglers in Agrigento and Licata"),
    "A16": (("COERCE",), "2033-10-11", "Tunisian National Guard detains 11 suspected smugglers near Sfax"),
    "A17": (("REQUEST",), "2033-10-12", "UNHCR calls on European governments to open safe and legal routes"),
    "A18": (("RETREAT",), "2033-10-12", "Libya releases the 19 crew members of the Aurora Vigil"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_lantern_lampedusa-boat-capsizes.txt", "A01", "plucked 38 survivors from the sea"),
    ("2033-10-03_lantern_lampedusa-boat-capsizes.txt", "A01", "we pulled out everyone we could"),
    ("2033-10-03_lantern_lampedusa-boat-capsizes.txt", "A01", "joined the rescue operation at dawn"),
    ("2033-10-03_adriatic_coast-guard-rescue.txt", "A01", "brought 41 people to safety"),
    ("2033-10-03_adriatic_coast-guard-rescue.txt", "A01", "its crews had hauled the survivors"),
    ("2033-10-03_adriatic_coast-guard-rescue.txt", "A01", "the 41 people the coast guard rescued"),
    ("2033-10-03_bluewater_migrant-boat-overturns.txt", "A01", "plucked 38 survivors from the sea"),
    ("2033-10-03_bluewater_migrant-boat-overturns.txt", "A01", "we pulled out everyone we could"),
    ("2033-10-03_bluewater_migrant-boat-overturns.txt", "A01", "joined the rescue operation at dawn"),
    ("2033-10-04_southshore_italy-emergency-troops.txt", "A02", "ordered 600 soldiers and four navy ships"),
    ("2033-10-04_southshore_italy-emergency-troops.txt", "A02", "the troops sent south would guard"),
    ("2033-10-04_southshore_italy-emergency-troops.txt", "A01", "rescued 44 people from a capsized boat"),
    ("2033-10-04_newsline_libya-warns-rescue-ships.txt", "A03", "threatened on Tuesday to seize"),
    ("2033-10-04_newsline_libya-warns-rescue-ships.txt", "A03", "Any ship that ignores our orders"),
    ("2033-10-04_newsline_libya-warns-rescue-ships.txt", "A03", "The warning was aimed in particular"),
    ("2033-10-04_newsline_libya-warns-rescue-ships.txt", "A02",
     "deployed troops and warships to its southern islands"),
    ("2033-10-04_lantern_rome-declares-emergency.txt", "A02", "rushed troops and naval vessels"),
    ("2033-10-04_lantern_rome-declares-emergency.txt", "A02", "the first 200 soldiers had landed"),
    ("2033-10-04_lantern_rome-declares-emergency.txt", "A01", "Monday's rescue had saved 44 people"),
    ("2033-10-05_isthmus_first-deportation-flight.txt", "A04",
     "deported 74 Tunisian men aboard a chartered plane"),
    ("2033-10-05_isthmus_first-deportation-flight.txt", "A04", "were escorted onto the plane"),
    ("2033-10-05_isthmus_first-deportation-flight.txt", "A04", "The flight followed Tuesday's"),
    ("2033-10-05_isthmus_first-deportation-flight.txt", "A02", "deployment of 600 soldiers"),
    ("2033-10-05_isthmus_first-deportation-flight.txt", "A04", "as the deportees were led aboard"),
    ("2033-10-05_adriatic_tunisians-flown-home.txt", "A04", "carrying 74 Tunisians expelled by Italy"),
    ("2033-10-05_adriatic_tunisians-flown-home.txt", "A04", "Each deportee was accompanied by two"),
    ("2033-10-05_adriatic_tunisians-flown-home.txt", "A03", "warned charity ships on Tuesday"),
    ("2033-10-06_bluewater_italy-presses-tunis.txt", "A05", "called on Tunisia on Thursday to readmit"),
    ("2033-10-06_bluewater_italy-presses-tunis.txt", "A05", "Whoever lets the boats go"),
    ("2033-10-06_bluewater_italy-presses-tunis.txt", "A06", "urged Tunis to accept the returns"),
    ("2033-10-06_bluewater_italy-presses-tunis.txt", "A04", "Italy flew 74 Tunisians home"),
    ("2033-10-06_newsline_ministers-demand-readmission.txt", "A05", "demanded on Thursday that Tunisia"),
    ("2033-10-06_newsline_ministers-demand-readmission.txt", "A05", "Tunisia has to take responsibility"),
    ("2033-10-06_newsline_ministers-demand-readmission.txt", "A06",
     "pressed the same point in a written statement"),
    ("2033-10-07_lantern_tunisia-rejects-demand.txt", "A07", "rejected Italy's demand that it readmit"),
    ("2033-10-07_lantern_tunisia-rejects-demand.txt", "A07", "will receive its own citizens and nobody else"),
    ("2033-10-07_lantern_tunisia-rejects-demand.txt", "A05", "asked Tunis on Thursday to take back"),
    ("2033-10-07_southshore_rights-group-pushbacks.txt", "A08", "accused Malta's armed forces on Friday"),
    ("2033-10-07_southshore_rights-group-pushbacks.txt", "A08", "said in a 40-page report"),
    ("2033-10-07_southshore_rights-group-pushbacks.txt", "A08", "These are illegal pushbacks"),
    ("2033-10-07_isthmus_tunis-says-no.txt", "A07", "turned down Rome's call"),
    ("2033-10-07_isthmus_tunis-says-no.txt", "A07", "dismissed the Italian proposal as unworkable"),
    ("2033-10-07_isthmus_tunis-says-no.txt", "A06", "had made the request in a written appeal"),
    ("2033-10-08_adriatic_libya-seizes-rescue-ship.txt", "A09", "seized the Aurora Vigil"),
    ("2033-10-08_adriatic_libya-seizes-rescue-ship.txt", "A09", "boarded the ship about 40 nautical miles"),
    ("2033-10-08_adriatic_libya-seizes-rescue-ship.txt", "A09", "The seizure came four days after"),
    ("2033-10-08_adriatic_libya-seizes-rescue-ship.txt", "A03", "the coast guard warned that it would take"),
    ("2033-10-08_southshore_rescue-ship-held.txt", "A09", "seized the Aurora Vigil"),
    ("2033-10-08_southshore_rescue-ship-held.txt", "A09", "boarded the ship about 40 nautical miles"),
    ("2033-10-08_southshore_rescue-ship-held.txt", "A09", "The seizure came four days after"),
    ("2033-10-08_southshore_rescue-ship-held.txt", "A03", "the coast guard warned that it would take"),
    ("2033-10-08_bluewater_rome-protest-deportations.txt", "A10",
     "filled the streets of central Rome on Saturday"),
    ("2033-10-08_bluewater_rome-protest-deportations.txt", "A10", "rallied outside the interior ministry"),
    ("2033-10-08_bluewater_rome-protest-deportations.txt", "A10", "The march was called by a coalition"),
    ("2033-10-08_bluewater_rome-protest-deportations.txt", "A04",
     "Wednesday's flight that returned 74 Tunisians"),
    ("2033-10-08_bluewater_rome-protest-deportations.txt", "A10", "The march ended peacefully"),
    ("2033-10-09_newsline_aurora-vigil-crew.txt", "A09", "Libyan forces took control of the vessel"),
    ("2033-10-09_newsline_aurora-vigil-crew.txt", "A09", "Since they boarded us on Saturday"),
    ("2033-10-09_newsline_aurora-vigil-crew.txt", "A09", "The boarding on Saturday, October 8"),
    ("2033-10-09_newsline_aurora-vigil-crew.txt", "A03", "a warning issued on Tuesday by Libya's"),
    ("2033-10-10_lantern_second-flight-tunis-talks.txt", "A11", "deported another 68 Tunisians on Monday"),
    ("2033-10-10_lantern_second-flight-tunis-talks.txt", "A12", "held three hours of talks with President"),
    ("2033-10-10_lantern_second-flight-tunis-talks.txt", "A12", "the meeting at Carthage Palace"),
    ("2033-10-10_lantern_second-flight-tunis-talks.txt", "A07", "refused to take back migrants"),
    ("2033-10-10_isthmus_eu-pledges-border-funds.txt", "A13", "pledged 150 million euros on Monday"),
    ("2033-10-10_isthmus_eu-pledges-border-funds.txt", "A13", "announced by EU Home Affairs Commissioner"),
    ("2033-10-10_isthmus_eu-pledges-border-funds.txt", "A12", "after talks in the presidential palace"),
    ("2033-10-10_isthmus_eu-pledges-border-funds.txt", "A12", "met President Faouzi Trabelsi"),
    ("2033-10-10_adriatic_second-deportation-flight.txt", "A11", "left Palermo on Monday with 68 Tunisian"),
    ("2033-10-10_adriatic_second-deportation-flight.txt", "A11", "Police escorted the deportees"),
    ("2033-10-10_adriatic_second-deportation-flight.txt", "A04", "The first flight, on Wednesday"),
    ("2033-10-10_adriatic_second-deportation-flight.txt", "A10", "Saturday's march in Rome"),
    ("2033-10-11_bluewater_tunisia-accepts-deal.txt", "A14", "agreed on Tuesday to take back"),
    ("2033-10-11_bluewater_tunisia-accepts-deal.txt", "A14", "would accept up to 1,000 returns a month"),
    ("2033-10-11_bluewater_tunisia-accepts-deal.txt", "A13", "had promised Tunisia 150 million euros"),
    ("2033-10-11_bluewater_tunisia-accepts-deal.txt", "A07", "had flatly refused to take in"),
    ("2033-10-11_newsline_smugglers-arrested.txt", "A15", "arrested four men on Tuesday"),
    ("2033-10-11_newsline_smugglers-arrested.txt", "A15", "were detained in raids in Agrigento"),
    ("2033-10-11_newsline_smugglers-arrested.txt", "A16", "detained 11 suspected smugglers"),
    ("2033-10-11_newsline_smugglers-arrested.txt", "A16", "said the raids had been in preparation"),
    ("2033-10-11_southshore_tunis-backs-down.txt", "A14", "accepted on Tuesday an arrangement"),
    ("2033-10-11_southshore_tunis-backs-down.txt", "A07", "four days after rejecting the idea"),
    ("2033-10-11_southshore_tunis-backs-down.txt", "A13", "the European Union had offered Tunis"),
    ("2033-10-11_southshore_tunis-backs-down.txt", "A16", "arrested 11 people accused of smuggling"),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt", "A17", "appealed to European governments on Wednesday"),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt", "A17", "urged states to expand resettlement"),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt", "A01", "saved 44 people off Lampedusa"),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt", "A11", "sent a second planeload of 68 Tunisians"),
    ("2033-10-12_isthmus_unhcr-safe-routes.txt", "A14", "Tunisia has now agreed to accept"),
    ("2033-10-12_lantern_libya-frees-crew.txt", "A18", "released the 19 crew members"),
    ("2033-10-12_lantern_libya-frees-crew.txt", "A09", "seized the vessel off the coast"),
    ("2033-10-12_lantern_libya-frees-crew.txt", "A18", "were let go after signing statements"),
    ("2033-10-12_lantern_libya-frees-crew.txt", "A17", "urged European governments on Wednesday"),
]

FLOORS = {"pairwise_f1": 0.72, "b3_f1": 0.82, "reports_found": 0.73}


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
