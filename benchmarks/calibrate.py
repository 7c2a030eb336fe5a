"""Fit the page map of kept paragraphs' confidence (src/declutter/calibrate.py, issues 12 and 16), and measure it.

    python benchmarks/calibrate.py             # fit; print the values and the figures (~3 min)
    python benchmarks/calibrate.py --write     # ... and write the values into src/declutter/settings.py
    python benchmarks/calibrate.py --traf      # ... and held-out figures on traf-dev, as text and through clean_html

How: every set is cleaned once with the calibration off (page_shape_from = page_shape_full = 1), so each kept
paragraph has the scorer's own confidence. Fitted on: the gold sets dev, id, en and de (a paragraph's truth is the
share of its words the gold marks as content; spam against, neutral left out: benchmarks/calibration.py) and one
half of the en-pscrape pages outside our English gold and the AEB development split (by a hash of the page id; a
kept paragraph that is a labelled line is content if `with`, junk if `without`; unlabelled lines left out): 1,900
pages the filters were not written on, as many again as the gold's 100. Where the input's share of lines with
nothing kept puts the page map at weight w > 0 (page_shape_from, page_shape_full: hand-set), the model is

    logit P(content) = (1 - w) * z + w * (page_bias + page_evidence_weight * z + page_length_weight * ln(words)
                                          + page_removed_lines_weight * share + page_isolated_weight * isolated)

fitted by maximum-likelihood logistic regression (fit.py's Newton solver, a ridge of RIDGE toward 0), each paragraph
weighing so that every set counts as much as the largest (the 100 English pages as much as the 308 Indonesian
articles). Deterministic: same code and data, same values. Figures (paragraph ECE, benchmarks/calibration.py):
the scorer alone, the values in settings.py now, the fitted ones, and the fitted ones measured honestly: two-fold
cross-validation (fit on one half of every set's documents, by another hash of their id, measure on the other),
the held-out Indonesian gold and the held-out half of en-pscrape (never fitted on), and with --traf the traf-dev
pages outside our German gold, as text scrapes and through clean_html (a kept paragraph holding a must-keep
snippet is content, one holding a must-drop snippet junk).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zlib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from calibration import content_share, reliability
from fit import fit as logistic_fit
from quality import load_set
from realpages import corpus_dir, norm, read_ids
from scoring import _spans
from snippets import load_pages as snippet_pages

import declutter
from declutter.calibrate import mapped, page_shape, paragraph_features

HERE = Path(__file__).resolve().parent
SETTINGS_PY = HERE.parent / "src" / "declutter" / "settings.py"
FIT_SETS = ("dev", "id", "en", "de")
HELD_OUT = ("id-heldout",)
NAMES = ("page_bias", "page_evidence_weight", "page_length_weight", "page_removed_lines_weight", "page_isolated_weight")
RIDGE = 1.0
OFF = declutter.DEFAULTS.replace(page_shape_from=1.0, page_shape_full=1.0)


def points(docs: list[dict], name: str) -> list[dict]:
    """One record per kept paragraph with a truth: set, document, outlet, features, line share, content share."""
    out = []
    for d in docs:
        raw = d["raw"]
        spam, neutral = _spans(raw, d.get("spam", [])), _spans(raw, d.get("neutral", []))
        result = declutter.clean(raw, settings=OFF)
        share, features = paragraph_features(result, raw, OFF)
        for p, f in zip(result.paragraphs, features):
            truth = content_share(raw, p.start, p.end, spam, neutral)
            if truth is not None:
                out.append({"set": name, "doc": d["id"], "outlet": d.get("outlet") or "?", "f": f, "share": share,
                            "truth": truth})
    return out


def fit(rows: list[dict], settings: declutter.Settings) -> dict[str, float]:
    """The page map's values fitted on ``rows`` (page_shape_from/full as in ``settings``)."""
    count: dict[str, int] = defaultdict(int)
    for r in rows:
        count[r["set"]] += 1
    top = max(count.values())
    ws = np.array([page_shape(r["share"], settings) for r in rows])
    on = ws > 0
    sel = [r for r, k in zip(rows, on) if k]
    w = ws[on]
    x = np.array([[1.0, r["f"][0], r["f"][1], r["share"], r["f"][2]] for r in sel]) * w[:, None]
    offset = (1 - w) * np.array([r["f"][0] for r in sel])
    y = np.array([r["truth"] for r in sel])
    n = np.array([top / count[r["set"]] for r in sel])
    b = logistic_fit(x, y, n, np.zeros(x.shape[1]), offset=offset, intercept=False, prior_strength=RIDGE)
    return {k: round(float(v), 3) for k, v in zip(NAMES, b)}


