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
