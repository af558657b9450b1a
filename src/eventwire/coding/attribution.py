"""Who says so: the sources an event is attributed to, each an entity object with its cue.

The claims stage's ``extract_attributions`` finds reported statements (source, cue, content) for
the whole document; an event is attributed to every statement whose content holds its trigger,
the innermost first ("According to Yonhap, Borrell said X": Borrell, then Yonhap). Where that
stage is not installed, a fallback here reads the same two forms the modality rules see: the
subject of a reporting verb governing the event's clause, and "according to X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import Attribution
from .args import EntityIndex, resolve
from .lexicon import Rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..nlp.types import Annotated
    from ..resources import Resources


def document_attributions(ann: Annotated, resources: Resources) -> list[Attribution] | None:
    """The claims stage's attributions for ``ann``, or None where that stage is unavailable."""
    try:
        from ..claims import extract_attributions
    except ImportError:
        return None
    return extract_attributions(ann, resources)


#: attribution kinds that do not report an event: a stance ("X condemned the attack", "X backs the
#: plan") or an intention ("X plans to ...") says nothing of whether what it concerns happened
NOT_REPORTING = frozenset({"attitude", "intent"})


def covering(atts: list[Attribution], char: int) -> list[Attribution]:
    """Attributions that report what lies at offset ``char`` (their content span holds it), innermost
    first; stances and intentions are not reports (``NOT_REPORTING``)."""
    hits = [a for a in atts if a.content is not None and a.content.start <= char < a.content.end
            and not (a.cue.start <= char < a.cue.end) and a.kind not in NOT_REPORTING]
    return sorted(hits, key=lambda a: (a.content.end - a.content.start) if a.content else 0)


def as_objects(atts: list[Attribution]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for a in atts:
        src = a.source
        out.append({
            "entity_text": src.text if src else None, "code": a.source_code, "sector": a.source_sector,
            "name": a.source_name, "start": src.start if src else None, "end": src.end if src else None,
            "cue": a.cue.text,
        })
    return out


def fallback(chain: list[Token], trigger: Token, rules: Rules, index: EntityIndex) -> list[dict[str, Any]]:
    """Attribution from the governor chain (a reporting verb's subject) and "according to X"."""
    out: list[dict[str, Any]] = []
    for g in chain[1:]:
        if g.lemma_.lower() in rules["attribution.speech_verbs"]:
            subj = next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                for p in resolve(subj, index):
                    out.append({**p.to_json(), "cue": g.text})
    sent = trigger.sent
    for tok in sent:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if src is not None:
                for p in resolve(src, index):
                    out.append({**p.to_json(), "cue": "according to"})
    return out
