"""Repair of line breaks that scraping put inside paragraphs.

Runs on text whose paragraphs are separated by blank lines or by single newlines (after
``normalize_spaces``). Each single newline inside a block (a run of lines between blank lines) is
a *break*, classified from the document itself:

1. **Kept** (a real line break) when the next line opens a list item, a URL or an e-mail address;
   when the block looks like a list (four or more lines of at most ``LIST_LINE`` characters, none
   ending in a function word or a comma); or when the break is *hard-looking* (the next line starts
   with a capital, digit or quote, the previous line does not end in a function word, comma or
   hyphen, and the document never writes the two words around it side by side) and the text uses
   such breaks as structure: it separates paragraphs with single newlines, or most of its breaks
   (three or more) or most of the block's (two or more) are hard-looking, or a line of the block
   ends with a colon. A line that leaves a parenthesis or a curly quotation open does not end on
   purpose, nor does a number broken in two ("19|78’s"). Four kinds of evidence overrule "kept",
   each read from the block itself: in a *table* whose rows start with a few repeated words
   (``_row_heads``: "CB Denzel Ward ...", "CB Greedy Williams ..."), a line that starts otherwise
   is the rest of the row above; in a list whose lines start otherwise, a line starting with a
   known lowercase word goes on the item above ("Seventh|appearance"); outside a list (or
   anywhere in a document that does not use line structure), a run of capitalised words going on
   across the break after a line of prose is a *name* broken in two ("... said White House
   Press|Secretary"), and a long line that stops on a lowercase word, where the block's other
   lines do not, is an *unfinished* sentence ("... designed by the acclaimed|London-based").
2. Otherwise it is *soft*: the two lines belong to one paragraph, and the break becomes nothing
   (a word broken in two: "sta|ted" → "stated"), a space ("to|discuss" → "to discuss"), or, after a
   hyphen, the hyphen kept or dropped ("well-|known", "gov-|ernment").

A **hard-wrapped** document (most broken lines nearly as long as the longest: a mail client or PDF
export wrapped it, see ``_wrap_width``) is read differently: a break is a wrap unless the next
line's first word would have fitted on the line, which means the line ended on purpose.

Join or space is decided by evidence, in this order: the document (the joined word, or the two
pieces side by side with a space, elsewhere in the text), then the shape of the pieces (a capital
after a lowercase piece starts a new word; digits join digits), then, for English text only
(``language.detect_language``; elsewhere a break without evidence is a space), word frequencies: with zipf
frequencies (log10 per billion words) z, joining wins when ``z(joined) > z(a) + z(b) - 9``,
i.e. when the joined word is likelier than the two pieces as independent words. Zipf lookups are
cached.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ._edits import Edit, StepResult, apply_edits
from ._evidence import TAIL, Evidence, zipf

#: zipf value for a joined form that wordfreq does not know (it is very unlikely to be a word)
OOV_JOINED = -3.5
#: zipf value for a piece that wordfreq does not know (rare names are still words)
OOV_PIECE = 1.5
#: a piece seen as a word elsewhere in the document counts as at least this frequent
SEEN_PIECE = 3.0
#: two pieces this frequent whose concatenation is rarer than JOINED_RARE are two words (web text
#: glues words into hashtags and handles, so wordfreq knows "vicepresident"; it is not a word)
COMMON_PIECE = 3.5
JOINED_RARE = 2.5
#: a join this much likelier than the space (in zipf units) is taken even at a line break that
#: otherwise looks deliberate (in a list, or before a capital in a structured document)
STRONG_MARGIN = 3.0
#: hard-wrapped documents (see _wrap_width): at least this many broken lines, the wrap width within
#: these bounds, and this share of broken lines within WRAP_BAND characters of it
MIN_WRAPPED_LINES = 6
WRAP_MIN, WRAP_MAX = 40, 160
WRAP_BAND = 25
WRAP_SLACK = 3
WRAPPED_SHARE = 0.7
#: rounds of decisions in the line-break step (see repair_linebreaks_step)
MAX_ROUNDS = 3
#: a word at least this frequent is known English ("they’re" for "they’r|e")
KNOWN_WORD = 3.0
#: a line-end hyphen between two pieces that glue into a word this frequent is dropped
COMMON_JOINED = 4.0
#: lines of a list are at most this long
LIST_LINE = 60
#: a table (see _row_heads) has at least this many lines, and this share of them start with a row's
#: first word
ROW_LINES = 4
ROW_SHARE = 0.7
#: a lowercase word at least this frequent at a line end is a function word ("to", "of", "the")
FUNCTION_ZIPF = 6.0

_TRAIL = re.compile(r"[^\W_]+$")
_TRAIL_CLITIC = re.compile(r"[^\W_]+['’][^\W_]+$")
_LEAD = re.compile(r"^[^\W_]+")
_MARKER = re.compile(r"^(?:[-*•·▪●◦–—]\s|\d{1,3}[.)]\s|\(?[a-z0-9]{1,2}\)\s|https?://|www\.)")
_ADDRESS = re.compile(r"(?:[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.)")
_CLOSING = ",.;:!?)]}’”%"
_OPENING = "([{“‘/"
_TERMINAL = ".!?:;\"”’)]"
_ORDINAL = frozenset({"st", "nd", "rd", "th", "s"})
#: brackets and quotation marks that a line left open continues on the next line
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})


def _is_function_word(word: str, ev: Evidence) -> bool:
    """A very frequent word, lowercase or capitalised ("to", "On"; not an acronym, "US") that the
    document never puts before a full stop or other clause end ("use it." lets "it" end a
    line; "the" and "to" never end one)."""
    return (
        (word.islower() or word.istitle())
        and zipf(word.lower()) >= FUNCTION_ZIPF
        and not ev.ends_clause(word.lower())
    )


def _soft_end(prev: str, ev: Evidence) -> bool:
    """The previous line cannot end a paragraph or list item: comma, hyphen, function word, or a
    parenthesis or curly double quotation still open ("“Easy redemption. Good price.|And ...”")..."""
    last = prev[-1]
    if last in ",-(“‘/&+":
        return True
    tail = prev[-200:]
    if any(tail.count(a) > tail.count(b) for a, b in _PAIRS):
        return True
    m = _TRAIL.search(prev[-TAIL:])
    return m is not None and _is_function_word(m.group(), ev)


def _hard_looking(prev: str, nxt: str, ev: Evidence) -> bool:
    """The break may be deliberate: a capital, digit or quote follows, and the line before could
    end there. Not when the document writes the two words around it side by side elsewhere
    ("Brock|Nelson" where "Brock Nelson" appears again)."""
    first = nxt[0]
    if first.isdigit() and prev[-1].isdigit():
        return False  # a number broken in two ("in 19|78", "the M1|0 chip")
    if first in "\"“‘'":
        first = nxt[1:2] or first  # a quotation starts with a capital too
    if not (first.isupper() or first.isdigit() or first in "\"“‘'") or _soft_end(prev, ev):
        return False
    a = _TRAIL.search(prev[-TAIL:])
    b = _LEAD.match(nxt)
    return a is None or b is None or not ev.spaced(a.group().lower(), b.group().lower())


def _name_continues(prev: str, nxt: str, ev: Evidence) -> bool:
    """A line of prose (a lowercase word among its last few) ends in a capitalised word, and the
    next line starts with one that is no frequent word opening a sentence ("The", "With"): a run
    of capitalised words, a name or title, goes on across the break."""
    a = _TRAIL.search(prev[-TAIL:])
    b = _LEAD.match(nxt)
    if a is None or b is None or not (a.group().istitle() and b.group().istitle()):
        return False
    if _is_function_word(a.group(), ev) or zipf(b.group().lower()) >= FUNCTION_ZIPF:
        return False
    return any(w.islower() for w in prev[-TAIL:].split()[:-1])


def _unfinished(plan: _BlockPlan, i: int) -> bool:
    """Line ``i`` of a block that is no list is a long line stopping on a lowercase word: it stops
    mid-sentence ("... designed by the acclaimed|London-based designer"). Not when another line of
    the block ends so before a hard-looking break: that is the block's style (items without
    punctuation)."""
    line = plan.lines[i]
    if len(line) <= LIST_LINE or not line[-1].islower():
        return False
    return not any(hard and plan.lines[j][-1].islower() for j, hard in enumerate(plan.hard) if j != i)


def _continues_item(lines: list[str], k: int) -> bool:
    """Line ``k`` of a list starts with a known lowercase English word ("appearance", not "watchOS"
    or "corso") where all the list's other lines start otherwise: it goes on the item above."""
    m = _LEAD.match(lines[k])
    if m is None or not m.group().islower() or zipf(m.group()) < KNOWN_WORD:
        return False
    return not any(line[0].islower() for j, line in enumerate(lines) if j != k)


