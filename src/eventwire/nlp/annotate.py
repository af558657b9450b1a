"""Annotation stage: spaCy parse, sentences, resolved entities, dates.

Contract: reads Documents (clean text), adds Annotated records. Placeholder resolution until the
gazetteer lands: NER entities only, unresolved.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Document, Entity, Sentence
from ..resources import Resources
from .types import Annotated


def annotate(docs: Iterable[Document], resources: Resources) -> Iterator[Annotated]:
    nlp = resources.nlp
    docs = list(docs)
    texts = (d.text for d in docs)
    for document, sdoc in zip(docs, nlp.pipe(texts, batch_size=resources.settings.batch_size), strict=True):
        sents = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
        ents = [Entity(document.doc_id, e.text, e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        yield Annotated(document, sdoc, sents, ents)
