"""Quantities: every figure in a text, with the interval its wording implies.

``parse_quantities`` works on plain text (no spaCy); ``extract_quantities`` runs it on an
annotated document and drops figures that the annotation shows to be dates.

Conventions (INTERFACE.md "quantity"):

- ``value`` is the stated number: for bounds ("over 7,000") the bound itself (7000); for
  ranges ("between 5,000 and 7,000", "5,000-7,000", "from 5 to 7") the midpoint, with ``low``
  and ``high`` the ends (ranges are normalised so that low <= high); for vague counts
  ("thousands of", "dozens", "several") None, since no number is stated.
- ``low``/``high``: exact -> both the value; approximately ("about", "some", "an estimated")
  -> value ±10%, "nearly"/"almost" -> [0.9 value, value]; over/at_least -> [value, None];
  under/at_most -> [None, value]; vague -> the table in ``data/claims/vague.tsv``
  ("thousands" -> 1000..9999).
- ``unit``: "percent", a currency code ("USD", "EUR", "KRW" ...) or a unit of measure; a
  counted noun ("troops") is not a unit (claims take it as the subject).
- Not quantities: years ("in 2016"), calendar days ("March 9"), clock times ("11 a.m."),
  ordinals ("24th"), labels ("iPhone 11", "F-16", "Game 6", "type 2", "Llama 3.1", "2.1.4"), ranks
  ("No. 1", "number one") and numbers joined by slashes ("9/11", "3/14/2024", "24/7").
- A value on a scale takes the scale as its unit: "a category 4 hurricane" -> 4, unit "category"
  (``data/claims/label_nouns.tsv``); a multiplier takes "times" ("18 times", "sixfold").
- A number that does not parse or is absurd keeps its text with ``error`` set, value None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Quantity
from . import _data
from ._scan import (
    BETWEEN_BEFORE,
    CONNECT,
    FROM_BEFORE,
    Core,
    currency_before,
    find_cores,
    label_noun_before,
    not_a_quantity,
    pre_qualifier,
    unit_after,
)

if TYPE_CHECKING:
    from ..nlp.types import Annotated

APPROX_SPREAD = 0.1


def _interval(value: float, shape: str) -> tuple[float | None, float | None]:
    if value < 0 and shape in ("around", "below", "above"):  # "about -5": mirror the positive case
        lo, hi = _interval(-value, shape)
        return (-hi if hi is not None else None), (-lo if lo is not None else None)
    if shape == "around":
        return value * (1 - APPROX_SPREAD), value * (1 + APPROX_SPREAD)
    if shape == "below":
        return value * (1 - APPROX_SPREAD), value
    if shape == "above":
        return value, value * (1 + APPROX_SPREAD)
    if shape == "lower_bound":
        return value, None
    if shape == "upper_bound":
        return None, value
    return value, value


def _post_qualifier(text: str, end: int) -> tuple[int, str, str] | None:
    after = text[end:end + 16].lower()
    for phrase, qual, shape in _data.qualifier_phrases()["post"]:
        pat = rf"^\s*{re.escape(phrase)}" if phrase[0].isalpha() else rf"^{re.escape(phrase)}"
        m = re.match(pat + (r"\b" if phrase[-1].isalnum() else ""), after)
        if m:
            return end + m.end(), qual, shape
    return None


def _extend(text: str, c: Core) -> tuple[int, int, str | None]:
    """Currency before and unit after a core: (start, end, unit)."""
    start, end, unit = c.start, c.end, c.unit
    cur = currency_before(text, c.start)
    if cur is not None:
        start, unit = cur
    ua = unit_after(text, end)
    if ua is not None and (unit is None or ua[1] in ("percent",)):
        end, unit = ua
    scale = label_noun_before(text, start) if unit is None else None
    if scale is not None and scale[2] == "scale":
        start, unit = scale[0], scale[1]  # "category 4", "magnitude 6.2": the scale is the unit
    return start, end, unit


def parse_quantities(text: str, doc_id: str = "", offset: int = 0) -> list[Quantity]:
    """Every quantity in ``text`` (offsets shifted by ``offset``), in text order."""
    cores: list[Core] = []
    dropped_end = -1
    for c in find_cores(text):
        if not_a_quantity(text, c) or (c.start == dropped_end + 1 and text[dropped_end] in "-–"):
            dropped_end = c.end  # and a date range's second day: "Sept. 20-24"
            continue
        cores.append(c)
    out: list[Quantity] = []
    i = 0
    while i < len(cores):
        c = cores[i]
        start, end, unit = _extend(text, c)
        qual, shape, low, high, value = "exact", "exact", c.value, c.value, c.value
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        conn = CONNECT.match(text[end:]) if nxt is not None else None
        before = text[max(0, start - 12):start]
        between = BETWEEN_BEFORE.search(before)
        joined = False
        if nxt is not None and conn is not None and c.vague is None and nxt.vague is None:
            word = conn.group(0).strip().lower()
            n_start, n_end, n_unit = _extend(text, nxt)
            frm = FROM_BEFORE.search(before)
            comparable = c.value is not None and nxt.value is not None and \
                0 < c.value < nxt.value <= 3 * c.value
            change = word == "to" and not (between or frm) and (
                (unit is not None and unit != n_unit)
                or (re.search(r"\bby\s+$", before) is not None and not comparable))
            if n_start == end + conn.end() and (word != "and" or between) and not change and (
                    word != "or" or (c.value or 0) < (nxt.value or 0)) and (
                    word not in ("-", "–", "—") or text[end:n_start].strip() == word):
                joined = True
                v1, v2 = c.value, nxt.value
                if v1 is not None and v2 is not None and nxt.scaled and not c.scaled and v1 < v2:
                    factor = _range_scale(text, nxt)
                    if factor and v1 * factor <= v2 * 10:
                        v1 = v1 * factor
                if between:
                    start = start - (len(before) - between.start())
                elif FROM_BEFORE.search(before):
                    fb = FROM_BEFORE.search(before)
                    assert fb is not None
                    start = start - (len(before) - fb.start())
                end, unit = n_end, unit or n_unit
                if c.error or nxt.error or v1 is None or v2 is None:
                    value, low, high = None, None, None
                    error = c.error or nxt.error
                    qual = "range"
                else:
                    low, high = min(v1, v2), max(v1, v2)
                    value, qual, error = (low + high) / 2, "range", None
                i += 1
        if not joined:
            error = c.error
            if c.vague is not None:
                qual, value, (low, high) = "vague", None, c.vague
        pre = pre_qualifier(text, start) if qual in ("exact", "range", "vague") else None
        if pre is not None and qual == "exact" and value is not None:
            start, qual, shape = pre
            low, high = _interval(value, shape)
        elif pre is not None and qual in ("range", "vague") and pre[1] == "approximately":
            start = pre[0]
        post = _post_qualifier(text, end) if qual == "exact" and value is not None else None
        if post is not None and value is not None:
            end, qual, shape = post
            low, high = _interval(value, shape)
        if error:
            value = low = high = None
        out.append(Quantity(doc_id, text[start:end], start + offset, end + offset, value, low, high,
                            qual, unit, error))
        i += 1
    return _merge_from_to(text, _merge_bounds(text, out, offset), offset)


#: "from X ... to Y" with a short aside between the two figures ("in 2008", "at 10 p.m. last night")
_FROM_TO_GAP = re.compile(r"(?:\s+(?!to\b)[\w.:,'’$%-]+){1,5}\s+to\s+$", re.I)


def _merge_from_to(text: str, qs: list[Quantity], offset: int) -> list[Quantity]:
    """"fell from 208 pounds in May to 193 in June" is one range [193, 208], as "from 5 to 7" is
    when the figures stand side by side: the figures of a change from one value to another."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and prev.qualifier == q.qualifier == "exact" and prev.value is not None \
                and q.value is not None and (q.unit is None or q.unit == prev.unit):
            s0, s1 = prev.start - offset, q.start - offset
            head = FROM_BEFORE.search(text[max(0, s0 - 6):s0])
            gap = text[prev.end - offset:s1]
            if head and _FROM_TO_GAP.fullmatch(gap) and not re.search(r"[;!?\n]|\.\s", gap):
                start = s0 - (len(text[max(0, s0 - 6):s0]) - head.start())
                lo, hi = min(prev.value, q.value), max(prev.value, q.value)
                out[-1] = Quantity(q.doc_id, text[start:q.end - offset], start + offset, q.end, (lo + hi) / 2,
                                   lo, hi, "range", prev.unit)
                continue
        out.append(q)
    return out


