"""The forty-fifth blind incident batch: post-election unrest in Honduras, November 14-23, 2033. Written on
2026-12-02, before the coder was run on any of it.

The crisis. President Aurelio Bustamante is declared re-elected by a narrow margin on November 6; supporters
of the opposition candidate Ximena Portillo (Renewal Alliance) march in Tegucigalpa and block highways on
Monday the 14th, and riot police fire tear gas. On the 15th police arrest an opposition organiser and others
(12, later 19) and the National Electoral Council rejects the recount appeal, which Portillo denounces. On the
16th the president declares a 30-day state of emergency; the OAS and the EU each call for restraint and a
union federation threatens a general strike. On the 17th roads are blocked again, the army is sent to reopen
them and Bustamante and Portillo hold their first talks; on the 18th an OAS envoy meets the president. The
strike comes on Monday the 21st; on the 22nd the emergency is lifted and 14 detainees are freed; on the 23rd a
second round of talks ends with the president's pledge of a foreign audit of the disputed tally sheets.

Everything in it is synthetic: the six outlets (Ridgeline Press, Isthmus Wire, Lakeshore Tribune, Gulf
Courier, Continental Report, Sierra Bulletin) and every person are invented, the countries and places are
real, the events never happened and the dates are in the future. 25 documents; one is a verbatim syndicated
copy (Lakeshore Tribune of Ridgeline Press, November 14) and one a lightly edited copy (Continental Report of
Ridgeline Press, November 16). Look-alikes: two days of opposition roadblocks (14th and 17th), two rounds of
president-opposition talks (17th and 23rd) plus the OAS envoy's meeting (18th), two calls for calm on one day
by different speakers (OAS and EU, 16th), a strike threat (16th) and the strike itself (21st), the emergency
imposed (16th) and lifted (22nd), arrests (15th) and releases (22nd); a figure changes between reports (12
arrested, then 19; 180,000 strikers, then 250,000).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one
target on one day; a day's protests by the opposition movement (marches and roadblocks across the country) are
one act, and so is a day's general strike. Types follow CAMEO2PLOVER-2021; a second type is given only where
the codebook allows two readings: tear gas fired at marchers is COERCE (violent repression) or ASSAULT, and
the president's audit pledge is AGREE (a promise) or CONCEDE (yielding to an opposition demand). REPORTS lists
every sentence that reports an act that happened, background recaps in later reports included ("a day after
road blockades paralysed ..."), with a cue found once in its file; a syndicated copy has its own entries.
Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts, acts more than a
year before, statistics, tallies and opinions are not listed (a promise is itself AGREE and a threat THREATEN;
the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until
the first run.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the fourteenth session (2026-12-02)):
run with `figures` once at its start, on its starting code (2ae9e40, whose code is 5b3204f): **pairwise F1
0.637** (precision 0.862, recall 0.505), B-cubed F1 0.795, reports found 0.726. Run again at its end, on its
final code (de1df7d): the same figures.
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
    ("2033-11-14_isthmuswire_highways-blocked.txt",
     "Roadblocks choke Honduran highways as anger over presidential count grows\n\n"
     "SAN PEDRO SULA, November 14, 2033 (Isthmus Wire) - Opposition demonstrators cut off the main "
     "highways around San Pedro Sula, the industrial hub of Honduras, on Monday as fury over last week's "
     "disputed presidential count spilled onto the streets.\n\n"
     "Drivers said protesters had dragged tyres and tree trunks across the road at the Rio Blanco toll "
     "plaza, leaving lorries loaded with bananas and garments stuck in queues several kilometres long.\n\n"
     "In Tegucigalpa, police used tear gas against a crowd of several thousand that tried to reach the "
     "electoral council, witnesses said.\n\n"
     '"Burning tyres is the only language they understand," said Wilmer Caceres, 27, a motorcycle taxi '
     "driver standing beside a smouldering barricade near Choloma.\n\n"
     "The opposition Renewal Alliance's challenge to the result centres on tally sheets from more than "
     "1,400 polling stations. The Honduran private business council estimated that each day of blockades "
     "costs the economy about 40 million dollars.\n\n"
     "Bustamante, whom official results credit with 50.6 percent of the vote, made no public comment on "
     "Monday night."),
    ("2033-11-14_lakeshore_police-tear-gas-marchers.txt",
     "Honduran police fire tear gas as thousands march over disputed vote\n\n"
     "TEGUCIGALPA, November 14, 2033 (Lakeshore Tribune) - Riot police in Tegucigalpa lobbed tear gas "
     "canisters on Monday at thousands of opposition supporters marching toward the headquarters of the "
     "National Electoral Council. Outside the capital, backers of opposition candidate Ximena Portillo "
     "blocked at least eight highways with burning tyres and felled trees, cutting freight links between "
     "the Caribbean coast and Tegucigalpa.\n\n"
     "Official results published on November 10 gave President Aurelio Bustamante 50.6 percent of the "
     "vote against 46.9 percent for Portillo, a gap of roughly 112,000 ballots.\n\n"
     '"We queued for six hours to vote, and now they want us to keep quiet," said Ana Lucia Benitez, a '
     "34-year-old nurse who came to the march with her two teenage sons.\n\n"
     "Police spokeswoman Dilcia Maradiaga confirmed that officers had fired gas, saying the march had no "
     "permission to approach the council building. Hospital officials said at least 17 people were "
     "treated for the effects of the gas, none of them seriously hurt.\n\n"
     "Portillo, a 48-year-old former mayor of San Pedro Sula, has stayed out of sight since Saturday. The "
     "last presidential contest, in 2029, also ended in weeks of argument over the count.\n\n"
     "Ridgeline Press first ran this report; it appears here under a syndication deal."),
    ("2033-11-14_ridgeline_police-tear-gas-marchers.txt",
     "Honduran police fire tear gas as thousands march over disputed vote\n\n"
     "TEGUCIGALPA, November 14, 2033 (Ridgeline Press) - Riot police in Tegucigalpa lobbed tear gas "
     "canisters on Monday at thousands of opposition supporters marching toward the headquarters of the "
     "National Electoral Council. Outside the capital, backers of opposition candidate Ximena Portillo "
     "blocked at least eight highways with burning tyres and felled trees, cutting freight links between "
     "the Caribbean coast and Tegucigalpa.\n\n"
     "Official results published on November 10 gave President Aurelio Bustamante 50.6 percent of the "
     "vote against 46.9 percent for Portillo, a gap of roughly 112,000 ballots.\n\n"
     '"We queued for six hours to vote, and now they want us to keep quiet," said Ana Lucia Benitez, a '
     "34-year-old nurse who came to the march with her two teenage sons.\n\n"
     "Police spokeswoman Dilcia Maradiaga confirmed that officers had fired gas, saying the march had no "
     "permission to approach the council building. Hospital officials said at least 17 people were "
     "treated for the effects of the gas, none of them seriously hurt.\n\n"
     "Portillo, a 48-year-old former mayor of San Pedro Sula, has stayed out of sight since Saturday. The "
     "last presidential contest, in 2029, also ended in weeks of argument over the count."),
    ("2033-11-15_continental_council-rejects-recount.txt",
     "Honduran electoral council throws out opposition recount bid\n\n"
     "TEGUCIGALPA, November 15, 2033 (Continental Report) - Honduras' National Electoral Council on "
     "Tuesday threw out the opposition's request for a recount of the November 6 presidential election, "
     "saying the challenge was not backed by evidence.\n\n"
     "Council president Benigna Oyuela said at a televised briefing that the three members had voted "
     "unanimously to uphold the result.\n\n"
     'Opposition candidate Ximena Portillo accused the council of behaving "like a notary for the '
     'presidential palace" and said the count had been rigged in at least four departments.\n\n'
     "The ruling can be taken to the constitutional chamber of the Supreme Court, although lawyers said "
     'such challenges rarely succeed. "The institutions have closed every door," said Rene Ordonez, a '
     "political scientist at the National Autonomous University.\n\n"
     "According to police, 12 people were in custody by Tuesday afternoon over Monday's road blockades, "
     "among them an opposition regional coordinator."),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt",
     "Honduran police round up opposition organisers in dawn raids\n\n"
     "TEGUCIGALPA, November 15, 2033 (Gulf Courier) - Honduran police arrested a senior opposition "
     "organiser and 11 other people in raids before dawn on Tuesday, a day after road blockades paralysed "
     "much of the country.\n\n"
     "Among those held was Fabricio Mejia, the Renewal Alliance's coordinator for Cortes department in "
     "the north, according to his lawyer, Irma Sevilla.\n\n"
     '"They came at four in the morning, without a warrant, and took him away in his pyjamas," Sevilla '
     "said by telephone.\n\n"
     "Police spokeswoman Dilcia Maradiaga said the 12 would be charged with obstructing public roads and "
     "damaging property.\n\n"
     "On Monday, riot officers fired volleys of tear gas outside the electoral council in Tegucigalpa.\n\n"
     "Mejia, 41, is a former teachers' union leader who ran Portillo's campaign across the northern "
     "lowlands. A law passed in 2031 makes blocking a national highway punishable by up to four years in "
     "prison."),
    ("2033-11-15_sierrabulletin_vote-body-dismisses-challenge.txt",
     "Honduras vote body dismisses opposition challenge as police hold a dozen\n\n"
     "TEGUCIGALPA, November 15, 2033 (Sierra Bulletin) - The body that runs Honduras' elections rejected "
     "on Tuesday a petition by the Renewal Alliance to recount ballots from 1,400 polling stations, "
     "leaving President Aurelio Bustamante's narrow victory intact.\n\n"
     "The three members of the National Electoral Council, known by its Spanish initials CNE, reached the "
     "decision unanimously after a closed session.\n\n"
     "Separately, police in Tegucigalpa and San Pedro Sula detained a dozen people suspected of "
     "organising Monday's roadblocks.\n\n"
     '"We expected nothing else, so nobody here is surprised," said Karen Zuniga, a Renewal Alliance '
     "member of Congress.\n\n"
     "Turnout on November 6 reached 61 percent, a twenty-year high, the council says. Bustamante, a "
     "former central bank governor, first took office in 2029."),
    ("2033-11-16_continental_emergency-rule.txt",
     "Honduran leader imposes emergency rule amid election unrest\n\n"
     "TEGUCIGALPA, November 16, 2033 (Continental Report) - The Honduran president, Aurelio Bustamante, "
     "placed Honduras under emergency rule for 30 days on Wednesday, suspending the right of assembly and "
     "imposing a night curfew in seven of the country's 18 departments.\n\n"
     "The decree, which Interior Minister Gustavo Reyes Lobo read on national television, also lets "
     "police keep suspects in custody for three days without a judge's order.\n\n"
     "It came a day after the electoral council rejected an opposition appeal against the results of the "
     "November 6 vote.\n\n"
     "The public prosecutor's office put the number held in Tuesday's raids at 19 on Wednesday, not the "
     "12 police first gave.\n\n"
     '"The state has a duty to guarantee free movement and the safety of every citizen," Reyes Lobo '
     "said.\n\n"
     "The central bank estimates that the blockades have cost exporters about 85 million dollars since "
     "Monday.\n\n"
     "Adapted from a Ridgeline Press dispatch."),
    ("2033-11-16_gulfcourier_unions-threaten-strike.txt",
     "Honduran unions threaten general strike over emergency rule\n\n"
     "TEGUCIGALPA, November 16, 2033 (Gulf Courier) - Honduras' biggest federation of transport and "
     "industrial unions warned on Wednesday it would bring the country to a halt with a general strike "
     "unless the government lifts the state of emergency declared hours earlier.\n\n"
     "Rogelio Amador, secretary general of the Federation of Transport and Industrial Workers, said bus "
     "drivers, dockworkers and factory hands would stop work if the decree was still in force at the "
     "weekend.\n\n"
     '"A curfew does not put food on anybody\'s table," Amador told reporters at the federation\'s '
     "offices in Comayaguela.\n\n"
     "The federation says it represents about 210,000 workers, including most of the country's bus and "
     "lorry drivers.\n\n"
     "The last general strike in Honduras, in 2031, lasted two days and closed the ports of Puerto Cortes "
     "and San Lorenzo.\n\n"
     "The decree suspends the right of assembly for 30 days and took effect at midnight."),
    ("2033-11-16_isthmuswire_oas-eu-urge-calm.txt",
     "OAS and EU urge restraint in Honduras after emergency decree\n\n"
     "WASHINGTON, November 16, 2033 (Isthmus Wire) - The OAS chief on Wednesday called on all sides in "
     "Honduras to hold back and resolve their quarrel over this month's election by talking.\n\n"
     '"Violence will not resolve a disagreement about votes," OAS Secretary General Mariano Quesada said '
     "in a written statement.\n\n"
     "In Brussels, European Union foreign policy chief Annelie Vos urged Honduran authorities and "
     "opposition leaders alike to lower tensions and respect peaceful protest.\n\n"
     "Bustamante had put seven departments under emergency rule and a curfew earlier on Wednesday.\n\n"
     "The final report of the OAS observer mission on the November 6 vote is due in December. Diplomats "
     "say the region has little appetite for another drawn-out standoff in Central America."),
    ("2033-11-16_ridgeline_state-of-emergency.txt",
     "Honduras declares state of emergency as election protests spread\n\n"
     "TEGUCIGALPA, November 16, 2033 (Ridgeline Press) - President Aurelio Bustamante placed Honduras "
     "under emergency rule for 30 days on Wednesday, suspending the right of assembly and imposing a "
     "night curfew in seven of the country's 18 departments.\n\n"
     "The decree, read on national television by Interior Minister Gustavo Reyes Lobo, also lets police "
     "keep suspects in custody for three days without a judge's order.\n\n"
     "It came a day after the electoral council rejected an opposition appeal against the results of the "
     "November 6 vote.\n\n"
     "The public prosecutor's office put the number held in Tuesday's raids at 19 on Wednesday, not the "
     "12 police first gave.\n\n"
     '"The state has a duty to guarantee free movement and the safety of every citizen," Reyes Lobo '
     "said.\n\n"
     "Honduras last used emergency powers on this scale in 2030, after a prison riot in La Ceiba. The "
     "central bank estimates that the blockades have cost exporters about 85 million dollars since Monday."),
    ("2033-11-17_lakeshore_president-meets-rival.txt",
     "Honduran president meets opposition leader as roadblocks return\n\n"
     "TEGUCIGALPA, November 17, 2033 (Lakeshore Tribune) - President Aurelio Bustamante sat down with "
     "opposition leader Ximena Portillo at the presidential palace late on Thursday, the first time they "
     "have met since the November 6 election.\n\n"
     "The talks lasted nearly three hours, according to a palace aide. Portillo's spokesman, Julio "
     'Sarmiento, described the meeting as "cordial but frank."\n\n'
     "Hours earlier, opposition supporters had again blocked roads near Choluteca and Puerto Cortes.\n\n"
     '"Nobody expected a deal tonight, but sitting at one table is already something," said Leticia '
     "Banegas, a political scientist in Tegucigalpa."),
    ("2033-11-17_ridgeline_soldiers-reopen-highways.txt",
     "Honduras sends soldiers to reopen highways; Bustamante meets rival\n\n"
     "TEGUCIGALPA, November 17, 2033 (Ridgeline Press) - Honduras deployed about 2,500 soldiers on "
     "Thursday to reopen the country's main highways, the first use of the army since the post-election "
     "unrest began.\n\n"
     "Protesters again closed the Pan-American Highway near Choluteca and the road to Puerto Cortes on "
     "Thursday morning.\n\n"
     "In the evening, Bustamante received opposition candidate Ximena Portillo at the presidential palace "
     "for talks, a government spokeswoman said. It was the first face-to-face meeting between the two "
     "since the vote.\n\n"
     "Analysts say Bustamante, whose Civic Front lost its majority in Congress in the same election, has "
     "little room to ignore the opposition."),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt",
     "Honduran protesters block roads again in defiance of authorities\n\n"
     "CHOLUTECA, November 17, 2033 (Sierra Bulletin) - Opposition supporters blocked highways in southern "
     "and northern Honduras again on Thursday, in open defiance of the authorities.\n\n"
     "Near Choluteca, several hundred people piled tyres and rocks across the Pan-American Highway, "
     "stranding lorries bound for the Nicaraguan and Salvadoran borders.\n\n"
     "Army troops in armoured vehicles were deployed to the area in the afternoon, witnesses said.\n\n"
     "Armed forces spokesman Colonel Hernan Alvarado said 2,500 soldiers had been sent to keep the "
     "country's main roads open.\n\n"
     'No injuries were reported. "They can send tanks if they like, all we have is our voices," said Dora '
     "Mendoza, a 60-year-old farmer who had walked from a nearby village.\n\n"
     "Protesters also cut traffic between San Pedro Sula and Puerto Cortes for about five hours on "
     "Thursday morning, according to the transport ministry."),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt",
     "OAS mediator holds talks in Tegucigalpa as strike threat looms\n\n"
     "TEGUCIGALPA, November 18, 2033 (Continental Report) - The Organization of American States' special "
     "envoy held talks with Honduran President Aurelio Bustamante on Friday, opening a mediation effort "
     "after a turbulent week.\n\n"
     "The visit by Carlos Irazabal, a veteran Uruguayan diplomat, comes two days after the main transport "
     "and industrial union federation threatened to call a general strike if emergency rule stayed in "
     "place.\n\n"
     "The envoy's trip was arranged after OAS Secretary General Mariano Quesada urged restraint on "
     "Wednesday. The European Union made a similar appeal the same day.\n\n"
     "Soldiers sent to the highways on Thursday had reopened most main roads by Friday morning, the "
     "transport ministry said.\n\n"
     '"The envoy has a week, maybe less, before positions harden," a Western ambassador in Tegucigalpa '
     "remarked."),
    ("2033-11-18_isthmuswire_oas-envoy-meets-president.txt",
     "OAS envoy meets Honduran president, presses for dialogue\n\n"
     "TEGUCIGALPA, November 18, 2033 (Isthmus Wire) - A special envoy sent by the OAS met President "
     "Aurelio Bustamante in Tegucigalpa on Friday, hours after flying in to help defuse the country's "
     "post-election crisis.\n\n"
     "Carlos Irazabal, a former foreign minister of Uruguay, told reporters after the one-hour meeting "
     'that he had found "a real willingness to keep talking."\n\n'
     "His mission follows Wednesday's appeal for calm by OAS Secretary General Mariano Quesada.\n\n"
     "Bustamante held his first talks with opposition candidate Ximena Portillo on Thursday night.\n\n"
     '"Honduras needs a Honduran solution, and we are here only to help," Irazabal said. He is expected '
     "to see Portillo over the weekend."),
    ("2033-11-19_gulfcourier_hondurans-stock-up.txt",
     "Hondurans stock up as unions prepare Monday stoppage\n\n"
     "TEGUCIGALPA, November 19, 2033 (Gulf Courier) - Shoppers in the Honduran capital cleared "
     "supermarket shelves on Saturday and queues formed at petrol stations ahead of a general strike "
     "expected to begin on Monday.\n\n"
     "The Federation of Transport and Industrial Workers first threatened the stoppage on Wednesday, and "
     "its leaders have not backed down since.\n\n"
     'OAS envoy Carlos Irazabal, who met Bustamante on Friday, said on Saturday he saw "room for an '
     'agreement" between Bustamante\'s camp and Portillo\'s.\n\n'
     "The week's unrest has cost the economy an estimated 240 million dollars, according to the private "
     "business council.\n\n"
     '"People are scared of what Monday will bring," said Norma Villeda, who runs a grocery in the '
     "Kennedy district of Tegucigalpa.\n\n"
     "Most highways have been open since Thursday, when the army sent soldiers to clear the barricades."),
    ("2033-11-21_lakeshore_strike-halts-ports.txt",
     "Honduran strike halts buses, ports and banana shipments\n\n"
     "TEGUCIGALPA, November 21, 2033 (Lakeshore Tribune) - Tens of thousands of Honduran workers stayed "
     "away from work on Monday in a nationwide strike against the state of emergency imposed last week, "
     "closing ports and keeping buses off the streets of the capital.\n\n"
     "Dockworkers at Puerto Cortes and San Lorenzo downed tools at dawn, according to the national port "
     "authority.\n\n"
     "Bus drivers in the capital joined en masse, leaving most of the city's roughly 3,000 buses in their "
     "depots.\n\n"
     'A spokesman for the Tela Fruit Company said 60 containers of bananas had missed their sailing. "We '
     'lose money every hour the ships wait," he said.\n\n'
     "It was the first general strike in Honduras since 2031."),
    ("2033-11-21_ridgeline_strike-empties-streets.txt",
     "Honduran general strike empties streets, shuts factories\n\n"
     "TEGUCIGALPA, November 21, 2033 (Ridgeline Press) - Honduras' first general strike in two years "
     "emptied streets and shuttered factories on Monday, as unions stepped up pressure on President "
     "Aurelio Bustamante's government.\n\n"
     "Organisers said late on Monday that more than 250,000 workers had taken part, well above the "
     "180,000 they had counted at midday.\n\n"
     "The textile manufacturers' association said all 140 of its member plants in the north had closed "
     "for the day.\n\n"
     "Police reported no arrests during the stoppage.\n\n"
     '"I have never seen Tegucigalpa this quiet on a weekday," said taxi driver Oscar Flores, who had '
     "parked his cab outside his home.\n\n"
     "The federation first raised the threat of a strike last Wednesday."),
    ("2033-11-21_sierrabulletin_general-strike-standstill.txt",
     "General strike brings Honduras to a standstill\n\n"
     "SAN PEDRO SULA, November 21, 2033 (Sierra Bulletin) - A general strike called by Honduras' largest "
     "union federation shut factories, ports and public transport across the country on Monday, piling "
     "pressure on President Aurelio Bustamante to end emergency rule.\n\n"
     "Dockers at Puerto Cortes, the busiest port on Central America's Atlantic coast, joined the walkout, "
     "leaving cranes idle and more than 40 ships waiting at anchor, port officials said.\n\n"
     "Union leader Rogelio Amador said about 180,000 workers had joined the stoppage by midday.\n\n"
     "Amador's federation had warned of the walkout last Wednesday.\n\n"
     '"This is no longer about one party, it is about the right to be heard," Amador said.'),
    ("2033-11-22_continental_curfew-ends.txt",
     "Honduras ends curfew and emergency rule after strike\n\n"
     "TEGUCIGALPA, November 22, 2033 (Continental Report) - The Honduran government on Tuesday revoked "
     "its emergency decree, ending a night curfew and restoring the right to public assembly in seven "
     "departments.\n\n"
     "Interior Minister Gustavo Reyes Lobo announced the decision in a brief televised address, saying "
     "the roads were calm again.\n\n"
     "Separately, prosecutors freed 14 opposition activists, though five others remain in jail.\n\n"
     '"Lifting the decree costs the government nothing now that the roads are open," said Rene Ordonez, a '
     "political scientist at the National Autonomous University.\n\n"
     "Business leaders put the cost of the unrest at close to 300 million dollars in lost output."),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt",
     "Honduras lifts state of emergency and frees most protest detainees\n\n"
     "TEGUCIGALPA, November 22, 2033 (Gulf Courier) - Honduras lifted its state of emergency on Tuesday, "
     "restoring the right of assembly and ending the night curfew six days after it was imposed, the "
     "interior ministry said.\n\n"
     "Prosecutors also released 14 of the 19 people arrested in last week's raids on opposition "
     "activists, among them Renewal Alliance organiser Fabricio Mejia.\n\n"
     "The moves came a day after a general strike shut down ports, factories and transport across the "
     "country.\n\n"
     'Interior Minister Gustavo Reyes Lobo said the security situation had "returned to normal." Five of '
     "the detainees remain in custody, prosecutors said.\n\n"
     "No deaths have been reported in eight days of unrest, but at least 60 people have been hurt, "
     "according to the health ministry."),
    ("2033-11-22_isthmuswire_organiser-walks-free.txt",
     "Jailed Honduran opposition organiser walks free\n\n"
     "SAN PEDRO SULA, November 22, 2033 (Isthmus Wire) - Renewal Alliance organiser Fabricio Mejia walked "
     "out of a San Pedro Sula jail on Tuesday, one of 14 opposition activists freed by Honduran "
     "authorities as the government moved to cool tensions after the disputed election.\n\n"
     'Mejia, 41, was greeted by about 200 cheering supporters outside the prison gates. "I am tired, but '
     'I am going home to my daughters," he told reporters.\n\n'
     "The releases came hours after Tegucigalpa lifted emergency rule, curfew included.\n\n"
     "The Honduran Committee for Human Rights says five people are still being held in connection with "
     "the protests.\n\n"
     "Monday's nationwide strike, which closed ports and factories, had raised the pressure on Bustamante "
     "to make concessions."),
    ("2033-11-23_lakeshore_rivals-talk-again.txt",
     "Honduran rivals talk again; president agrees to international audit\n\n"
     "TEGUCIGALPA, November 23, 2033 (Lakeshore Tribune) - Honduras' president and his election rival "
     "held a second round of face-to-face talks on Wednesday, with the OAS envoy in the room.\n\n"
     "Afterwards, Bustamante agreed to an international audit of the disputed results, which the "
     "opposition has long sought.\n\n"
     '"It is progress, but the streets will be watching," said Mario Aguilar, a Renewal Alliance '
     "organiser in Tegucigalpa.\n\n"
     "The talks were the second in six days between the two camps.\n\n"
     "The crisis has been the worst in Honduras since the disputed count of 2029."),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt",
     "Bustamante pledges vote audit after second round of talks with rival\n\n"
     "TEGUCIGALPA, November 23, 2033 (Ridgeline Press) - Honduran President Aurelio Bustamante met "
     "opposition leader Ximena Portillo again on Wednesday, their second meeting in under a week, and "
     "afterwards pledged an independent audit of tally sheets from the disputed polling stations.\n\n"
     "The meeting at the presidential palace was attended by OAS envoy Carlos Irazabal.\n\n"
     "The audit would be carried out by a panel of three foreign experts chosen by the OAS, Bustamante "
     "said in a televised statement.\n\n"
     'Portillo called the offer "a first step, not a solution."\n\n'
     "The two leaders first met last Thursday, when talks at the palace ended without agreement.\n\n"
     "On Tuesday, the government lifted emergency rule and prosecutors freed 14 detained activists.\n\n"
     "Bustamante's official margin was about 112,000 votes out of 2.9 million cast."),
    ("2033-11-23_sierrabulletin_audit-promise.txt",
     "Honduran leader promises foreign audit of disputed tallies\n\n"
     "TEGUCIGALPA, November 23, 2033 (Sierra Bulletin) - President Aurelio Bustamante promised on "
     "Wednesday to let foreign experts audit the tally sheets from 1,400 polling stations contested by "
     "the opposition, in a bid to end more than a week of unrest.\n\n"
     "The pledge came after Bustamante and opposition candidate Ximena Portillo held three hours of "
     "talks, their second meeting in a week.\n\n"
     "The government scrapped the state of emergency on Tuesday, a day after a one-day general strike.\n\n"
     "The electoral council, which rejected the opposition's recount request last week, did not comment "
     "on the audit plan.\n\n"
     '"We have waited two weeks for this, and we can wait a little longer," Portillo told reporters '
     "outside the palace."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2033-11-14",
            "opposition supporters march on the electoral council and block highways"),
    "A02": (("COERCE", "ASSAULT"), "2033-11-14",
            "riot police fire tear gas at opposition marchers in Tegucigalpa"),
    "A03": (("COERCE",), "2033-11-15",
            "police arrest opposition organiser Fabricio Mejia and others in dawn raids (12, later 19)"),
    "A04": (("REJECT",), "2033-11-15",
            "National Electoral Council rejects the Renewal Alliance's recount appeal"),
    "A05": (("ACCUSE",), "2033-11-15",
            "Ximena Portillo accuses the electoral council of serving the presidency and of rigging"),
    "A06": (("COERCE",), "2033-11-16",
            "President Bustamante declares a 30-day state of emergency with a night curfew"),
    "A07": (("REQUEST",), "2033-11-16",
            "OAS Secretary General Quesada calls on all sides in Honduras for restraint"),
    "A08": (("REQUEST",), "2033-11-16",
            "EU foreign policy chief Vos urges Honduran authorities and opposition to lower tensions"),
    "A09": (("THREATEN",), "2033-11-16",
            "transport and industrial union federation threatens a general strike unless emergency lifted"),
    "A10": (("PROTEST",), "2033-11-17",
            "opposition supporters block highways again near Choluteca and Puerto Cortes"),
    "A11": (("MOBILIZE",), "2033-11-17",
            "government deploys about 2,500 soldiers to reopen highways"),
    "A12": (("CONSULT",), "2033-11-17",
            "Bustamante and Portillo hold first talks at the presidential palace"),
    "A13": (("CONSULT",), "2033-11-18",
            "OAS envoy Carlos Irazabal meets Bustamante in Tegucigalpa"),
    "A14": (("PROTEST",), "2033-11-21",
            "union federation's nationwide general strike"),
    "A15": (("CONCEDE",), "2033-11-22",
            "government lifts the state of emergency and the curfew"),
    "A16": (("RETREAT",), "2033-11-22",
            "prosecutors free 14 of the 19 detained opposition activists, Mejia among them"),
    "A17": (("CONSULT",), "2033-11-23",
            "Bustamante and Portillo hold a second round of talks, OAS envoy present"),
    "A18": (("AGREE", "CONCEDE"), "2033-11-23",
            "Bustamante pledges an independent foreign audit of disputed tally sheets"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-11-14_isthmuswire_highways-blocked.txt", "A01", "cut off the main highways around"),
    ("2033-11-14_isthmuswire_highways-blocked.txt", "A02", "police used tear gas against a crowd"),
    ("2033-11-14_isthmuswire_highways-blocked.txt", "A01", "that tried to reach the electoral council"),
    ("2033-11-14_isthmuswire_highways-blocked.txt", "A01", "had dragged tyres and tree trunks"),
    ("2033-11-14_lakeshore_police-tear-gas-marchers.txt", "A02", "lobbed tear gas canisters on Monday"),
    ("2033-11-14_lakeshore_police-tear-gas-marchers.txt",
     "A01", "opposition supporters marching toward the headquarters"),
    ("2033-11-14_lakeshore_police-tear-gas-marchers.txt", "A01", "blocked at least eight highways"),
    ("2033-11-14_lakeshore_police-tear-gas-marchers.txt", "A02", "confirmed that officers had fired gas"),
    ("2033-11-14_ridgeline_police-tear-gas-marchers.txt", "A02", "lobbed tear gas canisters on Monday"),
    ("2033-11-14_ridgeline_police-tear-gas-marchers.txt",
     "A01", "opposition supporters marching toward the headquarters"),
    ("2033-11-14_ridgeline_police-tear-gas-marchers.txt", "A01", "blocked at least eight highways"),
    ("2033-11-14_ridgeline_police-tear-gas-marchers.txt", "A02", "confirmed that officers had fired gas"),
    ("2033-11-15_continental_council-rejects-recount.txt", "A04", "threw out the opposition's request for"),
    ("2033-11-15_continental_council-rejects-recount.txt", "A04", "voted unanimously to uphold the result"),
    ("2033-11-15_continental_council-rejects-recount.txt", "A05", "accused the council of behaving"),
    ("2033-11-15_continental_council-rejects-recount.txt", "A03", "12 people were in custody by"),
    ("2033-11-15_continental_council-rejects-recount.txt", "A01", "over Monday's road blockades"),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt",
     "A03", "arrested a senior opposition organiser and"),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt",
     "A01", "a day after road blockades paralysed"),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt",
     "A03", "Among those held was Fabricio Mejia"),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt", "A03", "took him away in his pyjamas"),
    ("2033-11-15_gulfcourier_opposition-organisers-arrested.txt", "A02", "fired volleys of tear gas outside"),
    ("2033-11-15_sierrabulletin_vote-body-dismisses-challenge.txt",
     "A04", "rejected on Tuesday a petition by"),
    ("2033-11-15_sierrabulletin_vote-body-dismisses-challenge.txt",
     "A04", "reached the decision unanimously"),
    ("2033-11-15_sierrabulletin_vote-body-dismisses-challenge.txt",
     "A03", "detained a dozen people suspected of"),
    ("2033-11-15_sierrabulletin_vote-body-dismisses-challenge.txt", "A01", "organising Monday's roadblocks"),
    ("2033-11-16_continental_emergency-rule.txt", "A06", "under emergency rule for 30 days"),
    ("2033-11-16_continental_emergency-rule.txt", "A06", "Reyes Lobo read on national television"),
    ("2033-11-16_continental_emergency-rule.txt",
     "A04", "the electoral council rejected an opposition appeal"),
    ("2033-11-16_continental_emergency-rule.txt", "A03", "the number held in Tuesday's raids"),
    ("2033-11-16_gulfcourier_unions-threaten-strike.txt", "A09", "warned on Wednesday it would bring"),
    ("2033-11-16_gulfcourier_unions-threaten-strike.txt", "A06", "emergency declared hours earlier"),
    ("2033-11-16_gulfcourier_unions-threaten-strike.txt", "A09", "would stop work if the decree"),
    ("2033-11-16_gulfcourier_unions-threaten-strike.txt", "A06", "took effect at midnight"),
    ("2033-11-16_isthmuswire_oas-eu-urge-calm.txt", "A07", "called on all sides in Honduras"),
    ("2033-11-16_isthmuswire_oas-eu-urge-calm.txt", "A07", "Quesada said in a written statement"),
    ("2033-11-16_isthmuswire_oas-eu-urge-calm.txt",
     "A08", "urged Honduran authorities and opposition leaders"),
    ("2033-11-16_isthmuswire_oas-eu-urge-calm.txt", "A06", "put seven departments under emergency rule"),
    ("2033-11-16_ridgeline_state-of-emergency.txt", "A06", "under emergency rule for 30 days"),
    ("2033-11-16_ridgeline_state-of-emergency.txt", "A06", "read on national television by Interior"),
    ("2033-11-16_ridgeline_state-of-emergency.txt",
     "A04", "the electoral council rejected an opposition appeal"),
    ("2033-11-16_ridgeline_state-of-emergency.txt", "A03", "the number held in Tuesday's raids"),
    ("2033-11-17_lakeshore_president-meets-rival.txt", "A12", "sat down with opposition leader Ximena"),
    ("2033-11-17_lakeshore_president-meets-rival.txt", "A12", "The talks lasted nearly three hours"),
    ("2033-11-17_lakeshore_president-meets-rival.txt", "A12", "described the meeting as"),
    ("2033-11-17_lakeshore_president-meets-rival.txt", "A10", "had again blocked roads near Choluteca"),
    ("2033-11-17_ridgeline_soldiers-reopen-highways.txt", "A11", "deployed about 2,500 soldiers on Thursday"),
    ("2033-11-17_ridgeline_soldiers-reopen-highways.txt", "A10", "again closed the Pan-American Highway"),
    ("2033-11-17_ridgeline_soldiers-reopen-highways.txt",
     "A12", "received opposition candidate Ximena Portillo"),
    ("2033-11-17_ridgeline_soldiers-reopen-highways.txt",
     "A12", "first face-to-face meeting between the two"),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt",
     "A10", "blocked highways in southern and northern"),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt", "A10", "piled tyres and rocks across the"),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt", "A11", "were deployed to the area in"),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt", "A11", "2,500 soldiers had been sent to"),
    ("2033-11-17_sierrabulletin_protesters-block-roads-again.txt",
     "A10", "also cut traffic between San Pedro"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt",
     "A13", "held talks with Honduran President Aurelio"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt", "A13", "The visit by Carlos Irazabal"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt", "A09", "threatened to call a general strike"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt", "A07", "Quesada urged restraint on Wednesday"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt", "A08", "made a similar appeal the same day"),
    ("2033-11-18_continental_oas-mediator-holds-talks.txt", "A11", "Soldiers sent to the highways on"),
    ("2033-11-18_isthmuswire_oas-envoy-meets-president.txt",
     "A13", "met President Aurelio Bustamante in Tegucigalpa"),
    ("2033-11-18_isthmuswire_oas-envoy-meets-president.txt", "A13", "after the one-hour meeting"),
    ("2033-11-18_isthmuswire_oas-envoy-meets-president.txt", "A07", "Wednesday's appeal for calm by"),
    ("2033-11-18_isthmuswire_oas-envoy-meets-president.txt", "A12", "held his first talks with opposition"),
    ("2033-11-19_gulfcourier_hondurans-stock-up.txt", "A09", "first threatened the stoppage on Wednesday"),
    ("2033-11-19_gulfcourier_hondurans-stock-up.txt", "A13", "who met Bustamante on Friday"),
    ("2033-11-19_gulfcourier_hondurans-stock-up.txt", "A11", "when the army sent soldiers"),
    ("2033-11-21_lakeshore_strike-halts-ports.txt", "A14", "stayed away from work on Monday"),
    ("2033-11-21_lakeshore_strike-halts-ports.txt", "A06", "state of emergency imposed last week"),
    ("2033-11-21_lakeshore_strike-halts-ports.txt", "A14", "downed tools at dawn"),
    ("2033-11-21_lakeshore_strike-halts-ports.txt", "A14", "Bus drivers in the capital joined"),
    ("2033-11-21_lakeshore_strike-halts-ports.txt", "A14", "the first general strike in Honduras"),
    ("2033-11-21_ridgeline_strike-empties-streets.txt", "A14", "emptied streets and shuttered factories"),
    ("2033-11-21_ridgeline_strike-empties-streets.txt", "A14", "more than 250,000 workers had taken part"),
    ("2033-11-21_ridgeline_strike-empties-streets.txt", "A09", "first raised the threat of a strike"),
    ("2033-11-21_sierrabulletin_general-strike-standstill.txt",
     "A14", "shut factories, ports and public transport"),
    ("2033-11-21_sierrabulletin_general-strike-standstill.txt", "A14", "had joined the stoppage by midday"),
    ("2033-11-21_sierrabulletin_general-strike-standstill.txt", "A14", "joined the walkout, leaving"),
    ("2033-11-21_sierrabulletin_general-strike-standstill.txt", "A09", "had warned of the walkout last"),
    ("2033-11-22_continental_curfew-ends.txt", "A15", "revoked its emergency decree"),
    ("2033-11-22_continental_curfew-ends.txt", "A15", "announced the decision in a brief"),
    ("2033-11-22_continental_curfew-ends.txt", "A16", "prosecutors freed 14 opposition activists"),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt",
     "A15", "lifted its state of emergency on Tuesday"),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt", "A06", "six days after it was imposed"),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt", "A16", "released 14 of the 19 people"),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt", "A03", "arrested in last week's raids"),
    ("2033-11-22_gulfcourier_emergency-lifted-detainees-freed.txt", "A14", "a day after a general strike"),
    ("2033-11-22_isthmuswire_organiser-walks-free.txt", "A16", "one of 14 opposition activists freed"),
    ("2033-11-22_isthmuswire_organiser-walks-free.txt", "A16", "The releases came hours after"),
    ("2033-11-22_isthmuswire_organiser-walks-free.txt", "A15", "Tegucigalpa lifted emergency rule"),
    ("2033-11-22_isthmuswire_organiser-walks-free.txt", "A14", "Monday's nationwide strike, which closed"),
    ("2033-11-23_lakeshore_rivals-talk-again.txt", "A17", "held a second round of face-to-face talks"),
    ("2033-11-23_lakeshore_rivals-talk-again.txt", "A18", "agreed to an international audit"),
    ("2033-11-23_lakeshore_rivals-talk-again.txt", "A17", "The talks were the second in"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A17", "Ximena Portillo again on Wednesday"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A18", "pledged an independent audit of tally"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A17", "The meeting at the presidential palace"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A18", "would be carried out by a panel"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A12", "The two leaders first met last"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A15", "the government lifted emergency rule"),
    ("2033-11-23_ridgeline_second-talks-audit-pledge.txt", "A16", "prosecutors freed 14 detained activists"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A18", "promised on Wednesday to let foreign"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A17", "held three hours of talks"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A18", "The pledge came after Bustamante"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A15", "scrapped the state of emergency"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A14", "a one-day general strike"),
    ("2033-11-23_sierrabulletin_audit-promise.txt", "A04", "which rejected the opposition's recount request"),
]

FLOORS = {"pairwise_f1": 0.63, "b3_f1": 0.77, "reports_found": 0.69}


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
