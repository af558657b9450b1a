"""When, where, how many, and how sure: the event record's date, location, size and confidence.

- date: the annotation's date expression in the sentence (one inside the trigger's clause first),
  else the document's publication date. A date ``historical_years`` or more before publication
  makes an asserted or reported event historical.
- event_loc: for a visit, the visited place; else a place entity governed by in/at/near/outside/
  across... in the trigger's clause, else one so governed elsewhere in the sentence;
  {text, code, start, end, lat, lon (where the annotation has them)}.
- size: counts of the dead, injured and arrested: a number that modifies the victims of a
  killing/wounding/arrest verb ("killed 12 people", "30 protesters were detained"), or a number
  with dead/injured/wounded ("at least 5 dead").
- mode refinement: an ASSAULT whose entry leaves the mode open takes it from an instrument word in
  its clause ("killed in a truck bombing" -> explosives; "armed with clubs" -> primitive).
- confidence (0-1), a documented heuristic, not a probability::

      0.55 strong trigger | 0.35 weak trigger
      + 0.20 actor resolved to a coded entity   (+0.10 an entity without a code yet)
      + 0.10 recipient resolved to a coded entity (+0.05 without a code)
      + 0.05 for each extra pattern word the entry required (at most +0.10)
      a typical doer of the type as actor ("protesters" marching, "gunmen" attacking) counts as a strong
      trigger with a coded actor
      + 0.05 the trigger is (or heads) the sentence's main clause
      - 0.10 noun trigger; - 0.10 event derived by a rule rather than a lexicon entry;
      - 0.15 coded by the fallback layer (the CAMEO verb dictionary); - 0.10 a verb in a participle or
        relative clause that modifies a noun (background to the main clause)
      clipped to [0.05, 0.95]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date as _date
from datetime import timedelta as _timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..model import Entity
from ..nlp.docref import REMOTE_SOURCES, SOURCE_VERBS
from .args import Party
from .lexicon import Rules
from .match import CAUSATIVES
from .modality import set_off_participle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..nlp.types import Annotated, DateExpr

LOC_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "across", "around", "along", "into",
                       "throughout", "within", "on"})
_WORD_NUMBERS: Mapping[str, int] = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "a dozen": 12, "dozen": 12,
})
_NUM = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


DATE_GRANULARITIES = frozenset({"day", "week", "month", "year"})


#: how a date hangs on a noun before it: "Wednesday's clash", "the March 5 vote", "the 2019 election"
_NOUN_MODIFIER = frozenset({"poss", "compound", "nmod", "amod", "nummod"})


#: prepositions that put an event inside a dated one ("killed during Wednesday's clash")
_WITHIN = frozenset({"in", "during", "at", "amid", "on"})


def _dates_other_noun(d: DateExpr, sent: Span, trigger: Token | None, clause: Token) -> bool:
    """Whether the date is part of a noun phrase of its own other than the trigger's: it dates
    that noun ("agreed to investigate Wednesday's clash" dates the clash, not the agreeing). The
    subject's date is the event's ("Tuesday's shooting killed four": the act noun did it)."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in _NOUN_MODIFIER or head.pos_ not in ("NOUN", "PROPN") or span.start <= head.i < span.end:
        return False
    while head.dep_ in _NOUN_MODIFIER and head.head.i != head.i and (
            head.head.pos_ in ("NOUN", "PROPN") or head.head.tag_ == "VBG"):
        # "Monday night's shooting": the date's noun is the shooting, not the night; "Tuesday's
        # police shelling": a gerund the parser tags as a verb is the noun the modifiers hang on
        head = head.head
    if trigger is None or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if trigger.i == head.i + 1 and head.right_edge.i == head.i and trigger.dep_ == "appos":
        # "hurt in Monday's army shelling", parsed as "Monday's army" with "shelling" in apposition:
        # an appositive needs a comma, so one noun phrase whose date is the trigger's
        return False
    if head.dep_ == "pobj" and head.head.lower_ in _WITHIN and head.head.head.i in (trigger.i, clause.i):
        return False  # "killed in Wednesday's clash": the event is part of the dated one
    # the trigger inside the dated noun's phrase tells of that noun ("Wednesday's clash, in which
    # five were killed": the killing is the clash)
    return not (head.left_edge.i <= trigger.i <= head.right_edge.i)


