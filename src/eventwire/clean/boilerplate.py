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

_PARAGRAPH_END = ".!?:;\"”’)]…"
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
    _rejoin_split_paragraphs(text, drop)
    new, repairs = drop_lines(text, drop, "remove_boilerplate")
    return StepResult(new, repairs, {})


def _rejoin_split_paragraphs(text: str, drop: dict[int, str]) -> None:
    """An ad slot inside a paragraph splits it ("the talks\n\nAdvertisement\n\nwould resume"):
    when the kept line before the removed lines cannot end a paragraph (no final punctuation)
    and the line after starts in lowercase, the blank lines go too, leaving one newline for the
    line-break repair to decide. Adds those blank lines to ``drop``."""
    spans = line_spans(text)
    lines = [text[s:e] for s, e in spans]
    for i in sorted(drop):
        if drop[i] != "boilerplate" or (i + 1 in drop and drop[i + 1] == "boilerplate"):
            continue  # handle each run of removed lines once, from its last line
        start = i
        while start - 1 in drop:
            start -= 1
        before = start - 1
        while before >= 0 and not lines[before]:
            before -= 1
        after = i + 1
        while after < len(lines) and not lines[after]:
            after += 1
        if before < 0 or after >= len(lines) or before in drop or after in drop:
            continue
        prev, nxt = lines[before].rstrip(), lines[after]
        if prev and prev[-1] not in _PARAGRAPH_END and nxt[:1].islower():
            for k in range(before + 1, after):
                drop.setdefault(k, "boilerplate")


def remove_boilerplate(text: str) -> str:
    return remove_boilerplate_step(text).text
