"""The sixth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a diplomatic row between the Czech Republic and Serbia, March 6-17, 2034. Serbian agents arrest a
Czech embassy technician in Belgrade on suspicion of spying; Prague summons the Serbian ambassador, and the
Czech prime minister and foreign minister each demand his release on the same day; Serbia expels two Czech
diplomats and Prague, two days later, three Serbian ones; Prague blames Serbian military intelligence for a
cyberattack; a rally at the Serbian embassy in Prague; the Serbian foreign minister threatens to close Serbian
airspace to Czech aircraft if Prague imposes sanctions; Prague freezes the assets of Serbian officials (12,
then 14); Austria offers to mediate; Serbia closes its airspace, and both states recall their ambassadors on
the same day; two rounds of talks in Vienna three days apart; a phone call between the Serbian president and
the Czech prime minister; Serbia reopens its airspace while the technician stays in custody. 23 documents from
6 outlets, among them one verbatim syndicated copy and one lightly edited copy.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives, a second only
where the codebook truly allows two readings (an airspace closed to one country's aircraft: SANCTION and
COERCE); its date is the day it happened. Headlines are not reports. REPORTS lists every body sentence that
reports an act that happened, including background recaps in later reports and quotes that tell the act, with
a verbatim cue found once in its file; the syndicated and edited copies have their own entries. Not listed:
planned, promised-but-not-done, threatened-but-not-done, denied, conditional or hypothetical acts, acts more
than a year before, statistics and tallies, opinions, ongoing states ("still in custody"), and anaphoric
mentions of an act the same report already tells ("the accusation follows ..."). A promise or offer is an
AGREE act, a threat a THREATEN act, a demand a REQUEST act; the act promised, threatened or demanded is not an
act until it happens. No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 755acb5 (the fourth 2026-12-01 session's coder, after the rules blind batches 39, 41, 42
and 43, article batches 5 and 7 and incident batches 1, 3 and 4 prompted), with `figures`: **pairwise F1
0.622** (precision 0.670, recall 0.580; 119 gold pairs), B-cubed F1 0.771 (precision 0.834, recall 0.717),
reports_found 0.797; 65 mapped events of 18 acts in 23 incidents. The session's starting coder (50def54):
pairwise F1 0.607 (precision 0.684, recall 0.546), B-cubed F1 0.758. Held back: its groupings were not printed
or read; it is run again on the session's final coder.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: pairwise F1 0.622 (precision 0.670, recall 0.580), B-cubed F1 0.771 (start:
0.607, 0.684, 0.546, 0.758); the same as its first run on 755acb5. Its groupings were not printed or read.

CONSULTED, late in the fifth 2026-12-01 session (no longer blind): its figures were run per commit to find
which change lowered it (0.622 -> 0.613: a wrong event place removed, which reshuffled the greedy grouping),
then its wrong merges were read and answered by class (economic and diplomatic sanctions as two acts, a
summons not the next day's charge, talks told with no medium given no mode, an envoy recalled in the passive,
one act per named speaker). On 7fdf750: pairwise F1 0.749 (precision 0.961, recall 0.613), B-cubed F1 0.847
(start 24820a3: 0.622, 0.771).
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
    ("2034-03-06_balkan_czech-embassy-worker-held.txt",
     "Serbia detains Czech embassy employee on suspicion of spying\n\n"
     "BELGRADE, March 6, 2034 (Balkan Monitor) - Serbian security agents on Monday arrested a Czech "
     "citizen employed at the Czech embassy in Belgrade on suspicion of gathering military secrets for "
     "Prague.\n\n"
     "The man, identified by Serbian media as Jakub Stransky, 41, was detained near an army barracks "
     "on the northern edge of the capital, the Security Information Agency (BIA) said in a short "
     "statement. The agency said he had been carrying a camera and two mobile phones at the time.\n\n"
     "Stransky is not a diplomat and does not enjoy diplomatic immunity, according to the Serbian "
     "foreign ministry.\n\n"
     "The Czech embassy confirmed that one of its technical staff had been taken into custody but "
     "declined to give further details.\n\n"
     "Relations between Belgrade and Prague have been cool since 2027, when Serbia scrapped a "
     "Czech-led project to build a gas-fired power plant near Pancevo.\n\n"
     "Serbia's army operates several facilities in the area, including a radar unit rebuilt in 2026."),
    ("2034-03-07_continental_prague-summons-envoy.txt",
     "Czech Republic summons Serbian ambassador over arrest of embassy worker\n\n"
     "PRAGUE, March 7, 2034 (Continental Newswire) - The Czech Foreign Ministry on Tuesday summoned "
     "Serbia's ambassador, Zoran Petkovic, over the detention of a Czech embassy employee in Belgrade.\n\n"
     "Prime Minister Radek Hulka demanded that Serbia free the man without delay.\n\n"
     "\"Our citizen is a computer technician, not a spy, and he must come home,\" Hulka told reporters "
     "outside parliament.\n\n"
     "Petkovic left the ministry after about 20 minutes without speaking to journalists.\n\n"
     "Serbian agents detained Jakub Stransky, 41, on Monday near a military site on the outskirts of "
     "Belgrade.\n\n"
     "Czech-Serbian trade totalled 2.4 billion euros last year, with Czech firms among the largest "
     "investors in Serbian car parts production.\n\n"
     "Marek Polak, a Balkans specialist at the Charles Bridge Policy Centre in Prague, said it was the "
     "most serious quarrel between the two states since their falling-out over energy contracts in "
     "2027. \"It is hard to see how either government climbs down quickly,\" he said."),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt",
     "Serbia orders two Czech diplomats out as spy row deepens\n\n"
     "BELGRADE, March 7, 2034 (Westgate Wire) - Serbia on Tuesday expelled two Czech diplomats, giving "
     "them 72 hours to get out of Serbia, a day after its security service arrested a Czech embassy "
     "employee on suspicion of espionage.\n\n"
     "The Serbian foreign ministry declared the pair, a second secretary and a defence attache, "
     "persona non grata.\n\n"
     "In Prague, Foreign Minister Irena Machova demanded consular access to the detained man and his "
     "release. \"We have no information about the conditions in which he is held,\" Machova said.\n\n"
     "Jakub Stransky, a 41-year-old IT technician, was picked up on Monday close to an army "
     "installation in the Zemun district, according to Serbian officials.\n\n"
     "Serbia is a candidate for European Union membership and has long balanced its ties with "
     "Brussels, Moscow and Beijing."),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt",
     "Serbia orders two Czech diplomats out as spy row deepens\n\n"
     "BELGRADE, March 7, 2034 (Lakeshore Times) - Serbia on Tuesday expelled two Czech diplomats, "
     "giving them 72 hours to get out of Serbia, a day after its security service arrested a Czech "
     "embassy employee on suspicion of espionage.\n\n"
     "The Serbian foreign ministry declared the pair, a second secretary and a defence attache, "
     "persona non grata.\n\n"
     "In Prague, Foreign Minister Irena Machova demanded consular access to the detained man and his "
     "release. \"We have no information about the conditions in which he is held,\" Machova said.\n\n"
     "Jakub Stransky, a 41-year-old IT technician, was picked up on Monday close to an army "
     "installation in the Zemun district, according to Serbian officials.\n\n"
     "Serbia is a candidate for European Union membership and has long balanced its ties with "
     "Brussels, Moscow and Beijing.\n\n"
     "This article first appeared on Westgate Wire."),
    ("2034-03-07_bohemia_machova-demands-release.txt",
     "Prague steps up pressure on Belgrade over detained technician\n\n"
     "PRAGUE, March 7, 2034 (Bohemia Courier) - Czech Foreign Minister Irena Machova on Tuesday called "
     "on Serbia to release Jakub Stransky, the embassy technician now in Serbian custody, and to let "
     "Czech consuls visit him.\n\n"
     "Earlier on Tuesday, Prime Minister Radek Hulka told parliament that Belgrade must free the man "
     "immediately.\n\n"
     "Machova is due to brief European Union counterparts on the case at a meeting in Brussels next "
     "week.\n\n"
     "Stransky has worked at the embassy since 2030 and lives in Belgrade with his wife and two "
     "children, according to colleagues.\n\n"
     "\"Spy arrests usually end in a quiet swap, but the public tone on both sides this time is "
     "unusual,\" said Jan Rerich, a former Czech ambassador to Croatia."),
    ("2034-03-08_continental_cyberattack-blamed-on-serbia.txt",
     "Czech government links weekend cyberattack to Serbian military intelligence\n\n"
     "PRAGUE, March 8, 2034 (Continental Newswire) - The Czech government on Wednesday blamed Serbian "
     "military intelligence for a cyberattack that crippled the Foreign Ministry's email system and "
     "the national railway's ticket sales over the weekend.\n\n"
     "Interior Minister Vit Sedlacek told a news conference that investigators had traced the "
     "intrusion to a hacking unit run by Serbia's Military Security Agency.\n\n"
     "Ticket machines at Prague's main station were out of service for most of Saturday, and diplomats "
     "were unable to send email for nearly two days. Damage was estimated at 3.5 million euros, "
     "Sedlacek said.\n\n"
     "The accusation follows Tuesday's expulsion of two Czech diplomats from Belgrade.\n\n"
     "Serbia's Military Security Agency has never before been publicly linked to cyber operations "
     "against a European Union member, according to the Prague Centre for Digital Defence, a private "
     "research group.\n\n"
     "\"This is no longer a dispute about one man,\" said Klara Hajkova, a political scientist in Brno."),
    ("2034-03-08_alpine_prague-accuses-belgrade-hacking.txt",
     "Prague accuses Belgrade over hacking as diplomatic dispute widens\n\n"
     "PRAGUE, March 8, 2034 (Alpine Post) - Czech Interior Minister Vit Sedlacek accused Serbia on "
     "Wednesday of ordering a computer attack that knocked out railway ticketing and diplomatic email "
     "in the Czech Republic last weekend.\n\n"
     "\"The evidence points to one place, and that place is Belgrade,\" Sedlacek said.\n\n"
     "The hacking claim adds to a row over an IT technician from the Czech embassy who is being held "
     "in Belgrade on suspicion of spying.\n\n"
     "Belgrade responded on Tuesday by expelling a Czech defence attache and a second secretary.\n\n"
     "On Tuesday, Foreign Minister Irena Machova demanded that Serbia free the technician.\n\n"
     "More than 40,000 train tickets could not be sold during the outage, the railway operator said. "
     "Austria, which has close trade ties with both countries, has so far kept out of the dispute."),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt",
     "Hundreds rally at Serbian embassy in Prague as government expels three diplomats\n\n"
     "PRAGUE, March 9, 2034 (Bohemia Courier) - Several hundred protesters massed outside the Serbian "
     "embassy in Prague late on Wednesday, waving Czech flags and chanting the name of the embassy "
     "technician held in Belgrade.\n\n"
     "Police said the demonstration passed off peacefully and the crowd dispersed before midnight. "
     "Stransky's sister, Eva, addressed the crowd from a small stage, describing her brother as a "
     "quiet man who loved football.\n\n"
     "The rally followed the government's accusation on Wednesday that Serbian military hackers were "
     "behind the weekend's computer attack.\n\n"
     "On Thursday the Czech government ordered three Serbian diplomats out of the country, giving them "
     "five days. A government spokesman, Ondrej Mach, said the three had been given until Tuesday to "
     "depart.\n\n"
     "Police estimated it was the largest gathering outside a foreign mission in Prague since 2022."),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt",
     "Czech Republic retaliates, expels three Serbian diplomats\n\n"
     "PRAGUE, March 9, 2034 (Westgate Wire) - The Czech Republic on Thursday expelled three Serbian "
     "diplomats, including the embassy's deputy head of mission, deepening a dispute over a Czech "
     "embassy technician held in Belgrade.\n\n"
     "The three have until Tuesday to leave, Foreign Minister Irena Machova said.\n\n"
     "Serbia gave two Czech diplomats 72 hours to leave on Tuesday.\n\n"
     "On Wednesday, Prague blamed Serbian military intelligence for a weekend cyberattack on Czech "
     "rail and diplomatic computer systems.\n\n"
     "Serbia has 17 accredited diplomats in Prague, according to the Czech Foreign Ministry's list. "
     "The Serbian embassy in Prague declined to comment.\n\n"
     "Prime Minister Radek Hulka had demanded on Tuesday that Belgrade free the technician."),
    ("2034-03-09_balkan_belgrade-warns-airspace.txt",
     "Serbia threatens to close airspace to Czech airlines over sanctions\n\n"
     "BELGRADE, March 9, 2034 (Balkan Monitor) - Serbian Foreign Minister Nebojsa Radulovic warned on "
     "Thursday that Belgrade would close its airspace to Czech airlines if the Czech Republic imposed "
     "sanctions over the espionage case.\n\n"
     "\"If Prague chooses sanctions, Czech planes will fly around Serbia, not over it,\" Radulovic told "
     "the state broadcaster.\n\n"
     "His warning came hours after Prague ordered three Serbian diplomats, among them the embassy's "
     "number two, to leave within five days.\n\n"
     "Czech ministers are expected to discuss possible measures against Serbian security officials at "
     "a cabinet meeting on Friday.\n\n"
     "Around 30 Czech commercial flights cross Serbian airspace on an average day, most of them on "
     "routes to Greece, Turkey and the Middle East, according to Eurocontrol data.\n\n"
     "Czech Prime Minister Radek Hulka's demand on Tuesday for the technician's release has gone "
     "unanswered. Ivana Lazic, a foreign policy researcher in Belgrade, said the government had little "
     "to lose at home from taking a hard line."),
    ("2034-03-10_continental_czech-sanctions-serbian-officials.txt",
     "Czech government freezes assets of Serbian security officials\n\n"
     "PRAGUE, March 10, 2034 (Continental Newswire) - The Czech government on Friday imposed asset "
     "freezes and entry bans on 12 Serbian officials, most of them senior intelligence officers, in "
     "the latest step in its spy row with Belgrade.\n\n"
     "The list, approved at a cabinet meeting on Friday morning, includes the deputy director of "
     "Serbia's Security Information Agency, Prime Minister Radek Hulka said.\n\n"
     "\"Jakub Stransky has now spent four nights in a cell,\" Hulka said.\n\n"
     "The measures defy a warning from Serbian Foreign Minister Nebojsa Radulovic, who said on "
     "Thursday that Serbia would shut its airspace to Czech airlines if Prague took such a step.\n\n"
     "Prague expelled three Serbian diplomats on Thursday.\n\n"
     "The European Union has no sanctions regime covering Serbia, and the Czech measures apply only on "
     "Czech territory. Serbian exports to the Czech Republic, mostly tyres, fruit and electrical "
     "cable, were worth about 900 million euros last year."),
    ("2034-03-10_alpine_austria-offers-talks.txt",
     "Austria offers to host talks between Prague and Belgrade\n\n"
     "VIENNA, March 10, 2034 (Alpine Post) - Austria on Friday offered to mediate between the Czech "
     "Republic and Serbia and to host talks in Vienna, as the spy dispute between the two countries "
     "entered its fifth day.\n\n"
     "Foreign Minister Katharina Lendl said Vienna was ready to receive envoys from both capitals \"at "
     "any hour of the day or night\".\n\n"
     "\"Central Europe does not need another frozen conflict, least of all a diplomatic one,\" Lendl "
     "told reporters.\n\n"
     "Earlier on Friday the Czech government froze the assets of 12 Serbian officials and barred them "
     "from entering the country.\n\n"
     "Neither Prague nor Belgrade had formally responded to the Austrian proposal by Friday evening.\n\n"
     "Austria is one of the largest foreign investors in Serbia and is home to a Serbian community of "
     "more than 120,000 people."),
    ("2034-03-10_bohemia_vienna-offers-mediation.txt",
     "Vienna offers mediation in Czech-Serbian spy dispute\n\n"
     "VIENNA, March 10, 2034 (Bohemia Courier) - Austria on Friday offered to mediate between the "
     "Czech Republic and Serbia and to host talks in Vienna, as the spy dispute between the two "
     "countries entered its fifth day.\n\n"
     "Austrian Foreign Minister Katharina Lendl said Vienna was ready to receive envoys from both "
     "capitals \"at any hour\".\n\n"
     "\"Central Europe does not need another frozen conflict,\" Lendl told reporters.\n\n"
     "Earlier on Friday the Czech government froze the assets of 12 Serbian officials and barred them "
     "from entering the Czech Republic.\n\n"
     "Neither Prague nor Belgrade had formally responded to the Austrian proposal by Friday evening.\n\n"
     "This report is based on a story by Alpine Post."),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt",
     "Serbia shuts airspace to Czech carriers, recalls envoy from Prague\n\n"
     "BELGRADE, March 11, 2034 (Balkan Monitor) - Serbia closed its airspace to Czech airlines on "
     "Saturday, carrying out a threat made two days earlier by Foreign Minister Nebojsa Radulovic.\n\n"
     "The ban, which took effect at 6 a.m., applies to all aircraft registered in the Czech Republic, "
     "the civil aviation directorate said.\n\n"
     "Later on Saturday the foreign ministry said it had recalled Ambassador Zoran Petkovic from "
     "Prague for consultations.\n\n"
     "Prague on Friday froze the assets of 14 Serbian officials and two state-linked companies, a "
     "longer list than the government first announced.\n\n"
     "\"Both governments are now climbing a ladder, and nobody is holding it,\" said Ivana Lazic of the "
     "Belgrade Policy Forum.\n\n"
     "Stransky, the Czech embassy technician whose arrest on Monday started the row, was still in "
     "custody in Belgrade on Saturday. He faces up to ten years in prison if convicted of espionage."),
    ("2034-03-11_westgate_prague-recalls-ambassador.txt",
     "Czech Republic recalls ambassador from Belgrade\n\n"
     "PRAGUE, March 11, 2034 (Westgate Wire) - The Czech Republic recalled its ambassador to Serbia, "
     "Pavel Kratochvil, for consultations on Saturday, Foreign Minister Irena Machova said.\n\n"
     "Kratochvil was expected to land in Prague on Saturday evening on a flight routed over Hungary "
     "and Slovakia.\n\n"
     "Serbia earlier shut its airspace to all Czech-registered aircraft, forcing carriers to reroute "
     "flights to Athens and Istanbul.\n\n"
     "Belgrade also called home its own ambassador in Prague, the Serbian foreign ministry said.\n\n"
     "\"Recalling an ambassador is one step short of cutting ties altogether,\" said Jan Rerich, a "
     "former Czech diplomat.\n\n"
     "The Czech embassy in Belgrade remains open under a charge d'affaires."),
    ("2034-03-11_lakeshore_carriers-reroute-flights.txt",
     "Czech carriers reroute flights after Serbian airspace ban\n\n"
     "PRAGUE, March 11, 2034 (Lakeshore Times) - Czech airlines rerouted dozens of flights on Saturday "
     "after Serbia banned Czech-registered planes from its skies, adding up to 40 minutes to journeys "
     "to southeastern Europe.\n\n"
     "The Czech cabinet had on Friday blacklisted 14 Serbian officials and two companies linked to the "
     "security services.\n\n"
     "Serbian Foreign Minister Nebojsa Radulovic had threatened the closure on Thursday.\n\n"
     "Prague also recalled its ambassador from Belgrade on Saturday.\n\n"
     "A spokeswoman for Prague's main airport said about 2,500 passengers faced delays on Saturday.\n\n"
     "\"Passengers will notice longer flights and possibly higher fares,\" said aviation consultant "
     "Petra Vlkova."),
    ("2034-03-13_alpine_envoys-meet-vienna.txt",
     "Czech and Serbian envoys meet in Vienna in first bid to end spy row\n\n"
     "VIENNA, March 13, 2034 (Alpine Post) - Czech and Serbian officials held four hours of talks in "
     "Vienna on Monday, their first face-to-face contact since the spy dispute between the two "
     "countries began a week ago.\n\n"
     "Deputy Foreign Minister Libor Kadlec led the Czech delegation and State Secretary Jelena Vukadin "
     "represented Serbia at the meeting, hosted by Austrian Foreign Minister Katharina Lendl.\n\n"
     "Lendl had offered on Friday to mediate.\n\n"
     "Neither side spoke to reporters after the session, and no statement was issued. An Austrian "
     "diplomat said a second round had been pencilled in for Thursday.\n\n"
     "Prague withdrew its ambassador from Belgrade on Saturday for consultations.\n\n"
     "Jakub Stransky, 41, remains in a detention centre in Belgrade."),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt",
     "Vienna talks between Prague and Belgrade end without breakthrough\n\n"
     "VIENNA, March 13, 2034 (Continental Newswire) - Talks between Czech and Serbian diplomats in "
     "Vienna ended on Monday evening without agreement on the fate of a detained Czech embassy "
     "employee, officials said.\n\n"
     "The negotiators, meeting at the Austrian foreign ministry, discussed the case of Jakub Stransky, "
     "according to a member of the Czech delegation.\n\n"
     "Serbia's closure of its airspace to Czech aircraft on Saturday has disrupted around 30 flights a "
     "day.\n\n"
     "The Czech government's sanctions list, published on Friday, now names 14 officials.\n\n"
     "Serbia's ambassador to Prague, Zoran Petkovic, was recalled to Belgrade on Saturday.\n\n"
     "\"Nobody expected miracles from a first meeting,\" said Ivana Lazic, a researcher at the Belgrade "
     "Policy Forum."),
    ("2034-03-14_balkan_presidents-phone-call.txt",
     "Serbian president and Czech premier speak by phone\n\n"
     "BELGRADE, March 14, 2034 (Balkan Monitor) - Serbian President Dragan Mitrevic and Czech Prime "
     "Minister Radek Hulka spoke by telephone on Tuesday, their first contact since the espionage "
     "dispute erupted, the president's office said.\n\n"
     "Mitrevic's office described the 40-minute call as \"open and correct\".\n\n"
     "According to the statement, the two leaders discussed the detained Czech technician and the "
     "flight restrictions.\n\n"
     "Envoys from the two countries met in Vienna on Monday for talks hosted by Austria.\n\n"
     "The dispute has become a test for Mitrevic, who faces a parliamentary election in 2035. Around "
     "200 Czech nationals work in Serbia's automotive sector, according to the Czech chamber of "
     "commerce in Belgrade."),
    ("2034-03-14_bohemia_hulka-call-a-beginning.txt",
     "Hulka calls phone talk with Serbian leader \"a beginning\"\n\n"
     "PRAGUE, March 14, 2034 (Bohemia Courier) - Prime Minister Radek Hulka said on Tuesday he had "
     "held a long and direct telephone conversation with Serbian President Dragan Mitrevic about the "
     "jailed embassy technician Jakub Stransky.\n\n"
     "\"It was a beginning, nothing more,\" Hulka told reporters after a cabinet meeting.\n\n"
     "The leaders' call was the highest-level contact between the two governments in more than a year.\n\n"
     "Czech diplomats who met their Serbian counterparts in Vienna on Monday are due to return there "
     "on Thursday.\n\n"
     "Ambassador Pavel Kratochvil, whom Prague recalled from Belgrade on Saturday, attended the "
     "cabinet meeting as an adviser.\n\n"
     "Stransky's sister Eva said the family had received one letter from him."),
    ("2034-03-16_westgate_second-round-vienna.txt",
     "Czech and Serbian officials hold second round of talks in Vienna\n\n"
     "VIENNA, March 16, 2034 (Westgate Wire) - Czech and Serbian negotiators met again in Vienna on "
     "Thursday for a second session of talks, seeking a way out of a ten-day-old dispute over a Czech "
     "embassy technician jailed in Belgrade.\n\n"
     "Thursday's meeting, led again by Czech Deputy Foreign Minister Libor Kadlec and Serbian State "
     "Secretary Jelena Vukadin, lasted nearly six hours.\n\n"
     "Monday's round, also hosted by Austrian Foreign Minister Katharina Lendl, produced no public "
     "statement.\n\n"
     "On Tuesday, Czech Prime Minister Radek Hulka and Serbian President Dragan Mitrevic spoke by "
     "phone.\n\n"
     "Lendl gave no date for another round. Diplomats said a possible deal could see Stransky moved to "
     "house arrest while his case goes to court.\n\n"
     "Czech carriers say rerouting costs them an estimated 200,000 euros a day."),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt",
     "Serbia lifts flight ban on Czech airlines in first easing of spy row\n\n"
     "BELGRADE, March 17, 2034 (Continental Newswire) - Serbia reopened its airspace to Czech airlines "
     "on Friday, the first sign of easing in a dispute that began with the arrest of a Czech embassy "
     "technician on March 6.\n\n"
     "The Serbian civil aviation directorate said Czech-registered aircraft could again use Serbian "
     "skies from noon.\n\n"
     "Belgrade had closed its airspace to Czech carriers on March 11.\n\n"
     "Foreign Minister Nebojsa Radulovic said the decision followed \"useful\" talks in Vienna on "
     "Thursday.\n\n"
     "Stransky remains in custody, and neither country has sent its ambassador back. Czech carriers "
     "lost an estimated 1.2 million euros during the six-day closure, according to an industry "
     "association.\n\n"
     "\"Reopening the skies costs Belgrade little and buys goodwill in Vienna and Brussels,\" said Marek "
     "Polak of the Charles Bridge Policy Centre in Prague."),
    ("2034-03-17_lakeshore_czech-flights-return.txt",
     "Czech flights return to Serbian skies after ban lifted\n\n"
     "PRAGUE, March 17, 2034 (Lakeshore Times) - Czech airlines resumed flights over Serbia on Friday "
     "after Belgrade lifted a six-day ban on Czech-registered aircraft.\n\n"
     "The first Czech jet to cross Serbian airspace, a holiday charter bound for Hurghada, entered it "
     "shortly after 12:30 p.m., according to flight tracking data.\n\n"
     "Serbia imposed the ban last Saturday, two days after its foreign minister warned Prague against "
     "sanctions.\n\n"
     "Serbian officials linked the reopening to talks held in Vienna on Thursday under Austrian "
     "mediation.\n\n"
     "Detours had added about 25 minutes to flights from Prague to Athens, the airport said. The "
     "embassy technician at the centre of the row, Jakub Stransky, is still being held in Belgrade."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2034-03-06",
           "Serbian security service arrests Czech embassy technician Stransky in Belgrade"),
    "A02": (("ACCUSE",), "2034-03-07", "Czech Foreign Ministry summons Serbian ambassador Petkovic"),
    "A03": (("REQUEST",), "2034-03-07", "Czech PM Hulka demands Serbia release Stransky"),
    "A04": (("REQUEST",), "2034-03-07", "Czech FM Machova demands Stransky's release and consular access"),
    "A05": (("SANCTION",), "2034-03-07", "Serbia expels two Czech diplomats"),
    "A06": (("ACCUSE",), "2034-03-08",
           "Czech government (Sedlacek) blames Serbian military intelligence for cyberattack"),
    "A07": (("PROTEST",), "2034-03-08", "several hundred rally outside Serbian embassy in Prague"),
    "A08": (("SANCTION",), "2034-03-09", "Czech Republic expels three Serbian diplomats"),
    "A09": (("THREATEN",), "2034-03-09",
           "Serbian FM Radulovic threatens to close airspace to Czech airlines"),
    "A10": (("SANCTION",), "2034-03-10",
           "Czech government freezes assets of Serbian officials (12, later 14)"),
    "A11": (("AGREE",), "2034-03-10", "Austria offers to mediate and host talks in Vienna"),
    "A12": (("SANCTION", "COERCE",), "2034-03-11", "Serbia closes its airspace to Czech aircraft"),
    "A13": (("SANCTION",), "2034-03-11", "Czech Republic recalls ambassador Kratochvil from Belgrade"),
    "A14": (("SANCTION",), "2034-03-11", "Serbia recalls ambassador Petkovic from Prague"),
    "A15": (("CONSULT",), "2034-03-13", "first round of Czech-Serbian talks in Vienna"),
    "A16": (("CONSULT",), "2034-03-14", "phone call between Serbian President Mitrevic and Czech PM Hulka"),
    "A17": (("CONSULT",), "2034-03-16", "second round of Czech-Serbian talks in Vienna"),
    "A18": (("CONCEDE",), "2034-03-17", "Serbia reopens its airspace to Czech aircraft"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-06_balkan_czech-embassy-worker-held.txt", "A01", "Serbian security agents on Monday arrested"),
    ("2034-03-06_balkan_czech-embassy-worker-held.txt", "A01", "was detained near an army barracks"),
    ("2034-03-06_balkan_czech-embassy-worker-held.txt", "A01", "had been taken into custody"),
    ("2034-03-07_continental_prague-summons-envoy.txt",
     "A02", "summoned Serbia's ambassador, Zoran Petkovic"),
    ("2034-03-07_continental_prague-summons-envoy.txt", "A01", "detention of a Czech embassy employee"),
    ("2034-03-07_continental_prague-summons-envoy.txt", "A03", "Hulka demanded that Serbia free"),
    ("2034-03-07_continental_prague-summons-envoy.txt", "A03", "he must come home"),
    ("2034-03-07_continental_prague-summons-envoy.txt", "A01", "Serbian agents detained Jakub Stransky"),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt",
     "A05", "Serbia on Tuesday expelled two Czech diplomats"),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt",
     "A01", "its security service arrested a Czech embassy employee"),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt", "A05", "declared the pair, a second secretary"),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt",
     "A04", "Irena Machova demanded consular access"),
    ("2034-03-07_westgate_serbia-expels-czech-diplomats.txt", "A01", "was picked up on Monday close"),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt",
     "A05", "Serbia on Tuesday expelled two Czech diplomats"),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt",
     "A01", "its security service arrested a Czech embassy employee"),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt",
     "A05", "declared the pair, a second secretary"),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt",
     "A04", "Irena Machova demanded consular access"),
    ("2034-03-07_lakeshore_serbia-expels-czech-diplomats.txt", "A01", "was picked up on Monday close"),
    ("2034-03-07_bohemia_machova-demands-release.txt", "A04", "Irena Machova on Tuesday called on Serbia"),
    ("2034-03-07_bohemia_machova-demands-release.txt", "A03", "Belgrade must free the man immediately"),
    ("2034-03-08_continental_cyberattack-blamed-on-serbia.txt",
     "A06", "government on Wednesday blamed Serbian military intelligence"),
    ("2034-03-08_continental_cyberattack-blamed-on-serbia.txt", "A06", "Vit Sedlacek told a news conference"),
    ("2034-03-08_continental_cyberattack-blamed-on-serbia.txt",
     "A05", "Tuesday's expulsion of two Czech diplomats"),
    ("2034-03-08_alpine_prague-accuses-belgrade-hacking.txt",
     "A06", "Vit Sedlacek accused Serbia on Wednesday"),
    ("2034-03-08_alpine_prague-accuses-belgrade-hacking.txt", "A06", "that place is Belgrade"),
    ("2034-03-08_alpine_prague-accuses-belgrade-hacking.txt", "A05", "by expelling a Czech defence attache"),
    ("2034-03-08_alpine_prague-accuses-belgrade-hacking.txt",
     "A04", "Irena Machova demanded that Serbia free"),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt", "A07", "protesters massed outside the Serbian embassy"),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt", "A07", "the demonstration passed off peacefully"),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt", "A06", "accusation on Wednesday that Serbian military"),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt", "A08", "ordered three Serbian diplomats out"),
    ("2034-03-09_bohemia_rally-serbian-embassy.txt", "A08", "had been given until Tuesday"),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt",
     "A08", "Czech Republic on Thursday expelled three"),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt",
     "A08", "The three have until Tuesday to leave"),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt", "A05", "Serbia gave two Czech diplomats"),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt",
     "A06", "Prague blamed Serbian military intelligence"),
    ("2034-03-09_westgate_prague-expels-serbian-diplomats.txt", "A03", "Hulka had demanded on Tuesday"),
    ("2034-03-09_balkan_belgrade-warns-airspace.txt", "A09", "Nebojsa Radulovic warned on Thursday"),
    ("2034-03-09_balkan_belgrade-warns-airspace.txt", "A09", "Czech planes will fly around Serbia"),
    ("2034-03-09_balkan_belgrade-warns-airspace.txt", "A08", "Prague ordered three Serbian diplomats"),
    ("2034-03-09_balkan_belgrade-warns-airspace.txt", "A03", "Hulka's demand on Tuesday"),
    ("2034-03-10_continental_czech-sanctions-serbian-officials.txt",
     "A10", "imposed asset freezes and entry bans on 12"),
    ("2034-03-10_continental_czech-sanctions-serbian-officials.txt", "A10", "approved at a cabinet meeting"),
    ("2034-03-10_continental_czech-sanctions-serbian-officials.txt",
     "A09", "who said on Thursday that Serbia would shut"),
    ("2034-03-10_continental_czech-sanctions-serbian-officials.txt",
     "A08", "Prague expelled three Serbian diplomats"),
    ("2034-03-10_alpine_austria-offers-talks.txt", "A11", "Austria on Friday offered to mediate"),
    ("2034-03-10_alpine_austria-offers-talks.txt", "A11", "ready to receive envoys from both"),
    ("2034-03-10_alpine_austria-offers-talks.txt", "A10", "froze the assets of 12 Serbian officials"),
    ("2034-03-10_bohemia_vienna-offers-mediation.txt", "A11", "Austria on Friday offered to mediate"),
    ("2034-03-10_bohemia_vienna-offers-mediation.txt", "A11", "ready to receive envoys from both"),
    ("2034-03-10_bohemia_vienna-offers-mediation.txt", "A10", "froze the assets of 12 Serbian officials"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A12", "Serbia closed its airspace to Czech airlines"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A09", "a threat made two days earlier"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A12", "The ban, which took effect at"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A14", "recalled Ambassador Zoran Petkovic from Prague"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A10", "froze the assets of 14 Serbian officials"),
    ("2034-03-11_balkan_serbia-shuts-airspace.txt", "A01", "whose arrest on Monday started the row"),
    ("2034-03-11_westgate_prague-recalls-ambassador.txt",
     "A13", "recalled its ambassador to Serbia, Pavel Kratochvil"),
    ("2034-03-11_westgate_prague-recalls-ambassador.txt", "A12", "Serbia earlier shut its airspace"),
    ("2034-03-11_westgate_prague-recalls-ambassador.txt", "A14", "Belgrade also called home its own"),
    ("2034-03-11_lakeshore_carriers-reroute-flights.txt",
     "A12", "after Serbia banned Czech-registered planes"),
    ("2034-03-11_lakeshore_carriers-reroute-flights.txt", "A10", "had on Friday blacklisted 14"),
    ("2034-03-11_lakeshore_carriers-reroute-flights.txt", "A09", "had threatened the closure on Thursday"),
    ("2034-03-11_lakeshore_carriers-reroute-flights.txt", "A13", "Prague also recalled its ambassador"),
    ("2034-03-13_alpine_envoys-meet-vienna.txt", "A15", "held four hours of talks in Vienna"),
    ("2034-03-13_alpine_envoys-meet-vienna.txt", "A15", "Libor Kadlec led the Czech delegation"),
    ("2034-03-13_alpine_envoys-meet-vienna.txt", "A11", "Lendl had offered on Friday to mediate"),
    ("2034-03-13_alpine_envoys-meet-vienna.txt", "A13", "Prague withdrew its ambassador from Belgrade"),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt",
     "A15", "Talks between Czech and Serbian diplomats"),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt",
     "A15", "meeting at the Austrian foreign ministry"),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt", "A12", "Serbia's closure of its airspace"),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt", "A10", "sanctions list, published on Friday"),
    ("2034-03-13_continental_vienna-talks-no-breakthrough.txt",
     "A14", "was recalled to Belgrade on Saturday"),
    ("2034-03-14_balkan_presidents-phone-call.txt", "A16", "spoke by telephone on Tuesday"),
    ("2034-03-14_balkan_presidents-phone-call.txt", "A16", "described the 40-minute call"),
    ("2034-03-14_balkan_presidents-phone-call.txt", "A16", "the two leaders discussed the detained"),
    ("2034-03-14_balkan_presidents-phone-call.txt", "A15", "Envoys from the two countries met in Vienna"),
    ("2034-03-14_bohemia_hulka-call-a-beginning.txt", "A16", "telephone conversation with Serbian President"),
    ("2034-03-14_bohemia_hulka-call-a-beginning.txt", "A16", "The leaders' call was the highest-level"),
    ("2034-03-14_bohemia_hulka-call-a-beginning.txt", "A15", "met their Serbian counterparts in Vienna"),
    ("2034-03-14_bohemia_hulka-call-a-beginning.txt", "A13", "whom Prague recalled from Belgrade"),
    ("2034-03-16_westgate_second-round-vienna.txt", "A17", "met again in Vienna on Thursday"),
    ("2034-03-16_westgate_second-round-vienna.txt", "A17", "Thursday's meeting, led again by"),
    ("2034-03-16_westgate_second-round-vienna.txt", "A15", "Monday's round, also hosted by"),
    ("2034-03-16_westgate_second-round-vienna.txt", "A16", "Mitrevic spoke by phone"),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt", "A18", "Serbia reopened its airspace to Czech"),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt",
     "A01", "with the arrest of a Czech embassy technician"),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt", "A18", "could again use Serbian skies"),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt",
     "A12", "had closed its airspace to Czech carriers"),
    ("2034-03-17_continental_serbia-lifts-flight-ban.txt", "A17", "talks in Vienna on Thursday"),
    ("2034-03-17_lakeshore_czech-flights-return.txt", "A18", "after Belgrade lifted a six-day ban"),
    ("2034-03-17_lakeshore_czech-flights-return.txt", "A12", "Serbia imposed the ban last Saturday"),
    ("2034-03-17_lakeshore_czech-flights-return.txt",
     "A09", "its foreign minister warned Prague against sanctions"),
    ("2034-03-17_lakeshore_czech-flights-return.txt", "A17", "talks held in Vienna on Thursday"),
]

FLOORS = {"pairwise_f1": 0.85, "b3_f1": 0.89, "reports_found": 0.83}


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
