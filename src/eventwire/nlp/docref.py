"""Document-level resolution: statistical NER merged with gazetteer mentions, titles and
appositives, later mentions by surname, role descriptions and pronoun subjects.

Each function takes the mentions found so far and returns them (changed or extended); all work
on token offsets (``Mention.i``/``Mention.j``) of one parsed document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from .compose import DETERMINERS, Mention, Title, person_mention
from .entries import Gazetteer
from .match import Toks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_BARE = frozenset({"GPE", "NORP", "LOC"})  # labels of single state / demonym / place mentions
_QUALIFIERS = frozenset({
    "province", "region", "district", "state", "county", "city", "oblast", "governorate", "prefecture",
    "territory", "territories", "republic", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "the", "of", "upper", "lower", "greater", "occupied",
    "rural", "coastal", "mainland", "-", "'", "’", "'s", "’s"})
PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "group"}
#: possessive determiners ("his visit", "its troops"): resolved like subjects
POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "thing", "their": "group"}
#: object pronouns: "accused him", "opened fire on them" ("it" as an object is too often a clause
#: or a thing: "denied it", "made it clear")
OBJECT_PRONOUNS = {"him": "person", "her": "person", "them": "group"}
_OBJ = frozenset({"dobj", "pobj", "dative"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"})
_DATELINE = frozenset({":", "—", "–", "-", "("})


def merge_ner(ents: list[Span], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Add the NER entities the gazetteer did not find. Where they overlap, the gazetteer wins
    ("Kyiv" is a place even when NER says PERSON), except that an ORG/FAC/PERSON name that merely
    contains a state or place ("Seoul National University") stays one entity, taking that code
    for an organisation; a place name that is more than a state name and qualifiers ("New
    Jersey", not "southern Lebanon") stays one place; and a known surname inside a person's name
    with another first name ("Kevin Rutte") is that other, unknown person."""
    owner: dict[int, int] = {}
    for idx, m in enumerate(mentions):
        for t in range(m.i, m.j):
            owner[t] = idx
    drop: set[int] = set()
    added: list[Mention] = []
    for ent in ents:
        label = ent.label_
        if label not in NER_LABELS:
            continue
        inside = sorted({owner[t] for t in range(ent.start, ent.end) if t in owner})
        if not inside and label == "PERSON" and _city_after_locative(ent, gaz):
            # the small model tags some cities it does not know PERSON ("water trucked into Goma"):
            # one word that names a big city, after a preposition of place, is the city
            added.append(_from_ner(ent.start, ent.end, "GPE", ent.text, gaz))
            continue
        if not inside and label in ("ORG", "PERSON", "NORP") and _place_of_office(ent):
            # the small model tags some provinces ORG ("the governor of Sinaloa"): what a governor
            # or a mayor is "of", or a province "of", is a place
            added.append(_from_ner(ent.start, ent.end, "GPE", ent.text, gaz))
            continue
        if not inside:
            added.append(_from_ner(ent.start, ent.end, label, ent.text, gaz))
            continue
        ms = [mentions[k] for k in inside]
        if "," in ent.text and sum(1 for m in ms if m.code and m.label == "GPE") >= 2:
            continue  # "Mali, Burkina Faso and Niger" tagged as one name: a list of states, each its own
        contained = all(ent.start <= m.i and m.j <= ent.end for m in ms)
        longer = ent.end - ent.start > sum(m.j - m.i for m in ms)
        if (label == "PERSON" and contained and longer and len(ms) == 1 and ms[0].person is not None
                and ms[0].label == "PERSON" and ms[0].i > ent.start and ms[0].j - ms[0].i == 1
                and ent[0].text != ms[0].person.name.split()[0]):
            # "Kevin Rutte" is not Mark Rutte: a surname alias inside a longer, different name (a full
            # name after an honorific, "Emir Tamim bin Hamad Al Thani", stays the person)
            drop.update(inside)
            added.append(Mention(ent.start, ent.end, None, None, " ".join(ent.text.split()), label="PERSON"))
            continue
        if (label == "PERSON" and contained and longer and all(
                m.j - m.i == 1 and m.person is None and m.modifier is not None and m.modifier.supplement
                and m.modifier.kind == "org" for m in ms)):
            # a one-word name the imported dictionaries give a group ("Hamzah", an alias of one
            # militant leader) inside a longer name NER reads as a person's is that person's name
            drop.update(inside)
            added.append(Mention(ent.start, ent.end, None, None, " ".join(ent.text.split()), label="PERSON"))
            continue
        # a region the imported dictionaries name ("Sulawesi") inside a longer place NER found ("the
        # Sulawesi Sea") is a bare place name too: the sea, not the island's state
        if not (contained and longer and all(
                m.label in _BARE or (label in ("GPE", "LOC") and m.modifier is not None and m.modifier.supplement)
                for m in ms)):
            continue
        if label in ("ORG", "FAC", "PERSON"):
            drop.update(inside)
            code = ms[0].code if label != "PERSON" else None
            sector = _head_sector(ent, gaz) if label == "ORG" else None
            added.append(Mention(ent.start, ent.end, code, sector, " ".join(ent.text.split()), label=label))
        elif label in ("GPE", "LOC"):
            # "New Jersey" is not Jersey, but "southern Lebanon" is in Lebanon
            outside = {w.lower_ for w in ent if not any(m.i <= w.i < m.j for m in ms)}
            if outside <= _QUALIFIERS:
                continue
            drop.update(inside)
            added.append(_from_ner(ent.start, ent.end, label, ent.text, gaz))
    kept = [m for k, m in enumerate(mentions) if k not in drop]
    return sorted(kept + added, key=lambda m: m.i)


#: prepositions after which a one-word name is a place
_PLACE_PREPS = frozenset({"in", "into", "to", "near", "from", "around", "outside", "at", "across", "toward",
                        "towards", "inside", "through"})


#: offices and divisions that are "of" a place: "the governor of Sinaloa", "the province of Cabo Delgado"
_OF_PLACE = frozenset({"governor", "mayor", "premier", "prefect", "province", "state", "region", "governorate",
                       "district", "county", "department", "municipality", "city", "town", "village"})


def _place_of_office(ent: Span) -> bool:
    """``ent`` (capitalised words) follows "governor of", "mayor of", "the province of" ..."""
    doc = ent.doc
    return (ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _OF_PLACE
            and all(t.text[:1].isupper() for t in ent))


def _city_after_locative(ent: Span, gaz: Gazetteer) -> bool:
    """``ent`` is one word naming a big city (300,000 or more) right after a preposition of place."""
    if len(ent) != 1 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _PLACE_PREPS:
        return False
    city = gaz.cities.get(ent.text)
    return city is not None and city.population >= 300_000


def _head_sector(ent: Span, gaz: Gazetteer) -> str | None:
    """The sector of the agent word that heads an organisation's name: "Seoul National
    University" EDU, "Kenya Anti-Corruption Commission" GOV."""
    words = [w.text for w in ent]
    for n in (3, 2, 1):
        for k in range(len(words) - n, -1, -1):
            agent = gaz.lookup_agent(" ".join(words[k:k + n]))
            if agent is not None:
                return agent.sector
    return None


def _from_ner(i: int, j: int, label: str, text: str, gaz: Gazetteer) -> Mention:
    name = " ".join(text.split())
    if label in ("GPE", "LOC", "FAC"):
        city = gaz.cities.get(name)
        # NER's LOC and FAC are mostly not cities: only a big city's name is taken as one there
        # (a name of two words or more that is a city is the city: "Port Sudan", "Port Harcourt")
        if city is not None and (label == "GPE" or city.population >= 500_000
                                 or (len(name.split()) > 1 and city.population >= 100_000)):
            return Mention(i, j, city.country, None, city.name, kind="place", label=label,
                           extra={"lat": city.lat, "lon": city.lon, "geonameid": city.geonameid})
        region = gaz.regions.get(name) if city is None and label in ("GPE", "LOC") else None
        if region is not None:  # "Sinaloa", "Cabo Delgado": a state's province, in that state
            return Mention(i, j, region[1], None, region[0], kind="place", label=label, extra={"region": True})
        return Mention(i, j, None, None, name, kind="place", label=label)
    if label == "ORG" and j - i == 1:
        # the small model often tags a lone city name ORG ("convoys reached Herat"): one word that
        # names a big city (300,000 or more) and no organisation our gazetteer knows is the city
        city = gaz.cities.get(name)
        if city is not None and city.population >= 300_000:
            return Mention(i, j, city.country, None, city.name, kind="place", label="GPE",
                           extra={"lat": city.lat, "lon": city.lon, "geonameid": city.geonameid})
    return Mention(i, j, None, None, name, label=label)


