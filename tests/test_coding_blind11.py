"""An eleventh blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them, to be as
hard and as close to real wire copy as the tenth. Each story comes with the PLOVER type of one act
its last sentence reports, that act's actor and recipient (code and sector) and, where it matters,
its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's
actor and sector conventions, the project's codes for international bodies: UN agencies UNO, other
bodies IGO, NGOs NGO, the European Union EUR; sanctions and tariffs are SANCTION; and the two
project conventions that differ from the table: a resignation is RETREAT, 0831, and lifting a
curfew or sanctions is CONCEDE, 0813, 085). Nothing comes from a gold set, the seed or the demo
corpus; the verbs, idioms, phrasings, settings and the countries in each role avoid those of the
eighth, ninth and tenth blind batches, and the expectations were not changed after the first run,
which is what the figures below record.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Sierra Leone, Namibia, Djibouti, Malawi, Zambia, Lesotho, Seychelles, Togo,
  Guinea-Bissau, Uganda, the Republic of Congo, Mali, South Sudan; Asia: Bangladesh, Turkmenistan,
  Bahrain, Singapore, Cambodia, Vietnam, Syria; the Americas: the Bahamas, Uruguay, Argentina,
  Guyana, Cuba, Costa Rica; Europe: Norway, Croatia, Iceland, Moldova, Switzerland, Austria,
  Bosnia; the Pacific: Solomon Islands, Fiji) and from international bodies and armed groups (the
  World Health Organization, ECOWAS, Hezbollah, the Taliban government, Houthi rebels, Cameroonian
  separatists), in the forms wire copy uses:
  reported speech ("The Bahamas' prime minister said on Wednesday that his government would accept
  whatever ruling ...", "A senior Hezbollah official said on Sunday that the group would fire rockets
  ...", "Vietnam's Ministry of Public Security said on Friday that police had arrested ..."),
  attribution after the clause ("..., the Norwegian embassy in Vientiane said", "..., the foreign
  ministry in San Jose said", "..., Armenia's defence ministry said"), the passive with a "by" agent
  ("was lifted by the government", "was set up ... by Italy's army", "Rwanda was accused by Burundi's
  president", "was brushed aside by Ethiopia's water minister", "Development aid to Niger was halted
  by Germany", "was struck by a missile fired by Yemen's Houthi rebels"), nominal events ("Bhutan's
  bid for a non-permanent seat ... won the backing of Bangladesh", "Egypt's demand for a binding deal
  ...", "A march by several thousand Bosnian war veterans ... passed off peacefully"), titles and
  roles instead of country names ("Djibouti's foreign minister met his Eritrean counterpart",
  "Ethiopia's water minister", "Guinea-Bissau's president", "Afghanistan's Taliban government"), an
  office named in one sentence and its holder named in the next ("Sierra Leone's president flew into
  Conakry ... Julius Maada Bio vowed on Tuesday to help Guinea ..."), a person named in full and
  then by surname ("Namibian President Netumbo Nandi-Ndaitwah flew to Gaborone ... Nandi-Ndaitwah
  discussed plans ... with Botswana's president"), pronouns resolved from the sentence before ("It
  shipped 3,000 tonnes of wheat flour" after Turkmenistan, "Its trade minister pleaded with
  Washington" after Lesotho, "Tunisia's president congratulated him" after Tebboune), relative
  clauses ("Nurses in Ghana, who say the government owes them ...", "Separatist fighters, who want
  an independent state ...", "a naval vessel that had sailed into its waters", "a cocaine ring that
  shipped drugs ..."), idioms and phrasal verbs ("won the backing of", "voiced solidarity with",
  "climbed down", "joined forces with", "break up", "wrapped up", "handed ... over to", "set up",
  "quit", "pull back", "pleaded with", "lashed out at", "brushed aside", "balked at", "put ... on
  notice", "downed tools", "passed off peacefully", "kicked out", "cut off", "slammed into"), two
  planned acts and two denials (modality "negated"). Where a sector is open to argument (a bare
  state, an army speaking for it, authorities, a body or armed group named by its own name,
  military rulers, a security service, nurses, veterans, opposition parties) only the code is
  checked; a recipient of None is not checked. A story passes when one coded event of the expected
  type has, among its actors, a party with the expected code (and sector, where given), among its
  recipients a party with the expected code (and sector, where given), and the expected modality
  (where given). Reported apart: the type found at all; an event of the type with the actor code
  right; with the actor code and sector right (over the 23 stories that give an actor sector); with
  the recipient right (over the 39 stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates and tallies ("Police in the
  Philippines have killed more than 6,000 people in anti-drug operations since 2016"), statistics
  ("Kenya's annual inflation rate eased to 4.1 percent"), two polls, standing positions in the
  simple present ("Serbia does not recognise the independence that Kosovo declared in 2008", "India
  and Pakistan both claim Kashmir in full"), forecasts, hedged speculation ("North Korea might be
  preparing a seventh nuclear test"), background history ("Iraq invaded Kuwait in August 1990 ...",
  "The United States imposed a trade embargo on Cuba in 1962"), habits ("Japan's prime minister
  traditionally sends a ritual offering ..."), and political verbs in sports, business, science,
  entertainment or figurative senses (Real Madrid, which "defeated" Dortmund, a captain who
  "declared" an innings closed, a ports group that "captured" a quarter of a market, a smartphone
  that "conquered" one, lionfish that "colonised" reefs, a film's detective who "arrests" a senator,
  commuters who "battle" gridlock, sea levels that "threaten" Tuvalu): one passes when no event that
  happened (asserted or reported) comes out of it.

The first run on a frozen copy of commit 03f338f (2026-11-30, a detached worktree with no
uncommitted edit under src/) gave: the type found in 33 of 50 stories (0.660); the actor code right
on an event of the type in 33 of 50 (0.660); actor code and sector right in 17 of the 23 that give a
sector (0.739); the recipient right in 24 of the 39 that give one (0.615); 28 of 50 passing (0.560);
23 of the 25 empty passages with no event that happened (0.920). Before that run every text was
checked for six-word runs shared with the gold sets under ../shared/gold (plover-gsr, case2021-task2,
newsquant, polnear dev): none was found. Its 22 misses, none of them an expectation changed
afterwards, by cause, the most frequent first:

- the act of the last sentence not coded at all, its verb, phrasal verb or idiom outside the lexicon
  (10): "Bhutan's bid ... won the backing of Bangladesh" (SUPPORT); "Malawi's government climbed
  down on Monday over a planned 30 percent rise in electricity tariffs" (CONCEDE); "Uzbek and Kazakh
  troops wrapped up a week of joint counter-terrorism drills" (COOPERATE); "The World Health
  Organization shipped cholera kits and oral rehydration salts to Maiduguri" (AID, though "It
  shipped 3,000 tonnes of wheat flour" was coded); "A field hospital was set up outside the Libyan
  port of Derna by Italy's army" (AID); "Iceland's prime minister quit on Sunday" (RETREAT 0831);
  "Nurses in Ghana ... downed tools" (PROTEST); "Syria's defence ministry sent armoured columns into
  the southern province of Sweida" (MOBILIZE); "Authorities in the Republic of Congo cut off internet
  access across the country" (COERCE 1721); "Mali's military rulers dissolved all political parties"
  (COERCE 1722);
- a subordinate act or a noun coded in place of the main act, or the main verb read in another
  sense, giving another type (7): "Moldova summoned the Russian ambassador ... over drones that
  crashed ... during a Russian attack on Ukraine" gave only the subordinate ASSAULT 190 (RUS to UKR),
  the summons not coded; "Switzerland balked ... at an American demand" gave only the demand
  (REQUEST 100 with USA as actor), the refusal not coded; "Guinea-Bissau's president kicked out a
  visiting ECOWAS mission ..., accusing it of meddling" gave only the ACCUSE 112 (GNB/GOV, the
  recipient with no code), the expulsion (166) not coded; "Zambian police handed two suspects in the
  murder of a Congolese lawmaker over to police in Lubumbashi" gave ASSAULT 1823 from the noun
  "murder" (no actor, COD/LEG), not COOPERATE; "A senior Hezbollah official said ... that the group
  would fire rockets deep into Israel if ..." gave the threatened act itself (ASSAULT 194,
  conditional, ISR right, no actor), not THREATEN; "Afghanistan's Taliban government put Pakistan on
  notice ... that it would answer any further air strikes on Afghan soil with force" gave ASSAULT
  195 (planned) from the noun "air strikes", with AFG as recipient and no actor; "Russian missiles
  slammed into apartment blocks ..., killing at least 14 people" gave ACCUSE 111 (RUS/MIL,
  reported), not ASSAULT;
- the type and actor right, the recipient missing or wrong (4): "Norway pledged on Tuesday to pay
  for clearing unexploded American bombs from farmland in southern Laos" (AGREE, NOR right, the
  recipient the United States from "American bombs", not Laos); "Julius Maada Bio vowed on Tuesday
  to help Guinea rebuild the highway ..." (AGREE, SLE/GOV right through the office named in the
  sentence before, no recipient); "The Bahamas' prime minister said ... that his government would
  accept whatever ruling ... on the maritime boundary with Cuba" (AGREE, BHS/GOV right, planned, no
  recipient); "Nandi-Ndaitwah discussed plans for a railway ... with Botswana's president" (CONSULT
  042 from the first sentence's "flew to" with NAM/GOV and BWA with no sector; the "discussed" of the
  last sentence coded as CONSULT 040 with an actor that has no code and no recipient, the surname
  not tied to the name in full);
- the act split in two, the actor and recipient on different events (1): "A Greek-owned bulk
  carrier was struck by a missile fired by Yemen's Houthi rebels" gave ASSAULT 190 "struck" (an
  actor with no code, as MIL, and GRC) and ASSAULT 194 "missile fired" (YEM/REB and no recipient).

Reported speech worked elsewhere ("police had arrested a prominent blogger", COERCE 173 with
VNM/COP), as did the passive with a "by" agent (the curfew "lifted by the government" of Solomon
Islands, CONCEDE 0813; "accused by Burundi's president"; "brushed aside by Ethiopia's water
minister"; aid "halted by Germany", SANCTION 162), the pronouns ("It shipped" as TKM, "Its trade
minister" as LSO/GOV, "congratulated him" with DZA as recipient), the lifted sanctions (CONCEDE
085), the nominal march (PROTEST 141), the idioms "voiced solidarity with", "joined forces with",
"lashed out at" and "brushed aside", the withdrawal (RETREAT 0872), both planned acts (the talks in
Sarajevo, the boycott in Togo) and both denials (negated). Some passes hide a doubtful detail:
"Djibouti's foreign minister met his Eritrean counterpart ... on Sunday, their first meeting since
the two countries fought a border war in 2008" and "Bahrain freed more than 1,500 prisoners ... on
Monday, among them dozens jailed over the 2011 uprising" came out historical (modality not checked
there), though both acts happened that week; "Seychelles denied ... that it had
asked India" and "Its trade minister pleaded with Washington" gave REQUEST with CAMEO 020, a code the
CAMEO2PLOVER table does not list; "Development aid to Niger was halted by Germany ..., two weeks
after soldiers seized power in Niamey" also gave an asserted COERCE 171 from the background
"seized power"; and subordinate clauses gave extra reported ASSAULT events ("a southern African
force that had fought M23 rebels", "a week after fighting broke out in Juba"). Two empty passages
gave events that happened: the film's premise "a Lagos detective who arrests a corrupt senator"
(COERCE 173, asserted) and the figurative "Rising sea levels threaten the very existence of
Tuvalu" (THREATEN 130, asserted). The standing position came out negated, the three histories as
historical, and the tallies, polls, forecasts, speculation, habits and the sports, business and
science senses gave nothing. The floors sit just below the first run's figures (about one case of
slack each), so that a change that loses generality fails here while the misses (listed on failure)
stay visible.
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
    # --- AGREE (0331 with attribution after the clause, 0332 an office named and its holder named in
    # the next sentence, 037 in reported speech)
    ("Norway pledged on Tuesday to pay for clearing unexploded American bombs from farmland in southern "
     "Laos, the Norwegian embassy in Vientiane said.",
     "AGREE", ("NOR", None), ("LAO", None), None),
    ("Sierra Leone's president flew into Conakry on Monday, his first trip abroad since his re-election. "
     "Julius Maada Bio vowed on Tuesday to help Guinea rebuild the highway that links the two capitals.",
     "AGREE", ("SLE", "GOV"), ("GIN", None), None),
    ("The Bahamas' prime minister said on Wednesday that his government would accept whatever ruling the "
     "International Court of Justice hands down on the maritime boundary with Cuba.",
     "AGREE", ("BHS", "GOV"), ("CUB", None), None),
    # --- CONSULT (040 with a full name, then the surname alone, 044 at a third location, 040 planned)
    ("Namibian President Netumbo Nandi-Ndaitwah flew to Gaborone on Thursday on her first trip abroad "
     "since taking office. Nandi-Ndaitwah discussed plans for a railway to the Namibian port of Walvis "
     "Bay with Botswana's president on Friday.",
     "CONSULT", ("NAM", "GOV"), ("BWA", "GOV"), None),
    ("Djibouti's foreign minister met his Eritrean counterpart on the sidelines of an African Union "
     "summit in Addis Ababa on Sunday, their first meeting since the two countries fought a border war "
     "in 2008.",
     "CONSULT", ("DJI", "GOV"), ("ERI", "GOV"), None),
    ("Croatia's prime minister will hold talks in Sarajevo next Tuesday with the members of Bosnia's "
     "presidency on the route of a new gas pipeline, his office said.",
     "CONSULT", ("HRV", "GOV"), ("BIH", "GOV"), "planned"),
    # --- SUPPORT (051 as an idiom after a nominal subject, 051 with a pronoun recipient, 052 as an
    # idiom)
    ("Bhutan's bid for a non-permanent seat on the UN Security Council won the backing of Bangladesh on "
     "Monday.",
     "SUPPORT", ("BGD", None), ("BTN", None), None),
    ("Abdelmadjid Tebboune was declared the winner of Algeria's presidential election with 84 percent of "
     "the vote. Tunisia's president congratulated him on Sunday, the presidency in Tunis said.",
     "SUPPORT", ("TUN", "GOV"), ("DZA", None), None),
    ("Uruguay's foreign ministry voiced solidarity with Panama on Friday after Washington threatened to "
     "take back the canal.",
     "SUPPORT", ("URY", "GOV"), ("PAN", None), None),
    # --- CONCEDE (0832 as a phrasal verb, 0813 in the passive with a "by" agent and an appositive, 085
    # with attribution after the clause)
    ("Malawi's government climbed down on Monday over a planned 30 percent rise in electricity tariffs "
     "after two days of protests in Lilongwe and Blantyre.",
     "CONCEDE", ("MWI", "GOV"), None, None),
    ("A three-week curfew in Honiara, the capital of Solomon Islands, was lifted by the government on "
     "Saturday as calm returned after riots in the city's Chinatown.",
     "CONCEDE", ("SLB", "GOV"), None, None),
    ("Australia lifted the last of its sanctions on Fiji on Wednesday, eight years after they were "
     "imposed over a military coup, the foreign minister in Canberra said.",
     "CONCEDE", ("AUS", None), ("FJI", None), None),
    # --- COOPERATE (063 as an idiom with a relative clause, 062 as a phrasal verb, 063 as a split
    # phrasal verb)
    ("Argentina's federal police joined forces with Uruguayan investigators on Tuesday to break up a "
     "cocaine ring that shipped drugs through the port of Montevideo, Argentina's security ministry "
     "said.",
     "COOPERATE", ("ARG", "COP"), ("URY", None), None),
    ("Uzbek and Kazakh troops wrapped up a week of joint counter-terrorism drills near Tashkent on "
     "Friday, Uzbekistan's defence ministry said.",
     "COOPERATE", ("UZB", "MIL"), None, None),
    ("Zambian police handed two suspects in the murder of a Congolese lawmaker over to police in "
     "Lubumbashi on Monday, a Zambian police spokesman said.",
     "COOPERATE", ("ZMB", "COP"), ("COD", None), None),
    # --- AID (073 after a sentence of background, 073 in the passive as a phrasal verb, 073 after a
    # pronoun)
    ("Floods have cut off hundreds of villages in Nigeria's northeast. The World Health Organization "
     "shipped cholera kits and oral rehydration salts to Maiduguri on Friday.",
     "AID", ("UNO", None), ("NGA", None), None),
    ("A field hospital was set up outside the Libyan port of Derna by Italy's army on Sunday, three days "
     "after floods swept away much of the city.",
     "AID", ("ITA", "MIL"), ("LBY", None), None),
    ("Turkmenistan supplies most of Afghanistan's imported electricity. It shipped 3,000 tonnes of wheat "
     "flour to the Afghan border town of Hairatan on Wednesday as a gift, the Turkmen foreign ministry "
     "said.",
     "AID", ("TKM", None), ("AFG", None), None),
    # --- RETREAT (0831 a resignation as a bare verb, 0841 with attribution after the clause, 0874
    # with a relative clause)
    ("Iceland's prime minister quit on Sunday to run for president, the government in Reykjavik said.",
     "RETREAT", ("ISL", "GOV"), None, None),
    ("Bahrain freed more than 1,500 prisoners under a royal pardon on Monday, among them dozens jailed "
     "over the 2011 uprising, state media reported.",
     "RETREAT", ("BHR", None), ("BHR", None), None),
    ("Tanzania withdrew the last of its soldiers from eastern Congo on Saturday, ending a two-year "
     "deployment with a southern African force that had fought M23 rebels, the army in Dodoma said.",
     "RETREAT", ("TZA", None), ("COD", None), None),
    # --- REQUEST (1056 with a relative clause, 1032 denied, 1054 after a possessive pronoun)
    ("Guyana demanded on Saturday that Venezuela pull back a naval vessel that had sailed into its "
     "waters near an offshore oil platform.",
     "REQUEST", ("GUY", None), ("VEN", None), None),
    ("Seychelles denied on Wednesday that it had asked India to station troops on Assumption Island, "
     "saying the airstrip there would remain under Seychellois control.",
     "REQUEST", ("SYC", None), ("IND", None), "negated"),
    ("Lesotho sells most of its textiles to the United States. Its trade minister pleaded with "
     "Washington on Tuesday to spare the kingdom from a 50 percent tariff on its exports.",
     "REQUEST", ("LSO", "GOV"), ("USA", None), None),
    # --- ACCUSE (114 with attribution after the clause, 111 as a phrasal verb, 112 in the passive)
    ("Moldova summoned the Russian ambassador on Friday over drones that crashed on its territory "
     "during a Russian attack on Ukraine, the foreign ministry in Chisinau said.",
     "ACCUSE", ("MDA", None), ("RUS", None), None),
    ("Cuba's foreign minister lashed out at the United States on Tuesday over its decision to put the "
     "island back on a list of state sponsors of terrorism.",
     "ACCUSE", ("CUB", "GOV"), ("USA", None), None),
    ("Rwanda was accused by Burundi's president on Sunday of training rebels to overthrow his "
     "government.",
     "ACCUSE", ("BDI", "GOV"), ("RWA", None), None),
    # --- REJECT (120 in the passive as a phrasal verb after a nominal demand, 1213, 120 as a phrasal
    # verb with attribution after the clause)
    ("Egypt's demand for a binding deal on the operation of the Nile dam was brushed aside by "
     "Ethiopia's water minister on Wednesday.",
     "REJECT", ("ETH", "GOV"), ("EGY", None), None),
    ("Singapore declined on Tuesday an Indian request to extradite a fugitive diamond trader, saying the "
     "evidence sent by New Delhi fell short of its legal standards.",
     "REJECT", ("SGP", None), ("IND", None), None),
    ("Switzerland balked on Friday at an American demand that its banks close the accounts of Russian "
     "clients, the Swiss finance ministry said.",
     "REJECT", ("CHE", None), ("USA", None), None),
    # --- THREATEN (131 with a condition, 138 in reported speech, 138 as an idiom)
    ("Austria threatened on Wednesday to block Romania's entry into Europe's passport-free Schengen zone "
     "unless the European Union did more to stop migrants crossing its borders.",
     "THREATEN", ("AUT", None), ("ROU", None), None),
    ("A senior Hezbollah official said on Sunday that the group would fire rockets deep into Israel if "
     "Israeli troops pushed further into southern Lebanon.",
     "THREATEN", ("LBN", None), ("ISR", None), None),
    ("Afghanistan's Taliban government put Pakistan on notice on Friday that it would answer any further "
     "air strikes on Afghan soil with force.",
     "THREATEN", ("AFG", None), ("PAK", None), None),
    # --- PROTEST (143 as an idiom with a relative clause, 143 a planned boycott, 141 as a nominal
    # event with an idiom)
    ("Nurses in Ghana, who say the government owes them three months of allowances, downed tools at "
     "public hospitals across the country on Monday.",
     "PROTEST", ("GHA", None), None, None),
    ("Opposition parties in Togo will boycott Sunday's legislative election, their coalition said on "
     "Thursday, calling the vote a sham.",
     "PROTEST", ("TGO", None), None, "planned"),
    ("A march by several thousand Bosnian war veterans demanding higher pensions passed off peacefully "
     "in Sarajevo on Saturday.",
     "PROTEST", ("BIH", None), None, None),
    # --- SANCTION (161 with attribution after the clause, 1621 in the passive, 1662 as an idiom)
    ("Costa Rica recalled its ambassador from Nicaragua on Friday after Managua expelled a Costa Rican "
     "diplomat, the foreign ministry in San Jose said.",
     "SANCTION", ("CRI", None), ("NIC", None), None),
    ("Development aid to Niger was halted by Germany on Thursday, two weeks after soldiers seized power "
     "in Niamey.",
     "SANCTION", ("DEU", None), ("NER", None), None),
    ("Guinea-Bissau's president kicked out a visiting ECOWAS mission on Saturday, accusing it of "
     "meddling in preparations for the election.",
     "SANCTION", ("GNB", "GOV"), ("IGO", None), None),
    # --- MOBILIZE (154 with attribution after the clause, 154 into a province, 154 denied)
    ("Uganda moved tanks and several thousand troops to its border with South Sudan on Friday, a week "
     "after fighting broke out in Juba, the army said.",
     "MOBILIZE", ("UGA", None), None, None),
    ("Syria's defence ministry sent armoured columns into the southern province of Sweida on Monday "
     "after clashes between Druze militias and Bedouin tribes.",
     "MOBILIZE", ("SYR", None), None, None),
    ("Cambodia denied on Sunday that it had reinforced its troops near the disputed Preah Vihear "
     "temple, calling Thai reports of a build-up fabricated.",
     "MOBILIZE", ("KHM", None), None, "negated"),
    # --- COERCE (1721 as a phrasal verb, 173 in reported speech, 1722, 1711)
    ("Authorities in the Republic of Congo cut off internet access across the country on Sunday as "
     "voters went to the polls, an internet monitoring group said.",
     "COERCE", ("COG", None), None, None),
    ("Vietnam's Ministry of Public Security said on Friday that police had arrested a prominent blogger "
     "in Hanoi for 'abusing democratic freedoms'.",
     "COERCE", ("VNM", "COP"), ("VNM", None), None),
    ("Mali's military rulers dissolved all political parties on Tuesday, weeks after a national "
     "conference recommended scrapping them.",
     "COERCE", ("MLI", None), ("MLI", None), None),
    ("South Sudan's national security service seized the entire print run of two independent newspapers "
     "in Juba on Monday, their editors said.",
     "COERCE", ("SSD", None), ("SSD", None), None),
    # --- ASSAULT (195 as a phrasal verb with attribution after the clause, 181 with a relative clause,
    # 195 in the passive with a chained "by" agent, 194)
    ("Russian missiles slammed into apartment blocks in the Ukrainian city of Kryvyi Rih overnight, "
     "killing at least 14 people, Ukraine's emergency service said.",
     "ASSAULT", ("RUS", None), ("UKR", None), None),
    ("Separatist fighters, who want an independent state for Cameroon's English-speaking minority, "
     "abducted 40 pupils from a boarding school in the North-West region on Tuesday.",
     "ASSAULT", ("CMR", "REB"), ("CMR", None), None),
    ("A Greek-owned bulk carrier was struck by a missile fired by Yemen's Houthi rebels in the Red Sea "
     "on Wednesday, a British maritime security agency said.",
     "ASSAULT", ("YEM", "REB"), ("GRC", None), None),
    ("Azerbaijani forces shelled Armenian army positions near the border town of Sotk overnight, "
     "Armenia's defence ministry said.",
     "ASSAULT", ("AZE", "MIL"), ("ARM", "MIL"), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Police in the Philippines have killed more than 6,000 people in anti-drug operations since 2016, "
    "according to government figures.",
    "Greece's coast guard has rescued more than 40,000 migrants in the Aegean since January, the coast "
    "guard says.",
    "Tourist arrivals in Sri Lanka rose 40 percent in the first half of the year, official figures "
    "showed.",
    "Kenya's annual inflation rate eased to 4.1 percent in October from 4.4 percent a month earlier, the "
    "statistics office said.",
    "Nearly seven in ten Mexicans approve of the way the president is handling relations with "
    "Washington, a poll published by the newspaper El Financiero showed.",
    "Most Swiss voters oppose joining the European Union, according to a survey for public broadcaster "
    "SRF.",
    "Serbia does not recognise the independence that Kosovo declared in 2008.",
    "India and Pakistan both claim Kashmir in full but each rules only part of it.",
    "Analysts expect the Bank of Japan to raise interest rates again in January.",
    "Scientists expect El Nino to bring drought to much of southern Africa early next year.",
    "North Korea might be preparing a seventh nuclear test, South Korean lawmakers said, citing an "
    "intelligence briefing.",
    "Some economists think Argentina could default on its debt again within two years.",
    "Iraq invaded Kuwait in August 1990 and was driven out by a U.S.-led coalition seven months later.",
    "Nigeria fought a civil war from 1967 to 1970 after its south-east declared itself the independent "
    "republic of Biafra.",
    "The United States imposed a trade embargo on Cuba in 1962.",
    "Thousands of Nepalis cross into India every day to work on farms and building sites.",
    "Japan's prime minister traditionally sends a ritual offering to the Yasukuni shrine for its spring "
    "festival.",
    "Real Madrid defeated Borussia Dortmund 2-0 in London to win the Champions League final on Saturday.",
    "India's captain declared the innings closed at 450 for six on the second day of the Test in "
    "Adelaide.",
    "The Indian tycoon's ports group has captured about a quarter of the country's container market.",
    "The smartphone maker's new model has conquered the Indian market in just six months.",
    "Lionfish from the Pacific have colonised reefs across the Caribbean, marine biologists say.",
    "The new Nollywood thriller follows a Lagos detective who arrests a corrupt senator and exposes a "
    "smuggling ring.",
    "Commuters in Manila battle gridlock for hours every day.",
    "Rising sea levels threaten the very existence of Tuvalu, a chain of low-lying atolls in the "
    "Pacific.",
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.93, "actor_code": 0.93, "actor_sector": 0.92, "recipient": 0.89, "pass": 0.91,
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
    return _code([c[0] for c in STORIES], resources, "blind11")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind11-empty")


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


def test_blind11_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind11 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind11_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind11 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
