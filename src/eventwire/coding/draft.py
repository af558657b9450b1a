"""Drafts: one per trigger, with its actor, recipient and modality, before the sentence rules.

A trigger inside a name ("the Defence Council"), a verb used as a modifier ("long-threatened") or
a verb of trying or wanting with its complement ("tried to march": the modality of "march") is no
trigger. A pronoun subject of reported speech with no antecedent from the annotation refers
to the speaker ("Chad said *it* would open ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..model import Entity
from .args import (
    BATCHES,
    BROKERING,
    EntityIndex,
    Party,
    conjuncts,
    is_passive,
    is_verb,
    noun_actor,
    noun_recipient,
    patient_noun,
    resolve,
    trailing_report,
    verb_actor,
    verb_recipient,
)
from .lexicon import Entry, Lexicon, Rules
from .match import find_triggers, is_noun, lemma_forms
from .modality import ModalityResult, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Attribution
    from ..nlp.types import Annotated

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
    #: the actor phrase heads as parsed ("Thousands" of "Hundreds of Chileans"), before mapping
    actor_heads: list[Token] = field(default_factory=list)
    #: the drafts this one carries as its content (what is promised, refused, demanded, alleged):
    #: they are not coded as events of their own; their types go into this event's context
    content: list[Draft] = field(default_factory=list)

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


def parties(tokens: list[Token], index: EntityIndex) -> list[Party]:
    out: list[Party] = []
    for t in tokens:
        out.extend(resolve(t, index))
    return out


#: "the two countries", "both governments", "both sides": the pair a story is about
PAIR = re.compile(r"^(?:the )?(?:two|both)(?: (?:rival|neighbouring|neighboring|sides'))? "
                  r"(countries|nations|states|governments|neighbou?rs|sides|capitals|leaders|presidents|"
                  r"prime ministers|foreign ministers|ministers|delegations|allies|rivals)$"
                  # "the prime ministers signed ...": the plural of one office names the two who hold it
                  r"|^(?:the )?(leaders|presidents|prime ministers|premiers|foreign ministers|heads of state)$")
#: the words of PAIR that name governments, not whole states
PAIR_GOV = frozenset({"governments", "capitals", "leaders", "presidents", "prime ministers", "foreign ministers",
                      "ministers", "delegations"})
_STATE = re.compile(r"^[A-Z]{3}$")
_NOT_STATES = frozenset({"IGO", "UNO", "NGO", "EUR", "MNC", "INT", "USR"})


def the_two(found: list[Party], ctx: SentenceContext) -> list[Party]:
    """An unresolved "the two countries", "both governments" or "both sides" stands for the pair of
    states the story has named together most often so far (``_named_together``: "Ethiopia and
    Eritrea ... The two countries agreed ..."); with no such pair it stays unresolved.
    Each state becomes a party of its own (PLOVER lists compound actors), with sector GOV where the
    phrase names governments."""
    out: list[Party] = []
    for p in found:
        m = PAIR.match(" ".join(p.text.lower().split())) if not p.code else None
        before = p.token.doc.text[max(0, p.start - 8):p.start].lower()
        if m is not None and m.group(2) and not (p.text.lower().startswith("the ") or before.endswith("the ")
                                                 or before.endswith("the two ") or before.endswith("both ")):
            m = None  # "Quad leaders", "G7 leaders": a plural office with its own modifier is no pair
        pair = _named_together(ctx, p.start) if m is not None else None
        if m is None or pair is None:
            out.append(p)
            continue
        sector = "GOV" if (m.group(1) or m.group(2)) in PAIR_GOV | {"premiers", "heads of state"} else None
        for e in pair:
            ent = replace(e, text=p.text, start=p.start, end=p.end, sector=sector,
                          extra={**e.extra, "refers_to": e.name or e.text})
            out.append(Party(p.token, p.text, p.start, p.end, ent))
    return out


def _named_together(ctx: SentenceContext, before: int) -> tuple[Entity, Entity] | None:
    """The two states most often named together before offset ``before``: coordinated ("X and Y",
    "X's minister and Y's minister") or as the subject and object of one verb ("X accused Y"); ties
    go to the later pair."""
    doc = ctx.ann.doc
    by_head: dict[int, Entity] = {}
    for e in ctx.ann.entities:
        if e.end <= before and e.kind == "actor" and e.code and _STATE.match(e.code) and e.code not in _NOT_STATES:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                by_head[span.root.i] = e
    pairs: dict[tuple[str, str], tuple[int, int, tuple[Entity, Entity]]] = {}
    for i, e in by_head.items():
        tok = doc[i]
        others = conjuncts(tok)[1:]
        if tok.dep_ == "nsubj":  # "Serbia accused Kosovo": the doer and the one it acts on
            others += [c for c in tok.head.children if c.dep_ == "dobj"]
        for other in others:
            # the state itself, or the state owning the coordinated noun ("Kenya's and Uganda's ...")
            f = by_head.get(other.i) or next((by_head[c.i] for c in other.children if c.i in by_head), None)
            if f is None or f.code == e.code:
                continue
            key = (min(e.code or "", f.code or ""), max(e.code or "", f.code or ""))
            n = pairs.get(key, (0, 0, (e, f)))[0]
            pairs[key] = (n + 1, f.start, (e, f))
    if not pairs:
        return None
    return max(pairs.values(), key=lambda x: (x[0], x[1]))[2]


def _a_weapons_test(tok: Token, entry: Entry) -> bool:
    """"Test-fired", "test-launched": a weapons test (the tokenizer splits "test - fired")."""
    doc = tok.doc
    return entry.type == "ASSAULT" and tok.lemma_.lower() in ("fire", "launch") and tok.i >= 2 \
        and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ == "test"


def _in_name(tok: Token, index: EntityIndex) -> bool:
    e = index.containing(tok.idx, tok.idx + len(tok.text))
    return e is not None and e.label in NAME_LABELS and (e.end - e.start) > len(tok.text)


#: adjectives of how likely an act is: an act said to be likely or unlikely is speculation
LIKELIHOOD = frozenset({"unlikely", "likely", "possible", "impossible", "improbable", "probable", "imminent",
                        "inevitable", "conceivable", "unthinkable"})
#: nouns that name a firm by the trade it is in ("a shipping group", "the mining giant")
FIRM_HOLDERS = frozenset({"group", "giant", "conglomerate", "consortium", "holding", "house", "major"})


def _a_firm(h: Token, rules: Rules) -> bool:
    """``h`` names a company: a word of [classes].firms, or a group named by its trade
    ([classes].trades: "an Emirati shipping group", "the mining giant")."""
    if lemma_forms(h) & rules.classes.get("firms", frozenset()):
        return True
    return h.lemma_.lower() in FIRM_HOLDERS and any(
        c.dep_ in ("compound", "amod") and lemma_forms(c) & rules.classes.get("trades", frozenset())
        for c in h.children)


#: words of a corporate deal: the offers, bids and refusals told with them are business, not politics
CORPORATE = frozenset({"takeover", "merger", "buyout", "shareholder", "acquisition",
                       # a firm's offer for a rival, a competitor or a stake: a bid to buy it ("a hostile offer")
                       "hostile", "rival", "competitor", "stake", "valuation", "value"})
#: who owns or invests in a firm
SHAREHOLDERS = frozenset({"shareholder", "investor", "stockholder", "bondholder", "creditor", "fund"})


#: what a measured level is given in: "stood at 31 percent", "fell four points"
LEVEL_UNITS = frozenset({"percent", "%", "point", "points", "percentage"})


def measured_level(verb: Token) -> bool:
    """``verb`` gives its subject a measured level ("stood at 31 percent", "fell to 35 percent",
    "reached 60 percent", "dropped four points"): the subject is a statistic, such as a poll's
    support for a party, not an act (a statistic is no event in PLOVER)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "by", "from", "above", "below")
             for o in c.children if o.dep_ == "pobj"]
    # "at one point" is a moment, not a level: points only count as a rise or fall ("fell four points")
    return any(o.lower_ in LEVEL_UNITS and not (o.lower_.startswith("point") and o.head.lower_ == "at")
               for o in objs)


#: verbs that accuse only with a clause of what was done ("the opposition charged that votes were bought")
CHARGING = frozenset({"charge"})


#: verbs of arriving somewhere, a visit only for a coded party from another state
ARRIVING = frozenset({"arrive", "land", "touch"})


