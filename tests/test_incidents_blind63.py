"""Blind incident batch 63: the insurgency in Mozambique's Cabo Delgado province over ten days (March 10-19, 2035).

Twenty-five synthetic news documents from six invented outlets (Indico Press Agency, Kestrel Wire, Meridian
Dispatch, Baobab Radio News, Southern Lattice News, Rovuma Courier) follow one crisis: insurgents storm the district
town of Macomia and abduct residents, Rwandan and Mozambican troops retake it, the air force strikes near Chai and
later near Quissanga, families flee, WFP and MSF suspend work, a gas operator warns and then halts its Afungi
project, Mozambique and Tanzania summon each other's envoys, SADC and the EU respond, a journalist is detained and
freed, a curfew is imposed and lifted, and nine hostages are released. The gold holds 30 acts (first types: ASSAULT
5, ACCUSE 4, REQUEST 4, SANCTION 3, CONCEDE/RETREAT 3, COERCE 2, PROTEST 2, AGREE 2, AID 2, THREATEN 1, MOBILIZE 1,
CONSULT 1) reported by 99 sentences. One document is a verbatim syndicated copy of an earlier one (another outlet,
same day: the WFP report) and one a lightly edited copy (the Lurio Energy halt). Look-alikes that must stay apart:
two summonses (Maputo's, then Dar es Salaam's), two protests (Pemba, then Montepuez), two air strikes on different
places and days, two calls for calm by different speakers on one day, two condemnations (EU, then SADC), two aid
suspensions (WFP, then MSF), a threat and the halt it threatened, a curfew imposed and later lifted, a detention and
the later release, the abduction and the later release of hostages; the civilian death toll (12, then 21) and the
count of the displaced (4,000 in Pemba, 9,000, then 19,400) change between reports.

Conventions for the expected values. An act is one actor (for statements one speaker or institution) doing one
thing to one target on one day. Types follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows
two readings (a summons of an envoy is ACCUSE or CONSULT; a release, and the lifting of the curfew, CONCEDE or
RETREAT). A lodged diplomatic protest is ACCUSE, a call for calm or for a release is REQUEST, a promise (SADC's
pledge of a rapid-response unit) AGREE and a warning of a halt THREATEN; an aid agency or company suspending its work
is SANCTION. REPORTS lists every sentence (headlines included) that reports an act that happened, background recaps in
later reports included, each with a cue (a short verbatim phrase) found exactly once in its file; the syndicated and
the edited copy have their own entries. A clause (a verb with its subject, a relative clause included) recaps an
act; a bare noun phrase that only names an earlier act ("condemned the attack on Macomia and the abduction of
civilians", "the fate of the 14 hostages") is not listed, nor is a participle without its own subject
("hostages seized in Macomia raid", "the unit promised by SADC"). Planned, promised-but-not-yet-done, threatened,
conditional, hypothetical and denied acts (Tanzania's "unfounded claims" that insurgents used its soil), acts more
than a year before (the 2021 Rwandan deployment, the 2024 end of the SADC mission), statistics, tallies and opinions
are not listed. Where one sentence reports two acts they are of different types, so that each coded event maps to
at most one act. Actor codes (not scored here) would be MOZ for the Mozambican state, forces, police, people and the
insurgents, RWA, TZA, EUR for the EU, IGO for SADC, UNO for WFP, UNHCR and IOM, NGO for MSF.

Scoring, as the functions below do it: the DOCS are ingested into a fresh store; each coded event whose sentence
contains the cue of a REPORTS entry for its file, and whose type is one of that act's types, is mapped to the act
when exactly one act matches; eval.incidents.score compares the coder's incidents for those events with the gold acts
(pairwise and B-cubed F1), and reports_found is the share of gold (file, act) pairs reached by at least one mapped
event.

All wording is invented in a wire style; the outlets and people are invented, the countries, places, public roles
and international bodies are real, the events never happened and the dates are in the future. Every text was checked
with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and the tests, and none was
found with the gold/seed/news/demo texts. The batch was written at the start of the eighteenth session (2026-12-02)
without reading the coder's code, lexicons, rules or data or any other blind batch, from the template and the brief
alone.

FLOORS were all 0.0 until the first run; they are now its figures less 0.03.

FIRST RUN (written by a helper at the start of the eighteenth session (2026-12-02)), on its starting code (7dd3f8f),
before any of it was read: **pairwise F1 0.667** (precision 0.742, recall 0.605), B-cubed F1 0.881, reports found
0.687. Read afterwards: its misses may inform rules (each justified by the codebook, with its own test sentences).
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
    ("2035-03-10_indico_macomia-raid.txt",
     "Insurgents storm Mozambican district town of Macomia\n\n"
     "PEMBA, March 10, 2035 (Indico Press Agency) - Islamic State-linked insurgents stormed the district "
     "town of Macomia in the northern Mozambican province of Cabo Delgado before dawn on Saturday, setting "
     "fire to the local administration building and a police post, officials and residents said.\n\n"
     "The fighters seized at least 14 residents, most of them women and teenage boys, and marched them "
     "north towards the Messalo river, according to a district official who asked not to be named.\n\n"
     "The official put the death toll at 12 civilians and said thousands of people had set off on foot "
     "along the coastal road towards Pemba, the provincial capital.\n\n"
     "A police spokesman in Pemba, Inspector Julio Cossa, said he could not yet give casualty figures.\n\n"
     "The conflict, which erupted in 2017, has killed several thousand people and uprooted far more, "
     "according to groups that monitor political violence in the region."),
    ("2035-03-10_kestrel_macomia-attack.txt",
     "Militants overrun Macomia in northern Mozambique\n\n"
     "MAPUTO, March 10, 2035 (Kestrel Wire) - Jihadist fighters overran Macomia, a town of roughly 30,000 "
     "people in Cabo Delgado province, on Saturday in the most serious assault on a district headquarters "
     "in more than two years, a security source said.\n\n"
     "Two witnesses reached by telephone said the attackers abducted between ten and 15 civilians, among "
     "them several girls from a secondary school dormitory.\n\n"
     "'We left everything behind, even the goats,' said one resident, Rosa Amisse, who walked with her "
     "three children to the coastal village of Mucojo.\n\n"
     "Mozambique's defence ministry did not respond to requests for comment. Rwanda, whose soldiers have "
     "been in the province since 2021, also declined to comment."),
    ("2035-03-11_meridian_eu-condemns.txt",
     "EU condemns insurgent raid on Mozambique's Macomia\n\n"
     "BRUSSELS, March 11, 2035 (Meridian Dispatch) - The European Union on Sunday condemned the attack by "
     "armed insurgents on Macomia, a district capital in Cabo Delgado province, calling it 'a brutal "
     "assault on defenceless civilians'.\n\n"
     "Insurgents linked to Islamic State seized the town early on Saturday, according to local officials.\n\n"
     "They also abducted more than a dozen residents, the officials said.\n\n"
     "EU foreign affairs spokesperson Matthieu Verbeke said the bloc was assessing whether to scale up its "
     "humanitarian funding for the province.\n\n"
     "The EU has run a military training mission for Mozambican units since 2021."),
    ("2035-03-11_baobab_calm-appeals.txt",
     "Mozambican president urges calm after Macomia raid\n\n"
     "MAPUTO, March 11, 2035 (Baobab Radio News) - Mozambique's President Celestino Mavie on Sunday called "
     "on residents of Cabo Delgado to stay calm and to cooperate with the security forces, a day after "
     "insurgents overran the district town of Macomia.\n\n"
     "'I ask every family in Cabo Delgado not to give in to fear,' Mavie said in a televised address from "
     "Maputo.\n\n"
     "In Pemba, Bishop Tomas Nhacudima also appealed for calm during Sunday mass, urging residents not to "
     "turn on displaced families arriving from the north.\n\n"
     "Church workers in Pemba said more than 4,000 people had reached the city since Saturday.\n\n"
     "The insurgents are still holding the residents they abducted in Macomia, according to local "
     "officials."),
    ("2035-03-11_lattice_wfp-suspends.txt",
     "WFP suspends food aid in Mozambique's Macomia district after insurgent raid\n\n"
     "JOHANNESBURG, March 11, 2035 (Southern Lattice News) - The World Food Programme has suspended food "
     "distributions in Macomia district of northern Mozambique after insurgents attacked the district "
     "town, the United Nations agency said on Sunday.\n\n"
     "'Our teams cannot work safely while fighting continues,' WFP country director Karin Olsen said in a "
     "statement.\n\n"
     "About 38,000 people in the district had been receiving monthly rations from the agency.\n\n"
     "Provincial authorities estimated on Sunday that some 9,000 people had left the Macomia area since "
     "Saturday."),
    ("2035-03-11_rovuma_food-aid-halted.txt",
     "WFP suspends food aid in Mozambique's Macomia district after insurgent raid\n\n"
     "JOHANNESBURG, March 11, 2035 (Southern Lattice News) - The World Food Programme has suspended food "
     "distributions in Macomia district of northern Mozambique after insurgents attacked the district "
     "town, the United Nations agency said on Sunday.\n\n"
     "'Our teams cannot work safely while fighting continues,' WFP country director Karin Olsen said in a "
     "statement.\n\n"
     "About 38,000 people in the district had been receiving monthly rations from the agency.\n\n"
     "Provincial authorities estimated on Sunday that some 9,000 people had left the Macomia area since "
     "Saturday."),
    ("2035-03-12_kestrel_macomia-retaken.txt",
     "Rwandan, Mozambican troops retake Macomia from insurgents\n\n"
     "PEMBA, March 12, 2035 (Kestrel Wire) - Rwandan soldiers backed by Mozambican special forces drove "
     "insurgents out of the town of Macomia on Monday after a day-long battle, the Rwanda Defence Force "
     "said.\n\n"
     "Insurgents had captured the district headquarters on Saturday, sending thousands of residents "
     "fleeing south.\n\n"
     "RDF spokesman Lieutenant Colonel Aimable Nsengiyumva said 11 insurgents had died in the fighting and "
     "two Rwandan soldiers were wounded.\n\n"
     "Local officials raised the civilian death toll from Saturday's attack to 21, from 12 reported "
     "earlier.\n\n"
     "There was no word on the fate of the 14 hostages."),
    ("2035-03-12_indico_journalist-detained.txt",
     "Mozambican police detain radio journalist in Pemba\n\n"
     "PEMBA, March 12, 2035 (Indico Press Agency) - Police in Pemba on Monday detained Ernesto Lipanga, a "
     "reporter for the community station Radio Messalo, at the station's offices after he aired interviews "
     "with people who had escaped the fighting in Macomia, his employer said.\n\n"
     "Provincial police spokesman Inspector Julio Cossa declined to comment on the case.\n\n"
     "Radio Messalo's director, Felisberta Jamal, said Lipanga had covered the region for nine years.\n\n"
     "Press freedom groups have recorded a string of arrests of reporters in Cabo Delgado since the "
     "conflict began."),
    ("2035-03-12_meridian_lurio-warning.txt",
     "Lurio Energy warns it may halt Mozambique LNG works over insecurity\n\n"
     "MAPUTO, March 12, 2035 (Meridian Dispatch) - Lurio Energy, which is building a liquefied natural gas "
     "plant at Afungi near Palma, warned the government on Monday that it would suspend construction "
     "unless security around the site improved quickly.\n\n"
     "Insurgents seized Macomia, about 150 km south of the site, on Saturday.\n\n"
     "Rwandan-led forces recaptured the town on Monday.\n\n"
     "'We cannot ask our workforce to operate under this level of risk,' company spokeswoman Helena Strand "
     "said, adding that about 2,300 contractors were on site.\n\n"
     "The project was restarted in 2031 after a five-year suspension."),
    ("2035-03-12_baobab_msf-clinics.txt",
     "MSF suspends mobile clinics in two Cabo Delgado districts\n\n"
     "PEMBA, March 12, 2035 (Baobab Radio News) - Medecins Sans Frontieres said on Monday it had suspended "
     "its mobile clinics in Macomia and Meluco districts and pulled its staff back to Pemba because of the "
     "fighting.\n\n"
     "The World Food Programme halted food distributions in Macomia district on Sunday.\n\n"
     "MSF's head of mission in Mozambique, Paolo Ricci, said the clinics had been seeing around 1,200 "
     "patients a week, a large share of them children sick with malaria.\n\n"
     "'Every day these clinics stay closed, people will die of illnesses we know how to treat,' Ricci "
     "said."),
    ("2035-03-13_lattice_air-strikes-chai.txt",
     "Mozambique air force bombs insurgent camp near Chai as Rwanda sends reinforcements\n\n"
     "JOHANNESBURG, March 13, 2035 (Southern Lattice News) - Mozambican air force helicopters struck an "
     "insurgent camp near the village of Chai in Macomia district on Tuesday, according to the defence "
     "ministry.\n\n"
     "Defence ministry spokesman Colonel Alberto Maculuve said the strikes destroyed fuel stores and "
     "several vehicles but gave no casualty figures.\n\n"
     "In Kigali, the Rwandan government said on Tuesday it had flown an additional 600 troops to Cabo "
     "Delgado to secure the road between Macomia and Mocimboa da Praia.\n\n"
     "Rwanda first deployed soldiers to the province in 2021 under a bilateral agreement with Maputo.\n\n"
     "Southern African leaders are expected to weigh the crisis during an online summit on Wednesday."),
    ("2035-03-13_indico_tanzania-envoy.txt",
     "Mozambique summons Tanzanian envoy over cross-border insurgents\n\n"
     "MAPUTO, March 13, 2035 (Indico Press Agency) - Mozambique's foreign ministry called in Tanzania's "
     "high commissioner on Tuesday over reports that insurgents who attacked Macomia had come over the "
     "Rovuma from Tanzanian territory.\n\n"
     "Foreign ministry spokesman Rui Macuacua said the envoy was handed a note expressing 'deep concern' "
     "about the movement of armed men across the border.\n\n"
     "Tanzania's High Commission in Maputo did not immediately comment.\n\n"
     "The two neighbours agreed in 2022 to share intelligence on militant movements along the river."),
    ("2035-03-13_rovuma_pemba-protest.txt",
     "Pemba residents march to demand protection as curfew imposed in Macomia\n\n"
     "PEMBA, March 13, 2035 (Rovuma Courier) - Several hundred residents of Pemba marched to the Cabo "
     "Delgado governor's office on Tuesday, demanding that the government protect the coastal road and the "
     "city's outskirts from insurgents.\n\n"
     "Later on Tuesday, Governor Amelia Muthemba imposed an overnight curfew on Macomia district, saying "
     "the measure would help troops tell civilians from fighters.\n\n"
     "Pemba, a city of about 200,000 people, has taken in most of those who left Macomia since Saturday."),
    ("2035-03-13_kestrel_journalist-union.txt",
     "Journalists' union demands release of detained Mozambican reporter\n\n"
     "MAPUTO, March 13, 2035 (Kestrel Wire) - Mozambique's National Union of Journalists on Tuesday urged "
     "police to release without delay Ernesto Lipanga, a community radio reporter whom officers arrested "
     "in Pemba on Monday.\n\n"
     "'Reporting on the suffering of displaced people is not a crime,' union secretary-general Lourenco "
     "Timba said at a news conference.\n\n"
     "Lipanga's lawyer, Sergio Manhique, said he expected a court hearing later in the week.\n\n"
     "The provincial police command did not respond to a request for comment."),
    ("2035-03-14_meridian_lurio-halts.txt",
     "Lurio Energy halts Mozambique LNG construction, declares force majeure\n\n"
     "MAPUTO, March 14, 2035 (Meridian Dispatch) - Lurio Energy suspended construction at its Afungi "
     "liquefied natural gas site on Wednesday and declared force majeure, two days after it warned that "
     "worsening insecurity in Cabo Delgado could force it to stop work.\n\n"
     "The company said it would begin flying non-essential staff out of the site on Thursday.\n\n"
     "'This was not a decision we took lightly,' chief executive Anders Lykke said in a statement.\n\n"
     "Economists say a long stoppage would dent Mozambique's growth forecasts, which assume that gas "
     "exports begin in 2038.\n\n"
     "Rwandan-led forces retook the district town of Macomia on Monday, but insurgents remain active in "
     "the surrounding forests."),
    ("2035-03-14_lattice_lurio-halts.txt",
     "Lurio Energy suspends Mozambique LNG construction and declares force majeure\n\n"
     "MAPUTO, March 14, 2035 (Southern Lattice News) - Lurio Energy suspended construction at its Afungi "
     "liquefied natural gas site on Wednesday and declared force majeure, two days after it warned that "
     "worsening insecurity in Cabo Delgado could force it to stop work.\n\n"
     "The company said it would start flying non-essential staff out of the site on Thursday.\n\n"
     "'This was not a decision we took lightly,' chief executive Anders Lykke said in a statement.\n\n"
     "Rwandan-led forces retook the district town of Macomia on Monday, but insurgents remain active in "
     "nearby forests."),
    ("2035-03-14_baobab_sadc-summit.txt",
     "SADC leaders hold emergency summit on Cabo Delgado, pledge rapid-response unit\n\n"
     "GABORONE, March 14, 2035 (Baobab Radio News) - Southern African Development Community leaders held "
     "an extraordinary virtual summit on Wednesday to discuss the surge in insurgent violence in northern "
     "Mozambique.\n\n"
     "In a final communique, the 16-member bloc pledged to deploy a rapid-response unit of its standby "
     "force to the province within 30 days.\n\n"
     "The communique also condemned the attack on Macomia and the abduction of civilians.\n\n"
     "Rwanda flew 600 more soldiers into the province on Tuesday.\n\n"
     "SADC ended its previous military mission in Mozambique in 2024."),
    ("2035-03-14_indico_tanzania-summons.txt",
     "Tanzania summons Mozambican envoy in row over border\n\n"
     "DAR ES SALAAM, March 14, 2035 (Indico Press Agency) - Tanzania's foreign ministry summoned "
     "Mozambique's high commissioner in Dar es Salaam on Wednesday to protest what it called 'unfounded "
     "claims' that insurgents had used Tanzanian soil to attack northern Mozambique.\n\n"
     "Maputo had summoned the Tanzanian high commissioner on Tuesday over the same allegations.\n\n"
     "Tanzanian foreign ministry spokeswoman Neema Mwakasege said a joint border commission was due to "
     "meet in April."),
    ("2035-03-15_kestrel_quissanga-strikes.txt",
     "Mozambican aircraft strike insurgents near Quissanga\n\n"
     "PEMBA, March 15, 2035 (Kestrel Wire) - Mozambique's air force carried out strikes on Thursday "
     "against insurgent positions in the mangroves outside Quissanga, a coastal town south of Macomia, a "
     "military source said.\n\n"
     "Helicopters had bombed a camp near Chai, further inland, on Tuesday.\n\n"
     "Residents of Quissanga said many families had already left for the island of Ibo by boat.\n\n"
     "The source said fighters who had been pushed out of Macomia had regrouped there."),
    ("2035-03-15_rovuma_journalist-freed.txt",
     "Mozambican radio reporter freed after three days in police custody\n\n"
     "PEMBA, March 15, 2035 (Rovuma Courier) - Police in Cabo Delgado on Thursday released community radio "
     "journalist Ernesto Lipanga without charge, his lawyer said, three days after officers detained him "
     "at the offices of Radio Messalo in Pemba.\n\n"
     "'He is exhausted but his spirits are high,' lawyer Sergio Manhique said.\n\n"
     "The National Union of Journalists had called on Tuesday for his release.\n\n"
     "Police spokesman Julio Cossa could not be reached for comment."),
    ("2035-03-15_meridian_eu-aid.txt",
     "EU releases 12 million euros in emergency aid for Cabo Delgado\n\n"
     "BRUSSELS, March 15, 2035 (Meridian Dispatch) - The European Commission has released 12 million euros "
     "in emergency humanitarian funding for people displaced by the insurgency in northern Mozambique, it "
     "said on Thursday.\n\n"
     "The money will pay for food, shelter and clean water through United Nations agencies and "
     "non-governmental partners.\n\n"
     "Tallies kept by the IOM migration agency show some 19,400 people displaced from Macomia district "
     "since March 10, more than double the figure given by provincial authorities at the weekend.\n\n"
     "The EU condemned the Macomia attack on Sunday.\n\n"
     "Crisis management commissioner Lidia Marek said the bloc was ready to provide more if needs grew."),
    ("2035-03-16_lattice_montepuez-protest.txt",
     "Displaced families protest in Montepuez over food shortages\n\n"
     "JOHANNESBURG, March 16, 2035 (Southern Lattice News) - Hundreds of people displaced by fighting in "
     "Cabo Delgado blocked the main road through Montepuez on Friday to protest over food shortages at a "
     "resettlement camp on the town's edge, local officials said.\n\n"
     "Three days earlier, residents of Pemba had marched to the provincial governor's office to demand "
     "better protection.\n\n"
     "The World Food Programme suspended distributions in neighbouring Macomia district last weekend.\n\n"
     "Camp residents said they had received no maize flour for two weeks.\n\n"
     "In Geneva, the United Nations refugee agency UNHCR on Friday urged all armed actors in Cabo Delgado "
     "to let civilians fleeing the violence move safely.\n\n"
     "'People are running from one danger into another,' UNHCR's representative in Mozambique, Sofia "
     "Lindqvist, told reporters."),
    ("2035-03-17_indico_hostages-freed.txt",
     "Insurgents free nine hostages seized in Macomia raid\n\n"
     "PEMBA, March 17, 2035 (Indico Press Agency) - Insurgents in northern Mozambique on Saturday released "
     "nine of the 14 people they abducted from the town of Macomia a week ago, local officials and "
     "relatives said.\n\n"
     "The nine, all women and children, reached the village of Mucojo on foot on Saturday morning, a "
     "district official said.\n\n"
     "Five men remain in the insurgents' hands, the official said.\n\n"
     "Catholic Bishop Tomas Nhacudima of Pemba, who had appealed for calm after the attack, said the "
     "families of the remaining captives were 'living a nightmare'.\n\n"
     "Rwandan and Mozambican troops recaptured Macomia last Monday."),
    ("2035-03-18_baobab_curfew-lifted.txt",
     "Cabo Delgado governor lifts Macomia curfew as WFP resumes food aid\n\n"
     "PEMBA, March 18, 2035 (Baobab Radio News) - Cabo Delgado Governor Amelia Muthemba on Sunday lifted "
     "the overnight curfew she imposed on Macomia district last Tuesday, saying security in the area had "
     "improved.\n\n"
     "The World Food Programme also resumed food distributions in the district on Sunday, handing out "
     "maize flour, beans and vegetable oil to about 6,000 people in Macomia town, a WFP spokesman said.\n\n"
     "WFP had halted deliveries in Macomia a week ago after insurgents overran the town.\n\n"
     "Shops and the market in Macomia reopened on Saturday, residents said."),
    ("2035-03-19_kestrel_troop-pact.txt",
     "Mozambique, Rwanda sign deal to extend troop deployment in Cabo Delgado\n\n"
     "KIGALI, March 19, 2035 (Kestrel Wire) - The defence ministers of Mozambique and Rwanda signed a "
     "memorandum in Kigali on Monday extending the deployment of Rwandan troops in Cabo Delgado province "
     "for another three years and creating a joint command for the coast between Pemba and Palma, Rwanda's "
     "defence ministry said.\n\n"
     "Rwandan soldiers led the operation that drove insurgents out of Macomia a week ago.\n\n"
     "On Saturday, the insurgents released nine women and children, though five men are still missing.\n\n"
     "The rapid-response unit promised by SADC has yet to arrive."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2035-03-10", "insurgents storm and seize the district town of Macomia"),
    "A02": (("ASSAULT",), "2035-03-10", "insurgents abduct 14 Macomia residents"),
    "A03": (("ACCUSE",), "2035-03-11", "EU condemns the insurgent attack on Macomia"),
    "A04": (("REQUEST",), "2035-03-11", "President Mavie calls on Cabo Delgado residents to stay calm"),
    "A05": (("REQUEST",), "2035-03-11", "Bishop of Pemba appeals for calm"),
    "A06": (("SANCTION",), "2035-03-11", "WFP suspends food distributions in Macomia district"),
    "A07": (("ASSAULT",), "2035-03-12", "Rwandan troops with Mozambican forces drive insurgents out of Macomia"),
    "A08": (("COERCE",), "2035-03-12", "Pemba police detain radio journalist Lipanga"),
    "A09": (("THREATEN",), "2035-03-12", "Lurio Energy threatens to suspend Afungi LNG construction"),
    "A10": (("SANCTION",), "2035-03-12", "MSF suspends mobile clinics in Macomia and Meluco"),
    "A11": (("ASSAULT",), "2035-03-13", "Mozambican air force strikes insurgent camp near Chai"),
    "A12": (("ACCUSE", "CONSULT"), "2035-03-13", "Mozambique summons Tanzania's high commissioner"),
    "A13": (("COERCE",), "2035-03-13", "Cabo Delgado governor imposes curfew in Macomia district"),
    "A14": (("PROTEST",), "2035-03-13", "Pemba residents march to the governor's office demanding protection"),
    "A15": (("MOBILIZE",), "2035-03-13", "Rwanda flies 600 more troops into Cabo Delgado"),
    "A16": (("REQUEST",), "2035-03-13", "journalists' union calls for Lipanga's release"),
    "A17": (("SANCTION",), "2035-03-14", "Lurio Energy suspends Afungi LNG construction, declares force majeure"),
    "A18": (("CONSULT",), "2035-03-14", "SADC leaders hold an extraordinary virtual summit on Cabo Delgado"),
    "A19": (("AGREE",), "2035-03-14", "SADC pledges to deploy a rapid-response unit"),
    "A20": (("ACCUSE",), "2035-03-14", "SADC communique condemns the Macomia attack and abductions"),
    "A21": (("ACCUSE", "CONSULT"), "2035-03-14", "Tanzania summons Mozambique's high commissioner"),
    "A22": (("ASSAULT",), "2035-03-15", "Mozambican air force strikes insurgent positions outside Quissanga"),
    "A23": (("CONCEDE", "RETREAT"), "2035-03-15", "police release journalist Lipanga without charge"),
    "A24": (("AID",), "2035-03-15", "European Commission releases 12 million euros in humanitarian funding"),
    "A25": (("PROTEST",), "2035-03-16", "displaced people block the main road through Montepuez over food shortages"),
    "A26": (("REQUEST",), "2035-03-16", "UNHCR urges armed actors to let fleeing civilians move safely"),
    "A27": (("CONCEDE", "RETREAT"), "2035-03-17", "insurgents release nine of the Macomia hostages"),
    "A28": (("CONCEDE", "RETREAT"), "2035-03-18", "governor lifts the Macomia curfew"),
    "A29": (("AID",), "2035-03-18", "WFP resumes food distributions in Macomia district"),
    "A30": (("AGREE",), "2035-03-19", "Mozambique and Rwanda sign memorandum extending the Rwandan deployment"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-03-10_indico_macomia-raid.txt", "A01", "Insurgents storm Mozambican district town"),
    ("2035-03-10_indico_macomia-raid.txt", "A01", "stormed the district town of"),
    ("2035-03-10_indico_macomia-raid.txt", "A02", "seized at least 14 residents"),
    ("2035-03-10_kestrel_macomia-attack.txt", "A01", "Militants overrun Macomia"),
    ("2035-03-10_kestrel_macomia-attack.txt", "A01", "Jihadist fighters overran Macomia"),
    ("2035-03-10_kestrel_macomia-attack.txt", "A02", "the attackers abducted between ten and 15 civilians"),
    ("2035-03-11_meridian_eu-condemns.txt", "A03", "EU condemns insurgent raid"),
    ("2035-03-11_meridian_eu-condemns.txt", "A03", "The European Union on Sunday condemned"),
    ("2035-03-11_meridian_eu-condemns.txt", "A01", "seized the town early on Saturday"),
    ("2035-03-11_meridian_eu-condemns.txt", "A02", "They also abducted more than a dozen residents"),
    ("2035-03-11_baobab_calm-appeals.txt", "A04", "president urges calm"),
    ("2035-03-11_baobab_calm-appeals.txt", "A04", "called on residents of Cabo Delgado to stay calm"),
    ("2035-03-11_baobab_calm-appeals.txt", "A01", "a day after insurgents overran the district town"),
    ("2035-03-11_baobab_calm-appeals.txt", "A04", "not to give in to fear"),
    ("2035-03-11_baobab_calm-appeals.txt", "A05", "Bishop Tomas Nhacudima also appealed for calm"),
    ("2035-03-11_baobab_calm-appeals.txt", "A02", "the residents they abducted in Macomia"),
    ("2035-03-11_lattice_wfp-suspends.txt", "A06", "WFP suspends food aid"),
    ("2035-03-11_lattice_wfp-suspends.txt", "A06", "has suspended food distributions in Macomia district"),
    ("2035-03-11_lattice_wfp-suspends.txt", "A01", "after insurgents attacked the district town"),
    ("2035-03-11_rovuma_food-aid-halted.txt", "A06", "WFP suspends food aid"),
    ("2035-03-11_rovuma_food-aid-halted.txt", "A06", "has suspended food distributions in Macomia district"),
    ("2035-03-11_rovuma_food-aid-halted.txt", "A01", "after insurgents attacked the district town"),
    ("2035-03-12_kestrel_macomia-retaken.txt", "A07", "troops retake Macomia from insurgents"),
    ("2035-03-12_kestrel_macomia-retaken.txt", "A07", "drove insurgents out of the town of Macomia"),
    ("2035-03-12_kestrel_macomia-retaken.txt", "A01", "Insurgents had captured the district headquarters"),
    ("2035-03-12_indico_journalist-detained.txt", "A08", "police detain radio journalist"),
    ("2035-03-12_indico_journalist-detained.txt", "A08", "on Monday detained Ernesto Lipanga"),
    ("2035-03-12_meridian_lurio-warning.txt", "A09", "warns it may halt Mozambique LNG works"),
    ("2035-03-12_meridian_lurio-warning.txt", "A09", "warned the government on Monday"),
    ("2035-03-12_meridian_lurio-warning.txt", "A01", "Insurgents seized Macomia"),
    ("2035-03-12_meridian_lurio-warning.txt", "A07", "Rwandan-led forces recaptured the town"),
    ("2035-03-12_baobab_msf-clinics.txt", "A10", "MSF suspends mobile clinics"),
    ("2035-03-12_baobab_msf-clinics.txt", "A10", "it had suspended its mobile clinics"),
    ("2035-03-12_baobab_msf-clinics.txt", "A06", "halted food distributions in Macomia district on Sunday"),
    ("2035-03-13_lattice_air-strikes-chai.txt", "A11", "air force bombs insurgent camp near Chai"),
    ("2035-03-13_lattice_air-strikes-chai.txt", "A15", "Rwanda sends reinforcements"),
    ("2035-03-13_lattice_air-strikes-chai.txt", "A11", "helicopters struck an insurgent camp"),
    ("2035-03-13_lattice_air-strikes-chai.txt", "A11", "the strikes destroyed fuel stores"),
    ("2035-03-13_lattice_air-strikes-chai.txt", "A15", "it had flown an additional 600 troops"),
    ("2035-03-13_indico_tanzania-envoy.txt", "A12", "Mozambique summons Tanzanian envoy"),
    ("2035-03-13_indico_tanzania-envoy.txt", "A12", "foreign ministry called in Tanzania's high"),
    ("2035-03-13_indico_tanzania-envoy.txt", "A01", "insurgents who attacked Macomia"),
    ("2035-03-13_indico_tanzania-envoy.txt", "A12", "the envoy was handed a note"),
    ("2035-03-13_rovuma_pemba-protest.txt", "A14", "Pemba residents march to demand protection"),
    ("2035-03-13_rovuma_pemba-protest.txt", "A13", "curfew imposed in Macomia"),
    ("2035-03-13_rovuma_pemba-protest.txt", "A14", "marched to the Cabo Delgado governor's office"),
    ("2035-03-13_rovuma_pemba-protest.txt", "A13", "imposed an overnight curfew on Macomia district"),
    ("2035-03-13_kestrel_journalist-union.txt", "A16", "demands release of detained Mozambican reporter"),
    ("2035-03-13_kestrel_journalist-union.txt", "A16", "urged police to release without delay"),
    ("2035-03-13_kestrel_journalist-union.txt", "A08", "whom officers arrested in Pemba on Monday"),
    ("2035-03-14_meridian_lurio-halts.txt", "A17", "Lurio Energy halts Mozambique LNG construction"),
    ("2035-03-14_meridian_lurio-halts.txt", "A17", "suspended construction at its Afungi"),
    ("2035-03-14_meridian_lurio-halts.txt", "A09", "two days after it warned that worsening insecurity"),
    ("2035-03-14_meridian_lurio-halts.txt", "A07", "Rwandan-led forces retook the district town of Macomia"),
    ("2035-03-14_lattice_lurio-halts.txt", "A17", "Lurio Energy suspends Mozambique LNG construction"),
    ("2035-03-14_lattice_lurio-halts.txt", "A17", "suspended construction at its Afungi"),
    ("2035-03-14_lattice_lurio-halts.txt", "A09", "two days after it warned that worsening insecurity"),
    ("2035-03-14_lattice_lurio-halts.txt", "A07", "Rwandan-led forces retook the district town of Macomia"),
    ("2035-03-14_baobab_sadc-summit.txt", "A18", "SADC leaders hold emergency summit"),
    ("2035-03-14_baobab_sadc-summit.txt", "A19", "pledge rapid-response unit"),
    ("2035-03-14_baobab_sadc-summit.txt", "A18", "held an extraordinary virtual summit on Wednesday"),
    ("2035-03-14_baobab_sadc-summit.txt", "A19", "pledged to deploy a rapid-response unit"),
    ("2035-03-14_baobab_sadc-summit.txt", "A20", "also condemned the attack on Macomia"),
    ("2035-03-14_baobab_sadc-summit.txt", "A15", "Rwanda flew 600 more soldiers into the province"),
    ("2035-03-14_indico_tanzania-summons.txt", "A21", "Tanzania summons Mozambican envoy"),
    ("2035-03-14_indico_tanzania-summons.txt", "A21", "summoned Mozambique's high commissioner in Dar es Salaam"),
    ("2035-03-14_indico_tanzania-summons.txt", "A12", "Maputo had summoned the Tanzanian high commissioner"),
    ("2035-03-15_kestrel_quissanga-strikes.txt", "A22", "aircraft strike insurgents near Quissanga"),
    ("2035-03-15_kestrel_quissanga-strikes.txt", "A22", "carried out strikes on Thursday against insurgent positions"),
    ("2035-03-15_kestrel_quissanga-strikes.txt", "A11", "Helicopters had bombed a camp near Chai"),
    ("2035-03-15_kestrel_quissanga-strikes.txt", "A07", "who had been pushed out of"),
    ("2035-03-15_rovuma_journalist-freed.txt", "A23", "radio reporter freed after three days"),
    ("2035-03-15_rovuma_journalist-freed.txt", "A23", "on Thursday released community radio"),
    ("2035-03-15_rovuma_journalist-freed.txt", "A08", "three days after officers detained him"),
    ("2035-03-15_rovuma_journalist-freed.txt", "A16", "had called on Tuesday for his release"),
    ("2035-03-15_meridian_eu-aid.txt", "A24", "EU releases 12 million euros"),
    ("2035-03-15_meridian_eu-aid.txt", "A24", "has released 12 million euros"),
    ("2035-03-15_meridian_eu-aid.txt", "A03", "The EU condemned the Macomia attack on Sunday"),
    ("2035-03-16_lattice_montepuez-protest.txt", "A25", "Displaced families protest in Montepuez"),
    ("2035-03-16_lattice_montepuez-protest.txt", "A25", "blocked the main road through Montepuez"),
    ("2035-03-16_lattice_montepuez-protest.txt", "A14", "residents of Pemba had marched"),
    ("2035-03-16_lattice_montepuez-protest.txt", "A06", "suspended distributions in neighbouring Macomia district"),
    ("2035-03-16_lattice_montepuez-protest.txt", "A26", "urged all armed actors in Cabo Delgado"),
    ("2035-03-17_indico_hostages-freed.txt", "A27", "Insurgents free nine hostages"),
    ("2035-03-17_indico_hostages-freed.txt", "A27", "on Saturday released nine of the 14 people"),
    ("2035-03-17_indico_hostages-freed.txt", "A02", "they abducted from the town of Macomia"),
    ("2035-03-17_indico_hostages-freed.txt", "A05", "who had appealed for calm after the attack"),
    ("2035-03-17_indico_hostages-freed.txt", "A07", "troops recaptured Macomia last Monday"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A28", "governor lifts Macomia curfew"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A29", "WFP resumes food aid"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A28", "on Sunday lifted the overnight curfew"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A13", "she imposed on Macomia district last Tuesday"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A29", "also resumed food distributions in the district"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A06", "WFP had halted deliveries in Macomia"),
    ("2035-03-18_baobab_curfew-lifted.txt", "A01", "after insurgents overran the town"),
    ("2035-03-19_kestrel_troop-pact.txt", "A30", "sign deal to extend troop deployment"),
    ("2035-03-19_kestrel_troop-pact.txt", "A30", "signed a memorandum in Kigali on Monday"),
    ("2035-03-19_kestrel_troop-pact.txt", "A07", "drove insurgents out of Macomia a week ago"),
    ("2035-03-19_kestrel_troop-pact.txt", "A27", "the insurgents released nine women and children"),
]

FLOORS = {"pairwise_f1": 0.64, "b3_f1": 0.85, "reports_found": 0.68}


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