def event_date(ann: Annotated, sent: Span, clause: Token, trigger: Token | None = None,
               speech: frozenset[str] = frozenset()) -> tuple[str | None, DateExpr | None]:
    """(date, the sentence's date expression it came from; None for the publication date). A
    date that modifies another noun than the trigger dates that noun, not the event; outside the
    trigger's clause, a date on a verb of saying (``speech``) dates the statement. A sentence that
    opens with a day and a colon or a dash (an entry of a timeline: "June 23: crowds overran
    parliament; police shot six people") tells that day's acts: an act it tells no other day of
    took place that day."""
    date, expr = _event_date(ann, sent, clause, trigger, speech)
    if expr is None or (expr.extra or {}).get("rule") == "same-day":
        # ("that day" in a timeline's entry is the entry's day, not the day of the sentence before)
        label = _timeline_label(ann, sent)
        if label is not None:
            return label.value, label
    return date, expr


#: what follows the day that heads a timeline's entry
_LABEL_MARKS = frozenset({":", "-", "–", "—"})


def _timeline_label(ann: Annotated, sent: Span) -> DateExpr | None:
    """The day a sentence opens with as a label ("June 23:", "March 5 -"), if it does."""
    for d in ann.dates:
        if d.start == sent.start_char and d.value and d.granularity == "day" and len(d.value) == 10:
            rest = sent.doc.text[d.end:sent.end_char].lstrip()
            if rest[:1] in _LABEL_MARKS:
                return d
    return None