def place_modifiers(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """A place NER found (a city) right before an agent the gazetteer found gives it its state:
    "Delhi Chief Minister Arvind Kejriwal", "Paris prosecutors". One mention results."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if (b is not None and a.kind == "place" and a.code and a.modifier is None and b.code is None
                and b.sector is not None and b.label in ("ACTOR", "PERSON")
                and all(toks.lowers[t] in ("'s", "’s") for t in range(a.j, b.i))):
            merged = Mention(a.i, b.j, a.code, b.sector, b.name or a.name, label=b.label, roles=b.roles,
                             plural=b.plural, former=b.former, extra={**b.extra, "place": a.name})
            out.append(merged)
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: nouns for a body of people that the people named after "of" make up ("crowds of Chileans", "a
#: delegation of Hamas officials"): who they are is who acts
COLLECTIVES = frozenset({"crowd", "crowds", "throng", "throngs", "group", "groups", "band", "bands", "mob", "mobs",
                         "delegation", "delegations", "contingent", "contingents", "column", "columns"})


def collectives(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """"Crowds of Chileans", "a delegation of Iranian officials", "a delegation from the bloc ECOWAS": one
    mention, the people's or the body's (their code, and their sector where they give one), not a crowd
    of no state and a people beside it."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        if a.kind == "actor" and a.code is None and toks.lowers[a.j - 1] in COLLECTIVES and a.j < len(toks) \
                and toks.lowers[a.j] in ("of", "from"):
            # the first coded party within the phrase after "of" or "from" ("the West African bloc ECOWAS")
            n = next((n for n in range(k + 1, len(mentions)) if mentions[n].code and mentions[n].i > a.j), None)
            b = mentions[n] if n is not None else None
            if (b is not None and n is not None and b.i <= a.j + 5 and b.kind == "actor" and not b.is_person
                    and all(toks.pos[t] in ("DET", "ADJ", "PROPN", "NOUN") for t in range(a.j + 1, b.i))):
                out.append(Mention(a.i, b.j, b.code, b.sector or a.sector, b.name, label=b.label, roles=b.roles,
                                   plural=True, extra={**b.extra, "collective": toks.span_text(a.i, a.j)}))
                k = n + 1
                continue
        out.append(a)
        k += 1
    return out


def state_organisations(toks: Toks, mentions: list[Mention], states: Collection[str]) -> list[Mention]:
    """An organisation the gazetteer does not know, named with its state's possessive, belongs to
    that state: "Belarus's KGB", "Russia's Rosgvardia", "Brazil's Petrobras" are BLR, RUS and BRA
    (CAMEO codes a state's agency or company with the state's code). One mention results, with the
    organisation's name, so that a later "its" or "the agency" carries the state's code too."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if (b is not None and a.code in states and a.kind == "actor" and a.sector is None and a.person is None
                and b.label == "ORG" and b.kind == "actor" and b.code is None and b.i - a.j == 1
                and toks.lowers[a.j] in ("'s", "’s")):
            out.append(Mention(a.i, b.j, a.code, b.sector, b.name, label="ORG", plural=b.plural,
                               extra={**b.extra, "state": a.name}))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: codes of the bodies states send envoys to (the UN, the EU, other international organisations)
_BODIES = frozenset({"UNO", "EUR", "IGO"})
#: agent words for the people a state sends to such a body
ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives",
                    "delegate", "delegates", "delegation", "mission", "diplomat", "diplomats", "negotiator"})


def envoys_to_bodies(toks: Toks, mentions: list[Mention], states: Collection[str]) -> list[Mention]:
    """A state's envoy to an international body is the state's: "Iran's U.N. ambassador", "the U.N.
    ambassador of France", "Russia's NATO envoy" are IRN, FRA and RUS GOV, as ICEWS and PLOVER
    code a member state's diplomats, not the body ("the U.N. ambassador" alone stays UNO). One
    mention results, the body kept in ``extra["to"]``."""
    def envoy(m: Mention | None) -> bool:
        return m is not None and m.code in _BODIES and m.sector == "GOV" and toks.lowers[m.j - 1] in ENVOYS

    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and envoy(b) and a.code in states and a.kind != "place" and a.sector is None \
                and b.i - a.j == 1 and toks.lowers[a.j] in ("'s", "’s"):
            out.append(Mention(a.i, b.j, a.code, "GOV", b.name, label=b.label, plural=b.plural,
                               extra={**b.extra, "to": b.name}))
            k += 2
            continue
        if b is not None and envoy(a) and b.code in states and b.i == a.j + 1 and toks.lowers[a.j] == "of":
            out.append(Mention(a.i, b.j, b.code, "GOV", a.name, label=a.label, plural=a.plural,
                               extra={**a.extra, "to": a.name}))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: words between a name's comma and its title that keep the apposition ("X, a former British diplomat")
_WAS = frozenset({"former", "retired", "ex", "then"})


#: heads of bodies, not of a person's title: a name after one is not its holder in apposition
_INSTITUTIONS = frozenset({"ministry", "ministries", "office", "government", "department", "council", "agency",
                           "embassy", "commission", "committee", "parliament", "court", "service", "cabinet"})


def titles_and_appositives(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """"Estonian prime minister Jaan Tamm" is one mention of a person with EST GOV; "Jaan Tamm,
    the Estonian prime minister" and "the Estonian prime minister, Jaan Tamm," give Jaan Tamm EST
    GOV. A person the gazetteer knows keeps its own resolution."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (nxt is not None and nxt.i == m.j and m.label == "ACTOR" and m.sector is not None
                and nxt.label == "PERSON" and nxt.person is None):
            merged = Mention(m.i, nxt.j, m.code, m.sector, nxt.name, m.identifier if m.person is None else None,
                             label="PERSON", roles=m.roles, former=m.former, modifier=m.modifier,
                             stated=m.roles)
            out.append(merged)
            k += 2
            continue
        out.append(m)
        k += 1
    for a, b in itertools.pairwise(out):
        if not (a.label == "PERSON" and b.label == "ACTOR" and b.sector is not None):
            continue
        gap = range(a.j, b.i)
        if not gap or toks.lowers[a.j] != "," or any(toks.lowers[t] not in DETERMINERS | _WAS
                                                     for t in gap[1:]):
            continue
        if a.person is None and a.code is None:
            a.code, a.sector, a.roles, a.former = b.code, b.sector, b.roles, b.former
            a.modifier = b.modifier
        if not b.former and b.code:
            a.stated, a.stated_code = b.roles, b.code
        b.name, b.person = a.name, a.person
        b.extra["appositive_of"] = a.name
    for a, b in itertools.pairwise(out):
        # "Ghana's finance minister, Kofi Mensah, held talks": the name in apposition after the
        # title (a comma, the name, then a comma or the verb) is that office's holder
        if not (a.label == "ACTOR" and a.sector is not None and b.label == "PERSON" and b.person is None
                and b.code is None and not a.plural and b.i == a.j + 1 and toks.lowers[a.j] == ","):
            continue
        if b.j < len(toks) and toks.lowers[b.j] not in (",", ")") and toks.pos[b.j] not in ("VERB", "AUX"):
            continue
        if toks.lowers[a.j - 1] in _INSTITUTIONS:
            # "In a letter to Venezuela's foreign ministry, Foreign Minister X said": a body is no title
            continue
        b.code, b.sector, b.roles, b.former, b.modifier = a.code, a.sector, a.roles, a.former, a.modifier
        if not a.former and a.code:
            b.stated, b.stated_code = a.roles, a.code
        a.name = b.name
        a.extra["appositive_of"] = b.name
    _posted_appositives(toks, out)
    _titles_with_a_tail(toks, out)
    _who_represents(toks, out)
    return out


#: prepositions of a post after its title: "ambassador to the United Nations", "envoy at the talks"
_POST_PREPS = frozenset({"to", "at", "in", "for"})


def _posted_appositives(toks: Toks, out: list[Mention]) -> None:
    """"Sudan's ambassador to the United Nations, Amina Bello, demanded ...": the name in apposition
    after a title and the body or place of its post is that office's holder, as after the title
    alone (``titles_and_appositives``)."""
    for a, c, b in zip(out, out[1:], out[2:], strict=False):
        if not (a.label == "ACTOR" and a.sector is not None and not a.plural and b.label == "PERSON"
                and b.person is None and b.code is None and a.j < len(toks) and toks.lowers[a.j] in _POST_PREPS):
            continue
        if any(toks.lowers[t] not in DETERMINERS for t in range(a.j + 1, c.i)):
            continue  # only "to (the) <body>" between the title and its post
        if c.j >= len(toks) or toks.lowers[c.j] != "," or b.i != c.j + 1:
            continue
        if b.j < len(toks) and toks.lowers[b.j] not in (",", ")") and toks.pos[b.j] not in ("VERB", "AUX"):
            continue
        b.code, b.sector, b.roles, b.former, b.modifier = a.code, a.sector, a.roles, a.former, a.modifier
        if not a.former and a.code:
            b.stated, b.stated_code = a.roles, a.code
        a.name = b.name
        a.extra["appositive_of"] = b.name


#: verbs of a relative clause that give a person the body they speak or act for ("X, who represents
#: ECOWAS,", "Y, who heads the commission")
REPRESENTING = frozenset({"represents", "represented", "heads", "headed", "leads", "led", "chairs", "chaired",
                          "commands", "commanded", "runs"})


def _who_represents(toks: Toks, out: list[Mention]) -> None:
    """"Kwame Mensah, who represents ECOWAS, met ...": a person named with a relative clause of
    representing or heading a coded body or state is that body's (its sector, or GOV)."""
    for k, a in enumerate(out):
        if not (a.label == "PERSON" and a.person is None and a.code is None and a.j + 3 < len(toks)
                and toks.lowers[a.j] == "," and toks.lowers[a.j + 1] == "who" and toks.lowers[a.j + 2] in REPRESENTING):
            continue
        body = next((b for b in out[k + 1:] if b.i > a.j + 2), None)
        if body is None or not body.code or body.is_person or body.i > a.j + 5:
            continue
        a.code, a.sector = body.code, body.sector or "GOV"
        a.stated, a.stated_code = a.roles, body.code
        a.extra["represents"] = body.name or toks.span_text(body.i, body.j)


#: prepositions that start the remit of an office: "the special rapporteur on Afghanistan"
_REMIT = frozenset({"on", "for", "of", "to"})


def _titles_with_a_tail(toks: Toks, out: list[Mention]) -> None:
    """"The U.N. special rapporteur on Afghanistan, Richard Bennett, said": a title with its remit
    (a preposition and up to five words, no comma) before the name in apposition; the name is that
    office's holder, as when the name follows the title directly."""
    for k, a in enumerate(out):
        if not (a.label == "ACTOR" and a.sector is not None and not a.plural and a.j < len(toks)
                and toks.lowers[a.j] in _REMIT):
            continue
        comma = next((t for t in range(a.j + 1, min(a.j + 7, len(toks))) if toks.lowers[t] == ","), None)
        if comma is None:
            continue
        b = next((x for x in out[k + 1:] if x.i > comma), None)
        if (b is None or b.i != comma + 1 or b.label != "PERSON" or b.person is not None or b.code is not None
                or any(a.j <= x.i < comma and x.kind != "place" and x.label not in ("GPE", "LOC") for x in out)):
            continue
        if b.j < len(toks) and toks.lowers[b.j] not in (",", ")") and toks.pos[b.j] not in ("VERB", "AUX"):
            continue
        b.code, b.sector, b.roles, b.former, b.modifier = a.code, a.sector, a.roles, a.former, a.modifier
        if not a.former and a.code:
            b.stated, b.stated_code = a.roles, a.code
        a.name = b.name
        a.extra["appositive_of"] = b.name


def _short_names(name: str) -> list[str]:
    words = [w for w in name.replace(",", " ").split() if w not in ("Jr.", "Jr", "Sr.", "II", "III")]
    if len(words) < 2:
        return []
    keys = [words[-1]]
    if "-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4):
        keys.append(words[0])  # Korean and Chinese family names come first: "Cho Tae-yul" -> "Cho"
    return keys


def surnames(toks: Toks, mentions: list[Mention], gaz: Gazetteer, date: str | None) -> list[Mention]:
    """Later (or earlier) mentions of a person named in full elsewhere in the document, whatever
    NER called them ("Borrell" as GPE) or where NER missed them; a surname that no full name in
    the document explains ("President Bush") is the one known person with that surname, if any."""
    persons: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.name and (m.person is not None or m.code is not None or m.j - m.i > 1):
            for key in _short_names(m.person.name if m.person else m.name):
                persons.setdefault(key, []).append(m)
    for k, m in enumerate(mentions):
        if m.label == "PERSON" and m.person is None and m.code is None and m.name and " " in m.name:
            variant = gaz.person_by_variant(m.name)  # "Abdelaziz Bouteflicka": a known name misspelt
            if variant is not None:
                mentions[k] = person_mention(m.i, m.j, variant, date, Title(m.roles))
                mentions[k].extra["spelling_of"] = variant.name
                for key in _short_names(variant.name):
                    persons.setdefault(key, []).append(mentions[k])
                continue
        if (m.label == "PERSON" and m.person is None and m.code is None and m.name and " " not in m.name
                and m.name not in persons):
            known = gaz.person_by_surname(m.name, date)
            if known is not None:
                resolved = person_mention(m.i, m.j, known, date, Title(m.roles))
                resolved.extra["by_surname"] = True
                mentions[k] = resolved
    if not persons:
        return mentions
    covered = bytearray(len(toks))
    for m in mentions:
        for t in range(m.i, m.j):
            covered[t] = 1

    def antecedent(key: str, at: int) -> Mention:
        cands = persons[key]
        before = [c for c in cands if c.i < at]
        return before[-1] if before else cands[0]

    # the first word of a full name the document gives ("Hamzah" after "Hamzah Idris", as Malay and
    # Arabic names are shortened) wins over a one-word alias the imported dictionaries give a group
    firsts: dict[str, Mention] = {}
    for ms in persons.values():
        for p in ms:
            words = (p.person.name if p.person else p.name or "").split()
            if len(words) >= 2:
                firsts.setdefault(words[0], p)
    out: list[Mention] = []
    for m in mentions:
        text = toks.span_text(m.i, m.j)
        if (m.j - m.i == 1 and text in firsts and text not in persons and m.person is None
                and m.modifier is not None and m.modifier.supplement):
            out.append(_copy_person(m.i, m.j, firsts[text]))
        elif m.j - m.i == 1 and text in persons and m.label != "ACTOR" and (
                (m.person is None and m.code is None)
                or (m.person is not None and m.person is not antecedent(text, m.i).person)):
            out.append(_copy_person(m.i, m.j, antecedent(text, m.i)))
        elif (m.label == "PERSON" and m.person is None and m.code is None and m.name and " " in m.name
              and any(p.name == m.name and p.code and p is not m for p in persons.get(m.name.split()[-1], ()))):
            # "Foreign Minister Ana Ruiz" after "Peru's foreign minister, Ana Ruiz,": the same person,
            # named in full again with a title that gives no state
            same = [p for p in persons[m.name.split()[-1]] if p.name == m.name and p.code and p is not m]
            src = ([p for p in same if p.i < m.i] or same)[-1]
            m.code, m.sector = src.code, m.sector or src.sector
            m.extra["same_person_as"] = src.name
            out.append(m)
        else:
            out.append(m)
    for t in range(len(toks)):
        if covered[t]:
            continue
        word = toks.text[toks.starts[t]:toks.ends[t]]
        # the small tagger reads an unknown name opening a sentence as anything ("Nduhungirehe
        # accused ..." as an adverb): a capitalised word that is a named person's surname is that
        # person unless it is a function word
        if word in persons and (not toks.pos[t] or toks.pos[t] in ("PROPN", "NOUN", "VERB", "ADJ")
                                or (toks.pos[t] in ("ADV", "X", "INTJ") and word[:1].isupper() and len(word) > 3)):
            out.append(_copy_person(t, t + 1, antecedent(word, t)))
    return sorted(out, key=lambda m: m.i)


