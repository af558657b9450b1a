"""Importing CAMEO verb dictionaries in PETRARCH format with the CAMEO->PLOVER table."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import shared_or_skip

from eventwire.coding.lexicon import DATA_DIR, build_lexicon, parse_entries
from eventwire.coding.petrarch import (
    entries_to_tsv,
    import_petrarch,
    plover_for,
    read_cameo_plover,
    write_lexicon_file,
)
from eventwire.errors import DataFileError

TABLE = """# a small CAMEO to PLOVER table
04: CONSULT
042: CONSULT, visit,   # Make a visit
07: AID
072: AID,   ,   military # Provide military aid
15: MOBILIZE
154: MOBILIZE, troops, military # Mobilize armed forces
163: COERCE, restrict,   diplomatic # Impose embargo
"""

VERBS = """# a hand-made dictionary in PETRARCH format
&WEAPON
+RIFLE
+TANK
+ANTI_TANK_MISSILE

&MILITARY
+TROOP
+ARMY

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DISPATCH
- * &MILITARY (TO +)                                  [154]         # SEND
- * &WEAPON                                           [072:072]     # SEND
- &MILITARY * AID                                     [070]         # subject side: skipped
- * NOTES                                             [010]         # statement: no PLOVER type

---  VISIT   [042]  ---
VISIT
+DROP_BY {+DROPS_BY +DROPPED_BY }
- * {CAPITAL CITY}                                    [:042]        # VISIT

---  APPEAL   [---]  ---
APPEAL [020]
"""


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "table.txt").write_text(TABLE, encoding="utf-8")
    return tmp_path / "verbs.txt", tmp_path / "table.txt"


def test_import_fixture(files: tuple[Path, Path]) -> None:
    entries, report = import_petrarch(*files)
    by = {(e.head, tuple(sorted(w)[0] if len(w) == 1 else "/".join(sorted(w)) for w in e.words)): e
          for e in entries}
    troops = by[("send", ("army/troop", "to"))]
    assert (troops.type, troops.mode, troops.cameo, troops.strong) == ("MOBILIZE", "troops", "154", True)
    assert by[("dispatch", ("army/troop", "to"))].type == "MOBILIZE"  # the pattern applies to the block
    weapons = by[("send", ("rifle/tank",))]  # multiword synonyms are left out of the set
    assert (weapons.type, weapons.cameo) == ("AID", "072")
    visit = by[("visit", ())]
    assert (visit.type, visit.mode, visit.strong) == ("CONSULT", "visit", False)  # the block's code
    assert by[("drop", ("by",))].type == "CONSULT"  # phrasal verb
    assert by[("visit", ("capital", "city"))].cameo == "042"  # [:042] uses the target code
    assert by[("appeal", ())].type == "REQUEST"  # CAMEO 02x -> REQUEST (not in the 2021 table)
    assert report.skipped["subject-side pattern"] == 1
    assert report.skipped["code without PLOVER type"] == 2  # the 010 pattern, for SEND and DISPATCH
    assert ("send", ()) not in by  # SEND's block has no code of its own
    assert entries[0].origin.startswith("verbs.txt:")


def test_round_trip_through_the_entry_format(files: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "imported.tsv"
    report = write_lexicon_file(*files, out)
    entries, removals = parse_entries(out.read_text(encoding="utf-8"), str(out))
    assert len(entries) == report.entries > 0 and not removals
    lex = build_lexicon([], DATA_DIR / "rules.toml", [out])
    assert lex.verbs["send"] and lex.verbs["visit"]
    assert entries_to_tsv([]).startswith("# pos")


def test_plover_for_uses_the_most_specific_code(files: tuple[Path, Path]) -> None:
    table = read_cameo_plover(files[1])
    hit = plover_for("0721", table)
    assert hit is not None and (hit.type, hit.mode) == ("AID", None)
    assert table["042"].mode == "visit" and table["072"].context == ("military",)
    assert plover_for("01", table) is None


def test_bad_files(tmp_path: Path) -> None:
    bad_table = tmp_path / "t.txt"
    bad_table.write_text("042: CHAT, visit\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t.txt:1.*not a PLOVER type"):
        read_cameo_plover(bad_table)
    not_verbs = tmp_path / "v.txt"
    not_verbs.write_text("&SET\n+WORD\n", encoding="utf-8")
    good_table = tmp_path / "g.txt"
    good_table.write_text(TABLE, encoding="utf-8")
    with pytest.raises(DataFileError, match="VERB PATTERNS"):
        import_petrarch(not_verbs, good_table)


def test_shared_dictionaries() -> None:
    verbs = shared_or_skip("dictionaries", "petrarch2", "CAMEO.2.0.txt")
    table = shared_or_skip("dictionaries", "plover", "CAMEO2PLOVER-2021.txt")
    plover = read_cameo_plover(table)
    assert plover["0331"].type == "AGREE" and plover["1831"].mode == "suicide-attack"
    entries, report = import_petrarch(verbs, table)
    assert report.entries > 10_000
    types = {e.type for e in entries}
    assert types == set(plover_types())
    heads = {(e.head, e.type) for e in entries if not e.words}
    assert ("accuse", "ACCUSE") in heads
    text = entries_to_tsv(entries[:2000])
    parsed, _ = parse_entries(text, "imported.tsv")
    assert len(parsed) == 2000


def plover_types() -> tuple[str, ...]:
    from eventwire.model import PLOVER_TYPES

    return PLOVER_TYPES