def _event_date(ann: Annotated, sent: Span, clause: Token, trigger: Token | None = None,
                speech: frozenset[str] = frozenset()) -> tuple[str | None, DateExpr | None]:
    dates: list[DateExpr] = [d for d in ann.dates if sent.start_char <= d.start < sent.end_char and d.value
                             and d.granularity in DATE_GRANULARITIES
                             and not _dates_other_noun(d, sent, trigger if trigger is not None else clause, clause)]
    if dates:
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        # a date inside a clause that modifies one of the event's nouns dates that clause's act
        # ("aid workers kidnapped last month were freed on Sunday": the freeing is Sunday's)
        inside = [d for d in dates if lo <= d.start < hi
                  and not _in_noun_clause(d, sent, trigger if trigger is not None else clause, clause)
                  and not _before_reported_subject(d, clause, speech)]
        if not inside and _anterior(clause) and not _launched(clause):
            noun = [d for d in dates if _dates_noun(d, sent, clause.head)]
            if noun:  # "Saturday's talks, hosted by Kazakhstan": the day of the noun it tells of
                return noun[0].value, noun[0]
            # a reduced passive relative tells an earlier act of the noun it modifies ("fishermen
            # detained for nine days returned on Monday"): the main clause's date is not its date;
            # a length of days or weeks it lasted, counted back from that date, is its first day
            span = _lasted_days(clause)
            main = [d for d in dates if not (lo <= d.start < hi) and d.granularity == "day" and d.value
                    and len(d.value) == 10 and not _dates_a_statement(d, sent, speech)]
            if span and main and main[0].value:
                day = (_date.fromisoformat(main[0].value) - _timedelta(days=span)).isoformat()
                return day, replace(main[0], value=day, extra={**main[0].extra, "offset_days": -span})
            return ann.document.published, None
        # outside its clause, the day someone said or announced it is not the day of the act, only
        # the last it can be ("the coast guard said on Sunday that it had sent ships after X
        # detained Y")
        # (an upper bound: the date stays, and ``statement_date`` says it is the statement's)
        outside = [d for d in dates if not (lo <= d.start < hi) and not _dates_a_statement(d, sent, speech)]
        if inside:
            return inside[0].value, inside[0]
        if outside:
            best = outside[0]
            shift = _offset_days(clause)
            if shift and best.granularity == "day" and best.value and len(best.value) == 10:
                # "returned on Monday, a day after the two sides signed": Sunday
                day = (_date.fromisoformat(best.value) + _timedelta(days=shift)).isoformat()
                return day, replace(best, value=day, extra={**best.extra, "offset_days": shift})
            return best.value, best
        stated = [d for d in dates if not (lo <= d.start < hi)]
        if stated:  # only the day of a statement about it: the last day it can be
            return stated[0].value, stated[0]
    shift = _offset_days(clause)
    published = ann.document.published
    same = _same_day(clause)
    if same is not None:
        # "Earlier in the day, gunfire hit an army position", "arrested two men the same day": the
        # day the sentence before tells, else the day of the news; a day in words, not a fallback
        lo_tok, hi_tok = same
        before_dates = _day_told_before(ann, sent)
        that_day = before_dates[-1].value if before_dates else (published[:10] if published else None)
        if that_day:
            from ..nlp.types import DateExpr as _DateExpr

            return that_day, _DateExpr(text=sent.doc[lo_tok:hi_tok + 1].text, start=sent.doc[lo_tok].idx,
                                       end=sent.doc[hi_tok].idx + len(sent.doc[hi_tok]), value=that_day,
                                       granularity="day", extra={"rule": "same-day"})
    earlier = _measured_earlier(clause, later=True)
    if earlier and sent.start > 0:
        # "The army retook the town on Friday. Two days earlier, rebels had shelled it": counted
        # from the day the sentence before tells, where it tells one
        before = sent.doc[sent.start - 1].sent
        told = [(d, d.value) for d in ann.dates if before.start_char <= d.start < before.end_char and d.value
                and d.granularity == "day" and len(d.value) == 10]
        if told:
            ref, value = told[-1]
            counted = (_date.fromisoformat(value) + _timedelta(days=earlier)).isoformat()
            if not (published and counted > published[:10]):  # nothing told happens after the news
                return counted, replace(ref, value=counted, extra={**ref.extra, "offset_days": earlier})
        coarse = [d for d in ann.dates if before.start_char <= d.start < before.end_char and d.value
                  and d.granularity in ("week", "month")]
        if not told and coarse and abs(earlier) < 7:
            # "Somalia recalled its envoy a week ago. Two days later it expelled ...": a few days from
            # a week or a month the sentence before tells is within or next to that period, not the
            # day of the news
            return coarse[-1].value, replace(coarse[-1], extra={**coarse[-1].extra, "offset_days": earlier})
    if shift and published and len(published) >= 10:
        # "five days after guards detained 11 men, their families say ...", "the detentions came a
        # day after a shooting": counted from the undated main clause, which is the news of the day
        return (_date.fromisoformat(published[:10]) + _timedelta(days=shift)).isoformat(), None
    return published, None