def draft_triggers(sent: Span, ctx: SentenceContext) -> list[Draft]:
    lex = ctx.lexicon
    published = ctx.ann.document.published
    drafts: list[Draft] = []
    for trig in find_triggers(sent, lex):
        tok, entry = trig.token, trig.entry
        noun = trig.pos == "N"
        if _a_weapons_test(tok, entry):
            # "test-fired two missiles": a weapons test exhibits force (CAMEO 150), as "test missile" does
            entry = replace(entry, id=entry.id + "+test", type="MOBILIZE", mode="troops", cameo="150", recipient=())
        if noun and (_in_name(tok, ctx.index) or tok.dep_ == "compound"):
            continue  # "the Defence Council", "aid convoys": a name or a modifier, not an event
        if noun and tok.ent_type_ == "DATE" and tok.text[:1].isupper() and not any(
                c.dep_ == "det" for c in tok.children):
            continue  # "would be in Monrovia by March": the month, no march
        if not noun and (_no_act(tok, entry, sent, lex, ctx.index) or _long_running(tok, published)
                         or _circumstance(tok, entry)):
            continue
        if entry.type == "PROTEST" and any(_a_show(t) for t in (tok, *(sent.doc[i] for i in trig.consumed))):
            continue  # "calling them a demonstration of shared commitment": a show of something, no protest
        if noun and _other_verb_sense(tok, entry):
            continue  # "in recognition of Nurses Day": an idiom, no recognition of an actor
        if any(t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in EARLIER for c in t.children)
               for t in (tok, *(sent.doc[i] for i in trig.consumed)) if noun or t is not tok):
            continue  # "past attacks were claimed by ...", "previous strikes were called": acts gone by
        if noun and tok.dep_ == "pobj" and is_verb(tok.head.head) and tok.head.head.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.rules.classes.get("habitual", frozenset())
                for c in tok.head.head.children):
            continue  # "usually stops over in Miami on trips to Latin America": trips made as a habit
        if noun and tok.dep_ == "dobj" and is_verb(tok.head) and (
                _no_act(tok.head, entry, sent, lex, ctx.index) or _habitual(tok.head, sent, lex, "AID")):
            continue  # "the United States gives military support to ...": a standing policy (the giving
            # verb is a material act, habitual in the simple present)
        if noun and _a_count(tok):
            continue  # "attacks on aid workers rose 30%", "kidnappings are common": a statistic, no act
        if not noun and tok.dep_ in ("acl", "relcl") and _tallied_noun(tok.head):
            continue  # "puts the number of civilians killed since the coup at 6,000": a tally, no act
        if noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in VIEWS and any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ == "ADJ" for c in tok.head.children):
            continue  # "consider a Chinese invasion unlikely": a view of an act, no act
        if noun and tok.dep_ in ("nsubj", "nsubjpass") and (
                (tok.head.pos_ in ("ADJ", "ADV") and tok.head.lower_ in LIKELIHOOD)
                or (tok.head.lemma_.lower() == "be" and any(
                    c.dep_ == "acomp" and c.lower_ in LIKELIHOOD for c in tok.head.children))):
            continue  # "an invasion unlikely within five years", "a deal is possible": a speculation
        if noun and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in VIEWS:
            continue  # "Egypt sees the dam as an existential threat": a view of something, no threat made
        if noun and _a_reputation(tok):
            continue  # "the paper was known for its investigations": what one is known for, no act told
        if noun and _a_topic(tok):
            continue  # "spoke with him about his trip and U.S. support for the island": topics, no acts told
        if noun and _a_named_text(tok):
            continue  # "under the Treaty of Utrecht", "the Paris Agreement": a named text, no act told
        if not noun and entry.type == "ACCUSE" and tok.lemma_.lower() in CHARGING and not any(
                c.dep_ == "ccomp" for c in tok.children) and not trailing_report(tok):
            continue  # "charged the crowd", "charged $50": only "charged (that) X did Y" accuses (CAMEO 112)
        if not noun and tok.lemma_.lower() == "oppose" and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            continue  # "students opposed to the law marched ...": a stance ("be opposed to"), no act
        if not noun and tok.lemma_.lower() == "push" and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            continue  # "it is not only Malaysia pushing back": resisting, no force used (CAMEO 19)
        if noun and any(c.dep_ == "amod" and (c.lower_ in lex.rules.classes.get("habitual", frozenset())
                                               or c.lower_ in HABITUAL_ADJECTIVES) for c in tok.children):
            continue  # "the nightly raids", "regular attacks by militias": acts done as a habit, no one act
        if noun and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.rules.classes.get("habitual", frozenset())
                for c in tok.head.children):
            continue  # "arrests of activists go on almost daily": acts said to recur, no one act
        if not noun and entry.type == "AID" and _information_given(tok, trig.consumed, lex):
            continue  # "giving us figures of the money": information given, the money only its topic
        if _an_aggregate(tok, noun, lex, trig.consumed):
            continue  # "killed 1,250 people in 15 months", "13 missile tests this year": a tally, no one act
        if noun and _standing_relation(tok, lex):
            continue  # "the alliance with Washington", "symbols of their cooperation": a relation, no act
        if noun and _standing_measure(tok, entry):
            continue  # "still has a ban in place", "the embargo remains": a measure that holds, no act
        if noun and _told_as_a_danger(tok, entry):
            continue  # "remains a threat to the region": what is a danger, no threat made
        if _ending(tok):
            continue  # "the shooting has stopped", "protests subsided": the act's end is told, no new act
        if entry.type == "CONSULT" and _how_a_source_spoke(tok, lex):
            continue  # "said a fisherman, speaking by telephone": how the source was reached, no talks
        rec_heads: list[Token] = []
        if noun:
            # "the Kenyan deployment of police": a coded nationality or name among the modifiers first
            skip = set(trig.consumed)
            if patient_noun(tok):  # "Navalny's arrest": the owner underwent it (see noun_recipient)
                skip |= {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
            # "Qatari-brokered talks", "Egyptian-mediated negotiations": the one who brokers or hosts
            # them is a third party, not a side of the talks (CAMEO 04 is coded between the sides)
            skip |= {t.i for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in BROKERING
                     for t in c.subtree}
            own = [p for p in resolve(tok, ctx.index, frozenset(skip)) if p.code and p.token.i == tok.i]
            heads = noun_actor(tok, entry, lex, trig.consumed)
            targeted: list[Party] = []
            if own and entry.type == "SANCTION" and not any(c.dep_ == "poss" for c in tok.children):
                # "the EU adopted new Iran sanctions": a state named before the measure that a verb's
                # subject takes is the one the measure is on ("U.S. sanctions" with no such verb are
                # the U.S.'s): CAMEO 16 codes the one who imposes them as the source
                doers = [p for p in parties(heads, ctx.index) if p.code]
                if doers and not {p.code for p in doers} & {p.code for p in own}:
                    own, targeted = [], own
            actor = own or parties(heads, ctx.index)
            if not any(p.resolved for p in actor) and entry.type in FORCE_TYPES and not patient_noun(tok):
                actor = _armed_modifier(tok, ctx, frozenset(skip)) or actor
            if actor and not any(p.resolved for p in actor):
                actor = _speaker_for_pronoun(actor[0].token, ctx) or actor  # "said *her* talks with ..."
            recipient = parties(noun_recipient(tok, entry, lex, trig.consumed), ctx.index) or targeted
            if not any(p.code for p in actor) and "between" in entry.recipient and len(recipient) > 1:
                actor, recipient = recipient, []  # "cooperation between X and Y": both act
        else:
            heads = verb_actor(tok)
            if not heads and tok.lemma_.lower() in lex.rules["modality.commitment_cues"]:
                # "Ghana is committed to ...": the one committed is the subject of the passive form
                heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not heads and entry.type == "MOBILIZE" and is_passive(tok):
                # "two Malaysian frigates had been ordered to Tawau", "troops were deployed": with no
                # "by" agent, forces are moved by their own state (CAMEO 15), named with them
                heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not heads and entry.type == "SANCTION" and is_passive(tok) and tok.lemma_.lower() in (
                    "suspend", "expel", "exclude", "eject"):
                # "Madagascar was suspended from the African Union": with no "by" agent, the body it is
                # suspended from suspends it (CAMEO 160)
                heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                         for g in c.children if g.dep_ == "pobj"]
            actor = parties(heads, ctx.index)
            if actor and not any(p.resolved for p in actor):
                actor = _speaker_for_pronoun(actor[0].token, ctx) or actor
            rec_heads = verb_recipient(tok, entry, trig.consumed)
            recipient = parties(rec_heads, ctx.index)
            if tok.lemma_.lower() == "come" and any(sent.doc[i].lemma_.lower() == "fire" for i in trig.consumed):
                # "came under fire from X": X fires or criticises; the subject undergoes it
                froms = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                         for g in c.children if g.dep_ == "pobj"]
                actor, recipient, heads = parties(froms, ctx.index), actor, froms
            if entry.type in ("AID", "SUPPORT", "ACCUSE") and tok.lemma_.lower() in RECEIVING:
                # "Ukraine received $2 billion from the EU": the giver is the "from" party, the
                # receiver the subject (CAMEO 07 is coded giver to receiver)
                holders = [tok, *(sent.doc[i] for i in trig.consumed)]  # "a deposit from the UAE"
                givers = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"]
                actor, recipient, heads = parties(givers, ctx.index), actor, givers
        # the doers only: as a target ("urged both sides to ..."), the pair made incidents worse
        # (eval.incidents: a demand on both joins either side's own demands)
        actor = the_two(actor, ctx)
        taken = {(p.start, p.end) for p in actor}
        # a party inside an actor's own phrase ("relatives of the missing soldiers") is not its target
        recipient = [p for p in recipient if (p.start, p.end) not in taken
                     and not any(a.start <= p.start and p.end <= a.end for a in actor)]
        if other_sense(tok, entry.type, recipient, lex.rules, rec_heads, trig.consumed):
            continue
        if not noun and entry.type == "REQUEST" and tok.lemma_.lower() == "press" and not any(
                c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp", "prep") for c in tok.children):
            continue  # "kept pressing until it scored": pressing on, pressing no one (CAMEO 10 presses another)
        if noun and entry.type == "REQUEST" and tok.lemma_.lower() == "demand" and any(
                c.dep_ == "amod" and c.lemma_.lower() in MARKET_DEMAND for c in tok.children):
            continue  # "weaker demand from refiners": buyers' demand in a market, no one demands anything
        if not noun and entry.type == "AID" and any(c.dep_ == "advmod" and c.lower_ == "home" for c in tok.children):
            continue  # "workers send money home": remittances to their families, no aid (CAMEO 071)
        if not noun and entry.type == "ACCUSE" and tok.lemma_.lower() == "brand" and not any(p.code for p in actor):
            continue  # "the company branded its phone a game changer": marketing; a state or body brands others
        if not noun and entry.type == "SUPPORT" and tok.lemma_.lower() == "defend" and not any(
                c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children):
            continue  # "defended doggedly for two hours": a side guarding its goal or ground defends no one (052)
        if not noun and entry.type == "ASSAULT" and not trig.consumed and _fired_from_a_post(tok):
            continue  # "the president fired the attorney general": a dismissal, no shooting (CAMEO 19)
        if not noun and _control_of_no_ground(trig.consumed, sent, ctx, lex):
            continue  # "regained control over his health": not the control of ground CAMEO 190 takes
        if not political(tok, entry.type, actor, heads, lex.rules, coded=[*actor, *recipient]):
            continue
        if entry.type == "CONSULT" and entry.mode == "visit" and not noun and not _political_visitor(actor):
            continue  # "the train was travelling to Peshawar", "schoolgirls leaving for home": no visit
        if entry.type == "CONSULT" and entry.words[-1:] == (frozenset({"in"}),) \
                and tok.lemma_.lower() in ARRIVING \
                and not (any(p.code for p in actor) and _foreign_investee(actor, recipient)
                         and not any(p.entity is not None and p.entity.sector in ARMED for p in actor)):
            continue  # "the president arrived in Nairobi": home again, or nowhere named; no visit;
            # troops arriving are deployed, not visiting
        if entry.type == "COOPERATE" and tok.lemma_.lower() == "invest" and not _foreign_investee(actor, recipient):
            continue  # "invest heavily in their own bases": no economic cooperation between actors (061)
        if ((entry.type in ("MOBILIZE", "ASSAULT") or (entry.type == "CONCEDE" and entry.cameo != "083"))
                or entry.mode in ("access", "military") or (
                entry.type == "COERCE" and any("control" in w for w in entry.words))) and heads and all(
                _a_firm(h, lex.rules) or (
                    any(p.token.i == h.i and p.entity is not None and p.entity.sector == "BUS" for p in actor))
                for h in heads):
            continue  # "shipping lines sent their vessels around the Cape": a firm's fleet, no forces (CAMEO 15);
            # a company's new crossing lets no aid through (0863); a shipyard delivering a ship, or an arms maker
            # its guns, gives no military aid (072); a carmaker shelving a plant yields to no one,
            # though a firm that accepts a union's demands accedes to them (083)
        if entry.type in ("AGREE", "REJECT", "SUPPORT", "CONSULT") and heads and any(
                t.lemma_.lower() in CORPORATE for t in sent) and all(
                _a_firm(h, lex.rules) or h.lemma_.lower() in SHAREHOLDERS or any(
                    (p.token.i == h.i or p.start <= h.idx < p.end) and p.entity is not None
                    and p.entity.sector == "BUS" for p in actor)
                for h in heads):
            continue  # "the lender mounted a takeover offer", "shareholders rejected its price": a deal between
            # firms and their owners, no political act
        if entry.type == "AID" and tok.lemma_.lower() in INJECTIONS and not _foreign_investee(actor, recipient):
            continue  # "the central bank injected $10 billion into the banking system": no aid (071)
        if entry.type == "PROTEST" and _campaign_rally(tok, trig.consumed, actor):
            continue  # "the candidate held rallies in Ohio": campaigning, not dissent (CAMEO 14)
        mod = modality_of(tok, lex.rules, published)
        if mod.modality in ("planned", "conditional") and _forecast(mod, lex):
            mod.modality = "hypothetical"  # "analysts say Tehran would welcome ...": their forecast
        etype, emode, ecameo = entry.type, entry.mode, entry.cameo
        if _hijacking(tok, entry, trig.consumed, actor, lex.rules):
            etype, emode, ecameo = "ASSAULT", "abduct", "181"
        drafts.append(Draft(tok, etype, emode, ecameo, entry.id, entry.strong, noun,
                            trig.consumed, actor, recipient, mod, extra_words=len(entry.words),
                            actor_heads=heads))
    return drafts


#: sectors of armed groups outside any state's forces: pirates (CRM), gunmen (UAF), rebels and insurgents
NONSTATE_ARMED = frozenset({"CRM", "UAF", "REB", "INS"})


def _hijacking(tok: Token, entry: Entry, consumed: tuple[int, ...], actor: list[Party], rules: Rules) -> bool:
    """A ship, a plane or a bus seized by armed men outside a state's forces is hijacked: CAMEO 181
    ("abduct, hijack, or take hostage", PLOVER ASSAULT, mode abduct). The same craft seized by a
    navy, a coast guard or officials is confiscated or impounded (CAMEO 171, 1711)."""
    if entry.type != "COERCE" or entry.mode != "seize":
        return False
    craft = rules.classes.get("craft", frozenset())
    seized = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [tok.doc[i] for i in consumed]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        seized.append(tok.head)  # "a cargo ship seized by Somali pirates"
    if not any(lemma_forms(t) & craft for t in seized):
        return False
    sectors = [p.entity.sector for p in actor if p.entity is not None and p.entity.sector]
    return bool(sectors) and all(s in NONSTATE_ARMED for s in sectors)


#: verbs that tell how a count changes ("attacks rose", "the number of arrests doubled")
COUNT_CHANGES = frozenset({"rise", "fall", "increase", "decrease", "double", "triple", "treble", "halve",
                           "surge", "soar", "drop", "decline", "jump", "climb", "grow", "dip", "plunge",
                           "spike", "rocket", "slump", "tumble", "ease", "reach", "exceed", "top", "total"})
#: what a count of acts is said to be ("kidnappings are common")
FREQUENCIES = frozenset({"common", "frequent", "rare", "widespread", "rampant", "routine", "commonplace",
                         "endemic", "uncommon", "infrequent", "prevalent", "regular", "everyday", "systematic"})


#: verbs that change how much of something is done ("ramped up attacks", "stepped up arrests")
INTENSIFIERS = frozenset({"ramp", "step", "intensify", "escalate", "scale", "increase", "reduce", "double",
                          "triple", "multiply", "accelerate", "boost", "cut"})


def _a_trend(verb: Token) -> bool:
    """A verb of intensifying told over a span, in the perfect or with "since"/"over the past":
    "has ramped up attacks since the start of the year", "have stepped up arrests over the past
    months". One act of stepping up on a day ("stepped up attacks on Monday") is not a trend."""
    if verb.lemma_.lower() not in INTENSIFIERS:
        return False
    aux = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    span = any(c.dep_ == "prep" and (c.lower_ == "since" or (c.lower_ in ("over", "in", "during") and any(
        t.lower_ in ("past", "last", "recent") for t in c.subtree))) for c in verb.children)
    return bool(aux & {"has", "have", "had", "'s", "'ve"}) or span


#: units of a span of time over which acts are tallied
SPAN_UNITS = frozenset({"month", "year", "decade", "months", "years", "decades"})
#: prepositions that set a tally over a span ("in 15 months", "over the past two years")
SPAN_PREPS = frozenset({"in", "over", "during", "within", "throughout", "across", "since"})
#: words that count acts without a number ("several attacks", "dozens of raids")
QUANTIFIERS = frozenset({"several", "many", "numerous", "dozens", "hundreds", "thousands", "multiple", "scores",
                         "countless", "series", "spate", "string", "wave", "few"})


def _long_unit(o: Token) -> bool:
    """Months (more than one), a year or years, decades: long enough to tally acts over ("in 15
    months", "over the past year"); "over the past month" may tell one campaign."""
    low = o.lower_
    return low in ("months", "year", "years", "decade", "decades")


def _adjuncts(clause: Token) -> list[Token]:
    """The clause's own dependents, and those of the place it names ("jailed in Turkey over the past
    decade": the parser hangs the span on the place)."""
    out = list(clause.children)
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout"):
            out += [g for o in c.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
                    for g in o.children if g.dep_ == "prep" and g.lower_ in ("over", "in", "during")]
    return out


def _a_span(clause: Token) -> bool:
    """The clause tells a span of months or years ("in 15 months", "over the past two years",
    "since last August", "this year", "in 2024")."""
    for c in _adjuncts(clause):
        if c.dep_ == "prep" and c.lower_ in SPAN_PREPS:
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if c.lower_ == "over" and any(g.dep_ == "prep" and g.lower_ == "of" for g in o.children):
                    continue  # "struck over three months of unpaid wages": what lasted is the grievance
                if c.lower_ == "since" or (o.like_num and len(o.text) == 4):
                    return True
                if _long_unit(o) and any(
                        m.dep_ in ("nummod", "amod", "compound")
                        and (m.like_num or m.lower_ in ("past", "last", "recent")) for m in o.children):
                    return True
                if o.lower_ in ("years", "decades") and c.lower_ in ("over", "across", "throughout"):
                    return True  # "over the years", "across the decades"
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") and any(
                d.lower_ in ("this", "last", "past") for d in c.children):
            return True  # "this year", "last month": a span to tally acts over (counted acts only)
    return False


