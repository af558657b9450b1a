"""Eighth blind article batch: eleven wire stories (167 sentences), written on 2026-12-01 by a helper session
before the coder was run on any of it.

Theme: Europe, Africa and the Americas over one week, in agency style (VOA, AP, Reuters, AFP), with a lead
sentence carrying the main act followed by background, reactions, quotes from officials and ordinary people,
figures, history, analysis and what comes next: a NATO summit in Ankara and its communique, a coup in
Guinea-Bissau and the response of ECOWAS and the African Union, migrants rescued in the central Mediterranean,
a disputed Albanian election, Colombia's suspension of talks with the ELN after a car bomb, a mass extradition
of cartel figures from Mexico to the United States, a gang attack in central Haiti and the Kenyan-led mission,
a Russian strike on Dnipro and the world's reactions, Congo-M23 talks in Doha, a Venezuelan patrol boat in
Guyanese waters, and a farmers' protest in Brussels over the EU-Mercosur trade pact.

Conventions: each sentence lists every event that happened as told in it (asserted or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is AGREE, a
threat THREATEN, a demand or appeal REQUEST; the content of a promise, threat, demand or accusation is not a
second event; planned, hypothetical, conditional and denied acts, history more than about a year old, habitual
or generic statements, statistics and tallies, opinions and forecasts are not events, nor are statements to
the press of no listed type. Signing a formal agreement is SUPPORT, summoning an ambassador ACCUSE, halting
talks and suspending a member SANCTION, a rescue at sea AID, violent repression with tear gas ASSAULT, a riot
or civilian blockade PROTEST. Codes: ISO alpha-3 for a state's government, forces, people and groups; UNO for
the UN and its agencies; EUR for the EU; IGO for other intergovernmental bodies (NATO, ECOWAS, African Union,
OSCE, CARICOM); NGO for non-governmental groups; None where the sentence names no doer or no target. Joint
acts give the first party as actor and the second as recipient.

Scoring: per sentence, the coded events that happened (asserted or reported, placed by the start of their
trigger) are matched against the gold by type, one to one, for precision and recall; actor precision also
needs one of the coded actor codes to be the gold actor (a gold actor of None matches any); and the events
coded per sentence with no act are counted.

Overlap: every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed,
news, demo corpus and tests, and none was found.

FIRST RUN, on commit 755acb5 (the fourth 2026-12-01 session's coder, after the rules blind batches 39, 41, 42
and 43, article batches 5 and 7 and incident batches 1, 3 and 4 prompted), with the score of `_score`:
precision 0.737, recall 0.833, actor precision 0.589, 0.204 events per sentence with no act. The session's
starting coder (50def54), run on it afterwards for comparison: precision 0.734, recall 0.821, actor precision
0.585, 0.204 per empty sentence.
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
    ("nato-ankara-communique", [
        ("NATO leaders meeting in Ankara on Wednesday pledged to reach their new defense spending goals "
         "faster and condemned Russia's war in Ukraine in a final communique.",
         [("AGREE", "IGO", None), ("ACCUSE", "IGO", "RUS")]),
        ("Under the target set in The Hague last year, each of the 32 members is meant to devote 5 percent "
         "of its economic output to defense and related security by 2035.", []),
        ("Alliance figures released before the summit showed that only nine members were on course to hit "
         "the core military share of that goal.", []),
        ("Ukrainian President Volodymyr Zelenskyy joined the leaders for a working dinner on Tuesday and "
         "held separate talks with the German chancellor on air defense.",
         [("CONSULT", "UKR", "IGO"), ("CONSULT", "UKR", "DEU")]),
        ("The communique reaffirmed the alliance's backing for Kyiv's bid to join, describing its path to "
         "membership as irreversible, though it offered no date.", [("SUPPORT", "IGO", "UKR")]),
        ("Kremlin spokesman Dmitry Peskov called the document a confession of hostile intent and warned that"
         " Russia would answer with measures of its own along its western frontier.",
         [("ACCUSE", "RUS", "IGO"), ("THREATEN", "RUS", "IGO")]),
        ("“We are not at war with Russia, but nobody around this table is naive any more,” the secretary "
         "general told reporters as the meeting closed.", []),
        ("The gathering was held to a single working session, a format the Turkish hosts chose to keep the "
         "focus on money and weapons production rather than open quarrels.", []),
        ("Spain's prime minister refused on Tuesday to commit to a faster timetable, saying it would force "
         "cuts to pensions and public hospitals.", [("REJECT", "ESP", "IGO")]),
        ("The paragraph on Russia went through at least four drafts, according to diplomats involved in the "
         "drafting.", []),
        ("In 2022, the alliance named Russia the most significant and direct threat to its members, and "
         "Finland and Sweden joined in the two years that followed.", []),
        ("Analysts said the faster timetable would be hard to keep for heavily indebted countries such as "
         "Italy, Belgium and France.", []),
        ("“Percentages written in a communique do not roll off an assembly line,” said a defense economist "
         "at a research institute in Brussels.", []),
        ("Outside the congress center, several thousand people marched against rearmament, and Turkish "
         "police detained 14 who tried to push through a barrier.",
         [("PROTEST", None, "IGO"), ("COERCE", "TUR", None)]),
        ("Diplomats said the host of next year's summit would be named in the spring.", []),
    ]),
    ("guinea-bissau-coup-ecowas", [
        ("Army officers in Guinea-Bissau detained the president on Sunday and went on state television to "
         "declare that they had taken power, hours before results of a disputed vote were due.",
         [("COERCE", "GNB", "GNB")]),
        ("A colonel reading the statement said a military council would run the country until order was "
         "restored, and he ordered a nightly curfew from 8 p.m.", [("COERCE", "GNB", None)]),
        ("Shops in the capital, Bissau, stayed shut on Monday and the streets were mostly empty, residents "
         "said.", []),
        ("The West African bloc ECOWAS condemned the takeover and insisted that the president and his "
         "ministers be freed at once.", [("ACCUSE", "IGO", "GNB"), ("REQUEST", "IGO", "GNB")]),
        ("The African Union suspended Guinea-Bissau from all of its bodies on Monday evening.",
         [("SANCTION", "IGO", "GNB")]),
        ("The coup is the latest in a run of military seizures of power across West Africa and the Sahel "
         "since 2020, including in Mali, Burkina Faso, Niger and Guinea.", []),
        ("In 2024, Mali, Burkina Faso and Niger announced they were quitting the regional bloc, which they "
         "said served foreign interests.", []),
        ("The officers accused the ousted government of rigging the count and of plotting to cling to "
         "office.", [("ACCUSE", "GNB", "GNB")]),
        ("“We did not come here to confiscate power,” the colonel said, promising a return to civilian rule "
         "within 18 months.", [("AGREE", "GNB", None)]),
        ("Portugal, the former colonial ruler, called for constitutional order to be restored without delay.",
         [("REQUEST", "PRT", "GNB")]),
        ("Washington and Brussels said only that they were following the situation closely.", []),
        ("Guinea-Bissau, a country of about 2 million people, has seen at least four successful coups since "
         "independence in 1974 and many more attempts.", []),
        ("It is also a transit point for cocaine shipped from South America to Europe, and rival army "
         "factions have long been suspected of fighting over the trade.", []),
        ("“Every time the soldiers come out, the price of cashews collapses and it is the small people who "
         "pay,” said Mamadu, 54, who trades at Bandim market.", []),
        ("Cashews bring in roughly nine of every ten dollars the country earns abroad.", []),
        ("Leaders of the bloc meet in Abuja on Thursday to decide whether to shut borders with the country "
         "and freeze its assets at the regional central bank.", []),
    ]),
    ("mediterranean-rescue-ravenna", [
        ("A charity ship run by SOS Mediterranee pulled 87 migrants from an overcrowded rubber boat off the "
         "Libyan coast on Friday, the group said.", [("AID", "NGO", None)]),
        ("Among those brought aboard were 12 children travelling alone and a woman in late pregnancy.", []),
        ("Most of the passengers said they had left the Libyan town of Zuwara two days earlier, each paying "
         "smugglers as much as 3,000 dollars.", []),
        ("Italian authorities assigned the ship the port of Ravenna, more than 1,000 kilometers to the "
         "north, and the charity criticized the decision as needlessly cruel.", [("ACCUSE", "NGO", "ITA")]),
        ("“Several people on board have burns from fuel that mixed with seawater in the bottom of the boat,”"
         " the group's medical coordinator said.", []),
        ("Italy's interior ministry said the allocation followed standard rules and accused charity vessels "
         "of acting as a pull factor for smugglers.", [("ACCUSE", "ITA", "NGO")]),
        ("In a separate operation, the Italian coast guard picked up about 240 people from three fishing "
         "boats south of Lampedusa on Saturday.", [("AID", "ITA", None)]),
        ("Tunisia's national guard said it had intercepted 19 boats over the weekend and detained more than "
         "600 people trying to leave from its coast.", [("COERCE", "TUN", None)]),
        ("At least 1,400 people are dead or missing on the central Mediterranean route since January, the "
         "International Organization for Migration says.", []),
        ("Sea arrivals in Italy are down by about a third on last year, a fall that Rome credits to its "
         "deals with Tunisia and Libya.", []),
        ("In 2023, the European Union struck an agreement with Tunisia that offered funds in exchange for "
         "tighter border controls.", []),
        ("Rights groups have for years documented beatings and forced labor in Libyan detention centers.",
         []),
        ("On Sunday, the UN refugee agency urged European governments to share out the people brought ashore"
         " rather than leave countries on the front line to cope alone.", [("REQUEST", "UNO", None)]),
        ("Maltese officials said they had no record of a distress call from the rubber boat.", []),
        ("On deck, a 19-year-old from Guinea said it was his third attempt to reach Europe.", []),
        ("“The water was black and nobody on the boat knew how to swim,” he said.", []),
    ]),
    ("albania-election-dispute", [
        ("Albania's main opposition party refused on Monday to recognize the outcome of Sunday's "
         "parliamentary election, which handed the governing Socialists a fourth straight term.",
         [("REJECT", "ALB", "ALB")]),
        ("The Democratic Party accused the government of buying votes and pressuring public sector workers "
         "to back its candidates.", [("ACCUSE", "ALB", "ALB")]),
        ("With nearly all ballots counted, the Socialists had 53 percent of the vote and 82 of the 140 "
         "seats, the Central Election Commission said.", []),
        ("Election monitors sent by the OSCE called the vote competitive but criticized the ruling party's "
         "use of state resources in the campaign.", [("ACCUSE", "IGO", "ALB")]),
        ("Their preliminary report also mentioned long queues and cases of family voting in rural districts.",
         []),
        ("A government spokeswoman brushed the allegations aside, calling them sour grapes from a party that"
         " had forgotten how to win.", [("REJECT", "ALB", "ALB")]),
        ("Thousands of opposition supporters rallied in Tirana on Monday evening, some of them hurling "
         "flares at the prime minister's office.", [("PROTEST", "ALB", "ALB")]),
        ("Riot police scattered the crowd with water cannon and tear gas and arrested 23 people, according "
         "to the interior ministry.", [("ASSAULT", "ALB", "ALB"), ("COERCE", "ALB", "ALB")]),
        ("Eleven officers suffered minor injuries, according to a police statement.", []),
        ("Albania, a NATO member since 2009, began formal accession negotiations with Brussels in 2022 and "
         "hopes to join before the end of the decade.", []),
        ("The European Commission urged all parties to pursue their grievances through the courts and the "
         "election bodies rather than in the street.", [("REQUEST", "EUR", "ALB")]),
        ("The opposition has walked out of parliament for long stretches since 2019, when its deputies gave "
         "up their mandates en masse.", []),
        ("“Boycotts have never won them a single vote,” said a lecturer in politics at Tirana University.",
         []),
        ("In the northern city of Shkoder, a 61-year-old pensioner said he had voted for the Democrats all "
         "his life and saw no reason to change.", []),
        ("The commission is expected to certify the final count next week, after which parties have 10 days "
         "to lodge appeals.", []),
    ]),
    ("colombia-eln-talks-suspended", [
        ("Colombia on Tuesday broke off peace negotiations with the National Liberation Army rebels, a day "
         "after a car bomb killed four soldiers at a base in the northeastern province of Arauca.",
         [("SANCTION", "COL", "COL"), ("ASSAULT", None, "COL")]),
        ("The defense minister blamed the rebels for the blast and ordered 1,200 more troops into the border"
         " region.", [("ACCUSE", "COL", "COL"), ("MOBILIZE", "COL", None)]),
        ("The ELN did not claim the attack, but in a statement posted online it accused the army of breaking"
         " a ceasefire protocol by moving into areas under its control.", [("ACCUSE", "COL", "COL")]),
        ("The talks, launched in late 2022 and hosted in turn by Venezuela, Mexico and Cuba, had produced a "
         "bilateral truce that later lapsed.", []),
        ("Negotiators from both sides had been due to meet in Caracas next week to discuss a new truce.", []),
        ("“Peace cannot be built on the coffins of our soldiers,” the president wrote on social media.", []),
        ("Norway and Cuba, which act as guarantors of the process, urged both delegations to return to the "
         "table as soon as possible.", [("REQUEST", "NOR", "COL")]),
        ("The UN verification mission in Colombia offered to help restart the dialogue.",
         [("AGREE", "UNO", "COL")]),
        ("Arauca, on the border with Venezuela, is among the areas hardest hit by fighting between the ELN "
         "and dissident factions of the former FARC guerrillas.", []),
        ("More than 50,000 people have been displaced in the region since January, according to the UN "
         "humanitarian office.", []),
        ("A 2016 accord with the FARC ended five decades of war, but splinter groups refused to disarm and "
         "went on fighting.", []),
        ("Analysts said the suspension would harden positions on both sides and could take months to undo.",
         []),
        ("“Every government wants to be the one that makes peace, and every armed group knows it,” said a "
         "researcher at a Bogota think tank.", []),
        ("In the town of Saravena, relatives of the dead soldiers waited outside the base on Tuesday night "
         "for the bodies to be handed over.", []),
        ("“My son was 19 and had been in uniform for eight months,” said one mother, clutching his "
         "photograph.", []),
    ]),
    ("mexico-extradites-cartel-figures", [
        ("Mexico on Thursday extradited 26 suspected cartel figures to the United States, its second mass "
         "handover this year.", [("COOPERATE", "MEX", "USA")]),
        ("Among those flown north was a senior Sinaloa cartel operator accused of running shipments of "
         "synthetic drugs through the state of Sonora.", []),
        ("The US attorney general thanked Mexico for its cooperation and said the suspects would stand trial"
         " in New York, Texas and California.", [("SUPPORT", "USA", "MEX")]),
        ("The handover came days after the White House threatened to raise tariffs on Mexican goods unless "
         "the flow of drugs across the border slowed.", [("THREATEN", "USA", "MEX")]),
        ("Mexico's president said the transfer had been carried out under Mexican law as a matter of "
         "national security.", []),
        ("At the Nogales crossing, US Customs and Border Protection officers seized more than 400 kilograms "
         "of fentanyl powder hidden in a tractor-trailer, the agency said.", [("COERCE", "USA", None)]),
        ("Fentanyl seizures at the southern border have fallen by about half from their peak, official data "
         "show.", []),
        ("Synthetic opioids were linked to roughly 48,000 deaths in the United States last year, according "
         "to the Centers for Disease Control and Prevention.", []),
        ("Separately, gunmen killed five people, among them a municipal police commander, in an attack on a "
         "bar in the northern state of Chihuahua late Wednesday, state prosecutors said.",
         [("ASSAULT", None, "MEX")]),
        ("Investigators believe the killings stemmed from a feud between rival factions over smuggling "
         "routes into Texas.", []),
        ("Under an arrangement reached earlier in the year, Mexico has kept roughly 10,000 Guard troops "
         "stationed near the US border.", []),
        ("Analysts say extraditions let Mexico show results without allowing US forces to operate on its "
         "soil, a line its leaders have so far refused to cross.", []),
        ("“Sending people north is a gesture, and the cartels replace them within weeks,” said a security "
         "analyst in Mexico City.", []),
        ("In 2025, Mexico sent 29 cartel prisoners to the United States in a single operation, among them "
         "the drug lord Rafael Caro Quintero.", []),
        ("Security officials of the two governments plan to gather in Washington next month to review a "
         "joint plan against arms trafficking.", []),
    ]),
    ("haiti-mirebalais-gang-attack", [
        ("Gang members stormed the town of Mirebalais in central Haiti overnight, setting homes on fire and "
         "killing at least 17 people, local officials said on Saturday.", [("ASSAULT", "HTI", "HTI")]),
        ("Hundreds of residents fled on foot toward Lascahobas, carrying what they could on their heads.",
         []),
        ("Haitian police backed by Kenyan officers from the multinational force fought the gunmen for "
         "several hours, a police spokesman said.", [("ASSAULT", "HTI", "HTI")]),
        ("The gang coalition known as Viv Ansanm claimed the raid in a clip shared online.", []),
        ("The Kenyan-led mission, which began arriving in 2024, has about 1,000 personnel, far short of the "
         "2,500 that were originally envisaged.", []),
        ("Its Kenyan commander appealed on Saturday for more troops and helicopters, saying his forces were "
         "stretched across too many fronts.", [("REQUEST", "KEN", None)]),
        ("Speaking in Nairobi, Kenya's president pledged to send another 300 police officers within weeks.",
         [("AGREE", "KEN", "HTI")]),
        ("A UN-backed plan to expand the mission into a larger force is still short of money and troops.",
         []),
        ("Armed groups hold sway over nearly all of the capital and have pushed into farming areas of the "
         "Artibonite and Centre departments.", []),
        ("More than 1 million Haitians are displaced inside the country, according to the International "
         "Organization for Migration.", []),
        ("The US State Department condemned the attack on Mirebalais and reaffirmed its support for the "
         "security mission.", [("ACCUSE", "USA", "HTI"), ("SUPPORT", "USA", "KEN")]),
        ("Haiti's transitional authorities imposed a three-day curfew across the Centre department.",
         [("COERCE", "HTI", None)]),
        ("Doctors Without Borders said its teams had treated 31 people with gunshot wounds at a clinic on "
         "the edge of town.", [("AID", "NGO", "HTI")]),
        ("“We heard them calling out names from a list, and then the shooting started,” said a woman of 38 "
         "who hid in a maize field with her three children.", []),
        ("Haiti has not held a national election since 2016.", []),
    ]),
    ("dnipro-strike-reactions", [
        ("Russian missiles and drones struck the city of Dnipro overnight, killing at least 21 people when "
         "part of a five-story apartment block collapsed, Ukrainian officials said on Tuesday.",
         [("ASSAULT", "RUS", "UKR")]),
        ("Rescue crews dug through the rubble all morning, and the regional governor said three children "
         "were among the dead.", []),
        ("According to the air force, 39 of the 48 drones and two of the six ballistic missiles fired "
         "overnight were intercepted.", []),
        ("President Volodymyr Zelenskyy called the strike deliberate terror against civilians and urged "
         "allies to deliver more air defense systems.", [("ACCUSE", "UKR", "RUS"), ("REQUEST", "UKR", None)]),
        ("Russia's Defense Ministry said it had carried out a massive strike on military industrial sites in"
         " the Dnipro region and denied targeting homes.", [("ASSAULT", "RUS", "UKR")]),
        ("Few strikes on a Ukrainian city this year have claimed more lives.", []),
        ("Germany's foreign minister condemned the attack as a war crime, and France summoned Russia's "
         "ambassador in Paris.", [("ACCUSE", "DEU", "RUS"), ("ACCUSE", "FRA", "RUS")]),
        ("The EU's top diplomat said the bombing showed why pressure on Moscow had to grow.", []),
        ("Britain said a further batch of air defense missiles had been delivered to Ukraine this week under"
         " an existing aid package.", [("AID", "GBR", "UKR")]),
        ("The UN human rights monitoring mission said civilian casualties in Ukraine over the past three "
         "months were more than a quarter higher than in the spring.", []),
        ("Direct talks between Russian and Ukrainian delegations in Istanbul last year produced prisoner "
         "exchanges but no agreement on a ceasefire.", []),
        ("Russia and Ukraine swapped 84 prisoners each on Tuesday, their fourth swap since July.",
         [("RETREAT", "RUS", "UKR")]),
        ("In Dnipro, a 67-year-old retired engineer stood in front of the ruined block where his daughter "
         "had lived on the fourth floor.", []),
        ("“They say they hit factories, so show me the factory,” he said, pointing at the smoking shell.",
         []),
        ("The city, a major industrial hub on the Dnipro River, has been hit many times since the full-scale"
         " invasion began in February 2022.", []),
        ("City authorities declared three days of mourning.", []),
    ]),
    ("congo-m23-doha-talks", [
        ("Envoys from Kinshasa and the M23 rebels resumed negotiations in Doha on Monday, Qatari mediators "
         "said, after weeks of fighting in the eastern province of South Kivu.", [("CONSULT", "COD", "COD")]),
        ("The negotiations had stalled in October over prisoner releases and the pullback of rebel fighters "
         "from captured towns.", []),
        ("On the eve of the meeting, the M23 released 40 government soldiers into the care of the ICRC in "
         "Goma.", [("RETREAT", "COD", "COD")]),
        ("Congo's government welcomed the release as a gesture of goodwill.", [("SUPPORT", "COD", "COD")]),
        ("But the army and allied militias clashed with rebels near Uvira on Sunday for a third straight "
         "day, residents and local officials said.", [("ASSAULT", "COD", "COD")]),
        ("Congo's army accused Rwanda of sending troops and heavy weapons across the border to back the M23.",
         [("ACCUSE", "COD", "RWA")]),
        ("Kigali has always denied arming the group, although UN experts reported last year that thousands "
         "of Rwandan soldiers were operating in eastern Congo.", []),
        ("In June 2025, the two countries signed a peace agreement in Washington, but the deal has done "
         "little to stop the fighting on the ground.", []),
        ("The US envoy for Africa called on both governments to carry out their commitments and said "
         "Washington would gladly host the next session.",
         [("REQUEST", "USA", "COD"), ("AGREE", "USA", None)]),
        ("The conflict has uprooted about 7 million people across Congo, according to the United Nations.",
         []),
        ("Eastern Congo holds vast deposits of coltan, gold and tin, and control of the mines has fueled "
         "successive wars since the 1990s.", []),
        ("The African Union Commission chairperson praised Qatar's mediation and urged the rebels to respect"
         " the ceasefire.", [("SUPPORT", "IGO", "QAT"), ("REQUEST", "IGO", "COD")]),
        ("In Bukavu, which the rebels seized in early 2025, shopkeepers said trade had barely recovered.",
         []),
        ("“There is no state here, no bank, nothing,” said a 45-year-old who sells phone credit in the "
         "central market.", []),
        ("Mediators hope to settle a prisoner exchange within weeks.", []),
    ]),
    ("guyana-venezuela-patrol-boat", [
        ("Guyana accused Venezuela on Wednesday of sending a naval patrol boat into Guyanese waters close to"
         " an ExxonMobil oil project, calling the incursion a threat to regional peace.",
         [("ACCUSE", "GUY", "VEN")]),
        ("Guyana's president said the vessel had circled a floating production ship for about two hours.",
         []),
        ("Venezuela's foreign ministry rejected the complaint, saying the waters were pending delimitation "
         "and its ships had every right to sail there.", [("REJECT", "VEN", "GUY")]),
        ("Georgetown summoned the Venezuelan charge d'affaires to lodge a formal protest.",
         [("ACCUSE", "GUY", "VEN")]),
        ("Caracas has laid claim to the Essequibo, a vast forested area west of the river of that name, "
         "since the 19th century.", []),
        ("A 2023 Venezuelan referendum endorsed making the area a new state, stirring fears of an invasion.",
         []),
        ("The two leaders met that December on the island of St. Vincent and promised not to use force, but "
         "tensions have flared repeatedly since.", []),
        ("The case has sat with the UN's top court since 2018, and Caracas says the judges have no say over "
         "it.", []),
        ("Brazil, which borders both countries, said it was sending extra troops and armored vehicles to "
         "Roraima state.", [("MOBILIZE", "BRA", None)]),
        ("The Caribbean Community issued a statement backing Guyana's sovereignty and calling on Caracas to "
         "respect international law.", [("SUPPORT", "IGO", "GUY"), ("REQUEST", "IGO", "VEN")]),
        ("A US State Department spokesman said Washington stood firmly with Guyana.",
         [("SUPPORT", "USA", "GUY")]),
        ("Guyana's economy has grown faster than almost any other since crude began flowing in 2019, and "
         "output now tops 900,000 barrels a day.", []),
        ("Analysts said Caracas was unlikely to risk a military clash but wanted to keep investors nervous.",
         []),
        ("“Every time a grey hull appears on the horizon, the insurance premiums go up,” said an energy "
         "consultant in Georgetown.", []),
        ("Guyana's foreign minister is due to raise the incident with the permanent council of the "
         "Organization of American States on Friday.", []),
    ]),
    ("brussels-farmers-mercosur", [
        ("Farmers steered thousands of tractors through the heart of Brussels on Thursday, blocking streets "
         "and throwing eggs at police while EU leaders met to debate the Mercosur trade agreement.",
         [("PROTEST", None, "EUR"), ("CONSULT", "EUR", None)]),
        ("Belgian police used water cannon and tear gas to push the protesters back from the European "
         "Parliament.", [("ASSAULT", "BEL", None)]),
        ("Farm unions from France, Belgium, Ireland and Poland argue the pact would expose them to cheap "
         "beef, poultry and sugar produced under looser environmental rules.", []),
        ("The agreement, under negotiation for more than 25 years, would create one of the world's largest "
         "free trade zones, covering about 700 million people.", []),
        ("France's president told reporters the text was unacceptable in its current form and that Paris "
         "would not sign it.", [("REJECT", "FRA", "EUR")]),
        ("Germany and Spain, which see the pact as a way to open markets for their manufacturers, urged the "
         "Commission to press on with ratification without waiting for the spring.",
         [("REQUEST", "DEU", "EUR")]),
        ("Brazil's president called on the Europeans to conclude the deal without further delay.",
         [("REQUEST", "BRA", "EUR")]),
        ("The European Commission offered farmers a 1 billion euro safeguard fund to cushion any sharp fall "
         "in prices.", [("AGREE", "EUR", None)]),
        ("Farm union leaders scorned the offer, calling it crumbs.", [("REJECT", None, "EUR")]),
        ("Similar protests brought parts of Paris and Brussels to a standstill in early 2024.", []),
        ("Agriculture accounts for a small slice of EU economic output, but farmers carry outsized political"
         " weight, especially in France.", []),
        ("“My father worked this land, and if this passes I will be the last one,” said a 47-year-old beef "
         "farmer from Wallonia who had driven four hours to reach the capital.", []),
        ("Leaders ended their meeting late Thursday without a decision on the agreement.", []),
        ("Trade ministers are expected to return to the matter in January.", []),
    ]),
]

FLOORS = {"precision": 0.81, "recall": 0.88, "actor_precision": 0.67, "max_per_empty": 0.15}
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
