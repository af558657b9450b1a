"""Find gazetteer phrases in a token sequence.

Works on a neutral token view (``Toks``: character offsets, lowercase text and, where a parser
ran, coarse POS), so the same matcher serves spaCy documents in ``annotate`` and bare phrases in
``resolve_phrase``. Matching is by dictionary lookup of candidate spans: only tokens that can
begin a phrase (``Gazetteer.first_words``) start a lookup, and a lookup stops at the longest
phrase length for that first word, so the cost is a few dict probes per candidate token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .entries import Agent, Entry, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TOKEN = re.compile(r"[’']s\b|(?:[A-Za-z]\.){2,}|\w+(?:[.&]\w+)+\.?|\w+|[^\w\s]")


@dataclass
class Toks:
    text: str  # the text the offsets point into
    starts: list[int]
    ends: list[int]
    lowers: list[str]
    pos: list[str]  # coarse POS per token, "" when unknown

    def __len__(self) -> int:
        return len(self.starts)

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]

    @classmethod
    def from_doc(cls, doc: Doc) -> Toks:
        starts: list[int] = []
        ends: list[int] = []
        lowers: list[str] = []
        pos: list[str] = []
        for t in doc:
            starts.append(t.idx)
            ends.append(t.idx + len(t))
            lowers.append(t.lower_)
            pos.append(t.pos_)
        return cls(doc.text, starts, ends, lowers, pos)

    @classmethod
    def from_text(cls, text: str) -> Toks:
        ms = list(_TOKEN.finditer(text))
        return cls(text, [m.start() for m in ms], [m.end() for m in ms], [m.group().lower() for m in ms],
                   [""] * len(ms))


@dataclass
class Base:
    """One gazetteer phrase found at tokens [i, j): a named entry or an agent word."""

    i: int
    j: int
    entry: Entry | None = None
    agent: Agent | None = None


#: acronyms that are also English words: in an upper-case headline they are read as words
_WORDS = frozenset({"who", "us", "it", "is", "at", "as", "on", "no", "an", "or", "am", "be", "do", "go",
                    "he", "me", "my", "of", "so", "to", "up", "we", "all", "may", "can", "aid", "act"})


def _shouting(toks: Toks, i: int) -> bool:
    """Token ``i`` sits among upper-case words ("WHO IS TO BLAME"): an acronym that is also an
    English word is read as the word there."""
    def upper_word(k: int) -> bool:
        if not 0 <= k < len(toks):
            return False
        w = toks.text[toks.starts[k]:toks.ends[k]]
        return len(w) > 1 and w.isalpha() and w.isupper()
    return upper_word(i - 1) or upper_word(i + 1)


def _best_at(toks: Toks, gaz: Gazetteer, i: int, local: Mapping[str, Entry]) -> Base | None:
    starts, ends, text, n = toks.starts, toks.ends, toks.text, len(toks)
    s = starts[i]
    own = local.get(text[s:ends[i]]) if local else None
    best: Base | None = None if own is None else Base(i, i + 1, entry=own)
    maxc = gaz.first_words.get(toks.lowers[i])
    if maxc is None:
        return best
    j = i + 1
    while j <= n and ends[j - 1] - s <= maxc:
        key = text[s:ends[j - 1]]
        if own is not None and j == i + 1:
            j += 1
            continue
        entry = gaz.lookup_name(key)
        if entry is not None and not (j == i + 1 and key.lower() in _WORDS and _shouting(toks, i)):
            best = Base(i, j, entry=entry)
        else:
            agent = gaz.lookup_agent(key)
            # a one-word agent the parser calls an adjective is not an actor: "military aid",
            # "official statement", "Seoul National University"
            if agent is not None and not (j == i + 1 and toks.pos[i] == "ADJ"):
                best = Base(i, j, agent=agent)
        j += 1
    return best


def find_bases(toks: Toks, gaz: Gazetteer, local: Mapping[str, Entry] | None = None) -> list[Base]:
    """Non-overlapping phrases, left to right, the longest at each position (a name beats an
    agent phrase of the same length). A phrase that starts inside the one found and reaches
    further wins ("the UN nuclear watchdog" is one phrase, not "the UN" + words). ``local``
    holds one-word names of this text alone (the acronyms it defines), which win over the
    gazetteer's reading of the same word."""
    out: list[Base] = []
    n = len(toks)
    local = local or {}
    i = 0
    while i < n:
        best = _best_at(toks, gaz, i, local)
        if best is None:
            i += 1
            continue
        for k in range(i + 1, best.j):
            later = _best_at(toks, gaz, k, local)
            if later is not None and later.j > best.j:
                best = later
                break
        if best.entry is not None and best.entry.kind == "demonym" and _region_before(toks, i, best.j):
            i = best.j  # "Latin American", "Central American", "Pan-American", "anti-American": no state
            continue
        if _tail_of_a_name(toks, i):
            i = best.j  # "Mocimboa da Praia", "Leonardo da Vinci": a longer name's tail names nothing alone
            continue
        out.append(best)
        i = best.j
    return out


#: the lowercase particles that join the words of one Romance, Portuguese, Dutch or German place
#: or family name ("Mocimboa da Praia", "Mar del Plata", "Ponta do Sol", "van der Berg"): a
#: gazetteer name after one, itself after a capitalised word, is that longer name's tail
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der"})


def _tail_of_a_name(toks: Toks, i: int) -> bool:
    if i < 2 or toks.lowers[i - 1] not in NAME_PARTICLES:
        return False
    particle = toks.span_text(i - 1, i)
    before = toks.span_text(i - 2, i - 1)
    return particle.islower() and before[:1].isupper() and before.isalpha()


#: words that make a demonym a stance's or a movement's: "anti-American protests", "the
#: Pan-American Highway", "pro-Russian" name no state's actors
STANCE_WORDS = frozenset({"pan", "anti", "pro"})
#: words that make "American" the continent's: "Latin American leaders", "South American", "North
#: American" (a state's own region keeps the state: "central Bosnian", "eastern Ukrainian"; a
#: gazetteer name that starts with the word, "South African", "North Korean", is matched from that
#: word and never reaches this)
CONTINENT_WORDS = frozenset({"latin", "central", "south", "north", "meso"})
CONTINENTAL = frozenset({"american", "americans"})


def _region_before(toks: Toks, i: int, j: int) -> bool:
    k = i - 1
    hyphen = k >= 0 and toks.lowers[k] in ("-", "‑")
    if hyphen:
        k -= 1
    if k < 0:
        return False
    word = toks.lowers[k]
    return (hyphen and word in STANCE_WORDS) or (
        word in CONTINENT_WORDS and " ".join(toks.lowers[i:j]) in CONTINENTAL) or (word == "pan")
