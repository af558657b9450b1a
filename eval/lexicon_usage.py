"""Which lexicon entries fire where: the check for entries that exist for one dev sentence.

An entry earns its place through the codebook (a CAMEO code, the PLOVER manual's definition), and
an entry that fires on one dev sentence and on nothing else in several thousand sentences of real
news is a sign that it was written for that sentence. This counts, for every entry, the sentences
where it is the winning trigger (before the sentence rules) in each corpus:

- ``plover``: PLOVER-GSR dev sentences; ``case``: CASE 2021 dev snippets (gold sets);
- ``voa``: the 46 VOA stories; ``polnear``: the 84 PolNeAR political articles (real news, used
  here as unlabelled text only).

Run: ``python -m eval.lexicon_usage [--only-gold]``. ``--only-gold`` lists the entries that fire in
the gold sets and at most once elsewhere. Parses are cached under ``eval/out/``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict

from eval._shared import REPO, eval_settings, shared_dir, shared_path

OUT = REPO / "eval" / "out"


def corpora() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    p = shared_path("gold", "plover-gsr", "dev.json")
    if p is not None:
        recs = json.loads(p.read_text(encoding="utf-8"))
        out["plover"] = sorted({r["text"].strip() for r in recs if r.get("text") and r.get("event") != "DOCUMENT"})
    p = shared_path("gold", "case2021-task2", "dev.tsv")
    if p is not None:
        lines = p.read_text(encoding="utf-8").splitlines()[1:]
        out["case"] = [ln.split("\t")[1] for ln in lines if ln.count("\t") >= 2]
    p = shared_path("news", "voa", "stories.jsonl")
    if p is not None:
        out["voa"] = [json.loads(ln)["text"] for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    base = shared_dir()
    if base is not None and (base / "gold" / "polnear" / "dev" / "text").is_dir():
        out["polnear"] = [f.read_text(encoding="utf-8", errors="replace")
                          for f in sorted((base / "gold" / "polnear" / "dev" / "text").glob("*.txt"))]
    return out


def parsed(name: str, texts: list[str], nlp: object) -> list[object]:
    from spacy.tokens import DocBin

    key = hashlib.sha1(("\x00".join(texts) + getattr(nlp, "meta", {}).get("version", "")).encode()).hexdigest()[:12]
    cache = OUT / f"parse-{name}-{key}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))  # type: ignore[attr-defined]
    docs = list(nlp.pipe(texts, batch_size=32))  # type: ignore[attr-defined]
    OUT.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(cache)
    return docs


def usage() -> tuple[dict[str, Counter[str]], dict[str, str]]:
    """{entry id: Counter(corpus -> sentences where it fired)}, {entry id: origin}."""
    from eventwire.coding.match import find_triggers
    from eventwire.resources import Resources

    res = Resources(eval_settings())
    lex = res.lexicon
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    origin = {e.id: e.origin for e in lex.entries()}
    for name, texts in corpora().items():
        for doc in parsed(name, texts, res.nlp):
            for sent in doc.sents:  # type: ignore[attr-defined]
                for trig in {t.entry.id for t in find_triggers(sent, lex)}:
                    counts[trig][name] += 1
    return counts, origin


def main() -> None:
    counts, origin = usage()
    only_gold = "--only-gold" in sys.argv
    rows = []
    for eid, org in origin.items():
        c = counts.get(eid, Counter())
        gold, other = c["plover"] + c["case"], c["voa"] + c["polnear"]
        if only_gold and not (gold and other <= 1):
            continue
        rows.append((gold, other, eid, org, c))
    rows.sort(key=lambda r: (r[1], -r[0], r[2]))
    print(f"{'entry':44} {'origin':28} plover case voa polnear")
    for _gold, _other, eid, org, c in rows:
        print(f"{eid[:44]:44} {org[:28]:28} {c['plover']:6} {c['case']:4} {c['voa']:3} {c['polnear']:7}")
    fired = sum(1 for e in origin if counts.get(e))
    print(f"{len(origin)} entries; {fired} fire somewhere; {len(rows)} listed")


if __name__ == "__main__":
    main()
