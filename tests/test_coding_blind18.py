"""An eighteenth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them. About half
of the stories are plain, everyday wire copy (promised, met, came out in support of, commended,
removed from its sanctions list, wrapped up drills, sent, quit, asked, called in, dismissed,
threatened, rallied, started a hunger strike, raised tariffs, will call up, arrested, shut down the
internet, hit, stormed), the other half harder. Each story comes with the PLOVER type of one act
its last sentence reports, that act's actor and recipient (code and sector) and, where it matters,
its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's
actor and sector conventions, the project's codes for international bodies: UN agencies UNO, other
bodies IGO, NGOs NGO, the European Union EUR; sanctions and tariffs are SANCTION; a resignation is
RETREAT, 0831; lifting a curfew or sanctions is CONCEDE, 0813, 085; summoning a foreign ambassador is
ACCUSE, 114). Nothing comes from a gold set, the seed or the demo corpus; the verbs, idioms, settings
and the countries in each role avoid those of the fourteenth, sixteenth and seventeenth batches.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Africa: Ghana, Senegal, Morocco, Mauritania, Congo, Sudan, Burundi, Libya,
  Somalia, Uganda, Tanzania, Nigeria; Asia: Vietnam, Indonesia, Japan, Taiwan, Nepal, Mongolia,
  India, Sri Lanka, Iran, China, Israel, Azerbaijan, Syria, Kazakhstan, Uzbekistan, Lebanon; the
  Americas: Haiti, Mexico, Guatemala, Paraguay, Ecuador, Chile, Argentina, Colombia, Nicaragua,
  Panama, the United States; Europe: Poland, Armenia, Ukraine, Turkey, Spain, Belarus, Italy, Albania, Slovakia,
  Georgia, Lithuania, Sweden, Russia; the Pacific: Fiji) and from international bodies and armed
  groups (the UN secretary-general, Oxfam, Amnesty International, the Organization of American
  States, the European Union as a recipient, ELN guerrillas, Boko Haram, al Shabaab), in the forms
  wire copy uses: reported speech ("Vietnam's trade minister said on Friday that Hanoi had undertaken
  to buy ...", "A spokesman for Somalia's government said on Thursday that
  Mogadishu had asked Turkey ...",
  "He said on Friday that Bratislava would block ..."), attribution after the clause ("..., the
  foreign ministry in Accra said", "..., the U.S. president wrote on social media on Saturday"), the
  passive with a "by" agent ("was accepted by Ukraine", "was received by his Spanish counterpart",
  "was lifted by the army", "had been tipped off by Italy's financial police", "was rebuffed by
  Baku", "were barred from Spanish ports by Madrid", "were dispatched ... by the United States", "was
  sentenced ... by a court in Tehran", "was struck by an Israeli drone"), nominal events ("A Turkish
  offer to host ...", "The withdrawal of Burundian troops ... was completed"), titles and roles
  instead of names ("The UN secretary-general", "his Spanish counterpart", "Panama's president"),
  capitals for states ("Hanoi", "Minsk", "Mogadishu", "Washington", "Baku", "Bratislava", "Madrid",
  "Astana"), an office named in one sentence and its holder named in the next ("Indonesia's president
  landed in Tokyo ... Prabowo Subianto held talks with Japan's prime minister"), pronouns resolved
  from the sentence before ("Paraguay spoke up for it" after Taiwan, "The rebels let them go" after
  ELN guerrillas and two soldiers, "He lashed out at Washington" after Colombia's president, "He said"
  after Slovakia's prime minister, "Its officers" after Belarus's KGB, "Its fighters" after al
  Shabaab, "people living in them" after the camps around Goma), relative clauses ("Albanian police,
  who had been tipped off ...", "Five jailed activists in Morocco, who were sentenced ...", "other
  Asian countries that have no trade deal with it"), idioms and phrasal verbs ("undertaken to buy",
  "held talks with", "came out in support of", "spoke up for", "gave in", "wrapped up", "trucked",
  "let them go", "called in", "lashed out at", "said no", "downed tools", "shut down
  the internet"), two planned acts (joint naval exercises by Chile and Argentina, Lithuania's call-up of
  reservists) and two denials (modality
  "negated": Iranian drones for Sudan's army, a halt to Kazakh wheat shipments to Uzbekistan). Where a
  sector is open to argument (a bare state, a capital, authorities, security forces, a security
  service, forces or weapons named by nationality, a body or armed group named by its own name or
  role, teachers, activists, an army speaking for its country) only the code is checked; a recipient
  of None is not checked. A story passes when one coded event of the expected type has, among its
  actors, a party with the expected code (and sector, where given), among its recipients a party
  with the expected code (and sector, where given), and the expected modality (where given).
  Reported apart: the type found at all; an event of the type with the actor code right; with the
  actor code and sector right (over the stories that give an actor sector); with the recipient right
  (over the stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (fentanyl seized since January,
  Russian vessels sunk or damaged since 2022), statistics (Kenya's tea exports, Chile's jobless rate),
  two polls (one with a hypothetical "would back independence if ..."), standing positions in the simple
  present ("Egypt and Sudan both lay claim to the Halaib triangle", "Ethiopia considers its lack of an
  outlet to the sea ...", "Spain has never recognised Kosovo ..."), forecasts ("expects the economy to
  grow", "is expected to vote"), hedged speculation ("could expel more foreign aid groups", "may be
  getting ready for a seventh nuclear test"), background history (Kuwait in 1990 and 1991, Phnom Penh in
  1979, the Egyptian-Israeli treaty of 1979), habits ("hold joint drills ... most summers", "go to the
  polls about four times a year"), and political verbs in sports, business, science, entertainment or
  figurative senses ("crushed Niger 5-0", "knocked out the United States", "a hostile bid", bird flu
  that "has invaded poultry farms", a screen dictator who "invades a neighbouring island", prices
  "holding Egyptian households hostage", a carmaker that "has conquered Brazil's market"): one passes
  when no event that happened (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold, the seed, the demo corpus under ../shared/news and the test files under tests/
(with /tmp/ew/blind18/overlap.py); the final check found none. The coder was not run on any of these
texts, nor this test.

The batch was written on 2026-11-30 and held back: its first run is recorded below, and no
expectation is to be changed after it.

FIRST RUN, on commit 1029648 (2026-11-30, the working tree clean, the coder as that day's third
session left it): the type found in 37 of 50 stories (0.740); the actor code right on an event of
the type in 33 of 50 (0.660); actor code and sector right in 9 of the 11 that give a sector
(0.818); the recipient right in 25 of the 40 that give one (0.625); **30 of 50 passing (0.600)**;
23 of the 25 empty passages with no event that happened (0.920). No expectation was changed after
it. Its 20 misses, by cause:

- another act or type coded in place of the main one (8): a promise "to send 300 police officers
  to Haiti ... to join the international force" read as a threat (THREATEN) from the deployment it
  promises; "removed Belarus's national airline ... from its sanctions list" not coded, only the
  RETREAT of "Minsk freed 52 prisoners"; "The rebels let them go" not coded, only the COERCE of
  the earlier seizure; "will hold joint naval exercises" as a promise (AGREE); "rallied outside
  parliament ... against a law" as ACCUSE (rallying opposition, CAMEO 113) rather than a
  demonstration; ships "barred from Spanish ports" as COERCE, not SANCTION; a denial that Astana
  "had halted wheat shipments" coded only as the ACCUSE of "blaming the delays"; a threat to "block
  the next package of European Union sanctions ... unless" with the European Union as threatener;
- the act not coded at all (6): "had undertaken to buy more American aircraft" (AGREE), "wrapped up
  two weeks of peacekeeping drills" (COOPERATE), a finance minister who "quit" (RETREAT), "said no
  ... to any Turkish role" (REJECT), "will face tariffs of 30 percent ... unless" (THREATEN),
  teachers who "downed tools" (PROTEST);
- the type right, a party wrong or missing (6): "spoke up for it" with "it" (Taiwan) unresolved;
  the Italian tip-off with no recipient; Oxfam's trucked water with no actor; Amnesty's
  denunciation with no recipient; troops on Gotland put on alert with no state; "Its officers
  searched the homes" with no actor.

The two empty passages that gave an event: a habit "hold joint drills ... most summers"
(COOPERATE, asserted) and a disease that "has invaded poultry farms" (ASSAULT, reported).
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
    # --- AGREE (0331 plain with attribution after the clause, 0311 in reported speech as an idiom
    # with a capital, 0312 in the passive with a "by" agent and a nominal proposal)
    ("Ghana promised on Wednesday to send 300 police officers to Haiti next year to join the "
     "international force fighting the gangs, the foreign ministry in Accra said.",
     "AGREE", ("GHA", None), ("HTI", None), None),
    ("Vietnam's trade minister said on Friday that Hanoi had undertaken to buy more American aircraft, "
     "cotton and soybeans to narrow its large trade surplus with the United States.",
     "AGREE", ("VNM", None), ("USA", None), None),
    ("A Turkish offer to host a fresh round of prisoner exchange talks was accepted by Ukraine on "
     "Wednesday, a Ukrainian foreign ministry spokesman said.",
     "AGREE", ("UKR", None), ("TUR", None), None),
    # --- CONSULT (036 plain with titles, 043 an office named and its holder named in the next
    # sentence, as an idiom, 042 in the passive with a "by" agent and a role)
    ("Mexico's foreign minister met Guatemala's foreign minister in the border city of Tapachula on "
     "Thursday to discuss migration and the smuggling of weapons.",
     "CONSULT", ("MEX", "GOV"), ("GTM", "GOV"), None),
    ("Indonesia's president landed in Tokyo on Sunday at the start of a three-day trip. Prabowo "
     "Subianto held talks with Japan's prime minister on Monday about coast guard ships and a nickel "
     "smelter that Japanese firms want to build in Sulawesi.",
     "CONSULT", ("IDN", "GOV"), ("JPN", "GOV"), None),
    ("Senegal's prime minister was received by his Spanish counterpart at the Moncloa palace in Madrid "
     "on Tuesday for talks on fishing rights and irregular migration, the Spanish government said.",
     "CONSULT", ("ESP", "GOV"), ("SEN", "GOV"), None),
    # --- SUPPORT (051 plain as a phrasal verb with attribution after the clause, 051 with a role for
    # a UN official, 052 as an idiom with a pronoun from the sentence before)
    ("Poland came out in support of Armenia's hopes of one day joining the European Union on "
     "Wednesday, the Polish foreign minister told reporters in Yerevan.",
     "SUPPORT", ("POL", None), ("ARM", None), None),
    ("The UN secretary-general commended Mauritania on Thursday for taking in tens of thousands of "
     "refugees who have fled the fighting in central Mali.",
     "SUPPORT", ("UNO", None), ("MRT", None), None),
    ("Taiwan has been shut out of the World Health Assembly since 2017. Paraguay spoke up for it again "
     "on Monday, saying the island deserved a seat as an observer.",
     "SUPPORT", ("PRY", None), ("TWN", None), None),
    # --- CONCEDE (085 plain with attribution after the clause, 0813 in the passive with a "by"
    # agent and a participle, 0832 as a phrasal verb with a participle phrase for the pressure)
    ("The United States removed Belarus's national airline Belavia from its sanctions list on "
     "Thursday after Minsk freed 52 prisoners, the U.S. embassy in Vilnius said.",
     "CONCEDE", ("USA", None), ("BLR", None), None),
    ("The curfew imposed on Kathmandu after last week's deadly protests was lifted by the army on "
     "Saturday, allowing shops, offices and schools to reopen.",
     "CONCEDE", ("NPL", None), None, None),
    ("Ecuador's president, facing a three-week strike by Indigenous groups over the end of diesel "
     "subsidies, gave in on Sunday and restored part of the subsidy for farmers and bus owners.",
     "CONCEDE", ("ECU", "GOV"), None, None),
    # --- COOPERATE (062 plain with a pair of armies, 064 in the passive with a "by" agent inside a
    # relative clause, 062 planned with attribution after the clause)
    ("Mongolian and American soldiers wrapped up two weeks of peacekeeping drills at a training ground "
     "outside Ulaanbaatar on Friday.",
     "COOPERATE", ("MNG", None), ("USA", None), None),
    ("Albanian police, who had been tipped off by Italy's financial police, seized three tonnes of "
     "cannabis hidden in a lorry at the port of Durres on Wednesday.",
     "COOPERATE", ("ITA", None), ("ALB", None), None),
    ("Chile and Argentina will hold joint naval exercises in the Beagle Channel in March, the Chilean "
     "navy said on Tuesday.",
     "COOPERATE", ("CHL", None), ("ARG", None), "planned"),
    # --- AID (073 plain after a cyclone, 073 by an NGO as an idiom, 074 denied in reported speech)
    ("India sent 15 tonnes of medicines, tents and dry food to Sri Lanka on Sunday after Cyclone "
     "Ditwah killed more than 300 people on the island.",
     "AID", ("IND", None), ("LKA", None), None),
    ("Cholera is spreading through the camps around Goma. Oxfam trucked clean water to about 40,000 "
     "people living in them on Friday, the charity said.",
     "AID", ("NGO", None), ("COD", None), None),
    ("Iran's foreign ministry spokesman said on Wednesday that Tehran had never supplied Sudan's army "
     "with drones, calling the reports part of a smear campaign.",
     "AID", ("IRN", None), ("SDN", None), "negated"),
    # --- RETREAT (0831 a resignation plain with a title, 0841 after a pronoun for an armed group as
    # a phrasal verb, 0874 a nominal withdrawal)
    ("Fiji's finance minister quit on Thursday over a row about a loan from a Chinese state bank, the "
     "prime minister's office said.",
     "RETREAT", ("FJI", "GOV"), None, None),
    ("ELN guerrillas seized two soldiers in Colombia's Arauca province last month. The rebels let them "
     "go on Saturday, handing them to a church commission, the ombudsman's office said.",
     "RETREAT", ("COL", None), ("COL", None), None),
    ("The withdrawal of Burundian troops from South Kivu in eastern Congo was completed on Sunday, a "
     "Burundian army spokesman said.",
     "RETREAT", ("BDI", None), ("COD", None), None),
    # --- REQUEST (1032 plain with a participle, 1033 in reported speech with a capital, 1041 with an
    # intergovernmental body after a fronted phrase)
    ("Libya's government asked Italy on Wednesday for six coast guard boats to help stop migrant "
     "vessels leaving its western shores.",
     "REQUEST", ("LBY", "GOV"), ("ITA", None), None),
    ("A spokesman for Somalia's government said on Thursday that Mogadishu had asked Turkey for more troops and "
     "armed drones to help push al Shabaab out of the Shabelle valley.",
     "REQUEST", ("SOM", None), ("TUR", None), None),
    ("In a letter sent on Wednesday, the Organization of American States asked Nicaragua's government "
     "to let its human rights commission inspect the country's prisons.",
     "REQUEST", ("IGO", None), ("NIC", "GOV"), None),
    # --- ACCUSE (114 plain as a phrasal verb, 111 by an NGO through a participle, 111 after a
    # pronoun as an idiom)
    ("China called in Japan's ambassador on Friday over remarks about Taiwan made by the Japanese "
     "prime minister in parliament.",
     "ACCUSE", ("CHN", None), ("JPN", None), None),
    ("Amnesty International denounced what it called an execution spree in Iran on Tuesday, saying "
     "more than 1,000 people had been hanged there this year.",
     "ACCUSE", ("NGO", None), ("IRN", None), None),
    ("Colombia's president had his American visa revoked in September. He lashed out at Washington "
     "again on Sunday over the bombing of suspected drug boats off Venezuela, calling it murder.",
     "ACCUSE", ("COL", "GOV"), ("USA", None), None),
    # --- REJECT (1212 plain with a title, 120 as an idiom with attribution after the clause, 1213
    # in the passive with a "by" agent and a capital)
    ("Panama's president dismissed on Thursday a U.S. demand for free passage for American warships "
     "through the canal.",
     "REJECT", ("PAN", "GOV"), ("USA", None), None),
    ("Israel said no on Tuesday to any Turkish role in a stabilisation force for Gaza, an Israeli "
     "official told reporters.",
     "REJECT", ("ISR", None), ("TUR", None), None),
    ("A Russian offer to host peace talks between Armenia and Azerbaijan was rebuffed by Baku on "
     "Monday, two days after a row over a plane crash.",
     "REJECT", ("AZE", None), ("RUS", None), None),
    # --- THREATEN (1312 plain, 1313 after a pronoun in reported speech with a capital, 138 with
    # attribution after the clause and a conditional)
    ("Turkey threatened on Tuesday to launch a new offensive in northern Syria unless Kurdish fighters "
     "there lay down their arms before the end of December.",
     "THREATEN", ("TUR", None), ("SYR", None), None),
    ("Slovakia's prime minister objects to the bloc's plan to phase out Russian gas. He said on Friday "
     "that Bratislava would block the next package of European Union sanctions on Moscow unless the "
     "plan was dropped.",
     "THREATEN", ("SVK", None), ("EUR", None), None),
    ("Mexico will face tariffs of 30 percent from next month unless it stops fentanyl from flowing "
     "north, the U.S. president wrote on social media on Saturday.",
     "THREATEN", ("USA", "GOV"), ("MEX", None), None),
    # --- PROTEST (141 plain, 142 a hunger strike with a relative clause and attribution after the
    # clause, 143 as an idiom)
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi on Saturday against a law "
     "that bans foreign funding for independent media.",
     "PROTEST", ("GEO", None), None, None),
    ("Five jailed activists in Morocco, who were sentenced over the youth protests in September, started "
     "a hunger strike in Oukacha prison on Monday, their lawyers said.",
     "PROTEST", ("MAR", None), None, None),
    ("Teachers across Chile downed tools on Wednesday over pension debts the state has owed them "
     "since the 1980s.",
     "PROTEST", ("CHL", None), None, None),
    # --- SANCTION (tariffs plain with a relative clause, 1631 in the passive with a "by" agent and
    # a capital, 163 denied with a capital and a participle)
    ("Mexico raised tariffs on cars, steel and clothing from China and other Asian countries that have "
     "no trade deal with it on Wednesday.",
     "SANCTION", ("MEX", None), ("CHN", None), None),
    ("Ships carrying arms bound for Israel were barred from Spanish ports by Madrid on Friday, the "
     "transport ministry said.",
     "SANCTION", ("ESP", None), ("ISR", None), None),
    ("Kazakhstan's agriculture ministry denied on Monday that Astana had halted wheat shipments to "
     "Uzbekistan, blaming the delays on a shortage of railway wagons.",
     "SANCTION", ("KAZ", None), ("UZB", None), "negated"),
    # --- MOBILIZE (152 planned with attribution after the clause, 154 in the passive with a "by"
    # agent and a participle, 151 in the passive with attribution after the clause)
    ("Lithuania will call up 5,000 reservists in January for a week of drills near its border with "
     "Belarus, the defence ministry in Vilnius said on Monday.",
     "MOBILIZE", ("LTU", None), None, "planned"),
    ("More warships were dispatched to the southern Caribbean by the United States on Friday, "
     "including an aircraft carrier, the Pentagon said.",
     "MOBILIZE", ("USA", None), None, None),
    ("Troops on Gotland were put on heightened alert on Tuesday after Russian warships sailed close to "
     "the island, Sweden's armed forces said.",
     "MOBILIZE", ("SWE", None), None, None),
    # --- COERCE (173 plain with a participle, 1725 plain with a subordinate clause, 1731 in the
    # passive with a "by" agent, 1722 after a pronoun for a security service)
    ("Ugandan security forces arrested the campaign manager of the opposition presidential candidate "
     "Bobi Wine on Tuesday, accusing him of planning riots.",
     "COERCE", ("UGA", None), ("UGA", None), None),
    ("Tanzania's government shut down the internet across the country on Wednesday as votes from the "
     "disputed election were counted.",
     "COERCE", ("TZA", "GOV"), None, None),
    ("An Italian aid worker was sentenced to 11 years in prison by a court in Tehran on Monday on "
     "spying charges, his family said.",
     "COERCE", ("IRN", "JUD"), ("ITA", None), None),
    ("Belarus's KGB has branded dozens of exiled opposition groups extremist. Its officers searched "
     "the homes of 14 relatives of exiled activists in Minsk on Friday, the rights group Viasna said.",
     "COERCE", ("BLR", None), ("BLR", None), None),
    # --- ASSAULT (190 plain with a nominal subject, 190 plain with an armed group by its own name and
    # a participle, 195 in the passive with a "by" agent, 194 after a pronoun for an armed group)
    ("Ukrainian drones hit a power plant in Russia's Voronezh region overnight, cutting electricity to "
     "thousands of homes, the regional governor said on Sunday.",
     "ASSAULT", ("UKR", None), ("RUS", None), None),
    ("Boko Haram fighters stormed an army base in northeastern Nigeria's Borno state on Monday, "
     "killing at least nine soldiers, military sources said.",
     "ASSAULT", ("NGA", None), ("NGA", "MIL"), None),
    ("A car carrying a Hezbollah commander was struck by an Israeli drone on a road near Tyre on "
     "Sunday, killing him and another man, Lebanon's health ministry said.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
    ("Al Shabaab has stepped up attacks on the outskirts of Mogadishu since the rains ended. Its "
     "fighters fired mortar rounds at the airport on Wednesday, wounding two Somali guards, police "
     "said.",
     "ASSAULT", ("SOM", None), ("SOM", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Mexican soldiers and police have seized more than 1,200 kilograms of fentanyl since January, the "
    "security cabinet says.",
    "Ukraine's navy has sunk or damaged more than 30 Russian vessels in the Black Sea since 2022, "
    "according to officials in Kyiv.",
    "Kenya's tea exports fell 7 percent between January and June, the tea board said.",
    "Chile's jobless rate edged down to 8.4 percent in the three months to October, the national "
    "statistics institute said.",
    "Two thirds of Finns think joining NATO has made their country safer, a poll for the newspaper "
    "Helsingin Sanomat showed.",
    "Most Scots would back independence if a second referendum were held tomorrow, a Survation poll "
    "suggested.",
    "Egypt and Sudan both lay claim to the Halaib triangle on the Red Sea coast.",
    "Ethiopia considers its lack of an outlet to the sea a historic mistake.",
    "Spain has never recognised Kosovo as a state.",
    "Indonesia's central bank expects the economy to grow a little over 5 percent in 2027.",
    "Thailand's parliament is expected to vote on the budget bill in late January.",
    "Niger's junta could expel more foreign aid groups in the coming months, aid workers in Niamey "
    "worry.",
    "North Korea may be getting ready for a seventh nuclear test, according to some analysts in "
    "Seoul.",
    "Iraqi troops occupied Kuwait for seven months in 1990 and 1991.",
    "Vietnamese troops drove the Khmer Rouge out of Phnom Penh in January 1979.",
    "Egypt and Israel signed their peace treaty in Washington in 1979.",
    "Russian and Chinese warships hold joint drills in the Sea of Japan most summers.",
    "Swiss voters go to the polls about four times a year under the country's system of direct "
    "democracy.",
    "Morocco's Atlas Lions crushed Niger 5-0 in Rabat on Friday.",
    "Japan's women knocked out the United States in the volleyball semi-finals on Sunday.",
    "The German chipmaker launched a hostile bid for a Dutch rival on Monday.",
    "A new strain of bird flu has invaded poultry farms across Hungary, veterinary officials say.",
    "In the new streaming satire, an Oscar-winning actor plays a dictator who invades a neighbouring "
    "island.",
    "Runaway food prices are holding Egyptian households hostage, economists say.",
    "The Chinese electric carmaker has conquered Brazil's market in less than two years.",
]

#: the first run's figures (see the docstring); each floor sits about one case below
FLOORS = {"type": 0.87, "actor_code": 0.87, "actor_sector": 0.87, "recipient": 0.74, "pass": 0.79,
          "empty": 0.97}
PUBLISHED = "2026-11-30"
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
    return _code([c[0] for c in STORIES], resources, "blind18")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind18-empty")


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


def test_blind18_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind18 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind18_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind18 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
