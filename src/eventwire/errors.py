"""One exception tree for eventwire. Every message says what failed, why, and what to do::

    EventwireError
    ├── InputError            an input could not be read or used (the batch goes on)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── DecodeError
    │   ├── TruncatedInput
    │   ├── MalformedInput    bad feed, JSONL line, WARC record
    │   ├── NoArticleText     HTML with no article body
    │   ├── TooLarge
    │   └── FetchError        a URL timed out or answered 4xx/5xx
    ├── DataFileError         a lexicon or gazetteer file is invalid (names file and line)
    ├── StoreError            the SQLite store cannot be opened or migrated
    └── ConfigError           a setting is invalid, or the spaCy model is not installed
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class. ``what``/``why``/``todo`` make the one-line message."""

    def __init__(self, what: str, why: str = "", todo: str = "") -> None:
        self.what, self.why, self.todo = what, why, todo
        parts = [what]
        if why:
            parts.append(why)
        msg = ": ".join(parts)
        if todo:
            msg += f"; {todo}"
        super().__init__(msg)


class InputError(EventwireError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class DecodeError(InputError):
    pass


class TruncatedInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class NoArticleText(InputError):
    pass


class TooLarge(InputError):
    pass


class FetchError(InputError):
    pass


class DataFileError(EventwireError):
    def __init__(self, path: str, line: int | None, why: str, todo: str = "fix that line and retry") -> None:
        where = f"{path}:{line}" if line is not None else path
        self.path, self.line = path, line
        super().__init__(f"invalid data file {where}", why, todo)


class StoreError(EventwireError):
    pass


class ConfigError(EventwireError):
    pass
