"""Blind incident batch 56: do reports of the same real-world act group into one incident? Eastern Congo crisis.

A blind batch of synthetic news documents for the incident grouping: a fresh store ingests them as in use, and the
grouped events are scored against hand-made gold acts. The theme is about ten days (September 8 to 18, 2033) of a
crisis in eastern DR Congo: M23 rebels seize the town of Masisi in North Kivu (the toll is revised as bodies are
counted), Kinshasa accuses Rwanda of backing them, threatens to recall its ambassador from Kigali and then does,
protesters attack several embassies in Kinshasa and police disperse them with tear gas, Rwanda denies the charge, the
United States and Belgium sanction Rwanda's defence minister, Angola hosts talks at which the two foreign ministers
sign a ceasefire, shelling near Goma breaks it two days later, and the UN Security Council calls on the rebels to
withdraw.

Everything in it is synthetic: the six outlets (Kestrel Dispatch, Baobab Wire, Meridian Ledger, Northgate Herald,
Copperleaf Observer, Saltmarsh Daily) and every person are invented, the countries and places are real, the events
never happened and the dates are in the future. 25 documents; one is a verbatim syndicated copy (Saltmarsh Daily of
Kestrel Dispatch, September 10) and one a lightly edited copy (Copperleaf Observer of Meridian Ledger, September 15).
Look-alikes: three M23 attacks (Masisi seized on the 8th, Sake shelled on the 9th, Kibati near Goma shelled on the
17th, breaking the ceasefire), two days of protests at the embassies in Kinshasa (10th and 11th), each met with
tear gas, two calls on one day for the rebels to halt by different speakers (UN Secretary-General and African Union
Commission chairperson, 9th), a threat to recall the ambassador (8th) and the recall itself (9th), the Goma curfew
imposed (10th) and lifted (16th), sanctions on the same minister by two governments on consecutive days (12th and
13th), and Congolese accusations on three days (the government against Rwanda on the 8th, the army against M23 on
the 17th, the UN ambassador against Rwanda on the 18th); a figure changes between reports (the Masisi toll: 14, then
27, then 41).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's protests at the embassies in Kinshasa (crowds at several missions) are one act, and so is a day's
use of tear gas by the police. Types follow CAMEO2PLOVER-2021, with armed attacks (seizing a town, shelling) as
ASSAULT; a second type is given only where the codebook allows two readings: the crowds stoning and setting fire to
embassies on the 10th are PROTEST (a riot) or ASSAULT, and tear gas fired at protesters is COERCE (violent
repression) or ASSAULT. REPORTS lists every body sentence that reports an act that happened, background recaps in
later reports included ("a day after Kinshasa recalled its ambassador ..."), with a cue found once in its file; a
syndicated copy has its own entries; headlines are not listed. Planned, scheduled, promised-but-not-yet-done,
threatened, conditional, hypothetical and denied acts, acts more than a year before, the rebels' offensive in
general, statistics, tallies and opinions are not listed (a promise is itself AGREE and a threat THREATEN; the
promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the share
of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and
tests, and none was found. The batch was written without reading the coder's code, lexicons, rules or data or any
other blind batch.

FIRST RUN, held back and never read (written by a helper at the start of the seventeenth session (2026-12-02)):
run once at its start, on its starting code (aa2ece2): **pairwise F1 0.825** (precision 0.920, recall 0.748),
B-cubed F1 0.879, reports found 0.592.
Run again at its end, on f41663c and on its final code 7dd3f8f (the same figures both times): the same figures
(**pairwise F1 0.825**, precision 0.920, recall 0.748; B-cubed F1 0.879, reports found 0.592). Which of the
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
    ("2033-09-08_kestreldispatch_masisi-seized.txt",
     "M23 rebels overrun Masisi in North Kivu, at least 14 dead\n\n"
     "GOMA, September 8, 2033 (Kestrel Dispatch) - Fighters of the M23 rebel movement captured the town of "
     "Masisi in North Kivu on Thursday after a dawn assault that left at least 14 civilians dead, local "
     "officials said.\n\n"
     "People in the town told Kestrel Dispatch by telephone that the gunfire had faded by midday and most "
     "families were sheltering indoors. Elysee Kito-Habimana, who coordinates civil society groups in "
     "Masisi territory, said the count of the dead was likely to rise.\n\n"
     "An M23 spokesman, Olivier Sebatware, said the group had taken the town to protect local communities, "
     "according to a written statement.\n\n"
     "In Kinshasa, government spokesman Patrice Lokeka-Mbuyi accused Rwanda of arming and commanding the "
     "rebels, calling the offensive an act of aggression by a neighbouring state.\n\n"
     "Foreign Minister Josephine Ndala-Kabamba warned that Congo would recall its ambassador from Kigali "
     "unless Rwandan troops left Congolese soil.\n\n"
     "M23 first emerged in 2012 and took up arms again a decade later, seizing wide areas of the province."),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt",
     "Kinshasa blames Rwanda as rebels take Masisi\n\n"
     "KINSHASA, September 8, 2033 (Baobab Wire) - The Congolese government on Thursday accused Rwanda of "
     "backing the M23 rebels who seized Masisi earlier in the day, and threatened to pull its envoy out of "
     "Kigali.\n\n"
     "Spokesman Patrice Lokeka-Mbuyi told reporters that Rwandan soldiers had fought alongside the rebels "
     "and that Kinshasa held Kigali responsible for every death in the town.\n\n"
     "Foreign Minister Josephine Ndala-Kabamba said the ambassador would be called home if there was no "
     "withdrawal within 24 hours.\n\n"
     "Provincial officials put the number of dead in Masisi at 14, most of them civilians caught in "
     "crossfire.\n\n"
     "The Rwandan government did not comment on Thursday."),
    ("2033-09-09_meridianledger_ambassador-recalled.txt",
     "Congo recalls ambassador from Rwanda over Masisi offensive\n\n"
     "KINSHASA, September 9, 2033 (Meridian Ledger) - Democratic Republic of Congo recalled its ambassador "
     "to Rwanda on Friday, a day after Josephine Ndala-Kabamba, the foreign minister, warned that Kinshasa "
     "would take the step if Rwandan forces stayed in North Kivu.\n\n"
     "The foreign ministry said Ambassador Alphonse Mavungu-Nzuzi was expected back in Kinshasa by the "
     "weekend.\n\n"
     "The recall follows the fall of Masisi, where the toll from Thursday's rebel assault has risen to 27 "
     "dead as relatives recover bodies from collapsed homes.\n\n"
     "Kinshasa on Thursday accused Kigali of arming the M23 and sending troops across the border, a charge "
     "to which the Rwandan government has not yet replied.\n\n"
     "Congolese diplomats said the ministry was also reviewing its cooperation agreements with Rwanda."),
    ("2033-09-09_northgateherald_un-au-appeal.txt",
     "UN and African Union urge M23 to halt North Kivu advance\n\n"
     "UNITED NATIONS, September 9, 2033 (Northgate Herald) - UN Secretary-General Ingrid Solheim-Arce on "
     "Friday appealed to the M23 rebels to halt their offensive in eastern Congo and pull back from "
     "Masisi, which they captured a day earlier.\n\n"
     "In Addis Ababa, African Union Commission chairperson Amina Ossey-Tchoumba issued a similar appeal on "
     "the same day, urging the rebels to stop fighting and leave the areas under their control.\n\n"
     "Solheim-Arce said she was alarmed by reports that artillery fire had hit Sake, a town on the main "
     "road west of Goma, earlier on Friday.\n\n"
     "Diplomats said the Security Council could take up the crisis next week."),
    ("2033-09-09_copperleafobserver_sake-shelled.txt",
     "Shells fall on Sake as M23 pushes toward Goma\n\n"
     "GOMA, September 9, 2033 (Copperleaf Observer) - M23 rebels shelled the town of Sake on Friday, "
     "wounding at least nine people and sending thousands fleeing toward Goma, a day after the group "
     "seized Masisi, hospital staff and residents said.\n\n"
     "Shells struck near a school and a health centre in the morning, witnesses said.\n\n"
     "Colonel Serge Kasongo-Mwamba, speaking for the Congolese army, said troops were holding their "
     "positions around Sake.\n\n"
     "Local civil society groups said 27 people were now known to have died when the rebels stormed Masisi "
     "on Thursday.\n\n"
     "Kinshasa also withdrew its envoy to Kigali on Friday in protest at what it calls Rwandan support for "
     "the rebels."),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt",
     "Protesters storm embassies in Kinshasa, police fire tear gas\n\n"
     "KINSHASA, September 10, 2033 (Kestrel Dispatch) - Crowds angered by the rebel advance in the east "
     "attacked several foreign embassies in Kinshasa on Saturday, hurling stones and setting fire to a "
     "guard post, before police dispersed them with tear gas.\n\n"
     "The Rwandan embassy in the Gombe district was worst hit, with its gate torn down and windows "
     "smashed, while the missions of the United States, Belgium and France also came under attack.\n\n"
     "Police commander Colonel Gaston Mpoyi-Ilunga said officers had used tear gas only after protesters "
     "tried to climb the walls of the compounds.\n\n"
     "No deaths were reported, but a hospital in Gombe said it had treated at least 20 people for injuries "
     "and gas inhalation.\n\n"
     "The unrest came a day after Kinshasa recalled its ambassador from Kigali over the fall of Masisi to "
     "M23 rebels on Thursday.\n\n"
     "Gombe's main boulevard was still littered with rocks and burnt tyres by nightfall."),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt",
     "Protesters storm embassies in Kinshasa, police fire tear gas\n\n"
     "KINSHASA, September 10, 2033 (Kestrel Dispatch) - Crowds angered by the rebel advance in the east "
     "attacked several foreign embassies in Kinshasa on Saturday, hurling stones and setting fire to a "
     "guard post, before police dispersed them with tear gas.\n\n"
     "The Rwandan embassy in the Gombe district was worst hit, with its gate torn down and windows "
     "smashed, while the missions of the United States, Belgium and France also came under attack.\n\n"
     "Police commander Colonel Gaston Mpoyi-Ilunga said officers had used tear gas only after protesters "
     "tried to climb the walls of the compounds.\n\n"
     "No deaths were reported, but a hospital in Gombe said it had treated at least 20 people for injuries "
     "and gas inhalation.\n\n"
     "The unrest came a day after Kinshasa recalled its ambassador from Kigali over the fall of Masisi to "
     "M23 rebels on Thursday.\n\n"
     "Gombe's main boulevard was still littered with rocks and burnt tyres by nightfall."),
    ("2033-09-10_baobabwire_rwanda-denies.txt",
     "Rwanda rejects Congo's charge of backing M23\n\n"
     "KIGALI, September 10, 2033 (Baobab Wire) - Rwanda on Saturday denied arming or fighting alongside "
     "the M23 rebels in eastern Congo, dismissing Kinshasa's accusations as baseless.\n\n"
     "Government spokeswoman Clarisse Gatete-Uwimana told a news conference in Kigali that no Rwandan "
     "soldier was deployed in North Kivu.\n\n"
     "She also condemned the attack on Rwanda's embassy in Kinshasa, where protesters smashed windows and "
     "tore down the gate earlier on Saturday.\n\n"
     "Congo pulled its ambassador out of Kigali on Friday, a day after accusing Rwanda of directing the "
     "rebel assault on Masisi.\n\n"
     "In Goma, North Kivu's military governor, Lieutenant General Faustin Bope-Mukendi, imposed an "
     "overnight curfew on Saturday as residents fleeing Sake crowded into the city."),
    ("2033-09-10_northgateherald_goma-curfew.txt",
     "Goma placed under night curfew as displaced pour in\n\n"
     "GOMA, September 10, 2033 (Northgate Herald) - The military governor of North Kivu ordered an "
     "overnight curfew running from six each evening until dawn in Goma on Saturday, warning of possible "
     "rebel infiltration after shelling hit the nearby town of Sake a day earlier.\n\n"
     "Lieutenant General Faustin Bope-Mukendi announced the curfew in a radio address, saying the city's "
     "security could not be guaranteed at night.\n\n"
     "Aid agencies estimate that upwards of 60,000 residents of Sake and surrounding villages have left "
     "their homes since Friday.\n\n"
     "The M23 has not said whether it intends to advance on Goma, which it briefly occupied in 2012."),
    ("2033-09-11_meridianledger_second-day-protests.txt",
     "Kinshasa protesters return to embassy district for second day\n\n"
     "KINSHASA, September 11, 2033 (Meridian Ledger) - Hundreds of protesters rallied outside the Rwandan "
     "and Belgian embassies in Kinshasa on Sunday, chanting slogans against the rebel offensive for a "
     "second straight day.\n\n"
     "Riot police again fired tear gas to push them back from the Gombe district.\n\n"
     "On Saturday, crowds attacked several diplomatic missions in the capital, tearing down the gate of "
     "the Rwandan embassy.\n\n"
     "The anger in the capital followed the M23's capture of Masisi on Thursday and Kinshasa's decision on "
     "Friday to withdraw its ambassador from Rwanda.\n\n"
     "Rwanda on Saturday denied any role in the fighting."),
    ("2033-09-11_copperleafobserver_masisi-toll.txt",
     "Masisi toll rises to 41 as rebels hold town\n\n"
     "GOMA, September 11, 2033 (Copperleaf Observer) - At least 41 people were killed when M23 rebels "
     "overran Masisi on Thursday, local officials said on Sunday, as rescue teams finished searching the "
     "town.\n\n"
     "Elysee Kito-Habimana of the Masisi civil society coalition said farmers and market traders made up "
     "most of the victims.\n\n"
     "Residents said the town was calm but most shops remained shut.\n\n"
     "In Goma, a night curfew imposed on Saturday was being strictly enforced, with soldiers patrolling "
     "the lakeside districts.\n\n"
     "In Kinshasa, police fired tear gas for a second day on Sunday to disperse a crowd demonstrating in "
     "front of the Belgian and Rwandan missions."),
    ("2033-09-12_kestreldispatch_us-sanctions-minister.txt",
     "U.S. sanctions Rwandan defence minister over M23 offensive\n\n"
     "WASHINGTON, September 12, 2033 (Kestrel Dispatch) - The United States on Monday imposed sanctions on "
     "Rwandan Defence Minister Augustin Rwigamba over the M23 rebel offensive in eastern Congo.\n\n"
     "The Treasury Department froze any assets Rwigamba holds under U.S. jurisdiction and barred Americans "
     "from doing business with him.\n\n"
     "The measures follow the rebels' capture of Masisi last Thursday, in which at least 41 people died.\n\n"
     "On Saturday, protesters in Kinshasa stoned the U.S. and Rwandan embassies, among others.\n\n"
     "Rwanda's foreign ministry gave no reaction by Monday evening."),
    ("2033-09-12_northgateherald_washington-sanctions.txt",
     "Washington freezes assets of Rwanda's defence chief\n\n"
     "WASHINGTON, September 12, 2033 (Northgate Herald) - The Treasury Department in Washington on Monday "
     "blacklisted Rwanda's defence minister, Augustin Rwigamba, freezing his American assets in the first "
     "Western sanction over the M23 offensive.\n\n"
     "The designation came three days after Congo recalled its ambassador from Kigali and two days after "
     "rioters damaged several embassies in Kinshasa.\n\n"
     "Belgium, Congo's former colonial power, is expected to discuss similar steps at a cabinet meeting on "
     "Tuesday.\n\n"
     "UN experts have for years reported Rwandan military support for the rebels."),
    ("2033-09-13_baobabwire_belgium-sanctions.txt",
     "Belgium follows U.S. with sanctions on Rwandan minister\n\n"
     "BRUSSELS, September 13, 2033 (Baobab Wire) - Belgium on Tuesday imposed a travel ban and an asset "
     "freeze on Augustin Rwigamba, Rwanda's defence minister, over his government's alleged support for "
     "rebels in eastern Congo.\n\n"
     "Foreign Minister Liesbeth Vanderhaegen announced the sanctions in parliament, saying Brussels could "
     "not stay silent.\n\n"
     "The United States froze Rwigamba's assets on Monday.\n\n"
     "Belgium's embassy in Kinshasa was among the missions attacked by protesters on Saturday.\n\n"
     "A smaller crowd rallied outside it on Sunday.\n\n"
     "Kigali did not comment on the Belgian decision."),
    ("2033-09-13_saltmarshdaily_brussels-sanctions.txt",
     "Brussels bars Rwandan defence minister from entry\n\n"
     "BRUSSELS, September 13, 2033 (Saltmarsh Daily) - The Belgian government on Tuesday barred Rwandan "
     "Defence Minister Augustin Rwigamba from entering the country and froze his bank accounts in Belgium.\n\n"
     "The step mirrors sanctions announced in Washington on Monday.\n\n"
     "Congolese and Rwandan foreign ministers are scheduled to meet in the Angolan capital, Luanda, on "
     "Wednesday.\n\n"
     "Angolan President Domingos Kiala-Neto, the African Union's mediator for the region, will host the "
     "meeting."),
    ("2033-09-14_copperleafobserver_luanda-talks.txt",
     "Congo and Rwanda foreign ministers meet in Luanda\n\n"
     "LUANDA, September 14, 2033 (Copperleaf Observer) - The foreign ministers of Congo and Rwanda held "
     "talks in Luanda on Wednesday, the first time they have sat at one table since M23 rebels seized the "
     "North Kivu town of Masisi last week.\n\n"
     "Angolan President Domingos Kiala-Neto hosted Josephine Ndala-Kabamba and her Rwandan counterpart, "
     "Innocent Karekezi-Bizimana, at the presidential palace for more than six hours.\n\n"
     "Officials said a draft ceasefire was on the table but no deal had been reached by nightfall.\n\n"
     "The talks come after Washington sanctioned Rwanda's defence minister on Monday.\n\n"
     "Belgium followed with its own measures on Tuesday."),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt",
     "Angola hosts Congo-Rwanda talks as Goma stays under curfew\n\n"
     "LUANDA, September 14, 2033 (Kestrel Dispatch) - Angola brought the top diplomats of Congo and Rwanda "
     "together in Luanda on Wednesday in a bid to stop the fighting in North Kivu, where M23 rebels "
     "shelled Sake last Friday.\n\n"
     "Congo's Josephine Ndala-Kabamba and Rwanda's Innocent Karekezi-Bizimana met behind closed doors with "
     "Angolan mediators.\n\n"
     "In Goma, the night curfew ordered on Saturday by the military governor remained in force.\n\n"
     "Congo recalled its envoy to Kigali last Friday, and the two countries have had no ambassador-level "
     "contact since."),
    ("2033-09-15_meridianledger_ceasefire-signed.txt",
     "Congo and Rwanda sign ceasefire deal in Luanda\n\n"
     "LUANDA, September 15, 2033 (Meridian Ledger) - Congo's foreign minister and her Rwandan counterpart "
     "put their names to a ceasefire agreement in Luanda on Thursday, following Wednesday's talks under "
     "the chairmanship of Angolan President Domingos Kiala-Neto, committing both sides to halt hostilities "
     "in North Kivu from midnight.\n\n"
     "The agreement commits Rwanda to ending any support for armed groups and Congo to acting against the "
     "FDLR militia, which Kigali regards as a threat.\n\n"
     "Ndala-Kabamba said Congo would judge Rwanda by its actions on the ground, while Karekezi-Bizimana "
     "called the accord a first step.\n\n"
     "The M23 was not represented in Luanda.\n\n"
     "The fighting began a week ago when the rebels captured Masisi, killing at least 41 people."),
    ("2033-09-15_copperleafobserver_ceasefire-signed.txt",
     "Luanda ceasefire deal signed by Congo and Rwanda\n\n"
     "LUANDA, September 15, 2033 (Meridian Ledger) - Congo's foreign minister and her Rwandan counterpart "
     "put their names to a ceasefire agreement in Luanda on Thursday, following Wednesday's talks under "
     "the chairmanship of Angolan President Domingos Kiala-Neto, committing the two sides to halt "
     "hostilities in North Kivu from midnight local time.\n\n"
     "The agreement commits Rwanda to ending any support for armed groups and Congo to acting against the "
     "FDLR militia, which Kigali sees as a threat.\n\n"
     "The M23 was not represented at the talks.\n\n"
     "The fighting began a week ago when the rebels captured Masisi, killing at least 41 people."),
    ("2033-09-15_northgateherald_luanda-ceasefire.txt",
     "Truce signed in Angola as guns expected to fall silent in North Kivu\n\n"
     "LUANDA, September 15, 2033 (Northgate Herald) - Congo and Rwanda agreed on Thursday to a ceasefire "
     "in eastern Congo, with their foreign ministers putting their signatures to the accord at a ceremony "
     "in the Angolan capital.\n\n"
     "Angolan President Domingos Kiala-Neto, who chaired the ceremony, said ceasefire monitors would be "
     "deployed along the front line within days.\n\n"
     "The accord follows sanctions imposed on Rwanda's defence minister by Washington on Monday.\n\n"
     "Brussels took similar action a day later.\n\n"
     "Goma has been under a night curfew since Saturday, and aid groups say hundreds of thousands of "
     "people have been displaced by the fighting."),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt",
     "Goma curfew lifted after Luanda truce\n\n"
     "GOMA, September 16, 2033 (Baobab Wire) - North Kivu's military governor lifted the night curfew in "
     "Goma on Friday, six days after imposing it, saying the ceasefire signed in Luanda a day earlier had "
     "eased the threat to the city.\n\n"
     "Lieutenant General Faustin Bope-Mukendi said shops and markets were free to trade after dark once "
     "more.\n\n"
     "The front line north and west of the city was quiet on Friday, according to residents of Sake, which "
     "was shelled a week ago.\n\n"
     "The army's spokesman, Colonel Serge Kasongo-Mwamba, said troops would remain on alert."),
    ("2033-09-17_kestreldispatch_goma-shelling.txt",
     "Shelling near Goma breaks two-day-old ceasefire\n\n"
     "GOMA, September 17, 2033 (Kestrel Dispatch) - M23 rebels shelled army positions at Kibati, just "
     "north of Goma, on Saturday, only two days after the Luanda ceasefire was signed by Kinshasa and "
     "Kigali, the Congolese army said.\n\n"
     "Army spokesman Colonel Serge Kasongo-Mwamba accused the rebels of violating the truce and said two "
     "soldiers had been killed.\n\n"
     "Residents of the Kibati area said the bombardment lasted about two hours and forced families to flee "
     "toward the city.\n\n"
     "Repeated calls to an M23 spokesman went unanswered.\n\n"
     "Goma's night curfew was lifted only on Friday.\n\n"
     "It was the first serious fighting near the city since rebels shelled Sake on September 9."),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt",
     "Luanda truce under strain as artillery hits Goma outskirts\n\n"
     "GOMA, September 17, 2033 (Saltmarsh Daily) - Artillery fire struck the outskirts of Goma on "
     "Saturday, in the first violation of the truce that Kinshasa and Kigali signed in Luanda on Thursday.\n\n"
     "The Congolese army blamed the M23 for the attack, which it said killed two of its soldiers at "
     "Kibati.\n\n"
     "Kigali did not respond to questions about the fighting.\n\n"
     "The truce had been greeted with relief in Goma, where the military governor ended a six-day curfew "
     "on Friday.\n\n"
     "UN diplomats said the Security Council had scheduled an emergency session for Sunday."),
    ("2033-09-18_meridianledger_security-council.txt",
     "Security Council demands M23 withdrawal from North Kivu towns\n\n"
     "UNITED NATIONS, September 18, 2033 (Meridian Ledger) - The UN Security Council on Sunday pressed the "
     "M23 rebels to pull their fighters out of Masisi and all other areas they hold in North Kivu, a day "
     "after shelling near Goma broke a fragile ceasefire.\n\n"
     "In a statement agreed by all 15 members after an emergency session, the council said the rebels must "
     "leave the towns under their control.\n\n"
     "The ceasefire was signed in Luanda on Thursday by the two countries' top diplomats.\n\n"
     "Congo's UN ambassador, Laurent Mbala-Tshibangu, told the council that Rwanda bore full "
     "responsibility for the renewed shelling.\n\n"
     "Rwanda's envoy did not speak at the session."),
    ("2033-09-18_northgateherald_council-withdrawal.txt",
     "UN council presses rebels to quit Masisi after truce breach\n\n"
     "NEW YORK, September 18, 2033 (Northgate Herald) - The Security Council demanded on Sunday that M23 "
     "fighters pull out of Masisi and other captured towns in North Kivu, ending an emergency session "
     "called after Saturday's shelling near Goma.\n\n"
     "Congolese ambassador Laurent Mbala-Tshibangu accused Kigali before the council of sabotaging the "
     "ceasefire signed in Luanda three days earlier.\n\n"
     "The Secretary-General had urged the rebels to halt their offensive on September 9.\n\n"
     "The AU Commission's chairperson voiced an identical appeal that day.\n\n"
     "The crisis began with the rebel capture of Masisi on September 8, which left at least 41 people "
     "dead."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-09-08", "M23 rebels seize Masisi, a town in North Kivu"),
    "A02": (("ACCUSE",), "2033-09-08", "Congolese government spokesman accuses Rwanda of backing M23"),
    "A03": (("THREATEN",), "2033-09-08", "Congolese foreign minister warns Kinshasa will pull its envoy from Kigali"),
    "A04": (("REQUEST",), "2033-09-09", "UN Secretary-General calls on M23 to halt its offensive"),
    "A05": (("REQUEST",), "2033-09-09", "AU Commission chairperson calls on M23 to stop fighting"),
    "A06": (("SANCTION",), "2033-09-09", "Congo recalls its ambassador from Kigali"),
    "A07": (("ASSAULT",), "2033-09-09", "M23 rebels shell the town of Sake"),
    "A08": (("PROTEST", "ASSAULT"), "2033-09-10", "protesters attack several embassies in Kinshasa"),
    "A09": (("COERCE", "ASSAULT"), "2033-09-10", "Kinshasa police disperse the embassy protesters with tear gas"),
    "A10": (("COERCE",), "2033-09-10", "North Kivu military governor imposes a night curfew on Goma"),
    "A11": (("REJECT",), "2033-09-10", "Rwanda denies backing M23"),
    "A12": (("ACCUSE",), "2033-09-10", "Rwanda condemns the attack on its embassy in Kinshasa"),
    "A13": (("PROTEST",), "2033-09-11", "second day of protest: crowds rally at the Rwandan and Belgian missions"),
    "A14": (("COERCE", "ASSAULT"), "2033-09-11", "Kinshasa police fire tear gas at the protesters again"),
    "A15": (("SANCTION",), "2033-09-12", "United States sanctions Rwandan Defence Minister Rwigamba"),
    "A16": (("SANCTION",), "2033-09-13", "Belgium sanctions Rwandan Defence Minister Rwigamba"),
    "A17": (("CONSULT",), "2033-09-14", "Congolese and Rwandan foreign ministers hold Angolan-hosted talks in Luanda"),
    "A18": (("AGREE",), "2033-09-15", "ceasefire signed in Luanda by the Congolese and Rwandan foreign ministers"),
    "A19": (("CONCEDE",), "2033-09-16", "North Kivu military governor lifts the Goma curfew"),
    "A20": (("ASSAULT",), "2033-09-17", "M23 rebels shell army positions at Kibati near Goma"),
    "A21": (("ACCUSE",), "2033-09-17", "Congolese army accuses M23 of violating the ceasefire"),
    "A22": (("REQUEST",), "2033-09-18", "UN Security Council calls on M23 to withdraw from Masisi and other areas"),
    "A23": (("ACCUSE",), "2033-09-18", "Congo's UN ambassador accuses Rwanda over the renewed shelling"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-09-08_kestreldispatch_masisi-seized.txt", "A01", "captured the town of Masisi"),
    ("2033-09-08_kestreldispatch_masisi-seized.txt", "A01", "had taken the town to protect"),
    ("2033-09-08_kestreldispatch_masisi-seized.txt", "A02", "accused Rwanda of arming and commanding the rebels"),
    ("2033-09-08_kestreldispatch_masisi-seized.txt", "A03", "warned that Congo would recall its ambassador"),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt", "A02", "accused Rwanda of backing the M23"),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt", "A01", "who seized Masisi earlier in the day"),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt", "A03", "threatened to pull its envoy out of Kigali"),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt", "A02", "had fought alongside the rebels"),
    ("2033-09-08_baobabwire_kinshasa-accuses-kigali.txt", "A03", "would be called home"),
    ("2033-09-09_meridianledger_ambassador-recalled.txt", "A06", "recalled its ambassador to Rwanda on"),
    ("2033-09-09_meridianledger_ambassador-recalled.txt", "A03", "warned that Kinshasa would take the step"),
    ("2033-09-09_meridianledger_ambassador-recalled.txt", "A01", "from Thursday's rebel assault has risen to 27"),
    ("2033-09-09_meridianledger_ambassador-recalled.txt", "A02",
     "Kinshasa on Thursday accused Kigali of arming the M23"),
    ("2033-09-09_northgateherald_un-au-appeal.txt", "A04", "appealed to the M23 rebels to halt their offensive"),
    ("2033-09-09_northgateherald_un-au-appeal.txt", "A01", "which they captured a day earlier"),
    ("2033-09-09_northgateherald_un-au-appeal.txt", "A05", "urging the rebels to stop fighting"),
    ("2033-09-09_northgateherald_un-au-appeal.txt", "A07", "artillery fire had hit Sake"),
    ("2033-09-09_copperleafobserver_sake-shelled.txt", "A07", "rebels shelled the town of Sake on Friday"),
    ("2033-09-09_copperleafobserver_sake-shelled.txt", "A01", "a day after the group seized Masisi"),
    ("2033-09-09_copperleafobserver_sake-shelled.txt", "A07", "Shells struck near a school"),
    ("2033-09-09_copperleafobserver_sake-shelled.txt", "A01", "when the rebels stormed Masisi on Thursday"),
    ("2033-09-09_copperleafobserver_sake-shelled.txt", "A06", "withdrew its envoy to Kigali on Friday"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A08",
     "attacked several foreign embassies in Kinshasa on Saturday"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A09", "before police dispersed them with tear gas"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A08", "was worst hit, with its gate torn down"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A09", "officers had used tear gas only after"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A08", "protesters tried to climb the walls"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A06",
     "a day after Kinshasa recalled its ambassador from Kigali"),
    ("2033-09-10_kestreldispatch_embassies-attacked.txt", "A01", "the fall of Masisi to M23 rebels"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A08",
     "attacked several foreign embassies in Kinshasa on Saturday"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A09", "before police dispersed them with tear gas"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A08", "was worst hit, with its gate torn down"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A09", "officers had used tear gas only after"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A08", "protesters tried to climb the walls"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A06",
     "a day after Kinshasa recalled its ambassador from Kigali"),
    ("2033-09-10_saltmarshdaily_embassies-attacked.txt", "A01", "the fall of Masisi to M23 rebels"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A11", "denied arming or fighting alongside the M23"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A11", "no Rwandan soldier was deployed in North Kivu"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A12", "condemned the attack on Rwanda's embassy"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A08", "where protesters smashed windows"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A06", "pulled its ambassador out of Kigali on Friday"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A02", "a day after accusing Rwanda of directing"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A01", "the rebel assault on Masisi"),
    ("2033-09-10_baobabwire_rwanda-denies.txt", "A10", "imposed an overnight curfew on Saturday"),
    ("2033-09-10_northgateherald_goma-curfew.txt", "A10", "ordered an overnight curfew running from six each evening"),
    ("2033-09-10_northgateherald_goma-curfew.txt", "A07", "after shelling hit the nearby town of Sake"),
    ("2033-09-10_northgateherald_goma-curfew.txt", "A10", "announced the curfew in a radio address"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A13", "rallied outside the Rwandan and Belgian embassies"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A14", "Riot police again fired tear gas"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A08", "crowds attacked several diplomatic missions"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A01", "the M23's capture of Masisi on Thursday"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A06", "decision on Friday to withdraw its ambassador"),
    ("2033-09-11_meridianledger_second-day-protests.txt", "A11", "denied any role in the fighting"),
    ("2033-09-11_copperleafobserver_masisi-toll.txt", "A01", "were killed when M23 rebels overran Masisi"),
    ("2033-09-11_copperleafobserver_masisi-toll.txt", "A10", "a night curfew imposed on Saturday"),
    ("2033-09-11_copperleafobserver_masisi-toll.txt", "A14", "police fired tear gas for a second day on Sunday"),
    ("2033-09-11_copperleafobserver_masisi-toll.txt", "A13",
     "a crowd demonstrating in front of the Belgian and Rwandan missions"),
    ("2033-09-12_kestreldispatch_us-sanctions-minister.txt", "A15", "imposed sanctions on Rwandan Defence Minister"),
    ("2033-09-12_kestreldispatch_us-sanctions-minister.txt", "A15", "froze any assets Rwigamba holds"),
    ("2033-09-12_kestreldispatch_us-sanctions-minister.txt", "A01", "the rebels' capture of Masisi last Thursday"),
    ("2033-09-12_kestreldispatch_us-sanctions-minister.txt", "A08",
     "protesters in Kinshasa stoned the U.S. and Rwandan embassies"),
    ("2033-09-12_northgateherald_washington-sanctions.txt", "A15", "blacklisted Rwanda's defence minister"),
    ("2033-09-12_northgateherald_washington-sanctions.txt", "A06", "three days after Congo recalled its ambassador"),
    ("2033-09-12_northgateherald_washington-sanctions.txt", "A08", "two days after rioters damaged several embassies"),
    ("2033-09-13_baobabwire_belgium-sanctions.txt", "A16", "imposed a travel ban and an asset freeze"),
    ("2033-09-13_baobabwire_belgium-sanctions.txt", "A16", "announced the sanctions in parliament"),
    ("2033-09-13_baobabwire_belgium-sanctions.txt", "A15", "froze Rwigamba's assets on Monday"),
    ("2033-09-13_baobabwire_belgium-sanctions.txt", "A08", "among the missions attacked by protesters on Saturday"),
    ("2033-09-13_baobabwire_belgium-sanctions.txt", "A13", "A smaller crowd rallied outside it on Sunday"),
    ("2033-09-13_saltmarshdaily_brussels-sanctions.txt", "A16", "barred Rwandan Defence Minister"),
    ("2033-09-13_saltmarshdaily_brussels-sanctions.txt", "A15", "sanctions announced in Washington on Monday"),
    ("2033-09-14_copperleafobserver_luanda-talks.txt", "A17", "held talks in Luanda"),
    ("2033-09-14_copperleafobserver_luanda-talks.txt", "A01", "since M23 rebels seized the North Kivu town of Masisi"),
    ("2033-09-14_copperleafobserver_luanda-talks.txt", "A17", "at the presidential palace for more than six hours"),
    ("2033-09-14_copperleafobserver_luanda-talks.txt", "A15",
     "Washington sanctioned Rwanda's defence minister on Monday"),
    ("2033-09-14_copperleafobserver_luanda-talks.txt", "A16", "Belgium followed with its own measures on Tuesday"),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt", "A17",
     "brought the top diplomats of Congo and Rwanda together"),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt", "A07", "where M23 rebels shelled Sake last Friday"),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt", "A17", "met behind closed doors with Angolan"),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt", "A10", "the night curfew ordered on Saturday"),
    ("2033-09-14_kestreldispatch_luanda-talks-open.txt", "A06", "Congo recalled its envoy to Kigali last Friday"),
    ("2033-09-15_meridianledger_ceasefire-signed.txt", "A18", "put their names to a ceasefire agreement"),
    ("2033-09-15_meridianledger_ceasefire-signed.txt", "A17", "following Wednesday's talks under the chairmanship"),
    ("2033-09-15_meridianledger_ceasefire-signed.txt", "A18", "The agreement commits Rwanda to ending"),
    ("2033-09-15_meridianledger_ceasefire-signed.txt", "A01", "when the rebels captured Masisi, killing at least 41"),
    ("2033-09-15_copperleafobserver_ceasefire-signed.txt", "A18", "put their names to a ceasefire agreement"),
    ("2033-09-15_copperleafobserver_ceasefire-signed.txt", "A17", "following Wednesday's talks under the chairmanship"),
    ("2033-09-15_copperleafobserver_ceasefire-signed.txt", "A18", "The agreement commits Rwanda to ending"),
    ("2033-09-15_copperleafobserver_ceasefire-signed.txt", "A01",
     "when the rebels captured Masisi, killing at least 41"),
    ("2033-09-15_northgateherald_luanda-ceasefire.txt", "A18", "putting their signatures to the accord"),
    ("2033-09-15_northgateherald_luanda-ceasefire.txt", "A15",
     "sanctions imposed on Rwanda's defence minister by Washington"),
    ("2033-09-15_northgateherald_luanda-ceasefire.txt", "A16", "Brussels took similar action a day later"),
    ("2033-09-15_northgateherald_luanda-ceasefire.txt", "A10", "under a night curfew since Saturday"),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt", "A19", "lifted the night curfew in Goma on Friday"),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt", "A10", "six days after imposing it"),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt", "A18", "the ceasefire signed in Luanda a day earlier"),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt", "A19", "were free to trade after dark once more"),
    ("2033-09-16_baobabwire_goma-curfew-lifted.txt", "A07", "which was shelled a week ago"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A20", "shelled army positions at Kibati"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A18", "two days after the Luanda ceasefire was signed"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A21", "accused the rebels of violating the truce"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A20", "two soldiers had been killed"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A20", "the bombardment lasted about two hours"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A19", "Goma's night curfew was lifted only on Friday"),
    ("2033-09-17_kestreldispatch_goma-shelling.txt", "A07", "since rebels shelled Sake on September 9"),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt", "A20", "Artillery fire struck the outskirts of Goma"),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt", "A18", "the truce that Kinshasa and Kigali signed in Luanda"),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt", "A21", "The Congolese army blamed the M23"),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt", "A20", "killed two of its soldiers at Kibati"),
    ("2033-09-17_saltmarshdaily_ceasefire-breached.txt", "A19", "ended a six-day curfew on Friday"),
    ("2033-09-18_meridianledger_security-council.txt", "A22", "pressed the M23 rebels to pull their fighters out"),
    ("2033-09-18_meridianledger_security-council.txt", "A20", "a day after shelling near Goma broke"),
    ("2033-09-18_meridianledger_security-council.txt", "A22", "the council said the rebels must leave the towns"),
    ("2033-09-18_meridianledger_security-council.txt", "A18", "The ceasefire was signed in Luanda on Thursday"),
    ("2033-09-18_meridianledger_security-council.txt", "A23", "Rwanda bore full responsibility"),
    ("2033-09-18_meridianledger_security-council.txt", "A20", "the renewed shelling"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A22",
     "demanded on Sunday that M23 fighters pull out of Masisi"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A20", "after Saturday's shelling near Goma"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A23", "accused Kigali before the council of sabotaging"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A18", "the ceasefire signed in Luanda three days earlier"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A04",
     "had urged the rebels to halt their offensive on September 9"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A05", "voiced an identical appeal that day"),
    ("2033-09-18_northgateherald_council-withdrawal.txt", "A01", "the rebel capture of Masisi on September 8"),
]

FLOORS = {"pairwise_f1": 0.8, "b3_f1": 0.85, "reports_found": 0.57}


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
