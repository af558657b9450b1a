"""Blind incident batch 61: an India-Pakistan crisis over ten days (July 14-23, 2035) after a militant attack on
Hindu pilgrims near Sonamarg in Indian Kashmir - accusations, two summonses, expulsions of military diplomats, the
suspension of the Indus Waters Treaty, shelling across the Line of Control, airspace closures on both sides, calls
for restraint by the UN, the US, China and the Gulf Cooperation Council, a Saudi minister's talks in New Delhi, a
hotline call between the two armies' operations chiefs, a detention of fishermen and their release.

Counts: 25 documents from six invented outlets (Crestpoint News Agency, Deccan Ledger, Northgate Wire, Ravi Evening
Post, Saltmarsh Press, Gulf Lantern), 29 gold acts, 142 report entries. Types: SANCTION 5, REQUEST 4, ACCUSE 3,
ACCUSE/CONSULT 2 (summonses), ASSAULT 3, PROTEST 2, COERCE 2, CONSULT 2, AGREE 2, CONCEDE/RETREAT 2 (a release and
a ban lifted), THREATEN 1, REJECT 1. One document is a verbatim syndicated copy of an earlier one (Gulf Lantern
reprints Crestpoint's July 16 treaty story, same day) and one is a lightly edited copy (Deccan Ledger's July 17
airspace story after Saltmarsh Press). Look-alikes that must stay apart: two summonses (India on July 15, Pakistan
on July 16), two expulsions (by India, then by Pakistan), two protests (Jammu on July 15, Lahore on July 17), two
airspace closures (Pakistan July 17, India July 18), two strikes on different towns by different sides (Poonch on
July 18, Kotli on July 19), two calls for calm by different speakers on one day (US and China, July 17), a threat
(July 16) and the closure it threatened (July 17), a ban imposed (July 17) and lifted (July 23), a detention
(July 18) and the later release (July 23), an offer and its rejection on one day. The death toll changes between
reports (19, then 22, then 24); later reports recap earlier acts in background clauses.

Conventions for the expected values: an act is one actor (for statements one speaker or institution) doing one
thing to one target on one day (a call for restraint addressed to both countries is one act). Actors in ACTS are
noted with CAMEO-style codes: ISO 3166 alpha-3 for states and their governments, forces, police and people (IND,
PAK, USA, CHN, SAU), UNO for the UN, IGO for the Gulf Cooperation Council, with sectors GOV, MIL, COP, CVL. Types
follow CAMEO2PLOVER-2021; a second type is given only where the codebook allows two readings: the summons of a
diplomat is ACCUSE or CONSULT, a release or the lifting of a ban is CONCEDE or RETREAT. A lodged diplomatic protest is
ACCUSE, a call for calm is REQUEST, an offer to take part in an inquiry is AGREE, a conditional warning is THREATEN.
REPORTS lists every sentence (headlines included) that reports an act that happened, background recaps in later
reports included, each with a cue (a short verbatim phrase found exactly once in its file); the syndicated and the
edited copies have their own entries. A clause (a verb with its subject, a relative clause included) recaps an act;
a bare noun phrase that only names an earlier act ("over New Delhi's decision to suspend ...", "an
offer by Pakistan's prime minister", "after hotline talks") is not listed. Planned, promised-but-not-yet-done,
threatened, conditional, hypothetical and denied acts, denials of an accusation, acts more than a year before (the
wars since 1947, the 2021 ceasefire understanding), statistics, tallies, crowd estimates and opinions are not listed.

Scoring, as the functions below do it: the documents are ingested into a fresh store, as they would arrive in use;
each coded event whose sentence contains the cue of exactly one REPORTS entry of its file with a matching type is
mapped to that gold act, with the incident the system put it in; eval.incidents.score gives the pairwise and B-cubed
F1 of the system's incidents against the gold acts, and reports_found is the share of (file, act) pairs of REPORTS
that at least one mapped event covers.

All wording is invented in a wire style; outlets and people are invented, countries and places are real, the events
never happened and the dates lie in the future. Every text was checked with /tmp/ew/overlap.py for six-word runs
shared with the gold, seed, news and demo corpus and the repository's tests: none was found with the gold, seed,
news or demo texts. The batch was written at the start of the eighteenth session (2026-12-02), without reading the
coder's code, lexicons, rules or data or any other blind batch, from the template and the brief alone. It is held
back: it is run only to measure, and its errors are not read.

FLOORS were all 0.0 until the first run; they are now its figures less 0.03.

FIRST RUN, held back and never read (written by a helper at the start of the eighteenth session (2026-12-02)): run
once at its start, on its starting code (7dd3f8f): **pairwise F1 0.772** (precision 0.971, recall 0.641), B-cubed F1
0.873, reports found 0.500.
Run again at its end, on its final code (91ae71b): **pairwise F1 0.777** (precision 0.971, recall 0.648), B-cubed F1
0.876, reports found 0.512. Which of the session's changes touched it was not read.
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
    ("2035-07-14_crestpoint_pilgrim-bus-attack.txt",
     "Gunmen kill 19 Hindu pilgrims in ambush on bus in Indian Kashmir\n\n"
     "SRINAGAR, July 14, 2035 (Crestpoint News Agency) - Gunmen opened fire on a bus carrying Hindu pilgrims "
     "near the resort town of Sonamarg in Indian Kashmir on Saturday, killing at least 19 people and "
     "wounding more than 30, police said.\n\n"
     "The bus was part of a convoy heading for the base camp of an annual Himalayan pilgrimage when the "
     "attackers fired from a slope of pine trees above the road, a senior police officer told Crestpoint, "
     "asking not to be named.\n\n"
     "\"They kept shooting at the windows for what felt like forever,\" said Hemant Vora, a 52-year-old "
     "textile trader from Gujarat who was travelling in a car behind the bus. \"People were screaming and "
     "crawling under the seats.\"\n\n"
     "No group has claimed responsibility. Police believe the attackers, three or four men, escaped into the "
     "forest on foot.\n\n"
     "The pilgrimage draws several hundred thousand devotees every summer and is normally guarded by tens of "
     "thousands of troops and police."),
    ("2035-07-14_deccanledger_sonamarg-attack.txt",
     "Toll climbs to 22 after militants ambush pilgrim bus near Sonamarg\n\n"
     "SRINAGAR, July 14, 2035 (Deccan Ledger) - The number of pilgrims killed when militants sprayed a bus "
     "with gunfire near Sonamarg rose to 22 on Saturday evening after three more victims died of their "
     "wounds in a Srinagar hospital, officials said.\n\n"
     "The ambush took place on the highway to Ladakh roughly 10 km short of the Baltal base camp, from where "
     "devotees trek up to a cave shrine high in the mountains.\n\n"
     "Doctors at the Sher-i-Kashmir Institute of Medical Sciences said nine of the injured were fighting for "
     "their lives. Most of the dead came from Gujarat, Maharashtra and Uttar Pradesh, according to a list "
     "put out by the divisional administration.\n\n"
     "Relatives of the victims began arriving in Srinagar late on Saturday, many of them on the last flights "
     "from Delhi and Ahmedabad."),
    ("2035-07-15_northgate_india-blames-pakistan.txt",
     "India blames Pakistan for pilgrim massacre, summons its envoy\n\n"
     "NEW DELHI, July 15, 2035 (Northgate Wire) - India on Sunday accused Pakistan of sponsoring the gunmen "
     "who killed 22 Hindu pilgrims in Kashmir a day earlier, and summoned Islamabad's top diplomat in New "
     "Delhi to lodge a formal protest.\n\n"
     "Foreign ministry spokesman Kunal Sethuraman told reporters that two of the attackers had been "
     "identified from intercepted radio traffic as members of a network trained, armed and steered from "
     "across the border. He offered no evidence for the claim.\n\n"
     "Pakistan's charge d'affaires, Tariq Nadeem Sheikh, was called to the ministry's South Block offices on "
     "Sunday afternoon and handed a strongly worded note, an Indian official said.\n\n"
     "Security officials said the death toll remained at 22. Pakistan's foreign office could not be reached "
     "right away.\n\n"
     "The Cabinet Committee on Security will meet on Monday to weigh India's options, the prime minister's "
     "office announced."),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt",
     "Islamabad calls Indian charges baseless, says New Delhi exploiting tragedy\n\n"
     "ISLAMABAD, July 15, 2035 (Ravi Evening Post) - Pakistan on Sunday rejected India's allegation that it "
     "was behind the killing of pilgrims in Kashmir and accused New Delhi of exploiting the tragedy to draw "
     "attention away from its own security lapses.\n\n"
     "Foreign Office spokeswoman Hira Sultana Mirza said Pakistan had no link whatsoever to the attack near "
     "Sonamarg. \"We have nothing to hide,\" she said.\n\n"
     "Hours earlier, New Delhi called in Islamabad's ranking diplomat in the Indian capital and blamed "
     "Islamabad for the attack, which killed 22 people.\n\n"
     "Pakistan's National Security Committee, which brings together the civilian and military leadership, is "
     "expected to meet on Monday.\n\n"
     "The neighbours have fought three wars since independence in 1947, two of them over Kashmir, which both "
     "claim in full but rule in part."),
    ("2035-07-15_saltmarsh_jammu-protest.txt",
     "Angry crowds burn Pakistani flags in Jammu after pilgrim killings\n\n"
     "JAMMU, July 15, 2035 (Saltmarsh Press) - Several thousand people marched through the old city of Jammu "
     "on Sunday, burning Pakistani flags and chanting slogans against Islamabad, a day after the attack on "
     "Hindu pilgrims in the Kashmir valley.\n\n"
     "Police said the march, organised by a coalition of local trade and temple groups, passed off peacefully.\n\n"
     "Organiser Sunil Dogra told Saltmarsh the rally was meant to honour the dead and to demand answers. "
     "\"These were ordinary families on a journey of faith,\" he said.\n\n"
     "Gunmen fired on a bus carrying pilgrims near Sonamarg on Saturday, killing 22 people in the deadliest "
     "attack on civilians in the region in years."),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt",
     "India suspends Indus Waters Treaty, expels Pakistani military attaches\n\n"
     "NEW DELHI, July 16, 2035 (Crestpoint News Agency) - India said on Monday it was suspending the 1960 "
     "Indus Waters Treaty with immediate effect and ordered the expulsion of the defence attaches at "
     "Pakistan's High Commission, two days after gunmen killed 22 pilgrims in Kashmir.\n\n"
     "Foreign Secretary Meera Talwarkar told a news briefing the treaty would be held in abeyance until "
     "Pakistan took credible and irreversible steps against militant groups operating from its soil.\n\n"
     "The three Pakistani officers, who were declared persona non grata, have one week to leave India, she said.\n\n"
     "The 1960 treaty, brokered by the World Bank, governs how the six rivers of the Indus basin are shared "
     "and had survived three wars between the neighbours. Pakistan depends on the western rivers for most of "
     "its irrigation water.\n\n"
     "It was not clear what practical effect the suspension would have, since India lacks the storage to "
     "hold back large volumes of water in the short run, said Vineet Arora, a water policy researcher in New "
     "Delhi.\n\n"
     "Pakistan's foreign ministry had accused India on Sunday of exploiting the attack for political gain."),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt",
     "India suspends Indus Waters Treaty, expels Pakistani military attaches\n\n"
     "NEW DELHI, July 16, 2035 (Crestpoint News Agency) - India said on Monday it was suspending the 1960 "
     "Indus Waters Treaty with immediate effect and ordered the expulsion of the defence attaches at "
     "Pakistan's High Commission, two days after gunmen killed 22 pilgrims in Kashmir.\n\n"
     "Foreign Secretary Meera Talwarkar told a news briefing the treaty would be held in abeyance until "
     "Pakistan took credible and irreversible steps against militant groups operating from its soil.\n\n"
     "The three Pakistani officers, who were declared persona non grata, have one week to leave India, she said.\n\n"
     "The 1960 treaty, brokered by the World Bank, governs how the six rivers of the Indus basin are shared "
     "and had survived three wars between the neighbours. Pakistan depends on the western rivers for most of "
     "its irrigation water.\n\n"
     "It was not clear what practical effect the suspension would have, since India lacks the storage to "
     "hold back large volumes of water in the short run, said Vineet Arora, a water policy researcher in New "
     "Delhi.\n\n"
     "Pakistan's foreign ministry had accused India on Sunday of exploiting the attack for political gain."),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt",
     "Pakistan summons Indian envoy, warns airspace could be shut\n\n"
     "ISLAMABAD, July 16, 2035 (Ravi Evening Post) - Pakistan called in India's acting envoy on Monday over "
     "New Delhi's decision to suspend the Indus Waters Treaty, calling the move a breach of international law.\n\n"
     "Prashant Venkatraman, India's senior diplomat in Islamabad, was handed a demarche at the Foreign "
     "Office, a ministry official said.\n\n"
     "The National Security Committee, meeting under Prime Minister Haroon Lakhani late on Monday, said "
     "Pakistan would close its airspace to all Indian-owned and Indian-operated airlines if New Delhi did "
     "not reverse its decision by midnight.\n\n"
     "Farmers' groups in Punjab province plan a rally in Lahore on Tuesday, organisers said.\n\n"
     "Gunmen killed 22 Hindu pilgrims near Sonamarg on Saturday, in an attack New Delhi has blamed on "
     "Pakistan. Islamabad denies any role."),
    ("2035-07-16_northgate_un-chief-urges-restraint.txt",
     "UN chief urges India, Pakistan to pull back from confrontation\n\n"
     "UNITED NATIONS, July 16, 2035 (Northgate Wire) - U.N. Secretary-General Ingrid Salvesen-Moura on "
     "Monday urged India and Pakistan to exercise maximum restraint and to resolve their quarrel by talking, "
     "her spokesman said.\n\n"
     "\"The Secretary-General is deeply worried by the sharp rise in tensions,\" spokesman Olumide Farrant "
     "told the daily briefing at U.N. headquarters in New York.\n\n"
     "Hours earlier, India suspended a decades-old water-sharing treaty with Pakistan and expelled three "
     "Pakistani military diplomats.\n\n"
     "Diplomats said neither country had so far asked for a meeting of the Security Council."),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt",
     "Pakistan closes airspace to Indian airlines, orders out diplomats\n\n"
     "ISLAMABAD, July 17, 2035 (Saltmarsh Press) - Pakistan shut Indian airlines out of its airspace on "
     "Tuesday and ordered three Indian diplomats to leave the country, escalating a row that erupted after "
     "last weekend's killing of pilgrims in Kashmir.\n\n"
     "The closure took effect at midnight, a day after Pakistan's National Security Committee warned New "
     "Delhi it would take the step unless India restored the Indus Waters Treaty.\n\n"
     "Under the notice, Indian carriers flying between the Gulf and northern India will have to detour over "
     "the Arabian Sea, adding as much as an hour and a half to some journeys, airline officials said.\n\n"
     "The Foreign Office said the three Indian officials, all attached to the defence wing of India's High "
     "Commission, had been given a week to depart, mirroring New Delhi's move against Pakistani officers on "
     "Monday.\n\n"
     "New Delhi's aviation ministry told travellers to check flight times with their airlines and said it "
     "was assessing the impact.\n\n"
     "India accuses Pakistan of backing the gunmen who killed 22 pilgrims near Sonamarg on Saturday, a "
     "charge Islamabad denies."),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt",
     "Pakistan shuts airspace to Indian carriers, expels three diplomats\n\n"
     "ISLAMABAD, July 17, 2035 (Deccan Ledger) - Pakistan banned Indian airlines from its skies on Tuesday "
     "and ordered three Indian diplomats to leave the country, escalating a row that erupted after last "
     "weekend's killing of pilgrims in Kashmir.\n\n"
     "The closure took effect at midnight, a day after Pakistan's National Security Committee warned New "
     "Delhi it would take the step unless India restored the Indus Waters Treaty.\n\n"
     "Indian carriers flying between the Gulf and northern India will now have to detour over the Arabian "
     "Sea, adding as much as 90 minutes to some trips, airline officials said.\n\n"
     "The Foreign Office said the three Indian officials, all attached to the defence wing of India's High "
     "Commission, had been given seven days to depart, mirroring New Delhi's move against Pakistani officers "
     "on Monday.\n\n"
     "India accuses Pakistan of backing the gunmen who killed 22 pilgrims near Sonamarg on Saturday. "
     "Islamabad denies the charge."),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt",
     "U.S., China press India and Pakistan to avoid escalation\n\n"
     "WASHINGTON, July 17, 2035 (Crestpoint News Agency) - U.S. Secretary of State Caroline Westbrook on "
     "Tuesday called on New Delhi and Islamabad to hold back and keep channels of communication open, amid a "
     "deepening diplomatic row over last weekend's deadly attack in Kashmir.\n\n"
     "\"Nobody gains from a spiral,\" Westbrook told reporters travelling with her to Manila. She would not "
     "say whether she had been in touch with leaders in either capital.\n\n"
     "In Beijing, foreign ministry spokesman Mei Jiahao urged the two neighbours to keep calm and to resolve "
     "the dispute through consultation.\n\n"
     "China, Pakistan's closest ally, is also India's largest source of imported machinery.\n\n"
     "Pakistan on Tuesday closed its airspace to Indian airlines, a day after India suspended the Indus "
     "Waters Treaty and expelled Pakistani military diplomats."),
    ("2035-07-17_ravipost_lahore-water-rally.txt",
     "Thousands rally in Lahore against India's water treaty move\n\n"
     "LAHORE, July 17, 2035 (Ravi Evening Post) - Thousands of farmers rallied outside the Punjab Assembly "
     "in Lahore on Tuesday against India's suspension of the Indus Waters Treaty, waving green flags and "
     "carrying placards that read \"Our rivers, our life.\"\n\n"
     "Organisers put the crowd at 20,000; police estimated about 6,000.\n\n"
     "\"The rivers are not India's to switch off like a tap,\" said Javeria Anjum, a leader of the Punjab "
     "Growers' Front, whose members grow wheat, rice and cotton on canal-fed land.\n\n"
     "New Delhi suspended the 1960 treaty on Monday, two days after gunmen killed 22 Hindu pilgrims in "
     "Indian Kashmir in an attack it blamed on Pakistan."),
    ("2035-07-18_northgate_india-closes-airspace.txt",
     "India bars Pakistani airlines from its airspace in tit-for-tat move\n\n"
     "NEW DELHI, July 18, 2035 (Northgate Wire) - India on Wednesday closed its airspace to Pakistani "
     "airlines and military aircraft, a day after Islamabad barred Indian carriers from flying over Pakistan.\n\n"
     "India's civil aviation regulator issued a notice to airmen barring Pakistani-registered aircraft until "
     "Aug. 31.\n\n"
     "Aviation analysts said the Indian measure would have limited impact because Pakistani carriers run few "
     "routes that cross India.\n\n"
     "The row began after gunmen attacked a bus of pilgrims near Sonamarg on Saturday. The death toll from "
     "that attack rose to 24 on Wednesday after two more of the wounded died, hospital officials said."),
    ("2035-07-18_deccanledger_poonch-shelling.txt",
     "Pakistani shelling hits Poonch town, three civilians killed\n\n"
     "POONCH, July 18, 2035 (Deccan Ledger) - Pakistani troops fired mortar shells at residential areas of "
     "Poonch town near the LoC on Wednesday, killing three civilians and wounding at least 11, Indian army "
     "officials said.\n\n"
     "Shells struck a market and a row of houses close to the town's main mosque before dawn, said Abdul "
     "Qayoom Mir, a shopkeeper whose nephew was among the wounded. \"We ran to the basement with the "
     "children,\" he said.\n\n"
     "An Indian army spokesman in Jammu said calm had returned by mid-morning.\n\n"
     "There was no word from Pakistan's military on the report."),
    ("2035-07-18_ravipost_fishermen-detained.txt",
     "Maritime agency detains 11 Indian fishermen off Sindh coast\n\n"
     "KARACHI, July 18, 2035 (Ravi Evening Post) - Pakistan's Maritime Security Agency detained 11 Indian "
     "fishermen and seized their boat on Wednesday for allegedly straying into Pakistani waters off the "
     "coast of Sindh, an agency spokesman said.\n\n"
     "The spokesman said the boat was intercepted about 12 nautical miles inside Pakistan's maritime "
     "boundary near Sir Creek, a disputed estuary at the southern end of the border.\n\n"
     "Fishermen's groups in Gujarat insisted the crew had been fishing in Indian waters.\n\n"
     "Tensions have run high since India suspended a river-sharing treaty and Islamabad closed Pakistani "
     "skies to Indian planes."),
    ("2035-07-19_crestpoint_kotli-shelling.txt",
     "Pakistan says Indian fire kills four in Kotli as Kashmir border heats up\n\n"
     "MUZAFFARABAD, July 19, 2035 (Crestpoint News Agency) - Indian troops shelled villages in the Kotli "
     "district of Pakistan-administered Kashmir on Thursday, killing four civilians including two children, "
     "the Pakistani military said.\n\n"
     "The army's press arm, known as ISPR, accused India of deliberately targeting civilian homes on its "
     "side of the frontier.\n\n"
     "Shabana Kousar, who lives in a village outside Kotli town, said a shell landed in her courtyard while "
     "her family was eating breakfast. Her husband's cousin was among the dead.\n\n"
     "The Indian army did not reply to questions sent by Crestpoint.\n\n"
     "On Wednesday, Pakistani shells struck Poonch, across the LoC in Indian-administered territory, killing "
     "three people."),
    ("2035-07-19_saltmarsh_kashmir-arrests.txt",
     "Kashmir police arrest two men suspected of sheltering pilgrim attackers\n\n"
     "SRINAGAR, July 19, 2035 (Saltmarsh Press) - Police in Indian Kashmir on Thursday arrested two men from "
     "a village in Ganderbal district on suspicion of giving food and shelter to the gunmen who attacked a "
     "pilgrim bus near Sonamarg last weekend.\n\n"
     "Inspector General Rohit Kaul said the pair, a shepherd and a shopkeeper, would be produced before a "
     "special court in Srinagar on Friday.\n\n"
     "Kaul said the attackers themselves were still at large.\n\n"
     "The death toll from Saturday's ambush stands at 24."),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt",
     "Saudi minister holds talks in New Delhi as Gulf urges de-escalation\n\n"
     "NEW DELHI, July 20, 2035 (Gulf Lantern) - Saudi Arabia's deputy foreign minister, Sultan al-Mudhaffar, "
     "met Indian External Affairs Minister Devraj Khanolkar in New Delhi on Friday for talks on the crisis "
     "with Pakistan, the Indian foreign ministry said.\n\n"
     "The ministry's readout was brief, noting only that the ministers reviewed the situation after the "
     "attack in Jammu and Kashmir.\n\n"
     "Al-Mudhaffar is expected to fly on to Islamabad on Saturday, a Saudi diplomatic source said.\n\n"
     "In Riyadh, the secretary-general of the Gulf Cooperation Council, Jassim al-Bader, called on India and "
     "Pakistan to choose wisdom over escalation and to settle their dispute through dialogue.\n\n"
     "Gulf states are home to millions of Indian and Pakistani migrant workers.\n\n"
     "On Thursday, Pakistan said Indian shelling had killed four civilians in Kotli district."),
    ("2035-07-21_northgate_hotline-call.txt",
     "India, Pakistan army commanders speak on hotline, agree to halt border firing\n\n"
     "NEW DELHI, July 21, 2035 (Northgate Wire) - The chiefs of military operations in the Indian and "
     "Pakistani armies talked on Saturday over the direct line between their headquarters and agreed to stop "
     "all firing on the LoC, the Indian army said, in the first real step back in a week-long crisis.\n\n"
     "Lieutenant General Vikrant Sahni, who heads military operations for the Indian army, and Major General "
     "Adeel Farooqui, his opposite number in Rawalpindi, held the 20-minute call at noon, an army statement said.\n\n"
     "Both sides agreed to strictly observe the 2021 ceasefire understanding with effect from midnight, it said.\n\n"
     "Pakistan's army gave the same account in a short statement of its own.\n\n"
     "Pakistani mortar fire killed three people in Poonch on Wednesday, and Pakistan said Indian shelling "
     "killed four in Pakistan-administered Kotli the next day.\n\n"
     "No firing was reported on Friday, a local official in Poonch said."),
    ("2035-07-21_deccanledger_dgmo-talks.txt",
     "DGMOs agree to restore ceasefire on LoC after hotline talks\n\n"
     "JAMMU, July 21, 2035 (Deccan Ledger) - Indian and Pakistani military commanders on Saturday agreed to "
     "restore the truce on the de facto border after their operations chiefs talked by telephone, officials said.\n\n"
     "The call was initiated by the Pakistani side, an Indian defence official in Jammu said, asking that "
     "his name be withheld.\n\n"
     "Residents of border villages in Poonch and Rajouri districts, many of whom spent the week in "
     "underground bunkers, greeted the news with cautious relief.\n\n"
     "\"We will believe it when the guns stay silent for a month,\" said Gurdev Singh, a farmer in a hamlet "
     "overlooking the line.\n\n"
     "On Wednesday a Pakistani artillery barrage killed three residents of Poonch, the worst cross-border "
     "firing in the district in four years."),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt",
     "India spurns Pakistani offer of neutral inquiry into pilgrim attack\n\n"
     "NEW DELHI, July 22, 2035 (Saltmarsh Press) - India on Sunday rejected an offer by Pakistan's prime "
     "minister to take part in a neutral international investigation into last week's attack on Hindu "
     "pilgrims in Kashmir, saying such an inquiry was unnecessary.\n\n"
     "Prime Minister Haroon Lakhani put forward the proposal in a speech broadcast live on state television "
     "on Sunday morning, saying Pakistan was prepared to cooperate with any credible, transparent and "
     "neutral probe.\n\n"
     "\"India does not need a third party to investigate a crime on its own soil,\" foreign ministry spokesman "
     "Kunal Sethuraman said hours later.\n\n"
     "The Line of Control remained quiet on Sunday after army commanders agreed on Saturday to halt the "
     "firing, officials on both sides said."),
    ("2035-07-23_ravipost_fishermen-freed.txt",
     "Pakistan frees 11 Indian fishermen in goodwill gesture\n\n"
     "LAHORE, July 23, 2035 (Ravi Evening Post) - Pakistan on Monday released 11 Indian fishermen who were "
     "detained off the Sindh coast last week, handing them over to Indian border officials at the Wagah "
     "crossing, the Foreign Office said.\n\n"
     "Foreign Office spokeswoman Hira Sultana Mirza called it a humanitarian gesture in the spirit of "
     "Saturday's military understanding.\n\n"
     "The men, from fishing villages in Gujarat's Porbandar district, walked across shortly after 4 p.m. "
     "Their boat remains in Pakistani custody."),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt",
     "Pakistan reopens airspace to Indian airlines as tensions ease\n\n"
     "ISLAMABAD, July 23, 2035 (Crestpoint News Agency) - Pakistan lifted its ban on Indian airlines using "
     "its airspace on Monday, in the clearest sign yet that the crisis between the nuclear-armed neighbours "
     "was cooling.\n\n"
     "Pakistan's aviation regulator posted a notice saying Indian-registered aircraft could resume "
     "overflights from 0600 GMT.\n\n"
     "Islamabad banned Indian carriers from Pakistani airspace on July 17, a day after New Delhi suspended "
     "the Indus Waters Treaty.\n\n"
     "New Delhi gave no sign on Monday of lifting its own ban on Pakistani airlines, which took effect on "
     "Wednesday.\n\n"
     "Two days earlier, the two armies agreed to restore a truce on the LoC after a hotline call between "
     "their operations chiefs."),
    ("2035-07-23_gulflantern_crisis-eases.txt",
     "India-Pakistan standoff eases after ten tense days\n\n"
     "DUBAI, July 23, 2035 (Gulf Lantern) - Pakistan reopened its airspace to Indian airlines and freed a "
     "group of Indian fishermen on Monday, capping a run of steps that have pulled the nuclear-armed rivals "
     "back from the edge of a wider conflict.\n\n"
     "The crisis began on July 14, when gunmen killed 24 Hindu pilgrims near Sonamarg in Indian Kashmir.\n\n"
     "Within days New Delhi had suspended a landmark water-sharing treaty and expelled three Pakistani "
     "military attaches.\n\n"
     "Diplomats in the Gulf credited quiet Saudi mediation, including a visit to New Delhi by a Saudi "
     "minister on Friday, with helping to lower the temperature.\n\n"
     "The turning point came on Saturday, when the two armies' operations chiefs spoke by hotline and agreed "
     "to stop shooting.\n\n"
     "Neither government has yet restored the expelled diplomats or revived the water treaty, and India's "
     "ban on Pakistani airlines remains in place."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2035-07-14",
            "unidentified gunmen (armed group; India says PAK-based) fire on a bus of IND CVL pilgrims near Sonamarg"),
    "A02": (("ACCUSE",), "2035-07-15", "IND GOV (foreign ministry) accuses PAK GOV of sponsoring the attackers"),
    "A03": (("ACCUSE", "CONSULT"), "2035-07-15", "IND GOV summons PAK GOV charge d'affaires in New Delhi"),
    "A04": (("PROTEST",), "2035-07-15", "IND CVL march in Jammu, burning Pakistani flags (target PAK)"),
    "A05": (("ACCUSE",), "2035-07-15", "PAK GOV (Foreign Office) accuses IND GOV of exploiting the attack"),
    "A06": (("SANCTION",), "2035-07-16", "IND GOV suspends the Indus Waters Treaty with PAK"),
    "A07": (("SANCTION",), "2035-07-16", "IND GOV expels PAK MIL defence attaches (persona non grata)"),
    "A08": (("ACCUSE", "CONSULT"), "2035-07-16", "PAK GOV summons IND GOV charge d'affaires in Islamabad"),
    "A09": (("REQUEST",), "2035-07-16", "UNO Secretary-General urges IND and PAK to exercise restraint"),
    "A10": (("THREATEN",), "2035-07-16", "PAK GOV (National Security Committee) threatens to close airspace to IND"),
    "A11": (("SANCTION",), "2035-07-17", "PAK GOV closes its airspace to IND airlines"),
    "A12": (("SANCTION",), "2035-07-17", "PAK GOV expels three IND GOV defence-wing diplomats"),
    "A13": (("REQUEST",), "2035-07-17", "USA GOV (Secretary of State) calls on IND and PAK to show restraint"),
    "A14": (("REQUEST",), "2035-07-17", "CHN GOV (foreign ministry spokesman) urges IND and PAK to stay calm"),
    "A15": (("PROTEST",), "2035-07-17", "PAK CVL farmers rally in Lahore against IND treaty suspension"),
    "A16": (("SANCTION",), "2035-07-18", "IND GOV closes its airspace to PAK airlines and military aircraft"),
    "A17": (("ASSAULT",), "2035-07-18", "PAK MIL mortar fire hits Poonch town, killing IND CVL"),
    "A18": (("COERCE",), "2035-07-18", "PAK MIL (Maritime Security Agency) detains 11 IND CVL fishermen"),
    "A19": (("ASSAULT",), "2035-07-19", "IND MIL shelling hits villages in Kotli district, killing PAK CVL"),
    "A20": (("ACCUSE",), "2035-07-19", "PAK MIL (ISPR) accuses IND MIL of targeting civilian homes"),
    "A21": (("COERCE",), "2035-07-19", "IND COP arrest two IND CVL in Ganderbal suspected of sheltering the gunmen"),
    "A22": (("CONSULT",), "2035-07-20", "SAU GOV deputy foreign minister meets IND GOV foreign minister in New Delhi"),
    "A23": (("REQUEST",), "2035-07-20",
            "IGO (Gulf Cooperation Council) secretary-general calls on IND and PAK to avoid escalation"),
    "A24": (("CONSULT",), "2035-07-21", "IND MIL and PAK MIL operations chiefs speak over the hotline"),
    "A25": (("AGREE",), "2035-07-21", "IND MIL and PAK MIL agree to halt firing along the Line of Control"),
    "A26": (("AGREE",), "2035-07-22", "PAK GOV prime minister offers to join a neutral inquiry (IND)"),
    "A27": (("REJECT",), "2035-07-22", "IND GOV rejects the PAK offer of a neutral inquiry"),
    "A28": (("CONCEDE", "RETREAT"), "2035-07-23", "PAK GOV releases the 11 IND CVL fishermen"),
    "A29": (("CONCEDE", "RETREAT"), "2035-07-23", "PAK GOV lifts its airspace ban on IND airlines"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2035-07-14_crestpoint_pilgrim-bus-attack.txt", "A01", "Gunmen kill 19 Hindu pilgrims in ambush"),
    ("2035-07-14_crestpoint_pilgrim-bus-attack.txt", "A01", "Gunmen opened fire on a bus carrying Hindu pilgrims"),
    ("2035-07-14_crestpoint_pilgrim-bus-attack.txt", "A01", "when the attackers fired from a slope"),
    ("2035-07-14_crestpoint_pilgrim-bus-attack.txt", "A01", "They kept shooting at the windows"),
    ("2035-07-14_deccanledger_sonamarg-attack.txt", "A01", "after militants ambush pilgrim bus near Sonamarg"),
    ("2035-07-14_deccanledger_sonamarg-attack.txt", "A01", "when militants sprayed a bus with gunfire"),
    ("2035-07-14_deccanledger_sonamarg-attack.txt", "A01", "The ambush took place on the highway"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A02", "India blames Pakistan for pilgrim massacre"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A03", "summons its envoy"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A02", "India on Sunday accused Pakistan of sponsoring"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A01", "the gunmen who killed 22 Hindu pilgrims"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A03", "summoned Islamabad's top diplomat in New Delhi"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A02", "trained, armed and steered from across the border"),
    ("2035-07-15_northgate_india-blames-pakistan.txt", "A03", "was called to the ministry's South Block offices"),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt", "A05", "says New Delhi exploiting tragedy"),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt", "A05", "accused New Delhi of exploiting the tragedy"),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt", "A03", "New Delhi called in Islamabad's ranking diplomat"),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt", "A02", "blamed Islamabad for the attack"),
    ("2035-07-15_ravipost_pakistan-rejects-claims.txt", "A01", "which killed 22 people"),
    ("2035-07-15_saltmarsh_jammu-protest.txt", "A04", "burn Pakistani flags in Jammu"),
    ("2035-07-15_saltmarsh_jammu-protest.txt", "A04", "marched through the old city of Jammu"),
    ("2035-07-15_saltmarsh_jammu-protest.txt", "A04", "passed off peacefully"),
    ("2035-07-15_saltmarsh_jammu-protest.txt", "A01", "Gunmen fired on a bus carrying pilgrims near Sonamarg"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A06", "India suspends Indus Waters Treaty"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A07", "expels Pakistani military attaches"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A06", "it was suspending the 1960 Indus"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A07", "ordered the expulsion of the defence attaches"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A01",
     "two days after gunmen killed 22 pilgrims in Kashmir"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A06",
     "told a news briefing the treaty would be held in abeyance"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A07", "who were declared persona non grata"),
    ("2035-07-16_crestpoint_india-suspends-water-treaty.txt", "A05",
     "had accused India on Sunday of exploiting the attack"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A06", "India suspends Indus Waters Treaty"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A07", "expels Pakistani military attaches"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A06", "it was suspending the 1960 Indus"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A07", "ordered the expulsion of the defence attaches"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A01",
     "two days after gunmen killed 22 pilgrims in Kashmir"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A06",
     "told a news briefing the treaty would be held in abeyance"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A07", "who were declared persona non grata"),
    ("2035-07-16_gulflantern_india-suspends-water-treaty.txt", "A05",
     "had accused India on Sunday of exploiting the attack"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A08", "Pakistan summons Indian envoy"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A10", "warns airspace could be shut"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A08", "Pakistan called in India's acting envoy"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A08", "was handed a demarche at the Foreign Office"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A10", "would close its airspace to all Indian-owned"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A01", "Gunmen killed 22 Hindu pilgrims near Sonamarg"),
    ("2035-07-16_ravipost_islamabad-summons-envoy.txt", "A02", "an attack New Delhi has blamed on Pakistan"),
    ("2035-07-16_northgate_un-chief-urges-restraint.txt", "A09", "UN chief urges India, Pakistan"),
    ("2035-07-16_northgate_un-chief-urges-restraint.txt", "A09", "urged India and Pakistan to exercise maximum"),
    ("2035-07-16_northgate_un-chief-urges-restraint.txt", "A06", "India suspended a decades-old water-sharing treaty"),
    ("2035-07-16_northgate_un-chief-urges-restraint.txt", "A07", "expelled three Pakistani military diplomats"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A11", "Pakistan closes airspace to Indian airlines"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A12", "orders out diplomats"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A11", "Pakistan shut Indian airlines out of its airspace"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A12", "had been given a week to depart"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A10", "National Security Committee warned New Delhi"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A11", "The closure took effect at midnight"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A12", "ordered three Indian diplomats to leave the country"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A02", "India accuses Pakistan of backing the gunmen"),
    ("2035-07-17_saltmarsh_pakistan-shuts-airspace.txt", "A01", "who killed 22 pilgrims near Sonamarg"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A11", "Pakistan shuts airspace to Indian carriers"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A12", "expels three diplomats"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A11", "Pakistan banned Indian airlines from its skies"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A12", "had been given seven days to depart"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A10", "National Security Committee warned New Delhi"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A11", "The closure took effect at midnight"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A12",
     "ordered three Indian diplomats to leave the country"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A02", "India accuses Pakistan of backing the gunmen"),
    ("2035-07-17_deccanledger_pakistan-airspace-closure.txt", "A01", "who killed 22 pilgrims near Sonamarg"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A13", "U.S., China press India and Pakistan"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A14", "China press India and Pakistan to avoid escalation"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A13", "called on New Delhi and Islamabad to hold back"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A14", "urged the two neighbours to keep calm"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A11", "Pakistan on Tuesday closed its airspace"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A06", "a day after India suspended the Indus Waters Treaty"),
    ("2035-07-17_crestpoint_us-china-urge-calm.txt", "A07", "expelled Pakistani military diplomats"),
    ("2035-07-17_ravipost_lahore-water-rally.txt", "A15", "Thousands rally in Lahore"),
    ("2035-07-17_ravipost_lahore-water-rally.txt", "A15", "farmers rallied outside the Punjab Assembly"),
    ("2035-07-17_ravipost_lahore-water-rally.txt", "A06", "New Delhi suspended the 1960 treaty on Monday"),
    ("2035-07-17_ravipost_lahore-water-rally.txt", "A01", "two days after gunmen killed 22 Hindu pilgrims"),
    ("2035-07-17_ravipost_lahore-water-rally.txt", "A02", "in an attack it blamed on Pakistan"),
    ("2035-07-18_northgate_india-closes-airspace.txt", "A16", "India bars Pakistani airlines from its airspace"),
    ("2035-07-18_northgate_india-closes-airspace.txt", "A16", "India on Wednesday closed its airspace"),
    ("2035-07-18_northgate_india-closes-airspace.txt", "A11", "Islamabad barred Indian carriers from flying"),
    ("2035-07-18_northgate_india-closes-airspace.txt", "A16", "issued a notice to airmen barring"),
    ("2035-07-18_northgate_india-closes-airspace.txt", "A01", "after gunmen attacked a bus of pilgrims"),
    ("2035-07-18_deccanledger_poonch-shelling.txt", "A17", "Pakistani shelling hits Poonch town"),
    ("2035-07-18_deccanledger_poonch-shelling.txt", "A17", "Pakistani troops fired mortar shells"),
    ("2035-07-18_deccanledger_poonch-shelling.txt", "A17", "Shells struck a market"),
    ("2035-07-18_ravipost_fishermen-detained.txt", "A18", "Maritime agency detains 11 Indian fishermen"),
    ("2035-07-18_ravipost_fishermen-detained.txt", "A18", "Maritime Security Agency detained 11 Indian fishermen"),
    ("2035-07-18_ravipost_fishermen-detained.txt", "A18", "the boat was intercepted"),
    ("2035-07-18_ravipost_fishermen-detained.txt", "A06", "India suspended a river-sharing treaty"),
    ("2035-07-18_ravipost_fishermen-detained.txt", "A11", "Islamabad closed Pakistani skies to Indian planes"),
    ("2035-07-19_crestpoint_kotli-shelling.txt", "A19", "Indian fire kills four in Kotli"),
    ("2035-07-19_crestpoint_kotli-shelling.txt", "A19", "Indian troops shelled villages in the Kotli district"),
    ("2035-07-19_crestpoint_kotli-shelling.txt", "A20", "accused India of deliberately targeting"),
    ("2035-07-19_crestpoint_kotli-shelling.txt", "A19", "a shell landed in her courtyard"),
    ("2035-07-19_crestpoint_kotli-shelling.txt", "A17", "Pakistani shells struck Poonch"),
    ("2035-07-19_saltmarsh_kashmir-arrests.txt", "A21", "Kashmir police arrest two men"),
    ("2035-07-19_saltmarsh_kashmir-arrests.txt", "A21", "arrested two men from a village in Ganderbal"),
    ("2035-07-19_saltmarsh_kashmir-arrests.txt", "A01", "who attacked a pilgrim bus near Sonamarg"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A22", "Saudi minister holds talks in New Delhi"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A23", "Gulf urges de-escalation"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A22", "met Indian External Affairs Minister"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A22", "the ministers reviewed the situation"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A23", "Jassim al-Bader, called on India and"),
    ("2035-07-20_gulflantern_saudi-envoy-delhi.txt", "A19", "Indian shelling had killed four civilians"),
    ("2035-07-21_northgate_hotline-call.txt", "A24", "army commanders speak on hotline"),
    ("2035-07-21_northgate_hotline-call.txt", "A25", "agree to halt border firing"),
    ("2035-07-21_northgate_hotline-call.txt", "A24", "talked on Saturday over the direct line"),
    ("2035-07-21_northgate_hotline-call.txt", "A25", "agreed to stop all firing on"),
    ("2035-07-21_northgate_hotline-call.txt", "A24", "held the 20-minute call at noon"),
    ("2035-07-21_northgate_hotline-call.txt", "A25", "Both sides agreed to strictly observe"),
    ("2035-07-21_northgate_hotline-call.txt", "A17", "Pakistani mortar fire killed three people in Poonch"),
    ("2035-07-21_northgate_hotline-call.txt", "A19", "Indian shelling killed four"),
    ("2035-07-21_deccanledger_dgmo-talks.txt", "A25", "DGMOs agree to restore ceasefire"),
    ("2035-07-21_deccanledger_dgmo-talks.txt", "A25", "agreed to restore the truce on the de facto border"),
    ("2035-07-21_deccanledger_dgmo-talks.txt", "A24", "after their operations chiefs talked by telephone"),
    ("2035-07-21_deccanledger_dgmo-talks.txt", "A24", "The call was initiated by the Pakistani side"),
    ("2035-07-21_deccanledger_dgmo-talks.txt", "A17", "a Pakistani artillery barrage killed three residents"),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt", "A27", "India spurns Pakistani offer"),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt", "A27", "India on Sunday rejected an offer"),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt", "A26", "put forward the proposal in a speech"),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt", "A27", "does not need a third party"),
    ("2035-07-22_saltmarsh_pakistan-offers-probe.txt", "A25", "after army commanders agreed on Saturday"),
    ("2035-07-23_ravipost_fishermen-freed.txt", "A28", "Pakistan frees 11 Indian fishermen"),
    ("2035-07-23_ravipost_fishermen-freed.txt", "A28", "Pakistan on Monday released 11 Indian fishermen"),
    ("2035-07-23_ravipost_fishermen-freed.txt", "A18", "who were detained off the Sindh coast"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A29", "Pakistan reopens airspace to Indian airlines"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A29", "Pakistan lifted its ban on Indian airlines"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A29", "could resume overflights"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A11",
     "Islamabad banned Indian carriers from Pakistani airspace"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A06", "New Delhi suspended the Indus Waters Treaty"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A16", "which took effect on Wednesday"),
    ("2035-07-23_crestpoint_pakistan-reopens-airspace.txt", "A25", "the two armies agreed to restore a truce"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A29", "Pakistan reopened its airspace to Indian airlines"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A28", "freed a group of Indian fishermen"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A01", "when gunmen killed 24 Hindu pilgrims"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A06", "New Delhi had suspended a landmark water-sharing treaty"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A07", "expelled three Pakistani military attaches"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A24", "operations chiefs spoke by hotline"),
    ("2035-07-23_gulflantern_crisis-eases.txt", "A25", "agreed to stop shooting"),
]

FLOORS = {"pairwise_f1": 0.74, "b3_f1": 0.84, "reports_found": 0.48}


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
