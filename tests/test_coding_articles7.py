"""Seventh blind article batch: eleven wire stories (167 sentences), written on 2026-12-01 by a helper session
before the coder was run on any of it.

Theme: an Asia-Pacific and South Asia wire over a few days, in agency style (VOA, AP, Reuters, AFP), with a
lead sentence carrying the main act followed by background, reactions, quotes, figures, history, analysis and
what comes next: a Himalayan border standoff and talks between Indian and Chinese commanders, a Myanmar junta
air strike and the resistance's reply, an opposition boycott of Bangladesh's election, Philippine and Chinese
coast guards at Second Thomas Shoal, a Pakistani Taliban attack on a police station and the army operation
that followed, the Solomon Islands leader's visit to Beijing and Canberra's response, a North Korean missile
launch and the Security Council deadlock after it, and a Sri Lankan debt deal.

Conventions: each sentence lists every event that happened as told in it (asserted or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is AGREE, a
threat THREATEN, a demand or appeal REQUEST; the content of a promise, threat, demand or accusation is not a
second event; planned, hypothetical, conditional and denied acts, history more than about a year old, habitual
or generic statements, statistics and tallies, opinions and forecasts are not events, nor are statements to
the press of no listed type. Signing a formal agreement is SUPPORT, summoning an ambassador ACCUSE, a missile
test MOBILIZE. Codes: ISO alpha-3 for a state's government, forces, people and groups; UNO for the UN and its
agencies; EUR for the EU; IGO for other intergovernmental bodies (IMF, ICC, ASEAN); NGO for non-governmental
groups; None where the sentence names no doer or no target. Joint acts give the first party as actor and the
second as recipient.

Scoring: per sentence, the coded events that happened (asserted or reported, placed by the start of their
trigger) are matched against the gold by type, one to one, for precision and recall; actor precision also
needs one of the coded actor codes to be the gold actor (a gold actor of None matches any); and the events
coded per sentence with no act are counted.

Overlap: every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed,
news, demo corpus and tests, and none was found.

FIRST RUN, on commit 9c7fb3a (the fourth 2026-12-01 session's coder, after the rules blind batches 39 and 41,
article batch 5 and incident batches 1 and 3 prompted), with the score of `_score`: precision 0.793, recall
0.785, actor precision 0.609, 0.096 events per sentence with no act. The session's starting coder (50def54),
run on it afterwards for comparison: precision 0.791, recall 0.774, actor precision 0.615, 0.096 per empty
sentence.
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
    ("himalaya-commanders-talks", [
        ("Indian and Chinese army commanders met for nine hours on Tuesday at a border post in eastern Ladakh, "
         "trying to defuse a standoff that began when troops from both sides pitched tents on the same ridge "
         "earlier this month.", [("CONSULT", "IND", "CHN")]),
        ("An Indian army statement called the talks frank and said both delegations had agreed to keep "
         "communicating through military and diplomatic channels.", [("AGREE", "IND", "CHN")]),
        ("China's defence ministry said its soldiers were patrolling land that had always been Chinese and urged "
         "New Delhi to pull its forces back from the area.", [("REQUEST", "CHN", "IND")]),
        ("The ridge sits at about 4,800 metres, where night temperatures in December drop far below minus 20 "
         "degrees Celsius.", []),
        ("India has sent two more infantry battalions and several tanks into the valley since the face-off "
         "started, according to two Indian officials who were not authorised to brief journalists.",
         [("MOBILIZE", "IND", None)]),
        ("No shots have been fired, and neither government has reported injuries.", []),
        ("The frontier between the nuclear-armed neighbours runs for roughly 3,400 kilometres through mountains "
         "and high desert and has never been formally demarcated.", []),
        ("In 2020, twenty Indian soldiers and at least four Chinese troops died in hand-to-hand fighting in the "
         "Galwan Valley, the deadliest clash between the two armies in decades.", []),
        ("Since then the generals have held more than twenty rounds of talks and pulled back from several points "
         "of friction, though buffer zones remain in place.", []),
        ("'Every winter we hear the same stories about the border, and every winter the price of kerosene goes "
         "up,' said Tsering Dorje, a 61-year-old shopkeeper in Leh.", []),
        ("Leaders of the opposition Congress party accused Prime Minister Narendra Modi's government on Wednesday "
         "of concealing the extent of the Chinese presence from parliament.", [("ACCUSE", "IND", "IND")]),
        ("Foreign Minister Subrahmanyam Jaishankar rejected Beijing's assertion that the ridge lay on the Chinese "
         "side of the line, telling reporters the claim had no basis in any map.", [("REJECT", "IND", "CHN")]),
        ("Analysts note that neither capital wants an escalation at a time when bilateral trade has climbed past "
         "130 billion dollars a year.", []),
        ("'Both armies know precisely how hard they can push before things slip out of control,' said a retired "
         "Indian lieutenant general who now lectures in Delhi.", []),
        ("The commanders are expected to meet again next week, and senior diplomats from both foreign ministries "
         "plan separate talks in Beijing before December is out.", []),
    ]),
    ("myanmar-sagaing-airstrike", [
        ("A Myanmar military jet bombed a village in the central Sagaing region early on Sunday, killing at least "
         "27 people, including children sheltering in a monastery, residents and a local resistance group said.",
         [("ASSAULT", "MMR", "MMR")]),
        ("Many families were cooking breakfast when the aircraft appeared over the paddy fields, said a villager "
         "who helped pull bodies from the rubble.", []),
        ("'We had no warning and nowhere to run,' said Daw Khin, a 54-year-old rice farmer who lost her husband "
         "and a grandson.", []),
        ("A spokesman for the junta said the area had been used by 'terrorist' fighters and that reports of "
         "civilian deaths were fabricated.", []),
        ("The generals seized power in February 2021, ousting the elected government of Aung San Suu Kyi, and have "
         "since leaned heavily on air power against a spreading armed uprising.", []),
        ("The U.N. human rights office puts the number of civilians killed since the takeover at more than 6,000, "
         "while cautioning that the real toll is probably far higher.", []),
        ("Hours after the strike, fighters from a local People's Defence Force unit attacked an army outpost near "
         "the town of Kawlin, the group said, claiming to have killed eight soldiers.", [("ASSAULT", "MMR", "MMR")]),
        ("The resistance also said it had shot down a military drone over the township, a claim that Reuters could "
         "not confirm.", [("ASSAULT", "MMR", "MMR")]),
        ("The National Unity Government, formed by ousted lawmakers, condemned the bombing as a war crime and "
         "called on the International Criminal Court to investigate.",
         [("ACCUSE", "MMR", "MMR"), ("REQUEST", "MMR", "IGO")]),
        ("The U.N. special envoy on Myanmar, Julie Bishop, urged the military to stop using aircraft against "
         "populated areas.", [("REQUEST", "UNO", "MMR")]),
        ("Amnesty International appealed to governments to halt shipments of aviation fuel to Myanmar, arguing "
         "that the fuel keeps the bombers flying.", [("REQUEST", "NGO", None)]),
        ("ASEAN, which has kept the junta's leaders away from its summits since 2021, has so far failed to get the "
         "generals to honour a five-point peace plan.", []),
        ("Much of Sagaing has been contested for three years, and aid groups estimate that hundreds of thousands "
         "of people there have fled their homes.", []),
        ("Survivors buried the dead on Sunday afternoon in a field outside the village, fearing the plane would "
         "come back.", []),
        ("Relief workers expect more families to head for camps near the Indian border in the coming days.", []),
        ("'Whenever we hear an engine in the sky, the little ones start crying,' said a 38-year-old teacher who "
         "now holds lessons in a forest clearing.", []),
    ]),
    ("bangladesh-election-boycott", [
        ("Bangladesh's largest opposition alliance on Thursday announced a boycott of next month's general "
         "election, accusing the interim government of tilting the contest in favour of its rivals.",
         [("REJECT", "BGD", "BGD"), ("ACCUSE", "BGD", "BGD")]),
        ("At a packed news conference in Dhaka, alliance leaders demanded that a neutral administration be "
         "installed to oversee the polls.", [("REQUEST", "BGD", "BGD")]),
        ("The Election Commission said voting would go ahead as scheduled on January 14.", []),
        ("Several thousand supporters of the alliance marched across the capital on Friday, chanting slogans "
         "against the authorities and blocking several main roads for hours.", [("PROTEST", "BGD", "BGD")]),
        ("Police fired tear gas and rubber bullets to break up crowds near the alliance's headquarters, and at "
         "least 40 people were injured, hospital officials said.", [("ASSAULT", "BGD", "BGD")]),
        ("A police spokesman said 112 people had been detained for vandalism and assaulting officers.",
         [("COERCE", "BGD", "BGD")]),
        ("Human Rights Watch urged the authorities to free those held for peaceful protest and to investigate how "
         "police handled the crowds.", [("REQUEST", "NGO", "BGD")]),
        ("Bangladesh has a long record of bitterly fought elections, and each of its last three national votes was "
         "either shunned by the main opposition or tainted by claims of rigging.", []),
        ("About 127 million people are registered to vote in the country of some 170 million.", []),
        ("'Whoever wins, nothing changes for people like us,' said Rahima Begum, a 47-year-old garment worker in "
         "the industrial suburb of Gazipur.", []),
        ("The United States and the European Union urged all parties to show restraint and settle their "
         "differences through dialogue.", [("REQUEST", "USA", "BGD"), ("REQUEST", "EUR", "BGD")]),
        ("The interim government's chief adviser invited opposition leaders to talks on Saturday, but the alliance "
         "turned down the offer within hours.", [("AGREE", "BGD", "BGD"), ("REJECT", "BGD", "BGD")]),
        ("Shops, schools and offices stayed shut across much of the country on Sunday as the alliance enforced a "
         "one-day general strike.", [("PROTEST", "BGD", "BGD")]),
        ("A political scientist at Dhaka University said a low turnout could weaken the legitimacy of whichever "
         "government emerges from the vote.", []),
        ("Garment makers, who earn more than 80 percent of Bangladesh's export revenue, fear that drawn-out unrest "
         "could frighten away foreign buyers.", []),
        ("Further meetings between the Election Commission and the parties are scheduled for next week, though few "
         "observers expect a breakthrough.", []),
    ]),
    ("second-thomas-shoal-water-cannon", [
        ("Chinese coast guard vessels blasted two Philippine supply boats with water cannon near Second Thomas "
         "Shoal on Saturday, damaging one vessel and injuring three crew members, the Philippine military said.",
         [("ASSAULT", "CHN", "PHL")]),
        ("The boats were carrying food, water and fuel to a handful of Filipino marines living aboard a grounded "
         "navy ship on the reef.", []),
        ("China's coast guard said the Philippine boats had intruded into Chinese waters and warned Manila against "
         "any further provocation.", [("THREATEN", "CHN", "PHL")]),
        ("Manila's foreign ministry summoned the Chinese ambassador to protest what it called dangerous and "
         "unlawful manoeuvres.", [("ACCUSE", "PHL", "CHN")]),
        ("The reef lies about 200 kilometres from the Philippine island of Palawan and more than 1,000 kilometres "
         "from Hainan, the nearest large Chinese landmass.", []),
        ("In 2016, an arbitration tribunal in The Hague found that China's sweeping claims to most of the sea had "
         "no legal basis, a ruling Beijing has never accepted.", []),
        ("Confrontations at the shoal have become more frequent over the past two years, with Chinese vessels "
         "often blocking or bumping Philippine boats.", []),
        ("Washington said it stood with its treaty ally and reminded Beijing that an armed attack on Philippine "
         "public vessels would invoke American defence commitments.",
         [("SUPPORT", "USA", "PHL"), ("THREATEN", "USA", "CHN")]),
        ("Japan and Australia each criticised China's use of water cannon in separate statements on Sunday.",
         [("ACCUSE", "JPN", "CHN"), ("ACCUSE", "AUS", "CHN")]),
        ("'Our fishermen cannot go near the reef any more, because the big white ships chase them off,' said Romeo "
         "Dalisay, a 52-year-old fisherman from Palawan.", []),
        ("The Philippine navy vowed to carry out another resupply run within two weeks.", [("AGREE", "PHL", None)]),
        ("Philippine and U.S. forces began a joint maritime patrol west of Palawan on Monday, the Philippine "
         "military said.", [("COOPERATE", "PHL", "USA")]),
        ("Southeast Asian governments and Beijing have been negotiating a code of conduct for the waterway for "
         "more than twenty years without reaching agreement.", []),
        ("Analysts say Beijing is probing how far Manila and Washington will go to defend the outpost without "
         "sparking a wider conflict.", []),
        ("The rusting ship was run aground on purpose in 1999 to stake the Philippine claim, and a small rotating "
         "detachment has lived on it ever since.", []),
    ]),
    ("pakistan-police-station-attack", [
        ("Militants stormed a police station in northwest Pakistan before dawn on Wednesday, killing nine officers "
         "in a gun and grenade assault that lasted more than four hours, officials said.",
         [("ASSAULT", "PAK", "PAK")]),
        ("Dera Ismail Khan district, where the station stands, borders the tribal belt that stretches along the "
         "frontier with Afghanistan.", []),
        ("The Pakistani Taliban, known by the initials TTP, claimed the raid in a message sent to journalists.", []),
        ("Security forces killed five of the attackers after surrounding the building, the provincial police chief "
         "said.", [("ASSAULT", "PAK", "PAK")]),
        ("'They came over the wall while most of the men were asleep,' a wounded constable said from his hospital "
         "bed in Peshawar.", []),
        ("Militant violence in Khyber Pakhtunkhwa province has climbed steeply since the Afghan Taliban retook "
         "Kabul in August 2021.", []),
        ("An Islamabad research group, the Pakistan Institute for Conflict and Security Studies, counted more than "
         "1,500 deaths in militant attacks nationwide last year.", []),
        ("Prime Minister Shehbaz Sharif condemned the attack and warned that those behind it would be hunted down.",
         [("ACCUSE", "PAK", "PAK"), ("THREATEN", "PAK", "PAK")]),
        ("Islamabad has often accused the Afghan Taliban of sheltering the militants, a charge Kabul denies.", []),
        ("On Wednesday, Pakistan's foreign ministry called in Afghanistan's top diplomat in Islamabad and demanded "
         "that Kabul act against TTP commanders on its soil.",
         [("ACCUSE", "PAK", "AFG"), ("REQUEST", "PAK", "AFG")]),
        ("Zabihullah Mujahid, the chief spokesman for the authorities in Kabul, rejected the accusation, saying "
         "Afghan soil was not being used against any country.", [("REJECT", "AFG", "PAK")]),
        ("Funerals for six of the officers took place on Wednesday afternoon, with hundreds of mourners lining the "
         "streets.", []),
        ("Police in the province have long complained that they are outgunned by fighters carrying night-vision "
         "goggles and modern rifles.", []),
        ("'My son joined the police because it was a steady job,' said the father of one of the dead officers, a "
         "58-year-old tailor.", []),
        ("Authorities imposed a curfew on parts of the district as the hunt for the remaining attackers went on.",
         [("COERCE", "PAK", None)]),
    ]),
    ("pakistan-waziristan-operation", [
        ("The Pakistani military announced on Friday that it had launched a major operation against militant "
         "hideouts in the North Waziristan tribal district, killing 23 fighters in two days of raids.",
         [("ASSAULT", "PAK", "PAK")]),
        ("Helicopter gunships and ground troops struck compounds used by the Pakistani Taliban in the mountains "
         "near the Afghan border, according to the army's public relations office.", [("ASSAULT", "PAK", "PAK")]),
        ("Four soldiers were killed in an exchange of fire, according to the statement.",
         [("ASSAULT", None, "PAK")]),
        ("The offensive is the largest in the region since 2014, when the army drove thousands of fighters across "
         "the border in a campaign called Zarb-e-Azb.", []),
        ("Thousands of residents have left for the town of Bannu, carrying what they could on tractors and pickup "
         "trucks, local officials said.", []),
        ("'We left everything, our cattle, our fields, our house,' said Gul Nawaz, a 63-year-old farmer staying "
         "with relatives in Bannu.", []),
        ("The provincial government opened two camps for displaced families and said it would give each household "
         "a cash grant of 25,000 rupees.", [("AID", "PAK", "PAK"), ("AGREE", "PAK", "PAK")]),
        ("Tribal elders met the regional army commander on Thursday and asked him to spare civilian homes during "
         "the raids.", [("CONSULT", "PAK", "PAK"), ("REQUEST", "PAK", "PAK")]),
        ("Afghanistan's Taliban government accused Pakistani aircraft of striking a village in the eastern "
         "province of Khost on Friday, killing three civilians, and warned of consequences.",
         [("ACCUSE", "AFG", "PAK"), ("THREATEN", "AFG", "PAK")]),
        ("Pakistan's military did not reply to a request for comment on the allegation.", []),
        ("Ties between the two neighbours have soured badly over the past two years, and their border crossings "
         "have been shut several times.", []),
        ("UNHCR, the U.N. body for refugees, said it stood ready to help the displaced if the authorities asked.",
         [("AGREE", "UNO", "PAK")]),
        ("Security analyst Imtiaz Gul said military campaigns alone had failed in the past to uproot the "
         "militants, who slip easily across the porous frontier.", []),
        ("Military officials gave no timeline for how long the campaign might last.", []),
        ("Pakistan's economy, kept afloat by a seven-billion-dollar IMF loan, can ill afford a long war in the "
         "northwest, economists say.", []),
    ]),
    ("solomon-islands-beijing-visit", [
        ("Solomon Islands Prime Minister Jeremiah Manele arrived in Beijing on Monday at the start of a five-day "
         "official trip, his first to China since taking office.", [("CONSULT", "SLB", "CHN")]),
        ("Chinese President Xi Jinping received him in a ceremony on Tiananmen Square on Tuesday, and the two "
         "leaders held talks that state media described as warm and fruitful.", [("CONSULT", "CHN", "SLB")]),
        ("Manele and Xi signed agreements on road building, fisheries and police training, according to a joint "
         "statement issued after the meeting.", [("SUPPORT", "SLB", "CHN")]),
        ("China pledged 120 million dollars in grants and cheap loans for the Pacific nation, the statement said.",
         [("AGREE", "CHN", "SLB")]),
        ("The Solomon Islands, an archipelago of about 700,000 people east of Papua New Guinea, cut its ties with "
         "Taiwan and recognised Beijing instead in 2019.", []),
        ("Three years later it struck a security pact with China that alarmed Australia, the United States and New "
         "Zealand.", []),
        ("Manele told Xi that his government firmly supported the one-China principle, according to Chinese state "
         "media.", [("SUPPORT", "SLB", "CHN")]),
        ("In Honiara, opposition leader Matthew Wale criticised the trip, saying the government had kept "
         "parliament in the dark about what it planned to sign.", [("ACCUSE", "SLB", "SLB")]),
        ("'We need roads and clinics, but we do not need to become a pawn between big powers,' said a 44-year-old "
         "market vendor in Honiara who would give only her first name, Ruth.", []),
        ("A Chinese foreign ministry spokeswoman said cooperation between the two countries was not aimed at any "
         "third party.", []),
        ("Beijing has widened its police footprint in the Pacific in recent years, sending officers to train local "
         "forces in several island states.", []),
        ("Manele is due to visit the southern city of Shenzhen on Thursday to tour technology firms before flying "
         "home.", []),
        ("Regional analysts say the Pacific has become a central arena of competition between China on one side "
         "and Washington and its partners on the other.", []),
        ("Pacific Islands Forum leaders are set to gather in Tonga next year, where regional security is expected "
         "to dominate the agenda.", []),
    ]),
    ("australia-pacific-response", [
        ("Australian Foreign Minister Penny Wong flew to Honiara on Wednesday for talks with Solomon Islands "
         "leaders, as Canberra sought to shore up its standing in a region where Beijing is gaining ground.",
         [("CONSULT", "AUS", "SLB")]),
        ("At a ceremony in the capital, Wong handed over 13 new patrol vehicles and two boats to the Royal Solomon "
         "Islands Police Force.", [("AID", "AUS", "SLB")]),
        ("She also pledged 65 million Australian dollars over four years to upgrade rural clinics and schools.",
         [("AGREE", "AUS", "SLB")]),
        ("'Australia is, and will remain, a partner the Pacific can rely on,' Wong told reporters at the airport.",
         []),
        ("Australian officials worry that the policing deal signed in Beijing could pave the way for a permanent "
         "Chinese security presence, two people briefed on the discussions said.", []),
        ("Australia has long been the largest aid donor to the Solomon Islands, providing more than 150 million "
         "dollars a year.", []),
        ("In 2021, Australian troops and police were flown to Honiara at the government's request after riots in "
         "which parts of the city's Chinatown were burned.", []),
        ("Manele assured Wong that his government would not allow a foreign military base on its territory, her "
         "office said.", [("AGREE", "SLB", "AUS")]),
        ("In Wellington, New Zealand's Foreign Minister Winston Peters praised Australia's engagement and said the "
         "two countries would coordinate closely on Pacific security.",
         [("SUPPORT", "NZL", "AUS"), ("AGREE", "NZL", "AUS")]),
        ("In Beijing, a foreign ministry spokesman accused Canberra of treating Pacific nations as its 'backyard' "
         "and urged it to drop a Cold War mentality.", [("ACCUSE", "CHN", "AUS"), ("REQUEST", "CHN", "AUS")]),
        ("Pacific leaders have said many times that climate change, not great-power rivalry, is the gravest danger "
         "facing their islands.", []),
        ("'Every big country comes here promising help, and then the roads still flood,' said a 29-year-old taxi "
         "driver in Honiara.", []),
        ("Canberra has raised aid to the Pacific by about a third since 2022, budget papers show.", []),
        ("Opposition lawmakers in Canberra said the government had been caught napping by the Beijing deals and "
         "called for an inquiry into Australia's Pacific strategy.",
         [("ACCUSE", "AUS", "AUS"), ("REQUEST", "AUS", "AUS")]),
        ("Wong is expected to travel on to Vanuatu and Fiji later in the week.", []),
    ]),
    ("korea-ballistic-launch", [
        ("North Korea launched a ballistic missile that came down in waters off its east coast on Thursday "
         "morning, South Korea's military said, adding to a long run of launches this year.",
         [("MOBILIZE", "PRK", None)]),
        ("The missile flew about 1,000 kilometres before splashing down outside Japan's exclusive economic zone, "
         "according to Tokyo.", []),
        ("South Korea's Joint Chiefs of Staff said the military had raised its alert level and was sharing "
         "intelligence on the launch with U.S. and Japanese forces.",
         [("MOBILIZE", "KOR", None), ("COOPERATE", "KOR", "USA"), ("COOPERATE", "KOR", "JPN")]),
        ("Japan's chief cabinet secretary condemned the launch as a breach of U.N. Security Council resolutions.",
         [("ACCUSE", "JPN", "PRK")]),
        ("Those resolutions bar North Korea from any activity involving ballistic missile technology.", []),
        ("North Korean state media said on Friday that leader Kim Jong Un had watched the launch and warned that "
         "his country would keep bolstering its nuclear forces to counter 'hostile' American moves.",
         [("THREATEN", "PRK", "USA")]),
        ("The launch came two days after the United States, South Korea and Japan wrapped up a three-day naval "
         "exercise in international waters south of the peninsula.", [("COOPERATE", "USA", "KOR")]),
        ("Pyongyang has long portrayed such drills as rehearsals for an invasion.", []),
        ("At Seoul's main railway station, commuters glanced at television screens carrying the news before "
         "hurrying to their trains.", []),
        ("'It happens so often now that nobody even stops to watch,' said Park Ji-hoon, a 34-year-old office "
         "worker.", []),
        ("North Korea has tested dozens of missiles since 2022, among them long-range weapons that experts believe "
         "could reach the U.S. mainland.", []),
        ("Nuclear talks between Washington and Pyongyang have been stalled since a summit in Hanoi collapsed in "
         "2019.", []),
        ("China, Pyongyang's chief ally and biggest trade partner, called on every party to stay calm and refrain "
         "from moves that might inflame the situation.", [("REQUEST", "CHN", None)]),
        ("Washington, Tokyo and Seoul asked for an urgent Security Council meeting, diplomats said, though Russia "
         "and China are expected to block any new measures.", [("REQUEST", "USA", "UNO")]),
        ("Analysts in Seoul expect more launches in the run-up to a major party congress in Pyongyang early next "
         "year.", []),
    ]),
    ("korea-security-council-deadlock", [
        ("The U.N. Security Council met behind closed doors in New York on Monday to discuss the newest North "
         "Korean missile test but failed to agree on a joint statement.", [("CONSULT", "UNO", None)]),
        ("The U.S. envoy accused Russia and China of shielding Pyongyang from accountability and of emboldening it "
         "to carry out more tests.", [("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "CHN")]),
        ("Russia's deputy envoy rejected the charge when he spoke to journalists outside the chamber.",
         [("REJECT", "RUS", "USA")]),
        ("A panel of experts that had monitored sanctions on North Korea for 15 years was disbanded in 2024 after "
         "Russia vetoed the renewal of its mandate.", []),
        ("Western governments have since set up their own monitoring team outside the U.N. framework.", []),
        ("South Korea's unification ministry urged Pyongyang to return to talks and said its offer of humanitarian "
         "aid remained open.", [("REQUEST", "KOR", "PRK"), ("AGREE", "KOR", "PRK")]),
        ("North Korea has ignored repeated overtures from Seoul and in 2024 branded the South its 'principal "
         "enemy'.", []),
        ("Japan's U.N. ambassador noted that the missile had come down in waters where Japanese fishing boats "
         "often work.", []),
        ("Diplomats said France and Britain had circulated a draft statement condemning the launch, but Russia "
         "objected to the wording.", [("REJECT", "RUS", "FRA")]),
        ("The council last adopted a resolution on North Korea in 2017, capping its oil imports after a nuclear "
         "test.", []),
        ("Separately, the American Treasury Department blacklisted three North Korean officials linked to the "
         "procurement of missile parts.", [("SANCTION", "USA", "PRK")]),
        ("'Sanctions have slowed them down, but they have not stopped them,' said a former South Korean negotiator "
         "who now teaches at Korea University.", []),
        ("Analysts say deepening military ties between Pyongyang and Moscow have reduced the North's reliance on "
         "China and blunted the effect of fresh pressure.", []),
        ("Western governments believe North Korea has received Russian help with satellite and missile technology "
         "in return for weapons.", []),
        ("The United States and South Korea plan to hold their next large-scale joint drills in March.", []),
    ]),
    ("sri-lanka-debt-deal", [
        ("Sri Lanka signed an agreement with China's Export-Import Bank in Colombo on Tuesday to push back "
         "repayments on about 2.8 billion dollars of loans, the finance ministry said.",
         [("SUPPORT", "LKA", "CHN")]),
        ("Under the deal, the island nation will pay lower interest and will not have to repay principal until "
         "2030.", []),
        ("Officials said the agreement clears the way for the International Monetary Fund to release the next 340 "
         "million dollars of a four-year bailout.", []),
        ("Sri Lanka stopped servicing its overseas loans in 2022 after its hard currency reserves ran dry, causing "
         "shortages of fuel, food and medicine.", []),
        ("Months of street protests that year forced President Gotabaya Rajapaksa to flee the country and resign.",
         []),
        ("President Anura Kumara Dissanayake thanked China for its 'understanding and flexibility' in a message "
         "posted online.", [("SUPPORT", "LKA", "CHN")]),
        ("India, which extended about 4 billion dollars in emergency credit during the crisis, finalised "
         "comparable terms in 2024.", []),
        ("Finance ministry officials predict growth of about 4 percent this year, helped by a rebound in tourism.",
         []),
        ("But many families are still squeezed by the higher taxes and electricity tariffs introduced under the "
         "IMF programme.", []),
        ("'Things are better than in 2022, but my wages now buy only half as much,' said Nimal Perera, a "
         "54-year-old bus driver in Colombo.", []),
        ("The main trade union federation staged a one-day strike in Colombo on Monday against plans to sell "
         "stakes in state-run enterprises, disrupting ports and hospitals.", [("PROTEST", "LKA", "LKA")]),
        ("Police arrested 14 union members who tried to barricade the gates of the finance ministry, a police "
         "spokesman said.", [("COERCE", "LKA", "LKA")]),
        ("The IMF's mission chief for Sri Lanka praised the government's progress on reforms but urged it to widen "
         "the tax base and tackle graft in state firms.", [("SUPPORT", "IGO", "LKA"), ("REQUEST", "IGO", "LKA")]),
        ("Economists caution that Sri Lanka's debt will stay above 100 percent of gross domestic product for "
         "several years.", []),
        ("Rating agencies are expected to review the country's credit score after the deal, which could lower "
         "borrowing costs.", []),
        ("Opposition parties accused the government of hiding the terms of the agreement from parliament and "
         "demanded that the full text be published.", [("ACCUSE", "LKA", "LKA"), ("REQUEST", "LKA", "LKA")]),
    ]),
]

FLOORS = {"precision": 0.8, "recall": 0.77, "actor_precision": 0.63, "max_per_empty": 0.09}
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
