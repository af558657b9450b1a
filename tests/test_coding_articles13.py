"""Thirteenth blind article batch: whole news articles the coder has never seen, scored sentence by sentence.

Written on 2026-12-01, before the coder was run on any of it. Theme: Latin America and the Caribbean over one
week, in the style of AP and EFE wire copy: Haiti's gangs and the Kenyan-led multinational mission,
Venezuela's opposition and US sanctions, Colombia's talks with armed groups, Ecuador's state of emergency,
Peru's protests after a president's impeachment, Brazil's raids on Amazon gold miners, Mexico's cartels and
transfers of prisoners to the US, Cuba's detained dissidents, US strikes on boats in the Caribbean,
deportation flights to Central America and freed hostages in Haiti. Many acts are told as nouns ("a U.S.
military strike") or in the passive ("were placed under house arrest", "was accused by prosecutors"). Each
article runs like agency copy: a lead with the main act, then background, reactions, quotes from officials and
ordinary people, figures, history, analysts' views and what comes next; about half the sentences tell no act
at all.

Gold conventions. Each sentence lists every act that happened as told in that sentence (asserted, or reported
by a source), one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention
is itself an AGREE event, a threat a THREATEN event, a demand or appeal a REQUEST; the content of a promise,
threat, demand or accusation is not a second event. Not listed: planned or future acts, hypothetical,
conditional or denied acts, acts more than about a year before the story (history with years), habitual or
generic statements, statistics and tallies, opinions and forecasts, and statements to the press that are none
of the sixteen types. Types follow CAMEO2PLOVER-2021: a state of emergency or curfew imposed, a seizure or
destruction of property, an arrest or a deportation is COERCE; tear gas against marchers, an ambush, a
kidnapping or an exchange of fire is ASSAULT; a vigil or a road blockade by civilians is PROTEST; summoning an
ambassador is ACCUSE; lifting a curfew or easing sanctions is CONCEDE; handing prisoners to another state,
accepting its deportees or joint exercises is COOPERATE; freeing hostages is RETREAT; suspending a trade
agreement is SANCTION. Codes: ISO alpha-3 for a state's government, forces, people and armed groups alike (the
ELN and FARC dissidents are COL, Haitian gangs HTI, the Kenyan police of the mission KEN); UN bodies UNO; the
European Union EUR; other intergovernmental bodies (the Inter-American Commission on Human Rights) IGO; NGOs
(Amnesty, Human Rights Watch, Doctors Without Borders, environmental groups) NGO. The actor is None only where
the sentence names no doer at all (unidentified gunmen, passives without an agent).

Scoring: per sentence, the coded events that happened (modality asserted or reported, placed by the start of
their trigger) against the gold: precision and recall by type, one to one; actor precision (a coded event
whose actor codes include the gold actor, any actor for a gold None); and the number of coded events per
sentence with no act (max_per_empty).

Every sentence was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news,
demo corpus and tests; none was found.

FIRST RUN, on commit d3f0ba8 (during the sixth 2026-12-01 session; written to be read): precision 0.784,
recall 0.802, actor precision 0.693, 0.102 events per sentence with no act. The session's starting code
(f98c98e), run beside it: precision 0.784, recall 0.802, actor precision 0.682, 0.102.
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
    ("haiti-delmas-police-station", [
        ("Gang members armed with rifles stormed a police station in Haiti's capital early Tuesday, killing "
         "three officers and setting fire to several vehicles, police said.", [("ASSAULT", "HTI", "HTI")]),
        ("The raid on the station in the Delmas district was the third against police buildings in "
         "Port-au-Prince since the start of November.", []),
        ("Hours before the assault, the Viv Ansanm gang coalition had threatened in a video to burn down "
         "any police post that refused to leave the district.", [("THREATEN", "HTI", "HTI")]),
        ("Kenyan police serving with the multinational mission drove armored vehicles to the area later in "
         "the morning and exchanged fire with the attackers for nearly two hours, a mission spokesman said.",
         [("MOBILIZE", "KEN", "HTI"), ("ASSAULT", "KEN", "HTI")]),
        ("No casualties were reported among the foreign officers.", []),
        ("\"We cannot sleep at night because of the shooting,\" said Marie-Claude Joseph, a 54-year-old "
         "vendor who sells charcoal near the station.", []),
        ("Armed groups now hold roughly 85 percent of the capital, by United Nations estimates, and the "
         "violence has driven more than 700,000 Haitians from their homes.", []),
        ("Addressing the Security Council in New York on Wednesday, the top U.N. envoy for Haiti urged "
         "member states to send more money and equipment to the mission.", [("REQUEST", "UNO", None)]),
        ("The force has so far collected only a small share of the 600 million dollars pledged for its "
         "first year, and fewer than 1,000 of a promised 2,500 personnel are on the ground.", []),
        ("Kenya's government announced that it would dispatch another 300 police officers to Haiti by "
         "January.", [("AGREE", "KEN", "HTI")]),
        ("The announcement was welcomed by Haiti's transitional presidential council, which thanked Nairobi "
         "for its \"unwavering solidarity.\"", [("SUPPORT", "HTI", "KEN")]),
        ("Meanwhile, Dominican police detained more than 1,200 Haitian migrants over the weekend and "
         "deported them across the border, the neighboring country's migration agency said.",
         [("COERCE", "DOM", "HTI"), ("COERCE", "DOM", "HTI")]),
        ("Human rights groups have long objected to the mass expulsions, arguing that they split families "
         "and send people back into danger.", []),
        ("No national election has taken place in Haiti since 2016, and the council's mandate is due to "
         "expire in February.", []),
        ("In 2021, President Jovenel Moise was assassinated in his bedroom, a killing that deepened the "
         "vacuum of power the gangs have exploited ever since.", []),
        ("Analysts say the mission will struggle to hold territory unless it gets helicopters and better "
         "intelligence.", []),
        ("\"The gangs are better armed than we are,\" a Haitian police inspector said, asking that his name "
         "not be used.", []),
    ]),
    ("venezuela-opposition-aides", [
        ("Venezuelan security agents arrested two senior aides of opposition leader Elena Marquez in "
         "Caracas on Monday, her party said, the latest in a wave of detentions aimed at her campaign team.",
         [("COERCE", "VEN", "VEN")]),
        ("The pair were taken from a restaurant by men in plain clothes and driven off in an unmarked van, "
         "witnesses told local media.", [("COERCE", None, "VEN")]),
        ("The attorney general's office said the two men were under investigation for conspiracy and "
         "incitement to hatred.", []),
        ("Marquez, who has been in hiding for months, condemned the arrests in a video message shared "
         "online and called on the armed forces to stop obeying what she described as an illegitimate "
         "government.", [("ACCUSE", "VEN", "VEN"), ("REQUEST", "VEN", "VEN")]),
        ("\"They want to frighten us into silence, but they will fail,\" she said.", []),
        ("The U.S. State Department demanded that the aides be freed at once and said Washington was "
         "following the case closely.", [("REQUEST", "USA", "VEN")]),
        ("Last week the Treasury Department added 16 Venezuelan judges and security officials to its "
         "sanctions list, a step that blocks any property they own under U.S. jurisdiction.",
         [("SANCTION", "USA", "VEN")]),
        ("The foreign ministry in Caracas rejected the measures as \"an act of economic aggression\" and "
         "accused Washington of interfering in Venezuelan domestic politics.",
         [("REJECT", "VEN", "USA"), ("ACCUSE", "VEN", "USA")]),
        ("In a separate step on Friday, the Treasury extended a license that lets Chevron keep pumping "
         "crude in Venezuela, easing pressure on the cash-strapped state oil company.",
         [("CONCEDE", "USA", "VEN")]),
        ("U.S. sanctions on the country's oil sector have been in place in one form or another since 2019, "
         "when Washington recognized the head of the National Assembly as interim president.", []),
        ("Oil output, which topped three million barrels a day in the late 1990s, now stands at under one "
         "million.", []),
        ("Human Rights Watch said in a report published Thursday that at least 1,800 people remain behind "
         "bars in Venezuela for political reasons.", []),
        ("In Caracas, relatives of jailed activists held a candlelight vigil outside the headquarters of "
         "the intelligence service, holding photographs of their loved ones.", [("PROTEST", "VEN", "VEN")]),
        ("\"My son has done nothing wrong. He only handed out leaflets,\" said Carmen Rodriguez, 61, whose "
         "son has been in custody since August.", []),
        ("Brazil and Colombia, whose leftist governments had tried to mediate between the two sides, have "
         "said little in public since the arrests.", []),
        ("Talks between the ruling party and its opponents, brokered by Norway, broke down last year, and "
         "neither side has proposed reviving them.", []),
    ]),
    ("colombia-eln-talks", [
        ("Colombia's government and the National Liberation Army rebel group resumed peace talks in Caracas "
         "on Thursday after a four-month pause, the two delegations said in a joint statement.",
         [("CONSULT", "COL", "COL")]),
        ("The last round ended abruptly in August, days after a bomb attack on a military base in Arauca "
         "province killed two soldiers and wounded 25.", [("ASSAULT", None, "COL")]),
        ("Government negotiator Vera Grabe told reporters the delegations had agreed to work toward a "
         "six-month ceasefire that would include a halt to kidnappings.", [("AGREE", "COL", "COL")]),
        ("The rebels, for their part, pledged to free all the hostages held by their fighters before "
         "Christmas.", [("AGREE", "COL", None)]),
        ("Their return to the table was preceded by the release of six captives by the guerrillas last "
         "weekend, a handover overseen by Red Cross delegates.", [("RETREAT", "COL", None)]),
        ("\"This is a fragile moment, but it is also an opportunity,\" Grabe said.", []),
        ("The ELN, founded in 1964 by radical Catholic priests and students inspired by the Cuban "
         "revolution, has about 5,800 fighters, according to military estimates.", []),
        ("Cuba and Norway serve as guarantor nations for the negotiations, alongside Venezuela, Mexico, "
         "Brazil and Chile.", []),
        ("President Gustavo Petro, who took office in 2022 promising \"total peace,\" has opened "
         "negotiations with half a dozen armed groups, with mixed results.", []),
        ("On Friday, a separate faction of dissidents from the former FARC guerrilla ambushed an army "
         "patrol in Cauca province, killing four soldiers, the Defense Ministry said.",
         [("ASSAULT", "COL", "COL")]),
        ("Petro responded by sending 1,200 additional troops to the region and called the ambush a betrayal "
         "of the peace process.", [("MOBILIZE", "COL", "COL"), ("ACCUSE", "COL", "COL")]),
        ("\"Every time they talk of peace, the war gets closer to our doors,\" said Luis, a 38-year-old "
         "coffee farmer who feared reprisals if he gave his full name.", []),
        ("Colombia's ombudsman's office says 173 community leaders have been killed so far this year.", []),
        ("The United Nations verification mission in Colombia welcomed the resumption of talks with the ELN "
         "and urged both parties to reduce the suffering of civilians.",
         [("SUPPORT", "UNO", "COL"), ("REQUEST", "UNO", "COL")]),
        ("The next round of negotiations is scheduled to open in Havana in mid-January.", []),
    ]),
    ("ecuador-state-of-emergency", [
        ("Ecuador's President Daniel Noboa declared a state of emergency for 60 days in five coastal "
         "provinces on Sunday and imposed a nightly curfew after a surge in killings blamed on drug gangs.",
         [("COERCE", "ECU", "ECU"), ("COERCE", "ECU", "ECU")]),
        ("The decree allows soldiers to patrol the streets alongside police and to search homes without a "
         "warrant.", []),
        ("More than 4,000 troops were deployed to Guayaquil, the country's main port, within hours of the "
         "announcement, the Defense Ministry said.", [("MOBILIZE", None, "ECU")]),
        ("Guayaquil recorded 1,420 homicides between January and October, making it one of the deadliest "
         "cities in the Americas.", []),
        ("Ecuadorian soldiers seized rifles, grenades and more than 200 mobile phones in a raid on the "
         "Litoral penitentiary early Monday, officials said.", [("COERCE", "ECU", "ECU")]),
        ("More than 450 inmates have died in riots and massacres inside Ecuador's prisons since 2021.", []),
        ("National police arrested 68 suspected members of the Los Lobos and Los Choneros gangs in the "
         "first 48 hours of the operation.", [("COERCE", "ECU", "ECU")]),
        ("The government on Saturday lifted a similar curfew in the southern province of El Oro, citing a "
         "drop in murders there.", [("CONCEDE", "ECU", "ECU")]),
        ("Noboa, who won a full term in April 2025, has staked his presidency on a hard line against "
         "organized crime.", []),
        ("\"We will not hand the country over to the narco-terrorists,\" he said in a televised address.",
         []),
        ("Rights groups were more cautious.", []),
        ("Amnesty International urged the government to make sure that soldiers respect due process during "
         "the emergency.", [("REQUEST", "NGO", "ECU")]),
        ("Shopkeepers in the Guasmo neighborhood said extortion gangs demand weekly payments of up to 50 "
         "dollars.", []),
        ("\"If you do not pay, they burn your shop,\" said Jorge Mendoza, 47, who runs a small hardware "
         "store.", []),
        ("Ecuador, wedged between Colombia and Peru, the world's two largest cocaine producers, has become "
         "a major transit route for shipments bound for the United States and Europe.", []),
        ("The United States donated 20 armored vehicles and a batch of surveillance drones to Ecuador's "
         "police last month, the U.S. embassy in Quito said.", [("AID", "USA", "ECU")]),
        ("Noboa is due to travel to Washington next week to discuss further security cooperation.", []),
    ]),
    ("peru-lima-protests-impeachment", [
        ("Thousands of protesters marched through central Lima on Thursday, a day after Peru's Congress "
         "voted to remove President Rafael Quispe Huaman over a bribery scandal, and police fired tear gas "
         "to keep them away from the legislature.", [("PROTEST", "PER", "PER"), ("ASSAULT", "PER", "PER")]),
        ("The demonstrators, many of them students and union members, demanded the dissolution of Congress "
         "and early general elections.", [("REQUEST", "PER", "PER")]),
        ("At least 23 people were injured, including nine police officers, the health ministry said.", []),
        ("Quispe, a former regional governor who took office in July, was accused by prosecutors of "
         "accepting 2 million dollars from a construction firm in exchange for public contracts.",
         [("ACCUSE", "PER", "PER")]),
        ("He denied wrongdoing and called the vote a \"parliamentary coup.\"", [("ACCUSE", "PER", "PER")]),
        ("Lawmakers swore in the speaker of Congress, Lucia Valdivia, as interim head of state shortly "
         "before midnight.", []),
        ("In her first address, Valdivia promised to call elections within nine months and asked Peruvians "
         "for calm.", [("AGREE", "PER", "PER"), ("REQUEST", "PER", "PER")]),
        ("\"We are sick of politicians who steal and then leave,\" said Rosa Mamani, a 54-year-old market "
         "trader who had traveled from Puno to join the march.", []),
        ("Peru's southern regions, home to a large Indigenous population, saw deadly unrest in 2023, when "
         "49 civilians died in clashes with security forces.", []),
        ("The Inter-American Commission on Human Rights called on Peruvian authorities to guarantee "
         "citizens' freedom to demonstrate peacefully.", [("REQUEST", "IGO", "PER")]),
        ("Farmers in the Cusco region blocked a highway with rocks and tree trunks on Thursday, cutting "
         "access to the tourist town of Ollantaytambo.", [("PROTEST", "PER", "PER")]),
        ("Tourism, which accounts for about 4 percent of Peru's economy, has suffered repeatedly during the "
         "country's bouts of unrest.", []),
        ("Analysts at ratings agencies said the turmoil was unlikely to dent Peru's credit rating soon "
         "because its public debt is low.", []),
        ("The sol, Peru's currency, weakened 1.2 percent against the dollar after the vote.", []),
        ("The U.S. State Department urged all sides to avoid violence and respect the constitutional order.",
         [("REQUEST", "USA", "PER")]),
    ]),
    ("brazil-yanomami-mining-raids", [
        ("Brazilian federal agents destroyed dozens of illegal gold-mining rafts and arrested 31 people in "
         "a week-long operation on the Yanomami Indigenous territory, the environmental agency Ibama said on "
         "Friday.", [("COERCE", "BRA", "BRA"), ("COERCE", "BRA", "BRA")]),
        ("The agents also seized two helicopters, 14 boats and 1,500 liters of mercury used to separate "
         "gold from river sediment.", [("COERCE", "BRA", "BRA")]),
        ("Mercury has poisoned rivers across the region, and researchers have found high levels of the "
         "metal in the hair of Yanomami children.", []),
        ("Illegal miners fired on an Ibama helicopter during the operation, but no one was hurt, the agency "
         "said.", [("ASSAULT", "BRA", "BRA")]),
        ("Brazil's government has sent troops and inspectors to the territory repeatedly since it declared "
         "a health emergency there in January 2023.", []),
        ("\"They come back every time we leave,\" said an Ibama inspector who has taken part in four "
         "operations.", []),
        ("Deforestation in the Brazilian Amazon fell 11 percent in the 12 months to July, according to "
         "official satellite data, its lowest level in a decade.", []),
        ("Norway transferred 150 million dollars to the Amazon Fund on Tuesday, the Brazilian development "
         "bank BNDES said.", [("AID", "NOR", "BRA")]),
        ("The fund, created in 2008, finances projects to monitor and protect the forest.", []),
        ("Separately, officers of Brazil's federal police detained a cattle rancher in Para state who is "
         "suspected of clearing 6,000 hectares of protected forest.", [("COERCE", "BRA", "BRA")]),
        ("Environmental groups praised the raids, saying they had sharply reduced mining on the territory.",
         [("SUPPORT", "NGO", "BRA")]),
        ("Brazil will host talks with seven other Amazon countries in Belem in February on a joint plan to "
         "fight organized crime in the rainforest.", []),
        ("Yanomami leaders have warned for years that the miners bring disease, violence and alcohol to "
         "remote villages.", []),
        ("Gold prices near record highs have fueled a new rush in the region, analysts say.", []),
        ("In 2023, Brazil's Supreme Court struck down a rule that had let gold be sold on the seller's word "
         "alone, closing a loophole used to launder illegally mined metal.", []),
    ]),
    ("mexico-cartel-transfer", [
        ("Mexico on Tuesday sent 26 alleged cartel figures across the border to face U.S. justice, the "
         "biggest transfer of its kind in decades, in a move officials in both countries described as a "
         "sign of deepening security cooperation.", [("COOPERATE", "MEX", "USA")]),
        ("Among the group was a senior commander of the Sinaloa cartel wanted in Texas on drug trafficking "
         "and murder charges.", []),
        ("The U.S. Justice Department said the men would face charges including drug trafficking, money "
         "laundering and weapons offenses.", []),
        ("The U.S. attorney general thanked the Mexican government for its help.",
         [("SUPPORT", "USA", "MEX")]),
        ("The transfer came a week after Washington threatened to slap 25 percent tariffs on Mexican "
         "imports unless Mexico did more to stop fentanyl from reaching American streets.",
         [("THREATEN", "USA", "MEX")]),
        ("Mexico's president said the handover was a sovereign decision and not the result of pressure.", []),
        ("\"We cooperate, but we do not subordinate ourselves,\" she told her daily news conference.", []),
        ("In February 2025, Mexico sent 29 prisoners north, among them Rafael Caro Quintero, who had been "
         "convicted in Mexico of the 1985 murder of a U.S. drug agent.", []),
        ("Meanwhile, unidentified gunmen killed 11 people inside a bar in Guanajuato, a state in central "
         "Mexico, late Saturday, state prosecutors said.", [("ASSAULT", None, "MEX")]),
        ("Guanajuato has been the country's most violent state for several years, as rival cartels fight "
         "over fuel theft and drug routes.", []),
        ("Mexican soldiers and National Guard troops clashed with cartel gunmen in Culiacan, the capital of "
         "Sinaloa state, on Sunday, leaving five suspected gang members dead, the Defense Ministry said.",
         [("ASSAULT", "MEX", "MEX")]),
        ("Culiacan has been gripped by fighting between rival Sinaloa cartel factions since September 2024, "
         "when one of its founders was arrested in the United States.", []),
        ("Schools in parts of the city have closed, and many restaurants shut their doors by early evening.",
         []),
        ("\"We live locked up in our own homes,\" said a 29-year-old nurse.", []),
        ("The U.S. ambassador in Mexico City praised the extraditions in a message on X, calling them proof "
         "that the two nations could work as partners.", [("SUPPORT", "USA", "MEX")]),
        ("Security ministers from both governments will meet in Washington in January.", []),
    ]),
    ("cuba-dissidents-detained", [
        ("Cuban authorities detained at least 14 dissidents and independent journalists over the weekend to "
         "stop them from attending a planned protest in Havana, a rights group said.",
         [("COERCE", "CUB", "CUB")]),
        ("The Madrid-based Cuban Observatory for Human Rights said most of the detainees were still in "
         "custody on Monday.", []),
        ("Others were placed under house arrest, with state security agents stationed outside their doors, "
         "according to relatives.", [("COERCE", None, "CUB")]),
        ("Organizers had hoped to gather outside the Capitol building to mark International Human Rights "
         "Day.", []),
        ("Cuba's government, which describes dissidents as mercenaries paid by Washington, did not answer "
         "questions from journalists.", []),
        ("The U.S. Embassy in Havana condemned the detentions and demanded that all those held be freed "
         "without delay.", [("ACCUSE", "USA", "CUB"), ("REQUEST", "USA", "CUB")]),
        ("Spain's foreign ministry summoned Cuba's ambassador in Madrid on Monday to seek an explanation.",
         [("ACCUSE", "ESP", "CUB")]),
        ("Among those detained was Dayana Ferrer, a 33-year-old poet who has been jailed twice since the "
         "mass protests of July 2021.", []),
        ("Those protests, the largest in decades, led to more than 1,000 arrests, and hundreds of people "
         "remain in prison.", []),
        ("Cuba is enduring its worst economic crisis since the collapse of the Soviet Union, with daily "
         "blackouts and shortages of food, fuel and medicine.", []),
        ("\"People are hungry and afraid, but mostly they are exhausted,\" said a 54-year-old retired "
         "teacher in Havana's Centro Habana district.", []),
        ("More than a million Cubans have left the island since 2021, most of them for the United States.",
         []),
        ("The European Union's diplomatic chief said the bloc would raise the detentions with Cuban "
         "officials at a political dialogue meeting in January.", [("AGREE", "EUR", "CUB")]),
        ("Cuba's foreign minister rejected the criticism on social media, accusing the United States of "
         "financing \"subversion\" on the island.", [("REJECT", "CUB", "USA"), ("ACCUSE", "CUB", "USA")]),
        ("The Catholic Church in Cuba has in the past helped broker the release of prisoners, most recently "
         "in January 2025.", []),
    ]),
    ("caribbean-boat-strike", [
        ("A U.S. military strike destroyed a speedboat in the southern Caribbean on Monday, killing four "
         "people the Pentagon said were smuggling drugs for a Venezuelan gang.", [("ASSAULT", "USA", "VEN")]),
        ("It was the 23rd such strike since September, according to a tally by news organizations, bringing "
         "the death toll from the campaign to more than 90.", []),
        ("Washington has not publicly presented evidence that those killed were carrying drugs.", []),
        ("Venezuela's defense minister called the attack \"an extrajudicial execution\" and ordered naval "
         "units along the coast to raise their state of readiness.",
         [("ACCUSE", "VEN", "USA"), ("MOBILIZE", "VEN", None)]),
        ("Colombia's president also denounced the strikes, saying one of the men killed in an earlier "
         "attack was a Colombian fisherman.", [("ACCUSE", "COL", "USA")]),
        ("The U.S. buildup in the region now includes eight warships, a nuclear submarine and about 10,000 "
         "personnel.", []),
        ("Trinidad and Tobago, whose coast lies just seven miles from Venezuela, held joint exercises with "
         "U.S. Marines on its territory last month.", [("COOPERATE", "TTO", "USA")]),
        ("Caracas responded by suspending a natural gas agreement with Port of Spain.",
         [("SANCTION", "VEN", "TTO")]),
        ("\"We fishermen are afraid to go out now,\" said a 45-year-old boat owner in the Venezuelan town "
         "of Guiria, speaking by telephone.", []),
        ("Legal experts, including former U.S. military lawyers, have questioned whether the strikes comply "
         "with international law.", []),
        ("The U.N. rights office on Tuesday urged the United States to halt the attacks and to investigate "
         "each of the killings.", [("REQUEST", "UNO", "USA")]),
        ("The White House rejected the appeal, saying the president had the authority to defend the country "
         "against narco-terrorists.", [("REJECT", "USA", "UNO")]),
        ("U.S. officials have said privately that the campaign is meant in part to push the Venezuelan "
         "leadership to step down.", []),
        ("Oil analysts said any escalation could disrupt Venezuelan crude exports, which go mainly to China.",
         []),
        ("The U.S. Senate is expected to vote next week on a resolution that would bar further military "
         "action against Venezuela without congressional approval.", []),
    ]),
    ("central-america-deportations", [
        ("A flight carrying 135 Guatemalans deported from the United States landed in Guatemala City on "
         "Wednesday, the first of six such flights this week, Guatemala's migration institute said.",
         [("COERCE", "USA", "GTM")]),
        ("Removals to Central America have risen sharply this year as the U.S. administration pursues what "
         "it calls the largest deportation operation in the country's history.", []),
        ("Guatemala has received more than 60,000 deportees from the United States since January, according "
         "to official figures.", []),
        ("At the airport, returnees usually receive a hot meal, a phone call and a small sum for bus fare "
         "from Red Cross volunteers and government social workers.", []),
        ("\"I spent eleven years in Houston, and now I come back with nothing,\" said Edwin Cac, 34, who "
         "worked in construction.", []),
        ("In February 2025, Guatemala agreed to receive deported migrants from third countries and to "
         "increase the number of flights by 40 percent.", []),
        ("On Tuesday, Honduras's foreign minister met U.S. Homeland Security officials in Tegucigalpa to "
         "discuss the treatment of deportees, the ministry said.", [("CONSULT", "HND", "USA")]),
        ("Honduran officials asked Washington to give more notice before flights and to stop shackling "
         "deportees during the journey.", [("REQUEST", "HND", "USA")]),
        ("An embassy spokesman said the flights meet international standards.", []),
        ("Mexico has kept about 10,000 National Guard troops on its northern border since February under an "
         "arrangement with Washington.", []),
        ("Crossings at the U.S.-Mexico border have fallen to their lowest level since the 1960s, U.S. "
         "border statistics show.", []),
        ("Human Rights Watch accused U.S. immigration authorities of holding some deportees in overcrowded "
         "facilities for weeks without access to lawyers.", [("ACCUSE", "NGO", "USA")]),
        ("Remittances from migrants in the United States make up nearly a fifth of Guatemala's economic "
         "output.", []),
        ("Economists warn that a sustained drop in remittances could push thousands of families into "
         "poverty.", []),
        ("El Salvador last month accepted a second group of Venezuelan deportees under a separate deal with "
         "Washington.", [("COOPERATE", "SLV", "USA")]),
    ]),
    ("haiti-aid-workers-freed", [
        ("Kidnappers in Haiti freed seven Canadian and Dominican aid workers on Saturday after holding them "
         "for nearly three weeks, their charity said.", [("RETREAT", "HTI", "CAN")]),
        ("The workers, who ran a children's clinic outside the town of Croix-des-Bouquets, were abducted on "
         "the road back from a vaccination campaign on Nov. 9.", [("ASSAULT", None, "CAN")]),
        ("It was unclear if any money changed hands to secure their freedom.", []),
        ("Canada's foreign minister thanked Haitian police and the multinational mission for their help in "
         "securing the release.", [("SUPPORT", "CAN", "HTI")]),
        ("The 400 Mawozo gang, which was behind the 2021 abduction of 17 American and Canadian "
         "missionaries, is suspected in the kidnapping.", []),
        ("Kidnappings for ransom in Haiti rose about 30 percent from January through September, a U.N. "
         "report found.", []),
        ("Victims have included doctors, schoolchildren and pastors, and families often sell land or homes "
         "to raise money.", []),
        ("\"My mother prayed every night until we heard they were free,\" said the older sister of a freed "
         "Dominican nurse.", []),
        ("The two Dominican workers flew home on Sunday aboard a military aircraft.", []),
        ("The clinic, which treated about 200 children a week, has been closed since the abduction.", []),
        ("Doctors Without Borders said on Friday that gunmen had opened fire on one of its ambulances in "
         "the capital, wounding a nurse.", [("ASSAULT", None, "NGO")]),
        ("The U.N. humanitarian office says 5.7 million Haitians, about half the population, do not have "
         "enough to eat.", []),
        ("The World Food Program handed out emergency rations to 40,000 displaced people in the capital "
         "this week.", [("AID", "UNO", "HTI")]),
        ("Aid workers say gangs now control most of the main roads out of Port-au-Prince, forcing agencies "
         "to move supplies by helicopter or boat.", []),
        ("Haiti's transitional council is expected to name a new electoral commission by late December.", []),
    ]),
]


FLOORS = {"precision": 0.8, "recall": 0.83, "actor_precision": 0.71, "max_per_empty": 0.12}
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
