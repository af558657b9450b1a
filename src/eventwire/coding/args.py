"""Who did it, and to whom: actor and recipient phrases from the dependency parse, mapped to entities.

Verb triggers: the actor is the subject, or the ``by`` agent in the passive; a verb without a
subject takes it from its governor (control and raising: "X agreed to cooperate", "X was
scheduled to meet"; object control: "urged Y to withdraw" gives Y), from the verb it is
coordinated with, from the noun a relative clause or participle modifies, or from the main clause
of a participial adjunct ("..., killing 12"). The recipient is the direct object (the subject in
the passive) or the object of a preposition the lexicon entry names.

Noun triggers: the actor is the possessor ("North Korea's deployment"), a ``by`` phrase (of the
noun or of a participle modifying it: "mines laid by insurgents"), the subject of the light verb that
takes the noun ("held talks"), a nationality or name among the noun's modifiers ("Russian attack"),
or an ``of`` phrase; the recipient is a preposition's object.

A phrase is mapped to the annotation's entities: the entity containing the head word, else the
entities among its premodifiers ("Senior Czech and Slovak officials" -> both), else those of
an ``of`` phrase or apposition ("leaders of the Azadliq coalition"). Coordinated phrases give one
party each (compound actors are lists, as PLOVER asks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..model import Entity
from .lexicon import Entry, Lexicon
from .match import CAUSATIVES, is_noun, is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                              "LAW", "WORK_OF_ART", "LANGUAGE", "EVENT", "PRODUCT"})
STATEMENT_NOUNS = frozenset({"declaration", "statement", "letter", "communique", "message", "note",
                             "appeal", "call", "ultimatum", "warning"})
REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


@dataclass
class Party:
    """An actor or recipient: the phrase head, and the entity it maps to (if any)."""

    token: Token
    text: str
    start: int
    end: int
    entity: Entity | None = None

    @property
    def resolved(self) -> bool:
        return self.entity is not None

    @property
    def code(self) -> str | None:
        return self.entity.code if self.entity is not None else None

    def to_json(self) -> dict[str, Any]:
        if self.entity is not None:
            return self.entity.as_party()
        return {"entity_text": self.text, "code": None, "sector": None, "name": None,
                "start": self.start, "end": self.end}


def actorish(e: Entity) -> bool:
    return e.label not in NON_ACTOR_LABELS and e.kind in ("actor", "place")


class EntityIndex:
    """The annotation's actor and place entities in one sentence, looked up by character offsets."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = [e for e in entities if actorish(e)]

    def containing(self, start: int, end: int) -> Entity | None:
        best = [e for e in self.entities if e.start <= start and end <= e.end]
        return min(best, key=lambda e: e.end - e.start) if best else None

    def within(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if e.start >= start and e.end <= end and e.end > e.start]


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nouns coordinated with it ("the United States and Jordan")."""
    out = [tok]
    # "Mali, Burkina Faso and Niger", parsed with the second name in apposition to the first and the
    # third coordinated with it: an apposition that is itself coordinated is a list
    stack = [c for c in tok.children if c.dep_ == "conj" or (
        c.dep_ == "appos" and c.pos_ == "PROPN" and any(x.dep_ == "conj" for x in c.children))]
    while stack:
        c = stack.pop(0)
        if is_noun(c) or c.pos_ in ("PRON", "ADJ"):
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _span_of(tok: Token) -> tuple[int, int, str]:
    """The head phrase: premodifiers and the head word (no prepositional or clausal tail)."""
    left = tok.left_edge
    doc = tok.doc
    while left.i < tok.i and (left.is_punct or left.dep_ in ("cc", "prep", "case")):
        left = doc[left.i + 1]
    span = doc[left.i: tok.i + 1]
    return span.start_char, span.end_char, span.text


def resolve(tok: Token, index: EntityIndex, exclude: frozenset[int] = frozenset()) -> list[Party]:
    """The parties a phrase headed by ``tok`` stands for (one per coordinated head)."""
    parties: list[Party] = []
    for head in conjuncts(tok):
        parties.extend(_resolve_one(head, index, exclude))
    seen: set[tuple[int, int]] = set()
    out = []
    for p in parties:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            out.append(p)
    return out


def _resolve_one(tok: Token, index: EntityIndex, exclude: frozenset[int]) -> list[Party]:
    start, end, text = _span_of(tok)
    own = index.containing(tok.idx, tok.idx + len(tok.text))
    if own is not None and own.code:
        # "Indian and Chinese troops" where the entity is "Chinese troops": coordinated modifiers
        # before it are parties too
        doc = tok.doc
        coordinated = any(doc[i].dep_ == "conj" and doc[i].head.i < tok.i
                          for i in range(doc[tok.i].left_edge.i, tok.i))
        before = [e for e in index.within(start, own.start) if e.code and e.end <= own.start] if coordinated else []
        return [*(Party(tok, e.text, e.start, e.end, e) for e in before), Party(tok, own.text, own.start, own.end, own),
                *_of_conjuncts(tok, own, index)]
    pre = [e for e in index.within(start, tok.idx) if not any(e.start <= tok.doc[i].idx < e.end for i in exclude)]
    coded = [e for e in pre if e.code]
    if coded or (pre and own is None):
        chosen = coded or pre
        if own is not None and own.sector and len(chosen) == 1 and chosen[0].label == "PRON" and (
                chosen[0].sector is None or tok.doc[_token_at(tok, chosen[0].start)].lower_ in ("his", "her")
                or own.sector in ("MIL", "COP")  # "the defence ministry said its navy ...": the navy
                # "Chilean and Peruvian fishermen clashed ... Their foreign ministers met": a people's
                # state's officials
                or (own.sector in STATE_ORGANS and chosen[0].sector in PEOPLE)):
            # "the army chief said his forces ...", "Kenya said its troops ...": the owner's state, the
            # sector of what is owned (a person's or a state's forces are the military)
            chosen = [replace(chosen[0], sector=own.sector)]
        return [Party(tok, e.text, e.start, e.end, e) for e in chosen]
    sent = _sent_by(tok, index, exclude)
    if sent is not None:
        # "monitors sent by the OSCE", "troops deployed by Kenya": the people a body sends, posts or
        # hires act for it (its code; their own sector where the noun gives one)
        e = replace(sent.entity, sector=own.sector if own is not None and own.sector else None,
                    text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=None, identifier=None,
                    label="ACTOR", kind="actor") if sent.entity is not None else None
        return [Party(tok, tok.text, tok.idx, tok.idx + len(tok.text), e)]
    if own is not None:
        return [Party(tok, own.text, own.start, own.end, own)]
    for c in tok.children:
        # "leaders of the coalition", "an admission by Moscow", "villages in the Rift Valley"
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("of", "by", "from", "in")):
            inner = c if c.dep_ == "appos" else next((g for g in c.children if g.dep_ == "pobj"), None)
            if inner is not None:
                found = [p for p in resolve(inner, index, exclude) if p.resolved]
                if found and c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in PEOPLE_OF and all(
                        p.start <= p.token.idx < p.end for p in found):  # not "critics of their citizenship"
                    # "supporters of the former president", "relatives of the victims": people of
                    # the other's state, not the other
                    return [_people_of(tok, p) for p in found]
                if found:
                    return found
    if tok.pos_ == "PRON" and tok.lower_ in REL_PRONOUNS:
        return []
    return [Party(tok, text, start, end, None)]


#: sectors of a state's organs (not JUD: lawyers are coded with the judges), and of people outside the state
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "LEG", "SPY"})
PEOPLE = frozenset({"CVL", "REF", "LAB", "EDU", "AGR", "MED", "BUS", "JRN", "REL", "HRI", "OPP"})


#: verbs of sending or posting people to act for one: the people a body sends act for it; not
#: "backed", "armed" or "trained by" (proxies keep their own side: CAMEO codes rebels as rebels)
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "post", "station", "appoint", "hire", "employ",
                           "commission", "second", "assign", "mandate"})


def _sent_by(tok: Token, index: EntityIndex, exclude: frozenset[int]) -> Party | None:
    """The coded body named as the agent of a participle of sending on ``tok`` ("observers sent by
    the African Union"), else None."""
    for c in tok.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in SENDING_VERBS:
            continue
        for by in c.children:
            if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by"):
                for o in by.children:
                    if o.dep_ == "pobj":
                        found = [p for p in resolve(o, index, exclude) if p.code]
                        if found:
                            return found[0]
    return None


#: nouns for people named by whom they stand with, against or by: "supporters of X" are not X
PEOPLE_OF = {"supporter": "side", "follower": "side", "loyalist": "side", "sympathizer": "side",
             "sympathiser": "side", "opponent": "OPP", "critic": "OPP", "relative": "CVL", "family": "CVL",
             "victim": "CVL", "widow": "CVL"}
#: sectors whose supporters share them (a party's supporters are the party's side; a politician's
#: supporters are civilians)
SIDES = frozenset({"OPP", "REB", "PTY", "LAB", "EDU", "CVL", "REL"})


def _people_of(tok: Token, p: Party) -> Party:
    """``p`` (the "of" object) as the people ``tok`` names in relation to it."""
    kind = PEOPLE_OF[tok.lemma_.lower()]
    e = p.entity
    assert e is not None
    sector = (e.sector if e.sector in SIDES else "CVL") if kind == "side" else kind
    span = tok.doc[tok.left_edge.i: max(tok.i, p.token.right_edge.i) + 1]  # the whole "supporters of X"
    start, end = span.start_char, span.end_char
    people = replace(e, sector=sector, text=span.text, start=start, end=end, name=None, identifier=None,
                     label="ACTOR", kind="actor")
    return Party(tok, span.text, start, end, people)


def _token_at(tok: Token, char: int) -> int:
    """The index of the token of ``tok``'s document that starts at character ``char``."""
    return next((t.i for t in tok.doc if t.idx == char), tok.i)


def _of_conjuncts(tok: Token, own: Entity, index: EntityIndex) -> list[Party]:
    """The other states of a coordinated ``of`` phrase, in the role the head gives the first ("the
    foreign ministers of Kenya and Uganda": Uganda's ministers too, with the same sector)."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for other in conjuncts(g)[1:]:
                e = index.containing(other.idx, other.idx + len(other.text))
                if e is not None and e.code and e.code != own.code and e.start >= own.start:
                    e = replace(e, sector=own.sector) if own.sector and not e.sector else e
                    out.append(Party(tok, e.text, e.start, e.end, e))
    return out


# ---- verbs ------------------------------------------------------------------------------------

def reduced_relative(v: Token) -> bool:
    """A participle the parser took for the main verb: "fishermen detained off the coast in May were
    set free": "detained" is read as the past tense with "fishermen" its subject, and the real verb
    ("were set free") as a passive coordinated with it, with no subject of its own. The subject is
    the participle's patient. So too a participle whose "subject" the parser took from a finite verb
    it hung below it with no "and" or comma between ("two journalists detained in Yangon last week
    remained in custody": "remained" left as a dependent with no subject of its own)."""
    if v.tag_ in ("VBN", "VBD") and any(c.dep_ == "nsubj" for c in v.children) and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp", "dative") for c in v.children) and any(
            c.dep_ in ("dep", "conj") and c.i > v.i and c.tag_ in ("VBD", "VBZ", "VBP")
            and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
            and not any(v.doc[k].dep_ in ("cc", "punct") for k in range(v.i + 1, c.i)) for c in v.children):
        # two finite verbs with nothing between to join them: the first is the participle
        return True
    if v.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in v.children) and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "xcomp", "dative") for c in v.children) and any(
            c.dep_ == "ccomp" and c.i > v.i and any(a.dep_ == "auxpass" for a in c.children) and not any(
                a.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for a in c.children)
            and not any(v.doc[k].dep_ in ("cc", "punct") or v.doc[k].lower_ == "that" for k in range(v.i + 1, c.i))
            for c in v.children):
        # "two men wanted for fraud were handed over": the passive with no subject of its own parsed
        # as what the participle says ("wanted" read as the main verb, "were handed" as its clause)
        return True
    return v.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in v.children) and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in v.children) and any(
        c.dep_ == "conj" and c.i > v.i and any(a.dep_ == "auxpass" for a in c.children) and not any(
            a.dep_ in ("nsubj", "nsubjpass", "cc") or (a.dep_ == "punct" and a.i < c.i) for a in c.children)
        and not any(t.dep_ == "cc" and v.i < t.i < c.i for t in v.children)
        for c in v.children)


