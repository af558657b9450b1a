"""The Ray engine: Documents in, Results out, coded by an actor pool on a Ray cluster.

The driver (the ``eventwire`` process) keeps reading, cleaning and deduplication, exactly as the
local engine does, so ids, stories and store writes are the same; only the step that turns
Documents into Results moves to Ray::

    driver: read ─► clean ─► dedup (StoryIndex) ─► window of documents ─► ray.data.from_items
    Ray:        map_batches(_Coder, concurrency=workers)   each actor loads spaCy, gazetteer, lexicon once
    driver: iter_batches ─► Results in input order ─► store.save / Parquet, as the local engine

Documents travel as pickles in a binary column with their sequence number; the driver puts Results
back in input order, so output does not depend on which actor finished first. An actor that dies
(a killed process, a lost node) is restarted and its batch retried by Ray (``max_restarts`` and
``max_task_retries`` unbounded): the batch's Results reach the driver once, because a retried
batch replaces the lost one and the driver takes each sequence number once. A document that
raises while being coded becomes a ``Failure`` (its batch is recoded one document at a time, so
the others go on).

Reading, cleaning and the dedup index stay on the driver: reading and cleaning run at thousands
of documents a second (``bench.ingest``), far above one actor's coding rate, and one index keeps
near-duplicate stories exactly as one machine would group them. Ray Data carries the documents
(``from_items``) to the actors and the Results back (``iter_batches``).

What a local Ray opens: see README "Running on a cluster". Token authentication stays at Ray's
default (on since Ray 2.5x), the dashboard is off, and the node advertises 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import pickle
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..config import Settings
from ..errors import ConfigError, EventwireError
from ..model import Document, Failure, Result

#: documents handed to Ray at a time: one Ray dataset (and one actor pool start) per window, so
#: the driver never holds more than this many documents in flight, however long the input
WINDOW = 4096
#: documents per map_batches call (one nlp.pipe batch on an actor)
BATCH = 16


def import_ray() -> Any:
    """The ``ray`` module, or a ConfigError that says how to install it."""
    try:
        import ray
        import ray.data  # the engine needs Ray Data, not only Ray core
    except ImportError as exc:
        raise ConfigError("the ray engine needs Ray Data", f"it cannot be imported ({exc})",
                          "install it with pip install 'eventwire[ray]', or use --engine local") from exc
    return ray


@contextlib.contextmanager
def ray_session(settings: Settings) -> Iterator[Any]:
    """Ray, connected: an existing session of this process is used as it is (and left running);
    else ``settings.ray_address`` is joined, or a local Ray with ``workers`` CPUs is started on
    127.0.0.1 with no dashboard, and shut down at the end."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    common: dict[str, Any] = {"log_to_driver": False, "configure_logging": False, "namespace": "eventwire"}
    try:
        if settings.ray_address:
            ray.init(address=settings.ray_address, **common)
        else:
            ray.init(num_cpus=max(1, settings.workers), include_dashboard=False, _node_ip_address="127.0.0.1",
                     **common)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        where = settings.ray_address or "a local Ray"
        raise ConfigError(f"cannot start or join Ray at {where}", str(exc).splitlines()[0] if str(exc) else
                          type(exc).__name__, "check --ray-address (is `ray start --head` running there?), "
                          "or leave it out to start a local Ray") from exc
    try:
        yield ray
    finally:
        ray.shutdown()


class _Coder:
    """One Ray actor: a Pipeline (spaCy model, gazetteer, lexicon) loaded once, then batches.
    ``settings`` is bound on a subclass (``_coder_for``), which travels with the class itself: an
    actor restarted after its process died needs no constructor argument from the object store."""

    settings: Settings

    def __init__(self) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(self.settings)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        seqs = batch.column("seq").to_pylist()
        docs = [pickle.loads(b) for b in batch.column("doc").to_pylist()]
        coded = code_batch(self.pipeline, docs)
        return pa.table({
            "seq": pa.array(seqs, pa.int64()),
            "result": pa.array([pickle.dumps(r) if isinstance(r, Result) else None for r in coded], pa.binary()),
            "failure": pa.array([pickle.dumps(r) if isinstance(r, Failure) else None for r in coded], pa.binary()),
        })


