"""Subheads glued to the paragraph after them.

Scraped stories often lose the line break after a subhead, so "... of the sea. Review of relations
The government last year froze ..." reads as one sentence, and the subhead's words become the
next sentence's subject or object. After a sentence's end, a short phrase is a subhead when what
follows it cannot continue it (repair kind ``subhead``: a paragraph of its own, with a break before
and after it). Three shapes are recognised, each from its own words, never from a sentence's parse:

- *sentence case, before an opener*: a capital, then up to four lower-case words, followed by a word
  that opens sentences and never follows such a phrase inside one ("The", "In", "Since" ...);
- *sentence case, before a name or a quote*: up to eight words ending in a lower-case content word,
  followed by a capitalised word or a quote that opens with a capital ("Indian reluctance Richard
  Weitz said ..."; "Resistance continues “The army ..."). Not when the phrase is a clause that goes
  on into a name: it ends in a function word, a title ("Security analyst Kabiru Adamu") or a verb
  that takes a clause or a name after it ("Analysts say Tehran ..."), holds a past tense or a
  clause adverb, or starts with a pronoun or a determiner; nor before a day or a month ("Yapande
  spoke Friday");
- *title case*: two to seven capitalised words (small function words between them), followed by
  an opener and a lower-case word ("Power and Performance In Europe, the ...").

The word lists are reviewed data in ``eventwire/data/clean/subheads.toml``. Headlines at the very
start are left to ``extract_headline``. Measured by ``python -m eval.subheads`` (true article
bodies flattened to one line).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from ._edits import Edit, StepResult, apply_edits


class _Words:
    def __init__(self, data: dict[str, list[str]]) -> None:
        self.openers = frozenset(data["openers"])
        self.title_openers = frozenset(data["title_openers"])
        self.clause_words = frozenset(data["clause_words"])
        self.function_words = frozenset(data["function_words"])
        self.titles = frozenset(data["titles"])
        self.clause_verbs = frozenset(data["clause_verbs"])
        self.pronouns = frozenset(data["pronouns"])
        self.determiners = frozenset(data["determiners"])
        self.calendar = frozenset(data["calendar"])


@lru_cache(maxsize=1)
def _words() -> _Words:
    res = resources.files("eventwire").joinpath("data", "clean", "subheads.toml")
    return _Words(tomllib.loads(res.read_text(encoding="utf-8")))


_SENTENCE_END = re.compile(r"[.!?][\"”’]? ")
_WORD = re.compile(r"[^\W_][\w’'‘&-]*,?|vs\.")
_QUOTE_OPEN = re.compile(r"[“\"‘][A-Z]")


def split_subheads_step(text: str) -> StepResult:
    edits: list[Edit] = []
    taken = -1
    for m in _SENTENCE_END.finditer(text):
        start = m.end()
        if start <= taken or not _sentence_end(text, start):
            continue
        span = _subhead(text, start)
        if span is None:
            continue
        end = span
        edits.append(Edit(start - 1, start, "\n\n", "subhead"))
        edits.append(Edit(end, end + 1, "\n\n", "subhead"))
        taken = end + 1
    new, repairs = apply_edits(text, edits, "split_subheads")
    return StepResult(new, repairs, {})


def _tokens(text: str, start: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` words from ``start``, each followed by one space (a word with other punctuation
    after it ends the run: a subhead has none)."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while len(out) < n and pos < len(text):
        sp = text.find(" ", pos)
        if sp < 0:
            sp = len(text)
        out.append((pos, sp, text[pos:sp]))
        if sp >= len(text) or "\n" in text[pos:sp]:
            break
        pos = sp + 1
    return out


def _subhead(text: str, start: int) -> int | None:
    """The end offset of a subhead starting at ``start``, or None."""
    w = _words()
    toks = _tokens(text, start, 10)
    if len(toks) < 2:
        return None
    words = [t[2] for t in toks]
    # the longest phrase that qualifies: a subhead's own words may look like the start of one
    for k in range(min(8, len(words) - 1), 0, -1):
        phrase, nxt = words[:k], words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        if not all(_WORD.fullmatch(x) for x in phrase) or phrase[-1].endswith(","):
            continue
        if (_opener_case(phrase, nxt, w) or _name_case(phrase, nxt, after, w) or _title_case(phrase, nxt, after, w)):
            return toks[k - 1][1]
    return None


def _opener_case(phrase: list[str], nxt: str, w: _Words) -> bool:
    return (2 <= len(phrase) <= 5 and re.fullmatch(r"[A-Z][a-z]+", phrase[0]) is not None
            and all(re.fullmatch(r"[a-z]+", x) for x in phrase[1:])
            and not any(x in w.clause_words for x in phrase[1:]) and nxt in w.openers)


def _name_case(phrase: list[str], nxt: str, after: str, w: _Words) -> bool:
    first, last = phrase[0], phrase[-1]
    if not 2 <= len(phrase) <= 3 or not re.fullmatch(r"[A-Z][a-z]+", first) or first in w.pronouns:
        return False
    if first in w.determiners or first.endswith("ly") or first.endswith("ing"):
        return False
    rest = phrase[1:]
    if not all(re.fullmatch(r"[a-z][a-z-]*", x) for x in rest):
        return False
    if any(x in w.function_words or x in w.clause_words or x.endswith(("ing", "ly")) or
           (len(x) > 4 and x.endswith("ed")) for x in rest):
        return False
    if last in w.titles or last in w.clause_verbs:
        return False
    if _QUOTE_OPEN.match(nxt):
        return True
    # before a name's possessive ("Difficult switch Turkey's defence minister"): a title before a
    # name ("Huskies quarterback Marcus Childers") never takes one
    return re.fullmatch(r"[A-Z][a-z]+['’]s", nxt) is not None and nxt[:-2] not in w.calendar


def _title_case(phrase: list[str], nxt: str, after: str, w: _Words) -> bool:
    if not 2 <= len(phrase) <= 7 or phrase[0] in w.pronouns:
        return False
    if not (phrase[0][:1].isupper() and phrase[-1][:1].isupper()):
        return False
    if not all(x[:1].isupper() or x in w.function_words for x in phrase):
        return False
    return nxt in w.title_openers and (after[:1].islower() or after[:1].isdigit())


def _sentence_end(text: str, start: int) -> bool:
    """The punctuation before ``start`` ends a sentence: it follows a word of two or more letters or a
    figure, not an initial ("George R.R. Martin wrote A Song ...") or an abbreviation ("U.S. ")."""
    k = start - 2  # the punctuation mark (or a closing quote after it)
    while k > 0 and text[k] in "\"”’":
        k -= 1
    before = text[max(0, k - 3):k]
    return len(before) == 3 and before[-2:].isalnum() and not before[-2:].isupper() and before[0] != "."
