"""Attributions on PolNeAR dev (../shared/gold/polnear/dev/): lenient cue F1 and source accuracy.

Gold: every ``E`` relation of an article's brat standoff file (``attributions/*.ann``) gives a
cue, a source (absent for ``Attribution-no-source``) and a content span; discontinuous spans are
their union of pieces. One annotation file per article is used (the first by name; a few articles
were annotated by several people).

- ``cue_f1``: a predicted cue matches a gold cue when their character spans overlap (lenient);
  one to one, in text order. Micro precision/recall/F1 over all articles.
- ``source_acc``: on matched cues, the share whose source is right: the predicted source span
  overlaps the gold source span, or both are absent.
- ``content_overlap``: on matched cues, the share whose content span overlaps the gold content.

Sources are not resolved to actors here (only spans are scored), so the run needs no gazetteer.
Each figure is reported on the whole set and on its tune and check parts (``eval.split``: key the
article file name); the floors gate the check part. Run: ``.venv/bin/python -m eval.polnear``
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eval._shared import eval_settings, prf, shared_path
from eval.split import figures_table, with_parts
from eventwire.claims import extract_attributions
from eventwire.model import Attribution, Document, Entity, Sentence
from eventwire.nlp.types import Annotated
from eventwire.resources import Resources

Spans = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    cue: Spans
    source: Spans | None
    content: Spans | None


def _spans(field: str) -> Spans:
    out = []
    for piece in field.split(";"):
        a, b = piece.split()[-2:]
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, Spans] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1])
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for r in rels:
        if "Cue" not in r or r["Cue"] not in spans:
            continue
        out.append(GoldAttribution(spans[r["Cue"]], spans.get(r.get("Source", "")),
                                   spans.get(r.get("Content", ""))))
    return out


def _overlaps(a: Spans | None, b: tuple[int, int] | None) -> bool:
    if not a or b is None:
        return False
    return any(s < b[1] and b[0] < e for s, e in a)


def flatten(atts: list[Attribution]) -> list[Attribution]:
    """PolNeAR is univocal: a token belongs to at most one attribution, so statements nested in
    another's content are not annotated. Keep the outermost, as the gold does."""
    def inside(a: Attribution, b: Attribution) -> bool:
        return b is not a and b.content is not None and b.content.start <= a.cue.start < b.content.end
    return [a for a in atts if not any(inside(a, b) for b in atts)]


def _articles(base: Path) -> list[tuple[Path, Path]]:
    texts = {p.stem: p for p in (base / "text").glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        if stem in texts and stem not in chosen:
            chosen[stem] = ann
    return [(texts[s], chosen[s]) for s in sorted(chosen)]


def _match(gold: list[GoldAttribution], preds: list[Attribution]) -> Counter[str]:
    """Counts for one article: cues matched one to one in text order, with right sources and contents."""
    c: Counter[str] = Counter(n_pred=len(preds), n_gold=len(gold))
    used: set[int] = set()
    for g in sorted(gold, key=lambda x: x.cue[0][0]):
        for k, p in enumerate(preds):
            if k in used or not _overlaps(g.cue, (p.cue.start, p.cue.end)):
                continue
            used.add(k)
            c["tp"] += 1
            psrc = (p.source.start, p.source.end) if p.source else None
            c["src_ok"] += _overlaps(g.source, psrc) if g.source else psrc is None
            c["content_ok"] += _overlaps(g.content, (p.content.start, p.content.end) if p.content else None)
            break
    return c


Item = tuple[str, Counter[str]]


def _score(items: list[Item]) -> dict[str, float]:
    c: Counter[str] = sum((ct for _n, ct in items), Counter())
    prec, rec, f1 = prf(c["tp"], c["n_pred"], c["n_gold"])
    tp = c["tp"]
    return {"cue_precision": round(prec, 4), "cue_recall": round(rec, 4), "cue_f1": round(f1, 4),
            "source_acc": round(c["src_ok"] / tp if tp else 0.0, 4),
            "content_overlap": round(c["content_ok"] / tp if tp else 0.0, 4),
            "n_gold": float(c["n_gold"]), "n_pred": float(c["n_pred"]), "n_articles": float(len(items))}


def counts() -> list[Item]:
    """(article file name, its counts) for every article."""
    base = shared_path("gold", "polnear", "dev")
    if base is None:
        raise FileNotFoundError("../shared/gold/polnear/dev is absent (set EVENTWIRE_SHARED)")
    resources = Resources(eval_settings())
    nlp = resources.nlp
    arts = _articles(base)
    texts = [t.read_text(encoding="utf-8") for t, _a in arts]
    out: list[Item] = []
    for (tpath, apath), text, sdoc in zip(arts, texts, nlp.pipe(texts, batch_size=16), strict=True):
        doc = Document(id=apath.stem, text=text, raw_text=text)
        sents = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
        ents = [Entity(doc.id, e.text, e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        preds = flatten(extract_attributions(Annotated(doc, sdoc, sents, ents), None))
        out.append((tpath.name, _match(read_ann(apath), preds)))
    return out


def evaluate() -> dict[str, float]:
    """Figures on the whole dev set, then ``tune.*`` and ``check.*`` (eval.split); floors gate check."""
    return with_parts(counts(), key=lambda it: it[0], score=_score)


if __name__ == "__main__":
    t0 = time.perf_counter()
    print(figures_table(evaluate()))
    print(f"(PolNeAR dev, {time.perf_counter() - t0:.1f}s; anchors: spaCy rule baseline cue F1 0.57; "
          "CofeNet source F1 0.832 exact match)")
