"""Finding the figures in plain text: number cores (digits, words, vague counts), the currency
before and the unit after them, and what is not a quantity (years, days, times, labels).

``quantities.parse_quantities`` assembles these into Quantity records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import _data
from .numbers import check_value, parse_digits, parse_words

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.I)
_TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|o'clock)", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|by|from|until|till|during|before|after|year|fiscal|fy|early|late|mid|"
    r"the|and|or|to|between|summer|winter|spring|autumn|fall|season)\s*-?$", re.I)
#: a run of digits, with its grouping, decimals and exponent; the run is atomic, so that "9/11" or
#: "10,000/5" cannot yield a shorter number by backtracking. Numbers written with slashes on either
#: side (dates "3/14/2024", ids "9/11", "24/7") are not figures.
_DIGITS = re.compile(
    r"(?<![\w.,/:#])(?>\d+(?:[,.]\d+)*|\.\d+)"
    r"(?:\s*\^\s*[+-]?\d+|[eE][+-]?\d+(?!\w)|\s*[x×]\s*10\s*\^?\s*[+\-−]?\d+)?(?![\d])(?!/\d)")
#: three or more dot-separated groups: a version ("2.1.4"), an address or a dotted date, never a figure
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")
#: a rank or label number: "No. 1", "No 10", "#3", "number one", "Number 2"
_RANK_BEFORE = re.compile(r"(?:\bNo\.?|\bNos\.?|\b[Nn]umber|#)\s*$")
_GLUED = re.compile(r"^([A-Za-z]+|%)")
CONNECT = re.compile(r"^\s*(?:-|–|—|to|and|through|or)\s*", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


@dataclass
class Core:
    start: int
    end: int
    value: float | None
    error: str | None = None
    vague: tuple[float, float] | None = None
    unit: str | None = None
    scaled: bool = False


@lru_cache(maxsize=1)
def _scale_after() -> re.Pattern[str]:
    """A scale word after digits: "1.5 million", "13 lakh"."""
    words = sorted(_data.number_words().scales, key=len, reverse=True)
    return re.compile(rf"^\s*({'|'.join(re.escape(w) for w in words)})\b", re.I)


@lru_cache(maxsize=1)
def _word_regex() -> re.Pattern[str]:
    nw = _data.number_words()
    words = sorted([*nw.units, *nw.scales, *nw.dozens], key=len, reverse=True)
    w = "|".join(re.escape(x) for x in words)
    scale = "|".join(re.escape(x) for x in sorted([*nw.scales, *nw.dozens], key=len, reverse=True))
    return re.compile(rf"\b(?:(?:a|an)\s+(?={scale}))?(?:{w})(?:(?:\s+and\s+|\s+|-)(?:{w}))*\b", re.I)


@lru_cache(maxsize=1)
def _vague_regex() -> re.Pattern[str]:
    nw = _data.number_words()
    phrases = sorted(_data.vague_counts(), key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(p) for p in ph.split()) for ph in phrases)
    scale = "|".join(re.escape(x) for x in nw.scales)
    return re.compile(rf"\b(?:{alt})(?:\s+(?:{scale}))?\b", re.I)


def _vague_core(m: re.Match[str]) -> Core:
    words = m.group(0).lower().split()
    table = _data.vague_counts()
    scales = _data.number_words().scales
    if words[-1] in scales and " ".join(words[:-1]) in table:
        lo, hi = table[" ".join(words[:-1])]
        s = scales[words[-1]]
        return Core(m.start(), m.end(), None, vague=(lo * s, (hi + 1) * s - 1))
    return Core(m.start(), m.end(), None, vague=table[" ".join(words)])


_ONE_BEFORE = re.compile(
    r"\b(?:each|same|the|this|that|any|every|no|which|one|only|another|other|someone|anyone)\s+$", re.I)


def _word_core(m: re.Match[str], text: str) -> list[Core]:
    raw = m.group(0)
    toks = [(t.group(0).lower(), m.start() + t.start(), m.start() + t.end())
            for t in re.finditer(r"[A-Za-z]+", raw)]
    scales = _data.number_words().scales
    out: list[Core] = []
    i = 0
    while i < len(toks):  # longest well-formed run first; "one two" -> two numbers
        for j in range(len(toks), i, -1):
            words = [t[0] for t in toks[i:j]]
            if words[-1] == "and":
                continue
            value = parse_words(words)
            if value is not None:
                begin = toks[i][1]
                neg = _NEGATIVE_BEFORE.search(text[max(0, begin - 10):begin])
                if neg:
                    value, begin = -value, begin - (len(text[max(0, begin - 10):begin]) - neg.start())
                c = Core(begin, toks[j - 1][2], value, check_value(value), scaled=words[-1] in scales)
                if not _word_excluded(text, c, words):
                    out.append(c)
                i = j
                break
        else:
            i += 1
    return out


def _word_excluded(text: str, c: Core, words: list[str]) -> bool:
    """Spelled-out numbers that are not figures: names ("BBC One"), "each one", "six-speed"."""
    first = text[c.start:c.end]
    if first[0].isupper() and c.start > 0 and not re.search(r"(?:^|[.!?:;\"“(]\s*)$", text[:c.start]):
        return True  # capitalised inside a sentence: part of a name ("Kick Six", "BBC One")
    if text[c.end:c.end + 1] == "-" and text[c.end + 1:c.end + 2].isalpha():
        nxt = re.match(r"-([a-z]+)", text[c.end:])
        if nxt and nxt.group(1) not in _data.number_words().units:
            return True  # compound modifier: "six-speed", "two-month"
    if c.start > 0 and text[c.start - 1] == "-":
        return True
    if words == ["one"]:
        if _ONE_BEFORE.search(text[max(0, c.start - 12):c.start]):
            return True
        if re.match(r"\s+(?:of|another|day|way|thing)\b", text[c.end:c.end + 10], re.I):
            return True
    return False


_NEGATIVE_BEFORE = re.compile(r"\b(?:minus|negative)[\s-]$", re.I)
#: a currency code written against its digits, where the digit scan cannot start: "USD10m", "$US160"
_CURRENCY_GLUED = re.compile(r"(?<![A-Za-z$])(\$?[A-Z]{2,3})(?=\d)")


def _digit_core(m: re.Match[str], text: str) -> Core | None:
    s, e = m.start(), m.end()
    glued = re.search(r"(\d?)[A-Za-z]+-$", text[max(0, s - 12):s])
    if s > 0 and text[s - 1] == "-" and s > 1 and text[s - 2].isalpha() and not (glued and glued.group(1)) and \
            not text[max(0, s - 4):s].lower().endswith("sub-") and \
            not text[max(0, s - 6):s].lower().endswith("minus-"):
        return None  # F-16, COVID-19, Su-27
    if _DOTTED.fullmatch(m.group(0)):
        return None
    value, error = parse_digits(m.group(0))
    core = Core(s, e, value, error)
    negative = (s > 0 and text[s - 1] in "-−" and (s < 2 or text[s - 2] in " $(€£")) \
        or _NEGATIVE_BEFORE.search(text[max(0, s - 10):s]) is not None
    if value is not None and negative:
        core.value = value = -value
        word = _NEGATIVE_BEFORE.search(text[max(0, s - 10):s])
        core.start = s - (len(text[max(0, s - 10):s]) - word.start()) if word else s - 1
    after = text[e:]
    sc = _scale_after().match(after)
    nw = _data.number_words()
    if sc and value is not None:
        core.value = value * nw.scales[sc.group(1).lower()]
        core.end, core.scaled = e + sc.end(), True
    else:
        g = _GLUED.match(after)
        if g:
            suffix = g.group(1)
            low = suffix.lower()
            if _ORDINAL_AFTER.match(after) or low in ("am", "pm", "s", "x"):
                return None
            follows = re.match(r"\s+([a-z]+)", after[g.end():])
            countable = follows is not None and (follows.group(1).endswith("s") or any(
                u.surface.lower() == follows.group(1) for u in _data.units()))
            if low in nw.abbrevs and value is not None and (
                    low not in ("m", "b") or suffix == "M" or currency_before(text, s) is not None
                    or countable or "." in m.group(0)):
                core.value, core.scaled = value * nw.abbrevs[low], True
                core.end = e + g.end()
            elif suffix != "%":
                core.end = e + g.end()
                known = [u for u in _data.units() if u.surface.lower() == low and u.kind != "currency_pre"]
                core.unit = known[0].canonical if known else suffix
        elif value is not None:
            sp = re.match(r"^\s(bn|mn|mln|bln|tn|trn)\b", after, re.I)
            if sp:
                core.value, core.scaled = value * nw.abbrevs[sp.group(1).lower()], True
                core.end = e + sp.end()
    if core.value is not None and core.error is None:
        core.error = check_value(core.value)
        if core.error:
            core.value = None
    return core


def currency_before(text: str, start: int) -> tuple[int, str] | None:
    """(start, code) of a currency sign/code right before ``start``."""
    before = text[max(0, start - 6):start]
    for u in _data.units():
        if u.kind != "currency_pre":
            continue
        sfx = before.rstrip() if u.surface.isalpha() else before
        if u.surface.isalpha() and len(sfx) == len(before) and not u.surface.isupper():
            continue  # "Rs5" is not a currency; "USD10m" is
        if sfx.endswith(u.surface):
            s = start - (len(before) - len(sfx)) - len(u.surface)
            if s > 0 and (text[s - 1].isalnum() and u.surface[0].isalpha()):
                continue
            return s, u.canonical
    return None


@lru_cache(maxsize=1)
def _unit_regex() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One alternation of every unit, in the data file's order (the first that matches wins, as
    alternatives are tried left to right), each group case-insensitive unless it is a short
    measure ("m" is not "M")."""
    parts, canonical = [], []
    for u in _data.units():
        if u.kind == "currency_pre":
            continue
        sp = "" if u.surface in ("%",) else r"\s?" if not u.surface[0].isalpha() else r"\s*"
        body = rf"{sp}{re.escape(u.surface)}" + (r"(?![A-Za-z])" if u.surface[-1].isalnum() else "")
        parts.append(f"((?i:{body}))" if u.kind != "measure" or len(u.surface) > 2 else f"({body})")
        canonical.append(u.canonical)
    return re.compile("|".join(parts)), tuple(canonical)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(u.surface.lower() for u in _data.units() if u.kind != "currency_pre")


