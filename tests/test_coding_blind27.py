"""A twenty-seventh blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. A little over
half of the stories (28) are plain, everyday wire copy (offered, promised, met, discussed in a telephone
call, signed, backed, lifted a ban, handed over, held joint exercises, delivered, freed, asked, urged,
accused, summoned, rejected, threatened, warned, marched, imposed a tariff, sent soldiers, placed on
maximum alert, arrested, deported, overran, shelled), the other 22 harder. Each story comes with the
PLOVER type of one act its last sentence reports, that act's actor and recipient (code and sector) and,
where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type
definitions, CAMEO's actor and sector conventions, the project's codes for international bodies: UN
agencies UNO, other bodies IGO, NGOs NGO, the European Union EUR; an act announced for the future is an
expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13; signing a formal
agreement is SUPPORT, 057; sanctions, tariffs, aid cut off and diplomats expelled are SANCTION; a
release of prisoners or a pullback of troops is RETREAT, 0841, 087; lifting a ban is CONCEDE, 081,
0811; summoning a foreign ambassador is ACCUSE, 114). Nothing comes from a gold set, the seed or the
demo corpus; resignations and curfews are left out.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every continent
  (Europe: Portugal, France, Germany, the Netherlands, Italy, the Czech Republic, Poland, Lithuania,
  Belarus, Serbia, Russia, Spain; the Caucasus and Central Asia: Armenia, Azerbaijan, Kazakhstan; Asia:
  South Korea, North Korea, Mongolia, China, Vietnam, Indonesia, the Philippines, Myanmar, Thailand,
  Cambodia, India, Bangladesh, Pakistan, Afghanistan; the Middle East and North Africa: Saudi Arabia,
  Jordan, Iran, Yemen, Lebanon, Qatar, the United Arab Emirates, Egypt, Tunisia, Algeria, Morocco;
  Africa south of the Sahara: Kenya, Tanzania, Uganda, Ethiopia, Sudan, Congo, Zambia, Zimbabwe, Malawi,
  Mozambique, South Africa, Nigeria, Niger, Mali, Burkina Faso, Ghana, Ivory Coast; the Americas: the
  United States, Mexico, Panama, Colombia, Peru, Chile, Bolivia, Brazil; Oceania: Australia) and from
  international bodies and armed groups (UNICEF, the United Nations as a recipient, the African Union as
  a recipient, the European Union's foreign policy chief, Amnesty International, the M23 rebels,
  jihadist fighters in Burkina Faso, Iran's Revolutionary Guards, gunmen in Nigeria, the Pakistani
  Taliban), in the forms wire copy uses: reported speech ("Chile's foreign minister told the Senate's
  foreign relations committee on Wednesday that Santiago would reopen its consulate in La Paz ...",
  "Zambia's information minister told parliament on Thursday that Lusaka had lifted its ban ...",
  "France's foreign minister told France Inter radio on Monday that Tehran had freed two French teachers
  ...", "Kazakhstan's foreign ministry confirmed on Friday that Astana had turned down a Russian request
  ...", "The Pakistani Taliban said ... that they had carried out the attack"), attribution after the
  clause ("..., the presidency in Cairo said", "..., the interior ministry in Madrid said", "..., the
  government in Yerevan said", "..., Bangladesh's foreign adviser told reporters on Sunday", "..., the
  Dutch foreign trade ministry said", "..., police said"), the passive with a "by" agent ("was hosted by
  Qatar", "were flown to ... Nigeria by the United Arab Emirates", "were expelled by the Czech
  Republic", "were sent into Cape Town's townships by South Africa's government", "was seized by Iran's
  Revolutionary Guards", "were abducted ... by gunmen"), nominal events ("A fresh round of talks between
  Congo's government and the M23 rebels", "a proposal by the African Union", "an Italian request ... to
  extradite", "carried out the attack" for a bombing told the sentence before), titles and roles instead
  of names ("Vietnam's prime minister", "Indonesia's president", "the emir of Qatar", "The European
  Union's foreign policy chief", "Tunisia's president", "Bangladesh's foreign adviser"), capitals for
  states ("Santiago", "Lusaka", "Tehran", "Manila", "Beirut", "Astana", "Dhaka", "New Delhi", "Bamako"),
  pronouns and references resolved from the sentence before ("commended it" after Mongolia's election,
  "The health ministry gave in to their demands" after nurses in Portugal, "fly them home" after
  Filipino workers in Lebanon, "to Bamako" after Mali's military rulers, "its office" and "its
  journalists" after Sputnik), a relative clause ("French farmers, who say a trade pact with the Mercosur
  bloc will ruin them"), idioms and phrasal verbs ("gave in to", "handed over", "tipped off", "pulled
  ... back", "lashed out at", "turned down", "walked off the job", "cut off", "put off"), three acts
  announced for the future and so expressions of intent (a desalination plant for Jordan, a consulate in
  La Paz, cholera vaccine for Mozambique: AGREE, no modality checked), three threats, all conditional in
  form ("with a 50 percent tariff ... if", "would fire on any vessel that crossed", "will recall its high
  commissioner ... if"), and a denial (modality "negated": armed drones for Sudan's army). Where a sector
  is open to argument (a bare state, a capital, a body or armed group named by its own name, a military
  government, a defence ministry that speaks for its state, an intelligence service, jihadists, gunmen,
  farmers, schoolgirls, a news agency's journalists, artillery) only the code is checked; a recipient of
  None is not checked. A story passes when one coded event of the expected type has, among its actors, a
  party with the expected code (and sector, where given), among its recipients a party with the expected
  code (and sector, where given), and the expected modality (where given). Reported apart: the type
  found at all; an event of the type with the actor code right; with the actor code and sector right
  (over the stories that give an actor sector); with the recipient right (over the stories that give a
  recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (Russian drones shot down by
  Ukraine's air force since October, journalists jailed in Turkey over a decade), statistics (Chile's
  copper output, Kenya's tea exports), two polls (one with a hypothetical "would vote against
  independence from Spain if a binding referendum took place"), standing positions in the simple present
  ("Spain has never given up its claim to Gibraltar", "Cambodia and Thailand each regard the land around
  several ancient Khmer temples ... as their own", "Kenya and Uganda both claim Migingo"), forecasts
  ("expects Egypt's annual inflation to ease", "expect the benchmark Selic rate to stay at 15 percent"),
  hedged speculation ("could drift into a new war", "may be building a military listening post"),
  background history with years (nationals expelled by Mauritania and Senegal in 1989, Rwanda and Burundi
  independent in 1962, Czechoslovakia invaded in 1968), habits ("routinely drive their cattle across the
  border", "gather once a year", "routinely intercept one another over the Aegean"), and political verbs
  in sports, business, science or figurative senses ("crushed Zambia 5-0", "routed Argentina", "mounted
  an unsolicited takeover offer", antibodies that "attack the malaria parasite", shares that "surrendered
  their early gains", lionfish that "have invaded reefs"): one passes when no event that happened
  (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold, the seed, the demo corpus under ../shared/news and the test files under tests/, and
within the batch itself (with /tmp/ew/blind27/overlap.py); the final check found none. The coder was
not run on any of these texts, nor this test.

The batch was written on 2026-12-01, before the coder was run on any of it, and held back to the end
of the second 2026-12-01 session; no rule was written from it. FLOORS were set from its first run, a
little under its figures.

FIRST RUN, on commit 697c9ee (the session's final coder): the type found in 47 of 50 stories (0.940);
the actor code right on an event of the type in 46 (0.920); code and sector in 10 of the 11 that give a
sector (0.909); the recipient right in 33 of the 40 that give one (0.825); **41 of 50 passing
(0.820)**; **19 of 25** empty passages left empty (0.760). The session's start coder (02c723b), run on
it afterwards for comparison only: 40 of 50 (recipient 32 of 40) and 19 of 25. No expectation was
changed after the first run. Its misses, read after it: joint acts ("X and Y discussed", "signed")
scored with the second side as recipient where the coder, as PLOVER-GSR does, codes both as actors;
talks "hosted by" a third state; a health ministry's sector (MED in this project's gazetteer);
field hospitals "flown to" a region read as a visit; a conditional threat with no threat verb ("will
recall its high commissioner ... if"); farmers who "dumped manure and old tyres" read through a
relative clause; a raid read through the sentence before's accusation; an army post's sector. The
six empty passages that gave events: two tallies (drones shot down "this month", journalists
"jailed ... over the past decade"), a treaty of 1713, a standing position ("neither accepts the
other's maps"), a company's takeover offer and "promising" shareholders a premium, and lionfish that
"invaded" reefs. Rules written afterwards from these misses and batch 23's lift it to 41 of 50 and 22
of 25 empty (commits 5840454 and 3d54a09): no longer blind.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (code, sector); sector None: only the code is checked
Party = tuple[str, str | None]

#: (story, type of an act of its last sentence, actor, recipient, modality); recipient and modality
#: None: not checked
STORIES: list[tuple[str, str, Party, Party | None, str | None]] = [
    # --- AGREE (0331 an offer to pay, plain; 032 announced for the future in reported speech with
    # capitals; 0333 a promise of vaccine, plain)
    ("Saudi Arabia offered on Tuesday to fund a desalination plant on Jordan's Red Sea coast to ease "
     "chronic water shortages in Amman and the northern cities.",
     "AGREE", ("SAU", None), ("JOR", None), None),
    ("Chile's foreign minister told the Senate's foreign relations committee on Wednesday that Santiago "
     "would reopen its consulate in La Paz, shut since 2019, as a first step toward restoring full "
     "relations with Bolivia.",
     "AGREE", ("CHL", None), ("BOL", None), None),
    ("South Korea promised Mozambique on Friday 20 million doses of oral cholera vaccine to curb "
     "outbreaks in its northern provinces before the rainy season begins.",
     "AGREE", ("KOR", None), ("MOZ", None), None),
    # --- CONSULT (042 plain with titles, 041 by telephone with attribution after the clause, 043 in
    # the passive with a "by" agent, talks with an armed group)
    ("Vietnam's prime minister met Indonesia's president in Jakarta on Monday to discuss overlapping "
     "fishing zones in the South China Sea and a planned trade deal.",
     "CONSULT", ("VNM", "GOV"), ("IDN", "GOV"), None),
    ("Egypt's president and the emir of Qatar discussed efforts to restore a ceasefire in Gaza in a "
     "telephone call on Saturday, the presidency in Cairo said.",
     "CONSULT", ("EGY", "GOV"), ("QAT", "GOV"), None),
    ("A fresh round of talks between Congo's government and the M23 rebels was hosted by Qatar in Doha "
     "on Sunday, the Qatari foreign ministry said.",
     "CONSULT", ("QAT", None), ("COD", None), None),
    # --- SUPPORT (057 plain, 051 with "it" resolved from the sentence before, 052 plain)
    ("Kenya and Ethiopia signed an agreement on Wednesday to build a highway and a power line linking "
     "the Kenyan port of Lamu with Addis Ababa.",
     "SUPPORT", ("KEN", None), ("ETH", None), None),
    ("Mongolia held its first parliamentary election under a new mixed voting system on Friday, with "
     "turnout near 70 percent. Germany's foreign ministry commended it on Monday for holding a "
     "peaceful, orderly and transparent vote.",
     "SUPPORT", ("DEU", "GOV"), ("MNG", None), None),
    ("Australia backed the Philippines on Wednesday in its complaint about Chinese coast guard ships "
     "firing water cannon at Filipino fishing boats near Scarborough Shoal.",
     "SUPPORT", ("AUS", None), ("PHL", None), None),
    # --- CONCEDE (081 a ban lifted, plain; 0832 as a phrasal verb after a pronoun resolved from the
    # sentence before; 0811 a ban lifted in reported speech with a capital)
    ("Tanzania lifted its ban on Kenyan milk and poultry on Monday after talks between the two "
     "countries' trade ministers in Arusha.",
     "CONCEDE", ("TZA", None), ("KEN", None), None),
    ("Nurses in Portugal's public hospitals had been on strike for two weeks over pay and staffing. The "
     "health ministry gave in to their demands on Wednesday, agreeing to a 15 percent raise over two "
     "years.",
     "CONCEDE", ("PRT", "GOV"), None, None),
    ("Zambia's information minister told parliament on Thursday that Lusaka had lifted its ban on a "
     "private television station that was shut down in March for airing an interview with an opposition "
     "leader.",
     "CONCEDE", ("ZMB", None), None, None),
    # --- COOPERATE (063 plain as a phrasal verb, 064 as an idiom with attribution after the clause,
    # a capital and a police recipient, 062 plain)
    ("Peru handed over a suspected Chilean cartel boss to Chile on Friday to face trial over a string "
     "of kidnappings of businessmen in Santiago.",
     "COOPERATE", ("PER", None), ("CHL", None), None),
    ("Morocco's intelligence service tipped off Spanish police about four suspected jihadists who were "
     "arrested in Barcelona on Tuesday, the interior ministry in Madrid said.",
     "COOPERATE", ("MAR", None), ("ESP", "COP"), None),
    ("Ghana's army held joint exercises with Ivorian troops along their shared border on Saturday to "
     "prepare for jihadist raids spilling south from the Sahel.",
     "COOPERATE", ("GHA", "MIL"), ("CIV", "MIL"), None),
    # --- AID (073 plain by a UN agency, 073 in the passive with a "by" agent, 072 denied)
    ("UNICEF delivered 200 tonnes of therapeutic food to Yemen's port of Hodeidah on Sunday for "
     "children suffering from acute malnutrition.",
     "AID", ("UNO", None), ("YEM", None), None),
    ("Two field hospitals were flown to flood-hit northeastern Nigeria by the United Arab Emirates on "
     "Monday, the country's emergency management agency said.",
     "AID", ("ARE", None), ("NGA", None), None),
    ("Iran denied on Wednesday that its factories had supplied armed drones to Sudan's army, calling a "
     "report by a panel of United Nations experts baseless.",
     "AID", ("IRN", None), ("SDN", "MIL"), "negated"),
    # --- RETREAT (0841 plain, 087 as a phrasal verb with attribution after the clause, 0841 in
    # reported speech with a capital)
    ("Myanmar's military government freed about 3,000 prisoners on Tuesday, including 20 foreigners, in "
     "an amnesty marking the anniversary of the country's independence.",
     "RETREAT", ("MMR", None), None, None),
    ("Armenia pulled its border guards back from four villages on the frontier with Azerbaijan on "
     "Friday under a demarcation deal, the government in Yerevan said.",
     "RETREAT", ("ARM", None), ("AZE", None), None),
    ("France's foreign minister told France Inter radio on Monday that Tehran had freed two French "
     "teachers held in Evin prison since 2022 on spying charges.",
     "RETREAT", ("IRN", None), ("FRA", None), None),
    # --- REQUEST (1033 plain to the United Nations, 1053 plain by the European Union, 1033 with capitals and
    # "them" resolved from the sentence before)
    ("Malawi asked the United Nations on Thursday for emergency food aid after a drought wiped out half "
     "of the country's maize harvest.",
     "REQUEST", ("MWI", None), ("UNO", None), None),
    ("The European Union's foreign policy chief urged Belarus on Friday to free a German citizen "
     "sentenced to death in Minsk on charges of spying.",
     "REQUEST", ("EUR", None), ("BLR", None), None),
    ("Hundreds of Filipino domestic workers have been stranded in Lebanon since fighting flared in the "
     "south. Manila has asked Beirut to help fly them home, the Philippine labour secretary told "
     "reporters on Wednesday.",
     "REQUEST", ("PHL", None), ("LBN", None), None),
    # --- ACCUSE (112 plain, 114 plain, 111 by an NGO as an idiom)
    ("Pakistan accused Afghanistan on Sunday of harbouring militants who killed 12 soldiers in an "
     "ambush in the North Waziristan district.",
     "ACCUSE", ("PAK", None), ("AFG", None), None),
    ("Poland summoned Russia's ambassador on Thursday after a Russian drone crashed into a field near "
     "the eastern city of Lublin.",
     "ACCUSE", ("POL", None), ("RUS", None), None),
    ("Amnesty International lashed out at Tunisia's president on Monday for jailing dozens of his "
     "critics under a decree against spreading false news.",
     "ACCUSE", ("NGO", None), ("TUN", "GOV"), None),
    # --- REJECT (126 plain with an international body, 1212 as a phrasal verb in reported speech
    # with a capital, 1213 plain by a court)
    ("Ethiopia on Tuesday rejected a proposal by the African Union to appoint outside mediators in its "
     "dispute with Egypt over the Grand Ethiopian Renaissance Dam.",
     "REJECT", ("ETH", None), ("IGO", None), None),
    ("Kazakhstan's foreign ministry confirmed on Friday that Astana had turned down a Russian request "
     "to station air-defence units near the border with China.",
     "REJECT", ("KAZ", None), ("RUS", None), None),
    ("Brazil's supreme court rejected an Italian request on Tuesday to extradite a former left-wing "
     "guerrilla convicted in Italy of four murders in the 1970s.",
     "REJECT", ("BRA", "JUD"), ("ITA", None), None),
    # --- THREATEN (1312 plain and conditional, 138 plain and conditional, 1313 conditional with
    # capitals and attribution after the clause)
    ("The United States threatened Mexico on Friday with a 50 percent tariff on steel if Mexican mills "
     "kept buying cheap Chinese slabs.",
     "THREATEN", ("USA", None), ("MEX", None), None),
    ("North Korea's defence ministry warned South Korea on Saturday that its artillery would fire on "
     "any vessel that crossed the western sea border near Yeonpyeong island.",
     "THREATEN", ("PRK", None), ("KOR", None), None),
    ("Dhaka will recall its high commissioner from New Delhi if Indian border guards shoot another "
     "Bangladeshi villager, Bangladesh's foreign adviser told reporters on Sunday.",
     "THREATEN", ("BGD", None), ("IND", None), None),
    # --- PROTEST (141 plain, 143 as an idiom, 141 with a relative clause and attribution
    # after the clause)
    ("Tens of thousands of Serbian students marched through Belgrade on Saturday to call for early "
     "elections and the prosecution of officials over a deadly roof collapse.",
     "PROTEST", ("SRB", "EDU"), None, None),
    ("Junior doctors in Zimbabwe's state hospitals walked off the job on Monday over months of unpaid "
     "allowances and a shortage of basic medicines, their association said.",
     "PROTEST", ("ZWE", "MED"), None, None),
    ("French farmers, who say a trade pact with the Mercosur bloc will ruin them, dumped manure and old "
     "tyres outside government offices in Toulouse on Monday, police said.",
     "PROTEST", ("FRA", None), None, None),
    # --- SANCTION (a tariff plain, 166 diplomats expelled in the passive with a "by" agent, 162 aid
    # cut off as a phrasal verb, to a capital for a state named the sentence before)
    ("India imposed a 12 percent tariff on steel imports from Vietnam on Wednesday to shield domestic "
     "mills from a flood of cheap shipments.",
     "SANCTION", ("IND", None), ("VNM", None), None),
    ("Two Chinese diplomats were expelled by the Czech Republic on Thursday after counter-intelligence "
     "officers accused them of recruiting informants among Prague's university researchers.",
     "SANCTION", ("CZE", None), ("CHN", None), None),
    ("Mali's military rulers put off a promised return to civilian rule for a second time last month. "
     "The Netherlands cut off its development aid to Bamako on Friday, the Dutch foreign trade ministry "
     "said.",
     "SANCTION", ("NLD", None), ("MLI", None), None),
    # --- MOBILIZE (154 plain, 152 plain with an army, 153 in the passive with a "by" agent)
    ("Lithuania sent 2,000 extra soldiers to its border with Belarus on Friday after a surge in "
     "attempts by migrants to cross from the Belarusian side.",
     "MOBILIZE", ("LTU", None), None, None),
    ("Colombia's army placed its units along the border with Venezuela on maximum alert on Monday after "
     "a rebel ambush killed three soldiers near the city of Cucuta.",
     "MOBILIZE", ("COL", "MIL"), None, None),
    ("About 2,000 extra police officers were sent into Cape Town's townships by South Africa's "
     "government on Wednesday after a feud between taxi operators left 30 people dead.",
     "MOBILIZE", ("ZAF", None), None, None),
    # --- COERCE (173 plain with an opposition candidate, 174 plain, 1711 in the passive with a "by"
    # agent, 173 after "its" resolved from the sentence before)
    ("Police in Uganda arrested an opposition presidential candidate at a campaign rally in the eastern "
     "town of Jinja on Sunday, his party said.",
     "COERCE", ("UGA", "COP"), ("UGA", "OPP"), None),
    ("Algeria deported about 700 migrants from Niger on Saturday, leaving them in the desert near the "
     "border town of Assamaka, aid workers said.",
     "COERCE", ("DZA", None), ("NER", None), None),
    ("An oil tanker flying Panama's flag was seized by Iran's Revolutionary Guards in the Strait of "
     "Hormuz early on Thursday, the Iranian state news agency reported.",
     "COERCE", ("IRN", None), ("PAN", None), None),
    ("Azerbaijan has accused the Russian news agency Sputnik of working for Moscow's security services "
     "since the war in Ukraine began. Police in Baku raided its office on Monday and detained two of "
     "its journalists, the agency said.",
     "COERCE", ("AZE", "COP"), ("RUS", None), None),
    # --- ASSAULT (190 plain by an armed group, 194 plain shelling, 181 an abduction in the passive
    # with a "by" agent, 183 a bombing told in one sentence and claimed as "the attack" in the next)
    ("Jihadist fighters linked to al Qaeda overran an army post in Burkina Faso's Sahel region on "
     "Sunday, killing at least 20 soldiers, security sources said.",
     "ASSAULT", ("BFA", None), ("BFA", "MIL"), None),
    ("Thai artillery shelled Cambodian army positions near the Preah Vihear temple on Tuesday, "
     "Cambodia's defence ministry said.",
     "ASSAULT", ("THA", None), ("KHM", "MIL"), None),
    ("Twenty-five schoolgirls were abducted from a boarding school in Nigeria's Kebbi state by gunmen "
     "on Monday, the state police command said.",
     "ASSAULT", ("NGA", None), ("NGA", None), None),
    ("A suicide bomber rammed a car packed with explosives into a police checkpoint in Pakistan's "
     "Khyber Pakhtunkhwa province on Saturday, killing six officers. The Pakistani Taliban said in a "
     "statement to reporters in Peshawar that they had carried out the attack.",
     "ASSAULT", ("PAK", None), None, None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Ukraine's air force says it has shot down more than 2,500 Russian drones since the start of "
    "October, according to its daily tallies.",
    "More than 300 journalists have been jailed in Turkey over the past decade, a press freedom group "
    "estimated in its annual report.",
    "Chile's copper output fell 4 percent in October compared with the same month last year as ore "
    "grades declined at several large mines, the state copper commission said.",
    "Kenya's tea exports earned 180 billion shillings between January and September, up from 150 "
    "billion a year earlier, the tea board said.",
    "Fifty-five percent of Finns favour building a fence along the entire border with Russia, while a "
    "quarter oppose it, according to a poll the public broadcaster Yle published.",
    "Most Catalans would vote against independence from Spain if a binding referendum took place this "
    "year, a poll by the regional government's survey centre suggested.",
    "Spain has never given up its claim to Gibraltar, the rocky peninsula it ceded to Britain under the "
    "Treaty of Utrecht in 1713.",
    "Cambodia and Thailand each regard the land around several ancient Khmer temples on their border as "
    "their own, and neither accepts the other's maps.",
    "Kenya and Uganda both claim Migingo, a tiny rock in Lake Victoria crowded with the tin shacks of "
    "fishermen and traders.",
    "The International Monetary Fund expects Egypt's annual inflation to ease to about 12 percent by "
    "the end of next year as food prices stabilise.",
    "Economists in a weekly survey by the central bank in Brasilia expect the benchmark Selic rate to "
    "stay at 15 percent until at least March.",
    "Eritrea and Ethiopia could drift into a new war over access to the Red Sea, some diplomats in "
    "Addis Ababa fear.",
    "China may be building a military listening post on Cuba's northern coast, a Washington think tank "
    "suggested in a report based on satellite photographs.",
    "Mauritania and Senegal expelled tens of thousands of each other's nationals in 1989 during a "
    "bitter quarrel over grazing land along their river border.",
    "Belgium governed Rwanda and Burundi together as a single trust territory until both countries "
    "became independent in July 1962.",
    "Warsaw Pact troops invaded Czechoslovakia in August 1968 to put an end to the liberal reforms of "
    "the Prague Spring.",
    "Herders from Chad and Sudan routinely drive their cattle across the border in search of water and "
    "grazing during the long dry season.",
    "Leaders of the Pacific Islands Forum gather once a year, usually in August or September, to "
    "discuss climate change, fisheries and regional security.",
    "Greek and Turkish fighter jets routinely intercept one another over the Aegean, a game of cat and "
    "mouse that has gone on for decades.",
    "Morocco's footballers crushed Zambia 5-0 in Rabat on Saturday to top their World Cup qualifying "
    "group with a game to spare.",
    "New Zealand's All Blacks routed Argentina 45-10 in Wellington on Saturday, scoring seven tries to "
    "retain the Rugby Championship title.",
    "The Italian lender mounted an unsolicited takeover offer for a smaller Milan rival on Monday, "
    "promising its shareholders a premium of about 30 percent.",
    "Antibodies produced by the new vaccine attack the malaria parasite before it reaches the liver, "
    "researchers in Burkina Faso reported in The Lancet.",
    "Shares in the Swiss drugmaker surrendered their early gains on Tuesday after a rival published "
    "disappointing trial results for a similar weight-loss drug.",
    "Invasive lionfish have invaded reefs along Colombia's Caribbean coast, devouring native fish "
    "faster than divers can catch them, marine biologists say.",
]

#: no run yet: every floor is 0.0 until the first run is recorded
FLOORS = {"type": 0.93, "actor_code": 0.89, "actor_sector": 0.87, "recipient": 0.79, "pass": 0.79,
          "empty": 0.89}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind27")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind27-empty")


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """The five story figures and a line for each story that does not pass."""
    hits = {"type": 0, "actor_code": 0, "actor_sector": 0, "recipient": 0, "pass": 0}
    n_sector = sum(c[2][1] is not None for c in STORIES)
    n_recipient = sum(c[3] is not None for c in STORIES)
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(STORIES, coded, strict=True):
        typed = [e for e in events if e.event == etype]
        hits["type"] += bool(typed)
        hits["actor_code"] += any(_has(e.actor, (actor[0], None)) for e in typed)
        hits["actor_sector"] += actor[1] is not None and any(_has(e.actor, actor) for e in typed)
        hits["recipient"] += recipient is not None and any(_has(e.recipient, recipient) for e in typed)
        if any(_has(e.actor, actor) and (recipient is None or _has(e.recipient, recipient))
               and (modality is None or e.modality == modality) for e in typed):
            hits["pass"] += 1
        else:
            got = [(e.event, _show(e.actor), _show(e.recipient), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    n = len(STORIES)
    rates = {"type": hits["type"] / n, "actor_code": hits["actor_code"] / n,
             "actor_sector": hits["actor_sector"] / n_sector, "recipient": hits["recipient"] / n_recipient,
             "pass": hits["pass"] / n}
    return rates, misses


def _empty_misses(coded: list[list[Event]]) -> list[str]:
    wrong = []
    for text, events in zip(EMPTY, coded, strict=True):
        happened = [(e.event, e.modality, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    return wrong


def test_blind27_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind27 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind27_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind27 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    modalities = {"asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated",
                  "historical"}
    assert 40 <= len(STORIES) <= 60 and 20 <= len(EMPTY) <= 40
    assert len({c[0] for c in STORIES} | set(EMPTY)) == len(STORIES) + len(EMPTY)
    assert all(c[1] in types for c in STORIES)
    assert all(sum(c[1] == t for c in STORIES) >= 2 for t in types)
    assert all(c[4] is None or c[4] in modalities for c in STORIES)
    codes = [c[2][0] for c in STORIES] + [c[3][0] for c in STORIES if c[3]]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(FLOORS) == {"type", "actor_code", "actor_sector", "recipient", "pass", "empty"}