def _copy_person(i: int, j: int, src: Mention) -> Mention:
    return Mention(i, j, src.code, src.sector, src.name, src.identifier, label="PERSON", person=src.person,
                   roles=src.roles, former=src.former, modifier=src.modifier)


def roles_in_document(mentions: list[Mention]) -> None:
    """A role description ("the Estonian prime minister", "the EU's foreign policy chief") names
    the person the document itself introduces in that role ("Jaan Tamm, the Estonian prime
    minister"), even where the gazetteer has another holder at the date; else the gazetteer's."""
    stated = [m for m in mentions if m.label == "PERSON" and m.stated and m.name]
    for m in mentions:
        if m.label != "ACTOR" or not m.roles or m.former or not m.code or m.plural:
            continue
        for h in stated:
            code = h.stated_code or h.code
            if code == m.code and set(h.stated) & set(m.roles) and h.name != m.name:
                m.name, m.person = h.name, h.person
                m.extra["refers_to"] = h.name
                break


def pronouns(doc: Doc, toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> list[Mention]:
    """Subject pronouns (he, she, it, they), object pronouns (him, her, them) and possessive
    determiners (his, her, its, their) resolved to the most recent compatible actor in the same or
    the two previous sentences; stored as mentions labelled PRON."""
    cands = [k for k, low in enumerate(toks.lowers)
             if low in PRONOUNS or low in POSSESSIVE_PRONOUNS or low in OBJECT_PRONOUNS]
    object_it = {k for k in cands if toks.lowers[k] == "it" and _object_it(doc[k])}
    if not cands:
        return mentions
    out = list(mentions)
    ordered = sorted(mentions, key=lambda m: m.i)
    covered = {t for m in mentions for t in range(m.i, m.j)}
    ends = [toks.ends[m.j - 1] for m in ordered]
    resolved: dict[int, Mention] = {}  # pronoun token -> its antecedent
    genders: dict[str, str] = {}  # a person's name -> "m" or "f", from the pronouns that stood for them
    for k in cands:
        tok = doc[k]
        low = toks.lowers[k]
        obj = (low in OBJECT_PRONOUNS and tok.dep_ in _OBJ) or k in object_it
        if k in covered or not ((low in PRONOUNS and tok.dep_ in _SUBJ) or obj
                                or (low in POSSESSIVE_PRONOUNS and tok.dep_ == "poss")):
            continue
        want = "thing" if k in object_it else (
            OBJECT_PRONOUNS[low] if obj else PRONOUNS.get(low) or POSSESSIVE_PRONOUNS[low])
        # an object pronoun is not its own clause's subject (that would be "himself"): "the
        # president accused him" looks past the president
        bound = _clause_subject(tok) if obj else set()
        for b in list(bound):
            if b in resolved:  # "They freed four of them": not whom "they" stands for
                bound |= set(range(resolved[b].i, resolved[b].j))
        after = _cataphor(tok, ordered)
        if after is not None and after.kind == "actor" and _compatible(after, want, toks):
            out.append(_pronoun_mention(k, after, toks))
            resolved[k] = after
            continue
        start = toks.starts[k]
        s_idx = bisect.bisect_right(sent_starts, start) - 1
        floor = sent_starts[max(0, s_idx - 2)]
        hi = bisect.bisect_right(ends, start)
        window: list[Mention] = []
        violent = tok.dep_ in _SUBJ and any(  # the verb, or a verb coordinated with it ("picked out ... and shot")
            v.lemma_.lower() in VIOLENT_VERBS for v in (tok.head, *(c for c in tok.head.children if c.dep_ == "conj")))
        for m in reversed(ordered[:hi]):
            if toks.starts[m.i] < floor:
                break
            # an object pronoun may stand for a party named only by its kind ("the fishermen were
            # taken to port after a patrol boat intercepted them"): it is the nearest one there is
            known = m.code is not None or m.name is not None or (violent and m.sector in ARMED_SECTORS) or (
                obj and m.sector is not None) or (
                # the subject of the pronoun's own sentence, an agent of no state the text gives ("the
                # provincial government opened camps and said it would pay"): the likeliest antecedent
                # (centering), coded or not
                not obj and m.sector is not None and toks.starts[m.i] >= sent_starts[s_idx]
                and any(doc[t].dep_ in _SUBJ for t in range(m.i, m.j))) or (
                # so is the subject of the sentence before, for a subject "they" that opens its own
                # sentence: "The rebels seized four officers last week. They freed them on Thursday"
                not obj and want == "group" and tok.dep_ == "nsubj" and m.sector is not None and s_idx > 0
                and sent_starts[s_idx - 1] <= toks.starts[m.i] < sent_starts[s_idx]
                and doc[m.j - 1].dep_ in _SUBJ and doc[m.j - 1].head.dep_ == "ROOT"
                and _opens_sentence(tok, sent_starts[s_idx]))
            # "Trump and Kim ... their summit": the first of two coordinated parties stands for the pair
            paired = want == "group" and m.j < len(toks) and toks.lowers[m.j] == "and" and any(
                o.i == m.j + 1 and o.kind == "actor" for o in ordered)
            if m.kind == "actor" and known and (_compatible(m, want, toks) or paired) \
                    and not bound & set(range(m.i, m.j)) and not _other_gender(low, m, toks, genders):
                window.append(m)
        if violent:
            # the doer of a killing or an abduction is armed: "the gunmen stopped the train ... they
            # shot ten passengers" (they: the gunmen, not the passengers nearer to it)
            window = [m for m in window if m.sector in ARMED_SECTORS] or window
        # "they" prefers a plural group ("North Korean soldiers ... they") to a nearer state
        plural = [m for m in window if m.plural or doc[m.j - 1].tag_ in ("NNS", "NNPS")] if want == "group" else []
        chosen = plural or window
        # in the pronoun's own sentence, a subject is the likeliest antecedent (centering): "Algeria
        # condemned Spain's stance on Western Sahara, and on Friday it recalled its ambassador"
        same = [m for m in chosen if toks.starts[m.i] >= sent_starts[s_idx]]
        subjects = [m for m in same if any(doc[t].dep_ in _SUBJ for t in range(m.i, m.j))]
        if not same and want != "group":
            # from the sentence before, "he", "she" and "it" continue its subject (centering): "The
            # WHO declared the outbreak in Congo an emergency. Its director-general ..."
            subjects = [m for m in chosen if any(doc[t].dep_ in _SUBJ for t in range(m.i, m.j))][:1]
        elif not same and tok.dep_ == "nsubj" and s_idx > 0 and _opens_sentence(tok, sent_starts[s_idx]):
            # so does a subject "they" that opens its sentence, over a nearer object: "Dissidents seized
            # five soldiers last week. They freed them on Thursday"
            subjects = [m for m in chosen if sent_starts[s_idx - 1] <= toks.starts[m.i] < sent_starts[s_idx]
                        and doc[m.j - 1].dep_ in _SUBJ and doc[m.j - 1].head.dep_ == "ROOT"][:1]
        if k in object_it:
            # "it" as an object stands for a state only as the sentence before's subject: "Ghana
            # banned the imports. Togo criticised it" (the ban, Ghana's act: Ghana is the target)
            subjects = [m for m in subjects if m.label == "GPE" and m.sector is None and not same]
            if not subjects:
                continue
        chosen = subjects or chosen
        if chosen:
            out.append(_pronoun_mention(k, chosen[0], toks))
            resolved[k] = chosen[0]
            if low in _MASCULINE or low in _FEMININE:
                # "Duval ... He was held ...": the person "he" stood for is a man from then on
                genders[_person_key(chosen[0], toks)] = "m" if low in _MASCULINE else "f"
    return sorted(out, key=lambda m: m.i)


#: verbs whose object "it" is a statement, a fact or a thing, never a party: "denied it", "made it
#: clear", "said it", "called it a provocation"
_IT_NOT_A_PARTY = frozenset({"be", "have", "do", "make", "say", "deny", "confirm", "call", "find", "see", "consider",
                             "describe", "announce", "report", "know", "think", "believe", "want", "need", "get",
                             "put", "keep", "take", "give", "leave", "use", "let", "tell", "hear", "read", "write",
                             "sign", "ratify", "approve", "pass", "adopt", "veto", "publish", "release", "show",
                             "like", "love", "hate", "expect", "doubt", "fear", "mean", "prove", "rule"})
_IT_NOT_A_PARTY_PREP = frozenset({"be", "have", "do", "say", "think", "know", "believe", "hear", "read", "write",
                                  "talk", "comment", "report", "learn", "care", "worry", "vote", "pay", "apply"})


#: words that say a person is a woman or a man ("spokeswoman Anne Roy", "Mr Duval"): "he" does not
#: stand for the spokeswoman, nor "she" for the chairman
FEMALE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                          "policewoman", "stateswoman", "mrs", "mrs.", "ms", "ms.", "madam", "queen", "princess",
                          "duchess", "empress", "actress", "woman", "girl", "mother", "daughter", "wife", "widow",
                          "sister", "grandmother", "lady"})
MALE_WORDS = frozenset({"spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
                        "statesman", "mr", "mr.", "king", "prince", "duke", "emperor", "man", "boy", "father",
                        "son", "husband", "widower", "brother", "grandfather", "sir", "lord"})
_FEMININE = frozenset({"she", "her"})
_MASCULINE = frozenset({"he", "him", "his"})


def _person_key(m: Mention, toks: Toks) -> str:
    return m.name or toks.span_text(m.i, m.j).split()[-1]


def _other_gender(pronoun: str, m: Mention, toks: Toks, genders: Mapping[str, str]) -> bool:
    """The mention's own words say it is a woman and the pronoun is "he", or the reverse; or a
    pronoun of the other gender stood for the same person before."""
    words = set(toks.lowers[m.i:m.j])
    known = genders.get(_person_key(m, toks))
    if pronoun in _MASCULINE:
        return bool(words & FEMALE_WORDS) or known == "f"
    if pronoun in _FEMININE:
        return bool(words & MALE_WORDS) or known == "m"
    return False


def _object_it(tok: Token) -> bool:
    """"It" as the object of an act's verb, directly or through its preposition ("criticised it",
    "took aim at it", "spoke up for it"), with nothing after it that makes it a dummy ("made it
    clear that", "found it hard to"): the pronoun may stand for a state (``pronouns``)."""
    verb = tok.head
    through = tok.dep_ == "pobj" and verb.dep_ == "prep"
    if through:
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "took aim at it"
            verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    # through a preposition the verb's own sense counts less ("took aim at it", "stood by it"),
    # but not one of saying or knowing ("said of it", "knew about it")
    barred = _IT_NOT_A_PARTY_PREP if through else _IT_NOT_A_PARTY
    if verb.pos_ != "VERB" or verb.lemma_.lower() in barred:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.i > tok.i for c in verb.children)


#: verbs of violence whose doer is an armed actor
VIOLENT_VERBS = frozenset({"kill", "shoot", "attack", "kidnap", "abduct", "bomb", "storm", "execute", "behead",
                           "torture", "ambush", "shell", "massacre", "murder", "assassinate", "hijack", "raid",
                           "loot", "burn", "rape", "fire", "open"})
#: sectors of armed actors: soldiers, police, rebels, militias, gangs, spies
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "CRM", "SPY", "INS"})


#: definite descriptions that refer back to a named party of their kind: "the bloc", "the alliance"
#: (a body of states named before: the EU, ECOWAS, NATO), "the kingdom", "the country" (a state), "the group" (an
#: organisation), "the firm" (a company). The kind decides which mentions may be the antecedent.
DESCRIPTIONS = {"bloc": "body", "body": "body", "alliance": "alliance", "kingdom": "state", "country": "state",
                "nation": "state", "republic": "state", "state": "state",
                "emirate": "state", "group": "organisation", "organisation": "organisation",
                "organization": "organisation", "company": "business", "firm": "business",
                "agency": "organ", "ministry": "organ", "service": "organ"}
#: heads of bodies' names that "the <head>" refers back to when a name ending in it was told before:
#: "the council" after "the UN Security Council", "the union" after "the African Union", "the league"
#: after "the Arab League" (definite description anaphora by the name's head noun)
NAMED_HEADS = frozenset({"council", "union", "league", "commission", "tribunal", "court", "fund", "bank",
                         "mission", "community", "forum"})
