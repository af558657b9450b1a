"""Quality gate: every eval module's check-part figures must stay at or above its pinned floors.

Floors live in eval/floors/NAME.json, keyed ``check.FIGURE`` (the generalisation protocol of
eval/split.py: errors are read on the tune part, the check part is gated), and only go up. The
slow cases skip (with a message) without ../shared.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from eval._shared import shared_dir
from eval.run_all import check_floors
from eval.split import base_names, part_of, with_parts

FLOORS = Path(__file__).resolve().parent.parent / "eval" / "floors"
CASES = sorted(p.stem for p in FLOORS.glob("*.json"))


@pytest.mark.parametrize("name", CASES)
def test_floors_gate_the_check_part(name: str) -> None:
    floors: dict[str, float] = json.loads((FLOORS / f"{name}.json").read_text())
    assert floors, f"{name}.json pins no floor"
    assert all(k.startswith("check.") for k in floors), f"{name}.json: floors must be check.* keys"


def test_with_parts_scores_each_part_on_its_own_items() -> None:
    items = [f"item-{i}" for i in range(40)]
    figures = with_parts(items, key=lambda s: s, score=lambda xs: {"n": float(len(xs))})
    n_check = sum(part_of(s) == "check" for s in items)
    assert 0 < n_check < 40
    assert figures == {"n": 40.0, "tune.n": float(40 - n_check), "check.n": float(n_check)}
    assert base_names(figures) == ["n"]


def test_check_floors_flags_a_check_figure_below_its_floor() -> None:
    figures = {"recall": 0.9, "tune.recall": 0.95, "check.recall": 0.85}
    lines, bad = check_floors(figures, {"check.recall": 0.86})
    assert bad == 1 and "BELOW FLOOR" in lines[1]
    lines, bad = check_floors(figures, {"check.recall": 0.85})
    assert bad == 0 and lines[1].rstrip().endswith("ok")
    _lines, bad = check_floors(figures, {"check.missing": 0.1})
    assert bad == 1


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_eval_floor(name: str) -> None:
    if shared_dir() is None:
        pytest.skip("../shared is absent: gold data not available")
    floors: dict[str, float] = json.loads((FLOORS / f"{name}.json").read_text())
    figures = importlib.import_module(f"eval.{name}").evaluate()
    gated = [k.removeprefix("check.") for k in floors]
    missing = [n for k in gated for n in (k, f"tune.{k}") if n not in figures]
    assert not missing, f"{name}: a gated figure lacks its whole-set or tune value: {missing}"
    below = {k: (figures.get(k), v) for k, v in floors.items() if figures.get(k, float("-inf")) < v}
    assert not below, f"{name}: below floor (measured, floor): {below}"