def is_passive(v: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or reduced_relative(v):
        return True
    if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i != v.i and not any(
            c.dep_ in ("nsubj", "aux") for c in v.children):
        return is_passive(v.head)  # "was surrounded and booed at by strikers": the passive is shared
    # a participle that modifies a noun is passive ("the people killed"), unless it has an object: "Israeli
    # airstrikes killed 20 people" misparsed as a reduced relative is an active verb and its subject
    return v.dep_ == "acl" and v.tag_ == "VBN" and not misparsed_active(v) and not content_clause(v) \
        and not trailing_report(v) and not detached_main_verb(v)


def content_clause(v: Token) -> bool:
    """A clause on a noun with a subject of its own: the noun's content, not a participle that
    modifies it ("reports that Tehran had sent troops": Tehran sent them, the reports did not)."""
    return v.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children)


#: verbs that report or allege, which close a sentence after its content ("..., the minister charged")
TRAILING_REPORTS = frozenset({"charge", "allege", "claim", "say", "add", "insist", "argue", "contend", "assert",
                              "tell", "write", "complain", "accuse", "urge", "demand", "warn", "plead"})


def trailing_report(v: Token) -> bool:
    """A reporting verb after the sentence's content that the parser hung on its speaker as a
    participle ("votes were bought, the opposition leader charged at a rally" parsed as "leader
    [who was] charged"): the speaker is its subject and the sentence's main clause its content."""
    if v.tag_ not in ("VBN", "VBD") or v.lemma_.lower() not in TRAILING_REPORTS or v.head.i == v.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "agent", "auxpass", "cc") for c in v.children):
        return False
    if v.dep_ == "conj" and v.head.dep_ == "ROOT":
        # "... with cash, the opposition leader charged": parsed as a second verb of the sentence
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ == "cc" and c.i < v.i for c in v.head.children):
            return False
        noun = subj
    elif v.dep_ == "acl" and v.head.dep_ in ("appos", "npadvmod", "conj", "dobj", "pobj"):
        noun = v.head
    elif v.dep_ == "advcl" and v.head.dep_ == "ROOT" and v.head.i < v.i and not any(
            c.dep_ in ("mark", "advmod") and c.i < v.i for c in v.children):
        # "... with false stories, the ministry charged": parsed as an adverbial clause of the content
        # (one with its own conjunction, "as the ministry charged", "when ...", is no report)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        noun = subj
    else:
        return False
    before = noun.left_edge.i - 1
    return before > v.sent.start and v.doc[before].text == "," and noun.left_edge.i > v.sent.root.i


