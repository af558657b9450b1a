"""Coding one sentence: triggers -> drafts (``draft``) -> sentence rules (``sentence_rules``) ->
event records with their date, place, size, attribution, confidence and provenance.

Where a draft's recipient slot names no coded actor, the record's recipient is completed from the
nearest coded actor its trigger governs ("offered to hand over to *Britain*"), else, for a material
event with no recipient phrase at all, from the country of its place ("demonstrated in *Serbia*").
Confidence is computed before that completion, so it reflects only what the slots found."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from ..config import PIPELINE_VERSION
from ..model import Entity, Event
from .args import HAND_WEAPONS, MEETING_NOUNS, PEOPLE, Party, named_in_complement
from .attribution import as_objects, covering, fallback
from .details import (
    confidence,
    dated_after,
    event_date,
    event_location,
    event_size,
    refine_mode,
    statement_date,
    years_before,
)
from .draft import Draft, SentenceContext, draft_triggers
from .match import lemma_forms
from .sentence_rules import (
    ORDER_VERBS,
    charged_wrongs,
    deontic_demands,
    embedding,
    future_provision,
    intent,
    keep,
    leave_within,
    left_casualties,
    main_clause,
    orders,
    outcomes,
    persona_non_grata,
    protest_acts,
    raised_prospects,
    responses_by_means,
    retype,
    typical_actor,
    ultimatums,
    vow_to_harm,
    vowed_responses,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .lexicon import Lexicon

__all__ = ["SentenceContext", "code_sentence", "event_id"]


def event_id(doc_id: str, sidx: int, start: int, end: int, etype: str) -> str:
    return hashlib.sha1(f"{doc_id}|{sidx}|{start}|{end}|{etype}".encode()).hexdigest()[:16]


def _trigger_span(d: Draft) -> tuple[dict[str, Any], str]:
    """The trigger's offsets, and the event text: the trigger's words and those of its content (what
    is promised, refused, demanded or alleged: "agreed ... provide aid")."""
    doc = d.token.doc
    idx = sorted({d.token.i, *d.consumed})
    if idx[-1] - idx[0] <= 6:
        span = doc[idx[0]: idx[-1] + 1]
        trig = {"text": span.text, "start": span.start_char, "end": span.end_char}
    else:
        t = d.token
        trig = {"text": t.text, "start": t.idx, "end": t.idx + len(t.text)}
    words = sorted({*idx, *(i for c in d.content for i in (c.token.i, *c.consumed))})
    return trig, " ".join(doc[i].text for i in words)


#: adverbs that tell an act after another one of its kind ("a court later sentenced him", "attacked
#: again"): a new act, not the earlier one retold (see ``one_a_day``)
NEW_ACT_ADVERBS = frozenset({"later", "again", "afterwards", "afterward", "subsequently", "anew"})


def _new_act(d: Draft) -> dict[str, str]:
    word = next((c.lower_ for c in d.token.children if c.dep_ == "advmod" and c.lower_ in NEW_ACT_ADVERBS), None)
    return {"new_act": word} if word else {}


def _within_told(d: Draft, lex: Lexicon) -> dict[str, str]:
    """``{"within": "attack"}`` for a verb act told as part of a definite act of its type ("were
    killed in the attack", "died during the gunfight"): the act the story already told, not a new
    one (``one_a_day`` drops it where an act of that type came before)."""
    if d.noun:
        return {}
    for prep in d.token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
            continue
        for obj in prep.children:
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children)
            if obj.dep_ == "pobj" and definite and any(e.type == d.type for e in lex.nouns.get(obj.lemma_.lower(), ())):
                return {"within": obj.lemma_.lower()}
    return {}


#: a year written out ("in 2025", "in June 2025"), not reckoned from the report ("last year")
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")


def _background_date(date: str | None, published: str | None) -> bool:
    """A date told only by a past year ("in 2025"), or by a month more than a year before the
    report ("in June 2025" in a report of December 2026): the story's background, told without the
    day news gives its acts. Only a year written out counts: "late last year" is recent news."""
    if not date or not published or len(published) < 7 or not published[:4].isdigit():
        return False
    if len(date) == 4 and date.isdigit():
        return int(date) < int(published[:4])
    if len(date) == 7 and date[4] == "-" and date[:4].isdigit() and date[5:].isdigit():
        months = (int(published[:4]) * 12 + int(published[5:7])) - (int(date[:4]) * 12 + int(date[5:7]))
        return months > 12
    return False


def _in_own_clause(tok: Any, char: int) -> bool:
    """Whether the character offset lies in the phrase the trigger heads ("In 2025, they signed"),
    not in another clause the date was taken from."""
    return bool(tok.left_edge.idx <= char < tok.right_edge.idx + len(tok.right_edge.text))


def code_sentence(sidx: int, sent: Span, ctx: SentenceContext) -> list[Event]:
    lex = ctx.lexicon
    drafts = draft_triggers(sent, ctx)
    drafts.extend(deontic_demands(sent, drafts, ctx))
    drafts.extend(charged_wrongs(sent, drafts, ctx))
    drafts.extend(protest_acts(sent, drafts, ctx))
    retype(drafts, lex.rules)
    embedding(drafts, lex)
    orders(drafts, lex.rules)
    outcomes(drafts)
    left_casualties(drafts, ctx)
    vow_to_harm(drafts)
    drafts.extend(raised_prospects(drafts, ctx))
    drafts.extend(ultimatums(sent, drafts, ctx))
    drafts.extend(vowed_responses(sent, drafts, ctx))
    drafts.extend(leave_within(sent, drafts, ctx))
    drafts.extend(persona_non_grata(sent, drafts, ctx))
    drafts.extend(future_provision(sent, drafts, ctx))
    responses_by_means(drafts)
    drafts.extend(intent(drafts, ctx))
    doc_id = ctx.ann.document.doc_id
    speech = lex.rules.lists.get("attribution.speech_verbs", frozenset())
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for d in drafts:
        if not keep(d, lex.rules) or (d.token.i, d.type) in seen:
            continue
        seen.add((d.token.i, d.type))
        modality = d.mod.modality
        if modality == "conditional" and d.type == "THREATEN" and d.token.lemma_.lower() in THREAT_VERBS:
            # "warned of a crushing response if its sites were attacked": a threat is conditional by
            # nature (CAMEO 13, PLOVER THREATEN); the condition is its content, the warning happened
            modality = "asserted"
        if modality == "conditional" and d.type == "AGREE" and d.token.lemma_.lower() in OFFER_VERBS \
                and d.token.tag_ in ("VBD", "VBZ", "VBN"):
            # "offered to reopen the crossing if Minsk frees the journalist": the offer was made (CAMEO
            # 03, intent expressed); the condition is what it is offered for, as a threat's is
            modality = "asserted"
        date, date_expr = event_date(ctx.ann, sent, d.mod.chain[0] if d.mod.chain else d.token, d.token, speech)
        if date_expr is None and _unnamed_many(d):
            continue  # "many people spoke up for Taiwan", "others gave in": an aggregate, no one act told
        if d.noun and _definite(d.token) and not _dated_phrase(ctx, d.token) and not _ordered(d.token):
            # "the detention", "its blockade": a definite noun refers to an act the reader knows of,
            # told before; unless its own phrase dates it ("the attack on Monday"), neither the
            # publication day nor the date of the clause that mentions it is its date
            date = None
        if date is None:
            date_expr = None
        published = ctx.ann.document.published
        if (date_expr is not None and date and published and _first_day(date) > published[:10]
                and modality in ("asserted", "reported") and d.type not in SAID_ACTS):
            # "travels on Friday to Jakarta", "a march is planned for Saturday": a day still ahead of
            # the news tells a schedule; nothing told happens after its report
            modality = "planned"
        gap = years_before(date, ctx.ann.document.published) if date_expr is not None else None
        if gap is not None and modality in ("asserted", "reported") and (
                gap >= lex.rules.historical_years or (date_expr is not None and _background_date(date, published)
                                                      and _YEAR.search(date_expr.text) is not None
                                                      and _in_own_clause(d.token, date_expr.start))):
            modality = "historical"
        attribution = as_objects(covering(ctx.attributions, d.token.idx)) if ctx.attributions else []
        if not attribution and (ctx.attributions is None or "reported" in d.mod.cues):
            # no claims stage, or it missed a reporting verb the modality rules saw
            attribution = fallback(d.mod.chain, d.token, lex.rules, ctx.index)
        attribution = attribution or d.attribution
        if attribution and modality == "asserted":
            modality = "reported"
        clause = d.mod.chain[0] if d.mod.chain else d.token
        trigger, event_text = _trigger_span(d)
        size: dict[str, int | None] = {"dead": None, "injured": None, "arrested": None}
        if d.type in ("ASSAULT", "COERCE"):
            size = event_size(clause, lex.rules)
        mode = refine_mode(d.mode, d.type, clause, lex.rules)
        context = [mode] if d.type == "AID" and mode in ("military", "economic", "humanitarian") else []
        loc = event_location(sent, ctx.places, clause, [*d.actor, *d.recipient],
                             d.recipient if d.mode == "visit" else None)
        actors, recipients = _counterparts(
            _own_forces(d, _speaking_authority(d, _first_person_speaker(_actors(d, loc, ctx), attribution),
                                               attribution), attribution),
            _recipients(d, loc, ctx))
        events.append(Event(
            id=event_id(doc_id, sidx, trigger["start"], trigger["end"], d.type),
            doc_id=doc_id,
            date=date,
            event=d.type,
            mode=mode,
            context=context,
            actor=actors,
            recipient=recipients,
            event_text=event_text,
            event_loc=loc,
            size=size,
            # date_text: the words that date the event; null when it takes the publication date
            text_info={"sentence": sidx, "start": sent.start_char, "end": sent.end_char, "text": sent.text,
                       "date_text": None if date_expr is None else
                       {"text": date_expr.text, "start": date_expr.start, "end": date_expr.end,
                        "statement": statement_date(date_expr, sent, clause, speech),
                        **({"before": True} if dated_after(date_expr, sent, clause) else {})},
                       # undated and told in the perfect ("has asked ASEAN to ..."): an act of some
                       # days before, not of the publication day
                       **({"perfect": True} if date_expr is None and date is not None and _perfect(clause)
                          else {})},
            cameo=d.cameo,
            modality=modality,
            attribution=attribution,
            confidence=confidence(d.strong, d.noun, d.actor, d.recipient, d.extra_words, d.derived,
                                  typical_actor(d, lex.rules), main_clause(d), d.rule.startswith("cameo:"),
                                  not d.noun and not d.derived and d.token.dep_ in ("acl", "relcl")),
            coder={"rule": d.rule, "version": PIPELINE_VERSION, **_new_act(d), **_within_told(d, lex)},
            trigger=trigger,
        ))
    return one_per_act(events)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _dated_phrase(ctx: SentenceContext, token: Any) -> bool:
    """Whether a date expression lies inside the noun's own phrase, or in the clause that tells the act
    took place ("the handover took place on Monday", "the arrests happened overnight")."""
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    if token.dep_ == "nsubj" and (token.head.lemma_.lower() in OCCURRING or (
            token.head.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                        for c in token.head.children))):
        lo, hi = token.head.left_edge.idx, token.head.right_edge.idx + len(token.head.right_edge.text)
    return any(lo <= d.start < hi and d.value for d in ctx.ann.dates)


#: verbs that tell that an act happened: their subject noun is the act, dated by their clause
OCCURRING = frozenset({"happen", "occur", "unfold"})


def _definite(token: Any) -> bool:
    """A noun with a definite determiner or a possessor ("the attack", "Malaysia's detention")."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in token.children)


def _is_counterpart(p: dict[str, Any]) -> bool:
    words = str(p.get("entity_text") or "").lower().split()
    return bool(words) and (words[-1] in ("counterpart", "counterparts") or words[-2:] in (
        ["opposite", "number"], ["opposite", "numbers"]))


def _counterparts(actors: list[dict[str, Any]], recipients: list[dict[str, Any]]
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A counterpart holds the other side's office ("Greek police ... their Turkish counterparts"
    are police, "the defence minister and his counterpart" a minister): it takes the sector of
    the party on the other side of the act, where that side names one sector."""
    def fix(side: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[dict[str, Any]]:
        sectors = {p.get("sector") for p in other if p.get("sector")}
        if len(sectors) != 1:
            return side
        sector = next(iter(sectors))
        return [{**p, "sector": sector} if _is_counterpart(p) and p.get("code") else p for p in side]
    return fix(actors, recipients), fix(recipients, actors)


#: acts of a state's authorities that the passive often tells without naming them
AUTHORITIES_ACT = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def _actors(d: Draft, loc: dict[str, Any] | None, ctx: SentenceContext) -> list[dict[str, Any]]:
    """The draft's actors; for an arrest, a charge, an investigation or an expulsion told in the
    passive with no one named ("was arrested in Peru", "was put under investigation in Italy"),
    the authorities of the country where it happened (PLOVER/ICEWS practice)."""
    code = loc.get("code") if loc is not None else None
    state = isinstance(code, str) and len(code) == 3 and code.isupper()
    if (d.type == "PROTEST" or (d.type == "ASSAULT" and d.actor and all(
            p.entity is None or p.entity.sector in (None, "CVL") for p in d.actor))) and d.actor and state \
            and not any(p.code for p in d.actor) and not any(
            p.token.lower_ in FIRST_PERSON or p.token.tag_ == "PRP" for p in d.actor):
        # protesters named only by who they are ("pensioners marched outside parliament in Lima"):
        # the people of the country where they protest (CAMEO codes a domestic protest's doers by
        # their country)
        return [{**p.to_json(), "code": code} for p in d.actor]
    if d.actor and state and loc is not None and _in_clause(d, loc) and not _offshore(d, loc) and all(
            p.entity is not None and not p.code and p.entity.sector in STATELESS_ARMED and p.token.tag_ != "PRP"
            for p in d.actor):
        # armed men named by no state or group of their own ("gunmen ambushed a patrol in Zamfara",
        # "jihadist fighters overran an army post in Burkina Faso's Sahel region"): the armed groups
        # of the country where they act (CAMEO codes rebels and militias by their country, as ICEWS
        # codes "Militant (Somalia)")
        return [{**p.to_json(), "code": code} for p in d.actor]
    if not d.actor and d.type in ("RETREAT", "SANCTION") and d.mode == "withdraw":
        # "Chadian troops were withdrawn from the border town": forces pulled back are their own
        # state's (CAMEO 0872), the doer where no "by" names another; so is an envoy recalled
        # ("Serbia's ambassador was recalled to Belgrade": only the sending state recalls, CAMEO 161)
        clause = d.mod.chain[0] if d.mod.chain else d.token
        subj = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        forces = ctx.index.containing(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
        if forces is not None and forces.code and forces.sector in (
                ("MIL", "COP") if d.type == "RETREAT" else ("GOV",)):
            return [{**forces.as_party(), "sector": "GOV"}] if d.type == "SANCTION" else [forces.as_party()]
    if d.actor or d.type not in AUTHORITIES_ACT or loc is None:
        return [p.to_json() for p in d.actor]
    clause = d.mod.chain[0] if d.mod.chain else d.token
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    code = loc.get("code")
    if not passive or not (isinstance(code, str) and len(code) == 3 and code.isupper()):
        return []
    place = next((e for e in ctx.places if e.start == loc["start"] and e.end == loc["end"]), None)
    return [place.as_party()] if place is not None else []


#: sectors of armed men with no state of their own named: rebels, insurgents, gunmen
STATELESS_ARMED = frozenset({"REB", "UAF", "INS"})
#: sectors of armed parties on the receiving end that a place codes where nothing else does: a
#: state's soldiers and police, and the rebels or gunmen of that state
ARMED_RECIPIENTS = frozenset({"MIL", "COP", "REB", "UAF", "INS"})


def _in_clause(d: Draft, loc: dict[str, Any] | None) -> bool:
    """The event's place is told in the trigger's own clause ("ambushed a patrol *in Zamfara*"), not
    only elsewhere in the sentence."""
    if loc is None or not isinstance(loc.get("start"), int):
        return False
    clause = d.mod.chain[0] if d.mod.chain else d.token
    span = d.token.doc.char_span(loc["start"], loc["end"], alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head  # the first verb above the place: the clause it is told in
    return t.i in (clause.i, d.token.i)


def _first_day(value: str) -> str:
    """The first day an ISO date, week ("2026-W50") or month ("2026-12") covers, as YYYY-MM-DD; ""
    for anything else (a year, a duration: nothing to compare)."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        try:
            return _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
        except ValueError:
            return ""
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value + "-01"
    return ""


#: acts done by saying something: a day ahead in what is said ("said they would block the road on
#: Friday") is the content's, and the saying happened
SAID_ACTS = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT"})


def _speaking_authority(d: Draft, actor: list[dict[str, Any]], attribution: list[dict[str, Any]]
                        ) -> list[dict[str, Any]]:
    """"Police said 22 people had been arrested": an arrest, charge or expulsion told in the passive
    with no one named (``_actors`` gives the authorities of the place, or no one) is the act of the
    state organ that tells it, where one does (only authorities arrest; CAMEO codes the arresting
    organ); not a speaker from outside the state (a rights group, a relative), nor a government or an
    embassy (which tell as often of their own nationals arrested abroad)."""
    if d.actor or d.type not in AUTHORITIES_ACT or any(
            p.get("sector") for p in actor) or any(a.get("entity_text") == p.get("entity_text")
                                                  for a in attribution for p in actor):
        return actor
    clause = d.mod.chain[0] if d.mod.chain else d.token
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return actor
    # a government, an embassy or a ministry often tells of its own people arrested abroad; its
    # police, army, intelligence service or prosecutors tell of their own arrests
    organs = [{k: v for k, v in a.items() if k != "cue"} for a in attribution
              if a.get("sector") in SPEAKING_ORGANS]
    codes = {p.get("code") for p in actor if p.get("code")}
    if len(organs) == 1 and (not codes or organs[0].get("code") in codes or not organs[0].get("code")):
        organ = organs[0]
        if not organ.get("code") and len(codes) == 1:
            organ = {**organ, "code": next(iter(codes))}  # "police said ... detained in Lagos": Nigeria's
        if organ.get("sector") not in ARRESTING:
            # a ministry or prosecutors that announce it speak for the state; which of its organs made
            # the arrest is not told
            organ = {**organ, "sector": None}
        return [organ]
    return actor


#: acts a state's forces do on its own orders, which its defence ministry or army announces
OWN_FORCE_ACTS = frozenset({"MOBILIZE", "RETREAT", "COOPERATE"})
#: words that make a speaker a state's military voice: "the defence ministry", "the army's spokesman"
MILITARY_VOICES = frozenset({"defence", "defense", "army", "military", "navy", "armed", "forces", "pentagon"})


def _own_forces(d: Draft, actor: list[dict[str, Any]], attribution: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Some 12,000 troops began manoeuvres near the border, the Russian defence ministry said": forces
    named by no state, deployed, drilled or pulled back as a state's defence ministry or army tells, are
    that state's (a military announces its own moves; an enemy's it names)."""
    if d.type not in OWN_FORCE_ACTS or not actor or any(p.get("code") for p in actor) or not all(
            p.get("sector") == "MIL" for p in actor):
        return actor
    voices = {a.get("code") for a in attribution if a.get("code") and a.get("sector") in ("GOV", "MIL") and any(
        w in MILITARY_VOICES for w in str(a.get("entity_text", "")).lower().replace("'s", "").split())}
    if len(voices) != 1:
        return actor
    code = next(iter(voices))
    return [{**p, "code": code} for p in actor]


#: the state organs whose word on an arrest or a charge tells who made it
SPEAKING_ORGANS = frozenset({"COP", "MIL", "SPY", "JUD"})
#: the organs that make arrests themselves
ARRESTING = frozenset({"COP", "MIL", "SPY"})


#: first-person pronouns: in what a source says, its own voice
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})


def _first_person_speaker(actor: list[dict[str, Any]], attribution: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"I urge the Taliban to ...", he said; "We have consistently urged the authorities to ...":
    a first-person doer in what a source says is that source (the attribution's, where it is coded)."""
    if not actor or any(p.get("code") for p in actor) or not all(
            str(p.get("entity_text") or "").lower() in FIRST_PERSON for p in actor):
        return actor
    speakers = [{k: v for k, v in a.items() if k != "cue"} for a in attribution if a.get("code")]
    return speakers[:1] or actor


def _opposed(d: Draft, ctx: SentenceContext) -> Entity | None:
    """The first actor (not a place) named in the protest's clause with a code other than the
    protesters' own, or their own state's government or another organ of it ("nurses walked off
    the job in a dispute with the government"): whom the protest opposes."""
    own = {p.code for p in d.actor if p.code}
    own_sectors = {p.entity.sector for p in d.actor if p.entity is not None}
    clause = d.mod.chain[0] if d.mod.chain else d.token
    sub = list(clause.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    taken = {(p.start, p.end) for p in d.actor}
    for e in sorted(ctx.index.within(start, end), key=lambda e: e.start):
        if not (e.code and e.kind == "actor" and (e.start, e.end) not in taken):
            continue
        if e.code not in own or (e.sector in STATE_ORGANS and e.sector not in own_sectors):
            return e
    return None


#: organs of a state that its own people protest against
STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})


