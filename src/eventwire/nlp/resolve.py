"""Resolve one actor phrase outside a document: ``eventwire actors resolve TEXT``."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping

from ..model import Actor
from .acronyms import defined_acronyms, is_short_form
from .compose import Mention, compose
from .entries import Entry, Gazetteer, iso_day
from .match import Toks, find_bases


def mentions_in(text: str, gazetteer: Gazetteer, date: str | None,
                local: Mapping[str, Entry] | None = None) -> tuple[Toks, list[Mention]]:
    toks = Toks.from_text(text)
    return toks, compose(toks, find_bases(toks, gazetteer, local), gazetteer, date)


def _acronyms_of(text: str, context: str | None, gazetteer: Gazetteer, date: str | None) -> dict[str, Entry]:
    """The acronyms ``context`` defines, where ``text`` holds a word that could be one."""
    if not context or not any(is_short_form(w.strip(",.;:()")) for w in text.split()):
        return {}
    return defined_acronyms(*mentions_in(context, gazetteer, date))


_APPOSITIVE_NAME = re.compile(r"^\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s*,")
_SMALL = frozenset({"the", "of", "and", "a", "an", "in", "for", "to", "on", "at", "from", "by"})


def _titled(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if (w in _SMALL and k) else w.upper() if "." in w else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


def _actor(m: Mention) -> Actor:
    return Actor(m.code, m.sector, m.name, m.identifier)


def _span(toks: Toks, m: Mention) -> int:
    return toks.ends[m.j - 1] - toks.starts[m.i]


def _best(toks: Toks, mentions: list[Mention]) -> Mention | None:
    """The phrase's head: the longest mention, except that in "X's Y" Y is the head ("China's Xi")
    and in "Person, the description" the person is."""
    owners = {id(a) for a, b in itertools.pairwise(mentions)
              if b.i == a.j + 1 and toks.lowers[a.j] in ("'s", "’s", "'", "’")}
    heads = [m for m in mentions if id(m) not in owners]
    first = heads[0] if heads else None
    if first is not None and first.label == "PERSON" and first.j < len(toks) and toks.lowers[first.j] == ",":
        return first
    return max(heads, key=lambda m: (_span(toks, m), -m.i), default=None)


def resolve_phrase(text: str, gazetteer: Gazetteer, date: str | None = None,
                   context: str | None = None) -> Actor:
    """``{code, sector, name, identifier}`` for an actor phrase such as "four Saudi men" or
    "South Korea's presidential office", at ``date`` (ISO; roles change over time).

    A phrase the gazetteer does not know but that names a city of 100,000 people or more resolves
    to the city's country.
    ``context`` is text around the phrase (the article): a surname or a role description is
    resolved to the person the context names, an acronym the context defines ("the Democratic
    Progressive Party (DPP)") to its long form, and an agent with no state ("the presidential
    office") takes the state the context mentions most.
    """
    date = iso_day(date)
    acronyms = _acronyms_of(text, context, gazetteer, date)
    toks, mentions = mentions_in(text, gazetteer, date, acronyms)
    best = _best(toks, mentions)
    if (best is None or best.code is None) and text.islower():
        # typed in lower case ("south korea's presidential office"): names are matched by case
        toks, mentions = mentions_in(_titled(text), gazetteer, date, acronyms)
        best = _best(toks, mentions)
    if best is not None and best.label == "ACTOR":
        # "Jaan Tamm, the Estonian defence minister": an unknown name described by an office
        named = _APPOSITIVE_NAME.match(text)
        if named and toks.starts[best.i] >= named.end():
            return Actor(best.code, best.sector, named.group(1), best.identifier)
    if best is not None and (best.code is not None or not context):
        return _actor(best)
    if context:
        _ctoks, cmentions = mentions_in(context, gazetteer, date)
        words = [w for w in text.replace("’", "'").split() if w[:1].isupper()]
        if best is None and words:
            surname = words[-1]
            for m in cmentions:
                if m.person is not None and surname in m.person.name.split():
                    return _actor(m)
        if best is not None and best.roles:
            for m in cmentions:
                if m.person is not None and set(best.roles) & set(m.roles):
                    return _actor(m)
        codes = Counter(m.code for m in cmentions if m.code and m.modifier is not None
                        and m.modifier.kind in ("state", "demonym", "capital"))
        if best is not None and codes:
            return Actor(codes.most_common(1)[0][0], best.sector, None, None)
    if best is None:
        city = gazetteer.cities.get(" ".join(text.split()))
        if city is not None and city.population >= 100_000:
            return Actor(city.country, None, city.name, None)
        return Actor(None)
    return _actor(best)
