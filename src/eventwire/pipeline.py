"""The pipeline: Documents in, Results (entities, events, quantities, attributions, claims) out.

``Pipeline.process`` runs annotation, event coding and claims over batches with ``nlp.pipe``;
``run_ingest`` adds readers, cleaning, deduplication and the store around it. ``workers > 1``
spreads batches over processes, each of which loads its own Resources once.

A document longer than ``Pipeline.piece_chars`` is processed in pieces cut at paragraph, line,
sentence or word boundaries (``split_text``), and the pieces' records are put back together with
their offsets, sentence numbers and event ids made those of the whole document. spaCy refuses a
text over ``nlp.max_length``, and its memory (and some stages' time) grows faster than the text;
``batch_chars`` bounds the characters that one ``nlp.pipe`` call holds. So memory stays bounded
and time grows linearly, whatever the shape of the input.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .config import PIPELINE_VERSION, Settings
from .errors import ConfigError, InputError, StoreError
from .model import Document, Failure, RawItem, Result
from .resources import Resources


class Pipeline:
    """Loads its resources once; ``process`` is safe to call repeatedly."""

    #: a longer document is processed in pieces of at most this many characters
    piece_chars: int = 20_000
    #: characters that one ``nlp.pipe`` call gets at most (one piece may exceed it alone)
    batch_chars: int = 40_000

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
        limit = max(1000, min(self.piece_chars, self.resources.nlp.max_length - 1))
        pending: deque[tuple[Document, int, int, bool]] = deque()  # (document, piece, offset, last)

        def pieces() -> Iterator[Document]:
            for doc in docs:
                spans = split_text(doc.text, limit)
                if len(spans) == 1:
                    pending.append((doc, 0, 0, True))
                    yield doc
                    continue
                for k, (start, end) in enumerate(spans):
                    pending.append((doc, k, start, k == len(spans) - 1))
                    piece = doc.text[start:end]
                    yield dataclasses.replace(doc, text=piece, raw_text=piece, repairs=[])

        whole: Result | None = None
        for group in _groups(pieces(), self.settings.batch_size, self.batch_chars):
            for ann in annotate(group, self.resources):
                quantities = extract_quantities(ann)
                attributions = extract_attributions(ann, self.resources)
                claims = extract_claims(ann, quantities, attributions)
                events = code_events(ann, self.resources, attributions)
                doc, k, offset, last = pending.popleft()
                part = Result(doc, ann.sentences, ann.entities, events, quantities, attributions, claims, version)
                if k == 0:
                    whole = part
                else:
                    assert whole is not None and whole.document is doc
                    _append(whole, part, k, offset)
                if last:
                    assert whole is not None
                    yield whole
                    whole = None


#: the boundaries a long text is cut at, strongest first: paragraph, line, sentence, word
_BOUNDARIES = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"),
               re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces that cover ``text``, none longer than ``limit``
    characters, each cut after the strongest boundary in the second half of its window (a text
    with no boundary there is cut at ``limit``)."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = hi
        for pattern in _BOUNDARIES:
            ends = [m.end() for m in pattern.finditer(text, lo, hi)]
            if ends:
                cut = ends[-1]
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _groups(docs: Iterable[Document], size: int, chars: int) -> Iterator[list[Document]]:
    """Lists of at most ``size`` documents and (unless one alone is longer) ``chars`` characters."""
    group: list[Document] = []
    total = 0
    for doc in docs:
        if group and (len(group) >= size or total + len(doc.text) > chars):
            yield group
            group, total = [], 0
        group.append(doc)
        total += len(doc.text)
    if group:
        yield group


_SENTENCE_KEYS = frozenset({"sentence", "index"})


def _is_offset(key: Any) -> bool:
    return key in ("start", "end") or (isinstance(key, str) and key.endswith(("_start", "_end")))


def _shift(obj: Any, chars: int, sentences: int, seen: set[int]) -> None:
    """Add ``chars`` to every character offset (``start``, ``end``, ``*_start``, ``*_end``) and ``sentences`` to every
    sentence number (``sentence``, ``index``) in records, each object once (records share some)."""
    if id(obj) in seen or isinstance(obj, str | int | float | bool | type(None) | Document):
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        items: Iterable[tuple[Any, Any]] = list(obj.items())
    elif isinstance(obj, list | tuple):
        for v in obj:
            _shift(v, chars, sentences, seen)
        return
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        items = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]
    else:
        return
    for key, value in items:
        if isinstance(value, int) and not isinstance(value, bool) and (_is_offset(key) or key in _SENTENCE_KEYS):
            new = value + (chars if _is_offset(key) else sentences)
            if isinstance(obj, dict):
                obj[key] = new
            else:
                setattr(obj, key, new)
        else:
            _shift(value, chars, sentences, seen)


def _append(whole: Result, part: Result, k: int, offset: int) -> None:
    """Add piece ``k`` (starting at character ``offset`` of the document) to ``whole``."""
    seen: set[int] = set()
    for records in (part.sentences, part.entities, part.events, part.quantities, part.attributions, part.claims):
        _shift(records, offset, len(whole.sentences), seen)
    for ev in part.events:  # ids are made per piece: make them unique in the document
        ev.id = hashlib.sha1(f"{ev.id}|piece {k}".encode()).hexdigest()[:16]
    whole.sentences += part.sentences
    whole.entities += part.entities
    whole.events += part.events
    whole.quantities += part.quantities
    whole.attributions += part.attributions
    whole.claims += part.claims


# ---- process pool ---------------------------------------------------------------------------------
# Each worker process holds one Pipeline, built by the pool initializer; this is per-process state of
# the worker, never touched in the parent.
_WORKER: Pipeline | None = None


def _die_with(parent: int) -> None:
    """End this worker when ``parent`` dies, however it dies (SIGKILL included): workers hold the
    caller's stdout and stderr, so a survivor would hang every pipeline it is part of. Linux
    sends SIGKILL on the parent's death (``PR_SET_PDEATHSIG``); everywhere, a watchdog thread
    notices that the parent has changed."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:  # it died before the line above could take effect
        os._exit(1)
    threading.Thread(target=watch, name="eventwire-parent-watchdog", daemon=True).start()