def _named_inside(recipient: list[Party], ctx: SentenceContext, skip: set[tuple[int, int]]) -> Entity | None:
    """The first coded actor or place named inside an uncoded recipient phrase (its modifiers and
    prepositional phrases), other than the actor's own spans."""
    for p in recipient:
        if p.code:
            continue
        sub = list(p.token.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        for e in sorted(ctx.index.within(start, end), key=lambda e: e.start):
            span = p.token.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() in HAND_WEAPONS:
                continue  # "a refinery with long-range drones": the means named, not a party
            if span is not None and _at_sea(span.root, p.token):
                continue  # "a tanker 80 nautical miles east of the Omani port": where, at sea; no party
            if e.code and (e.start, e.end) not in skip and not (e.start <= p.start and p.end <= e.end):
                return e
    return None


def one_per_act(events: list[Event]) -> list[Event]:
    """One event per act in a sentence: events of the same type and modality with the same coded
    actors and recipients are one act told twice ("attacked the base; the attack on the base ..."),
    and so is one that names no actor beside one that does, with the same coded recipients. The one
    that names more of its sides is kept, else the most confident, in text order."""
    def codes(parties: list[dict[str, Any]]) -> frozenset[str]:
        return frozenset(p["code"] for p in parties if p.get("code"))

    def rank(e: Event) -> tuple[int, float]:
        # the telling that names both sides ("was struck ... by missiles launched by X") over one that
        # names one ("missiles launched by X"), then the more confident
        return bool(e.actor) + bool(e.recipient), e.confidence

    best: dict[tuple[object, ...], Event] = {}
    for e in events:
        key = (e.event, e.modality, codes(e.actor), codes(e.recipient))
        if key not in best or rank(e) > rank(best[key]):
            best[key] = e
    out: list[Event] = []
    for e in events:
        kept = best.get((e.event, e.modality, codes(e.actor), codes(e.recipient)))
        if kept is not e and not (
                # "detained 1,200 migrants and deported them", "declared an emergency and imposed a
                # curfew": coercion of another kind is another act (CAMEO 173, 174, 1722, 1724)
                e.event in KINDS_APART and e.mode and kept is not None and kept.mode and e.mode != kept.mode
                and {e.mode, kept.mode} not in ONE_ACT_KINDS
                and not any(o.mode == e.mode and o.event == e.event for o in out)):
            continue
        told = not codes(e.actor) and codes(e.recipient) and any(
            o.event == e.event and o.modality == e.modality and codes(o.actor)
            and codes(o.recipient) == codes(e.recipient) for o in events)
        # "intercepted 19 boats and detained 600 people": the seizure of craft with no coded owner
        # beside the arrest of coded people by the same doer is one raid (``ONE_ACT_KINDS``)
        raid = not codes(e.recipient) and any(
            o is not e and o.event == e.event and o.modality == e.modality and codes(o.actor) == codes(e.actor)
            and codes(o.recipient) and {e.mode, o.mode} in ONE_ACT_KINDS for o in events)
        if not told and not raid:
            out.append(e)
    return out


#: types whose modes are acts of different kinds, each coded where one sentence tells two
KINDS_APART = frozenset({"COERCE"})
#: kinds one act is told with ("arrested the crew and seized the boat": CAMEO 173 and 171, one raid)
ONE_ACT_KINDS: tuple[set[str], ...] = ({"arrest", "seize"},)
#: types whose target, where the sentence names no one and no place, is the actor's own country
DOMESTIC = frozenset({"CONCEDE", "COERCE", "REJECT", "PROTEST"})
#: types whose target, where the sentence names none, is the country where they happen (a protest
#: in Serbia, troops on alert in the West Bank, an emergency lifted in Darfur): PLOVER/ICEWS practice
PLACE_TARGETED = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "CONCEDE", "AID"})
#: verbs of consulting whose object is the topic: "discussed tariffs", "reviewed the accord"
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "address", "consider", "examine"})
#: what a promise of material aid does (CAMEO 033): where the sentence names no one on the other
#: side, the country where it is to be done is its target when that is not the promiser's own ("offered
#: to pay for clinics in the Gambia"); one to build schools at home, or to sign a deal in a third
#: country, is aimed at no one there
AID_CONTENT_VERBS = frozenset({"pay", "fund", "finance", "build", "rebuild", "reconstruct", "repair", "restore",
                               "send", "provide", "supply", "donate", "ship", "deliver", "airlift", "equip",
                               "train"})


