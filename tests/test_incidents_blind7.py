"""The seventh blind incident batch, written on 2026-12-01 before the coder was run on any of it.

The crisis: an insurgency in Mozambique's Cabo Delgado province, September 4-13, 2033. Militants raid the port
town of Mocimboa da Praia (a toll of 7, then 11) and, three days later, the district town of Macomia (4, or 6
in one report); the provincial governor warns of a curfew and imposes it the next day; the army sends two
battalions north and later retakes Mocimboa da Praia; a Malawian contingent lands in Pemba under a bilateral
defence pact; militants abduct nine aid workers, freeing four and, four days later, the other five; the WFP
delivers food to the displaced at Metuge; Mozambique's foreign minister accuses Tanzania of harbouring the
militants, and she and the defence minister each demand, on the same day, that Tanzania hand over their
leaders; Tanzania rejects the charge; a SADC envoy holds talks in Pemba; the curfew is eased and displaced
people protest at the Metuge camp. 24 documents from 6 outlets, among them one verbatim syndicated copy and
one lightly edited copy.

Everything in it is synthetic: the outlets and people are invented, the countries and places are real, the
events never happened and the dates are in the future.

Gold conventions: an act is one real-world act, one actor (for statements one speaker or one institution)
doing one thing to one target on one day; its types are the PLOVER type the codebook gives, a second only
where the codebook truly allows two readings (an abduction of aid workers: ASSAULT and COERCE); its date is
the day it happened. Headlines are not reports. REPORTS lists every body sentence that reports an act that
happened, including background recaps in later reports and quotes that tell the act, with a verbatim cue
found once in its file; the syndicated and edited copies have their own entries. Not listed: planned,
promised-but-not-done, threatened-but-not-done, denied, conditional or hypothetical acts, acts more than a
year before, statistics and tallies, opinions, ongoing states ("remained in force", "still being held"), and
anaphoric mentions of an act the same report already tells ("his visit came a day after ..."). A promise or
offer is an AGREE act, a threat a THREATEN act, a demand a REQUEST act; the act promised, threatened or
demanded is not an act until it happens. No sentence reports two acts of the same type.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (file, act) reports with at
least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit d08b50e (the fifth 2026-12-01 session, after two grouping changes: a grouped event's
summary keeps uncoded parties with a sector, and a party named by fewer members than agree is outvoted), with
`figures`: **pairwise F1 0.563** (precision 0.760, recall 0.447; 170 gold pairs), B-cubed F1 0.697 (precision
0.843, recall 0.594), reports_found 0.727; 62 mapped events of 16 acts in 27 incidents. The session's starting
code (24820a3): pairwise F1 0.432 (precision 0.675, recall 0.318), B-cubed F1 0.654.
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
    ('2033-09-04_gulfcourier_gunmen-kill-seven.txt',
     "Gunmen kill seven in raid on Mozambique's Mocimboa da Praia\n\n"
     'MAPUTO, September 4, 2033 (Gulf Courier) - Insurgents raided Mocimboa da Praia, in the far north '
     'of Mozambique, on Sunday, shooting dead at least seven people and torching homes and shops, a '
     'police source and two residents said.\n\n'
     'The police source, speaking anonymously because he had no authority to brief journalists, said '
     'the toll was likely to rise because bodies were still being recovered from burned buildings.\n\n'
     'Government spokesman Filipe Chaguala told reporters in the capital that security forces were '
     'assessing the situation, and gave no figures. "They came from the creeks and started shooting at '
     'the market," a resident who fled to Pemba said by telephone.\n\n'
     'Violence in Cabo Delgado has repeatedly delayed the liquefied natural gas projects on the Afungi '
     'peninsula, which are valued at tens of billions of dollars.'),
    ('2033-09-04_ridgeline_militants-storm-mocimboa.txt',
     'Militants storm Mozambican port town, killing at least seven\n\n'
     'PEMBA, September 4, 2033 (Ridgeline Press) - Armed militants stormed Mocimboa da Praia, a harbour '
     'town in northern Mozambique, before dawn on Sunday, killing at least seven civilians and setting '
     'fire to the main market, local officials said.\n\n'
     'Residents said dozens of gunmen came in from the mangrove creeks south of the town and fired at '
     'houses as families ran toward the beach. "They shot at anyone who ran, and then they burned the '
     'stalls," said Fatima Abudo, a fish trader who escaped by canoe to a neighbouring village.\n\n'
     'The provincial governor, Rosario Mucavele, warned late on Sunday that he would impose a curfew on '
     'Pemba and the northern districts if the violence spread. "We cannot let these people move freely '
     'at night," Mucavele said in a broadcast on provincial radio.\n\n'
     'Security analysts say a faction known as the Sahil Brigades has been regrouping in the forests '
     'west of the coast since last year.\n\n'
     "Cabo Delgado, Mozambique's northernmost province, has been hit by an insurgency since 2017 that "
     'killed thousands of people and at its peak drove about a million from their homes.'),
    ('2033-09-05_oceantribune_curfew-imposed.txt',
     "Curfew imposed in Mozambique's Pemba after deadly raid\n\n"
     "PEMBA, September 5, 2033 (Indian Ocean Tribune) - Provincial authorities in Mozambique's far "
     'north ordered a night-time curfew from Monday on Pemba and four northern districts, a day after '
     'gunmen killed at least 11 people in Mocimboa da Praia.\n\n'
     'Governor Rosario Mucavele said the curfew would run from seven in the evening until five in the '
     'morning, and that only health workers and security forces were exempt.\n\n'
     'Shops in the lower town pulled down their shutters early, and the waterfront was empty by '
     'nightfall. The army said on Monday that reinforcements were on their way north.\n\n'
     '"People are frightened, because everyone here remembers what happened in 2020," said Joana '
     'Matsinhe, a researcher at the Institute for Coastal Security in Maputo.\n\n'
     'Matsinhe said the militants had used the rainy months in earlier years to rearm, and that the dry '
     'season from August had usually brought more raids.'),
    ('2033-09-05_savannawire_army-sends-troops.txt',
     'Mozambique sends troops north as toll from port town raid rises to 11\n\n'
     "MAPUTO, September 5, 2033 (Savanna Wire) - Mozambique's army sent two battalions to Cabo Delgado "
     'province on Monday, Defence Minister Jacinto Mabunda said, a day after insurgents killed 11 '
     'people in Mocimboa da Praia, a fishing port.\n\n'
     'Mabunda told lawmakers the first troops had landed in Pemba, the provincial capital, by Monday '
     'afternoon and were heading up the coast by road. "The situation in Mocimboa is under control and '
     'the road to Pemba is open," he said.\n\n'
     "The toll from Sunday's raid rose to 11 after four wounded people died in hospital overnight, the "
     'district administrator said. Residents reached by telephone said armed men were still seen near '
     'the waterfront on Monday, and that many families had slept in the bush or on islands off the '
     'coast.\n\n'
     "Mocimboa da Praia was held by insurgents for a year from 2020 and became a symbol of the state's "
     'weakness in the north.'),
    ('2033-09-05_zambezi_army-sends-troops.txt',
     'Mozambique sends troops north as toll from port town raid rises to 11\n\n'
     "MAPUTO, September 5, 2033 (Zambezi Monitor) - Mozambique's army sent two battalions to Cabo "
     'Delgado province on Monday, Defence Minister Jacinto Mabunda said, a day after insurgents killed '
     '11 people in Mocimboa da Praia, a fishing port.\n\n'
     'Mabunda told lawmakers the first troops had landed in Pemba, the provincial capital, by Monday '
     'afternoon and were heading up the coast by road. "The situation in Mocimboa is under control and '
     'the road to Pemba is open," he said.\n\n'
     "The toll from Sunday's raid rose to 11 after four wounded people died in hospital overnight, the "
     'district administrator said. Residents reached by telephone said armed men were still seen near '
     'the waterfront on Monday, and that many families had slept in the bush or on islands off the '
     'coast.\n\n'
     "Mocimboa da Praia was held by insurgents for a year from 2020 and became a symbol of the state's "
     'weakness in the north.\n\n'
     'Originally published by Savanna Wire.'),
    ('2033-09-06_kestrel_aid-workers-abducted.txt',
     'Nine aid workers abducted in northern Mozambique\n\n'
     'PEMBA, September 6, 2033 (Kestrel News Agency) - Suspected insurgents abducted nine aid workers '
     'from the charity Tidewater Relief on a road near Ancuabe, in northern Mozambique, on Tuesday, the '
     'organisation said.\n\n'
     'The workers, seven Mozambicans and two Kenyans, were travelling in two marked vehicles to a '
     'clinic for displaced families when armed men stopped them at a bridge. A driver who escaped into '
     'the bush reached Ancuabe on foot hours later, a local official said.\n\n'
     '"Our colleagues are humanitarians, and they were there only to help," said Marta Fumo, the '
     "charity's country director.\n\n"
     'The provincial government imposed a curfew on Pemba and four northern districts on Monday '
     "following Sunday's deadly raid on Mocimboa da Praia."),
    ('2033-09-06_ridgeline_charity-staff-kidnapped.txt',
     'Charity says nine staff seized by gunmen in Mozambique\n\n'
     'NAIROBI, September 6, 2033 (Ridgeline Press) - Gunmen seized nine employees of the Nairobi-based '
     'charity Tidewater Relief in the Mozambican province of Cabo Delgado on Tuesday, the charity said '
     'in a written statement.\n\n'
     'The statement said the staff were carrying medical supplies near the town of Ancuabe when contact '
     'with them was lost around midday. "We have not heard from them since Tuesday afternoon, and their '
     'families are desperate," the charity\'s chief executive, Daniel Otieno, told reporters in Nairobi.\n\n'
     "Kenya's foreign ministry confirmed that two of those taken were Kenyan citizens.\n\n"
     'Police in Pemba said the kidnappers were believed to have taken the group into the forests west '
     'of Ancuabe.\n\n'
     'The province has been on edge since Sunday, when insurgents killed 11 people in the coastal town '
     'of Mocimboa da Praia.'),
    ('2033-09-07_gulfcourier_macomia-attack.txt',
     'Insurgents attack second Mozambican town in three days\n\n'
     'PEMBA, September 7, 2033 (Gulf Courier) - Insurgents attacked the town of Macomia in northern '
     'Mozambique on Wednesday, burning the district administration building and killing at least four '
     'people, officials and residents said.\n\n'
     '"They went straight for the government offices and the bank," said Omar Sufo, a teacher who hid '
     'in a classroom with his family.\n\n'
     "Sunday's raid on Mocimboa da Praia, about 100 kilometres up the coast, left 11 people dead.\n\n"
     'Macomia, a market town on the main road north, was briefly overrun in 2020 and again in 2024. The '
     'army sent two battalions to the province on Monday, but residents said few soldiers had reached '
     'Macomia.\n\n'
     'The Coastal Conflict Observatory says it has recorded more than 40 attacks in Cabo Delgado since '
     'January.'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt',
     'Mozambique accuses Tanzania of sheltering insurgents\n\n'
     "MAPUTO, September 7, 2033 (Indian Ocean Tribune) - Mozambique's foreign minister accused "
     'neighbouring Tanzania on Wednesday of allowing insurgents to shelter in its southern border '
     'region, hours after militants attacked the district town of Macomia.\n\n'
     'Speaking at a news conference in Maputo, Foreign Minister Teresa Nhaca said the fighters who '
     'raided Mocimboa da Praia on Sunday had crossed the Rovuma river from Tanzania and gone back there '
     "afterwards. Nhaca called on Dodoma to hand over the group's commanders and to close camps she "
     'said were used for recruitment.\n\n'
     '"This is not a problem Mozambique created, and it is not one we can solve by ourselves," she said.\n\n'
     'Separately, Defence Minister Jacinto Mabunda told parliament that Tanzania must hand the '
     'insurgent leaders over to Mozambican justice, drawing applause from lawmakers of all parties.\n\n'
     "At least four people were killed in Wednesday's attack on Macomia, according to local officials.\n\n"
     'The two countries signed a border security pact in 2028 that provides for joint patrols on the '
     'Rovuma.'),
    ('2033-09-07_savannawire_macomia-raid.txt',
     'Militants hit Macomia as Maputo blames Tanzania\n\n'
     'PEMBA, September 7, 2033 (Savanna Wire) - Militants raided Macomia, a district town in northern '
     'Mozambique, on Wednesday, killing six people, officials said, as the government in Maputo accused '
     'Tanzania of harbouring the fighters.\n\n'
     'Witnesses said the attackers, some of them teenagers, looted the pharmacy and a grain store '
     'before setting the district office alight.\n\n'
     'In Maputo, Foreign Minister Teresa Nhaca told reporters that Tanzania was "allowing its territory '
     'to be used as a rear base" by the insurgents. She called on the Tanzanian government to arrest '
     "the insurgents' leaders and hand them over.\n\n"
     'Three days earlier, 11 people were killed when insurgents overran parts of Mocimboa da Praia. A '
     'regional analyst, Pedro Cumbe, said the militants now appeared able to strike along a '
     '100-kilometre stretch of coast.\n\n'
     'Nine staff of the charity Tidewater Relief abducted near Ancuabe on Tuesday remain missing.'),
    ('2033-09-08_kestrel_tanzania-rejects.txt',
     "Tanzania rejects Mozambique's charge that it shelters militants\n\n"
     'DAR ES SALAAM, September 8, 2033 (Kestrel News Agency) - Tanzania on Thursday rejected '
     'accusations by Mozambique that it was sheltering the insurgents behind a wave of attacks in Cabo '
     'Delgado province, calling them baseless.\n\n'
     '"Tanzania does not and will not harbour any armed group that threatens a neighbour," foreign '
     'ministry spokeswoman Neema Kisanga said in a statement.\n\n'
     "Mozambique's Foreign Minister Teresa Nhaca said on Wednesday that the fighters who attacked "
     'Mocimboa da Praia had slipped back into Tanzania.\n\n'
     'The row comes as the first Malawian troops landed in Pemba on Thursday. Relations between Dodoma '
     'and Maputo have been warm in recent years, and the two navies held joint exercises off the Rovuma '
     'estuary in 2030.\n\n'
     'A Western diplomat in Dar es Salaam said the dispute was unlikely to escalate, because both '
     'governments depend on the same gas investors.'),
    ('2033-09-08_ridgeline_malawi-troops-arrive.txt',
     'Malawian troops land in Mozambique under defence deal\n\n'
     'PEMBA, September 8, 2033 (Ridgeline Press) - The first Malawian soldiers arrived in the northern '
     'Mozambican city of Pemba on Thursday under a bilateral defence agreement, as Maputo struggles to '
     'contain an insurgency that has flared again this month.\n\n'
     'A transport plane carrying about 250 troops landed at Pemba airport shortly after dawn, a '
     'Malawian army spokesman said.\n\n'
     'The deployment is the first under a 2031 pact in which the two neighbours pledged to assist each '
     'other against armed groups.\n\n'
     "Mozambique's own army deployed two battalions to Cabo Delgado on Monday, after Sunday's raid on "
     'Mocimboa da Praia.\n\n'
     '"Malawi has a direct interest, because so much of our trade goes through Nacala," said Grace '
     'Mhango, a security researcher in Lilongwe.'),
    ('2033-09-08_zambezi_wfp-food-delivery.txt',
     'WFP delivers food to families displaced by Mozambique raids\n\n'
     'PEMBA, September 8, 2033 (Zambezi Monitor) - The World Food Programme delivered maize meal, beans '
     'and oil to about 18,000 displaced people in camps around Metuge, near the northern Mozambican '
     'city of Pemba, on Thursday, the agency said.\n\n'
     'Trucks escorted by police reached the camps in the morning and distribution continued into the '
     'afternoon, WFP country director Ana Lucia Brito said.\n\n'
     'Most of the new arrivals fled Macomia after militants attacked the town on Wednesday, she said. '
     '"Families walked for two days with nothing, and some children have not eaten since Tuesday," '
     'Brito said.\n\n'
     'The provincial government says more than 30,000 people have fled their homes since Sunday.'),
    ('2033-09-09_gulfcourier_four-aid-workers-freed.txt',
     'Four kidnapped aid workers freed in Mozambique\n\n'
     'PEMBA, September 9, 2033 (Gulf Courier) - Insurgents in northern Mozambique freed four of the '
     'nine aid workers they were holding on Friday, three days after abducting them near Ancuabe, the '
     'charity Tidewater Relief said.\n\n'
     'The four, all Mozambican women, were left at a village on the Ancuabe road early on Friday and '
     "walked to an army post, the charity said. They were tired but unharmed, said Tidewater Relief's "
     'country director, Marta Fumo.\n\n'
     'Fumo would not comment on reports that money had changed hands, and the government has said it '
     'does not pay ransoms.\n\n'
     'Malawian troops arrived in Pemba on Thursday under a bilateral defence pact to back the '
     'Mozambican army.'),
    ('2033-09-09_savannawire_hostages-freed.txt',
     'Militants free four of nine charity workers held in Mozambique\n\n'
     'MAPUTO, September 9, 2033 (Savanna Wire) - Four aid workers kidnapped by militants in northern '
     'Mozambique this week were set free on Friday and are in good health, Interior Minister Lurdes '
     'Mabota said.\n\n'
     'Mabota said the government had paid nothing and freed no prisoners, and that efforts were '
     'continuing for the remaining five. "We are relieved, but our work is only half done," she told '
     'reporters.\n\n'
     'The workers were abducted on Tuesday near Ancuabe while driving to a clinic for displaced '
     'families.\n\n'
     'Releases in small groups are a common tactic because they keep negotiations going, said Joana '
     'Matsinhe of the Institute for Coastal Security.\n\n'
     'Malawian soldiers arrived in Pemba on Thursday to support the Mozambican army.'),
    ('2033-09-10_oceantribune_army-retakes-mocimboa.txt',
     'Mozambican army says it has retaken Mocimboa da Praia\n\n'
     'PEMBA, September 10, 2033 (Indian Ocean Tribune) - Mozambican troops took back Mocimboa da Praia, '
     'a harbour town held by insurgents for six days, on Saturday after a day of heavy fighting, the '
     'army said.\n\n'
     'Army spokesman Colonel Eusebio Langa said soldiers had cleared the town centre and the harbour, '
     'and that 23 insurgents were killed. The claim could not be independently verified, and there was '
     'no comment from the insurgents.\n\n'
     'Langa said Malawian soldiers, who arrived in Pemba on Thursday, had stayed in reserve. "The town '
     'is quiet now, but there are still mines on the roads," he said.\n\n'
     'Insurgents raided the town last Sunday, killing 11 people, and armed men had been seen in the '
     'harbour area since.\n\n'
     'Mocimboa da Praia was previously held by insurgents from August 2020 until August 2021.'),
    ('2033-09-10_zambezi_army-retakes-mocimboa.txt',
     "Mozambique's army retakes Mocimboa da Praia from insurgents\n\n"
     'PEMBA, September 10, 2033 (Zambezi Monitor) - Mozambican troops took back Mocimboa da Praia, a '
     'harbour town held by insurgents for six days, on Saturday after a day of heavy fighting, the army '
     'said.\n\n'
     'Army spokesman Colonel Eusebio Langa said soldiers had cleared the town centre and the harbour '
     'and killed 23 insurgents. The figure could not be independently verified.\n\n'
     'Langa said Malawian soldiers, who arrived in Pemba on Thursday, had stayed in reserve. "The town '
     'is quiet now, but there are still mines on the roads," he said.\n\n'
     'Insurgents raided the town last Sunday, killing 11 people. Mocimboa da Praia was previously held '
     'by insurgents from August 2020 until August 2021.\n\n'
     'This article includes reporting by Indian Ocean Tribune.'),
    ('2033-09-11_kestrel_envoy-meets-governor.txt',
     'SADC envoy holds talks in Pemba as hostage families wait\n\n'
     "PEMBA, September 11, 2033 (Kestrel News Agency) - Southern Africa's regional bloc sent an envoy "
     'to the insurgency-hit north of Mozambique on Sunday, where he held talks with Governor Rosario '
     'Mucavele on the insurgency.\n\n'
     'Kagiso Molefhe, a former Botswanan minister, arrived in the morning and left for Maputo in the '
     'evening, officials said.\n\n'
     'Relatives of the five aid workers still held by militants said they had received no news since '
     'Friday. Four of the nine Tidewater Relief staff abducted on September 6 were freed on Friday.\n\n'
     'The UN refugee agency puts the number of people uprooted in the past week at about 42,000.'),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt',
     "Regional envoy visits Mozambique's troubled north\n\n"
     'PEMBA, September 11, 2033 (Ridgeline Press) - An envoy of the Southern African Development '
     "Community met Cabo Delgado's governor and army commanders in Pemba on Sunday, the first visit by "
     'a regional official since insurgents began a new wave of attacks a week ago.\n\n'
     'The envoy, former Botswanan defence minister Kagiso Molefhe, flew in on a chartered plane and '
     "spent about three hours in talks at the governor's residence. Molefhe told reporters afterwards "
     'that member states were watching the situation "with great concern," but did not say whether the '
     'bloc would send troops.\n\n'
     'His visit came a day after the Mozambican army retook Mocimboa da Praia. Molefhe did not comment '
     "on Maputo's accusation that Tanzania is sheltering the militants, which Dodoma rejected on "
     'Thursday.\n\n'
     '"Regional leaders are tired of this conflict, and they want Maputo to own the solution," said '
     'Grace Mhango, a security researcher in Lilongwe.'),
    ('2033-09-12_gulfcourier_curfew-eased.txt',
     'Mozambique eases curfew in Pemba after army retakes port town\n\n'
     'PEMBA, September 12, 2033 (Gulf Courier) - Authorities in northern Mozambique eased a week-old '
     'curfew in the provincial capital Pemba on Monday, shortening it by three hours, after the army '
     'recaptured the port of Mocimboa da Praia from insurgents.\n\n'
     'The curfew will now run from 10 in the evening to 5 in the morning in Pemba, but is unchanged in '
     'the four northern districts, Governor Rosario Mucavele said.\n\n'
     'Mucavele imposed the curfew on September 5, a day after a deadly raid on Mocimboa da Praia.\n\n'
     "Traders in Pemba's market said the shorter hours would let them sell fish in the evening again. "
     '"We lost half our income this week," said Hassan Amade, who runs a food stall near the port.\n\n'
     'The army said on Saturday that its troops had killed 23 insurgents while recapturing Mocimboa da '
     'Praia.'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt',
     'Pemba curfew shortened as displaced stage protest at Metuge\n\n'
     "PEMBA, September 12, 2033 (Indian Ocean Tribune) - Cabo Delgado's governor relaxed the night "
     'curfew on Pemba on Monday, citing improved security after the army regained control of Mocimboa '
     'da Praia at the weekend.\n\n'
     'Under the new rules residents may stay out until ten at night, three hours later than before. '
     '"Security has improved, and people need to be able to work," Governor Rosario Mucavele said.\n\n'
     'The curfew was first imposed on September 5, the day after insurgents raided Mocimboa da Praia.\n\n'
     'In nearby Metuge, hundreds of people living in camps for the displaced staged a protest over food '
     "shortages on Monday. Camp leaders said the World Food Programme's distribution last Thursday had "
     'not reached late arrivals from Macomia.'),
    ('2033-09-12_savannawire_camp-protest.txt',
     'Displaced families protest over food at Mozambique camp\n\n'
     'METUGE, September 12, 2033 (Savanna Wire) - Hundreds of displaced people demonstrated at a camp '
     'in Metuge in northern Mozambique on Monday, blocking the road to the district headquarters over '
     'shortages of food and shelter.\n\n'
     "Protesters, many of whom fled last week's attack on Macomia, chanted and waved empty sacks "
     'outside the camp administration office for about three hours, witnesses said. "There are too many '
     'of us and not enough rice," said Abdul Issufo, a camp leader.\n\n'
     'The World Food Programme delivered rations to about 18,000 people in the Metuge camps on '
     'Thursday, but camp leaders said thousands more had arrived since.\n\n'
     "Aid officials say Metuge's camps now shelter more than 60,000 people."),
    ('2033-09-13_kestrel_last-aid-workers-freed.txt',
     'Last five kidnapped aid workers released in Mozambique\n\n'
     'PEMBA, September 13, 2033 (Kestrel News Agency) - Militants in northern Mozambique on Tuesday '
     'freed the remaining five aid workers they seized a week ago, including two Kenyans, the charity '
     'Tidewater Relief said.\n\n'
     'The five were handed over to community leaders in a village west of Ancuabe and flown to Pemba by '
     'army helicopter, the charity said. Four of their colleagues were released on Friday.\n\n'
     '"Everyone is home, and that is all that matters today," said Daniel Otieno, the charity\'s chief '
     'executive.\n\n'
     'The abductions were the first of foreign aid staff in Cabo Delgado since 2022.'),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt',
     'Mozambique militants free remaining charity hostages\n\n'
     'NAIROBI, September 13, 2033 (Ridgeline Press) - Five aid workers held for a week by insurgents in '
     'Mozambique were released on Tuesday and are safe in Pemba, the Nairobi-based charity Tidewater '
     'Relief said.\n\n'
     "The group's two Kenyan staff members are expected to fly home on Wednesday.\n\n"
     "Militants stopped the charity's vehicles near Ancuabe on September 6 and took nine staff into the "
     'forest. Four women were let go three days later.\n\n'
     'The Mozambican army retook Mocimboa da Praia on Saturday. A regional envoy, Kagiso Molefhe, '
     'visited Pemba on Sunday for talks with provincial officials.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('ASSAULT',), '2033-09-04',
            'insurgents raid Mocimboa da Praia, killing 7, later 11'),
    'A02': (('ASSAULT',), '2033-09-07',
            'insurgents raid Macomia, killing 4 (6 in one report)'),
    'A03': (('MOBILIZE',), '2033-09-05',
            'Mozambican army sends two battalions to Cabo Delgado'),
    'A04': (('ASSAULT',), '2033-09-10',
            'Mozambican army retakes Mocimboa da Praia from insurgents'),
    'A05': (('MOBILIZE',), '2033-09-08',
            'Malawian contingent arrives in Pemba under bilateral pact'),
    'A06': (('ASSAULT', 'COERCE'), '2033-09-06',
            'insurgents abduct nine Tidewater Relief aid workers near Ancuabe'),
    'A07': (('RETREAT',), '2033-09-09',
            'insurgents free four of the nine aid workers'),
    'A08': (('RETREAT',), '2033-09-13',
            'insurgents free the remaining five aid workers'),
    'A09': (('AID',), '2033-09-08',
            'WFP delivers food to 18,000 displaced people at Metuge'),
    'A10': (('COERCE',), '2033-09-05',
            'Cabo Delgado governor imposes curfew on Pemba and four districts'),
    'A11': (('CONCEDE',), '2033-09-12',
            'governor eases the Pemba curfew by three hours'),
    'A12': (('ACCUSE',), '2033-09-07',
            'Mozambican foreign minister Nhaca accuses Tanzania of harbouring insurgents'),
    'A13': (('REQUEST',), '2033-09-07',
            'foreign minister Nhaca demands Tanzania hand over insurgent leaders'),
    'A14': (('REQUEST',), '2033-09-07',
            'defence minister Mabunda demands Tanzania hand over insurgent leaders'),
    'A15': (('REJECT',), '2033-09-08',
            'Tanzania rejects the accusation of sheltering insurgents'),
    'A16': (('CONSULT',), '2033-09-11',
            'SADC envoy Molefhe visits Pemba, talks with governor'),
    'A17': (('PROTEST',), '2033-09-12',
            'displaced people protest at Metuge camp over food'),
    'A18': (('THREATEN',), '2033-09-04',
            'governor Mucavele warns he will impose a curfew if violence spreads'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2033-09-04_gulfcourier_gunmen-kill-seven.txt', 'A01', 'Insurgents raided Mocimboa da Praia'),
    ('2033-09-04_gulfcourier_gunmen-kill-seven.txt', 'A01', 'started shooting at the market'),
    ('2033-09-04_ridgeline_militants-storm-mocimboa.txt', 'A01', 'stormed Mocimboa da Praia, a harbour town'),
    ('2033-09-04_ridgeline_militants-storm-mocimboa.txt', 'A01', 'fired at houses as families ran'),
    ('2033-09-04_ridgeline_militants-storm-mocimboa.txt', 'A01', 'They shot at anyone who ran'),
    ('2033-09-04_ridgeline_militants-storm-mocimboa.txt', 'A18', 'warned late on Sunday that he would'),
    ('2033-09-05_oceantribune_curfew-imposed.txt', 'A10', 'ordered a night-time curfew from Monday'),
    ('2033-09-05_oceantribune_curfew-imposed.txt', 'A01', 'gunmen killed at least 11 people'),
    ('2033-09-05_oceantribune_curfew-imposed.txt', 'A10', 'the curfew would run from seven'),
    ('2033-09-05_oceantribune_curfew-imposed.txt', 'A03', 'reinforcements were on their way north'),
    ('2033-09-05_savannawire_army-sends-troops.txt', 'A03', 'army sent two battalions to Cabo Delgado'),
    ('2033-09-05_savannawire_army-sends-troops.txt', 'A01', 'insurgents killed 11 people in Mocimboa'),
    ('2033-09-05_savannawire_army-sends-troops.txt', 'A03', 'the first troops had landed in Pemba'),
    ('2033-09-05_savannawire_army-sends-troops.txt', 'A01', "The toll from Sunday's raid rose"),
    ('2033-09-05_zambezi_army-sends-troops.txt', 'A03', 'army sent two battalions to Cabo Delgado'),
    ('2033-09-05_zambezi_army-sends-troops.txt', 'A01', 'insurgents killed 11 people in Mocimboa'),
    ('2033-09-05_zambezi_army-sends-troops.txt', 'A03', 'the first troops had landed in Pemba'),
    ('2033-09-05_zambezi_army-sends-troops.txt', 'A01', "The toll from Sunday's raid rose"),
    ('2033-09-06_kestrel_aid-workers-abducted.txt', 'A06', 'abducted nine aid workers from the charity'),
    ('2033-09-06_kestrel_aid-workers-abducted.txt', 'A06', 'armed men stopped them at a bridge'),
    ('2033-09-06_kestrel_aid-workers-abducted.txt', 'A10', 'imposed a curfew on Pemba and four'),
    ('2033-09-06_kestrel_aid-workers-abducted.txt', 'A01', "Sunday's deadly raid on Mocimboa da Praia"),
    ('2033-09-06_ridgeline_charity-staff-kidnapped.txt', 'A06', 'Gunmen seized nine employees of the'),
    ('2033-09-06_ridgeline_charity-staff-kidnapped.txt', 'A06', 'the kidnappers were believed to have taken'),
    ('2033-09-06_ridgeline_charity-staff-kidnapped.txt', 'A01', 'insurgents killed 11 people in the coastal'),
    ('2033-09-07_gulfcourier_macomia-attack.txt', 'A02', 'Insurgents attacked the town of Macomia'),
    ('2033-09-07_gulfcourier_macomia-attack.txt', 'A02', 'went straight for the government offices'),
    ('2033-09-07_gulfcourier_macomia-attack.txt', 'A01', "Sunday's raid on Mocimboa da Praia"),
    ('2033-09-07_gulfcourier_macomia-attack.txt', 'A03', 'army sent two battalions to the province'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A12',
     'foreign minister accused neighbouring Tanzania'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A02',
     'militants attacked the district town of Macomia'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A12', 'crossed the Rovuma river from Tanzania'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A01', 'who raided Mocimboa da Praia on Sunday'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A13', 'Nhaca called on Dodoma to hand over'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A14',
     'Tanzania must hand the insurgent leaders over'),
    ('2033-09-07_oceantribune_maputo-accuses-tanzania.txt', 'A02', "Wednesday's attack on Macomia"),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A02', 'Militants raided Macomia, a district town'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A12', 'accused Tanzania of harbouring the fighters'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A02', 'looted the pharmacy and a grain store'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A12', 'allowing its territory to be used'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A13', 'She called on the Tanzanian government'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A01', 'insurgents overran parts of Mocimboa da Praia'),
    ('2033-09-07_savannawire_macomia-raid.txt', 'A06', 'abducted near Ancuabe on Tuesday'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A15', 'Tanzania on Thursday rejected accusations'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A12', 'accusations by Mozambique that it was sheltering'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A15', 'does not and will not harbour'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A12', 'Nhaca said on Wednesday that the fighters'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A01', 'who attacked Mocimboa da Praia'),
    ('2033-09-08_kestrel_tanzania-rejects.txt', 'A05', 'first Malawian troops landed in Pemba'),
    ('2033-09-08_ridgeline_malawi-troops-arrive.txt', 'A05',
     'first Malawian soldiers arrived in the northern'),
    ('2033-09-08_ridgeline_malawi-troops-arrive.txt', 'A05', 'carrying about 250 troops landed'),
    ('2033-09-08_ridgeline_malawi-troops-arrive.txt', 'A03', 'army deployed two battalions to Cabo Delgado'),
    ('2033-09-08_ridgeline_malawi-troops-arrive.txt', 'A01', "after Sunday's raid on Mocimboa"),
    ('2033-09-08_zambezi_wfp-food-delivery.txt', 'A09', 'World Food Programme delivered maize meal'),
    ('2033-09-08_zambezi_wfp-food-delivery.txt', 'A09', 'distribution continued into the afternoon'),
    ('2033-09-08_zambezi_wfp-food-delivery.txt', 'A02', 'after militants attacked the town on Wednesday'),
    ('2033-09-09_gulfcourier_four-aid-workers-freed.txt', 'A07', 'freed four of the nine aid workers'),
    ('2033-09-09_gulfcourier_four-aid-workers-freed.txt', 'A06', 'three days after abducting them'),
    ('2033-09-09_gulfcourier_four-aid-workers-freed.txt', 'A07', 'were left at a village on'),
    ('2033-09-09_gulfcourier_four-aid-workers-freed.txt', 'A05',
     'Malawian troops arrived in Pemba on Thursday'),
    ('2033-09-09_savannawire_hostages-freed.txt', 'A07', 'were set free on Friday'),
    ('2033-09-09_savannawire_hostages-freed.txt', 'A06', 'kidnapped by militants in northern Mozambique'),
    ('2033-09-09_savannawire_hostages-freed.txt', 'A06', 'were abducted on Tuesday near Ancuabe'),
    ('2033-09-09_savannawire_hostages-freed.txt', 'A05', 'Malawian soldiers arrived in Pemba on Thursday'),
    ('2033-09-10_oceantribune_army-retakes-mocimboa.txt', 'A04', 'troops took back Mocimboa da Praia'),
    ('2033-09-10_oceantribune_army-retakes-mocimboa.txt', 'A04', 'soldiers had cleared the town centre'),
    ('2033-09-10_oceantribune_army-retakes-mocimboa.txt', 'A05', 'who arrived in Pemba on Thursday'),
    ('2033-09-10_oceantribune_army-retakes-mocimboa.txt', 'A01', 'Insurgents raided the town last Sunday'),
    ('2033-09-10_zambezi_army-retakes-mocimboa.txt', 'A04', 'troops took back Mocimboa da Praia'),
    ('2033-09-10_zambezi_army-retakes-mocimboa.txt', 'A04', 'soldiers had cleared the town centre'),
    ('2033-09-10_zambezi_army-retakes-mocimboa.txt', 'A05', 'who arrived in Pemba on Thursday'),
    ('2033-09-10_zambezi_army-retakes-mocimboa.txt', 'A01', 'Insurgents raided the town last Sunday'),
    ('2033-09-11_kestrel_envoy-meets-governor.txt', 'A16', 'where he held talks with Governor'),
    ('2033-09-11_kestrel_envoy-meets-governor.txt', 'A16', 'arrived in the morning and left'),
    ('2033-09-11_kestrel_envoy-meets-governor.txt', 'A06', 'abducted on September 6'),
    ('2033-09-11_kestrel_envoy-meets-governor.txt', 'A07', 'were freed on Friday'),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt', 'A16', "met Cabo Delgado's governor and army commanders"),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt', 'A16', 'spent about three hours in talks'),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt', 'A04', 'army retook Mocimboa da Praia'),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt', 'A12', "Maputo's accusation that Tanzania is sheltering"),
    ('2033-09-11_ridgeline_sadc-envoy-visits.txt', 'A15', 'which Dodoma rejected on Thursday'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A11', 'eased a week-old curfew'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A04', 'army recaptured the port of Mocimboa'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A11', 'will now run from 10 in the evening'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A10', 'Mucavele imposed the curfew on September 5'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A01', 'a deadly raid on Mocimboa da Praia'),
    ('2033-09-12_gulfcourier_curfew-eased.txt', 'A04', 'killed 23 insurgents while recapturing'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A11', 'governor relaxed the night curfew'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A04', 'army regained control of Mocimboa da Praia'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A11', 'residents may stay out until ten'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A10', 'The curfew was first imposed'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A01', 'insurgents raided Mocimboa da Praia'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A17', 'staged a protest over food shortages'),
    ('2033-09-12_oceantribune_curfew-eased-protest.txt', 'A09', 'distribution last Thursday had not reached'),
    ('2033-09-12_savannawire_camp-protest.txt', 'A17', 'Hundreds of displaced people demonstrated'),
    ('2033-09-12_savannawire_camp-protest.txt', 'A17', 'chanted and waved empty sacks'),
    ('2033-09-12_savannawire_camp-protest.txt', 'A02', "fled last week's attack on Macomia"),
    ('2033-09-12_savannawire_camp-protest.txt', 'A09', 'delivered rations to about 18,000 people'),
    ('2033-09-13_kestrel_last-aid-workers-freed.txt', 'A08', 'on Tuesday freed the remaining five'),
    ('2033-09-13_kestrel_last-aid-workers-freed.txt', 'A06', 'they seized a week ago'),
    ('2033-09-13_kestrel_last-aid-workers-freed.txt', 'A08', 'handed over to community leaders'),
    ('2033-09-13_kestrel_last-aid-workers-freed.txt', 'A07', 'Four of their colleagues were released'),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt', 'A08', 'were released on Tuesday and are safe'),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt', 'A06',
     "stopped the charity's vehicles near Ancuabe"),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt', 'A07', 'Four women were let go'),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt', 'A04',
     'army retook Mocimboa da Praia on Saturday'),
    ('2033-09-13_ridgeline_remaining-hostages-released.txt', 'A16', 'visited Pemba on Sunday for talks'),
]

FLOORS = {"pairwise_f1": 0.79, "b3_f1": 0.81, "reports_found": 0.71}


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
