"""eval.voa_spotcheck: the judging-sheet parser and validator, the Wilson interval, sampling, and the
logged baseline figures (no spaCy needed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from eval import voa_spotcheck as vs

HEADER = "\t".join(vs.COLUMNS)


def _row(event_id: str, verdict: str = "", note: str = "", event: str = "ASSAULT", modality: str = "asserted") -> str:
    cells = {c: "" for c in vs.COLUMNS}
    cells.update(event_id=event_id, story="s1", url="https://example.org/s1", sentence="Troops shelled the town.",
                 event=event, modality=modality, actor="Troops→MIL", trigger="shelled",
                 verdict=verdict, note=note)
    return "\t".join(cells[c] for c in vs.COLUMNS)


def _sheet(*rows: str, header: str = HEADER) -> str:
    return "\n".join(["# coder abc1234 (pipeline x)", "# seed 1", header, *rows]) + "\n"


# ---- Wilson interval ------------------------------------------------------------------------------

def test_wilson_known_values() -> None:
    lo, hi = vs.wilson(5, 10)
    assert (round(lo, 4), round(hi, 4)) == (0.2366, 0.7634)
    lo, hi = vs.wilson(36, 100)
    assert (round(lo, 4), round(hi, 4)) == (0.2727, 0.4576)
    assert vs.wilson(0, 10)[0] == 0.0 and round(vs.wilson(0, 10)[1], 4) == 0.2775
    assert vs.wilson(10, 10)[1] == 1.0 and round(vs.wilson(10, 10)[0], 4) == 0.7225


def test_wilson_is_symmetric_and_contains_the_estimate() -> None:
    for n in (1, 7, 100):
        for k in range(n + 1):
            lo, hi = vs.wilson(k, n)
            assert 0.0 <= lo <= k / n <= hi <= 1.0
            lo2, hi2 = vs.wilson(n - k, n)
            assert lo == pytest.approx(1 - hi2) and hi == pytest.approx(1 - lo2)


def test_wilson_edge_cases() -> None:
    assert vs.wilson(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        vs.wilson(3, 2)
    assert vs.fmt_ci(36, 100) == "0.36 (0.27–0.46)"
    assert vs.fmt_share(0, 0) == "n/a (0 judged)"


# ---- parser and validator -------------------------------------------------------------------------

def test_parse_and_score_a_small_sheet() -> None:
    text = _sheet(
        _row("e1", "ok"), _row("e2", "OK "), _row("e3", "actor", "actor-missing: police not coded"),
        _row("e4", "none", "sense: landed"), _row("e5", "dup", "same-act: e1", event="COERCE"),
        _row("e6", "type", "tariff: COERCE", modality="reported"), _row("e7", ""),
    )
    sheet = vs.parse_sheet(text, "t.tsv")
    assert sheet.comments == ["coder abc1234 (pipeline x)", "seed 1"]
    assert [r["event_id"] for r in sheet.rows] == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
    assert sheet.lines == [4, 5, 6, 7, 8, 9, 10]
    f = vs.score(sheet)
    assert (f["rows"], f["judged"], f["unjudged"]) == (7, 6, 1)
    assert f["ok"] == 2 and f["precision"] == pytest.approx(2 / 6)
    assert f["type_ok"] == 3 and f["type_precision"] == pytest.approx(3 / 6)
    assert f["ci"] == vs.wilson(2, 6)
    assert f["verdicts"] == {"ok": 2, "type": 1, "actor": 1, "none": 1, "dup": 1}
    assert f["by_type"]["ASSAULT"] == {"ok": 2, "actor": 1, "none": 1, "type": 1}
    assert f["by_modality"]["reported"] == {"type": 1}
    assert {(p["verdict"], p["tag"]) for p in f["patterns"]} == {
        ("actor", "actor-missing"), ("none", "sense"), ("dup", "same-act"), ("type", "tariff")}


def test_trailing_empty_cells_may_be_dropped() -> None:
    row = _row("e1").rstrip("\t")  # editors drop the empty verdict and note cells
    sheet = vs.parse_sheet(_sheet(row))
    assert sheet.rows[0]["verdict"] == "" and sheet.rows[0]["note"] == ""


def test_unknown_verdict_names_the_line() -> None:
    text = _sheet(_row("e1", "ok"), _row("e2", "maybe"))
    with pytest.raises(vs.SheetError, match=r"t\.tsv:5: unknown verdict 'maybe'"):
        vs.parse_sheet(text, "t.tsv")


def test_missing_column_names_the_header_line() -> None:
    header = "\t".join(c for c in vs.COLUMNS if c != "verdict")
    with pytest.raises(vs.SheetError, match=r"t\.tsv:3: column header lacks verdict"):
        vs.parse_sheet(_sheet(header=header), "t.tsv")


def test_other_malformed_sheets() -> None:
    with pytest.raises(vs.SheetError, match=r":4: 13 tab-separated fields"):
        vs.parse_sheet(_sheet(_row("e1", "ok") + "\textra"))
    with pytest.raises(vs.SheetError, match=r":5: event_id e1 already on line 4"):
        vs.parse_sheet(_sheet(_row("e1", "ok"), _row("e1", "none")))
    with pytest.raises(vs.SheetError, match=r":4: empty event_id"):
        vs.parse_sheet(_sheet(_row("", "ok")))
    with pytest.raises(vs.SheetError, match="no column header"):
        vs.parse_sheet("# only a comment\n")
    with pytest.raises(vs.SheetError, match="more than once"):
        vs.parse_sheet(_sheet(header=HEADER + "\tnote"))


def test_score_command_reports_errors_and_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(_sheet(_row("e1", "yes")), encoding="utf-8")
    assert vs.main(["score", str(bad)]) == 2
    assert f"{bad}:4: unknown verdict 'yes'" in capsys.readouterr().err
    assert vs.main(["score", str(tmp_path / "absent.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err
    good = tmp_path / "good.tsv"
    good.write_text(_sheet(_row("e1", "ok"), _row("e2", "none", "generic: trend")), encoding="utf-8")
    assert vs.main(["score", str(good), "--notes"]) == 0
    out = capsys.readouterr().out
    assert "precision (ok / judged):               0.50 (95% CI 0.09–0.91), 1/2" in out
    assert "[none] line 5 ASSAULT/shelled: generic: trend" in out


# ---- writing and sampling (from already coded records) --------------------------------------------

def _event(i: int, modality: str, sentence: int) -> dict[str, Any]:
    return {
        "id": f"ev{i}", "event": "CONSULT", "mode": "visit", "modality": modality,
        "actor": [{"entity_text": "Modi\tjr", "code": "IND", "sector": "GOV"}],
        "recipient": [{"entity_text": "Mauritius", "code": None, "sector": None}],
        "text_info": {"sentence": sentence, "start": 0, "end": 10, "text": f"Modi visited\nMauritius {i}."},
        "trigger": {"text": "visited", "start": 5, "end": 12}, "event_text": "visited",
    }


def _stories() -> list[dict[str, Any]]:
    return [
        {"id": "a", "url": "https://example.org/a", "sentences": 4,
         "events": [_event(i, "asserted" if i % 3 else "planned", i % 4) for i in range(12)]},
        {"id": "b", "url": "https://example.org/b", "sentences": 2,
         "events": [_event(100 + i, "reported", i % 2) for i in range(5)]},
    ]


def test_draw_is_seeded_and_keeps_events_that_happened() -> None:
    stories = _stories()
    first = vs.draw(stories, 6, "2026-11-30")
    assert [e["id"] for _, e in first] == [e["id"] for _, e in vs.draw(stories, 6, "2026-11-30")]
    assert all(e["modality"] in vs.HAPPENED for _, e in first)
    assert len(vs.draw(stories, 100, "x")) == 8 + 5  # all that happened, when fewer than n
    seeds = {tuple(e["id"] for _, e in vs.draw(stories, 6, str(s))) for s in range(10)}
    assert len(seeds) > 1
    lines = vs.counts(stories)
    assert lines[0].startswith("stories 2, sentences 6, events 17: happened 13 (asserted 8, reported 5)")
    assert "planned 4" in lines[0]
    assert "per sentence 2.17" in lines[1]


def test_draw_leaves_out_held_out_sentences() -> None:
    stories = _stories()
    # story "a" sentence texts are "Modi visited\nMauritius {i}."; hold out the one of event 4
    held = {"a": ["Modi visited Mauritius 4."]}
    ids = [e["id"] for _, e in vs.draw(stories, 100, "x", held)]
    assert "ev4" not in ids and len(ids) == 8 + 5 - 1
    assert "ev4" in [e["id"] for _, e in vs.draw(stories, 100, "x", {})]
    assert not vs._held_out(stories[1], stories[1]["events"][0], held)  # another story's text is not held


def test_held_out_sentences_are_the_gold_check_part() -> None:
    from eval.split import part_of
    from eval.voa_sentences import read_gold

    held = vs.held_out_sentences()
    gold = read_gold()
    n_check = sum(part_of(g.key) == "check" for g in gold)
    assert 0 < n_check < len(gold) and sum(map(len, held.values())) == n_check


def test_written_sheet_parses_back(tmp_path: Path) -> None:
    picked = vs.draw(_stories(), 5, "s")
    path = tmp_path / "voa-s.tsv"
    vs.write_sheet(path, picked, ["coder abc (pipeline x)", "seed s\twith a tab"])
    sheet = vs.read_sheet(path)
    assert sheet.columns == list(vs.COLUMNS)
    assert sheet.comments[1] == "seed s with a tab"
    row = sheet.rows[0]
    assert row["actor"] == "Modi jr→IND GOV" and row["recipient"] == "Mauritius→?"
    assert row["sentence"].startswith("Modi visited Mauritius") and row["verdict"] == ""
    assert vs.score(sheet)["judged"] == 0


# ---- the committed baseline matches the log -------------------------------------------------------

# | date | coder commit | seed | n | precision (CI) | type precision (CI) | ...
LOG_ROW = re.compile(r"^\|\s*(\d{4}-\d\d-\d\d)\s*\|\s*(\S+)\s*\|\s*(\S+)\s*\|\s*(\d+)\s*\|"
                     r"\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|")


def test_logged_figures_match_the_committed_sheets() -> None:
    readme = vs.JUDGEMENTS / "README.md"
    if not readme.exists():
        pytest.skip("eval/judgements/README.md is absent")
    rows = [m.groups() for line in readme.read_text(encoding="utf-8").splitlines() if (m := LOG_ROW.match(line))]
    checked = 0
    for _date, commit, seed, n, precision, type_precision in rows:
        sheet_path = vs.JUDGEMENTS / f"voa-{seed}.tsv"
        if not sheet_path.exists():
            continue
        sheet = vs.read_sheet(sheet_path)
        f = vs.score(sheet)
        assert f["unjudged"] == 0, f"{sheet_path} has unjudged rows"
        assert f["judged"] == int(n)
        assert vs.fmt_ci(f["ok"], f["judged"]) == precision
        assert vs.fmt_ci(f["type_ok"], f["judged"]) == type_precision
        assert any(c.startswith(f"coder {commit}") for c in sheet.comments)
        checked += 1
    if not checked:
        pytest.skip("no logged judging sheet is present")
