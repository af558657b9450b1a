"""Event precision and recall on real news coded whole: 120 hand-coded VOA sentences.

The gold (``eval/judgements/voa-sentences-gold.tsv``) holds 120 sentences drawn at random (seed in its
header) from the 46 VOA stories in ``../shared/news/voa/stories.jsonl``, segmented by the pipeline's own
annotation, each hand-coded from the PLOVER codebook with every event that happened (type, actor,
recipient); a sentence with no event has one ``NONE`` row. It was coded before the coder was run on
these sentences.

Here every story is coded whole (annotate + code_events with ``eval_settings()``), as the coder sees
real reporting; the events of the sampled sentences whose modality says they happened (asserted,
reported) are scored against the gold of their sentence:

- ``precision``: coded events matched one to one with a gold event of the same type in their sentence,
  over coded events (a second coded event of a type matches only a second gold event of it: an act
  coded twice counts once; until 2026-11-30's second session a duplicate counted as correct too);
- ``recall``: gold events with a coded event of their type in their sentence, over gold events;
- ``actor_precision`` / ``actor_recall``: the same, with the actor required to match too (one of the
  coded actor codes names a gold code, read as ``eval.plover_events.same_actor`` reads them; a gold
  event whose actor is empty, where the sentence names none, matches any actor);
- ``per_empty_sentence``: coded events per sentence whose gold is ``NONE`` (and ``minus_per_empty_sentence``,
  negated, for a floor to cap);
- counts: ``sentences``, ``empty_sentences``, ``gold_events``, ``coded_events``.

Figures come for all sentences, then ``tune.*`` and ``check.*`` (``eval.split``, keyed
``"STORY_ID:SENTENCE_INDEX"``). ``-v`` lists the tune sentences only, with gold and coded events.

    .venv/bin/python -m eval.voa_sentences [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval._shared import REPO, eval_settings, shared_path
from eval.plover_events import same_actor
from eval.split import figures_table, split, with_parts

GOLD = REPO / "eval" / "judgements" / "voa-sentences-gold.tsv"
COLUMNS = ("story_id", "sentence_index", "sentence", "type", "actor", "recipient", "note")
HAPPENED = ("asserted", "reported")
NONE = "NONE"
PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})


@dataclass
class GoldEvent:
    type: str
    actor: set[str]  # acceptable codes ('A|B' in the file); empty: the sentence names no actor
    recipient: set[str]
    note: str = ""


@dataclass
class GoldSentence:
    story_id: str
    index: int
    text: str
    events: list[GoldEvent] = field(default_factory=list)  # empty: a NONE sentence

    @property
    def key(self) -> str:
        return f"{self.story_id}:{self.index}"


def _codes(cell: str) -> set[str]:
    return {c.strip() for c in cell.split("|") if c.strip()}


def parse_gold(text: str, path: str = "<gold>") -> tuple[list[str], list[GoldSentence]]:
    """The ``#`` comments and the sentences, in file order; raises ValueError naming the line."""
    comments: list[str] = []
    header = False
    by_key: dict[str, GoldSentence] = {}
    none_keys: set[str] = set()
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if not header:
            if line.startswith("#"):
                comments.append(line[1:].strip())
                continue
            if tuple(c.strip() for c in line.split("\t")) != COLUMNS:
                raise ValueError(f"{path}:{n}: column header should be {', '.join(COLUMNS)}")
            header = True
            continue
        cells = line.split("\t")
        cells += [""] * (len(COLUMNS) - len(cells))
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path}:{n}: {len(cells)} fields, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
        if not row["sentence_index"].isdigit():
            raise ValueError(f"{path}:{n}: sentence_index {row['sentence_index']!r} is not a number")
        etype = row["type"]
        if etype != NONE and etype not in PLOVER_TYPES:
            raise ValueError(f"{path}:{n}: unknown type {etype!r}")
        key = f"{row['story_id']}:{int(row['sentence_index'])}"
        sent = by_key.get(key)
        if sent is None:
            sent = by_key[key] = GoldSentence(row["story_id"], int(row["sentence_index"]), row["sentence"])
        elif sent.text != row["sentence"]:
            raise ValueError(f"{path}:{n}: sentence text differs from an earlier row of {key}")
        if etype == NONE:
            if sent.events or key in none_keys:
                raise ValueError(f"{path}:{n}: a NONE row for {key}, which has other rows")
            none_keys.add(key)
            if row["actor"] or row["recipient"]:
                raise ValueError(f"{path}:{n}: a NONE row with an actor or recipient")
        else:
            if key in none_keys:
                raise ValueError(f"{path}:{n}: an event row for {key}, which has a NONE row")
            sent.events.append(GoldEvent(etype, _codes(row["actor"]), _codes(row["recipient"]), row["note"]))
    if not header:
        raise ValueError(f"{path}: no column header")
    return comments, list(by_key.values())


def read_gold(path: Path = GOLD) -> list[GoldSentence]:
    return parse_gold(path.read_text(encoding="utf-8"), str(path))[1]


# ---- coding ---------------------------------------------------------------------------------------

