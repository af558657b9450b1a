"""Blind article batch 1: whole news articles the coder has never seen, coded sentence by sentence.

Written on 2026-12-01, before the coder was run on any of it, by a writer who did not look at the coder's
code, output or data. Theme: politics, diplomacy and protest -- a disputed presidential election in Malawi, a
summit between Thailand and Cambodia, a farmers' protest in Brussels, an Iran-Sweden prisoner exchange
mediated by Oman, a Peruvian president's clash with Congress, China-EU trade tensions over steel and dairy, a
refugee influx from Sudan into Chad, a corruption trial in Kenya, protests over opposition verdicts in Georgia
and a diplomatic row between Algeria and France. The ten articles are written the way a news agency writes:
a lead with the main act, then background, reactions, quotes from officials and ordinary people, figures,
history, analysts' views and what happens next; more than half of the sentences tell no act that happened.

Coding conventions (CAMEO2PLOVER-2021 / PLOVER): each sentence lists every event that happened as told in
it, asserted or reported by a source, one (type, actor code, recipient code) per act. Not listed: planned or
future acts, hypothetical or conditional acts, denied acts, acts more than about a year before the story
(history with years), habitual or generic statements, statistics and tallies, opinions and forecasts, and
statements to the press of no listed type. A promise, offer or announced intention is itself an AGREE, a
threat or warning a THREATEN, a demand, appeal or call a REQUEST; the content of a promise, threat, demand
or accusation is not a second event. Signing an agreement is SUPPORT, summoning an ambassador ACCUSE,
expelling or recalling diplomats, tariffs and travel bans SANCTION, releasing prisoners or pulling weapons
back RETREAT, tear gas and water cannon against crowds ASSAULT, arrests, sentences and asset freezes COERCE.
Codes: ISO three-letter country codes for a state's government, forces, people and groups alike; UNO for
the United Nations and its agencies, EUR for the European Union, IGO for other intergovernmental bodies,
NGO for non-governmental organisations. The actor is None where the sentence names no doer and the recipient
None where there is no single target; joint acts give the first party as actor and the second as recipient.

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start
of their trigger) are matched against the gold by type, one to one; precision and recall over all
sentences, actor precision (a matched event whose coded actors include the gold actor; a gold actor of None
matches any), and coded events per sentence with no act (max_per_empty).

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests; none was found.

FIRST RUN, on commit 6f154f4 (the third 2026-12-01 session's coder, after the rules blind batches 30 to
33 prompted), with the score of `_score`: precision 0.821, recall 0.784, actor precision 0.714, 0.092
events per sentence with no act. The session's starting coder (5610c44), run on it afterwards for
comparison: precision 0.852, recall 0.784, actor precision 0.741, 0.069 per empty sentence; so the
day's rules had cost three events on this text: a sentence whose year sat in a clause on a noun (the
main clause, "is seeking a third term", became asserted and read as a request), refugees "hosted"
read as a meeting, and a deadline "to depart" that added a second act beside the expulsion. Those
were fixed by class (offices sought, people sheltered, one act per expulsion), and the misses read:
"asked not to be named", a war's toll ("a war that has killed"), a main verb the parser hung on a
relative clause about its subject, water cannon "responded with", manure dumped, an avenue
"packed", a video call and a fund "unveiled". No gold was changed after the first run; the batch is
no longer blind. FLOORS were set after those rules, a little under its figures then.
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
    ("malawi-election-dispute", [
        ("Malawi's main opposition party on Tuesday rejected the official results of the presidential "
         "election held last week and asked the constitutional court to annul the vote.",
         [("REJECT", "MWI", "MWI"), ("REQUEST", "MWI", "MWI")]),
        ("The electoral commission declared incumbent Peter Mulanje the winner on Sunday with 51.2 percent "
         "of the ballots, narrowly avoiding a runoff.", []),
        ("Opposition leader Grace Chirwa, who took 46 percent, told supporters in Lilongwe that the "
         "commission had allowed tally sheets from at least 900 polling stations to be altered with "
         "correction fluid.", [("ACCUSE", "MWI", "MWI")]),
        ("'Our people queued in the rain for hours, and they deserve to know the true count,' Chirwa said.",
         []),
        ("On Monday police used tear gas to scatter hundreds of opposition supporters who were "
         "demonstrating outside the commission's headquarters in the capital.",
         [("ASSAULT", "MWI", "MWI"), ("PROTEST", "MWI", "MWI")]),
        ("A police spokesman said 23 people had been arrested for public disorder.",
         [("COERCE", "MWI", "MWI")]),
        ("Mulanje, a 67-year-old former finance minister, is seeking a third term after a constitutional "
         "change that parliament approved in 2021.", []),
        ("The Southern African Development Community's observer mission is due to publish its final report "
         "within 30 days.", []),
        ("The European Union's observer mission on Wednesday urged the commission to publish results from "
         "every polling station so that they could be checked independently.", [("REQUEST", "EUR", "MWI")]),
        ("In 2020, Malawi's judges annulled a presidential vote held the previous year, only the second "
         "time an African court had done so.", []),
        ("Analysts say the court could take weeks to rule and that a repeat of that decision is far from "
         "certain.", []),
        ("'The judges showed independence last time, but the pressure on them now is enormous,' said "
         "Boniface Phiri, a political scientist at the University of Malawi.", []),
        ("In the commercial hub of Blantyre, many shops stayed shut on Wednesday as owners feared fresh "
         "unrest.", []),
        ("'We are tired of fighting after every vote; we just want to sell our tomatoes,' said Esther "
         "Banda, a 54-year-old market vendor.", []),
        ("The president's office said Mulanje had phoned Chirwa on Tuesday evening and invited her to talks "
         "at State House, an offer her spokesman said she would consider.",
         [("CONSULT", "MWI", "MWI"), ("AGREE", "MWI", "MWI")]),
        ("The chairman of the African Union Commission called on both camps to settle their differences "
         "through the courts and to restrain their supporters.", [("REQUEST", "IGO", "MWI")]),
        ("The constitutional court is expected to hold its first hearing on the petition next Monday.", []),
    ]),
    ("thailand-cambodia-summit", [
        ("The leaders of Thailand and Cambodia met on Friday in the border town of Aranyaprathet for their "
         "first summit since deadly frontier clashes in 2025.", [("CONSULT", "THA", "KHM")]),
        ("Thai Prime Minister Somchai Rattanakul and his Cambodian counterpart, Sok Vichea, signed an "
         "agreement to reopen four border checkpoints that were closed during the fighting.",
         [("SUPPORT", "THA", "KHM")]),
        ("The crossings, which handled about $4 billion in trade a year before the closures, have been shut "
         "for more than 16 months.", []),
        ("The two governments also agreed to pull heavy weapons back at least 10 kilometres from disputed "
         "areas, a joint statement said.", [("AGREE", "THA", "KHM")]),
        ("Thai troops began withdrawing artillery on Saturday from hilltop positions close to the Preah "
         "Vihear temple, the army said.", [("RETREAT", "THA", "KHM")]),
        ("The fighting in 2025 killed dozens of soldiers and civilians and drove more than 200,000 people "
         "from their homes on both sides.", []),
        ("Malaysia, which chaired ASEAN in 2025, brokered the truce that ended those clashes.", []),
        ("Cambodia's foreign ministry praised the Thai government for what it called a sincere spirit "
         "during the talks.", [("SUPPORT", "KHM", "THA")]),
        ("But the summit left untouched the central dispute over a handful of ancient temples whose "
         "ownership both sides claim.", []),
        ("'Nobody expected the map question to be solved in one afternoon,' said Lina Chhay, a researcher "
         "at a Phnom Penh think tank.", []),
        ("Cambodia wants the International Court of Justice to settle the question, while Bangkok insists "
         "on bilateral talks.", []),
        ("In the Thai border province of Sa Kaeo, vendors who depend on Cambodian customers were counting "
         "the days until the gates reopen.", []),
        ("'Half my stalls have been empty since the gates closed,' said Wichai Thongdee, 49, who sells "
         "dried fish and plastic goods.", []),
        ("Thai nationalist groups held a rally outside Government House in Bangkok on Friday, accusing the "
         "prime minister of giving too much away.", [("PROTEST", "THA", "THA"), ("ACCUSE", "THA", "THA")]),
        ("Both countries' foreign ministers will meet again in Phnom Penh in January to draw up a timetable "
         "for demarcation.", []),
        ("The United States offered to send mine-clearing experts to Cambodia, where unexploded shells "
         "still litter the former front line.", [("AGREE", "USA", "KHM")]),
    ]),
    ("brussels-farmers-protest", [
        ("Thousands of Belgian farmers drove tractors into central Brussels on Thursday, blocking roads "
         "around European Union buildings in protest at a South American trade deal and planned cuts to "
         "subsidies.", [("PROTEST", "BEL", "EUR")]),
        ("Police estimated that about 1,300 tractors took part, the largest such gathering in the Belgian "
         "capital since early 2024.", []),
        ("Some protesters hurled eggs and set fire to piles of hay near the European Parliament, and riot "
         "police responded with water cannon.", [("PROTEST", "BEL", "EUR"), ("ASSAULT", "BEL", "BEL")]),
        ("Belgium's agriculture minister met a delegation of farm union leaders for two hours at her office "
         "near the protest.", [("CONSULT", "BEL", "BEL")]),
        ("'We produce the food on Europe's tables and we can no longer pay our bills,' said Pieter Van "
         "Damme, 54, a dairy farmer from West Flanders.", []),
        ("Farm incomes in the bloc fell by an average of 8 percent last year, according to figures from the "
         "European Commission's statistics office.", []),
        ("Belgium's largest farm union demanded that the trade agreement with the Mercosur countries be "
         "suspended until imports face the same pesticide rules as European produce.",
         [("REQUEST", "BEL", "EUR")]),
        ("The deal, concluded in late 2024 after a quarter of a century of negotiations, would remove "
         "tariffs on most goods traded between the two blocs.", []),
        ("Germany and Spain see the agreement as a way to open new markets for their carmakers and "
         "machinery exporters.", []),
        ("In France, farmers dumped manure outside prefecture offices in at least a dozen towns on "
         "Wednesday in a show of solidarity.", [("PROTEST", "FRA", "FRA")]),
        ("A Commission spokeswoman told reporters the Commission would propose an emergency fund of 1 "
         "billion euros for farmers hit by low prices.", [("AGREE", "EUR", None)]),
        ("Belgian farm leaders dismissed the offer as 'crumbs' and warned they would return with more "
         "tractors next month if ministers did not act.",
         [("REJECT", "BEL", "EUR"), ("THREATEN", "BEL", "EUR")]),
        ("Economists note that agriculture accounts for barely 1.5 percent of the EU's economic output but "
         "carries far greater political weight.", []),
        ("With elections due in several member states next year, governments are wary of being seen to "
         "ignore rural voters.", []),
        ("By evening traffic was flowing again in most of the city centre, and public transport operators "
         "reported a return to normal service.", []),
        ("Police said 14 people were detained, mostly for damaging property.", [("COERCE", "BEL", "BEL")]),
    ]),
    ("iran-sweden-prisoner-swap", [
        ("Iran freed a Swedish aid worker on Saturday in exchange for a former Iranian prison official who "
         "was serving a life sentence in Sweden.", [("RETREAT", "IRN", "SWE"), ("RETREAT", "SWE", "IRN")]),
        ("The two men were flown to Muscat, the Omani capital, on separate aircraft, Oman's foreign "
         "ministry said.", []),
        ("Omani diplomats held months of talks with officials in Tehran to arrange the deal, according to a "
         "person familiar with the negotiations.", [("CONSULT", "OMN", "IRN")]),
        ("The aid worker, 36-year-old Johan Lindqvist, had been in custody at Evin prison in Tehran since "
         "April 2024 on espionage charges that Stockholm has always rejected.", []),
        ("The official, Hamid Rezaei, 61, was convicted in Stockholm in 2023 of war crimes over the killing "
         "of inmates in the 1980s.", []),
        ("Sweden's prime minister thanked Oman for its mediation and told a news conference that the "
         "decision had been painful but necessary to bring a citizen home.", [("SUPPORT", "SWE", "OMN")]),
        ("Relatives of inmates executed in the 1980s condemned the release, saying Sweden had let a "
         "convicted war criminal walk free.", [("ACCUSE", "IRN", "SWE")]),
        ("'I waited 35 years to see him in a courtroom, and now he is on a plane home,' said Maryam "
         "Sadeghi, whose brother was hanged in 1988.", []),
        ("In Tehran, state television broadcast footage of Rezaei's arrival at Imam Khomeini airport.", []),
        ("Human rights groups say Iran holds at least 20 Europeans and dual nationals, many of them on "
         "charges their governments describe as fabricated.", []),
        ("Amnesty International accused Tehran on Sunday of using foreign detainees as bargaining chips and "
         "urged European governments not to reward hostage-taking.",
         [("ACCUSE", "NGO", "IRN"), ("REQUEST", "NGO", None)]),
        ("Belgium made a comparable exchange with Iran in 2023, sending home a diplomat jailed over a bomb "
         "plot in return for a Belgian aid worker.", []),
        ("Iran's foreign ministry spokesman thanked Oman for its constructive role and said Tehran was open "
         "to further talks with European capitals on consular cases.",
         [("SUPPORT", "IRN", "OMN"), ("AGREE", "IRN", None)]),
        ("Lindqvist landed at Stockholm's Arlanda airport late on Saturday, where he was embraced by his "
         "parents and his partner.", []),
        ("'The first thing I want is a long walk in a forest,' he told reporters, looking thin but smiling.",
         []),
        ("Diplomats said at least two other Swedes remain in Iranian custody, and their cases were not part "
         "of the deal.", []),
    ]),
    ("peru-congress-standoff", [
        ("Peru's Congress on Thursday rejected President Elena Quispe's proposal to hold early general "
         "elections, deepening a months-long standoff between the leftist leader and a legislature "
         "controlled by her opponents.", [("REJECT", "PER", "PER")]),
        ("The measure failed by 71 votes to 49, with 3 abstentions, after a heated 10-hour debate in Lima.",
         []),
        ("Quispe, a former rural schoolteacher who took office in July, has no majority in the chamber and "
         "has struggled to pass any major legislation.", []),
        ("Within hours of the vote, she accused lawmakers of 'kidnapping democracy' in a televised address "
         "and said she would not sign a bill cutting the powers of the electoral authority.",
         [("ACCUSE", "PER", "PER"), ("REJECT", "PER", "PER")]),
        ("The president of Congress, Miguel Torres, warned that lawmakers would seek to remove her from "
         "office if she refused to enact the bill.", [("THREATEN", "PER", "PER")]),
        ("A vaguely worded clause on 'permanent moral incapacity' has been used to oust two presidents "
         "since 2018, and Peru has had six heads of state in under a decade.", []),
        ("On Friday, thousands of Quispe's supporters, many of them farmers from the southern highlands, "
         "marched through central Lima waving banners against Congress.", [("PROTEST", "PER", "PER")]),
        ("Police used tear gas to stop the marchers from reaching the legislative palace.",
         [("ASSAULT", "PER", "PER")]),
        ("'I sold two sheep to pay for the bus ticket, because this time we must be heard,' said Rosa "
         "Mamani, 54, who travelled 20 hours from Puno.", []),
        ("Polls show Congress has an approval rating of under 10 percent, while Quispe's has fallen to "
         "about 25 percent since she took office.", []),
        ("The Organization of American States said it was following events with concern and offered to send "
         "a mission to facilitate dialogue between the two branches of government.",
         [("AGREE", "IGO", "PER")]),
        ("The United States embassy in Lima urged all sides to respect the constitutional order.",
         [("REQUEST", "USA", "PER")]),
        ("In 2022, then-president Pedro Castillo tried to dissolve Congress and was arrested within hours, "
         "an episode that still shapes the country's politics.", []),
        ("Analysts said the standoff could unsettle investors in the world's second-largest copper producer.",
         []),
        ("'Both sides believe they can outlast the other, and that is a recipe for paralysis,' said "
         "Alejandra Vega, a political analyst at the Pontifical Catholic University of Peru.", []),
        ("A congressional committee is scheduled to debate the bill on the electoral authority again on "
         "Tuesday.", []),
    ]),
    ("china-eu-dairy-duties", [
        ("China on Monday imposed provisional anti-dumping duties as high as 42 percent on dairy products "
         "from the European Union, days after Brussels raised tariffs on Chinese steel.",
         [("SANCTION", "CHN", "EUR"), ("SANCTION", "EUR", "CHN")]),
        ("The duties, which take effect on Wednesday, will apply to cheese, cream and milk powder, "
         "according to the commerce ministry.", []),
        ("European dairy exports to China were worth about 1.7 billion euros last year, with France, "
         "Ireland and the Netherlands the largest suppliers.", []),
        ("The European Commission condemned the move as unjustified retaliation dressed up as a trade "
         "defence case.", [("ACCUSE", "EUR", "CHN")]),
        ("'We had expected a response, but not one aimed so squarely at farmers,' a senior EU trade "
         "official told reporters in Brussels on condition of anonymity.", []),
        ("The steel tariffs, approved by EU member states last week, raised levies on some Chinese steel "
         "products to 50 percent in an effort to stem a flood of cheap imports.",
         [("SANCTION", "EUR", "CHN")]),
        ("Beijing said last week that the steel measures broke global trade rules and unfairly targeted "
         "Chinese industry.", [("ACCUSE", "CHN", "EUR")]),
        ("In 2024, the two sides clashed over European tariffs on Chinese electric vehicles, prompting "
         "Chinese investigations into European brandy and pork.", []),
        ("Ireland's largest farm organisation called on the Commission to negotiate rather than escalate.",
         [("REQUEST", "IRL", "EUR")]),
        ("'Cheese makers did nothing to deserve this; we are collateral damage in a steel war,' said "
         "Siobhan Kelly, who runs a dairy cooperative in County Cork.", []),
        ("China's commerce minister and the EU trade commissioner held a video call on Tuesday and agreed "
         "to set up a working group on the dispute, both sides said.",
         [("CONSULT", "CHN", "EUR"), ("AGREE", "CHN", "EUR")]),
        ("Economists said the direct impact on Europe's economy would be small but that a wider tit-for-tat "
         "could hurt sectors from aviation to luxury goods.", []),
        ("China is the EU's largest source of imports, and the bloc ran a trade deficit of more than 300 "
         "billion euros with it last year.", []),
        ("Germany, whose carmakers rely heavily on the Chinese market, urged restraint on both sides.",
         [("REQUEST", "DEU", None)]),
        ("Chinese state media warned that any further European tariffs would be met with firm "
         "countermeasures.", [("THREATEN", "CHN", "EUR")]),
        ("The provisional duties can be confirmed, changed or dropped within six months, when Beijing is "
         "due to publish a final ruling.", []),
    ]),
    ("chad-sudan-refugees", [
        ("Paramilitary fighters attacked displacement camps around the Sudanese town of Tina on Sunday, "
         "sending more than 20,000 people fleeing across the border into Chad, the United Nations refugee "
         "agency said.", [("ASSAULT", "SDN", "SDN")]),
        ("UNHCR said many of the new arrivals were women and children who had walked for days with little "
         "food or water.", []),
        ("Chad, one of the world's poorest countries, already hosts about 1.2 million Sudanese refugees, "
         "most of whom arrived after war broke out in April 2023.", []),
        ("The Chadian government on Monday deployed troops along a 300-kilometre stretch of the frontier, "
         "citing security concerns.", [("MOBILIZE", "TCD", None)]),
        ("The Norwegian Refugee Council and other aid groups urged N'Djamena to keep the border open to "
         "civilians fleeing the violence.", [("REQUEST", "NGO", "TCD")]),
        ("At the Adre crossing, Adam Yahya, a 58-year-old farmer, sat under a tarpaulin with his nine "
         "children and two goats.", []),
        ("'We left with only what we could carry, and we do not know if our house is still standing,' he "
         "said.", []),
        ("Doctors Without Borders said its clinic at the crossing had treated 140 people for gunshot wounds "
         "since Sunday.", []),
        ("The World Food Programme appealed to donors for $150 million, saying its food stocks in eastern "
         "Chad would run out by January.", [("REQUEST", "UNO", None)]),
        ("The European Commission disbursed 30 million euros in emergency humanitarian aid for the refugees "
         "and their Chadian hosts.", [("AID", "EUR", "TCD")]),
        ("A UNHCR convoy carrying tents and blankets reached the Chadian border town of Tine on Tuesday.",
         [("AID", "UNO", "TCD")]),
        ("Sudan's regular army has been fighting the Rapid Support Forces for control of the country for "
         "more than three years, in a war that has killed tens of thousands of people.", []),
        ("Sudan's foreign ministry accused the paramilitaries of deliberately targeting civilians from the "
         "Masalit community.", [("ACCUSE", "SDN", "SDN")]),
        ("The African Union demanded an immediate halt to the fighting in the area and unhindered "
         "humanitarian access.", [("REQUEST", "IGO", "SDN")]),
        ("Relief officials say the rainy season, which ended in October, has left roads to the camps badly "
         "damaged and many wells contaminated.", []),
        ("'The needs are growing faster than anything we can deliver,' said a UNHCR emergency coordinator "
         "in Adre, who asked not to be named.", []),
    ]),
    ("kenya-graft-trial", [
        ("Prosecutors in Kenya on Monday accused a former energy minister of steering 2.3 billion shillings "
         "in public contracts to companies owned by his relatives, as his corruption trial opened in "
         "Nairobi.", [("ACCUSE", "KEN", "KEN")]),
        ("Joseph Kamau, 61, pleaded not guilty to 14 counts including abuse of office and money laundering.",
         []),
        ("The contracts, for rural electricity connections, were awarded between 2021 and 2023 without "
         "competitive bidding, according to the charge sheet.", []),
        ("Auditors later estimated that fewer than a third of the promised connections were ever built.", []),
        ("Kamau's lawyer asked the court to throw out the case on procedural grounds, saying the defence "
         "had not received key documents.", [("REQUEST", "KEN", "KEN")]),
        ("Judge Mary Otieno rejected the application and ordered the trial to proceed.",
         [("REJECT", "KEN", "KEN")]),
        ("Dozens of anti-corruption activists rallied outside the court building, holding placards that "
         "read 'Return our money'.", [("PROTEST", "KEN", "KEN")]),
        ("'Every shilling stolen is a classroom or a clinic that was never built,' said Wanjiru Njoroge, "
         "29, a nursing student who joined the rally.", []),
        ("Kenya loses about a third of its national budget to graft each year, according to a former head "
         "of the anti-corruption commission.", []),
        ("Few senior officials have been convicted of corruption in the country, and several high-profile "
         "cases have collapsed over the past decade.", []),
        ("Transparency International welcomed the start of the trial but urged the judiciary to ensure it "
         "is not delayed for years.", [("SUPPORT", "NGO", "KEN"), ("REQUEST", "NGO", "KEN")]),
        ("Western donors have long pressed Nairobi to prosecute senior officials, and some have tied budget "
         "support to progress on graft cases.", []),
        ("Last month, the authorities froze assets belonging to Kamau and two of his brothers, including "
         "land in Nakuru and apartments in Nairobi.", [("COERCE", "KEN", "KEN")]),
        ("Kamau, who served in the cabinet from 2020 to 2024, sat silently through the hearing in a grey "
         "suit.", []),
        ("The prosecution plans to call 46 witnesses, and the trial is expected to last at least a year.",
         []),
        ("The hearing was adjourned until Thursday, when the first witness, a former procurement officer at "
         "the ministry, is due to testify.", []),
    ]),
    ("georgia-opposition-verdicts", [
        ("Late on Sunday a crowd estimated in the tens of thousands packed the avenue in front of Georgia's "
         "parliament in Tbilisi, the largest anti-government protest in the country this year.",
         [("PROTEST", "GEO", "GEO")]),
        ("The demonstration followed a court ruling last week that sentenced three opposition leaders to "
         "between four and seven years in prison for organising what prosecutors called an attempted coup.",
         [("COERCE", "GEO", "GEO")]),
        ("Riot police used water cannon and pepper spray to clear protesters who had blocked Rustaveli "
         "Avenue, the city's main thoroughfare, shortly after midnight.",
         [("ASSAULT", "GEO", "GEO"), ("PROTEST", "GEO", "GEO")]),
        ("The interior ministry said 61 people were detained for disobeying police orders.",
         [("COERCE", "GEO", "GEO")]),
        ("'They think if they lock up our leaders we will go home, but we keep coming back,' said Nino "
         "Beridze, a 22-year-old architecture student wrapped in an EU flag.", []),
        ("The ruling party has governed since 2012, and critics say it has drifted towards Moscow in recent "
         "years while insisting it still seeks EU membership.", []),
        ("In 2024, the government put its application for EU membership on hold, setting off months of "
         "nightly demonstrations.", []),
        ("The European Union's top diplomat condemned the sentences as politically motivated and called for "
         "the leaders' immediate release.", [("ACCUSE", "EUR", "GEO"), ("REQUEST", "EUR", "GEO")]),
        ("Lithuania imposed travel bans on four Georgian judges and two senior prosecutors involved in the "
         "case.", [("SANCTION", "LTU", "GEO")]),
        ("Georgia's prime minister dismissed the criticism as interference in the country's internal "
         "affairs and said the courts had acted independently.", [("REJECT", "GEO", "EUR")]),
        ("Many regular protesters say they now owe thousands of lari in fines for blocking traffic.", []),
        ("Georgia's president, a largely ceremonial figure aligned with the ruling party, did not comment "
         "on the verdicts.", []),
        ("Georgia's population of 3.7 million is overwhelmingly in favour of joining the EU, according to "
         "successive opinion polls.", []),
        ("Opposition leaders who remain free urged Georgians in other cities to join a fresh rally on "
         "Wednesday.", [("REQUEST", "GEO", "GEO")]),
        ("Many analysts believe the government is betting that the protests will fade as winter sets in.",
         []),
    ]),
    ("algeria-france-expulsions", [
        ("Algeria on Wednesday ordered the expulsion of 12 French diplomats, giving them 48 hours to "
         "depart, sharply escalating a row between Paris and its former colony.",
         [("SANCTION", "DZA", "FRA")]),
        ("The move came four days after French police arrested an Algerian consular employee in connection "
         "with the kidnapping of a dissident blogger near Paris.", [("COERCE", "FRA", "DZA")]),
        ("Algeria's foreign ministry summoned France's envoy on Monday to protest against the arrest.",
         [("ACCUSE", "DZA", "FRA")]),
        ("France responded on Thursday by expelling 12 Algerian diplomats and recalling its ambassador from "
         "Algiers for consultations.", [("SANCTION", "FRA", "DZA"), ("SANCTION", "FRA", "DZA")]),
        ("It is the first time since Algeria's independence in 1962 that the two countries have carried out "
         "expulsions on this scale.", []),
        ("Relations began to sour in 2024, when France backed Morocco's autonomy plan for the disputed "
         "territory of Western Sahara.", []),
        ("About 12,000 Algerians living in France without papers received deportation orders last year, but "
         "only a small share were actually sent home, according to French officials.", []),
        ("'Each side is playing to a domestic audience, and nobody wants to be seen backing down first,' "
         "said Karim Benali, a North Africa analyst at a Paris research institute.", []),
        ("More than 4 million people in France have ties to Algeria, and the row has unsettled families on "
         "both sides of the Mediterranean.", []),
        ("'My mother is in Oran and I don't know if I can still fly home for her operation,' said Samira, a "
         "41-year-old nurse in Marseille who did not want to give her last name.", []),
        ("Air Algerie said flights between the two countries were operating normally.", []),
        ("Algeria's president, speaking on state television, accused French politicians of using his "
         "country as a scapegoat ahead of elections.", [("ACCUSE", "DZA", "FRA")]),
        ("Tunisia offered to mediate between the two governments, according to a statement from its foreign "
         "ministry.", [("AGREE", "TUN", None)]),
        ("Italy, which relies on Algeria for more than a third of its gas imports, called on both sides to "
         "lower tensions.", [("REQUEST", "ITA", None)]),
        ("Bilateral trade reached about 11 billion euros last year, with French wheat and Algerian gas "
         "among the main goods.", []),
    ]),
]

FLOORS = {"precision": 0.88, "recall": 0.82, "actor_precision": 0.81, "max_per_empty": 0.07}
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
