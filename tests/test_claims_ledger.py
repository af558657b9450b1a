"""The ledger on hand-made claims: grouping, synonyms, places, agreement, conflict, latest, JSON."""

from __future__ import annotations

from typing import Any

from eventwire.claims import build_ledger, claim_from_json, ledger_rows, render_ledger
from eventwire.claims.ledger import locations_compatible, singular
from eventwire.model import Claim, Quantity, Span


def claim(text: str, low: float | None, high: float | None, qualifier: str, subject: str,
          code: str | None, source: str | None, location: str | None = None, doc: str = "d1",
          value: float | None = None, kind: str | None = None) -> Claim:
    q = Quantity(doc, text, 0, len(text), value if value is not None else (low or high), low, high, qualifier)
    src = {"entity_text": source, "code": source, "sector": None, "name": None, "start": 0, "end": 1} \
        if source else None
    return Claim(q, subject, code, location, None, src, "said" if source else None,
                 evidence=Span(text, 0, len(text)), kind=kind)


def meta(doc: str, published: str) -> dict[str, Any]:
    return {"doc_id": doc, "title": f"title {doc}", "source": "wire", "published": published}


def test_synonyms_and_codes_group_together_and_conflict_shows() -> None:
    pairs = [
        (claim("10,000", 10000, 10000, "exact", "North Korean soldiers", "PRK", "USA", doc="a"),
         meta("a", "2024-11-01")),
        (claim("over 12,000", 12000, None, "over", "North Korean troops", "PRK", "UKR", doc="b"),
         meta("b", "2024-11-02")),
        (claim("12 tanks", 12, 12, "exact", "tanks", "RUS", "UKR", doc="b"), meta("b", "2024-11-02")),
    ]
    groups = build_ledger(pairs)
    assert len(groups) == 2
    g = next(g for g in groups if g.head == "soldier")
    assert len(g.rows) == 2 and g.status == "conflict" and g.conflicts == [(0, 1)]
    assert "conflict: USA 10,000 vs UKR over 12,000" in render_ledger(groups)


def test_overlapping_intervals_agree_and_latest_per_source() -> None:
    pairs = [
        (claim("about 300", 270, 330, "approximately", "refugees", "SDN", "UNO", doc="a"), meta("a", "2025-01-01")),
        (claim("320", 320, 320, "exact", "refugees", "SDN", "UNO", doc="b"), meta("b", "2025-01-05")),
        (claim("hundreds", 100, 999, "vague", "refugees", "SDN", None, doc="c"), meta("c", "2025-01-03")),
    ]
    g = build_ledger(pairs)[0]
    assert g.status == "agree"
    latest = g.latest()
    assert latest["UNO"].figure == "320"  # the later document of that source
    assert [r.figure for r in g.rows if r.latest] == ["hundreds", "320"]
    # one source's own figures over time are not compared with each other
    assert all({g.rows[i].source, g.rows[j].source} != {"UNO"} for i, j in g.agreements)


def test_places_compared_only_when_compatible() -> None:
    assert locations_compatible("near Ukraine", "near the Ukrainian border")
    assert not locations_compatible("in Russia", "near Ukraine")
    assert locations_compatible(None, "in Russia")
    pairs = [
        (claim("10,000", 10000, 10000, "exact", "soldiers", "PRK", "USA", "in Russia", "a"), meta("a", "2024-11-01")),
        (claim("3,000", 3000, 3000, "exact", "soldiers", "PRK", "UKR", "near Ukraine", "b"), meta("b", "2024-11-01")),
    ]
    g = build_ledger(pairs)[0]
    assert len(g.rows) == 2 and g.status == "single"


def test_far_apart_periods_are_not_compared() -> None:
    pairs = [
        (claim("100", 100, 100, "exact", "prisoners", "UKR", "UKR", doc="a"), meta("a", "2023-01-01")),
        (claim("900", 900, 900, "exact", "prisoners", "UKR", "RUS", doc="b"), meta("b", "2024-06-01")),
    ]
    assert build_ledger(pairs)[0].status == "single"


