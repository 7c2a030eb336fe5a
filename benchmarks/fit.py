"""Fit the scorer's weights and bias to the gold (issue 16): maximum a posteriori logistic regression over the
segments of the first cleaning pass, with each weight's hand-set default as its prior mean.

    python benchmarks/fit.py                       # fit on dev + id, print the fitted Settings and their figures
    python benchmarks/fit.py --looo                # leave one outlet out: fit without an outlet, measure on it
    python benchmarks/fit.py --json benchmarks/results/fit.json

Each segment is one example. Its features are the signals the filters gave it, each as its weight divided by the
filter's default weight (1 for a marker, the scaled share for headline shape or topical overlap), so a fitted
coefficient is that filter's new weight. Its label is the share of its words the gold marks as junk (neutral words
left out), and it counts by its number of such words, so a long paragraph weighs more than a label. The prior,
N(default, 1/PRIOR_STRENGTH), keeps a weight where the data says little (the HTML filters never fire on text: their
weights stay hand-set) and stops a marker that is never wrong from running off to infinity. Solved by Newton's
method (needs numpy: a development dependency, in the `bench` extra).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from quality import load_set, measure, run
from scoring import WORD, _label, _spans

import declutter
from declutter.filters import FILTERS, run_filters
from declutter.filters.base import make_context
from declutter.lang import detect, load
from declutter.segment import segment

PRIOR_STRENGTH = 2.0  # 1 / prior variance of each weight, in the units of one junk-or-content word
TRAIN_SETS = ("dev", "id")
# Weights the training sets cannot show: page-chrome evidence that Indonesian article bodies hardly have, the HTML
# filters, site profiles, and filters that fire too rarely there to be fitted.
HAND_SET = ("before_body", "after_body", "comments_section", "share_buttons", "profile_match", "link_density",
            "dom_hint", "link_list", "outside_main")
CODES = tuple(FILTERS)


def examples(docs: list[dict], settings: declutter.Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, junk share, word count) of every segment of the first pass over ``docs``."""
    rows, ys, ns = [], [], []
    for d in docs:
        raw = d["raw"]
        spam, neutral = _spans(raw, d.get("spam", [])), _spans(raw, d.get("neutral", []))
        lang = load(detect(raw))
        segs = segment(raw, lang, settings)
        signals = run_filters(segs, make_context(segs, lang, settings))
        for seg, sigs in zip(segs, signals):
            labels = [_label(a, b, spam, neutral) for a, b in (m.span() for m in WORD.finditer(raw, seg.start, seg.end))]
            junk, content = labels.count("spam"), labels.count("content")
            if junk + content == 0:
                continue
            x = np.zeros(len(CODES))
            for s in sigs:
                default = getattr(declutter.DEFAULTS, f"{s.code}_weight")
                x[CODES.index(s.code)] += s.weight / default if default else 0.0
            rows.append(x)
            ys.append(junk / (junk + content))
            ns.append(junk + content)
    return np.array(rows), np.array(ys), np.array(ns, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, n: np.ndarray, prior: np.ndarray, iterations: int = 100,
        fixed: tuple[int, ...] = (), offset: np.ndarray | float = 0.0, intercept: bool = True,
        prior_strength: float = PRIOR_STRENGTH) -> np.ndarray:
    """MAP weights [bias, w_1 .. w_k] of P(y) = sigmoid(offset + bias + x·w) (without ``intercept``, no bias column:
    [w_1 .. w_k] of sigmoid(offset + x·w)), Gaussian prior around ``prior`` of precision ``prior_strength``:
    Newton steps, each halved until the objective falls. (benchmarks/calibrate.py fits its page map with it too.)"""
    design = np.hstack([np.ones((len(x), 1)), x]) if intercept else x
    strength = np.full(len(prior), prior_strength)
    strength[list(fixed)] = 1e9  # held at the prior: weights the training data cannot show

    def objective(w: np.ndarray) -> float:
        z = offset + design @ w
        # n * cross-entropy, written with logaddexp so that it stays finite for any z
        loss = n * (y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
        return float(loss.sum() + 0.5 * (strength * (w - prior) ** 2).sum())

    w = prior.copy()
    current = objective(w)
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(offset + design @ w, -35, 35)))
        grad = design.T @ (n * (p - y)) + strength * (w - prior)
        hess = (design * (n * p * (1 - p))[:, None]).T @ design + np.diag(strength)
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while scale > 1e-6 and objective(w - scale * step) > current:
            scale /= 2
        w = w - scale * step
        new = objective(w)
        if current - new < 1e-9 * max(1.0, current):
            break
        current = new
    return w


