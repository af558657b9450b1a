"""Forty-first blind incident batch, written on 2026-12-02 before the coder was run on any of it.

Crisis: a coup attempt in Guinea-Bissau and its aftermath over ten days (October 3-12, 2033). Mutinous
soldiers attack the presidential palace in Bissau late on a Monday (the toll is first given as four, then
revised to eleven); the army chief gives them a dawn ultimatum and loyal troops retake the capital the next
morning; the army arrests a brigadier general and 27 (later 34) soldiers; the government imposes a curfew and
shuts the internet, then restores the internet four days later; ECOWAS and the African Union each condemn the
attempt and send a joint mission that meets the president; the president accuses neighbouring Guinea of arming
the plotters and Conakry rejects the charge; the opposition leader is detained and released two days later;
the UN secretary-general and France call for calm; crowds rally twice in support of the president.

Everything here is synthetic: invented outlets (Atlantic Relay, Sahel Bulletin, Crossroads Wire, Continental
Newsdesk, Lagoon Post, Baobab Times) and invented people, real countries and places, events that never
happened, dates in the future. One story is syndicated verbatim (Atlantic Relay -> Baobab Times, credit line
at the end) and one is a lightly edited copy (Crossroads Wire -> Lagoon Post).

Gold conventions: an act is one real-world act, one actor (for a statement, one speaker or one institution)
doing one thing to one target on one day, typed with the PLOVER type the CAMEO2PLOVER codebook gives. REPORTS
lists every sentence of every document that reports an act that happened, background recaps in later stories
included ("the curfew imposed on Tuesday"), each with a verbatim cue found once in its file; a sentence may
report two acts of different types, never two of the same type. Not listed: planned or expected acts (the
mission "due in Bissau on Friday", charges "expected"), denied or alleged acts (Guinea's arming of the
plotters), hypothetical acts, acts more than a year before, statistics and tallies, opinions. Headlines are
not listed. A denial of an accusation is itself a REJECT act. Look-alikes that are different acts: the palace
attack (Monday) and the loyalist assault (Tuesday); the ultimatum (THREATEN) and the assault it threatened;
the ECOWAS and the African Union condemnations on the same day; the UN and French calls for calm on the same
day; three government COERCE acts on the same Tuesday (arrests, curfew, internet shutdown) and the detention
of the opposition leader on Friday; the two rallies, Thursday and Sunday.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events; reports_found is the share of gold (document, act) reports
with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the thirteenth session, 2026-12-02):
run with `figures` once at its start, on its starting code (d24e5b4, whose code is a0e2745): **pairwise F1
0.632** (precision 0.778, recall 0.532), B-cubed F1 0.784, reports found 0.613. Run again at its end, on its
final code (7d80dfc): **pairwise F1 0.632** (precision 0.778, recall 0.532), B-cubed F1 0.784, reports found
0.613: the same figures.
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
    ("2033-10-03_atlanticrelay_gunfire-palace-bissau.txt",
     "Soldiers attack Guinea-Bissau presidential palace; army issues ultimatum\n\n"
     "BISSAU, October 3, 2033 (Atlantic Relay) - Mutinous soldiers attacked the presidential palace "
     "in Guinea-Bissau's capital late on Monday, exchanging fire with guards at the building for more "
     "than two hours, residents and a security source said.\n\n"
     "An aide told Atlantic Relay by telephone that President Eduardo Mancabú was safe. Who was "
     "behind the mutiny, and how many people had died, remained unclear.\n\n"
     "Shortly before midnight, army chief of staff General Fernando Nhaga gave the mutineers until 6 "
     "a.m. on Tuesday to lay down their weapons or face an assault. \"Those who chose this path still "
     "have a few hours to surrender,\" Nhaga said in a recorded message sent to journalists.\n\n"
     "Witnesses reported grenade blasts and long bursts of automatic fire at the palace compound.\n\n"
     "Guinea-Bissau, a former Portuguese colony of about 2.2 million people, has seen four or more "
     "coups succeed since it won independence in 1974, and many others fail."),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt",
     "Loyalist troops regain control of Bissau after overnight mutiny\n\n"
     "BISSAU, October 4, 2033 (Sahel Bulletin) - Troops loyal to President Eduardo Mancabú retook the "
     "centre of Bissau on Tuesday morning, storming the state broadcaster and the Brá barracks, where "
     "mutineers had held out through the night.\n\n"
     "The operation began soon after an ultimatum issued by the army chief on Monday night expired at "
     "dawn, officers said.\n\n"
     "Four members of the presidential guard were killed when the rebels attacked the palace late on "
     "Monday, Communication Minister Adelina Có told reporters. Brigadier General Tomás Nanque, a "
     "former head of military intelligence, was arrested at a house in the Bairro Militar district "
     "along with 27 soldiers, she said.\n\n"
     "Có did not say what role Nanque was suspected of playing. \"The situation is fully under "
     "control,\" Có said, adding that the president had spent the night at the palace.\n\n"
     "Mancabú, 58, won a second term in 2030 in an election whose result the opposition disputed."),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt",
     "Guinea-Bissau imposes curfew and cuts internet after mutiny is crushed\n\n"
     "BISSAU, October 4, 2033 (Crossroads Wire) - Guinea-Bissau's government ordered a nationwide "
     "dusk-to-dawn curfew on Tuesday, hours after troops loyal to the president put down a mutiny in "
     "the capital.\n\n"
     "The authorities also switched off mobile internet and fixed broadband across the country on "
     "Tuesday morning, according to the connectivity monitor NetPulse, which saw traffic drop to "
     "almost nothing.\n\n"
     "The army said it had detained a brigadier general and 27 other soldiers believed to have joined "
     "the mutiny. Among those held is Brigadier General Tomás Nanque, a former intelligence chief, a "
     "military source said.\n\n"
     "Mobile money services, on which many households depend, stopped working when the connection "
     "went down.\n\n"
     "\"I have no way of reaching my children in Gabú,\" said Ansumane Mendes, a taxi driver.\n\n"
     "Soldiers have meddled in Guinea-Bissau's politics for decades, and cocaine trafficking through "
     "its islands has fuelled rivalries inside the armed forces, analysts say."),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt",
     "Curfew and internet blackout imposed in Guinea-Bissau\n\n"
     "BISSAU, October 4, 2033 (Lagoon Post) - Guinea-Bissau's government ordered a nationwide "
     "dusk-to-dawn curfew on Tuesday, hours after troops loyal to the president put down a mutiny in "
     "the capital.\n\n"
     "The authorities also switched off mobile internet and fixed broadband across the country on "
     "Tuesday morning, according to the monitoring group NetPulse.\n\n"
     "The army said it had detained a brigadier general and 27 other soldiers believed to have joined "
     "the mutiny. Among those held is Brigadier General Tomás Nanque, a former intelligence chief, a "
     "military source said.\n\n"
     "\"I have no way of reaching my children in Gabú,\" taxi driver Ansumane Mendes said.\n\n"
     "Soldiers have meddled in Guinea-Bissau's politics for decades, and cocaine trafficking through "
     "its islands has fuelled rivalries inside the armed forces, analysts say.\n\n"
     "This report was written by Crossroads Wire and edited by Lagoon Post."),
    ("2033-10-04_continentalnewsdesk_ecowas-au-condemn.txt",
     "West African bloc and African Union condemn Bissau coup bid\n\n"
     "ABUJA, October 4, 2033 (Continental Newsdesk) - ECOWAS, the main political grouping of West "
     "African states, on Tuesday condemned what it called an attempt to overthrow the constitutional "
     "order in Guinea-Bissau.\n\n"
     "In a statement issued at its headquarters in Abuja, the bloc's commission said it viewed events "
     "in Bissau \"with the greatest concern\".\n\n"
     "ECOWAS described the mutiny as \"a grave violation\" of its protocol on democracy and good "
     "governance.\n\n"
     "The African Union also denounced the mutiny, in a statement released in Addis Ababa by "
     "Commission chairperson Tendai Marufu. The AU statement called the mutiny \"unacceptable\" and \"a "
     "step backwards for the continent\".\n\n"
     "The regional bloc has faced a string of military takeovers in the Sahel since 2020, and three "
     "of its former members left the organisation in 2025. Diplomats said a joint ECOWAS and AU "
     "delegation was expected to travel to Bissau later in the week."),
    ("2033-10-04_baobabtimes_un-france-calm.txt",
     "UN chief and France call for restraint in Guinea-Bissau\n\n"
     "NEW YORK, October 4, 2033 (Baobab Times) - UN Secretary-General Helena Marsh on Tuesday "
     "appealed for calm in Guinea-Bissau, her spokesperson said. Marsh asked all parties to resolve "
     "the crisis by peaceful means, the spokesperson added.\n\n"
     "\"We are watching developments hour by hour,\" spokesperson Arturo Benedetti told a New York "
     "briefing.\n\n"
     "In Paris, the French foreign ministry urged everyone involved to show restraint and respect the "
     "constitution. France has several hundred nationals living in Guinea-Bissau, according to its "
     "embassy.\n\n"
     "Earlier on Tuesday, the regional grouping ECOWAS condemned the uprising as an assault on "
     "democracy.\n\n"
     "Portugal, the former colonial power, said its embassy in Bissau was operating normally."),
    ("2033-10-05_atlanticrelay_president-accuses-guinea.txt",
     "Guinea-Bissau president accuses Conakry of backing mutineers as toll rises to 11\n\n"
     "BISSAU, October 5, 2033 (Atlantic Relay) - President Eduardo Mancabú on Wednesday accused "
     "neighbouring Guinea of arming and financing the soldiers who attacked his palace, as the "
     "government put the number killed in Monday's failed mutiny at 11.\n\n"
     "\"The plotters had friends across the border, and those friends in Conakry supplied them,\" "
     "Mancabú said in a speech carried live on television. He did not present evidence for the "
     "claim.\n\n"
     "The previous official figure was four dead; Communication Minister Adelina Có said the new "
     "count included three civilians and four mutineers.\n\n"
     "The army said 34 soldiers, among them Brigadier General Tomás Nanque, were detained on Tuesday, "
     "revising an earlier figure of 27.\n\n"
     "Officials in Guinea did not answer calls on Wednesday."),
    ("2033-10-05_baobabtimes_president-accuses-guinea.txt",
     "Guinea-Bissau president accuses Conakry of backing mutineers as toll rises to 11\n\n"
     "BISSAU, October 5, 2033 (Baobab Times) - President Eduardo Mancabú on Wednesday accused "
     "neighbouring Guinea of arming and financing the soldiers who attacked his palace, as the "
     "government put the number killed in Monday's failed mutiny at 11.\n\n"
     "\"The plotters had friends across the border, and those friends in Conakry supplied them,\" "
     "Mancabú said in a speech carried live on television. He did not present evidence for the "
     "claim.\n\n"
     "The previous official figure was four dead; Communication Minister Adelina Có said the new "
     "count included three civilians and four mutineers.\n\n"
     "The army said 34 soldiers, among them Brigadier General Tomás Nanque, were detained on Tuesday, "
     "revising an earlier figure of 27.\n\n"
     "Officials in Guinea did not answer calls on Wednesday.\n\n"
     "Originally published by Atlantic Relay."),
    ("2033-10-05_sahelbulletin_toll-rises-bissau.txt",
     "Death toll from Bissau palace attack climbs to 11\n\n"
     "BISSAU, October 5, 2033 (Sahel Bulletin) - Eleven people were killed in Monday's attack on "
     "Guinea-Bissau's presidential palace, the government said on Wednesday, nearly three times the "
     "toll it gave a day earlier.\n\n"
     "The dead include four guards, three passers-by and four of the attackers, Communication "
     "Minister Adelina Có said. Có said loyalist units met only light resistance when they stormed "
     "the Brá barracks at dawn on Tuesday.\n\n"
     "The nighttime curfew imposed on Tuesday remained in force, and markets in the capital opened "
     "only in the mornings.\n\n"
     "Staff at Simão Mendes, the city's main hospital, said they had treated 23 people for gunshot "
     "wounds.\n\n"
     "The palace, rebuilt with Chinese funding about two decades ago, had bullet marks across its "
     "facade on Wednesday."),
    ("2033-10-05_crossroadswire_guinea-accused.txt",
     "Bissau blames Guinea for failed coup\n\n"
     "DAKAR, October 5, 2033 (Crossroads Wire) - Guinea-Bissau's leader blamed Guinea on Wednesday "
     "for the failed coup against him, saying the plotters had received weapons and money from across "
     "the border.\n\n"
     "President Eduardo Mancabú made the accusation in a speech broadcast by state TV, his first "
     "public appearance since the mutiny began late on Monday.\n\n"
     "Analysts said the row risked opening a new dispute in a region where ECOWAS is already "
     "stretched. ECOWAS, which condemned the coup attempt on Tuesday, has so far kept silent on the "
     "president's claims.\n\n"
     "Guinea-Bissau's independence fighters used bases in Guinea during the war against Portuguese "
     "rule in the 1960s and early 1970s."),
    ("2033-10-06_continentalnewsdesk_conakry-rejects.txt",
     "Guinea rejects Bissau's claim it backed plotters\n\n"
     "CONAKRY, October 6, 2033 (Continental Newsdesk) - Guinea on Thursday rejected accusations by "
     "Guinea-Bissau's president that it had supported the soldiers who staged this week's failed "
     "coup, calling the claims baseless.\n\n"
     "\"Guinea has no interest in the instability of a brotherly country,\" Foreign Minister Fodé "
     "Camara Sylla told reporters in Conakry.\n\n"
     "President Eduardo Mancabú told the nation on Wednesday, in a televised speech, that Conakry had "
     "armed and paid the mutineers.\n\n"
     "The dispute threatens to complicate the work of a joint ECOWAS and African Union mission due in "
     "Bissau on Friday.\n\n"
     "In Bissau, thousands of people marched on Thursday in support of Mancabú, witnesses said."),
    ("2033-10-06_lagoonpost_rally-bissau.txt",
     "Thousands rally in Bissau behind president after coup bid\n\n"
     "BISSAU, October 6, 2033 (Lagoon Post) - Thousands of supporters of President Eduardo Mancabú "
     "rallied in Bissau on Thursday, waving flags and portraits of the president three days after a "
     "failed mutiny.\n\n"
     "The marchers walked from the Bandim market to the Praça dos Heróis Nacionais, where ministers "
     "spoke to them from a stage. Ruling party officials joined the marchers at the front of the "
     "procession.\n\n"
     "Organisers from the youth league of the ruling party put the turnout at 20,000, while police "
     "gave no figure. Participants dispersed well before the 8 p.m. curfew.\n\n"
     "\"We want stability, nothing else,\" said Aissatu Djaló, a fish seller at Bandim."),
    ("2033-10-06_atlanticrelay_guinea-denies.txt",
     "Conakry dismisses coup accusation as Bissau crowds back president\n\n"
     "CONAKRY, October 6, 2033 (Atlantic Relay) - Guinea's government dismissed as \"pure invention\" "
     "on Thursday the charge that it helped plan the attempted coup in neighbouring Guinea-Bissau.\n\n"
     "Foreign Minister Fodé Camara Sylla said his country had \"never interfered\" in the affairs of "
     "its neighbour.\n\n"
     "President Eduardo Mancabú had accused Conakry on Wednesday of arming the mutineers.\n\n"
     "In Bissau, several thousand people marched on Thursday to back Mancabú.\n\n"
     "Guinea hosted the leadership of Guinea-Bissau's liberation movement for much of its war against "
     "Portugal."),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt",
     "ECOWAS and AU envoys hold talks with Guinea-Bissau's president\n\n"
     "BISSAU, October 7, 2033 (Sahel Bulletin) - A joint delegation from ECOWAS and the African Union "
     "met President Eduardo Mancabú in Bissau on Friday, four days after a failed attempt by soldiers "
     "to overthrow him.\n\n"
     "The envoys, led by former Liberian foreign minister Samuel Kollie Tarpeh, stayed at the palace "
     "for about three hours. \"We had a frank and useful exchange,\" Tarpeh told reporters after the "
     "talks.\n\n"
     "Tarpeh gave no view on the row between Bissau and Conakry. Guinea's government rejected "
     "Bissau's allegations on Thursday.\n\n"
     "On Thursday, thousands of Mancabú's supporters rallied in the capital.\n\n"
     "The envoys plan to fly to Conakry on Saturday."),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt",
     "Guinea-Bissau opposition leader detained as regional envoys visit\n\n"
     "BISSAU, October 7, 2033 (Crossroads Wire) - Police in Guinea-Bissau detained opposition leader "
     "Quintino Bampoque at his home in Bissau on Friday, his party said, as regional envoys held "
     "talks with the president on the aftermath of this week's failed coup.\n\n"
     "Bampoque, who heads the United Citizens' Front, was taken to the central police station, party "
     "spokesman Nelson Gomes Sá told Crossroads Wire.\n\n"
     "Interior Minister Bacar Seidi said Bampoque was being questioned about phone calls with "
     "Brigadier General Tomás Nanque, the alleged ringleader.\n\n"
     "Bampoque came second in the 2030 presidential election and has led street protests against "
     "Mancabú's government in the past.\n\n"
     "The joint ECOWAS and African Union delegation, which landed on Friday morning, met Mancabú for "
     "about three hours. Its members did not say whether they had raised Bampoque's case."),
    ("2033-10-07_baobabtimes_ecowas-mission.txt",
     "Regional mission in Bissau as opposition chief is held\n\n"
     "BISSAU, October 7, 2033 (Baobab Times) - Envoys from ECOWAS and the African Union held talks "
     "with Guinea-Bissau's President Eduardo Mancabú on Friday, the first high-level foreign visit "
     "since Monday's coup attempt.\n\n"
     "The regional bloc condemned the mutiny on Tuesday as an attempt to overturn the constitutional "
     "order. The African Union issued its own condemnation on the same day.\n\n"
     "Separately, police on Friday took opposition leader Quintino Bampoque into custody, according "
     "to his party. The government has not said whether he faces charges.\n\n"
     "Streets in the capital empty early each evening under the curfew imposed on Tuesday. The "
     "internet has been down since Tuesday morning, when the authorities cut access nationwide."),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt",
     "Guinea-Bissau restores internet after four-day blackout\n\n"
     "BISSAU, October 8, 2033 (Continental Newsdesk) - Authorities in Guinea-Bissau restored internet "
     "access on Saturday, ending a shutdown that began on Tuesday after a failed coup attempt.\n\n"
     "Connections came back first on mobile networks in the capital and reached other cities during "
     "the afternoon, according to NetPulse.\n\n"
     "Communication Minister Adelina Có said the restriction had been lifted because \"the security "
     "situation has returned to normal\". The nighttime curfew remains in place.\n\n"
     "The government had ordered the shutdown on Tuesday morning, saying it would stop false rumours "
     "from spreading. Digital rights groups estimate that the shutdown cost the economy about $1 "
     "million a day.\n\n"
     "The ECOWAS and AU envoys were due in Conakry later on Saturday."),
    ("2033-10-08_lagoonpost_bampoque-detention.txt",
     "Detained Bissau opposition leader in good health, family says\n\n"
     "BISSAU, October 8, 2033 (Lagoon Post) - Guinea-Bissau opposition leader Quintino Bampoque spent "
     "a second night in custody at the central police station, his wife said on Saturday.\n\n"
     "Police picked up Bampoque at his home on Friday morning and have not charged him, according to "
     "his lawyer, Joana Correia. \"He is in good spirits,\" said his wife, Helena Bampoque.\n\n"
     "The government says it wants to know whether Bampoque was in contact with Brigadier General "
     "Tomás Nanque, the officer suspected of leading Monday's mutiny.\n\n"
     "Bampoque's United Citizens' Front holds 31 of the 102 seats in the National People's Assembly.\n\n"
     "Internet access returned to the country on Saturday after four days."),
    ("2033-10-08_atlanticrelay_internet-back.txt",
     "Guinea-Bissau lifts internet blackout but keeps curfew\n\n"
     "BISSAU, October 8, 2033 (Atlantic Relay) - Guinea-Bissau lifted its internet blackout on "
     "Saturday, a measure the government had imposed on Tuesday, in the hours after a failed mutiny.\n\n"
     "The government imposed a curfew on Tuesday, running from 8 in the evening until dawn, and said "
     "on Saturday it would remain in place for the time being.\n\n"
     "Businesses said the blackout had halted payments, flight bookings and money transfers from "
     "relatives abroad. \"Four days without customers is a disaster for me,\" said Carlos Té, who runs "
     "an internet cafe near the port.\n\n"
     "Mancabú's government has also detained opposition leader Quintino Bampoque, who was picked up "
     "by police on Friday. Bampoque's lawyer said he was being treated well."),
    ("2033-10-09_sahelbulletin_bampoque-freed.txt",
     "Guinea-Bissau frees opposition leader as president's supporters march again\n\n"
     "BISSAU, October 9, 2033 (Sahel Bulletin) - Police in Guinea-Bissau released opposition leader "
     "Quintino Bampoque without charge on Sunday, two days after detaining him over alleged links to "
     "Monday's coup attempt.\n\n"
     "Bampoque walked out of the central police station shortly after noon and was met by relatives "
     "and party officials. \"I have nothing to hide, and I told the investigators so,\" he told "
     "reporters.\n\n"
     "Interior Minister Bacar Seidi said the investigation had found no evidence against him \"at this "
     "stage\".\n\n"
     "On the same day, thousands of people rallied again in central Bissau in support of President "
     "Eduardo Mancabú, the second such march since Thursday.\n\n"
     "The curfew, now in its sixth night, is expected to be reviewed next week."),
    ("2033-10-09_crossroadswire_second-rally.txt",
     "Bissau crowds march again for president as opposition leader is freed\n\n"
     "BISSAU, October 9, 2033 (Crossroads Wire) - Thousands of people marched through Guinea-Bissau's "
     "capital on Sunday in support of President Eduardo Mancabú, the second pro-government rally "
     "since the failed coup six days ago.\n\n"
     "The march, organised by the ruling party, ended outside the presidential palace, where bullet "
     "holes from the mutiny are still visible. A first rally on Thursday drew a similar crowd, "
     "according to police.\n\n"
     "Hours earlier, police freed opposition leader Quintino Bampoque after two nights in a cell.\n\n"
     "A joint ECOWAS and African Union mission, which met Mancabú on Friday, has not yet published "
     "its findings.\n\n"
     "\"The rallies show that the president is strong in the capital, but the countryside is another "
     "matter,\" said Carla Vaz, an analyst at the Dakar-based Sahel Policy Centre."),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt",
     "A week after coup bid, Guinea-Bissau counts the cost\n\n"
     "BISSAU, October 10, 2033 (Continental Newsdesk) - A week after mutinous soldiers stormed the "
     "presidential palace, Guinea-Bissau's capital was returning to its normal rhythm on Monday, "
     "although a night curfew remained in force.\n\n"
     "Eleven people died in the attack, among them three civilians caught in the crossfire. Loyal "
     "units took back the state broadcaster and the Brá barracks the following morning after the army "
     "chief, General Fernando Nhaga, gave the rebels a dawn deadline.\n\n"
     "Thirty-four soldiers, including the suspected ringleader, Brigadier General Tomás Nanque, were "
     "arrested in the operation and remain in military custody. A military prosecutor is expected to "
     "bring charges this week.\n\n"
     "Relations with Guinea remain tense; the Guinean government rejected Bissau's claims of "
     "involvement on Thursday.\n\n"
     "\"People are back at work, but everyone is watching the barracks,\" said a diplomat based in "
     "Bissau."),
    ("2033-10-11_lagoonpost_nanque-profile.txt",
     "Profile: Tomás Nanque, the spy chief at the centre of Bissau's coup bid\n\n"
     "BISSAU, October 11, 2033 (Lagoon Post) - Brigadier General Tomás Nanque, the officer at the "
     "centre of last week's attempted coup in Guinea-Bissau, spent most of his career in military "
     "intelligence before falling out with the army command.\n\n"
     "Born in 1979 in the southern region of Tombali, Nanque trained in Portugal and Morocco and rose "
     "through the ranks in the 2010s. He became director of military intelligence in 2027 and lost "
     "the post four years later after a quarrel over promotions.\n\n"
     "Investigators believe the plot involved about 40 soldiers from two units based in the capital. "
     "According to the army, soldiers loyal to Nanque began the uprising late on October 3. Loyal "
     "troops recaptured the state broadcaster from them at dawn the next day. The assault on the "
     "broadcaster followed an ultimatum from the army chief, General Fernando Nhaga.\n\n"
     "Nanque's relatives have not spoken publicly."),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt",
     "Analysis: Failed coup leaves Guinea-Bissau's president stronger, for now\n\n"
     "BISSAU, October 12, 2033 (Baobab Times) - Nine days after a failed mutiny, President Eduardo "
     "Mancabú appears to have come out of the crisis with a firmer grip on power.\n\n"
     "Large crowds turned out for him in Bissau last Thursday. Another rally followed on Sunday.\n\n"
     "ECOWAS condemned the mutiny within hours. The African Union followed suit later the same day.\n\n"
     "Yet the brief detention of opposition leader Quintino Bampoque, released on Sunday without "
     "charge, has unsettled diplomats. \"The president has used the coup attempt to remind everyone "
     "who is in charge,\" said Carla Vaz, an analyst at the Dakar-based Sahel Policy Centre.\n\n"
     "Mancabú's claim that Conakry armed the plotters has yet to be supported by evidence, and Guinea "
     "has flatly denied it.\n\n"
     "The internet blackout, lifted on Saturday after four days, hurt small businesses that rely on "
     "mobile payments."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2033-10-03", "mutineers attack the presidential palace (toll 4, then 11)"),
    "A02": (("THREATEN",), "2033-10-03", "army chief gives mutineers a dawn ultimatum to surrender"),
    "A03": (("ASSAULT",), "2033-10-04", "loyal troops storm broadcaster and barracks, retake Bissau"),
    "A04": (("COERCE",), "2033-10-04", "army arrests Brig. Gen. Nanque and 27 (revised 34) soldiers"),
    "A05": (("COERCE",), "2033-10-04", "government imposes a nationwide 8 p.m.-6 a.m. curfew"),
    "A06": (("COERCE",), "2033-10-04", "authorities shut down internet access nationwide"),
    "A07": (("ACCUSE",), "2033-10-04", "ECOWAS condemns the coup attempt"),
    "A08": (("ACCUSE",), "2033-10-04", "African Union condemns the coup attempt"),
    "A09": (("REQUEST",), "2033-10-04", "UN secretary-general appeals for calm"),
    "A10": (("REQUEST",), "2033-10-04", "French foreign ministry urges restraint"),
    "A11": (("ACCUSE",), "2033-10-05", "President Mancabu accuses Guinea of arming the plotters"),
    "A12": (("REJECT",), "2033-10-06", "Guinea rejects Bissau's accusation"),
    "A13": (("PROTEST",), "2033-10-06", "first pro-Mancabu rally in Bissau (Thursday)"),
    "A14": (("CONSULT",), "2033-10-07", "ECOWAS-AU delegation holds talks with Mancabu"),
    "A15": (("COERCE",), "2033-10-07", "police detain opposition leader Quintino Bampoque"),
    "A16": (("CONCEDE",), "2033-10-08", "authorities restore internet access (shutdown lifted)"),
    "A17": (("RETREAT",), "2033-10-09", "police release Bampoque without charge"),
    "A18": (("PROTEST",), "2033-10-09", "second pro-Mancabu rally in Bissau (Sunday)"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_atlanticrelay_gunfire-palace-bissau.txt",
     "A01", "Mutinous soldiers attacked the presidential palace"),
    ("2033-10-03_atlanticrelay_gunfire-palace-bissau.txt", "A01", "grenade blasts and long bursts"),
    ("2033-10-03_atlanticrelay_gunfire-palace-bissau.txt", "A02", "gave the mutineers until 6 a.m."),
    ("2033-10-03_atlanticrelay_gunfire-palace-bissau.txt", "A02", "still have a few hours to surrender"),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt", "A03", "retook the centre of Bissau"),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt", "A03", "The operation began soon after"),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt",
     "A02", "an ultimatum issued by the army chief"),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt", "A01", "when the rebels attacked the palace"),
    ("2033-10-04_sahelbulletin_loyal-troops-retake-bissau.txt", "A04", "was arrested at a house in"),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt",
     "A05", "ordered a nationwide dusk-to-dawn curfew"),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt", "A03", "put down a mutiny in the capital"),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt", "A06", "also switched off mobile internet"),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt", "A04", "had detained a brigadier general"),
    ("2033-10-04_crossroadswire_curfew-internet-bissau.txt", "A04", "Among those held is Brigadier General"),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt", "A05", "ordered a nationwide dusk-to-dawn curfew"),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt", "A03", "put down a mutiny in the capital"),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt", "A06", "also switched off mobile internet"),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt", "A04", "had detained a brigadier general"),
    ("2033-10-04_lagoonpost_curfew-internet-bissau.txt", "A04", "Among those held is Brigadier General"),
    ("2033-10-04_continentalnewsdesk_ecowas-au-condemn.txt", "A07", "on Tuesday condemned what it called"),
    ("2033-10-04_continentalnewsdesk_ecowas-au-condemn.txt", "A07", "ECOWAS described the mutiny as"),
    ("2033-10-04_continentalnewsdesk_ecowas-au-condemn.txt",
     "A08", "The African Union also denounced the mutiny"),
    ("2033-10-04_continentalnewsdesk_ecowas-au-condemn.txt", "A08", "The AU statement called the mutiny"),
    ("2033-10-04_baobabtimes_un-france-calm.txt", "A09", "appealed for calm in Guinea-Bissau"),
    ("2033-10-04_baobabtimes_un-france-calm.txt", "A09", "asked all parties to resolve the crisis"),
    ("2033-10-04_baobabtimes_un-france-calm.txt", "A10", "urged everyone involved to show restraint"),
    ("2033-10-04_baobabtimes_un-france-calm.txt", "A07", "condemned the uprising as an assault"),
    ("2033-10-05_atlanticrelay_president-accuses-guinea.txt", "A11", "accused neighbouring Guinea of arming"),
    ("2033-10-05_atlanticrelay_president-accuses-guinea.txt", "A01", "the soldiers who attacked his palace"),
    ("2033-10-05_atlanticrelay_president-accuses-guinea.txt",
     "A11", "those friends in Conakry supplied them"),
    ("2033-10-05_atlanticrelay_president-accuses-guinea.txt", "A04", "were detained on Tuesday, revising"),
    ("2033-10-05_baobabtimes_president-accuses-guinea.txt", "A11", "accused neighbouring Guinea of arming"),
    ("2033-10-05_baobabtimes_president-accuses-guinea.txt", "A01", "the soldiers who attacked his palace"),
    ("2033-10-05_baobabtimes_president-accuses-guinea.txt", "A11", "those friends in Conakry supplied them"),
    ("2033-10-05_baobabtimes_president-accuses-guinea.txt", "A04", "were detained on Tuesday, revising"),
    ("2033-10-05_sahelbulletin_toll-rises-bissau.txt", "A01", "Eleven people were killed in Monday's attack"),
    ("2033-10-05_sahelbulletin_toll-rises-bissau.txt", "A03", "stormed the Brá barracks at dawn"),
    ("2033-10-05_sahelbulletin_toll-rises-bissau.txt", "A05", "The nighttime curfew imposed on Tuesday"),
    ("2033-10-05_crossroadswire_guinea-accused.txt", "A11", "blamed Guinea on Wednesday for"),
    ("2033-10-05_crossroadswire_guinea-accused.txt", "A11", "made the accusation in a speech"),
    ("2033-10-05_crossroadswire_guinea-accused.txt", "A07", "which condemned the coup attempt on Tuesday"),
    ("2033-10-06_continentalnewsdesk_conakry-rejects.txt", "A12", "Guinea on Thursday rejected accusations"),
    ("2033-10-06_continentalnewsdesk_conakry-rejects.txt", "A11", "accusations by Guinea-Bissau's president"),
    ("2033-10-06_continentalnewsdesk_conakry-rejects.txt", "A11", "told the nation on Wednesday"),
    ("2033-10-06_continentalnewsdesk_conakry-rejects.txt", "A13", "thousands of people marched on Thursday"),
    ("2033-10-06_lagoonpost_rally-bissau.txt", "A13", "rallied in Bissau on Thursday"),
    ("2033-10-06_lagoonpost_rally-bissau.txt", "A13", "The marchers walked from the Bandim market"),
    ("2033-10-06_lagoonpost_rally-bissau.txt", "A13", "joined the marchers at the front"),
    ("2033-10-06_atlanticrelay_guinea-denies.txt", "A12", "Guinea's government dismissed as"),
    ("2033-10-06_atlanticrelay_guinea-denies.txt", "A12", "had \"never interfered\" in the affairs"),
    ("2033-10-06_atlanticrelay_guinea-denies.txt", "A11", "had accused Conakry on Wednesday"),
    ("2033-10-06_atlanticrelay_guinea-denies.txt", "A13", "several thousand people marched on Thursday"),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt",
     "A14", "met President Eduardo Mancabú in Bissau on Friday"),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt",
     "A14", "stayed at the palace for about three hours"),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt", "A14", "We had a frank and useful exchange"),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt",
     "A12", "rejected Bissau's allegations on Thursday"),
    ("2033-10-07_sahelbulletin_mission-meets-president.txt",
     "A13", "thousands of Mancabú's supporters rallied"),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt",
     "A15", "detained opposition leader Quintino Bampoque"),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt", "A14", "as regional envoys held talks with"),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt",
     "A15", "was taken to the central police station"),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt",
     "A15", "Bampoque was being questioned about"),
    ("2033-10-07_crossroadswire_opposition-leader-detained.txt", "A14", "met Mancabú for about three hours"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt", "A14", "held talks with Guinea-Bissau's President"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt", "A07", "The regional bloc condemned the mutiny"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt", "A08", "issued its own condemnation"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt",
     "A15", "took opposition leader Quintino Bampoque into custody"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt", "A05", "under the curfew imposed on Tuesday"),
    ("2033-10-07_baobabtimes_ecowas-mission.txt", "A06", "when the authorities cut access nationwide"),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt", "A16", "restored internet access on Saturday"),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt",
     "A06", "ending a shutdown that began on Tuesday"),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt", "A16", "Connections came back first on mobile"),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt",
     "A16", "the restriction had been lifted because"),
    ("2033-10-08_continentalnewsdesk_internet-restored.txt", "A06", "had ordered the shutdown on Tuesday"),
    ("2033-10-08_lagoonpost_bampoque-detention.txt", "A15", "spent a second night in custody"),
    ("2033-10-08_lagoonpost_bampoque-detention.txt", "A15", "Police picked up Bampoque at his home"),
    ("2033-10-08_lagoonpost_bampoque-detention.txt", "A16", "Internet access returned to the country"),
    ("2033-10-08_atlanticrelay_internet-back.txt", "A16", "lifted its internet blackout on Saturday"),
    ("2033-10-08_atlanticrelay_internet-back.txt", "A06", "a measure the government had imposed"),
    ("2033-10-08_atlanticrelay_internet-back.txt", "A05", "The government imposed a curfew on Tuesday"),
    ("2033-10-08_atlanticrelay_internet-back.txt", "A15", "has also detained opposition leader"),
    ("2033-10-09_sahelbulletin_bampoque-freed.txt", "A17", "released opposition leader Quintino Bampoque"),
    ("2033-10-09_sahelbulletin_bampoque-freed.txt", "A15", "two days after detaining him"),
    ("2033-10-09_sahelbulletin_bampoque-freed.txt", "A17", "walked out of the central police station"),
    ("2033-10-09_sahelbulletin_bampoque-freed.txt", "A18", "thousands of people rallied again"),
    ("2033-10-09_crossroadswire_second-rally.txt",
     "A18", "marched through Guinea-Bissau's capital on Sunday"),
    ("2033-10-09_crossroadswire_second-rally.txt", "A18", "The march, organised by the ruling party"),
    ("2033-10-09_crossroadswire_second-rally.txt", "A13", "A first rally on Thursday drew"),
    ("2033-10-09_crossroadswire_second-rally.txt", "A17", "police freed opposition leader"),
    ("2033-10-09_crossroadswire_second-rally.txt", "A14", "which met Mancabú on Friday"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt",
     "A01", "after mutinous soldiers stormed the presidential palace"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt", "A01", "Eleven people died in the attack"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt",
     "A03", "Loyal units took back the state broadcaster"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt", "A02", "gave the rebels a dawn deadline"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt", "A04", "were arrested in the operation"),
    ("2033-10-10_continentalnewsdesk_bissau-week-after.txt",
     "A12", "the Guinean government rejected Bissau's claims"),
    ("2033-10-11_lagoonpost_nanque-profile.txt", "A03", "Loyal troops recaptured the state broadcaster"),
    ("2033-10-11_lagoonpost_nanque-profile.txt", "A03", "The assault on the broadcaster followed"),
    ("2033-10-11_lagoonpost_nanque-profile.txt", "A02", "followed an ultimatum from the army chief"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A13", "Large crowds turned out for him"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A18", "Another rally followed on Sunday"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A07", "ECOWAS condemned the mutiny within hours"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A08", "The African Union followed suit"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A15", "the brief detention of opposition leader"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A17", "released on Sunday without charge"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A11", "Mancabú's claim that Conakry armed"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A12", "Guinea has flatly denied it"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A06", "The internet blackout, lifted"),
    ("2033-10-12_baobabtimes_analysis-coup-attempt.txt", "A16", "lifted on Saturday after four days"),
]

FLOORS = {"pairwise_f1": 0.6, "b3_f1": 0.75, "reports_found": 0.58}


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
