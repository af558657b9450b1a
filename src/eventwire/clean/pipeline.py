"""The cleaning pipeline: one ordered list of steps, and the entry points that run it.

Each step is a pure function ``text -> StepResult(text, repairs, meta)``; its Repairs carry offsets
into the text *as that step received it*. The order matters and a test pins it:

1. ``fix_encoding``        mojibake, HTML entities, C1 controls (ftfy)
2. ``normalize_newlines``  CRLF/CR and other line separators; soft hyphens, zero-width chars, BOMs
3. ``normalize_spaces``    odd spaces, runs of spaces, spaces at line ends, runs of blank lines
4. ``remove_boilerplate``  whole lines from ``data/clean/boilerplate.txt``
5. ``repair_linebreaks``   words and sentences broken across lines
6. ``split_subheads``      a subhead glued to the paragraph after it gets its own paragraph
7. ``extract_headline``    a headline line → ``title``
8. ``extract_byline``      "By ..." and "(Reporting by ...)" lines → ``byline``; timestamp lines
9. ``extract_dateline``    "SEOUL, Nov 3 (Reuters) - " → ``dateline`` (and agency, date)

``Document.id`` is the first 16 hex digits of the SHA-256 of the clean text (UTF-8).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import NamedTuple

from ..config import Settings
from ..errors import EmptyInput, NoArticleText
from ..model import Document, RawItem, Repair
from ._edits import StepResult
from .boilerplate import remove_boilerplate_step
from .language import detect_language
from .linebreaks import repair_linebreaks_step
from .metadata import extract_byline_step, extract_dateline_step, extract_headline_step
from .normalize import fix_encoding_step, normalize_newlines_step, normalize_spaces_step
from .subheads import split_subheads_step


class Step(NamedTuple):
    name: str
    func: Callable[[str], StepResult]


STEPS: list[Step] = [
    Step("fix_encoding", fix_encoding_step),
    Step("normalize_newlines", normalize_newlines_step),
    Step("normalize_spaces", normalize_spaces_step),
    Step("remove_boilerplate", remove_boilerplate_step),
    Step("repair_linebreaks", repair_linebreaks_step),
    Step("split_subheads", split_subheads_step),
    Step("extract_headline", extract_headline_step),
    Step("extract_byline", extract_byline_step),
    Step("extract_dateline", extract_dateline_step),
]

#: the steps that only repair text (no metadata): ``repair_text`` runs these
REPAIR_STEPS: tuple[str, ...] = (
    "fix_encoding", "normalize_newlines", "normalize_spaces", "remove_boilerplate", "repair_linebreaks",
    "split_subheads",
)


def clean_text(text: str) -> tuple[str, list[Repair], dict[str, str | None]]:
    """Run every step: (clean text, every repair in step order, metadata found in the text).

    Metadata keys: ``title``, ``byline``, ``dateline``, ``agency``, ``dateline_date`` (ISO date,
    only when the dateline has a year), ``text_date`` (ISO date of a timestamp line such as
    "Updated Nov. 4, 2024"). A key is absent when nothing was found."""
    repairs: list[Repair] = []
    meta: dict[str, str | None] = {}
    for step in STEPS:
        text, reps, found = step.func(text)
        repairs.extend(reps)
        for k, v in found.items():
            meta.setdefault(k, v)
    return text, repairs, meta


def repair_text(text: str) -> str:
    """The pure ``str -> str`` view of the repair steps (no metadata extraction)."""
    for step in STEPS:
        if step.name in REPAIR_STEPS:
            text = step.func(text).text
    return text


def document_id(clean: str) -> str:
    """First 16 hex digits of the SHA-256 of the clean text (UTF-8)."""
    return hashlib.sha256(clean.encode("utf-8")).hexdigest()[:16]


def _html_to_text(item: RawItem) -> str:
    import trafilatura

    text = trafilatura.extract(item.content, include_comments=False, include_tables=False)
    if not text:
        raise NoArticleText(f"{item.origin}: no article text in the HTML",
                            "the page has no main text that could be extracted",
                            "pass the article's text, or a page with an article body")
    return str(text)


def clean_item(item: RawItem, settings: Settings) -> Document:
    """A clean Document from ``item``. The item's own metadata wins; metadata found in the text
    only fills what the item lacks. Raises :class:`~eventwire.errors.EmptyInput` when nothing
    is left after cleaning."""
    del settings  # cleaning has no settings yet; the parameter keeps the stage contract
    body = _html_to_text(item) if item.content_type == "html" else item.content
    text, repairs, meta = clean_text(body)
    if not text.strip():
        raise EmptyInput(f"{item.origin}: no text left after cleaning",
                         "the input is empty, or only whitespace and boilerplate",
                         "check that the file holds an article")
    published, how = item.published, item.published_how
    if published is None and meta.get("dateline_date"):
        published, how = meta["dateline_date"], "dateline"
    elif published is None and meta.get("text_date"):
        published, how = meta["text_date"], "text"
    return Document(
        id=document_id(text),
        text=text,
        raw_text=item.content,
        title=item.title or meta.get("title"),
        dateline=meta.get("dateline"),
        byline=item.byline or meta.get("byline"),
        source=item.source or meta.get("agency"),
        url=item.url,
        published=published,
        published_how=how,
        language=detect_language(text),
        repairs=repairs,
        origin=item.origin,
        item_id=item.item_id,
    )