#: sectors of a state's organs that "the agency", "the ministry" or "the service" may refer back to
STATE_ORGANS = frozenset({"GOV", "SPY", "COP", "MIL", "JUD"})
#: names of alliances of states ("the alliance" after NATO, not after a coalition of parties)
_ALLIANCES = re.compile(r"\bNATO\b|North Atlantic|Treaty Organi[sz]ation|\bCSTO\b|\bAUKUS\b|Alliance")
#: words that say what kind of body of states a description names ("the regional bloc")
BODY_KINDS = frozenset({"regional", "continental", "economic", "trade", "political", "international",
                        "intergovernmental", "multilateral"})
#: codes of bodies of states ("the bloc")
_BODY_CODES = frozenset({"IGO", "EUR"})


#: agent words that name an armed party's fighters when it owns them ("their men", "his men")
_FIGHTERS_OF = frozenset({"men"})


def owned_men(doc: Doc, mentions: list[Mention]) -> None:
    """"Their men", "his men" owned by an armed party (the army, the rebels, a warlord named as a
    commander): the party's own fighters, with its code and sector, not civilians."""
    by_token = {t: m for m in mentions for t in range(m.i, m.j)}
    for m in mentions:
        if m.j - m.i != 1 or doc[m.i].lower_ not in _FIGHTERS_OF:
            continue
        owner = next((by_token.get(c.i) for c in doc[m.i].children if c.dep_ == "poss"), None)
        if owner is not None and owner is not m and owner.sector in ARMED_SECTORS:
            m.code, m.sector = owner.code or m.code, owner.sector


def _in_side_clause(doc: Doc, m: Mention) -> bool:
    """The mention's clause is an adverbial or relative clause: "after *Malaysia* detained ..."."""
    t = doc[m.i]
    while t.dep_ not in _SUBJ and t.head.i != t.i and m.i <= t.head.i < m.j:
        t = t.head
    return t.head.dep_ in ("advcl", "relcl", "acl")


def _described_state(doc: Doc, toks: Toks, k: int, by_token: Mapping[int, Mention]) -> int:
    """Where the "the" of "the country" is: right before it, or before up to three words that only
    describe the state ("the island nation", "the Himalayan country", "the West African nation",
    "the oil-rich kingdom"), none of them a coded name of its own ("the Chinese state" is named)."""
    j = k - 1
    while j >= 0 and k - j <= 4 and toks.lowers[j] != "the":
        m = by_token.get(j)
        if (doc[j].pos_ not in ("ADJ", "PROPN", "NOUN") and doc[j].tag_ != "HYPH") or (m is not None and m.code):
            return k - 1
        j -= 1
    return j if j >= 0 and toks.lowers[j] == "the" else k - 1


def descriptions(doc: Doc, toks: Toks, mentions: list[Mention], sent_starts: list[int],
                 states: Collection[str]) -> list[Mention]:
    """"The bloc", "the kingdom", "the group", "the firm" (``DESCRIPTIONS``) resolved to the most
    recent mention of their kind in the same or the two previous sentences, as a pronoun is; the
    agent a possessive description owns takes the code ("the bloc's foreign policy chief": the EU's,
    "the country's largest union"). A description that is a mention already keeps its own code,
    and one with a modifier of its own ("the armed group", "a Chinese firm") is left alone."""
    out = list(mentions)
    ordered = sorted(mentions, key=lambda m: m.i)
    by_token = {t: m for m in mentions for t in range(m.i, m.j)}
    for k, low in enumerate(toks.lowers):
        kind = DESCRIPTIONS.get(low) or (f"named:{low}" if low in NAMED_HEADS else None)
        # "the regional bloc", "the regional body": a modifier that only says what kind of body it is
        the = k - 2 if kind == "body" and k >= 2 and toks.lowers[k - 1] in BODY_KINDS else k - 1
        if kind == "state":
            the = _described_state(doc, toks, k, by_token)
        if kind is None or k == 0 or toks.lowers[the] != "the" or doc[k].pos_ != "NOUN":
            continue
        own = by_token.get(k)
        # "the union" read as an agent word alone (a trade union, given a state by where it is) is the
        # body named before all the same
        named_over = kind is not None and kind.startswith("named:") and own is not None and own.j - own.i == 1
        if own is not None and (own.code is not None or own.j - own.i > 1) and not named_over:
            continue
        start = toks.starts[k]
        s_idx = bisect.bisect_right(sent_starts, start) - 1
        floor = sent_starts[max(0, s_idx - 2)]
        # an object is not its own clause's subject (that would be "itself"): "Sweden froze aid to
        # the country" is another country, named before
        bound = _clause_subject(doc[k]) - _side_clauses(doc, k) if doc[k].dep_ in _OBJ else set()
        kin = [m for m in reversed(ordered) if m.j <= k and toks.starts[m.i] >= floor and m.code
               and _of_kind(m, kind, states, toks) and not bound & set(range(m.i, m.j))]
        # a subject before a nearer modifier (centering): "Saudi Arabia hosted talks between Sudan's
        # factions ... the kingdom pledged" is Saudi Arabia
        subjects = [m for m in kin if any(doc[t].dep_ in _SUBJ for t in range(m.i, m.j))]
        # and of subjects, one of the main line of its sentence before one of a clause told as its
        # time or background ("Indonesia has deployed ships after Malaysia detained its
        # fishermen, the country's coast guard said": Indonesia)
        main_line = [m for m in subjects if not _in_side_clause(doc, m)]
        pool = main_line or subjects or kin
        ante = pool[0] if pool else None
        if ante is None:
            continue
        refers: dict[str, object] = {"refers_to": ante.name or toks.span_text(ante.i, ante.j)}
        if own is not None:
            own.code, own.name = ante.code, own.name or ante.name
            if named_over:
                own.sector = ante.sector
            own.extra.update(refers)
        else:
            sector = ante.sector if kind in ("organisation", "business", "organ") or kind.startswith("named:") \
                else None
            out.append(Mention(k, k + 1, ante.code, sector, ante.name, ante.identifier,
                               label=ante.label, extra=refers))
        owner = doc[k]
        if owner.dep_ == "poss":  # "the bloc's foreign policy chief", "the country's largest union"
            owned = by_token.get(owner.head.i)
            if owned is not None and owned.code is None and owned.kind == "actor":
                owned.code = ante.code
                owned.extra.update(refers)
    out.extend(_proposers(doc, toks, out, sent_starts))
    return sorted(out, key=lambda m: m.i)


#: a definite noun for a proposal and the verbs that make one: "the offer" after "Russia proposed a
#: truce" is Russia's, so rejecting or welcoming it answers Russia (the recipient of CAMEO 12, 05)
PROPOSALS = {"offer": ("offer", "propose"), "proposal": ("propose", "offer", "suggest"),
             "plan": ("propose", "unveil", "present"), "ultimatum": ("issue", "give", "deliver"),
             "demand": ("demand", "call", "urge", "press"), "request": ("request", "ask"),
             "call": ("call", "urge", "demand", "press"), "appeal": ("appeal", "call", "urge")}


def _proposers(doc: Doc, toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> list[Mention]:
    """"The offer", "the proposal" with no owner of its own, as the object of a verb, resolved to
    the coded subject of the last verb that made one in the same or the previous sentence."""
    out: list[Mention] = []
    covered = {t for m in mentions for t in range(m.i, m.j)}
    for k, low in enumerate(toks.lowers):
        verbs = PROPOSALS.get(low)
        if verbs is None or k == 0 or k in covered or not _definite_description(doc, k):
            continue
        tok = doc[k]
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass") or any(
                c.dep_ == "poss" or (c.dep_ == "prep" and not _a_time(c)) for c in tok.children):
            continue  # ("turned down the request on Thursday": a day the parser hangs on it is no owner)
        s_idx = bisect.bisect_right(sent_starts, toks.starts[k]) - 1
        floor = sent_starts[max(0, s_idx - 1)]
        maker = None
        for v in reversed(doc[:k]):
            if v.idx < floor:
                break
            if v.lemma_.lower() in verbs and v.pos_ == "VERB":
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                m = _mention_at(subj, mentions) if subj is not None else None
                if m is not None and m.code:
                    maker = m
                    break
        if maker is not None:
            out.append(Mention(k, k + 1, maker.code, maker.sector, maker.name, maker.identifier, label="ACTOR",
                               extra={"refers_to": maker.name or toks.span_text(maker.i, maker.j)}))
    return out


#: the determiners of a definite description that points back ("the offer", "that demand", "this call")
_POINTING = frozenset({"the", "this", "that"})


def _definite_description(doc: Doc, k: int) -> bool:
    """"The offer", or with adjectives between ("the latest such call", "the new proposal")."""
    j = k - 1
    while j >= 0 and k - j <= 4 and (doc[j].pos_ == "ADJ" or doc[j].lower_ == "such"):
        j -= 1
    return j >= 0 and doc[j].lower_ in _POINTING and doc[j].head.i == k


def _a_time(prep: Token) -> bool:
    """A prepositional phrase of time ("on Thursday", "in March")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _mention_at(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The mention covering the phrase headed by ``tok``."""
    for m in mentions:
        if m.i <= tok.i < m.j:
            return m
    return None


def _of_kind(m: Mention, kind: str, states: Collection[str], toks: Toks | None = None) -> bool:
    if kind == "state":  # the state itself, not a city in it ("Jeddah ... the kingdom")
        entry = states.get(m.code) if isinstance(states, Mapping) and m.code else None
        if entry is None:
            return False
        if m.label == "GPE" and m.sector is None and m.name == entry.name:
            return True
        if m.extra.get("metonym") and m.kind == "actor":
            return True  # a capital told as the state's doer ("Honiara renewed the pact ... the island nation")
        # an agent named with the state's possessive ("Pakistan's foreign office denied ... the
        # country's spy agency"): the state is named there too
        return toks is not None and m.kind == "actor" and not m.is_person and m.j - m.i > 2 and any(
            toks.span_text(m.i, k).lower() == name.lower() and toks.lowers[k] in ("'s", "’s")
            for name in (entry.name, *getattr(entry, "aliases", ())) for k in range(m.i + 1, min(m.j, m.i + 5)))
    if kind.startswith("named:"):  # "the council": a body whose name of two words or more ends in "Council"
        # (or whose mention holds such a name: "the African Union's commission chairperson")
        return toks is not None and not m.is_person and m.j - m.i >= 2 and any(
            toks.lowers[t] == kind[6:] and toks.text[toks.starts[t]].isupper() for t in range(m.i + 1, m.j))
    if kind == "body":  # the body, or agents of it ("NATO defence ministers ... the bloc's")
        return m.code in _BODY_CODES and not m.is_person
    if kind == "alliance":  # a military alliance of states, not a party alliance at home
        return m.code == "IGO" and not m.is_person and bool(_ALLIANCES.search(m.name or ""))
    if kind == "organisation":
        return m.label == "ORG" and m.code not in states
    if kind == "organ":  # "the agency" after "Ukraine's SBU security service": a state's organ named before
        return m.kind == "actor" and bool(m.code) and m.sector in STATE_ORGANS and not m.is_person
    return m.sector == "BUS"


def _side_clauses(doc: Doc, k: int) -> set[int]:
    """Tokens of the relative clauses and appositions in the sentence of token ``k``: "the EU,
    which is Jordan's largest donor, gave the kingdom ...": Jordan is named in the subject's
    relative clause, not as the subject."""
    return {t.i for x in doc[k].sent if x.dep_ in ("relcl", "acl", "appos") for t in x.subtree}


