"""Event and ledger writers. JSONL keeps the nested PLOVER record; CSV and Parquet get one flat row
per record with ``;``-joined lists, so spreadsheets and dataframes need no unnesting."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

FORMATS = ("plover-jsonl", "jsonl", "csv", "parquet")

EVENT_COLUMNS = [
    "id", "doc_id", "date", "event", "mode", "context", "cameo", "modality", "confidence",
    "actor_code", "actor_sector", "actor_name", "actor_text",
    "recipient_code", "recipient_sector", "recipient_name", "recipient_text",
    "attribution_code", "attribution_text", "attribution_cue",
    "event_text", "location", "location_code", "dead", "injured", "arrested",
    "sentence", "sentence_start", "sentence_end", "sentence_text", "rule", "version",
]


def _join(parties: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(p.get(key) or "") for p in parties)


def flatten_event(ev: dict[str, Any]) -> dict[str, Any]:
    actor, recip, attr = ev.get("actor") or [], ev.get("recipient") or [], ev.get("attribution") or []
    loc = ev.get("event_loc") or {}
    size = ev.get("size") or {}
    ti = ev.get("text_info") or {}
    coder = ev.get("coder") or {}
    return {
        "id": ev.get("id"), "doc_id": ev.get("doc_id"), "date": ev.get("date"), "event": ev.get("event"),
        "mode": ev.get("mode"), "context": ";".join(ev.get("context") or []), "cameo": ev.get("cameo"),
        "modality": ev.get("modality"), "confidence": ev.get("confidence"),
        "actor_code": _join(actor, "code"), "actor_sector": _join(actor, "sector"),
        "actor_name": _join(actor, "name"), "actor_text": _join(actor, "entity_text"),
        "recipient_code": _join(recip, "code"), "recipient_sector": _join(recip, "sector"),
        "recipient_name": _join(recip, "name"), "recipient_text": _join(recip, "entity_text"),
        "attribution_code": _join(attr, "code"), "attribution_text": _join(attr, "entity_text"),
        "attribution_cue": _join(attr, "cue"),
        "event_text": ev.get("event_text"), "location": loc.get("text"), "location_code": loc.get("code"),
        "dead": size.get("dead"), "injured": size.get("injured"), "arrested": size.get("arrested"),
        "sentence": ti.get("sentence"), "sentence_start": ti.get("start"), "sentence_end": ti.get("end"),
        "sentence_text": ti.get("text"), "rule": coder.get("rule"), "version": coder.get("version"),
    }


def _scalar(v: Any) -> Any:
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return v


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path,
                  flatten: bool = True) -> int:
    """Write ``records`` (event records are flattened for csv/parquet). Parquet needs a path."""
    rows = list(records)
    if fmt in ("plover-jsonl", "jsonl"):
        assert not isinstance(out, Path)
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return len(rows)
    flat = [flatten_event(r) for r in rows] if flatten else [{k: _scalar(v) for k, v in r.items()} for r in rows]
    columns = EVENT_COLUMNS if flatten else sorted({k for r in flat for k in r})
    if fmt == "csv":
        assert not isinstance(out, Path)
        w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(flat)
        return len(flat)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert isinstance(out, Path)
        table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in flat]) if flat else \
            pa.table({c: pa.array([], pa.string()) for c in columns})
        pq.write_table(table, out)
        return len(flat)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