def detached_main_verb(v: Token) -> bool:
    """The sentence's main verb that the parser hung on the last noun of a relative clause about its
    subject ("Italy, which relies on Algeria for a third of its gas, called on both sides ..."
    parsed with "Italy" as the root and "called" as a participle on "gas"): its subject is the
    root."""
    root = v.sent.root
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or root.pos_ not in ("PROPN", "NOUN") or v.i < 2:
        return False
    rel = next((c for c in root.children if c.dep_ in ("relcl", "appos") and c.i < v.i), None)
    if rel is None or v.doc[v.i - 1].text != ",":
        return False
    mine = {t.i for t in v.subtree}
    inside = [t.i for t in rel.subtree if t.i not in mine]
    return (v.head.i in inside or v.head.i == root.i) and max(inside) < v.i \
        and not any(c.dep_ in ("agent", "auxpass") for c in v.children)


def misparsed_active(v: Token) -> bool:
    """A past participle parsed as a noun's modifier (acl) that has a direct object: the noun is
    its subject and the verb active ("airstrikes killed 20 people" taken as "airstrikes [that
    were] killed"); not a content clause with its own subject."""
    if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") \
            and v.head.i < v.i and not content_clause(v) and not any(
                c.dep_ in ("agent", "auxpass") or (c.dep_ == "prep" and c.lower_ == "by") for c in v.children) \
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in v.sent) \
            and not any(v.doc[k].text in (",", "(", "—", "-") for k in range(v.head.i, v.i)):
        # "Kazakhstan's foreign minister offered on Friday to host talks": a sentence whose root the
        # parser made a noun has no finite verb but the participle it hangs on that noun, which is the
        # main verb, with the noun its subject (not "the minister, appointed in May, ...")
        return True
    return v.dep_ == "acl" and v.tag_ == "VBN" and any(c.dep_ == "dobj" for c in v.children) \
        and not content_clause(v)


def governor(v: Token) -> Token | None:
    """The word that governs a complement clause: the verb (or noun) above xcomp/ccomp/pcomp."""
    if v.dep_ in ("xcomp", "ccomp", "pcomp", "acl", "advcl", "relcl") and v.head.i != v.i:
        g = v.head
        if g.pos_ in ("ADP", "SCONJ") and g.head.i != g.i:
            g = g.head
        return g
    return None


def _speaker_label(t: Token) -> bool:
    """A name before a colon that opens the sentence, as in an interview transcript ("VOA: Putin
    visited China ..."): it labels who speaks, it does no act in the clause."""
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].text == ":" and bool(t.left_edge.is_sent_start)


#: prepositions whose gerund tells when or how the governing verb's subject acted: its subject is
#: the gerund's ("met after signing", "responded by shelling", "left without paying")
ADVERBIAL_PREPS = frozenset({"after", "before", "while", "since", "upon", "without", "despite", "by",
                             "through", "when", "besides"})


#: nouns of armed violence in which people are killed, wounded or taken: "killed in a gun battle
#: with police", "wounded in a Kenyan airstrike", "arrested in a police raid"
FIGHTING_NOUNS = frozenset({"battle", "clash", "fight", "fighting", "firefight", "shootout", "gunfight",
                            "skirmish", "airstrike", "strike", "raid", "attack", "ambush", "operation",
                            "offensive", "assault", "bombardment", "shelling", "crackdown", "exchange"})