_LOWER = ("over", "at_least")
_UPPER = ("under", "at_most")


def _merge_bounds(text: str, qs: list[Quantity], offset: int) -> list[Quantity]:
    """"more than 100 and less than 300" is one range [100, 300]."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and not prev.error and not q.error and (
                (prev.qualifier in _LOWER and q.qualifier in _UPPER)
                or (prev.qualifier in _UPPER and q.qualifier in _LOWER)) and re.fullmatch(
                r"\s*,?\s*(?:and|but)?\s*", text[prev.end - offset:q.start - offset]):
            lows = [x for x in (prev.low, q.low) if x is not None]
            highs = [x for x in (prev.high, q.high) if x is not None]
            if lows and highs and lows[0] <= highs[0]:
                lo, hi = lows[0], highs[0]
                out[-1] = Quantity(q.doc_id, text[prev.start - offset:q.end - offset], prev.start, q.end,
                                   (lo + hi) / 2, lo, hi, "range", prev.unit or q.unit)
                continue
        out.append(q)
    return out


def _range_scale(text: str, c: Core) -> float | None:
    """The scale word/abbreviation that ends core ``c`` ("7 million" -> 1e6)."""
    tail = text[c.start:c.end].lower()
    nw = _data.number_words()
    m = re.search(r"([a-z]+)$", tail)
    if not m:
        return None
    w = m.group(1)
    return float(nw.scales.get(w) or nw.abbrevs.get(w) or 0) or None


def extract_quantities(ann: Annotated) -> list[Quantity]:
    """Every quantity of an annotated document, minus those its date expressions cover."""
    qs = parse_quantities(ann.document.text, ann.document.doc_id)
    dates = [(d.start, d.end) for d in ann.dates if d.granularity in ("day", "week", "month", "year")]
    return [q for q in qs if q.unit is not None or q.qualifier != "exact"
            or not any(s <= q.start and q.end <= e for s, e in dates)]
