"""Cleaning: pure text repairs in one ordered pipeline (``STEPS``), plus metadata from the text.

Entry points: :func:`clean_item` (RawItem → Document), :func:`clean_text` (text → clean text,
repairs, metadata) and :func:`repair_text` (the ``str -> str`` view of the repairs).
"""

from .pipeline import REPAIR_STEPS, STEPS, Step, clean_item, clean_text, document_id, repair_text

__all__ = ["REPAIR_STEPS", "STEPS", "Step", "clean_item", "clean_text", "document_id", "repair_text"]
