"""Properties of the repairs on generated text (hypothesis): idempotent, nothing lost, and the
recorded repairs replay exactly to the output."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import REPAIR_STEPS, STEPS, repair_text
from eventwire.clean._edits import Edit, apply_edits
from eventwire.clean.linebreaks import repair_linebreaks_step

# real words, capitalised names, numbers and fragments of words
WORDS = st.sampled_from([
    "the", "in", "to", "into", "any", "way", "anyway", "talks", "sta", "ted", "stated", "Borrell",
    "Seoul", "marit", "ime", "maritime", "UN", "NATO", "officials", "said", "2024", "10", "000",
    "Kyiv", "well", "known", "gov", "ernment", "a", "I", "on", "line", "may", "be", "Zapo", "rizhzhia",
])
SEPS = st.sampled_from([" ", " ", " ", " ", "\n", "\n\n", ". ", ", ", ".\n", "-\n", " — ", "\r\n", "\u00a0"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=40))
    seps = draw(st.lists(SEPS, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


def _letters(text: str) -> str:
    return re.sub(r"[\s\-]", "", text)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_repair_text_is_idempotent(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once


@settings(max_examples=300, deadline=None)
@given(texts())
def test_no_text_lost(text: str) -> None:
    # only whitespace and line-end hyphens may change: every other character survives, in order
    assert _letters(repair_text(text)) == _letters(text.replace("\u00a0", " "))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_linebreak_repairs_replay(text: str) -> None:
    res = repair_linebreaks_step(text)
    for r in res.repairs:
        assert text[r.start:r.end] == r.before
    edits = [Edit(r.start, r.end, r.after, r.kind) for r in res.repairs]
    assert apply_edits(text, edits, "x")[0] == res.text


@settings(max_examples=200, deadline=None)
@given(texts())
def test_every_repair_step_replays(text: str) -> None:
    for step in STEPS:
        if step.name not in REPAIR_STEPS:
            continue
        res = step.func(text)
        edits = [Edit(r.start, r.end, r.after, r.kind) for r in res.repairs]
        assert apply_edits(text, edits, step.name)[0] == res.text, step.name
        text = res.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "", "a", "b c", "Ad"]), min_size=1, max_size=12), st.data())
def test_drop_lines_keeps_exactly_the_other_lines(lines: list[str], data: st.DataObject) -> None:
    from eventwire.clean._edits import drop_lines

    text = "\n".join(lines)
    drop = {i: "boilerplate" for i in data.draw(st.sets(st.integers(0, len(lines) - 1)))}
    new, repairs = drop_lines(text, drop, "x")
    if not drop:
        assert new == text and repairs == []
        return
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i in drop or (not line and (not kept or not kept[-1])):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    assert new == "\n".join(kept)
    edits = [Edit(r.start, r.end, r.after, r.kind) for r in repairs]
    assert apply_edits(text, edits, "x")[0] == new