def _clause_subject(tok: Token) -> set[int]:
    """The tokens of the subject of the verb an object pronoun belongs to (through a preposition:
    "opened fire on them")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "dative", "agent"):
        verb = verb.head
    for _ in range(2):
        # "freed four of them": through the counted noun to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.head.i == verb.i:
            break
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb.head
    subject = {t.i for c in verb.children if c.dep_ in _SUBJ for t in c.subtree}
    if verb.dep_ == "relcl" and any(c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") for c in verb.children):
        # "the president, who discussed trade with him": "who" is the noun the clause is on
        subject |= {t.i for t in verb.head.subtree if t.i <= verb.head.i}
    if not subject and verb.dep_ == "conj" and verb.head.i != verb.i:
        # "police arrested two men and charged them": a coordinated verb shares its first's subject
        subject = {t.i for c in verb.head.children if c.dep_ in _SUBJ for t in c.subtree}
    if not subject and verb.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children) and verb.head.i != verb.i:
        # an infinitive's understood subject is its governor's ("police used tear gas to disperse
        # them": the police do the dispersing, so "them" is someone else)
        subject = {t.i for c in verb.head.children if c.dep_ in _SUBJ for t in c.subtree}
    if not subject and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and verb.head.i != verb.i:
        # so is a gerund's after a preposition or as an adverbial ("rebels freed the engineers two
        # days after kidnapping them": the rebels kidnapped, so "them" is the engineers)
        gov = verb.head.head if verb.head.dep_ == "prep" else verb.head
        subject = {t.i for c in gov.children if c.dep_ in _SUBJ for t in c.subtree}
    return subject


def _pronoun_mention(k: int, ante: Mention, toks: Toks) -> Mention:
    return Mention(k, k + 1, ante.code, ante.sector, ante.name, ante.identifier, label="PRON",
                   person=ante.person, roles=ante.roles, plural=ante.plural,
                   extra={"antecedent_start": toks.starts[ante.i], "antecedent_end": toks.ends[ante.j - 1]})


#: relations of a fronted phrase before its clause's subject ("In their statement, ...", "After
#: his speech, ...")
_FRONTED = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def _opens_sentence(tok: Token, start: int) -> bool:
    """``tok`` is its sentence's first word (the sentence starts at character ``start``), or follows
    only an opening adverbial ("On Thursday, they ...")."""
    first = next((t.i for t in tok.doc if t.idx >= start), tok.i)
    return all(t.is_punct or t.dep_ in ("advmod", "prep", "pobj", "npadvmod", "det", "amod", "compound")
               for t in tok.doc[first:tok.i])


def _cataphor(tok: Token, ordered: list[Mention]) -> Mention | None:
    """The subject a possessive in a fronted phrase points forward to: "In a joint statement
    issued at their annual meeting, Tokyo and Washington said ..." (their = Tokyo and Washington,
    the first of them), "After his speech, the president left": a pronoun in an adverbial before
    the main clause corefers with that clause's subject, which English lets follow it (the one
    cataphora the grammar licenses; elsewhere a pronoun looks back)."""
    if tok.dep_ != "poss":
        return None
    cur = tok
    while cur.head.i != cur.i and cur.head.dep_ != "ROOT":
        cur = cur.head
    clause = cur.head
    if cur.head.i == cur.i or cur.dep_ not in _FRONTED or clause.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (cur.i < subj.i) or subj.i < tok.i:
        return None
    first = subj
    for c in subj.subtree:  # "Tokyo and Washington": the first conjunct
        if c.i < first.i:
            first = c
    return next((m for m in ordered if m.i <= subj.i < m.j or m.i <= first.i < m.j), None)


#: capitals that are also the seat of a body of states, and the body they stand for as a subject
SEATS_OF_BODIES: Mapping[str, tuple[str, str]] = {"brussels": ("EUR", "European Union")}
#: verbs whose object is a place gone to, left or passed through, not a party
_GONE_TO = frozenset({"visit", "reach", "leave", "enter", "tour", "flee", "quit", "cross", "circle", "bypass"})
#: what is addressed "to" a body, not a place gone to: "an appeal to Brussels", "wrote to Brussels"
_ADDRESSED_TO = frozenset({"appeal", "plea", "request", "letter", "message", "complaint", "application", "petition",
                           "proposal", "offer", "write", "complain", "apply", "plead", "submit"})
#: continents whose states act through one union: as the subject of a clause the continent is it
CONTINENTAL_BODIES: Mapping[str, tuple[str, str]] = {"Europe": ("EUR", "European Union")}


#: a town smaller than this, named nowhere else in its state, is as likely a namesake elsewhere
STRAY_TOWN_POPULATION = 100_000
#: a town's name as common in English as this (wordfreq's Zipf scale) is a word many small places
#: elsewhere share ("Plum", "Orange", "Mobile"); a rare one ("Kidal") names its own town
STRAY_TOWN_ZIPF = 3.3


def stray_towns(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A small town whose name is an everyday English word, put by the city table in a state the
    document names nowhere else while it names other states or places, is most likely a namesake of
    a place in the story's own country ("a barricade in the village of Plum" in a New Caledonia
    story is no Plum, Pennsylvania): the place keeps its name and loses the foreign state and
    coordinates. A big city (``STRAY_TOWN_POPULATION`` or more), a town with a name of its own
    ("Kidal"), or one whose state the document names, keeps them."""
    from wordfreq import zipf_frequency

    coded = [m for m in mentions if m.code]
    for m in coded:
        if m.kind != "place" or "geonameid" not in m.extra or not m.name:
            continue
        city = gaz.cities.get(m.name)
        if city is None or city.country != m.code or city.population >= STRAY_TOWN_POPULATION:
            continue
        if zipf_frequency(m.name.lower(), "en") < STRAY_TOWN_ZIPF:
            continue
        others = [o for o in coded if o is not m and not (o.kind == "place" and o.name == m.name)]
        if others and not any(o.code == m.code for o in others):
            m.extra = {k: v for k, v in m.extra.items() if k not in ("lat", "lon", "geonameid")}
            m.extra["stray_of"] = m.code
            m.code = None


#: natural features that may share a town's name ("Samar island", "the Volta river")
FEATURES = frozenset({"island", "islands", "isle", "river", "mountain", "mountains", "lake", "peninsula", "bay",
                      "valley", "reef", "atoll", "strait", "gulf", "desert", "glacier", "shoal", "archipelago"})


def features_named_like_towns(toks: Toks, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A town's name followed by a word for a natural feature names the feature ("guerrillas on
    Samar island" are on the Philippine island, not in a namesake town of another state): the place
    keeps its name and loses the town's state and coordinates. A state's own name is kept ("the
    Taiwan Strait" is Taiwan's)."""
    state_names = {e.name for e in gaz.states.values()}
    for m in mentions:
        if m.kind != "place" or not m.code or not m.name or m.j >= len(toks) or toks.lowers[m.j] not in FEATURES:
            continue
        city = gaz.cities.get(m.name)
        if city is None or city.country != m.code or m.name in state_names:
            continue
        m.extra = {k: v for k, v in m.extra.items() if k not in ("lat", "lon", "geonameid")}
        m.extra["feature_of"] = m.code
        m.code = None


def metonyms(doc: Doc, mentions: list[Mention]) -> None:
    """A capital as the subject of a clause ("Moscow rejected the claim", "was rejected by
    Moscow") stands for its government: it becomes an actor with sector GOV (still carrying its
    place name). A demonym used as a noun ("a Palestinian was wounded") is a civilian."""
    evidence = Counter(m.code for m in mentions if m.code and doc[m.i:m.j].text.lower() not in SEATS_OF_BODIES)
    for m in mentions:
        head = doc[m.j - 1]
        if m.label == "NORP" and m.code and m.sector is None and m.j - m.i <= 2 and head.dep_ in _NOUN_DEPS:
            m.sector = "CVL"
            continue
        after = doc[m.j].text if m.j < len(doc) else ""
        if (m.code is None and doc[m.i:m.j].text in CONTINENTAL_BODIES and head.dep_ in _SUBJ
                and head.head.pos_ in ("VERB", "AUX")):
            # "Europe retaliated with tariffs": a continent doing a political act is its union of
            # states (CAMEO codes EUROPE as EUR); "in Europe" stays a place
            m.code, m.name = CONTINENTAL_BODIES[doc[m.i:m.j].text]
            m.kind = "actor"
            m.extra["metonym"] = True
            continue
        if not (m.kind == "place" and m.modifier is not None and m.modifier.kind == "capital"):
            continue
        seat = SEATS_OF_BODIES.get(doc[m.i:m.j].text.lower())
        if seat is not None and evidence[seat[0]] >= evidence[m.code or ""] and (
                (head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() not in _GONE_TO)
                or (head.dep_ == "pobj" and head.head.lower_ in ("with", "on", "against"))
                or (head.dep_ == "pobj" and head.head.lower_ == "to"
                    and head.head.head.lemma_.lower() in _ADDRESSED_TO)):
            # "called on Brussels to ...", "talks with Brussels", "urged Brussels": the other side of
            # an act, as the subject is its doer, is the Union (a place one goes to or is in stays one)
            m.kind, m.sector = "actor", None
            m.code, m.name = seat
            m.extra["metonym"] = True
            m.extra["seat_of"] = seat[1]
            continue
        by_agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
        if ((head.dep_ in _SUBJ and head.head.pos_ in ("VERB", "AUX")) or by_agent) and after not in _DATELINE:
            m.kind, m.sector = "actor", "GOV"
            m.extra["metonym"] = True
            seat = SEATS_OF_BODIES.get(doc[m.i:m.j].text.lower())
            if seat is not None and evidence[seat[0]] >= evidence[m.code or ""]:
                # "Brussels dangled the threat of tariffs": in international news the seat of the
                # European Union's institutions stands for the Union, unless the story is Belgium's
                m.code, m.name = seat
                m.extra["seat_of"] = seat[1]


#: prepositions that set a clause in a place ("in Serbia", "near Samarra")
_LOCATIVES = frozenset({"in", "at", "near", "off", "across", "throughout", "inside", "outside", "around"})
#: sectors that travel with their state (officials, troops, spies abroad) or leave it (refugees):
#: where they are says nothing of whose they are
_MOBILE = frozenset({"GOV", "MIL", "SPY", "REF"})
#: words for a faith, a people or a movement with no state of its own: forces named by one of these
#: ("Moslem forces", "Kurdish fighters", "Hutu militiamen") are a community's, fighting where they
#: live, not a state's troops abroad; PLOVER coders give them the state they are in
COMMUNAL = frozenset({"moslem", "muslim", "christian", "shiite", "shia", "sunni", "druze", "alawite", "kurdish",
                      "kurd", "kurds", "hutu", "tutsi", "sikh", "hindu", "jewish", "arab", "tribal", "ethnic",
                      "islamist", "jihadist", "maoist", "baloch", "pashtun", "uighur", "uyghur", "rohingya", "karen",
                      "tuareg", "fulani", "yazidi"})


#: institutions of a state that sit in it: "the foreign ministry in Rabat" is Morocco's (its
#: officials travel; the ministry, the government and the presidency do not)
SEATED = frozenset({"ministry", "government", "cabinet", "presidency", "administration", "authorities",
                    "department", "palace", "office"})


def _mobile(toks: Toks, m: Mention) -> bool:
    """Officials, troops, spies and refugees travel with their state, unless a word for a
    community with no state names them (``COMMUNAL``: "Moslem forces", "Kurdish fighters"); a
    state's institutions (``SEATED``) stay where they are."""
    named = toks.lowers[m.i] in COMMUNAL or (m.i > 0 and toks.lowers[m.i - 1] in COMMUNAL)
    seated = toks.lowers[m.j - 1] in SEATED or toks.lowers[m.j - 1].rstrip("s") in SEATED
    return m.sector in _MOBILE and not (m.code is None and named) and not seated


#: words that say an agent is not of the state it is in or the story is about
FOREIGN = frozenset({"foreign", "overseas", "expatriate", "expat"})
#: a state's own offices for its dealings abroad ("the foreign ministry", "foreign intelligence")
FOREIGN_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries", "office", "secretary", "affairs",
                             "policy", "service", "intelligence", "relations"})


def _foreign(toks: Toks | None, m: Mention) -> bool:
    """The agent is said to be another state's, none named ("arrested three foreign nationals",
    "deported 12 foreign journalists"): neither where it is nor the story's state is its own."""
    if toks is None:
        return False
    for k in range(max(0, m.i - 2), m.j):
        if toks.lowers[k] in FOREIGN and not (k + 1 < len(toks) and toks.lowers[k + 1] in FOREIGN_OFFICES):
            # only the agent's own modifiers between the word and the agent ("foreign aid workers")
            return all(toks.pos[x] in ("ADJ", "NOUN", "NUM", "PROPN") for x in range(k + 1, m.i))
    return False


#: conjunctions that open a clause of another time than the sentence's main act
_OTHER_TIME = frozenset({"after", "before"})
#: a conjunction that opens a clause of an earlier time after the place ("met in Brussels, ... since
#: gunmen killed ...")
_SINCE = frozenset({"since"})
#: a measure of time before it ("a day after", "two weeks before"): another day, named as such
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "hours", "year", "years"})


