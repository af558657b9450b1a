"""A sixteenth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-11-30, before the coder was run on any of them: twenty-five of the
stories plain, everyday wire sentences (common verbs and constructions, titles, "said on Tuesday",
relative clauses, passives), twenty-five harder. Each story comes with the PLOVER type of one act its
last sentence reports, that act's actor and recipient (code and sector) and, where it matters, its
modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor
and sector conventions, the project's codes for international bodies: UN agencies UNO, other bodies
IGO, NGOs NGO, the European Union EUR; sanctions and tariffs are SANCTION; and the two project
conventions that differ from the table: a resignation is RETREAT, 0831, and lifting a curfew or
sanctions is CONCEDE, 0813, 085). Nothing comes from a gold set, the seed or the demo corpus; the
verbs, idioms, phrasings, settings and the countries in each role avoid those of the twelfth to
fifteenth blind batches, and the idioms and scenes of the earlier ones (where an idiom or a scene had
been used before, another was taken). The batch was written on 2026-11-30 and held back: its first run
is recorded below, and no expectation is to be changed after it.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Rwanda, Egypt, Somalia, Gambia, Mali, Burkina Faso, Guinea-Bissau, Ethiopia,
  Zimbabwe, Tanzania, Malawi, Tunisia; Asia: Pakistan, Turkey, the Palestinian territories, Syria,
  Iraq, Tajikistan, Jordan, Japan, Lebanon, Israel, North Korea, South Korea, Yemen, China, Taiwan,
  Iran, India, Kyrgyzstan, Indonesia, Vietnam, Myanmar, Thailand, Cambodia, Afghanistan, the
  Philippines; the Americas: the United States, Canada, Mexico, Ecuador, Bolivia, Peru, Brazil,
  Paraguay, Argentina, Colombia, Guyana, Nicaragua; Europe: Hungary, Ireland, Switzerland, Germany,
  France, Spain, Russia, Ukraine, Croatia, Serbia, Moldova, Britain, Georgia; the Pacific: Vanuatu,
  Australia, Solomon Islands, New Caledonia) and from international bodies and armed groups (the World
  Bank, the UN human rights chief, the World Food Programme, UN peacekeepers in Lebanon, the African
  Union, Hezbollah, the Houthis, the New People's Army), in the forms wire copy uses: reported speech
  ("Vanuatu's prime minister told parliament on Wednesday that his cabinet was now ready to ...",
  "Kremlin spokesman Dmitry Peskov denied on Monday that Moscow had sought more troops from North
  Korea", "Yemen's Houthis said on Sunday they would resume attacks on American warships ...",
  "Indonesia's navy said on Saturday that it had impounded a Vietnamese fishing boat"), attribution
  after the clause ("..., a government spokeswoman said in Kigali", "..., the Egyptian presidency
  said", "..., Russia's Investigative Committee said", "..., the head of the bloc's commission said in
  Addis Ababa", "..., a spokesman for China's defence ministry said on Thursday"), the passive with a
  "by" agent ("intelligence supplied by Turkey's spy agency", "carriers donated by Germany", "were
  rounded up by police in Nicaragua") and without one ("would be crushed", "Three soldiers were
  killed ... when"), nominal events ("Gambia won praise from the UN human rights chief", "Helen
  McEntee had a working breakfast with the Palestinian prime minister", "an African Union call ... to
  pull its troops back", "an operation by Iraqi forces"), titles and roles instead of names ("Canada's
  prime minister spoke by phone with Mexico's president", "France's high commissioner in New
  Caledonia", "Naim Qassem, the leader of Hezbollah", "a spokesman for the Afghan government"), an
  office named in one sentence and its holder named in the next ("Ireland's foreign minister arrived
  in Ramallah ... Helen McEntee had a working breakfast ..."), pronouns and descriptions resolved from
  the sentence before ("It shored up its military presence" after Guyana, "The government blinked"
  after farmers blocking highways across Mexico), relative clauses ("a security pact with Australia
  that it had frozen last year", "two months in which soldiers patrolled the streets", "an operation by
  Iraqi forces that relied on intelligence ...", "four French officials ... who had been held for a
  year"), idioms and phrasal verbs ("put its name to", "put $500 million on the table", "lined up
  behind", "won praise from", "blinked", "handed him over to", "delivered ... into Russian custody",
  "took delivery of", "stood down", "pulling out of", "leaned on", "railed against", "waved away",
  "give ... back", "squeeze ... out of", "walked out of", "pulled down their shutters", "shut its
  doors to", "shored up", "rounded up"), two planned acts (Japanese patrol boats for the Solomon
  Islands' police, UN peacekeepers pulling out of southern Lebanon) and two denials (modality
  "negated": a request for North Korean troops, Thai artillery fire on Cambodian homes). The
  twenty-five plain stories: an agreement to take in deportees, a state visit hosted, a phone call,
  congratulations, a state of emergency ended, sanctions eased, a fugitive handed over, food handed
  out, patrol boats to be given, a resignation, a release, a demand, a criticism, a summons, a
  refusal, a warning, a protest, tariffs, an asset freeze, troops moved, an alert raised, a detention,
  a curfew, an air raid and a bombing. Where a sector is open to argument (a bare state, a capital or
  metonym, authorities, a navy, an army or a body speaking for the state, warplanes or artillery, a
  body or armed group named by its own name, a military government, a high commissioner, opposition
  lawmakers, teachers, shopkeepers) only the code is checked; a recipient of None is not checked. A
  story passes when one coded event of the expected type has, among its actors, a party with the
  expected code (and sector, where given), among its recipients a party with the expected code (and
  sector, where given), and the expected modality (where given). Reported apart: the type found at
  all; an event of the type with the actor code right; with the actor code and sector right (over the
  15 stories that give an actor sector); with the recipient right (over the 40 stories that give
  one); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies ("Nigeria's air force says its jets
  have killed more than 600 bandits ...", "Greek authorities have arrested more than 300
  suspected people smugglers so far this year"), statistics (Ivory Coast's cashew exports, Argentina's
  inflation that "eased"), two polls (one with a hypothetical "if China attacked it"), standing
  positions in the simple present ("Turkey refuses to let ships flying the Cypriot flag dock at its
  ports", "Egypt sees Ethiopia's giant dam ... as an existential threat", "North Korea's constitution
  describes South Korea as a hostile state"), forecasts ("The IMF expects ...", "is likely to
  intensify"), hedged speculation ("Israel could strike Iran's oil terminal on Kharg Island if ...",
  "North Korea may have sent as many as 6,000 more workers and engineers to Russia"), background
  history ("Turkey invaded northern Cyprus in 1974", "Israel withdrew its troops and settlers from the
  Gaza Strip in 2005", "NATO aircraft bombed Yugoslavia for 78 days in 1999"), habits ("Iran's navy
  seizes foreign tankers in the Gulf from time to time", marines who "drink cobra blood together every
  year"), and political verbs in sports, business, science, entertainment or figurative senses (an ice
  hockey team that "thumped" Sweden, openers who "launched an all-out assault on" the bowlers, a board
  that "fought off" an investor's "attempt to oust" its chairman, shareholders who "rebelled", a fungus
  that "invades" bats, a thriller "about a general who plots a coup", floodwaters that "besieged" a
  city): one passes when no event that happened (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under ../shared/gold
(plover-gsr, case2021-task2, newsquant, polnear, recognizers-number-en), the seed, the demo corpus
under ../shared/news and the earlier test files (with /tmp/ew/b16_overlap.py): the drafts that shared
runs with earlier test files or repeated their scenes (food for South Sudan's Upper Nile state, a tally
of settler attacks in the West Bank, "membership talks with the European Union", "on Wednesday that his
government was", "fired two ballistic missiles into the sea") were rewritten, and the final check found
none, nor any run shared between two texts of the batch. The coder was not run on any of these texts
before the first run.

FIRST RUN, on commit 0cb3ea2 (2026-11-30, a detached worktree with no uncommitted edit under src/):
the type found in 30 of 50 stories (0.600); the actor code right on an event of the type in 30 of 50
(0.600); actor code and sector right in 10 of the 15 that give a sector (0.667); the recipient right in
18 of the 40 that give one (0.450); **25 of 50 passing (0.500)**; 15 of the 25 empty passages with no
event that happened (0.600). No expectation was changed after it. Its 25 misses, by cause, the most
frequent first:

- nothing coded at all, the verb, phrasal verb, idiom or noun of the last sentence (and everything
  else in the story) outside the lexicon (11): "his cabinet was now ready to put its name to a
  security pact with Australia" (AGREE); "The World Bank put $500 million on the table" (AGREE);
  "Egypt lined up behind Somalia's government" and "Gambia won praise from the UN human rights chief"
  (SUPPORT); "Tajik authorities delivered two men ... into Russian custody" (COOPERATE); "Tunisia's
  prime minister stood down" (RETREAT); "The African Union leaned on Guinea-Bissau's military ... to
  hand power back to civilians" (REQUEST); "Naim Qassem ... railed against Lebanon's government"
  (ACCUSE, and "calling it a gift to Israel" gave nothing either); "Any move by Taiwan toward formal
  independence would be crushed, a spokesman for China's defence ministry said" (THREATEN);
  "Shopkeepers in Tehran's Grand Bazaar pulled down their shutters" (PROTEST); "The United States
  doubled its tariffs on Indian goods" (SANCTION; "as a penalty" gave nothing either);
- the main verb or idiom not coded, and a participle, a noun, a background clause or the sentence
  before coded in its place, giving another type (7): "The government blinked on Thursday and set a
  guaranteed minimum price" gave only the first sentence's PROTEST 144 ("blocked highways", MEX/AGR and
  MEX/LAB); "arrested a Paraguayan drug lord ... and handed him over to Paraguayan authorities" gave
  only the arrest (COERCE 173, BRA/COP to PRY/CRM); "an operation by Iraqi forces that relied on
  intelligence supplied by Turkey's spy agency" gave only "was captured" (COERCE 173, reported, IRQ/MIL
  to IRQ); "The World Food Programme began handing out food rations ... to 60,000 people ... cut off by
  a jihadist blockade" gave only the blockade (COERCE 191, MLI/REB to MLI); "Ethiopia's government
  waved away an African Union call ... to pull its troops back" gave the called-for act itself
  (RETREAT 0872, intended, no actor, ERI as recipient); "The Taliban would not give Bagram air base
  back to the United States, ... a day after President Donald Trump demanded its return" gave only the
  background demand (REQUEST 100, USA/GOV to AFG/GOV); "Tanzania shut its doors to farm produce from
  Malawi and South Africa ... in retaliation for their bans" gave COERCE 1722 from the noun "bans"
  (TZA to TZA and an uncoded party);
- the type right, the recipient wrong or lost (5): "Rwanda agreed ... to take in up to 250 migrants
  deported from the United States" gave AGREE 030 (reported) with the migrants (RWA/CVL) as
  recipient, not the United States; "Helen McEntee had a working breakfast with the Palestinian prime
  minister" was not coded, and the CONSULT 042 came from the sentence before ("arrived in Ramallah ...
  on her first trip", IRL/GOV right, PSE with no sector); "Ecuador's president congratulated Rodrigo
  Paz ... on his election as Bolivia's president" gave SUPPORT 051 with ECU/GOV right and Paz uncoded,
  not placed in Bolivia; "Jordan's army took delivery ... of 60 armoured personnel carriers donated by
  Germany" gave AID 071 (reported) from "donated" with DEU right and no recipient, the phrasal "took
  delivery of" not coded; "The Thai army denied ... that its artillery had hit homes in Cambodia's
  Oddar Meanchey province" gave ASSAULT 190 negated with THA as MIL right and the recipient uncoded
  (the homes not placed in Cambodia), and an ACCUSE 111 (negated) from "calling ... baseless" that
  carried KHM;
- a planned act coded as the intent to act, an AGREE, not as the act with modality planned (2):
  "Japan will provide three patrol boats to the Solomon Islands' police force" gave AGREE 033
  (reported, JPN to SLB/COP), not AID; "UN peacekeepers will begin pulling out of southern Lebanon
  next year" gave AGREE 0356 (reported, UNO/MIL to LBN), not RETREAT. CAMEO's 03 codes defend this
  reading, but the earlier batches' planned acts ("Sweden will send 600 soldiers", MOBILIZE, planned)
  keep the type of the act.

The plain copy did far better than the harder half: 18 of the 25 plain stories passed (the visit
hosted, the phone call, the state of emergency ended, the sanctions eased, the release, the demand, the
criticism, the summons, the refusal, the warning, the protest, the asset freeze, the troops moved, the
alert raised, the detention, the curfew, the air raid and the bombing), 7 of the 25 harder ones: the
denied request ("Peskov denied ... that Moscow had sought more troops from North Korea", REQUEST 020,
negated), the Houthis' conditional threat (THREATEN 138), the walkout ("walked out of Zimbabwe's
parliament", PROTEST 143), the pronoun actor ("It shored up its military presence ..., sending patrol
boats and 200 more troops", MOBILIZE 154 from the participle, the phrasal verb not coded), the passive
with a "by" agent ("were rounded up by police in Nicaragua", COERCE 173), the reported seizure
("Indonesia's navy said ... that it had impounded a Vietnamese fishing boat", COERCE 1711) and the
ambush in a when-clause (ASSAULT 193, PHL/REB to PHL/MIL). Some passes hide a doubtful detail: the
ended state of emergency also gave an asserted MOBILIZE 150 from the relative clause "in which soldiers
patrolled the streets"; the troops moved to Catatumbo also gave an asserted ASSAULT 190 from the
background "clashes between rebel groups"; the raised alert also gave MOBILIZE 150 from North Korea's
test-fire; Guyana's story also gave an asserted ACCUSE 112 from the background "Guyana has accused
Venezuelan gangs"; the phone call, the eased sanctions, the release, the air raid and the bombing came
out reported; the summons gave the ambassador (SRB/GOV) as recipient; the teachers came out ARG/EDU
against ARG/GOV; the walkout ZWE/OPP against ZWE/LEG; the Houthis YEM/REB against USA/MIL; the priests
NIC/REL. The ten empty passages that gave an event that happened: statements in the simple present, a
hypothetical or a hedge read as acts (5: the standing refusal "Turkey refuses to let ships flying the
Cypriot flag dock" as REJECT, asserted; the view "Egypt sees ... as an existential threat" as THREATEN
from the noun, asserted; the poll's "would be willing to fight ... if China attacked it" as THREATEN,
reported; the speculation "Israel could strike Iran's oil terminal ... if ..." as THREATEN, reported;
the habit "Iran's navy seizes foreign tankers ... from time to time" as COERCE 171, asserted); a tally
and a forecast (2: "Greek authorities have arrested more than 300 suspected people smugglers so far
this year" as COERCE, reported; "Fighting in eastern Congo is likely to intensify" as ASSAULT,
reported, from the noun, with the Republic of Congo as recipient); and political words in other senses
(3: the shareholders' "annual meeting" as CONSULT 040; the fungus that "has killed millions" of bats as
ASSAULT, reported; "Floodwaters besieged the Pakistani city of Sukkur" as COERCE 191, asserted). The
other tally, the statistics (the inflation that "eased" included), the other poll, the other standing
position, the forecast for Senegal, the other speculation, the three histories (all coded historical),
the cobra-blood habit, the two sports passages, the board that fought off an investor and the thriller
gave no event that happened. The floors sit one case below the first run's figures, so that a change
that loses generality fails here while the misses (listed on failure) stay visible.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (code, sector); sector None: only the code is checked
Party = tuple[str, str | None]

#: (story, type of an act of its last sentence, actor, recipient, modality); recipient and modality
#: None: not checked
STORIES: list[tuple[str, str, Party, Party | None, str | None]] = [
    # --- AGREE (030 plain with a participle and attribution after the clause, 0312 in reported
    # speech as an idiom with a relative clause, 0331 as an idiom by an intergovernmental body)
    ("Rwanda agreed on Tuesday to take in up to 250 migrants deported from the United States, a "
     "government spokeswoman said in Kigali.",
     "AGREE", ("RWA", None), ("USA", None), None),
    ("Vanuatu's prime minister told parliament on Wednesday that his cabinet was now ready to put its "
     "name to a security pact with Australia that it had frozen last year.",
     "AGREE", ("VUT", "GOV"), ("AUS", None), None),
    ("The World Bank put $500 million on the table on Thursday for rebuilding Pakistan's flood-hit "
     "Punjab province, the finance ministry in Islamabad said.",
     "AGREE", ("IGO", None), ("PAK", None), None),
    # --- CONSULT (043 plain with full names, 041 plain with attribution after the clause, 040 an
    # office named and its holder named in the next sentence, as a nominal event)
    ("Turkish President Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara on "
     "Tuesday for talks on gas supplies and migration.",
     "CONSULT", ("TUR", "GOV"), ("HUN", "GOV"), None),
    ("Canada's prime minister spoke by phone with Mexico's president on Monday about next year's review "
     "of the North American trade pact, his office said.",
     "CONSULT", ("CAN", "GOV"), ("MEX", "GOV"), None),
    ("Ireland's foreign minister arrived in Ramallah on Sunday on her first trip to the region since "
     "taking office. Helen McEntee had a working breakfast with the Palestinian prime minister on Monday "
     "to discuss rebuilding Gaza's hospitals.",
     "CONSULT", ("IRL", "GOV"), ("PSE", "GOV"), None),
    # --- SUPPORT (051 plain with a title, 052 as a phrasal verb with attribution after the clause,
    # 051 as a nominal event with the recipient as the subject)
    ("Ecuador's president congratulated Rodrigo Paz on Monday on his election as Bolivia's president.",
     "SUPPORT", ("ECU", "GOV"), ("BOL", None), None),
    ("Egypt lined up behind Somalia's government on Monday in its row with Ethiopia over a port deal "
     "with the breakaway region of Somaliland, the Egyptian presidency said.",
     "SUPPORT", ("EGY", None), ("SOM", None), None),
    ("Gambia won praise from the UN human rights chief on Tuesday for commuting the sentences of every "
     "prisoner on death row.",
     "SUPPORT", ("UNO", None), ("GMB", None), None),
    # --- CONCEDE (0814 plain with a relative clause, 085 plain with a participle and attribution after
    # the clause, 0832 as an idiom after a sentence of background)
    ("Peru's government ended a state of emergency in Lima and the port of Callao on Sunday after two "
     "months in which soldiers patrolled the streets alongside police.",
     "CONCEDE", ("PER", "GOV"), None, None),
    ("Switzerland eased its sanctions on Syria on Wednesday, allowing Swiss banks to deal with Syrian "
     "lenders again, the economy ministry in Bern said.",
     "CONCEDE", ("CHE", None), ("SYR", None), None),
    ("Farmers and truck drivers blocked highways across Mexico for a third day on Wednesday to demand "
     "higher prices for maize. The government blinked on Thursday and set a guaranteed minimum price "
     "for the grain.",
     "CONCEDE", ("MEX", "GOV"), None, None),
    # --- COOPERATE (063 plain as a phrasal verb after an arrest, 064 as a nominal in a passive with a
    # "by" agent and a relative clause, 063 as an idiom with attribution after the clause)
    ("Brazil's federal police arrested a Paraguayan drug lord in Sao Paulo on Tuesday and handed him "
     "over to Paraguayan authorities at the Friendship Bridge.",
     "COOPERATE", ("BRA", "COP"), ("PRY", None), None),
    ("An Islamic State commander was captured in Kirkuk on Saturday in an operation by Iraqi forces that "
     "relied on intelligence supplied by Turkey's spy agency, Iraq's counter-terrorism service said.",
     "COOPERATE", ("TUR", None), ("IRQ", None), None),
    ("Tajik authorities delivered two men wanted over a bombing in Moscow into Russian custody on "
     "Tuesday, Russia's Investigative Committee said.",
     "COOPERATE", ("TJK", None), ("RUS", None), None),
    # --- AID (073 plain by a UN agency with a participle, 072 planned with attribution after the
    # clause, 072 received, as an idiom, the giver in a participle with a "by" agent)
    ("The World Food Programme began handing out food rations on Wednesday to 60,000 people in Mali's "
     "Timbuktu region who have been cut off by a jihadist blockade.",
     "AID", ("UNO", None), ("MLI", None), None),
    ("Japan will provide three patrol boats to the Solomon Islands' police force next year, the Japanese "
     "embassy in Honiara said on Tuesday.",
     "AID", ("JPN", None), ("SLB", None), "planned"),
    ("Jordan's army took delivery on Thursday of 60 armoured personnel carriers donated by Germany, the "
     "Jordanian armed forces said in a statement.",
     "AID", ("DEU", None), ("JOR", None), None),
    # --- RETREAT (0831 plain with attribution after the clause, 0841 plain with a relative clause,
    # 0874 planned as a phrasal verb by a UN mission)
    ("Tunisia's prime minister stood down on Wednesday after less than a year in the job, the presidency "
     "said.",
     "RETREAT", ("TUN", "GOV"), None, None),
    ("Burkina Faso's military government freed four French officials on Thursday who had been held for "
     "a year on spying charges, the French presidency said.",
     "RETREAT", ("BFA", None), ("FRA", None), None),
    ("UN peacekeepers will begin pulling out of southern Lebanon next year under a Security Council "
     "decision, the mission said on Wednesday.",
     "RETREAT", ("UNO", None), ("LBN", None), "planned"),
    # --- REQUEST (1053 plain with a that-clause, 1032 denied with a capital, 1041 as a phrasal verb by
    # an intergovernmental body with a role and attribution after the clause)
    ("Spain demanded on Thursday that Israel free 50 Spanish activists detained aboard a flotilla bound "
     "for Gaza.",
     "REQUEST", ("ESP", None), ("ISR", None), None),
    ("Kremlin spokesman Dmitry Peskov denied on Monday that Moscow had sought more troops from North "
     "Korea, calling the reports an invention of Western media.",
     "REQUEST", ("RUS", None), ("PRK", None), "negated"),
    ("The African Union leaned on Guinea-Bissau's military on Thursday to hand power back to civilians "
     "within six months, the head of the bloc's commission said in Addis Ababa.",
     "REQUEST", ("IGO", None), ("GNB", None), None),
    # --- ACCUSE (111 plain with a gerund, 114 plain with a background clause, 111 as an idiom by an
    # armed group's leader named with an appositive role)
    ("Ukraine's foreign ministry criticised Hungary on Tuesday for blocking the opening of Kyiv's "
     "accession negotiations with the EU.",
     "ACCUSE", ("UKR", "GOV"), ("HUN", None), None),
    ("Croatia's foreign ministry summoned Serbia's ambassador on Tuesday after Serbian police barred a "
     "Croatian lawmaker from entering the country.",
     "ACCUSE", ("HRV", "GOV"), ("SRB", None), None),
    ("Naim Qassem, the leader of Hezbollah, railed against Lebanon's government on Sunday over its plan "
     "to disarm the group, calling it a gift to Israel.",
     "ACCUSE", ("LBN", None), ("LBN", "GOV"), None),
    # --- REJECT (120 plain with a participle, 1246 as an idiom after a nominal call, 1243 in reported
    # speech as a phrasal verb with attribution after the clause)
    ("Serbia declined on Wednesday to join European Union sanctions on Russia, saying they would hurt its "
     "economy.",
     "REJECT", ("SRB", None), ("EUR", None), None),
    ("Ethiopia's government waved away an African Union call on Friday to pull its troops back from the "
     "border with Eritrea.",
     "REJECT", ("ETH", "GOV"), ("IGO", None), None),
    ("The Taliban would not give Bagram air base back to the United States, a spokesman for the Afghan "
     "government said on Sunday, a day after President Donald Trump demanded its return.",
     "REJECT", ("AFG", None), ("USA", None), None),
    # --- THREATEN (138 plain with a capital and a phrasal verb, 138 in reported speech by an armed
    # group with a condition, 138 in the passive with attribution after the clause)
    ("Russia warned Moldova on Tuesday that it would respond with force to any attempt by Chisinau to "
     "squeeze Russian troops out of the breakaway region of Transnistria.",
     "THREATEN", ("RUS", None), ("MDA", None), None),
    ("Yemen's Houthis said on Sunday they would resume attacks on American warships in the Red Sea if "
     "the United States struck Iran again.",
     "THREATEN", ("YEM", None), ("USA", None), None),
    ("Any move by Taiwan toward formal independence would be crushed, a spokesman for China's defence "
     "ministry said on Thursday.",
     "THREATEN", ("CHN", None), ("TWN", None), None),
    # --- PROTEST (141 plain, 143 a walkout as a phrasal verb, 143 a shutdown of shops as an idiom)
    ("Thousands of state school teachers staged a protest outside the education ministry in Buenos Aires "
     "on Wednesday over wages eaten away by inflation.",
     "PROTEST", ("ARG", None), None, None),
    ("Opposition lawmakers walked out of Zimbabwe's parliament on Tuesday in the middle of the "
     "president's state of the nation address.",
     "PROTEST", ("ZWE", None), None, None),
    ("Shopkeepers in Tehran's Grand Bazaar pulled down their shutters on Monday as the rial sank to a "
     "record low against the dollar.",
     "PROTEST", ("IRN", None), None, None),
    # --- SANCTION (tariffs plain with a capital, 163 an asset freeze plain, 163 an import ban as an
    # idiom)
    ("The United States doubled its tariffs on Indian goods to 50 percent on Wednesday as a penalty for "
     "New Delhi's purchases of Russian oil.",
     "SANCTION", ("USA", None), ("IND", None), None),
    ("Britain froze the assets of five senior Georgian officials on Monday over a violent crackdown on "
     "protesters in Tbilisi.",
     "SANCTION", ("GBR", None), ("GEO", None), None),
    ("Tanzania shut its doors to farm produce from Malawi and South Africa on Friday in retaliation for "
     "their bans on Tanzanian maize and bananas.",
     "SANCTION", ("TZA", None), ("MWI", None), None),
    # --- MOBILIZE (154 plain with a background clause, 152 plain, 154 as a phrasal verb after a
    # pronoun, with a participle and attribution after the clause)
    ("Colombia moved 2,000 troops to the Catatumbo region on the border with Venezuela on Saturday after "
     "clashes between rebel groups forced thousands of people from their homes.",
     "MOBILIZE", ("COL", None), None, None),
    ("South Korea's military raised its alert level on Friday after North Korea test-fired a pair of "
     "ballistic missiles off its east coast.",
     "MOBILIZE", ("KOR", None), None, None),
    ("Guyana has accused Venezuelan gangs of attacking its soldiers along the Cuyuni River. It shored up "
     "its military presence on the river on Monday, sending patrol boats and 200 more troops, the army "
     "said.",
     "MOBILIZE", ("GUY", None), None, None),
    # --- COERCE (173 plain, 1723 plain by an official named by role, 173 in the passive with a "by"
    # agent as a phrasal verb, 1711 in reported speech)
    ("Kyrgyz police detained an opposition politician in Bishkek on Saturday on charges of plotting mass "
     "unrest.",
     "COERCE", ("KGZ", "COP"), ("KGZ", None), None),
    ("France's high commissioner in New Caledonia imposed an overnight curfew on Noumea on Monday after "
     "a night of rioting by pro-independence youths.",
     "COERCE", ("FRA", None), None, None),
    ("Nine Catholic priests were rounded up by police in Nicaragua over the weekend, a bishop living in "
     "exile said on Monday.",
     "COERCE", ("NIC", "COP"), ("NIC", None), None),
    ("Indonesia's navy said on Saturday that it had impounded a Vietnamese fishing boat and detained its "
     "12 crew off the Natuna Islands.",
     "COERCE", ("IDN", None), ("VNM", None), None),
    # --- ASSAULT (195 plain with attribution after the clause, 195 plain with a participle, 194
    # denied, 190 in a when-clause after a passive main clause, with attribution after the clause)
    ("Israeli warplanes struck Sanaa's airport and a power station on Sunday, the Houthi-run television "
     "channel said.",
     "ASSAULT", ("ISR", None), ("YEM", None), None),
    ("Myanmar's military dropped two bombs on a crowd at a Buddhist festival in the town of Chaung-U on "
     "Monday night, killing at least 24 people, residents said.",
     "ASSAULT", ("MMR", "MIL"), ("MMR", None), None),
    ("The Thai army denied on Saturday that its artillery had hit homes in Cambodia's Oddar Meanchey "
     "province, calling the Cambodian account baseless.",
     "ASSAULT", ("THA", None), ("KHM", None), "negated"),
    ("Three soldiers were killed on Saturday when New People's Army rebels ambushed an army patrol in "
     "the Philippine province of Negros Occidental, the military said.",
     "ASSAULT", ("PHL", None), ("PHL", "MIL"), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Nigeria's air force says its jets have killed more than 600 bandits in the country's northwest since "
    "January.",
    "Greek authorities have arrested more than 300 suspected people smugglers so far this year, the "
    "coast guard says.",
    "Ivory Coast's cashew exports rose 15 percent in the first ten months of the year, the cotton and "
    "cashew council said.",
    "Argentina's monthly inflation eased to 2.1 percent in October, the national statistics agency "
    "said.",
    "Nearly six in ten Germans support bringing back compulsory military service, a Forsa poll for RTL "
    "found.",
    "Most Taiwanese would be willing to fight for the island if China attacked it, a survey by a Taipei "
    "think tank found.",
    "Turkey refuses to let ships flying the Cypriot flag dock at its ports.",
    "Egypt sees Ethiopia's giant dam on the Blue Nile as an existential threat to its water supply.",
    "North Korea's constitution describes South Korea as a hostile state.",
    "The IMF expects Senegal's public debt to stay above 100 percent of economic output next year.",
    "Fighting in eastern Congo is likely to intensify once the rainy season ends, the International "
    "Crisis Group said in a report.",
    "Israel could strike Iran's oil terminal on Kharg Island if Tehran resumed enriching uranium, some "
    "analysts believe.",
    "North Korea may have sent as many as 6,000 more workers and engineers to Russia, South Korean "
    "lawmakers believe.",
    "Turkey invaded northern Cyprus in 1974 after a coup backed by the military junta in Athens.",
    "Israel withdrew its troops and settlers from the Gaza Strip in 2005.",
    "NATO aircraft bombed Yugoslavia for 78 days in 1999 to end Serbian repression in Kosovo.",
    "Iran's navy seizes foreign tankers in the Gulf from time to time, usually accusing them of "
    "smuggling fuel.",
    "American and Thai marines drink cobra blood together every year during the Cobra Gold exercises.",
    "Canada's ice hockey team thumped Sweden 7-1 in Stockholm on Thursday.",
    "Afghanistan's openers launched an all-out assault on Bangladesh's bowlers in Sharjah on Friday, "
    "putting on 150 runs inside 15 overs.",
    "The French carmaker's board fought off an activist investor's attempt to oust its chairman on "
    "Thursday.",
    "Shareholders rebelled against the Australian miner's pay plan for its chief executive at its annual "
    "meeting in Perth on Thursday.",
    "A fungus that invades the skin of hibernating bats has killed millions of them across North "
    "America, biologists say.",
    "The Nigerian thriller, about a general who plots a coup, topped Netflix's global chart last week.",
    "Floodwaters besieged the Pakistani city of Sukkur for a second week, cutting it off from the rest "
    "of Sindh province.",
]

#: the first run's figures (see the docstring); each floor sits about one case below
FLOORS = {"type": 0.83, "actor_code": 0.83, "actor_sector": 0.97, "recipient": 0.77, "pass": 0.81,
          "empty": 0.93}
PUBLISHED = "2026-11-30"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind16")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind16-empty")


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """The five story figures and a line for each story that does not pass."""
    hits = {"type": 0, "actor_code": 0, "actor_sector": 0, "recipient": 0, "pass": 0}
    n_sector = sum(c[2][1] is not None for c in STORIES)
    n_recipient = sum(c[3] is not None for c in STORIES)
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(STORIES, coded, strict=True):
        typed = [e for e in events if e.event == etype]
        hits["type"] += bool(typed)
        hits["actor_code"] += any(_has(e.actor, (actor[0], None)) for e in typed)
        hits["actor_sector"] += actor[1] is not None and any(_has(e.actor, actor) for e in typed)
        hits["recipient"] += recipient is not None and any(_has(e.recipient, recipient) for e in typed)
        if any(_has(e.actor, actor) and (recipient is None or _has(e.recipient, recipient))
               and (modality is None or e.modality == modality) for e in typed):
            hits["pass"] += 1
        else:
            got = [(e.event, _show(e.actor), _show(e.recipient), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    n = len(STORIES)
    rates = {"type": hits["type"] / n, "actor_code": hits["actor_code"] / n,
             "actor_sector": hits["actor_sector"] / n_sector, "recipient": hits["recipient"] / n_recipient,
             "pass": hits["pass"] / n}
    return rates, misses


def _empty_misses(coded: list[list[Event]]) -> list[str]:
    wrong = []
    for text, events in zip(EMPTY, coded, strict=True):
        happened = [(e.event, e.modality, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    return wrong


def test_blind16_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind16 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind16_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind16 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    modalities = {"asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated",
                  "historical"}
    assert 40 <= len(STORIES) <= 60 and 20 <= len(EMPTY) <= 40
    assert len({c[0] for c in STORIES} | set(EMPTY)) == len(STORIES) + len(EMPTY)
    assert all(c[1] in types for c in STORIES)
    assert all(sum(c[1] == t for c in STORIES) >= 2 for t in types)
    assert all(c[4] is None or c[4] in modalities for c in STORIES)
    codes = [c[2][0] for c in STORIES] + [c[3][0] for c in STORIES if c[3]]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(FLOORS) == {"type", "actor_code", "actor_sector", "recipient", "pass", "empty"}
