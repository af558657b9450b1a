"""Fifteenth blind article batch: whole news articles the coder has never seen, scored sentence by sentence.

Written on 2026-12-01, before the coder was run on any of it. Theme: Asia and the Pacific over one week, in
the style of Reuters, Kyodo and ABC Australia copy: a North Korean intercontinental missile launch, the allied
air drills and artillery fire that followed, and a split U.N. Security Council with new Japanese and
Australian sanctions; Chinese water cannon against Philippine vessels at Scarborough Shoal and the
Philippine-Chinese talks in Xiamen that followed; an air strike on a village in Myanmar's Sagaing region and a
China-brokered truce in Shan state with prisoners freed; arrests, roadblocks and clashes before a march of
Imran Khan's party in Pakistan; a security pact between Vanuatu and Australia; Japan's protest over a national
detained in China and a phone call between the two foreign ministers; and protests across Indonesia against a
law widening the military's role. Many acts are told by spokespeople and state media ("KCNA reported", "the
junta's information team said", "Chinese state media said"), and several figures differ between sources
(flight times, death tolls, arrest counts, the value of the pact). Each article runs like agency copy: a lead
with the main act, then background, reactions, quotes from officials and ordinary people, figures, history,
analysts' views and what comes next; about half the sentences tell no act at all.

Gold conventions. Each sentence lists every act that happened as told in that sentence (asserted, or reported
by a source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention
is itself an AGREE event, a threat or warning of force or sanctions a THREATEN event, a demand or appeal a
REQUEST; the content of a promise, threat, demand or accusation is not a second event (Amnesty saying officers
beat detainees is one ACCUSE). Not listed: planned or future acts, hypothetical, conditional or denied acts
("denied that any civilians had been hit", "had not fired back"), acts more than about a year before the story
(history with years), habitual or generic statements, statistics and tallies, opinions and forecasts, and
statements to the press that are none of the sixteen types. Types follow CAMEO2PLOVER-2021: a missile launch,
artillery fired into a buffer zone, a carrier sent to port or a raised alert is MOBILIZE; joint air drills by
allies are COOPERATE; water cannon against boats, air strikes, tear gas and rubber bullets against marchers
and stones thrown at police are ASSAULT; arrests, charges, roads sealed with containers, mobile internet cut
and boats driven away are COERCE; a rally, a march and a riot by demonstrators (a fence torn down, a building
set alight) are PROTEST; summoning a diplomat, a diplomatic protest or criticism is ACCUSE; an asset freeze or
travel ban is SANCTION; declaring a ceasefire or freeing captured fighters is RETREAT; lifting a curfew is
CONCEDE; signing a pact, praise or a welcome is SUPPORT; patrol vehicles handed over are AID; an objection to
a draft statement, a refusal or a visit turned away is REJECT; meetings, mediation, talks and phone calls are
CONSULT; an ultimatum or a warning of arrests is THREATEN. Codes: ISO alpha-3 for a state's government,
forces, people and groups alike (Myanmar's junta, its armed opposition and ethnic armed groups are all MMR; a
Japanese business lobby is JPN; Imran Khan's party is PAK); U.N. bodies and envoys UNO; the European Union
EUR; other intergovernmental bodies (ASEAN, the Pacific Islands Forum) IGO; NGOs (Amnesty International, Human
Rights Watch) NGO. Joint acts give the first named party as actor and the other as recipient; the actor is
None where the sentence names no doer ("two fighter jets had dropped bombs", "protests also took place").

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start of
their trigger) against the gold: precision and recall by type, one to one; actor precision (a coded event
whose actor codes include the gold actor, any actor for a gold None); and the number of coded events per
sentence with no act (max_per_empty).

Every sentence was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news,
demo corpus and tests; none was found.

FIRST RUN, held back and never read (written by a helper at the start of the seventh 2026-12-01 session): run
once at its end, on its starting code (b0fff45) and on its final code (1b77d9d): **precision 0.780, recall
0.640**, actor precision 0.671, 0.089 events per sentence with no act, on both.
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
    ("dprk-icbm-launch-east-sea", [
        ("North Korea fired what appeared to be an intercontinental ballistic missile into the sea off its "
         "east coast early on Tuesday, South Korea's military said, the North's first long-range launch "
         "in almost a year.", [("MOBILIZE", "PRK", None)]),
        ("Japan's defence ministry said the missile flew for about 73 minutes and came down roughly 250 km "
         "west of Hokkaido, beyond the waters where Japan holds exclusive economic rights.", []),
        ("Seoul's Joint Chiefs of Staff put the flight time slightly lower, at 71 minutes, and estimated "
         "that the missile climbed to an altitude of more than 6,000 km.", []),
        ("State news agency KCNA reported on Wednesday that Kim Jong Un had personally overseen the launch "
         "of a new solid-fuel rocket, which it described as a warning to Washington and its partners in "
         "the region.", [("MOBILIZE", "PRK", None), ("THREATEN", "PRK", "USA")]),
        ("South Korea's president called the launch a grave provocation that endangered peace on the "
         "peninsula, his office said.", [("ACCUSE", "KOR", "PRK")]),
        ("Tokyo conveyed a strong protest to Pyongyang via diplomatic channels in Beijing, the chief "
         "cabinet secretary told a news conference.", [("ACCUSE", "JPN", "PRK")]),
        ("It was the 11th ballistic missile launch by the North this year by the Japanese government's "
         "count, though Seoul lists nine because it treats two salvoes as single events.", []),
        ("The White House National Security Council condemned the test as a flagrant breach of several "
         "U.N. Security Council resolutions.", [("ACCUSE", "USA", "PRK")]),
        ("\"Every time they launch, my mother rings me to ask whether she should pack a bag,\" said Lee "
         "Soo-jin, 34, who works for an insurance firm in Seoul.", []),
        ("Pyongyang has been barred from developing ballistic missiles by the Security Council since 2006, "
         "but a panel of experts that monitored sanctions breaches was wound up in 2024 after a Russian "
         "veto.", []),
        ("Analysts said the flight data suggested the North was testing a warhead casing built to survive "
         "the return through the atmosphere, something it has yet to prove convincingly.", []),
        ("\"This launch is as much about engines as it is about politics,\" said a researcher at a "
         "state-funded institute in Seoul, speaking on background.", []),
        ("Beijing's foreign ministry urged every party concerned to exercise calm and to avoid steps that "
         "could raise tension in the region.", [("REQUEST", "CHN", None)]),
        ("Washington, Seoul and Tokyo asked for the Security Council to convene urgently, diplomats said, "
         "and a meeting is expected later in the week.", [("REQUEST", "USA", "UNO")]),
        ("In a statement carried by KCNA, North Korea's vice foreign minister said Pyongyang would answer "
         "any such meeting with \"stronger counteraction\".", [("THREATEN", "PRK", None)]),
    ]),
    ("korea-allied-air-drills", [
        ("U.S., South Korean and Japanese warplanes staged joint air drills over waters south of the "
         "Korean peninsula on Thursday, two days after North Korea's long-range missile test, Seoul's "
         "defence ministry said.", [("COOPERATE", "USA", "KOR")]),
        ("At least one U.S. B-52 strategic bomber took part, escorted by South Korean F-35A and Japanese "
         "F-2 fighter jets, according to the ministry.", []),
        ("A U.S. aircraft carrier strike group also sailed into the southern port of Busan on Friday, in "
         "what the U.S. Navy described as a scheduled visit.", [("MOBILIZE", "USA", "KOR")]),
        ("Kim Yo Jong, the influential sister of the North Korean leader, declared in a written statement "
         "that the drills were a rehearsal for invasion and warned that Pyongyang would take "
         "\"overwhelming\" measures in response.", [("ACCUSE", "PRK", "USA"), ("THREATEN", "PRK", "USA")]),
        ("She did not say what those measures would be.", []),
        ("North Korea then fired dozens of artillery rounds into a maritime buffer zone near the disputed "
         "western sea border on Friday evening, according to the South Korean military, though none fell "
         "south of the line.", [("MOBILIZE", "PRK", None)]),
        ("The South Korean military said it had stepped up surveillance along the frontier and placed "
         "units on heightened alert, but had not fired back.", [("MOBILIZE", "KOR", None)]),
        ("Under a military accord reached in 2018, the two Koreas had pledged to stop hostile acts near "
         "the border, but the deal fell apart in 2023 and 2024 amid mutual accusations of violations.", []),
        ("On Yeonpyeong Island, which North Korean artillery struck in 2010, local officials sent text "
         "alerts to residents but did not order anyone into shelters.", []),
        ("\"The crab boats came back to harbour early; nobody wanted to be out on the water tonight,\" said "
         "Park Young-ho, a 61-year-old fisherman on the island.", []),
        ("Japan's defence minister held a video call on Saturday with his U.S. and South Korean "
         "counterparts, and the three agreed to speed up real-time sharing of missile warning data, Tokyo "
         "said.", [("CONSULT", "JPN", "USA"), ("AGREE", "JPN", "USA")]),
        ("Washington and Seoul have staged large combined exercises every spring and summer for decades, "
         "and the North has condemned every one of them as preparation for war.", []),
        ("Some analysts believe the North may soon detonate another nuclear device, its seventh, something "
         "South Korean intelligence has long said is possible at short notice.", []),
        ("Russia's foreign ministry blamed the rising tension on what it called Washington's \"reckless "
         "military activity\" around the peninsula.", [("ACCUSE", "RUS", "USA")]),
        ("A State Department spokesperson in Washington said the United States remained willing to talk to "
         "Pyongyang without preconditions.", [("AGREE", "USA", "PRK")]),
    ]),
    ("scarborough-water-cannon-clash", [
        ("Two Philippine fisheries boats were hit by water cannon from Chinese coast guard ships close to "
         "Scarborough Shoal on Monday, injuring three crew members and breaking one boat's mast, the "
         "Philippine coast guard said.", [("ASSAULT", "CHN", "PHL")]),
        ("China's coast guard said it had driven away the Philippine boats after they illegally entered "
         "waters around the shoal, which Beijing calls Huangyan Island.", [("COERCE", "CHN", "PHL")]),
        ("A Chinese coast guard spokesperson described the operation as professional, restrained and in "
         "line with the law.", []),
        ("The two sides' accounts differ: Manila said four Chinese coast guard ships and about a dozen "
         "maritime militia boats were involved, while Chinese state media mentioned only two ships.", []),
        ("The Philippine foreign ministry summoned China's deputy chief of mission in Manila to protest "
         "against the incident, a spokesperson said.", [("ACCUSE", "PHL", "CHN")]),
        ("It was the 17th diplomatic protest Manila has filed over Chinese actions in the South China Sea "
         "this year.", []),
        ("The injured crew, all employees of the Bureau of Fisheries and Aquatic Resources, received "
         "treatment for cuts and bruising aboard a Philippine navy ship.", []),
        ("\"The water hit us like a wall, and then the bridge window shattered,\" one of them, a 29-year-old "
         "deckhand, told reporters after returning to port in Zambales province.", []),
        ("China took control of Scarborough Shoal after a standoff with the Philippines in 2012 and has "
         "kept coast guard ships there almost constantly ever since.", []),
        ("In 2016, arbitrators sitting in The Hague concluded that international law gave no backing to "
         "China's expansive claims to the sea, and Beijing has refused to recognise that award ever since.",
         []),
        ("The U.S. ambassador in Manila condemned what she called the reckless and illegal behaviour of "
         "the Chinese crews and said Washington stood firmly with its treaty ally.",
         [("ACCUSE", "USA", "CHN"), ("SUPPORT", "USA", "PHL")]),
        ("Japan's embassy in Manila called the use of water cannon against Philippine vessels "
         "unacceptable.", [("ACCUSE", "JPN", "CHN")]),
        ("A Chinese foreign ministry spokesperson accused Washington of sowing discord among Asian "
         "neighbours to serve its own strategic interests.", [("ACCUSE", "CHN", "USA")]),
        ("Under a mutual defence treaty signed in 1951, the United States is bound to help the Philippines "
         "if its armed forces, public vessels or aircraft are attacked anywhere in the South China Sea.", []),
        ("Philippine officials said government boats would keep sailing to the shoal to escort Filipino "
         "fishermen.", [("AGREE", "PHL", None)]),
    ]),
    ("philippines-china-xiamen-talks", [
        ("Philippine and Chinese diplomats met in Xiamen on Thursday for talks on easing tension in the "
         "South China Sea, three days after the water cannon clash at Scarborough Shoal, both governments "
         "said.", [("CONSULT", "PHL", "CHN")]),
        ("The meeting, held under a consultation mechanism set up in 2017, lasted about five hours, "
         "according to Manila's foreign ministry.", []),
        ("The Philippine delegation demanded that China stop harassing its vessels and pay compensation "
         "for the damaged boat, a Philippine official said.", [("REQUEST", "PHL", "CHN")]),
        ("According to a statement from Beijing's foreign ministry, the Chinese side had firmly rejected "
         "the demand and restated its sovereignty over the shoal.", [("REJECT", "CHN", "PHL")]),
        ("Both sides nevertheless agreed to make better use of a hotline between their coast guards, the "
         "statements said.", [("AGREE", "PHL", "CHN")]),
        ("A similar hotline was set up in 2023, but Philippine officials have often complained that their "
         "calls go unanswered.", []),
        ("\"Talking is better than shooting, but talking has not stopped the water cannon,\" said a retired "
         "Philippine navy admiral who now teaches at a university in Manila.", []),
        ("ASEAN foreign ministers gathered in Kuala Lumpur called for restraint and urged claimant states "
         "to finish drafting a regional rulebook for behaviour at sea without further delay.",
         [("REQUEST", "IGO", None)]),
        ("Negotiations on such a code of conduct began more than two decades ago and have repeatedly "
         "missed their own deadlines.", []),
        ("Vietnam's foreign ministry spokesperson said Hanoi was following developments at the shoal "
         "closely.", []),
        ("In Manila, about 200 activists rallied outside the Chinese consulate in Makati on Wednesday and "
         "burned a cardboard model of a Chinese coast guard ship.", [("PROTEST", "PHL", "CHN")]),
        ("Police said the rally ended peacefully and nobody was detained.", []),
        ("The Philippines and the United States are due to start their annual Balikatan exercises in "
         "April, and Japanese and Australian troops are expected to join them.", []),
        ("In an editorial on Friday, a Chinese state newspaper warned that Manila would \"pay a price\" if "
         "it kept relying on outside powers to provoke Beijing.", [("THREATEN", "CHN", "PHL")]),
        ("\"We will not be intimidated,\" the Philippine president told reporters at Malacanang Palace.", []),
    ]),
    ("myanmar-sagaing-village-airstrike", [
        ("Myanmar's military bombed a farming village in Sagaing, in the country's centre, on Sunday, "
         "killing at least 23 civilians including nine children, according to a local resistance group and "
         "residents.", [("ASSAULT", "MMR", "MMR")]),
        ("The junta's information team said its planes had hit a training camp run by \"terrorists\" and "
         "denied that any civilians had been hit.", [("ASSAULT", "MMR", "MMR")]),
        ("Neither account could be independently verified, and a local aid worker put the death toll "
         "higher, at 31.", []),
        ("A resident who spent the night digging through collapsed buildings said two fighter jets had "
         "dropped bombs on the village school and on a monastery where families were sheltering.",
         [("ASSAULT", None, "MMR")]),
        ("\"We buried the children together because there was no time to dig separate graves,\" said the "
         "47-year-old farmer, who spoke on the understanding that his name would not be printed because he "
         "feared the army would punish his family.", []),
        ("The generals took over in February 2021, removing the civilian administration led by Aung San "
         "Suu Kyi's party and setting off a nationwide armed uprising.", []),
        ("United Nations rights officials count over 6,000 civilian deaths since the takeover, although "
         "some monitoring groups put the number far higher.", []),
        ("The United Nations envoy for the country condemned the attack and called on the military to stop "
         "using air power against populated areas.", [("ACCUSE", "UNO", "MMR"), ("REQUEST", "UNO", "MMR")]),
        ("Britain, which leads on Myanmar at the Security Council, said it would seek a closed-door "
         "briefing on the strikes.", [("AGREE", "GBR", "UNO")]),
        ("Resistance forces hold large parts of Sagaing, and the military has come to rely on aircraft, "
         "many of them supplied by Russia and China, to strike back.", []),
        ("Human Rights Watch said it had documented more than 40 air strikes on schools, clinics and "
         "religious buildings in the region since January.", []),
        ("The strike came days before a further round of voting that the junta has organised in parts of "
         "the country, an election opposition groups and Western governments regard as a sham.", []),
        ("The opposition National Unity Government, set up by legislators who were removed in the coup, "
         "urged ASEAN to bar the junta from all of the bloc's meetings.", [("REQUEST", "MMR", "IGO")]),
        ("ASEAN has kept Myanmar's generals out of its summits since 2021 because they have ignored a "
         "peace roadmap with five points that the bloc drew up that year.", []),
        ("Aid groups said hundreds of villagers had fled into nearby forests and were running short of "
         "food and medicine.", []),
    ]),
    ("myanmar-shan-truce-kunming", [
        ("Myanmar's military and an ethnic armed group in northern Shan state declared a temporary "
         "ceasefire following two days of negotiations in the Chinese city of Kunming, China's foreign "
         "ministry said on Wednesday.", [("RETREAT", "MMR", "MMR"), ("CONSULT", "MMR", "MMR")]),
        ("Beijing, which hosted and mediated the talks, said both sides had committed to pulling their "
         "forces back from frontlines around the town of Lashio.",
         [("CONSULT", "CHN", "MMR"), ("AGREE", "MMR", None)]),
        ("The armed group said the military had released 58 of its fighters captured during fighting last "
         "year as part of the deal.", [("RETREAT", "MMR", "MMR")]),
        ("A military spokesman gave a lower figure, saying the army had freed 41 detainees.",
         [("RETREAT", "MMR", "MMR")]),
        ("Residents said the army had also lifted a night-time curfew in Lashio on Wednesday.",
         [("CONCEDE", "MMR", "MMR")]),
        ("China's frontier with Myanmar stretches for about 2,000 km, and Chinese companies have invested "
         "heavily in the country, including in oil and gas pipelines that run to Yunnan province.", []),
        ("The group captured Lashio, the headquarters of the military's northeastern command, in August "
         "2024, in one of the junta's heaviest battlefield defeats.", []),
        ("Under pressure from Beijing, it handed the town back to the army in April 2025.", []),
        ("\"People here do not trust any ceasefire until they see the soldiers leave,\" said a 38-year-old "
         "shopkeeper in Hsipaw, reached by telephone.", []),
        ("Several other resistance groups, including some in the country's west and south, rejected the "
         "deal.", [("REJECT", "MMR", "MMR")]),
        ("The Arakan Army, which holds the greater part of Rakhine state, said government troops had "
         "attacked its positions near the port town of Kyaukphyu on Tuesday.", [("ASSAULT", "MMR", "MMR")]),
        ("Kyaukphyu is the starting point of the China-backed pipelines and the site of a planned deep-sea "
         "port.", []),
        ("Thailand, where many thousands of refugees from the fighting now live in border camps, welcomed "
         "the ceasefire and offered to host further rounds of talks.",
         [("SUPPORT", "THA", "MMR"), ("AGREE", "THA", "MMR")]),
        ("Analysts cautioned that earlier truces brokered by China in the region had broken down within "
         "weeks.", []),
        ("The Chinese ministry said the two sides would meet again next month.", []),
    ]),
    ("pakistan-pti-march-arrests", [
        ("Pakistani police arrested at least 120 supporters of jailed former prime minister Imran Khan's "
         "party overnight ahead of a planned march on Islamabad, party officials said on Saturday.",
         [("COERCE", "PAK", "PAK")]),
        ("Police in Punjab province gave a lower figure of 76 arrests and said those held had been "
         "plotting to attack government buildings.", [("COERCE", "PAK", "PAK"), ("ACCUSE", "PAK", "PAK")]),
        ("Authorities also sealed the main motorways into the capital with shipping containers and "
         "suspended mobile internet services in several cities.",
         [("COERCE", "PAK", "PAK"), ("COERCE", "PAK", "PAK")]),
        ("The interior minister warned in a televised address that anyone who tried to break through "
         "police lines would be arrested.", [("THREATEN", "PAK", "PAK")]),
        ("Khan, who has been in prison since August 2023, faces dozens of cases that he says are "
         "politically motivated.", []),
        ("His Pakistan Tehreek-e-Insaf party says more than 5,000 of its members and supporters have been "
         "detained at one time or another since then.", []),
        ("Despite the roadblocks, several thousand party supporters gathered on Sunday at a motorway "
         "interchange outside Rawalpindi, chanting slogans demanding Khan's release.",
         [("PROTEST", "PAK", "PAK")]),
        ("Police broke up the crowd with tear gas and rubber-coated rounds, and protesters hurled stones "
         "at officers, witnesses said.", [("ASSAULT", "PAK", "PAK"), ("ASSAULT", "PAK", "PAK")]),
        ("A hospital spokesperson in Rawalpindi said 34 people had been treated for injuries, 11 of them "
         "police officers.", []),
        ("\"My son is an engineer, not a terrorist,\" said Shazia Bibi, 52, who waited outside a police "
         "station in Lahore for news of her 24-year-old son.", []),
        ("Amnesty International urged Islamabad to free those detained for peaceful protest and to restore "
         "internet access.", [("REQUEST", "NGO", "PAK")]),
        ("In a brief statement, Washington's State Department urged every side to respect the rule of law "
         "and said it was watching developments.", [("REQUEST", "USA", "PAK")]),
        ("In May 2023, crowds of Khan's supporters attacked military installations after his first arrest, "
         "and the army has treated the party with deep suspicion since.", []),
        ("Late on Sunday, party leaders gave the government one week to free Khan, saying supporters would "
         "otherwise return to the streets in larger numbers.", [("THREATEN", "PAK", "PAK")]),
        ("Khan's sister said prison officials had turned her away at the gate of Adiala jail on Thursday "
         "when she tried to visit him.", [("REJECT", "PAK", "PAK")]),
    ]),
    ("vanuatu-australia-security-pact", [
        ("Vanuatu and Australia signed a pact on security and development in Port Vila on Wednesday under "
         "which Canberra will pay for police training and infrastructure in the Pacific island nation over "
         "the next decade.", [("SUPPORT", "VUT", "AUS")]),
        ("Australia said the package was worth 500 million Australian dollars ($330 million), while "
         "Vanuatu's government put its value nearer 450 million, because the two count budget support "
         "differently.", []),
        ("The agreement allows Australia to help Vanuatu respond to natural disasters and internal "
         "security threats when asked, and requires each government to consult the other before entering "
         "security deals with third countries.", []),
        ("Vanuatu's prime minister said the pact respected his country's sovereignty and was \"not aimed at "
         "any other partner\".", []),
        ("China's embassy in Port Vila urged Pacific island countries not to let themselves be drawn into "
         "confrontation between rival blocs.", [("REQUEST", "CHN", None)]),
        ("China has built a presidential palace, a sports stadium and government offices in Vanuatu and is "
         "the country's biggest bilateral creditor.", []),
        ("An earlier version of the pact, signed in December 2022, was never ratified after lawmakers in "
         "Port Vila raised concerns that it could compromise the country's neutrality.", []),
        ("\"We want roads and a hospital, not to be a chess piece between big countries,\" said a "
         "40-year-old market vendor in Port Vila.", []),
        ("In 2022, the Solomon Islands signed a security agreement with China that alarmed Australia and "
         "the United States, and Chinese police advisers have worked in Honiara since.", []),
        ("The Pacific Islands Forum's secretary general welcomed the Vanuatu agreement, saying regional "
         "security should be \"Pacific-led\".", [("SUPPORT", "IGO", "VUT")]),
        ("New Zealand's foreign minister praised the deal in a statement and said Wellington was ready to "
         "contribute to police training.", [("SUPPORT", "NZL", "VUT"), ("AGREE", "NZL", "VUT")]),
        ("Vanuatu's opposition leader criticised the government for signing the pact without a debate in "
         "parliament.", [("ACCUSE", "VUT", "VUT")]),
        ("The agreement still has to be ratified by Vanuatu's parliament, which is expected to vote on it "
         "next month.", []),
        ("Analysts said Canberra had been keen to finalise the deal before Vanuatu holds elections next "
         "year.", []),
        ("Australia's Pacific minister, who attended the ceremony, handed over 12 patrol vehicles to "
         "Vanuatu's police force.", [("AID", "AUS", "VUT")]),
    ]),
    ("japan-china-espionage-detention", [
        ("Japan summoned China's ambassador on Monday over the case of a Japanese pharmaceutical company "
         "employee held in Beijing on suspicion of espionage, the foreign ministry in Tokyo said.",
         [("ACCUSE", "JPN", "CHN")]),
        ("China's foreign ministry confirmed that state security officers had detained the man, a Japanese "
         "national in his 50s, last week and that prosecutors had formally charged him on Friday.",
         [("COERCE", "CHN", "JPN"), ("COERCE", "CHN", "JPN")]),
        ("A ministry spokesperson said the case was being dealt with \"lawfully\" and gave no details of the "
         "allegations.", []),
        ("Japan's chief cabinet secretary called on Beijing to release the man as soon as possible and to "
         "ensure that the judicial process was transparent.", [("REQUEST", "JPN", "CHN")]),
        ("At least 17 Japanese nationals have been detained in China on spying charges since 2014, "
         "according to the Japanese government, while Chinese officials have given no overall figure.", []),
        ("The case comes as the two governments try to steady ties that have been strained by disputes "
         "over Taiwan, seafood imports and military activity near Japanese islands.", []),
        ("Earlier on Monday, Japan's foreign minister spoke by telephone to the Chinese foreign minister, "
         "and the two agreed to keep up communication at a senior level, Kyodo News reported.",
         [("CONSULT", "JPN", "CHN"), ("AGREE", "JPN", "CHN")]),
        ("In 2025, Beijing partly lifted a ban on Japanese seafood that it had imposed two years earlier "
         "over the release of treated water from the Fukushima nuclear plant.", []),
        ("Chinese state media said on Tuesday that the Japanese coast guard had harassed a Chinese "
         "research vessel near the Senkaku Islands, which China claims and calls the Diaoyu.",
         [("ACCUSE", "CHN", "JPN")]),
        ("Japan's coast guard said it had told the ship by radio to halt surveys it had not been "
         "authorised to conduct in Japanese waters.", [("REQUEST", "JPN", "CHN")]),
        ("\"Every few weeks there is a new incident, and each one makes the next summit harder to arrange,\" "
         "said a professor of international relations at a Tokyo university.", []),
        ("Tokyo has also complained repeatedly about Chinese military drills near Taiwan, which lies a "
         "little over 100 km from Japan's westernmost island of Yonaguni.", []),
        ("The business lobby Keidanren said it would send a delegation of about 200 executives to Beijing "
         "in January, its first such mission in five years.", [("AGREE", "JPN", "CHN")]),
        ("China's premier is expected to meet the Japanese prime minister on the sidelines of a regional "
         "summit later this month, officials in both countries said.", []),
    ]),
    ("indonesia-military-law-protests", [
        ("Thousands of students and workers protested outside Indonesia's parliament in Jakarta on "
         "Thursday against a newly passed law that critics say widens the military's role in civilian "
         "government.", [("PROTEST", "IDN", "IDN")]),
        ("Police used tear gas and water cannon after some demonstrators tore down part of the fence "
         "around the parliament complex and set tyres alight, according to witnesses.",
         [("ASSAULT", "IDN", "IDN"), ("PROTEST", "IDN", "IDN")]),
        ("Jakarta police said 87 people had been detained, while a coalition of legal aid groups said it "
         "had received reports of at least 140 arrests.", [("COERCE", "IDN", "IDN")]),
        ("The law, approved by parliament on Tuesday, lets serving officers hold posts in more ministries "
         "and state agencies and raises the retirement age for senior commanders.", []),
        ("Rights groups say it revives the \"dual function\" doctrine under which the armed forces dominated "
         "politics during the 32-year rule of Suharto, which ended in 1998.", []),
        ("\"We did not fight for reform in 1998 so that our children would see soldiers running ministries "
         "again,\" said Rahmat, 58, who drives a motorcycle taxi and joined the rally.", []),
        ("Protests also took place in at least 15 other cities, including Surabaya, Yogyakarta, Makassar "
         "and Medan, according to local media.", [("PROTEST", None, None)]),
        ("In Makassar, demonstrators set fire to part of a regional council building, police said.",
         [("PROTEST", "IDN", "IDN")]),
        ("The president's office said the law would strengthen national resilience and accused unnamed "
         "groups of spreading misinformation about it.", [("ACCUSE", "IDN", None)]),
        ("The armed forces chief told reporters that dealing with the demonstrations was a matter for the "
         "police.", []),
        ("Amnesty International Indonesia said officers had beaten at least a dozen protesters after "
         "detaining them, citing video footage and witness accounts.", [("ACCUSE", "NGO", "IDN")]),
        ("Student unions demanded that the president issue a regulation to revoke the law.",
         [("REQUEST", "IDN", "IDN")]),
        ("In 2019, a wave of student protests against changes to the anti-corruption agency and the "
         "criminal code left five people dead.", []),
        ("Parties allied with the president, who won the 2024 election with nearly 60% of the vote, hold a "
         "large majority of seats in parliament.", []),
        ("Analysts did not expect the government to back down quickly, but it might delay the implementing "
         "regulations if the unrest spread.", []),
    ]),
    ("un-council-split-on-pyongyang", [
        ("The Security Council met in an emergency session on Friday over North Korea's intercontinental "
         "ballistic missile launch but could not issue a common statement after Russia objected to the "
         "draft, diplomats said.", [("CONSULT", "UNO", None), ("REJECT", "RUS", None)]),
        ("The U.S. deputy ambassador told the 15-member council that Pyongyang was paying for its weapons "
         "programmes through cybertheft and illegal arms sales to Russia.", [("ACCUSE", "USA", "PRK")]),
        ("Russia's envoy said Washington and its allies had provoked the launch by holding \"aggressive\" "
         "exercises and flying strategic bombers near the peninsula.", [("ACCUSE", "RUS", "USA")]),
        ("China's ambassador called on all sides to avoid \"mutual provocation\" and to return to dialogue.",
         [("REQUEST", "CHN", None)]),
        ("In May 2022, Russia and China vetoed a U.S.-drafted resolution that would have tightened "
         "sanctions on North Korea after a series of missile tests.", []),
        ("Since then, the council has not adopted any new measures against Pyongyang.", []),
        ("North Korea's ambassador, who spoke under a rule that lets countries address matters concerning "
         "them, rejected the council's right to discuss what he called a routine weapons test.",
         [("REJECT", "PRK", "UNO")]),
        ("South Korea's envoy urged the council to speak with one voice, saying its silence would only "
         "encourage further launches.", [("REQUEST", "KOR", "UNO")]),
        ("Diplomats said the United States was now weighing further unilateral sanctions together with its "
         "allies.", []),
        ("The EU's top diplomat warned that the bloc was ready to add North Korean officials to its "
         "sanctions list.", [("THREATEN", "EUR", "PRK")]),
        ("\"The council is paralysed on North Korea, and Pyongyang knows it,\" said a Western diplomat who "
         "was not authorised to speak publicly.", []),
        ("Meanwhile, Japan's government said it had frozen the assets of three North Korean individuals "
         "and two firms connected with the weapons programmes.", [("SANCTION", "JPN", "PRK")]),
        ("Australia followed later on Friday with travel bans and financial sanctions on four North Korean "
         "officials.", [("SANCTION", "AUS", "PRK")]),
        ("North Korea carried out more than 30 ballistic missile launches in 2022, a record for a single "
         "year.", []),
    ]),
]

FLOORS = {"precision": 0.79, "recall": 0.62, "actor_precision": 0.67, "max_per_empty": 0.09}
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
