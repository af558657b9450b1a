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

Run: ``.venv/bin/python -m eval.newsquant``
"""

from __future__ import annotations

import json
import re
import time

from eval._shared import prf, shared_path
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


def evaluate() -> dict[str, float]:
    path = shared_path("gold", "newsquant", "dev.json")
    if path is None:
        raise FileNotFoundError("../shared/gold/newsquant/dev.json is absent (set EVENTWIRE_SHARED)")
    data = json.loads(path.read_text(encoding="utf-8"))
    tp = n_pred = n_gold = 0
    change_ok = change_n = updown = 0
    for item in data:
        preds = parse_quantities(item["text"])
        golds = [(g, _gold_interval(g["value"])) for g in item["quantities"]]
        n_gold += len(golds)
        n_pred += len(preds)
        used: set[int] = set()
        for g, gi in golds:
            if gi is None:
                continue
            for k, q in enumerate(preds):
                pi = _pred_interval(q)
                if k in used or pi is None or not (_close(gi[0], pi[0]) and _close(gi[1], pi[1])):
                    continue
                used.add(k)
                tp += 1
                if g["change"] in ("=", "~", ">", "<"):
                    change_n += 1
                    change_ok += CHANGE[q.qualifier] == g["change"]
                else:
                    updown += 1
                break
    p, r, f1 = prf(tp, n_pred, n_gold)
    return {"value_precision": round(p, 4), "value_recall": round(r, 4), "value_f1": round(f1, 4),
            "change_acc": round(change_ok / change_n if change_n else 0.0, 4),
            "n_gold": float(n_gold), "n_pred": float(n_pred), "n_updown": float(updown)}


if __name__ == "__main__":
    t0 = time.perf_counter()
    figs = evaluate()
    for k, v in figs.items():
        print(f"{k:16} {v}")
    print(f"(NewsQuant dev, {time.perf_counter() - t0:.1f}s; anchors: CQE value F1 0.920, quantulum3 0.730)")
