"""Synthetic benchmark corpora: distinct news-like documents built from real article text.

Paragraphs come from the extraction benchmark's true article bodies (../shared) when present, else
from the bundled demo corpus, shuffled with a fixed seed into documents of 3-6 paragraphs.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

from eval._shared import REPO, shared_path


def paragraphs() -> list[str]:
    gt = shared_path("extraction", "scrapinghub", "ground-truth.json")
    paras: list[str] = []
    if gt is not None:
        for rec in json.loads(gt.read_text(encoding="utf-8")).values():
            paras += [p.strip() for p in rec["articleBody"].split("\n") if len(p.strip()) > 120]
    else:
        for f in sorted((REPO / "examples" / "corpus").glob("*.txt")):
            paras += [p.strip() for p in f.read_text(errors="replace").split("\n\n") if len(p.strip()) > 120]
    if not paras:
        raise SystemExit("no source text for the benchmark corpus: need ../shared or examples/corpus")
    return paras


def texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = paragraphs()
    out = []
    for i in range(n):
        k = rng.randint(3, 6)
        body = "\n\n".join(rng.sample(pool, k))
        out.append(f"Report number {i} on the day's events\n\n{body}\n")
    return out


def write_text_corpus(folder: Path, n: int, seed: int = 7) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts(n, seed)):
        (folder / f"doc{i:06d}.txt").write_text(t, encoding="utf-8")


def write_html_corpus(folder: Path, n: int, seed: int = 7) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts(n, seed)):
        title, _, body = t.partition("\n\n")
        ps = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        page = (f"<html><head><title>{html.escape(title)}</title>"
                f'<meta property="og:site_name" content="Bench Wire"></head><body>'
                f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                f"<article><h1>{html.escape(title)}</h1>{ps}</article>"
                f"<footer>Copyright Bench Wire. All rights reserved.</footer></body></html>")
        (folder / f"doc{i:06d}.html").write_text(page, encoding="utf-8")
