"""Thirteenth blind incident batch for eventwire, written on 2026-12-01 before the coder was run on any of it.

Crisis: a ten-day labour and land conflict in southern Peru in October 2033. Quechua communities in Cotabambas
province (Apurimac) blockade the highway to the Cerro Ventisca copper mine; the interior minister sends police
and sets a 48-hour ultimatum; police clear a blockade at a bridge with tear gas and pellets and protesters die
(three, then four, then five); the government declares a state of emergency in Cotabambas and Chumbivilcas;
the ombudsman urges restraint and, with the archbishop of Cusco, mediates; the mine's owner suspends
operations; three community leaders are arrested and freed two days later; the interior minister resigns;
Bolivia and Chile protest over their stranded truck drivers; the prime minister promises compensation; two
rounds of talks in Lima end in a partial deal signed by four communities, which the fifth rejects.

Everything here is synthetic: the outlets, people, communities, mine and company are invented, the countries
and places are real, the events never happened and the dates lie in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives (a
second type only where the codebook truly allows two readings) and dated to the day it happened. REPORTS lists
every body sentence (headlines are not reports) that reports an act that happened, background recaps in later
reports included, each with a verbatim cue (3 to 8 words) found once in its file; a sentence reports at most
two acts, of different types. Planned, promised-but-not-done, threatened-but-not-done, conditional,
hypothetical and denied acts are not acts (the promise itself is AGREE, the threat THREATEN, the demand
REQUEST); nor are acts more than a year before, statistics, tallies or opinions. The batch holds a verbatim
syndicated copy and a lightly edited copy, a toll that changes between reports, and look-alikes: two embassies
each protesting on the same day, two rounds of talks on consecutive days between the same parties, a threat
and the clearance it threatened a day later, two government coercive acts (emergency decree, arrests) on
consecutive days, and two concessions (the mine's suspension, the minister's resignation) on consecutive days.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold reports (file, act) with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit f98c98e (the sixth 2026-12-01 session's starting code; the batch was written at the
session's start and is held back, figures only), with `figures`: **pairwise F1 0.712** (precision 1.000,
recall 0.552), B-cubed F1 0.883. On f3ef3fb, run beside it: pairwise F1 0.736 (precision 1.000, recall 0.582),
B-cubed F1 0.894.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: pairwise F1 0.736 (precision 1.000, recall 0.582), B-cubed F1 0.894 (start:
0.712, 1.000, 0.552; 0.883). Its groupings were not printed or read.
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
    ("2033-10-03_condorwire_communities-block-mine-road.txt",
     "Andean communities block road to Peru's Cerro Ventisca copper mine\n"
     "\n"
     "TAMBOBAMBA, October 3, 2033 (Condor Wire) - Hundreds of Quechua villagers from the Pampaqocha "
     "and Hatun Rumi communities piled rocks and tree trunks across the highway to the Cerro Ventisca "
     "copper mine, in Peru's southern Andes, on Monday, cutting off the route used by ore trucks.\n"
     "\n"
     "The protesters set up at least four roadblocks along a 40-kilometre stretch of the southern "
     "mining corridor in Cotabambas province, according to the regional police command.\n"
     "\n"
     "Cerro Ventisca, run by Altoquilla Copper, a unit of Vancouver-based Northmark Resources, ships "
     "about 1,200 tonnes of concentrate a day by truck to the Pacific port of Matarani. Residents say "
     "the convoys, which pass within metres of their homes, have cracked walls and fouled springs "
     "since the mine opened in 2027.\n"
     "\n"
     "\"Our children breathe the dust of those trucks every day and nobody in Lima answers our "
     "letters,\" said Teodoro Huillca, president of the Pampaqocha community.\n"
     "\n"
     "Altoquilla said in a short written statement that output had not yet been affected because the "
     "mine held several days of concentrate in storage.\n"
     "\n"
     "Peru produces roughly a tenth of the world's mined copper, and road blockades by communities "
     "near large mines have repeatedly interrupted shipments over the past decade."),
    ("2033-10-03_highlandcourier_blockade-halts-copper-trucks.txt",
     "Roadblocks strand copper convoys in Peru's Apurimac region\n"
     "\n"
     "ABANCAY, October 3, 2033 (Highland Courier) - Indigenous villagers blockaded the main haulage "
     "road serving the Cerro Ventisca mine on Monday, leaving long lines of ore and freight trucks "
     "stuck on the mountain highway.\n"
     "\n"
     "The blockades went up before dawn at several points in Cotabambas province, in the Apurimac "
     "region, and community leaders said they would stay until a government delegation came to the "
     "area.\n"
     "\n"
     "Among the stranded vehicles were dozens of tanker and cargo trucks from Bolivia and Chile that "
     "use the corridor to reach southern Peruvian ports. \"We have food for two days, maybe three,\" "
     "said Ronald Choque, a Bolivian driver from El Alto who had been parked near the town of "
     "Challhuahuacho since morning.\n"
     "\n"
     "The communities' grievances include dust, damage to homes and a share of the mine's tax revenue "
     "that they say never reaches them.\n"
     "\n"
     "Regional governor Nilda Sotomayor said the situation was tense but calm by nightfall. Apurimac "
     "is among Peru's poorest regions despite hosting some of its richest copper deposits."),
    ("2033-10-04_beaconnewswire_peru-sends-police-corridor.txt",
     "Peru flies police reinforcements to blockaded mining road\n"
     "\n"
     "LIMA, October 4, 2033 (Beacon Newswire) - Peru's Interior Ministry sent about 600 police "
     "officers to Cotabambas province on Tuesday to reopen the highway to the Cerro Ventisca copper "
     "mine.\n"
     "\n"
     "Officers from a special operations unit were flown to Cusco and driven overnight toward the "
     "blockades, a ministry spokesman said.\n"
     "\n"
     "Interior Minister Rodrigo Valcarcel gave the protesters 48 hours to reopen the road, warning "
     "that police would clear it by force if they did not. \"Our duty is to guarantee free transit on "
     "every road in the country,\" Valcarcel told reporters in Lima.\n"
     "\n"
     "Reached by phone, Pampaqocha leader Teodoro Huillca said the villagers had expected that answer "
     "from Lima.\n"
     "\n"
     "The freight carriers' association estimated that 900 trucks were stuck along the corridor, many "
     "of them carrying goods bound for Bolivia. Mining accounts for about 60 percent of Peru's "
     "exports, and finance ministry figures show copper alone brought in more than 25 billion dollars "
     "last year."),
    ("2033-10-04_southerncross_minister-gives-ultimatum.txt",
     "Peru's interior minister sets 48-hour deadline for mine road protesters\n"
     "\n"
     "CUSCO, October 4, 2033 (Southern Cross Report) - Peru's government on Tuesday issued an "
     "ultimatum to Quechua communities blocking access to the Cerro Ventisca mine, saying riot police "
     "would remove the barricades unless the road reopened by Thursday morning.\n"
     "\n"
     "The warning came from Interior Minister Rodrigo Valcarcel, whose ministry moved several hundred "
     "extra officers into the area on Tuesday.\n"
     "\n"
     "Villagers closed the road on Monday with boulders and burning tyres, saying the mine's trucks "
     "had ruined their fields. \"Dialogue is the only exit, but dialogue cannot happen with a road "
     "closed,\" said Valcarcel.\n"
     "\n"
     "Hatun Rumi, one of the protesting communities, sits beside the Chuicuni bridge, the narrowest "
     "point of the corridor.\n"
     "\n"
     "Peru's human rights coordinator counted 11 people dead in social conflicts around mines in 2031 "
     "and 2032."),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt",
     "Three protesters killed as Peruvian police break up mine road blockade\n"
     "\n"
     "TAMBOBAMBA, October 5, 2033 (Condor Wire) - Three protesters were killed on Wednesday when "
     "Peruvian police fired tear gas and pellets to clear a blockade at the Chuicuni bridge on the "
     "road to the Cerro Ventisca copper mine, hospital officials said.\n"
     "\n"
     "At least 19 other people, including six officers, were treated for injuries at the hospital in "
     "Tambobamba, the provincial capital.\n"
     "\n"
     "The operation began shortly after 5 a.m., a day earlier than the deadline Interior Minister "
     "Rodrigo Valcarcel set on Tuesday for the road to be reopened. Most of the roughly 600 officers "
     "flown into the province on Tuesday took part, the ministry said.\n"
     "\n"
     "Witnesses said officers advanced from both ends of the bridge and that some villagers fell into "
     "the river as they fled. According to the Interior Ministry, police had acted to restore free "
     "transit and that an internal inquiry would examine the deaths.\n"
     "\n"
     "The blockade began on Monday, when villagers from Pampaqocha and Hatun Rumi closed the road in "
     "protest over dust, cracked homes and what they call an unfair share of mining revenue.\n"
     "\n"
     "\"They came while we were sleeping,\" said Fortunata Layme, a Hatun Rumi leader, her voice "
     "breaking.\n"
     "\n"
     "Copper prices rose 1.2 percent in London on news of the violence."),
    ("2033-10-05_lanternpress_tear-gas-bridge-deaths.txt",
     "Death toll rises to four after Peru police clear copper road\n"
     "\n"
     "ABANCAY, October 5, 2033 (Lantern Press Agency) - Four people died after riot police stormed a "
     "community blockade on a bridge near the Cerro Ventisca copper mine in Peru's Apurimac region on "
     "Wednesday, the regional health authority said.\n"
     "\n"
     "A 17-year-old boy was among the dead, and two of the wounded were flown to Cusco in critical "
     "condition.\n"
     "\n"
     "Police used tear gas canisters and shotguns loaded with rubber pellets to push the protesters "
     "off the Chuicuni bridge, according to video filmed by residents. Police commanders denied that "
     "officers carried live ammunition.\n"
     "\n"
     "Villagers had shut the road on Monday, saying the mine's trucks were damaging their homes and "
     "water sources.\n"
     "\n"
     "Interior Minister Rodrigo Valcarcel, who on Tuesday had warned that the road would be cleared by"
     " force, did not respond to requests for comment. Altoquilla Copper said none of its employees "
     "took part in the operation.\n"
     "\n"
     "Conflicts over the distribution of mining wealth have toppled at least two Peruvian cabinets "
     "since 2011."),
    ("2033-10-05_tidewater_ombudsman-urges-halt.txt",
     "Peru ombudsman urges end to force after deadly mine road clash\n"
     "\n"
     "LIMA, October 5, 2033 (Tidewater Bulletin) - Peru's ombudsman, Rosalia Ccahuana, on Wednesday "
     "night urged the government to withdraw riot police from the Cerro Ventisca mine corridor and "
     "open talks with the protesting communities.\n"
     "\n"
     "Ccahuana spoke hours after four villagers were killed when police broke up a blockade at the "
     "Chuicuni bridge in Cotabambas province.\n"
     "\n"
     "\"No road and no mine is worth a single human life,\" she told a news conference. Her staff had "
     "gathered testimony from 23 witnesses in Tambobamba, she added.\n"
     "\n"
     "The ombudsman's office is an independent body whose recommendations are not binding.\n"
     "\n"
     "Government spokeswoman Carla Mujica said the cabinet would meet on Thursday to review the "
     "situation in the south. The highway remained shut on Wednesday evening at three points, the "
     "police said."),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt",
     "Peru declares emergency in two provinces after mine road deaths\n"
     "\n"
     "LIMA, October 6, 2033 (Beacon Newswire) - Peru declared a 30-day state of emergency in the "
     "southern provinces of Cotabambas and Chumbivilcas on Thursday, suspending freedom of assembly "
     "and of movement as the death toll from Wednesday's police operation rose to five.\n"
     "\n"
     "The decree, published in the official gazette El Peruano, also allows police to enter homes "
     "without a warrant in the two provinces.\n"
     "\n"
     "A fifth protester, a 52-year-old farmer, died overnight in a Cusco hospital from a head wound "
     "caused by a tear gas canister, the health ministry said.\n"
     "\n"
     "Prime Minister Hector Ayma Surco said the measure was meant to prevent further bloodshed, not to"
     " punish the communities. Ombudsman Rosalia Ccahuana, who on Wednesday night urged the withdrawal"
     " of riot police, was not available for comment on Thursday.\n"
     "\n"
     "Chumbivilcas, in the neighbouring Cusco region, was included because some of the mine's ore "
     "trucks cross it on their way to the coast.\n"
     "\n"
     "Peruvian governments have relied on emergency decrees in mining disputes many times, including "
     "during the 2011 and 2015 conflicts in Cajamarca and Apurimac."),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt",
     "Emergency rule declared in two Peruvian provinces after protest deaths\n"
     "\n"
     "LIMA, October 6, 2033 (Lantern Press Agency) - Peru declared a 30-day state of emergency in the "
     "southern provinces of Cotabambas and Chumbivilcas on Thursday, suspending freedom of assembly "
     "and movement as the death toll from Wednesday's police operation climbed to five.\n"
     "\n"
     "The decree, published in the official gazette El Peruano, also allows police to enter homes "
     "without a warrant in both provinces.\n"
     "\n"
     "A fifth protester, a 52-year-old farmer, died overnight at a hospital in Cusco from a head wound"
     " caused by a tear gas canister, according to the health ministry.\n"
     "\n"
     "Prime Minister Hector Ayma Surco said the measure was meant to prevent further bloodshed, not to"
     " punish the communities. Ombudsman Rosalia Ccahuana, who on Wednesday night urged the withdrawal"
     " of riot police, was not available for comment.\n"
     "\n"
     "Peruvian governments have relied on emergency decrees in mining disputes many times, including "
     "during the 2011 and 2015 conflicts in Cajamarca and Apurimac.\n"
     "\n"
     "Reporting by Beacon Newswire."),
    ("2033-10-06_southerncross_miner-suspends-operations.txt",
     "Altoquilla halts Cerro Ventisca copper output as Peru unrest deepens\n"
     "\n"
     "LIMA, October 6, 2033 (Southern Cross Report) - Altoquilla Copper suspended all operations at "
     "its Cerro Ventisca mine in southern Peru on Thursday, giving in to a central demand of the "
     "Quechua communities of Cotabambas province.\n"
     "\n"
     "The company said it would keep a skeleton crew at the site to manage water and tailings dams and"
     " that about 2,300 workers and contractors would be sent home on full pay. \"The safety of our "
     "people and of our neighbours comes before any production target,\" Altoquilla chief executive "
     "Gabriel Osterling said in a statement.\n"
     "\n"
     "The announcement came a day after police cleared the Chuicuni bridge blockade in an operation "
     "that left five protesters dead.\n"
     "\n"
     "Also on Thursday, the government placed Cotabambas and neighbouring Chumbivilcas under 30 days "
     "of emergency rule.\n"
     "\n"
     "Cerro Ventisca produced about 310,000 tonnes of copper in concentrate last year, roughly 11 "
     "percent of Peru's output. Northmark Resources shares fell 6 percent in Toronto.\n"
     "\n"
     "Analyst Ximena Arroyo of Lima consultancy Veta Research said every week of lost output would "
     "cost Peru's treasury about 40 million dollars in taxes and royalties."),
    ("2033-10-07_highlandcourier_leaders-arrested-tambobamba.txt",
     "Police arrest three Quechua leaders under Peru emergency decree\n"
     "\n"
     "TAMBOBAMBA, October 7, 2033 (Highland Courier) - Peruvian police arrested three leaders of the "
     "communities blockading the road to the Cerro Ventisca copper mine on Friday, including "
     "Pampaqocha president Teodoro Huillca, their lawyers said.\n"
     "\n"
     "Huillca, Justina Mamani and Wilber Condori were detained at a community hall in Tambobamba and "
     "flown by helicopter to the regional capital Abancay, lawyer Rocio Pumayalli said. The three face"
     " charges of disturbing public order and obstructing public services, which are punishable by as "
     "much as eight years behind bars.\n"
     "\n"
     "Emergency rule took effect in Cotabambas and Chumbivilcas provinces on Thursday, when the "
     "government suspended the right of assembly there.\n"
     "\n"
     "\"Without Teodoro and the others, who is going to speak for us in Lima?\" asked Fortunata Layme of"
     " Hatun Rumi.\n"
     "\n"
     "Five protesters died on Wednesday when police cleared a blockade at the Chuicuni bridge.\n"
     "\n"
     "Lawyers for the three leaders said they would ask a judge to order their release."),
    ("2033-10-07_tidewater_interior-minister-resigns.txt",
     "Peru's interior minister resigns over deaths at mine blockade\n"
     "\n"
     "LIMA, October 7, 2033 (Tidewater Bulletin) - Peruvian Interior Minister Rodrigo Valcarcel "
     "resigned on Friday, two days after a police operation to clear a road to a copper mine left five"
     " protesters dead.\n"
     "\n"
     "In a letter posted on social media, Valcarcel said he was stepping down to take political "
     "responsibility for the deaths at the Chuicuni bridge. He had served in the post for 14 months.\n"
     "\n"
     "Valcarcel had given protesters 48 hours on Tuesday to lift their blockade of the Cerro Ventisca "
     "mine road, but police moved in the next morning, before the deadline expired.\n"
     "\n"
     "President Aurelio Benavente has not yet named a successor.\n"
     "\n"
     "On Friday, police in Tambobamba also detained three community leaders from the villages along "
     "the road.\n"
     "\n"
     "Valcarcel is the fourth interior minister to leave office since Benavente took power in 2031."),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt",
     "Minister who ordered Peru road clearance quits as leaders are detained\n"
     "\n"
     "LIMA, October 7, 2033 (Condor Wire) - Rodrigo Valcarcel quit as Peru's interior minister on "
     "Friday, bowing to mounting pressure over Wednesday's deadly clearance of a blockade on the road "
     "to the Cerro Ventisca copper mine.\n"
     "\n"
     "Valcarcel, who on Tuesday threatened to remove the barricades by force, told state radio he "
     "would not cling to his post while families buried their dead.\n"
     "\n"
     "Hours earlier, police detained three community leaders, among them Teodoro Huillca of "
     "Pampaqocha, in the town of Tambobamba. A police statement said the three had been taken to "
     "Abancay for questioning.\n"
     "\n"
     "Five people died in the clearance operation, the health ministry said on Thursday, revising its "
     "first tally of three.\n"
     "\n"
     "\"A resignation does not bring anyone back,\" said Hatun Rumi leader Fortunata Layme.\n"
     "\n"
     "Benavente, whose approval rating stood at 19 percent in a September poll, has not commented on "
     "the resignation."),
    ("2033-10-08_southerncross_bolivia-chile-protest-truckers.txt",
     "Bolivia and Chile protest to Peru over truckers stranded by mine blockade\n"
     "\n"
     "LIMA, October 8, 2033 (Southern Cross Report) - Bolivia's embassy in Lima delivered a formal "
     "protest to Peru's Foreign Ministry on Saturday over the plight of hundreds of Bolivian truck "
     "drivers stranded for almost a week in the southern Andes.\n"
     "\n"
     "Chile's embassy lodged a separate complaint the same day, saying at least 140 Chilean drivers "
     "had been stuck without adequate food, water or fuel.\n"
     "\n"
     "The Bolivian note said drivers had been \"abandoned to their fate\" on a mountain road at more "
     "than 4,000 metres above sea level. Peru's Foreign Ministry did not comment on either note.\n"
     "\n"
     "The trucks have been trapped since Monday, when Quechua communities blockaded the road to the "
     "Cerro Ventisca copper mine.\n"
     "\n"
     "Landlocked Bolivia moves much of its foreign trade through Peruvian ports, and the southern "
     "corridor has become a favoured route for its hauliers since 2029.\n"
     "\n"
     "\"We sleep in the cab and melt ice for water,\" said Chilean driver Mauricio Fuentealba by phone."),
    ("2033-10-08_beaconnewswire_stranded-drivers-embassies.txt",
     "La Paz, Santiago lodge complaints as foreign truckers stranded in Peru\n"
     "\n"
     "LIMA, October 8, 2033 (Beacon Newswire) - La Paz complained formally to Lima on Saturday about "
     "the treatment of Bolivian truck drivers caught up in a week-long standoff around a Peruvian "
     "copper mine, according to a Bolivian foreign ministry statement.\n"
     "\n"
     "In a separate note, Santiago protested to the Peruvian government over what it described as the "
     "neglect of its own nationals on the same road.\n"
     "\n"
     "Bolivian Foreign Minister Alvaro Siles said about 320 Bolivian drivers were affected and that "
     "two had been taken to hospital with altitude sickness.\n"
     "\n"
     "The drivers are stranded on the mining corridor in Cotabambas province, about 700 kilometres "
     "southeast of Lima. Peru's trucking industry says losses from the standoff exceed 15 million "
     "soles.\n"
     "\n"
     "Cotabambas has been under a state of emergency since Thursday."),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt",
     "Church and ombudsman meet Peruvian communities in bid to end mine standoff\n"
     "\n"
     "TAMBOBAMBA, October 8, 2033 (Lantern Press Agency) - Peru's ombudsman and the Roman Catholic "
     "archbishop of Cusco met leaders of the communities blockading the Cerro Ventisca mine road on "
     "Saturday, in the first mediation effort since the crisis began.\n"
     "\n"
     "Ombudsman Rosalia Ccahuana and Archbishop Efrain Tupayachi spent more than six hours with about "
     "40 community representatives in the parish hall of Tambobamba.\n"
     "\n"
     "Participants said the talks focused on the release of three leaders detained on Friday and on a "
     "possible meeting with cabinet ministers in Lima.\n"
     "\n"
     "\"Nobody walked out, and after this week that is already something,\" Tupayachi told reporters "
     "afterwards.\n"
     "\n"
     "The Peruvian Episcopal Conference has mediated in several mining disputes, most recently in "
     "Cajamarca in 2030. Ccahuana said she would carry the communities' proposals to Prime Minister "
     "Hector Ayma Surco on Sunday.\n"
     "\n"
     "The road to the mine remained closed at three points on Saturday, and the company has kept its "
     "operations suspended since Thursday."),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt",
     "Peruvian judge frees three community leaders held over mine blockade\n"
     "\n"
     "ABANCAY, October 9, 2033 (Highland Courier) - A judge in the southern Peruvian city of Abancay "
     "ordered the release of three Quechua community leaders on Sunday, finding that prosecutors had "
     "offered no sound reason to hold them before trial.\n"
     "\n"
     "Teodoro Huillca, Justina Mamani and Wilber Condori walked out of the police headquarters shortly"
     " after 6 p.m. to applause from relatives. They will face trial on charges of disturbing public "
     "order, but without restrictions on their movement.\n"
     "\n"
     "The three had been arrested in Tambobamba on Friday and flown to Abancay.\n"
     "\n"
     "Their release was one of the points raised by the ombudsman and the archbishop of Cusco when "
     "they met community delegates on Saturday.\n"
     "\n"
     "\"We are going straight back to our people,\" Huillca told reporters outside the building.\n"
     "\n"
     "The release is likely to ease the way for talks in Lima, analysts said."),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt",
     "Peru's premier promises compensation for families of mine protest dead\n"
     "\n"
     "LIMA, October 9, 2033 (Condor Wire) - Prime Minister Hector Ayma Surco promised on Sunday that "
     "the government would compensate the families of the five dead protesters and pay for the "
     "treatment of the wounded.\n"
     "\n"
     "Ayma made the pledge in a televised address from the government palace. Talks with community "
     "delegates are scheduled to begin in Lima on Monday, the premier's staff said.\n"
     "\n"
     "Earlier on Sunday, a judge in Abancay freed three community leaders who had been detained on "
     "Friday.\n"
     "\n"
     "The government has not said how much the families will receive.\n"
     "\n"
     "The Interior Ministry said retired general Walter Quiroz had been sworn in on Saturday night to "
     "replace Rodrigo Valcarcel, who resigned on Friday over the deaths.\n"
     "\n"
     "Relatives buried four of the dead in Tambobamba on Sunday; the fifth was buried in his home "
     "village of Hatun Rumi."),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt",
     "Peru talks with mining communities end without agreement\n"
     "\n"
     "LIMA, October 10, 2033 (Tidewater Bulletin) - Talks between Peru's government and leaders of the"
     " communities blocking the road to the Cerro Ventisca copper mine broke up without a deal late on"
     " Monday after nine hours of discussions in Lima.\n"
     "\n"
     "Prime Minister Hector Ayma Surco led the government side, while Teodoro Huillca, released from "
     "custody on Sunday, headed a delegation of 18 community representatives.\n"
     "\n"
     "Both sides said progress had been made on a development fund for the area but that they remained"
     " divided over the future of the mine's truck traffic. \"We have not come this far to go home with"
     " promises on paper,\" Huillca said as he left the Government Palace.\n"
     "\n"
     "Negotiators are due back at the table on Tuesday morning, officials said. The ombudsman's office"
     " and the Episcopal Conference attended as observers.\n"
     "\n"
     "Ayma promised on Sunday that the state would compensate the bereaved families."),
    ("2033-10-10_southerncross_first-round-talks-lima.txt",
     "Peruvian ministers and Andean villagers sit down for first talks over copper road\n"
     "\n"
     "LIMA, October 10, 2033 (Southern Cross Report) - Peruvian cabinet ministers sat down on Monday "
     "with delegates from the Quechua communities of Cotabambas province, in the first direct talks "
     "since the crisis began.\n"
     "\n"
     "The meeting at the Government Palace ran into the evening, with the mining, transport and "
     "interior ministers at the table.\n"
     "\n"
     "The communities' platform runs to 14 points, led by a permanent rerouting of ore trucks away "
     "from villages plus a bigger slice of mining taxes for the two provinces.\n"
     "\n"
     "New Interior Minister Walter Quiroz, sworn in on Saturday, arrived without speaking to "
     "reporters.\n"
     "\n"
     "Altoquilla Copper, which halted production on Thursday, was not invited to the talks. Economists"
     " at the central bank have estimated that the stoppage is shaving 0.1 percentage point off "
     "monthly economic output."),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt",
     "Peru signs partial deal with mining communities; road set to reopen\n"
     "\n"
     "LIMA, October 11, 2033 (Beacon Newswire) - Peru's government and four of the five communities "
     "blockading the Cerro Ventisca copper mine road signed a partial agreement on Tuesday, at the end"
     " of a second day of talks in Lima.\n"
     "\n"
     "The accord was signed at the Government Palace by Prime Minister Hector Ayma Surco and the "
     "presidents of Pampaqocha and three neighbouring communities.\n"
     "\n"
     "The text provides for a development fund of 450 million soles for Cotabambas and a study of an "
     "alternative route for ore trucks. Hatun Rumi, which lost three of its members at the Chuicuni "
     "bridge, said it would consult its assembly before giving an answer.\n"
     "\n"
     "Monday's first session had ended without agreement after nine hours.\n"
     "\n"
     "\"This is not the end of the conflict, but it is the end of the blockade for most of the "
     "corridor,\" Ayma said.\n"
     "\n"
     "Altoquilla Copper said it would wait for the road to be fully cleared before restarting the "
     "mine, which it shut on Thursday."),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt",
     "Four Andean communities sign accord with Lima, one holds out\n"
     "\n"
     "LIMA, October 11, 2033 (Condor Wire) - Four Quechua communities put their names to a deal with "
     "Peru's government on Tuesday that is meant to end a nine-day blockade of the road to the Cerro "
     "Ventisca copper mine, while a fifth community, Hatun Rumi, held back.\n"
     "\n"
     "The signing followed a second round of negotiations at the Government Palace on Tuesday, "
     "attended by the ombudsman and Church observers.\n"
     "\n"
     "The accord links the lifting of the barricades to a development fund and a study of a new route "
     "for the ore trucks. Hatun Rumi leader Fortunata Layme said her community would decide on "
     "Wednesday whether to accept the text.\n"
     "\n"
     "Hatun Rumi is the community closest to the Chuicuni bridge.\n"
     "\n"
     "Altoquilla Copper, which suspended production last Thursday, said it had not yet set a date to "
     "restart.\n"
     "\n"
     "\"We signed because our children need the road too,\" said Pampaqocha leader Teodoro Huillca."),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt",
     "Peruvian community that lost three members rejects mine road deal\n"
     "\n"
     "TAMBOBAMBA, October 12, 2033 (Lantern Press Agency) - The Hatun Rumi community in southern Peru "
     "on Wednesday rejected the agreement its neighbours signed with the government a day earlier, "
     "saying it did nothing for the bereaved families.\n"
     "\n"
     "The decision was taken by show of hands at a community assembly of about 300 people that lasted "
     "most of the morning.\n"
     "\n"
     "\"Four communities signed, but they did not bury our sons,\" said Hatun Rumi leader Fortunata "
     "Layme.\n"
     "\n"
     "Traffic was moving again on most of the corridor on Wednesday, but the stretch beside the bridge"
     " at Hatun Rumi remained closed.\n"
     "\n"
     "Five protesters died when police stormed the bridge on October 5; Hatun Rumi lost three of them.\n"
     "\n"
     "Hatun Rumi has about 1,100 inhabitants, most of them herders and potato farmers. The premier's "
     "office declined to comment."),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt",
     "Hatun Rumi spurns Lima accord, keeps blockade near Peru copper mine\n"
     "\n"
     "ABANCAY, October 12, 2033 (Highland Courier) - Villagers in Hatun Rumi voted on Wednesday to "
     "turn down the partial settlement reached in Lima, leaving one barricade standing on the road to "
     "the Cerro Ventisca mine.\n"
     "\n"
     "The other four communities that took part in the talks signed the accord on Tuesday.\n"
     "\n"
     "Three of the five protesters who died when police broke up the Chuicuni bridge blockade on "
     "October 5 came from Hatun Rumi.\n"
     "\n"
     "\"We say no today and we will keep saying it until someone is held to account for our dead,\" "
     "Layme told the assembly.\n"
     "\n"
     "Interior Minister Walter Quiroz said police had no orders to intervene.\n"
     "\n"
     "The conflict has cost Peru an estimated 180 million dollars in lost copper exports, according to"
     " Veta Research. Altoquilla Copper has kept Cerro Ventisca closed since October 6."),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt",
     "Three protesters killed as Peruvian police break up mine road blockade\n"
     "\n"
     "TAMBOBAMBA, October 5, 2033 (Highland Courier) - Three protesters were killed on Wednesday when "
     "Peruvian police fired tear gas and pellets to clear a blockade at the Chuicuni bridge on the "
     "road to the Cerro Ventisca copper mine, hospital officials said.\n"
     "\n"
     "At least 19 other people, including six officers, were treated for injuries at the hospital in "
     "Tambobamba, the provincial capital.\n"
     "\n"
     "The operation began shortly after 5 a.m., a day earlier than the deadline Interior Minister "
     "Rodrigo Valcarcel set on Tuesday for the road to be reopened. Most of the roughly 600 officers "
     "flown into the province on Tuesday took part, the ministry said.\n"
     "\n"
     "Witnesses said officers advanced from both ends of the bridge and that some villagers fell into "
     "the river as they fled. According to the Interior Ministry, police had acted to restore free "
     "transit and that an internal inquiry would examine the deaths.\n"
     "\n"
     "The blockade began on Monday, when villagers from Pampaqocha and Hatun Rumi closed the road in "
     "protest over dust, cracked homes and what they call an unfair share of mining revenue.\n"
     "\n"
     "\"They came while we were sleeping,\" said Fortunata Layme, a Hatun Rumi leader, her voice "
     "breaking.\n"
     "\n"
     "Copper prices rose 1.2 percent in London on news of the violence.\n"
     "\n"
     "This article originally ran on the Condor Wire service."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("PROTEST",), "2033-10-03",
            "Pampaqocha and Hatun Rumi communities blockade the highway to the Cerro Ventisca mine"),
    "A02": (("MOBILIZE",), "2033-10-04",
            "Interior Ministry sends about 600 police to Cotabambas"),
    "A03": (("THREATEN",), "2033-10-04",
            "Interior Minister Valcarcel gives protesters 48 hours, warns of clearance by force"),
    "A04": (("ASSAULT",), "2033-10-05",
            "police clear the Chuicuni bridge blockade with tear gas and pellets, 3 then 4 then 5 dead"),
    "A05": (("REQUEST",), "2033-10-05",
            "ombudsman Ccahuana urges the government to withdraw riot police and open talks"),
    "A06": (("COERCE",), "2033-10-06",
            "government declares a 30-day state of emergency in Cotabambas and Chumbivilcas"),
    "A07": (("CONCEDE",), "2033-10-06",
            "Altoquilla Copper suspends operations at Cerro Ventisca"),
    "A08": (("COERCE",), "2033-10-07",
            "police arrest three community leaders (Huillca, Mamani, Condori) in Tambobamba"),
    "A09": (("CONCEDE",), "2033-10-07",
            "Interior Minister Valcarcel resigns"),
    "A10": (("ACCUSE",), "2033-10-08",
            "Bolivia's embassy lodges a formal protest over stranded Bolivian truckers"),
    "A11": (("ACCUSE",), "2033-10-08",
            "Chile's embassy lodges a complaint over stranded Chilean truckers"),
    "A12": (("CONSULT",), "2033-10-08",
            "ombudsman and archbishop of Cusco meet community leaders in Tambobamba"),
    "A13": (("RETREAT",), "2033-10-09",
            "Abancay judge orders the three leaders released; they walk free"),
    "A14": (("AGREE",), "2033-10-09",
            "Prime Minister Ayma promises compensation to the families of the dead"),
    "A15": (("CONSULT",), "2033-10-10",
            "first round of government-community talks in Lima, ends without a deal"),
    "A16": (("CONSULT",), "2033-10-11",
            "second round of government-community talks in Lima"),
    "A17": (("SUPPORT",), "2033-10-11",
            "government and four communities sign a partial agreement"),
    "A18": (("REJECT",), "2033-10-12",
            "Hatun Rumi community assembly rejects the partial agreement"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_condorwire_communities-block-mine-road.txt", "A01",
     "piled rocks and tree trunks across"),
    ("2033-10-03_condorwire_communities-block-mine-road.txt", "A01",
     "set up at least four roadblocks"),
    ("2033-10-03_highlandcourier_blockade-halts-copper-trucks.txt", "A01",
     "villagers blockaded the main haulage road"),
    ("2033-10-03_highlandcourier_blockade-halts-copper-trucks.txt", "A01",
     "The blockades went up before dawn"),
    ("2033-10-04_beaconnewswire_peru-sends-police-corridor.txt", "A02",
     "sent about 600 police officers"),
    ("2033-10-04_beaconnewswire_peru-sends-police-corridor.txt", "A02",
     "were flown to Cusco and driven"),
    ("2033-10-04_beaconnewswire_peru-sends-police-corridor.txt", "A03",
     "gave the protesters 48 hours"),
    ("2033-10-04_southerncross_minister-gives-ultimatum.txt", "A03",
     "issued an ultimatum to Quechua communities"),
    ("2033-10-04_southerncross_minister-gives-ultimatum.txt", "A03",
     "The warning came from Interior Minister"),
    ("2033-10-04_southerncross_minister-gives-ultimatum.txt", "A02",
     "moved several hundred extra officers"),
    ("2033-10-04_southerncross_minister-gives-ultimatum.txt", "A01",
     "closed the road on Monday with boulders"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A04",
     "fired tear gas and pellets to clear"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A04",
     "The operation began shortly after 5"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A03",
     "the deadline Interior Minister Rodrigo Valcarcel set"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A02",
     "officers flown into the province on"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A04",
     "officers advanced from both ends"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A04",
     "police had acted to restore free"),
    ("2033-10-05_condorwire_three-killed-blockade-cleared.txt", "A01",
     "villagers from Pampaqocha and Hatun Rumi closed"),
    ("2033-10-05_lanternpress_tear-gas-bridge-deaths.txt", "A04",
     "riot police stormed a community blockade"),
    ("2033-10-05_lanternpress_tear-gas-bridge-deaths.txt", "A04",
     "used tear gas canisters and shotguns"),
    ("2033-10-05_lanternpress_tear-gas-bridge-deaths.txt", "A01",
     "Villagers had shut the road on Monday"),
    ("2033-10-05_lanternpress_tear-gas-bridge-deaths.txt", "A03",
     "on Tuesday had warned that the"),
    ("2033-10-05_tidewater_ombudsman-urges-halt.txt", "A05",
     "urged the government to withdraw riot"),
    ("2033-10-05_tidewater_ombudsman-urges-halt.txt", "A04",
     "police broke up a blockade at"),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt", "A06",
     "declared a 30-day state of emergency"),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt", "A04",
     "death toll from Wednesday's police operation"),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt", "A06",
     "The decree, published in the official"),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt", "A04",
     "died overnight in a Cusco hospital"),
    ("2033-10-06_beaconnewswire_emergency-declared-two-provinces.txt", "A05",
     "on Wednesday night urged the withdrawal"),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt", "A06",
     "declared a 30-day state of emergency"),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt", "A04",
     "death toll from Wednesday's police operation"),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt", "A06",
     "The decree, published in the official"),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt", "A04",
     "died overnight at a hospital in"),
    ("2033-10-06_lanternpress_emergency-in-two-provinces.txt", "A05",
     "on Wednesday night urged the withdrawal"),
    ("2033-10-06_southerncross_miner-suspends-operations.txt", "A07",
     "suspended all operations at its Cerro"),
    ("2033-10-06_southerncross_miner-suspends-operations.txt", "A04",
     "police cleared the Chuicuni bridge blockade"),
    ("2033-10-06_southerncross_miner-suspends-operations.txt", "A06",
     "placed Cotabambas and neighbouring Chumbivilcas under"),
    ("2033-10-07_highlandcourier_leaders-arrested-tambobamba.txt", "A08",
     "police arrested three leaders of the"),
    ("2033-10-07_highlandcourier_leaders-arrested-tambobamba.txt", "A08",
     "were detained at a community hall"),
    ("2033-10-07_highlandcourier_leaders-arrested-tambobamba.txt", "A06",
     "Emergency rule took effect in"),
    ("2033-10-07_highlandcourier_leaders-arrested-tambobamba.txt", "A04",
     "Five protesters died on Wednesday when"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A09",
     "Interior Minister Rodrigo Valcarcel resigned on"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A04",
     "police operation to clear a road"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A09",
     "he was stepping down to take"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A03",
     "had given protesters 48 hours on Tuesday"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A04",
     "police moved in the next morning"),
    ("2033-10-07_tidewater_interior-minister-resigns.txt", "A08",
     "police in Tambobamba also detained three"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A09",
     "quit as Peru's interior minister"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A04",
     "Wednesday's deadly clearance of a blockade"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A03",
     "who on Tuesday threatened to remove"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A09",
     "he would not cling to his"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A08",
     "police detained three community leaders"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A08",
     "had been taken to Abancay for"),
    ("2033-10-07_condorwire_minister-quits-after-deaths.txt", "A04",
     "Five people died in the clearance"),
    ("2033-10-08_southerncross_bolivia-chile-protest-truckers.txt", "A10",
     "delivered a formal protest to Peru's"),
    ("2033-10-08_southerncross_bolivia-chile-protest-truckers.txt", "A11",
     "Chile's embassy lodged a separate complaint"),
    ("2033-10-08_southerncross_bolivia-chile-protest-truckers.txt", "A10",
     "The Bolivian note said drivers"),
    ("2033-10-08_southerncross_bolivia-chile-protest-truckers.txt", "A01",
     "when Quechua communities blockaded the road"),
    ("2033-10-08_beaconnewswire_stranded-drivers-embassies.txt", "A10",
     "La Paz complained formally to Lima"),
    ("2033-10-08_beaconnewswire_stranded-drivers-embassies.txt", "A11",
     "Santiago protested to the Peruvian government"),
    ("2033-10-08_beaconnewswire_stranded-drivers-embassies.txt", "A06",
     "under a state of emergency since"),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt", "A12",
     "met leaders of the communities blockading"),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt", "A12",
     "spent more than six hours with"),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt", "A12",
     "Participants said the talks focused"),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt", "A08",
     "three leaders detained on Friday"),
    ("2033-10-08_lanternpress_church-ombudsman-mediate.txt", "A07",
     "kept its operations suspended since Thursday"),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt", "A13",
     "ordered the release of three Quechua"),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt", "A13",
     "walked out of the police headquarters"),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt", "A08",
     "had been arrested in Tambobamba on"),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt", "A12",
     "when they met community delegates on"),
    ("2033-10-09_highlandcourier_judge-frees-leaders.txt", "A13",
     "The release is likely to ease"),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt", "A14",
     "promised on Sunday that the government"),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt", "A14",
     "Ayma made the pledge in a"),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt", "A13",
     "a judge in Abancay freed three"),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt", "A08",
     "who had been detained on Friday"),
    ("2033-10-09_condorwire_premier-pledges-compensation.txt", "A09",
     "who resigned on Friday over the"),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt", "A15",
     "broke up without a deal late"),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt", "A15",
     "led the government side"),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt", "A13",
     "released from custody on Sunday"),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt", "A15",
     "Conference attended as observers"),
    ("2033-10-10_tidewater_lima-talks-end-without-deal.txt", "A14",
     "Ayma promised on Sunday that the"),
    ("2033-10-10_southerncross_first-round-talks-lima.txt", "A15",
     "sat down on Monday with delegates"),
    ("2033-10-10_southerncross_first-round-talks-lima.txt", "A15",
     "The meeting at the Government Palace"),
    ("2033-10-10_southerncross_first-round-talks-lima.txt", "A07",
     "which halted production on Thursday"),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt", "A17",
     "signed a partial agreement on Tuesday"),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt", "A16",
     "at the end of a second day"),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt", "A17",
     "The accord was signed at the"),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt", "A15",
     "Monday's first session had ended without"),
    ("2033-10-11_beaconnewswire_partial-deal-signed.txt", "A07",
     "which it shut on Thursday"),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt", "A17",
     "put their names to a deal"),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt", "A16",
     "a second round of negotiations at"),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt", "A17",
     "The signing followed"),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt", "A07",
     "which suspended production last Thursday"),
    ("2033-10-11_condorwire_government-communities-sign-deal.txt", "A17",
     "We signed because our children"),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt", "A18",
     "on Wednesday rejected the agreement its"),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt", "A17",
     "its neighbours signed with the government"),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt", "A18",
     "The decision was taken by show"),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt", "A17",
     "Four communities signed, but they"),
    ("2033-10-12_lanternpress_hatun-rumi-rejects-deal.txt", "A04",
     "police stormed the bridge on October"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A18",
     "voted on Wednesday to turn down"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A17",
     "settlement reached in Lima"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A17",
     "signed the accord on Tuesday"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A04",
     "police broke up the Chuicuni bridge"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A18",
     "We say no today and we"),
    ("2033-10-12_highlandcourier_community-spurns-accord.txt", "A07",
     "has kept Cerro Ventisca closed since"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A04",
     "fired tear gas and pellets to clear"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A04",
     "The operation began shortly after 5"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A03",
     "the deadline Interior Minister Rodrigo Valcarcel set"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A02",
     "officers flown into the province on"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A04",
     "officers advanced from both ends"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A04",
     "police had acted to restore free"),
    ("2033-10-05_highlandcourier_three-killed-blockade-cleared.txt", "A01",
     "villagers from Pampaqocha and Hatun Rumi closed"),
]

FLOORS = {"pairwise_f1": 0.84, "b3_f1": 0.91, "reports_found": 0.49}


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
