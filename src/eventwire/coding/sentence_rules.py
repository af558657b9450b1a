"""The sentence rules, applied in this order once every trigger of a sentence has a draft.

1. ``deontic-demand``: "X said Y must/should do Z" is a REQUEST by X of Y; Z is its content.
2. Retyping by what the clause says of how and by whom (``retype``): a dispersal or suppression
   with tear gas, batons or bullets, or one that killed or wounded, is violent repression (ASSAULT,
   CAMEO 175); destruction by jets, missiles or shells is ASSAULT; burning a person is ASSAULT, not
   damage to property; violence by protesters or rioters is PROTEST riot, and their defiance of a
   ban PROTEST; territory taken without fighting ("after the troops withdrew", "without a fight")
   is occupation (COERCE seize, CAMEO 192).
3. Events inside other events (``embedding``), by the first trigger above them: what a REQUEST or
   THREATEN asks or threatens is its content, not an event ("urged Iran *to release* the sailors");
   a refused act is coded negated ("declined *to attend*"), deeper content of a rejection is not; an
   accuser's allegation is reported and attributed to the accuser ("condemned Russia for
   *violating* ..."); what a protest protests is not coded; a noun event inside a verb event's
   object is covered by it ("condemned *the attack*"), unless the verb is a weak light verb
   ("committed *rape*"); an act of the same type as its purpose ("marched *to protest*") is one act;
   anything inside dropped content is dropped.
4. ``vow-to-harm``: a pledge, promise, vow or oath to do harm is a THREATEN, not an AGREE.
5. Commitments, threats and refusals (``intent``): an event its own actor commits to ("will
   provide aid", "is ready to contribute troops") is also an AGREE; a hostile one, or one under a
   condition ("may halt mediation if ..."), a THREATEN (PLOVER's reading of CAMEO 03 and 13); a
   cooperative act refused ("will not accept refugees", "failed to reach a settlement") a REJECT.
6. Keeping extra events low (``keep``): a weak trigger needs an actor or recipient that maps to an
   entity (or a typical doer: "protesters" marching); a noun event in an adjunct ("amid North
   Korea's deployment of troops to Russia") needs both; a condition ("if fighting resumes") is not an
   event; a relative clause or participle needs a named actor.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .args import (
    PEOPLE,
    TRAILING_REPORTS,
    Party,
    boundary_with,
    named_in_complement,
    resolve,
    trailing_report,
    verb_actor,
)
from .args import governor as clause_governor
from .details import instrument
from .draft import Draft, SentenceContext, measured_level, so_far
from .lexicon import Lexicon, Rules
from .match import is_verb, lemma_forms
from .modality import ADJUNCT_PREPS, ModalityResult, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
#: CAMEO code of "express intent to ..." (03x) for each cooperative type
AGREE_CAMEO: Mapping[str, str] = MappingProxyType({
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "0356",
})
#: THREATEN mode and CAMEO code (13x) for each hostile type
THREAT_OF: Mapping[str, tuple[str, str]] = MappingProxyType({
    "ASSAULT": ("violence", "138"),
    "MOBILIZE": ("violence", "138"),
    "SANCTION": ("relations", "131"),
    "COERCE": ("restrict", "132"),
    "PROTEST": ("restrict", "133"),
    # "would block the sanctions package unless ...": a veto held over another (CAMEO 131, non-force)
    "REJECT": ("relations", "131"),
})
#: acts that the future tense alone schedules rather than promises or threatens
SCHEDULED = frozenset({"CONSULT", "MOBILIZE", "PROTEST"})
#: doers whose violence is a riot (PROTEST riot), not an assault
PROTESTERS = frozenset({"protester", "demonstrator", "rioter", "marcher"})
HARM_VOWS = frozenset({"vow", "swear", "pledge", "promise"})
#: words for a person that name no actor of their own ("set a suspected thief ablaze")
PERSONS = frozenset({"man", "woman", "boy", "girl", "child", "person", "thief", "suspect", "teenager", "youth",
                     "victim", "driver"})
#: verbs of taking territory, and what "without ..." says did not happen when it was taken
CAPTURES = frozenset({"capture", "seize", "take", "regain", "recapture", "retake", "retook", "gain", "overrun"})
UNOPPOSED = frozenset({"fight", "fighting", "resistance", "shot", "bloodshed", "battle", "clash", "opposition"})
#: verbs of attack that also attack in words ("attacked the press for ...")
VERBAL_ATTACKS = frozenset({"attack", "blast", "hit", "assail", "savage", "lambast", "lambaste", "rip"})
#: what an actor is criticised for, beside the classes of what is said or decided
REASONS = frozenset({"handling", "stance", "position", "role", "failure", "refusal", "response", "silence",
                     "inaction", "conduct", "behavior", "behaviour", "record", "support", "comment", "remark"})
#: sectors of armed actors: their attacks are attacks
ARMED = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY"})
#: legal action whose complement is the alleged offence (CAMEO 173): "charged with", "convicted of"
LEGAL_CHARGES = frozenset({"charge", "indict", "convict", "prosecute", "try", "sentence", "arrest", "detain",
                           "jail", "imprison", "accuse", "fine", "penalize", "penalise", "punish"})
#: words that introduce the means of an act ("using rubber bullets", "with tear gas")
MEANS = frozenset({"use", "using", "with", "employ", "fire"})


#: participles that tell a consequence: what they say someone was made to do is an act of its own,
#: not the content of the event they follow ("..., prompting France to recall its ambassador")
CAUSATIVES = frozenset({"prompt", "force", "lead", "cause", "spark", "trigger", "push", "drive", "compel",
                        "provoke"})


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


def told_fact(clause: Token) -> bool:
    """A clause in the simple past, active, with a subject of its own ("whom police arrested on
    Monday", "who blocked the road"): a fact the writer tells. Not a perfect ("who has vowed to",
    a description of the person), a passive ("where 24 people were killed": the place's past), a
    modal or an infinitive."""
    if clause.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    # told with its own day or time ("on Monday", "last week"): an act the writer dates is one
    # the writer reports, not a description of the noun ("bondholders, who accepted losses")
    return any(t.ent_type_ in ("DATE", "TIME") and _clause_of(t).i == clause.i for t in clause.subtree)


def _clause_of(tok: Token) -> Token:
    """The first verb above ``tok`` (or ``tok``'s root)."""
    cur = tok.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def embedding(drafts: list[Draft], lex: Lexicon) -> None:
    """Rules for an event inside another event's complement (the first trigger above it).
    Drafts are visited from the top of the tree down, so what is inside dropped content is dropped."""
    by_token = {d.token.i: d for d in drafts}
    request_lemmas = lex.rules["governors.content_of_request"]
    for d in sorted(drafts, key=lambda x: len(_ancestors(x.token))):
        if d.derived:
            continue
        adjunct = via_relcl = False
        below = d.token  # the path's child of ``anc``
        for anc, rel in _ancestors(d.token):
            child, below = below, anc
            if rel == "advcl" and child.lemma_.lower() in CAUSATIVES:
                break  # "exchanged barbs, prompting France to recall its envoy": a consequence, its own act
            if rel == "relcl" and told_fact(child):
                # a relative clause in the past with a subject of its own tells what happened, not what
                # is demanded, promised or alleged: "demanded access to an engineer whom police
                # arrested on Monday" tells the arrest (the demand's content is the access)
                break
            if rel == "conj" and is_verb(child) and is_verb(anc) and anc.i in by_token and not by_token[anc.i].dropped:
                # "condemned the move, and on Friday it recalled its envoy": a second act, coordinated;
                # a conjunct of dropped content is content too ("charged with abducting and assaulting")
                break
            via_relcl = via_relcl or rel == "relcl"
            if anc.pos_ == "ADP" and anc.lower_ in ADJUNCT_PREPS:
                adjunct = True
            gd = by_token.get(anc.i)
            if gd is None:
                if is_verb(anc) and anc.lemma_.lower() in request_lemmas and rel in ("xcomp", "ccomp"):
                    d.dropped = True
                    break
                if is_verb(anc) and rel in ("prep", "pcomp", "xcomp", "ccomp") and not via_relcl and any(
                        e.type == "ACCUSE" and not e.words for e in lex.verbs.get(anc.lemma_.lower(), ())):
                    # an accusation not coded as one act ("have repeatedly accused the police of
                    # torturing detainees": habitual) still only alleges what it says
                    d.dropped = True
                    break
                continue
            if gd.dropped and not (gd.noun and via_relcl):
                # inside content that is not coded; but a noun told twice ("meet ... for the
                # dialogue") keeps its relative clause ("where they would sign a partnership")
                d.dropped = True
            elif gd.type in ("REQUEST", "THREATEN") or anc.lemma_.lower() in request_lemmas:
                d.dropped = True  # the content of a demand or threat
                if gd is not None:
                    gd.content.append(d)
                if gd.type == "THREATEN" and gd.mode is None and d.type in THREAT_OF:
                    gd.mode = THREAT_OF[d.type][0]
                if not gd.recipient:  # who is asked to act, or threatened with the act
                    gd.recipient = d.actor if gd.type == "REQUEST" else d.recipient
            elif gd.type in ("REJECT", "AGREE") and not d.noun and (
                    rel in ("xcomp", "ccomp") or (rel == "prep" and d.token.dep_ == "pcomp")
                    or (rel == "dobj" and child.lemma_.lower() in PROMISE_NOUNS)
                    or (rel == "advcl" and any(a.tag_ == "TO" for a in child.children)
                        and anc.lemma_.lower() in lex.rules["modality.commitment_cues"])):
                # (an infinitive the parser hangs as a purpose clause when a date comes between:
                # "offered on Wednesday to host talks")
                # what is refused or promised is the content of the REJECT or AGREE, not an event of its
                # own (CAMEO 03 "express intent to ...", 12 "reject ..."): "refused to meet X" is one REJECT
                d.dropped = True
                gd.content.append(d)
                if not any(p.resolved for p in gd.recipient) and any(p.resolved for p in d.recipient):
                    # "offered to host talks between Libya's rival governments": whom the promised or
                    # refused act concerns is whom the promise or refusal concerns
                    gd.recipient = [p for p in d.recipient if p.resolved]
                if not gd.recipient:  # "offered to talk with X", "refused to meet X": whom it concerns
                    gd.recipient = d.recipient
            elif gd.type == "REJECT":
                d.dropped = True  # deeper content of a rejection is not coded
            elif gd.type == "ACCUSE":
                # what an accusation alleges is its content, not an event of its own (PLOVER codes the
                # ACCUSE; CAMEO 112 "accuse of ..." carries the allegation in the one event)
                d.dropped = True
                gd.content.append(d)
                if rel == "ccomp" and not gd.noun and not any(p.resolved for p in gd.recipient) and any(
                        p.resolved for p in d.actor):
                    # "alleged that Ugandan troops shelled the village": who is accused is who did it
                    gd.recipient = [p for p in d.actor if p.resolved]
            elif gd.type == "COERCE" and lemma_forms(anc) & LEGAL_CHARGES \
                    and (d.type != "COERCE" or d.mode != gd.mode) and not via_relcl \
                    and (rel in ("prep", "pobj", "pcomp") or _listed_charge(d.token, anc, rel)):
                # what someone is charged with, tried or convicted for is the charge's allegation, not
                # an act coded of its own (CAMEO 173 "charge with legal action" carries it, as 112 does
                # an accusation's): "was charged with kidnapping", "convicted of attacking a guard"
                d.dropped = True
                gd.content.append(d)
            elif gd.type == "PROTEST" and rel in ("dobj", "pobj", "prep", "pcomp", "acl", "ccomp") and not adjunct:
                # "protested the decision of sending troops": what is protested; not the act a protest
                # follows ("gathered outside the embassy following the expulsion by Sofia of ...")
                d.dropped = True
            elif gd.type == d.type and not d.noun and d.token.head.i == anc.i and rel in ("advcl", "xcomp") \
                    and any(c.dep_ == "aux" and c.tag_ == "TO" for c in d.token.children) and keep(gd, lex.rules):
                d.dropped = True  # "marched through London to protest against the war": the same act, its aim
            elif gd.type in HOSTILE and d.type == "REQUEST":
                d.dropped = True  # "blocked roads to demand reforms": the action's aim
            elif d.noun and rel == "dobj" and d.token.head.i == anc.i and not gd.noun and gd.extra_words == 0 \
                    and not gd.strong and anc.lemma_.lower() in lex.rules["light_verbs.lemmas"]:
                # "committed systematic torture": a weak light verb gives its event to its object (the
                # object itself: in "committed $40 million in food assistance" the money is committed)
                gd.dropped = True
            elif d.noun and not adjunct and not gd.noun:
                # "condemned the attack", "agreed to Qatari mediation": the verb's event covers the noun
                d.dropped = True
                if gd.type == d.type and not gd.recipient:
                    gd.recipient = d.recipient
            break
        if d.noun and adjunct and not d.dropped:
            d.adjunct = True
    for gd in drafts:
        if gd.type in ("REQUEST", "THREATEN") and not gd.noun and not gd.dropped and trailing_report(gd.token):
            # "the Council should extend its embargo, the group urged": what is demanded is the
            # demand's content (CAMEO 10), not an act of its own
            start = gd.token.head.left_edge.i if gd.token.dep_ == "acl" else min(
                (c.left_edge.i for c in gd.token.children if c.dep_ == "nsubj"), default=gd.token.i)
            for d in drafts:
                if d is not gd and not d.derived and not d.dropped and d.token.i < start:
                    d.dropped = True
                    gd.content.append(d)
            continue
        if gd.type != "ACCUSE" or gd.noun or gd.dropped:
            continue
        fronted = [c for c in gd.token.children if c.dep_ == "ccomp" and c.i < gd.token.i]
        if fronted and gd.token.lemma_.lower() in TRAILING_REPORTS and any(
                not d.derived and _kept_as_own(d, lex.rules) for d in gd.content):
            # the same with the clause parsed as the verb's ("the troops shelled the town, the army
            # alleged"): the act told is coded, reported
            for d in gd.content:
                d.dropped = False
            gd.content = []
            gd.dropped = True
            continue
        if not trailing_report(gd.token):
            continue
        # "the army tortured detainees, a rights group charged": a verb of saying after the clause
        # attributes it, as "said" does, and the act it tells is coded, reported by the speaker (as
        # PLOVER-GSR codes it); only where the clause tells no codable act ("Moscow was behind the
        # attack, the president charged") is the charge itself the event (CAMEO 112)
        start = gd.token.head.left_edge.i if gd.token.dep_ == "acl" else min(
            c.left_edge.i for c in gd.token.children if c.dep_ == "nsubj")
        # only an act the coder keeps is told: "... in breach of treaties, the ministry charged" tells
        # none (a treaty named is no act), so the charge is the event
        told = [d for d in drafts if d is not gd and not d.derived and not d.dropped and d.token.i < start
                and keep(d, lex.rules)]
        if told:
            gd.dropped = True


def _kept_as_own(d: Draft, rules: Rules) -> bool:
    """Whether ``keep`` would code the draft were it not taken as another's content."""
    was, d.dropped = d.dropped, False
    try:
        return keep(d, rules)
    finally:
        d.dropped = was


def _listed_charge(tok: Token, charge: Token, rel: str) -> bool:
    """A gerund the parser hung on a passive charge as an adjunct, in a list the charge's "with",
    "of" or "for" phrase begins ("was charged with fraud, abducting a witness and ...")."""
    if rel != "advcl" or not any(c.dep_ == "auxpass" for c in charge.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("with", "of", "for") for c in charge.children):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != charge.i:
        head = head.head
    return head.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in head.children)


def responses_by_means(drafts: list[Draft]) -> None:
    """"retaliated by expelling two diplomats", "hit back by imposing tariffs": a verb of response
    whose "by" gerund is coded tells how the actor responded; the gerund is the act (CAMEO codes
    what was done: expelling is 166), the response verb no second one. Run again after the rules
    that code a gerund's act of their own ("retaliated by declaring the envoy persona non grata")."""
    by_verb = {d.token.i: d for d in drafts if not d.noun and not d.dropped}
    for d in drafts:
        if (d.noun or d.dropped or d.token.lemma_.lower() not in RESPONSE_VERBS
                or any(c.dep_ == "dobj" for c in d.token.children)):
            continue  # "hit the base by firing rockets": the verb's own target, one act told whole
        means = [g for p in d.token.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if any(g.i in by_verb and by_verb[g.i] is not d for g in means):
            d.dropped = True


#: states an attack leaves people in: "leaving nine soldiers dead"
CASUALTY_STATES = frozenset({"dead", "wounded", "injured", "hurt"})


def left_casualties(drafts: list[Draft], ctx: SentenceContext) -> None:
    """"overran an outpost, leaving nine soldiers dead": the people an attack leaves dead or wounded
    are its targets (CAMEO 18-20 code whom the violence hit), where its object names no coded
    party."""
    for d in drafts:
        if d.type != "ASSAULT" or d.noun or d.dropped or any(
                p.entity is not None and p.entity.code and p.entity.kind != "place" for p in d.recipient):
            continue
        for c in d.token.children:
            if c.dep_ != "advcl" or c.lemma_.lower() != "leave" or c.tag_ != "VBG":
                continue
            # "leaving nine soldiers dead" (a clause "soldiers dead"), "leaving 12 passengers wounded"
            victims = [g for x in c.children if x.dep_ in ("ccomp", "xcomp", "oprd")
                       and x.lemma_.lower() in CASUALTY_STATES | {"wound", "injure", "kill"}
                       for g in x.children if g.dep_ == "nsubj"]
            # (the parser may hang the state anywhere: it follows the object)
            doc = c.doc
            victims += [x for x in c.children if x.dep_ == "dobj" and x.right_edge.i + 1 < len(doc)
                        and doc[x.right_edge.i + 1].lower_ in CASUALTY_STATES]
            for v in victims:
                found = [p for p in resolve(v, ctx.index) if p.entity is not None and p.entity.code]
                if found:
                    d.recipient = [*d.recipient, *found]
                    break


def outcomes(drafts: list[Draft]) -> None:
    """A participle of the same type that adds what an act did ("ambushed a convoy, *killing* seven
    people", "shelled the town, *wounding* 12") tells the outcome of that act, not a second one (one
    event per act, as PLOVER codes it): it is dropped, and the people it names become the act's
    recipients where the act's own object names no coded party. So is a participle coordinated with
    such an outcome ("..., killing nine and *wounding* 20 others")."""
    by_token = {d.token.i: d for d in drafts if not d.noun}
    for d in drafts:
        tok = d.token
        if d.noun or d.dropped or tok.tag_ != "VBG":
            continue
        while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
            tok = tok.head  # the first of coordinated participles carries the clause's relation
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(c.dep_ == "mark" for c in tok.children):
            continue
        head = by_token.get(tok.head.i)
        # property an attack damaged ("shelled the town, *damaging* dozens of homes"): the attack's
        # harm, not a seizure or destruction of its own (CAMEO 1712 is property destroyed as an act)
        harm = head is not None and head.type == "ASSAULT" and d.type == "COERCE" and d.mode == "destroy"
        if head is None or (head.type != d.type and not harm) or head.dropped:
            continue
        d.dropped = True
        if not any(p.code for p in head.recipient):
            head.recipient = [*head.recipient, *(p for p in d.recipient if p.code)]
    responses_by_means(drafts)
    # "a bombing that killed 11 police officers", "the raid killed three": a verb of the same type
    # whose subject is the act's noun tells what the act did; the act is kept, with the verb's people
    # as its targets, when the noun has a doer of its own ("claimed responsibility for a bombing")
    by_noun = {d.token.i: d for d in drafts if d.noun and not d.dropped and d.actor}
    for d in drafts:
        if d.noun or d.dropped:
            continue
        tok = d.token
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ == "WDT" and tok.dep_ == "relcl":
            subj = tok.head
        act = by_noun.get(subj.i) if subj is not None else None
        if act is None or act.type != d.type or act is d:
            continue
        d.dropped = True
        if not any(p.code for p in act.recipient):
            act.recipient = [*act.recipient, *(p for p in d.recipient if p.code)]


#: verbs that tell only that an act answered another ("retaliated", "hit back", "responded")
RESPONSE_VERBS = frozenset({"retaliate", "respond", "react", "reply", "hit", "strike", "answer"})


#: verbs of ordering by an authority
ORDER_VERBS = frozenset({"order", "command", "direct", "instruct"})
#: what an authority's order carries out itself: the CAMEO verb dictionary codes ORDER by what is
#: ordered (ORDER ARREST 173, ORDER RELEASE 0841, ORDER EXPULSION 174, ORDER DEPLOYMENT 154,
#: ORDER CRACKDOWN 170, ORDER (TO CLOSE) 172), ORDER alone being a demand (100)
CARRIED_OUT = frozenset({"COERCE", "RETREAT", "MOBILIZE", "SANCTION", "AID", "CONCEDE"})
#: places an order sends someone back to: detention (CAMEO ORDER (TO REMAIN) (IN DETENTION) 173)
CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention", "cell"})


def _ordered_done(order: Token, v: Token) -> bool:
    """``v`` is an act an order says is to be done to someone, in the passive infinitive: "ordered
    the men to be released" (the parser hangs it on the order, or on its object as a relative)."""
    if not any(a.dep_ == "auxpass" for a in v.children):
        return False
    if not any(a.lower_ == "to" for a in v.children) and not (
            # the subjunctive: "ordered that the men be released"
            any(a.dep_ == "mark" and a.lower_ == "that" for a in v.children)
            and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in v.children)):
        return False
    if v.head.i == order.i and v.dep_ in ("xcomp", "ccomp"):
        return True
    return v.dep_ in ("relcl", "acl") and v.head.dep_ == "dobj" and v.head.head.i == order.i


def orders(drafts: list[Draft], rules: Rules) -> None:
    """An authority's order that names the act it orders is that act, by the authority (the CAMEO
    verb dictionary codes ORDER by its object): "ordered the arrest of the minister" is an arrest
    (COERCE), "ordered the release of the journalist" a release (RETREAT), "ordered its troops to
    the border" or "ordered its military to seal the border" the deployment or the closure, by the
    orderer (its own forces carry it out); "ordered the journalist back to prison" a detention.
    An order to another actor to do something ("ordered the rebels to disarm") stays a demand."""
    forces = rules.classes.get("forces", frozenset())
    for gd in drafts:
        if gd.type != "REQUEST" or gd.dropped or gd.derived or gd.token.lemma_.lower() not in ORDER_VERBS:
            continue
        tok = gd.token
        back = [c for c in tok.children if c.lower_ == "back" or c.dep_ == "prep"]
        if any(c.lower_ == "back" for c in back) and any(t.lemma_.lower() in CUSTODY for c in back for t in c.subtree):
            gd.type, gd.mode, gd.cameo, gd.rule = "COERCE", "arrest", "173", gd.rule + "+custody"
            continue
        kept = [c for c in (*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children))
                if _ordered_done(tok, c)]
        if any(p.dep_ == "prep" and p.lower_ in ("in", "into", "under")
               and any(o.lemma_.lower() in CUSTODY for o in p.subtree)
               for c in kept for p in c.children):
            # "ordered both men to be kept in pre-trial detention", "ordered them to be held in custody":
            # the detention the order names is what the orderer does (CAMEO 173)
            gd.type, gd.mode, gd.cameo, gd.rule = "COERCE", "arrest", "173", gd.rule + "+custody"
            continue
        ordered = [c for c in tok.children if c.dep_ == "dobj"]
        if any(lemma_forms(o) & forces for o in ordered) and any(
                c.dep_ == "prep" and c.lower_ in ("to", "into")
                for c in [*tok.children, *(t for o in ordered for t in o.subtree)]):
            # "ordered troops to the border": CAMEO ORDER {MORE &MILITARY} 154, a deployment
            gd.type, gd.mode, gd.cameo, gd.rule = "MOBILIZE", "troops", "154", gd.rule + "+deploy"
            continue
        carried = []
        for d in drafts:
            if d is gd or not d.dropped or d.type not in CARRIED_OUT:
                continue
            first = next((anc for anc, _rel in _ancestors(d.token) if any(x.token.i == anc.i for x in drafts)), None)
            if first is None or first.i != tok.i:
                continue
            if (d.noun and d.token.dep_ == "dobj" and d.token.head.i == tok.i) or _own_forces(gd, d) or (
                    not d.noun and _ordered_done(tok, d.token)
                    and (d.type == "COERCE" or (d.type == "RETREAT" and d.mode == "release"))):
                # (and the act ordered done to someone, in the passive: "ordered the men to be
                # released" is the release, by the one who ordered it)
                carried.append(d)
        if carried:
            gd.dropped = True
            for d in carried:
                d.dropped = False
                d.actor = gd.actor
                if not d.recipient and _ordered_done(tok, d.token):
                    d.recipient = gd.recipient  # "ordered the men to be released": the men
                if d in gd.content:
                    gd.content.remove(d)


