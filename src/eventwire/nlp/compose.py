"""Compose gazetteer phrases into actor mentions and resolve them at a date.

Rules, applied left to right over the phrases ``find_bases`` found:

- modifier + agent: a state, demonym, organisation, place or person, an optional possessive, up
  to three modifier words, then an agent ("South Korea's presidential office" KOR GOV, "North
  Korean soldiers" PRK MIL, "the Ukrainian defense intelligence agency" UKR SPY, "EU foreign
  ministers", "the Biden administration" USA GOV);
- coordinated modifiers share the agent ("Czech and Slovak officials": both GOV);
- agent + "of"/"from" + modifier ("the foreign minister of Estonia", "troops from North Korea");
- a plural non-military agent + "in" + place takes the place's state ("protesters in Baghdad");
- a title before a known person ("Foreign Minister Cho Tae-yul") is one mention of that person;
- an agent that names an office ("foreign minister", "foreign policy chief") with a known state or
  organisation resolves to the person who held the office at the date;
- a demonym before another people's name is that people living in the first state ("Bosnian
  Serbs" BIH CVL);
- "former" before the phrase marks a former office holder (sector ELI instead of GOV);
- an agent after a composed phrase's possessive is that phrase's ("Kenyan teachers' union");
- a parenthetical gloss of the same thing is skipped ("the European Union's (EU) foreign policy
  chief").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .entries import MODIFIER_KINDS, Agent, Entry, Gazetteer, Tenure
from .match import Base, Toks

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: office words for whoever heads or speaks for a group: of a group named after "of", its sector
HEAD_WORDS = frozenset({"leader", "leaders", "head", "heads", "chief", "chiefs", "chairman", "chairwoman",
                        "chair", "spokesman", "spokeswoman", "spokesperson", "president", "secretary-general"})
LINKS = frozenset({"of", "from"})
#: "protesters in Baghdad": a group located in a place is coded with that place's state (PLOVER
#: coders do so), except armed forces, which are often abroad ("soldiers in Ukraine")
LOCATIVE = frozenset({"in"})
#: "the government led by X", "forces headed by X", "a junta under X"
LEADING = frozenset({"led", "headed", "chaired", "commanded", "run"})
COORD = frozenset({"and", "or", ",", "&"})
DETERMINERS = frozenset({"the", "a", "an"})
FORMER = frozenset({"former", "ex", "ex-", "then"})
#: words that name a part of a state ("southern Serbia")
REGION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                          "central", "northeastern", "northwestern", "southeastern", "southwestern"})
#: words that end a noun phrase: an agent after them is not modified by what came before
_STOP = frozenset({"and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "that",
                   "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                   "said", "says", "say", "as", "than", "its", "their", "his", "her", "against", "after",
                   "before", "into", "over", "under", "about", "between", "while", "when", "not"})
#: what can stand before an agent: the modifiers, and people ("the Biden administration")
COMPOUND_HEADS = MODIFIER_KINDS | {"person"}
_GAP_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "NUM", "PUNCT"})
_LABELS = {"person": "PERSON", "org": "ORG", "state": "GPE", "demonym": "NORP", "group": "ACTOR",
           "capital": "GPE", "place": "LOC"}


@dataclass
class Mention:
    """An actor or place mention at tokens [i, j) with its resolution."""

    i: int
    j: int
    code: str | None
    sector: str | None
    name: str | None
    identifier: str | None = None
    kind: str = "actor"  # actor | place
    label: str = "ACTOR"
    person: Entry | None = None  # the gazetteer person, where one was resolved
    roles: tuple[str, ...] = ()  # offices the agent in it names
    plural: bool = False
    former: bool = False
    modifier: Entry | None = None
    extra: dict[str, object] = field(default_factory=dict)
    #: offices the text itself gives this person ("Foreign Minister X", "X, the EU's top diplomat")
    stated: tuple[str, ...] = ()
    stated_code: str | None = None  # the state or organisation of that office, where the text says

    @property
    def is_person(self) -> bool:
        return self.person is not None or self.label == "PERSON"


#: days before an office starts within which a person is already reported in it ("incoming")
INCOMING_DAYS = 180
#: days after an office ends after which its holder is a former official (sector ELI)
FORMER_DAYS = 60


@dataclass(frozen=True)
class Title:
    """An office the text gives a person ("Estonian prime minister X", "General X"): the roles
    and sector of the agent before the name and, where a modifier names it, the state or
    organisation of the office."""

    roles: tuple[str, ...] = ()
    sector: str | None = None
    code: str | None = None


def person_mention(i: int, j: int, person: Entry, date: str | None, title: Title | None = None) -> Mention:
    """A known person at ``date``: the office held then; between offices the nearer one (Kaja
    Kallas in November 2024: EU); long after the last office a former official (ELI); long before
    the first one no sector yet. A ``title`` the text gives ("President Obama") is believed: the
    person's tenure in that office is used; for a person whose offices the gazetteer does not name
    (imported dictionaries give dated codes only), the tenure of the title's sector and state, else
    the title's own ("General X" is MIL, "U.N. mediator X" UNO, whatever the dictionary's dates
    say)."""
    t = person.at(date)
    stated = title.roles if title else ()
    if title and title.roles and t is not None and (date is None or not t.covers(date)):
        titled = [x for x in person.tenures if set(x.roles) & set(title.roles)]
        if titled:
            return _in_tenure(i, j, person, _nearest(titled, date), stated)
    if title and (title.sector or title.code) and t is not None and not any(x.roles for x in person.tenures):
        fits = [x for x in person.tenures if title.sector in (None, x.sector) and title.code in (None, x.code)]
        if fits:
            return _in_tenure(i, j, person, _nearest(fits, date), stated)
        m = _in_tenure(i, j, person, t, stated)
        m.code, m.sector = title.code or m.code, title.sector or m.sector
        m.identifier = None
        return m
    code = t.code if t else person.code
    sector = t.sector if t else person.sector
    ident = t.org if t is not None and t.org and code == "IGO" else None
    m = Mention(i, j, code, sector, person.name, ident, label="PERSON", person=person,
                roles=t.roles if t else (), stated=stated)
    if t is not None and date is not None and len(date) >= 10 and not t.covers(date):
        gap = t.distance(date)
        if t.end is not None and date[:10] > t.end and gap > FORMER_DAYS:
            m.former = True
            m.roles = ()
            if sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP"):
                m.sector = "ELI"
        elif t.start is not None and date[:10] < t.start and gap > INCOMING_DAYS:
            m.sector, m.roles = None, ()
    return m


def _nearest(tenures: list[Tenure], date: str | None) -> Tenure:
    return min(tenures, key=lambda x: x.distance(date) if date and len(date) >= 10 else 0)


def _in_tenure(i: int, j: int, person: Entry, t: Tenure, title: tuple[str, ...]) -> Mention:
    ident = t.org if t.org and t.code == "IGO" else None
    return Mention(i, j, t.code, t.sector, person.name, ident, label="PERSON", person=person, roles=t.roles,
                   stated=title)


def entry_mention(i: int, j: int, e: Entry, date: str | None) -> Mention:
    if e.kind == "person":
        return person_mention(i, j, e, date)
    kind = "place" if e.kind in ("capital", "place") else "actor"
    # an organisation whose sector changed (the Taliban: an insurgency, then the government) is
    # of the sector it had at the document's date
    held = e.at(date) if e.kind == "org" and e.tenures else None
    return Mention(i, j, e.code, held.sector if held else e.sector, e.name, e.identifier, kind=kind,
                   label=_LABELS[e.kind], plural=e.kind == "group", modifier=e if e.kind != "group" else None)


#: agent words for people who fight, of whichever side: the side that names them says which
GENERIC_FIGHTERS = frozenset({"fighters", "fighter", "combatants", "combatant"})


def compound(i: int, j: int, mod: Entry, agent: Agent, gaz: Gazetteer, date: str | None,
             former: bool) -> Mention:
    """``mod`` (state, demonym, organisation, place) + ``agent``, resolved to the office holder at
    ``date`` where the agent names an office."""
    if mod.kind == "person":
        # "the Biden administration", "Putin's troops": the person's state, the agent's sector
        t = mod.at(date)
        code = t.code if t else mod.code
        state = gaz.states.get(code or "")
        return Mention(i, j, code, agent.sector, state.name if state else mod.name, roles=agent.roles,
                       plural=agent.plural, former=former, modifier=mod, extra={"via_person": mod.name})
    if agent.roles and not former and mod.code:
        for office in dict.fromkeys(x for x in (mod.identifier, mod.name, mod.code) if x):
            holder = gaz.holder(office, agent.roles, date)
            if holder is not None:
                m = person_mention(i, j, holder, date)
                m.label, m.roles, m.modifier = "ACTOR", agent.roles, mod
                return m
    sector: str | None = agent.sector
    if sector == "GOV" and not agent.office and mod.kind == "org" and (mod.sector or mod.source == "the text"):
        # a generic office word takes the organisation's sector: "Hamas officials" REB,
        # "Pentagon spokesman" MIL (an office word, "Hamas leader", stays GOV as PLOVER codes it);
        # of an organisation whose sector is unknown ("a Bakamla spokesman", named only by the
        # text), it is unknown too, not the government's
        sector = mod.sector
    if sector == "REB" and agent.phrase in GENERIC_FIGHTERS:
        # "Taliban fighters" since the Taliban govern: a governing body's fighters are its forces
        # (MIL); a rebel group's stay rebels ("Hezbollah fighters"), and so do fighters named by a
        # people ("Libyan fighters" are as often a militia's)
        t = mod.at(date) if mod.kind == "org" else None
        if mod.kind == "org" and (t.sector if t is not None else mod.sector) in ("GOV", "MIL"):
            sector = "MIL"
    if sector == "UAF" and mod.kind == "org" and mod.sector:
        # "gunmen from the Sinaloa cartel", "Boko Haram gunmen": armed men a group is named for are
        # its own (CRM, REB), no longer unidentified
        sector = mod.sector
    if former and sector == "GOV":
        sector = "ELI"
    return Mention(i, j, mod.code, sector, mod.name, mod.identifier, roles=agent.roles, plural=agent.plural,
                   former=former, modifier=mod)


def _body_named_by(toks: Toks, mod: Base, after: Base | None) -> Base | None:
    """The body ``mod`` (a state's or a people's name) names right after it, where it is not the
    government: an agent of another sector ("the Nigerian army") or, after a possessive, an
    organisation ("Yemen's Houthi movement", "Lebanon's Hezbollah")."""
    if after is None or after.i < mod.j or after.i - mod.j > 2 or not _gap_ok(toks, mod.j, after.i)[0]:
        return None
    if after.agent is not None and after.agent.sector not in (None, "GOV"):
        return after
    possessive = mod.j < len(toks) and toks.lowers[mod.j] in POSSESSIVES
    if possessive and after.entry is not None and after.entry.kind == "org":
        return after
    return None


def _gap_ok(toks: Toks, a: int, b: int) -> tuple[bool, bool]:
    """Can tokens [a, b) sit between a modifier and its agent? Returns (ok, former)."""
    k = a
    if k < b and toks.lowers[k] in POSSESSIVES:
        k += 1
    if k + 2 < b and toks.lowers[k] == "(" and ")" in toks.lowers[k:b]:
        k = toks.lowers.index(")", k, b) + 1  # the gloss dropped by _drop_glosses
    if b - k > 3:
        return False, False
    former = False
    for t in range(k, b):
        low = toks.lowers[t]
        if low in FORMER:
            former = True
            continue
        if low in _STOP or not (low[:1].isalnum() or low == "-"):
            return False, False
        if toks.pos[t] and toks.pos[t] not in _GAP_POS:
            return False, False
    return True, former


def _title_in_name(toks: Toks, b: Base, gaz: Gazetteer) -> Agent | None:
    """The title a dictionary wrote into a person's name ("President Bush", "General X"): the
    longest agent phrase the name starts with, read as the text's title."""
    for k in range(b.j - 1, b.i, -1):
        agent = gaz.lookup_agent(toks.span_text(b.i, k))
        if agent is not None:
            return agent
    return None


