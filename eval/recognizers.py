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

Each figure is reported on all cases and on the tune and check parts (``eval.split``: key the case's
input text); the floors gate the check part. Run: ``.venv/bin/python -m eval.recognizers`` (``-v``
lists the failed cases of the tune part only).
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any

from eval._shared import shared_path
from eval.split import figures_table, split, with_parts
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


Item = tuple[str, str, bool]  # input text, kind, passed


def _passes(case: dict[str, Any], kind: str) -> bool:
    gold: list[tuple[Value, ...]] | None = (_gold(case, kind) if kind != "ordinal"
                                            else [() for _ in case.get("Results", [])])
    if gold is None:
        return False  # counted as not passed: we give no answer of that kind
    qs = parse_quantities(case["Input"])
    if kind == "number":
        return _same(_ours_numbers(qs), gold)
    if kind == "range":
        return _same(_ours_ranges(qs), gold)
    if kind == "percent":
        return _same([(q.value,) for q in qs if q.unit == "percent" and not q.error], gold)
    return not gold


def cases() -> list[Item]:
    base = shared_path("gold", "recognizers-number-en")
    if base is None:
        raise FileNotFoundError("../shared/gold/recognizers-number-en is absent (set EVENTWIRE_SHARED)")
    out: list[Item] = []
    for name, kind in FILES.items():
        for case in json.loads((base / f"{name}.json").read_text(encoding="utf-8-sig")):
            out.append((case["Input"], kind, _passes(case, kind)))
    return out


def _score(items: list[Item]) -> dict[str, float]:
    figs: dict[str, float] = {}
    for kind in FILES.values():
        mine = [ok for _i, k, ok in items if k == kind]
        figs[f"{kind}_pass"] = round(sum(mine) / len(mine) if mine else 0.0, 4)
        figs[f"{kind}_n"] = float(len(mine))
    nr = [ok for _i, k, ok in items if k in ("number", "range")]
    figs["number_range_pass"] = round(sum(nr) / len(nr) if nr else 0.0, 4)
    return figs


def evaluate() -> dict[str, float]:
    """Figures on all cases, then ``tune.*`` and ``check.*`` (eval.split: the input text); floors gate check."""
    return with_parts(cases(), key=lambda it: it[0], score=_score)


def report(verbose: bool = False) -> None:
    """Figures; with ``verbose``, the failed cases of the tune part (never the check part)."""
    t0 = time.perf_counter()
    items = cases()
    print(figures_table(with_parts(items, key=lambda it: it[0], score=_score)))
    print(f"(Recognizers-Text English number specs, {time.perf_counter() - t0:.1f}s)")
    if verbose:
        tune = split(items, key=lambda it: it[0])["tune"]
        print(f"-- failures of the tune part only ({len(tune)} cases); the check part is scored, never listed")
        for text, kind, ok in tune:
            if not ok and kind != "ordinal":
                ours = [(q.value, q.low, q.high, q.qualifier, q.unit) for q in parse_quantities(text)]
                print(f"- [{kind}] ours {ours}\n    {text[:200]}")


if __name__ == "__main__":
    report(verbose="-v" in sys.argv)
