"""How often the gold PLOVER source and target actors are among the actors we resolve.

For each sentence of ../shared/gold/plover-gsr/dev.json we annotate the sentence (publication
date = the record's date) and collect the codes of every actor and place entity. A gold actor is
found when its code is among them; "code_sector" also needs one of our entities to carry the
gold sector. Gold codes written the old CAMEO way (JAP, ITL, VTN) are read as ISO codes; a gold
IGO is found by any of our international codes (IGO, UNO, EUR). Reported overall and per gold
sector (the first three letters, "CIV" read as CVL; "none" where the gold has no sector).

    .venv/bin/python -m eval.plover_actors
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from eval._shared import shared_path
from eventwire.config import Settings
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


def run() -> tuple[dict[str, float], list[str]]:
    path = shared_path("gold", "plover-gsr", "dev.json")
    if path is None:
        raise FileNotFoundError("../shared/gold/plover-gsr/dev.json is absent (set EVENTWIRE_SHARED)")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"
               and r.get("text")]
    docs = [Document(id=r["id"], text=r["text"], raw_text=r["text"], published=r.get("date")) for r in records]
    resources = Resources(Settings())
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    found_both: Counter[str] = Counter()
    misses: list[str] = []
    for rec, ann in zip(records, annotate(docs, resources), strict=True):
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
                    total[key] += 1
                    found[key] += ok
                    found_both[key] += both
                if not ok:
                    misses.append(f"{rec['id']} {role} {actor.get('actorText')!r} gold {gold}/{sector}; "
                                  f"ours {sorted(codes)}")
    figures: dict[str, float] = {}
    for key in sorted(total):
        figures[f"{key}_code_recall"] = found[key] / total[key]
        if key != "sector_none":
            figures[f"{key}_code_sector_recall"] = found_both[key] / total[key]
        figures[f"{key}_n"] = float(total[key])
    return figures, misses


def evaluate() -> dict[str, float]:
    return run()[0]


def main() -> None:
    figures, misses = run()
    for m in misses:
        sys.stdout.write(f"MISS {m}\n")
    for k, v in figures.items():
        sys.stdout.write(f"{k}: {int(v)}\n" if k.endswith("_n") else f"{k}: {v:.3f}\n")


if __name__ == "__main__":
    main()
