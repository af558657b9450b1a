"""Blind incident batch 50: a naval standoff between the Philippines and China at Second Thomas Shoal.

Twenty-five synthetic news documents from six outlets cover twelve days (May 8 to 19, 2034) of one
crisis: a Chinese coast guard water-cannon attack on a Philippine resupply boat, Manila's summons of the Chinese
ambassador and its protest, the Chinese embassy's rejection, a US statement of support, a US-Philippine
agreement on joint patrols and the first patrol, a Chinese control zone around the shoal with a threat to board
and detain, Manila's rejection of the zone, a collision between a Chinese cutter and a Philippine coast guard
ship, Chinese accusations against Manila and Washington, protests by both sides, calls for restraint, a meeting of
the bilateral consultation mechanism in Xiamen, the lifting of the zone and a second resupply mission that goes
through.

Everything in it is synthetic: the six outlets (Tidewater Wire, Lantern Press, Harbourlight Daily, Seaboard
Monitor, Compass Review, Northgate Gazette) and every person are invented, the countries and places are real,
the events never happened and the dates are in the future. 25 documents, 22 acts, 142 reports; one document is
a verbatim syndicated copy (Seaboard Monitor of Harbourlight Daily, May 9) and one a lightly edited copy (Compass
Review of Tidewater Wire, May 14). Look-alikes: two Chinese coast guard attacks on Philippine vessels on different days
(water cannon on the 8th, ramming on the 14th), two Philippine protests to China (9th and 15th) and a Chinese
protest to the Philippines on the same day as the second (15th), two US statements of support (9th and 14th),
three Chinese accusations (8th, 14th against Manila, 15th against Washington), two calls for restraint on one
day by different speakers (ASEAN foreign ministers and Japan, 16th), a threat to intercept, board and detain
(12th) and the ramming (14th), the control zone imposed (12th) and lifted (18th), two rejections (the Chinese
embassy's of Manila's protest, 9th; Manila's of the zone, 13th), two agreements (joint patrols, 10th; coast
guard hotline, 17th), and the lifting of the zone followed a day later by the cutters pulling back to let the
resupply through; a figure changes between reports (three crew injured, then four; eight Chinese vessels around
the shoal, then 11).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one
target on one day; summoning the ambassador and handing him the protest note is one act, and so is declaring
the zone and barring vessels from it. Types follow CAMEO2PLOVER-2021; a second type is given only where the
codebook allows two readings: the water cannon attack and the ramming are ASSAULT (physical attack on a vessel)
or COERCE (coercive force short of armed attack, blocking), and the lifting of the zone and the cutters pulling
back are CONCEDE (easing a restriction, yielding) or RETREAT (de-escalation, withdrawal). REPORTS lists every
sentence that reports an act that happened, background recaps in later reports included ("a day after a Chinese
coast guard ship fired water cannon ..."), with a cue found once in its file; a syndicated or edited copy has
its own entries. A sentence that reports two acts of the same type is avoided, as no event could map to one of
them. Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and denied acts, acts more than a
year before (the grounding of the BRP Sierra Madre, the 2016 arbitration award, the 1951 treaty), statistics,
tallies and opinions are not listed (a promise is itself AGREE and a threat THREATEN; the promised or threatened
act is not an act until it happens). One side's version of an act the other side describes differently is listed
under the act when it reports the same event (China's "drove off" for the water cannon attack, "the two ships
collided" for the ramming); a claim that the other side caused it is the accusation, not the act.

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until
the first run.

The batch was written from the brief and the test template alone, without reading the coder's code, lexicons,
rules or data or any other blind batch. Every text was checked for six-word runs shared with the gold, seed,
news, demo corpus and tests (with /tmp/ew/overlap.py) and none was found.

FIRST RUN (written by a helper at the start of the fifteenth session (2026-12-02)), on its starting code (a6a59ad),
before any of it was read: **pairwise F1 0.604** (precision 0.892, recall 0.457), B-cubed F1 0.768, reports found
0.539. Read afterwards: its misses may inform rules (each justified by the codebook, with its own test sentences).
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
    ("2034-05-08_tidewater_water-cannon-supply-boat.txt",
     "Chinese coast guard turns water cannon on Philippine supply boat at Second Thomas Shoal\n\n"
     "MANILA, May 8, 2034 (Tidewater Wire) - Chinese coast guard crews blasted a Philippine supply boat with a"
     " high-pressure water cannon a few miles from Second Thomas Shoal on Monday, shattering windows and leaving"
     " three sailors hurt, according to the Philippine military.\n\n"
     "The wooden-hulled boat, the Bituin Dagat, was carrying rice, drinking water and fuel for the handful of"
     " marines who live aboard the BRP Sierra Madre, a rusting navy ship that Manila ran aground on the reef in"
     " 1999.\n\n"
     "Captain Joaquin Ferrer, a Philippine navy spokesman, said two Chinese cutters hemmed in the boat about four"
     " nautical miles from the shoal before one of them opened up with its cannon for nearly ten minutes.\n\n"
     "The injured sailors were taken by helicopter to Puerto Princesa for treatment, Ferrer said.\n\n"
     "In Beijing, the China Coast Guard issued a statement alleging that the Philippine vessel had illegally"
     " intruded into waters near Ren'ai Reef, the name China uses for the shoal.\n\n"
     "Its spokesman, Gan Weiliang, said Chinese crews had acted in accordance with the law to drive the boat away.\n\n"
     "The shoal sits roughly 105 nautical miles west of Palawan, inside the exclusive economic zone that the"
     " Philippines claims under the UN Convention on the Law of the Sea.\n\n"
     "Manila's foreign ministry said it was still gathering facts and would reply through diplomatic channels."),
    ("2034-05-08_lantern_china-drives-off-boat.txt",
     "China says its coast guard drove Philippine vessel away from Ren'ai Reef\n\n"
     "BEIJING, May 8, 2034 (Lantern Press) - China's coast guard said on Monday it had driven off a Philippine boat"
     " that entered waters off Ren'ai Reef without permission, using water cannon once the crew ignored several"
     " radio warnings.\n\n"
     "Coast guard spokesman Gan Weiliang accused Manila of trying to ferry construction materials to the grounded"
     " warship so that it could occupy the reef for good, and described the operation as professional and"
     " restrained.\n\n"
     "China counts Ren'ai Reef, which Filipinos call Ayungin Shoal and which appears on international charts as"
     " Second Thomas Shoal, among the Nansha Islands, its term for the Spratlys.\n\n"
     "Philippine officials said three crew members were hurt when the jet of water shattered the boat's windows.\n\n"
     "Gan's statement made no mention of the reported injuries.\n\n"
     "Beijing has never recognised a 2016 ruling by an arbitral tribunal at The Hague that dismissed its sweeping"
     " maritime claims."),
    ("2034-05-09_harbourlight_manila-summons-envoy.txt",
     "Philippines summons Chinese ambassador over water cannon attack\n\n"
     "MANILA, May 9, 2034 (Harbourlight Daily) - The Philippines summoned China's ambassador on Tuesday and"
     " presented him with a formal protest, one day after a Chinese coast guard ship fired water cannon at a supply"
     " boat bound for a Philippine outpost in the South China Sea.\n\n"
     "Ambassador Dong Kaifeng was called in to the Department of Foreign Affairs and spent about forty minutes with"
     " Foreign Undersecretary Corazon Villaruel, spokeswoman Maricel Dumlao told reporters.\n\n"
     "The protest note described Monday's incident as dangerous and unlawful and demanded that Beijing order its"
     " ships to stop obstructing routine missions to the BRP Sierra Madre, Dumlao said.\n\n"
     "The military raised the number of injured to four on Tuesday, saying a boat mechanic had been found to have a"
     " fractured wrist after returning to port.\n\n"
     "Defense Secretary Gilberto Abrenica said the navy would attempt another delivery in the coming days and would"
     " not be intimidated.\n\n"
     "The Chinese embassy did not immediately answer a request for comment."),
    ("2034-05-09_seaboard_envoy-summoned.txt",
     "Philippines summons Chinese ambassador over water cannon attack\n\n"
     "MANILA, May 9, 2034 (Harbourlight Daily) - The Philippines summoned China's ambassador on Tuesday and"
     " presented him with a formal protest, one day after a Chinese coast guard ship fired water cannon at a supply"
     " boat bound for a Philippine outpost in the South China Sea.\n\n"
     "Ambassador Dong Kaifeng was called in to the Department of Foreign Affairs and spent about forty minutes with"
     " Foreign Undersecretary Corazon Villaruel, spokeswoman Maricel Dumlao told reporters.\n\n"
     "The protest note described Monday's incident as dangerous and unlawful and demanded that Beijing order its"
     " ships to stop obstructing routine missions to the BRP Sierra Madre, Dumlao said.\n\n"
     "The military raised the number of injured to four on Tuesday, saying a boat mechanic had been found to have a"
     " fractured wrist after returning to port.\n\n"
     "Defense Secretary Gilberto Abrenica said the navy would attempt another delivery in the coming days and would"
     " not be intimidated.\n\n"
     "The Chinese embassy did not immediately answer a request for comment."),
    ("2034-05-09_compass_washington-backs-manila.txt",
     "United States stands by Philippines after clash at disputed shoal\n\n"
     "WASHINGTON, May 9, 2034 (Compass Review) - The United States declared its backing for the Philippines on"
     " Tuesday, after a Philippine resupply boat was hit on Monday by water cannon fired from Chinese coast guard"
     " ships at Second Thomas Shoal.\n\n"
     "State Department deputy spokesperson Carla Whitfield said Washington stands firmly with our Philippine allies"
     " and noted that the 1951 Mutual Defense Treaty applies to Philippine public vessels, aircraft and armed"
     " forces, its coast guard included, wherever they operate in the South China Sea.\n\n"
     "She declined to say whether American ships would escort future supply runs.\n\n"
     "Earlier in the day in Manila, Philippine diplomats summoned the Chinese ambassador to lodge a protest.\n\n"
     "China's embassy in Manila rejected the protest hours later, calling it groundless."),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt",
     "Chinese embassy dismisses Manila's protest over shoal incident\n\n"
     "MANILA, May 9, 2034 (Lantern Press) - China's embassy in the Philippines on Tuesday threw out a diplomatic"
     " protest lodged by Manila over Monday's confrontation at Second Thomas Shoal, saying the complaint ignored"
     " the facts.\n\n"
     "Embassy spokesperson Liang Shuhe said Ambassador Dong Kaifeng had declined to accept the note.\n\n"
     "On Monday the Chinese coast guard stated that water cannon had been used only after the boat ignored orders"
     " to leave.\n\n"
     "Manila's foreign ministry summoned Dong earlier on Tuesday over the incident, in which Philippine officials"
     " say four sailors were hurt.\n\n"
     "Relations between the two neighbours had been relatively calm at the shoal for more than a year before"
     " Monday."),
    ("2034-05-10_northgate_joint-patrols-agreed.txt",
     "US and Philippines to mount joint patrols after shoal attack\n\n"
     "MANILA, May 10, 2034 (Northgate Gazette) - Washington and Manila agreed on Wednesday to hold joint maritime"
     " patrols in the South China Sea, two days after Chinese coast guard water cannon hit a Philippine supply boat"
     " off Second Thomas Shoal.\n\n"
     "The arrangement was confirmed by Philippine Defense Secretary Gilberto Abrenica and US Secretary of Defense"
     " Marcus Hollingsworth, the Philippine defense department said, adding that the first patrol would set out"
     " within the week.\n\n"
     "Washington on Tuesday pledged its support for Manila, with the State Department saying the allies' defence"
     " treaty covered attacks on Philippine coast guard and other government vessels.\n\n"
     "China has not commented on the patrol plan.\n\n"
     "Its embassy on Tuesday rejected a Philippine protest over Monday's incident, in which, according to the"
     " Philippine military, four sailors were injured.\n\n"
     "Abrenica told reporters the navy would send a second resupply boat to the BRP Sierra Madre once the joint"
     " patrols were under way."),
    ("2034-05-11_tidewater_palawan-fishermen.txt",
     "On Palawan, fishermen wary as shoal tensions rise\n\n"
     "PUERTO PRINCESA, May 11, 2034 (Tidewater Wire) - Fishermen on Palawan's western coast said on Thursday they"
     " were staying closer to shore, three days after a Chinese cutter drenched a Philippine supply boat with water"
     " cannon at Second Thomas Shoal.\n\n"
     "'We hear the big ships on the radio, telling everyone to go home,' said Reynaldo Catapang, 52, who fishes out"
     " of the town of Quezon.\n\n"
     "The Philippine coast guard said eight Chinese vessels, among them two cutters and several maritime militia"
     " boats, were loitering near the shoal on Thursday.\n\n"
     "Four crew members hurt in Monday's attack have been discharged from hospital in Puerto Princesa, the"
     " provincial health office said.\n\n"
     "Manila and Washington on Wednesday agreed to stage joint patrols in the area, though officials have not said"
     " when the first will sail.\n\n"
     "Provincial officials said fuel subsidies would be offered to fishing families who lose income."),
    ("2034-05-12_harbourlight_china-control-zone.txt",
     "China declares temporary control zone around Second Thomas Shoal\n\n"
     "BEIJING, May 12, 2034 (Harbourlight Daily) - China's coast guard on Friday declared a temporary control zone"
     " extending 12 nautical miles around Second Thomas Shoal and barred foreign government vessels from entering"
     " it without Chinese approval.\n\n"
     "In an online notice, the coast guard said its officers would intercept, board and if necessary detain any"
     " vessel that crossed into the zone, which was to remain in effect indefinitely.\n\n"
     "The move came hours before US and Philippine warships were due to begin their first joint patrol in the area,"
     " and four days after Chinese cutters used water cannon against a Philippine resupply boat near the shoal.\n\n"
     "Foreign ministry spokesperson Xu Mingtao described the zone as a routine law enforcement arrangement under"
     " Chinese domestic law.\n\n"
     "The Philippines, which has kept a small detachment of marines aboard the grounded BRP Sierra Madre for"
     " decades, said it was examining the Chinese announcement."),
    ("2034-05-12_seaboard_joint-patrol-sails.txt",
     "US and Philippine ships sail together west of Palawan despite Chinese notice\n\n"
     "MANILA, May 12, 2034 (Seaboard Monitor) - A US destroyer and two Philippine navy frigates carried out a joint"
     " patrol west of Palawan on Friday, the first under an arrangement the allies reached two days earlier in"
     " response to a Chinese water cannon attack on a Philippine supply boat.\n\n"
     "The ships stayed outside the 12-nautical-mile zone that China's coast guard announced earlier in the day"
     " around Second Thomas Shoal, the Philippine military said.\n\n"
     "Philippine navy spokesman Captain Joaquin Ferrer said the patrol, which also involved a US Navy P-8"
     " surveillance aircraft, had been uneventful.\n\n"
     "China's coast guard has warned that it will intercept and board vessels that enter the zone without"
     " permission.\n\n"
     "Manila's Department of Foreign Affairs said it would respond to the Chinese notice in due course."),
    ("2034-05-13_compass_manila-rejects-zone.txt",
     "Manila rejects Chinese 'control zone', vows to keep supplying outpost\n\n"
     "MANILA, May 13, 2034 (Compass Review) - The Philippines on Saturday rejected a temporary control zone that"
     " China's coast guard declared around Second Thomas Shoal, calling it a baseless attempt to starve Filipino"
     " troops on the reef of supplies.\n\n"
     "'The Philippines does not recognise and will not comply with this so-called zone,' Foreign Secretary Leandro"
     " Macaraeg declared, adding that resupply missions were a sovereign right that needed no one's permission.\n\n"
     "Beijing announced the zone on Friday and warned that its coast guard would board and detain ships that"
     " entered it.\n\n"
     "The same day, an American destroyer and a pair of Philippine frigates sailed together west of Palawan in the"
     " allies' first joint patrol since Chinese cutters pounded a Philippine supply boat using water cannon on"
     " Monday.\n\n"
     "Beijing did not respond right away.\n\n"
     "Philippine coast guard officials said they counted eight Chinese vessels around the shoal."),
    ("2034-05-14_tidewater_cutter-rams-ship.txt",
     "Chinese cutter rams Philippine coast guard ship near disputed shoal\n\n"
     "MANILA, May 14, 2034 (Tidewater Wire) - A Chinese coast guard cutter rammed a Philippine coast guard ship"
     " near Second Thomas Shoal on Sunday, denting its hull near the bow, the Philippine coast guard said.\n\n"
     "Commodore Renato Ilagan, the coast guard's spokesman for the West Philippine Sea, said the cutter, hull"
     " number 5203, swung across the path of the BRP Dalupiri and struck its starboard side at about 09:40 while"
     " the Philippine ship was some 14 nautical miles from the shoal.\n\n"
     "No one aboard was hurt, Ilagan said.\n\n"
     "It was the second confrontation near the shoal in under a week, following Monday's water cannon attack on a"
     " supply boat that left four Filipino crew members injured.\n\n"
     "Ilagan said 11 Chinese vessels had massed around the shoal by Sunday, up from eight a day earlier.\n\n"
     "In Beijing, China's coast guard blamed the Philippine ship for deliberately steering into the cutter's path"
     " and said the Dalupiri had ignored repeated warnings.\n\n"
     "Beijing declared a temporary control zone around the shoal on Friday and said it would intercept vessels"
     " entering without approval."),
    ("2034-05-14_compass_cutter-collision.txt",
     "Philippines says Chinese cutter rammed its coast guard ship\n\n"
     "MANILA, May 14, 2034 (Tidewater Wire) - A Chinese coast guard cutter rammed a Philippine coast guard ship"
     " near Second Thomas Shoal on Sunday, denting its hull near the bow, the Philippine coast guard said.\n\n"
     "Commodore Renato Ilagan, the coast guard's spokesman for the West Philippine Sea, said the cutter, hull"
     " number 5203, swung across the path of the BRP Dalupiri and struck its starboard side shortly before 10:00"
     " while the Philippine ship was some 14 nautical miles from the shoal.\n\n"
     "Nobody on board was injured, Ilagan said.\n\n"
     "It was the second confrontation near the shoal in under a week, following Monday's water cannon attack on a"
     " supply boat that left four Filipino crew members injured.\n\n"
     "Ilagan said 11 Chinese vessels had massed around the shoal by Sunday, up from eight a day earlier.\n\n"
     "In Beijing, China's coast guard blamed the Philippine ship for deliberately steering into the cutter's path,"
     " adding that the Dalupiri had ignored repeated warnings."),
    ("2034-05-14_lantern_china-blames-manila.txt",
     "China blames Philippine ship for collision at Ren'ai Reef\n\n"
     "BEIJING, May 14, 2034 (Lantern Press) - Beijing on Sunday blamed Manila for a collision between a Philippine"
     " government ship and a Chinese coast guard cutter at Ren'ai Reef, charging that the Philippine crew had"
     " steered into the Chinese vessel on purpose.\n\n"
     "Six days earlier, Chinese vessels expelled a Philippine supply boat from the same waters with water cannon.\n\n"
     "Coast guard spokesman Gan Weiliang said the Philippine ship had turned sharply toward cutter 5203 after"
     " ignoring radio calls, and that the two ships collided as the Chinese crew tried to get out of the way.\n\n"
     "Gan said the Philippine ship, which was escorting a fisheries boat, had entered the temporary control zone"
     " China declared on Friday.\n\n"
     "Manila says the Chinese cutter struck its vessel.\n\n"
     "The Philippine coast guard counted 11 Chinese ships around the reef on Sunday.\n\n"
     "Beijing regards the BRP Sierra Madre, stranded on the reef since 1999, as an illegal presence."),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt",
     "US envoy says defence pact covers Philippine coast guard after collision\n\n"
     "MANILA, May 14, 2034 (Northgate Gazette) - The US ambassador to the Philippines reaffirmed Washington's"
     " commitment to defend its ally on Sunday, hours after a Philippine coast guard vessel and a Chinese cutter"
     " collided near Second Thomas Shoal.\n\n"
     "'An armed attack on Philippine coast guard ships, in any part of the South China Sea, would trigger our"
     " mutual defense commitments,' Ambassador Denise Farraday wrote on social media.\n\n"
     "The State Department backed the Philippines on Tuesday, in the wake of Monday's water cannon assault.\n\n"
     "The allies held their first joint patrol on Friday, sending a US destroyer alongside two Philippine frigates"
     " off Palawan."),
    ("2034-05-15_harbourlight_second-protest.txt",
     "Philippines files new protest with China over coast guard collision\n\n"
     "MANILA, May 15, 2034 (Harbourlight Daily) - The Philippines on Monday lodged its second diplomatic protest"
     " with China in a week, one day after a Chinese cutter struck a Philippine coast guard ship close to Second"
     " Thomas Shoal.\n\n"
     "Department of Foreign Affairs spokeswoman Maricel Dumlao said the note, delivered to the Chinese embassy on"
     " Monday morning, called Sunday's collision a deliberate and reckless act that endangered the 38 crew members"
     " aboard the BRP Dalupiri.\n\n"
     "Manila summoned Chinese Ambassador Dong Kaifeng last Tuesday to complain about the water cannon attack on a"
     " resupply mission the previous day.\n\n"
     "Dumlao said Manila would bring up both incidents when officials from the two governments sit down on"
     " Wednesday for maritime talks that were arranged before the latest clashes.\n\n"
     "China's coast guard has said the Philippine vessel caused the collision by steering into its cutter's path.\n\n"
     "Separately, the Philippine navy said it was preparing a second resupply run to the BRP Sierra Madre and would"
     " announce the date at the proper time."),
    ("2034-05-15_compass_beijing-accuses-washington.txt",
     "Beijing accuses Washington of egging on Manila in sea dispute\n\n"
     "BEIJING, May 15, 2034 (Compass Review) - China accused the United States on Monday of emboldening the"
     " Philippines to provoke confrontations in the South China Sea, a day after a collision between Chinese and"
     " Philippine coast guard ships near Second Thomas Shoal.\n\n"
     "Speaking at a regular briefing, foreign ministry spokesperson Xu Mingtao said Washington's so-called security"
     " assurances had encouraged Manila to take risks at sea.\n\n"
     "The US ambassador in Manila said on Sunday that the allies' defence treaty covered Philippine coast guard"
     " ships.\n\n"
     "The State Department had voiced support for Manila last week.\n\n"
     "Xu also said China had lodged stern representations with the Philippine embassy in Beijing on Monday over"
     " Sunday's incident.\n\n"
     "Manila delivered its own protest over the collision on Monday, its second in a week.\n\n"
     "Chinese and Philippine delegations are due to meet on Wednesday in Xiamen under the bilateral consultation"
     " mechanism."),
    ("2034-05-16_tidewater_asean-urges-restraint.txt",
     "ASEAN urges restraint as China-Philippines shoal standoff drags on\n\n"
     "JAKARTA, May 16, 2034 (Tidewater Wire) - Southeast Asian foreign ministers called on Tuesday for restraint at"
     " sea and a peaceful settlement of the dispute over Second Thomas Shoal, two days after Chinese and Philippine"
     " coast guard vessels collided near the reef.\n\n"
     "In a statement issued through the ASEAN Secretariat, the bloc's foreign ministers said they were seriously"
     " concerned by recent incidents and urged all parties to avoid any step that could escalate tensions.\n\n"
     "The statement did not name China.\n\n"
     "Japan's foreign minister, Ayako Terashima, issued a similar appeal in Tokyo on Tuesday, urging both sides to"
     " exercise self-restraint and resolve the matter through dialogue.\n\n"
     "Tensions have risen since May 8, when a Chinese coast guard cutter used water cannon on a Philippine supply"
     " boat, injuring four crew.\n\n"
     "China later declared a 12-nautical-mile control zone around the shoal, which Manila has rejected."),
    ("2034-05-16_northgate_japan-calls-restraint.txt",
     "Japan calls on China, Philippines to show restraint\n\n"
     "TOKYO, May 16, 2034 (Northgate Gazette) - Japan urged China and the Philippines on Tuesday to refrain from"
     " provocation and resolve their quarrel over Second Thomas Shoal by peaceful means, voicing concern over a"
     " collision between their coast guard ships at the weekend.\n\n"
     "Foreign Minister Ayako Terashima told reporters that Tokyo was watching developments with grave concern and"
     " that disputes at sea should be handled through dialogue and international law.\n\n"
     "Earlier in the day, ASEAN foreign ministers, in a joint statement from Jakarta, urged all sides to avoid"
     " escalation.\n\n"
     "Japan, which has its own maritime dispute with China in the East China Sea, has been deepening security ties"
     " with Manila.\n\n"
     "Beijing has blamed the Philippine ship for Sunday's collision.\n\n"
     "It has also accused Washington of encouraging Manila."),
    ("2034-05-17_lantern_xiamen-talks.txt",
     "China, Philippines hold sea talks in Xiamen amid shoal tensions\n\n"
     "XIAMEN, May 17, 2034 (Lantern Press) - Chinese and Philippine diplomats met in the southeastern city of"
     " Xiamen on Wednesday for a round of talks under their bilateral consultation mechanism, the delegations'"
     " first direct encounter since a string of confrontations at Second Thomas Shoal.\n\n"
     "Vice Foreign Minister Tian Haoran led the Chinese side and Foreign Undersecretary Corazon Villaruel the"
     " Philippine delegation, China's foreign ministry said.\n\n"
     "The two sides agreed to restore a direct hotline between their coast guards, which had gone unused for"
     " months, according to a Chinese readout.\n\n"
     "The readout called the talks frank and in-depth but gave no sign of a breakthrough on resupply missions.\n\n"
     "The meeting followed a collision on Sunday between a Chinese cutter and a Philippine coast guard ship.\n\n"
     "That came six days after Chinese coast guard crews sprayed a Philippine supply boat with their water cannons."),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt",
     "Manila says Xiamen talks yield coast guard hotline, no deal on resupply\n\n"
     "MANILA, May 17, 2034 (Harbourlight Daily) - The Philippines and China agreed on Wednesday to revive a coast"
     " guard hotline, Manila's foreign ministry said after the two countries' diplomats held talks in Xiamen, but"
     " there was no agreement on access to Second Thomas Shoal.\n\n"
     "During the session, Foreign Undersecretary Corazon Villaruel raised the water cannon attack of May 8, the"
     " Philippine foreign ministry told reporters.\n\n"
     "She also brought up Sunday's collision, the ministry added.\n\n"
     "The Philippine navy said a second attempt to resupply the BRP Sierra Madre would go ahead soon, without"
     " giving a date.\n\n"
     "China has kept in place the temporary control zone it declared around the shoal on May 12."),
    ("2034-05-18_compass_zone-lifted.txt",
     "China scraps shoal control zone after Xiamen talks\n\n"
     "BEIJING, May 18, 2034 (Compass Review) - China's coast guard on Thursday lifted the temporary control zone it"
     " had imposed around Second Thomas Shoal six days earlier, a day after Chinese and Philippine officials held"
     " consultations in Xiamen.\n\n"
     "A brief notice on the coast guard's website said the zone was no longer in effect and gave no reason.\n\n"
     "Foreign ministry spokesperson Xu Mingtao declined to say whether the decision was linked to the talks, saying"
     " only that China would continue to uphold its sovereignty at Ren'ai Reef.\n\n"
     "When it announced the zone on May 12, China's coast guard threatened to board and detain vessels that entered"
     " without its approval."),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt",
     "Philippines readies new supply run after China scraps shoal zone\n\n"
     "MANILA, May 18, 2034 (Seaboard Monitor) - Philippine officials said on Thursday they were preparing to send a"
     " supply boat to Second Thomas Shoal within days, after China scrapped a control zone it had drawn around the"
     " reef.\n\n"
     "National Security Council spokesman Emilio Tanchuling said the navy had loaded food, water and medicine onto"
     " a chartered boat at a port in Palawan.\n\n"
     "'Our position has not changed: we will supply our troops, zone or no zone,' he said.\n\n"
     "China's coast guard announced the end of the zone in a short online notice, a day after diplomats from both"
     " countries agreed in Xiamen to reconnect their coast guards by hotline.\n\n"
     "The last attempt to reach the outpost, on May 8, was turned back after a Chinese cutter doused the supply"
     " boat with water cannon and injured four of its crew."),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt",
     "Philippine supply boat reaches Second Thomas Shoal as Chinese ships hold back\n\n"
     "MANILA, May 19, 2034 (Tidewater Wire) - A Philippine supply boat reached the BRP Sierra Madre at Second"
     " Thomas Shoal on Friday and unloaded food, water and fresh troops, after Chinese coast guard ships that had"
     " blocked a delivery 11 days earlier pulled back and let it pass.\n\n"
     "Captain Joaquin Ferrer of the Philippine navy said two Chinese cutters moved away to a distance of about five"
     " nautical miles as the boat approached and made no attempt to stop it.\n\n"
     "The mission was the first to reach the grounded warship since China's coast guard used its water cannon"
     " against a supply boat on May 8, injuring four crew members.\n\n"
     "China withdrew its temporary control zone around the reef on Thursday, one day after the two countries agreed"
     " in talks in Xiamen to reopen an emergency line between their coast guards.\n\n"
     "The two countries' ships collided near the reef on May 14, when a Chinese cutter struck the BRP Dalupiri.\n\n"
     "In a brief statement, the Chinese coast guard reported that it had monitored the Philippine boat's voyage and"
     " had allowed the delivery of daily necessities as a humanitarian gesture."),
    ("2034-05-19_northgate_quiet-resupply.txt",
     "Quiet resupply run eases, but does not end, shoal standoff\n\n"
     "PUERTO PRINCESA, May 19, 2034 (Northgate Gazette) - Chinese coast guard vessels backed away on Friday to let"
     " a Philippine boat deliver supplies to marines on Second Thomas Shoal, a calm end to 11 days in which the two"
     " sides' ships clashed twice.\n\n"
     "The boat, escorted by two Philippine coast guard ships, returned to Palawan on Friday evening, navy officials"
     " said.\n\n"
     "Analysts said Beijing's decision to let the mission through suggested both sides wanted to cool tensions"
     " after talks in Xiamen on Wednesday.\n\n"
     "China's coast guard had scrapped its zone around the reef a day earlier.\n\n"
     "'This is a pause, not a settlement,' said Ana Liza Dimaculangan, a maritime security researcher in Quezon"
     " City.\n\n"
     "On May 8 a Chinese cutter's water cannon smashed the windows of a supply boat and left four crew injured.\n\n"
     "Six days later, cutter 5203 struck the coast guard ship BRP Dalupiri roughly 14 nautical miles off the reef.\n\n"
     "The United States sent a destroyer on a joint patrol with Philippine frigates on May 12."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT", "COERCE"), "2034-05-08", "Chinese coast guard water-cannons Philippine supply boat"),
    "A02": (("ACCUSE",), "2034-05-08", "China Coast Guard accuses Philippine boat of intrusion"),
    "A03": (("PROTEST",), "2034-05-09", "Philippines summons Chinese ambassador, lodges protest"),
    "A04": (("REJECT",), "2034-05-09", "Chinese embassy in Manila rejects the protest"),
    "A05": (("SUPPORT",), "2034-05-09", "US State Department backs the Philippines"),
    "A06": (("AGREE",), "2034-05-10", "US and Philippines agree on joint patrols"),
    "A07": (("COERCE",), "2034-05-12", "Chinese coast guard declares control zone at shoal"),
    "A08": (("THREATEN",), "2034-05-12", "Chinese coast guard threatens to board, detain entrants"),
    "A09": (("COOPERATE",), "2034-05-12", "first US-Philippine joint patrol off Palawan"),
    "A10": (("REJECT",), "2034-05-13", "Philippines rejects the Chinese control zone"),
    "A11": (("ASSAULT", "COERCE"), "2034-05-14", "cutter rams the coast guard vessel BRP Dalupiri"),
    "A12": (("ACCUSE",), "2034-05-14", "Chinese coast guard blames Philippine ship for collision"),
    "A13": (("SUPPORT",), "2034-05-14", "US ambassador reaffirms defence commitment to Manila"),
    "A14": (("PROTEST",), "2034-05-15", "Philippines lodges second protest, over collision"),
    "A15": (("ACCUSE",), "2034-05-15", "Chinese foreign ministry accuses US of emboldening Manila"),
    "A16": (("PROTEST",), "2034-05-15", "China makes representations to Philippine embassy"),
    "A17": (("REQUEST",), "2034-05-16", "ASEAN foreign ministers call for restraint"),
    "A18": (("REQUEST",), "2034-05-16", "Japan calls for restraint"),
    "A19": (("CONSULT",), "2034-05-17", "bilateral consultation mechanism talks in Xiamen"),
    "A20": (("AGREE",), "2034-05-17", "China and Philippines agree to restore coast guard hotline"),
    "A21": (("CONCEDE", "RETREAT"), "2034-05-18", "Chinese coast guard lifts the control zone"),
    "A22": (("CONCEDE", "RETREAT"), "2034-05-19", "Chinese cutters pull back, second resupply goes through"),
}


#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-05-08_tidewater_water-cannon-supply-boat.txt", "A01", "blasted a Philippine supply boat with"),
    ("2034-05-08_tidewater_water-cannon-supply-boat.txt", "A01", "opened up with its cannon"),
    ("2034-05-08_tidewater_water-cannon-supply-boat.txt", "A02", "had illegally intruded into waters near Ren'ai Reef"),
    ("2034-05-08_tidewater_water-cannon-supply-boat.txt", "A01", "had acted in accordance with the law to drive"),
    ("2034-05-08_lantern_china-drives-off-boat.txt", "A01", "it had driven off a Philippine boat"),
    ("2034-05-08_lantern_china-drives-off-boat.txt", "A02", "entered waters off Ren'ai Reef without permission"),
    ("2034-05-08_lantern_china-drives-off-boat.txt", "A02", "accused Manila of trying to ferry construction materials"),
    ("2034-05-08_lantern_china-drives-off-boat.txt", "A01", "the jet of water shattered the boat's windows"),
    ("2034-05-09_harbourlight_manila-summons-envoy.txt", "A03", "summoned China's ambassador on Tuesday"),
    ("2034-05-09_harbourlight_manila-summons-envoy.txt", "A01", "a Chinese coast guard ship fired water cannon"),
    ("2034-05-09_harbourlight_manila-summons-envoy.txt", "A03", "was called in to the Department of Foreign Affairs"),
    ("2034-05-09_harbourlight_manila-summons-envoy.txt", "A03", "The protest note described Monday's incident"),
    ("2034-05-09_seaboard_envoy-summoned.txt", "A03", "summoned China's ambassador on Tuesday"),
    ("2034-05-09_seaboard_envoy-summoned.txt", "A01", "a Chinese coast guard ship fired water cannon"),
    ("2034-05-09_seaboard_envoy-summoned.txt", "A03", "was called in to the Department of Foreign Affairs"),
    ("2034-05-09_seaboard_envoy-summoned.txt", "A03", "The protest note described Monday's incident"),
    ("2034-05-09_compass_washington-backs-manila.txt", "A05", "declared its backing for the Philippines"),
    ("2034-05-09_compass_washington-backs-manila.txt", "A01", "was hit on Monday by water cannon"),
    ("2034-05-09_compass_washington-backs-manila.txt", "A05", "stands firmly with our Philippine allies"),
    ("2034-05-09_compass_washington-backs-manila.txt", "A03", "summoned the Chinese ambassador to lodge a protest"),
    ("2034-05-09_compass_washington-backs-manila.txt", "A04", "rejected the protest hours later"),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt", "A04", "threw out a diplomatic protest"),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt", "A03", "lodged by Manila over Monday's confrontation"),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt", "A04", "had declined to accept the note"),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt", "A01", "water cannon had been used only after"),
    ("2034-05-09_lantern_embassy-dismisses-protest.txt", "A03", "summoned Dong earlier on Tuesday"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A06", "agreed on Wednesday to hold joint maritime patrols"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A01", "two days after Chinese coast guard water cannon hit"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A06", "The arrangement was confirmed by"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A05", "Washington on Tuesday pledged its support for Manila"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A04", "Its embassy on Tuesday rejected a Philippine protest"),
    ("2034-05-10_northgate_joint-patrols-agreed.txt", "A03", "rejected a Philippine protest over Monday's incident"),
    ("2034-05-11_tidewater_palawan-fishermen.txt", "A01", "drenched a Philippine supply boat with water cannon"),
    ("2034-05-11_tidewater_palawan-fishermen.txt", "A01", "hurt in Monday's attack"),
    ("2034-05-11_tidewater_palawan-fishermen.txt", "A06", "on Wednesday agreed to stage joint patrols"),
    ("2034-05-12_harbourlight_china-control-zone.txt", "A07", "declared a temporary control zone extending"),
    ("2034-05-12_harbourlight_china-control-zone.txt", "A08", "would intercept, board and if necessary detain"),
    ("2034-05-12_harbourlight_china-control-zone.txt", "A01", "four days after Chinese cutters used water cannon"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A09", "carried out a joint patrol west of Palawan"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A06", "an arrangement the allies reached two days earlier"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A01", "in response to a Chinese water cannon attack"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A07", "that China's coast guard announced earlier in the day"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A09", "which also involved a US Navy P-8"),
    ("2034-05-12_seaboard_joint-patrol-sails.txt", "A08", "has warned that it will intercept and board"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A10", "on Saturday rejected a temporary control zone"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A07", "that China's coast guard declared around Second Thomas"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A10", "does not recognise and will not comply"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A07", "Beijing announced the zone on Friday"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A08", "warned that its coast guard would board and detain"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A09", "sailed together west of Palawan"),
    ("2034-05-13_compass_manila-rejects-zone.txt", "A01", "pounded a Philippine supply boat"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A11", "rammed a Philippine coast guard ship"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A11", "struck its starboard side"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A01", "following Monday's water cannon attack"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A12", "blamed the Philippine ship for deliberately steering"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A07", "Beijing declared a temporary control zone"),
    ("2034-05-14_tidewater_cutter-rams-ship.txt", "A08", "said it would intercept vessels entering"),
    ("2034-05-14_compass_cutter-collision.txt", "A11", "rammed a Philippine coast guard ship"),
    ("2034-05-14_compass_cutter-collision.txt", "A11", "struck its starboard side"),
    ("2034-05-14_compass_cutter-collision.txt", "A01", "following Monday's water cannon attack"),
    ("2034-05-14_compass_cutter-collision.txt", "A12", "blamed the Philippine ship for deliberately steering"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A12", "charging that the Philippine crew had steered"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A11", "a collision between a Philippine government ship"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A01", "expelled a Philippine supply boat from the same waters"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A12", "had turned sharply toward cutter 5203"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A11", "the two ships collided"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A12", "Gan said the Philippine ship"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A07", "the temporary control zone China declared on Friday"),
    ("2034-05-14_lantern_china-blames-manila.txt", "A11", "the Chinese cutter struck its vessel"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A13", "reaffirmed Washington's commitment to defend its ally"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A11", "a Philippine coast guard vessel and a Chinese"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A13", "Ambassador Denise Farraday wrote on social media"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A05", "State Department backed the Philippines on Tuesday"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A01", "Monday's water cannon assault"),
    ("2034-05-14_northgate_envoy-reaffirms-pact.txt", "A09", "held their first joint patrol on Friday"),
    ("2034-05-15_harbourlight_second-protest.txt", "A14", "lodged its second diplomatic protest"),
    ("2034-05-15_harbourlight_second-protest.txt", "A11", "a Chinese cutter struck a Philippine coast guard ship"),
    ("2034-05-15_harbourlight_second-protest.txt", "A14", "delivered to the Chinese embassy on Monday morning"),
    ("2034-05-15_harbourlight_second-protest.txt", "A11", "called Sunday's collision a deliberate"),
    ("2034-05-15_harbourlight_second-protest.txt", "A03", "summoned Chinese Ambassador Dong Kaifeng last Tuesday"),
    ("2034-05-15_harbourlight_second-protest.txt", "A01", "to complain about the water cannon attack"),
    ("2034-05-15_harbourlight_second-protest.txt", "A12", "has said the Philippine vessel caused the collision"),
    ("2034-05-15_harbourlight_second-protest.txt", "A11", "caused the collision by steering"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A15", "accused the United States on Monday of emboldening"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A11",
     "a collision between Chinese and Philippine coast guard ships"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A15", "so-called security assurances had encouraged"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A13", "The US ambassador in Manila said on Sunday"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A05", "had voiced support for Manila last week"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A16", "had lodged stern representations"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A11", "over Sunday's incident"),
    ("2034-05-15_compass_beijing-accuses-washington.txt", "A14", "Manila delivered its own protest over the collision"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A17", "called on Tuesday for restraint at sea"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A11", "coast guard vessels collided near the reef"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A17", "issued through the ASEAN Secretariat"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A18", "issued a similar appeal in Tokyo on Tuesday"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A01", "when a Chinese coast guard cutter used water cannon"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A07", "China later declared a 12-nautical-mile control zone"),
    ("2034-05-16_tidewater_asean-urges-restraint.txt", "A10", "which Manila has rejected"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A18", "Japan urged China and the Philippines on Tuesday"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A11", "a collision between their coast guard ships"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A18", "watching developments with grave concern"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A17", "in a joint statement from Jakarta"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A12", "Beijing has blamed the Philippine ship"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A11", "for Sunday's collision"),
    ("2034-05-16_northgate_japan-calls-restraint.txt", "A15", "accused Washington of encouraging"),
    ("2034-05-17_lantern_xiamen-talks.txt", "A19", "met in the southeastern city of"),
    ("2034-05-17_lantern_xiamen-talks.txt", "A19", "Vice Foreign Minister Tian Haoran led the Chinese side"),
    ("2034-05-17_lantern_xiamen-talks.txt", "A20", "agreed to restore a direct hotline"),
    ("2034-05-17_lantern_xiamen-talks.txt", "A11", "a collision on Sunday between a Chinese cutter"),
    ("2034-05-17_lantern_xiamen-talks.txt", "A01", "sprayed a Philippine supply boat"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A20", "agreed on Wednesday to revive a coast guard hotline"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A19", "diplomats held talks in"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A19", "During the session"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A01", "raised the water cannon attack of May 8"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A11", "She also brought up Sunday's collision"),
    ("2034-05-17_harbourlight_talks-yield-hotline.txt", "A07", "the temporary control zone it declared"),
    ("2034-05-18_compass_zone-lifted.txt", "A21", "lifted the temporary control zone"),
    ("2034-05-18_compass_zone-lifted.txt", "A07", "had imposed around Second Thomas Shoal six days earlier"),
    ("2034-05-18_compass_zone-lifted.txt", "A19", "held consultations in Xiamen"),
    ("2034-05-18_compass_zone-lifted.txt", "A21", "A brief notice on the coast guard's website"),
    ("2034-05-18_compass_zone-lifted.txt", "A07", "When it announced the zone on May 12"),
    ("2034-05-18_compass_zone-lifted.txt", "A08", "threatened to board and detain vessels"),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt", "A21", "after China scrapped a control zone"),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt", "A07", "it had drawn around the reef"),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt", "A21", "announced the end of the zone"),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt", "A20", "agreed in Xiamen to reconnect their coast guards"),
    ("2034-05-18_seaboard_manila-readies-supply-run.txt", "A01", "a Chinese cutter doused the supply boat"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A22", "pulled back and let it pass"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A01", "had blocked a delivery 11 days earlier"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A22", "moved away to a distance of about five"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A01", "used its water cannon against a supply boat"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A21", "China withdrew its temporary control zone"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A20", "agreed in talks in Xiamen to reopen"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A11", "collided near the reef on May 14"),
    ("2034-05-19_tidewater_supply-boat-gets-through.txt", "A22", "had allowed the delivery of daily necessities"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A22", "backed away on Friday to let"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A22", "Beijing's decision to let the mission through"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A21", "had scrapped its zone around the reef"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A19", "after talks in Xiamen on Wednesday"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A01", "water cannon smashed the windows"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A11", "cutter 5203 struck the coast guard ship"),
    ("2034-05-19_northgate_quiet-resupply.txt", "A09", "sent a destroyer on a joint patrol"),
]

FLOORS = {"pairwise_f1": 0.65, "b3_f1": 0.75, "reports_found": 0.5}


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
