"""Attribution: who (source) says (cue) what (content), from the dependency parse.

Contract: reads an :class:`~eventwire.nlp.types.Annotated` (spaCy parse, resolved entities),
returns :class:`~eventwire.model.Attribution` records, in text order. The cues and their kinds
come from ``data/claims/cues.tsv`` (the table the event coder reads too). Forms covered:

- a cue verb with a clausal complement: indirect speech ("X said that ...", "X claimed ..."; also
  where the parser hung the clause on the verb as an adverbial: "said after the vote he would
  resign"), direct speech ("“...,” he said", resumed after the attribution: "“...,” he said.
  “...”"), cognition verbs with a that-clause ("X believes that ..."); a speech verb with an
  object ("X denied the report") or with the phrase it is about ("responded to the complaints");
- a speech verb and its subject set off by commas ("..., experts say.", "The rules, he said,
  ..."; "As X noted, ..."); a second speech verb coordinated inside the first one's content is a
  statement of its own ("said that A and suggested that B");
- stances (kind "attitude": "X condemned the attack", "X backs the plan"): attributions in the
  sense of PolNeAR, never the source of a claim's figure;
- "according to X, ...": source X, content the clause it modifies; "in a poll ...", "in his view";
- "seems", "appears" (kind "evidential"): the clause is the content, the source is the one it
  seems so to ("to me"), else None;
- cue nouns: "reports of ...", "X's claim that ...", "a statement by X that ...";
- hedge adverbs with no source ("North Korea has reportedly sent ...": source None, cue
  "reportedly");
- punctuation: "Name: what they said", "“quote” ― Name", a colon before a quotation ("Warren to
  the bank's chief: ‘...’").

Content that follows its cue stays in the cue's sentence, even where the parser ran two together.
``Attribution.kind`` names the form: speech, attitude, cognition, evidential, intent ("X plans to
..." is X's own intention, not a report), according, noun, hedge, punctuation.

Nesting falls out of spans: "According to Yonhap, Borrell said ..." gives two attributions,
the outer (Yonhap) with content covering the inner one. The source is resolved to an actor from
the entities overlapping it, the PRON resolution for pronouns (else the latest earlier named
source), and else ``eventwire.nlp.gazetteer.resolve_phrase``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import Attribution, Span
from . import _data
from ._punctuation import char_tokens, punctuation_attributions

if TYPE_CHECKING:
    from spacy.tokens import Span as SpSpan
    from spacy.tokens import Token

    from ..nlp.types import Annotated
    from ..resources import Resources

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = ("ccomp", "xcomp")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
_QUOTES = "\"“”'‘’«»"
#: verbs of response, whose "to", "with" or "by" phrase is what they answer or answer with
_RESPONSES = frozenset({"respond", "reply", "react", "answer", "retort"})
#: verbs whose prepositional phrase is what they say: pointing and referring to, asking and pressing
#: for, arguing for or against, railing against
_PREP_CONTENT: dict[str, tuple[str, ...]] = {
    "point": ("to", "at"), "refer": ("to",), "allude": ("to",), "ask": ("for",), "press": ("for",),
    "appeal": ("for",), "plead": ("for",), "argue": ("for", "against"), "rail": ("against",),
    "campaign": ("for", "against"), "advocate": ("for",), "speak": ("against", "out"),
}
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
        if b_end == left and close in ('"', "''"):
            break  # a straight quote glued to the next word opens a quotation ('. "I will ...')
        if before.endswith(close) or before.endswith(close + ",") or before.endswith(close.replace("”", ",”")):
            end = b_end - len(close)
            window = text[max(0, end - 1500):end]
            opens = [window.rfind(o) for o in _OPEN if o != close or o in ("\"", "''")]
            start = max(opens)
            if start >= 0:
                s0 = max(0, end - 1500) + start
                return char_tokens(ann, s0, b_end)
    right_tok = max([verb, *([source.right_edge] if source is not None and source.i > verb.i else [])],
                    key=lambda t: t.i)
    r = right_tok.idx + len(right_tok.text)
    m = re.match(r"^[ \t]*[,:]?[ \t\n]*(“|\"|``|'')", text[r:r + 8])
    if m:
        s0 = r + m.start(1)
        close_at = min([i for i in (text.find(c, s0 + len(m.group(1))) for c in _CLOSE) if i > 0] or [-1])
        if close_at > 0 and close_at - s0 < 3000:
            return char_tokens(ann, s0, close_at + 1)
    return []


def _continued_quote(ann: Annotated, verb: Token) -> list[Token]:
    """'“...,” she said. “...”': a quotation that resumes right after the sentence of its speech
    verb, in the same paragraph, is the same speaker's (the journalistic convention for a quote
    split by its attribution)."""
    text = ann.document.text
    end = verb.sent.end_char
    m = re.match(r"[ \t]*(“|\"|``|'')", text[end:end + 8])
    if m is None or not text[end - 1:end].strip() or text[verb.idx:end].count("\n"):
        return []
    s0 = end + m.start(1)
    close = [i for i in (text.find(c, s0 + len(m.group(1))) for c in _CLOSE) if i > 0]
    nl = text.find("\n", s0)
    if not close or min(close) - s0 > 1500 or (0 < nl < min(close)):
        return []
    return char_tokens(ann, s0, min(close) + 1)


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
    if _coordinated_cue(verb) and head.dep_ == "ccomp" and head.head.lemma_.lower() in _data.cues().verbs:
        return _subject(head.head)  # "X said that A ... and suggested that B": X suggested
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() not in ("promise", "vow", "pledge"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj, False  # object control: "led the journalist to fear ...", "urged them to say"
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    if verb.dep_ == "pcomp" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBG", "VBN", "VBZ",
                                                                                          "VBD", "VBP"):
        return head, False  # "tweets saying", "a letter that says"; not "his intention to discuss"
    return None, False


def _inside_quotation(ann: Annotated, tok: Token) -> bool:
    """``tok`` stands inside quotation marks opened earlier in its paragraph."""
    text = ann.document.text
    para = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    opened = para.count("“") > para.count("”")
    return opened or para.count('"') % 2 == 1 or para.count("''") % 2 == 1


def _evidential(verb: Token) -> tuple[Token | None, list[Token]] | None:
    """"X seems to have left", "it appears that ...", "nothing seems credible to me": a judgement of
    how things look, whose content is the whole clause; its source is the one it seems so to ("to
    me"), else nobody named (the writer). (source head, content) or None."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acomp", "oprd", "attr")]
    if not comps or _passive(verb) or not any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in verb.children):
        return None  # not a clause of its own: "makes him seem kinder", "appearing to ..."
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    src = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    subj = [c for c in verb.children if c.dep_ in _SUBJ and c.lower_ != "it"]
    content = [t for c in [*subj, *comps] for t in c.subtree]
    return src, content


