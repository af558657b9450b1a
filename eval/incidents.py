"""Incidents against a gold clustering: the demo corpus, grouped by hand into real-world acts.

The gold (``eval/gold/demo-incidents.toml``) was written from the corpus answer key
(``examples/corpus/README.md``) and the texts, before any grouping was scored. It lists each act
once with the documents that report it, and says how a coder's event is recognised as reporting
it: the document, the PLOVER type, and words of the evidence sentence (``cue``, ``context``).

The corpus is ingested into a fresh store (incidents form as documents arrive, as in use), and
each grouped event is mapped to its gold act; events that map to no act (the coder's extra
events) or to two are left out and counted. On the mapped events:

- **pairwise** precision, recall and F1: pairs of events in one incident that are one gold act;
- **B³** precision, recall and F1 (per event, the share of its incident that is its act, and of
  its act that is in its incident), which weighs every event once;
- ``acts_found``: gold acts with at least one mapped event; ``mapped``: the share of grouped
  events that map to an act;
- ``oracle_*``: the same scores for the grouping run on the gold's own coding (``oracle``): what
  is lost to the grouping itself, and what to the coder's types, parties and dates.

The split (``eval.split``) is by gold act id: the check part holds whole acts. ``-v`` lists the
tune part's wrong merges and splits.

    python -m eval.incidents [-v]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sqlite3
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from eval._shared import REPO, eval_settings, f1
from eval.split import figures_table, with_parts

GOLD = REPO / "eval" / "gold" / "demo-incidents.toml"
CORPUS = REPO / "examples" / "corpus"
FLOORS = REPO / "eval" / "floors" / "incidents.json"


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    acts = tomllib.loads(path.read_text(encoding="utf-8"))["incident"]
    for a in acts:
        a["_cue"] = re.compile(a["cue"], re.I)
        a["_context"] = re.compile(a["context"], re.I) if a.get("context") else None
    return acts


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def map_event(ev: dict[str, Any], origin: str, acts: list[dict[str, Any]]) -> str | bool | None:
    """The id of the gold act ``ev`` reports; None for none, False for more than one."""
    sentence = _norm(ev["text_info"]["text"])
    hits = [a["id"] for a in acts
            if ev["event"] in a["types"] and any(d in origin for d in a["docs"])
            and a["_cue"].search(sentence) and (a["_context"] is None or a["_context"].search(sentence))]
    if len(hits) > 1:
        return False
    return hits[0] if hits else None


def coded_store(folder: Path) -> Path:
    from eventwire.pipeline import Pipeline, run_ingest
    from eventwire.store import Store

    settings = eval_settings(db=str(folder / "incidents.db"))
    with Store(settings.db) as store:
        report = run_ingest([str(CORPUS)], store, settings, pipeline=Pipeline(settings))
        assert not report.failed, report.summary()
    return Path(settings.db)


def items(db: Path, acts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Grouped events with their incident and gold act (``act``), and counts of what was left out."""
    out, left = [], Counter[str]()
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT e.record, d.origin, x.incident_id FROM events e JOIN documents d ON d.id = e.doc_id"
                         " LEFT JOIN incident_events x ON x.event_id = e.id").fetchall()
    for record, origin, incident in rows:
        ev = json.loads(record)
        if incident is None:
            left["not grouped (hypothetical, conditional or undated)"] += 1
            continue
        act = map_event(ev, origin, acts)
        if act is False:
            left["ambiguous"] += 1
            continue
        if act is None:
            left["no gold act (an extra event)"] += 1
            continue
        out.append({"id": ev["id"], "incident": incident, "act": act, "event": ev["event"], "date": ev["date"],
                    "who": "+".join(sorted({p.get("code") or "?" for p in ev["actor"]})) + ">"
                    + "+".join(sorted({p.get("code") or "?" for p in ev["recipient"]})),
                    "doc": Path(origin).name, "sentence": _norm(ev["text_info"]["text"])[:110]})
    return out, left


