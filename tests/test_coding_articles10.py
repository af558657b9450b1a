"""The tenth blind article batch: whole news articles the coder had never seen, coded sentence by sentence.

Written on 2026-12-01, before the coder was run on any of it, by a writer who had not read the coder's code,
data, tests or output. Theme: the Middle East and North Africa over one week, in the style of AFP and VOA:
ceasefire talks in Cairo on Gaza, UN nuclear inspectors in Iran, a deal between Libya's rival governments,
Sudan's war and a blocked aid convoy in Darfur, a Houthi missile attack on a ship in the Red Sea and the naval
and air response, Syrian refugees going home, a lawyer and a commentator arrested in Tunisia, an
Omani-brokered prisoner swap, Israeli strikes in southern Lebanon, a row between Iraq and Turkey over drone
strikes, and a prisoner exchange in Yemen. Each article has a lead with the main act, then background,
reactions, quotes from officials and ordinary people, figures, history, analysts' views and what happens next;
more than half the sentences hold no act that happened.

Conventions: each sentence lists every event that happened as told in it (asserted, or reported by a source),
one (PLOVER type, actor code, recipient code) per act. A promise, offer or announced intention is itself an
AGREE, a threat a THREATEN, a demand or appeal a REQUEST; the content of a promise, threat, demand or
accusation is not listed as a separate event. Planned, hypothetical, conditional and denied acts, acts more
than about a year before the story, habitual or generic statements, statistics and tallies, opinions and
forecasts are not events. Codes: ISO three-letter codes for a state's government, forces, people or groups
alike (Hamas PSE, the Houthis YEM, the RSF SDN); the UN and its agencies (IAEA, WFP, UNHCR, UNIFIL) UNO; the
EU EUR; other intergovernmental bodies (Arab League) IGO; NGOs (Amnesty, Human Rights Watch) NGO. The actor is
None where the sentence names no doer; the recipient None where there is no target. Joint acts give the first
party as actor and the second as recipient. The gold is conservative: only acts a careful analyst would code.

Scoring: per sentence, the coded events that happened (modality asserted or reported, by the start of their
trigger) against the gold: precision, recall, actor precision, and the number of coded events per sentence
with no act. Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests
(with /tmp/ew/overlap_art.py) and none was found.

FIRST RUN, on commit 5425fe5 (the fifth 2026-12-01 session's starting coder; no coding rule had changed yet):
precision 0.782, recall 0.810, actor precision 0.747, 0.131 events per sentence with no act. Held back: only
these figures were printed; no article's coding was read.

HELD-BACK RUN, at the end of the fifth 2026-12-01 session, on commit 7fdf750 (its final coder), beside the
session's starting coder 24820a3: precision 0.782, recall 0.810, actor precision 0.747, 0.131 events per
sentence with no act, the same on both.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: precision 0.782, recall 0.810, actor precision 0.747, 0.131 events per
sentence with no act, the same on both. Its misses were not printed or read.
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
    ("mena-cairo-gaza-truce-talks", [
        ("Egyptian intelligence officials held talks with an Israeli delegation in Cairo on Sunday "
         "as mediators pressed to extend a shaky truce in Gaza, two Egyptian sources told AFP.",
         [("CONSULT", "EGY", "ISR")]),
        ("A Hamas team is due in the Egyptian capital on Monday, the sources said.", []),
        ("The current pause in fighting has largely held despite sporadic violations that each side "
         "blames on the other.",
         []),
        ("Since the pause began, aid trucks entering the enclave have roughly tripled to about 600 "
         "a day, according to UN figures.",
         []),
        ("Qatar's prime minister and the US secretary of state discussed the talks in a phone call "
         "on Saturday, the Qatari foreign ministry said.",
         [("CONSULT", "QAT", "USA")]),
        ('"The gaps are narrower than they were a month ago, but they are still real," said a '
         "diplomat briefed on the negotiations.",
         []),
        ("Israel's stated position is that the remaining hostages must be freed before any talk of "
         "a second phase, and Hamas has long sought guarantees of a full Israeli pullout.",
         []),
        ("On Saturday, Israeli air strikes killed at least seven people in Khan Younis, according "
         "to the Hamas-run health ministry.",
         [("ASSAULT", "ISR", "PSE")]),
        ("Israel's army said its aircraft had struck militants who approached its troops near the "
         "truce line.",
         [("ASSAULT", "ISR", "PSE")]),
        ("Hamas condemned the strikes as a blatant breach of the truce and urged Egypt and Qatar to "
         "rein in Israel.",
         [("ACCUSE", "PSE", "ISR"), ("REQUEST", "PSE", "EGY")]),
        ("In the southern city of Rafah, families sheltering in tents said they feared the talks "
         "would collapse before winter.",
         []),
        ('"We have buried enough of our children. We only want to sleep without hearing drones," '
         "said Umm Khaled, a 41-year-old mother of five.",
         []),
        ("Analysts say Egypt has strong incentives to keep the talks alive, given the risk of "
         "refugees massing at its border and the loss of Suez Canal revenue.",
         []),
        ("Cairo's earnings from the waterway dropped by over half last year, as shipping firms sent "
         "their vessels around Africa instead.",
         []),
        ("The Arab League's secretary-general on Sunday praised Egypt's efforts and called on the "
         "international community to back a lasting settlement.",
         [("SUPPORT", "IGO", "EGY"), ("REQUEST", "IGO", None)]),
        ("A further round involving American and Israeli intelligence chiefs is planned in Doha "
         "later this month, according to a source familiar with the schedule.",
         []),
    ]),
    ("mena-iaea-inspectors-tehran", [
        ("A team of UN nuclear inspectors arrived in Tehran on Monday to tour an enrichment plant "
         "for the first time in five months, Iran's atomic energy agency said.",
         [("CONSULT", "UNO", "IRN")]),
        ("The International Atomic Energy Agency confirmed the trip, saying its experts would check "
         "equipment at the Fordow facility south of the capital.",
         []),
        ("Inspectors have had only sporadic access to Iranian sites for most of this year.", []),
        ("Iran's foreign minister told reporters that the visit showed Tehran's goodwill, but "
         "warned that it would halt cooperation again if Britain, France and Germany sought a new "
         "resolution censuring it at the agency's board.",
         [("THREATEN", "IRN", "GBR")]),
        ("According to the agency's latest report, Iran holds more than 400 kilograms of uranium "
         "enriched to 60 percent purity, close to weapons grade.",
         []),
        ("Iran says its nuclear program is entirely peaceful.", []),
        ("On Monday, France's foreign ministry welcomed the inspectors' return but called it \"far "
         'from sufficient" and urged Tehran to restore full access to all sites.',
         [("SUPPORT", "FRA", "IRN"), ("REQUEST", "FRA", "IRN")]),
        ("In Washington, a State Department spokesman said it was too early to judge whether the "
         "visit marked a real change.",
         []),
        ("The rial lost more ground on Monday, touching a new bottom against the dollar and "
         "extending losses that have pushed inflation above 40 percent.",
         []),
        ('"Every week prices go up. My salary is the same as two years ago," said Reza, a '
         "36-year-old taxi driver in Tehran who would not let his full name be printed.",
         []),
        ("Israel, which has struck Iranian nuclear and military facilities in the past, said it was "
         "watching the visit closely.",
         []),
        ("The Israeli prime minister's office accused the agency of being \"naive\" and warned that "
         "Israel would act alone if diplomacy failed.",
         [("ACCUSE", "ISR", "UNO"), ("THREATEN", "ISR", "IRN")]),
        ("Iran's atomic energy chief rejected the Israeli remarks as \"the rhetoric of a regime with "
         'its own secret arsenal."',
         [("REJECT", "IRN", "ISR")]),
        ("Russia and China, which both have close ties with Tehran, have said any new censure would "
         "be counterproductive.",
         []),
        ("The agency's board of governors is due to meet in Vienna next week, and diplomats said a "
         "Western-drafted resolution was still possible.",
         []),
        ("The inspectors are expected to remain in Iran until Thursday and then report to the "
         "agency's director general.",
         []),
    ]),
    ("mena-libya-central-bank-deal", [
        ("Libya's two rival administrations agreed on Tuesday to form a joint committee to oversee "
         "the central bank, the UN mission in the country said, in a rare sign of cooperation "
         "between east and west.",
         [("AGREE", "LBY", "LBY")]),
        ("The deal was reached after two days of talks in Geneva hosted by the United Nations "
         "Support Mission in Libya.",
         [("CONSULT", "LBY", "UNO")]),
        ("Libya has been split since 2014 between a UN-recognised government in Tripoli and a rival "
         "administration in the east backed by military commander Khalifa Haftar.",
         []),
        ("Control of the central bank, which handles the country's oil revenues, has been at the "
         "heart of repeated standoffs.",
         []),
        ("Oil accounts for more than 90 percent of Libya's state revenue, according to the World Bank.", []),
        ('The UN envoy to Libya praised both delegations for their "courage and pragmatism" and '
         "urged them to build on the agreement with talks on a unified budget.",
         [("SUPPORT", "UNO", "LBY"), ("REQUEST", "UNO", "LBY")]),
        ("The United States, Britain, France, Germany and Italy issued a joint statement welcoming "
         "the deal.",
         [("SUPPORT", "USA", "LBY")]),
        ("The eastern-based parliament also lifted its freeze on central bank transfers to the "
         "Tripoli government, a spokesman said.",
         [("CONCEDE", "LBY", "LBY")]),
        ("But in Tripoli, hundreds of people rallied on Tuesday evening near the seat of the "
         "government against blackouts that can last half a day.",
         [("PROTEST", "LBY", "LBY")]),
        ("Police later dispersed the crowd, and the interior ministry said 14 people had been "
         "detained.",
         [("COERCE", "LBY", "LBY")]),
        ('"We have oil under our feet and we sit in the dark," said Ali, a 29-year-old engineer who '
         "joined the protest.",
         []),
        ("In the east, Haftar's forces on Monday staged a large military parade in Benghazi, "
         "displaying drones and armoured vehicles.",
         [("MOBILIZE", "LBY", None)]),
        ("Analysts cautioned that earlier agreements between the two camps have tended to collapse "
         "within weeks.",
         []),
        ('"Both sides benefit from the status quo, and that is the core problem," said a Libya '
         "researcher at a European think tank.",
         []),
        ("Elections originally planned for December 2021 were never held, and neither side has set "
         "a new date.",
         []),
        ("The joint committee is scheduled to meet for the first time in the coastal city of Sirte "
         "early next month.",
         []),
    ]),
    ("mena-sudan-darfur-convoy", [
        ("Gunmen of the RSF paramilitary refused on Wednesday to let a UN convoy carrying food for "
         "120,000 people pass a checkpoint in North Darfur, the World Food Programme said.",
         [("REJECT", "SDN", "UNO")]),
        ("The 22 trucks had been waiting for nine days to reach El Fasher, where aid agencies say "
         "famine conditions are spreading.",
         []),
        ('"Every day of delay means more children dying of hunger," a WFP spokeswoman told '
         "reporters in Geneva.",
         []),
        ("The RSF accused the army of using aid convoys to smuggle weapons, an allegation for which "
         "it offered no evidence.",
         [("ACCUSE", "SDN", "SDN")]),
        ("The fighting, now in its fourth year, has uprooted some 12 million people, and aid groups "
         "put the death toll in the tens of thousands.",
         []),
        ("On Wednesday, army drones hit a fuel depot in the RSF-held city of Nyala, residents said, "
         "sending thick smoke over the town.",
         [("ASSAULT", "SDN", "SDN")]),
        ("The paramilitaries shelled a displacement camp near El Fasher the same day, killing at "
         "least 11 civilians, according to a local volunteer group.",
         [("ASSAULT", "SDN", "SDN")]),
        ("The UN's top aid official in Sudan called on both warring parties to guarantee safe "
         "passage for relief supplies.",
         [("REQUEST", "UNO", "SDN")]),
        ("Medecins Sans Frontieres said one in three children screened at its clinic in the camp "
         "was acutely malnourished.",
         []),
        ('"We eat once a day, sometimes only leaves boiled in water," said Hawa, a 33-year-old '
         "widow who fled the city in August.",
         []),
        ("Saudi Arabia and the United States have hosted several rounds of talks between the "
         "warring sides in Jeddah, none of which produced a lasting truce.",
         []),
        ("Egypt's foreign minister met Sudan's army chief in Port Sudan on Wednesday and reaffirmed "
         "Cairo's support for \"Sudan's state institutions.\"",
         [("CONSULT", "EGY", "SDN"), ("SUPPORT", "EGY", "SDN")]),
        ("The United Arab Emirates, accused by UN experts of supplying weapons to the RSF, denies "
         "any military role in the conflict.",
         []),
        ("The European Union on Wednesday pledged a further 40 million euros to help feed Sudanese "
         "civilians and refugees in neighbouring Chad.",
         [("AGREE", "EUR", "SDN")]),
        ("Aid officials said they would try the convoy route again on Saturday if security "
         "guarantees were given.",
         []),
        ("Sudan's rainy season ended in October, and agencies fear the dry months will bring an "
         "escalation of fighting.",
         []),
    ]),
    ("mena-red-sea-carrier-hit", [
        ("Yemen's Houthis launched a pair of missiles at a Greek-managed cargo ship off the Yemeni "
         "coast on Thursday, leaving it burning, Britain's maritime security agency said.",
         [("ASSAULT", "YEM", "GRC")]),
        ("The crew of 23, mostly Filipino sailors, was taken off by a passing merchant vessel and "
         "no injuries were reported.",
         []),
        ("A Houthi military spokesman said the group had targeted the ship because other vessels "
         "belonging to its owner had called at Israeli ports.",
         [("ASSAULT", "YEM", "GRC")]),
        ("It was the first strike on commercial shipping claimed by the group since September.", []),
        ("The rebels, who control much of northern Yemen, say their campaign is in solidarity with "
         "Palestinians in Gaza.",
         []),
        ("Hours later, US and British warplanes struck Houthi radar sites and missile launchers "
         "near the port city of Hodeidah, the Pentagon said.",
         [("ASSAULT", "USA", "YEM")]),
        ("A Houthi-run television channel reported that four people were killed in the strikes, "
         "including two fishermen.",
         [("ASSAULT", None, "YEM")]),
        ("The European Union's naval mission in the region said it had sent a second Italian "
         "frigate to the southern Red Sea overnight.",
         [("MOBILIZE", "EUR", None)]),
        ("Since November 2023, the Houthis have attacked more than 100 merchant ships, sinking "
         "several and seizing one along with its crew.",
         []),
        ("Traffic through the Suez Canal remains about 60 percent below its level before the "
         "crisis, according to figures from shipping data firms.",
         []),
        ('"Insurers will add another surcharge tomorrow, and it is the consumer who pays in the '
         'end," said a Dubai-based shipping broker.',
         []),
        ("Iran, which arms and trains the Houthis according to Western governments, condemned the "
         'US and British strikes as "aggression against a sovereign nation."',
         [("ACCUSE", "IRN", "USA")]),
        ("Oman's foreign ministry urged restraint from all sides and said it was in contact with "
         "the parties to calm tensions.",
         [("REQUEST", "OMN", None)]),
        ("The Houthis warned that any further strikes would be met with attacks on US warships in "
         "the region.",
         [("THREATEN", "YEM", "USA")]),
        ("The Greek shipping ministry said the damaged carrier would be towed to Djibouti for repairs.", []),
        ("Greece's prime minister condemned the attack and called for stronger international "
         "protection of sea lanes.",
         [("ACCUSE", "GRC", "YEM"), ("REQUEST", "GRC", None)]),
        ("The US Treasury on Thursday imposed sanctions on three shipping firms it said had "
         "smuggled Iranian weapons parts to the rebels.",
         [("SANCTION", "USA", None)]),
    ]),
    ("mena-syria-refugee-returns", [
        ("More than 3,000 Syrian refugees crossed back from Lebanon through the Jdeidet Yabous "
         "border point this week, the UN refugee agency said on Friday.",
         []),
        ("The UNHCR said it had handed cash grants of $100 per person to returning families and was "
         "running mobile clinics at two crossings.",
         [("AID", "UNO", "SYR")]),
        ("Nearly a million Syrians have gone home from neighbouring countries since Bashar al-Assad "
         "was toppled in December 2024, according to agency figures.",
         []),
        ("Many, however, find their homes destroyed and basic services lacking.", []),
        ('"My house in Homs has no roof and no windows, but it is still my house," said Abu Ahmad, '
         "a 54-year-old trader who returned with his wife and four daughters.",
         []),
        ("Lebanon's social affairs minister met the UNHCR representative in Beirut on Friday and "
         "urged donors to fund a larger return programme.",
         [("CONSULT", "LBN", "UNO"), ("REQUEST", "LBN", None)]),
        ("Lebanese and Syrian border officials on Friday began sharing lists of returnees at the "
         "crossings to speed up their processing, a Lebanese security source said.",
         [("COOPERATE", "LBN", "SYR")]),
        ("Lebanon, with a population of around 5.5 million, hosts an estimated 1.5 million Syrians, "
         "the highest number of refugees per capita in the world.",
         []),
        ("In Turkey, authorities said they had deported 240 Syrians found without valid residence "
         "permits in Istanbul last week.",
         [("COERCE", "TUR", "SYR")]),
        ("Human Rights Watch criticised the deportations, saying Syria was not yet safe for forced "
         "returns.",
         [("ACCUSE", "NGO", "TUR")]),
        ("Syria's interim government on Friday promised returnees help with rebuilding their homes.",
         [("AGREE", "SYR", "SYR")]),
        ("But the World Bank estimates the cost of reconstruction at more than $200 billion.", []),
        ("Jordan is home to about 600,000 registered Syrian refugees, many of whom have lived there "
         "for more than a decade.",
         []),
        ("Berlin will pay for a voluntary return scheme for Syrians, offering up to 1,000 euros per "
         "adult, Germany's interior minister announced on Friday.",
         [("AGREE", "DEU", "SYR")]),
        ("Refugee advocates cautioned that cash incentives could pressure people to go back before "
         "it is safe.",
         []),
        ('"People should go home because they choose to, not because they are pushed," said a UNHCR '
         "spokesman in Geneva.",
         []),
    ]),
    ("mena-tunisia-lawyer-arrest", [
        ("Tunisian police arrested a prominent lawyer and a radio commentator in the capital on "
         "Thursday, days after both appeared on a talk show critical of President Kais Saied, their "
         "families said.",
         [("COERCE", "TUN", "TUN")]),
        ("Colleagues said plainclothes officers took the lawyer, Mehdi Ben Salem, from his office "
         "in central Tunis without showing a warrant.",
         [("COERCE", "TUN", "TUN")]),
        ('Both men are being investigated under a 2022 decree that criminalises spreading "false '
         'news", prosecutors said.',
         []),
        ("Dozens of critics, among them opposition figures, reporters and business people, have "
         "been imprisoned since Saied seized broad powers in July 2021.",
         []),
        ("Hundreds of lawyers walked out of courtrooms across the country on Friday in protest at "
         "the arrest, the Tunisian Bar Association said.",
         [("PROTEST", "TUN", "TUN")]),
        ('"If a lawyer can be arrested for an opinion, then no one in this country is safe," said '
         "the association's head.",
         []),
        ("Amnesty International called for the immediate release of both men and an end to what it "
         "described as a campaign to silence dissent.",
         [("REQUEST", "NGO", "TUN")]),
        ("The European Union, Tunisia's largest trading partner, said it was following the case "
         "closely.",
         []),
        ("Brussels signed a migration deal with Tunis in 2023, pledging more than 100 million euros "
         "to curb departures of migrants across the Mediterranean.",
         []),
        ("Saied, in a video released by his office on Friday, rejected foreign criticism, saying "
         'Tunisia "will not accept lessons from anyone."',
         [("REJECT", "TUN", None)]),
        ("He has repeatedly accused his opponents of plotting against state security and of "
         "conspiring with foreign powers.",
         []),
        ("Tunisia's economy grew by less than 2 percent last year, and unemployment stands at about "
         "16 percent.",
         []),
        ("In the streets of Tunis, many people said they were more worried about shortages of sugar "
         "and coffee than about politics.",
         []),
        ('"I have three children to feed. Politics is a luxury," said a 47-year-old shopkeeper in '
         "the Bab Souika district.",
         []),
        ("The two men are due to appear before an investigating judge next week.", []),
    ]),
    ("mena-oman-brokered-swap", [
        ("Iran on Sunday freed two French citizens it had detained on spying charges since 2023, in "
         "an exchange mediated by Oman, the French presidency said.",
         [("RETREAT", "IRN", "FRA")]),
        ("The pair flew to Muscat aboard an Omani government plane and were expected in Paris by "
         "evening.",
         []),
        ("In return, France freed an Iranian engineer who had been convicted of violating export "
         "controls, according to Iran's judiciary.",
         [("RETREAT", "FRA", "IRN")]),
        ("The French president thanked Sultan Haitham bin Tariq for Oman's \"tireless and discreet\" "
         "efforts, the Elysee said in a statement.",
         [("SUPPORT", "FRA", "OMN")]),
        ("A spokesman for Iran's foreign ministry described the exchange as a \"humanitarian\" "
         "gesture and denied that the French citizens had been hostages.",
         []),
        ("Rights groups accuse Tehran of arresting foreigners and dual nationals to use them as "
         "bargaining chips, a charge Iran rejects.",
         []),
        ("At least 20 Europeans are currently held in Iranian prisons, according to diplomats.", []),
        ("Oman has long served as a quiet go-between for Western capitals and Tehran, and its "
         "diplomats rarely speak publicly about their work.",
         []),
        ('The sultanate stands ready to help resolve other cases "whenever the parties request it," '
         "Oman's top diplomat said on Sunday.",
         [("AGREE", "OMN", None)]),
        ("Belgium, which has a citizen detained in Iran since last year, said it had asked Muscat "
         "to mediate in his case as well.",
         [("REQUEST", "BEL", "OMN")]),
        ("Relatives of the freed pair gathered at a Paris airport to await their arrival, some "
         "holding balloons and handwritten signs.",
         []),
        ('"We never gave up, but there were nights when we did not believe this day would come," '
         "said the sister of one of the two.",
         []),
        ("Analysts said the swap could ease tensions between Tehran and European capitals ahead of "
         "the nuclear watchdog's board meeting.",
         []),
        ('"Oman gives both sides a way to make concessions without appearing to lose face," said a '
         "Gulf affairs researcher in London.",
         []),
        ("France's foreign minister is expected to travel to Muscat later this month to thank Omani "
         "officials in person.",
         []),
    ]),
    ("mena-lebanon-strikes-south", [
        ("Israeli air strikes hit several villages in southern Lebanon on Tuesday, killing three "
         "people, Lebanon's health ministry said, in one of the heaviest days of strikes since a "
         "ceasefire took effect.",
         [("ASSAULT", "ISR", "LBN")]),
        ("According to Israel's army, the targets were Hezbollah weapons depots and a rocket launch "
         'site that posed an "imminent threat" to Israeli civilians.',
         [("ASSAULT", "ISR", "LBN")]),
        ("Hezbollah did not claim any attack on Israel and has not fired across the border since "
         "the truce began.",
         []),
        ("Lebanon's president condemned the strikes as \"a flagrant violation of Lebanese "
         'sovereignty" and called on the United States and France, which guarantee the ceasefire, '
         "to intervene.",
         [("ACCUSE", "LBN", "ISR"), ("REQUEST", "LBN", "USA")]),
        ("The ceasefire, brokered in November 2024, ended more than a year of cross-border fire "
         "that escalated into full-scale war.",
         []),
        ("Under the deal, Lebanon's army was to deploy in the south and Hezbollah was to pull its "
         "fighters north of the Litani River.",
         []),
        ("The Lebanese army said on Tuesday it had sent 500 more soldiers to border areas, bringing "
         "its force in the south to about 9,000.",
         [("MOBILIZE", "LBN", None)]),
        ("UN peacekeepers in southern Lebanon, known as UNIFIL, said one of their patrols came "
         "under fire near Kfar Kila but no one was hurt.",
         [("ASSAULT", None, "UNO")]),
        ("The mission's mandate is set to end in December 2027, and countries contributing troops "
         "have begun planning their departure.",
         []),
        ("In the village of Aitaroun, residents returning after the strikes found craters where "
         "their olive groves had been.",
         []),
        ('"We rebuilt our house twice already. I do not know if I have the strength for a third '
         'time," said Fatima, a 62-year-old retired teacher.',
         []),
        ("The World Bank has put the cost of damage and losses from the war in Lebanon at about $14 "
         "billion.",
         []),
        ("Israel's defence minister warned Hezbollah that Israel would \"not allow any rearmament\" "
         'and would strike "wherever necessary."',
         [("THREATEN", "ISR", "LBN")]),
        ("Diplomats said a US envoy was expected in Beirut on Thursday for talks with Lebanese "
         "leaders on disarming the group.",
         []),
        ("Analysts say Israel is using the strikes to pressure the Lebanese government to move "
         "faster against Hezbollah's arsenal.",
         []),
    ]),
    ("mena-iraq-turkey-drone-row", [
        ("Iraq summoned Turkey's ambassador in Baghdad on Wednesday over a series of Turkish drone "
         "strikes in the northern Kurdistan region, the Iraqi foreign ministry said.",
         [("ACCUSE", "IRQ", "TUR")]),
        ("Local officials said a drone strike on Monday destroyed a car close to Amadiya, killing "
         "four men whom Ankara described as fighters of the banned PKK.",
         [("ASSAULT", None, "IRQ")]),
        ('Turkish forces had "neutralised" 13 militants in northern Iraq over the past week, '
         "Ankara's defence ministry said.",
         [("ASSAULT", "TUR", None)]),
        ("The PKK announced in May 2025 that it would disband and lay down its arms, ending a "
         "four-decade insurgency against the Turkish state.",
         []),
        ("But Ankara says some units have not complied and continue to operate from mountain bases "
         "in Iraq.",
         []),
        ("Iraqi Kurdish villagers say the strikes have emptied dozens of villages along the border.", []),
        ('"Our orchards are burnt and our children are afraid of the sound of engines," said '
         "Sherzad, a 50-year-old farmer from Kani Masi.",
         []),
        ("Iraq's parliament speaker called on the government to reconsider security agreements with "
         "Ankara.",
         [("REQUEST", "IRQ", "IRQ")]),
        ("The Turkish foreign ministry rejected the Iraqi protest, saying its operations targeted "
         "\"terrorists only\" and respected Iraq's territorial integrity.",
         [("REJECT", "TUR", "IRQ")]),
        ("The two countries signed a memorandum on security cooperation in 2024, under which "
         "Baghdad listed the PKK as a banned organisation.",
         []),
        ("Trade between them reached about $20 billion last year, with Turkey a key supplier of "
         "goods to Iraq.",
         []),
        ("Separately, Iraqi and Turkish energy officials met in Ankara on Wednesday to discuss "
         "reopening an oil pipeline that has been shut since 2023.",
         [("CONSULT", "IRQ", "TUR")]),
        ("The Kirkuk-Ceyhan pipeline once carried about 450,000 barrels of oil a day to the "
         "Mediterranean coast.",
         []),
        ('An Iraqi oil ministry official said the talks had been "positive" and that a further '
         "round would take place in Baghdad.",
         []),
        ("The United Nations mission in Iraq urged both governments to resolve their differences "
         "through dialogue.",
         [("REQUEST", "UNO", "IRQ")]),
    ]),
    ("mena-yemen-prisoner-exchange", [
        ("Yemen's government and the Houthi rebels began exchanging more than 400 prisoners on "
         "Thursday in a swap organised with the help of the Red Cross, the largest in two years.",
         [("RETREAT", "YEM", "YEM")]),
        ("The Red Cross said six flights were planned over two days between Sanaa, Aden, Marib and "
         "the Saudi city of Abha.",
         []),
        ("Negotiators for the two sides agreed on the swap last month after talks in Muscat hosted "
         "by Oman.",
         [("AGREE", "YEM", "YEM"), ("CONSULT", "YEM", "OMN")]),
        ("Among those released by the Houthis were 15 Saudi soldiers, the Saudi-led coalition said.",
         [("RETREAT", "YEM", "SAU")]),
        ("Saudi Arabia's foreign ministry welcomed the exchange and thanked Oman for its mediation.",
         [("SUPPORT", "SAU", None), ("SUPPORT", "SAU", "OMN")]),
        ("At Sanaa airport, hundreds of relatives chanted and wept as the first freed men stepped "
         "off the plane.",
         []),
        ('"I have not seen my son for six years. Today my life begins again," said Abdullah, a '
         "67-year-old farmer from Ibb province.",
         []),
        ("The war in Yemen has killed hundreds of thousands of people, directly and through hunger "
         "and disease, according to UN estimates.",
         []),
        ("Fighting has largely subsided since a UN-brokered truce in April 2022, although clashes "
         "still erupt along front lines in Taiz and Marib.",
         []),
        ("On Wednesday, government forces and Houthi fighters clashed south of Marib, leaving five "
         "soldiers dead, a military source said.",
         [("ASSAULT", "YEM", "YEM")]),
        ("The UN's Yemen envoy said the exchange showed that \"dialogue can deliver\" and urged both "
         "sides to free all remaining detainees.",
         [("REQUEST", "UNO", "YEM")]),
        ("Thousands of people are still believed to be held by both sides, including journalists "
         "and aid workers.",
         []),
        ("The Houthis have detained dozens of UN staff since 2024, accusing some of spying for the "
         "United States and Israel, charges the UN rejects.",
         []),
        ("The Houthis' chief negotiator told reporters his side was prepared to discuss an \"all for "
         'all" release at the next round of talks.',
         [("AGREE", "YEM", "YEM")]),
        ("Those talks have not yet been scheduled.", []),
    ]),
]

FLOORS = {"precision": 0.76, "recall": 0.8, "actor_precision": 0.73, "max_per_empty": 0.17}
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
