"""The twenty-seventh blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a ten-day standoff in the Persian Gulf in September 2034. Iran's Revolutionary Guards navy seizes
the Greek-flagged tanker Kalliope Star in the Strait of Hormuz on a Sunday; Greece summons Iran's ambassador
and its prime minister and foreign minister each demand the crew's release the next day; Oman offers to
mediate; Iran rejects the Greek demands; the US orders a destroyer into the strait; drones hit two different
tankers off the UAE coast three days apart (one sailor dead, then two, in the first); the EU foreign policy
chief warns of sanctions on Guards commanders and the EU imposes them five days later; Gulf Arab states and
Iran hold talks in Muscat on a Wednesday and again on the Sunday; the Guards' naval commander threatens to
close the strait; Oman's foreign minister meets his Iranian counterpart in Tehran; Iran frees nine of the 23
crew, for which the Greek foreign minister thanks Oman; contract workers strike at the Abadan refinery.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates lie in the future. One document is a verbatim syndicated copy of another
(credit line changed, a "This report was originally published by" credit line added) and one is a lightly
edited copy.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the CAMEO2PLOVER codebook gives
(summoning an ambassador is an ACCUSE; freeing detained sailors is a RETREAT); its date is the day it
happened. REPORTS lists every body sentence (headlines are not reports) that reports an act that happened,
background recaps in later reports and quotes that tell the act included, with a verbatim cue found once in
its file. Not listed: planned, promised-but-not-done, threatened-but-not-done, hypothetical or denied acts
(the threat, the offer, the demand and the rejection themselves are acts; the closure of the strait never
happens), acts more than a year before, tallies and figures, opinions. No sentence reports two acts of the
same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the ninth 2026-12-01 session): run
with `figures` once at its start, on its starting code (c2d4552), and once at its end, on its final code
(0d30f2e): **pairwise F1 0.820** (precision 0.950, recall 0.722), B-cubed F1 0.869, reports found 0.722, on
both.
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
    ("2034-09-03_crescentwire_iran-seizes-greek-tanker.txt",
     "Iran's Revolutionary Guards take Greek-flagged tanker in Strait of Hormuz\n\n"
     "DUBAI, September 3, 2034 (Crescent Wire) - Iran's Revolutionary Guards navy seized a "
     "Greek-registered crude carrier while it was crossing the Hormuz strait on Sunday, boarding the "
     "vessel from speedboats and steering it toward the Iranian coast, the ship's operator said.\n\n"
     "The Kalliope Star, loaded with about two million barrels of Iraqi crude bound for Rotterdam, "
     "stopped answering its Athens-based manager, Thalassa Maritime, shortly after 11 a.m. local time.\n\n"
     "Iranian state television aired footage of masked commandos rappelling onto the deck from a "
     "helicopter and said the ship had been brought to Bandar Abbas.\n\n"
     "The tanker carries a crew of 23, among them Greek officers and Filipino and Indian ratings, "
     "Thalassa Maritime said in a statement. \"We have no word yet on the condition of our seafarers "
     "and are in touch with the relevant authorities,\" the company said.\n\n"
     "Close to a fifth of the oil shipped by sea worldwide moves through the strait, which narrows to "
     "about 33 kilometres between Iran and Oman's Musandam peninsula. Brent crude futures jumped more "
     "than 3 percent in late trading."),
    ("2034-09-03_tidewater_tanker-boarded-hormuz.txt",
     "Owner says Iranian forces boarded Greek tanker near Hormuz\n\n"
     "ATHENS, September 3, 2034 (Tidewater Report) - Iranian naval forces boarded and commandeered the "
     "Greek tanker Kalliope Star as it sailed through the Strait of Hormuz on Sunday, its owner said, "
     "in the gravest incident in Gulf waters for several years.\n\n"
     "Thalassa Maritime said the ship's tracking transponder fell silent near the island of Larak "
     "before the vessel showed up again heading north into Iranian waters.\n\n"
     "Video circulated by Iranian news agencies showed a helicopter hovering over the tanker while "
     "armed men took control of the bridge.\n\n"
     "A Greek shipping ministry spokeswoman said officials were trying to establish the condition of "
     "the crew. \"They came over the side in under ten minutes,\" a Thalassa Maritime official said, "
     "citing the captain's last call to the office. Greek owners control roughly 20 percent of global "
     "tanker capacity by some industry estimates.\n\n"
     "\"Every owner with a ship east of Suez is now asking whether they are next,\" said Nikos Drakos, "
     "a shipbroker in Piraeus."),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt",
     "Greece summons Iranian ambassador, demands release of seized tanker\n\n"
     "ATHENS, September 4, 2034 (Lantern News Service) - Greece on Monday summoned Iran's ambassador "
     "to protest against the seizure of a Greek-flagged tanker near Hormuz, the foreign ministry in "
     "Athens said.\n\n"
     "Ambassador Mehdi Sadeghpour was summoned to the ministry's offices on Vasilissis Sofias Avenue "
     "and handed a written protest, an official said.\n\n"
     "Prime Minister Stavros Lendakis demanded that Iran let the Kalliope Star and its crew go at "
     "once, speaking in a televised address on Monday morning.\n\n"
     "Speaking to reporters in Athens later in the day, Foreign Minister Irini Papathoma separately "
     "called on Tehran to let the seafarers go home. \"These are merchant sailors, and their families "
     "are waiting for them,\" Papathoma said.\n\n"
     "Iran has given no reason for Sunday's boarding, which took place as the tanker was leaving the "
     "Gulf with a cargo of Iraqi crude. Ship-tracking data show the Kalliope Star anchored off Bandar "
     "Abbas.\n\n"
     "Greece, the European Union's biggest shipping nation, has close commercial ties with several "
     "Gulf Arab states."),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt",
     "Greece summons Iranian ambassador, demands release of seized tanker\n\n"
     "ATHENS, September 4, 2034 (Bluewater Herald) - Greece on Monday summoned Iran's ambassador to "
     "protest against the seizure of a Greek-flagged tanker near Hormuz, the foreign ministry in "
     "Athens said.\n\n"
     "Ambassador Mehdi Sadeghpour was summoned to the ministry's offices on Vasilissis Sofias Avenue "
     "and handed a written protest, an official said.\n\n"
     "Prime Minister Stavros Lendakis demanded that Iran let the Kalliope Star and its crew go at "
     "once, speaking in a televised address on Monday morning.\n\n"
     "Speaking to reporters in Athens later in the day, Foreign Minister Irini Papathoma separately "
     "called on Tehran to let the seafarers go home. \"These are merchant sailors, and their families "
     "are waiting for them,\" Papathoma said.\n\n"
     "Iran has given no reason for Sunday's boarding, which took place as the tanker was leaving the "
     "Gulf with a cargo of Iraqi crude. Ship-tracking data show the Kalliope Star anchored off Bandar "
     "Abbas.\n\n"
     "Greece, the European Union's biggest shipping nation, has close commercial ties with several "
     "Gulf Arab states.\n\n"
     "This report was originally published by Lantern News Service."),
    ("2034-09-04_summit_oman-offers-mediation.txt",
     "Oman offers to mediate as Gulf tanker crisis deepens\n\n"
     "MUSCAT, September 4, 2034 (Summit Newswire) - Oman offered on Monday to mediate between Iran and "
     "Greece over the tanker Iran's navy captured a day earlier, saying it was ready to host talks to "
     "defuse the standoff.\n\n"
     "Foreign Minister Sayyid Hamad al-Harthy, in a written statement, said the sultanate \"stands "
     "ready to use its good offices\" to keep the waterway open to all.\n\n"
     "Muscat has long served as a discreet channel between Tehran and Western capitals, including "
     "during the nuclear negotiations of 2013.\n\n"
     "In Athens, the Greek foreign ministry summoned Iran's envoy to lodge a protest, while the prime "
     "minister called for the crew to be freed.\n\n"
     "Oil prices extended their gains, with Brent trading near $94 a barrel by midday in London.\n\n"
     "\"The strait is the jugular of the Gulf economies, and nobody here wants it squeezed,\" said "
     "Salim al-Kindi, a political scientist at Sultan Qaboos University."),
    ("2034-09-05_kestrel_drone-strikes-tanker-fujairah.txt",
     "Drone strike on tanker off Fujairah kills sailor\n\n"
     "FUJAIRAH, September 5, 2034 (Kestrel Agency) - A drone slammed into a Liberian-flagged tanker "
     "off the Emirati port of Fujairah early on Tuesday, killing one crew member and setting a fire on "
     "deck, the ship's manager said.\n\n"
     "Haldane Tanker Management said the Sable Horizon was lying at anchor waiting to load fuel oil "
     "when it was struck at about 4 a.m. Two other sailors were taken to hospital in Fujairah with "
     "burns. The fire was under control within about two hours, the company said.\n\n"
     "No one claimed responsibility for the attack, which came two days after Iran's Revolutionary "
     "Guards took control of the Greek tanker Kalliope Star in the Strait of Hormuz.\n\n"
     "Fujairah ranks among the busiest ship-refuelling hubs anywhere, and traders said fuel deliveries "
     "at the anchorage were briefly suspended.\n\n"
     "\"Ships at anchor are sitting ducks, and a cheap drone is all it takes,\" said Tessa Rayburn, a "
     "maritime risk analyst at Ashgrove Consulting in London."),
    ("2034-09-05_tidewater_us-sends-destroyer.txt",
     "US orders destroyer to Strait of Hormuz after tanker seizure\n\n"
     "WASHINGTON, September 5, 2034 (Tidewater Report) - The United States ordered a guided-missile "
     "destroyer into the Strait of Hormuz on Tuesday, the Pentagon said, two days after Iran's navy "
     "seized a Greek-flagged tanker there.\n\n"
     "The USS Everett Kane, which had been operating in the Arabian Sea, was sailing north toward the "
     "waterway on Tuesday evening, spokesman Colonel Dana Whitcombe told reporters. Whitcombe said the "
     "aim was to reassure commercial shipping.\n\n"
     "The deployment came hours after a drone hit a tanker at anchor off the Emirati port of Fujairah, "
     "killing a sailor.\n\n"
     "The Navy's Fifth Fleet, headquartered in Bahrain, keeps several warships in the region at any "
     "one time. \"Commercial traffic through Hormuz is a shared interest of every trading nation,\" a "
     "senior administration official said on condition of anonymity."),
    ("2034-09-05_summit_tehran-rejects-calls.txt",
     "Iran rebuffs Greek demand to release tanker\n\n"
     "TEHRAN, September 5, 2034 (Summit Newswire) - Iran on Tuesday rejected Greek demands to free the "
     "tanker Kalliope Star, saying the ship would stay in Bandar Abbas until a judicial review was "
     "complete.\n\n"
     "Foreign ministry spokesman Reza Kordestani dismissed the Greek calls at a weekly news "
     "conference, describing the matter as \"purely legal\".\n\n"
     "On Monday Prime Minister Stavros Lendakis had insisted the sailors be freed without delay, and "
     "Greece summoned Iran's ambassador in Athens. Foreign Minister Irini Papathoma made a similar "
     "appeal in Athens later the same day.\n\n"
     "Kordestani did not say which rule the tanker was alleged to have broken. He declined to comment "
     "on the drone strike off Fujairah earlier on Tuesday.\n\n"
     "Iranian media have described the crew of the Kalliope Star as \"guests\" who may phone their "
     "families. Iran's economy has struggled under years of Western sanctions, with the rial losing "
     "about a third of its value since 2031."),
    ("2034-09-06_lantern_drone-toll-rises.txt",
     "Toll from Fujairah tanker attack rises to two as second sailor dies\n\n"
     "DUBAI, September 6, 2034 (Lantern News Service) - A second sailor has died after Tuesday's drone "
     "attack on the Sable Horizon off Fujairah, bringing the death toll to two, the tanker's manager "
     "said on Wednesday.\n\n"
     "The seafarer, a 41-year-old from the Philippines, suffered severe burns when the drone struck "
     "the vessel's superstructure, Haldane Tanker Management said.\n\n"
     "Emirati investigators were examining debris recovered from the deck, but no findings have been "
     "published.\n\n"
     "The US destroyer USS Everett Kane, which the Pentagon dispatched on Tuesday, has not yet reached "
     "the strait, a US defence official said.\n\n"
     "Iran's Revolutionary Guards have held the Greek tanker Kalliope Star since boarding it in Hormuz "
     "on Sunday. War-risk insurance premiums for Gulf voyages have roughly tripled since the weekend, "
     "brokers in London said. \"The market has gone from nervous to frightened in three days,\" one "
     "broker said."),
    ("2034-09-06_crescentwire_muscat-talks-open.txt",
     "Gulf states and Iran hold talks in Muscat on tanker crisis\n\n"
     "MUSCAT, September 6, 2034 (Crescent Wire) - Senior Saudi, Emirati and Qatari officials met "
     "Iranian envoys in the Omani capital on Wednesday, seeking to cool tempers after four days of "
     "incidents at sea.\n\n"
     "The talks, hosted by Oman's foreign ministry at a government guesthouse, lasted about six hours, "
     "a European envoy debriefed by participants said. Iran's delegation was led by Deputy Foreign "
     "Minister Alireza Bahrami.\n\n"
     "Oman offered on Monday to broker contacts, a day after Iran's Revolutionary Guards seized the "
     "Greek tanker Kalliope Star.\n\n"
     "Gulf Arab states and Iran restored diplomatic ties in 2023 after years of rupture, but mistrust "
     "runs deep.\n\n"
     "\"Nobody expects a breakthrough in one afternoon, but the fact they are in the same room "
     "matters,\" the envoy said. A further round has been pencilled in for the weekend, the envoy "
     "added."),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt",
     "Saudi, Emirati and Qatari officials meet Iranians in Oman\n\n"
     "MUSCAT, September 6, 2034 (Kestrel Agency) - Top Saudi, Emirati and Qatari officials met Iranian "
     "envoys in the Omani capital on Wednesday, seeking to cool tempers after four days of incidents "
     "at sea.\n\n"
     "The talks, hosted by Oman's foreign ministry at a government guesthouse, lasted around six "
     "hours, a European envoy debriefed by participants said. Iran's delegation was led by Deputy "
     "Foreign Minister Alireza Bahrami.\n\n"
     "Oman offered on Monday to broker contacts, a day after Iran's Revolutionary Guards seized the "
     "Greek tanker Kalliope Star.\n\n"
     "Gulf Arab states and Iran restored diplomatic ties in 2023 after years of rupture, but mistrust "
     "runs deep. A further round has been pencilled in for the weekend, the envoy said."),
    ("2034-09-06_bluewater_eu-warns-sanctions.txt",
     "EU warns Iran of sanctions over seized Greek tanker\n\n"
     "BRUSSELS, September 6, 2034 (Bluewater Herald) - The head of EU foreign policy warned Iran on "
     "Wednesday that the bloc would slap sanctions on Revolutionary Guards commanders unless the "
     "Greek-flagged tanker Kalliope Star and its crew were released.\n\n"
     "High Representative Marta Lindqvist said member states had already begun drawing up a list of "
     "names. \"If the ship is not freed, there will be consequences, and they will fall on those "
     "responsible,\" she said.\n\n"
     "Guards naval units took the Kalliope Star near Hormuz on Sunday, and it now lies at anchor off "
     "Bandar Abbas. Athens summoned Iran's ambassador on Monday in protest.\n\n"
     "Any sanctions would need the unanimous backing of the bloc's 27 members. The EU already "
     "maintains asset freezes on dozens of Iranian individuals and entities over human rights abuses "
     "and weapons programmes."),
    ("2034-09-07_summit_iran-threatens-close-strait.txt",
     "Iran's Guards threaten to shut Hormuz if pressure grows\n\n"
     "TEHRAN, September 7, 2034 (Summit Newswire) - The commander of Iran's Revolutionary Guards navy "
     "threatened on Thursday to bar all shipping from the Strait of Hormuz if Western powers "
     "\"continue their provocations\", state media reported.\n\n"
     "Rear Admiral Hossein Farahmand made the remarks in a speech to naval cadets in Bandar Abbas. "
     "\"The Strait of Hormuz will be open for everyone or for no one,\" Farahmand said.\n\n"
     "On Wednesday the European Union warned that it could sanction Guards commanders over the tanker. "
     "The United States has since sent the destroyer USS Everett Kane to the area.\n\n"
     "Iran has threatened to close the strait several times over the past two decades but has never "
     "done so. A closure would disrupt about a fifth of global oil supply and much of Qatar's gas "
     "exports."),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt",
     "Iran warns it could shut Hormuz as Gulf diplomacy stalls\n\n"
     "DUBAI, September 7, 2034 (Tidewater Report) - A senior Iranian naval commander warned on "
     "Thursday that Tehran could block the Strait of Hormuz, a day after Gulf Arab and Iranian "
     "officials held their first talks on the crisis in Muscat.\n\n"
     "Rear Admiral Hossein Farahmand, who heads the Revolutionary Guards' naval arm, said Iran would "
     "not \"stand idle\" while foreign warships gathered near its coast.\n\n"
     "Two sailors have now died after Tuesday's drone strike on the tanker Sable Horizon near "
     "Fujairah, its manager said. Wednesday's meeting in the Omani capital ended without a public "
     "statement. Washington ordered a destroyer toward the strait on Tuesday.\n\n"
     "\"Rhetoric like this is aimed as much at a domestic audience as at the ships offshore,\" said "
     "Parisa Zand, an Iran analyst at a Geneva research institute. The strait links the Gulf with the "
     "Gulf of Oman and the Arabian Sea beyond."),
    ("2034-09-08_crescentwire_second-tanker-hit.txt",
     "Second tanker hit by drone off UAE coast in four days\n\n"
     "KHOR FAKKAN, September 8, 2034 (Crescent Wire) - A drone struck a Panama-flagged tanker off the "
     "Emirati port of Khor Fakkan on Friday, starting a fire but causing no casualties, the second "
     "such attack on shipping in the area this week.\n\n"
     "The Tamsin Voyager, owned by a Singapore company and carrying naphtha, was hit near the "
     "waterline late on Friday morning, the UAE's maritime authority said. Its 21 crew members were "
     "unhurt, and the vessel sailed under its own power to an anchorage further from shore.\n\n"
     "On Tuesday, a drone attack on the Liberian-flagged Sable Horizon off Fujairah, about 70 "
     "kilometres to the south, killed two sailors.\n\n"
     "The strike on the Tamsin Voyager occurred a day after the commander of Iran's Revolutionary "
     "Guards navy threatened to shut the waterway to traffic. Iranian commandos took over the Greek "
     "tanker Kalliope Star in the strait last Sunday.\n\n"
     "Tracking services counted at least 12 tankers idling outside the strait on Friday evening as "
     "owners weighed the risks."),
    ("2034-09-08_bluewater_oman-minister-tehran.txt",
     "Oman's foreign minister flies to Tehran in push to end tanker standoff\n\n"
     "TEHRAN, September 8, 2034 (Bluewater Herald) - Oman's foreign minister conferred with his "
     "Iranian counterpart in Tehran on Friday, pressing ahead with mediation aimed at freeing the crew "
     "of the Greek tanker held since Sunday.\n\n"
     "Sayyid Hamad al-Harthy and Foreign Minister Mohsen Ghaffari met for nearly three hours at the "
     "foreign ministry, Iranian state media said. Neither minister spoke to reporters afterwards.\n\n"
     "The visit came hours after a drone hit a second tanker off the UAE coast, and a day after Iran's "
     "Revolutionary Guards warned they could shut the Strait of Hormuz.\n\n"
     "Oman hosted a meeting between Gulf Arab and Iranian officials in Muscat on Wednesday, and "
     "diplomats said a second round was planned for Sunday.\n\n"
     "\"Oman talks to everyone, and that is exactly why both sides pick up when Muscat calls,\" said a "
     "Gulf diplomat in Tehran."),
    ("2034-09-09_lantern_abadan-refinery-strike.txt",
     "Workers at Iran's Abadan refinery walk out over unpaid wages\n\n"
     "TEHRAN, September 9, 2034 (Lantern News Service) - Hundreds of contract workers at Iran's Abadan "
     "oil refinery went on strike on Saturday over months of unpaid wages, according to labour "
     "activists and videos posted online.\n\n"
     "Footage showed workers in blue overalls gathered outside the refinery's main gate, some holding "
     "banners reading \"Our wages, not slogans\".\n\n"
     "The Abadan plant, among the oldest in the Middle East, can process about 500,000 barrels a day.\n\n"
     "The stoppage comes as Iran faces mounting foreign pressure over its seizure of a Greek tanker "
     "last Sunday. Earlier on Saturday, Iran freed nine crew members from the Kalliope Star, state "
     "media said.\n\n"
     "\"Workers are paying for this crisis twice, once at the market and once on payday,\" said a "
     "labour activist in Ahvaz, who would not give his name. Walkouts spread to more than 100 oil and "
     "gas sites in 2021."),
    ("2034-09-09_kestrel_iran-frees-crew.txt",
     "Iran frees nine crew of seized Greek tanker after Omani mediation\n\n"
     "ATHENS, September 9, 2034 (Kestrel Agency) - Iran released nine of the Greek-flagged tanker "
     "Kalliope Star's 23 crew on Saturday, Greek officials said, following mediation by Oman.\n\n"
     "The nine sailors, all from the Philippines, left Bandar Abbas on Saturday afternoon; they are "
     "due in Manila on Sunday.\n\n"
     "Foreign Minister Irini Papathoma, who on Monday urged Iran to let the sailors go, thanked Oman "
     "for its \"patient and discreet work\" in a statement.\n\n"
     "The remaining 14 crew members, including the Greek captain, are still aboard the ship off Bandar "
     "Abbas.\n\n"
     "Iran seized the tanker in Hormuz last Sunday and has not said when the ship will be freed. "
     "Iranian state media described the release as a \"humanitarian gesture\".\n\n"
     "Oman's foreign minister travelled to Tehran on Friday for talks with Iranian officials."),
    ("2034-09-09_summit_nine-sailors-released.txt",
     "Iran lets nine sailors go from detained tanker; Greek captain still held\n\n"
     "DUBAI, September 9, 2034 (Summit Newswire) - Iran freed nine Filipino crew members of the Greek "
     "tanker Kalliope Star on Saturday, Iranian state media reported, leaving 14 seafarers including "
     "the Greek captain on board.\n\n"
     "The sailors were handed over to Omani diplomats at the port, state television said, showing the "
     "men walking down a gangway carrying small bags.\n\n"
     "The release followed a visit to Tehran on Friday by Oman's foreign minister, Sayyid Hamad "
     "al-Harthy. A day earlier, a drone set a second tanker, the Panama-flagged Tamsin Voyager, on "
     "fire off Khor Fakkan.\n\n"
     "\"Letting the crew go in instalments allows Tehran to keep its leverage while looking "
     "reasonable,\" said Tessa Rayburn of Ashgrove Consulting. Gulf Arab and Iranian officials are due "
     "to meet again in Muscat on Sunday."),
    ("2034-09-10_crescentwire_second-round-muscat.txt",
     "Gulf-Iran talks resume in Muscat as crew release raises hopes\n\n"
     "MUSCAT, September 10, 2034 (Crescent Wire) - Gulf Arab and Iranian officials sat down again in "
     "Muscat on Sunday for another session, a day after Iran freed part of the crew of the Greek "
     "tanker Kalliope Star.\n\n"
     "The first round, held on Wednesday, ended without a public statement. Sunday's session was again "
     "hosted by Oman and attended by deputy foreign ministers from Saudi Arabia, the UAE and Qatar, "
     "according to two diplomats.\n\n"
     "Iran's Deputy Foreign Minister Alireza Bahrami told state television before the meeting that he "
     "was \"cautiously hopeful\".\n\n"
     "The nine Filipino sailors freed on Saturday arrived in Manila early on Sunday. Oman's foreign "
     "minister had flown to Tehran on Friday to meet Iran's foreign minister. Fourteen crew members, "
     "among them the Greek captain, remain on the Kalliope Star off Bandar Abbas."),
    ("2034-09-10_tidewater_talks-resume.txt",
     "Saudi, Emirati and Qatari envoys meet Iranians again in Oman\n\n"
     "RIYADH, September 10, 2034 (Tidewater Report) - Envoys from Saudi Arabia, the UAE and Qatar held "
     "a fresh round of negotiations with Iran in Oman on Sunday, the Saudi foreign ministry said.\n\n"
     "The ministry gave no details beyond describing the discussions as \"frank and constructive\". "
     "Riyadh's delegation was headed by Deputy Foreign Minister Faisal al-Otaibi.\n\n"
     "An earlier session took place in Muscat on Wednesday. On Saturday Iran let nine crew members of "
     "the Greek tanker Kalliope Star leave the country.\n\n"
     "The Kalliope Star was seized by Revolutionary Guards commandos a week ago as it left the Gulf "
     "loaded with Iraqi crude.\n\n"
     "\"The Saudis want calm above everything because calm is what their economic plans need,\" said a "
     "Riyadh-based Western diplomat."),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt",
     "EU sanctions six Revolutionary Guards commanders over tanker seizure\n\n"
     "BRUSSELS, September 11, 2034 (Bluewater Herald) - European Union foreign ministers imposed "
     "sanctions on six commanders of Iran's Revolutionary Guards on Monday over the seizure of the "
     "Greek tanker Kalliope Star, freezing their assets and barring them from travel to the bloc.\n\n"
     "Among those listed was Rear Admiral Hossein Farahmand, the Guards' naval commander, who last "
     "week threatened to choke off the strait.\n\n"
     "Marta Lindqvist, the EU foreign policy chief, had warned Iran on Wednesday that such measures "
     "would follow unless the ship was freed. Iran released nine of the ship's 23 crew on Saturday, "
     "but the vessel and 14 sailors remain in Bandar Abbas.\n\n"
     "\"Sanctions on individual commanders are mostly symbolic, since few of them hold assets in "
     "Europe,\" said Johan Rask, a sanctions lawyer in Brussels.\n\n"
     "The EU has listed more than 200 Iranian individuals and entities since 2011 over rights abuses "
     "and weapons programmes."),
    ("2034-09-11_summit_eu-blacklists-commanders.txt",
     "EU blacklists Iranian naval chiefs as Hormuz standoff enters second week\n\n"
     "BRUSSELS, September 11, 2034 (Summit Newswire) - The European Union on Monday added six senior "
     "Revolutionary Guards officers to its sanctions list, including the commander who threatened last "
     "Thursday to block Hormuz.\n\n"
     "The measures, agreed by foreign ministers, take effect immediately and bar the officers from "
     "entering EU territory.\n\n"
     "The sanctions follow Iran's seizure of a Greek-flagged tanker eight days ago in the strait. Nine "
     "crew members were freed on Saturday and have returned to the Philippines. Brussels first warned "
     "Tehran of the step last Wednesday.\n\n"
     "Separately, a tanker hit by a drone off Khor Fakkan on Friday was towed to Dubai for repairs, "
     "its Singapore-based owner said.\n\n"
     "Traffic through Hormuz on Monday was about 15 percent below its average for the month, according "
     "to tracking data."),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt",
     "Nine days in Hormuz: how a tanker seizure rattled the Gulf\n\n"
     "DUBAI, September 12, 2034 (Kestrel Agency) - Nine days after Iran's Revolutionary Guards "
     "captured a Greek tanker at the mouth of the Gulf, 14 of its sailors remain in Iranian hands and "
     "shipping through the Strait of Hormuz has yet to recover.\n\n"
     "The crisis has since drawn in Washington, which sent the destroyer USS Everett Kane to the "
     "strait on September 5, and the European Union, which on Monday blacklisted six Guards commanders.\n\n"
     "The first drone strike, on the Sable Horizon off Fujairah on September 5, killed two seafarers. "
     "Three days later a second drone hit the Tamsin Voyager near Khor Fakkan without causing injuries.\n\n"
     "Oman has emerged as the main broker. Its foreign minister's visit to Tehran on September 8 "
     "preceded the release of nine Filipino crew members the next day. The second Muscat round, on "
     "Sunday, ran late into the evening.\n\n"
     "Diplomats say a third round of talks in Muscat is possible this week. \"What we have seen is a "
     "calibrated campaign of pressure, and calibration can fail,\" said Parisa Zand, the Geneva-based "
     "analyst.\n\n"
     "Brent crude is trading about 8 percent above its level on September 1."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2034-09-03",
            "Iran's Revolutionary Guards navy seizes the Greek tanker Kalliope Star"),
    "A02": (("ACCUSE",), "2034-09-04", "Greece summons Iran's ambassador in Athens over the seizure"),
    "A03": (("REQUEST",), "2034-09-04", "Greek PM Lendakis demands release of the tanker and crew"),
    "A04": (("REQUEST",), "2034-09-04", "Greek FM Papathoma separately calls on Iran to free the crew"),
    "A05": (("AGREE",), "2034-09-04", "Oman offers to mediate and host talks"),
    "A06": (("MOBILIZE",), "2034-09-05", "US orders destroyer USS Everett Kane into the Strait of Hormuz"),
    "A07": (("ASSAULT",), "2034-09-05", "drone hits tanker Sable Horizon off Fujairah, one then two dead"),
    "A08": (("THREATEN",), "2034-09-06",
            "EU foreign policy chief warns Iran of sanctions on IRGC commanders"),
    "A09": (("CONSULT",), "2034-09-06", "first round of Gulf states-Iran talks in Muscat"),
    "A10": (("THREATEN",), "2034-09-07", "IRGC navy commander Farahmand threatens to close the strait"),
    "A11": (("REJECT",), "2034-09-05", "Iran rejects Greek demands to free the tanker"),
    "A12": (("ASSAULT",), "2034-09-08", "drone hits tanker Tamsin Voyager off Khor Fakkan"),
    "A13": (("PROTEST",), "2034-09-09", "contract workers strike at the Abadan refinery over unpaid wages"),
    "A14": (("CONSULT",), "2034-09-08", "Omani FM al-Harthy meets Iranian FM Ghaffari in Tehran"),
    "A15": (("RETREAT",), "2034-09-09", "Iran frees nine Filipino crew of the Kalliope Star"),
    "A16": (("SUPPORT",), "2034-09-09", "Greek FM Papathoma thanks Oman for its mediation"),
    "A17": (("CONSULT",), "2034-09-10", "second round of Gulf states-Iran talks in Muscat"),
    "A18": (("SANCTION",), "2034-09-11", "EU sanctions six IRGC commanders"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-09-03_crescentwire_iran-seizes-greek-tanker.txt", "A01",
     "seized a Greek-registered crude carrier"),
    ("2034-09-03_crescentwire_iran-seizes-greek-tanker.txt", "A01",
     "masked commandos rappelling onto the deck"),
    ("2034-09-03_tidewater_tanker-boarded-hormuz.txt", "A01", "boarded and commandeered the Greek tanker"),
    ("2034-09-03_tidewater_tanker-boarded-hormuz.txt", "A01", "armed men took control of the bridge"),
    ("2034-09-03_tidewater_tanker-boarded-hormuz.txt", "A01", "came over the side in under ten"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A02",
     "Greece on Monday summoned Iran's ambassador"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A01", "the seizure of a Greek-flagged tanker"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A02", "was summoned to the ministry's offices"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A03",
     "Prime Minister Stavros Lendakis demanded that Iran"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A04", "separately called on Tehran to let"),
    ("2034-09-04_lantern_greece-summons-iran-envoy.txt", "A01", "Sunday's boarding, which took place"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A02",
     "Greece on Monday summoned Iran's ambassador"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A01", "the seizure of a Greek-flagged tanker"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A02", "was summoned to the ministry's offices"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A03",
     "Prime Minister Stavros Lendakis demanded that Iran"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A04", "separately called on Tehran to let"),
    ("2034-09-04_bluewater_greece-summons-iran-envoy.txt", "A01", "Sunday's boarding, which took place"),
    ("2034-09-04_summit_oman-offers-mediation.txt", "A05", "Oman offered on Monday to mediate"),
    ("2034-09-04_summit_oman-offers-mediation.txt", "A01", "the tanker Iran's navy captured a day earlier"),
    ("2034-09-04_summit_oman-offers-mediation.txt", "A05", "stands ready to use its good offices"),
    ("2034-09-04_summit_oman-offers-mediation.txt", "A02",
     "the Greek foreign ministry summoned Iran's envoy"),
    ("2034-09-04_summit_oman-offers-mediation.txt", "A03", "the prime minister called for the crew"),
    ("2034-09-05_kestrel_drone-strikes-tanker-fujairah.txt", "A07",
     "A drone slammed into a Liberian-flagged tanker"),
    ("2034-09-05_kestrel_drone-strikes-tanker-fujairah.txt", "A07", "was struck at about 4 a.m."),
    ("2034-09-05_kestrel_drone-strikes-tanker-fujairah.txt", "A07",
     "No one claimed responsibility for the attack"),
    ("2034-09-05_kestrel_drone-strikes-tanker-fujairah.txt", "A01",
     "took control of the Greek tanker Kalliope Star"),
    ("2034-09-05_tidewater_us-sends-destroyer.txt", "A06",
     "ordered a guided-missile destroyer into the Strait"),
    ("2034-09-05_tidewater_us-sends-destroyer.txt", "A01", "two days after Iran's navy seized"),
    ("2034-09-05_tidewater_us-sends-destroyer.txt", "A06", "was sailing north toward the waterway"),
    ("2034-09-05_tidewater_us-sends-destroyer.txt", "A06", "The deployment came hours after"),
    ("2034-09-05_tidewater_us-sends-destroyer.txt", "A07", "a drone hit a tanker at anchor"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A11", "Iran on Tuesday rejected Greek demands"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A11", "dismissed the Greek calls at a weekly"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A03", "Stavros Lendakis had insisted the sailors"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A02", "Greece summoned Iran's ambassador in Athens"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A04", "made a similar appeal in Athens"),
    ("2034-09-05_summit_tehran-rejects-calls.txt", "A07", "the drone strike off Fujairah"),
    ("2034-09-06_lantern_drone-toll-rises.txt", "A07", "after Tuesday's drone attack on the"),
    ("2034-09-06_lantern_drone-toll-rises.txt", "A07", "when the drone struck the vessel's superstructure"),
    ("2034-09-06_lantern_drone-toll-rises.txt", "A06", "which the Pentagon dispatched on Tuesday"),
    ("2034-09-06_lantern_drone-toll-rises.txt", "A01", "since boarding it in Hormuz"),
    ("2034-09-06_crescentwire_muscat-talks-open.txt", "A09", "met Iranian envoys in the Omani capital"),
    ("2034-09-06_crescentwire_muscat-talks-open.txt", "A09", "The talks, hosted by Oman's foreign ministry"),
    ("2034-09-06_crescentwire_muscat-talks-open.txt", "A09", "Iran's delegation was led by"),
    ("2034-09-06_crescentwire_muscat-talks-open.txt", "A05", "Oman offered on Monday to broker"),
    ("2034-09-06_crescentwire_muscat-talks-open.txt", "A01", "Revolutionary Guards seized the Greek tanker"),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt", "A09", "met Iranian envoys in the Omani capital"),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt", "A09", "The talks, hosted by Oman's foreign ministry"),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt", "A09", "Iran's delegation was led by"),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt", "A05", "Oman offered on Monday to broker"),
    ("2034-09-06_kestrel_gulf-iran-talks-muscat.txt", "A01", "Revolutionary Guards seized the Greek tanker"),
    ("2034-09-06_bluewater_eu-warns-sanctions.txt", "A08", "EU foreign policy warned Iran on Wednesday"),
    ("2034-09-06_bluewater_eu-warns-sanctions.txt", "A08", "there will be consequences"),
    ("2034-09-06_bluewater_eu-warns-sanctions.txt", "A01", "Guards naval units took the Kalliope Star"),
    ("2034-09-06_bluewater_eu-warns-sanctions.txt", "A02", "Athens summoned Iran's ambassador"),
    ("2034-09-07_summit_iran-threatens-close-strait.txt", "A10",
     "threatened on Thursday to bar all shipping"),
    ("2034-09-07_summit_iran-threatens-close-strait.txt", "A10", "made the remarks in a speech"),
    ("2034-09-07_summit_iran-threatens-close-strait.txt", "A10", "open for everyone or for no one"),
    ("2034-09-07_summit_iran-threatens-close-strait.txt", "A08", "On Wednesday the European Union warned"),
    ("2034-09-07_summit_iran-threatens-close-strait.txt", "A06", "sent the destroyer USS Everett Kane"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A10", "warned on Thursday that Tehran could block"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A09", "held their first talks on the crisis"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A10", "who heads the Revolutionary Guards' naval arm"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A07", "Tuesday's drone strike on the tanker"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A09", "Wednesday's meeting in the Omani capital"),
    ("2034-09-07_tidewater_guards-warn-hormuz.txt", "A06", "Washington ordered a destroyer toward"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A12", "A drone struck a Panama-flagged tanker"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A12", "was hit near the waterline"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A07", "a drone attack on the Liberian-flagged"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A12", "The strike on the Tamsin Voyager"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A10", "navy threatened to shut the waterway"),
    ("2034-09-08_crescentwire_second-tanker-hit.txt", "A01", "commandos took over the Greek tanker"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A14", "conferred with his Iranian counterpart"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A01", "the Greek tanker held since Sunday"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A14", "met for nearly three hours"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A14", "The visit came hours after"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A12", "a drone hit a second tanker"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A10", "Guards warned they could shut"),
    ("2034-09-08_bluewater_oman-minister-tehran.txt", "A09", "Oman hosted a meeting between Gulf"),
    ("2034-09-09_lantern_abadan-refinery-strike.txt", "A13", "went on strike on Saturday"),
    ("2034-09-09_lantern_abadan-refinery-strike.txt", "A13", "gathered outside the refinery's main gate"),
    ("2034-09-09_lantern_abadan-refinery-strike.txt", "A13", "The stoppage comes as Iran faces"),
    ("2034-09-09_lantern_abadan-refinery-strike.txt", "A01", "its seizure of a Greek tanker"),
    ("2034-09-09_lantern_abadan-refinery-strike.txt", "A15", "Earlier on Saturday, Iran freed nine"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A15", "Iran released nine of the"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A04", "who on Monday urged Iran"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A16", "thanked Oman for its"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A01", "Iran seized the tanker in Hormuz"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A15", "described the release as a"),
    ("2034-09-09_kestrel_iran-frees-crew.txt", "A14", "travelled to Tehran on Friday"),
    ("2034-09-09_summit_nine-sailors-released.txt", "A15", "Iran freed nine Filipino crew members"),
    ("2034-09-09_summit_nine-sailors-released.txt", "A15", "were handed over to Omani diplomats"),
    ("2034-09-09_summit_nine-sailors-released.txt", "A15", "The release followed a visit"),
    ("2034-09-09_summit_nine-sailors-released.txt", "A14", "to Tehran on Friday by Oman's"),
    ("2034-09-09_summit_nine-sailors-released.txt", "A12", "a drone set a second tanker"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A17", "sat down again in Muscat on Sunday"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A15", "Iran freed part of the crew"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A09", "The first round, held on Wednesday"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A17", "Sunday's session was again hosted by Oman"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A15", "The nine Filipino sailors freed on Saturday"),
    ("2034-09-10_crescentwire_second-round-muscat.txt", "A14", "had flown to Tehran on Friday"),
    ("2034-09-10_tidewater_talks-resume.txt", "A17", "held a fresh round of negotiations"),
    ("2034-09-10_tidewater_talks-resume.txt", "A17", "Riyadh's delegation was headed by"),
    ("2034-09-10_tidewater_talks-resume.txt", "A09", "An earlier session took place in Muscat"),
    ("2034-09-10_tidewater_talks-resume.txt", "A15", "Iran let nine crew members"),
    ("2034-09-10_tidewater_talks-resume.txt", "A01", "seized by Revolutionary Guards commandos a week ago"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A18", "imposed sanctions on six commanders"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A01", "over the seizure of the Greek tanker"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A18", "Among those listed was Rear Admiral"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A10", "who last week threatened to choke"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A08", "had warned Iran on Wednesday"),
    ("2034-09-11_bluewater_eu-sanctions-guards.txt", "A15", "Iran released nine of the ship's"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A18",
     "added six senior Revolutionary Guards officers"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A10", "the commander who threatened last Thursday"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A18", "The measures, agreed by foreign ministers"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A18", "The sanctions follow Iran's"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A01",
     "seizure of a Greek-flagged tanker eight days ago"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A15", "Nine crew members were freed on Saturday"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A08", "Brussels first warned Tehran of the step"),
    ("2034-09-11_summit_eu-blacklists-commanders.txt", "A12", "a tanker hit by a drone"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A01", "Revolutionary Guards captured a Greek tanker"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A06", "which sent the destroyer USS Everett Kane"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A18", "which on Monday blacklisted six"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A07", "The first drone strike, on the Sable Horizon"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A12", "a second drone hit the Tamsin Voyager"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A14", "foreign minister's visit to Tehran"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A15", "preceded the release of nine Filipino"),
    ("2034-09-12_kestrel_hormuz-standoff-week.txt", "A17", "The second Muscat round, on Sunday"),
]

FLOORS = {"pairwise_f1": 0.79, "b3_f1": 0.83, "reports_found": 0.7}


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
