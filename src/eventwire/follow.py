"""``eventwire follow``: poll feeds, URLs and folders, ingest only what is new, evaluate watches.

Each round, for each source:

- a URL is fetched with the validators of the last answer (``If-None-Match`` with its ETag,
  ``If-Modified-Since`` with its Last-Modified); a 304 means nothing new, and nothing is read;
- a folder (or file) is walked as ``ingest`` walks it;
- every item is keyed (a feed entry by its GUID, else its link; anything else by its origin and a
  hash of its content, so an edited page or file counts as new) and items already seen are
  skipped; the rest go through ``run_ingest``, the same path as ``eventwire ingest``.

An item is marked seen, and a URL's new validators are kept, only once its documents are in the
store. A run killed at any point therefore loses nothing: the next round fetches again (no 304),
and what was stored already is found by its key or, failing that, by its content hash (the
store's own deduplication). Nothing is stored twice.

A source that fails (unreachable, HTTP error, malformed feed) is reported, waits
``every × 2^(failures-1)`` (at most an hour) before it is tried again, and the others go on.
SIGINT and SIGTERM stop reading new items; what was read is finished and stored, and the loop
ends cleanly after the round.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .config import Settings
from .errors import InputError
from .model import Failure, RawItem
from .pipeline import IngestReport, Pipeline, run_ingest

#: the longest a failing source waits before it is tried again
MAX_BACKOFF_S = 3600.0


def parse_duration(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h``, ``2d`` or a bare number of seconds."""
    t = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        value = float(t[:-1]) * units[t[-1]] if t and t[-1] in units else float(t)
    except ValueError:
        raise ValueError(f"{text!r} is not a duration: use e.g. 30s, 15m, 1h") from None
    if value <= 0:
        raise ValueError(f"{text!r}: a duration must be more than zero")
    return value


def _now() -> datetime:
    return datetime.now(UTC)


