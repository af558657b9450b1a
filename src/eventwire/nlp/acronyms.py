"""Acronyms a document defines: "the Kenya National Union of Teachers (KNUT)", "HTS (Hayat
Tahrir al-Sham)", "the ZFA, the Zambian Farmers Alliance". Every mention of the acronym in that
document is then the actor of its long form, whatever the gazetteer says of the letters, and
composes like any name ("KNUT officials").

A story may also use an acronym it never defines while it names the organisation the letters
abbreviate ("the Rapid Support Forces ... the RSF"): the letters then stand for that name in that
story (``_spelled_out``: the name's capital initials are exactly the letters).

A one-word name in parentheses after an organisation named in full ("Indonesia's Maritime Security
Agency (Bakamla)") is that organisation's name in the document too, whatever its letters
(a local-language acronym).

A definition is a short form beside its long form in one of three shapes: ``LONG (ACR)``,
``ACR (LONG)`` or ``ACR, the LONG`` (in the last two the long form is a name, capitalised). The
short form must abbreviate the long one: its letters appear in the long form in order, the first
one at the start of a word; before a parenthesis the long form is the shortest run of words that
does so, within ``max(n + 5, 2n)`` words for ``n`` letters (Schwartz and Hearst, "A simple
algorithm for identifying abbreviation definitions in biomedical text", 2003). The long form
resolves through the mentions in it: one known name is itself (the gazetteer's entry, where it
has one); else the first code among them, and the sector of the head (the last mention before
"of": "Union" in "Kenya National Union of Teachers"), else the first sector; persons and places
define nothing.
"""

from __future__ import annotations

import re

from .compose import DETERMINERS, Mention
from .entries import Entry
from .match import Toks

#: a short form: a capital, then capitals, digits, "&" or "-", at least two letters or digits
_SHORT = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
#: what ends a long form written after "ACR, the ..."
_END = frozenset({",", ".", ";", ":", ")", "(", "—", "–"})
#: words after the head of a name ("Union of Teachers", "Front for the Liberation of ...")
_POST_HEAD = frozenset({"of", "for", "in", "on", "against"})


def is_short_form(word: str) -> bool:
    return bool(_SHORT.match(word)) and sum(c.isalnum() for c in word) >= 2