def _list_like(lines: list[str], ev: Evidence) -> bool:
    if len(lines) < 4 or any(len(line) > LIST_LINE for line in lines):
        return False
    for prev, nxt in itertools.pairwise(lines):
        if _soft_end(prev, ev):
            return False
        m = _LEAD.match(nxt)
        if m is not None and _is_function_word(m.group(), ev):
            return False
    return True


def _row_heads(lines: list[str]) -> frozenset[str] | None:
    """The first words of a table's rows, or None when ``lines`` are no such table: at least
    ROW_LINES lines, ROW_SHARE of them after the first (it may be the table's header) starting
    with a word that starts another line too ("CB Denzel Ward 74 100%", "CB Greedy Williams 73
    99%"; "June 23 – ...", "June 24 – ..."). Numbers do not count: lists of quantities or
    features start with different ones ("1 tsp nutmeg", "6 tbsp pectin"; "12-megapixel camera")."""
    if len(lines) < ROW_LINES:
        return None
    counts = Counter(_row_head(line) for line in lines)
    heads = frozenset(w for w, n in counts.items() if n > 1 and w[0].isalpha())
    if sum(_row_head(line) in heads for line in lines[1:]) < ROW_SHARE * (len(lines) - 1):
        return None
    return heads


def _row_head(line: str) -> str:
    return line.split(" ", 1)[0]


