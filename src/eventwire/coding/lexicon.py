"""The event lexicon: trigger entries (TSV) and the coder's word lists (TOML), validated on load.

Built-in data lives in ``eventwire/data/lexicon/``; ``Settings.lexicon_files`` adds user files:
a ``.tsv`` file adds entries (an entry with the same part of speech and pattern replaces the
built-in one; type ``NONE`` removes it), a ``.toml`` file extends the word lists. Every error names
the file and line (:class:`~eventwire.errors.DataFileError`).

Entry file format (tab-separated, ``#`` comments, ``-`` for empty)::

    pos  pattern  type  mode  cameo  recipient  strength
    V    send troop/soldier  MOBILIZE  troops  154  to  strong

``pattern``: lemmas; for ``V`` the first word is the trigger, for ``N`` the last word, unless one
word ends in ``*``. The other words must be found among the trigger's complements. ``a/b`` means
either lemma.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..claims import reporting_cues
from ..config import Settings
from ..errors import DataFileError
from ..model import PLOVER_TYPES

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
ENTRY_FILES = ("cooperation.tsv", "verbal_conflict.tsv", "material_conflict.tsv")
RULES_FILE = "rules.toml"

#: where a recipient may be found: the direct object, the indirect object, or a preposition's object
RECIPIENT_SLOTS = frozenset({
    "dobj", "dative", "to", "with", "against", "on", "upon", "at", "into", "for", "from", "of", "in", "by",
    "between", "near", "along", "over", "about", "toward", "towards", "behind", "onto", "around", "off",
})
DEFAULT_RECIPIENT = ("dobj", "to", "with", "against", "on", "at", "into", "for")
_LEMMA = re.compile(r"^[a-z][a-z'\-]*$")
_MODE = re.compile(r"^[a-z][a-z_\-]*$")
_CAMEO = re.compile(r"^\d{2,4}$")

#: the TOML tables and keys every rules file must carry (user files may carry any subset)
RULE_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "attribution": ("speech_verbs", "speech_nouns", "source_preps"),
    "modality": (
        "planned_aux", "planned_governors", "commitment_cues", "intended_governors", "hypothetical_aux",
        "hypothetical_governors", "hypothetical_adverbs", "conditional_marks", "negating_governors",
        "negation_words", "falsehoods", "historical_adverbs", "historical_years", "protest_moves",
        "willing_adjectives", "offer_cues",
    ),
    "governors": ("content_of_request",),
    "light_verbs": ("lemmas",),
    "instruments": (),
    "actors": (),
    "size": ("dead", "injured", "arrested"),
    "classes": (),
    "argument_types": (),
    "fallback": ("not_events",),
})


@dataclass(frozen=True)
class Entry:
    """One trigger: a head lemma, the complements it needs, and the PLOVER/CAMEO code it gives."""

    id: str  # "v:send troop/soldier" : stable across edits elsewhere in the file
    pos: str  # "V" or "N"
    head: str
    words: tuple[frozenset[str], ...]  # each set: one complement lemma that must be present
    type: str
    mode: str | None
    cameo: str | None
    recipient: tuple[str, ...]
    strong: bool
    origin: str  # file:line

    @property
    def key(self) -> tuple[str, str, tuple[frozenset[str], ...]]:
        return (self.pos, self.head, self.words)


@dataclass(frozen=True)
class Rules:
    """The coder's word lists, from rules.toml (and user .toml files)."""

    lists: dict[str, frozenset[str]]
    historical_years: int
    instruments: dict[str, str]  # lemma -> ASSAULT mode
    actors: dict[str, frozenset[str]] = field(default_factory=dict)  # PLOVER type -> typical doers
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # semantic class -> nouns
    #: semantic class -> the PLOVER types whose object cannot be of that class
    argument_types: dict[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]


