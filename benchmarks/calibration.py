"""Calibration of declutter's confidences on a gold JSONL: a reliability table (confidence bins
against the share of content words in the pieces of each bin) and the expected calibration error.

    python benchmarks/calibration.py ../shared/data/dev.jsonl [--plot docs/img/reliability.svg]

Each kept paragraph says P(content) = its confidence; each removal says P(content) =
1 - its confidence. The truth for a piece is the share of its words that the gold marks as
content (spam words count against, neutral words are left out). ECE = Σ_bins (n_b / N) ·
|mean confidence_b − mean content share_b|, over paragraphs and over all pieces.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from scoring import _spans

import declutter

WORD = re.compile(r"\w+")
BINS = 10


def content_share(raw: str, a: int, b: int, spam: list[tuple[int, int]], neutral: list[tuple[int, int]]) -> float | None:
    content = total = 0
    for m in WORD.finditer(raw, a, b):
        s, e = m.span()
        if any(x <= s and e <= y for x, y in neutral):
            continue
        total += 1
        content += not any(x <= s and e <= y for x, y in spam)
    return content / total if total else None


def points_of(gold: dict, result: declutter.CleanResult) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(stated P(content), content share) of the kept paragraphs, and of all pieces, of one document."""
    raw = gold["raw"]
    spam, neutral = _spans(raw, gold.get("spam", [])), _spans(raw, gold.get("neutral", []))
    paragraphs, pieces = [], []
    for p in result.paragraphs:
        share = content_share(raw, p.start, p.end, spam, neutral)
        if share is not None:
            paragraphs.append((p.confidence, share))
            pieces.append((p.confidence, share))
    for r in result.removals:
        share = content_share(raw, r.start, r.end, spam, neutral)
        if share is not None:
            pieces.append((1 - r.confidence, share))
    return paragraphs, pieces


def paragraph_points(gold: dict, result: declutter.CleanResult) -> list[tuple[float, float]]:
    return points_of(gold, result)[0]


def collect(path: str) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    paragraphs, pieces = [], []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        gold = json.loads(line)
        par, pie = points_of(gold, declutter.clean(gold["raw"]))
        paragraphs += par
        pieces += pie
    return paragraphs, pieces


def reliability(points: list[tuple[float, float]]) -> tuple[list[tuple[float, float, float, int]], float]:
    bins: list[list[tuple[float, float]]] = [[] for _ in range(BINS)]
    for conf, share in points:
        bins[min(BINS - 1, int(conf * BINS))].append((conf, share))
    rows, ece = [], 0.0
    for i, b in enumerate(bins):
        if not b:
            continue
        mean_conf = sum(c for c, _ in b) / len(b)
        mean_share = sum(s for _, s in b) / len(b)
        ece += len(b) / len(points) * abs(mean_conf - mean_share)
        rows.append((i / BINS, mean_conf, mean_share, len(b)))
    return rows, ece


def plot(rows: list[tuple[float, float, float, int]], path: str) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    ax.plot([r[1] for r in rows], [r[2] for r in rows], marker="o", label="declutter (all pieces)")
    for _, conf, share, n in rows:
        ax.annotate(str(n), (conf, share), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.set_xlabel("stated P(content)")
    ax.set_ylabel("share of content words")
    ax.set_title("Reliability on the development set")
    ax.legend(loc="upper left", fontsize=8)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path)
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--plot", help="write the reliability diagram here (needs matplotlib: the [bench] extra)")
    a = ap.parse_args(argv)
    paragraphs, pieces = collect(a.gold)
    for label, points in (("kept paragraphs", paragraphs), ("all pieces (kept and removed)", pieces)):
        rows, ece = reliability(points)
        print(f"{label}: {len(points)} pieces, ECE {ece:.4f}")
        print("| bin | mean confidence | content share | pieces |\n|---|---|---|---|")
        for lo, conf, share, n in rows:
            print(f"| {lo:.1f}-{lo + 1 / BINS:.1f} | {conf:.3f} | {share:.3f} | {n} |")
        print()
    if a.plot:
        rows, _ = reliability(pieces)
        print(f"plot: {a.plot}" if plot(rows, a.plot) else "plot skipped: matplotlib is not installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
