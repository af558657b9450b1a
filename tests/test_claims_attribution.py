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
    text = "The registration problem was first reported by the Boston Globe's city desk."
    a = _by_cue(extract_attributions(_ann(text, resources), resources), "reported")
    assert a.source is not None and "Boston Globe" in a.source.text
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


def _one(text: str, cue: str, resources: Resources) -> Attribution:
    return _by_cue(extract_attributions(_ann(text, resources), resources), cue)


@pytest.mark.parametrize(("text", "cue", "source", "in_content"), [
    # a finite clause the parser hung on the verb as an adverbial is still what was said
    ("The senator said after the vote he would resign.", "said", "The senator", "he would resign"),
    # the speech verb and its subject set off by commas, at the end or inside the sentence
    ("The plan leaves out part-time workers, analysts say.", "say", "analysts", "leaves out part-time"),
    ("The new rules, the ministry said, take effect in May.", "said", "the ministry", "take effect in May"),
    # "As X noted, Y"
    ("As the inspectors noted, the reactor was shut down.", "noted", "the inspectors", "reactor was shut down"),
    # "according to X" parsed as a sentence of its own still reports the rest of it
    ("According to the coast guard, the ferry sank at dawn.", "according to", "the coast guard", "ferry sank"),
    # a poll or a view after "in" is a source
    ("In a poll released Monday, the governor leads by six points.", "in", "a poll released Monday",
     "governor leads"),
    # what a verb of response answers
    ("The company responded to the complaints with a recall.", "responded", "The company", "complaints"),
    # object control: the one led to warn is the speaker
    ("The crisis led the economist to warn that prices would rise.", "warn", "the economist", "prices would rise"),
    # a second speech verb coordinated inside the first one's content is a statement of its own
    ("The minister said that talks would resume and suggested that a deal was near.", "suggested",
     "The minister", "a deal was near"),
])
def test_more_forms_of_attribution(text: str, cue: str, source: str, in_content: str,
                                   resources: Resources) -> None:
    a = _one(text, cue, resources)
    assert a.source is not None and a.source.text == source
    assert a.content is not None and in_content in a.content.text


def test_coordinated_statement_leaves_the_first_content(resources: Resources) -> None:
    text = "The minister said that talks would resume and suggested that a deal was near."
    a = _one(text, "said", resources)
    assert a.content is not None and "deal" not in a.content.text


def test_quotation_resumed_after_its_attribution_is_the_same_speaker(resources: Resources) -> None:
    text = "“We will rebuild,” the mayor said. “Nothing will stop us.” The council met later."
    atts = extract_attributions(_ann(text, resources), resources)
    a = _by_cue(atts, "said")
    assert a.content is not None and "Nothing will stop us" in a.content.text
    assert "council" not in a.content.text


def test_content_after_the_cue_ends_with_its_sentence(resources: Resources) -> None:
    text = "“The schools need money,” said Ortiz. Dana Reyes, a teacher, said the budget was cut."
    atts = extract_attributions(_ann(text, resources), resources)
    first = _by_cue(atts, "said")
    assert first.content is not None and "Reyes" not in first.content.text


def test_stances_are_attributions_but_never_a_claims_source(resources: Resources) -> None:
    from eventwire.claims import extract_claims, extract_quantities

    text = "The minister condemned the killing of 12 villagers."
    ann = _ann(text, resources)
    atts = extract_attributions(ann, resources)
    a = _by_cue(atts, "condemned")
    assert a.kind == "attitude" and a.source is not None and a.source.text == "The minister"
    [claim] = extract_claims(ann, extract_quantities(ann), atts)
    assert claim.subject == "villagers" and claim.source is None and claim.cue is None


def test_first_person_belief_counts_outside_quotations_only(resources: Resources) -> None:
    mine = _one("I believe the plan will fail.", "believe", resources)
    assert mine.kind == "cognition" and mine.source is not None and mine.source.text == "I"
    quoted = extract_attributions(_ann("“I believe it will fail,” she said.", resources), resources)
    assert [a.cue.text for a in quoted] == ["said"]


def test_seeming_has_no_named_source(resources: Resources) -> None:
    a = _one("The talks seem to have stalled.", "seem", resources)
    assert a.kind == "evidential" and a.source is None
    assert a.content is not None and "stalled" in a.content.text


def test_colon_before_a_quotation_in_a_headline(resources: Resources) -> None:
    a = _one("Ramos to reporters: 'We will appeal.'", ":", resources)
    assert a.source is not None and a.source.text.startswith("Ramos")
    assert a.content is not None and "We will appeal" in a.content.text
