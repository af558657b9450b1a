"""Date normalisation against the publication date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.nlp.dates import normalise_date

PUB = "2024-11-04"  # a Monday


@pytest.mark.parametrize(("text", "future", "value", "gran"), [
    ("on Sunday", False, "2024-11-03", "day"),
    ("Monday", False, "2024-11-04", "day"),
    ("Friday", False, "2024-11-01", "day"),
    ("Friday", True, "2024-11-08", "day"),
    ("next Monday", False, "2024-11-11", "day"),
    ("last Monday", False, "2024-10-28", "day"),
    ("yesterday", False, "2024-11-03", "day"),
    ("tomorrow", False, "2024-11-05", "day"),
    ("today", False, "2024-11-04", "day"),
    ("Nov. 3", False, "2024-11-03", "day"),
    ("December 28", False, "2023-12-28", "day"),
    ("December 28", True, "2024-12-28", "day"),
    ("Jan. 5", True, "2025-01-05", "day"),
    ("2024-11-03", False, "2024-11-03", "day"),
    ("3 November 2021", False, "2021-11-03", "day"),
    ("March 15, 2022", False, "2022-03-15", "day"),
    ("next month", False, "2024-12", "month"),
    ("last month", False, "2024-10", "month"),
    ("September", False, "2024-09", "month"),
    ("February", True, "2025-02", "month"),
    ("November 2023", False, "2023-11", "month"),
    ("last week", False, "2024-W44", "week"),
    ("this week", False, "2024-W45", "week"),
    ("earlier this year", False, "2024", "year"),
    ("last year", False, "2023", "year"),
    ("2019", False, "2019", "year"),
    ("the 1990s", False, "199", "decade"),
    ("over two years", False, "P2Y", "duration"),
    ("five-year", False, "P5Y", "duration"),
    ("three months", False, "P3M", "duration"),
    ("two years ago", False, "2022", "year"),
    ("10 days ago", False, "2024-10-25", "day"),
    ("in two weeks", False, "2024-W47", "week"),
    ("the past year", False, "P1Y", "duration"),
    ("over the past decade", False, "P10Y", "duration"),
    ("the past 24 hours", False, "PT24H", "duration"),
    ("24 hours ago", False, "2024-11-03", "day"),
    # counted from another act the text tells, not from publication: an offset, no calendar date
    ("almost a decade later", False, "P10Y", "duration"),
    ("two days earlier", False, "P2D", "duration"),
    ("three weeks from now", False, "2024-W48", "week"),
    ("from 2019 to 2021", False, "2019/2021", "year"),
    ("in March last year", False, "2023-03", "month"),
    ("mid-November", False, "2024-11", "month"),
    ("Oct. 7, 2023", False, "2023-10-07", "day"),
    ("last Thursday night", False, "2024-10-31", "day"),
    ("early next week", False, "2024-W46", "week"),
])
def test_normalise(text: str, future: bool, value: str, gran: str) -> None:
    got, granularity, _extra = normalise_date(text, PUB, future)
    assert (got, granularity) == (value, gran)


def test_qualifier_kept_for_durations() -> None:
    assert normalise_date("over two years", PUB)[2]["qualifier"] == "over"


def test_relative_needs_a_publication_date() -> None:
    assert normalise_date("yesterday", None)[0] is None
    assert normalise_date("2024-11-03", None)[0] == "2024-11-03"


def test_unrecognised_is_unknown() -> None:
    assert normalise_date("the other day", PUB)[1] in ("unknown", "day")
    assert normalise_date("once upon a time", PUB) == (None, "unknown", {"rule": "unrecognised"})


@given(st.dates(min_value=__import__("datetime").date(1990, 1, 1),
                max_value=__import__("datetime").date(2040, 12, 31)),
       st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))
def test_bare_weekday_is_within_the_past_week(pub: object, day: str) -> None:
    from datetime import date, timedelta

    assert isinstance(pub, date)
    value, gran, _ = normalise_date(day.title(), pub.isoformat())
    got = date.fromisoformat(value or "")
    assert gran == "day"
    assert pub - timedelta(days=6) <= got <= pub
    assert got.strftime("%A").lower() == day


THURSDAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize(("text", "tense", "value"), [
    # a bare month-day: the nearest occurrence the tense allows
    ("March 20", "open", "2025-03-20"),
    ("March 2", "open", "2025-03-02"),
    ("March 20", "unmarked", "2025-03-20"),
    ("February 27", "unmarked", "2025-02-27"),
    ("March 1", "future", "2026-03-01"),
    ("March 20", "past", "2024-03-20"),
    ("March 9", "past", "2025-03-09"),  # a week's slack for a late-filed story
    # a bare weekday: the next one in the future, the nearest when open, else the last one
    ("Friday", "future", "2025-03-07"),
    ("Friday", "past", "2025-02-28"),
    ("Friday", "unmarked", "2025-02-28"),
    ("Friday", "open", "2025-03-07"),
    ("Monday", "open", "2025-03-03"),
    ("Thursday", "future", "2025-03-06"),
    # a month alone: within six months when open or unmarked
    ("April", "unmarked", "2025-04"),
    ("November", "unmarked", "2024-11"),
])
def test_tense_decides_the_direction(text: str, tense: str, value: str) -> None:
    assert normalise_date(text, THURSDAY, tense=tense)[0] == value


def test_tense_overrides_the_future_flag() -> None:
    assert normalise_date("Friday", THURSDAY, True, tense="past")[0] == "2025-02-28"
    assert normalise_date("Friday", THURSDAY, True)[0] == "2025-03-07"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expression", "tense"), [
    ("The court adjourned the hearing until March 20.", "March 20", "open"),
    ("The ceasefire holds until March 20.", "March 20", "future"),
    ("The envoy is due to fly to Cairo on Friday.", "Friday", "future"),
    ("Talks are set to resume on Friday.", "Friday", "future"),
    ("The ministers will meet again on Friday.", "Friday", "future"),
    ("Officials plan to open the border on Friday.", "Friday", "future"),
    ("The envoy flew to Cairo on Friday.", "Friday", "past"),
    ("The envoy has been in Cairo since Friday.", "Friday", "past"),
    ("The vote was due to take place on Friday.", "Friday", "past"),
    ("The envoy wanted to fly to Cairo on Friday.", "Friday", "past"),
    ("The March 20 deadline is close.", "March 20", "unmarked"),
    ("The engineers kidnapped in May were freed.", "May", "past"),
    ("The talks planned for May were postponed.", "May", "unmarked"),
    ("The minister said Chile would sign the deal on Friday.", "Friday", "future"),  # the saying's future
])
def test_clause_tense_from_the_parse(text: str, expression: str, tense: str, resources: object) -> None:
    from eventwire.nlp.dates import clause_tense

    doc = resources.nlp(text)  # type: ignore[attr-defined]
    start = text.index(expression)
    span = doc.char_span(start, start + len(expression), alignment_mode="expand")
    assert span is not None and clause_tense(span) == tense


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The court adjourned the hearing until March 20.", "March 20", "2025-03-20"),
    ("The envoy is due to fly to Cairo on Friday.", "Friday", "2025-03-07"),
    ("The envoy flew to Cairo on Friday.", "Friday", "2025-02-28"),
    ("Voting ends on March 2, officials said.", "March 2", "2025-03-02"),
])
def test_annotated_dates_follow_their_clause(text: str, expression: str, value: str, resources: object) -> None:
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate

    ann = next(annotate([Document(id="d", text=text, raw_text=text, published=THURSDAY)], resources))  # type: ignore[arg-type]
    assert {d.text: d.value for d in ann.dates}[expression] == value


def test_last_week_written_on_a_sunday_is_the_week_just_ended() -> None:
    # Sunday 2031-06-08: the working week just ended is ISO week 23 (2 to 8 June)
    assert normalise_date("last week", "2031-06-08")[0] == "2031-W23"
    # any other day: the ISO week before the one it falls in
    assert normalise_date("last week", "2031-06-09")[0] == "2031-W23"
    assert normalise_date("last week", "2031-06-06")[0] == "2031-W22"


def test_last_weekday_is_never_the_day_before() -> None:
    # Thursday 2031-06-05: the day before is "Wednesday"; "last Wednesday" is the week before's
    assert normalise_date("last Wednesday", "2031-06-05")[0] == "2031-05-28"
    assert normalise_date("last Tuesday", "2031-06-05")[0] == "2031-06-03"