def _one_sentence(cue: Token, content: list[Token]) -> list[Token]:
    """Content after the cue ends with the cue's sentence, where the parser ran two together ("...,
    said Hester. Michael Mulgrew said ..."): a period of its own, then a capitalised word."""
    doc = cue.doc
    later = sorted(t.i for t in content if t.i > cue.i)
    if not later:
        return content
    for i in range(cue.i + 1, later[-1]):
        if doc[i].text in (".", "!", "?"):
            j = i + 1
            while j < len(doc) and (doc[j].is_space or doc[j].text in _CLOSING):
                j += 1
            if j < len(doc) and doc[j].text[:1].isupper():
                return [t for t in content if t.i < i]
    return content


def _verb_like(tok: Token) -> bool:
    """A verb, or a verb the tagger took for a noun ("the doctor maintains.", "the campaign plans
    to ..."): a "noun" with a subject or a clausal complement of its own."""
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NN") and any(
        c.dep_ in ("nsubj", "ccomp", "xcomp") for c in tok.children))


def _coordinated_cue(t: Token) -> bool:
    """A speech or cognition verb the parser coordinated inside another statement's content
    ("X said that A and suggested that B"): no subject of its own, a clause of its own."""
    return t.dep_ == "conj" and t.pos_ == "VERB" and _data.cues().verbs.get(t.lemma_.lower()) in (
        "speech", "cognition") and not any(c.dep_ in _SUBJ for c in t.children) and any(
        c.dep_ == "ccomp" for c in t.children)


