"""eval.voa_sentences: the hand-coded VOA sentence gold parses and is well-formed; scoring on stub events
(no spaCy needed)."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from typing import Any

import pytest

from eval import voa_sentences as vsn
from eval._shared import shared_path

CODE = re.compile(r"^[A-Z]{3}$")


def _gold() -> tuple[list[str], list[vsn.GoldSentence]]:
    if not vsn.GOLD.exists():
        pytest.skip("eval/judgements/voa-sentences-gold.tsv is absent")
    return vsn.parse_gold(vsn.GOLD.read_text(encoding="utf-8"), str(vsn.GOLD))


def test_gold_is_well_formed() -> None:
    comments, gold = _gold()
    assert any("seed" in c for c in comments)
    assert any("before" in c and "coder" in c for c in comments)
    assert len(gold) == 120
    assert len({s.key for s in gold}) == 120
    assert len({s.text for s in gold}) == 120
    for s in gold:
        assert s.text and s.story_id
        for g in s.events:
            assert g.type in vsn.PLOVER_TYPES
            assert all(CODE.match(c) for c in g.actor | g.recipient), (s.key, g)
    assert sum(not s.events for s in gold) > 0
    assert sum(len(s.events) for s in gold) > 0


def test_gold_sentences_come_from_the_stories() -> None:
    _, gold = _gold()
    path = shared_path("news", "voa", "stories.jsonl")
    if path is None:
        pytest.skip("../shared/news/voa/stories.jsonl is absent")
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            st = json.loads(line)
            texts[st["id"]] = " ".join(st["text"].split())
    for s in gold:
        assert s.story_id in texts, s.key
        assert s.text in texts[s.story_id], s.key


HEADER = "\t".join(vsn.COLUMNS)


def test_parse_rejects_bad_rows() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        vsn.parse_gold(f"{HEADER}\ns1\t0\tA b.\tFIGHT\tUSA\t\t\n")
    with pytest.raises(ValueError, match="NONE row"):
        vsn.parse_gold(f"{HEADER}\ns1\t0\tA b.\tASSAULT\tUSA\t\t\ns1\t0\tA b.\tNONE\t\t\t\n")
    with pytest.raises(ValueError, match="column header"):
        vsn.parse_gold("story\tsentence\n")


def _ev(event: str, actor: str = "", modality: str = "asserted") -> Any:
    return SimpleNamespace(event=event, modality=modality, actor=[{"code": actor}] if actor else [], recipient=[])


def test_score_on_stub_events() -> None:
    _, gold = vsn.parse_gold(
        f"{HEADER}\n"
        "s1\t0\tTroops shelled the town.\tASSAULT\tRUS\tUKR\t\n"
        "s1\t1\tIt rained.\tNONE\t\t\t\n"
        "s1\t2\tThey met.\tCONSULT\t\t\t\n"
    )
    events = {
        "s1:0": [_ev("ASSAULT", "UKR"), _ev("THREATEN", "RUS", "planned")],
        "s1:1": [_ev("PROTEST")],
        "s1:2": [_ev("CONSULT", "USA")],
    }
    f = vsn.score(gold, events)
    assert f["coded_events"] == 3  # the planned one is not scored
    assert f["precision"] == round(2 / 3, 4)
    assert f["recall"] == 1.0
    assert f["actor_precision"] == round(1 / 3, 4)  # UKR is not RUS; an empty gold actor takes any
    assert f["actor_recall"] == 0.5
    assert f["per_empty_sentence"] == 1.0
    assert f["empty_sentences"] == 1 and f["gold_events"] == 2


def test_an_act_coded_twice_counts_once() -> None:
    _, gold = vsn.parse_gold(
        f"{HEADER}\n"
        "s1\t0\tTroops shelled the town and the airport.\tASSAULT\tRUS\tUKR\t\n"
    )
    f = vsn.score(gold, {"s1:0": [_ev("ASSAULT", "RUS"), _ev("ASSAULT", "RUS")]})
    assert f["precision"] == 0.5 and f["actor_precision"] == 0.5 and f["recall"] == 1.0
