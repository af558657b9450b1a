"""Claims: quantities, attributions, claims, and the ledger that lines figures up across sources.

Stage contract (docs/TEAM_CONTRACT.md): ``extract_quantities(ann)``,
``extract_attributions(ann, resources)``, ``extract_claims(ann, quantities, attributions)``,
``build_ledger(claims_with_doc_meta)``; ``parse_quantities(text)`` needs no spaCy.
``reporting_cues()`` gives the event coder its reporting cues from the same cue table
(``data/claims/cues.tsv``) the attributions are read with.
"""

from __future__ import annotations

from ._data import reporting_cues
from .attribution import extract_attributions
from .extract import casualty_size, extract_claims
from .ledger import LedgerGroup, LedgerRow, build_ledger, claim_from_json, ledger_rows, render_ledger
from .quantities import extract_quantities, parse_quantities

__all__ = [
    "LedgerGroup",
    "LedgerRow",
    "build_ledger",
    "casualty_size",
    "claim_from_json",
    "extract_attributions",
    "extract_claims",
    "extract_quantities",
    "ledger_rows",
    "parse_quantities",
    "render_ledger",
    "reporting_cues",
]
