"""Importing PETRARCH/CAMEO dictionaries: a hand-made fixture and the shared Phoenix samples."""

from __future__ import annotations

from pathlib import Path

from conftest import shared_or_skip
from eventwire.config import Settings
from eventwire.nlp.gazetteer import load_gazetteer
from eventwire.nlp.petrarch import cameo_code, import_petrarch
from eventwire.nlp.resolve import resolve_phrase

ACTORS = """\
# a tiny actors file in PETRARCH format
ZORVIA_  [ZRV]
+ZORVIAN_
+REPUBLIC_OF_ZORVIA_
ZORVIAN_COAST_GUARD_ [ZRVMIL]
ANNA_KOVALSKA_  # a person with two offices
+KOVALSKA_
\t[ZRVGOV 150101-191231]
\t[IGOUNO >200101]
PETER_MARSH_ [USAELI <991231]
"""

AGENTS = """\
!PERSON! = MAN, WOMEN
FERRY!PERSON! [~BUS]
HARBOUR_PILOT {HARBOUR_PILOTS} [~CVL]
WATCH_OFFICER [~MIL]
"""


def test_cameo_codes_map_to_ours() -> None:
    assert cameo_code("IGOUNO") == ("UNO", None)
    assert cameo_code("IGOEUREEC") == ("EUR", None)
    assert cameo_code("IGOWSTNAT") == ("IGO", None)
    assert cameo_code("KORGOVBUS") == ("KOR", "GOV")
    assert cameo_code("ROMMIL") == ("ROU", "MIL")
    assert cameo_code("~MIL") == (None, "MIL")


def test_hand_made_fixture(tmp_path: Path) -> None:
    actors = tmp_path / "tiny.actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents = tmp_path / "tiny.agents.txt"
    agents.write_text(AGENTS, encoding="utf-8")
    rows = import_petrarch(actors)
    tables = [r.table for r in rows]
    assert tables.count("organisations") == 2 and tables.count("people") == 3
    kov = [r for r in rows if r.table == "people" and r.values["name"] == "Anna Kovalska"]
    assert [(r.values["code"], r.values["start"], r.values["end"]) for r in kov] == [
        ("ZRV", "2015-01-01", "2019-12-31"), ("UNO", "2020-01-01", "")]
    marsh = next(r for r in rows if r.values.get("name") == "Peter Marsh")
    assert marsh.values["end"] == "1999-12-31" and marsh.values["start"] == ""
    agent_rows = import_petrarch(agents)
    phrases = {p: r.values["sector"] for r in agent_rows for p in r.values["phrases"]}
    assert phrases["ferryman"] == "BUS" and phrases["ferrywomen"] == "BUS"
    assert phrases["harbour pilots"] == "CVL"
    assert phrases["watch officer"] == "MIL"

    gaz = load_gazetteer(Settings(gazetteer_files=(str(actors), str(agents))))
    assert resolve_phrase("Zorvian Coast Guard", gaz).code == "ZRV"
    assert resolve_phrase("Kovalska", gaz, "2017-05-01").code == "ZRV"
    assert resolve_phrase("Kovalska", gaz, "2021-05-01").code == "UNO"
    got = resolve_phrase("the Zorvia watch officers", gaz)
    assert (got.code, got.sector) == ("ZRV", "MIL")


def test_shared_phoenix_dictionaries_import() -> None:
    base = shared_or_skip("dictionaries", "petrarch2")
    agents = import_petrarch(base / "Phoenix.agents.txt")
    assert len(agents) > 1500
    assert all(r.table == "agents" for r in agents[:50])
    intl = import_petrarch(base / "Phoenix.International.actors.txt")
    borrell = [r for r in intl if r.table == "people" and r.values["name"] == "Josep Borrell"]
    assert borrell and borrell[0].values["code"] == "EUR" and borrell[0].values["start"] == "2004-07-20"
    gaz = load_gazetteer(Settings(gazetteer_files=(str(base / "Phoenix.MilNonState.actors.txt"),)))
    assert gaz.lookup_name("Abu Nidal Organization").code == "IMG"


def test_imported_dictionaries_only_fill_gaps(tmp_path: Path) -> None:
    actors = tmp_path / "clash.actors.txt"
    actors.write_text("JOSEP_BORRELL_ [ESPELI]\nKREMLIN_ [USAGOV]\nNEW_PERSON_NAME_\n\t[ESTGOV >200101]\n",
                      encoding="utf-8")
    agents = tmp_path / "clash.agents.txt"
    agents.write_text("SOLDIER [~CVL]\nDECKHAND [~BUS]\n", encoding="utf-8")
    gaz = load_gazetteer(Settings(gazetteer_files=(str(actors), str(agents))))
    assert resolve_phrase("Josep Borrell", gaz, "2024-11-04").code == "EUR"
    assert resolve_phrase("Kremlin", gaz).code == "RUS"
    assert resolve_phrase("soldiers", gaz).sector == "MIL"
    assert resolve_phrase("New Person Name", gaz, "2021-01-01").code == "EST"
    assert resolve_phrase("deckhands", gaz).sector == "BUS"


def test_verb_dictionaries_are_refused_with_the_line() -> None:
    import pytest

    from eventwire.errors import DataFileError
    from eventwire.nlp.gazetteer_files import read_rows

    verbs = shared_or_skip("dictionaries", "petrarch2", "CAMEO.2.0.txt")
    with pytest.raises(DataFileError, match="verb") as exc:
        read_rows(verbs)
    assert exc.value.line is not None and exc.value.path == str(verbs)
