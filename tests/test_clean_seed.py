"""The founding example: ../shared/seed/000_a21f7cce77c72466.txt, cleaned end to end."""

from __future__ import annotations

import re

import pytest

from eventwire.clean import clean_item, clean_text
from eventwire.config import Settings
from eventwire.model import Document, RawItem


@pytest.fixture(scope="module")
def doc(seed_text: str) -> Document:
    return clean_item(RawItem(origin="seed.txt", content=seed_text), Settings())


def _blocks(text: str) -> list[str]:
    return [b for b in re.split(r"\n\s*\n", text) if b.strip()]


def test_boilerplate_gone(doc: Document) -> None:
    assert "Advertisement" not in doc.text
    assert any(r.kind == "boilerplate" and "Advertisement here" in r.before for r in doc.repairs)


def test_broken_words_and_sentence_repaired(doc: Document) -> None:
    assert "Borrell stated that Russia" in doc.text
    assert "including maritime security" in doc.text
    assert "his intention to discuss potential responses" in doc.text
    assert "sta\nted" not in doc.text and "marit\nime" not in doc.text


def test_headline_and_dateline_to_metadata(doc: Document) -> None:
    assert doc.title == (
        "EU Foreign Policy Chief Calls for Comprehensive Support for Ukraine Amid North Korean Troop Concerns"
    )
    assert doc.dateline == "Seoul"
    assert doc.text.startswith("The European Union’s (EU) foreign policy chief")
    assert not doc.text.startswith(doc.title)


def test_every_body_paragraph_kept(doc: Document, seed_text: str) -> None:
    removed_blocks = sum(1 for r in doc.repairs if r.kind in ("boilerplate", "headline", "byline"))
    raw_body = len(_blocks(seed_text)) - removed_blocks
    assert len(_blocks(doc.text)) == raw_body
    # and no paragraph lost a sentence: each block's last words survive
    for block in _blocks(seed_text)[-3:]:
        assert " ".join(block.split()[-4:]) in doc.text


def test_record_fields(doc: Document, seed_text: str) -> None:
    assert doc.raw_text == seed_text
    assert re.fullmatch(r"[0-9a-f]{16}", doc.id)
    assert doc.language == "en"
    assert doc.origin == "seed.txt"
    assert doc.published is None  # "Seoul:" carries no date


def test_clean_text_is_idempotent_on_seed(seed_text: str) -> None:
    once, _, _ = clean_text(seed_text)
    # the first body paragraph is long prose, so neither headline nor dateline is found again
    twice, repairs, meta = clean_text(once)
    assert twice == once and repairs == [] and meta == {}