def _promises_aid(tok: Token) -> bool:
    """The commitment ``tok`` governs an act of material aid ("offered to pay for ...", "pledged to
    rebuild ..."), or is one ("pledged 50 million dollars")."""
    if tok.lemma_.lower() in AID_CONTENT_VERBS:
        return True
    for c in tok.children:
        # "pledged to rebuild", "committed 800 million crowns to rebuilding": the verb, or a
        # gerund after "to"
        acts = [c] if c.dep_ in ("xcomp", "advcl", "ccomp") else [
            g for g in c.children if g.dep_ == "pcomp"] if c.dep_ == "prep" and c.lower_ == "to" else []
        if any(a.lemma_.lower() in AID_CONTENT_VERBS for a in acts):
            return True
    return False


_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
_PERSONAL = frozenset({"them", "him", "her", "us", "me", "you"})


def _not_the_actor(out: list[dict[str, Any]], d: Draft) -> list[dict[str, Any]]:
    """Recipients that are not the actor itself: not the very mention that fills the actor slot (a
    source and a target are two parties), and not a possessive pronoun pointing back to the actor
    ("recalled *its* ambassador", "spoke with *his* counterpart": the owner of what is acted on,
    not its target)."""
    actors = [p.to_json() for p in d.actor]
    spans = {(a.get("start"), a.get("end")) for a in actors}
    codes = {a.get("code") for a in actors if a.get("code")}
    # "her" is also an object ("accused her of ..."): only a possessive owns what is acted on
    objects: set[tuple[int, int]] = set()
    for p in d.recipient:
        e = p.entity
        if e is None:
            continue
        word = p.token.doc.char_span(e.start, e.end)
        if word is not None and word.root.dep_ != "poss":
            objects.add((e.start, e.end))
    # a mention inside the actor's own phrase ("relatives of the missing soldiers") is not its target
    inside = [(a["start"], a["end"]) for a in actors if a.get("start") is not None and a.get("end") is not None]
    return [r for r in out
            if (r.get("start"), r.get("end")) not in spans
            and not (r.get("start") is not None and r.get("end") is not None
                     and any(a <= r["start"] and r["end"] <= b for a, b in inside))
            and not ((r.get("entity_text") or "").lower() in _POSSESSIVES
                     and (r.get("start"), r.get("end")) not in objects
                     and (r.get("code") is None or (r.get("code") in codes and not _other_people(r, actors))))]


