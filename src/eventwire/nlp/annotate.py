"""Annotation stage: spaCy parse, sentences, resolved entities, dates.

Contract: reads Documents (clean text), adds Annotated records. Placeholder resolution until the
gazetteer lands: NER entities only, unresolved.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..config import Settings
from ..model import Document, Entity, Sentence
from .model import load_nlp
from .types import Annotated


def annotate(docs: Iterable[Document], settings: Settings) -> Iterator[Annotated]:
    nlp = load_nlp(settings.spacy_model)
    docs = list(docs)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=settings.batch_size),
                              strict=True):
        sents = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
        ents = [Entity(document.doc_id, e.text, e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        yield Annotated(document, sdoc, sents, ents)
