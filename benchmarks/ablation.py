"""Ablation: each filter switched off (its weight set to 0), one at a time, on the development and team gold sets.

    python benchmarks/ablation.py [--sets dev,id,en,de] [--json benchmarks/results/ablation.json]

Prints, per filter, the change of each figure against the full pipeline. A filter whose removal changes no figure
on any set must show its worth in a fixture (tests/test_filters.py checks each filter's fires-/keeps- cases depend
on it) or go. The HTML filters (link_density, dom_hint, link_list, outside_main, title_match) never fire on text: they are
measured by benchmarks/snippets.py and benchmarks/aeb.py on pages instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
from quality import load_set, measure, run

import declutter
from declutter.filters import FILTERS

KEYS = ("spam_recall", "spam_precision", "content_loss", "clean_doc_rate", "introduced_breaks")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="dev,id,en,de")
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    names = [n for n in a.sets.split(",") if n in ("seed", "dev") or goldsets.available()]
    sets = {n: load_set(n) for n in names}
    base = {n: measure(run(docs)) for n, docs in sets.items()}
    report: dict[str, dict] = {"full": base}
    print("| filter off | " + " | ".join(f"{n}: Δrecall Δprecision Δloss Δclean Δbreaks" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    unchanged = []
    for name in FILTERS:
        off = {f"{name}_weight": 0.0}
        if name == "sentence_shape":  # a profile's cap on prose may not outweigh prose shape (Settings checks)
            off["profile_prose_max_weight"] = 0.0
        settings = declutter.DEFAULTS.replace(**off)
        figs = {n: measure(run(docs, settings)) for n, docs in sets.items()}
        report[name] = figs
        deltas = {n: [round(figs[n][k] - base[n][k], 4) for k in KEYS] for n in names}
        if all(not any(d) for d in deltas.values()):
            unchanged.append(name)
        cells = [" ".join(f"{d:+.4f}" if isinstance(d, float) else f"{d:+d}" for d in deltas[n]) for n in names]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nno figure changes without: {', '.join(unchanged) or 'none'}")
    report["_unchanged"] = {"filters": unchanged}  # type: ignore[dict-item]
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
