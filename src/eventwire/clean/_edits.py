"""Edits and the Repairs that record them.

A step finds its changes as :class:`Edit` s on the text it received, then :func:`apply_edits` applies
them in one pass and returns the new text with one :class:`~eventwire.model.Repair` per edit, whose
offsets refer to the text *as the step received it*. :func:`drop_lines` is the shared helper for
steps that remove whole lines (boilerplate, headline, byline).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from ..model import Repair


class Edit(NamedTuple):
    start: int
    end: int
    after: str
    kind: str


class StepResult(NamedTuple):
    """What every step returns: the new text, what it changed, and metadata it found."""

    text: str
    repairs: list[Repair]
    meta: dict[str, str]


def apply_edits(text: str, edits: Iterable[Edit], step: str) -> tuple[str, list[Repair]]:
    """Apply non-overlapping ``edits`` (any order) to ``text``; no-op edits are dropped."""
    ordered = sorted((e for e in edits if text[e.start:e.end] != e.after), key=lambda e: (e.start, e.end))
    out: list[str] = []
    repairs: list[Repair] = []
    pos = 0
    for e in ordered:
        if e.start < pos:
            raise ValueError(f"overlapping edits in step {step}: {e} starts before {pos}")
        out.append(text[pos:e.start])
        out.append(e.after)
        repairs.append(Repair(e.kind, e.start, e.end, text[e.start:e.end], e.after, step))
        pos = e.end
    out.append(text[pos:])
    return "".join(out), repairs


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    spans = []
    start = 0
    while (nl := text.find("\n", start)) >= 0:
        spans.append((start, nl))
        start = nl + 1
    spans.append((start, len(text)))
    return spans


def drop_lines(
    text: str, drop: dict[int, str], step: str, inline: list[Edit] | None = None
) -> tuple[str, list[Repair]]:
    """Remove the lines whose index is in ``drop`` (index -> repair kind), then the blank lines
    that removal leaves doubled, leading or trailing. The result equals ``"\\n".join(kept lines)``.
    ``inline`` edits (inside kept lines only) are applied in the same pass."""
    spans = line_spans(text)
    kinds: dict[int, str] = dict(drop)
    prev_blank = True  # at the start, a blank line would be leading
    for i, (s, e) in enumerate(spans):
        if i in kinds:
            continue
        blank = s == e
        if blank and prev_blank:
            kinds[i] = "blank_line"
        prev_blank = blank
    # trailing blank lines
    for i in range(len(spans) - 1, -1, -1):
        if i in kinds:
            continue
        if spans[i][0] == spans[i][1]:
            kinds[i] = "blank_line"
            continue
        break
    if not drop:
        kinds = {i: k for i, k in kinds.items() if i in drop}
    edits: list[Edit] = []
    n = len(spans)
    first_kept = next((k for k in range(n) if k not in kinds), n)
    i = 0
    while i < n:
        if i not in kinds:
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 in kinds:
            j += 1
        kind = next((kinds[k] for k in range(i, j + 1) if kinds[k] != "blank_line"), "blank_line")
        if first_kept < i:
            edits.append(Edit(spans[i][0] - 1, spans[j][1], "", kind))
        elif j + 1 < n:
            edits.append(Edit(spans[i][0], spans[j + 1][0], "", kind))
        else:
            edits.append(Edit(0, len(text), "", kind))
        i = j + 1
    return apply_edits(text, edits + (inline or []), step)