def _own_forces(gd: Draft, d: Draft) -> bool:
    """The ordered party is the orderer's own: "its military", "their troops", or forces of the
    orderer's state ("the government ordered the army ...": both coded the same)."""
    ordered = [c for c in gd.token.children if c.dep_ in ("dobj", "dative")]
    if any(g.dep_ == "poss" and g.lower_ in ("its", "their", "his", "her") for o in ordered for g in o.children):
        return True
    own = {p.code for p in gd.actor if p.code}
    return bool(own) and any(p.code in own and p.entity is not None and p.entity.sector in ("MIL", "COP")
                             for p in gd.recipient)


#: nouns for a course of action held out as possible ("raised the prospect of sanctions")
PROSPECTS = frozenset({"prospect", "possibility", "spectre", "specter", "threat", "option"})
#: verbs that hold such a course out to another ("raised", "floated", "dangled", "held out")
RAISERS = frozenset({"raise", "float", "dangle", "brandish", "hold", "moot"})


def raised_prospects(drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """A hostile act its doer holds out as possible is a threat (CAMEO 13): "raised the prospect of
    taking the port by force", "floated the possibility of closing the border if ...". The act is
    the threat's content, not an event of its own; the threatener is the subject of the raising."""
    new: list[Draft] = []
    rules = ctx.lexicon.rules
    for d in drafts:
        if d.dropped or d.derived or d.type not in THREAT_OF:
            continue
        cur, noun = d.token, None
        for _ in range(4):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in PROSPECTS and cur.pos_ == "NOUN":
                noun = cur
                break
        if noun is None and cur.lemma_.lower() in RAISERS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PROSPECTS for c in cur.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i < d.token.i for c in cur.children):
            # "raised the prospect on Saturday of taking ...": the parser hangs "of" on the verb
            noun = next(c for c in cur.children if c.dep_ == "dobj" and c.lemma_.lower() in PROSPECTS)
        if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in RAISERS:
            continue
        verb = noun.head
        heads = verb_actor(verb)
        actor = resolve(heads[0], ctx.index) if heads else []
        if not any(p.resolved for p in actor):
            continue
        mode, cameo = THREAT_OF[d.type]
        d.dropped = True
        mod = modality_of(verb, rules, ctx.ann.document.published)
        new.append(Draft(verb, "THREATEN", mode, cameo, "rule:raised-prospect", True, False,
                         (noun.i, d.token.i, *d.consumed), actor, d.recipient, mod, derived=True, content=[d],
                         actor_heads=heads))
    return new


