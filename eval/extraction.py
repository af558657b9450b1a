"""Article-body extraction on the Zyte (Scrapinghub) article-extraction benchmark.

Gold: ../shared/extraction/scrapinghub/ (181 pages, ``html/<id>.html.gz``, and ``ground-truth.json``
mapping each id to ``{"articleBody": ..., "url": ...}``).

Metric: the benchmark's own definition (its ``evaluate.py``), re-implemented here:

- text is tokenized with the regex ``\\w+`` (Unicode, case kept: no lower-casing);
- each text becomes the multiset of its 4-token shingles (consecutive 4-grams; a text with fewer
  than 4 tokens gives one shorter shingle; no tokens, none);
- per page, TP/FP/FN are the multiset overlap, prediction excess and truth excess, then divided by
  TP+FP+FN so that long pages do not weigh more;
- precision is the mean over pages of TP/(TP+FP) (pages with TP+FP = 0 left out), recall the mean
  of TP/(TP+FN) (pages with TP+FN = 0 left out); a page with FP = FN = 0 scores 1 for both, and
  F1 is the harmonic mean of the two means.

``token_f1_*`` is the same computation on single tokens (1-grams), a looser figure for reference.

Systems, all on the same pages:

- ``trafilatura``: ``trafilatura.extract`` with the options our HTML reader uses
  (``eventwire.ingest.html.TRAFILATURA_OPTIONS``);
- ``trafilatura_default``: ``trafilatura.extract(html, include_comments=False)``, as the benchmark
  runs it (in the printed report only, to keep the gate fast);
- ``reader``: our reader (``eventwire.ingest.iter_items`` on the ``.html.gz`` file) -> ``RawItem.content``;
- ``ours``: the reader followed by our cleaning (``eventwire.clean.clean_item``) -> ``Document.text``
  (reported only once ``clean_item`` exists).

A page that fails (no article found) counts as an empty prediction. Each figure is reported on all
pages and on the tune and check parts (``eval.split``: key the page id); the floors gate the check part.

    .venv/bin/python -m eval.extraction
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval._shared import eval_settings, f1, shared_path
from eval.split import with_parts
from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.ingest import iter_items
from eventwire.ingest.html import TRAFILATURA_OPTIONS
from eventwire.model import RawItem

_TOKEN = re.compile(r"\w+")
TpFpFn = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i: i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i: i + n])


def match(true: str, pred: str, n: int = 4) -> TpFpFn:
    """Normalised (TP, FP, FN) over ``n``-token shingle multisets."""
    t, p = shingles(true, n), shingles(pred, n)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def scores(counts: list[TpFpFn]) -> dict[str, float]:
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def _reader_text(path: Path, settings: Settings) -> tuple[str, RawItem | None]:
    items = [i for i in iter_items([str(path)], settings) if isinstance(i, RawItem)]
    return (items[0].content, items[0]) if items else ("", None)


def _clean_item() -> Callable[[RawItem, Settings], Any] | None:
    try:
        from eventwire.clean import clean_item
    except ImportError:
        return None
    return clean_item  # type: ignore[no-any-return]


def _cleaned(clean: Callable[[RawItem, Settings], Any], item: RawItem | None, settings: Settings) -> str:
    if item is None:
        return ""
    try:
        return str(clean(item, settings).text)
    except InputError:  # nothing left after cleaning: an empty prediction, like a reader failure
        return ""


def predictions(limit: int | None = None, reference: bool = False) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Gold bodies and each system's text, by page id."""
    import trafilatura

    base = shared_path("extraction", "scrapinghub")
    if base is None:
        raise FileNotFoundError("../shared/extraction/scrapinghub is absent (set EVENTWIRE_SHARED)")
    gold_all: dict[str, dict[str, str]] = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold_all)[:limit]
    settings = eval_settings()
    clean = _clean_item()
    systems: dict[str, dict[str, str]] = {"trafilatura": {}, "reader": {}}
    if reference:
        systems["trafilatura_default"] = {}
    if clean is not None:
        systems["ours"] = {}
    for key in ids:
        path = base / "html" / f"{key}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8")
        systems["trafilatura"][key] = trafilatura.extract(html, **TRAFILATURA_OPTIONS) or ""
        if reference:
            systems["trafilatura_default"][key] = trafilatura.extract(html, include_comments=False) or ""
        text, item = _reader_text(path, settings)
        systems["reader"][key] = text
        if clean is not None:
            systems["ours"][key] = _cleaned(clean, item, settings)
    return {k: gold_all[k]["articleBody"] for k in ids}, systems


def _score(gold: dict[str, str], systems: dict[str, dict[str, str]], ids: list[str]) -> dict[str, float]:
    out: dict[str, float] = {"pages": float(len(ids))}
    for name, pred in systems.items():
        for metric, value in scores([match(gold[k], pred[k]) for k in ids]).items():
            out[f"{metric}_{name}"] = value
        out[f"token_f1_{name}"] = scores([match(gold[k], pred[k], n=1) for k in ids])["f1"]
        out[f"failed_{name}"] = float(sum(1 for k in ids if not pred[k]))
    if "f1_ours" in out:
        out["f1_ours_minus_trafilatura"] = out["f1_ours"] - out["f1_trafilatura"]
    return out


def evaluate(limit: int | None = None, reference: bool = False) -> dict[str, float]:
    """The figures on all pages, then ``tune.*`` and ``check.*`` (eval.split: the page id); floors gate
    check. ``reference`` adds ``trafilatura_default`` (the report shows it, the gate skips it)."""
    gold, systems = predictions(limit, reference)
    return with_parts(list(gold), key=lambda k: k, score=lambda ids: _score(gold, systems, ids))


def main() -> None:
    start = time.monotonic()
    figures = evaluate(reference=True)
    print(f"Zyte article-extraction benchmark: {int(figures['pages'])} pages, 4-token shingle P/R/F1 "
          f"(the benchmark's definition), {time.monotonic() - start:.0f} s")
    for part in ("", "tune.", "check."):
        title = f"{part.rstrip('.') or 'all'}, {int(figures[part + 'pages'])} pages"
        print(f"{title:<24}{'precision':>10}{'recall':>10}{'F1':>10}{'token F1':>10}{'failed':>8}")
        for name in ("trafilatura_default", "trafilatura", "reader", "ours"):
            if f"{part}f1_{name}" in figures:
                print(f"  {name:<22}{figures[f'{part}precision_{name}']:>10.4f}{figures[f'{part}recall_{name}']:>10.4f}"
                      f"{figures[f'{part}f1_{name}']:>10.4f}{figures[f'{part}token_f1_{name}']:>10.4f}"
                      f"{int(figures[f'{part}failed_{name}']):>8}")
    if "f1_ours" not in figures:
        print("ours: eventwire.clean.clean_item is not available yet; reader only", file=sys.stderr)


if __name__ == "__main__":
    main()
