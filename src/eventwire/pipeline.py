"""The pipeline: Documents in, Results (entities, events, quantities, attributions, claims) out.

``Pipeline.process`` runs annotation, event coding and claims over batches with ``nlp.pipe``;
``run_ingest`` adds readers, cleaning, deduplication and the store around it. ``workers > 1``
spreads batches over processes, each of which loads its own Resources once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .config import PIPELINE_VERSION, Settings
from .errors import InputError
from .model import Document, Failure, Result
from .resources import Resources


class Pipeline:
    """Loads its resources once; ``process`` is safe to call repeatedly."""

    def __init__(self, settings: Settings, resources: Resources | None = None) -> None:
        self.settings = settings
        self.resources = resources or Resources(settings)

    @property
    def version(self) -> str:
        """Identifies the code and data that produced a Result (pipeline, gazetteer, lexicon)."""
        gaz = getattr(self.resources.gazetteer, "version", "?")
        lex = getattr(self.resources.lexicon, "version", "?")
        return f"{PIPELINE_VERSION}/{gaz}/{lex}"

    def process(self, docs: Iterable[Document]) -> Iterator[Result]:
        from .claims import extract_attributions, extract_claims, extract_quantities
        from .coding import code_events
        from .nlp.annotate import annotate

        version = self.version
        for ann in annotate(docs, self.resources):
            quantities = extract_quantities(ann)
            attributions = extract_attributions(ann, self.resources)
            claims = extract_claims(ann, quantities, attributions)
            events = code_events(ann, self.resources, attributions)
            yield Result(ann.document, ann.sentences, ann.entities, events, quantities, attributions,
                         claims, version)


# ---- process pool ---------------------------------------------------------------------------------
# Each worker process holds one Pipeline, built by the pool initializer; this is per-process state of
# the worker, never touched in the parent.
_WORKER: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Pipeline(settings)


def _work(batch: list[Document]) -> list[Result]:
    assert _WORKER is not None, "worker not initialised"
    return list(_WORKER.process(batch))


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def process_many(docs: Iterable[Document], settings: Settings, pipeline: Pipeline | None = None) -> Iterator[Result]:
    """Results in input order; with ``settings.workers > 1`` batches run in worker processes."""
    if settings.workers <= 1:
        pipe = pipeline or Pipeline(settings)
        for batch in _batches(docs, settings.batch_size):
            yield from pipe.process(batch)
        return
    size = max(1, min(settings.batch_size, 16))
    with ProcessPoolExecutor(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        pending = []
        for batch in _batches(docs, size):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= settings.workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


# ---- ingest -----------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
    events: int = 0
    claims: int = 0

    def summary(self) -> str:
        return (f"ingested {self.ingested}, duplicates {self.duplicates} (exact), "
                f"{self.near_duplicates} joined an existing story, failed {len(self.failed)}; "
                f"events {self.events}, claims {self.claims}")


def run_ingest(
    inputs: list[str],
    store: object,
    settings: Settings,
    *,
    source: str | None = None,
    published: str | None = None,
    url: str | None = None,
    on_item: Callable[[str], None] | None = None,
    pipeline: Pipeline | None = None,
) -> IngestReport:
    """Read, clean, deduplicate, process and store ``inputs``. Bad inputs become Failures in the
    report (and the store's failures table); the rest goes on. Each document is stored with all
    its records in one transaction, so an interrupted run can simply be rerun. ``pipeline`` reuses
    loaded resources (one process only)."""
    from .clean import clean_item
    from .dedupe import StoryIndex
    from .ingest import iter_items
    from .store import Store

    assert isinstance(store, Store)
    report = IngestReport()
    stories = StoryIndex(settings)
    for doc_id, text, story in store.story_texts():
        stories.add_existing(doc_id, text, story)
    seen: set[str] = set()

    def fail(f: Failure) -> None:
        report.failed.append(f)
        store.record_failure(f)

    def documents() -> Iterator[Document]:
        for item in iter_items(inputs, settings, source=source, published=published, url=url):
            if on_item is not None:
                on_item(item.origin)
            if isinstance(item, Failure):
                fail(item)
                continue
            try:
                doc = clean_item(item, settings)
            except InputError as exc:
                fail(Failure(item.origin, exc.what, exc.why, exc.todo))
                continue
            if doc.id in seen or store.has_document(doc.id):
                report.duplicates += 1
                continue
            seen.add(doc.id)
            doc.story_id = stories.assign(doc.id, doc.text)
            if doc.story_id != doc.id:
                report.near_duplicates += 1
            yield doc

    if settings.annotate:
        if settings.workers <= 1 and pipeline is None:
            pipeline = Pipeline(settings)
        results: Iterable[Result] = process_many(documents(), settings, pipeline)
    else:
        results = (Result(d) for d in documents())
    for result in results:
        if store.save(result):
            report.ingested += 1
            report.events += len(result.events)
            report.claims += len(result.claims)
    return report


def reannotate(store: object, settings: Settings, *, everything: bool = False,
               on_doc: Callable[[str], None] | None = None) -> int:
    """Re-run annotation, coding and claims on stored documents whose records were made with other
    resources (a gazetteer or lexicon change), or on all with ``everything``. Returns the count."""
    from .store import Store

    assert isinstance(store, Store)
    pipeline = Pipeline(settings)
    version = pipeline.version
    ids = [r[0] for r in store.db.execute("SELECT id FROM documents")] if everything else \
        store.stale_documents(version)
    docs = (d for i in ids if (d := store.get_document(i)) is not None)
    n = 0
    for result in process_many(docs, settings, pipeline):
        store.replace_derived(result)
        n += 1
        if on_doc is not None:
            on_doc(result.document.id)
    return n
