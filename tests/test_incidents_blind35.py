"""The thirty-fifth blind incident batch: an Armenia-Azerbaijan border flare-up and peace process over ten
days, written on 2026-12-02 before the coder was run on any of it.

The crisis: Azerbaijani forces fire on Armenian positions near Sotk late on Monday (two dead, revised to
three) and again on Thursday night (one wounded); each defense ministry accuses the other and Baku warns of a
crushing response; Armenia's prime minister appeals to the EU monitoring mission and, in a separate letter, to
the Russian-led CSTO; the EU mission deploys extra patrols; Azerbaijani border guards detain two Armenian
soldiers who crossed the line, Armenia's foreign minister and its human rights defender each demand their
release; protesters in Yerevan demand the prime minister's resignation, police detain dozens and he refuses to
quit; Iran warns against any change of borders; the two foreign ministers meet in Washington, hosted by the US
secretary of state, where Baku promises to return the soldiers, and hands them back two days later.

Everything in it is synthetic: the outlets (Tidewater Wire, Keystone Herald, Summit Ledger, Crossroads Daily,
Lantern News Agency, Orbit Dispatch) and the people are invented, the countries and places are real, the
events never happened and the dates (October 2034) lie in the future. It holds one verbatim syndicated copy
(Keystone Herald of Tidewater Wire's first report) and one lightly edited copy (Orbit Dispatch of Lantern News
Agency's detention story), a toll that changes between reports (two dead, then three) and a count that differs
(dozens, 41, more than 60), and look-alike acts: two shellings of the same sector three days apart; two
defense ministries each accusing the other on the same day; one prime minister making two appeals on one day
to two bodies; two Armenian officials each demanding the soldiers' release; two detentions on the same day by
different actors (the soldiers at the border, the protesters in Yerevan); a threat and the later firing; a
promise and the later handover.

Gold conventions: an act is one real-world act, one actor (for statements, one speaker or one institution)
doing one thing to one target on one day, with the PLOVER type the CAMEO2PLOVER-2021 codebook gives and the
day it happened. REPORTS lists every sentence (headlines included) that reports an act that happened,
including background recaps in later reports and quotes that tell the act, each with a verbatim cue of 3 to 8
words found once in its file; a sentence may report two acts of different types, never two of the same type.
Not listed: planned or future acts (the announced talks), denied, conditional or hypothetical acts, acts more
than a year before (history with years), statistics and tallies, opinions, and bare anaphoric mentions ("the
attack", "the incident") inside another act's sentence. A promise is an AGREE act, a threat a THREATEN act, a
demand a REQUEST act; the promised, threatened or demanded act counts only when it happens.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and
reports_found, the share of gold (file, act) reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on the code at the start of the eleventh 2026-12-02 session, 536eecd, whose code is d64cb5d
(written to be read), with `figures`: **pairwise F1 0.844** (precision 0.960, recall 0.754), B-cubed F1 0.861,
reports found 0.726.
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
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt",
     "Two Armenian soldiers killed as Azerbaijani fire hits posts near Sotk\n\n"
     "YEREVAN, October 3, 2034 (Tidewater Wire) - Azerbaijani troops opened fire on Armenian army "
     "positions outside the village of Sotk late on Monday, killing two conscripts and wounding "
     "five others, Armenia's defense ministry said.\n\n"
     "In a statement issued before dawn on Tuesday, the ministry accused Baku of a deliberate "
     "provocation meant to wreck the fragile peace process.\n\n"
     "Azerbaijan's defense ministry blamed Armenian units for starting the exchange and called "
     "the account from Yerevan \"pure invention.\"\n\n"
     "Sotk, a gold-mining village in Gegharkunik province, lies a few kilometers from the "
     "frontier and was struck during heavy fighting in September 2022.\n\n"
     "\"The mortar rounds came down on the trenches just before midnight, and our men had no "
     "warning,\" ministry spokeswoman Anahit Voskanyan told reporters in Yerevan.\n\n"
     "The five wounded soldiers were taken to a military hospital in the town of Vardenis, and "
     "two of them were in serious condition, she said."),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt",
     "Two Armenian soldiers killed as Azerbaijani fire hits posts near Sotk\n\n"
     "YEREVAN, October 3, 2034 (Keystone Herald) - Azerbaijani troops opened fire on Armenian "
     "army positions outside the village of Sotk late on Monday, killing two conscripts and "
     "wounding five others, Armenia's defense ministry said.\n\n"
     "In a statement issued before dawn on Tuesday, the ministry accused Baku of a deliberate "
     "provocation meant to wreck the fragile peace process.\n\n"
     "Azerbaijan's defense ministry blamed Armenian units for starting the exchange and called "
     "the account from Yerevan \"pure invention.\"\n\n"
     "Sotk, a gold-mining village in Gegharkunik province, lies a few kilometers from the "
     "frontier and was struck during heavy fighting in September 2022.\n\n"
     "\"The mortar rounds came down on the trenches just before midnight, and our men had no "
     "warning,\" ministry spokeswoman Anahit Voskanyan told reporters in Yerevan.\n\n"
     "The five wounded soldiers were taken to a military hospital in the town of Vardenis, and "
     "two of them were in serious condition, she said.\n\n"
     "This report first ran on Tidewater Wire."),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt",
     "Baku says Armenian troops fired first, vows firm answer\n\n"
     "BAKU, October 3, 2034 (Summit Ledger) - Azerbaijan accused Armenia on Tuesday of provoking "
     "the border incident, insisting its own troops had acted only in self-defense.\n\n"
     "Colonel Vugar Hasanli, a defense ministry spokesman, warned that any further provocation "
     "would meet a \"crushing and immediate\" response.\n\n"
     "\"Our soldiers showed restraint for as long as they could,\" Hasanli said in a televised "
     "briefing.\n\n"
     "According to Yerevan, a pair of its soldiers were killed when Azerbaijani mortars struck "
     "trenches near Sotk on Monday night.\n\n"
     "Baku and Yerevan finalized the text of a peace treaty in 2025, but it has never been signed."),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt",
     "Armenian leader appeals to EU monitors for more patrols on frontier\n\n"
     "YEREVAN, October 3, 2034 (Crossroads Daily) - Prime Minister Hovik Melkonyan called on the "
     "European Union's monitoring mission on Tuesday to send more observers to the border near "
     "Sotk.\n\n"
     "In a separate letter, Melkonyan asked the Collective Security Treaty Organization to "
     "dispatch a fact-finding team to the area.\n\n"
     "Armenia froze its participation in the Russian-led alliance in 2024 and has since skipped "
     "its summits.\n\n"
     "\"Armenia has shown again and again that it wants peace, and we will not be drawn into a "
     "war,\" Melkonyan told a cabinet meeting broadcast live.\n\n"
     "Armenia's defense ministry earlier blamed Azerbaijan for the attack.\n\n"
     "Baku, for its part, said Armenian troops had fired the first shots."),
    ("2034-10-03_lantern_border-flare-up-sotk.txt",
     "Border flare-up near Sotk leaves two Armenian troops dead\n\n"
     "YEREVAN, October 3, 2034 (Lantern News Agency) - Two Armenian servicemen died and five were "
     "hurt when Azerbaijani forces shelled a frontier outpost overnight, Yerevan said on Tuesday, "
     "in the deadliest border incident in more than a year.\n\n"
     "Azerbaijan's army accused Yerevan of staging a provocation and said none of its own "
     "soldiers had been hurt.\n\n"
     "Armenia's defense ministry said Azerbaijan bore full responsibility for the loss of life "
     "and for any escalation.\n\n"
     "Prime Minister Hovik Melkonyan urged the EU observers to step up their presence along the "
     "frontier, his office said.\n\n"
     "The frontier was drawn as an administrative line in Soviet times and was never properly "
     "demarcated after independence in 1991.\n\n"
     "\"This is exactly the kind of incident that a signed treaty was supposed to prevent,\" said "
     "Sona Karapetyan, an analyst at a Yerevan think tank."),
    ("2034-10-04_orbit_sotk-toll-rises.txt",
     "Toll from Sotk shelling rises to three as EU monitors add patrols\n\n"
     "YEREVAN, October 4, 2034 (Orbit Dispatch) - A third Armenian soldier has succumbed to "
     "injuries he received when Azerbaijani forces bombarded positions near Sotk on Monday, "
     "Armenia's defense ministry said on Wednesday.\n\n"
     "The soldier, a 20-year-old sergeant, died overnight in the hospital in Vardenis, the "
     "ministry said.\n\n"
     "The European Union's monitoring mission sent additional patrols to the area on Wednesday, a "
     "spokeswoman said, a day after Prime Minister Hovik Melkonyan appealed for a stronger EU "
     "presence.\n\n"
     "Mission head Katrin Lindqvist said the extra teams had reached the sector by midday.\n\n"
     "\"Our presence is not a guarantee of anything, but it does make it harder for anyone to lie "
     "about what happened,\" Lindqvist said."),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt",
     "EU observers step up border watch after appeal from Yerevan\n\n"
     "BRUSSELS, October 4, 2034 (Summit Ledger) - The EU's civilian mission in Armenia deployed "
     "extra monitoring teams to the Sotk area on Wednesday, answering an appeal from Prime "
     "Minister Hovik Melkonyan.\n\n"
     "Monday's fire near Sotk has now killed three Armenian soldiers, after a wounded sergeant "
     "succumbed on Wednesday.\n\n"
     "Melkonyan also turned to the Russian-led CSTO on Tuesday, a request that has drawn little "
     "response from Moscow.\n\n"
     "\"Two security umbrellas are better than none, even if one of them has holes,\" a senior "
     "Armenian lawmaker said.\n\n"
     "Azerbaijan has not commented on the new patrols."),
    ("2034-10-04_crossroads_csto-letter-analysis.txt",
     "Analysis: Yerevan's plea to CSTO puts Moscow on the spot\n\n"
     "MOSCOW, October 4, 2034 (Crossroads Daily) - Armenia's request for help from the Collective "
     "Security Treaty Organization has left Moscow facing an awkward choice between an estranged "
     "ally and a valuable partner in Baku.\n\n"
     "Prime Minister Hovik Melkonyan sent the letter on Tuesday, and the bloc has yet to reply.\n\n"
     "In 2022, the alliance turned down a similar Armenian plea, offering only to dispatch "
     "observers on a fact-finding trip.\n\n"
     "Kremlin spokesman Pavel Zorin said on Wednesday that Moscow was \"studying the situation "
     "carefully.\"\n\n"
     "\"The CSTO has no appetite to take sides against Azerbaijan, and everyone in Yerevan knows "
     "it,\" said Irina Volkova, a researcher at a Moscow institute."),
    ("2034-10-05_lantern_sotk-funerals.txt",
     "Armenia buries soldiers who died near Sotk as anger grows\n\n"
     "VARDENIS, October 5, 2034 (Lantern News Agency) - Hundreds of mourners gathered in this "
     "lakeside town on Thursday to bury two of the three soldiers killed when Azerbaijani forces "
     "shelled their trenches near Sotk on Monday night.\n\n"
     "Their coffins, draped in the national flag, were carried through the streets to the town "
     "cemetery.\n\n"
     "\"My son was nineteen and had four months left to serve,\" said the mother of one of the "
     "dead.\n\n"
     "Opposition groups plan to rally in Yerevan on Friday evening to press for Prime Minister "
     "Hovik Melkonyan's resignation.\n\n"
     "In Baku, the defense ministry described the situation along the border on Thursday as calm."),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt",
     "Fresh Azerbaijani fire near Sotk wounds Armenian soldier, Yerevan says\n\n"
     "YEREVAN, October 6, 2034 (Tidewater Wire) - Azerbaijani forces fired on Armenian positions "
     "near Sotk again late on Thursday, wounding one soldier, Armenia's defense ministry said on "
     "Friday.\n\n"
     "The shooting lasted about forty minutes and involved small arms and a heavy machine gun, "
     "the ministry said.\n\n"
     "It came three days after a bombardment of the same sector that left three Armenian "
     "servicemen dead.\n\n"
     "Azerbaijan's defense ministry had warned on Tuesday that any new provocation would draw a "
     "crushing response.\n\n"
     "Baku offered no immediate reaction to the latest incident.\n\n"
     "Armenia's and Azerbaijan's top diplomats are expected in Washington next week for a round "
     "of negotiations."),
    ("2034-10-06_keystone_second-night-shooting.txt",
     "Armenian soldier hurt as shooting erupts again on Sotk frontier\n\n"
     "YEREVAN, October 6, 2034 (Keystone Herald) - An Armenian soldier was wounded when "
     "Azerbaijani units opened up with machine guns on a border post near Sotk late on Thursday, "
     "the Armenian military said.\n\n"
     "On Monday night, Azerbaijani mortar fire killed three Armenian soldiers in the same area, "
     "according to revised figures from Yerevan.\n\n"
     "Baku had threatened a forceful response to what it called Armenian provocations.\n\n"
     "Baku had not responded to the latest shooting by Friday afternoon.\n\n"
     "The European Union's monitors, who added patrols in the sector on Wednesday, said they were "
     "looking into the matter.\n\n"
     "Analysts in Yerevan said Baku appeared to be raising pressure ahead of next week's talks in "
     "Washington."),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt",
     "Azerbaijan detains two Armenian soldiers who strayed across line\n\n"
     "YEREVAN, October 6, 2034 (Lantern News Agency) - Azerbaijani border guards detained two "
     "Armenian soldiers who crossed the line of contact near Sotk on Friday morning, officials in "
     "both capitals said.\n\n"
     "Azerbaijan's State Border Service said the pair had been carrying assault rifles and were "
     "taken into custody 300 meters inside Azerbaijani territory.\n\n"
     "Armenia's defense ministry said the two conscripts had lost their way in thick fog while "
     "repairing a communications cable.\n\n"
     "Foreign Minister Narek Avagyan demanded their immediate release and said the men posed no "
     "threat to anyone.\n\n"
     "Armenia's human rights defender, Tigran Babloyan, separately called for the soldiers to be "
     "freed, saying they were protected under the Geneva Conventions.\n\n"
     "The detentions came hours after overnight gunfire in the same sector wounded an Armenian "
     "soldier.\n\n"
     "Azerbaijan still holds about a dozen Armenians, most of them taken during and after its "
     "2023 offensive in Karabakh."),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt",
     "Two Armenian soldiers held by Azerbaijan after crossing line\n\n"
     "YEREVAN, October 6, 2034 (Orbit Dispatch) - Azerbaijani border guards detained two Armenian "
     "soldiers who crossed the line of contact near Sotk early on Friday, officials in both "
     "capitals said.\n\n"
     "Azerbaijan's State Border Service said the pair had been armed with assault rifles and were "
     "taken into custody 300 meters inside Azerbaijani territory.\n\n"
     "Armenia's defense ministry said the two conscripts had lost their way in thick fog while "
     "repairing a communications cable.\n\n"
     "Foreign Minister Narek Avagyan demanded their immediate release, saying the men posed no "
     "threat to anyone.\n\n"
     "Armenia's human rights defender, Tigran Babloyan, separately called for the soldiers to be "
     "freed, arguing that they were protected under the Geneva Conventions.\n\n"
     "The detentions came hours after overnight gunfire in the same sector wounded an Armenian "
     "soldier.\n\n"
     "Material for this report was supplied by Lantern News Agency."),
    ("2034-10-06_summitledger_yerevan-rally.txt",
     "Thousands rally in Yerevan to demand Melkonyan quit; police detain dozens\n\n"
     "YEREVAN, October 6, 2034 (Summit Ledger) - Several thousand demonstrators marched through "
     "central Yerevan on Friday evening, demanding the resignation of Prime Minister Hovik "
     "Melkonyan over his handling of the crisis on the border with Azerbaijan.\n\n"
     "Riot police detained dozens of demonstrators as the crowd pressed against a cordon outside "
     "the government building on Republic Square.\n\n"
     "The rally was organized by the opposition Homeland Front bloc, whose leader, Artur "
     "Zakaryan, told the crowd that Armenia \"deserves a government that can protect its sons.\"\n\n"
     "Anger has grown since Friday morning, when Azerbaijani border guards took two Armenian "
     "conscripts into custody.\n\n"
     "Protesters chanted slogans and waved national flags late into the night.\n\n"
     "A police spokesman said no one had been seriously hurt."),
    ("2034-10-07_crossroads_police-say-41-held.txt",
     "Police say 41 held after Yerevan protest; opposition puts figure higher\n\n"
     "YEREVAN, October 7, 2034 (Crossroads Daily) - Armenian police on Saturday put the number of "
     "people arrested at 41 during Friday night's anti-government protest in Yerevan, while "
     "organizers said more than 60 of their supporters were still in custody.\n\n"
     "The demonstration drew several thousand people to Republic Square, the largest turnout for "
     "an opposition event since Melkonyan's reelection.\n\n"
     "A police statement said most of those held were suspected of minor public order offenses.\n\n"
     "\"People are not afraid anymore, and the government knows it,\" opposition leader Artur "
     "Zakaryan said.\n\n"
     "Yerevan has seen waves of street protest since 2018, when mass demonstrations brought down "
     "a government."),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt",
     "Armenian PM rules out resignation as protests swell\n\n"
     "YEREVAN, October 7, 2034 (Tidewater Wire) - Armenian Prime Minister Hovik Melkonyan refused "
     "on Saturday to resign, saying a change of government in the middle of a border crisis would "
     "only help Armenia's enemies.\n\n"
     "\"I was elected to bring peace, and I will not walk away from that task because of a few "
     "difficult days,\" Melkonyan said at a news conference.\n\n"
     "On Friday evening, crowds numbering several thousand rallied outside the government "
     "building to demand his departure, and police held dozens of them overnight.\n\n"
     "The protests were fueled by the deaths of three soldiers near Sotk this week and by the "
     "detention of two conscripts on Friday.\n\n"
     "Opposition leader Artur Zakaryan's Homeland Front holds 18 of the 107 seats in parliament.\n\n"
     "Melkonyan said Foreign Minister Narek Avagyan would fly out on Monday for a meeting in "
     "Washington with his Azerbaijani counterpart, to be hosted by US Secretary of State Miriam "
     "Calloway."),
    ("2034-10-08_lantern_iran-warns-on-borders.txt",
     "Iran warns against redrawing of borders in South Caucasus\n\n"
     "TEHRAN, October 8, 2034 (Lantern News Agency) - Iran threatened on Sunday to respond to any "
     "attempt to change internationally recognized borders in the South Caucasus, as tension "
     "mounted between Armenia and Azerbaijan.\n\n"
     "Foreign ministry spokesman Kazem Rahimpour told a weekly news conference that the "
     "Iran-Armenia border was \"a red line\" for Tehran.\n\n"
     "Tehran has long opposed plans for a transit route through Armenia's Syunik province that "
     "would link mainland Azerbaijan with its Nakhchivan exclave.\n\n"
     "Rahimpour did not name Azerbaijan but referred to \"dangerous incidents\" on the Armenian "
     "frontier.\n\n"
     "Azerbaijan, whose southern border with Iran runs along the Aras river, has long been wary "
     "of Tehran's ties with Yerevan."),
    ("2034-10-08_orbit_tehran-red-line.txt",
     "Tehran draws 'red line' over Armenian frontier\n\n"
     "YEREVAN, October 8, 2034 (Orbit Dispatch) - Tehran warned on Sunday against any change to "
     "the borders of the South Caucasus, saying it would not remain passive should its frontier "
     "with Armenia come under threat.\n\n"
     "The statement came after renewed Azerbaijani fire near Sotk on Thursday night, which "
     "wounded an Armenian soldier.\n\n"
     "Foreign Minister Narek Avagyan is due in Washington on Tuesday for talks with Azerbaijani "
     "Foreign Minister Tural Mammadli, hosted by US Secretary of State Miriam Calloway.\n\n"
     "US officials said the meeting would focus on the border and on the fate of two Armenian "
     "conscripts detained by Azerbaijani border guards on Friday.\n\n"
     "Ties between Tehran and Baku have been strained for years, although the two sides have "
     "worked to mend relations since 2024."),
    ("2034-10-09_keystone_ministers-head-to-washington.txt",
     "Armenian, Azerbaijani envoys head to Washington with border tense\n\n"
     "WASHINGTON, October 9, 2034 (Keystone Herald) - Armenia's top diplomat and his Azerbaijani "
     "counterpart will sit down in Washington on Tuesday for talks hosted by Secretary of State "
     "Miriam Calloway, after a week of violence on their shared frontier.\n\n"
     "The meeting was arranged after Azerbaijani fire killed three Armenian soldiers near Sotk "
     "last Monday.\n\n"
     "A second incident on Thursday night wounded another soldier.\n\n"
     "Calloway \"wants to see both sides leave with something concrete,\" a senior State Department "
     "official told reporters on condition of anonymity.\n\n"
     "Iran on Sunday warned against any change of borders in the region, adding another layer of "
     "pressure.\n\n"
     "The neighbors went to war for 44 days in 2020, and Azerbaijan retook all of Karabakh in a "
     "swift offensive in 2023."),
    ("2034-10-10_summitledger_ministers-meet-washington.txt",
     "Armenian and Azerbaijani ministers hold talks in Washington\n\n"
     "WASHINGTON, October 10, 2034 (Summit Ledger) - Armenian Foreign Minister Narek Avagyan and "
     "his Azerbaijani counterpart Tural Mammadli held three hours of talks at the State "
     "Department on Tuesday in their first encounter since violence flared on the border.\n\n"
     "Mammadli pledged that the two Armenian soldiers would be handed back \"within days,\" US "
     "Secretary of State Miriam Calloway told reporters afterward.\n\n"
     "Calloway, who hosted the session, said the ministers had \"talked frankly about the "
     "incidents near Sotk and about what comes next.\"\n\n"
     "Avagyan told Armenian journalists that the return of the soldiers would be \"a test of good "
     "faith.\"\n\n"
     "A State Department official said working groups on border delimitation would meet in "
     "November."),
    ("2034-10-10_tidewater_baku-promises-release.txt",
     "Baku promises to free two Armenian soldiers after Washington meeting\n\n"
     "WASHINGTON, October 10, 2034 (Tidewater Wire) - Azerbaijan promised on Tuesday to release "
     "two Armenian soldiers who strayed across the border last week.\n\n"
     "Foreign Minister Tural Mammadli met Narek Avagyan for about three hours at the State "
     "Department, with Secretary of State Miriam Calloway chairing the session.\n\n"
     "\"The Azerbaijani side gave its word, and we intend to hold it to that,\" Calloway said.\n\n"
     "Avagyan said the talks had been \"difficult but necessary.\"\n\n"
     "Officials from the two countries have held more than a dozen rounds of negotiations since "
     "2023 without signing a final agreement."),
    ("2034-10-11_crossroads_judge-baku-by-deeds.txt",
     "Armenia says it will judge Baku by deeds, not words\n\n"
     "YEREVAN, October 11, 2034 (Crossroads Daily) - Armenia said on Wednesday it would judge "
     "Azerbaijan by its actions after Baku pledged to return two captured Armenian soldiers.\n\n"
     "Foreign Minister Narek Avagyan, back from Washington, told parliament that Tuesday's "
     "meeting with Tural Mammadli had produced \"a narrow opening, nothing more.\"\n\n"
     "He said Azerbaijan had given no date for the handover.\n\n"
     "Street protests in the capital have dwindled since Friday, when police rounded up dozens of "
     "demonstrators.\n\n"
     "Azerbaijan's defense ministry said the border had been quiet since Thursday night.\n\n"
     "EU monitors have kept up the extra patrols they launched near Sotk last week."),
    ("2034-10-12_lantern_soldiers-handed-back.txt",
     "Azerbaijan hands back two Armenian soldiers at border\n\n"
     "YEREVAN, October 12, 2034 (Lantern News Agency) - Azerbaijan returned two Armenian soldiers "
     "on Thursday at the line of contact near Sotk, ending nearly a week in custody for the two "
     "conscripts.\n\n"
     "The handover was overseen by Red Cross officials, and EU observers watched from the "
     "Armenian side.\n\n"
     "Border guards seized the pair on October 6 after they lost their way in fog while repairing "
     "a cable, according to Armenia's defense ministry.\n\n"
     "Baku had promised their release on Tuesday.\n\n"
     "Foreign Minister Narek Avagyan had demanded their immediate return last Friday.\n\n"
     "The two men were driven to a Yerevan military hospital for medical checks.\n\n"
     "\"They are tired but in good spirits,\" defense ministry spokeswoman Anahit Voskanyan said."),
    ("2034-10-12_orbit_conscripts-freed.txt",
     "Two Armenian conscripts freed by Azerbaijan return home\n\n"
     "BAKU, October 12, 2034 (Orbit Dispatch) - Azerbaijan freed two Armenian conscripts on "
     "Thursday, fulfilling a pledge its foreign minister made on Tuesday, the State Border "
     "Service said.\n\n"
     "The two men were handed over to Armenian officials at the line of contact near Sotk under "
     "Red Cross supervision.\n\n"
     "The border service said they had been detained last Friday after entering Azerbaijani "
     "territory with weapons.\n\n"
     "An Azerbaijani presidential aide said Baku wanted to build trust ahead of further peace "
     "talks.\n\n"
     "The border near Sotk has been calm since a shooting on the night of October 5.\n\n"
     "Relations between the neighbors remain tense, and neither side has named a date for further "
     "negotiations."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("ASSAULT",), "2034-10-02",
            "Azerbaijani forces shell Armenian positions near Sotk late on Monday (2 dead, revised to 3)"),
    "A02": (("ACCUSE",), "2034-10-03",
            "Armenian defense ministry accuses Azerbaijan of the Sotk attack"),
    "A03": (("ACCUSE",), "2034-10-03",
            "Azerbaijani defense ministry accuses Armenia of provoking the clash"),
    "A04": (("THREATEN",), "2034-10-03",
            "Azerbaijani defense ministry warns of a crushing response to further provocation"),
    "A05": (("REQUEST",), "2034-10-03",
            "Armenian PM Melkonyan calls on the EU monitoring mission to send more observers"),
    "A06": (("REQUEST",), "2034-10-03",
            "Armenian PM Melkonyan asks the CSTO to send a fact-finding team"),
    "A07": (("MOBILIZE",), "2034-10-04",
            "EU monitoring mission deploys extra patrols near Sotk"),
    "A08": (("ASSAULT",), "2034-10-05",
            "Azerbaijani forces fire on Armenian positions near Sotk again late on Thursday (1 wounded)"),
    "A09": (("COERCE",), "2034-10-06",
            "Azerbaijani border guards detain two Armenian soldiers who crossed the line"),
    "A10": (("REQUEST",), "2034-10-06",
            "Armenian foreign minister Avagyan demands the two soldiers' release"),
    "A11": (("REQUEST",), "2034-10-06",
            "Armenian human rights defender Babloyan calls for the two soldiers to be freed"),
    "A12": (("PROTEST",), "2034-10-06",
            "Thousands protest in Yerevan demanding Melkonyan's resignation"),
    "A13": (("COERCE",), "2034-10-06",
            "Yerevan police detain dozens of protesters (41, or more than 60)"),
    "A14": (("REJECT",), "2034-10-07",
            "Melkonyan refuses to resign"),
    "A15": (("THREATEN",), "2034-10-08",
            "Iran warns it will respond to any change of borders in the South Caucasus"),
    "A16": (("CONSULT",), "2034-10-10",
            "Armenian and Azerbaijani foreign ministers meet in Washington, hosted by US secretary of state"),
    "A17": (("AGREE",), "2034-10-10",
            "Azerbaijan's foreign minister promises to hand back the two Armenian soldiers"),
    "A18": (("RETREAT",), "2034-10-12",
            "Azerbaijan hands back the two Armenian soldiers near Sotk"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt", "A01", "hits posts near Sotk"),
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt", "A01", "opened fire on Armenian army positions"),
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt", "A02", "accused Baku of a deliberate provocation"),
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt", "A03",
     "blamed Armenian units for starting the exchange"),
    ("2034-10-03_tidewater_sotk-shelling-kills-two.txt", "A01", "The mortar rounds came down"),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt", "A01", "hits posts near Sotk"),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt", "A01", "opened fire on Armenian army positions"),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt", "A02", "accused Baku of a deliberate provocation"),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt", "A03",
     "blamed Armenian units for starting the exchange"),
    ("2034-10-03_keystone_sotk-shelling-kills-two.txt", "A01", "The mortar rounds came down"),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt", "A03", "says Armenian troops fired first"),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt", "A04", "vows firm answer"),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt", "A03", "accused Armenia on Tuesday of provoking"),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt", "A04", "warned that any further provocation would"),
    ("2034-10-03_summitledger_baku-blames-yerevan.txt", "A01", "struck trenches near Sotk on Monday night"),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt", "A05", "appeals to EU monitors"),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt", "A05",
     "called on the European Union's monitoring mission"),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt", "A06",
     "asked the Collective Security Treaty Organization"),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt", "A02", "blamed Azerbaijan for the attack"),
    ("2034-10-03_crossroads_melkonyan-appeals-eu-csto.txt", "A03",
     "said Armenian troops had fired the first shots"),
    ("2034-10-03_lantern_border-flare-up-sotk.txt", "A01", "Border flare-up near Sotk"),
    ("2034-10-03_lantern_border-flare-up-sotk.txt", "A01", "shelled a frontier outpost overnight"),
    ("2034-10-03_lantern_border-flare-up-sotk.txt", "A03", "accused Yerevan of staging a provocation"),
    ("2034-10-03_lantern_border-flare-up-sotk.txt", "A02", "said Azerbaijan bore full responsibility"),
    ("2034-10-03_lantern_border-flare-up-sotk.txt", "A05", "urged the EU observers"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A01", "Toll from Sotk shelling rises"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A07", "as EU monitors add patrols"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A01", "bombarded positions near Sotk on Monday"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A07", "sent additional patrols to the area"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A05", "appealed for a stronger EU presence"),
    ("2034-10-04_orbit_sotk-toll-rises.txt", "A07", "the extra teams had reached the sector"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A07", "step up border watch"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A05", "after appeal from Yerevan"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A07", "deployed extra monitoring teams"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A05",
     "answering an appeal from Prime Minister Hovik Melkonyan"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A01", "Monday's fire near Sotk has now killed"),
    ("2034-10-04_summitledger_eu-monitors-step-up.txt", "A06", "turned to the Russian-led CSTO"),
    ("2034-10-04_crossroads_csto-letter-analysis.txt", "A06", "Yerevan's plea to CSTO"),
    ("2034-10-04_crossroads_csto-letter-analysis.txt", "A06",
     "request for help from the Collective Security"),
    ("2034-10-04_crossroads_csto-letter-analysis.txt", "A06", "sent the letter on Tuesday"),
    ("2034-10-05_lantern_sotk-funerals.txt", "A01", "shelled their trenches near Sotk"),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt", "A08", "Fresh Azerbaijani fire near Sotk"),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt", "A08", "fired on Armenian positions near Sotk again"),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt", "A08", "The shooting lasted about forty minutes"),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt", "A01", "a bombardment of the same sector"),
    ("2034-10-06_tidewater_fresh-fire-near-sotk.txt", "A04", "defense ministry had warned on Tuesday"),
    ("2034-10-06_keystone_second-night-shooting.txt", "A08", "shooting erupts again on Sotk frontier"),
    ("2034-10-06_keystone_second-night-shooting.txt", "A08", "opened up with machine guns"),
    ("2034-10-06_keystone_second-night-shooting.txt", "A01", "killed three Armenian soldiers"),
    ("2034-10-06_keystone_second-night-shooting.txt", "A04", "threatened a forceful response"),
    ("2034-10-06_keystone_second-night-shooting.txt", "A07", "added patrols in the sector"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A09",
     "detains two Armenian soldiers who strayed"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A09", "detained two Armenian soldiers"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A09", "were taken into custody 300 meters"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A10", "demanded their immediate release"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A11", "called for the soldiers to be freed"),
    ("2034-10-06_lantern_azerbaijan-detains-two-soldiers.txt", "A08", "overnight gunfire in the same sector"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A09", "Two Armenian soldiers held by Azerbaijan"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A09", "detained two Armenian soldiers"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A09", "were taken into custody 300 meters"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A10", "demanded their immediate release"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A11", "called for the soldiers to be freed"),
    ("2034-10-06_orbit_two-armenian-soldiers-held.txt", "A08", "overnight gunfire in the same sector"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A12", "Thousands rally in Yerevan"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A13", "police detain dozens"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A12", "marched through central Yerevan"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A13", "detained dozens of demonstrators"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A12", "The rally was organized by"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A09", "took two Armenian conscripts into custody"),
    ("2034-10-06_summitledger_yerevan-rally.txt", "A12", "Protesters chanted slogans and waved"),
    ("2034-10-07_crossroads_police-say-41-held.txt", "A13", "Police say 41 held"),
    ("2034-10-07_crossroads_police-say-41-held.txt", "A12", "after Yerevan protest"),
    ("2034-10-07_crossroads_police-say-41-held.txt", "A13", "number of people arrested at 41"),
    ("2034-10-07_crossroads_police-say-41-held.txt", "A12", "Friday night's anti-government protest"),
    ("2034-10-07_crossroads_police-say-41-held.txt", "A12", "The demonstration drew several thousand people"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A14", "rules out resignation"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A14", "refused on Saturday to resign"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A14", "I will not walk away from that task"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A12", "rallied outside the government building"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A13", "held dozens of them"),
    ("2034-10-07_tidewater_melkonyan-refuses-to-quit.txt", "A09",
     "the detention of two conscripts on Friday"),
    ("2034-10-08_lantern_iran-warns-on-borders.txt", "A15", "warns against redrawing of borders"),
    ("2034-10-08_lantern_iran-warns-on-borders.txt", "A15", "threatened on Sunday to respond"),
    ("2034-10-08_lantern_iran-warns-on-borders.txt", "A15", "Rahimpour told a weekly news conference"),
    ("2034-10-08_orbit_tehran-red-line.txt", "A15", "draws 'red line' over Armenian frontier"),
    ("2034-10-08_orbit_tehran-red-line.txt", "A15", "warned on Sunday against any change"),
    ("2034-10-08_orbit_tehran-red-line.txt", "A08", "renewed Azerbaijani fire near Sotk on Thursday night"),
    ("2034-10-08_orbit_tehran-red-line.txt", "A09", "detained by Azerbaijani border guards on Friday"),
    ("2034-10-09_keystone_ministers-head-to-washington.txt", "A01",
     "killed three Armenian soldiers near Sotk last Monday"),
    ("2034-10-09_keystone_ministers-head-to-washington.txt", "A08", "A second incident on Thursday night"),
    ("2034-10-09_keystone_ministers-head-to-washington.txt", "A15", "warned against any change of borders"),
    ("2034-10-10_summitledger_ministers-meet-washington.txt", "A16", "hold talks in Washington"),
    ("2034-10-10_summitledger_ministers-meet-washington.txt", "A16", "held three hours of talks"),
    ("2034-10-10_summitledger_ministers-meet-washington.txt", "A17",
     "pledged that the two Armenian soldiers"),
    ("2034-10-10_summitledger_ministers-meet-washington.txt", "A16", "who hosted the session"),
    ("2034-10-10_tidewater_baku-promises-release.txt", "A17", "promises to free two Armenian soldiers"),
    ("2034-10-10_tidewater_baku-promises-release.txt", "A16", "after Washington meeting"),
    ("2034-10-10_tidewater_baku-promises-release.txt", "A17",
     "promised on Tuesday to release two Armenian soldiers"),
    ("2034-10-10_tidewater_baku-promises-release.txt", "A16", "met Narek Avagyan for about three hours"),
    ("2034-10-10_tidewater_baku-promises-release.txt", "A17", "The Azerbaijani side gave its word"),
    ("2034-10-11_crossroads_judge-baku-by-deeds.txt", "A17",
     "pledged to return two captured Armenian soldiers"),
    ("2034-10-11_crossroads_judge-baku-by-deeds.txt", "A16", "Tuesday's meeting with Tural Mammadli"),
    ("2034-10-11_crossroads_judge-baku-by-deeds.txt", "A13", "rounded up dozens of demonstrators"),
    ("2034-10-11_crossroads_judge-baku-by-deeds.txt", "A07", "launched near Sotk last week"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A18", "hands back two Armenian soldiers"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A18", "returned two Armenian soldiers"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A18", "The handover was overseen"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A09", "seized the pair on October 6"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A17", "promised their release on Tuesday"),
    ("2034-10-12_lantern_soldiers-handed-back.txt", "A10", "demanded their immediate return"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A18", "freed by Azerbaijan"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A18", "freed two Armenian conscripts"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A17", "fulfilling a pledge its foreign minister made"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A18", "were handed over to Armenian officials"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A09", "detained last Friday"),
    ("2034-10-12_orbit_conscripts-freed.txt", "A08", "a shooting on the night of October 5"),
]

FLOORS = {"pairwise_f1": 0.82, "b3_f1": 0.85, "reports_found": 0.69}


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
