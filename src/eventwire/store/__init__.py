"""The embedded SQLite store: schema by numbered migrations, one transaction per document."""

from .db import Store

__all__ = ["Store"]
