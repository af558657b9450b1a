"""Attribution forms: indirect and direct speech, "according to", nesting, cue nouns, hedges."""

from __future__ import annotations

import pytest

from eventwire.claims import extract_attributions
from eventwire.model import Attribution, Document, Entity
from eventwire.nlp.types import Annotated
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def _ann(text: str, resources: Resources) -> Annotated:
    from eventwire.nlp.annotate import annotate

    return next(annotate([Document(id="t", text=text, raw_text=text)], resources))


def _by_cue(atts: list[Attribution], cue: str) -> Attribution:
    hits = [a for a in atts if a.cue.text.lower() == cue]
    assert hits, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    return hits[0]


def test_indirect_speech_that_clause(resources: Resources) -> None:
    text = "The ministry said that two hundred protesters were detained in the capital."
    a = _by_cue(extract_attributions(_ann(text, resources), resources), "said")
    assert a.source is not None and a.source.text == "The ministry"
    assert a.content is not None and a.content.text.startswith("two hundred protesters")
    assert text[a.cue.start:a.cue.end] == "said"


def test_direct_speech_quote_then_pronoun(resources: Resources) -> None:
    text = "Maria Lopez spoke to reporters. “We will not back down,” she said on Monday."
    atts = extract_attributions(_ann(text, resources), resources)
    a = _by_cue(atts, "said")
    assert a.source is not None and a.source.text == "she"
    assert a.content is not None and "We will not back down" in a.content.text


def test_pronoun_takes_resolution_of_pron_entity(resources: Resources) -> None:
    text = "He claimed that the talks had failed."
    ann = _ann(text, resources)
    ann.entities = [Entity("t", "He", 0, 2, "PRON", code="FRA", sector="GOV", name="Paris")]
    a = _by_cue(extract_attributions(ann, resources), "claimed")
    assert (a.source_code, a.source_sector) == ("FRA", "GOV")


def test_according_to_nests_inner_statement(resources: Resources) -> None:
    text = "According to the Kyodo agency, the prime minister said the election would be held in May."
    atts = extract_attributions(_ann(text, resources), resources)
    outer = _by_cue(atts, "according to")
    inner = _by_cue(atts, "said")
    assert outer.source is not None and "Kyodo" in outer.source.text
    assert outer.content is not None and inner.content is not None
    assert outer.content.start <= inner.cue.start and inner.content.end <= outer.content.end
    assert inner.source is not None and inner.source.text == "the prime minister"


def test_source_code_from_overlapping_entity(resources: Resources) -> None:
    text = "The United States reported that 300 soldiers had crossed the river."
    ann = _ann(text, resources)
    ann.entities = [Entity("t", "United States", 4, 17, "GPE", code="USA", sector="GOV")]
    a = _by_cue(extract_attributions(ann, resources), "reported")
    assert a.source_code == "USA"


def test_cue_noun_reports_of_without_source(resources: Resources) -> None:
    text = "Aid was halted following reports of militias seizing thousands of tonnes of grain."
    a = _by_cue(extract_attributions(_ann(text, resources), resources), "reports")
    assert a.source is None
    assert a.content is not None and "seizing thousands" in a.content.text


def test_hedges_recorded(resources: Resources) -> None:
    text = "Officials said the convoy may have been attacked. The rebels have reportedly seized the town."
    atts = extract_attributions(_ann(text, resources), resources)
    assert "may" in _by_cue(atts, "said").hedges
    rep = _by_cue(atts, "reportedly")
    assert rep.source is None and "reportedly" in rep.hedges


def test_no_attribution_in_plain_assertion(resources: Resources) -> None:
    text = "The army moved 40 tanks to the border on Tuesday."
    assert extract_attributions(_ann(text, resources), resources) == []


def test_headline_colon_and_dash_signature(resources: Resources) -> None:
    text = ("Pence: Flowers Will Not Attend the Debate\n\n"
            "“His candidacy has brought about division and strife.” ― Sonya Herridge\n")
    atts = extract_attributions(_ann(text, resources), resources)
    colon = _by_cue(atts, ":")
    assert colon.source is not None and colon.source.text == "Pence"
    assert colon.content is not None and colon.content.text.startswith("Flowers Will Not Attend")
    dash = _by_cue(atts, "―")
    assert dash.source is not None and dash.source.text == "Sonya Herridge"
    assert dash.content is not None and "division and strife" in dash.content.text


def test_participle_takes_speaker_of_main_clause(resources: Resources) -> None:
    text = "The senator criticized the bill on Tuesday, arguing that it would raise taxes."
    a = _by_cue(extract_attributions(_ann(text, resources), resources), "arguing")
    assert a.source is not None and a.source.text == "The senator"


def test_passive_with_agent(resources: Resources) -> None:
    text = "The registration problem was first reported by The Washington Post."
    a = _by_cue(extract_attributions(_ann(text, resources), resources), "reported")
    assert a.source is not None and "Washington Post" in a.source.text
    assert a.content is not None and a.content.text == "The registration problem"


def test_kind_tells_reports_from_intentions(resources: Resources) -> None:
    text = "The minister plans to visit Kyiv. According to aides, she said the trip was approved."
    atts = extract_attributions(_ann(text, resources), resources)
    assert _by_cue(atts, "plans").kind == "intent"
    assert _by_cue(atts, "said").kind == "speech"
    assert _by_cue(atts, "according to").kind == "according"


def test_no_statement_from_expectations_or_plans_of_others(resources: Resources) -> None:
    text = ("Some 500 troops are in the north and expected to join the fighting soon. "
            "He stated his intention to discuss the matter.")
    atts = extract_attributions(_ann(text, resources), resources)
    cues = [a.cue.text for a in atts]
    assert "expected" not in cues and "discuss" not in cues
    assert "stated" in cues
