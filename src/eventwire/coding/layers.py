"""The lexicon in its layers: our own entries (built-in, then the user's files) over the CAMEO verb
dictionary.

The CAMEO verb dictionary (PETRARCH format, e.g. petrarch2's ``CAMEO.2.0.txt``), read through the
CAMEO->PLOVER table, is the lower layer: ``eventwire.coding.match`` consults it only for a sentence where
no entry of ours finds a trigger, so it fills gaps in coverage and never changes or competes with
what our entries code (read verb by verb, it displaced our events in sentences we code; read
sentence by sentence it does not: CASE 2021 type accuracy 0.793 vs 0.807). Its events carry 0.15
less confidence (``details.confidence``). It
is loaded where ``Settings.dictionaries`` locates it (``eventwire.dictionaries``); without it the
coder runs on our entries alone.

What is kept of the dictionary, and why:

- verbs that our rules treat as something other than an event never trigger from the fallback:
  reporting verbs (their complement is attributed, they are not events), the governors of modality
  (plan, consider, refuse ...: they qualify the event they govern), light verbs without an object
  pattern (their event is their object noun), the verbs whose complement is a demand's content,
  and auxiliaries; and the verbs rules.toml ``[fallback].not_events`` lists, whose CAMEO reading is
  not the codebook's definition of its code ("mourn" under 110 "disapprove");
- a bare verb is kept only where it is rare in English (``RARE_VERB_ZIPF``): frequent verbs have
  many senses, and the bare CAMEO reading of "leave", "face" or "serve" is seldom the one in the text;
- every entry is weak: it codes only with an actor or recipient that maps to an entity, as our own
  weak entries do;
- a verb's object patterns are kept only where they give the type of the verb itself: in the
  PETRARCH format a block's patterns apply to every verb of the block, which gives a verb of
  criticism an object pattern of release, or a verb of attack one of agreement; the verb's own
  CAMEO code is the codebook's word on what it means;
- entries that our own lexicon removes (type ``NONE`` in a user file) are left out as well;
- their ids start ``cameo:``, so every event's provenance (``coder.rule``) tells which layer coded it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wordfreq import zipf_frequency

from ..config import Settings
from ..dictionaries import locate
from .lexicon import Entry, Lexicon, load_builtin
from .petrarch import import_petrarch

#: rule lists whose verbs never trigger from the fallback layer (see the module docstring)
NEVER_FALLBACK = ("attribution.speech_verbs", "modality.planned_governors", "modality.intended_governors",
                  "modality.hypothetical_governors", "modality.negating_governors", "governors.content_of_request",
                  "fallback.not_events")
#: a bare verb (no object pattern) is kept only when it is this rare in English (wordfreq's Zipf
#: scale): a frequent verb has many senses ("leave", "face", "serve", "head", "pass"), and only a
#: pattern with its object tells the event sense; a rare one has few ("reprimand", "besiege", "evict")
RARE_VERB_ZIPF = 3.5
#: auxiliaries and copulas the dictionary lists as verbs
AUXILIARIES = frozenset({"be", "have", "do", "get", "become", "seem", "remain", "keep", "let", "go", "come"})


def fallback_entries(verbs: Path, table: Path, lex: Lexicon) -> list[Entry]:
    """The dictionary's entries that the fallback layer keeps for ``lex`` (see the module docstring)."""
    entries, _report = import_petrarch(verbs, table)
    rules = lex.rules
    never = set(AUXILIARIES)
    for name in NEVER_FALLBACK:
        never |= rules[name]
    light = rules["light_verbs.lemmas"]
    bare = {e.head: e.type for e in entries if not e.words}
    rare = {h for h in bare if zipf_frequency(h, "en") < RARE_VERB_ZIPF}
    # "cameo:" ids say in every event's provenance (coder.rule) that the fallback layer coded it
    return [replace(e, id=f"cameo:{e.id.split(':', 1)[1]}", strong=False) for e in entries
            if e.head not in never and not (e.head in light and not e.words) and e.key not in lex.removed
            and bare.get(e.head) == e.type and (e.words or e.head in rare)]


def load_lexicon(settings: Settings) -> Lexicon:
    """Our lexicon (built-in data, then ``settings.lexicon_files``), with the CAMEO verb dictionary
    beneath it where ``settings.dictionaries`` locates one."""
    lex = load_builtin(settings)
    found = locate(settings)
    if found is not None and found.cameo_verbs is not None and found.cameo_plover is not None:
        for e in fallback_entries(found.cameo_verbs, found.cameo_plover, lex):
            lex.fallback_verbs.setdefault(e.head, []).append(e)
    return lex
