"""Coding one sentence: triggers -> drafts (actor, recipient, modality) -> sentence rules -> events.

Sentence rules, applied in this order after every trigger has a draft:

1. ``content-of-request``: an event inside what a REQUEST or THREATEN demands or threatens
   ("urged Iran *to release* the sailors", "threatened *to ban* voting") is the content of that
   event, not an event of its own; it refines a THREATEN's mode. A noun event inside what is
   rejected or condemned ("rejected calls for aid", "condemned the bombing") likewise.
2. ``vow-to-harm``: a pledge, promise, vow or oath to do harm is a THREATEN, not an AGREE.
3. ``deontic-demand``: "X said Y must/should do Z" is a REQUEST by X of Y (Z is its content).
4. ``intent-to-cooperate`` / ``intent-to-threaten``: an event its own actor commits to ("will
   provide aid", "agreed to set up", "would blockade") is also the act of committing: AGREE for
   cooperation, THREATEN for hostility (PLOVER's reading of CAMEO 03 and 13).
5. Keeping extra events low: a weak trigger is kept only with an actor or recipient that maps to an
   entity; a noun trigger inside a name ("the Security Council") is no trigger.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..config import PIPELINE_VERSION
from ..model import Entity, Event
from .args import EntityIndex, Party, noun_actor, noun_recipient, resolve, verb_actor, verb_recipient
from .details import confidence, event_date, event_location, event_size, refine_mode
from .lexicon import Lexicon, Rules
from .match import find_triggers, is_verb
from .modality import ADJUNCT_PREPS, ModalityResult, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Attribution
    from ..nlp.types import Annotated

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
#: CAMEO code of "express intent to ..." (03x) for each cooperative type
AGREE_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035",
               "RETREAT": "0356"}
#: THREATEN mode and CAMEO code (13x) for each hostile type
THREAT_OF = {"ASSAULT": ("violence", "138"), "MOBILIZE": ("violence", "138"), "SANCTION": ("relations", "131"),
             "COERCE": ("restrict", "132"), "PROTEST": ("restrict", "133")}
#: doers whose violence is a riot (PROTEST riot), not an assault
PROTESTERS = frozenset({"protester", "demonstrator", "rioter", "marcher"})
HARM_VOWS = frozenset({"vow", "swear", "pledge", "promise"})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP", "WORK_OF_ART", "LAW", "EVENT"})


@dataclass
class Draft:
    token: Token
    type: str
    mode: str | None
    cameo: str | None
    rule: str
    strong: bool
    noun: bool
    consumed: tuple[int, ...]
    actor: list[Party]
    recipient: list[Party]
    mod: ModalityResult
    extra_words: int = 0
    derived: bool = False
    dropped: bool = False
    adjunct: bool = False  # a noun event in an adjunct ("amid X's deployment of troops")
    modality: str = "asserted"
    attribution: list[dict[str, Any]] = field(default_factory=list)

    @property
    def governor(self) -> Token | None:
        """The word whose complement holds this event (the clause verb for a noun trigger)."""
        chain = self.mod.chain
        if self.noun:
            return chain[0] if chain and chain[0].i != self.token.i else None
        return chain[1] if len(chain) > 1 else None


@dataclass
class SentenceContext:
    ann: Annotated
    lexicon: Lexicon
    index: EntityIndex
    places: list[Entity]
    attributions: list[Attribution] | None


def _parties(tokens: list[Token], index: EntityIndex) -> list[Party]:
    out: list[Party] = []
    for t in tokens:
        out.extend(resolve(t, index))
    return out


def _in_name(tok: Token, index: EntityIndex) -> bool:
    e = index.containing(tok.idx, tok.idx + len(tok.text))
    return e is not None and e.label in NAME_LABELS and (e.end - e.start) > len(tok.text)


def draft_triggers(sent: Span, ctx: SentenceContext) -> list[Draft]:
    lex = ctx.lexicon
    published = ctx.ann.document.published
    drafts: list[Draft] = []
    for trig in find_triggers(sent, lex):
        tok, entry = trig.token, trig.entry
        noun = trig.pos == "N"
        if noun and (_in_name(tok, ctx.index) or tok.dep_ == "compound"):
            continue  # "the Security Council", "aid convoys": a name or a modifier, not an event
        if not noun and tok.dep_ in ("amod", "compound"):
            continue  # "his long-threatened invasion", "visiting King Abdullah"
        if not noun and not entry.strong and tok.dep_ == "acl" and tok.tag_ == "VBN":
            continue  # "militiamen armed with machetes": a weak participle describes, it reports no act
        if noun:
            # "the Kenyan deployment of police": a coded nationality or name among the modifiers first
            own = [p for p in resolve(tok, ctx.index, frozenset(trig.consumed)) if p.code and p.token.i == tok.i]
            actor = own or _parties(noun_actor(tok, entry, lex, trig.consumed), ctx.index)
            recipient = _parties(noun_recipient(tok, entry, lex, trig.consumed), ctx.index)
            if not any(p.code for p in actor) and "between" in entry.recipient and len(recipient) > 1:
                actor, recipient = recipient, []  # "cooperation between X and Y": both act
        else:
            actor = _parties(verb_actor(tok), ctx.index)
            if actor and not any(p.resolved for p in actor):
                actor = _speaker_for_pronoun(actor[0].token, ctx) or actor
            recipient = _parties(verb_recipient(tok, entry, trig.consumed), ctx.index)
        taken = {(p.start, p.end) for p in actor}
        recipient = [p for p in recipient if (p.start, p.end) not in taken]
        mod = modality_of(tok, lex.rules, published)
        drafts.append(Draft(tok, entry.type, entry.mode, entry.cameo, entry.id, entry.strong, noun,
                            trig.consumed, actor, recipient, mod, extra_words=len(entry.words)))
    return drafts


def _speaker_for_pronoun(tok: Token, ctx: SentenceContext) -> list[Party]:
    """A pronoun subject of reported speech refers to the speaker where the annotation resolved no
    antecedent: "Iraq said *it* would allow ...", "the rebels said *they* would meet ..."."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "he", "she", "we"):
        return []
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.lexicon.rules["attribution.speech_verbs"]:
        return []
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return [p for p in resolve(subj, ctx.index) if p.resolved]