def _counted_acts(clause: Token, lex: Lexicon, consumed: tuple[int, ...] = ()) -> bool:
    """The clause counts acts: a plural act noun with a number of two or more or a quantifier
    ("500 attacks", "13 missile tests", "several deadly attacks")."""
    for t in clause.subtree:
        # an act noun, or the act noun of the trigger's own pattern ("conducted 13 tests")
        if t.tag_ not in ("NNS", "NNPS") or (t.lemma_.lower() not in lex.nouns and t.i not in consumed):
            continue
        for m in t.children:
            digits = m.text.replace(",", "")
            if m.dep_ == "nummod" and digits.isdigit() and int(digits) >= 2:
                return True
            if m.lower_ in QUANTIFIERS or (m.dep_ == "amod" and m.lower_ in QUANTIFIERS):
                return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in QUANTIFIERS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ROUNDS and any(
                m.dep_ == "nummod" and m.text.replace(",", "").isdigit() and int(m.text.replace(",", "")) >= 2
                for m in t.head.head.children):
            return True  # "13 rounds of missile tests", "two waves of strikes": acts counted in batches
    return False


#: classes of things given or sent (rules.toml [classes]): counted, they are an amount, not acts
GOODS_CLASSES = ("arms", "relief", "money", "craft")
#: vehicles given as equipment ("donated 20 armored vehicles")
VEHICLES = frozenset({"vehicle", "car", "truck", "ambulance", "bus", "lorry"})


#: nouns that count acts in batches ("13 rounds of tests", "three waves of strikes")
ROUNDS = frozenset({"round", "rounds", "wave", "waves", "salvo", "salvos", "series", "spate", "barrage", "barrages"})


#: dependencies that head a clause of their own (a gerund after a preposition is one: "by conducting ...")
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "pcomp"})


#: acts told by how often they happened: "has met only a handful of times", "several times"
MANY_TIMES = re.compile(r"\b(?:a handful of|several|many|numerous|multiple|dozens of|countless) times\b", re.I)
#: wars as a whole, whose killing in any tense is their toll (a day's "fighting" may be one act)
WHOLE_WARS = frozenset({"war", "conflict", "insurgency", "rebellion", "uprising", "genocide"})
#: wars and unrest as a whole: what one "has killed" or "has displaced" is its toll, no one act
WARS = frozenset({"war", "conflict", "insurgency", "unrest", "violence", "crisis", "fighting", "rebellion",
                  "uprising", "hostilities", "civil"})


def _an_aggregate(tok: Token, noun: bool, lex: Lexicon, consumed: tuple[int, ...] = ()) -> bool:
    """A tally of acts over a span, not one act (PLOVER codes acts; ICEWS and ACLED count them
    one by one): a verb over months or years ("have killed 1,250 people in 15 months", "over the
    past two years police arrested 300"), or acts counted and set in a span ("in 2024 the group
    killed 400 people in over 500 attacks", "has conducted 13 missile tests this year", "since
    last August it has claimed several attacks"). One operation "in a two-day operation" or "last
    week" is one act."""
    clause = tok
    while clause.dep_ not in CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if _told_by_a_share(clause, lex):
        return True
    if not noun and tok.dep_ == "acl" and tok.tag_ == "VBG" and _counted_noun(tok.head):
        return True  # "several deadly attacks, primarily targeting security forces": the counted acts
    # coordinated verbs share the first one's adjuncts: "in the past two years activists have been
    # detained and later released"; a clause below the main one shares its span ("in the past two
    # years journalists were harassed while covering events and briefly detained")
    for _ in range(4):
        if _a_span(clause):
            break
        if is_verb(clause.head) and (clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")):
            clause = clause.head
        else:
            break
    if not noun and _perfect(tok) and (
            any(c.dep_ == "nsubj" and c.lemma_.lower() in WARS for c in tok.children)
            or (tok.dep_ == "relcl" and tok.head.lemma_.lower() in WARS
                and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children))):
        return True  # "a war that has killed tens of thousands", "the conflict has displaced millions": its toll
    if not noun and any(c.dep_ == "nsubj" and c.lemma_.lower() in WHOLE_WARS for c in tok.children):
        return True  # "Sierra Leone's civil war killed an estimated 50,000 people": a war's toll, in any tense
    if tok.dep_ in ("nsubj", "csubj") and (tok.lemma_.lower() in WARS or tok.lower_ == "fighting") \
            and is_verb(tok.head) and _perfect(tok.head) and tok.tag_ != "NNS":
        return True  # "fighting along the border has displaced tens of thousands": hostilities as a toll's cause
    if any((t.lower_ in ("occasions", "instances") and t.dep_ == "pobj" and t.head.lower_ == "on" and any(
            m.lower_ in ("several", "many", "numerous", "multiple", "repeated", "various") or m.like_num
            for m in t.children)) for t in clause.subtree) or MANY_TIMES.search(
                clause.doc[clause.left_edge.i: clause.right_edge.i + 1].text):
        return True  # "rammed boats on several occasions": acts told as a tally
    if not _a_span(clause):
        return False
    money = lex.rules.classes.get("money", frozenset())
    goods = frozenset().union(*(lex.rules.classes.get(c, frozenset()) for c in GOODS_CLASSES)) | VEHICLES
    if not noun and any(c.dep_ in ("dobj", "dative") and (lemma_forms(c) & money or (
            c.i in consumed and lemma_forms(c) & goods)) for c in tok.children):
        # "promised Mauritania 200 million euros over four years": the money's period; "donated 20
        # armored vehicles last month" (the goods of a pattern of giving): one gift, no tally of acts
        return False
    spans_in_years = any(
        c.dep_ == "prep" and c.lower_ in SPAN_PREPS and c.lower_ != "since"
        and any(_long_unit(o) and not _ahead(o) for o in c.children if o.dep_ == "pobj") for c in _adjuncts(clause))
    if not noun and (_since_months(clause) or _this_year(clause)) and _counted_patients(tok):
        return True  # "police have arrested at least 1,300 people since January 5": a running count
    if tok.dep_ == "nsubj" and tok.tag_ in ("NN", "VBG") and tok.head.i == clause.i and _perfect(clause) and (
            spans_in_years or _since_months(clause) or _this_year(clause)):
        # "fighting has displaced 200,000 people this year", "the violence has killed thousands since
        # 2019": hostilities over months or years (a singular mass noun: plural attacks are acts
        # each) as the cause of a toll, no one act
        return True
    if noun and spans_in_years and tok.dep_ == "pobj" and tok.head.head.i == clause.i:
        return True  # "has freed dozens of prisoners in deals over the past two years": the deals are tallied too
    return (spans_in_years and not noun) or _counted_acts(clause, lex, consumed)


def _counted_noun(n: Token) -> bool:
    """A plural noun counted without a number ("several attacks", "dozens of raids")."""
    if n.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.lower_ in QUANTIFIERS for c in n.children if c.dep_ in ("amod", "det", "nummod")):
        return True
    return n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in QUANTIFIERS


def _ahead(unit: Token) -> bool:
    """A span still to come ("over the next three years", "in the coming months"): what is done for it
    is no tally of acts gone by."""
    return any(c.lower_ in ("next", "coming", "following", "upcoming") for c in unit.children)


def _perfect(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had", "'s", "'ve") for a in verb.children)


def _this_year(clause: Token) -> bool:
    """"this year", "last year", "the past year", "this month": a year or a month to tally over."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") and any(
        d.lower_ in ("this", "last", "past") for d in c.children) for c in clause.children)


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})


def _since_months(clause: Token) -> bool:
    """A perfect "since" a month, a year or a season ("since January 5", "since 2023", "since last
    summer"): a span of weeks or more, not "since Monday"."""
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ in MONTHS or (o.like_num and len(o.text) == 4)
                                         or o.lower_ in ("summer", "winter", "spring", "autumn", "year")):
                    return True
    return False


def _counted_patients(tok: Token) -> bool:
    """The act's people are counted: "arrested 1,300 people", "2,000 protesters have been detained"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NNS", "NNPS"):
            if any(m.dep_ == "nummod" or (m.dep_ == "amod" and m.lower_ in QUANTIFIERS) for m in c.children):
                return True
            if any(m.dep_ == "nummod" and m.i < c.i for m in c.subtree):
                return True  # "300 suspected people smugglers": the number on a compound's first noun
            if any(m.dep_ == "quantmod" for n in c.children if n.dep_ == "nummod" for m in n.children):
                return True
    return False


#: words for a share of a group: what a share of those asked say befell them is a survey's finding
SHARES = frozenset({"half", "third", "quarter", "fifth", "tenth", "majority", "minority", "most", "percent",
                    "proportion", "share", "fraction"})


def _told_by_a_share(clause: Token, lex: Lexicon) -> bool:
    """The clause is what a share of a group says ("nearly a third of the women surveyed said they
    had been beaten", "most of those interviewed said police had robbed them"): many people's
    accounts summed up, a finding about a group, not one act told by a source (PLOVER codes acts)."""
    speech = lex.rules.lists.get("attribution.speech_verbs", frozenset())
    if any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
        return False  # "half of the witnesses said soldiers fired on Sunday": one dated act
    cur = clause
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in speech:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return False
            of = any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
            return subj.lemma_.lower() in SHARES and (of or subj.lemma_.lower() in ("majority", "most"))
    return False


#: verbs that count acts in a register ("murders were recorded", "attacks were logged")
RECORDING = frozenset({"record", "register", "log", "document", "count", "tally"})


def _many(num: Token) -> bool:
    """A count too large for acts told one by one (more than a dozen)."""
    digits = num.text.replace(",", "")
    return (digits.isdigit() and int(digits) > 12) or num.lower_ in ("hundreds", "thousands", "dozens")


def _tallied_noun(noun: Token) -> bool:
    """The noun a participle tells of is what a number or a toll counts ("the number of civilians
    killed", "the toll of people displaced")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in (
        "number", "count", "tally", "toll", "total")


def _a_count(tok: Token) -> bool:
    """A noun event that is counted, not told: the subject of a verb of rising or falling ("attacks
    on aid workers rose by 30 percent", "the number of arrests doubled"), or a bare plural said to be
    common or rare ("kidnappings for ransom are common"), or a plural stepped up over a span
    (``_a_trend``). PLOVER codes acts; a statistic or trend of acts is background (the PLOVER manual
    codes events, not trends)."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in (
            "number", "count", "rate", "level", "share", "frequency", "tally", "toll"):
        cur = cur.head.head  # "the number of attacks"
    if cur.dep_ == "dobj" and tok.tag_ in ("NNS", "NNPS") and _a_trend(cur.head):
        return True  # "the group has ramped up attacks since January": a trend of acts
    if cur.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = cur.head
    if verb.lemma_.lower() in COUNT_CHANGES:
        return True
    if cur.dep_ == "nsubjpass" and verb.lemma_.lower() in RECORDING and any(
            c.dep_ == "nummod" and _many(c) for c in tok.children):
        return True  # "6,300 murders were recorded between July and September": a tally of acts
    bare = tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    return bare and verb.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FREQUENCIES for c in verb.children)


def _control_of_no_ground(consumed: tuple[int, ...], sent: Span, ctx: SentenceContext, lex: Lexicon) -> bool:
    """"Took control", "regained control" of what is no ground: the object of "control of/over" is
    of rules.toml [classes].personal or .abstract ("over his health", "of his finances", "of the
    process") and names no coded actor. CAMEO 190 is occupying territory by force; control of a
    town, a castle or a highway, and control with no object ("rebels took control"), stay acts."""
    doc = sent.doc
    other = lex.rules.classes.get("personal", frozenset()) | lex.rules.classes.get("abstract", frozenset())
    for i in consumed:
        control = doc[i]
        if control.lemma_.lower() != "control":
            continue
        objects = [o for p in control.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
                   for o in p.children if o.dep_ == "pobj"]
        return bool(objects) and all(
            lemma_forms(o) & other and not any(e.code for e in ctx.index.within(o.left_edge.idx, o.idx + len(o.text)))
            for o in objects)
    return False


#: verbs of having and keeping: a measure or a pact they govern holds; it is not imposed or made
HOLDING = frozenset({"have", "keep", "maintain", "retain"})
#: verbs that tell a measure still holds, or how it is seen ("the ban remains", "sanctions enjoy support")
LASTING = frozenset({"remain", "stay", "enjoy", "persist", "continue", "have",
                     # and what a measure does to those under it ("sanctions have hurt ordinary people")
                     "hurt", "hit", "harm", "cripple", "damage", "affect", "squeeze", "weigh", "cost", "strangle",
                     "devastate", "batter", "slow", "isolate",
                     # and what a measure takes or when it ends ("sanctions need unanimous approval")
                     "need", "require", "expire", "lapse"})
#: types whose nominal with "have" is an act ("had talks with", "had a protest"): a light verb
_LIGHT_HAVE = frozenset({"CONSULT", "PROTEST", "ASSAULT"})


def _standing_measure(tok: Token, entry: Entry) -> bool:
    """A noun event that is had or kept ("the government still has a ban in place", "maintains
    sanctions on"), said to last ("the embargo remains in force", "sanctions enjoy broad
    support") or to weigh on those under it ("sanctions have hurt ordinary people"): the measure
    holds, and PLOVER and CAMEO code the act of imposing, making or
    lifting it, not its lasting. Talks, protests and clashes one "has" are acts ("had talks with")."""
    if entry.type in _LIGHT_HAVE:
        return False
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    verb = cur.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == cur.i:
        return False
    lemma = verb.lemma_.lower()
    return (cur.dep_ == "dobj" and lemma in HOLDING) or (cur.dep_ == "nsubj" and lemma in LASTING)


#: verbs that say what someone or something is ("remains a threat", "poses a threat to civilians")
_BEING = frozenset({"be", "remain", "become", "pose", "constitute", "represent", "stay", "seem", "appear"})


def _told_as_a_danger(tok: Token, entry: Entry) -> bool:
    """A threat that someone or something *is*: "the militia remains a threat to its security", "poses
    a threat to civilians". CAMEO 13 is a threat an actor makes; saying what is a danger is no act."""
    if entry.type != "THREATEN":
        return False
    verb = tok.head
    return (tok.dep_ in ("attr", "dobj", "oprd", "xcomp") and verb.i != tok.i and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in _BEING)


#: sectors of the actors whose travel is a visit in CAMEO's sense (042-043): officials, soldiers,
#: legislators, judges, parties, the opposition, rebels and organisations, not private people
VISITORS = frozenset({"GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "UAF", "IGO", "NGO",
                      "HRI", "AID"})


def _political_visitor(actor: list[Party]) -> bool:
    """A visit (CAMEO 042 "make a visit", 043 "host a visit") is a political actor's: a state or an
    organisation named as itself, or an agent of a political sector (``VISITORS``). A train, a
    tourist or schoolgirls travelling somewhere make no visit."""
    for p in actor:
        e = p.entity
        if e is None or p.token.lemma_.lower() in CRAFT_AND_ARMS:
            continue  # "the drone flew into Syrian airspace": a machine makes no visit
        if e.sector in VISITORS or (e.sector is None and e.code):
            return True
    return False


#: machines of war told as the subject of flying or sailing somewhere
CRAFT_AND_ARMS = frozenset({"drone", "jet", "aircraft", "plane", "warplane", "bomber", "fighter", "helicopter",
                            "missile", "rocket", "warship", "ship", "vessel", "submarine", "frigate", "destroyer",
                            "balloon", "satellite"})


#: what is fired when "fire" is shooting: a bare "fire" with another object (a person, staff) is a dismissal
PROJECTILES = frozenset({"shot", "round", "bullet", "volley", "salvo", "burst", "weapon", "gun", "rifle", "pistol",
                         "cannon", "flare", "shell", "missile", "rocket", "mortar", "grenade", "artillery", "gas",
                         "canister", "munition", "projectile", "dart", "arrow", "stone", "pellet", "torpedo",
                         "drone", "bomb", "warhead", "barrage", "teargas", "it", "them"})


def _fired_from_a_post(tok: Token) -> bool:
    """"Fire" whose object is no projectile ("fired the attorney general", "fired 300 workers"):
    dismissing someone, not shooting (CAMEO 19 is the use of force)."""
    if tok.lemma_.lower() != "fire":
        return False
    if is_passive(tok) and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "at", "upon")
                               and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return False  # "the post was fired on", "was fired at": shot at (a stranded preposition)
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs and is_passive(tok):
        objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return any(not (lemma_forms(o) & PROJECTILES) for o in objs)


#: verbs that take something "as" what it is seen to be ("sees the dam as a threat")
VIEWS = frozenset({"see", "regard", "view", "consider", "describe", "perceive", "treat", "portray", "depict",
                   "characterize", "characterise", "paint", "cast", "label", "brand", "frame"})


def _a_topic(tok: Token) -> bool:
    """A noun event named as what someone talks or asks about ("spoke about his trip", "questions
    about the attack"): the topic of talk, not an act the sentence reports."""
    for a in tok.ancestors:
        if is_verb(a):
            return False
        if a.lower_ == "about" and a.dep_ == "prep" and a.head.lemma_.lower() in TALK:
            return True
    return False


#: talk whose "about" phrase names topics ("spoke about", "questions about"); a concern or a report
#: "about" an act still tells it ("concerns about North Korea's deployment of troops")
TALK = frozenset({"speak", "talk", "ask", "question", "interview", "chat", "inquire", "enquire", "query",
                  "converse", "conversation", "podcast", "write"})


#: times of year or week a routine recurs in ("most summers", "most weekends")
SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall", "year", "week", "weekend", "month", "day",
                     "night", "morning", "evening"})
#: seasons of the year: what is done, in the simple present, "in winter" or "during the summer"
#: is a routine ("this summer", "last winter" name one)
SEASONAL = frozenset({"summer", "winter", "spring", "autumn", "season"})
#: other spans a routine recurs over ("every session", "each round of talks")
ROUTINE_SPANS = frozenset({"session", "quarter", "decade", "season", "term", "cycle"})


#: adjectives of frequency on an act noun: the acts recur, no one act is told
HABITUAL_ADJECTIVES = frozenset({"regular", "frequent", "routine", "nightly", "daily", "weekly", "periodic",
                                 "habitual", "recurring", "recurrent", "incessant", "constant"})


def _information_given(tok: Token, consumed: tuple[int, ...], lex: Lexicon) -> bool:
    """The verb's direct object is information ("gave figures of the money", "provided details of
    the aid") while the pattern's word lies deeper: what is given is the information."""
    info = lex.rules.classes.get("information", frozenset())
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(lemma_forms(o) & info and o.i not in consumed for o in objs) and bool(consumed)


#: sectors of armed forces: their arrival somewhere is a deployment, not a visit
ARMED = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "INS", "CRM"})
#: verbs of an ongoing act dying out, said of the act itself ("the fighting stopped", "protests
#: subsided"); not "end", said as often of a bounded act that took place ("the rally ended peacefully")
ENDING_VERBS = frozenset({"stop", "cease", "subside", "abate", "wane", "fizzle", "die", "peter"})