def _coder_for(settings: Settings) -> type[_Coder]:
    # not importable by this name, so cloudpickle sends the class (and its settings) by value
    return type("EventwireCoder", (_Coder,), {"settings": settings, "__module__": __name__})


def code_batch(pipeline: Any, docs: list[Document]) -> list[Result | Failure]:
    """Results for ``docs`` in order; where the batch raises, each document alone, and the one
    that raises becomes a Failure (what failed, why, what to do)."""
    try:
        return list(pipeline.process(docs))
    except Exception:  # one bad document must not sink its batch: find it below
        if len(docs) == 1:
            return [_failure(docs[0])]
    out: list[Result | Failure] = []
    for doc in docs:
        try:
            out += list(pipeline.process([doc]))
        except Exception:  # this document: a Failure, and the batch goes on
            out.append(_failure(doc))
    return out


def _failure(doc: Document) -> Failure:
    last = traceback.format_exc().strip().splitlines()[-1]
    return Failure(doc.origin or doc.id, "cannot code document", f"{last} (document {doc.id})",
                   "please report this as a bug, with the input; the rest of the batch was coded", kind="CodingError")


def process_on_ray(docs: Iterable[Document], settings: Settings,
                   on_failure: Callable[[Failure], None] | None = None) -> Iterator[Result]:
    """Results in input order, coded on Ray. A document that fails is passed to ``on_failure``
    (and left out of the Results); without ``on_failure`` it raises CodingFailed."""
    with ray_session(settings) as ray:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        ctx.enable_auto_log_stats = False
        it = iter(docs)
        seq = itertools.count()
        while window := list(itertools.islice(it, WINDOW)):
            items = [{"seq": next(seq), "doc": pickle.dumps(d)} for d in window]
            yield from _run_window(ray, items, settings, on_failure)


def _run_window(ray: Any, items: list[dict[str, Any]], settings: Settings,
                on_failure: Callable[[Failure], None] | None) -> Iterator[Result]:
    workers = max(1, settings.workers)
    size = max(1, min(settings.batch_size, BATCH))
    blocks = max(1, min(len(items), -(-len(items) // size)))
    ds = ray.data.from_items(items, override_num_blocks=blocks)
    # Ray Data restarts a dead actor and retries its batch without limit (max_restarts and
    # max_task_retries default to -1 for actor pools); tests/test_scale_ray.py kills one to check
    ds = ds.map_batches(_coder_for(settings), batch_size=size, batch_format="pyarrow",
                        compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
    nxt = items[0]["seq"]
    ready: list[tuple[int, Result | Failure]] = []
    done: set[int] = set()
    for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
        for s, res, fail in zip(batch.column("seq").to_pylist(), batch.column("result").to_pylist(),
                                batch.column("failure").to_pylist(), strict=True):
            if s in done:  # a retried batch whose first attempt got through after all
                continue
            done.add(s)
            heapq.heappush(ready, (s, pickle.loads(res) if res is not None else pickle.loads(fail)))
        while ready and ready[0][0] == nxt:
            _, item = heapq.heappop(ready)
            nxt += 1
            if isinstance(item, Result):
                yield item
            elif on_failure is not None:
                on_failure(item)
            else:
                raise CodingFailed(item)
    missing = len(items) - len(done)
    if missing:
        raise CodingFailed(Failure("ray", "lost documents", f"{missing} of {len(items)} came back from no actor",
                                   "rerun: stored documents are skipped"))


class CodingFailed(EventwireError):
    """A document could not be coded and nobody asked for Failures (``on_failure``)."""

    def __init__(self, f: Failure) -> None:
        super().__init__(f"{f.origin}: {f.what}", f.why, f.todo)
