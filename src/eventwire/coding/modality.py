"""Did it happen? The modality of an event, from the words around its trigger.

The trigger's clause is examined, then each clause that governs it (through an open or clausal
complement: "agreed *to cooperate*", "denied *sending*", "claimed *that Russia deployed*"):

==============  ===================================================================================
negated         "not"/"never" on the clause, "no talks"; governed by deny, refuse, fail, decline ...
conditional     the clause is introduced by if/unless, or carries an if/unless clause
hypothetical    may/might/could, and must/should/ought (an obligation is not yet an act);
                "potentially", "likely"; governed by consider, weigh, mull, explore, allow ...
intended        governed by plan, intend, want, aim, seek, hope, try ...
planned         will/would/shall; governed by schedule, set, due, expect, agree, pledge, promise ...
historical      "previously", "earlier", "ago"; a year well before publication in the clause
reported        governed by a reporting verb (said, claimed, reported ...), "reports of",
                "according to"
asserted        none of the above: the article itself says it happened
==============  ===================================================================================

When several apply the first in this table wins. Cues are word lists in rules.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .args import PROTEST_INFINITIVES, governor, reduced_relative, trailing_report
from .lexicon import Rules
from .match import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

def _denied(noun: Token, rules: Rules) -> bool:
    """A report or claim the sentence denies: the object of a negating verb ("dismissed reports
    that ..."), or the subject of a copula with a word of falsehood ("claims that ... were false")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in rules["modality.negating_governors"]:
        return True
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in rules["modality.falsehoods"] for c in head.children)


#: words of an arrangement ahead: an act someone is "due" or "scheduled" for is planned
DUE = frozenset({"due", "scheduled", "set", "expected", "slated"})
#: adjectives of a judgement of what is so or will be ("it was clear", "it is evident")
EVIDENT = frozenset({"clear", "obvious", "evident", "apparent", "plain", "certain", "inevitable", "sure"})
PRIORITY = ("negated", "conditional", "hypothetical", "intended", "planned", "historical", "reported", "asserted")
#: prepositions whose object is an adjunct event ("during his visit"): the clause's modality does
#: not reach it
ADJUNCT_PREPS = frozenset({"during", "amid", "after", "following", "before", "despite", "since", "upon",
                           "throughout", "ahead", "prior", "over"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class ModalityResult:
    modality: str
    cues: dict[str, Token] = field(default_factory=dict)  # modality -> the word that signalled it
    #: the governing word that made it planned/intended (agree, pledge, will ...): used by the
    #: intent rule, which turns a commitment to act into AGREE or THREATEN
    commitment: Token | None = None
    #: the clause head of the trigger and the chain of governors above it
    chain: list[Token] = field(default_factory=list)


def clause_head(tok: Token) -> tuple[Token, bool]:
    """The verb whose clause holds ``tok``, and whether ``tok`` is an adjunct noun of it."""
    cur = tok
    adjunct = False
    for _ in range(12):
        if is_verb(cur) or cur.head.i == cur.i:
            return cur, adjunct
        if cur.dep_ == "pobj" and cur.head.lower_ in ADJUNCT_PREPS:
            adjunct = True
        cur = cur.head
    return cur, adjunct


#: words after "not" that make it no negation of the clause: "not long ago" (recently), "not
#: only ... but also" (and), "not least" (above all), "not until" keeps the act ("did not leave
#: until Monday" is still negated by its own "not", which this does not touch)
_NOT_IDIOMS = frozenset({"long", "only", "least", "merely", "just"})


def _idiomatic_not(neg: Token) -> bool:
    """"It was not long ago that ...", "not only shelled but also ...": "not" that negates no act."""
    doc = neg.doc
    return neg.lower_ in ("not", "n't") and neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in _NOT_IDIOMS


def _not_long(ago: Token) -> bool:
    """"Not long ago": recently, not before the news."""
    doc = ago.doc
    return ago.i >= 2 and doc[ago.i - 1].lower_ == "long" and doc[ago.i - 2].lower_ in ("not", "n't")


#: measures of time short of a year: "a week ago", "three days ago" tell recent news, not history
#: (what more than a year back is historical is told by the date the measure gives)
RECENT_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "month"})


