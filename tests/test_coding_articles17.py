"""The seventeenth blind article batch: whole articles the coder has never seen, scored sentence by sentence.

Written on 2026-12-01 before the coder was run on any of it. Theme: Europe, the Caucasus and the Baltic over
one week, in the style of Reuters, AFP and RFE/RL: Armenia and Azerbaijan's border talks and a prisoner
exchange, Georgia's protests, arrests and a jailed opposition figure, Moldova and Transnistria (detained
customs officers, a power line with Romania), undersea cable damage in the Baltic and the ships suspected,
Serbia and Kosovo after two arrests, Poland's border with Belarus, and Hungary and the EU over frozen funds,
with many acts told by ministries and several figures that differ between sources. About half the sentences
carry no act that happened (quotes, background, statistics, forecasts, descriptions).

Conventions: each sentence lists every event that happened as told in it (asserted, or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is AGREE, a
threat THREATEN, a demand or appeal REQUEST, a summoned ambassador ACCUSE, a signed agreement SUPPORT, a
released prisoner RETREAT; the content of a promise, threat, demand or accusation is not a second event.
Planned, hypothetical, conditional and denied acts, acts more than about a year old, habitual or generic
statements, tallies, opinions and forecasts are not listed. Codes are ISO country codes for a state's
government, forces, people or groups alike (the Transnistrian authorities are MDA, Kosovo is XKX), UNO for the
United Nations and its agencies, EUR for the European Union, IGO for other intergovernmental bodies (NATO,
KFOR, the OSCE, the World Bank), NGO for non-governmental groups; the actor is None where the sentence names
no doer; joint acts give the first party as actor and the second as recipient.

Scoring: per sentence, the coded events that happened (asserted or reported) are matched against the gold by
type, one to one; precision, recall, actor precision (a matched type whose coded actors include the gold
actor) and the events coded per sentence with no act are checked against FLOORS.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the ninth 2026-12-01 session): run
once at its start, on its starting code (c2d4552), and once at its end, on its final code (0d30f2e):
**precision 0.775, recall 0.852**, actor precision 0.652, 0.155 events per sentence with no act, on both.
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
    ("arm-aze-border-commission", [
        ("Deputy prime ministers from Armenia and Azerbaijan held a fresh round of talks on Monday in the "
         "Georgian border town of Sadakhlo on marking their shared frontier, both governments said.",
         [("CONSULT", "ARM", "AZE")]),
        ("Armenia and Azerbaijan agreed to start surveying another 12 kilometres of the boundary near the "
         "Tavush region before the winter snows set in, a joint communique from the two foreign ministries "
         "said.", [("AGREE", "ARM", "AZE")]),
        ("It was the fourteenth session of the two delimitation commissions since they were created, and "
         "the first since April.", []),
        ("Azerbaijan's Foreign Ministry urged Yerevan to strip what it called territorial claims against "
         "Azerbaijan out of the Armenian constitution as a condition for signing a peace treaty.",
         [("REQUEST", "AZE", "ARM")]),
        ("Armenian leaders have floated a referendum on a new basic law some time in 2027, though no date "
         "has been fixed.", []),
        ("The neighbours fought two wars over the mountainous Karabakh region, the latest in 2020, before "
         "Baku retook the enclave in a lightning 24-hour operation in September 2023.", []),
        ("Upwards of 100,000 of the enclave's ethnic Armenians left within a week of that assault, United "
         "Nations agencies estimated, while Armenian officials have cited a figure nearer 115,000.", []),
        ("'Each time they sit down together, we pray the shooting stays away,' said Gayane Harutyunyan, 54, "
         "who sells dried apricots and walnuts in the frontier village of Kirants.", []),
        ("In Kirants, the newly staked line passes a few hundred metres from the last houses and separates "
         "several families from their orchards.", []),
        ("Russia's Foreign Ministry accused Washington and Brussels on Tuesday of scheming to squeeze "
         "Moscow out of the South Caucasus by sponsoring the process.", [("ACCUSE", "RUS", "USA")]),
        ("Yerevan froze its membership of the Moscow-led Collective Security Treaty Organisation in 2024 "
         "and has since drifted towards the West.", []),
        ("The European Union, whose unarmed monitors have been patrolling Armenia's edge of the boundary "
         "for three years, hailed Monday's session as a constructive step.", [("SUPPORT", "EUR", "ARM")]),
        ("Analysts cautioned that the thorniest stretches, including several tiny enclaves on both sides, "
         "had not yet come up.", []),
        ("'The easy kilometres are behind them, and the hard ones run through people's gardens,' said Davit "
         "Sargsyan, a researcher at a Yerevan policy institute.", []),
        ("The commissions are scheduled to reconvene in the Azerbaijani town of Gabala in January, the "
         "statement said.", []),
    ]),
    ("georgia-rally-dispersed", [
        ("Riot police in Georgia blasted thousands of demonstrators with water cannon and fired tear gas at "
         "them in front of the Tbilisi parliament overnight, as nightly rallies against the ruling Georgian "
         "Dream party entered their third year.", [("ASSAULT", "GEO", "GEO"), ("PROTEST", "GEO", "GEO")]),
        ("The Interior Ministry said 43 people had been detained for hooliganism and defying police orders, "
         "and that nine officers had been hurt.", [("COERCE", "GEO", "GEO")]),
        ("Opposition groups gave a higher count of at least 60, among them two reporters and a student "
         "leader.", []),
        ("Video posted online showed masked police officers dragging a man along Rustaveli Avenue and "
         "kicking him as he lay on the pavement.", [("ASSAULT", "GEO", "GEO")]),
        ("The ombudsman's office said it had logged 27 complaints of mistreatment in custody since "
         "Saturday.", []),
        ("Georgia's prime minister commended the police for showing what he described as restraint and "
         "accused foreign-funded groups of plotting a revolution.",
         [("SUPPORT", "GEO", "GEO"), ("ACCUSE", "GEO", "NGO")]),
        ("Georgia's path towards European Union membership has been all but frozen since late 2024, when "
         "the government shelved accession talks until 2028.", []),
        ("Brussels' foreign policy chief denounced the crackdown and pressed Georgia's government to let go "
         "of everyone arrested merely for demonstrating peacefully.",
         [("ACCUSE", "EUR", "GEO"), ("REQUEST", "EUR", "GEO")]),
        ("Britain and the three Baltic states imposed entry bans on a further 15 Georgian officials they "
         "blame for the violence.", [("SANCTION", "GBR", "GEO")]),
        ("'They can gas us every night, but the fear has gone,' said Nino, an architecture student aged 23, "
         "who would not give her surname because she worried about losing her scholarship.", []),
        ("Her mother, a retired schoolteacher, brings sandwiches and flasks of tea to the square three "
         "evenings a week.", []),
        ("The government insists Georgian Dream won the October 2024 parliamentary vote fairly, a claim "
         "disputed by the opposition and by Western observers who described heavy pressure on voters.", []),
        ("Since then, more than 500 people have been detained over the protests, according to the Georgian "
         "Young Lawyers' Association.", []),
        ("A vote is likely next week on a bill that would let the authorities dissolve parties judged to "
         "threaten the constitutional order.", []),
        ("The party's founder, billionaire Bidzina Ivanishvili, has made no public appearance since the "
         "unrest began.", []),
    ]),
    ("moldova-customs-officers", [
        ("Moldova's government on Tuesday accused the authorities in the breakaway region of Transnistria "
         "of seizing three Moldovan customs officers at a checkpoint on the Dniester river.",
         [("ACCUSE", "MDA", "MDA")]),
        ("Officials in Tiraspol said the three men had entered the region without permission and were now "
         "being questioned by its security service.", [("COERCE", "MDA", "MDA")]),
        ("Moldova's prime minister demanded that the officers be freed at once and unharmed.",
         [("REQUEST", "MDA", "MDA")]),
        ("The standoff comes as Transnistria faces a second winter without Russian gas piped through "
         "Ukraine, a transit route that closed on January 1, 2025.", []),
        ("The separatist authorities say about 350,000 people live in the strip, though Moldova's "
         "statistics office puts the population closer to 300,000.", []),
        ("Last week the European Union paid out 60 million euros to help Moldova buy gas and electricity "
         "for the cold months, part of which is meant to reach Transnistria.", [("AID", "EUR", "MDA")]),
        ("Russia keeps roughly 1,500 soldiers in Transnistria, some of them guarding a huge Soviet-era "
         "munitions depot at Cobasna.", []),
        ("Chisinau has repeatedly called for their departure, a demand Moscow has ignored for three "
         "decades.", []),
        ("In Chisinau, President Maia Sandu met the head of the OSCE mission to Moldova and asked the "
         "organisation to help bring the officers home.",
         [("CONSULT", "MDA", "IGO"), ("REQUEST", "MDA", "IGO")]),
        ("The OSCE said its mediators had spoken to both sides by telephone on Tuesday afternoon.",
         [("CONSULT", "IGO", "MDA")]),
        ("'My husband left for his shift and never came back,' Liliana, the wife of one of the men, told "
         "local television outside the customs post at Varnita.", []),
        ("Transnistria's de facto leader, Vadim Krasnoselsky, promised that the men would be handed over "
         "once investigators had finished their work.", [("AGREE", "MDA", "MDA")]),
        ("The region, which split away after a brief war in 1992, is not recognised by any state, Russia "
         "included.", []),
        ("Moldova, which opened EU membership negotiations in 2024, hopes to reunite with Transnistria "
         "peacefully before it joins the bloc, an ambition most analysts regard as remote.", []),
        ("Late on Tuesday, Tiraspol freed one of the officers, a 61-year-old with a heart condition, on "
         "humanitarian grounds, Moldova's reintegration bureau said.", [("RETREAT", "MDA", "MDA")]),
        ("The other two were still in custody on Wednesday morning.", []),
    ]),
    ("baltic-estlink-ship", [
        ("Finnish police boarded and detained a cargo ship in the Gulf of Finland on Sunday after a power "
         "link and two data cables between Finland and Estonia were damaged, the coast guard said.",
         [("COERCE", "FIN", None)]),
        ("The vessel, the Cook Islands-flagged Elira Sun, had been heading from the Russian port of "
         "Ust-Luga to Port Said in Egypt, according to ship-tracking data.", []),
        ("Investigators suspect the ship dragged its anchor along the seabed for close to 90 kilometres, "
         "Finland's National Bureau of Investigation said.", []),
        ("Finnish grid operator Fingrid said repairs could take up to seven months, while its Estonian "
         "counterpart Elering estimated four.", []),
        ("Estonia's Foreign Ministry summoned Moscow's top diplomat in Tallinn, the charge d'affaires, over "
         "the incident.", [("ACCUSE", "EST", "RUS")]),
        ("Kremlin spokesman Dmitry Peskov accused the Baltic governments of whipping up anti-Russian "
         "hysteria before any inquiry had been carried out.", [("ACCUSE", "RUS", "EST")]),
        ("NATO said it was sending two more frigates and a maritime patrol aircraft to the area under its "
         "Baltic Sentry mission, launched in January 2025 to guard undersea infrastructure.",
         [("MOBILIZE", "IGO", None)]),
        ("Estonia's Internal Security Service handed radar recordings and ship-tracking logs to Finnish "
         "detectives on Monday, the Estonian interior minister said.", [("COOPERATE", "EST", "FIN")]),
        ("Finnish public broadcaster Yle has counted at least 11 cables and pipelines damaged in the Baltic "
         "Sea since the autumn of 2023.", []),
        ("In most of those cases, investigators struggled to prove the damage was deliberate, and in 2025 a "
         "Helsinki court threw out charges against the crew of the tanker Eagle S.", []),
        ("'The sea is full of old ships with heavy anchors and nobody watching them,' said Rein Kask, a "
         "retired Estonian naval officer who now advises shipping insurers.", []),
        ("The ship's crew of 24, most of them from India and Russia, remained on board while divers "
         "examined the anchor chain.", []),
        ("Sweden offered Finland a navy diving team and a remotely operated submarine to help map the "
         "damaged seabed.", [("AGREE", "SWE", "FIN")]),
        ("Finland's president spoke by phone with Estonia's president on Sunday evening and they pledged to "
         "act together, the Finnish presidency said.", [("CONSULT", "FIN", "EST"), ("AGREE", "FIN", "EST")]),
        ("Telecom operators said internet traffic had been rerouted and customers should notice little "
         "disruption.", []),
        ("The power link, which can carry 650 megawatts, supplies about a fifth of Estonia's electricity "
         "imports in winter.", []),
    ]),
    ("baltic-gotland-cable", [
        ("Sweden's navy seized a Maltese-flagged bulk carrier off the island of Gotland on Wednesday after "
         "a fibre-optic cable running to Latvia was found severed, Swedish prosecutors said.",
         [("COERCE", "SWE", "MLT")]),
        ("The prosecutors said they had opened a preliminary inquiry into suspected sabotage.", []),
        ("The carrier's Chinese operator insisted that the crew had done nothing wrong and that the ship "
         "had been sheltering from a storm.", []),
        ("China's Foreign Ministry urged Stockholm to handle the case fairly and lawfully, and to safeguard "
         "the rights of the Chinese sailors on board.", [("REQUEST", "CHN", "SWE")]),
        ("Latvia's prime minister and the Swedish prime minister discussed the cable in a phone call on "
         "Wednesday morning, the Latvian government said.", [("CONSULT", "LVA", "SWE")]),
        ("Latvia's navy said it had dispatched a patrol boat to the site of the break, about 60 kilometres "
         "off the port of Ventspils.", [("MOBILIZE", "LVA", None)]),
        ("The state broadcasting centre in Riga said the cable carried a small share of the country's "
         "foreign data traffic and that services were running normally.", []),
        ("Swedish officials put the depth of the cable at about 50 metres, while the Latvian navy said it "
         "lay at nearly 70.", []),
        ("Sweden's civil defence minister said it could not yet be determined whether the cut was "
         "deliberate but that the government was taking it extremely seriously.", []),
        ("In December 2024, Beijing declined to let Swedish prosecutors board the Yi Peng 3, a bulk carrier "
         "suspected of cutting two cables, before it sailed away.", []),
        ("Unlike that ship, the carrier now anchored off Karlskrona is inside Swedish territorial waters, "
         "which gives prosecutors wider powers, legal experts said.", []),
        ("Lithuania's defence minister called on the European Union to adopt rules allowing coastal states "
         "to inspect shadow fleet vessels in international waters.", [("REQUEST", "LTU", "EUR")]),
        ("'We cannot keep sitting and waiting for the next cable to snap,' the minister told reporters in "
         "Vilnius.", []),
        ("The European Commission has drafted a cable security action plan, including a fleet of repair "
         "ships, but member states have yet to settle how to fund it.", []),
        ("Shipping analysts reckon that several hundred ageing tankers and freighters with murky ownership "
         "cross the Baltic every month carrying Russian oil and other cargo.", []),
        ("The carrier is expected to remain at anchor until at least the weekend.", []),
    ]),
    ("kosovo-zvecan-arrests", [
        ("Kosovo police arrested two Serbian nationals on Monday near the northern town of Zvecan on "
         "suspicion of smuggling weapons, the Interior Ministry in Pristina said.",
         [("COERCE", "XKX", "SRB")]),
        ("Serbia's Foreign Ministry condemned the arrests as kidnapping and demanded that the European "
         "Union's rule-of-law mission step in.", [("ACCUSE", "SRB", "XKX"), ("REQUEST", "SRB", "EUR")]),
        ("Kosovo police said they had seized two assault rifles, a hand grenade and about 400 rounds of "
         "ammunition from the men's car.", [("COERCE", "XKX", "SRB")]),
        ("Serbia has never accepted Kosovo's 2008 declaration of independence, and ethnic Serbs form a "
         "majority in four northern municipalities.", []),
        ("Tensions peaked in September 2023, when armed Serbs stormed the village of Banjska and killed a "
         "Kosovo police officer in a gun battle that left three of the attackers dead.", []),
        ("Serbian President Aleksandar Vucic said on Instagram that Serbs in Kosovo were living in fear and "
         "accused the government in Pristina of trying to drive them out.", [("ACCUSE", "SRB", "XKX")]),
        ("Kosovo's government said the arrests were lawful and rejected what it called Belgrade's meddling "
         "in an internal police matter.", [("REJECT", "XKX", "SRB")]),
        ("The European Union's envoy for the dialogue between the two sides travelled to Pristina on "
         "Tuesday and met Kosovo's foreign minister, the EU office there said.", [("CONSULT", "EUR", "XKX")]),
        ("The EU envoy urged both governments to avoid unilateral steps and to return to the negotiating "
         "table.", [("REQUEST", "EUR", "SRB")]),
        ("The talks, brokered by Brussels since 2011, have yielded a string of deals on freedom of "
         "movement, energy and car number plates, many of them never fully carried out.", []),
        ("In the northern part of Mitrovica, several hundred Serbs gathered on the main bridge on Tuesday "
         "evening to demand the two men's release.", [("PROTEST", "SRB", "XKX")]),
        ("'We just want our boys home and to be left alone,' said Dragana, 47, a shopkeeper who came to the "
         "rally with her two children.", []),
        ("The NATO-led KFOR peacekeeping force, which has around 4,500 troops in Kosovo, said it had "
         "stepped up patrols in the north.", [("MOBILIZE", "IGO", "XKX")]),
        ("Pristina has in the past accused Belgrade of massing troops near the boundary, a charge Serbia "
         "rejects.", []),
        ("The two men are due before a judge in Mitrovica on Thursday, when prosecutors are expected to "
         "seek 30 days of pretrial detention.", []),
    ]),
    ("poland-belarus-fence", [
        ("Polish border guards were attacked with stones and branches on Sunday by about 60 migrants "
         "attempting to breach the fence from Belarus near the village of Dubicze Cerkiewne, the Border "
         "Guard said.", [("ASSAULT", None, "POL")]),
        ("Two officers suffered minor injuries, the agency said, while the Belarusian side claimed no more "
         "than 20 people had been at the fence.", []),
        ("Poland's interior minister accused Belarusian border guards of escorting the migrants to the "
         "barrier and supplying them with ladders and bolt cutters.", [("ACCUSE", "POL", "BLR")]),
        ("Belarus's State Border Committee denied any link to the group and accused Polish guards of "
         "beating migrants and pushing them back into the forest.", [("ACCUSE", "BLR", "POL")]),
        ("Poland deployed a further 500 soldiers to the border on Monday, raising the total there to about "
         "5,500, according to the Defence Ministry.", [("MOBILIZE", "POL", "BLR")]),
        ("Belarusian state media gave a far higher figure, of around 8,000.", []),
        ("A buffer zone along part of the frontier has barred non-residents from entering since June 2024.",
         []),
        ("Since the crisis began in 2021, the aid group We Are Monitoring has recorded at least 90 deaths "
         "in the borderlands on both sides, mostly from cold and exhaustion.", []),
        ("The European Union accuses Belarusian leader Alexander Lukashenko of turning migrants into a "
         "weapon against the bloc, a charge he dismisses.", []),
        ("Lithuania's Foreign Ministry handed a protest note to the Belarusian charge d'affaires over a "
         "fresh wave of smuggling balloons that forced Vilnius airport to shut twice last week.",
         [("ACCUSE", "LTU", "BLR")]),
        ("Separately, Poland reopened two road crossings with Belarus to freight on Monday, easing "
         "restrictions that had left thousands of lorries stranded on both sides.",
         [("CONCEDE", "POL", "BLR")]),
        ("'Every night we hear them in the forest, shouting, and then the helicopters,' said Jan, a "
         "67-year-old farmer in Czeremcha who asked that his surname not be used.", []),
        ("Humanitarian groups say Polish guards routinely push migrants back across the line in breach of "
         "international law.", []),
        ("Amnesty International called on Warsaw to end the pushbacks and to let independent monitors into "
         "the buffer zone.", [("REQUEST", "NGO", "POL")]),
        ("Polish officials say attempted crossings have fallen by about half this year, to roughly 15,000, "
         "though the Border Guard's own weekly figures point to a smaller drop.", []),
        ("Polish, Lithuanian and Latvian troops are due to hold a joint border exercise next month.", []),
    ]),
    ("hungary-frozen-funds", [
        ("The European Commission on Wednesday refused to release 1.2 billion euros in frozen EU funds for "
         "Hungary, saying Budapest had not done enough to shore up judicial independence and curb "
         "corruption.", [("REJECT", "EUR", "HUN")]),
        ("Hungarian officials put the total still blocked at about 18 billion euros, while Commission "
         "figures suggest nearer 19 billion.", []),
        ("Hungary's Foreign Ministry denounced the decision as political blackmail and accused Brussels of "
         "punishing ordinary Hungarians for their government's stance on migration and Ukraine.",
         [("ACCUSE", "HUN", "EUR")]),
        ("The Commission first froze the money in late 2022 under a mechanism tying payments to respect for "
         "the rule of law.", []),
        ("Hours later, Hungary's Justice Ministry said it had lodged a complaint against the decision with "
         "the EU Court of Justice in Luxembourg.", [("ACCUSE", "HUN", "EUR")]),
        ("Budapest also threatened to block the renewal of EU sanctions on Russia, which needs unanimity "
         "and lapses at the end of January.", [("THREATEN", "HUN", "EUR")]),
        ("Several member states, led by the Netherlands and Sweden, praised the Commission for holding "
         "firm.", [("SUPPORT", "NLD", "EUR")]),
        ("'Rules are rules, and they apply to everyone at the table,' said a Dutch diplomat, speaking "
         "anonymously.", []),
        ("Hungary has in the past used its veto over EU decisions on aid to Ukraine to press for its money, "
         "a link Hungarian officials deny.", []),
        ("In December 2023, the Commission unblocked about 10 billion euros shortly before a summit at "
         "which Hungary was due to vote on opening membership talks with Kyiv.", []),
        ("The frozen sum amounts to nearly a tenth of Hungary's annual economic output, according to "
         "economists at a Budapest bank.", []),
        ("The mayors of several Hungarian cities wrote to the head of the Commission last month asking that "
         "some EU money be paid straight to local councils.", [("REQUEST", "HUN", "EUR")]),
        ("'Our kindergartens and tram lines should not pay for quarrels between governments,' said the "
         "mayor of Szeged, one of the signatories.", []),
        ("The Commission offered to send a team of experts to Budapest in January to help draft the "
         "remaining reforms.", [("AGREE", "EUR", "HUN")]),
        ("Hungary's economy has barely grown since 2023, and the forint slipped 0.8% against the euro after "
         "Wednesday's announcement.", []),
        ("EU finance ministers will take up the case at their next Brussels meeting on December 9.", []),
    ]),
    ("arm-aze-prisoner-swap", [
        ("Azerbaijan freed four Armenian prisoners on Thursday, passing them to Armenian officials at the "
         "crossing near the village of Margara in what both sides called a goodwill gesture ahead of "
         "further peace talks.", [("RETREAT", "AZE", "ARM")]),
        ("Armenia in return handed back two Azerbaijani servicemen detained after straying across the "
         "border in the summer.", [("RETREAT", "ARM", "AZE")]),
        ("The exchange was brokered by the United States, the State Department said.",
         [("CONSULT", "USA", "AZE")]),
        ("Armenian officials say at least 19 Armenians are still held in Baku, including several former "
         "leaders of the Karabakh separatist authorities, while Azerbaijan's figure is 23.", []),
        ("Armenia's prime minister thanked Azerbaijani President Ilham Aliyev in a Facebook post and called "
         "the release a step towards lasting peace.", [("SUPPORT", "ARM", "AZE")]),
        ("Relatives waited for hours in the cold outside the checkpoint, some clutching photographs of the "
         "men.", []),
        ("'I had not seen my son for two years and four months,' said Anahit Melkonyan, 61, wiping away "
         "tears.", []),
        ("The men were driven to a military hospital in Yerevan for medical checks, Armenia's Defence "
         "Ministry said.", []),
        ("The two countries initialled a peace agreement in Washington in August 2025 but have yet to sign "
         "it.", []),
        ("Baku has long said it will not sign until Armenia changes its constitution, whose preamble refers "
         "to a 1989 declaration on unification with Karabakh.", []),
        ("A State Department spokesperson welcomed the exchange as an important confidence-building step.",
         [("SUPPORT", "USA", "ARM")]),
        ("Human rights groups have criticised Azerbaijan for trying Armenian detainees behind closed doors.",
         []),
        ("Iran's Foreign Ministry also praised the release and offered Tehran as a venue for the next round "
         "of talks.", [("SUPPORT", "IRN", "AZE"), ("AGREE", "IRN", "ARM")]),
        ("Trade between Armenia and Azerbaijan remains negligible, although Baku allowed Kazakh grain to "
         "cross its territory to Armenia for the first time in 2025.", []),
        ("Deputy foreign ministers of the two neighbours plan to gather in Abu Dhabi in the coming days to "
         "discuss reopening road and rail links.", []),
    ]),
    ("georgia-opposition-jailed", [
        ("A Tbilisi court on Friday jailed opposition politician Levan Kipiani for 18 months for organising "
         "what prosecutors called group violence during protests in October.", [("COERCE", "GEO", "GEO")]),
        ("Kipiani, 38, rejected the charges and told the court from a glass cage that he was being punished "
         "for his opinions.", []),
        ("Outside the courthouse, police detained at least eight of his supporters, according to his "
         "lawyer.", [("COERCE", "GEO", "GEO")]),
        ("The Interior Ministry said only five people had been detained there, for petty hooliganism.",
         [("COERCE", None, "GEO")]),
        ("Since the spring, prosecutors have used a foreign agents law modelled on Russia's to open "
         "criminal cases against at least a dozen non-governmental organisations.", []),
        ("The German Foreign Office criticised the verdict as politically motivated and urged the Georgian "
         "authorities to respect the right to a fair trial.",
         [("ACCUSE", "DEU", "GEO"), ("REQUEST", "DEU", "GEO")]),
        ("Georgia's Foreign Ministry responded by summoning the German ambassador, accusing Berlin of "
         "interfering with Georgian judges.", [("ACCUSE", "GEO", "DEU")]),
        ("Ties between Tbilisi and Berlin have soured sharply since Germany recalled its ambassador for "
         "consultations in 2025.", []),
        ("'My son is not a criminal, he is a history teacher who went to a rally,' Kipiani's mother, Tamar, "
         "64, said by telephone.", []),
        ("The public defender's office estimates that about 90 people are now behind bars on charges linked "
         "to the protests, though opposition parties say the true number is well over 100.", []),
        ("Separately, about 2,000 people marched through the western city of Kutaisi on Saturday to demand "
         "the release of all jailed protesters.", [("PROTEST", "GEO", "GEO")]),
        ("The marchers carried portraits of imprisoned activists and chanted 'Freedom' as they walked to "
         "city hall.", []),
        ("Georgian Dream officials describe the protests as a foreign-funded plot to drag the country into "
         "the war in Ukraine.", []),
        ("Kipiani's lawyers have 30 days to lodge an appeal.", []),
        ("Opinion polls have consistently shown that more than three quarters of Georgia's 3.7 million "
         "people favour joining the European Union.", []),
    ]),
    ("moldova-romania-power-line", [
        ("Moldova and Romania signed a deal on Friday for another high-voltage link over the Prut river, a "
         "project both governments say will end Moldova's reliance on electricity from Transnistria.",
         [("SUPPORT", "MDA", "ROU")]),
        ("The 400-kilovolt line from Suceava to Balti in northern Moldova is due to be finished by 2028 at "
         "a cost of about 140 million euros, according to Moldova's Energy Ministry, though Romanian "
         "officials have given a figure closer to 165 million.", []),
        ("The World Bank pledged a loan of 80 million euros for the Moldovan section of the line.",
         [("AGREE", "IGO", "MDA")]),
        ("Speaking at the ceremony in Iasi, Romania's energy minister said the line would carry its first "
         "power within 30 months.", []),
        ("For decades, most of Moldova's electricity came from the Russian-owned Cuciurgan power station in "
         "Transnistria, which burns gas.", []),
        ("Maria Zakharova, who speaks for Moscow's foreign ministry, accused Chisinau of economically "
         "strangling Transnistria at the bidding of Brussels and Bucharest.", [("ACCUSE", "RUS", "MDA")]),
        ("Moldova's Foreign Ministry dismissed the charge, noting that it was Gazprom that had decided to "
         "halt deliveries to the region.", [("REJECT", "MDA", "RUS")]),
        ("Household power prices in Moldova have roughly doubled since 2021, and many pensioners spend a "
         "third of their income on heating.", []),
        ("'In winter I sleep in my coat to save money,' said Vasile, a 72-year-old retired railway worker "
         "in Balti.", []),
        ("Ukraine, whose grid is also linked to Moldova's, offered to export surplus electricity to its "
         "neighbour at night during the coldest months.", [("AGREE", "UKR", "MDA")]),
        ("President Maia Sandu, who won a second term in 2024, has made joining the European energy market "
         "a priority of her government.", []),
        ("Sandu later travelled to Bucharest, where she held talks with Romanian President Nicusor Dan on "
         "energy and security.", [("CONSULT", "MDA", "ROU")]),
        ("Dan pledged that Romania would keep supplying Moldova with electricity at preferential prices "
         "through the winter.", [("AGREE", "ROU", "MDA")]),
        ("Moldova's pro-Russian opposition has staged several rallies against high energy bills this year, "
         "drawing crowds of a few thousand.", []),
        ("Nobody at the Transnistrian administration in Tiraspol picked up the phone when reporters rang.",
         []),
    ]),
]

FLOORS = {"precision": 0.76, "recall": 0.84, "actor_precision": 0.65, "max_per_empty": 0.17}
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