def _other_time_between(toks: Toks, m: Mention, place: Mention) -> bool:
    """A measured conjunction of another time ("a day after", "two weeks before") stands between the
    agent and the place, with a clause of its own after it (a verb follows before the place)."""
    lo, hi = (m.j, place.i) if m.j <= place.i else (place.j, m.i)
    if m.j > place.i and any(toks.lowers[k] in _SINCE for k in range(lo, hi)):
        # "held talks in Brussels on Tuesday, their first since gunmen shot dead a policeman": the
        # agent is in a clause of an earlier time, set where that was
        return True
    for k in range(lo, hi):
        if toks.lowers[k] in _OTHER_TIME and m.j <= place.i and k > 0 and toks.lowers[k - 1] in _TIME_UNITS \
                and any(toks.pos[x] in ("VERB", "AUX") for x in range(k + 1, place.i)):
            return True
    return False


#: national offices whose holder, named in a state's capital with no state, is that state's
#: ("In Prague, Foreign Minister X said ...": wire copy names a visiting minister's state)
_NATIONAL_OFFICES = frozenset({"president", "prime_minister", "foreign_minister", "defence_minister",
                               "interior_minister", "minister", "head_of_state", "head_of_government",
                               "vice_president", "deputy_prime_minister", "chancellor"})


def capital_officials(toks: Toks, mentions: list[Mention], sent_starts: list[int], gaz: Gazetteer) -> None:
    """A sentence that opens "In <a state's capital>, ..." is set where that government sits: an
    official given a national office and no state in it is that state's ("In Ottawa, Foreign
    Minister Jean Tremblay appealed ...": Canada's). Only an office the text states counts
    (``Mention.stated``, "Foreign Minister X"), and only the sentence's opening place."""
    for m in mentions:
        if m.kind != "actor" or m.code is not None or m.sector != "GOV" or not m.stated:
            continue
        if not any(o in _NATIONAL_OFFICES or o.endswith("_minister") for o in m.stated):
            continue
        s_idx = bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1
        first = next((k for k in range(len(toks)) if toks.starts[k] >= sent_starts[s_idx]), None)
        if first is None or toks.lowers[first] != "in":
            continue
        place = next((p for p in mentions if p.kind == "place" and p.code and p.i == first + 1), None)
        if place is None or place.j >= len(toks) or toks.lowers[place.j] != "," or place.j >= m.i:
            continue
        entry = gaz.lookup_name(toks.text[toks.starts[place.i]:toks.ends[place.j - 1]])
        if entry is not None and entry.kind == "capital" and entry.code == place.code:
            m.code = place.code
            m.extra["located_in"] = place.name


def agents_there(toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> None:
    """"The government there", "the authorities there", "police there": an agent placed by "there"
    is of the state of the place the sentence before names last ("... fled to Banjul. The government
    there turned the request down": the Gambia's), as a pronoun takes the party named before."""
    places = sorted((m for m in mentions if m.code and (m.kind == "place" or m.label == "GPE")), key=lambda m: m.i)
    for m in mentions:
        if m.code is not None or m.kind != "actor" or m.sector is None or m.j >= len(toks) \
                or toks.lowers[m.j] != "there":
            continue
        s_idx = bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1
        if s_idx < 1:
            continue
        lo, hi = sent_starts[s_idx - 1], sent_starts[s_idx]
        before = [p for p in places if lo <= toks.starts[p.i] < hi]
        if before:
            m.code = before[-1].code
            m.extra["located_in"] = before[-1].name


#: verbs whose subject is the source of what the clause under them reports
SOURCE_VERBS = frozenset({"say", "tell", "report", "announce", "add", "confirm", "state", "claim", "note",
                          "write", "estimate"})


#: sources that watch from afar: a monitor's, an agency's or an analyst's seat is no setting of what
#: they report ("a maritime security centre in Dubai said the attackers fired"); a state's own
#: office, ministry or media in its capital speaks of its state ("the prime minister's office in
#: Port Moresby said"), and police or residents of their own place
REMOTE_SOURCES = frozenset({"agency", "centre", "center", "group", "monitor", "observatory", "institute",
                            "organisation", "organization", "watchdog", "firm", "company", "consultancy",
                            "analyst", "expert", "researcher", "tank"})


def _source_seat(doc: Doc | None, toks: Toks, m: Mention) -> bool:
    """The place is where the source of a report sits, named in its phrase as the subject of a verb
    of saying ("an agency *in Singapore* said the attackers fired", "a group based *in London*
    said"): where the report comes from, not where what it reports happened. Only for sources that
    watch from afar (``REMOTE_SOURCES``)."""
    if doc is None or m.i >= len(doc):
        return False
    t = doc[m.i]
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SOURCE_VERBS:
            return t.lemma_.lower() in REMOTE_SOURCES
        if t.dep_ not in ("pobj", "prep", "acl", "compound", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _party_of_a_verb(doc: Doc | None, m: Mention) -> bool:
    """The place's name is a verb's subject or object ("accused Baku of ...", "Kyiv said"): a party
    to the act, not where it happens."""
    if doc is None or m.j - 1 >= len(doc):
        return False
    t = doc[m.j - 1]
    if t.dep_ == "pobj" and t.head.lower_ in PARTY_PREPOSITIONS:
        return True  # "resume talks with Beijing", "tensions with Moscow": the other side
    return t.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") and t.head.pos_ in ("VERB", "AUX")


#: prepositions that name the other side of a relation or an act, never a setting
PARTY_PREPOSITIONS = frozenset({"with", "against", "toward", "towards"})


def located_agents(toks: Toks, mentions: list[Mention], sent_starts: list[int], doc: Doc | None = None) -> None:
    """An agent with no state in a sentence set in one state takes that state, as PLOVER coders
    code domestic actors by where the event is: "Police fired tear gas as students marched in
    Dhaka" gives BGD COP and BGD EDU. The setting is every place mention (a city, a region) and
    every state after a locative preposition ("in Serbia", "in eastern Congo"); with two states there, nothing
    changes. Officials, troops, spies and refugees (``_MOBILE``) are often abroad: they keep no
    state. A people marked "ethnic" ("ethnic Albanians rallied in Serbia") is coded with the
    state it lives in, as in ``compose``, which also has the rules for an adjacent place
    ("protesters in Lagos", "Hungarians of southern Slovakia")."""
    settings: dict[int, dict[str, Mention]] = {}
    for m in mentions:
        if m.code and _seat_modifier(toks, m):
            m.extra["seat"] = True  # "a London-based monitor": where a source sits, no setting nor home
            continue
        if m.kind == "place" and _destination(toks, m.i):
            continue  # "were taken to the Malaysian port of Tawau": where they went, not where they are
        if m.kind == "place" and _party_of_a_verb(doc, m):
            continue  # "the ministry accused Baku": a capital told as a party stands for its state, no setting
        if m.code and (m.kind == "place" or (
                m.label in ("GPE", "LOC") and m.sector is None and _after_locative(toks, m.i)
                and not (m.j < len(toks) and toks.pos[m.j] in ("NOUN", "PROPN")))):
            # a state that modifies a noun ("near the Cameroon border") is not where it happens
            if _source_seat(doc, toks, m):
                continue
            settings.setdefault(_sentence_of(toks, m, sent_starts), {}).setdefault(m.code, m)
    places = [p for p in mentions if p.code and p.kind == "place"]
    for m in mentions:
        where = settings.get(_sentence_of(toks, m, sent_starts), {})
        # a place in a clause of another time ("returned home on Monday, a day after the two sides
        # signed an accord in Singapore") sets that clause's act, not the agent's
        where = {c: p for c, p in where.items() if not _other_time_between(toks, m, p)}
        # its own phrase places it ("the foreign ministry in Rabat accused Algiers"): that place,
        # whatever else the sentence names
        own = next((p for p in places if _where_it_is(toks, m, p) and p.code), None)
        if m.kind == "actor" and m.code is None and m.sector is not None and _office_of(toks, m):
            # "the mayor of Lviv", "the governor of Sinaloa": the office is that place's, wherever
            # its holder is that day
            of = next((p for p in places if p.code and m.j < p.i <= m.j + 2), None)
            if of is not None:
                m.code = of.code
                m.extra["located_in"] = of.name
                continue
        if own is not None and m.kind == "actor" and m.sector is not None and own.code is not None:
            where = {own.code: own}
        if len(where) != 1 or m.kind != "actor" or m.sector is None:
            continue
        home, place = next(iter(where.items()))
        if m.code is None and not _mobile(toks, m) and not _foreign(toks, m) and "not_of" not in m.extra:
            m.code = home
            m.extra["located_in"] = place.name
        elif m.plural and m.code != home and m.i > 0 and toks.lowers[m.i - 1] == "ethnic" and "people" not in m.extra:
            # "ethnic Albanians rallied in Serbia": a people, not a state's nationals, lives where it is
            m.extra["people"], m.code, m.name, m.modifier = m.name, home, place.name, None
            m.extra["located_in"] = place.name


def _seat_modifier(toks: Toks, m: Mention) -> bool:
    """The place names where a body is based, in the compound before it ("a London-based monitor",
    "the Geneva-based rights group"): its seat, not where what the sentence tells happens."""
    k = m.j
    if k < len(toks) and toks.lowers[k] in ("-", "\u2010", "\u2011", "\u2013"):
        k += 1
    return k < len(toks) and toks.lowers[k] in ("based", "-based")


#: offices held for a place: "the governor of Sinaloa" is Mexico's, "the mayor of Lviv" Ukraine's
_PLACE_OFFICES = frozenset({"governor", "mayor", "premier", "prefect", "lieutenant-governor", "administrator"})


def _office_of(toks: Toks, m: Mention) -> bool:
    return m.j < len(toks) and toks.lowers[m.j] == "of" and toks.lowers[m.j - 1] in _PLACE_OFFICES


#: a story's home state: the one state it names, or the state its mentions name at least this often ...
HOME_MIN = 5
#: ... and this many times as often as any other state; agents that travel with their state
#: (``_MOBILE``) need the stronger margin, as a foreign minister or troops abroad are common news
HOME_MARGIN, HOME_MARGIN_MOBILE = 3, 5


def home_state(mentions: list[Mention], states: Collection[str]) -> tuple[str | None, str | None]:
    """The state a story is about, for agents with no state, and for mobile ones: ``(home,
    home for mobile agents)``. ICEWS and PLOVER code a domestic agent the story names with no
    state ("the police", "rebels", "a court") as the state's, and a story that names one state
    far more often than any other is set there; so is a story that names one state and no other,
    however short ("Police in Dhaka ... The president accused them"), for every agent. Every
    mention of a state counts: as an actor, a place, a demonym or a modifier ("Sudanese", "in
    Khartoum"); a state an agent only takes from where it is ("police in Khartoum" is counted
    once, as Khartoum) does not, nor does a news outlet ("told VOA", "Reuters reported": the
    reporting, not the setting)."""
    counts = Counter(m.code for m in mentions
                     if m.code in states and "located_in" not in m.extra and "made_in" not in m.extra
                     and "seat" not in m.extra and m.sector != "JRN")
    if not counts:
        return None, None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if runner == 0:
        return top, top  # the one state the story names: nothing else can be the setting
    if n < HOME_MIN:
        return None, None
    return (top if n >= HOME_MARGIN * runner else None), (top if n >= HOME_MARGIN_MOBILE * runner else None)


def home_agents(mentions: list[Mention], gaz: Gazetteer, toks: Toks | None = None) -> None:
    """An agent noun with no state takes the story's home state (``home_state``), noted in
    ``extra["home_state"]``. People keep theirs: a named person or a titled one with no known
    state may be anyone's envoy; so does an office only organisations have ("the
    secretary-general": the gazetteer's role holders name no state for it). The place rules
    (``located_agents``) run first and win."""
    home, home_mobile = home_state(mentions, gaz.states)
    if home is None:
        return
    named = [x for x in mentions if x.code == home and "located_in" not in x.extra and x.sector != "JRN"]
    for m in mentions:
        if m.kind != "actor" or m.code is not None or m.sector is None or m.is_person or m.stated:
            continue
        if _foreign(toks, m) or "not_of" in m.extra:
            continue  # "foreign journalists", "foreign nationals": said to be not the home state's
        if m.roles and not any(k in gaz.states for (k, role) in gaz.role_holders if role in m.roles):
            continue
        mobile = m.sector in _MOBILE if toks is None else _mobile(toks, m)
        if mobile and toks is not None and all(_where_it_is(toks, m, x) for x in named):
            continue  # "troops in Mali", and Mali named nowhere else: where they are, not whose
        if mobile and m.sector == "GOV" and all(x.kind == "actor" and x.sector == "GOV" and x is not m for x in named):
            # the state named only for other officials ("the president met the Japanese envoy"):
            # the bare one is as likely their counterpart (troops named with their army are one
            # side, and agents that stay put are likelier the visitors' hosts: measured on
            # PLOVER-GSR and CASE 2021)
            continue
        code = home_mobile if mobile else home
        if code is not None:
            m.code = code
            m.extra["home_state"] = code


def _where_it_is(toks: Toks, m: Mention, place: Mention) -> bool:
    """``place`` is the place in ``m``'s own phrase: "troops in Mali", "officials at the border
    in Chad" (a locative right after the agent, up to the place)."""
    return m.j <= place.i <= m.j + 4 and toks.lowers[m.j] in _LOCATIVES


#: prepositions of a destination
_DESTINATIONS = frozenset({"to", "into", "towards", "toward"})


def _destination(toks: Toks, i: int) -> bool:
    """Token ``i`` starts a place gone to: after "to" or "into", past the place's own words ("to
    the Malaysian port of Tawau", "into northern Syria")."""
    k = i - 1
    while k >= 0 and (toks.lowers[k] in _QUALIFIERS or toks.lowers[k] in PLACE_KINDS or toks.lowers[k] == "of"
                      or (toks.pos[k] in ("PROPN", "ADJ") and toks.text[toks.starts[k]:toks.ends[k]][:1].isupper())):
        k -= 1
    return k >= 0 and toks.lowers[k] in _DESTINATIONS


def _after_locative(toks: Toks, i: int) -> bool:
    """Token ``i`` follows a locative preposition, past qualifiers of region and direction ("in
    Serbia", "in eastern Congo", "in the north of Mali")."""
    k = i - 1
    while k >= 0 and toks.lowers[k] in _QUALIFIERS and toks.lowers[k] not in ("-", "'", "’"):
        k -= 1
    return k >= 0 and toks.lowers[k] in _LOCATIVES


def _sentence_of(toks: Toks, m: Mention, sent_starts: list[int]) -> int:
    return bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1


#: singular agent nouns that name one person ("the army chief said his forces ...", "the minister
#: said her talks ..."); an office the agent names (``Mention.roles``) is held by one person too
PERSON_NOUNS = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official",
                          "ambassador", "envoy", "diplomat", "commander", "general", "governor", "mayor",
                          "adviser", "advisor", "aide", "negotiator", "mediator", "politician", "statesman",
                          "chief", "leader", "president", "premier", "chancellor", "king", "queen", "emir",
                          "sultan", "monarch", "judge", "prosecutor", "lawmaker", "senator", "legislator",
                          "mp", "candidate", "activist", "lawyer", "journalist", "reporter", "officer",
                          "commissioner", "inspector",
                          # one person of a group: "a North Korean soldier ... granted him asylum"
                          "soldier", "fighter", "sailor", "pilot", "fisherman", "student", "worker", "refugee",
                          "migrant", "citizen", "national", "defector", "doctor", "nurse", "teacher", "farmer",
                          "trader", "priest", "cleric", "businessman", "businesswoman", "engineer", "employee",
                          "policeman", "policewoman", "gendarme", "rebel", "militant", "suspect",
                          "prisoner", "detainee", "hostage", "captive", "dissident", "blogger", "man", "woman"})


