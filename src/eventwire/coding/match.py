"""Finding triggers: match lexicon entries against the tokens of a parsed sentence.

A verb entry matches a verb token whose lemma is the entry's head when every other word of the
pattern is the lemma of one of the verb's complements (particles, prepositions and their objects,
direct objects and their modifiers, open complements); a noun entry likewise against a noun and
its modifiers. The most specific matching entry (most words) wins; the complement tokens it used are
*consumed*: they trigger nothing of their own ("held talks" is one CONSULT, not two events).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..clean.normalize import fold
from .lexicon import Entry, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: dependency relations followed when looking for a verb's or noun's complements
COMPLEMENT_DEPS = frozenset({
    "prt", "prep", "pobj", "dobj", "dative", "attr", "oprd", "acomp", "advmod", "npadvmod", "compound",
    "amod", "nmod", "xcomp", "pcomp", "conj", "agent", "quantmod", "nummod", "appos",
})
#: relations never followed (they start another clause or the subject)
_STOP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "advcl", "ccomp", "relcl", "acl",
                        "parataxis", "punct", "cc", "mark", "aux", "auxpass", "det", "poss", "case", "neg"})
MAX_DEPTH = 4
VERB_TAGS = ("VB",)


@dataclass(frozen=True)
class Trigger:
    token: Token  # the trigger head
    entry: Entry
    consumed: tuple[int, ...]  # token indices (doc-level) used by the pattern's other words

    @property
    def pos(self) -> str:
        return self.entry.pos


#: the forms of the tokens of the last document asked about, as one (doc, forms) pair (swapped whole,
#: so threads coding different documents never read each other's): a sentence's tokens are asked
#: for again by every entry and rule
_FORMS: list[tuple[Doc | None, dict[int, frozenset[str]]]] = [(None, {})]


def lemma_forms(tok: Token) -> frozenset[str]:
    """``_lemma_forms``, computed once per token of the document being coded."""
    doc, forms = _FORMS[0]
    if doc is not tok.doc:
        doc, forms = tok.doc, {}
        _FORMS[0] = (doc, forms)
    got = forms.get(tok.i)
    if got is None:
        got = forms[tok.i] = frozenset(_lemma_forms(tok))
    return got


#: word forms the small English model gives the lemma of another verb: the right lemma
MISLEMMATISED = {"raped": "rape", "rapes": "rape", "raping": "rape"}


def _lemma_forms(tok: Token) -> set[str]:
    """The lemma spellings a token may match: lowercase lemma and text, a crude singular for
    capitalised plurals the tagger leaves unlemmatised ("Concerns", "Talks"), the American spelling
    of a British one ("recognise"), and the hyphenated whole for the last part of a split word
    ("sit-in")."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return {"according"}  # "according to": a source, never an accord
    forms = {tok.lemma_.lower(), tok.lower_}
    low = tok.lower_
    if low in MISLEMMATISED:  # "raped" is no form of "rap" (to criticise), whatever the tagger says
        return {MISLEMMATISED[low], low}
    if not low.isascii():  # "chargé", "attaché": the lexicon spells lemmas without diacritics
        forms.update(fold(f) for f in list(forms))
    if low.endswith("ies") and len(low) > 4:
        forms.add(low[:-3] + "y")
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        forms.add(low[:-1])
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
        # the small model's lemmatiser slips on some forms ("staged" -> "stag")
        forms.update({low[:-1], low[:-2]})
        if len(low) > 5 and low[-3] == low[-4]:
            forms.add(low[:-3])  # "shelled" -> "shell", "stopped" -> "stop"
    elif tok.tag_ == "VBG" and low.endswith("ing") and len(low) > 5:
        forms.update({low[:-3], low[:-3] + "e"})
    # British spellings meet the lexicon's American ones ("recognised", "legalise", "organisation")
    forms.update({f[:-3] + "ize" for f in forms if f.endswith("ise") and len(f) > 5}
                 | {f[:-7] + "ization" for f in forms if f.endswith("isation")}
                 | {f[:-3] + "yze" for f in forms if f.endswith("yse") and len(f) > 5})
    if tok.tag_ == "CD" and tok.ent_type_ == "MONEY" and tok.dep_ in ("dobj", "pobj", "nsubjpass", "appos", "conj") \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in tok.children):
        # "gave $2 billion to ...", "pumped 500 million euros": a sum of money heads the object as
        # a number; it is money, as the lexicon's money words are ("$50 million in aid" is of its kind)
        forms.add("money")
    doc = tok.doc
    if low in ("it", "them") and tok.dep_ in ("dobj", "nsubjpass"):
        # "imposed a curfew on the town. They lifted it on Saturday": an object pronoun stands for
        # the object of the verb before it, in its own sentence or the one before (lifting "it" is
        # lifting the curfew)
        ante = _object_before(tok)
        if ante is not None:
            forms.update({ante.lemma_.lower(), ante.lower_})
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        # "sit-in", "sit-ins": the tokenizer splits a hyphenated word; its head carries the whole
        forms.update({f"{doc[tok.i - 2].lower_}-{f}" for f in forms})
    return forms