def confidence(r: dict, settings: declutter.Settings) -> float:
    w = page_shape(r["share"], settings)
    return mapped(r["f"], r["share"], w, settings) if w else 1 / (1 + np.exp(-r["f"][0]))


def ece(rows: list[dict], settings: declutter.Settings | None = None, key: str = "") -> float:
    pts = [(r[key] if key else confidence(r, settings), r["truth"]) for r in rows]  # type: ignore[arg-type]
    return round(reliability(pts)[1], 4) if pts else 0.0


def half(r: dict) -> int:
    return zlib.crc32(r["doc"].encode()) % 2


def lines_half(r: dict) -> int:
    """The half of en-pscrape a page is in: 0 fitted on, 1 held out (a hash of its id, not the one of half())."""
    return zlib.crc32(("en-pscrape " + r["doc"]).encode()) % 2


def figures(rows: list[dict], conf: dict[int, float] | declutter.Settings) -> dict[str, float]:
    """ECE per set, and the largest of the Indonesian gold's outlets."""
    def c(r: dict) -> float:
        return conf[id(r)] if isinstance(conf, dict) else confidence(r, conf)
    for r in rows:
        r["c"] = c(r)
    out = {name: ece([r for r in rows if r["set"] == name], key="c") for name in dict.fromkeys(r["set"] for r in rows)}
    outlets = {r["outlet"] for r in rows if r["set"] == "id"}
    if outlets:
        worst = max(outlets, key=lambda o: ece([r for r in rows if r["set"] == "id" and r["outlet"] == o], key="c"))
        out[f"id outlet max ({worst})"] = ece([r for r in rows if r["set"] == "id" and r["outlet"] == worst], key="c")
    return out


def line_points(exclude: set[str]) -> list[dict]:
    """Kept paragraphs of en-pscrape pages outside ``exclude`` whose text is a labelled line: truth 1 (`with`) or 0."""
    out = []
    with gzip.open(corpus_dir() / "en-pscrape.jsonl.gz", "rt", encoding="utf-8") as f:
        for page in map(json.loads, f):
            if page["id"] in exclude:
                continue
            label = {norm(x): 0.0 for x in page["without"]} | {norm(x): 1.0 for x in page["with"]}
            result = declutter.clean(page["raw"], settings=OFF)
            share, features = paragraph_features(result, page["raw"], OFF)
            for p, feats in zip(result.paragraphs, features):
                truth = label.get(norm(p.text))
                if truth is not None:
                    out.append({"set": "en-pscrape", "doc": page["id"], "outlet": page["dataset"],
                                "f": feats, "share": share, "truth": truth})
    return out


def snippet_points(mode: str, exclude: set[str]) -> list[dict]:
    """Kept paragraphs of traf-dev pages outside ``exclude`` (cleaned as text scrapes, or as HTML by clean_html)
    that hold a must-keep snippet and no must-drop one (truth 1), or the reverse (truth 0)."""
    out = []
    for page in snippet_pages(mode, None):
        if page["id"] in exclude:
            continue
        keep, drop = [norm(x) for x in page["with"]], [norm(x) for x in page["without"]]
        if mode == "text":
            result = declutter.clean(page["input"], settings=OFF)
            text = page["input"]
        else:
            result = declutter.clean_html(page["input"], settings=OFF)
            text = result.source or ""
        share, features = paragraph_features(result, text, OFF)
        for p, feats in zip(result.paragraphs, features):
            t = norm(p.text)
            good, bad = any(x and x in t for x in keep), any(x and x in t for x in drop)
            if good != bad:
                out.append({"set": f"traf-dev {mode}", "doc": page["id"], "outlet": "traf-dev", "f": feats,
                            "share": share, "truth": float(good)})
    return out


