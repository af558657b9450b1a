"""NLP throughput as ratios to raw spaCy ``nlp.pipe`` over the same texts, measured in one run.

    python -m bench.nlp [--docs 300] [--workers 2] [--rounds 3]

Rows:
- raw nlp.pipe: the model alone (the baseline, ratio 1.00);
- annotate: our annotation stage (nlp.pipe + gazetteer resolution, dates, places);
- process: annotation + event coding + quantities, attributions, claims;
- end to end: raw text files -> read, clean, dedupe, process, store (SQLite);
- end to end with --workers N processes (their start-up, each loading the model, is counted).
Throughput ratio = baseline seconds / stage seconds (1.0 = as fast as raw spaCy).
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()

    from bench.corpus import texts, write_text_corpus
    from eval._shared import shared_path
    from eventwire.clean import clean_item
    from eventwire.config import Settings
    from eventwire.model import RawItem
    from eventwire.nlp.annotate import annotate
    from eventwire.pipeline import Pipeline, run_ingest
    from eventwire.resources import Resources
    from eventwire.store import Store

    # the fallback layers (CAMEO verbs, Phoenix actors and agents) loaded where ../shared has them,
    # as a user who installed them has them: they are part of what is measured
    dicts = shared_path("dictionaries")
    settings = Settings(dictionaries=str(dicts) if dicts is not None else "none")
    print(f"fallback dictionaries: {dicts or 'none'}")
    res = Resources(settings)
    import eventwire.dedupe  # noqa: F401  (datasketch imports scipy: start-up, not throughput)

    nlp, gaz, _ = res.nlp, res.gazetteer, res.lexicon  # load everything before timing
    gaz.cities  # noqa: B018  (the city table is built lazily, once per process)
    raw = texts(a.docs, seed=11)
    docs = [clean_item(RawItem(origin=f"b{i}", content=t), settings) for i, t in enumerate(raw)]
    clean_texts = [d.text for d in docs]
    n_chars = sum(map(len, clean_texts))

    def timed(fn: object) -> float:
        gc.collect()
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        return time.perf_counter() - t0

    list(nlp.pipe(clean_texts[:20]))  # warm up
    pipe = Pipeline(settings, res)
    # the in-process stages run interleaved, several rounds, best of each: noise on a shared
    # machine only ever adds time
    rounds: dict[str, list[float]] = {"base": [], "ann": [], "proc": []}
    stages = {
        "base": lambda: list(nlp.pipe(clean_texts, batch_size=settings.batch_size)),
        "ann": lambda: list(annotate(docs, res)),
        "proc": lambda: list(pipe.process(docs)),
    }
    order = list(stages)
    for r in range(a.rounds):
        for name in order[r % 3:] + order[:r % 3]:  # rotate, so no stage always runs first
            rounds[name].append(timed(stages[name]))
    base, ann, proc = (min(rounds[k]) for k in ("base", "ann", "proc"))

    def e2e(workers: int) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            write_text_corpus(Path(tmp) / "c", a.docs, seed=11)
            s = settings.with_(db=str(Path(tmp) / "e.db"), workers=workers)
            with Store(s.db) as store:
                t0 = time.perf_counter()
                # one worker reuses the loaded pipeline; worker processes load their own (counted)
                run_ingest([str(Path(tmp) / "c")], store, s, pipeline=pipe if workers == 1 else None)
                return time.perf_counter() - t0

    end1 = e2e(1)
    endn = e2e(a.workers)
    print(f"{a.docs} documents, {n_chars / a.docs:.0f} characters each on average, model {settings.spacy_model}")
    print(f"{'stage':<28}{'seconds':>9}{'docs/s':>9}{'ratio to nlp.pipe':>19}")
    for name, t in (("raw nlp.pipe", base), ("annotate", ann), ("process (annotate+code+claims)", proc),
                    ("end to end, 1 worker", end1), (f"end to end, {a.workers} workers", endn)):
        print(f"{name:<28}{t:>9.2f}{a.docs / t:>9.1f}{base / t:>19.2f}")
    print(f"annotation overhead over nlp.pipe: {ann / base - 1:+.0%}")
    spread = {k: f"{min(v):.1f}-{max(v):.1f}" for k, v in rounds.items()}
    print(f"seconds per round, best-worst (machine noise): {spread}")
    print(f"worker scaling ({a.workers} vs 1): {end1 / endn:.2f}x")


if __name__ == "__main__":
    main()
