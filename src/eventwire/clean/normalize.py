"""Character-level repairs: encoding (ftfy), invisible characters, line endings, whitespace.

- :func:`fix_encoding`: mojibake ("Ã©" → "é", "â€™" → "’"), HTML entities in plain text, C1 controls,
  via ftfy; curly quotes are kept (they carry information: quotes, apostrophes).
- :func:`normalize_newlines`: CRLF/CR/U+2028/U+2029/VT/FF/NEL → "\\n"; soft hyphens, zero-width
  characters and BOMs removed.
- :func:`normalize_spaces`: NBSP and other odd spaces → " ", runs of spaces and tabs → one space,
  no spaces at either end of a line, at most one blank line between paragraphs, none at either end
  of the text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from ._edits import Edit, StepResult, apply_edits

if TYPE_CHECKING:
    from ftfy import TextFixerConfig


@lru_cache(maxsize=1)
def _ftfy_config() -> TextFixerConfig:
    from ftfy import TextFixerConfig

    # line breaks and whitespace are ours (next steps); quotes stay curly; NFC composes accents
    return TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False, normalization="NFC")


def _diff_edits(old: str, new: str, offset: int, kind: str) -> list[Edit]:
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Edit(offset + i1, offset + i2, new[j1:j2], kind)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


#: characters that ftfy acts on besides mojibake: C0/C1 controls, the replacement character,
#: ligatures, fullwidth forms, HTML entities
_FTFY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufb00-\ufb06\uff01-\uff5e\ufffd]|&#?\w+;")


#: how UTF-8 read as Latin-1/Windows-1252 starts: a lead byte (Â-ô) then a continuation byte
#: (U+0080-U+00BF, or the Windows-1252 characters at 0x80-0x9F: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _needs_ftfy(text: str) -> bool:
    """Cheap test whether ftfy may change ``text`` (most texts are fine: a fast path)."""
    if text.isascii():
        return "&" in text and _FTFY_CHARS.search(text) is not None
    return bool(
        _FTFY_CHARS.search(text) or _MOJIBAKE_HINT.search(text) or not unicodedata.is_normalized("NFC", text)
    )


def fix_encoding_step(text: str) -> StepResult:
    """Repair mojibake and other encoding damage line by line, recording each change."""
    if not _needs_ftfy(text):
        return StepResult(text, [], {})
    import ftfy

    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        fixed = ftfy.fix_text(line, _ftfy_config()) if line and _needs_ftfy(line) else line
        if fixed != line:
            edits.extend(_diff_edits(line, fixed, pos, "encoding"))
        pos += len(line) + 1
    new, repairs = apply_edits(text, edits, "fix_encoding")
    return StepResult(new, repairs, {})


_NEWLINE_RE = re.compile(
    r"(?=[\r\u2028\u2029\x0b\x0c\x85\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e])"  # fast reject
    r"(?:(?P<newline>\r\n|[\r\u2028\u2029\x0b\x0c\x85])"
    r"|(?P<invisible>[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]+))"
)


def normalize_newlines_step(text: str) -> StepResult:
    edits = []
    for m in _NEWLINE_RE.finditer(text):
        if m.lastgroup == "newline":
            edits.append(Edit(m.start(), m.end(), "\n", "line_ending"))
        else:
            edits.append(Edit(m.start(), m.end(), "", "invisible_char"))
    new, repairs = apply_edits(text, edits, "normalize_newlines")
    return StepResult(new, repairs, {})


_H = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SPACE_RE = re.compile(
    r"(?=\s)"  # every alternative starts with white space: a fast reject elsewhere
    rf"(?:(?P<text_start>\A\s+)"
    rf"|(?P<text_end>\s+\Z)"
    rf"|(?P<blank_lines>{_H}*\n(?:{_H}*\n)+)"
    rf"|(?P<line_start>(?<=\n){_H}+)"
    rf"|(?P<line_end>{_H}+(?=\n))"
    rf"|(?P<space>{_H}{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]))"
)


def normalize_spaces_step(text: str) -> StepResult:
    edits = []
    for m in _SPACE_RE.finditer(text):
        kind = m.lastgroup or "space"
        if kind in ("text_start", "text_end", "line_start", "line_end"):
            after = ""
        elif kind == "blank_lines":
            after = "\n\n"
        else:
            after = " "
        edits.append(Edit(m.start(), m.end(), after, "whitespace"))
    new, repairs = apply_edits(text, edits, "normalize_spaces")
    return StepResult(new, repairs, {})


def fix_encoding(text: str) -> str:
    return fix_encoding_step(text).text


def normalize_newlines(text: str) -> str:
    return normalize_newlines_step(text).text


def normalize_spaces(text: str) -> str:
    return normalize_spaces_step(text).text


#: letters with no decomposition into an ASCII base and a mark, written as wire copy writes them
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                        "æ": "ae", "Æ": "Ae", "’": "'", "ʼ": "'", "ʻ": "'"})


def fold(name: str) -> str:
    """``name`` without its diacritics ("Herāt" -> "Herat", "İzmir" -> "Izmir", "Łódź" -> "Lodz"),
    with a straight apostrophe."""
    name = name.translate(_PLAIN)
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