def _dates_noun(d: DateExpr, sent: Span, noun: Token) -> bool:
    """Whether the date hangs on ``noun`` as a modifier ("Saturday's talks", "the March 5 vote")."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.dep_ in _NOUN_MODIFIER and t.head.i != t.i:
        t = t.head
        if t.i == noun.i:
            return True
    return False


def _before_reported_subject(d: DateExpr, clause: Token, speech: frozenset[str]) -> bool:
    """A date between a verb of saying and the subject of what is said ("said on Monday it would
    send troops", parsed with the date on "send"): wire copy dates the statement there."""
    gov = clause.head
    if clause.dep_ != "ccomp" or gov.lemma_.lower() not in speech:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and gov.idx < d.start < subj.left_edge.idx


#: clauses of their own inside the trigger's: relatives and participles on a noun, what is said,
#: and a second verb joined to it (an adverbial clause or an infinitive shares the trigger's time:
#: "killed five when troops stormed the village on Monday", "agreed to meet on Monday")
_NOUN_CLAUSES = frozenset({"acl", "relcl", "ccomp", "parataxis"})


def _in_noun_clause(d: DateExpr, sent: Span, trigger: Token, clause: Token) -> bool:
    """Whether the date, inside ``clause``, hangs in a clause of its own that does not hold the
    trigger (a relative or participle on a noun, a reported clause, a conjoined verb): it dates
    that clause's act ("aid workers kidnapped last month were freed on Sunday"; "thanked Singapore
    and said the sanctions would be lifted on Wednesday")."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    holds_trigger = {trigger.i, *(a.i for a in trigger.ancestors)}
    t = span.root
    while t.i != clause.i and t.head.i != t.i:
        # "let nine crew members go on Saturday": a causative's bare infinitive is its own act
        causative = t.dep_ == "ccomp" and t.head.lemma_.lower() in CAUSATIVES
        if t.i not in holds_trigger and not causative and (
                t.dep_ in _NOUN_CLAUSES or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                                            and not _shared_tail(t, span.root, trigger))
                or _reduced_relative_as_adverbial(t)):
            return True
        t = t.head
    return False


def _shared_tail(conj: Token, date: Token, trigger: Token) -> bool:
    """A date at the end of a second verb that shares the trigger's subject, the trigger's own
    clause telling no day ("protesters filled the streets and blocked the bridge on Tuesday"):
    both acts are that day's."""
    if conj.head.i != trigger.i or date.i < conj.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False  # "..., and police arrested 40 on Tuesday": a clause of its own
    own = {t.i for t in trigger.subtree} - {t.i for t in conj.subtree}
    return not any(trigger.doc[i].ent_type_ in ("DATE", "TIME") for i in own)


def _reduced_relative_as_adverbial(t: Token) -> bool:
    """A bare past participle right after a noun that the parser hung on the verb as an adverbial
    clause ("accused Hanoi of breaching a truce agreed in 2025"): a reduced relative on that noun,
    whose date is its own."""
    if t.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children):
        return False
    if t.tag_ == "VBN" and t.i > 0 and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
        return True
    return set_off_participle(t)  # "a border crossing with Belarus, closed since 2023, ..."


#: verbs of sending a projectile on its way: what is fired, launched or thrown strikes when it is
#: sent, so the participle tells the same act as the verb its projectile is the subject of
LAUNCH_VERBS = frozenset({"fire", "launch", "lob", "drop", "shoot", "hurl", "throw"})


def _launched(clause: Token) -> bool:
    """A projectile's participle on the subject of the sentence's verb ("rockets fired by the
    militia hit the depot on Sunday"): fired that day, not before the sentence's act."""
    return clause.lemma_.lower() in LAUNCH_VERBS and clause.head.dep_ in ("nsubj", "nsubjpass")


