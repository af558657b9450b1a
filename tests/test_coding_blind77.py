"""Blind batch 77: one week in East Asia and the Pacific, 50 short wire stories and 30 EMPTY passages.

Written at the start of the eighteenth session (2026-12-02). The stories come from China, Taiwan, Japan, the two
Koreas, Mongolia, the Philippines, Vietnam, Indonesia, Australia, New Zealand, Papua New Guinea, Fiji and the Solomon
Islands, with parties from farther away (the United States, the European Union, the Pacific Islands Forum, the UN).
Each story has one to three sentences and each EMPTY passage one to three sentences. Types of the stories:
AGREE 3, CONSULT 3, SUPPORT 4, CONCEDE 3, COOPERATE 3, AID 3, RETREAT 3, REQUEST 3, ACCUSE 3, REJECT 3, THREATEN 3,
PROTEST 3, SANCTION 3, MOBILIZE 3, COERCE 4, ASSAULT 3.
About half the stories are plain wire copy; the rest are harder: acts told in the passive with the agent named only
in the sentence before, titles whose country is named only in an earlier sentence, an act told by a noun in a
prepositional phrase, reported speech with the attribution after the clause, capitals standing for states,
nationality adjectives, pronouns resolved from the sentence before, phrasal verbs, relative clauses, a denial, and
stories that close with an act of another type than their first sentence's.

Conventions for the expected values: each story gives the PLOVER type of one act its LAST sentence reports, that
act's actor and recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions). Codes are ISO 3166 alpha-3
for states and their governments, forces, police, people and armed groups; UNO for the UN and its agencies; IGO for
other intergovernmental bodies (the Pacific Islands Forum, ASEAN); EUR for the European Union.
- An act announced for the future is an expression of intent, AGREE (03), unless it is hostile and conditional,
  THREATEN (13); an ultimatum is THREATEN.
- Praise, an apology and signing a formal agreement are SUPPORT (05, 055, 057).
- Giving in to a demand, easing a curfew and lifting a ban are CONCEDE (08).
- Joint drills, an extradition and intelligence sharing are COOPERATE (06).
- Food sent, shelters sent and asylum granted are AID (07).
- A release of prisoners, a pullback of troops and the return of property are RETREAT (0841, 0874, 0842).
- Summoning a foreign envoy is ACCUSE (114).
- Expelling a diplomat, recalling an envoy and suspending aid are SANCTION (16).
- Troops rushed to a front, a raised alert and large-scale exercises near a border are MOBILIZE (15).
- A ban, deportations and detentions are COERCE (17).
- A denial ("X denied that it had ...") gives the modality "negated"; elsewhere the modality is None (not checked).
- When two parties act jointly ("X and Y signed") the first side is the actor and the recipient is None.
- A sector is given only where it is clear-cut (a minister, spokesman, ambassador or national government GOV;
  soldiers, armed forces, a theater command or warplanes MIL; police COP; teachers EDU; rebels REB; journalists
  JRN); for a bare state, a capital, a ministry, an agency, authorities, a coast guard, protesters or gunmen the
  sector is None and only the code is checked. A recipient of None is not checked.
The EMPTY passages report no political event that happened: trade, price and other statistics, a poll, casualty,
disease and election tallies, standing positions in the simple present, economic and weather forecasts, hedged
speculation, background history with years, habits, an obituary, an archaeological find, and political verbs in
the senses of sports, chess, business, technology, science, nature and crime reporting.

Scoring, as the functions below do it: a story passes when the coder reports an event of the expected type whose
actor has the expected code (and sector, where given), whose recipient has the expected code and sector (where
given) and whose modality is the expected one (where given); the batch also reports the share of stories with an
event of the type, with the actor's code, with the actor's sector (over stories that give one) and with the
recipient (over stories that give one). An EMPTY passage passes when no event is reported with the modality
"asserted" or "reported", that is as having happened.

All wording is invented in a wire style; the people named are invented, the countries, bodies, places and public
roles are real. Every text was checked with /tmp/ew/overlap.py for six-word runs shared with the gold, seed, news and
demo corpus and the repository's tests, and none was found with the gold/seed/news/demo texts. The batch was written
without reading the coder's code, lexicons, rules or data or any other blind batch, from the template and the brief
alone.

FLOORS were all 0.0 until the first run; they are now its figures less 0.03.

FIRST RUN (written by a helper at the start of the eighteenth session (2026-12-02)), on its starting code (7dd3f8f),
before any of it was read: the type found in 45 of 50 stories (0.900); the actor code right on an event of the type
in 44 (0.880); code and sector in 12 of the 15 that give a sector (0.800); the recipient right in 35 of the 42 that
give one (0.833); **39 of 50 passing (0.780)**; 26 of 30 empty passages left empty. Read afterwards: its misses may
inform rules (each justified by the codebook, with its own test sentences).
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
    # (story text, PLOVER type, (actor code, sector or None), (recipient code, sector) or None, modality or None)
    (
        "WELLINGTON (Reuters) - New Zealand's foreign minister pledged on Tuesday to open negotiations with Fiji "
        "early next year on a treaty fixing the two countries' maritime boundary.",
        'AGREE', ('NZL', 'GOV'), ('FJI', None), None,
    ),
    (
        'JAKARTA (AFP) - A fishing boat sank off Rote Island last week with 11 crew aboard. Jakarta will let '
        "Australian investigators examine the wreck, Indonesia's transport minister told reporters on Wednesday.",
        'AGREE', ('IDN', None), ('AUS', None), None,
    ),
    (
        'HANOI (VNA) - Vietnam and the Philippines agreed on Monday to open a round-the-clock communication line '
        'linking their coast guards, the two foreign ministries said in a joint statement.',
        'AGREE', ('VNM', None), None, None,
    ),
    (
        "TOKYO (Kyodo) - Japan's defence minister met his Philippine counterpart in Tokyo on Monday for talks on "
        'expanding port calls by their navies.',
        'CONSULT', ('JPN', 'GOV'), ('PHL', 'GOV'), None,
    ),
    (
        "SEOUL (Yonhap) - South Korea's unification minister flew to Washington on Tuesday for a three-day trip. "
        'She held talks there with the American deputy secretary of state on humanitarian exchanges with the North.',
        'CONSULT', ('KOR', 'GOV'), ('USA', 'GOV'), None,
    ),
    (
        "BEIJING (Xinhua) - China's premier sat down with the visiting Indonesian president in the Zhongnanhai "
        'leadership compound on Thursday, state media reported.',
        'CONSULT', ('CHN', 'GOV'), ('IDN', 'GOV'), None,
    ),
    (
        'SUVA (Fiji Times) - Pacific Islands Forum leader Sefo Tuilagi hailed Papua New Guinea on Wednesday for its '
        "smooth hosting of the regional leaders' meeting in Port Moresby.",
        'SUPPORT', ('IGO', None), ('PNG', None), None,
    ),
    (
        'SEOUL (AP) - A Japanese patrol aircraft briefly entered South Korean airspace south of Jeju on Sunday. '
        'Tokyo apologised to Seoul on Tuesday, calling the incursion a navigational error.',
        'SUPPORT', ('JPN', None), ('KOR', None), None,
    ),
    (
        "ULAANBAATAR (Montsame) - Mongolia's foreign minister and her South Korean counterpart signed a critical "
        'minerals partnership in Ulaanbaatar on Thursday, covering rare earths, copper and tungsten.',
        'SUPPORT', ('MNG', 'GOV'), None, None,
    ),
    (
        "MANILA (Philippine News Agency) - The American ambassador in Manila voiced Washington's firm backing on "
        "Friday for the Philippines' right to resupply its marines stationed on the reef.",
        'SUPPORT', ('USA', 'GOV'), ('PHL', None), None,
    ),
    (
        "JAKARTA (Reuters) - Indonesia's agriculture ministry halted imports of Australian live cattle in September "
        'over a skin disease scare. The suspension was lifted on Tuesday after veterinary tests came back clear, '
        'traders said.',
        'CONCEDE', ('IDN', None), ('AUS', None), None,
    ),
    (
        'HONIARA (RNZ Pacific) - Protesters had blocked the main road into Honiara for four days. The Solomon '
        'Islands government caved in on Thursday and dropped the fuel tax increase the protesters had opposed.',
        'CONCEDE', ('SLB', 'GOV'), ('SLB', None), None,
    ),
    (
        "TARI, Papua New Guinea (AFP) - Police in Papua New Guinea's Hela province shortened the night-time curfew "
        'in Tari by four hours on Monday, allowing markets to reopen after weeks of tribal fighting.',
        'CONCEDE', ('PNG', 'COP'), None, None,
    ),
    (
        'DARWIN (ABC) - Japanese and Australian warplanes staged joint air combat drills over the Northern '
        'Territory this week, the Australian Defence Force said.',
        'COOPERATE', ('JPN', 'MIL'), None, None,
    ),
    (
        'MANILA (AFP) - Philippine immigration agents arrested a South Korean suspect sought over a $20 million '
        'investment fraud at a Manila condominium in October. He was extradited to Seoul on Wednesday, the bureau '
        'of immigration said.',
        'COOPERATE', ('PHL', None), ('KOR', None), None,
    ),
    (
        'TOKYO (Kyodo) - Pyongyang launched a short-range missile from near its eastern port of Wonsan on Tuesday. '
        "Japan's defence ministry shared its tracking data on the launch with South Korea within the hour, "
        'officials in Tokyo said.',
        'COOPERATE', ('JPN', None), ('KOR', None), None,
    ),
    (
        'HONIARA (Reuters) - Australia airlifted 40 tonnes of rice, bottled water and tarpaulins to the Solomon '
        'Islands on Sunday after Cyclone Keira tore through the eastern provinces.',
        'AID', ('AUS', None), ('SLB', None), None,
    ),
    (
        "SUVA (AFP) - Floods have left thousands homeless on Fiji's main island of Viti Levu. The family tents that "
        'New Zealand shipped to Suva on Monday are now sheltering about 900 people, aid workers said.',
        'AID', ('NZL', None), ('FJI', None), None,
    ),
    (
        'SEOUL (Yonhap) - Two North Korean fishermen drifted across the maritime border in a wooden boat last '
        'month. South Korea granted them asylum on Thursday after they said they wished to stay, the unification '
        'ministry said.',
        'AID', ('KOR', None), ('PRK', None), None,
    ),
    (
        'TAIPEI (CNA) - Three Taiwanese fishermen detained near the Chinese coast in August were released by '
        "Chinese authorities on Monday and flew home to Kaohsiung, Taiwan's coast guard said.",
        'RETREAT', ('CHN', None), ('TWN', None), None,
    ),
    (
        'MANILA (Reuters) - Chinese coast guard ships pulled back from waters off Sabina Shoal on Tuesday, ending a '
        'nine-day standoff with Philippine vessels, the Philippine coast guard said.',
        'RETREAT', ('CHN', None), ('PHL', None), None,
    ),
    (
        "HANOI (VnExpress) - Vietnam's fisheries association welcomed the gesture after the return by Indonesia of "
        'two Vietnamese trawlers impounded off the Natuna Islands in June.',
        'RETREAT', ('IDN', None), ('VNM', None), None,
    ),
    (
        'MANILA (AP) - The Philippines pressed the United States on Tuesday for quicker delivery of three coastal '
        'patrol ships pledged under a military aid package.',
        'REQUEST', ('PHL', None), ('USA', None), None,
    ),
    (
        'GENEVA (Reuters) - The UN rights chief called on Beijing on Wednesday to reveal the whereabouts of a '
        'Uyghur economist who has not been heard from since his detention in March.',
        'REQUEST', ('UNO', None), ('CHN', None), None,
    ),
    (
        'ULAANBAATAR (Montsame) - A harsh winter has killed about 1.2 million head of livestock across Mongolia. '
        "The country's disaster agency sought hay and fodder from China on Friday, according to its spokesman.",
        'REQUEST', ('MNG', None), ('CHN', None), None,
    ),
    (
        "BEIJING (AFP) - China's foreign ministry summoned the Japanese envoy in Beijing late on Thursday over a "
        "Japanese lawmaker's visit to Taiwan, a ministry spokeswoman said.",
        'ACCUSE', ('CHN', None), ('JPN', None), None,
    ),
    (
        'PYONGYANG (KCNA) - Washington is using its drills with Seoul as cover to rehearse an invasion, North '
        "Korea's defence ministry charged in a statement carried on Wednesday.",
        'ACCUSE', ('PRK', None), ('USA', None), None,
    ),
    (
        "TAIPEI (Reuters) - Taiwan's Mainland Affairs Council condemned China on Tuesday for sentencing a Taiwanese "
        'bookseller to seven years in prison on secession charges.',
        'ACCUSE', ('TWN', None), ('CHN', None), None,
    ),
    (
        "BEIJING (Reuters) - China's foreign ministry dismissed a U.S. offer of arms control talks on Monday, "
        'calling it a publicity stunt aimed at domestic audiences.',
        'REJECT', ('CHN', None), ('USA', None), None,
    ),
    (
        'SEOUL (Korea Herald) - Japan had asked to hold the next round of fisheries talks in Tokyo. Seoul turned '
        'down the request on Wednesday, saying the venue should rotate between the capitals.',
        'REJECT', ('KOR', None), ('JPN', None), None,
    ),
    (
        "SUVA (RNZ Pacific) - The Pacific Islands Forum had proposed sending observers to next year's local "
        'elections in Papua New Guinea. The government in Port Moresby refused the offer on Friday, saying the '
        'polls were a purely domestic matter.',
        'REJECT', ('PNG', 'GOV'), ('IGO', None), None,
    ),
    (
        'MANILA (AFP) - The Philippine coast guard gave five Chinese fishing boats until dawn on Thursday to leave '
        'the waters off Thitu Island or be boarded and seized.',
        'THREATEN', ('PHL', None), ('CHN', None), None,
    ),
    (
        'PYONGYANG (AFP) - North Korea said on Monday it stood ready to strike U.S. bases on Guam should American '
        'bombers fly over the Korean peninsula again.',
        'THREATEN', ('PRK', None), ('USA', None), None,
    ),
    (
        'BEIJING (Reuters) - A Chinese commerce ministry spokesman briefed reporters after the United States '
        'approved a new arms package for Taiwan. He threatened to blacklist the American defence firms involved in '
        'the deal.',
        'THREATEN', ('CHN', 'GOV'), ('USA', None), None,
    ),
    (
        "SEOUL (Yonhap) - Hundreds of South Korean fishermen demonstrated in front of Japan's diplomatic mission in "
        "central Seoul on Saturday, waving banners against Tokyo's plan to widen its fishing quota in the East Sea.",
        'PROTEST', ('KOR', None), ('JPN', None), None,
    ),
    (
        'SUVA (FBC News) - Fijian teachers walked out of classrooms across the country on Monday in a strike over '
        'unpaid allowances.',
        'PROTEST', ('FJI', 'EDU'), None, None,
    ),
    (
        "JAKARTA (Reuters) - Indonesia's parliament passed a bill on Thursday letting serving officers hold more "
        'civilian posts. Students opposed to the law marched on the legislature in Jakarta that evening, chanting '
        'slogans.',
        'PROTEST', ('IDN', None), None, None,
    ),
    (
        'CANBERRA (AAP) - Canberra declared a Chinese consular official persona non grata on Tuesday after '
        'intelligence officials linked him to the monitoring of dissidents in Melbourne.',
        'SANCTION', ('AUS', None), ('CHN', None), None,
    ),
    (
        'HANOI (Reuters) - Vietnam called home its ambassador to Beijing for consultations on Thursday after a '
        "Chinese survey ship spent a week inside Vietnam's exclusive economic zone.",
        'SANCTION', ('VNM', None), ('CHN', None), None,
    ),
    (
        'BRUSSELS (AFP) - The European Union suspended a 30 million euro budget-support payment to Papua New Guinea '
        'on Monday, citing concerns over how earlier tranches had been spent.',
        'SANCTION', ('EUR', None), ('PNG', None), None,
    ),
    (
        'TAIPEI (Reuters) - Chinese warships and bombers gathered close to the midline of the strait on Sunday. '
        "Taiwan's armed forces raised their combat readiness level in response, a defence ministry statement said.",
        'MOBILIZE', ('TWN', 'MIL'), None, None,
    ),
    (
        "BEIJING (AFP) - China's Eastern Theater Command launched large-scale joint exercises around Taiwan on "
        "Monday, deploying warships and fighter jets close to the island's coast.",
        'MOBILIZE', ('CHN', 'MIL'), ('TWN', None), None,
    ),
    (
        'SEOUL (Yonhap) - North Korean soldiers briefly crossed the military demarcation line on Friday. South '
        'Korea rushed additional army units to the frontline in response, the Joint Chiefs of Staff said.',
        'MOBILIZE', ('KOR', None), None, None,
    ),
    (
        "TOKYO (Kyodo) - China's state security ministry has been investigating foreign drug companies for months. "
        "A Japanese pharmaceutical executive was detained by its officers in Beijing on Tuesday, Tokyo's top "
        'government spokesman said.',
        'COERCE', ('CHN', None), ('JPN', None), None,
    ),
    (
        'TOKYO (Japan Times) - Japan deported 26 Vietnamese technical interns on Friday after finding that they had '
        'overstayed their visas by up to two years, the immigration agency said.',
        'COERCE', ('JPN', None), ('VNM', None), None,
    ),
    (
        "HANOI (AFP) - Vietnam's information ministry barred two Australian television journalists from reporting "
        'in the country on Wednesday and revoked their press cards.',
        'COERCE', ('VNM', None), ('AUS', 'JRN'), None,
    ),
    (
        'MANILA (Reuters) - China denied on Thursday that its coast guard had confiscated the catch of Filipino '
        'fishermen near Scarborough Shoal, calling the reports fabricated.',
        'COERCE', ('CHN', None), ('PHL', None), 'negated',
    ),
    (
        "PORT MORESBY (AP) - Gunmen ambushed a police convoy in Papua New Guinea's Southern Highlands on Sunday, "
        'killing two officers, police said.',
        'ASSAULT', ('PNG', None), ('PNG', 'COP'), None,
    ),
    (
        'JAYAPURA, Indonesia (Reuters) - Separatist rebels shot dead two Indonesian soldiers guarding a bridge '
        'construction site in the Papua highlands on Wednesday, a military spokesman said.',
        'ASSAULT', ('IDN', 'REB'), ('IDN', 'MIL'), None,
    ),
    (
        'MANILA (AFP) - A Chinese coast guard vessel trailed a Filipino resupply vessel heading for Second Thomas '
        "Shoal on Tuesday. It then rammed the boat's stern, injuring a sailor, the Philippine military said.",
        'ASSAULT', ('CHN', None), ('PHL', None), None,
    ),
]

#: passages with no act that happened
EMPTY: list[str] = [
    (
        "SEOUL (Yonhap) - South Korea's chip shipments abroad jumped 18.4 percent in November compared with the "
        'same month of 2025, trade ministry data showed on Tuesday.'
    ),
    (
        'SINGAPORE (Reuters) - Iron ore futures surrendered their early gains on Wednesday as Chinese steel mills '
        'trimmed output ahead of the winter heating season.'
    ),
    (
        'TAIPEI (CNA) - A poll by a Taipei university released on Monday found that 61.3 percent of those '
        'questioned prefer no change in relations with Beijing.'
    ),
    (
        'MANILA (AP) - The death toll from Typhoon Marisol rose to 47 on Tuesday, with 12 people still missing in '
        'the central Visayas, the disaster agency said.'
    ),
    (
        "JAKARTA (Reuters) - Indonesia recorded 3,412 new dengue cases last week, bringing this year's total to "
        'more than 180,000, health ministry figures showed.'
    ),
    (
        'ULAANBAATAR (Montsame) - Partial results with 92 percent of the vote tallied gave the ruling party 41 of '
        "the 76 seats in the capital's city council, the election commission said."
    ),
    (
        'TAIPEI (AFP) - Beijing considers the island part of its territory, while Taipei says only its 23 million '
        'people can decide their future.'
    ),
    (
        'Tokyo and Seoul each assert ownership of a group of rocky outcrops lying between their coasts, which '
        'Koreans call Dokdo and Japanese call Takeshima.'
    ),
    (
        "WELLINGTON (Reuters) - New Zealand's economy should grow 1.9 percent next year, the Treasury forecast in "
        'its half-year update on Wednesday.'
    ),
    (
        'SUVA (FBC News) - A tropical low north of Vanua Levu could deepen into a cyclone by the weekend, with '
        'gusts of up to 90 km/h likely across the Yasawa group, forecasters said.'
    ),
    (
        'SEOUL (Reuters) - Analysts said North Korea could be readying a seventh atomic detonation before December '
        'is out, though recent satellite images showed no clear signs of preparations.'
    ),
    (
        'Manila took its dispute with Beijing to an arbitral tribunal in The Hague, whose 2016 award said most of '
        "Beijing's maritime demands rested on no lawful ground."
    ),
    'Mongolia held its first multiparty elections in 1990, closing nearly seven decades of one-party rule.',
    'Every morning, fishermen in Da Nang haul their round basket boats up the beach before the sand grows hot.',
    'Japanese office workers usually hand over their business cards with both hands and a slight bow.',
    (
        'KYOTO (Kyodo) - Shigeo Kanemura, a ceramic artist whose tea bowls were collected across Asia, died at his '
        'home in Kyoto on Sunday. He was 88.'
    ),
    (
        'HUE, Vietnam (VNA) - Archaeologists digging near the old citadel have unearthed a 14th-century bronze drum '
        'decorated with birds in flight, the provincial museum said.'
    ),
    (
        "SAITAMA (AFP) - Australia's winger raided down the left in the 67th minute, and his looping centre found "
        "the striker's forehead to level the World Cup qualifier against Japan."
    ),
    (
        "BANGKOK (AP) - South Korea's volleyball women routed Thailand 3-0 on Sunday and advanced to the title "
        'match of the continental tournament.'
    ),
    (
        "Mongolia's leading woman grandmaster gave up her queen on the 31st move and went on to checkmate her "
        'Chinese rival in the final round of the continental championship.'
    ),
    (
        'OSAKA (Reuters) - Osaka-based electronics maker Kinsei Corp launched a hostile bid on Monday for its rival '
        'Hamada Denki, offering a 40 percent premium to the last closing price.'
    ),
    (
        'SHENZHEN (Reuters) - Engineers at a Shenzhen handset maker said a firmware update had neutralised a flaw '
        "that let malware hijack the phones' cameras."
    ),
    (
        'MELBOURNE (AAP) - Australian scientists reported that a soil fungus colonises the roots of wheat plants '
        'and shields them from drought.'
    ),
    (
        'CAIRNS (ABC) - Crown-of-thorns starfish have overrun large stretches of the northern Great Barrier Reef, '
        'marine surveyors said.'
    ),
    (
        'AUCKLAND (NZ Herald) - Burglars looted three jewellery shops in the Newmarket district overnight and '
        'escaped in a stolen van, a shop owner said.'
    ),
    (
        'PERTH (AAP) - A pod of orcas chased a humpback calf for more than an hour off Bremer Bay before its mother '
        'drove them away, whale watchers said.'
    ),
    (
        'HANOI (VNA) - Vietnam welcomed 17.2 million international visitors in the first eleven months of the year, '
        'up 21 percent, the national tourism authority said.'
    ),
    (
        'PORT MORESBY (Reuters) - Consumer prices in Papua New Guinea rose 2.8 percent in the year to September, '
        'easing from 3.6 percent in the previous quarter, central bank figures showed.'
    ),
    (
        "JAKARTA (Reuters) - Most economists see Indonesia's central bank shaving 25 basis points off its policy "
        'rate when its board gathers next week.'
    ),
    (
        "DUBAI (AFP) - Fiji's sevens side stormed back from 14 points down to beat New Zealand 24-19 in the Cup "
        'final on Sunday.'
    ),
]

FLOORS = {"type": 0.91, "actor_code": 0.89, "actor_sector": 0.77, "recipient": 0.82, "pass": 0.79, "empty": 0.83}
PUBLISHED = "2026-12-02"
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
    return _code([c[0] for c in STORIES], resources, "blind77")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind77-empty")


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


def test_blind77_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind77 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind77_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind77 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
