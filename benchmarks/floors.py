"""Pin the quality gate's floors (benchmarks/floors.json) at the figures measured now, with a stated margin.

    python benchmarks/floors.py            # print the floors the current code would get
    python benchmarks/floors.py --write    # write them to benchmarks/floors.json (commit with the change)

The gate (tests/test_quality_gate.py) fails when a figure falls past its floor, and also when it beats the floor by
more than RATCHET: an improvement must be pinned, so that the next change cannot give it back unnoticed. Cleaning
is deterministic, so the margin is only there to absorb a few words of platform difference: MARGIN on each rate,
LOSS_MARGIN on content loss and a word or two on the content words lost, none on introduced breaks, ECE_MARGIN on
calibration.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
from quality import SETS, load_set, measure, per_outlet, run

HERE = Path(__file__).resolve().parent
MARGIN = 0.002
LOSS_MARGIN = 0.0002


def words_margin(lost: int) -> int:
    """Slack on the content words lost: 2 words, or 1% of them where more are lost."""
    return max(2, lost // 100)

ECE_MARGIN = 0.005
RATCHET = 0.01
OUTLET_SETS = ("id", "id-heldout")  # per-outlet floors where the set has outlets (en/de are pages of many sites)


def floors_of(fig: dict) -> dict:
    return {
        "spam_recall_min": round(max(0.0, fig["spam_recall"] - MARGIN), 4),
        "spam_precision_min": round(max(0.0, fig["spam_precision"] - MARGIN), 4),
        "content_loss_max": round(fig["content_loss"] + LOSS_MARGIN, 4),
        "content_words_lost_max": fig["content_words_lost"] + words_margin(fig["content_words_lost"]),
        "clean_doc_rate_min": round(max(0.0, fig["clean_doc_rate"] - MARGIN), 4),
        "introduced_breaks_max": fig["introduced_breaks"],
        "paragraph_ece_max": round(fig["paragraph_ece"] + ECE_MARGIN, 4),
    }


def measure_all() -> dict:
    out: dict[str, object] = {
        "_comment": (f"Quality gate floors (tests/test_quality_gate.py), written by benchmarks/floors.py --write from the "
                     f"figures measured then: rates {MARGIN} below, content loss {LOSS_MARGIN} and content words lost "
                     f"max(2, 1%) above, introduced breaks exact, "
                     f"ECE {ECE_MARGIN} above. The gate also fails when a figure beats its floor by more than "
                     f"{RATCHET}: pin improvements. Sets id/en/de need ../shared/corpus (skipped without it)."),
        "_ratchet": RATCHET,
    }
    for name in SETS:
        if name not in ("seed", "dev") and not goldsets.available():
            continue
        runs = run(load_set(name))
        entry = floors_of(measure(runs))
        if name in OUTLET_SETS:
            entry["outlets"] = {k: floors_of(v) for k, v in per_outlet(runs).items()}
        out[name] = entry
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args(argv)
    floors = measure_all()
    text = json.dumps(floors, indent=1, ensure_ascii=False) + "\n"
    if a.write:
        (HERE / "floors.json").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
