"""Import CAMEO verb dictionaries in PETRARCH format as eventwire lexicon entries.

Users of the old dictionaries can bring them: the verb dictionary (e.g. petrarch2's
``CAMEO.2.0.txt``) gives verbs, phrasal verbs and object patterns with CAMEO codes, and the
CAMEO->PLOVER table (``CAMEO2PLOVER-2021.txt``) turns each code into a PLOVER type and mode. The
result is written as an entry file that ``Settings.lexicon_files`` can load.

What is read of the PETRARCH format:

- synonym sets before ``####### VERB PATTERNS #######``: ``&NAME`` then ``+WORD`` lines
  (``_`` joins the words of a phrase, a trailing ``_`` marks an exact form);
- verb blocks: a ``---  NAME   [CODE]  ---`` header, then verb lines ``VERB {FORMS} [CODE]``
  (``+ASK_FOR`` is a phrasal verb: verb plus particle) and pattern lines ``- words * words [CODE]``;
- in patterns, words after ``*`` are the verb's complements: plain words, ``{A B}`` phrases,
  ``(TO BORDER)`` prepositional phrases, ``&SET`` synonym sets (their one-word members). The
  markers ``$`` (source), ``+`` (target), ``^`` (skip) and ``%`` (compound) are positional and
  dropped. Patterns with words before ``*`` constrain the subject, which entries cannot express:
  they are skipped and counted;
- codes ``[042:043]`` (source:target) use the first; ``[:173]`` the second; ``[---]`` means none.

Codes map through the table by the most specific prefix present (``0331``, then ``033``, then ``03``).
CAMEO's 02x (appeal) is not in the 2021 table; PLOVER REQUEST covers both CAMEO APPEAL (02) and DEMAND
(10), so 02x maps to REQUEST. 01x (public statements) has no PLOVER type and is skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..errors import DataFileError
from ..model import PLOVER_TYPES
from .lexicon import DEFAULT_RECIPIENT, Entry

#: CAMEO roots the 2021 table leaves out, with the PLOVER type that covers them
SUPPLEMENT: Mapping[str, tuple[str, str | None]] = MappingProxyType({"02": ("REQUEST", None)})
_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_WORD = re.compile(r"^[a-z][a-z'\-]*$")


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass
class ImportReport:
    """What the import kept and why it left things out."""

    entries: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def read_cameo_plover(path: str | Path) -> dict[str, PloverCode]:
    """The CAMEO->PLOVER table: ``CODE: TYPE, mode, context # comment`` lines."""
    p = Path(path)
    out: dict[str, PloverCode] = {}
    for n, raw in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("~"):
            continue
        if ":" not in line:
            raise DataFileError(str(p), n, "expected CODE: TYPE, mode, context")
        code, rest = (x.strip() for x in line.split(":", 1))
        parts = [x.strip() for x in rest.split(",")]
        etype = parts[0].upper()
        if not code.isdigit():
            raise DataFileError(str(p), n, f"CAMEO code {code!r} is not numeric")
        if etype not in PLOVER_TYPES:
            raise DataFileError(str(p), n, f"{etype!r} is not a PLOVER type")
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
        if code not in out:  # the table repeats a few codes; the first line wins
            out[code] = PloverCode(etype, mode, context)
    return out


def plover_for(code: str, table: dict[str, PloverCode]) -> PloverCode | None:
    for k in range(len(code), 1, -1):
        hit = table.get(code[:k])
        if hit is not None:
            return hit
    sup = SUPPLEMENT.get(code[:2])
    return PloverCode(sup[0], sup[1], ()) if sup else None


def _code(text: str) -> str | None:
    m = _CODE.search(text)
    if m is None:
        return None
    for part in m.group(1).split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part
    return None


def _word(token: str) -> str | None:
    w = token.strip("_").lower().replace("_", " ").split()
    if not w:
        return None
    last = w[-1]
    return last if _WORD.match(last) else None


def read_synonyms(lines: list[str]) -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.rstrip("_").upper()
            sets.setdefault(current, set())
        elif line.startswith("+") and current is not None:
            token = line[1:].strip()
            if "_" not in token.strip("_"):  # one-word members only: entries match single lemmas
                w = _word(token)
                if w:
                    sets[current].add(w)
        elif not line:
            current = None
    return {k: frozenset(v) for k, v in sets.items() if v}


