"""``POST /api/ingest``: one document through ``run_ingest``, exactly as ``eventwire ingest`` stores it.

The body (or the page at a URL) is read by the ingest layer (decoding, format sniffing, the fetch
policy), the request's metadata is applied, and the item goes to ``run_ingest`` as one JSON line,
so deduplication, story grouping with concurrent ingests, failures and the one-transaction save
are the command line's own. A lock serialises API ingests; the pipeline (spaCy and the data
files) is loaded on the first.
"""

from __future__ import annotations

import io
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..model import Failure, RawItem
from ..pipeline import Pipeline
from .errors import ApiError

ORIGIN = "POST /api/ingest"


def _failed(f: Failure) -> ApiError:
    return ApiError(413 if f.kind == "TooLarge" else 422, f.what, f"{f.why}; {f.todo}")


class Ingester:
    def __init__(self, db_path: str, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.db_path = db_path
        self.settings = settings
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def ingest(self, *, data: bytes | None = None, url: str | None = None, source: str | None = None,
               published: str | None = None, title: str | None = None) -> dict[str, Any]:
        """Ingest ``data`` (text or HTML bytes) or the page at ``url``; returns the document's id,
        story, whether it was stored already, and its counts. Raises ApiError for a bad input."""
        from ..clean import clean_item
        from ..ingest import iter_items
        from ..pipeline import run_ingest
        from ..store import Store

        raw = self._read(data, url)
        line = {"html" if raw.content_type == "html" else "text": raw.content, "title": title or raw.title,
                "url": raw.url, "source": source or raw.source, "published": published or raw.published,
                "byline": raw.byline}
        with tempfile.TemporaryDirectory(prefix="eventwire-api-") as tmp:
            path = Path(tmp) / "request.jsonl"
            path.write_text(json.dumps({k: v for k, v in line.items() if v is not None}, ensure_ascii=False) + "\n",
                            encoding="utf-8")
            [item] = list(iter_items([str(path)], self.settings))
            if isinstance(item, Failure):
                self._record(item)
                raise _failed(item)
            try:
                doc_id = clean_item(item, self.settings).id
            except InputError as exc:
                f = Failure(ORIGIN, exc.what, exc.why, exc.todo, type(exc).__name__)
                self._record(f)
                raise _failed(f) from exc
            with self._lock, Store(self.db_path) as store:
                if self._pipeline is None:
                    self._pipeline = Pipeline(self.settings)
                report = run_ingest([str(path)], store, self.settings, pipeline=self._pipeline)
                if report.failed:
                    raise _failed(report.failed[0])
                return self._answer(store, doc_id, duplicate=report.ingested == 0)

    def _read(self, data: bytes | None, url: str | None) -> RawItem:
        from ..ingest import iter_items

        inputs, stdin = ([url], None) if url is not None else (["-"], io.BytesIO(data or b""))
        items = list(iter_items(inputs, self.settings, stdin=stdin))
        for item in items:
            if isinstance(item, Failure):
                self._record(item)
                raise _failed(item)
        if len(items) != 1:
            raise ApiError(422, "not one document", f"the body holds {len(items)} documents; "
                                                     "send one article per request")
        assert isinstance(items[0], RawItem)
        return items[0]

    def _record(self, f: Failure) -> None:
        from ..store import Store

        with Store(self.db_path) as store:
            origin = f.origin if f.origin.startswith(("http://", "https://")) else ORIGIN
            store.record_failure(Failure(origin, f.what, f.why, f.todo, f.kind))

    @staticmethod
    def _answer(store: Any, doc_id: str, *, duplicate: bool) -> dict[str, Any]:
        row = store.db.execute("SELECT title, story_id FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ApiError(500, "not stored", f"document {doc_id} was not found after ingest; the server log "
                                              "may say why")
        counts = {t: store.db.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
                  for t in ("events", "claims", "entities", "quantities", "attributions")}
        return {"id": doc_id, "title": row[0], "story_id": row[1], "duplicate": duplicate, **counts}