def _home_of_people(toks: Toks, b: Base, nxt: Base | None) -> str | None:
    """The state's name where ``b`` is a people followed by the state it lives in: "Albanians of
    (southern) Serbia"; with "in" only after "ethnic" ("ethnic Russians in Latvia"), since
    "Americans in Iraq" are mostly Americans."""
    if b.entry is None or b.entry.kind != "group" or nxt is None or nxt.entry is None \
            or nxt.entry.kind not in ("state", "place", "capital") or nxt.entry.code == b.entry.code:
        return None
    at = b.j
    ethnic = b.i > 0 and toks.lowers[b.i - 1] == "ethnic"
    if at >= len(toks) or not (toks.lowers[at] == "of" or (ethnic and toks.lowers[at] == "in")):
        return None
    at += 1
    while at < nxt.i and (toks.lowers[at] in DETERMINERS or toks.lowers[at] in REGION_WORDS):
        at += 1
    return nxt.entry.name if at == nxt.i else None


#: words of an office's level between "former" and the office ("a former state governor")
OFFICE_LEVELS = frozenset({"state", "provincial", "regional", "federal", "deputy", "vice", "interim", "acting",
                           "senior", "top", "chief", "county", "district", "city", "national"})


def _former_before(toks: Toks, i: int) -> bool:
    k = i - 1
    if k >= 0 and toks.lowers[k] in ("-",):
        k -= 1
    if k >= 1 and toks.lowers[k] in OFFICE_LEVELS and toks.lowers[k - 1] in FORMER:
        return True  # "a former state governor", "the former deputy minister"
    return k >= 0 and toks.lowers[k] in FORMER


