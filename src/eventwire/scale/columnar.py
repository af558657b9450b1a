"""Columnar output: a Parquet dataset of what ``ingest`` would store, for corpora beyond one store.

Layout (Hive partitions, which DuckDB, pandas/pyarrow, Spark and BigQuery read as a column)::

    DIR/_manifest.json                                  parts written so far, their documents, failures
    DIR/documents/published_date=2025-03-01/part-000000.parquet
    DIR/events/published_date=.../part-000000.parquet   also claims/, entities/, quantities/, attributions/

``published_date`` is the document's publication date (``unknown`` when it has none); event,
claim and entity rows are partitioned by their document's date. Every table has ``doc_id`` (the
stored id, a content hash) and a ``record`` column with the INTERFACE.md JSON record, beside
flat columns to filter on. A part is written whole, then named in the manifest (replaced
atomically): a driver killed mid-part leaves files the manifest does not name, which a rerun
deletes before it goes on, skipping the documents the manifest lists. ``load_dataset`` puts the
records back into a store, one transaction per document, exactly as ``ingest`` stores them;
loading twice stores nothing new.

    duckdb -c "SELECT event, count(*) FROM read_parquet('DIR/events/*/*.parquet', hive_partitioning=1) GROUP BY 1"
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..config import PIPELINE_VERSION, Settings
from ..errors import InputError
from ..model import (
    Attribution,
    Claim,
    Document,
    Entity,
    Event,
    Failure,
    Quantity,
    Repair,
    Result,
    Sentence,
    Span,
)

FORMAT = "eventwire-dataset/1"
MANIFEST = "_manifest.json"
PARTITION = "published_date"

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("id", _S), ("item_id", _S), ("origin", _S), ("source", _S), ("url", _S),
                            ("title", _S), ("dateline", _S), ("byline", _S), ("published", _S),
                            ("published_how", _S), ("language", _S), ("story_id", _S), ("n_chars", _I),
                            ("annotated_with", _S), ("text", _S), ("raw_text", _S), ("repairs", _S),
                            ("sentences", _S)]),
    "events": pa.schema([("id", _S), ("doc_id", _S), ("date", _S), ("event", _S), ("mode", _S),
                         ("modality", _S), ("confidence", _F), ("cameo", _S), ("actor_code", _S),
                         ("recipient_code", _S), ("event_text", _S), ("record", _S)]),
    "claims": pa.schema([("doc_id", _S), ("subject", _S), ("subject_code", _S), ("text", _S), ("value", _F),
                         ("low", _F), ("high", _F), ("qualifier", _S), ("unit", _S), ("source_code", _S),
                         ("record", _S)]),
    "entities": pa.schema([("doc_id", _S), ("start", _I), ("end", _I), ("text", _S), ("label", _S),
                           ("kind", _S), ("code", _S), ("sector", _S), ("name", _S), ("identifier", _S),
                           ("record", _S)]),
    "quantities": pa.schema([("doc_id", _S), ("start", _I), ("end", _I), ("text", _S), ("value", _F),
                             ("low", _F), ("high", _F), ("qualifier", _S), ("unit", _S), ("record", _S)]),
    "attributions": pa.schema([("doc_id", _S), ("source_text", _S), ("source_code", _S), ("cue", _S),
                               ("record", _S)]),
}
TABLES = tuple(SCHEMAS)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def published_date(doc: Document) -> str:
    """The partition of a document: its publication date (YYYY-MM-DD), else ``unknown``."""
    m = _DATE.match(doc.published or "")
    return m.group() if m else "unknown"


def rows_of(r: Result) -> dict[str, list[dict[str, Any]]]:
    """One document's rows, table by table (records as the store writes them)."""
    d, doc_id = r.document, r.document.id

    def first(parties: list[dict[str, Any]]) -> str | None:
        return parties[0].get("code") if parties else None

    return {
        "documents": [{
            "id": d.id, "item_id": d.item_id, "origin": d.origin, "source": d.source, "url": d.url,
            "title": d.title, "dateline": d.dateline, "byline": d.byline, "published": d.published,
            "published_how": d.published_how, "language": d.language, "story_id": d.story_id,
            "n_chars": len(d.text), "annotated_with": r.resource_version, "text": d.text, "raw_text": d.raw_text,
            "repairs": _dumps([x.to_json() for x in d.repairs]),
            "sentences": _dumps([[s.index, s.start, s.end] for s in r.sentences]),
        }],
        "events": [{"id": e.id, "doc_id": doc_id, "date": e.date, "event": e.event, "mode": e.mode,
                    "modality": e.modality, "confidence": e.confidence, "cameo": e.cameo,
                    "actor_code": first(e.actor), "recipient_code": first(e.recipient), "event_text": e.event_text,
                    "record": _dumps(e.to_json())} for e in r.events],
        "claims": [{"doc_id": doc_id, "subject": c.subject, "subject_code": c.subject_code, "text": c.quantity.text,
                    "value": c.quantity.value, "low": c.quantity.low, "high": c.quantity.high,
                    "qualifier": c.quantity.qualifier, "unit": c.quantity.unit,
                    "source_code": (c.source or {}).get("code"), "record": _dumps(c.to_json())} for c in r.claims],
        "entities": [{"doc_id": doc_id, "start": e.start, "end": e.end, "text": e.text, "label": e.label,
                      "kind": e.kind, "code": e.code, "sector": e.sector, "name": e.name, "identifier": e.identifier,
                      "record": _dumps(e.to_json())} for e in r.entities],
        "quantities": [{"doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text, "value": q.value,
                        "low": q.low, "high": q.high, "qualifier": q.qualifier, "unit": q.unit,
                        "record": _dumps(q.to_json())} for q in r.quantities],
        "attributions": [{"doc_id": doc_id, "source_text": a.source.text if a.source else None,
                          "source_code": a.source_code, "cue": a.cue.text, "record": _dumps(a.to_json())}
                         for a in r.attributions],
    }


