"""Numbers on Microsoft Recognizers-Text English specs (../shared/gold/recognizers-number-en/).

Each case is an input with the expected results. A case *passes* when what ``parse_quantities``
reads equals the expected results as a multiset of values (relative tolerance 1e-6), order free:

- ``NumberModel``: expected numbers vs our values (a range gives its two ends; vague counts and
  numbers kept with an error give none, so an expected number we refuse fails the case).
- ``NumberRangeModel``: expected intervals ("(20,35]" -> 20, 35; "[30,)" -> 30, open) vs our
  bounded and ranged quantities (over/at_least -> [v, open), under/at_most -> (open, v],
  range -> [low, high]); the bracket types are not compared. Our exact numbers are not range
  results and are ignored.
- ``PercentModel``: expected percentages vs our quantities with unit "percent".
- ``OrdinalModel``: we do not read ordinals ("third", "last"): reported for completeness; only the
  cases that expect nothing can pass.

Recognizers' conventions differ from news reading in places (a number inside "180ml" is not a
number for them; fractions such as "two thirds" are numbers for them and not for us), so the
shares are a report, not a target. ``number_range_pass`` is the share over number and range cases.
Run: ``.venv/bin/python -m eval.recognizers``
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

from eval._shared import shared_path
from eventwire.claims import parse_quantities
from eventwire.model import Quantity

Value = float | None
_INTERVAL = re.compile(r"^([\[(])\s*(-?[\d.Ee+-]*)\s*,\s*(-?[\d.Ee+-]*)\s*([\])])$")


def _same(a: list[tuple[Value, ...]], b: list[tuple[Value, ...]]) -> bool:
    if len(a) != len(b):
        return False
    rest = list(b)
    for x in a:
        for k, y in enumerate(rest):
            if all((p is None and q is None) or (p is not None and q is not None
                                                 and abs(p - q) <= 1e-6 * max(abs(p), abs(q), 1.0))
                   for p, q in zip(x, y, strict=True)):
                del rest[k]
                break
        else:
            return False
    return True


def _num(text: str) -> Value:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _ours_numbers(qs: list[Quantity]) -> list[tuple[Value, ...]]:
    out: list[tuple[Value, ...]] = []
    for q in qs:
        if q.error or q.qualifier == "vague":
            continue
        if q.qualifier == "range":
            out += [(q.low,), (q.high,)]
        elif q.value is not None:
            out.append((q.value,))
    return out


def _ours_ranges(qs: list[Quantity]) -> list[tuple[Value, ...]]:
    out: list[tuple[Value, ...]] = []
    for q in qs:
        if q.error or q.value is None:
            continue
        if q.qualifier in ("over", "at_least"):
            out.append((q.value, None))
        elif q.qualifier in ("under", "at_most"):
            out.append((None, q.value))
        elif q.qualifier == "range":
            out.append((q.low, q.high))
    return out


def _gold(case: dict[str, Any], kind: str) -> list[tuple[Value, ...]] | None:
    """Expected values, or None where a case cannot be scored (a value that is not a number)."""
    out: list[tuple[Value, ...]] = []
    for r in case.get("Results", []):
        v = str((r.get("Resolution") or {}).get("value"))
        if kind == "range":
            m = _INTERVAL.match(v.replace(" ", ""))
            if not m:
                return None
            out.append((_num(m.group(2)), _num(m.group(3))))
        elif kind == "percent":
            n = _num(v.rstrip("%"))
            if n is None:
                return None
            out.append((n,))
        else:
            n = _num(v)
            if n is None:
                return None
            out.append((n,))
    return out


FILES = {"NumberModel": "number", "NumberRangeModel": "range", "PercentModel": "percent", "OrdinalModel": "ordinal"}


def evaluate() -> dict[str, float]:
    base = shared_path("gold", "recognizers-number-en")
    if base is None:
        raise FileNotFoundError("../shared/gold/recognizers-number-en is absent (set EVENTWIRE_SHARED)")
    figs: dict[str, float] = {}
    nr_pass = nr_n = 0
    for name, kind in FILES.items():
        cases = json.loads((base / f"{name}.json").read_text(encoding="utf-8-sig"))
        passed = scored = 0
        for case in cases:
            gold = _gold(case, kind) if kind != "ordinal" else [() for _ in case.get("Results", [])]
            qs = parse_quantities(case["Input"])
            scored += 1
            if gold is None:
                continue  # counted as not passed: we give no answer of that kind
            if kind == "number":
                ok = _same(_ours_numbers(qs), gold)
            elif kind == "range":
                ok = _same(_ours_ranges(qs), gold)
            elif kind == "percent":
                ok = _same([(q.value,) for q in qs if q.unit == "percent" and not q.error], gold)
            else:
                ok = not gold
            passed += ok
        figs[f"{kind}_pass"] = round(passed / scored if scored else 0.0, 4)
        figs[f"{kind}_n"] = float(scored)
        if kind in ("number", "range"):
            nr_pass += passed
            nr_n += scored
    figs["number_range_pass"] = round(nr_pass / nr_n if nr_n else 0.0, 4)
    return figs


if __name__ == "__main__":
    t0 = time.perf_counter()
    for k, v in evaluate().items():
        print(f"{k:18} {v}")
    print(f"(Recognizers-Text English number specs, {time.perf_counter() - t0:.1f}s)")
