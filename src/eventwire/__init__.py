"""eventwire: news reporting to structured, source-attributed PLOVER events and claims.

    import eventwire
    [result] = eventwire.process(["Japan deployed 40 ships near the islands, officials said."],
                                 published="2025-03-03")
    for event in result.events:
        print(event.to_json())
"""

from __future__ import annotations

from collections.abc import Iterable

from .config import PIPELINE_VERSION, Settings, load_settings
from .errors import EventwireError
from .model import Attribution, Claim, Document, Entity, Event, Quantity, RawItem, Result
from .pipeline import Pipeline
from .store import Store

__version__ = PIPELINE_VERSION

__all__ = [
    "Attribution", "Claim", "Document", "Entity", "Event", "EventwireError", "Pipeline", "Quantity",
    "RawItem", "Result", "Settings", "Store", "__version__", "load_settings", "process",
]


def process(texts: Iterable[str | Document], *, published: str | None = None,
            settings: Settings | None = None) -> list[Result]:
    """Clean and process texts (or ready Documents) with no store; one Result per input."""
    from .clean import clean_item
    from .pipeline import process_many

    settings = settings or load_settings()
    docs = [t if isinstance(t, Document) else
            clean_item(RawItem(origin=f"text{i}", content=t, published=published,
                               published_how="user" if published else None, item_id=f"text{i}"), settings)
            for i, t in enumerate(texts)]
    return list(process_many(docs, settings))
