"""Claims: a quantity about a counted subject, with where, when, and who says so.

Contract: reads an Annotated document, its quantities and attributions; returns
:class:`~eventwire.model.Claim` records. For each quantity without a unit (a count):

- subject: the counted noun phrase found in the dependency parse: the noun the number modifies
  ("10,000 North Korean soldiers"), the object of "of" ("thousands of soldiers"); "8,000 of them"
  and an elliptical count ("..., with 8,000 positioned near Ukraine") take the previous subject
  of the same sentence. ``subject_code``: the actor code of an entity inside that phrase.
- location: a locative prepositional phrase ("in Russia", "near the Ukrainian border") on the
  subject, or on the verb it is subject or object of; the innermost place-like phrase wins
  ("to areas near the border" -> "near the border").
- date: the first dated expression of the sentence, else the publication date.
- source/cue/hedges: the innermost attribution whose content covers the quantity (None when the
  article itself asserts it).
- kind: "dead", "injured", "arrested" for casualty counts (``data/claims/casualties.tsv``).
- evidence: the sentence.
Money, percentages, measures and ratios are not claims here (they have no counted subject): a
quantity with a unit is skipped, and so is a count whose noun is a unit word (``data/claims/units.tsv``).
A subject has at least one word; numbers that are not figures (dates with slashes, ranks, versions)
never reach this stage (``_scan.not_a_quantity``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model import Attribution, Claim, Quantity, Span
from . import _data
from ._scan import is_unit_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..nlp.types import Annotated

_SKIP_IN_SUBJECT = ("det", "punct", "quantmod", "predet", "cc", "advmod", "nummod")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_PRONOUNS = frozenset({"them", "those", "these", "they", "it", "which", "whom"})


def _anchor(ann: Annotated, q: Quantity) -> tuple[Token, set[int]] | None:
    span = ann.doc.char_span(q.start, q.end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks:
        return None
    ids = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return (outside[-1] if outside else toks[-1]), ids


def _of_object(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _counted(anchor: Token) -> tuple[Token | None, bool]:
    """(counted noun, elliptical): the noun the number counts, or (None, True) for a bare number."""
    obj = _of_object(anchor)
    if obj is not None:
        if obj.pos_ == "PRON" or obj.lower_ in _PRONOUNS:
            return None, True  # "8,000 of them"
        return obj, False
    if anchor.dep_ in ("nummod", "amod", "compound") and anchor.head.pos_ in ("NOUN", "PROPN"):
        return anchor.head, False
    if anchor.pos_ == "NUM" and anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj",
                                                "appos", "ROOT"):
        return None, True
    return None, False


def _subject_tokens(noun: Token, qids: set[int]) -> list[Token]:
    keep = [t for t in noun.subtree if t.i <= noun.i and t.i not in qids and t.dep_ not in _SKIP_IN_SUBJECT
            and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    keep = [t for t in keep if not any(a.i in qids or a.dep_ in ("relcl", "acl") for a in _ancestors_to(t, noun))]
    for c in noun.children:  # "troops from North Korea"
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i:
            keep.extend(c.subtree)
    if not keep:
        return []
    # contiguous, so that "coal-fired" keeps its hyphen; the figure itself and articles stay out
    first, last = min(t.i for t in keep), max(t.i for t in keep)
    doc = noun.doc
    return [t for t in doc[first:last + 1] if t.i not in qids and t.dep_ not in ("det", "predet")]


def _ancestors_to(t: Token, top: Token) -> list[Token]:
    out = []
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        if t.i != top.i:
            out.append(t)
    return out


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _entity_code(ann: Annotated, tokens: list[Token]) -> str | None:
    if not tokens:
        return None
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for e in ann.entities:
        if e.start < hi and e.end > lo and e.code and e.kind != "place":
            return e.code
    for e in ann.entities:
        if e.start < hi and e.end > lo and e.code:
            return e.code
    return None


def _is_place(ann: Annotated, pobj: Token) -> bool:
    lo = pobj.left_edge.idx
    hi = pobj.idx + len(pobj.text)  # the noun phrase up to its head, not the clauses after it
    for e in ann.entities:
        if e.start < hi and e.end > lo and (e.kind == "place" or e.label in _PLACE_LABELS):
            return True
    if pobj.ent_type_ in _PLACE_LABELS:
        return True
    return pobj.lemma_.lower() in _data.place_nouns()


def _location(ann: Annotated, holders: list[Token]) -> str | None:
    preps = _data.locative_preps()
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            inner = _location(ann, [pobj])  # "to areas near the border" -> "near the border"
            if inner is not None:
                return inner
            if _is_place(ann, pobj):
                return _text([c, *[t for t in pobj.subtree if t.i <= pobj.i]])
    return None


def _holders(noun: Token | None, anchor: Token) -> list[Token]:
    """Tokens whose prepositional phrases may locate the count: the noun, then its verb."""
    out: list[Token] = []
    base = noun if noun is not None else anchor
    out.append(base)
    if noun is None:
        out.append(anchor)
    h = base
    for _ in range(3):
        if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "pcomp") and h.head.i != h.i:
            h = h.head
            out.append(h)
            if h.pos_ in ("VERB", "AUX"):
                break
        else:
            break
    return out


def _kind(noun: Token | None, anchor: Token) -> str | None:
    words = _data.casualty_words()
    cands: list[Token] = []
    if noun is not None:
        cands += [noun, *[c for c in noun.children if c.dep_ in ("amod", "acl", "relcl")]]
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX", "ADJ"):
            cands.append(noun.head)
            cands += [c for c in noun.head.children if c.dep_ in ("acomp", "oprd")]
    else:
        cands.append(anchor.head)
        cands += [c for c in anchor.children if c.dep_ in ("amod", "acl")]
    for t in cands:
        kind = words.get(t.lemma_.lower()) or words.get(t.lower_)
        if kind:
            return kind
    return None


def _date(ann: Annotated, start: int, end: int) -> str | None:
    for d in ann.dates:
        if d.start >= start and d.end <= end and d.value and re.match(r"\d{4}-\d{2}", d.value) and \
                d.granularity in ("day", "week", "month"):
            return d.value
    return ann.document.published


def _covering(atts: list[Attribution], q: Quantity) -> Attribution | None:
    """The innermost statement whose content holds ``q``; a stance ("X condemned the killing of 12")
    is not a statement of the figure, so it is never the source."""
    cover = [a for a in atts if a.content is not None and a.content.start <= q.start and q.end <= a.content.end
             and a.kind != "attitude"]
    if not cover:
        return None
    return min(cover, key=lambda a: (a.content.end - a.content.start) if a.content else 0)


def _source(a: Attribution) -> dict[str, Any] | None:
    if a.source is None:
        return None
    return {"entity_text": a.source.text, "code": a.source_code, "sector": a.source_sector,
            "name": a.source_name, "start": a.source.start, "end": a.source.end}


def _evidence(text: str, start: int) -> Span:
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return Span(body, start + lead, start + lead + len(body))


def extract_claims(ann: Annotated, quantities: list[Quantity], attributions: list[Attribution]) -> list[Claim]:
    """Claims of ``ann``: every count with a counted subject (or a casualty count)."""
    out: list[Claim] = []
    last: dict[int, tuple[list[Token], Token]] = {}  # sentence start -> (subject tokens, noun)
    for q in sorted(quantities, key=lambda x: x.start):
        if q.unit is not None:
            continue
        found = _anchor(ann, q)
        if found is None:
            continue
        anchor, qids = found
        first = min(qids)
        if q.value is not None and q.value < 10 and q.qualifier == "exact" and first > 0 and \
                ann.doc[first - 1].lower_ == "the":
            continue  # "the two Koreas", "the three sides": a reference, not a reported count
        if re.match(r"-[A-Za-z]", ann.document.text[q.end:q.end + 2]):
            continue  # a modifier, not a count: "a 22-year-old", "a 52-count complaint"
        sent = anchor.sent
        noun, elliptical = _counted(anchor)
        if noun is not None and (is_unit_word(noun.text) or is_unit_word(noun.lemma_)):
            continue  # a measure, money or a ratio the parse counts: "three cups", "200 euros"
        subj: list[Token] = []
        if noun is not None:
            subj = _subject_tokens(noun, qids)
            if not any(t.is_alpha for t in subj):
                subj = []  # punctuation or a symbol the parse took for the noun: no subject
        elif elliptical and sent.start in last:
            subj, _prev_noun = last[sent.start]
        if noun is not None and q.qualifier == "range" and "-" in q.text and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue  # a score or vote used as a modifier: "a surprise 5-4 decision"
        kind = _kind(noun, anchor)
        if (not subj and kind is None) or (kind is None and q.text.lower() in ("one", "a", "an")):
            continue  # "one more time", "one figure": not a reported count
        if noun is not None:
            last[sent.start] = (subj, noun)
        att = _covering(attributions, q)
        sidx = ann.sentence_at(sent.start_char).index if ann.sentences else None
        out.append(Claim(
            quantity=q,
            subject=_text(subj) or None,
            subject_code=_entity_code(ann, subj),
            location=_location(ann, _holders(noun, anchor)),
            date=_date(ann, sent.start_char, sent.end_char),
            source=_source(att) if att else None,
            cue=att.cue.text if att else None,
            hedges=list(att.hedges) if att else [],
            sentence=sidx,
            evidence=_evidence(sent.text, sent.start_char),
            kind=kind,
        ))
    return out


def casualty_size(claims: list[Claim], sentence: int | None) -> dict[str, int | None]:
    """The events' ``size`` (dead, injured, arrested) from the casualty claims of one sentence.

    A figure's stated value is used; a bound or vague count gives its lower end ("at least 12",
    "dozens" -> 24). Several figures of one kind in the sentence: the largest.
    """
    size: dict[str, int | None] = {"dead": None, "injured": None, "arrested": None}
    for c in claims:
        if c.sentence != sentence or c.kind not in size or c.quantity.error:
            continue
        q = c.quantity
        v = q.value if q.qualifier not in ("vague", "range") else q.low
        if v is None:
            v = q.low
        if v is None or v < 0:
            continue
        prev = size[c.kind]
        size[c.kind] = max(prev or 0, int(v))
    return size
