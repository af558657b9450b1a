"""Real-news spot check (issue #8): code the VOA stories, judge a random sample of events by hand.

The VOA stories (../shared/news/voa/stories.jsonl) carry no gold labels, so precision on real reporting
is measured by hand, one round at a time:

1. ``python -m eval.voa_spotcheck sample --seed SEED`` codes every story through the real pipeline
   (JSONL reader, cleaning, annotation, event coding with attributions: what ``eventwire code`` does,
   with ``eval_settings()``), keeps the events that happened (modality asserted or reported), draws
   ``--n`` of them (default 100) with ``random.Random(SEED)`` and writes the judging sheet
   ``eval/judgements/voa-SEED.tsv``. Use a fresh seed every round (default: today's date). It also
   prints the counts of the other modalities and the events per story and per sentence.
2. A person fills the ``verdict`` and ``note`` columns against the PLOVER codebook.
3. ``python -m eval.voa_spotcheck score eval/judgements/voa-SEED.tsv`` prints precision = ok / judged
   with a 95% Wilson interval and the sample size, type precision = (ok + actor) / judged, and the
   error classes.

Sheet format: UTF-8, tab-separated, no quoting (tabs and line breaks inside fields are written as
spaces); lines starting with ``#`` before the column header are comments (coder version, seed,
counts). Columns: see ``COLUMNS``; the parser needs at least ``REQUIRED``. Verdicts (``VERDICTS``):

- ``ok``: a real event of that type, with a reasonable actor;
- ``type``: a real event, but of another type;
- ``actor``: the right type, but a wrong or missing actor code where the sentence names one;
- ``none``: no codable event (background, opinion, a statistic, a wrong word sense, the content of a
  promise or accusation coded as an event of its own);
- ``dup``: the same act is already coded by an earlier sampled event of the same story (the earlier row
  keeps its verdict; reports of one act in several stories are each judged on their own).

An empty verdict means "not judged yet": such rows are counted and left out of every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval._shared import REPO, eval_settings, shared_path

JUDGEMENTS = REPO / "eval" / "judgements"
HAPPENED = ("asserted", "reported")

COLUMNS: tuple[str, ...] = (
    "event_id", "story", "url", "sentence", "event", "mode", "modality", "actor", "recipient", "trigger",
    "verdict", "note",
)
REQUIRED: tuple[str, ...] = ("event_id", "event", "verdict", "note")
VERDICTS: dict[str, str] = {
    "ok": "a real event of that type, actor reasonable",
    "type": "a real event, wrong type",
    "actor": "right type, wrong or missing actor code",
    "none": "no codable event (background, opinion, statistic, word sense, content of a promise/accusation)",
    "dup": "same act already coded by an earlier sampled event of the same story",
}
Z95 = 1.959963984540054


class SheetError(ValueError):
    """A judging sheet that cannot be scored; the message names the file and line."""


# ---- statistics -----------------------------------------------------------------------------------

def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials ((0, 1) when n is 0)."""
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # the bounds are exactly 0 and 1 at k = 0 and k = n (rounding would leave 1e-17 off)
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return lo, hi


def fmt_share(k: int, n: int) -> str:
    """'0.62 (95% CI 0.52–0.71), 62/100' — the form the log table uses."""
    if n == 0:
        return "n/a (0 judged)"
    lo, hi = wilson(k, n)
    return f"{k / n:.2f} (95% CI {lo:.2f}–{hi:.2f}), {k}/{n}"


def fmt_ci(k: int, n: int) -> str:
    """'0.36 (0.27–0.46)': a share with its Wilson 95% interval, as eval/judgements/README.md logs it."""
    lo, hi = wilson(k, n)
    return f"{k / n if n else 0.0:.2f} ({lo:.2f}–{hi:.2f})"


# ---- the sheet ------------------------------------------------------------------------------------

def _cell(value: Any) -> str:
    return " ".join(str(value if value is not None else "").split())