def _doer_of_the_fighting(v: Token) -> list[Token]:
    """The doer a passive act with no "by" agent takes from the fighting it happened in (CAMEO 18-19:
    whoever fought the victims killed them): the other side of "a gun battle with police", the
    doer of "a raid by special forces", or the named owner of "a Kenyan airstrike", "a police raid",
    "Russia's offensive". A fight "between" two sides names no one side."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for n in prep.children:
            if n.dep_ != "pobj" or n.lemma_.lower() not in FIGHTING_NOUNS:
                continue
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ in ("with", "by"):
                    return [g for g in c.children if g.dep_ == "pobj"]
            owners = [c for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                      and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lemma_.lower() in _ARMED_OWNERS)]
            if owners:
                return owners[:1]
    return []


#: owners of a fighting noun that name an armed party: "a police raid", "an army operation"
_ARMED_OWNERS = frozenset({"police", "army", "military", "navy", "troop", "soldier", "rebel", "militant",
                           "insurgent", "militia", "government", "security"})


#: verbs of sending people out of a state's territory (CAMEO 174 expel or deport individuals)
#: infinitives of purpose that name the act a crowd's move is ("drove into the capital to protest",
#: "marched to demonstrate"): told as done when the move is (``modality``, rules.toml
#: [modality].protest_moves)
PROTEST_INFINITIVES = frozenset({"protest", "demonstrate"})
#: verbs by which a diplomat is made to come to a ministry to hear a protest
SUMMONING = frozenset({"summon"})
EXPELLING = frozenset({"expel", "deport"})


#: what is fired or launched at a target: its launcher is the doer of what it hits
MUNITIONS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "mortar", "torpedo", "projectile", "grenade",
                       "munition", "warhead", "interceptor"})


def launchers(heads: list[Token]) -> list[Token]:
    """"two drones launched by the rebels", "a missile fired by the army": whoever launched a munition is
    the doer of the strike it makes (CAMEO 19, 20), not the munition."""
    out = []
    for h in heads:
        # "a pair of missiles launched by ...", "a barrage of rockets fired by ..."
        fired = [h, *(g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")]
        if not any(m.lemma_.lower() in MUNITIONS for m in fired):
            out.append(h)
            continue
        by = [g for m in fired for c in m.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        out.extend(by[:1] or [h])
    return out


def verb_actor(v: Token, depth: int = 0) -> list[Token]:
    """Head tokens of the actor of verb ``v``."""
    return launchers(_verb_actor(v, depth))


#: verbs of firing whose passive names the shooters' side with "from": "was fired on from the Russian side"
FIRING = frozenset({"fire", "shell", "shoot", "target", "strike", "hit", "attack", "bomb", "rocket", "mortar"})
#: what a "from" names that stands for the party firing from it
FIRING_FROM = frozenset({"side", "territory", "position", "positions", "bank", "shore"})


def _firing_side(v: Token) -> list[Token]:
    """"Was fired on from the Russian side", "shelled from Azerbaijani positions": with no "by" agent,
    the state whose side or positions the fire came from is the doer (CAMEO 19: who fired)."""
    if v.lemma_.lower() not in FIRING:
        return []
    out: list[Token] = []
    for o in _prep_objects([v], "from"):
        if o.lemma_.lower() in FIRING_FROM or o.lower_ in FIRING_FROM:
            out.extend(c for c in o.children if c.dep_ in ("amod", "compound", "poss") and c.i < o.i
                       and c.pos_ in ("ADJ", "PROPN"))
    return out


#: participles that describe a noun when followed by a preposition ("students opposed to the law",
#: "fighters loyal to X", "militias linked to Y"): the parser may make them the sentence's verb
DESCRIBING_PARTICIPLES = frozenset({"oppose", "link", "ally", "tie", "affiliate", "commit", "devote", "loyal"})


def _verb_actor(v: Token, depth: int = 0) -> list[Token]:
    if depth > 6:
        return []
    if v.dep_ == "ccomp" and v.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
            and v.head.lemma_.lower() in DESCRIBING_PARTICIPLES and v.head.i < v.i and any(
                c.dep_ == "prep" for c in v.head.children) and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in v.head.children):
        # "students opposed to the law marched on the legislature": the parser made the describing
        # participle the verb and the main verb its clause; the subject is the main verb's
        described = [c for c in v.head.children if c.dep_ == "nsubj"]
        if described:
            return described
    active_subject = any(c.dep_ == "nsubj" for c in v.children) and v.tag_ in ("VBD", "VBZ", "VBP")
    for c in v.children:
        if c.dep_ == "agent" and not active_subject:
            # a "by" agent is the doer, whether or not the parse marks the passive; beside an active
            # subject it belongs to a noun the parser skipped ("released them after mediation by Qatar")
            return [g for g in c.children if g.dep_ == "pobj"]
    if is_passive(v):
        # a "by" the parse leaves as a plain preposition: "were returned to Armenia by Azerbaijan"
        by = [o for o in _prep_objects([v], "by") if o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
        if by:
            return by
        if v.lemma_.lower() in EXPELLING:
            # "were deported from Pakistan": the state that expels sends people out of its own
            # territory (CAMEO 174), so with no "by" agent the "from" state is the doer
            source = [o for o in _prep_objects([v], "from") if o.ent_type_ == "GPE"]
            if source:
                return source
        if v.lemma_.lower() in SUMMONING or (v.lemma_.lower() == "call" and any(
                c.dep_ == "prt" and c.lower_ == "in" for c in v.children)):
            # "the ambassador was summoned (called in) to the Chinese foreign ministry": a diplomat
            # is summoned to the ministry of the state that protests (CAMEO 114), which is the doer
            # ("called in at the foreign ministry": where it is heard)
            to = [o for o in [*_prep_objects([v], "to"), *_prep_objects([v], "at")]
                  if o.ent_type_ in ("GPE", "ORG", "NORP")
                  or any(c.ent_type_ in ("GPE", "ORG", "NORP") for c in o.children if c.i < o.i)]
            if to:
                return to
        side = _firing_side(v)
        if side:
            return side
        return _doer_of_the_fighting(v)
    if misparsed_active(v) or (v.dep_ == "acl" and trailing_report(v)):
        return [v.head]
    if detached_main_verb(v):
        return [v.sent.root]
    if (v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBN") and v.head.i == v.sent.root.i == v.sent.start
            and v.head.text[:1].isupper() and v.head.is_alpha and not v.head.is_stop
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)):
        # "Trump at first imposed tariffs ...": a name the parser made the root, its finite verb
        # hung below it as an adverbial clause; the name is the verb's subject
        return [v.head]
    if (v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP") and v.head.i == v.sent.root.i
            and v.head.tag_ == "VBG" and v.head.i < v.i
            and not any(c.dep_ in ("aux", "auxpass") for c in v.head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)):
        # "NATO leaders meeting in Vilnius pledged to ...": a participle with no auxiliary cannot be
        # the finite root the parser made of it; its "subject" is the finite verb's
        held = [c for c in v.head.children if c.dep_ == "nsubj"]
        if held:
            return held
    where = v.head if v.dep_ == "conj" else None
    if (where is not None and where.dep_ == "relcl" and v.tag_ in ("VBD", "VBN") and where.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
            and any(c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < where.i for c in (*where.children, *v.children))
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            and where.head.dep_ in ("dobj", "pobj") and is_verb(where.head.head)):
        # "surrounded the house where he was sleeping and detained him": the parser hangs the second
        # finite verb on the "where" clause; it goes with the main verb and its subject
        main = where.head.head
        held = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if held:
            return held
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "csubj") and not _speaker_label(c)), None)
    if subj is None:  # "VOA: Putin visited ...", with Putin parsed as the label's apposition
        label = next((c for c in v.children if c.dep_ == "nsubj"), None)
        subj = next((a for a in label.children if a.dep_ == "appos" and a.i > label.i), None) if label else None
    if subj is None and v.dep_ == "ROOT" and v.i == v.sent.start + 1 and v.tag_ in ("VBD", "VBZ", "VBP"):
        # "Nduhungirehe accused ...": an unknown name opening the sentence, tagged as an adverb
        # or an interjection, is the finite verb's subject
        first = v.sent[0]
        if first.dep_ in ("advmod", "intj", "npadvmod", "dep") and first.text[:1].isupper() and first.is_alpha \
                and not first.is_stop and not first.lower_.endswith("ly"):
            subj = first
    if subj is None and v.tag_ in ("VBD", "VBZ", "VBP"):
        # "On Wednesday Azerbaijan ordered out five diplomats": the parser took the name for the
        # date phrase's head (the day its compound); the name is the finite verb's subject
        for p in v.children:
            if p.dep_ == "prep" and p.i < v.i:
                name = next((o for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i == v.i - 1
                             and o.ent_type_ != "DATE"
                             and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in o.children)), None)
                if name is not None:
                    subj = name
    if subj is not None:
        if subj.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
            return [_harming(v) or v.head]
        return [subj]
    dep = v.dep_
    if dep == "xcomp" or (dep == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep"
                          and v.head.head.i != v.head.i
                          and (is_verb(v.head.head) or v.head.head.pos_ == "ADJ")):
        # "agreed to cooperate", and a gerund after a preposition of the governing verb: "is committed
        # to supporting", "was accused of helping", "insisted on meeting"
        g = v.head if dep == "xcomp" else v.head.head
        # the object controls "accused X of helping", "stopped X from entering"; an adverbial gerund
        # ("shook hands after signing", "replied by shelling") is its subject's
        adverbial = dep == "pcomp" and v.head.lower_ in ADVERBIAL_PREPS
        # "used live rounds to disperse the crowd": what one uses or fires is the means, not the doer
        controller = None if adverbial or (dep == "xcomp" and g.lemma_.lower() in INSTRUMENT_VERBS) else next(
            (c for c in g.children if c.dep_ in ("dobj", "dative") and is_noun(c)), None)
        if controller is not None:
            return [controller]
        passive_subj = next((c for c in g.children if c.dep_ == "nsubjpass"), None)
        if passive_subj is not None:
            return [passive_subj]
        if g.pos_ == "ADJ" and g.dep_ == "acomp":  # "Chile is ready to send"
            return verb_actor(g.head, depth + 1)
        return verb_actor(g, depth + 1) if is_verb(g) or g.pos_ in ("ADJ", "AUX") else []
    if dep == "conj":
        return verb_actor(v.head, depth + 1) if is_verb(v.head) else []
    if dep == "relcl":
        return [v.head]
    if dep == "acl":
        head = v.head
        # "reports of North Korea sending troops": the gerund's subject is the "of" object before it
        of = _prep_objects([head], "of")
        if of and of[0].i < v.i and v.tag_ == "VBG":
            return of
        if head.lemma_.lower() in STATEMENT_NOUNS and head.dep_ == "dobj" and is_verb(head.head):
            # "issued a statement demanding ...": who issued it demands
            return verb_actor(head.head, depth + 1)
        return [head]
    if dep == "advcl" and (v.tag_ == "VBG" or (
            # "closed the border, having threatened the move the night before": the perfect participle too
            v.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "having" for a in v.children)) or (
            v.lemma_.lower() in PROTEST_INFINITIVES and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in v.children))):
        # a gerund is done by its governor's subject, and so is a protest that is the purpose of
        # a crowd's move ("farmers drove into the capital to protest": modality.protest_moves)
        return verb_actor(v.head, depth + 1) if is_verb(v.head) else []
    if dep == "pcomp" and v.head.lower_ == "for" and v.head.head.lemma_.lower() in CLAIMED \
            and v.head.head.dep_ == "dobj" and is_verb(v.head.head.head) \
            and v.head.head.head.lemma_.lower() in CLAIMING:
        # "the rebels claimed responsibility for attacking the convoy": who claims the act did it
        return verb_actor(v.head.head.head, depth + 1)
    if dep == "pcomp":
        g2 = governor(v)
        if g2 is not None and is_verb(g2):
            g = g2
            # "accused X of violating", "blamed X for shelling": the object is the doer
            obj = next((c for c in g.children if c.dep_ == "dobj"), None)
            if obj is not None and v.head.lower_ in ("of", "for", "from") and obj.pos_ in ("PROPN", "PRON"):
                return [obj]
            return verb_actor(g, depth + 1)
    return []


#: nouns whose "with" names what is on the other side: "the border with Pakistan" (the parser often
#: hangs such a "with" on the verb, making Pakistan a partner)
BOUNDARY_NOUNS = frozenset({"border", "frontier", "boundary"})


def boundary_with(c: Token) -> bool:
    """``c`` is a "with" right after a boundary noun ("along the border with Pakistan")."""
    return c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lemma_.lower() in BOUNDARY_NOUNS


def _prep_objects(holders: list[Token], prep: str) -> list[Token]:
    for h in holders:
        for c in h.children:
            if c.dep_ in ("prep", "prt", "dative", "agent") and c.lower_ == prep and not boundary_with(c):
                # "agreed on Friday": a time is no party
                objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                if objs:
                    return objs[:1]
    return []


#: types whose pattern nouns are the act itself ("stage an incursion", "launch an offensive", "hold talks"):
#: a possessive pronoun on the noun is the doer's
OWN_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "CONSULT", "AID", "RETREAT", "COOPERATE",
                      "SANCTION"})


#: what one side puts to another: giving in to, or turning down, "their demands" answers them
PROPOSAL_NOUNS = frozenset({"demand", "request", "proposal", "offer", "call", "plea", "appeal", "plan", "bid",
                            "ultimatum", "claim", "initiative"})


def _proposer(o: Token) -> Token:
    """"gave in to their demands": the owner of a demand or a proposal named in the recipient slot."""
    if o.lemma_.lower() in PROPOSAL_NOUNS:
        owner = next((c for c in o.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return o


#: verbs that give what comes "with" to their object ("provided Malawi with loans")
PROVIDING = frozenset({"provide", "supply", "furnish", "equip", "arm", "present", "reward", "help"})

#: what is fought or thrown "with" is a means, never the other side ("clashed with machetes")
HAND_WEAPONS = frozenset({"machete", "knife", "axe", "sword", "spear", "stone", "rock", "stick", "club", "gun",
                          "rifle", "pistol", "bat", "baton", "brick", "bottle", "teargas", "truncheon", "firearm",
                          "shotgun", "grenade", "arrow", "bow", "catapult", "slingshot", "whip", "drone", "missile",
                          "rocket", "shell", "mortar", "artillery", "bomb", "explosive", "airstrike", "cannon"})


#: the role people are taken or held in ("took them hostage", "held them captive")
AS_CAPTIVES = frozenset({"hostage", "captive"})


#: verbs of letting another act, whose refusal is aimed at the one kept from acting
PERMITTING = frozenset({"let", "allow", "permit", "authorize", "authorise"})


def verb_recipient(v: Token, entry: Entry, consumed: tuple[int, ...]) -> list[Token]:
    doc = v.doc
    # the pattern's words, and nouns coordinated with them ("sent warplanes and ships around Taiwan":
    # the parser hangs the place on the last of the forces)
    holders = [v, *(doc[i] for i in consumed),
               *(c for i in consumed if is_noun(doc[i]) for c in doc[i].conjuncts if c.i not in consumed)]
    for slot in entry.recipient:
        if slot == "dobj":
            if is_passive(v):
                subj = next((c for c in v.children if c.dep_ == "nsubjpass" or (
                    c.dep_ == "nsubj" and reduced_relative(v))), None)
                if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
                    # "a journalist held in Baku since September was set free": the parser makes the
                    # month the passive subject of a "since" clause; the one set free is the noun the
                    # clause hangs under
                    subj = next((t for t in v.ancestors if is_noun(t)), None)
                if subj is not None and (subj.i not in consumed or subj.pos_ == "PRON"):
                    return [subj]  # a pronoun a pattern names ("he was received by") is still the party
                if v.dep_ == "acl" and v.head.i not in consumed:
                    return [v.head]
                if v.dep_ in ("conj", "ccomp"):  # "X was swarmed and booed": the shared passive subject
                    shared = next((c for c in v.head.children if c.dep_ == "nsubjpass" or (
                        c.dep_ == "nsubj" and reduced_relative(v.head))), None)
                    if shared is not None and shared.i not in consumed:
                        return [shared]
                if v.dep_ == "xcomp":  # "conditions would have to be met": the governor's subject
                    held = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if held is not None and held.i not in consumed:
                        return [held]
                continue
            # "emphasized the necessity of *supporting* Ukraine": the object of a verb the pattern
            # used comes first, then the trigger's own
            obj = next((c for i in consumed for c in doc[i].children
                        if is_verb(doc[i]) and c.dep_ == "dobj" and c.i not in consumed), None)
            if obj is None and v.lemma_.lower() in CAUSATIVES:
                # "let nine crew members go": the subject the parser gives a causative's bare infinitive
                # is the object of the act
                obj = next((c for i in consumed if doc[i].dep_ == "ccomp" and doc[i].head.i == v.i
                            for c in doc[i].children if c.dep_ == "nsubj" and c.i not in consumed), None)
            if obj is None and entry.type == "REJECT":
                # "refused to let UN monitors enter", "declined to allow inspectors to board": whom
                # the refusal keeps from acting is its target (CAMEO 12)
                for x in v.children:
                    if x.lemma_.lower() not in PERMITTING or not (x.dep_ == "xcomp" or (
                            x.dep_ == "advcl" and any(a.tag_ == "TO" for a in x.children))):
                        continue  # (the parser may hang "to let" on the verb as a clause of purpose)
                    obj = next((c for c in x.children if c.dep_ == "dobj" and c.i not in consumed), None) or next(
                        (c for y in x.children if y.dep_ in ("ccomp", "xcomp") for c in y.children
                         if c.dep_ == "nsubj" and c.i not in consumed), None)
                    break
            taken = [c for i in consumed if doc[i].lemma_.lower() in AS_CAPTIVES and doc[i].head.i == v.i
                     for c in doc[i].children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
            if taken and obj is None:
                # "took 14 construction workers hostage": the parser makes the people a modifier of
                # "hostage", the role they are taken in; they are the ones taken
                return taken[-1:]
            if obj is None:
                obj = next((c for c in v.children if c.dep_ in ("dobj", "attr") and c.i not in consumed), None)
            if obj is None:
                # "arrested and beat six members": coordinated verbs share the object that follows
                # (not a verb with a complement of its own, nor a conjunct with its own auxiliary or
                # subject: "has refused to deploy troops and has urged its citizens to ..." are two
                # clauses)
                obj = next((c for x in v.children if x.dep_ == "conj" and is_verb(x)
                            and not any(a.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for a in x.children)
                            and not any(a.dep_ in ("xcomp", "ccomp") for a in v.children)
                            for c in x.children if c.dep_ == "dobj"), None)
            if obj is not None:
                if obj.lower_ in REL_PRONOUNS and obj.tag_.startswith("W"):
                    return [v.head] if v.dep_ == "relcl" else []
                return [obj]
        elif slot == "dative":
            obj = next((c for c in v.children if c.dep_ == "dative" and c.i not in consumed), None)
            if obj is None and v.i + 2 < len(doc):
                # "will lend Kenya 500 million dollars": the small model hangs a proper-noun indirect
                # object on the direct object after it; right after the verb, it is the receiver
                nxt = doc[v.i + 1]
                if nxt.pos_ == "PROPN" and nxt.dep_ in ("nmod", "compound") and nxt.head.dep_ == "dobj" \
                        and nxt.head.head.i == v.i and nxt.head.i > nxt.i + 1 and nxt.i not in consumed:
                    return [nxt]
            if obj is not None and obj.pos_ == "ADP":
                # "granted bail to the activists": the parse marks the "to" phrase dative
                objs = [g for g in obj.children if g.dep_ == "pobj"]
                if objs:
                    return objs[:1]
            elif obj is not None:
                return [obj]
            if obj is None and any(c.dep_ == "auxpass" for c in v.children) and any(
                    c.dep_ == "dobj" or c.i in consumed for c in v.children):
                # "a reporter was granted asylum by Lithuania": the passive of a verb with two objects
                # makes the receiver its subject, the thing given staying its object
                subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c.i not in consumed), None)
                if subj is not None:
                    return [subj]
        else:
            objs = [o for o in _prep_objects(holders, slot) if o.i not in consumed
                    and not (slot == "with" and o.lemma_.lower() in HAND_WEAPONS)]
            if not objs and slot == "with" and entry.type == "CONSULT":
                # "discussed a railway with Botswana's president": the small parser hangs the "with"
                # on the topic; one discusses a thing with someone, not a thing-with-someone
                topics = [c for c in v.children if c.dep_ == "dobj"]
                objs = [o for o in _prep_objects(topics, "with") if o.i not in consumed]
            if objs:
                return [_proposer(o) for o in objs]
            if is_passive(v) and any(c.dep_ in ("prep", "prt") and c.lower_ == slot and not any(
                    g.dep_ == "pobj" for g in c.children) for c in v.children):
                # "the post was fired on", "the talks were walked out of": the preposition stranded by
                # the passive leaves its object as the subject
                subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c.i not in consumed), None)
                if subj is not None:
                    return [subj]
    if v.lemma_.lower() in PROVIDING and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" for g in c.children) for c in v.children):
        # "provided Malawi with $150 million", "supplied the army with drones": what is given comes
        # "with", and the object is who receives it
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i not in consumed), None)
        if obj is not None:
            return [obj]
    # "rejected a Peruvian proposal", "rejected Saddam Hussein's proposal": the owner of the object
    # the pattern used
    # the pattern used; but "staged its incursion of X", "launched their offensive": a pronoun owning
    # the act a material entry names is its doer
    for i in consumed:
        t = doc[i]
        if t.dep_ == "compound" and is_noun(t.head) and t.head.i not in consumed:
            t = t.head  # "Serbia's charge d'affaires": the pattern's word is a compound of the head
        if is_noun(t) and (t.dep_ in ("dobj", "nsubjpass") or (t.dep_ == "pobj" and t.head.i in consumed)) and any(
                c.dep_ in ("poss", "amod", "compound") and c.i not in consumed
                and (c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))
                and not (c.tag_ == "PRP$" and entry.type in OWN_ACTS) for c in t.children):
            return [t]
    for i in consumed:
        # "monitors from the OSCE were ordered out", "expelled staff of the agency": the body the
        # people the pattern names come from is whom the act is aimed at
        t = doc[i]
        if is_noun(t) and t.dep_ in ("dobj", "nsubjpass") and t.tag_ in ("NNS", "NNPS"):
            objs = [o for prep in ("from", "of") for o in _prep_objects([t], prep)
                    if o.i not in consumed and o.pos_ == "PROPN"]
            if objs:
                return objs[:1]
    for i in consumed:  # "launched its offensive of the valley": whom the act named is done to
        t = doc[i]
        if is_noun(t) and entry.type in OWN_ACTS and any(c.tag_ == "PRP$" for c in t.children):
            objs = [o for o in _prep_objects([t], "of") if o.i not in consumed]
            if objs:
                return objs
    # "demanded that the rebels disarm ...": who is asked is the subject of what is asked; "X did Y,
    # the minister charged": the main clause is what is charged
    for c in [*v.children, *([v.sent.root] if trailing_report(v) else [])]:
        if c.dep_ == "ccomp" or c.i == v.sent.root.i:
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            cond = next((a for a in c.children if a.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)), None)
            if subj is not None and entry.type == "THREATEN" and (subj.tag_ == "PRP" or cond is not None):
                # "warned that it would retaliate if the United States sold arms", "warned that Malaysia
                # will defend its waters if Indonesian ships cross": the one who would act is the
                # threatener's side; the one warned is who must not do what the condition says
                # the doer of the condition: its active subject, or a passive's "by" agent ("if its
                # ships are attacked again": the ships are the warner's own, not the one warned)
                csubj = next((g for g in cond.children if g.dep_ == "nsubj"), None) if cond else None
                if csubj is None and cond is not None:
                    csubj = next((o for a in cond.children if a.dep_ == "agent" for o in a.children
                                  if o.dep_ == "pobj"), None)
                return [csubj] if csubj is not None else []
            if subj is not None and entry.type in ("REQUEST", "THREATEN"):
                return [subj]
            if subj is not None and entry.type == "ACCUSE" and (subj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (
                    (trailing_report(v) or c.i < v.i) and subj.pos_ in ("NOUN", "PROPN"))):
                return [subj]  # "alleged that Moscow was behind the attacks": the one alleged to have done it
    if entry.type == "THREATEN":
        # "threatened to strike if the government goes ahead with the freeze": the one threatened
        # is who must not do what the condition says (its active subject, not a pronoun for the
        # threatener's own side)
        for x in (c for c in v.children if c.dep_ == "xcomp"):
            conds = [a for a in x.children if a.dep_ in ("advcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)]
            inside = {t.i for a in conds for t in a.subtree}
            if any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in x.subtree if t.i not in inside):
                # "to attack Kenyan troops if ...", "to block Romania's entry unless ...": the act names
                # whom it would hit, its object first
                obj = next((c for c in x.children if c.dep_ == "dobj"), None)
                if obj is not None and any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in obj.subtree):
                    return [obj]
                continue
            for cond in conds:
                csubj = next((g for g in cond.children if g.dep_ == "nsubj"), None)
                if csubj is not None and csubj.tag_ != "PRP" and is_noun(csubj):
                    return [csubj]
    return []


# ---- nouns ------------------------------------------------------------------------------------

#: nouns of acts done to someone: their possessor is who undergoes the act ("Navalny's arrest", "the
#: journalist's release", "his client's detention"), not who does it ("Russia's invasion")
PATIENT_NOUNS = frozenset({"arrest", "detention", "release", "killing", "murder", "assassination", "capture",
                           "kidnapping", "abduction", "execution", "expulsion", "deportation", "imprisonment",
                           "extradition", "sentencing", "conviction", "prosecution", "jailing", "internment",
                           "eviction", "removal", "ouster", "torture", "beating", "rescue", "evacuation"})


def patient_noun(n: Token) -> bool:
    """``n`` names an act done to someone (``PATIENT_NOUNS``) whose possessor underwent it: with an
    "of" object the possessor is the doer again ("Bolivia's arrest of the minister")."""
    return (n.lemma_.lower() in PATIENT_NOUNS or n.lower_ in PATIENT_NOUNS) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in n.children)


def noun_actor(n: Token, entry: Entry, lexicon: Lexicon, consumed: tuple[int, ...]) -> list[Token]:
    if n.dep_ == "appos" and any(c.dep_ == "amod" and c.lemma_.lower() == "down" for c in n.children):
        # "miners downed tools at the mine", parsed as "tools" in apposition to "miners" with
        # "downed" its adjective: the workers named before it stop work
        return [n.head]
    for c in n.children:
        # "Tuesday's strike": a day is the act's date, never its doer
        if c.dep_ == "poss" and not patient_noun(n) and c.ent_type_ not in ("DATE", "TIME"):
            return [c]
    by = _prep_objects([n], "by")
    if by:
        return by
    for c in n.children:
        # "the detention of two tourists by police": the parse may hang the act's agent on the
        # "of" object, which no one does anything "by"
        if c.dep_ == "prep" and c.lower_ == "of":
            by = _prep_objects([o for o in c.children if o.dep_ == "pobj"], "by")
            if by:
                return by
    for c in n.children:
        # "mines laid by insurgents", "shells fired by the army": the participle's agent
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = _prep_objects([c], "by")
            if agent:
                return agent
    light = light_verb(n, lexicon)
    if light is not None:
        return verb_actor(light)
    if "of" not in entry.recipient:
        of = _prep_objects([n], "of")
        if of:
            return of
    return []


def _definite(n: Token) -> bool:
    """The noun is told as known already: "the raid", "Sunday's attack", "this bombing"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in n.children)


