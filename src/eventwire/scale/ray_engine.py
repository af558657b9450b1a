"""The Ray engine: input files in, Results out, read and cleaned by Ray Data tasks and coded by an
actor pool on a Ray cluster.

The driver (the ``eventwire`` process) lists the inputs, deduplicates and writes, exactly as the
local engine does, so ids, stories and store writes are the same; reading, cleaning and coding
run on Ray::

    driver: plan (files in sorted walk order) ─► ray.data.from_items(paths)
    Ray:        map_batches(_read_files, tasks)     read_file ─► fill_item ─► clean_item, per file
    driver: iter_batches (in order) ─► dedup (StoryIndex, store) ─► window ─► ray.data.from_items
    Ray:        map_batches(_Coder, actor pool of ``workers``)   each loads spaCy, gazetteer, lexicon once
    driver: iter_batches ─► Results in input order ─► store.save / Parquet, as the local engine

Reading (``read_on_ray``): each file is read by eventwire's own readers on a worker, its items
cleaned there, and the clean Documents (or the Failures of what could not be read or cleaned)
come back pickled with the file's sequence number. Ray Data keeps its output in order
(``preserve_order``), so the driver sees documents in the local engine's order, which the dedup
index needs (the first of two copies is the one stored). stdin (``-``) and ``http(s)://`` URLs
are read on the driver, in their place in the order. The read tasks ask Ray for no CPU (the
actors hold one each; reading must never wait behind them) and at most ``workers`` run at a
time; a file's items stream out READ_ROWS at a time.

Coding: documents travel as pickles in a binary column with their sequence number; the driver
puts Results back in input order, so output does not depend on which actor finished first. An
actor that dies (a killed process, a lost node) is restarted and its batch retried by Ray
(``max_restarts`` and ``max_task_retries`` unbounded): the batch's Results reach the driver
once, because a retried batch replaces the lost one and the driver takes each sequence number
once. A document that raises while being coded becomes a ``Failure`` (its batch is recoded one
document at a time, so the others go on).

The dedup index stays on the driver: one index keeps near-duplicate stories exactly as one
machine would group them, and it needs the store (what earlier or concurrent runs stored).

What a local Ray opens: see README "Running on a cluster". Token authentication stays at Ray's
default (on since Ray 2.5x), the dashboard is off, and the node advertises 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import pickle
import secrets
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError, EventwireError
from ..model import Document, Failure, Result

#: documents handed to Ray at a time, at least: one Ray dataset (and one actor pool start) per
#: window, so the driver never holds more than a window of documents in flight, however long the
#: input. Ray Data has no source that streams from an iterator on the driver (see README), so a
#: pool cannot outlive its window; WINDOW_PER_WORKER keeps a pool's start-up (3-4 s) a small share
#: of its window's time (about 1,024 documents an actor, 70 s at 15 documents a second)
WINDOW = 4096
WINDOW_PER_WORKER = 1024
#: documents per map_batches call (one nlp.pipe batch on an actor)
BATCH = 16
#: input files per Ray Data block (one read task) at most; fewer where that leaves under four
#: blocks a worker. A task costs about 25 ms of Ray's own time, a small file about 1 ms to read
FILES_PER_BLOCK = 64
#: rows (items) per table a read task emits
READ_ROWS = 64


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
    else ``settings.ray_address`` is joined, or a new local Ray with ``workers`` CPUs is started
    on 127.0.0.1 with no dashboard, and shut down at the end. A local Ray gets a reaper
    (``_REAPER``), which ends what is left of it when this process ends, killed or not."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    common: dict[str, Any] = {"log_to_driver": False, "configure_logging": False, "namespace": "eventwire"}
    reaper: subprocess.Popen[bytes] | None = None
    try:
        if settings.ray_address:
            ray.init(address=settings.ray_address, **common)
        else:
            reaper = _start_reaper()
            # address="local": always a new Ray of this run's own (never a Ray that RAY_ADDRESS or an
            # earlier, killed run left behind); the reaper ends what is left of it with this process
            ray.init(address="local", num_cpus=max(1, settings.workers), include_dashboard=False,
                     _node_ip_address="127.0.0.1", **common)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        _stop_reaper(reaper)
        where = settings.ray_address or "a local Ray"
        raise ConfigError(f"cannot start or join Ray at {where}", str(exc).splitlines()[0] if str(exc) else
                          type(exc).__name__, "check --ray-address (is `ray start --head` running there?), "
                          "or leave it out to start a local Ray") from exc
    finally:
        os.environ.pop(RUN_MARK, None)
    try:
        yield ray
    finally:
        ray.shutdown()
        _stop_reaper(reaper)


#: set in the environment of every process of a local Ray that eventwire starts: the reaper ends
#: the processes that carry its run's value
RUN_MARK = "EVENTWIRE_RAY_RUN"

#: the reaper, a small process of its own: while the driver runs, it notes once a second the Ray
#: processes below the driver (by /proc, with their start times: those named ``ray::...``, and
#: programs of the ray package); when the driver ends (its stdin closes: the driver exited, or was
#: killed), it SIGKILLs those still alive and every process whose environment holds this run's
#: mark. After a clean ray.shutdown() none is left; after a SIGKILL of the driver, the raylet and
#: GCS die with it (Ray ties them to it) but Ray's agents (DashboardAgent, RuntimeEnvAgent) and
#: idle workers would outlive it.
_REAPER = r"""
import os, select, signal, sys, time
driver, mark = int(sys.argv[1]), (sys.argv[2] + "=" + sys.argv[3]).encode()
def stat(pid):
    with open("/proc/%d/stat" % pid, "rb") as f:
        fields = f.read().rsplit(b")", 1)[1].split()
    return int(fields[1]), fields[19]