def _how_a_source_spoke(tok: Token, lex: Lexicon) -> bool:
    """A participle of speaking hung on a verb of saying, with no one spoken with ("..., said a
    fisherman, speaking by telephone", "speaking on condition of anonymity"): how the reporter heard
    the source, not talks between actors (CAMEO 04 needs two sides)."""
    speech = lex.rules.lists.get("attribution.speech_verbs", frozenset())
    return (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "conj") and tok.head.lemma_.lower() in speech
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in tok.children))


def _ending(tok: Token) -> bool:
    """The act noun is the subject of a verb of ending ("shooting along the border has largely
    stopped", "protests subsided", "the fighting died down"): what is told is that it ended."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in ENDING_VERBS or any(
            c.dep_ in ("dobj", "xcomp") for c in head.children):
        return False
    if tok.dep_ in ("nsubj", "csubj"):
        return not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)  # not "the army's ending it"
    # "Shooting along the border ... has largely stopped": a gerund opening the sentence that the
    # parser hung on the verb as an adverbial clause, where the verb has no subject of its own
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i == tok.sent.start and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) and not any(
        c.dep_ in ("nsubj", "dobj", "aux", "mark") for c in tok.children)


#: acts of force (CAMEO 15, 17, 18-20), whose noun an armed body before it names the doer of
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: the bodies that use force: armed ones and a state's organs ("a government crackdown", "a court ban")
FORCE_SECTORS = ARMED | {"GOV", "JUD"}
#: weapons, which the agent gazetteer gives the military sector as subjects ("drones struck"), but
#: which as a modifier of an act's noun name its means ("a drone attack"), not its doer
WEAPON_WORDS = frozenset({"drone", "missile", "rocket", "artillery", "tank", "aircraft", "jet", "warplane",
                          "helicopter", "gunship", "bomber", "airstrike", "shelling", "mortar", "air", "warship",
                          "strike"})


def _armed_modifier(tok: Token, ctx: Any, skip: frozenset[int]) -> list[Party]:
    """The armed body a noun of force names as a modifier of its own ("a police shooting", "the
    army shelling", "a militia raid"): the one who used the force (CAMEO codes the source actor of
    the act, and a noun phrase names it this way as often as with "by"); only a modifier of the
    noun itself ("anti-government riots" name no doer), and not for an act done to someone
    (``patient_noun``: "student arrests")."""
    out = []
    for p in resolve(tok, ctx.index, skip):
        if p.token.i != tok.i or p.entity is None or p.entity.sector not in FORCE_SECTORS:
            continue
        head = tok.doc[_token_index(tok, p.start)]
        if any(t.lemma_.lower() in WEAPON_WORDS for t in tok.doc[head.i:_token_index(tok, p.end - 1) + 1]):
            continue  # "a drone attack", "the missile strike": the means, not who used it
        while head.head.i != tok.i and head.head.i != head.i and head.dep_ in ("compound", "amod", "nmod"):
            head = head.head
        if head.head.i == tok.i and head.dep_ in ("compound", "amod", "nmod") and not any(
                t.lower_ in ("anti", "pro", "-") for t in tok.doc[head.left_edge.i:head.i + 1]):
            out.append(p)
    return out


def _token_index(tok: Token, char: int) -> int:
    """The index of the token of ``tok``'s document that starts at or covers character ``char``."""
    for t in tok.doc:
        if t.idx <= char < t.idx + len(t.text):
            return t.i
    return tok.i


#: what a market's demand is told as ("weaker demand", "strong global demand"): no demand made (CAMEO 10)
MARKET_DEMAND = frozenset({"weak", "strong", "soft", "firm", "robust", "sluggish", "global", "domestic", "consumer",
                           "rising", "falling", "slowing", "slow", "high", "low", "tepid", "buoyant", "seasonal",
                           "pent-up", "underlying", "industrial", "retail", "export", "import"})


#: verbs of getting something from another actor: the giver is the "from" party ("received aid from",
#: "won praise from")
RECEIVING = frozenset({"receive", "win", "earn", "draw", "garner", "get"})


#: verbs of putting money into something: aid (CAMEO 071) only when it goes to another coded actor
INJECTIONS = frozenset({"pump", "inject", "pour", "plough", "plow"})


def _foreign_investee(actor: list[Party], recipient: list[Party]) -> bool:
    """Investing is economic cooperation (CAMEO 061) when it is in another coded actor: "Japan will
    invest in Kenya's railways", not "companies invest in their own chips"."""
    own = {p.code for p in actor if p.code}
    return any(p.code and p.code not in own for p in recipient)


#: who campaigns: a rally they hold or address is campaigning, not public dissent
_CAMPAIGNERS = frozenset({"GOV", "ELI"})


def _campaign_rally(tok: Token, consumed: tuple[int, ...], actor: list[Party]) -> bool:
    """A rally that a government official or a candidate (sector GOV or ELI) holds, or one called a
    campaign rally: CAMEO 14 (PLOVER PROTEST) is public dissent against an actor or a policy, and
    a candidate's rally before supporters is campaigning. Rallies of parties in opposition, of
    unions or of citizens stay protests."""
    doc = tok.doc
    rallies = [t for t in (tok, *(doc[i] for i in consumed)) if t.lemma_.lower() in ("rally", "rallies")]
    if not rallies:
        return False
    if any(c.lower_ in ("campaign", "election", "electoral") for r in rallies for c in r.children
           if c.dep_ in ("compound", "amod")):
        return True
    return bool(actor) and all(p.entity is not None and p.entity.sector in _CAMPAIGNERS for p in actor)


def _standing_relation(tok: Token, lex: Lexicon) -> bool:
    """A noun of a standing relation (rules.toml [classes].standing_relations: cooperation, an
    alliance) that no verb of [classes].relation_changes starts or changes: the relation holds, no
    act is told. PLOVER COOPERATE is initiating, resuming, improving or expanding cooperation, so
    "launched joint cooperation" and "their cooperation resumed" are acts, "the alliance with the
    U.S." and "supportive of cooperation with Japan" are not."""
    if tok.lemma_.lower() not in lex.rules.classes.get("standing_relations", frozenset()):
        return False
    changes = lex.rules.classes.get("relation_changes", frozenset())
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head  # "trade and security cooperation": the first conjunct's place
    return not (cur.dep_ in ("dobj", "nsubj", "nsubjpass") and cur.head.pos_ in ("VERB", "AUX")
                and cur.head.lemma_.lower() in changes)


#: spans of time that make a perfect tense tell a long-running state ("for more than a decade")
LONG_SPANS = frozenset({"year", "decade", "century", "generation"})
#: wars and campaigns: one that "has been" fought is a state of conflict, not one act (PLOVER codes acts)
WARS = frozenset({"war", "insurgency", "rebellion", "insurrection", "conflict", "campaign", "jihad", "struggle",
                  "uprising", "civil war"})

#: words that date a "since" clause within the news ("since the talks collapsed on Monday")
RECENT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                    "today", "week", "weekend", "overnight", "morning", "night", "hours", "days"})
#: verbs of waging a war: "has been fighting X", with no time of its own, tells the war that goes on
WAGING = frozenset({"fight", "battle", "wage"})
#: prepositions that tell where, not when ("has been fighting the army in the east")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "along", "around", "inside", "on", "against", "with"})


def _long_running(tok: Token, published: str | None) -> bool:
    """A perfect tense over years tells a long-running state, not an act the story reports: "has
    been fighting an insurgency for more than a decade", "have clashed repeatedly since 2015";
    so does a war waged in the perfect progressive with no time told ("the militia has been
    fighting the army": the war goes on; ICEWS and PLOVER code dated acts within it).
    A perfect over days or weeks ("has been holding hostages since Tuesday") is the news."""
    aux = {a.lower_ for a in tok.children if a.dep_ == "aux"}
    if not aux & {"has", "have", "had", "'s", "'ve"}:
        return False
    if "been" in aux and tok.tag_ == "VBG" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WARS for c in tok.children):
        return True  # "has been fighting an insurgency", "have been waging a war": the war, not an act in it
    if "been" in aux and tok.tag_ == "VBG" and tok.lemma_.lower() in WAGING and not any(
            c.dep_ in ("prep", "npadvmod", "advmod") and c.lower_ not in LOCATIVE_PREPS for c in tok.children):
        return True  # "the militia has been fighting the army": the standing war, with no time told
    for clause in tok.children:  # "has been closed since the war began": a state since another event
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children) \
                and not any(t.lower_ in RECENT for t in clause.subtree):
            return True
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "since"):
            continue
        if prep.lower_ == "since" and any(o.lower_ == "then" for o in prep.children):
            return True  # "since then, protesters have demanded ...": what went on after an earlier event
        words = {t.lemma_.lower() for t in prep.subtree}
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        # the span itself is what "for" governs ("for more than a decade"), not a thing asked for
        # that lasts a span ("asked for a two-year pause")
        if prep.lower_ == "for" and words & LONG_SPANS and any(o.lemma_.lower() in LONG_SPANS for o in objs):
            return True
        if prep.lower_ == "for" and any(o.lemma_.lower() == "month" and any(
                n.like_num and n.text.isdigit() and int(n.text) >= 6 for n in o.subtree) for o in objs):
            return True  # "have been shut for more than 16 months": half a year and more is a standing state
        if prep.lower_ == "since" and published and any(
                t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) < int(published[:4])
                for t in prep.subtree):
            return True
        if prep.lower_ == "since" and objs and all(
                o.ent_type_ not in ("DATE", "TIME") and o.pos_ == "NOUN" and not any(
                    t.lower_ in RECENT for t in o.subtree) for o in objs):
            return True  # "have been arrested since the coup": a tally since another event, as the clause
    return False