def _init_worker(settings: Settings, parent: int) -> None:
    global _WORKER
    _die_with(parent)
    _WORKER = Pipeline(settings)


def _work(batch: list[Document]) -> list[Result]:
    assert _WORKER is not None, "worker not initialised"
    return list(_WORKER.process(batch))


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def process_many(docs: Iterable[Document], settings: Settings, pipeline: Pipeline | None = None,
                 on_failure: Callable[[Failure], None] | None = None) -> Iterator[Result]:
    """Results in input order; with ``settings.workers > 1`` batches run in worker processes, and
    with ``settings.engine == "ray"`` on a Ray actor pool (eventwire.scale.ray_engine; there a
    document that fails to code goes to ``on_failure`` and the rest goes on)."""
    if settings.engine == "ray":
        from .scale.ray_engine import process_on_ray

        yield from process_on_ray(docs, settings, on_failure)
        return
    if settings.engine != "local":
        raise ConfigError(f"unknown engine {settings.engine!r}", "the engines are local and ray",
                          "set engine (or --engine) to local or ray")
    if settings.workers <= 1:
        pipe = pipeline or Pipeline(settings)
        for batch in _batches(docs, settings.batch_size):
            yield from pipe.process(batch)
        return
    size = max(1, min(settings.batch_size, 16))
    with ProcessPoolExecutor(settings.workers, initializer=_init_worker, initargs=(settings, os.getpid())) as pool:
        pending = []
        for batch in _batches(docs, size):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= settings.workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


# ---- reading and cleaning ------------------------------------------------------------------------


def name_by_origin(item: RawItem) -> None:
    """Give an item without an id of its own the name of its input (``code``: records carry it)."""
    if not item.item_id:
        item.item_id = "stdin" if item.origin.startswith("stdin") else os.path.basename(item.origin)


def clean_items(items: Iterable[RawItem | Failure], settings: Settings,
                prepare: Callable[[RawItem], None] | None = None) -> Iterator[tuple[str, Document | Failure]]:
    """(origin, clean Document) for each item, or (origin, Failure) where reading or cleaning
    failed, in order; ``prepare`` may change an item before it is cleaned."""
    from .clean import clean_item

    for item in items:
        if isinstance(item, Failure):
            yield item.origin, item
            continue
        if prepare is not None:
            prepare(item)
        try:
            yield item.origin, clean_item(item, settings)
        except InputError as exc:
            yield item.origin, Failure(item.origin, exc.what, exc.why, exc.todo)


