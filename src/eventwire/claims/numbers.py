"""Reading one number: digits ("10,000", "1.5", "10^4") and spelled-out words ("twenty-five thousand").

Numbers that cannot be used are not dropped: the parsers return a reason instead of a value,
and the caller keeps the text with that reason (``Quantity.error``).
"""

from __future__ import annotations

import math
import re

from . import _data

#: a figure above this is taken as absurd for news reporting (world GDP is ~1e14 USD)
MAX_VALUE = 1e15
#: more significant digits than a float keeps exactly
MAX_DIGITS = 16

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_POWER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\^|\*\*)\s*([+-]?\d+)")
_SCI = re.compile(r"(\d+(?:\.\d+)?)(?:[eE]|\s*[x×]\s*10\s*\^?\s*)([+\-−]?\d+)")


def check_value(value: float) -> str | None:
    """The reason ``value`` cannot be used, or None."""
    if math.isnan(value) or math.isinf(value):
        return "overflow: the number is too large to represent"
    if abs(value) > MAX_VALUE:
        return f"absurd value: {value:.3g} is above the plausible maximum {MAX_VALUE:.0e}"
    return None


def parse_digits(text: str) -> tuple[float | None, str | None]:
    """(value, None) for a well-formed digit number, else (None, reason).

    Accepts "7,000", "7000", "1.5", "10^4", "1e6"; refuses malformed grouping ("1,2,3"),
    several decimal points, overflows and absurd magnitudes.
    """
    s = text.strip()
    m = _POWER.fullmatch(s) or _SCI.fullmatch(s)
    if m:
        base, exp = float(m.group(1)), int(m.group(2).replace("−", "-"))
        if base > 0 and exp * math.log10(base) > 308:
            return None, f"overflow: {s} is too large to represent"
        try:
            value = base ** exp if m.re is _POWER else base * 10.0 ** exp
        except OverflowError:
            return None, f"overflow: {s} is too large to represent"
        reason = check_value(value)
        return (None, reason) if reason else (value, None)
    if "," in s and not _GROUPED.fullmatch(s):
        return None, f"malformed digit grouping in {s!r}"
    if "," not in s and not _PLAIN.fullmatch(s):
        return None, f"malformed number {s!r}"
    digits = s.replace(",", "")
    if len(digits.split(".")[0].lstrip("0")) > MAX_DIGITS:
        return None, f"overflow: {len(digits.split('.')[0])} digits is more than a figure can have"
    value = float(digits)
    reason = check_value(value)
    return (None, reason) if reason else (value, None)


def parse_words(words: list[str]) -> float | None:
    """The value of a spelled-out number given as lower-case words, or None if not well formed.

    ``["twenty", "five", "thousand"]`` -> 25000; ``["a", "dozen"]`` -> 12; ``["two", "million"]``
    -> 2e6; ``["one", "hundred", "and", "five"]`` -> 105. Hyphens are split by the caller.
    """
    nw = _data.number_words()
    total = 0.0
    current = 0.0
    seen = False
    last: str | None = None  # kind of the previous word: unit, tens, scale, dozen
    for i, w in enumerate(words):
        if w in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if i != 0 or (nxt not in nw.scales and nxt not in nw.dozens):
                return None
            current, seen, last = 1.0, True, "unit"
            continue
        if w == "and":
            if last != "scale" or i + 1 >= len(words):
                return None
            continue
        if w in nw.units:
            v = nw.units[w]
            if last == "unit" or (last == "tens" and (v >= 10 or w in nw.tens)):
                return None  # "two three", "twenty thirty"
            current += v
            last = "tens" if w in nw.tens else "unit"
        elif w in nw.dozens:
            if not seen:
                return None  # "dozen" alone ("a baker's dozen") is not a count
            current = (current or 1.0) * nw.dozens[w]
            last = "dozen"
        elif w in nw.scales:
            scale = nw.scales[w]
            if not seen:
                return None  # a scale word alone ("thousand") is not a count
            if scale == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * scale
                current = 0.0
            last = "scale"
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current
