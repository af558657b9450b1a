"""The twenty-second blind article batch: eleven whole news articles, written on 2026-12-02 before the coder
was run on any of it, to measure how the coder does sentence by sentence on articles it has never seen.

Theme: Latin America, the Caribbean and Southeast Asia over one week, in the style of Reuters, AFP, EFE and
Rappler: detentions in Venezuela and its rows with Colombia, Brazil and Guyana; Colombia's talks with the ELN
and a guerrilla attack; gang violence and a state of emergency in Ecuador; a gang attack in Haiti and the
international force; miners' road blockades in Peru and Evo Morales's supporters' blockades in Bolivia; the
Myanmar junta's air strikes and the resistance armies; the Philippines and China at Scarborough Shoal; a
Thai-Cambodian border clash; protests in Jakarta. Acts are told by officials' statements and by noun phrases,
tolls differ between sources, and about half the sentences are quotes from residents and analysts,
background, statistics or forecasts with no act.

Conventions: each sentence lists every event that happened as told in it (asserted, or reported by a
source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is an
AGREE, a threat or ultimatum a THREATEN, a demand or appeal a REQUEST; the content of a promise, threat,
demand or accusation is not listed again, and planned, hypothetical, conditional or denied acts, history
more than about a year old, habitual statements, tallies, opinions and forecasts are not listed. Summoning
an ambassador or lodging a diplomatic protest is ACCUSE; a state of emergency, arrests, charges and
deportations are COERCE; police tear gas is ASSAULT; a release or a troop withdrawal is RETREAT; an
extradition or joint drills is COOPERATE; halting exports or banning imports is SANCTION. Codes are ISO
alpha-3 for a state's government, forces, people and armed groups alike (the ELN is COL, Haitian gangs HTI,
Myanmar's resistance armies MMR); UNO for the UN, IGO for ASEAN, the OAS, CARICOM and the ICRC, NGO for
Amnesty; None where the sentence names no doer or no target. A joint act (talks, an exchange of fire,
mutual accusations) is one event with the first party as actor.

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start
of their trigger) are matched against the gold by type, one to one; precision and recall over all
sentences, actor precision (a matched type whose coded actors include the gold actor, a gold None matching
any), and the events per sentence coded in sentences with no act.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the fourteenth session (2026-12-02)):
run once at its start, on its starting code (2ae9e40, whose code is 5b3204f): precision 0.871, recall 0.862,
actor precision 0.774, 0.115 events per sentence with no act. Run again at its end, on its final code
(de1df7d): the same figures.
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
    ("ven-maracaibo-detentions", [
        ("Venezuelan military counterintelligence agents detained two opposition organisers and a local "
         "radio journalist in the western city of Maracaibo on Monday, according to their lawyers.",
         [("COERCE", "VEN", "VEN")]),
        ("The three had shared footage of long queues at petrol stations in Zulia state during the weekend.",
         []),
        ("Foro Penal, a Caracas-based legal aid group, says more than 800 people are now held in Venezuela "
         "on what it describes as political grounds.",
         []),
        ("Separately, Venezuelan border guards arrested a Colombian lorry driver near the Simon Bolivar "
         "bridge on Sunday, his employer said.",
         [("COERCE", "VEN", "COL")]),
        ("Colombia's foreign ministry summoned Venezuela's top diplomat in Bogota on Tuesday and demanded "
         "consular access to the driver.",
         [("ACCUSE", "COL", "VEN"), ("REQUEST", "COL", "VEN")]),
        ("'He was carrying rice and cooking oil, not contraband,' said his sister, a 31-year-old nurse who "
         "had travelled to the frontier to wait for news.",
         []),
        ("Caracas turned down the request, saying the case was a matter for its own courts.",
         [("REJECT", "VEN", "COL")]),
        ("Relations between the two neighbours were restored in 2022 after years of rupture, and trade "
         "across the frontier has since roughly doubled.",
         []),
        ("In Brasilia, Brazil's foreign ministry criticised the detentions in Maracaibo and urged Venezuelan"
         " authorities to respect due process.",
         [("ACCUSE", "BRA", "VEN"), ("REQUEST", "BRA", "VEN")]),
        ("Venezuela's foreign minister accused Brazil of meddling in his country's internal affairs during a"
         " Wednesday broadcast on the state channel VTV.",
         [("ACCUSE", "VEN", "BRA")]),
        ("Ties between Caracas and Brasilia have steadily cooled since the disputed Venezuelan presidential "
         "election of 2024.",
         []),
        ("Analysts said the government appeared to be tightening its grip ahead of regional votes expected "
         "next year.",
         []),
        ("'Every arrest sends a message to everyone else: stay quiet,' said Laura Mendez, a political "
         "scientist at a private university in Caracas.",
         []),
        ("Also on Wednesday, Venezuela's attorney general announced charges of terrorism and incitement "
         "against the two organisers.",
         [("COERCE", "VEN", "VEN")]),
        ("The journalist was freed late on Wednesday without charge, the national press workers' union said.",
         [("RETREAT", None, "VEN")]),
        ("The union says at least 14 reporters have been detained in Venezuela since January.", []),
    ]),
    ("col-eln-havana-talks", [
        ("Negotiators for Colombia's government and for the ELN guerrillas went back to the table in Havana "
         "on Thursday after a break of almost two years.",
         [("CONSULT", "COL", "COL")]),
        ("Cuba and Norway have served as guarantor nations since the process began in 2022 under President "
         "Gustavo Petro.",
         []),
        ("Hours before the session opened, suspected ELN fighters attacked a police station with explosives "
         "in the department of Cauca, killing a police officer and wounding two civilians, the army said.",
         [("ASSAULT", "COL", "COL")]),
        ("The rebels have not claimed responsibility.", []),
        ("The government's chief negotiator condemned the assault and demanded that the group halt attacks "
         "on the security forces while talks continue.",
         [("ACCUSE", "COL", "COL"), ("REQUEST", "COL", "COL")]),
        ("'We cannot negotiate with one hand while they shoot with the other,' she told reporters outside "
         "the venue.",
         []),
        ("The ELN's delegation said it was ready to discuss a new bilateral ceasefire if the government "
         "suspended military operations in Arauca.",
         [("AGREE", "COL", "COL")]),
        ("Colombia's defence ministry rejected the proposal on Friday, saying troops would stay in the "
         "region to protect residents.",
         [("REJECT", "COL", "COL")]),
        ("The UN humanitarian office says fighting this year between the ELN and ex-FARC dissident factions "
         "has uprooted upwards of 50,000 residents of Catatumbo and Arauca.",
         []),
        ("Petro came to power promising 'total peace' with the country's armed groups, but analysts say the "
         "policy has yielded few results.",
         []),
        ("'The armed groups have grown stronger, not weaker, since 2022,' said Camila Rojas, an analyst at a"
         " Bogota think tank that studies the conflict.",
         []),
        ("In a separate incident on Saturday, residents of a village in Guaviare blocked a road to stop an "
         "army patrol from entering the area, the military said.",
         [("PROTEST", "COL", "COL")]),
        ("The troops withdrew from the area later that day, a local official said.",
         [("RETREAT", "COL", "COL")]),
        ("The next round of talks in Havana is scheduled for January, and Norway's envoy said he hoped for "
         "'concrete agreements on the protection of civilians'.",
         []),
        ("Petro's term ends in August, and the candidates hoping to replace him are divided over whether the"
         " talks should continue.",
         []),
    ]),
    ("ecu-guayas-emergency", [
        ("Ecuadorean President Daniel Noboa on Tuesday put four coastal provinces under a two-month state of"
         " emergency, Guayas and its port of Guayaquil among them.",
         [("COERCE", "ECU", "ECU")]),
        ("Under the decree, soldiers may search homes without a warrant and public gatherings can be "
         "restricted.",
         []),
        ("Police said gunmen sprayed bullets at people gathered on a football pitch on Guayaquil's southern "
         "edge on Saturday night, killing nine, among them a boy of 15.",
         [("ASSAULT", "ECU", "ECU")]),
        ("Investigators believe the massacre stemmed from a feud between Los Lobos and a rival gang over "
         "drug routes to the port.",
         []),
        ("Squeezed between Colombia and Peru, the two biggest cocaine-producing nations, Ecuador now serves "
         "as a main corridor for drug shipments heading to North America and Europe.",
         []),
        ("By the government's own count, there were 38 murders for every 100,000 inhabitants in 2025, one of"
         " the worst rates in Latin America.",
         []),
        ("Soldiers and police raided the Litoral penitentiary in Guayaquil before dawn on Wednesday, seizing"
         " rifles, grenades and dozens of mobile phones, the prison agency SNAI said.",
         [("COERCE", "ECU", "ECU")]),
        ("At least 400 inmates have been killed in Ecuador's prisons since 2021, many of them in riots "
         "between rival factions.",
         []),
        ("Amnesty International on Wednesday accused the security forces of abusing detainees and called for"
         " an independent inquiry into deaths in custody.",
         [("ACCUSE", "NGO", "ECU"), ("REQUEST", "NGO", "ECU")]),
        ("Noboa dismissed the criticism, telling a radio station that his government would not 'negotiate "
         "with terrorists or their defenders'.",
         [("REJECT", "ECU", "NGO")]),
        ("'My children haven't been to school in two weeks because the gangs charge the bus drivers,' said "
         "Maritza, 42, who sells fruit from a cart and would not give her surname.",
         []),
        ("Neighbouring Peru deployed extra troops along its northern border on Thursday to prevent gang "
         "members from crossing, its defence ministry said.",
         [("MOBILIZE", "PER", "ECU")]),
        ("The United States, which has supplied Ecuador with patrol boats and surveillance aircraft since "
         "2024, said on Thursday it would send a team of FBI agents to help investigators.",
         [("AGREE", "USA", "ECU")]),
        ("Ecuadoreans voted against allowing foreign military bases on their soil in a referendum in "
         "November 2025, a setback for Noboa, who had championed the idea.",
         []),
        ("The state of emergency is Noboa's ninth since he took office, and critics say repeated decrees "
         "have done little to bring down the murder rate.",
         []),
        ("Colombia on Friday extradited to Ecuador a man accused of running Los Lobos' operations in the "
         "southern port of Machala, Ecuador's police said.",
         [("COOPERATE", "COL", "ECU")]),
    ]),
    ("hti-mirebalais-attack", [
        ("Armed gangs stormed Mirebalais, a town on Haiti's central plateau, before dawn on Sunday, torching"
         " houses and a police post and killing at least 14 people, local officials said.",
         [("ASSAULT", "HTI", "HTI")]),
        ("A human rights group in Port-au-Prince put the death toll at 23, saying several bodies had been "
         "found in a river.",
         []),
        ("Police said the attackers belonged to Viv Ansanm, an alliance of gangs that Washington designated "
         "a terrorist organisation in 2025.",
         []),
        ("'They came at two in the morning and set fire to everything,' said a 54-year-old farmer who fled "
         "with his grandchildren to a church in Hinche.",
         []),
        ("Haitian police and soldiers from the multinational Gang Suppression Force moved into the area on "
         "Monday with armoured vehicles.",
         [("MOBILIZE", "HTI", "HTI")]),
        ("The force, which the Security Council authorised in 2025, is supposed to number 5,500 but has so "
         "far been sent fewer than 1,500, diplomats say.",
         []),
        ("Kenya, which led the previous mission, withdrew the last of its police officers from Haiti in "
         "November.",
         [("RETREAT", "KEN", "HTI")]),
        ("The United Nations condemned the killings in Mirebalais and urged member states to supply the "
         "money and equipment the force still lacks.",
         [("ACCUSE", "UNO", "HTI"), ("REQUEST", "UNO", None)]),
        ("A Canadian military plane delivered armoured vehicles and protective gear for Haiti's national "
         "police on Tuesday, Ottawa said.",
         [("AID", "CAN", "HTI")]),
        ("The International Organization for Migration counts more than 1.4 million Haitians uprooted by the"
         " violence.",
         []),
        ("Dominican authorities deported 1,200 Haitians across the border at Dajabon on Wednesday, the "
         "Haitian migration office said.",
         [("COERCE", "DOM", "HTI")]),
        ("Haiti's transitional government condemned the expulsions and asked Santo Domingo to suspend them "
         "during the crisis.",
         [("ACCUSE", "HTI", "DOM"), ("REQUEST", "HTI", "DOM")]),
        ("Dominican officials argue that their country cannot take in more migrants from the neighbour it "
         "shares Hispaniola with.",
         []),
        ("Analysts fear the gangs are now pushing into the Artibonite valley, Haiti's rice-growing "
         "heartland, putting food supplies at risk.",
         []),
        ("'The gangs move faster than any force the world has sent,' said Jean-Marc Pierre, a security "
         "consultant in Port-au-Prince.",
         []),
        ("Diplomats expect the council to revisit the mandate in March.", []),
    ]),
    ("per-miners-blockades", [
        ("Thousands of informal miners blocked highways across southern Peru on Monday to protest against a "
         "government decision to close a registry that allows them to operate legally.",
         [("PROTEST", "PER", "PER")]),
        ("Police fired tear gas to clear a blockade on the Pan-American Highway near Chala, in the Arequipa "
         "region, and at least 11 protesters and four officers were injured, the ombudsman's office said.",
         [("ASSAULT", "PER", "PER")]),
        ("Regional health officials later said a miner had died in hospital, though the cause of death was "
         "not yet clear.",
         []),
        ("The government says the registry, known as Reinfo, has been abused by criminal groups to launder "
         "gold extracted illegally from the Amazon.",
         []),
        ("Gold is Peru's second-largest export after copper, and the informal mining sector employs an "
         "estimated 400,000 people.",
         []),
        ("Peru's prime minister met leaders of the miners' federation in Lima on Tuesday evening, but the "
         "talks broke up without an agreement.",
         [("CONSULT", "PER", "PER")]),
        ("The federation's leader warned that miners would march on Lima if the decree was not revoked by "
         "Friday.",
         [("THREATEN", "PER", "PER")]),
        ("'We are not criminals, we are fathers trying to feed our families,' said Wilber Quispe, a "
         "38-year-old miner from Puno, standing beside a line of stranded lorries.",
         []),
        ("The transport ministry said about 2,000 trucks were stuck on the highway, and the Arequipa chamber"
         " of commerce put daily losses at 30 million soles.",
         []),
        ("Peru has cycled through a string of presidents over the past decade, and the general election in "
         "April did little to calm public anger.",
         []),
        ("Peru's Episcopal Conference offered on Wednesday to mediate between the government and the miners.",
         [("AGREE", "PER", "PER")]),
        ("The energy and mines minister said the government was willing to extend the registry for small "
         "producers who could show they paid taxes.",
         [("AGREE", "PER", "PER")]),
        ("Miners' leaders rejected the offer as insufficient.", [("REJECT", "PER", "PER")]),
        ("Analysts said the standoff could drag on for weeks, as it did during protests in 2023 that left "
         "dozens dead.",
         []),
        ("In the Andean city of Juliaca, shopkeepers shuttered their businesses on Thursday in solidarity "
         "with the miners.",
         [("PROTEST", "PER", "PER")]),
    ]),
    ("bol-chapare-roadblocks", [
        ("Supporters of former Bolivian president Evo Morales blocked at least 20 roads in the central "
         "department of Cochabamba on Tuesday in defiance of an arrest warrant issued for him.",
         [("PROTEST", "BOL", "BOL")]),
        ("Morales, who governed from 2006 to 2019, is wanted on charges related to an alleged relationship "
         "with a minor, which he denies.",
         []),
        ("He has been holed up for more than a year in the coca-growing region of the Chapare, guarded by "
         "hundreds of loyalists.",
         []),
        ("Police and soldiers cleared two blockades on the highway linking Cochabamba with Santa Cruz on "
         "Wednesday, arresting 37 people, the government said.",
         [("COERCE", "BOL", "BOL")]),
        ("Protesters threw stones and sticks of dynamite at officers near the town of Parotani, and six "
         "police were injured, according to the interior minister.",
         [("ASSAULT", "BOL", "BOL")]),
        ("'We will not let them take our brother Evo,' said Juana, a coca grower wrapped in a red poncho.",
         []),
        ("Fuel shortages have worsened since the blockades began, with long lines at petrol stations in La "
         "Paz and Santa Cruz.",
         []),
        ("Natural gas sales abroad, once Bolivia's main earner, have shrunk for a decade, draining the "
         "central bank's dollar reserves and leaving the state struggling to pay for imported diesel.",
         []),
        ("The government on Thursday lifted a ban on private fuel imports, allowing companies to bring in "
         "diesel directly for the first time in decades.",
         [("CONCEDE", "BOL", "BOL")]),
        ("The ombudsman's office appealed to both sides for calm and asked that ambulances be let through "
         "the roadblocks.",
         [("REQUEST", "BOL", "BOL")]),
        ("Morales used his Sunday radio programme to accuse the government of persecuting him for political "
         "reasons.",
         [("ACCUSE", "BOL", "BOL")]),
        ("Argentina and Brazil, which buy most of Bolivia's remaining gas exports, said they were keeping an"
         " eye on developments.",
         []),
        ("The Organization of American States expressed support for the government's efforts to restore "
         "order.",
         [("SUPPORT", "IGO", "BOL")]),
        ("Marcelo Arce, a political analyst in La Paz, said the standoff could last until the loyalists in "
         "the Chapare run short of food.",
         []),
        ("Previous blockades by Morales supporters, in late 2024, lasted 24 days and cost the economy an "
         "estimated $1.7 billion.",
         []),
    ]),
    ("mmr-sagaing-strikes", [
        ("Myanmar military jets bombed several villages in the central Sagaing area on Tuesday, killing 31 "
         "or more people, a local resistance group said.",
         [("ASSAULT", "MMR", "MMR")]),
        ("A junta spokesman disputed the toll, saying no civilians were among the dead.", []),
        ("A teacher from one of the villages, reached by phone, said a school and a monastery had been "
         "reduced to rubble.",
         []),
        ("Aung San Suu Kyi, whose civilian government the army removed in 2021, is still in custody.", []),
        ("The election the generals organised over the past year has done little to ease the fighting.", []),
        ("In Shan state, the ethnic Ta'ang army known as the TNLA handed the ruby-mining town of Mogok back "
         "to the military last month.",
         [("RETREAT", "MMR", "MMR")]),
        ("Analysts see pressure from China on armed groups along its border as the main reason several have "
         "given ground this year.",
         []),
        ("Junta officials and envoys of the Kachin Independence Army met in Kunming, in southern China, on "
         "Thursday, two sources with knowledge of the meeting said.",
         [("CONSULT", "MMR", "MMR")]),
        ("The KIA controls most of Kachin state's rare-earth mines, a key source of the minerals for Chinese"
         " industry.",
         []),
        ("The UN special rapporteur on Myanmar condemned the Sagaing strikes and called on member states to "
         "cut off the military's supply of jet fuel.",
         [("ACCUSE", "UNO", "MMR"), ("REQUEST", "UNO", None)]),
        ("The UN estimates that upwards of 3.5 million Myanmar citizens now live displaced within the "
         "country.",
         []),
        ("ASEAN on Wednesday urged all parties in Myanmar to halt attacks on civilians and allow aid to "
         "reach those in need.",
         [("REQUEST", "IGO", "MMR")]),
        ("The bloc has barred the junta's leaders from its summits since 2021 over their failure to "
         "implement a peace plan.",
         []),
        ("'We sleep in the forest now because the planes come at night,' said a 27-year-old mother "
         "sheltering in a jungle camp with her two daughters.",
         []),
        ("Resistance fighters said they brought down an army helicopter close to Kawlin on Friday, a claim "
         "the junta did not confirm.",
         [("ASSAULT", "MMR", "MMR")]),
        ("The fighting is likely to intensify in the dry season, which runs until May, according to analysts"
         " who track the conflict.",
         []),
    ]),
    ("phl-scarborough-cannon", [
        ("Vessels of the Chinese coast guard blasted two Philippine fisheries boats with water cannon close "
         "to Scarborough Shoal on Wednesday, leaving one damaged, according to Manila's coast guard.",
         [("ASSAULT", "CHN", "PHL")]),
        ("Chinese officials accused the Philippine crews of an illegal intrusion into Chinese territorial "
         "waters.",
         [("ACCUSE", "CHN", "PHL")]),
        ("The shoal, prized by fishermen and lying some 200 km west of Luzon, the largest Philippine island,"
         " has been held by China since 2012.",
         []),
        ("The Philippine foreign ministry protested to Beijing through diplomatic channels on Thursday over "
         "what it called 'aggressive and dangerous' manoeuvres.",
         [("ACCUSE", "PHL", "CHN")]),
        ("The foreign ministry says it has filed more than a dozen such protests this year.", []),
        ("'We only wanted to fish where our fathers fished,' said Rodel Abad, 46, a crewman on one of the "
         "boats.",
         []),
        ("In 2016 a tribunal convened at The Hague under the UN sea convention found no legal basis for "
         "Beijing's expansive claims, a ruling China has never accepted.",
         []),
        ("Washington, bound to Manila by a mutual defence treaty, condemned the Chinese coast guard's "
         "actions in a statement from its embassy.",
         [("ACCUSE", "USA", "CHN")]),
        ("Japan and Australia also expressed support for Manila.",
         [("SUPPORT", "JPN", "PHL"), ("SUPPORT", "AUS", "PHL")]),
        ("Beijing accused Washington of fomenting tension in the region.", [("ACCUSE", "CHN", "USA")]),
        ("Philippine and US warships began joint naval drills off the western province of Palawan on Friday.",
         [("COOPERATE", "PHL", "USA")]),
        ("China's military said its Southern Theatre Command conducted 'combat readiness patrols' around "
         "Scarborough Shoal on the same day.",
         [("MOBILIZE", "CHN", None)]),
        ("Bilateral trade came to about $39 billion last year, and China remains the Philippines' biggest "
         "trading partner.",
         []),
        ("Marcos, whose term ends in 2028, has taken a harder line towards Beijing than his predecessor, "
         "Rodrigo Duterte.",
         []),
        ("'Beijing is testing how far it can push without provoking a real response,' said Maria Santos, a "
         "maritime security researcher in Manila.",
         []),
        ("The Philippines, which chairs ASEAN this year, had hoped to conclude a long-delayed code of "
         "conduct for the sea before handing over the role in January.",
         []),
    ]),
    ("tha-khm-sisaket-clash", [
        ("Thai and Cambodian troops exchanged fire along their disputed border in Thailand's Sisaket "
         "province on Sunday, killing a Thai soldier and two Cambodian civilians, officials from both sides "
         "said.",
         [("ASSAULT", "THA", "KHM")]),
        ("Each army accused the other of firing first.", [("ACCUSE", "THA", "KHM")]),
        ("Thailand halted fuel and electricity exports to Cambodia on Monday, its energy ministry said.",
         [("SANCTION", "THA", "KHM")]),
        ("Cambodia responded by banning imports of Thai fruit and vegetables.", [("SANCTION", "KHM", "THA")]),
        ("The two countries fought a five-day war along the frontier in July 2025 that killed at least 43 "
         "people and displaced about 300,000 on both sides.",
         []),
        ("That conflict ended in a ceasefire brokered by Malaysia and backed by US President Donald Trump.",
         []),
        ("Cambodian Prime Minister Hun Manet called for an emergency meeting of ASEAN and urged Thailand to "
         "withdraw soldiers from four disputed temple sites.",
         [("REQUEST", "KHM", "IGO"), ("REQUEST", "KHM", "THA")]),
        ("The Thai prime minister dismissed the demand, telling reporters that Thai soldiers were 'standing "
         "on Thai soil'.",
         [("REJECT", "THA", "KHM")]),
        ("Malaysia offered on Monday to bring the two governments together for talks in Kuala Lumpur.",
         [("AGREE", "MYS", None)]),
        ("In the Cambodian border town of Poipet, hundreds of families packed their belongings onto "
         "motorbikes and headed for temporary camps.",
         []),
        ("'We only came back in September, and now we have to run again,' said Srey Leak, a 35-year-old rice"
         " farmer.",
         []),
        ("Thai authorities said about 12,000 residents of Sisaket and Surin provinces had been moved to "
         "shelters.",
         []),
        ("Cambodia asked the International Court of Justice in 2025 to rule on the disputed sites, but "
         "Thailand does not recognise the court's jurisdiction in the case.",
         []),
        ("The ICRC delivered surgical supplies to a hospital in Oddar Meanchey, a Cambodian border province,"
         " on Tuesday.",
         [("AID", "IGO", "KHM")]),
        ("Analysts said nationalist sentiment in both countries made a quick settlement unlikely.", []),
    ]),
    ("idn-jakarta-military-bill", [
        ("Thousands of students and labour activists massed outside the Indonesian legislature in Jakarta on"
         " Thursday in opposition to a bill giving the military a larger role in civilian government.",
         [("PROTEST", "IDN", "IDN")]),
        ("After nightfall, officers in riot gear fired tear gas and sprayed water at the crowd, Jakarta's "
         "police chief said.",
         [("ASSAULT", "IDN", "IDN")]),
        ("At least 40 people were detained, he said.", [("COERCE", None, "IDN")]),
        ("The Legal Aid Institute in Jakarta said it was trying to locate at least a dozen people whose "
         "families had not heard from them.",
         []),
        ("The bill would let serving officers take up jobs in a wider range of ministries and state "
         "agencies, reviving memories of the Suharto era, when the armed forces dominated political life.",
         []),
        ("Similar protests in August 2025 over lawmakers' housing allowances turned deadly after a police "
         "vehicle ran over a motorcycle taxi driver.",
         []),
        ("'Our parents fought to send the soldiers back to the barracks, and we will not let them return,' "
         "said Dinda, 20, who studies law in Bandung.",
         []),
        ("Local media reported demonstrations in Yogyakarta, Medan and Makassar as well.",
         [("PROTEST", None, "IDN")]),
        ("President Prabowo Subianto, a former general, defended the bill in a speech to military cadets on "
         "Friday, saying it would make the state more efficient.",
         []),
        ("He accused unnamed groups with foreign funding of trying to sow chaos.", [("ACCUSE", "IDN", None)]),
        ("Amnesty International Indonesia condemned the arrests and urged police to release those still in "
         "custody.",
         [("ACCUSE", "NGO", "IDN"), ("REQUEST", "NGO", "IDN")]),
        ("The speaker of parliament met student leaders on Friday afternoon.", [("CONSULT", "IDN", "IDN")]),
        ("Parliament later postponed a final vote on the bill until next year, meeting one of the "
         "protesters' main demands.",
         [("CONCEDE", "IDN", "IDN")]),
        ("The rupiah fell 0.8% against the dollar on Friday, and Jakarta's main stock index dropped for a "
         "third straight session.",
         []),
        ("Student unions said they would return to the streets if the bill was not withdrawn entirely.",
         [("THREATEN", "IDN", "IDN")]),
        ("Analysts said the government was likely to bring the bill back once the protests faded.", []),
    ]),
    ("guy-ven-essequibo-patrol", [
        ("Guyana accused Venezuela on Friday of sending armed men across the Cuyuni river into the disputed "
         "Essequibo region, where they fired on a Guyanese military patrol.",
         [("ACCUSE", "GUY", "VEN")]),
        ("No one was hurt, Guyana's defence force said.", []),
        ("Venezuela's defence minister denied that any Venezuelan soldiers had crossed the river and accused"
         " Georgetown of inventing incidents to justify the presence of foreign troops.",
         [("ACCUSE", "VEN", "GUY")]),
        ("Venezuela claims the Essequibo, a vast area rich in oil and minerals that covers roughly "
         "two-thirds of Guyana's land.",
         []),
        ("The World Court ordered Venezuela in May 2025 not to hold elections in the region, an order "
         "Caracas ignored.",
         []),
        ("Guyanese President Irfaan Ali talked by telephone with Marco Rubio, the US secretary of state, on "
         "Saturday, his office said.",
         [("CONSULT", "GUY", "USA")]),
        ("Washington later reaffirmed its 'unwavering support' for Guyana's sovereignty.",
         [("SUPPORT", "USA", "GUY")]),
        ("Brazil sent armoured vehicles to Pacaraima, a town on its northern frontier, as a precaution, the "
         "Brazilian army said.",
         [("MOBILIZE", "BRA", None)]),
        ("In 2023, Brazil reinforced its troops in the area after Venezuela staged a vote on absorbing the "
         "Essequibo.",
         []),
        ("The Caribbean Community on Sunday called on Venezuela to honour a 2023 pledge by both countries to"
         " refrain from using force.",
         [("REQUEST", "IGO", "VEN")]),
        ("Exxon Mobil, which leads a consortium pumping about 900,000 barrels a day off Guyana's coast, said"
         " its operations were unaffected.",
         []),
        ("Oil has turned Guyana into one of the world's fastest-growing economies, but many residents of the"
         " interior have seen little of the wealth.",
         []),
        ("'Every time there is shooting on the river, the boats stop and we cannot sell our fish,' said "
         "Kwame Persaud, 51, who lives in the mining town of Bartica.",
         []),
        ("Guyanese authorities arrested four Venezuelan nationals near the border on Sunday on suspicion of "
         "illegal mining, police said.",
         [("COERCE", "GUY", "VEN")]),
        ("Venezuela demanded their immediate release.", [("REQUEST", "VEN", "GUY")]),
    ]),
]

FLOORS = {"precision": 0.84, "recall": 0.83, "actor_precision": 0.74, "max_per_empty": 0.15}
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
