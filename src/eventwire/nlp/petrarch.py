"""Import PETRARCH/TABARI (CAMEO) actor and agent dictionaries as gazetteer rows.

Actor files: an entry line ``NAME_WORDS_ [CODE]`` or ``NAME_WORDS_`` followed by ``+ALIAS_``
lines and indented ``[CODE DATES]`` lines, where DATES is ``>YYMMDD`` (from), ``<YYMMDD``
(until) or ``YYMMDD-YYMMDD``. An actor with dated codes becomes a person with tenures, one with a
single undated code a named organisation; dated codes that carry no sector are a territory whose
state changed (Iraq under occupation, the Soviet republics): an organisation with the latest
state. Agent files: ``PHRASE [~SEC]`` with ``{PLURAL}`` variants and ``!SET! = A, B``
substitution sets. Comments start with ``#``.

CAMEO codes are mapped to ours: ``IGOUNO...`` -> UNO, ``IGOEUREEC`` -> EUR, other ``IGO...`` ->
IGO; the first three letters of a state actor are its ISO alpha-3 code (old CAMEO codes are
translated by ``CAMEO_TO_ISO``); the first known sector among the later triples is the sector.
Dates that cannot be read leave that side of the tenure open; two-digit years above 30 are 19YY.
Imported rows only fill gaps (``Row.supplement``): a person, organisation, name or agent phrase
that the gazetteer already knows keeps its reviewed entry.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError
from .rows import Row

#: CAMEO country codes that differ from ISO 3166 alpha-3
CAMEO_TO_ISO = {"ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "DRC": "COD", "JAP": "JPN", "ITL": "ITA",
                "VTN": "VNM", "YUG": "SRB", "BRM": "MMR", "GZS": "PSE", "WST": "PSE", "PAL": "PSE",
                "UK": "GBR", "KSV": "XKX", "SUD": "SDN"}
#: CAMEO agent codes that PLOVER names differently (CAMEO's MED is the media, our JRN; its HLH,
#: health, is our MED)
AGENT_TO_SECTOR = {"INS": "REB", "SEP": "REB", "PPL": "CVL", "HLH": "MED", "MED": "JRN", "OPP": "OPP"}
SECTORS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG", "COP", "REB", "PTY", "ELI", "CVL", "JRN",
                     "BUS", "MED", "REL", "EDU", "LAB", "REF", "CRM", "AGR", "ENV", "HRI", "UAF",
                     "OPP", "DEV", "MOD", "RAD", "IRC", "NGO", "SET", "HLH", "INS", "SEP", "PPL"})
NON_STATE = frozenset({"NGO", "IMG", "MNC", "ISM", "NGM"})
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR"})
_DATE = re.compile(r"^(\d{6}|\d{8})$")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_SET = re.compile(r"^\s*!(\w+)!\s*=\s*(.+)$")
_SMALL = frozenset({"of", "the", "and", "for", "de", "al", "el", "la", "le", "du", "in", "on"})


@lru_cache(maxsize=4096)
def cameo_code(code: str) -> tuple[str | None, str | None]:
    """(PLOVER/ISO actor code, sector) for a CAMEO code such as ``KORGOV``, ``IGOUNO``, ``~MIL``."""
    code = code.strip().lstrip("~").upper()
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts or not parts[0]:
        return None, None
    first, rest = parts[0], parts[1:]
    if first == "IGO":
        actor = "UNO" if rest[:1] == ["UNO"] else "EUR" if rest[:2] == ["EUR", "EEC"] else "IGO"
    elif first in NON_STATE:
        actor = first
    elif first in SECTORS:
        actor, rest = None, parts
    else:
        actor = CAMEO_TO_ISO.get(first, first)
    sector = next((AGENT_TO_SECTOR.get(p, p) for p in rest if p in SECTORS), None)
    return actor, sector


def _date(text: str) -> str | None:
    if not _DATE.match(text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{1900 + yy if yy > 30 else 2000 + yy}{text[2:]}"
    y, m, d = text[:4], text[4:6], text[6:8]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """``[KORGOV 040101-061231] [ELI]`` -> [(code, start, end), ...]"""
    out = []
    for inner in _BRACKETS.findall(text):
        bits = inner.split()
        if not bits or bits[0].startswith("-"):
            continue
        start = end = None
        if len(bits) > 1:
            span = bits[1]
            if span.startswith(">"):
                start = _date(span[1:])
            elif span.startswith("<"):
                end = _date(span[1:])
            elif "-" in span:
                a, _, b = span.partition("-")
                start, end = _date(a), _date(b)
        if start and end and start > end:
            start = end = None
        out.append((bits[0], start, end))
    return out


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.replace("_", " ").split() if w]


def _titled(words: list[str]) -> list[str]:
    """Surface forms for an upper-case dictionary phrase: "Josep Borrell"; "UN" for one short word."""
    if len(words) == 1:
        forms = [words[0] if len(words[0]) <= 4 else words[0].title()]
    else:
        titled = [w.lower() if w.lower() in _SMALL and i else w.title() for i, w in enumerate(words)]
        forms = [" ".join(titled)]
        acr = [w if len(w) <= 3 and w.isalpha() and w.lower() not in _SMALL else t
               for w, t in zip(words, titled, strict=True)]
        if acr != titled:
            forms.append(" ".join(acr))
    return [f.replace(" 's", "'s") for f in forms]


def import_petrarch(path: str | Path) -> list[Row]:
    """Rows (tables ``people``, ``organisations`` or ``agents``) read from a PETRARCH dictionary."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read it ({exc.strerror})") from exc
    subst: dict[str, list[str]] = {}
    rows: list[Row] = []
    current: dict[str, object] | None = None

    def flush() -> None:
        if current is None:
            return
        rows.extend(_actor_rows(current, str(path)))

    for n, raw in enumerate(lines, 1):
        if raw.startswith(("---", "&")) or (raw.startswith("- ") and "[" in raw):
            raise DataFileError(str(path), n, "this is a PETRARCH verb (event pattern) dictionary",
                                "only actor and agent dictionaries can be imported into the gazetteer")
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = _SET.match(line) if "!" in line else None
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        if "[~" in line:  # an agent
            flush()
            current = None
            rows.extend(_agent_rows(line, subst, str(path), n))
            continue
        if line[0] in " \t":
            if current is None:
                raise DataFileError(str(path), n, "a code line with no actor above it")
            codes = current["codes"]
            assert isinstance(codes, list)
            codes.extend(_codes(line))
            continue
        if line.startswith("+"):
            if current is None:
                raise DataFileError(str(path), n, "an alias (+) line with no actor above it")
            aliases = current["aliases"]
            assert isinstance(aliases, list)
            aliases.append(_words(line[1:].split("[", 1)[0]))
            continue
        flush()
        phrase = line.split("[", 1)[0]
        words = _words(phrase)
        if not words:
            raise DataFileError(str(path), n, "an entry with no words before its code")
        current = {"words": words, "aliases": [], "codes": _codes(line), "line": n}
    flush()
    return rows