def _a_named_text(tok: Token) -> bool:
    """A capitalised noun trigger inside a name, not at the sentence's start: "the Treaty of
    Utrecht", "the Paris Agreement", "the Good Friday Agreement" name a text; its making, if told,
    is told by a verb ("signed the Treaty of ...")."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
               for c in tok.children) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _no_act(tok: Token, entry: Entry, sent: Span, lex: Lexicon, index: EntityIndex | None = None) -> bool:
    """The verb matches an entry but tells no act of its own."""
    lemma = tok.lemma_.lower()
    if tok.dep_ in ("amod", "compound"):
        return True  # "his long-threatened invasion", "visiting Queen Margrethe"
    if lemma in lex.rules["modality.intended_governors"] and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "protesters who tried to march", "sought to block": an attempt, said of its complement
    if entry.type == "THREATEN" and lemma == "warn" and not entry.words and _a_prediction(tok, lex, index):
        return True  # "researchers warn that the disease could spread", "warned against hospital care"
    if lemma in lex.rules.classes.get("stance", ()) and _standing(tok):
        return True  # "the party opposes the reform", "continues to defy": a standing position
    if entry.cameo == "111" and lemma in ("call", "describe", "term", "label", "brand") and any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ == "what" for c in tok.children):
        return True  # "organising what prosecutors called a coup": a name put on a thing in passing
    if entry.type == "REJECT" and so_far(tok):
        return True  # "has so far refused to relax the rules": the refusal holds, no new act is told
    if _habitual(tok, sent, lex, entry.type):
        return True  # "the group mainly targets buses", "police regularly raid the camp": no one act
    if _in_a_plot(tok):
        return True  # "the novel follows a colonel who seizes power": fiction, no act
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if tok.tag_ == "VBN" and head.dep_ in ("acomp", "oprd", "xcomp") and head.head.lemma_.lower() in CONDITION_VERBS:
        return True  # "civilians remain unprotected, bombed, besieged": a condition, no one act
    if tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in ADJECTIVAL_DEGREE for c in tok.children):
        return True  # "we are so invested in Ukraine", "very committed to": a state, as an adjective is
    if _quality(tok, lex):
        return True  # "cautious about confronting China", "capable of striking": a disposition, no act
    if _other_verb_sense(tok, entry):
        return True  # "seized on his remarks", "he asks.", "demonstrated its value", "agreed that it was late"
    if _generic_when(tok):
        return True  # "prices fall when farmers cooperate": a generic present
    if _any_one(tok):
        return True  # "bars arms exports to any nation at war", "suspends any member whose army seizes power"
    if measured_level(tok) and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return True  # "turnout stood at 68 percent, with results from ...": a figure, no one stands with anyone
    if entry.type == "ACCUSE" and lemma in STANDING_CHARGES and _grievance(tok, sent):
        return True  # "the separatists accuse Islamabad of exploiting the province": a standing grievance
    if entry.type == "REJECT" and lemma in STANDING_REFUSALS and _grievance(tok, sent):
        return True  # "Beijing rejects foreign sanctions", "the union refuses overtime": a position held
    if entry.type == "RETREAT" and entry.mode == "return" and not entry.words \
            and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in tok.children):
        return True  # "returned to his cell", "returned home": going back is no return of people or property (0842)
    # "youths armed with clubs": a weak participle describes, it reports no act
    return not entry.strong and tok.dep_ == "acl" and tok.tag_ == "VBN" and not trailing_report(tok)


#: works whose plot is told in the present ("the novel follows a colonel who seizes power"): what
#: their characters do is fiction, not an act (PLOVER codes acts of real actors)
#: works of fiction that frame a whole sentence ("In the novel, ..."); not "story", "series", "show"
#: or "game", which open news too ("in a series of raids", "in a show of force")
FICTION = frozenset({"novel", "film", "movie", "opera", "thriller", "musical", "sitcom", "episode", "comic",
                     "videogame", "miniseries", "screenplay", "biopic", "satire", "comedy", "tale", "fable"})
#: works that frame a sentence as fiction only as the whole opening phrase, "In the (new Korean) drama, ..."
FRAMED_FICTION = frozenset({"drama", "telenovela", "soap", "cartoon", "anime", "manga", "game", "videogame"})
WORKS = frozenset({"novel", "film", "movie", "play", "series", "opera", "thriller", "drama", "musical", "sitcom",
                   "episode", "comic", "videogame", "game", "show", "miniseries", "screenplay", "plot", "story",
                   "biopic", "satire", "comedy", "tale", "fable"})


def _any_one(tok: Token) -> bool:
    """A present-tense act on "any" or "every" one of a kind, or told in a clause on such a one: a
    standing rule or policy ("bars arms exports to any nation engaged in conflict", "suspends any
    member whose army seizes control"), not an act."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    def anyone(n: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in n.children)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [g for o in list(objs) for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(anyone(o) for o in objs):
        return True
    return tok.dep_ == "relcl" and anyone(tok.head)


def _in_a_plot(tok: Token) -> bool:
    """``tok`` is told by a work of fiction as its subject, or sits below such a verb ("the film tells
    of a general who invades ...", "the opera declares war on ...")."""
    first = tok.sent[0]
    if first.lower_ == "in" and len(tok.sent) > 2 and tok.sent[1].lower_ in ("the", "a", "his", "her", "their"):
        # "In the novel, ...", "In the new Korean drama, ...", "In the strategy game, ...": the frame
        # noun before the comma that ends the opening phrase
        frame: list[Token] = []
        for t in tok.sent[2:]:
            if t.text == ",":
                break
            if t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT"):
                frame = []
                break
            frame.append(t)
        if frame and frame[-1].lemma_.lower() in FICTION | FRAMED_FICTION:
            return True  # "In the novel, ... a detective hunts down the cartel boss": the plot's acts
    cur: Token | None = tok
    for _ in range(6):
        if cur is None:
            return False
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in WORKS and not c.ent_type_ for c in cur.children):
            return True
        cur = cur.head if cur.head.i != cur.i else None
    return False


#: degree words that modify adjectives only ("so invested", "very committed"; one is not "very
#: shelled"): a participle they modify names a state, not an act
ADJECTIVAL_DEGREE = frozenset({"so", "very", "too", "extremely", "quite", "rather", "really", "incredibly"})
#: object pronouns of people: one recognises a state or a government (CAMEO 054), not "her"
PERSONAL_OBJECTS = frozenset({"him", "her", "me", "us", "you"})
#: what a search for people lost looks for: a rescue or a recovery, not a raid
SOUGHT_ALIVE_OR_DEAD = frozenset({"body", "bodies", "survivor", "survivors", "victim", "victims", "missing",
                                  "remains", "corpse", "corpses"})
#: verbs whose predicative participles describe a condition ("civilians remain unprotected,
#: bombed, besieged"): no act is told
CONDITION_VERBS = frozenset({"remain", "stay", "become", "feel", "look", "seem", "appear", "lie", "sit", "stand"})
#: verbs of accusing whose simple present in a story's body tells a standing grievance
STANDING_CHARGES = frozenset({"accuse", "allege", "blame"})
#: verbs of refusing whose simple present in a story's body tells a position held (CAMEO 12 codes
#: the act of rejecting: "rejected the plan on Monday"; "we reject ..." in a quote is that act)
STANDING_REFUSALS = frozenset({"reject", "refuse", "oppose", "resist"})
#: words that complete "ask" as a request: "ask X to do", "ask for", "ask that ..."
_REQUEST_MARKS = frozenset({"for", "that"})


def _a_show(t: Token) -> bool:
    """"A demonstration of shared commitment", "of its resolve": a show of a quality, no protest."""
    return t.lemma_.lower() == "demonstration" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and not g.ent_type_ and g.tag_ == "NN" for g in c.children) for c in t.children)


#: verbs of a crowd coming together, which demonstrate "against" what they oppose
GATHERING = frozenset({"gather", "assemble", "mass", "converge", "rally", "march"})
#: what "against" names when it sets a scene, not what is opposed ("against a backdrop of ...")
SETTINGS = frozenset({"backdrop", "background", "setting", "backcloth"})


def _other_verb_sense(tok: Token, entry: Entry) -> bool:
    """The trigger's sense is not the act its entry codes, by how it is built:

    - "seize on/upon" a remark or a claim is to exploit it, not CAMEO 171 seizing property;
    - "ask" with no request in it (no "to" clause, no "for", no "that" clause: "he asks.", "asked
      whether the contract was legal", "asking, 'Why ...?'") asks a question, no CAMEO 020 appeal;
    - "demonstrate" with an object ("demonstrated its value") shows something, no CAMEO 141 rally;
    - "agree that" a statement holds ("most respondents agreed that the economy was improving")
      assents to a claim;
      CAMEO 03 agrees to act, so only a clause with a modal or future ("agreed that they would
      withdraw") is an agreement;
    - "engage in" an activity ("continues to engage in such practices") is taking part in it; CAMEO
      190 is engaging an enemy, with an object ("troops engaged the militants");
    - "confer" with an object bestows it ("conferred a title on"); CAMEO 040 is conferring with
      someone;
    - "in recognition of" something is "in honour of" it, no CAMEO 054 recognition of an actor;
    - "requested anonymity", "asked for anonymity" is how a source talks to the press, no appeal."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if entry.type == "PROTEST" and lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids):
        return True  # "called off a march", "called off the strike": a protest cancelled, none held (CAMEO 14)
    if entry.type == "PROTEST" and lemma in GATHERING and any(
            c.dep_ == "prep" and c.lower_ == "against" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS for g in c.children) for c in kids):
        return True  # "gathered in Brussels against a backdrop of tension": the scene, no one opposed
    if lemma == "seize" and entry.type == "COERCE" and any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i == tok.i + 1
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in kids):
        return True
    if lemma == "swear" and entry.type == "THREATEN" and any(
            (c.dep_ in ("prt", "prep") and c.lower_ == "in")
            or (c.dep_ == "dobj" and c.lemma_.lower() in ("oath", "allegiance", "loyalty")) for c in kids):
        return True  # "was sworn in", "swore an oath": taking office, no threat (CAMEO 13)
    if lemma == "set" and entry.type == "COERCE" and any(c.dep_ == "prt" and c.lower_ in ("off", "up", "out")
                                                        for c in kids):
        return True  # "setting off a large fire": the fire an attack caused, no property set alight (1712)
    if entry.type == "REQUEST" and lemma == "ask" and any(
            c.dep_ == "xcomp" and any(a.dep_ == "neg" for a in c.children)
            and any(g.lemma_.lower() in ("name", "identify", "quote") for g in c.subtree) for c in kids):
        return True  # "asked not to be named": a source's condition for talking to the press
    if entry.type == "REQUEST" and lemma in ("ask", "request") and any(
            c.dep_ == "ccomp" and c.lemma_.lower() in ("withhold", "use", "publish", "disclose", "give", "print")
            and any(g.lemma_.lower() in ("name", "surname", "identity") for g in c.subtree) for c in kids):
        return True  # "asked that his surname be withheld": the same condition, said of the name
    if lemma == "ask" and entry.type == "REQUEST" and not entry.words:
        objects = [c for c in kids if c.dep_ in ("dobj", "dative")]
        wants = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "for" for o in objects for c in o.children) or any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in _REQUEST_MARKS for m in c.children)
            for c in kids)
        return not wants
    if lemma == "demonstrate" and entry.type == "PROTEST" and any(c.dep_ in ("dobj", "ccomp") for c in kids):
        return True
    if lemma == "engage" and entry.type == "ASSAULT" and not any(c.dep_ == "dobj" for c in kids):
        return True
    if lemma == "seek" and entry.type == "REQUEST" and not entry.words and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SOUGHT_FOR_ONESELF for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in kids):
        return True  # "seeking ways to oppose ...", "seeking work": looking for something, asking no one
    if entry.type == "ASSAULT" and tok.dep_ in ("advcl", "conj") and tok.head.lemma_.lower() in ACCIDENTS:
        return True  # "the plane crashed, killing all 60 on board": an accident, no one attacked
    if entry.mode == "martial-law" and _a_field_emergency(tok):
        return True  # "declared a drought emergency", "the hospital declared an emergency": no state of emergency
    if entry.type == "REQUEST" and any(
            (c.dep_ == "dobj" and c.lemma_.lower() == "anonymity")
            or (c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "anonymity" for g in c.children))
            for c in kids):
        return True  # "requested anonymity": a source's condition for talking to the press
    if lemma == "confer" and entry.type == "CONSULT" and any(c.dep_ == "dobj" for c in kids):
        return True
    if lemma == "stand" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() == "reason" for g in c.children) for c in kids):
        return True  # "it stands to reason that ...": an inference, no stance taken for anyone
    if (lemma == "recognition" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)):
        return True

    if entry.type == "RETREAT" and lemma == "pull" and any(t.lower_ in ("front", "ahead") for t in tok.subtree):
        return True  # "pulled way out front in the race": took the lead, no withdrawal (CAMEO 087)
    if entry.cameo == "054" and not entry.words and any(
            c.dep_ == "dobj" and (c.lower_ in PERSONAL_OBJECTS or c.ent_type_ == "PERSON") for c in kids):
        return True  # "an officer recognized her": knowing someone by sight, no CAMEO 054 recognition of a state
    if entry.type == "COERCE" and lemma == "search" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in SOUGHT_ALIVE_OR_DEAD for g in c.children)
            for c in kids):
        return True  # "searching for bodies", "for survivors": recovery and rescue, no raid (CAMEO 17)
    if lemma == "agree" and entry.type == "AGREE" and not entry.words:
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        objects = [c for c in kids if c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("to", "on"))]
        modal = {"will", "would", "shall", "should", "must", "could", "can", "may", "might", "to"}
        return bool(clauses) and not objects and not any(
            a.dep_ == "aux" and a.lower_ in modal for c in clauses for a in c.children)
    return False


#: units of time: "the past two days" is a span, not past episodes
TIME_UNITS = frozenset({"hour", "day", "night", "week", "weekend", "month", "year", "decade"})
#: modifiers of a plural act noun that put the acts before the news, counted together
EARLIER = frozenset({"past", "previous", "earlier", "prior", "repeated", "frequent"})


def _in_past_episodes(tok: Token) -> bool:
    """A perfect or past verb set "in the past" or "in past crises" tells what was done on several
    occasions before, not one act."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            if o.lower_ == "past" and any(d.lower_ == "the" for d in o.children):
                return True
            if o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() not in TIME_UNITS and any(
                    m.dep_ == "amod" and m.lower_ in EARLIER for m in o.children):
                return True  # (not "during the past two days": a span of the news)
    return False


