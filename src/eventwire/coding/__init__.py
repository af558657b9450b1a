"""Event coding: PLOVER events with modality, attribution and provenance, from annotated text.

Stage contract (docs/TEAM_CONTRACT.md): ``code_events(ann, resources) -> list[Event]`` reads an
:class:`~eventwire.nlp.types.Annotated` (spaCy parse, resolved entities, dates) and the lexicon
(``resources.lexicon``); it adds nothing to ``ann``.

Modules: ``lexicon`` (data files, loader, validator), ``layers`` (our lexicon over the CAMEO verb
dictionary, the fallback layer), ``match`` (triggers), ``draft`` (one draft per trigger, with the
sense checks), ``args`` (actor and recipient), ``modality``, ``attribution``, ``details`` (date,
place, size, confidence), ``sentence_rules`` (rules over a sentence's drafts), ``rules`` (one
sentence to event records), ``petrarch`` (importer for CAMEO verb dictionaries in PETRARCH format).
``code_events`` ends with ``one_a_day``: one event per act in a document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Attribution, Entity, Event
from .args import EntityIndex
from .layers import load_lexicon
from .lexicon import Entry, Lexicon
from .rules import SentenceContext, code_sentence

if TYPE_CHECKING:
    from ..nlp.types import Annotated
    from ..resources import Resources

__all__ = ["Entry", "Lexicon", "code_events", "load_lexicon", "one_a_day", "same_name_same_code"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_POSSESSIVE = re.compile(r"^(the\s+)|(['’]s|['’])$", re.IGNORECASE)


def _name_key(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip().lower()


def _a_name(e: Entity) -> bool:
    """A name ("North Korea", "Seleka rebels"), not a pronoun or an agent noun in lower case ("the
    government", "police")."""
    if e.label == "PRON":
        return False
    return e.label != "ACTOR" or any(w[:1].isupper() or w[:1].isdigit() for w in _name_key(e.text).split()
                                     if w not in ("the",))


def same_name_same_code(entities: list[Entity]) -> list[Entity]:
    """Within one document a name means one actor: an entity left without a code takes the code of
    another mention of the same name ("North Korea's" after "North Korea"). An agent noun ("the
    government", "rebels") takes that of the last one before it only (a government named later may
    be another state's), and a pronoun none. Returns copies, in text order; the annotation is not
    changed."""
    known: dict[str, Entity] = {}
    for e in entities:
        if e.code and e.label != "PRON":
            known.setdefault(_name_key(e.text), e)
    out: list[Entity] = []
    before: dict[str, Entity] = {}  # the last coded mention so far, for agent nouns
    for e in sorted(entities, key=lambda x: x.start):
        key = _name_key(e.text)
        if e.label == "PRON" or e.code:
            ref = None
        elif _a_name(e):
            ref = known.get(key)
        else:
            ref = before.get(key)  # "rebels ... the rebels": the ones told before, not later ones
        if e.code and e.label != "PRON":
            before[key] = e
        out.append(replace(e, code=ref.code, sector=ref.sector, name=ref.name) if ref is not None else e)
    return out


def code_events(ann: Annotated, resources: Resources,
                attributions: list[Attribution] | None = None) -> list[Event]:
    """Every PLOVER event in ``ann``, in text order; each with its provenance.

    ``attributions``: the claims stage's attributions for ``ann`` where the caller has them already
    (the pipeline runs that stage anyway); else they are extracted here. Events below
    ``resources.settings.min_confidence`` are left out.
    """
    from .attribution import document_attributions

    lexicon: Lexicon = resources.lexicon
    if attributions is None:
        attributions = document_attributions(ann, resources)
    entities = same_name_same_code(ann.entities)
    sents = list(ann.doc.sents)
    events: list[Event] = []
    lead = _dateline_end(ann.document.text)
    for sidx, sent in enumerate(sents):
        ents = [e for e in entities if sent.start_char <= e.start < sent.end_char]
        places = [e for e in ents if e.kind == "place" or (e.kind == "actor" and e.label in PLACE_LABELS)]
        # a wire dateline the text still carries ("Hanoi, Nov 28 (Agency) - China freed ...") says
        # where the report was filed: its place is no party to the sentence's act, though the
        # parser may take it for a second subject
        parties = [e for e in ents if e.start >= lead]
        ctx = SentenceContext(ann, lexicon, EntityIndex(parties), places, attributions)
        events.extend(code_sentence(sidx, sent, ctx))
    yielded_to_demanders(events)
    doers_told_before(events, ann)
    accused_of_the_act_before(events, ann)
    floor = resources.settings.min_confidence
    return one_a_day([e for e in events if e.confidence >= floor], ann.document.published)


#: how many sentences back a yielding looks for whoever demanded
DEMAND_REACH = 2
def yielded_to_demanders(events: list[Event]) -> None:
    """A concession told with no one on the other side ("the ministry gave in to their demands",
    "met the demands") yields to whoever the story just said demanded or protested: CAMEO 08 is
    yielding to another's demands. The demanders are the coded doers of the latest request or
    protest that happened, at most ``DEMAND_REACH`` sentences before. Likewise a refusal by the
    party that request asked, with no sectored party on its other side, refuses the one who asked."""
    last: Event | None = None
    for e in events:
        sent = e.text_info.get("sentence")
        if e.event == "CONCEDE" and not any(p.get("code") for p in e.recipient) and last is not None \
                and isinstance(sent, int) and 0 <= sent - last.text_info.get("sentence", -99) <= DEMAND_REACH:
            own = {p.get("code") for p in e.actor}
            demanders = [dict(p) for p in last.actor if p.get("code") and (p.get("code"), p.get("sector")) not in {
                (q.get("code"), q.get("sector")) for q in e.actor}]
            if demanders and not (own and {p["code"] for p in demanders} <= own and all(
                    p.get("sector") is None for p in demanders)):
                e.recipient = demanders
        if e.event == "REJECT" and last is not None and last.event == "REQUEST" and isinstance(sent, int) \
                and 0 < sent - last.text_info.get("sentence", -99) <= DEMAND_REACH:
            asked = {(p.get("code"), p.get("sector")) for p in last.recipient if p.get("code") and p.get("sector")}
            mine = {(p.get("code"), p.get("sector")) for p in e.actor if p.get("code")}
            if asked & mine and not any(p.get("code") and p.get("sector") for p in e.recipient):
                # "the president invited the opposition to talks ... They turned down the invitation":
                # the one asked refuses whoever asked (CAMEO 12 answers the request, 02)
                e.recipient = [dict(p) for p in last.actor if p.get("code")] or e.recipient
        if e.event in ("REQUEST", "PROTEST") and e.modality in ("asserted", "reported") and any(
                p.get("code") for p in e.actor):
            last = e


#: acts told in the passive whose doer a story names in the sentence before: the arrest that an
#: extradition, a deportation or a handover follows, the pledge that a delivery keeps, the curfew
#: that is eased (not an attack: "three were killed" after an arrest tells the victims of another)
CARRIED_DOER_TYPES = frozenset({"COERCE", "COOPERATE", "RETREAT", "CONCEDE", "AID", "SANCTION"})
#: sectors of parties that do no act of a state (an arrest, a handover, a delivery of aid)
NOT_THE_STATE = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "BUS", "REL", "CRM", "JRN", "AGR", "REF", "REB",
                           "UAF", "SPY", "IGO", "NGO"})