def read_documents(inputs: list[str], settings: Settings, *, source: str | None = None,
                   published: str | None = None, url: str | None = None,
                   prepare: Callable[[RawItem], None] | None = None) -> Iterator[tuple[str, Document | Failure]]:
    """``clean_items`` of everything in ``inputs``, in input order. With the Ray engine, Ray Data
    reads and cleans the files on the cluster (``scale.ray_engine.read_on_ray``); the order and
    the results are those of the local engine."""
    if settings.engine == "ray":
        from .scale.ray_engine import read_on_ray

        yield from read_on_ray(inputs, settings, source=source, published=published, url=url, prepare=prepare)
        return
    from .ingest import iter_items

    yield from clean_items(iter_items(inputs, settings, source=source, published=published, url=url), settings,
                           prepare)


def engine_session(settings: Settings) -> contextlib.AbstractContextManager[Any]:
    """What the engine needs for a whole run: with Ray, one session (started or joined) shared by
    reading and coding; with the local engine, nothing."""
    if settings.engine == "ray":
        from .scale.ray_engine import ray_session

        return ray_session(settings)
    return contextlib.nullcontext()


# ---- ingest -----------------------------------------------------------------------------------------


#: documents stored before their incidents are grouped together (and the watches evaluated), at most
FLUSH_DOCS = 200