def fitted_settings(groups: list[list[dict]], hand_set: tuple[str, ...] = ()) -> tuple[declutter.Settings, dict[str, float]]:
    """Fit on several gold sets, each weighing as much as the largest (a set's words are scaled to that
    total), so that the 62 development articles count as much as the 308 real ones."""
    base = declutter.DEFAULTS
    parts = [examples(docs, base) for docs in groups if docs]
    top = max(n.sum() for _, _, n in parts)
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    n = np.concatenate([p[2] * (top / p[2].sum()) for p in parts])
    prior = np.array([base.bias] + [getattr(base, f"{c}_weight") for c in CODES])
    w = fit(x, y, n, prior, fixed=tuple(1 + CODES.index(c) for c in hand_set))
    values = {"bias": round(float(w[0]), 2)} | {f"{c}_weight": round(float(v), 2) for c, v in zip(CODES, w[1:])}
    fitted = {k: _within_range(k, v) for k, v in values.items()}
    # A profile's cap on prose may not outweigh prose shape (Settings checks): it follows a fitted prose weight.
    fitted["profile_prose_max_weight"] = min(base.profile_prose_max_weight, -fitted["sentence_shape_weight"])
    return base.replace(**fitted), values


def _within_range(name: str, value: float) -> float:
    """A fitted value clipped to the setting's documented range (a junk filter's weight stays >= 0: a fit
    that wants it negative says the filter misleads on this data, which the report shows unclipped)."""
    low, high = next(f.metadata["range"] for f in dataclasses.fields(declutter.Settings) if f.name == name)
    value = value if low is None else max(low, value)
    return value if high is None else min(high, value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(TRAIN_SETS))
    ap.add_argument("--looo", action="store_true", help="leave-one-outlet-out figures on the Indonesian gold")
    ap.add_argument("--min-confidence", type=float, default=declutter.DEFAULTS.min_confidence,
                    help="decision threshold to measure the fitted weights with (2/3: losing content costs twice as "
                         "much as keeping junk)")
    ap.add_argument("--json", help="write the fitted values and figures here")
    a = ap.parse_args(argv)
    sets = {name: load_set(name) for name in a.sets.split(",")}
    docs = [d for name in sets for d in sets[name]]
    settings, values = fitted_settings(list(sets.values()), HAND_SET)
    settings = settings.replace(min_confidence=a.min_confidence)
    report: dict[str, object] = {"fitted_on": sorted(sets), "documents": len(docs), "values": values}
    print(f"fitted on {', '.join(sorted(sets))} ({len(docs)} documents):")
    for key, value in values.items():
        old = getattr(declutter.DEFAULTS, key)
        print(f"  {key:<28} {old:>7.2f} -> {value:>7.2f}")
    figures = {}
    for name, group in sets.items():
        figures[name] = {"default": measure(run(group)), "fitted": measure(run(group, settings))}
        print(f"{name}: default {json.dumps(figures[name]['default'])}\n{'':{len(name)}}  fitted  "
              f"{json.dumps(figures[name]['fitted'])}")
    report["figures"] = figures
    if a.looo:
        by_outlet: dict[str, list[dict]] = defaultdict(list)
        for d in sets.get("id", []):
            by_outlet[d["outlet"]].append(d)
        looo = {}
        held_runs = []
        for outlet, held in sorted(by_outlet.items()):
            held_ids = {d["id"] for d in held}
            rest = [[d for d in group if d["id"] not in held_ids] for group in sets.values()]
            s, _ = fitted_settings(rest, HAND_SET)
            runs = run(held, s.replace(min_confidence=a.min_confidence))
            held_runs += runs
            looo[outlet] = measure(runs)
            print(f"  without {outlet:<10} -> on it: {json.dumps(looo[outlet])}")
        looo["all (each outlet measured with the weights fitted without it)"] = measure(held_runs)
        print(f"leave-one-outlet-out, pooled: {json.dumps(measure(held_runs))}")
        report["leave_one_outlet_out"] = looo
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
