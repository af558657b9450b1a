"""Event coding: PLOVER events with modality, attribution and provenance, from annotated text.

Stage contract (docs/TEAM_CONTRACT.md): ``code_events(ann, resources) -> list[Event]`` reads an
:class:`~eventwire.nlp.types.Annotated` (spaCy parse, resolved entities, dates) and the lexicon
(``resources.lexicon``); it adds nothing to ``ann``.

Modules: ``lexicon`` (data files, loader, validator), ``match`` (triggers), ``args`` (actor and
recipient), ``modality``, ``attribution``, ``details`` (date, place, size, confidence), ``rules``
(one sentence), ``petrarch`` (importer for CAMEO verb dictionaries in PETRARCH format).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Event
from .args import EntityIndex
from .lexicon import Entry, Lexicon, load_lexicon
from .rules import SentenceContext, code_sentence

if TYPE_CHECKING:
    from ..nlp.types import Annotated
    from ..resources import Resources

__all__ = ["Entry", "Lexicon", "code_events", "load_lexicon"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def code_events(ann: Annotated, resources: Resources) -> list[Event]:
    """Every PLOVER event in ``ann``, in text order; each with its provenance.

    Events below ``resources.settings.min_confidence`` are left out.
    """
    from .attribution import document_attributions

    lexicon: Lexicon = resources.lexicon
    attributions = document_attributions(ann, resources)
    sents = list(ann.doc.sents)
    events: list[Event] = []
    for sidx, sent in enumerate(sents):
        ents = [e for e in ann.entities if sent.start_char <= e.start < sent.end_char]
        places = [e for e in ents if e.kind == "place" or (e.kind == "actor" and e.label in PLACE_LABELS)]
        ctx = SentenceContext(ann, lexicon, EntityIndex(ents), places, attributions)
        events.extend(code_sentence(sidx, sent, ctx))
    floor = resources.settings.min_confidence
    return [e for e in events if e.confidence >= floor]