def _one_person(m: Mention, toks: Toks | None) -> bool:
    """A named person, or a singular agent noun for one ("the Kenyan army chief", "the minister")."""
    if m.plural:
        return False
    if m.is_person:
        return True
    if m.label != "ACTOR" or toks is None:
        return False
    return bool(m.roles) or toks.lowers[m.j - 1] in PERSON_NOUNS


def _compatible(m: Mention, want: str, toks: Toks | None = None) -> bool:
    person = _one_person(m, toks)
    if want == "person":
        return person
    if want == "thing":
        return not person and not m.plural and m.label in ("GPE", "ORG", "ACTOR", "PRON")
    return not person and m.label in ("GPE", "ORG", "ACTOR", "NORP", "PRON")


#: short state names two states share, with the words that name one of them outright, and the
#: reading where the document gives no evidence: bare "Congo" is the Republic of the Congo in the
#: CAMEO/Phoenix country dictionaries, while wire copy (AP and Reuters style) writes "Congo" for the
#: Democratic Republic and "Congo Republic" for its neighbour, and reports the Democratic Republic
#: far more often; the document's other mentions decide, and with none the wire usage does
SHARED_SHORT_NAMES: Mapping[str, tuple[str, str, frozenset[str], str]] = {
    "congo": ("COG", "COD", frozenset({"republic", "democratic", "dr", "drc", "brazzaville", "kinshasa"}), "COD"),
    "congolese": ("COD", "COG", frozenset({"republic", "democratic", "dr", "drc", "brazzaville", "kinshasa"}),
                  "COD"),
}


def shared_short_names(toks: Toks, mentions: list[Mention]) -> None:
    """A state named by a short name two states share ("Congo", "Congolese") is the one the
    document's unambiguous mentions point to: "Congo" in a story from Goma that names Kinshasa is
    the Democratic Republic (COD), in one from Brazzaville the Republic (COG). With no such
    evidence, or as much for each, the usual reading of wire copy stands (``SHARED_SHORT_NAMES``)."""
    ambiguous: list[tuple[Mention, str, str, str]] = []
    evidence: Counter[str] = Counter()
    for m in mentions:
        words = {toks.lowers[t] for t in range(m.i, m.j)}
        shared = [w for w in words if w in SHARED_SHORT_NAMES]
        if shared:
            default, other, naming, usual = SHARED_SHORT_NAMES[shared[0]]
            if m.code == default and not words & naming:
                ambiguous.append((m, default, other, usual))
                continue
        if m.code:
            evidence[m.code] += 1
    for m, default, other, usual in ambiguous:
        if evidence[other] > evidence[default] or (evidence[other] == evidence[default] and usual == other):
            m.code = other
            m.extra["short_name_of"] = other


#: currencies named by a state's adjective or name ("Canadian dollars", "Swiss francs", "Hong Kong dollars")
CURRENCIES = frozenset({"dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "peso", "pesos",
                        "rupee", "rupees", "yen", "yuan", "ruble", "rubles", "rouble", "roubles", "krona",
                        "kronor", "krone", "kroner", "lira", "dinar", "dinars", "reais", "shilling",
                        "shillings", "naira", "cedi", "cedis", "ringgit", "baht", "rupiah", "dirham", "dirhams",
                        "riyal", "riyals", "zloty", "forint", "hryvnia", "taka", "kwacha", "birr", "leu", "lei"})


def currency_names(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """A state's adjective or name before a currency ("30 billion Canadian dollars' worth of
    American goods") names the money, not a party: the mention is dropped, so the goods' state, not
    the currency's, is found as the target. One that says where a thing was made ("Turkish-made
    drones", "Chinese-built ships") is kept (a tariff on Chinese-made cars targets China) but marked
    ``made_in``: it does not set the story's home state."""
    for m in mentions:
        if _made_in(toks, m):
            m.extra["made_in"] = True
    return [m for m in mentions if not ((m.label in ("NORP", "GPE") and m.kind == "actor") or m.kind == "place")
            or m.j >= len(toks) or toks.lowers[m.j] not in CURRENCIES or toks.pos[m.j] not in ("NOUN", "PROPN")
            or m.sector is not None]


#: participles that, hyphened to a state's adjective, say where a thing comes from
MADE = frozenset({"made", "built", "supplied", "designed", "manufactured", "produced", "developed"})


def _made_in(toks: Toks, m: Mention) -> bool:
    return (m.sector is None and m.j + 1 < len(toks) and toks.lowers[m.j] == "-"
            and toks.lowers[m.j + 1] in MADE)


#: nouns for a place within a state: "the Ukrainian city of X", "Libya's port of Y"
PLACE_KINDS = frozenset({"city", "town", "village", "port", "capital", "province", "region", "district",
                         "state", "county", "municipality", "island", "enclave", "settlement", "oasis", "hamlet"})


def places_named_by_kind(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """"the Ukrainian city of Kryvyi Rih", "Libya's port of Derna": a name after a state's
    adjective or possessive, a kind of place and "of" is a place in that state, whatever NER called
    it (a person, an organisation) and whether or not the city list knows it."""
    out = list(mentions)
    for k, m in enumerate(mentions[:-1]):
        n = mentions[k + 1]
        if not m.code or m.label not in ("NORP", "GPE") or n.code or n.person is not None:
            continue
        gap = [toks.lowers[t] for t in range(m.j, n.i)]
        if gap and gap[0] in ("'s", "’s"):
            gap = gap[1:]
        if len(gap) == 2 and gap[0] in PLACE_KINDS and gap[1] == "of":
            out[k + 1] = Mention(n.i, n.j, m.code, None, n.name, kind="place", label="GPE",
                                 extra={**n.extra, "in_state_of": m.code})
    for k, m in enumerate(out[:-1]):
        # "the Sahel region of Burkina Faso", "the Samara region of Russia": a name, a kind of place
        # and "of" a state is a place in that state, whatever else the name may name
        n = out[k + 1]
        if m.person is not None or m.sector is not None or not n.code or n.sector is not None or n.label != "GPE":
            continue
        gap = [toks.lowers[t] for t in range(m.j, n.i) if toks.lowers[t] not in COMPASS]
        if m.j - m.i > 1 and toks.lowers[m.j - 1] in PLACE_KINDS and gap == ["of"]:
            gap = [toks.lowers[m.j - 1], "of"]  # "Khost province of eastern Afghanistan": the kind in the name
        if len(gap) == 2 and gap[0] in PLACE_KINDS and gap[1] == "of" and n.code != m.code:
            out[k] = Mention(m.i, m.j, n.code, None, m.name, kind="place", label="GPE",
                             extra={**m.extra, "in_state_of": n.code})
    return out


#: where in a state a place lies ("the Khost province of eastern Afghanistan")
COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
                     "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                     "north-western", "south-eastern", "south-western", "far", "the"})


#: states whose national legislature news calls "Congress" (besides the United States, the
#: gazetteer's reading of a bare "Congress"): Latin America's congresses, Spain's Congress of
#: Deputies, the Philippines' and Micronesia's
CONGRESSES = frozenset({"ARG", "BRA", "CHL", "COL", "DOM", "ECU", "ESP", "FSM", "GTM", "HND", "MEX", "PER",
                        "PHL", "PRY", "SLV"})


def other_congresses(toks: Toks, mentions: list[Mention]) -> None:
    """A bare "Congress" is the US Congress unless the document names another state with a congress
    (``CONGRESSES``) more often than the United States: "Peru's president rounded on Congress" is
    Peru's legislature (PER LEG)."""
    bare = [m for m in mentions if m.code == "USA" and m.sector == "LEG"
            and [toks.lowers[t] for t in range(m.i, m.j) if toks.lowers[t] != "the"] == ["congress"]]
    if not bare:
        return
    evidence = Counter(m.code for m in mentions if m.code and m not in bare)
    best = max(CONGRESSES, key=lambda c: (evidence[c], c))
    if evidence[best] > evidence["USA"]:
        for m in bare:
            m.code = best
            m.name = "Congress"
            m.extra["congress_of"] = best


#: acronyms two organisations share, with the state whose mention in the document names the other
#: one: "RSF" is Reporters Without Borders in press-freedom news and Sudan's Rapid Support Forces in
#: news of Sudan; "SDF" is the Syrian Democratic Forces, and Japan's Self-Defense Forces in news of
#: Japan. (acronym, the other's code, sector and name, the state that points to it)
SHARED_ACRONYMS: Mapping[str, tuple[str, str, str, str]] = {
    "RSF": ("SDN", "MIL", "Rapid Support Forces", "SDN"),
    "SDF": ("JPN", "MIL", "Japan Self-Defense Forces", "JPN"),
}


def shared_acronyms(toks: Toks, mentions: list[Mention]) -> None:
    """An acronym two organisations share (``SHARED_ACRONYMS``) is the other one when the document
    names that one's state more often than the gazetteer reading's own: "the army and the RSF"
    in a story that names Sudan are the Rapid Support Forces."""
    evidence = Counter(m.code for m in mentions if m.code and toks.lowers[m.j - 1].upper() not in SHARED_ACRONYMS
                       and toks.span_text(m.i, m.i + 1) not in SHARED_ACRONYMS)
    for m in mentions:
        # the letters end the mention ("the RSF") or open it before an agent ("RSF commanders")
        other = SHARED_ACRONYMS.get(toks.span_text(m.j - 1, m.j)) or SHARED_ACRONYMS.get(toks.span_text(m.i, m.i + 1))
        if other is None or m.code == other[0]:
            continue
        code, sector, name, state = other
        if evidence[state] > evidence[m.code or ""]:
            m.code, m.sector, m.name = code, sector, name
            m.extra["acronym_of"] = name


#: people who speak or act for a body: "a spokeswoman for Amnesty International" is Amnesty's
#: (its code and sector), "an official at Kenya's interior ministry" the ministry's
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
                          "representative", "representatives", "adviser", "advisor", "advisers", "advisors",
                          "aide", "aides", "negotiator", "negotiators", "delegate", "delegates", "lawyer",
                          "lawyers", "staffer", "staffers", "employee", "employees"})
