"""Quality gate: every eval module's figures must stay at or above its pinned floors.

Floors live in eval/floors/NAME.json and only go up. Skips (with a message) without ../shared.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from eval._shared import shared_dir

FLOORS = Path(__file__).resolve().parent.parent / "eval" / "floors"
CASES = sorted(p.stem for p in FLOORS.glob("*.json"))


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_eval_floor(name: str) -> None:
    if shared_dir() is None:
        pytest.skip("../shared is absent: gold data not available")
    floors: dict[str, float] = json.loads((FLOORS / f"{name}.json").read_text())
    assert floors, f"{name}.json pins no floor"
    figures = importlib.import_module(f"eval.{name}").evaluate()
    below = {k: (figures.get(k), v) for k, v in floors.items() if figures.get(k, float("-inf")) < v}
    assert not below, f"{name}: below floor (measured, floor): {below}"
