"""Attribution: who (source) says (cue) what (content), from the dependency parse.

Contract: reads an :class:`~eventwire.nlp.types.Annotated` (spaCy parse, resolved entities),
returns :class:`~eventwire.model.Attribution` records, in text order. Forms covered:

- a cue verb from ``data/claims/cues.tsv`` with a clausal complement: indirect speech ("X said
  that ...", "X claimed ..."), direct speech ("“...,” he said"), and cognition verbs with a
  that-clause ("X believes that ..."); a speech verb with an object ("X denied the report");
- "according to X, ...": source X, content the clause it modifies;
- cue nouns: "reports of ...", "X's claim that ...", "a statement by X that ...";
- hedge adverbs with no source ("North Korea has reportedly sent ...": source None, cue
  "reportedly").

``Attribution.kind`` names the form: speech, cognition, intent ("X plans to ..." is X's own
intention, not a report), according, noun, hedge, punctuation.

Nesting falls out of spans: "According to Yonhap, Borrell said ..." gives two attributions,
the outer (Yonhap) with content covering the inner one. The source is resolved to an actor from
the entities overlapping it, the PRON resolution for pronouns (else the latest earlier named
source), and else ``eventwire.nlp.gazetteer.resolve_phrase``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import Attribution, Span
from . import _data

if TYPE_CHECKING:
    from spacy.tokens import Span as SpSpan
    from spacy.tokens import Token

    from ..nlp.types import Annotated
    from ..resources import Resources

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = ("ccomp", "xcomp")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
#: cognition verbs of intent whose infinitive complement is the content ("wants to", "plans to")
_INTENT = frozenset({"want", "plan", "hope", "intend", "expect", "wish", "decide"})
_QUOTES = "\"“”'‘’«»"
#: speech verbs whose direct object is not what was said ("tell him", "urge them", "call it")
_OBJECT_NOT_CONTENT = frozenset({
    "tell", "urge", "ask", "inform", "notify", "assure", "brief", "accuse", "blame", "warn", "threaten",
    "continue", "add", "charge", "answer", "reply", "respond", "point", "quote", "encourage",
})


def _trim(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of tokens (contiguous from first to last), without edge punctuation/marks."""
    toks = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in _QUOTES:
        toks = toks[:-1]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _span(ann: Annotated, tokens: list[Token]) -> Span | None:
    se = _trim(tokens)
    if se is None:
        return None
    s, e = se
    return Span(ann.document.text[s:e], s, e)


def _subtree_minus(root: Token, exclude: Token | None) -> list[Token]:
    skip = set(t.i for t in exclude.subtree) if exclude is not None else set()
    return [t for t in root.subtree if t.i not in skip]


_OPEN = ("“", "\"", "``", "‘‘", "''")
_CLOSE = ("”", "\"", "''", "’’")


def _quote_near(ann: Annotated, verb: Token, source: Token | None) -> list[Token]:
    """The quotation a bare speech verb introduces or closes: '“...,” he said' split by the
    sentence splitter, 'he said: “...”', "''...,'' said Mr. Burman" (tokens of the quote)."""
    text = ann.document.text
    left = min([verb.idx, *([source.left_edge.idx] if source is not None else [])])
    before = text[max(0, left - 3):left].rstrip(" ,\n\t")
    b_end = max(0, left - 3) + len(before)
    for close in _CLOSE:
        if before.endswith(close) or before.endswith(close + ",") or before.endswith(close.replace("”", ",”")):
            end = b_end - len(close)
            window = text[max(0, end - 1500):end]
            opens = [window.rfind(o) for o in _OPEN if o != close or o in ("\"", "''")]
            start = max(opens)
            if start >= 0:
                s0 = max(0, end - 1500) + start
                return _char_tokens(ann, s0, b_end)
    right_tok = max([verb, *([source.right_edge] if source is not None and source.i > verb.i else [])],
                    key=lambda t: t.i)
    r = right_tok.idx + len(right_tok.text)
    m = re.match(r"^[ \t]*[,:]?[ \t\n]*(“|\"|``|'')", text[r:r + 8])
    if m:
        s0 = r + m.start(1)
        close_at = min([i for i in (text.find(c, s0 + len(m.group(1))) for c in _CLOSE) if i > 0] or [-1])
        if close_at > 0 and close_at - s0 < 3000:
            return _char_tokens(ann, s0, close_at + 1)
    return []


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's speaker: its subject, the agent of a passive, or a coordinated verb's subject."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], False
    for c in verb.children:
        if c.dep_ in _SUBJ:
            # "it was reported that ...": expletive subject, no source
            if c.dep_ == "nsubjpass" or (c.lower_ == "it" and any(
                    x.dep_ == "ccomp" for x in verb.children)):
                return None, True
            if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":  # "the letter that says": the letter
                return verb.head, False
            return c, False
    return _inherited_subject(verb)