#: what one seeks without asking anyone for it (CAMEO 02 appeals to an actor: "sought help from")
SOUGHT_FOR_ONESELF = frozenset({"way", "means", "method", "work", "job", "employment", "treatment", "care",
                                "shelter", "refuge", "cover", "opportunity", "answer", "solution", "revenge"})
#: verbs of accidents: a killing they cause is no attack (CAMEO 18-19 are acts of an actor)
ACCIDENTS = frozenset({"crash", "collapse", "capsize", "sink", "derail", "overturn", "plunge", "topple"})
#: what an emergency may be of besides public order: CAMEO 1724 is a state of emergency or martial
#: law, imposed on people; a health, drought or hospital emergency restricts no one
EMERGENCY_FIELDS = frozenset({"health", "medical", "humanitarian", "food", "water", "climate", "drought", "flood",
                              "fire", "wildfire", "energy", "power", "heat", "disaster", "environmental",
                              "famine", "hunger", "cholera", "mpox", "ebola", "covid", "pandemic", "epidemic"})
#: places whose staff declare emergencies of their own
EMERGENCY_HOLDERS = frozenset({"hospital", "clinic", "school", "university", "airport", "hospitals", "clinics"})


def _a_field_emergency(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp")]
    objs += [g for o in objs for g in o.children if g.dep_ in ("oprd", "attr")]
    words = {m.lemma_.lower() for o in objs for m in o.subtree}
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return bool(words & EMERGENCY_FIELDS) or (subj is not None and subj.lemma_.lower() in EMERGENCY_HOLDERS)


def _generic_when(tok: Token) -> bool:
    """A simple present in a "when"/"whenever" clause tells what happens generally ("prices fall
    when farmers cooperate"), not one act."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(m.dep_ == "advmod" and m.lower_ in ("when", "whenever") for m in tok.children)


def _grievance(tok: Token, sent: Span) -> bool:
    """An accusation in the simple present, in the body of a story and outside quotation marks:
    "the separatists accuse Islamabad of exploiting the province" tells a grievance held, not one
    accusation made (a headline's present, in the first sentence, tells the news; "we accuse ..."
    in a quote is the act itself)."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if sent.start == 0 or sent.doc[: sent.start].text.strip() == "":
        return False
    before = sent.doc[sent.start: tok.i].text
    quoted = (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1
    return not quoted and not any(c.lower_ in ("i", "we") for c in tok.children if c.dep_ == "nsubj")


def _forecast(mod: ModalityResult, lex: Lexicon) -> bool:
    """What will happen, in the words of commentators (rules.toml [classes].commentators) reporting
    on others: "analysts say Tehran would welcome ...", "experts expect Japan will ..."."""
    commentators = lex.rules.classes.get("commentators", frozenset())
    findings = lex.rules.classes.get("findings", frozenset())
    for g in mod.chain[1:]:
        subj = next((c for c in g.children if c.dep_ == "nsubj"), None)
        if subj is not None and lemma_forms(subj) & (commentators | findings):
            return True
    return False


def _a_prediction(tok: Token, lex: Lexicon, index: EntityIndex | None = None) -> bool:
    """A bare warning names no one warned and no act its speaker will take: a prediction ("warn that
    the disease could spread", "warn it is too big to put out") or advice ("warned against hospital
    care"), not a threat (CAMEO 13 threatens an act of the speaker's side: "warned that its troops
    will no longer tolerate roadblocks", "warning that terrorists will not be spared"). A warned
    clause whose subject is a thing, not an actor, in the active voice, is a prediction. ("that X"
    parsed as an object is the clause's complementizer and subject, not someone warned.)"""
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") and c.left_edge.lower_ != "that" for c in tok.children):
        return False
    maybe = lex.rules["modality.hypothetical_aux"]
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses:
        return True
    if all(any(a.dep_ == "aux" and a.lemma_.lower() in maybe for a in c.children) and not _own_harm(c, lex, index)
           and not _sanctions_coming(c, lex) for c in clauses):
        return True
    # "warned that it would strike the camps": the speaker's own "it" doing harm is a threat; so are
    # sanctions said to be coming ("warned that further sanctions could follow": CAMEO 1312, the
    # measures a state or a bloc takes, not a forecast of others' acts)
    return index is not None and all((_a_thing_does(c, index) or _it_does_no_act(c, lex))
                                      and not _own_harm(c, lex, index)
                                      and not _sanctions_coming(c, lex) for c in clauses)


#: verbs that tell how things stand or go, not what anyone does ("it would get worse", "it could take
#: weeks", "it may spread")
STATE_VERBS = frozenset({"be", "get", "become", "grow", "worsen", "deteriorate", "remain", "stay", "turn",
                         "take", "last", "happen", "continue", "spread", "rise", "fall", "cost", "go"})


def _it_does_no_act(clause: Token, lex: Lexicon) -> bool:
    """"warned that it would get worse": an "it" that only tells how things stand or go is the state
    of things, whoever "it" may stand for; not "warned that it would board ships"."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ == "it" and clause.lemma_.lower() in STATE_VERBS and not any(
        c.dep_ == "conj" and c.pos_ == "VERB" for c in clause.children)


def _sanctions_coming(clause: Token, lex: Lexicon) -> bool:
    """The clause's subject is a noun of sanctions or expulsions ("further sanctions could follow",
    "more expulsions would come"), or someone is to face them: measures only a state or a body
    imposes, told as coming."""
    def sanctions(t: Token) -> bool:
        return t.pos_ == "NOUN" and any(e.type == "SANCTION" for e in lex.nouns.get(t.lemma_.lower(), ()))

    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    # "those responsible could face sanctions": the same measures, with whom they would hit
    faced = clause.lemma_.lower() == "face" and any(c.dep_ == "dobj" and sanctions(c) for c in clause.children)
    return faced or (subj is not None and sanctions(subj))


#: event types whose act, said by a speaker of its own side as a possibility, threatens (CAMEO 13)
HARMS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT"})


def _own_harm(clause: Token, lex: Lexicon, index: EntityIndex | None = None) -> bool:
    """"warned that it could halt exports", "warned that we may cut ties": the speaker's side (a
    pronoun subject: in reported speech it is the speaker's; or a name of the speaker's own state:
    "Indonesia's trade minister warned that Jakarta could halt exports") may do something harmful.
    A threat (CAMEO 13, "threaten to halt exports" 1312), not a prediction about the world."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    pronoun = subj.lower_ in ("it", "we", "they", "i")
    if not pronoun and not (index is not None and _same_side(subj, clause.head, index)):
        return False
    return any(e.type in HARMS for e in lex.verbs.get(clause.lemma_.lower(), ()))


def _same_side(subj: Token, speaking: Token, index: EntityIndex) -> bool:
    """The clause's subject names the state of the one who speaks (the subject of ``speaking``)."""
    speaker = next((c for c in speaking.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    own = index.containing(subj.idx, subj.idx + len(subj.text))
    start, end = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge.text)
    theirs = {e.code for e in index.within(start, end) if e.code}
    return own is not None and own.code is not None and own.code in theirs


def _a_thing_does(clause: Token, index: EntityIndex) -> bool:
    """The clause's subject is no actor (no actor mention in it, no first-person pronoun) and the
    clause is active: "the fire is too big", "prices will rise"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.lower_ in ("we", "i", "they", "he", "she"):
        return False
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return not index.within(start, end) and index.containing(subj.idx, subj.idx + len(subj.text)) is None


#: verbal acts a standing position is told with (CAMEO 05, 10, 11, 12)
STANCES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _season_of(noun: Token) -> bool:
    """The noun is a season of the year, or much or part of one ("for much of the winter")."""
    if noun.lower_ in ("much", "most", "part", "rest"):
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), noun)
    return noun.lemma_.lower() in SEASONAL


def _habitual(tok: Token, sent: Span, lex: Lexicon, etype: str) -> bool:
    """The verb tells what is done habitually, not one act: an adverb of frequency ("mainly",
    "often", "regularly"; rules.toml [classes].habitual), or a material act in the simple present
    in the body of a story ("the group targets buses"; in the first sentence it may be a headline's
    present, which tells the news). A verbal act in the present is performed by saying it ("we
    condemn the attack"), and an act still going on ("has been holding hostages") is an event."""
    habitual = lex.rules.classes.get("habitual", frozenset())
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in habitual for c in tok.children):
        return True
    if any(t.dep_ == "npadvmod" and t.lemma_.lower() in ("year", "month", "week", "day") and any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "per") for d in t.children)
            and all(c.dep_ in ("det", "predet") for c in t.children)
            and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ not in ("after", "before", "ago", "later", "earlier"))
            for t in tok.subtree if t.head.i == tok.i or t.head.head.i == tok.i):
        return True  # "providing 40 million dollars a year", "meets twice a month": a rate, no one act
    if any(t.lemma_.lower() in SEASONS and t.tag_ == "NNS" and any(d.lower_ == "most" for d in t.children)
           for t in tok.subtree):
        return True  # "hold joint drills most summers": a routine
    if etype in HABIT_TYPES and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            p.dep_ == "prep" and p.lower_ in ("during", "in", "for", "throughout") and any(
                o.dep_ == "pobj" and _season_of(o) and not any(
                    d.dep_ in ("det", "nummod") and (d.lower_ in ("this", "that", "last", "next") or d.like_num)
                    for d in o.children) for o in p.children)
            for p in tok.children):
        # "border guards patrol the frontier on skis in winter", "pickpockets target tourists during
        # the summer": a material act in the simple present over a season of the year is a routine,
        # even in a story's first sentence (a headline's present names one day's act, not a season)
        return True
    if tok.tag_ in ("VBZ", "VBP", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            t.lower_ in ("every", "each") and t.dep_ == "det" and (t.head.lemma_.lower() in SEASONS | ROUTINE_SPANS
                                                                  or t.head.lower_ in WEEKDAYS)
            and t.head.head.i == tok.i for t in tok.subtree):
        return True  # "every Friday, volunteers hand out bread": a routine in the present, no one act
    aims = lex.rules.classes.get("standing_aims", frozenset())
    if etype == "REQUEST" and tok.tag_ in ("VBZ", "VBP") and tok.lemma_.lower() in ("seek", "want") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            c.dep_ == "dobj" and lemma_forms(c) & aims for c in tok.children):
        return True  # "the Polisario Front seeks independence": a standing aim, no demand made
    owner = tok.head
    while owner.dep_ == "pobj" and owner.head.dep_ == "prep" and owner.head.lower_ == "of":
        owner = owner.head.head  # "hundreds of students, who ...": the subject is the hundreds
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and etype in STANCES and owner.dep_ in (
            "nsubj", "nsubjpass") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # "students, who accuse lawmakers of greed, marched ...": a relative clause in the present on
        # the subject tells who its people are, their standing grievance or demand, not a new act
        return True
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
        # "hold drills every spring, which Pyongyang condemns as ...": a reaction to a routine, in the
        # present, is a standing one
        main = tok.head
        while main.head.i != main.i and main.pos_ not in ("VERB", "AUX"):
            main = main.head
        if any(t.lower_ in ("every", "each") and t.head.lemma_.lower() in SEASONS | ROUTINE_SPANS
               for t in main.subtree if not (tok.left_edge.i <= t.i <= tok.right_edge.i)):
            return True
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(o.lower_ == "time" for o in c.children)
           for c in tok.children) and any(t.lower_ == "to" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "time"
                                          for t in tok.subtree):
        return True  # "seizes foreign tankers from time to time": now and then, no one act
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "Bolivia still demands access to the sea": a position held for years, no new act
    if tok.dep_ == "xcomp" and tok.head.lower_ == "used" and tok.head.tag_ == "VBD" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and not any(
            c.dep_ in ("auxpass", "dobj") for c in tok.head.children):
        return True  # "he used to exaggerate": a past habit (not "tear gas was used to disperse")
    if tok.dep_ == "advcl" and any(m.lower_ in ("when", "whenever") for m in tok.children) and any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in habitual for c in tok.head.children):
        return True  # "regularly escape when attacked": the when-clause of a habit is one too
    if _in_past_episodes(tok):
        return True  # "in past tensions, Ankara has threatened to close the base": several episodes
    if any(c.dep_ in ("npadvmod", "advmod") and any(d.dep_ == "det" and d.lower_ == "every" for d in c.children)
           and tok.tag_ in ("VBZ", "VBP") for c in tok.children):
        return True  # "the cabinet meets every Tuesday": a routine, in the present
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    first = sent.start == 0 or sent.doc[: sent.start].text.strip() == ""
    # (a headline's present is a main clause's: a relative clause in the present tells a habit even
    # in the first sentence, "the gang that robs banks")
    if HABITUAL_PRESENT not in lex.rules.classes or (first and tok.dep_ != "relcl") or tok.dep_ not in (
            "ROOT", "conj", "ccomp", "relcl"):
        return False
    if etype in (*MATERIAL, "CONCEDE") and tok.tag_ == "VBN" and [a.tag_ for a in aux] in (["VBZ"], ["VBP"]) \
            and aux[0].dep_ == "auxpass" and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "the plotters are detained there", "only citizens are allowed to enter": a state
    # a verbal act in the present is performed by saying it ("we condemn the attack", "we urge
    # restraint"): only a material act in the simple present is habitual
    return etype in HABIT_TYPES and tok.tag_ in ("VBZ", "VBP") and not aux