def is_unit_word(word: str) -> bool:
    """``word`` is written as a unit after numbers ("cups", "milligrams", "percent", "euros")."""
    return word.lower() in _unit_words()


def unit_after(text: str, end: int) -> tuple[int, str] | None:
    """(end, canonical) of a unit right after ``end``."""
    pattern, canonical = _unit_regex()
    m = pattern.match(text, end, min(len(text), end + 24))
    if m is None or m.lastindex is None:
        return None
    return m.end(), canonical[m.lastindex - 1]


@lru_cache(maxsize=1)
def _fraction_regex() -> re.Pattern[str]:
    nw = _data.number_words()
    nums = "|".join(re.escape(w) for w in sorted(nw.units, key=len, reverse=True))
    dens = "|".join(re.escape(w) for w in sorted(_data.fractions(), key=len, reverse=True))
    return re.compile(rf"\b(a|an|{nums})[\s-]+({dens})\b(?=(\s+of\b)?)", re.I)


def _fraction_cores(text: str) -> list[Core]:
    """"a third of", "two-thirds", "three quarters", "one half": value n/d, unit "fraction"."""
    out: list[Core] = []
    units, dens = _data.number_words().units, _data.fractions()
    for m in _fraction_regex().finditer(text):
        num_word, den_word = m.group(1).lower(), m.group(2).lower()
        n = 1 if num_word in ("a", "an") else units[num_word]
        plural = den_word.endswith("s")
        if not (plural or m.group(3) or den_word == "half") or n == 0 or (plural and n == 1):
            continue  # "a third term": an ordinal
        out.append(Core(m.start(), m.end(), n / dens[den_word], unit="fraction"))
    return out