def _passive(verb: Token) -> bool:
    """A passive participle: "are expected to", "is believed to" (the subject is not the thinker)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children) and \
        verb.dep_ in ("conj", "acl", "advcl")


def _inherited_subject(verb: Token) -> tuple[Token | None, bool]:
    """No subject of its own: "..., saying that", "and added", "appeared to suggest", "by arguing",
    "tweets saying", "the letter that says" take the speaker from the governing clause."""
    head = verb.head
    if head.i == verb.i:
        return None, False
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    if verb.dep_ == "pcomp" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBG", "VBN", "VBZ",
                                                                                          "VBD", "VBP"):
        return head, False  # "tweets saying", "a letter that says"; not "his intention to discuss"
    return None, False


def _content(verb: Token, kind: str) -> list[Token]:
    comps = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    if kind == "cognition" and verb.lemma_.lower() not in _INTENT:
        comps = [c for c in comps if c.dep_ == "ccomp"]
    if comps:
        out: list[Token] = []
        for c in comps:
            out.extend(c.subtree)
        return out
    if verb.dep_ == "parataxis" and kind == "speech":  # "The war goes on, he said."
        rest = _subtree_minus(verb.head, verb)
        before = [t for t in rest if t.i < verb.left_edge.i]
        return before or [t for t in rest if t.i > verb.right_edge.i]
    if kind == "speech" and verb.lemma_.lower() not in _OBJECT_NOT_CONTENT:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if objs:
            return list(objs[0].subtree)
    if kind == "speech" and any(c.dep_ == "agent" for c in verb.children):  # "was first reported by X"
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return list(passive[0].subtree)
    if kind == "speech":
        for c in verb.children:
            if c.dep_ == "prep" and (c.lower_ in ("about", "of", "on", "over")
                                     or (c.lower_ == "for" and verb.lemma_.lower() == "call")):
                return list(c.subtree)
    return []


class _Resolver:
    """Resolves a source span to (code, sector, name), remembering the last named source."""

    def __init__(self, ann: Annotated, resources: Resources | None) -> None:
        self.ann, self.resources = ann, resources
        self.last_named: tuple[str | None, str | None, str | None] | None = None
        self._phrase_ok = resources is not None

    def __call__(self, span: Span, head: Token | None) -> tuple[str | None, str | None, str | None]:
        ents = [e for e in self.ann.entities if e.start < span.end and e.end > span.start]
        if head is not None:
            ents.sort(key=lambda e: (not (e.start <= head.idx < e.end), e.code is None, e.start))
        coded = [e for e in ents if e.code or e.name]
        is_pron = head is not None and head.lower_ in _PRONOUNS and head.pos_ == "PRON"
        if coded:
            e = coded[0]
            found = (e.code, e.sector, e.name)
            if not is_pron:
                self.last_named = found
            return found
        if is_pron:
            if head is not None and head.lower_ in ("he", "she", "they") and self.last_named:
                return self.last_named
            return (None, None, None)
        found = self._phrase(span)
        if found != (None, None, None):
            self.last_named = found
        return found

    def _phrase(self, span: Span) -> tuple[str | None, str | None, str | None]:
        if not self._phrase_ok or self.resources is None:
            return (None, None, None)
        try:
            module = importlib.import_module("eventwire.nlp.gazetteer")
            resolve_phrase: Callable[..., Any] | None = getattr(module, "resolve_phrase", None)
            gaz = self.resources.gazetteer if resolve_phrase is not None else None
        except ImportError:  # the gazetteer is not installed in this build: names stay unresolved
            resolve_phrase = None
        if resolve_phrase is None:
            self._phrase_ok = False
            return (None, None, None)
        context = self.ann.sentence_at(span.start).text if self.ann.sentences else None
        actor = resolve_phrase(span.text, gaz, date=self.ann.document.published, context=context)
        if actor is None:
            return (None, None, None)
        return (actor.code, actor.sector, actor.name)


def _hedges_in(sent: SpSpan, lo: int, hi: int) -> list[str]:
    """Hedge words/phrases of ``data/claims/hedges.tsv`` inside [lo, hi) of the sentence."""
    table = _data.hedges()
    found: list[str] = []
    for t in sent:
        if not (lo <= t.idx < hi):
            continue
        kind = table.get(t.lower_)
        if kind is None or (kind == "modal" and t.tag_ != "MD" and t.pos_ != "ADV"):
            continue
        if t.lower_ not in found:
            found.append(t.lower_)
    # slice the sentence's own text: Doc.text is rebuilt from every token on each access
    text = sent.text[max(lo, sent.start_char) - sent.start_char:min(hi, sent.end_char) - sent.start_char].lower()
    for phrase in table:
        if " " in phrase and re.search(rf"\b{re.escape(phrase)}\b", text) and phrase not in found:
            found.append(phrase)
    return found


def _source_tokens(src: Token, cue: Token) -> list[Token]:
    """The source phrase: its subtree without a clause that holds the cue, and without anything
    before a line break (a dateline or timestamp the parser attached)."""
    skip: set[int] = set()
    for c in src.children:
        if c.dep_ in ("relcl", "acl") and any(t.i == cue.i for t in c.subtree):
            skip |= {t.i for t in c.subtree}
    toks = [t for t in src.subtree if t.i not in skip]
    breaks = [t.i for t in toks if "\n" in t.text_with_ws and t.i < src.i]
    if breaks:
        toks = [t for t in toks if t.i > max(breaks)]
    return toks


def _make(ann: Annotated, sent: SpSpan, sidx: int, cue: list[Token], source_tok: Token | None,
          content: list[Token], resolve: _Resolver, kind: str) -> Attribution | None:
    cue_span = _span(ann, cue)
    content_span = _span(ann, content)
    if cue_span is None or content_span is None:
        return None
    source_span = _span(ann, _source_tokens(source_tok, cue[0])) if source_tok is not None else None
    code = sector = name = None
    if source_span is not None:
        code, sector, name = resolve(source_span, source_tok)
    lo = min(cue_span.start, content_span.start, source_span.start if source_span else cue_span.start)
    hi = max(cue_span.end, content_span.end)
    return Attribution(ann.document.doc_id, source_span, cue_span, content_span, code, sector, name,
                       _hedges_in(sent, lo, hi), sidx, kind)


def _according(tok: Token) -> tuple[list[Token], Token | None, list[Token]] | None:
    """"according to X": (cue tokens, source head, content tokens)."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:  # a misparse ("according to show insiders": "show" read as a verb)
        src = next((c for c in to.children if c.i > to.i and not c.is_punct), None)
    if src is None:
        return None
    head = tok.head if tok.head.i != tok.i else None
    content = _subtree_minus(head, tok) if head is not None else []
    return [tok, to], src, content


