"""Attributions marked by punctuation rather than words: "Name: what they said" (headlines,
transcripts), "“quote” ― Name" (letters, epigraphs) and a colon before a quotation ("Warren to the
bank's chief: ‘You should resign’")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..nlp.types import Annotated

#: resolves a source span (and its head token) to (code, sector, name)
Resolve = Callable[[Span, "Token | None"], tuple[str | None, str | None, str | None]]

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_COLON = re.compile(rf"(?m)^[\"“]?({_NAME}):[ \t]+(\S[^\n]*)")
_DASH = re.compile(rf"([\"“”][^\"“”\n]{{8,}}[\"”])\s*(―|—|–|--)\s*({_NAME})")  # typists open with ” too
#: "Name:" labels that are not speakers
_NOT_SPEAKERS = frozenset({"note", "photo", "source", "update", "updated", "related", "read", "watch", "editor",
                           "correction", "by", "posted", "published", "video", "image", "caption", "credit",
                           "subscribe", "advertisement", "share", "tags", "see", "also", "warning"})


_COLON_QUOTE = re.compile(r":[ \t]*([“\"‘']|``)")


def _colon_quotes(ann: Annotated) -> list[tuple[int, int, int, int, int]]:
    """"Warren to the bank's chief: ‘You should be investigated’": a colon between a noun phrase
    and a quotation (headlines, captions, lead-ins). (source start, source end, colon, content
    start, content end); the source is the noun phrase that ends at the colon."""
    text = ann.document.text
    out = []
    for m in _COLON_QUOTE.finditer(text):
        before = char_tokens(ann, max(0, m.start() - 80), m.start())
        if not before or before[-1].pos_ not in ("PROPN", "NOUN") or before[-1].idx + len(before[-1].text) != m.start():
            continue
        head = before[-1]
        lead = [t for t in head.sent if t.i <= head.i and not t.is_space]
        if any(t.pos_ in ("VERB", "AUX") for t in lead):
            first = head.left_edge if head.left_edge.i <= head.i else head  # "... a message for X:"
        else:
            first = lead[0]  # a headline or caption: "Warren to the bank's chief:" is who speaks, to whom
        while first.i < head.i and (first.is_punct or first.dep_ in ("det", "cc")):
            first = first.nbor(1)
        end = min([i for i in (text.find(c, m.end(1)) for c in ("”", "’", "'", '"', "''")) if i > 0] or [-1])
        nl = text.find("\n", m.end(1))
        if end < 0 or (0 <= nl < end):
            end = nl if nl >= 0 else len(text)
        out.append((first.idx, head.idx + len(head.text), m.start(), m.start(1), end + 1))
    return out


def char_tokens(ann: Annotated, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside [start, end)."""
    span = ann.doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


#: a capitalised label word more frequent than this (Zipf scale) is a rubric ("Analysis:"), not a name
_RUBRIC_ZIPF = 4.5


def _looks_like_speaker(ann: Annotated, toks: list[Token], name: str) -> bool:
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks) or name.isupper():
        return True
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(e.start < hi and e.end > lo and (e.code or e.name) for e in ann.entities):
        return True
    from wordfreq import zipf_frequency

    return all(zipf_frequency(t.lower_, "en") < _RUBRIC_ZIPF for t in toks if t.is_alpha)


def punctuation_attributions(ann: Annotated, resolve: Resolve) -> list[Attribution]:
    """"Name: what they said" (headlines, transcripts) and "“quote” ― Name" (letters, epigraphs)."""
    text = ann.document.text
    out: list[Attribution] = []
    found = [(m.start(1), m.end(1), m.start(0) + m.group(0).index(":", m.end(1) - m.start(0)),
              m.start(2), m.end(2)) for m in _COLON.finditer(text)
             if m.group(1).split()[0].lower().strip(".") not in _NOT_SPEAKERS and not any(
                 ch.isdigit() for ch in m.group(1))]
    found += [(m.start(3), m.end(3), m.start(2), m.start(1), m.end(1)) for m in _DASH.finditer(text)]
    found += _colon_quotes(ann)
    for s_start, s_end, cue_at, c_start, c_end in found:
        toks = char_tokens(ann, s_start, s_end)
        if not toks or not _looks_like_speaker(ann, toks, text[s_start:s_end]):
            continue
        cue_len = 2 if text.startswith("--", cue_at) else 1
        source = Span(text[s_start:s_end], s_start, s_end)
        code, sector, name = resolve(source, toks[-1])
        sidx = ann.sentence_at(cue_at).index if ann.sentences else None
        out.append(Attribution(ann.document.doc_id, source, Span(text[cue_at:cue_at + cue_len], cue_at,
                                                                 cue_at + cue_len),
                               Span(text[c_start:c_end], c_start, c_end), code, sector, name, [], sidx,
                               "punctuation"))
    return out
