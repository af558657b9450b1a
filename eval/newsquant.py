"""Quantities on NewsQuant (../shared/gold/newsquant/dev.json): value F1 and qualifier accuracy.

Matching, per sentence, one to one: a gold quantity's value is a number ("7000.0") or a range
("5000-7000"); ours is (value, value), or (low, high) for ranges and vague counts. A pair matches
when both ends agree within a relative tolerance of 1e-3 (so "thousands", 1000..9999, matches
gold "1000-10000"). Quantities we keep with an error (no value) count as predictions that match
nothing. Micro precision/recall/F1 over all quantities.

``change_acc``: on matched pairs whose gold change is one of ``= ~ > <``, the share where our
qualifier maps to it (exact, range, vague -> "="; approximately -> "~"; over, at_least -> ">";
under, at_most -> "<"). Gold "up"/"down" mark a direction of change ("rose 5%"), which is not a
qualifier of the figure: those pairs are left out of ``change_acc`` (and counted in ``n_updown``).

Each figure is reported on the whole set and on its tune and check parts (``eval.split``: key the
sentence text); the floors gate the check part. Run: ``.venv/bin/python -m eval.newsquant`` (``-v``
lists the unmatched sentences of the tune part only).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from typing import Any

from eval._shared import prf, shared_path
from eval.split import figures_table, split, with_parts
from eventwire.claims import parse_quantities
from eventwire.model import Quantity

CHANGE = {"exact": "=", "range": "=", "vague": "=", "approximately": "~", "over": ">",
          "at_least": ">", "under": "<", "at_most": "<"}
_RANGE = re.compile(r"^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$")


def _gold_interval(value: str) -> tuple[float, float] | None:
    m = _RANGE.match(value.strip())
    try:
        if m:
            a, b = float(m.group(1)), float(m.group(2))
            return min(a, b), max(a, b)
        v = float(value)
        return v, v
    except ValueError:
        return None


def _pred_interval(q: Quantity) -> tuple[float, float] | None:
    if q.error:
        return None
    if q.qualifier in ("range", "vague") and q.low is not None and q.high is not None:
        return q.low, q.high
    if q.value is None:
        return None
    return q.value, q.value


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b)) + 1e-9


def _count(item: dict[str, Any]) -> Counter[str]:
    """Counts for one gold sentence: matched, predicted and gold quantities, qualifier checks."""
    c: Counter[str] = Counter()
    preds = parse_quantities(item["text"])
    golds = [(g, _gold_interval(g["value"])) for g in item["quantities"]]
    c["n_gold"] += len(golds)
    c["n_pred"] += len(preds)
    used: set[int] = set()
    for g, gi in golds:
        if gi is None:
            continue
        for k, q in enumerate(preds):
            pi = _pred_interval(q)
            if k in used or pi is None or not (_close(gi[0], pi[0]) and _close(gi[1], pi[1])):
                continue
            used.add(k)
            c["tp"] += 1
            if g["change"] in ("=", "~", ">", "<"):
                c["change_n"] += 1
                c["change_ok"] += CHANGE[q.qualifier] == g["change"]
            else:
                c["updown"] += 1
            break
    return c


Item = tuple[str, Counter[str]]


def _score(items: list[Item]) -> dict[str, float]:
    c: Counter[str] = sum((ct for _t, ct in items), Counter())
    p, r, f1 = prf(c["tp"], c["n_pred"], c["n_gold"])
    return {"value_precision": round(p, 4), "value_recall": round(r, 4), "value_f1": round(f1, 4),
            "change_acc": round(c["change_ok"] / c["change_n"] if c["change_n"] else 0.0, 4),
            "n_gold": float(c["n_gold"]), "n_pred": float(c["n_pred"]), "n_updown": float(c["updown"])}


def _data() -> list[dict[str, Any]]:
    path = shared_path("gold", "newsquant", "dev.json")
    if path is None:
        raise FileNotFoundError("../shared/gold/newsquant/dev.json is absent (set EVENTWIRE_SHARED)")
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def evaluate() -> dict[str, float]:
    """Figures on the whole dev set, then ``tune.*`` and ``check.*`` (eval.split); floors gate check."""
    items = [(item["text"], _count(item)) for item in _data()]
    return with_parts(items, key=lambda it: it[0], score=_score)


def report(verbose: bool = False) -> None:
    """Figures; with ``verbose``, the tune sentences whose quantities are not all matched (never the
    check part)."""
    t0 = time.perf_counter()
    print(figures_table(evaluate()))
    print(f"(NewsQuant dev, {time.perf_counter() - t0:.1f}s; anchors: CQE value F1 0.920, quantulum3 0.730)")
    if verbose:
        tune = split(_data(), key=lambda it: it["text"])["tune"]
        print(f"-- misses of the tune part only ({len(tune)} sentences); the check part is scored, never listed")
        for item in tune:
            c = _count(item)
            if c["tp"] < max(c["n_gold"], c["n_pred"]):
                gold = [(g["value"], g["change"]) for g in item["quantities"]]
                ours = [(q.low, q.high) if q.qualifier in ("range", "vague") else (q.value, q.qualifier)
                        for q in parse_quantities(item["text"])]
                print(f"- gold {gold} ours {ours}\n    {item['text'][:200]}")


if __name__ == "__main__":
    report(verbose="-v" in sys.argv)
