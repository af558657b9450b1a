"""spaCy loading and batching, actor gazetteer and resolution, dates, places.

The stage's public surface: ``annotate`` (Documents -> Annotated), ``load_gazetteer`` and
``Gazetteer``, ``resolve_phrase`` (one phrase -> Actor), ``import_petrarch`` (PETRARCH/CAMEO
dictionaries -> gazetteer rows) and ``normalise_date``.
"""

from .annotate import annotate, annotate_parsed
from .dates import normalise_date
from .gazetteer import Gazetteer, load_gazetteer
from .petrarch import import_petrarch
from .resolve import resolve_phrase
from .types import Annotated, DateExpr

__all__ = ["Annotated", "DateExpr", "Gazetteer", "annotate", "annotate_parsed", "import_petrarch",
           "load_gazetteer", "normalise_date", "resolve_phrase"]