def _anterior(clause: Token) -> bool:
    """A past participle that modifies a noun ("the fishermen detained by Malaysia"): an act
    done to that noun before the sentence's own act."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN"


#: how far a measured "after"/"before" moves a day: "a day after", "two days before"
_DAY_UNITS = MappingProxyType({"day": 1, "days": 1, "week": 7, "weeks": 7})


def _lasted_days(clause: Token) -> int:
    """Days an act told by a participle lasted ("detained for nine days", "held for two weeks");
    0 when no such length in days or weeks is given."""
    for p in clause.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for unit in p.children:
            if unit.dep_ != "pobj" or unit.lower_ not in _DAY_UNITS:
                continue
            counts = [_number(c) for c in unit.children if c.dep_ == "nummod"]
            if counts and counts[0]:
                return counts[0] * _DAY_UNITS[unit.lower_]
    return 0


def _offset_days(clause: Token) -> int:
    """Days from the main clause's date to an adverbial clause's act that a measure before
    "after" or "before" gives: "returned on Monday, a day after X signed" is -1 for the signing,
    "two days before the vote" +2. Zero when no measure is given (then the act is the same day or
    an unknown while before)."""
    measured = _measured_preposition(clause)
    if measured:
        return measured
    earlier = _measured_earlier(clause)
    if earlier:
        return earlier
    for t in clause.children:
        # "closed the border on Wednesday, having threatened the move the previous night": a day
        # before the main clause's
        if t.dep_ == "npadvmod" and t.lower_ in ("day", "night", "evening") and clause.dep_ == "advcl" and {
                a.lower_ for a in t.children if a.dep_ == "amod"} & {"previous", "preceding"}:
            return -1
    if clause.dep_ != "advcl":
        return 0
    for m in clause.children:
        if m.dep_ != "mark" or m.lower_ not in ("after", "before"):
            continue
        # the measure hangs on the mark or, parsed so, on the clause's verb just before the mark
        measures = [*m.children, *(u for u in (*clause.children, *clause.head.children) if u.i == m.i - 1)]
        for unit in measures:
            days = _measure(unit)
            if days:
                return -days if m.lower_ == "after" else days
    return 0


def _measured_earlier(clause: Token, later: bool = False) -> int:
    """Days back that a measured "earlier" on the clause, or on the clause it hangs from, gives:
    "Three days earlier, 11 people were killed when insurgents overran the town" is three days
    before the story's day, for both acts. With ``later``, a measured "later" counts forward too
    ("Three days later, a soldier was hurt": only from a day the sentence before tells)."""
    for verb in (clause, clause.head) if clause.dep_ in ("advcl", "conj") else (clause,):
        for adv in verb.children:
            if adv.dep_ == "advmod" and (adv.lower_ == "earlier" or (later and adv.lower_ == "later")):
                days = next((x for x in map(_measure, adv.children) if x), 0)
                if days:
                    return -days if adv.lower_ == "earlier" else days
        if later:
            # "Baku summoned Iran's ambassador the next day": a day after the day told before
            # (the parser may hang "the next day" on the object)
            for t in verb.subtree:
                if t.dep_ == "npadvmod" and t.lower_ == "day" and _verb_of(t).i == verb.i:
                    side = {a.lower_ for a in t.children if a.dep_ == "amod"}
                    if side & {"next", "following"}:
                        return 1
                    if "previous" in side:
                        return -1
    return 0


def _same_day(clause: Token) -> tuple[int, int] | None:
    """The tokens of "earlier in the day", "later in the day", "(on) the same day", "(later) that day"
    on the clause (or the clause it hangs from); None when there are none."""
    for verb in (clause, clause.head) if clause.dep_ in ("advcl", "conj") else (clause,):
        for c in verb.children:
            if c.dep_ == "npadvmod" and c.lower_ == "day" and any(
                    a.lower_ == "same" or (a.dep_ == "det" and a.lower_ == "that") for a in c.children):
                return c.left_edge.i, c.i  # "the same day", "that day", "later that day"
            if c.dep_ == "prep" and c.lower_ == "on":  # "on the same day"
                day = next((o for o in c.children if o.dep_ == "pobj" and o.lower_ == "day"
                            and any(a.lower_ == "same" for a in o.children)), None)
                if day is not None:
                    return c.i, day.i
            adv = c if c.dep_ == "advmod" and c.lower_ in ("earlier", "later") else None
            preps = [g for g in (adv.children if adv is not None else ()) if g.dep_ == "prep" and g.lower_ == "in"]
            if adv is None and c.dep_ == "prep" and c.lower_ == "in" and c.i > 0 \
                    and c.doc[c.i - 1].lower_ in ("earlier", "later"):
                adv, preps = c.doc[c.i - 1], [c]
            for p in preps:
                day = next((o for o in p.children if o.dep_ == "pobj" and o.lower_ == "day"), None)
                if adv is not None and day is not None and all(d.lower_ == "the" for d in day.children):
                    return adv.i, day.i
    return None


def _day_told_before(ann: Annotated, sent: Span, back: int = 1) -> list[DateExpr]:
    """The days (as dates) the nearest of the ``back`` sentences before ``sent`` that tells one tells
    (only the sentence right before: further back, measured on the read incident batches, "the same
    day" as often refers to the day of the news)."""
    for _ in range(back):
        if sent.start == 0:
            return []
        sent = sent.doc[sent.start - 1].sent
        told = [d for d in ann.dates if sent.start_char <= d.start < sent.end_char and d.value
                and d.granularity == "day" and len(d.value) == 10]
        if told:
            return told
    return []


def _verb_of(t: Token) -> Token:
    """The nearest verb ``t`` hangs from (itself if none)."""
    cur = t
    while cur.head.i != cur.i and cur.head.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur.head


def _measure(unit: Token) -> int:
    """Days in a measure ("a day", "two weeks", "48 hours"); 0 when it is none or under a day."""
    if unit.dep_ == "npadvmod" and unit.lower_ == "hours":
        counts = [_number(c) for c in unit.children if c.dep_ == "nummod"]
        return (counts[0] or 0) // 24 if counts else 0
    if unit.dep_ != "npadvmod" or unit.lower_ not in _DAY_UNITS:
        return 0
    count = 1
    for c in unit.children:
        if c.dep_ == "nummod":
            n = _number(c)
            if n is None:
                return 0
            count = n
    return count * _DAY_UNITS[unit.lower_]


def _measured_preposition(clause: Token) -> int:
    """The same for "after"/"before" as a preposition: the clause's act told inside a noun it
    governs ("came a day after a shooting in which two guards were killed") or a gerund after it
    ("freed them on Friday, three days after abducting them"), or a measure the parser
    hangs on the clause's verb with the preposition under it ("a day after gunfire killed ...")."""
    for unit in clause.children:
        days = _measure(unit)
        if days:
            for p in unit.children:
                if p.dep_ == "prep" and p.lower_ in ("after", "before"):
                    return -days if p.lower_ == "after" else days
    cur = clause
    for _ in range(6):  # up through the noun phrases the clause hangs in, to the nearest verb
        head = cur.head
        if head.i == cur.i:
            return 0
        if head.dep_ == "prep" and head.lower_ in ("after", "before") and cur.dep_ in ("pobj", "pcomp"):
            measures = [*head.children, *(u for u in head.head.children if u.i == head.i - 1)]
            days = next((x for x in map(_measure, measures) if x), 0)
            if days:
                return -days if head.lower_ == "after" else days
            return 0
        if head.pos_ in ("VERB", "AUX"):
            return 0
        cur = head
    return 0


def dated_after(d: DateExpr, sent: Span, clause: Token) -> bool:
    """Whether ``d`` dates a later act than the clause's: the clause is an unmeasured "after"
    adverbial, or the noun after "after" ("eased the curfew on Monday after the army recaptured
    the port", "... after the recapture of the port"), or a relative clause on a noun of the main
    clause, and the date is outside it. The act came some while before that day, which is only
    the last day it can be."""
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    if lo <= d.start < hi or _offset_days(clause):
        return False
    if clause.dep_ == "relcl":
        # "Cameroon, which has demanded the crews' release, did not comment on Friday": the main
        # clause's day is after the relative clause's act
        return True
    if clause.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children)
    return clause.dep_ in ("pobj", "pcomp") and clause.head.dep_ == "prep" and clause.head.lower_ == "after"


