"""The annotated document that event coding and claims read."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Document, Entity, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class DateExpr:
    """A date expression normalised against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 prefix at its granularity: "2024-11-04", "2024-12", "2024"
    granularity: str  # day | week | month | year | decade | duration | unknown
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Annotated:
    document: Document
    doc: Doc  # the spaCy parse of document.text
    sentences: list[Sentence]
    entities: list[Entity]  # resolved mentions (actors and places), sorted by start
    dates: list[DateExpr] = field(default_factory=list)

    @property
    def places(self) -> list[Entity]:
        """Place mentions (kind ``place``): country code, and ``extra["lat"]``/``["lon"]`` for
        known cities."""
        return [e for e in self.entities if e.kind == "place"]

    @property
    def actors(self) -> list[Entity]:
        """Actor mentions (kind ``actor``), pronoun subjects (label PRON) included."""
        return [e for e in self.entities if e.kind == "actor"]

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Entities lying wholly inside [start, end)."""
        return [e for e in self.entities if e.start >= start and e.end <= end]

    def sentence_at(self, char: int) -> Sentence:
        starts = [s.start for s in self.sentences]
        i = max(0, bisect.bisect_right(starts, char) - 1)
        return self.sentences[i]