@lru_cache(maxsize=1)
def _fold_regex() -> re.Pattern[str]:
    nw = _data.number_words()
    words = sorted([*nw.units, *nw.scales], key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(w) for w in words)})fold\b", re.I)


def _fold_cores(text: str) -> list[Core]:
    """"sixfold", "tenfold": a multiplier written as one word (value n, unit "times")."""
    nw = _data.number_words()
    out = []
    for m in _fold_regex().finditer(text):
        w = m.group(1).lower()
        out.append(Core(m.start(), m.end(), float(nw.units.get(w) or nw.scales[w]), unit="times"))
    return out


def find_cores(text: str) -> list[Core]:
    found: list[Core] = [_vague_core(m) for m in _vague_regex().finditer(text)]
    found += _fraction_cores(text)
    found += _fold_cores(text)
    for m in _word_regex().finditer(text):
        found.extend(_word_core(m, text))
    for m in _DIGITS.finditer(text):
        c = _digit_core(m, text)
        if c is not None:
            found.append(c)
    for g in _CURRENCY_GLUED.finditer(text):  # "USD10m", "$US160": the digits hide behind letters
        if any(u.kind == "currency_pre" and u.surface == g.group(1) for u in _data.units()):
            m2 = re.compile(r"\d+(?:[,.]\d+)*(?![\d])").match(text, g.end())
            if m2:
                c = _digit_core(m2, text)
                if c is not None:
                    found.append(c)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Core] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        prev = out[-1] if out else None
        if c.unit == "fraction" and prev is not None and prev.value is not None and c.value is not None \
                and prev.unit is None and 0 <= prev.value < 100 and text[prev.end:c.start].lower() == " and ":
            out[-1] = Core(prev.start, c.end, prev.value + c.value)  # "one and a half"
            continue
        # "1.5 million" is a digit core followed by a word scale: merged in _digit_core already
        out.append(c)
    return out


