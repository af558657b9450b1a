"""Removal of boilerplate lines (ads, "Read more", share prompts, cookie prompts...).

The patterns are a reviewed data file, ``eventwire/data/clean/boilerplate.txt``: one regex per
line, each matched case-insensitively against a whole (trimmed) line. Only whole lines are removed,
each recorded as a Repair of kind ``boilerplate``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from ._edits import StepResult, drop_lines, line_spans

#: longer lines are never boilerplate: they are reporting, whatever they start with
MAX_LINE = 500


def parse_patterns(text: str, origin: str) -> re.Pattern[str]:
    """Compile the pattern file ``text`` into one alternation; errors name ``origin`` and the line."""
    parts = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            re.compile(line)
        except re.error as exc:
            raise DataFileError(origin, lineno, f"bad regular expression {line!r}: {exc}") from exc
        parts.append(f"(?:{line})")
    if not parts:
        raise DataFileError(origin, None, "no patterns", "add at least one pattern")
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> re.Pattern[str]:
    """The packaged pattern list, or the file at ``path``. Cached."""
    if path is not None:
        return parse_patterns(Path(path).read_text(encoding="utf-8"), path)
    res = resources.files("eventwire").joinpath("data", "clean", "boilerplate.txt")
    return parse_patterns(res.read_text(encoding="utf-8"), "eventwire/data/clean/boilerplate.txt")


def is_boilerplate(line: str, patterns: re.Pattern[str] | None = None) -> bool:
    line = line.strip()
    if not line or len(line) > MAX_LINE:
        return False
    return (patterns or load_patterns()).fullmatch(line) is not None


def remove_boilerplate_step(text: str) -> StepResult:
    patterns = load_patterns()
    drop = {
        i: "boilerplate"
        for i, (s, e) in enumerate(line_spans(text))
        if is_boilerplate(text[s:e], patterns)
    }
    if not drop:
        return StepResult(text, [], {})
    new, repairs = drop_lines(text, drop, "remove_boilerplate")
    return StepResult(new, repairs, {})


def remove_boilerplate(text: str) -> str:
    return remove_boilerplate_step(text).text