def _recently(ago: Token) -> bool:
    """"A week ago", "two days ago", "months ago": within the year of the news, not before it."""
    return ago.lower_ == "ago" and any(c.lemma_.lower() in RECENT_UNITS for c in ago.children)


def is_clause_head(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


#: verbs that keep someone from an act ("barred X from holding rallies")
PREVENTERS = frozenset({"bar", "ban", "prevent", "stop", "block", "prohibit", "forbid", "keep", "deter",
                        "restrain", "exclude", "disqualify", "dissuade", "discourage", "hinder", "preclude"})
#: verbs that keep a noun event back ("held up aid", "delayed the talks")
WITHHOLDERS = frozenset({"delay", "stall", "withhold", "obstruct", "postpone", "defer", "block"})

#: documents whose terms a clause in the simple present can tell ("under the deal, X withdraws ...")
TERMS = frozenset({"accord", "agreement", "deal", "treaty", "pact", "plan", "proposal", "law", "bill", "terms",
                   "arrangement", "framework", "truce", "ceasefire", "resolution", "constitution", "charter",
                   "roadmap", "memorandum", "settlement", "compact", "protocol", "scheme", "rule", "regulation"})


_NEWS_DAY = re.compile(r"(in the (day|morning|afternoon|evening|week)|on (monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)|today|tonight|this (morning|afternoon|evening|week))\b")


def _same_news_day(adverb: Token) -> bool:
    """"Earlier in the day", "earlier on Tuesday", "earlier today": before the story's main news,
    within its days, not background."""
    if adverb.lower_ != "earlier":
        return False
    after = adverb.doc[adverb.i + 1: adverb.i + 4].text.lower()
    return bool(_NEWS_DAY.match(after))


#: verbs of holding back: denied ("would not hesitate to strike"), they tell the will to do the act
RELUCTANT = frozenset({"hesitate", "flinch", "balk", "baulk", "waver", "think twice"})


def lemma_of(t: Token) -> str:
    return t.lemma_.lower()


def _local(node: Token, rules: Rules, found: dict[str, Token], own: bool) -> Token | None:
    """Flags from the words attached to clause head ``node``; returns a planned-aux commitment cue."""
    commitment = None
    first = node.sent[0] if node.dep_ == "ROOT" else None
    if first is not None and first.i != node.i and first.tag_ == "RB" and first.lower_ in rules[
            "modality.historical_adverbs"] and first.head.i != node.i and not is_clause_head(first.head) \
            and not _same_news_day(first):
        # "Previously, foreign residents had been allowed to return": an adverb opening the sentence
        # sets its main clause in the past, wherever the parser hangs it
        found.setdefault("historical", first)
    if node.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in node.children) and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in TERMS for g in c.children) for c in node.children):
        # "Under the treaty, the two states recognise each other's borders": a provision, what the
        # parties undertake (the signing is the act, CAMEO 057), not an act told as done
        found.setdefault("planned", node)
    for c in node.children:
        low = c.lower_
        lemma = c.lemma_.lower()
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in rules["modality.negation_words"]):
            if not _idiomatic_not(c) and not (lemma_of(node) in RELUCTANT and any(
                    x.dep_ == "xcomp" for x in node.children)):
                # ("would not hesitate to strike": a reluctance denied is a will to do it)
                found.setdefault("negated", c)
        elif c.dep_ == "advmod" and low in ("longer", "more") and any(g.lower_ == "no" for g in c.children):
            found.setdefault("negated", c)  # "will no longer grant access", "would no more attend"
        elif c.dep_ == "aux" and (low in rules["modality.planned_aux"] or lemma in rules["modality.planned_aux"]):
            found.setdefault("planned", c)
            commitment = commitment or c
        elif (c.dep_ == "aux" and lemma in rules["modality.hypothetical_aux"]) or (
                c.dep_ == "advmod" and low in rules["modality.hypothetical_adverbs"]):
            found.setdefault("hypothetical", c)
        elif c.dep_ == "acomp" and lemma in rules["modality.hypothetical_governors"] and lemma != "able":
            found.setdefault("hypothetical", c)  # "fighting is likely to intensify": a forecast
        elif c.dep_ in ("advmod", "npadvmod") and low in rules["modality.historical_adverbs"]:
            if not _not_long(c) and not _same_news_day(c) and not _recently(c):
                found.setdefault("historical", c)
        elif c.dep_ == "mark" and low in rules["modality.conditional_marks"]:
            found.setdefault("conditional", c)
        elif own and node.dep_ == "relcl" and c.dep_ == "dobj" and any(
                a.dep_ == "amod" and a.lower_ in EARLIER_ONES for a in c.children):
            # "the emir, who brokered the earlier truce, phoned both leaders": a relative clause
            # that tells what its noun did to an earlier thing tells a record, not this news
            found.setdefault("historical", c)
        elif own and c.dep_ == "advcl":
            mark = next((m for m in c.children if m.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in rules["modality.conditional_marks"]:
                found.setdefault("conditional", mark)
    return commitment


#: adjectives that set a thing before the news it is mentioned in ("the earlier truce")
EARLIER_ONES = frozenset({"earlier", "previous", "prior"})


#: words that open a clause asking which, how many, when or where (not whether: that is open)
_WH = frozenset({"how", "who", "what", "when", "where", "which", "why"})


def _asks_which(clause: Token) -> bool:
    """The clause is an embedded wh-question ("how many people had been detained", "where the
    hostages are held"): its content is presupposed, whatever the verb above says of telling it."""
    first = clause.left_edge
    return first.lower_ in _WH


def _historical_year(node: Token, published: str | None, rules: Rules, trigger: Token | None = None) -> Token | None:
    if not published or not _YEAR.match(published[:4]):
        return None
    pub_year = int(published[:4])
    for t in node.subtree:
        if t.like_num and _YEAR.fullmatch(t.text) and t.ent_type_ == "DATE" \
                and int(t.text) <= pub_year - rules.historical_years and not _in_noun_clause(t, node) \
                and not _names_another_noun(t, trigger) and not _year_of_a_thing_on_a_told_day(t, node, trigger):
            return t
        # "in the late 1980s": a decade over before the report's own
        if _DECADE.fullmatch(t.text) and int(t.text[:4]) + 9 <= pub_year - rules.historical_years \
                and not _in_noun_clause(t, node) and not _names_another_noun(t, trigger):
            return t
    return None


_DECADE = re.compile(r"(?:1[5-9]|20)\d0s")


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter"})


#: words on an object that make the acts earlier ones ("earlier swaps") or many ("several swaps")
_EARLIER = frozenset({"earlier", "previous", "past", "prior"})
_MANY = frozenset({"several", "many", "numerous", "countless", "multiple", "dozens", "scores"})


def _earlier_ones(verb: Token) -> bool:
    """"has mediated several earlier swaps", "had brokered previous truces": acts before this one,
    told as a record (background), not the act the news is about."""
    for o in verb.children:
        if o.dep_ != "dobj" or o.tag_ != "NNS":
            continue
        mods = {m.lower_ for m in o.children if m.dep_ in ("amod", "det", "nummod", "quantmod")}
        if mods & _EARLIER:
            return True
        if mods & _MANY and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children):
            return True
    return False


def _names_another_noun(year: Token, trigger: Token | None) -> bool:
    """A year on a noun in a participle's phrase ("fighters linked to the 1994 genocide", parsed as
    an adverbial clause of the main verb) names that noun; it does not date the clause, as "in 1994"
    or "in February 2022" do."""
    head = year.head
    return (year.dep_ in ("nummod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN")
            and head.lower_ not in _MONTH_WORDS and (trigger is None or head.i != trigger.i)
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.tag_ in ("VBN", "VBD")
            and head.head.head.dep_ in ("advcl", "acl"))


def _year_of_a_thing_on_a_told_day(year: Token, node: Token, trigger: Token | None) -> bool:
    """A year that modifies a noun ("attacked a 2010 dam on Monday", "the 2015 accord") names it when
    the clause tells its own day outside that noun: the day dates the act, the year the thing."""
    noun = year.head
    if year.dep_ not in ("nummod", "compound", "amod") or noun.pos_ not in ("NOUN", "PROPN") or (
            trigger is not None and noun.i == trigger.i) or noun.lower_ in _MONTH_WORDS:
        return False
    inside = {t.i for t in noun.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in inside and not _YEAR.fullmatch(t.text)
               and t.lower_ not in ("the", "a", "an", "this", "last", "next") for t in node.subtree)


def _in_noun_clause(t: Token, node: Token) -> bool:
    """``t`` sits in a clause that describes a noun of ``node``'s clause ("apologised to the families
    of miners *shot dead in 1994*"): that clause's year dates what it tells, not ``node``."""
    cur = t
    while cur.i != node.i and cur.head.i != cur.i:
        if (cur.dep_ in ("acl", "relcl") and cur.pos_ in ("VERB", "AUX")) or set_off_participle(cur):
            return True
        cur = cur.head
    return False


def set_off_participle(t: Token) -> bool:
    """A participle set off by commas after a noun that the parser hung on the verb before it as an
    adverbial clause ("to reopen a border crossing with Belarus, closed since 2023, if ..."): it
    describes that noun (the tagger may read it as a past tense), and its date is its own."""
    return (t.dep_ == "advcl" and t.tag_ in ("VBN", "VBD") and t.i > 1 and t.i > t.head.i
            and t.doc[t.i - 1].text == "," and t.doc[t.i - 2].pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children))