#: verbs whose object is a means, so that a purpose infinitive after it is the subject's act
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize", "fire"})
#: verbs of harm whose doer a relative clause may leave to an attack named before its target
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "destroy", "damage"})
#: nouns of an attack: what kills in "the attack on a police post that killed four officers"
ATTACK_NOUNS = frozenset({"attack", "raid", "strike", "airstrike", "assault", "bombing", "blast", "explosion",
                          "ambush", "shelling", "bombardment", "shooting", "offensive", "barrage", "rampage",
                          "massacre", "onslaught", "incursion"})


def _harming(v: Token) -> Token | None:
    """The attack a relative clause of harm tells of, where the parser hangs the clause on the
    attack's target or place ("the attack on a police post in Kano that killed four officers": the
    attack killed them, not the post): the attack noun up the chain of prepositions, else None."""
    if v.lemma_.lower() not in HARM_VERBS:
        return None
    noun = v.head
    for _ in range(4):
        if noun.lemma_.lower() in ATTACK_NOUNS:
            return noun if noun.i != v.head.i else None
        if (noun.dep_ != "pobj" or noun.head.dep_ != "prep"
                or noun.head.lower_ not in ("on", "of", "in", "at", "against", "near")):
            return None
        noun = noun.head.head
    return None


#: what is claimed for an act one says one did: "claimed responsibility for", "took credit for"
CLAIMED = frozenset({"responsibility", "credit"})
#: the verbs that take it
CLAIMING = frozenset({"claim", "take", "accept", "admit"})
#: verbs that open or close a tour or a visit with an act ("began the tour with a visit to ...")
STAGES = frozenset({"begin", "start", "open", "end", "close", "conclude", "kick", "wrap", "round", "cap", "finish"})
#: predicates of an arrangement ahead: who is "due" or "expected" somewhere for an act does it
DUE_FOR = frozenset({"due", "expected", "scheduled", "set", "be"})