def procs():
    out = {}
    for e in os.listdir("/proc"):
        if e.isdigit() and int(e) != os.getpid():
            try:
                out[int(e)] = stat(int(e))
            except (OSError, IndexError, ValueError):
                pass
    return out
seen = {}
def note():
    table = procs()
    below, grew = {driver}, True
    while grew:
        grew = False
        for pid, (ppid, _) in table.items():
            if ppid in below and pid not in below:
                below.add(pid)
                grew = True
    for pid in below - {driver}:
        try:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                cmd = f.read()
            if cmd.startswith(b"ray::") or b"/ray/" in cmd:
                seen[pid] = table[pid][1]
        except OSError:
            pass
while True:
    note()
    if select.select([sys.stdin], [], [], 1.0)[0] and not os.read(sys.stdin.fileno(), 1024):
        break
for attempt in range(20):
    found = 0
    for pid, (ppid, start) in procs().items():
        marked = False
        try:
            with open("/proc/%d/environ" % pid, "rb") as f:
                marked = mark in f.read().split(b"\0")
        except OSError:
            pass
        if marked or seen.get(pid) == start:
            found += 1
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    if not found:
        break
    time.sleep(0.25)
"""


def _start_reaper() -> subprocess.Popen[bytes] | None:
    """The reaper of the local Ray about to start (Linux: it reads /proc), and the mark in this
    process's environment, for Ray's processes to inherit (``ray_session`` takes it out again)."""
    if not os.path.isdir("/proc/self"):
        return None
    token = f"{os.getpid()}-{secrets.token_hex(8)}"
    proc = subprocess.Popen([sys.executable, "-c", _REAPER, str(os.getpid()), RUN_MARK, token], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True,
                            start_new_session=True)
    os.environ[RUN_MARK] = token
    return proc


def _stop_reaper(reaper: subprocess.Popen[bytes] | None) -> None:
    if reaper is None:
        return
    with contextlib.suppress(OSError):
        assert reaper.stdin is not None
        reaper.stdin.close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        reaper.wait(10)


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


def _configure(ray: Any) -> None:
    """Ray Data as the engine needs it: outputs in input order, and quiet."""
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False


def _read_files(batch: Any, settings: Settings, source: str | None, published: str | None, url: str | None,
                prepare: Callable[[Any], None] | None) -> Iterator[Any]:
    """A Ray Data task: each file of ``batch`` read by eventwire's readers and cleaned, as the local
    engine does (``read_file``, then ``fill_item`` and ``clean_items``): one row per item, its
    clean Document or its Failure pickled, with the file's sequence number; READ_ROWS rows a
    table, so a large JSONL or WARC file streams out in pieces."""
    import os
    from pathlib import Path

    import pyarrow as pa

    from ..ingest._dispatch import fill_item, read_file
    from ..pipeline import clean_items

    seqs: list[int] = []
    objs: list[bytes] = []

    def table() -> Any:
        return pa.table({"seq": pa.array(seqs, pa.int64()), "obj": pa.array(objs, pa.binary())})

    for seq, path, listed in zip(batch.column("seq").to_pylist(), batch.column("path").to_pylist(),
                                 batch.column("listed").to_pylist(), strict=True):
        name = Path(os.fsdecode(path))
        if listed and not os.path.lexists(name):  # the driver saw it; this node does not
            items: Iterator[Any] = iter([_not_on_node(name)])
        else:
            items = (fill_item(item, source, published, url) for item in read_file(name, settings))
        for _, obj in clean_items(items, settings, prepare):
            seqs.append(seq)
            objs.append(pickle.dumps(obj))
            if len(seqs) >= READ_ROWS:
                yield table()
                seqs, objs = [], []
    if seqs:
        yield table()


def _not_on_node(path: Path) -> Failure:
    import socket

    from ..ingest._dispatch import shown

    return Failure(shown(path), "cannot read file", f"the driver lists it, but Ray node {socket.gethostname()} "
                   "has no file at that path", "put the inputs on a file system that every Ray node mounts at the "
                   "same path, or run with --engine local", kind="InputError")


def read_on_ray(inputs: list[str], settings: Settings, *, source: str | None = None, published: str | None = None,
                url: str | None = None, prepare: Callable[[Any], None] | None = None
                ) -> Iterator[tuple[str, Document | Failure]]:
    """``pipeline.read_documents`` with the input files read and cleaned by Ray Data tasks on the
    cluster: (origin, clean Document or Failure), in the local engine's order (the files in
    ``plan`` order, each file's items in order). The driver lists the inputs (``plan``: a
    folder's sorted walk) and reads stdin and URLs itself; every file it names must be readable
    at the same path on every node (a shared file system)."""
    from ..ingest._dispatch import fill_item, plan, read_unit
    from ..pipeline import clean_items

    units = list(plan(inputs, settings))
    files = [{"seq": i, "path": os.fsencode(u), "listed": os.path.lexists(u)} for i, u in enumerate(units)
             if isinstance(u, Path)]
    rows: Iterator[tuple[int, Document | Failure]] = iter(())
    with contextlib.ExitStack() as stack:
        if files:
            ray = stack.enter_context(ray_session(settings))
            _configure(ray)
            per_block = max(1, min(FILES_PER_BLOCK, -(-len(files) // (4 * max(1, settings.workers)))))
            ds = ray.data.from_items(files, override_num_blocks=-(-len(files) // per_block))
            # one file a call; no CPU asked of Ray, so reading never waits behind the coding actors
            # (which hold one each), and at most ``workers`` read tasks run at a time
            ds = ds.map_batches(_read_files, batch_size=1, batch_format="pyarrow", num_cpus=0,
                                compute=ray.data.TaskPoolStrategy(size=max(1, settings.workers)),
                                fn_kwargs={"settings": settings, "source": source, "published": published,
                                           "url": url, "prepare": prepare})
            rows = ((s, pickle.loads(o)) for b in ds.iter_batches(batch_size=None, batch_format="pyarrow")
                    for s, o in zip(b.column("seq").to_pylist(), b.column("obj").to_pylist(), strict=True))
        nxt = next(rows, None)
        for i, unit in enumerate(units):
            if isinstance(unit, Path):  # its items come from Ray, in order
                while nxt is not None and nxt[0] == i:
                    yield nxt[1].origin or str(unit), nxt[1]
                    nxt = next(rows, None)
            else:  # a Failure of the listing, stdin or a URL: on the driver
                items = (fill_item(item, source, published, url) for item in read_unit(unit, settings))
                yield from clean_items(items, settings, prepare)
        assert nxt is None, f"Ray Data returned the files out of order (at file {nxt[0]})"


def process_on_ray(docs: Iterable[Document], settings: Settings,
                   on_failure: Callable[[Failure], None] | None = None) -> Iterator[Result]:
    """Results in input order, coded on Ray. A document that fails is passed to ``on_failure``
    (and left out of the Results); without ``on_failure`` it raises CodingFailed."""
    with ray_session(settings) as ray:
        _configure(ray)
        it = iter(docs)
        seq = itertools.count()
        size = max(WINDOW, WINDOW_PER_WORKER * max(1, settings.workers))
        while window := list(itertools.islice(it, size)):
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