def _wanted(trigger: Token, verb: Token) -> bool:
    """``trigger`` (a noun) is the object of ``verb``, directly or after "for" ("hopes for a deal")."""
    cur = trigger
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    if cur.head.i == verb.i and cur.dep_ == "dobj":
        return True
    return cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.i == verb.i


#: subordinators of a time or a condition still ahead when the main clause looks ahead
PENDING_MARKS = frozenset({"until", "till", "unless", "once", "before"})
#: auxiliaries that put a clause ahead of the report
_AHEAD_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "must", "should", "could", "may", "might"})


def _ahead(verb: Token) -> bool:
    """The clause looks ahead: a future or modal auxiliary ("will continue", "would stay")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AHEAD_AUX for c in verb.children)


#: adjectives that put a noun event ahead of the news ("the expected visit", "planned talks")
PLANNED_ADJECTIVES = frozenset({"expected", "planned", "proposed", "scheduled", "upcoming", "forthcoming",
                                "mooted", "prospective", "intended", "impending", "anticipated"})


def modality_of(trigger: Token, rules: Rules, published: str | None) -> ModalityResult:
    found: dict[str, Token] = {}
    commitment: Token | None = None
    node, adjunct = clause_head(trigger)
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in trigger.children) and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        # "is more likely to blockade the port than to invade it": the other term of a comparison
        found.setdefault("hypothetical", next(c for c in trigger.children if c.lower_ == "than"))
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" for c in node.children) and node.head.lemma_.lower() in (
            "wait", "hope", "pray", "long", "watch", "arrange", "plan", "push", "press", "campaign", "lobby"):
        # "waited for the bodies to be handed over", "pressed for the talks to resume": not yet done
        found.setdefault("hypothetical", node.head)
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in node.children):
        # "rather than send troops, ...", "would rather pay for shells than send soldiers": the
        # other term of a preference, not done
        found.setdefault("hypothetical", next(c for c in node.children if c.lower_ == "than"))
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and trigger.head.head.pos_ == "ADJ" and (
            trigger.head.head.lemma_.lower() in rules["modality.willing_adjectives"]):
        # "is open to talks", "remained receptive to mediation": a stated willingness (CAMEO 036), the
        # talks still ahead
        found.setdefault("planned", trigger.head.head)
        commitment = trigger.head.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        due = trigger.head.head
        if due.lemma_.lower() in DUE or (due.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in DUE for c in due.children)):
            found.setdefault("planned", due)  # "is due in Phnom Penh on Friday for talks": an arrangement ahead
    if trigger.i != node.i:
        for c in trigger.children:
            if c.dep_ == "det" and c.lower_ == "no":
                found.setdefault("negated", c)
    if not adjunct and _earlier_ones(node):
        found.setdefault("historical", node)
    if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() == "way" and node.head.head.lemma_.lower() in (
            "pave", "clear", "open", "prepare"):
        # "the vote paves the way for the bank to release the next tranche": made possible, not done
        found.setdefault("hypothetical", node.head.head)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "since" and trigger.pos_ == "NOUN":
        # "has approved $175 billion since Russia's invasion": the act a period is counted from,
        # background to what the sentence tells
        found.setdefault("historical", trigger.head)
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "without":
        found.setdefault("negated", node.head)  # "seized the town without firing a shot"
    if node.dep_ in ("pcomp", "pobj") and (
            (node.head.lower_ == "of" and "instead" in (node.head.head.lower_, *(c.lower_ for c in node.head.children)))
            or (node.head.lower_ == "than" and "rather" in (node.head.head.lower_,
                                                            *(c.lower_ for c in node.head.children)))):
        # "instead of calling for an alliance", "rather than sending troops": not done (the parser
        # hangs "instead" on "of", or "of" on "instead")
        found.setdefault("negated", node.head)
    if trigger.i != node.i:
        for c in trigger.children:
            if c.dep_ == "det" and c.lower_ in ("any", "every") and trigger.tag_ == "NN":
                found.setdefault("hypothetical", c)  # "would respond to any attack": no attack told
            if c.dep_ == "amod" and c.lower_ in PLANNED_ADJECTIVES:
                found.setdefault("planned", c)  # "Suga's expected visit", "the planned talks": ahead
    for arg in node.children:  # "no date has been fixed", "launched no attacks", "neither X nor Y was charged"
        if arg.dep_ in ("nsubjpass", "dobj", "nsubj") and any(
                (c.dep_ == "det" and c.lower_ in ("no", "neither")) or (c.dep_ == "preconj" and c.lower_ == "neither")
                for c in arg.children):
            found.setdefault("negated", arg)
    if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "from" and node.head.head.lemma_.lower() in PREVENTERS:
        # "barred the opposition from holding rallies", "stopped the ship from docking": kept from
        # happening
        found.setdefault("negated", node.head.head)
    if trigger.i != node.i and not adjunct and _wanted(trigger, node) and (
            node.lemma_.lower() in WITHHOLDERS or (node.lemma_.lower() == "hold" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in node.children))):
        # "lawmakers have held up military aid", "delayed the talks": the noun event kept back
        found.setdefault("negated", node)
    chain = [node]
    if trigger.i != node.i and not adjunct and node.lemma_.lower() in rules["modality.intended_governors"] \
            and _wanted(trigger, node):
        # "wants a trade deal with ...", "is eyeing an agreement", "hopes for a ceasefire": the noun
        # event is what the clause's subject wants, not an event that happened
        found.setdefault("intended", node)
        commitment = node
    if not adjunct:
        commitment = _local(node, rules, found, own=True) or commitment
        year = _historical_year(node, published, rules, trigger)
        if year is not None:
            found.setdefault("historical", year)
        cur = node
        for _ in range(8):
            rel = cur.dep_
            if rel == "conj" and cur.tag_ == "VBD" and cur.head.tag_ == "VBG" and cur.head.dep_ in (
                    "xcomp", "pcomp") and is_verb(cur.head.head):
                # "denied sending troops and accused Somalia of ...": a finite verb the parser put
                # beside the gerund is coordinated with the verb above it (told, not denied)
                cur = cur.head.head
                commitment = commitment or _local(cur, rules, found, own=False)
                continue
            if rel == "conj" and is_verb(cur.head) and not trailing_report(cur):
                # coordinated verbs share auxiliaries and governors: "will meet and sign"; not a verb
                # of saying after its content ("X should act, the group urged")
                cur = cur.head
                c2 = _local(cur, rules, found, own=False)
                commitment = commitment or c2
                chain.append(cur)
                continue
            if rel == "advcl" and any(m.dep_ == "mark" for m in cur.children):
                mark = next(m for m in cur.children if m.dep_ == "mark")
                if mark.lower_ in PENDING_MARKS and _ahead(cur.head):
                    # "troops would stay until a ceasefire was signed", "the strike will go on until
                    # the government frees them": a condition still to be met, no act yet
                    found.setdefault("hypothetical", mark)
                break
            if rel == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in cur.children):
                if not (cur.lemma_.lower() in PROTEST_INFINITIVES
                        and cur.head.lemma_.lower() in rules["modality.protest_moves"]):
                    # "sent troops *to support* Moscow": a purpose; but "farmers drove into the
                    # capital *to protest*" tells the protest they made
                    found.setdefault("intended", cur)
                break
            if rel in ("relcl",):
                break
            if rel in ("ccomp", "conj") and reduced_relative(cur.head):
                break  # "two men wanted for fraud were handed over": "wanted" is no governor of it
            if rel == "conj" and cur.head.pos_ == "ADJ" and cur.head.i != cur.i:
                cur = cur.head  # "must be clear and united in condemning": the first adjective's place
                continue
            # an adjective's clause is its copula's ("must be united in condemning ...")
            g = cur.head if ((rel == "acomp" and cur.pos_ == "ADJ") or rel == "csubj") and cur.head.i != cur.i \
                else governor(cur)  # "fighting is likely to intensify": the clause its gerund is subject of
            if g is None:
                break
            lemma = g.lemma_.lower()
            chain.append(g)
            if rel == "advcl":
                pass  # a participial adjunct ("..., urging X to sign") shares tense, not the verb's meaning
            elif lemma in rules["modality.negating_governors"]:
                found.setdefault("negated", g)
            elif lemma == "make" and rel in ("ccomp", "xcomp") and any(
                    t.lower_ == "it" for t in g.doc[g.i + 1: cur.i]):
                # "the law makes it a crime to give shelter", "made it harder to send aid": what
                # the rule is about, no act told
                found.setdefault("hypothetical", g)
            elif lemma in rules["modality.hypothetical_governors"]:
                found.setdefault("hypothetical", g)
            elif lemma == "be" and rel == "ccomp" and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in EVIDENT for c in g.children) and any(
                    a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "'d") for a in cur.children):
                # "it was clear the regime would impose restrictions": a forecast of what an actor
                # will do, not its threat or promise (CAMEO 13 and 03 are the actor's own statements)
                found.setdefault("hypothetical", g)
            elif lemma in rules["modality.intended_governors"]:
                found.setdefault("intended", g)
                commitment = commitment or g
            elif lemma in rules["modality.planned_governors"] or (
                    g.pos_ == "ADJ" and lemma in rules["modality.willing_adjectives"]):
                found.setdefault("planned", g)
                commitment = commitment or g
            elif lemma == "be" and rel == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in cur.children):
                found.setdefault("planned", g)  # "Poland is to station more troops": an arrangement, ahead
                commitment = commitment or g
            elif rel in ("ccomp", "acl") and (lemma in rules["attribution.speech_verbs"]
                                              or lemma in rules["attribution.speech_nouns"]):
                found.setdefault("reported", g)
            if not is_verb(g) and g.pos_ not in ("ADJ", "AUX"):
                if rel in ("ccomp", "acl") and lemma in rules["attribution.speech_nouns"] and _denied(g, rules):
                    found.setdefault("negated", g.head)
                break
            if rel == "ccomp" and lemma in rules["attribution.speech_verbs"] and _asks_which(cur):
                # "did not say how many people had been detained": the count is withheld, the
                # detentions are taken as fact (a wh-clause presupposes its content)
                chain.append(g)
                cur = g
                continue
            c2 = _local(g, rules, found, own=False)
            if "planned" in found and found["planned"] is not None and commitment is None:
                commitment = c2
            cur = g
    modality = next(m for m in PRIORITY if m in found or m == "asserted")
    committed = commitment if ("planned" in found or "intended" in found) else None
    return ModalityResult(modality, found, committed, chain)