def _other_people(r: dict[str, Any], actors: list[dict[str, Any]]) -> bool:
    """The possessive stands for people of the actor's state, not the actor: "the government accepted
    *their* demand" after "dock workers had halted traffic" (the workers' demand, aimed at them)."""
    return r.get("sector") in PEOPLE and r.get("sector") not in {a.get("sector") for a in actors}


def _recipients(d: Draft, loc: dict[str, Any] | None, ctx: SentenceContext) -> list[dict[str, Any]]:
    """The draft's recipients; where none maps to a coded actor, the nearest coded actor its trigger
    governs (``named_in_complement``), else, for a material event with no recipient phrase at all,
    the country of its place. Never the actor's own mention (``_not_the_actor``), except where
    PLOVER practice makes the actor's country the target of a domestic act (below)."""
    if not d.actor and d.type == "SANCTION" and d.mode == "withdraw":
        # "Serbia's ambassador to Prague was recalled": the envoy is the sending state's (``_actors``),
        # the state it was posted to is the one the recall is aimed at
        clause = d.mod.chain[0] if d.mod.chain else d.token
        envoy = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if envoy is not None:
            posts = [o for p in envoy.children if p.dep_ == "prep" and p.lower_ in ("to", "in")
                     for o in p.children if o.dep_ == "pobj"]
            hosts = [ctx.index.containing(o.idx, o.idx + len(o.text)) for o in posts]
            return [h.as_party() for h in hosts if h is not None and h.code]
    out = _not_the_actor(_named_recipients(d, loc, ctx), d)
    # people on the other side: a coded actor, a plural noun, or a pronoun for people ("dispersed
    # *them*", "detained *him*")
    people = any(p.resolved or p.token.tag_ in ("NNS", "NNPS") or p.token.lower_ in _PERSONAL
                 for p in d.recipient)
    # a ship or a plane seized or held is as often another state's, flying its flag (CAMEO 171)
    craft = ctx.lexicon.rules.classes.get("craft", frozenset())
    foreign_craft = d.type == "COERCE" and (any(lemma_forms(p.token) & craft for p in d.recipient) or any(
        lemma_forms(d.token.doc[i]) & craft for i in d.consumed))  # "took control of the vessel"
    code = loc.get("code") if loc is not None else None
    if d.type in ("ASSAULT", "COERCE") and isinstance(code, str) and len(code) == 3 and code.isupper() \
            and loc is not None and _in_clause(d, loc) and not _offshore(d, loc):
        # "killing two police officers in Kaduna state": soldiers, police or gunmen named by no state,
        # attacked or seized in a country, are that country's (as armed doers are, above)
        out = [{**r, "code": code} if not r.get("code") and r.get("sector") in ARMED_RECIPIENTS else r for r in out]
    if not any(p.get("code") for p in out) and not people and not foreign_craft and d.type in DOMESTIC:
        # a concession, restriction, refusal or protest with no one on the other side (no actor, no
        # group of people: "lifted the curfew", not "arrested six activists") is aimed at the actor's
        # own country (PLOVER/ICEWS practice: "the government lifted the curfew")
        home = next((p for p in d.actor if p.code and len(p.code) == 3 and p.code.isupper()), None)
        if home is not None:
            out.append({**home.to_json(), "sector": None})
    return out