def _actor_rows(entry: dict[str, object], path: str) -> list[Row]:
    words, aliases, codes, line = entry["words"], entry["aliases"], entry["codes"], entry["line"]
    assert isinstance(words, list) and isinstance(aliases, list) and isinstance(codes, list)
    assert isinstance(line, int)
    forms = _titled(words)
    for a in aliases:
        forms.extend(f for f in _titled(a) if f not in forms)
    mapped = [(cameo_code(c), s, e) for c, s, e in codes]
    mapped = [((a, sec), s, e) for (a, sec), s, e in mapped if a is not None]
    if not mapped:
        return []
    dated = [m for m in mapped if m[1] or m[2]]
    if dated and all(sec is None and a not in INTERNATIONAL | NON_STATE for (a, sec), _s, _e in dated):
        # a territory whose state changed ("IRAQ_ [IRQ <20030320] [IRQOCC ...] [IRQ >20060520]",
        # the Soviet republics): codes without a sector are sovereignty, not a person's offices;
        # today's state is the one of the latest period
        latest = max(dated, key=lambda m: (m[2] is None, m[2] or "", m[1] or ""))
        mapped, dated = [latest], []
    if not dated:
        (actor, sector), _s, _e = mapped[0]
        return [Row("organisations", {"names": forms, "code": str(actor), "sector": sector or "",
                                      "canonical": forms[0], "identifier": ""}, path, line, supplement=True)]
    return [Row("people", {"name": forms[0], "aliases": forms[1:], "code": str(actor), "sector": sector or "",
                           "roles": [], "start": s or "", "end": e or ""}, path, line, supplement=True)
            for (actor, sector), s, e in dated]


def _agent_rows(line: str, subst: dict[str, list[str]], path: str, n: int) -> list[Row]:
    head, _, code_part = line.partition("[~")
    sector = cameo_code("~" + code_part.split("]", 1)[0])[1]
    if sector is None:
        return []
    variants = [head.split("{", 1)[0], *_BRACES.findall(head)]
    phrases: list[str] = []
    for v in variants:
        expanded = [v]
        for name, words in subst.items():
            token = f"!{name}!"
            expanded = [x.replace(token, w) if token in x else x for x in expanded for w in words] \
                if any(token in x for x in expanded) else expanded
        for x in expanded:
            p = " ".join(_words(x)).lower()
            if p and "!" not in p and p not in phrases:
                phrases.append(p)
    if not phrases:
        return []
    return [Row("agents", {"phrases": phrases, "sector": sector, "roles": []}, path, n, supplement=True)]