def _object_before(tok: Token) -> Token | None:
    """The noun an object pronoun stands for: the direct object of the last verb before it in its
    sentence, or of the previous sentence's main verb; in number with the pronoun ("it" one
    thing, "them" several)."""
    plural = tok.lower_ == "them"
    sent = tok.sent
    verbs = [t for t in sent if t.i < tok.i and t.pos_ == "VERB" and t.i != tok.head.i]
    if not verbs and sent.start > 0:
        verbs = [tok.doc[sent.start - 1].sent.root]
    for verb in reversed(verbs):
        for c in verb.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and (c.tag_ == "NNS") == plural:
                return c
        break
    return None


def is_verb(tok: Token) -> bool:
    return (tok.pos_ == "VERB" or (tok.tag_.startswith(VERB_TAGS) and tok.pos_ != "AUX")) and not _gerund_noun(tok)


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.tag_ == "NN") or _gerund_noun(tok)


#: what modifies a noun, never a verb
_NOUN_MODIFIERS = frozenset({"compound", "amod", "det", "poss"})


def _gerund_noun(tok: Token) -> bool:
    """A gerund the parser left a verb although it heads a noun phrase that is a clause's subject:
    "Pakistani shelling left five dead", "the shelling killed two" (a modifier only nouns take, and
    no object or subject of its own); the same as an object ("wounded in the police shooting",
    "condemned the army shelling")."""
    return (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
            and any(c.dep_ in _NOUN_MODIFIERS for c in tok.children)
            and not any(c.dep_ in ("dobj", "nsubj", "aux", "dative", "attr") for c in tok.children))


#: spans of time an act lasted ("weeks of protests")
DURATIONS = frozenset({"hour", "day", "week", "month", "year", "decade", "night"})
#: verbs whose object takes a bare infinitive ("let them go", "made them leave")
CAUSATIVES = frozenset({"let", "make", "help"})


def _shared_passive_subject(tok: Token) -> list[Token]:
    """The object of a passive the parser left with no subject under a participle it took for the
    main verb ("two men wanted for fraud were handed over": "were handed" hangs under "wanted",
    whose "subject" is the men handed over); see ``args.reduced_relative``."""
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in tok.children):
        return []
    head = tok.head
    if tok.dep_ not in ("ccomp", "conj") or head.i == tok.i or head.i > tok.i or head.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and is_noun(c)]


def _object_relative(tok: Token) -> bool:
    """A relative clause whose object is its relative pronoun ("whom police detained", "which the
    army seized"), on a noun (the noun is the clause's object)."""
    return tok.dep_ == "relcl" and tok.head.i != tok.i and is_noun(tok.head) and any(
        c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children)


