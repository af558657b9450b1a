"""Issue 12, the pipeline and the store: long documents in bounded pieces, event ids unique in
the store, honest counts on reruns. Real files, a real SQLite store, the real spaCy model."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli.main import cli
from eventwire.config import Settings
from eventwire.pipeline import Pipeline, reannotate, run_ingest
from eventwire.resources import Resources
from eventwire.store import Store

SENTENCES = [
    "Japan deployed 40 ships near the islands on Monday, officials said.",
    "China's foreign ministry accused Tokyo of provoking a crisis.",
    "The Philippine coast guard said it had detained 12 fishermen near the reef.",
    "South Korea's presidential office urged both sides to hold talks in Seoul.",
]


def _spans_match(text: str, rec: Any, where: str = "") -> Iterator[str]:
    """Every object with integer start/end and a text gives that text back from ``text``."""
    if isinstance(rec, dict):
        s, e = rec.get("start"), rec.get("end")
        said = rec.get("text", rec.get("entity_text"))
        if isinstance(s, int) and isinstance(e, int) and isinstance(said, str) and text[s:e] != said:
            yield f"{where}: {said!r} at {s}-{e} but the text there is {text[s:e]!r}"
        for k, v in rec.items():
            yield from _spans_match(text, v, f"{where}.{k}")
    elif isinstance(rec, list):
        for v in rec:
            yield from _spans_match(text, v, where)


@pytest.fixture
def small_max_length(resources: Resources) -> Iterator[Resources]:
    """spaCy's max_length lowered, so that a text of a few thousand characters is 'too long' as a
    2 MB one is under the default (the same E088 path, in a fraction of the time)."""
    nlp = resources.nlp
    before = nlp.max_length
    nlp.max_length = 3000
    try:
        yield resources
    finally:
        nlp.max_length = before


def test_split_text_cuts_at_the_strongest_boundary() -> None:
    from eventwire.pipeline import split_text

    paras = "\n\n".join(" ".join(SENTENCES) for _ in range(6))
    spans = split_text(paras, 700)
    assert spans[0][0] == 0 and spans[-1][1] == len(paras)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < e - s <= 700 for s, e in spans)
    assert all(paras[e - 2:e] == "\n\n" for _, e in spans[:-1])  # paragraph boundaries
    one_line = " ".join(SENTENCES * 10)
    assert all(one_line[e - 2] in ".!?" for _, e in split_text(one_line, 500)[:-1])  # sentence ends
    no_space = "x" * 2500
    assert split_text(no_space, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


@pytest.mark.slow
def test_text_over_spacy_max_length_is_processed_in_pieces(small_max_length: Resources, tmp_path: Path) -> None:
    """Issue 12 item 1: a one-line text over nlp.max_length failed with E088 and lost the batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    long_text = " ".join(f"{s[:-1]} in report {i}." for i in range(40) for s in SENTENCES)
    assert len(long_text) > 3 * small_max_length.nlp.max_length
    (folder / "b_long.txt").write_text(long_text + "\n", encoding="utf-8")
    (folder / "c.txt").write_text(SENTENCES[1] + "\n", encoding="utf-8")
    settings = Settings(db=str(tmp_path / "s.db"))
    with Store(settings.db) as store:
        report = run_ingest([str(folder)], store, settings, pipeline=Pipeline(settings, small_max_length))
        assert (report.ingested, report.failed) == (3, [])
        [doc_id] = [d["id"] for d in store.list_documents() if d["n_chars"] > 3000]
        doc = store.get_document(doc_id)
        assert doc is not None
        events = store.records("events", doc_id)
        starts = sorted(e["text_info"]["start"] for e in events)  # every piece was coded, not only the first
        assert starts[0] < len(doc.text) / 4 and starts[-1] > 3 * len(doc.text) / 4
        assert len({e["id"] for e in events}) == len(events)
        for kind in ("events", "quantities", "attributions", "claims"):
            assert list(_spans_match(doc.text, store.records(kind, doc_id), kind)) == []
        assert list(_spans_match(doc.text, store.entities(doc_id), "entities")) == []
        sentences = [tuple(r) for r in store.db.execute(
            "SELECT idx, start, end FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,))]
        assert [s[0] for s in sentences] == list(range(len(sentences)))
        assert all(a[2] <= b[1] for a, b in itertools.pairwise(sentences))
        assert sentences[-1][2] >= len(doc.text) - 1
        assert max(e["text_info"]["sentence"] for e in events) > 100

        # reannotate goes through the same pieces (it left documents unannotated before)
        assert reannotate(store, settings, everything=True, pipeline=Pipeline(settings, small_max_length)) == 3
        assert store.count("events") >= len(events)


def _cli_json(*args: str) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


@pytest.mark.slow
def test_event_ids_are_unique_in_the_store(resources: Resources, tmp_path: Path) -> None:
    """Item 5: two JSONL files both using "id": "1" made the second document's events overwrite
    the first's, and both runs reported success."""
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text(json.dumps({"id": "1", "text": SENTENCES[0] + " " + SENTENCES[1]}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "1", "text": SENTENCES[0] + " " + SENTENCES[3]}) + "\n", encoding="utf-8")
    settings = Settings(db=str(tmp_path / "s.db"))
    pipeline = Pipeline(settings, resources)
    counts = []
    with Store(settings.db) as store:
        for f in (first, second):
            report = run_ingest([str(f)], store, settings, pipeline=pipeline)
            assert (report.ingested, report.failed) == (1, [])
            counts.append(report.events)
        assert store.count("events") == sum(counts)
    docs = _cli_json("docs", "list", "--json", "--db", settings.db)
    assert [d["external_id"] for d in docs] == ["1", "1"]
    events = _cli_json("events", "--json", "--modality", "all", "--db", settings.db)
    assert len(events) == sum(counts) and len({e["id"] for e in events}) == len(events)
    assert {e["doc_id"] for e in events} == {d["id"] for d in docs}
    shown = _cli_json("docs", "show", docs[0]["id"], "--json", "--db", settings.db)
    assert shown[0]["external_id"] == "1"
    assert {e["doc_id"] for e in shown[0]["entities"]} == {docs[0]["id"]}
    with Store(settings.db) as store:  # re-annotation keeps the stored ids
        assert reannotate(store, settings, everything=True, pipeline=pipeline) == 2
        assert {r[0] for r in store.db.execute("SELECT json_extract(record, '$.doc_id') FROM events")} == \
            {d["id"] for d in docs}


def test_reruns_count_honestly(tmp_path: Path) -> None:
    """Item 9: the report's failure count grew on every rerun of the same bad files (3 files run
    3 times showed 9), and documents already stored were counted as 'duplicates (exact)'."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("bad1.txt", "bad2.txt", "bad3.txt"):
        (folder / name).write_bytes(b"")
    (folder / "good.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    (folder / "good_copy.txt").write_text(SENTENCES[0] + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    outputs = []
    for _ in range(3):
        r = CliRunner().invoke(cli, ["ingest", "--no-nlp", str(folder), "--db", db])
        assert r.exit_code == 1
        outputs.append(r.stderr.splitlines()[-1])
    assert outputs[0].startswith("ingested 1, already stored 0, duplicates 1 (exact), ")
    assert outputs[2].startswith("ingested 0, already stored 2, duplicates 0 (exact), ")
    assert all("failed 3;" in line for line in outputs)
    report = CliRunner().invoke(cli, ["report", "--db", db]).stdout
    assert "; 3 failed inputs" in report
    (folder / "bad1.txt").write_text(SENTENCES[1] + "\n", encoding="utf-8")  # fixed: its failure goes
    r = CliRunner().invoke(cli, ["ingest", "--no-nlp", str(folder), "--db", db])
    assert r.stderr.splitlines()[-1].startswith("ingested 1, already stored 2, duplicates 0 (exact), ")
    with Store(db) as store:
        assert sorted(f["origin"] for f in store.failures()) == [f"{folder}/bad2.txt", f"{folder}/bad3.txt"]


def _near_duplicates(root: Path, stories: int) -> tuple[Path, Path]:
    """Two folders that each hold two of the four versions of every story (an update adds a
    line), so only an index shared between runs can put a story's four versions together."""
    import random

    rng = random.Random(12)
    words = ["ministers", "border", "talks", "ships", "harbour", "envoy", "troops", "islands", "protest",
             "ceasefire", "convoy", "fishermen", "coast", "guard", "patrol", "summit", "crisis", "aid"]
    a, b = root / "a", root / "b"
    a.mkdir(parents=True)
    b.mkdir()
    for s in range(stories):
        base = " ".join(rng.choice(words) for _ in range(60)) + f". Report {s}."
        for v in range(4):
            text = f"Story {s}\n\n{base} Update {v}: the desk added line {v} at {v} o'clock.\n"
            (a if v % 2 == 0 else b).joinpath(f"s{s:03d}_v{v}.txt").write_text(text, encoding="utf-8")
    return a, b


def _stories(db: Path) -> tuple[int, int]:
    with Store(db) as store:
        docs = store.list_documents()
    return len(docs), len({d["story_id"] for d in docs})


@pytest.mark.slow
def test_concurrent_ingests_share_one_story_index_and_count_every_item(tmp_path: Path) -> None:
    """Item 7: two processes ingesting at once reported counts that added up to 380 of 600 items,
    and grouped near-duplicates per process (600 stories concurrently, 300 in sequence)."""
    import subprocess
    import sys

    n = 150
    a, b = _near_duplicates(tmp_path / "corpus", n)
    cmd = [sys.executable, "-m", "eventwire", "ingest", "--no-nlp"]
    sequential = tmp_path / "seq.db"
    done = subprocess.run([*cmd, str(a), str(b), "--db", str(sequential)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _stories(sequential) == (4 * n, n)

    together = tmp_path / "con.db"
    procs = [subprocess.Popen([*cmd, *paths, "--db", str(together)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for paths in ((str(a), str(b)), (str(b), str(a)))]
    summaries = []
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        summaries.append(err.strip().splitlines()[-1])
    counts = []
    for line in summaries:  # "ingested N, already stored M, duplicates 0 (exact), ..."
        parts = line.split(", ")
        counts.append((int(parts[0].split()[-1]), int(parts[1].split()[-1])))
    assert all(ingested + stored == 4 * n for ingested, stored in counts), summaries
    assert sum(ingested for ingested, _ in counts) == 4 * n, summaries
    assert _stories(together) == (4 * n, n)
    with Store(together) as store:
        assert store.db.execute("SELECT count(*) FROM pending_stories").fetchone()[0] == 0
