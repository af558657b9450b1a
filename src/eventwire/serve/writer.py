"""``POST /api/ingest``: one document through the whole pipeline into the store.

The same steps as ``eventwire ingest`` (read, clean, deduplicate, annotate, code, store in one
transaction), for one document at a time: a lock serialises ingests, the pipeline (spaCy and the
data files) is loaded on the first one, and the story index follows what other writers (an
``eventwire ingest`` beside the server) store meanwhile.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..model import Failure, RawItem
from ..pipeline import Pipeline
from .errors import ApiError

ORIGIN = "POST /api/ingest"


def _failed(f: Failure) -> ApiError:
    status = 413 if f.kind == "TooLarge" else 422
    return ApiError(status, f.what, f"{f.why}; {f.todo}")


class Ingester:
    def __init__(self, db_path: str, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.db_path = db_path
        self.settings = settings
        self._pipeline = pipeline
        self._lock = threading.Lock()
        self._stories: Any = None  # dedupe.StoryIndex, built on the first ingest
        self._synced_at = ""

    def ingest(self, *, data: bytes | None = None, url: str | None = None, source: str | None = None,
               published: str | None = None, title: str | None = None) -> dict[str, Any]:
        """Ingest ``data`` (text or HTML bytes) or the page at ``url``; returns the document's id,
        story, whether it was already stored, and its counts. Raises ApiError for a bad input."""
        from ..ingest import iter_items

        inputs, stdin = ([url], None) if url is not None else (["-"], io.BytesIO(data or b""))
        items = list(iter_items(inputs, self.settings, source=source, published=published, url=None, stdin=stdin))
        with self._lock:
            for item in items:
                if isinstance(item, Failure):
                    self._record(item)
                    raise _failed(item)
            if len(items) != 1:
                raise ApiError(422, "not one document", f"the body holds {len(items)} documents; "
                                                         "send one article per request")
            item = items[0]
            assert isinstance(item, RawItem)
            if title:
                item.title = title
            return self._one(item)

    def _record(self, f: Failure) -> None:
        from ..store import Store

        with Store(self.db_path) as store:
            store.record_failure(Failure(ORIGIN if f.origin == "stdin" else f.origin, f.what, f.why, f.todo, f.kind))

    def _one(self, item: RawItem) -> dict[str, Any]:
        from ..clean import clean_item
        from ..store import Store

        try:
            doc = clean_item(item, self.settings)
        except InputError as exc:
            f = Failure(ORIGIN, exc.what, exc.why, exc.todo, type(exc).__name__)
            self._record(f)
            raise _failed(f) from exc
        with Store(self.db_path) as store:
            if store.has_document(doc.id):
                return self._answer(store, doc.id, duplicate=True)
            doc.story_id = self._story_index(store).assign(doc.id, doc.text)
            if self._pipeline is None:
                self._pipeline = Pipeline(self.settings)
            [result] = list(self._pipeline.process([doc]))
            store.save(result)
            return self._answer(store, doc.id, duplicate=False)

    def _story_index(self, store: Any) -> Any:
        """The story index, brought up to date with documents stored since the last ingest."""
        from ..dedupe import StoryIndex

        if self._stories is None:
            self._stories = StoryIndex(self.settings)
        rows = store.db.execute("SELECT id, text, story_id, ingested_at FROM documents WHERE ingested_at >= ?"
                                " ORDER BY ingested_at, id", (self._synced_at,))
        for doc_id, text, story, at in rows:
            if doc_id not in self._stories:
                self._stories.add_existing(doc_id, text, story or doc_id)
            self._synced_at = max(self._synced_at, at)
        return self._stories

    @staticmethod
    def _answer(store: Any, doc_id: str, *, duplicate: bool) -> dict[str, Any]:
        row = store.db.execute("SELECT title, story_id FROM documents WHERE id = ?", (doc_id,)).fetchone()
        counts = {t: store.db.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
                  for t in ("events", "claims", "entities", "quantities", "attributions")}
        return {"id": doc_id, "title": row[0], "story_id": row[1], "duplicate": duplicate, **counts}
