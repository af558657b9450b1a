"""Third blind article batch: eleven whole wire-style news articles, written on 2026-12-01 before the coder
was run on any of them, sentence by sentence with the events that happened in each.

Theme: a mixed wire day from around the world: a cabinet reshuffle in Peru and a no-confidence vote in
Romania, a cyclone in Bangladesh and international relief after another in Mozambique, a hostage release in
Afghanistan negotiated by Qatar, a trade deal signed at a summit in Hanoi, a journalist's arrest in Tunisia
and a press-freedom outcry over a Polish reporter held in Belarus, a border reopening between Burundi and
Rwanda after a dispute, a naval exercise between the Philippines, Japan and Australia, and a dockworkers'
strike that shuts Chile's ports. Each article runs as an agency writes it: a lead with the main act, then
background, reactions, quotes from officials and ordinary people, figures, history, analysts' views and what
happens next; about half of the sentences tell no act that happened.

Conventions: each sentence lists every act that happened as told in it (asserted, or reported by a source),
one (PLOVER type, actor code, recipient code) per act. Not listed: planned or future acts, hypothetical and
conditional acts, denied acts, history more than about a year old, habitual or generic statements, tallies and
statistics, opinions and forecasts, and the content of a promise, threat, demand or accusation. A promise,
offer or announced intention is itself AGREE, a threat THREATEN, a demand or appeal REQUEST; signing a formal
agreement is SUPPORT, a joint exercise COOPERATE, a release of hostages RETREAT, summoning an ambassador
ACCUSE, expelling a diplomat SANCTION, deploying troops or raising an alert MOBILIZE, police tear gas ASSAULT.
Codes are ISO three-letter country codes for a state's government, forces, people and groups alike; UNO for
the United Nations and its agencies; EUR for the European Union; IGO for other intergovernmental bodies (World
Bank, East African Community); NGO for non-governmental groups (Red Cross societies, MSF, press-freedom
groups). The actor is None where the sentence names no doer; the recipient is None where there is no target; a
joint act gives the first party as actor and the second as recipient. The gold is kept conservative: only acts
a careful analyst would code.

Scoring: per sentence, the coded events that happened (asserted or reported) are matched by type, one to one,
against the gold, giving precision and recall; actor precision counts a match only when one of the coded actor
codes is the gold actor (a gold actor of None matches any); and the number of coded events per sentence with
no act is measured against a ceiling.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, on commit 699f776 (the third 2026-12-01 session's coder, after the rules blind batches 30 to
36 and the first article batch prompted), with the score of `_score`: precision 0.787, recall 0.778,
actor precision 0.613, 0.112 events per sentence with no act. The session's starting coder (5610c44),
run on it afterwards for comparison: precision 0.785, recall 0.765, actor precision 0.595, 0.112 per
empty sentence. No gold was changed after the first run. Its misses were read and rules followed
(a minister "sworn in", a "stoppage" staged, relief carried to a city, rescuers and medical teams
sent, a consul ordered out, assurances given, a move called "an encouraging step", "a demonstration
of shared commitment", an act in the subject of an "if" clause, tear gas fired at "strikers"), so the
batch is no longer blind. Some of its gold follows conventions the coder does not: a criticism
"rejected" as REJECT and a charge "called absurd" as ACCUSE. FLOORS were set after those rules, a little
under its figures then.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: one gold event: (PLOVER type, actor code or None where the sentence names none, recipient code or None)
Gold = tuple[str, str | None, str | None]

#: (article id, [(sentence, [gold events that happened in it])]); a sentence with no act has []
ARTICLES: list[tuple[str, list[tuple[str, list[Gold]]]]] = [
    ("per-cabinet-reshuffle", [
        ("Peru's president replaced six ministers on Sunday, including the heads of the interior and economy "
         "portfolios, in the third cabinet shake-up since she took office fourteen months ago.", []),
        ("The new interior minister, a retired police general named Carlos Benavides, was sworn in at the "
         "government palace in Lima shortly after noon.", []),
        ("Opposition lawmakers denounced the changes as a cosmetic attempt to deflect anger over a string of "
         "extortion murders in the capital.", [("ACCUSE", "PER", "PER")]),
        ("\"Changing faces does not change results,\" said congresswoman Rosa Huaman of the centrist Avanza bloc.",
         []),
        ("Transport workers, whose drivers have been targeted by gangs demanding protection payments, staged a "
         "one-day stoppage in Lima on Friday that left many commuters stranded.", [("PROTEST", "PER", None)]),
        ("Polls published last month put the president's approval rating at 9 percent, among the lowest for any "
         "leader in the region.", []),
        ("Peru has had six presidents since 2018, and two of them were removed by Congress on grounds of "
         "'moral incapacity.'", []),
        ("The president defended the reshuffle in a televised address, saying the incoming team would put "
         "security before politics.", []),
        ("She also asked Congress to grant her cabinet emergency powers to deploy soldiers alongside police in "
         "nine districts of the capital.", [("REQUEST", "PER", "PER")]),
        ("The armed forces joint command said it had already moved 1,200 troops to the outskirts of Lima in "
         "preparation.", [("MOBILIZE", "PER", None)]),
        ("\"We close at six now because we are scared,\" said Milagros Quispe, a 47-year-old shop owner in the "
         "district of San Juan de Lurigancho.", []),
        ("Economists said the departure of the finance minister, a respected former central banker, could "
         "unsettle investors ahead of a bond sale in January.", []),
        ("The sol weakened 0.6 percent against the dollar in early trading on Monday.", []),
        ("The US embassy welcomed the appointments and offered to expand training for "
         "Peruvian police units.", [("SUPPORT", "USA", "PER"), ("AGREE", "USA", "PER")]),
        ("Congress is expected to hold a confidence vote on the new cabinet within 30 days, as the "
         "constitution requires.", []),
        ("Analysts say a defeat would allow the president to dissolve the legislature, a step she has so far "
         "declined to rule out.", []),
    ]),
    ("rou-no-confidence", [
        ("Romania's coalition government collapsed on Tuesday after parliament backed a no-confidence motion by "
         "248 votes, four more than needed.", []),
        ("The motion was tabled by the nationalist opposition, which accused the prime minister of mishandling a "
         "budget deficit that has become the largest in the European Union.", [("ACCUSE", "ROU", "ROU")]),
        ("Prime Minister Andrei Munteanu will remain in charge in an interim capacity until lawmakers approve a "
         "new cabinet.", []),
        ("Speaking outside the parliament building, he called the vote a reckless gamble with the country's "
         "savings and urged parties to agree on a caretaker budget before Christmas.",
         [("ACCUSE", "ROU", "ROU"), ("REQUEST", "ROU", "ROU")]),
        ("Romania's deficit reached 8.7 percent of economic output last year, well above the 3 percent ceiling "
         "set by EU rules.", []),
        ("The European Commission has placed the country under an excessive deficit procedure, which could in "
         "theory lead to a suspension of some EU funds.", []),
        ("A Commission spokesperson in Brussels urged Bucharest on Tuesday to keep to its agreed plan for "
         "narrowing the gap.", [("REQUEST", "EUR", "ROU")]),
        ("The leu fell to its weakest level ever against the euro after the result was announced.", []),
        ("Hundreds of people gathered in Bucharest's Victory Square in the evening, some waving flags and others "
         "chanting for early elections.", [("PROTEST", "ROU", None)]),
        ("\"Every year it is the same circus, and we pay for the tickets,\" said Elena Dobre, a 61-year-old "
         "retired teacher.", []),
        ("The head of state is due to begin consultations with party leaders on Thursday to nominate a new "
         "prime minister.", []),
        ("Under the constitution, a nominee has ten days to seek the confidence of parliament, and the chamber "
         "may be dissolved if two attempts fail within 60 days.", []),
        ("Romania has not held a snap election since the fall of communism in 1989.", []),
        ("Analysts at a Bucharest think tank said the most likely outcome was a technocratic government backed "
         "by the two largest parties.", []),
        ("Ratings agencies have said prolonged turmoil could push Romania's credit rating below investment "
         "grade.", []),
        ("Neighbouring Moldova, which relies on Romania for much of its electricity, said it was watching "
         "events in Bucharest closely.", []),
    ]),
    ("bgd-cyclone-relief", [
        ("A powerful cyclone slammed into Bangladesh's southern coast overnight, killing at least 38 people and "
         "forcing more than a million to flee to storm shelters.", []),
        ("Cyclone Arnab made landfall near the port of Mongla with sustained winds of up to 180 kilometres per "
         "hour, according to the country's meteorological department.", []),
        ("Many of the dead were crushed by falling trees or drowned when a surge several metres high swept over "
         "river embankments.", []),
        ("The government deployed 5,000 soldiers and navy personnel to help with rescue work, the disaster "
         "management ministry said.", [("MOBILIZE", "BGD", None)]),
        ("India sent two navy ships loaded with food, drinking water and medicine to the port of Chattogram on "
         "Tuesday.", [("AID", "IND", "BGD")]),
        ("Japan pledged 3 million dollars in emergency assistance, and the European Union released 1.5 million "
         "euros for shelter and clean water.", [("AGREE", "JPN", "BGD"), ("AID", "EUR", "BGD")]),
        ("The United Nations appealed for 40 million dollars to cover the needs of the worst-hit districts over "
         "the next three months.", [("REQUEST", "UNO", None)]),
        ("\"We lost everything, even the goats,\" said Abdul Karim, a 54-year-old fisherman sheltering in a "
         "school in Barguna district.", []),
        ("The World Food Programme said it had begun distributing high-energy biscuits to 200,000 people in the "
         "Khulna and Barisal divisions.", [("AID", "UNO", "BGD")]),
        ("Bangladesh's interim leader thanked neighbouring countries for their quick response and called on "
         "wealthier nations to do more for states exposed to climate change.",
         [("SUPPORT", "BGD", None), ("REQUEST", "BGD", None)]),
        ("The low-lying country of about 170 million people is among the most exposed in the world to storms "
         "and rising seas.", []),
        ("In 1991, a cyclone and tidal surge killed roughly 140,000 people along the same coastline.", []),
        ("Early warning systems and a network of thousands of concrete shelters have since sharply reduced the "
         "toll from such storms.", []),
        ("Aid workers said the biggest concern now was the spread of diarrhoea and other water-borne diseases "
         "in flooded camps.", []),
        ("Medecins Sans Frontieres flew a team of doctors to Cox's Bazar, where nearly a million Rohingya "
         "refugees shelter in fragile bamboo huts.", [("AID", "NGO", "BGD")]),
        ("Meteorologists expect the weakening storm to bring heavy rain to northeastern India and Myanmar later "
         "this week.", []),
    ]),
    ("moz-cyclone-aid", [
        ("Aid flights began landing in northern Mozambique on Wednesday, five days after a cyclone flattened "
         "homes and tore up roads across Nampula province.", [("AID", None, "MOZ")]),
        ("A South African air force transport plane carried tents, water purification tablets and a field "
         "clinic to the city of Nacala, the South African defence ministry said.", [("AID", "ZAF", "MOZ")]),
        ("The storm killed at least 94 people in Mozambique and 11 in neighbouring Malawi, according to "
         "government figures.", []),
        ("Nearly 300,000 people have been affected, many of them still sleeping in the open or in overcrowded "
         "churches.", []),
        ("\"The water came in the night, and by morning there was nothing left of the village,\" said Fatima "
         "Amade, a mother of four.", []),
        ("Mozambique's government asked the international community for help on Sunday, saying its own stocks "
         "of food and medicine had run out.", [("REQUEST", "MOZ", None)]),
        ("The World Bank approved a 50 million dollar grant to rebuild schools and health centres.",
         [("AID", "IGO", "MOZ")]),
        ("China said it would send a rescue team and emergency supplies worth 2 million dollars.",
         [("AGREE", "CHN", "MOZ")]),
        ("Portugal, the former colonial power, dispatched a team of firefighters and engineers to help restore "
         "the water supply in Nampula city.", [("AID", "PRT", "MOZ")]),
        ("Volunteers from the Mozambique Red Cross handed out food and hygiene kits to about 40,000 people, the "
         "society said.", [("AID", "NGO", "MOZ")]),
        ("Cyclones have struck Mozambique with growing frequency, and scientists link their rising intensity to "
         "warmer waters in the Indian Ocean.", []),
        ("Cyclone Idai killed more than 600 people in the country in 2019 and caused damage estimated at 2 "
         "billion dollars.", []),
        ("The northern region is also grappling with an Islamist insurgency that has displaced about a million "
         "people since 2017.", []),
        ("Aid agencies cautioned that the insurgency could hamper deliveries to remote districts in Cabo "
         "Delgado.", []),
        ("Rwandan troops, stationed in the province since 2021 to fight the militants, helped clear roads "
         "blocked by fallen trees on Tuesday.", [("AID", "RWA", "MOZ")]),
        ("The United Nations said it would release 10 million dollars from its central emergency fund as early "
         "as this week.", [("AGREE", "UNO", "MOZ")]),
    ]),
    ("afg-hostage-qatar", [
        ("Afghanistan's Taliban authorities freed a German aid worker on Saturday who had been held in Kabul for "
         "nearly eleven months.", [("RETREAT", "AFG", "DEU")]),
        ("Markus Lehmann, 63, was flown to Doha on a Qatari government plane and was greeted at the airport by "
         "relatives and German diplomats.", []),
        ("Qatari diplomats held several rounds of talks with Taliban officials in Kabul and Doha over the past "
         "three months to secure his freedom, a Qatari foreign ministry spokesman said.",
         [("CONSULT", "QAT", "AFG")]),
        ("The spokesman said no ransom had been paid and no prisoners were exchanged.", []),
        ("Lehmann, a water engineer who had worked in Afghanistan for more than a decade, was detained in "
         "January along with two Afghan colleagues.", [("COERCE", None, "DEU")]),
        ("The Taliban never publicly explained the reason for his arrest.", []),
        ("Germany's foreign minister thanked Qatar for what she called its tireless and discreet efforts.",
         [("SUPPORT", "DEU", "QAT")]),
        ("\"This is a day of great relief for his family and for all of us,\" she told reporters in Berlin.", []),
        ("His two Afghan colleagues remain in custody, and Berlin called on the Taliban to let them go without "
         "delay.", [("REQUEST", "DEU", "AFG")]),
        ("A Taliban spokesman described the decision as goodwill and said the cases of the other "
         "two men were a matter for Afghan courts.", []),
        ("Russia is so far the only country to have formally recognised the Taliban government, doing so in "
         "July 2025.", []),
        ("Western governments have withheld recognition over the Taliban's restrictions on women, who are barred "
         "from secondary school, university and most jobs.", []),
        ("Qatar has become a favoured go-between in recent years, brokering prisoner swaps between Washington and "
         "Tehran and hosting talks between Israel and Hamas.", []),
        ("At least a dozen foreigners are believed to be held by the Taliban, including two Americans, "
         "according to a US-based advocacy group.", []),
        ("Lehmann is expected to arrive in Frankfurt on Sunday and will undergo medical checks, the German "
         "foreign ministry said.", []),
        ("His sister, Anna, said the family had never stopped believing he would come home.", []),
    ]),
    ("bra-vnm-trade-summit", [
        ("Brazil and Vietnam signed a trade agreement on Thursday at a summit in Hanoi that will cut tariffs on "
         "beef, coffee machinery and electronics over the next seven years.", [("SUPPORT", "BRA", "VNM")]),
        ("Brazil's president and Vietnam's prime minister held two days of talks before the ceremony, the first "
         "visit by a Brazilian head of state to Hanoi in eleven years.", [("CONSULT", "BRA", "VNM")]),
        ("Trade between the two countries reached 7.2 billion dollars last year, with Brazil shipping soybeans, "
         "cotton and beef and Vietnam selling phones and textiles.", []),
        ("Under the agreement, Vietnam will scrap its 14 percent tariff on Brazilian frozen beef within three "
         "years, while Brazil will phase out duties on Vietnamese electronic components.", []),
        ("\"This is a bridge between two of the fastest-growing markets in the global south,\" the Brazilian "
         "leader told a joint news conference.", []),
        ("The two sides also agreed to open direct flights between Sao Paulo and Ho Chi Minh City before the close "
         "of next year.", [("AGREE", "BRA", "VNM")]),
        ("Vietnam's prime minister praised Brazil as a reliable partner in uncertain times, in an apparent "
         "reference to steep US tariffs on both countries' exports.", [("SUPPORT", "VNM", "BRA")]),
        ("Washington imposed duties as high as 50 percent on many Brazilian goods in 2025, and Vietnamese exports "
         "face a 20 percent levy.", []),
        ("Brazilian cattle ranchers welcomed the deal, saying it would open a market of 100 million consumers.",
         [("SUPPORT", "BRA", None)]),
        ("Vietnamese pig farmers were less enthusiastic.", []),
        ("\"We cannot compete with their prices, the farms there are a hundred times bigger,\" said Nguyen Van "
         "Tho, 45, who raises pigs in Dong Nai province.", []),
        ("The agreement must still be ratified by Brazil's Congress and Vietnam's National Assembly, which could "
         "take more than a year.", []),
        ("Trade analysts said the pact was modest in scope but symbolically important as both countries seek to "
         "rely less on the United States and China.", []),
        ("Brazil is also pushing to finalise a long-delayed trade deal between the Mercosur bloc and the "
         "European Union.", []),
        ("Before leaving Hanoi, the Brazilian president laid a wreath at the mausoleum of Ho Chi Minh.", []),
        ("He travels on Friday to Jakarta, where he is due to meet Indonesia's president.", []),
    ]),
    ("tun-journalist-arrest", [
        ("Police in Tunisia arrested a prominent radio journalist on Monday over comments he made on air about "
         "the country's prisons, his lawyer said.", [("COERCE", "TUN", "TUN")]),
        ("Officers searched the home of Sami Ben Salah, 52, shortly before dawn and seized his laptop and two "
         "phones.", [("COERCE", "TUN", "TUN")]),
        ("He is being held under a 2022 decree that punishes the spread of false news with up to five years "
         "in prison.", []),
        ("On his morning programme last week, Ben Salah had read out a letter from an inmate describing "
         "overcrowding at a jail near Tunis.", []),
        ("The Tunisian journalists' union condemned the arrest as a new assault on what remains of free "
         "expression in the country.", [("ACCUSE", "TUN", "TUN")]),
        ("Dozens of reporters rallied outside the courthouse in Tunis on Tuesday, holding up newspapers and "
         "chanting that journalism is not a crime.", [("PROTEST", "TUN", None)]),
        ("Reporters Without Borders said Tunisia had become a trap for journalists and urged the authorities to "
         "free him immediately.", [("ACCUSE", "NGO", "TUN"), ("REQUEST", "NGO", "TUN")]),
        ("The Committee to Protect Journalists said at least five media workers were currently behind bars in "
         "Tunisia.", []),
        ("\"Five years ago I would never have imagined this,\" said Amira, a 29-year-old student who listens to "
         "the show every morning and asked that her surname be withheld.", []),
        ("A spokesperson for the European Union's foreign service criticised the arrest and said press freedom "
         "was a cornerstone of the bloc's partnership with Tunisia.", [("ACCUSE", "EUR", "TUN")]),
        ("Tunisia's interior ministry rejected the criticism, saying the case had nothing to do with journalism "
         "and concerned falsehoods about state institutions.", [("REJECT", "TUN", None)]),
        ("The president, who assumed sweeping powers in 2021, has repeatedly said he will not tolerate foreign "
         "interference in Tunisia's affairs.", []),
        ("Dozens of opposition figures, lawyers and businessmen have been jailed since 2023 on charges ranging "
         "from conspiracy to corruption.", []),
        ("The country, once hailed as the only democratic success of the Arab Spring uprisings, now ranks "
         "129th in the annual press freedom index compiled by RSF.", []),
        ("A judge is due to decide on Thursday whether Ben Salah should stay in detention pending trial.", []),
        ("His wife, Leila, said he suffers from diabetes and appealed for him to be released on health grounds.",
         [("REQUEST", "TUN", "TUN")]),
    ]),
    ("blr-pol-journalist", [
        ("Belarusian security officers detained a Polish journalist in the city of Grodno, prompting Poland to "
         "summon Belarus's senior envoy in Warsaw on Wednesday.",
         [("COERCE", "BLR", "POL"), ("ACCUSE", "POL", "BLR")]),
        ("Tomasz Wrona, a correspondent for a Warsaw daily, was accused by the Belarusian KGB of collecting "
         "information for foreign intelligence services.", [("ACCUSE", "BLR", "POL")]),
        ("His editor said Wrona had valid accreditation and was working on a story about Polish-speaking "
         "pensioners.", []),
        ("\"Tomasz is a reporter, not a spy, and everyone in Minsk knows it,\" the editor told Polish radio.", []),
        ("Poland's foreign minister called the charges absurd and warned that Warsaw could close one of the "
         "two remaining border crossings with Belarus if the journalist was not freed within a week.",
         [("ACCUSE", "POL", "BLR"), ("THREATEN", "POL", "BLR")]),
        ("Belarus responded on Thursday by ordering a Polish consul in Grodno out of Belarus within 48 "
         "hours.", [("SANCTION", "BLR", "POL")]),
        ("The European Union demanded Wrona's immediate and unconditional release and said it was ready to "
         "consider further sanctions on Belarusian officials.",
         [("REQUEST", "EUR", "BLR"), ("THREATEN", "EUR", "BLR")]),
        ("Relations between Minsk and its western neighbours have been in deep freeze since a disputed election "
         "in 2020 and the crackdown that followed.", []),
        ("Belarus holds more than 1,100 political prisoners, including about 30 journalists, according to the "
         "rights group Viasna.", []),
        ("Poland closed its border with Belarus for nearly two weeks in 2025 during Russian-Belarusian military "
         "manoeuvres.", []),
        ("Press freedom groups said Wrona was the first foreign reporter held in Belarus this year.", []),
        ("The International Federation of Journalists described the case as hostage diplomacy and urged "
         "European governments to act together.", [("ACCUSE", "NGO", "BLR"), ("REQUEST", "NGO", None)]),
        ("In Warsaw, about 200 journalists and supporters held a candlelit vigil outside the Belarusian embassy "
         "on Thursday evening.", [("PROTEST", "POL", "BLR")]),
        ("\"We came because it could have been any of us,\" said Marta Zielinska, a 38-year-old photographer.",
         []),
        ("The Belarusian foreign ministry said the detention was a legal matter and rejected what it called "
         "Polish pressure.", [("REJECT", "BLR", "POL")]),
        ("Minsk has freed dozens of prisoners in deals with the United States over the past two years, often in "
         "exchange for relief from sanctions.", []),
    ]),
    ("bdi-rwa-border", [
        ("Burundi reopened its border with Rwanda on Monday, ending a closure of nearly three years that had cut "
         "off traders and families on both sides.", [("CONCEDE", "BDI", "RWA")]),
        ("Trucks and people on foot began crossing at the Nemba-Gasenyi post shortly after 8 a.m., according to "
         "witnesses.", []),
        ("The decision followed two rounds of talks between the two countries' foreign ministers in Nairobi, "
         "brokered by Kenya and the East African Community.", [("CONSULT", "BDI", "RWA")]),
        ("Burundi shut the frontier in January 2024, accusing Rwanda of backing a rebel group that had attacked "
         "a town near the capital.", []),
        ("Rwanda denied the accusation.", []),
        ("On Monday Burundi's foreign minister said Rwanda had given credible assurances that it would not "
         "allow armed groups to operate from its territory.", [("AGREE", "RWA", "BDI")]),
        ("Rwanda's government welcomed the reopening as a victory for common sense and said it would lift its "
         "own restrictions on Burundian goods before the week is out.",
         [("SUPPORT", "RWA", "BDI"), ("AGREE", "RWA", "BDI")]),
        ("\"For three years I had to go through Tanzania to sell my bananas, and it took four days,\" said "
         "Jeanine Uwase, a 41-year-old trader in Bugesera.", []),
        ("Cross-border commerce between the neighbours was worth about 60 million dollars a year before the "
         "closure, much of it informal.", []),
        ("The East African Community praised both governments and urged them to restore full diplomatic ties.",
         [("SUPPORT", "IGO", "BDI"), ("REQUEST", "IGO", "BDI")]),
        ("Ambassadors have not been exchanged since 2015, when relations collapsed after a failed coup attempt "
         "in Burundi.", []),
        ("The conflict in eastern Congo, where Burundian troops fight alongside Congolese forces against the "
         "Rwanda-backed M23 rebels, remains a source of tension.", []),
        ("Analysts cautioned that the reopening could be reversed quickly if fighting in Congo escalated.", []),
        ("The United States, which has been mediating between Rwanda and Congo, called the move an encouraging "
         "step toward regional stability.", [("SUPPORT", "USA", "BDI")]),
        ("Burundi's economy has been squeezed by fuel shortages and a lack of foreign currency, and officials "
         "hope the reopening will bring down prices in Bujumbura's markets.", []),
        ("Customs officers on the Burundian side said more than 400 people had crossed by midday.", []),
    ]),
    ("phl-naval-exercise", [
        ("Warships from the Philippines, Japan and Australia began a four-day joint exercise on Saturday in "
         "contested South China Sea waters, the Philippine armed forces said.", [("COOPERATE", "PHL", "JPN")]),
        ("The drills, involving five vessels and two maritime patrol aircraft, are taking place about 100 "
         "nautical miles west of the island of Palawan.", []),
        ("They include anti-submarine warfare training, refuelling at sea and communication drills, a "
         "Philippine navy spokesman told reporters.", []),
        ("China's coast guard sent two ships to shadow the group within hours of the exercise starting, "
         "according to Philippine officials.", [("MOBILIZE", "CHN", "PHL")]),
        ("Beijing's defence ministry accused Manila of colluding with outside countries to stir up trouble and "
         "said Chinese forces had been placed on high alert.",
         [("ACCUSE", "CHN", "PHL"), ("MOBILIZE", "CHN", None)]),
        ("The Philippines rejected the criticism, saying it had every right to hold drills with its partners "
         "inside its own exclusive economic zone.", [("REJECT", "PHL", "CHN")]),
        ("Confrontations between Chinese and Philippine vessels have become common around disputed shoals, with "
         "Chinese ships using water cannon and ramming on several occasions.", []),
        ("In 2016, an international arbitration tribunal ruled that China's sweeping claims in the waterway had "
         "no legal basis, a decision Beijing has refused to recognise.", []),
        ("Japan and the Philippines signed a reciprocal access agreement in 2024 that allows their forces to "
         "train on each other's territory.", []),
        ("Australia's defence minister said the exercise showed that like-minded countries were standing "
         "together for a free and open region.", []),
        ("Washington voiced support for the drills, with the State Department calling them a demonstration of "
         "shared commitment to international law.", [("SUPPORT", "USA", "PHL")]),
        ("\"We are fishermen, we do not want war, we just want to be able to fish,\" said Rodel Santos, 36, who "
         "works out of a port in Palawan.", []),
        ("Philippine fishermen say Chinese vessels have chased them away from traditional fishing grounds for "
         "years.", []),
        ("Trade through the South China Sea is estimated at more than 3 trillion dollars a year.", []),
        ("Vietnam, Malaysia, Brunei and Taiwan also have overlapping claims in the sea.", []),
        ("The exercise is due to end on Tuesday, and the Philippines plans similar drills with France and "
         "Canada early next year.", []),
    ]),
    ("chl-port-strike", [
        ("A nationwide strike by dockworkers shut down Chile's main ports on Tuesday, stranding dozens of cargo "
         "ships and halting exports of copper and fruit.", [("PROTEST", "CHL", None)]),
        ("Union leaders say they are fighting a government plan to raise the retirement age for port workers "
         "and allow automated cranes at the biggest terminals.", []),
        ("At San Antonio, the busiest container port on South America's Pacific coast, lines of trucks "
         "stretched for several kilometres along the access road.", []),
        ("\"We are tired of being treated like machines that can be switched off,\" said Luis Aravena, a "
         "54-year-old crane operator.", []),
        ("Chile's exporters association said the strike was costing about 90 million dollars a day and urged "
         "the government to negotiate.", [("REQUEST", "CHL", "CHL")]),
        ("The labour minister met union representatives in Santiago late on Tuesday, but the talks ended "
         "without agreement.", [("CONSULT", "CHL", "CHL")]),
        ("The government has warned that it could invoke a law allowing it to order workers back in sectors "
         "deemed essential.", [("THREATEN", "CHL", "CHL")]),
        ("Cherry season, which brings Chile more than 2 billion dollars in exports a year, is weeks away, and "
         "growers fear fruit could rot in warehouses.", []),
        ("China, which buys about 90 percent of Chile's cherries, said it was following the situation "
         "closely.", []),
        ("Police fired tear gas at strikers who tried to block the entrance to the port of Valparaiso on "
         "Tuesday afternoon, the union said.", [("ASSAULT", "CHL", "CHL")]),
        ("Eleven people were detained, according to police.", [("COERCE", None, "CHL")]),
        ("Port strikes in 2023 and 2024 lasted less than a week each and ended with pay rises.", []),
        ("Analysts said the government, which faces a tight budget and an approval rating below 30 percent, had "
         "little room to offer concessions.", []),
        ("Truckers' groups said they would join the strike on Thursday if police used force again.",
         [("THREATEN", "CHL", "CHL")]),
        ("Shipping lines including Maersk and Hapag-Lloyd said they were diverting some vessels to ports in "
         "Peru.", []),
        ("Union leaders planned to hold an assembly on Wednesday to decide their next steps.", []),
    ]),
]

FLOORS = {"precision": 0.89, "recall": 0.83, "actor_precision": 0.7, "max_per_empty": 0.07}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _text(sentences: list[tuple[str, list[Gold]]]) -> tuple[str, list[tuple[int, int]]]:
    """The article as the coder reads it (sentences joined by spaces, a paragraph every three
    sentences) and each sentence's character span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, (s, _) in enumerate(sentences):
        sep = "" if i == 0 else ("\n\n" if i % 3 == 0 else " ")
        pos += len(sep)
        parts.append(sep + s)
        spans.append((pos, pos + len(s)))
        pos += len(s)
    return "".join(parts), spans