def _drop_glosses(toks: Toks, bases: list[Base]) -> list[Base]:
    """Drop a parenthetical gloss of the phrase before it: "The European Union's (EU) foreign
    policy chief" reads as "The European Union's foreign policy chief"."""
    out: list[Base] = []
    for b in bases:
        prev = out[-1] if out else None
        if (prev is not None and prev.entry is not None and b.entry is not None
                and b.entry.name == prev.entry.name and b.i >= 1 and toks.lowers[b.i - 1] == "("
                and b.j < len(toks) and toks.lowers[b.j] == ")"
                and all(toks.lowers[t] in POSSESSIVES for t in range(prev.j, b.i - 1))):
            continue
        out.append(b)
    return out


def _coordinated(toks: Toks, bases: list[Base], k: int) -> int:
    """Index of the last modifier in a run "A and B [agent]" starting at ``k`` whose last member
    is directly followed by an agent; ``k`` when there is no such run."""
    last = k
    while True:
        b = bases[last]
        if b.entry is None or b.entry.kind not in ("state", "demonym", "org"):
            return k
        nxt = bases[last + 1] if last + 1 < len(bases) else None
        if nxt is None:
            return k
        if nxt.agent is not None:
            if last == k or not _gap_ok(toks, b.j, nxt.i)[0]:
                return k
            return last
        between = toks.lowers[b.j:nxt.i]
        if not between or len(between) > 2 or not all(w in COORD for w in between):
            return k
        last += 1