#: nouns for a batch of measures or acts ("a round of sanctions", "a package of tariffs")
BATCHES = frozenset({"round", "package", "wave", "set", "raft", "series", "batch", "slew", "string", "tranche"})


def light_verb(n: Token, lexicon: Lexicon) -> Token | None:
    """The verb that takes noun trigger ``n`` as its object or subject-complement ("held talks")."""
    h = n.head
    light = lexicon.rules["light_verbs.lemmas"]
    if n.dep_ in ("dobj", "attr", "nsubjpass") and is_verb(h) and h.lemma_.lower() in light:
        return h
    if n.dep_ == "pobj" and h.dep_ == "prep" and is_verb(h.head) and h.head.lemma_.lower() in (
        "engage", "take", "participate", "join", "go"
    ):
        return h.head
    if (n.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in BATCHES
            and h.head.dep_ in ("dobj", "nsubjpass") and is_verb(h.head.head) and h.head.head.lemma_.lower() in light):
        return h.head.head  # "adopted a new round of sanctions": a batch of the acts is their taking
    if n.dep_ == "dobj" and is_verb(h) and h.lemma_.lower() == "claim" and not _definite(n):
        # "the rebels claimed an attack on the convoy": who claims an act claims to have done it ("claimed
        # the raid" tells again of an act told before, by its doers' own account)
        return h
    if (n.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in CLAIMED and not _definite(n)
            and h.head.dep_ == "dobj" and is_verb(h.head.head)
            and h.head.head.lemma_.lower() in CLAIMING):
        return h.head.head  # "claimed responsibility for the bombing", "took credit for the raid"
    if n.dep_ == "pobj" and h.lower_ == "with" and is_verb(h.head) and h.head.lemma_.lower() in STAGES:
        # "began a five-nation tour with a visit to Nairobi", "ended the trip with talks in Hanoi":
        # the one whose tour it is makes the visit
        return h.head
    if n.dep_ == "pobj" and h.lower_ == "to" and h.head.pos_ == "ADJ" and (
            h.head.lemma_.lower() in lexicon.rules["modality.willing_adjectives"]):
        # "Tehran is open to talks": the one open to them would hold them
        g = h.head
        return g.head if g.dep_ in ("acomp", "oprd", "xcomp") and g.head.i != g.i else g
    if n.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in DUE_FOR:
        # "the prime minister is due in Phnom Penh for talks": the one due is the one who talks
        g = h.head
        return g.head if g.dep_ in ("acomp", "xcomp") and g.head.i != g.i else g
    if n.dep_ == "pobj" and h.lower_ in ("in", "of") and h.head.dep_ == "dobj" and is_verb(h.head.head) \
            and h.head.head.lemma_.lower() in light and (
                h.head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(c.like_num for c in h.head.subtree)):
        return h.head.head  # "announced $50 million in aid", "provided 20 tons of food aid": an amount of it
    return None


