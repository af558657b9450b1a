"""The nlp package's modules import one another in layers: no import cycle, counting imports made
inside functions too (a cycle hidden in a function is still a cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import eventwire.nlp

PACKAGE = Path(eventwire.nlp.__file__).parent


def _imports(path: Path) -> set[str]:
    """Sibling modules that ``path`` imports anywhere in it (``from .x import y``, ``from . import x``)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return out


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_nlp_modules_import_in_layers() -> None:
    modules = {p.stem: p for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    graph = {name: _imports(p) & modules.keys() for name, p in modules.items()}
    assert graph["resolve"] >= {"compose", "match", "entries"}  # the parser sees the imports
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_records_sit_below_building_and_resolution() -> None:
    graph = {p.stem: _imports(p) for p in PACKAGE.glob("*.py")}
    assert graph["entries"] <= {"places"}
    assert graph["rows"] == set()
    assert "gazetteer" not in graph["resolve"] | graph["compose"] | graph["match"] | graph["gazetteer_build"]
