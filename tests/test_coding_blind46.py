"""A forty-sixth blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on economy and coercion in every region: sanctions, export controls, tariffs, asset freezes,
nationalisations, seizures of ports and ships, bank licences revoked, strikes by dockers and miners,
decisions of the IMF and of central banks, trade deals signed and suspended, the way the desks of
AP, Reuters, AFP and VOA write it. Many of the acts are told as nouns ("the seizure of", "the
suspension of", "an appeal for") or in the passive with "by". About half of the stories are plain
wire copy (pledged, met, signed, lifted, extradited, approved a loan, released, urged, accused,
rejected, threatened, marched, imposed a tariff, deployed, arrested, fired a missile), the other half
harder (reported speech, attribution after the clause, the passive, nominal events, titles instead of
names, capitals for states, nationality adjectives, pronouns resolved from the sentence before,
phrasal verbs and idioms such as "turned down", "handed back", "downed tools", "opened fire on",
relative clauses). Each story comes with the PLOVER type of one act its last sentence reports, that
act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook
gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions,
the project's codes for international bodies: UN agencies UNO, other intergovernmental bodies such
as the IMF, the World Bank and the African Union IGO, NGOs NGO, the European Union EUR; an act
announced for the future, an offer or a promise is an expression of intent, AGREE, 03, unless it is
hostile and conditional, THREATEN, 13; meetings and visits are CONSULT, 04; praise and the signing
of a formal agreement are SUPPORT, 05 and 057; lifting sanctions or a ban and accepting demands are
CONCEDE, 081, 0812, 083; extradition and shared records are COOPERATE, 06; loans and relief are AID,
07; the release of a seized ship, the return of property and a pullback of forces are RETREAT; an
ambassador summoned is ACCUSE, 114; strikes and blockades by civilians are PROTEST, 14; tariffs,
embargoes, aid suspended and an ambassador recalled are SANCTION, 16; deploying troops or police and
raising an alert level are MOBILIZE, 15; arrests, seizures and nationalisations are COERCE, 17;
when two parties act jointly the first is the actor and no recipient is checked; a denial "X denied
that it had ..." gives the modality "negated"; a sector is given only where it is clear-cut).

Two kinds of case:

- STORIES: a story passes when the coder finds, in the story, an event of the expected type whose
  actors include the expected actor (its code, and its sector where one is given), whose recipients
  include the expected recipient where one is given, and whose modality is the expected one where
  one is given.
- EMPTY: passages that report no codable act that happened: statistics, polls, tallies, standing
  positions in the simple present, forecasts, hedged speculation, background history with years,
  habits, and political verbs in the senses of sports, markets, business, science, technology and
  crime figures ("attacked from the first whistle", shares that "retreated", a firm that "deployed"
  software, chipmakers that "captured" a market). An empty passage passes when the coder reports no
  event with the modality "asserted" or "reported" in it.

Every text was written for this batch and checked with /tmp/ew/overlap.py for six-word runs shared
with the gold sets, the seed, the news corpus, the demo corpus and the tests; none was found.

FIRST RUN, on commit 20be116 (the fifth 2026-12-01 session's starting coder; no coding rule had changed yet):
the type found in 44 of 50 stories (0.880); the actor code right on an event of the type in 41 (0.820); code
and sector in 13 of the 19 that give a sector (0.684); the recipient right in 29 of the 39 that give one
(0.744); **32 of 50 passing (0.640)**; 24 of 25 empty passages left empty.
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
    # --- AGREE (plain pledge; intent announced for the future with attribution after the clause and a
    # capital; a promise by a minister resolved from the sentence before)
    ("Indonesia pledged on Monday to supply Pakistan with half a million tonnes of palm oil a year under "
     "a barter scheme in which Islamabad pays partly in rice.",
     "AGREE", ("IDN", None), ("PAK", None), None),
    ("Uruguay has spent a fifth of its reserves defending the peso since September. Argentina's central "
     "bank will open a currency swap line for its Uruguayan counterpart worth $2 billion, Buenos Aires "
     "said in a statement late on Thursday.",
     "AGREE", ("ARG", None), ("URY", None), None),
    ("South Korea's trade minister landed in Nairobi on Tuesday, the first such visit in a decade. He "
     "promised Kenyan officials that Seoul would pay for a network of refrigerated warehouses at the "
     "port of Mombasa.",
     "AGREE", ("KOR", "GOV"), ("KEN", "GOV"), None),
    # --- CONSULT (plain meeting with the IMF; joint talks by nationality adjectives; a visit hosted,
    # in the passive with "by")
    ("Brazil's finance minister met International Monetary Fund chief Kristalina Georgieva in Washington "
     "on Wednesday to go over plans for rolling over the country's maturing debt.",
     "CONSULT", ("BRA", "GOV"), ("IGO", None), None),
    ("Vietnamese and Australian trade officials negotiated in Hanoi for two days this week over a quarrel "
     "about inspection rules for frozen prawns.",
     "CONSULT", ("VNM", "GOV"), None, None),
    ("Nigeria's petroleum minister was received in Riyadh on Sunday by the Saudi energy minister, the "
     "two governments said, as OPEC members argue over next year's output quotas.",
     "CONSULT", ("SAU", "GOV"), ("NGA", "GOV"), None),
    # --- SUPPORT (plain signing of a trade pact, joint; praise by an African Union official; praise told
    # as a noun with a relative clause)
    ("Chile and Thailand signed a free trade agreement on Friday that cuts duties on wine, copper "
     "cathodes and canned tuna over seven years.",
     "SUPPORT", ("CHL", None), None, None),
    ("The African Union's commission chief welcomed Ghana's new mining code on Monday, calling it an "
     "example of how the continent's producers can keep more of the value of their gold.",
     "SUPPORT", ("IGO", None), ("GHA", None), None),
    ("Morocco decided last month to open its phosphate terminals to exporters from Mauritania. The move "
     "drew warm praise on Wednesday from the European Commission, which described it as a practical step "
     "toward integrating the region's economies.",
     "SUPPORT", ("EUR", None), ("MAR", None), None),
    # --- CONCEDE (plain lifting of sanctions; a ban eased, attribution after the clause and a capital;
    # demands of striking miners accepted, in the passive with "by")
    ("The United States on Tuesday lifted its sanctions against Venezuela's state-run gold mining "
     "company, a week after Caracas freed two detained Americans.",
     "CONCEDE", ("USA", None), ("VEN", None), None),
    ("China has eased its ban on imports of Japanese seafood, the commerce ministry in Beijing said on "
     "Friday, allowing scallops and sea cucumbers from ten prefectures to be shipped again.",
     "CONCEDE", ("CHN", None), ("JPN", None), None),
    ("Striking miners in Zambia's Copperbelt had demanded a pay rise of 20 percent. Their demand was "
     "accepted on Thursday by the state-owned Zambian copper producer Mopani, ending a stoppage that had "
     "lasted nine days.",
     "CONCEDE", ("ZMB", "BUS"), ("ZMB", "LAB"), None),
    # --- COOPERATE (plain extradition; payment systems linked, joint; records handed over by customs
    # officials, with attribution after the clause)
    ("Malaysia extradited a former Singaporean banker to Singapore on Monday to stand trial over a $400 "
     "million trade-finance fraud.",
     "COOPERATE", ("MYS", None), ("SGP", None), None),
    ("India and the United Arab Emirates linked their instant payment networks on Wednesday, letting "
     "migrant workers in Dubai send money home in seconds.",
     "COOPERATE", ("IND", None), None, None),
    ("Panamanian customs officials handed U.S. Treasury investigators the shipping records of dozens of "
     "tankers suspected of carrying sanctioned Iranian crude, an official in Panama City said.",
     "COOPERATE", ("PAN", "GOV"), ("USA", "GOV"), None),
    # --- AID (plain loan from the World Bank; a tranche received, the giver after "from"; relief flown in,
    # in the passive with "by", after a context sentence)
    ("The World Bank on Thursday approved a loan of $750 million for Ethiopia to rebuild its foreign "
     "exchange reserves after the birr was floated.",
     "AID", ("IGO", None), ("ETH", None), None),
    ("Sri Lanka received a further $330 million from the International Monetary Fund on Friday under its "
     "bailout programme, the central bank in Colombo said.",
     "AID", ("IGO", None), ("LKA", None), None),
    ("Food prices in Haiti have doubled since gangs shut the main container terminal. Forty tonnes of "
     "flour and cooking oil were flown into the Haitian capital on Sunday by Canada, the embassy said.",
     "AID", ("CAN", None), ("HTI", None), None),
    # --- RETREAT (plain release of a seized tanker; a concession handed back, phrasal verb; a navy's
    # withdrawal told with a pronoun resolved from the sentence before)
    ("Iran released a British-flagged oil tanker and its 23 crew members on Monday, two months after its "
     "commandos boarded the vessel in the Strait of Hormuz.",
     "RETREAT", ("IRN", None), ("GBR", None), None),
    ("Bolivia handed back to a Chinese consortium on Wednesday the lithium concession it had taken over "
     "last year, the mining ministry in La Paz said.",
     "RETREAT", ("BOL", None), ("CHN", "BUS"), None),
    ("Russian warships had escorted grain freighters along Sudan's Red Sea coast for a month. The Russian "
     "navy pulled its frigates out of the area on Saturday, a Sudanese port official said.",
     "RETREAT", ("RUS", "MIL"), None, None),
    # --- REQUEST (plain urging by the IMF; a business chamber calling on its government; an appeal told
    # as a noun in the passive with "by" and a title)
    ("The International Monetary Fund urged Egypt on Tuesday to speed up the sale of state-owned "
     "companies and let the private sector compete on equal terms.",
     "REQUEST", ("IGO", None), ("EGY", None), None),
    ("Copper trucks have been stranded for two weeks on the highway to the port of Matarani. Peru's "
     "mining chamber called on the government on Thursday to send in the army and reopen the road.",
     "REQUEST", ("PER", "BUS"), ("PER", "GOV"), None),
    ("An appeal for the 49 percent duty on Cambodian garments to be dropped was made to Washington on "
     "Thursday by Cambodia's prime minister, who said 700,000 factory jobs were at stake.",
     "REQUEST", ("KHM", "GOV"), ("USA", None), None),
    # --- ACCUSE (plain accusation; an ambassador summoned, in the passive; union leaders accusing a
    # cabinet named by its president, with a quotation)
    ("Mexico accused the United States on Friday of breaking their trade pact by capping imports of "
     "Mexican tomatoes.",
     "ACCUSE", ("MEX", None), ("USA", None), None),
    ("Norway's ambassador was summoned to the Chinese foreign ministry on Wednesday over Oslo's decision "
     "to block the sale of a shipyard in Bergen to a firm from Shanghai.",
     "ACCUSE", ("CHN", "GOV"), ("NOR", "GOV"), None),
    ("Leaders of Kenya's dockworkers' union accused President William Ruto's cabinet on Tuesday of "
     "leasing out the port of Mombasa \"through the back door\" after a deal with a Gulf operator was "
     "approved.",
     "ACCUSE", ("KEN", "LAB"), ("KEN", "GOV"), None),
    # --- REJECT (plain vote against a bill; an offer turned down, phrasal verb, attribution after the
    # clause; a proposal rejected in the passive with "by" and a capital for the EU)
    ("Ecuador's National Assembly rejected a bill on Thursday that would have let foreign companies run "
     "oil blocks inside Amazon nature reserves.",
     "REJECT", ("ECU", "LEG"), None, None),
    ("Ghana's cocoa regulator turned down an offer from Swiss commodity traders to prefinance next "
     "season's crop, a regulator official said on Monday.",
     "REJECT", ("GHA", None), ("CHE", "BUS"), None),
    ("A proposal from Brussels to cap the price of Russian pipeline gas was rejected by Hungary on Monday, "
     "whose foreign minister said it would leave Hungarian homes cold.",
     "REJECT", ("HUN", None), ("EUR", None), None),
    # --- THREATEN (plain threat of retaliatory duties; a miner's threat with the condition first and
    # attribution after; an ultimatum by dockers, idiom "or face")
    ("India threatened on Wednesday to slap retaliatory duties on American almonds and apples if "
     "Washington goes ahead with new tariffs on Indian steel.",
     "THREATEN", ("IND", None), ("USA", None), None),
    ("Unless Bamako settles arrears of $300 million, the Canadian gold miner Barrick will halt output at "
     "its biggest Malian complex, the company warned in a letter to the mines ministry.",
     "THREATEN", ("CAN", "BUS"), ("MLI", None), None),
    ("Belgian dockers at Antwerp gave the port authority until Friday to shelve its plans for "
     "driverless cranes or face an indefinite walkout.",
     "THREATEN", ("BEL", "LAB"), ("BEL", None), None),
    # --- PROTEST (plain march by farmers; a strike told with the idiom "downed tools" and attribution
    # after; a harbour blockade with a relative adjective phrase)
    ("Thousands of Polish farmers drove their tractors into central Warsaw on Tuesday to protest against "
     "cheap imports of Ukrainian grain.",
     "PROTEST", ("POL", None), None, None),
    ("Coal miners in South Africa's Mpumalanga province downed tools on Monday over unpaid bonuses, the "
     "National Union of Mineworkers said.",
     "PROTEST", ("ZAF", "LAB"), None, None),
    ("Fishermen angry at the sale of licences to foreign trawlers blockaded the harbour in Dakar with "
     "their pirogues on Friday, Senegalese officials said.",
     "PROTEST", ("SEN", None), None, None),
    # --- SANCTION (plain embargo by the EU; plain tariff; budget support suspended told as a noun in the
    # passive with "by"; an ambassador recalled by a capital)
    ("The European Union imposed an embargo on arms sales to Nicaragua on Monday after the government "
     "stripped more than 300 critics of their citizenship.",
     "SANCTION", ("EUR", None), ("NIC", None), None),
    ("Canada imposed a tariff of 25 percent on steel and aluminium imported from China on Wednesday.",
     "SANCTION", ("CAN", None), ("CHN", None), None),
    ("The suspension of all budget support to Burkina Faso was announced on Thursday by Denmark, which "
     "said the ruling junta had broken its promise to hold elections.",
     "SANCTION", ("DNK", None), ("BFA", None), None),
    ("Spain's prime minister backed Moroccan rule over Western Sahara in a letter last week. Algiers "
     "recalled its envoy to Spain on Saturday in response.",
     "SANCTION", ("DZA", None), ("ESP", None), None),
    # --- MOBILIZE (plain deployment of soldiers; police sent in the passive; an alert level raised by a
    # coast guard after a context clause)
    ("Ecuador deployed soldiers to guard the container terminals of Guayaquil on Tuesday after a spate "
     "of cocaine seizures in cargo bound for Europe.",
     "MOBILIZE", ("ECU", None), None, None),
    ("Workers at the Grasberg copper mine have blocked its access road since Sunday. Several hundred "
     "riot police were flown to the mine on Wednesday by the Indonesian government.",
     "MOBILIZE", ("IDN", None), None, None),
    ("Chinese customs vessels began stopping cargo ships bound for Kaohsiung this week. Taiwan's coast "
     "guard raised the alert level for its patrol fleet on Friday.",
     "MOBILIZE", ("TWN", None), None, None),
    # --- COERCE (plain arrests; a tanker seizure told as a noun with "by"; a nationalisation; a denial of
    # detentions, negated)
    ("Nigerian police arrested 14 currency dealers in Lagos on Tuesday in a crackdown on trading the "
     "naira outside official channels.",
     "COERCE", ("NGA", "COP"), ("NGA", None), None),
    ("The seizure of a Liberian-flagged tanker by Iran's Revolutionary Guards took place before dawn on "
     "Sunday in the Gulf of Oman, a British maritime agency said.",
     "COERCE", ("IRN", "MIL"), ("LBR", None), None),
    ("Venezuela nationalised the local plant of a Spanish steelmaker on Monday, saying the company had "
     "sabotaged production.",
     "COERCE", ("VEN", None), ("ESP", "BUS"), None),
    ("An Armenian hauliers' association said dozens of its drivers had been held at the frontier for a "
     "week. Turkey denied that it had detained any Armenian truck drivers.",
     "COERCE", ("TUR", None), ("ARM", None), "negated"),
    # --- ASSAULT (plain missile strike by rebels; gunmen attacking a convoy, with attribution after; police
    # opening fire, idiom, with a pronoun resolved from the sentence before)
    ("Houthi rebels hit a Greek-owned freighter with an anti-ship missile off the Yemeni port of Hodeidah "
     "on Tuesday, setting its engine room ablaze.",
     "ASSAULT", ("YEM", "REB"), ("GRC", None), None),
    ("Gunmen ambushed a convoy of lorries carrying tin ore in eastern Congo on Friday and killed four "
     "drivers, the provincial governor said.",
     "ASSAULT", ("COD", None), ("COD", None), None),
    ("Striking miners had blocked the road to the Porgera gold mine for a week. Police in Papua New "
     "Guinea opened fire on them on Wednesday, killing two, a church group said.",
     "ASSAULT", ("PNG", "COP"), ("PNG", None), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    "Chilean shipments of copper abroad dropped by 8 percent last month on a yearly basis, central bank "
    "figures published on Monday showed.",
    "Fifty-four percent of Germans favour tighter checks on Chinese takeovers of German firms, a Forsa "
    "survey found, while 31 percent are against them.",
    "Switzerland traditionally does not join sanctions unless the United Nations or its main trading "
    "partners have adopted them first.",
    "Economists polled by Reuters expect the Bank of England to keep its benchmark rate at 4 percent next "
    "month and to cut it only in the spring.",
    "Analysts say Beijing could in theory curb exports of rare earth magnets again if the talks falter, "
    "though no such step appears to be under consideration.",
    "In 1973 Arab oil producers cut supplies to the United States and the Netherlands, an embargo that "
    "quadrupled crude prices within a few months.",
    "Mexico expropriated its oil industry in 1938, taking over the assets of American and British "
    "companies, a day still marked as a national holiday of sorts.",
    "Every spring, fishermen in Newfoundland gather on the wharf in St. John's to swap gear and sell off "
    "last season's nets.",
    "Liverpool attacked from the first whistle and thrashed Everton 3-0 at Anfield on Saturday, with "
    "Mohamed Salah scoring twice before the break.",
    "Shares of Japanese carmakers retreated in Tokyo on Tuesday as the yen firmed against the dollar.",
    "A Dutch parcel company deployed fresh routing software in all 400 of its depots last quarter, "
    "trimming fuel bills by about a tenth.",
    "The fungus attacks wheat roots only once the soil warms past 25 degrees Celsius, the researchers "
    "reported in the journal.",
    "Car thefts in the city rose to 1,240 last year, up from 980 in 2023, according to police statistics.",
    "Copper prices surged to an all-time peak on Wednesday, while the dollar slid against most major "
    "currencies.",
    "Since January an average of 312 vessels a month have transited the canal, down from 410 a year "
    "earlier, the canal authority's data show.",
    "Norway's sovereign wealth fund does not invest in companies that make tobacco or nuclear weapons, "
    "under ethical guidelines that have applied for two decades.",
    "The World Bank's latest outlook projects growth of 3.8 percent in sub-Saharan Africa next year, up "
    "from 3.3 percent this year.",
    "If the stoppage spread to the iron ore mines of the Pilbara, Australian exports could fall sharply, "
    "one broker wrote to clients.",
    "Kenyan runners swept the podium in the Berlin marathon, with the winner breaking away from the pack "
    "at the 30-kilometre mark.",
    "Chinese chipmakers captured about a third of the global market for older semiconductors last year, "
    "industry data show.",
    "The latest version of the app blocks spam calls automatically and lets users flag suspicious "
    "numbers with one tap.",
    "The district logged 47 burglaries in October, its lowest monthly total since early 2019.",
    "Ghana has been the world's second-largest cocoa grower for decades, behind its neighbour Ivory "
    "Coast.",
    "Frost may have damaged up to a fifth of Brazil's coffee crop, growers in Minas Gerais estimate, "
    "though a full survey will take weeks.",
    "In the final round the Indian grandmaster sacrificed a rook and trapped her opponent's queen, who "
    "resigned after 41 moves.",
]

FLOORS = {"type": 0.89, "actor_code": 0.89, "actor_sector": 0.91, "recipient": 0.81, "pass": 0.81,
          "empty": 0.97}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED)
            for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind46")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind46-empty")


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


def test_blind46_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind46 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind46_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind46 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
                                     + "\n".join(wrong))


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