#: the organs of a state that arrest, hand over and pull back people: carried with their sector to
#: those acts; any other doer is carried as its state (the organ that acts next is not told)
FORCES = frozenset({"COP", "MIL"})
FORCE_ACTS = frozenset({"COERCE", "COOPERATE", "RETREAT"})


def _passive_clause(doc: object, trigger: dict[str, object] | None) -> bool:
    """Is the trigger a finite verb in the passive ("was extradited", "were handed back") with no
    "by" agent, in the sentence's main clause or what it reports?"""
    if not trigger or not isinstance(trigger.get("start"), int) or not isinstance(trigger.get("end"), int):
        return False
    span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    for t in span:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        v = t.head if t.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in t.children) else t
        # the sentence's own act, or what it reports: not a clause told as the background of
        # another act ("recalled its envoy after a second boat was seized")
        main = v.dep_ in ("ROOT", "ccomp") or (v.dep_ == "conj" and v.head.dep_ == "ROOT")
        if main and any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "nsubjpass" for c in v.children) \
                and not any(c.dep_ == "agent" for c in (*t.children, *v.children)):
            return True
    return False


def doers_told_before(events: list[Event], ann: Annotated) -> None:
    """An act told in the passive with no doer at all ("He was extradited to Kigali on Saturday")
    whose story named its doer in the sentence just before ("Mozambican police arrested a Rwandan
    businessman in March"): the doer of the act coded there, as a reader takes it (the agent a
    passive leaves out is the topic the story is on; CAMEO codes who did the act). Only for acts
    (``CARRIED_DOER_TYPES``) that doer can do: a state's acts from a party of the state
    (``NOT_THE_STATE`` excluded), with its sector only where it is a force and the act one forces do
    (``FORCES``, ``FORCE_ACTS``); never a doer that is the act's own target (the same state, and the
    same sector or none), nor for an act told as part of one already told ("were freed in the raid")."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        s = e.text_info.get("sentence")
        if isinstance(s, int):
            by_sentence.setdefault(s, []).append(e)
    for e in events:
        s = e.text_info.get("sentence")
        # forces put on alert, told in the passive with no state of their own ("air defence units
        # were put on high alert"): of the state the sentence before coded
        alerted = e.event == "MOBILIZE" and bool(e.actor) and not any(p.get("code") for p in e.actor)
        if (e.actor and not alerted) or (e.event not in CARRIED_DOER_TYPES and not alerted) \
                or not isinstance(s, int) or s < 1 or e.coder.get("within"):
            continue
        if not _passive_clause(ann.doc, e.trigger):
            continue
        for before in by_sentence.get(s - 1, []):
            doers = [p for p in before.actor if p.get("code")]
            if not doers:
                continue
            if any(p.get("sector") in NOT_THE_STATE or len(str(p.get("code"))) != 3 for p in doers):
                continue
            doers = [p if p.get("sector") in FORCES and e.event in FORCE_ACTS else {**p, "sector": None}
                     for p in doers]
            if any(r.get("code") == p.get("code") and (r.get("sector") == p.get("sector") or not r.get("sector")
                                                       or not p.get("sector"))
                   for r in e.recipient for p in doers):
                continue
            if alerted:
                codes = {p.get("code") for p in doers}
                if len(codes) != 1:
                    continue
                code = next(iter(codes))
                if any(r.get("code") and r.get("code") != code for r in before.recipient):
                    continue  # after a move against another state, whose forces are alerted is not told
                e.actor = [{**p, "code": code, "sector": p.get("sector") or "MIL"} for p in e.actor]
            else:
                e.actor = [dict(p) for p in doers]
            e.coder = {**e.coder, "doer": "told before"}
            break


#: acts a criticism can name by a definite noun ("condemned the incursion", "denounced the move")
CRITICISED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "REJECT", "PROTEST"})
_DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "such"})


def _definite_act_object(doc: object, trigger: dict[str, object] | None) -> bool:
    """Is what the trigger verb criticises a definite common noun ("condemned the measure",
    "denounced the manoeuvre as dangerous"), no name or person?"""
    if not trigger or not isinstance(trigger.get("start"), int) or not isinstance(trigger.get("end"), int):
        return False
    span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objs) == 1 and objs[0].pos_ == "NOUN" and not objs[0].ent_type_ and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE_WORDS for c in objs[0].children)


#: how many sentences back a criticism of "the move" looks for the act it names
CRITICISM_REACH = 1


def accused_of_the_act_before(events: list[Event], ann: Annotated) -> None:
    """A criticism whose object is a definite noun for an act and names no one ("Manila denounced
    the manoeuvre", "the rights chief condemned the measure") targets whoever did the act the story
    just told (CAMEO 11 disapprove: its target is the actor criticised): the doers of the latest
    act told before it, in its sentence or the one before, of a kind a criticism can name
    (``CRITICISED_ACTS``), and not the critic itself. So does a vowed answer in kind ("said Moscow
    would respond"): it answers the act just told."""
    for k, e in enumerate(events):
        s = e.text_info.get("sentence")
        response = e.event == "THREATEN" and e.coder.get("rule") == "rule:vowed-response"
        if (e.event != "ACCUSE" and not response) or not isinstance(s, int) or any(
                r.get("code") or r.get("sector") for r in e.recipient):
            continue
        if not response and not _definite_act_object(ann.doc, e.trigger):
            continue
        critics = {(p.get("code"), p.get("sector")) for p in e.actor}
        critic_codes = {p.get("code") for p in e.actor if p.get("code")}
        for before in reversed(events[:k]):
            t = before.text_info.get("sentence")
            if not isinstance(t, int) or s - t > CRITICISM_REACH:
                break
            if before.event not in CRITICISED_ACTS or before.modality not in ("asserted", "reported"):
                continue
            doers = [p for p in before.actor if p.get("code") or p.get("sector")]
            if not doers or any((p.get("code"), p.get("sector")) in critics or p.get("code") in critic_codes
                                for p in doers):
                continue
            e.recipient = [dict(p) for p in doers]
            e.coder = {**e.coder, "recipient": "the act told before"}
            break


def one_a_day(events: list[Event], published: str | None = None) -> list[Event]:
    """One event per act in a document: a later sentence that tells again an event of the same type
    and CAMEO code (its first three digits), between the same coded actors and recipients, is the
    same act retold ("... attacked the base on Monday. Residents said the troops attacked the base
    for hours."), and only the first telling is kept, unless the later one is dated on a day of its
    own ("attacked it again on Tuesday") or told as a later act ("a court later sentenced him",
    "attacked again": ``coder.new_act``). This is the "one-a-day" filter ICEWS and Phoenix apply
    per story, on full actor codes: where both
    tellings give an actor's sector and the sectors differ ("militants stormed a hotel"; "security
    forces killed the gunmen"), they are two parties and two acts. Asserted and reported tellings
    count alike; events with no coded actor are left as they are, except a definite noun with no
    date and no doer of its own ("the attack") after an act of its type was told: it refers back,
    and so does an act with no doer told as part of such a definite act ("were killed in the
    attack", ``coder.within``)."""
    happened = ("asserted", "reported")
    kept: dict[tuple[object, ...], list[tuple[dict[str, str], str | None]]] = {}
    out: list[Event] = []
    types_told: dict[tuple[str, str], set[str]] = {}  # kind -> the recipient codes told with it
    for e in events:
        actors = frozenset(a["code"] for a in e.actor if a.get("code"))
        kind = (e.event, (e.cameo or "")[:3])
        targets = {r["code"] for r in e.recipient if r.get("code")}
        if not actors and e.coder.get("within") and any(k[0] == e.event for k in types_told):
            continue  # "five were killed in the attack": the attack already told, its toll added
        same_type = set().union(*(v for k, v in types_told.items() if k[0] == e.event)) if any(
            k[0] == e.event for k in types_told) else None
        if not actors and e.date is None and e.coder.get("rule", "").startswith("n:") and same_type is not None \
                and targets <= same_type:
            # "the attack", "the Ramadan attack" after the attack was told: a definite noun with no date
            # and no doer of its own refers back to an act already coded, of its type whatever the
            # CAMEO code its noun gives ("the bombing" after the air strikes), not a new one (unless
            # it names another target: "the bishop's arrest" after the minister's)
            continue
        if e.modality in happened:
            types_told.setdefault(kind, set()).update(targets)
        if actors:
            mod = "happened" if e.modality in happened else e.modality
            # ICEWS's filter keys on the CAMEO event code: signing pacts (057) is not upgrading ties (050)
            key = (e.event, (e.cameo or "")[:3], mod, actors,
                   frozenset(r["code"] for r in e.recipient if r.get("code")))
            sectors = {a["code"]: a["sector"] for a in e.actor if a.get("code") and a.get("sector")}
            told = kept.setdefault(key, [])
            same = [d for s, d in told if all(s.get(c, x) == x for c, x in sectors.items())]
            if same and (e.date in same or e.date == published or e.date is None) and not e.coder.get("new_act"):
                continue
            told.append((sectors, e.date))
        out.append(e)
    return out


def _dateline_end(text: str) -> int:
    """Where a wire dateline that opens ``text`` ends ("SEOUL, Nov 3 (Reuters) - "); 0 when none."""
    from ..clean.metadata import dateline_of

    first = text.split("\n\n", 1)[0]
    found = dateline_of(first, text)
    return found[0] if found is not None else 0