def statement_date(d: DateExpr, sent: Span, clause: Token, speech: frozenset[str]) -> bool:
    """Whether ``d`` (from ``event_date``) is outside the clause and dates a statement about the act."""
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    return not lo <= d.start < hi and _dates_a_statement(d, sent, speech)


def _dates_a_statement(d: DateExpr, sent: Span, speech: frozenset[str]) -> bool:
    """Whether the date hangs on a verb of saying ("said on Sunday", "announced Monday")."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not speech:
        return False
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in speech


def years_before(date: str | None, published: str | None) -> int | None:
    """Whole years between an ISO date and the publication date, where both carry a year."""
    if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
        return None
    return int(published[:4]) - int(date[:4])


#: parts of a state named with the state's possessive ("Nigeria's Zamfara state", "Peru's capital")
DIVISIONS = frozenset({"county", "province", "region", "state", "district", "city", "town", "village",
                       "capital", "port", "island", "department", "governorate", "prefecture", "municipality",
                       "area", "border", "coast", "north", "south", "east", "west", "northeast", "northwest",
                       "southeast", "southwest", "highlands", "territory", "enclave", "oblast", "canton"})


def event_location(sent: Span, places: list[Entity], clause: Token, used: list[Party],
                   visited: list[Party] | None = None) -> dict[str, Any] | None:
    """See the module docstring; ``visited``: the recipients of a visit, whose place is where it is."""
    for p in visited or []:
        if p.entity is not None and p.entity.kind == "place":
            return _loc(p.entity)
    if not places:
        return None
    taken = {(p.start, p.end) for p in used}
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    doc = sent.doc

    def governed(e: Entity) -> bool:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.dep_ == "poss" and head.head.lemma_.lower() in DIVISIONS:
            head = head.head  # "in Kenya's Marsabit county": a part of the state, where the state is
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in DIVISIONS:
            head = head.head.head  # "in the Samara region of Russia"
        return head.dep_ == "pobj" and head.head.lower_ in LOC_PREPS and not _in_a_reason(head.head, clause) \
            and not _from_an_origin(head.head, clause)

    above = {clause.i, *(a.i for a in clause.ancestors)}

    def elsewhere(e: Entity) -> bool:
        """Outside the clause, a place in another act's clause: the first verb above it is not one
        the trigger's clause hangs from ("fishermen detained by Malaysia returned, a day after the
        two signed an accord in Singapore": Singapore is where the signing was)."""
        if lo <= e.start < hi:
            return False
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        while t.head.i != t.i:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != clause.i and t.head.lemma_.lower() in SOURCE_VERBS \
                    and t.lemma_.lower() in REMOTE_SOURCES:
                return True  # "a monitoring centre in Dubai said the attackers fired": the source's seat
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t.i not in above
        return False

    places = [e for e in places if not elsewhere(e)]
    if _of_another_time(clause):
        # "held talks in Brussels on Tuesday, their first since gunmen shot dead a policeman": a
        # clause of another time happened where it says, not where the main clause's act did
        places = [e for e in places if lo <= e.start < hi]
    if not places:
        return None
    ranked = sorted(places, key=lambda e: (not (lo <= e.start < hi and governed(e)), not governed(e),
                                           (e.start, e.end) in taken, e.start))
    best = ranked[0]
    if not governed(best):
        return None  # a place that is only an actor's or recipient's name says nothing of where
    return _loc(best)


