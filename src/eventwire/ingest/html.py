"""HTML pages (``.html``, ``.htm``): the article text and its metadata, via trafilatura.

The extracted text keeps the page's structure as plain text: each block (paragraph, heading, list
item, table row, quote) is one paragraph, paragraphs are separated by a blank line (``"\\n\\n"``),
and a ``<br>`` inside a paragraph stays a single ``"\\n"``. A first paragraph that repeats the
headline word for word is dropped (``extra["title_in_body"]``): the headline is the ``title``.

Metadata: ``title``, ``author`` -> ``byline``, ``date`` -> ``published`` (``published_how="html"``),
``sitename`` -> ``source``, ``url``.
The item's ``content_type`` is ``"text"`` (the content *is* the extracted text); ``extra`` keeps the
HTML's length and encoding.

The trafilatura options (``TRAFILATURA_OPTIONS``) were chosen on the Zyte article-extraction
benchmark (``eval/extraction.py``): ``favor_precision`` drops more boilerplate than it loses text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from copy import deepcopy
from types import MappingProxyType
from typing import Any

from ..config import Settings
from ..errors import NoArticleText
from ..model import RawItem
from ._bytes import Blob, check_not_binary, decode_text, html_charset, looks_like_html
from .base import Item, Reader

#: how our reader calls trafilatura (the extraction benchmark measures exactly these)
TRAFILATURA_OPTIONS: Mapping[str, Any] = MappingProxyType({
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
})
#: publication date from the page's structured metadata, preferring the original date to updates
DATE_PARAMS: Mapping[str, Any] = MappingProxyType({"original_date": True, "extensive_search": False})

#: marks a <br> through trafilatura's text serialisation (printable, so it survives sanitising)
_LINE_BREAK_MARKS = ("\u2e3b", "\u2e3a", "\u2056")
_SPACES = re.compile(r"[ \t]+")
_WORDS = re.compile(r"\w+")
#: fewer words than this is not an article (a page of links gives "Home World Sport")
MIN_ARTICLE_WORDS = 8


def decode_html(blob: Blob) -> tuple[str, str]:
    """Decode HTML bytes: byte-order mark, then the HTTP charset, then ``<meta charset>``, then
    the text policy in ``_bytes``."""
    declared = blob.charset or html_charset(blob.data)
    return decode_text(blob.data, declared)


def _render(body: Any, mark: str | None) -> str:
    """The body tree as text: blocks separated by blank lines, <br> as a single newline."""
    from lxml import etree
    from trafilatura.xml import xmltotxt

    tree = deepcopy(body)
    if mark is not None:
        for lb in tree.iter("lb"):
            lb.text = mark
        etree.strip_tags(tree, "lb")
    text = xmltotxt(tree, include_formatting=False)
    paragraphs = []
    for line in text.split("\n"):
        if mark is not None:
            line = "\n".join(s for s in (_SPACES.sub(" ", p).strip() for p in line.split(mark)) if s)
        line = line.strip()
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _drop_title_echo(text: str, title: str | None) -> tuple[str, bool]:
    """Drop a first paragraph that repeats the headline word for word (the page's <h1>): the
    headline is the item's ``title``, not part of its body."""
    first, sep, rest = text.partition("\n\n")
    if title and sep and _WORDS.findall(first.lower()) == _WORDS.findall(title.lower()):
        return rest, True
    return text, False


def extract(html: str, *, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's article text (as ``text``, see the module docstring) and metadata, or None
    when the page has no main text."""
    from trafilatura import bare_extraction
    from trafilatura.settings import Document as TrafilaturaDocument

    doc = bare_extraction(
        html, url=url, with_metadata=True, date_extraction_params=dict(DATE_PARAMS), **TRAFILATURA_OPTIONS,
    )
    if not isinstance(doc, TrafilaturaDocument) or doc.body is None:
        return None
    mark = next((m for m in _LINE_BREAK_MARKS if m not in html), None)
    text = _render(doc.body, mark)
    text, echoed = _drop_title_echo(text, doc.title)
    if len(_WORDS.findall(text)) < MIN_ARTICLE_WORDS:
        return None
    return {
        "text": text, "title_in_body": echoed, "title": doc.title, "author": doc.author, "date": doc.date,
        "sitename": doc.sitename, "url": doc.url, "description": doc.description, "language": doc.language,
    }


def article_item(html: str, origin: str, *, url: str | None = None, encoding: str | None = None) -> RawItem:
    """One ``RawItem`` with the article of ``html``; raises ``NoArticleText``."""
    found = extract(html, url=url)
    if found is None:
        raise NoArticleText(
            "no article text in the HTML page",
            "the extractor found no main text (a page of links, a paywall, or a page built by scripts?)",
            "pass the article's own page, or its text as a .txt file",
        )
    extra: dict[str, Any] = {"html_chars": len(html)}
    if found["title_in_body"]:
        extra["title_in_body"] = True  # the headline opened the body and was dropped from it
    if encoding:
        extra["encoding"] = encoding
    for key in ("description", "language"):
        if found.get(key):
            extra[key] = found[key]
    return RawItem(
        origin=origin, content=found["text"], content_type="text", title=found["title"] or None,
        url=url or found["url"] or None, published=found["date"] or None,
        published_how="html" if found["date"] else None, source=found["sitename"] or None,
        byline=found["author"] or None, extra=extra,
    )


def read(blob: Blob, settings: Settings) -> Iterator[Item]:
    check_not_binary(blob.data)
    html, encoding = decode_html(blob)
    yield article_item(html, blob.origin, url=blob.url, encoding=encoding)


READER = Reader(
    name="html",
    extensions=(".html", ".htm", ".xhtml", ".shtml"),
    mime_types=("text/html", "application/xhtml+xml"),
    sniff=looks_like_html,
    read=read,
)
