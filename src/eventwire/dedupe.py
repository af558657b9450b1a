"""Near-duplicate story grouping: syndicated, truncated and lightly edited copies of one report.

Reads a document's clean text; assigns it a ``story_id`` (the id of the story's first member).

How it works
------------
1. ``shingles``: the clean text is normalised (NFKC, casefolded, punctuation dropped) and cut into
   overlapping 5-word shingles, each hashed to 32 bits with CRC-32 (stable across runs and
   machines, unlike ``hash()``).
2. Candidates come from a datasketch ``MinHashLSH`` queried at a *low* Jaccard threshold. A copy
   holding the first third of an article has a Jaccard similarity of only about 0.3 with it, so
   the index is tuned for the smallest Jaccard that a copy we want to catch can have, with recall
   weighted over precision: a false candidate costs one exact check, a missed one splits a story.
3. Every candidate is verified exactly on the stored shingle hashes: it belongs to the same story
   when their Jaccard similarity is at least ``settings.dedupe_threshold`` (verbatim and edited
   copies), or when a share of at least ``settings.dedupe_containment`` of the shorter text's
   shingles occurs in the longer one (truncated copies: low Jaccard, high containment). The
   containment rule needs the shorter text to have a few shingles (``_MIN_CONTAINED_SHINGLES``),
   so that a headline or a one-line snippet does not join every article that quotes it.
   When several stories qualify, the most similar member wins (the earliest on a tie).

Why not ``MinHashLSHEnsemble``, which is built for containment? It is a static index
(``index()`` takes every entry at once), while documents arrive one at a time and must be
grouped as they arrive. The LSH plus exact check finds the same pairs incrementally.

Memory: per document, a sorted ``uint32`` array of shingle hashes (4 bytes a shingle, no text)
and the LSH's band keys; the MinHash itself is not kept. With the default settings that is about
10 KB for a 350-word document, most of it the LSH's band tables.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from .config import Settings
from .errors import ConfigError

__all__ = ["SHINGLE_WORDS", "StoryIndex", "containment", "jaccard", "shingles"]

#: words per shingle
SHINGLE_WORDS = 5
#: the shortest copy (as a share of the original) that candidate search is tuned to catch
_MIN_COPY_SHARE = 1 / 3
#: a shorter text needs this many shingles before containment alone may group it: below that,
#: a headline or a one-line lead would join any long article that happens to contain it
_MIN_CONTAINED_SHINGLES = 8
#: LSH tuning: weights of false positives and false negatives (recall matters more, see above)
_LSH_WEIGHTS = (0.3, 0.7)
#: fixed MinHash seed, so that the same inputs always give the same groups
_SEED = 7
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _hash32(shingle: str) -> int:
    # CRC-32: deterministic across processes (unlike hash()), and C-fast; collisions between
    # shingles of two texts only nudge a similarity estimate
    return zlib.crc32(shingle.encode("utf-8"))


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """32-bit hashes of the ``k``-word shingles of ``text`` (normalised: NFKC, casefolded,
    punctuation and underscores dropped). A text of fewer than ``k`` words gives one shingle
    of all its words; a text without words gives the empty set."""
    if k < 1:
        raise ValueError(f"shingle size must be at least 1, got {k}")
    words = _words(text)
    if not words:
        return set()
    if len(words) < k:
        return {_hash32(" ".join(words))}
    return {_hash32(" ".join(words[i:i + k])) for i in range(len(words) - k + 1)}


def containment(a: set[int], b: set[int]) -> float:
    """Share of ``a``'s shingles that are also in ``b``: ``|a ∩ b| / |a|`` (0.0 when ``a`` is empty).

    Not symmetric: a truncated copy ``a`` of an article ``b`` has ``containment(a, b)`` near 1."""
    if not a:
        return 0.0
    return len(a & b) / len(a)


def jaccard(a: set[int], b: set[int]) -> float:
    """``|a ∩ b| / |a ∪ b|`` (0.0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _identity(value: int) -> int:
    # the shingles are hashed already; MinHash takes them as they are
    return value


@dataclass
class _Member:
    story_id: str
    hashes: np.ndarray  # sorted unique uint32 shingle hashes
    order: int  # insertion order, for stable tie-breaking


def _validate(settings: Settings) -> None:
    checks = (
        ("dedupe_threshold", settings.dedupe_threshold, 0.0 < settings.dedupe_threshold <= 1.0,
         "a Jaccard similarity in (0, 1], e.g. 0.5"),
        ("dedupe_containment", settings.dedupe_containment, 0.0 < settings.dedupe_containment <= 1.0,
         "a share in (0, 1], e.g. 0.8"),
        ("dedupe_num_perm", settings.dedupe_num_perm, 16 <= settings.dedupe_num_perm <= 1024,
         "a number of permutations in [16, 1024], e.g. 128"),
    )
    for name, value, ok, todo in checks:
        if not ok:
            raise ConfigError(f"invalid setting {name} = {value!r}", "it is out of range",
                              f"set it to {todo}")


class StoryIndex:
    """Groups documents into stories as they arrive.

    ``assign(doc_id, text)`` returns the story of an already indexed near-duplicate, or starts
    a new story named ``doc_id``; either way the document is indexed. ``add_existing`` rebuilds
    the index from stored documents at startup without regrouping them.
    """

    def __init__(self, settings: Settings) -> None:
        _validate(settings)
        self._threshold = settings.dedupe_threshold
        self._containment = settings.dedupe_containment
        self._num_perm = settings.dedupe_num_perm
        c, r = settings.dedupe_containment, _MIN_COPY_SHARE
        # Jaccard of a copy holding share r of the original, a share c of it verbatim
        lowest_copy_jaccard = c * r / (1 + r - c * r)
        self._lsh = MinHashLSH(
            threshold=min(self._threshold, lowest_copy_jaccard),
            num_perm=self._num_perm,
            weights=_LSH_WEIGHTS,
        )
        self._empty = MinHash(num_perm=self._num_perm, seed=_SEED, hashfunc=_identity)
        self._members: dict[str, _Member] = {}

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._members

    def story_of(self, doc_id: str) -> str | None:
        """The story of an indexed document, or None."""
        member = self._members.get(doc_id)
        return member.story_id if member else None

    def assign(self, doc_id: str, text: str) -> str:
        """The story id for ``text``, indexing it under ``doc_id``. Idempotent for one doc_id."""
        known = self._members.get(doc_id)
        if known is not None:
            return known.story_id
        arr, minhash = self._sketch(shingles(text))
        story_id = self._best_story(arr, minhash) or doc_id
        self._insert(doc_id, arr, minhash, story_id)
        return story_id

    def add_existing(self, doc_id: str, text: str, story_id: str) -> None:
        """Index a stored document under the story it already has (rebuilding at startup)."""
        known = self._members.get(doc_id)
        if known is not None:
            if known.story_id != story_id:
                raise ValueError(
                    f"document {doc_id} is already indexed in story {known.story_id}, not {story_id}"
                )
            return
        self._insert(doc_id, *self._sketch(shingles(text)), story_id)

    def _sketch(self, hashes: set[int]) -> tuple[np.ndarray, MinHash | None]:
        """The sorted hash array to keep, and the MinHash to index (None for an empty text:
        an empty MinHash would collide with every other empty one)."""
        ordered = sorted(hashes)
        arr = np.fromiter(ordered, dtype=np.uint32, count=len(ordered))
        if not ordered:
            return arr, None
        minhash = self._empty.copy()  # reuses the permutations instead of drawing them again
        minhash.update_batch(ordered)
        return arr, minhash

    def _insert(self, doc_id: str, arr: np.ndarray, minhash: MinHash | None, story_id: str) -> None:
        self._members[doc_id] = _Member(story_id, arr, len(self._members))
        if minhash is not None:
            self._lsh.insert(doc_id, minhash)

    def _best_story(self, arr: np.ndarray, minhash: MinHash | None) -> str | None:
        if minhash is None:
            return None
        best: tuple[float, int] | None = None  # (score, -order): higher score, then earlier member
        best_story: str | None = None
        for key in self._lsh.query(minhash):
            member = self._members[key]
            score = self._score(arr, member.hashes)
            if score is None:
                continue
            rank = (score, -member.order)
            if best is None or rank > best:
                best, best_story = rank, member.story_id
        return best_story

    def _score(self, a: np.ndarray, b: np.ndarray) -> float | None:
        """The similarity that makes ``a`` and ``b`` one story, or None when they are not."""
        inter = int(np.intersect1d(a, b, assume_unique=True).size)
        if inter == 0:
            return None
        jac = inter / (a.size + b.size - inter)
        if jac >= self._threshold:
            return jac
        shorter = min(a.size, b.size)
        if shorter >= _MIN_CONTAINED_SHINGLES and inter / shorter >= self._containment:
            return inter / shorter
        return None
