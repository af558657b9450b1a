"""Writers for other tools: PLOVER JSONL, CSV and Parquet (pandas, R, GDELT-style workflows)."""

from .writers import FORMATS, flatten_event, write_records

__all__ = ["FORMATS", "flatten_event", "write_records"]
