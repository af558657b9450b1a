"""The ledger: claims about the same counted thing, lined up across documents and sources.

Grouping (``build_ledger``):

- The subject key is the canonical head noun (the last word before any "from ...", singularised,
  mapped through the synonym groups of ``data/claims/subjects.tsv``: soldiers, troops and
  servicemen are one) plus the actor code (``subject_code``; where none was resolved, the
  subject's modifier words, so "North Korean soldiers" and "North Korean troops" still meet),
  plus the casualty kind.
- A claim with a bare subject ("thousands of soldiers": no code, no modifier) joins the one group
  with the same head noun that has a row from the same document, else from the same story
  (``meta["story_id"]``), where there is exactly one such group.
- Places stay rows, not groups: each row keeps its location, and figures are compared only where
  locations are compatible: the same, or either unknown, or the same preposition with a shared
  place word stem ("near Ukraine" and "near the Ukrainian border"; not "in Russia").
- Periods: figures whose dates lie more than ``PERIOD_DAYS`` apart are not compared.
- A generic group (no actor code, no modifier: "people", "ships") compares figures of different
  documents only where both give a compatible place: nothing else says they count the same thing.

Comparison: two rows from different sources (or different documents) *agree* when their
intervals overlap and *conflict* when they are disjoint (open bounds are infinite). A group is
"conflict" if any pair conflicts, "agree" if some pair agrees and none conflicts, else "single".
Each source's latest figure (by claim date, then document publication) is marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Claim, Quantity, Span
from . import _data

PERIOD_DAYS = 31
_GENERIC = frozenset({"the", "a", "an", "of", "and", "area", "areas", "region", "border", "city", "near",
                      "in", "at", "to", "on", "along", "across", "around", "inside", "within", "into"})


@dataclass
class LedgerRow:
    source: str  # who says so: name, code or text of the source; "unattributed" where none
    source_code: str | None
    figure: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    location: str | None
    date: str | None
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    cue: str | None
    hedges: list[str]
    subject: str | None
    latest: bool = False
    story_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class LedgerGroup:
    key: str
    subject: str
    subject_code: str | None
    kind: str | None
    head: str = ""  # canonical counted noun
    rows: list[LedgerRow] = field(default_factory=list)
    agreements: list[tuple[int, int]] = field(default_factory=list)  # row index pairs
    conflicts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.conflicts:
            return "conflict"
        return "agree" if self.agreements else "single"

    def latest(self) -> dict[str, LedgerRow]:
        """source -> its latest row."""
        return {r.source: r for r in self.rows if r.latest}

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "head": self.head, "subject": self.subject, "subject_code": self.subject_code,
            "kind": self.kind,
            "status": self.status, "rows": [r.to_json() for r in self.rows],
            "agreements": [list(p) for p in self.agreements], "conflicts": [list(p) for p in self.conflicts],
            "latest": {s: i for i, r in enumerate(self.rows) for s in [r.source] if r.latest},
        }


def singular(word: str) -> str:
    """A plain English singular for a plural noun ("soldiers" -> "soldier", "casualties" -> "casualty")."""
    w = word.lower()
    if w in _data.subject_synonyms():
        return w
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(?:s|x|z|ch|sh)es$", w):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _head_and_modifiers(subject: str) -> tuple[str, str]:
    words = re.findall(r"[\w'-]+", subject.split(" from ")[0])
    if not words:
        return "", ""
    syn = _data.subject_synonyms()
    head = singular(words[-1])
    two = " ".join(words[-2:]).lower()
    if len(words) > 1 and two in syn:
        return syn[two], " ".join(words[:-2]).lower()
    return syn.get(head, head), " ".join(w.lower() for w in words[:-1])


def _source_label(c: Claim) -> tuple[str, str | None]:
    s = c.source
    if not s:
        return ("unattributed" + (f" ({c.cue})" if c.cue else "")), None
    label = s.get("code") or s.get("name") or s.get("entity_text") or "?"
    if s.get("code") and s.get("sector"):
        label = f"{s['code']} {s['sector']}"
    return str(label), s.get("code")


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


def _loc_words(loc: str) -> tuple[str, set[str]]:
    words = re.findall(r"\w+", loc.lower())
    if not words:
        return "", set()
    return words[0], {w[:5] for w in words[1:] if w not in _GENERIC}


def locations_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if a.lower() == b.lower():
        return True
    pa, wa = _loc_words(a)
    pb, wb = _loc_words(b)
    return pa == pb and bool(wa & wb)


def _overlap(a: LedgerRow, b: LedgerRow) -> bool:
    alo = a.low if a.low is not None else float("-inf")
    ahi = a.high if a.high is not None else float("inf")
    blo = b.low if b.low is not None else float("-inf")
    bhi = b.high if b.high is not None else float("inf")
    return alo <= bhi and blo <= ahi


def _comparable(a: LedgerRow, b: LedgerRow, generic: bool = False) -> bool:
    if a.source == b.source and a.doc_id == b.doc_id:
        return False
    if a.source == b.source and a.source_code is not None:
        return False  # one source's figures over time are updates, not disagreement
    if not locations_compatible(a.location, b.location):
        return False
    if generic and a.doc_id != b.doc_id and (a.location is None or b.location is None):
        return False  # "five people" here and "200 people" there: nothing says they are the same people
    da, db = _parse_date(a.date or a.published), _parse_date(b.date or b.published)
    return not (da and db and abs((da - db).days) > PERIOD_DAYS)


def _row(c: Claim, meta: dict[str, Any]) -> LedgerRow:
    label, code = _source_label(c)
    q = c.quantity
    return LedgerRow(label, code, q.text, q.value, q.low, q.high, q.qualifier, c.location,
                     c.date or meta.get("published"), str(meta.get("doc_id") or q.doc_id), meta.get("title"),
                     meta.get("source"), meta.get("published"), c.cue, list(c.hedges), c.subject,
                     story_id=meta.get("story_id"))


def build_ledger(claims: list[tuple[Claim, dict[str, Any]]]) -> list[LedgerGroup]:
    """Group ``(claim, document meta)`` pairs by what was counted; mark agreement and conflict.

    ``meta`` carries ``doc_id``, ``title``, ``source`` (outlet), ``published``. Claims whose
    quantity could not be read (``error``) or that have no subject are left out.
    """
    groups: dict[str, LedgerGroup] = {}
    bare: list[tuple[Claim, dict[str, Any], str]] = []
    for c, meta in claims:
        if c.quantity.error or not c.subject:
            continue
        head, mods = _head_and_modifiers(c.subject)
        if not head:
            continue
        who = c.subject_code or (f"~{mods}" if mods else "")
        if not who:
            bare.append((c, meta, head))
            continue
        key = f"{who} {head}" + (f" [{c.kind}]" if c.kind else "")
        g = groups.setdefault(key, LedgerGroup(key, c.subject, c.subject_code, c.kind, head))
        g.rows.append(_row(c, meta))
    for c, meta, head in bare:
        doc = str(meta.get("doc_id") or c.quantity.doc_id)
        story = meta.get("story_id")
        alike = [g for g in groups.values()
                 if g.head == head and g.kind == c.kind and (g.subject_code is not None or g.key.startswith("~"))]
        same = [g for g in alike if any(r.doc_id == doc for r in g.rows)]
        if not same and story:
            same = [g for g in alike if any(r.story_id == story for r in g.rows)]
        if len(same) == 1:
            same[0].rows.append(_row(c, meta))
        else:
            key = f"{head}" + (f" [{c.kind}]" if c.kind else "")
            group = groups.setdefault(key, LedgerGroup(key, c.subject or head, None, c.kind, head))
            group.rows.append(_row(c, meta))
    out = sorted(groups.values(), key=lambda g: (-len(g.rows), g.key))
    for g in out:
        g.rows.sort(key=lambda r: (r.date or "", r.published or "", r.doc_id, r.source))
        latest: dict[str, int] = {}
        for i, r in enumerate(g.rows):
            latest[r.source] = i
        for i in latest.values():
            g.rows[i].latest = True
        for i in range(len(g.rows)):
            for j in range(i + 1, len(g.rows)):
                a, b = g.rows[i], g.rows[j]
                if _comparable(a, b, generic=g.subject_code is None and not g.key.startswith("~")):
                    (g.agreements if _overlap(a, b) else g.conflicts).append((i, j))
    return out


def _fmt(v: float | None) -> str:
    if v is None:
        return "…"
    return f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.2f}"


def ledger_rows(group: LedgerGroup) -> list[dict[str, str]]:
    """The rows of a group as display strings (for a CLI table)."""
    conflict = {i for p in group.conflicts for i in p}
    agree = {i for p in group.agreements for i in p}
    out = []
    for i, r in enumerate(group.rows):
        mark = "conflict" if i in conflict else "agree" if i in agree else ""
        out.append({
            "latest": "*" if r.latest else "", "source": r.source, "figure": r.figure,
            "interval": f"{_fmt(r.low)}–{_fmt(r.high)}", "qualifier": r.qualifier, "location": r.location or "",
            "date": r.date or "", "document": r.doc_id, "cue": r.cue or "", "mark": mark,
        })
    return out


def render_ledger(groups: list[LedgerGroup]) -> str:
    """A plain-text table per group: the figures side by side, agreement and conflict marked."""
    cols = ["latest", "source", "figure", "interval", "qualifier", "location", "date", "document", "cue",
            "mark"]
    blocks = []
    for g in groups:
        rows = ledger_rows(g)
        width = {c: max(len(c), *(len(r[c]) for r in rows)) for c in cols}
        head = f"{g.subject} [{g.key}] — {g.status}"
        lines = [head, "  " + "  ".join(("" if c == "latest" else c).ljust(width[c]) for c in cols).rstrip()]
        for r in rows:
            lines.append("  " + "  ".join(r[c].ljust(width[c]) for c in cols).rstrip())
        for i, j in g.conflicts:
            lines.append(f"  conflict: {g.rows[i].source} {g.rows[i].figure} vs {g.rows[j].source} {g.rows[j].figure}")
        blocks.append("\n".join(lines))
    if not blocks:
        return "no claims"
    return "\n\n".join(blocks) + "\n(* latest figure from that source)"


def claim_from_json(d: dict[str, Any]) -> Claim:
    """The Claim that ``Claim.to_json()`` wrote (the store keeps claims as JSON)."""
    q = Quantity(d.get("doc_id", ""), d["text"], int(d["start"]), int(d["end"]), d.get("value"), d.get("low"),
                 d.get("high"), d.get("qualifier", "exact"), d.get("unit"), d.get("error"))
    ev = d.get("evidence")
    return Claim(q, d.get("subject"), d.get("subject_code"), d.get("location"), d.get("date"), d.get("source"),
                 d.get("cue"), list(d.get("hedges") or []), d.get("sentence"),
                 Span(ev["text"], int(ev["start"]), int(ev["end"])) if ev else None, d.get("kind"))
