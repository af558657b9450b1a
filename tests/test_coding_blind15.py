"""A fifteenth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-11-30, before the coder was run on any of them: twenty of the
stories plain, everyday wire sentences (common verbs and constructions, titles, "said on Tuesday",
relative clauses, passives), thirty harder. Each story comes with the PLOVER type of one act its last
sentence reports, that act's actor and recipient (code and sector) and, where it matters, its
modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor
and sector conventions, the project's codes for international bodies: UN agencies UNO, other bodies
IGO, NGOs NGO, the European Union EUR; sanctions and tariffs are SANCTION; and the two project
conventions that differ from the table: a resignation is RETREAT, 0831, and lifting a curfew or
sanctions is CONCEDE, 0813, 085). Nothing comes from a gold set, the seed or the demo corpus; the
verbs, idioms, phrasings, settings and the countries in each role avoid those of the eleventh to
thirteenth blind batches, and the scenes of the earlier ones (where a real event had been used before,
another was taken). The batch was written on 2026-11-30 and held back: its first run is recorded
below, and no expectation is to be changed after it.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Mauritania, Sudan, Libya, Egypt, Ghana, Kenya, South Africa, Rwanda, Congo,
  Algeria, Tanzania, Niger, Nigeria; Asia: Qatar, Syria, Jordan, India, Japan, Vietnam, South Korea,
  Bangladesh, Iran, Israel and Gaza, Pakistan, Thailand, Malaysia, Myanmar; the Americas: Ecuador,
  Colombia, Venezuela, Brazil, Peru, Mexico, the United States, Haiti; Europe: Spain, Ukraine,
  Britain, Germany, Latvia, Poland, Russia, Finland, France, Belgium, Norway, Romania, Sweden, Greece;
  the Pacific: Australia, Papua New Guinea) and from international bodies and armed groups (the UN
  secretary-general, NATO, Sudan's Rapid Support Forces, Hamas, Maoist rebels, Boko Haram), in the
  forms wire copy uses: reported speech ("Prosecutors in Warsaw said on Wednesday that a warning from
  Latvia's security service had led them to ...", "Peru's foreign minister told reporters on Monday
  that Lima had broken off diplomatic relations with Mexico ...", "Russia's defence ministry said
  early on Saturday that Ukrainian drones had set an oil depot ... ablaze"), attribution after the
  clause ("..., Syria's energy ministry said", "..., Defence Minister Boris Pistorius told lawmakers
  in Berlin on Wednesday", "..., Dmitry Medvedev, the deputy head of Russia's Security Council, wrote
  on Telegram on Monday", "..., the army said on Thursday"), the passive with a "by" agent ("was
  applauded by the United States", "was shot down by Cairo", "were shipped home by Malaysia", "was
  overrun by Boko Haram fighters"), nominal events ("Syria's decision to join the global coalition
  ...", "a warning from Latvia's security service", "The return of 27 Ukrainian children by Russia
  ...", "a diplomatic note ... seeking the return of Sheikh Hasina", "An American proposal to resettle
  Gaza's population ...", "a French plea for the release of ...", "announced his resignation"), titles
  and roles instead of names ("Egypt's president received the head of Libya's presidential council",
  "The UN secretary-general", "Brazil's foreign minister", "Thai police arrested an American
  academic"), capitals and metonyms for states ("Seoul took exception ...", "The Kremlin hit out at
  Finland", "shot down by Cairo", "London would become a legitimate target"), an office named in one
  sentence and its holder named in the next ("Spain's prime minister began a tour of West Africa ...
  Pedro Sanchez promised Mauritania ...", "Syria's president made the first visit ... Ahmed al-Sharaa
  urged American lawmakers ..."), pronouns and descriptions resolved from the sentence before ("He
  huddled with Britain's prime minister" after Ukraine's president, "The government gave in to them"
  after trainee doctors in South Korea, "The country received" after central Vietnam), relative
  clauses ("the first trip there by an Indian premier in three decades, which officials in Accra said
  would bring new investment", "a finance bill that would have raised taxes", "a Japanese defence
  paper that again lays claim to the Dokdo islets", "the ousted prime minister who fled to New
  Delhi"), idioms and phrasal verbs ("signalled ... that they would accept", "huddled with", "spoke up
  for", "relented", "gave in to", "feed images ... to", "holding off", "took exception to", "hit out
  at", "shot down" (a proposal), "turned a deaf ear to", "spilled onto the streets", "struck" (went on
  strike), "put ... in abeyance", "ramped up", "silenced", "stirred up", "set ... ablaze"), a denial
  as a finding ("Claims that Sudanese soldiers had fled ... were false, the army said"), two planned
  acts (German satellite images for Ukraine's military, Swedish soldiers for northern Finland) and two
  denials (modality "negated": missiles sent to Russia, a retreat from Babanusa). The twenty plain
  stories: an agreement to supply gas, a reception, a visit, thanks, a lifted curfew, a joint task
  force, an aid flight, a resignation, a demand to withdraw troops, an accusation, a court's refusal,
  a threat, a demonstration, a strike, travel bans, a deployment, an arrest, a blocked website, a
  gunfight and an air raid. Where a sector is open to argument (a bare state, a capital or metonym,
  authorities, a regulator, a security service, an army speaking for the state, a body or armed group
  named by its own name, workers, young people) only the code is checked; a recipient of None is not
  checked. A story passes when one coded event of the expected type has, among its actors, a party
  with the expected code (and sector, where given), among its recipients a party with the expected
  code (and sector, where given), and the expected modality (where given). Reported apart: the type
  found at all; an event of the type with the actor code right; with the actor code and sector right
  (over the 14 stories that give an actor sector); with the recipient right (over the 38 stories that
  give one); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates and tallies ("Searchers have
  found more than 5,000 clandestine graves across Mexico since 2006", "Colombian troops have
  dismantled some 2,000 cocaine laboratories since January"), statistics, two polls (one with a belief
  that "Russia will attack another European country"), standing positions in the simple present or
  perfect ("Jordan opposes any transfer of Palestinians ...", "Afghanistan has never recognised the
  Durand Line", "Iran backs the Houthi movement"), forecasts, hedged speculation ("Russia is thought
  to be readying another test ...", "China is more likely to blockade Taiwan than to invade it"),
  background history ("France granted Algeria independence in 1962", "Colombia's government signed a
  peace deal with the FARC in 2016", "Iraqi troops set fire to Kuwait's oil wells as they retreated in
  February 1991"), habits ("hold joint drills every spring, which Pyongyang condemns", "often pardons
  a handful of prisoners"), and political verbs in sports, business, science, entertainment or
  figurative senses (footballers who "overran" Oman, bowlers who "bombarded" a tail, a ports operator
  that "seized control of" a terminal, honeybees that "kill invading" hornets, a comedian's show
  "about a failed coup", wildfires that "advanced on" a city, drought that "brought shipping ... to
  its knees"): one passes when no event that happened (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold (plover-gsr, case2021-task2, newsquant, polnear, recognizers-number-en), the seed, the
demo corpus under ../shared/news and the earlier test files (with /tmp/ew/b15_overlap.py): the drafts
that shared runs with earlier batches (a few scenes, and attributions such as "'s foreign minister
said on Monday that") were rewritten, and the final check found none. The coder was not run on any of
these texts before the first run.

FIRST RUN, on commit a35f7da (2026-11-30, a detached worktree with no uncommitted edit under src/):
the type found in 25 of 50 stories (0.500); the actor code right on an event of the type in 25 of 50
(0.500); actor code and sector right in 9 of the 14 that give a sector (0.643); the recipient right in
15 of the 38 that give one (0.395); **22 of 50 passing (0.440)**; 21 of the 25 empty passages with no
event that happened (0.840). No expectation was changed after it. Its 28 misses, by cause, the most
frequent first:

- nothing coded at all, the verb, phrasal verb, idiom or noun of the last sentence (and everything
  else in the story) outside the lexicon (18): "Pedro Sanchez promised Mauritania 200 million euros"
  (AGREE; a promise with a double object, and "began a tour of West Africa" gave nothing either);
  "Egypt's president received the head of Libya's presidential council" and "He huddled with Britain's
  prime minister" (CONSULT); "Ecuador's police formed a joint task force with Colombian officers",
  "German satellites will feed images ... to Ukraine's military" (planned) and "a warning from
  Latvia's security service had led them to three men" (COOPERATE); "Iran's foreign ministry dismissed
  reports ... that Tehran had sent short-range ballistic missiles to Russia" (AID, denied) and "The
  country received 20 tonnes of tents and water pumps from South Korea" (AID); "Claims that Sudanese
  soldiers had fled ... were false, the army said" (RETREAT, denied) and "The return of 27 Ukrainian
  children by Russia" (RETREAT; "mediation by Qatar" not coded either); "Seoul took exception ... to a
  Japanese defence paper" (ACCUSE); "An American proposal ... was shot down by Cairo" (REJECT);
  "London would become a legitimate target for Russian missiles if ..., Dmitry Medvedev ... wrote"
  (THREATEN); "Greece ramped up its naval patrols" (MOBILIZE); "Pakistan's telecoms regulator
  suspended access to the social media platform X", "were shipped home by Malaysia" and "Niger's
  military government silenced the BBC's Hausa-language radio service" (COERCE); "A Nigerian army base
  ... was overrun by Boko Haram fighters ..., leaving at least 20 soldiers dead" (ASSAULT);
- the main verb or idiom not coded, or read in another sense, and a participle, a noun or a background
  clause coded in its place, giving another type (7): "Brazil's foreign minister spoke up for
  Venezuela ..., calling American strikes on boats ... a breach of international law" gave PROTEST 143
  from "calling strikes" (the air strikes read as labour strikes, BRA/GOV to USA) and CONSULT 040 from
  "meeting" with no code; "South Africa told Rwanda ... to withdraw its troops from eastern Congo"
  gave the demanded act itself as a reported RETREAT 0872 (RWA to COG, eastern Congo placed in the
  Republic of Congo) and ASSAULT 190 from "were killed", the demand not coded; "Algeria turned a deaf
  ear ... to a French plea for the release of ..." gave REQUEST 020 from the noun "plea" (FRA to an
  uncoded GOV), the refusal not coded; "Rail workers in Belgium struck for a second day" gave ASSAULT
  190 (BEL/LAB to BEL), the strike read as a blow; "Young people spilled onto the streets of Dar es
  Salaam" gave only the background sentence's "were barred from" (COERCE 172 with TZA/OPP and no
  actor); "Norway imposed travel bans on two far-right Israeli ministers" gave COERCE 191 (a
  restriction of movement) with the parties right (NOR to ISR/GOV), not a sanction; "India put the
  Indus Waters Treaty with Pakistan in abeyance ..., a day after gunmen killed 26 tourists" gave only
  the background ASSAULT 190 (IND/UAF to IND/CVL);
- the type right, the recipient or modality wrong (3): "Bangladesh sent a diplomatic note to India ...
  seeking the return of Sheikh Hasina, the ousted prime minister who fled to New Delhi in August 2024"
  gave REQUEST 020 from the participle with BGD right but Hasina (BGD/ELI) as recipient, not India,
  and as historical; "A court in Warsaw refused ... to hand over to Germany a Ukrainian man" gave
  REJECT 120 with POL/JUD right but the Ukrainian man (UKR/CVL) and an uncoded party as recipients,
  not Germany; "Ukrainian drones had set an oil depot in the Black Sea port of Novorossiysk ablaze"
  gave ASSAULT 190 (reported) with UKR as MIL right, the recipient uncoded (Novorossiysk not placed in
  Russia).

The plain copy did better than the harder half: 12 of the 20 plain stories passed (the agreement, the
visit, the thanks, the lifted curfew, the aid flight, the resignation, the accusation, the threat, the
demonstration, the deployment, the arrest, the gunfight and the air raid), 10 of the 30 harder ones.
The passive with a "by" agent worked where the verb was known ("was applauded by the United States",
SUPPORT 051), as did the idioms "relented", "gave in to" (CONCEDE 080, the government resolved from
the sentence before) and "hit out at" (ACCUSE 111, the Kremlin as RUS/GOV), the nominal resignation
("announced his resignation", RETREAT 0831), the office named and its holder named in the next
sentence for the demand ("Ahmed al-Sharaa urged American lawmakers", REQUEST with SYR/GOV and
USA/LEG), reported speech ("Lima had broken off diplomatic relations with Mexico", SANCTION 161) and
the planned deployment ("Sweden will send 600 soldiers", MOBILIZE 154, planned). Some passes hide a
doubtful detail: the Rapid Support Forces' "signalled ... that they would accept a ... truce" came out
planned, with the truce "proposed by" four states also coded as REQUEST 1056; "Authorities in India's
Ladakh region lifted a curfew" also gave an asserted ASSAULT 190 from the background "four people were
killed"; "Syria's president made the first visit ... to the White House" gave an asserted CONSULT 042;
"Tens of thousands of Israelis demonstrated" gave ISR/CVL to ISR; "Hamas threatened" gave PSE as REB;
and "Indian security forces killed 27 Maoist rebels" came out reported with IND as COP. The four empty
passages that gave an event that happened: the comparison "China is more likely to blockade Taiwan
than to invade it" (ASSAULT, reported, from "invade"), the habit "which Pyongyang condemns as
rehearsals for an invasion" (ACCUSE, asserted), the business sense "The Emirati ports operator seized
control of a Peruvian container terminal" (ASSAULT, asserted) and the science finding "Japanese
honeybees kill invading giant hornets" (ASSAULT, reported). The tallies, statistics, polls, standing
positions, forecasts, the rest of the speculation, the histories, the pardons habit and the sports,
entertainment and figurative senses gave no event that happened. The floors sit one case below the
first run's figures, so that a change that loses generality fails here while the misses (listed on
failure) stay visible.
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
    # --- AGREE (0311 plain with attribution after the clause, 0331 an office named and its holder
    # named in the next sentence, with a double object, 038 in an idiom by an armed group named by its
    # own name)
    ("Qatar agreed on Monday to supply Syria with natural gas through Jordan to ease chronic power "
     "shortages, Syria's energy ministry said.",
     "AGREE", ("QAT", None), ("SYR", None), None),
    ("Spain's prime minister began a tour of West Africa in Nouakchott on Tuesday. Pedro Sanchez "
     "promised Mauritania 200 million euros over four years to help it stop migrant boats leaving for "
     "the Canary Islands.",
     "AGREE", ("ESP", "GOV"), ("MRT", None), None),
    ("Sudan's Rapid Support Forces signalled on Thursday that they would accept a three-month "
     "humanitarian truce proposed by the United States, Saudi Arabia, Egypt and the United Arab "
     "Emirates.",
     "AGREE", ("SDN", None), ("USA", None), None),
    # --- CONSULT (043 plain, 042 plain with a relative clause, 040 as a phrasal verb after a
    # pronoun)
    ("Egypt's president received the head of Libya's presidential council in Cairo on Sunday for talks "
     "on securing the two countries' desert border.",
     "CONSULT", ("EGY", "GOV"), ("LBY", "GOV"), None),
    ("India's prime minister visited Ghana on Wednesday, the first trip there by an Indian premier in "
     "three decades, which officials in Accra said would bring new investment in vaccines.",
     "CONSULT", ("IND", "GOV"), ("GHA", None), None),
    ("Ukraine's president was in London on Monday for the third time this year. He huddled with "
     "Britain's prime minister at Downing Street for two hours to discuss an American peace plan.",
     "CONSULT", ("UKR", "GOV"), ("GBR", "GOV"), None),
    # --- SUPPORT (051 plain by a UN official, 051 in the passive with a "by" agent after a nominal
    # subject, 052 as a phrasal verb with a participle)
    ("The UN secretary-general thanked Kenya on Tuesday for leading the multinational police mission "
     "against gangs in Haiti.",
     "SUPPORT", ("UNO", None), ("KEN", None), None),
    ("Syria's decision to join the global coalition against Islamic State was applauded by the United "
     "States on Tuesday.",
     "SUPPORT", ("USA", None), ("SYR", None), None),
    ("Brazil's foreign minister spoke up for Venezuela on Tuesday at a meeting of South American "
     "leaders, calling American strikes on boats in the Caribbean a breach of international law.",
     "SUPPORT", ("BRA", "GOV"), ("VEN", None), None),
    # --- CONCEDE (0813 plain, 0832 as a verb of yielding with a relative clause, 0832 as a phrasal
    # verb with a pronoun after a sentence of background)
    ("Authorities in India's Ladakh region lifted a curfew in the town of Leh on Saturday, ten days "
     "after four people were killed in clashes over demands for statehood.",
     "CONCEDE", ("IND", None), None, None),
    ("Kenya's president relented on Wednesday after days of deadly street protests and pulled a finance "
     "bill that would have raised taxes on bread and mobile money transfers.",
     "CONCEDE", ("KEN", "GOV"), None, None),
    ("Trainee doctors in South Korea have stayed away from hospitals since February in a dispute over "
     "medical school places. The government gave in to them on Friday and shelved its plan to admit "
     "2,000 more students a year.",
     "CONCEDE", ("KOR", "GOV"), None, None),
    # --- COOPERATE (063 plain with attribution after the clause, 064 planned with attribution after
    # the clause, 064 as a nominal in reported speech)
    ("Ecuador's police formed a joint task force with Colombian officers on Monday to hunt drug gangs "
     "along the two countries' border, Ecuador's interior ministry said.",
     "COOPERATE", ("ECU", "COP"), ("COL", None), None),
    ("German satellites will feed images of Russian troop movements to Ukraine's military from January, "
     "Defence Minister Boris Pistorius told lawmakers in Berlin on Wednesday.",
     "COOPERATE", ("DEU", None), ("UKR", "MIL"), "planned"),
    ("Prosecutors in Warsaw said on Wednesday that a warning from Latvia's security service had led them "
     "to three men suspected of planning arson attacks for Russia.",
     "COOPERATE", ("LVA", None), ("POL", None), None),
    # --- AID (073 plain after a disaster, 072 denied with a capital, 073 received, the giver after
    # "from", after a sentence of background)
    ("Australia flew tents, water tanks and generators to Papua New Guinea on Sunday after a landslide "
     "buried a village in the highlands of Enga province.",
     "AID", ("AUS", None), ("PNG", None), None),
    ("Iran's foreign ministry dismissed reports on Monday that Tehran had sent short-range ballistic "
     "missiles to Russia, calling them a fabrication.",
     "AID", ("IRN", None), ("RUS", None), "negated"),
    ("Floods have swept through central Vietnam for two weeks. The country received 20 tonnes of tents "
     "and water pumps from South Korea on Sunday, the foreign ministry in Hanoi said.",
     "AID", ("KOR", None), ("VNM", None), None),
    # --- RETREAT (0831 plain as a nominal object, 0874 denied with attribution after the clause,
    # 0841 as a nominal event with a "by" agent)
    ("Japan's prime minister announced his resignation on Sunday, less than a year after taking office, "
     "to take responsibility for his party's losses in two elections.",
     "RETREAT", ("JPN", "GOV"), None, None),
    ("Claims that Sudanese soldiers had fled the besieged town of Babanusa were false, the army said on "
     "Thursday, adding that its troops were still holding off the Rapid Support Forces.",
     "RETREAT", ("SDN", None), None, "negated"),
    ("The return of 27 Ukrainian children by Russia on Thursday came after mediation by Qatar, "
     "Ukraine's human rights commissioner said.",
     "RETREAT", ("RUS", None), ("UKR", None), None),
    # --- REQUEST (1056 plain, 1053 as a nominal note with a participle, 1054 an office named and its
    # holder named in the next sentence)
    ("South Africa told Rwanda on Tuesday to withdraw its troops from eastern Congo, a week after 14 "
     "South African peacekeepers were killed in fighting around Goma.",
     "REQUEST", ("ZAF", None), ("RWA", None), None),
    ("Bangladesh sent a diplomatic note to India on Monday seeking the return of Sheikh Hasina, the "
     "ousted prime minister who fled to New Delhi in August 2024, a foreign affairs adviser said.",
     "REQUEST", ("BGD", None), ("IND", None), None),
    ("Syria's president made the first visit by a Syrian head of state to the White House on Monday. "
     "Ahmed al-Sharaa urged American lawmakers on Tuesday to repeal the last sanctions on his country.",
     "REQUEST", ("SYR", "GOV"), ("USA", None), None),
    # --- ACCUSE (1123 plain with a participle, 111 as an idiom with capitals for both states and a
    # relative clause, 111 as a phrasal verb with a metonym)
    ("Colombia's president accused the United States on Tuesday of killing a Colombian fisherman in a "
     "strike on a boat in the Caribbean.",
     "ACCUSE", ("COL", "GOV"), ("USA", None), None),
    ("Seoul took exception on Tuesday to a Japanese defence paper that again lays claim to the Dokdo "
     "islets, the foreign ministry said.",
     "ACCUSE", ("KOR", None), ("JPN", None), None),
    ("The Kremlin hit out at Finland on Tuesday over a plan to let NATO store ammunition near the "
     "Russian border, a spokesman told reporters in Moscow.",
     "ACCUSE", ("RUS", None), ("FIN", None), None),
    # --- REJECT (1213 plain by a court, 125 in the passive with a "by" agent as an idiom after a
    # nominal proposal, 1243 as an idiom)
    ("A court in Warsaw refused on Friday to hand over to Germany a Ukrainian man suspected of helping "
     "to blow up the Nord Stream gas pipelines.",
     "REJECT", ("POL", "JUD"), ("DEU", None), None),
    ("An American proposal to resettle Gaza's population in Egypt's Sinai desert was shot down by Cairo "
     "on Wednesday.",
     "REJECT", ("EGY", None), ("USA", None), None),
    ("Algeria turned a deaf ear on Monday to a French plea for the release of the jailed novelist "
     "Boualem Sansal, the foreign ministry in Paris said.",
     "REJECT", ("DZA", None), ("FRA", None), None),
    # --- THREATEN (134 plain with a participle, 138 in reported speech with the target as the subject
    # and attribution after the clause, 1312 in reported speech after a sentence of speculation)
    ("Hamas threatened on Monday to delay the next release of Israeli hostages, accusing Israel of "
     "violating the ceasefire in Gaza.",
     "THREATEN", ("PSE", None), ("ISR", None), None),
    ("London would become a legitimate target for Russian missiles if British troops were sent to "
     "Ukraine, Dmitry Medvedev, the deputy head of Russia's Security Council, wrote on Telegram on "
     "Monday.",
     "THREATEN", ("RUS", None), ("GBR", None), None),
    ("Colombia's exports of flowers and coffee to the United States could suffer. President Donald Trump "
     "said on Sunday that Washington would impose steep tariffs on Colombian goods unless Bogota did "
     "more to curb cocaine production.",
     "THREATEN", ("USA", None), ("COL", None), None),
    # --- PROTEST (1412 plain, 143 plain with a verb that also means to hit, 141 as an idiom after a
    # sentence of background, the country from its city)
    ("Tens of thousands of Israelis demonstrated in Tel Aviv on Saturday to demand a deal to bring home "
     "the hostages held in Gaza.",
     "PROTEST", ("ISR", None), None, None),
    ("Rail workers in Belgium struck for a second day on Wednesday against pension reforms, halting most "
     "trains across the country.",
     "PROTEST", ("BEL", None), None, None),
    ("Opposition candidates were barred from Tanzania's presidential election last month. Young people "
     "spilled onto the streets of Dar es Salaam in their thousands on Wednesday, tearing down campaign "
     "posters of the president.",
     "PROTEST", ("TZA", None), None, None),
    # --- SANCTION (travel bans plain, 161 in reported speech with a capital, 16 a treaty suspended as
    # an idiom)
    ("Norway imposed travel bans on two far-right Israeli ministers on Tuesday over their incitement of "
     "settler violence against Palestinians in the occupied West Bank.",
     "SANCTION", ("NOR", None), ("ISR", None), None),
    ("Peru's foreign minister told reporters on Monday that Lima had broken off diplomatic relations "
     "with Mexico over the asylum granted to a former Peruvian prime minister in the Mexican embassy.",
     "SANCTION", ("PER", None), ("MEX", None), None),
    ("India put the Indus Waters Treaty with Pakistan in abeyance on Wednesday, a day after gunmen "
     "killed 26 tourists in Kashmir.",
     "SANCTION", ("IND", None), ("PAK", None), None),
    # --- MOBILIZE (154 plain with attribution after the clause, 154 planned, 152 as a phrasal verb)
    ("Romania sent extra troops and anti-aircraft guns to its border with Ukraine on Wednesday after a "
     "Russian drone crashed in a field near the Danube, the defence ministry said.",
     "MOBILIZE", ("ROU", None), None, None),
    ("Sweden will send 600 soldiers to northern Finland next year as part of a NATO force near the "
     "Russian border, the government in Stockholm said on Thursday.",
     "MOBILIZE", ("SWE", None), None, "planned"),
    ("Greece ramped up its naval patrols south of Crete on Monday as boats carrying migrants from "
     "eastern Libya kept arriving, the coast guard said.",
     "MOBILIZE", ("GRC", None), None, None),
    # --- COERCE (173 plain, 1721 plain, 174 in the passive with a "by" agent, 1721 with a fresh
    # verb and a participle)
    ("Thai police arrested an American academic on Tuesday on charges of insulting the monarchy.",
     "COERCE", ("THA", "COP"), ("USA", None), None),
    ("Pakistan's telecoms regulator suspended access to the social media platform X on Saturday, days "
     "before opposition protests planned in Islamabad.",
     "COERCE", ("PAK", None), None, None),
    ("More than 1,000 Myanmar nationals held in immigration detention were shipped home by Malaysia on "
     "Tuesday, a rights group said.",
     "COERCE", ("MYS", None), ("MMR", None), None),
    ("Niger's military government silenced the BBC's Hausa-language radio service on Thursday for three "
     "months, saying its reporting stirred up unrest.",
     "COERCE", ("NER", None), ("GBR", None), None),
    # --- ASSAULT (193 plain with attribution after the clause, 195 plain with attribution after the
    # clause, 190 in the passive with a "by" agent, an armed group named by its own name, 1712 in
    # reported speech as an idiom)
    ("Indian security forces killed 27 Maoist rebels, including their top commander, in a gunfight in "
     "Narayanpur district on Wednesday, police said.",
     "ASSAULT", ("IND", None), ("IND", "REB"), None),
    ("Sudan's air force bombed a market in the Darfur town of Kabkabiya on Sunday, killing at least 40 "
     "people, aid workers said.",
     "ASSAULT", ("SDN", "MIL"), ("SDN", None), None),
    ("A Nigerian army base in Borno state was overrun by Boko Haram fighters before dawn on Monday, "
     "leaving at least 20 soldiers dead, military sources said.",
     "ASSAULT", ("NGA", None), ("NGA", "MIL"), None),
    ("Russia's defence ministry said early on Saturday that Ukrainian drones had set an oil depot in the "
     "Black Sea port of Novorossiysk ablaze.",
     "ASSAULT", ("UKR", None), ("RUS", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Searchers have found more than 5,000 clandestine graves across Mexico since 2006, according to a "
    "national commission.",
    "Colombian troops have dismantled some 2,000 cocaine laboratories since January, according to "
    "military figures.",
    "Zambia's copper output climbed to a record 890,000 tonnes last year, the mines ministry said.",
    "Ghana's cocoa harvest shrank by a third in the 2024/25 season, the industry regulator said.",
    "Most Japanese would back revising the pacifist constitution, a poll by the Asahi newspaper showed.",
    "Most Finns believe Russia will attack another European country within ten years, a survey by the "
    "broadcaster Yle found.",
    "Jordan opposes any transfer of Palestinians from the West Bank onto its soil.",
    "Afghanistan has never recognised the Durand Line as its border with Pakistan.",
    "Iran backs the Houthi movement, which controls much of northern Yemen including the capital, Sanaa.",
    "Economists polled by Reuters expect Brazil's central bank to hold its benchmark rate at 15 percent "
    "next month.",
    "Meteorologists expect La Nina to bring heavier than usual rains to Australia's east coast this "
    "summer.",
    "Russia is thought to be readying another test of its nuclear-powered cruise missile, according to "
    "Norwegian intelligence.",
    "Some American military planners think China is more likely to blockade Taiwan than to invade it.",
    "France granted Algeria independence in 1962 after an eight-year war.",
    "Colombia's government signed a peace deal with the FARC in 2016, ending more than five decades of "
    "war.",
    "Iraqi troops set fire to Kuwait's oil wells as they retreated in February 1991.",
    "South Korean and American troops hold joint drills every spring, which Pyongyang condemns as "
    "rehearsals for an invasion.",
    "Belarus's president often pardons a handful of prisoners ahead of Independence Day in July.",
    "Jordan's footballers overran Oman 3-0 in Muscat on Tuesday to qualify for their first World Cup.",
    "New Zealand's bowlers bombarded the West Indies' tail with short balls in Wellington on Friday.",
    "The Emirati ports operator seized control of a Peruvian container terminal in a $1 billion deal on "
    "Monday.",
    "Japanese honeybees kill invading giant hornets by swarming around them and raising their body "
    "temperature, researchers have found.",
    "A Ghanaian comedian's one-man show about a failed coup sold out on its opening night in Accra.",
    "Wildfires advanced on the outskirts of Marseille on Tuesday, forcing hundreds of residents to flee "
    "their homes.",
    "Two years of drought brought shipping through the Panama Canal to its knees, cutting daily transits "
    "by a third.",
]

#: the first run's figures (see the docstring); each floor sits about one case below
FLOORS = {"type": 0.83, "actor_code": 0.83, "actor_sector": 0.97, "recipient": 0.75, "pass": 0.79,
          "empty": 0.97}
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
    return _code([c[0] for c in STORIES], resources, "blind15")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind15-empty")


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


def test_blind15_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind15 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind15_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind15 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