@dataclass
class Sheet:
    path: str
    comments: list[str]
    columns: list[str]
    rows: list[dict[str, str]]
    lines: list[int] = field(default_factory=list)  # the file line of each row

    def judged(self) -> list[dict[str, str]]:
        return [r for r in self.rows if r["verdict"]]


def parse_sheet(text: str, path: str = "<sheet>") -> Sheet:
    """Read and validate a judging sheet; raises SheetError naming the line of the first problem."""
    comments: list[str] = []
    columns: list[str] | None = None
    header_line = 0
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if columns is None:
            if line.startswith("#"):
                comments.append(line[1:].strip())
                continue
            if not line.strip():
                continue
            columns = [c.strip() for c in line.split("\t")]
            header_line = n
            missing = [c for c in REQUIRED if c not in columns]
            if missing:
                raise SheetError(f"{path}:{n}: column header lacks {', '.join(missing)} "
                                 f"(it has: {', '.join(columns)}; needed: {', '.join(REQUIRED)})")
            dupes = sorted({c for c in columns if columns.count(c) > 1})
            if dupes:
                raise SheetError(f"{path}:{n}: column header names {', '.join(dupes)} more than once")
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < len(columns):  # editors drop trailing empty cells: pad
            cells += [""] * (len(columns) - len(cells))
        if len(cells) > len(columns):
            raise SheetError(f"{path}:{n}: {len(cells)} tab-separated fields, the header (line {header_line}) "
                             f"has {len(columns)}: is there a tab inside a note?")
        row = {c: v.strip() for c, v in zip(columns, cells, strict=True)}
        row["verdict"] = row["verdict"].lower()
        if row["verdict"] and row["verdict"] not in VERDICTS:
            raise SheetError(f"{path}:{n}: unknown verdict {row['verdict']!r} "
                             f"(use one of {', '.join(VERDICTS)}, or leave it empty for not judged)")
        if not row["event_id"]:
            raise SheetError(f"{path}:{n}: empty event_id")
        if row["event_id"] in seen:
            raise SheetError(f"{path}:{n}: event_id {row['event_id']} already on line {seen[row['event_id']]}")
        seen[row["event_id"]] = n
        rows.append(row)
        lines.append(n)
    if columns is None:
        raise SheetError(f"{path}: no column header (expected a tab-separated line with {', '.join(REQUIRED)})")
    return Sheet(path, comments, columns, rows, lines)


def read_sheet(path: str | Path) -> Sheet:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SheetError(f"{p}: no such file") from None
    return parse_sheet(text, str(p))


def note_tag(note: str) -> str | None:
    """The pattern tag a note starts with ('sense: ...' -> 'sense'), if any: one lower-case word."""
    head, sep, _ = note.partition(":")
    head = head.strip()
    return head if sep and head and len(head) <= 20 and all(c.isalpha() or c == "-" for c in head) \
        and head.lower() == head else None


def score(sheet: Sheet) -> dict[str, Any]:
    """Figures of a (partly) judged sheet."""
    judged = sheet.judged()
    n = len(judged)
    verdicts = Counter(r["verdict"] for r in judged)
    ok, actor = verdicts["ok"], verdicts["actor"]
    lo, hi = wilson(ok, n)
    tlo, thi = wilson(ok + actor, n)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    by_modality: dict[str, Counter[str]] = defaultdict(Counter)
    patterns: Counter[tuple[str, str]] = Counter()
    for r in judged:
        if r["verdict"] != "ok":
            patterns[(r["verdict"], note_tag(r["note"]) or "-")] += 1
        by_type[r["event"]][r["verdict"]] += 1
        by_modality[r.get("modality", "") or "?"][r["verdict"]] += 1
    return {
        "rows": len(sheet.rows), "judged": n, "unjudged": len(sheet.rows) - n,
        "ok": ok, "precision": ok / n if n else 0.0, "ci": (lo, hi),
        "type_ok": ok + actor, "type_precision": (ok + actor) / n if n else 0.0, "type_ci": (tlo, thi),
        "verdicts": {v: verdicts[v] for v in VERDICTS},
        "by_type": {t: dict(c) for t, c in sorted(by_type.items())},
        "by_modality": {m: dict(c) for m, c in sorted(by_modality.items())},
        "patterns": [{"verdict": v, "tag": t, "n": k} for (v, t), k in
                     sorted(patterns.items(), key=lambda x: (list(VERDICTS).index(x[0][0]), -x[1], x[0][1]))],
    }


