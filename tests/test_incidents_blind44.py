"""The forty-fourth blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: ten days in the Strait of Hormuz and the Gulf, March 5-14, 2034. Iran's Revolutionary Guard navy
seizes the Greek-flagged tanker Lefkada Horizon (Sunday); Athens summons Iran's ambassador, and the Greek
prime minister and the foreign minister each demand the release of the ship and its 23 crew (Monday); Guard
boats harass a second tanker and the EU threatens sanctions on Guard commanders (Tuesday); Iran rejects the
warning, the crew's families rally in Athens and the US sends a destroyer and raises its alert level
(Wednesday); a drone strikes the oil terminal at Fujairah (Thursday; two dead, later four); Oman hosts talks
between Iran and Gulf states, where Iran promises to free part of the crew (Friday); Iran frees nine sailors
and Greece welcomes it (Saturday); a drone strikes Fujairah again (Sunday); Iran denies a role in that strike,
a second round of talks opens in Muscat and US and Emirati warships start joint escorts (Monday); the EU
imposes the sanctions it threatened (Tuesday).

Everything in it is synthetic: the outlets (Keystone Report, Saltmarsh Wire, Cobalt Gazette, Dhow Post,
Lanternfield News, Tidewater Bulletin), the people, ships and firms are invented; the countries and places are
real; the events never happened and the dates are in the future. One report is a verbatim syndicated copy
(Tidewater Bulletin of Saltmarsh Wire, March 9) and one a lightly edited copy (Cobalt Gazette of Keystone
Report, March 5).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day. Its types are the PLOVER type the codebook (CAMEO2PLOVER-2021)
gives, two only where it truly allows two readings (the harassment of the second tanker: COERCE or MOBILIZE);
its date is the day it happened. REPORTS lists every sentence of every document that reports an act that
happened, background recaps in later reports included ("Thursday's drone attack on an oil terminal"), each
with a verbatim cue found once in its file; a sentence may report two acts of different types, never two of
the same type; the syndicated copy has its own entries. A promise is an AGREE act, a threat a THREATEN act, a
demand a REQUEST act, but the promised, threatened or demanded act is not an act until it happens. Not listed:
planned, future, conditional or hypothetical acts, denied acts and denials of responsibility (CAMEO 016, no
PLOVER type), acts more than a year earlier, statistics and tallies, opinions, and headlines. Look-alikes that
are separate acts: two drone strikes on Fujairah three days apart; two rounds of Oman-mediated talks; the
prime minister's and the foreign minister's demands on the same day; the EU's threat and the sanctions it
later imposed; the seizure of one tanker and the harassment of another two days later; Iran's promise to free
crew and the release itself.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act. Over the mapped events: pairwise
precision, recall and F1 and B-cubed F1 of the incidents against the acts; reports_found is the share of gold
(report, act) pairs with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the fourteenth session (2026-12-02)):
run with `figures` once at its start, on its starting code (2ae9e40, whose code is 5b3204f): **pairwise F1
0.888** (precision 1.000, recall 0.798), B-cubed F1 0.931, reports found 0.761. Run again at its end, on its
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
    ('2034-03-05_keystone_tanker-seized-hormuz.txt',
     'Iranian navy seizes Greek-flagged tanker near Strait of Hormuz\n\n'
     "DUBAI, March 5, 2034 (Keystone Report) - Naval units of Iran's Revolutionary Guard took control of a "
     "Greek-registered crude carrier in Hormuz waters on Sunday, according to the vessel's manager and a "
     'British maritime security agency.\n\n'
     'The Lefkada Horizon, laden with about 140,000 tonnes of crude bound for Rotterdam, was boarded by '
     'commandos who descended from a helicopter shortly after dawn, the Piraeus-based manager Thalassa '
     'Line said. The tanker was then sailed under Guard escort to Bandar Abbas.\n\n'
     'Its 23 crew members include eleven Greeks, eight Filipinos and four Georgians.\n\n'
     'Iranian state television said the ship had been held by order of a court in Hormozgan province.\n\n'
     'Benchmark Brent crude rose more than 4 percent in Asian trading after the news broke.\n\n'
     '"We have had no contact with the master for several hours," a Thalassa Line spokesman told Keystone '
     'Report.\n\n'
     'Iran last detained a foreign tanker in the Gulf in 2029, keeping it for nearly three months.'),
    ('2034-03-05_saltmarsh_iran-navy-takes-greek-tanker.txt',
     "Guard commandos take Greek tanker off Iran's coast\n\n"
     "DUBAI, March 5, 2034 (Saltmarsh Wire) - Commandos from Iran's Islamic Revolutionary Guard Corps "
     'captured a tanker flying the Greek flag early on Sunday as it sailed out of the Gulf, shipping '
     'sources said.\n\n'
     'The UK Maritime Trade Operations centre reported that a helicopter had landed armed men on the deck '
     'of the Lefkada Horizon about 20 nautical miles off the coast. Tracking data showed the ship turning '
     'sharply north after the boarding and heading for Iranian waters.\n\n'
     "The Guard's navy said on its website that the vessel had been impounded on the orders of a "
     'provincial court in Hormozgan.\n\n'
     'Thalassa Line said all 23 seafarers on board were believed to be unharmed.\n\n'
     "Tensions in the waterway have been building for months amid a stalled dispute over Iran's nuclear "
     'programme.'),
    ('2034-03-05_cobalt_tanker-seized-hormuz.txt',
     "Iran's navy seizes Greek-flagged oil tanker in Hormuz\n\n"
     "DUBAI, March 5, 2034 (Cobalt Gazette) - Naval units of Iran's Revolutionary Guard took control of a "
     "Greek-registered crude carrier in Hormuz waters early on Sunday, according to the vessel's manager "
     'and a British maritime security agency.\n\n'
     'The Lefkada Horizon, laden with some 140,000 tonnes of crude bound for Rotterdam, was boarded by '
     'commandos who descended from a helicopter shortly after dawn, its Piraeus-based manager Thalassa '
     'Line said. The tanker was then sailed under Guard escort to Bandar Abbas.\n\n'
     'Iranian state television said the ship had been held by order of a court in Hormozgan province.\n\n'
     'Benchmark Brent crude rose more than 4 percent in Asian trading after the news broke.\n\n'
     '"We have had no contact with the master for several hours," a Thalassa Line spokesman said.'),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt',
     'Greece summons Iranian ambassador over seized tanker\n\n'
     "ATHENS, March 6, 2034 (Dhow Post) - Athens called in Tehran's envoy on Monday over the Guard's "
     'capture of a Greek-registered tanker near Hormuz, the Greek foreign ministry said.\n\n'
     'Ambassador Hamid Rezvani was received at the ministry for a dressing-down lasting about forty '
     'minutes, a diplomatic source said.\n\n'
     'Prime Minister Stavros Kandilis demanded that the Lefkada Horizon and its sailors be let go '
     'immediately, telling reporters in Athens that Greece expected its sailors home "within days, not '
     'weeks."\n\n'
     'In a separate statement, Foreign Minister Eleni Markopoulou called on Tehran to free the tanker and '
     'all 23 crew without conditions.\n\n'
     "Iran's Revolutionary Guard seized the ship on Sunday as it left the Gulf.\n\n"
     'Greek owners control one of the largest merchant fleets on earth, with more than 4,000 vessels. The '
     'eleven Greek sailors on board come mostly from Crete and the island of Chios.'),
    ('2034-03-06_lanternfield_greece-demands-crew-release.txt',
     'Athens demands Tehran free tanker crew, calls in envoy\n\n'
     'ATHENS, March 6, 2034 (Lanternfield News) - Greek Prime Minister Stavros Kandilis on Monday demanded '
     'that Iran hand back the tanker Lefkada Horizon and everyone aboard at once.\n\n'
     'Speaking to reporters outside his office, Kandilis said the families of the crew "have waited long '
     'enough."\n\n'
     'Hours earlier Greek officials had hauled Iranian envoy Hamid Rezvani into the ministry to hear a '
     'formal protest.\n\n'
     'Foreign Minister Eleni Markopoulou, in a separate statement, urged Iran to release the ship and its '
     '23 seafarers unconditionally.\n\n'
     'The Lefkada Horizon was taken by Revolutionary Guard commandos on Sunday near the Strait of '
     'Hormuz.\n\n'
     'Tobias Rennert, a maritime risk analyst at Levant Risk Group, said the timing suggested Tehran was '
     'looking for leverage. "Tankers have become bargaining chips in this part of the world," he said.'),
    ('2034-03-07_tidewater_second-tanker-harassed.txt',
     'Iranian gunboats harass second tanker in Hormuz\n\n'
     'MUSCAT, March 7, 2034 (Tidewater Bulletin) - Iranian fast boats surrounded a Marshall '
     'Islands-flagged tanker as it crossed Hormuz on Tuesday and tried to force it into Iranian waters, '
     "the ship's operator said.\n\n"
     'The Orchid Venture, which was carrying liquefied petroleum gas from Qatar, sped up and continued its '
     'voyage after about 50 minutes, according to the Singapore-based operator Brightwater Shipping.\n\n'
     'Five boats with mounted machine guns circled the vessel and radioed orders for it to change course, '
     'the operator said. Nobody opened fire, and all 21 crew were unharmed.\n\n'
     "One of the boats came within 30 metres of the tanker's bow, Brightwater said.\n\n"
     'On Sunday the Revolutionary Guard seized the Greek-flagged Lefkada Horizon, which remains anchored '
     'off Bandar Abbas.\n\n'
     "The strait's inbound and outbound lanes run through Omani waters, with Iranian territory to the "
     'north.'),
    ('2034-03-07_keystone_eu-warns-sanctions.txt',
     'EU warns of sanctions on Guard commanders over tanker\n\n'
     "BRUSSELS, March 7, 2034 (Keystone Report) - Brussels' top foreign policy official warned on Tuesday "
     "that the bloc would impose sanctions on commanders of Iran's Revolutionary Guard unless the sailors "
     'held aboard the Greek vessel Lefkada Horizon were freed.\n\n'
     'Ingrid Solberg-Maas, who heads EU foreign policy, said member states stood ready to freeze the '
     'assets of those responsible and bar them from European territory.\n\n'
     '"Merchant crews are not pawns," she told a news conference in Brussels.\n\n'
     'The Lefkada Horizon and its 23 crew are anchored off Bandar Abbas.\n\n'
     'On Tuesday, Iranian patrol boats also menaced a gas carrier sailing through the strait, its operator '
     'said.\n\n'
     'The bloc already has asset freezes in place on over 200 Iranian people and organisations, most of '
     'them listed between 2011 and 2024.'),
    ('2034-03-07_saltmarsh_gunboats-circle-tanker.txt',
     'Guard speedboats swarm gas tanker, ship sails on\n\n'
     'DUBAI, March 7, 2034 (Saltmarsh Wire) - Speedboats of the Revolutionary Guard swarmed a gas tanker '
     'heading out of the Gulf on Tuesday, ordering the crew over the radio to sail toward the Iranian '
     'island of Larak, maritime security sources said.\n\n'
     'The Orchid Venture kept its course and left the strait about an hour later.\n\n'
     'The UKMTO advisory centre said the master had reported aggressive manoeuvring by at least five small '
     'craft.\n\n'
     'Separately, the European Union said it was prepared to sanction Guard commanders if the Greek crew '
     'were not released.\n\n'
     'War-risk cover for a single voyage through the strait has climbed to roughly 0.7% of hull value, '
     'brokers said, against 0.2% a week earlier.\n\n'
     '"Owners are now asking whether the cargo is worth the risk," said Priya Venkataraman, a freight '
     'analyst in Singapore.'),
    ('2034-03-08_lanternfield_us-sends-destroyer.txt',
     'US sends destroyer to Hormuz, raises alert for Gulf forces\n\n'
     'WASHINGTON, March 8, 2034 (Lanternfield News) - Washington dispatched a guided-missile destroyer '
     'toward Hormuz on Wednesday and put its naval forces in the Gulf on heightened alert, the Pentagon '
     'said.\n\n'
     'The USS Garrett Holloway left the Bahrain base of the Fifth Fleet on Wednesday morning, spokeswoman '
     'Captain Dana Whitcombe told reporters.\n\n'
     '"Our presence is about keeping sea lanes open for everyone," Whitcombe said.\n\n'
     'On Tuesday, Guard speedboats tried to steer a gas tanker toward Iranian waters before it sailed '
     'clear.\n\n'
     'The destroyer, with a crew of about 300, arrived off the Musandam peninsula by nightfall.\n\n'
     'Oil prices eased slightly after the announcement, with Brent trading near $96 a barrel.'),
    ('2034-03-08_cobalt_iran-rejects-eu-warning.txt',
     'Tehran rebuffs EU sanctions warning over tanker\n\n'
     'TEHRAN, March 8, 2034 (Cobalt Gazette) - Iran on Wednesday rejected what it called European '
     '"pressure" over the Lefkada Horizon, saying the ship\'s fate was a matter for its courts.\n\n'
     '"The Islamic Republic does not accept ultimatums from anyone," foreign ministry spokesman Mehdi '
     'Tavassoli told a weekly briefing.\n\n'
     "On Tuesday the EU's High Representative, Ingrid Solberg-Maas, threatened asset freezes and travel "
     'bans for Guard commanders unless the crew were released.\n\n'
     'Tavassoli said a court in Hormozgan province was handling the case and gave no timetable for a '
     'hearing.\n\n'
     'In Athens, hundreds of relatives and seafarers rallied outside the Iranian embassy on Wednesday '
     'evening.'),
    ('2034-03-08_dhowpost_families-rally-athens.txt',
     "Sailors' families rally at Iranian embassy in Athens\n\n"
     'ATHENS, March 8, 2034 (Dhow Post) - Several hundred relatives of sailors aboard the Lefkada Horizon '
     'demonstrated outside the Iranian embassy in Athens on Wednesday, holding photographs and banners '
     'that read "Our sailors, our families."\n\n'
     "Police said about 400 people took part in the protest, which was organised by the Aegean Seafarers' "
     'Union.\n\n'
     '"My son has been on that ship for eight months, and now nobody can tell me where he is," said '
     'Katerina Doukas, 58, from Chania.\n\n'
     'The tanker was boarded by Iranian commandos on Sunday and has since been anchored off Bandar '
     'Abbas.\n\n'
     "Athens reprimanded Iran's ambassador on Monday, and Prime Minister Stavros Kandilis has pressed "
     'Tehran to let the sailors go at once.'),
    ('2034-03-09_saltmarsh_drone-hits-fujairah.txt',
     'Drone strike sets fire to oil terminal at UAE port of Fujairah\n\n'
     'FUJAIRAH, March 9, 2034 (Saltmarsh Wire) - A drone struck an oil storage terminal at the Emirati '
     'port of Fujairah on Thursday, killing two workers and setting a fuel tank ablaze, local authorities '
     'said.\n\n'
     'Fujairah police said the explosion hit shortly before 6 a.m. and that three other people were '
     'injured.\n\n'
     "Thick black smoke could be seen from the city's beachfront for much of the morning as firefighters "
     'worked to contain the blaze.\n\n'
     "Fujairah sits on the Gulf of Oman just beyond the strait and handles a large share of the Emirates' "
     'crude exports and ship refuelling.\n\n'
     'Twenty-four hours earlier, Washington had sent a destroyer to the area and put its Gulf forces on '
     'higher alert.\n\n'
     'An Emirati official said privately that investigators were examining fragments of the drone.'),
    ('2034-03-09_tidewater_drone-hits-fujairah.txt',
     'Drone strike sets fire to oil terminal at UAE port of Fujairah\n\n'
     'FUJAIRAH, March 9, 2034 (Tidewater Bulletin) - A drone struck an oil storage terminal at the Emirati '
     'port of Fujairah on Thursday, killing two workers and setting a fuel tank ablaze, local authorities '
     'said.\n\n'
     'Fujairah police said the explosion hit shortly before 6 a.m. and that three other people were '
     'injured.\n\n'
     "Thick black smoke could be seen from the city's beachfront for much of the morning as firefighters "
     'worked to contain the blaze.\n\n'
     "Fujairah sits on the Gulf of Oman just beyond the strait and handles a large share of the Emirates' "
     'crude exports and ship refuelling.\n\n'
     'Twenty-four hours earlier, Washington had sent a destroyer to the area and put its Gulf forces on '
     'higher alert.\n\n'
     'An Emirati official said privately that investigators were examining fragments of the drone.\n\n'
     'This report originally ran on Saltmarsh Wire.'),
    ('2034-03-09_keystone_fujairah-terminal-ablaze.txt',
     'Two dead as unmanned aircraft hits Fujairah oil depot\n\n'
     'DUBAI, March 9, 2034 (Keystone Report) - An unmanned aircraft slammed into a fuel depot at Fujairah '
     'port early on Thursday, leaving two people dead and starting a blaze that raged until midday, the '
     "emirate's media office said.\n\n"
     'Police said the blast tore through a storage tank shortly after 5 a.m.\n\n'
     'Civil defence teams used foam to keep the flames from reaching neighbouring tanks.\n\n'
     'A Western security official said the aircraft appeared to be a long-range one-way model of a type '
     'flown by several armed groups in the region.\n\n'
     'Police said the death toll could rise, with one of three injured workers in critical condition.\n\n'
     'On Wednesday the United States ordered a destroyer into the strait and put its forces in the region '
     'on higher alert. Emirati markets fell sharply, with the Abu Dhabi index down 2.3 percent at the '
     'close.\n\n'
     '"This is the scenario everyone in the shipping world has feared," said Tobias Rennert of Levant Risk '
     'Group.'),
    ('2034-03-10_dhowpost_muscat-talks-open.txt',
     'Oman hosts Gulf talks as Iran pledges to free some tanker crew\n\n'
     'MUSCAT, March 10, 2034 (Dhow Post) - Envoys from Tehran, Riyadh, Abu Dhabi and Doha met in Muscat on '
     'Friday for talks brokered by Oman aimed at easing the crisis in the Strait of Hormuz.\n\n'
     'Omani Foreign Minister Salim bin Nasser al-Rawahi, who chaired the session, said afterwards that '
     'both sides had spoken "openly and in good faith."\n\n'
     "Iran's deputy foreign minister, Farhad Amirzadeh, promised that part of the Lefkada Horizon's crew "
     'would be freed "in the coming days," according to two delegates.\n\n'
     "Officials in Fujairah said on Friday that four people had now died as a result of Thursday's drone "
     'attack on an oil terminal in the emirate.\n\n'
     'A second round is expected next week, a Gulf diplomat said.\n\n'
     "Oman, whose waters carry the strait's shipping lanes, has long carried messages between Tehran and "
     'its Arab neighbours.'),
    ('2034-03-10_lanternfield_fujairah-toll-rises.txt',
     'Fujairah drone attack death toll climbs to four\n\n'
     'FUJAIRAH, March 10, 2034 (Lanternfield News) - Two more people died on Friday of injuries suffered '
     "in Thursday's drone strike on the oil terminal at Fujairah, raising the death toll to four, hospital "
     'officials said.\n\n'
     'The victims were an Indian technician and a Pakistani security guard, Emirati state media '
     'reported.\n\n'
     'The unmanned aircraft hit a storage tank at about dawn, triggering a fire that took firefighters '
     'seven hours to put out.\n\n'
     'In Muscat, envoys from Iran and three Gulf states held talks mediated by Oman on Friday on the '
     'crisis in the Strait of Hormuz.\n\n'
     '"The priority is to stop this from spiralling," a Gulf official at the talks said.'),
    ('2034-03-11_cobalt_iran-frees-nine-sailors.txt',
     'Iran releases nine crew members of Greek tanker\n\n'
     'BANDAR ABBAS, March 11, 2034 (Cobalt Gazette) - Iran released nine crew members from the Lefkada '
     'Horizon on Saturday, handing them over to Omani officials at the port of Bandar Abbas, Iranian state '
     'media reported.\n\n'
     'The nine, six Filipinos and three Georgians, were flown to Muscat later in the day. Fourteen others, '
     'all eleven Greeks among them, are still on the ship.\n\n'
     "The move comes a day after Iran's deputy foreign minister, Farhad Amirzadeh, pledged to free part of "
     'the crew.\n\n'
     'Greek Foreign Minister Eleni Markopoulou welcomed the release as "a first step, but only a first '
     'step."\n\n'
     "The ship's manager, Thalassa Line, said the men who came ashore were in good health."),
    ('2034-03-11_keystone_nine-crew-freed.txt',
     'Nine sailors from Greek tanker freed, 14 remain in Iran\n\n'
     'MUSCAT, March 11, 2034 (Keystone Report) - Nine sailors from the Lefkada Horizon landed in Muscat on '
     'Saturday after Iran set them free, the first break in a week-long standoff over the Greek tanker.\n\n'
     'The men, six from the Philippines and three from Georgia, were taken to a hotel for medical '
     'checks.\n\n'
     'Tehran freed them after Gulf and Iranian envoys held talks under Omani mediation in the Omani '
     'capital late on Friday.\n\n'
     'Greek Foreign Minister Eleni Markopoulou called the release a welcome first step.\n\n'
     'Fourteen crew, including eleven Greeks, remain on the tanker at Bandar Abbas.\n\n'
     '"It is good news, but it is half the news," said Nikos Andreadis, head of the Aegean Seafarers\' '
     'Union.'),
    ('2034-03-12_saltmarsh_second-drone-attack-fujairah.txt',
     'Fujairah hit again as drone strikes fuel jetty\n\n'
     'FUJAIRAH, March 12, 2034 (Saltmarsh Wire) - A drone struck a fuel jetty at the port of Fujairah '
     'early on Sunday, wounding three dock workers and halting tanker loading, Emirati officials said.\n\n'
     'On Thursday, a drone attack on an oil storage terminal at the same port killed four people.\n\n'
     "Sunday's blast damaged a loading arm and a pipeline but did not cause a major fire, the port "
     'authority said.\n\n'
     'The drone came in low from the sea, officials said.\n\n'
     'Emirati defence officials said an investigation was under way. Nobody has claimed either attack.\n\n'
     '"Two strikes in one week on a critical energy hub is an escalation, whoever is behind it," said '
     'Leila Haddad, a Gulf security researcher at the Cedarline Institute.'),
    ('2034-03-12_tidewater_port-struck-again.txt',
     'Drone hits Fujairah port again, three hurt\n\n'
     'ABU DHABI, March 12, 2034 (Tidewater Bulletin) - An explosive-laden drone hit the Emirati oil port '
     'of Fujairah on Sunday morning, injuring three people, Emirati police said.\n\n'
     'On Thursday, a drone set a storage tank ablaze at the port and killed four workers.\n\n'
     "Sunday's attack hit a jetty used to load tankers, and several ships moved away from the anchorage as "
     'a precaution, port agents said.\n\n'
     'Oil prices rose 3 percent, pushing Brent past $100 a barrel, a level not seen since the crisis '
     'began.\n\n'
     'A US destroyer sent to the Strait of Hormuz on Wednesday remained on patrol nearby.'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt',
     'Iran denies role in Fujairah strike as Muscat talks resume\n\n'
     "TEHRAN, March 13, 2034 (Dhow Post) - Iran on Monday denied any involvement in Sunday's drone strike "
     'on the Emirati port of Fujairah.\n\n'
     '"The Islamic Republic had nothing to do with this incident," foreign ministry spokesman Mehdi '
     'Tavassoli told reporters in Tehran.\n\n'
     "Tavassoli did not address Thursday's earlier attack on the port, which killed four people.\n\n"
     'Meanwhile, a second round of Oman-mediated talks between Iran and Saudi, Emirati and Qatari envoys '
     'opened in Muscat on Monday.\n\n'
     "The first session, on Friday, ended with an Iranian promise to free some of the Lefkada Horizon's "
     'sailors. Nine of the 23 sailors were released on Saturday.\n\n'
     'Also on Monday, US and Emirati warships began escorting commercial tankers through the strait in a '
     'joint operation, the US Navy said.\n\n'
     'Gulf diplomats said the talks were expected to run into Tuesday.'),
    ('2034-03-13_lanternfield_second-round-muscat.txt',
     'Gulf, Iranian envoys return to Muscat for second round\n\n'
     'MUSCAT, March 13, 2034 (Lanternfield News) - Iranian and Gulf Arab diplomats resumed negotiations in '
     'the Omani capital on Monday, with Oman once more acting as mediator, as fears of a wider conflict '
     'grew.\n\n'
     'Omani Foreign Minister Salim bin Nasser al-Rawahi greeted the delegations at a seaside palace before '
     'the closed-door session.\n\n'
     "Friday's opening round in Muscat produced a pledge by Iran to release some of the Lefkada Horizon's "
     'sailors.\n\n'
     'Iran freed nine sailors from the ship on Saturday, while 14 remain on board.\n\n'
     'Separately, the US Navy said American and Emirati warships had started joint escorts for merchant '
     'ships crossing the strait.\n\n'
     '"Every day this drags on, the risk of a miscalculation grows," said Leila Haddad of the Cedarline '
     'Institute.'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt',
     'EU sanctions six Revolutionary Guard commanders\n\n'
     'BRUSSELS, March 14, 2034 (Keystone Report) - The European Union on Tuesday froze the assets of six '
     'Revolutionary Guard commanders and banned them from setting foot in the bloc.\n\n'
     "The move carries out a threat made a week ago by Ingrid Solberg-Maas, the bloc's High "
     "Representative, who had warned of penalties unless the tanker's crew were freed.\n\n"
     "Among those listed is the commander of the Guard's navy, Rear Admiral Kazem Jafarnia, the EU's "
     'official journal showed.\n\n'
     "Iran's Revolutionary Guard seized the Lefkada Horizon on March 5 and still has 14 of its 23 crew, "
     'including eleven Greeks. Nine sailors were released on Saturday.\n\n'
     '"This is about accountability, not escalation," Solberg-Maas told reporters.\n\n'
     'Brent crude slipped below $98 a barrel in London trading.'),
    ('2034-03-14_cobalt_brussels-blacklists-irgc.txt',
     'Brussels blacklists Guard naval chiefs a week after warning\n\n'
     'BRUSSELS, March 14, 2034 (Cobalt Gazette) - European Union foreign ministers on Tuesday blacklisted '
     "six senior officers of Iran's Revolutionary Guard, including its naval commander.\n\n"
     "The officers' holdings in Europe are now frozen and they may not enter EU territory.\n\n"
     "Last Tuesday, the EU's diplomatic chief had threatened such measures if the sailors were not "
     'released.\n\n'
     'Iran freed nine of the 23 crew on Saturday; fourteen, among them eleven Greek nationals, remain on '
     'the tanker.\n\n'
     '"Our first thought today is with the fourteen who are still not home," said Greek Foreign Minister '
     'Eleni Markopoulou.\n\n'
     'Tehran did not comment right away.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('COERCE',), '2034-03-05',
            "Iran's Revolutionary Guard navy seizes the Greek-flagged tanker Lefkada Horizon"),
    'A02': (('ACCUSE',), '2034-03-06', "Greek foreign ministry summons Iran's ambassador Rezvani"),
    'A03': (('REQUEST',), '2034-03-06', 'Greek PM Kandilis demands Iran release the tanker and crew'),
    'A04': (('REQUEST',), '2034-03-06', 'Greek FM Markopoulou calls on Iran to free the tanker and crew'),
    'A05': (('COERCE', 'MOBILIZE'), '2034-03-07',
            'Guard boats harass the tanker Orchid Venture, order it toward Iranian waters'),
    'A06': (('THREATEN',), '2034-03-07', 'EU foreign policy chief threatens sanctions on Guard commanders'),
    'A07': (('MOBILIZE',), '2034-03-08', 'US sends destroyer to Hormuz and raises alert of Gulf forces'),
    'A08': (('ASSAULT',), '2034-03-09', 'drone strikes oil terminal at Fujairah port (2, later 4 dead)'),
    'A09': (('CONSULT',), '2034-03-10', 'first round of Oman-mediated talks, Iran and Gulf states, Muscat'),
    'A10': (('REJECT',), '2034-03-08', 'Iran rejects the EU warning'),
    'A11': (('RETREAT',), '2034-03-11', "Iran releases nine of the tanker's 23 crew"),
    'A12': (('SUPPORT',), '2034-03-11', 'Greek FM Markopoulou welcomes the release'),
    'A13': (('ASSAULT',), '2034-03-12', 'second drone strike on Fujairah port, fuel jetty (3 hurt)'),
    'A14': (('CONSULT',), '2034-03-13', 'second round of Oman-mediated talks, Muscat'),
    'A15': (('SANCTION',), '2034-03-14', 'EU sanctions six Guard commanders (asset freeze, travel ban)'),
    'A16': (('PROTEST',), '2034-03-08', "crew's families rally outside the Iranian embassy in Athens"),
    'A17': (('AGREE',), '2034-03-10', "Iran's deputy FM promises to free part of the crew"),
    'A18': (('COOPERATE',), '2034-03-13', 'US and Emirati warships begin joint tanker escorts'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2034-03-05_keystone_tanker-seized-hormuz.txt', 'A01',
     'took control of a Greek-registered crude carrier'),
    ('2034-03-05_keystone_tanker-seized-hormuz.txt', 'A01', 'was boarded by commandos who descended'),
    ('2034-03-05_keystone_tanker-seized-hormuz.txt', 'A01', 'sailed under Guard escort to Bandar'),
    ('2034-03-05_keystone_tanker-seized-hormuz.txt', 'A01', 'the ship had been held by order'),
    ('2034-03-05_saltmarsh_iran-navy-takes-greek-tanker.txt', 'A01',
     'captured a tanker flying the Greek flag'),
    ('2034-03-05_saltmarsh_iran-navy-takes-greek-tanker.txt', 'A01', 'had landed armed men on the deck'),
    ('2034-03-05_saltmarsh_iran-navy-takes-greek-tanker.txt', 'A01',
     'turning sharply north after the boarding'),
    ('2034-03-05_saltmarsh_iran-navy-takes-greek-tanker.txt', 'A01', 'the vessel had been impounded'),
    ('2034-03-05_cobalt_tanker-seized-hormuz.txt', 'A01', 'took control of a Greek-registered crude carrier'),
    ('2034-03-05_cobalt_tanker-seized-hormuz.txt', 'A01', 'was boarded by commandos who descended'),
    ('2034-03-05_cobalt_tanker-seized-hormuz.txt', 'A01', 'sailed under Guard escort to Bandar'),
    ('2034-03-05_cobalt_tanker-seized-hormuz.txt', 'A01', 'the ship had been held by order'),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A02', "called in Tehran's envoy on Monday"),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A01', "the Guard's capture of a Greek-registered"),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A02',
     'received at the ministry for a dressing-down'),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A03', 'demanded that the Lefkada Horizon'),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A04', 'called on Tehran to free the tanker'),
    ('2034-03-06_dhowpost_athens-summons-iran-envoy.txt', 'A01', 'seized the ship on Sunday'),
    ('2034-03-06_lanternfield_greece-demands-crew-release.txt', 'A03', 'demanded that Iran hand back'),
    ('2034-03-06_lanternfield_greece-demands-crew-release.txt', 'A02',
     'had hauled Iranian envoy Hamid Rezvani'),
    ('2034-03-06_lanternfield_greece-demands-crew-release.txt', 'A04', 'urged Iran to release the ship'),
    ('2034-03-06_lanternfield_greece-demands-crew-release.txt', 'A01',
     'was taken by Revolutionary Guard commandos'),
    ('2034-03-07_tidewater_second-tanker-harassed.txt', 'A05',
     'fast boats surrounded a Marshall Islands-flagged tanker'),
    ('2034-03-07_tidewater_second-tanker-harassed.txt', 'A05', 'circled the vessel and radioed orders'),
    ('2034-03-07_tidewater_second-tanker-harassed.txt', 'A05', 'came within 30 metres of the'),
    ('2034-03-07_tidewater_second-tanker-harassed.txt', 'A01',
     'the Revolutionary Guard seized the Greek-flagged'),
    ('2034-03-07_keystone_eu-warns-sanctions.txt', 'A06', 'warned on Tuesday that the bloc'),
    ('2034-03-07_keystone_eu-warns-sanctions.txt', 'A06', 'stood ready to freeze the assets'),
    ('2034-03-07_keystone_eu-warns-sanctions.txt', 'A05', 'patrol boats also menaced a gas carrier'),
    ('2034-03-07_saltmarsh_gunboats-circle-tanker.txt', 'A05', 'swarmed a gas tanker heading out'),
    ('2034-03-07_saltmarsh_gunboats-circle-tanker.txt', 'A05', 'aggressive manoeuvring by at least five'),
    ('2034-03-07_saltmarsh_gunboats-circle-tanker.txt', 'A06', 'said it was prepared to sanction'),
    ('2034-03-08_lanternfield_us-sends-destroyer.txt', 'A07',
     'dispatched a guided-missile destroyer toward Hormuz'),
    ('2034-03-08_lanternfield_us-sends-destroyer.txt', 'A07', 'left the Bahrain base of the'),
    ('2034-03-08_lanternfield_us-sends-destroyer.txt', 'A07', 'arrived off the Musandam peninsula'),
    ('2034-03-08_lanternfield_us-sends-destroyer.txt', 'A05', 'tried to steer a gas tanker'),
    ('2034-03-08_cobalt_iran-rejects-eu-warning.txt', 'A10', 'Iran on Wednesday rejected'),
    ('2034-03-08_cobalt_iran-rejects-eu-warning.txt', 'A10', 'does not accept ultimatums from anyone'),
    ('2034-03-08_cobalt_iran-rejects-eu-warning.txt', 'A06', 'threatened asset freezes and travel bans'),
    ('2034-03-08_cobalt_iran-rejects-eu-warning.txt', 'A16', 'rallied outside the Iranian embassy'),
    ('2034-03-08_dhowpost_families-rally-athens.txt', 'A16', 'demonstrated outside the Iranian embassy'),
    ('2034-03-08_dhowpost_families-rally-athens.txt', 'A16', 'took part in the protest'),
    ('2034-03-08_dhowpost_families-rally-athens.txt', 'A01', 'was boarded by Iranian commandos on Sunday'),
    ('2034-03-08_dhowpost_families-rally-athens.txt', 'A02', "reprimanded Iran's ambassador on Monday"),
    ('2034-03-08_dhowpost_families-rally-athens.txt', 'A03', 'has pressed Tehran to let'),
    ('2034-03-09_saltmarsh_drone-hits-fujairah.txt', 'A08', 'A drone struck an oil storage terminal'),
    ('2034-03-09_saltmarsh_drone-hits-fujairah.txt', 'A08', 'the explosion hit shortly before'),
    ('2034-03-09_saltmarsh_drone-hits-fujairah.txt', 'A07', 'had sent a destroyer to the area'),
    ('2034-03-09_tidewater_drone-hits-fujairah.txt', 'A08', 'A drone struck an oil storage terminal'),
    ('2034-03-09_tidewater_drone-hits-fujairah.txt', 'A08', 'the explosion hit shortly before'),
    ('2034-03-09_tidewater_drone-hits-fujairah.txt', 'A07', 'had sent a destroyer to the area'),
    ('2034-03-09_keystone_fujairah-terminal-ablaze.txt', 'A08', 'slammed into a fuel depot'),
    ('2034-03-09_keystone_fujairah-terminal-ablaze.txt', 'A08', 'the blast tore through a storage tank'),
    ('2034-03-09_keystone_fujairah-terminal-ablaze.txt', 'A07', 'ordered a destroyer into the strait'),
    ('2034-03-10_dhowpost_muscat-talks-open.txt', 'A09', 'met in Muscat on Friday for talks'),
    ('2034-03-10_dhowpost_muscat-talks-open.txt', 'A09', 'who chaired the session'),
    ('2034-03-10_dhowpost_muscat-talks-open.txt', 'A17', "promised that part of the Lefkada Horizon's"),
    ('2034-03-10_dhowpost_muscat-talks-open.txt', 'A08', "Thursday's drone attack on an oil terminal"),
    ('2034-03-10_lanternfield_fujairah-toll-rises.txt', 'A08', "Thursday's drone strike on the oil terminal"),
    ('2034-03-10_lanternfield_fujairah-toll-rises.txt', 'A08', 'The unmanned aircraft hit a storage tank'),
    ('2034-03-10_lanternfield_fujairah-toll-rises.txt', 'A09', 'held talks mediated by Oman on Friday'),
    ('2034-03-11_cobalt_iran-frees-nine-sailors.txt', 'A11', 'Iran released nine crew members'),
    ('2034-03-11_cobalt_iran-frees-nine-sailors.txt', 'A17', 'pledged to free part of the crew'),
    ('2034-03-11_cobalt_iran-frees-nine-sailors.txt', 'A12', 'welcomed the release as'),
    ('2034-03-11_keystone_nine-crew-freed.txt', 'A11', 'after Iran set them free'),
    ('2034-03-11_keystone_nine-crew-freed.txt', 'A11', 'Tehran freed them after Gulf'),
    ('2034-03-11_keystone_nine-crew-freed.txt', 'A09', 'held talks under Omani mediation'),
    ('2034-03-11_keystone_nine-crew-freed.txt', 'A12', 'called the release a welcome first step'),
    ('2034-03-12_saltmarsh_second-drone-attack-fujairah.txt', 'A13', 'A drone struck a fuel jetty'),
    ('2034-03-12_saltmarsh_second-drone-attack-fujairah.txt', 'A08',
     'a drone attack on an oil storage terminal'),
    ('2034-03-12_saltmarsh_second-drone-attack-fujairah.txt', 'A13', 'came in low from the sea'),
    ('2034-03-12_saltmarsh_second-drone-attack-fujairah.txt', 'A13', "Sunday's blast damaged a loading arm"),
    ('2034-03-12_tidewater_port-struck-again.txt', 'A13', 'explosive-laden drone hit the Emirati oil port'),
    ('2034-03-12_tidewater_port-struck-again.txt', 'A08', 'a drone set a storage tank ablaze'),
    ('2034-03-12_tidewater_port-struck-again.txt', 'A13', "Sunday's attack hit a jetty"),
    ('2034-03-12_tidewater_port-struck-again.txt', 'A07', 'A US destroyer sent to the Strait'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A13', "Sunday's drone strike on the Emirati port"),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A08', "Thursday's earlier attack on the port"),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A14', 'a second round of Oman-mediated talks'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A09', 'The first session, on Friday'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A17', 'an Iranian promise to free some'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A11', 'Nine of the 23 sailors were released'),
    ('2034-03-13_dhowpost_iran-denies-drone-role.txt', 'A18', 'US and Emirati warships began escorting'),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A14', 'resumed negotiations in the Omani capital'),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A14', 'greeted the delegations at a seaside palace'),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A09', "Friday's opening round in Muscat"),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A17', 'a pledge by Iran to release some'),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A11', 'Iran freed nine sailors from the ship'),
    ('2034-03-13_lanternfield_second-round-muscat.txt', 'A18', 'had started joint escorts for merchant'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt', 'A15', 'froze the assets of six Revolutionary'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt', 'A06', 'had warned of penalties unless'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt', 'A15', 'Among those listed is the commander'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt', 'A01', 'seized the Lefkada Horizon on March 5'),
    ('2034-03-14_keystone_eu-sanctions-guard-commanders.txt', 'A11',
     'Nine sailors were released on Saturday'),
    ('2034-03-14_cobalt_brussels-blacklists-irgc.txt', 'A15', 'foreign ministers on Tuesday blacklisted six'),
    ('2034-03-14_cobalt_brussels-blacklists-irgc.txt', 'A15', 'holdings in Europe are now frozen'),
    ('2034-03-14_cobalt_brussels-blacklists-irgc.txt', 'A06', 'had threatened such measures'),
    ('2034-03-14_cobalt_brussels-blacklists-irgc.txt', 'A11', 'Iran freed nine of the 23 crew'),
]

FLOORS = {"pairwise_f1": 0.85, "b3_f1": 0.9, "reports_found": 0.73}


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
