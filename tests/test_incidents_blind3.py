"""The third blind incident batch: 25 wire reports of a maritime fishing dispute in the Gulf of Guinea,
written on 2026-12-01 before the coder was run on any of it.

The crisis (May 14-25, 2034): Equatorial Guinea's navy seizes two Cameroonian trawlers and their 23 crew (nine
of them Nigerian) north of Bioko. Cameroon and Equatorial Guinea summon each other's ambassadors on the same
day, two Cameroonian ministers each demand the crews' release, and Cameroon sends patrol ships. An
Equatoguinean coast guard vessel turns a water cannon on a Cameroonian patrol boat (two sailors hurt, later
four) and Malabo's defence minister threatens to seize boats fishing without permits. The foreign ministers
meet in Libreville without a deal; Nigeria and Cameroon sign a joint patrol pact; an arbitral tribunal in The
Hague orders the boats released and Malabo rejects it. The Nigerian crew are freed, a second Cameroonian boat
is seized (the threatened act), Cameroon recalls its ambassador, the two presidents meet at a Central African
summit in Libreville and agree on a joint commission, and the remaining Cameroonian crew are freed the next
day.

Everything in it is synthetic: the outlets (Continental Newswire, Bight Observer, Lantern Agency, Keystone
Wire, Tidewater Report, Savanna Herald) and the people are invented; the countries, cities and institutions
are real; the events never happened and the dates lie in the future. It holds one verbatim syndicated copy
(the Continental water cannon story under a Keystone credit) and one lightly edited copy (the Lantern tribunal
story in the Bight Observer); a figure that changes between reports (injured sailors, two then four); and
look-alike acts: two seizures by the same navy eight days apart (A01, A14), two releases by the same
government (A13, A18), two rounds of talks between the same two states in Libreville (A09, A16), both states
summoning the other's ambassador on the same day (A02, A03), two Cameroonian ministers making the same demand
on the same day (A05, A06), and a threat (A08) followed by the act it threatened (A14). Some acts are told
only once (A06).

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed by the CAMEO2PLOVER-2021 / PLOVER codebook (a second type only
where the codebook allows two readings: the water cannon, A07, is ASSAULT or COERCE); its date is the day it
happened. REPORTS lists every body sentence (never a headline) that reports an act that happened, including
background recaps in later reports and quotes that tell the act, with a verbatim cue found once in its file; a
sentence reports at most one act of each type. Not listed: planned, promised-but-not-yet-done, threatened,
demanded, conditional, hypothetical or denied acts (a promise, threat or demand is itself an AGREE, THREATEN
or REQUEST act), acts more than a year earlier, statistics and tallies, opinions, and ongoing states ("the 14
fishermen still held in Malabo").

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events, and reports_found is the share of gold reports (file, act)
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 4c712e7 (the fourth 2026-12-01 session's coder, after the rules incident batch 1
prompted), with `figures`: **pairwise F1 0.841** (precision 0.976, recall 0.739; 111 gold pairs), B-cubed F1
0.893 (precision 0.980, recall 0.820), reports_found 0.775; 67 mapped events of 17 acts in 24 incidents. The
session's starting coder (99a275f), run on it afterwards for comparison, scores the same on every figure.
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
    ('2034-05-14_continental_trawlers-seized-off-bioko.txt',
     'Equatorial Guinea navy boards two Cameroonian fishing boats near Bioko\n\n'
     "YAOUNDE, May 14, 2034 (Continental Newswire) - Equatorial Guinea's navy seized two Cameroonian "
     'trawlers and detained their 23 crew members early on Sunday in waters both countries claim, '
     'Cameroonian fisheries officials said.\n\n'
     'The vessels, the Sanaga Star and the Mungo Queen, were working about 18 nautical miles north of '
     'Bioko island when two patrol boats came alongside and put armed sailors aboard, according to their '
     'owner. The sailors escorted both boats to Malabo harbour, where the crews were being held on board '
     'on Sunday evening, he said.\n\n'
     '"They took my boats and my men at gunpoint," said Jean-Pierre Ngando, whose Douala company owns both '
     'trawlers.\n\n'
     'Nine of the 23 crew are Nigerian nationals and the rest are Cameroonian, the company said. Officials '
     'in Malabo could not be reached on Sunday.\n\n'
     'The two neighbours have argued for more than two decades over where their sea border runs, and '
     'Cameroon took the question to international arbitration in 2032.'),
    ('2034-05-14_bightobserver_idenau-families-wait.txt',
     'Fishing town waits for word of crews taken to Malabo\n\n'
     'IDENAU, May 14, 2034 (Bight Observer) - Families crowded onto the jetty of this Cameroonian fishing '
     'town on Sunday after word spread that Equatoguinean sailors had taken two local trawlers at sea '
     'before dawn.\n\n'
     "Relatives said the boats had left port on Saturday night for grounds the town's fleet has worked for "
     'generations.\n\n'
     "A grey patrol vessel flying Equatorial Guinea's flag ordered the crews to haul in their nets and "
     'follow it south, a fisherman who was in a canoe nearby told the Bight Observer. "They pointed rifles '
     'at the men and made them sail to Bioko," said the fisherman, a man in his fifties called Blaise.\n\n'
     '"My brother is on the Mungo Queen and his phone is switched off," said a woman who gave her name '
     'only as Odette.\n\n'
     'Samuel Ewane Mokake, who chairs the local fishing cooperative, said he learned of the seizure by '
     'radio from another boat shortly after five in the morning. At least 40 boats from the town work the '
     'contested waters every week, he said.'),
    ('2034-05-15_continental_cameroon-summons-envoy.txt',
     "Cameroon calls in Equatorial Guinea's ambassador over trawler row\n\n"
     "YAOUNDE, May 15, 2034 (Continental Newswire) - Cameroon summoned Equatorial Guinea's ambassador on "
     "Monday to protest against Sunday's seizure of two fishing trawlers and their crews, the foreign "
     'ministry said.\n\n'
     'External Relations Minister Lucien Mbarga Ndzie demanded that the 23 fishermen be released at once '
     'and both vessels returned, a ministry statement said.\n\n'
     'The ambassador, Ramon Esono Nchama, was handed a note of protest during a meeting of about 40 '
     'minutes, a ministry official said.\n\n'
     "In Malabo, the foreign ministry called in Cameroon's ambassador the same afternoon, state radio "
     'reported, without giving details.\n\n'
     '"We expect our citizens to be freed today, not next week," Mbarga Ndzie told reporters.\n\n'
     'Fishing employs roughly 200,000 people in Cameroon, most of them in small coastal communities, '
     'according to government figures. The last serious incident in the area, in 2029, ended when both '
     'crews were let go after a week.'),
    ('2034-05-15_lantern_malabo-counter-summons.txt',
     'Malabo answers Yaounde with diplomatic protest of its own\n\n'
     "MALABO, May 15, 2034 (Lantern Agency) - Equatorial Guinea summoned Cameroon's envoy in Malabo on "
     'Monday to complain about what it called repeated illegal fishing by Cameroonian boats in its '
     'waters.\n\n'
     'Foreign Minister Teodora Mikue Nsue received Ambassador Paul Tchoumi Wanda at the ministry, a '
     'statement read on the evening news said, without saying how long the meeting lasted.\n\n'
     "Earlier in the day, Yaounde had called in Equatorial Guinea's ambassador to lodge a protest.\n\n"
     'Navy spokesman Captain Felix Bokesa said the two trawlers were intercepted on Sunday inside '
     'Equatoguinean waters and brought to Malabo port. He said the crews were in good health and were '
     'being fed aboard their vessels.\n\n'
     'He did not say whether they would face charges.\n\n'
     'The two countries drafted a fisheries accord in 2019 that neither parliament ever ratified.'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt',
     'Cameroon orders naval vessels toward contested fishing grounds\n\n'
     'YAOUNDE, May 15, 2034 (Keystone Wire) - Cameroon sent three navy patrol ships to waters off its '
     'southwestern coast on Monday, as a row with Equatorial Guinea over two impounded trawlers '
     'deepened.\n\n'
     'The ships left the naval base in Douala in the afternoon and were expected to reach the area north '
     'of Bioko overnight, a defence ministry official said. Their orders are to protect Cameroonian '
     'fishermen and to avoid any confrontation, the official added.\n\n'
     'On Monday the foreign ministry also summoned the Equatoguinean ambassador in Yaounde.\n\n'
     'Fisheries Minister Aminatou Oumarou Fadil, touring a fish market in Limbe, called for the fishermen '
     'to be freed without conditions. "These are workers, not soldiers, and they must go home to their '
     'families," she said.\n\n'
     "Cameroon's navy operates around a dozen seagoing patrol craft, according to defence analysts."),
    ('2034-05-15_savanna_nigerians-among-detained.txt',
     'Nine Nigerians among fishermen held in Equatorial Guinea\n\n'
     'ABUJA, May 15, 2034 (Savanna Herald) - Nine Nigerian citizens are among the 23 fishermen whose '
     "release Cameroon demanded on Monday, Nigeria's foreign ministry said.\n\n"
     'Ministry spokesman Ikenna Obiora said the men came mostly from fishing communities in Akwa Ibom and '
     'Cross River states.\n\n'
     'In Yaounde, Foreign Minister Lucien Mbarga Ndzie insisted that all 23 men be freed at once. Cameroon '
     "also summoned Equatorial Guinea's envoy to protest.\n\n"
     "Malabo summoned Cameroon's ambassador in return, state media there reported.\n\n"
     'Nigeria has no stake in the boundary quarrel between Cameroon and Equatorial Guinea, but Nigerian '
     'deckhands often crew boats registered in both countries.'),
    ('2034-05-16_continental_water-cannon-patrol-boat.txt',
     'Sailors hurt as Equatoguinean vessel turns hose on Cameroonian patrol\n\n'
     'YAOUNDE, May 16, 2034 (Continental Newswire) - An Equatoguinean coast guard cutter turned a water '
     "cannon on a Cameroonian navy patrol boat on Tuesday, injuring two sailors, Cameroon's defence "
     'ministry said.\n\n'
     'The sailors were struck by a powerful jet of water as their boat shadowed the Equatoguinean ship '
     'about 20 nautical miles north of Bioko, the ministry said.\n\n'
     'Cameroon dispatched three ships to the area on Monday to shield its fishing fleet.\n\n'
     'Both injured sailors were treated on board and were in stable condition, the ministry said.\n\n'
     'Separately, Defence Minister Santiago Ela Ondo warned on state radio that any foreign boat found '
     'fishing in Equatoguinean waters without a permit would be seized.\n\n'
     '"This is a dangerous escalation between two small navies whose sailors are not trained for this kind '
     'of standoff," said Kofi Mensah-Arthur, a maritime security analyst in Accra.'),
    ('2034-05-16_keystone_water-cannon-patrol-boat.txt',
     'Sailors hurt as Equatoguinean vessel turns hose on Cameroonian patrol\n\n'
     'YAOUNDE, May 16, 2034 (Keystone Wire) - An Equatoguinean coast guard cutter turned a water cannon on '
     "a Cameroonian navy patrol boat on Tuesday, injuring two sailors, Cameroon's defence ministry "
     'said.\n\n'
     'The sailors were struck by a powerful jet of water as their boat shadowed the Equatoguinean ship '
     'about 20 nautical miles north of Bioko, the ministry said.\n\n'
     'Cameroon dispatched three ships to the area on Monday to shield its fishing fleet.\n\n'
     'Both injured sailors were treated on board and were in stable condition, the ministry said.\n\n'
     'Separately, Defence Minister Santiago Ela Ondo warned on state radio that any foreign boat found '
     'fishing in Equatoguinean waters without a permit would be seized.\n\n'
     '"This is a dangerous escalation between two small navies whose sailors are not trained for this kind '
     'of standoff," said Kofi Mensah-Arthur, a maritime security analyst in Accra.\n\n'
     'Continental Newswire distributed this report first; it is reproduced here unchanged.'),
    ('2034-05-16_tidewater_coast-guard-clash.txt',
     "Cameroon says crew hurt in confrontation with neighbour's coast guard\n\n"
     'DOUALA, May 16, 2034 (Tidewater Report) - Two Cameroonian sailors were hurt on Tuesday when a coast '
     'guard ship from Equatorial Guinea blasted their patrol boat with high-pressure water near Bioko, '
     'naval officers in Douala said.\n\n'
     'The jet knocked two men off their feet on deck and smashed the bridge windows, the officers said.\n\n'
     "Hours later, Equatorial Guinea's defence minister, Santiago Ela Ondo, threatened to seize any vessel "
     'that entered its waters to fish without permission. "Whoever fishes in our waters without our '
     'permission will lose his boat," Ela Ondo told a military ceremony in Bata, on the mainland.\n\n'
     'Cameroon moved three warships into the area on Monday.\n\n'
     'The standoff is now in its third day, with 23 crew members from two Cameroonian trawlers still in '
     "Malabo. Cameroon's foreign minister demanded on Monday that the crews be released.\n\n"
     'The quarrel centres on roughly 2,500 square kilometres of sea rich in shrimp and sardinella.'),
    ('2034-05-17_bightobserver_water-cannon-toll-rises.txt',
     'Four sailors now reported injured in Bioko water cannon incident\n\n'
     'LIMBE, May 17, 2034 (Bight Observer) - Four Cameroonian sailors were injured, one of them seriously, '
     'when an Equatoguinean coast guard vessel turned its water cannon on their patrol boat on Tuesday, '
     'the navy said on Wednesday, revising an earlier figure of two.\n\n'
     'The navy said the Equatoguinean ship aimed its cannon at the bridge for several minutes before '
     'turning away.\n\n'
     'A petty officer with a head wound was flown to the military hospital in Douala, and three others '
     'were treated for cuts and bruises, a navy spokesman said.\n\n'
     "Cameroon's three patrol ships, sent to the area on Monday, remain on station, the spokesman said.\n\n"
     'The threat by Defence Minister Santiago Ela Ondo to seize boats fishing without permits has alarmed '
     'owners, said Samuel Ewane Mokake, who heads the Idenau fishing cooperative.\n\n'
     '"Nobody wants to lose a boat worth 80 million CFA francs," he said.'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt',
     'Foreign ministers meet in Gabon but fail to settle trawler row\n\n'
     'LIBREVILLE, May 18, 2034 (Continental Newswire) - The foreign ministers of Cameroon and Equatorial '
     'Guinea held talks in Libreville on Thursday to ease a standoff over seized fishing boats, but ended '
     'the meeting without an agreement, officials said.\n\n'
     "Gabon's foreign minister, Estelle Moussavou Ikapi, hosted the three-hour meeting at her ministry, "
     "according to a Gabonese statement. Equatorial Guinea's Teodora Mikue Nsue flew in from Malabo for "
     'the session, her first with her Cameroonian counterpart since taking office last year.\n\n'
     'A Gabonese diplomat described the atmosphere as "correct but cold."\n\n'
     'On Tuesday, four Cameroonian sailors were injured when an Equatoguinean vessel sprayed a navy patrol '
     "boat with a water cannon. On Monday, Equatorial Guinea summoned Cameroon's envoy over what it called "
     'illegal fishing.\n\n'
     'Cameroon, whose navy is the larger of the two, has so far kept its ships on its side of the line it '
     'claims, a Western military attache in Yaounde said.'),
    ('2034-05-18_savanna_nigeria-cameroon-patrol-pact.txt',
     'Nigeria and Cameroon agree joint naval patrols in Gulf of Guinea\n\n'
     'ABUJA, May 18, 2034 (Savanna Herald) - Nigeria and Cameroon signed an agreement on Thursday to run '
     'joint naval patrols in the eastern Gulf of Guinea, at a time of tension with Equatorial Guinea over '
     'two impounded trawlers with Nigerian crew on board.\n\n'
     "The two defence ministers, Nigeria's Musa Danjuma Garba and Cameroon's Joseph Ekane, put their names "
     'to the document at the defence headquarters in Abuja.\n\n'
     'Under the deal, the two navies will begin patrolling together next week and will share radar and '
     'surveillance data, officials said.\n\n'
     '"The sea does not recognise our borders, and neither do the criminals who use it," said Nigeria\'s '
     'navy chief, Vice Admiral Tunde Ajayi.\n\n'
     'In Libreville, the foreign ministers of Cameroon and Equatorial Guinea met on Thursday to try to '
     'ease the standoff. Yaounde demanded on Monday that the crews be freed.\n\n'
     'Reported pirate attacks in the Gulf of Guinea dropped to 18 in 2033, down from over 80 ten years '
     'before, industry figures show.'),
    ('2034-05-18_tidewater_gabon-talks-no-breakthrough.txt',
     'Talks in Gabon end with no breakthrough on detained fishermen\n\n'
     'LIBREVILLE, May 18, 2034 (Tidewater Report) - A meeting on Thursday between the top diplomats of '
     'Cameroon and Equatorial Guinea broke up without a deal on the fate of 23 fishermen, a Gabonese '
     'official said.\n\n'
     'The official, who asked for anonymity because he was not cleared to brief the press, called the '
     'discussions "frank." Gabon\'s foreign minister chaired the session, which lasted about three hours, '
     'he said.\n\n'
     'In Abuja, meanwhile, Cameroon and Nigeria inked a naval patrol accord, a move analysts said would '
     "strengthen Yaounde's hand.\n\n"
     "Equatorial Guinea's defence minister warned on Tuesday that boats fishing without permits would be "
     'seized.\n\n'
     'Cameroon asked an international tribunal in 2032 to draw the sea boundary, and that case is still '
     'pending.'),
    ('2034-05-19_lantern_tribunal-orders-release.txt',
     'Arbitral tribunal tells Equatorial Guinea to free Cameroonian boats\n\n'
     'THE HAGUE, May 19, 2034 (Lantern Agency) - An international arbitral tribunal ordered Equatorial '
     'Guinea on Friday to release two Cameroonian trawlers and their crews pending a final ruling on the '
     "countries' maritime boundary.\n\n"
     'The five-member panel, sitting at the Permanent Court of Arbitration, issued the order by four votes '
     'to one. Under its terms, Equatorial Guinea must free the 23 crew members and allow both trawlers to '
     'leave Malabo within ten days.\n\n'
     'Its president, Judge Ingrid Solberg of Norway, said the measures were needed to prevent "irreparable '
     'harm" while the case continued.\n\n'
     'The order is binding, but the tribunal has no means to enforce it.\n\n'
     'The ruling came a day after talks in Libreville between the two foreign ministers ended without a '
     'deal.\n\n'
     '"The tribunal acted quickly because lives and livelihoods are at stake," said Helene '
     'Dufresne-Atangana, a law professor at Leiden University who is not involved in the case.'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt',
     'Hague tribunal tells Equatorial Guinea to free Cameroonian trawlers\n\n'
     'THE HAGUE, May 19, 2034 (Bight Observer) - An international tribunal ordered Equatorial Guinea on '
     "Friday to release two Cameroonian trawlers and their crews pending a final ruling on the countries' "
     'maritime boundary.\n\n'
     'The five-member panel, sitting at the Permanent Court of Arbitration, issued the order by four votes '
     'to one. Under its terms, Equatorial Guinea must free the 23 crew members and let both trawlers leave '
     'Malabo within ten days.\n\n'
     'Its president, Judge Ingrid Solberg of Norway, said the measures were needed to prevent "irreparable '
     'harm" while the case continued.\n\n'
     'The order is binding, but the tribunal has no means to enforce it.\n\n'
     'The ruling came a day after talks in Libreville between the two foreign ministers ended without a '
     'deal. Fourteen of the detained crew come from Idenau and nearby villages.\n\n'
     'This report was edited by the Bight Observer from Lantern Agency copy.'),
    ('2034-05-19_keystone_malabo-rejects-order.txt',
     'Equatorial Guinea dismisses tribunal order on seized trawlers\n\n'
     'MALABO, May 19, 2034 (Keystone Wire) - Equatorial Guinea late on Friday rejected an order by an '
     'international tribunal to free two Cameroonian fishing boats, saying the panel had no authority over '
     'its territorial waters.\n\n'
     '"The Republic does not recognise the competence of this tribunal and will not be bound by its '
     'decisions," Foreign Minister Teodora Mikue Nsue said in remarks carried by the state broadcaster. '
     'She added that Malabo would not hand over the boats on the orders of "foreign judges."\n\n'
     'Hours earlier, the panel in The Hague had told Malabo to release the vessels and their 23 crew '
     'members.\n\n'
     "Cameroon, which has demanded the crews' immediate release, did not comment on Friday.\n\n"
     'Equatorial Guinea has not taken part in the arbitration since Cameroon filed it in 2032.'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt',
     'Nine Nigerian fishermen return home after six days in Malabo\n\n'
     'LAGOS, May 20, 2034 (Savanna Herald) - Equatorial Guinea freed nine Nigerian fishermen on Saturday '
     'who had been in custody in Malabo for six days, and the men landed in Lagos in the evening, '
     "Nigeria's foreign ministry said.\n\n"
     'The men were handed to Nigerian embassy staff at Malabo port in the morning and flown out on a '
     'commercial flight, ministry spokesman Ikenna Obiora said.\n\n'
     '"I want to sleep in my own bed," said one of the fishermen, Effiong Udo Akpan, at the airport.\n\n'
     'The 14 Cameroonian crew members remain in custody, and officials in Malabo gave no explanation for '
     'the decision.\n\n'
     'Their release came a day after Equatorial Guinea refused to obey an international tribunal that had '
     'ordered all the crew freed.\n\n'
     'Nigeria signed a joint patrol agreement with Cameroon on Thursday, but officials in Abuja have '
     'stressed that it is not aimed at Equatorial Guinea.'),
    ('2034-05-20_continental_nigerian-crew-released.txt',
     'Equatorial Guinea lets Nigerian crew go, keeps Cameroonians\n\n'
     'MALABO, May 20, 2034 (Continental Newswire) - Equatorial Guinea released nine Nigerian crew members '
     'on Saturday from two Cameroonian trawlers it holds, but kept the 14 Cameroonians, a day after '
     "rejecting an international tribunal's order to free them all.\n\n"
     'The Nigerians walked off the trawlers at about nine in the morning and were driven to the airport '
     'under escort, a witness said.\n\n'
     'An Equatoguinean navy officer said the Nigerians had been let go as a humanitarian gesture. He '
     'declined to say when the Cameroonians might be freed.\n\n'
     'The standoff is the most serious between the two neighbours since a quarrel over their land border '
     'in 2017.\n\n'
     'The water cannon attack on a Cameroonian patrol boat on Tuesday left four sailors injured.'),
    ('2034-05-22_bightobserver_second-boat-seized.txt',
     'Another Cameroonian fishing boat taken by Equatoguinean navy\n\n'
     "IDENAU, May 22, 2034 (Bight Observer) - Equatorial Guinea's navy seized a Cameroonian fishing boat "
     'and its six-man crew early on Monday, fishermen and local officials said.\n\n'
     'The boat, the Bimbia II, was stopped about 15 nautical miles north of Bioko while hauling in its '
     'nets, said Samuel Ewane Mokake, head of the Idenau fishing cooperative. The crew were taken to Luba, '
     "a port on Bioko's west coast, relatives were told.\n\n"
     '"They are doing exactly what they promised to do," Mokake said, referring to last Tuesday\'s warning '
     "by Equatorial Guinea's defence minister. The minister had said that boats fishing without "
     'Equatoguinean permits would be seized.\n\n'
     'Fourteen crew members from two Idenau trawlers are still in Malabo.\n\n'
     'The Bimbia II is a 12-metre wooden boat with an outboard engine. Fishing families in Idenau said '
     "hopes of a settlement before Wednesday's regional summit in Libreville were fading."),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt',
     'Cameroon pulls its ambassador out of Malabo after new boat seizure\n\n'
     'YAOUNDE, May 22, 2034 (Continental Newswire) - Cameroon recalled its ambassador to Equatorial Guinea '
     'on Monday night for consultations, hours after the Equatoguinean navy seized a second fishing boat '
     'in disputed waters.\n\n'
     'The foreign ministry said in a statement that Ambassador Paul Tchoumi Wanda had been ordered home '
     '"in light of repeated hostile acts."\n\n'
     'The boat, with six fishermen aboard, was intercepted early on Monday north of Bioko, local officials '
     'said.\n\n'
     'The first seizure, of two trawlers, took place on May 14, and 14 of the crew remain in custody. '
     'Equatorial Guinea freed nine Nigerian crew members on Saturday.\n\n'
     'Recalling an ambassador is one of the strongest diplomatic signals short of cutting ties, said '
     'Mireille Ndongo, who teaches international relations at the University of Yaounde II.\n\n'
     'The two presidents are due to attend a summit of the Economic Community of Central African States in '
     'Libreville on Wednesday.'),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt',
     "Recall of Cameroon's envoy clouds regional summit\n\n"
     "DOUALA, May 23, 2034 (Tidewater Report) - Cameroon's decision to withdraw its ambassador from Malabo "
     "has cast a shadow over Wednesday's summit of Central African leaders, diplomats said on Tuesday.\n\n"
     'The Equatoguinean navy took a small fishing boat and six crew early on Monday, and Yaounde ordered '
     'its envoy home that night.\n\n'
     "Malabo's rejection on Friday of a tribunal's order to free the trawler crews has also hardened "
     'positions in Yaounde, diplomats said.\n\n'
     'Cameroon and Nigeria are due to start joint naval patrols under a pact signed last week, but neither '
     'navy has named a start date.\n\n'
     'Analysts said a deal at the summit would probably need to include the release of the 14 Cameroonian '
     'fishermen still held in Malabo. "Both presidents need a way to climb down without looking weak," '
     'said Kofi Mensah-Arthur of the Gulf Maritime Security Centre in Accra.'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt',
     'Cameroon, Equatorial Guinea leaders meet at Libreville summit, plan commission\n\n'
     'LIBREVILLE, May 24, 2034 (Continental Newswire) - The presidents of Cameroon and Equatorial Guinea '
     'met for nearly two hours on Wednesday on the sidelines of a Central African summit and agreed to '
     'launch a joint commission that will manage fishing in their disputed waters, their host said.\n\n'
     "The talks, held behind closed doors in a hotel near the summit venue, were brokered by Gabon's "
     'president, who said the commission would hold its first session within a month.\n\n'
     'Presidents Emmanuel Fouda Ateba and Gaspar Nguema Eyi pledged to "avoid any incident at sea" while '
     'the commission does its work, according to a joint statement.\n\n'
     'The statement did not mention the 20 Cameroonian fishermen still held in Malabo.\n\n'
     'Their foreign ministers held talks in Gabon last Thursday that ended without agreement.\n\n'
     'Cameroon\'s foreign minister, Lucien Mbarga Ndzie, told reporters the commission was "a start, and '
     'only a start."'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt',
     'Summit host brokers meeting between feuding Gulf of Guinea neighbours\n\n'
     "LIBREVILLE, May 24, 2034 (Keystone Wire) - Cameroon's president sat down with his Equatoguinean "
     'counterpart in Libreville on Wednesday for a first meeting in person since the navy of Equatorial '
     'Guinea seized two Cameroonian trawlers on May 14.\n\n'
     "The two presidents shook hands for photographers before the meeting, which Gabon's president also "
     'attended.\n\n'
     "The two leaders promised to create a joint fisheries commission, Gabon's presidency said.\n\n"
     'A Cameroonian official said Yaounde would press at the commission for the release of all detained '
     'fishermen.\n\n'
     'Cameroon withdrew its ambassador from Malabo on Monday after a second boat was seized. Equatorial '
     'Guinea sent nine Nigerian crew home on Saturday.\n\n'
     'The summit, attended by eight heads of state, was dominated by the fishing dispute and by funding '
     "for the bloc's standby force."),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt',
     'Cameroonian fishermen walk free in Malabo a day after summit\n\n'
     'LIMBE, May 25, 2034 (Bight Observer) - Equatorial Guinea freed the 14 Cameroonian crew members on '
     'Thursday, after eleven days in custody, and let both vessels sail home, the fishing company said.\n\n'
     'The six men from the Bimbia II, seized on Monday, were not part of the release, officials said.\n\n'
     'Relatives cheered as the Sanaga Star and the Mungo Queen reached Limbe in the afternoon.\n\n'
     "Their freedom came 24 hours after the two countries' presidents met at a regional summit in "
     'Libreville.\n\n'
     '"I lost eleven days of work and almost lost my mind," said deckhand Emmanuel Ekwalla, 34.\n\n'
     "Equatorial Guinea let nine Nigerian crew members go last Saturday. Cameroon's ambassador, recalled "
     'on Monday, has not returned to Malabo.'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt',
     'Malabo frees remaining trawler crew after summit pledge\n\n'
     'ABUJA, May 25, 2034 (Savanna Herald) - Equatorial Guinea released the last 14 fishermen from the two '
     'Cameroonian trawlers on Thursday, ending an 11-day ordeal that also ensnared nine Nigerians.\n\n'
     "Cameroon's state radio said the men walked free at Malabo port shortly after dawn.\n\n"
     'The move followed a pledge by the two presidents at a summit in Libreville on Wednesday to set up a '
     'joint fisheries commission.\n\n'
     'The nine Nigerian men were set free last Saturday and are back with their families in Akwa Ibom and '
     'Cross River states.\n\n'
     'The first joint patrol by the Nigerian and Cameroonian navies is now expected in early June, a '
     'Nigerian navy spokesman said. The patrol pact signed in Abuja last week commits each navy to provide '
     'two ships.\n\n'
     'Six Cameroonian fishermen detained on Monday remain in Equatoguinean custody.\n\n'
     'Fisheries experts say the contested grounds hold some of the richest shrimp stocks on the West '
     'African coast.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('COERCE',), '2034-05-14',
            'Equatoguinean navy seizes two Cameroonian trawlers (Sanaga Star, Mungo Queen), 23 crew'),
    'A02': (('ACCUSE',), '2034-05-15',
            "Cameroon's foreign ministry summons Equatorial Guinea's ambassador in Yaounde"),
    'A03': (('ACCUSE',), '2034-05-15',
            "Equatorial Guinea's foreign ministry summons Cameroon's ambassador in Malabo"),
    'A04': (('MOBILIZE',), '2034-05-15',
            'Cameroon sends three navy patrol ships to the waters north of Bioko'),
    'A05': (('REQUEST',), '2034-05-15',
            "Cameroon's foreign minister Mbarga Ndzie demands release of the crews"),
    'A06': (('REQUEST',), '2034-05-15',
            "Cameroon's fisheries minister Oumarou Fadil calls for the fishermen to be freed"),
    'A07': (('ASSAULT', 'COERCE'), '2034-05-16',
            'Equatoguinean coast guard turns a water cannon on a Cameroonian patrol boat (2, later 4 hurt)'),
    'A08': (('THREATEN',), '2034-05-16',
            'Equatoguinean defence minister Ela Ondo warns boats fishing without permits will be seized'),
    'A09': (('CONSULT',), '2034-05-18',
            'Cameroonian and Equatoguinean foreign ministers hold talks in Libreville (first round)'),
    'A10': (('SUPPORT',), '2034-05-18', 'Nigeria and Cameroon sign a joint naval patrol agreement in Abuja'),
    'A11': (('REQUEST',), '2034-05-19',
            'Arbitral tribunal at the PCA orders Equatorial Guinea to release the trawlers and crews'),
    'A12': (('REJECT',), '2034-05-19', "Equatorial Guinea rejects the tribunal's order and its competence"),
    'A13': (('RETREAT',), '2034-05-20',
            'Equatorial Guinea frees the nine Nigerian crew members (first stage)'),
    'A14': (('COERCE',), '2034-05-22',
            'Equatoguinean navy seizes a second Cameroonian boat, the Bimbia II, six crew'),
    'A15': (('SANCTION',), '2034-05-22', 'Cameroon recalls its ambassador from Malabo'),
    'A16': (('CONSULT',), '2034-05-24',
            'Presidents of Cameroon and Equatorial Guinea meet at the ECCAS summit in Libreville'),
    'A17': (('AGREE',), '2034-05-24', 'The two presidents agree to set up a joint fisheries commission'),
    'A18': (('RETREAT',), '2034-05-25',
            'Equatorial Guinea frees the 14 Cameroonian crew and lets both trawlers sail home'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2034-05-14_continental_trawlers-seized-off-bioko.txt', 'A01', 'seized two Cameroonian trawlers'),
    ('2034-05-14_continental_trawlers-seized-off-bioko.txt', 'A01',
     'came alongside and put armed sailors aboard'),
    ('2034-05-14_continental_trawlers-seized-off-bioko.txt', 'A01', 'escorted both boats to Malabo'),
    ('2034-05-14_continental_trawlers-seized-off-bioko.txt', 'A01', 'They took my boats and my men'),
    ('2034-05-14_bightobserver_idenau-families-wait.txt', 'A01', 'taken two local trawlers at sea'),
    ('2034-05-14_bightobserver_idenau-families-wait.txt', 'A01', 'ordered the crews to haul in their nets'),
    ('2034-05-14_bightobserver_idenau-families-wait.txt', 'A01', 'They pointed rifles at the men'),
    ('2034-05-14_bightobserver_idenau-families-wait.txt', 'A01', 'learned of the seizure'),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A02', "summoned Equatorial Guinea's ambassador"),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A01', "Sunday's seizure of two fishing trawlers"),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A05',
     'demanded that the 23 fishermen be released'),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A02', 'was handed a note of protest'),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A03', "called in Cameroon's ambassador"),
    ('2034-05-15_continental_cameroon-summons-envoy.txt', 'A05', 'We expect our citizens to be freed today'),
    ('2034-05-15_lantern_malabo-counter-summons.txt', 'A03', "summoned Cameroon's envoy in Malabo"),
    ('2034-05-15_lantern_malabo-counter-summons.txt', 'A03', 'received Ambassador Paul Tchoumi Wanda'),
    ('2034-05-15_lantern_malabo-counter-summons.txt', 'A02', "had called in Equatorial Guinea's ambassador"),
    ('2034-05-15_lantern_malabo-counter-summons.txt', 'A01', 'intercepted on Sunday'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt', 'A04', 'sent three navy patrol ships'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt', 'A04', 'left the naval base in Douala'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt', 'A02', 'summoned the Equatoguinean ambassador'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt', 'A06', 'called for the fishermen to be freed'),
    ('2034-05-15_keystone_cameroon-sends-patrol-ships.txt', 'A06', 'they must go home to their families'),
    ('2034-05-15_savanna_nigerians-among-detained.txt', 'A05', 'demanded on Monday'),
    ('2034-05-15_savanna_nigerians-among-detained.txt', 'A05', 'insisted that all 23 men be freed'),
    ('2034-05-15_savanna_nigerians-among-detained.txt', 'A02', "summoned Equatorial Guinea's envoy"),
    ('2034-05-15_savanna_nigerians-among-detained.txt', 'A03', "summoned Cameroon's ambassador in return"),
    ('2034-05-16_continental_water-cannon-patrol-boat.txt', 'A07', 'turned a water cannon on'),
    ('2034-05-16_continental_water-cannon-patrol-boat.txt', 'A07', 'struck by a powerful jet of water'),
    ('2034-05-16_continental_water-cannon-patrol-boat.txt', 'A04', 'dispatched three ships to the area'),
    ('2034-05-16_continental_water-cannon-patrol-boat.txt', 'A08', 'warned on state radio that'),
    ('2034-05-16_keystone_water-cannon-patrol-boat.txt', 'A07', 'turned a water cannon on'),
    ('2034-05-16_keystone_water-cannon-patrol-boat.txt', 'A07', 'struck by a powerful jet of water'),
    ('2034-05-16_keystone_water-cannon-patrol-boat.txt', 'A04', 'dispatched three ships to the area'),
    ('2034-05-16_keystone_water-cannon-patrol-boat.txt', 'A08', 'warned on state radio that'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A07', 'a coast guard ship from Equatorial Guinea'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A07', 'smashed the bridge windows'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A08', 'threatened to seize any vessel'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A08', 'will lose his boat'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A04', 'moved three warships into the area'),
    ('2034-05-16_tidewater_coast-guard-clash.txt', 'A05', 'demanded on Monday that the crews be released'),
    ('2034-05-17_bightobserver_water-cannon-toll-rises.txt', 'A07',
     'coast guard vessel turned its water cannon'),
    ('2034-05-17_bightobserver_water-cannon-toll-rises.txt', 'A07', 'aimed its cannon at the bridge'),
    ('2034-05-17_bightobserver_water-cannon-toll-rises.txt', 'A04', 'sent to the area on Monday'),
    ('2034-05-17_bightobserver_water-cannon-toll-rises.txt', 'A08',
     'The threat by Defence Minister Santiago Ela Ondo'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt', 'A09', 'held talks in Libreville on Thursday'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt', 'A09', 'hosted the three-hour meeting'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt', 'A09', 'flew in from Malabo for the session'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt', 'A07',
     'an Equatoguinean vessel sprayed a navy patrol boat'),
    ('2034-05-18_continental_libreville-talks-no-deal.txt', 'A03', "summoned Cameroon's envoy"),
    ('2034-05-18_savanna_nigeria-cameroon-patrol-pact.txt', 'A10', 'signed an agreement on Thursday'),
    ('2034-05-18_savanna_nigeria-cameroon-patrol-pact.txt', 'A10', 'put their names to the document'),
    ('2034-05-18_savanna_nigeria-cameroon-patrol-pact.txt', 'A09', 'met on Thursday'),
    ('2034-05-18_savanna_nigeria-cameroon-patrol-pact.txt', 'A05',
     'demanded on Monday that the crews be freed'),
    ('2034-05-18_tidewater_gabon-talks-no-breakthrough.txt', 'A09',
     'A meeting on Thursday between the top diplomats'),
    ('2034-05-18_tidewater_gabon-talks-no-breakthrough.txt', 'A09', 'chaired the session'),
    ('2034-05-18_tidewater_gabon-talks-no-breakthrough.txt', 'A10', 'inked a naval patrol accord'),
    ('2034-05-18_tidewater_gabon-talks-no-breakthrough.txt', 'A08', 'warned on Tuesday'),
    ('2034-05-19_lantern_tribunal-orders-release.txt', 'A11',
     'ordered Equatorial Guinea on Friday to release'),
    ('2034-05-19_lantern_tribunal-orders-release.txt', 'A11', 'issued the order by four votes to one'),
    ('2034-05-19_lantern_tribunal-orders-release.txt', 'A11', 'must free the 23 crew members'),
    ('2034-05-19_lantern_tribunal-orders-release.txt', 'A11', 'The ruling came a day after'),
    ('2034-05-19_lantern_tribunal-orders-release.txt', 'A09', 'talks in Libreville between'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt', 'A11',
     'ordered Equatorial Guinea on Friday to release'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt', 'A11', 'issued the order by four votes to one'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt', 'A11', 'must free the 23 crew members'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt', 'A11', 'The ruling came a day after'),
    ('2034-05-19_bightobserver_tribunal-orders-release.txt', 'A09', 'talks in Libreville between'),
    ('2034-05-19_keystone_malabo-rejects-order.txt', 'A12', 'rejected an order by an international tribunal'),
    ('2034-05-19_keystone_malabo-rejects-order.txt', 'A12', 'does not recognise the competence'),
    ('2034-05-19_keystone_malabo-rejects-order.txt', 'A12', 'would not hand over the boats'),
    ('2034-05-19_keystone_malabo-rejects-order.txt', 'A11', 'had told Malabo to release'),
    ('2034-05-19_keystone_malabo-rejects-order.txt', 'A05', "has demanded the crews' immediate release"),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A13', 'freed nine Nigerian fishermen'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A13', 'were handed to Nigerian embassy staff'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A13', 'Their release came a day after'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A12', 'refused to obey an international tribunal'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A11', 'had ordered all the crew freed'),
    ('2034-05-20_savanna_nigerian-fishermen-home.txt', 'A10',
     'signed a joint patrol agreement with Cameroon'),
    ('2034-05-20_continental_nigerian-crew-released.txt', 'A13', 'released nine Nigerian crew members'),
    ('2034-05-20_continental_nigerian-crew-released.txt', 'A12',
     "rejecting an international tribunal's order"),
    ('2034-05-20_continental_nigerian-crew-released.txt', 'A13', 'walked off the trawlers'),
    ('2034-05-20_continental_nigerian-crew-released.txt', 'A13', 'as a humanitarian gesture'),
    ('2034-05-20_continental_nigerian-crew-released.txt', 'A07', 'The water cannon attack'),
    ('2034-05-22_bightobserver_second-boat-seized.txt', 'A14', 'seized a Cameroonian fishing boat'),
    ('2034-05-22_bightobserver_second-boat-seized.txt', 'A14', 'was stopped about 15 nautical miles'),
    ('2034-05-22_bightobserver_second-boat-seized.txt', 'A14', 'were taken to Luba'),
    ('2034-05-22_bightobserver_second-boat-seized.txt', 'A08',
     "last Tuesday's warning by Equatorial Guinea's defence minister"),
    ('2034-05-22_bightobserver_second-boat-seized.txt', 'A08', 'boats fishing without Equatoguinean permits'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A15',
     'recalled its ambassador to Equatorial Guinea'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A14',
     'the Equatoguinean navy seized a second fishing boat'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A15', 'had been ordered home'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A14', 'was intercepted early on Monday'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A01', 'The first seizure, of two trawlers'),
    ('2034-05-22_continental_cameroon-recalls-ambassador.txt', 'A13', 'freed nine Nigerian crew members'),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt', 'A15',
     "Cameroon's decision to withdraw its ambassador"),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt', 'A14', 'took a small fishing boat and six crew'),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt', 'A15', 'ordered its envoy home'),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt', 'A12', "Malabo's rejection on Friday"),
    ('2034-05-23_tidewater_envoy-recall-clouds-summit.txt', 'A10', 'under a pact signed last week'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt', 'A16', 'met for nearly two hours'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt', 'A17',
     'agreed to launch a joint commission'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt', 'A16', 'held behind closed doors'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt', 'A17', 'Gaspar Nguema Eyi pledged'),
    ('2034-05-24_continental_summit-leaders-plan-commission.txt', 'A09', 'held talks in Gabon last Thursday'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A16',
     'sat down with his Equatoguinean counterpart'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A01',
     'seized two Cameroonian trawlers on May 14'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A16', 'shook hands for photographers'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A17',
     'promised to create a joint fisheries commission'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A15',
     'Cameroon withdrew its ambassador from Malabo'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A14', 'after a second boat was seized'),
    ('2034-05-24_keystone_summit-host-brokers-meeting.txt', 'A13', 'sent nine Nigerian crew home'),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A18', 'freed the 14 Cameroonian crew members'),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A14', 'seized on Monday'),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A18', 'Their freedom came'),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A16', "the two countries' presidents met"),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A13', 'let nine Nigerian crew members go'),
    ('2034-05-25_bightobserver_trawler-crews-freed.txt', 'A15', 'recalled on Monday'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A18', 'released the last 14 fishermen'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A18', 'the men walked free'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A17', 'a pledge by the two presidents'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A13', 'were set free last Saturday'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A10', 'The patrol pact signed in Abuja'),
    ('2034-05-25_savanna_malabo-frees-remaining-crew.txt', 'A14', 'detained on Monday'),
]

FLOORS = {"pairwise_f1": 0.93, "b3_f1": 0.93, "reports_found": 0.78}


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
