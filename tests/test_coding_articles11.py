"""Eleventh blind article batch for eventwire, written on 2026-12-01 before the coder was run on any of it.

Theme: Europe and Central Asia over one week, told the way Reuters and RFE/RL tell it: Russian strikes on
Kharkiv and a Ukrainian drone raid on Belgorod; a prisoner swap and direct talks in Istanbul; Estonian spy
arrests; a Slovenian-Croatian quarrel over the Bay of Piran; Central Asian water talks in Dushanbe; protests
in Tbilisi against a foreign-funding law; a Turkish air campaign against the PKK in northern Iraq; an EU
summit on migration; Armenian-Azerbaijani border talks; a new EU sanctions package and arms for Kyiv; and a
release of Belarusian political prisoners. Each article runs as an agency writes one: a lead with the main
act, then background, reactions, quotes from officials and ordinary people, figures, history, analysts'
views and what comes next. About half of the sentences hold no act that happened.

Conventions: per sentence, the gold lists every act that happened as told there (asserted, or reported by a
source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is
itself AGREE, a threat THREATEN, a demand or appeal REQUEST, a criticism, accusation or summoned ambassador
ACCUSE; the content of a promise, threat, demand or accusation is not listed again. Not listed: planned or
future acts, hypothetical, conditional or denied acts, acts more than about a year old (history with years),
habitual or generic statements, tallies and statistics, opinions and forecasts, and statements that are none
of the types. Codes are ISO alpha-3 for a state's government, forces, people or groups alike (the PKK is
TUR, the Kurdistan Regional Government IRQ, the Belarusian opposition BLR); UNO for the United Nations, EUR
for the European Union, IGO for other intergovernmental bodies (NATO, World Bank), NGO for Amnesty and Human
Rights Watch; actor None where the sentence names no doer, recipient None where there is no target; a joint
act of X and Y has X as actor and Y as recipient.

Scoring: each article is coded whole; per sentence, the coded events that happened (asserted or reported, by
the start of their trigger) are matched against the gold by type, one to one. Precision is matches over
coded events, recall matches over gold events, actor precision the coded events whose type and actor match a
gold event (a gold actor of None matches any), and max_per_empty the coded events per sentence whose gold is
empty.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, on commit a81f6e5 (the fifth 2026-12-01 session's final coder; written at the end of the session
and never read): precision 0.804, recall 0.831, actor precision 0.728, 0.086 events per sentence with no act.
The session's starting coder (24820a3), run beside it: precision 0.813, recall 0.831, actor precision 0.736,
0.086.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: precision 0.802, recall 0.820, actor precision 0.736, 0.086 events per
sentence with no act (start: 0.804, 0.831, 0.728, 0.086). Its misses were not printed or read.
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
    ("ukr-kharkiv-strikes", [
        ("Russian missiles and drones pounded the northeastern Ukrainian city of Kharkiv overnight, killing"
         " at least seven people and wounding dozens more, regional officials said on Monday.",
         [("ASSAULT", "RUS", "UKR")]),
        ("Governor Oleh Syniehubov wrote on Telegram that a nine-storey apartment block had partly "
         "collapsed and that rescuers were still searching the rubble.", []),
        ("Ukraine's air force said Russia had launched 143 drones and four ballistic missiles across the "
         "country during the night, most of them aimed at Kharkiv.", [("ASSAULT", "RUS", "UKR")]),
        ("\"My children were sleeping in the corridor, which is the only reason they are alive,\" said Iryna,"
         " a 41-year-old nurse who lives on the fifth floor.", []),
        ("Kharkiv, which lies about 30 kilometres from the Russian border, has been hit more often than any"
         " other large Ukrainian city since Moscow sent its army across the border in February 2022.", []),
        ("President Volodymyr Zelenskiy condemned the Russian strike as a calculated attack on sleeping "
         "families and urged Western partners to speed up deliveries of Patriot air defence systems.",
         [("ACCUSE", "UKR", "RUS"), ("REQUEST", "UKR", None)]),
        ("The Russian military said in its daily briefing that it had hit military-industrial sites in "
         "Kharkiv and denied targeting residential areas.", [("ASSAULT", "RUS", "UKR")]),
        ("Moscow has repeatedly said it does not aim at civilians, although thousands of homes in the city "
         "lie in ruins.", []),
        ("In a separate raid before dawn, Ukrainian drones set fire to an oil depot in Russia's Belgorod "
         "region, its governor Vyacheslav Gladkov said.", [("ASSAULT", "UKR", "RUS")]),
        ("Gladkov said no one was hurt but that residents of two nearby villages had been moved out as a "
         "precaution.", []),
        ("Kyiv has stepped up long-range strikes on Russian refineries this autumn, arguing that fuel sales"
         " keep Moscow's war machine running.", []),
        ("Figures compiled by UN human rights monitors in the country show that more than 12,000 civilians "
         "have died in Ukraine since 2022.", []),
        ("Ukrainian Foreign Minister Andrii Sybiha called on Beijing to use its influence with Moscow to "
         "halt the bombing of cities.", [("REQUEST", "UKR", "CHN")]),
        ("Kharkiv's mayor Ihor Terekhov said schools would switch to online lessons until Friday.", []),
        ("\"We are exhausted, but nobody here is planning to leave,\" said Mykola, 67, as he swept broken "
         "glass from the pavement outside his shop.", []),
    ]),
    ("ukr-rus-prisoner-swap", [
        ("Russia and Ukraine swapped 150 captured soldiers apiece on Saturday, the largest exchange in "
         "months, officials on both sides said.", [("RETREAT", "RUS", "UKR")]),
        ("Freed Ukrainian soldiers, some wrapped in blue and yellow flags, could be seen in a video posted "
         "by Zelenskiy stepping off buses near the Belarusian frontier.", []),
        ("The United Arab Emirates has helped arrange more than a dozen such exchanges since 2022.", []),
        ("The swap came a day after Russian and Ukrainian delegations held a second round of direct talks "
         "in Istanbul.", [("CONSULT", "RUS", "UKR")]),
        ("Ukraine's chief negotiator, Rustem Umerov, said Moscow had agreed to hand back the bodies of "
         "1,000 fallen soldiers but had rejected Kyiv's proposal for a 30-day ceasefire.",
         [("AGREE", "RUS", "UKR"), ("REJECT", "RUS", "UKR")]),
        ("Kremlin spokesman Dmitry Peskov repeated Moscow's demand that Ukraine pull its troops out of four"
         " regions that Russia claims as its own.", [("REQUEST", "RUS", "UKR")]),
        ("Ukrainian officials have long described that condition as a demand for surrender.", []),
        ("Turkish Foreign Minister Hakan Fidan told reporters that Turkey was ready to host a meeting "
         "between Zelenskiy and Russian President Vladimir Putin at any time.", [("AGREE", "TUR", None)]),
        ("\"Every soldier who comes home is a victory, but we need a lasting peace, not just pauses,\" Fidan "
         "said.", []),
        ("Washington, which has pushed both sides toward a settlement, welcomed the exchange, with the "
         "State Department calling it an encouraging step.", [("SUPPORT", "USA", None)]),
        ("Earlier negotiations in Istanbul in the spring of 2022 collapsed after a few weeks.", []),
        ("Analysts in Kyiv said neither side appeared ready to make the territorial concessions a deal "
         "would require.", []),
        ("\"Both armies think time is on their side, and that is the problem,\" said Olena Marchuk, a "
         "researcher at a Kyiv think tank.", []),
        ("A third round is expected in early January, according to Turkish diplomats.", []),
        ("Families of missing soldiers rallied in central Kyiv on Sunday, holding portraits of their sons "
         "and husbands.", [("PROTEST", "UKR", None)]),
    ]),
    ("est-spy-arrests", [
        ("Estonia's Internal Security Service has arrested three people suspected of spying for Russia's "
         "military intelligence, including a serving army officer, prosecutors said on Tuesday.",
         [("COERCE", "EST", "EST")]),
        ("The officer, a 38-year-old major whose name was not released, had access to planning documents on"
         " NATO troop rotations, according to the service.", []),
        ("The other two suspects, a dual Estonian-Russian citizen and a Narva resident who ran a small "
         "haulage firm, allegedly photographed military sites and rail depots.", []),
        ("\"Russia's intelligence services remain the main threat to our security, and they are becoming "
         "less careful about who they recruit,\" said the service's deputy director, Margo Kask.", []),
        ("Estonia's Foreign Ministry called in Russia's most senior envoy in Tallinn and expelled another "
         "diplomat it said had helped coordinate the network.",
         [("ACCUSE", "EST", "RUS"), ("SANCTION", "EST", "RUS")]),
        ("The Russian embassy in Tallinn rejected the accusations as a provocation and warned that Moscow "
         "would retaliate.", [("REJECT", "RUS", "EST"), ("THREATEN", "RUS", "EST")]),
        ("It is the third spy case uncovered in Estonia this year.", []),
        ("Since 2022, Estonian courts have convicted more than a dozen people of working for Russian "
         "agencies, many of them recruited online.", []),
        ("In neighbouring Latvia, police said they had detained a man suspected of filming a military "
         "airbase at Lielvarde on behalf of a foreign state.", [("COERCE", "LVA", None)]),
        ("Security analysts in Vilnius see the arrests as part of a broader pattern of sabotage and "
         "recruitment across the region.", []),
        ("In 2024, investigators tied a string of arson attacks on warehouses in Poland and Lithuania to "
         "Russian military intelligence.", []),
        ("NATO Secretary General Mark Rutte praised Estonia's security service for what he called vigilant "
         "and professional work.", [("SUPPORT", "IGO", "EST")]),
        ("Estonia, a country of 1.3 million people, shares a 294-kilometre border with Russia, and about a "
         "quarter of its residents are ethnic Russians.", []),
        ("If convicted, the suspects face up to 15 years in prison.", []),
        ("A court in Tallinn ordered the army officer held in custody for two months while the "
         "investigation continues.", [("COERCE", "EST", "EST")]),
        ("\"People here joke about spies, but nobody laughs when it is someone from your own unit,\" said a "
         "soldier at the Tapa base who declined to give his name.", []),
    ]),
    ("svn-hrv-piran-bay", [
        ("Croatian police detained two Slovenian fishermen in the disputed Bay of Piran on Wednesday, "
         "reviving a border quarrel that has soured ties between the two European Union neighbours for "
         "three decades.", [("COERCE", "HRV", "SVN")]),
        ("The men were freed several hours later after paying a fine of 1,200 euros each, Slovenian "
         "officials said.", [("RETREAT", None, "SVN")]),
        ("Slovenia's Foreign Ministry summoned the Croatian ambassador in Ljubljana to protest what it "
         "called a breach of an international arbitration ruling.", [("ACCUSE", "SVN", "HRV")]),
        ("In 2017, a Hague-based arbitration panel awarded Slovenia most of the bay and a corridor to "
         "international waters, but Croatia refuses to recognise the decision.", []),
        ("Zagreb walked out of the arbitration in 2015 after a phone-tapping scandal involving a Slovenian "
         "member of the panel.", []),
        ("Croatian Interior Ministry officials said the fishermen had been inside Croatian waters and that "
         "the officers had acted in line with the law.", []),
        ("Slovenia's prime minister called on the European Commission to intervene in the dispute.",
         [("REQUEST", "SVN", "EUR")]),
        ("A Commission spokeswoman said Brussels was following the case closely.", []),
        ("Fishermen in Piran say the dispute has cut their catches, as many avoid the richest grounds near "
         "the Croatian coast.", []),
        ("\"My father fished here, and his father, and now I am told I am a criminal in my own bay,\" said "
         "Bostjan, 52, one of the two men held.", []),
        ("Croatian Foreign Minister Gordan Grlic Radman rejected the Slovenian protest and accused "
         "Ljubljana of using the incident for domestic political gain.",
         [("REJECT", "HRV", "SVN"), ("ACCUSE", "HRV", "SVN")]),
        ("Both governments face pressure from nationalist opposition parties, and analysts say neither can "
         "afford to look soft on the issue.", []),
        ("Slovenia blocked Croatia's EU accession talks for almost a year in 2009 over the same dispute.",
         []),
        ("Slovenia's police sent two additional patrol boats to Piran on Thursday, according to local media.",
         [("MOBILIZE", "SVN", None)]),
        ("Diplomats in Brussels said they feared the row could complicate talks on Balkan enlargement, "
         "which require unanimity among the 27 member states.", []),
    ]),
    ("central-asia-water-talks", [
        ("Leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Dushanbe on "
         "Thursday to discuss sharing the shrinking waters of the Amu Darya and Syr Darya rivers.",
         [("CONSULT", "KAZ", "KGZ")]),
        ("Tajik President Emomali Rakhmon and his four counterparts signed an agreement to coordinate "
         "releases from upstream reservoirs during the summer irrigation season.",
         [("SUPPORT", "TJK", None)]),
        ("Upstream Kyrgyzstan and Tajikistan hold most of the region's water, while downstream Kazakhstan, "
         "Turkmenistan and Uzbekistan depend on it for cotton and wheat.", []),
        ("Water levels in the Syr Darya fell to their lowest in three decades this summer, and farmers in "
         "southern Kazakhstan lost about a fifth of their harvest, according to the Kazakh agriculture "
         "ministry.", []),
        ("\"We watched the canal dry up in July and there was nothing we could do,\" said Nurlan Abenov, 54, "
         "who grows rice near Kyzylorda.", []),
        ("Uzbek President Shavkat Mirziyoyev urged Afghanistan's Taliban government to consult its "
         "neighbours before diverting more water into the Qosh Tepa canal.", [("REQUEST", "UZB", "AFG")]),
        ("The 285-kilometre canal, which the Taliban began digging in 2022, could take up to a fifth of the"
         " Amu Darya's flow once completed, experts estimate.", []),
        ("Kazakh President Kassym-Jomart Tokayev offered to pay for repairs to ageing Soviet-era irrigation"
         " channels in Kyrgyzstan in return for guaranteed summer flows.", [("AGREE", "KAZ", "KGZ")]),
        ("Kyrgyz President Sadyr Japarov welcomed the offer as a sign of good faith.",
         [("SUPPORT", "KGZ", "KAZ")]),
        ("Tajikistan is building the Rogun dam, which at 335 metres would be the world's tallest, and "
         "Uzbekistan once fiercely opposed the project.", []),
        ("Relations have improved since Mirziyoyev came to power in 2016 and restored flights and border "
         "crossings with Dushanbe.", []),
        ("The World Bank, which is helping finance Rogun, said on Friday it would provide $450 million for "
         "water-saving projects across the region.", [("AGREE", "IGO", None)]),
        ("Climate scientists warn that Central Asia's glaciers have lost roughly a third of their mass "
         "since the 1960s.", []),
        ("Ministers agreed to meet again in Tashkent in March to review the summer allocation.",
         [("AGREE", None, None)]),
        ("\"The rivers do not know borders, and neither can our solutions,\" Rakhmon told the closing "
         "session.", []),
    ]),
    ("geo-tbilisi-protests", [
        ("Georgian riot police fired tear gas and water cannon at thousands of protesters outside "
         "parliament in Tbilisi late on Sunday, the fourth night of demonstrations against a new law on "
         "foreign funding.", [("ASSAULT", "GEO", "GEO"), ("PROTEST", "GEO", "GEO")]),
        ("The Interior Ministry said police had detained 47 people for disobeying lawful orders and that 12"
         " officers had been injured.", [("COERCE", "GEO", "GEO")]),
        ("The law, which takes effect in January, requires media and civic groups that get over a fifth of "
         "their money from outside Georgia to sign up to a register of foreign agents.", []),
        ("Critics say it mirrors legislation Russia has used to silence dissent.", []),
        ("\"We are not agents of anyone, we are Georgians who want to live in Europe,\" said Nino, a "
         "23-year-old student with an EU flag over her shoulders.", []),
        ("Prime Minister Irakli Kobakhidze accused foreign-funded groups of trying to stage a revolution on"
         " the streets of the capital.", [("ACCUSE", "GEO", "GEO")]),
        ("Kaja Kallas, the EU's top diplomat, denounced the use of force against peaceful demonstrators and"
         " called on Tbilisi to withdraw the law.", [("ACCUSE", "EUR", "GEO"), ("REQUEST", "EUR", "GEO")]),
        ("The United States said it was reviewing its cooperation with Georgia and had suspended a planned "
         "joint military exercise.", [("SANCTION", "USA", "GEO")]),
        ("Georgia was granted EU candidate status in December 2023, but Brussels froze the accession "
         "process the following year after an earlier version of the law was adopted.", []),
        ("Polls suggest about 80% of Georgians support joining the EU.", []),
        ("Late on Monday, several thousand people marched again along Rustaveli Avenue in Tbilisi, blocking"
         " traffic and chanting slogans against the law.", [("PROTEST", "GEO", "GEO")]),
        ("Police did not intervene on Monday night, and the crowd dispersed peacefully shortly after 2 a.m.",
         []),
        ("Georgia fought a brief war with Russia in 2008, and Moscow still stations troops in the breakaway"
         " regions of Abkhazia and South Ossetia.", []),
        ("The Kremlin said the protests were an internal Georgian matter and accused Western governments of"
         " meddling.", [("ACCUSE", "RUS", None)]),
        ("Human Rights Watch urged the Georgian authorities to release those detained and investigate "
         "reports of beatings in custody.", [("REQUEST", "NGO", "GEO")]),
        ("\"Nobody will tell me anything about my son,\" said Tamar, 58, waiting outside a police station in "
         "the Vake district.", []),
    ]),
    ("tur-iraq-pkk-strikes", [
        ("Turkish warplanes struck Kurdish militant targets in northern Iraq overnight, destroying caves "
         "and ammunition depots used by fighters of the banned Kurdistan Workers' Party, or PKK, Turkey's "
         "defence ministry announced on Wednesday.", [("ASSAULT", "TUR", "TUR")]),
        ("The ministry gave no casualty figures, and its account could not be independently verified.", []),
        ("The raids belong to Operation Claw-Lock, a ground and air campaign Turkey launched in April 2022 "
         "against PKK bases in the mountains of Iraq's Kurdistan region.", []),
        ("Iraq's Foreign Ministry summoned the Turkish ambassador in Baghdad over what it called a flagrant"
         " violation of Iraqi sovereignty.", [("ACCUSE", "IRQ", "TUR")]),
        ("Local officials in Duhok province said a strike near the village of Kani Masi had damaged an "
         "orchard and a shepherd's hut but caused no casualties.", [("ASSAULT", None, "IRQ")]),
        ("\"We hear the jets almost every night now, and the children no longer sleep,\" said Hassan, a "
         "46-year-old beekeeper from the village.", []),
        ("Turkish President Tayyip Erdogan said on Tuesday that Turkey would not allow a \"terror corridor\" "
         "along its southern borders and vowed to pursue the militants wherever they hide.",
         [("THREATEN", "TUR", "TUR")]),
        ("The PKK, which Ankara, Washington and Brussels all list as a terrorist group, has fought the "
         "Turkish state since 1984 in a conflict that has cost more than 40,000 lives.", []),
        ("In May 2025, the group announced it would dissolve and disarm, but the process has stalled amid "
         "disputes over an amnesty law.", []),
        ("A PKK-affiliated news agency said its fighters had shot down a Turkish drone over the Zap region,"
         " a claim Ankara denied.", [("ASSAULT", "TUR", "TUR")]),
        ("The Kurdistan Regional Government in Erbil, which maintains close economic ties with Ankara, "
         "called on both sides to keep the fighting away from civilian areas.", [("REQUEST", "IRQ", None)]),
        ("Iraq's prime minister and Erdogan discussed the strikes in a telephone call on Thursday and "
         "agreed to form a joint security committee for the border, his office said.",
         [("CONSULT", "IRQ", "TUR"), ("AGREE", "IRQ", "TUR")]),
        ("Iraq depends on Turkey for much of its water and a large share of its trade, which analysts say "
         "limits how hard Baghdad can push back.", []),
        ("\"Baghdad protests on paper, but it has few real cards to play,\" said Lina Haddad, a researcher at"
         " a think tank in Amman.", []),
        ("Turkey maintains dozens of military outposts inside northern Iraq, some more than 30 kilometres "
         "from the border.", []),
    ]),
    ("eu-migration-summit", [
        ("European Union leaders agreed at a summit in Brussels on Friday to speed up deportations of "
         "rejected asylum seekers and to explore setting up processing centres outside the bloc.",
         [("AGREE", "EUR", None)]),
        ("Hungary refused to sign up to the deal, saying it would not take part in any scheme that obliges "
         "it to accept migrants.", [("REJECT", "HUN", "EUR")]),
        ("\"Europe must decide who comes here, not the smugglers,\" Commission chief Ursula von der Leyen "
         "told reporters as the meeting broke up.", []),
        ("Irregular crossings into the EU fell by about 35% between January and October, the border agency "
         "Frontex reported, but arrivals on the central Mediterranean route from Libya have risen.", []),
        ("Italy's Prime Minister Giorgia Meloni praised the outcome as a turning point and urged other "
         "countries to copy Rome's arrangement with Albania, where Italy runs two migrant centres.",
         [("SUPPORT", "ITA", "EUR"), ("REQUEST", "ITA", None)]),
        ("Under that arrangement, signed in 2023, migrants picked up at sea are taken to Albania while "
         "their asylum claims are examined.", []),
        ("Spain's Prime Minister Pedro Sanchez criticised the plan, saying that sending people to third "
         "countries would not address the causes of migration.", [("ACCUSE", "ESP", "EUR")]),
        ("Human rights groups also condemned the agreement, with Amnesty International calling it an "
         "attempt to outsource Europe's responsibilities.", [("ACCUSE", "NGO", "EUR")]),
        ("EU leaders also pledged 2 billion euros to Mauritania, Senegal and Tunisia to help them police "
         "their coasts and take back their nationals.", [("AGREE", "EUR", "MRT")]),
        ("Tunisia's President Kais Saied has in the past turned down EU funds he described as charity, and "
         "it was unclear whether Tunis would accept the new money.", []),
        ("Poland, which has suspended the right to asylum on its border with Belarus, secured language in "
         "the summit statement allowing such measures in cases of what it calls weaponised migration.", []),
        ("Polish Prime Minister Donald Tusk accused Belarus and Russia of pushing migrants toward the EU's "
         "eastern frontier to destabilise the bloc.", [("ACCUSE", "POL", "BLR")]),
        ("Belarus has denied the accusation.", []),
        ("In a village near the Polish border, a 60-year-old farmer said soldiers now patrol his fields "
         "every day.", []),
        ("The commission is expected to present draft legislation on the return hubs in February.", []),
        ("In Lampedusa, where more than 1,000 people landed over the weekend, the mayor appealed to Rome "
         "for more help housing new arrivals.", [("REQUEST", "ITA", "ITA")]),
    ]),
    ("arm-aze-border-talks", [
        ("The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Monday and agreed to begin "
         "demarcating a first 40-kilometre section of the frontier by spring, both ministries said.",
         [("CONSULT", "ARM", "AZE"), ("AGREE", "ARM", "AZE")]),
        ("Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov also discussed opening transport links"
         " through Armenia's southern Syunik province, a key element of the peace treaty initialled in "
         "Washington in August 2025.", [("CONSULT", "ARM", "AZE")]),
        ("The treaty has not yet been signed, partly because of a dispute over a preamble in Armenia's "
         "constitution that refers to Nagorno-Karabakh.", []),
        ("Azerbaijan seized back Nagorno-Karabakh in a one-day military operation in September 2023, after "
         "which nearly all of the region's roughly 100,000 ethnic Armenians fled.", []),
        ("\"We are closer to peace than at any moment in thirty years, but the last steps are always the "
         "hardest,\" Mirzoyan told reporters.", []),
        ("Armenian Prime Minister Nikol Pashinyan plans to hold a referendum on a new constitution in 2027.",
         []),
        ("In Yerevan, several hundred opposition supporters protested outside the government building on "
         "Tuesday, carrying banners against the border deal.", [("PROTEST", "ARM", "ARM")]),
        ("Armenian police detained 14 demonstrators near the entrance, the Interior Ministry said.",
         [("COERCE", "ARM", "ARM")]),
        ("Azerbaijani President Ilham Aliyev thanked the United Arab Emirates for hosting the talks.",
         [("SUPPORT", "AZE", "ARE")]),
        ("Russia, which kept peacekeepers in Karabakh until 2024, has watched its influence in the South "
         "Caucasus shrink as Washington and Ankara play a bigger role.", []),
        ("Moscow's Foreign Ministry criticised what it called attempts by outside powers to impose their "
         "own solutions on the region.", [("ACCUSE", "RUS", None)]),
        ("Turkey, Azerbaijan's closest ally, said it was ready to reopen its land border with Armenia, "
         "closed since 1993.", [("AGREE", "TUR", "ARM")]),
        ("Trade across the frontier would give landlocked Armenia a direct route to European markets, "
         "economists say.", []),
        ("\"I lost my home in Stepanakert, but I want my grandchildren to grow up without war,\" said Anahit,"
         " 71, who now lives in a village outside Yerevan.", []),
        ("The next round of talks is scheduled for January in Washington, officials said.", []),
    ]),
    ("eu-sanctions-arms-ukraine", [
        ("European Union governments approved a new package of sanctions against Russia on Wednesday, "
         "targeting dozens of tankers in Moscow's so-called shadow fleet and several Chinese refineries.",
         [("SANCTION", "EUR", "RUS")]),
        ("Officials said the package was the bloc's toughest in more than a year.", []),
        ("China's Commerce Ministry condemned the listing of Chinese companies and said Beijing would take "
         "necessary measures to protect their interests.",
         [("ACCUSE", "CHN", "EUR"), ("THREATEN", "CHN", "EUR")]),
        ("Slovakia dropped its objections on Tuesday after weeks of wrangling over gas supplies, clearing "
         "the way for the vote.", [("CONCEDE", "SVK", "EUR")]),
        ("Meanwhile, Germany announced it would deliver two more Patriot air defence systems to Ukraine by "
         "the end of December.", [("AGREE", "DEU", "UKR")]),
        ("German Defence Minister Boris Pistorius met Zelenskiy in Kyiv on Thursday, his third visit since "
         "taking office.", [("CONSULT", "DEU", "UKR")]),
        ("\"Every Patriot battery we send saves lives in Ukrainian cities,\" Pistorius said.", []),
        ("Germany is Ukraine's second-largest military donor after the United States, having committed more"
         " than 40 billion euros since 2022, according to the Kiel Institute.", []),
        ("The Netherlands said it had handed over the last of the 24 F-16 jets it promised Kyiv.",
         [("AID", "NLD", "UKR")]),
        ("Russian Foreign Ministry spokeswoman Maria Zakharova accused Berlin of dragging Europe deeper "
         "into the war.", [("ACCUSE", "RUS", "DEU")]),
        ("Ukraine's energy minister said Russian strikes had knocked out about 60% of the country's gas "
         "production since October.", []),
        ("Households in Kyiv currently go without electricity for as long as 12 hours daily.", []),
        ("\"We cook when the light comes on, whether it is two in the afternoon or three in the morning,\" "
         "said Svitlana, a 35-year-old accountant in the capital's Obolon district.", []),
        ("EU foreign ministers will take up a proposal to use frozen Russian central bank assets for a loan"
         " to Ukraine at a meeting on Monday.", []),
        ("Belgium, where most of the assets are held, worries that it could face lawsuits from Moscow.", []),
    ]),
    ("blr-prisoner-release", [
        ("Belarus freed 31 political prisoners on Thursday, including a prominent journalist, after a visit"
         " to Minsk by a US envoy, opposition figures said.",
         [("RETREAT", "BLR", "BLR"), ("CONSULT", "USA", "BLR")]),
        ("In return, Washington eased sanctions on Belarus's potash industry, the country's largest source "
         "of foreign currency.", [("CONCEDE", "USA", "BLR")]),
        ("Most of the freed prisoners arrived in Vilnius by bus late on Thursday, where relatives were "
         "waiting with flowers.", []),
        ("One of them was a journalist for Radio Free Europe/Radio Liberty's Belarusian service who had "
         "been sentenced to eight years in 2022.", []),
        ("\"I spent four years in a cell without knowing whether my daughter remembered me,\" said Pavel, 49,"
         " a former teacher jailed for joining the 2020 protests.", []),
        ("The rights group Viasna says Belarus still holds more than 1,000 political prisoners.", []),
        ("President Alexander Lukashenko, who has ruled the country since 1994, has freed more than 400 "
         "prisoners in a series of deals with Washington since mid-2024.", []),
        ("Belarusian opposition leader Sviatlana Tsikhanouskaya welcomed the releases but urged Western "
         "governments not to ease pressure on Minsk while hundreds remain behind bars.",
         [("SUPPORT", "BLR", "BLR"), ("REQUEST", "BLR", None)]),
        ("The European Union has not followed Washington's lead, and its sanctions on Belarusian potash "
         "remain in force.", []),
        ("Balloons carrying smuggled cigarettes from Belarus have forced Vilnius airport to close several "
         "times this autumn.", []),
        ("The US envoy, John Coale, held talks with Lukashenko for more than three hours, Belarusian state "
         "media reported.", [("CONSULT", "USA", "BLR")]),
        ("Lukashenko said he was open to a \"big deal\" with the United States that could include the release"
         " of all remaining prisoners.", [("AGREE", "BLR", "USA")]),
        ("Analysts say Minsk hopes to reduce its dependence on Moscow, which became its main creditor and "
         "military patron after the 2020 crackdown.", []),
        ("\"Lukashenko is selling people to buy legitimacy,\" said Yuras Karpenka, a Belarusian analyst based"
         " in Warsaw.", []),
        ("The US State Department welcomed the release and called on Minsk to free all remaining political "
         "prisoners.", [("SUPPORT", "USA", "BLR"), ("REQUEST", "USA", "BLR")]),
    ]),
]

FLOORS = {"precision": 0.79, "recall": 0.8, "actor_precision": 0.73, "max_per_empty": 0.11}
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
