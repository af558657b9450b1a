"""The actor gazetteer: states, organisations, places, agents (sector words) and people.

Loaded from reviewed data files (``eventwire/data/gazetteer/*.tsv``), then extended or overridden
by ``Settings.gazetteer_files`` (TSV or TOML in the same columns, or PETRARCH ``.txt``
dictionaries). Beneath both lies the fallback layer: the PETRARCH/Phoenix agent and actor
dictionaries that ``eventwire.dictionaries.locate`` finds (``Settings.dictionaries``), whose rows
only fill gaps ("jihadis", "mujahideen", misspelt country names, old office holders). One
``Gazetteer`` per process, held by ``Resources``; nothing is loaded at import.

This module is the gazetteer's face: ``load_gazetteer`` and, beside it, ``resolve_phrase`` (the
stage contract names them together). The layers under it: ``entries`` (the records and tables),
``rows``, ``gazetteer_files`` and ``petrarch`` (reading), ``gazetteer_build`` (building), then
``match``, ``compose`` and ``resolve`` (resolution).
"""

from __future__ import annotations

from importlib import resources as ilr
from pathlib import Path

from ..config import Settings
from ..dictionaries import locate
from .entries import Gazetteer
from .gazetteer_build import build_gazetteer
from .resolve import resolve_phrase

__all__ = ["BUILTIN_FILES", "Gazetteer", "build_gazetteer", "data_dir", "fallback_files", "load_gazetteer",
           "resolve_phrase"]

BUILTIN_FILES = ("states.tsv", "organisations.tsv", "places.tsv", "agents.tsv", "people.tsv")


def data_dir() -> Path:
    return Path(str(ilr.files("eventwire") / "data" / "gazetteer"))


def fallback_files(settings: Settings) -> list[Path]:
    """The fallback dictionaries ``settings`` asks for (agents first, then the actor files), or
    none where the layer is off or absent; a file the user already lists in ``gazetteer_files``
    is read there instead."""
    found = locate(settings)
    if found is None:
        return []
    listed = {Path(p).resolve() for p in settings.gazetteer_files}
    return [p for p in (found.agents, *found.actors) if p is not None and p.resolve() not in listed]


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The built-in gazetteer extended by ``settings.gazetteer_files`` (later entries win), over
    the fallback dictionaries (``fallback_files``), which only fill gaps.

    Raises DataFileError naming the file and line of any invalid entry. ``version`` is a hash of
    every file's content, the fallback dictionaries included, so a store can tell which documents
    were annotated with older data.
    """
    builtin = [data_dir() / f for f in BUILTIN_FILES]
    user = [Path(p) for p in settings.gazetteer_files]
    return build_gazetteer([*builtin, *fallback_files(settings), *user])
