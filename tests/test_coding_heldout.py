"""A held-out sanity check of event coding: wire-style sentences written for this test (none taken
from a gold set or from the seed), each with the type, actor code, recipient code and modality a
PLOVER coder should give. They were written, with their expectations, before the coder was run on
them; the expectations were not changed afterwards to suit it.

A case passes when one coded event of the expected type has the expected actor code among its
actors (where one is given), the expected recipient code among its recipients (where one is given)
and the expected modality (where one is given). The first run passed 0.82 of the cases (28 of 34); the
floor sits just below, so that a change that loses generality fails here, while the misses (listed
on failure) stay visible as what the coder does not yet do. Two of the first run's misses are
expectations that differ from the CAMEO->PLOVER 2021 table the coder follows (signing an agreement
is SUPPORT, 057; an import ban is COERCE, 163); they are kept as written. A later general change
(coordinated modifiers before a coded entity: "Indian and Chinese troops") made it 29 of 34.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (sentence, type, actor code, recipient code, modality); None: not checked
CASES: list[tuple[str, str, str | None, str | None, str | None]] = [
    ("Russian troops shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians.",
     "ASSAULT", "RUS", "UKR", "asserted"),
    ("Police in Kenya arrested 40 opposition supporters in Nairobi on Friday.",
     "COERCE", "KEN", None, "asserted"),
    ("Thousands of protesters marched in Belgrade to demand the resignation of the Serbian government.",
     "PROTEST", None, "SRB", "asserted"),
    ("Turkey will send additional troops to Syria, the defence ministry said.",
     "MOBILIZE", "TUR", "SYR", "planned"),
    ("Japan and South Korea signed an agreement on intelligence sharing on Monday.",
     "AGREE", "JPN", None, "asserted"),
    ("Iran's foreign minister met his Iraqi counterpart in Baghdad on Sunday.",
     "CONSULT", "IRN", "IRQ", "asserted"),
    ("The European Union imposed new sanctions on Belarus over the crackdown on protesters.",
     "SANCTION", "EUR", "BLR", "asserted"),
    ("China accused the United States of interfering in its internal affairs.",
     "ACCUSE", "CHN", "USA", "asserted"),
    ("North Korea threatened to attack South Korea if the military drills continue.",
     "THREATEN", "PRK", "KOR", None),
    ("Germany pledged 500 million euros in humanitarian aid to Ukraine.",
     "AGREE", "DEU", "UKR", None),
    ("Israeli aircraft struck targets in the Gaza Strip overnight, the army said.",
     "ASSAULT", "ISR", "PSE", "reported"),
    ("Pakistan rejected India's proposal for talks on the disputed region of Kashmir.",
     "REJECT", "PAK", "IND", "asserted"),
    ("The United Nations urged Ethiopia to allow aid workers into the Tigray region.",
     "REQUEST", "UNO", "ETH", "asserted"),
    ("Venezuela expelled the Spanish ambassador on Thursday.",
     "SANCTION", "VEN", "ESP", "asserted"),
    ("Gunmen kidnapped 12 students from a school in northern Nigeria.",
     "ASSAULT", None, None, "asserted"),
    ("Syrian government forces recaptured the town of Saraqeb from rebels.",
     "ASSAULT", "SYR", None, "asserted"),
    ("Riot police fired tear gas at demonstrators in Santiago.",
     "ASSAULT", None, None, "asserted"),
    ("Egypt's president called for an immediate ceasefire in Gaza.",
     "REQUEST", "EGY", None, "asserted"),
    ("Hungary's prime minister visited Beijing on Wednesday.",
     "CONSULT", "HUN", "CHN", "asserted"),
    ("Armenia said it would not withdraw its troops from the disputed area.",
     "RETREAT", "ARM", None, "negated"),
    ("The Sudanese army denied bombing a market in Darfur.",
     "ASSAULT", "SDN", None, "negated"),
    ("France and Germany may impose tariffs on Chinese steel.",
     "SANCTION", "FRA", None, "hypothetical"),
    ("Workers at the state oil company went on strike in Nigeria on Monday.",
     "PROTEST", None, None, "asserted"),
    ("Saudi Arabia and Iran agreed to restore diplomatic relations.",
     "AGREE", "SAU", None, "asserted"),
    ("The United States provided Ukraine with air defence systems.",
     "AID", "USA", "UKR", "asserted"),
    ("Protesters set fire to a police station in Lagos.",
     "PROTEST", None, None, "asserted"),
    ("Polish border guards detained 30 migrants near the border with Belarus.",
     "COERCE", "POL", None, "asserted"),
    ("Indian and Chinese troops clashed along their disputed Himalayan border.",
     "ASSAULT", "IND", None, "asserted"),
    ("Mali's junta ordered French troops to leave the country.",
     "REQUEST", "MLI", "FRA", "asserted"),
    ("The Colombian government and the ELN rebels resumed peace talks in Havana.",
     "CONSULT", "COL", None, "asserted"),
    ("Ukraine's president condemned the missile strike on a hospital in Dnipro.",
     "ACCUSE", "UKR", None, "asserted"),
    ("Lithuania banned imports from Belarus.",
     "SANCTION", "LTU", "BLR", "asserted"),
    ("Taliban fighters killed five police officers in an ambush in Helmand province.",
     "ASSAULT", None, None, "asserted"),
    ("Bolivia's opposition will hold a rally in La Paz next week to protest the election results.",
     "PROTEST", "BOL", None, "planned"),
]
#: the share of CASES that must pass (the first run passed 28 of 34)
FLOOR = 0.80


def _codes(parties: list[dict[str, Any]]) -> set[str]:
    return {p["code"] for p in parties if p.get("code")}


def _passes(events: list[Event], etype: str, actor: str | None, recipient: str | None,
            modality: str | None) -> bool:
    return any(e.event == etype
               and (actor is None or actor in _codes(e.actor))
               and (recipient is None or recipient in _codes(e.recipient))
               and (modality is None or e.modality == modality)
               for e in events)


@pytest.fixture(scope="module")
def coded(resources: Resources) -> list[list[Event]]:
    docs = [Document(id=f"heldout-{i}", text=c[0], raw_text=c[0], published="2024-05-01")
            for i, c in enumerate(CASES)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


def test_heldout_pass_rate(coded: list[list[Event]]) -> None:
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(CASES, coded, strict=True):
        if not _passes(events, etype, actor, recipient, modality):
            got = [(e.event, sorted(_codes(e.actor)), sorted(_codes(e.recipient)), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    rate = 1 - len(misses) / len(CASES)
    assert rate >= FLOOR, f"held-out pass rate {rate:.2f} < {FLOOR}:\n" + "\n".join(misses)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert len(CASES) >= 30
    assert len({c[0] for c in CASES}) == len(CASES)
    assert all(c[1] in types for c in CASES)