#: verbs of sending a weapon on its way, whose "from" phrase says where it came from
FIRED_FROM = frozenset({"fire", "launch", "shoot", "lob"})


def _from_an_origin(prep: Token, clause: Token) -> bool:
    """A place inside a "from" phrase of a verb of firing ("missiles fired from across the border in
    Russia's Belgorod region"): where the weapon came from, not where the act (the strike) was."""
    t = prep
    for _ in range(6):
        if t.dep_ == "prep" and t.lower_ == "from" and t.head.lemma_.lower() in FIRED_FROM:
            return True
        if t.i == clause.i or t.head.i == t.i:
            return False
        t = t.head
    return False


#: conjunctions that open a clause of another time than the sentence's main act
OTHER_TIME_MARKS = frozenset({"since", "after", "before"})


def _of_another_time(clause: Token) -> bool:
    """The clause is introduced as another time: "since gunmen shot dead ...", "after troops
    withdrew ...", or "after" / "before" taking it as an object ("a day after rebels seized ...")."""
    if any(m.dep_ == "mark" and m.lower_ in OTHER_TIME_MARKS for m in clause.children):
        return True
    return clause.dep_ in ("pcomp", "pobj") and clause.head.lower_ in OTHER_TIME_MARKS


#: prepositions of what an act is about or answers: a place inside their phrase is where that was
REASON_PREPS = frozenset({"over", "about", "for", "against", "despite", "amid", "after", "because"})


def _in_a_reason(prep: Token, clause: Token) -> bool:
    """Whether ``prep`` (a place's "in", "at" ...) lies inside a reason's phrase on the way up to
    the clause: "summoned the ambassador over the detention of a manager in Tabriz" was not in
    Tabriz."""
    t = prep
    for _ in range(8):
        if t.i == clause.i or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ in REASON_PREPS and t.i != prep.i:
            return True
    return False


def _loc(e: Entity) -> dict[str, Any]:
    loc: dict[str, Any] = {"text": e.text, "code": e.code, "start": e.start, "end": e.end}
    for k in ("lat", "lon", "geonameid", "country_code"):
        if k in e.extra:
            loc[k] = e.extra[k]
    return loc