def _misparsed_complement(c: Token) -> bool:
    """A finite clause the parser hung on the verb as an adverbial ("said after the vote he would
    resign", "wrote on Monday that ..."): it has its own subject and no subordinator but "that"."""
    if c.dep_ != "advcl" or c.tag_ in ("VBG", "VBN") or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
        return False
    return all(g.lower_ == "that" for g in c.children if g.dep_ == "mark") and not any(
        g.dep_ == "advmod" and g.tag_ in ("WRB",) for g in c.children)


def _content(verb: Token, kind: str, intent: bool = False) -> list[Token]:
    """The content tokens of a cue verb of ``kind`` (speech, attitude or cognition; ``intent``: a
    verb of wanting or planning, whose infinitive complement is the content)."""
    comps = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    if kind == "cognition" and not intent:
        comps = [c for c in comps if c.dep_ == "ccomp"]
    if not comps and kind in ("speech", "cognition"):
        comps = [c for c in verb.children if _misparsed_complement(c) and c.i > verb.i]
    said = kind in ("speech", "attitude")  # an object or a prepositional phrase may be the content
    if comps:
        out: list[Token] = []
        for c in comps:
            out.extend(c.subtree)
        cut = {t.i for c in comps for t in c.subtree if t.i != c.i and _coordinated_cue(t)
               and t.head.i == c.i}
        if cut:  # "said that A and suggested that B": the second statement is a statement of its own
            first = min(cut)
            out = [t for t in out if t.i < first]
            while out and max(out, key=lambda t: t.i).dep_ in ("cc", "punct"):
                out.remove(max(out, key=lambda t: t.i))
        return out
    if verb.dep_ == "parataxis" and kind == "speech":  # "The war goes on, he said."; "The rules, he said, ..."
        return _subtree_minus(verb.head, verb)
    if said and verb.lemma_.lower() not in _OBJECT_NOT_CONTENT:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if objs:
            return list(objs[0].subtree)
    if said and any(c.dep_ == "agent" for c in verb.children):  # "was first reported by X"
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return list(passive[0].subtree)
    if said:
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ == "prep" and (c.lower_ in ("about", "of", "on", "over")
                                     or (c.lower_ == "for" and lemma == "call")
                                     or (c.lower_ in ("to", "with", "by") and lemma in _RESPONSES)
                                     or c.lower_ in _PREP_CONTENT.get(lemma, ())):
                return list(c.subtree)
    if said and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _subtree_minus(verb.head, verb)  # "As experts have pointed out, X is free to ...": X
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
    content = _within_quotation(ann, cue, content)
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


_CLOSING = ("”", '"', "''")


def _within_quotation(ann: Annotated, cue: list[Token], content: list[Token]) -> list[Token]:
    """Content after the cue stops where a quotation closes a sentence and a new one begins
    ('..., she wrote, "... benefits."  About 9.9 million ...'): what follows is the writer's again,
    even where the parser ran the two sentences together."""
    after = max(t.i for t in cue)
    doc = cue[0].doc

    def starts_sentence(i: int) -> bool:
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i < len(doc) and doc[i].text[:1].isupper()

    ends = [t.i for t in content if t.i > after and t.text in _CLOSING and t.i + 1 < len(doc)
            and (t.whitespace_ or doc[t.i + 1].is_space) and t.nbor(-1).text in (".", "!", "?")
            and starts_sentence(t.i + 1)]
    if not ends:
        return content
    stop = min(ends)
    return [t for t in content if t.i <= stop or t.i < after]