def _named_recipients(d: Draft, loc: dict[str, Any] | None, ctx: SentenceContext) -> list[dict[str, Any]]:
    """The recipients the sentence names (see ``_recipients``)."""
    own = {p.code for p in d.actor if p.code}

    def own_doer(p: Party) -> bool:
        # "the minister warned that Jakarta could halt exports to China": the warned clause's subject
        # of the speaker's own side does the threatened act; where the clause names another party,
        # that party is the one threatened (else the own side is: "police will no longer tolerate")
        if not (d.type == "THREATEN" and p.code in own and p.token.dep_ == "nsubj" and p.token.head.dep_ == "ccomp"):
            return False
        clause = list(p.token.head.subtree)
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
        return any(e.code and e.code not in own for e in ctx.index.within(start, end))

    named = [p for p in d.recipient if not own_doer(p)]
    out = _not_the_actor([p.to_json() for p in named], d)
    if d.type == "CONSULT" and d.mode == "visit":
        # "visited Reykjavik for talks with Iceland's prime minister": whom the visit meets, beside
        # the place visited
        for purpose in d.token.children:
            # "flew to Phnom Penh to confer with his Cambodian opposite number", "... to meet X"
            if purpose.dep_ not in ("advcl", "xcomp") or not any(a.tag_ == "TO" for a in purpose.children) \
                    or purpose.lemma_.lower() not in ("meet", "confer", "talk", "hold", "discuss", "consult"):
                continue
            objs = [o for o in purpose.children if o.dep_ == "dobj" and purpose.lemma_.lower() in ("meet", "consult")]
            objs += [o for w in purpose.children if w.dep_ == "prep" and w.lower_ == "with"
                     for o in w.children if o.dep_ == "pobj"]
            for o in objs:
                e = ctx.index.containing(o.idx, o.idx + len(o.text))
                if e is not None and e.code and not any(
                        r.get("start") == e.start and r.get("end") == e.end for r in out):
                    out.append(e.as_party())
        for prep in d.token.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                for w in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for o in (g for g in w.children if g.dep_ == "pobj"):
                        e = ctx.index.containing(o.idx, o.idx + len(o.text))
                        if e is not None and e.code and not any(
                                r.get("start") == e.start and r.get("end") == e.end for r in out):
                            out.append(e.as_party())
    if d.type == "PROTEST" and not any(p.code and p.entity is not None and p.entity.kind == "actor"
                                       for p in d.recipient):
        opposed = _opposed(d, ctx)
        if opposed is not None:
            # "blocked a road to show their disapproval of U.S. policy", "in defiance of Chinese
            # authorities": a protest is aimed at the other actor it names, not at where it happens
            return [opposed.as_party()]
    if any(r.get("code") for r in out):
        return out
    skip = {(p.start, p.end) for p in d.actor}
    if d.type == "MOBILIZE":
        # the forces moved are the doer's means, never its target ("deployed 600 soldiers to the
        # islands": whom they are sent against or where, not the soldiers)
        for t in (x for i in d.consumed for x in (d.token.doc[i], *d.token.doc[i].conjuncts)):
            moved = ctx.index.containing(t.idx, t.idx + len(t.text))  # "troops and warships"
            if moved is not None:
                skip.add((moved.start, moved.end))
    inner = _named_inside(d.recipient, ctx, skip)
    if inner:
        # "a camp for Congolese refugees was attacked", "a village in western Cambodia": the
        # recipient phrase names its country inside it
        return [*out, inner.as_party()]
    receiver = _receiver(d) if d.type == "AID" else None
    if receiver is not None:
        e = ctx.index.containing(receiver.idx, receiver.idx + len(receiver.text))
        if e is not None and e.code and (e.start, e.end) not in skip:
            # "Jordan's army took delivery of 60 carriers donated by Germany": who received the gift
            return [*out, e.as_party()]
    # what is discussed is a topic, not a party ("discussed American tariffs in a call"): a
    # consultation's other side is named as whom it is with
    topic = d.type == "CONSULT" and d.token.lemma_.lower() in TOPIC_VERBS
    mine = frozenset(p.code for p in d.actor if p.code)
    if d.type == "CONSULT" and len(mine) >= 2:
        # "the ministers of Chile and Peru met to coordinate their response to Bolivia": a joint
        # meeting's sides are its actors (as PLOVER codes joint acts); what it is about is no side
        found = []
    elif topic:  # only the meeting it was discussed in ("in a phone call with X") names the other side
        found = next((f for c in d.token.subtree if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in MEETING_NOUNS
                      for f in [named_in_complement(o, ctx.index, skip, own=mine)] if f), [])
    else:
        found = named_in_complement(d.token, ctx.index, skip, own=mine)
    if found:
        return out + [p.to_json() for p in found]
    code = loc.get("code") if loc is not None else None
    state = isinstance(code, str) and len(code) == 3 and code.isupper()
    # nothing coded on the other side, and no people: the target is the country where it happens
    # ("stormed a hotel in Mogadishu", "shelled villages near the border in Sudan")
    places = frozenset().union(*(ctx.lexicon.rules.classes.get(c, frozenset())
                                 for c in ("held_places", "facilities", "areas")))
    things = not any(p.get("code") for p in out) and not any(
        p.resolved or (p.token.tag_ in ("NNS", "NNPS") and p.token.lemma_.lower() not in places)
        or p.token.lower_ in _PERSONAL for p in d.recipient)
    abroad = d.type == "AGREE" and state and code not in {p.code for p in d.actor} and _promises_aid(d.token)
    if d.type == "AID" and not any(p.get("code") for p in out) and state:
        # relief for uncoded people ("water to 40,000 people in the camps around Goma", "food for
        # families displaced in eastern Congo") goes to the country where they are (CAMEO 07)
        things = True
    if things and (d.type in PLACE_TARGETED or abroad) and loc is not None and state and not _offshore(d, loc):
        place = next((e for e in ctx.places if e.start == loc["start"] and e.end == loc["end"]), None)
        if place is not None:
            out.append(place.as_party())
    return out


