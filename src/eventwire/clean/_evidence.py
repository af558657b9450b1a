"""What a document itself says about its words: the evidence the line-break repair weighs.

:class:`Evidence` answers, for one text: how often a word occurs (away from the line breaks under
repair), whether two words stand side by side with a space or a hyphen, whether a word is ever
written with this exact case, whether it ever ends a clause, and whether the text is English.
Short texts are searched directly; long ones (``SCAN_LIMIT``) are indexed once, so the cost stays
linear. :func:`zipf` is the cached English word frequency.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache

from .language import detect_language

#: shorter texts are searched for a word pair directly; longer ones index their pairs once
SCAN_LIMIT = 20000
#: how far back from a break its last word is looked for (characters)
TAIL = 64

_WORD = re.compile(r"[^\W_]+")
_TRAIL = re.compile(r"[^\W_]+$")
_WORD_SPLIT = re.compile(r"([^\W_]+)")
_CLAUSE_MARKS = ".!?;:"


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English zipf frequency of a lowercase word; 0.0 when unknown. Cached."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


class Evidence:
    """What the document itself says: its words, and word pairs written with a space or a hyphen.
    Counts are computed on first use; a word piece at a line break is not counted as a word."""

    def __init__(self, text: str, breaks: set[int]) -> None:
        self.text = text
        self.breaks = breaks

    @cached_property
    def english(self) -> bool:
        """English word frequencies only speak for English text."""
        return detect_language(self.text) != "und"  # too short to tell: English, the default

    @cached_property
    def words(self) -> Counter[str]:
        counts = Counter(_WORD.findall(self.text.lower()))
        for pos in self.breaks:  # the pieces at each break are not words of the document
            a = _TRAIL.search(self.text, max(0, pos - TAIL), pos)
            b = _WORD.match(self.text, pos + 1)
            for m in (a, b):
                if m is not None:
                    counts[m.group().lower()] -= 1
        return counts

    @cached_property
    def _lower(self) -> str:
        return self.text.lower()

    @cached_property
    def _exact_words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self.text))

    @cached_property
    def _tokens(self) -> tuple[list[str], list[str]]:
        """The lowercase words, and the gap after each (``gaps[i]`` follows ``words[i]``)."""
        parts = _WORD_SPLIT.split(self._lower)
        return parts[1::2], parts[2::2]

    @cached_property
    def _spaced(self) -> frozenset[tuple[str, str]]:
        words, gaps = self._tokens
        return frozenset((a, b) for a, g, b in zip(words, gaps, words[1:], strict=False) if g == " ")

    @cached_property
    def _hyphened(self) -> frozenset[tuple[str, str]]:
        words, gaps = self._tokens
        return frozenset((a, b) for a, g, b in zip(words, gaps, words[1:], strict=False) if g == "-")

    @cached_property
    def _clause_enders(self) -> frozenset[str]:
        words, gaps = self._tokens
        return frozenset(w for w, g in zip(words, gaps, strict=True) if g and g[0] in _CLAUSE_MARKS)

    def exact(self, word: str) -> bool:
        """Whether ``word`` occurs as a whole word, with this very case."""
        if len(self.text) < SCAN_LIMIT:
            return _find_words(self.text, word)
        return word in self._exact_words

    def ends_clause(self, word: str) -> bool:
        """Whether the (lowercase) ``word`` stands before a mark that ends a sentence or clause
        (. ! ? ; :) somewhere. Not a comma: a function word stands before one to introduce a
        quotation ("along the lines of, ‘Rose-Lynn sings...’") and still cannot end a line."""
        return word in self._clause_enders

    def spaced(self, a: str, b: str) -> bool:
        """Whether the (lowercase) words ``a b`` stand side by side, with one space, somewhere."""
        if len(self.text) < SCAN_LIMIT:
            return _find_words(self._lower, a + " " + b)
        return (a, b) in self._spaced

    def hyphened(self, a: str, b: str) -> bool:
        if len(self.text) < SCAN_LIMIT:
            return _find_words(self._lower, a + "-" + b)
        return (a, b) in self._hyphened


def _find_words(text: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``text`` with no word character right before or after it."""
    i = text.find(needle)
    while i >= 0:
        j = i + len(needle)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
            return True
        i = text.find(needle, i + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or (ch != "_" and _WORD.match(ch) is not None)