def write(values: dict[str, float]) -> None:
    text = SETTINGS_PY.read_text(encoding="utf-8")
    for name, value in values.items():
        text, n = re.subn(rf"(    {name}: float = _f\()[^,]+,", rf"\g<1>{value!r},", text)
        if n != 1:
            raise SystemExit(f"{name}: not found once in {SETTINGS_PY}")
    SETTINGS_PY.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the fitted values into src/declutter/settings.py")
    ap.add_argument("--traf", action="store_true", help="held-out ECE on traf-dev pages outside our German gold, "
                    "as text scrapes and through clean_html (a kept paragraph holding a must-keep snippet is content, "
                    "one holding a must-drop snippet junk)")
    ap.add_argument("--shape", help="FROM,FULL: fit with this page_shape_from and page_shape_full (written with "
                    "--write) instead of settings.py's")
    ap.add_argument("--json", help="write the values and figures here")
    a = ap.parse_args(argv)
    base = declutter.DEFAULTS
    if a.shape:
        low, high = (float(x) for x in a.shape.split(","))
        base = base.replace(page_shape_from=low, page_shape_full=high)
    rows = [r for name in FIT_SETS for r in points(load_set(name), name)]
    held = [r for name in HELD_OUT for r in points(load_set(name), name)]
    # en-pscrape's labelled lines outside our English gold and the AEB development split: one half of the pages is
    # fitted on as a set of its own, the other half is held out.
    lines = line_points(read_ids([str(HERE / "gold" / "en.jsonl"), str(HERE / "gold" / "aeb-dev-dragnet.txt")]))
    rows += [r for r in lines if lines_half(r) == 0]
    held_lines = [r for r in lines if lines_half(r) == 1]
    values = fit(rows, base)
    fitted = base.replace(**values)
    if a.shape:
        values = {"page_shape_from": base.page_shape_from, "page_shape_full": base.page_shape_full} | values
    print(f"fitted on {', '.join(FIT_SETS)} and half of en-pscrape ({len(rows)} kept paragraphs; page map from {base.page_shape_from} to "
          f"{base.page_shape_full} of lines with nothing kept):")
    for k, v in values.items():
        print(f"  {k:<28} {getattr(declutter.DEFAULTS, k):>8.3f} -> {v:>8.3f}")
    cv: dict[int, float] = {}
    for fold in (0, 1):
        part = fitted.replace(**fit([r for r in rows if half(r) != fold], base))
        cv |= {id(r): confidence(r, part) for r in rows if half(r) == fold}
    report = {"values": values, "paragraph_ece": {
        "scorer alone (calibration off)": figures(rows + held, OFF),
        "settings.py now": figures(rows + held, base),
        "fitted (in sample; id-heldout held out)": figures(rows + held, fitted),
        "fitted, two-fold cross-validation": figures(rows, cv)}}
    for title, settings in (("calibration off", OFF), ("settings.py now", base), ("fitted", fitted)):
        report["paragraph_ece"][f"en-pscrape held-out half: {title}"] = figures(
            [dict(r, set=f"en-pscrape {r['outlet']}") for r in held_lines] + held_lines, settings)
    if a.traf:
        exclude = read_ids(str(HERE / "gold" / "de.jsonl"))
        for mode in ("text", "html"):
            pts = snippet_points(mode, exclude)
            report["paragraph_ece"][f"traf-dev held-out {mode}: calibration off"] = figures(pts, OFF)
            report["paragraph_ece"][f"traf-dev held-out {mode}: fitted"] = figures(pts, fitted)
    for title, figs in report["paragraph_ece"].items():
        print(f"{title}: " + ", ".join(f"{k} {v:.4f}" for k, v in figs.items()))
    if a.write:
        write(values)
        print(f"written to {SETTINGS_PY}")
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
