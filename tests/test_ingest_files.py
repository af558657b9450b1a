"""Readers on real files: text encodings, HTML, feeds, JSONL, gzip, folders, stdin, overrides."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.ingest import READERS, choose_reader, iter_items
from eventwire.ingest._bytes import Blob
from eventwire.model import Failure, RawItem

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = Settings()
NEWS = "The minister said on Tuesday that talks would resume.\nOfficials confirmed the plan.\n"


def items(inputs: list[str], **kw: object) -> list[RawItem | Failure]:
    return list(iter_items(inputs, kw.pop("settings", SETTINGS), **kw))  # type: ignore[arg-type]


def only_item(inputs: list[str], **kw: object) -> RawItem:
    got = items(inputs, **kw)
    assert len(got) == 1 and isinstance(got[0], RawItem), got
    return got[0]


def test_readers_list_is_pinned() -> None:
    assert [r.name for r in READERS] == ["warc", "jsonl", "feed", "html", "text"]


# ---- plain text and encodings -------------------------------------------------------------------


def test_utf8_text_is_kept_as_is(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    body = "Café talks in Zürich — “progress”, officials say.\n\nSecond paragraph.\n"
    p.write_text(body, encoding="utf-8")
    item = only_item([str(p)])
    assert item.content == body
    assert item.content_type == "text" and item.origin == str(p)
    assert item.extra["encoding"] == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(NEWS.encode(encoding))
    item = only_item([str(p)])
    assert item.content == NEWS  # the mark itself is dropped


def test_utf16_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes(NEWS.encode("utf-16-le"))
    assert only_item([str(p)]).content == NEWS


def test_cp1252_is_recognised(tmp_path: Path) -> None:
    text = "He said \u201cno deal\u201d \u2014 the caf\u00e9 owner\u2019s na\u00efve hope.\n"
    p = tmp_path / "w.txt"
    p.write_bytes(text.encode("cp1252"))
    item = only_item([str(p)])
    assert item.content == text
    assert item.extra["encoding"] == "cp1252"


def test_utf8_with_a_stray_cp1252_byte(tmp_path: Path) -> None:
    good = "Résumé of the talks in Zürich and Genève; "
    p = tmp_path / "mixed.txt"
    p.write_bytes(good.encode("utf-8") * 3 + "it\u2019s done".encode("cp1252"))
    item = only_item([str(p)])
    assert item.content == good * 3 + "it\u2019s done"
    assert item.extra["encoding"] == "utf-8+cp1252"


def test_cyrillic_cp1251_is_not_read_as_cp1252(tmp_path: Path) -> None:
    text = "Президент России заявил в понедельник, что переговоры продолжатся на следующей неделе."
    p = tmp_path / "ru.txt"
    p.write_bytes(text.encode("cp1251"))
    assert only_item([str(p)]).content == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_become_lf(tmp_path: Path, newline: str) -> None:
    p = tmp_path / "dos.txt"
    p.write_bytes(NEWS.replace("\n", newline).encode("utf-8"))
    assert only_item([str(p)]).content == NEWS


# ---- HTML ---------------------------------------------------------------------------------------


def test_html_article_and_metadata() -> None:
    item = only_item([str(FIXTURES / "article.html")])
    assert item.content_type == "text"
    assert item.title == "Ministers agree on grain corridor after talks in Ankara"
    assert item.byline == "Lena Marsh"
    assert item.source == "Harbour Gazette"
    assert (item.published, item.published_how) == ("2024-03-05", "html")
    assert item.url == "https://gazette.example.org/world/grain-corridor-talks"
    assert item.extra["html_chars"] > len(item.content)
    # the article is there, the navigation, sidebar and footer are not
    assert "stalled negotiations over inspections and insurance." in item.content
    assert "resume next month in Geneva" in item.content
    for boilerplate in ("Subscribe now", "Celebrity chef", "All rights reserved", "<p>"):
        assert boilerplate not in item.content
    # the <h1> repeating the title is the title, not the body's first paragraph
    assert item.content.startswith("ANKARA, March 5") and item.extra["title_in_body"] is True
    # paragraphs are separated by a blank line; a <br> stays one newline
    paragraphs = item.content.split("\n\n")
    assert any(p.startswith("The deal, announced") for p in paragraphs)
    assert "told reporters.\n“We will judge it" in item.content


def test_html_gz_and_declared_legacy_charset(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("—", "-")
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(page.replace("Ankara", "Ankara’s").encode("cp1252")))
    item = only_item([str(p)])
    assert "talks in Ankara’s" in item.title  # type: ignore[operator]
    assert item.extra["encoding"] == "cp1252"


# ---- feeds --------------------------------------------------------------------------------------


def test_rss_feed_entries() -> None:
    got = items([str(FIXTURES / "feed.xml")])
    ok = [i for i in got if isinstance(i, RawItem)]
    assert [i.title for i in ok] == ["Ministers agree on grain corridor", "Flooding forces thousands from homes"]
    first, second = ok
    assert first.url == "https://gazette.example.org/world/grain-corridor-talks"
    assert (first.published, first.published_how) == ("2024-03-05T08:15:00Z", "feed")
    assert second.published == "2024-03-04T16:40:00Z"  # +0100 converted to UTC
    assert first.source == "Harbour Gazette — World" and first.byline == "Lena Marsh"
    assert first.content == ("Foreign ministers from three Black Sea states agreed on Tuesday to reopen a "
                             "shipping corridor for grain.\n\nThe first convoy could sail within ten days.")
    # content:encoded wins over the summary; markup and scripts are gone
    assert second.content.startswith("Heavy rain forced more than 3,000 people")
    assert "track()" not in second.content and "<b>" not in second.content
    # the entry with no text is a Failure, the others went on
    (failure,) = [i for i in got if isinstance(i, Failure)]
    assert failure.kind == "NoArticleText" and failure.origin.endswith("#https://gazette.example.org/world/gallery")
    assert "--follow" in failure.todo


def test_atom_feed_sniffed_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "wire"
    shutil.copy(FIXTURES / "atom.xml", p)
    item = only_item([str(p)])
    assert item.title == "Port strike ends after pay deal <updated>"  # a plain-text title keeps its "<"
    assert item.source == "Coastal Wire" and item.byline == "Omar Haddad"
    assert item.published == "2024-03-06T09:30:00Z"


# ---- JSONL --------------------------------------------------------------------------------------


def test_jsonl_lines_with_text_and_html(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "d1", "text": "Troops withdrew on Monday.\r\nTalks began.", "date": "2024-01-02",
                    "title": "Withdrawal", "source": "Wire", "lang": "en"}),
        "",
        json.dumps({"id": 7, "html": page, "title": "Given title", "url": "https://x.example/7"}),
    ]
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = items([str(p)])
    assert isinstance(first, RawItem) and isinstance(second, RawItem)
    assert first.content == "Troops withdrew on Monday.\nTalks began."
    assert (first.item_id, first.title, first.source) == ("d1", "Withdrawal", "Wire")
    assert (first.published, first.published_how) == ("2024-01-02", "jsonl")
    assert first.extra["lang"] == "en" and first.origin == f"{p}:1"
    assert second.item_id == "7" and second.title == "Given title" and second.url == "https://x.example/7"
    assert second.published == "2024-03-05" and second.origin == f"{p}:3"
    assert "reopen a shipping corridor" in second.content


def test_jsonl_gz(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl.gz"
    p.write_bytes(gzip.compress(b'{"id": "g", "text": "Protesters gathered outside parliament."}\n'))
    item = only_item([str(p)])
    assert (item.item_id, item.content) == ("g", "Protesters gathered outside parliament.")


# ---- stdin --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "expect"), [
    (b'  {"id": "s1", "text": "Rebels seized the town."}\n', "Rebels seized the town."),
    ((FIXTURES / "article.html").read_bytes(), "reopen a shipping corridor"),
    (NEWS.encode(), NEWS),
])
def test_stdin_is_sniffed(data: bytes, expect: str) -> None:
    item = only_item(["-"], stdin=io.BytesIO(data))
    assert expect in item.content
    assert item.origin.startswith("stdin")


# ---- folders, order, overrides ------------------------------------------------------------------


def test_folder_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story about the ceasefire.")
    (tmp_path / "a.txt").write_text("First story about the summit.")
    (tmp_path / "b" / "1.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not ours")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Third story, compressed."))
    got = items([str(tmp_path)])
    assert all(isinstance(i, RawItem) for i in got), got
    assert [Path(i.origin).name for i in got] == ["a.txt", "1.html", "2.txt", "c.txt.gz"]
    assert got[3].content == "Third story, compressed."


def test_overrides_fill_only_what_is_missing(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Aid convoys reached the city.")
    kw = {"source": "My Desk", "published": "2024-05-01", "url": "https://me.example/a"}
    item = only_item([str(p)], **kw)
    assert (item.source, item.published, item.published_how, item.url) == (
        "My Desk", "2024-05-01", "user", "https://me.example/a")
    page = only_item([str(FIXTURES / "article.html")], **kw)
    assert (page.source, page.published, page.published_how) == ("Harbour Gazette", "2024-03-05", "html")


def test_choose_reader_by_mime_then_name_then_content() -> None:
    html = (FIXTURES / "article.html").read_bytes()
    by = {r.name: r for r in READERS}
    assert choose_reader(Blob("u", html, name="feed.xml", content_type="text/html")) is by["html"]
    assert choose_reader(Blob("u", html, name="page.txt", content_type="text/plain")) is by["html"]
    assert choose_reader(Blob("u", html, name="page")) is by["html"]
    assert choose_reader(Blob("u", html, name="page.xml")) is by["html"]  # XHTML, not a feed
    assert choose_reader(Blob("u", b'{"a": 1}', name="notes.txt")) is by["text"]
    assert choose_reader(Blob("u", b"x <b>y</b>", name="doc.html")) is by["html"]
    assert choose_reader(Blob("u", (FIXTURES / "feed.xml").read_bytes())) is by["feed"]
    assert choose_reader(Blob("u", b"WARC/1.1\r\n")) is by["warc"]
    assert choose_reader(Blob("u", b"Just words.")) is by["text"]


def test_folder_without_input_files(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (failure,) = items([str(tmp_path)])
    assert isinstance(failure, Failure) and failure.kind == "EmptyInput"
    assert failure.what == "no input files in folder" and ".txt" in failure.why


def test_declared_latin1_is_read_as_cp1252(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace("—", "-")
    p = tmp_path / "latin.html"
    p.write_bytes(page.encode("cp1252"))  # the curly quotes are cp1252 bytes 0x93/0x94
    item = only_item([str(p)])
    assert "“This is a humanitarian step" in item.content
    assert not any(0x80 <= ord(c) <= 0x9F for c in item.content)


def test_public_surface_is_pinned() -> None:
    import eventwire.ingest as ingest

    assert sorted(ingest.__all__) == ["Blob", "READERS", "Reader", "choose_reader", "iter_items", "read_blob"]


def test_jsonl_file_streams_past_max_bytes(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"Story {i}: the council met and voted on the budget."})
             for i in range(200)]
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert p.stat().st_size > 5000
    got = items([str(p)], settings=Settings(max_bytes=5000))
    assert len(got) == 200 and all(isinstance(i, RawItem) for i in got)
    assert got[-1].item_id == "n199"  # type: ignore[union-attr]


def test_jsonl_line_over_max_bytes_is_its_own_failure(tmp_path: Path) -> None:
    p = tmp_path / "one-big.jsonl.gz"
    body = [json.dumps({"id": "a", "text": "Short."}), json.dumps({"id": "b", "text": "long " * 500}),
            json.dumps({"id": "c", "text": "Also short."})]
    p.write_bytes(gzip.compress("\n".join(body).encode()))
    got = items([str(p)], settings=Settings(max_bytes=1000))
    assert [i.item_id for i in got if isinstance(i, RawItem)] == ["a", "c"]
    (failure,) = [i for i in got if isinstance(i, Failure)]
    assert (failure.kind, failure.origin, failure.what) == ("TooLarge", f"{p}:2", "line 2: too large")


def test_truncated_jsonl_gz_keeps_lines_before_the_cut(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"Report {i} on the ceasefire talks, with details."})
             for i in range(300)]
    whole = gzip.compress("\n".join(lines).encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(whole[: len(whole) * 2 // 3])
    got = items([str(p)])
    ok = [i for i in got if isinstance(i, RawItem)]
    assert 0 < len(ok) < 300 and [i.item_id for i in ok] == [f"n{k}" for k in range(len(ok))]
    assert isinstance(got[-1], Failure) and got[-1].kind == "TruncatedInput"


def test_jsonl_utf16_file_is_read_whole(tmp_path: Path) -> None:
    p = tmp_path / "u16.jsonl"
    p.write_bytes('{"id": "u", "text": "Grüße aus Zürich."}\n'.encode("utf-16"))
    assert only_item([str(p)]).content == "Grüße aus Zürich."


def test_pretty_printed_json_documents(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "p1", "text": "Troops crossed the river."}, indent=2))
    item = only_item([str(one)])
    assert (item.item_id, item.content, item.origin) == ("p1", "Troops crossed the river.", str(one))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "a", "text": "First."}, {"id": "b"}, {"id": "c", "text": "Third."}], indent=1))
    got = items([str(many)])
    assert [(type(i).__name__, i.origin) for i in got] == [
        ("RawItem", f"{many}#1"), ("Failure", f"{many}#2"), ("RawItem", f"{many}#3")]
