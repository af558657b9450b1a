"""The command line as users and scripts call it (INTERFACE.md), in process via click's runner on
real files and a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventwire.cli.main import COMMANDS, cli

REPORTS = {
    "a.txt": "Envoys Meet in Geneva\n\nGENEVA, March 3 (Test Wire) - Japanese Foreign Minister Taro Sato met "
             "his Chinese counterpart in Geneva on Monday. China's coast guard said about 40 ships were "
             "deployed near the islands. The two ministers condemned the attack on a fishing boat.\n",
    "b.txt": "Protest in Manila\n\nMANILA, March 4 (Test Wire) - Thousands of protesters marched on the Chinese "
             "embassy on Tuesday. Police detained 12 people, according to the Philippine National Police.\n",
    "c.txt": "Navy Sends Ships\n\nTOKYO, March 5 (Other Wire) - Japan deployed more than 60 vessels to the area, "
             "the Japanese navy reported. Officials said Japan would sign a defence pact with the Philippines.\n",
}


def _write(folder: Path) -> Path:
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    db = tmp / "s.db"
    corpus = _write(tmp / "corpus")
    r = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "ingested 3" in r.output
    return db


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for cmd in COMMANDS:
        names = [cmd.name] if not hasattr(cmd, "commands") else [f"{cmd.name} {c}" for c in cmd.commands]
        for name in names:
            r = runner.invoke(cli, [*str(name).split(), "--help"])
            assert r.exit_code == 0, name
            assert "Example" in r.output, f"{name} --help has no example"


def test_reingest_adds_nothing(store: Path, tmp_path: Path) -> None:
    again = _write(tmp_path / "again")
    r = CliRunner().invoke(cli, ["ingest", str(again), "--db", str(store)])
    assert r.exit_code == 0, r.output
    assert "ingested 0, already stored 3, duplicates 0 (exact)" in r.output


def test_docs_list_and_show(store: Path) -> None:
    r = CliRunner().invoke(cli, ["docs", "list", "--json", "--db", str(store)])
    rows = _json_lines(r.output)
    assert len(rows) == 3
    assert set(rows[0]) == {"id", "title", "source", "url", "published", "story_id", "n_chars",
                           "external_id"}
    first = next(x for x in rows if x["title"] == "Envoys Meet in Geneva")
    r = CliRunner().invoke(cli, ["docs", "show", first["id"][:10], "--json", "--db", str(store)])
    assert r.exit_code == 0, r.output
    doc = _json_lines(r.output)[0]
    for key in ("id", "title", "dateline", "byline", "source", "url", "published", "language", "story_id",
                "text", "raw_text", "repairs", "entities"):
        assert key in doc
    assert doc["dateline"] and "GENEVA" in doc["dateline"].upper()
    assert "GENEVA, March 3" not in doc["text"]
    assert doc["raw_text"] == REPORTS["a.txt"]
    assert any(e["code"] == "JPN" for e in doc["entities"])


def test_docs_show_unknown_id_fails_clearly(store: Path) -> None:
    r = CliRunner().invoke(cli, ["docs", "show", "zzzz", "--db", str(store)])
    assert r.exit_code == 1
    assert "no document 'zzzz'" in r.output


def test_events_filters_and_export(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    all_events = _json_lines(runner.invoke(cli, ["events", "--json", "--modality", "all", "--db", str(store)]).output)
    assert all_events, "the test reports contain events"
    for ev in all_events:
        for key in ("id", "doc_id", "date", "event", "mode", "context", "actor", "recipient", "event_text",
                    "event_loc", "size", "text_info", "cameo", "modality", "attribution", "confidence", "coder"):
            assert key in ev
    happened = _json_lines(runner.invoke(cli, ["events", "--json", "--db", str(store)]).output)
    assert all(e["modality"] in ("asserted", "reported") for e in happened)
    jpn = _json_lines(runner.invoke(cli, ["events", "--json", "--actor", "JPN", "--modality", "all",
                                          "--db", str(store)]).output)
    assert jpn and all(any(a["code"] == "JPN" for a in e["actor"]) for e in jpn)
    out = tmp_path / "e.parquet"
    r = runner.invoke(cli, ["export", "--format", "parquet", "-o", str(out), "--db", str(store)])
    assert r.exit_code == 0, r.output
    table = pq.read_table(out)
    assert table.num_rows == len(all_events)
    assert "actor_code" in table.column_names
    r = runner.invoke(cli, ["export", "--format", "csv", "--db", str(store)])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == len(all_events)
    assert list(rows[0])[:4] == ["id", "doc_id", "date", "event"]


def test_claims_ledger(store: Path) -> None:
    r = CliRunner().invoke(cli, ["claims", "--json", "--db", str(store)])
    assert r.exit_code == 0, r.output
    groups = _json_lines(r.output)
    assert groups, "the reports carry attributed figures"


def test_code_reads_jsonl_from_stdin() -> None:
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": t, "date": "2025-03-03"})
                      for i, t in enumerate(REPORTS.values()))
    r = CliRunner().invoke(cli, ["code", "-", "--kind", "entities"], input=lines)
    assert r.exit_code == 0, r.output
    recs = _json_lines(r.output)
    assert {x["doc_id"] for x in recs} == {"s0", "s1", "s2"}
    for x in recs:
        assert x["text"] == x["text"].strip() and x["end"] > x["start"]


def test_code_quantities_offsets_point_into_clean_text(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(REPORTS["c.txt"], encoding="utf-8")
    r = CliRunner().invoke(cli, ["code", str(f), "--kind", "quantities"])
    assert r.exit_code == 0, r.output
    q = [x for x in _json_lines(r.output) if x["value"] == 60]
    assert q and q[0]["qualifier"] == "over" and q[0]["doc_id"] == "one.txt"


def test_bad_inputs_fail_one_line_each_and_the_rest_goes_on(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "mixed")
    (corpus / "empty.txt").write_text("")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "m.db")])
    assert r.exit_code == 1
    assert "ingested 3" in r.output and "failed 2" in r.output
    failed = [line for line in r.output.splitlines() if line.startswith("failed ")]
    assert len(failed) == 2 and any("empty.txt" in x for x in failed) and any("image.txt" in x for x in failed)


def test_usage_error_exits_2(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["events", "--type", "NOT_A_TYPE", "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 2


def test_actors_resolve_json() -> None:
    r = CliRunner().invoke(cli, ["actors", "resolve", "South Korea's presidential office", "--json"])
    assert r.exit_code == 0, r.output
    rec = _json_lines(r.output)[0]
    assert (rec["code"], rec["sector"]) == ("KOR", "GOV")
    assert set(rec) == {"code", "sector", "name", "identifier"}