def _according(tok: Token) -> tuple[list[Token], Token | None, list[Token]] | None:
    """"according to X" (a two-word prep cue of ``cues.tsv``): (cue tokens, source head, content tokens)."""
    second = _prep_cues().get(tok.lower_)
    if second is None:
        return None
    to = next((c for c in tok.children if c.lower_ == second), None)
    if to is None:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == second else None
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:  # a misparse ("according to show insiders": "show" read as a verb)
        src = next((c for c in to.children if c.i > to.i and not c.is_punct), None)
    if src is None:
        return None
    head = tok.head if tok.head.i != tok.i else None
    content = _subtree_minus(head, tok) if head is not None else []
    if not content:  # parsed as a sentence of its own ("According to X, the move ..."): the rest of it
        taken = {tok.i, to.i, *(t.i for t in src.subtree)}
        content = [t for t in tok.sent if t.i not in taken and not t.is_space]
    return [tok, to], src, content


def _in_source(tok: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """"In a poll released Monday, X leads", "safe in his eyes": "in" before a noun that names where
    a statement was made or whose view it is (kind ``in_source`` of ``cues.tsv``): (cue, source
    head, content: the clause it modifies). Not when that clause's verb is a cue of its own
    ("said in a statement that ...")."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _data.cues().in_sources:
        return None
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX", "ADJ") or head.lemma_.lower() in _data.cues().verbs:
        return None
    return [tok], obj, _subtree_minus(head, tok)


_ADVERBIAL = ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod", "nummod")


def _leading_content(verb: Token, src: Token | None) -> list[Token]:
    """A speech verb and its subject set off by commas report the rest of the sentence: at its end
    ("Language is unclear on single mothers, experts say.") or inside it ("These employees, Stumpf
    explained earlier, were well paid.")."""
    if src is None or src.i > verb.i:
        return []
    doc, sent = verb.doc, verb.sent
    first = src.left_edge.i
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return []
    after = verb.i + 1
    while after < sent.end and (doc[after].is_space or (doc[after].dep_ in _ADVERBIAL and doc[after].text != ",")):
        after += 1
    rest = [t for t in doc[after:sent.end] if not (t.is_punct or t.is_space)]
    if rest and doc[after].text != ",":
        return []
    return [t for t in [*doc[sent.start:first - 1], *doc[after + 1:sent.end]] if not t.is_space]


def _prep_cues() -> dict[str, str]:
    """first word -> second word of each two-word prep cue ("according" -> "to"); built once per
    cue table (this is asked for every token)."""
    return _prep_cue_map(_data.cues().preps)


@lru_cache(maxsize=4)
def _prep_cue_map(preps: frozenset[str]) -> dict[str, str]:
    return {w[0]: w[1] for w in (p.split() for p in preps) if len(w) == 2}


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
            acc = _according(tok) or _in_source(tok)
            if acc is not None:
                cue, src, content = acc
                rec = _make(ann, sent, sidx, cue, src, content, resolve, "according")
            elif _verb_like(tok) and tok.lemma_.lower() in cues.verbs:
                listed = cues.verbs[tok.lemma_.lower()]
                if listed == "evidential":
                    ev = _evidential(tok)
                    if ev is not None:
                        rec = _make(ann, sent, sidx, [tok], ev[0], ev[1], resolve, "evidential")
                        if rec is not None:
                            found.append(rec)
                    continue
                kind = "cognition" if listed == "intent" else listed
                content = _one_sentence(tok, _content(tok, kind, intent=listed == "intent"))
                src, _expletive = _subject(tok)
                if not content and kind == "speech":
                    content = _quote_near(ann, tok, src) or _leading_content(tok, src)
                last = max(content, key=lambda t: t.i) if content else None
                if kind == "speech" and last is not None and last.i < tok.i and any(
                        q in ann.document.text[last.idx:tok.idx] for q in _CLOSE):
                    content = content + _continued_quote(ann, tok)  # '“...,” she said. “...”'
                if content:
                    explicit = any(c.dep_ in _SUBJ for c in tok.children)
                    if kind == "cognition" and (src is None or _passive(tok) or not explicit):
                        continue  # "soldiers ... and expected to join": someone else's expectation
                    if src is not None and src.lower_ in ("i", "we", "you") and _inside_quotation(ann, tok):
                        continue  # "I think ...", "we told them" inside a quotation: the quotation is the statement
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
    out += [a for a in punctuation_attributions(ann, resolve) if (a.cue.start, a.cue.end) not in taken]
    out.sort(key=lambda a: (a.cue.start, a.cue.end))
    return out
