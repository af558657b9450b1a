"""The command line: a thin layer over the library. One module per command group."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
