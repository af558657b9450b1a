"""A ninth blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-11-30, before the coder was run on any of them, to be as
hard and as close to real wire copy as the eighth. Each story comes with the PLOVER type of one act
its last sentence reports, that act's actor and recipient (code and sector) and, where it matters,
its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's
actor and sector conventions, the project's codes for international bodies: UN agencies UNO, other
bodies IGO, NGOs NGO, the European Union EUR; a joint subject, "Colombia's government and the ELN
guerrilla group", gives both as actors and no recipient). Nothing comes from a gold set, the seed or
the demo corpus; the verbs, phrasings and settings avoid those of the earlier blind batches, and the
expectations were not changed after the first run, which is what the figures below record.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every
  continent (Oceania: Papua New Guinea, Vanuatu, Solomon Islands; the Caribbean and Central America:
  Jamaica, Belize, Honduras, Haiti) and from international bodies and armed groups (the World Food
  Programme, the UN Security Council, UN agencies in Burkina Faso, Reporters Without Borders, the
  EU, the ELN, M23), in the forms wire copy uses: reported speech ("Belize's prime minister said
  on Friday that his government was prepared to settle ...", "... warned on Wednesday that Kuala
  Lumpur could halt palm oil exports ..."), attribution after the clause ("..., the presidential
  palace in Brasilia said"), the passive with a "by" agent ("was received by Kazakhstan's
  president", "was extradited to Uruguay by Bolivia", "were returned to Mali by Italy", "were blocked
  by Polish farmers", "were kidnapped by a Haitian gang", "was requested by Congo's foreign
  minister"), nominal and light-verb events ("Intelligence passed to Costa Rica by Panamanian
  investigators", "offered a formal apology", "A drone strike by Ukraine's army"), titles and roles
  instead of country names ("Malaysia's commodities minister", "Kim Yo Jong, the powerful sister of
  North Korea's leader"), pronouns resolved from the sentence before ("Its prime minister appealed
  to ...", "They walked off the job ...", "They threatened on Thursday to expel the agencies' foreign
  staff", aid frozen "to the country"), relative clauses ("Azerbaijan, which had closed the only road
  into Nagorno-Karabakh for nine months, ..."; "A Mozambican journalist who had reported on army
  abuses ... was detained"), idioms and phrasal verbs ("sprang to the defence of", "stepped down",
  "shelved", "let ... through", "hauled France before", "lodged a diplomatic protest", "turned
  down", "went on hunger strike", "walked off the job", "declared ... persona non grata", "extended a
  ... soft loan"), two planned acts and two denials (modality "negated"). Where a sector is open to
  argument (a bare state or capital, investigators, a border service, a defence minister, military
  rulers, a leader's sister, jailed opposition supporters, strikers, farmers, a gang) only the code
  is checked; a recipient of None is not checked. A story passes when one coded event of the
  expected type has, among its actors, a party with the expected code (and sector, where given),
  among its recipients a party with the expected code (and sector, where given), and the expected
  modality (where given).
  Reported apart: the type found at all; an event of the type with the actor code right; with the
  actor code and sector right (over the 24 stories that give an actor sector); with the recipient
  right (over the 38 stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: aggregates and tallies ("Israeli
  settlers carried out more than 1,400 attacks on Palestinians in the West Bank last year, a UN
  agency said"), statistics, three surveys, standing positions in the simple present ("Brazil opposes
  any foreign military intervention in Venezuela"), forecasts, background history ("The Soviet Union
  invaded Afghanistan in December 1979 and withdrew its last troops almost a decade later"), habits
  ("Herders in Chad drive their cattle south ... each dry season"), a film's plot, and political
  verbs in sports, business, science or figurative senses (a sevens side that "demolished" Kenya,
  footballers who "shot down" Angola, an oil company that "seized the chance", shares that
  "surrendered early gains", immune cells that "attack" tissue, a heatwave that "besieged" southern
  Europe): one passes when no event that happened (asserted or reported) comes out of it.

The first run (2026-11-30, on a frozen copy of commit 7d46682, a detached worktree with no
uncommitted edit under src/) gave: the type found in 37 of 50 stories (0.740); the actor code right
on an event of the type in 35 of 50 (0.700); actor code and sector right in 16 of the 24 that give a
sector (0.667); the recipient right in 25 of the 38 that give one (0.658); 31 of 50 passing (0.620);
20 of the 25 empty passages with no event that happened (0.800). Before that run every text was
checked for six-word runs shared with the gold sets under ../shared/gold (plover-gsr, case2021-task2,
newsquant, polnear dev): none was found and none was reworded. Its 19 misses, none of them an
expectation changed afterwards, by cause, the most frequent first:

- the act of the last sentence not coded at all, its verb, phrasal verb or idiom outside the lexicon
  (12): "his government was prepared to settle its territorial dispute with Guatemala" (AGREE;
  nothing); "China's foreign ministry sprang to the defence of Solomon Islands" (SUPPORT; only the
  subordinate "Australia accused Honiara", an ACCUSE); "Serbia's government shelved plans for a
  lithium mine" (CONCEDE; only the subordinate "marched", a PROTEST); "Intelligence passed to Costa
  Rica by Panamanian investigators led to the seizure ..." (COOPERATE; nothing); "The navies of
  Indonesia, Malaysia and the Philippines began coordinated patrols there" (COOPERATE; only the
  first sentence's pirates who "attacked" boats, an ASSAULT); "The World Food Programme airdropped
  40 tonnes of sorghum and lentils" (AID; nothing); "Azerbaijan ... let Red Cross trucks carrying
  flour and medicine through" (RETREAT; nothing); "Equatorial Guinea hauled France before the
  International Court of Justice" (ACCUSE; nothing); "Kuala Lumpur could halt palm oil exports to
  the European Union" (THREATEN; nothing); "Chad declared Germany's ambassador persona non grata"
  (SANCTION; only "accusing him", an ACCUSE, TCD to DEU/GOV); "The Netherlands froze 25 million
  euros in aid to the country" (SANCTION; nothing); "Serbia's president put the army on the highest
  level of combat readiness" (MOBILIZE; nothing);
- the type and actor right, the recipient missing, wrong or its sector lost (4): "Australia offered
  on Tuesday to train and equip another 1,000 of them" (AGREE, AUS right, no recipient: "them" not
  resolved to Papua New Guinea's police); "Tanzania's president ... ended a six-year ban on
  political rallies by opposition parties" (CONCEDE 081, TZA/GOV right, the recipient a party with
  no code, not TZA/OPP); "They threatened on Thursday to expel the agencies' foreign staff" (THREATEN,
  BFA right after the pronoun, no recipient: "the agencies'" not resolved to UNO); "Thai F-16 jets
  struck Cambodian military positions" (ASSAULT, THA/MIL right, the recipient KHM with its sector MIL
  lost);
- the actor wrong (2): "was requested by Congo's foreign minister" (REQUEST, UNO right as
  recipient, the actor COG/GOV, the Republic of Congo, where the story is about eastern Congo, COD);
  "Bulgaria's prime minister said on Monday that Sofia would not drop its objections to North
  Macedonia's membership talks" (REJECT 125 from "not ... talks", with MKD as actor and EUR as
  recipient, Bulgaria lost);
- the right CAMEO code under the wrong PLOVER type (1): "Nepal's prime minister stepped down" gave
  0831 (acceding to demands for a change in leadership) as RETREAT, where CAMEO2PLOVER puts 0831
  under CONCEDE.

The passive with a "by" agent worked elsewhere (Kazakhstan's president as host, Bolivia
extraditing, Italy returning manuscripts, Polish farmers blocking crossings, a Haitian gang as
kidnapper, Ukraine's army in the nominal drone strike), as did attribution after the clause, the
clauses under "warned Guyana ... that" and "denied ... that", the pronoun actors (Vanuatu's prime
minister after "Its", Sweden's dock workers after "They"), the appositive actor (Kim Yo Jong as
PRK), both planned acts (planned), both denials (negated) and "lodged a diplomatic protest", read
as ACCUSE 114, not PROTEST. Some passes hide a doubtful detail: "were
returned to Mali by Italy on Friday" gave the RETREAT as historical (the story's "in 2012" taken as
its date; modality not checked there); "went on hunger strike" gave 143 (strike) rather than 142;
"pulled out of ... Walikale" gave 0872 (easing a blockade) rather than 0874; the ELN came out as
VEN/REB beside COL/GOV. Five empty passages gave events that happened: the tally "Israeli settlers
carried out more than 1,400 attacks ..." (ASSAULT 190, reported); the history "... and withdrew its
last troops almost a decade later" (RETREAT 0872 asserted, though "invaded" beside it came out
historical); and three everyday or figurative senses read as acts: "The Norwegian oil company seized
the chance" (COERCE 171), "Shares in Japan's biggest carmaker surrendered early gains" (RETREAT
0874), "Immune cells in the lungs attack healthy tissue ..., scientists in Melbourne reported"
(ASSAULT 190, reported). The floors sit just below the first run's figures (about one case of slack
each), so that a change that loses generality fails here while the misses (listed on failure) stay
visible.
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
    # --- AGREE (033, 036, 037: an offer to train and equip, a joint agreement to resume talks,
    # readiness to settle a dispute in reported speech)
    ("Papua New Guinea's police force has fewer than 6,000 officers for a population of about ten "
     "million. Australia offered on Tuesday to train and equip another 1,000 of them, the prime "
     "minister's office in Port Moresby said.",
     "AGREE", ("AUS", None), ("PNG", None), None),
    ("Colombia's government and the ELN guerrilla group agreed on Saturday to resume peace talks in "
     "Caracas next month, negotiators for both sides said.",
     "AGREE", ("COL", "GOV"), None, None),
    ("Belize's prime minister said on Friday that his government was prepared to settle its "
     "territorial dispute with Guatemala at the International Court of Justice.",
     "AGREE", ("BLZ", "GOV"), ("GTM", None), None),
    # --- CONSULT (041 with attribution after the clause, 043 in the passive, 042 planned)
    ("Brazil's president spoke by telephone with his Argentine counterpart on Tuesday about flooding "
     "along the Parana River, the presidential palace in Brasilia said.",
     "CONSULT", ("BRA", "GOV"), ("ARG", "GOV"), None),
    ("Uzbekistan's president was received by Kazakhstan's president in Astana on Wednesday for talks "
     "on sharing water from the Syr Darya.",
     "CONSULT", ("KAZ", "GOV"), ("UZB", "GOV"), None),
    ("Finland's prime minister will travel to Hanoi next month for talks with Vietnamese leaders on "
     "trade and clean energy, the government in Helsinki said on Monday.",
     "CONSULT", ("FIN", "GOV"), ("VNM", None), "planned"),
    # --- SUPPORT (054, 055 as a light-verb apology, 052 as an idiom)
    ("Jamaica became the latest Caribbean country to recognise a Palestinian state on Wednesday, its "
     "foreign ministry said.",
     "SUPPORT", ("JAM", None), ("PSE", None), None),
    ("The Dutch prime minister offered a formal apology to Suriname on Monday for the role of the "
     "Netherlands in the Atlantic slave trade.",
     "SUPPORT", ("NLD", "GOV"), ("SUR", None), None),
    ("China's foreign ministry sprang to the defence of Solomon Islands on Wednesday after Australia "
     "accused Honiara of letting Beijing station police officers in the country.",
     "SUPPORT", ("CHN", "GOV"), ("SLB", None), None),
    # --- CONCEDE (0831, 0812, 0832: a resignation under pressure, a ban on rallies ended, a mine
    # shelved)
    ("Nepal's prime minister stepped down on Tuesday after two days of protests against a ban on "
     "social media left at least 19 people dead.",
     "CONCEDE", ("NPL", "GOV"), None, None),
    ("Tanzania's president on Tuesday ended a six-year ban on political rallies by opposition parties, "
     "a move welcomed by Western diplomats in Dar es Salaam.",
     "CONCEDE", ("TZA", "GOV"), ("TZA", "OPP"), None),
    ("Serbia's government shelved plans for a lithium mine in the Jadar valley on Friday after tens of "
     "thousands of people marched against the project in Belgrade.",
     "CONCEDE", ("SRB", "GOV"), None, None),
    # --- COOPERATE (064 as a participle with a "by" agent, 063 in the passive, 062 with a joint
    # subject)
    ("Intelligence passed to Costa Rica by Panamanian investigators led to the seizure of five tonnes "
     "of cocaine at the port of Limon on Sunday, Costa Rica's security minister said.",
     "COOPERATE", ("PAN", None), ("CRI", None), None),
    ("A Uruguayan drug trafficker who escaped from a prison in Montevideo two years ago was extradited "
     "to Uruguay by Bolivia on Thursday.",
     "COOPERATE", ("BOL", None), ("URY", None), None),
    ("Pirates and kidnappers have attacked a dozen boats in the Sulu Sea this year. The navies of "
     "Indonesia, Malaysia and the Philippines began coordinated patrols there on Monday.",
     "COOPERATE", ("IDN", "MIL"), None, None),
    # --- AID (073, 075 after a relative clause, 071 as an idiom)
    ("The World Food Programme airdropped 40 tonnes of sorghum and lentils over cut-off villages in "
     "South Sudan's Upper Nile state on Thursday.",
     "AID", ("UNO", None), ("SSD", None), None),
    ("Honduras granted political asylum on Tuesday to a former Nicaraguan army officer who had "
     "denounced the government in Managua from exile.",
     "AID", ("HND", None), ("NIC", None), None),
    ("Kuwait extended a $500 million soft loan to Lebanon on Thursday to rebuild power stations "
     "damaged in last year's war.",
     "AID", ("KWT", None), ("LBN", None), None),
    # --- RETREAT (0842 in the passive, 0874 as a phrasal verb, 0863 after a relative clause)
    ("Eleven manuscripts smuggled out of Timbuktu during the jihadist occupation in 2012 were returned "
     "to Mali by Italy on Friday.",
     "RETREAT", ("ITA", None), ("MLI", None), None),
    ("M23 rebels pulled out of the eastern Congolese town of Walikale on Saturday, two days after "
     "seizing it, residents said.",
     "RETREAT", ("COD", "REB"), None, None),
    ("Azerbaijan, which had closed the only road into Nagorno-Karabakh for nine months, let Red Cross "
     "trucks carrying flour and medicine through on Monday.",
     "RETREAT", ("AZE", None), None, None),
    # --- REQUEST (1053, 1033 after a possessive pronoun, 102 in the passive)
    ("Reporters Without Borders pressed Algeria on Tuesday to free a French sports journalist jailed "
     "for seven years on charges of glorifying terrorism.",
     "REQUEST", ("NGO", None), ("DZA", None), None),
    ("A cyclone flattened villages across Vanuatu on Sunday. Its prime minister appealed to Australia "
     "and France on Monday for emergency shelter and clean water.",
     "REQUEST", ("VUT", "GOV"), ("AUS", None), None),
    ("An emergency session of the UN Security Council on the rebel advance in eastern Congo was "
     "requested by Congo's foreign minister on Thursday.",
     "REQUEST", ("COD", "GOV"), ("UNO", None), None),
    # --- ACCUSE (115 as an idiom, 114 that is not a PROTEST, 091 with attribution after the clause)
    ("Equatorial Guinea hauled France before the International Court of Justice on Friday over the "
     "seizure of a Paris mansion owned by its vice-president.",
     "ACCUSE", ("GNQ", None), ("FRA", None), None),
    ("The Philippines lodged a diplomatic protest with China on Monday after a Chinese coast guard "
     "vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal.",
     "ACCUSE", ("PHL", None), ("CHN", None), None),
    ("Romanian anti-corruption prosecutors have opened a criminal investigation into a former health "
     "minister over the purchase of overpriced ventilators, the prosecutors' office said on Thursday.",
     "ACCUSE", ("ROU", "JUD"), ("ROU", None), None),
    # --- REJECT (124 in reported speech, 125 with an appositive actor, 1212 as a phrasal verb)
    ("Bulgaria's prime minister said on Monday that Sofia would not drop its objections to North "
     "Macedonia's membership talks with the European Union.",
     "REJECT", ("BGR", None), ("MKD", None), None),
    ("Kim Yo Jong, the powerful sister of North Korea's leader, dismissed Tokyo's proposal for a summit "
     "on Tuesday, saying Pyongyang had no interest in talks with Japan.",
     "REJECT", ("PRK", None), ("JPN", None), None),
    ("Brazil turned down a German request on Thursday to sell tank ammunition for use in Ukraine, the "
     "presidential palace said.",
     "REJECT", ("BRA", None), ("DEU", None), None),
    # --- THREATEN (1312 in reported speech, 138 with a condition, 136 after a pronoun)
    ("Malaysia's commodities minister warned on Wednesday that Kuala Lumpur could halt palm oil exports "
     "to the European Union over its new deforestation law.",
     "THREATEN", ("MYS", "GOV"), ("EUR", None), None),
    ("Venezuela's defence minister warned Guyana on Saturday that the army would use force if "
     "Georgetown let the United States build a military base in the Essequibo region.",
     "THREATEN", ("VEN", None), ("GUY", None), None),
    ("Burkina Faso's military rulers have accused UN agencies of exaggerating the hunger crisis in the "
     "north. They threatened on Thursday to expel the agencies' foreign staff within a week.",
     "THREATEN", ("BFA", None), ("UNO", None), None),
    # --- PROTEST (142 as a phrasal verb, 143 after a pronoun, 144 in the passive)
    ("Dozens of jailed opposition supporters in Cameroon went on hunger strike on Monday against their "
     "detention without trial, their lawyers said.",
     "PROTEST", ("CMR", None), None, None),
    ("Dock workers in Sweden have been locked in a pay dispute with port operators since the spring. "
     "They walked off the job at Gothenburg and eight other ports on Monday, halting most of the "
     "country's container traffic.",
     "PROTEST", ("SWE", None), None, None),
    ("Border crossings between Poland and Ukraine were blocked by Polish farmers on Friday in protest "
     "at imports of cheap Ukrainian grain.",
     "PROTEST", ("POL", None), None, None),
    # --- SANCTION (166 as an idiom, 162 with the recipient resolved from the sentence before, 161)
    ("Chad declared Germany's ambassador persona non grata on Friday, accusing him of meddling in the "
     "country's politics.",
     "SANCTION", ("TCD", None), ("DEU", "GOV"), None),
    ("Uganda's parliament passed a law last month making some homosexual acts punishable by death. The "
     "Netherlands froze 25 million euros in aid to the country on Tuesday.",
     "SANCTION", ("NLD", None), ("UGA", None), None),
    ("Paraguay cut diplomatic ties with Venezuela on Monday over the disputed presidential election, "
     "the foreign ministry in Asuncion said.",
     "SANCTION", ("PRY", None), ("VEN", None), None),
    # --- MOBILIZE (154, 152 with a title, 153 planned)
    ("Lebanon's army rushed extra troops to the border with Syria on Thursday after clashes between "
     "Syrian government forces and Lebanese clansmen.",
     "MOBILIZE", ("LBN", "MIL"), None, None),
    ("Serbia's president put the army on the highest level of combat readiness on Monday after a "
     "shootout between Serbs and police in northern Kosovo.",
     "MOBILIZE", ("SRB", "GOV"), None, None),
    ("Sri Lanka will deploy 60,000 police officers to guard polling stations during Saturday's "
     "presidential election, the police chief said.",
     "MOBILIZE", ("LKA", None), None, "planned"),
    # --- COERCE (1723, 1721 with attribution after the clause, 173 in the passive after a relative
    # clause, 174 denied)
    ("Madagascar's government imposed a night-time curfew on Antananarivo on Thursday after a second "
     "day of rioting over power and water cuts.",
     "COERCE", ("MDG", "GOV"), ("MDG", None), None),
    ("Nicaragua's government shut down 15 more radio stations on Wednesday, several of them run by the "
     "Catholic Church, an exiled journalists' association said.",
     "COERCE", ("NIC", "GOV"), ("NIC", None), None),
    ("A Mozambican journalist who had reported on army abuses in Cabo Delgado was detained by police in "
     "Pemba on Saturday, his editor said.",
     "COERCE", ("MOZ", "COP"), ("MOZ", "JRN"), None),
    ("Mauritania's interior ministry denied on Friday that it had expelled hundreds of Malian migrants "
     "across the desert border.",
     "COERCE", ("MRT", "GOV"), ("MLI", None), "negated"),
    # --- ASSAULT (195, 181 in the passive, 195 as a nominal strike, 190 denied)
    ("Thai F-16 jets struck Cambodian military positions along the disputed border on Thursday, a day "
     "after a landmine wounded five Thai soldiers.",
     "ASSAULT", ("THA", "MIL"), ("KHM", "MIL"), None),
    ("Seventeen American missionaries and their relatives were kidnapped by a Haitian gang on the "
     "outskirts of Port-au-Prince on Saturday.",
     "ASSAULT", ("HTI", None), ("USA", None), None),
    ("A drone strike by Ukraine's army on an oil refinery in Russia's Samara region started a large "
     "fire overnight, the regional governor said.",
     "ASSAULT", ("UKR", "MIL"), ("RUS", None), None),
    ("Kyrgyzstan's border service denied on Tuesday that its guards had opened fire on Tajik villagers "
     "near the disputed Vorukh enclave.",
     "ASSAULT", ("KGZ", None), ("TJK", "CVL"), "negated"),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Russian drones and missiles have damaged more than 600 Ukrainian schools since the start of the "
    "war, according to the education ministry in Kyiv.",
    "Israeli settlers carried out more than 1,400 attacks on Palestinians in the West Bank last year, "
    "a UN agency said in its annual report.",
    "Exports of Chilean copper to China rose 12 percent in October from a year earlier, customs data "
    "showed.",
    "Armed violence displaced about 7 million people in the Democratic Republic of Congo last year, "
    "the International Organization for Migration estimates.",
    "Two-thirds of Canadians support closer trade ties with the European Union, according to a survey "
    "released on Wednesday.",
    "A majority of Taiwanese oppose unification with China, a long-running survey by a university in "
    "Taipei has found.",
    "Brazil opposes any foreign military intervention in Venezuela.",
    "Switzerland does not belong to the European Union or NATO.",
    "Economists expect Turkey's central bank to cut interest rates again in December.",
    "Meteorologists predict that the monsoon will reach Kerala about a week later than usual this year.",
    "The Soviet Union invaded Afghanistan in December 1979 and withdrew its last troops almost a decade "
    "later.",
    "Namibia won independence from South Africa in 1990 after a long guerrilla war.",
    "Herders in Chad drive their cattle south into the Central African Republic each dry season.",
    "Iceland's parliament traditionally opens each autumn with a service in Reykjavik's cathedral.",
    "Fiji's sevens side demolished Kenya 35-0 to retain their title in Singapore on Sunday.",
    "Ghana's Black Stars shot down Angola 3-1 in a World Cup qualifier in Kumasi on Friday.",
    "The Norwegian oil company seized the chance to buy a stake in a Brazilian offshore field on "
    "Monday.",
    "Shares in Japan's biggest carmaker surrendered early gains to close lower on Tuesday.",
    "Immune cells in the lungs attack healthy tissue in people with severe asthma, scientists in "
    "Melbourne reported.",
    "Researchers in Kenya have shown that elephants steer clear of fences hung with beehives.",
    "Inflation is eating into the pensions of millions of retirees in Argentina.",
    "In the new film, a retired Ethiopian general plots to overthrow the corrupt mayor of his home town.",
    "A heatwave besieged southern Europe for a second week, pushing temperatures in Seville above 44C.",
    "The United States handed control of the Panama Canal to Panama at the end of 1999.",
    "Fewer than half of Nigerians trust the police, according to a survey published every two years.",
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.91, "actor_code": 0.89, "actor_sector": 0.92, "recipient": 0.83, "pass": 0.83,
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
    return _code([c[0] for c in STORIES], resources, "blind9")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind9-empty")


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


def test_blind9_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind9 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind9_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind9 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
