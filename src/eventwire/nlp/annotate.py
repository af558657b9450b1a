"""Annotation stage: spaCy parse, sentences, resolved actor and place entities, dates.

Contract: reads Documents (clean text) and the Resources (spaCy model, gazetteer); yields one
Annotated per document, in order. Entities are sorted by start and do not overlap; each carries
kind ``actor`` or ``place``, its code, sector, canonical name and identifier, and label = the NER
label, ``ACTOR`` for a gazetteer-only phrase ("presidential office", "North Korean soldiers") or
``PRON`` for a resolved pronoun (subject, or possessive: "his visit"). Places carry ``lat``,
``lon`` and ``geonameid`` in ``extra`` where the city is known. Resolution uses the document's
publication date (roles change over time); relative dates are normalised against it. An acronym
the document defines ("the Democratic Progressive Party (DPP)") is its long form throughout it
(``acronyms``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import Document, Entity, Sentence
from ..resources import Resources
from .acronyms import defined_acronyms
from .compose import Mention, compose
from .dates import WEEKDAYS, clause_tense, normalise_date
from .docref import (
    agents_there,
    bare_speakers,
    capital_officials,
    collectives,
    currency_names,
    definite_agents,
    definite_offices,
    delayed_names,
    descriptions,
    envoys_to_bodies,
    features_named_like_towns,
    home_agents,
    hyphen_modifiers,
    located_agents,
    merge_ner,
    metonyms,
    ministers_of_ministries,
    other_congresses,
    owned_men,
    place_modifiers,
    places_named_by_kind,
    pronouns,
    roles_in_document,
    shared_acronyms,
    shared_short_names,
    speakers_for_bodies,
    state_organisations,
    stray_towns,
    surnames,
    titles_and_appositives,
)
from .entries import Gazetteer, iso_day
from .match import Toks, find_bases
from .types import Annotated, DateExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_EXTRA_DATES = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b(?:" + "|".join(w.title() for w in WEEKDAYS) + r")\b")
#: the relative weeks of news copy, which the model may tag a time ("Earlier in the week, ...")
_RELATIVE_WEEK = re.compile(r"\b(?:earlier|later) (?:in the|this) week\b", re.IGNORECASE)


def annotate(docs: Iterable[Document], resources: Resources) -> Iterator[Annotated]:
    """Parse ``docs`` with ``nlp.pipe`` in batches (``Settings.batch_size``) and resolve them."""
    nlp = resources.nlp
    gaz = resources.gazetteer
    for_text, for_out = itertools.tee(docs)
    texts = (d.text for d in for_text)
    for document, sdoc in zip(for_out, nlp.pipe(texts, batch_size=resources.settings.batch_size), strict=True):
        detach_dateline(sdoc)
        yield annotate_parsed(document, sdoc, gaz)


def detach_dateline(sdoc: Doc) -> None:
    """A wire dateline the text still carries ("Hanoi, Nov 28 (Agency) - China freed ...") is no
    part of its sentence's grammar: the parser may take its place for a second subject of the
    sentence's verb. Its words that hang on words outside it are set apart (``dep``)."""
    from ..clean.metadata import dateline_of

    text = sdoc.text
    found = dateline_of(text.split("\n\n", 1)[0], text)
    if found is None:
        return
    end = found[0]
    for t in sdoc:
        if t.idx >= end:
            break
        if t.head.idx < end or t.head is t:
            continue
        head, dep = t.head, t.dep_
        # the sentence's own subject, read as in apposition to the dateline's place ("Bangkok, Dec 2
        # (Agency) - Human Rights Watch ... faulted"), takes the place's role
        for c in list(t.children):
            if c.idx >= end and c.dep_ == "appos":
                c.head, c.dep_ = head, dep
        t.dep_ = "dep"