def _noun_cue(tok: Token) -> tuple[Token | None, list[Token]] | None:
    """"reports of X", "his claim that X", "a statement by Y that X": (source head, content)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _data.cues().nouns:
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _data.cues().verbs:
        return None  # "reports said ...": the verb carries it (and "reports said" is a hedge)
    source: Token | None = None
    content: list[Token] = []
    for c in tok.children:
        if c.dep_ == "poss":
            source = c
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and source is None:
            source = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ in ("of", "about", "on") and not content:
            # "reports of North Korea sending troops": the acl hangs on the cue noun, not on Korea
            content = [t for t in c.subtree if t.i != c.i]
            content += [t for a in tok.children if a.dep_ == "acl" and a.i > c.i for t in a.subtree]
        elif c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark"
                                                         for g in c.children):
            content = list(c.subtree)
    if not content:
        return None
    return source, content


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_COLON = re.compile(rf"(?m)^[\"“]?({_NAME}):[ \t]+(\S[^\n]*)")
_DASH = re.compile(rf"([\"“”][^\"“”\n]{{8,}}[\"”])\s*(―|—|–|--)\s*({_NAME})")  # typists open with ” too
#: "Name:" labels that are not speakers
_NOT_SPEAKERS = frozenset({"note", "photo", "source", "update", "updated", "related", "read", "watch", "editor",
                           "correction", "by", "posted", "published", "video", "image", "caption", "credit",
                           "subscribe", "advertisement", "share", "tags", "see", "also", "warning"})


def _char_tokens(ann: Annotated, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside [start, end)."""
    span = ann.doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


#: a capitalised label word more frequent than this (Zipf scale) is a rubric ("Analysis:"), not a name
_RUBRIC_ZIPF = 4.5


def _looks_like_speaker(ann: Annotated, toks: list[Token], name: str) -> bool:
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks) or name.isupper():
        return True
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(e.start < hi and e.end > lo and (e.code or e.name) for e in ann.entities):
        return True
    from wordfreq import zipf_frequency

    return all(zipf_frequency(t.lower_, "en") < _RUBRIC_ZIPF for t in toks if t.is_alpha)


