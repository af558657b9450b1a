"""The first blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a border crisis between Kyrgyzstan and Tajikistan over a shared irrigation canal and the Tajik
enclave of Vorukh, April 4-13, 2033. Tajik troops fire on a Kyrgyz border post at Kok-Tash (two dead, then
three); Kyrgyz guards detain 11 Vorukh villagers; Bishkek summons the Tajik ambassador and sends troops to
Batken while Dushanbe blames the Kyrgyz guards and two Tajik officials each demand the villagers' release;
both states recall their ambassadors on the same day; Tajikistan threatens, then imposes, a ban on Kyrgyz
food; a second, mortar attack at Kok-Tash three days after the first; a protest at the Tajik embassy in
Bishkek; two rounds of talks in Almaty mediated by Kazakhstan with a Shanghai Cooperation Organisation
envoy; a signed ceasefire; the villagers freed; the food ban lifted. 23 documents from 6 outlets, among
them one verbatim syndicated copy and one lightly edited copy.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives, a second only
where the codebook truly allows two readings (a signed ceasefire: CONCEDE and SUPPORT); its date is the day
it happened. REPORTS lists every sentence (headlines included) that reports an act that happened, including
background recaps in later reports, with a verbatim cue found once in its file; a syndicated copy has its
own entries. Not listed: planned, promised-but-not-done, threatened-but-not-done, denied, conditional or
hypothetical acts, acts more than a year before, statistics and tallies, opinions, and bare noun modifiers
that name neither the actor nor the day ("the 11 detained villagers"). A promise would be an AGREE act, a
threat a THREATEN act, a demand a REQUEST act; the act promised, threatened or demanded is not an act until
it happens. No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains
a report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1
and B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 99a275f (the fourth 2026-12-01 session's starting coder 50def54 plus one rule for a
vehicle that came under fire), with `figures`: **pairwise F1 0.505** (precision 0.850, recall 0.359; 142 gold
pairs), B-cubed F1 0.726 (precision 0.918, recall 0.600), reports_found 0.581; 59 mapped events of the 18 acts
in 29 incidents. The grouping splits far more than it merges: recaps in later reports dated by their
publication day, and reports whose parties or types differ.
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
    ("2033-04-04_altitude_border-post-shooting.txt",
     "Tajik fire kills two guards at Kyrgyz frontier post, Bishkek says\n\n"
     "BISHKEK, April 4, 2033 (Altitude News Service) - Tajik troops opened fire on a Kyrgyz border "
     "post near the village of Kok-Tash on Monday night, killing two guards, Kyrgyzstan's border "
     "service said. The post lies a few kilometres from Vorukh, a Tajik enclave surrounded by "
     "Kyrgyz territory in the southern Batken region.\n\n"
     "Service spokesman Kanybek Sydykov said the firing began shortly after 9 p.m. and went on for "
     "about forty minutes. A third guard was in a serious condition in hospital in Batken, he "
     "said.\n\n"
     "\"Our men were at their posts and did nothing to provoke this,\" Sydykov told reporters by "
     "telephone. There was no immediate comment from the authorities in Dushanbe.\n\n"
     "Water has long been a source of friction in the area, where villagers on both sides draw on "
     "the same canals and pastures. Fighting along the poorly marked frontier in 2021 and 2022 "
     "killed more than 100 people and forced tens of thousands from their homes."),
    ("2033-04-05_valleypost_villagers-detained.txt",
     "Kyrgyz guards seize Vorukh farmers at irrigation canal\n\n"
     "DUSHANBE, April 5, 2033 (Valley Post Wire) - Kyrgyz border guards detained 11 residents of "
     "the Tajik enclave of Vorukh on Tuesday as they worked on an irrigation canal, Tajikistan's "
     "Foreign Ministry said. Foreign Minister Farrukh Saidzoda demanded that the farmers be freed "
     "at once.\n\n"
     "Separately, the country's human rights ombudsman, Malika Rahimova, called on Bishkek to let "
     "the villagers go and to allow relatives to visit them.\n\n"
     "The detentions came a day after a shooting near the Kyrgyz village of Kok-Tash in which two "
     "Kyrgyz guards were killed. Tajikistan's border service said on Tuesday that Kyrgyz guards "
     "had fired first in that incident and that its troops had only returned fire.\n\n"
     "Residents of Vorukh depend on the canal to water apricot orchards and wheat fields, and "
     "quarrels over its upkeep flare up most springs. \"They went out with shovels, not guns,\" said "
     "Sitora Nazarova, whose brother went to the canal that morning.\n\n"
     "Kyrgyz officials could not immediately be reached for comment."),
    ("2033-04-05_crossroads_ambassador-summoned.txt",
     "Kyrgyzstan summons Tajik envoy, moves troops south after border deaths\n\n"
     "BISHKEK, April 5, 2033 (Crossroads Courier) - Kyrgyzstan summoned Tajikistan's ambassador on "
     "Tuesday and sent additional troops to the southern Batken region, a day after gunfire from "
     "across the border killed several of its border guards. Foreign Minister Temirbek Osmonaliev "
     "handed Ambassador Rustam Odinaev a note of protest over what the ministry called an armed "
     "provocation.\n\n"
     "The Defence Ministry said armoured vehicles and two companies of infantry were heading for "
     "the frontier and that checkpoints in the region had been reinforced.\n\n"
     "The toll from Monday's shooting rose to three overnight when a wounded guard died in "
     "hospital in Batken, the ministry said.\n\n"
     "\"The people of Batken deserve to sleep without fear,\" Osmonaliev said at a briefing. The "
     "Tajik ambassador left the ministry without speaking to reporters.\n\n"
     "Kyrgyzstan and Tajikistan share a frontier of roughly 970 kilometres, and stretches of it "
     "around the enclaves are still disputed. A border treaty ratified by both parliaments in 2025 "
     "was meant to settle the matter, but villagers say the markers near Vorukh are still "
     "contested."),
    ("2033-04-05_northgate_tajik-account.txt",
     "Dushanbe blames Kyrgyz patrol for Kok-Tash gunfight\n\n"
     "DUSHANBE, April 5, 2033 (Northgate Bulletin) - Tajikistan's border troops blamed Kyrgyz "
     "guards on Tuesday for starting Monday night's exchange of fire near the enclave of Vorukh.\n\n"
     "In a statement, the service said a Kyrgyz patrol had shot at Tajik positions first and that "
     "Tajik soldiers had responded in self-defence.\n\n"
     "Earlier on Tuesday, Foreign Minister Farrukh Saidzoda called for the release of 11 Vorukh "
     "farmers detained by Kyrgyz guards at a canal. Tajik state television broadcast interviews "
     "with relatives of the men.\n\n"
     "Analysts say both governments face pressure at home to look tough on the border. \"Neither "
     "leader can be seen to back down first,\" said Aigerim Bekova, a researcher at the Central "
     "Asia Policy Lab in Almaty.\n\n"
     "Relations between the two former Soviet republics have swung between cooperation and "
     "confrontation since independence in 1991."),
    ("2033-04-05_summit_toll-rises.txt",
     "Toll in Kyrgyz-Tajik border shooting climbs to three\n\n"
     "BATKEN, April 5, 2033 (Summit Daily Wire) - A third Kyrgyz border guard has died of wounds "
     "suffered when Tajik forces shot at a frontier post near Kok-Tash on Monday night, raising "
     "the death toll to three, regional health officials said. The guard, 23-year-old Sergeant "
     "Almaz Usenov, died in the regional hospital early on Tuesday.\n\n"
     "The Kyrgyz Defence Ministry said troops and armoured personnel carriers were being moved "
     "into the region to back up the border service.\n\n"
     "In Dushanbe, Tajik officials said Kyrgyz guards had started the shooting. Tajikistan has "
     "also demanded the release of 11 villagers from Vorukh held by Kyrgyz guards since Tuesday "
     "morning.\n\n"
     "Funerals for the three guards are planned for Wednesday in their home villages.\n\n"
     "Batken, a region of about 550,000 people, has seen most of the border violence between the "
     "two countries in recent years."),
    ("2033-04-06_altitude_ambassador-recalled.txt",
     "Kyrgyzstan recalls ambassador from Tajikistan as border row deepens\n\n"
     "BISHKEK, April 6, 2033 (Altitude News Service) - Kyrgyzstan recalled its ambassador to "
     "Tajikistan for consultations on Wednesday, the Foreign Ministry said, escalating a dispute "
     "over a deadly shooting on the border. Ambassador Bakyt Jumabaev was expected back in Bishkek "
     "later in the day.\n\n"
     "Hours later, Dushanbe said it was withdrawing its own envoy from Bishkek in response.\n\n"
     "Tajikistan's ambassador, Rustam Odinaev, had been summoned to the Kyrgyz Foreign Ministry on "
     "Tuesday and handed a protest note. The Kyrgyz border service now says three guards died as a "
     "result of Monday's shooting at the Kok-Tash post.\n\n"
     "In the Batken region, residents said convoys of army trucks had rolled along the main road "
     "toward the border through the night. \"The children are afraid to go to school,\" said Gulnara "
     "Abdieva, a teacher in Kok-Tash.\n\n"
     "The two economies are closely linked, with Tajik lorries crossing Kyrgyzstan to reach "
     "Kazakhstan and Russia."),
    ("2033-04-06_lakeshore_ambassador-recalled.txt",
     "Kyrgyzstan recalls ambassador from Tajikistan as border row deepens\n\n"
     "BISHKEK, April 6, 2033 (Lakeshore Herald) - Kyrgyzstan recalled its ambassador to Tajikistan "
     "for consultations on Wednesday, the Foreign Ministry said, escalating a dispute over a "
     "deadly shooting on the border. Ambassador Bakyt Jumabaev was expected back in Bishkek later "
     "in the day.\n\n"
     "Hours later, Dushanbe said it was withdrawing its own envoy from Bishkek in response.\n\n"
     "Tajikistan's ambassador, Rustam Odinaev, had been summoned to the Kyrgyz Foreign Ministry on "
     "Tuesday and handed a protest note. The Kyrgyz border service now says three guards died as a "
     "result of Monday's shooting at the Kok-Tash post.\n\n"
     "In the Batken region, residents said convoys of army trucks had rolled along the main road "
     "toward the border through the night. \"The children are afraid to go to school,\" said Gulnara "
     "Abdieva, a teacher in Kok-Tash.\n\n"
     "The two economies are closely linked, with Tajik lorries crossing Kyrgyzstan to reach "
     "Kazakhstan and Russia.\n\n"
     "This story was first published by Altitude News Service."),
    ("2033-04-06_valleypost_import-ban-threat.txt",
     "Tajikistan threatens curbs on Kyrgyz food over detained farmers\n\n"
     "DUSHANBE, April 6, 2033 (Valley Post Wire) - Tajikistan's economy minister warned on "
     "Wednesday that his country would halt imports of Kyrgyz food unless Bishkek frees 11 "
     "villagers seized at a canal near the Vorukh enclave. Jamshed Kurbonov told reporters that a "
     "ban covering dairy, meat and vegetables could take effect within days.\n\n"
     "Kyrgyzstan sells about $40 million worth of farm produce a year to its neighbour, according "
     "to official figures.\n\n"
     "Also on Wednesday, Tajikistan ordered its ambassador in Bishkek to return home. The move "
     "followed a similar step by Kyrgyzstan earlier in the day. The Foreign Ministry gave no date "
     "for the envoy's return to his post.\n\n"
     "In Vorukh, shopkeepers said deliveries of flour and cooking oil had slowed. \"We are an "
     "island in someone else's country,\" said Bahrom, a shopkeeper, who asked that his family name "
     "be withheld."),
    ("2033-04-06_summit_envoys-recalled.txt",
     "Bishkek calls envoy home over deadly border shooting\n\n"
     "BISHKEK, April 6, 2033 (Summit Daily Wire) - Bishkek called its envoy home from Dushanbe on "
     "Wednesday as a row over a deadly border shooting escalated. The Tajik government answered "
     "within hours by bringing its own ambassador back from the Kyrgyz capital.\n\n"
     "Neither side has cut diplomatic ties, and both embassies remain open. The Kyrgyz Foreign "
     "Ministry said Ambassador Bakyt Jumabaev had been called back for consultations.\n\n"
     "Three Kyrgyz border guards died after gunfire hit their post at Kok-Tash late on Monday.\n\n"
     "Dushanbe also raised the stakes on Wednesday, saying it was ready to stop buying Kyrgyz food "
     "if 11 detained Tajik villagers were not released.\n\n"
     "\"Recalling ambassadors is a signal, not a rupture,\" said Daniyar Seitkali, a former Kazakh "
     "diplomat now teaching in Astana. Kyrgyz soldiers sent to Batken on Tuesday were digging in "
     "along the Isfara road, a local official said."),
    ("2033-04-07_crossroads_second-shooting.txt",
     "Mortar fire wounds Kyrgyz soldier at Kok-Tash; crowds rally in Bishkek\n\n"
     "BISHKEK, April 7, 2033 (Crossroads Courier) - Tajik forces fired mortar rounds at Kyrgyz "
     "positions near Kok-Tash on Thursday morning, wounding one soldier, Kyrgyzstan's Defence "
     "Ministry said. The post was also the scene of Monday night's shooting, in which three Kyrgyz "
     "border guards were killed.\n\n"
     "The ministry said the shelling lasted about 20 minutes and damaged a barracks. Tajik "
     "officials did not respond to calls seeking comment.\n\n"
     "In Bishkek, several hundred people rallied outside the Tajik embassy, waving red Kyrgyz "
     "flags. Police kept the crowd behind metal barriers, and the protest ended peacefully by "
     "early evening.\n\n"
     "Analysts said a quick settlement now looked unlikely. The injured soldier was flown to Osh "
     "for surgery, the ministry added."),
    ("2033-04-07_summit_bishkek-protest.txt",
     "Hundreds protest at Tajik embassy in Bishkek\n\n"
     "BISHKEK, April 7, 2033 (Summit Daily Wire) - Hundreds of protesters gathered outside "
     "Tajikistan's embassy in Bishkek on Thursday, the largest demonstration in the Kyrgyz capital "
     "since the border crisis began. Many carried portraits of the three guards who died at the "
     "Kok-Tash post this week.\n\n"
     "Organisers put the crowd at 2,000, while police said about 600 people took part. Speakers on "
     "a makeshift stage recited the names of the dead guards.\n\n"
     "Earlier in the day, fresh gunfire hit a Kyrgyz army position near Kok-Tash, wounding a "
     "soldier, according to the Defence Ministry.\n\n"
     "\"We want peace, but not at any price,\" said Erlan Mamytov, a 34-year-old engineer at the "
     "rally. Most of the demonstrators were young men, and many had travelled from the south of "
     "the country."),
    ("2033-04-08_northgate_import-ban.txt",
     "Tajikistan shuts door to Kyrgyz meat, milk and vegetables\n\n"
     "DUSHANBE, April 8, 2033 (Northgate Bulletin) - Tajikistan banned imports of meat, dairy "
     "products and vegetables from Kyrgyzstan on Friday, carrying out a threat it made two days "
     "earlier over the detention of 11 Tajik villagers. The ban took effect at midnight, and "
     "lorries carrying Kyrgyz goods were turned back at the main crossing near Isfara, customs "
     "officials said.\n\n"
     "Kyrgyz exporters said dozens of trucks were stuck on the road outside Batken.\n\n"
     "Tajik Economy Minister Jamshed Kurbonov told parliament that domestic farms could cover the "
     "shortfall. Prices for milk in Khujand markets rose by about a fifth on Friday, traders said.\n\n"
     "The 11 men have been held in Batken since Tuesday, according to their families. Kyrgyz "
     "officials have not said whether they will be charged.\n\n"
     "The dispute began on Monday night with a shooting at a Kyrgyz border post in which three "
     "guards died."),
    ("2033-04-08_lakeshore_tajik-food-ban.txt",
     "Tajikistan bars Kyrgyz meat, milk and vegetables in border row\n\n"
     "DUSHANBE, April 8, 2033 (Lakeshore Herald) - Tajikistan banned imports of meat, dairy "
     "products and vegetables from Kyrgyzstan on Friday, carrying out a threat it made two days "
     "earlier over the detention of 11 Tajik villagers. The ban took effect at midnight, and "
     "lorries carrying Kyrgyz goods were turned back at the main crossing near Isfara, customs "
     "officials said.\n\n"
     "Kyrgyz exporters said dozens of lorries were stranded outside Batken. Prices for milk in "
     "Khujand markets rose by roughly 20 percent on Friday, traders said.\n\n"
     "The 11 men have been held in Batken since Tuesday, according to their families. Kyrgyz "
     "officials have not said whether they will be charged.\n\n"
     "The dispute began on Monday night with a shooting at a Kyrgyz border post in which three "
     "guards died.\n\n"
     "Reporting by Northgate Bulletin."),
    ("2033-04-09_crossroads_almaty-talks.txt",
     "Kyrgyz and Tajik ministers meet in Almaty, fail to agree truce\n\n"
     "ALMATY, April 9, 2033 (Crossroads Courier) - The foreign ministers of Kyrgyzstan and "
     "Tajikistan held more than five hours of talks in Almaty on Saturday under Kazakh mediation "
     "but parted without agreeing a ceasefire. Kazakh Foreign Minister Yerlan Zhaksybekov, who "
     "hosted the meeting with an envoy from the Shanghai Cooperation Organisation, said the gap "
     "between the two sides had narrowed.\n\n"
     "\"There is goodwill on both sides, and we hope to see it turn into a signed document,\" he "
     "told reporters.\n\n"
     "Diplomats said the main sticking points were the fate of the 11 villagers in Kyrgyz custody "
     "and a pullback of troops from the Kok-Tash area. A second round is scheduled for Monday, a "
     "Kazakh official said.\n\n"
     "The talks followed Thursday's mortar fire on a Kyrgyz position near Kok-Tash, which wounded "
     "a soldier. Tajikistan's food import ban, imposed on Friday, remained in force.\n\n"
     "Bilateral trade came to about $300 million last year."),
    ("2033-04-09_summit_talks-no-deal.txt",
     "No breakthrough as Kazakhstan hosts Kyrgyz-Tajik border talks\n\n"
     "ALMATY, April 9, 2033 (Summit Daily Wire) - Talks between Kyrgyz and Tajik diplomats "
     "brokered by Kazakhstan broke up on Saturday without a deal, officials said. Kyrgyz Foreign "
     "Minister Temirbek Osmonaliev and his Tajik counterpart, Farrukh Saidzoda, faced each other "
     "across the table in their first meeting since the crisis erupted.\n\n"
     "An envoy from the Shanghai Cooperation Organisation, to which both countries belong, also "
     "took part.\n\n"
     "\"We are still far apart on the key questions,\" Osmonaliev told reporters. Saidzoda left the "
     "venue without speaking to journalists.\n\n"
     "Kazakhstan's Foreign Ministry said a second round would be held in Almaty on Monday.\n\n"
     "Traffic at the main crossing points has dwindled since Tuesday, truck drivers said."),
    ("2033-04-10_valleypost_vorukh-families.txt",
     "In Tajik enclave, families wait for men taken at the canal\n\n"
     "VORUKH, April 10, 2033 (Valley Post Wire) - Five days after Kyrgyz guards detained 11 men "
     "from this Tajik enclave at an irrigation canal, their families say they have heard nothing "
     "from them. Relatives said the men had gone to clear silt from the canal before the spring "
     "watering season.\n\n"
     "\"My son is 19. He has never held a weapon,\" said Zarina Kholova, standing at the gate of her "
     "house.\n\n"
     "Tajik officials say the men are being held in a detention centre in Batken. Foreign "
     "ministers from the two countries failed to agree on their release at talks in Almaty on "
     "Saturday.\n\n"
     "Vorukh, home to around 40,000 people, is linked to the rest of Tajikistan by a single road "
     "that runs through Kyrgyz land. In the village mosque, prayers have been said for the men "
     "every evening."),
    ("2033-04-11_crossroads_ceasefire-signed.txt",
     "Kyrgyzstan and Tajikistan sign ceasefire after second Almaty round\n\n"
     "ALMATY, April 11, 2033 (Crossroads Courier) - Kyrgyzstan and Tajikistan signed a ceasefire "
     "agreement in Almaty on Monday after a second round of talks mediated by Kazakhstan. The "
     "deal, signed by foreign ministers Temirbek Osmonaliev and Farrukh Saidzoda, took effect at 6 "
     "p.m. local time.\n\n"
     "Its terms include a pullback of troops from the Kok-Tash area within a week and a joint "
     "group to monitor the frontier.\n\n"
     "The talks, which ran for seven hours, were attended by an envoy of the Shanghai Cooperation "
     "Organisation.\n\n"
     "\"Today we chose dialogue over weapons,\" Kazakh Foreign Minister Yerlan Zhaksybekov told "
     "reporters. A Kyrgyz official said the 11 Tajik villagers detained on April 5 could be freed "
     "as early as Tuesday.\n\n"
     "The frontier was calm on Monday, according to border officials on both sides."),
    ("2033-04-11_northgate_truce-deal.txt",
     "Tajik and Kyrgyz ministers agree truce in Kazakh-brokered deal\n\n"
     "DUSHANBE, April 11, 2033 (Northgate Bulletin) - Tajikistan and Kyrgyzstan agreed a ceasefire "
     "on Monday at Kazakh-brokered talks in Almaty, ending a week of tension on their shared "
     "border. Tajik Foreign Minister Farrukh Saidzoda said on state television that the truce was "
     "\"a step, not the end of the road.\"\n\n"
     "Under the accord, troops are to withdraw from disputed positions near Kok-Tash by next "
     "Monday. Saidzoda and Kyrgyz Foreign Minister Temirbek Osmonaliev shook hands after putting "
     "their signatures to the document.\n\n"
     "The first round of talks on Saturday ended in deadlock. The Tajik food import ban imposed "
     "last Friday remains in effect, the Economy Ministry said.\n\n"
     "Vorukh residents said they hoped the deal would bring home the 11 farmers held in "
     "Kyrgyzstan."),
    ("2033-04-11_altitude_ceasefire.txt",
     "Ceasefire takes hold on Kyrgyz-Tajik frontier after Almaty signing\n\n"
     "BISHKEK, April 11, 2033 (Altitude News Service) - A ceasefire between Kyrgyzstan and "
     "Tajikistan took effect on Monday evening, hours after their foreign ministers put their "
     "names to the deal at a second round of talks in Almaty. Troops are expected to begin pulling "
     "back from the border on Tuesday.\n\n"
     "The truce follows a week of violence that began with a night-time attack on the Kok-Tash "
     "post, in which three Kyrgyz guards were killed. Three days later, a soldier was hurt when "
     "mortar shells landed near his unit.\n\n"
     "Saturday's first round of talks, also hosted by Kazakhstan, broke down over the fate of the "
     "villagers.\n\n"
     "\"We have stepped back from the edge, but the border is not yet drawn,\" said Aigerim Bekova "
     "of the Central Asia Policy Lab in Almaty.\n\n"
     "Last week's protest outside the Tajik embassy in Bishkek drew hundreds of people."),
    ("2033-04-12_altitude_villagers-freed.txt",
     "Kyrgyzstan hands back 11 Tajik villagers a week after canal arrests\n\n"
     "BATKEN, April 12, 2033 (Altitude News Service) - Kyrgyzstan released 11 Tajik villagers on "
     "Tuesday, handing them over to Tajik officials at a checkpoint near the Vorukh enclave a week "
     "after their detention at an irrigation canal. The men, aged between 19 and 56, walked across "
     "the line one by one and were embraced by relatives waiting on the Tajik side.\n\n"
     "Kyrgyz border service spokesman Kanybek Sydykov said the release was carried out under the "
     "ceasefire agreed in Almaty on Monday. \"This is a gesture of good faith,\" he said.\n\n"
     "A Tajik Foreign Ministry official said the men would undergo medical checks in Isfara.\n\n"
     "The detentions and a Tajik ban on Kyrgyz food had brought relations to their lowest point in "
     "years. Trade officials from Bishkek and Dushanbe are due to hold talks in Khujand on "
     "Wednesday."),
    ("2033-04-12_summit_farmers-home.txt",
     "Freed Tajik farmers return home as border truce holds\n\n"
     "ISFARA, April 12, 2033 (Summit Daily Wire) - Eleven Tajik farmers were set free by Kyrgyz "
     "authorities on Tuesday and returned to their homes in the Vorukh enclave, Tajik officials "
     "said. Kyrgyz guards escorted the men to a checkpoint on the Isfara road, where they were "
     "handed to Tajik border officers shortly after noon.\n\n"
     "\"I thought I would never see my village again,\" said one of the men, 27-year-old Firuz "
     "Rajabov.\n\n"
     "The handover was the first concrete step under the truce signed in Almaty on Monday. The "
     "border has been quiet since Thursday, when a mortar round wounded a Kyrgyz soldier near "
     "Kok-Tash.\n\n"
     "Tajik traders said they hoped Kyrgyz goods would soon be back in local markets."),
    ("2033-04-13_northgate_ban-lifted.txt",
     "Tajikistan ends ban on Kyrgyz food after villagers return\n\n"
     "DUSHANBE, April 13, 2033 (Northgate Bulletin) - Tajikistan lifted its embargo on Kyrgyz food "
     "on Wednesday, a day after Bishkek freed 11 villagers from the Vorukh enclave. Economy "
     "Minister Jamshed Kurbonov said lorries carrying Kyrgyz meat, dairy products and vegetables "
     "could enter the country again from Thursday.\n\n"
     "The ban, imposed last Friday, had left dozens of Kyrgyz trucks stranded at the border. "
     "Dushanbe had threatened the measure on April 6 in an effort to secure the villagers' "
     "release.\n\n"
     "Kyrgyz exporters said they would need several days to restart shipments. Neither country has "
     "yet sent its ambassador back.\n\n"
     "Under the truce agreed on Monday, troops on both sides are due to leave the area around "
     "Kok-Tash by April 18."),
    ("2033-04-13_valleypost_trade-resumes.txt",
     "Kyrgyz produce heads back to Tajik markets as import curbs end\n\n"
     "KHUJAND, April 13, 2033 (Valley Post Wire) - Tajikistan scrapped its five-day ban on Kyrgyz "
     "meat, milk and vegetables on Wednesday, and traders in this northern city said the first "
     "deliveries could arrive within hours. The government in Dushanbe introduced the ban last "
     "Friday to press Bishkek over the detention of 11 farmers from Vorukh.\n\n"
     "Kyrgyz authorities freed the farmers on Tuesday under a ceasefire deal signed in Almaty a "
     "day earlier.\n\n"
     "Milk prices in Khujand had climbed by nearly a quarter during the ban, according to market "
     "traders. \"People were buying powdered milk from Iran,\" said Mavluda Ergasheva, who sells "
     "dairy products at the Panjshanbe bazaar.\n\n"
     "Customs officers at the Isfara crossing were checking the first lorries on Wednesday "
     "afternoon, a Valley Post Wire reporter saw.\n\n"
     "Trade between the neighbours fell sharply during earlier border disputes in 2021 and 2022."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-04-04", "Tajik troops fire on the Kok-Tash border post (2, then 3 dead)"),
    "A02": (("COERCE",), "2033-04-05", "Kyrgyz guards detain 11 Vorukh villagers at a canal"),
    "A03": (("ACCUSE",), "2033-04-05", "Kyrgyz Foreign Ministry summons the Tajik ambassador"),
    "A04": (("ACCUSE",), "2033-04-05", "Tajik border troops blame Kyrgyz guards for the shooting"),
    "A05": (("MOBILIZE",), "2033-04-05", "Kyrgyzstan sends troops and armour to the Batken region"),
    "A06": (("REQUEST",), "2033-04-05", "Tajik Foreign Minister demands the villagers' release"),
    "A07": (("REQUEST",), "2033-04-05", "Tajik ombudsman calls on Bishkek to free the villagers"),
    "A08": (("SANCTION",), "2033-04-06", "Kyrgyzstan recalls its ambassador from Dushanbe"),
    "A09": (("SANCTION",), "2033-04-06", "Tajikistan recalls its ambassador from Bishkek"),
    "A10": (("THREATEN",), "2033-04-06", "Tajik economy minister threatens a Kyrgyz food import ban"),
    "A11": (("ASSAULT",), "2033-04-07", "Tajik mortar fire near Kok-Tash wounds a Kyrgyz soldier"),
    "A12": (("PROTEST",), "2033-04-07", "hundreds protest outside the Tajik embassy in Bishkek"),
    "A13": (("SANCTION",), "2033-04-08", "Tajikistan bans imports of Kyrgyz meat, dairy, vegetables"),
    "A14": (("CONSULT",), "2033-04-09", "first round of Kazakh-mediated talks in Almaty, no deal"),
    "A15": (("CONSULT",), "2033-04-11", "second round of Kazakh-mediated talks in Almaty"),
    "A16": (("CONCEDE", "SUPPORT"), "2033-04-11", "the two foreign ministers sign a ceasefire in Almaty"),
    "A17": (("RETREAT",), "2033-04-12", "Kyrgyzstan releases the 11 Tajik villagers"),
    "A18": (("CONCEDE",), "2033-04-13", "Tajikistan lifts its ban on Kyrgyz food imports"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-04-04_altitude_border-post-shooting.txt", "A01", "Tajik fire kills two guards"),
    ("2033-04-04_altitude_border-post-shooting.txt", "A01", "opened fire on a Kyrgyz border post"),
    ("2033-04-04_altitude_border-post-shooting.txt", "A01", "the firing began shortly after 9 p.m."),
    ("2033-04-05_valleypost_villagers-detained.txt", "A02", "Kyrgyz guards seize Vorukh farmers"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A02", "detained 11 residents of the Tajik enclave"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A06", "demanded that the farmers be freed"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A07", "called on Bishkek to let the villagers go"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A02", "The detentions came a day after"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A01", "a shooting near the Kyrgyz village of Kok-Tash"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A04", "Kyrgyz guards had fired first"),
    ("2033-04-05_valleypost_villagers-detained.txt", "A01", "its troops had only returned fire"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A03", "Kyrgyzstan summons Tajik envoy"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A05", "moves troops south"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A01", "after border deaths"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A03", "summoned Tajikistan's ambassador on Tuesday"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A05", "sent additional troops to the southern Batken"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A01", "gunfire from across the border killed"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A03", "handed Ambassador Rustam Odinaev a note"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A05", "armoured vehicles and two companies"),
    ("2033-04-05_crossroads_ambassador-summoned.txt", "A01", "The toll from Monday's shooting rose"),
    ("2033-04-05_northgate_tajik-account.txt", "A04", "Dushanbe blames Kyrgyz patrol"),
    ("2033-04-05_northgate_tajik-account.txt", "A01", "for Kok-Tash gunfight"),
    ("2033-04-05_northgate_tajik-account.txt", "A04", "blamed Kyrgyz guards on Tuesday"),
    ("2033-04-05_northgate_tajik-account.txt", "A01", "Monday night's exchange of fire"),
    ("2033-04-05_northgate_tajik-account.txt", "A04", "a Kyrgyz patrol had shot at Tajik positions"),
    ("2033-04-05_northgate_tajik-account.txt", "A01", "Tajik soldiers had responded in self-defence"),
    ("2033-04-05_northgate_tajik-account.txt", "A06", "called for the release of 11 Vorukh farmers"),
    ("2033-04-05_northgate_tajik-account.txt", "A02", "detained by Kyrgyz guards at a canal"),
    ("2033-04-05_summit_toll-rises.txt", "A01", "Toll in Kyrgyz-Tajik border shooting"),
    ("2033-04-05_summit_toll-rises.txt", "A01", "when Tajik forces shot at a frontier post"),
    ("2033-04-05_summit_toll-rises.txt", "A05", "armoured personnel carriers were being moved"),
    ("2033-04-05_summit_toll-rises.txt", "A04", "In Dushanbe, Tajik officials said"),
    ("2033-04-05_summit_toll-rises.txt", "A01", "had started the shooting"),
    ("2033-04-05_summit_toll-rises.txt", "A06", "demanded the release of 11 villagers"),
    ("2033-04-05_summit_toll-rises.txt", "A02", "held by Kyrgyz guards since Tuesday morning"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A08", "Kyrgyzstan recalls ambassador from Tajikistan"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A08", "recalled its ambassador to Tajikistan"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A01", "a deadly shooting on the border"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A09", "withdrawing its own envoy from Bishkek"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A03", "had been summoned to the Kyrgyz"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A01", "Monday's shooting at the Kok-Tash post"),
    ("2033-04-06_altitude_ambassador-recalled.txt", "A05", "convoys of army trucks had rolled"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A08", "Kyrgyzstan recalls ambassador from Tajikistan"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A08", "recalled its ambassador to Tajikistan"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A01", "a deadly shooting on the border"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A09", "withdrawing its own envoy from Bishkek"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A03", "had been summoned to the Kyrgyz"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A01", "Monday's shooting at the Kok-Tash post"),
    ("2033-04-06_lakeshore_ambassador-recalled.txt", "A05", "convoys of army trucks had rolled"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A10", "Tajikistan threatens curbs on Kyrgyz food"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A10", "warned on Wednesday that his country"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A02", "11 villagers seized at a canal"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A10", "a ban covering dairy, meat and vegetables"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A09", "ordered its ambassador in Bishkek to return"),
    ("2033-04-06_valleypost_import-ban-threat.txt", "A08", "a similar step by Kyrgyzstan"),
    ("2033-04-06_summit_envoys-recalled.txt", "A08", "Bishkek calls envoy home"),
    ("2033-04-06_summit_envoys-recalled.txt", "A01", "over deadly border shooting"),
    ("2033-04-06_summit_envoys-recalled.txt", "A08", "called its envoy home from Dushanbe"),
    ("2033-04-06_summit_envoys-recalled.txt", "A01", "a row over a deadly border shooting"),
    ("2033-04-06_summit_envoys-recalled.txt", "A09", "bringing its own ambassador back"),
    ("2033-04-06_summit_envoys-recalled.txt", "A08", "had been called back for consultations"),
    ("2033-04-06_summit_envoys-recalled.txt", "A01", "gunfire hit their post at Kok-Tash"),
    ("2033-04-06_summit_envoys-recalled.txt", "A10", "ready to stop buying Kyrgyz food"),
    ("2033-04-06_summit_envoys-recalled.txt", "A05", "Kyrgyz soldiers sent to Batken on Tuesday"),
    ("2033-04-07_crossroads_second-shooting.txt", "A11", "Mortar fire wounds Kyrgyz soldier"),
    ("2033-04-07_crossroads_second-shooting.txt", "A12", "crowds rally in Bishkek"),
    ("2033-04-07_crossroads_second-shooting.txt", "A11", "fired mortar rounds at Kyrgyz positions"),
    ("2033-04-07_crossroads_second-shooting.txt", "A01", "the scene of Monday night's shooting"),
    ("2033-04-07_crossroads_second-shooting.txt", "A11", "the shelling lasted about 20 minutes"),
    ("2033-04-07_crossroads_second-shooting.txt", "A12", "several hundred people rallied outside"),
    ("2033-04-07_crossroads_second-shooting.txt", "A12", "the protest ended peacefully"),
    ("2033-04-07_summit_bishkek-protest.txt", "A12", "Hundreds protest at Tajik embassy"),
    ("2033-04-07_summit_bishkek-protest.txt", "A12", "Hundreds of protesters gathered outside"),
    ("2033-04-07_summit_bishkek-protest.txt", "A12", "police said about 600 people took part"),
    ("2033-04-07_summit_bishkek-protest.txt", "A11", "fresh gunfire hit a Kyrgyz army position"),
    ("2033-04-08_northgate_import-ban.txt", "A13", "Tajikistan shuts door to Kyrgyz meat"),
    ("2033-04-08_northgate_import-ban.txt", "A13", "banned imports of meat, dairy products"),
    ("2033-04-08_northgate_import-ban.txt", "A10", "carrying out a threat it made"),
    ("2033-04-08_northgate_import-ban.txt", "A02", "over the detention of 11 Tajik villagers"),
    ("2033-04-08_northgate_import-ban.txt", "A13", "lorries carrying Kyrgyz goods were turned back"),
    ("2033-04-08_northgate_import-ban.txt", "A02", "have been held in Batken since Tuesday"),
    ("2033-04-08_northgate_import-ban.txt", "A01", "a shooting at a Kyrgyz border post"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A13", "Tajikistan bars Kyrgyz meat"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A13", "banned imports of meat, dairy products"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A10", "carrying out a threat it made"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A02", "over the detention of 11 Tajik villagers"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A13", "lorries carrying Kyrgyz goods were turned back"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A02", "have been held in Batken since Tuesday"),
    ("2033-04-08_lakeshore_tajik-food-ban.txt", "A01", "a shooting at a Kyrgyz border post"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A14", "Kyrgyz and Tajik ministers meet in Almaty"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A14", "held more than five hours of talks"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A14", "who hosted the meeting with an envoy"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A14", "The talks followed Thursday's"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A11", "Thursday's mortar fire on a Kyrgyz position"),
    ("2033-04-09_crossroads_almaty-talks.txt", "A13", "imposed on Friday, remained in force"),
    ("2033-04-09_summit_talks-no-deal.txt", "A14", "Kazakhstan hosts Kyrgyz-Tajik border talks"),
    ("2033-04-09_summit_talks-no-deal.txt", "A14", "brokered by Kazakhstan broke up"),
    ("2033-04-09_summit_talks-no-deal.txt", "A14", "faced each other across the table"),
    ("2033-04-09_summit_talks-no-deal.txt", "A14", "also took part"),
    ("2033-04-10_valleypost_vorukh-families.txt", "A02", "men taken at the canal"),
    ("2033-04-10_valleypost_vorukh-families.txt", "A02", "Kyrgyz guards detained 11 men from this"),
    ("2033-04-10_valleypost_vorukh-families.txt", "A02", "are being held in a detention centre"),
    ("2033-04-10_valleypost_vorukh-families.txt", "A14", "at talks in Almaty on Saturday"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A16", "Kyrgyzstan and Tajikistan sign ceasefire"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A15", "after second Almaty round"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A16", "signed a ceasefire agreement in Almaty"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A15", "after a second round of talks mediated"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A16", "signed by foreign ministers Temirbek Osmonaliev"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A15", "which ran for seven hours"),
    ("2033-04-11_crossroads_ceasefire-signed.txt", "A02", "villagers detained on April 5"),
    ("2033-04-11_northgate_truce-deal.txt", "A16", "ministers agree truce in Kazakh-brokered deal"),
    ("2033-04-11_northgate_truce-deal.txt", "A16", "agreed a ceasefire on Monday"),
    ("2033-04-11_northgate_truce-deal.txt", "A15", "at Kazakh-brokered talks in Almaty"),
    ("2033-04-11_northgate_truce-deal.txt", "A16", "putting their signatures to the document"),
    ("2033-04-11_northgate_truce-deal.txt", "A14", "The first round of talks on Saturday"),
    ("2033-04-11_northgate_truce-deal.txt", "A13", "food import ban imposed last Friday"),
    ("2033-04-11_altitude_ceasefire.txt", "A16", "after Almaty signing"),
    ("2033-04-11_altitude_ceasefire.txt", "A16", "put their names to the deal"),
    ("2033-04-11_altitude_ceasefire.txt", "A15", "at a second round of talks in Almaty"),
    ("2033-04-11_altitude_ceasefire.txt", "A16", "The truce follows a week of violence"),
    ("2033-04-11_altitude_ceasefire.txt", "A01", "a night-time attack on the Kok-Tash post"),
    ("2033-04-11_altitude_ceasefire.txt", "A11", "mortar shells landed near his unit"),
    ("2033-04-11_altitude_ceasefire.txt", "A14", "Saturday's first round of talks"),
    ("2033-04-11_altitude_ceasefire.txt", "A12", "Last week's protest outside the Tajik embassy"),
    ("2033-04-12_altitude_villagers-freed.txt", "A17", "Kyrgyzstan hands back 11 Tajik villagers"),
    ("2033-04-12_altitude_villagers-freed.txt", "A02", "a week after canal arrests"),
    ("2033-04-12_altitude_villagers-freed.txt", "A17", "released 11 Tajik villagers on Tuesday"),
    ("2033-04-12_altitude_villagers-freed.txt", "A02", "a week after their detention"),
    ("2033-04-12_altitude_villagers-freed.txt", "A17", "walked across the line one by one"),
    ("2033-04-12_altitude_villagers-freed.txt", "A17", "the release was carried out"),
    ("2033-04-12_altitude_villagers-freed.txt", "A16", "the ceasefire agreed in Almaty on Monday"),
    ("2033-04-12_altitude_villagers-freed.txt", "A02", "The detentions and a Tajik ban"),
    ("2033-04-12_altitude_villagers-freed.txt", "A13", "a Tajik ban on Kyrgyz food"),
    ("2033-04-12_summit_farmers-home.txt", "A17", "Freed Tajik farmers return home"),
    ("2033-04-12_summit_farmers-home.txt", "A17", "were set free by Kyrgyz authorities"),
    ("2033-04-12_summit_farmers-home.txt", "A17", "where they were handed to Tajik"),
    ("2033-04-12_summit_farmers-home.txt", "A17", "The handover was the first concrete step"),
    ("2033-04-12_summit_farmers-home.txt", "A16", "the truce signed in Almaty on Monday"),
    ("2033-04-12_summit_farmers-home.txt", "A11", "a mortar round wounded a Kyrgyz soldier"),
    ("2033-04-13_northgate_ban-lifted.txt", "A18", "Tajikistan ends ban on Kyrgyz food"),
    ("2033-04-13_northgate_ban-lifted.txt", "A17", "after villagers return"),
    ("2033-04-13_northgate_ban-lifted.txt", "A18", "lifted its embargo on Kyrgyz food"),
    ("2033-04-13_northgate_ban-lifted.txt", "A17", "a day after Bishkek freed 11 villagers"),
    ("2033-04-13_northgate_ban-lifted.txt", "A13", "The ban, imposed last Friday"),
    ("2033-04-13_northgate_ban-lifted.txt", "A10", "had threatened the measure on April 6"),
    ("2033-04-13_northgate_ban-lifted.txt", "A16", "Under the truce agreed on Monday"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A18", "as import curbs end"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A18", "scrapped its five-day ban on Kyrgyz"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A13", "introduced the ban last Friday"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A02", "over the detention of 11 farmers"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A17", "Kyrgyz authorities freed the farmers"),
    ("2033-04-13_valleypost_trade-resumes.txt", "A16", "a ceasefire deal signed in Almaty"),
]

FLOORS = {"pairwise_f1": 0.73, "b3_f1": 0.79, "reports_found": 0.58}


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