def abbreviates(short: str, long: str) -> bool:
    """``short``'s letters and digits occur in ``long`` in order, the first at a word's start."""
    chars = [c.lower() for c in short if c.isalnum()]
    text = long.lower()
    at = len(text) - 1
    for k in range(len(chars) - 1, -1, -1):
        while at >= 0 and (text[at] != chars[k] or (k == 0 and at > 0 and text[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return bool(chars)


def defined_acronyms(toks: Toks, mentions: list[Mention]) -> dict[str, Entry]:
    """Short form -> an entry resolved as its long form, for each acronym the document defines
    (the first definition of a short form holds)."""
    out: dict[str, Entry] = {}
    shorts: set[str] = set()
    for k in range(len(toks)):
        short = toks.text[toks.starts[k]:toks.ends[k]]
        if short in out or not is_short_form(short):
            continue
        shorts.add(short)
        for a, b in _long_forms(toks, k, short):
            entry = _resolved(toks, mentions, a, b)
            if entry is not None:
                out[short] = entry
                break
    for k in range(2, len(toks) - 1):
        alias = toks.text[toks.starts[k]:toks.ends[k]]
        if alias in out or not _ALIAS.match(alias) or toks.lowers[k - 1] != "(" or toks.lowers[k + 1] != ")":
            continue
        entry = _named_before(toks, mentions, k - 1)
        if entry is not None:
            out[alias] = entry
    for short in sorted(shorts - set(out)):
        entry = _spelled_out(toks, mentions, short)
        if entry is not None:
            out[short] = entry
    return out


#: words a name's initials skip ("Front for the Liberation of ...")
_MINOR = frozenset({"of", "for", "the", "and", "in", "on", "&", "de", "du", "des", "la", "le", "al", "el"})


def initials(name: str) -> str:
    """The capital initials of a name's words, minor words left out ("Rapid Support Forces" RSF)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _MINOR]
    return "".join(w[0] for w in words if w[0].isupper())


def _spelled_out(toks: Toks, mentions: list[Mention], short: str) -> Entry | None:
    """An acronym the document uses without a definition, where the document also names the
    organisation whose initials it is ("the paramilitary Rapid Support Forces ... the RSF"): in
    that story the letters stand for that name, whatever else the gazetteer reads them as (RSF
    is also Reporters Without Borders). Only a name of at least two capitalised words whose
    initials are exactly the acronym's letters counts."""
    letters = "".join(c for c in short if c.isalpha())
    if len(letters) < 2:
        return None
    for m in mentions:
        if m.kind != "actor" or m.is_person or m.j - m.i < 2:
            continue
        a = m.i + (1 if toks.lowers[m.i] in DETERMINERS else 0)
        name = toks.span_text(a, m.j)
        if name == short or initials(name) != letters or len(initials(name)) < 2:
            continue
        entry = _resolved(toks, mentions, a, m.j)
        if entry is not None:
            return entry
    return None


#: a short name in another language's letters ("Bakamla", "Basarnas", "Polri"): one capitalised word
_ALIAS = re.compile(r"^[A-Z][a-z]{3,11}$")


def _named_before(toks: Toks, mentions: list[Mention], paren: int) -> Entry | None:
    """An organisation named in full right before a parenthesised one-word name ("Indonesia's
    Maritime Security Agency (Bakamla)"): the word is its name in the document, whether or not its
    letters abbreviate the English one (a local-language acronym). A state's possessive before
    the name gives its code (the sector is the name's own, where the gazetteer knows one)."""
    before = [m for m in mentions if m.j == paren and m.kind == "actor" and not m.is_person and m.j - m.i >= 2
              and all(toks.text[toks.starts[t]][:1].isupper() or toks.lowers[t] in _MINOR for t in range(m.i, m.j))]
    if not before:
        return None
    m = before[0]
    a = m.i
    if a >= 2 and toks.lowers[a - 1] in ("'s", "’s") and any(o.j == a - 1 and o.code for o in mentions):
        a = next(o.i for o in mentions if o.j == a - 1 and o.code)
    elif any(o.j == a and o.code and toks.lowers[a - 1] in ("'s", "’s") for o in mentions):
        a = next(o.i for o in mentions if o.j == a and o.code)  # "Mozambique's" as one mention
    return _resolved(toks, mentions, a, m.j)


def _long_forms(toks: Toks, k: int, short: str) -> list[tuple[int, int]]:
    """Token spans [a, b) that ``short`` at token ``k`` may stand for."""
    low, n = toks.lowers, len(toks)
    window = max(len(short) + 5, 2 * len(short))
    spans = []
    if 2 <= k < n - 1 and low[k - 1] == "(" and low[k + 1] == ")":  # LONG (ACR)
        first = short[0].lower()
        for a in range(k - 2, max(-1, k - 2 - window), -1):
            if low[a] in _END:
                break
            if low[a].startswith(first) and abbreviates(short, toks.span_text(a, k - 1)):
                spans.append((a, k - 1))
                break
    if k + 2 < n and low[k + 1] == "(" and ")" in low[k + 2:k + 3 + window]:  # ACR (LONG)
        spans.append((k + 2, low.index(")", k + 2)))
    if k + 3 < n and low[k + 1] == "," and low[k + 2] in DETERMINERS:  # ACR, the LONG
        a = b = k + 3
        while b < min(n, a + window) and low[b] not in _END:
            b += 1
        if b > a:
            spans.append((a, b))
    return [(a, b) for a, b in spans if abbreviates(short, toks.span_text(a, b))
            and (b == k - 1 or _named(toks, a, b))]


def _named(toks: Toks, a: int, b: int) -> bool:
    """A long form after its short form is a name: its first and last words are capitalised
    ("HTS (Hayat Tahrir al-Sham)"), which tells it from a clause that follows ("NATO, the group
    said")."""
    return toks.text[toks.starts[a]].isupper() and toks.text[toks.starts[b - 1]].isupper()


def _resolved(toks: Toks, mentions: list[Mention], a: int, b: int) -> Entry | None:
    inside = [m for m in mentions if m.i < b and m.j > a]
    if not inside or any(m.kind != "actor" or m.is_person for m in inside):
        return None
    if len(inside) == 1 and inside[0].i <= a and inside[0].j >= b:  # one phrase holds the long form
        m = inside[0]
        longer = m.i < a or m.j > b
        if m.modifier is not None and (longer or (m.modifier.code, m.modifier.sector) == (m.code, m.sector)):
            # the gazetteer's own entry: "the Democratic Republic of the Congo (DRC)", also where the
            # phrase is longer ("troops of the Central African Republic (CAR)" defines the state)
            return m.modifier
        if not longer:
            return Entry("org", m.name or toks.span_text(a, b), m.code, m.sector, m.identifier, source="the text")
    # the head is the last mention before "of" ("Union" in "Kenya National Union of Teachers")
    cut = next((t for t in range(a, b) if toks.lowers[t] in _POST_HEAD), b)
    head = ([m for m in inside if m.i < cut] or inside)[-1]
    code = next((m.code for m in inside if m.code), None)
    sector = head.sector or next((m.sector for m in inside if m.sector), None)
    if code is None and sector is None:
        return None
    return Entry("org", " ".join(toks.span_text(a, b).split()), code, sector, source="the text")
