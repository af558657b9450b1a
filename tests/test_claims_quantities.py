"""Quantities: each wording class, units, exclusions, and bad numbers kept with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.claims import parse_quantities
from eventwire.claims.numbers import parse_digits, parse_words
from eventwire.model import QUALIFIERS, Quantity


def one(text: str) -> Quantity:
    qs = parse_quantities(text)
    assert len(qs) == 1, f"expected one quantity in {text!r}, got {[q.text for q in qs]}"
    q = qs[0]
    assert text[q.start:q.end] == q.text
    assert q.qualifier in QUALIFIERS
    return q


@pytest.mark.parametrize(("text", "figure", "value", "low", "high", "qualifier"), [
    ("They sent approximately 10,000 soldiers.", "approximately 10,000", 10000, 9000, 11000, "approximately"),
    ("about 300 songs", "about 300", 300, 270, 330, "approximately"),
    ("some 40 villages", "some 40", 40, 36, 44, "approximately"),
    ("nearly 78,000 times", "nearly 78,000 times", 78000, 70200, 78000, "approximately"),
    ("an estimated 2,500 refugees", "an estimated 2,500", 2500, 2250, 2750, "approximately"),
    ("over 7,000 soldiers", "over 7,000", 7000, 7000, None, "over"),
    ("more than 60 per cent", "more than 60 per cent", 60, 60, None, "over"),
    ("at least 74 mph", "at least 74 mph", 74, 74, None, "at_least"),
    ("up to 400 people", "up to 400", 400, None, 400, "at_most"),
    ("fewer than 3.5 seconds", "fewer than 3.5 seconds", 3.5, None, 3.5, "under"),
    ("as many as 30 drones", "as many as 30", 30, None, 30, "at_most"),
    ("no more than 5 boats", "no more than 5", 5, None, 5, "at_most"),
    ("200 or more protesters", "200 or more", 200, 200, None, "at_least"),
])
def test_hedges_and_bounds(text: str, figure: str, value: float, low: float | None,
                           high: float | None, qualifier: str) -> None:
    q = one(text)
    assert (q.text, q.qualifier) == (figure, qualifier)
    assert q.value == pytest.approx(value)
    assert q.low == (pytest.approx(low) if low is not None else None)
    assert q.high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between 5,000 and 7,000 troops", 5000, 7000),
    ("5,000-7,000 troops", 5000, 7000),
    ("5,000 to 7,000 troops", 5000, 7000),
    ("from 12.5 to 13.0 mm", 12.5, 13.0),
    ("four to five thousand people", 4000, 5000),
    ("US $89 to $93 billion", 89e9, 93e9),
])
def test_ranges(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.qualifier == "range"
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.value == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("thousands of soldiers", 1000, 9999),
    ("tens of thousands of people", 10000, 99999),
    ("hundreds of miles", 100, 999),
    ("dozens of boats", 24, 99),
    ("several thousand troops", 3000, 9999),
    ("millions of Americans", 1e6, 9999999),
])
def test_vague_counts(text: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.qualifier, q.value, q.low, q.high) == ("vague", None, low, high)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("ten thousand", 10000, None),
    ("two million", 2e6, None),
    ("a dozen", 12, None),
    ("twenty-five thousand", 25000, None),
    ("one hundred and five", 105, None),
    ("1.5 million", 1.5e6, None),
    ("3bn", 3e9, None),
    ("$2 billion", 2e9, "USD"),
    ("€5m", 5e6, "EUR"),
    ("£3.2bn", 3.2e9, "GBP"),
    ("20 euros", 20, "EUR"),
    ("3 trillion won", 3e12, "KRW"),
    ("USD10m", 1e7, "USD"),
    ("5%", 5, "percent"),
    ("5 per cent", 5, "percent"),
    ("12 km", 12, "km"),
    ("40 tonnes", 40, "t"),
    ("-5 yards", -5, "yd"),
])
def test_spelled_out_money_units(text: str, value: float, unit: str | None) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == "exact" and q.low == q.high == q.value


def test_counted_noun_is_not_a_unit() -> None:
    q = one("Russia has deployed 7,000 troops.")
    assert (q.text, q.unit) == ("7,000", None)


@pytest.mark.parametrize("text", [
    "The war began in 2022.", "Talks resume on March 9.", "The meeting is at 11 a.m. sharp.",
    "It came 24th in the ranking.", "He bought an iPhone 11 yesterday.", "Two F-16 jets flew over.",
    "It was the one that got away.",
])
def test_not_quantities(text: str) -> None:
    assert [q.text for q in parse_quantities(text) if q.text not in ("Two",)] == []


@pytest.mark.parametrize(("text", "reason"), [
    ("1,2,3,4,5,6 soldiers", "malformed digit grouping"),
    ("10^400 soldiers", "overflow"),
    ("999999999999999999999 soldiers", "overflow"),
    ("5e17 soldiers", "absurd value"),
    ("2,000,000,000,000,000 troops", "absurd value"),
])
def test_bad_numbers_kept_with_reason(text: str, reason: str) -> None:
    q = one(text)
    assert q.error is not None and reason in q.error
    assert q.value is None and q.low is None and q.high is None
    assert q.text == text.split(" ")[0]


def test_offsets_and_doc_id() -> None:
    qs = parse_quantities("x 40 tanks", doc_id="d1", offset=100)
    assert [(q.doc_id, q.start, q.end) for q in qs] == [("d1", 102, 104)]


def test_parse_words_rejects_malformed() -> None:
    assert parse_words(["two", "three"]) is None
    assert parse_words(["thousand"]) is None
    assert parse_words(["a", "dozen"]) == 12
    assert parse_words(["two", "hundred", "thousand"]) == 200000


def test_parse_digits() -> None:
    assert parse_digits("7,000") == (7000.0, None)
    assert parse_digits("1.2.3")[0] is None
    assert parse_digits("10^3") == (1000.0, None)


@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    ("greater than 100 and smaller than 300", "range", 100, 300),
    ("at most 100 and at least 20 apples", "range", 20, 100),
    ("when >30", "over", 30, None),
    ("less than or equal to 40", "at_most", None, 40),
    ("5k-20k", "range", 5000, 20000),
])
def test_bound_wording_and_symbols(text: str, qualifier: str, low: float | None, high: float | None) -> None:
    q = one(text)
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)


@pytest.mark.parametrize(("text", "value"), [
    ("minus five", -5), ("three dozens", 36), ("13 lakh", 1.3e6), (".08", 0.08), ("1.3x10^6", 1.3e6),
])
def test_more_number_forms(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


_PIECES = ["1,2,3", "10^400", "9" * 30, "about", "over", "between", "and", "to", "-", "–", "$", "€", "%",
           "thousands of", "a dozen", "twenty-five", "million", "bn", "k", "1.5", "7,000", ".", ",", " ",
           "troops", "in 2016", "March 9", "11 a.m.", "minus", "x10^", "or more", "sub-", "USD", "(", ")"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join) | st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_never_crashes_and_offsets_hold(text: str) -> None:
    for q in parse_quantities(text, offset=5):
        assert text[q.start - 5:q.end - 5] == q.text
        assert q.qualifier in QUALIFIERS
        assert (q.error is None) or (q.value is None and q.low is None and q.high is None)
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a third of the vote", 1 / 3, "fraction"), ("two-thirds of voters", 2 / 3, "fraction"),
    ("three quarters", 0.75, "fraction"), ("one and a half", 1.5, None),
])
def test_fractions(text: str, value: float, unit: str | None) -> None:
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_ordinal_is_not_a_fraction() -> None:
    assert parse_quantities("She won a third term.") == []


@pytest.mark.parametrize("text", [
    "Flags flew at half-mast on the anniversary of the 9/11 attacks.",
    "The shop is open 24/7 and the lease ends on 3/14/2026.",
    "Among young voters, rent is No. 1.",
    "For farmers, water is the number one worry.",
    "The lab moved its assistant to Falcon 2.5 last week.",
    "The update to 17.4.1 fixed the bug.",
    "Patients with type 2 diabetes need a plan.",
    "The ruling cites article 5 of the treaty.",
])
def test_dates_ids_ranks_versions_and_labels_are_not_quantities(text: str) -> None:
    assert [q.text for q in parse_quantities(text)] == []


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("Rents are 18 times higher in the capital.", "18 times", 18, "times"),
    ("Exports grew sixfold in a decade.", "sixfold", 6, "times"),
    ("Demand rose 3-fold after the ban.", "3-fold", 3, "times"),
    ("Adults should take under 400 milligrams a day.", "under 400 milligrams", 400, "mg"),
    ("She drinks three or four cups before noon.", "three or four cups", 3.5, "cup"),
    ("Add two tablespoons of oil.", "two tablespoons", 2, "tbsp"),
    ("A jar holds 250 ml.", "250 ml", 250, "ml"),
    ("The bill came to 90,000 shekels.", "90,000 shekels", 90000, "ILS"),
    ("A category 3 storm is coming.", "category 3", 3, "category"),
])
def test_measures_ratios_and_scales_carry_a_unit(text: str, figure: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.text, q.value, q.unit) == (figure, pytest.approx(value), unit)


def test_currency_code_glued_to_digits() -> None:
    q = one("The target was cut to $US95 million.")
    assert (q.value, q.unit) == (95_000_000, "USD")


def test_sentence_initial_word_before_a_range_is_not_a_name() -> None:
    q = one("Still 40 to 60 families wait for shelter.")
    assert (q.low, q.high, q.qualifier) == (40, 60, "range")


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("The price slid from $1,200 on Monday to $950 by Friday.", 950, 1200, "USD"),
    ("Output climbed from 40 tonnes in 2019 to 55 tonnes in 2023.", 40, 55, "t"),
])
def test_change_from_one_figure_to_another_is_a_range(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, "range", unit)
    assert q.text.startswith("from ")
