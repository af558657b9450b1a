"""The thirty-sixth blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: a row between Somalia and Ethiopia over a port deal with Somaliland, acts on March 7-16, 2033 and
reports to March 17. Ethiopia signs a coastal lease memorandum with Somaliland; Somalia's cabinet rejects it
and recalls its ambassador, its foreign minister threatens to expel Ethiopia's ambassador and Somalia does so
the next day; Ethiopia promises not to retaliate; Egypt flies military aid to Mogadishu twice (Friday and the
next Tuesday); al-Shabaab attacks an African Union base (toll 4, revised to 9); Ethiopian troops deploy near
the border; Somalia's president accuses Ethiopia; thousands rally in Mogadishu; the African Union and the Arab
League each call for restraint on the same day; Turkey hosts two rounds of talks in Ankara; Somaliland's
leader praises Ethiopia.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened, and the dates are in the future. It holds one verbatim syndicated copy (Lantern Wire's
threat story re-run by Baobab Times) and one lightly edited copy (Cordillera Newswire's restraint story in the
Red Sea Courier). Look-alikes: recall vs expulsion (both SANCTION, Somalia against Ethiopia, two days apart),
the threat and the expulsion it threatened, two Egyptian airlifts four days apart, two Ankara rounds two days
apart, the AU and the Arab League each calling for restraint on the same day, the signing and Somaliland's
later praise (both SUPPORT).

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives (CAMEO2PLOVER-2021;
signing a formal agreement is SUPPORT, recalling or expelling diplomats SANCTION, a promise AGREE, a threat
THREATEN, a call for restraint REQUEST), and its date is the day it happened. REPORTS lists every sentence of
every document that reports an act that happened, background recaps in later reports and quotes that tell the
act included, each with a verbatim cue found once in its file; a sentence reports at most one act of each
type. Acts only planned, promised, threatened or demanded (the promise, threat or demand itself is listed),
conditional, denied and hypothetical acts, acts more than a year before, statistics, tallies and opinions are
not listed.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the twelfth 2026-12-02 session): run
with `figures` once at its start, on its starting code (3f400d4, whose code is 8ef1514): **pairwise F1 0.838**
(precision 0.854, recall 0.822), B-cubed F1 0.895, reports found 0.691. Run again at its end, on its final
code (a0e2745, and 5d09de8 before four gazetteer entries): the same figures on both.
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
    ("2033-03-07_lanternwire_ethiopia-somaliland-sign-port-memorandum.txt",
     "Ethiopia signs port memorandum with breakaway Somaliland\n\n"
     "ADDIS ABABA, March 7, 2033 (Lantern Wire) - Ethiopia and the self-declared republic of Somaliland "
     "signed a memorandum of understanding on Monday that would give Addis Ababa a 50-year lease on a "
     "strip of coastline near the port of Berbera, officials from both sides said.\n\n"
     "Prime Minister Dawit Alemayehu and Somaliland's president, Ahmed Yasin Farah, put pen to the "
     "document at a ceremony in the Ethiopian capital attended by diplomats and army commanders.\n\n"
     "Under the text, Ethiopia would build a naval facility and a commercial terminal on roughly 20 "
     "kilometres of shoreline, according to a summary released by Dawit's office.\n\n"
     "\"Our country has waited three decades for a door to the sea, and today that door is open,\" Dawit "
     "told the guests.\n\n"
     "Ethiopia, with a population above 130 million, lost its coastline when Eritrea broke away in 1993 "
     "and now moves most of its trade through neighbouring Djibouti.\n\n"
     "Somaliland, which split from Somalia in 1991, has run its own affairs ever since but has never won "
     "recognition from a United Nations member state.\n\n"
     "A comparable memorandum in 2024 set off a year-long quarrel between Ethiopia and Somalia before "
     "Turkish mediation cooled tempers."),
    ("2033-03-07_redseacourier_landlocked-ethiopia-inks-sea-deal.txt",
     "Landlocked Ethiopia inks sea access deal with Somaliland\n\n"
     "HARGEISA, March 7, 2033 (Red Sea Courier) - Landlocked Ethiopia on Monday inked a deal with "
     "Somaliland granting it a long-term lease on part of the Gulf of Aden coast, a step likely to inflame "
     "relations with Somalia.\n\n"
     "Crowds waved Ethiopian and Somaliland flags in the centre of Hargeisa as the news spread, and car "
     "horns sounded late into the afternoon.\n\n"
     "Somaliland's information minister, Khadar Ismail Obsiye, said the agreement signed in Addis Ababa "
     "covered a 20-kilometre stretch west of Berbera.\n\n"
     "\"This is the beginning of a partnership that the whole region will gain from,\" Obsiye said by "
     "telephone.\n\n"
     "Ethiopia's economy has grown quickly over the past decade, but its reliance on a single corridor "
     "through Djibouti costs it well over a billion dollars a year in port fees, economists estimate."),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "Somalia rejects Ethiopia-Somaliland port pact, recalls ambassador\n\n"
     "MOGADISHU, March 8, 2033 (Cordillera Newswire) - Somalia's cabinet on Tuesday rejected the port "
     "memorandum between Ethiopia and breakaway Somaliland as null and void and recalled its ambassador "
     "from Addis Ababa for consultations.\n\n"
     "Information Minister Liban Mahad Doorre read out the decision after an emergency session chaired by "
     "Prime Minister Bashir Omar Keynan in the capital.\n\n"
     "\"No part of Somalia is for lease, and nobody in Hargeisa has the authority to sign one away,\" "
     "Doorre told reporters.\n\n"
     "Ambassador Abdullahi Warsame Hirsi was told to return to Mogadishu within 48 hours, a foreign "
     "ministry official said.\n\n"
     "Ethiopia signed the memorandum with Somaliland's leader on Monday at a ceremony in Addis Ababa.\n\n"
     "The deal would hand Ethiopia a 50-year lease on a coastal strip near Berbera for a naval base and a "
     "commercial port.\n\n"
     "Somalia's federal government has considered Somaliland part of the nation since the region broke "
     "away in 1991.\n\n"
     "Thousands of Ethiopian troops serve in Somalia with an African Union force fighting al-Shabaab "
     "militants."),
    ("2033-03-08_atlasbulletin_mogadishu-declares-coast-deal-void.txt",
     "Mogadishu declares Ethiopia coast deal void, pulls envoy\n\n"
     "MOGADISHU, March 8, 2033 (Atlas Bulletin) - The Somali government declared Ethiopia's coastal lease "
     "agreement with Somaliland void on Tuesday, saying the breakaway region had no right to give away any "
     "part of the country.\n\n"
     "It also ordered home its envoy to Ethiopia, Abdullahi Warsame Hirsi, in the sharpest diplomatic step "
     "Mogadishu has taken against its neighbour in years.\n\n"
     "\"The cabinet unanimously considers this memorandum to have no legal effect whatsoever,\" said a "
     "statement read on state radio.\n\n"
     "Somali legislators are expected to vote on a motion backing the cabinet's position later this "
     "week.\n\n"
     "Ethiopia and Somalia fought a war in 1977 and 1978 over the Ogaden region, and mistrust between them "
     "runs deep.\n\n"
     "The agreement, if carried out, would give Ethiopia its first naval foothold since the loss of the "
     "Eritrean ports three decades ago."),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt",
     "Somaliland leader hails Ethiopia as \"a brother\" after port deal\n\n"
     "HARGEISA, March 9, 2033 (Summit Post) - Somaliland's president, Ahmed Yasin Farah, praised Ethiopia "
     "on Wednesday as \"a brother that kept its word\" in a speech to lawmakers in Hargeisa.\n\n"
     "Farah thanked Prime Minister Dawit Alemayehu by name and said the partnership would bring jobs and "
     "investment to the Berbera area.\n\n"
     "The two leaders signed the memorandum in Addis Ababa on Monday.\n\n"
     "Somalia rejected the deal on Tuesday and pulled its ambassador out of Ethiopia.\n\n"
     "\"We are not asking anyone's permission to build our own future,\" he said to applause.\n\n"
     "Somaliland has its own currency, army and passports, and has held several contested but largely "
     "peaceful elections since 2003.\n\n"
     "Its parliament is due to ratify the memorandum next month."),
    ("2033-03-09_lanternwire_somalia-warns-it-may-expel-envoy.txt",
     "Somalia threatens to expel Ethiopian ambassador over port deal\n\n"
     "MOGADISHU, March 9, 2033 (Lantern Wire) - Somalia's foreign minister on Wednesday gave Ethiopia 24 "
     "hours to withdraw from its coastal memorandum with Somaliland or see its ambassador expelled.\n\n"
     "\"If the memorandum still stands tomorrow, Ambassador Mulugeta will have to pack his bags,\" Foreign "
     "Minister Hodan Abdulle Geedi told a news conference in Mogadishu.\n\n"
     "On Tuesday, the cabinet declared the deal illegal and called its own envoy back from the Ethiopian "
     "capital.\n\n"
     "Ethiopia's ambassador, Mulugeta Haile Asfaw, has served in Mogadishu since 2031.\n\n"
     "Geedi said Somalia would also ask the UN Security Council to convene urgently on the dispute.\n\n"
     "Somalia relies on several thousand Ethiopian soldiers to help hold back al-Shabaab in the south and "
     "centre of the country.\n\n"
     "\"Mogadishu is running out of cards to play,\" said Fartun Ismail Hersi, a researcher at the "
     "Nairobi-based Horn Policy Forum."),
    ("2033-03-09_baobabtimes_somalia-threatens-ethiopian-envoy.txt",
     "Somalia threatens to expel Ethiopian ambassador over port deal\n\n"
     "MOGADISHU, March 9, 2033 (Baobab Times) - Somalia's foreign minister on Wednesday gave Ethiopia 24 "
     "hours to withdraw from its coastal memorandum with Somaliland or see its ambassador expelled.\n\n"
     "\"If the memorandum still stands tomorrow, Ambassador Mulugeta will have to pack his bags,\" Foreign "
     "Minister Hodan Abdulle Geedi told a news conference in Mogadishu.\n\n"
     "On Tuesday, the cabinet declared the deal illegal and called its own envoy back from the Ethiopian "
     "capital.\n\n"
     "Ethiopia's ambassador, Mulugeta Haile Asfaw, has served in Mogadishu since 2031.\n\n"
     "Geedi said Somalia would also ask the UN Security Council to convene urgently on the dispute.\n\n"
     "Somalia relies on several thousand Ethiopian soldiers to help hold back al-Shabaab in the south and "
     "centre of the country.\n\n"
     "\"Mogadishu is running out of cards to play,\" said Fartun Ismail Hersi, a researcher at the "
     "Nairobi-based Horn Policy Forum.\n\n"
     "Lantern Wire carried this report first."),
    ("2033-03-10_cordillera_somalia-expels-ethiopian-ambassador.txt",
     "Somalia expels Ethiopian ambassador as port row deepens\n\n"
     "MOGADISHU, March 10, 2033 (Cordillera Newswire) - Somalia on Thursday expelled Ethiopia's "
     "ambassador, Mulugeta Haile Asfaw, and ordered him to depart within 72 hours, escalating a row over "
     "Ethiopia's coastal deal with Somaliland.\n\n"
     "A foreign ministry statement said the envoy was now persona non grata because Addis Ababa had "
     "\"ignored every warning\".\n\n"
     "Foreign Minister Hodan Abdulle Geedi had threatened the step on Wednesday, setting a 24-hour "
     "deadline for Ethiopia to abandon the memorandum.\n\n"
     "Somalia's cabinet threw out the pact on Tuesday.\n\n"
     "Somalia hosts about 3,000 Ethiopian troops under the African Union mission and several thousand more "
     "under bilateral arrangements.\n\n"
     "\"The government has now burned the bridge it will need when this ends,\" said a Western diplomat "
     "who requested anonymity."),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt",
     "Ethiopia pledges no retaliation after Somalia expels its envoy\n\n"
     "ADDIS ABABA, March 10, 2033 (Red Sea Courier) - Ethiopia promised on Thursday that it would not "
     "retaliate against Somalia for expelling its ambassador, and said its embassy in Mogadishu would "
     "remain open.\n\n"
     "\"We will not answer this step with a step of our own,\" foreign ministry spokeswoman Meseret "
     "Tadesse Bekele told reporters in the capital.\n\n"
     "She described the memorandum with Somaliland as \"a commercial lease, not a change of borders\".\n\n"
     "The Somali government expelled the envoy earlier on Thursday, a day after threatening to do so if "
     "Ethiopia did not cancel the deal.\n\n"
     "Ethiopia, with no coastline of its own, pays Djibouti for the use of its port for the bulk of its "
     "imports.\n\n"
     "Regional diplomats said the restrained tone from Addis Ababa suggested it wanted to protect military "
     "cooperation against al-Shabaab."),
    ("2033-03-10_atlasbulletin_ethiopian-envoy-ordered-out.txt",
     "Ethiopian envoy ordered out of Mogadishu\n\n"
     "MOGADISHU, March 10, 2033 (Atlas Bulletin) - The Somali government ordered Ethiopia's top diplomat "
     "to leave Somalia on Thursday, carrying out a threat made a day earlier over Addis Ababa's sea-access "
     "pact with Somaliland.\n\n"
     "State television showed Foreign Minister Hodan Abdulle Geedi signing the expulsion order in her "
     "office.\n\n"
     "\"Somalia's patience is not endless,\" Geedi said afterwards.\n\n"
     "Mogadishu had already withdrawn its own ambassador from Ethiopia on Tuesday.\n\n"
     "Ethiopia's landlocked status has been a recurring source of tension in the Horn of Africa since the "
     "1990s.\n\n"
     "The lease deal would allow Ethiopia to station naval vessels on the Gulf of Aden.\n\n"
     "Traders in Mogadishu's Bakara market said the price of Ethiopian khat had jumped by a third since "
     "Monday on fears that flights could be suspended."),
    ("2033-03-11_summitpost_egyptian-cargo-planes-land-mogadishu.txt",
     "Egyptian military cargo planes land in Mogadishu amid Ethiopia row\n\n"
     "MOGADISHU, March 11, 2033 (Summit Post) - Two Egyptian air force transport planes landed at "
     "Mogadishu's Aden Adde airport on Friday carrying armoured vehicles, rifles and ammunition for the "
     "Somali army, officials from both countries said.\n\n"
     "Egyptian military spokesman Colonel Hisham Fawzy Rashad said the delivery was \"the first part of a "
     "package agreed with our Somali brothers\".\n\n"
     "The arrival came a day after Somalia expelled Ethiopia's ambassador over Addis Ababa's coastal lease "
     "with Somaliland.\n\n"
     "Cairo and Addis Ababa have been at odds for more than a decade over Ethiopia's giant hydroelectric "
     "dam on the Blue Nile, which Egypt says endangers its water supply.\n\n"
     "Egypt also sent weapons to Somalia in 2024, during an earlier row over a similar Ethiopian deal.\n\n"
     "\"Every crate that lands here is a message to Addis Ababa,\" said Abdirizak Omar Dhuxul, a retired "
     "Somali army colonel."),
    ("2033-03-12_lanternwire_shabaab-raid-au-base-janaale.txt",
     "Al-Shabaab fighters storm AU camp south of Mogadishu\n\n"
     "MOGADISHU, March 12, 2033 (Lantern Wire) - Al-Shabaab militants attacked an African Union base at "
     "Janaale in the Lower Shabelle area late on Friday, killing at least four soldiers, a spokesman for "
     "the force said.\n\n"
     "The attackers detonated a car bomb at the gate before gunmen stormed the perimeter, Major Kenneth "
     "Oduya of the African Union mission said on Saturday.\n\n"
     "Oduya said six other soldiers were wounded and flown to Mogadishu for treatment.\n\n"
     "Al-Shabaab said in a statement on its radio station that its fighters had killed \"dozens\" of "
     "foreign troops.\n\n"
     "The base is manned by Ugandan troops who guard a bridge over the Shabelle River used to supply towns "
     "further south.\n\n"
     "The African Union force has about 11,000 soldiers in Somalia."),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt",
     "Ethiopia moves troops toward Somali border, residents say\n\n"
     "DOLOW, March 12, 2033 (Cordillera Newswire) - Ethiopia deployed armoured units and several thousand "
     "troops to positions near the Somali border on Saturday, residents and Somali officials said.\n\n"
     "Residents of Dolow, a town in Somalia's Gedo region, said convoys of tanks and troop carriers had "
     "been arriving on the Ethiopian side of the frontier since dawn.\n\n"
     "An Ethiopian army spokesman, Colonel Getachew Ayana Dibaba, said the movements were \"routine "
     "repositioning\" and were not aimed at Somalia.\n\n"
     "The deployment came days into a worsening diplomatic row between the two neighbours.\n\n"
     "Egyptian weapons arrived in Mogadishu on Friday aboard two military planes.\n\n"
     "\"People are frightened, and many families have already gone to the villages,\" said Halima Abdi "
     "Nuur, a trader in Dolow.\n\n"
     "Ethiopian troops last crossed into Somalia in force in 2006 to topple an Islamist movement that "
     "controlled Mogadishu."),
    ("2033-03-12_baobabtimes_four-peacekeepers-killed-janaale.txt",
     "Four peacekeepers killed as militants hit AU base in Somalia\n\n"
     "MOGADISHU, March 12, 2033 (Baobab Times) - Four African Union peacekeepers were killed when "
     "al-Shabaab fighters overran part of a base in Lower Shabelle late on Friday, military sources said "
     "on Saturday.\n\n"
     "The assault on the Janaale base began with a suicide car bomb, according to two Somali officers who "
     "spoke by phone.\n\n"
     "Hours earlier, two Egyptian military aircraft had delivered armoured vehicles and ammunition for "
     "Somali troops at the capital's airport.\n\n"
     "Egypt said Friday's consignment was the first of several.\n\n"
     "Al-Shabaab has stepped up raids in the Shabelle valley this year.\n\n"
     "\"The militants always look for a moment when their enemies are quarrelling,\" said Mohamed Ali "
     "Gurey, a security analyst in Mogadishu."),
    ("2033-03-12_redseacourier_somali-president-accuses-ethiopia.txt",
     "Somali president accuses Ethiopia of plotting to carve up country\n\n"
     "MOGADISHU, March 12, 2033 (Red Sea Courier) - Somalia's president, Abdiqani Sheikh Warfaa, accused "
     "Ethiopia on Saturday of trying to \"carve up Somalia piece by piece\" as Ethiopian troops massed "
     "near the two countries' shared border.\n\n"
     "In a televised address, Warfaa said the lease deal with Somaliland was \"the first step of a larger "
     "plan\" against Somali unity.\n\n"
     "Residents near Dolow reported columns of Ethiopian armour moving along the frontier throughout the "
     "day.\n\n"
     "Warfaa, elected in 2030, has made national unity the central theme of his presidency.\n\n"
     "Somalia's population is about 19 million, and its army remains heavily dependent on foreign training "
     "and funding.\n\n"
     "Addis Ababa made no immediate reply to the president's remarks."),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt",
     "Thousands rally in Mogadishu against Ethiopia port deal\n\n"
     "MOGADISHU, March 13, 2033 (Atlas Bulletin) - Thousands of Somalis marched through Mogadishu on "
     "Sunday to denounce Ethiopia's coastal lease deal with Somaliland, the breakaway northern region, "
     "waving flags and chanting slogans.\n\n"
     "The crowd gathered at Tarabuunka Square before walking to the parliament building, where several "
     "lawmakers addressed them.\n\n"
     "\"Our sea is not for sale,\" read one banner carried by a group of students.\n\n"
     "The rally came as the death toll from Friday's al-Shabaab attack on an African Union base at Janaale "
     "rose to nine, according to the force.\n\n"
     "Ethiopian troop columns remained near the border town of Dolow on Sunday, a day after they were "
     "deployed there.\n\n"
     "Police put the turnout at 15,000; organisers claimed over 50,000.\n\n"
     "Somalis also took to the streets in 2024 during the earlier dispute over a comparable deal."),
    ("2033-03-13_summitpost_au-base-death-toll-rises.txt",
     "Death toll in attack on AU base in Somalia rises to nine\n\n"
     "MOGADISHU, March 13, 2033 (Summit Post) - Nine African Union soldiers were killed in Friday night's "
     "al-Shabaab attack on their base in southern Somalia, the force said on Sunday, more than doubling "
     "its earlier toll.\n\n"
     "Major Kenneth Oduya said five of the wounded had died of their injuries overnight, raising the toll "
     "from the four announced on Saturday.\n\n"
     "The militants hit the Janaale camp with a car bomb at the gate, followed by an assault by dozens of "
     "gunmen.\n\n"
     "In Mogadishu, thousands of people rallied on Sunday against Ethiopia's sea access deal with "
     "Somaliland.\n\n"
     "Uganda has contributed troops to peacekeeping in Somalia since 2007.\n\n"
     "\"Nine families are grieving today because of a war that too many people have stopped paying "
     "attention to,\" said Oduya."),
    ("2033-03-14_lanternwire_ankara-talks-open.txt",
     "Somalia, Ethiopia hold first round of Turkish-brokered talks in Ankara\n\n"
     "ANKARA, March 14, 2033 (Lantern Wire) - Turkey brought the foreign ministers of Somalia and Ethiopia "
     "together in Ankara on Monday to try to defuse a week-long crisis over Ethiopia's coastal deal with "
     "Somaliland.\n\n"
     "Turkish Foreign Minister Selim Karaduman hosted Somalia's Hodan Abdulle Geedi and Ethiopia's Birhanu "
     "Kebede Alemu at a government guesthouse, where the session ran for roughly six hours, Turkish "
     "officials said.\n\n"
     "No agreement was announced, but Karaduman said the ministers would return for more talks on "
     "Wednesday.\n\n"
     "\"Both delegations spoke frankly, and both listened,\" Karaduman told reporters after the "
     "session.\n\n"
     "Somalia expelled Ethiopia's ambassador last Thursday, and Ethiopia moved troops toward the border "
     "two days later.\n\n"
     "Tens of thousands demonstrated in Mogadishu on Sunday against the deal.\n\n"
     "Turkey, which trains Somali troops and runs a large military base in Mogadishu, also has close trade "
     "ties with Ethiopia.\n\n"
     "In 2024, Turkish mediation produced a declaration that eased a similar dispute between the two "
     "neighbours."),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt",
     "African Union, Arab League urge restraint in Somalia-Ethiopia dispute\n\n"
     "ADDIS ABABA, March 14, 2033 (Cordillera Newswire) - The chief of the African Union Commission on "
     "Monday called on Somalia and Ethiopia to exercise restraint and to work out their quarrel over a "
     "coastal lease through talks.\n\n"
     "\"The continent cannot afford another war between neighbours,\" Chairperson Amara Tshibanda said in "
     "a statement issued at the AU's headquarters in the Ethiopian capital.\n\n"
     "Tshibanda urged both governments to avoid troop movements along their common border.\n\n"
     "In Cairo, Arab League Secretary-General Tarek Munir Halawa appealed for calm and asked Ethiopia to "
     "respect the unity and sovereignty of Somalia, a member of the league.\n\n"
     "Meanwhile, Turkey hosted the first round of talks between the Somali and Ethiopian foreign ministers "
     "in Ankara on Monday.\n\n"
     "The dispute erupted on March 7, when Ethiopia signed a memorandum with Somaliland granting it a "
     "50-year lease on part of the coast.\n\n"
     "AU ambassadors sitting on the body's security organ will take up the crisis on Thursday."),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt",
     "Regional bodies call for calm as Somalia-Ethiopia row simmers\n\n"
     "ADDIS ABABA, March 14, 2033 (Red Sea Courier) - The chief of the African Union Commission on Monday "
     "called on Somalia and Ethiopia to exercise restraint and work out their quarrel over a coastal lease "
     "by talking.\n\n"
     "\"The continent cannot afford another war between neighbours,\" Chairperson Amara Tshibanda said in "
     "a statement released at the AU's headquarters in Addis Ababa.\n\n"
     "Tshibanda urged both governments to avoid troop movements along their common border.\n\n"
     "In Cairo, Arab League Secretary-General Tarek Munir Halawa appealed for calm and asked Ethiopia to "
     "respect the unity and sovereignty of Somalia, one of the league's members.\n\n"
     "Turkey hosted the first round of talks between the Somali and Ethiopian foreign ministers in Ankara "
     "on Monday.\n\n"
     "The dispute erupted on March 7, when Ethiopia signed a memorandum with Somaliland granting it a "
     "50-year lease on part of the coast.\n\n"
     "Additional reporting by Cordillera Newswire."),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt",
     "Egypt sends second batch of military aid to Somalia\n\n"
     "MOGADISHU, March 15, 2033 (Baobab Times) - Three Egyptian military planes landed in Mogadishu on "
     "Tuesday with artillery pieces, field radios and mortar rounds for the Somali army, the second such "
     "delivery in less than a week.\n\n"
     "Egypt's military spokesman, Colonel Hisham Fawzy Rashad, said the aircraft had \"completed the "
     "second stage\" of Cairo's support for Somalia, according to a statement.\n\n"
     "The first two planes arrived on Friday with armoured vehicles and ammunition.\n\n"
     "The delivery came a day after Somali and Ethiopian foreign ministers held six hours of talks in "
     "Ankara under Turkish auspices without a breakthrough.\n\n"
     "Ethiopian officials have long regarded Egypt's growing role in Somalia with suspicion.\n\n"
     "Egypt and Somalia signed a defence pact in 2024.\n\n"
     "\"For Cairo, Somalia is another front in the argument over the Nile,\" said Girma Woldesenbet, a "
     "former Ethiopian diplomat."),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "More Egyptian weapons reach Somalia before new Ankara talks\n\n"
     "MOGADISHU, March 15, 2033 (Atlas Bulletin) - A fresh consignment of Egyptian weapons arrived in the "
     "Somali capital on Tuesday, Somali defence officials said.\n\n"
     "Defence Minister Abdiweli Hassan Jimale said the shipment included artillery and communications "
     "equipment.\n\n"
     "On Friday, two Egyptian aircraft had brought armoured cars and ammunition to the same airport.\n\n"
     "The African Union on Monday urged both Somalia and Ethiopia to exercise restraint.\n\n"
     "Arab League chief Tarek Munir Halawa separately asked Ethiopia on Monday to respect Somalia's "
     "territorial integrity.\n\n"
     "The second round of Turkish-hosted talks is scheduled for Wednesday in Ankara."),
    ("2033-03-16_summitpost_somalia-ethiopia-resume-ankara-talks.txt",
     "Somalia, Ethiopia resume talks in Ankara\n\n"
     "ANKARA, March 16, 2033 (Summit Post) - Somali and Ethiopian foreign ministers met for a second round "
     "of Turkish-mediated talks in Ankara on Wednesday as pressure grew on both governments to end a "
     "dispute over Ethiopia's coastal lease with Somaliland.\n\n"
     "Turkish Foreign Minister Selim Karaduman chaired the meeting, which lasted into the evening, Turkish "
     "officials said.\n\n"
     "The ministers first met in the Turkish capital on Monday for about six hours.\n\n"
     "\"There are still wide gaps, but there is also a will to keep talking,\" said a Turkish diplomat "
     "briefing reporters on background.\n\n"
     "Somalia's position is that the memorandum must be cancelled before ties can return to normal.\n\n"
     "Ethiopia says the deal is a lease for commercial and naval purposes and does not amount to "
     "recognising Somaliland.\n\n"
     "Egypt delivered a second batch of weapons to Mogadishu on Tuesday."),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt",
     "Second round of Somalia-Ethiopia talks ends without deal\n\n"
     "ANKARA, March 16, 2033 (Cordillera Newswire) - A second round of talks between Somalia and Ethiopia "
     "in Ankara ended late on Wednesday without a deal, though Turkish officials said the two sides had "
     "narrowed some differences.\n\n"
     "Somalia's Hodan Abdulle Geedi and Ethiopia's Birhanu Kebede Alemu sat across the table from each "
     "other for a second session in three days.\n\n"
     "Geedi told reporters that Somalia's decision to expel Ethiopia's ambassador last Thursday \"stands "
     "until the memorandum is gone\".\n\n"
     "Ethiopian troops remained near the border town of Dolow, where they were sent on Saturday.\n\n"
     "Egypt, which flew a second consignment of arms to Mogadishu on Tuesday, has not commented on the "
     "talks.\n\n"
     "Karaduman said he would invite the ministers back to Ankara after consultations in both "
     "capitals.\n\n"
     "Turkey has invested heavily in Somalia since 2011, building schools, hospitals and the country's "
     "largest military training base."),
    ("2033-03-17_lanternwire_horn-port-row-analysis.txt",
     "ANALYSIS - Ten days on, Horn port row shows no sign of easing\n\n"
     "ADDIS ABABA, March 17, 2033 (Lantern Wire) - Ten days into a dispute over Ethiopia's coastal lease "
     "with Somaliland, neither Addis Ababa nor Mogadishu shows any sign of backing down.\n\n"
     "The latest round of talks in Ankara ended on Wednesday with no agreement.\n\n"
     "Cairo's involvement has added a regional dimension that worries Western diplomats.\n\n"
     "\"Every week this drags on is a gift to al-Shabaab,\" said Fartun Ismail Hersi of the Horn Policy "
     "Forum in Nairobi.\n\n"
     "The attack that killed nine peacekeepers at Janaale last Friday was a reminder of what is at "
     "stake.\n\n"
     "For Ethiopia, analysts say, the lease is about trade as much as prestige, since port fees in "
     "Djibouti weigh on a stretched budget.\n\n"
     "Somalia, for its part, sees any deal with Hargeisa that bypasses Mogadishu as a threat to its "
     "survival as a state."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("SUPPORT",), "2033-03-07",
            "Ethiopia and Somaliland sign the Berbera coastal lease memorandum in Addis Ababa"),
    "A02": (("REJECT",), "2033-03-08", "Somalia's cabinet rejects the memorandum as null and void"),
    "A03": (("SANCTION",), "2033-03-08", "Somalia recalls its ambassador from Addis Ababa"),
    "A04": (("SUPPORT",), "2033-03-09", "Somaliland's president praises Ethiopia in a speech to lawmakers"),
    "A05": (("THREATEN",), "2033-03-09",
            "Somalia's foreign minister threatens to expel Ethiopia's ambassador within 24 hours"),
    "A06": (("SANCTION",), "2033-03-10", "Somalia expels Ethiopia's ambassador"),
    "A07": (("AGREE",), "2033-03-10",
            "Ethiopia promises not to retaliate and to keep its Mogadishu embassy open"),
    "A08": (("AID",), "2033-03-11", "Egypt's first military aid airlift lands in Mogadishu"),
    "A09": (("ASSAULT",), "2033-03-11",
            "al-Shabaab attacks the African Union base at Janaale (4 dead, revised to 9)"),
    "A10": (("MOBILIZE",), "2033-03-12",
            "Ethiopia deploys troops and armour near the Somali border at Dolow"),
    "A11": (("ACCUSE",), "2033-03-12", "Somalia's president accuses Ethiopia of trying to carve up Somalia"),
    "A12": (("PROTEST",), "2033-03-13", "thousands rally in Mogadishu against the port deal"),
    "A13": (("CONSULT",), "2033-03-14", "first round of Somalia-Ethiopia talks hosted by Turkey in Ankara"),
    "A14": (("REQUEST",), "2033-03-14",
            "African Union Commission chair calls on Somalia and Ethiopia for restraint"),
    "A15": (("REQUEST",), "2033-03-14",
            "Arab League secretary-general appeals for calm and asks Ethiopia to respect Somalia"),
    "A16": (("AID",), "2033-03-15", "Egypt's second military aid airlift lands in Mogadishu"),
    "A17": (("CONSULT",), "2033-03-16", "second round of Somalia-Ethiopia talks in Ankara"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-03-07_lanternwire_ethiopia-somaliland-sign-port-memorandum.txt",
     "A01", "signed a memorandum of understanding on Monday"),
    ("2033-03-07_lanternwire_ethiopia-somaliland-sign-port-memorandum.txt", "A01", "put pen to the document"),
    ("2033-03-07_redseacourier_landlocked-ethiopia-inks-sea-deal.txt",
     "A01", "on Monday inked a deal with Somaliland"),
    ("2033-03-07_redseacourier_landlocked-ethiopia-inks-sea-deal.txt",
     "A01", "the agreement signed in Addis Ababa"),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "A02", "cabinet on Tuesday rejected the port memorandum"),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "A03", "recalled its ambassador from Addis Ababa"),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "A02", "read out the decision after an emergency session"),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "A03", "was told to return to Mogadishu within 48 hours"),
    ("2033-03-08_cordillera_somalia-rejects-port-pact-recalls-envoy.txt",
     "A01", "Ethiopia signed the memorandum with Somaliland's leader"),
    ("2033-03-08_atlasbulletin_mogadishu-declares-coast-deal-void.txt",
     "A02", "declared Ethiopia's coastal lease agreement with Somaliland void"),
    ("2033-03-08_atlasbulletin_mogadishu-declares-coast-deal-void.txt",
     "A03", "ordered home its envoy to Ethiopia"),
    ("2033-03-08_atlasbulletin_mogadishu-declares-coast-deal-void.txt",
     "A02", "considers this memorandum to have no legal effect"),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt", "A04", "praised Ethiopia on Wednesday"),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt",
     "A04", "thanked Prime Minister Dawit Alemayehu by name"),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt",
     "A01", "The two leaders signed the memorandum"),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt",
     "A02", "Somalia rejected the deal on Tuesday"),
    ("2033-03-09_summitpost_somaliland-leader-hails-ethiopia.txt",
     "A03", "pulled its ambassador out of Ethiopia"),
    ("2033-03-09_lanternwire_somalia-warns-it-may-expel-envoy.txt",
     "A05", "gave Ethiopia 24 hours to withdraw"),
    ("2033-03-09_lanternwire_somalia-warns-it-may-expel-envoy.txt", "A05", "will have to pack his bags"),
    ("2033-03-09_lanternwire_somalia-warns-it-may-expel-envoy.txt",
     "A02", "the cabinet declared the deal illegal"),
    ("2033-03-09_lanternwire_somalia-warns-it-may-expel-envoy.txt", "A03", "called its own envoy back"),
    ("2033-03-09_baobabtimes_somalia-threatens-ethiopian-envoy.txt",
     "A05", "gave Ethiopia 24 hours to withdraw"),
    ("2033-03-09_baobabtimes_somalia-threatens-ethiopian-envoy.txt", "A05", "will have to pack his bags"),
    ("2033-03-09_baobabtimes_somalia-threatens-ethiopian-envoy.txt",
     "A02", "the cabinet declared the deal illegal"),
    ("2033-03-09_baobabtimes_somalia-threatens-ethiopian-envoy.txt", "A03", "called its own envoy back"),
    ("2033-03-10_cordillera_somalia-expels-ethiopian-ambassador.txt",
     "A06", "Somalia on Thursday expelled Ethiopia's ambassador"),
    ("2033-03-10_cordillera_somalia-expels-ethiopian-ambassador.txt",
     "A06", "the envoy was now persona non grata"),
    ("2033-03-10_cordillera_somalia-expels-ethiopian-ambassador.txt",
     "A05", "had threatened the step on Wednesday"),
    ("2033-03-10_cordillera_somalia-expels-ethiopian-ambassador.txt",
     "A02", "cabinet threw out the pact on Tuesday"),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt", "A07", "Ethiopia promised on Thursday"),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt", "A06", "for expelling its ambassador"),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt",
     "A07", "will not answer this step with a step"),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt",
     "A06", "expelled the envoy earlier on Thursday"),
    ("2033-03-10_redseacourier_ethiopia-pledges-no-retaliation.txt",
     "A05", "a day after threatening to do so"),
    ("2033-03-10_atlasbulletin_ethiopian-envoy-ordered-out.txt",
     "A06", "ordered Ethiopia's top diplomat to leave Somalia"),
    ("2033-03-10_atlasbulletin_ethiopian-envoy-ordered-out.txt",
     "A05", "carrying out a threat made a day earlier"),
    ("2033-03-10_atlasbulletin_ethiopian-envoy-ordered-out.txt",
     "A06", "signing the expulsion order in her office"),
    ("2033-03-10_atlasbulletin_ethiopian-envoy-ordered-out.txt",
     "A03", "had already withdrawn its own ambassador"),
    ("2033-03-11_summitpost_egyptian-cargo-planes-land-mogadishu.txt",
     "A08", "Two Egyptian air force transport planes landed"),
    ("2033-03-11_summitpost_egyptian-cargo-planes-land-mogadishu.txt",
     "A08", "the delivery was \"the first part"),
    ("2033-03-11_summitpost_egyptian-cargo-planes-land-mogadishu.txt", "A08", "The arrival came a day after"),
    ("2033-03-11_summitpost_egyptian-cargo-planes-land-mogadishu.txt",
     "A06", "Somalia expelled Ethiopia's ambassador over"),
    ("2033-03-12_lanternwire_shabaab-raid-au-base-janaale.txt",
     "A09", "militants attacked an African Union base at Janaale"),
    ("2033-03-12_lanternwire_shabaab-raid-au-base-janaale.txt", "A09", "detonated a car bomb at the gate"),
    ("2033-03-12_lanternwire_shabaab-raid-au-base-janaale.txt", "A09", "its fighters had killed \"dozens\""),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt",
     "A10", "Ethiopia deployed armoured units"),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt",
     "A10", "convoys of tanks and troop carriers"),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt",
     "A10", "the movements were \"routine repositioning\""),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt", "A10", "The deployment came days into"),
    ("2033-03-12_cordillera_ethiopian-troops-move-toward-border.txt",
     "A08", "Egyptian weapons arrived in Mogadishu on Friday"),
    ("2033-03-12_baobabtimes_four-peacekeepers-killed-janaale.txt",
     "A09", "al-Shabaab fighters overran part of a base"),
    ("2033-03-12_baobabtimes_four-peacekeepers-killed-janaale.txt", "A09", "The assault on the Janaale base"),
    ("2033-03-12_baobabtimes_four-peacekeepers-killed-janaale.txt",
     "A08", "had delivered armoured vehicles and ammunition"),
    ("2033-03-12_baobabtimes_four-peacekeepers-killed-janaale.txt",
     "A08", "Friday's consignment was the first"),
    ("2033-03-12_redseacourier_somali-president-accuses-ethiopia.txt", "A11", "accused Ethiopia on Saturday"),
    ("2033-03-12_redseacourier_somali-president-accuses-ethiopia.txt", "A10", "Ethiopian troops massed near"),
    ("2033-03-12_redseacourier_somali-president-accuses-ethiopia.txt",
     "A11", "\"the first step of a larger plan\""),
    ("2033-03-12_redseacourier_somali-president-accuses-ethiopia.txt",
     "A10", "columns of Ethiopian armour moving"),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt",
     "A12", "marched through Mogadishu on Sunday"),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt",
     "A12", "The crowd gathered at Tarabuunka Square"),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt", "A12", "The rally came as the death toll"),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt",
     "A09", "Friday's al-Shabaab attack on an African Union base"),
    ("2033-03-13_atlasbulletin_thousands-rally-in-mogadishu.txt",
     "A10", "a day after they were deployed there"),
    ("2033-03-13_summitpost_au-base-death-toll-rises.txt", "A09", "Nine African Union soldiers were killed"),
    ("2033-03-13_summitpost_au-base-death-toll-rises.txt", "A09", "hit the Janaale camp with a car bomb"),
    ("2033-03-13_summitpost_au-base-death-toll-rises.txt", "A12", "thousands of people rallied on Sunday"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt", "A13", "Turkey brought the foreign ministers"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt", "A13", "Karaduman hosted Somalia's Hodan Abdulle Geedi"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt", "A13", "Both delegations spoke frankly"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt",
     "A06", "Somalia expelled Ethiopia's ambassador last Thursday"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt", "A10", "Ethiopia moved troops toward the border"),
    ("2033-03-14_lanternwire_ankara-talks-open.txt", "A12", "Tens of thousands demonstrated in Mogadishu"),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt",
     "A14", "called on Somalia and Ethiopia to exercise"),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt",
     "A14", "urged both governments to avoid troop movements"),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt", "A15", "Halawa appealed for calm"),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt",
     "A13", "Turkey hosted the first round of talks"),
    ("2033-03-14_cordillera_au-arab-league-urge-restraint.txt",
     "A01", "Ethiopia signed a memorandum with Somaliland granting"),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt",
     "A14", "called on Somalia and Ethiopia to exercise"),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt",
     "A14", "urged both governments to avoid troop movements"),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt", "A15", "Halawa appealed for calm"),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt",
     "A13", "Turkey hosted the first round of talks"),
    ("2033-03-14_redseacourier_regional-bodies-call-for-calm.txt",
     "A01", "Ethiopia signed a memorandum with Somaliland granting"),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt",
     "A16", "Three Egyptian military planes landed in Mogadishu"),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt", "A16", "\"completed the second stage\""),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt",
     "A08", "The first two planes arrived on Friday"),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt", "A16", "The delivery came a day after"),
    ("2033-03-15_baobabtimes_egypt-sends-second-arms-batch.txt", "A13", "held six hours of talks in Ankara"),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "A16", "A fresh consignment of Egyptian weapons arrived"),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "A16", "the shipment included artillery"),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "A08", "two Egyptian aircraft had brought armoured cars"),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "A14", "The African Union on Monday urged"),
    ("2033-03-15_atlasbulletin_more-egyptian-weapons-reach-somalia.txt",
     "A15", "separately asked Ethiopia on Monday"),
    ("2033-03-16_summitpost_somalia-ethiopia-resume-ankara-talks.txt",
     "A17", "met for a second round of Turkish-mediated talks"),
    ("2033-03-16_summitpost_somalia-ethiopia-resume-ankara-talks.txt",
     "A17", "Karaduman chaired the meeting"),
    ("2033-03-16_summitpost_somalia-ethiopia-resume-ankara-talks.txt",
     "A13", "The ministers first met in the Turkish capital"),
    ("2033-03-16_summitpost_somalia-ethiopia-resume-ankara-talks.txt",
     "A16", "Egypt delivered a second batch of weapons"),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt",
     "A17", "ended late on Wednesday without a deal"),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt",
     "A17", "sat across the table from each other"),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt",
     "A06", "decision to expel Ethiopia's ambassador last Thursday"),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt", "A10", "where they were sent on Saturday"),
    ("2033-03-16_cordillera_second-round-ends-without-deal.txt", "A16", "flew a second consignment of arms"),
    ("2033-03-17_lanternwire_horn-port-row-analysis.txt", "A17", "The latest round of talks in Ankara"),
    ("2033-03-17_lanternwire_horn-port-row-analysis.txt", "A09", "The attack that killed nine peacekeepers"),
]

FLOORS = {"pairwise_f1": 0.84, "b3_f1": 0.88, "reports_found": 0.67}


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