def _ancestors(tok: Token) -> list[tuple[Token, str]]:
    """(ancestor, relation of the path's child) up to the root, not leaving a subject or parataxis."""
    out: list[tuple[Token, str]] = []
    cur = tok
    for _ in range(14):
        if cur.head.i == cur.i or cur.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "parataxis"):
            break
        out.append((cur.head, cur.dep_))
        cur = cur.head
    return out


def _embedding(drafts: list[Draft], lex: Lexicon) -> None:
    """Rules for an event inside another event's complement (the first trigger above it).
    Drafts are visited from the top of the tree down, so what is inside dropped content is dropped."""
    by_token = {d.token.i: d for d in drafts}
    request_lemmas = lex.rules["governors.content_of_request"]
    for d in sorted(drafts, key=lambda x: len(_ancestors(x.token))):
        if d.derived:
            continue
        adjunct = False
        for anc, rel in _ancestors(d.token):
            if anc.pos_ == "ADP" and anc.lower_ in ADJUNCT_PREPS:
                adjunct = True
            gd = by_token.get(anc.i)
            if gd is None:
                if is_verb(anc) and anc.lemma_.lower() in request_lemmas and rel in ("xcomp", "ccomp"):
                    d.dropped = True
                    break
                continue
            if gd.dropped and not gd.noun:
                d.dropped = True  # inside content that is not coded
            elif gd.type in ("REQUEST", "THREATEN") or anc.lemma_.lower() in request_lemmas:
                d.dropped = True  # the content of a demand or threat
                if gd.type == "THREATEN" and gd.mode is None and d.type in THREAT_OF:
                    gd.mode = THREAT_OF[d.type][0]
                if not gd.recipient:  # who is asked to act, or threatened with the act
                    gd.recipient = d.actor if gd.type == "REQUEST" else d.recipient
            elif gd.type == "REJECT":
                # "refused to meet": the refused act, negated; deeper content of a rejection is not coded
                if d.noun or d.token.head.i != anc.i or rel not in ("xcomp", "ccomp"):
                    d.dropped = True
            elif gd.type == "ACCUSE":
                if d.noun:
                    d.dropped = True
                else:  # "condemned Russia for violating ...": the accuser's allegation
                    d.mod.cues.setdefault("reported", anc)
                    if d.mod.modality == "asserted":
                        d.mod.modality = "reported"
                    d.attribution = [{**p.to_json(), "cue": anc.text} for p in gd.actor]
            elif gd.type == "PROTEST" and rel in ("dobj", "pobj", "prep", "pcomp", "acl", "ccomp"):
                d.dropped = True  # "protested the decision of sending troops": what is protested
            elif gd.type in HOSTILE and d.type == "REQUEST":
                d.dropped = True  # "blocked roads to demand reforms": the action's aim
            elif d.noun and rel == "dobj" and not gd.noun and gd.extra_words == 0 and not gd.strong \
                    and anc.lemma_.lower() in lex.rules["light_verbs.lemmas"]:
                # "committed widespread rape": a weak light verb gives its event to its object
                gd.dropped = True
            elif d.noun and not adjunct and not gd.noun:
                # "condemned the attack", "agreed to US mediation": the verb's event covers the noun
                d.dropped = True
                if gd.type == d.type and not gd.recipient:
                    gd.recipient = d.recipient
            break
        if d.noun and adjunct and not d.dropped:
            d.adjunct = True


