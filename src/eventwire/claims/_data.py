"""The word lists of the claims stage, read from ``eventwire/data/claims/*.tsv`` and validated.

Every file is tab-separated, one entry a line; ``#`` starts a comment line; blank lines are
skipped. A malformed line raises :class:`~eventwire.errors.DataFileError` naming file and line.
Each loader is cached (one read per process); nothing is read at import time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError
from ..model import QUALIFIERS

_DIR = Path(__file__).resolve().parent.parent / "data" / "claims"


def _rows(name: str, ncols: int) -> list[tuple[int, list[str]]]:
    """(line number, fields) of every entry line of ``name``; exactly ``ncols`` fields each."""
    path = _where(name)
    try:
        text = (_DIR / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read it ({exc})", "reinstall eventwire") from exc
    out: list[tuple[int, list[str]]] = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != ncols:
            raise DataFileError(path, no, f"expected {ncols} tab-separated fields, found {len(fields)}")
        if any(not f.strip() for f in fields):
            raise DataFileError(path, no, "empty field")
        out.append((no, [f.strip() for f in fields]))
    return out


def _where(name: str) -> str:
    return str(_DIR / name)


def _number(name: str, no: int, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise DataFileError(_where(name), no, f"{text!r} is not a number") from None


CUE_KINDS = ("speech", "attitude", "cognition", "intent", "evidential", "noun", "prep", "in_source")
_VERB_KINDS = ("speech", "attitude", "cognition", "intent", "evidential")
CUE_STAGES = ("claims", "coder", "both")


@dataclass(frozen=True)
class CueRow:
    lemma: str
    kind: str  # one of CUE_KINDS
    stages: str  # claims | coder | both


@lru_cache(maxsize=1)
def cue_table() -> tuple[CueRow, ...]:
    """Every row of ``cues.tsv``: the one table of attribution and reporting cues, which the claims
    stage and the event coder both read (each the rows marked for it)."""
    out: list[CueRow] = []
    seen: dict[tuple[str, str], int] = {}
    for no, (lemma, kind, stages) in _rows("cues.tsv", 3):
        if kind not in CUE_KINDS:
            raise DataFileError(_where("cues.tsv"), no, f"unknown kind {kind!r}", f"use one of {', '.join(CUE_KINDS)}")
        if stages not in CUE_STAGES:
            raise DataFileError(_where("cues.tsv"), no, f"unknown stages {stages!r}",
                                f"use one of {', '.join(CUE_STAGES)}")
        key = (" ".join(lemma.lower().split()), "verb" if kind in _VERB_KINDS else kind)
        if key in seen:
            raise DataFileError(_where("cues.tsv"), no, f"{key[1]} {lemma!r} listed twice",
                                f"keep the row of line {seen[key]}")
        seen[key] = no
        out.append(CueRow(key[0], kind, stages))
    return tuple(out)


@dataclass(frozen=True)
class Cues:
    verbs: dict[str, str]  # lemma -> speech | attitude | cognition | intent | evidential
    nouns: frozenset[str]
    preps: frozenset[str]  # "according to"
    in_sources: frozenset[str]  # "in a poll", "in his view": nouns after "in" that name a source


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The claims stage's cues: the rows of ``cues.tsv`` marked claims or both."""
    rows = [r for r in cue_table() if r.stages in ("claims", "both")]
    return Cues({r.lemma: r.kind for r in rows if r.kind in _VERB_KINDS},
                frozenset(r.lemma for r in rows if r.kind == "noun"),
                frozenset(r.lemma for r in rows if r.kind == "prep"),
                frozenset(r.lemma for r in rows if r.kind == "in_source"))


def reporting_cues() -> dict[str, frozenset[str]]:
    """The event coder's reporting cues, from the rows of ``cues.tsv`` marked coder or both:
    ``speech_verbs`` (kinds speech, attitude, cognition, intent), ``speech_nouns`` (noun) and
    ``source_preps`` (prep), the keys of its ``[attribution]`` rules."""
    rows = [r for r in cue_table() if r.stages in ("coder", "both")]
    return {"speech_verbs": frozenset(r.lemma for r in rows if r.kind in _VERB_KINDS),
            "speech_nouns": frozenset(r.lemma for r in rows if r.kind == "noun"),
            "source_preps": frozenset(r.lemma for r in rows if r.kind == "prep")}


@lru_cache(maxsize=1)
def hedges() -> dict[str, str]:
    out: dict[str, str] = {}
    for no, (phrase, kind) in _rows("hedges.tsv", 2):
        if kind not in ("report", "doubt", "modal"):
            raise DataFileError(_where("hedges.tsv"), no, f"unknown kind {kind!r}",
                                "use report, doubt or modal")
        out[" ".join(phrase.lower().split())] = kind
    return out


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]  # zero..nine, ten..nineteen, twenty..ninety (all additive)
    tens: frozenset[str]
    scales: dict[str, int]
    dozens: dict[str, int]
    abbrevs: dict[str, int]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    units: dict[str, int] = {}
    tens: set[str] = set()
    scales: dict[str, int] = {}
    dozens: dict[str, int] = {}
    abbrevs: dict[str, int] = {}
    tables = {"unit": units, "teen": units, "tens": units, "scale": scales, "dozen": dozens,
              "abbrev": abbrevs}
    for no, (word, value, kind) in _rows("number_words.tsv", 3):
        if kind not in tables:
            raise DataFileError(_where("number_words.tsv"), no, f"unknown kind {kind!r}",
                                f"use one of {', '.join(tables)}")
        v = _number("number_words.tsv", no, value)
        if v != int(v) or v < 0:
            raise DataFileError(_where("number_words.tsv"), no, f"{value!r} is not a whole number >= 0")
        tables[kind][word.lower()] = int(v)
        if kind == "tens":
            tens.add(word.lower())
    return NumberWords(units, frozenset(tens), scales, dozens, abbrevs)