def noun_recipient(n: Token, entry: Entry, lexicon: Lexicon, consumed: tuple[int, ...]) -> list[Token]:
    holders = [n, *(n.doc[i] for i in consumed)]
    light = light_verb(n, lexicon)
    if light is not None:
        holders.append(light)
    # "the expulsion by Mali of the French ambassador": the parser hangs the noun's "of" on its "by"
    # agent (as ``match`` reads it for the trigger's pattern)
    agents = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for slot in entry.recipient:
        if slot in ("dobj", "dative"):
            continue
        objs = [o for o in _prep_objects([*holders, *agents] if slot == "of" else holders, slot) if o.i not in consumed]
        if objs:
            return objs
    if patient_noun(n):  # "the journalist's arrest": who was arrested
        return [c for c in n.children if c.dep_ == "poss"][:1]
    for i in consumed:
        # "the return by Indonesia of two Vietnamese trawlers": the thing the pattern names is
        # another's, and its owner is whom the act is done to (as "rejected a Peruvian proposal")
        t = n.doc[i]
        if t.i != n.i and is_noun(t) and t.dep_ == "pobj" and t.head.lower_ == "of" and any(
                c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
                for c in t.children):
            return [t]
    return []


# ---- fallback recipients ------------------------------------------------------------------------

#: relations that lead away from what the event is about: its subject side, other clauses, speech
_NOT_CONTENT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "parataxis", "punct", "cc",
                          "mark", "aux", "auxpass", "det", "case", "neg", "relcl"})
