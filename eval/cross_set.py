"""Event-type recall across the two event gold sets, each cut into its tune and check parts.

Per PLOVER event type, four columns: PLOVER-GSR tune, PLOVER-GSR check, CASE 2021 tune, CASE 2021
check. PLOVER-GSR recall is ``eval.plover_events``' ``type_recall`` (the gold type among the types
coded for the sentence); CASE 2021 recall is ``eval.case2021``'s ``type_recall`` (the snippet's
subtype, mapped to a PLOVER type by ``eval/case2021_map.tsv``, among the coded types). Both are
computed by those modules' own functions (``coded``, ``type_hits``) on the parts ``eval.split``
gives them.

The protocol across sets: tune on PLOVER-GSR, check on CASE 2021, and the reverse. A rule written
from the errors of PLOVER-GSR's tune part must hold on its check part *and* on CASE 2021 (whose
rows it was not written from); a rule written from CASE 2021's tune errors must hold on its check
part and on PLOVER-GSR. A type whose tune column rises while the other columns stay put was fitted
to sentences, not learned. The overall lines: every gold event (micro), the types found in both
sets (micro), and the mean over types (macro). No floors: the per-type counts are small (a cell
shows found/gold), so read a difference of one or two events as noise.

Run: ``python -m eval.cross_set`` (``make eval`` prints the same table after the floors).
"""

from __future__ import annotations

from eval import case2021, plover_events
from eval.split import split

Hits = dict[str, tuple[int, int]]
COLUMNS = ("PLOVER-GSR tune", "PLOVER-GSR check", "CASE 2021 tune", "CASE 2021 check")


def columns(gsr: tuple[plover_events.ByText, plover_events.Coded],
            case: list[case2021.Snippet]) -> dict[str, Hits]:
    """{column: {PLOVER type: (found, gold)}} for the four columns."""
    by_text, events = gsr
    gsr_parts = split(by_text, key=lambda t: t)
    case_parts = split(case, key=lambda s: s.id)
    out: dict[str, Hits] = {}
    for part in ("tune", "check"):
        out[f"PLOVER-GSR {part}"] = plover_events.type_hits(by_text, events, gsr_parts[part])
    for part in ("tune", "check"):
        out[f"CASE 2021 {part}"] = case2021.type_hits(case_parts[part])
    return out


def _cell(h: int, n: int) -> str:
    return f"{h / n:.3f} ({h}/{n})" if n else "-"


def _sum(hits: Hits, types: set[str] | None = None) -> tuple[int, int]:
    pairs = [v for t, v in hits.items() if types is None or t in types]
    return sum(h for h, _n in pairs), sum(n for _h, n in pairs)


def table(cols: dict[str, Hits]) -> str:
    """Recall per type and overall, one column per set and part."""
    width = 19
    types = sorted({t for hits in cols.values() for t in hits})
    gsr = {t for c, hits in cols.items() if c.startswith("PLOVER") for t in hits}
    case = {t for c, hits in cols.items() if c.startswith("CASE") for t in hits}
    lines = [f"{'recall by PLOVER type':<28}" + "".join(f"{c:>{width}}" for c in COLUMNS)]
    for t in types:
        lines.append(f"  {t:<26}" + "".join(f"{_cell(*cols[c].get(t, (0, 0))):>{width}}" for c in COLUMNS))
    lines.append(f"  {'overall':<26}" + "".join(f"{_cell(*_sum(cols[c])):>{width}}" for c in COLUMNS))
    both = gsr & case
    lines.append(f"  {f'overall, {len(both)} types in both':<26}"
                 + "".join(f"{_cell(*_sum(cols[c], both)):>{width}}" for c in COLUMNS))
    means = []
    for c in COLUMNS:
        shares = [h / n for h, n in cols[c].values() if n]
        means.append(f"{sum(shares) / len(shares):.3f}" if shares else "-")
    lines.append(f"  {'mean over types':<26}" + "".join(f"{m:>{width}}" for m in means))
    return "\n".join(lines)


def main() -> None:
    print(table(columns(plover_events.coded(), case2021.coded())))


if __name__ == "__main__":
    main()