SHAPES = ("around", "below", "above", "lower_bound", "upper_bound")


@lru_cache(maxsize=1)
def qualifier_phrases() -> dict[str, list[tuple[str, str, str]]]:
    """position ("pre"/"post") -> [(phrase, qualifier, shape)], longest phrase first."""
    out: dict[str, list[tuple[str, str, str]]] = {"pre": [], "post": []}
    for no, (phrase, qual, pos, shape) in _rows("qualifiers.tsv", 4):
        if qual not in QUALIFIERS or qual in ("exact", "range", "vague"):
            raise DataFileError(_where("qualifiers.tsv"), no, f"qualifier {qual!r} is not allowed",
                                "use approximately, over, at_least, under or at_most")
        if pos not in out:
            raise DataFileError(_where("qualifiers.tsv"), no, f"position {pos!r}", "use pre or post")
        if shape not in SHAPES:
            raise DataFileError(_where("qualifiers.tsv"), no, f"shape {shape!r}",
                                f"use one of {', '.join(SHAPES)}")
        out[pos].append((phrase.lower(), qual, shape))
    for lst in out.values():
        lst.sort(key=lambda pq: -len(pq[0]))
    return out


@lru_cache(maxsize=1)
def vague_counts() -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for no, (phrase, low, high) in _rows("vague.tsv", 3):
        lo, hi = _number("vague.tsv", no, low), _number("vague.tsv", no, high)
        if lo > hi:
            raise DataFileError(_where("vague.tsv"), no, f"low {low} is above high {high}")
        out[" ".join(phrase.lower().split())] = (lo, hi)
    return out


@dataclass(frozen=True)
class Unit:
    surface: str
    canonical: str
    kind: str  # percent | currency_pre | currency_post | measure | ratio


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    """All units, longest surface first (so "per cent" wins over shorter matches)."""
    kinds = ("percent", "currency_pre", "currency_post", "measure", "ratio")
    out: list[Unit] = []
    for no, (surface, canonical, kind) in _rows("units.tsv", 3):
        if kind not in kinds:
            raise DataFileError(_where("units.tsv"), no, f"unknown kind {kind!r}", f"use one of {kinds}")
        out.append(Unit(surface, canonical, kind))
    out.sort(key=lambda u: -len(u.surface))
    return tuple(out)


@lru_cache(maxsize=1)
def subject_synonyms() -> dict[str, str]:
    """lemma -> canonical subject."""
    out: dict[str, str] = {}
    for no, (canonical, members) in _rows("subjects.tsv", 2):
        for m in [canonical, *members.split(",")]:
            m = m.strip().lower()
            if not m:
                raise DataFileError(_where("subjects.tsv"), no, "empty member in the list")
            if out.get(m, canonical) != canonical:
                raise DataFileError(_where("subjects.tsv"), no, f"{m!r} is already in group {out[m]!r}")
            out[m] = canonical
    return out


@lru_cache(maxsize=1)
def casualty_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for no, (word, kind) in _rows("casualties.tsv", 2):
        if kind not in ("dead", "injured", "arrested"):
            raise DataFileError(_where("casualties.tsv"), no, f"unknown kind {kind!r}",
                                "use dead, injured or arrested")
        out[word.lower()] = kind
    return out


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    return frozenset(word.lower() for _no, (word, _kind) in _rows("place_nouns.tsv", 2))


LABEL_KINDS = ("scale", "class", "part", "place", "sequence")


@lru_cache(maxsize=1)
def label_nouns() -> dict[str, str]:
    """Nouns written before a number -> kind: "scale" ("category 4": the noun is the unit) or a
    kind of label ("type 2", "article 5", "flight 370": not a quantity)."""
    out: dict[str, str] = {}
    for no, (word, kind) in _rows("label_nouns.tsv", 2):
        if kind not in LABEL_KINDS:
            raise DataFileError(_where("label_nouns.tsv"), no, f"unknown kind {kind!r}",
                                f"use one of {', '.join(LABEL_KINDS)}")
        out[word.lower()] = kind
    return out


@lru_cache(maxsize=1)
def locative_preps() -> dict[str, str]:
    return {word.lower(): rel for _no, (word, rel) in _rows("locative_preps.tsv", 2)}


@lru_cache(maxsize=1)
def fractions() -> dict[str, int]:
    out: dict[str, int] = {}
    for no, (word, denominator) in _rows("fractions.tsv", 2):
        d = _number("fractions.tsv", no, denominator)
        if d != int(d) or d < 2:
            raise DataFileError(_where("fractions.tsv"), no, f"denominator {denominator!r} is not a whole number >= 2")
        out[word.lower()] = int(d)
    return out
