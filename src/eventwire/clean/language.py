"""A cheap language guess: English when English function words make up much of the text.

English news prose has 40-50% of its tokens among the 100 most frequent English words (wordfreq);
other languages, even with a few shared words ("in", "a", "die"), stay far below
:data:`EN_SHARE`. Too short a text gets no guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

EN_SHARE = 0.25
MIN_TOKENS = 8
#: the guess reads at most this many characters
SAMPLE = 5000

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _english_top() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 100))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text[:SAMPLE].lower())


def _share(tokens: list[str]) -> float:
    top = _english_top()
    return sum(t in top for t in tokens) / len(tokens) if tokens else 0.0


def english_share(text: str) -> float:
    """Share of the text's word tokens that are among the 100 most frequent English words."""
    return _share(_tokens(text))


def detect_language(text: str) -> str | None:
    """"en", "und" (some other language) or None (too little text to tell)."""
    tokens = _tokens(text)
    if len(tokens) < MIN_TOKENS:
        return None
    return "en" if _share(tokens) >= EN_SHARE else "und"
