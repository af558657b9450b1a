"""Build a Gazetteer from data files: read their rows, hash them, turn the rows into entries.

Later rows override earlier ones with the same key:
a state by code, an organisation by its first name and identifier, a place by its first name, an
agent by phrase, a person by name (all tenures from the latest file that names the person).
Rows imported from PETRARCH dictionaries (``Row.supplement``) only fill gaps: they never replace
a reviewed entry, a known name or a known agent phrase; among imported dictionaries, too, a later
file wins."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from ..errors import DataFileError
from .entries import Agent, Entry, Gazetteer, Tenure
from .gazetteer_files import read_rows
from .rows import Row, dated_sector

#: when one phrase names several things, the earlier kind wins ("Singapore" the state, not the city)
PRIORITY = {"person": 0, "org": 1, "state": 2, "demonym": 3, "group": 4, "capital": 5, "place": 6}
#: demonyms with no "-s" plural ("the Chinese", "the British"): they end like this
_NO_PLURAL = ("ese", "sh", "ch", "ss", "x", "s")
#: last words that are already plural ("police", "men"): an agent ending so is a group
_PLURAL_WORDS = frozenset({"police", "people", "men", "women", "children", "personnel", "clergy",
                           "military", "youth", "staff", "leadership", "public", "media", "press",
                           "crew", "militia", "army", "navy", "government", "cabinet", "parliament",
                           "congress", "senate", "opposition", "junta", "authorities", "administration"})


#: plurals whose singular is mostly an adjective or an abstract noun ("national", "force")
_NO_SINGULAR = frozenset({"nationals", "locals", "forces", "authorities", "executives", "arms",
                          "affairs", "services", "communications", "operations", "interests"})


def build_gazetteer(paths: Iterable[Path]) -> Gazetteer:
    """A Gazetteer from data files, later files overriding earlier ones (see ``add_rows``).

    Raises DataFileError naming the file and line of any invalid entry. ``version`` is
    ``data_version(paths)``."""
    paths = list(paths)
    gaz = Gazetteer(data_version(paths))
    add_rows(gaz, [row for p in paths for row in read_rows(p)])
    return gaz


def data_version(paths: Iterable[Path]) -> str:
    """A hash of every file's name and content: a store tells by it which documents were
    annotated with older data (``eventwire reannotate``)."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        try:
            h.update(p.read_bytes())
        except OSError as exc:
            raise DataFileError(str(p), None, f"cannot read it ({exc.strerror})",
                                "check the path in gazetteer_files") from exc
    return h.hexdigest()[:16]


def add_rows(gaz: Gazetteer, rows: list[Row]) -> None:
    latest: OrderedDict[tuple[str, str], list[Row]] = OrderedDict()
    for row in rows:
        key = (row.table, _key(row))
        prior = latest.get(key)
        if prior is not None and row.supplement and not prior[0].supplement:
            continue  # an imported dictionary never replaces a reviewed entry
        if prior is not None and row.table == "people" and prior[0].path == row.path:
            prior.append(row)  # another tenure of the same person, same file
        else:
            latest.pop(key, None)
            latest[key] = [row]
    # imported dictionaries go last, so that they only fill gaps; among them a later file fills
    # first, so that it wins there too (a user's dictionary over the fallback layer)
    rank = {path: k for k, path in enumerate(dict.fromkeys(row.path for row in rows))}
    ordered = sorted(latest.values(), key=lambda g: (g[0].supplement, -rank[g[0].path] if g[0].supplement else 0))
    for group in ordered:
        row = group[0]
        if row.table == "states":
            _add_state(gaz, row)
        elif row.table == "organisations":
            _add_org(gaz, row)
        elif row.table == "places":
            _add_place(gaz, row)
        elif row.table == "agents":
            _add_agent(gaz, row)
        else:
            _add_person(gaz, group)
    for bucket in gaz.names.values():
        bucket.sort(key=lambda e: PRIORITY.get(e.kind, 9))


def _key(row: Row) -> str:
    if row.table == "states":
        return row.text("code")
    if row.table == "organisations":
        return row.items("names")[0] + "|" + row.text("identifier")
    if row.table in ("places",):
        return row.items("names")[0]
    if row.table == "agents":
        return row.items("phrases")[0].lower()
    return row.text("name")