#: words of a place told from the sea: off a coast, or nautical miles from a port
OFFSHORE = frozenset({"off", "offshore", "nautical"})


def _offshore(d: Draft, loc: dict[str, Any]) -> bool:
    """The act's place is told as a bearing from a coast or a port ("hijacked a trawler off the coast
    of Yemen", "seized a tanker 80 nautical miles east of Duqm"): at sea, not in the state, so the
    state is not what was acted on (as "stormed a hotel in Mogadishu" acts on Somalia)."""
    span = d.token.doc.char_span(loc["start"], loc["end"], alignment_mode="expand")
    return span is not None and _at_sea(span.root, None)


def _at_sea(t: Token, stop: Token | None) -> bool:
    """Climbing from ``t`` (up to ``stop``, or a verb), the place is told from the sea: "off" a coast,
    "offshore", "nautical miles" from it."""
    for _ in range(6):
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") or (stop is not None and t.i == stop.i):
            return False
        t = t.head
        if t.lower_ in OFFSHORE or any(c.lower_ in OFFSHORE for c in t.children if c.dep_ == "amod"):
            return True
    return False


#: verbs of getting what is given: their subject is the recipient of a gift told by a participle
#: on the thing ("received 50 ambulances donated by Japan", "took delivery of tanks supplied by ...")
RECEIVING_VERBS = frozenset({"receive", "get", "accept", "obtain", "take", "welcome", "acquire"})