def annotate_parsed(document: Document, sdoc: Doc, gaz: Gazetteer) -> Annotated:
    """Resolve one already-parsed document (``sdoc`` is the spaCy parse of ``document.text``)."""
    date = iso_day(document.published)
    day = date if document.published and iso_day(document.published[:10]) == date else None
    ents = list(sdoc.ents)
    sents = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
    sent_starts = [s.start for s in sents] or [0]
    toks = Toks.from_doc(sdoc)
    mentions = merge_ner(ents, compose(toks, find_bases(toks, gaz), gaz, date), gaz)
    acronyms = defined_acronyms(toks, mentions)
    if acronyms:  # read again, with the acronyms the document defines ("DPP lawmakers")
        mentions = merge_ner(ents, compose(toks, find_bases(toks, gaz, acronyms), gaz, date), gaz)
    speakers_for_bodies(toks, mentions)
    mentions = titles_and_appositives(toks, mentions)
    mentions = place_modifiers(toks, mentions)
    mentions = collectives(toks, mentions)
    mentions = hyphen_modifiers(toks, mentions)
    mentions = envoys_to_bodies(toks, mentions, gaz.states)
    mentions = state_organisations(toks, mentions, gaz.states)
    mentions = places_named_by_kind(toks, mentions)
    mentions = currency_names(toks, mentions)
    delayed_names(sdoc, toks, mentions, sent_starts)
    mentions = surnames(toks, mentions, gaz, date)
    shared_short_names(toks, mentions)
    other_congresses(toks, mentions)
    shared_acronyms(toks, mentions)
    roles_in_document(mentions)
    metonyms(sdoc, mentions)
    stray_towns(mentions, gaz)
    features_named_like_towns(toks, mentions, gaz)
    definite_agents(toks, mentions, sent_starts, opening_only=True)
    bare_speakers(toks, mentions, sent_starts)
    located_agents(toks, mentions, sent_starts, sdoc)
    capital_officials(toks, mentions, sent_starts, gaz)
    agents_there(toks, mentions, sent_starts)
    mentions = descriptions(sdoc, toks, mentions, sent_starts, gaz.states)
    definite_agents(toks, mentions, sent_starts)
    definite_offices(toks, mentions)
    ministers_of_ministries(toks, mentions, sent_starts)
    home_agents(mentions, gaz, toks)
    mentions = pronouns(sdoc, toks, mentions, sent_starts)
    owned_men(sdoc, mentions)
    entities = [_entity(document.doc_id, toks, m, gaz) for m in mentions]
    return Annotated(document, sdoc, sents, entities, _dates(ents, toks, sent_starts, day, sdoc))


def _entity(doc_id: str, toks: Toks, m: Mention, gaz: Gazetteer) -> Entity:
    start, end = toks.starts[m.i], toks.ends[m.j - 1]
    extra = dict(m.extra)
    if m.kind == "place" and "lat" not in extra and m.name:
        city = gaz.cities.get(m.name) or gaz.cities.get(toks.text[start:end])
        if city is not None and city.country == m.code:
            extra.update(lat=city.lat, lon=city.lon, geonameid=city.geonameid)
    if m.former:
        extra["former"] = True
    return Entity(doc_id, toks.text[start:end], start, end, m.label, m.code, m.sector, m.name, m.identifier,
                  kind=m.kind, extra=extra)


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: a length of time the model ran into the day that follows it ("for 10 years on Monday")
_LENGTH_THEN_DAY = re.compile(
    r"^(.*?\b(?:second|minute|hour|day|week|month|year|decade)s?)\s+(?:on\s+|(?=(?:this|last|late|early)\s))(.+)$",
    re.IGNORECASE)


def _date_parts(start: int, text: str) -> list[tuple[int, int, str]]:
    """A DATE entity as its date expressions: "jailed him for 10 years on Monday" is tagged as one
    entity, which would read as a length of ten years; it holds two, the length and the day."""
    m = _LENGTH_THEN_DAY.match(text)
    if m and (_WEEKDAY.search(m.group(2)) or re.search(r"\d", m.group(2))):
        return [(start, start + m.end(1), m.group(1)), (start + m.start(2), start + len(text), m.group(2))]
    return [(start, start + len(text), text)]


def _dates(ents: list[Span], toks: Toks, sent_starts: list[int], published: str | None,
           sdoc: Doc | None = None) -> list[DateExpr]:
    future_sents = {_sent(sent_starts, toks.starts[k]) for k, low in enumerate(toks.lowers) if low in _FUTURE}
    spans = [part for e in ents if e.label_ == "DATE" for part in _date_parts(e.start_char, e.text)]
    for ent in ents:
        if ent.label_ == "TIME":
            # "on Monday night", "late Tuesday evening": the model tags a time; its weekday is the day
            w = _WEEKDAY.search(ent.text) or _RELATIVE_WEEK.search(ent.text)
            if w:
                spans.append((ent.start_char + w.start(), ent.start_char + w.end(), w.group()))
    taken = [(e.start_char, e.end_char) for e in ents]  # any entity: "Sunday Times" is no date
    for m in _EXTRA_DATES.finditer(toks.text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            spans.append((m.start(), m.end(), m.group()))
    out = []
    for s, e, text in sorted(spans):
        span = sdoc.char_span(s, e, alignment_mode="expand") if sdoc is not None else None
        tense = clause_tense(span) if span is not None else None  # the clause's tense, where parsed
        value, gran, extra = normalise_date(text, published, _sent(sent_starts, s) in future_sents, tense)
        out.append(DateExpr(text, s, e, value, gran, extra))
    return out


def _sent(sent_starts: list[int], char: int) -> int:
    return bisect.bisect_right(sent_starts, char) - 1
