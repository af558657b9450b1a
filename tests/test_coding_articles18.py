"""The eighteenth blind article batch: whole articles the coder has never seen, scored sentence by sentence.

Written on 2026-12-01 before the coder was run on any of it. Theme: West and Central Africa over one week, in
the style of Reuters, AFP and VOA: bandit kidnappings, army raids and a deadly air strike in Nigeria's
northwest, Cameroon's Anglophone separatists (an ambush, a school lockdown, arrests), the juntas of Niger,
Mali and Burkina Faso and their break with ECOWAS (an import levy, a suspended channel, an expelled UN agency
head, arrests in Niamey, uranium from a nationalised mine), talks in Doha between Congo and the M23 rebels
and a handover of captured soldiers, Senegal's debt dispute with the IMF, Ghana's crackdown on illegal gold
mining, and Chad's local elections and its border with Sudan, with many acts told by army spokesmen and
ministries, figures that differ between sources, and quotes from residents. About half the sentences carry
no act that happened (quotes, background, statistics, forecasts, descriptions).

Conventions: each sentence lists every event that happened as told in it (asserted, or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is AGREE, a
threat THREATEN, a demand or appeal REQUEST, a signed agreement SUPPORT, a released prisoner or hostage
RETREAT, an abduction ASSAULT, an election boycott PROTEST, a curfew, lockdown or internet cut COERCE; the
content of a promise, threat, demand or accusation is not a second event. Planned, hypothetical, conditional
and denied acts, acts more than about a year old, habitual or generic statements, tallies, opinions and
forecasts are not listed. Codes are ISO country codes for a state's government, forces, people or groups alike
(the M23 rebels are COD, the RSF is SDN, gunmen and bandits in Nigeria are NGA, Orano is FRA), UNO for the
United Nations and its agencies, EUR for the European Union, IGO for other intergovernmental bodies (ECOWAS,
the IMF, the African Union, ECCAS), NGO for non-governmental groups (Amnesty, Human Rights Watch); the actor
is None where the sentence names no doer; joint acts give the first party as actor and the second as
recipient.

Scoring: per sentence, the coded events that happened (asserted or reported) are matched against the gold by
type, one to one; precision, recall, actor precision (a matched type whose coded actors include the gold
actor) and the events coded per sentence with no act are checked against FLOORS.

Every text was checked with /tmp/ew/overlap_art.py for six-word runs shared with the gold, seed, news, demo
corpus and tests, and none was found.

FIRST RUN, held back and never read (written by a helper at the start of the tenth 2026-12-01 session): run
once at its start, on its starting code (d20d017, whose code is 0d30f2e), and once at its end, on its final
code (d64cb5d): **precision 0.673, recall 0.769**, actor precision 0.606, 0.215 events per sentence with no
act, on both.
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
    ("nga-zamfara-raid", [
        ("Gunmen abducted at least 43 villagers, mostly women and young children, when they stormed a farming hamlet "
         "overnight in Nigeria's northwestern Zamfara state, police and residents said on Tuesday.",
         [("ASSAULT", "NGA", "NGA")]),
        ("The gunmen rode in on motorcycles soon after midnight and moved through the hamlet house by house with "
         "torches, according to two residents reached by telephone.", []),
        ("A police spokesman put the number of people taken at 43, while a local council official said more than 60 "
         "were still unaccounted for.", []),
        ("'We are tired of burying people and begging for ransom,' said Lawal Sani, a 56-year-old millet farmer "
         "whose two daughters are among the missing.", []),
        ("Hours later, the Nigerian army said its troops, backed by air force jets, had raided several bandit camps "
         "in the nearby Tsafe forest and killed 27 fighters.", [("ASSAULT", "NGA", "NGA")]),
        ("An army spokesman, Brigadier General Musa Danladi, told reporters in Abuja that none of the captives had "
         "been found in the camps.", []),
        ("The army's figure could not be checked independently, and a community leader in Tsafe said several of the "
         "dead were herders with no links to the gangs.", []),
        ("Authorities in Zamfara ordered residents of three local government areas to stay indoors from dusk until "
         "dawn and shut weekly markets, which officials say the gangs use to buy fuel and food.",
         [("COERCE", "NGA", "NGA"), ("COERCE", "NGA", "NGA")]),
        ("Armed gangs, which Nigerians call bandits, have kidnapped thousands of people across the northwest in "
         "recent years, often holding them in forest hideouts for weeks.", []),
        ("A Lagos-based risk consultancy estimated in a report this year that families had paid more than $1.5 "
         "million in ransoms between January and June alone.", []),
        ("Amnesty International denounced the raid and pressed the authorities to do more to protect rural "
         "communities, which it said had been left 'at the mercy of gunmen'.",
         [("ACCUSE", "NGO", "NGA"), ("REQUEST", "NGO", "NGA")]),
        ("In a statement, the presidency pledged to bring the captives home safely and said extra troops had been "
         "sent to the area.", [("AGREE", "NGA", "NGA"), ("MOBILIZE", "NGA", None)]),
        ("Nigeria's security forces are stretched thin, fighting jihadist insurgents in the northeast, separatist "
         "militants in the southeast and bandits in the northwest.", []),
        ("Analysts say ransom payments have turned kidnapping into a lucrative trade that draws in young men with "
         "few other prospects.", []),
        ("In February 2021, gunmen seized 279 schoolgirls from a boarding school in Jangebe, also in Zamfara, and "
         "released them days later.", []),
        ("Local vigilante groups said they would join soldiers in searching the forest for the missing villagers "
         "from Wednesday.", [("AGREE", "NGA", "NGA")]),
    ]),
    ("cmr-anglophone-ambush", [
        ("Separatist fighters killed four soldiers in an ambush on a military convoy near Bamenda, the main city of "
         "Cameroon's English-speaking Northwest region, on Sunday, the defence ministry said.",
         [("ASSAULT", "CMR", "CMR")]),
        ("The ministry said troops returned fire and 'neutralised' six of the attackers, a word the army routinely "
         "uses for killing.", [("ASSAULT", "CMR", "CMR")]),
        ("A separatist spokesman, speaking to AFP from abroad, gave a different toll, saying one fighter had died "
         "and that at least nine soldiers had been killed.", []),
        ("The violence came days before the start of a new school term, which separatists have repeatedly tried to "
         "disrupt by declaring lockdowns in the two Anglophone regions.", []),
        ("On Monday, one of the main separatist groups declared a two-week lockdown across the region and warned "
         "that parents who sent children to school would be 'dealt with'.",
         [("COERCE", "CMR", "CMR"), ("THREATEN", "CMR", "CMR")]),
        ("Markets, shops and taxi ranks in Bamenda were largely deserted on Tuesday, a resident said.", []),
        ("'Each side says it is protecting us, but my children have not sat in a classroom for three years,' said "
         "Grace Ndum, a 38-year-old hairdresser in the city.", []),
        ("The conflict erupted in 2017 after security forces cracked down on peaceful protests by lawyers and "
         "teachers who complained of marginalisation by the French-speaking majority.", []),
        ("More than 6,000 people have been killed and over 600,000 displaced, according to the International Crisis "
         "Group.", []),
        ("A government spokesman said the army had arrested 11 suspected separatists and seized weapons and "
         "ammunition during searches in the Momo division on Monday.",
         [("COERCE", "CMR", "CMR"), ("COERCE", "CMR", "CMR")]),
        ("Human Rights Watch accused both sides of abuses and called on the government to investigate reports that "
         "soldiers had burned homes in a village near Kumbo last month.",
         [("ACCUSE", "NGO", "CMR"), ("REQUEST", "NGO", "CMR")]),
        ("The government has in the past rejected such allegations, saying its forces act within the law.", []),
        ("Efforts to start peace talks, including a Swiss-led initiative announced in 2019 and a Canadian attempt in "
         "2023, have stalled.", []),
        ("The Catholic archbishop of Bamenda appealed on Tuesday for both sides to let children return to school in "
         "safety.", [("REQUEST", "CMR", "CMR")]),
        ("Analysts say the separatist movement has splintered into dozens of armed groups, some of which now make "
         "money from kidnapping for ransom.", []),
    ]),
    ("sahel-ecowas-levy", [
        ("The military governments of Niger, Mali and Burkina Faso on Thursday imposed a 0.5% levy on goods imported "
         "from ECOWAS member states, deepening their break with the West African bloc.", [("SANCTION", "NER", "IGO")]),
        ("A joint statement read on state television in Niamey said the money would fund the Alliance of Sahel "
         "States, the confederation the three juntas set up in 2024.", []),
        ("The three countries completed their exit from ECOWAS in January 2025, a year after announcing their "
         "withdrawal.", []),
        ("An ECOWAS spokesman criticised the levy as harmful to ordinary traders and urged the three governments to "
         "honour commitments on the free movement of goods.", [("ACCUSE", "IGO", "NER"), ("REQUEST", "IGO", "NER")]),
        ("At a border post near Malanville, in northern Benin, lorry drivers said queues had grown since word of the "
         "levy began circulating last week.", []),
        ("'We pay at every checkpoint already, and now we will pay again,' said Issoufou Garba, a 47-year-old driver "
         "hauling onions to Cotonou.", []),
        ("Relations between Niger and Benin have been strained since the July 2023 coup in Niamey, which ECOWAS "
         "answered with sanctions and a threat of military intervention.", []),
        ("On Wednesday, Niger's junta accused France of plotting with 'certain neighbouring states' to destabilise "
         "the country, an accusation Paris has repeatedly dismissed.", [("ACCUSE", "NER", "FRA")]),
        ("In Bamako, Malian authorities suspended the broadcasts of a Paris-based television channel for three "
         "months over its coverage of fuel shortages.", [("COERCE", "MLI", "FRA")]),
        ("Islamist fighters linked to al Qaeda have for months been attacking fuel convoys on the roads into the "
         "Malian capital.", []),
        ("The army in Burkina Faso said on Friday that its drones had hit a column of fighters near the eastern town "
         "of Diapaga, killing 'dozens of terrorists'.", [("ASSAULT", "BFA", "BFA")]),
        ("Neither the toll nor the location could be confirmed, as few journalists are able to work outside the "
         "capital Ouagadougou.", []),
        ("Western diplomats say the Sahel governments have moved closer to Russia, whose paramilitary units now "
         "operate in Mali and Burkina Faso.", []),
        ("ECOWAS heads of state are scheduled to gather in Abuja on Dec. 14 to discuss relations with the three "
         "states, according to a draft agenda seen by Reuters.", []),
        ("'The door remains open,' the ECOWAS spokesman said, adding that the bloc remained willing to keep talking "
         "with all three governments.", [("AGREE", "IGO", "NER")]),
    ]),
    ("cod-m23-doha", [
        ("Negotiators for Kinshasa and the M23 insurgents sat down again in Doha on Monday for talks aimed at "
         "turning a shaky ceasefire into a lasting peace deal, Qatari mediators said.", [("CONSULT", "COD", "COD")]),
        ("The two sides signed a declaration of principles in the Qatari capital in 2025, but fighting has continued "
         "in parts of North and South Kivu provinces.", []),
        ("A spokesman for the rebels said their delegation had come 'in good faith' but accused the army and allied "
         "militias of bombing rebel positions near Masisi at the weekend.", [("ACCUSE", "COD", "COD")]),
        ("Congo's army said its troops had only been protecting civilians.", []),
        ("The fighting near Masisi has forced about 12,000 people from their homes since Friday, according to the UN "
         "refugee agency.", []),
        ("The agency said it had delivered tents, blankets and cooking pots to 4,000 families sheltering in schools "
         "and churches in the area.", [("AID", "UNO", "COD")]),
        ("M23, which Congo, the United States and UN experts say is backed by Rwanda, captured Goma and Bukavu, "
         "eastern Congo's two biggest cities, early last year.", []),
        ("Rwanda has always denied supplying the rebels and describes its own military measures as defensive, aimed "
         "at Hutu militias that include perpetrators of the 1994 genocide.", []),
        ("In Goma, residents said the price of maize flour and charcoal had doubled since the banks closed, forcing "
         "many families to eat once a day.", []),
        ("'We want peace, but we also want to know who will pay our salaries,' said Jeanine Mapendo, a 29-year-old "
         "nurse whose clinic has received no state funding for months.", []),
        ("A Qatari foreign ministry official said the two delegations had agreed on a prisoner swap to be supervised "
         "by the ICRC.", [("AGREE", "COD", "COD")]),
        ("The rebels handed 14 captured government soldiers over to Red Cross staff in Goma on Tuesday as a goodwill "
         "gesture, the ICRC said.", [("RETREAT", "COD", "COD")]),
        ("Washington praised the handover and urged both parties to respect the ceasefire and let aid through.",
         [("SUPPORT", "USA", "COD"), ("REQUEST", "USA", "COD")]),
        ("The United States brokered a separate agreement between Congo and Rwanda in June 2025 that provides for "
         "the withdrawal of Rwandan troops from Congolese territory.", []),
        ("Diplomats say the next round, expected in January, will focus on disarmament and the return of state "
         "officials to rebel-held towns.", []),
    ]),
    ("sen-imf-debt", [
        ("Senegal's government on Wednesday rejected an International Monetary Fund call to restructure its debt, "
         "saying the country could meet its obligations without imposing losses on creditors.",
         [("REJECT", "SEN", "IGO")]),
        ("The prime minister told lawmakers in Dakar that a restructuring would hurt ordinary Senegalese far more "
         "than foreign bondholders.", []),
        ("The IMF froze its lending programme with Senegal in 2024 after the new government revealed that its "
         "predecessor had understated debt and deficit figures for years.", []),
        ("An audit later put public debt at close to 120% of gross domestic product, far above the figure previously "
         "reported.", []),
        ("An IMF team ended a two-week visit to Dakar on Tuesday, saying talks on a new programme had made progress "
         "but that 'important differences remain'.", [("CONSULT", "IGO", "SEN")]),
        ("Senegal's dollar bonds fell by about 3 cents on the dollar after the government's statement, according to "
         "traders.", []),
        ("Finance ministry officials said the country had raised the equivalent of $530 million on the regional bond "
         "market last month to cover maturing debt.", []),
        ("Analysts at a London investment bank wrote in a note that a restructuring now looked likely within a year "
         "whatever the government says.", []),
        ("'They are trying to show strength before the next round of talks,' a Dakar-based economist said of the "
         "government.", []),
        ("In the Colobane market, traders said the debt row felt distant from their daily worries about the price of "
         "rice and cooking gas.", []),
        ("'Debt, IMF, bonds, we hear the words on the radio, but what we see is that a sack of rice costs more every "
         "month,' said Aminata Diop, a 52-year-old fabric seller.", []),
        ("On Thursday, France's development agency disbursed a loan of 150 million euros to support Senegal's "
         "budget, the French embassy said.", [("AID", "FRA", "SEN")]),
        ("Senegal's finance minister met representatives of bondholders in London last week to reassure them, "
         "according to two people who attended.", [("CONSULT", "SEN", None)]),
        ("The IMF's executive board is expected to discuss Senegal early next year.", []),
        ("In a televised address on Thursday evening, Senegal's president appealed to citizens for patience and "
         "promised that spending on schools and hospitals would be protected.",
         [("REQUEST", "SEN", "SEN"), ("AGREE", "SEN", "SEN")]),
    ]),
    ("gha-galamsey-crackdown", [
        ("Ghanaian soldiers and police arrested 312 people and seized 48 excavators in a week-long operation against "
         "illegal gold mining in the Ashanti and Western regions, the lands ministry said on Monday.",
         [("COERCE", "GHA", "GHA"), ("COERCE", "GHA", "GHA")]),
        ("The ministry said the task force had also destroyed dozens of dredging boats on the Pra and Ankobra "
         "rivers, which have turned brown with mud and mercury.", [("COERCE", "GHA", "GHA")]),
        ("Illegal mining, known locally as galamsey, employs hundreds of thousands of people but has poisoned water "
         "supplies and destroyed cocoa farms.", []),
        ("Ghana's state water utility said in October that it had been forced to shut three treatment plants because "
         "river water was too polluted to treat.", []),
        ("The crackdown follows pressure from unions and church groups, which first marched through Accra in 2024 "
         "demanding a ban on all mining in forest reserves.", []),
        ("On Friday, the Trades Union Congress and the main teachers' union threatened a nationwide strike if the "
         "government did not revoke licences for mining in forest reserves within a month.",
         [("THREATEN", "GHA", "GHA")]),
        ("The lands minister told reporters that the government would not declare a state of emergency in mining "
         "areas, as the unions have demanded, saying the army operation was already working.",
         [("REJECT", "GHA", "GHA")]),
        ("In Dunkwa-on-Offin, a mining town on the Offin river, some residents said the operation was overdue while "
         "others said it had taken away their only income.", []),
        ("'I have four children to feed, and the cocoa farm my father left me is now a pit,' said Kwabena Asare, 31, "
         "who has worked at a galamsey site for five years.", []),
        ("Police said 19 of those detained were foreign nationals, including Chinese and Burkinabe citizens.", []),
        ("China's embassy in Accra urged its citizens to obey Ghanaian law and said it had asked the authorities to "
         "treat detained Chinese nationals fairly.", [("REQUEST", "CHN", "CHN"), ("REQUEST", "CHN", "GHA")]),
        ("In 2023, a Chinese businesswoman dubbed the 'galamsey queen' by local media was sentenced to four and a "
         "half years in prison and later deported.", []),
        ("Gold accounts for more than half of Ghana's export earnings, and record prices this year have drawn even "
         "more people into small-scale mining.", []),
        ("An environmental scientist at the University of Ghana said it could take decades for the worst-affected "
         "rivers to recover.", []),
        ("The army said the operation would be extended to the Eastern region next week.", [("AGREE", "GHA", None)]),
    ]),
    ("tcd-sdn-border", [
        ("Shells fired by Rapid Support Forces fighters, who have battled the Sudanese army since 2023, landed in "
         "Tine, a town on the Chadian side of the border, on Saturday, killing two civilians, Chad's government "
         "said.", [("ASSAULT", "SDN", "TCD")]),
        ("The government said it had sent additional troops to the frontier and placed its forces in Wadi Fira "
         "province on high alert.", [("MOBILIZE", "TCD", None), ("MOBILIZE", "TCD", None)]),
        ("An RSF commander blamed the Sudanese army for the shelling, saying army drones had targeted RSF positions "
         "near the crossing.", [("ACCUSE", "SDN", "SDN")]),
        ("Sudan's army-aligned government has long accused Chad of letting weapons for the RSF pass through its "
         "territory, a charge N'Djamena denies.", []),
        ("Chad hosts more than 1.2 million refugees from Sudan, the bulk of them in crowded camps along its eastern "
         "frontier.", []),
        ("Aid workers in the Tine area said several hundred people had crossed into Chad since Saturday, most of "
         "them women with young children.", []),
        ("'We ran with nothing, not even water,' said Hawa Abakar, a 45-year-old mother of six who walked across the "
         "dry riverbed that marks the border.", []),
        ("The World Food Programme has started flying high-energy biscuits to the camps, a spokesperson said, but "
         "its funding for Chad will run out in February.", [("AID", "UNO", "TCD")]),
        ("Chad's President Mahamat Idriss Deby discussed the border situation in a phone call on Sunday with the AU "
         "Commission chairperson, his office said.", [("CONSULT", "TCD", "IGO")]),
        ("The African Union said the fighting around Tine must stop at once and demanded respect for Chad's "
         "territorial integrity.", [("REQUEST", "IGO", "SDN")]),
        ("Chad ended its defence cooperation agreement with France in late 2024, and the last French troops left the "
         "country in January 2025.", []),
        ("Analysts say N'Djamena is walking a fine line, because the president's own Zaghawa community has close "
         "ties to fighters on the Sudanese side of the border.", []),
        ("A Sudanese army spokesman said on Sunday that its air force had struck RSF supply lines near the Chadian "
         "border, destroying several vehicles.", [("ASSAULT", "SDN", "SDN")]),
        ("Sudan's war, which broke out in April 2023, has killed many thousands and produced what the UN describes "
         "as the world's largest displacement crisis.", []),
        ("A Chadian official said the government was studying whether to raise the shelling at the UN Security "
         "Council.", []),
    ]),
    ("tcd-local-vote", [
        ("Chadians voted on Sunday in local and provincial elections boycotted by the main opposition party, with "
         "turnout appearing low in the capital N'Djamena.", [("PROTEST", "TCD", "TCD")]),
        ("Polling stations visited by AFP reporters in the Chagoua district were almost empty by midday.", []),
        ("The opposition Transformers party, whose leader Succes Masra was sentenced to 20 years in prison in August "
         "2025, had urged supporters to stay at home.", [("REQUEST", "TCD", "TCD")]),
        ("'Why should I vote when the results are written before we even queue?' said Ali Mahamat, a 26-year-old "
         "motorbike taxi driver.", []),
        ("Police used tear gas against dozens of young people who were burning tyres in the Walia neighbourhood, "
         "witnesses said.", [("ASSAULT", "TCD", "TCD"), ("PROTEST", "TCD", "TCD")]),
        ("The interior ministry said 37 people had been arrested across the country for 'disturbing public order'.",
         [("COERCE", None, "TCD")]),
        ("Mobile internet was cut in N'Djamena for several hours on Sunday afternoon, according to an internet "
         "monitoring group.", [("COERCE", None, "TCD")]),
        ("The electoral agency said provisional results would be announced within 10 days.", []),
        ("Chad's ruling Patriotic Salvation Movement won a large majority in the December 2024 legislative "
         "elections, which much of the opposition also boycotted.", []),
        ("Deby took power in 2021 after his father, who had ruled for three decades, was killed while visiting "
         "troops fighting rebels in the north.", []),
        ("The European Union criticised the restrictions on the opposition in a statement on Monday and called for "
         "the release of political detainees.", [("ACCUSE", "EUR", "TCD"), ("REQUEST", "EUR", "TCD")]),
        ("A government spokesman rejected the EU's remarks, calling them meddling in Chad's internal affairs.",
         [("REJECT", "TCD", "EUR")]),
        ("Observers sent by ECCAS, the Central African regional bloc, praised the calm conduct of the vote in a "
         "preliminary statement.", [("SUPPORT", "IGO", "TCD")]),
        ("Analysts expect the vote to tighten the ruling party's grip on local councils, which manage land disputes "
         "and market fees.", []),
        ("In Abeche, in the east, some voters said the fighting across the border in Sudan worried them more than "
         "the election.", []),
    ]),
    ("nga-sokoto-airstrike", [
        ("A Nigerian military air strike killed at least 16 civilians in a village in Sokoto state on Wednesday, "
         "residents and a local lawmaker said, the latest of several such incidents in the northwest.",
         [("ASSAULT", "NGA", "NGA")]),
        ("The air force said it had struck a gathering of Lakurawa militants in the area and had launched an "
         "investigation into reports of civilian deaths.", [("ASSAULT", "NGA", "NGA")]),
        ("'My brother went to sell onions and we buried him in pieces,' said Bello Umar, 40, who said he had helped "
         "dig graves for 14 people.", []),
        ("Amnesty International says hundreds of civilians have been killed in military air strikes in Nigeria since "
         "2017.", []),
        ("In December 2023, a drone strike on a religious gathering in Tudun Biri, in Kaduna state, killed about 85 "
         "people.", []),
        ("The Lakurawa, which the government declared a terrorist group early last year, has attacked herders and "
         "farming villages along the border with Niger.", []),
        ("Sokoto's governor visited the village on Thursday and promised compensation for the families of the dead.",
         [("CONSULT", "NGA", "NGA"), ("AGREE", "NGA", "NGA")]),
        ("Several hundred residents blocked the main road to Sokoto city for hours on Thursday, holding placards "
         "that read 'We are not terrorists'.", [("PROTEST", "NGA", "NGA")]),
        ("Police said officers had persuaded the crowd to disperse without violence.", []),
        ("Nigeria's military has increasingly relied on air power in the northwest, using aircraft bought from the "
         "United States, Italy and Brazil.", []),
        ("In Abuja, lawmakers from the northwest called on the National Assembly to open a public inquiry into the "
         "strike.", [("REQUEST", "NGA", "NGA")]),
        ("Nigeria's defence minister apologised to the victims' families on Friday but defended the air campaign as "
         "necessary to protect villages from armed groups.", [("SUPPORT", "NGA", "NGA")]),
        ("Residents say both bandits and Lakurawa fighters often hide among civilians in the scattered hamlets near "
         "the border.", []),
        ("'We are caught between the bandits, the jihadists and the planes,' said Sani, a 61-year-old cattle trader "
         "who withheld his surname for fear of reprisals.", []),
        ("The army said in 2024 it had changed its targeting procedures after the Tudun Biri strike.", []),
    ]),
    ("nga-katsina-freed", [
        ("Thirty-eight worshippers held by bandits in Nigeria's Katsina state for two weeks were freed on Saturday, "
         "state officials said.", [("RETREAT", "NGA", "NGA")]),
        ("The state government insisted that it had paid no ransom, but two relatives of the captives told Reuters "
         "that families had together raised 60 million naira ($41,000).", []),
        ("The worshippers, among them 11 women and an elderly imam, were seized during dawn prayers at a mosque in "
         "the Faskari area on Nov. 15.", [("ASSAULT", None, "NGA")]),
        ("The freed captives were examined at a hospital in Katsina city, and several appeared weak and thin in "
         "footage shown on local television.", []),
        ("'For two weeks we slept on the ground under the trees and prayed every night,' said one of the freed "
         "worshippers, a 33-year-old tailor.", []),
        ("Katsina officials have in the past struck local peace deals with bandit leaders, offering cash and amnesty "
         "in return for freeing captives and halting attacks.", []),
        ("Critics say such deals rarely last and give the gangs time to rearm.", []),
        ("In a separate attack on Friday, gunmen killed nine people and abducted about 20 others in a village in "
         "neighbouring Zamfara, police said.", [("ASSAULT", "NGA", "NGA"), ("ASSAULT", "NGA", "NGA")]),
        ("The army said troops responding to a distress call had rescued 12 of the abducted villagers after a "
         "gunfight with the kidnappers in the Dansadau forest.", [("ASSAULT", "NGA", "NGA")]),
        ("Police in Kaduna state said they had arrested a suspected ransom courier carrying 15 million naira in cash "
         "at a checkpoint on the Abuja-Kaduna highway.", [("COERCE", "NGA", "NGA")]),
        ("Nigeria made paying ransoms a crime in 2022, but the law is rarely enforced and families often have no "
         "other way to get relatives back.", []),
        ("A 2024 survey by the National Bureau of Statistics estimated that Nigerians paid about 2.2 trillion naira "
         "in ransoms in the 12 months to April 2024.", []),
        ("The U.S. embassy in Abuja welcomed the release of the worshippers and urged the government to bring the "
         "kidnappers to justice.", [("SUPPORT", "USA", "NGA"), ("REQUEST", "USA", "NGA")]),
        ("On Friday, families of 23 people still held by gangs in Faskari marched to the governor's office carrying "
         "photographs of their relatives.", [("PROTEST", "NGA", "NGA")]),
        ("The governor's spokesman said the state would spare no effort to bring them home.",
         [("AGREE", "NGA", "NGA")]),
    ]),
    ("mli-unicef-fuel", [
        ("Mali's military government on Monday expelled the head of the UN children's agency in Bamako, accusing her "
         "of publishing 'false figures' on child malnutrition, the foreign ministry said.",
         [("SANCTION", "MLI", "UNO"), ("ACCUSE", "MLI", "UNO")]),
        ("A UNICEF report last week said about 1.2 million children under five in Mali were acutely malnourished, "
         "many of them in areas cut off by fighting.", []),
        ("A UNICEF spokesperson in Geneva said the agency had not yet received official notice of the decision.", []),
        ("The expulsion follows a string of measures by the junta against foreign organisations it accuses of "
         "undermining the country.", []),
        ("In 2023, Mali ordered the UN peacekeeping mission, MINUSMA, to leave the country after a decade of "
         "deployment.", []),
        ("Separately, the army said it had killed a senior commander of the al Qaeda-linked JNIM group in a drone "
         "strike near Nioro du Sahel on Saturday.", [("ASSAULT", "MLI", "MLI")]),
        ("JNIM, whose fighters have been targeting fuel tankers on the main roads into Bamako, did not comment.", []),
        ("Queues at filling stations in Bamako stretched for several kilometres on Monday, and many motorbike taxis "
         "stood idle.", []),
        ("'I have slept in my taxi for two nights waiting for 20 litres,' said Moussa Traore, a 41-year-old driver.",
         []),
        ("The fuel shortage has forced many schools, workshops and small businesses to close in recent weeks.", []),
        ("Russia donated a shipment of diesel to Mali on Sunday, Mali's energy ministry said, without giving the "
         "volume.", [("AID", "RUS", "MLI")]),
        ("Niger and Burkina Faso also sent fuel tankers to Bamako as a gesture of solidarity, the Alliance of Sahel "
         "States said.", [("AID", "NER", "MLI")]),
        ("Relations between Mali and neighbouring Algeria have been frozen since April 2025, when the two countries "
         "recalled their ambassadors after Algeria shot down a Malian drone.", []),
        ("Analysts say the junta's hold on the capital is not under immediate threat but that the blockade has "
         "exposed the limits of its security strategy.", []),
        ("The European Union's representative in Bamako said the bloc had asked the authorities to let aid agencies "
         "keep working freely.", [("REQUEST", "EUR", "MLI")]),
    ]),
    ("ner-arrests-uranium", [
        ("Niger's military government arrested a former oil minister and two senior officials of the state oil "
         "company on corruption charges, state television reported on Wednesday.", [("COERCE", "NER", "NER")]),
        ("The arrests come as the junta tries to raise revenue from crude exported through a pipeline to Benin that "
         "was completed in 2024.", []),
        ("Exports through the pipeline were halted for months in 2024 during a border dispute between Niger and "
         "Benin.", []),
        ("A lawyer for the former minister said his client had been taken from his home in Niamey at night without a "
         "warrant.", [("COERCE", None, "NER")]),
        ("'My client has nothing to hide and will answer every question,' the lawyer said by telephone.", []),
        ("Niger's mines ministry said on Tuesday that a first convoy of uranium concentrate from the nationalised "
         "Somair mine had left the northern town of Arlit, without naming a buyer.", []),
        ("French nuclear group Orano, which lost control of the mine when the junta nationalised it in 2025, said "
         "the shipment violated a ruling by an international arbitration tribunal.", [("ACCUSE", "FRA", "NER")]),
        ("The tribunal, part of the World Bank group, ordered Niger in September 2025 not to sell uranium from the "
         "mine while the dispute was pending.", []),
        ("Russian state companies have expressed interest in Niger's uranium, according to officials in Niamey.", []),
        ("In Niamey, residents said blackouts of as long as 12 hours had become routine in recent weeks.", []),
        ("'We hear about uranium and oil every day, but we still sit in the dark,' said Hassane Moumouni, 62, a "
         "retired teacher.", []),
        ("Niger's junta leader, General Abdourahamane Tiani, received a delegation from Turkey's defence industry on "
         "Monday, the presidency said.", [("CONSULT", "NER", "TUR")]),
        ("Turkey has sold armed drones to Niger, Mali and Burkina Faso, which the juntas use against jihadist "
         "groups.", []),
        ("Human rights groups have criticised the junta for detaining journalists and opponents without trial, among "
         "them former President Mohamed Bazoum, held since the July 2023 coup.", []),
    ]),
]

FLOORS = {"precision": 0.67, "recall": 0.73, "actor_precision": 0.59, "max_per_empty": 0.22}
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