def _receiver(d: Draft) -> Token | None:
    """The subject of the verb that receives the thing an aid participle describes: "Iraq's army
    took delivery of 20 tanks donated by Poland", "Kenya received ambulances donated by Japan"."""
    tok = d.token
    if d.noun or tok.dep_ != "acl":
        return None
    cur = tok.head
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in RECEIVING_VERBS:
                return next((c for c in cur.children if c.dep_ == "nsubj"), None)
            return None
        if cur.dep_ in ("dobj", "nsubjpass") and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.i != cur.head.i:
            cur = cur.head.head  # "delivery of 20 tanks": climb to "delivery", then to "took"
        else:
            return None
    return None


#: verbs that make a threat: an "if" clause on them states the threat's condition
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "caution"})
#: verbs that make an offer or a promise: said, it is made, whatever it is made on condition of
OFFER_VERBS = frozenset({"offer", "propose", "promise", "pledge"})


def _perfect(clause: Token) -> bool:
    """The clause's verb is in the perfect ("has asked", "have been detained", "had sent")."""
    return clause.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lemma_.lower() == "have" for a in clause.children)


def _ordered(noun: Token) -> bool:
    """The noun is what a verb of ordering orders ("the court ordered the release of the former
    prime minister"): the order does the act that day (CAMEO codes ORDER RELEASE as the release),
    though the noun is definite."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ORDER_VERBS


#: quantifiers of an unnamed many ("many people", "more and more people", "some", "others")
MANY = frozenset({"many", "some", "more", "most", "other", "others", "few", "numerous", "countless"})
#: heads of an unnamed many
UNNAMED = frozenset({"people", "person", "other", "others", "some", "many", "most", "few"})


def _unnamed_many(d: Draft) -> bool:
    """The actor is an unnamed many ("many people", "more and more people", "others") and nothing
    dates the act: a tally or a trend of many people's doings, not one act (CAMEO codes an actor's
    act on a day)."""
    # a state the story or the place gives the crowd ("people in Minsk") does not name it
    if not d.actor or any(p.code and not (p.entity is not None and (
            "home_state" in p.entity.extra or "located_in" in p.entity.extra)) for p in d.actor):
        return False
    for p in d.actor:
        t = p.token
        if t.lemma_.lower() not in UNNAMED:
            return False
        quantified = t.lower_ in ("others", "some", "many", "most") or any(
            c.dep_ in ("amod", "det", "nummod") and c.lower_ in MANY for c in t.children)
        if not quantified:
            return False
    return True