def test_bare_subject_joins_the_one_group_of_its_document() -> None:
    pairs = [
        (claim("8,000", 8000, 8000, "exact", "North Korean soldiers", "PRK", "USA", doc="a"), meta("a", "2024-11-01")),
        (claim("thousands", 1000, 9999, "vague", "soldiers", None, None, doc="a"), meta("a", "2024-11-01")),
    ]
    groups = build_ledger(pairs)
    assert len(groups) == 1 and len(groups[0].rows) == 2 and groups[0].status == "agree"


def test_casualty_kind_splits_groups() -> None:
    pairs = [
        (claim("12", 12, 12, "exact", "civilians", "SYR", None, doc="a", kind="dead"), meta("a", "2024-01-01")),
        (claim("40", 40, 40, "exact", "civilians", "SYR", None, doc="a", kind="injured"), meta("a", "2024-01-01")),
    ]
    assert sorted(g.kind or "" for g in build_ledger(pairs)) == ["dead", "injured"]


def test_claim_json_round_trip_and_group_json() -> None:
    c = claim("over 7,000", 7000, None, "over", "North Korean soldiers", "PRK", "UKR", "near the border", kind="dead")
    back = claim_from_json(c.to_json())
    assert back == c
    g = build_ledger([(back, meta("d1", "2024-11-04"))])[0]
    js = g.to_json()
    assert js["status"] == "single" and js["rows"][0]["figure"] == "over 7,000" and js["rows"][0]["high"] is None
    assert ledger_rows(g)[0]["interval"] == "7,000–…"


def test_errors_and_subjectless_claims_left_out() -> None:
    bad = claim("10^400", None, None, "exact", "soldiers", "PRK", "USA")
    bad.quantity.error = "overflow"
    assert build_ledger([(bad, meta("d1", "2024-01-01"))]) == []
    assert render_ledger([]) == "no claims"


def test_singular() -> None:
    assert [singular(w) for w in ("soldiers", "casualties", "servicemen", "boxes", "press")] == [
        "soldier", "casualty", "servicemen", "box", "press"]


def test_bare_subject_joins_the_group_of_its_story() -> None:
    a = meta("a", "2024-11-01")
    b = {**meta("b", "2024-11-02"), "story_id": "s1"}
    a["story_id"] = "s1"
    pairs = [
        (claim("8,000", 8000, 8000, "exact", "North Korean soldiers", "PRK", "USA", doc="a"), a),
        (claim("thousands", 1000, 9999, "vague", "soldiers", None, "KOR", doc="b"), b),
        (claim("300", 300, 300, "exact", "soldiers", None, "UKR", doc="c"), meta("c", "2024-11-02")),
    ]
    groups = build_ledger(pairs)
    prk = next(g for g in groups if g.subject_code == "PRK")
    assert sorted(r.doc_id for r in prk.rows) == ["a", "b"]  # "c" is another story: its own group


def test_generic_subjects_compared_across_documents_only_with_places() -> None:
    pairs = [
        (claim("five", 5, 5, "exact", "people", None, "IDN", None, "a"), meta("a", "2025-03-01")),
        (claim("about 200", 180, 220, "approximately", "people", None, None, "in Tarakan", "b"),
         meta("b", "2025-03-02")),
        (claim("40", 40, 40, "exact", "vessels", None, "IDN", "in the Sulawesi Sea", "c"), meta("c", "2025-03-02")),
        (claim("more than 60", 60, None, "over", "ships", None, "MYS", "in the Sulawesi Sea", "d"),
         meta("d", "2025-03-03")),
    ]
    groups = {g.head: g for g in build_ledger(pairs)}
    assert groups["person"].status == "single"  # nothing says the five and the 200 are the same people
    assert groups["ship"].status == "conflict" and len(groups["ship"].rows) == 2  # ships = vessels
