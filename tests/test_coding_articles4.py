"""The fourth blind article batch: eleven whole news articles, written on 2026-12-01 before the coder was run
on any of them, to measure how the coder does sentence by sentence on text it has never seen.

Theme: regional news of a single week, in the style of an agency wire (VOA, AP, Reuters, AFP): a coup attempt
foiled in Guinea-Bissau and the ECOWAS mission that followed, a flood in northeastern Bangladesh and the aid
that came after it, opposition arrests before an election in Kyrgyzstan, a fisheries dispute between the
Solomon Islands and China, a tariff quarrel between Colombia and Ecuador, Omani mediation between Saudi Arabia
and Yemen's Houthis, a border incident on the Danube between Croatia and Serbia, a teachers' strike in
Morocco, and a peace deal signed between Ethiopia's government and the Oromo Liberation Army. Each article has
a lead with the main act, then background, reactions, quotes from officials and ordinary people, figures,
history, analysts' views and what happens next; about half the sentences hold no act that happened.

Conventions of the gold: for each sentence, every event that happened as told in it (asserted, or reported by
a source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is
itself an AGREE, a threat a THREATEN, a demand or appeal a REQUEST; the content of a promise, threat, demand
or accusation is not listed as a separate event. Not listed: planned or future acts, hypothetical or
conditional acts, denied acts, acts more than about a year before the story, habitual or generic statements,
statistics and tallies, opinions and forecasts, and statements to the press that are none of the types.
Signing a formal agreement is SUPPORT; summoning an ambassador is ACCUSE; releasing prisoners is RETREAT;
easing a curfew is CONCEDE. Codes are ISO 3166 alpha-3 for a state's government, forces, people or groups
alike; UNO for the United Nations and its agencies, EUR for the European Union, IGO for other
intergovernmental bodies (ECOWAS, African Union, World Bank), NGO for non-governmental bodies (Amnesty, HRW,
MSF, Red Crescent societies). The actor is None where the sentence names no doer, the recipient None where
there is no target; a joint act gives the first party as actor and the second as recipient. The gold is kept
conservative: only acts a careful analyst would code.

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start of
their trigger) are matched against the gold by type, one to one; precision and recall over all sentences,
actor precision (a match whose coded actors include the gold actor, a gold actor of None matching any), and
the number of coded events per sentence that holds no act.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_art.py) and none was found.

FIRST RUN, on commit c386b4d (the third 2026-12-01 session's coder, after the rules blind batches 30 to
37 and article batches 1 and 3 prompted), with the score of `_score`: precision 0.907, recall 0.782,
actor precision 0.733, 0.043 events per sentence with no act. The session's starting coder
(5610c44), run on it afterwards for comparison: precision 0.905, recall 0.770, actor precision 0.730,
0.032 per empty sentence. No gold was changed after the first run; its misses were read, so the
batch is no longer blind.
FLOORS were set after the first run (and, for a batch read, the rules it prompted), a little under its
figures then.
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
    ("gnb-coup-attempt", [
        ("Troops loyal to Guinea-Bissau's president thwarted an attempted coup before dawn on Tuesday and "
         "arrested 14 officers, the government said.", [("COERCE", "GNB", "GNB")]),
        ("Mutinous soldiers exchanged fire with the presidential guard for nearly two hours around the "
         "palace and the army headquarters in Bissau, residents said.", [("ASSAULT", "GNB", "GNB")]),
        ("The death toll stood at four on Tuesday evening, three soldiers and a civilian, according to an "
         "official at the main hospital.", []),
        ("The president appeared on state television in the afternoon, flanked by the army chief of staff, "
         "and said the situation was under control.", []),
        ("“The nation is calm and our institutions are standing,” he said.", []),
        ("The West African regional bloc ECOWAS condemned the attempt and urged the armed forces to respect "
         "the constitution.", [("ACCUSE", "IGO", "GNB"), ("REQUEST", "IGO", "GNB")]),
        ("The chairperson of the African Union Commission telephoned the president to express solidarity, "
         "his office said.", [("CONSULT", "IGO", "GNB"), ("SUPPORT", "IGO", "GNB")]),
        ("Guinea-Bissau has seen four successful coups and many more attempts since it won independence "
         "from Portugal in 1974.", []),
        ("Analysts say cocaine traffickers, who use the country's maze of islands as a staging post for "
         "shipments to Europe, have long courted senior officers.", []),
        ("Among the detained men is a navy commander who lost his post in a reshuffle last year, a security "
         "source told AFP.", []),
        ("Police also detained an opposition lawmaker for questioning on Tuesday afternoon, his party said.",
         [("COERCE", "GNB", "GNB")]),
        ("The PAIGC party denounced the detention as a pretext to silence critics before next year's "
         "presidential election.", [("ACCUSE", "GNB", "GNB")]),
        ("In the market near the port, traders were slowly reopening their stalls by midday.", []),
        ("“We heard the shooting and hid under the tables with the children,” said Fatumata Balde, a "
         "38-year-old fish seller.", []),
        ("The government imposed a night curfew across the capital until further notice.",
         [("COERCE", "GNB", "GNB")]),
        ("Airline officials said flights into Bissau were expected to resume on Friday.", []),
    ]),
    ("bgd-flood", [
        ("Floodwaters swollen by a week of monsoon downpours have submerged hundreds of villages in "
         "northeastern Bangladesh, leaving more than 2 million people cut off, officials said on Wednesday.",
         []),
        ("Rescue crews in wooden boats reached families stranded on rooftops in Sylhet and Sunamganj "
         "districts, local administrators said.", []),
        ("At least 41 people have died since the rivers began rising, most of them by drowning or in "
         "landslides, according to the disaster management ministry.", []),
        ("The United Nations released $5 million from its central emergency fund on Wednesday to pay for "
         "food, clean water and shelter for the displaced.", [("AID", "UNO", "BGD")]),
        ("Japan flew in two planeloads of tents, water purifiers and generators, its embassy in Dhaka said.",
         [("AID", "JPN", "BGD")]),
        ("India, whose northeastern state of Assam has also been hit, offered to send medical teams across "
         "the border.", [("AGREE", "IND", "BGD")]),
        ("The prime minister's office promised each displaced family 20 kilograms of rice and a cash grant "
         "of 5,000 taka.", [("AGREE", "BGD", "BGD")]),
        ("“The water came at night and took everything, our cows, our rice, the tin roof,” said Abdul "
         "Karim, 54, a farmer sheltering in a school.", []),
        ("“Nobody from the government has come to this place yet,” he said.", []),
        ("Bangladesh is among the countries most exposed to climate change, and scientists say monsoon "
         "rains have grown heavier and harder to predict.", []),
        ("In 2022, floods in the same region affected more than 7 million people.", []),
        ("The Bangladesh Red Crescent Society appealed for donations to help 150,000 of the worst-hit "
         "people through the coming winter.", [("REQUEST", "NGO", None)]),
        ("Medecins Sans Frontieres flew a cholera treatment team into Sylhet on Thursday, the charity said.",
         [("AID", "NGO", "BGD")]),
        ("Opposition leaders criticised the government for failing to evacuate low-lying villages despite "
         "warnings from forecasters.", [("ACCUSE", "BGD", "BGD")]),
        ("Meteorologists expect more rain over the weekend, and rivers upstream in India's Meghalaya state "
         "are still rising.", []),
        ("Engineers say several embankments along the Surma river were weakened by the last flood and never "
         "properly repaired.", []),
    ]),
    ("kgz-opposition-arrests", [
        ("Police in Kyrgyzstan detained at least nine opposition activists overnight, less than three weeks "
         "before a parliamentary election, their lawyers said on Thursday.", [("COERCE", "KGZ", "KGZ")]),
        ("Among those held was Aibek Toktogulov, leader of the Ata-Jurt movement, who was taken from his "
         "flat in Bishkek shortly after midnight.", [("COERCE", None, "KGZ")]),
        ("The State Committee for National Security said a court had ordered the activists kept in pretrial "
         "detention for two months.", [("COERCE", "KGZ", "KGZ")]),
        ("The committee accused them of planning mass riots to disrupt the vote, a charge that carries up "
         "to eight years in prison.", [("ACCUSE", "KGZ", "KGZ")]),
        ("“They came in masks and did not show us any papers,” said his wife, Nurgul, speaking by "
         "telephone.", []),
        ("“Our children keep asking where their father is,” she said.", []),
        ("Washington said it was concerned by the detentions and called on the authorities to respect "
         "freedom of assembly.", [("REQUEST", "USA", "KGZ")]),
        ("Human Rights Watch urged the government to free the activists at once or charge them with a "
         "recognisable offence.", [("REQUEST", "NGO", "KGZ")]),
        ("The president has steadily concentrated power since 2021, when voters approved a new constitution "
         "that strengthened his office.", []),
        ("Dozens of journalists and bloggers have been prosecuted in the past two years, and several "
         "independent news sites have been blocked.", []),
        ("On Thursday afternoon, about 200 supporters of the movement gathered outside the security "
         "committee's headquarters, chanting for the release of their leader.", [("PROTEST", "KGZ", "KGZ")]),
        ("Riot police detained at least 15 of them after about an hour, witnesses said.",
         [("COERCE", "KGZ", "KGZ")]),
        ("The Central Election Commission has registered 14 parties for the vote, but only six are expected "
         "to clear the 5 percent threshold.", []),
        ("“The authorities are sending a signal that the space for dissent is closed,” said Azamat Usenov, "
         "a political analyst in Bishkek.", []),
        ("Observers from the Organization for Security and Co-operation in Europe are due to arrive next "
         "week to monitor the vote.", []),
        ("Street protests have toppled three Kyrgyz presidents since the country gained independence from "
         "the Soviet Union in 1991.", []),
    ]),
    ("slb-fisheries-dispute", [
        ("A Solomon Islands patrol boat seized two Chinese-flagged fishing vessels inside the Pacific "
         "nation's maritime zone on Monday, accusing their crews of taking tuna without a licence.",
         [("COERCE", "SLB", "CHN"), ("ACCUSE", "SLB", "CHN")]),
        ("The two longliners, with 38 crew members on board, were due in the port of Honiara on Tuesday "
         "evening.", []),
        ("China's embassy in Honiara lodged a protest with the foreign ministry and demanded the immediate "
         "release of the crews.", [("ACCUSE", "CHN", "SLB"), ("REQUEST", "CHN", "SLB")]),
        ("An embassy spokesman said the boats had been fishing in international waters at the time.", []),
        ("Tuna is the biggest export of many Pacific island states, and licence fees paid by foreign fleets "
         "make up a large share of government revenue.", []),
        ("The Pacific Islands Forum Fisheries Agency estimates that illegal fishing costs the region "
         "hundreds of millions of dollars a year.", []),
        ("The fisheries minister said the two captains would appear before a magistrate on Wednesday.", []),
        ("“The ocean is our bank account, and people are taking money out of it,” said Hilda Toata, who "
         "sells smoked fish at Honiara's central market.", []),
        ("Australia, which funds the patrol boat programme, said it backed the Solomon Islands' right to "
         "enforce its fishing laws.", [("SUPPORT", "AUS", "SLB")]),
        ("Ties between Honiara and Beijing have grown closer since 2019, when the island nation cut its "
         "diplomatic ties with Taipei in favour of Beijing.", []),
        ("In 2022, the two governments signed a security pact that alarmed Washington and Canberra.", []),
        ("On Tuesday, the Solomon Islands prime minister held a phone call with the Chinese ambassador, his "
         "office said, without giving details.", [("CONSULT", "SLB", "CHN")]),
        ("Fiji offered to share satellite data on vessel movements with Honiara to support the "
         "investigation.", [("AGREE", "FJI", "SLB")]),
        ("Regional fisheries ministers will gather in Nuku'alofa next month to review licence terms for "
         "distant-water fleets.", []),
        ("Analysts said the case would test how far Honiara is willing to confront its most important new "
         "partner.", []),
    ]),
    ("col-ecu-trade", [
        ("Colombia slapped a 20 percent duty on imports of Ecuadorian rice and bananas on Friday, "
         "escalating a months-long quarrel over border security.", [("SANCTION", "COL", "ECU")]),
        ("The measure, announced in a late-night decree, covers goods worth about $400 million a year, "
         "according to trade ministry figures.", []),
        ("Ecuador's foreign ministry called the decision “disproportionate” and summoned Colombia's "
         "ambassador in Quito.", [("ACCUSE", "ECU", "COL"), ("ACCUSE", "ECU", "COL")]),
        ("Relations have soured over Ecuadorian complaints that Colombia does too little to police the "
         "border, where drug gangs and arms smugglers move freely.", []),
        ("Two-way trade came to about $2.5 billion last year, with Colombia running a large surplus.", []),
        ("At the Rumichaca bridge, the main crossing, lines of lorries stretched for several kilometres on "
         "Saturday as drivers waited to learn whether their cargo would be taxed.", []),
        ("“I have 30 tonnes of bananas in here and they will rot,” said Wilson Pantoja, a 47-year-old "
         "driver from Tulcan.", []),
        ("Colombia's main business federation urged the president to reverse the tariffs and negotiate.",
         [("REQUEST", "COL", "COL")]),
        ("Truckers in the Ecuadorian border province of Carchi blocked the Pan-American Highway near "
         "Ipiales for several hours on Saturday in protest at the tariffs.", [("PROTEST", "ECU", "COL")]),
        ("Brazil's foreign minister telephoned his counterparts in Bogota and Quito on Sunday and offered "
         "to host a meeting.",
         [("CONSULT", "BRA", "COL"), ("CONSULT", "BRA", "ECU"), ("AGREE", "BRA", "COL")]),
        ("Ecuador accepted the offer on Sunday evening.", [("AGREE", "ECU", "BRA")]),
        ("Colombia's president posted on social media that his country “will not negotiate under pressure.”",
         [("REJECT", "COL", "ECU")]),
        ("Both countries belong to the Andean Community, whose rules forbid most tariffs between members.",
         []),
        ("Economists warn that a long dispute could push up food prices in Ecuador, which buys much of its "
         "sugar and medicine from Colombia.", []),
        ("The neighbours settled a smaller row over electricity exports in 2023 after two months of "
         "negotiations.", []),
    ]),
    ("omn-yemen-mediation", [
        ("Saudi Arabia and Yemen's Houthi rebels agreed on Saturday to exchange more than 300 prisoners, "
         "the Omani foreign ministry said.", [("AGREE", "SAU", "YEM")]),
        ("Saudi and Houthi delegations held five days of indirect talks in a Muscat hotel, according to two "
         "people familiar with the negotiations.", [("CONSULT", "SAU", "YEM")]),
        ("The exchange, to be supervised by the Red Cross, is expected to take place within three weeks.",
         []),
        ("It would be the largest swap since April 2023, when nearly 900 detainees were freed over three "
         "days.", []),
        ("Saudi Arabia's foreign minister thanked Oman for its efforts in a statement on Saturday evening.",
         [("SUPPORT", "SAU", "OMN")]),
        ("A Houthi negotiator said the group hoped the deal would open the door to the release of all "
         "prisoners.", []),
        ("The United Nations envoy to Yemen welcomed the agreement and urged both sides to build on it.",
         [("SUPPORT", "UNO", "YEM"), ("REQUEST", "UNO", "YEM")]),
        ("Oman, which borders Yemen, has long served as a channel between the Houthis and their "
         "adversaries, as well as between Iran and the United States.", []),
        ("Qatar and Oman have become the Gulf's busiest mediators in recent years, hosting talks on "
         "conflicts from Afghanistan to Congo.", []),
        ("The war in Yemen has left tens of thousands of people dead and pushed millions to the edge of "
         "famine, according to U.N. agencies.", []),
        ("“My son has been gone for six years, and I will believe it when I hold him,” said Umm Ahmed, a "
         "61-year-old woman in Sanaa.", []),
        ("A direct flight between Sanaa and Riyadh is being considered to carry freed prisoners, a Saudi "
         "official told Reuters on condition of anonymity.", []),
        ("Talks on a broader roadmap, including the payment of public salaries and the reopening of roads, "
         "stalled after attacks on Red Sea shipping began in late 2023.", []),
        ("Saudi and Houthi negotiators agreed to meet again in Muscat in January to discuss the return of "
         "bodies and the fate of the missing.", [("AGREE", "SAU", "YEM")]),
        ("Analysts cautioned that earlier deals had been held up for months by disputes over names on the "
         "lists.", []),
    ]),
    ("hrv-srb-danube", [
        ("Croatia summoned Serbia's ambassador on Monday over an incident on the Danube in which two "
         "Croatian fishermen were held for several hours by Serbian soldiers.",
         [("ACCUSE", "HRV", "SRB"), ("COERCE", "SRB", "HRV")]),
        ("The two men, brothers aged 52 and 49, were released unharmed in the afternoon and returned to the "
         "Croatian bank, police said.", [("RETREAT", None, "HRV")]),
        ("“We have fished this stretch of river all our lives,” the older brother told Croatian television.",
         []),
        ("Serbia's defence ministry said the men had strayed onto the Serbian side of the river and were "
         "treated correctly.", []),
        ("The border along the Danube has never been fully agreed, and both countries claim several islands "
         "and stretches of riverbank.", []),
        ("Croatia's foreign minister said in Zagreb that Belgrade must explain what happened and make sure "
         "it is not repeated.", [("REQUEST", "HRV", "SRB")]),
        ("Serbia's president accused Zagreb of whipping up a media campaign against Serbia ahead of a "
         "European Union summit.", [("ACCUSE", "SRB", "HRV")]),
        ("Croatia, an EU member since 2013, has long tied its support for Serbia's accession to progress on "
         "the border and on people still missing from the 1990s war.", []),
        ("Relations between the two former Yugoslav republics have been tense since the war of 1991 to "
         "1995, in which more than 20,000 people were killed.", []),
        ("The European Commission called on both governments to show restraint and settle the matter "
         "through diplomatic channels.", [("REQUEST", "EUR", "HRV")]),
        ("Croatian police stepped up patrols along the river on Tuesday, and a police helicopter circled "
         "over the area for much of the day.", [("MOBILIZE", "HRV", None)]),
        ("In Dalj, a village of about 3,000 people on the Croatian bank, residents said fishing trips had "
         "become a source of worry.", []),
        ("“Nobody knows where the line runs in the water,” said Marko, a 67-year-old pensioner who declined "
         "to give his surname.", []),
        ("A joint border commission set up in 2002 has met only a handful of times and has produced no "
         "agreement.", []),
        ("Diplomats in Zagreb said they did not expect the incident to escalate further.", []),
    ]),
    ("mar-teachers-strike", [
        ("Tens of thousands of public school teachers in Morocco went on strike on Wednesday, shutting "
         "classrooms across the country in a dispute over pay and a new employment statute.",
         [("PROTEST", "MAR", "MAR")]),
        ("Unions said about 80 percent of teachers had stayed away from work, while the education ministry "
         "put the figure at 45 percent.", []),
        ("In Rabat, several thousand teachers marched from the parliament to the ministry, waving "
         "chalkboards and chanting slogans against the government.", [("PROTEST", "MAR", "MAR")]),
        ("The march ended peacefully in the early afternoon, witnesses said.", []),
        ("“I earn less than a taxi driver after 17 years in the classroom,” said Khadija, a 44-year-old "
         "primary school teacher from Sale.", []),
        ("On Tuesday, the unions rejected a government offer of a 1,000-dirham monthly raise spread over "
         "two years.", [("REJECT", "MAR", "MAR")]),
        ("The education minister said the offer was the most the state could afford and urged teachers to "
         "return to their classrooms.", [("REQUEST", "MAR", "MAR")]),
        ("He warned that strikers would have their wages docked for each day missed.",
         [("THREATEN", "MAR", "MAR")]),
        ("Parents' associations said pupils had already lost nearly six weeks of lessons during a similar "
         "strike in 2023.", []),
        ("Morocco spends about 6 percent of its GDP on education, but international surveys rank its pupils "
         "near the bottom in reading and mathematics.", []),
        ("Students at several high schools in Casablanca joined the teachers on Wednesday, staging sit-ins "
         "in their playgrounds.", [("PROTEST", "MAR", "MAR")]),
        ("A decision on further action is expected after the union councils meet on Saturday.", []),
        ("The head of government's office said late on Wednesday that the government remained open to "
         "dialogue with the unions.", [("AGREE", "MAR", "MAR")]),
        ("Public sector strikes have become more frequent in Morocco since 2022 as inflation has eaten into "
         "salaries.", []),
        ("Private schools, which teach about 15 percent of pupils, were open as usual.", []),
    ]),
    ("eth-ola-peace", [
        ("Ethiopia's government and the Oromo Liberation Army signed a peace agreement in Nairobi on "
         "Friday, aiming to end a rebellion that has killed thousands in the country's most populous "
         "region.", [("SUPPORT", "ETH", "ETH")]),
        ("The deal provides for a permanent ceasefire, the disarmament of rebel fighters within six months "
         "and their integration into the regional police.", []),
        ("The government and the rebels also agreed to free prisoners and to give aid agencies unhindered "
         "access to conflict areas.", [("AGREE", "ETH", "ETH")]),
        ("Kenya's president, speaking at the signing ceremony, called the agreement “a victory for the "
         "people of Ethiopia and the whole region.”", [("SUPPORT", "KEN", "ETH")]),
        ("The African Union, the United Nations and the United States welcomed the deal in separate "
         "statements.", [("SUPPORT", "IGO", "ETH"), ("SUPPORT", "UNO", "ETH"), ("SUPPORT", "USA", "ETH")]),
        ("The OLA, which parliament designated a terrorist organisation in 2021, has fought for greater "
         "autonomy for the Oromo people since breaking with a political party in 2018.", []),
        ("Earlier rounds of talks in Tanzania in 2023 collapsed without agreement.", []),
        ("Fighting in Oromia has uprooted hundreds of thousands of villagers, and kidnappings for ransom "
         "have become common on the region's roads.", []),
        ("“We have buried too many of our young men,” said Tolosa Gemechu, a 58-year-old coffee grower near "
         "the town of Nekemte, reached by telephone.", []),
        ("A rebel commander told reporters that his fighters would begin moving to assembly points within "
         "30 days.", [("AGREE", "ETH", "ETH")]),
        ("On Saturday, the government freed 120 jailed OLA members from a prison in Adama as a goodwill "
         "gesture, state media reported.", [("RETREAT", "ETH", "ETH")]),
        ("Human rights groups urged both parties to ensure that those responsible for abuses during the "
         "conflict are held to account.", [("REQUEST", "NGO", "ETH")]),
        ("Ethiopia still faces an insurgency by Fano militias in the Amhara region, where the army carried "
         "out drone strikes last week.", [("ASSAULT", "ETH", "ETH")]),
        ("Analysts said the deal's success would depend on whether Addis Ababa delivers the jobs and "
         "development it has promised the region's youth.", []),
        ("A joint monitoring committee, including observers from the regional bloc IGAD, is due to hold its "
         "first meeting in Addis Ababa next week.", []),
    ]),
    ("bgd-flood-aid", [
        ("The World Bank approved $150 million in emergency financing for Bangladesh on Monday to rebuild "
         "roads, embankments and schools damaged by last week's floods.", [("AID", "IGO", "BGD")]),
        ("The money comes from a crisis response window and does not have to be repaid, the bank said.", []),
        ("The European Union released 3 million euros in humanitarian aid, and Britain pledged a further 2 "
         "million pounds.", [("AID", "EUR", "BGD"), ("AGREE", "GBR", "BGD")]),
        ("China delivered 500 tonnes of rice and 20,000 blankets to the port of Chittagong on Sunday, the "
         "Chinese embassy said.", [("AID", "CHN", "BGD")]),
        ("Water levels on the Surma and Kushiyara rivers fell for a third straight day, allowing some "
         "families to go home.", []),
        ("Many found their houses buried in mud, and health officials warned of outbreaks of cholera and "
         "dengue.", []),
        ("“The relief is welcome, but it will not rebuild my house,” said Rahima Begum, 35, a mother of "
         "four in Companiganj.", []),
        ("The death toll rose to 63, the disaster management ministry said, with 12 people still missing.",
         []),
        ("An opposition party accused local officials of diverting relief rice to their own supporters and "
         "demanded an inquiry.", [("ACCUSE", "BGD", "BGD"), ("REQUEST", "BGD", "BGD")]),
        ("Officials said aid distribution in remote areas had been slowed by washed-out roads and a "
         "shortage of boats.", []),
        ("India handed over 40 tonnes of medicines and water purification tablets at the Akhaura border "
         "crossing on Monday.", [("AID", "IND", "BGD")]),
        ("Relations between Dhaka and New Delhi have been strained since the fall of Sheikh Hasina's "
         "government in August 2024.", []),
        ("Climate scientists at a Dhaka university said this year's monsoon rainfall in the northeast was "
         "about 40 percent higher than normal.", []),
        ("The World Food Programme started distributing high-energy biscuits and cash to 80,000 families in "
         "the worst-hit districts.", [("AID", "UNO", "BGD")]),
        ("Aid agencies said the full cost of recovery would not be known until the water had gone down "
         "completely.", []),
    ]),
    ("gnb-ecowas-mission", [
        ("An ECOWAS delegation headed by Ghana's top diplomat landed in Guinea-Bissau on Thursday, two days "
         "after a failed attempt to seize power.", [("CONSULT", "IGO", "GNB")]),
        ("The envoys met the president and the army chief at the presidential palace, whose walls still "
         "bore bullet marks from Tuesday's fighting.", [("CONSULT", "IGO", "GNB")]),
        ("The regional bloc has put a standby force on alert, a spokesman said, adding that troops could be "
         "sent to protect state institutions if Bissau asked for them.", [("MOBILIZE", "IGO", "GNB")]),
        ("An ECOWAS stabilisation mission of about 600 soldiers was based in the country from 2022 until "
         "the end of last year.", []),
        ("Police arrested five more suspects on Wednesday night, including two generals and a former "
         "defence minister, a government spokesman said.", [("COERCE", "GNB", "GNB")]),
        ("He said the plotters had been financed by “foreign interests” but did not name any country.",
         [("ACCUSE", "GNB", None)]),
        ("The main opposition coalition said the arrests were being used to purge the army of officers seen "
         "as disloyal before next year's vote.", [("ACCUSE", "GNB", "GNB")]),
        ("Amnesty International called on the authorities to give the detainees access to lawyers and their "
         "families.", [("REQUEST", "NGO", "GNB")]),
        ("Life in Bissau largely returned to normal on Thursday, with banks and schools reopening.", []),
        ("The night curfew was eased, now starting at midnight instead of 9 p.m.",
         [("CONCEDE", None, "GNB")]),
        ("“Every few years the soldiers fight among themselves and we are the ones who pay,” said Braima "
         "Djalo, who sells cashew nuts near the port.", []),
        ("Cashew nuts make up more than 80 percent of the country's exports, and the harvest season begins "
         "in March.", []),
        ("West Africa has seen a string of military takeovers since 2020, in Mali, Burkina Faso, Niger, "
         "Guinea and Gabon.", []),
        ("Mali, Burkina Faso and Niger left ECOWAS in January 2025 and formed a confederation of their own.",
         []),
        ("The delegation is expected to report to the bloc's heads of state at a summit in Abuja later this "
         "month.", []),
    ]),
]

FLOORS = {"precision": 0.94, "recall": 0.8, "actor_precision": 0.79, "max_per_empty": 0.05}
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