def _word_zipf(piece: str) -> float:
    """zipf of a piece as a word; a lone letter other than "a" and "i" is a fragment (0.0),
    whatever wordfreq counts for it."""
    return zipf(piece) if len(piece) > 1 or piece in "ai" else 0.0


def _piece_zipf(piece: str, ev: Evidence) -> float:
    z = _word_zipf(piece) or OOV_PIECE
    return max(z, SEEN_PIECE) if ev.words[piece] else z


def decide_words(a: str, b: str, ev: Evidence) -> tuple[str, bool]:
    """(" " or "", strong) between word piece ``a`` (end of a line) and ``b`` (start of the next).
    ``strong`` marks a join that the evidence makes near certain ("sta|ted", "Bor|rell")."""
    al, bl = a.lower(), b.lower()
    joined = al + bl
    if b[0].isupper() and not a.isupper() and not ev.exact(a + b):
        return " ", False  # a capital inside a word is rare (McDonald); it mostly starts a new word
    seen_joined, seen_spaced = ev.words[joined] > 0, ev.spaced(al, bl)
    if seen_joined != seen_spaced:
        return ("", True) if seen_joined else (" ", False)
    a_digit, b_digit = a.isdigit(), b.isdigit()
    if a_digit and b[0].isdigit():
        return "", False  # a number broken in two ("1|200", "5|12GB")
    if a_digit or b_digit:
        if a_digit and bl in _ORDINAL:
            return "", False
        return " ", False
    if not (a.isalpha() and b.isalpha()):
        return " ", False  # mixed letters and digits: too little to go on
    if b[0].isupper() and not (a.isupper() and b.isupper()):
        return " ", False  # a capital inside a word is rare (McDonald); it mostly starts a new word
    if len(a) > 1 and a.isupper() and not b.isupper():
        return " ", False  # an acronym, then a lowercase word
    if not ev.english:
        return " ", False  # no frequencies for this language: only the document could say "join"
    margin = join_margin(al, bl, ev)
    return ("", margin >= STRONG_MARGIN) if margin > 0 else (" ", False)


