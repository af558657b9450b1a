"""Issue 12, properties (hypothesis), each bounded so that `make test` stays fast: readers and
cleaning never crash on arbitrary bytes, the date parser accepts exactly the calendar, the JSONL
reader judges each line alone, long texts split into pieces that cover them, and no two
documents' events share an id in the store."""

from __future__ import annotations

import itertools
import json
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_item
from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.ingest import iter_items
from eventwire.ingest.dates import parse_date
from eventwire.model import Failure, RawItem
from eventwire.pipeline import Pipeline, run_ingest, split_text
from eventwire.resources import Resources
from eventwire.store import Store

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: bytes that look like the start of each format, so the readers behind them get exercised
PREFIXES = st.sampled_from([b"", b"<html><body><p>", b'<?xml version="1.0"?><rss><channel><item><title>',
                            b'{"id": "1", "text": "', b"WARC/1.0\r\n", b"\x1f\x8b", b"\xef\xbb\xbf", b"\xff\xfe"])
NAMES = st.sampled_from(["a.txt", "a.html", "a.xml", "a.jsonl", "a.warc", "a.txt.gz", "a"])


@BOUNDED
@given(prefix=PREFIXES, body=st.binary(max_size=2000), name=NAMES)
def test_readers_and_cleaning_never_crash_on_arbitrary_bytes(prefix: bytes, body: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(prefix + body)
        s = Settings()
        for item in iter_items([str(path)], s):
            assert isinstance(item, RawItem | Failure)
            if isinstance(item, Failure):
                assert item.kind != "InternalError", item.line()
                assert item.what and item.why and item.todo
                continue
            try:
                doc = clean_item(item, s)
            except InputError:
                continue
            assert doc.text == doc.text.strip() or doc.text
            doc.text.encode("utf-8")  # storable


@BOUNDED
@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_calendar_day_is_a_date(day: date) -> None:
    iso = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    assert parse_date(iso) == iso
    assert parse_date(iso[:7]) == iso[:7]
    assert parse_date(iso[:4]) == iso[:4]


@BOUNDED
@given(when=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
def test_iso_times_and_rfc2822_are_dates(when: datetime) -> None:
    iso = when.replace(microsecond=0).isoformat()
    assert parse_date(iso) == iso
    assert parse_date(iso + "Z") == iso + "Z"
    from email.utils import format_datetime

    rfc = format_datetime(when.replace(tzinfo=UTC, microsecond=0), usegmt=True)
    assert parse_date(rfc) == when.replace(microsecond=0).isoformat() + "Z"


@BOUNDED
@given(year=st.integers(1000, 9999), month=st.integers(0, 99), day=st.integers(0, 99))
def test_impossible_days_are_refused(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    if real is None:
        with pytest.raises(ValueError, match="is not a date"):
            parse_date(text)
    else:
        assert parse_date(text) == text


@BOUNDED
@given(st.text(max_size=40))
def test_the_date_parser_returns_or_says_why(text: str) -> None:
    try:
        out = parse_date(text)
    except ValueError as exc:
        assert "YYYY-MM-DD" in str(exc)
    else:
        assert out[:4].isdigit()


GOOD_LINE = st.builds(lambda i, t: json.dumps({"id": f"d{i}", "text": t}),
                      st.integers(0, 10_000), st.text(st.characters(blacklist_categories=["Cs"]), min_size=1,
                                                         max_size=80).filter(str.strip))
BAD_LINE = st.one_of(st.just('{"id": "x", "text": "half'), st.just("[1, 2]"), st.just('{"title": "no text"}'),
                     st.just('{"id": "n", "text": "nul \x00 byte"}'),
                     st.just('{"id": "d", "text": "t", "date": "zzz"}'),
                     st.text(max_size=30).filter(lambda s: s.strip() and "\n" not in s and "\r" not in s))


@BOUNDED
@given(lines=st.lists(st.tuples(st.booleans(), GOOD_LINE, BAD_LINE), min_size=1, max_size=12))
def test_jsonl_lines_are_judged_one_by_one(lines: list[tuple[bool, str, str]]) -> None:
    chosen = [good if keep else bad for keep, good, bad in lines]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.jsonl"
        path.write_bytes(("\n".join(chosen) + "\n").encode("utf-8", "surrogateescape"))
        items = list(iter_items([str(path)], Settings()))
    assert all(isinstance(i, RawItem | Failure) for i in items)
    assert all(i.kind != "InternalError" for i in items if isinstance(i, Failure))
    # every line that was a good object is read, in order, whatever the lines around it
    got = [i.item_id for i in items if isinstance(i, RawItem)]
    wanted = [json.loads(line)["id"] for keep, line, _ in lines if keep]
    rest = iter(got)
    assert all(w in rest for w in wanted)  # in order, whatever was read between them
    assert len(items) == sum(1 for line in chosen if line.strip())


@BOUNDED
@given(text=st.text(st.sampled_from("ab .\n!?"), max_size=3000), limit=st.integers(4, 400))
def test_pieces_cover_the_text_and_stay_under_the_limit(text: str, limit: int) -> None:
    spans = split_text(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(e - s <= limit for s, e in spans)
    assert all(e > s for s, e in spans) or text == ""


SENTENCES = ["Japan deployed 40 ships near the islands on Monday.", "China accused Japan of provoking a crisis.",
             "The coast guard detained 12 fishermen near the reef.", "South Korea urged talks in Seoul.",
             "Russia attacked Ukrainian positions, officials said."]


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(st.tuples(st.sampled_from(["1", "2", "a"]),
                               st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)), min_size=2, max_size=4))
def test_no_two_documents_share_an_event_id(resources: Resources, docs: list[tuple[str, list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        s = Settings(db=str(Path(tmp) / "s.db"))
        pipeline = Pipeline(s, resources)
        with Store(s.db) as store:
            total = 0
            for n, (ext, sentences) in enumerate(docs):  # one run per file, as in the issue
                f = Path(tmp) / f"f{n}.jsonl"
                f.write_text(json.dumps({"id": ext, "text": " ".join(sentences) + f" Report {n}."}) + "\n",
                             encoding="utf-8")
                total += run_ingest([str(f)], store, s, pipeline=pipeline).events
            ids = [r[0] for r in store.db.execute("SELECT id FROM events")]
            per_doc = store.db.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
                                       " WHERE json_extract(e.record, '$.doc_id') = d.id").fetchone()[0]
    assert len(ids) == len(set(ids)) == total == per_doc