def _add_state(gaz: Gazetteer, row: Row) -> None:
    code, name = row.text("code"), row.text("name")
    state = Entry("state", name, code, source=f"{row.path}:{row.line}")
    gaz.states[code] = state
    for phrase in [name, *row.items("aliases")]:
        gaz.add_name(phrase, state)
    for dem in row.items("demonyms"):
        if dem.endswith("s") and not dem.endswith("ss"):
            gaz.add_name(dem, Entry("group", name, code, "CVL", source=state.source))
            continue
        gaz.add_name(dem, Entry("demonym", name, code, source=state.source))
        if not dem.endswith(_NO_PLURAL):
            gaz.add_name(dem + "s", Entry("group", name, code, "CVL", source=state.source))
    for cap in row.items("capitals"):
        gaz.add_name(cap, Entry("capital", row.items("capitals")[0], code, source=state.source))


def _add_org(gaz: Gazetteer, row: Row) -> None:
    names = row.items("names")
    sector: str | None = row.text("sector") or None
    tenures: list[Tenure] = []
    changed = dated_sector(sector or "")
    if changed is not None:
        # "REB until 2021-08-14, GOV": the sector at a document's date (``Entry.at``), the later
        # one where no date is known
        before, until, sector = changed
        code = row.text("code")
        tenures = [Tenure(code, before, (), None, until.isoformat()),
                   Tenure(code, sector, (), (until + timedelta(days=1)).isoformat(), None)]
    entry = Entry("org", row.text("canonical") or names[0], row.text("code"), sector,
                  row.text("identifier") or None, tenures=tenures, source=f"{row.path}:{row.line}",
                  supplement=row.supplement)
    for phrase in names:
        gaz.add_name(phrase, entry, row.supplement)


def _add_place(gaz: Gazetteer, row: Row) -> None:
    names = row.items("names")
    entry = Entry("place", names[0], row.text("code"), source=f"{row.path}:{row.line}")
    for phrase in names:
        gaz.add_name(phrase, entry)


def plural(phrase: str) -> str:
    """Regular English plural of the last word ("news agency" -> "news agencies")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def singular(phrase: str) -> str:
    """Regular singular of the last word ("tourists" -> "tourist"); the phrase itself if unsure."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("men"):
        s = last[:-3] + "man"
    elif last.endswith("ies"):
        s = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        s = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        s = last[:-1]
    else:
        return phrase
    return f"{head} {s}" if head else s


#: bodies named in the singular that words for groups list: one army, one government
_COLLECTIVE = frozenset({"army", "navy", "government", "cabinet", "parliament", "congress", "senate", "military"})


def _add_agent(gaz: Gazetteer, row: Row) -> None:
    sector, roles = row.text("sector"), tuple(row.items("roles"))
    for phrase in row.items("phrases"):
        low = " ".join(phrase.lower().split())
        last = low.rsplit(" ", 1)[-1]
        is_plural = last in _PLURAL_WORDS and last not in _COLLECTIVE
        is_plural = is_plural or (last.endswith("s") and not last.endswith("ss"))
        office = bool(roles)
        gaz.add_agent(Agent(low, sector, roles, is_plural, office), row.supplement)
        # a body named in the singular has a plural of its own ("the Kenyan and Somali armies")
        if not is_plural and (last not in _PLURAL_WORDS or (last in _COLLECTIVE and last != "military")):
            pl = plural(low)
            if pl not in gaz.agents:
                gaz.add_agent(Agent(pl, sector, (), True, office), row.supplement)
        elif is_plural and last not in _PLURAL_WORDS and last not in _NO_SINGULAR:
            sg = singular(low)
            if sg != low and sg not in gaz.agents:
                gaz.add_agent(Agent(sg, sector, roles, False, office), row.supplement)


def _add_person(gaz: Gazetteer, rows: list[Row]) -> None:
    name = rows[0].text("name")
    old = gaz.people.get(name)
    tenures = [Tenure(r.text("code"), r.text("sector") or None, tuple(r.items("roles")),
                      r.text("start") or None, r.text("end") or None, r.text("org") or None) for r in rows]
    entry = Entry("person", name, tenures[-1].code, tenures[-1].sector, tenures=tenures,
                  source=f"{rows[0].path}:{rows[0].line}", supplement=rows[0].supplement)
    if old is not None:
        for bucket in gaz.names.values():
            bucket[:] = [e for e in bucket if e is not old]
    gaz.people[name] = entry
    aliases: list[str] = []
    for r in rows:
        aliases.extend(a for a in r.items("aliases") if a not in aliases)
    for phrase in [name, *aliases]:
        gaz.add_name(phrase, entry, rows[0].supplement)
    for t in tenures:
        for role in t.roles:
            holders = gaz.role_holders.setdefault((t.org or t.code, role), [])
            holders[:] = [p for p in holders if p.name != name]
            holders.append(entry)
