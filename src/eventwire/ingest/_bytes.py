"""Bytes before any reader sees them: size limits, gzip, binary detection, sniffing, decoding.

Decoding policy (``decode_text``), in this order:

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (LE/BE); the mark is dropped;
2. a charset the transport declared (HTTP ``Content-Type``, HTML ``<meta charset>``), when Python
   knows it and the bytes decode under it (``iso-8859-1`` and ``ascii`` are read as cp1252, as
   browsers do);
3. UTF-16 without a mark, when the NUL bytes sit in every other position;
4. strict UTF-8;
5. UTF-8 with a few stray bytes: when the bytes hold valid multi-byte UTF-8 sequences and at most
   1 invalid byte in 50 non-ASCII ones, the stray bytes are read as cp1252 (a common scraping artifact);
6. cp1252, only when it yields plausible Western text: every byte maps to a character and at most a
   quarter of the letters are non-ASCII (a Cyrillic or Greek page read as cp1252 fails this);
7. ``charset_normalizer``'s best guess, when it finds one with little "chaos";
8. otherwise ``DecodeError``. Latin-1, which decodes anything, is never a silent fallback.

Binary data (a known file signature, NUL bytes outside UTF-16/32, or more than 5 % control
characters) is ``BinaryInput``; it is never decoded.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from ..errors import BinaryInput, DecodeError, EmptyInput, MalformedInput, TooLarge, TruncatedInput

GZIP_MAGIC = b"\x1f\x8b"

#: file signatures of common binary formats, so the message can name what was passed
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

PASS_TEXT = "pass a .txt, .html, .jsonl, .xml (feed) or .warc file"


@dataclass
class Blob:
    """One input's bytes and what its transport said about them."""

    origin: str  # what Failures and items name: a path, a URL, "stdin", "file.warc#uri"
    data: bytes
    name: str = ""  # file name or URL path, lower-cased, for extension matching ("" for stdin)
    content_type: str | None = None  # declared MIME type (HTTP), without parameters
    charset: str | None = None  # declared charset (HTTP)
    url: str | None = None  # where it came from, after redirects
    path: str | None = None  # the file on disk, for readers that stream (WARC)
    status: int = 200  # HTTP status (304: not modified since the validators sent)
    etag: str | None = None  # HTTP validators, for the next conditional request
    last_modified: str | None = None


def limit_text(limit: int) -> str:
    """A size limit as people say it: "20 MB", else "10,000-byte"."""
    return f"{limit // 1_000_000} MB" if limit >= 1_000_000 and limit % 1_000_000 == 0 else f"{limit:,}-byte"


def check_size(n: int, limit: int) -> None:
    if n > limit:
        raise TooLarge(
            "input too large", f"{n:,} bytes, over the {limit_text(limit)} limit (max_bytes)",
            "split it, or raise max_bytes in eventwire.toml",
        )


def check_not_empty(data: bytes) -> None:
    if not data.strip():
        why = "0 bytes" if not data else "whitespace only"
        raise EmptyInput("empty input", why, "pass a file with text in it")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress all gzip members, refusing more than ``limit`` bytes of output."""
    out = bytearray()
    rest = data
    try:
        while rest.startswith(GZIP_MAGIC):
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(rest, limit + 1 - len(out))
            if len(out) > limit:  # decompression stopped at the limit: the real size is unknown
                raise TooLarge("input too large", f"it unpacks to more than the {limit_text(limit)} limit (max_bytes)",
                               "unpack it yourself and split it, or raise max_bytes in eventwire.toml")
            if not d.eof:
                raise TruncatedInput(
                    "truncated gzip file", f"the compressed data ends early, after {len(out):,} bytes",
                    "download or copy the file again",
                )
            rest = d.unused_data.lstrip(b"\x00")
    except zlib.error as exc:
        raise MalformedInput("corrupt gzip file", str(exc), "download or copy the file again") from exc
    return bytes(out)


def gunzip_head(data: bytes, n: int = 512) -> bytes:
    """The first ``n`` decompressed bytes of gzip data (b"" when undecodable)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], n)
    except zlib.error:
        return b""


def is_gzip_warc(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC) and gunzip_head(data, 16).startswith(b"WARC/")


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def check_signature(data: bytes) -> None:
    """Raise ``BinaryInput`` when ``data`` starts with a known binary file signature."""
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            raise BinaryInput("not a text file", f"looks like {what}", PASS_TEXT)


