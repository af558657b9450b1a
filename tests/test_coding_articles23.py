"""Blind article batch 23: 12 whole news articles (172 sentences, 97 gold events, 83 sentences with no
act), each coded as one document with its sentence boundaries kept, so that every sentence is scored in the context
of the article around it.

Theme: East Asia and the Pacific over one week, written in the style of Kyodo, Yonhap, Reuters, ABC (Australia)
and RNZ: Japan-China rows over the Senkaku Islands and seafood imports and the detention of a Japanese national,
North Korea's missile launches and South Korea's responses, Taiwan and Chinese military drills, Mongolia's
politics, arrests and a protest in Hong Kong, tribal violence in Papua New Guinea and Australian police aid,
Solomon Islands and Fiji politics, New Caledonia unrest and French security forces, and Pacific Islands Forum
diplomacy. Every text is invented wording in a wire style; no sentence is copied or closely paraphrased from a
real article. At least a third of the sentences carry no act (quotes from residents and analysts, background,
statistics, forecasts); acts are told by verbs, by noun phrases, in the passive and by officials' statements, and
tolls differ between sources.

Conventions: each sentence lists every event that happened as told in it (asserted, or reported by a source), one
(PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is an AGREE, a threat
or ultimatum a THREATEN, a demand or appeal a REQUEST; the content of a promise, threat, demand or accusation is
not listed again, and planned, hypothetical, conditional or denied acts, history more than about a year old,
habitual statements, tallies, opinions and forecasts are not listed. Summoning an ambassador or lodging a
diplomatic protest is ACCUSE; a state of emergency, a curfew, arrests, detentions, charges, prison sentences and
deportations are COERCE; police tear gas is ASSAULT; a release or a troop withdrawal is RETREAT; an extradition or
joint drills is COOPERATE; halting exports or banning imports is SANCTION; a missile launch or test, military
drills, patrols, deployments and raised alerts are MOBILIZE. Codes are ISO alpha-3 for a state's government,
forces, people and armed groups alike (the ELN is COL, Haitian gangs HTI, Myanmar's resistance armies MMR; here
Hong Kong's authorities, police, courts and residents are HKG, New Caledonia's residents and pro-independence
parties NCL, and the French state and its gendarmes and High Commission there FRA); UNO for the UN and its
agencies, IGO for ASEAN, the OAS, CARICOM, the ICRC and the Pacific Islands Forum, NGO for Amnesty; None where the
sentence names no doer or no target (a passive with no agent has actor None). A joint act (talks, an exchange of
fire, mutual accusations) is one event with the first party as actor. An act already told, when a later sentence
only refers back to it ("the launch", "the drills") as the subject of background, is not listed again.

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start of
their trigger) are matched against the gold by type, one to one; precision and recall over all sentences, actor
precision (a matched type whose coded actors include the gold actor, a gold None matching any), and the events per
sentence coded in sentences with no act (max_per_empty).

Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus
and tests, and none was found. The batch was written from the brief and the article template alone, without
reading the coder's code, lexicons, rules or data or any other blind batch, and the coder was never run on it.
FLOORS are all 0.0 until the first run.

FIRST RUN, held back and never read (written by a helper at the start of the fifteenth session (2026-12-02)):
run once at its start, on its starting code (a6a59ad): precision 0.882, recall 0.691, actor precision 0.671, 0.048
events per sentence with no act.
Run again at its end, on b262bb7 and on its final code 9f7cf80 (the same figures both times): the same figures.
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
    ("senkaku-coast-guard-intrusion", [
        ("Four Chinese coast guard ships entered Japan's territorial waters off the Senkaku Islands on "
         "Tuesday, the Japan Coast Guard said, the longest such intrusion so far this year.",
         [("MOBILIZE", "CHN", "JPN")]),
        ("The vessels remained inside the 12-nautical-mile zone for more than 30 hours, according to the 11th "
         "Regional Coast Guard Headquarters in Naha.", []),
        ("Japanese patrol ships ordered the Chinese vessels to leave the area, the coast guard said.",
         [("REQUEST", "JPN", "CHN")]),
        ("Tokyo lodged a protest with Beijing through diplomatic channels on Tuesday evening, the "
         "government's chief spokesman said at a regular news conference on Wednesday.", [("ACCUSE", "JPN", "CHN")]),
        ("\"The situation surrounding the islands remains extremely severe,\" the top government spokesman "
         "said.", []),
        ("China's foreign ministry rejected the protest, saying the Diaoyu Islands, as Beijing calls the "
         "chain, are inherent Chinese territory and that its coast guard was carrying out lawful patrols.",
         [("REJECT", "CHN", "JPN")]),
        ("A ministry spokeswoman also accused a Japanese fishing boat of illegally entering Chinese waters.",
         [("ACCUSE", "CHN", "JPN")]),
        ("The uninhabited islets in the East China Sea are administered by Japan but claimed by both China "
         "and Taiwan.", []),
        ("Chinese government ships have been spotted in the contiguous zone just outside Japanese waters on "
         "more than 330 days so far this year, a record, according to coast guard data.", []),
        ("Fishermen from Ishigaki, the nearest inhabited island, say they now rarely venture near the "
         "Senkakus.", []),
        ("\"Every time we go out, a Chinese ship follows us for hours,\" said one skipper, who would not be "
         "identified because the subject is sensitive.", []),
        ("Japan's defense ministry separately said it had scrambled fighter jets on Monday after detecting a "
         "Chinese military drone near Yonaguni Island, close to Taiwan.", [("MOBILIZE", "JPN", "CHN")]),
        ("Analysts said Beijing appeared to be using its coast guard to normalize a presence in the area "
         "without resorting to its navy.", []),
        ("\"The aim is to make Japan's administrative control look hollow, one patrol at a time,\" said a "
         "researcher at a Tokyo think tank.", []),
        ("Maritime consultations between senior diplomats of the two countries are set to take place in "
         "Beijing next week.", []),
    ]),
    ("japan-china-seafood-halt", [
        ("China has suspended imports of seafood from Japan again, two sources in the Japanese fisheries "
         "industry said on Monday, dealing a fresh blow to exporters who had only just resumed shipments.",
         [("SANCTION", "CHN", "JPN")]),
        ("Neither source gave a reason for the move, and both spoke on condition of anonymity because they "
         "were not authorised to talk to the media.", []),
        ("In Beijing, a foreign ministry spokesperson said Tuesday that Japan had failed to provide the "
         "technical information needed to guarantee food safety, without confirming the halt.",
         [("ACCUSE", "CHN", "JPN")]),
        ("Beijing first banned all Japanese aquatic products in August 2023 after Tokyo began releasing "
         "treated wastewater from the crippled Fukushima Daiichi plant into the ocean.", []),
        ("Japan's fisheries minister urged China to withdraw the measure immediately and to base its "
         "decisions on science.", [("REQUEST", "JPN", "CHN")]),
        ("Tokyo also asked Beijing to explain the decision at a meeting of agriculture officials set for next "
         "week, a ministry official said.", [("REQUEST", "JPN", "CHN")]),
        ("Japan shipped about 87 billion yen worth of seafood to mainland China and Hong Kong in 2022, before "
         "the first ban, according to government data.", []),
        ("Scallop processors in Hokkaido, the biggest losers from the original ban, said they were bracing "
         "for another hit.", []),
        ("\"We had just hired back the workers we let go,\" said the manager of a processing plant in the port "
         "town of Monbetsu.", []),
        ("The government on Tuesday approved 20 billion yen in emergency support for fishing cooperatives and "
         "processors, including subsidies to help them shift sales to Southeast Asia and the United States.",
         [("AID", "JPN", "JPN")]),
        ("Hong Kong's own curbs on products from 10 Japanese prefectures remain in place, according to its "
         "food safety authority.", []),
        ("The dispute comes amid a broader chill in ties between Asia's two largest economies.", []),
        ("Economists at a Tokyo brokerage estimated that Japan's seafood exports could fall by as much as 8% "
         "next year.", []),
        ("Chinese state media, meanwhile, ran reports accusing Japan of hiding data on radiation levels "
         "around the plant.", [("ACCUSE", "CHN", "JPN")]),
        ("Japan's foreign ministry protested to the Chinese embassy over the reports, an official said.",
         [("ACCUSE", "JPN", "CHN")]),
    ]),
    ("nk-ballistic-missile-east-sea", [
        ("North Korea fired a short-range ballistic missile into the East Sea on Sunday, Seoul's military "
         "said, its first launch in nearly two months.", [("MOBILIZE", "PRK", None)]),
        ("It flew about 600 kilometers before splashing down in waters outside Japan's exclusive economic "
         "zone, the Joint Chiefs of Staff (JCS) said in a text message to reporters.", []),
        ("South Korean and U.S. intelligence authorities are analyzing the specifications of the missile, it "
         "added.", []),
        ("The military has raised its surveillance posture in preparation for possible additional launches, "
         "the JCS said.", [("MOBILIZE", "KOR", "PRK")]),
        ("Seoul's presidential office condemned the launch as a clear breach of U.N. resolutions banning such "
         "tests.", [("ACCUSE", "KOR", "PRK")]),
        ("Japan's defense ministry said no harm to vessels or planes in the area had been reported.", []),
        ("Japan's government protested to the North through its Beijing embassy, officials in Tokyo said.",
         [("ACCUSE", "JPN", "PRK")]),
        ("The top nuclear envoys of South Korea, the United States and Japan held phone talks hours after the "
         "launch and agreed to respond firmly to further provocations, the foreign ministry said.",
         [("CONSULT", "KOR", "USA"), ("AGREE", "KOR", "USA")]),
        ("Seoul and Washington staged joint air drills on Monday involving a U.S. B-1B strategic bomber and "
         "South Korean F-35A fighters.", [("COOPERATE", "KOR", "USA")]),
        ("North Korea's state media said Monday that the North's leader had overseen a test of an upgraded "
         "tactical missile system, without specifying the date.", [("MOBILIZE", "PRK", None)]),
        ("In a separate statement carried by the Korean Central News Agency, the leader's sister warned Seoul "
         "and Washington that Pyongyang would take \"corresponding action\" against what she called war "
         "rehearsals.", [("THREATEN", "PRK", "KOR")]),
        ("Sunday's firing was the North's 11th ballistic missile launch this year, according to a Yonhap News "
         "Agency tally.", []),
        ("Experts said the North may be testing systems it plans to export to Russia.", []),
        ("\"The timing suggests Pyongyang wants to remind Washington it cannot be ignored,\" said a professor "
         "at the University of North Korean Studies in Seoul.", []),
        ("Unification ministry officials said the North had not answered an offer Seoul made last week to "
         "hold Red Cross talks on separated families.", [("AGREE", "KOR", "PRK")]),
    ]),
    ("taiwan-pla-encirclement-drills", [
        ("China's military began sweeping exercises around Taiwan on Monday, sending warships and fighter "
         "jets to encircle the island in what it described as a severe warning to those seeking independence.",
         [("MOBILIZE", "CHN", "TWN")]),
        ("The Eastern Theater Command said the exercises, code-named Justice Shield-2026, were testing its "
         "forces' ability to seize control of key areas and seal off ports.", []),
        ("Taiwan's defence ministry said it had detected 71 Chinese military aircraft and 21 navy ships "
         "around the island over 24 hours, and had dispatched its own forces to monitor them.",
         [("MOBILIZE", "TWN", "CHN")]),
        ("Chinese state television put the number of aircraft taking part at more than 100.", []),
        ("Taiwan's presidential office condemned the drills as an irresponsible provocation that undermined "
         "regional peace.", [("ACCUSE", "TWN", "CHN")]),
        ("Troops at bases across Taiwan were placed on heightened alert, the ministry added.",
         [("MOBILIZE", None, None)]),
        ("China's Taiwan Affairs Office warned that \"Taiwan independence\" forces would be crushed and that "
         "anyone colluding with foreign powers would pay a heavy price.", [("THREATEN", "CHN", "TWN")]),
        ("Beijing claims Taiwan, which is governed democratically, as part of China and has not ruled out "
         "military action to take it.", []),
        ("Washington urged China to exercise restraint and said it was closely monitoring the situation, "
         "according to a State Department spokesperson.", [("REQUEST", "USA", "CHN")]),
        ("Japan said it had conveyed a protest to Beijing, noting that some of the exercise zones lay close "
         "to its southernmost islands.", [("ACCUSE", "JPN", "CHN")]),
        ("On the island's east coast, residents of Hualien said they had grown used to the sight of military "
         "jets.", []),
        ("\"We watch the news, then we go to work,\" said a 54-year-old fruit seller.", []),
        ("Taiwan's main stock index fell 1.8% in early trade before recovering most of its losses.", []),
        ("Analysts said the exercises appeared larger than previous rounds, particularly at sea.", []),
        ("China's coast guard said separately that it had carried out law enforcement patrols in waters off "
         "Taiwan's outlying Matsu islands.", [("MOBILIZE", "CHN", "TWN")]),
    ]),
    ("mongolia-spending-protest", [
        ("Thousands of people rallied in Mongolia's capital Ulaanbaatar on Saturday to call for the prime "
         "minister to resign over allegations of lavish spending by officials, the biggest protest in the "
         "country in more than a year.", [("PROTEST", "MNG", "MNG")]),
        ("Organisers put the crowd at about 10,000, while police said about 3,500 people took part.", []),
        ("Many of those on Sukhbaatar Square, outside the Government Palace, were students, and some carried "
         "banners mocking officials' overseas shopping trips.", []),
        ("The prime minister said in parliament on Monday that he would not step down.", [("REJECT", "MNG", None)]),
        ("The opposition Democratic Party accused the cabinet of hiding the true scale of the spending.",
         [("ACCUSE", "MNG", "MNG")]),
        ("The Independent Authority Against Corruption said it had detained a deputy minister and two "
         "officials of a state-owned mining company for questioning.", [("COERCE", "MNG", "MNG")]),
        ("Mongolia's president called on both sides to settle the dispute through parliament rather than in "
         "the streets.", [("REQUEST", "MNG", "MNG")]),
        ("The landlocked country, wedged between Russia and China, has seen frequent changes of government "
         "since its transition to democracy in 1990.", []),
        ("Coal exports to China, a large share of the economy, have slowed sharply this year as prices fell.", []),
        ("\"People see mining money flowing to a small circle, while heating bills in the ger districts keep "
         "rising,\" said an Ulaanbaatar-based political analyst.", []),
        ("A smaller group of protesters returned to the square on Tuesday and left peacefully in the evening, "
         "a city police spokesman said.", [("PROTEST", "MNG", None)]),
        ("Police said they had arrested four people on suspicion of damaging a government vehicle during "
         "Saturday's rally.", [("COERCE", "MNG", "MNG")]),
        ("A no-confidence vote could be held as early as next week, parliamentary officials said.", []),
        ("Separately, the foreign ministry said Mongolia and Japan had agreed to open talks on upgrading "
         "their economic partnership during a visit to Tokyo by the foreign minister.",
         [("AGREE", "MNG", "JPN"), ("CONSULT", "MNG", "JPN")]),
    ]),
    ("hong-kong-sedition-arrests", [
        ("Hong Kong national security police arrested six people on Tuesday on suspicion of publishing "
         "seditious posts online, the force said in a statement.", [("COERCE", "HKG", "HKG")]),
        ("The four men and two women were aged between 19 and 63, the statement said.", []),
        ("It did not name them, but local media said one was a former district councillor.", []),
        ("A court on Monday sentenced a 28-year-old man to 14 months in prison for wearing a T-shirt bearing "
         "a protest slogan at the airport, under the city's Safeguarding National Security Ordinance.",
         [("COERCE", "HKG", "HKG")]),
        ("The magistrate said the slogan's meaning could not be separated from the unrest of 2019.", []),
        ("The U.S. consulate general said the cases showed Hong Kong's authorities were criminalising "
         "peaceful expression, and urged them to free those detained.",
         [("ACCUSE", "USA", "HKG"), ("REQUEST", "USA", "HKG")]),
        ("Britain's Foreign Office also criticised the sentence, calling it disproportionate.",
         [("ACCUSE", "GBR", None)]),
        ("The Office of the Commissioner of China's foreign ministry in Hong Kong rejected the criticism as "
         "gross interference in China's internal affairs.", [("REJECT", "CHN", None)]),
        ("A Hong Kong government spokesman said no one was above the law and that enforcement had nothing to "
         "do with freedom of speech.", []),
        ("More than 300 people have been arrested under national security laws since 2020, according to "
         "government figures.", []),
        ("Three members of the League of Social Democrats, one of the last pro-democracy groups still active, "
         "staged a brief protest outside the court on Monday, holding a banner calling for the man's "
         "release.", [("PROTEST", "HKG", "HKG")]),
        ("Officers watched from nearby but made no arrests, the group said.", []),
        ("\"There are fewer of us every year, but someone still has to stand here,\" said one of the "
         "protesters.", []),
        ("Separately, a 71-year-old Hong Kong activist was released from prison on Saturday after serving a "
         "sentence for unauthorised assembly.", [("RETREAT", None, "HKG")]),
    ]),
    ("png-enga-tribal-clash", [
        ("At least 26 people have been killed in a tribal clash in Enga province in Papua New Guinea's "
         "highlands, police say, the latest outbreak of violence in the remote region.", [("ASSAULT", None, "PNG")]),
        ("The villages affected lie along the Highlands Highway near Wabag, the provincial capital, the "
         "provincial police commander said.", []),
        ("Church leaders in the province said the death toll was closer to 40 and that many bodies had yet to "
         "be recovered from the bush.", []),
        ("Gunmen armed with high-powered rifles torched dozens of houses and a health clinic, forcing "
         "hundreds of families to flee, a local member of parliament said.", [("ASSAULT", "PNG", None)]),
        ("Papua New Guinea's prime minister placed Enga under emergency rule on Monday and ordered an extra "
         "150 police and soldiers to the area.", [("COERCE", "PNG", "PNG"), ("MOBILIZE", "PNG", "PNG")]),
        ("\"Those responsible will be hunted down and brought to justice,\" the prime minister told parliament "
         "in Port Moresby.", [("THREATEN", "PNG", None)]),
        ("Australia has agreed to send a team of 40 Australian Federal Police officers to support local "
         "police under an existing bilateral policing agreement, the Australian government said on Tuesday.",
         [("AGREE", "AUS", "PNG")]),
        ("An Australian shipment of vehicles and radio equipment for the provincial police arrived in Wabag "
         "on Monday, the High Commission said.", [("AID", "AUS", "PNG")]),
        ("Australia's foreign minister said Canberra was deeply concerned and urged community leaders to help "
         "end the cycle of payback killings.", [("REQUEST", "AUS", "PNG")]),
        ("Police said they had arrested 14 men and seized a number of firearms at checkpoints on the highway.",
         [("COERCE", "PNG", "PNG")]),
        ("Tribal fighting in Enga has claimed hundreds of lives in recent years, fuelled by disputes over "
         "land and by a flood of modern weapons.", []),
        ("An ambush in the province in early 2024 left more than 60 men dead.", []),
        ("\"The young men have guns now, not bows and arrows, and the elders can no longer stop them,\" said a "
         "Catholic priest who has worked in the province for two decades.", []),
        ("The UN Population Fund said it was sending emergency supplies to women and girls sheltering at a "
         "church compound near Wabag.", [("AID", "UNO", "PNG")]),
        ("Schools in the affected area will remain closed until at least next week, the provincial education "
         "office said.", []),
    ]),
    ("solomon-islands-no-confidence", [
        ("Solomon Islands' opposition leader has accused the government of misusing millions of dollars in "
         "constituency development funds, as a no-confidence motion looms in parliament.", [("ACCUSE", "SLB", "SLB")]),
        ("Parliament is expected to debate the motion next week, the speaker's office said.", []),
        ("The prime minister rejected the claims in a national address on Tuesday night and said the funds "
         "had been audited.", [("REJECT", "SLB", "SLB")]),
        ("About 300 people marched through Honiara on Wednesday morning to present a petition to parliament "
         "calling for an independent inquiry.", [("PROTEST", "SLB", "SLB")]),
        ("Police said the march was peaceful and no arrests were made.", []),
        ("Memories of the 2021 riots, in which parts of Honiara's Chinatown were burned, remain raw.", []),
        ("China's embassy said Beijing had donated 20 police vehicles and riot-control equipment to the "
         "Solomon Islands police.", [("AID", "CHN", "SLB")]),
        ("Australia, which runs a separate policing support program, handed over a new patrol boat to the "
         "country's maritime police unit last week.", [("AID", "AUS", "SLB")]),
        ("The rival gifts reflect a contest for influence that has sharpened since Honiara dropped Taipei for "
         "Beijing in 2019 and later agreed a policing pact with China.", []),
        ("\"Both sides are shopping for friends with deep pockets,\" said a lecturer at the Solomon Islands "
         "National University.", []),
        ("The opposition leader said he had written to the Pacific Islands Forum secretariat asking it to "
         "send observers to the no-confidence debate.", [("REQUEST", "SLB", "IGO")]),
        ("The Forum secretariat said it had received the letter and was considering it.", []),
        ("Solomon Islands, a nation of about 750,000 people spread over hundreds of islands, is one of the "
         "poorest countries in the Pacific.", []),
        ("The government has survived two no-confidence motions since taking office in 2024.", []),
    ]),
    ("fiji-minister-charged", [
        ("Fiji's anti-corruption agency has charged a former cabinet minister with abuse of office over the "
         "award of a government contract, the agency said on Monday.", [("COERCE", "FJI", "FJI")]),
        ("The former minister is due to appear in the Suva Magistrates Court later this month.", []),
        ("In a statement issued through his lawyer, he accused the government of using the agency to settle "
         "political scores.", [("ACCUSE", "FJI", "FJI")]),
        ("The case is the latest to strain the three-party coalition that has governed Fiji since the "
         "December 2022 election.", []),
        ("The coalition's smallest partner threatened on Monday to withdraw its support unless the prime "
         "minister reshuffled key portfolios before Christmas.", [("THREATEN", "FJI", "FJI")]),
        ("The prime minister said he would meet party leaders this week to resolve their differences.",
         [("AGREE", "FJI", "FJI")]),
        ("Meanwhile, New Zealand's foreign minister held talks with his Fijian counterpart in Suva on Tuesday "
         "and pledged NZ$15 million for climate resilience projects.",
         [("CONSULT", "NZL", "FJI"), ("AGREE", "NZL", "FJI")]),
        ("Fiji's economy grew by an estimated 3.5% last year, driven by record tourist arrivals, according to "
         "the central bank.", []),
        ("But rising living costs have eroded support for the government, a recent poll by a Suva-based "
         "research firm found.", []),
        ("\"People voted for change, and they are still waiting for it,\" said a market vendor in Nausori.", []),
        ("Fiji has experienced four coups since 1987, the last of them in 2006.", []),
        ("Police said separately they had detained two men over a suspected arson attack on the office of a "
         "coalition party in Lautoka at the weekend.", [("COERCE", "FJI", "FJI"), ("ASSAULT", None, "FJI")]),
        ("No one was hurt in the fire.", []),
    ]),
    ("new-caledonia-gendarmes-curfew", [
        ("France is sending an additional 400 gendarmes to New Caledonia to restore order in and around the "
         "capital Noumea, the French High Commission said on Tuesday.", [("MOBILIZE", "FRA", "NCL")]),
        ("Groups of young people set fire to cars, a pharmacy and a school in the suburb of Saint-Louis "
         "overnight, officials said.", [("ASSAULT", "NCL", None)]),
        ("Barricades made of burnt-out vehicles and tree trunks still blocked the main road to the "
         "international airport on Tuesday.", []),
        ("Gendarmes responded with tear gas and flash-bang grenades against about 200 people who had been "
         "hurling stones and petrol bombs at them, according to the High Commission.",
         [("ASSAULT", "FRA", "NCL"), ("ASSAULT", "NCL", "FRA")]),
        ("The High Commission said 27 people had been arrested overnight, bringing the total since Saturday "
         "to 91.", [("COERCE", None, None)]),
        ("Pro-independence groups put the number of people detained at more than 120 and accused gendarmes of "
         "beating young men at a checkpoint.", [("ACCUSE", "NCL", "FRA")]),
        ("A 19-year-old man was shot dead on Sunday night in Dumbea, north of Noumea, in circumstances that "
         "remain unclear, prosecutors said.", [("ASSAULT", None, None)]),
        ("The unrest follows months of deadlock over a revised agreement on the territory's future, now "
         "before the French parliament.", []),
        ("The FLNKS pro-independence front called on its supporters to remove the roadblocks and urged Paris "
         "to shelve the revised agreement.", [("REQUEST", "NCL", "NCL"), ("REQUEST", "NCL", "FRA")]),
        ("The High Commissioner extended the nightly curfew in greater Noumea by a week on Tuesday.",
         [("COERCE", "FRA", "NCL")]),
        ("Flights to and from La Tontouta airport remain suspended, leaving hundreds of tourists stranded.", []),
        ("New Zealand's foreign minister said Wellington had offered to fly its stranded citizens home on "
         "military aircraft.", [("AGREE", "NZL", None)]),
        ("\"Every night we hear the helicopters and the explosions, and nobody sleeps,\" said a nurse in the "
         "Riviere-Salee neighbourhood.", []),
        ("Nickel mining, which provides roughly one in five jobs in the territory, has suffered from weak "
         "prices as well as the unrest.", []),
        ("The High Commission estimated the damage at about 150 million euros so far.", []),
    ]),
    ("pif-ministers-new-caledonia", [
        ("Pacific Islands Forum foreign ministers met in Suva on Monday for an urgent session on the unrest "
         "in New Caledonia, the Forum secretariat said.", [("CONSULT", "IGO", None)]),
        ("In a communique issued after the meeting, ministers called on France and New Caledonia's political "
         "parties to resume dialogue and avoid any further loss of life.", [("REQUEST", "IGO", "FRA")]),
        ("They also offered to send a ministerial delegation to Noumea, a proposal Paris has so far not taken "
         "up.", [("AGREE", "IGO", "FRA")]),
        ("France's ambassador for the Pacific welcomed the Forum's engagement in a statement but gave no "
         "answer on the delegation.", [("SUPPORT", "FRA", "IGO")]),
        ("Australia pledged a further A$50 million for the Pacific Policing Initiative, which trains officers "
         "from across the region.", [("AGREE", "AUS", None)]),
        ("China, a Forum dialogue partner, was not invited to the session.", []),
        ("Beijing's special envoy for Pacific affairs held talks with Tonga's prime minister in Nuku'alofa on "
         "Tuesday, according to China's foreign ministry.", [("CONSULT", "CHN", "TON")]),
        ("Tonga's government said China had agreed to defer repayments on part of the kingdom's outstanding "
         "loans.", [("AGREE", "CHN", "TON")]),
        ("Diplomats say Beijing, Washington and Canberra have been vying more openly for Pacific partners "
         "over the past decade.", []),
        ("The Forum's secretary general said the region wanted to be friends to all and enemies to none, "
         "echoing a long-standing phrase of Pacific diplomacy.", []),
        ("Leaders of the Melanesian Spearhead Group, which counts the FLNKS as a member, are due to meet in "
         "Port Vila later this month.", []),
        ("Vanuatu's prime minister separately condemned what he called the excessive use of force by French "
         "security forces in New Caledonia.", [("ACCUSE", "VUT", "FRA")]),
        ("\"Our brothers and sisters in Kanaky deserve to be heard, not silenced,\" he said in a statement.", []),
        ("Climate finance, which dominated the Forum's annual summit in September, was left off the agenda of "
         "Monday's meeting.", []),
    ]),
    ("china-detains-japanese-employee", [
        ("Chinese state security authorities have detained a Japanese employee of a pharmaceutical company on "
         "suspicion of espionage, the Japanese government said Wednesday.", [("COERCE", "CHN", "JPN")]),
        ("The man, in his 50s, was living in the northeastern port city of Dalian, according to a government "
         "source.", []),
        ("Tokyo has urged Beijing to release him at an early date, the chief cabinet secretary said at a "
         "press conference.", [("REQUEST", "JPN", "CHN")]),
        ("Japan's ambassador to China visited the Chinese foreign ministry on Tuesday to lodge a protest over "
         "the detention, the source said.", [("ACCUSE", "JPN", "CHN")]),
        ("A spokesman for China's foreign ministry said the matter was one for the country's judicial "
         "authorities and gave no further details.", []),
        ("Tokyo says at least 17 of its citizens have been held by Chinese authorities for alleged spying "
         "over the past decade or so.", []),
        ("Another Japanese businessman who had served a three-year sentence was released and returned home on "
         "Saturday, officials said.", [("RETREAT", None, "JPN")]),
        ("Business groups in Tokyo say the detentions have made companies reluctant to send staff to China.", []),
        ("\"Nobody knows what counts as espionage, so everyone is nervous,\" said the head of a Japanese "
         "chamber of commerce in a Chinese city.", []),
        ("Japan has repeatedly asked China to improve the transparency of its counterespionage law.", []),
        ("The two countries' top diplomats are expected to meet during a regional gathering in Seoul this "
         "month.", []),
        ("China's foreign ministry on Wednesday also accused Japan of hyping the case to stoke anti-China "
         "sentiment.", [("ACCUSE", "CHN", "JPN")]),
        ("Tokyo rejected the accusation, a Japanese foreign ministry official said.", [("REJECT", "JPN", "CHN")]),
    ]),
]

FLOORS = {"precision": 0.85, "recall": 0.67, "actor_precision": 0.64, "max_per_empty": 0.08}
PUBLISHED = "2026-12-02"
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
