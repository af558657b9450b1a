"""Subheads glued to the paragraph after them.

Scraped stories often lose the line break after a subhead, so "... of the sea. Review of relations
The government last year froze ..." reads as one sentence, and the subhead's words become the
next sentence's subject or object. A short phrase after a sentence's end (a capital, then up to four
lowercase words, no digits or punctuation) followed by a word that opens sentences and never
follows such a phrase inside one ("The", "In", "Since" ...) is a subhead: it gets a paragraph of its
own, with a break before and after it (repair kind ``subhead``). Headlines at the very start are
left to ``extract_headline``.
"""

from __future__ import annotations

import re

from ._edits import Edit, StepResult, apply_edits

#: words that open a sentence after a subhead: articles, pronouns, prepositions of time and place,
#: conjunctions that begin wire paragraphs
OPENERS = ("The", "A", "An", "In", "On", "At", "But", "It", "He", "She", "They", "We", "Some", "Many", "This",
           "That", "These", "Those", "His", "Her", "Their", "Its", "After", "While", "When", "As", "Since",
           "According")
#: lowercase words that make the phrase a clause, not a subhead ("Trump also attacked The Wall Street
#: Journal"): adverbs and auxiliaries that only sentences carry
CLAUSE_WORDS = frozenset({"also", "then", "later", "again", "still", "is", "are", "was", "were", "has", "have",
                          "had", "will", "would", "said", "says", "told", "did", "does"})
_SUBHEAD = re.compile(rf"(?<=[.!?\"”’] )([A-Z][a-z]+(?: [a-z]+){{0,4}}) (?=(?:{'|'.join(OPENERS)}) )")


def split_subheads_step(text: str) -> StepResult:
    edits = []
    for m in _SUBHEAD.finditer(text):
        words = m.group(1).split()
        if len(words) < 2 or any(w in CLAUSE_WORDS for w in words[1:]) or not _sentence_end(text, m.start(1)):
            continue
        start, end = m.start(1), m.end(1)
        edits.append(Edit(start - 1, start, "\n\n", "subhead"))
        edits.append(Edit(end, end + 1, "\n\n", "subhead"))
    new, repairs = apply_edits(text, edits, "split_subheads")
    return StepResult(new, repairs, {})


def _sentence_end(text: str, start: int) -> bool:
    """The punctuation before ``start`` ends a sentence: it follows a word of two or more letters or a
    figure, not an initial ("George R.R. Martin wrote A Song ...") or an abbreviation ("U.S. ")."""
    k = start - 2  # the punctuation mark (or a closing quote after it)
    while k > 0 and text[k] in "\"”’":
        k -= 1
    before = text[max(0, k - 3):k]
    return len(before) == 3 and before[-2:].isalnum() and not before[-2:].isupper() and before[0] != "."

