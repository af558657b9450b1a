"""The tenth blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: a war in North Kivu, eastern Congo, September 3-13, 2035, between the army and the Kivu Renewal
Movement (MRK) rebels. The MRK storms the town of Rutshuru (Monday); army jets bomb rebel positions around it
on Tuesday and again, three days later, on Friday; gunmen massacre villagers at Nyamilima (a toll of 14, then
17, 21 and 23), and on Thursday Kinshasa blames the MRK while the MRK blames the army and its militia allies;
the MRK stops a U.N. food convoy at Rubare and lets it through five days later; mortar fire hits the U.N. base
at Kiwanja (one peacekeeper dead, then two) and the mission's head condemns it; the U.S. envoy warns the MRK's
leaders of sanctions and the Treasury sanctions its leader five days later; an East African Community summit
in Nairobi calls for a ceasefire, the MRK declares one the next day and it is broken by fighting near Kibumba
two days after that; refugees cross into Uganda, which closes the Bunagana crossing; the army and the MRK
exchange 50 prisoners. 23 documents from 6 outlets, among them one verbatim syndicated copy and one lightly
edited copy.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives, a second only
where the codebook truly allows two readings (a border closed to refugees: SANCTION or COERCE); its date is
the day it happened. A prisoner exchange is one act of the two sides. Headlines are not reports. REPORTS lists
every body sentence that reports an act that happened, including background recaps in later reports and quotes
that tell the act, with a verbatim cue found once in its file; the syndicated and edited copies have their own
entries. Not listed: planned, promised-but-not-done, threatened-but-not-done, denied, conditional or
hypothetical acts, acts more than a year before, statistics and tallies, opinions and ongoing states ("still
holds the town"). A promise or offer is an AGREE act, a threat a THREATEN act, a demand a REQUEST act; the act
promised, threatened or demanded is not an act until it happens. No sentence reports two acts of the same
type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit 714feca (late in the fifth 2026-12-01 session, after its grouping and dating changes),
with `figures`: **pairwise F1 0.634** (precision 0.852, recall 0.505; 91 gold pairs), B-cubed F1 0.770
(precision 0.950, recall 0.648), reports_found 0.690; 53 mapped events of 16 acts in 29 incidents. The
session's starting code (24820a3): pairwise F1 0.625 (precision 0.849, recall 0.495), B-cubed F1 0.765. Held
back: its groupings were not printed or read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750 (its final code): pairwise F1
0.644 (precision 0.855, recall 0.516), B-cubed F1 0.777 (precision 0.950, recall 0.657), reports_found 0.690
(first run 0.634; the session's starting code 24820a3: 0.625). Its groupings were not printed or read.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: pairwise F1 0.625 (precision 0.849, recall 0.495), B-cubed F1 0.766 (start:
0.644, 0.855, 0.516; 0.777). Its groupings were not printed or read.
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
    ("2035-09-03_lakeside_rebels-seize-rutshuru.txt",
     "Rebels seize Rutshuru in eastern Congo offensive\n\n"
     "GOMA, September 3, 2035 (Lakeside Courier) - Fighters of the Kivu Renewal Movement (MRK) captured "
     "the town of Rutshuru in Congo's North Kivu province on Monday after a dawn assault that sent "
     "thousands of residents streaming south toward Goma.\n\n"
     "Witnesses said columns of rebels came down from the hills at about 5 a.m. and overran an army "
     "position at the northern entrance of the town within two hours. By midday the movement's green "
     "banner hung from the territorial administrator's office, two residents reached by telephone said.\n\n"
     '"We left everything, even the pots on the fire," said Esperance Mukamana, a trader who reached Goma '
     "on foot. The rebels attacked from three directions, residents said, shelling the town centre before "
     "moving in on foot.\n\n"
     "The MRK, which says it defends Congolese Tutsi communities, first took up arms in 2031 and has "
     "fought the army on and off ever since. Rutshuru sits on the main road linking Goma to the Ugandan "
     "frontier at Bunagana, a route used by traders and by relief agencies supplying about 300,000 "
     "displaced people in the area.\n\n"
     "The U.N. humanitarian office said at least 25,000 people had left the town and surrounding villages "
     "by Monday afternoon."),
    ("2035-09-03_riftvalley_rutshuru-falls-to-mrk.txt",
     "Congo rebels take key North Kivu town\n\n"
     "KINSHASA, September 3, 2035 (Rift Valley Wire) - Rebels of the MRK movement took control of "
     "Rutshuru, a strategic town 70 km north of Goma, on Monday, according to the group and local "
     "officials.\n\n"
     "In an online statement, MRK spokesman Bertrand Mugisha said his fighters had driven out government "
     "troops by late morning. Residents said the rebels entered the town centre by 9 a.m. after brief "
     "exchanges of fire with soldiers. A provincial official who requested anonymity confirmed the fall of "
     "the town.\n\n"
     "Government spokesman Heritier Mbala told journalists in Kinshasa that the situation was being "
     "assessed and that he would say more on Tuesday.\n\n"
     "Fighting in the province has uprooted some 1.2 million people since 2031, according to U.N. figures. "
     "Analysts said holding Rutshuru would give the rebels a share of the customs revenue collected at the "
     "Bunagana crossing, worth several million dollars a month.\n\n"
     '"Whoever holds that road holds the whole north of the province," said Claude Birindwa of the Great '
     "Lakes Policy Centre in Kampala."),
    ("2035-09-04_granite_jets-strike-rebels-near-rutshuru.txt",
     "Congo army jets bomb rebel positions around Rutshuru\n\n"
     "GOMA, September 4, 2035 (Granite News Service) - Congolese military aircraft bombed rebel positions "
     "in the hills around Rutshuru on Tuesday, army and rebel sources said.\n\n"
     'Army spokesman Lieutenant-Colonel Guy Kasongo said two Sukhoi jets had hit "enemy concentrations" at '
     "Kalengera and along the road to Kiwanja. The MRK said the raids killed six civilians and destroyed a "
     "primary school, a claim that could not be independently checked.\n\n"
     "The rebels took Rutshuru on Monday after a morning of heavy fighting.\n\n"
     'Kasongo said the army\'s lines north of Goma were "solid" and that the provincial capital faced no '
     "danger.\n\n"
     "At Kanyaruchinya camp on the edge of Goma, newly arrived families were sleeping in the open, aid "
     "workers said. The conflict has roots in quarrels over land and citizenship that go back to the 1990s."),
    ("2035-09-04_horizon_thousands-cross-into-uganda.txt",
     "Thousands flee Congo fighting into Uganda\n\n"
     "KISORO, September 4, 2035 (Horizon Wire Service) - More than 6,000 Congolese have entered Uganda "
     "through the Bunagana border post in 48 hours, Ugandan officials said on Tuesday, as fighting spread "
     "around the rebel-held town of Rutshuru.\n\n"
     "Many of the new arrivals said they had left after the Kivu Renewal Movement stormed Rutshuru on "
     "Monday morning. Others said they fled on Tuesday when government warplanes struck near their "
     "villages.\n\n"
     '"The planes came twice, very low, and we took the children and ran," said Jean-Pierre Habimana, 41, '
     "who arrived with seven children.\n\n"
     "Uganda's refugee office said a transit centre at Nyakabande, built for 2,000 people, now held more "
     "than three times that number. UNHCR, the U.N. refugee body, said water and sanitation at the site "
     "were its most urgent worry.\n\n"
     "Uganda hosts about 1.7 million refugees, more than any other African country, and kept its frontier "
     "open through earlier waves of arrivals from Congo."),
    ("2035-09-05_savanna_villagers-killed-in-nyamilima.txt",
     "At least 14 villagers killed in eastern Congo attack\n\n"
     "GOMA, September 5, 2035 (Savanna Post) - Gunmen killed at least 14 villagers, four of them children, "
     "in an attack before dawn on Wednesday on Nyamilima in Congo's Rutshuru territory, local officials "
     "said.\n\n"
     "Residents said the attackers went from house to house with machetes and rifles and set fire to a "
     "dozen homes before leaving at around four in the morning. A survivor, Marie Kahambu, said the men "
     "shot her husband in the doorway of their home. It was not clear who was behind the raid.\n\n"
     '"We buried them this afternoon, in one grave, because there was nobody left to dig more," said a '
     "village chief, Faustin Kambale.\n\n"
     "Nyamilima lies about 40 km northeast of Rutshuru, in an area contested by MRK rebels, the army and "
     "several local militias. Civil society leaders in the territory said the toll could rise as searches "
     "went on in the surrounding fields.\n\n"
     "On Tuesday, Congolese jets bombed rebel positions near Rutshuru for the first time this year."),
    ("2035-09-05_lakeside_rebels-turn-back-aid-trucks.txt",
     "Rebels halt aid trucks bound for displaced in Rutshuru\n\n"
     "GOMA, September 5, 2035 (Lakeside Courier) - MRK rebels stopped a convoy of 22 aid trucks at a "
     "checkpoint near Rubare on Wednesday and ordered it back to Goma, according to the WFP, the U.N. food "
     "agency.\n\n"
     "The trucks carried about 400 tonnes of maize flour, beans and cooking oil for families who fled the "
     "fighting around Rutshuru. WFP spokeswoman Nadia Olsen said the drivers were held for four hours and "
     'the fighters asked for a "fee" on each vehicle before turning them away.\n\n'
     '"People in the camps already eat once a day, and every day these trucks sit in Goma makes that '
     'worse," Olsen said.\n\n'
     "Separately, officials said gunmen had killed 17 villagers before dawn on Wednesday in Nyamilima, in "
     "the same territory."),
    ("2035-09-05_riftvalley_toll-climbs-as-aid-blocked.txt",
     "Toll in Congo village massacre climbs to 17 as aid is blocked\n\n"
     "GOMA, September 5, 2035 (Rift Valley Wire) - The number of villagers killed in Wednesday's pre-dawn "
     "raid on Nyamilima in eastern Congo rose to 17, a local rights group said, as rebels blocked food aid "
     "heading into the area.\n\n"
     "The Rutshuru Civil Society Forum said the dead included seven women and five children and that some "
     'had been shot as they tried to run into the banana groves. "These were farmers, nothing more," said '
     "the forum's president, Jeanine Kavira.\n\n"
     "On the road north of Goma, MRK fighters turned back a 22-truck food convoy at Rubare, the World Food "
     "Programme reported. The agency said about 120,000 displaced people in Rutshuru territory rely on its "
     "deliveries.\n\n"
     "Neither the army nor the MRK has said anything about who was responsible for the killings. North "
     "Kivu has seen dozens of massacres of civilians since the late 1990s, and few have ever been solved."),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt",
     "Congo government and rebels blame each other for Nyamilima massacre\n\n"
     "KINSHASA, September 6, 2035 (Granite News Service) - Congo's government on Thursday accused MRK "
     "rebels of carrying out the slaughter of villagers in Nyamilima, in North Kivu province.\n\n"
     'Government spokesman Heritier Mbala said the "terrorists of the MRK" had attacked the village '
     "because its people refused to join them. The toll from the pre-dawn attack on Wednesday has risen to "
     "21 dead, provincial authorities said, up from 17 a day earlier.\n\n"
     "In a statement issued from Rutshuru, MRK spokesman Bertrand Mugisha said the killings were the work "
     'of government soldiers and allied Raia militiamen. "Kinshasa kills its own people and then points at '
     'us," Mugisha said.\n\n'
     "Survivors interviewed by local journalists gave conflicting accounts of the attackers' uniforms and "
     "language. At least 30 massacres of civilians have been recorded in the province since 2030, "
     "according to a U.N. tally.\n\n"
     "East African leaders are due to meet in Nairobi on Saturday to discuss the war."),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt",
     "Congo government and rebels blame each other for Nyamilima massacre\n\n"
     "KINSHASA, September 6, 2035 (Continental Bulletin) - Congo's government on Thursday accused MRK "
     "rebels of carrying out the slaughter of villagers in Nyamilima, in North Kivu province.\n\n"
     'Government spokesman Heritier Mbala said the "terrorists of the MRK" had attacked the village '
     "because its people refused to join them. The toll from the pre-dawn attack on Wednesday has risen to "
     "21 dead, provincial authorities said, up from 17 a day earlier.\n\n"
     "In a statement issued from Rutshuru, MRK spokesman Bertrand Mugisha said the killings were the work "
     'of government soldiers and allied Raia militiamen. "Kinshasa kills its own people and then points at '
     'us," Mugisha said.\n\n'
     "Survivors interviewed by local journalists gave conflicting accounts of the attackers' uniforms and "
     "language. At least 30 massacres of civilians have been recorded in the province since 2030, "
     "according to a U.N. tally.\n\n"
     "East African leaders are due to meet in Nairobi on Saturday to discuss the war.\n\n"
     "Granite News Service first put out this story."),
    ("2035-09-06_horizon_un-base-shelled-in-kiwanja.txt",
     "Peacekeeper killed as shells hit U.N. base in eastern Congo\n\n"
     "GOMA, September 6, 2035 (Horizon Wire Service) - Mortar shells struck a United Nations base at "
     "Kiwanja in eastern Congo on Thursday, killing a Nepalese peacekeeper and wounding three others, the "
     "U.N. mission said.\n\n"
     "At least eight rounds landed inside the perimeter shortly after 6 a.m., fired from hills held by the "
     "Kivu Renewal Movement (MRK), according to a U.N. official. U.N. officials said the mortars were "
     "fired at dawn from a ridge about 4 km east of the base.\n\n"
     'Ingrid Solvang, who heads the U.N. mission, condemned the shelling as "a deliberate attack on those '
     'who are here to protect civilians." There was no immediate word from the MRK, whose spokesman was '
     "not answering his phone.\n\n"
     "Kiwanja lies about 3 km east of Rutshuru, and the base there shelters some 2,000 displaced "
     "civilians. About 14,000 U.N. troops and police remain in Congo, down from more than 17,000 a decade "
     "ago."),
    ("2035-09-06_lakeside_peacekeeper-killed-at-kiwanja.txt",
     "Nepalese peacekeeper dies in mortar fire on Kiwanja camp\n\n"
     "GOMA, September 6, 2035 (Lakeside Courier) - A soldier from Nepal serving with the U.N. was killed "
     "on Thursday when rebel mortar rounds hit the U.N. camp at Kiwanja, north of Goma, the world body's "
     "mission in Congo said.\n\n"
     "Three other soldiers, one in serious condition, were flown to a hospital in Goma by helicopter. The "
     "rounds came from the direction of hills held by MRK fighters, said Major Suresh Adhikari, the "
     "battalion's deputy commander.\n\n"
     '"Our soldiers came here for Congolese families, not for any side," Adhikari said.\n\n'
     "The camp sits beside the road from Rutshuru to the Ugandan border and also shelters about 2,000 "
     "civilians. In Nairobi, the Kenyan foreign ministry said Saturday's summit of East African leaders "
     "would go ahead."),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt",
     "Congo launches fresh air strikes on rebel-held Rutshuru\n\n"
     "GOMA, September 7, 2035 (Rift Valley Wire) - Congolese warplanes struck MRK positions on the "
     "outskirts of Rutshuru on Friday afternoon, residents and the army said, in the second round of air "
     "raids this week.\n\n"
     "Lieutenant-Colonel Guy Kasongo, the army spokesman, said the jets targeted a rebel command post and "
     "an ammunition depot near the hospital road. The first strikes, on Tuesday, hit rebel positions at "
     "Kalengera, south of the town.\n\n"
     "The MRK said Friday's bombing killed three civilians at a market.\n\n"
     "Kinshasa on Thursday blamed MRK fighters for the killing of villagers at Nyamilima.\n\n"
     "A second Nepalese peacekeeper died on Friday of wounds suffered when mortar rounds hit the U.N. base "
     "at Kiwanja the previous day, bringing the toll from that attack to two.\n\n"
     "Diplomats in Kinshasa said the government hoped to retake the town before Saturday's summit in "
     "Nairobi."),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt",
     "U.S. warns Congo rebel leaders of sanctions after peacekeeper deaths\n\n"
     "WASHINGTON, September 7, 2035 (Granite News Service) - The United States on Friday warned leaders of "
     "Congo's MRK rebel movement that they would face sanctions unless the group pulled back from Rutshuru "
     "and stopped attacking civilians.\n\n"
     '"Those who command these forces will be held personally responsible, and we are ready to use every '
     'tool we have," U.S. special envoy for the Great Lakes Daniel Ashworth told reporters.\n\n'
     "Ashworth pointed to the slaughter of 23 villagers at Nyamilima on Wednesday, the toll now given by "
     "local officials. He also cited Thursday's shelling of the U.N. base at Kiwanja, in which two "
     "Nepalese peacekeepers have now died.\n\n"
     "He did not say which MRK leaders could be targeted. Washington has placed more than a dozen "
     "Congolese militia commanders under sanctions since 2008.\n\n"
     "In Congo, the air force bombed rebel positions outside Rutshuru again on Friday."),
    ("2035-09-08_horizon_east-african-leaders-urge-ceasefire.txt",
     "East African leaders call for immediate ceasefire in eastern Congo\n\n"
     "NAIROBI, September 8, 2035 (Horizon Wire Service) - East African heads of state meeting in Nairobi "
     "on Saturday called for an immediate truce across eastern Congo and for all armed groups to stop "
     "attacking civilians.\n\n"
     "The one-day summit of the East African Community, chaired by Kenyan President Joseph Mwangangi, was "
     "attended by the leaders of Congo, Uganda, Rwanda, Burundi and Tanzania. The final communique said "
     'the truce should take effect "without delay" and be monitored by officers from the bloc\'s member '
     "states.\n\n"
     '"There is no military answer to this war, and everyone in that room knows it," Mwangangi said at a '
     "news briefing once the talks ended. Representatives of the Kivu Renewal Movement were not "
     "invited.\n\n"
     "The bloc deployed a regional force to eastern Congo in 2022 but withdrew it a year later after "
     "Kinshasa complained that it was not fighting the rebels. About 60,000 people have been displaced "
     "around Rutshuru in the past week, according to the U.N."),
    ("2035-09-08_savanna_leaders-urge-congo-ceasefire.txt",
     "East African leaders urge immediate truce in eastern Congo\n\n"
     "NAIROBI, September 8, 2035 (Savanna Post) - East African leaders meeting in Nairobi on Saturday "
     "called for an immediate truce across eastern Congo and for all armed groups to stop attacking "
     "civilians.\n\n"
     "The day-long summit of the East African Community, chaired by Kenyan President Joseph Mwangangi, was "
     "attended by the leaders of Congo, Uganda, Rwanda, Burundi and Tanzania. Their final communique said "
     'the truce should take effect "without delay" and be monitored by officers from the bloc\'s member '
     "states.\n\n"
     '"There is no military answer to this war, and everyone in that room knows it," Mwangangi told '
     "reporters once the talks ended. Representatives of the Kivu Renewal Movement were not invited.\n\n"
     "Some 60,000 people have been displaced around Rutshuru in the past week, according to the United "
     "Nations."),
    ("2035-09-09_lakeside_mrk-declares-truce.txt",
     "Congo's MRK rebels announce ceasefire after regional summit\n\n"
     "GOMA, September 9, 2035 (Lakeside Courier) - The Kivu Renewal Movement on Sunday declared a "
     "unilateral truce across North Kivu, a day after East African leaders demanded an end to the "
     "fighting.\n\n"
     "In a statement signed by its leader, Olivier Sebuhoro, the group said its fighters would halt "
     "offensive operations from midnight and hold their current positions.\n\n"
     'Government spokesman Heritier Mbala said Kinshasa would "judge the rebels by what they do, not by '
     'what they write." On Thursday the movement had blamed government troops and their militia allies for '
     "the massacre at Nyamilima.\n\n"
     "The army carried out a second round of air strikes on Rutshuru on Friday.\n\n"
     "Earlier truces between the army and armed groups in the province, in 2029 and 2032, fell apart "
     "within weeks. Aid agencies said they hoped to send convoys north as early as Monday."),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt",
     "First food convoy in a week reaches rebel-held Rutshuru\n\n"
     "GOMA, September 10, 2035 (Rift Valley Wire) - MRK rebels allowed a convoy of U.N. food trucks to "
     "pass their checkpoint at Rubare on Monday, letting aid into the Rutshuru area after a five-day "
     "blockade.\n\n"
     "The 22 trucks, the same ones that fighters turned away at the checkpoint last Wednesday, reached "
     "Rutshuru by early afternoon, the World Food Programme said. WFP country director Marta Oyelaran said "
     "the rebels had dropped their demand for a payment on each truck.\n\n"
     "On Sunday, the MRK declared a unilateral truce after a regional summit in Nairobi. Residents and a "
     "U.N. official said the guns had largely stayed silent on Monday.\n\n"
     "Oyelaran said the agency needed at least 60 more truckloads to reach all the displaced in the "
     "territory."),
    ("2035-09-11_granite_fighting-shatters-truce.txt",
     "Fighting near Kibumba shatters two-day-old truce in eastern Congo\n\n"
     "GOMA, September 11, 2035 (Granite News Service) - Congolese soldiers and MRK rebels fought for "
     "several hours near Kibumba, 25 km north of Goma, on Tuesday, breaking a ceasefire the rebels had "
     "declared only two days earlier.\n\n"
     "Residents of Kibumba said mortar fire continued until mid-afternoon and that dozens of families fled "
     "toward Goma. It was not clear which side fired first.\n\n"
     'Army spokesman Guy Kasongo said troops had "repelled an attack" on their lines. The MRK\'s Bertrand '
     'Mugisha said the army had launched the assault and that the movement\'s truce was "now under '
     'review."\n\n'
     "A doctor at the Kibumba health centre said four soldiers and two civilians were brought in with "
     "gunshot wounds. Goma, a city of about two million people, fell briefly to rebels in 2012 and again "
     "in 2025."),
    ("2035-09-11_horizon_uganda-shuts-bunagana-border.txt",
     "Uganda closes Bunagana crossing as Congolese refugees pour in\n\n"
     "KAMPALA, September 11, 2035 (Horizon Wire Service) - Uganda closed its Bunagana border crossing with "
     "Congo on Tuesday, saying its transit centres could take no more refugees after some 14,000 people "
     "arrived in a week.\n\n"
     'Internal Affairs Minister Rose Atim told parliament that she had ordered the crossing shut "until '
     'further notice." UNHCR said about 3,000 people were stranded on the Congolese side on Tuesday '
     "evening.\n\n"
     '"Most of the people waiting at the gate are women and small children," said UNHCR spokeswoman Sophie '
     "Marchetti.\n\n"
     "Also on Tuesday, the army and MRK rebels clashed near Kibumba, north of Goma, despite a ceasefire "
     "the rebels declared on Sunday.\n\n"
     "Uganda last shut a crossing with Congo in 2020, during the COVID-19 pandemic."),
    ("2035-09-11_lakeside_refugees-stranded-at-bunagana.txt",
     "Refugees stranded as Uganda seals border\n\n"
     "KISORO, September 11, 2035 (Lakeside Courier) - Ugandan authorities sealed the Bunagana border post "
     "on Tuesday morning, leaving thousands of Congolese families who had walked for days stuck on the far "
     "side of the barrier.\n\n"
     "About 200 people reached the gate shortly after it was shut and sat down on the road to wait, a "
     'Lakeside Courier reporter saw. "We ran from the bombs and now there is a wall," said Claudine Uwase, '
     "29, holding her baby.\n\n"
     "Kampala's decision to shut the crossing follows a week in which some 14,000 people crossed into the "
     "district. Ugandan officials said the transit centre at Nyakabande had been holding nearly five times "
     "its capacity.\n\n"
     "Aid workers said food and clean water were running short on the Congolese side, where there is no "
     "camp. Police at the post said they had orders from Kampala to let no one through, including the "
     "sick.\n\n"
     "Inside Congo, soldiers and MRK fighters battled near Kibumba the same day."),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt",
     "U.S. imposes sanctions on Congo rebel leader Sebuhoro\n\n"
     "WASHINGTON, September 12, 2035 (Continental Bulletin) - The U.S. Treasury on Wednesday imposed "
     "sanctions on Olivier Sebuhoro, the leader of Congo's Kivu Renewal Movement, freezing any assets he "
     "holds under U.S. jurisdiction.\n\n"
     "The Treasury said Sebuhoro's name had been added to its list of blocked persons. Washington's envoy "
     "for the Great Lakes, Daniel Ashworth, had warned on Friday that the group's leaders would face "
     "sanctions.\n\n"
     "Sebuhoro, 52, has led the MRK since it took up arms in 2031. His movement captured Rutshuru on "
     "September 3 and still holds the town.\n\n"
     "Mortar fire from MRK-held hills killed two Nepalese peacekeepers at the U.N. base in Kiwanja last "
     "Thursday.\n\n"
     "An MRK spokesman, Bertrand Mugisha, said the measures would change nothing on the ground. The "
     "European Union is weighing similar steps, diplomats in Brussels said."),
    ("2035-09-13_riftvalley_prisoners-swapped-near-goma.txt",
     "Congo army and MRK rebels swap prisoners\n\n"
     "GOMA, September 13, 2035 (Rift Valley Wire) - Congo's army and MRK rebels exchanged 50 prisoners on "
     "Thursday at Kibumba, north of Goma, in a swap overseen by the Red Cross.\n\n"
     "The rebels freed 31 captured soldiers and the army released 19 MRK fighters, who were driven across "
     "the front line in white Red Cross vehicles.\n\n"
     '"It is a small step, but for fifty families it is everything," said Tobias Wenger, the head of the '
     "Red Cross delegation in Goma.\n\n"
     "Kibumba saw heavy fighting between the two sides on Tuesday, 48 hours after the rebels declared a "
     "ceasefire. Most of the freed soldiers appeared thin but able to walk, a Rift Valley Wire reporter at "
     "the scene said.\n\n"
     "Some 200 soldiers are believed to be in MRK hands, according to human rights groups."),
    ("2035-09-13_granite_fifty-captives-go-home.txt",
     "Fifty captives go home in Congo prisoner exchange\n\n"
     "GOMA, September 13, 2035 (Granite News Service) - Thirty-one Congolese soldiers held by the Kivu "
     "Renewal Movement and 19 rebel fighters in army custody were handed over at Kibumba on Thursday in an "
     "exchange brokered by the Red Cross.\n\n"
     "The handover came two days after government troops and MRK fighters clashed in the same area. On "
     "Wednesday, the United States froze any U.S. assets of the movement's leader, Olivier Sebuhoro.\n\n"
     "Relatives waited for hours at the roadside, and several mothers wept as buses carrying the soldiers "
     'pulled into a military camp outside Goma. "My son was gone for four months; I had already bought the '
     'cloth for his funeral," said Odette Kahindo.\n\n'
     "The war in North Kivu has killed more than 1,500 people this year, according to a tally by local "
     "rights groups."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2035-09-03", "MRK rebels storm and capture Rutshuru"),
    "A02": (("ASSAULT",), "2035-09-04", "army jets bomb MRK positions at Kalengera (first strikes)"),
    "A03": (("ASSAULT",), "2035-09-05", "gunmen massacre villagers at Nyamilima (14, 17, 21, 23)"),
    "A04": (("COERCE",), "2035-09-05", "MRK stops a 22-truck WFP convoy at Rubare, turns it back"),
    "A05": (("ACCUSE",), "2035-09-06", "Kinshasa (spokesman Mbala) blames the MRK for the massacre"),
    "A06": (("ACCUSE",), "2035-09-06", "MRK (Mugisha) blames the army and Raia militia for it"),
    "A07": (("ASSAULT",), "2035-09-06", "MRK mortars hit the U.N. base at Kiwanja (1, then 2 dead)"),
    "A08": (("ACCUSE",), "2035-09-06", "U.N. mission head Solvang condemns the Kiwanja shelling"),
    "A09": (("THREATEN",), "2035-09-07", "U.S. envoy Ashworth warns MRK leaders of sanctions"),
    "A10": (("ASSAULT",), "2035-09-07", "army jets strike MRK posts outside Rutshuru (second round)"),
    "A11": (("CONSULT",), "2035-09-08", "East African Community summit in Nairobi"),
    "A12": (("REQUEST",), "2035-09-08", "the EAC summit calls for an immediate ceasefire"),
    "A13": (("CONCEDE",), "2035-09-09", "MRK declares a unilateral ceasefire"),
    "A14": (("CONCEDE",), "2035-09-10", "MRK lets the WFP convoy through its Rubare checkpoint"),
    "A15": (("ASSAULT",), "2035-09-11", "army and MRK clash near Kibumba, breaking the truce"),
    "A16": (("SANCTION", "COERCE"), "2035-09-11", "Uganda closes the Bunagana crossing to refugees"),
    "A17": (("SANCTION",), "2035-09-12", "U.S. Treasury sanctions MRK leader Sebuhoro"),
    "A18": (("RETREAT",), "2035-09-13", "army and MRK exchange 50 prisoners at Kibumba"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-09-03_lakeside_rebels-seize-rutshuru.txt", "A01", "captured the town of Rutshuru"),
    ("2035-09-03_lakeside_rebels-seize-rutshuru.txt", "A01", "overran an army position"),
    ("2035-09-03_lakeside_rebels-seize-rutshuru.txt", "A01", "attacked from three directions"),
    ("2035-09-03_riftvalley_rutshuru-falls-to-mrk.txt", "A01", "took control of Rutshuru"),
    ("2035-09-03_riftvalley_rutshuru-falls-to-mrk.txt", "A01", "had driven out government troops"),
    ("2035-09-03_riftvalley_rutshuru-falls-to-mrk.txt", "A01", "entered the town centre by 9 a.m."),
    ("2035-09-03_riftvalley_rutshuru-falls-to-mrk.txt", "A01", "confirmed the fall of the town"),
    ("2035-09-04_granite_jets-strike-rebels-near-rutshuru.txt",
     "A02", "military aircraft bombed rebel positions"),
    ("2035-09-04_granite_jets-strike-rebels-near-rutshuru.txt", "A02", "at Kalengera and along the road"),
    ("2035-09-04_granite_jets-strike-rebels-near-rutshuru.txt", "A02", "said the raids killed six civilians"),
    ("2035-09-04_granite_jets-strike-rebels-near-rutshuru.txt", "A01", "The rebels took Rutshuru on Monday"),
    ("2035-09-04_horizon_thousands-cross-into-uganda.txt", "A01", "stormed Rutshuru on Monday morning"),
    ("2035-09-04_horizon_thousands-cross-into-uganda.txt",
     "A02", "government warplanes struck near their villages"),
    ("2035-09-04_horizon_thousands-cross-into-uganda.txt", "A02", "The planes came twice, very low"),
    ("2035-09-05_savanna_villagers-killed-in-nyamilima.txt", "A03", "Gunmen killed at least 14 villagers"),
    ("2035-09-05_savanna_villagers-killed-in-nyamilima.txt", "A03", "went from house to house"),
    ("2035-09-05_savanna_villagers-killed-in-nyamilima.txt", "A03", "shot her husband in the doorway"),
    ("2035-09-05_savanna_villagers-killed-in-nyamilima.txt",
     "A02", "Congolese jets bombed rebel positions near Rutshuru"),
    ("2035-09-05_lakeside_rebels-turn-back-aid-trucks.txt", "A04", "stopped a convoy of 22 aid trucks"),
    ("2035-09-05_lakeside_rebels-turn-back-aid-trucks.txt", "A04", "the drivers were held for four hours"),
    ("2035-09-05_lakeside_rebels-turn-back-aid-trucks.txt", "A03", "had killed 17 villagers before dawn"),
    ("2035-09-05_riftvalley_toll-climbs-as-aid-blocked.txt",
     "A03", "villagers killed in Wednesday's pre-dawn raid"),
    ("2035-09-05_riftvalley_toll-climbs-as-aid-blocked.txt", "A04", "as rebels blocked food aid"),
    ("2035-09-05_riftvalley_toll-climbs-as-aid-blocked.txt", "A03", "some had been shot as they tried"),
    ("2035-09-05_riftvalley_toll-climbs-as-aid-blocked.txt", "A04", "turned back a 22-truck food convoy"),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt", "A05", "accused MRK rebels of carrying out"),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt", "A05", "had attacked the village because its"),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt",
     "A03", "toll from the pre-dawn attack on Wednesday"),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt", "A06", "the work of government soldiers"),
    ("2035-09-06_granite_kinshasa-and-rebels-trade-blame.txt", "A06", "kills its own people and then points"),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt",
     "A05", "accused MRK rebels of carrying out"),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt",
     "A05", "had attacked the village because its"),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt",
     "A03", "toll from the pre-dawn attack on Wednesday"),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt", "A06", "the work of government soldiers"),
    ("2035-09-06_continental_kinshasa-and-rebels-trade-blame.txt",
     "A06", "kills its own people and then points"),
    ("2035-09-06_horizon_un-base-shelled-in-kiwanja.txt",
     "A07", "Mortar shells struck a United Nations base"),
    ("2035-09-06_horizon_un-base-shelled-in-kiwanja.txt", "A07", "At least eight rounds landed inside"),
    ("2035-09-06_horizon_un-base-shelled-in-kiwanja.txt", "A07", "the mortars were fired at dawn"),
    ("2035-09-06_horizon_un-base-shelled-in-kiwanja.txt", "A08", "condemned the shelling as"),
    ("2035-09-06_lakeside_peacekeeper-killed-at-kiwanja.txt", "A07", "rebel mortar rounds hit the U.N. camp"),
    ("2035-09-06_lakeside_peacekeeper-killed-at-kiwanja.txt", "A07", "The rounds came from the direction"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt",
     "A10", "warplanes struck MRK positions on the outskirts"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt", "A10", "the jets targeted a rebel command post"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt", "A02", "The first strikes, on Tuesday"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt",
     "A10", "said Friday's bombing killed three civilians"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt", "A05", "blamed MRK fighters for the killing"),
    ("2035-09-07_riftvalley_jets-return-over-rutshuru.txt", "A07", "when mortar rounds hit the U.N. base"),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt",
     "A09", "warned leaders of Congo's MRK rebel movement"),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt", "A09", "will be held personally responsible"),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt",
     "A03", "the slaughter of 23 villagers at Nyamilima"),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt", "A07", "Thursday's shelling of the U.N. base"),
    ("2035-09-07_granite_us-envoy-warns-mrk-leaders.txt",
     "A10", "air force bombed rebel positions outside Rutshuru"),
    ("2035-09-08_horizon_east-african-leaders-urge-ceasefire.txt",
     "A11", "heads of state meeting in Nairobi"),
    ("2035-09-08_horizon_east-african-leaders-urge-ceasefire.txt", "A12", "called for an immediate truce"),
    ("2035-09-08_horizon_east-african-leaders-urge-ceasefire.txt",
     "A11", "was attended by the leaders of Congo"),
    ("2035-09-08_horizon_east-african-leaders-urge-ceasefire.txt",
     "A12", "The final communique said the truce"),
    ("2035-09-08_savanna_leaders-urge-congo-ceasefire.txt", "A11", "leaders meeting in Nairobi on Saturday"),
    ("2035-09-08_savanna_leaders-urge-congo-ceasefire.txt", "A12", "called for an immediate truce"),
    ("2035-09-08_savanna_leaders-urge-congo-ceasefire.txt", "A11", "was attended by the leaders of Congo"),
    ("2035-09-08_savanna_leaders-urge-congo-ceasefire.txt", "A12", "Their final communique said the truce"),
    ("2035-09-09_lakeside_mrk-declares-truce.txt", "A13", "declared a unilateral truce across North Kivu"),
    ("2035-09-09_lakeside_mrk-declares-truce.txt", "A12", "demanded an end to the fighting"),
    ("2035-09-09_lakeside_mrk-declares-truce.txt", "A13", "signed by its leader, Olivier Sebuhoro"),
    ("2035-09-09_lakeside_mrk-declares-truce.txt", "A10", "a second round of air strikes on Rutshuru"),
    ("2035-09-09_lakeside_mrk-declares-truce.txt",
     "A06", "blamed government troops and their militia allies"),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt", "A14", "allowed a convoy of U.N. food trucks"),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt",
     "A04", "fighters turned away at the checkpoint last Wednesday"),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt", "A14", "dropped their demand for a payment"),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt", "A13", "On Sunday, the MRK declared"),
    ("2035-09-10_riftvalley_aid-convoy-reaches-rutshuru.txt", "A11", "after a regional summit in Nairobi"),
    ("2035-09-11_granite_fighting-shatters-truce.txt", "A15", "fought for several hours near Kibumba"),
    ("2035-09-11_granite_fighting-shatters-truce.txt", "A13", "a ceasefire the rebels had declared"),
    ("2035-09-11_granite_fighting-shatters-truce.txt", "A15", "mortar fire continued until mid-afternoon"),
    ("2035-09-11_granite_fighting-shatters-truce.txt", "A15", "repelled an attack"),
    ("2035-09-11_granite_fighting-shatters-truce.txt", "A15", "the army had launched the assault"),
    ("2035-09-11_horizon_uganda-shuts-bunagana-border.txt",
     "A16", "Uganda closed its Bunagana border crossing"),
    ("2035-09-11_horizon_uganda-shuts-bunagana-border.txt", "A16", "she had ordered the crossing shut"),
    ("2035-09-11_horizon_uganda-shuts-bunagana-border.txt",
     "A15", "the army and MRK rebels clashed near Kibumba"),
    ("2035-09-11_horizon_uganda-shuts-bunagana-border.txt",
     "A13", "a ceasefire the rebels declared on Sunday"),
    ("2035-09-11_lakeside_refugees-stranded-at-bunagana.txt",
     "A16", "Ugandan authorities sealed the Bunagana border post"),
    ("2035-09-11_lakeside_refugees-stranded-at-bunagana.txt",
     "A16", "Kampala's decision to shut the crossing"),
    ("2035-09-11_lakeside_refugees-stranded-at-bunagana.txt", "A16", "had orders from Kampala to let no one"),
    ("2035-09-11_lakeside_refugees-stranded-at-bunagana.txt",
     "A15", "soldiers and MRK fighters battled near Kibumba"),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt", "A17", "imposed sanctions on Olivier Sebuhoro"),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt", "A17", "added to its list of blocked persons"),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt",
     "A09", "had warned on Friday that the group's leaders"),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt",
     "A01", "His movement captured Rutshuru on September 3"),
    ("2035-09-12_continental_us-sanctions-sebuhoro.txt",
     "A07", "killed two Nepalese peacekeepers at the U.N."),
    ("2035-09-13_riftvalley_prisoners-swapped-near-goma.txt", "A18", "exchanged 50 prisoners on Thursday"),
    ("2035-09-13_riftvalley_prisoners-swapped-near-goma.txt", "A18", "freed 31 captured soldiers"),
    ("2035-09-13_riftvalley_prisoners-swapped-near-goma.txt",
     "A15", "saw heavy fighting between the two sides"),
    ("2035-09-13_riftvalley_prisoners-swapped-near-goma.txt", "A13", "48 hours after the rebels declared"),
    ("2035-09-13_granite_fifty-captives-go-home.txt", "A18", "were handed over at Kibumba on Thursday"),
    ("2035-09-13_granite_fifty-captives-go-home.txt", "A18", "The handover came two days after"),
    ("2035-09-13_granite_fifty-captives-go-home.txt", "A15", "MRK fighters clashed in the same area"),
    ("2035-09-13_granite_fifty-captives-go-home.txt", "A17", "the United States froze any U.S. assets"),
]

FLOORS = {"pairwise_f1": 0.74, "b3_f1": 0.82, "reports_found": 0.66}


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