def _vow_to_harm(drafts: list[Draft]) -> None:
    by_token = {d.token.i: d for d in drafts}
    for d in drafts:
        g = d.governor
        gd = by_token.get(g.i) if g is not None else None
        if gd is not None and gd.type == "AGREE" and g is not None and g.lemma_.lower() in HARM_VOWS \
                and d.type in THREAT_OF:
            gd.type, (gd.mode, gd.cameo) = "THREATEN", THREAT_OF[d.type]
            gd.rule = f"{gd.rule}+vow-to-harm"


def _deontic_demands(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    rules = ctx.lexicon.rules
    new: list[Draft] = []
    for tok in sent:
        if tok.lower_ not in ("must", "should") or tok.dep_ != "aux":
            continue
        clause = tok.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in rules["attribution.speech_verbs"]:
            continue
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        target = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or target is None:
            continue
        actor, recipient = resolve(subj, ctx.index), resolve(target, ctx.index)
        if not any(p.resolved for p in actor):
            continue
        for d in drafts:
            if d.token.i == clause.i or (d.noun and d.mod.chain and d.mod.chain[0].i == clause.i):
                d.dropped = True
        mod = ModalityResult("asserted", {}, None, [tok, speech])
        new.append(Draft(tok, "REQUEST", None, "100", "rule:deontic-demand", True, False, (speech.i, clause.i),
                         actor, recipient, mod, derived=True))
    return new


REJECT_CAMEO = {"AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122",
                "CONCEDE": "124", "RETREAT": "124"}
REFUSALS = frozenset({"fail", "refuse", "decline", "reject"})


def _derived_type(d: Draft, rules: Rules) -> tuple[str, str | None, str | None, str, Token] | None:
    """(type, mode, cameo, rule, cue) of the commitment, threat or refusal ``d`` also expresses."""
    cues = d.mod.cues
    clause = d.mod.chain[0] if d.mod.chain else d.token
    if d.mod.modality == "negated" and (d.type in COOPERATIVE or d.type == "AGREE"):
        neg = cues["negated"]
        committed = "planned" in cues and cues["planned"].lower_ in rules["modality.commitment_cues"]
        if neg.lemma_.lower() in REFUSALS or (committed and neg.head.i == clause.i):
            # "will not accept refugees", "failed to reach agreement": a refusal
            return "REJECT", None, REJECT_CAMEO[d.type], "rule:refusal", neg
        return None
    carried = cues.get("conditional")
    conditional = carried is not None and carried.head.i != clause.i
    cue = d.mod.commitment
    committed = cue is not None and (cue.lemma_.lower() in rules["modality.commitment_cues"]
                                     or cue.lower_ in rules["modality.commitment_cues"])
    if not (committed or conditional) or d.mod.modality not in ("planned", "intended", "conditional"):
        return None
    anchor = cue if committed and cue is not None else d.token
    if d.type in COOPERATIVE:
        return "AGREE", None, AGREE_CAMEO[d.type], "rule:intent-to-cooperate", anchor
    if d.type in THREAT_OF:
        mode, cameo = THREAT_OF[d.type]
        return "THREATEN", mode, cameo, "rule:intent-to-threaten", anchor
    return None


def _intent(drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """Commitments ("will provide aid" -> AGREE), threats ("would blockade", "may halt ... if" ->
    THREATEN) and refusals ("will not accept" -> REJECT) that an event of its own actor expresses."""
    rules = ctx.lexicon.rules
    coded = {(d.token.i, d.type) for d in drafts if not d.dropped}
    governors = {d.token.i: d for d in drafts}
    new: list[Draft] = []
    for d in drafts:
        if d.dropped or d.derived or not any(p.resolved for p in d.actor):
            continue
        derived = _derived_type(d, rules)
        if derived is None:
            continue
        etype, mode, cameo, rule, cue = derived
        gd = governors.get(cue.i)
        if gd is not None and gd.type in ("AGREE", "THREATEN", "REJECT"):
            continue  # "agreed to ...", "refused to ...": the governor is that event already
        if d.type == etype or (cue.i, etype) in coded or (d.token.i, etype) in coded:
            continue
        coded.add((cue.i, etype))
        cues = {k: v for k, v in d.mod.cues.items() if k == "reported"}
        mod = ModalityResult("reported" if cues else "asserted", cues, None, [cue, *d.mod.chain])
        new.append(Draft(cue, etype, mode, cameo, rule, True, False, (d.token.i, *d.consumed), d.actor,
                         d.recipient, mod, derived=True))
    return new


def _retype(drafts: list[Draft], rules: Rules) -> None:
    """Types the trigger alone cannot tell, told by the weapons or the people in its clause."""
    for d in drafts:
        clause = d.mod.chain[0] if d.mod.chain else d.token
        # instruments, not targets: what was destroyed or dispersed does not say how
        targets = {t.i for c in clause.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        scope = list(clause.subtree)
        if clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            scope += list(clause.head.subtree)  # "used tear gas to disperse": the means is the main clause
        tools = {rules.instruments.get(t.lemma_.lower()) for t in scope if t.i not in targets} - {None}
        heads = {p.token.lemma_.lower() for p in (*d.actor, *d.recipient)}
        if d.type == "COERCE" and d.mode == "restrict" and tools & {"repression", "firearms", "heavy-weapons"}:
            # "police used tear gas to disperse the protest": violent repression (CAMEO 175)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "175", f"{d.rule}+violent-repression"
        elif d.type == "COERCE" and d.mode == "destroy" and (
                tools & {"aerial", "heavy-weapons", "explosives"}
                or heads & rules.actors.get("ASSAULT", frozenset()) & set(rules.instruments)):
            # "jets destroyed weapons depots": destruction by military force (CAMEO 190)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "190", f"{d.rule}+armed-destruction"
        elif (d.type == "ASSAULT" or (d.type == "COERCE" and d.mode == "destroy")) and (
                (d.token.lemma_.lower() in ("clash", "confront", "scuffle")
                 and heads & rules.actors.get("PROTEST", frozenset()))
                or {p.token.lemma_.lower() for p in d.actor} & PROTESTERS):
            # "protesters clashed with police", "rioters set fire to cars": a violent protest (CAMEO 145)
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "riot", "145", f"{d.rule}+riot"


def _keep(d: Draft, rules: Rules) -> bool:
    if d.dropped:
        return False
    if d.derived:
        return True
    actor = any(p.resolved for p in d.actor) or _typical_actor(d, rules)
    recipient = any(p.resolved for p in d.recipient)
    clause = d.mod.chain[0] if d.mod.chain else d.token
    marks = rules["modality.conditional_marks"]
    if any(c.dep_ == "mark" and c.lower_ in marks for t in [clause, *(a for a, _ in _ancestors(clause))]
           for c in t.children):
        return False  # "if war starts", "unless X arranged a ceasefire with rebels fighting": a condition
    if d.noun and d.adjunct:
        return actor and recipient  # background mentions must name both sides
    if not d.noun and d.token.dep_ in ("relcl", "acl") and not actor and not (
            d.type == "ASSAULT" and d.strong and d.token.tag_ == "VBN"):  # "six people killed when ..."
        return False  # "equipment seized last year", "rebels fighting": only with a named actor
    if d.noun and d.token.dep_ in ("nsubj", "nsubjpass") and d.type in HOSTILE:
        return True  # "gun attacks have left seven dead": the noun is what the clause is about
    if d.noun and d.type == "ASSAULT" and d.token.dep_ == "pobj" and _casualty_verb(d.token, rules):
        return True  # "died of torture", "killed in an air strike": the violence that caused the deaths
    return actor or recipient or (d.strong and not d.noun)


def _main_clause(d: Draft) -> bool:
    """The trigger is the sentence's main verb, a verb coordinated with it, or that verb's subject or
    object, or the main verb is a reporting verb and the trigger heads what it reports."""
    t = d.token
    if t.dep_ in ("nsubj", "nsubjpass", "dobj") and not d.derived:
        t = t.head
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "ccomp" and t.head.dep_ == "ROOT":
        t = t.head
    return t.dep_ == "ROOT"


def _casualty_verb(noun: Token, rules: Rules) -> bool:
    """The first verb above ``noun`` (through prepositions: "died as a result of torture") is one of
    dying, killing or wounding."""
    cur = noun
    for _ in range(5):
        cur = cur.head
        if is_verb(cur):
            lemma = cur.lemma_.lower()
            return lemma in rules["size.dead"] or lemma in rules["size.injured"]
        if cur.head.i == cur.i:
            break
    return False


def _typical_actor(d: Draft, rules: Rules) -> bool:
    """The actor phrase is headed by a typical doer of the type ("protesters marched")."""
    typical = rules.actors.get(d.type, frozenset())
    return any(p.token.lemma_.lower() in typical or p.token.lower_ in typical for p in d.actor)


def event_id(doc_id: str, sidx: int, start: int, end: int, etype: str) -> str:
    return hashlib.sha1(f"{doc_id}|{sidx}|{start}|{end}|{etype}".encode()).hexdigest()[:16]


def _trigger_span(d: Draft) -> tuple[dict[str, Any], str]:
    doc = d.token.doc
    idx = sorted({d.token.i, *d.consumed})
    if idx[-1] - idx[0] <= 6:
        span = doc[idx[0]: idx[-1] + 1]
        trig = {"text": span.text, "start": span.start_char, "end": span.end_char}
    else:
        t = d.token
        trig = {"text": t.text, "start": t.idx, "end": t.idx + len(t.text)}
    return trig, " ".join(doc[i].text for i in idx)


def code_sentence(sidx: int, sent: Span, ctx: SentenceContext) -> list[Event]:
    lex = ctx.lexicon
    drafts = draft_triggers(sent, ctx)
    drafts.extend(_deontic_demands(sent, drafts, ctx))
    _retype(drafts, lex.rules)
    _embedding(drafts, lex)
    _vow_to_harm(drafts)
    drafts.extend(_intent(drafts, ctx))
    doc_id = ctx.ann.document.doc_id
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for d in drafts:
        if not _keep(d, lex.rules) or (d.token.i, d.type) in seen:
            continue
        seen.add((d.token.i, d.type))
        modality = d.mod.modality
        if ctx.attributions is not None:
            from .attribution import as_objects, covering

            attribution = as_objects(covering(ctx.attributions, d.token.idx))
        else:
            from .attribution import fallback

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
        events.append(Event(
            id=event_id(doc_id, sidx, trigger["start"], trigger["end"], d.type),
            doc_id=doc_id,
            date=event_date(ctx.ann, sent, clause),
            event=d.type,
            mode=mode,
            context=context,
            actor=[p.to_json() for p in d.actor],
            recipient=[p.to_json() for p in d.recipient],
            event_text=event_text,
            event_loc=event_location(sent, ctx.places, clause, [*d.actor, *d.recipient]),
            size=size,
            text_info={"sentence": sidx, "start": sent.start_char, "end": sent.end_char, "text": sent.text},
            cameo=d.cameo,
            modality=modality,
            attribution=attribution,
            confidence=confidence(d.strong, d.noun, d.actor, d.recipient, d.extra_words, d.derived,
                                  _typical_actor(d, lex.rules), _main_clause(d)),
            coder={"rule": d.rule, "version": PIPELINE_VERSION},
            trigger=trigger,
        ))
    return events
