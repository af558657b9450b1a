"""Sixth blind article batch: ten long analytical wire stories (159 sentences), written on 2026-12-01 by a
helper session before the coder was run on any of it.

Theme: analytical agency copy (VOA, AP, Reuters, AFP style) in which most sentences are background, figures,
quotes and context and only some report acts: a frozen conflict flaring on the Armenia-Azerbaijan border,
Bolivia's debt crisis and IMF talks, the central Mediterranean migrant route, the Nile dam dispute, a
contested election in Fiji, a gang crackdown in Honduras, a famine warning in Somalia, a cyberattack in Poland
blamed on Russia, a water cannon incident at Scarborough Shoal, and a shooting on the Guyana-Venezuela border.

Conventions: each sentence lists every event that happened as told in it (asserted or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is AGREE, a
threat THREATEN, a demand or appeal REQUEST; the content of a promise, threat, demand or accusation is not a
second event; planned, hypothetical, conditional and denied acts, history more than about a year old, habitual
or generic statements, tallies, opinions and forecasts are not events. Codes: ISO alpha-3 for a state's
government, forces, people and groups; UNO for the UN and its agencies; EUR for the EU; IGO for other
intergovernmental bodies; NGO for non-governmental groups; None where the sentence names no doer or no target.
Joint acts give the first party as actor and the second as recipient.

Scoring: per sentence, the coded events that happened (asserted or reported, placed by the start of their
trigger) are matched against the gold by type, one to one, for precision and recall; actor precision also
needs one of the coded actor codes to be the gold actor (a gold actor of None matches any); and the events
coded per sentence with no act are counted.

Overlap: every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed,
news, demo corpus and tests, and none was found.

FIRST RUN, on commit 4893a44 (the fourth 2026-12-01 session's starting coder, 50def54, plus one rule for a
vehicle that came under fire), with the score of `_score`: precision 0.909, recall 0.789, actor precision
0.788, 0.055 events per sentence with no act. Held back: its misses were not printed or read; it is run again
on the session's final coder.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: precision 0.923, recall 0.789, actor precision 0.800, 0.044 events per
sentence with no act (start: 0.909, 0.789, 0.788, 0.055). Still not read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750, beside that session's starting
coder 24820a3: precision 0.923, recall 0.789 on both.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: precision 0.923, recall 0.789, actor precision 0.800, 0.044 events per
sentence with no act, the same on both. Its misses were not printed or read.
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
    ("a6-caucasus-border-flare", [
        ("Armenian and Azerbaijani troops traded heavy fire along their mountainous border overnight, "
         "killing at least four soldiers, the defence ministries in Yerevan and Baku said on Tuesday.",
         [("ASSAULT", "ARM", "AZE")]),
        ("Armenia's defence ministry accused Azerbaijani units of starting the shooting near the village of "
         "Sotk, a charge Baku rejected.", [("ACCUSE", "ARM", "AZE"), ("REJECT", "AZE", "ARM")]),
        ("The fighting was the deadliest on the frontier in more than two years, according to a count kept "
         "by Border Watch, a small monitoring group based in Tbilisi.", []),
        ("'We sat in the cellar until dawn and counted the blasts,' said Anahit, a 61-year-old schoolteacher "
         "who gave only her first name.", []),
        ("Russia, which has long cast itself as the guarantor of security in the region, urged Armenia and "
         "Azerbaijan to exercise restraint and go back to the negotiating table.",
         [("REQUEST", "RUS", "ARM")]),
        ("European Union observers stationed on the Armenian side said they had heard sustained artillery "
         "for nearly three hours before the guns fell silent around 4 a.m.", []),
        ("Late on Monday Armenia's leader discussed the clashes by phone with Emmanuel Macron, his office "
         "said.", [("CONSULT", "ARM", "FRA")]),
        ("Azerbaijan's foreign ministry summoned the French ambassador in Baku over what it called one-sided "
         "remarks from Paris.", [("ACCUSE", "AZE", "FRA")]),
        ("The two countries fought a six-week war in 2020 over Nagorno-Karabakh, and in 2023 Azerbaijan "
         "retook the enclave in a swift offensive that sent more than 100,000 ethnic Armenians fleeing.", []),
        ("Since then, negotiations have centred on marking out roughly 1,000 kilometres of shared frontier "
         "and reopening road and rail links closed for three decades.", []),
        ("'Every time we get close to a deal, the guns start talking again,' said a Western diplomat in "
         "Yerevan who requested anonymity.", []),
        ("Some analysts said the flare-up could be meant to extract concessions on a planned transit route "
         "across southern Armenia.", []),
        ("Baku has for years sought unimpeded passage through Armenian territory to its exclave of "
         "Nakhchivan.", []),
        ("On Tuesday afternoon, the Azerbaijani defence ministry reported that its forces had downed an "
         "Armenian drone near the Lachin district.", [("ASSAULT", "AZE", "ARM")]),
        ("Armenia said it had moved extra armoured units into Syunik province as a precaution.",
         [("MOBILIZE", "ARM", None)]),
        ("The foreign ministers of both countries are expected to meet in Abu Dhabi next week, according to "
         "diplomats, though neither government has confirmed the date.", []),
    ]),
    ("a6-bolivia-imf-talks", [
        ("Bolivia's government opened formal talks on Monday with the International Monetary Fund over a "
         "loan worth as much as $3 billion, as fuel shortages and a sliding currency squeeze the Andean "
         "country.", [("CONSULT", "BOL", "IGO")]),
        ("A Fund team arrived in La Paz on the same day for two weeks of meetings with finance ministry and "
         "central bank officials.", [("CONSULT", "IGO", "BOL")]),
        ("Bolivia's foreign currency reserves stand at about $1.9 billion, down from more than $15 billion a "
         "decade ago, central bank figures show.", []),
        ("Queues several blocks long have formed outside petrol stations in Santa Cruz and Cochabamba for "
         "weeks.", []),
        ("'I slept in my truck for two nights waiting for diesel,' said Rolando Quispe, a 47-year-old lorry "
         "driver.", []),
        ("On Tuesday the economy minister rejected any abrupt end to fuel subsidies, a step the Fund has "
         "long favoured.", [("REJECT", "BOL", "IGO")]),
        ("The subsidies cost the treasury roughly 4% of economic output last year, according to World Bank "
         "estimates.", []),
        ("Opposition lawmakers accused the government of burning through reserves to prop up an unrealistic "
         "exchange rate.", [("ACCUSE", "BOL", "BOL")]),
        ("Thousands of transport workers marched through central La Paz on Tuesday to demand a steady diesel "
         "supply, halting traffic for hours.", [("PROTEST", "BOL", "BOL")]),
        ("Police fired tear gas to break up a road blockade near El Alto and detained at least a dozen "
         "demonstrators, local media reported.", [("ASSAULT", "BOL", "BOL"), ("COERCE", "BOL", "BOL")]),
        ("Bolivia last borrowed from the Fund in 2020, and that $327 million emergency loan was handed back "
         "within months by the next government.", []),
        ("Economists at several investment banks said any deal would probably require a steep devaluation of "
         "the boliviano.", []),
        ("China, one of Bolivia's largest bilateral lenders, has said little about whether it would take "
         "part in a restructuring.", []),
        ("Brazil's finance minister, on a visit to La Paz on Wednesday, pledged a $500 million credit line "
         "from his country's development bank to help pay for fuel imports.",
         [("CONSULT", "BRA", "BOL"), ("AGREE", "BRA", "BOL")]),
        ("'Nobody is coming to rescue us without asking for something in return,' said economist Maria "
         "Teresa Arce of the Catholic University in La Paz.", []),
        ("The Fund described the first days of discussions as constructive in a short statement.", []),
    ]),
    ("a6-mediterranean-route", [
        ("Italian authorities detained a charity rescue ship in the port of Lampedusa for 20 days on "
         "Saturday, the German aid group that operates the vessel said.", [("COERCE", "ITA", "NGO")]),
        ("The ship had landed 64 people, most of them from Sudan and Eritrea, after two days at sea.", []),
        ("Sea Bridge, the Berlin-based group, condemned the move as politically motivated.",
         [("ACCUSE", "NGO", "ITA")]),
        ("More than 58,000 migrants have reached Italy by boat so far this year, according to interior "
         "ministry data, roughly a third fewer than in the same period of 2025.", []),
        ("Most now leave from eastern Libya, where forces loyal to the commander Khalifa Haftar control the "
         "coast around Tobruk and Benghazi.", []),
        ("Italy's interior minister met Haftar in Benghazi last month to discuss tighter sea patrols, his "
         "ministry said.", [("CONSULT", "ITA", "LBY")]),
        ("At least 1,400 people have died or gone missing on the central Mediterranean crossing in 2026, the "
         "UN migration agency estimates.", []),
        ("'The sea is a cemetery, and still they come, because at home there is only war,' said a volunteer "
         "doctor on board the ship.", []),
        ("Rights groups say people stopped at sea by Libyan patrols are often held in detention centres "
         "where beatings and extortion are widespread.", []),
        ("On Friday, Libyan coast guard boats intercepted about 200 people off Zuwara and took them back to "
         "shore, the UN refugee agency said.", [("COERCE", "LBY", None)]),
        ("The European Commission on Thursday released a fresh 105-million-euro tranche of border funding to "
         "Tunisia.", [("AID", "EUR", "TUN")]),
        ("Critics say such payments have done little to curb departures and much to entrench abuse.", []),
        ("Tunisia's president has said repeatedly that his country will not serve as Europe's border guard.",
         []),
        ("Greece is also seeing more boats reach Crete from eastern Libya, with over 9,000 landings recorded "
         "since January.", []),
        ("In 2025, Athens briefly halted asylum claims from people arriving by sea from North Africa.", []),
        ("EU interior ministers are scheduled to discuss a new returns regulation in Brussels on Dec. 9.",
         []),
    ]),
    ("a6-nile-dam-dispute", [
        ("Egypt accused Ethiopia on Monday of putting millions of people downstream at risk by releasing "
         "water from its huge Nile dam without notice, after floods swamped villages in Sudan.",
         [("ACCUSE", "EGY", "ETH")]),
        ("The Grand Ethiopian Renaissance Dam, the largest hydropower plant in Africa, was formally opened "
         "in September 2025 after more than a decade of building.", []),
        ("Sudan's irrigation ministry said rising water had covered farmland in more than 40 villages along "
         "the Blue Nile in Sennar state.", []),
        ("'By morning the goats were gone, the sorghum was gone, and half the house was gone,' said Hawa "
         "Adam, 38, who has five children.", []),
        ("Ethiopia's water ministry rejected the accusation, saying the releases followed unusually heavy "
         "highland rains and that Khartoum had been informed.", [("REJECT", "ETH", "EGY")]),
        ("Cairo has long argued that the dam endangers its share of the Nile, which provides about 97% of "
         "Egypt's fresh water.", []),
        ("Egypt's foreign minister telephoned his Sudanese counterpart on Sunday, and the two agreed to "
         "coordinate their positions, the ministry said.",
         [("CONSULT", "EGY", "SDN"), ("AGREE", "EGY", "SDN")]),
        ("Egypt also wrote to the UN Security Council asking it to press Addis Ababa into a binding deal on "
         "how the reservoir is filled and run.", [("REQUEST", "EGY", "UNO")]),
        ("Three-way talks broke down in December 2023, with each government blaming the others.", []),
        ("Ethiopian officials have long insisted the dam will lift millions out of poverty and harm no one.",
         []),
        ("The African Union, which has hosted earlier rounds of negotiations, called on the three "
         "governments to resume dialogue.", [("REQUEST", "IGO", "ETH")]),
        ("Hydrologists say the reservoir, which holds about 74 billion cubic metres when full, can tame "
         "floods as well as worsen them if releases are badly timed.", []),
        ("Analysts see Egypt's growing military ties with Somalia and Eritrea, Ethiopia's neighbours, as "
         "part of a pressure campaign.", []),
        ("Sudan, torn by civil war since April 2023, has little capacity to cope with flooding, aid agencies "
         "say.", []),
        ("The UN humanitarian office said it had delivered tents and water purification tablets to displaced "
         "families in Sennar.", [("AID", "UNO", "SDN")]),
        ("Egypt said it reserved the right to take all measures needed to defend its water security, wording "
         "it has used before in the dispute.", [("THREATEN", "EGY", "ETH")]),
    ]),
    ("a6-fiji-election-dispute", [
        ("Fiji's opposition rejected the results of last week's general election on Monday, alleging that "
         "thousands of ballots in the Western Division had been tampered with.", [("REJECT", "FJI", "FJI")]),
        ("The Fijian Elections Office declared the governing coalition the winner on Friday with 29 of the "
         "55 seats in parliament.", []),
        ("Several hundred opposition supporters rallied outside the elections office in Suva on Monday, "
         "singing hymns and holding placards.", [("PROTEST", "FJI", "FJI")]),
        ("Police said they had arrested six people for blocking a main road in Lautoka overnight.",
         [("COERCE", "FJI", "FJI")]),
        ("Fiji's military, which has carried out four coups since 1987, pledged in a statement to respect "
         "the constitution and keep out of politics.", [("AGREE", "FJI", "FJI")]),
        ("'We did not vote to have our voices stolen in a back room,' said Litia, a 29-year-old nurse from "
         "Nadi.", []),
        ("The vote was the first since the current coalition took office in December 2022, ending 16 years "
         "of rule by Frank Bainimarama.", []),
        ("Observers from the Pacific Islands Forum praised the vote as largely peaceful and credible in a "
         "preliminary report, while noting delays in counting.", [("SUPPORT", "IGO", "FJI")]),
        ("Australia and New Zealand, Fiji's biggest aid donors, urged all parties to settle their disputes "
         "through the courts.", [("REQUEST", "AUS", "FJI")]),
        ("The election has drawn unusual interest abroad because of a contest for influence in the Pacific "
         "between China and Western powers.", []),
        ("Beijing has courted island governments over the past decade with loans, police training and "
         "scholarships.", []),
        ("Lawyers for the opposition filed petitions at the High Court on Tuesday contesting the results in "
         "11 constituencies.", [("ACCUSE", "FJI", "FJI")]),
        ("Under Fiji's electoral law, the court has 21 days to rule on each petition.", []),
        ("Analysts said a long dispute could unsettle investors in tourism, which accounts for nearly 40% of "
         "the Fijian economy.", []),
        ("The prime minister, speaking to reporters in Suva, dismissed the fraud claims as the grumbling of "
         "sore losers.", [("REJECT", "FJI", "FJI")]),
        ("Parliament is scheduled to convene on Dec. 15 to choose a prime minister.", []),
    ]),
    ("a6-honduras-gang-sweep", [
        ("Honduran soldiers and police detained more than 900 suspected gang members in a week of raids "
         "across San Pedro Sula and Tegucigalpa, the security ministry said on Sunday.",
         [("COERCE", "HND", "HND")]),
        ("The sweep is the largest under a state of emergency first declared in December 2022 that suspends "
         "some constitutional rights in areas held by the MS-13 and Barrio 18 gangs.", []),
        ("'Every neighbourhood that lives under extortion will be recovered, one street at a time,' the "
         "security minister told a news conference.", []),
        ("Honduras recorded about 25 homicides per 100,000 people last year, down from more than 80 a decade "
         "earlier, according to a violence observatory at the national university.", []),
        ("The government has openly modelled its campaign on neighbouring El Salvador, where a crackdown "
         "since 2022 has put some 85,000 people behind bars.", []),
        ("Amnesty International accused the authorities of arbitrary arrests, saying many detainees were "
         "young men picked up because of their tattoos.", [("ACCUSE", "NGO", "HND")]),
        ("'My son is 17 and he has never touched a weapon,' said a 52-year-old street vendor in the Rivera "
         "Hernandez district who asked that her name be withheld.", []),
        ("Relatives of detainees protested outside the national penitentiary near Tegucigalpa on Saturday, "
         "demanding to know where their family members were being held.", [("PROTEST", "HND", "HND")]),
        ("Police used batons and pepper spray to push the crowd back from the gates, witnesses said.",
         [("ASSAULT", "HND", "HND")]),
        ("The U.S. ambassador in Tegucigalpa praised the operation on Friday as a blow against groups that "
         "smuggle drugs and people northward.", [("SUPPORT", "USA", "HND")]),
        ("Washington designated MS-13 a foreign terrorist organisation in early 2025.", []),
        ("Gang violence has pushed tens of thousands of Hondurans to migrate north in recent years, and "
         "extortion costs small businesses an estimated $200 million a year.", []),
        ("In Chamelecon, bus drivers who hand over weekly 'war taxes' to the gangs said the raids had "
         "brought a rare few days of calm.", []),
        ("'For the first time in years I drove my route without looking over my shoulder,' said Oscar, 44, "
         "who has driven a minibus there since 2009.", []),
        ("Guatemala's government said it had reinforced troops along its border with Honduras to stop gang "
         "members escaping the raids.", [("MOBILIZE", "GTM", "HND")]),
        ("Honduran officials said they had shared intelligence on fugitive gang leaders with Guatemalan and "
         "Salvadoran authorities.", [("COOPERATE", "HND", "GTM")]),
        ("Congress is expected to vote next month on whether to extend the emergency decree for a further 60 "
         "days.", []),
    ]),
    ("a6-somalia-famine-warning", [
        ("The United Nations appealed on Wednesday for $1.2 billion to head off famine in southern Somalia, "
         "saying a third failed rainy season had left 4.6 million people facing acute hunger.",
         [("REQUEST", "UNO", None)]),
        ("The Integrated Food Security Phase Classification, a global monitoring system, said about 290,000 "
         "people in the Bay and Bakool regions were already in catastrophic conditions.", []),
        ("Admissions of malnourished children at clinics in Baidoa have nearly doubled since August, "
         "according to Save the Children.", []),
        ("'We walked for nine days with nothing but water, and the smallest one did not survive,' said "
         "Fadumo Hassan, 31, who reached a displacement camp outside Baidoa last week.", []),
        ("The appeal comes as Western donors trim humanitarian budgets, with U.S. funding for Somalia down "
         "by more than half from 2024 levels.", []),
        ("According to the World Food Programme, it has enough money to feed only about a third of the "
         "people it aims to reach through February.", []),
        ("Britain announced 35 million pounds of emergency food and nutrition aid for Somalia on Thursday.",
         [("AID", "GBR", "SOM")]),
        ("Aid groups say al-Shabaab, the al Qaeda-linked insurgency that holds much of the countryside, "
         "routinely restricts access to rural districts and taxes the farmers who stay.", []),
        ("On Monday, the militants attacked a government convoy carrying food near the town of Wajid, "
         "killing three soldiers, regional officials said.", [("ASSAULT", "SOM", "SOM")]),
        ("Somalia's government asked Turkey and the Gulf states for urgent help with water trucking and "
         "therapeutic food.", [("REQUEST", "SOM", "TUR")]),
        ("Turkey's disaster agency said on Friday it had flown 60 tonnes of food and medical supplies to "
         "Mogadishu.", [("AID", "TUR", "SOM")]),
        ("In 2011, famine in Somalia killed about a quarter of a million people, half of them children under "
         "five, before it was officially declared.", []),
        ("A similar crisis in 2017 was averted largely because donors acted early on the warnings, analysts "
         "say.", []),
        ("Neighbouring Kenya and Ethiopia are also coping with drought, with more than 2 million people in "
         "northern Kenya in need of food assistance, according to Kenya's drought agency.", []),
        ("Doctors Without Borders said its team in Baidoa had treated more than 2,000 severely malnourished "
         "children in October alone.", [("AID", "NGO", "SOM")]),
        ("UN officials plan to present updated figures to donors at a meeting in Geneva on Dec. 10.", []),
    ]),
    ("a6-poland-water-cyberattack", [
        ("Poland accused Russia's military intelligence on Thursday of a cyberattack that knocked out water "
         "treatment controls serving about 200,000 people in the north of the country.",
         [("ACCUSE", "POL", "RUS")]),
        ("Technicians in the city of Elblag ran pumping stations by hand for almost two days while engineers "
         "restored the control systems, local officials said.", []),
        ("Investigators found malicious code resembling tools used in the past by a hacking group known as "
         "Sandworm, the digital affairs ministry said.", []),
        ("The Russian embassy in Warsaw dismissed the accusation as 'Russophobic hysteria' and said Poland "
         "had offered no evidence.", [("REJECT", "RUS", "POL")]),
        ("Poland's foreign ministry summoned Russia's charge d'affaires and expelled two Russian diplomats.",
         [("ACCUSE", "POL", "RUS"), ("SANCTION", "POL", "RUS")]),
        ("Warsaw has blamed Moscow for a string of sabotage plots since 2024, including arson at a Warsaw "
         "shopping centre and a blast on a railway line.", []),
        ("NATO said it stood in full solidarity with its eastern ally.", [("SUPPORT", "IGO", "POL")]),
        ("The EU's top diplomat condemned the attack as a reckless strike on civilian infrastructure.",
         [("ACCUSE", "EUR", None)]),
        ("No one was hurt, and tests showed the drinking water had stayed safe throughout, the local utility "
         "said.", []),
        ("'People were queuing for bottled water at six in the morning, and nobody knew what was going on,' "
         "said Marek, a 58-year-old pensioner in Elblag.", []),
        ("Security researchers say attacks on European water and energy networks have risen sharply since "
         "Russia launched its full-scale invasion of Ukraine in 2022.", []),
        ("In 2015 and 2016, hackers tied to the same unit cut electricity to hundreds of thousands of "
         "Ukrainian homes.", []),
        ("The United States shared intelligence on the attack with Polish investigators, the U.S. embassy "
         "said on Friday.", [("COOPERATE", "USA", "POL")]),
        ("Analysts said the intrusion appeared designed to probe Poland's defences rather than cause lasting "
         "damage.", []),
        ("Prime Minister Donald Tusk told parliament that Russia was waging a hybrid war against Poland and "
         "that his country would not be intimidated.", [("ACCUSE", "POL", "RUS")]),
        ("Lawmakers are due to debate a bill next week that would give the army a formal role in protecting "
         "civilian networks.", []),
    ]),
    ("a6-scarborough-water-cannon", [
        ("Two Chinese coast guard cutters turned water cannon on a Philippine government boat near "
         "Scarborough Shoal on Tuesday, injuring two crew members, the Philippine Coast Guard said.",
         [("ASSAULT", "CHN", "PHL")]),
        ("Beijing's coast guard said the boat had illegally intruded into Chinese waters, accusing Manila of "
         "provocation, and said its own crews had acted professionally.", [("ACCUSE", "CHN", "PHL")]),
        ("Manila's foreign ministry summoned China's ambassador on Wednesday.", [("ACCUSE", "PHL", "CHN")]),
        ("The Philippines has lodged more than 200 diplomatic protests with Beijing since 2022, according to "
         "its foreign ministry.", []),
        ("The shoal, a rich fishing ground about 220 kilometres west of Luzon, has been under Chinese "
         "control since a standoff in 2012.", []),
        ("'Before, we could fish there for a week; now they chase us away in hours,' said Renato Etac, a "
         "56-year-old fisherman from Masinloc.", []),
        ("An international tribunal ruled in 2016 that Beijing's expansive maritime claims had no footing in "
         "international law, a finding Beijing does not accept.", []),
        ("Washington, a treaty ally of Manila since 1951, condemned what it called the dangerous and "
         "unlawful conduct of the Chinese ships.", [("ACCUSE", "USA", "CHN")]),
        ("Japan's foreign ministry called on China to refrain from actions that raise tensions.",
         [("REQUEST", "JPN", "CHN")]),
        ("Beijing told Washington to stop meddling in a dispute between countries of the region.",
         [("REQUEST", "CHN", "USA")]),
        ("The incident came two days after Philippine and American forces wrapped up joint naval drills in "
         "the area with ships from Japan and France.", [("COOPERATE", "PHL", "USA")]),
        ("Chinese warships and military aircraft also carried out what the People's Liberation Army called "
         "combat readiness patrols near the shoal over the weekend.", [("MOBILIZE", "CHN", None)]),
        ("Analysts said the confrontations were unlikely to turn into open conflict but that a single death "
         "could change that quickly.", []),
        ("'We are not looking for a fight, but we will not be pushed out of our own waters,' the Philippine "
         "president said in a speech in Manila.", []),
        ("The two countries are due to hold another round of their bilateral consultation mechanism on the "
         "South China Sea in January.", []),
    ]),
    ("a6-essequibo-river-shooting", [
        ("Guyana said Venezuelan soldiers fired on a Guyanese army patrol on the Cuyuni River on Sunday, "
         "wounding one soldier, in the latest incident in a long dispute over the oil-rich Essequibo region.",
         [("ASSAULT", "VEN", "GUY")]),
        ("Venezuela's defence minister denied his troops were involved and accused Georgetown of inventing "
         "the incident to justify a foreign military presence.", [("ACCUSE", "VEN", "GUY")]),
        ("Guyana, a country of about 800,000 people, has become one of the fastest-growing economies in the "
         "world since ExxonMobil began pumping oil off its coast in 2019.", []),
        ("Venezuela claims the Essequibo, an area covering roughly two-thirds of Guyana, arguing that a "
         "colonial-era border award was never fairly settled.", []),
        ("Guyanese President Irfaan Ali spoke with Washington's top diplomat on Monday, and Washington "
         "reaffirmed its backing for Guyana's territorial integrity.",
         [("CONSULT", "GUY", "USA"), ("SUPPORT", "USA", "GUY")]),
        ("The Caribbean Community condemned the shooting and urged Caracas to respect the border.",
         [("ACCUSE", "IGO", "VEN"), ("REQUEST", "IGO", "VEN")]),
        ("In 2023, Venezuela held a referendum on annexing the region and published maps showing it as a "
         "Venezuelan state.", []),
        ("The International Court of Justice is expected to rule on the merits of the case in 2027.", []),
        ("Along the river, where gold miners and smugglers cross freely between the two countries, residents "
         "said they had heard several bursts of gunfire.", []),
        ("'We don't know who is shooting at whom anymore; we just stay inside,' said a shopkeeper in the "
         "mining town of Eteringbang.", []),
        ("Guyana's army chief said troops had been sent to reinforce outposts along the river.",
         [("MOBILIZE", "GUY", None)]),
        ("Brazil, which borders both countries, moved armoured vehicles to its northern state of Roraima in "
         "2023 during an earlier spike in tensions.", []),
        ("Brazil's foreign ministry on Monday urged its two neighbours to settle the dispute peacefully and "
         "offered to host talks.", [("REQUEST", "BRA", "VEN"), ("AGREE", "BRA", "VEN")]),
        ("Analysts said the Venezuelan military, weakened by the political upheaval in Caracas this year, "
         "may be less able to control units in remote areas.", []),
        ("Oil companies operating offshore said their production had not been affected.", []),
    ]),
]

FLOORS = {"precision": 0.9, "recall": 0.77, "actor_precision": 0.81, "max_per_empty": 0.07}
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
