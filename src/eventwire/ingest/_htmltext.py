"""A small HTML-fragment-to-text converter for feed summaries (no article extraction needed):
block elements become paragraphs separated by a blank line, ``<br>`` a newline, entities decoded,
scripts and styles dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
    "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
})
_SKIP = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\x00br\x00")
        elif tag in _BLOCKS:
            self.parts.append("\x00p\x00")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\x00p\x00")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\x00", ""))


def html_to_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    paragraphs = []
    for para in "".join(parser.parts).split("\x00p\x00"):
        lines = (_SPACES.sub(" ", line).strip() for line in para.split("\x00br\x00"))
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)