def print_score(sheet: Sheet, figures: dict[str, Any], notes: bool = False) -> None:
    n = figures["judged"]
    for c in sheet.comments:
        if c.startswith("coder") or c.startswith("seed"):
            print(f"# {c}")
    print(f"sample size: {figures['rows']} rows, {n} judged, {figures['unjudged']} not judged")
    print(f"precision (ok / judged):               {fmt_share(figures['ok'], n)}")
    print(f"type precision ((ok + actor) / judged): {fmt_share(figures['type_ok'], n)}")
    print(f"log row: n {n} | precision {fmt_ci(figures['ok'], n)} | type precision {fmt_ci(figures['type_ok'], n)}")
    print("verdicts:")
    for v, k in figures["verdicts"].items():
        share = f"{k / n:6.1%}" if n else "   n/a"
        print(f"  {v:<6} {k:>4}  {share}  {VERDICTS[v]}")
    print("by event type (ok/judged; other verdicts):")
    for t, c in figures["by_type"].items():
        tot = sum(c.values())
        rest = ", ".join(f"{v} {c[v]}" for v in VERDICTS if v != "ok" and c.get(v))
        print(f"  {t:<10} {c.get('ok', 0):>3}/{tot:<3} {rest}")
    if figures["patterns"]:
        print("error patterns (verdict / tag the note starts with):")
        for p in figures["patterns"]:
            print(f"  {p['verdict']:<6} {p['tag']:<16} {p['n']:>3}")
    print("by modality (ok/judged):")
    for m, c in figures["by_modality"].items():
        print(f"  {m:<10} {c.get('ok', 0):>3}/{sum(c.values())}")
    if notes:
        print("notes of non-ok rows:")
        for v in VERDICTS:
            if v == "ok":
                continue
            for r, line in zip(sheet.rows, sheet.lines, strict=True):
                if r["verdict"] == v:
                    print(f"  [{v}] line {line} {r['event']}/{r.get('trigger', '')}: {r['note']}")


# ---- coding and sampling --------------------------------------------------------------------------