@dataclass
class IngestReport:
    ingested: int = 0
    #: documents the store held already (an earlier run, or another run at the same time)
    already_stored: int = 0
    #: exact copies of a document read earlier in this run
    duplicates: int = 0
    near_duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    #: watch alerts raised by the documents stored (``eventwire.watches``)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    #: documents stored, in order (their content ids)
    stored: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"ingested {self.ingested}, already stored {self.already_stored}, "
                f"duplicates {self.duplicates} (exact), "
                f"{self.near_duplicates} joined an existing story, failed {len(self.failed)}; "
                f"events {self.events}, claims {self.claims}"
                + (f"; {len(self.alerts)} watch alerts" if self.alerts else ""))


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
    items: Iterable[RawItem | Failure] | None = None,
    stop: Callable[[], bool] | None = None,
    on_done: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, clean, deduplicate, process and store ``inputs``. Bad inputs become Failures in the
    report (and the store's failures table); the rest goes on. Each document is stored with all
    its records in one transaction, so an interrupted run can simply be rerun. ``pipeline`` reuses
    loaded resources (one process only).

    ``items`` replaces reading ``inputs`` (items fetched elsewhere: ``eventwire follow``); once
    ``stop()`` is true no further item is read, and what was read already is finished and stored;
    ``on_done(origin)`` is called for each item whose document is now in the store (stored by this
    run or found there)."""
    from .store import Store

    assert isinstance(store, Store)
    with engine_session(settings):
        return _run_ingest(inputs, store, settings, source, published, url, on_item, pipeline, items, stop, on_done)


def _run_ingest(inputs: list[str], store: Any, settings: Settings, source: str | None, published: str | None,
                url: str | None, on_item: Callable[[str], None] | None, pipeline: Pipeline | None,
                items: Iterable[RawItem | Failure] | None, stop: Callable[[], bool] | None,
                on_done: Callable[[str], None] | None) -> IngestReport:
    from . import watches
    from .dedupe import StoryIndex

    report = IngestReport()
    stories = StoryIndex(settings)
    marks = [0, 0]  # the last stored document and announced story this run has indexed
    store.forget_pending_stories((datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds"))
    seen: set[str] = set()

    def pull() -> None:
        """Index what other runs stored or announced since the last pull (and, the first time,
        everything stored): concurrent runs group near-duplicates as one run would."""
        rows, marks[0], marks[1] = store.story_members(marks[0], marks[1])
        for doc_id, text, story in rows:
            with contextlib.suppress(ValueError):  # indexed already, by this run
                stories.add_existing(doc_id, text, story)

    def assign(doc: Document) -> bool:
        """Give ``doc`` its story, in one store-wide transaction with every other run; False when
        the store holds it already."""
        with store.exclusive():
            pull()
            if store.has_document(doc.id):
                return False
            doc.story_id = stories.assign(doc.id, doc.text)
            store.add_pending_story(doc.id, doc.story_id, doc.text)
        return True

    with store.exclusive():
        pull()

    def fail(f: Failure) -> None:
        report.failed.append(f)
        store.record_failure(f)

    def documents() -> Iterator[Document]:
        cleaned = clean_items(items, settings) if items is not None else \
            read_documents(inputs, settings, source=source, published=published, url=url)
        for origin, doc in cleaned:
            if stop is not None and stop():
                break
            if on_item is not None:
                on_item(origin)
            if isinstance(doc, Failure):
                fail(doc)
                continue
            if doc.id in seen:
                report.duplicates += 1
                if on_done is not None and doc.origin:  # its copy, read earlier in this run, holds it
                    on_done(doc.origin)
                continue
            if not assign(doc):
                report.already_stored += 1
                store.clear_failures(doc.origin)
                if on_done is not None and doc.origin:
                    on_done(doc.origin)
                continue
            seen.add(doc.id)
            if doc.story_id != doc.id:
                report.near_duplicates += 1
            yield doc

    watching = watches.has_watches(store.db)
    external: dict[str, str] = {}
    if settings.annotate:
        if settings.workers <= 1 and pipeline is None and settings.engine == "local":
            pipeline = Pipeline(settings)
        results: Iterable[Result] = process_many(_by_stored_id(documents(), external), settings, pipeline,
                                                 on_failure=fail)
    else:
        results = (Result(d) for d in documents())
    # incidents are grouped a day of news at a time (``Store.group_pending``): when the next
    # document is of another publication day, after FLUSH_DOCS documents, and at the end; the
    # watches are evaluated after each grouping, so alerts follow the news day by day
    pending_day: list[str | None] = []

    def flush() -> None:
        if store.group_pending() and watching:
            report.alerts.extend(watches.evaluate(store.db))
        pending_day.clear()

    flush()  # documents a killed run stored but did not group
    for result in results:
        if result.document.id in external:
            result.document.item_id = external.pop(result.document.id)
        day = (result.document.published or "")[:10] or None
        if pending_day and (pending_day[0] != day or len(pending_day) >= FLUSH_DOCS):
            flush()
        try:
            saved = store.save(result, group_now=False)
        except UnicodeEncodeError as exc:  # a reader let through text that UTF-8 cannot hold
            d = result.document
            fail(Failure(d.origin or d.id, "cannot store document", f"{exc.reason} at character {exc.start}",
                         "please report this as a bug, with the input"))
            continue
        except StoreError as exc:
            d = result.document
            fail(Failure(d.origin or d.id, exc.what, exc.why, exc.todo))
            continue
        store.clear_failures(result.document.origin)
        if not saved:  # another run stored it after this one read it
            report.already_stored += 1
        else:
            report.ingested += 1
            report.events += len(result.events)
            report.claims += len(result.claims)
            report.stored.append(result.document.id)
        if saved:
            pending_day.append(day)
        if on_done is not None and result.document.origin:
            on_done(result.document.origin)
    flush()
    if watching:  # this run's alerts, and earlier ones whose retry is due
        watches.deliver(store.db, timeout=settings.http_timeout, user_agent=settings.user_agent)
    return report


def _by_stored_id(docs: Iterable[Document], external: dict[str, str]) -> Iterator[Document]:
    """Documents whose records will carry the stored id (the content hash), never the input's own
    id: two inputs may both call themselves "1", and event ids are made from the id records carry.
    The input's id is kept in ``external`` (stored id -> input id) for the store's ``item_id``."""
    for doc in docs:
        if doc.item_id is not None:
            external[doc.id] = doc.item_id
            doc = dataclasses.replace(doc, item_id=None)
        yield doc


def reannotate(store: object, settings: Settings, *, everything: bool = False,
               on_doc: Callable[[str], None] | None = None, pipeline: Pipeline | None = None) -> int:
    """Re-run annotation, coding and claims on stored documents whose records were made with other
    resources (a gazetteer or lexicon change), or on all with ``everything``. Returns the count.
    ``pipeline`` reuses loaded resources (one process only)."""
    from .store import Store

    assert isinstance(store, Store)
    pipeline = pipeline or Pipeline(settings)
    version = pipeline.version
    ids = [r[0] for r in store.db.execute("SELECT id FROM documents")] if everything else \
        store.stale_documents(version)
    docs = (d for i in ids if (d := store.get_document(i)) is not None)
    n = 0
    for result in process_many(_by_stored_id(docs, {}), settings, pipeline):
        store.replace_derived(result)
        n += 1
        if on_doc is not None:
            on_doc(result.document.id)
    if n:
        from . import watches

        watches.evaluate(store.db)
    return n
