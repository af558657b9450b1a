"""Where the optional fallback dictionaries live: PETRARCH/Phoenix CAMEO dictionaries and the
CAMEO->PLOVER table.

eventwire's own lexicon and gazetteer come first; these dictionaries are a lower layer, used only
where our own data finds nothing (a verb no entry of ours knows, an agent phrase or name the
gazetteer lacks). They belong to other projects (petrarch2: MIT; the CAMEO->PLOVER table: CC BY-SA),
so eventwire does not ship them: a user points at a folder with the layout below, and eventwire
runs the same without one (with less coverage).

    DIR/petrarch2/CAMEO.2.0.txt           the CAMEO verb dictionary
    DIR/petrarch2/Phoenix.agents.txt      agents (sectors): "militant", "jihadi", ...
    DIR/petrarch2/Phoenix.*.actors.txt    country, international and non-state actors
    DIR/plover/CAMEO2PLOVER-2021.txt      CAMEO code -> PLOVER type, mode, context

``Settings.dictionaries`` picks the folder: a path; ``"auto"`` (the default) takes
``$EVENTWIRE_DICTIONARIES`` when set, else ``$XDG_DATA_HOME/eventwire/dictionaries`` (by default
``~/.local/share/eventwire/dictionaries``) when it exists; ``""`` or ``"none"`` turns the layer off.
A folder that is named but missing is an error (:class:`~eventwire.errors.ConfigError`); a file
missing from an existing folder just leaves that part of the layer out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .errors import ConfigError

ENV = "EVENTWIRE_DICTIONARIES"
CAMEO_VERBS = ("petrarch2", "CAMEO.2.0.txt")
CAMEO_PLOVER = ("plover", "CAMEO2PLOVER-2021.txt")
AGENTS = ("petrarch2", "Phoenix.agents.txt")
ACTOR_GLOB = ("petrarch2", "Phoenix.*.actors.txt")


@dataclass(frozen=True)
class Dictionaries:
    root: Path

    def _file(self, parts: tuple[str, ...]) -> Path | None:
        p = self.root.joinpath(*parts)
        return p if p.is_file() else None

    @property
    def cameo_verbs(self) -> Path | None:
        return self._file(CAMEO_VERBS)

    @property
    def cameo_plover(self) -> Path | None:
        return self._file(CAMEO_PLOVER)

    @property
    def agents(self) -> Path | None:
        return self._file(AGENTS)

    @property
    def actors(self) -> list[Path]:
        return sorted(self.root.joinpath(ACTOR_GLOB[0]).glob(ACTOR_GLOB[1]))


def _user_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "eventwire" / "dictionaries"


def locate(settings: Settings) -> Dictionaries | None:
    """The fallback dictionaries ``settings`` asks for, or None where the layer is off or absent."""
    choice = settings.dictionaries.strip()
    if choice.lower() in ("", "none", "off"):
        return None
    if choice.lower() == "auto":
        env = os.environ.get(ENV)
        if env is not None:
            if env.strip().lower() in ("", "none", "off"):
                return None
            choice = env
        else:
            user = _user_dir()
            return Dictionaries(user) if user.is_dir() else None
    root = Path(choice).expanduser()
    if not root.is_dir():
        raise ConfigError(f"dictionaries folder {root} not found",
                          "Settings.dictionaries or $EVENTWIRE_DICTIONARIES names it",
                          "point it at a folder holding petrarch2/ and plover/, or set it to 'none'")
    return Dictionaries(root)