@dataclass
class Lexicon:
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    rules: Rules = field(default_factory=lambda: Rules({}, 2, {}, {}, {}, {}))
    #: the fallback layer (CAMEO verb dictionary through the CAMEO->PLOVER table): consulted only for
    #: a sentence where no entry of ours finds a trigger (``eventwire.coding.match``); never overrides ours
    fallback_verbs: dict[str, list[Entry]] = field(default_factory=dict)
    #: patterns a user file removed (type NONE): the fallback layer leaves them out too
    removed: set[tuple[str, str, tuple[frozenset[str], ...]]] = field(default_factory=set)

    def entries(self) -> list[Entry]:
        return [e for table in (self.verbs, self.nouns) for es in table.values() for e in es]

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())

    def add(self, entry: Entry) -> None:
        table = self.verbs if entry.pos == "V" else self.nouns
        bucket = table.setdefault(entry.head, [])
        bucket[:] = [e for e in bucket if e.key != entry.key]
        bucket.append(entry)

    def remove(self, pos: str, head: str, words: tuple[frozenset[str], ...]) -> None:
        table = self.verbs if pos == "V" else self.nouns
        self.removed.add((pos, head, words))
        if head in table:
            table[head] = [e for e in table[head] if e.key != (pos, head, words)]


#: particles and prepositions that follow a verb head in a pattern ("call on", "pull out", "ship home")
PARTICLES = frozenset({"up", "down", "off", "out", "in", "on", "upon", "over", "back", "away", "through", "forward",
                       "around", "aside", "together", "by", "from", "against", "into", "onto", "to", "with",
                       "at", "for", "about", "behind", "across", "along", "apart", "ahead", "under", "before", "after",
                       "beyond", "past", "near", "inside", "outside", "within", "without", "toward", "towards",
                       "of", "as", "among", "between", "amid", "below", "above", "alongside"})


def parse_pattern(pos: str, pattern: str, where: str, line: int,
                  classes: Mapping[str, frozenset[str]] | None = None) -> list[tuple[str, tuple[frozenset[str], ...]]]:
    """``pattern`` -> [(head lemma, required complement sets)]: one item per head alternative.
    ``@name`` stands for every noun of the semantic class ``name`` (rules.toml [classes])."""
    words = pattern.split()
    if not words:
        raise DataFileError(where, line, "empty pattern", "write at least the trigger lemma")
    starred = [i for i, w in enumerate(words) if w.endswith("*")]
    if len(starred) > 1:
        raise DataFileError(where, line, f"pattern {pattern!r} marks more than one head with *")
    head_i = starred[0] if starred else (0 if pos == "V" else len(words) - 1)
    sets: list[frozenset[str]] = []
    for w in words:
        alts: list[str] = []
        for a in w.rstrip("*").split("/"):
            if a.startswith("@"):
                members = (classes or {}).get(a[1:])
                if not members:
                    raise DataFileError(where, line, f"{a!r} in pattern {pattern!r} names no class",
                                        f"known classes: {', '.join(sorted(classes or {})) or 'none'}")
                alts.extend(sorted(members))
                continue
            if not _LEMMA.match(a):
                raise DataFileError(where, line, f"{a!r} in pattern {pattern!r} is not a lowercase lemma",
                                    "use lowercase lemmas, a/b for alternatives, @class for a class")
            alts.append(a)
        if pos == "V" and len(sets) == head_i + 1 and not w.startswith("@"):
            # the word after a verb head: "set up/open hospital" reads as "set up" or "set open", not
            # "set up" or "open"; a particle mixed with a verb there is that mistake
            particles = [a for a in alts if a in PARTICLES]
            others = [a for a in alts if a not in PARTICLES and a != "home"]  # "ship home/back", "burn home"
            if particles and others:
                raise DataFileError(where, line, f"pattern {pattern!r} mixes the particle {particles[0]!r} with "
                                                 f"{others[0]!r} after its head",
                                    "alternatives after the head are of the head's complement; write a head with "
                                    "a particle on a line of its own")
        sets.append(frozenset(alts))
    rest = tuple(s for i, s in enumerate(sets) if i != head_i)
    return [(h, rest) for h in sorted(sets[head_i])]


