"""The fourth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

Crisis: a truce in northern Mali between the military government in Bamako and an armed group, the Azawad
Unity Front, keeps breaking down over ten days of March 2033. The Front shells the army camp at Anefis twice,
three days apart; an army drone strikes vehicles near Tessalit; each side blames the other. Families of the
hostages rally in Bamako, the UN envoy appeals for calm, Algeria's foreign minister visits Kidal, a rebel
commander threatens new shelling, and the Front frees its hostages in two stages brokered by Algiers, the
second alongside a release of jailed fighters by the government. The army puts Anefis under curfew and lifts
it, and a second round of talks opens in Algiers.

Everything in it is synthetic: invented outlets (Atlas Newswire, Ridgeline Press, Sahel Courier, Crescent
Herald, Westgate Bulletin, Harmattan Post), invented people and an invented armed group, real countries and
places, events that never happened, dates in the future. It holds one verbatim syndicated copy (Sahel Courier
to Harmattan Post) and one lightly edited copy (Atlas Newswire to Westgate Bulletin), a toll that changes
(three dead, then five), and look-alike acts that are not the same act: two shellings of one camp, two rounds
of talks, two stages of a hostage release, two releases on one day by the two sides, two accusations on one
day (one per side), two demands on one day by two ministers, and a threat followed by the act threatened.

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER-2021 codebook gives,
dated the day it happened. REPORTS lists every body sentence (never a headline) that reports an act that
happened, background recaps in later reports included; a sentence reports at most one act of each type.
Not listed: planned or future acts, denied, conditional or hypothetical acts, acts more than a year before,
statistics and tallies, opinions. A promise, threat or demand is itself an act (AGREE, THREATEN, REQUEST); the
act promised, threatened or demanded is not, until it happens.

Scoring: the documents are ingested into a fresh store as in use. Each grouped event whose sentence contains
a report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (document, act) reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 9c7fb3a (the fourth 2026-12-01 session's coder, after the rules blind batches 39 and 41,
article batch 5 and incident batches 1 and 3 prompted), with `figures`: **pairwise F1 0.798** (precision
0.948, recall 0.689; 106 gold pairs), B-cubed F1 0.845 (precision 0.953, recall 0.759), reports_found 0.761;
57 mapped events of 16 acts in 23 incidents. The session's starting coder (50def54), run on it afterwards for
comparison: pairwise F1 0.764 (precision 0.944, recall 0.642), B-cubed F1 0.829, reports_found 0.761.
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
    ('2033-03-02_atlas_algiers-talks-first-round.txt',
     'Mali and northern rebels close first round of Algiers talks\n'
     '\n'
     "ALGIERS, March 2, 2033 (Atlas Newswire) - Negotiators for Mali's military government and "
     'the Azawad Unity Front sat down for a final session in the Algerian capital on '
     'Wednesday, closing a first round of talks meant to shore up a shaky truce in the '
     "country's north.\n"
     '\n'
     'The delegations spent Wednesday in a state guest house above the city, with Algerian '
     'diplomats carrying proposals between two rooms. Algerian Foreign Minister Nadir '
     'Belhocine chaired the closing session.\n'
     '\n'
     'The truce, signed in Algiers in June 2031, has been strained for months by raids and '
     'counter-raids around the garrison towns of Anefis and Tessalit. The Front, which draws '
     'most of its fighters from Tuareg and Arab communities of the Kidal region, still holds '
     '23 people seized from a fuel convoy in November 2031.\n'
     '\n'
     '"The mood was better than we feared, but nobody is signing anything yet," said a '
     'government negotiator who did not want his name used.\n'
     '\n'
     'Mediators said a second round would open in Algiers on March 11.\n'
     '\n'
     'Kadiatou Samassekou, a researcher at the Sahel Policy Institute in Bamako, said the real '
     'test would come on the ground rather than at the table.'),
    ('2033-03-03_ridgeline_anefis-camp-shelled.txt',
     'Three soldiers killed as rebels shell army camp in northern Mali\n'
     '\n'
     'BAMAKO, March 3, 2033 (Ridgeline Press) - Rebel fighters fired mortar rounds into an '
     'army camp at Anefis in northern Mali on Thursday evening, killing three soldiers, '
     'military sources said, a day after the two sides met in Algiers to bolster a truce.\n'
     '\n'
     'At least seven other soldiers were wounded in the attack, two of them seriously, an '
     'officer at the base told Ridgeline Press by telephone. The shelling began shortly after '
     'dusk and lasted about 20 minutes, the officer said.\n'
     '\n'
     'The Azawad Unity Front did not answer calls seeking its side of the story.\n'
     '\n'
     'Anefis, a small market town on the road between Gao and Kidal, has changed hands several '
     'times since fighting broke out in 2012. The camp houses a few hundred troops who guard '
     'the road and escort fuel trucks heading north.\n'
     '\n'
     'Under the 2031 truce, both sides were supposed to keep their heavy weapons at least 30 '
     "kilometres from each other's positions."),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt',
     'Rebels say army drone strike near Tessalit killed civilians\n'
     '\n'
     'GAO, March 4, 2033 (Sahel Courier) - A Malian army drone struck a cluster of vehicles '
     'near Tessalit early on Friday, and the Azawad Unity Front said four civilians had died '
     'in the strike.\n'
     '\n'
     'Front spokesman Elmehdi ag Assalah accused Bamako of tearing up the truce, saying the '
     'vehicles belonged to herders taking goats to a well. "Bamako signs truces with one hand '
     'and flies drones with the other," he told Sahel Courier.\n'
     '\n'
     'In a written statement, the army said its drone had hit a rebel logistics unit, and made '
     'no mention of civilian casualties.\n'
     '\n'
     "Thursday's shelling of the army camp at Anefis killed five soldiers, according to a "
     'military source, up from an initial toll of three.\n'
     '\n'
     'The Front has used the hills around Tessalit as a rear base since 2024, according to a '
     'UN panel of experts.\n'
     '\n'
     '"Each side now believes the other has broken the truce, and that is the most dangerous '
     'moment in any ceasefire," said Kadiatou Samassekou of the Sahel Policy Institute.'),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt',
     'Rebels say army drone strike near Tessalit killed civilians\n'
     '\n'
     'GAO, March 4, 2033 (Harmattan Post) - A Malian army drone struck a cluster of vehicles '
     'near Tessalit early on Friday, and the Azawad Unity Front said four civilians had died '
     'in the strike.\n'
     '\n'
     'Front spokesman Elmehdi ag Assalah accused Bamako of tearing up the truce, saying the '
     'vehicles belonged to herders taking goats to a well. "Bamako signs truces with one hand '
     'and flies drones with the other," he told Sahel Courier.\n'
     '\n'
     'In a written statement, the army said its drone had hit a rebel logistics unit, and made '
     'no mention of civilian casualties.\n'
     '\n'
     "Thursday's shelling of the army camp at Anefis killed five soldiers, according to a "
     'military source, up from an initial toll of three.\n'
     '\n'
     'The Front has used the hills around Tessalit as a rear base since 2024, according to a '
     'UN panel of experts.\n'
     '\n'
     '"Each side now believes the other has broken the truce, and that is the most dangerous '
     'moment in any ceasefire," said Kadiatou Samassekou of the Sahel Policy Institute.\n'
     '\n'
     'This article first appeared in Sahel Courier.'),
    ('2033-03-04_crescent_bamako-blames-rebels.txt',
     'Mali government blames rebels for deadly Anefis attack\n'
     '\n'
     "BAMAKO, March 4, 2033 (Crescent Herald) - Mali's transitional government on Friday "
     'blamed the Azawad Unity Front for breaking the truce, saying rebel mortar fire on the '
     'Anefis camp had killed five soldiers.\n'
     '\n'
     'Government spokesman Seydou Kamissoko called it a "cowardly betrayal" of the truce. '
     'Kamissoko said the drone strike near Tessalit on Friday morning had targeted armed men, '
     'not herders.\n'
     '\n'
     "The toll from Thursday evening's attack rose to five after two of the wounded died "
     'overnight at the military hospital in Gao, an army officer said.\n'
     '\n'
     'Mali has been run by the military since a coup in 2021, and the junta has made regaining '
     'control of the north a central goal. Western diplomats say the Algiers process is the '
     'only channel still open between Bamako and the northern armed groups.'),
    ('2033-03-04_westgate_hostage-families-rally.txt',
     'Families of hostages held in northern Mali rally in Bamako\n'
     '\n'
     'BAMAKO, March 4, 2033 (Westgate Bulletin) - Several hundred relatives of the 23 people '
     'held by the Azawad Unity Front gathered outside the office of the prime minister in '
     'Bamako on Friday, holding up photographs of the missing.\n'
     '\n'
     'The rally, the largest since the drivers and mechanics were seized from a fuel convoy in '
     'November 2031, passed off peacefully. Relatives sat on mats along the avenue until late '
     'afternoon, singing and reading out the names of the captives.\n'
     '\n'
     'Awa Dembele-Keita, whose husband drove one of the trucks, said families had waited 16 '
     'months for news. "We hear about ceasefires and negotiations, but we never hear our '
     'husbands\' names," she said.\n'
     '\n'
     'Mediators in Algiers discussed the captives during a round of talks that ended on '
     'Wednesday, according to a diplomat.'),
    ('2033-03-05_atlas_un-envoy-appeal.txt',
     'UN envoy urges restraint as Mali truce frays\n'
     '\n'
     'BAMAKO, March 5, 2033 (Atlas Newswire) - The United Nations envoy for Mali on Saturday '
     'urged the government and the Azawad Unity Front to stop firing and honour their truce.\n'
     '\n'
     '"I call on both parties to hold their fire and to let the mediators do their work," '
     'Ingrid Solheim told reporters at the UN compound in Bamako.\n'
     '\n'
     "Thursday's mortar attack on an army camp at Anefis killed five soldiers. On Friday, an "
     'army drone strike near Tessalit killed four people whom the rebels described as herders.\n'
     '\n'
     'Solheim, a Norwegian diplomat, took up the post in January 2032.\n'
     '\n'
     'Algeria brokered the 2031 truce and hosts the talks between the two sides.'),
    ('2033-03-05_ridgeline_algerian-minister-kidal.txt',
     'Algerian foreign minister flies to rebel-held Kidal\n'
     '\n'
     "KIDAL, March 5, 2033 (Ridgeline Press) - Algeria's foreign minister flew into the "
     'rebel-held town of Kidal on Saturday and held talks with leaders of the Azawad Unity '
     'Front, trying to keep alive a truce that has been battered by fighting this week.\n'
     '\n'
     "Nadir Belhocine spent about four hours with the Front's leader, Sidi Mohamed ag "
     'Intazoumt, at a compound on the edge of town, according to people present.\n'
     '\n'
     'Belhocine is the first Algerian minister to set foot in Kidal since 2029, according to '
     'the Algerian foreign ministry.\n'
     '\n'
     'The UN envoy for Mali, Ingrid Solheim, appealed on Saturday for both sides to stop shooting.\n'
     '\n'
     "Kidal has been under the Front's control since it pushed government forces out in 2029. "
     'Algeria shares a 1,300-kilometre border with Mali and fears that a collapse of the truce '
     'could push refugees and weapons north.\n'
     '\n'
     '"The Algerians are the only people both sides still pick up the phone for," said a '
     'Western diplomat in Algiers.'),
    ('2033-03-05_crescent_rebel-commander-warning.txt',
     'Rebel commander warns of new strikes on Anefis garrison\n'
     '\n'
     'BAMAKO, March 5, 2033 (Crescent Herald) - A military commander of the Azawad Unity Front '
     'warned on Saturday that his fighters would hit the army camp at Anefis again if '
     'government drones kept flying over rebel areas.\n'
     '\n'
     '"If the drones come back, our mortars will answer," Hamada ag Ibrahim said in a voice '
     'message sent to journalists.\n'
     '\n'
     'The warning came a day after a drone strike near Tessalit that the Front says killed '
     'four herders. The army has said the strike hit armed men.\n'
     '\n'
     "Ag Ibrahim commands the Front's units east of the Tilemsi valley and is considered close "
     'to its political leadership.\n'
     '\n'
     'The government had not responded by late Saturday.\n'
     '\n'
     'Since the truce was signed in 2031, the army has relied increasingly on Turkish-made '
     'drones to watch the desert north of Gao.'),
    ('2033-03-05_sahelcourier_mediator-in-kidal.txt',
     "Algeria's top diplomat meets rebel chiefs in Kidal\n"
     '\n'
     'GAO, March 5, 2033 (Sahel Courier) - Algerian Foreign Minister Nadir Belhocine met the '
     'leadership of the Azawad Unity Front in Kidal on Saturday, the highest-level visit by a '
     'foreign official to the rebel capital in years.\n'
     '\n'
     'A rebel official said the talks in Kidal had been "frank" and had focused on the fate of '
     'the captives.\n'
     '\n'
     "Hours earlier, one of the Front's commanders threatened new attacks on the Anefis "
     'garrison if army drones continued to fly over the north.\n'
     '\n'
     "The army's drone strike near Tessalit on Friday killed four people, whom the Front "
     'describes as herders.\n'
     '\n'
     'Kidal lies about 350 kilometres north of Gao across open desert, and the road between '
     'them is lined with the wrecks of burnt-out trucks.'),
    ('2033-03-06_atlas_first-hostages-freed.txt',
     'Rebels free nine hostages in first stage of Algerian-brokered deal\n'
     '\n'
     'BAMAKO, March 6, 2033 (Atlas Newswire) - The Azawad Unity Front freed nine of the 23 '
     'people it has held since 2031 on Sunday, handing them to Algerian mediators in Kidal in '
     'the first stage of a release brokered by Algiers.\n'
     '\n'
     'The nine, all Malian truck drivers, looked thin but were able to walk unaided, according '
     'to a photograph published by the Algerian foreign ministry. The remaining 14 captives '
     'are to be freed in a second stage, the ministry said, without giving a date.\n'
     '\n'
     "Algeria's foreign minister, Nadir Belhocine, had spent several hours with the Front's "
     'leaders in Kidal on Saturday.\n'
     '\n'
     '"Today we breathe again, but most of our families are still waiting," said Awa '
     'Dembele-Keita, a spokeswoman for the families.\n'
     '\n'
     'On Friday, several hundred relatives of the hostages had rallied in Bamako.\n'
     '\n'
     'The hostages were seized in November 2031 when gunmen stopped a fuel convoy on the road '
     'north of Gao.'),
    ('2033-03-06_westgate_first-hostages-freed.txt',
     'Nine hostages freed by Mali rebels in first stage of deal\n'
     '\n'
     'BAMAKO, March 6, 2033 (Westgate Bulletin) - The Azawad Unity Front freed nine of the 23 '
     'people it has held since 2031 on Sunday, handing them over to Algerian mediators in '
     'Kidal in the first phase of a release brokered by Algiers.\n'
     '\n'
     'The nine, all Malian lorry drivers, looked thin but could walk unaided, according to a '
     "photograph published by Algeria's foreign ministry. The remaining 14 captives are to be "
     'freed in a second phase, the ministry said, without giving a date.\n'
     '\n'
     "Algeria's foreign minister, Nadir Belhocine, had spent several hours with the Front's "
     'leaders in Kidal on Saturday.\n'
     '\n'
     'On Friday, several hundred relatives of the hostages had rallied in Bamako.\n'
     '\n'
     'The hostages were seized in November 2031 when gunmen stopped a fuel convoy on the road '
     'north of Gao.\n'
     '\n'
     'Based on reporting by Atlas Newswire.'),
    ('2033-03-06_harmattan_families-relief.txt',
     'Joy and worry in Bamako as first captives come home\n'
     '\n'
     "BAMAKO, March 6, 2033 (Harmattan Post) - Relatives wept and ululated at Bamako's airport "
     'on Sunday evening as nine truck drivers freed by northern rebels stepped off an Algerian plane.\n'
     '\n'
     'The men were released in Kidal earlier in the day under a deal mediated by Algeria. Only '
     "two days earlier, hundreds of their relatives had sat outside the prime minister's "
     'office with photographs of the missing.\n'
     '\n'
     'Moussa Dembele, 52, said his brother had lost weight but was in good spirits. "He told '
     'me the guards gave them rice and tea and never beat them," Dembele said.\n'
     '\n'
     "Fourteen people, including the Guinean engineer, are still in the Front's hands. The "
     'drivers worked for a Malian haulage firm that supplied fuel to army posts in the north.'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt',
     'Rebels shell Anefis camp again hours after freeing hostages\n'
     '\n'
     'BAMAKO, March 7, 2033 (Ridgeline Press) - Rebel mortar rounds slammed into the army camp '
     'at Anefis late on Sunday, killing one soldier and wounding four, hours after the Azawad '
     'Unity Front freed nine of its captives under an Algerian-brokered deal.\n'
     '\n'
     'The attack began around 11 p.m. and lasted less than ten minutes, an officer at the camp '
     'said. Army spokesman Lieutenant-Colonel Souleymane Diabira said the fire had come from '
     'positions east of the town.\n'
     '\n'
     'On Thursday evening, mortar fire on the same camp killed five soldiers.\n'
     '\n'
     'On Saturday, a Front commander, Hamada ag Ibrahim, had warned that his men would shell '
     'Anefis again if government drones kept flying.\n'
     '\n'
     '"The Front wants to show it can negotiate and fight at the same time," said Kadiatou '
     'Samassekou of the Sahel Policy Institute.'),
    ('2033-03-07_crescent_anefis-curfew.txt',
     'Army orders night curfew in Anefis after new shelling\n'
     '\n'
     'BAMAKO, March 7, 2033 (Crescent Herald) - The Malian army put the northern town of '
     'Anefis under a night curfew on Monday, after rebel shelling of its camp there overnight '
     'killed a soldier.\n'
     '\n'
     'Residents must stay indoors from 7 p.m. to 6 a.m. until further notice, according to an '
     'order signed by the regional commander, Colonel Mamadou Togola. Soldiers will patrol the '
     'town at night and anyone found outside will be detained, the order said.\n'
     '\n'
     'The soldier killed overnight was a corporal in his early twenties, an army officer said.\n'
     '\n'
     'Shopkeepers said the restrictions would hurt the evening trade that keeps the market alive.\n'
     '\n'
     'The town has a single paved street and a weekly livestock market that draws herders from '
     'across the region.\n'
     '\n'
     'Curfews were last imposed in the town during fighting in 2029.'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt',
     'Mali truce under strain after second attack on Anefis camp\n'
     '\n'
     'GAO, March 7, 2033 (Sahel Courier) - Fighters of the Azawad Unity Front shelled the '
     'Anefis military camp late on Sunday, killing a soldier, the army said, and commanders '
     'put the town under curfew on Monday.\n'
     '\n'
     'The soldier killed was a 23-year-old corporal from Segou, the army said. Anefis '
     'residents described hearing several loud blasts just before midnight.\n'
     '\n'
     'The rebels had threatened such an attack on Saturday, saying they would respond to any '
     'further drone flights over their territory.\n'
     '\n'
     'A mediator said the second group of captives could be released within days if the guns '
     'stayed quiet. The army has about 400 troops at Anefis, according to security analysts.'),
    ('2033-03-08_atlas_foreign-minister-demands.txt',
     'Mali foreign minister demands rebels free remaining captives\n'
     '\n'
     "BAMAKO, March 8, 2033 (Atlas Newswire) - Mali's foreign minister on Tuesday demanded "
     'that the Azawad Unity Front free the 14 people it still holds "without delay or '
     'conditions", saying the group could not use them as bargaining chips.\n'
     '\n'
     'Hawa Sissoko-Berthe made the demand at a news conference in Bamako alongside diplomats '
     'from West African states. "Those families have suffered enough, and the world is '
     'watching," she said.\n'
     '\n'
     'Late on Sunday, rebel fighters shelled the army camp at Anefis, killing one soldier, '
     'according to the army.\n'
     '\n'
     "The minister did not say whether the government would free any of the Front's fighters "
     'in return, a step the rebels have long sought.\n'
     '\n'
     'Some 60 members of the Front are held in prisons in Bamako and Gao, according to human '
     'rights groups.'),
    ('2033-03-08_westgate_defence-minister-demand.txt',
     'Mali defence chief tells rebels to hand over all hostages\n'
     '\n'
     "BAMAKO, March 8, 2033 (Westgate Bulletin) - Mali's defence minister told the Azawad "
     'Unity Front on Tuesday to hand over all its remaining hostages, speaking at the funeral '
     "of the soldier killed in Sunday's shelling of Anefis.\n"
     '\n'
     '"Give those men back to their families, all of them, now," General Bakary Fofana-Dicko '
     'said at the military cemetery in Bamako.\n'
     '\n'
     'Earlier on Tuesday, Foreign Minister Hawa Sissoko-Berthe had issued a similar demand at '
     'a news conference.\n'
     '\n'
     'Fofana-Dicko, a former commander of the northern operations zone, is seen as one of the '
     'more hawkish members of the government. He did not mention the talks due to resume in '
     'Algiers on Friday.\n'
     '\n'
     "The Front's political wing has never published a full list of the people it holds."),
    ('2033-03-09_ridgeline_second-release.txt',
     'Last 14 hostages freed in northern Mali as government releases rebel prisoners\n'
     '\n'
     'KIDAL, March 9, 2033 (Ridgeline Press) - The Azawad Unity Front on Wednesday handed its '
     'last 14 captives to Algerian mediators in Kidal, completing the deal brokered by Algeria.\n'
     '\n'
     "At the same time, a Malian military plane landed in Kidal carrying 20 of the Front's "
     'fighters released from prisons in Bamako and Gao. Algerian officials in white vests kept '
     'watch on the airstrip, according to a Ridgeline Press reporter at the scene.\n'
     '\n'
     'The freed hostages included the Guinean engineer, Mamadou Saliou Bah, who had been held '
     'since the convoy raid in November 2031.\n'
     '\n'
     '"This was a humanitarian gesture, not a concession," government spokesman Seydou '
     'Kamissoko said of the prisoner release.\n'
     '\n'
     'Nine other hostages were freed on Sunday.\n'
     '\n'
     'Negotiators from both sides are expected back in Algiers on Friday to resume talks.'),
    ('2033-03-09_harmattan_prisoners-freed.txt',
     'Mali frees 20 rebel fighters as hostage ordeal ends\n'
     '\n'
     "BAMAKO, March 9, 2033 (Harmattan Post) - Mali's military government released 20 jailed "
     'members of the Azawad Unity Front on Wednesday, flying them to the rebel stronghold of Kidal.\n'
     '\n'
     'Within the hour, the rebels let go of the last 14 people they had been holding since '
     '2031. The 14 included 10 drivers, three mechanics and the Guinean engineer.\n'
     '\n'
     'Among the prisoners freed by Bamako were two commanders captured near Menaka in 2030, '
     'according to a list seen by Harmattan Post.\n'
     '\n'
     '"We do not forget our own," said a relative of one of the released fighters, reached by '
     'phone in Kidal.\n'
     '\n'
     'Analysts say the fate of the captives had been one of the main obstacles to a broader agreement.'),
    ('2033-03-10_crescent_curfew-lifted.txt',
     'Army lifts Anefis curfew as calm returns to northern Mali\n'
     '\n'
     'BAMAKO, March 10, 2033 (Crescent Herald) - The Malian army on Thursday lifted the night '
     'curfew it had imposed on Anefis three days earlier, saying the town was quiet again.\n'
     '\n'
     'Colonel Mamadou Togola, the regional commander, said shops could again stay open after dark.\n'
     '\n'
     'The curfew was ordered on Monday after a rebel mortar attack on the army camp late on '
     'Sunday killed one soldier.\n'
     '\n'
     'On Wednesday, the Azawad Unity Front freed its last 14 hostages. The government released '
     '20 rebel prisoners the same day.\n'
     '\n'
     'Traders in Anefis said the market was busier on Thursday morning than at any point since Sunday.'),
    ('2033-03-10_sahelcourier_hostages-home.txt',
     'Freed Mali hostages describe 16 months in desert captivity\n'
     '\n'
     'BAMAKO, March 10, 2033 (Sahel Courier) - Men held for 16 months by the Azawad Unity '
     'Front described on Thursday how they were moved from camp to camp in the desert, often '
     'at night, to avoid army drones.\n'
     '\n'
     'Ibrahim Coulibaly, a 44-year-old driver released on Wednesday, said he had counted the '
     'days by scratching marks on a jerrycan. "We heard the planes and we prayed they would '
     'not hit us," he said.\n'
     '\n'
     'Another driver, freed in the first group on Sunday, said their guards had been polite '
     'but nervous.\n'
     '\n'
     'Doctors at the Gabriel Toure hospital in Bamako said most of them were underweight and '
     'several had untreated infections.\n'
     '\n'
     'In Anefis, the army lifted a night curfew on Thursday.\n'
     '\n'
     "The transport workers' union said the haulage firm had stopped paying the men's wages in "
     'early 2032.'),
    ('2033-03-11_atlas_algiers-second-round.txt',
     'Mali and rebels open second round of talks in Algiers\n'
     '\n'
     "ALGIERS, March 11, 2033 (Atlas Newswire) - Delegations from Mali's military government "
     'and the Azawad Unity Front began a second round of negotiations in the Algerian capital '
     'on Friday, with Algerian mediators saying the mood had improved.\n'
     '\n'
     'The talks began shortly after 10 a.m. at a state guest house in the hills above the '
     'city. The first round ended on March 2 without a joint statement.\n'
     '\n'
     'On Wednesday, the Front released its 14 remaining hostages to Algerian mediators. The '
     'government freed 20 rebel fighters from its jails on the same day.\n'
     '\n'
     'The agenda includes a buffer zone around Anefis and a timetable for disarming fighters, '
     'a diplomat said. "Nobody here believes a final deal is close, but nobody wants to be '
     'blamed for leaving," the diplomat added.'),
    ('2033-03-11_westgate_second-round-talks.txt',
     'New round of Mali peace talks opens under Algerian mediation\n'
     '\n'
     'ALGIERS, March 11, 2033 (Westgate Bulletin) - Negotiators for Bamako and the northern '
     'rebels met again in Algiers on Friday, resuming Algerian-led talks on a truce that came '
     'close to collapse last week.\n'
     '\n'
     'Algerian Foreign Minister Nadir Belhocine opened the session with a closed-door address '
     'to both delegations. The government delegation is led by a retired general, and the '
     "rebel team includes the Front's spokesman, Elmehdi ag Assalah.\n"
     '\n'
     'Last week, ag Assalah accused the army of breaking the truce.\n'
     '\n'
     'Last Saturday, the UN envoy for Mali, Ingrid Solheim, had appealed to both sides to hold '
     'their fire after a series of deadly attacks.\n'
     '\n'
     'The Front freed the last of its hostages on Wednesday.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('CONSULT',), '2033-03-02',
            'Mali government and Azawad Unity Front close first round of talks in Algiers'),
    'A02': (('ASSAULT',), '2033-03-03',
            'AUF mortar fire on the army camp at Anefis, Thursday evening (3, later 5 soldiers killed)'),
    'A03': (('ASSAULT',), '2033-03-04',
            'Malian army drone strike on vehicles near Tessalit (4 dead, herders or fighters)'),
    'A04': (('ACCUSE',), '2033-03-04',
            'Government spokesman Kamissoko blames the AUF for breaking the truce'),
    'A05': (('ACCUSE',), '2033-03-04',
            'AUF spokesman ag Assalah accuses Bamako/the army of tearing up the truce'),
    'A06': (('PROTEST',), '2033-03-04',
            "Hostages' families rally outside the prime minister's office in Bamako"),
    'A07': (('REQUEST',), '2033-03-05', 'UN envoy Solheim appeals to both sides to hold their fire'),
    'A08': (('CONSULT',), '2033-03-05',
            'Algerian foreign minister Belhocine visits Kidal, talks with AUF leaders'),
    'A09': (('THREATEN',), '2033-03-05',
            'AUF commander ag Ibrahim threatens to shell Anefis again if drones keep flying'),
    'A10': (('RETREAT',), '2033-03-06',
            'AUF frees nine hostages to Algerian mediators in Kidal (first stage)'),
    'A11': (('ASSAULT',), '2033-03-06', 'AUF shells the Anefis camp again late on Sunday (1 soldier killed)'),
    'A12': (('COERCE',), '2033-03-07', 'Army regional command imposes a dusk-to-dawn curfew on Anefis'),
    'A13': (('REQUEST',), '2033-03-08',
            'Foreign minister Sissoko-Berthe demands the AUF free the 14 remaining captives'),
    'A14': (('REQUEST',), '2033-03-08',
            'Defence minister Fofana-Dicko tells the AUF to hand over all remaining hostages'),
    'A15': (('RETREAT',), '2033-03-09', 'AUF frees its last 14 hostages in Kidal (second stage)'),
    'A16': (('RETREAT',), '2033-03-09', 'Mali government releases 20 jailed AUF fighters, flown to Kidal'),
    'A17': (('CONCEDE',), '2033-03-10', 'Army lifts the night curfew on Anefis'),
    'A18': (('CONSULT',), '2033-03-11', 'Second round of talks opens in Algiers under Algerian mediation'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2033-03-02_atlas_algiers-talks-first-round.txt', 'A01', 'closing a first round of talks'),
    ('2033-03-02_atlas_algiers-talks-first-round.txt', 'A01', 'spent Wednesday in a state guest house'),
    ('2033-03-02_atlas_algiers-talks-first-round.txt', 'A01', 'chaired the closing session'),
    ('2033-03-03_ridgeline_anefis-camp-shelled.txt', 'A02', 'fired mortar rounds into an army camp'),
    ('2033-03-03_ridgeline_anefis-camp-shelled.txt', 'A01', 'a day after the two sides met'),
    ('2033-03-03_ridgeline_anefis-camp-shelled.txt', 'A02', 'soldiers were wounded in the attack'),
    ('2033-03-03_ridgeline_anefis-camp-shelled.txt', 'A02', 'The shelling began shortly after dusk'),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt', 'A03', 'drone struck a cluster of vehicles'),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt', 'A05', 'accused Bamako of tearing up the truce'),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt', 'A05', 'signs truces with one hand'),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt', 'A03', 'its drone had hit a rebel logistics unit'),
    ('2033-03-04_sahelcourier_drone-strike-tessalit.txt', 'A02', "Thursday's shelling of the army camp"),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt', 'A03', 'drone struck a cluster of vehicles'),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt', 'A05', 'accused Bamako of tearing up the truce'),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt', 'A05', 'signs truces with one hand'),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt', 'A03', 'its drone had hit a rebel logistics unit'),
    ('2033-03-04_harmattan_drone-strike-tessalit.txt', 'A02', "Thursday's shelling of the army camp"),
    ('2033-03-04_crescent_bamako-blames-rebels.txt', 'A04', 'blamed the Azawad Unity Front'),
    ('2033-03-04_crescent_bamako-blames-rebels.txt', 'A02', 'rebel mortar fire on the Anefis camp'),
    ('2033-03-04_crescent_bamako-blames-rebels.txt', 'A04', 'called it a "cowardly betrayal"'),
    ('2033-03-04_crescent_bamako-blames-rebels.txt', 'A03', 'the drone strike near Tessalit on Friday'),
    ('2033-03-04_crescent_bamako-blames-rebels.txt', 'A02', "The toll from Thursday evening's attack"),
    ('2033-03-04_westgate_hostage-families-rally.txt', 'A06',
     'gathered outside the office of the prime minister'),
    ('2033-03-04_westgate_hostage-families-rally.txt', 'A06', 'The rally, the largest since'),
    ('2033-03-04_westgate_hostage-families-rally.txt', 'A06', 'Relatives sat on mats along the avenue'),
    ('2033-03-04_westgate_hostage-families-rally.txt', 'A01', 'a round of talks that ended on Wednesday'),
    ('2033-03-05_atlas_un-envoy-appeal.txt', 'A07', 'urged the government and the Azawad Unity Front'),
    ('2033-03-05_atlas_un-envoy-appeal.txt', 'A07', 'I call on both parties'),
    ('2033-03-05_atlas_un-envoy-appeal.txt', 'A02', "Thursday's mortar attack on an army camp"),
    ('2033-03-05_atlas_un-envoy-appeal.txt', 'A03', 'an army drone strike near Tessalit'),
    ('2033-03-05_ridgeline_algerian-minister-kidal.txt', 'A08', 'held talks with leaders of the Azawad'),
    ('2033-03-05_ridgeline_algerian-minister-kidal.txt', 'A08',
     "spent about four hours with the Front's leader"),
    ('2033-03-05_ridgeline_algerian-minister-kidal.txt', 'A08',
     'first Algerian minister to set foot in Kidal'),
    ('2033-03-05_ridgeline_algerian-minister-kidal.txt', 'A07', 'appealed on Saturday for both sides'),
    ('2033-03-05_crescent_rebel-commander-warning.txt', 'A09', 'warned on Saturday that his fighters'),
    ('2033-03-05_crescent_rebel-commander-warning.txt', 'A09', 'our mortars will answer'),
    ('2033-03-05_crescent_rebel-commander-warning.txt', 'A09', 'The warning came a day after'),
    ('2033-03-05_crescent_rebel-commander-warning.txt', 'A03', 'a drone strike near Tessalit that'),
    ('2033-03-05_crescent_rebel-commander-warning.txt', 'A03', 'the strike hit armed men'),
    ('2033-03-05_sahelcourier_mediator-in-kidal.txt', 'A08', 'met the leadership of the Azawad Unity Front'),
    ('2033-03-05_sahelcourier_mediator-in-kidal.txt', 'A08', 'the talks in Kidal had been'),
    ('2033-03-05_sahelcourier_mediator-in-kidal.txt', 'A09', 'threatened new attacks on the Anefis garrison'),
    ('2033-03-05_sahelcourier_mediator-in-kidal.txt', 'A03', "The army's drone strike near Tessalit"),
    ('2033-03-06_atlas_first-hostages-freed.txt', 'A10', 'freed nine of the 23 people'),
    ('2033-03-06_atlas_first-hostages-freed.txt', 'A08', "had spent several hours with the Front's leaders"),
    ('2033-03-06_atlas_first-hostages-freed.txt', 'A06',
     'several hundred relatives of the hostages had rallied'),
    ('2033-03-06_westgate_first-hostages-freed.txt', 'A10', 'freed nine of the 23 people'),
    ('2033-03-06_westgate_first-hostages-freed.txt', 'A08',
     "had spent several hours with the Front's leaders"),
    ('2033-03-06_westgate_first-hostages-freed.txt', 'A06',
     'several hundred relatives of the hostages had rallied'),
    ('2033-03-06_harmattan_families-relief.txt', 'A10', 'nine truck drivers freed by northern rebels'),
    ('2033-03-06_harmattan_families-relief.txt', 'A10', 'The men were released in Kidal'),
    ('2033-03-06_harmattan_families-relief.txt', 'A06', "had sat outside the prime minister's office"),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A11',
     'Rebel mortar rounds slammed into the army camp'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A10', 'Unity Front freed nine of its captives'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A11', 'The attack began around 11 p.m.'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A11', 'the fire had come from positions east'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A02', 'mortar fire on the same camp killed five'),
    ('2033-03-07_ridgeline_anefis-shelled-again.txt', 'A09', 'had warned that his men would shell Anefis'),
    ('2033-03-07_crescent_anefis-curfew.txt', 'A12', 'put the northern town of Anefis under'),
    ('2033-03-07_crescent_anefis-curfew.txt', 'A11', 'after rebel shelling of its camp there'),
    ('2033-03-07_crescent_anefis-curfew.txt', 'A12', 'according to an order signed by'),
    ('2033-03-07_crescent_anefis-curfew.txt', 'A11', 'The soldier killed overnight was a corporal'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt', 'A11',
     'shelled the Anefis military camp late on Sunday'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt', 'A12', 'put the town under curfew on Monday'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt', 'A11',
     'The soldier killed was a 23-year-old corporal'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt', 'A11',
     'hearing several loud blasts just before midnight'),
    ('2033-03-07_sahelcourier_truce-under-strain.txt', 'A09', 'The rebels had threatened such an attack'),
    ('2033-03-08_atlas_foreign-minister-demands.txt', 'A13', 'demanded that the Azawad Unity Front free'),
    ('2033-03-08_atlas_foreign-minister-demands.txt', 'A13', 'made the demand at a news conference'),
    ('2033-03-08_atlas_foreign-minister-demands.txt', 'A11',
     'rebel fighters shelled the army camp at Anefis'),
    ('2033-03-08_westgate_defence-minister-demand.txt', 'A14', 'told the Azawad Unity Front on Tuesday'),
    ('2033-03-08_westgate_defence-minister-demand.txt', 'A11', "killed in Sunday's shelling of Anefis"),
    ('2033-03-08_westgate_defence-minister-demand.txt', 'A14', 'Give those men back to their families'),
    ('2033-03-08_westgate_defence-minister-demand.txt', 'A13', 'had issued a similar demand'),
    ('2033-03-09_ridgeline_second-release.txt', 'A15', 'handed its last 14 captives'),
    ('2033-03-09_ridgeline_second-release.txt', 'A16', 'fighters released from prisons in Bamako and Gao'),
    ('2033-03-09_ridgeline_second-release.txt', 'A15', 'The freed hostages included the Guinean engineer'),
    ('2033-03-09_ridgeline_second-release.txt', 'A16', 'said of the prisoner release'),
    ('2033-03-09_ridgeline_second-release.txt', 'A10', 'Nine other hostages were freed on Sunday'),
    ('2033-03-09_harmattan_prisoners-freed.txt', 'A16', 'released 20 jailed members'),
    ('2033-03-09_harmattan_prisoners-freed.txt', 'A15', 'the rebels let go of the last 14'),
    ('2033-03-09_harmattan_prisoners-freed.txt', 'A16', 'Among the prisoners freed by Bamako'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A17', 'lifted the night curfew'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A12', 'it had imposed on Anefis three days earlier'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A17', 'shops could again stay open after dark'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A12', 'The curfew was ordered on Monday'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A11', 'a rebel mortar attack on the army camp'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A15', 'freed its last 14 hostages'),
    ('2033-03-10_crescent_curfew-lifted.txt', 'A16', 'The government released 20 rebel prisoners'),
    ('2033-03-10_sahelcourier_hostages-home.txt', 'A15', 'a 44-year-old driver released on Wednesday'),
    ('2033-03-10_sahelcourier_hostages-home.txt', 'A10', 'freed in the first group on Sunday'),
    ('2033-03-10_sahelcourier_hostages-home.txt', 'A17', 'the army lifted a night curfew'),
    ('2033-03-11_atlas_algiers-second-round.txt', 'A18', 'began a second round of negotiations'),
    ('2033-03-11_atlas_algiers-second-round.txt', 'A18', 'The talks began shortly after 10 a.m.'),
    ('2033-03-11_atlas_algiers-second-round.txt', 'A01', 'The first round ended on March 2'),
    ('2033-03-11_atlas_algiers-second-round.txt', 'A15', 'released its 14 remaining hostages'),
    ('2033-03-11_atlas_algiers-second-round.txt', 'A16', 'freed 20 rebel fighters from its jails'),
    ('2033-03-11_westgate_second-round-talks.txt', 'A18', 'met again in Algiers on Friday'),
    ('2033-03-11_westgate_second-round-talks.txt', 'A18', 'opened the session with a closed-door address'),
    ('2033-03-11_westgate_second-round-talks.txt', 'A05', 'ag Assalah accused the army of breaking'),
    ('2033-03-11_westgate_second-round-talks.txt', 'A07', 'had appealed to both sides to hold'),
    ('2033-03-11_westgate_second-round-talks.txt', 'A15', 'freed the last of its hostages'),
]

FLOORS = {"pairwise_f1": 0.91, "b3_f1": 0.9, "reports_found": 0.74}


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