def score(its: list[dict[str, Any]], n_acts: int | None = None) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(its, 2):
        same_sys, same_gold = a["incident"] == b["incident"], a["act"] == b["act"]
        tp += same_sys and same_gold
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    by_inc: dict[str, list[str]] = {}
    by_act: dict[str, list[str]] = {}
    for it in its:
        by_inc.setdefault(it["incident"], []).append(it["act"])
        by_act.setdefault(it["act"], []).append(it["incident"])
    bp = sum(by_inc[it["incident"]].count(it["act"]) / len(by_inc[it["incident"]]) for it in its) / max(1, len(its))
    br = sum(by_act[it["act"]].count(it["incident"]) / len(by_act[it["act"]]) for it in its) / max(1, len(its))
    out = {"pairwise_precision": p, "pairwise_recall": r, "pairwise_f1": f1(p, r), "pairs_gold": tp + fn,
           "b3_precision": bp, "b3_recall": br, "b3_f1": f1(bp, br), "events": len(its), "acts": len(by_act),
           "incidents": len(by_inc)}
    return out


def oracle(db: Path, acts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The grouping on the gold's own coding: one event per act and reporting document, with the
    act's first type, parties and date, and the document's story, outlet and date. What the
    grouping would do for a coder that made no mistakes: its errors are the grouping's own (and
    the gold's finer notion of an act: one act per speaker)."""
    from datetime import date as Date

    from eventwire import incidents as inc

    with sqlite3.connect(db) as c:
        docs = c.execute("SELECT id, origin, coalesce(story_id, id), source, published FROM documents").fetchall()
    members = []
    for a in acts:
        day = Date.fromisoformat(a["date"])
        for doc_id, origin, story, source, published in docs:
            if any(d in origin for d in a["docs"]):
                t = a["types"][0]
                members.append(inc.Member(
                    id=f"{a['id']}|{doc_id}", doc_id=doc_id, block=inc.FAMILIES.get(t, t), start=day, end=day,
                    shown=day, words=frozenset(), event=t, mode=None, modality="asserted",
                    actor=[{"code": x} for x in a["actor"]], recipient=[{"code": x} for x in a["recipient"]],
                    location=None, story=story, source=source, published=published, date_text=a["date"]))
    out = []
    blocks: dict[str, list[Any]] = {}
    for m in members:
        blocks.setdefault(m.block, []).append(m)
    for block, ms in blocks.items():
        for k, g in enumerate(inc.group(ms)):
            out += [{"incident": f"{block}-{k}", "act": m.id.split("|")[0]} for m in g]
    return out


def evaluate(verbose: bool = False) -> dict[str, float]:
    acts = load_gold()
    with tempfile.TemporaryDirectory() as tmp:
        db = coded_store(Path(tmp))
        its, left = items(db, acts)
        perfect = oracle(db, acts)
    figures = with_parts(its, lambda it: it["act"], score)
    # the same scores with a coder that makes no mistakes (reported, not gated)
    ideal = with_parts(perfect, lambda it: it["act"], score)
    for name in ("pairwise_precision", "pairwise_recall", "pairwise_f1", "b3_f1"):
        for prefix in ("", "tune.", "check."):
            figures[f"{prefix}oracle_{name}"] = ideal[f"{prefix}{name}"]
    figures["acts_found"] = len({it["act"] for it in its}) / len(acts)
    grouped = len(its) + left["ambiguous"] + left["no gold act (an extra event)"]
    figures["mapped"] = len(its) / grouped if grouped else 0.0
    if verbose:
        from eval.split import part_of

        tune = [it for it in its if part_of(it["act"]) == "tune"]
        print("left out:", dict(left))
        print("wrong merges (tune): one incident, several acts")
        by_inc: dict[str, list[dict[str, Any]]] = {}
        for it in tune:
            by_inc.setdefault(it["incident"], []).append(it)
        for group in by_inc.values():
            if len({it["act"] for it in group}) > 1:
                for it in group:
                    print(f"  {it['act']:5} {it['event']:9} {(it['date'] or '')[:10]} {it['who']:12} "
                          f"{it['doc'][:30]:30} {it['sentence'][:60]}")
                print()
        print("splits (tune): one act, several incidents")
        by_act: dict[str, list[dict[str, Any]]] = {}
        for it in tune:
            by_act.setdefault(it["act"], []).append(it)
        for act, group in sorted(by_act.items()):
            if len({it["incident"] for it in group}) > 1:
                for it in group:
                    print(f"  {act:5} {it['incident'][-6:]} {it['event']:9} {(it['date'] or '')[:10]} {it['who']:12} "
                          f"{it['doc'][:30]:30} {it['sentence'][:60]}")
                print()
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the tune part's wrong merges and splits")
    args = ap.parse_args()
    figures = evaluate(args.verbose)
    print(figures_table(figures))
    out = REPO / "eval" / "out"
    out.mkdir(exist_ok=True)
    (out / "incidents.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    sys.exit(0)


if __name__ == "__main__":
    main()