def _number(tok: Token) -> int | None:
    text = tok.text.lower()
    if _NUM.match(text):
        return int(text.replace(",", ""))
    return _WORD_NUMBERS.get(text)


def event_size(clause: Token, rules: Rules) -> dict[str, int | None]:
    """Counts in the trigger's clause (its subtree) of the dead, injured and arrested."""
    size: dict[str, int | None] = {"dead": None, "injured": None, "arrested": None}
    kinds = {k: rules[f"size.{k}"] for k in ("dead", "injured", "arrested")}
    root = clause
    while root.dep_ in ("advcl", "conj", "xcomp") and root.head.i != root.i:
        root = root.head
    for tok in root.subtree:
        n = _number(tok) if tok.like_num else None
        if n is None:
            continue
        noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
        candidates = [noun.head, *noun.children, tok.head]
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            candidates.insert(0, noun.head)
        for c in candidates:
            lemma = c.lemma_.lower()
            for kind, words in kinds.items():
                if (lemma in words or c.lower_ in words) and size[kind] is None:
                    size[kind] = n
                    break
            else:
                continue
            break
    return size


#: verbs that name their instrument ("bombed", "shelled", "stoned"); other verbs that share a lemma with
#: an instrument use none ("airing an interview", "a blast rocked the city", "stick to the plan")
INSTRUMENT_VERBS = frozenset({"bomb", "shell", "stone", "gun", "knife", "mine", "torpedo", "gas", "machete"})


def instrument(tok: Token, rules: Rules) -> str | None:
    """The ASSAULT mode ``tok`` names as a means (rules.toml [instruments]), if any."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma not in INSTRUMENT_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "a jet of water", "a rain of stones": a stream of something, not the weapon
    if lemma == "cannon":
        # a water cannon is a means of crowd control (CAMEO 175, violent repression); a cannon
        # alone is a gun of artillery
        water = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ("water", "sonic") for c in tok.children)
        return "repression" if water else "heavy-weapons"
    return rules.instruments.get(lemma)


def refine_mode(mode: str | None, etype: str, clause: Token, rules: Rules) -> str | None:
    if mode == "firearms" and etype == "ASSAULT" and clause.lemma_.lower() == "fire":
        # "a cruise missile fired at Ukraine", "the shells, fired from across the border": what is
        # fired is the weapon, not small arms (CAMEO 194/195, not 193)
        fired = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if clause.dep_ == "acl":
            fired.append(clause.head)
        for t in fired:
            m = instrument(t, rules)
            if m in ("heavy-weapons", "aerial", "repression") and (m != "repression" or t.lemma_.lower() == "cannon"):
                # "fired water cannon at the boat": a means of repression, not small arms
                return m
    if mode is not None or etype != "ASSAULT":
        return mode
    # the means of the clause's own act: not those of a verb coordinated with it or of a clause on
    # one of its nouns ("was hit in the shoulder and flown by helicopter to the capital")
    apart = {t.i for c in clause.children if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or c.dep_ == "relcl"
             for t in c.subtree}
    for tok in clause.subtree:
        if tok.i in apart:
            continue
        m = instrument(tok, rules)
        if m is not None:
            return m
    return None


def confidence(strong: bool, noun: bool, actor: list[Party], recipient: list[Party], extra_words: int,
               derived: bool, typical_actor: bool = False, main_clause: bool = False,
               fallback: bool = False, modifier: bool = False) -> float:
    c = 0.55 if strong or typical_actor else 0.35
    if any(p.code for p in actor) or typical_actor:
        c += 0.20
    elif any(p.resolved for p in actor):
        c += 0.10
    if any(p.code for p in recipient):
        c += 0.10
    elif any(p.resolved for p in recipient):
        c += 0.05
    c += min(0.10, 0.05 * extra_words)
    if main_clause:
        c += 0.05
    if noun:
        c -= 0.10
    if derived:
        c -= 0.10
    if fallback:  # coded by the CAMEO dictionary beneath our lexicon: less often right than our entries
        c -= 0.15
    if modifier:  # "protesters demanding reforms": a participle or relative clause describes, as background
        c -= 0.10
    return round(min(0.95, max(0.05, c)), 3)