def compose(toks: Toks, bases: list[Base], gaz: Gazetteer, date: str | None) -> list[Mention]:
    bases = _drop_glosses(toks, bases)
    out: list[Mention] = []
    k, n = 0, len(bases)
    while k < n:
        b = bases[k]
        nxt = bases[k + 1] if k + 1 < n else None
        former = _former_before(toks, b.i)
        run = _coordinated(toks, bases, k)
        if run > k:
            # "Czech and Slovak officials": each modifier takes the agent that ends the run
            agent = bases[run + 1].agent
            assert agent is not None
            for c in range(k, run):
                mod = bases[c].entry
                assert mod is not None
                out.append(compound(bases[c].i, bases[c].j, mod, agent, gaz, date, former))
            k = run
            continue
        if b.entry is not None and b.entry.kind in COMPOUND_HEADS and nxt is not None and nxt.agent:
            ok, former_gap = _gap_ok(toks, b.j, nxt.i)
            if ok:
                after = bases[k + 2] if k + 2 < n else None
                if after is not None and after.i == nxt.j and after.entry and after.entry.kind == "person":
                    code = b.entry.code if b.entry.kind in MODIFIER_KINDS else None
                    title = Title(nxt.agent.roles, nxt.agent.sector, code)
                    out.append(person_mention(b.i, after.j, after.entry, date, title))
                    k += 3
                    continue
                out.append(compound(b.i, nxt.j, b.entry, nxt.agent, gaz, date, former or former_gap))
                k += 2
                continue
        if (b.entry is not None and b.entry.kind in ("state", "demonym") and nxt is not None and nxt.i == b.j
                and nxt.entry is not None and nxt.entry.kind == "group" and nxt.entry.code != b.entry.code):
            # "Bosnian Serbs": a people of one state living in another is coded with the state
            # they live in (the first word), as a civilian group
            m = entry_mention(b.i, nxt.j, b.entry, date)
            m.sector, m.plural, m.label = nxt.entry.sector, True, "ACTOR"
            m.extra["people"] = nxt.entry.name
            out.append(m)
            k += 2
            continue
        home = _home_of_people(toks, b, nxt)
        if home is not None:
            # "the Hungarians of southern Slovakia", "ethnic Russians in Latvia": a people living in
            # another state is coded with that state, as a civilian group
            assert b.entry is not None and nxt is not None and nxt.entry is not None
            out.append(Mention(b.i, nxt.j, nxt.entry.code, "CVL", home, label="ACTOR", plural=True,
                               modifier=nxt.entry, extra={"people": b.entry.name}))
            k += 2
            continue
        if b.agent is not None:
            if nxt is not None and nxt.i == b.j and nxt.entry and nxt.entry.kind == "person":
                out.append(person_mention(b.i, nxt.j, nxt.entry, date, Title(b.agent.roles, b.agent.sector)))
                k += 2
                continue
            link = b.j
            if link < len(toks) and toks.lowers[link] in LINKS and nxt is not None and nxt.entry \
                    and nxt.entry.kind in MODIFIER_KINDS:
                at = link + 1
                if at < len(toks) and toks.lowers[at] in DETERMINERS:
                    at += 1
                if nxt.i in (at, link + 1):  # "the chief of the U.N.": the name may hold its "the"
                    after = bases[k + 2] if k + 2 < n else None
                    body = _body_named_by(toks, nxt, after)
                    head = b.agent.sector == "GOV" and toks.lowers[b.j - 1] in HEAD_WORDS
                    if not head and after is not None and after.agent is not None and after.i == nxt.j and (
                            body is not None or after.agent.sector == "GOV"):
                        # "officials of the French embassy", "soldiers of the Nigerian army": people
                        # of the body the state's name modifies, the state's, in their own sector
                        out.append(compound(b.i, after.j, nxt.entry, b.agent, gaz, date, former))
                        k += 3
                        continue
                    if body is not None and head:
                        # "the leader of Yemen's Houthi movement", "the chief of the Nigerian army":
                        # the head of the body the state's name modifies, not of the state
                        if body.agent is None:
                            assert body.entry is not None
                            out.append(compound(b.i, body.j, body.entry, b.agent, gaz, date, former))
                        else:
                            inner = compound(nxt.i, body.j, nxt.entry, body.agent, gaz, date, False)
                            out.append(Mention(b.i, body.j, inner.code, inner.sector, inner.name,
                                               roles=b.agent.roles, plural=b.agent.plural, former=former,
                                               modifier=nxt.entry))
                        k += 3
                        continue
                    out.append(compound(b.i, nxt.j, nxt.entry, b.agent, gaz, date, former))
                    k += 2
                    continue
            if (link + 1 < len(toks) and toks.lowers[link] in LEADING and toks.lowers[link + 1] == "by"
                    and nxt is not None and nxt.entry is not None and nxt.entry.kind == "person"
                    and nxt.i in (link + 2, link + 3)):
                # "the government led by Mario Draghi", "a coalition headed by X": the body is the
                # state of the person who leads it (the person is a mention of their own)
                m = compound(b.i, b.j, nxt.entry, b.agent, gaz, date, former)
                m.extra["led_by"] = nxt.entry.name
                out.append(m)
                k += 1
                continue
            if (link < len(toks) and toks.lowers[link] in LOCATIVE and b.agent.sector != "MIL"
                    and b.agent.plural and nxt is not None and nxt.entry is not None
                    and nxt.entry.kind in MODIFIER_KINDS and nxt.i == link + 1):
                out.append(compound(b.i, b.j, nxt.entry, b.agent, gaz, date, former))
                out[-1].extra["located_in"] = nxt.entry.name
                k += 1
                continue
            sector = "ELI" if former and b.agent.sector == "GOV" else b.agent.sector
            if (sector == "GOV" and toks.lowers[b.j - 1] in HEAD_WORDS and link < len(toks)
                    and toks.lowers[link] == "of" and nxt is not None and nxt.agent is not None
                    and nxt.agent.sector not in (None, "GOV") and nxt.i <= link + 3):
                # "the leader of the rebels", "six leaders of the student movement", "a spokesman
                # of the union": the head of a group is of the group's sector, not the government's
                sector = nxt.agent.sector
            prev = bases[k - 1] if k > 0 else None
            if (sector == "GOV" and toks.lowers[b.j - 1] in HEAD_WORDS and prev is not None and prev.j == b.i
                    and prev.agent is not None and prev.agent.sector not in (None, "GOV")):
                # "student leaders", "union leaders", "rebel chiefs": the same, told with the group
                # before the head word
                sector = prev.agent.sector
            out.append(Mention(b.i, b.j, None, sector, None, roles=b.agent.roles, plural=b.agent.plural,
                               former=former))
            k += 1
            continue
        assert b.entry is not None
        inside = _title_in_name(toks, b, gaz) if b.entry.kind == "person" else None
        if inside is not None:
            out.append(person_mention(b.i, b.j, b.entry, date, Title(inside.roles, inside.sector)))
        else:
            out.append(entry_mention(b.i, b.j, b.entry, date))
        k += 1
    for m in out:
        if m.sector == "CVL" and _armed_after(toks, m.j):
            m.sector = "UAF"  # "six men armed with rifles": armed men, as "gunmen" and "armed men" are
        if m.sector == "JRN" and _state_run_before(toks, m.i):
            m.sector = "GOV"  # "the official Syrian newspaper", "state-run television": the state's voice
            m.extra["state_media"] = True
    return _possessed(toks, out)


