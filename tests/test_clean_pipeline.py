"""The cleaning pipeline's contract: step order, repairs that replay exactly, the data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean import STEPS, clean_text, document_id, repair_text
from eventwire.clean._edits import Edit, apply_edits
from eventwire.clean.boilerplate import is_boilerplate, load_patterns, parse_patterns
from eventwire.errors import DataFileError
from eventwire.model import Repair

MESSY = (
    "\ufeffAdvertisement\r\n\r\n"
    "Talks Resume\r\n\r\n"
    "By Ana Lima\r\n\r\n"
    "GENEVA (AFP) \u2014 Delegates met on Monday\u00a0to discuss the cease\r\nfire, the organi\r\n"
    "sers said.  They plan to meet again. Next steps The envoys return in May.\r\n\r\n\r\n"
    "Caf\u00c3\u00a9 owners nearby said the talks were well-\r\nattended.\r\n"
)


def test_step_order_is_pinned() -> None:
    assert [s.name for s in STEPS] == [
        "fix_encoding", "normalize_newlines", "normalize_spaces", "remove_boilerplate",
        "repair_linebreaks", "split_subheads", "extract_headline", "extract_byline", "extract_dateline",
    ]


def _replay(text: str, repairs: list[Repair]) -> str:
    for step in STEPS:
        mine = [Edit(r.start, r.end, r.after, r.kind) for r in repairs if r.step == step.name]
        for r in repairs:
            if r.step == step.name:
                assert text[r.start:r.end] == r.before, r
        text = apply_edits(text, mine, step.name)[0]
    return text


def test_repairs_replay_to_the_clean_text() -> None:
    clean, repairs, meta = clean_text(MESSY)
    assert _replay(MESSY, repairs) == clean
    assert meta == {"title": "Talks Resume", "byline": "Ana Lima", "dateline": "Geneva", "agency": "AFP"}
    assert clean == (
        "Delegates met on Monday to discuss the ceasefire, the organisers said. They plan to meet again.\n\nNext "
        "steps\n\nThe envoys return in May.\n\nCafé owners nearby said the talks were well-attended."
    )


def test_each_step_records_what_it_changed() -> None:
    _, repairs, _ = clean_text(MESSY)
    steps = {r.step for r in repairs}
    assert steps == {s.name for s in STEPS}
    enc = [r for r in repairs if r.step == "fix_encoding" and r.before == "Ã©"]
    assert enc and enc[0].after == "é"


def test_repair_text_is_the_str_view() -> None:
    out = repair_text(MESSY)
    assert out.startswith("Talks Resume\n\nBy Ana Lima\n\nGENEVA (AFP) — Delegates met")
    assert "ceasefire, the organisers said" in out


def test_document_id_is_sha256_prefix() -> None:
    assert document_id("abc") == "ba7816bf8f01cfea"
    assert document_id("abc") != document_id("abd")


def test_packaged_patterns_cover_the_documented_cases() -> None:
    pats = load_patterns()
    for line in ("Advertisement", "Advertisement here", "ADVERTISEMENT", "Read more: Ukraine latest",
                 "Share this article", "Sign up for our daily newsletter", "We use cookies to improve it.",
                 "Accept cookies", "Click here to subscribe", "Follow us on Twitter", "Related: Talks fail",
                 "Home | World | Europe", "Home > Europe > Ukraine", "Continue reading", "4 min read",
                 "Copyright 2024 The Associated Press. All rights reserved."):
        assert is_boilerplate(line, pats), line
    for line in ("The advertisement campaign cost $2 million, officials said.",
                 "He told reporters to read more about the plan in the report.",
                 "Officials said cookies were served at the reception.",
                 "Continue reading the report, the judge told the court.",
                 "The vote was 52 to 48 | officials said it was close, and the count went on for hours."):
        assert not is_boilerplate(line, pats), line


def test_bad_pattern_file_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as exc:
        parse_patterns("# comment\nadvert\n(unclosed\n", "my.txt")
    assert exc.value.line == 3 and "my.txt:3" in str(exc.value)
    with pytest.raises(DataFileError):
        parse_patterns("# only comments\n", "empty.txt")


def test_a_subhead_glued_to_the_next_paragraph_gets_its_own() -> None:
    from eventwire.clean.subheads import split_subheads_step

    text = ("The ministry confirmed the closure on Friday. Border tensions The crossing had been shut twice "
            "this year. Officials declined to comment.")
    got = split_subheads_step(text)
    assert "Friday.\n\nBorder tensions\n\nThe crossing" in got.text
    assert [r.kind for r in got.repairs] == ["subhead", "subhead"]
    # a clause is no subhead: "Peru also expelled The ..." keeps its sentence
    same = "The talks ended. Peru also expelled The Guardian's correspondent on Monday."
    assert split_subheads_step(same).text == same


def test_subheads_before_a_quote_a_possessive_or_in_title_case_get_their_own_paragraph() -> None:
    from eventwire.clean.subheads import split_subheads_step

    quoted = "The talks ended late on Friday. Slow progress “We are not there yet,” the envoy said."
    assert "Friday.\n\nSlow progress\n\n“We are" in split_subheads_step(quoted).text
    owned = "The vote was delayed. Quiet diplomacy Chile's foreign minister flew to Lima on Monday."
    assert "delayed.\n\nQuiet diplomacy\n\nChile's foreign" in split_subheads_step(owned).text
    titled = "Prices rose again. Fuel and Food Prices Since the spring, bread has cost twice as much."
    assert "again.\n\nFuel and Food Prices\n\nSince the spring" in split_subheads_step(titled).text


def test_clauses_that_run_into_a_name_keep_their_sentence() -> None:
    from eventwire.clean.subheads import split_subheads_step

    for same in (
        "The talks ended. Security analyst Ruth Obi said the deal would hold.",  # a title before a name
        "The talks ended. Analysts say Lima's offer came too late.",  # a verb that takes a clause
        "The talks ended. Observers blamed Chile's delegation for the delay.",  # a past tense
        "The talks ended. Is veteran Ana Ruiz the next envoy?",  # a question
        "The talks ended. The regional Andean Community said nothing.",  # a determiner opens it
        "The talks ended. Envoys spoke Friday's agenda through.",  # a day after the phrase
    ):
        assert split_subheads_step(same).text == same, same
