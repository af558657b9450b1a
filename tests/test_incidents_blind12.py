"""The twelfth blind incident batch for eventwire, written on 2026-12-01 before the coder was run on
any of it.

Crisis: a hostage and piracy crisis in the Gulf of Aden over ten days in September 2033. Somali pirates hijack
the Liberian-flagged, Mumbai-owned bulk carrier Saffron Tide; India sends a frigate to shadow it; India and
Liberia (the owner's state and the flag state) appeal for the crew; a second ship, the tanker Halcyon Reach,
is attacked but the crew hide in the citadel, and the next day commandos of a multinational task force (Aden
Shield) storm it, killing pirates (one, then two in later reports) and detaining five; the pirates demand a
ransom and hold two rounds of talks with the owner; Puntland threatens raids and then arrests seven suspected
backers ashore; the hostages are freed in two stages; Seychelles agrees to try the five suspects and receives
them.

Everything in it is synthetic: the outlets, people, ships, companies and the task force are invented; the
countries and places are real; the events never happened and their dates lie in the future.

Gold conventions: an act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day. ACTS gives its PLOVER types (a second type only where the codebook
allows two readings: the hijacking is both ASSAULT and COERCE), the day it happened and a description. REPORTS
lists, for every body sentence of every document that reports an act that happened (background recaps in later
reports and quotes that tell the act included), a verbatim cue found once in that file; a sentence may report
two acts of different types. Headlines are not reports. Not listed: planned or future acts, denied,
conditional or hypothetical acts, acts more than a year before, statistics and tallies, opinions. A promise is
an AGREE act, a threat a THREATEN act, a demand a REQUEST act, but the promised, threatened or demanded act
counts only once it happens. The batch holds a verbatim syndicated copy (Kestrel Wire -> Cape Signal), a
lightly edited copy (Lantern News Agency -> Monsoon Tribune), a toll that changes between reports (one pirate
killed, then two), and look-alike acts that are not the same: two appeals by two states on the same day, two
rounds of talks three days apart, two releases of crew by the same pirates on different days, a threat of
raids and the arrests that followed, and detentions by two different forces on different days.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1, and reports_found, the share of gold (file, act)
reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 10e1d7f (the fifth 2026-12-01 session's final code; written at the end of the session and
never read), with `figures`: **pairwise F1 0.426** (precision 0.720, recall 0.303; 119 gold pairs), B-cubed F1
0.691 (precision 0.870, recall 0.573), reports_found 0.800; 58 mapped events of 17 acts in 28 incidents. The
session's starting code (24820a3), run beside it: pairwise F1 0.480 (precision 0.717, recall 0.361), B-cubed
F1 0.723: the session's changes lowered this batch.

CONSULTED, after its first run (figures only; its groupings were never printed or read): run on every commit
of the session that changed src/, it fell at 5cfd61c (a gerund after a measured 'after' dated as the earlier
act, and its object pronoun kept apart from its governor's subject: 0.483 -> 0.466 with a full regrouping) and
at 4126948 (an act told as what came before a dated one given the statement's reach back: -> 0.426); exempting
such acts from the rule that keeps two undated reports days apart apart did not lift it and lowered the demo's
tune part (0.858 -> 0.815), so nothing was changed.
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
    ('2033-09-12_kestrel_pirates-seize-bulk-carrier.txt',
     'Pirates seize Indian-owned bulk carrier in Gulf of Aden\n\n'
     'MUMBAI, September 12, 2033 (Kestrel Wire) - Armed pirates boarded and took control of a '
     'Liberian-flagged bulk carrier with 21 sailors aboard in the Gulf of Aden before dawn on Monday, the '
     "vessel's Mumbai-based owner said.\n\n"
     'The Saffron Tide was carrying about 48,000 tonnes of urea fertiliser from Aqaba in Jordan to the '
     'Kenyan port of Mombasa, according to Kaveri Maritime. Seventeen of the crew are Indian nationals and '
     'four are from Myanmar, and the company said it had no word of injuries.\n\n'
     'A maritime security centre in Dubai that tracks merchant traffic said the attackers fired shots at '
     'the bridge before climbing aboard.\n\n'
     'India\'s foreign ministry condemned the seizure in a statement late on Monday. "This is a criminal '
     'act against seafarers who were simply doing their jobs," ministry spokesperson Kavita Iyer told '
     'reporters in New Delhi.\n\n'
     'Hijackings in the waters off Somalia fell sharply after 2012, once navies began escorting convoys '
     'and owners put armed guards on their ships.'),
    ('2033-09-12_lantern_cargo-ship-hijacked-gulf-of-aden.txt',
     'Somali pirates hijack cargo ship with 21 crew\n\n'
     'NAIROBI, September 12, 2033 (Lantern News Agency) - Somali pirates hijacked a bulk carrier in Gulf '
     'of Aden waters early on Monday and were steering it toward the coast of Puntland, maritime officials '
     'said.\n\n'
     'The Saffron Tide, which flies the Liberian flag and belongs to Kaveri Maritime of Mumbai, last '
     'reported its position at about 0340 local time. A regional security official said six or seven men '
     'armed with rifles and a rocket launcher had stormed the ship from two small boats. The gunmen fired '
     'on the bridge as they closed in, the official added.\n\n'
     'Kaveri Maritime said it had set up an emergency response team and was trying to reach the families '
     'of the crew. "Our first concern is the safety of the 21 men on board," company spokesman Farhan '
     'Qureshi said.\n\n'
     'Piracy off the Horn of Africa surged between 2008 and 2011, costing the shipping industry billions '
     'of dollars a year in ransoms, insurance and longer routes.'),
    ('2033-09-12_monsoon_cargo-ship-taken-off-somalia.txt',
     'Pirates take Indian-owned bulk carrier off Somalia\n\n'
     'NAIROBI, September 12, 2033 (Monsoon Tribune) - Somali pirates hijacked a bulk carrier in Gulf of '
     "Aden waters in the small hours of Monday and were steering it toward Puntland's coast, maritime "
     'officials said.\n\n'
     'The Saffron Tide, which flies the Liberian flag and belongs to Kaveri Maritime of Mumbai, last '
     'reported its position at about 0340 local time. A regional security official said six or seven men '
     'armed with rifles and a rocket launcher had stormed the ship from two small boats. The gunmen shot '
     'at the bridge as they closed in, the official added.\n\n'
     'Kaveri Maritime said it had set up an emergency response team and was trying to reach the families '
     'of the crew. "Our first concern is the safety of the 21 men on board," company spokesman Farhan '
     'Qureshi said.\n\n'
     'Piracy off the Horn of Africa surged between 2008 and 2011, costing the shipping industry billions '
     'of dollars every year in ransoms, insurance and longer routes.\n\n'
     'This report was adapted from a Lantern News Agency dispatch.'),
    ('2033-09-13_bluewater_india-sends-frigate.txt',
     'India sends frigate to shadow Saffron Tide\n\n'
     "NEW DELHI, September 13, 2033 (Bluewater Observer) - India's navy dispatched a guided-missile "
     'frigate on Tuesday to shadow a bulk carrier seized by Somali pirates, a navy spokesman said.\n\n'
     'The INS Meghavati, which had been on anti-piracy duty near the Bab el-Mandeb strait, is expected to '
     'keep its distance from the vessel, Captain Arvind Kulkarni said.\n\n'
     'External Affairs Minister Raghav Sethi urged the hijackers to free the 21 crew members unharmed. '
     '"These are ordinary working men, and their families deserve to have them home," Sethi told '
     'parliament.\n\n'
     'The frigate carries two helicopters and a detachment of marine commandos, but officials stressed '
     'that no rescue was being planned while the crew remained in pirate hands.\n\n'
     'The gang captured the ship on Monday morning roughly 140 nautical miles off Bosaso.'),
    ('2033-09-13_redsea_liberia-appeals-for-crew.txt',
     'Liberia appeals for release of Saffron Tide crew\n\n'
     'MONROVIA, September 13, 2033 (Red Sea Courier) - Liberia, whose flag the bulk carrier Saffron Tide '
     'flies, appealed on Tuesday for the immediate and unconditional release of its crew.\n\n'
     '"We call on those holding the vessel to let these seafarers go home to their families," Emmanuel '
     'Tarpeh, commissioner of the Liberia Maritime Authority, said in a statement.\n\n'
     "Liberia's ship registry ranks among the biggest anywhere, with more than 5,000 vessels flying its "
     'flag.\n\n'
     "India's foreign minister made a similar plea in New Delhi on Tuesday, urging the pirates not to harm "
     'the sailors.\n\n'
     'Pirates seized the Saffron Tide about 140 nautical miles north of the Somali port of Bosaso early on '
     'Monday. Maritime security firms said the ship had since anchored off Eyl, a fishing town on the '
     'Puntland coast that sheltered pirate gangs a decade and a half ago.'),
    ('2033-09-13_capesignal_warship-trails-bulk-carrier.txt',
     'Indian warship trails bulk carrier off Somali coast\n\n'
     'DJIBOUTI, September 13, 2033 (Cape Signal) - An Indian warship was sent on Tuesday to follow the '
     'Saffron Tide, a Liberian-flagged bulk carrier now anchored off the Somali coast with 21 sailors '
     'aboard, naval sources in Djibouti said.\n\n'
     'The frigate was expected to reach the area by Tuesday night, they said.\n\n'
     'Aden Shield, the multinational task force headquartered in Djibouti, has eight warships in the '
     'region, according to its website. "The sea is wide and our ships are few," task force spokeswoman '
     'Commander Maren Holt said.\n\n'
     "India's external affairs minister on Tuesday called on the pirates holding the ship to release the "
     'sailors without harm.\n\n'
     'Seventeen of the sailors are Indian nationals.'),
    ('2033-09-14_kestrel_tanker-fends-off-pirates.txt',
     'Tanker crew hides in safe room as pirates attack in Gulf of Aden\n\n'
     'DUBAI, September 14, 2033 (Kestrel Wire) - Pirates in two skiffs fired rocket-propelled grenades and '
     'automatic weapons at an oil products tanker in Gulf of Aden waters on Wednesday, but the crew locked '
     "themselves in a secure room and the attackers failed to take control, the ship's operator said.\n\n"
     'The Marshall Islands-flagged Halcyon Reach, carrying diesel from Jamnagar to Djibouti, was about 90 '
     'nautical miles east of Aden when it came under attack.\n\n'
     'All 23 crew were safe inside the citadel, an armoured compartment built to keep boarders out, '
     'Athens-based operator Pelagos Tankers said. Three of the attackers were believed to still be on deck '
     'late on Wednesday.\n\n'
     '"Two incidents in three days tells you the gangs are back in business," said Helena Voss, a maritime '
     'security analyst at Dovetail Risk in London.\n\n'
     "Nineteen of the tanker's crew are from the Philippines."),
    ('2033-09-14_lantern_pirates-demand-ransom.txt',
     'Pirates demand $8 million for Saffron Tide and crew\n\n'
     'MUMBAI, September 14, 2033 (Lantern News Agency) - Pirates holding the Saffron Tide have demanded $8 '
     'million for the release of the ship and its 21 crew, a person familiar with the matter said on '
     'Wednesday.\n\n'
     "The demand was made in a satellite telephone call to Kaveri Maritime's offices in Mumbai on "
     'Wednesday morning, the person said.\n\n'
     'A man who gave his name as Hassan Duale and said he spoke for the gang told Lantern News Agency by '
     'phone that the sailors were being fed. "The men are eating and sleeping, nobody is hurting them," he '
     'said.\n\n'
     'The Indian frigate INS Meghavati, sent on Tuesday to follow the ship, was keeping about five '
     'nautical miles away, according to a navy official.\n\n'
     'Ransoms paid to Somali gangs averaged about $5 million per ship in 2011, according to a study '
     'published at the time.'),
    ('2033-09-14_monsoon_filipino-sailors-in-citadel.txt',
     'Filipino seafarers shelter in steel room after pirate attack\n\n'
     'MANILA, September 14, 2033 (Monsoon Tribune) - Nineteen Filipino seafarers sheltered in a locked '
     'steel room on Wednesday after pirates shot at and tried to board their tanker off Yemen, the '
     'Department of Migrant Workers said.\n\n'
     'The department said none of the sailors had been hurt in the assault on the Halcyon Reach.\n\n'
     'Relatives in the port city of Iloilo said the manning agency had told them the men had food and '
     'water for several days.\n\n'
     '"All I know is that my son is alive and inside," said Rosario Dimaculangan, 58, whose son is the '
     "tanker's second engineer.\n\n"
     "Filipinos make up about a quarter of the world's merchant seafarers, and dozens were held by Somali "
     'gangs during the piracy wave of the late 2000s.'),
    ('2033-09-15_kestrel_commandos-storm-tanker.txt',
     'Naval commandos storm tanker in Gulf of Aden, free 23 sailors\n\n'
     'DJIBOUTI, September 15, 2033 (Kestrel Wire) - Commandos from a multinational naval task force '
     'stormed an oil tanker south of Aden on Thursday morning, freeing its 23 crew from a locked safe room '
     'after a brief exchange of fire in which one pirate was killed.\n\n'
     'Five suspected pirates were taken into custody aboard the Halcyon Reach, the Aden Shield task force '
     'said in a statement. None of the sailors or members of the boarding team were wounded, it said.\n\n'
     "The tanker's crew had barricaded themselves in the ship's citadel on Wednesday when gunmen in two "
     'skiffs attacked the vessel with grenades and rifles.\n\n'
     '"Every minute in that room counted," said Rear Admiral Lucas Ferrand, the French officer who '
     'commands the task force. The operation lasted about 40 minutes, according to the statement.'),
    ('2033-09-15_capesignal_commandos-storm-tanker.txt',
     'Naval commandos storm tanker in Gulf of Aden, free 23 sailors\n\n'
     'DJIBOUTI, September 15, 2033 (Cape Signal) - Commandos from a multinational naval task force stormed '
     'an oil tanker south of Aden on Thursday morning, freeing its 23 crew from a locked safe room after a '
     'brief exchange of fire in which one pirate was killed.\n\n'
     'Five suspected pirates were taken into custody aboard the Halcyon Reach, the Aden Shield task force '
     'said in a statement. None of the sailors or members of the boarding team were wounded, it said.\n\n'
     "The tanker's crew had barricaded themselves in the ship's citadel on Wednesday when gunmen in two "
     'skiffs attacked the vessel with grenades and rifles.\n\n'
     '"Every minute in that room counted," said Rear Admiral Lucas Ferrand, the French officer who '
     'commands the task force. The operation lasted about 40 minutes, according to the statement.\n\n'
     'This article first appeared on Kestrel Wire.'),
    ('2033-09-15_redsea_second-pirate-dies.txt',
     'Second pirate dies after navy retakes Halcyon Reach\n\n'
     'ADEN, September 15, 2033 (Red Sea Courier) - Two pirates were killed when international naval forces '
     'retook the tanker Halcyon Reach on Thursday, a Yemeni coast guard official said, after the task '
     'force had earlier reported one death.\n\n'
     'The second man died of gunshot wounds aboard a Spanish warship several hours after the raid, the '
     'official said. Navy boarding teams detained five other suspects, he added.\n\n'
     'The 23 sailors, 19 of them Filipino, were unharmed and had spent more than 20 hours in the citadel.\n\n'
     'Pirates had attacked the tanker on Wednesday about 90 nautical miles east of Aden.\n\n'
     'Aden Shield, formed in 2032 as attacks on shipping rose, had never before carried out an armed '
     'boarding.'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt',
     'Manila thanks naval force for freeing Filipino sailors\n\n'
     'MANILA, September 16, 2033 (Lantern News Agency) - The Philippines on Friday thanked the '
     "multinational naval task force whose commandos freed 19 Filipino seafarers held in a tanker's safe "
     'room in the Gulf of Aden.\n\n'
     '"We are deeply grateful to Aden Shield and to every nation that took part in this operation," '
     'foreign affairs spokesperson Teresa Villanueva said.\n\n'
     'Two suspected pirates were killed and five detained when task force commandos boarded the Halcyon '
     'Reach on Thursday.\n\n'
     'The seafarers are due to fly home from Djibouti next week, the Department of Migrant Workers said.\n\n'
     'About 400,000 Filipinos work on merchant ships worldwide, according to government figures.'),
    ('2033-09-16_monsoon_ransom-talks-begin.txt',
     'Owner opens ransom talks with Saffron Tide pirates\n\n'
     'MUMBAI, September 16, 2033 (Monsoon Tribune) - Negotiators for the owner of the Saffron Tide held '
     'their first talks with the pirates holding the ship on Friday, two people briefed on the contacts '
     'said.\n\n'
     'The discussions, conducted over a satellite phone link and lasting about two hours, ended without '
     'agreement, one of the people said.\n\n'
     'The gang asked for $8 million on Wednesday, a figure maritime security consultants described as an '
     'opening bid.\n\n'
     '"Nobody expects a quick deal, these things move slowly," said Rohan Kapadia, a retired merchant navy '
     'captain who advises shipping firms on security.\n\n'
     'In past Somali cases, analysts say, negotiations lasted about six months on average.'),
    ('2033-09-16_redsea_puntland-warns-pirates.txt',
     'Puntland warns pirates of raids unless crew freed\n\n'
     "GAROWE, September 16, 2033 (Red Sea Courier) - Authorities in Somalia's semi-autonomous Puntland "
     'region warned on Friday that security forces would raid pirate hideouts along the coast unless the '
     'crew of the Saffron Tide were freed.\n\n'
     '"We will go into every village that shelters these criminals," Puntland\'s security minister, '
     'Abdirahman Said Warsame, told reporters in the regional capital.\n\n'
     'The ship has been anchored off Eyl, about 220 km south of Bosaso, since Tuesday.\n\n'
     "Negotiators for the ship's Indian owner began talks with the hijackers by satellite telephone on "
     'Friday, according to people in Mumbai.\n\n'
     'Puntland officials have made similar threats in past years without following through, and some '
     'residents said the gangs enjoy protection from local clan militias.'),
    ('2033-09-17_kestrel_seychelles-to-try-suspects.txt',
     'Seychelles to try five suspected pirates\n\n'
     'VICTORIA, September 17, 2033 (Kestrel Wire) - Seychelles has agreed to put on trial the five '
     "suspected pirates captured during Thursday's rescue of a tanker in the Gulf of Aden, the island "
     "nation's attorney general said on Saturday.\n\n"
     '"Seychelles stands ready to play its part, as it has done before," Attorney General Marie-Claire '
     'Hoareau said in a statement.\n\n'
     'The men are expected to be brought to Port Victoria within days, officials said.\n\n'
     'Seychelles convicted more than 100 pirates between 2010 and 2016 under arrangements with European '
     'and other navies, and built a special prison wing to hold them.\n\n'
     'Two other suspects were killed in the firefight aboard the Halcyon Reach.'),
    ('2033-09-17_bluewater_seychelles-agrees-prosecution.txt',
     "Seychelles offer to prosecute pirates ends 'catch and release' fears\n\n"
     'LONDON, September 17, 2033 (Bluewater Observer) - The Seychelles government said on Saturday it '
     'would prosecute five suspected Somali pirates, easing concern among shipping groups that captured '
     'gunmen would simply be set free.\n\n'
     'Two other suspects died on Thursday when Aden Shield commandos retook the tanker Halcyon Reach.\n\n'
     'Legal experts have long complained that navies let many suspects go at sea because no country is '
     'willing to try them.\n\n'
     '"Catch and release was the single biggest weakness of the last counter-piracy campaign," said Helena '
     'Voss of Dovetail Risk.\n\n'
     'In Puntland, the regional security minister warned on Friday that forces would move against pirate '
     'bases if the 21 sailors on the Saffron Tide were not freed.\n\n'
     "The bulk carrier's owner has not commented publicly on the progress of negotiations."),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt',
     'Puntland police arrest seven in pirate raids\n\n'
     'BOSASO, September 18, 2033 (Red Sea Courier) - Puntland maritime police arrested seven men suspected '
     'of financing and supplying the pirates who hold the Saffron Tide in raids on two coastal villages on '
     'Sunday, a regional official said.\n\n'
     "The raids near Eyl came two days after Puntland's security minister threatened to go after anyone "
     'sheltering the gang.\n\n'
     'Colonel Yusuf Hirsi of the Puntland Maritime Police Force said officers seized three vehicles, cash '
     'and satellite phones during the operation. No shots were fired, he said.\n\n'
     'Residents of Eyl said the arrested men included a well-known local businessman.\n\n'
     'Puntland has been a centre of Somali piracy since the mid-2000s, with gangs based in Eyl, Garacad '
     'and other fishing towns.'),
    ('2033-09-18_lantern_pirates-free-five-sailors.txt',
     'Pirates free five Saffron Tide sailors\n\n'
     'MUMBAI, September 18, 2033 (Lantern News Agency) - Pirates holding the Saffron Tide released five of '
     'its 21 crew on Sunday, putting them into a small boat that was picked up by an Indian frigate, '
     "India's navy said.\n\n"
     'Three of the five are ill and two have minor injuries, navy spokesman Captain Arvind Kulkarni said.\n\n'
     'The release is the first sign of progress since the pirates demanded $8 million last Wednesday.\n\n'
     'The INS Meghavati, which New Delhi sent to track the bulk carrier last Tuesday, will carry the five '
     'men to Salalah in Oman.\n\n'
     'Sixteen sailors, 14 of them Indian, remain on the ship.\n\n'
     '"It is a relief, but we will not rest until every last man is home," Farhan Qureshi of Kaveri '
     'Maritime said.'),
    ('2033-09-18_bluewater_five-crew-set-free.txt',
     'Five sailors set free by Somali pirates, safe on Indian warship\n\n'
     'NEW DELHI, September 18, 2033 (Bluewater Observer) - Five sailors held by Somali pirates for almost '
     'a week were set free on Sunday and are safe aboard an Indian warship, the defence ministry said.\n\n'
     'The men were let go in what appeared to be a goodwill gesture, a senior official said.\n\n'
     'In a separate development, police in Puntland detained seven people suspected of helping the '
     'pirates, according to regional officials.\n\n'
     'The five include three Indians and two citizens of Myanmar.\n\n'
     "India's navy says it has helped more than 100 seafarers escape pirate captivity since 2008."),
    ('2033-09-19_monsoon_second-round-of-talks.txt',
     'Saffron Tide owner, pirates hold second round of talks\n\n'
     'MUMBAI, September 19, 2033 (Monsoon Tribune) - Negotiators for Kaveri Maritime held a second round '
     'of talks with the pirates holding the Saffron Tide on Monday, and a person close to the process said '
     'the two camps had moved closer.\n\n'
     'The first round, on Friday, ended with no deal.\n\n'
     "Monday's session lasted more than three hours, the person said, but gave no details of any figure "
     'under discussion.\n\n'
     'The release of five crew members on Sunday had raised hopes that a settlement was close.\n\n'
     '"Every day out there is a risk for the men," said Sunita Pereira, whose husband is the ship\'s chief '
     'cook.\n\n'
     'Ransom negotiations can collapse suddenly, analysts say, particularly if rival factions within a '
     'gang disagree over money.'),
    ('2033-09-21_kestrel_remaining-crew-freed.txt',
     'Pirates free last 16 crew of Saffron Tide\n\n'
     'MUMBAI, September 21, 2033 (Kestrel Wire) - Somali pirates freed the remaining 16 crew of the bulk '
     "carrier Saffron Tide on Wednesday and left the ship, ending a nine-day ordeal, the vessel's owner "
     'said.\n\n'
     'Kaveri Maritime gave no details of any payment to the gang.\n\n'
     'The pirates went ashore in skiffs shortly after dawn, the Indian navy said.\n\n'
     'Pirates seized the ship on September 12 about 140 nautical miles north of Bosaso.\n\n'
     'Five crew members were released on Sunday in an earlier goodwill gesture.\n\n'
     '"The nightmare is over," Kaveri Maritime spokesman Farhan Qureshi said, adding that all 16 men were '
     'in good health.'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt',
     'Suspected pirates handed to Seychelles for trial\n\n'
     'VICTORIA, September 21, 2033 (Cape Signal) - Five suspected Somali pirates were handed over to '
     "police in Seychelles on Wednesday to face trial for last week's attack on the tanker Halcyon Reach, "
     'the Aden Shield naval task force said.\n\n'
     'A Spanish warship brought the men to Port Victoria, where officers led them away in handcuffs.\n\n'
     'Seychelles agreed on Saturday to prosecute the suspects, who were captured on September 15.\n\n'
     'They face charges of piracy and attempted murder, which carry sentences of up to 30 years, a court '
     'official said.\n\n'
     'On the same day, pirates off Somalia released the last 16 sailors held aboard the Indian-owned bulk '
     'carrier Saffron Tide.\n\n'
     'Seychelles has run regional piracy trials since 2010 with European and UN funding.'),
    ('2033-09-21_lantern_saffron-tide-ordeal-ends.txt',
     'Saffron Tide ordeal ends as last sailors go free\n\n'
     'NEW DELHI, September 21, 2033 (Lantern News Agency) - The last 16 sailors held on the Saffron Tide '
     "were released on Wednesday, India's foreign ministry said.\n\n"
     'Navy personnel from the frigate INS Meghavati, which India deployed to the area on September 13, are '
     'checking the health of the crew.\n\n'
     'Five other sailors were freed by the gang on Sunday and have since flown home.\n\n'
     'In Victoria, five suspects from the Halcyon Reach were delivered to Seychelles police for trial on '
     'Wednesday.\n\n'
     'Analysts said the nine-day episode showed how quickly piracy could revive if naval patrols thin out.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('ASSAULT', 'COERCE'), '2033-09-12', 'pirates hijack the bulk carrier Saffron Tide'),
    'A02': (('ACCUSE',), '2033-09-12', "India's foreign ministry condemns the hijacking"),
    'A03': (('MOBILIZE',), '2033-09-13',
            "India's navy sends the frigate INS Meghavati to shadow the Saffron Tide"),
    'A04': (('REQUEST',), '2033-09-13', 'Indian minister Sethi urges the pirates to free the crew'),
    'A05': (('REQUEST',), '2033-09-13', "Liberia (flag state) appeals for the crew's release"),
    'A06': (('ASSAULT',), '2033-09-14', 'pirates attack the tanker Halcyon Reach; crew hide in the citadel'),
    'A07': (('REQUEST',), '2033-09-14', 'pirates demand $8 million ransom from Kaveri Maritime'),
    'A08': (('ASSAULT',), '2033-09-15',
            'Aden Shield commandos storm the Halcyon Reach, pirates killed (1, then 2)'),
    'A09': (('COERCE',), '2033-09-15', 'Aden Shield detains five suspected pirates on the tanker'),
    'A10': (('SUPPORT',), '2033-09-16', 'Philippines thanks Aden Shield for the rescue'),
    'A11': (('CONSULT',), '2033-09-16', 'first round of ransom talks, Kaveri negotiators and pirates'),
    'A12': (('THREATEN',), '2033-09-16', 'Puntland security minister threatens raids on pirate hideouts'),
    'A13': (('AGREE',), '2033-09-17', 'Seychelles agrees to put the five suspects on trial'),
    'A14': (('COERCE',), '2033-09-18',
            'Puntland maritime police arrest seven suspected pirate backers near Eyl'),
    'A15': (('RETREAT',), '2033-09-18', 'pirates release five Saffron Tide crew (first stage)'),
    'A16': (('CONSULT',), '2033-09-19', 'second round of ransom talks, Kaveri negotiators and pirates'),
    'A17': (('RETREAT',), '2033-09-21', 'pirates release the remaining 16 crew and leave the ship'),
    'A18': (('COOPERATE',), '2033-09-21',
            'Aden Shield hands the five suspects to Seychelles police for trial'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2033-09-12_kestrel_pirates-seize-bulk-carrier.txt', 'A01', 'boarded and took control of'),
    ('2033-09-12_kestrel_pirates-seize-bulk-carrier.txt', 'A01', 'fired shots at the bridge'),
    ('2033-09-12_kestrel_pirates-seize-bulk-carrier.txt', 'A02', 'foreign ministry condemned the seizure'),
    ('2033-09-12_kestrel_pirates-seize-bulk-carrier.txt', 'A02', 'This is a criminal act'),
    ('2033-09-12_lantern_cargo-ship-hijacked-gulf-of-aden.txt',
     'A01', 'Somali pirates hijacked a bulk carrier'),
    ('2033-09-12_lantern_cargo-ship-hijacked-gulf-of-aden.txt',
     'A01', 'had stormed the ship from two small boats'),
    ('2033-09-12_lantern_cargo-ship-hijacked-gulf-of-aden.txt', 'A01', 'The gunmen fired on the bridge'),
    ('2033-09-12_monsoon_cargo-ship-taken-off-somalia.txt', 'A01', 'Somali pirates hijacked a bulk carrier'),
    ('2033-09-12_monsoon_cargo-ship-taken-off-somalia.txt',
     'A01', 'had stormed the ship from two small boats'),
    ('2033-09-12_monsoon_cargo-ship-taken-off-somalia.txt', 'A01', 'The gunmen shot at the bridge'),
    ('2033-09-13_bluewater_india-sends-frigate.txt', 'A03', 'navy dispatched a guided-missile frigate'),
    ('2033-09-13_bluewater_india-sends-frigate.txt', 'A01', 'seized by Somali pirates'),
    ('2033-09-13_bluewater_india-sends-frigate.txt', 'A04', 'urged the hijackers to free'),
    ('2033-09-13_bluewater_india-sends-frigate.txt', 'A01', 'The gang captured the ship on Monday'),
    ('2033-09-13_redsea_liberia-appeals-for-crew.txt', 'A05', 'appealed on Tuesday for the immediate'),
    ('2033-09-13_redsea_liberia-appeals-for-crew.txt', 'A05', 'We call on those holding'),
    ('2033-09-13_redsea_liberia-appeals-for-crew.txt', 'A04', 'made a similar plea in New Delhi'),
    ('2033-09-13_redsea_liberia-appeals-for-crew.txt', 'A01', 'Pirates seized the Saffron Tide about'),
    ('2033-09-13_capesignal_warship-trails-bulk-carrier.txt', 'A03', 'An Indian warship was sent'),
    ('2033-09-13_capesignal_warship-trails-bulk-carrier.txt',
     'A04', 'called on the pirates holding the ship'),
    ('2033-09-14_kestrel_tanker-fends-off-pirates.txt',
     'A06', 'fired rocket-propelled grenades and automatic weapons'),
    ('2033-09-14_kestrel_tanker-fends-off-pirates.txt', 'A06', 'when it came under attack'),
    ('2033-09-14_lantern_pirates-demand-ransom.txt', 'A07', 'have demanded $8 million for the release'),
    ('2033-09-14_lantern_pirates-demand-ransom.txt', 'A07', 'The demand was made in a satellite'),
    ('2033-09-14_lantern_pirates-demand-ransom.txt', 'A03', 'sent on Tuesday to follow the ship'),
    ('2033-09-14_monsoon_filipino-sailors-in-citadel.txt', 'A06', 'pirates shot at and tried to board'),
    ('2033-09-14_monsoon_filipino-sailors-in-citadel.txt', 'A06', 'hurt in the assault on the Halcyon Reach'),
    ('2033-09-15_kestrel_commandos-storm-tanker.txt', 'A08', 'multinational naval task force stormed'),
    ('2033-09-15_kestrel_commandos-storm-tanker.txt',
     'A09', 'Five suspected pirates were taken into custody'),
    ('2033-09-15_kestrel_commandos-storm-tanker.txt', 'A06', 'when gunmen in two skiffs attacked'),
    ('2033-09-15_capesignal_commandos-storm-tanker.txt', 'A08', 'multinational naval task force stormed'),
    ('2033-09-15_capesignal_commandos-storm-tanker.txt',
     'A09', 'Five suspected pirates were taken into custody'),
    ('2033-09-15_capesignal_commandos-storm-tanker.txt', 'A06', 'when gunmen in two skiffs attacked'),
    ('2033-09-15_redsea_second-pirate-dies.txt', 'A08', 'Two pirates were killed when international'),
    ('2033-09-15_redsea_second-pirate-dies.txt', 'A08', 'died of gunshot wounds aboard'),
    ('2033-09-15_redsea_second-pirate-dies.txt', 'A09', 'Navy boarding teams detained five other suspects'),
    ('2033-09-15_redsea_second-pirate-dies.txt', 'A06', 'Pirates had attacked the tanker on Wednesday'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt', 'A10', 'The Philippines on Friday thanked'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt',
     'A08', 'whose commandos freed 19 Filipino seafarers'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt', 'A10', 'We are deeply grateful to Aden Shield'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt', 'A08', 'Two suspected pirates were killed'),
    ('2033-09-16_lantern_manila-thanks-naval-force.txt', 'A09', 'five detained when task force commandos'),
    ('2033-09-16_monsoon_ransom-talks-begin.txt', 'A11', 'held their first talks with the pirates'),
    ('2033-09-16_monsoon_ransom-talks-begin.txt', 'A11', 'conducted over a satellite phone link'),
    ('2033-09-16_monsoon_ransom-talks-begin.txt', 'A07', 'The gang asked for $8 million'),
    ('2033-09-16_redsea_puntland-warns-pirates.txt', 'A12', 'warned on Friday that security forces'),
    ('2033-09-16_redsea_puntland-warns-pirates.txt', 'A12', 'We will go into every village'),
    ('2033-09-16_redsea_puntland-warns-pirates.txt', 'A11', 'began talks with the hijackers'),
    ('2033-09-17_kestrel_seychelles-to-try-suspects.txt', 'A13', 'Seychelles has agreed to put on trial'),
    ('2033-09-17_kestrel_seychelles-to-try-suspects.txt',
     'A09', "suspected pirates captured during Thursday's rescue"),
    ('2033-09-17_kestrel_seychelles-to-try-suspects.txt', 'A13', 'Seychelles stands ready to play its part'),
    ('2033-09-17_kestrel_seychelles-to-try-suspects.txt', 'A08', 'were killed in the firefight aboard'),
    ('2033-09-17_bluewater_seychelles-agrees-prosecution.txt', 'A13', 'said on Saturday it would prosecute'),
    ('2033-09-17_bluewater_seychelles-agrees-prosecution.txt', 'A12', 'security minister warned on Friday'),
    ('2033-09-17_bluewater_seychelles-agrees-prosecution.txt',
     'A08', 'Aden Shield commandos retook the tanker'),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt',
     'A14', 'Puntland maritime police arrested seven men'),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt', 'A14', 'The raids near Eyl came'),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt', 'A12', 'security minister threatened to go after'),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt', 'A14', 'officers seized three vehicles, cash'),
    ('2033-09-18_redsea_puntland-police-arrest-seven.txt', 'A14', 'the arrested men included a well-known'),
    ('2033-09-18_lantern_pirates-free-five-sailors.txt', 'A15', 'released five of its 21 crew'),
    ('2033-09-18_lantern_pirates-free-five-sailors.txt', 'A15', 'The release is the first sign'),
    ('2033-09-18_lantern_pirates-free-five-sailors.txt', 'A07', 'since the pirates demanded $8 million'),
    ('2033-09-18_lantern_pirates-free-five-sailors.txt', 'A03', 'which New Delhi sent to track'),
    ('2033-09-18_bluewater_five-crew-set-free.txt', 'A15', 'were set free on Sunday'),
    ('2033-09-18_bluewater_five-crew-set-free.txt', 'A15', 'The men were let go in'),
    ('2033-09-18_bluewater_five-crew-set-free.txt', 'A14', 'police in Puntland detained seven people'),
    ('2033-09-19_monsoon_second-round-of-talks.txt', 'A16', 'held a second round of talks'),
    ('2033-09-19_monsoon_second-round-of-talks.txt', 'A11', 'The first round, on Friday,'),
    ('2033-09-19_monsoon_second-round-of-talks.txt', 'A16', "Monday's session lasted more than three hours"),
    ('2033-09-19_monsoon_second-round-of-talks.txt', 'A15', 'The release of five crew members on Sunday'),
    ('2033-09-21_kestrel_remaining-crew-freed.txt', 'A17', 'Somali pirates freed the remaining 16 crew'),
    ('2033-09-21_kestrel_remaining-crew-freed.txt', 'A17', 'The pirates went ashore in skiffs'),
    ('2033-09-21_kestrel_remaining-crew-freed.txt', 'A01', 'Pirates seized the ship on September 12'),
    ('2033-09-21_kestrel_remaining-crew-freed.txt', 'A15', 'Five crew members were released on Sunday'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt',
     'A18', 'were handed over to police in Seychelles'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt', 'A06', "last week's attack on the tanker"),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt', 'A18', 'A Spanish warship brought the men'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt',
     'A13', 'Seychelles agreed on Saturday to prosecute'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt', 'A09', 'who were captured on September 15'),
    ('2033-09-21_capesignal_suspects-handed-to-seychelles.txt', 'A17', 'released the last 16 sailors held'),
    ('2033-09-21_lantern_saffron-tide-ordeal-ends.txt', 'A17', "were released on Wednesday, India's foreign"),
    ('2033-09-21_lantern_saffron-tide-ordeal-ends.txt', 'A03', 'which India deployed to the area'),
    ('2033-09-21_lantern_saffron-tide-ordeal-ends.txt', 'A15', 'Five other sailors were freed by the gang'),
    ('2033-09-21_lantern_saffron-tide-ordeal-ends.txt',
     'A18', 'were delivered to Seychelles police for trial'),
]

FLOORS = {"pairwise_f1": 0.73, "b3_f1": 0.79, "reports_found": 0.77}


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