# ---- records back into objects (what Store.save writes from them is what it wrote first) --------

_ENTITY_FIELDS = [f.name for f in fields(Entity) if f.name != "extra"]
_QUANTITY_FIELDS = [f.name for f in fields(Quantity)]


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["text"], d["start"], d["end"]) if d else None


def _entity(rec: dict[str, Any]) -> Entity:
    return Entity(**{k: rec[k] for k in _ENTITY_FIELDS},
                  extra={k: v for k, v in rec.items() if k not in _ENTITY_FIELDS})


def _claim(rec: dict[str, Any]) -> Claim:
    return Claim(Quantity(**{k: rec[k] for k in _QUANTITY_FIELDS}), rec["subject"], rec["subject_code"],
                 rec["location"], rec["date"], rec["source"], rec["cue"], rec["hedges"], rec["sentence"],
                 _span(rec["evidence"]), rec["kind"])


def _attribution(rec: dict[str, Any]) -> Attribution:
    src = rec["source"] or {}
    cue = _span(rec["cue"])
    assert cue is not None
    return Attribution(rec["doc_id"], _span(rec["source"]), cue, _span(rec["content"]), src.get("code"),
                       src.get("sector"), src.get("name"), rec["hedges"], None, rec["kind"])


def result_from_rows(doc: dict[str, Any], derived: dict[str, list[dict[str, Any]]]) -> Result:
    """The Result that ``rows_of`` made these rows from (as far as the store keeps it)."""
    d = Document(id=doc["id"], text=doc["text"], raw_text=doc["raw_text"], title=doc["title"],
                 dateline=doc["dateline"], byline=doc["byline"], source=doc["source"], url=doc["url"],
                 published=doc["published"], published_how=doc["published_how"], language=doc["language"],
                 repairs=[Repair(**x) for x in json.loads(doc["repairs"])], story_id=doc["story_id"],
                 origin=doc["origin"], item_id=doc["item_id"])
    recs = {t: [json.loads(row["record"]) for row in derived.get(t, [])] for t in TABLES if t != "documents"}
    return Result(d, [Sentence(i, s, e, d.text[s:e]) for i, s, e in json.loads(doc["sentences"])],
                  [_entity(x) for x in recs["entities"]], [Event(**x) for x in recs["events"]],
                  [Quantity(**x) for x in recs["quantities"]], [_attribution(x) for x in recs["attributions"]],
                  [_claim(x) for x in recs["claims"]], doc["annotated_with"])