#: verbs that set a demand with a deadline or a penalty: "gave the junta a week to free the
#: president or face military action", "told Caracas to release them or face sanctions"
ULTIMATUM_GOVERNORS = frozenset({"give", "grant", "tell", "order", "warn", "urge", "demand", "ask", "instruct",
                                 "call", "press"})


#: modals of obligation that tell a demand in reported speech ("said Italy must comply")
DEONTIC = frozenset({"must", "should"})


def ultimatums(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """A demand that names the penalty for refusing it ("... to free the president *or face*
    military action", "... or risk expulsion") is an ultimatum (CAMEO 139, THREATEN): the demanded
    act is its content, the one who sets it the actor, the one it is set to the recipient. An
    existing draft of the governing verb (a REQUEST of "ordered") becomes the threat."""
    new: list[Draft] = []
    by_token = {d.token.i: d for d in drafts}
    doc = sent.doc
    for tok in sent:
        # "... or face arrest", "... or risk expulsion", and the penalty told in the passive: "... to
        # quit the town or be driven out by force", "... or be expelled"
        penalty = (tok.lower_ in ("face", "risk") and tok.i > 0 and doc[tok.i - 1].lower_ == "or") or (
            tok.tag_ == "VBN" and tok.i > 1 and doc[tok.i - 1].lower_ == "be" and doc[tok.i - 2].lower_ == "or")
        if not penalty:
            continue
        # the demanded act: the nearest infinitive above "or face" (the parser may hang "face
        # arrest" on the demanded act's object: "to clear the roads or face arrest")
        demanded = tok.head
        for _ in range(4):
            if demanded.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and (a.tag_ == "TO" or a.lower_ in DEONTIC)
                                                       for a in demanded.children):
                break
            if demanded.head.i == demanded.i:
                break
            demanded = demanded.head
        # "told Rome it must comply within two months or be taken to court": the demand told with
        # "must" or "should" is one too
        deontic = demanded.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEONTIC and a.i < tok.i
                                                   for a in demanded.children)
        if not deontic and not any(a.dep_ == "aux" and a.tag_ == "TO" for a in demanded.children):
            continue
        g = demanded.head
        for _ in range(3):
            # "gave the junta until the end of the month to set a date": the time given, then who gives it
            if g.pos_ in ("NOUN", "PROPN", "NUM", "ADP") and g.head.i != g.i and demanded.dep_ in ("acl", "relcl"):
                g = g.head
        if (g.lemma_.lower() not in ULTIMATUM_GOVERNORS and g.tag_ == "VBG" and g.dep_ in ("advcl", "acl")
                and g.head.lemma_.lower() in ULTIMATUM_GOVERNORS):
            # "gave the gunmen holding the pupils 48 hours to free them or face ...": the parser hangs the
            # time given on the participle that tells who the gunmen are
            g = g.head
        if demanded.dep_ not in ("advcl", "xcomp", "ccomp", "acl", "relcl") \
                or g.lemma_.lower() not in (ULTIMATUM_GOVERNORS | ({"say"} if deontic else set())):
            continue
        content = [d for d in drafts if d.token.i == demanded.i and not d.derived]
        for d in content:
            d.dropped = True
        for d in drafts:
            if d.rule == "rule:deontic-demand" and demanded.i in d.consumed:
                d.dropped = True  # the demand is the ultimatum's, not one of its own
        existing = by_token.get(g.i)
        if existing is not None and not existing.dropped:
            existing.type, existing.mode, existing.cameo = "THREATEN", None, "139"
            existing.rule = f"{existing.rule}+ultimatum"
            existing.content.extend(content)
            continue
        heads = verb_actor(g)
        actor = resolve(heads[0], ctx.index) if heads else []
        target = next((c for c in g.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")),
                      None)
        recipient = resolve(target, ctx.index) if target is not None else []
        if not any(p.resolved for p in actor):
            continue
        mod = modality_of(g, ctx.lexicon.rules, ctx.ann.document.published)
        new.append(Draft(g, "THREATEN", None, "139", "rule:ultimatum", True, False, (demanded.i, tok.i), actor,
                         recipient, mod, derived=True, content=content, actor_heads=heads))
    return new


#: verbs of answering another's act in kind: vowed in the future tense, a threat (CAMEO 130)
IN_KIND_VERBS = frozenset({"respond", "retaliate", "reciprocate"})
#: words that make measures taken an answer to another's act: "retaliatory measures", "reciprocal steps"
RESPONSE_MEASURES = frozenset({"retaliatory", "reciprocal", "mirror", "response", "tit-for-tat"})
#: what is taken in answer: "will take retaliatory measures", "would adopt countermeasures"
TAKEN_MEASURES = frozenset({"measure", "step", "action"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


def _a_response(tok: Token) -> bool:
    """"respond", "retaliate", "hit back", or measures taken in answer ("take retaliatory measures",
    "adopt countermeasures")."""
    lemma = tok.lemma_.lower()
    if lemma in IN_KIND_VERBS:
        return True
    if lemma == "hit" and any(c.dep_ == "prt" and c.lower_ == "back" for c in tok.children):
        return True
    if lemma not in ("take", "adopt", "impose"):
        return False
    return any(o.lemma_.lower() in ("countermeasure", "counter-measure") or (
        o.lemma_.lower() in TAKEN_MEASURES and any(a.dep_ in ("amod", "compound") and a.lower_ in RESPONSE_MEASURES
                                                   for a in o.children))
        for o in tok.children if o.dep_ == "dobj")


def vowed_responses(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """An answer in kind told in the future tense ("said Moscow would respond", "will take
    retaliatory measures", "would hit back") is a threat made to whoever the answer is to (CAMEO
    130 threaten, not specified), as a vow of retaliation is; made when it is said. Not when the
    sentence tells a threat already, nor when negated ("would not respond")."""
    new: list[Draft] = []
    if any(d.type == "THREATEN" and not d.dropped for d in drafts):
        return new  # "threatened an attack, saying they would respond to ...": one threat, told already
    for tok in sent:
        if tok.pos_ != "VERB" or not _a_response(tok):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) or any(
                c.dep_ == "neg" for c in tok.children):
            continue
        heads = verb_actor(tok)
        actor = resolve(heads[0], ctx.index) if heads else []
        if not any(p.resolved for p in actor):
            continue
        target = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                  for o in p.children if o.dep_ == "pobj"]
        recipient = resolve(target[0], ctx.index) if target else []
        said = modality_of(tok, ctx.lexicon.rules, ctx.ann.document.published)
        cues = {k: v for k, v in said.cues.items() if k == "reported"}
        mod = ModalityResult("reported" if cues else "asserted", cues, None, said.chain)
        new.append(Draft(tok, "THREATEN", None, "130", "rule:vowed-response", True, False, (tok.i,), actor,
                         recipient, mod, derived=True, actor_heads=heads))
    return new


#: what one is expelled from
COUNTRY_WORDS = frozenset({"country", "territory", "kingdom", "nation", "state", "republic", "island"})
#: spans of time given as a deadline
DEADLINES = frozenset({"hour", "day", "week", "month", "deadline", "time"})
#: verbs that give someone a time to leave: an expulsion with its deadline
DEADLINE_GIVERS = frozenset({"give", "grant", "order", "tell", "instruct"})


#: verbs of leaving a country ("to leave", "to quit the country", "to get out of Argentina")
LEAVING = frozenset({"leave", "quit", "depart", "exit"})


def leave_within(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """Giving people a time to leave the country expels them: "gave the diplomats 72 hours to
    leave", "gave the French troops a month to leave" (diplomats, forces, observers, aid workers:
    CAMEO 166, SANCTION), "ordered the journalists to leave within a day" (others: CAMEO 174,
    COERCE). The actor is the one who gives the deadline."""
    new: list[Draft] = []
    told = {d.token.i for d in drafts if not d.dropped}
    # CAMEO 166 "expel or withdraw": diplomats, peacekeepers and forces, inspectors and observers, aid
    # workers and agencies (1661-1663) are SANCTION; other people expelled are COERCE (174)
    envoys_words = (ctx.lexicon.rules.classes.get("diplomats", frozenset())
                    | ctx.lexicon.rules.classes.get("forces", frozenset())
                    | {"delegation", "mission", "staff", "peacekeeper", "inspector", "observer", "monitor",
                       "worker", "agency", "ngo"})
    for tok in sent:
        g = tok.head
        if tok.dep_ in ("relcl", "acl") and g.dep_ in ("npadvmod", "dobj") and g.lemma_.lower() in DEADLINES:
            g = g.head  # "gave the diplomats 72 hours to leave": the clause hangs on the time given
        get_out = tok.lemma_.lower() == "get" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                                                     for c in tok.children)
        if (tok.lemma_.lower() not in LEAVING and not get_out) \
                or tok.dep_ not in ("advcl", "xcomp", "ccomp", "relcl", "acl") \
                or g.lemma_.lower() not in DEADLINE_GIVERS or not any(a.tag_ == "TO" for a in tok.children):
            continue
        target = next((c for c in g.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
        if target is None:
            continue
        left = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if left is None and get_out:  # "to get out of Argentina": what is left is the "of" object
            left = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"), None)
            if left is None:
                left = next((o for c in tok.children if c.lower_ == "out" for p in c.children
                             if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if left is not None and left.lemma_.lower() not in COUNTRY_WORDS and not (
                (e := ctx.index.containing(left.idx, left.idx + len(left.text))) is not None and e.code):
            continue  # "told the protesters to leave the square": a dispersal, not an expulsion
        envoys = bool(lemma_forms(target) & envoys_words)
        etype, mode, cameo = ("SANCTION", "expel", "166") if envoys else ("COERCE", "expel", "174")
        if g.i in told:
            # "ordered the aid workers to leave": the order is the expulsion, not a demand (CAMEO 10)
            for d in drafts:
                if d.token.i == g.i and d.type == "REQUEST" and not d.dropped:
                    d.type, d.mode, d.cameo, d.rule = etype, mode, cameo, f"{d.rule}+time-to-leave"
            continue
        if any(d.mode == "expel" and not d.dropped for d in drafts):
            continue  # "ordered the expulsion of 12 diplomats, giving them 48 hours to depart": one act
        heads = verb_actor(g)
        actor = resolve(heads[0], ctx.index) if heads else []
        if not any(p.resolved and p.code for p in actor):
            continue
        mod = modality_of(g, ctx.lexicon.rules, ctx.ann.document.published)
        new.append(Draft(g, etype, mode, cameo, "rule:time-to-leave", True, False, (tok.i,), actor,
                         resolve(target, ctx.index), mod, derived=True, actor_heads=heads))
    return new


#: verbs of providing, building or trading something for another state: what a state says it will
#: do with them for that state is an intent to cooperate (CAMEO 03: 031 economic, 033 aid)
PROVIDING = MappingProxyType({"ship": "033", "send": "033", "supply": "033", "deliver": "033",
                              "donate": "033", "build": "033", "rebuild": "033", "finance": "033",
                              "fund": "033", "equip": "033", "sell": "031", "buy": "031", "lend": "031",
                              "export": "031", "import": "031", "open": "031", "reopen": "031"})
#: what a future act is told with to be a commitment: "will", "would", "is to"
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


def future_provision(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """What a state says it will provide, build, sell or buy for another state ("Astana would send
    Uzbekistan two billion cubic metres of gas", "Tokyo will help Manila build a school"): an
    intent to cooperate (CAMEO 031, 033), aimed at that state. Only in the future tense ("will",
    "would"), only with a state, its government or an international body as the doer, and only where the
    act names another state or a place in one as what it is for; a past delivery is trade, not an
    event, and a plan with no other state is domestic policy."""
    new: list[Draft] = []
    told = {i for d in drafts if not d.dropped for i in (d.token.i, *d.consumed)}
    promised = {d.token.i for d in drafts if d.type in ("AGREE", "THREATEN", "REJECT", "REQUEST")}
    for tok in sent:
        lemma = tok.lemma_.lower()
        # "will help Manila build", "would pay to rebuild": the act helped or paid for
        helped = tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_.lower() in ("help", "pay") \
            and tok.head.i not in told
        verb = tok.head if helped else tok
        if lemma not in PROVIDING or tok.pos_ != "VERB" or tok.i in told or verb.i in told:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in verb.children):
            continue
        if any(a.i in promised for a in verb.ancestors):
            continue  # "promised that it would build ...": the promise is the event already
        heads = verb_actor(verb)
        actor = [p for h in heads[:1] for p in resolve(h, ctx.index)]
        if not actor or not all(p.code and len(p.code) == 3 and p.code.isupper() and p.code != "NGO"
                                and (p.entity is None or p.entity.sector in (None, "GOV")) for p in actor):
            continue
        own = frozenset(p.code for p in actor if p.code)
        found = named_in_complement(verb, ctx.index, {(p.start, p.end) for p in actor}, own=own)
        other = [p for p in found if p.code and p.code not in own and len(p.code) == 3 and p.code.isupper()]
        if not other:
            place = next((e for e in ctx.places if e.code and e.code not in own
                          and tok.left_edge.idx <= e.start < tok.right_edge.idx + len(tok.right_edge.text)
                          and _in_phrase_of(e, tok)), None)
            other = [Party(tok, place.text, place.start, place.end, place)] if place is not None else []
        if not other:
            continue
        mod = modality_of(tok, ctx.lexicon.rules, ctx.ann.document.published)
        if mod.modality not in ("planned", "intended") or not _said_by_its_side(verb, own, ctx):
            continue
        cue = next(a for a in verb.children if a.dep_ == "aux" and a.lower_ in FUTURE_AUX)
        cues = {k: v for k, v in mod.cues.items() if k == "reported"}
        said = ModalityResult("reported" if cues else "asserted", cues, None, [cue, *mod.chain])
        new.append(Draft(cue, "AGREE", None, PROVIDING[lemma], "rule:future-provision", True, False,
                         (tok.i, verb.i), actor, other, said, derived=True, actor_heads=heads[:1]))
    return new


#: verbs that tell a statement of one's own intent
STATING = frozenset({"say", "tell", "announce", "confirm", "state", "add", "declare", "pledge", "promise", "vow"})


def _said_by_its_side(verb: Token, own: frozenset[str], ctx: SentenceContext) -> bool:
    """The future act is told as the doer's own word: the sentence's own clause, or a clause that a
    verb of saying reports from the doer's side ("Kazakhstan's minister said Astana would send ..."),
    not a forecast or another's expectation ("analysts expect Brazil will export ...")."""
    gov = verb.head
    while verb.dep_ == "conj" and gov.head.i != gov.i:
        verb, gov = gov, gov.head
    if verb.dep_ in ("ROOT",):
        reports = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in STATING]
        if not reports:
            return True
        gov = reports[0]
    elif verb.dep_ != "ccomp" or gov.lemma_.lower() not in STATING:
        return False
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return any(p.code in own for p in resolve(subj, ctx.index))


def _in_phrase_of(place: object, verb: Token) -> bool:
    """The place hangs in ``verb``'s own phrase ("rebuild the plant in Aden"), not in a clause below it."""
    span = verb.doc.char_span(place.start, place.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    t = span.root
    while t.head.i != t.i and t.i != verb.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.i != verb.i:
            return False
    return t.i == verb.i


def persona_non_grata(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """"declared the ambassador persona non grata" expels a diplomat (CAMEO 166, SANCTION) however
    the parser hangs the Latin: the declaring verb's subject is the actor, the one declared (its
    object, or the subject the parser gives "persona") the recipient."""
    new: list[Draft] = []
    told = {d.token.i for d in drafts if not d.dropped and d.type == "SANCTION"}
    for tok in sent:
        if tok.lower_ != "persona" or tok.i + 2 >= len(sent.doc) or sent.doc[tok.i + 2].lower_ != "grata":
            continue
        verb = tok
        for _ in range(3):
            if verb.lemma_.lower() in ("declare", "brand", "name", "deem", "designate") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() not in ("declare", "brand", "name", "deem", "designate") or verb.i in told:
            continue
        declared = next((c for c in (*verb.children, *tok.children) if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                         and c.i != tok.i and c.i > verb.i), None)
        heads = verb_actor(verb)
        actor = resolve(heads[0], ctx.index) if heads else []
        if declared is None or not any(p.resolved for p in actor):
            continue
        mod = modality_of(verb, ctx.lexicon.rules, ctx.ann.document.published)
        new.append(Draft(verb, "SANCTION", "expel", "166", "rule:persona-non-grata", True, False,
                         (tok.i, tok.i + 1, tok.i + 2), actor, resolve(declared, ctx.index), mod, derived=True,
                         actor_heads=heads))
    return new


def _vowed_act(tok: Token, vow: Token) -> bool:
    """``tok`` is what the vow commits to, not a clause on a noun inside it: "pledged to pay for
    hospitals that were damaged in the war" vows the payment, not the damage."""
    t = tok
    for _ in range(12):
        if t.i == vow.i:
            return True
        if t.dep_ in ("relcl", "acl", "appos") or t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                     for c in t.children):
            return False  # "hospitals that were damaged", parsed as a clause the vow governs
        t = t.head
    return False


def vow_to_harm(drafts: list[Draft]) -> None:
    by_token = {d.token.i: d for d in drafts}
    for d in drafts:
        # the modality chain, else the parse ("vowed on Sunday to arrest ...", where a date between
        # them leaves the infinitive hanging as an adverbial clause of the vow)
        g = d.governor or (None if d.noun else clause_governor(d.token))
        gd = by_token.get(g.i) if g is not None else None
        if d.type == "MOBILIZE" and g is not None and g.lemma_.lower() in ("promise", "pledge"):
            continue  # "promised to send police officers to Haiti": forces offered (CAMEO 0334), no threat
        if gd is not None and gd.type == "AGREE" and g is not None and g.lemma_.lower() in HARM_VOWS \
                and (d.type in THREAT_OF or d.type == "THREATEN") and _vowed_act(d.token, g):
            # "vowed to make Japan pay a heavy price": a vow of a threat is the threat (CAMEO 130)
            gd.type, (gd.mode, gd.cameo) = "THREATEN", THREAT_OF.get(d.type, (None, "130"))
            gd.rule = f"{gd.rule}+vow-to-harm"


#: verbs of belief, not of saying: "most Britons believe the government should cut taxes" is an
#: opinion held, not a demand made on anyone (CAMEO 10 demands are communicated)
BELIEF_VERBS = frozenset({"believe", "think", "feel", "reckon", "consider", "hope", "fear", "expect", "suspect",
                          "doubt", "assume", "understand", "know"})
#: verbs of saying that, with a bare subjunctive below them, demand it ("insisted that they leave")
SUBJUNCTIVE_DEMANDS = frozenset({"insist"})


#: verbs of knowing: what someone "must understand" or "should know" is a warning, not an act demanded
COGNITION = frozenset({"understand", "know", "realize", "realise", "remember", "appreciate", "grasp"})


def deontic_demands(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    rules = ctx.lexicon.rules
    new: list[Draft] = []
    for tok in sent:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SUBJUNCTIVE_DEMANDS and ((
                (tok.tag_ == "VB" or (tok.tag_ == "VBP" and tok.head.tag_ == "VBD")) and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children)) or (
                # ... and the passive subjunctive: "insisted that the hostages be freed" (a past demand:
                # "insists the issues be settled bilaterally" is a position held)
                tok.tag_ == "VBN" and tok.head.tag_ == "VBD"
                and [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")] == ["be"])):
            # "insisted that the soldiers leave": the bare subjunctive of a demand (CAMEO 10); after a
            # past "insisted", a present form is one too (reported speech would say "left")
            clause, speech = tok, tok.head
        elif tok.lower_ in ("must", "should") and tok.dep_ == "aux":
            clause = tok.head
            speech = clause.head
            if clause.dep_ != "ccomp" or speech.lemma_.lower() not in rules["attribution.speech_verbs"] \
                    or speech.lemma_.lower() in BELIEF_VERBS:
                continue
        else:
            continue
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subj is None and speech.dep_ == "conj":
            # "condemned the takeover and insisted that ...": the first verb's subject says both
            subj = next((c for c in speech.head.children if c.dep_ == "nsubj"), None)
        target = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if target is not None and target.i > tok.i:
            continue  # "... should the bill become law": the modal before its subject is a condition
            # (or a question), no demand
        if subj is None or target is None or target.lower_ in ("i", "we", "you") \
                or clause.lemma_.lower() in rules["attribution.speech_verbs"] \
                or clause.lemma_.lower() in COGNITION:
            continue  # "I must say ...": no demand on anyone; "they must understand that ...": a
            # warning about what is so, no act demanded (CAMEO 10 demands an act)
        actor, recipient = resolve(subj, ctx.index), resolve(target, ctx.index)
        if target.dep_ == "nsubjpass":
            # "insisted that the hostages be freed": the demand is made on whoever is to free them,
            # the agent where one is told, not on the hostages
            agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            recipient = resolve(agent, ctx.index) if agent is not None else []
        if not any(p.resolved for p in actor) or any(
                c.dep_ == "det" and c.lower_ in ("each", "every", "any", "all") for c in target.children):
            continue  # a demand is made on an actor: "each company must fend for itself" describes
        for d in drafts:
            if d.token.i == clause.i or (d.noun and d.mod.chain and d.mod.chain[0].i == clause.i):
                d.dropped = True
        mod = ModalityResult("asserted", {}, None, [tok, speech])
        new.append(Draft(tok, "REQUEST", None, "100", "rule:deontic-demand", True, False, (speech.i, clause.i),
                         actor, recipient, mod, derived=True))
    return new


def charged_wrongs(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """A source says an actor committed a wrong ("the UN says both sides have committed grave
    abuses", "Amnesty said the police had committed torture"): an accusation by the source (CAMEO
    112, accuse of crime; rules.toml [classes].crimes), aimed at the one said to have done it. The
    wrong itself is the content of the charge, no act of its own."""
    rules = ctx.lexicon.rules
    crimes = rules.classes.get("crimes", frozenset())
    speech = rules["attribution.speech_verbs"]
    new: list[Draft] = []
    for tok in sent:
        if tok.lemma_.lower() != "commit" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in speech:
            continue
        wrongs = [c for c in tok.children if c.dep_ == "dobj" and lemma_forms(c) & crimes]
        if not wrongs:
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for w in wrongs
               for c in w.children) or any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
            continue  # "said the gunmen committed the massacre on Sunday": a report of one act
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "said its forces had not committed any abuses": a denial, no charge
        said = tok.head
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        target = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or target is None or target.lower_ in ("i", "we"):
            continue
        actor, recipient = resolve(subj, ctx.index), resolve(target, ctx.index)
        if not any(p.resolved for p in actor):
            continue
        if any(d.type == "ACCUSE" and d.token.i in (said.i, tok.i) for d in drafts):
            continue
        for d in drafts:
            if d.token.i == tok.i or d.token.head.i == tok.i:
                d.dropped = True
        mod = ModalityResult("asserted", {}, None, [tok, said])
        new.append(Draft(said, "ACCUSE", None, "112", "rule:charged-wrong", True, False, (tok.i,),
                         actor, recipient, mod, derived=True))
    return new


def protest_acts(sent: Span, drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """Acts that are protests by what the sentence says they are for, where no entry codes the verb
    (CAMEO 14, public dissent): an act done "in protest" ("shut their shops in protest against the
    tax", "walked out in protest"), and a gathering whose purpose is protest ("gathered outside the
    ministry to demand ..."; rules.toml [classes].gathering, .protest_purposes)."""
    rules = ctx.lexicon.rules
    gathering = rules.classes.get("gathering", frozenset())
    purposes = rules.classes.get("protest_purposes", frozenset())
    taken = {d.token.i for d in drafts}
    new: list[Draft] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken or tok.dep_ in ("amod", "compound"):
            continue
        said = any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "protest" for o in c.children) for c in tok.children)
        purpose = lemma_forms(tok) & gathering and any(
            c.dep_ in ("advcl", "xcomp") and lemma_forms(c) & purposes
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
        if not (said or purpose):
            continue
        actor = resolve(verb_actor(tok)[0], ctx.index) if verb_actor(tok) else []
        against = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "protest"
                   for p in o.children if p.dep_ == "prep" and p.lower_ in ("against", "at", "over")
                   for o2 in p.children if o2.dep_ == "pobj" for o in [o2]]
        recipient = [p for t in against for p in resolve(t, ctx.index)]
        mod = modality_of(tok, rules, ctx.ann.document.published)
        new.append(Draft(tok, "PROTEST", "demo", "141", "rule:protest-purpose", True, False, (), actor,
                         recipient, mod, actor_heads=verb_actor(tok)))
    return new


REJECT_CAMEO: Mapping[str, str] = MappingProxyType({
    "AGREE": "120",
    "CONSULT": "125",
    "SUPPORT": "120",
    "COOPERATE": "121",
    "AID": "122",
    "CONCEDE": "124",
    "RETREAT": "124",
})
REFUSALS = frozenset({"fail", "refuse", "decline", "reject"})


#: joint forces and missions troops are sent to join
ALLIED_FORCES = frozenset({"force", "mission", "coalition", "contingent", "operation", "peacekeeping", "deployment"})


def _to_an_allied_force(tok: Token) -> bool:
    """The forces are sent "to" a joint force, a mission or a coalition, not against anyone."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ALLIED_FORCES for o in c.children)
        for t in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for c in t.children)


#: verbs of helping another: forces sent "to help" or "to assist" a party go to its aid
HELPING = frozenset({"help", "assist", "aid", "support", "reinforce", "bolster"})


#: verbs that tell someone a commitment: their object is whom it is made to
ADDRESSING = frozenset({"assure", "reassure", "promise", "pledge", "guarantee", "tell", "inform", "warn"})


def _addressee(tok: Token) -> Token | None:
    """The object of the verb of telling that governs ``tok``'s clause ("assured X that ...")."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in ADDRESSING:
            return next((c for c in t.head.children if c.dep_ in ("dobj", "dative")
                         and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i < t.i), None)
        t = t.head
    return None


def _helped(d: Draft) -> Token | None:
    """The named state or body the forces are sent to help ("to help Latvia patrol its frontier", "to
    assist the Haitian police"), not one of their own side's; None if none."""
    own = {t.i for p in d.actor for t in p.token.subtree}
    for c in d.token.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            helped = [o for o in c.children if o.dep_ == "dobj"]
            helped += [s for o in c.children if o.dep_ in ("ccomp", "xcomp") for s in o.children if s.dep_ == "nsubj"]
            for h in helped:
                if h.i not in own and (h.ent_type_ in ("GPE", "NORP", "ORG") or any(
                        m.ent_type_ in ("GPE", "NORP") for m in h.children if m.dep_ in ("amod", "compound", "poss"))):
                    return h
    return None


def _own_act(tok: Token, cue: Token) -> bool:
    """Is ``tok`` an act of ``cue``'s own subject: no clause between them has a subject of its own
    ("proposed hosting the talks", "proposed to mediate"; not "proposed that the two sides meet")?"""
    t = tok
    while t.i != cue.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) or t.head.i == t.i:
            return False
        t = t.head
    return True


def _derived_type(d: Draft, rules: Rules) -> tuple[str, str | None, str | None, str, Token] | None:
    """(type, mode, cameo, rule, cue) of the commitment, threat or refusal ``d`` also expresses."""
    cues = d.mod.cues
    clause = d.mod.chain[0] if d.mod.chain else d.token
    if d.mod.modality == "negated" and (d.type in COOPERATIVE or d.type == "AGREE"):
        neg = cues["negated"]
        committed = "planned" in cues and cues["planned"].lower_ in rules["modality.commitment_cues"]
        if neg.lemma_.lower() in REFUSALS and so_far(neg):
            return None  # "has so far refused to relax the rules": the refusal holds, no new act
        if neg.lemma_.lower() in REFUSALS and neg.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "advmod" and c.lower_ == "still" for c in neg.children):
            return None  # "still refuses to extradite him": a position held, no new act
        if neg.lemma_.lower() in REFUSALS or (committed and neg.head.i == clause.i):
            # "will not accept refugees", "failed to reach a settlement": a refusal
            return "REJECT", None, REJECT_CAMEO[d.type], "rule:refusal", neg
        return None
    carried = cues.get("conditional")
    conditional = carried is not None and carried.head.i != clause.i
    cue = d.mod.commitment
    committed = cue is not None and (cue.lemma_.lower() in rules["modality.commitment_cues"]
                                     or cue.lower_ in rules["modality.commitment_cues"]
                                     or (cue.pos_ == "ADJ"
                                         and cue.lemma_.lower() in rules["modality.willing_adjectives"]))
    offered = (cue is not None and not committed and d.type in COOPERATIVE
               and cue.lemma_.lower() in rules["modality.offer_cues"] and _own_act(d.token, cue))
    committed = committed or offered
    if not (committed or conditional) or d.mod.modality not in ("planned", "intended", "conditional"):
        return None
    anchor = cue if committed and cue is not None else d.token
    if d.token.lemma_.lower() in ("receive", "win", "earn", "draw", "garner", "get") and d.type in ("AID", "SUPPORT"):
        return None  # "will receive a deposit from the UAE": the receiver's future is no giver's promise
    if d.type == "MOBILIZE" and cue is not None and (committed or cue.dep_ == "aux") and _helped(d) is not None:
        # "would send forty border guards to help Latvia patrol its frontier": forces offered to
        # another are an offer of military cooperation (CAMEO 0312), not a deployment against anyone
        return "AGREE", None, "0312", "rule:intent-to-cooperate", cue if committed else d.token
    if d.type in SCHEDULED and cue is not None and cue.dep_ == "aux" and not conditional and not (
            d.type == "CONSULT" and d.mode != "visit" and _intent_to_negotiate(d.token, cue)):
        # "will visit Mexico next week", "will hold a rally", "will send more troops": a meeting, a
        # protest or a deployment told in the future tense is a planned event, not a promise or a
        # threat; a vow, an offer or a condition makes it one (CAMEO 036, 13)
        return None
    if d.type in COOPERATIVE:
        return "AGREE", None, AGREE_CAMEO[d.type], "rule:intent-to-cooperate", anchor
    if d.type == "MOBILIZE" and _to_an_allied_force(d.token):
        # "stood ready to send another battalion to the regional force": troops promised to a joint
        # force or mission are an offer of military cooperation (CAMEO 0312), not a threat (138)
        return "AGREE", None, "0312", "rule:intent-to-cooperate", anchor
    if d.type == "REJECT" and (d.noun or not conditional):
        return None  # a veto is held over another only on a condition told with it ("unless ...")
    if d.type in THREAT_OF:
        mode, cameo = THREAT_OF[d.type]
        return "THREATEN", mode, cameo, "rule:intent-to-threaten", anchor
    return None


#: verbs of entering negotiations: "will join / reopen / resume talks", "would sit down with"
ENTERING_TALKS = frozenset({"join", "rejoin", "reopen", "resume", "open", "enter", "begin", "start", "sit", "return"})


def _intent_to_negotiate(tok: Token, cue: Token) -> bool:
    """Talks told in the future as a decision to enter them ("will join a new round of talks", "would
    reopen talks", "would sit down with Kinshasa"), or as what a speaker said would be done ("said
    Kathmandu would hold talks"): an intent to meet or negotiate (CAMEO 036). A meeting told in the
    future tense alone ("will meet in January", "will host talks on Friday") is a schedule."""
    verb = tok
    for _ in range(4):  # "join a new round of talks": the verb that governs the noun
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in ENTERING_TALKS or cue.lower_ == "would"


def intent(drafts: list[Draft], ctx: SentenceContext) -> list[Draft]:
    """Commitments ("will provide aid" -> AGREE), threats ("would blockade", "may halt ... if" ->
    THREATEN) and refusals ("will not admit" -> REJECT) that an event of its own actor expresses."""
    rules = ctx.lexicon.rules
    coded = {(d.token.i, d.type) for d in drafts if not d.dropped}
    governors = {d.token.i: d for d in drafts}
    new: list[Draft] = []
    for d in drafts:
        if d.dropped or d.derived:
            continue
        if not any(p.resolved for p in d.actor):
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
        # the committed, threatened or refused act is the derived event's content, not an event of its
        # own: "will provide aid" is an AGREE (CAMEO 033), not also an AID that has not happened
        d.dropped = True
        cues = {k: v for k, v in d.mod.cues.items() if k == "reported"}
        mod = ModalityResult("reported" if cues else "asserted", cues, None, [cue, *d.mod.chain])
        helped = _helped(d) if etype == "AGREE" and d.type == "MOBILIZE" else None
        recipient = resolve(helped, ctx.index) if helped is not None and not d.recipient else d.recipient
        if not any(p.resolved for p in recipient):
            # "assured his Bolivian counterpart that Brazil would send aircraft": the one a commitment
            # or a threat is made to
            told = _addressee(d.token)
            if told is not None and not lemma_forms(told) & rules.classes.get("press", frozenset()):
                recipient = resolve(told, ctx.index)
        new.append(Draft(cue, etype, mode, cameo, rule, True, False, (d.token.i, *d.consumed), d.actor,
                         recipient, mod, derived=True, content=[d]))
    return new


#: what forces are sent to do when they bring relief: fight fires or floods, rescue, evacuate, feed
RELIEF_PURPOSES = frozenset({"rescue", "evacuate", "feed", "rebuild", "distribute", "deliver", "airlift"})
#: disasters forces may be sent to fight ("to help fight wildfires", "to battle the floods")
DISASTERS = frozenset({"fire", "wildfire", "blaze", "bushfire", "forest", "flood", "flooding", "outbreak",
                       "epidemic", "drought", "quake", "earthquake", "landslide", "storm", "cyclone", "hurricane"})


def _for_relief(tok: Token) -> bool:
    """The forces' purpose, a to-clause of the sending verb, is relief: rescuing, evacuating,
    fighting a fire or a flood."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(a.tag_ == "TO" for a in c.children):
            continue
        verbs = [c, *(g for g in c.children if g.dep_ in ("xcomp", "ccomp", "conj"))]
        for v in verbs:
            lemma = v.lemma_.lower()
            if lemma in RELIEF_PURPOSES:
                return True
            if lemma in ("fight", "battle", "tackle", "contain", "combat", "douse", "extinguish") and any(
                    lemma_forms(o) & DISASTERS for o in v.children if o.dep_ in ("dobj", "pobj")):
                return True
    return False


#: sectors of a state's policing: their raids search and seize
POLICING = frozenset({"COP", "SPY", "JUD"})
#: what a vehicle sent does with its load: "ships carrying tents", "planes loaded with medicine"
LADEN = frozenset({"carry", "load", "laden", "bring", "transport", "ferry", "fill", "pack", "stock"})


def _carries_relief(tok: Token, rules: Rules) -> bool:
    """What is sent is a vehicle whose load is relief ("dispatched three ships carrying tents and
    food", "sent planes loaded with medicine"): humanitarian aid delivered (CAMEO 073), no forces
    moved, unless the load is also arms."""
    relief = rules.classes.get("relief", frozenset())
    arms = rules.classes.get("arms", frozenset())
    for o in tok.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        loads = [t for c in o.children if (c.dep_ == "acl" and c.lemma_.lower() in LADEN) or (
            c.dep_ == "prep" and c.lower_ == "with") for t in c.subtree]
        if any(lemma_forms(t) & relief for t in loads) and not any(lemma_forms(t) & arms for t in loads):
            return True
    return False


#: sectors of people with no arms of their own: their violence or blockades are protest (CAMEO 14)
CIVIL_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP", "BUS", "REL", "MED"})
#: what crowds throw
STONES = frozenset({"stone", "rock", "brick", "bottle", "tyre", "tire"})


def _civilians(d: Draft) -> bool:
    """Every actor the draft names is of a civilian sector (students, workers, farmers, a crowd)."""
    sectors = [p.entity.sector for p in d.actor if p.entity is not None]
    return bool(sectors) and all(sec in CIVIL_SECTORS for sec in sectors)


def _in_protest(clause: Token) -> bool:
    """The clause says it is done "in protest" ("blocked the roads in protest at the tax")."""
    def own(t: Token) -> bool:  # in the clause itself, not in a clause below it
        cur = t.head
        while cur.i != clause.i and cur.head.i != cur.i:
            if cur.pos_ in ("VERB", "AUX"):
                return False
            cur = cur.head
        return cur.i == clause.i

    # "in protest" may hang on a phrase of the clause: "blocked the roads for three days in protest"
    return any(c.dep_ == "prep" and c.lower_ == "in" and own(c) and any(
        o.dep_ == "pobj" and o.lemma_.lower() == "protest" for o in c.children) for c in clause.subtree)


def _stones(d: Draft) -> bool:
    """What is thrown is stones, rocks, bricks or bottles, or tyres set alight."""
    return any(lemma_forms(d.token.doc[i]) & STONES for i in d.consumed) or any(
        c.dep_ == "dobj" and lemma_forms(c) & STONES for c in d.token.children)


#: weapons made to kill: a crowd that fights with them fights (CAMEO 18-19: "clashed with machetes"),
#: where stones, sticks and bottles thrown are a riot (145)
LETHAL_ARMS = frozenset({"machete", "knife", "axe", "sword", "spear", "arrow", "gun", "rifle", "pistol",
                         "kalashnikov", "firearm", "shotgun", "grenade", "bow"})


#: nouns of a promise whose clause is what is promised ("gave assurances that it would not allow ...")
PROMISE_NOUNS = frozenset({"assurance", "guarantee", "pledge", "promise", "commitment", "undertaking", "vow"})
#: codes of international bodies and agencies
INTERNATIONAL = frozenset({"UNO", "IGO", "NGO", "EUR"})
#: words that make "fire" gunfire ("heavy fire", "rocket fire")
LIVE_FIRE = frozenset({"heavy", "intense", "sustained", "rocket", "artillery", "sniper", "mortar", "machine-gun",
                       "machinegun", "small-arms", "enemy", "hostile", "gun", "tank", "missile", "live", "automatic"})
#: what can be shot at: places, posts, vehicles and forces
TARGETS_OF_FIRE = frozenset({"station", "base", "post", "outpost", "checkpoint", "convoy", "patrol", "ship", "vessel",
                             "boat", "aircraft", "plane", "helicopter", "drone", "troop", "soldier", "force",
                             "peacekeeper", "camp", "embassy", "consulate", "hospital", "school", "village", "town",
                             "city", "position", "barracks", "compound", "vehicle", "truck", "car", "bus", "train",
                             "airport", "port", "headquarters", "office", "building", "house", "home", "unit",
                             "police", "officer", "army", "warship", "tanker", "frigate", "border"})


def under_real_fire(d: Draft, scope: list[Token], rules: Rules) -> bool:
    """"came under fire" told of a place, a vehicle or a force, or from armed men, or with weapons
    named: shooting, not criticism."""
    if any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in d.token.children):
        return False  # "for his remarks", "over the deal": criticism
    subj = [c for c in d.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the head or a word the parser compounded onto it ("a bus carrying pilgrims" parsed as one noun)
    if any(lemma_forms(t) & TARGETS_OF_FIRE for s in subj
           for t in (s, *(c for c in s.subtree if c.dep_ == "compound"))):
        return True
    fire = [t for t in d.token.subtree if t.lemma_.lower() == "fire"]
    if any(m.dep_ in ("amod", "compound") and m.lower_ in LIVE_FIRE for f in fire for m in f.children):
        return True  # "came under intense fire", "under rocket fire": shooting
    armed = rules.actors.get("ASSAULT", frozenset())
    if any(lemma_forms(h) & armed for h in d.actor_heads):
        return True
    return any(instrument(t, rules) in ("firearms", "heavy-weapons", "aerial", "explosives") for t in scope)


#: sectors of armed groups that are not a state's
ARMED_GROUPS = frozenset({"REB", "CRM", "UAF"})


def _armed_doers(d: Draft) -> bool:
    """Every actor the draft names with a sector is an armed group (rebels, gangs, gunmen)."""
    sectors = [p.entity.sector for p in d.actor if p.entity is not None and p.entity.sector]
    return bool(sectors) and all(s in ARMED_GROUPS for s in sectors)


def retype(drafts: list[Draft], rules: Rules) -> None:
    """Types the trigger alone cannot tell, told by the weapons or the people in its clause."""
    told_by_verb: set[int] = set()
    for d in drafts:
        clause = d.mod.chain[0] if d.mod.chain else d.token
        # instruments, not targets: what was destroyed or dispersed does not say how
        targets = {t.i for c in clause.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        # "dispersed a demonstration using live bullets": a means the parser hangs on the object
        targets -= {t.i for c in clause.children if c.dep_ in ("dobj", "nsubjpass") for u in c.subtree
                    if u.dep_ in ("acl", "prep") and u.lemma_.lower() in MEANS for t in u.subtree}
        scope = list(clause.subtree)
        if clause.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            # "used tear gas to disperse", "fire water cannon to disperse": the means is the main clause
            scope += list(clause.head.subtree)
        tools = {instrument(t, rules) for t in scope if t.i not in targets} - {None}
        heads = {f for p in (*d.actor, *d.recipient) for t in _with_of(p.token) for f in lemma_forms(t)}
        doers = {f for p in d.actor for t in _with_of(p.token) for f in lemma_forms(t)}
        if d.type == "COERCE" and (d.cameo or "").startswith("174") and any(
                p.code in INTERNATIONAL for p in d.recipient):
            # "expelled the top U.N. humanitarian official": staff of an international body or an aid
            # agency expelled are withdrawn relations (CAMEO 166, 1663), not people deported (174)
            d.type, d.mode, d.cameo, d.rule = "SANCTION", "expel", "166", f"{d.rule}+international-staff"
            continue
        if d.type == "COERCE" and d.cameo == "171" and _armed_doers(d) and any(
                p.entity is not None and p.entity.sector in PEOPLE for p in d.recipient):
            # "gunmen seized nine aid workers": people seized by an armed group are abducted (CAMEO
            # 181), not property seized (171); by the police they are arrested (173, its own entry)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", "abduct", "181", f"{d.rule}+people-seized"
            continue
        if d.type == "PROTEST" and d.mode == "obstruct" and _organs_of_state(d):
            # "the telecoms regulator blocked access to Facebook", "police blocked the road to the
            # square": the state restricting access censors (CAMEO 1721) or restricts movement (191);
            # CAMEO 144 is obstruction by those who protest
            online = any(sent_t.ent_type_ in ("ORG", "PRODUCT") or lemma_forms(sent_t) & ONLINE
                         for sent_t in d.token.subtree)
            d.type, d.mode, d.cameo = "COERCE", "censor" if online else "restrict", "1721" if online else "191"
            d.rule = f"{d.rule}+state-obstructs"
            continue
        if d.type == "ACCUSE" and d.token.lemma_.lower() in ("blast", "pound", "hammer") and tools & {
                "repression", "firearms", "heavy-weapons", "aerial", "explosives"}:
            # "blasted two supply boats with water cannon": force used, not criticism (CAMEO 190)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "190", f"{d.rule}+weapons"
            continue
        if d.type == "ACCUSE" and d.token.lemma_.lower() == "come" and under_real_fire(d, scope, rules):
            # "the police station came under fire from gang members": shot at (CAMEO 190), not criticised
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "190", f"{d.rule}+gunfire"
            continue
        if d.type == "COERCE" and d.mode == "restrict" and (tools & {"repression", "firearms", "heavy-weapons"}
                                                             or _casualties(clause, rules)):
            # "police used tear gas to disperse the protest", "35 were killed when the military broke
            # up a sit-in": violent repression (CAMEO 175)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "175", f"{d.rule}+violent-repression"
        elif d.type == "COERCE" and d.mode == "destroy" and (
                tools & {"aerial", "heavy-weapons", "explosives"}
                or heads & rules.actors.get("ASSAULT", frozenset()) & set(rules.instruments)):
            # "jets destroyed weapons depots": destruction by military force (CAMEO 190)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", None, "190", f"{d.rule}+armed-destruction"
        elif d.type == "COERCE" and d.mode == "destroy" and any(_a_person(p) for p in d.recipient):
            # "a mob set a suspected thief ablaze", "villagers burned a man": violence against a
            # person, not damage to property (CAMEO 182)
            d.type, d.mode, d.cameo, d.rule = "ASSAULT", "beat", "182", f"{d.rule}+against-person"
        elif (d.type == "ASSAULT" or (d.type == "COERCE" and d.mode == "destroy")) and not any(
                lemma_forms(t) & LETHAL_ARMS for t in scope) and (
                (d.token.lemma_.lower() in ("clash", "confront", "scuffle")
                 and heads & rules.actors.get("PROTEST", frozenset()))
                or doers & PROTESTERS or (_civilians(d) and (_in_protest(clause) or _stones(d)))):
            # "protesters clashed with police", "rioters set fire to cars", "students hurled stones
            # outside parliament": a violent protest (CAMEO 145)
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "riot", "145", f"{d.rule}+riot"
        elif d.type == "PROTEST" and d.mode == "strike" and d.noun and _harm_done(d.token) and any(
                o.type in ("ASSAULT", "COERCE") and o.token.i in _harm_verbs(d.token) for o in drafts):
            # "the strike killed seven": the killing told by its verb is the attack; the strike noun
            # is the same act, not a labour strike
            told_by_verb.add(id(d))
        elif d.type == "PROTEST" and d.mode == "strike" and _strike_of_arms(d):
            # "launched air strikes on a village", "carried out drone strikes": strikes of weapons
            # are attacks (CAMEO 195 aerial weapons, 190), not labour strikes (143)
            aerial = _strike_of_arms(d) == "aerial"
            d.type, d.mode, d.cameo, d.rule = ("ASSAULT", "aerial" if aerial else None, "195" if aerial else "190",
                                               f"{d.rule}+strike-of-arms")
        elif d.type == "COERCE" and d.mode == "restrict" and _civilians(d) and _in_protest(clause):
            # "truck drivers blockaded the ports in protest at fuel prices": civilians who block
            # something in protest obstruct (CAMEO 144), they impose no blockade of a state (191)
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "obstruct", "144", f"{d.rule}+protest-blockade"
        elif d.type == "ASSAULT" and d.token.lemma_.lower() in CAPTURES and _unopposed(d, drafts):
            # "took control of the town after government troops withdrew", "entered without a fight":
            # territory taken without fighting is an occupation (CAMEO 192), not combat
            d.type, d.mode, d.cameo, d.rule = "COERCE", "seize", "192", f"{d.rule}+unopposed"
        elif d.type == "PROTEST" and d.token.lemma_.lower() == "protest" and d.token.dep_ != "acl" \
                and _state_actor(d) and not typical_actor(d, rules) and any(
                    c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("against", "over", "about"))
                    for c in d.token.children):
            # a government, ministry or force that "protests" something ("protested the arms sale",
            # "protested against the arrest of its consul") complains officially (CAMEO 114);
            # civilians who protest demonstrate (14), and so do people "protesting" (a participle
            # describes a crowd, whatever noun the parser hangs it on)
            d.type, d.mode, d.cameo, d.rule = "ACCUSE", "allege", "114", f"{d.rule}+official-complaint"
        elif d.type == "COOPERATE" and d.cameo == "062" and _alone(d, clause):
            # "China held drills around the island": military exercises with no partner are a show of
            # force (CAMEO 150); cooperating militarily (062) takes two
            d.type, d.mode, d.cameo, d.rule = "MOBILIZE", None, "150", f"{d.rule}+show-of-force"
        elif d.type == "ACCUSE" and d.cameo == "113" and (doers | {f for t in d.actor_heads for f in lemma_forms(t)} | {
                f for t in d.actor_heads for c in t.children if c.dep_ == "nummod" for f in lemma_forms(c)}) \
                & rules.actors.get("PROTEST", frozenset()):
            # "tens of thousands rallied against the law outside parliament", "several thousand
            # Chileans rallied against ...": crowds demonstrate (141); a party or a leader rallying
            # opposition against someone is CAMEO 113
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "demo", "141", f"{d.rule}+crowd"
        elif d.type == "ASSAULT" and d.token.lemma_.lower() == "strike" and not d.noun and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in d.token.children) and doers & rules.actors.get(
                "PROTEST", frozenset()):
            # "rail workers struck for a second day": a labour strike (CAMEO 143), no attack
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "strike", "143", f"{d.rule}+labour-strike"
        elif d.type == "ASSAULT" and d.token.lemma_.lower() == "raid" and not d.noun and d.actor and all(
                p.to_json().get("sector") in POLICING for p in d.actor) and not (
                tools & {"aerial", "heavy-weapons", "explosives", "firearms"}) and not _casualties(clause, rules):
            # "the security service raided the offices of a news site": a police raid with no shot
            # fired or anyone hurt is coercion (CAMEO 17: searches, seizures), not armed attack (18-20)
            d.type, d.mode, d.cameo, d.rule = "COERCE", None, "170", f"{d.rule}+police-raid"
        elif d.type == "MOBILIZE" and _carries_relief(d.token, rules):
            # "dispatched three ships carrying tents and food to Syria": relief delivered (CAMEO 073)
            d.type, d.mode, d.cameo, d.rule = "AID", "humanitarian", "073", f"{d.rule}+relief-load"
        elif d.type == "MOBILIZE" and _for_relief(d.token):
            # "sent two air force planes to help fight wildfires", "deployed troops to rescue flood
            # victims": forces sent for a disaster bring humanitarian aid (CAMEO 073), no show of force
            d.type, d.mode, d.cameo, d.rule = "AID", "humanitarian", "073", f"{d.rule}+relief"
        elif d.type == "RETREAT" and d.mode == "withdraw" and any(_an_organisation(p) for p in d.recipient):
            # "withdrew from ECOWAS": leaving a body states belong to reduces relations (CAMEO 160);
            # troops withdrawn from a place are a RETREAT
            d.type, d.mode, d.cameo, d.rule = "SANCTION", "withdraw", "160", f"{d.rule}+leaves-body"
        elif (d.type == "ASSAULT" or (d.type == "THREATEN" and d.mode == "violence")) and _economic_means(d, rules):
            # "retaliated with tariffs", "tariffs targeting Canadian steel": an economic measure, coded
            # as our entries code imposing tariffs and sanctions (CAMEO 163)
            d.type, d.mode, d.cameo, d.rule = "SANCTION", None, "163", f"{d.rule}+economic-means"
        elif d.type == "ASSAULT" and d.token.lemma_.lower() in VERBAL_ATTACKS and _for_a_reason(d, rules, tools):
            # "attacked the newspaper for refusing to ...", "blasted the minister for his remarks": an
            # attack in words on what an actor did or said is criticism (CAMEO 111); armed doers, a
            # weapon in the clause or a place attacked keep the ASSAULT
            d.type, d.mode, d.cameo, d.rule = "ACCUSE", "disapprove", "111", f"{d.rule}+verbal-attack"
        elif d.type == "REJECT" and d.token.lemma_.lower() == "defy" and typical_actor(d, rules, "PROTEST"):
            # "protesters defied a ban on rallies": civil disobedience is a protest (CAMEO 141)
            d.type, d.mode, d.cameo, d.rule = "PROTEST", "demo", "141", f"{d.rule}+defiance"
    drafts[:] = [d for d in drafts if id(d) not in told_by_verb]


#: sectors of the state: an actor of these (or a state named alone) acts for its government
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: what is reached online: blocking access to it is censorship (CAMEO 1721)
ONLINE = frozenset({"website", "internet", "site", "platform", "network", "app", "outlet", "medium", "online",
                    "web", "messaging", "social"})


def _organs_of_state(d: Draft) -> bool:
    """Every actor the draft names with a sector is an organ of the state (government, police, army,
    courts)."""
    sectors = [p.entity.sector for p in d.actor if p.entity is not None and p.entity.sector]
    return bool(sectors) and all(s in STATE_SECTORS for s in sectors)


#: words that make a strike one of weapons: from the air (CAMEO 195) or of other arms (190)
AERIAL_STRIKES = frozenset({"air", "drone", "aerial"})
#: (a missile or rocket strike is one of the heavy weapons the instruments class gives missiles and
#: rockets, as "missiles hit the block" is: one act's reports must not differ in mode by the noun)
ARMED_STRIKES = frozenset({"artillery", "military", "retaliatory", "precision", "naval", "nuclear", "preemptive",
                           "missile", "rocket",
                           "pre-emptive", "targeted", "surgical", "punitive"})


def _strike_of_arms(d: Draft) -> str | None:
    """"aerial" or "armed" where the draft's strike noun is one of weapons ("air strikes", "a
    retaliatory strike"), or a state's armed forces strike; None for a labour strike."""
    nouns = [d.token] if d.noun else [c for c in d.token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    mods = {m.lower_ for n in nouns if n.lemma_.lower() == "strike" for m in n.children
            if m.dep_ in ("compound", "amod", "nmod")}
    if mods & AERIAL_STRIKES:
        return "aerial"
    if mods & ARMED_STRIKES or any(p.to_json().get("sector") == "MIL" for p in d.actor):
        return "armed"
    if any(n.lemma_.lower() == "strike" and _harm_done(n) for n in nouns):
        return "armed"
    return None


#: what a strike of arms does to people and places, and a labour strike does not: kill, wound, destroy
STRIKE_HARMS = frozenset({"kill", "wound", "injure", "destroy", "damage", "flatten", "level", "raze", "demolish"})
#: what such a strike leaves behind ("left a crater", "left five dead")
STRIKE_LEFT = frozenset({"crater", "dead", "rubble", "ruin", "casualty", "hole"})


def _harm_verbs(noun: Token) -> set[int]:
    """The verbs that tell what a strike did ("the strike killed", "hit the town, killing two")."""
    verb = noun.head
    return {verb.i, *(c.i for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in STRIKE_HARMS)}


def _harm_done(noun: Token) -> bool:
    """The strike is the subject of killing, wounding or destroying, or of a verb whose clause goes on
    to kill ("a strike hit the district, killing two"), or it left a crater or the dead behind."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i:
        return False
    verb = noun.head
    if verb.lemma_.lower() in STRIKE_HARMS:
        return True
    if verb.lemma_.lower() == "leave" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and any(
            t.lemma_.lower() in STRIKE_LEFT for t in c.subtree) for c in verb.children):
        return True
    return any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in STRIKE_HARMS and not any(
        a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in verb.children)


def _state_actor(d: Draft) -> bool:
    """The actor phrase is headed by a state, or an organ of one ("the foreign ministry", "the coast
    guard"), not merely a phrase with a place in it ("a rally in Lagos")."""
    heads = {h.i for h in d.actor_heads}
    return any(p.entity is not None and p.code and p.token.i in heads and (p.entity.sector in STATE_SECTORS or (
        p.entity.sector is None and len(p.code) == 3 and p.entity.label in ("GPE", "ORG")
        and p.token.tag_ not in ("NNS", "NNPS")))  # "Nigerians", "thousands of Chileans": people
               for p in d.actor)


def _alone(d: Draft, clause: Token) -> bool:
    """One actor, no partner: no second coded actor, no recipient, and no "joint" or "with" in the
    clause ("held joint drills", "drills with Japan")."""
    if len({p.code for p in d.actor if p.code}) > 1 or d.recipient:
        return False
    return not any(t.lower_ in ("joint", "with", "together", "alongside", "combined", "bilateral", "trilateral")
                   and not boundary_with(t) for t in clause.subtree)


def _an_organisation(p: Party) -> bool:
    """The party is an organisation of states or a court, not a place (ECOWAS, the ICC, NATO)."""
    e = p.entity
    return e is not None and e.kind == "actor" and e.label == "ORG" and bool(e.code) \
        and (len(e.code or "") != 3 or e.code in ("IGO", "UNO", "EUR", "NGO"))


def _for_a_reason(d: Draft, rules: Rules, tools: set[str | None]) -> bool:
    """The attack is criticism: a "for" phrase gives what the target did or said (a gerund, or a
    noun of what is said or decided), no weapon is in the clause, and neither side is armed or a place."""
    if tools or any(p.entity is not None and p.entity.sector in ARMED for p in (*d.actor, *d.recipient)):
        return False
    if any(p.entity is not None and p.entity.label in ("GPE", "LOC", "FAC") for p in d.recipient):
        return False
    said = (rules.classes.get("information", frozenset()) | rules.classes.get("abstract", frozenset())
            | rules.classes.get("assertions", frozenset()) | REASONS)
    for prep in d.token.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG":
                return True
            if g.dep_ == "pobj" and lemma_forms(g) & said:
                return True
    return False


def _economic_means(d: Draft, rules: Rules) -> bool:
    """The trigger's doer, or what it acts "with", is an economic measure (rules.toml [classes].economic)."""
    economic = rules.classes.get("economic", frozenset())
    # "retaliated against the tariffs", "hit back over sanctions": what a response answers is what it
    # is made with
    preps = ("with", "against", "over", "for") if d.token.lemma_.lower() in RESPONSE_VERBS else ("with",)
    means = [g for c in d.token.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    if d.token.lemma_.lower() in RESPONSE_VERBS:
        # "retaliated by announcing higher tariffs": what the response was made of
        means += [o for c in d.token.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pcomp" for o in g.children if o.dep_ == "dobj"]
    subjects = [c for c in d.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if d.token.dep_ == "acl":  # "tariffs targeting Canadian steel"
        subjects.append(d.token.head)
    if d.token.dep_ == "advcl" and d.token.tag_ == "VBG":
        # "imposed a round of sanctions on Friday, targeting banks": the participle tells what the
        # measure of its clause (its object, or what the object is a round or a package of) is aimed at
        objects = [o for o in d.token.head.children if o.dep_ in ("dobj", "nsubjpass")]
        subjects += objects + [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"]
    return any(lemma_forms(t) & economic for t in (*means, *subjects, *d.actor_heads))


def _a_person(p: Party) -> bool:
    """The party is a person: a name of one, a civilian noun the annotation gave a sector ("man",
    "villager"), or a word for one whom a crowd attacks."""
    if p.entity is not None and (p.entity.label == "PERSON" or p.entity.sector == "CVL"):
        return True
    return bool(lemma_forms(p.token) & PERSONS)


def _casualties(clause: Token, rules: Rules) -> bool:
    """The clause, or the clause it is an adverbial of ("were killed *when* ..."), tells of deaths or
    injuries."""
    words = rules["size.dead"] | rules["size.injured"]
    tokens = list(clause.subtree)
    if clause.dep_ == "advcl":
        tokens.append(clause.head)
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens if is_verb(t) or t.pos_ == "ADJ")


def _unopposed(d: Draft, drafts: list[Draft]) -> bool:
    """The clause of capture ``d`` says it met no fighting ("without a fight", "without firing a
    shot"), or holds the other side's withdrawal ("after the troops withdrew")."""
    clause = d.mod.chain[0] if d.mod.chain else d.token
    inside = {t.i for t in clause.subtree}
    for t in clause.subtree:
        if t.lower_ == "without" and any(u.lemma_.lower() in UNOPPOSED or u.lower_ in UNOPPOSED
                                         for u in t.subtree):
            return True
    if any((t.lemma_.lower() in UNOPPOSED or t.lower_ in UNOPPOSED) and t.lower_ != "opposition"
           for t in d.token.sent):
        return False  # "after rebels withdrew following weeks of fighting": it was fought for
    own = {p.code for p in d.actor if p.code} | {p.token.i for p in d.actor}
    return any(o.type == "RETREAT" and o.mode == "withdraw" and o.token.i in inside and o.token.dep_ == "advcl"
               and not ({p.code for p in o.actor if p.code} | {p.token.i for p in o.actor}) & own
               for o in drafts if o is not d)


def _with_of(tok: Token) -> list[Token]:
    """``tok`` and the head of its ``of`` phrase: "groups *of youths*", "crowds *of marchers*"."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


#: nouns of a share of a whole: "40 percent of Filipinos", "a majority of Chileans"
SHARE_NOUNS = frozenset({"percent", "%", "majority", "minority", "half", "third", "quarter", "share", "proportion",
                         "fraction", "plurality"})


def population_share(tok: Token) -> bool:
    """``tok`` heads a share of a nation's people ("40 percent of Filipinos", "six in ten
    Germans", "a majority of Chileans"): a poll's finding, whose "support" or "vote" is no act of
    a political actor."""
    if tok.lower_ in SHARE_NOUNS or tok.lemma_.lower() in SHARE_NOUNS:
        people = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
        return any(o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS") for o in people)
    # "six in ten Germans": a ratio on a people
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and any(
        c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in ("in", "of", "out") for q in c.children)
        for c in tok.children)


#: what measures opinion: its findings are what people say they think or would do, no acts
POLLS = frozenset({"poll", "survey", "pollster", "referendum-poll", "census"})
#: verbs a poll reports its findings with
FINDS = frozenset({"find", "show", "suggest", "indicate", "say", "reveal", "conclude"})
#: the people polled
POLLED = frozenset({"voter", "respondent", "people", "citizen", "public", "adult", "resident", "elector",
                    "majority", "most", "many", "half", "third", "quarter", "percent", "%"})


def poll_finding(d: Draft) -> bool:
    """The draft is what a poll or survey found ("most voters would back a deal with the
    opposition, a poll found"): people polled, or an act they say they would do, is an opinion
    measured, not an act (PLOVER codes acts of political actors)."""
    sent = d.token.sent
    # "..., a poll found": the subject of the finding verb, or the noun the parser hung it on
    finders = [t.head if t.dep_ == "nsubj" else t for t in sent if t.lemma_.lower() in POLLS and (
        (t.dep_ == "nsubj" and t.head.lemma_.lower() in FINDS)
        or any(c.dep_ == "acl" and c.lemma_.lower() in FINDS for c in t.children))]
    if not finders or any(d.token.i == f.i for f in finders):
        return False
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "'d") for c in d.token.children)
    polled = any(lemma_forms(h) & POLLED for h in d.actor_heads) or any(
        p.token.lemma_.lower() in POLLED for p in d.actor)
    return would or polled


#: words for a share of a group of people, told as the group harmed: a tally, not one act
TALLY_SHARES = SHARE_NOUNS | {"most", "many"}


def _a_tally_of_victims(tok: Token) -> bool:
    """The passive verb's subject is a share of people ("nearly half were assaulted", "the vast
    majority had been raped", "most of the victims were shot"), with no day told: a count of those
    harmed over some time, a statistic, not an act (PLOVER codes events, not tallies)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (subj.lower_ in TALLY_SHARES or subj.lemma_.lower() in TALLY_SHARES):
        return False
    # a day told makes it one act after all ("half of the hostages were killed on Monday")
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def keep(d: Draft, rules: Rules) -> bool:
    if d.dropped:
        return False
    if not d.noun and d.type == "ASSAULT" and d.token.dep_ == "acl" and d.token.tag_ == "VBG" \
            and d.token.lemma_.lower() in ("fight", "battle", "combat"):
        return False  # "the regional force fighting Boko Haram": what a force is for, no one act told
    if d.noun and d.token.dep_ == "nsubj" and measured_level(d.token.head):
        return False  # "support for the coalition stood at 31 percent": a poll's figure, no act
    if poll_finding(d):
        return False  # "most voters would back the deal, a poll found": what people say they would do
    if any(population_share(t) or (t.dep_ == "pobj" and t.head.lower_ == "of" and population_share(t.head.head))
           for t in (*d.actor_heads, *(p.token for p in d.actor))):
        return False  # "40 percent of Filipinos would vote for ...": a poll's finding
    if not d.noun and d.type in ("ASSAULT", "COERCE") and _a_tally_of_victims(d.token):
        return False  # "nearly half were assaulted", "most of them had been raped": a share, no one act
    if d.derived:
        return True
    actor = any(p.resolved for p in d.actor) or typical_actor(d, rules)
    recipient = any(p.resolved for p in d.recipient)
    clause = d.mod.chain[0] if d.mod.chain else d.token
    marks = rules["modality.conditional_marks"]
    if any(c.dep_ == "mark" and c.lower_ in marks for t in [clause, *(a for a, _ in _ancestors(clause))]
           for c in t.children):
        return False  # "if fighting resumes", "unless the militia hands over its weapons": a condition
    if d.token.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass") and any(
            c.dep_ == "mark" and c.lower_ in marks for c in d.token.head.children):
        return False  # "if fighting in Congo escalated": the act is the condition's subject
    if d.noun and d.adjunct:
        return actor and recipient  # background mentions must name both sides
    if d.rule.startswith("cameo:"):
        # the CAMEO verb dictionary's layer codes as PETRARCH does, with a source and a target both
        # found: on its own it reads many everyday verbs ("lamented", "coalesced") as acts
        return any(p.resolved for p in d.actor) and recipient
    if not d.noun and d.token.dep_ in ("relcl", "acl") and not actor and not (
            d.type == "ASSAULT" and d.strong and d.token.tag_ == "VBN"):  # "four people killed when ..."
        return False  # "weapons seized in May", "rebels fighting": only with a named actor
    if d.noun and d.token.dep_ in ("nsubj", "nsubjpass") and d.type in HOSTILE:
        return True  # "gun attacks have left seven dead": the noun is what the clause is about
    if d.noun and d.type == "ASSAULT" and d.token.dep_ == "pobj" and _casualty_verb(d.token, rules):
        return True  # "died of torture", "killed in an air strike": the violence that caused the deaths
    return actor or recipient or (d.strong and not d.noun)


def main_clause(d: Draft) -> bool:
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
    """The first verb above ``noun`` (through prepositions: "died as a result of beatings") is one of
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


def typical_actor(d: Draft, rules: Rules, etype: str | None = None) -> bool:
    """The actor phrase is headed by a typical doer of the type ("protesters marched", "groups of
    youths clashed")."""
    typical = rules.actors.get(etype or d.type, frozenset())
    heads = [*d.actor_heads, *(p.token for p in d.actor)]
    # "they" in a clause of the sentence whose subject is a typical doer: "Dozens of students chanted
    # as they marched"
    heads += [c for h in heads if h.lower_ in ("they", "them") for c in h.sent.root.children
              if c.dep_ in ("nsubj", "nsubjpass")]
    return any(lemma_forms(t) & typical for h in heads for t in _with_of(h))
