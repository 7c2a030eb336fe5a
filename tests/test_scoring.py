"""benchmarks/scoring.py defines the figures exactly as the team's scorer (../shared/bench/score.py) does, and its
offset-based count agrees with the word alignment wherever the alignment is not thrown by repeated paragraphs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import declutter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring import count_doc, count_result  # noqa: E402

SHARED_SCORER = ROOT.parent / "shared" / "bench" / "score.py"


def _gold(name: str) -> list[dict]:
    path = ROOT / "benchmarks" / "data" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the team's scorer is not at ../shared/bench/score.py")
@pytest.mark.parametrize("name", ["seed", "dev"])
def test_counts_equal_the_shared_scorer(name: str) -> None:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    for doc in _gold(name):
        result = declutter.clean(doc["raw"])
        ours, theirs = count_doc(doc, result.text), shared.score_doc(doc, result.text)
        assert {k: ours[k] for k in theirs} == theirs, doc["id"]


@pytest.mark.parametrize("name", ["seed", "dev"])
def test_offset_counts_equal_the_alignment_on_the_development_set(name: str) -> None:
    for doc in _gold(name):
        result = declutter.clean(doc["raw"])
        assert count_result(doc, result) == count_doc(doc, result.text), doc["id"]