def coder_version() -> str:
    """Short git hash of the checkout ('+dirty' when src/ has uncommitted changes), else 'unknown'."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True,
                              check=True, timeout=30).stdout.strip()
    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "src")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def code_stories(path: Path) -> tuple[list[dict[str, Any]], str]:
    """[{id, url, sentences, events}] per story, coded as ``eventwire code`` does; and the pipeline version."""
    from eventwire.clean import clean_item
    from eventwire.ingest import iter_items
    from eventwire.model import Failure
    from eventwire.pipeline import Pipeline

    settings = eval_settings()
    pipeline = Pipeline(settings)
    docs = []
    for item in iter_items([str(path)], settings):
        if isinstance(item, Failure):
            raise RuntimeError(item.line())
        docs.append(clean_item(item, settings))
    stories = []
    for i, result in enumerate(pipeline.process(docs), start=1):
        doc = result.document
        stories.append({"id": doc.doc_id, "url": doc.url or "", "sentences": len(result.sentences),
                        "events": [e.to_json() for e in result.events]})
        print(f"coded {i}/{len(docs)} {doc.doc_id}: {len(result.events)} events", file=sys.stderr, flush=True)
    return stories, pipeline.version


def _party(parties: Iterable[dict[str, Any]]) -> str:
    out = []
    for p in parties:
        code = " ".join(x for x in (p.get("code"), p.get("sector")) if x) or "?"
        out.append(f"{_cell(p.get('entity_text')) or '?'}→{code}")
    return "; ".join(out)


def sheet_row(story: dict[str, Any], ev: dict[str, Any]) -> dict[str, str]:
    trig = ev.get("trigger") or {}
    return {
        "event_id": ev["id"], "story": story["id"], "url": story["url"],
        "sentence": _cell((ev.get("text_info") or {}).get("text")), "event": ev["event"],
        "mode": _cell(ev.get("mode")), "modality": ev["modality"],
        "actor": _party(ev.get("actor") or []), "recipient": _party(ev.get("recipient") or []),
        "trigger": _cell(trig.get("text") or ev.get("event_text")), "verdict": "", "note": "",
    }


def _order(ev: dict[str, Any]) -> tuple[int, int, str]:
    ti = ev.get("text_info") or {}
    trig = ev.get("trigger") or {}
    return int(ti.get("sentence") or 0), int(trig.get("start") or ti.get("start") or 0), ev["id"]


def held_out_sentences() -> dict[str, list[str]]:
    """Story id -> the whitespace-normalised texts of the VOA sentence gold's *check* part.

    The spot check must not put those sentences in front of a judge (whose notes are read to find
    errors), or the check part would be read row by row after all; the draw leaves their events out."""
    from eval.split import part_of
    from eval.voa_sentences import GOLD, read_gold

    if not GOLD.exists():
        return {}
    out: dict[str, list[str]] = {}
    for g in read_gold(GOLD):
        if part_of(g.key) == "check":
            out.setdefault(g.story_id, []).append(" ".join(g.text.split()))
    return out


def _held_out(story: dict[str, Any], ev: dict[str, Any], held: dict[str, list[str]]) -> bool:
    text = " ".join(str((ev.get("text_info") or {}).get("text") or "").split())
    return bool(text) and any(h in text or text in h for h in held.get(str(story["id"]), []))


def draw(stories: list[dict[str, Any]], n: int, seed: str,
         held: dict[str, list[str]] | None = None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """n events that happened, drawn with random.Random(seed), in story and text order; none from a
    sentence in ``held`` (by default the VOA sentence gold's check part, see ``held_out_sentences``)."""
    held = held_out_sentences() if held is None else held
    pool = [(i, s, e) for i, s in enumerate(stories)
            for e in sorted(s["events"], key=_order)
            if e["modality"] in HAPPENED and not _held_out(s, e, held)]
    picked = random.Random(seed).sample(range(len(pool)), min(n, len(pool)))
    return [(pool[j][1], pool[j][2]) for j in sorted(picked)]


def counts(stories: list[dict[str, Any]]) -> list[str]:
    """Lines on modality counts and events per story and per sentence."""
    modality = Counter(e["modality"] for s in stories for e in s["events"])
    n_sent = sum(s["sentences"] for s in stories)
    happened = sum(modality[m] for m in HAPPENED)
    total = sum(modality.values())
    other = ", ".join(f"{m} {k}" for m, k in modality.most_common() if m not in HAPPENED) or "none"
    return [
        f"stories {len(stories)}, sentences {n_sent}, events {total}: happened {happened} "
        f"({', '.join(f'{m} {modality[m]}' for m in HAPPENED)}); not in the sample: {other}",
        f"events that happened per story {happened / max(1, len(stories)):.1f}, "
        f"per sentence {happened / max(1, n_sent):.2f}; all events per sentence {total / max(1, n_sent):.2f}",
    ]


def print_counts(stories: list[dict[str, Any]]) -> None:
    for line in counts(stories):
        print(line)
    print(f"{'story':<10} {'sent':>5} {'events':>6} {'happened':>8} {'per sent':>8}  most per sentence")
    for s in stories:
        hap = [e for e in s["events"] if e["modality"] in HAPPENED]
        per_sent = Counter((e.get("text_info") or {}).get("sentence") for e in hap)
        top = max(per_sent.values(), default=0)
        print(f"{s['id']:<10} {s['sentences']:>5} {len(s['events']):>6} {len(hap):>8} "
              f"{len(hap) / max(1, s['sentences']):>8.2f}  {top}")
    types = Counter(e["event"] for s in stories for e in s["events"] if e["modality"] in HAPPENED)
    print("happened by type: " + ", ".join(f"{t} {k}" for t, k in types.most_common()))


def write_sheet(path: Path, picked: list[tuple[dict[str, Any], dict[str, Any]]], comments: list[str]) -> None:
    lines = [f"# {_cell(c)}" for c in comments]
    lines.append("\t".join(COLUMNS))
    for story, ev in picked:
        row = sheet_row(story, ev)
        lines.append("\t".join(_cell(row[c]) for c in COLUMNS))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cmd_sample(args: argparse.Namespace) -> int:
    seed = args.seed
    out = Path(args.out) if args.out else JUDGEMENTS / f"voa-{seed}.tsv"
    if out.exists() and not args.force:
        print(f"{out} exists (a judged round?): pick a fresh seed, or pass --force to overwrite it", file=sys.stderr)
        return 2
    version = coder_version()
    if args.load:
        cached = json.loads(Path(args.load).read_text(encoding="utf-8"))
        stories, pipeline_version = cached["stories"], cached["pipeline"]
        if cached.get("coder") != version:
            print(f"note: {args.load} was coded at {cached.get('coder')}, the checkout is at {version}",
                  file=sys.stderr)
        version = cached.get("coder", version)
    else:
        path = Path(args.stories) if args.stories else shared_path("news", "voa", "stories.jsonl")
        if path is None or not path.exists():
            print("../shared/news/voa/stories.jsonl is absent (set EVENTWIRE_SHARED or pass --stories)",
                  file=sys.stderr)
            return 2
        stories, pipeline_version = code_stories(path)
        if args.save:
            Path(args.save).write_text(json.dumps({"coder": version, "pipeline": pipeline_version,
                                                   "stories": stories}), encoding="utf-8")
    print_counts(stories)
    held = held_out_sentences()
    n_held = sum(_held_out(s, e, held) for s in stories for e in s["events"] if e["modality"] in HAPPENED)
    picked = draw(stories, args.n, seed, held)
    comments = [
        f"coder {version} (pipeline {pipeline_version}); eval.voa_spotcheck, settings eval_settings()",
        f"seed {seed}; n {len(picked)} drawn from the events that happened (asserted, reported), less "
        f"{n_held} on sentences of the VOA sentence gold's check part (never shown to a judge)",
        *counts(stories),
        f"sampled {dt.date.today().isoformat()}; verdicts: " + ", ".join(VERDICTS) + " (see eval/judgements/README.md)",
    ]
    write_sheet(out, picked, comments)
    print(f"wrote {out} ({len(picked)} rows, seed {seed}, coder {version})")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    try:
        sheet = read_sheet(args.sheet)
    except SheetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    figures = score(sheet)
    if args.json:
        print(json.dumps(figures))
    else:
        print_score(sheet, figures, notes=args.notes)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.voa_spotcheck", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="code the VOA stories and write a judging sheet")
    s.add_argument("--seed", default=dt.date.today().isoformat(), help="random seed (default: today's date)")
    s.add_argument("--n", type=int, default=100, help="sample size (default 100)")
    s.add_argument("--stories", default=None, help="stories JSONL (default ../shared/news/voa/stories.jsonl)")
    s.add_argument("--out", default=None, help="sheet path (default eval/judgements/voa-SEED.tsv)")
    s.add_argument("--force", action="store_true", help="overwrite an existing sheet")
    s.add_argument("--save", default=None, metavar="JSON", help="also save the coded stories here")
    s.add_argument("--load", default=None, metavar="JSON", help="sample from stories saved with --save")
    s.set_defaults(func=cmd_sample)
    c = sub.add_parser("score", help="score a filled judging sheet")
    c.add_argument("sheet")
    c.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    c.add_argument("--notes", action="store_true", help="also list the notes of every non-ok row")
    c.set_defaults(func=cmd_score)
    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