# ---- writing ------------------------------------------------------------------------------------


class DatasetWriter:
    """Writes Results as parts of a dataset in ``folder``; on a folder that holds one already,
    resumes it (``done`` holds its documents, in order, with their text and story)."""

    def __init__(self, folder: str | Path, part_docs: int = 1000) -> None:
        self.folder = Path(folder)
        self.part_docs = max(1, part_docs)
        self.manifest: dict[str, Any] = {"format": FORMAT, "pipeline": PIPELINE_VERSION, "parts": [],
                                         "failures": []}
        self.done: dict[str, tuple[str, str]] = {}  # doc id -> (text, story id), in dataset order
        self._rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._dates: dict[str, str] = {}  # doc id -> partition, for the documents of the part being built
        self._ids: list[str] = []
        if (self.folder / MANIFEST).is_file():
            self._resume()
        elif self.folder.exists() and any(self.folder.iterdir()):
            raise InputError(f"cannot write a dataset to {self.folder}", "the folder holds other files and no "
                             f"{MANIFEST}", "pass a new or empty folder (or one that `code --out` wrote, to resume)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.manifest["failures"] = []

    def _resume(self) -> None:
        self.manifest = read_manifest(self.folder)
        named = {p["part"] for p in self.manifest["parts"]}
        for f in self.folder.glob("*/*/part-*.parquet"):  # written by a driver killed before the manifest
            if f.stem not in named:
                f.unlink()
        for part in self.manifest["parts"]:
            docs = {r["id"]: r for r in _read_part(self.folder, "documents", part["part"], ["id", "text", "story_id"])}
            for doc_id in part["documents"]:
                self.done[doc_id] = (docs[doc_id]["text"], docs[doc_id]["story_id"] or doc_id)

    def add(self, result: Result) -> None:
        doc_id = result.document.id
        self._dates[doc_id] = published_date(result.document)
        for table, rows in rows_of(result).items():
            self._rows[table] += rows
        self._ids.append(doc_id)
        self.done[doc_id] = (result.document.text, result.document.story_id or doc_id)
        if len(self._ids) >= self.part_docs:
            self.flush()

    def add_failure(self, f: Failure) -> None:
        self.manifest["failures"].append({"origin": f.origin, "what": f.what, "why": f.why, "todo": f.todo})

    def flush(self) -> None:
        """Write the part being built, then name it in the manifest."""
        part = f"part-{len(self.manifest['parts']):06d}"
        if self._ids:
            for table, rows in self._rows.items():
                key = "id" if table == "documents" else "doc_id"
                by_date: dict[str, list[dict[str, Any]]] = {}
                for row in rows:
                    by_date.setdefault(self._dates[row[key]], []).append(row)
                for date, group in sorted(by_date.items()):
                    path = self.folder / table / f"{PARTITION}={date}" / f"{part}.parquet"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    pq.write_table(pa.Table.from_pylist(group, schema=SCHEMAS[table]), path)
            self.manifest["parts"].append({"part": part, "documents": self._ids})
        self._write_manifest()
        self._rows = {t: [] for t in TABLES}
        self._dates, self._ids = {}, []

    def _write_manifest(self) -> None:
        tmp = self.folder / f"{MANIFEST}.tmp"
        tmp.write_text(json.dumps(self.manifest, indent=1), encoding="utf-8")
        os.replace(tmp, self.folder / MANIFEST)


def read_manifest(folder: str | Path) -> dict[str, Any]:
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"no eventwire dataset at {folder}", f"{MANIFEST} is missing",
                         "pass a folder that `eventwire code ... --out DIR` wrote") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path}", str(exc), "rerun `eventwire code ... --out` into a new folder") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"cannot read {path}", f"it is not an {FORMAT} manifest",
                         "pass a folder that `eventwire code ... --out DIR` wrote")
    return manifest


