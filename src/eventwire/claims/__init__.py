"""Claims: quantities, attributions, claims, and the ledger that lines figures up across sources.

Stage contract (docs/TEAM_CONTRACT.md): ``extract_quantities(ann)``,
``extract_attributions(ann, resources)``, ``extract_claims(ann, quantities, attributions)``,
``build_ledger(claims_with_doc_meta)``.
"""

from __future__ import annotations

from .attribution import extract_attributions
from .quantities import extract_quantities, parse_quantities

__all__ = ["extract_attributions", "extract_quantities", "parse_quantities"]