#: words whose gerund complement is an act that was done ("claimed responsibility for attacking",
#: "guilty of violating")
_DONE_ACT_OWNERS = frozenset({"responsibility", "credit", "guilty", "guilt", "responsible", "culpable"})
#: words of reputation: their gerund complement is what someone does habitually ("known for abducting")
_REPUTATION = frozenset({"known", "notorious", "famous", "infamous", "renowned", "noted", "feared"})


def _quality(tok: Token, lex: Lexicon) -> bool:
    """A gerund under a preposition that completes an adjective or a noun ("cautious about
    confronting", "capable of striking", "the risk of attacking") names a kind of act, not one that
    happened; a verb's preposition ("accused of attacking", "after attacking") is left to the other
    rules, and so are "responsibility for attacking" and "guilty of violating", and the commitments
    and intentions the modality rules read ("committed to providing", "interested in talking")."""
    cur = tok
    for _ in range(4):  # "known for abducting children and forcing them to fight": all of it
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.lower_ in _REPUTATION:
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    # a verb's object may take the preposition in the parse that belongs to the verb ("accused each
    # other of violating", "charged the men with attacking"): an object is no owner here
    owned = {owner.lemma_.lower(), owner.lower_}
    if owned & (_DONE_ACT_OWNERS | lex.rules["modality.commitment_cues"] | lex.rules["modality.intended_governors"]):
        return False
    return owner.pos_ == "ADJ" or (owner.pos_ == "NOUN" and owner.dep_ not in ("dobj", "dative"))


def so_far(tok: Token) -> bool:
    """A perfect with "so far", "thus far", "still" or "yet" ("has so far refused", "has still not
    agreed"): what has held up to now, a standing position, not one act on a day (CAMEO 12 codes
    the act of rejecting)."""
    aux = {a.lower_ for a in tok.children if a.dep_ == "aux"}
    if not aux & {"has", "have", "had", "'s", "'ve"}:
        return False
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in ("still", "yet"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ in ("so", "thus") for g in c.children):
            return True
    return False


def _standing(tok: Token) -> bool:
    """The verb tells a state that lasts, not an act: the simple present ("opposes"), the present
    progressive ("is defying"), or a verb of continuing above it ("continues to defy")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ in ("VBZ", "VBP") and not aux:
        return True
    if tok.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("continue", "keep", "remain")


#: nouns that stand for a share or an edition of what follows "of" ("a release of its software")
CONTAINERS = frozenset({"release", "version", "suite", "package", "batch", "rollout", "edition", "upgrade"})


def other_sense(tok: Token, etype: str, recipient: list[Party], rules: Rules,
                heads: list[Token] | None = None, consumed: tuple[int, ...] = ()) -> bool:
    """The verb's object is of a class that cannot undergo an act of ``etype`` (rules.toml [classes] and
    [argument_types]): "fought the bill", "released a statement", "deployed AI agents", "visit our
    website", "declined to comment". An object that names a coded actor always can; technology
    counts in a modifier too ("AI agents")."""
    words: set[str] = set()
    for name, types in rules.argument_types.items():
        if etype in types:
            words |= rules.classes.get(name, frozenset())
    if not words:
        return False
    tech = rules.classes.get("technology", frozenset()) & words
    # what is given or shared may be information ("shared intelligence", "provided photographs"); to
    # whom it is given may not ("contributed to this report")
    given = etype in ("AID", "COOPERATE")
    objects = [] if given else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not given and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        # "the statement released hours after": the noun a participle modifies; not a content clause
        # with a subject of its own ("reports that Tehran had sent troops")
        objects.append(tok.head)
    if not given and tok.tag_ == "VBN" and tok.dep_ != "acl" and tok.i > 0 and is_noun(tok.doc[tok.i - 1]) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
        # "in the statement released hours after the attack, ...": a participle right after a noun,
        # with no subject or auxiliary of its own, modifies that noun whatever the parse says
        objects.append(tok.doc[tok.i - 1])
    if not given and tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBZ", "VBP", "VBD") and is_noun(tok.head) \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in tok.children) \
            and any(c.dep_ == "nsubj" for c in tok.children):
        # "a claim that Britain rejects": the noun the clause hangs on is what its verb takes
        objects.append(tok.head)
    if not given and tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ":
        # "the conditions would be hard to meet": the subject of "be hard" is the verb's object
        holder = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        objects += [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects += [p.token for p in recipient if not p.code and not (given and p.token.dep_ == "dobj")]
    # the recipient phrase's own head ("met with *resistance* from farmers": not the farmers)
    objects += [h for h in heads or () if not (given and h.dep_ == "dobj")]
    # "deployed an upgraded release of its software": what a release, a version or a batch is of
    objects += [g for o in list(objects) if o.lemma_.lower() in CONTAINERS for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # a claim to a territory ("rejected Venezuela's claim to the Essequibo region") is a demand, not
    # an assertion: it can be rejected (CAMEO 12)
    objects = [o for o in objects if not (o.lemma_.lower() == "claim" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "over") and c.i == o.right_edge.i + 1
        for c in (*o.children, *o.head.children)))]
    if etype == "CONSULT":  # "met with opposition from ...": what it met with, whoever voiced it
        met = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj"]
        reception = rules.classes.get("reception", frozenset())
        if any(lemma_forms(g) & reception and not any(c.dep_ in ("det", "poss") for c in g.children) for g in met):
            # a bare reaction ("met with opposition from China's mission", "met with fierce
            # resistance"), even where the word also names a party ("the opposition" would)
            return True
        objects += met
    if etype == "REJECT" and tok.lemma_.lower() in VETOES:
        return False  # a veto blocks a text in a body ("vetoed a draft statement"): any object
    if etype == "ACCUSE" and tok.lemma_.lower() == "blame" and any(
            c.dep_ == "prep" and c.lower_ == "on" for t in (tok, *tok.children) if t.dep_ in ("dobj", "ROOT")
            or t.i == tok.i for c in t.children):
        return False  # "blamed rising prices on the central bank": the one blamed comes with "on"
    if etype == "REJECT":  # "declined to comment", "refused to say": no act is refused
        objects += [c for c in tok.children if c.dep_ == "xcomp"]
        words = words | rules["attribution.speech_verbs"]
    beliefs = rules.classes.get("beliefs", frozenset())
    # an object the entry itself names ("reject result", "veto bill") is what the entry is about
    objects = [o for o in objects if o.i not in consumed]
    for o in objects:
        if etype in ("REJECT", "AGREE") and lemma_forms(o) & beliefs and _has_content_clause(o):
            return True  # "rejected the idea that sanctions work": a belief disputed, no proposal refused
        if etype == "CONSULT" and lemma_forms(o) & rules.classes.get("sheltered", frozenset()):
            return True  # "hosts 1.2 million Sudanese refugees": people sheltered, whoever's they are
        # the object is a coded actor itself ("released the Kenyan"), not a thing an actor's
        # name modifies ("agreed with Obama's remark", "released the UN report")
        if any(p.code and p.token.i == o.i and p.entity is not None
               and p.entity.start <= o.idx < p.entity.end for p in recipient):
            continue
        if lemma_forms(o) & words:
            return True
        if any(lemma_forms(m) & tech for m in o.children if m.dep_ in ("compound", "amod")):
            return True
    return False


#: words that give a reputation: what a party is known or famous for is its standing, no act told
REPUTATION = frozenset({"know", "known", "famous", "renowned", "notorious", "noted", "celebrated", "remember",
                        "remembered", "infamous", "recognise", "recognize", "respect", "respected"})


def _a_reputation(noun: Token) -> bool:
    """A noun act after "for" on a word of reputation ("known for its investigations", "notorious
    for its raids"): a standing description, no act the sentence tells."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i and (
        prep.head.lemma_.lower() in REPUTATION or prep.head.lower_ in REPUTATION)


#: verbs whose passive with no agent is a state one is in ("was engaged with", "is involved in")
STATES_OF_BEING_IN = frozenset({"engage", "involve", "embroil", "entangle"})
#: acts done in words: in an absolute "with" clause they are a standing stance, not one act
WORDS_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


def _circumstance(tok: Token, entry: Entry) -> bool:
    """A participle that describes an ongoing state rather than telling one act: a passive of being
    in something with no agent ("was engaged with the U.S. last year"), the adjunct of a
    perfect progressive ("has been fighting an insurgency for years, accusing the rebels of ..."),
    or an absolute "with" clause of mutual words ("the talks have stalled, with both sides accusing
    the other"): a standing grievance, as a generic statement is (PLOVER codes acts, not states)."""
    if tok.lemma_.lower() in STATES_OF_BEING_IN and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        return True  # "North Korea was engaged with the U.S. last year": a state of engagement, no meeting
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "advcl" and head.tag_ == "VBG" and any(
            a.dep_ == "aux" and a.lower_ == "been" for a in head.children):
        return True
    # mutual: "with both sides accusing the other", "with each blaming the other"
    return (entry.type in WORDS_ACTS and tok.dep_ == "pcomp" and head.lower_ == "with"
            and any(c.dep_ == "nsubj" for c in tok.children)
            and any(t.lower_ in ("both", "each", "other") for t in tok.subtree))


def _has_content_clause(noun: Token) -> bool:
    """The noun carries what is believed: a clause of its own ("the idea that X", "the notion
    migration helps"), not a relative clause ("the idea that he floated") nor an "of" phrase ("the
    idea of talks": a proposal)."""
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(w.tag_ in ("WDT", "WP", "WP$") or (w.lower_ in ("that", "which", "who", "whom") and w.dep_ != "mark")
               for w in c.subtree if w.i < c.i):
            continue  # a relative clause: "that" or "which" is a pronoun in it
        if any(w.dep_ == "mark" and w.lower_ == "that" for w in c.children) or any(
                w.dep_ in ("nsubj", "nsubjpass") for w in c.children):
            return True
    return False


#: verbs of vetoing (CAMEO 129): what is vetoed is a text or a decision of a body, whatever its class
VETOES = frozenset({"veto"})
#: the class whose presence in rules.toml turns on the simple-present reading of _habitual
HABITUAL_PRESENT = "habitual"
#: verbal acts that, by commentators (rules.toml [classes].commentators), are opinion: PLOVER codes
#: the acts of political actors, and an analyst's praise or criticism is commentary on them
OPINION = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "AGREE"})
#: material acts: only actors do them, never a plan, a law or a report
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})
#: types done, not said: in the simple present in a story's body they tell a habit or a standing
#: arrangement ("the two services share intelligence", "the group targets buses")
HABIT_TYPES = MATERIAL | {"COOPERATE"}
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
#: a score written in the clause ("3-1", "2 - 0"), however the tokenizer split it; a range of
#: years, a count or a date ("2019-2021", "10-15 people", "2020-09-01") is no score
SCORE_IN_TEXT = re.compile(
    # (a full stop may end the sentence after it: "to win 2-0."; not a decimal: "2-0.5")
    r"(?<![\d.,/:\-–])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d,%/:\-–]|\.\d)"
    r"(?!\s*(?:people|percent|per|years?|days?|hours?|months?|weeks?|killed|dead|wounded|injured|soldiers|troops))"
    # a score ends its phrase or runs on into where, when or how the game went ("2-0 in the final",
    # "3-1 on aggregate", "2-1 win"); a range of a count runs on into what it counts ("20-30 fighters")
    r"(?=\s*(?:$|[,.;:)\]'\"]|(?:in|on|at|against|to|over|win|victory|defeat|loss|draw|lead|home|away|after|"
    r"with|and|thanks|aggregate|scoreline|result|margin|before|for|but|as|when|while|from)\b))"
    # a margin in goals or runs ("a one-goal deficit", "a two-goal lead"): a match
    r"|\b(?:one|two|three|four|five|\d)[-–](?:goal|run|point|try|wicket)\b")


_MONTH_BEFORE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE)


def _score_in(text: str) -> bool:
    """A score in ``text`` (``SCORE_IN_TEXT``), not a span of days after a month ("October 10-12")."""
    return any(not _MONTH_BEFORE.search(text[:m.start()]) for m in SCORE_IN_TEXT.finditer(text))


def _sent_by(start: int, head: Token) -> bool:
    """A coded body named before the head ("EU observers") or in a "from" phrase on it ("observers from
    the African Union"): the body that sent them."""
    if head.left_edge.idx <= start < head.idx + len(head.text):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and c.idx <= start <= c.right_edge.idx
               for c in head.children)


#: collective nouns for animals ("a pack of wolves"): the group does what its animals do
ANIMAL_GROUPS = frozenset({"herd", "pack", "swarm", "flock", "pod"})


