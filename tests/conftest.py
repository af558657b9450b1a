from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# property tests draw the same examples on every run, so `make test` (and CI) is repeatable; run
# `HYPOTHESIS_PROFILE=explore make test` to draw fresh ones while developing
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # so tests can import eval/ and bench/

# tests are hermetic: no fallback dictionaries from the user's data folder unless a test asks for them
os.environ.setdefault("EVENTWIRE_DICTIONARIES", "none")

from eval._shared import shared_path  # noqa: E402
from eventwire.config import Settings  # noqa: E402
from eventwire.resources import Resources  # noqa: E402


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def resources(settings: Settings) -> Resources:
    """One spaCy model, gazetteer and lexicon for the whole test session."""
    return Resources(settings)


@pytest.fixture(scope="session")
def seed_text() -> str:
    p = shared_path("seed", "000_a21f7cce77c72466.txt")
    if p is None:
        pytest.skip("../shared/seed is absent (set EVENTWIRE_SHARED)")
    return p.read_text(encoding="utf-8")


def shared_or_skip(*parts: str) -> Path:
    p = shared_path(*parts)
    if p is None:
        pytest.skip(f"../shared/{'/'.join(parts)} is absent (set EVENTWIRE_SHARED)")
    return p
