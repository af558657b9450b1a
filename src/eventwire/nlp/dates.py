"""Normalise date expressions against the publication date, keeping their granularity.

``normalise_date("on Sunday", "2024-11-04")`` -> ``("2024-11-03", "day", {...})``. Values are ISO
8601 at the expression's granularity: a day "2024-11-03", an ISO week "2024-W45", a month
"2024-12", a year "2024", a decade "199" (granularity "decade"), a duration "P2Y". Conventions:

- the direction an expression without a year looks in, ``tense``, comes from its clause
  (``clause_tense``): "future" for a future-tense or scheduled clause ("will meet on Friday", "is
  due to travel on Friday", "talks set for March 20") and for "until/till/by <date>" in a clause
  that is not past; "past" for a past-tense clause ("met on Friday", "has said on March 2");
  "open" for "until/by <date>" in a past clause ("adjourned until March 20": the date follows the
  event, on either side of publication); "unmarked" where the clause shows no tense ("the March
  20 deadline", "the deadline is March 20");
- a bare weekday is the next such day on or after publication in the future, the nearest one when
  open, else the most recent on or before publication (news mostly tells of the past week);
- a month and day without a year is the nearest such date to publication: in the future among
  those from the day before publication on, in the past among those up to a week after it (a
  late-filed story), when open or unmarked among all; a month alone likewise (within six months
  when open or unmarked);
- "over two years", "for three months", "five-year" are durations; "two years ago" is a point at
  the granularity of its unit; "a decade later" and "two days earlier" count from another act the
  text tells, so they stay offsets (durations) with no calendar value.

``normalise_date`` is pure; ``clause_tense`` reads the dependency parse around the expression.
``extra`` says which rule fired.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MONTHS = {m: i for i, ms in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in ms}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a couple of": 2, "couple of": 2}
UNITS = {"hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y"}
_NUM = r"(\d+(?:\.\d+)?|a couple of|couple of|" + "|".join(sorted((k for k in NUMBERS if " " not in k),
                                                                    key=len, reverse=True)) + ")"
_MON = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(" + "|".join(WEEKDAYS) + r")"
_UNIT = r"(hour|day|week|month|year|decade)s?"

Result = tuple[str | None, str, dict[str, Any]]
TENSES = ("future", "past", "open", "unmarked")
#: auxiliaries of the future
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
#: words that schedule what they govern: "is due to", "is set to", "is scheduled to", "is expected
#: to", "plans to", "is going to", "is to"
_SCHEDULED = frozenset({"due", "set", "schedule", "slate", "expect", "poise", "plan", "intend", "aim", "go",
                        "prepare", "be"})
#: participles on a noun that point ahead: "the vote called for May", "a summit proposed for June"
_LOOKS_AHEAD_PARTICIPLES = frozenset({"call", "propose", "pencil", "earmark", "book", "announce", "reserve",
                                      "timetable", "penciled", "pencilled"})
#: verbs of going and meeting whose simple present with a date tells a schedule in news copy ("flies to
#: Nairobi on Thursday", "meets the president on Friday"); events of the past are told in the past
_SCHEDULE_PRESENT = frozenset({"travel", "fly", "visit", "meet", "head", "leave", "arrive", "go", "begin", "start",
                               "open", "hold", "host", "return", "attend"})
#: prepositions after which a date is an end point that follows the event
_UNTIL = frozenset({"until", "till", "til", "by", "through"})


def _num(s: str) -> float | None:
    s = s.strip().lower()
    if s in NUMBERS:
        return float(NUMBERS[s])
    try:
        return float(s)
    except ValueError:
        return None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + months
    return m // 12, m % 12 + 1


def _at(pub: date, n: float, unit: str, sign: int) -> Result:
    if unit == "hour":
        unit, n = "day", n / 24
    k = round(n) * sign
    if unit == "day":
        return (pub + timedelta(days=k)).isoformat(), "day", {"rule": "relative"}
    if unit == "week":
        return _iso_week(pub + timedelta(weeks=k)), "week", {"rule": "relative"}
    if unit == "month":
        y, m = _shift_month(pub, k)
        return f"{y:04d}-{m:02d}", "month", {"rule": "relative"}
    years = k * (10 if unit == "decade" else 1)
    return f"{pub.year + years:04d}", "year", {"rule": "relative"}


def _period(pub: date, unit: str, offset: int, part: str | None = None) -> Result:
    extra: dict[str, Any] = {"rule": "period"}
    if part:
        extra["part"] = part
    if unit == "day":
        return (pub + timedelta(days=offset)).isoformat(), "day", extra
    if unit == "week":
        if offset < 0 and pub.weekday() == 6:
            # written on a Sunday, "last week" is the week that has just ended (the one the Sunday
            # closes in ISO terms, and the one before it begins in the Sunday-first calendar), not
            # the ISO week before it
            offset += 1
        return _iso_week(pub + timedelta(weeks=offset)), "week", extra
    if unit == "month":
        y, m = _shift_month(pub, offset)
        return f"{y:04d}-{m:02d}", "month", extra
    return f"{pub.year + offset:04d}", "year", extra


def _month_day(pub: date | None, month: int, day: int, year: int | None, tense: str) -> Result:
    if year is not None:
        try:
            return date(year, month, day).isoformat(), "day", {"rule": "absolute"}
        except ValueError:
            return None, "unknown", {"rule": "invalid"}
    if pub is None:
        return f"--{month:02d}-{day:02d}", "day", {"rule": "no_year"}
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None, "unknown", {"rule": "invalid"}
    if tense == "future":
        pool = [c for c in cands if c >= pub - timedelta(days=1)]
    elif tense in ("open", "unmarked"):
        pool = cands
    else:
        pool = [c for c in cands if c <= pub + timedelta(days=7)]
    best = min(pool or cands, key=lambda c: abs((c - pub).days))
    return best.isoformat(), "day", {"rule": "month_day", "tense": tense}


def _month(pub: date | None, month: int, year: int | None, tense: str) -> Result:
    if year is None and pub is not None:
        year = pub.year
        if tense in ("open", "unmarked"):
            year += 1 if month - pub.month < -6 else -1 if month - pub.month > 6 else 0
        elif tense == "future" and month < pub.month - 1:
            year += 1
        elif tense != "future" and month > pub.month + 1:
            year -= 1
    if year is None:
        return None, "month", {"rule": "no_year", "month": month}
    return f"{year:04d}-{month:02d}", "month", {"rule": "month"}


def _weekday(pub: date, wd: int, mode: str) -> Result:
    delta = (pub.weekday() - wd) % 7
    if mode == "nearest":
        mode = "future" if (wd - pub.weekday()) % 7 < delta else "recent"
    if mode == "last":
        # "last Wednesday" in a Thursday's copy is the week before's: the day before is "Wednesday"
        # or "yesterday" (AP style names days within the week by their name alone)
        d = pub - timedelta(days=delta if delta > 1 else delta + 7)
    elif mode == "next":
        d = pub + timedelta(days=((wd - pub.weekday()) % 7) or 7)
    elif mode == "future":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=delta)
    return d.isoformat(), "day", {"rule": "weekday", "mode": mode}


def normalise_date(text: str, published: str | None, future: bool = False, tense: str | None = None) -> Result:
    """(value, granularity, extra) for a date expression; value None when it cannot be placed.

    ``tense`` ("future", "past", "open", "unmarked"; see ``clause_tense``) says which way an
    expression without a year looks; without it, ``future`` chooses between "future" and "past"."""
    if tense not in TENSES:
        tense = "future" if future else "past"
    future = tense == "future"
    t = " ".join(text.lower().replace("’", "'").split())
    lead_in = bool(re.match(r"(in|within)\s", t))
    span_of = re.search(r"\bthe (past|last|next|coming) (hour|day|week|month|year|decade)\b", t)
    t = re.sub(r"^(on|in|at|by|since|until|from|during|the|of)\s+", "", t)
    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    m = re.search(r"\b(1[6-9]\d\d|20\d\d)\s*(?:-|–|to|through|until)\s*(1[6-9]\d\d|20\d\d)\b", t)
    if m and m.group(1) < m.group(2):
        return f"{m.group(1)}/{m.group(2)}", "year", {"rule": "range"}
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _month_day(None, int(m.group(2)), int(m.group(3)), int(m.group(1)), tense)
    m = re.search(r"\b(\d{4})-(\d{2})\b", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}", "month", {"rule": "absolute"}
    m = re.search(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", t)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return _month_day(pub, MONTHS[m.group(1)], int(m.group(2)), year, tense)
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?", t)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return _month_day(pub, MONTHS[m.group(2)], int(m.group(1)), year, tense)
    m = re.search(rf"\b{_MON}(?:,?\s+(\d{{4}}))?\b", t)
    if m and not (m.group(1) == "may" and not m.group(2) and t != "may"):
        year = int(m.group(2)) if m.group(2) else None
        if year is None and pub is not None and re.search(r"\b(last|next) year\b", t):
            year = pub.year + (1 if "next year" in t else -1)
        value, gran, info = _month(pub, MONTHS[m.group(1)], year, "future" if "next" in t else tense)
        within = re.match(r"(early|mid|late)\b", t)
        if within:
            info["part"] = within.group(1)
        return value, gran, info
    m = re.search(r"\b(1\d|20)(\d)0s\b", t)
    if m:
        return f"{m.group(1)}{m.group(2)}", "decade", {"rule": "decade"}
    m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", t)
    if m and not re.search(_UNIT, t):
        return m.group(1), "year", {"rule": "absolute"}
    # durations: "over two years", "for three months", "five-year", "the past two weeks"
    m = re.search(rf"\b{_NUM}[\s-]+{_UNIT}\b(\s+(ago|later|earlier|from now))?", t)
    if m:
        n = _num(m.group(1))
        unit = m.group(2)
        tail = m.group(4)
        if n is not None and pub is not None and tail == "ago":
            return _at(pub, n, unit, -1)
        if n is not None and pub is not None and (tail == "from now" or (lead_in and not tail)):
            return _at(pub, n, unit, +1)
        if n is not None and tail in ("later", "earlier"):
            # "a decade later", "two days earlier": counted from another act the text tells, not from
            # the publication date; kept as the offset it is, with no calendar value of its own
            k = n * (10 if unit == "decade" else 1)
            return ((f"PT{k:g}H" if unit == "hour" else f"P{k:g}{UNITS[unit]}"), "duration",
                    {"rule": "relative", "relative_to": "an earlier act" if tail == "later" else "a later act"})
        if n is not None:
            k = n * (10 if unit == "decade" else 1)
            qual = next((q for q in ("over", "more than", "nearly", "almost", "about", "around", "at least",
                                     "past", "last", "next") if re.search(rf"\b{q}\b", t)), None)
            extra: dict[str, Any] = {"rule": "duration"}
            if qual:
                extra["qualifier"] = qual
            return (f"PT{k:g}H" if unit == "hour" else f"P{k:g}{UNITS[unit]}"), "duration", extra
    m = span_of
    if m:
        unit = m.group(2)
        value = "PT1H" if unit == "hour" else f"P{10 if unit == 'decade' else 1}{UNITS[unit]}"
        return value, "duration", {"rule": "duration", "qualifier": m.group(1)}
    if pub is None:
        return None, "unknown", {"rule": "needs_publication_date"}
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", t):
        return pub.isoformat(), "day", {"rule": "deictic"}
    if "day before yesterday" in t:
        return (pub - timedelta(days=2)).isoformat(), "day", {"rule": "deictic"}
    if re.search(r"\b(yesterday|last night)\b", t):
        return (pub - timedelta(days=1)).isoformat(), "day", {"rule": "deictic"}
    if "tomorrow" in t:
        return (pub + timedelta(days=1)).isoformat(), "day", {"rule": "deictic"}
    m = re.search(rf"\b(last|next|this|coming|past)?\s*{_WD}\b", t)
    if m:
        mode = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(m.group(1) or "", "")
        if not mode:
            mode = {"future": "future", "open": "nearest"}.get(tense, "recent")
        return _weekday(pub, WEEKDAYS[m.group(2)], mode)
    m = re.search(r"\b(earlier|later|late|early)?\s*(?:in\s+)?(last|next|this|past|coming|the)\s+"
                  r"(day|week|month|year)\b", t)
    if m:
        off = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m.group(2), 0)
        part = m.group(1)
        if m.group(2) == "the" and not part:
            return None, "unknown", {"rule": "vague"}
        return _period(pub, m.group(3), off, part)
    m = re.search(r"\b(?:(?:recent|coming|past|last|several|many|few) )?(days|weeks|months|years|decades)\b", t)
    if m:
        return None, "duration", {"rule": "vague", "unit": m.group(1)}
    if re.search(r"\b(weekend)\b", t):
        mode = "future" if future or "next" in t else "nearest" if tense == "open" else "recent"
        return _weekday(pub, 5, "last" if "last" in t else mode)
    return None, "unknown", {"rule": "unrecognised"}


#: verbs of saying whose day wire copy writes right after them ("said on Monday it would ...")
_SAYING = frozenset({"say", "tell", "announce", "warn", "state", "declare", "add", "confirm", "threaten", "vow",
                     "pledge", "promise", "insist", "write", "report"})


def clause_tense(span: Span) -> str | None:
    """Which way the date expression ``span`` (a spaCy span) looks, from its clause: "future",
    "past", "open" or "unmarked" (see the module docstring).

    The clause is the first verb above the expression; its tense is read from its tag and
    auxiliaries, and from the words that govern it through open complements ("is due *to travel*",
    "plans *to visit*"). "until", "till", "by", "through" right before the expression make a date
    that the event runs up to.
    """
    doc = span.doc
    root = span.root
    prep = root.head.lower_ if root.dep_ == "pobj" else None
    if span.start > 0 and doc[span.start - 1].lower_ in _UNTIL:
        prep = doc[span.start - 1].lower_
    verb = root.head if root.head.i != root.i else root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "future" if prep in _UNTIL else "unmarked"
    said = verb.head
    if (verb.dep_ == "ccomp" and said.tag_ == "VBD" and said.lemma_.lower() in _SAYING and said.i < span.start
            and all(span.end <= c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))):
        # "said on Monday it would cut exports", parsed with the date on "cut": wire copy puts the
        # statement's day between the verb of saying and what is said
        verb = said
    if _looks_ahead(verb):
        return "future"
    past = _is_past(verb) or (
        # a past participle on a noun tells what was done to it ("the nurses kidnapped in May"),
        # unless it schedules ("the talks planned for May", "a vote set for June")
        verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() not in _SCHEDULED
        and verb.lemma_.lower() not in _LOOKS_AHEAD_PARTICIPLES) or (
        # a participle with a subject and no auxiliary is a past the tagger misread ("the rifles,
        # which the coast guard seized in June")
        verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if prep in _UNTIL:
        return "open" if past else "future"
    return "past" if past else "unmarked"


def _looks_ahead(verb: Token) -> bool:
    """A future-tense or scheduled clause: "will travel", "is due to travel", "plans to visit"."""
    v = verb
    if v.lemma_.lower() in _SCHEDULED | _LOOKS_AHEAD_PARTICIPLES and v.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in v.children):
        return True  # "a march is planned for Saturday", "talks are scheduled for Monday"
    if v.tag_ in ("VBZ", "VBP") and v.lemma_.lower() in _SCHEDULE_PRESENT and any(
            c.dep_ == "nsubj" for c in v.children) and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
            and not (v.dep_ == "ccomp" and v.head.lemma_.lower() in ("let", "make", "help", "see", "watch")):
        # (not a bare infinitive the tagger read as a present: "let 31 prisoners go free on Thursday")
        return True  # "the president travels on Friday to Jakarta": wire copy's present for a schedule
    for _ in range(4):
        if v.lower_ in _FUTURE_AUX or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX
                                          for c in v.children):
            return True
        if v.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in v.children):
            return True  # "said Indonesia would lift the sanctions on Wednesday": the future of the saying
        if v.i != verb.i and v.lemma_.lower() in _SCHEDULED:
            return not _is_past(v)  # "is due to travel", "is set to meet", "is to visit"; not "was due to"
        if v.dep_ not in ("xcomp", "acomp") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _is_past(verb: Token) -> bool:
    """A past-tense clause: "met", "has met", "was killed", "did not meet"; an infinitive or an
    adjective takes the tense of the verb it completes ("wanted to meet", "was due to")."""
    v = verb
    for _ in range(4):
        if v.tag_ == "VBD":
            return True
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "VBD" for a in auxes) or (v.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)):
            return True
        if v.dep_ not in ("xcomp", "acomp") or v.head.i == v.i or v.tag_ not in ("VB", "JJ", "VBN", "VBG"):
            return False
        v = v.head
    return False
