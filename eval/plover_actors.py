"""How often the gold PLOVER source and target actors are among the actors we resolve.

For each sentence of ../shared/gold/plover-gsr/dev.json we annotate the sentence (publication
date = the record's date) and collect the codes of every actor and place entity. A gold actor is
found when its code is among them; "code_sector" also needs one of our entities to carry the
gold sector. Gold codes written the old CAMEO way (JAP, ITL, VTN) are read as ISO codes; a gold
IGO is found by any of our international codes (IGO, UNO, EUR). Reported overall and per gold
sector (the first three letters, "CIV" read as CVL; "none" where the gold has no sector).

Each figure is reported on the whole set and on its tune and check parts (``eval.split``: key the
sentence text, as ``eval.plover_events``); the floors gate the check part. ``-v`` lists the misses
of the tune part only.

    .venv/bin/python -m eval.plover_actors [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eval._shared import eval_settings, shared_path
from eval.split import figures_table, split, with_parts
from eventwire.model import Document
from eventwire.nlp.annotate import annotate
from eventwire.nlp.petrarch import CAMEO_TO_ISO
from eventwire.resources import Resources

INTERNATIONAL = frozenset({"IGO", "UNO", "EUR"})


def _gold_code(code: str) -> str:
    return CAMEO_TO_ISO.get(code, code)


#: sector spellings in the gold that mean one of the PLOVER sectors
GOLD_SECTOR = {"CIV": "CVL"}


def _sector(s: str | None) -> str:
    if not (s and s[:3].isalpha()):
        return "none"
    return GOLD_SECTOR.get(s[:3], s[:3])


@dataclass
class Scored:
    """One gold record: its sentence, and per key (``all``, ``sector_X``, ``source``, ``target``) the
    gold actors, those found by code, and by code and sector; ``misses`` describes the ones not found."""

    text: str
    total: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    found_both: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _scored(rec: dict[str, Any], ann: Any) -> Scored:
    out = Scored(rec["text"])
    ours = {(e.code, e.sector) for e in ann.entities if e.code}
    codes = {c for c, _s in ours}
    for role in ("source", "target"):
        for actor in rec.get(role) or []:
            gold = actor.get("code")
            if not gold:
                continue
            gold = _gold_code(gold)
            sector = _sector(actor.get("sector"))
            ok = gold in codes or (gold == "IGO" and bool(codes & INTERNATIONAL))
            both = ok and any((c == gold or (gold == "IGO" and c in INTERNATIONAL)) and s == sector
                              for c, s in ours) if sector != "none" else ok
            for key in ("all", f"sector_{sector}", role):
                out.total[key] += 1
                out.found[key] += ok
                out.found_both[key] += both
            if not ok:
                out.misses.append(f"{rec['id']} {role} {actor.get('actorText')!r} gold {gold}/{sector}; "
                                  f"ours {sorted(codes)}")
            elif not both:  # the code found, not with the gold sector
                out.misses.append(f"{rec['id']} {role} {actor.get('actorText')!r} gold {gold}/{sector}; "
                                  f"sector: ours {sorted(f'{c}/{s}' for c, s in ours if c == gold)}")
    return out


def scored_records() -> list[Scored]:
    path = shared_path("gold", "plover-gsr", "dev.json")
    if path is None:
        raise FileNotFoundError("../shared/gold/plover-gsr/dev.json is absent (set EVENTWIRE_SHARED)")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"
               and r.get("text")]
    docs = [Document(id=r["id"], text=r["text"], raw_text=r["text"], published=r.get("date")) for r in records]
    resources = Resources(eval_settings())
    return [_scored(rec, ann) for rec, ann in zip(records, annotate(docs, resources), strict=True)]


def _score(items: list[Scored]) -> dict[str, float]:
    total: Counter[str] = sum((s.total for s in items), Counter())
    found: Counter[str] = sum((s.found for s in items), Counter())
    found_both: Counter[str] = sum((s.found_both for s in items), Counter())
    figures: dict[str, float] = {}
    for key in sorted(total):
        figures[f"{key}_code_recall"] = found[key] / total[key]
        if key != "sector_none":
            figures[f"{key}_code_sector_recall"] = found_both[key] / total[key]
        figures[f"{key}_n"] = float(total[key])
    return figures


def evaluate() -> dict[str, float]:
    """Figures on the whole dev set, then ``tune.*`` and ``check.*`` (eval.split: the sentence text,
    as eval.plover_events); floors gate check."""
    return with_parts(scored_records(), key=lambda s: s.text, score=_score)


def main(verbose: bool = False) -> None:
    items = scored_records()
    print(figures_table(with_parts(items, key=lambda s: s.text, score=_score)))
    if verbose:
        tune = split(items, key=lambda s: s.text)["tune"]
        print(f"-- misses of the tune part only ({len(tune)} records); the check part is scored, never listed")
        for s in tune:
            for m in s.misses:
                print(f"MISS {m}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
