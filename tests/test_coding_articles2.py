"""Blind article batch 2: conflict, security and humanitarian crises, written on 2026-12-01 before the coder
was run on any of it.

Eleven whole news articles in the style of a news agency (VOA, AP, Reuters, AFP), each a lead with the main
act followed by background, reactions, quotes from officials and ordinary people, figures, history, analysts'
views and what comes next: an insurgent raid in Mali, a Pakistan-Afghanistan border clash, a China-Philippines
standoff at sea, Gaza ceasefire talks in Cairo, a gang raid near Port-au-Prince, the end of the UN mission in
Lebanon, a Sudanese aid convoy stopped by the RSF, EU sanctions over Iran's nuclear programme, freed pupils in
Nigeria, a Congo-M23 prisoner deal and a Russia-Ukraine prisoner swap. More than half the sentences hold no
act that happened.

Gold conventions (CAMEO2PLOVER-2021 / PLOVER types): each sentence lists every event that happened as told in
it (asserted, or reported by a source), one (type, actor, recipient) per act. A promise, offer or announced
intention is itself AGREE, a threat or warning THREATEN, a demand or appeal REQUEST, summoning an ambassador
ACCUSE, signing an agreement SUPPORT, freeing prisoners or hostages and withdrawing troops RETREAT, easing a
curfew CONCEDE, a joint patrol COOPERATE, abductions ASSAULT; the content of a promise, threat, demand or
accusation is not listed again. Not listed: planned or future acts, conditional and denied acts, background
more than about a year old, habitual or generic statements, tallies and statistics, opinions and forecasts.
Codes are ISO alpha-3 for a state's government, forces, people or armed groups alike (insurgents in Mali MLI,
Hamas PSE, Hezbollah LBN, M23 COD, RSF SDN), UNO for the UN and its agencies, EUR for the European Union, IGO
for other intergovernmental bodies (African Union, IAEA), NGO for Amnesty and Human Rights Watch; actor None
where the sentence names no doer (a bare pronoun or a passive); a joint act gives the first party as actor and
the other as recipient.

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start of
their trigger) against the gold: precision and recall of event types matched one to one, actor precision (a
coded event whose actor codes include the gold actor), and the events coded per sentence with no act.

Every text is new writing; all were checked for six-word runs shared with the gold, seed, news, demo corpus
and tests (with /tmp/ew/overlap_art.py) and none was found.

FIRST RUN, held back to the end of the third 2026-12-01 session and run on its final coder (commit
792e4ff), with the score of `_score`: precision 0.784, recall 0.860, actor precision 0.735, 0.161
events per sentence with no act. The session's starting coder (5610c44), run on it for comparison:
precision 0.772, recall 0.839, actor precision 0.723, 0.172 per empty sentence. No gold was changed
after the first run, and no rule was written from it: it stays blind.
FLOORS were set after the first run (and, for a batch read, the rules it prompted), a little under its
figures then.

HELD-BACK RUN, at the end of the fourth 2026-12-01 session, on commit 74bc261 (its final coder), beside the
session's starting coder 50def54: precision 0.812, recall 0.882, actor precision 0.752, 0.151 events per
sentence with no act (start: 0.784, 0.860, 0.735, 0.161). Still not read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750, beside that session's starting
coder 24820a3: precision 0.812, recall 0.882 on both.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: precision 0.802, recall 0.871, actor precision 0.743, 0.151 events per
sentence with no act (start: 0.812, 0.882, 0.752, 0.151). Its misses were not printed or read.
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
    ("art2-mali-outpost", [
        ("Islamist militants attacked an army post in central Mali on Sunday, killing at least 14 "
         "soldiers, the armed forces said.",
         [("ASSAULT", "MLI", "MLI")]),
        ("The raid on the outpost near Mopti began before dawn, when dozens of gunmen on motorcycles "
         "overran its perimeter, according to two security sources.",
         [("ASSAULT", "MLI", "MLI")]),
        ("The army said its troops killed 22 of the attackers in the fighting that followed.",
         [("ASSAULT", "MLI", "MLI")]),
        ("No group has claimed responsibility, but an al Qaeda affiliate active in the region has carried "
         "out similar raids in recent months.",
         []),
        ("Mali's ruling junta, which took power in 2021, has struggled to contain an insurgency that "
         "began in the desert north more than a decade ago.",
         []),
        ("Violence linked to armed groups killed more than 3,000 people across Mali, Burkina Faso and "
         "Niger from January through September, according to a group that monitors conflict data.",
         []),
        ("On Monday, the transitional government declared three days of national mourning and ordered a "
         "night curfew in the Mopti region.",
         [("COERCE", "MLI", None)]),
        ("Neighbouring Burkina Faso sent a battalion to the shared frontier to stop fighters from "
         "slipping across, its defence ministry said.",
         [("MOBILIZE", "BFA", None)]),
        ("“We sleep with one eye open,” said Fatoumata Koné, a 41-year-old vegetable seller in Sévaré, a "
         "town some 12 kilometres from the base.",
         []),
        ("“When the shooting starts, we grab the children and hide in the mosque.”", []),
        ("The African Union condemned the attack and urged the authorities in Bamako to do more to "
         "protect civilians.",
         [("ACCUSE", "IGO", "MLI"), ("REQUEST", "IGO", "MLI")]),
        ("Analysts say the junta's break with France and its reliance on Russian paramilitaries have left "
         "gaps in surveillance of rural districts.",
         []),
        ("French troops left Mali in 2022 after nearly a decade of operations against jihadist groups.", []),
        ("“The militants are adapting faster than the state is,” said a researcher at a security "
         "institute based in Dakar.",
         []),
        ("Defence chiefs from the three Sahel countries are due to meet in Niamey next week to discuss a "
         "joint force.",
         []),
    ]),
    ("art2-torkham-clash", [
        ("Pakistani and Afghan forces exchanged heavy fire at a border crossing late on Tuesday, leaving "
         "at least six soldiers and two civilians dead, officials on both sides said.",
         [("ASSAULT", "PAK", "AFG")]),
        ("Pakistan's military said Taliban border guards had fired first on one of its posts near the "
         "Torkham crossing.",
         [("ASSAULT", "AFG", "PAK")]),
        ("A Taliban government spokesman blamed Pakistani forces for starting the clash.",
         [("ACCUSE", "AFG", "PAK")]),
        ("Torkham, the busiest trade route between the two countries, remained shut on Wednesday, with "
         "hundreds of trucks stranded on either side.",
         []),
        ("“My tomatoes are rotting in the sun,” said Gul Wazir, a 54-year-old driver waiting on the "
         "Pakistani side.",
         []),
        ("“Every time the guns speak, we lose a week's earnings.”", []),
        ("Relations between Islamabad and Kabul have soured since the Taliban returned to power in 2021, "
         "with Pakistan long complaining that militants who strike its territory shelter across the "
         "frontier.",
         []),
        ("Militant attacks in Pakistan's northwest rose by nearly a third last year, a research group in "
         "Islamabad said.",
         []),
        ("Qatar, which has mediated between the two neighbours before, said on Wednesday it was willing "
         "to host negotiations.",
         [("AGREE", "QAT", None)]),
        ("China, a major investor in both countries, urged the two sides to show restraint.",
         [("REQUEST", "CHN", "PAK")]),
        ("Pakistan's foreign ministry summoned the Afghan chargé d'affaires in Islamabad to lodge a "
         "formal protest.",
         [("ACCUSE", "PAK", "AFG")]),
        ("Scores of people died in fighting along the frontier in 2024, according to United Nations "
         "figures.",
         []),
        ("“Neither side can afford a long confrontation, but neither wants to look weak,” said a former "
         "Pakistani ambassador to Kabul.",
         []),
        ("Traders' associations on both sides estimate that the closure costs them about $1.5 million a "
         "day.",
         []),
        ("Afghan refugees returning home from Pakistan were also stuck at the crossing, the UN refugee "
         "agency said.",
         []),
    ]),
    ("art2-shoal-standoff", [
        ("Vessels of China's coast guard blasted a Philippine resupply boat with water cannon close to "
         "Second Thomas Shoal on Saturday, leaving three crew members hurt, the Philippine coast guard "
         "said.",
         [("ASSAULT", "CHN", "PHL")]),
        ("The boat was carrying food and fuel to a small detachment of marines living aboard a rusting "
         "warship grounded on the reef.",
         []),
        ("China's coast guard accused the Philippine vessel of intruding into Chinese waters.",
         [("ACCUSE", "CHN", "PHL")]),
        ("Manila summoned Beijing's ambassador on Sunday, the Philippine foreign ministry said.",
         [("ACCUSE", "PHL", "CHN")]),
        ("The Philippines has filed more than 50 diplomatic protests against China since January.", []),
        ("“The crew were soaked and two had cuts on their faces,” a Philippine coast guard spokesman told "
         "reporters.",
         []),
        ("The United States, bound to the Philippines by a 1951 defence treaty, condemned China's actions "
         "as dangerous.",
         [("ACCUSE", "USA", "CHN")]),
        ("On Monday, American and Philippine warships began a three-day joint patrol in the contested "
         "waters.",
         [("COOPERATE", "USA", "PHL")]),
        ("Beijing claims nearly the whole of the South China Sea, despite a 2016 arbitration ruling that "
         "found its claims had no legal basis.",
         []),
        ("China's navy shadowed the patrol with two frigates, according to Philippine military officials.",
         [("MOBILIZE", "CHN", "USA")]),
        ("Beijing's defence ministry warned that it would take “all necessary measures” to defend its "
         "sovereignty.",
         [("THREATEN", "CHN", "PHL")]),
        ("Fishermen in the western province of Palawan say they have been kept away from their "
         "traditional grounds for years.",
         []),
        ("“We used to come home with 200 kilos; now it is 20 on a good day,” said Ramon Dizon, 47, who "
         "has fished these waters since he was a boy.",
         []),
        ("Analysts say neither side seems willing to back down, raising the risk that a collision could "
         "spiral into a wider crisis.",
         []),
        ("Philippine and Chinese diplomats are scheduled to hold talks on maritime issues in January.", []),
    ]),
    ("art2-gaza-truce-talks", [
        ("Egyptian and Qatari mediators met Hamas negotiators in Cairo on Thursday in a fresh attempt to "
         "shore up the fragile ceasefire in Gaza, officials familiar with the talks said.",
         [("CONSULT", "EGY", "PSE")]),
        ("An Israeli delegation arrived in the Egyptian capital later in the day for separate meetings "
         "with the mediators.",
         [("CONSULT", "ISR", "EGY")]),
        ("The truce, which took effect in October, has largely held, although each side regularly blames "
         "the other for violations.",
         []),
        ("Gaza's health ministry said on Wednesday that Israeli fire had killed four Palestinians in the "
         "south of the territory over the previous 24 hours.",
         [("ASSAULT", "ISR", "PSE")]),
        ("The Israeli military said its troops had fired at militants who approached the lines it holds "
         "inside Gaza.",
         [("ASSAULT", "ISR", "PSE")]),
        ("Under the first phase of the deal, Hamas freed the remaining living hostages and Israel "
         "released nearly 2,000 Palestinian prisoners.",
         [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")]),
        ("The second phase, which envisages the disarmament of Hamas and the arrival of an international "
         "stabilisation force, has stalled.",
         []),
        ("A senior Hamas official told reporters on Thursday that the group would not give up its weapons "
         "while Israeli troops remained in the enclave.",
         [("REJECT", "PSE", None)]),
        ("Israel's prime minister warned on Wednesday that fighting would resume if the group did not "
         "disarm.",
         [("THREATEN", "ISR", "PSE")]),
        ("Aid agencies say the amount of food entering Gaza has improved since the ceasefire but remains "
         "far below what is needed.",
         []),
        ("The World Food Programme said it had brought 40,000 tonnes of food into the territory during "
         "November.",
         [("AID", "UNO", "PSE")]),
        ("“We have flour now, but no gas to cook it and no roof over our heads,” said Umm Khaled, a "
         "38-year-old mother of five living in a tent in Khan Younis.",
         []),
        ("Winter rains flooded hundreds of tents in central Gaza last week, the UN humanitarian office "
         "said.",
         []),
        ("The United States, which brokered the original agreement, urged both sides to stick to its "
         "terms.",
         [("REQUEST", "USA", None)]),
        ("A senior American envoy is expected in the region next week.", []),
        ("Diplomats say the negotiations could drag on for weeks, with the question of who governs Gaza "
         "after the war still unresolved.",
         []),
    ]),
    ("art2-haiti-gang-raid", [
        ("Gang members stormed a neighbourhood on the outskirts of Haiti's capital overnight, burning "
         "homes and killing at least 11 people, local officials said on Friday.",
         [("ASSAULT", "HTI", "HTI")]),
        ("Survivors said the attackers, armed with rifles and machetes, arrived shortly after midnight "
         "and stayed for nearly three hours.",
         []),
        ("Hundreds of residents marched to the prime minister's office on Friday afternoon to demand "
         "better protection, blocking roads with burning tyres.",
         [("PROTEST", "HTI", "HTI")]),
        ("“They burned my house with my mother inside,” said a 29-year-old motorcycle taxi driver who "
         "gave only his first name, Jean.",
         [("ASSAULT", None, "HTI")]),
        ("Police reinforcements and members of the Kenyan-led multinational force arrived in the area on "
         "Friday morning, a police spokesman said.",
         [("MOBILIZE", "HTI", None)]),
        ("Gangs control about 90 percent of Port-au-Prince, according to the United Nations, and have "
         "pushed into rural areas north of the capital over the past year.",
         []),
        ("More than 5,000 people have been killed in gang violence in Haiti this year, and 1.3 million "
         "have been driven from their homes.",
         []),
        ("The gang suppression force backed by the UN Security Council is meant to reach 5,500 personnel, "
         "but only a fraction have arrived.",
         []),
        ("Haiti's transitional authorities on Saturday imposed a dusk-to-dawn curfew in the affected "
         "commune.",
         [("COERCE", "HTI", None)]),
        ("The Dominican Republic, which shares the island of Hispaniola with Haiti, deployed extra troops "
         "to the border.",
         [("MOBILIZE", "DOM", "HTI")]),
        ("It deported more than 270,000 Haitians last year, according to migration officials.", []),
        ("Human Rights Watch accused the Haitian authorities of failing to protect residents despite "
         "repeated warnings that an attack was coming.",
         [("ACCUSE", "NGO", "HTI")]),
        ("The group also called on donors to fund the multinational force, which remains short of money "
         "and equipment.",
         [("REQUEST", "NGO", None)]),
        ("“I have moved four times this year, and every time they follow,” said Marie-Claude, a "
         "60-year-old market woman sheltering in a church with her grandchildren.",
         []),
        ("The United States on Thursday designated two more Haitian gang leaders for sanctions, freezing "
         "any assets they hold under American jurisdiction.",
         [("SANCTION", "USA", "HTI")]),
        ("Aid workers say the violence has cut the main road used to truck food to the central plateau, "
         "where hunger is already severe.",
         []),
        ("The UN migration agency, IOM, said it was handing out water and hygiene kits to about 3,000 "
         "displaced people staying in schools and churches.",
         [("AID", "UNO", "HTI")]),
    ]),
    ("art2-unifil-drawdown", [
        ("United Nations peacekeepers lowered their flag at a base in southern Lebanon on Monday and "
         "handed it over to the Lebanese army, as the mission began the last stage of its withdrawal.",
         [("RETREAT", "UNO", "LBN")]),
        ("The force, known as UNIFIL, has patrolled the area along the border with Israel since 1978 and "
         "had more than 10,000 troops at its peak.",
         []),
        ("The Security Council voted in August 2025 to end the mission's mandate at the close of 2026, "
         "under pressure from the United States and Israel.",
         []),
        ("About 4,000 peacekeepers remain in the country and are due to leave by the end of December, a "
         "UN spokesman said.",
         []),
        ("Lebanon's president thanked the contributing countries for nearly half a century of service and "
         "pledged that the army would fill any security vacuum.",
         [("SUPPORT", "LBN", "UNO"), ("AGREE", "LBN", None)]),
        ("Israel has kept troops at five hilltop positions inside Lebanon since a ceasefire with "
         "Hezbollah in November 2024 and carries out near-daily strikes that it says target the group.",
         []),
        ("On Sunday, an Israeli drone struck a car near the town of Bint Jbeil, killing two men, "
         "Lebanon's state news agency reported.",
         [("ASSAULT", "ISR", "LBN")]),
        ("The Israeli military said it had targeted Hezbollah operatives who were trying to rebuild the "
         "group's infrastructure.",
         [("ASSAULT", "ISR", "LBN")]),
        ("Residents of border villages fear the departure of the blue helmets will leave them exposed.", []),
        ("“The peacekeepers could not stop the war, but at least someone was watching,” said Elias "
         "Haddad, a 62-year-old tobacco farmer from Rmeish.",
         []),
        ("Peacekeepers also ran clinics, cleared mines and paid for school repairs in the south, projects "
         "that local officials say will be hard to replace.",
         []),
        ("Italy, one of the largest troop contributors, has offered to keep a small contingent in Lebanon "
         "under a bilateral arrangement to train the army.",
         [("AGREE", "ITA", "LBN")]),
        ("France backed the proposal and said it was ready to contribute instructors.",
         [("SUPPORT", "FRA", "ITA"), ("AGREE", "FRA", "LBN")]),
        ("Hezbollah's leader said in a televised speech on Friday that the group would not hand over its "
         "weapons as long as Israeli troops stayed on Lebanese soil.",
         [("REJECT", "LBN", None)]),
        ("A US envoy who visited Beirut last week urged Lebanese leaders to speed up the disarmament of "
         "the group.",
         [("CONSULT", "USA", "LBN"), ("REQUEST", "USA", "LBN")]),
        ("The final convoys are expected to leave in the week before Christmas.", []),
    ]),
    ("art2-kadugli-convoy", [
        ("Fighters from the Rapid Support Forces, the paramilitary group at war with Sudan's army, seized "
         "four trucks from a United Nations aid convoy headed for the besieged city of Kadugli on "
         "Tuesday, the world body said.",
         [("COERCE", "SDN", "UNO")]),
        ("The remaining 18 vehicles, loaded with sorghum, lentils and medical supplies, turned back to El "
         "Obeid, about 250 kilometres to the north.",
         []),
        ("It was the third convoy to be stopped on that route since September.", []),
        ("Kadugli, the capital of South Kordofan state, has been encircled for months by the RSF and an "
         "allied rebel faction, and monitors confirmed famine conditions there in November.",
         []),
        ("“People are eating leaves and animal feed,” said a doctor working at Kadugli's largest "
         "hospital, who asked not to be named for his safety.",
         []),
        ("The UN's humanitarian chief condemned the seizure and demanded that the paramilitary group let "
         "aid through unhindered.",
         [("ACCUSE", "UNO", "SDN"), ("REQUEST", "UNO", "SDN")]),
        ("An RSF spokesman promised that the trucks would be released within days once they had been "
         "searched for weapons.",
         [("AGREE", "SDN", None)]),
        ("The war between the army and the RSF, which began in April 2023, has killed tens of thousands "
         "of people and displaced more than 12 million.",
         []),
        ("The RSF captured El Fasher, the army's last stronghold in Darfur, in late 2025 after an "
         "18-month siege.",
         []),
        ("Survivors of that assault have described mass killings and sexual violence to rights groups.", []),
        ("On Wednesday, army warplanes bombed RSF positions near Dilling, a town on the road to Kadugli, "
         "according to residents.",
         [("ASSAULT", "SDN", "SDN")]),
        ("A plan for a three-month humanitarian truce, drafted by Washington, Riyadh, Cairo and Abu "
         "Dhabi, has yet to be accepted by either side.",
         []),
        ("The European Union announced on Thursday an additional 40 million euros in humanitarian aid for "
         "Sudan.",
         [("AID", "EUR", "SDN")]),
        ("Aid groups say Sudan's humanitarian response plan has received under 30 percent of the money "
         "requested for the year.",
         []),
        ("“We know where the hungry people are; we simply can't reach them,” said a WFP official in Port "
         "Sudan.",
         []),
        ("The UN said it would try again to send the convoy next week by a different route.",
         [("AGREE", "UNO", None)]),
    ]),
    ("art2-iran-eu-sanctions", [
        ("The European Union on Monday slapped sanctions on eight Iranian officials and five companies it "
         "said were involved in the country's nuclear and missile programmes.",
         [("SANCTION", "EUR", "IRN")]),
        ("The measures include asset freezes and travel bans on the individuals, who were not named in "
         "the announcement.",
         []),
        ("Iran has curtailed its cooperation with the International Atomic Energy Agency since Israeli "
         "and American strikes on its nuclear facilities in June 2025.",
         []),
        ("The UN nuclear watchdog says it has lost track of Iran's stockpile of highly enriched uranium, "
         "enough for several weapons if refined further.",
         []),
        ("Tehran condemned the EU decision as “illegal and provocative” and said it would respond in kind.",
         [("ACCUSE", "IRN", "EUR"), ("THREATEN", "IRN", "EUR")]),
        ("Iran's foreign ministry summoned the ambassadors of France, Germany and Italy on Tuesday.",
         [("ACCUSE", "IRN", "FRA")]),
        ("Iran has always insisted that its nuclear programme is purely peaceful.", []),
        ("In Tehran, where the rial has shed almost half its worth against the dollar since January, "
         "residents said they feared the sanctions would push prices even higher.",
         []),
        ("“Every week the price of cooking oil goes up,” said Mahnaz, a 45-year-old schoolteacher who "
         "declined to give her surname.",
         []),
        ("The head of the IAEA held talks with Iran's foreign minister in Vienna on Wednesday and called "
         "for inspectors to be allowed back.",
         [("CONSULT", "IGO", "IRN"), ("REQUEST", "IGO", "IRN")]),
        ("Iran's foreign minister said afterwards that Tehran was ready to resume limited cooperation if "
         "its security concerns were addressed.",
         [("AGREE", "IRN", "IGO")]),
        ("Israel's prime minister warned that his country would not allow Iran to rebuild its nuclear "
         "programme.",
         [("THREATEN", "ISR", "IRN")]),
        ("The United States welcomed the EU move and said it would coordinate further measures with its "
         "European partners.",
         [("SUPPORT", "USA", "EUR"), ("AGREE", "USA", "EUR")]),
        ("Russia criticised the European decision, saying it would only harden Tehran's position.",
         [("ACCUSE", "RUS", "EUR")]),
        ("Analysts said the sanctions were largely symbolic, since most of the targeted companies did "
         "little business in Europe.",
         []),
        ("EU foreign ministers will review the measures in March.", []),
    ]),
    ("art2-kebbi-pupils", [
        ("Kidnappers released 38 schoolchildren taken from a boarding school in northwest Nigeria two "
         "weeks ago, the governor of Kebbi state said on Sunday.",
         [("RETREAT", "NGA", "NGA")]),
        ("The children, aged between 10 and 16, were being examined at a hospital in the state capital, "
         "Birnin Kebbi.",
         []),
        ("Officials did not say whether a ransom had been paid.", []),
        ("Gunmen abducted the pupils from their dormitories in the early hours of Nov. 17.",
         [("ASSAULT", "NGA", "NGA")]),
        ("Two of the children escaped in the days after the attack, and one is still missing, the "
         "governor said.",
         []),
        ("Mass school kidnappings have plagued northern Nigeria since Boko Haram seized 276 girls from "
         "Chibok in 2014.",
         []),
        ("Armed gangs, known locally as bandits, kidnap hundreds of people for ransom in the northwest "
         "each year.",
         []),
        ("Nigeria's president praised the security forces for what he called a painstaking operation and "
         "ordered more troops to the region.",
         [("SUPPORT", "NGA", "NGA"), ("MOBILIZE", "NGA", None)]),
        ("“I have not slept since the day they took her,” said Hauwa Sani, whose 12-year-old daughter was "
         "among those freed.",
         []),
        ("Amnesty International urged the authorities to investigate security failures at the school, "
         "which it said had no perimeter fence.",
         [("REQUEST", "NGO", "NGA")]),
        ("The United States, which last month threatened military action in Nigeria over the killing of "
         "Christians, said it welcomed the children's release.",
         [("THREATEN", "USA", "NGA"), ("SUPPORT", "USA", "NGA")]),
        ("Security analysts say ransom payments, though officially banned, pay for the gangs' weapons and "
         "motorcycles.",
         []),
        ("Police in neighbouring Zamfara state said on Saturday they had arrested six suspects over a "
         "separate kidnapping on a highway.",
         [("COERCE", "NGA", "NGA")]),
        ("Kebbi state authorities on Monday eased a dusk-to-dawn curfew in the district around the school.",
         [("CONCEDE", "NGA", None)]),
        ("Many parents in Kebbi say they are reluctant to send their children back.", []),
        ("The state's education commissioner said classes at the school would not resume before January.",
         []),
    ]),
    ("art2-congo-doha-swap", [
        ("Envoys from the Congolese government and the M23 rebel group signed a prisoner exchange "
         "agreement in Doha on Saturday, a step toward ending years of fighting in the country's "
         "mineral-rich east.",
         [("SUPPORT", "COD", "COD")]),
        ("Under the deal, the two sides will swap several hundred detainees with the Red Cross overseeing "
         "the process.",
         []),
        ("Qatari officials, who hosted the talks, said the first releases could take place before January.",
         []),
        ("The Rwanda-backed rebels seized Goma and Bukavu, the two largest cities in the region, in early "
         "2025.",
         []),
        ("A separate peace accord between Congo and Rwanda, brokered by Washington, has done little to "
         "calm the fighting on the ground.",
         []),
        ("On Friday, the rebels and pro-government militias clashed near the town of Uvira, on the shore "
         "of Lake Tanganyika, residents said.",
         [("ASSAULT", "COD", "COD")]),
        ("At least nine civilians were killed by stray bullets and mortar rounds, according to a local "
         "civil society group.",
         [("ASSAULT", None, "COD")]),
        ("Congo's government accused Rwanda of sending fresh troops across the border to support the "
         "offensive, a charge Kigali denied.",
         [("ACCUSE", "COD", "RWA")]),
        ("UN experts have previously said that Rwanda exercises command and control over the M23, which "
         "it denies.",
         []),
        ("“We heard bombs all night and in the morning our neighbour's house was gone,” said Esther "
         "Mapendo, a 33-year-old seamstress who fled to Burundi with her three children.",
         []),
        ("More than 40,000 people have crossed into Burundi since the start of November, the UN refugee "
         "agency said.",
         []),
        ("The agency appealed for $25 million to shelter and feed the new arrivals.",
         [("REQUEST", "UNO", None)]),
        ("The African Union welcomed the Doha agreement and called on all parties to halt hostilities.",
         [("SUPPORT", "IGO", "COD"), ("REQUEST", "IGO", "COD")]),
        ("An M23 spokesman said the group would send a delegation back to Doha next month for talks on a "
         "final agreement.",
         [("AGREE", "COD", None)]),
        ("Eastern Congo holds vast reserves of cobalt, coltan and gold, and the conflict has drawn in a "
         "patchwork of more than 100 armed groups.",
         []),
        ("Analysts cautioned that previous deals between Kinshasa and the rebels had collapsed within "
         "months.",
         []),
    ]),
    ("art2-ukraine-pow-swap", [
        ("Russia and Ukraine exchanged 150 prisoners of war each on Thursday in a swap mediated by the "
         "United Arab Emirates, both sides said.",
         [("RETREAT", "RUS", "UKR")]),
        ("Ukraine's president posted photographs of the freed soldiers, some wrapped in national flags, "
         "on social media.",
         []),
        ("“Our people are home,” he wrote, thanking the Emirati government for its help.",
         [("SUPPORT", None, "ARE")]),
        ("It was the fourth such exchange since the summer.", []),
        ("Hours after the swap, Russian drones and missiles struck energy facilities in several Ukrainian "
         "regions, cutting power to hundreds of thousands of homes, officials said.",
         [("ASSAULT", "RUS", "UKR")]),
        ("Temperatures in Kyiv fell to minus 8 degrees Celsius on Thursday night, and many residents were "
         "left without heating.",
         []),
        ("Ukraine's military said its drones hit a refinery in the Samara region of Russia, setting off a "
         "large fire.",
         [("ASSAULT", "UKR", "RUS")]),
        ("Kyiv has stepped up attacks on Russian oil infrastructure this year in an effort to cut the "
         "Kremlin's war revenues.",
         []),
        ("Peace talks brokered by the United States have made little progress, with the future of the "
         "eastern Donetsk region the main obstacle.",
         []),
        ("A US envoy met Russian officials in Moscow on Tuesday and is due in Kyiv next week.",
         [("CONSULT", "USA", "RUS")]),
        ("The Kremlin's spokesman declined to give details of the discussion.", []),
        ("“Every exchange gives us hope, but my son is still there,” said Olena, 57, whose son was "
         "captured near Mariupol in 2022.",
         []),
        ("Ukraine says Russia holds more than 8,000 Ukrainians, including civilians.", []),
        ("The UN human rights office on Friday accused Russia of systematically torturing Ukrainian "
         "prisoners of war.",
         [("ACCUSE", "UNO", "RUS")]),
        ("Moscow rejected the report as biased.", [("REJECT", "RUS", "UNO")]),
        ("Another exchange could take place before the New Year, according to a Ukrainian official "
         "involved in the negotiations.",
         []),
    ]),
]

FLOORS = {"precision": 0.82, "recall": 0.85, "actor_precision": 0.77, "max_per_empty": 0.13}
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
