"""Quality gate: declutter's figures on every gold set stay at the floors pinned in benchmarks/floors.json
(benchmarks/floors.py writes them from measured figures, with a stated margin), per outlet where the set has
outlets; a figure that beats its floor by more than the ratchet must be pinned (trafilatura's eval gate, in
full). The team's gold (id, en, de) is joined with ../shared/corpus at run time; without it those sets skip."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import goldsets  # noqa: E402
from quality import load_set, measure, per_outlet, run  # noqa: E402

FLOORS = json.loads((BENCH / "floors.json").read_text(encoding="utf-8"))
RATCHET = FLOORS["_ratchet"]
SETS = sorted(k for k in FLOORS if not k.startswith("_"))


def check(where: str, fig: dict, floor: dict) -> list[str]:
    """What is wrong with ``fig`` against ``floor``: fallen past it, or risen past the ratchet."""
    problems = []
    for key, figure in (("spam_recall_min", "spam_recall"), ("spam_precision_min", "spam_precision"),
                        ("clean_doc_rate_min", "clean_doc_rate")):
        if fig[figure] < floor[key]:
            problems.append(f"{where}: {figure} {fig[figure]} < floor {floor[key]}")
        elif fig[figure] > floor[key] + RATCHET:
            problems.append(f"{where}: {figure} {fig[figure]} beats floor {floor[key]} by > {RATCHET}: pin it")
    for key, figure in (("content_loss_max", "content_loss"), ("content_words_lost_max", "content_words_lost"),
                        ("introduced_breaks_max", "introduced_breaks"), ("paragraph_ece_max", "paragraph_ece")):
        if fig[figure] > floor[key]:
            problems.append(f"{where}: {figure} {fig[figure]} > ceiling {floor[key]}")
    slack = floor["content_words_lost_max"] - fig["content_words_lost"]
    if slack > 2 * max(2, floor["content_words_lost_max"] // 100):
        problems.append(f"{where}: {fig['content_words_lost']} content words lost, ceiling "
                        f"{floor['content_words_lost_max']}: pin the improvement")
    return problems


@pytest.mark.parametrize("name", SETS)
def test_figures_hold_their_floors(name: str) -> None:
    if name not in ("seed", "dev") and not goldsets.available():
        pytest.skip(f"the shared corpus is not at {goldsets.corpus_dir()} (the {name} gold refers into it)")
    runs = run(load_set(name))
    problems = check(name, measure(runs), FLOORS[name])
    for outlet, fig in per_outlet(runs).items() if "outlets" in FLOORS[name] else ():
        problems += check(f"{name}/{outlet}", fig, FLOORS[name]["outlets"][outlet])
    assert not problems, "\n".join(problems) + "\n(python benchmarks/floors.py --write pins the current figures)"
