"""Quality gate: declutter's figures on the gold sets in benchmarks/data/ may not fall below the
floors pinned in benchmarks/floors.json (trafilatura's eval gate, in miniature)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import declutter

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

from calibration import collect, reliability  # noqa: E402
from html_quality import build  # noqa: E402
from scoring import count_doc, summarize  # noqa: E402

FLOORS = json.loads((BENCH / "floors.json").read_text(encoding="utf-8"))
SETS = sorted(k for k in FLOORS if not k.startswith(("_", "html:")))


@pytest.mark.parametrize("name", SETS)
def test_figures_stay_above_floors(name: str) -> None:
    path = BENCH / "data" / name
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fig = summarize([count_doc(d, declutter.clean(d["raw"]).text) for d in docs])
    floor = FLOORS[name]
    assert fig["spam_recall"] >= floor["spam_recall_min"], fig
    assert fig["spam_precision"] >= floor["spam_precision_min"], fig
    assert fig["content_loss"] <= floor["content_loss_max"], fig
    assert fig["clean_doc_rate"] >= floor["clean_doc_rate_min"], fig


@pytest.mark.parametrize("name", [n for n in SETS if "paragraph_ece_max" in FLOORS[n]])
def test_paragraph_confidences_are_calibrated(name: str) -> None:
    paragraphs, _ = collect(str(BENCH / "data" / name))
    _, ece = reliability(paragraphs)
    assert ece <= FLOORS[name]["paragraph_ece_max"]


def test_html_pages_stay_above_floors() -> None:
    import random

    docs = [json.loads(line) for line in (BENCH / "data" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = build(docs, random.Random(20261125))
    fig = summarize([count_doc(p, declutter.clean_html(p["html"]).text) for p in pages])
    floor = FLOORS["html:dev.jsonl"]
    assert fig["spam_recall"] >= floor["spam_recall_min"], fig
    assert fig["spam_precision"] >= floor["spam_precision_min"], fig
    assert fig["content_loss"] <= floor["content_loss_max"], fig
    assert fig["clean_doc_rate"] >= floor["clean_doc_rate_min"], fig