_FOR_BODY = frozenset({"for", "of", "at", "with", "from"})


def speakers_for_bodies(toks: Toks, mentions: list[Mention]) -> None:
    """A role that names no state, followed by "for", "of", "at", "with" or "from" and a coded body
    ("a spokesman for the State Department", "officials at the interior ministry", "a lawyer for
    Human Rights Watch"), belongs to that body: its code, and its sector where it has one. Runs
    before appositives, so a name beside the role takes the body's resolution too."""
    ordered = sorted(mentions, key=lambda m: m.i)
    for a, b in itertools.pairwise(ordered):
        if a.label != "ACTOR" or a.code is not None or a.j - a.i != 1 or toks.lowers[a.i] not in SPEAKERS_FOR:
            continue
        gap = [toks.lowers[t] for t in range(a.j, b.i)]
        if not gap or gap[0] not in _FOR_BODY or any(w not in DETERMINERS for w in gap[1:]) or not b.code:
            continue
        if b.kind == "place":
            continue  # "an official from Gaza" is from a place, not of a body there
        a.code = b.code
        if b.sector:
            a.sector = b.sector
        a.extra["speaks_for"] = toks.span_text(b.i, b.j)


#: words for one who speaks for a body
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def bare_speakers(toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> None:
    """"Russia's foreign ministry urged ... Spokeswoman Yelena Ivanova told reporters ...": a
    spokesperson named by the title alone, opening a sentence, speaks for the body the story named
    last, in that sentence or the one before: the nearest body with a code and a sector before it
    (a ministry, an army, a rights group), not a bare state or a place."""
    ordered = sorted(mentions, key=lambda m: m.i)
    for n, m in enumerate(ordered):
        if m.code is not None or m.j - m.i != 1 or toks.lowers[m.i] not in SPOKESPEOPLE:
            continue
        k = bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1
        if k < 1 or toks.starts[m.i] != sent_starts[k]:
            continue
        floor = sent_starts[k - 1]
        body = next((b for b in reversed(ordered[:n]) if toks.starts[b.i] >= floor and b.code and b.sector
                     and b.kind != "place" and b.label in ("ACTOR", "ORG")), None)
        if body is None:
            continue
        m.code = body.code
        m.sector = m.sector or body.sector
        m.extra["speaks_for"] = toks.span_text(body.i, body.j)


def _opens_before_a_title(toks: Toks, m: Mention, sent_starts: list[int]) -> bool:
    """"Ministry spokesman Tural Aliyev said ...": a bare agent word that opens its sentence as the
    modifier of a speaker's title."""
    k = bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1
    return (k >= 0 and toks.starts[m.i] == sent_starts[k] and m.j < len(toks.lowers)
            and toks.lowers[m.j] in PERSON_AGENTS)


def definite_agents(toks: Toks, mentions: list[Mention], sent_starts: list[int], opening_only: bool = False) -> None:
    """"The ministry", "the army", "the commission": a definite agent with no state of its own is
    the one named with the same head word (or the same two words: "the coast guard") in the same or
    the two previous sentences ("Kenya's foreign ministry issued a statement. The ministry said ...":
    KEN GOV). So is a bare agent word that opens its sentence before a title ("Ministry spokesman X
    said"), which is resolved first (``opening_only``), before the places its sentence names."""
    ordered = sorted(mentions, key=lambda m: m.i)
    for m in ordered:
        if m.label != "ACTOR" or m.code is not None or not 1 <= m.j - m.i <= 2:
            continue
        opening = _opens_before_a_title(toks, m, sent_starts)
        if not opening and (opening_only or m.i == 0 or toks.lowers[m.i - 1] != "the"):
            continue
        # "the ministry", and a compound head told whole ("the coast guard" after "Libya's coast guard")
        words = toks.lowers[m.i:m.j]
        s_idx = bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1
        floor = sent_starts[max(0, s_idx - 2)]
        for prev in reversed(ordered):
            if prev.j > m.i or toks.starts[prev.i] < floor or prev.j - prev.i < len(words):
                continue
            if prev.code and prev.label == "ACTOR" and toks.lowers[prev.j - len(words):prev.j] == words:
                m.code = prev.code
                m.sector = m.sector or prev.sector
                m.extra["refers_to"] = toks.span_text(prev.i, prev.j)
                break


#: words of a minister's title that name no department: "the deputy foreign minister" heads, or
#: serves in, the foreign ministry
_NOT_DEPARTMENTS = frozenset({"the", "a", "an", "deputy", "vice", "junior", "state", "acting", "former", "prime",
                              "first", "senior", "his", "her", "its", "their", "minister", "ministers", "'s"})


def _department(toks: Toks, m: Mention, head: str) -> tuple[str, ...]:
    """The department words of a title or a body in ``m`` that ends in ``head`` ("minister",
    "ministry"): "foreign" of "the deputy foreign minister", "foreign" of "Cuba's foreign ministry",
    "defence" of "the Ministry of Defence"; () when there are none."""
    words = [toks.lowers[k] for k in range(m.i, m.j)]
    if head in words:
        k = words.index(head)
        before = tuple(w for w in words[:k] if w.isalpha() and w not in _NOT_DEPARTMENTS)
        if before and k + 1 < len(words) and words[k + 1] == "of":
            return ()  # "the minister of ..." names the department after it: read below
        if before:
            return before[-1:]
        if k + 2 < len(words) and words[k + 1] == "of" and words[k + 2].isalpha():
            return (words[k + 2],)
    return ()


def ministers_of_ministries(toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> None:
    """A minister named by title alone ("the deputy foreign minister, X, blamed Washington") after a
    ministry of that department was named with its state ("Cuba's foreign ministry published a report
    ..."), in that sentence or the one before, is of that ministry's state: a ministry is headed and
    staffed by its ministers. Only where no other state's ministry of that department is named
    between them."""
    ordered = sorted(mentions, key=lambda m: m.i)

    def sent_of(m: Mention) -> int:
        return bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1

    for m in ordered:
        if m.kind != "actor" or m.code is not None or m.sector not in (None, "GOV"):
            continue
        dept = _department(toks, m, "minister")
        if not dept:
            continue
        found = [p for p in ordered if p.j <= m.i and p.code and 0 <= sent_of(m) - sent_of(p) <= 1
                 and _department(toks, p, "ministry") == dept]
        if found and len({p.code for p in found}) == 1:
            m.code = found[-1].code
            m.sector = m.sector or "GOV"
            m.extra["refers_to"] = toks.span_text(found[-1].i, found[-1].j)


def definite_offices(toks: Toks, mentions: list[Mention]) -> None:
    """"The president", "the prime minister", "the general": a definite office with no state of its
    own is held by the person the story last named with that title ("U.S. President Donald Trump
    met ... The president said ...": USA GOV), as a reader resolves it. Only a singular office
    the gazetteer reads as one person, and only a titled person mention before it."""
    ordered = sorted(mentions, key=lambda m: m.i)
    for m in ordered:
        if (m.label != "ACTOR" or m.code is not None or m.plural or m.i == 0 or toks.lowers[m.i - 1] != "the"
                or toks.lowers[m.j - 1] not in PERSON_NOUNS):
            continue
        office = [toks.lowers[k] for k in range(m.i, m.j)]
        for prev in reversed(ordered):
            if prev.j > m.i or not prev.code or prev.label != "PERSON" or prev.sector is None:
                continue
            words = [toks.lowers[k] for k in range(prev.i, prev.j)]
            if any(words[k:k + len(office)] == office for k in range(len(words) - len(office) + 1)):
                m.code = prev.code
                m.sector = m.sector or prev.sector
                m.extra["refers_to"] = toks.span_text(prev.i, prev.j)
                break


#: agent words for one person (an office with no role list of its own): "the U.N. special envoy"
PERSON_AGENTS = frozenset({"envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador",
                           "diplomat", "mayor", "governor", "adviser", "advisor", "aide", "negotiator",
                           "mediator", "commander", "chief", "leader", "official", "secretary", "rapporteur",
                           "representative", "coordinator", "commissioner", "president", "premier"})


def delayed_names(doc: Doc, toks: Toks, mentions: list[Mention], sent_starts: list[int]) -> None:
    """The news lead that names an office first and its holder in the next sentence ("The U.N.
    special envoy for Syria is calling for ... . Geir Pedersen issued his appeal Friday."): an
    unknown person who is the next sentence's subject, with no other person named in between, is
    the holder of the office the sentence before had as its subject."""
    ordered = sorted(mentions, key=lambda m: m.i)

    def sent_of(m: Mention) -> int:
        return bisect.bisect_right(sent_starts, toks.starts[m.i]) - 1

    def subject(m: Mention) -> bool:
        return any(doc[t].dep_ in _SUBJ for t in range(m.i, m.j))

    for k, m in enumerate(ordered):
        if m.label != "PERSON" or m.code is not None or m.person is not None or not subject(m):
            continue
        s_idx = sent_of(m)
        before = [o for o in ordered[:k] if sent_of(o) == s_idx - 1]
        if any(o.label == "PERSON" for o in before) or any(o.label == "PERSON" for o in ordered[:k]
                                                           if sent_of(o) == s_idx):
            continue
        office = next((o for o in before if o.label == "ACTOR" and o.code and not o.plural and not o.former
                       and o.person is None and subject(o)
                       and (o.roles or toks.lowers[o.j - 1] in PERSON_AGENTS)), None)
        if office is None:
            continue
        m.code, m.sector, m.roles, m.modifier = office.code, office.sector, office.roles, office.modifier
        m.stated, m.stated_code = office.roles, office.code
        m.extra["named_after"] = toks.span_text(office.i, office.j)


#: participles that make "X-led", "X-backed" a modifier of the noun that follows
_HYPHEN_LINKS = frozenset({"led", "backed", "run", "controlled", "dominated", "aligned", "allied", "linked",
                           "affiliated", "sponsored", "supported", "funded", "armed", "installed"})


def hyphen_modifiers(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """"military-led nations", "army-backed protesters": an agent word before "-led", "-backed" and
    the like modifies the noun after it and names no actor of its own; a coalition or force "Saudi-
    led" is its leader's (CAMEO codes a coalition by the state that leads it), while one
    "Iran-backed" is not its backer's, and keeps its own reading. "Non-" before a state's name or
    people ("non-Tunisians") says they are not its own: no code."""
    out: list[Mention] = []
    by_start = {m.i: m for m in mentions}
    for m in mentions:
        j = m.j
        linked = j + 1 < len(toks) and toks.lowers[j] == "-" and toks.lowers[j + 1] in _HYPHEN_LINKS
        if linked and m.label == "ACTOR" and m.code is None:
            continue  # "military-led": a modifier, no actor
        if m.code and m.i >= 2 and toks.lowers[m.i - 1] in ("-", "\u2010", "\u2011") and toks.lowers[m.i - 2] == "non":
            # "non-Tunisians", "non-EU citizens": people said not to be the state's or the body's
            m.extra["not_of"] = m.code
            m.code = None
        if linked and toks.lowers[j + 1] == "led" and m.code:
            nxt = by_start.get(j + 2)
            if nxt is not None and nxt.label == "ACTOR":
                nxt.code = m.code
                nxt.extra.pop("located_in", None)
                nxt.extra["led_by"] = toks.span_text(m.i, m.j)
        out.append(m)
    return out

