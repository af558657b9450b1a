"""The fallback actor layer: PETRARCH/Phoenix dictionaries located by ``Settings.dictionaries``,
loaded beneath the built-in gazetteer and the user's files. Hand-made dictionaries in a temporary
folder, and the shared Phoenix files where present."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_or_skip
from eventwire.config import Settings
from eventwire.nlp.gazetteer import fallback_files, load_gazetteer
from eventwire.nlp.petrarch import cameo_code, import_petrarch
from eventwire.nlp.resolve import resolve_phrase

AGENTS = """\
DECKHAND [~BUS]
SOLDIER [~CVL]
WIRE_SERVICE [~MED]
"""

ACTORS = """\
ZORVIA_  [ZRV]
+ZORVIAN_
+ZORVIA_CITY_
KREMLIN_ [USAGOV]
MARA_VELLO_
+PRESIDENT_VELLO_
\t[ZRVELI 800101-991231]
\t[ZRVGOV 000101-051231]
\t[ZRVELI]
"""


def _dictionaries(root: Path, actors: str = ACTORS) -> Path:
    folder = root / "petrarch2"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Phoenix.agents.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "Phoenix.Test.actors.txt").write_text(actors, encoding="utf-8")
    return root


def _code_sector(text: str, settings: Settings, date: str | None = None) -> tuple[str | None, str | None]:
    got = resolve_phrase(text, load_gazetteer(settings), date)
    return got.code, got.sector


def test_the_layer_fills_gaps_beneath_the_builtin_gazetteer(tmp_path: Path) -> None:
    on = Settings(dictionaries=str(_dictionaries(tmp_path)))
    off = Settings(dictionaries="none")
    assert _code_sector("three deckhands", on) == (None, "BUS")
    assert _code_sector("three deckhands", off) == (None, None)
    assert _code_sector("Zorvian officials", on) == ("ZRV", "GOV")
    assert _code_sector("the wire service", on) == (None, "JRN")  # CAMEO MED is the media
    # what the built-in gazetteer knows stays as it is
    assert _code_sector("soldiers", on) == (None, "MIL")
    assert _code_sector("the Kremlin", on) == ("RUS", "GOV")


def test_the_data_version_covers_the_dictionaries(tmp_path: Path) -> None:
    root = _dictionaries(tmp_path)
    with_layer = load_gazetteer(Settings(dictionaries=str(root))).version
    assert with_layer != load_gazetteer(Settings(dictionaries="none")).version
    _dictionaries(root, ACTORS + "OSSIA_ [OSS]\n")
    assert load_gazetteer(Settings(dictionaries=str(root))).version != with_layer


def test_user_files_win_over_the_layer(tmp_path: Path) -> None:
    root = _dictionaries(tmp_path / "dicts")
    mine = tmp_path / "mine.actors.txt"
    mine.write_text("NEW_ZORVIA_ [ZRX]\n+ZORVIAN_\n", encoding="utf-8")
    settings = Settings(dictionaries=str(root), gazetteer_files=(str(mine),))
    assert _code_sector("Zorvian", settings) == ("ZRX", None)
    assert _code_sector("Zorvia City", settings) == ("ZRV", None)
    # a dictionary the user lists is read once, in the user's place
    listed = root / "petrarch2" / "Phoenix.Test.actors.txt"
    both = Settings(dictionaries=str(root), gazetteer_files=(str(listed),))
    assert listed not in fallback_files(both) and len(fallback_files(both)) == 1


def test_the_layer_is_off_without_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_DICTIONARIES", "none")
    assert fallback_files(Settings()) == []
    monkeypatch.setenv("EVENTWIRE_DICTIONARIES", str(_dictionaries(tmp_path)))
    assert [p.name for p in fallback_files(Settings())] == ["Phoenix.agents.txt", "Phoenix.Test.actors.txt"]


def test_a_title_in_the_text_is_believed_for_an_imported_person(tmp_path: Path) -> None:
    settings = Settings(dictionaries=str(_dictionaries(tmp_path)))
    # at the date, the dictionary has her out of office
    assert _code_sector("Mara Vello", settings, "1999-06-01") == ("ZRV", "ELI")
    assert _code_sector("President Mara Vello", settings, "1999-06-01") == ("ZRV", "GOV")
    assert _code_sector("President Vello", settings, "2012-06-01") == ("ZRV", "GOV")
    assert _code_sector("General Mara Vello", settings, "1999-06-01") == ("ZRV", "MIL")
    assert _code_sector("UN envoy Mara Vello", settings, "1999-06-01") == ("UNO", "GOV")


def test_a_bare_surname_does_not_name_an_imported_person(tmp_path: Path) -> None:
    gaz = load_gazetteer(Settings(dictionaries=str(_dictionaries(tmp_path))))
    assert gaz.people["Mara Vello"].supplement
    assert gaz.person_by_surname("Vello", "2003-01-01") is None


def test_a_territory_with_dated_state_codes_is_no_person(tmp_path: Path) -> None:
    path = tmp_path / "t.actors.txt"
    path.write_text("OLD_PROVINCE_\n+OLDTOWN_\n\t[AAA <030320]\n\t[BBB >030320]\n"
                    "ANNA_ROSS_\n\t[UNO 050101-091231]\n", encoding="utf-8")
    rows = import_petrarch(path)
    assert [(r.table, r.values["code"]) for r in rows] == [("organisations", "BBB"), ("people", "UNO")]


def test_cameo_sectors_that_we_name_otherwise() -> None:
    assert cameo_code("~MED") == (None, "JRN")
    assert cameo_code("~HLH") == (None, "MED")
    assert cameo_code("GBRMED") == ("GBR", "JRN")


def test_shared_phoenix_layer() -> None:
    root = shared_or_skip("dictionaries")
    settings = Settings(dictionaries=str(root))
    assert {p.name for p in fallback_files(settings)} >= {"Phoenix.agents.txt", "Phoenix.Countries.actors.txt"}
    gaz = load_gazetteer(settings)
    assert resolve_phrase("Afganistan", gaz).code == "AFG"  # a misspelling the dictionary lists
    assert resolve_phrase("the reservists", gaz).sector == "MIL"
    assert resolve_phrase("the Kremlin", gaz).code == "RUS"
    assert len(gaz.people) > 10 * len(load_gazetteer(Settings(dictionaries="none")).people)


def test_an_imported_name_never_shadows_an_agent_word(tmp_path: Path) -> None:
    settings = Settings(dictionaries=str(_dictionaries(tmp_path, ACTORS + "ZORVIAN_CONGRESS_ [ZRVGOV]\n+SENATE_\n")))
    assert _code_sector("the Senate", settings) == (None, "LEG")
    assert _code_sector("the Zorvian Congress", settings) == ("ZRV", "GOV")


def test_the_layers_one_word_group_alias_yields_to_a_persons_name(tmp_path: Path) -> None:
    """A one-word group alias of the layer ("Zakaria", say an alias of some militant) inside or
    after a person's full name is that person's name, not the group."""
    from eventwire.model import Document
    from eventwire.nlp.annotate import annotate
    from eventwire.resources import Resources

    actors = ACTORS + "ZAKARIA_  [IMGMUS]\n"
    res = Resources(Settings(dictionaries=str(_dictionaries(tmp_path, actors))))
    text = ("Malaysia's trade minister Zakaria Osman met Thai officials in Bangkok on Monday. Zakaria said the "
            "talks had gone well.")
    ann = next(annotate([Document(id="z", text=text, raw_text=text, published="2025-03-05")], res))
    assert not any(e.code == "IMG" for e in ann.entities), [(e.text, e.code) for e in ann.entities]