def parse_entries(text: str, where: str, classes: Mapping[str, frozenset[str]] | None = None,
                  ) -> tuple[list[Entry], list[tuple[str, str, tuple[frozenset[str], ...]]]]:
    """Parse an entry file: (entries, removals). Raises DataFileError naming ``where`` and the line.
    ``classes``: the semantic classes that ``@name`` in a pattern stands for."""
    entries: list[Entry] = []
    removals: list[tuple[str, str, tuple[frozenset[str], ...]]] = []
    seen: dict[tuple[str, str, tuple[frozenset[str], ...]], int] = {}
    name = Path(where).name
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 7:
            raise DataFileError(where, n, f"expected 7 tab-separated columns, found {len(cols)}",
                                "columns: pos pattern type mode cameo recipient strength")
        pos, pattern, etype, mode, cameo, recipient, strength = cols
        if pos not in ("V", "N"):
            raise DataFileError(where, n, f"pos {pos!r} is not V or N")
        heads = parse_pattern(pos, pattern, where, n, classes)
        if etype == "NONE":
            removals.extend((pos, h, words) for h, words in heads)
            continue
        if etype not in PLOVER_TYPES:
            raise DataFileError(where, n, f"type {etype!r} is not a PLOVER type",
                                f"use one of {', '.join(PLOVER_TYPES)} (or NONE to remove an entry)")
        if mode != "-" and not _MODE.match(mode):
            raise DataFileError(where, n, f"mode {mode!r} is not a lowercase PLOVER mode or -")
        if cameo != "-" and not _CAMEO.match(cameo):
            raise DataFileError(where, n, f"CAMEO code {cameo!r} is not 2-4 digits or -")
        slots = DEFAULT_RECIPIENT if recipient == "-" else tuple(s.strip() for s in recipient.split(","))
        bad = [s for s in slots if s not in RECIPIENT_SLOTS]
        if bad:
            raise DataFileError(where, n, f"unknown recipient slot(s) {', '.join(bad)}",
                                f"use dobj, dative or a preposition: {', '.join(sorted(RECIPIENT_SLOTS))}")
        if strength not in ("strong", "weak"):
            raise DataFileError(where, n, f"strength {strength!r} is not strong or weak")
        for head, words in heads:
            key = (pos, head, words)
            if key in seen:
                raise DataFileError(where, n, f"pattern {pattern!r} repeats line {seen[key]}",
                                    "keep one entry per pattern")
            seen[key] = n
            pat = pattern if "@" in pattern else " ".join([head, *("/".join(sorted(w)) for w in words)])
            if "@" in pattern and len(heads) > 1:
                pat = f"{head} {pattern.split(maxsplit=1)[1]}" if pos == "V" else f"{pattern} ({head})"
            entries.append(Entry(
                id=f"{pos.lower()}:{pat}", pos=pos, head=head, words=words, type=etype,
                mode=None if mode == "-" else mode, cameo=None if cameo == "-" else cameo,
                recipient=slots, strong=strength == "strong", origin=f"{name}:{n}",
            ))
    return entries, removals