_NOT_PLURAL = frozenset({"was", "is", "has", "as", "this", "its", "his", "hers", "ours", "yours", "theirs",
                         "thus", "plus", "less", "unless", "across", "always", "perhaps", "does",
                         "levels"})  # "below 2005 levels" is a year


_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel", "staff", "cattle",
                      "sheep", "fish", "aircraft", "militia", "infantry"})


def _countable_next(after: str) -> bool:
    """The next word is a plural noun or a unit ("troops", "km"): the number counts something."""
    nxt = re.match(r"^\s*([A-Za-z]+)", after)
    if not nxt:
        return False
    w = nxt.group(1)
    if w[0].isupper():
        return False
    return (w.endswith("s") and w.lower() not in _NOT_PLURAL) or w.lower() in _PLURALS or \
        w.lower() in _unit_words()


def not_a_quantity(text: str, c: Core) -> bool:
    """Years, calendar days, clock times, labels ("iPhone 11", "Game 6", "787 Dreamliner")."""
    if c.vague is not None or c.error is not None or c.unit is not None:
        return False
    raw = text[c.start:c.end].lstrip("-−")
    before, after = text[max(0, c.start - 30):c.start], text[c.end:c.end + 30]
    if _TIME_AFTER.match(after) or re.match(r"^[:.]\d\d\s*(?:a\.?m|p\.?m)", after, re.I):
        return True
    if re.match(r"^:\d", after) or (before.endswith(":") and before[-2:-1].isdigit()):
        return True
    if _RANK_BEFORE.search(before):
        return True  # a rank or label: "No. 1", "number one", "#3"
    before_noun = label_noun_before(text, c.start)
    if before_noun is not None:
        return before_noun[2] != "scale"  # "type 2 diabetes", "verse six"; "category 4" is a figure
    decimal = re.fullmatch(r"\d+\.\d+", raw) is not None
    if not (raw.isdigit() or decimal) or c.scaled or currency_before(text, c.start) or unit_after(text, c.end):
        return False
    if decimal:
        return _after_name(text, c, before, after)  # a version: "Llama 3.1", "Python 3.12"
    if (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)) and len(raw) <= 4:
        return True
    pre = pre_qualifier(text, c.start)
    if pre is not None and pre[2] == "around":
        return False  # "about 2000": a figure
    if len(raw) == 4 and 1600 <= int(raw) <= 2200 and not _countable_next(after) and not (
            pre is not None and re.match(r"^\s*(?:-|–|to)\s*\d", after)):
        return True  # a year: "in 2016", "Citycarver 2019 review", "the 2003 Iron Bowl"
    if _after_name(text, c, before, after):
        return True  # "iPhone 11", "Game 6", "S&P 500", "Lang 20"
    nxt = re.match(r"^\s+([A-Za-z]+)", after)
    second = re.search(r"\d\s*(?:-|–|to|and)\s*$", before) is not None  # "2000 - 2500 Calories"
    if len(raw) < 3 or nxt is None or not nxt.group(1)[0].isupper() or second:
        return False
    # "787 Dreamliner" is a label; "500 Russian troops" counts troops (a lowercase plural follows)
    lower = re.match(r"^(?:\s+[A-Z][\w-]*){1,3}(\s+[a-z]+)", after + text[c.end + 30:c.end + 60])
    return not (lower and _countable_next(lower.group(1)))