def _punctuation_attributions(ann: Annotated, resolve: _Resolver) -> list[Attribution]:
    """"Name: what they said" (headlines, transcripts) and "“quote” ― Name" (letters, epigraphs)."""
    text = ann.document.text
    out: list[Attribution] = []
    found = [(m.start(1), m.end(1), m.start(0) + m.group(0).index(":", m.end(1) - m.start(0)),
              m.start(2), m.end(2)) for m in _COLON.finditer(text)
             if m.group(1).split()[0].lower().strip(".") not in _NOT_SPEAKERS and not any(
                 ch.isdigit() for ch in m.group(1))]
    found += [(m.start(3), m.end(3), m.start(2), m.start(1), m.end(1)) for m in _DASH.finditer(text)]
    for s_start, s_end, cue_at, c_start, c_end in found:
        toks = _char_tokens(ann, s_start, s_end)
        if not toks or not _looks_like_speaker(ann, toks, text[s_start:s_end]):
            continue
        cue_len = 2 if text.startswith("--", cue_at) else 1
        source = Span(text[s_start:s_end], s_start, s_end)
        code, sector, name = resolve(source, toks[-1])
        sidx = ann.sentence_at(cue_at).index if ann.sentences else None
        out.append(Attribution(ann.document.doc_id, source, Span(text[cue_at:cue_at + cue_len], cue_at,
                                                                 cue_at + cue_len),
                               Span(text[c_start:c_end], c_start, c_end), code, sector, name, [], sidx,
                               "punctuation"))
    return out


def extract_attributions(ann: Annotated, resources: Resources | None = None) -> list[Attribution]:
    """Every reported statement in ``ann``: source, cue and content spans, source actor, hedges.

    ``resources`` gives the gazetteer for sources no entity resolves; with None, such sources
    stay unresolved (code None).
    """
    cues = _data.cues()
    hedge_table = _data.hedges()
    resolve = _Resolver(ann, resources)
    out: list[Attribution] = []
    for sidx, sent in enumerate(ann.doc.sents):
        found: list[Attribution] = []
        in_according = {t.i for tok in sent for acc in [_according(tok)] if acc and acc[1] is not None
                        for t in acc[1].subtree}
        for tok in sent:
            rec: Attribution | None = None
            if tok.i in in_according:
                continue  # part of an "according to X" source
            acc = _according(tok)
            if acc is not None:
                cue, src, content = acc
                rec = _make(ann, sent, sidx, cue, src, content, resolve, "according")
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues.verbs:
                kind = cues.verbs[tok.lemma_.lower()]
                content = _content(tok, kind)
                src, _expletive = _subject(tok)
                if not content and kind == "speech":
                    content = _quote_near(ann, tok, src)
                if content:
                    explicit = any(c.dep_ in _SUBJ for c in tok.children)
                    if kind == "cognition" and (src is None or _passive(tok) or not explicit):
                        continue  # "soldiers ... and expected to join": someone else's expectation
                    if kind == "cognition" and src is not None and src.lower_ in ("i", "we", "you"):
                        continue  # "I think ..." inside a quotation: the quotation is the statement
                    if src is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                        continue  # "his intention to discuss ...": a plan, nobody says anything
                    cue = [tok, *[c for c in tok.children if c.dep_ == "prt"]]
                    if kind == "cognition" and any(c.dep_ == "xcomp" for c in tok.children) and not any(
                            c.dep_ == "ccomp" for c in tok.children):
                        kind = "intent"  # "X plans to ...": X's own intention, not a report
                    rec = _make(ann, sent, sidx, cue, src, content, resolve, kind)
            else:
                nc = _noun_cue(tok)
                if nc is not None:
                    rec = _make(ann, sent, sidx, [tok], nc[0], nc[1], resolve, "noun")
            if rec is not None:
                found.append(rec)
        for tok in sent:  # "reportedly"/"allegedly" with no attribution around: a sourceless one
            if hedge_table.get(tok.lower_) in ("report", "doubt") and tok.pos_ == "ADV" and not any(
                    (a.content and a.content.start <= tok.idx < a.content.end) or a.cue.start == tok.idx
                    for a in found):
                head = tok.head
                rec = _make(ann, sent, sidx, [tok], None, _subtree_minus(head, tok), resolve, "hedge")
                if rec is not None:
                    rec.hedges = sorted({*rec.hedges, tok.lower_})
                    found.append(rec)
        out.extend(found)
    taken = {(a.cue.start, a.cue.end) for a in out}
    out += [a for a in _punctuation_attributions(ann, resolve) if (a.cue.start, a.cue.end) not in taken]
    out.sort(key=lambda a: (a.cue.start, a.cue.end))
    return out
