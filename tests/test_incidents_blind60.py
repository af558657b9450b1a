"""Blind incident batch 60: a coup attempt in Guinea-Bissau and its aftermath, November 3-12, 2034.

25 synthetic wire documents from six invented outlets (Atlantic Desk, Tidewater News Service, Geba Courier, Sahel
Bulletin, Westcoast Wire, Meridian Press) about one crisis over ten days: mutinous soldiers storm the presidential
palace in Bissau and carry off the finance and interior ministers; the army arrests officers (nine, then 14 - a
figure that changes between reports); a night curfew on Bissau; a private radio station suspended and, six days
later, allowed back on air; ECOWAS condemns, issues a 72-hour ultimatum, puts its standby force on alert and later
stands it down; the AU calls for calm and backs the ECOWAS plan; Guinea-Bissau and Senegal summon each other's
ambassadors; the mutineers promise to free the ministers and then free them; two protests (Bissau on Nov. 6, Bafata
on Nov. 10); fourteen officers charged; an ECOWAS envoy meets the president. One document is a verbatim syndicated
copy of an earlier one (Tidewater, same day, of Atlantic Desk's first report) and one a lightly edited copy
(Meridian Press of Atlantic Desk's Nov. 4 curfew report). Look-alikes that must stay apart: two summonses (Nov. 6
and Nov. 8, by different parties), two protests (different days and towns), three calls by different speakers on
Nov. 3 (UN and AU for calm, the president for the ministers' release) and two later calls for the release (EU, AU
council), the threat (Nov. 5) and the alert it threatened (Nov. 8), the radio ban and its lifting, the detention and
the release, the promise to free and the freeing. Later reports recap earlier acts in background clauses. 27 gold
acts, 117 reports. Types (first type): ACCUSE 6 (two of them ACCUSE/CONSULT summonses), REQUEST 5, COERCE 4, CONCEDE
2 (one CONCEDE/RETREAT release), PROTEST 2, SUPPORT 2, ASSAULT 1, THREATEN 1, AGREE 1, MOBILIZE 1, CONSULT 1,
RETREAT 1.

Conventions for the expected values: an act is one actor (for statements one speaker or institution) doing one thing
to one target on one day; the descriptions in ACTS give actor and target codes (ISO 3166 alpha-3 for states and
their governments, forces, police, people and armed groups; UNO for the UN; IGO for ECOWAS and the African Union;
EUR for the European Union; sectors GOV, MIL, JUD, JRN, OPP, CVL). Types follow CAMEO2PLOVER-2021; a second type is
given only where the codebook allows two readings (the summons of an ambassador is ACCUSE or CONSULT; the release of
the ministers is CONCEDE or RETREAT). A lodged diplomatic protest is ACCUSE; a call for calm or for a release is
REQUEST; a curfew, a suspension of a broadcaster, an arrest and a detention are COERCE; the standby force put on
alert is MOBILIZE and stood down RETREAT; the lifting of the radio ban is CONCEDE; a promise is AGREE and a threat
THREATEN. REPORTS lists every sentence (headlines included) that reports an act that happened, background recaps in
later reports included, with a cue (a short verbatim phrase) found exactly once in its file; the syndicated and the
edited copy have their own entries. A clause (a verb with its subject, a relative clause included) recaps an act; a
bare noun phrase that only names an earlier act as the occasion of another ("angry at the arrest of army officers",
"the release of two detained ministers", "Friday's attack on the presidential palace") is not listed. Planned,
promised but not yet done, threatened, conditional, hypothetical and denied acts, acts more than a year before,
statistics, tallies and opinions are not listed.

Scoring (as the functions below do it): the documents are ingested together into a fresh store, as documents arrive
in use; a coded event is mapped to a gold act when, among the REPORTS of its file, exactly one act has a cue in the
event's sentence and counts the event's type among its types; it keeps the incident the system grouped it into.
eval.incidents.score compares the system's incidents with the gold acts over these mapped events (pairwise F1 and
B-cubed F1), and reports_found is the share of the (file, act) pairs of REPORTS that at least one mapped event
covers.

All wording is invented (outlets, people, quotes and events are fictional; countries, places, bodies and public
roles are real; the dates are in the future). Every text was checked with /tmp/ew/overlap.py for six-word runs
shared with the gold, seed, news and demo corpora and with the tests: none is shared with the gold, seed, news or
demo texts, and the one run shared with other tests is a clock formula ("9 p.m. and 6 a.m."). The batch was written
at the start of the eighteenth session (2026-12-02) without reading the coder's code, lexicons, rules or data or any
other blind batch, from the template and the brief alone. It is held back: it is run only to measure, and its errors
are not read.

FLOORS were all 0.0 until the first run; they are now its figures less 0.03.

FIRST RUN, held back and never read (written by a helper at the start of the eighteenth session (2026-12-02)): run
once at its start, on its starting code (7dd3f8f): **pairwise F1 0.789** (precision 0.829, recall 0.753), B-cubed F1
0.899, reports found 0.667.
Run again at its end, on its final code (91ae71b): the same figures (**pairwise F1 0.789**, precision 0.829, recall
0.753; B-cubed F1 0.899, reports found 0.667). Which of the session's changes touched it was not read.
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
    ("2034-11-03_atlanticdesk_bissau-palace-stormed.txt",
     "Mutinous soldiers storm Guinea-Bissau presidential palace, seize two ministers\n\n"
     "BISSAU, November 3, 2034 (Atlantic Desk) - Soldiers from a mutinous army unit forced their way into the "
     "presidential palace in Bissau on Friday while the cabinet was in session, exchanging shots with the palace "
     "guard for nearly two hours, witnesses and a security source said.\n\n"
     "The attackers detained Finance Minister Joaquim Sambu and Interior Minister Felisberto Nhaga and drove them "
     "out of the city in a convoy of pickup trucks, a government official said, requesting anonymity.\n\n"
     "President Celestino Mbana Rocha was unhurt and at a safe location, his office said in a short message "
     "posted online. It did not say what had become of the two ministers.\n\n"
     "Two military sources named the leader of the mutineers as Colonel Aristides Nanque, a former commander of a "
     "rapid intervention battalion. His whereabouts were unknown on Friday evening.\n\n"
     "The former Portuguese colony of roughly two million people has a long record of putsches and failed "
     "putsches, and its generals have often acted as kingmakers.\n\n"
     "Shopkeepers in the city centre pulled down their shutters and the avenues around the palace were empty by "
     "late afternoon, an Atlantic Desk reporter saw."),
    ("2034-11-03_tidewater_bissau-palace-stormed.txt",
     "Mutinous soldiers storm Guinea-Bissau presidential palace, seize two ministers\n\n"
     "BISSAU, November 3, 2034 (Atlantic Desk) - Soldiers from a mutinous army unit forced their way into the "
     "presidential palace in Bissau on Friday while the cabinet was in session, exchanging shots with the palace "
     "guard for nearly two hours, witnesses and a security source said.\n\n"
     "The attackers detained Finance Minister Joaquim Sambu and Interior Minister Felisberto Nhaga and drove them "
     "out of the city in a convoy of pickup trucks, a government official said, requesting anonymity.\n\n"
     "President Celestino Mbana Rocha was unhurt and at a safe location, his office said in a short message "
     "posted online. It did not say what had become of the two ministers.\n\n"
     "Two military sources named the leader of the mutineers as Colonel Aristides Nanque, a former commander of a "
     "rapid intervention battalion. His whereabouts were unknown on Friday evening.\n\n"
     "The former Portuguese colony of roughly two million people has a long record of putsches and failed "
     "putsches, and its generals have often acted as kingmakers.\n\n"
     "Shopkeepers in the city centre pulled down their shutters and the avenues around the palace were empty by "
     "late afternoon, an Atlantic Desk reporter saw."),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt",
     "Rocha denounces 'cowardly' assault on palace, says loyal units hold capital\n\n"
     "BISSAU, November 3, 2034 (Geba Courier) - President Celestino Mbana Rocha on Friday night condemned what he "
     "called a cowardly attempt to grab power with guns, hours after rebel troops opened fire on the presidential "
     "palace while ministers were meeting inside.\n\n"
     "In a televised address from an undisclosed location, the president, wearing a dark suit, said loyal units "
     "of the armed forces controlled the capital and that those responsible would answer for their actions in "
     "court.\n\n"
     "He demanded that the mutineers free the finance and interior ministers, whom they seized during the raid, "
     "without any conditions.\n\n"
     "\"Guinea-Bissau will not return to the age of barracks rule,\" Rocha said.\n\n"
     "The Geba Courier was unable to reach the general staff of the army for comment."),
    ("2034-11-03_sahelbulletin_ecowas-condemns-bissau.txt",
     "ECOWAS condemns bid to topple Bissau government\n\n"
     "ABUJA, November 3, 2034 (Sahel Bulletin) - ECOWAS on Friday strongly condemned an attempt by renegade "
     "soldiers to overthrow the elected government of Guinea-Bissau and said it would hold the mutineers "
     "personally answerable for the safety of members of the government.\n\n"
     "The statement, released by the bloc's commission in Abuja, said the region had \"paid too high a price\" "
     "for military takeovers to accept one more.\n\n"
     "Earlier on Friday, soldiers loyal to a dissident colonel stormed the presidential palace in Bissau and "
     "detained the finance and interior ministers.\n\n"
     "West African presidents are expected to hold an extraordinary summit on Guinea-Bissau soon, diplomats in "
     "Abuja said."),
    ("2034-11-03_westcoastwire_un-au-urge-calm.txt",
     "UN chief calls for restraint after gunfire at Bissau palace\n\n"
     "NEW YORK, November 3, 2034 (Westcoast Wire) - On Friday the UN Secretary-General urged Guinea-Bissau's "
     "rival factions to stay calm and to refrain from violence, hours after gunmen in uniform overran parts of "
     "the presidential compound in Bissau.\n\n"
     "His spokesperson, Hanne Lindqvist, told reporters at UN headquarters that the Secretary-General was "
     "watching events \"with deep concern\" and wanted the constitutional order respected.\n\n"
     "In Addis Ababa, AU Commission chief Mahlet Girma Tadesse also urged calm, asking the soldiers to go back to "
     "their barracks and to spare civilians.\n\n"
     "Neither statement named the officer thought to be behind the mutiny."),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt",
     "Guinea-Bissau puts capital under night curfew after palace raid\n\n"
     "BISSAU, November 4, 2034 (Atlantic Desk) - Guinea-Bissau's government on Saturday ordered a curfew between "
     "9 p.m. and 6 a.m. in the capital, a day after renegade troops raided the presidential palace.\n\n"
     "Military police have arrested at least nine officers suspected of a role in the raid, an army spokesman, "
     "Major Adriano Sanca, said by telephone.\n\n"
     "The soldiers who raided the palace are still holding the finance and interior ministers at a barracks in "
     "Mansoa, about 60 km (37 miles) north-east of Bissau, according to two security sources.\n\n"
     "Government spokeswoman Domingas Tcham said the curfew would be enforced \"for as long as necessary\".\n\n"
     "Few cars were on the roads on Saturday morning and most market stalls stayed shut."),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt",
     "Bissau under night-time curfew after palace raid\n\n"
     "BISSAU, November 4, 2034 (Meridian Press) - Guinea-Bissau's government on Saturday imposed a curfew between "
     "9 p.m. and 6 a.m. on the capital, one day after renegade troops raided the presidential palace.\n\n"
     "Military police have detained at least nine officers suspected of links to the raid, army spokesman Major "
     "Adriano Sanca said by telephone.\n\n"
     "The soldiers who raided the palace are still holding the finance and interior ministers at a barracks in "
     "Mansoa, about 60 km north-east of Bissau, two security sources said.\n\n"
     "Government spokeswoman Domingas Tcham said the curfew would stay in place \"for as long as it takes\"."),
    ("2034-11-04_gebacourier_radio-suspended.txt",
     "Government takes Radio Farol do Geba off air over rebel colonel's message\n\n"
     "BISSAU, November 4, 2034 (Geba Courier) - The Ministry of Social Communication on Saturday suspended the "
     "private station Radio Farol do Geba indefinitely, hours after it broadcast a recorded message from Colonel "
     "Aristides Nanque, the officer at the head of Friday's attack on the presidential palace.\n\n"
     "In the four-minute recording, aired on Saturday morning, Nanque accused President Celestino Mbana Rocha of "
     "handing the cashew export trade to a circle of relatives and of draining the army's budget, and described "
     "himself as a patriot.\n\n"
     "Communication Minister Domingas Tcham said the station would stay silent while the matter was "
     "investigated.\n\n"
     "The station's director, Ansumane Ture, said his newsroom had aired the recording \"as news, not as an "
     "endorsement\" and that he would contest the decision.\n\n"
     "Earlier on Saturday, the government ordered a night-time curfew in Bissau."),
    ("2034-11-05_westcoastwire_ecowas-ultimatum.txt",
     "ECOWAS gives Bissau mutineers 72 hours to free ministers or face troops\n\n"
     "ACCRA, November 5, 2034 (Westcoast Wire) - ECOWAS leaders on Sunday warned the soldiers behind Friday's "
     "mutiny in Guinea-Bissau that the bloc would send its standby force into the country unless two ministers "
     "they seized are released within 72 hours.\n\n"
     "The communique said the bloc's defence chiefs would gather in Abuja on Tuesday to prepare for a possible "
     "deployment.\n\n"
     "Guinea-Bissau's army said on Sunday that 14 officers had been arrested since the attack, up from a figure "
     "of nine given a day earlier.\n\n"
     "Colonel Aristides Nanque, the mutiny's leader, was last seen on Friday, military sources said."),
    ("2034-11-05_tidewater_army-fourteen-officers.txt",
     "Bissau army says 14 officers held over palace raid\n\n"
     "BISSAU, November 5, 2034 (Tidewater News Service) - Guinea-Bissau's army chief of staff, General Ovidio "
     "Bacar Indi, said on Sunday that military police had arrested 14 officers, two lieutenant-colonels among "
     "them, in connection with Friday's assault on the presidential palace.\n\n"
     "Speaking at army headquarters in the Amura fortress, Indi said the men would be handed to military "
     "prosecutors and that the investigation was continuing.\n\n"
     "He gave no update on the finance and interior ministers, whom the mutineers have held in the town of Mansoa "
     "since the attack.\n\n"
     "Bissau spent a second night under curfew on Saturday, and Indi said troops would enforce it \"firmly\"."),
    ("2034-11-06_sahelbulletin_senegal-envoy-summoned.txt",
     "Guinea-Bissau summons Senegalese envoy over fugitive colonel\n\n"
     "BISSAU, November 6, 2034 (Sahel Bulletin) - Guinea-Bissau's foreign ministry on Monday summoned Senegal's "
     "ambassador to ask for explanations about the possible presence of Colonel Aristides Nanque, the alleged "
     "leader of last week's mutiny, in Senegal's Casamance region.\n\n"
     "Foreign Minister Rosalina Dabo said afterwards that ties with Dakar remained good but that Bissau wanted "
     "\"clarity\".\n\n"
     "The summons came three days after mutinous troops burst into the presidential palace in Bissau and detained "
     "the finance and interior ministers.\n\n"
     "Casamance, which borders northern Guinea-Bissau, has long been used as a refuge by armed men from both "
     "countries, analysts say."),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt",
     "Hundreds march in Bissau to demand freedom for captive ministers\n\n"
     "BISSAU, November 6, 2034 (Geba Courier) - Several hundred people, many of them women dressed in white, "
     "marched through central Bissau on Monday to demand that the mutineers let Finance Minister Joaquim Sambu "
     "and Interior Minister Felisberto Nhaga go.\n\n"
     "The march, organised by relatives of the two ministers and by women's associations, set off from the Bandim "
     "market and ended outside the National Assembly, where organisers read out a petition.\n\n"
     "\"We want them home alive,\" said Fatumata Nhaga, the interior minister's wife.\n\n"
     "The mutineers seized the two ministers on Friday during an attack on the presidential palace and have kept "
     "them since at a barracks in Mansoa.\n\n"
     "On Sunday, ECOWAS threatened to send troops if the ministers were not freed by Wednesday."),
    ("2034-11-06_atlanticdesk_eu-urges-release.txt",
     "EU calls for immediate release of Guinea-Bissau ministers\n\n"
     "BRUSSELS, November 6, 2034 (Atlantic Desk) - The European Union on Monday pressed the mutinous soldiers in "
     "Guinea-Bissau to let two captive government ministers go free at once and without conditions.\n\n"
     "EU foreign policy spokesperson Pieter Van Hool said the situation in Bissau was \"of grave concern\" to the "
     "bloc's member states.\n\n"
     "In Bissau, several hundred relatives and supporters of the ministers walked in procession to the parliament "
     "building on Monday.\n\n"
     "The EU is among the main donors to Guinea-Bissau's public budget."),
    ("2034-11-07_meridianpress_mutineers-pledge-release.txt",
     "Bissau mutineers say they will free ministers 'within days'\n\n"
     "MANSOA, November 7, 2034 (Meridian Press) - The mutinous soldiers in this northern town pledged on Tuesday "
     "to let two Guinea-Bissau ministers go \"within days\", saying they wanted only a fair hearing for their "
     "grievances.\n\n"
     "A spokesman for the mutineers, Lieutenant Malam Djassi, told Meridian Press at the gate of the Mansoa "
     "barracks that the captives were \"eating, sleeping and unharmed\".\n\n"
     "He did not say what had prompted the decision and gave no precise date.\n\n"
     "ECOWAS on Sunday gave the mutineers 72 hours to free the ministers, warning that it would otherwise "
     "dispatch its standby force.\n\n"
     "Colonel Aristides Nanque's whereabouts remain unknown."),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt",
     "AU council endorses ECOWAS plan for Bissau intervention\n\n"
     "ADDIS ABABA, November 7, 2034 (Sahel Bulletin) - On Tuesday the AU Peace and Security Council gave its "
     "backing to a possible deployment of the ECOWAS standby force in Guinea-Bissau, saying the West African bloc "
     "had the continent's full support in restoring order in Bissau.\n\n"
     "The 15-member council also urged the mutineers to free the two ministers held in Mansoa.\n\n"
     "ECOWAS threatened on Sunday to deploy the force if the ministers were not freed within 72 hours, a deadline "
     "that runs out on Wednesday.\n\n"
     "The mutineers said on Tuesday they would free the ministers within days."),
    ("2034-11-08_westcoastwire_standby-force-activated.txt",
     "ECOWAS activates standby force as Bissau deadline passes\n\n"
     "ABUJA, November 8, 2034 (Westcoast Wire) - ECOWAS on Wednesday placed its standby force on alert for "
     "deployment to Guinea-Bissau after a deadline for mutinous soldiers to free two government ministers "
     "expired, the bloc's commission said.\n\n"
     "Commission President Tiemoko Adjavon said about 1,500 troops from Senegal, Nigeria, Ghana and Cote d'Ivoire "
     "had been told to be ready to move \"at short notice\".\n\n"
     "The mutineers, who pledged on Tuesday to release the ministers \"within days\", have not yet done so.\n\n"
     "On Sunday ECOWAS had warned of military action unless the ministers were freed within 72 hours."),
    ("2034-11-08_tidewater_senegal-summons-envoy.txt",
     "Senegal summons Guinea-Bissau ambassador over 'baseless' claims\n\n"
     "DAKAR, November 8, 2034 (Tidewater News Service) - Senegal's foreign ministry called in Guinea-Bissau's "
     "ambassador on Wednesday and handed over a written complaint about what it called unfounded suggestions that "
     "Dakar was sheltering the army officer behind last week's coup attempt in Bissau.\n\n"
     "The ministry said Senegal \"has never been and will never be a rear base\" for anyone seeking to "
     "destabilise a neighbour.\n\n"
     "Guinea-Bissau's foreign ministry had summoned Senegal's ambassador in Bissau on Monday over claims that "
     "Colonel Aristides Nanque was hiding in the Casamance region.\n\n"
     "Nanque has not been seen since Friday's attack."),
    ("2034-11-09_atlanticdesk_ministers-freed.txt",
     "Guinea-Bissau mutineers free finance, interior ministers\n\n"
     "BISSAU, November 9, 2034 (Atlantic Desk) - Mutinous soldiers in Guinea-Bissau on Thursday released Finance "
     "Minister Joaquim Sambu and Interior Minister Felisberto Nhaga, six days after they seized the pair during "
     "an attack on the presidential palace, a government spokeswoman said.\n\n"
     "Sambu and Nhaga were handed to a delegation of Muslim and Catholic clerics at the gate of a barracks in "
     "Mansoa and driven to Bissau, where doctors at the military hospital examined them, spokeswoman Domingas "
     "Tcham said.\n\n"
     "Both were in good health, she said.\n\n"
     "The mutineers had promised on Tuesday to free the ministers, and ECOWAS put its standby force on alert on "
     "Wednesday after a 72-hour ultimatum it had set ran out.\n\n"
     "It was not immediately clear whether the mutineers, who remain in the Mansoa barracks, had received any "
     "guarantees in return."),
    ("2034-11-09_gebacourier_ministers-return.txt",
     "Mutineers let Sambu and Nhaga go after six days in captivity\n\n"
     "BISSAU, November 9, 2034 (Geba Courier) - Finance Minister Joaquim Sambu and Interior Minister Felisberto "
     "Nhaga arrived back in Bissau on Thursday afternoon, hours after the soldiers who had held them in Mansoa "
     "since Friday set them free.\n\n"
     "A crowd waited outside the Interior Ministry for Nhaga, who waved from the back of a pickup truck and did "
     "not speak to reporters.\n\n"
     "Sambu told the Geba Courier by telephone that the two men had been kept in a single room but had not been "
     "mistreated.\n\n"
     "Women's groups that marched through the city on Monday to demand the ministers' release said they would "
     "hold a thanksgiving mass on Sunday."),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt",
     "ECOWAS hails release of Bissau ministers\n\n"
     "ABUJA, November 9, 2034 (Sahel Bulletin) - ECOWAS on Thursday welcomed the release of two Guinea-Bissau "
     "ministers by mutinous soldiers, calling it \"a first step back from the brink\".\n\n"
     "Commission President Tiemoko Adjavon said the standby force, which the bloc activated on Wednesday, would "
     "remain on alert until the mutineers laid down their arms.\n\n"
     "The soldiers set the finance and interior ministers free at midday in Mansoa, where they had held them "
     "since Friday's attack on the presidential palace."),
    ("2034-11-10_meridianpress_bafata-protest.txt",
     "Opposition supporters rally in Bafata against army purge\n\n"
     "BAFATA, November 10, 2034 (Meridian Press) - Several thousand opposition supporters marched through the "
     "eastern town of Bafata on Friday, angry at the arrest of army officers after last week's coup attempt and "
     "accusing the government of using the mutiny to silence its critics.\n\n"
     "The protesters, who marched from the central mosque to the regional governor's office, chanted slogans "
     "against President Celestino Mbana Rocha and carried portraits of some of the jailed officers.\n\n"
     "Police kept their distance and the march passed off peacefully.\n\n"
     "Army chief General Ovidio Bacar Indi said last weekend that 14 officers had been arrested over the attack "
     "on the presidential palace in Bissau on Nov. 3.\n\n"
     "The rally came four days after relatives of two ministers held by the mutineers marched in Bissau to demand "
     "their release.\n\n"
     "Those ministers were freed on Thursday.\n\n"
     "Bafata lies about 150 km (90 miles) east of Bissau by road."),
    ("2034-11-10_gebacourier_radio-back-on-air.txt",
     "Radio Farol do Geba back on air as ministry lifts ban\n\n"
     "BISSAU, November 10, 2034 (Geba Courier) - The Ministry of Social Communication on Friday lifted the "
     "suspension it imposed six days ago on the private broadcaster Radio Farol do Geba, which had aired a "
     "message from the leader of last week's mutiny.\n\n"
     "Communication Minister Domingas Tcham said calm had returned \"now that the two ministers are home\".\n\n"
     "Station director Ansumane Ture said his staff were \"relieved\" and that the morning bulletin would resume "
     "on Saturday.\n\n"
     "The night-time curfew the government imposed on Bissau last Saturday remains in force."),
    ("2034-11-11_westcoastwire_officers-charged.txt",
     "Bissau military prosecutor charges 14 officers over coup bid\n\n"
     "BISSAU, November 11, 2034 (Westcoast Wire) - Guinea-Bissau's military prosecutor on Saturday charged 14 "
     "army officers with attempting to overthrow the constitutional order and with armed rebellion over the Nov. "
     "3 attack on the presidential palace, a court official said.\n\n"
     "The officers, two lieutenant-colonels among them, were picked up in the two days after the raid and are in "
     "custody at the Amura fortress in Bissau, the official said.\n\n"
     "Colonel Aristides Nanque, the mutiny's presumed ringleader, remains at large.\n\n"
     "The mutineers who held the finance and interior ministers for six days released them on Thursday and remain "
     "at the barracks in Mansoa."),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt",
     "ECOWAS envoy holds talks with Rocha in Bissau\n\n"
     "BISSAU, November 11, 2034 (Tidewater News Service) - An ECOWAS special envoy, former Ghanaian foreign "
     "minister Efua Amankwah-Boadi, met President Celestino Mbana Rocha in Bissau on Saturday to discuss ending "
     "the standoff with mutinous soldiers still holed up at a barracks in Mansoa.\n\n"
     "Amankwah-Boadi told reporters after the 90-minute meeting that the discussion had been \"candid\" and "
     "\"worth having\".\n\n"
     "The talks took place two days after the mutineers released two ministers they had held since the Nov. 3 "
     "attack on the presidential palace.\n\n"
     "ECOWAS activated its standby force on Wednesday but has given no sign that it plans to send it in."),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt",
     "ECOWAS stands down standby force for Guinea-Bissau\n\n"
     "ABUJA, November 12, 2034 (Atlantic Desk) - ECOWAS on Sunday suspended preparations to send its standby "
     "force to Guinea-Bissau, saying the release of two detained ministers and talks with the government in "
     "Bissau had eased the risk of a wider crisis.\n\n"
     "Troops from four member states that were put on alert on Wednesday have been told to stand down, Commission "
     "President Tiemoko Adjavon said in a statement.\n\n"
     "ECOWAS had threatened last Sunday to send in troops unless the mutineers freed the ministers within 72 "
     "hours.\n\n"
     "The mutineers released the finance and interior ministers on Thursday, six days after they stormed the "
     "presidential palace in Bissau.\n\n"
     "Bissau is still under a night-time curfew."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-11-03", "mutinous soldiers (GNB MIL) storm the palace in Bissau (GNB GOV)"),
    "A02": (("COERCE",), "2034-11-03", "mutineers (GNB MIL) detain the finance and interior ministers (GNB GOV)"),
    "A03": (("ACCUSE",), "2034-11-03", "President Rocha (GNB GOV) condemns the coup attempt (GNB MIL)"),
    "A04": (("REQUEST",), "2034-11-03", "President Rocha (GNB GOV) demands the mutineers (GNB MIL) free the ministers"),
    "A05": (("ACCUSE",), "2034-11-03", "ECOWAS (IGO) condemns the coup attempt (GNB MIL)"),
    "A06": (("REQUEST",), "2034-11-03", "UN Secretary-General (UNO) appeals for calm in Guinea-Bissau (GNB)"),
    "A07": (("REQUEST",), "2034-11-03", "AU Commission chairperson (IGO) urges calm, soldiers back to barracks "
            "(GNB MIL)"),
    "A08": (("COERCE",), "2034-11-04", "military police (GNB MIL) arrest officers (GNB MIL); nine, later 14"),
    "A09": (("COERCE",), "2034-11-04", "government (GNB GOV) imposes a night curfew on Bissau (GNB CVL)"),
    "A10": (("ACCUSE",), "2034-11-04", "Colonel Nanque (GNB MIL) accuses President Rocha (GNB GOV) in aired message"),
    "A11": (("COERCE",), "2034-11-04", "communication ministry (GNB GOV) suspends Radio Farol do Geba (GNB JRN)"),
    "A12": (("THREATEN",), "2034-11-05", "ECOWAS (IGO) threatens to send standby force unless mutineers (GNB MIL) "
            "free ministers in 72 hours"),
    "A13": (("ACCUSE", "CONSULT"), "2034-11-06", "Guinea-Bissau foreign ministry (GNB GOV) summons Senegal's "
            "ambassador (SEN GOV)"),
    "A14": (("PROTEST",), "2034-11-06", "relatives and women's groups (GNB CVL) march in Bissau for the ministers' "
            "release (GNB MIL)"),
    "A15": (("REQUEST",), "2034-11-06", "EU (EUR) calls on mutineers (GNB MIL) to free the ministers"),
    "A16": (("AGREE",), "2034-11-07", "mutineers (GNB MIL) promise to free the ministers (GNB GOV) within days"),
    "A17": (("SUPPORT",), "2034-11-07", "AU Peace and Security Council (IGO) backs ECOWAS standby force plan (IGO)"),
    "A18": (("REQUEST",), "2034-11-07", "AU Peace and Security Council (IGO) calls on mutineers (GNB MIL) to free "
            "the ministers"),
    "A19": (("MOBILIZE",), "2034-11-08", "ECOWAS (IGO) puts its standby force on alert for Guinea-Bissau (GNB)"),
    "A20": (("ACCUSE", "CONSULT"), "2034-11-08", "Senegal foreign ministry (SEN GOV) summons Guinea-Bissau's "
            "ambassador (GNB GOV)"),
    "A21": (("CONCEDE", "RETREAT"), "2034-11-09", "mutineers (GNB MIL) free the finance and interior ministers "
            "(GNB GOV)"),
    "A22": (("SUPPORT",), "2034-11-09", "ECOWAS (IGO) welcomes the release of the ministers (GNB)"),
    "A23": (("PROTEST",), "2034-11-10", "opposition supporters (GNB OPP) rally in Bafata against arrests of "
            "officers (GNB GOV)"),
    "A24": (("CONCEDE",), "2034-11-10", "communication ministry (GNB GOV) lifts suspension of Radio Farol do Geba "
            "(GNB JRN)"),
    "A25": (("ACCUSE",), "2034-11-11", "military prosecutor (GNB JUD) charges 14 officers (GNB MIL)"),
    "A26": (("CONSULT",), "2034-11-11", "ECOWAS envoy (IGO) meets President Rocha (GNB GOV) in Bissau"),
    "A27": (("RETREAT",), "2034-11-12", "ECOWAS (IGO) stands down its standby force for Guinea-Bissau (GNB)"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-11-03_atlanticdesk_bissau-palace-stormed.txt", "A01", "storm Guinea-Bissau presidential palace"),
    ("2034-11-03_atlanticdesk_bissau-palace-stormed.txt", "A02", "seize two ministers"),
    ("2034-11-03_atlanticdesk_bissau-palace-stormed.txt", "A01", "forced their way into the"),
    ("2034-11-03_atlanticdesk_bissau-palace-stormed.txt", "A02", "The attackers detained Finance Minister"),
    ("2034-11-03_tidewater_bissau-palace-stormed.txt", "A01", "storm Guinea-Bissau presidential palace"),
    ("2034-11-03_tidewater_bissau-palace-stormed.txt", "A02", "seize two ministers"),
    ("2034-11-03_tidewater_bissau-palace-stormed.txt", "A01", "forced their way into the"),
    ("2034-11-03_tidewater_bissau-palace-stormed.txt", "A02", "The attackers detained Finance Minister"),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt", "A03", "Rocha denounces"),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt", "A03", "condemned what he called a cowardly attempt"),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt", "A01", "rebel troops opened fire on the presidential"),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt", "A04", "He demanded that the mutineers free"),
    ("2034-11-03_gebacourier_rocha-condemns-attack.txt", "A02", "whom they seized during the raid"),
    ("2034-11-03_sahelbulletin_ecowas-condemns-bissau.txt", "A05", "ECOWAS condemns bid"),
    ("2034-11-03_sahelbulletin_ecowas-condemns-bissau.txt", "A05",
     "strongly condemned an attempt by renegade soldiers"),
    ("2034-11-03_sahelbulletin_ecowas-condemns-bissau.txt", "A01", "soldiers loyal to a dissident colonel stormed"),
    ("2034-11-03_sahelbulletin_ecowas-condemns-bissau.txt", "A02", "detained the finance and interior ministers"),
    ("2034-11-03_westcoastwire_un-au-urge-calm.txt", "A06", "UN chief calls for restraint"),
    ("2034-11-03_westcoastwire_un-au-urge-calm.txt", "A06", "urged Guinea-Bissau's rival factions"),
    ("2034-11-03_westcoastwire_un-au-urge-calm.txt", "A01", "gunmen in uniform overran parts"),
    ("2034-11-03_westcoastwire_un-au-urge-calm.txt", "A07", "also urged calm"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A09", "puts capital under night curfew"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A09", "ordered a curfew between"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A01", "a day after renegade troops raided"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A08", "arrested at least nine officers"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A01", "The soldiers who raided the palace"),
    ("2034-11-04_atlanticdesk_bissau-curfew-arrests.txt", "A02",
     "are still holding the finance and interior ministers"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A09", "Bissau under night-time curfew"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A09", "imposed a curfew between"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A01", "one day after renegade troops raided"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A08", "detained at least nine officers"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A01", "The soldiers who raided the palace"),
    ("2034-11-04_meridianpress_bissau-curfew-arrests.txt", "A02",
     "are still holding the finance and interior ministers"),
    ("2034-11-04_gebacourier_radio-suspended.txt", "A11", "takes Radio Farol do Geba off air"),
    ("2034-11-04_gebacourier_radio-suspended.txt", "A11", "suspended the private station"),
    ("2034-11-04_gebacourier_radio-suspended.txt", "A10", "Nanque accused President Celestino Mbana Rocha"),
    ("2034-11-04_gebacourier_radio-suspended.txt", "A09", "the government ordered a night-time curfew"),
    ("2034-11-05_westcoastwire_ecowas-ultimatum.txt", "A12", "gives Bissau mutineers 72 hours"),
    ("2034-11-05_westcoastwire_ecowas-ultimatum.txt", "A12", "warned the soldiers behind Friday's mutiny"),
    ("2034-11-05_westcoastwire_ecowas-ultimatum.txt", "A02", "two ministers they seized"),
    ("2034-11-05_westcoastwire_ecowas-ultimatum.txt", "A08", "14 officers had been arrested since the attack"),
    ("2034-11-05_tidewater_army-fourteen-officers.txt", "A08", "14 officers held over palace raid"),
    ("2034-11-05_tidewater_army-fourteen-officers.txt", "A08", "military police had arrested 14 officers"),
    ("2034-11-05_tidewater_army-fourteen-officers.txt", "A02", "whom the mutineers have held"),
    ("2034-11-06_sahelbulletin_senegal-envoy-summoned.txt", "A13", "summons Senegalese envoy"),
    ("2034-11-06_sahelbulletin_senegal-envoy-summoned.txt", "A13",
     "summoned Senegal's ambassador to ask for explanations"),
    ("2034-11-06_sahelbulletin_senegal-envoy-summoned.txt", "A01",
     "mutinous troops burst into the presidential palace"),
    ("2034-11-06_sahelbulletin_senegal-envoy-summoned.txt", "A02", "detained the finance and interior ministers"),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt", "A14", "Hundreds march in Bissau"),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt", "A14", "marched through central Bissau on Monday"),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt", "A14", "set off from the Bandim market"),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt", "A02", "The mutineers seized the two ministers on Friday"),
    ("2034-11-06_gebacourier_bissau-march-ministers.txt", "A12", "ECOWAS threatened to send troops"),
    ("2034-11-06_atlanticdesk_eu-urges-release.txt", "A15", "EU calls for immediate release"),
    ("2034-11-06_atlanticdesk_eu-urges-release.txt", "A15", "pressed the mutinous soldiers in Guinea-Bissau"),
    ("2034-11-06_atlanticdesk_eu-urges-release.txt", "A14", "walked in procession to the parliament"),
    ("2034-11-07_meridianpress_mutineers-pledge-release.txt", "A16", "mutineers say they will free ministers"),
    ("2034-11-07_meridianpress_mutineers-pledge-release.txt", "A16", "pledged on Tuesday to"),
    ("2034-11-07_meridianpress_mutineers-pledge-release.txt", "A12", "ECOWAS on Sunday gave the mutineers 72 hours"),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt", "A17", "AU council endorses ECOWAS plan"),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt", "A17", "gave its backing to a possible deployment"),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt", "A18", "also urged the mutineers to free"),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt", "A12", "ECOWAS threatened on Sunday to deploy the force"),
    ("2034-11-07_sahelbulletin_au-backs-standby-force.txt", "A16", "The mutineers said on Tuesday they would free"),
    ("2034-11-08_westcoastwire_standby-force-activated.txt", "A19", "ECOWAS activates standby force"),
    ("2034-11-08_westcoastwire_standby-force-activated.txt", "A19", "placed its standby force on alert"),
    ("2034-11-08_westcoastwire_standby-force-activated.txt", "A19", "had been told to be ready to move"),
    ("2034-11-08_westcoastwire_standby-force-activated.txt", "A16", "who pledged on Tuesday to release the ministers"),
    ("2034-11-08_westcoastwire_standby-force-activated.txt", "A12", "ECOWAS had warned of military action"),
    ("2034-11-08_tidewater_senegal-summons-envoy.txt", "A20", "Senegal summons Guinea-Bissau ambassador"),
    ("2034-11-08_tidewater_senegal-summons-envoy.txt", "A20", "called in Guinea-Bissau's ambassador on Wednesday"),
    ("2034-11-08_tidewater_senegal-summons-envoy.txt", "A13", "had summoned Senegal's ambassador in Bissau on Monday"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A21", "mutineers free finance, interior ministers"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A21", "on Thursday released Finance"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A02", "after they seized the pair"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A21", "Sambu and Nhaga were handed to"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A16", "had promised on Tuesday to free the ministers"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A19", "ECOWAS put its standby force on alert"),
    ("2034-11-09_atlanticdesk_ministers-freed.txt", "A12", "a 72-hour ultimatum it had set"),
    ("2034-11-09_gebacourier_ministers-return.txt", "A21", "Mutineers let Sambu and Nhaga go"),
    ("2034-11-09_gebacourier_ministers-return.txt", "A21", "set them free"),
    ("2034-11-09_gebacourier_ministers-return.txt", "A02", "who had held them in Mansoa since Friday"),
    ("2034-11-09_gebacourier_ministers-return.txt", "A02", "had been kept in a single room"),
    ("2034-11-09_gebacourier_ministers-return.txt", "A14", "that marched through the city on Monday"),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt", "A22", "ECOWAS hails release"),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt", "A22", "welcomed the release of two Guinea-Bissau"),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt", "A19", "which the bloc activated on Wednesday"),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt", "A21", "set the finance and interior ministers free"),
    ("2034-11-09_sahelbulletin_ecowas-welcomes-release.txt", "A02", "where they had held them"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A23", "Opposition supporters rally in Bafata"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A23", "marched through the"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A23", "who marched from the central mosque"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A08", "14 officers had been arrested over the attack"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A14",
     "relatives of two ministers held by the mutineers marched in Bissau"),
    ("2034-11-10_meridianpress_bafata-protest.txt", "A21", "Those ministers were freed on Thursday"),
    ("2034-11-10_gebacourier_radio-back-on-air.txt", "A24", "ministry lifts ban"),
    ("2034-11-10_gebacourier_radio-back-on-air.txt", "A24", "on Friday lifted the"),
    ("2034-11-10_gebacourier_radio-back-on-air.txt", "A11", "it imposed six days ago"),
    ("2034-11-10_gebacourier_radio-back-on-air.txt", "A09", "the government imposed on Bissau last Saturday"),
    ("2034-11-11_westcoastwire_officers-charged.txt", "A25", "military prosecutor charges 14 officers"),
    ("2034-11-11_westcoastwire_officers-charged.txt", "A25", "on Saturday charged 14 army officers"),
    ("2034-11-11_westcoastwire_officers-charged.txt", "A08", "were picked up in the two days after the raid"),
    ("2034-11-11_westcoastwire_officers-charged.txt", "A02",
     "who held the finance and interior ministers for six days"),
    ("2034-11-11_westcoastwire_officers-charged.txt", "A21", "released them on Thursday"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A26", "ECOWAS envoy holds talks with Rocha"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A26",
     "met President Celestino Mbana Rocha in Bissau on Saturday"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A26", "The talks took place two days after"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A21", "the mutineers released two ministers"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A02", "they had held since the Nov. 3"),
    ("2034-11-11_tidewater_ecowas-envoy-meets-rocha.txt", "A19", "ECOWAS activated its standby force on Wednesday"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A27", "ECOWAS stands down standby force"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A27", "suspended preparations to send its standby force"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A19", "that were put on alert on Wednesday"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A27", "have been told to stand down"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A12", "had threatened last Sunday to send in troops"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A21",
     "The mutineers released the finance and interior ministers on Thursday"),
    ("2034-11-12_atlanticdesk_ecowas-stands-down-force.txt", "A01", "after they stormed the presidential palace"),
]

FLOORS = {"pairwise_f1": 0.75, "b3_f1": 0.86, "reports_found": 0.63}


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