def item_key(item: RawItem) -> str:
    """What identifies an item across rounds: its GUID, else its link, else its origin and content."""
    guid = item.extra.get("guid")
    if guid:
        return f"guid:{guid}"
    if item.extra.get("feed_entry") is not None and item.url:
        return f"link:{item.url}"
    digest = hashlib.sha1(item.content.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"item:{item.origin}|{digest}"


@dataclass
class SourceReport:
    source: str
    status: str  # "new", "not modified", "nothing new", "failed", "waiting", "stopped"
    items: int = 0  # items read
    new: int = 0  # items not seen before
    error: str | None = None


@dataclass
class RoundReport:
    round: int
    sources: list[SourceReport] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for s in self.sources:
            counts[s.status] = counts.get(s.status, 0) + 1
        how = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        new = sum(s.new for s in self.sources)
        r = self.ingest
        return (f"round {self.round}: {len(self.sources)} sources ({how}); {new} new items; "
                f"ingested {r.ingested}, already stored {r.already_stored}, failed {len(r.failed)}; "
                f"events {r.events}, claims {r.claims}; {len(r.alerts)} alerts")


class Follower:
    """Rounds over a fixed list of sources, on one store."""

    def __init__(self, store: Any, sources: list[str], settings: Settings, every: float = 900.0,
                 on_item: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.sources = sources
        self.settings = settings
        self.every = every
        self.on_item = on_item
        self.stopping = threading.Event()
        self.rounds = 0
        self._pipeline: Pipeline | None = None

    # ---- state in the store --------------------------------------------------------------

    def _state(self, source: str) -> dict[str, Any]:
        r = self.store.db.execute("SELECT etag, last_modified, failures, next_try FROM feed_state WHERE source = ?",
                                  (source,)).fetchone()
        return dict(zip(("etag", "last_modified", "failures", "next_try"), r, strict=True)) if r else \
            {"etag": None, "last_modified": None, "failures": 0, "next_try": None}

    def _set_state(self, source: str, **values: Any) -> None:
        db = self.store.db
        with db:
            db.execute("INSERT OR IGNORE INTO feed_state (source) VALUES (?)", (source,))
            for k, v in values.items():
                db.execute(f"UPDATE feed_state SET {k} = ? WHERE source = ?", (v, source))

    def _seen(self, source: str, key: str) -> bool:
        return self.store.db.execute("SELECT 1 FROM seen_items WHERE source = ? AND key = ?",
                                     (source, key)).fetchone() is not None

    def _mark(self, source: str, key: str) -> None:
        with self.store.db:
            self.store.db.execute("INSERT OR IGNORE INTO seen_items VALUES (?,?,?)",
                                  (source, key, _now().isoformat(timespec="seconds")))

    def _failed(self, source: str, error: str) -> None:
        n = self._state(source)["failures"] + 1
        wait = min(MAX_BACKOFF_S, self.every * 2 ** (n - 1))
        self._set_state(source, failures=n, last_error=error, status="failed",
                        fetched_at=_now().isoformat(timespec="seconds"),
                        next_try=(_now() + timedelta(seconds=wait)).isoformat(timespec="seconds"))

    # ---- reading -------------------------------------------------------------------------

    def _read(self, source: str) -> tuple[list[RawItem | Failure], dict[str, Any], str]:
        """The items of ``source`` now, the state to keep once they are stored, and a status."""
        from .ingest import iter_items
        from .ingest._dispatch import read_blob
        from .ingest.web import fetch, is_url

        if is_url(source):
            state = self._state(source)
            headers = {}
            if state["etag"]:
                headers["If-None-Match"] = state["etag"]
            if state["last_modified"]:
                headers["If-Modified-Since"] = state["last_modified"]
            blob = fetch(source, self.settings, headers)
            keep = {"etag": blob.etag, "last_modified": blob.last_modified}
            if blob.status == 304:
                return [], keep, "not modified"
            return list(read_blob(blob, self.settings)), keep, "fetched"
        if not os.path.exists(source):
            raise InputError(f"cannot follow {source}", "no such file or folder",
                             "check the path; a URL must start with http:// or https://")
        return list(iter_items([source], self.settings)), {}, "read"

    def round(self) -> RoundReport:
        """One pass over every source; watches are evaluated as documents are stored."""
        self.rounds += 1
        rep = RoundReport(self.rounds)
        now = _now()
        todo: list[tuple[str, list[RawItem | Failure], dict[str, Any], dict[str, str]]] = []
        for source in self.sources:
            if self.stopping.is_set():
                rep.sources.append(SourceReport(source, "stopped"))
                continue
            state = self._state(source)
            if state.get("next_try") and state["next_try"] > now.isoformat(timespec="seconds"):
                rep.sources.append(SourceReport(source, "waiting", error=f"retry after {state['next_try']}"))
                continue
            try:
                items, keep, status = self._read(source)
            except InputError as exc:
                self._failed(source, str(exc))
                self.store.record_failure(Failure(source, exc.what, exc.why, exc.todo))
                rep.ingest.failed.append(Failure(source, exc.what, exc.why, exc.todo))
                rep.sources.append(SourceReport(source, "failed", error=str(exc)))
                continue
            broken = [i for i in items if isinstance(i, Failure)]
            if broken and len(broken) == len(items) and status == "fetched":  # a feed that is all failure
                f = broken[0]
                self._failed(source, f.line())
                self.store.record_failure(f)
                rep.ingest.failed.append(f)
                rep.sources.append(SourceReport(source, "failed", items=len(items), error=f.line()))
                continue
            keys: dict[str, str] = {}
            fresh: list[RawItem | Failure] = []
            for item in items:
                # a broken item is reported once, not every round (until the input changes)
                key = f"failure:{item.origin}|{item.what}" if isinstance(item, Failure) else item_key(item)
                if not self._seen(source, key):
                    keys[item.origin] = key
                    fresh.append(item)
            n_new = sum(1 for i in fresh if not isinstance(i, Failure))
            rep.sources.append(SourceReport(source, "new" if n_new else (
                "not modified" if status == "not modified" else "nothing new"), items=len(items), new=n_new))
            todo.append((source, fresh, keep, keys))
        for source, fresh, keep, keys in todo:
            if self.stopping.is_set():
                break
            done: set[str] = set()

            def mark(origin: str, source: str = source, keys: dict[str, str] = keys, done: set[str] = done) -> None:
                key = keys.get(origin)
                if key is not None:
                    self._mark(source, key)
                    done.add(origin)

            if fresh:
                r = self._ingest(fresh, mark)
                _merge(rep.ingest, r)
                for f in r.failed:  # an item that failed is seen too: it is in `failures`, not retried each round
                    if f.origin in keys and f.origin not in done:
                        self._mark(source, keys[f.origin])
                        done.add(f.origin)
            if not self.stopping.is_set() or len(done) == len(keys):
                self._set_state(source, failures=0, next_try=None, last_error=None, status="ok",
                                fetched_at=_now().isoformat(timespec="seconds"), **keep)
        if not rep.ingest.alerts:
            from . import watches

            if watches.has_watches(self.store.db):
                rep.ingest.alerts += watches.evaluate(self.store.db)
        from . import watches

        watches.deliver(self.store.db, timeout=self.settings.http_timeout, user_agent=self.settings.user_agent)
        return rep

    def _ingest(self, items: list[RawItem | Failure], mark: Callable[[str], None]) -> IngestReport:
        if self._pipeline is None and self.settings.annotate and self.settings.workers <= 1:
            self._pipeline = Pipeline(self.settings)
        return run_ingest([], self.store, self.settings, items=iter(items), stop=self.stopping.is_set,
                          on_done=mark, on_item=self.on_item, pipeline=self._pipeline)

    def run(self, rounds: int | None = None, on_round: Callable[[RoundReport], None] | None = None
            ) -> Iterator[RoundReport]:
        """Rounds every ``every`` seconds until ``rounds`` are done or ``stop()`` is called."""
        n = 0
        while not self.stopping.is_set():
            rep = self.round()
            n += 1
            yield rep
            if rounds is not None and n >= rounds:
                break
            self.stopping.wait(self.every)

    def stop(self) -> None:
        self.stopping.set()


def _merge(into: IngestReport, r: IngestReport) -> None:
    into.ingested += r.ingested
    into.already_stored += r.already_stored
    into.duplicates += r.duplicates
    into.near_duplicates += r.near_duplicates
    into.failed += r.failed
    into.events += r.events
    into.claims += r.claims
    into.alerts += r.alerts
    into.stored += r.stored
