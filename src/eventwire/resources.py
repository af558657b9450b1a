"""The data a pipeline loads once per process: spaCy model, gazetteer, lexicon.

Built from Settings and passed explicitly to every stage (no module-level state).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .config import Settings

if TYPE_CHECKING:
    from spacy.language import Language


class Resources:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def nlp(self) -> Language:
        from .nlp.model import load_nlp

        return load_nlp(self.settings.spacy_model)

    @cached_property
    def gazetteer(self) -> Any:
        from .nlp.gazetteer import load_gazetteer

        return load_gazetteer(self.settings)

    @cached_property
    def lexicon(self) -> Any:
        from .coding.layers import load_lexicon

        return load_lexicon(self.settings)