#: prepositions that name a source or a time, not a party ("according to X", "since X")
_NOT_PARTY_PREPS = frozenset({"according", "by", "since", "until", "during", "after", "before", "per"})
#: prepositions of place: their object says where, not whom ("attacked near Marib")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "along", "throughout",
                          "within", "off"})
#: subordinators whose clause still names whom an event is aimed at ("threatened ... unless Israel rescinded")
_AIMED_MARKS = frozenset({"unless", "until", "if"})


#: verbs of saying that follow their source at a sentence's end ("..., the ministry said")
_SAYING = frozenset({"say", "tell", "announce", "report", "add", "confirm", "state", "write", "note"})
#: a meeting named in an "in" phrase is what the act was done in, not a place ("in a phone call with")
MEETING_NOUNS = frozenset({"call", "meeting", "talk", "conversation", "summit", "session", "videoconference",
                           "exchange", "round"})
#: participles of a third party's part in an act: "Qatari-brokered talks", "a UN-mediated truce"
BROKERING = frozenset({"broker", "mediate", "host", "sponsor", "facilitate", "arrange", "brokered", "mediated",
                       "hosted", "sponsored", "facilitated", "arranged"})


def _complement_infinitive(v: Token, c: Token) -> bool:
    """``c`` is an infinitive the parser made an adverbial clause of ``v`` where it is ``v``'s
    complement: "threatened on Monday to close its border", where the date between them turns the
    xcomp into an advcl. A verb with an object of its own has its infinitive as a purpose ("fired
    tear gas to disperse them"), so that one stays an adverbial; so does one below the trigger's own
    clause ("a march staged by students to protest ...")."""
    return (c.head.i == v.i and is_verb(v) and c.i > v.i
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            and not any(o.dep_ in ("dobj", "dative") for o in v.children))


#: directions a place is told by from another ("80 nautical miles east of": at sea)
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


#: verbs of sending a weapon or force on its way: a "from" phrase on them names its origin
ORIGIN_VERBS = frozenset({"fire", "launch", "shoot", "lob", "strike", "attack", "shell", "hit"})
#: verbs whose object is also the subject of the bare infinitive after them ("help Ghana rebuild")
HELP_VERBS = frozenset({"help", "assist", "enable"})


def _helped(c: Token) -> bool:
    """The subject of a bare infinitive after "help" ("pledged to help Ghana rebuild its roads"):
    the one helped, whom the help is for, though the parser makes it the infinitive's subject."""
    return (c.dep_ == "nsubj" and c.head.tag_ == "VB" and c.head.dep_ in ("ccomp", "xcomp")
            and c.head.head.lemma_.lower() in HELP_VERBS and c.i > c.head.head.i)


def _helping(c: Token) -> bool:
    """A purpose clause of helping ("pledged $40 million to help Haiti rebuild"): whom the act helps
    is whom it is for (CAMEO 07 aid and 03 pledges name a beneficiary)."""
    return c.lemma_.lower() in HELP_VERBS and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)


#: words of a sum of money: "2 billion euros in frozen funds for Poland" says what the sum is of
_SUM_WORDS = frozenset({"euro", "dollar", "pound", "yuan", "yen", "rupee", "franc", "crown", "krone", "rouble",
                        "ruble", "shilling", "dinar", "riyal", "peso", "real", "rand", "naira", "million",
                        "billion", "trillion"})


def _a_sum(t: Token) -> bool:
    """``t`` is a sum of money, whose "in" phrase says what it is of, not where ("2.3 billion euros
    in cohesion funds", "$40 million in aid")."""
    return t.ent_type_ == "MONEY" or t.lemma_.lower() in _SUM_WORDS


def named_in_complement(tok: Token, index: EntityIndex, skip: set[tuple[int, int]],
                        max_depth: int = 8, own: frozenset[str] = frozenset()) -> list[Party]:
    """The nearest coded entity named in what ``tok`` governs (objects, prepositional phrases,
    complement clauses; not places: "in", "near"), breadth first: whom an event is aimed at where its own recipient slot
    names no actor ("offered to return to *Norway*", "threatened to deliver blows to *the
    United States*", "a suspension of rail links *with Latvia*"). ``skip``: spans already used;
    ``own``: the actor's codes, whose possessive pronoun owns what is acted on ("closing *its* border
    with Russia": Russia, not the actor again)."""
    frontier = [tok]
    seen = {tok.i}
    for _ in range(max_depth):
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.i in seen or (c.dep_ in _NOT_CONTENT and not _helped(c)) or c.lower_ in _NOT_PARTY_PREPS or (
                        c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and not (c.lower_ == "in" and (any(
                            o.dep_ == "pobj" and o.lemma_.lower() in MEETING_NOUNS for o in c.children)
                            or _a_sum(t)))):
                    continue
                if c.dep_ == "conj" and is_verb(c):
                    continue  # "attacked and killed": another event
                if c.dep_ == "prep" and c.lower_ in ("from", "across") and t.lemma_.lower() in ORIGIN_VERBS:
                    continue  # "missiles fired from Russia's Belgorod region": where it came from, no target
                if c.dep_ == "prep" and c.lower_ == "with" and all(
                        o.lemma_.lower() in HAND_WEAPONS for o in c.children if o.dep_ == "pobj") and any(
                        o.dep_ == "pobj" for o in c.children):
                    continue  # "attacked a refinery with long-range drones": the means, not a party
                if c.dep_ == "amod" and c.lemma_.lower() in BROKERING:
                    continue  # "held Saudi-hosted talks": the host is no side of them
                if c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in BEARINGS and any(
                        x.lemma_.lower() == "mile" and any(a.lower_ == "nautical" for a in x.children)
                        for x in (*t.children, t.head)):
                    continue  # "80 nautical miles east of the Omani port": a bearing at sea, no party
                if c.dep_ == "pobj" and c.lower_ in ("sidelines", "margins", "sideline", "margin"):
                    continue  # "met on the sidelines of a Central African summit": the setting, no party
                if c.dep_ == "appos" and c.right_edge.i + 1 < len(c.doc) and \
                        c.doc[c.right_edge.i + 1].lemma_.lower() in _SAYING:
                    continue  # "..., Armenia's foreign ministry said": the source, parsed as an apposition
                if c.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ in _AIMED_MARKS for m in c.children) \
                        and not (t is tok and (_complement_infinitive(t, c) or _helping(c))):
                    continue
                seen.add(c.i)
                nxt.append(c)
        level = sorted(nxt, key=lambda x: x.i)
        for c in level:
            e = index.containing(c.idx, c.idx + len(c.text))
            if e is not None and e.code in own and c.dep_ == "poss" and c.tag_ == "PRP$" and e.sector not in PEOPLE:
                # "closing *its* border with Russia": the actor owns what is acted on; "warned that
                # *Jakarta* could halt exports to China": the actor's own side does the act; not a
                # people of the actor's state ("the government accepted *their* demand": the workers')
                continue
            if e is not None and e.code and (e.start, e.end) not in skip:
                return [Party(c, e.text, e.start, e.end, e)]
        frontier = level
    return []