_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]$")


def label_noun_before(text: str, start: int) -> tuple[int, str, str] | None:
    """(start, noun, kind) of a label or scale noun right before ``start`` ("type 2", "Category 4")."""
    m = _NOUN_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return None
    kind = _data.label_nouns().get(m.group(1).lower())
    return (m.start(1), m.group(1).lower(), kind) if kind else None


def _after_name(text: str, c: Core, before: str, after: str) -> bool:
    """The number follows a capitalised word inside the sentence and counts nothing after it:
    part of a name ("iPhone 11", "Game 6", "S&P 500", "Llama 3.1")."""
    prev = re.search(r"([A-Za-z&][\w&]*)\s$", before)
    partner = _RANGE_PARTNER.match(after)  # "Still 150 to 200 people": look past the range's other end
    return prev is not None and any(ch.isupper() for ch in prev.group(1)) and c.start - len(prev.group(0)) > 0 \
        and prev.group(1).lower() not in _pre_words() and not _countable_next(after) \
        and not (partner and _countable_next(after[partner.end():]))


_RANGE_PARTNER = re.compile(r"^\s*(?:-|–|to|or|and)\s*[\d,.]*\d(?:\s+(?:hundred|thousand|million|billion))?")


@lru_cache(maxsize=1)
def _pre_words() -> frozenset[str]:
    words = {p.split()[-1] for p, _q, _s in _data.qualifier_phrases()["pre"]}
    return frozenset(words | {"the", "a", "an", "and", "or", "of", "to", "with", "by", "from", "some"})


@lru_cache(maxsize=1)
def _pre_patterns() -> tuple[tuple[str, str, str, re.Pattern[str] | None], ...]:
    """The "pre" qualifier phrases with their end-anchored patterns, compiled once."""
    out = []
    for phrase, qual, shape in _data.qualifier_phrases()["pre"]:
        literal = phrase.endswith("-") or not phrase[-1].isalnum()
        out.append((phrase, qual, shape, None if literal else re.compile(rf"(?<![\w-]){re.escape(phrase)}\s+$")))
    return tuple(out)


def pre_qualifier(text: str, start: int) -> tuple[int, str, str] | None:
    before = text[max(0, start - 30):start]
    low = before.lower()
    for phrase, qual, shape, pattern in _pre_patterns():
        if pattern is None:
            stripped = low if phrase.endswith("-") else low.rstrip()
            if stripped.endswith(phrase) and (phrase[0].isalpha() or not stripped[:-len(phrase)].endswith(
                    ("<", ">", "="))):
                return start - (len(low) - len(stripped)) - len(phrase), qual, shape
            continue
        m = pattern.search(low)
        if m:
            return start - (len(low) - m.start()), qual, shape
    return None