def join_margin(al: str, bl: str, ev: Evidence) -> float:
    """How much likelier (zipf units) the lowercase pieces ``al|bl`` are one word than two."""
    joined = al + bl
    zj = zipf(joined) or OOV_JOINED
    if zj < JOINED_RARE and min(_word_zipf(al), _word_zipf(bl)) >= COMMON_PIECE:
        return -1.0
    return zj - (_piece_zipf(al, ev) + _piece_zipf(bl, ev) - 9.0)


def decide_hyphen(a: str, b: str, ev: Evidence) -> bool:
    """True when the hyphen at the end of ``a-`` should be dropped: "gov-|ernment" → "government"."""
    al, bl = a.lower(), b.lower()
    joined = al + bl
    if ev.hyphened(al, bl):
        return False
    if ev.words[joined]:
        return True
    if not (a.isalpha() and b.isalpha()) or b[0].isupper() or not ev.english:
        return False
    zj = zipf(joined)
    za, zb = zipf(al), zipf(bl)
    # drop when the joined word is known and a piece is a mere fragment ("gov-|ernment"), or when
    # the joined word is common ("kill-|ed", "re-|ports"); compounds of two words glue into rare
    # strings ("well-|known": "wellknown" is no word) and keep their hyphen
    return (zj >= 2.5 and min(za, zb) < 3.0 and zj > za + zb - 9.0) or zj >= COMMON_JOINED


def _soft_replacement(prev: str, nxt: str, ev: Evidence) -> tuple[int, str]:
    """How a soft break is repaired: (characters of ``prev`` to replace too, replacement)."""
    last, first = prev[-1], nxt[0]
    if first in _CLOSING and not nxt.startswith("..."):
        return 0, ""
    if last in _OPENING:
        return 0, ""
    if last == "-" and len(prev) > 1 and prev[-2].isalnum() and first.isalnum():
        a = _TRAIL.search(prev[-TAIL:-1])
        b = _LEAD.match(nxt)
        if a is not None and b is not None and decide_hyphen(a.group(), b.group(), ev):
            return 1, ""
        return 0, ""
    if last in "—–" and len(prev) > 1 and prev[-2] != " ":
        return 0, ""
    a = _TRAIL.search(prev[-TAIL:])
    b = _LEAD.match(nxt)
    if a is None or b is None:
        return 0, " "  # punctuation at the break
    clitic = _TRAIL_CLITIC.search(prev[-TAIL:])
    if clitic is not None:
        # "Beijing's|diktats" is two words; "they’r|e" is one broken contraction
        if a.group().lower() in _CLITICS:
            return 0, " "
        return 0, "" if zipf((clitic.group() + b.group()).lower()) >= KNOWN_WORD else " "
    return 0, decide_words(a.group(), b.group(), ev)[0]


