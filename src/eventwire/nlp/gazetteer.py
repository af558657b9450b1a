"""The actor gazetteer: states, organisations, places, agents (sector words) and people.

Loaded from reviewed data files (``eventwire/data/gazetteer/*.tsv``), then extended or overridden
by ``Settings.gazetteer_files`` (TSV or TOML in the same columns, or PETRARCH ``.txt``
dictionaries). One ``Gazetteer`` per process, held by ``Resources``; nothing is loaded at import.

This module is the gazetteer's face: ``load_gazetteer`` and, beside it, ``resolve_phrase`` (the
stage contract names them together). The layers under it: ``entries`` (the records and tables),
``rows``, ``gazetteer_files`` and ``petrarch`` (reading), ``gazetteer_build`` (building), then
``match``, ``compose`` and ``resolve`` (resolution).
"""

from __future__ import annotations

from importlib import resources as ilr
from pathlib import Path

from ..config import Settings
from .entries import Gazetteer
from .gazetteer_build import build_gazetteer
from .resolve import resolve_phrase

__all__ = ["BUILTIN_FILES", "Gazetteer", "build_gazetteer", "data_dir", "load_gazetteer", "resolve_phrase"]

BUILTIN_FILES = ("states.tsv", "organisations.tsv", "places.tsv", "agents.tsv", "people.tsv")


def data_dir() -> Path:
    return Path(str(ilr.files("eventwire") / "data" / "gazetteer"))


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The built-in gazetteer extended by ``settings.gazetteer_files`` (later entries win).

    Raises DataFileError naming the file and line of any invalid entry. ``version`` is a hash of
    every file's content, so a store can tell which documents were annotated with older data.
    """
    paths = [data_dir() / f for f in BUILTIN_FILES] + [Path(p) for p in settings.gazetteer_files]
    return build_gazetteer(paths)