def has_nul(data: bytes) -> bool:
    """NUL bytes in the first 64 KB, outside UTF-16/32 text (where they belong)."""
    return b"\x00" in data[:65536] and not (bom_encoding(data) in ("utf-16", "utf-32") or utf16_without_bom(data))


def check_not_binary(data: bytes) -> None:
    """Raise ``BinaryInput`` for a known binary signature or NUL bytes outside UTF-16/32 text."""
    check_signature(data)
    if has_nul(data):
        raise BinaryInput("not a text file", "contains NUL bytes (binary data)", PASS_TEXT)


def _check_controls(text: str) -> None:
    sample = text[:65536]
    n = len(_CONTROL.findall(sample))
    if sample and n > 0.05 * len(sample):
        raise BinaryInput(
            "not a text file", f"{n / len(sample):.0%} of its characters are control characters (binary data)",
            PASS_TEXT,
        )


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 text with a few stray single bytes (read as cp1252), or None."""
    if not _UTF8_MULTIBYTE.search(data):
        return None
    parts: list[str] = []
    pos, strays = 0, 0
    budget = max(1, len(_NON_ASCII.findall(data)) // 50)
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            strays += 1
            if strays > budget:
                return None
            bad = data[pos + exc.start: pos + exc.end]
            parts.append(data[pos: pos + exc.start].decode("utf-8"))
            parts.append(bad.decode("cp1252", errors="replace"))
            pos += exc.end
    text = "".join(parts)
    return None if "\ufffd" in text else text


def _plausible_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    return text if non_ascii <= 0.25 * len(letters) else None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


#: labels that browsers read as windows-1252 (WHATWG Encoding Standard): pages that declare them
#: routinely hold cp1252 quotes and dashes, which Latin-1 would turn into C1 control characters
_AS_CP1252 = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` by the policy in the module docstring: (text, encoding used)."""
    check_not_binary(data)
    text: str | None = None
    enc = bom_encoding(data)
    if enc is not None:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                "cannot decode text", f"it starts with a {enc} byte-order mark but {exc.reason} at byte {exc.start}",
                "re-save the file as UTF-8",
            ) from exc
        text = text.lstrip("\ufeff")
    declared_enc = _known(declared)
    if text is None and declared_enc is not None:
        try:
            text, enc = data.decode(declared_enc), declared_enc
        except UnicodeDecodeError:
            text = None
    if text is None and (u16 := utf16_without_bom(data)) is not None:
        try:
            text, enc = data.decode(u16), u16
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = None
    if text is None and (strays := _utf8_with_strays(data)) is not None:
        text, enc = strays, "utf-8+cp1252"
    if text is None and (cp := _plausible_cp1252(data)) is not None:
        text, enc = cp, "cp1252"
    if text is None and (guess := _guess(data)) is not None:
        text, enc = guess
    if text is None or enc is None:
        raise DecodeError(
            "cannot decode text", "it is not UTF-8, has no byte-order mark, and no other encoding gives plausible text",
            "re-save the file as UTF-8",
        )
    _check_controls(text)
    return text, enc


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset=...>``)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---- sniffing --------------------------------------------------------------------------------------

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(
    rb"<(!doctype\s+html|html|head|body|article|div|p|title|meta|h[1-6]|section|table)[\s>/]", re.IGNORECASE,
)


def _text_head(data: bytes, n: int = 2048) -> bytes:
    """The start of the data as ASCII-compatible bytes (UTF-16/32 re-encoded, BOM dropped)."""
    enc = bom_encoding(data) or utf16_without_bom(data)
    if enc and enc != "utf-8-sig":
        return data[: n * 4].decode(enc, errors="ignore").lstrip("\ufeff").encode("utf-8", "ignore")[:n]
    return data[3:n] if enc == "utf-8-sig" else data[:n]


def looks_like_warc(data: bytes) -> bool:
    return data.startswith(b"WARC/") or is_gzip_warc(data)


_JSON_START = re.compile(rb"\s*(\{|\[\s*\{)")


def looks_like_jsonl(data: bytes) -> bool:
    """JSON Lines, or one JSON document: an object, or an array of objects."""
    return _JSON_START.match(_text_head(data)) is not None


def looks_like_feed(data: bytes) -> bool:
    head = _text_head(data).lstrip()
    return head.startswith(b"<") and _FEED_ROOT.search(head) is not None


def looks_like_html(data: bytes) -> bool:
    head = _text_head(data).lstrip()
    return head.startswith(b"<") and _HTML_START.search(head) is not None


def always(data: bytes) -> bool:
    return True