def political(tok: Token, etype: str, actor: list[Party], heads: list[Token], rules: Rules,
              coded: Sequence[Party] = ()) -> bool:
    """False for what only looks like an act of a political actor: a natural force, a law or a report
    as the doer ("the storm hit the coast", "the virus killed 300", "the law allows ..."), private
    travellers visiting, or a sports contest ("beat Argentina 2-1 in the qualifier"): rules.toml
    [classes].nature, .abstract, .information, .private, .carried and .sport. A word of a coded
    party's proper name (``coded``: "the Arab League") says nothing of the clause's sense."""
    nature = rules.classes.get("nature", frozenset())
    # a law, a plan or a report does not act ("a law that allows the government to seize ...", "the
    # effort targeting fentanyl"); nor does a natural force
    things = nature | rules.classes.get("abstract", frozenset()) | rules.classes.get("information", frozenset())
    if etype == "CONSULT":  # "the standards will be hard to meet": what is met in the sense of satisfied
        things = things | rules.classes.get("requirements", frozenset())
    if any(lemma_forms(h) & things for h in heads) and (
            not any(p.code for p in actor) or etype in MATERIAL):
        return False  # a report may speak for its author ("a UN report accused ..."); it does not fight
    # "a herd of elephants", "a pack of wolves": the animals are the doers
    heads = [*heads, *(g for h in heads if h.lemma_.lower() in ANIMAL_GROUPS for p in h.children
                       if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    if any(h.pos_ == "NOUN" and lemma_forms(h) & nature and not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in h.children) for h in heads):
        return False  # "glaciers in the Altai threaten water supplies": the place they are in gives them a
        # state's code, not a will (a "Russian bear" is a metaphor for a state, and stays)
    if etype in MATERIAL and any(lemma_forms(h) & rules.classes.get("market_forces", frozenset()) for h in heads):
        return False  # "soaring rents are driving young people out": a market moving, no one acts
    forces = rules.classes.get("market_forces", frozenset()) | rules.classes.get("economic", frozenset()) | nature
    if etype in MATERIAL and any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
            o.dep_ == "pobj" and lemma_forms(o) & forces for o in c.children) for c in tok.children):
        return False  # "a chain hit hard by rising energy bills" (parsed active): what the bills did to it
    measures = [*heads, *(g for h in heads if h.lemma_.lower() in BATCHES for p in h.children
                          if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    if etype in MATERIAL and any(lemma_forms(h) & rules.classes.get("economic", frozenset()) for h in measures):
        # "the sanctions have hurt ordinary people", "each new round of sanctions hurt Europe": a
        # measure's effect; imposing it is the act
        return False
    commentators = rules.classes.get("commentators", frozenset())
    # "an analyst in Abuja", and a name with the title before it ("security analyst Kabiru Adamu")
    pundits = [h for h in heads if lemma_forms(h) & commentators or any(
        c.dep_ == "compound" and c.i < h.i and lemma_forms(c) & commentators for c in h.children)]
    if etype in OPINION and pundits and not any(
            p.code and p.entity is not None and _sent_by(p.entity.start, h) for p in actor for h in pundits):
        # "an analyst in Abuja welcomed the move", "economists praised the bank": commentary, no act;
        # observers a state or body sends ("EU election observers", "observers from the African
        # Union") are its actors
        return False
    private = rules.classes.get("private", frozenset()) | rules.classes.get("carried", frozenset())
    # in the passive, who is carried ("dozens of detainees were flown to Texas")
    carried = [c for c in tok.children if c.dep_ == "nsubjpass"]
    carried += [g for c in carried for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    if etype == "CONSULT" and any(lemma_forms(h) & private for h in [*heads, *carried]):
        return False  # "tourists visited Vietnam", "the train travelled to Quetta": no consultation
    if not _acts_of_power(tok, etype, actor, heads, rules):
        return False
    if etype == "THREATEN":
        advisories = rules.classes.get("advisories", frozenset())
        warned = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
        if any(lemma_forms(m) & advisories for w in warned for m in w.children if m.dep_ in ("compound", "amod")):
            return False  # "heat warnings were issued", "a travel alert": the public is warned of a danger
    if etype in ("REQUEST", "COERCE") and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
            lemma_forms(h) & rules.classes.get("standing_texts", frozenset()) for h in heads):
        # "the party's charter calls for autonomy", "the constitution bars the president from ...":
        # what a text provides, no act done
        return False
    if etype == "SUPPORT" and tok.pos_ == "NOUN" and any(
            lemma_forms(m) & rules.classes.get("material_support", frozenset())
            for m in tok.children if m.dep_ in ("compound", "amod")):
        return False  # "budget support for the government", "air support": material, not verbal (CAMEO 05)
    if etype == "PROTEST" and any(lemma_forms(h) & (rules.classes.get("facilities", frozenset()) | {"mill", "works"})
                                  for h in heads):
        return False  # "factories have stopped work", "the mill shut down": production halted, no one protests
    if etype == "ASSAULT" and _posts_won(tok):
        return False  # "took 13 of the 22 top local posts": offices won in a vote, no position stormed
    if etype == "ASSAULT":
        campaigns = rules.classes.get("campaigns", frozenset())
        named = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
        if any(lemma_forms(m) & campaigns for w in named for m in w.children if m.dep_ in ("compound", "amod")):
            return False  # "a price offensive", "a charm offensive", "a legal battle": no armed attack
    remedies = rules.classes.get("remedies", frozenset())
    if etype in ("ASSAULT", "COERCE") and (any(lemma_forms(h) & remedies for h in heads) or any(
            lemma_forms(m) & remedies for m in tok.children if m.dep_ == "compound")):
        return False  # "the drug attacks tumours", "the vaccine blocks the virus": medicine at work
    if etype == "ASSAULT" and any(lemma_forms(h) & ROAD_VEHICLES for h in heads):
        return False  # "a bus slammed into a truck": a crash, no attack (warships and drones do attack)
    if (etype == "REQUEST" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass")
            and lemma_forms(tok.head) & rules.classes.get("amount_changes", frozenset())):
        return False  # "demand from smelters cooled": buyers' demand in a market, no one demands anything
    if any(lemma_forms(h) & rules.classes.get("markets", frozenset()) for h in heads):
        return False  # "shares surrendered early gains", "the peso retreated": prices move, no one acts
    if etype in ("ASSAULT", "COERCE", "MOBILIZE") and any(
            lemma_forms(h) & rules.classes.get("scientists", frozenset()) for h in heads):
        return False  # "physicists bombarded nuclei with protons": an experiment, no force used
    nature = rules.classes.get("nature", frozenset())
    if etype in ("ASSAULT", "COERCE", "MOBILIZE") and any(
            lemma_forms(t) & nature for h in heads for t in (h, *(c for c in h.children if c.dep_ == "compound"))):
        return False  # "Typhoon Mawar slammed into the coast", "the quake destroyed homes": no one used force
    if etype in ("RETREAT", "CONCEDE") and any(lemma_forms(t) & rules.classes.get("games", frozenset())
                                                for t in tok.sent):
        return False  # "the grandmaster sacrificed a rook and his opponent resigned": a game given up
    if any(lemma_forms(h) & rules.classes.get("athletes", frozenset()) for h in heads):
        return False  # "the goalkeeper rejected a move to Riyadh": a player's career, no act of a political actor
    if etype in ("ASSAULT", "COERCE", "SUPPORT"):
        sport = rules.classes.get("sport", frozenset())
        clause = list(tok.subtree)
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            # "a late counter-attack handed the visitors a 2-1 win": the clause the noun is the subject of
            clause = list(tok.head.subtree)
        names = [(p.start, p.end) for p in coded if p.code]
        clause = [t for t in clause if t.pos_ != "PROPN" or not any(a <= t.idx < b for a, b in names)]
        # a striker is a player; strikers are as often workers on strike ("fired tear gas at strikers")
        if any(SCORE.match(t.text) or lemma_forms(t) & sport or t.lower_ == "striker" for t in clause):
            return False
        # (by position: a subtree the parser made non-projective lists its tokens out of order)
        # (and two tokens past it: "beat Japan 2-0" where the parser hangs the "0" elsewhere)
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            # "sat deep and hit Lazio twice to win 2-0": the score may hang on the first verb
            clause = clause + [t for t in tok.head.subtree if t not in clause]
        span = tok.doc[min(t.i for t in clause): min(max(t.i for t in clause) + 3, tok.sent.end)].text if clause else ""
        if _score_in(span):
            return False  # "beat Argentina 3-1": a score the tokenizer split
        if etype == "ASSAULT" and not any(c.dep_ == "dobj" for c in tok.children) and not any(
                p.entity is not None and p.entity.sector in ARMED for p in actor) and any(
                (c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in RACE_ENDS for o in c.children))
                or (c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "win"
                    and any(a.tag_ == "TO" for a in c.children) and not any(a.dep_ == "prt" for a in c.children))
                for c in tok.children):
            return False  # "stormed to victory over India", "stormed back to win the derby": a game won;
            # "stormed to the top of the charts": a race to a ranking, no attack
    return True


#: what a contest is run to: "stormed to victory", "charged to the top of the charts"
RACE_ENDS = frozenset({"victory", "win", "top", "title", "lead", "summit", "record", "podium", "triumph"})


#: words that make a post or a seat an office: "top local posts", "cabinet posts", "council seats"
OFFICE_MODIFIERS = frozenset({"top", "local", "senior", "key", "cabinet", "ministerial", "government", "council",
                              "mayoral", "elected", "party", "parliamentary", "legislative", "municipal",
                              "provincial", "regional", "executive", "leadership", "administrative"})


def _posts_won(tok: Token) -> bool:
    """The verb takes posts or seats that are offices: a number of them ("13 of the 22 posts") or
    posts named by a political modifier ("top local posts")."""
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        named = [o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")]
        for n in named:
            if n.lemma_.lower() not in ("post", "seat", "position"):
                continue
            if o.like_num or o.pos_ == "NUM" or any(m.lower_ in OFFICE_MODIFIERS for m in n.children
                                                    if m.dep_ in ("amod", "compound")):
                return True
    return False


#: vehicles of the road and rail: as the doer of a hit, a crash
ROAD_VEHICLES = frozenset({"bus", "truck", "car", "train", "lorry", "van", "minibus", "taxi", "motorcycle",
                           "tanker", "trailer", "coach", "tram"})
#: nouns for a working group named by what it does ("rescue workers", "medical teams")
CREWS = frozenset({"worker", "team", "crew", "personnel", "staff", "unit", "squad", "service", "volunteer"})
#: civil-service words that, as the doer itself, may name fighters ("volunteers joined the front")
ARMED_VOLUNTEERS = frozenset({"volunteer"})
#: sectors whose freeing of captives is a rescue by force
FORCES_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _acts_of_power(tok: Token, etype: str, actor: list[Party], heads: list[Token], rules: Rules) -> bool:
    """False where the trigger's words tell a matter of safety or rescue, not an act of power
    (rules.toml [classes].civil_services, .facilities, .captives): "firefighter reinforcements
    arrived" moves no forces (CAMEO 15); "an emergency was declared at the hospital" imposes no
    state of emergency (CAMEO 1724); "security forces freed 14 hostages" is a rescue, not the
    captors' release (RETREAT, CAMEO 0841)."""
    civil = rules.classes.get("civil_services", frozenset())
    if etype == "MOBILIZE":
        moved = [*heads, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
        if any(lemma_forms(m) & civil for t in (tok, *moved) for m in t.children if m.dep_ in ("compound", "amod")) \
                or any(lemma_forms(t) & civil for t in moved):
            return False
    if etype in ("COERCE", "RETREAT", "MOBILIZE") and any(
            lemma_forms(h) & (civil - ARMED_VOLUNTEERS) or (h.lemma_.lower() in CREWS and any(
                lemma_forms(m) & civil for m in h.children if m.dep_ in ("compound", "amod"))) for h in heads):
        # rescuers searching the rubble or pulling out survivors, medics removing bullets: no coercion
        # (CAMEO 17 is repression by authorities), no withdrawal (CAMEO 087) and no show of force
        # (CAMEO 15); the doer a civil service, or a crew of one ("rescue workers", "health teams")
        return False
    if etype == "COERCE":
        sites = rules.classes.get("facilities", frozenset())
        if any(t.lemma_.lower() == "emergency" for t in tok.subtree) or tok.lemma_.lower() == "emergency":
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ in ("at", "in") and any(
                        lemma_forms(o) & sites for o in t.children if o.dep_ == "pobj"):
                    return False
    if etype == "RETREAT":
        care = rules.classes.get("care", frozenset())
        if any(p.dep_ == "prep" and p.lower_ in ("from", "out") and any(
                lemma_forms(o) & care for o in p.subtree if o.dep_ in ("pobj", "compound"))
               for p in tok.children):
            return False  # "released from hospital", "freed from quarantine": discharged, not freed (0841)
        held = rules.classes.get("captives", frozenset())
        freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(lemma_forms(c) & held for c in freed) and any(
                (p.to_json().get("sector") in FORCES_SECTORS) for p in actor):
            return False
    return True



#: the body a speaker stands for, named by its kind in what the speaker says ("a Hezbollah
#: official said the group would ...": the group is Hezbollah's, the speaker's own)
SPEAKERS_BODIES = frozenset({"group", "movement", "organisation", "organization", "party", "militia",
                             "government", "alliance", "bloc", "junta", "administration"})


def _speaker_for_pronoun(tok: Token, ctx: SentenceContext) -> list[Party]:
    """A pronoun subject (or possessive) in reported speech refers to the speaker where the annotation
    resolved no antecedent: "Chad said *it* would open ...", "the rebels said *they* would meet ...",
    "the minister said *her* talks with ... were useful"."""
    description = tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEAKERS_BODIES and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if not description and (tok.pos_ != "PRON" or tok.lower_ not in (
            "it", "they", "he", "she", "we", "its", "their", "his", "her", "our")):
        return []
    clause = tok.head
    for _ in range(3):  # up from a possessive through its noun to the clause that holds it
        if clause.dep_ in ("ccomp", "relcl", "advcl", "acl", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.lexicon.rules["attribution.speech_verbs"]:
        return []
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return [p for p in resolve(subj, ctx.index) if p.resolved]
