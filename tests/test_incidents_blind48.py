"""Blind incident batch 48: the kidnapping of foreign aid workers in northern Niger, October 2033.

Everything in it is synthetic: the six outlets (Saltmarsh Press, Kestrel Wire, Northbank Gazette, Dunefield
Courier, Amberline News, Orchard Chronicle), every person, the charity Ponte Verde and the armed group (the
Azawagh Brigade) are invented; the countries, places and international bodies are real, the events never happened
and the dates are in the future. 26 documents from October 3 to 14, 2033 follow one crisis: gunmen seize six aid
workers (two Italians, two Canadians, two Kenyans) at a clinic near Iferouane, Niger's army searches the Air
Mountains and a curfew is put on the Agadez region, the kidnappers demand a ransom and threaten the hostages,
Italy, Canada, Kenya and the UN Secretary-General appeal for their release, a rescue raid near Adrar Bous fails in
a gunfight, Algeria mediates at Niger's request, and the hostages are freed in two stages. One document is a
verbatim syndicated copy (Orchard Chronicle of Kestrel Wire, October 6) and one a lightly edited copy (Amberline
News of Saltmarsh Press, October 9). Look-alikes: two army attacks on the kidnappers (helicopter fire on the 5th,
the raid on the 9th); two releases by the same group (three hostages on the 12th, three on the 13th); two calls
for the release on one day by different speakers (Italy and Canada, 4th), then Kenya's (5th) and the UN's (7th);
two meetings on one day (the Algerian envoy with the group's intermediaries, the Italian and Algerian foreign
ministers, 11th); a threat and then the act (the defence minister's threat of force on the 8th, the raid on the
9th), beside the group's threat to kill the hostages (6th), never carried out; the curfew imposed (4th) and lifted
(14th). Figures change between reports: five hostages, then six; three arrested, then five; four soldiers killed
in the raid, then six.

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; the abduction (arriving, disarming the guards, driving off with the captives) is one act, and so is the
rescue raid with the gunfight it set off (the army's assault on the group). Types follow CAMEO2PLOVER-2021; a
second type is given only where the codebook allows two readings: the abduction is ASSAULT (abduct) or COERCE
(seize persons), and the army's halt of offensive operations to let the mediation work is RETREAT (military
de-escalation) or CONCEDE (yielding to a demand of the kidnappers). REPORTS lists every sentence that reports an
act that happened, background recaps in later reports included ("a day after a commando raid on one of its camps
failed to free them"), with a cue found once in its file; the syndicated and the edited copy have their own
entries. Headlines are not listed. A bare noun mention with no verb of its own ("her visit", "the group's
ultimatum") is not a report. Planned, promised-but-not-yet-done, threatened, conditional, hypothetical and denied
acts (no ransom was paid), acts more than a year before, statistics, tallies (a revised death toll), standing
policies (Canada does not pay ransoms) and opinions are not listed (a promise is itself AGREE and a threat
THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the
share of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

The batch was written from the template and its brief alone, without reading the coder's code, lexicons, rules or
data or any other blind batch. Every text was checked for six-word runs shared with the gold, seed, news, demo
corpus and tests (with /tmp/ew/overlap.py) and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the fifteenth session (2026-12-02)):
run once at its start, on its starting code (a6a59ad): **pairwise F1 0.697** (precision 0.954, recall 0.549),
B-cubed F1 0.839, reports found 0.584.
Run again at its end, on b262bb7 and on its final code 9f7cf80 (the same figures both times): the same figures.
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
    ("2033-10-03_saltmarsh_aid-workers-seized.txt",
     "Gunmen seize foreign aid workers at clinic in northern Niger\n\n"
     "AGADEZ, October 3, 2033 (Saltmarsh Press) - Armed men abducted five foreign aid workers from a medical "
     "charity's clinic near Iferouane in northern Niger on Monday, local officials and the charity said.\n\n"
     "The attackers arrived in three pickup trucks shortly after dawn, disarmed the two guards at the gate and "
     "drove off with the foreigners towards the Air Mountains, a regional official in Agadez told Saltmarsh Press "
     "by telephone.\n\n"
     "The captives, two Italians, two Canadians and a Kenyan, work for Ponte Verde, a Milan-based charity that has "
     "run a maternal health clinic in Iferouane since 2029. Nigerien nurses and cleaners at the site were left "
     "unharmed.\n\n"
     "\"Our first thoughts are with our colleagues and their families,\" Silvia Rambaldi, the charity's director, "
     "said in Milan. She declined to give further details.\n\n"
     "No group has claimed responsibility. Armed bands and smuggling networks roam the vast desert region "
     "bordering Algeria, Libya and Mali, where a string of foreigners have been held for ransom over the past two "
     "decades."),
    ("2033-10-04_kestrel_search-launched.txt",
     "Niger sends troops and helicopters after kidnappers of aid workers\n\n"
     "NIAMEY, October 4, 2033 (Kestrel Wire) - Niger's army deployed special forces and helicopters across the Air "
     "Mountains on Tuesday to hunt for the gunmen who seized five foreign aid workers, a day after the abduction "
     "near the oasis town of Iferouane.\n\n"
     "Colonel Abdou Gado Mamane, speaking for the army, said several hundred soldiers had been sent from garrisons "
     "in Agadez and Arlit and that patrols were sweeping the desert tracks that lead north towards the Algerian "
     "border.\n\n"
     "Separately, the interior ministry placed the Agadez region under a night-time curfew, saying the measure "
     "would make it harder for the kidnappers to move supplies.\n\n"
     "Interior Minister Mariama Hamidou Sani said on state radio that the curfew ran from eight in the evening "
     "until six in the morning.\n\n"
     "The foreigners, from Italy, Canada and Kenya, were taken on Monday morning from a clinic run by the Italian "
     "charity Ponte Verde. No one has yet claimed the kidnapping."),
    ("2033-10-04_northbank_rome-appeal.txt",
     "Italy demands release of aid workers kidnapped in Niger\n\n"
     "ROME, October 4, 2033 (Northbank Gazette) - Italian Foreign Minister Lorenza Cavalieri on Tuesday called on "
     "the kidnappers of two Italian aid workers in Niger to release them at once and unconditionally.\n\n"
     "Nurse Chiara Bellandi, from Bergamo, and logistician Matteo Ferroni, from Turin, had worked at the clinic "
     "for more than a year, according to their employer.\n\n"
     "Her Canadian counterpart, Helene Sauvageau, made a similar plea in Ottawa a few hours later, urging the "
     "captors to let the two Canadians in the group go unharmed.\n\n"
     "Gunmen took the five aid workers from the Milan charity Ponte Verde's clinic near Iferouane on Monday, and "
     "Niger's army said it had launched a search across the Air Mountains.\n\n"
     "Cavalieri declined to say whether Italian intelligence officers had travelled to Niger."),
    ("2033-10-04_dunefield_ottawa-appeal.txt",
     "Canada urges captors in Niger to free two Canadian aid workers\n\n"
     "OTTAWA, October 4, 2033 (Dunefield Courier) - Canada's foreign minister, Helene Sauvageau, appealed on "
     "Tuesday for the release of two Canadian aid workers abducted in northern Niger, saying they had gone there "
     "only to care for the sick.\n\n"
     "The two, water engineer Owen Hartigan of Halifax and midwife Nadia Kostecki of Winnipeg, were among five "
     "foreigners snatched from a clinic near Iferouane a day earlier.\n\n"
     "Italian Foreign Minister Lorenza Cavalieri, whose country has two nationals among the captives, had issued a "
     "similar call in Rome earlier on Tuesday.\n\n"
     "Sauvageau said a consular team would travel to Niamey later in the week. She noted that Canada does not pay "
     "ransoms, although no demand has been made public.\n\n"
     "Niger has sent troops and helicopters to the Air Mountains to look for the kidnappers. Authorities in Niamey "
     "also declared a curfew after dark across the Agadez region."),
    ("2033-10-05_amberline_kenya-appeal.txt",
     "Kenya appeals for release of aid workers, says two Kenyans held in Niger\n\n"
     "NAIROBI, October 5, 2033 (Amberline News) - Kenya on Wednesday urged the kidnappers of foreign aid workers "
     "in Niger to let them go, and said two Kenyans, not one as first reported, were among the hostages.\n\n"
     "Foreign Affairs Cabinet Secretary Faith Wambui Njoroge named them as Achieng Omollo, a doctor, and Peter "
     "Lagat, a pharmacist, both from Kisumu, and said six people in all had been abducted from the clinic near "
     "Iferouane on Monday.\n\n"
     "\"We ask those holding them to return them safely to their families,\" she said at a news briefing in "
     "Nairobi.\n\n"
     "Lagat had been left off earlier lists because he joined the clinic's staff only last month, the charity "
     "Ponte Verde said.\n\n"
     "Italy's foreign minister issued a similar appeal on Tuesday. So did Canada's, whose nationals Owen Hartigan "
     "and Nadia Kostecki are also held. Niger's army has deployed troops and aircraft to comb the Air Mountains "
     "for the captives."),
    ("2033-10-05_saltmarsh_helicopter-strike.txt",
     "Niger army helicopters fire on suspected kidnappers' vehicles\n\n"
     "AGADEZ, October 5, 2033 (Saltmarsh Press) - Nigerien army helicopters fired on a column of vehicles believed "
     "to belong to the gang holding six foreign aid workers east of Timia on Wednesday, destroying two pickups, a "
     "military source said.\n\n"
     "The source said the crews had held back from striking a third vehicle for fear that hostages were inside. "
     "There was no word on casualties.\n\n"
     "The strike was the first reported contact in a search the army launched across the Air Mountains after "
     "gunmen raided the Iferouane clinic on Monday and carried off six staff of the charity Ponte Verde, from "
     "Italy, Canada and Kenya.\n\n"
     "In Agadez, the regional capital, streets emptied at nightfall under the curfew that authorities imposed on "
     "Tuesday. Shopkeepers said trade had slowed sharply."),
    ("2033-10-06_kestrel_ransom-demand.txt",
     "Kidnappers of aid workers in Niger demand ransom, threaten hostages\n\n"
     "NIAMEY, October 6, 2033 (Kestrel Wire) - An armed group calling itself the Azawagh Brigade demanded a ransom "
     "of 8 million euros on Thursday for six foreign aid workers it abducted in northern Niger, in a video sent to "
     "a news website in Nouakchott.\n\n"
     "In the four-minute recording, a masked man calling himself Abou Tarik said the hostages would be killed if "
     "the money was not paid and the army's operation in the Air Mountains did not stop within ten days.\n\n"
     "The six captives appeared seated on the sand in front of a rock wall. None of them spoke.\n\n"
     "A government spokesman in Niamey said experts were examining the recording. The group claimed its fighters "
     "had come through unscathed when army helicopters fired on its vehicles on Wednesday.\n\n"
     "The Azawagh Brigade had not been heard of before this week. Security analysts in Niamey said it appeared to "
     "have grown out of smuggling networks active along the Algerian border."),
    ("2033-10-06_orchard_ransom-demand.txt",
     "Kidnappers of aid workers in Niger demand ransom, threaten hostages\n\n"
     "NIAMEY, October 6, 2033 (Kestrel Wire) - An armed group calling itself the Azawagh Brigade demanded a ransom "
     "of 8 million euros on Thursday for six foreign aid workers it abducted in northern Niger, in a video sent to "
     "a news website in Nouakchott.\n\n"
     "In the four-minute recording, a masked man calling himself Abou Tarik said the hostages would be killed if "
     "the money was not paid and the army's operation in the Air Mountains did not stop within ten days.\n\n"
     "The six captives appeared seated on the sand in front of a rock wall. None of them spoke.\n\n"
     "A government spokesman in Niamey said experts were examining the recording. The group claimed its fighters "
     "had come through unscathed when army helicopters fired on its vehicles on Wednesday.\n\n"
     "The Azawagh Brigade had not been heard of before this week. Security analysts in Niamey said it appeared to "
     "have grown out of smuggling networks active along the Algerian border."),
    ("2033-10-07_dunefield_un-appeal.txt",
     "UN chief calls for unconditional release of aid workers held in Niger\n\n"
     "UNITED NATIONS, October 7, 2033 (Dunefield Courier) - The UN's top official demanded on Friday that an armed "
     "group in northern Niger free six aid workers it holds, straight away and without conditions, his "
     "spokesperson said.\n\n"
     "\"Humanitarian workers must never be a target,\" spokesperson Dario Espinal told reporters, reading from a "
     "statement.\n\n"
     "The appeal came a day after the kidnappers, who call themselves the Azawagh Brigade, released a video "
     "seeking 8 million euros and threatening to kill the captives within ten days.\n\n"
     "The UN's humanitarian coordinator in Niger, Marguerite Ndiaye-Holm, said relief agencies in the north were "
     "reviewing their security arrangements.\n\n"
     "The captives, a pair each of Italians, Canadians and Kenyans, were abducted on Monday from a clinic near "
     "Iferouane."),
    ("2033-10-07_northbank_no-ransom.txt",
     "Italy rules out ransom for aid workers held in Niger\n\n"
     "ROME, October 7, 2033 (Northbank Gazette) - Italy on Friday rejected the ransom demanded by the kidnappers "
     "of six aid workers in Niger, with Foreign Minister Lorenza Cavalieri saying Rome would not trade money for "
     "lives.\n\n"
     "\"We will not pay and we will not let anyone pay in our name,\" Cavalieri told the Senate foreign affairs "
     "committee.\n\n"
     "The Azawagh Brigade's video, released on Thursday, warned that the hostages would die if its conditions were "
     "not met within ten days.\n\n"
     "Cavalieri would not be drawn on whether Italian special forces were in Niger.\n\n"
     "In Bergamo, the mayor said the town was praying for the safe return of nurse Chiara Bellandi, one of the two "
     "Italians held."),
    ("2033-10-07_amberline_arrests.txt",
     "Niger police detain three over kidnapping of aid workers\n\n"
     "AGADEZ, October 7, 2033 (Amberline News) - Police in Agadez arrested three men on Friday suspected of "
     "supplying fuel and vehicles to the hostage-takers in the Air Mountains, a regional security official said.\n\n"
     "The men, a mechanic and two fuel traders, were picked up in a dawn operation in the town's old quarter, the "
     "official said.\n\n"
     "The gunmen grabbed the Italian, Canadian and Kenyan aid workers, two of each, at their Iferouane clinic on "
     "Monday and are believed to be holding them somewhere in the Air Mountains.\n\n"
     "Soldiers have been combing the massif since Tuesday. A night curfew imposed that same day remains in force "
     "across the region."),
    ("2033-10-08_saltmarsh_force-warning.txt",
     "Niger warns kidnappers it is ready to use force to free aid workers\n\n"
     "NIAMEY, October 8, 2033 (Saltmarsh Press) - Niger's defence minister warned on Saturday that troops would "
     "storm the kidnappers' hideouts to free six foreign aid workers held in the north unless they were released.\n\n"
     "\"Our soldiers are in position and the choice now belongs to those holding them,\" General Harouna Dan "
     "Koulou said on state television.\n\n"
     "Dan Koulou spoke two days after the Azawagh Brigade threatened in a video to kill the hostages unless Niger "
     "paid a ransom and pulled back its troops.\n\n"
     "The minister said police had now detained five people in Agadez suspected of helping the kidnappers, up from "
     "the three announced on Friday.\n\n"
     "Italy has ruled out paying any ransom. Canada says it does not pay ransoms as a matter of policy."),
    ("2033-10-08_kestrel_agadez-curfew.txt",
     "Curfew and fear grip Agadez as hostage search drags on\n\n"
     "AGADEZ, October 8, 2033 (Kestrel Wire) - Traders in Agadez said on Saturday that business had collapsed "
     "since authorities imposed a curfew on Tuesday in the hunt for the captors of six foreign aid workers.\n\n"
     "\"After dark the town is dead. Nobody comes in from the villages,\" said Ibrahim Oumarou, who sells spare "
     "parts near the Grand Mosque.\n\n"
     "Military trucks rumble through the town towards the Air Mountains, where the army has been searching since "
     "Tuesday for the gunmen who stormed the Ponte Verde clinic in Iferouane on Monday.\n\n"
     "Tourism, once the region's main earner, withered in the 2000s amid rebellion and insecurity, and many "
     "families now depend on gold digging and cross-border trade.\n\n"
     "Local officials said the curfew would remain until the hostages were found."),
    ("2033-10-09_saltmarsh_raid-fails.txt",
     "Niger rescue raid on kidnappers' camp fails, four soldiers killed\n\n"
     "NIAMEY, October 9, 2033 (Saltmarsh Press) - Nigerien special forces attacked a camp held by the kidnappers "
     "of six foreign aid workers near Adrar Bous in the far north on Sunday but failed to free the hostages, and "
     "four soldiers lost their lives in the clashes, the army said.\n\n"
     "Colonel Abdou Gado Mamane, the army spokesman, said the commandos met heavy fire as they closed on the camp "
     "before dawn and pulled back after a gunfight lasting about two hours.\n\n"
     "He said several kidnappers had been killed but gave no figure. There was no sign that any of the hostages "
     "had been hurt, he added.\n\n"
     "The raid came a day after Defence Minister Harouna Dan Koulou warned the Azawagh Brigade that the army was "
     "ready to use force.\n\n"
     "The group, which is demanding 8 million euros, had threatened on Thursday to kill the captives if the "
     "military operation did not stop."),
    ("2033-10-09_amberline_raid-fails.txt",
     "Four Nigerien soldiers die in failed bid to rescue hostages\n\n"
     "NIAMEY, October 9, 2033 (Saltmarsh Press) - Nigerien special forces stormed a camp held by the kidnappers of "
     "six foreign aid workers near Adrar Bous in the far north on Sunday but failed to free the hostages, and four "
     "soldiers died in the clashes, the army said.\n\n"
     "Army spokesman Colonel Abdou Gado Mamane said the commandos met heavy fire as they closed on the camp before "
     "dawn and pulled back after a gunfight lasting about two hours.\n\n"
     "He said several kidnappers had been killed but gave no figure.\n\n"
     "The raid came a day after Defence Minister Harouna Dan Koulou warned the Azawagh Brigade that the army was "
     "prepared to use force."),
    ("2033-10-10_dunefield_group-accuses.txt",
     "Kidnappers accuse Niger of putting hostages' lives at risk\n\n"
     "AGADEZ, October 10, 2033 (Dunefield Courier) - The Azawagh Brigade accused Niger's army on Monday of "
     "endangering the lives of the six foreign aid workers it is holding, a day after a commando raid on one of "
     "its camps failed to free them.\n\n"
     "In an audio message sent to journalists, the group's spokesman Abou Tarik said the hostages were alive and "
     "that Niamey would bear responsibility for any harm that came to them.\n\n"
     "The army raised its toll from Sunday's fighting to six soldiers dead, from four, after two wounded men died "
     "in hospital in Agadez.\n\n"
     "Abou Tarik did not repeat the ten-day deadline set in last week's video, which also demanded 8 million euros."),
    ("2033-10-10_kestrel_algeria-mediation.txt",
     "Niger asks Algeria to mediate in hostage crisis\n\n"
     "NIAMEY, October 10, 2033 (Kestrel Wire) - Niger's President Salifou Kanta asked Algeria on Monday to mediate "
     "with the armed group that holds six foreign aid workers, after a rescue attempt by Nigerien commandos ended "
     "in failure on Sunday.\n\n"
     "Kanta made the request in a message to Algeria's president, the presidency in Niamey said.\n\n"
     "Algeria's foreign ministry said later on Monday that Algiers had accepted and would name an envoy.\n\n"
     "Algeria has acted as a go-between in past hostage cases in the Sahel and shares a long desert border with "
     "Niger.\n\n"
     "The army now says six soldiers died in Sunday's raid near Adrar Bous, up from an earlier toll of four."),
    ("2033-10-10_orchard_algiers-accepts.txt",
     "Algeria agrees to act as go-between in Niger hostage crisis\n\n"
     "ALGIERS, October 10, 2033 (Orchard Chronicle) - Algeria agreed on Monday to mediate between Niger and the "
     "armed group holding six aid workers from Italy, Canada and Kenya, Foreign Minister Rachid Benmansour said.\n\n"
     "Benmansour said Algeria had accepted a request from Niger's president and would send an experienced diplomat "
     "to the border region within hours.\n\n"
     "\"Algeria does not bargain over ransoms. It talks to people so that people can go home,\" he told reporters.\n\n"
     "The request came after Nigerien special forces tried and failed on Sunday to free the hostages by force."),
    ("2033-10-11_orchard_envoy-talks.txt",
     "Algerian envoy meets intermediaries for kidnappers near Niger border\n\n"
     "TAMANRASSET, October 11, 2033 (Orchard Chronicle) - Algeria's envoy Kamel Zerrouki held talks on Tuesday "
     "with representatives of the Azawagh Brigade, which is holding six foreign aid workers in northern Niger, a "
     "source close to the mediation said.\n\n"
     "The meeting took place near the border town of In Guezzam and lasted several hours, the source said, without "
     "giving details.\n\n"
     "Zerrouki, a former ambassador to Mali, was named by Algiers on Monday, hours after Algeria agreed to a "
     "Nigerien request to mediate.\n\n"
     "Niger's army, for its part, halted offensive operations in the Air massif on Tuesday to give the mediation a "
     "chance, a military spokesman said.\n\n"
     "The group's ultimatum, announced last Thursday, runs out on Sunday."),
    ("2033-10-11_northbank_cavalieri-algiers.txt",
     "Italian foreign minister in Algiers for talks on hostages\n\n"
     "ALGIERS, October 11, 2033 (Northbank Gazette) - Lorenza Cavalieri, Italy's foreign minister, met her "
     "Algerian counterpart Rachid Benmansour in Algiers on Tuesday for talks on freeing six aid workers, two of "
     "them Italian, held by an armed group in Niger.\n\n"
     "Her visit came as Algeria's envoy Kamel Zerrouki held a first meeting with intermediaries for the kidnappers "
     "near the border with Niger.\n\n"
     "Italy has ruled out paying a ransom. The kidnappers asked for 8 million euros in a video last week and "
     "threatened to kill the hostages.\n\n"
     "Cavalieri planned to return to Rome on Wednesday."),
    ("2033-10-12_saltmarsh_first-release.txt",
     "Three aid workers freed in Niger, three still held\n\n"
     "AGADEZ, October 12, 2033 (Saltmarsh Press) - The Azawagh Brigade freed three of its six foreign hostages in "
     "northern Niger, nine days after kidnapping them, handing them to Algerian mediators near the border on "
     "Wednesday, officials in Niger and Algeria said.\n\n"
     "The freed hostages were the two Kenyans, Omollo the doctor and Lagat the pharmacist, and Canadian midwife "
     "Nadia Kostecki. Doctors in Algiers said they were in reasonable health.\n\n"
     "The Italians Chiara Bellandi and Matteo Ferroni and the Canadian engineer Owen Hartigan remain in captivity.\n\n"
     "Algerian envoy Kamel Zerrouki had met intermediaries for the Azawagh Brigade on Tuesday, a day after Algeria "
     "agreed to mediate at Niger's request. The army halted offensive operations in the north that same day.\n\n"
     "Niger's government spokesman said no money had changed hands."),
    ("2033-10-12_dunefield_kenya-relief.txt",
     "Relief in Kisumu as two Kenyan aid workers are freed in Niger\n\n"
     "NAIROBI, October 12, 2033 (Dunefield Courier) - Kenya's government said on Wednesday that kidnappers in "
     "northern Niger had freed two Kenyan aid workers, doctor Achieng Omollo and pharmacist Peter Lagat, along "
     "with a Canadian colleague.\n\n"
     "\"The wait is over for us, but not for the families in Italy and Canada,\" Omollo's brother, Tom Otieno, "
     "told Dunefield Courier in Kisumu.\n\n"
     "Faith Wambui Njoroge, the foreign affairs cabinet secretary, said the two would return to Nairobi on Friday.\n\n"
     "The six aid workers were seized on October 3 at a clinic near Iferouane, in the Air Mountains. Kenya called "
     "last week for the hostages to be released."),
    ("2033-10-13_kestrel_final-release.txt",
     "Last three hostages freed in Niger, ending ten-day ordeal\n\n"
     "NIAMEY, October 13, 2033 (Kestrel Wire) - Kidnappers in northern Niger on Thursday released the remaining "
     "three foreign aid workers they had held for ten days, Niger's government said. The group had let three other "
     "hostages go on Wednesday.\n\n"
     "The two Italians, Bellandi and Ferroni, and Canadian Owen Hartigan were handed to Algerian envoy Kamel "
     "Zerrouki near In Guezzam, the government spokesman said.\n\n"
     "They had been held since gunmen raided the Ponte Verde clinic near Iferouane on October 3.\n\n"
     "Four days earlier, Nigerien special forces had tried to rescue the hostages in a raid that cost six soldiers "
     "their lives.\n\n"
     "Niger's government denied handing over any ransom."),
    ("2033-10-13_northbank_italy-thanks.txt",
     "Italy thanks Algeria as freed aid workers head home\n\n"
     "ROME, October 13, 2033 (Northbank Gazette) - Italy thanked Algeria on Thursday for its role in ending the "
     "ordeal of the two Italians held in Niger, hours after the kidnappers freed the last three hostages.\n\n"
     "\"Algeria's patience and discretion brought Chiara and Matteo home,\" Foreign Minister Lorenza Cavalieri "
     "said in a statement.\n\n"
     "Bellandi and Ferroni were expected to land at Rome's Ciampino airport on Friday."),
    ("2033-10-14_amberline_curfew-lifted.txt",
     "Niger lifts Agadez curfew after release of hostages\n\n"
     "NIAMEY, October 14, 2033 (Amberline News) - Niger lifted the night curfew in the Agadez region on Friday, "
     "the interior ministry said.\n\n"
     "The measure had been imposed on October 4 to help troops track down the hostage-takers.\n\n"
     "The captors set the last two Italians and the remaining Canadian free on Thursday.\n\n"
     "Agadez traders said they hoped visitors would now return to the town's markets."),
    ("2033-10-14_orchard_timeline.txt",
     "Ten days in the desert: how the Niger hostage crisis unfolded\n\n"
     "ALGIERS, October 14, 2033 (Orchard Chronicle) - The hostage crisis in northern Niger, which drew in five "
     "governments and the United Nations, ended this week with the return of all six captives. Here is how it "
     "unfolded.\n\n"
     "On October 3, gunmen in pickup trucks abducted two Italians, two Canadians and two Kenyans working for the "
     "charity Ponte Verde from its clinic near Iferouane.\n\n"
     "On October 4, Niger's army sent soldiers and helicopters into the Air Mountains, and the interior ministry "
     "decreed a curfew for the Agadez region.\n\n"
     "On October 6, the kidnappers, a previously unknown outfit named the Azawagh Brigade, demanded 8 million "
     "euros in a recorded message. In the same recording it threatened to kill the hostages within ten days.\n\n"
     "On October 9, special forces raided a camp near Adrar Bous but were driven back, losing six soldiers.\n\n"
     "On October 10, Niger asked Algeria to mediate, and Algiers agreed the same day. Algerian envoy Kamel "
     "Zerrouki met the group's intermediaries on October 11.\n\n"
     "On October 12 the kidnappers let the two Kenyans and Canadian Nadia Kostecki go. The two Italians and "
     "Canadian Owen Hartigan followed on October 13.\n\n"
     "Niger lifted the Agadez curfew on Friday."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT", "COERCE"), "2033-10-03", "gunmen abduct six foreign aid workers at a clinic near Iferouane"),
    "A02": (("MOBILIZE",), "2033-10-04", "Niger's army sends troops and helicopters to search the Air Mountains"),
    "A03": (("COERCE",), "2033-10-04", "Niger's interior ministry imposes a night curfew on the Agadez region"),
    "A04": (("REQUEST",), "2033-10-04", "Italy's foreign minister calls on the kidnappers to free the hostages"),
    "A05": (("REQUEST",), "2033-10-04", "Canada's foreign minister calls on the kidnappers to free the hostages"),
    "A06": (("REQUEST",), "2033-10-05", "Kenya's cabinet secretary calls on the kidnappers to free the hostages"),
    "A07": (("ASSAULT",), "2033-10-05", "Nigerien army helicopters fire on the kidnappers' vehicles east of Timia"),
    "A08": (("REQUEST",), "2033-10-06", "Azawagh Brigade video demands 8 million euros for the hostages"),
    "A09": (("THREATEN",), "2033-10-06", "Azawagh Brigade threatens the hostages with death after ten days"),
    "A10": (("REQUEST",), "2033-10-07", "UN Secretary-General calls for the unconditional release of the hostages"),
    "A11": (("REJECT",), "2033-10-07", "Italy rejects the kidnappers' ransom demand"),
    "A12": (("COERCE",), "2033-10-07", "Agadez police arrest suspected helpers of the kidnappers"),
    "A13": (("THREATEN",), "2033-10-08", "Niger's defence minister warns the kidnappers the army will use force"),
    "A14": (("ASSAULT",), "2033-10-09", "special forces raid the kidnappers' camp near Adrar Bous, gunfight"),
    "A15": (("ACCUSE",), "2033-10-10", "Azawagh Brigade accuses Niger's army of endangering the hostages"),
    "A16": (("REQUEST",), "2033-10-10", "Niger's president asks Algeria to mediate"),
    "A17": (("AGREE",), "2033-10-10", "Algeria agrees to mediate with the kidnappers"),
    "A18": (("CONSULT",), "2033-10-11", "Algerian envoy meets representatives of the Azawagh Brigade near In Guezzam"),
    "A19": (("CONSULT",), "2033-10-11", "Italy's foreign minister meets Algeria's foreign minister in Algiers"),
    "A20": (("RETREAT", "CONCEDE"), "2033-10-11", "Niger's army halts offensive operations to allow the mediation"),
    "A21": (("CONCEDE",), "2033-10-12", "Azawagh Brigade frees the two Kenyan hostages and one Canadian"),
    "A22": (("CONCEDE",), "2033-10-13", "Azawagh Brigade frees the two Italian hostages and the other Canadian"),
    "A23": (("SUPPORT",), "2033-10-13", "Italy thanks Algeria for its mediation"),
    "A24": (("CONCEDE",), "2033-10-14", "Niger lifts the night curfew on the Agadez region"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2033-10-03_saltmarsh_aid-workers-seized.txt", "A01", "abducted five foreign aid workers"),
    ("2033-10-03_saltmarsh_aid-workers-seized.txt", "A01", "drove off with the foreigners"),
    ("2033-10-04_kestrel_search-launched.txt", "A02", "deployed special forces and helicopters"),
    ("2033-10-04_kestrel_search-launched.txt", "A01", "the gunmen who seized five"),
    ("2033-10-04_kestrel_search-launched.txt", "A02", "had been sent from garrisons"),
    ("2033-10-04_kestrel_search-launched.txt", "A03", "placed the Agadez region under"),
    ("2033-10-04_kestrel_search-launched.txt", "A03", "the curfew ran from eight"),
    ("2033-10-04_kestrel_search-launched.txt", "A01", "were taken on Monday morning"),
    ("2033-10-04_northbank_rome-appeal.txt", "A04", "to release them at once"),
    ("2033-10-04_northbank_rome-appeal.txt", "A05", "urging the captors to let"),
    ("2033-10-04_northbank_rome-appeal.txt", "A01", "Gunmen took the five aid workers"),
    ("2033-10-04_northbank_rome-appeal.txt", "A02", "had launched a search across"),
    ("2033-10-04_dunefield_ottawa-appeal.txt", "A05", "appealed on Tuesday for the release"),
    ("2033-10-04_dunefield_ottawa-appeal.txt", "A01", "snatched from a clinic near Iferouane"),
    ("2033-10-04_dunefield_ottawa-appeal.txt", "A04", "had issued a similar call"),
    ("2033-10-04_dunefield_ottawa-appeal.txt", "A02", "Niger has sent troops and helicopters"),
    ("2033-10-04_dunefield_ottawa-appeal.txt", "A03", "declared a curfew after dark"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A06", "Kenya on Wednesday urged the kidnappers"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A01", "had been abducted from the clinic"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A06", "return them safely to their families"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A04", "issued a similar appeal on Tuesday"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A05", "So did Canada's"),
    ("2033-10-05_amberline_kenya-appeal.txt", "A02", "deployed troops and aircraft to comb"),
    ("2033-10-05_saltmarsh_helicopter-strike.txt", "A07", "helicopters fired on a column of vehicles"),
    ("2033-10-05_saltmarsh_helicopter-strike.txt", "A02", "a search the army launched"),
    ("2033-10-05_saltmarsh_helicopter-strike.txt", "A01", "carried off six staff"),
    ("2033-10-05_saltmarsh_helicopter-strike.txt", "A03", "curfew that authorities imposed on Tuesday"),
    ("2033-10-06_kestrel_ransom-demand.txt", "A08", "demanded a ransom of 8 million euros"),
    ("2033-10-06_kestrel_ransom-demand.txt", "A01", "it abducted in northern Niger"),
    ("2033-10-06_kestrel_ransom-demand.txt", "A09", "said the hostages would be killed"),
    ("2033-10-06_kestrel_ransom-demand.txt", "A07", "helicopters fired on its vehicles"),
    ("2033-10-06_orchard_ransom-demand.txt", "A08", "demanded a ransom of 8 million euros"),
    ("2033-10-06_orchard_ransom-demand.txt", "A01", "it abducted in northern Niger"),
    ("2033-10-06_orchard_ransom-demand.txt", "A09", "said the hostages would be killed"),
    ("2033-10-06_orchard_ransom-demand.txt", "A07", "helicopters fired on its vehicles"),
    ("2033-10-07_dunefield_un-appeal.txt", "A10", "demanded on Friday that an armed group"),
    ("2033-10-07_dunefield_un-appeal.txt", "A08", "a video seeking 8 million euros"),
    ("2033-10-07_dunefield_un-appeal.txt", "A09", "threatening to kill the captives"),
    ("2033-10-07_dunefield_un-appeal.txt", "A01", "were abducted on Monday from a clinic"),
    ("2033-10-07_northbank_no-ransom.txt", "A11", "Italy on Friday rejected the ransom"),
    ("2033-10-07_northbank_no-ransom.txt", "A08", "demanded by the kidnappers of six"),
    ("2033-10-07_northbank_no-ransom.txt", "A11", "We will not pay and we"),
    ("2033-10-07_northbank_no-ransom.txt", "A09", "warned that the hostages would die"),
    ("2033-10-07_amberline_arrests.txt", "A12", "arrested three men on Friday"),
    ("2033-10-07_amberline_arrests.txt", "A12", "were picked up in a dawn operation"),
    ("2033-10-07_amberline_arrests.txt", "A01", "The gunmen grabbed the Italian"),
    ("2033-10-07_amberline_arrests.txt", "A02", "combing the massif since Tuesday"),
    ("2033-10-07_amberline_arrests.txt", "A03", "A night curfew imposed that same day"),
    ("2033-10-08_saltmarsh_force-warning.txt", "A13", "warned on Saturday that troops would storm"),
    ("2033-10-08_saltmarsh_force-warning.txt", "A13", "the choice now belongs to those"),
    ("2033-10-08_saltmarsh_force-warning.txt", "A09", "threatened in a video to kill"),
    ("2033-10-08_saltmarsh_force-warning.txt", "A12", "had now detained five people"),
    ("2033-10-08_saltmarsh_force-warning.txt", "A11", "Italy has ruled out paying any ransom"),
    ("2033-10-08_kestrel_agadez-curfew.txt", "A03", "since authorities imposed a curfew"),
    ("2033-10-08_kestrel_agadez-curfew.txt", "A02", "where the army has been searching"),
    ("2033-10-08_kestrel_agadez-curfew.txt", "A01", "stormed the Ponte Verde clinic"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A14", "special forces attacked a camp held"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A14", "pulled back after a gunfight"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A14", "several kidnappers had been killed"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A13", "warned the Azawagh Brigade that the army"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A08", "which is demanding 8 million euros"),
    ("2033-10-09_saltmarsh_raid-fails.txt", "A09", "had threatened on Thursday to kill"),
    ("2033-10-09_amberline_raid-fails.txt", "A14", "special forces stormed a camp held"),
    ("2033-10-09_amberline_raid-fails.txt", "A14", "pulled back after a gunfight"),
    ("2033-10-09_amberline_raid-fails.txt", "A14", "several kidnappers had been killed"),
    ("2033-10-09_amberline_raid-fails.txt", "A13", "warned the Azawagh Brigade that the army"),
    ("2033-10-10_dunefield_group-accuses.txt", "A15", "accused Niger's army on Monday"),
    ("2033-10-10_dunefield_group-accuses.txt", "A14", "a commando raid on one of its camps failed"),
    ("2033-10-10_dunefield_group-accuses.txt", "A15", "would bear responsibility for any harm"),
    ("2033-10-10_dunefield_group-accuses.txt", "A09", "ten-day deadline set in last"),
    ("2033-10-10_dunefield_group-accuses.txt", "A08", "which also demanded 8 million euros"),
    ("2033-10-10_kestrel_algeria-mediation.txt", "A16", "asked Algeria on Monday to mediate"),
    ("2033-10-10_kestrel_algeria-mediation.txt", "A14", "a rescue attempt by Nigerien commandos ended"),
    ("2033-10-10_kestrel_algeria-mediation.txt", "A16", "made the request in a message"),
    ("2033-10-10_kestrel_algeria-mediation.txt", "A17", "that Algiers had accepted"),
    ("2033-10-10_orchard_algiers-accepts.txt", "A17", "Algeria agreed on Monday to mediate"),
    ("2033-10-10_orchard_algiers-accepts.txt", "A17", "had accepted a request from"),
    ("2033-10-10_orchard_algiers-accepts.txt", "A14", "tried and failed on Sunday"),
    ("2033-10-11_orchard_envoy-talks.txt", "A18", "held talks on Tuesday with representatives"),
    ("2033-10-11_orchard_envoy-talks.txt", "A18", "lasted several hours"),
    ("2033-10-11_orchard_envoy-talks.txt", "A17", "Algeria agreed to a Nigerien request"),
    ("2033-10-11_orchard_envoy-talks.txt", "A20", "halted offensive operations in the Air massif"),
    ("2033-10-11_orchard_envoy-talks.txt", "A09", "announced last Thursday"),
    ("2033-10-11_northbank_cavalieri-algiers.txt", "A19", "met her Algerian counterpart"),
    ("2033-10-11_northbank_cavalieri-algiers.txt", "A18", "held a first meeting with intermediaries"),
    ("2033-10-11_northbank_cavalieri-algiers.txt", "A11", "Italy has ruled out paying a ransom"),
    ("2033-10-11_northbank_cavalieri-algiers.txt", "A08", "asked for 8 million euros"),
    ("2033-10-11_northbank_cavalieri-algiers.txt", "A09", "threatened to kill the hostages"),
    ("2033-10-12_saltmarsh_first-release.txt", "A21", "freed three of its six foreign hostages"),
    ("2033-10-12_saltmarsh_first-release.txt", "A01", "nine days after kidnapping them"),
    ("2033-10-12_saltmarsh_first-release.txt", "A18", "had met intermediaries for the Azawagh Brigade"),
    ("2033-10-12_saltmarsh_first-release.txt", "A17", "a day after Algeria agreed to mediate"),
    ("2033-10-12_saltmarsh_first-release.txt", "A20", "halted offensive operations in the north"),
    ("2033-10-12_dunefield_kenya-relief.txt", "A21", "had freed two Kenyan aid workers"),
    ("2033-10-12_dunefield_kenya-relief.txt", "A01", "were seized on October 3"),
    ("2033-10-12_dunefield_kenya-relief.txt", "A06", "Kenya called last week for"),
    ("2033-10-13_kestrel_final-release.txt", "A22", "released the remaining three foreign aid workers"),
    ("2033-10-13_kestrel_final-release.txt", "A21", "had let three other hostages go"),
    ("2033-10-13_kestrel_final-release.txt", "A22", "were handed to Algerian envoy"),
    ("2033-10-13_kestrel_final-release.txt", "A01", "since gunmen raided the Ponte Verde clinic"),
    ("2033-10-13_kestrel_final-release.txt", "A14", "had tried to rescue the hostages"),
    ("2033-10-13_northbank_italy-thanks.txt", "A23", "Italy thanked Algeria on Thursday"),
    ("2033-10-13_northbank_italy-thanks.txt", "A22", "the kidnappers freed the last three hostages"),
    ("2033-10-13_northbank_italy-thanks.txt", "A23", "patience and discretion brought Chiara"),
    ("2033-10-14_amberline_curfew-lifted.txt", "A24", "lifted the night curfew in the Agadez region"),
    ("2033-10-14_amberline_curfew-lifted.txt", "A03", "had been imposed on October 4"),
    ("2033-10-14_amberline_curfew-lifted.txt", "A22", "set the last two Italians"),
    ("2033-10-14_orchard_timeline.txt", "A01", "gunmen in pickup trucks abducted"),
    ("2033-10-14_orchard_timeline.txt", "A02", "sent soldiers and helicopters into"),
    ("2033-10-14_orchard_timeline.txt", "A03", "decreed a curfew for the Agadez"),
    ("2033-10-14_orchard_timeline.txt", "A08", "demanded 8 million euros in a recorded message"),
    ("2033-10-14_orchard_timeline.txt", "A09", "it threatened to kill the hostages"),
    ("2033-10-14_orchard_timeline.txt", "A14", "special forces raided a camp near Adrar Bous"),
    ("2033-10-14_orchard_timeline.txt", "A16", "Niger asked Algeria to mediate"),
    ("2033-10-14_orchard_timeline.txt", "A17", "Algiers agreed the same day"),
    ("2033-10-14_orchard_timeline.txt", "A18", "met the group's intermediaries"),
    ("2033-10-14_orchard_timeline.txt", "A21", "let the two Kenyans and Canadian"),
    ("2033-10-14_orchard_timeline.txt", "A22", "followed on October 13"),
    ("2033-10-14_orchard_timeline.txt", "A24", "lifted the Agadez curfew on Friday"),
]

FLOORS = {"pairwise_f1": 0.66, "b3_f1": 0.8, "reports_found": 0.55}


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