def complements(tok: Token, verb: bool) -> list[tuple[Token, int]]:
    """(token, depth) for the complements of ``tok`` reachable by COMPLEMENT_DEPS, breadth first."""
    out: list[tuple[Token, int]] = []
    frontier = [tok]
    if verb and tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "mortar rounds fired by ...": the noun a passive participle modifies is its object
        out.append((tok.head, 1))
        frontier.append(tok.head)
    elif verb and _object_relative(tok):
        # "the suspect, whom police handed over to Belgium": the noun the relative pronoun stands for
        # is the clause's object
        out.append((tok.head, 1))
        frontier.append(tok.head)
    if verb:
        # "conducted the military drills encircling Taiwan": the parser reads the object and its
        # participle as a clause ("drills" the subject of "encircling"); the noun is the object
        for c in tok.children:
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > tok.i and not any(
                    a.dep_ in ("aux", "mark") for a in c.children):
                out.extend((s, 1) for s in c.children if s.dep_ == "nsubj" and s.i > tok.i and is_noun(s))
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1
                                         for m in c.children):
                # "called for the fishermen to be freed": the parser makes "for" the mark of the
                # infinitive clause; it is the verb's preposition, the clause's subject its object
                out.extend((m, 1) for m in c.children if m.dep_ == "mark" and m.i == tok.i + 1)
                out.extend((s, 2) for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            # (the tagger reads some bare infinitives as present tense: "let 31 prisoners go free")
            if tok.lemma_.lower() in CAUSATIVES and c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP") and c.i > tok.i \
                    and not any(a.dep_ in ("aux", "mark") for a in c.children):
                # "let them go": the parser reads the object of a causative and its bare infinitive as
                # a clause; the infinitive is the pattern's word and its subject the object
                out.append((c, 1))
                out.extend((s, 1) for s in c.children if s.dep_ == "nsubj" and s.i > tok.i)
                frontier.append(c)
    if not verb:
        # "the recall by Madrid of its ambassador": the parser hangs the noun's "of" on its "by" agent
        for by in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
            for agent in (g for g in by.children if g.dep_ == "pobj"):
                for of in (c for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"):
                    out.append((of, 1))
                    frontier.append(of)
    if verb:
        out.extend((s, 1) for s in _shared_passive_subject(tok))
        for o in tok.children:
            # "added 40 ships belonging to Russia's fleet to its sanctions list": the parser hangs the
            # verb's second "to" on the object's participle, after the participle's own
            for a in (a for a in o.children if o.dep_ == "dobj" and a.dep_ == "acl"):
                preps = [p for p in a.children if p.dep_ == "prep"]
                again = [p for k, p in enumerate(preps) if any(q.lower_ == p.lower_ for q in preps[:k])]
                out.extend((p, 2) for p in again)
                frontier.extend(again)
    for depth in range(1, MAX_DEPTH + 1):
        nxt: list[Token] = []
        for t in frontier:
            if t.i != tok.i and t.dep_ == "amod" and is_verb(t):
                continue  # "a rebel-held neighbourhood": a participle's own words are not the trigger's
            for c in t.children:
                # the passive subject is the object: "the demands were met", "explosives were found"
                passive_object = verb and depth == 1 and c.dep_ == "nsubjpass"
                if not passive_object and (c.dep_ in _STOP_DEPS or c.dep_ not in COMPLEMENT_DEPS):
                    continue
                # a verb's conjunct verb is another event ("attacked and killed"), not a complement
                if c.dep_ == "conj" and depth == 1 and (is_verb(c) or c.pos_ == "AUX" or any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                    continue  # (nor a clause of its own: "..., but his lawyers were able to postpone it")
                if not verb and depth == 1 and c.dep_ in ("xcomp",):
                    continue
                # "agreed on Friday": a preposition of time is no particle of the trigger
                if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                            and not (g.lemma_.lower() in DURATIONS and any(
                                                o.dep_ == "prep" and o.lower_ == "of" for o in g.children))
                                            for g in c.children):
                    continue  # (not "to weeks of blockades": the span names what lasted)
                out.append((c, depth))
                nxt.append(c)
                if c.dep_ == "pobj" and c.lemma_.lower() in DURATIONS:
                    # "bowed to weeks of road blockades": what lasted that long is reached too
                    for of in c.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            out.extend((g, depth) for g in of.children if g.dep_ == "pobj")
        frontier = nxt
    return out


def match_entry(tok: Token, entry: Entry, comps: list[tuple[Token, int]]) -> tuple[int, ...] | None:
    """The token indices that satisfy each required word of ``entry``, or None if one is missing.
    Words are satisfied in pattern order by the nearest (shallowest) complement not used yet."""
    return _match_from(tok, entry, comps, [])


def _match_from(tok: Token, entry: Entry, comps: list[tuple[Token, int]], used: list[int]) -> tuple[int, ...] | None:
    if len(used) == len(entry.words):
        return tuple(used)
    want = entry.words[len(used)]
    # a particle or preposition of the pattern hangs on the trigger or on a word already matched;
    # any other word is reached through no preposition the pattern does not name ("took place
    # in the town" is not "took the town"), "of" apart ("thousands of soldiers")
    hits = [c for c, _ in comps if c.i not in used and lemma_forms(c) & want
            and (c.pos_ not in ("ADP", "PART") or c.head.i == tok.i or c.head.i in used
                 # "assured Kyiv of its support", "warned Moscow of consequences": the parser hangs
                 # the verb's "of" on its object
                 or (c.lower_ == "of" and c.head.dep_ == "dobj" and c.head.head.i == tok.i)
                 # ... and a noun's "of" on its "by" agent ("the recall by Madrid of its ambassador")
                 or (c.lower_ == "of" and _by_agent(c.head, tok))
                 # ... and the verb's second "to", hung on its object's participle (``complements``)
                 or (c.head.dep_ == "acl" and c.head.head.dep_ == "dobj" and c.head.head.head.i == tok.i
                     and any(o.dep_ == "prep" and o.lower_ == c.lower_ and o.i < c.i for o in c.head.children)))
            # a verb's particle or preposition follows it: "In a statement, they gave" is no
            # "give in"
            and not (entry.pos == "V" and c.pos_ in ("ADP", "PART") and c.head.i == tok.i and c.i < tok.i)
            and _open_path(c, tok, used)]
    for n, hit in enumerate(hits):
        if n and hit.pos_ not in ("ADP", "PART"):
            break
        # the nearest hit first; another of the pattern's prepositions only where the nearest leads
        # to no match ("placed its troops on the border on high alert": the second "on")
        found = _match_from(tok, entry, comps, [*used, hit.i])
        if found is not None:
            return found
    return None


def _by_agent(agent: Token, tok: Token) -> bool:
    """``agent`` is the object of the noun ``tok``'s "by" ("the recall by Madrid")."""
    return agent.dep_ == "pobj" and agent.head.lower_ == "by" and agent.head.head.i == tok.i and is_noun(tok)


def _open_path(c: Token, tok: Token, used: list[int]) -> bool:
    if (tok.dep_ == "acl" or _object_relative(tok)) and c.i == tok.head.i:
        return True  # "rounds fired by ...": the noun a participle modifies is its object
    if c.dep_ == "nsubj" and c.head.i == tok.head.i and any(s.i == c.i for s in _shared_passive_subject(tok)):
        return True  # "two men wanted for fraud were handed over"
    cur = c.head
    for _ in range(MAX_DEPTH + 1):
        if cur.i == tok.i:
            return True
        if cur.pos_ == "ADP" and cur.lower_ != "of" and cur.i not in used and not _sum_in_kind(cur, tok) \
                and not (cur.lower_ == "by" and cur.head.i == tok.i and is_noun(tok)):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _sum_in_kind(prep: Token, trigger: Token) -> bool:
    """"in" after a sum the trigger acts on names what the sum is of ("froze $40 million in aid",
    "pledged 10 million kronor in loans"): the kind is reached as if it were the object. Only for
    the verb's own object: a sum a participle modifies ("$9 billion in assets being frozen") tells
    a state of things, not the act."""
    if prep.lower_ != "in" or prep.head.i == prep.i:
        return False
    # a sum: NER's MONEY, or a counted noun ("10 million euros", which the small model may tag as a
    # bare CARDINAL before an untagged currency)
    objs = [c for c in trigger.children if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(
        n.dep_ in ("nummod", "compound") and n.like_num for n in c.children))]
    return any(prep.head.i == o.i or (prep.head.i == trigger.i and o.i == prep.i - 1) for o in objs)


def _slot_filled(tok: Token, entry: Entry) -> int:
    """1 when one of the entry's recipient slots is a phrase on the trigger ("to", "near": a
    preposition it governs, or one the parser hung on its object or the object's last conjunct:
    "sent jets and ships around Taiwan"; "dative"; "dobj"), else 0."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    if any(c.dep_ == "prep" and c.lower_ in entry.recipient for o in objects for c in o.children):
        return 1
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in entry.recipient:
            return 1
        if (c.dep_ == "dative" and "dative" in entry.recipient) or (c.dep_ == "dobj" and "dobj" in entry.recipient):
            return 1
    return 0


def best_entry(tok: Token, candidates: list[Entry], verb: bool) -> tuple[Entry, tuple[int, ...]] | None:
    if not candidates:
        return None
    comps = complements(tok, verb)
    depth = {c.i: d for c, d in reversed(comps)}
    best: tuple[Entry, tuple[int, ...]] | None = None
    best_key: tuple[int, int] = (-1, 0)
    for entry in candidates:
        used = match_entry(tok, entry, comps)
        if used is None:
            continue
        # the most words; among as many, the words nearest the trigger: "send a missile unit" is
        # sending a unit (its object), not a missile (a modifier of the object)
        key = (len(entry.words), -sum(depth.get(i, 0) for i in used))
        if best is None or key > best_key or (key == best_key and _gives_to_no_one(tok, best[0], entry)):
            best, best_key = (entry, used), key
    return best


def _gives_to_no_one(tok: Token, giving: Entry, other: Entry) -> bool:
    """Aid needs a receiver (CAMEO 07): where the trigger names none for the giving entry and names a
    place for the other, equal, entry, the other reading wins ("sent warplanes around Taiwan"
    deploys them, MOBILIZE 154; "sent warplanes to Kyiv" may give them)."""
    return giving.type == "AID" and other.type != "AID" and not _slot_filled(tok, giving) and bool(
        _slot_filled(tok, other))


def _candidates(tok: Token, table: dict[str, list[Entry]]) -> list[Entry]:
    out: list[Entry] = []
    seen: set[str] = set()
    for form in sorted(lemma_forms(tok)):
        for e in table.get(form, ()):
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
    return out


#: particles that make a phrasal verb with a meaning of its own ("wound up", "fired off a letter",
#: "played down"): a bare-verb entry does not match a verb that carries one its pattern does not name
PHRASAL_PARTICLES = frozenset({"up", "out", "down", "off", "over"})


def _source_prep(tok: Token, preps: frozenset[str]) -> bool:
    """``tok`` starts a phrase that introduces a source ("according to", "citing"): never a trigger."""
    low = tok.lower_
    if not any(p == low or p.startswith(low + " ") for p in preps):
        return False  # most tokens start no source phrase: no span is built for them
    doc = tok.doc
    return any(" ".join(t.lower_ for t in doc[tok.i: tok.i + len(p.split())]) == p for p in preps)


def _sense_guard(tok: Token, entry: Entry, used: tuple[int, ...]) -> bool:
    """A bare-verb entry names a verb's plain sense; a particle it does not name ("wound up") or an
    adjectival complement ("pleaded guilty", "stood firm") gives the verb another sense."""
    if entry.words:
        return True
    for c in tok.children:
        if c.dep_ == "prt" and c.lower_ in PHRASAL_PARTICLES and c.i not in used:
            return False
        if c.dep_ == "acomp":
            return False
        if c.dep_ in ("advmod", "prt") and c.lower_ in GOING_ON and c.i > tok.i and not any(
                p.dep_ == "prep" for p in c.children):  # not "arrested 40 ahead of a rally"
            return False  # "pressed ahead with the reform", "pushed forward": going on, no demand or push
    return True


#: adverbs that make a verb of pressing or pushing one of going on with something ("pressed ahead")
GOING_ON = frozenset({"ahead", "forward", "onward", "onwards"})


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in ``sent``: verbs first (their patterns consume nouns), then nouns. The fallback
    layer (``eventwire.coding.layers``) is read only for a sentence where our own entries find no
    trigger at all: it fills gaps in coverage and never adds to, or competes with, what ours found."""
    found = _triggers(sent, lexicon, lexicon.verbs)
    if not found and lexicon.fallback_verbs:
        found = _triggers(sent, lexicon, lexicon.fallback_verbs)
    return found


def _triggers(sent: Span, lexicon: Lexicon, verbs: dict[str, list[Entry]]) -> list[Trigger]:
    found: list[Trigger] = []
    consumed: set[int] = set()
    preps = lexicon.rules.lists.get("attribution.source_preps", frozenset())
    for tok in sent:
        if not is_verb(tok) or _source_prep(tok, preps) or any(c.dep_ == "det" for c in tok.children):
            continue  # "the wounded", "the accused": a participle used as a noun names people, not an act
        hit = best_entry(tok, _candidates(tok, verbs), verb=True)
        if hit is not None and not _sense_guard(tok, hit[0], hit[1]):
            hit = None
        if hit is not None:
            found.append(Trigger(tok, hit[0], hit[1]))
            consumed.update(hit[1])
    verb_heads = {t.token.i for t in found}
    for tok in sent:
        if tok.i in consumed or tok.i in verb_heads or not is_noun(tok):
            continue
        hit = best_entry(tok, _candidates(tok, lexicon.nouns), verb=False)
        if hit is not None:
            found.append(Trigger(tok, hit[0], hit[1]))
            consumed.update(hit[1])
    # a token another pattern used ("fail to reach agreement" uses "reach"; "air strike" uses "air")
    # is not a trigger of its own
    return [t for t in found if t.token.i not in consumed]
