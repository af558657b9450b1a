"""The thirty-seventh blind incident batch, written on 2026-12-02 before the coder was run on any of it.

The crisis: ten days of nuclear standoff between Iran and the West (March 6-15, 2034). The board of the IAEA
censures Iran over uranium traces at undeclared sites and, the same night, Iran's foreign ministry condemns
the resolution and says it will cut back inspections; France, Britain and Germany warn of snapback UN
sanctions, Iran's foreign minister rejects the ultimatum and Iran expels two IAEA inspectors; Oman hosts a
first round of indirect US-Iranian talks; Israeli jets strike an industrial site near Isfahan (two dead,
revised to four; a warehouse, revised to three buildings) and Iran answers with missiles at Nevatim air base;
the Pentagon sends a second carrier; Iran detains a French student on spying charges and France's president
and foreign minister each demand his release; the three Europeans trigger the snapback; a second Muscat round
brings an Iranian offer to readmit inspectors at two sites; Iran frees a French teacher held since 2031 and
Paris thanks Oman; students rally outside the British embassy in Tehran. Everything here is synthetic: the
outlets (Bluestone Press, Caspian Wire, Atlas Bulletin, Kestrel Newswire, Levant Herald, Crossroads Wire) and
the people are invented, the countries and places are real, the events never happened and the dates lie in the
future. One report is a verbatim syndicated copy (Crossroads Wire of Bluestone Press, March 12) and one a
lightly edited copy (Kestrel Newswire of Crossroads Wire, March 13).

Gold conventions. An act is one real-world act: one actor (for a statement, one speaker or one institution; a
joint statement of the three European governments counts as one) doing one thing to one target on one day. Its
types are the PLOVER type the codebook gives (CAMEO2PLOVER-2021), with a second type only where the codebook
truly allows two readings (expelling inspectors: SANCTION as expulsion of inspectors, COERCE as expulsion of
individuals); its date is the day it happened. REPORTS lists every sentence of every document that reports an
act that happened, including background recaps in later reports ("Friday night's Israeli air strike near
Isfahan", "which Iran rejected a day later") and quotes that tell the act; the cue is a verbatim piece of that
sentence (3 to 8 words) found once in its file. A sentence may report two acts of different types, never two
of the same type. The syndicated and the edited copy get their own entries. Not listed: headlines; planned,
promised, threatened, demanded, conditional, hypothetical or denied acts that have not happened; a bare
reference to an act that only dates another ("the Omani-hosted session followed Iran's expulsion of ...": only
the expulsion is listed); acts more than a year before (the 2031 arrest of the French teacher); statistics and
tallies (the list of the strike's dead); opinions. A promise or offer is itself AGREE, a threat THREATEN, a
demand REQUEST, but what is offered, threatened or demanded is not an act until it happens: the European
warning of March 7 and the snapback of March 12 are two acts, and Iran's announced cut in inspections is no
act.

Look-alikes built in: two rounds of Muscat talks four days apart (A06, A14); two ACCUSE acts on March 6 by
different actors (the board, A01; Iran's foreign ministry, A02); two demands on March 12 for the same release
by two French officials, one act per speaker (A11, A12); the threat of snapback and the snapback (A03, A13);
the Israeli strike and Iran's missile reply a day later (A07, A08); the detention of one French national and
the release of another (A10, A16).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to the act; pairwise precision, recall and F1 and
B-cubed F1 are computed over the mapped events (score in eval.incidents), and reports_found is the share of
gold (file, act) reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the twelfth 2026-12-02 session): run
with `figures` once at its start, on its starting code (3f400d4, whose code is 8ef1514): **pairwise F1 0.838**
(precision 0.934, recall 0.760), B-cubed F1 0.902, reports found 0.725. Run again at its end, on its final
code (a0e2745, and 5d09de8 before four gazetteer entries): the same figures on both.
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
    ("2034-03-06_bluestone_iaea-board-censures-iran.txt",
     "UN atomic watchdog's board rebukes Iran over unexplained uranium traces\n\n"
     "VIENNA, March 6, 2034 (Bluestone Press) - The governing board of the International Atomic Energy "
     "Agency voted on Monday to censure Iran, faulting it for leaving unexplained the traces of enriched "
     "uranium that inspectors detected at two locations Tehran never declared.\n\n"
     "The resolution, drafted by France, Britain and Germany with American backing, passed with 21 votes "
     "in favour, four against and 10 abstentions, according to diplomats who attended the closed "
     "session.\n\n"
     "It is the board's first formal rebuke of the Islamic Republic since June 2032.\n\n"
     "Iran's foreign ministry condemned the resolution within hours, calling it \"a political document "
     "wearing a technical costume.\"\n\n"
     "\"The board has run out of patience, but it has not yet run out of options,\" said Farah Lindqvist, "
     "a non-proliferation researcher at the Baltic Security Institute in Stockholm.\n\n"
     "Agency inspectors have not had full access to the underground enrichment hall at Fordow since early "
     "2033, according to the agency's quarterly reports.\n\n"
     "Tehran maintains that its nuclear work serves only civilian purposes."),
    ("2034-03-06_caspianwire_tehran-condemns-censure.txt",
     "Tehran denounces IAEA rebuke, signals cuts to inspector access\n\n"
     "TEHRAN, March 6, 2034 (Caspian Wire) - Iran's foreign ministry lashed out late on Monday at the "
     "governors of the UN nuclear agency, branding their decision \"politically motivated,\" and said the "
     "country would scale back the access it grants to international inspectors.\n\n"
     "\"This text is a gift to those who want confrontation rather than answers,\" ministry spokesman "
     "Behrouz Salehpour said in a written statement read out on the evening news.\n\n"
     "Earlier in the day the agency's 35-member board approved the measure, put forward by the three "
     "European signatories of the 2015 accord, faulting Iran over uranium particles found at two sites it "
     "had never reported.\n\n"
     "Salehpour gave no timetable for the new limits.\n\n"
     "The rial slid about 3 percent against the dollar on Tehran's open market after the vote, according "
     "to currency dealers.\n\n"
     "Iran has enriched uranium to 60 percent purity, a short technical step from the roughly 90 percent "
     "needed for a weapon, the agency's latest report shows.\n\n"
     "The 2015 accord, which capped Iran's nuclear work in return for relief from sanctions, has been "
     "largely dormant since Washington walked away from it in 2018."),
    ("2034-03-07_atlasbulletin_europeans-warn-snapback.txt",
     "France, Britain, Germany threaten return of UN sanctions on Iran\n\n"
     "PARIS, March 7, 2034 (Atlas Bulletin) - France, Britain and Germany warned Iran on Tuesday that they "
     "would set in motion the return of every UN sanction that the 2015 nuclear deal had lifted if Tehran "
     "went ahead with cuts to inspections.\n\n"
     "In a joint statement released simultaneously by their three foreign ministries, the European powers "
     "said they stood \"ready to use every mechanism\" the deal provides.\n\n"
     "French Foreign Minister Etienne Morvan told reporters at the Quai d'Orsay that the window for "
     "diplomacy \"is narrowing by the day.\"\n\n"
     "The joint text landed a day after the board of the IAEA censured Tehran over uranium traces at "
     "undeclared sites.\n\n"
     "Tehran had denounced that vote as politically driven.\n\n"
     "Under the so-called snapback procedure, any party to the deal can notify the Security Council of "
     "significant non-performance, starting a 30-day countdown after which earlier UN measures come back "
     "into force unless the council decides otherwise.\n\n"
     "Those measures include an arms embargo and curbs on Iran's ballistic missile work.\n\n"
     "A senior European diplomat, requesting anonymity, said the three capitals would settle on their next "
     "step \"within days.\""),
    ("2034-03-07_kestrel_washington-weighs-options.txt",
     "Washington weighs options as Europe presses Iran\n\n"
     "WASHINGTON, March 7, 2034 (Kestrel Newswire) - European threats to restore United Nations sanctions "
     "on Iran on Tuesday piled fresh pressure on Tehran just days before a planned round of indirect talks "
     "with the United States in Oman.\n\n"
     "In their statement, the three European governments said they would trigger the so-called snapback "
     "procedure should Iran follow through on its plans to limit inspections.\n\n"
     "On Monday, the 35-nation board of the International Atomic Energy Agency censured Iran for the first "
     "time since June 2032.\n\n"
     "State Department spokeswoman Marcia Delgado said the administration's goal remained \"a negotiated "
     "outcome that keeps Iran from a bomb.\"\n\n"
     "\"We are not going to negotiate in public,\" Delgado said.\n\n"
     "US officials said special envoy Daniel Whitcombe would travel to Muscat later this week, with Omani "
     "officials expected to carry messages between the two delegations.\n\n"
     "Iran and the United States have not held direct talks since 2030."),
    ("2034-03-08_caspianwire_iran-expels-inspectors.txt",
     "Iran orders two IAEA inspectors to leave, rebuffs European warning\n\n"
     "TEHRAN, March 8, 2034 (Caspian Wire) - Iran on Wednesday expelled two inspectors of the "
     "International Atomic Energy Agency, revoking their accreditation and allowing them two days to "
     "depart, the Atomic Energy Organization of Iran said.\n\n"
     "The pair had been assigned to the enrichment complex at Natanz, the organisation said in a statement "
     "that did not give their nationalities.\n\n"
     "Foreign Minister Kaveh Dastjerdi separately dismissed the European threat to restore UN sanctions, "
     "telling state television that Iran \"will not bargain with a stopwatch held to its head.\"\n\n"
     "On Monday the agency's board censured Iran over uranium traces at undeclared sites.\n\n"
     "The agency had no immediate comment.\n\n"
     "A Western diplomat in Vienna predicted the agency would be left with \"a thin picture at best\" of "
     "activity at Natanz.\n\n"
     "Inspectors still visit Iran's declared facilities, though camera surveillance has been restricted "
     "since 2032."),
    ("2034-03-08_crossroads_iaea-inspectors-ordered-out.txt",
     "Watchdog chief says Iranian expulsions hurt verification\n\n"
     "VIENNA, March 8, 2034 (Crossroads Wire) - Iran has ordered two of the UN nuclear watchdog's "
     "inspectors out of the country, the agency's director general, Ingrid Solvang, said on Wednesday, "
     "adding that its ability to track Iran's stock of highly enriched uranium was now \"seriously "
     "degraded.\"\n\n"
     "Solvang said the two inspectors, both long-serving members of the agency's Iran team, were expected "
     "to leave Tehran by Friday.\n\n"
     "\"Every inspector we lose is an eye we lose,\" she told reporters at the agency's Vienna "
     "headquarters.\n\n"
     "The agency estimates that Iran holds about 410 kilograms of 60-percent enriched uranium, in "
     "principle enough for several bombs with further refining.\n\n"
     "Iran has refused individual inspectors before, most recently in 2031, but had never removed two at "
     "once.\n\n"
     "France, Britain and Germany on Tuesday threatened to restore UN sanctions if Iran cut back on "
     "inspections.\n\n"
     "Solvang said she hoped to travel to Tehran soon."),
    ("2034-03-08_bluestone_iran-spurns-european-ultimatum.txt",
     "Iran rejects European sanctions warning as tensions climb\n\n"
     "LONDON, March 8, 2034 (Bluestone Press) - Iran's foreign minister on Wednesday rejected an ultimatum "
     "from France, Britain and Germany, saying Tehran would not reverse its planned limits on nuclear "
     "inspections \"under pressure from anyone.\"\n\n"
     "Kaveh Dastjerdi spoke hours after Iran expelled two inspectors of the International Atomic Energy "
     "Agency from the country.\n\n"
     "The three European powers said on Tuesday they were prepared to seek the restoration of UN sanctions "
     "on Iran if it limited the inspectors' access.\n\n"
     "British Foreign Secretary Harriet Pembury told parliament that London's \"preference remains a "
     "diplomatic solution.\"\n\n"
     "Under the procedure, sanctions lifted under the 2015 agreement would return 30 days after a "
     "notification unless the Security Council decides otherwise.\n\n"
     "Oil prices rose 2 percent in London trading, with Brent crude settling at $88.40 a barrel."),
    ("2034-03-09_crossroads_oman-hosts-indirect-talks.txt",
     "Iran and US hold indirect nuclear talks in Oman\n\n"
     "MUSCAT, March 9, 2034 (Crossroads Wire) - Iranian and US negotiators held indirect talks in the "
     "Omani capital on Thursday, their first contact in more than a year, with Oman's foreign minister "
     "shuttling between rooms at a palace guesthouse.\n\n"
     "Deputy Foreign Minister Majid Tavakkoli led Iran's side in the talks, while US special envoy Daniel "
     "Whitcombe headed the American team, Omani officials said.\n\n"
     "The Omani-hosted session followed Iran's expulsion of two IAEA inspectors on Wednesday, a step "
     "Western diplomats called the sharpest in years.\n\n"
     "\"Nothing has been agreed and nothing has been ruled out,\" Tavakkoli told Iranian state media "
     "afterwards.\n\n"
     "A White House official said the American team had come \"to test whether there is a deal to be "
     "had.\"\n\n"
     "Oman has served as a go-between for Tehran and Washington for two decades, including secret contacts "
     "that preceded the 2015 accord."),
    ("2034-03-09_kestrel_us-iran-envoys-muscat.txt",
     "US, Iranian envoys trade messages through Omani hosts\n\n"
     "MUSCAT, March 9, 2034 (Kestrel Newswire) - Envoys from Washington and Tehran exchanged proposals "
     "through Omani mediators on Thursday in a first round of talks aimed at heading off a wider crisis "
     "over Iran's nuclear programme.\n\n"
     "The American and Iranian teams were housed in separate wings of the same compound, according to a US "
     "official who briefed reporters on condition of anonymity.\n\n"
     "The official described the mood as \"businesslike, no more and no less.\"\n\n"
     "On Wednesday Iran had ordered two inspectors from the International Atomic Energy Agency out of the "
     "country.\n\n"
     "Whitcombe, a former ambassador to Jordan, has said little in public since taking up the post in "
     "January.\n\n"
     "The rial recovered part of its losses on Tehran's open market during the day, traders said."),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt",
     "Israeli jets hit site near Isfahan, Iranian media say\n\n"
     "JERUSALEM, March 10, 2034 (Levant Herald) - Israeli warplanes struck a facility near the central "
     "Iranian city of Isfahan late on Friday, killing two people, Iranian state media reported.\n\n"
     "In a brief statement, the Israeli military said its aircraft had hit \"a site used to manufacture "
     "components for Iran's nuclear programme\" and that all planes had returned safely.\n\n"
     "Iran's official news agency said the strike damaged a warehouse in an industrial park near Shahin "
     "Shahr, north of the city, and that fire crews were at the scene.\n\n"
     "\"Our forces acted to remove a specific threat,\" military spokesman Brigadier General Yoav Sharir "
     "told reporters.\n\n"
     "Iranian officials did not say whether nuclear material had been kept at the site.\n\n"
     "Israel has been linked to sabotage and covert killings inside Iran in past years, but open air raids "
     "remain rare.\n\n"
     "On Thursday US and Iranian negotiators met indirectly in Muscat."),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt",
     "Toll in Isfahan strike rises to four as Iran hits back\n\n"
     "TEHRAN, March 11, 2034 (Caspian Wire) - Four people lost their lives in Friday night's Israeli air "
     "strike near Isfahan, Iran's state broadcaster said on Saturday, revising an earlier toll of two.\n\n"
     "Three buildings at the industrial site were destroyed, not a single warehouse as first reported, the "
     "broadcaster added.\n\n"
     "The dead included two security guards and two engineers, a provincial official said.\n\n"
     "Hours later, the Revolutionary Guards said they had fired a salvo of ballistic missiles at Nevatim "
     "air base in Israel's Negev desert.\n\n"
     "A Guards statement read on state television called the salvo \"a measured and lawful answer\" and "
     "said no further launches were planned.\n\n"
     "Israel's military said most of the missiles were intercepted and that the base suffered only minor "
     "damage.\n\n"
     "Funerals for the four were to be held in Isfahan on Sunday."),
    ("2034-03-11_levantherald_iran-missiles-nevatim.txt",
     "Iran fires missiles at Israeli air base; most intercepted\n\n"
     "JERUSALEM, March 11, 2034 (Levant Herald) - Iran launched about a dozen ballistic missiles at the "
     "Nevatim air base in southern Israel on Saturday, the Israeli military said.\n\n"
     "Sirens sounded across the Negev shortly after dawn.\n\n"
     "Military spokesman Brigadier General Yoav Sharir said air defences had stopped most of the missiles "
     "and that two struck open ground inside the base, causing no casualties.\n\n"
     "The Revolutionary Guards described the barrage as a proportionate reply and said Iran did not seek a "
     "wider war.\n\n"
     "Israeli aircraft struck an industrial site near Isfahan late on Friday, killing four people, "
     "according to Iranian state media.\n\n"
     "It was the first Iranian missile fire at Israeli territory since 2024.\n\n"
     "Nevatim is home to Israel's fleet of F-35 stealth fighters."),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt",
     "Pentagon sends second carrier toward Gulf after Iran-Israel exchange\n\n"
     "WASHINGTON, March 11, 2034 (Kestrel Newswire) - The Pentagon ordered a second aircraft carrier "
     "strike group to the Arabian Sea on Saturday, hours after Iran fired ballistic missiles at an Israeli "
     "air base.\n\n"
     "Pentagon press secretary Trent Allard said the deployment was \"defensive\" and meant to protect US "
     "forces and partners in the region.\n\n"
     "The group will join a carrier already operating in the Gulf of Oman, giving the Navy two carriers "
     "near Iran for the first time since 2030.\n\n"
     "Allard said Washington had no role in the Israeli raid on the Isfahan site late on Friday.\n\n"
     "Israel said its air defences stopped most of Saturday's missiles.\n\n"
     "Members of Congress from both parties said they expected a classified briefing early next week."),
    ("2034-03-11_atlasbulletin_french-national-detained.txt",
     "Iran detains French researcher on spying charges\n\n"
     "PARIS, March 11, 2034 (Atlas Bulletin) - Iranian authorities have arrested a French doctoral student "
     "on suspicion of espionage, Iran's judiciary said on Saturday, in a case likely to strain relations "
     "with Paris further.\n\n"
     "Julien Marchetti, 31, was detained on Saturday in the southern city of Shiraz, where he had been "
     "studying Achaemenid-era ruins, the judiciary's news website said.\n\n"
     "The judiciary did not describe what evidence it held against him.\n\n"
     "The French foreign ministry said its embassy in Tehran was \"following the situation closely.\"\n\n"
     "Marchetti's family said in a statement that they were \"in shock\" and had last heard from him on "
     "Thursday.\n\n"
     "Another French citizen, 58-year-old teacher Camille Berthier, has been held in Iran since 2031 and "
     "was sentenced in 2032 to eight years for spying."),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt",
     "France's president and foreign minister demand researcher's release\n\n"
     "PARIS, March 12, 2034 (Atlas Bulletin) - French President Helene Castagne on Sunday demanded the "
     "immediate release of Julien Marchetti, the French doctoral student arrested in Iran a day "
     "earlier.\n\n"
     "\"Julien Marchetti is a student, and he must be freed without delay,\" Castagne said during a visit "
     "to Lyon.\n\n"
     "Foreign Minister Etienne Morvan separately called on Tehran to free Marchetti and to let French "
     "diplomats visit him.\n\n"
     "Morvan told a radio interviewer that the embassy had received no information about the charges.\n\n"
     "Iran's judiciary said on Saturday that Marchetti, 31, had been taken into custody in Shiraz.\n\n"
     "Paris has advised its citizens against all travel to Iran since 2022.\n\n"
     "At least three other Europeans, among them French teacher Camille Berthier, remain behind bars in "
     "Iran."),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt",
     "Europeans trigger return of UN sanctions on Iran\n\n"
     "NEW YORK, March 12, 2034 (Bluestone Press) - France, Britain and Germany on Sunday formally notified "
     "the UN Security Council that Iran was in breach of the 2015 nuclear deal, starting a 30-day process "
     "that would bring back sweeping United Nations sanctions on Tehran.\n\n"
     "In a letter to the council's president, the envoys of the three governments said Tehran had left "
     "them \"no choice.\"\n\n"
     "The notification follows a warning issued by the three on March 7, which Iran rejected a day "
     "later.\n\n"
     "Iran expelled two IAEA inspectors from the country on Wednesday.\n\n"
     "Unless the Security Council votes within 30 days to keep sanctions relief in place, measures "
     "including an arms embargo and a ban on uranium enrichment will snap back.\n\n"
     "Russia and China, which hold vetoes, are expected to object but cannot stop the process under its "
     "terms.\n\n"
     "There was no word from Iran's UN delegation on Sunday evening.\n\n"
     "A second round of indirect US-Iranian talks is scheduled for Monday in Muscat."),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt",
     "Europeans trigger return of UN sanctions on Iran\n\n"
     "NEW YORK, March 12, 2034 (Crossroads Wire) - France, Britain and Germany on Sunday formally notified "
     "the UN Security Council that Iran was in breach of the 2015 nuclear deal, starting a 30-day process "
     "that would bring back sweeping United Nations sanctions on Tehran.\n\n"
     "In a letter to the council's president, the envoys of the three governments said Tehran had left "
     "them \"no choice.\"\n\n"
     "The notification follows a warning issued by the three on March 7, which Iran rejected a day "
     "later.\n\n"
     "Iran expelled two IAEA inspectors from the country on Wednesday.\n\n"
     "Unless the Security Council votes within 30 days to keep sanctions relief in place, measures "
     "including an arms embargo and a ban on uranium enrichment will snap back.\n\n"
     "Russia and China, which hold vetoes, are expected to object but cannot stop the process under its "
     "terms.\n\n"
     "There was no word from Iran's UN delegation on Sunday evening.\n\n"
     "A second round of indirect US-Iranian talks is scheduled for Monday in Muscat.\n\n"
     "Originally published by Bluestone Press."),
    ("2034-03-13_crossroads_second-round-muscat.txt",
     "Iran offers partial return of inspectors as Muscat talks resume\n\n"
     "MUSCAT, March 13, 2034 (Crossroads Wire) - Iranian and US negotiators returned to Oman on Monday for "
     "another round of indirect talks, and Iran's chief negotiator offered to let UN inspectors back into "
     "two enrichment sites if Europe suspends its sanctions move.\n\n"
     "The session, again mediated by Oman's foreign minister, Khalid al-Maawali, lasted about six hours, "
     "Omani officials said.\n\n"
     "Deputy Foreign Minister Majid Tavakkoli told reporters that Iran was prepared to restore inspectors' "
     "access at Natanz and Fordow \"within days\" of a European climbdown.\n\n"
     "The first round was held in Muscat on Thursday.\n\n"
     "France, Britain and Germany notified the Security Council on Sunday that they were triggering the "
     "return of UN sanctions.\n\n"
     "US envoy Daniel Whitcombe left the guesthouse without speaking to reporters.\n\n"
     "A European diplomat said the three would \"study any serious proposal\" but stressed that the 30-day "
     "clock was already running."),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt",
     "Iran floats partial return of inspectors at second Muscat round\n\n"
     "MUSCAT, March 13, 2034 (Kestrel Newswire) - Iranian and US negotiators returned to Oman on Monday "
     "for another round of indirect talks, and Iran's chief negotiator offered to let UN inspectors back "
     "into two of its enrichment sites provided Europe suspends its sanctions move.\n\n"
     "The session, again mediated by Oman's foreign minister, lasted roughly six hours, according to Omani "
     "officials.\n\n"
     "Deputy Foreign Minister Majid Tavakkoli said Iran was prepared to restore inspectors' access at "
     "Natanz and Fordow \"within days\" of a European climbdown.\n\n"
     "The first round was held in Muscat on Thursday.\n\n"
     "France, Britain and Germany notified the Security Council on Sunday that they were triggering the "
     "return of UN sanctions.\n\n"
     "A European diplomat said the three would \"study any serious proposal\" but that the 30-day clock "
     "was already running.\n\n"
     "The White House had no immediate comment."),
    ("2034-03-13_caspianwire_tavakkoli-offer.txt",
     "Tehran puts inspector offer on the table in Oman\n\n"
     "TEHRAN, March 13, 2034 (Caspian Wire) - Iran has proposed restoring UN inspectors' access to its "
     "Natanz and Fordow enrichment plants in exchange for a European freeze on the reimposition of "
     "sanctions, its lead negotiator said on Monday.\n\n"
     "Majid Tavakkoli made the offer at the second, Omani-brokered round of talks with American envoys.\n\n"
     "\"The ball is now in Europe's court,\" Tavakkoli told state television.\n\n"
     "On Sunday the European trio set in motion the return of UN sanctions by writing to the Security "
     "Council.\n\n"
     "Hardline newspapers in Tehran were divided over the proposal.\n\n"
     "The Fordow plant is built into a mountain near the holy city of Qom."),
    ("2034-03-14_atlasbulletin_berthier-freed.txt",
     "Iran frees French teacher held since 2031\n\n"
     "PARIS, March 14, 2034 (Atlas Bulletin) - Iran on Tuesday released Camille Berthier, a French teacher "
     "who had spent nearly three years in Tehran's Evin prison on espionage charges, the French presidency "
     "said.\n\n"
     "Berthier, 58, is expected to land in Paris late on Tuesday after a stop in Muscat.\n\n"
     "Foreign Minister Etienne Morvan thanked Oman for its \"discreet and decisive\" help.\n\n"
     "Another Frenchman, Julien Marchetti, a 31-year-old doctoral student, was detained in Shiraz on "
     "Saturday.\n\n"
     "President Helene Castagne on Sunday demanded that he be freed immediately.\n\n"
     "Iranian officials gave no reason for the timing.\n\n"
     "Berthier was arrested in 2031 while on holiday and sentenced the following year to eight years in "
     "prison."),
    ("2034-03-14_caspianwire_iran-releases-frenchwoman.txt",
     "Iran lets French prisoner go on humanitarian grounds\n\n"
     "TEHRAN, March 14, 2034 (Caspian Wire) - Iran freed a jailed French schoolteacher on Tuesday on "
     "\"humanitarian grounds,\" the judiciary said.\n\n"
     "Camille Berthier, 58, left Iran aboard an Omani government aircraft, a judiciary spokesman said.\n\n"
     "He said the case of Julien Marchetti, arrested on Saturday in Shiraz, would follow \"the normal "
     "legal process.\"\n\n"
     "On Monday Iranian and US negotiators held their second Muscat session.\n\n"
     "Berthier had been serving an eight-year term handed down in 2032.\n\n"
     "Iran holds several dual and foreign nationals, most of them on security-related charges."),
    ("2034-03-15_caspianwire_students-rally.txt",
     "Students march on British embassy in Tehran over sanctions move\n\n"
     "TEHRAN, March 15, 2034 (Caspian Wire) - Thousands of students rallied outside the British embassy in "
     "Tehran on Wednesday, chanting slogans against Britain, France and Germany.\n\n"
     "The demonstrators, many of them members of campus Basij units, burned British, French and German "
     "flags, witnesses said.\n\n"
     "The rally was organised by the Basij student organisation and lasted about two hours.\n\n"
     "France, Britain and Germany on Sunday began the process of restoring UN sanctions on Iran.\n\n"
     "Britain's embassy said its staff were safe.\n\n"
     "A day earlier, Iran released French teacher Camille Berthier after nearly three years in prison.\n\n"
     "Iran's economy shrank by 2 percent last year, according to central bank figures."),
    ("2034-03-15_bluestone_students-rally-embassy.txt",
     "Crowd burns European flags outside UK mission in Tehran\n\n"
     "LONDON, March 15, 2034 (Bluestone Press) - Several thousand Iranian students protested outside "
     "Britain's embassy in Tehran on Wednesday against the reimposition of UN sanctions, Iranian state "
     "media and witnesses said.\n\n"
     "Footage broadcast by state television showed protesters burning the flags of Britain, France and "
     "Germany.\n\n"
     "The Foreign Office said all embassy staff were accounted for.\n\n"
     "The three European powers triggered the return of those sanctions on Sunday.\n\n"
     "The crisis began last week when the UN atomic agency's board censured Iran over uranium traces, "
     "prompting Tehran to expel two inspectors.\n\n"
     "Iran fired missiles at an Israeli air base on Saturday.\n\n"
     "Diplomats said Oman could host a third round as early as next week."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ACCUSE",), "2034-03-06", "IAEA board of governors passes a resolution censuring Iran"),
    "A02": (("ACCUSE",), "2034-03-06",
            "Iran's foreign ministry (spokesman Salehpour) condemns the board resolution"),
    "A03": (("THREATEN",), "2034-03-07",
            "France, Britain and Germany jointly warn Iran of snapback UN sanctions"),
    "A04": (("REJECT",), "2034-03-08", "Iranian FM Dastjerdi rejects the European ultimatum"),
    "A05": (("SANCTION", "COERCE"), "2034-03-08", "Iran expels two IAEA inspectors"),
    "A06": (("CONSULT",), "2034-03-09", "first round of indirect Iran-US talks in Muscat, hosted by Oman"),
    "A07": (("ASSAULT",), "2034-03-10",
            "Israeli air strike on an industrial site near Isfahan (2 dead, then 4)"),
    "A08": (("ASSAULT",), "2034-03-11", "Iran fires ballistic missiles at Nevatim air base in Israel"),
    "A09": (("MOBILIZE",), "2034-03-11", "Pentagon orders a second carrier strike group to the Arabian Sea"),
    "A10": (("COERCE",), "2034-03-11",
            "Iran detains French student Julien Marchetti in Shiraz on spying charges"),
    "A11": (("REQUEST",), "2034-03-12", "French FM Morvan calls on Iran to free Marchetti"),
    "A12": (("REQUEST",), "2034-03-12", "French President Castagne demands Marchetti's release"),
    "A13": (("SANCTION",), "2034-03-12",
            "France, Britain and Germany trigger snapback of UN sanctions on Iran"),
    "A14": (("CONSULT",), "2034-03-13", "second round of indirect Iran-US talks in Muscat, mediated by Oman"),
    "A15": (("AGREE",), "2034-03-13",
            "Iran's negotiator Tavakkoli offers to readmit inspectors to two sites"),
    "A16": (("RETREAT",), "2034-03-14", "Iran releases French teacher Camille Berthier"),
    "A17": (("PROTEST",), "2034-03-15", "students rally outside the British embassy in Tehran"),
    "A18": (("SUPPORT",), "2034-03-14", "French FM Morvan thanks Oman for its help"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-03-06_bluestone_iaea-board-censures-iran.txt", "A01", "voted on Monday to censure Iran"),
    ("2034-03-06_bluestone_iaea-board-censures-iran.txt", "A01", "passed with 21 votes in favour"),
    ("2034-03-06_bluestone_iaea-board-censures-iran.txt", "A02",
     "foreign ministry condemned the resolution within hours"),
    ("2034-03-06_caspianwire_tehran-condemns-censure.txt", "A02", "lashed out late on Monday"),
    ("2034-03-06_caspianwire_tehran-condemns-censure.txt", "A02", "a gift to those who want confrontation"),
    ("2034-03-06_caspianwire_tehran-condemns-censure.txt", "A01", "board approved the measure"),
    ("2034-03-07_atlasbulletin_europeans-warn-snapback.txt", "A03", "warned Iran on Tuesday that they would"),
    ("2034-03-07_atlasbulletin_europeans-warn-snapback.txt", "A03", "ready to use every mechanism"),
    ("2034-03-07_atlasbulletin_europeans-warn-snapback.txt", "A01", "the board of the IAEA censured Tehran"),
    ("2034-03-07_atlasbulletin_europeans-warn-snapback.txt", "A02", "Tehran had denounced that vote"),
    ("2034-03-07_kestrel_washington-weighs-options.txt", "A03",
     "European threats to restore United Nations sanctions"),
    ("2034-03-07_kestrel_washington-weighs-options.txt", "A03",
     "would trigger the so-called snapback procedure"),
    ("2034-03-07_kestrel_washington-weighs-options.txt", "A01",
     "International Atomic Energy Agency censured Iran"),
    ("2034-03-08_caspianwire_iran-expels-inspectors.txt", "A05", "on Wednesday expelled two inspectors"),
    ("2034-03-08_caspianwire_iran-expels-inspectors.txt", "A04", "Dastjerdi separately dismissed"),
    ("2034-03-08_caspianwire_iran-expels-inspectors.txt", "A03", "threat to restore UN sanctions"),
    ("2034-03-08_caspianwire_iran-expels-inspectors.txt", "A01", "the agency's board censured Iran"),
    ("2034-03-08_crossroads_iaea-inspectors-ordered-out.txt", "A05",
     "ordered two of the UN nuclear watchdog's inspectors"),
    ("2034-03-08_crossroads_iaea-inspectors-ordered-out.txt", "A03",
     "on Tuesday threatened to restore UN sanctions"),
    ("2034-03-08_bluestone_iran-spurns-european-ultimatum.txt", "A04", "on Wednesday rejected an ultimatum"),
    ("2034-03-08_bluestone_iran-spurns-european-ultimatum.txt", "A03",
     "an ultimatum from France, Britain and Germany"),
    ("2034-03-08_bluestone_iran-spurns-european-ultimatum.txt", "A05",
     "hours after Iran expelled two inspectors"),
    ("2034-03-08_bluestone_iran-spurns-european-ultimatum.txt", "A03",
     "were prepared to seek the restoration"),
    ("2034-03-09_crossroads_oman-hosts-indirect-talks.txt", "A06",
     "held indirect talks in the Omani capital"),
    ("2034-03-09_crossroads_oman-hosts-indirect-talks.txt", "A06", "led Iran's side in the talks"),
    ("2034-03-09_crossroads_oman-hosts-indirect-talks.txt", "A05", "Iran's expulsion of two IAEA inspectors"),
    ("2034-03-09_kestrel_us-iran-envoys-muscat.txt", "A06", "exchanged proposals through Omani mediators"),
    ("2034-03-09_kestrel_us-iran-envoys-muscat.txt", "A05", "Iran had ordered two inspectors"),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt", "A07", "Israeli warplanes struck a facility"),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt", "A07", "its aircraft had hit"),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt", "A07", "the strike damaged a warehouse"),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt", "A07", "acted to remove a specific threat"),
    ("2034-03-10_levantherald_israel-strikes-near-isfahan.txt", "A06",
     "negotiators met indirectly in Muscat"),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt", "A07",
     "Friday night's Israeli air strike near Isfahan"),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt", "A07",
     "Three buildings at the industrial site were destroyed"),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt", "A08", "fired a salvo of ballistic missiles"),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt", "A08", "a measured and lawful answer"),
    ("2034-03-11_caspianwire_isfahan-strike-toll.txt", "A08", "most of the missiles were intercepted"),
    ("2034-03-11_levantherald_iran-missiles-nevatim.txt", "A08", "launched about a dozen ballistic missiles"),
    ("2034-03-11_levantherald_iran-missiles-nevatim.txt", "A08", "two struck open ground inside the base"),
    ("2034-03-11_levantherald_iran-missiles-nevatim.txt", "A08",
     "described the barrage as a proportionate reply"),
    ("2034-03-11_levantherald_iran-missiles-nevatim.txt", "A07", "struck an industrial site near Isfahan"),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt", "A09",
     "ordered a second aircraft carrier strike group"),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt", "A08",
     "Iran fired ballistic missiles at an Israeli air base"),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt", "A09", "said the deployment was"),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt", "A07", "the Israeli raid on the Isfahan site"),
    ("2034-03-11_kestrel_pentagon-sends-carrier.txt", "A08", "stopped most of Saturday's missiles"),
    ("2034-03-11_atlasbulletin_french-national-detained.txt", "A10",
     "have arrested a French doctoral student"),
    ("2034-03-11_atlasbulletin_french-national-detained.txt", "A10",
     "was detained on Saturday in the southern city"),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt", "A12", "on Sunday demanded the immediate release"),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt", "A10", "arrested in Iran a day earlier"),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt", "A12", "he must be freed without delay"),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt", "A11",
     "separately called on Tehran to free Marchetti"),
    ("2034-03-12_atlasbulletin_paris-demands-release.txt", "A10", "had been taken into custody in Shiraz"),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt", "A13", "formally notified the UN Security Council"),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt", "A13", "In a letter to the council's president"),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt", "A03", "a warning issued by the three on March 7"),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt", "A04", "which Iran rejected a day later"),
    ("2034-03-12_bluestone_europe-triggers-snapback.txt", "A05",
     "Iran expelled two IAEA inspectors from the country"),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt", "A13",
     "formally notified the UN Security Council"),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt", "A13", "In a letter to the council's president"),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt", "A03", "a warning issued by the three on March 7"),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt", "A04", "which Iran rejected a day later"),
    ("2034-03-12_crossroads_europe-triggers-snapback.txt", "A05",
     "Iran expelled two IAEA inspectors from the country"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A14", "returned to Oman on Monday for another round"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A15", "offered to let UN inspectors back"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A14", "again mediated by Oman's foreign minister"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A15", "was prepared to restore inspectors' access"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A06", "The first round was held in Muscat"),
    ("2034-03-13_crossroads_second-round-muscat.txt", "A13", "notified the Security Council on Sunday"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A14",
     "returned to Oman on Monday for another round"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A15", "offered to let UN inspectors back"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A14", "again mediated by Oman's foreign minister"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A15", "was prepared to restore inspectors' access"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A06", "The first round was held in Muscat"),
    ("2034-03-13_kestrel_muscat-talks-second-round.txt", "A13", "notified the Security Council on Sunday"),
    ("2034-03-13_caspianwire_tavakkoli-offer.txt", "A15",
     "Iran has proposed restoring UN inspectors' access"),
    ("2034-03-13_caspianwire_tavakkoli-offer.txt", "A15", "Majid Tavakkoli made the offer"),
    ("2034-03-13_caspianwire_tavakkoli-offer.txt", "A14", "at the second, Omani-brokered round"),
    ("2034-03-13_caspianwire_tavakkoli-offer.txt", "A13", "set in motion the return of UN sanctions"),
    ("2034-03-14_atlasbulletin_berthier-freed.txt", "A16", "on Tuesday released Camille Berthier"),
    ("2034-03-14_atlasbulletin_berthier-freed.txt", "A18", "thanked Oman for its"),
    ("2034-03-14_atlasbulletin_berthier-freed.txt", "A10", "was detained in Shiraz on Saturday"),
    ("2034-03-14_atlasbulletin_berthier-freed.txt", "A12", "on Sunday demanded that he be freed"),
    ("2034-03-14_caspianwire_iran-releases-frenchwoman.txt", "A16",
     "Iran freed a jailed French schoolteacher"),
    ("2034-03-14_caspianwire_iran-releases-frenchwoman.txt", "A16",
     "left Iran aboard an Omani government aircraft"),
    ("2034-03-14_caspianwire_iran-releases-frenchwoman.txt", "A10", "arrested on Saturday in Shiraz"),
    ("2034-03-14_caspianwire_iran-releases-frenchwoman.txt", "A14", "held their second Muscat session"),
    ("2034-03-15_caspianwire_students-rally.txt", "A17",
     "Thousands of students rallied outside the British embassy"),
    ("2034-03-15_caspianwire_students-rally.txt", "A17", "burned British, French and German flags"),
    ("2034-03-15_caspianwire_students-rally.txt", "A17", "The rally was organised by the Basij"),
    ("2034-03-15_caspianwire_students-rally.txt", "A13", "on Sunday began the process of restoring"),
    ("2034-03-15_caspianwire_students-rally.txt", "A16", "Iran released French teacher Camille Berthier"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A17", "Several thousand Iranian students protested"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A17", "showed protesters burning the flags"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A13", "triggered the return of those sanctions"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A01", "the UN atomic agency's board censured Iran"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A05", "prompting Tehran to expel two inspectors"),
    ("2034-03-15_bluestone_students-rally-embassy.txt", "A08", "Iran fired missiles at an Israeli air base"),
]

FLOORS = {"pairwise_f1": 0.81, "b3_f1": 0.87, "reports_found": 0.7}


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