def _pattern_words(text: str, synonyms: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...] | None:
    """The complement words of a pattern's object side, or None if it cannot be expressed."""
    words: list[frozenset[str]] = []
    for tok in re.findall(r"&[A-Z_0-9\-]+|[A-Za-z][A-Za-z'\-_]*", text.replace("{", " ").replace("}", " ")
                          .replace("(", " ").replace(")", " ")):
        if tok.startswith("&"):
            alts = synonyms.get(tok.rstrip("_").upper())
            if not alts:
                return None
            words.append(alts)
        else:
            w = _word(tok)
            if w is None:
                return None
            words.append(frozenset({w}))
    return tuple(words)


def import_petrarch(verbs_path: str | Path, table_path: str | Path) -> tuple[list[Entry], ImportReport]:
    """Entries for every verb and usable pattern of a PETRARCH verb dictionary."""
    table = read_cameo_plover(table_path)
    vp = Path(verbs_path)
    lines = vp.read_text(encoding="utf-8", errors="replace").splitlines()
    try:
        start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    except StopIteration:
        raise DataFileError(str(vp), None, "no '####### VERB PATTERNS #######' section",
                            "is this a PETRARCH verb dictionary?") from None
    synonyms = read_synonyms(lines[:start])
    report = ImportReport()
    entries: list[Entry] = []
    seen: set[tuple[str, str, tuple[frozenset[str], ...]]] = set()
    name = vp.name

    def add(head: str, words: tuple[frozenset[str], ...], code: str | None, n: int) -> None:
        if code is None:
            report.skipped["no code"] += 1
            return
        pc = plover_for(code, table)
        if pc is None:
            report.skipped["code without PLOVER type"] += 1
            return
        key = ("V", head, words)
        if key in seen:
            report.skipped["duplicate"] += 1
            return
        seen.add(key)
        pat = " ".join([head, *("/".join(sorted(w)) for w in words)])
        entries.append(Entry(id=f"v:{pat}", pos="V", head=head, words=words, type=pc.type, mode=pc.mode,
                             cameo=code, recipient=DEFAULT_RECIPIENT, strong=bool(words), origin=f"{name}:{n}"))

    block_code: str | None = None
    block_verbs: list[tuple[str, tuple[frozenset[str], ...]]] = []
    for n, raw in enumerate(lines[start + 1:], start=start + 2):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = _HEADER.match(line.strip())
        if m:
            block_code = _code(f"[{m.group(2)}]")
            block_verbs = []
            continue
        if line.startswith("-"):
            body = _CODE.split(line[1:], maxsplit=1)[0]
            if "*" not in body:
                report.skipped["pattern without *"] += 1
                continue
            before, after = body.split("*", 1)
            if re.sub(r"[$+^%\s]", "", before):
                report.skipped["subject-side pattern"] += 1
                continue
            words = _pattern_words(re.sub(r"[$+^%]", " ", after), synonyms)
            if words is None:
                report.skipped["unusable pattern word"] += 1
                continue
            code = _code(line)
            for head, particles in block_verbs:
                add(head, particles + words, code, n)
            continue
        token = line.split("{", 1)[0].split("[", 1)[0].strip()
        if not token or " " in token:
            report.skipped["unreadable verb line"] += 1
            continue
        parts = [p for p in token.lstrip("+").lower().split("_") if p]
        if not parts or not all(_WORD.match(p) for p in parts):
            report.skipped["unreadable verb line"] += 1
            continue
        head, particles = parts[0], tuple(frozenset({p}) for p in parts[1:])
        block_verbs.append((head, particles))
        add(head, particles, _code(line) or block_code, n)
    report.entries = len(entries)
    return entries, report


def entries_to_tsv(entries: list[Entry], header: str = "") -> str:
    """An entry file (the format eventwire.coding.lexicon reads) for ``entries``."""
    out = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
    out.append("# pos\tpattern\ttype\tmode\tcameo\trecipient\tstrength")
    for e in entries:
        pattern = " ".join([e.head, *("/".join(sorted(w)) for w in e.words)])
        recipient = "-" if e.recipient == DEFAULT_RECIPIENT else ",".join(e.recipient)
        out.append("\t".join([e.pos, pattern, e.type, e.mode or "-", e.cameo or "-", recipient,
                              "strong" if e.strong else "weak"]))
    return "\n".join(out) + "\n"


def write_lexicon_file(verbs_path: str | Path, table_path: str | Path, out_path: str | Path) -> ImportReport:
    """Import ``verbs_path`` with ``table_path`` and write the entry file ``out_path``."""
    entries, report = import_petrarch(verbs_path, table_path)
    header = (f"Imported from {Path(verbs_path).name} with {Path(table_path).name} by "
              f"eventwire.coding.petrarch: {report.entries} entries.")
    Path(out_path).write_text(entries_to_tsv(entries, header), encoding="utf-8")
    return report