def _str_list(value: Any, where: str, what: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(where, None, f"{what} must be a list of non-empty strings")
    return frozenset(v.lower() for v in value)


def parse_rules(text: str, where: str, base: Rules | None = None) -> Rules:
    """Parse a rules TOML file. Without ``base`` every table and key of RULE_KEYS is required;
    with ``base`` the file's lists extend it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise DataFileError(where, int(m.group(1)) if m else None, f"TOML syntax: {exc}") from exc
    lists: dict[str, frozenset[str]] = dict(base.lists) if base else {}
    years = base.historical_years if base else 2
    instruments: dict[str, str] = dict(base.instruments) if base else {}
    actors: dict[str, frozenset[str]] = dict(base.actors) if base else {}
    classes: dict[str, frozenset[str]] = dict(base.classes) if base else {}
    argument_types: dict[str, frozenset[str]] = dict(base.argument_types) if base else {}
    unknown = set(data) - set(RULE_KEYS)
    if unknown:
        raise DataFileError(where, None, f"unknown table(s) {', '.join(sorted(unknown))}",
                            f"known tables: {', '.join(RULE_KEYS)}")
    for table, keys in RULE_KEYS.items():
        section = data.get(table)
        if section is None:
            if base is None:
                raise DataFileError(where, None, f"missing table [{table}]")
            continue
        if not isinstance(section, dict):
            raise DataFileError(where, None, f"[{table}] must be a table")
        if table == "actors":
            for etype, words in section.items():
                if etype not in PLOVER_TYPES:
                    raise DataFileError(where, None, f"[actors] key {etype!r} is not a PLOVER type")
                actors[etype] = actors.get(etype, frozenset()) | _str_list(words, where, f"[actors].{etype}")
            continue
        if table == "classes":
            for name, words in section.items():
                if not _MODE.match(name):
                    raise DataFileError(where, None, f"[classes] key {name!r} is not a lowercase class name")
                classes[name] = classes.get(name, frozenset()) | _str_list(words, where, f"[classes].{name}")
            continue
        if table == "argument_types":
            for name, types in section.items():
                bad = [t for t in _str_list(types, where, f"[argument_types].{name}") if t.upper() not in PLOVER_TYPES]
                if bad:
                    raise DataFileError(where, None, f"[argument_types].{name}: {', '.join(bad)} not PLOVER types")
                argument_types[name] = frozenset(t.upper() for t in types)
            continue
        if table == "instruments":
            for mode, words in section.items():
                if not _MODE.match(mode):
                    raise DataFileError(where, None, f"[instruments] key {mode!r} is not a PLOVER mode")
                for w in _str_list(words, where, f"[instruments].{mode}"):
                    instruments[w] = mode
            continue
        extra = set(section) - set(keys)
        if extra:
            raise DataFileError(where, None, f"unknown key(s) in [{table}]: {', '.join(sorted(extra))}",
                                f"known keys: {', '.join(keys)}")
        for key in keys:
            if key not in section:
                if base is None:
                    raise DataFileError(where, None, f"missing key {key} in [{table}]")
                continue
            if key == "historical_years":
                if not isinstance(section[key], int) or section[key] < 0:
                    raise DataFileError(where, None, "[modality].historical_years must be a whole number >= 0")
                years = section[key]
                continue
            name = f"{table}.{key}"
            lists[name] = lists.get(name, frozenset()) | _str_list(section[key], where, f"[{table}].{key}")
    return Rules(lists, years, instruments, actors, classes, argument_types)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}", "check the path in lexicon_files") from exc


def build_lexicon(entry_files: Iterable[Path], rules_file: Path, extra_files: Iterable[str | Path] = ()) -> Lexicon:
    """Load entry files, the rules file, then user files (``.tsv`` entries, ``.toml`` rules)."""
    rules = parse_rules(_read(rules_file), str(rules_file))
    for key, words in reporting_cues().items():  # the one cue table shared with the claims stage
        rules.lists[f"attribution.{key}"] = rules.lists.get(f"attribution.{key}", frozenset()) | words
    lex = Lexicon(rules=rules)
    for path in entry_files:
        entries, removals = parse_entries(_read(path), str(path), rules.classes)
        for e in entries:
            lex.add(e)
        for r in removals:
            lex.remove(*r)
    for extra in extra_files:
        p = Path(extra)
        if p.suffix == ".toml":
            lex.rules = parse_rules(_read(p), str(p), base=lex.rules)
        elif p.suffix in (".tsv", ".txt"):
            entries, removals = parse_entries(_read(p), str(p), lex.rules.classes)
            for e in entries:
                lex.add(e)
            for r in removals:
                lex.remove(*r)
        else:
            raise DataFileError(str(p), None, "unknown lexicon file type",
                                "use .tsv for trigger entries or .toml for word lists")
    return lex


def load_builtin(settings: Settings) -> Lexicon:
    """The built-in lexicon extended and overridden by ``settings.lexicon_files`` (no fallback layer:
    ``eventwire.coding.layers.load_lexicon`` adds it)."""
    return build_lexicon((DATA_DIR / f for f in ENTRY_FILES), DATA_DIR / RULES_FILE, settings.lexicon_files)
