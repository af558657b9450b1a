"""Blind incident batch 33: a kidnapping of foreign oil workers in Nigeria's Niger Delta and its aftermath.

Written on 2026-12-02, before the coder was run on any of it. Everything in it is synthetic: the outlets
(Lagoon Wire, Savanna Post, Kestrel News Agency, Continental Desk, Westgate Bulletin, Harmattan Times), the
company, the people and the groups are invented; the countries and places are real; the events never happened,
and the dates (March 6-15, 2034) lie in the future.

The crisis, over ten days: before dawn on Monday, March 6, gunmen in speedboats storm Corvina Energy Nigeria's
Sangana Alpha platform off Brass, Bayelsa State, and abduct South Korean and Filipino workers (nine at first,
revised on Tuesday to eleven); the navy sends gunboats into the creeks that afternoon. On Tuesday the
kidnappers demand a $5 million ransom, Corvina halts output, President Okereke vows to bring the men home, and
Seoul and Manila each summon Nigeria's envoy. On Wednesday Abuja rejects the ransom, two Philippine cabinet
members each appeal to Nigeria, and the South Korean foreign minister phones his Nigerian counterpart. The
army raids a camp near Azuzuama on Thursday (four hostages freed; six kidnappers killed, later eight) and a
second camp near Ezetu on Saturday. On Friday youths block the Yenagoa-Mbiama road against the raid and a
militant group threatens the pipelines; police arrest five suspects on Sunday; the kidnappers release the last
seven hostages on Monday, March 13; Seoul thanks Nigeria on Tuesday; and on Wednesday, March 15, the group
blows up a trunk line near Nembe.

Look-alikes that must stay apart: the two raids (Thursday, Saturday; same parties, same type); the two
summonses of Nigerian envoys on the same Tuesday (Seoul, Manila); the two Philippine appeals of the same
Wednesday (one act per speaker); the Friday threat against the pipelines and the Wednesday bombing that
carried it out. One document is a verbatim syndicated copy (Savanna Post of Lagoon Wire's March 6 story) and
one a lightly edited copy (Kestrel's of Lagoon Wire's March 7 story). The hostage count (nine, then eleven)
and the raid's toll (six, then eight) change between reports of the same act.

Gold conventions: an act is one actor (for statements, one speaker or one institution) doing one thing to one
target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives (summoning an envoy is
ACCUSE, abduction and the raids are ASSAULT, the release of hostages by their captors is RETREAT; a rescue in
a raid is part of the raid). REPORTS lists every sentence that reports an act that happened, background recaps
in later reports and quotes that tell the act included, with a cue (3 to 8 words) found once in its file; a
sentence that reports two acts of different types has two entries, and no sentence reports two acts of one
type. Not listed: headlines; planned acts; the act promised, threatened or demanded, until it happens (the
promise, threat or demand itself is an AGREE, THREATEN or REQUEST act); conditional, hypothetical or denied
acts (the denied ransom payment); acts more than a year before; statistics, tallies and opinions; the
company's halt of production (no PLOVER type); bare mentions of "the hostages" or "the kidnappers" that do not
recount the seizure.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the eleventh 2026-12-02 session): run
with `figures` once at its start, on its starting code (536eecd, whose code is d64cb5d): **pairwise F1 0.800**
(precision 0.917, recall 0.710), B-cubed F1 0.850, reports found 0.714; and once at its end, on its final code
(8ef1514, and f823974 before its last fix: the same): **pairwise F1 0.812** (precision 0.896, recall 0.742),
B-cubed F1 0.875, reports found 0.714.
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
    ("2034-03-06_lagoonwire_gunmen-seize-oil-workers.txt",
     "Gunmen abduct nine foreign workers from Nigerian offshore platform\n\n"
     "YENAGOA, March 6, 2034 (Lagoon Wire) - Armed men in speedboats stormed an offshore oil platform in "
     "Nigeria's Bayelsa State before dawn on Monday and carried off nine foreign workers, the operator and "
     "security sources said. Corvina Energy Nigeria said five South Korean and four Filipino employees were "
     "taken from its Sangana Alpha platform, about 20 kilometres off the coast of Brass.\n\n"
     "The Nigerian Navy sent gunboats into the creeks around Brass on Monday afternoon to search for the "
     "kidnappers, spokesman Commodore Ayuba Kwaghgba told reporters. \"It is too early to say which group "
     "is behind this,\" he said. Responsibility remained unclaimed on Monday evening.\n\n"
     "Kidnapping for ransom has plagued the Niger Delta for two decades, and foreign oil staff were "
     "frequent targets during the militant uprising that ended with a government amnesty in 2009. Nigerian "
     "crude output averaged roughly 1.5 million barrels daily last year, the national oil regulator "
     "says.\n\n"
     "Corvina said a crisis team had been set up in Port Harcourt."),
    ("2034-03-06_savannapost_gunmen-seize-oil-workers.txt",
     "Gunmen abduct nine foreign workers from Nigerian offshore platform\n\n"
     "YENAGOA, March 6, 2034 (Savanna Post) - Armed men in speedboats stormed an offshore oil platform in "
     "Nigeria's Bayelsa State before dawn on Monday and carried off nine foreign workers, the operator and "
     "security sources said. Corvina Energy Nigeria said five South Korean and four Filipino employees were "
     "taken from its Sangana Alpha platform, about 20 kilometres off the coast of Brass.\n\n"
     "The Nigerian Navy sent gunboats into the creeks around Brass on Monday afternoon to search for the "
     "kidnappers, spokesman Commodore Ayuba Kwaghgba told reporters. \"It is too early to say which group "
     "is behind this,\" he said. Responsibility remained unclaimed on Monday evening.\n\n"
     "Kidnapping for ransom has plagued the Niger Delta for two decades, and foreign oil staff were "
     "frequent targets during the militant uprising that ended with a government amnesty in 2009. Nigerian "
     "crude output averaged roughly 1.5 million barrels daily last year, the national oil regulator "
     "says.\n\n"
     "Corvina said a crisis team had been set up in Port Harcourt.\n\n"
     "Originally published by Lagoon Wire."),
    ("2034-03-06_kestrel_sangana-platform-attack.txt",
     "Foreign crew kidnapped in pre-dawn raid on Bayelsa oil rig\n\n"
     "LAGOS, March 6, 2034 (Kestrel News Agency) - Kidnappers seized nine expatriate workers from an oil "
     "rig off the Bayelsa coast early on Monday, in the boldest offshore abduction in the Niger Delta in "
     "years. A police officer in Brass, who requested anonymity, said the gunmen arrived in three "
     "speedboats and left within twenty minutes.\n\n"
     "The rig's operator, Corvina Energy Nigeria, confirmed that five South Koreans and four Filipinos had "
     "been abducted. Navy patrol boats were later dispatched to the area, the company said.\n\n"
     "Security analysts said armed gangs appeared able once more to reach offshore installations that had "
     "long been thought safe. Oil companies cut back offshore staffing after a wave of abductions between "
     "2006 and 2009.\n\n"
     "Brent crude rose 40 cents a barrel in London after the news."),
    ("2034-03-07_continental_seoul-summons-envoy.txt",
     "South Korea summons Nigerian ambassador over kidnapped crew\n\n"
     "SEOUL, March 7, 2034 (Continental Desk) - South Korea's foreign ministry summoned Nigeria's "
     "ambassador to its offices on Tuesday after the kidnapping of six South Korean oil workers off the "
     "Nigerian coast. Vice Foreign Minister Kang Hye-rin told Ambassador Emeka Ugorji that Seoul held Abuja "
     "responsible for the safety of its citizens, a ministry spokeswoman said.\n\n"
     "The platform's operator, Corvina Energy Nigeria, raised its count on Tuesday to 11 and said six South "
     "Koreans and five Filipinos had been taken, not the nine first reported. The Philippines separately "
     "summoned Nigeria's envoy in Manila, the Department of Foreign Affairs there said.\n\n"
     "South Korean engineering firms employ several hundred nationals in Nigeria's oil and gas sector, "
     "according to ministry figures. The last kidnapping of a South Korean national in the Niger Delta, in "
     "2012, ended with the hostage's release after a week.\n\n"
     "\"Our first concern is that every one of our nationals comes home alive,\" spokeswoman Ryu Ji-won "
     "said."),
    ("2034-03-07_westgate_manila-calls-in-nigerian-diplomat.txt",
     "Manila calls in Nigerian diplomat as five Filipinos held in Delta\n\n"
     "MANILA, March 7, 2034 (Westgate Bulletin) - The Department of Foreign Affairs called in Nigeria's "
     "charge d'affaires, Ngozi Ilori, on Tuesday as concern grew over five Filipino workers kidnapped in "
     "the Niger Delta. The platform operator said on Tuesday that five Filipinos, not four as first "
     "reported, were among 11 foreigners taken from the offshore facility on Monday.\n\n"
     "Seoul also summoned the Nigerian ambassador to South Korea on the same day.\n\n"
     "More than two million Filipinos work abroad, and seafarers and offshore technicians make up one of "
     "the largest groups. \"These are breadwinners, and their families are waiting by the phone,\" said "
     "Aurora Mendiola, who heads a seafarers' welfare group in Manila.\n\n"
     "Filipino crew members were taken hostage off Nigeria several times in the late 2000s."),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt",
     "Kidnappers of Bayelsa platform crew seek $5 million; Corvina halts output\n\n"
     "YENAGOA, March 7, 2034 (Lagoon Wire) - The gunmen holding 11 foreign oil workers in Nigeria's Niger "
     "Delta demanded a ransom of $5 million on Tuesday, two sources briefed on the contacts said. The "
     "demand came in a telephone call to the Port Harcourt office of Corvina Energy Nigeria, the platform's "
     "operator, one of the sources said. The caller, who spoke in a mix of Ijaw and pidgin English, said "
     "the hostages were unharmed.\n\n"
     "Corvina, which on Tuesday revised the number of its kidnapped staff to 11 from nine, said it had shut "
     "in output at the Sangana field. The field normally produces around 35,000 barrels a day.\n\n"
     "President Musa Okereke vowed on Tuesday that the workers would be brought home safely. Navy gunboats "
     "deployed on Monday have sealed off creeks around Brass, Commodore Ayuba Kwaghgba said.\n\n"
     "Paying ransom to kidnappers has been a crime in Nigeria since 2022, though families and firms have "
     "often paid quietly. Sums handed over in the region in recent years have ranged from a few thousand "
     "dollars to several million, security consultants say."),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt",
     "Ransom of $5 million sought for kidnapped Sangana crew\n\n"
     "YENAGOA, March 7, 2034 (Kestrel News Agency) - The gunmen holding 11 foreign oil workers in Nigeria's "
     "Niger Delta demanded a $5 million ransom on Tuesday, two sources briefed on the contacts said. The "
     "demand came in a telephone call to the Port Harcourt office of Corvina Energy Nigeria, which operates "
     "the platform, one of the sources said. The caller, who spoke in a mix of Ijaw and pidgin English, "
     "said the hostages were unharmed.\n\n"
     "Corvina, which on Tuesday revised the number of its kidnapped staff to 11 from nine, said it had "
     "stopped production at the Sangana field, which normally pumps around 35,000 barrels a day.\n\n"
     "President Musa Okereke vowed on Tuesday that the workers would be brought home safely. Navy gunboats "
     "deployed on Monday have sealed off creeks around Brass, a navy spokesman said.\n\n"
     "Paying ransom to kidnappers has been a crime in Nigeria since 2022, though families and firms have "
     "often paid quietly.\n\n"
     "Based on reporting by Lagoon Wire."),
    ("2034-03-07_harmattan_president-vows-rescue.txt",
     "Okereke pledges safe return of foreign hostages\n\n"
     "ABUJA, March 7, 2034 (Harmattan Times) - President Musa Okereke promised on Tuesday to bring home "
     "every one of the foreign workers held by kidnappers in Bayelsa State, saying Nigeria would not let "
     "criminals dictate terms. \"These men came to work in our country, and we owe their families an "
     "answer,\" Okereke said in a televised address.\n\n"
     "The kidnappers have asked Corvina Energy Nigeria for $5 million, according to people familiar with "
     "the contacts.\n\n"
     "Crude sales bring in most of Nigeria's foreign exchange, and offshore fields supply a growing part of "
     "that output. Security analysts in Abuja said offshore platforms had been guarded more lightly since "
     "militant violence eased over the past decade.\n\n"
     "Okereke took office in 2031 after a campaign focused on insecurity."),
    ("2034-03-08_harmattan_no-ransom-abuja.txt",
     "Nigeria says it will pay nothing to kidnappers of oil workers\n\n"
     "ABUJA, March 8, 2034 (Harmattan Times) - Nigeria's government on Wednesday rejected the $5 million "
     "ransom demanded by the gang holding 11 foreign oil workers, saying it would not reward kidnappers. "
     "\"The Federal Government does not negotiate with criminals and will not pay a kobo,\" Information "
     "Minister Folasade Ayinde told reporters.\n\n"
     "Ayinde gave no details of the search for the hostages. Corvina Energy Nigeria has not said whether it "
     "is in contact with the kidnappers. Production at the company's Sangana field remained halted for a "
     "second day.\n\n"
     "A 2022 law made paying kidnappers a crime that can bring 15 years behind bars. President Musa Okereke "
     "had pledged on Tuesday that the hostages would be freed."),
    ("2034-03-08_westgate_manila-presses-abuja.txt",
     "Two Philippine cabinet members press Nigeria over hostages\n\n"
     "MANILA, March 8, 2034 (Westgate Bulletin) - Philippine Foreign Affairs Secretary Corazon Villaraza on "
     "Wednesday urged Nigeria to put the lives of five Filipino hostages ahead of any military operation. "
     "Hours later, Migrant Workers Secretary Ramon Abrera made his own appeal to Abuja, asking Nigerian "
     "authorities to do everything possible to win the workers' release.\n\n"
     "\"A rescue that costs lives is not a rescue,\" Villaraza told a news conference. Abrera said most of "
     "the families lived in Batangas and Iloilo provinces.\n\n"
     "The foreign ministry summoned Nigeria's charge d'affaires in Manila on Tuesday. Abuja has said it "
     "will not pay the $5 million sought by the kidnappers.\n\n"
     "Money sent home by Filipinos working overseas reached a record last year."),
    ("2034-03-08_savannapost_philippine-officials-appeal.txt",
     "Philippines urges Nigeria to avoid risky rescue of Filipino crew\n\n"
     "MANILA, March 8, 2034 (Savanna Post) - The Philippines' top diplomat called on Nigeria on Wednesday "
     "not to risk the lives of five Filipinos held by kidnappers in the Niger Delta. Secretary Corazon "
     "Villaraza said any rescue attempt should be coordinated with the workers' employers and their "
     "governments.\n\n"
     "The migrant workers secretary, Ramon Abrera, separately asked Nigerian officials to keep Manila "
     "informed of every step. Villaraza's department had called in Nigeria's envoy a day earlier.\n\n"
     "Filipinos hold about one in four seafaring jobs on merchant ships worldwide, industry groups "
     "estimate. Five of the 11 foreigners held are Filipino, according to the platform's operator, Corvina "
     "Energy Nigeria."),
    ("2034-03-08_continental_ahn-calls-nigerian-counterpart.txt",
     "South Korean foreign minister holds call with Nigeria's Tarfa\n\n"
     "SEOUL, March 8, 2034 (Continental Desk) - South Korean Foreign Minister Ahn Min-seok spoke by "
     "telephone with his Nigerian counterpart Yakubu Tarfa on Wednesday about the six South Koreans held in "
     "the Niger Delta, the foreign ministry said. Tarfa briefed Ahn on the search during the 20-minute "
     "call, the ministry said.\n\n"
     "Seoul summoned Nigeria's ambassador on Tuesday.\n\n"
     "Most of the six South Koreans are engineers employed by a subcontractor based in Ulsan, the ministry "
     "said. South Korea has advised its citizens against travel to the Niger Delta since 2007.\n\n"
     "\"We are working through every channel available to us,\" a ministry official told reporters on "
     "condition of anonymity."),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt",
     "Nigerian troops free four foreign hostages in creek raid\n\n"
     "YENAGOA, March 9, 2034 (Lagoon Wire) - Nigerian soldiers stormed a kidnappers' camp in the creeks of "
     "Southern Ijaw on Thursday and freed four of the 11 foreign oil workers, the army said. Six suspected "
     "kidnappers were killed in a gunfight that lasted more than an hour near the fishing village of "
     "Azuzuama, army spokesman Major Kelechi Onuorah said.\n\n"
     "Three South Koreans and one Filipino were rescued unhurt and flown to Port Harcourt for medical "
     "checks, he said. One soldier was wounded. Onuorah said the other seven captives were thought to have "
     "been moved deeper into the mangroves.\n\n"
     "The workers were snatched from Corvina Energy Nigeria's Sangana Alpha platform before dawn on "
     "Monday.\n\n"
     "Military operations in the creeks have in the past drawn complaints from residents about damage to "
     "homes and fishing boats."),
    ("2034-03-09_kestrel_army-raid-azuzuama.txt",
     "Army says four foreigners rescued, six gunmen dead\n\n"
     "LAGOS, March 9, 2034 (Kestrel News Agency) - The Nigerian army said on Thursday it had rescued four "
     "foreign hostages in a dawn assault on a militant hideout in Bayelsa State, killing six of their "
     "captors. The operation followed Wednesday's refusal by the government to pay the $5 million sought by "
     "the kidnappers.\n\n"
     "The freed men, three from South Korea and one from the Philippines, were reported to be in good "
     "health. Residents of Azuzuama said helicopters circled the area for hours and gunfire could be heard "
     "from before sunrise.\n\n"
     "Seven foreigners remain in captivity. The delta's maze of mangrove channels covers tens of thousands "
     "of square kilometres, making it hard for troops to track armed groups."),
    ("2034-03-10_savannapost_youths-block-road.txt",
     "Ijaw youths barricade Bayelsa highway over army raid\n\n"
     "YENAGOA, March 10, 2034 (Savanna Post) - Hundreds of young men blocked the main road into Yenagoa on "
     "Friday to protest a military raid on a creek settlement, burning tyres and halting traffic for most "
     "of the day. Protest leaders said several houses in Azuzuama were burnt during Thursday's "
     "operation.\n\n"
     "The army said on Friday that eight kidnappers, not six as first announced, died in the raid.\n\n"
     "\"Our villages are full of fishermen, not kidnappers,\" said Ebimobowei Seiyefa of the Southern Ijaw "
     "Youth Council. Traffic was moving again by evening, police said.\n\n"
     "The Yenagoa-Mbiama road is the only highway linking the Bayelsa capital to the rest of the country."),
    ("2034-03-10_harmattan_militants-threaten-oil-sites.txt",
     "Delta militant group warns of strikes on oil installations\n\n"
     "PORT HARCOURT, March 10, 2034 (Harmattan Times) - A militant group in the Niger Delta threatened on "
     "Friday to attack oil installations across Bayelsa State unless the army halts its operations in the "
     "creeks. The warning came in an emailed statement from the Ijaw Creeks Defence Front, a faction first "
     "heard of last year.\n\n"
     "\"Any further invasion of our communities will be answered on the pipelines,\" said the statement, "
     "signed by a spokesman calling himself Captain Ayibanua.\n\n"
     "The army raided a camp near Azuzuama on Thursday and freed four hostages, and the military now puts "
     "the number of kidnappers killed at eight. The army made no immediate comment on the statement.\n\n"
     "Attacks by militants on pipelines cut Nigeria's output by more than a third between 2006 and 2009. "
     "Security consultants said the group was small but had links to older armed factions in the creeks."),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt",
     "Army hits second creek camp, hostages not found\n\n"
     "YENAGOA, March 11, 2034 (Lagoon Wire) - Nigerian troops attacked a second kidnappers' camp in Bayelsa "
     "State on Saturday but found none of the seven foreign oil workers still held, the army said. Two "
     "soldiers and three gunmen were killed in the fighting near Ezetu, army spokesman Major Kelechi "
     "Onuorah said.\n\n"
     "Onuorah said the kidnappers appeared to have left the site hours before troops arrived.\n\n"
     "In Thursday's operation near Azuzuama, soldiers freed four of the hostages and killed eight of their "
     "captors. Youths blocked the Yenagoa-Mbiama road on Friday in protest. A militant group has threatened "
     "to attack pipelines if the operations continue.\n\n"
     "Oil traders said the shutdown at Sangana had removed about 35,000 barrels a day from Nigerian supply."),
    ("2034-03-12_kestrel_police-arrest-suspects.txt",
     "Police detain five over Sangana kidnapping\n\n"
     "YENAGOA, March 12, 2034 (Kestrel News Agency) - Police in Bayelsa State arrested five people on "
     "Sunday on suspicion of helping the gang that abducted 11 foreign workers from an offshore platform "
     "last week. Those detained include a catering contractor who worked on the platform and two boat "
     "operators from Brass, police commissioner Aliyu Garba-Dutse said.\n\n"
     "Troops fought gunmen at a camp near Ezetu on Saturday, but the hostages had already been moved. Seven "
     "of the workers, three South Koreans and four Filipinos, are still being held.\n\n"
     "Informants inside oil facilities have helped kidnappers in several past attacks, according to court "
     "records from earlier cases. The police commissioner said more arrests were likely."),
    ("2034-03-13_lagoonwire_last-seven-hostages-freed.txt",
     "Kidnappers free last seven foreign oil workers in Bayelsa\n\n"
     "NEMBE, March 13, 2034 (Lagoon Wire) - Kidnappers on Monday released the last seven of the 11 foreign "
     "oil workers seized from an offshore platform a week ago, handing them to local officials at a jetty "
     "in Nembe. The three South Koreans and four Filipinos looked tired but walked unaided from the boat, a "
     "reporter at the scene said.\n\n"
     "Bayelsa Governor Doubra Ekiyor insisted the men were freed without any money changing hands. Corvina "
     "Energy Nigeria also denied handing money to the kidnappers.\n\n"
     "Four other hostages were rescued on Thursday when troops overran a camp near Azuzuama.\n\n"
     "The men will be flown to Lagos on Tuesday before returning home, officials said. Corvina said "
     "production at Sangana would stay shut until a security review was completed."),
    ("2034-03-13_continental_korean-workers-released.txt",
     "Three South Korean oil workers freed in Nigeria, Seoul says\n\n"
     "SEOUL, March 13, 2034 (Continental Desk) - Three South Korean engineers held hostage in Nigeria for a "
     "week were let go by their captors on Monday and are in good health, Seoul's foreign ministry said. "
     "Four Filipinos held with them were freed at the same time.\n\n"
     "The other three South Koreans were rescued by Nigerian troops last Thursday. \"The families have "
     "waited seven very long days,\" spokeswoman Ryu Ji-won said.\n\n"
     "Seoul had summoned Nigeria's envoy and Foreign Minister Ahn Min-seok had spoken to his Nigerian "
     "counterpart during the crisis. South Korean companies have built several gas processing plants in "
     "Nigeria over the past two decades."),
    ("2034-03-13_westgate_filipinos-walk-free.txt",
     "Four Filipino hostages freed in Niger Delta, families rejoice\n\n"
     "MANILA, March 13, 2034 (Westgate Bulletin) - Four Filipino oil workers held by kidnappers in "
     "Nigeria's Niger Delta were set free on Monday, the Department of Foreign Affairs said. They were "
     "among seven hostages handed over by the gang at a jetty in the town of Nembe.\n\n"
     "A fifth Filipino was rescued by Nigerian soldiers on Thursday. \"We prayed every night, and tonight "
     "our prayers were answered,\" said a woman in Batangas whose husband was among the men.\n\n"
     "Foreign Affairs Secretary Corazon Villaraza had urged Nigeria last week to put the hostages' lives "
     "before any military action. The men are expected home by the weekend."),
    ("2034-03-14_continental_seoul-thanks-abuja.txt",
     "Seoul praises Nigerian efforts after hostage ordeal ends\n\n"
     "SEOUL, March 14, 2034 (Continental Desk) - South Korea on Tuesday thanked the Nigerian government for "
     "its efforts to free six South Korean workers held in the Niger Delta, calling cooperation between the "
     "two countries \"exemplary.\" Foreign Minister Ahn Min-seok praised the Nigerian army and navy in a "
     "statement and said Seoul valued Abuja's \"steady communication\" during the crisis.\n\n"
     "The last three South Korean hostages were released by their kidnappers on Monday along with four "
     "Filipinos.\n\n"
     "The six men are due to land at Incheon International Airport on Thursday. South Korea's trade with "
     "Nigeria reached roughly 2 billion dollars in value last year, customs figures show."),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt",
     "Militants claim blast on Bayelsa oil pipeline\n\n"
     "YENAGOA, March 15, 2034 (Harmattan Times) - Militants blew up a crude oil trunk line near Nembe in "
     "Bayelsa State early on Wednesday, days after threatening to strike pipelines if military operations "
     "continued. The Ijaw Creeks Defence Front claimed the blast, saying its fighters had planted the "
     "explosives.\n\n"
     "A spokesman for the pipeline's operator said a fire at the site was put out by late morning and that "
     "output from several fields feeding the line had been halted. No one was hurt, police said.\n\n"
     "The group issued its warning on Friday, 24 hours after soldiers killed eight suspected kidnappers in "
     "a raid near Azuzuama. The seven remaining hostages from the Sangana Alpha platform were released on "
     "Monday.\n\n"
     "Attacks on pipelines were common in the delta until a 2009 amnesty persuaded thousands of fighters to "
     "lay down arms."),
    ("2034-03-15_savannapost_trunk-line-bombed.txt",
     "Explosion hits Bayelsa pipeline, group says it acted on warning\n\n"
     "PORT HARCOURT, March 15, 2034 (Savanna Post) - An explosion ripped through an oil pipeline in Nembe "
     "early on Wednesday, and a little-known militant group said it had carried out the attack. The Ijaw "
     "Creeks Defence Front had warned last Friday that it would hit oil facilities if the army kept up its "
     "raids.\n\n"
     "\"We gave a warning and it was ignored,\" the group wrote in an email to reporters in Port "
     "Harcourt.\n\n"
     "The army's second raid, near Ezetu on Saturday, left two soldiers dead. Industry sources said the "
     "line moves some 60,000 barrels daily to the Brass export terminal."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-03-06", "gunmen storm Corvina's Sangana Alpha platform off Brass and "
                                        "abduct foreign workers (9 first reported, revised to 11: 6 South "
                                        "Koreans, 5 Filipinos)"),
    "A02": (("MOBILIZE",), "2034-03-06", "Nigerian Navy sends gunboats into the creeks around Brass"),
    "A03": (("REQUEST",), "2034-03-07", "kidnappers demand a $5 million ransom from Corvina by telephone"),
    "A04": (("ACCUSE",), "2034-03-07", "South Korea's foreign ministry summons Nigeria's ambassador in "
                                       "Seoul"),
    "A05": (("ACCUSE",), "2034-03-07", "Philippine foreign ministry summons Nigeria's charge d'affaires "
                                       "in Manila"),
    "A06": (("REQUEST",), "2034-03-08", "Philippine Foreign Affairs Secretary Villaraza urges Nigeria to "
                                        "put hostages' lives first"),
    "A07": (("REQUEST",), "2034-03-08", "Philippine Migrant Workers Secretary Abrera appeals to Nigeria "
                                        "over the hostages"),
    "A08": (("ASSAULT",), "2034-03-09", "army raids kidnappers' camp near Azuzuama, frees four hostages, "
                                        "kills kidnappers (6, then 8)"),
    "A09": (("ASSAULT",), "2034-03-11", "army raids a second camp near Ezetu; two soldiers, three gunmen "
                                        "killed"),
    "A10": (("PROTEST",), "2034-03-10", "Southern Ijaw youths block the Yenagoa-Mbiama road against the "
                                        "raid"),
    "A11": (("THREATEN",), "2034-03-10", "Ijaw Creeks Defence Front threatens to attack oil installations "
                                         "if raids go on"),
    "A12": (("ASSAULT",), "2034-03-15", "Ijaw Creeks Defence Front blows up a crude trunk line near Nembe"),
    "A13": (("RETREAT",), "2034-03-13", "kidnappers release the last seven hostages at a jetty in Nembe"),
    "A14": (("CONSULT",), "2034-03-08", "South Korean FM Ahn phones Nigerian FM Tarfa about the hostages"),
    "A15": (("SUPPORT",), "2034-03-14", "South Korea thanks and praises Nigeria for its efforts"),
    "A16": (("REJECT",), "2034-03-08", "Nigerian government rejects paying the ransom"),
    "A17": (("AGREE",), "2034-03-07", "President Okereke vows to bring the workers home safely"),
    "A18": (("COERCE",), "2034-03-12", "Bayelsa police arrest five suspected helpers of the kidnappers"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-06_lagoonwire_gunmen-seize-oil-workers.txt", "A01", "stormed an offshore oil platform"),
    ("2034-03-06_lagoonwire_gunmen-seize-oil-workers.txt", "A01",
     "were taken from its Sangana Alpha platform"),
    ("2034-03-06_lagoonwire_gunmen-seize-oil-workers.txt", "A02", "sent gunboats into the creeks"),
    ("2034-03-06_savannapost_gunmen-seize-oil-workers.txt", "A01", "stormed an offshore oil platform"),
    ("2034-03-06_savannapost_gunmen-seize-oil-workers.txt", "A01",
     "were taken from its Sangana Alpha platform"),
    ("2034-03-06_savannapost_gunmen-seize-oil-workers.txt", "A02", "sent gunboats into the creeks"),
    ("2034-03-06_kestrel_sangana-platform-attack.txt", "A01", "Kidnappers seized nine expatriate workers"),
    ("2034-03-06_kestrel_sangana-platform-attack.txt", "A01", "arrived in three speedboats"),
    ("2034-03-06_kestrel_sangana-platform-attack.txt", "A01", "Filipinos had been abducted"),
    ("2034-03-06_kestrel_sangana-platform-attack.txt", "A02", "Navy patrol boats were later dispatched"),
    ("2034-03-07_continental_seoul-summons-envoy.txt", "A04",
     "foreign ministry summoned Nigeria's ambassador"),
    ("2034-03-07_continental_seoul-summons-envoy.txt", "A01", "kidnapping of six South Korean oil workers"),
    ("2034-03-07_continental_seoul-summons-envoy.txt", "A04", "told Ambassador Emeka Ugorji"),
    ("2034-03-07_continental_seoul-summons-envoy.txt", "A01",
     "South Koreans and five Filipinos had been taken"),
    ("2034-03-07_continental_seoul-summons-envoy.txt", "A05",
     "separately summoned Nigeria's envoy in Manila"),
    ("2034-03-07_westgate_manila-calls-in-nigerian-diplomat.txt", "A05",
     "called in Nigeria's charge d'affaires"),
    ("2034-03-07_westgate_manila-calls-in-nigerian-diplomat.txt", "A01",
     "Filipino workers kidnapped in the Niger Delta"),
    ("2034-03-07_westgate_manila-calls-in-nigerian-diplomat.txt", "A01", "were among 11 foreigners taken"),
    ("2034-03-07_westgate_manila-calls-in-nigerian-diplomat.txt", "A04",
     "summoned the Nigerian ambassador to South Korea"),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt", "A03", "demanded a ransom of $5 million"),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt", "A03", "The demand came in a telephone call"),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt", "A01",
     "revised the number of its kidnapped staff"),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt", "A17", "vowed on Tuesday that the workers"),
    ("2034-03-07_lagoonwire_kidnappers-demand-ransom.txt", "A02", "Navy gunboats deployed on Monday"),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt", "A03", "demanded a $5 million ransom"),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt", "A03", "The demand came in a telephone call"),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt", "A01", "revised the number of its kidnapped staff"),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt", "A17", "vowed on Tuesday that the workers"),
    ("2034-03-07_kestrel_ransom-sought-for-crew.txt", "A02", "Navy gunboats deployed on Monday"),
    ("2034-03-07_harmattan_president-vows-rescue.txt", "A17", "promised on Tuesday to bring home"),
    ("2034-03-07_harmattan_president-vows-rescue.txt", "A03", "asked Corvina Energy Nigeria for $5 million"),
    ("2034-03-08_harmattan_no-ransom-abuja.txt", "A16", "government on Wednesday rejected the"),
    ("2034-03-08_harmattan_no-ransom-abuja.txt", "A03", "$5 million ransom demanded by the gang"),
    ("2034-03-08_harmattan_no-ransom-abuja.txt", "A16", "will not pay a kobo"),
    ("2034-03-08_harmattan_no-ransom-abuja.txt", "A17", "had pledged on Tuesday"),
    ("2034-03-08_westgate_manila-presses-abuja.txt", "A06", "urged Nigeria to put the lives"),
    ("2034-03-08_westgate_manila-presses-abuja.txt", "A07", "made his own appeal to Abuja"),
    ("2034-03-08_westgate_manila-presses-abuja.txt", "A05", "summoned Nigeria's charge d'affaires in Manila"),
    ("2034-03-08_westgate_manila-presses-abuja.txt", "A16", "has said it will not pay"),
    ("2034-03-08_westgate_manila-presses-abuja.txt", "A03", "$5 million sought by the kidnappers"),
    ("2034-03-08_savannapost_philippine-officials-appeal.txt", "A06", "top diplomat called on Nigeria"),
    ("2034-03-08_savannapost_philippine-officials-appeal.txt", "A06",
     "any rescue attempt should be coordinated"),
    ("2034-03-08_savannapost_philippine-officials-appeal.txt", "A07", "separately asked Nigerian officials"),
    ("2034-03-08_savannapost_philippine-officials-appeal.txt", "A05",
     "called in Nigeria's envoy a day earlier"),
    ("2034-03-08_continental_ahn-calls-nigerian-counterpart.txt", "A14",
     "spoke by telephone with his Nigerian counterpart"),
    ("2034-03-08_continental_ahn-calls-nigerian-counterpart.txt", "A14", "briefed Ahn on the search"),
    ("2034-03-08_continental_ahn-calls-nigerian-counterpart.txt", "A04",
     "Seoul summoned Nigeria's ambassador on Tuesday"),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt", "A08", "soldiers stormed a kidnappers' camp"),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt", "A08", "Six suspected kidnappers were killed"),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt", "A08", "were rescued unhurt"),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt", "A08", "One soldier was wounded"),
    ("2034-03-09_lagoonwire_troops-free-four-hostages.txt", "A01",
     "were snatched from Corvina Energy Nigeria's"),
    ("2034-03-09_kestrel_army-raid-azuzuama.txt", "A08", "in a dawn assault on a militant hideout"),
    ("2034-03-09_kestrel_army-raid-azuzuama.txt", "A16", "refusal by the government to pay"),
    ("2034-03-09_kestrel_army-raid-azuzuama.txt", "A03", "$5 million sought by the kidnappers"),
    ("2034-03-09_kestrel_army-raid-azuzuama.txt", "A08", "helicopters circled the area for hours"),
    ("2034-03-10_savannapost_youths-block-road.txt", "A10", "blocked the main road into Yenagoa"),
    ("2034-03-10_savannapost_youths-block-road.txt", "A08", "a military raid on a creek settlement"),
    ("2034-03-10_savannapost_youths-block-road.txt", "A08", "were burnt during Thursday's operation"),
    ("2034-03-10_savannapost_youths-block-road.txt", "A08", "eight kidnappers, not six as first"),
    ("2034-03-10_harmattan_militants-threaten-oil-sites.txt", "A11",
     "threatened on Friday to attack oil installations"),
    ("2034-03-10_harmattan_militants-threaten-oil-sites.txt", "A11",
     "The warning came in an emailed statement"),
    ("2034-03-10_harmattan_militants-threaten-oil-sites.txt", "A11", "will be answered on the pipelines"),
    ("2034-03-10_harmattan_militants-threaten-oil-sites.txt", "A08", "The army raided a camp near Azuzuama"),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt", "A09", "attacked a second kidnappers' camp"),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt", "A09", "Two soldiers and three gunmen were killed"),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt", "A08", "In Thursday's operation near Azuzuama"),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt", "A10", "blocked the Yenagoa-Mbiama road on Friday"),
    ("2034-03-11_lagoonwire_second-camp-raid-ezetu.txt", "A11", "has threatened to attack pipelines"),
    ("2034-03-12_kestrel_police-arrest-suspects.txt", "A18", "arrested five people on Sunday"),
    ("2034-03-12_kestrel_police-arrest-suspects.txt", "A01", "gang that abducted 11 foreign workers"),
    ("2034-03-12_kestrel_police-arrest-suspects.txt", "A18", "Those detained include a catering contractor"),
    ("2034-03-12_kestrel_police-arrest-suspects.txt", "A09", "Troops fought gunmen at a camp near Ezetu"),
    ("2034-03-13_lagoonwire_last-seven-hostages-freed.txt", "A13", "released the last seven of the"),
    ("2034-03-13_lagoonwire_last-seven-hostages-freed.txt", "A01",
     "seized from an offshore platform a week ago"),
    ("2034-03-13_lagoonwire_last-seven-hostages-freed.txt", "A08", "troops overran a camp near Azuzuama"),
    ("2034-03-13_continental_korean-workers-released.txt", "A13", "were let go by their captors"),
    ("2034-03-13_continental_korean-workers-released.txt", "A13", "were freed at the same time"),
    ("2034-03-13_continental_korean-workers-released.txt", "A08", "rescued by Nigerian troops last Thursday"),
    ("2034-03-13_continental_korean-workers-released.txt", "A04", "Seoul had summoned Nigeria's envoy"),
    ("2034-03-13_continental_korean-workers-released.txt", "A14", "had spoken to his Nigerian counterpart"),
    ("2034-03-13_westgate_filipinos-walk-free.txt", "A13", "were set free on Monday"),
    ("2034-03-13_westgate_filipinos-walk-free.txt", "A13", "handed over by the gang at a jetty"),
    ("2034-03-13_westgate_filipinos-walk-free.txt", "A08", "rescued by Nigerian soldiers on Thursday"),
    ("2034-03-13_westgate_filipinos-walk-free.txt", "A06", "had urged Nigeria last week"),
    ("2034-03-14_continental_seoul-thanks-abuja.txt", "A15",
     "thanked the Nigerian government for its efforts"),
    ("2034-03-14_continental_seoul-thanks-abuja.txt", "A15", "praised the Nigerian army and navy"),
    ("2034-03-14_continental_seoul-thanks-abuja.txt", "A13", "released by their kidnappers on Monday"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A12", "blew up a crude oil trunk line"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A11", "days after threatening to strike pipelines"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A12", "its fighters had planted the explosives"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A11", "issued its warning on Friday"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A08", "soldiers killed eight suspected kidnappers"),
    ("2034-03-15_harmattan_pipeline-blast-nembe.txt", "A13", "were released on Monday"),
    ("2034-03-15_savannapost_trunk-line-bombed.txt", "A12", "An explosion ripped through an oil pipeline"),
    ("2034-03-15_savannapost_trunk-line-bombed.txt", "A11", "had warned last Friday"),
    ("2034-03-15_savannapost_trunk-line-bombed.txt", "A11", "We gave a warning and it"),
    ("2034-03-15_savannapost_trunk-line-bombed.txt", "A09", "second raid, near Ezetu on Saturday"),
]

FLOORS = {"pairwise_f1": 0.78, "b3_f1": 0.84, "reports_found": 0.68}


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
