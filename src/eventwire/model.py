"""The records that flow through eventwire, one dataclass each.

Data flows one way (see STYLE.md)::

    RawItem ──clean──► Document ──annotate──► Annotated(sentences, entities, dates, places)
                                   ──code──► Event          ──claims──► Quantity, Attribution, Claim

Every ``start``/``end`` pair is a character offset into ``Document.text`` (the clean text).
``to_json()`` gives the record exactly as ../shared/INTERFACE.md specifies it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal[
    "asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated", "historical"
]
MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated", "historical",
)
#: the modalities that mean "it happened": queries and counts default to these
HAPPENED: tuple[str, ...] = ("asserted", "reported")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

QUALIFIERS: tuple[str, ...] = (
    "exact", "approximately", "over", "at_least", "under", "at_most", "range", "vague",
)


@dataclass
class Repair:
    """One change that cleaning made. ``start``/``end`` are offsets into the text *as that step
    received it* (``step`` names the step; steps run in the order of ``clean.pipeline.STEPS``)."""

    kind: str
    start: int
    end: int
    before: str
    after: str
    step: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RawItem:
    """What a reader yields: one unit of input before cleaning."""

    origin: str  # file path, URL, "stdin", "file.warc.gz#record-3" ...
    content: str  # decoded text (plain text) or HTML markup
    content_type: Literal["text", "html"] = "text"
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 where known
    published_how: str | None = None  # "metadata", "feed", "jsonl", "user", "dateline", "html" ...
    source: str | None = None  # outlet / site name
    byline: str | None = None
    item_id: str | None = None  # the input's own id (JSONL ``id``)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """An input that could not be used: kept as data, never a crash."""

    origin: str
    what: str  # what failed
    why: str  # why it failed
    todo: str  # what to do about it
    kind: str = ""  # the InputError subclass that caused it ("EmptyInput", "FetchError" ...), if known

    def line(self) -> str:
        return f"{self.origin}: {self.what}: {self.why}; {self.todo}"


@dataclass
class Document:
    id: str  # content hash of the clean text
    text: str  # clean text; every offset refers to it
    raw_text: str
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    published_how: str | None = None
    language: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    story_id: str | None = None
    origin: str | None = None
    item_id: str | None = None

    @property
    def doc_id(self) -> str:
        """The id records carry: the input's own id where it had one, else the content hash."""
        return self.item_id or self.id


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Actor:
    """A resolved actor: PLOVER/ISO code, sector, canonical name, optional identifier."""

    code: str | None
    sector: str | None = None
    name: str | None = None
    identifier: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Entity:
    """A mention in the text, with its resolution (INTERFACE.md "entity")."""

    doc_id: str
    text: str
    start: int
    end: int
    label: str  # spaCy NER label, or ACTOR for a gazetteer-only mention
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    identifier: str | None = None
    kind: str = "actor"  # actor | place | date | other
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "text": self.text, "start": self.start, "end": self.end,
            "label": self.label, "code": self.code, "sector": self.sector, "name": self.name,
            "identifier": self.identifier, "kind": self.kind, **self.extra,
        }

    def as_party(self) -> dict[str, Any]:
        """The entity object used inside events and claims."""
        return {
            "entity_text": self.text, "code": self.code, "sector": self.sector, "name": self.name,
            "start": self.start, "end": self.end,
        }


@dataclass
class Span:
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Attribution:
    """A reported statement: who (source) says (cue) what (content)."""

    doc_id: str
    source: Span | None
    cue: Span
    content: Span | None
    source_code: str | None = None
    source_sector: str | None = None
    source_name: str | None = None
    hedges: list[str] = field(default_factory=list)
    sentence: int | None = None
    #: the form that signalled it: speech, cognition, intent ("plans to"), according, noun
    #: ("reports of"), hedge ("reportedly"), punctuation ("Name: ...") — None where unknown
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        src = None
        if self.source is not None:
            src = {**self.source.to_json(), "code": self.source_code, "sector": self.source_sector,
                   "name": self.source_name}
        return {
            "doc_id": self.doc_id,
            "source": src,
            "cue": self.cue.to_json(),
            "content": self.content.to_json() if self.content else None,
            "hedges": list(self.hedges),
            "kind": self.kind,
        }


@dataclass
class Quantity:
    doc_id: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # one of QUALIFIERS
    unit: str | None = None
    error: str | None = None  # set when the number could not be used: kept as text with a reason

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    quantity: Quantity
    subject: str | None
    subject_code: str | None
    location: str | None
    date: str | None
    source: dict[str, Any] | None  # entity object of who says so, None when unattributed
    cue: str | None
    hedges: list[str] = field(default_factory=list)
    sentence: int | None = None
    evidence: Span | None = None
    #: what kind of count: "dead", "injured", "arrested" (casualty counts feed events' size), else None
    kind: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.quantity.to_json(),
            "subject": self.subject, "subject_code": self.subject_code, "location": self.location,
            "date": self.date, "source": self.source, "cue": self.cue, "hedges": list(self.hedges),
            "sentence": self.sentence,
            "evidence": self.evidence.to_json() if self.evidence else None,
            "kind": self.kind,
        }


@dataclass
class Event:
    """A PLOVER event record (INTERFACE.md "event")."""

    id: str
    doc_id: str
    date: str | None
    event: str  # one of PLOVER_TYPES
    mode: str | None
    context: list[str]
    actor: list[dict[str, Any]]  # entity objects (Entity.as_party)
    recipient: list[dict[str, Any]]
    event_text: str
    event_loc: dict[str, Any] | None
    size: dict[str, int | None]
    text_info: dict[str, Any]  # sentence, start, end, text
    cameo: str | None
    modality: str
    attribution: list[dict[str, Any]]  # entity objects with "cue"
    confidence: float
    coder: dict[str, str]  # rule, version
    trigger: dict[str, Any] | None = None  # text, start, end of the trigger words

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Result:
    """Everything the pipeline derives from one document (what the store saves atomically)."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    resource_version: str | None = None

    def records(self, kind: str) -> list[dict[str, Any]]:
        """The records of ``kind`` as INTERFACE.md JSON objects."""
        by_kind: dict[str, list[Any]] = {
            "entities": self.entities, "events": self.events, "quantities": self.quantities,
            "attributions": self.attributions, "claims": self.claims,
        }
        items = by_kind[kind]
        out = []
        for rec in items:
            d = rec.to_json()
            d.setdefault("doc_id", self.document.doc_id)
            out.append(d)
        return out