def _read_part(folder: Path, table: str, part: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in sorted((folder / table).glob(f"{PARTITION}=*/{part}.parquet")):
        rows += pq.ParquetFile(f).read(columns=columns).to_pylist()
    return rows


def iter_results(folder: str | Path) -> Iterator[Result]:
    """The dataset's Results, in the order they were written."""
    root = Path(folder)
    for part in read_manifest(root)["parts"]:
        docs = {r["id"]: r for r in _read_part(root, "documents", part["part"])}
        derived: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for table in TABLES[1:]:
            for row in _read_part(root, table, part["part"]):
                derived.setdefault(row["doc_id"], {}).setdefault(table, []).append(row)
        for doc_id in part["documents"]:
            yield result_from_rows(docs[doc_id], derived.get(doc_id, {}))


def load_dataset(folder: str | Path, store: Any, on_doc: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Store every document of the dataset with its records (each save groups its incidents);
    (stored, already there). The watches are evaluated once the dataset is in."""
    from .. import watches
    from ..pipeline import FLUSH_DOCS

    stored = already = 0
    store.group_pending()
    for result in iter_results(folder):
        if store.save(result, group_now=False):
            stored += 1
            if stored % FLUSH_DOCS == 0:
                store.group_pending()
        else:
            already += 1
        if on_doc is not None:
            on_doc(result.document.id)
    store.group_pending()
    if stored and watches.has_watches(store.db):
        watches.evaluate(store.db)
    return stored, already


def run_to_dataset(inputs: list[str], folder: str | Path, settings: Settings, *, source: str | None = None,
                   published: str | None = None, url: str | None = None, part_docs: int = 1000,
                   on_failure: Callable[[Failure], None] | None = None) -> Any:
    """``run_ingest`` with a Parquet dataset in place of the store: the same reading, cleaning,
    deduplication (the driver keeps the story index, seeded from the dataset on a rerun) and
    coding on the configured engine. Returns an IngestReport."""
    from ..dedupe import StoryIndex
    from ..pipeline import IngestReport, _by_stored_id, engine_session, process_many, read_documents

    writer = DatasetWriter(folder, part_docs)
    report = IngestReport()
    stories = StoryIndex(settings)
    for doc_id, (text, story) in writer.done.items():
        with contextlib.suppress(ValueError):
            stories.add_existing(doc_id, text, story)
    seen: set[str] = set()

    def fail(f: Failure) -> None:
        report.failed.append(f)
        writer.add_failure(f)
        if on_failure is not None:
            on_failure(f)

    def documents() -> Iterator[Document]:
        for _, doc in read_documents(inputs, settings, source=source, published=published, url=url):
            if isinstance(doc, Failure):
                fail(doc)
                continue
            if doc.id in seen:
                report.duplicates += 1
                continue
            if doc.id in writer.done:
                report.already_stored += 1
                continue
            seen.add(doc.id)
            doc.story_id = stories.assign(doc.id, doc.text)
            if doc.story_id != doc.id:
                report.near_duplicates += 1
            yield doc

    external: dict[str, str] = {}
    with engine_session(settings):
        results: Iterable[Result] = (process_many(_by_stored_id(documents(), external), settings, on_failure=fail)
                                     if settings.annotate else (Result(d) for d in documents()))
        for result in results:
            if result.document.id in external:
                result.document.item_id = external.pop(result.document.id)
            writer.add(result)
            report.ingested += 1
            report.events += len(result.events)
            report.claims += len(result.claims)
    writer.flush()
    return report