def _strong_join(prev: str, nxt: str, ev: Evidence) -> bool:
    if not (prev[-1].isalnum() and nxt[0].isalnum()) or _TRAIL_CLITIC.search(prev[-TAIL:]):
        return False
    a = _TRAIL.search(prev[-TAIL:])
    b = _LEAD.match(nxt)
    return a is not None and b is not None and decide_words(a.group(), b.group(), ev)[1]


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blocks of consecutive non-blank lines, each a list of (start, end) line spans."""
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            cur.append((start, end))
        elif cur:
            blocks.append(cur)
            cur = []
        start = end + 1
    if cur:
        blocks.append(cur)
    return blocks


@dataclass
class _BlockPlan:
    """A block's lines after its strong joins (``strong``: their newline offsets), and the
    remaining breaks: ``breaks[i]`` is the newline between ``lines[i]`` and ``lines[i + 1]``."""

    lines: list[str]
    strong: list[int]
    breaks: list[int]
    hard: list[bool]


def _plan_block(text: str, spans: list[tuple[int, int]], ev: Evidence) -> _BlockPlan:
    lines = [text[spans[0][0]:spans[0][1]]]
    strong: list[int] = []
    breaks: list[int] = []
    for (start, end), (s, e) in itertools.pairwise(spans):
        nxt = text[s:e]
        if _strong_join(text[max(start, end - TAIL):end], nxt, ev) and not _MARKER.match(nxt):
            strong.append(end)
            lines[-1] += nxt
        else:
            breaks.append(end)
            lines.append(nxt)
    hard = [_hard_looking(p, n, ev) for p, n in itertools.pairwise(lines)]
    return _BlockPlan(lines, strong, breaks, hard)


def repair_linebreaks_step(text: str) -> StepResult:
    """Repair the soft breaks of ``text``. Decisions depend on the lines around a break, which a
    repair changes, so the decision runs again on its own output until nothing changes (at most
    :data:`MAX_ROUNDS` rounds; usually one): the step is idempotent, and its Repairs are mapped back
    to offsets in ``text``."""
    if "\n" not in text:
        return StepResult(text, [], {})
    cur = text
    applied: list[Edit] = []  # in offsets of ``text``, sorted
    for _ in range(MAX_ROUNDS):
        edits, wrapped = _decide(cur)
        if not edits:
            break
        cur = apply_edits(cur, edits, "repair_linebreaks")[0]
        applied = sorted(applied + [_to_original(e, applied) for e in edits])
        if wrapped:
            break  # unwrapping used the line lengths, which the next round no longer sees
    new, repairs = apply_edits(text, applied, "repair_linebreaks")
    return StepResult(new, repairs, {})


def _to_original(e: Edit, applied: list[Edit]) -> Edit:
    """``e`` (offsets in the text after ``applied``) in offsets of the text before them."""
    delta = 0
    for a in applied:
        if e.start >= a.start - delta + len(a.after):
            delta += (a.end - a.start) - len(a.after)
        else:
            break
    return Edit(e.start + delta, e.end + delta, e.after, e.kind)


def _decide(text: str) -> tuple[list[Edit], bool]:
    """The edits of one round, and whether the text was read as hard-wrapped."""
    blocks = _blocks(text)
    breaks = {spans[i][1] for spans in blocks for i in range(len(spans) - 1)}
    if not breaks:
        return [], False
    paragraphs_by_blank_line = len(blocks) > 1
    ev = Evidence(text, breaks)
    edits: list[Edit] = []
    plans = [_plan_block(text, spans, ev) for spans in blocks if len(spans) > 1]
    n_hard = sum(sum(p.hard) for p in plans)
    n_soft = sum(len(p.strong) + len(p.hard) - sum(p.hard) for p in plans)
    # a document whose line breaks mostly look deliberate uses them as structure
    structured = not paragraphs_by_blank_line or (n_hard >= 3 and n_hard >= n_soft)
    width = _wrap_width([e - s for spans in blocks for s, e in spans[:-1]])
    if width is not None and n_soft >= n_hard:  # wrapped prose breaks mostly mid-sentence
        return _decide_wrapped(text, blocks, width, ev), True
    for plan in plans:
        for pos in plan.strong:
            edits.append(Edit(pos, pos + 1, "", "line_join"))
        listed = _list_like(plan.lines, ev)
        heads = _row_heads(plan.lines)
        n_block_hard = sum(plan.hard)
        n_block_soft = len(plan.strong) + len(plan.hard) - n_block_hard
        # a block whose breaks mostly look deliberate is a list; one mostly broken mid-sentence is
        # a wrapped paragraph, whose capitalised lines are wrapped too
        block_list = n_block_hard >= 2 and n_block_hard >= n_block_soft
        keep_hard = structured or block_list or any(p[-1] == ":" for p in plan.lines[:-1])
        for i, pos in enumerate(plan.breaks):
            prev, nxt = plan.lines[i], plan.lines[i + 1]
            if _MARKER.match(nxt) and (_MARKER.match(prev) or prev[-1] in _TERMINAL):
                continue
            # in a table whose rows start with a few repeated words, a line that starts otherwise
            # is the rest of the row above ("DL Sheldon|Richardson 49 66%", "@ Xfinity|Center")
            continues_row = heads is not None and _row_head(nxt) not in heads
            # in prose, a name broken in two is no list ("... said White House Press|Secretary"),
            # nor the end of a paragraph in a document of one-line paragraphs ("... staying ahead
            # of Adarius|Taylor on the depth chart"); in a list or table it may be both
            starts_row = heads is not None and _row_head(nxt) in heads
            broken_name = (not structured or not block_list) and not starts_row and _name_continues(prev, nxt, ev)
            # a block counts as a list from its own breaks only in a document that uses line
            # structure; in prose, a list-looking block's unfinished line is still unfinished
            soft = broken_name or ((not structured or not block_list) and _unfinished(plan, i))
            # in a list whose lines all start otherwise, a line starting with a lowercase word goes
            # on the item above ("Czech Republic (Group A): Seventh|appearance")
            goes_on = continues_row or (listed and _continues_item(plan.lines, i + 1))
            if (listed or (plan.hard[i] and keep_hard and not soft)) and not goes_on:
                continue
            if _ADDRESS.match(nxt) and not _soft_end(prev, ev):
                continue  # an e-mail address or URL on its own line
            prev_line = text[text.rfind("\n", 0, pos) + 1:pos]
            next_line = text[pos + 1:text.find("\n", pos + 1) % (len(text) + 1)]
            back, repl = _soft_replacement(prev_line, next_line or nxt, ev)
            kind = "line_join" if repl == "" and back == 0 and prev[-1].isalnum() else "line_space"
            if back:
                kind = "hyphen_join"
            elif repl == "" and not prev[-1].isalnum():
                kind = "line_join_punct"
            edits.append(Edit(pos - back, pos + 1, repl, kind))
    return edits, False


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a document was hard-wrapped at, or None when it was not: most lines that end in
    a break are nearly as long as the longest of them (a mail client or PDF export wraps at about
    60-80 columns)."""
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    ordered = sorted(lengths)
    width = ordered[int(0.9 * (len(ordered) - 1))]
    if not WRAP_MIN <= width <= WRAP_MAX:
        return None
    near = sum(1 for n in lengths if width - WRAP_BAND <= n <= width + WRAP_SLACK)
    if near < WRAPPED_SHARE * len(lengths):
        return None
    return max(n for n in lengths if n <= width + WRAP_SLACK)


def _decide_wrapped(text: str, blocks: list[list[tuple[int, int]]], width: int, ev: Evidence) -> list[Edit]:
    """A hard-wrapped document: a break is a wrap when the next line's first word would not have
    fitted on the line; a line that stops short of that ended on purpose, and its break stays."""
    edits: list[Edit] = []
    for spans in blocks:
        for (s, e), (s2, e2) in itertools.pairwise(spans):
            prev, nxt = text[s:e], text[s2:e2]
            first_word = nxt.split(" ", 1)[0]
            if _MARKER.match(nxt) and (_MARKER.match(prev) or prev[-1] in _TERMINAL):
                continue
            if _strong_join(prev[-TAIL:], nxt, ev):
                edits.append(Edit(e, e + 1, "", "line_join"))
                continue
            if len(prev) + 1 + len(first_word) <= width - WRAP_SLACK and not _soft_end(prev, ev):
                continue  # the word would have fitted: the line ended on purpose
            back, repl = _soft_replacement(prev, nxt, ev)
            edits.append(Edit(e - back, e + 1, repl, "hyphen_join" if back else "line_unwrap"))
    return edits


def repair_linebreaks(text: str) -> str:
    return repair_linebreaks_step(text).text
