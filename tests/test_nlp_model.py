"""The spaCy pipeline as eventwire loads it: a subheading that a flattened web page glued to the
next sentence is split off before the parser runs. Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.resources import Resources

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "sentences"), [
    ("Rebels took the town. Recent attacks Since the start of the year, the group has struck twice.",
     ["Rebels took the town.", "Recent attacks", "Since the start of the year, the group has struck twice."]),
    ("Trade on the rise While Kenya has long traded with Uganda, exports fell.",
     ["Trade on the rise", "While Kenya has long traded with Uganda, exports fell."]),
    ("Talks stalled. The escape The prison break began at midnight.",
     ["Talks stalled.", "The escape", "The prison break began at midnight."]),
])
def test_a_glued_subheading_is_its_own_sentence(resources: Resources, text: str, sentences: list[str]) -> None:
    assert [s.text for s in resources.nlp(text).sents] == sentences


@pytest.mark.parametrize("text", [
    "The study was published in the medical journal The Lancet on Monday.",
    "The president attacked The Wall Street Journal over its reporting.",
    "He said it would serve the Most High.",
])
def test_a_name_that_begins_with_the_is_no_sentence_start(resources: Resources, text: str) -> None:
    assert len(list(resources.nlp(text).sents)) == 1


def test_the_component_runs_before_the_parser(resources: Resources) -> None:
    names = resources.nlp.pipe_names
    assert names.index("eventwire_glued_headings") < names.index("parser")


@pytest.mark.parametrize(("text", "sentences"), [
    ("The envoy left on Monday.\n\nBorder tensions\n\nSince the spring, patrols have clashed twice.",
     ["The envoy left on Monday.", "Border tensions", "Since the spring, patrols have clashed twice."]),
    ("Turnout was low.\n\nVoices from the street\n\n“We are tired of waiting,” said a trader.",
     ["Turnout was low.", "Voices from the street", "“We are tired of waiting,” said a trader."]),
])
def test_a_line_break_ends_a_sentence(resources: Resources, text: str, sentences: list[str]) -> None:
    # cleaning joins lines broken inside a sentence, so a break that is left ends a paragraph or sets
    # a subhead apart; the opening quote of the next paragraph stays with its sentence
    assert [s.text.strip() for s in resources.nlp(text).sents] == sentences