def coded_articles(resources: Resources) -> list[list[Event]]:
    docs = []
    for aid, sentences in ARTICLES:
        text, _ = _text(sentences)
        docs.append(Document(id=aid, text=text, raw_text=text, published=PUBLISHED))
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded(resources: Resources) -> list[list[Event]]:
    return coded_articles(resources)


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """Per sentence, the coded events that happened (by the start of their trigger) against the
    gold: a coded type matches a gold event of that type one to one; with its actor when one of
    the coded actor codes is the gold actor (a gold actor of None matches any)."""
    n_coded = n_gold = hits = actor_hits = 0
    empty_sentences = empty_events = 0
    lines = []
    for (aid, sentences), events in zip(ARTICLES, coded, strict=True):
        _, spans = _text(sentences)
        for (sentence, gold), (lo, hi) in zip(sentences, spans, strict=True):
            mine = [e for e in events if e.modality in HAPPENED and lo <= (e.trigger or {}).get("start", -1) < hi]
            n_coded += len(mine)
            n_gold += len(gold)
            if not gold:
                empty_sentences += 1
                empty_events += len(mine)
            want = Counter(g[0] for g in gold)
            got = Counter(e.event for e in mine)
            matched = sum((want & got).values())
            hits += matched
            free = list(gold)
            for e in mine:
                codes = {p.get("code") for p in e.actor}
                g = next((g for g in free if g[0] == e.event and (g[1] is None or g[1] in codes)), None)
                if g is not None:
                    actor_hits += 1
                    free.remove(g)
            if matched < max(len(gold), len(mine)):
                lines.append(f"{aid}: {sentence!r}: want {gold}, got "
                             f"{[(e.event, sorted(str(p.get('code')) for p in e.actor), e.modality) for e in mine]}")
    rates = {"precision": hits / n_coded if n_coded else 1.0, "recall": hits / n_gold if n_gold else 1.0,
             "actor_precision": actor_hits / n_coded if n_coded else 1.0,
             "max_per_empty": empty_events / empty_sentences if empty_sentences else 0.0}
    return rates, lines


def test_articles_coded_whole(coded: list[list[Event]]) -> None:
    rates, lines = _score(coded)
    low = {k: round(v, 3) for k, v in rates.items() if (v > FLOORS[k] if k.startswith("max_") else v < FLOORS[k])}
    assert not low, f"below the floors {FLOORS}: {low} (all: { {k: round(v, 3) for k, v in rates.items()} })\n" \
        + "\n".join(lines)


def test_articles_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert 8 <= len(ARTICLES) <= 16
    assert len({a for a, _ in ARTICLES}) == len(ARTICLES)
    sentences = [s for _, ss in ARTICLES for s, _ in ss]
    assert len(sentences) == len(set(sentences)) and 100 <= len(sentences) <= 220
    golds: list[Any] = [g for _, ss in ARTICLES for _, gs in ss for g in gs]
    assert all(g[0] in types for g in golds)
    assert all(c is None or (len(c) == 3 and c.isupper()) for g in golds for c in g[1:])
    assert sum(not gs for _, ss in ARTICLES for _, gs in ss) >= len(sentences) // 3
    assert set(FLOORS) == {"precision", "recall", "actor_precision", "max_per_empty"}