#: weapons people can be "armed with"
WEAPON_WORDS = frozenset({"rifle", "rifles", "gun", "guns", "machete", "machetes", "knife", "knives", "weapon",
                          "weapons", "firearm", "firearms", "pistol", "pistols", "grenade", "grenades",
                          "explosive", "explosives", "launcher", "launchers", "bomb", "bombs", "axe", "axes",
                          "kalashnikov", "kalashnikovs", "ak-47", "ak-47s", "assault", "automatic", "machine",
                          "machineguns", "handgun", "handguns", "shotgun", "shotguns", "spear", "spears"})


def _armed_after(toks: Toks, j: int) -> bool:
    """"armed with" and a weapon right after a mention ("men armed with rifles")."""
    return (j + 1 < len(toks) and toks.lowers[j] == "armed" and toks.lowers[j + 1] == "with"
            and any(w in WEAPON_WORDS for w in toks.lowers[j + 2: j + 6]))


#: words that make a newspaper, an agency or a broadcaster the state's own (the Phoenix agents
#: dictionary codes state media GOV, with MED: "STATE_MEDIA", "OFFICIAL_NEWS_AGENCY")
STATE_OWNED = frozenset({"official", "state", "government"})
STATE_OWNED_PARTICIPLES = frozenset({"run", "owned", "controlled", "backed", "funded"})


def _state_run_before(toks: Toks, i: int) -> bool:
    """"official", "state" or "state-run" / "government-owned" right before token ``i``."""
    if i >= 1 and toks.lowers[i - 1] in STATE_OWNED:
        return True
    return (i >= 3 and toks.lowers[i - 1] in STATE_OWNED_PARTICIPLES and toks.lowers[i - 2] == "-"
            and toks.lowers[i - 3] in ("state", "government"))


def _possessed(toks: Toks, mentions: list[Mention]) -> list[Mention]:
    """An agent that a resolved phrase owns is that phrase's: "Kenyan teachers' union" is KEN
    LAB, "the UN agency's staff" UNO. (A bare state, organisation or person before an agent is
    ``compound``'s; this reads a possessive after a phrase already composed.)"""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.code and prev.kind == "actor" and m.code is None and m.sector is not None
                and m.label == "ACTOR" and m.modifier is None and m.i == prev.j + 1
                and toks.lowers[prev.j] in POSSESSIVES):
            out[-1] = Mention(prev.i, m.j, prev.code, m.sector, prev.name, prev.identifier, roles=m.roles,
                              plural=m.plural, former=m.former or prev.former, modifier=prev.modifier)
            continue
        out.append(m)
    return out

