"""Blind incident batch 57: a ten-day Japan-China row over a fishing crew detained near the Senkaku Islands.

A blind test batch for incident grouping: 25 synthetic news documents from six invented outlets about one crisis
over ten days, so that a system that groups reports of the same real-world act into one incident can be scored. The
crisis, July 5 to 14, 2033: the Chinese coast guard detains the crew of the Japanese trawler Kotobuki Maru near the
Senkaku Islands; Tokyo lodges a protest and summons China's ambassador, and Beijing summons Japan's envoy in return;
China threatens and then suspends imports of Japanese seafood; a Japanese company employee is detained in Beijing on
espionage suspicion; nationalist protesters rally outside the Japanese embassy in Beijing and, a day later, the
consulate general in Shanghai; the fishermen are released after six days but the captain is held and formally
arrested; the two foreign ministers meet on the sidelines of the ASEAN Regional Forum in Kuala Lumpur and agree to a
hotline; China lifts part of the seafood ban.

Everything in it is synthetic: the six outlets (Meridian Wire, Copperline News, Saltmarsh Herald, Pinecrest Journal,
Eastbrook Courier, Granite Bay Report) and every person are invented, the countries and places are real, the events
never happened and the dates are in the future. 25 documents; one is a verbatim syndicated copy (Pinecrest Journal
of Meridian Wire, July 8) and one a lightly edited copy (Eastbrook Courier of Meridian Wire, July 11). Look-alikes:
two summonses of China's ambassador by Japan (6th and 10th) and China's summons of Japan's envoy (6th), two Japanese
protests (5th and 12th), two Chinese rejections (7th and 10th), two detentions of Japanese nationals (5th and 9th)
plus the captain's formal arrest (12th), two rallies (Beijing 9th, Shanghai 10th), two calls for calm on one day by
different speakers (United States and UN secretary-general, 8th), a threat of seafood curbs (6th) and the suspension
itself (8th), the seafood ban imposed (8th) and partly lifted (14th), the fishermen detained (5th) and released
(11th), and four Japanese calls for releases (6th, 10th, 11th and 13th, the last two by the same minister); a figure
changes between reports (11 fishermen detained, then 12 aboard including the captain; about 300 protesters in
Beijing, then some 800).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's rally outside one mission is one act, and the boarding, seizure and holding of the trawler's crew
on the 5th is one act. Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two
readings: the summons of an ambassador is ACCUSE (an official complaint) or CONSULT (a meeting). A lodged diplomatic
protest is ACCUSE, the release of the fishermen and the easing of the ban are CONCEDE, and a call for calm or for a
release is REQUEST. REPORTS lists every sentence (headlines included) that reports an act that happened, background
recaps in later reports included ("a day after the Chinese coast guard detained their boat"), with a cue found once
in its file; a syndicated or edited copy has its own entries. A clause (a verb with its subject, a relative clause
included) recaps an act; a bare noun phrase that only names an earlier act as the occasion of another ("to protest
the detention of ...", "a businessman detained in Beijing") is not listed. Planned, promised-but-not-yet-done,
threatened, conditional, hypothetical and denied acts, acts more than a year before, statistics, tallies and
opinions are not listed (a promise is itself AGREE and a threat THREATEN; the promised or threatened act is not an
act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and
tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data, or any
other blind batch.

FIRST RUN, held back and never read (written by a helper at the start of the seventeenth session (2026-12-02)):
run once at its start, on its starting code (aa2ece2): **pairwise F1 0.704** (precision 0.815, recall 0.620),
B-cubed F1 0.838, reports found 0.752.
Run again at its end, on f41663c and on its final code 7dd3f8f (the same figures both times): the same figures
(**pairwise F1 0.704**, precision 0.815, recall 0.620; B-cubed F1 0.838, reports found 0.752). Which of the
session's changes touched it was not read.
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
    ("2033-07-05_meridian_fishing-crew-detained.txt",
     "China's coast guard detains crew of Japanese fishing boat near disputed islands\n\n"
     "TOKYO, July 5, 2033 (Meridian Wire) - China's coast guard detained the crew of a Japanese fishing "
     "boat near the East China Sea's Senkaku Islands on Tuesday, Japanese officials said, setting off a "
     "fresh row over the uninhabited chain that Beijing calls the Diaoyu.\n\n"
     "The Kotobuki Maru, a trawler registered on the Okinawan island of Ishigaki, was boarded about 30 "
     "kilometres northwest of Uotsuri, the largest island in the group, and 11 fishermen were taken aboard "
     "a Chinese patrol vessel, according to the Japan Coast Guard.\n\n"
     "Japan's Foreign Ministry lodged a strong protest with Beijing within hours, calling the boarding a "
     "violation of Japanese sovereignty.\n\n"
     "A spokeswoman for China's Foreign Ministry, Lu Jiahui, said in Beijing that the boat had been "
     "fishing illegally in Chinese waters and that the coast guard's action was lawful.\n\n"
     "The chain, which Japan administers and China claims, lies about 170 kilometres north of Ishigaki and "
     "has long been a point of friction between Asia's two largest economies.\n\n"
     "The trawler's owner, a fisheries cooperative on Ishigaki, said it last heard from the boat by radio "
     "shortly after noon."),
    ("2033-07-05_copperline_beijing-says-trawler.txt",
     "Beijing says Japanese trawler broke Chinese law near Diaoyu Islands\n\n"
     "BEIJING, July 5, 2033 (Copperline News) - China on Tuesday accused a trawler from Japan of operating "
     "unlawfully in waters around the Diaoyu Islands and said its coast guard had taken the crew into "
     "custody for investigation.\n\n"
     "Foreign Ministry spokeswoman Lu Jiahui told a regular briefing that coast guard officers boarded the "
     "vessel on Tuesday morning after it entered what she called China's territorial sea.\n\n"
     "She said the fishermen were unharmed and would be dealt with according to Chinese law.\n\n"
     "Tokyo had protested the boarding earlier in the day through diplomatic channels, Japanese officials "
     "said.\n\n"
     "The Chinese coast guard said online that its ships had patrolled the area on 41 days so far this "
     "year.\n\n"
     "Analysts in Beijing said the timing was sensitive, with Tokyo's and Beijing's top diplomats due in "
     "Kuala Lumpur next week for the ASEAN Regional Forum."),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt",
     "Tokyo summons Chinese ambassador over seized fishing crew\n\n"
     "TOKYO, July 6, 2033 (Saltmarsh Herald) - Japan summoned China's ambassador on Wednesday to protest "
     "the detention of the crew of an Ishigaki trawler off the Senkaku Islands, as Prime Minister Kenshiro "
     "Amagase demanded that Beijing free the fishermen without delay.\n\n"
     "Vice Foreign Minister Daisuke Orimoto called in Ambassador Fang Yuchen to the ministry in Tokyo and "
     "told him that the boarding of the Kotobuki Maru in Japanese waters was unacceptable, a ministry "
     "official said.\n\n"
     "Amagase told reporters at his office that the 11 crew members must be returned together with their "
     "boat.\n\n"
     "The Chinese coast guard seized the trawler on Tuesday about 30 kilometres from Uotsuri Island and "
     "took the crew to the port of Wenzhou in Zhejiang province, Japanese officials said.\n\n"
     "Tokyo had already lodged a protest through diplomatic channels on Tuesday, hours after the boarding.\n\n"
     "Fang left the ministry after about half an hour without speaking to reporters."),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt",
     "Beijing summons Japan's envoy and warns of seafood curbs\n\n"
     "BEIJING, July 6, 2033 (Pinecrest Journal) - China summoned Japan's ambassador on Wednesday to lodge "
     "what it called stern representations over a fishing boat held near the disputed islands, responding "
     "in kind to a similar step in Tokyo.\n\n"
     "Vice Foreign Minister Qiao Mingzhe told Ambassador Tetsuro Miyanaga that Japan should stop its "
     "'provocative words and deeds' over the Diaoyu Islands, according to a ministry statement.\n\n"
     "Separately, the Commerce Ministry warned that China was ready to restrict imports of Japanese "
     "seafood if Tokyo did not stop what it called its provocations.\n\n"
     "Commerce Ministry spokeswoman Tan Shuyi did not say which products might be affected.\n\n"
     "Japan's Vice Foreign Minister Daisuke Orimoto had summoned Chinese Ambassador Fang Yuchen in Tokyo "
     "earlier on Wednesday, and Prime Minister Kenshiro Amagase publicly demanded the crew's release.\n\n"
     "The Chinese coast guard boarded the Kotobuki Maru on Tuesday and escorted it to Wenzhou, where the "
     "11 fishermen are being questioned.\n\n"
     "China imported about 1.9 billion dollars' worth of Japanese aquatic products last year, according to "
     "customs figures."),
    ("2033-07-06_eastbrook_ishigaki-families-wait.txt",
     "On Ishigaki, families of detained fishermen wait for news\n\n"
     "ISHIGAKI, July 6, 2033 (Eastbrook Courier) - Relatives of the fishermen held in China gathered at "
     "the harbour office of the Yaeyama fisheries cooperative on Wednesday, waiting for word from Tokyo a "
     "day after the Chinese coast guard detained their boat near the Senkaku Islands.\n\n"
     "'We only want them home,' said Haruko Tamashiro, whose son is one of the deckhands aboard the "
     "Kotobuki Maru.\n\n"
     "Cooperative head Shinji Aragaki said the trawler had fished for bonito in the same area for years "
     "and had never before been approached by Chinese vessels.\n\n"
     "Prime Minister Kenshiro Amagase on Wednesday called for the crew's release, and Japan's Foreign "
     "Ministry summoned China's ambassador in Tokyo to protest.\n\n"
     "Several local skippers said they would keep away from the islands until things calmed down."),
    ("2033-07-07_meridian_china-rejects-protest.txt",
     "China rejects Japanese protest over detained trawler crew\n\n"
     "BEIJING, July 7, 2033 (Meridian Wire) - China on Thursday rejected Japan's protest over the seizure "
     "of an Okinawan fishing boat, saying Tokyo's complaints had 'no legal basis whatsoever'.\n\n"
     "Foreign Ministry spokeswoman Lu Jiahui said the crew members remained under investigation in Wenzhou "
     "and were being treated humanely.\n\n"
     "Beijing summoned Japanese Ambassador Tetsuro Miyanaga on Wednesday to make what it called stern "
     "representations.\n\n"
     "The Commerce Ministry also threatened on Wednesday to limit purchases of fish and shellfish from "
     "Japan.\n\n"
     "The Chinese coast guard detained the 11 men aboard the Kotobuki Maru on Tuesday near the islands, "
     "which China calls the Diaoyu and Japan the Senkaku.\n\n"
     "Japanese media reported that Tokyo was weighing whether to send a senior envoy to Beijing."),
    ("2033-07-07_granitebay_coast-guard-patrols.txt",
     "Japan sends extra patrol ships to Senkakus as crew count is revised to 12\n\n"
     "NAHA, July 7, 2033 (Granite Bay Report) - Japan's coast guard sent four additional patrol vessels to "
     "the seas near the Senkaku Islands on Thursday, two days after Chinese maritime officers detained a "
     "Japanese fishing crew in the area.\n\n"
     "Coast guard officials in Naha also said that 12 people had been aboard the Kotobuki Maru when it was "
     "boarded, including its captain, Yoshinori Hamasaki, 58, rather than the 11 first reported.\n\n"
     "A coast guard spokesman in Naha, Kazuhiro Ebina, said the extra ships would help keep Japanese boats "
     "safe and watch Chinese vessels around the clock.\n\n"
     "Beijing on Thursday rejected Japan's protest, calling it groundless."),
    ("2033-07-08_meridian_china-suspends-seafood.txt",
     "China suspends Japanese seafood imports as trawler row deepens\n\n"
     "BEIJING, July 8, 2033 (Meridian Wire) - China suspended all imports of seafood from Japan on Friday, "
     "two days after warning Tokyo of countermeasures over a fishing crew detained near islands claimed by "
     "both countries.\n\n"
     "The General Administration of Customs said in a notice that shipments of Japanese fish, shellfish "
     "and seaweed would be turned back at the border from Friday until further notice.\n\n"
     "Commerce Ministry spokeswoman Tan Shuyi had said on Wednesday that Beijing stood ready to curb "
     "Japanese seafood purchases if Tokyo kept up its provocations.\n\n"
     "Chinese coast guard officers took the crew of the Ishigaki trawler Kotobuki Maru into custody on "
     "Tuesday.\n\n"
     "Tokyo summoned China's ambassador on Wednesday.\n\n"
     "Beijing responded the same day by calling in Japan's envoy.\n\n"
     "Tokyo offered no reaction to the ban by late afternoon.\n\n"
     "Japan shipped around 1.6 billion dollars of seafood to mainland China last year, with scallops and "
     "sea cucumbers the largest items."),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt",
     "China suspends Japanese seafood imports as trawler row deepens\n\n"
     "BEIJING, July 8, 2033 (Meridian Wire) - China suspended all imports of seafood from Japan on Friday, "
     "two days after warning Tokyo of countermeasures over a fishing crew detained near islands claimed by "
     "both countries.\n\n"
     "The General Administration of Customs said in a notice that shipments of Japanese fish, shellfish "
     "and seaweed would be turned back at the border from Friday until further notice.\n\n"
     "Commerce Ministry spokeswoman Tan Shuyi had said on Wednesday that Beijing stood ready to curb "
     "Japanese seafood purchases if Tokyo kept up its provocations.\n\n"
     "Chinese coast guard officers took the crew of the Ishigaki trawler Kotobuki Maru into custody on "
     "Tuesday.\n\n"
     "Tokyo summoned China's ambassador on Wednesday.\n\n"
     "Beijing responded the same day by calling in Japan's envoy.\n\n"
     "Tokyo offered no reaction to the ban by late afternoon.\n\n"
     "Japan shipped around 1.6 billion dollars of seafood to mainland China last year, with scallops and "
     "sea cucumbers the largest items."),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt",
     "US urges Japan and China to ease tensions over fishing crew\n\n"
     "WASHINGTON, July 8, 2033 (Saltmarsh Herald) - The United States on Friday urged Japan and China to "
     "keep calm and settle the dispute over a detained fishing crew through dialogue, as Beijing halted "
     "imports of Japanese seafood.\n\n"
     "State Department spokeswoman Carla Whitcombe told reporters that Washington was following the "
     "situation closely and encouraged both sides to avoid steps that could escalate it.\n\n"
     "The UN secretary-general's office had appealed earlier in the day for restraint on all sides.\n\n"
     "China's customs agency suspended imports of Japanese fish and shellfish on Friday, three days after "
     "its coast guard seized the Kotobuki Maru and detained 12 people aboard."),
    ("2033-07-08_copperline_un-chief-restraint.txt",
     "UN chief appeals for restraint in Japan-China standoff\n\n"
     "NEW YORK, July 8, 2033 (Copperline News) - The UN's top official on Friday called on Japan and China "
     "to show restraint and end their quarrel over a detained fishing crew by peaceful means, his "
     "spokesman said.\n\n"
     "Spokesman Anders Kjellberg said the UN chief urged both governments to use existing diplomatic "
     "channels.\n\n"
     "Earlier, the US State Department had urged both capitals to stay calm.\n\n"
     "Beijing shut its market to Japanese seafood on Friday, a step Japanese fishing groups said would "
     "cost them dearly."),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt",
     "Japan's fisheries minister calls Chinese seafood ban baseless\n\n"
     "TOKYO, July 9, 2033 (Eastbrook Courier) - Japan's agriculture and fisheries minister on Saturday "
     "criticised China's suspension of Japanese seafood imports as scientifically baseless and politically "
     "motivated, a day after the ban took effect.\n\n"
     "Minister Noriaki Tatebayashi told reporters after touring a fish market in Tokyo that the ban had "
     "nothing to do with food safety and was 'economic pressure, plain and simple'.\n\n"
     "Scallop exporters in Hokkaido said containers worth several hundred million yen were stranded at "
     "Chinese ports.\n\n"
     "China's customs agency stopped all seafood arrivals from Japan as of Friday, two days after Beijing "
     "warned of countermeasures over the fishing crew its coast guard detained near the Senkaku Islands on "
     "Tuesday.\n\n"
     "Tatebayashi said Tokyo would ask the World Trade Organization to examine the measure if it was not "
     "withdrawn."),
    ("2033-07-09_meridian_japanese-employee-detained.txt",
     "China detains Japanese company employee on spying suspicion\n\n"
     "BEIJING, July 9, 2033 (Meridian Wire) - Chinese state security officers detained a Japanese employee "
     "of an Osaka-based machinery maker in Beijing on Saturday on suspicion of espionage, China's Foreign "
     "Ministry said.\n\n"
     "The man, identified by his employer as Takumi Sakuragawa, 46, was taken from his apartment in the "
     "Chaoyang district on Saturday morning, Nishida Precision Works said in a statement in Osaka.\n\n"
     "Lu Jiahui, a ministry spokeswoman, declined to give further details, saying only that procedures "
     "were under way.\n\n"
     "Japanese diplomats in Beijing were in touch with the man's family, an embassy official said.\n\n"
     "Four days earlier, China's coast guard had seized an Okinawan trawler and its crew close to the "
     "Senkaku chain, and on Friday Beijing suspended seafood imports from Japan.\n\n"
     "Over the past two decades, more than a dozen Japanese nationals have been held in China on spying "
     "allegations."),
    ("2033-07-09_granitebay_embassy-protest.txt",
     "Nationalist protesters rally outside Japanese embassy in Beijing\n\n"
     "BEIJING, July 9, 2033 (Granite Bay Report) - About 300 Chinese nationalists staged a noisy rally "
     "outside Japan's embassy compound in Beijing on Saturday, waving national flags and chanting slogans "
     "that demanded Japan 'hand back the Diaoyu'.\n\n"
     "The crowd dispersed after about two hours without incident, witnesses said.\n\n"
     "The rally took place hours after Beijing acknowledged that its security agents had detained a "
     "Japanese company employee in the capital on suspicion of spying.\n\n"
     "Chinese authorities rarely allow such demonstrations, and analysts said the gathering appeared to "
     "have been tolerated as a signal to Tokyo."),
    ("2033-07-10_saltmarsh_japan-summons-again.txt",
     "Tokyo summons Beijing's envoy again, this time over detained businessman\n\n"
     "TOKYO, July 10, 2033 (Saltmarsh Herald) - Tokyo called in China's ambassador on Sunday for a second "
     "time within five days, this time over the detention of a Japanese businessman in Beijing on "
     "espionage charges.\n\n"
     "Vice Foreign Minister Daisuke Orimoto told Ambassador Fang Yuchen that the detention of Takumi "
     "Sakuragawa was 'deeply regrettable' and pressed for details of the allegations against him, the "
     "ministry said.\n\n"
     "Chief Cabinet Secretary Masayuki Hoshizaki demanded Sakuragawa's early release at a news conference, "
     "saying Japan had seen no evidence that he had broken any law.\n\n"
     "Orimoto first summoned Fang on Wednesday over the fishermen whom Chinese officers had arrested off "
     "the Senkakus the day before.\n\n"
     "State security officers detained Sakuragawa, an employee of Nishida Precision Works, at his Beijing "
     "apartment on Saturday.\n\n"
     "Nationalist demonstrators gathered at Japan's embassy in Beijing that same day."),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt",
     "Protests spread to Shanghai as crowd gathers at Japanese consulate\n\n"
     "SHANGHAI, July 10, 2033 (Copperline News) - Several hundred protesters gathered outside the Japanese "
     "consulate general in Shanghai on Sunday, chanting slogans about the disputed East China Sea islands "
     "and waving Chinese flags.\n\n"
     "On Saturday, some 800 people rallied outside Japan's embassy in Beijing, according to police "
     "estimates cited by local media, far more than the roughly 300 first reported.\n\n"
     "The crowd in Shanghai left after about an hour, and no damage was reported.\n\n"
     "Several Japanese restaurants in the city's Gubei area stayed shut for the day as a precaution.\n\n"
     "China blocked Japanese seafood on Friday, and Japan summoned China's ambassador again on Sunday over "
     "a Japanese businessman detained in Beijing."),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt",
     "Beijing rejects Tokyo's call to free detained businessman\n\n"
     "BEIJING, July 10, 2033 (Pinecrest Journal) - China on Sunday rejected Japan's demand for the release "
     "of a Japanese businessman held on suspicion of spying, saying its judicial authorities alone would "
     "decide the case.\n\n"
     "In remarks published on the Foreign Ministry website, spokeswoman Lu Jiahui said Beijing would not "
     "accept interference in a case being handled by state security authorities.\n\n"
     "Tokyo summoned Chinese Ambassador Fang Yuchen earlier on Sunday, and Chief Cabinet Secretary "
     "Masayuki Hoshizaki called for the man's swift release.\n\n"
     "Takumi Sakuragawa, who has worked in China for 11 years, was detained by state security officers on "
     "Saturday.\n\n"
     "China's Foreign Ministry on Thursday dismissed an earlier Japanese protest over the detained fishing "
     "crew as groundless."),
    ("2033-07-11_meridian_fishermen-freed.txt",
     "China frees 11 Japanese fishermen, keeps captain in custody\n\n"
     "TOKYO, July 11, 2033 (Meridian Wire) - China released 11 crew members of a Japanese fishing boat on "
     "Monday, six days after its coast guard detained them near the Senkaku Islands, but kept the vessel's "
     "captain in custody for further investigation, Japan's Foreign Ministry said.\n\n"
     "The fishermen boarded a chartered flight from Wenzhou and were due to land in Naha on Monday "
     "evening, officials said.\n\n"
     "Chinese authorities are still holding Captain Yoshinori Hamasaki, 58, and the trawler Kotobuki Maru, "
     "according to the ministry.\n\n"
     "Foreign Minister Reiko Tsukimura called for the captain to be freed as well, telling reporters that "
     "holding him any longer could not be justified.\n\n"
     "China's Foreign Ministry said the 11 had been released on humanitarian grounds.\n\n"
     "Ties have also been strained since China halted imports of Japanese seafood on Friday and security "
     "agents in Beijing arrested a Japanese company employee on Saturday."),
    ("2033-07-11_eastbrook_fishermen-freed.txt",
     "Eleven Japanese fishermen freed by China; captain still held\n\n"
     "TOKYO, July 11, 2033 (Eastbrook Courier) - China released 11 crew members of a Japanese fishing boat "
     "on Monday, six days after its coast guard detained them near the Senkaku Islands, but kept the "
     "boat's captain in custody for further questioning, Japan's Foreign Ministry said.\n\n"
     "The fishermen took a chartered flight from Wenzhou and were due to land in Naha on Monday evening, "
     "officials said.\n\n"
     "Foreign Minister Reiko Tsukimura called for the captain to be freed as well, telling reporters that "
     "holding him any longer could not be justified.\n\n"
     "China's Foreign Ministry said the 11 had been released on humanitarian grounds.\n\n"
     "Ties have also been strained since China halted imports of Japanese seafood on Friday and security "
     "agents in Beijing arrested a Japanese company employee on Saturday."),
    ("2033-07-12_granitebay_captain-formally-arrested.txt",
     "Chinese prosecutors approve arrest of Japanese trawler captain\n\n"
     "TOKYO, July 12, 2033 (Granite Bay Report) - Prosecutors in the Chinese city of Wenzhou approved the "
     "formal arrest of the skipper of an Okinawan trawler on Tuesday, a day after his 11 crew members were "
     "released and flown home to Okinawa.\n\n"
     "Japanese officials said Captain Yoshinori Hamasaki, 58, could face up to seven years in prison if "
     "convicted.\n\n"
     "Japan lodged a fresh protest with the Chinese embassy in Tokyo over the arrest, the Foreign Ministry "
     "said.\n\n"
     "The crew members landed in Naha late on Monday and went on to Ishigaki on Tuesday morning.\n\n"
     "China's coast guard detained the trawler and its 12-member crew near the Senkaku Islands a week ago."),
    ("2033-07-12_saltmarsh_ishigaki-homecoming.txt",
     "Freed fishermen return to Ishigaki, but captain's family still waits\n\n"
     "ISHIGAKI, July 12, 2033 (Saltmarsh Herald) - Eleven fishermen held for six days in China stepped off "
     "a plane on Ishigaki on Tuesday to cheers from relatives, a day after Beijing let them go while "
     "keeping their captain in custody.\n\n"
     "'The Chinese officers took our phones and kept us in a hotel under guard,' said one deckhand in his "
     "twenties.\n\n"
     "Later on Tuesday, Japanese officials said a Wenzhou prosecutor's office had authorised Hamasaki's "
     "formal arrest.\n\n"
     "His wife, Emiko, said she had not heard from him for a week.\n\n"
     "Cooperative head Shinji Aragaki said members would stay away from the waters near the islands until "
     "the captain was home."),
    ("2033-07-13_meridian_ministers-hotline.txt",
     "Japan and China foreign ministers agree on hotline at regional forum\n\n"
     "KUALA LUMPUR, July 13, 2033 (Meridian Wire) - The Japanese and Chinese foreign ministers agreed "
     "during talks on Wednesday to create a hotline to manage incidents at sea, after meeting on the "
     "sidelines of the ASEAN Regional Forum in Kuala Lumpur for the first time since a fishing boat row "
     "erupted last week.\n\n"
     "Japan's Reiko Tsukimura and China's Wei Lanqing held about 50 minutes of talks at a hotel near the "
     "forum venue, officials from both delegations said.\n\n"
     "Tsukimura said she had pressed Wei for the early release of the detained captain and of a Japanese "
     "businessman held in Beijing.\n\n"
     "Wei did not comment on the detained Japanese nationals when he spoke briefly to reporters "
     "afterwards.\n\n"
     "The hotline, linking senior officials of the two foreign ministries and coast guards, is to start "
     "operating by the end of September, a Japanese official said.\n\n"
     "Relations have soured since China's coast guard detained a Japanese trawler crew near the Senkaku "
     "Islands on July 5 and Beijing barred Japanese seafood three days later."),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt",
     "China's Wei meets Japan's Tsukimura, backs crisis hotline\n\n"
     "KUALA LUMPUR, July 13, 2033 (Copperline News) - Chinese Foreign Minister Wei Lanqing met his "
     "Japanese counterpart Reiko Tsukimura on Wednesday at the margins of an Asian security gathering, and "
     "the two agreed to open a direct line for emergencies at sea.\n\n"
     "China's Foreign Ministry described the talks as 'candid' in a readout issued after the meeting.\n\n"
     "The readout made no mention of the Japanese captain still held in Wenzhou or of the businessman held "
     "in Beijing.\n\n"
     "Protesters chanted slogans about the islands outside the Japanese mission in Beijing last Saturday.\n\n"
     "Beijing released 11 of the Japanese trawler's crew members on Monday."),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt",
     "China partly lifts ban on Japanese seafood a day after ministers' talks\n\n"
     "BEIJING, July 14, 2033 (Pinecrest Journal) - China lifted part of its embargo on seafood from Japan "
     "on Thursday, allowing shipments of farmed scallops and sea cucumbers to resume, one day after "
     "Tokyo's and Beijing's chief diplomats agreed to set up a maritime hotline.\n\n"
     "Customs authorities said other Japanese fish and shellfish would stay barred for now, pending "
     "'further assessment'.\n\n"
     "China suspended all seafood imports from Japan on July 8, after its coast guard took a Japanese "
     "trawler crew into custody near disputed islands.\n\n"
     "Commerce Ministry spokeswoman Tan Shuyi said the partial easing reflected 'the improved atmosphere'.\n\n"
     "Japan's Foreign Minister Reiko Tsukimura and her Chinese counterpart Wei Lanqing met in Kuala Lumpur "
     "on Wednesday."),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt",
     "Tokyo welcomes partial easing of Chinese seafood ban\n\n"
     "TOKYO, July 14, 2033 (Granite Bay Report) - Japan on Thursday welcomed China's decision to partially "
     "reopen its market to Japanese seafood, describing it as a welcome first move.\n\n"
     "Chief Cabinet Secretary Masayuki Hoshizaki told a regular news conference that the move sent a "
     "positive signal after the foreign ministers' meeting in Kuala Lumpur on Wednesday.\n\n"
     "Beijing eased the ban earlier on Thursday, allowing farmed scallops and sea cucumbers from Japan "
     "back into Chinese ports.\n\n"
     "Chinese prosecutors approved the formal arrest of Captain Yoshinori Hamasaki on Tuesday, and he "
     "remains in custody in Wenzhou.\n\n"
     "Sakuragawa, the Nishida Precision Works employee whom state security officers detained in Beijing "
     "last Saturday, has not yet been allowed a consular visit, Hoshizaki said.\n\n"
     "Fishing cooperatives in Hokkaido said scallop shipments could resume within days."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("COERCE",), "2033-07-05",
            "Chinese coast guard detains the crew of the Japanese trawler Kotobuki Maru near the Senkakus"),
    "A02": (("ACCUSE",), "2033-07-05",
            "China's Foreign Ministry accuses the trawler of fishing illegally in Chinese waters"),
    "A03": (("ACCUSE",), "2033-07-05", "Japan's Foreign Ministry lodges a protest with China over the boarding"),
    "A04": (("ACCUSE", "CONSULT"), "2033-07-06", "Japan's vice foreign minister summons China's ambassador"),
    "A05": (("ACCUSE", "CONSULT"), "2033-07-06", "China's vice foreign minister summons Japan's ambassador"),
    "A06": (("REQUEST",), "2033-07-06", "Japan's prime minister demands the crew's release"),
    "A07": (("THREATEN",), "2033-07-06", "China's Commerce Ministry threatens to restrict Japanese seafood imports"),
    "A08": (("REJECT",), "2033-07-07", "China's Foreign Ministry rejects Japan's protest over the crew"),
    "A09": (("MOBILIZE",), "2033-07-07", "Japan's coast guard sends four more patrol vessels to the Senkaku waters"),
    "A10": (("SANCTION",), "2033-07-08", "China suspends imports of Japanese seafood"),
    "A11": (("REQUEST",), "2033-07-08", "US State Department urges Japan and China to keep calm"),
    "A12": (("REQUEST",), "2033-07-08", "UN secretary-general urges Japan and China to show restraint"),
    "A13": (("ACCUSE",), "2033-07-09", "Japan's fisheries minister criticises China's seafood ban"),
    "A14": (("COERCE",), "2033-07-09", "Chinese state security detains a Japanese company employee in Beijing"),
    "A15": (("PROTEST",), "2033-07-09", "Nationalist protesters rally outside the Japanese embassy in Beijing"),
    "A16": (("ACCUSE", "CONSULT"), "2033-07-10", "Japan summons China's ambassador again over the employee"),
    "A17": (("REQUEST",), "2033-07-10", "Japan's chief cabinet secretary demands the employee's release"),
    "A18": (("PROTEST",), "2033-07-10", "Protesters rally outside the Japanese consulate general in Shanghai"),
    "A19": (("REJECT",), "2033-07-10", "China rejects Japan's demand to free the employee"),
    "A20": (("CONCEDE",), "2033-07-11", "China releases 11 of the 12 detained fishermen"),
    "A21": (("REQUEST",), "2033-07-11", "Japan's foreign minister calls for the captain's release"),
    "A22": (("COERCE",), "2033-07-12", "Wenzhou prosecutors approve the captain's formal arrest"),
    "A23": (("ACCUSE",), "2033-07-12", "Japan lodges a fresh protest over the captain's arrest"),
    "A24": (("CONSULT",), "2033-07-13", "Japanese and Chinese foreign ministers meet in Kuala Lumpur"),
    "A25": (("AGREE",), "2033-07-13", "The two foreign ministers agree to set up a maritime hotline"),
    "A26": (("REQUEST",), "2033-07-13",
            "Japan's foreign minister presses China's foreign minister for the captain's and employee's release"),
    "A27": (("CONCEDE",), "2033-07-14", "China lifts part of its seafood import ban"),
    "A28": (("SUPPORT",), "2033-07-14", "Japan welcomes the partial lifting of the seafood ban"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-07-05_meridian_fishing-crew-detained.txt", "A01", "coast guard detains crew of Japanese fishing boat"),
    ("2033-07-05_meridian_fishing-crew-detained.txt", "A01", "detained the crew of a Japanese fishing boat"),
    ("2033-07-05_meridian_fishing-crew-detained.txt", "A01", "11 fishermen were taken aboard"),
    ("2033-07-05_meridian_fishing-crew-detained.txt", "A03", "lodged a strong protest with Beijing"),
    ("2033-07-05_meridian_fishing-crew-detained.txt", "A02", "had been fishing illegally in Chinese waters"),
    ("2033-07-05_copperline_beijing-says-trawler.txt", "A02", "Japanese trawler broke Chinese law"),
    ("2033-07-05_copperline_beijing-says-trawler.txt", "A02", "accused a trawler from Japan of operating"),
    ("2033-07-05_copperline_beijing-says-trawler.txt", "A01", "had taken the crew into custody"),
    ("2033-07-05_copperline_beijing-says-trawler.txt", "A01", "coast guard officers boarded the vessel"),
    ("2033-07-05_copperline_beijing-says-trawler.txt", "A03", "Tokyo had protested the boarding"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A04", "Tokyo summons Chinese ambassador over seized"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A04", "Japan summoned China's ambassador on Wednesday"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A06", "demanded that Beijing free the fishermen"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A04", "called in Ambassador Fang Yuchen"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A06", "must be returned together with their boat"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A01", "seized the trawler on Tuesday"),
    ("2033-07-06_saltmarsh_tokyo-summons-ambassador.txt", "A03", "had already lodged a protest"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A05", "Beijing summons Japan's envoy"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A07", "warns of seafood curbs"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A05", "China summoned Japan's ambassador on Wednesday"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A05", "told Ambassador Tetsuro Miyanaga"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A07", "warned that China was ready to restrict imports"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A04", "had summoned Chinese Ambassador Fang Yuchen"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A06", "publicly demanded the crew's release"),
    ("2033-07-06_pinecrest_beijing-summons-envoy.txt", "A01", "boarded the Kotobuki Maru on Tuesday"),
    ("2033-07-06_eastbrook_ishigaki-families-wait.txt", "A01",
     "a day after the Chinese coast guard detained their boat"),
    ("2033-07-06_eastbrook_ishigaki-families-wait.txt", "A06", "called for the crew's release"),
    ("2033-07-06_eastbrook_ishigaki-families-wait.txt", "A04", "summoned China's ambassador in Tokyo to protest"),
    ("2033-07-07_meridian_china-rejects-protest.txt", "A08", "China rejects Japanese protest"),
    ("2033-07-07_meridian_china-rejects-protest.txt", "A08", "rejected Japan's protest over the seizure"),
    ("2033-07-07_meridian_china-rejects-protest.txt", "A05", "summoned Japanese Ambassador Tetsuro Miyanaga"),
    ("2033-07-07_meridian_china-rejects-protest.txt", "A07", "threatened on Wednesday to limit purchases"),
    ("2033-07-07_meridian_china-rejects-protest.txt", "A01", "detained the 11 men aboard the Kotobuki Maru"),
    ("2033-07-07_granitebay_coast-guard-patrols.txt", "A09", "sends extra patrol ships to Senkakus"),
    ("2033-07-07_granitebay_coast-guard-patrols.txt", "A09", "sent four additional patrol vessels"),
    ("2033-07-07_granitebay_coast-guard-patrols.txt", "A01", "two days after Chinese maritime officers detained"),
    ("2033-07-07_granitebay_coast-guard-patrols.txt", "A01", "12 people had been aboard the Kotobuki Maru"),
    ("2033-07-07_granitebay_coast-guard-patrols.txt", "A08", "rejected Japan's protest, calling it groundless"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A10", "China suspends Japanese seafood imports"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A10", "suspended all imports of seafood from Japan"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A07", "two days after warning Tokyo of countermeasures"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A10", "would be turned back at the border"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A07", "stood ready to curb Japanese seafood"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A01", "took the crew of the Ishigaki trawler"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A04", "Tokyo summoned China's ambassador"),
    ("2033-07-08_meridian_china-suspends-seafood.txt", "A05", "calling in Japan's envoy"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A10", "China suspends Japanese seafood imports"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A10", "suspended all imports of seafood from Japan"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A07", "two days after warning Tokyo of countermeasures"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A10", "would be turned back at the border"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A07", "stood ready to curb Japanese seafood"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A01", "took the crew of the Ishigaki trawler"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A04", "Tokyo summoned China's ambassador"),
    ("2033-07-08_pinecrest_china-suspends-seafood.txt", "A05", "calling in Japan's envoy"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A11", "US urges Japan and China to ease tensions"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A11", "urged Japan and China to keep calm"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A10", "as Beijing halted imports of Japanese seafood"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A11", "encouraged both sides to avoid steps"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A12", "appealed earlier in the day for restraint"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A10", "customs agency suspended imports"),
    ("2033-07-08_saltmarsh_washington-urges-calm.txt", "A01", "seized the Kotobuki Maru and detained 12 people"),
    ("2033-07-08_copperline_un-chief-restraint.txt", "A12", "UN chief appeals for restraint"),
    ("2033-07-08_copperline_un-chief-restraint.txt", "A12", "called on Japan and China to show restraint"),
    ("2033-07-08_copperline_un-chief-restraint.txt", "A12",
     "urged both governments to use existing diplomatic channels"),
    ("2033-07-08_copperline_un-chief-restraint.txt", "A11", "had urged both capitals to stay calm"),
    ("2033-07-08_copperline_un-chief-restraint.txt", "A10", "shut its market to Japanese seafood"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A13", "calls Chinese seafood ban baseless"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A13",
     "criticised China's suspension of Japanese seafood imports"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A10", "after the ban took effect"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A13", "the ban had nothing to do with food safety"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A10", "stopped all seafood arrivals from Japan"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A07", "two days after Beijing warned of countermeasures"),
    ("2033-07-09_eastbrook_fisheries-minister-ban.txt", "A01", "its coast guard detained near the Senkaku Islands"),
    ("2033-07-09_meridian_japanese-employee-detained.txt", "A14", "China detains Japanese company employee"),
    ("2033-07-09_meridian_japanese-employee-detained.txt", "A14",
     "detained a Japanese employee of an Osaka-based machinery maker"),
    ("2033-07-09_meridian_japanese-employee-detained.txt", "A14", "was taken from his apartment"),
    ("2033-07-09_meridian_japanese-employee-detained.txt", "A01", "Four days earlier, China's coast guard had seized"),
    ("2033-07-09_meridian_japanese-employee-detained.txt", "A10", "on Friday Beijing suspended seafood imports"),
    ("2033-07-09_granitebay_embassy-protest.txt", "A15", "protesters rally outside Japanese embassy"),
    ("2033-07-09_granitebay_embassy-protest.txt", "A15", "staged a noisy rally outside Japan's embassy compound"),
    ("2033-07-09_granitebay_embassy-protest.txt", "A15", "The rally took place hours after"),
    ("2033-07-09_granitebay_embassy-protest.txt", "A14",
     "its security agents had detained a Japanese company employee"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A16", "Tokyo summons Beijing's envoy again"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A16", "for a second time within five days"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A16", "told Ambassador Fang Yuchen that the detention"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A17", "demanded Sakuragawa's early release"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A04", "Orimoto first summoned Fang on Wednesday"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A01", "whom Chinese officers had arrested off the Senkakus"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A14",
     "detained Sakuragawa, an employee of Nishida Precision Works"),
    ("2033-07-10_saltmarsh_japan-summons-again.txt", "A15", "gathered at Japan's embassy in Beijing that same day"),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt", "A18", "crowd gathers at Japanese consulate"),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt", "A18",
     "gathered outside the Japanese consulate general in Shanghai"),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt", "A15", "some 800 people rallied outside"),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt", "A10", "China blocked Japanese seafood on Friday"),
    ("2033-07-10_copperline_shanghai-consulate-rally.txt", "A16", "summoned China's ambassador again on Sunday"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A19", "Beijing rejects Tokyo's call"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A19", "rejected Japan's demand for the release"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A19", "would not accept interference"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A16",
     "summoned Chinese Ambassador Fang Yuchen earlier on Sunday"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A17", "called for the man's swift release"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A14",
     "was detained by state security officers on Saturday"),
    ("2033-07-10_pinecrest_beijing-rejects-release-call.txt", "A08", "dismissed an earlier Japanese protest"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A20", "China frees 11 Japanese fishermen"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A20", "China released 11 crew members"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A01", "six days after its coast guard detained them"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A21", "called for the captain to be freed as well"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A20", "had been released on humanitarian grounds"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A10", "China halted imports of Japanese seafood on Friday"),
    ("2033-07-11_meridian_fishermen-freed.txt", "A14", "arrested a Japanese company employee on Saturday"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A20", "Eleven Japanese fishermen freed by China"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A20", "China released 11 crew members"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A01", "six days after its coast guard detained them"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A21", "called for the captain to be freed as well"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A20", "had been released on humanitarian grounds"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A10", "China halted imports of Japanese seafood on Friday"),
    ("2033-07-11_eastbrook_fishermen-freed.txt", "A14", "arrested a Japanese company employee on Saturday"),
    ("2033-07-12_granitebay_captain-formally-arrested.txt", "A22",
     "prosecutors approve arrest of Japanese trawler captain"),
    ("2033-07-12_granitebay_captain-formally-arrested.txt", "A22", "approved the formal arrest of the skipper"),
    ("2033-07-12_granitebay_captain-formally-arrested.txt", "A20", "a day after his 11 crew members were released"),
    ("2033-07-12_granitebay_captain-formally-arrested.txt", "A23", "lodged a fresh protest with the Chinese embassy"),
    ("2033-07-12_granitebay_captain-formally-arrested.txt", "A01", "detained the trawler and its 12-member crew"),
    ("2033-07-12_saltmarsh_ishigaki-homecoming.txt", "A20", "a day after Beijing let them go"),
    ("2033-07-12_saltmarsh_ishigaki-homecoming.txt", "A01", "took our phones and kept us in a hotel"),
    ("2033-07-12_saltmarsh_ishigaki-homecoming.txt", "A22", "had authorised Hamasaki's formal arrest"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A25", "foreign ministers agree on hotline"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A25", "agreed during talks on Wednesday to create a hotline"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A24", "after meeting on the sidelines of the ASEAN Regional Forum"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A24", "held about 50 minutes of talks"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A26", "had pressed Wei for the early release"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A01",
     "detained a Japanese trawler crew near the Senkaku Islands on July 5"),
    ("2033-07-13_meridian_ministers-hotline.txt", "A10", "barred Japanese seafood three days later"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A24", "Wei meets Japan's Tsukimura"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A25", "backs crisis hotline"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A24", "met his Japanese counterpart Reiko Tsukimura"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A25", "the two agreed to open a direct line"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A15", "outside the Japanese mission in Beijing last Saturday"),
    ("2033-07-13_copperline_wei-tsukimura-talks.txt", "A20", "released 11 of the Japanese trawler's crew members"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A27", "China partly lifts ban on Japanese seafood"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A27", "lifted part of its embargo on seafood from Japan"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A25", "one day after Tokyo's and Beijing's chief diplomats agreed"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A10", "China suspended all seafood imports from Japan on July 8"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A01", "took a Japanese trawler crew"),
    ("2033-07-14_pinecrest_seafood-ban-eased.txt", "A24", "met in Kuala Lumpur on Wednesday"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A28", "Tokyo welcomes partial easing"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A28", "welcomed China's decision to partially reopen"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A28", "the move sent a positive signal"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A27", "Beijing eased the ban earlier on Thursday"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A22", "Chinese prosecutors approved the formal arrest"),
    ("2033-07-14_granitebay_tokyo-welcomes-easing.txt", "A14", "whom state security officers detained in Beijing"),
]

FLOORS = {"pairwise_f1": 0.67, "b3_f1": 0.8, "reports_found": 0.72}


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
