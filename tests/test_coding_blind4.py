"""A fourth blind batch of event coding, on who did what to whom: short wire-style stories (one to
three sentences) written for this test on 2026-11-30, each with the PLOVER type of one act its last
sentence reports and the actor and recipient (code and sector) the codebook (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions) gives that act. They were written,
with their expectations, before the coder was run on any of them; nothing comes from a gold set,
the seed or the demo corpus, and the expectations were not changed after the first run, which is
what the figures below record.

The batch is about resolving the parties of an act in a story: a title without its country in the
same sentence ("the president accused them ..." after a sentence naming Serbia), pronouns that
refer back (he, she, it, they, him, them), possessives ("its troops", "his government", "the
bloc's foreign policy chief"), unnamed agents in a story set in one country (police, the army,
troops, officers, prosecutors, judges, rebels, the interior ministry, protesters), named
organisations (UN agencies, NATO, the African Union, ECOWAS, the IMF, Amnesty International, Human
Rights Watch), companies, militant groups (Boko Haram, the ELN, Hezbollah, the Houthis), demonyms
("Burundian soldiers"), capitals as metonyms ("Kinshasa accused Kigali"), and passives with a
by-phrase ("were seized by its navy"). Where a sector is open to argument (a capital for its
government, a junta, paramilitaries, a state's air force scrambling jets) only the code is checked.

A case passes when one coded event of the expected type has, among its actors, a party with the
expected code (and sector, where given) and, where a recipient is given, a party among its
recipients with the expected code (and sector). Reported apart: the type found at all; an event of
the type with the actor code right; with the actor code and sector right (over the cases that give
an actor sector); with the recipient right (over the cases that give a recipient).

The first run (2026-11-30, on the working tree at commit 40623fd with another engineer's uncommitted
edit to src/eventwire/coding/sentence_rules.py) gave: the type found in 39 of 49 stories (0.796);
the actor code right on an event of the type in 20 of 49 (0.408); actor code and sector right in 14
of the 36 that give a sector (0.389); the recipient right in 16 of the 42 that give one (0.381);
14 of 49 passing (0.286). Its misses, none of them an expectation changed afterwards, by cause,
the most general first:

- a party named only by its kind, in a story set in one country, gets the sector and no code: the
  last sentence's agent is not given the country the story is about (or that a phrase in the same
  sentence names). Actors: "The demonstrators had gathered outside parliament" (Nairobi), "the
  interior ministry banned a march" (Tunisia; the opposition parties got no code either),
  "the foreign ministry in Rabat accused Algiers", "Prosecutors blamed the killings on a local drug
  cartel" (Mexico; nor the cartel), "Lawmakers accused her" (Peru), "Police opened fire on them"
  (Dhaka), "The president accused them" (Serbia), "The prime minister accused him" (Fiji), "Rebels
  shot down a military helicopter" (Myanmar's Shan state), "Officers seized documents" (South Korean
  police; no sector either), "The army said it had repelled an attack" (Sudan; the army's event got no actor at all);
  recipients: "They accused the government" (teachers in Buenos Aires: the actor was right, the
  government got GOV and no code), "The group called on the authorities" (Egypt);
- a noun phrase that refers back to a named party is not resolved to it: "The firm accused local
  protesters" (a Chinese company), "The bloc's foreign policy chief" (the EU), "The bloc threatened
  to use force" (ECOWAS), "the kingdom pledged $500 million" (Saudi Arabia), "The country's largest
  labour federation" (South Africa), "The group called on" (Amnesty International);
- pronouns: as recipients they are mostly left empty ("accused her", "accused them", "accused him",
  "opened fire on them", "asked them", the ship that "had been hit by two missiles fired by Yemen's
  Houthi rebels" got no recipient); as actors, "He asked them to restructure" (a Ghanaian minister)
  and "It arrested 12 suspected militants" (Indonesia's police unit, read as GOV without a code)
  were not resolved, and "Its director-general urged" took the Republic of Congo (COG) from "the
  mpox outbreak in Congo" instead of the WHO; "They", "She" and "It accused Cairo" did resolve;
- a party in a modifier of the object taken as the recipient, or the wrong side kept: "spying for
  Israel" made Israel the recipient of the conviction of a French tourist; "shot down 80 of the
  drones" gave the drones a sector (MIL) but not the Russian side of the first sentence; "would not
  recognise the new government" gave the United States (the actor) as recipient, not Venezuela;
  "near the Chinese border" put China among the recipients;
- the type not found (10): the African Union "suspended the country from all its activities"
  (SANCTION); "Officials said its plant had spilled acid" (ACCUSE, nothing coded); "Judges said
  the government had failed to consult the public" (coded REJECT); "the guerrillas had broken their
  word" (ACCUSE, nothing); "Tokyo scrambled fighter jets" (MOBILIZE, nothing); "it barred women
  from attending medical training institutes" (COERCE, nothing); the EU "sent firefighting planes
  ... to help them" and New Zealand's air force "flew in tents, water and medical supplies" (AID,
  nothing); the IMF "approved a $3 billion loan" (AID, nothing); "would deepen police cooperation"
  coded COOPERATE with no actor, where intent to cooperate is AGREE (CAMEO 030).

After the first run the batch is no longer blind: its misses were read, and general rules
followed from them, each with its own test sentences elsewhere (tests/test_nlp_home.py): a story
that names one state and no other is set there; object pronouns resolve, never to their own
clause's subject; definite descriptions ("the bloc", "the kingdom", "the group", "the firm") refer
back to a party of their kind; a name in apposition after a title holds the office; he, she and it
continue the previous sentence's subject; later, an agent placed by its own phrase ("the foreign
ministry in Rabat") takes that place, "her" as an object is a recipient, and the acts of suspending
a member state (CAMEO 160), approving a loan (071), barring people (172) and flying in relief
(073) were added. With them (commit 3edaae6) the batch gives: type 0.878, actor code 0.816, actor
code and sector 0.778, recipient 0.667, 32 of 49 passing (0.653).
One sentence was reworded after the first run, with the same act and expectation, because it
shared a stock six-word phrase with a sentence of a gold set (the project's overlap check). The
floors sit just below the current figures, so that a change that loses generality fails here while
the misses (listed on failure) stay visible.
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

#: (story, type of an act of its last sentence, actor, recipient); recipient None: not checked
CASES: list[tuple[str, str, Party, Party | None]] = [
    # --- Africa
    ("Police in Nairobi fired tear gas at hundreds of protesters on Tuesday. The demonstrators had "
     "gathered outside parliament to oppose a new finance bill.",
     "PROTEST", ("KEN", None), None),
    ("Nigeria's army said on Friday it had rescued 23 hostages in Borno state. Its troops also killed "
     "15 Boko Haram fighters in a raid on a forest camp, a spokesman said.",
     "ASSAULT", ("NGA", "MIL"), ("NGA", "REB")),
    ("Ethiopia's foreign ministry summoned Egypt's ambassador in Addis Ababa on Wednesday. It accused "
     "Cairo of arming rebels in the Amhara region.",
     "ACCUSE", ("ETH", "GOV"), ("EGY", None)),
    ("South Africa's power utility announced new rolling blackouts on Monday. The country's largest "
     "labour federation responded by calling a national strike for next week.",
     "PROTEST", ("ZAF", "LAB"), None),
    ("Soldiers seized power in Gabon on Wednesday and placed the president under house arrest. The "
     "African Union suspended the country from all its activities the following day.",
     "SANCTION", ("IGO", None), ("GAB", None)),
    ("Rwanda and the Democratic Republic of Congo signed a peace deal in Washington in June. On "
     "Thursday Kinshasa accused Kigali of violating it by sending troops across the border.",
     "ACCUSE", ("COD", None), ("RWA", None)),
    ("Mali's military government ordered the French ambassador to leave the country on Monday. It "
     "also expelled three French journalists working in Bamako.",
     "COERCE", ("MLI", None), ("FRA", "JRN")),
    ("Uganda's parliament passed a law on Tuesday banning foreign funding for charities. Human Rights "
     "Watch condemned the measure and urged President Museveni not to sign it.",
     "REQUEST", ("NGO", "HRI"), ("UGA", "GOV")),
    ("Zambia's government revoked the mining licence of a Chinese company on Monday. Officials said "
     "its plant had spilled acid into the Kafue river.",
     "ACCUSE", ("ZMB", "GOV"), ("CHN", "BUS")),
    ("A Kenyan court suspended a deal giving an Indian conglomerate control of Nairobi's main "
     "airport. Judges said the government had failed to consult the public.",
     "ACCUSE", ("KEN", "JUD"), ("KEN", "GOV")),
    ("ECOWAS leaders met in Abuja on Sunday to discuss the coup in Niger. The bloc threatened to use "
     "force if the deposed president was not reinstated.",
     "THREATEN", ("IGO", None), ("NER", None)),
    ("Fighting has displaced thousands of people in eastern Congo this month. A local rights group "
     "said Burundian soldiers had killed nine civilians in a village near Uvira.",
     "ASSAULT", ("BDI", "MIL"), ("COD", "CVL")),
    ("Heavy fighting broke out in Sudan's North Kordofan state this week. The army said it had "
     "repelled an attack by the Rapid Support Forces on El Obeid.",
     "ASSAULT", ("SDN", "MIL"), None),
    ("Tunisia's president has ruled by decree since suspending parliament in 2021. On Thursday the "
     "interior ministry banned a march planned by opposition parties in the capital.",
     "COERCE", ("TUN", "GOV"), ("TUN", "OPP")),
    ("Morocco and Algeria have had no diplomatic relations since 2021. On Monday the foreign ministry "
     "in Rabat accused Algiers of backing separatists in Western Sahara.",
     "ACCUSE", ("MAR", "GOV"), ("DZA", None)),
    ("Ghana's finance minister, Kofi Mensah-Boateng, held talks with Chinese lenders in Beijing this "
     "week. He asked them to restructure $1.5 billion of loans.",
     "REQUEST", ("GHA", "GOV"), ("CHN", "BUS")),
    # --- the Americas
    ("Mexican authorities found the bodies of six people in Sinaloa on Sunday. Prosecutors blamed the "
     "killings on a local drug cartel.",
     "ACCUSE", ("MEX", "JUD"), ("MEX", "CRM")),
    ("Colombia's government suspended peace talks with the ELN on Friday. President Petro said the "
     "guerrillas had broken their word by attacking an oil pipeline.",
     "ACCUSE", ("COL", "GOV"), ("COL", "REB")),
    ("Thousands of teachers marched through Buenos Aires on Wednesday to demand higher wages. They "
     "accused the government of abandoning public education.",
     "ACCUSE", ("ARG", "EDU"), ("ARG", "GOV")),
    ("Venezuela's electoral council declared the president the winner of the disputed vote. "
     "Washington rejected the result and said it would not recognise the new government.",
     "REJECT", ("USA", None), ("VEN", None)),
    ("Peru's congress voted on Thursday to remove the president from office. Lawmakers accused her of "
     "moral incapacity over her handling of the protests.",
     "ACCUSE", ("PER", "LEG"), ("PER", "GOV")),
    ("Argentina has long complained about illegal fishing near its waters. On Wednesday two Chinese "
     "trawlers were seized by its navy off Patagonia.",
     "COERCE", ("ARG", "MIL"), ("CHN", None)),
    ("A Chinese state-owned mining company suspended operations at its copper mine in southern Peru "
     "on Monday. The firm accused local protesters of blocking the only access road.",
     "ACCUSE", ("CHN", "BUS"), ("PER", None)),
    # --- Asia
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat near the Second Thomas "
     "Shoal on Saturday, the Philippine military said. Manila lodged a diplomatic protest with "
     "Beijing over the incident on Sunday.",
     "ACCUSE", ("PHL", None), ("CHN", None)),
    ("Japan's defence ministry said a Chinese drone flew between Yonaguni and Taiwan on Monday. Tokyo "
     "scrambled fighter jets in response.",
     "MOBILIZE", ("JPN", None), None),
    ("South Korean police raided the headquarters of the ruling party on Friday. Officers seized "
     "documents related to an alleged bribery scheme.",
     "COERCE", ("KOR", "COP"), None),
    ("Afghanistan's Taliban government closed all beauty salons in the country last year. This week "
     "it barred women from attending medical training institutes.",
     "COERCE", ("AFG", "GOV"), ("AFG", "CVL")),
    ("Indonesia's counter-terrorism police unit raided several houses in Central Java on Monday. It "
     "arrested 12 suspected militants and seized explosives, a spokesman said.",
     "COERCE", ("IDN", "COP"), ("IDN", "REB")),
    ("Fighting resumed in Myanmar's Shan state this week after a ceasefire collapsed. Rebels shot down "
     "a military helicopter near the Chinese border on Saturday, local media said.",
     "ASSAULT", ("MMR", "REB"), ("MMR", "MIL")),
    ("Students in Dhaka have protested for weeks against job quotas. Police opened fire on them on "
     "Thursday, killing six, hospital officials said.",
     "ASSAULT", ("BGD", "COP"), ("BGD", "EDU")),
    # --- Europe
    ("Three men suspected of spying for China were arrested by German police on Thursday.",
     "COERCE", ("DEU", "COP"), None),
    ("Hungary blocked a new package of EU military aid for Ukraine on Monday. The bloc's foreign "
     "policy chief accused Budapest of holding the other 26 members hostage.",
     "ACCUSE", ("EUR", "GOV"), ("HUN", None)),
    ("Serbian students have blocked roads across the country for weeks to protest against "
     "corruption. The president accused them on Saturday of working for foreign intelligence services.",
     "ACCUSE", ("SRB", "GOV"), ("SRB", "EDU")),
    ("Greek firefighters battled wildfires near Athens for a third day on Tuesday. The European Union "
     "sent firefighting planes from Italy and Croatia to help them.",
     "AID", ("EUR", None), ("GRC", None)),
    ("Russian forces launched a large drone attack on Kyiv overnight, Ukrainian officials said. "
     "Ukraine's air force said it had shot down 80 of the drones.",
     "ASSAULT", ("UKR", "MIL"), ("RUS", None)),
    ("An undersea data cable between Finland and Estonia was damaged on Christmas Day. NATO accused a "
     "Chinese-owned cargo ship of dragging its anchor across the cable.",
     "ACCUSE", ("IGO", None), ("CHN", None)),
    ("The Georgian government suspended talks on joining the European Union on Thursday. That night "
     "tens of thousands of people marched through central Tbilisi in protest.",
     "PROTEST", ("GEO", "CVL"), ("GEO", None)),
    ("Finland's foreign minister arrived in Kyiv on Monday for her third visit since the invasion. She "
     "promised Ukraine additional aid to repair its power grid.",
     "AGREE", ("FIN", "GOV"), ("UKR", None)),
    # --- the Middle East
    ("Israeli forces raided the Jenin refugee camp in the occupied West Bank on Tuesday. The "
     "Palestinian health ministry said they killed four people.",
     "ASSAULT", ("ISR", "MIL"), ("PSE", None)),
    ("A French tourist arrested in Iran last year has been sentenced to five years in prison. A court "
     "in Tehran convicted him of spying for Israel, the judiciary's news agency reported.",
     "ACCUSE", ("IRN", "JUD"), ("FRA", "CVL")),
    ("A Maltese-flagged cargo ship caught fire in the Red Sea on Sunday. It had been hit by two "
     "missiles fired by Yemen's Houthi rebels, the British military said.",
     "ASSAULT", ("YEM", "REB"), ("MLT", None)),
    ("Saudi Arabia hosted talks between Sudan's warring factions in Jeddah last month. This week the "
     "kingdom pledged $500 million in humanitarian aid for Sudanese civilians.",
     "AGREE", ("SAU", None), ("SDN", "CVL")),
    ("Lebanon's army deployed troops along the southern border after the ceasefire took effect. It "
     "also seized a Hezbollah weapons depot near Tyre.",
     "COERCE", ("LBN", "MIL"), ("LBN", "REB")),
    ("Amnesty International said on Tuesday that Egyptian security forces had tortured detainees in a "
     "Cairo prison. The group called on the authorities to open an independent inquiry.",
     "REQUEST", ("NGO", "HRI"), ("EGY", "GOV")),
    # --- Oceania, South Asia and international bodies
    ("Solomon Islands' prime minister met China's premier in Beijing on Tuesday. He said his "
     "government would deepen police cooperation with China.",
     "AGREE", ("SLB", "GOV"), ("CHN", None)),
    ("A cyclone destroyed thousands of homes in Vanuatu on Friday. New Zealand's air force flew in "
     "tents, water and medical supplies the next day.",
     "AID", ("NZL", "MIL"), ("VUT", None)),
    ("Fiji's police commissioner was suspended on Wednesday pending an investigation. The prime "
     "minister accused him of interfering in a corruption inquiry.",
     "ACCUSE", ("FJI", "GOV"), ("FJI", "COP")),
    ("Sri Lanka defaulted on its foreign debt in 2022. On Friday the International Monetary Fund "
     "approved a $3 billion loan to the island nation.",
     "AID", ("IGO", None), ("LKA", None)),
    ("The World Health Organization declared the mpox outbreak in Congo a global health emergency. "
     "Its director-general urged rich countries to share vaccines with Africa.",
     "REQUEST", ("UNO", None), None),
]

#: the first run's figures (see the docstring); each floor sits just below
FLOORS = {"type": 0.85, "actor_code": 0.79, "actor_sector": 0.75, "recipient": 0.64, "pass": 0.63}
PUBLISHED = "2025-11-20"


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


@pytest.fixture(scope="module")
def coded(resources: Resources) -> list[list[Event]]:
    docs = [Document(id=f"blind4-{i}", text=c[0], raw_text=c[0], published=PUBLISHED)
            for i, c in enumerate(CASES)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """The five figures and a line for each case that does not pass."""
    hits = {"type": 0, "actor_code": 0, "actor_sector": 0, "recipient": 0, "pass": 0}
    n_sector = sum(c[2][1] is not None for c in CASES)
    n_recipient = sum(c[3] is not None for c in CASES)
    misses = []
    for (text, etype, actor, recipient), events in zip(CASES, coded, strict=True):
        typed = [e for e in events if e.event == etype]
        hits["type"] += bool(typed)
        hits["actor_code"] += any(_has(e.actor, (actor[0], None)) for e in typed)
        hits["actor_sector"] += actor[1] is not None and any(_has(e.actor, actor) for e in typed)
        hits["recipient"] += recipient is not None and any(_has(e.recipient, recipient) for e in typed)
        if any(_has(e.actor, actor) and (recipient is None or _has(e.recipient, recipient)) for e in typed):
            hits["pass"] += 1
        else:
            got = [(e.event, _show(e.actor), _show(e.recipient)) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient)}, got {got}")
    n = len(CASES)
    rates = {"type": hits["type"] / n, "actor_code": hits["actor_code"] / n,
             "actor_sector": hits["actor_sector"] / n_sector, "recipient": hits["recipient"] / n_recipient,
             "pass": hits["pass"] / n}
    return rates, misses


def test_blind4_parties(coded: list[list[Event]]) -> None:
    rates, misses = _score(coded)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind4 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert 40 <= len(CASES) <= 60
    assert len({c[0] for c in CASES}) == len(CASES)
    assert all(c[1] in types for c in CASES)
    codes = [c[2][0] for c in CASES] + [c[3][0] for c in CASES if c[3]]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(FLOORS) == {"type", "actor_code", "actor_sector", "recipient", "pass"}
