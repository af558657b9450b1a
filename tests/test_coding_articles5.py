"""Fifth blind article batch: eleven whole news articles, written on 2026-12-01 before the coder was run on
any of them, in the plain style of the world news desk of a US public broadcaster over one week: a secretary
of state's trip to Southeast Asia, congressional action on aid for Ukraine, new US oil sanctions on Iran and a
terrorist designation, a UN Security Council vote on Sudan, reactions from capitals to a North Korean missile
launch, a hurricane in Honduras and the relief that followed, local elections in Taiwan, a crackdown on
protesters in Togo, a Russia-US prisoner swap, an Armenia-Azerbaijan treaty signed at the White House, and
renewed fighting in eastern Congo. Each article has a lead with the main act, then background, reactions,
quotes from officials and ordinary people, figures, history, analysts' views and what comes next; 99 of the
166 sentences hold no act that happened.

Conventions of the gold: for each sentence, every event that happened as told in it (asserted or reported by a
source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is
itself an AGREE, a threat a THREATEN, a demand or appeal a REQUEST; the content of a promise, threat, demand
or accusation is not a second event. Not listed: planned or future acts, hypothetical, conditional or denied
acts, acts more than about a year old (history with years), habitual or generic statements, statistics and
tallies, opinions and forecasts, and statements to the press that are none of the sixteen types. Types follow
CAMEO2PLOVER-2021 (signing a formal agreement is SUPPORT, joint exercises COOPERATE, a missile test or troop
deployment MOBILIZE, releasing prisoners RETREAT, a terrorist designation SANCTION). Codes are ISO
three-letter country codes for a state's government, forces, people or groups alike, UNO for the UN and its
agencies, EUR for the EU, IGO for other intergovernmental bodies, NGO for non-governmental groups; the actor
is None where the sentence names no doer, the recipient None where there is no target; a joint act of X and Y
has X as actor and Y as recipient. The gold is conservative: only acts a careful analyst would code.

Scoring, per sentence: the coded events that happened (modality asserted or reported, placed by the start of
their trigger) against the gold; precision and recall over event types matched one to one, actor precision
(the matched gold actor among the coded actor codes), and the coded events per sentence with no act.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, on commit 4893a44 (the fourth 2026-12-01 session's starting coder, 50def54, plus one rule for a
vehicle that came under fire), with the score of `_score`: precision 0.747, recall 0.797, actor precision
0.633, 0.162 events per sentence with no act.
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
    ("art5-secretary-asia-tour", [
        ("The American secretary of state met Philippine President Ferdinand Marcos Jr. in Manila on "
         "Tuesday, opening a four-day tour of Southeast Asia overshadowed by friction with China at sea.",
         [("CONSULT", "USA", "PHL")]),
        ("Washington and Manila agreed to expand joint naval patrols near Second Thomas Shoal, the "
         "Philippine presidential palace announced.",
         [("AGREE", "USA", "PHL")]),
        ("Chinese coast guard ships have repeatedly blocked Philippine resupply boats in the area over the "
         "past two years, at times spraying them with water cannon.", []),
        ("In 2024, a Chinese vessel rammed a Philippine patrol boat near the shoal, and a sailor lost a "
         "thumb in the collision.", []),
        ("Beijing's foreign ministry accused Washington on Wednesday of stirring up trouble in the region "
         "and said American warships had no business in Chinese waters.",
         [("ACCUSE", "CHN", "USA")]),
        ("'Nobody in this region wants a conflict, and nobody should be bullied on the water,' the secretary "
         "told reporters at a joint news conference.", []),
        ("The secretary also pledged $120 million to help the Philippine navy and coast guard buy radar "
         "systems and patrol vessels.",
         [("AGREE", "USA", "PHL")]),
        ("The Philippines is the oldest treaty ally of the United States in Asia, bound by a mutual defense "
         "pact dating to 1951.", []),
        ("Some fishermen in Zambales, a province on the western coast, said the attention from Washington "
         "had changed little in their daily lives.", []),
        ("'The Chinese boats chase us off every week, and our catch is half of what it used to be,' said "
         "Rodel Santos, a 47-year-old boat owner.", []),
        ("From Manila the secretary flew to Hanoi, where he met Vietnam's prime minister on Thursday.",
         [("CONSULT", "USA", "VNM")]),
        ("The United States and Vietnam signed agreements on semiconductor supply chains and on the cleanup "
         "of dioxin left over from the war.",
         [("SUPPORT", "USA", "VNM")]),
        ("Vietnam has become one of the biggest sources of American imports as manufacturers shift "
         "production out of China.", []),
        ("Analysts said Hanoi would stay careful not to anger Beijing, which remains its largest trading "
         "partner.", []),
        ("'Vietnam bends with the wind, but it does not break,' said Le Minh Chau, a researcher at a "
         "Singapore policy institute.", []),
        ("The secretary is due in Jakarta on Friday for talks with Indonesia's foreign minister before "
         "flying home to Washington.", []),
    ]),
    ("art5-house-ukraine-aid", [
        ("The U.S. House of Representatives voted 281-146 on Wednesday to approve $18 billion in military "
         "and economic aid for Ukraine, sending the bill to the Senate.",
         [("AGREE", "USA", "UKR")]),
        ("The package includes money for air defense missiles, artillery shells and budget support for the "
         "government in Kyiv.", []),
        ("Ukrainian President Volodymyr Zelenskyy thanked American lawmakers in a video message, saying the "
         "vote would save lives in cities hit nightly by Russian drones.",
         [("SUPPORT", "UKR", "USA")]),
        ("The White House said the president would sign the measure as soon as it reached his desk.",
         [("AGREE", "USA", None)]),
        ("Republican opposition has held up new aid for more than a year, with many members arguing the "
         "money would be better spent guarding the southern border.", []),
        ("In the Senate, the majority leader said a vote could come before the Christmas recess.", []),
        ("Russia's embassy in Washington condemned the vote, saying it would only drag out the war and push "
         "the two nuclear powers closer to a direct clash.",
         [("ACCUSE", "RUS", "USA")]),
        ("Overnight, Russia launched 94 drones and six missiles at Ukraine, the Ukrainian air force said.",
         [("ASSAULT", "RUS", "UKR")]),
        ("A strike on an apartment block in Dnipro killed four people, among them a 9-year-old girl, "
         "regional officials said.",
         [("ASSAULT", None, "UKR")]),
        ("Congress has approved about $175 billion for Ukraine since Russia's full-scale invasion in "
         "February 2022, according to a government tally.", []),
        ("Opinion polls show Americans evenly divided over whether to keep paying for Kyiv's war effort.",
         []),
        ("'I have a son in the Army, and I would rather we pay for shells than send soldiers,' said Karen "
         "Whitfield, 61, a retired nurse in Ohio.", []),
        ("European officials say their own stocks of munitions are too depleted to fill the gap alone.", []),
        ("On Thursday, Germany's defense minister said Berlin would send two more Patriot air defense "
         "systems to Ukraine by the spring.",
         [("AGREE", "DEU", "UKR")]),
        ("'Every week of delay shows up on the battlefield,' said Mark Ellison, a former Pentagon official "
         "now at a Washington research group.", []),
    ]),
    ("art5-iran-oil-sanctions-designation", [
        ("The U.S. Treasury Department on Monday imposed sanctions on 14 companies and six individuals it "
         "said helped Iran sell oil to buyers in Asia in breach of American restrictions.",
         [("SANCTION", "USA", "IRN")]),
        ("The companies, registered in Hong Kong, the United Arab Emirates and Malaysia, ran a fleet of "
         "aging tankers that switched off their tracking signals at sea, officials said.", []),
        ("Under the measures, any assets the targets hold in the United States are frozen, and Americans are "
         "barred from dealing with them.", []),
        ("Separately, the State Department designated Katiba Macina, an armed group based in central Mali, "
         "as a foreign terrorist organization.",
         [("SANCTION", "USA", "MLI")]),
        ("The group, which is linked to al-Qaida, has killed hundreds of civilians and soldiers in Mali "
         "since 2015, according to United Nations figures.", []),
        ("The designation makes it a crime to give the group money or other support and lets banks block its "
         "funds.", []),
        ("Iran's foreign ministry spokesman called the oil sanctions illegal and an act of economic "
         "terrorism against the Iranian people.",
         [("ACCUSE", "IRN", "USA")]),
        ("'These measures have failed for forty years, and they will fail again,' he told his weekly "
         "briefing in Tehran.", []),
        ("Iran exports about 1.5 million barrels of crude a day, most of it to independent refiners in "
         "China, according to tanker trackers.", []),
        ("China's foreign ministry said it firmly opposed what it called unilateral sanctions with no basis "
         "in international law.",
         [("ACCUSE", "CHN", "USA")]),
        ("Treasury officials said the latest round brought to more than 200 the number of people, firms and "
         "ships targeted over Iran's oil trade this year.", []),
        ("The action comes as European negotiators prepare to meet Iranian officials in Geneva next week to "
         "discuss Tehran's nuclear program.", []),
        ("Oil prices edged higher after the announcement, with Brent crude trading near $79 a barrel.", []),
        ("Sanctions experts said enforcement would depend on whether ship registries in Panama and elsewhere "
         "strip the tankers of their flags.", []),
        ("Malaysia's government said it would investigate the companies registered there and cooperate with "
         "U.S. authorities.",
         [("AGREE", "MYS", "USA")]),
    ]),
    ("art5-security-council-sudan", [
        ("On Friday the U.N. Security Council adopted a resolution demanding that Sudan's warring parties "
         "agree to a humanitarian truce in the Kordofan region, where aid groups say famine is spreading.",
         [("REQUEST", "UNO", "SDN")]),
        ("Thirteen members voted in favor, while Russia and China abstained.", []),
        ("The British-drafted text also sets up a panel of experts to track arms shipments into the country.",
         []),
        ("Sudan's army and the paramilitary Rapid Support Forces have been fighting since April 2023 in a "
         "conflict that has left tens of thousands dead and uprooted more than 12 million.", []),
        ("Sudan's U.N. ambassador welcomed the vote but said the council had failed to name the RSF as the "
         "side responsible for most of the atrocities.",
         [("SUPPORT", "SDN", "UNO"), ("ACCUSE", "SDN", "UNO")]),
        ("A spokesman for the RSF said the group was ready to discuss a truce but rejected what he called "
         "attempts to brand it a terrorist organization.",
         [("AGREE", "SDN", None), ("REJECT", "SDN", None)]),
        ("Russia's deputy ambassador said Moscow had abstained because the text meddled in Sudan's internal "
         "affairs.", []),
        ("The vote came two days after RSF drones struck a fuel depot in the city of El Obeid, setting off "
         "fires that burned for hours.",
         [("ASSAULT", "SDN", "SDN")]),
        ("Aid agencies say more than 600,000 people in Kordofan face emergency levels of hunger.", []),
        ("'We eat leaves boiled with salt, and some days nothing at all,' a mother of five in Dilling told a "
         "U.N. team by telephone.", []),
        ("The World Food Program said its trucks got into Kadugli on Thursday, the first convoy in five "
         "months, carrying food for 40,000 people.",
         [("AID", "UNO", "SDN")]),
        ("Council diplomats said the resolution carried no penalties for violations, which would limit its "
         "effect on the ground.", []),
        ("In 2024, Russia vetoed a British-drafted ceasefire text on Sudan, drawing sharp criticism from "
         "Western members.", []),
        ("The U.N. chief's special envoy is expected to travel to Port Sudan and Nairobi next month to meet "
         "both sides.", []),
        ("The United States, which voted for the resolution, urged the United Arab Emirates and other "
         "outside backers to use their influence to push the RSF toward a truce.",
         [("REQUEST", "USA", "ARE")]),
    ]),
    ("art5-north-korea-icbm-reactions", [
        ("North Korea test-fired an intercontinental ballistic missile on Sunday that flew for 71 minutes "
         "before splashing down in the sea west of Hokkaido, Japan's defense ministry said.",
         [("MOBILIZE", "PRK", None)]),
        ("It was the North's first launch of a long-range missile in more than a year.", []),
        ("Seoul ordered its troops to a higher state of readiness and said it was watching closely for "
         "further launches.",
         [("MOBILIZE", "KOR", None)]),
        ("Japan's prime minister condemned the launch as outrageous, calling it a threat to the whole "
         "region.",
         [("ACCUSE", "JPN", "PRK")]),
        ("Tokyo lodged a protest with Pyongyang through its embassy in Beijing, since it has no diplomatic "
         "ties with the North.",
         [("ACCUSE", "JPN", "PRK")]),
        ("In Washington, the National Security Council said the launch violated several Security Council "
         "resolutions and called on Pyongyang to return to talks.",
         [("ACCUSE", "USA", "PRK"), ("REQUEST", "USA", "PRK")]),
        ("The U.S. and South Korean air forces staged a joint drill with B-52 bombers over the Korean "
         "Peninsula hours after the test.",
         [("COOPERATE", "USA", "KOR")]),
        ("China's foreign ministry urged all sides to exercise restraint and avoid steps that could raise "
         "tensions.",
         [("REQUEST", "CHN", None)]),
        ("Beijing is North Korea's main ally and trading partner and has resisted new U.N. penalties on "
         "Pyongyang since 2022.", []),
        ("Russia's foreign ministry blamed Washington for the tensions, saying U.S. military drills around "
         "the peninsula had provoked Pyongyang.",
         [("ACCUSE", "RUS", "USA")]),
        ("North Korea's state news agency quoted leader Kim Jong Un as saying the test proved his country's "
         "deterrent could reach any enemy.", []),
        ("Kim warned that the North would answer any provocation by the United States with overwhelming "
         "force.",
         [("THREATEN", "PRK", "USA")]),
        ("Experts said the missile appeared to be a new solid-fuel design, which is harder to detect before "
         "launch.", []),
        ("In Seoul, commuters watched news of the launch on subway screens with little visible alarm.", []),
        ("'We have lived with this for so long that it hardly feels like news,' said Park Ji-hoon, a "
         "33-year-old office worker.", []),
        ("Diplomats said the United States, Japan and South Korea would request an emergency session of the "
         "Security Council this week.", []),
    ]),
    ("art5-hurricane-honduras", [
        ("Hurricane Rafaela slammed into the northern coast of Honduras late Monday with winds of 185 "
         "kilometers per hour, flattening homes and setting off landslides that killed at least 23 people.",
         []),
        ("The storm weakened as it moved inland over Guatemala, but forecasters said heavy rain would "
         "continue through Thursday.", []),
        ("Honduras sent 3,000 troops to help evacuate families from flooded neighborhoods in San Pedro Sula.",
         [("MOBILIZE", "HND", None)]),
        ("More than 80,000 people were staying in shelters on Wednesday, according to the national disaster "
         "agency.", []),
        ("'The water came up to the roof in less than an hour,' said Marta Lagos, 54, who fled with her "
         "grandchildren to a school in La Lima.", []),
        ("The U.S. State Department sent a disaster response team to Tegucigalpa along with $5 million in "
         "emergency assistance.",
         [("AID", "USA", "HND")]),
        ("Two U.S. military helicopters from Soto Cano Air Base flew food and water to villages cut off by "
         "the floods.",
         [("AID", "USA", "HND")]),
        ("Mexico sent a navy ship loaded with 300 tons of supplies, and Spain pledged 1.5 million euros in "
         "aid.",
         [("AID", "MEX", "HND"), ("AGREE", "ESP", "HND")]),
        ("The Honduran Red Cross said its volunteers had handed out hygiene kits and clean water to some "
         "12,000 people.",
         [("AID", "NGO", "HND")]),
        ("Health workers fear that contaminated water could bring outbreaks of cholera and dengue in the "
         "coming weeks.", []),
        ("Honduras ranks high on lists of the countries hardest hit by extreme weather in the Americas, and "
         "nearly half its people live in poverty.", []),
        ("In 1998, Hurricane Mitch killed more than 7,000 people in the country and wiped out much of its "
         "infrastructure.", []),
        ("The Honduran president appealed to the International Monetary Fund and other lenders to postpone "
         "debt payments so the government could pay for reconstruction.",
         [("REQUEST", "HND", "IGO")]),
        ("Farmers in the Aguan valley said the floods had destroyed banana and oil palm plantations weeks "
         "before the harvest.", []),
        ("'Everything we planted this year is gone,' said Jorge Mejia, who grows plantains on six hectares.",
         []),
    ]),
    ("art5-taiwan-local-elections", [
        ("Taiwan's opposition Kuomintang won most of the mayoral and county races in local elections on "
         "Saturday, dealing a setback to President Lai Ching-te's governing party.", []),
        ("The Nationalists, as the party is also known, took 13 of the 22 top local posts, including the "
         "mayoralties of Taipei and Taichung, according to the Central Election Commission.", []),
        ("Turnout was about 59 percent, slightly lower than at the previous local vote four years ago.", []),
        ("Lai congratulated the winners and said his Democratic Progressive Party would reflect on the "
         "message voters had sent.",
         [("SUPPORT", "TWN", "TWN")]),
        ("In Beijing, the Taiwan Affairs Office said the results showed that mainstream opinion on the "
         "island favored peace and closer ties with the mainland.", []),
        ("It again accused Lai of seeking formal independence for the island.", [("ACCUSE", "CHN", "TWN")]),
        ("China's military held large-scale drills around Taiwan in April, rehearsing a blockade of its main "
         "ports.",
         [("MOBILIZE", "CHN", "TWN")]),
        ("Local elections in Taiwan usually turn on issues such as housing, traffic and air pollution rather "
         "than relations with China.", []),
        ("'I voted for the candidate who promised to fix the bus routes, not for any position on Beijing,' "
         "said Chen Yi-ling, a 28-year-old designer in Taichung.", []),
        ("The U.S. State Department praised the vote as another sign of the strength of Taiwan's democracy.",
         [("SUPPORT", "USA", "TWN")]),
        ("Washington has no formal diplomatic relations with Taipei but is bound by law to provide it with "
         "the means to defend itself.", []),
        ("Kuomintang chairwoman Cheng Li-wun said the party would seek to restart exchanges with the "
         "mainland, including a visit to Beijing by its leaders next year.",
         [("AGREE", "TWN", "CHN")]),
        ("Political scientists said the result put the opposition in a strong position ahead of the "
         "presidential race in January 2028.", []),
        ("'Voters punished the ruling party over the economy, not over its China policy,' said Huang "
         "Wen-che, a professor at National Chengchi University.", []),
        ("Lai's approval rating has slipped below 40 percent in recent polls amid a budget standoff with the "
         "opposition-controlled legislature.", []),
    ]),
    ("art5-togo-protest-crackdown", [
        ("Security forces in Togo fired tear gas and live rounds on Tuesday to break up protests in the "
         "capital, Lome, killing at least four people, according to a local rights group.",
         [("ASSAULT", "TGO", "TGO")]),
        ("Thousands of demonstrators had marched through the districts of Be and Adakpame calling for the "
         "release of jailed opposition figures and an end to rising fuel prices.",
         [("PROTEST", "TGO", "TGO")]),
        ("Police arrested more than 60 people, including two journalists covering the march, the Togolese "
         "journalists' union said.",
         [("COERCE", "TGO", "TGO")]),
        ("A government spokesman said officers had used only the force needed to keep the main roads open.",
         []),
        ("The internet monitoring group NetBlocks reported that access to social media platforms was "
         "restricted across the country from Tuesday afternoon.",
         [("COERCE", None, "TGO")]),
        ("Protests have flared repeatedly since 2024, when lawmakers approved a new constitution that "
         "critics say allows President Faure Gnassingbe to stay in power indefinitely.", []),
        ("Gnassingbe's family has ruled Togo since 1967.", []),
        ("'We are not afraid anymore; they can shoot at us, but we will come back,' said Kodjo, 24, who "
         "drives a motorbike taxi and asked that his surname be withheld.", []),
        ("Amnesty International condemned the killings and called on the Togolese authorities to open an "
         "independent investigation.",
         [("ACCUSE", "NGO", "TGO"), ("REQUEST", "NGO", "TGO")]),
        ("The African Union's top official urged the government and the opposition to hold talks.",
         [("REQUEST", "IGO", "TGO")]),
        ("The U.S. Embassy in Lome said it was deeply concerned by reports of deaths and arrests and urged "
         "the government to respect the right to peaceful assembly.",
         [("REQUEST", "USA", "TGO")]),
        ("Shops and market stalls in central Lome stayed shut on Wednesday as opposition parties observed a "
         "general strike.",
         [("PROTEST", "TGO", "TGO")]),
        ("Togo has been a fairly stable partner for Western governments in a region shaken by military coups "
         "since 2020.", []),
        ("Jihadist attacks have also spread into its northern Savanes region from neighboring Burkina Faso.",
         []),
        ("Analysts said the unrest was driven as much by the cost of living as by politics.", []),
        ("'A bag of rice costs twice what it did two years ago,' said Afi Mensah, a 54-year-old trader at "
         "the Grand Marche.", []),
    ]),
    ("art5-russia-us-prisoner-swap", [
        ("Russia freed two Americans on Thursday in exchange for a Russian businessman serving a prison term "
         "in the United States for money laundering, officials from both countries said.",
         [("RETREAT", "RUS", "USA"), ("RETREAT", "USA", "RUS")]),
        ("The exchange took place on the tarmac of Abu Dhabi's airport shortly after noon local time.", []),
        ("The United Arab Emirates, which has mediated several earlier swaps between Moscow and Washington, "
         "said it was proud to have played a part.", []),
        ("One of the freed Americans, a 41-year-old teacher from Pennsylvania, had spent 14 months in "
         "custody on smuggling charges after customs officers found cannabis gummies in his luggage.", []),
        ("The other, a dual citizen from Seattle, was sentenced in 2024 to 12 years in prison for donating "
         "$51 to a Ukrainian charity.", []),
        ("America's chief diplomat thanked the president of the Emirates for his help in securing the men's "
         "release.",
         [("SUPPORT", "USA", "ARE")]),
        ("The Russian businessman, 58, had served four years of a nine-year sentence and was flown to "
         "Moscow, where relatives and foreign ministry officials met him.", []),
        ("Kremlin spokesman Dmitry Peskov said the swap showed that the two countries could still work "
         "together on humanitarian matters despite deep disagreements.", []),
        ("Washington and Moscow have carried out at least five prisoner exchanges since 2022.", []),
        ("Some Republican lawmakers have argued that such trades encourage Moscow to seize more Americans.",
         []),
        ("At least eight other U.S. citizens remain jailed in Russia on charges their families call "
         "baseless, according to a State Department count.", []),
        ("'We counted every single day, and today we can finally stop counting,' the teacher's mother said "
         "outside her home near Pittsburgh.", []),
        ("The State Department has long advised Americans not to travel to Russia, citing the risk of "
         "arbitrary detention.", []),
        ("The swap came a week after Washington's top diplomat and Russia's foreign minister spoke by phone "
         "for the first time since the spring.",
         [("CONSULT", "USA", "RUS")]),
        ("Officials gave no details on whether further exchanges were under discussion.", []),
    ]),
    ("art5-armenia-azerbaijan-treaty", [
        ("The leaders of Armenia and Azerbaijan signed a peace treaty at the White House on Monday, formally "
         "ending nearly four decades of conflict over territory in the South Caucasus.",
         [("SUPPORT", "ARM", "AZE")]),
        ("The U.S. president praised both leaders for what he called their courage and vision.",
         [("SUPPORT", "USA", "ARM")]),
        ("Under the treaty, the two countries recognize each other's borders, agree to open embassies and "
         "renounce territorial claims.", []),
        ("The deal also confirms a U.S.-backed transit route through southern Armenia that will link "
         "Azerbaijan with its Nakhchivan exclave.", []),
        ("Azerbaijan retook the Nagorno-Karabakh region in a lightning offensive in September 2023, "
         "prompting more than 100,000 ethnic Armenians to flee.", []),
        ("Armenian Prime Minister Nikol Pashinyan told reporters that peace was the only way to guarantee "
         "his country's future.", []),
        ("In Yerevan, several thousand opposition supporters rallied outside the government building on "
         "Monday evening, chanting that Pashinyan had betrayed the nation.",
         [("PROTEST", "ARM", "ARM")]),
        ("'Our grandparents are buried in Karabakh, and now we will never visit their graves,' said Anahit "
         "Grigoryan, 67, a retired teacher.", []),
        ("Russia's foreign ministry said the treaty was a matter for the two countries but criticized what "
         "it called Washington's attempt to push Moscow out of the Caucasus.",
         [("ACCUSE", "RUS", "USA")]),
        ("Iran, which borders both countries, has voiced unease about the transit route running along its "
         "northern frontier.", []),
        ("The European Union welcomed the treaty and offered to help pay for clearing mines in border areas.",
         [("SUPPORT", "EUR", "ARM"), ("AGREE", "EUR", "ARM")]),
        ("Turkey's foreign minister said Ankara would now move to open its border with Armenia, which has "
         "been closed since 1993.",
         [("AGREE", "TUR", "ARM")]),
        ("Both parliaments must ratify the treaty before it takes effect, a process that could take months.",
         []),
        ("Analysts cautioned that deep mistrust between the two nations would take a generation to overcome.",
         []),
    ]),
    ("art5-congo-m23-fighting", [
        ("Fighting between Congolese troops and M23 rebels flared again on Wednesday near the town of Uvira "
         "in eastern Congo, local officials said, despite a peace deal signed in Washington.",
         [("ASSAULT", "COD", "COD")]),
        ("At least 11 civilians were killed when shells hit a market, a civil society group in Uvira said.",
         [("ASSAULT", None, "COD")]),
        ("The State Department said it was alarmed by the renewed clashes and called on Rwanda to pull its "
         "soldiers out of Congo.",
         [("REQUEST", "USA", "RWA")]),
        ("Rwanda denied having soldiers in eastern Congo and accused Kinshasa of working with a militia of "
         "Hutu fighters linked to the 1994 genocide.",
         [("ACCUSE", "RWA", "COD")]),
        ("United Nations experts have repeatedly reported that thousands of Rwandan troops operate alongside "
         "M23.", []),
        ("The rebels seized the provincial capitals of Goma and Bukavu in early 2025, and their "
         "administration now runs much of North and South Kivu.", []),
        ("U.S. and Qatari mediators met delegations from both sides in Doha on Friday in an effort to "
         "salvage the truce.",
         [("CONSULT", "USA", "COD")]),
        ("The United States has tied a broader minerals partnership with Congo to progress toward peace.",
         []),
        ("Congo is rich in cobalt, copper and coltan, metals used in batteries and electronics.", []),
        ("'Every time they sign a paper, we hope, and every time the bombs come back,' said Esperance "
         "Bahati, a mother of four sheltering in a church in Uvira.", []),
        ("Doctors Without Borders said 46 wounded people, most of them women and children, had arrived at "
         "the hospital it supports in the town since Wednesday.", []),
        ("Burundi has several thousand troops in South Kivu fighting alongside the Congolese army.", []),
        ("The African Union's Peace and Security Council is scheduled to take up the crisis in Addis Ababa "
         "next week.", []),
        ("Congo's foreign minister urged the Security Council on Thursday to impose sanctions on Rwandan "
         "military commanders.",
         [("REQUEST", "COD", "UNO")]),
    ]),
]

FLOORS = {"precision": 0.85, "recall": 0.79, "actor_precision": 0.72, "max_per_empty": 0.08}
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