def _stories() -> list[dict[str, Any]]:
    p = shared_path("news", "voa", "stories.jsonl")
    if p is None:
        raise FileNotFoundError("../shared/news/voa/stories.jsonl is absent (set EVENTWIRE_SHARED)")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def code(gold: list[GoldSentence]) -> dict[str, list[Any]]:
    """{sentence key: all events coded in that sentence} (every modality), each story coded whole."""
    from eventwire.coding import code_events
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate
    from eventwire.resources import Resources

    wanted: dict[str, dict[int, GoldSentence]] = defaultdict(dict)
    for s in gold:
        wanted[s.story_id][s.index] = s
    stories = [st for st in _stories() if st["id"] in wanted]
    missing = set(wanted) - {st["id"] for st in stories}
    if missing:
        raise ValueError(f"gold stories absent from stories.jsonl: {', '.join(sorted(missing))}")
    res = Resources(eval_settings())
    docs = [Document(id=st["id"], text=st["text"].strip(), raw_text=st["text"].strip(),
                     published=st.get("published"), item_id=st["id"]) for st in stories]
    out: dict[str, list[Any]] = {s.key: [] for s in gold}
    for st, ann in zip(stories, annotate(docs, res), strict=True):
        # each gold sentence is found by its words in the story text, so that a change of
        # segmentation (a glued subheading split off) still scores the events of its span
        spans: dict[str, tuple[int, int]] = {}
        for g in wanted[st["id"]].values():
            m = re.search(r"\s+".join(re.escape(w) for w in g.text.split()), ann.document.text)
            if m is None:
                raise ValueError(f"{g.key}: the gold sentence is not in the story's text")
            spans[g.key] = (m.start(), m.end())
        for e in code_events(ann, res):
            a, b = int((e.text_info or {}).get("start", -1)), int((e.text_info or {}).get("end", -1))
            for key, (x, y) in spans.items():
                if a < y and x < b:
                    out[key].append(e)
                    break
    return out


def happened(events: list[Any]) -> list[Any]:
    return [e for e in events if e.modality in HAPPENED]


def _actor_codes(e: Any) -> set[str]:
    return {p["code"] for p in (e.actor or []) if isinstance(p, dict) and p.get("code")}


def actor_ok(e: Any, g: GoldEvent) -> bool:
    return not g.actor or same_actor(_actor_codes(e), g.actor)


# ---- scoring --------------------------------------------------------------------------------------

def score(gold: list[GoldSentence], events: dict[str, list[Any]]) -> dict[str, float]:
    n_coded = ok = ok_actor = 0
    n_gold = found = found_actor = 0
    empty = on_empty = 0
    for s in gold:
        evs = happened(events.get(s.key, []))
        n_coded += len(evs)
        if not s.events:
            empty += 1
            on_empty += len(evs)
        # one to one: a gold event is matched by one coded event of its type at most, so an act
        # coded twice in a sentence counts once (PLOVER codes one event per act)
        for t, n in Counter(e.event for e in evs).items():
            golds = [g for g in s.events if g.type == t]
            ok += min(n, len(golds))
            ok_actor += min(sum(any(actor_ok(e, g) for g in golds) for e in evs if e.event == t), len(golds))
        for g in s.events:
            n_gold += 1
            same_e = [e for e in evs if e.event == g.type]
            found += bool(same_e)
            found_actor += any(actor_ok(e, g) for e in same_e)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "precision": ratio(ok, n_coded),
        "recall": ratio(found, n_gold),
        "actor_precision": ratio(ok_actor, n_coded),
        "actor_recall": ratio(found_actor, n_gold),
        "per_empty_sentence": ratio(on_empty, empty),
        # the same, negated, so that a floor (figure >= floor) could cap it
        "minus_per_empty_sentence": -ratio(on_empty, empty),
        "sentences": float(len(gold)),
        "empty_sentences": float(empty),
        "gold_events": float(n_gold),
        "coded_events": float(n_coded),
    }


def figures(gold: list[GoldSentence], events: dict[str, list[Any]]) -> dict[str, float]:
    return with_parts(gold, key=lambda s: s.key, score=lambda part: score(part, events))


def evaluate() -> dict[str, float]:
    gold = read_gold()
    return figures(gold, code(gold))


def _party(e: Any) -> str:
    a = ",".join(sorted(_actor_codes(e))) or "-"
    r = ",".join(sorted({p["code"] for p in (e.recipient or []) if isinstance(p, dict) and p.get("code")})) or "-"
    return f"{a}>{r}"


def report(verbose: bool = False) -> None:
    """Figures; with ``verbose``, every tune sentence with its gold and coded events (never the check part)."""
    gold = read_gold()
    events = code(gold)
    print(figures_table(figures(gold, events)))
    other = Counter(e.modality for evs in events.values() for e in evs if e.modality not in HAPPENED)
    if other:
        print("coded in the sampled sentences but not scored (modality): "
              + ", ".join(f"{m} {k}" for m, k in other.most_common()))
    if not verbose:
        return
    tune = split(gold, key=lambda s: s.key)["tune"]
    print(f"-- the tune part only ({len(tune)} sentences); the check part is scored, never listed")
    for s in tune:
        evs = events.get(s.key, [])
        hap = happened(evs)
        got_types = {e.event for e in hap}
        gold_types = {g.type for g in s.events}
        flag = "OK  " if got_types == gold_types else "MISS" if gold_types - got_types else "XTRA"
        gtxt = "; ".join(f"{g.type} {'|'.join(sorted(g.actor)) or '-'}>{'|'.join(sorted(g.recipient)) or '-'}"
                         for g in s.events) or NONE
        ctxt = "; ".join(f"{e.event} {_party(e)} {e.modality} '{e.event_text}'" for e in evs) or "-"
        print(f"{flag} {s.key}\n     gold:  {gtxt}\n     coded: {ctxt}\n     {s.text[:220]}")


if __name__ == "__main__":
    report(verbose="-v" in sys.argv[1:])
