"""The gazetteer's data files, validating loader, user overrides and version hash."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.errors import DataFileError
from eventwire.nlp.gazetteer import BUILTIN_FILES, data_dir, load_gazetteer
from eventwire.nlp.gazetteer_build import plural
from eventwire.nlp.gazetteer_files import read_rows
from eventwire.resources import Resources


def test_builtin_files_cover_states_people_and_agents(resources: Resources) -> None:
    gaz = resources.gazetteer
    assert len(gaz.states) >= 195
    assert len(gaz.people) >= 300
    for code in ("KOR", "PRK", "RUS", "UKR", "USA", "EST", "SAU"):
        assert code in gaz.states
    assert gaz.lookup_name("Kyiv").code == "UKR"
    assert gaz.lookup_name("Kiev").code == "UKR"
    assert gaz.lookup_name("North Koreans").kind == "group"
    assert gaz.lookup_agent("News Agencies").sector == "JRN"
    every_state_has_a_name = all(e.name for e in gaz.states.values())
    assert every_state_has_a_name


def test_people_tenures_pick_the_office_held_at_the_date(resources: Resources) -> None:
    gaz = resources.gazetteer
    kallas = gaz.people["Kaja Kallas"]
    assert kallas.at("2022-06-01").code == "EST"
    assert kallas.at("2025-03-01").code == "EUR"
    assert gaz.holder("EUR", ["high_representative"], "2024-11-04").name == "Josep Borrell"
    assert gaz.holder("EUR", ["high_representative"], "2024-12-02").name == "Kaja Kallas"
    assert gaz.holder("EUR", ["high_representative"], "2016-01-01").name == "Federica Mogherini"
    assert gaz.holder("USA", ["president"], "2019-06-01").name == "Donald Trump"
    assert gaz.holder("USA", ["president"], "2022-06-01").name == "Joe Biden"
    assert gaz.holder("NATO", ["secretary_general"], "2020-01-01").name == "Jens Stoltenberg"


def test_every_builtin_file_has_a_header_comment() -> None:
    for name in BUILTIN_FILES:
        first = (data_dir() / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), name


def test_plural_rules() -> None:
    assert plural("news agency") == "news agencies"
    assert plural("policeman") == "policemen"
    assert plural("foreign minister") == "foreign ministers"
    assert plural("witness") == "witnesses"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(("body", "line", "why"), [
    ("names\tcode\nFoo Org\tkor\n", 2, "three capital letters"),
    ("name\taliases\tcode\tsector\troles\tstart\tend\torg\nJaan Tamm\t\tEST\tGOV\t\t2024-13-01\t\t\n", 2, "ISO date"),
    ("name\taliases\tcode\tsector\troles\tstart\tend\torg\n"
     "Jaan Tamm\t\tEST\tGOV\t\t2024-05-01\t2023-01-01\t\n", 2, "after end"),
    ("# comment\nphrases\tsector\troles\nwatchmen\tgov\t\n", 3, "sector"),
    ("names\tcode\n\tEST\n", 2, "empty"),
    ("names\tcode\tcolour\nX\tEST\tred\n", 1, "unknown header"),
    ("names\tcode\nA\tEST\textra\n", 2, "cells"),
])
def test_invalid_rows_name_file_and_line(tmp_path: Path, body: str, line: int, why: str) -> None:
    p = _write(tmp_path, "user.tsv", body)
    with pytest.raises(DataFileError) as exc:
        read_rows(p)
    assert exc.value.path == str(p)
    assert exc.value.line == line
    assert why in str(exc.value)


def test_unknown_extension_and_missing_file_are_data_file_errors(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="unknown gazetteer file type"):
        read_rows(_write(tmp_path, "x.csv", "a,b\n"))
    with pytest.raises(DataFileError, match="cannot read"):
        load_gazetteer(Settings(gazetteer_files=(str(tmp_path / "missing.tsv"),)))


def test_user_files_extend_and_override(tmp_path: Path) -> None:
    people = _write(tmp_path, "people.tsv", (
        "# my people\nname\taliases\tcode\tsector\troles\tstart\tend\torg\n"
        "Jaan Tamm\tTamm\tEST\tGOV\tforeign_minister\t2030-01-01\t\t\n"
        "Josep Borrell\t\tESP\tELI\t\t\t\t\n"))
    toml = _write(tmp_path, "extra.toml", (
        '[[organisations]]\nnames = ["Baltic Wire", "BW"]\ncode = "EST"\nsector = "JRN"\n'
        '[[agents]]\nphrases = ["watchkeepers"]\nsector = "MIL"\n'))
    base = load_gazetteer(Settings())
    gaz = load_gazetteer(Settings(gazetteer_files=(str(people), str(toml))))
    assert gaz.version != base.version
    assert gaz.lookup_name("Tamm").name == "Jaan Tamm"
    assert gaz.holder("EST", ["foreign_minister"], "2031-02-01").name == "Jaan Tamm"
    borrell = gaz.lookup_name("Josep Borrell")
    assert borrell.at("2024-11-04").code == "ESP"  # the user's file replaced all his tenures
    assert gaz.lookup_name("BW").sector == "JRN"
    assert gaz.lookup_agent("watchkeepers").sector == "MIL"
    assert load_gazetteer(Settings()).version == base.version


def test_toml_errors_are_reported(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.toml", '[[people]]\nname = "X"\ncode = "EST"\nrole = "x"\n')
    with pytest.raises(DataFileError, match="unknown key"):
        read_rows(bad)
    bad2 = _write(tmp_path, "bad2.toml", '[[people]]\nname = "X"\ncode = "est"\n')
    with pytest.raises(DataFileError, match="three capital letters"):
        read_rows(bad2)


def test_no_builtin_row_silently_replaces_another() -> None:
    """Later rows override earlier ones with the same key; inside the built-in files that would
    only ever be a mistake (a row shadowing another), so every key is unique there."""
    from eventwire.nlp.gazetteer_build import _key

    for name in BUILTIN_FILES:
        seen: dict[str, int | None] = {}
        for row in read_rows(data_dir() / name):
            if row.table == "people":
                continue  # a person's tenures are consecutive rows with the same name
            key = _key(row)
            assert key not in seen, f"{name}:{row.line} repeats the key of line {seen[key]}: {key}"
            seen[key] = row.line


#: offices two people really held at once: the contested 2010-11 Ivorian presidency, the Soviet and
#: Russian (RSFSR) leaders and foreign ministers of 1990-91 (both coded RUS), and two days of
#: handover in Russia's security council
CONCURRENT = {("CIV", "president"), ("CIV", "head_of_state"), ("CIV", "leader"), ("RUS", "leader"),
              ("RUS", "foreign_minister"), ("RUS", "security_council_secretary")}
SHARED_ROLES = {"spokesperson", "ambassador", "envoy", "speaker", "national_security_adviser", "director",
                "mayor"}


def test_one_holder_per_office_at_a_time(resources: Resources) -> None:
    """Two people holding the same single-holder office on the same day is a data error."""
    clashes = []
    for (office, role), people in resources.gazetteer.role_holders.items():
        if role in SHARED_ROLES or (office, role) in CONCURRENT:
            continue
        spans = sorted((t.start or "0000", t.end or "9999", p.name) for p in people for t in p.tenures
                       if (t.org or t.code) == office and role in t.roles)
        clashes += [(office, role, a, b) for a, b in itertools.pairwise(spans)
                    if a[2] != b[2] and b[0] < a[1]]
    assert not clashes
