"""Where the shared gold data lives: $EVENTWIRE_SHARED, else ../shared beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.config import Settings

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path | None:
    env = os.environ.get("EVENTWIRE_SHARED")
    p = Path(env) if env else REPO.parent / "shared"
    return p if p.is_dir() else None


def shared_path(*parts: str) -> Path | None:
    base = shared_dir()
    if base is None:
        return None
    p = base.joinpath(*parts)
    return p if p.exists() else None


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts of true positives, predictions and gold items."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, f1(p, r)


def eval_settings(**overrides: object) -> Settings:
    """The Settings every eval codes with: the defaults, with the fallback dictionaries taken from
    ../shared/dictionaries where present (the layer a user gets by installing them), else none."""
    d = shared_path("dictionaries")
    model = os.environ.get("EVENTWIRE_EVAL_MODEL")
    if model and "spacy_model" not in overrides:
        overrides["spacy_model"] = model
    return Settings(dictionaries=str(d) if d is not None else "none").with_(**overrides)
