"""declutter's quality figures on every gold set, in one command: the figures of the README and of the quality
gate (tests/test_quality_gate.py, benchmarks/floors.json).

    python benchmarks/quality.py                     # all sets: seed, dev, id, id-heldout, en, de (+ per outlet)
    python benchmarks/quality.py --sets id --per-outlet --per-doc
    python benchmarks/quality.py --gold some.jsonl   # any file in the shared gold format
    python benchmarks/quality.py --set glued_tail_weight=0   # the same with a setting changed

Sets: `seed`, `dev` (benchmarks/data, copies of ../shared/data), and the team's gold `id` (308 Indonesian
articles, 11 outlets), `id-heldout` (109 more, drawn and annotated blind, never read while writing rules: the
honest figure for an article the rules were not written on), `en` (100 English page scrapes), `de` (60 German page
scrapes), joined with ../shared/corpus at run time (benchmarks/goldsets.py; skipped with a notice where the corpus is absent).
Figures are those of ../shared/bench/score.py (benchmarks/scoring.py), counted from declutter's offsets (exact),
with the paragraphs' expected calibration error (benchmarks/calibration.py; the last line gives it per detected
language over all the sets measured); the line after each set gives
score.py's own figures on the same output, whose difflib word alignment misplaces bodies that repeat whole
paragraphs (a perfect output of the Indonesian set scores precision 0.56 and loss 5.1% there).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
from calibration import paragraph_points, reliability
from scoring import count_doc, count_result, summarize

import declutter

HERE = Path(__file__).resolve().parent
SETS = ("seed", "dev", "id", "id-heldout", "en", "de")


def load_set(name: str) -> list[dict]:
    if name in ("seed", "dev"):
        path = HERE / "data" / f"{name}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return goldsets.load(name)


def run(docs: list[dict], settings: declutter.Settings | None = None) -> list[tuple[dict, declutter.CleanResult]]:
    """Clean each document as a user would: language detected (lang="auto"), default or given settings."""
    return [(d, declutter.clean(d["raw"], settings=settings)) for d in docs]


def measure(runs: list[tuple[dict, declutter.CleanResult]]) -> dict:
    """Summary figures of one set (exact, from the result's offsets), with the paragraph ECE."""
    fig = summarize([count_result(d, r) for d, r in runs])
    points = [pt for d, r in runs for pt in paragraph_points(d, r)]
    fig["paragraph_ece"] = round(reliability(points)[1], 4) if points else 0.0
    return fig


def per_outlet(runs: list[tuple[dict, declutter.CleanResult]]) -> dict[str, dict]:
    groups: dict[str, list[tuple[dict, declutter.CleanResult]]] = defaultdict(list)
    for d, r in runs:
        groups[d.get("outlet") or d.get("source") or "?"].append((d, r))
    return {k: measure(v) for k, v in sorted(groups.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated set names (default: all)")
    ap.add_argument("--gold", nargs="*", default=[], help="gold JSONL files to measure as well")
    ap.add_argument("--per-outlet", action="store_true", help="figures per outlet (per dataset for en/de)")
    ap.add_argument("--per-doc", action="store_true", help="a line for each imperfect document")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="change a setting")
    ap.add_argument("--output", help="also write the cleaned texts as JSONL {id, text, paragraphs}")
    ap.add_argument("--json", help="write all figures to this JSON file")
    a = ap.parse_args(argv)
    settings = declutter.DEFAULTS.with_text_values(a.set) if a.set else None
    named = [(s, None) for s in a.sets.split(",") if s] + [(Path(g).name, g) for g in a.gold]
    out = open(a.output, "w", encoding="utf-8") if a.output else None
    report: dict[str, dict] = {}
    by_language: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for name, path in named:
        if path is None and name not in ("seed", "dev") and not goldsets.available():
            print(f"{name}: skipped, the shared corpus is not at {goldsets.corpus_dir()}")
            continue
        docs = load_set(name) if path is None else [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
        runs = run(docs, settings)
        fig = measure(runs)
        aligned = summarize([count_doc(d, r.text) for d, r in runs])
        report[name] = {"all": fig, "score.py": aligned}
        print(f"{name}: {json.dumps(fig)}")
        print(f"  score.py's word alignment on the same output: recall {aligned['spam_recall']}, precision "
              f"{aligned['spam_precision']}, loss {aligned['content_loss']}, clean {aligned['clean_doc_rate']}, "
              f"breaks {aligned['introduced_breaks']}")
        if a.per_outlet:
            report[name]["outlets"] = per_outlet(runs)
            for outlet, f in report[name]["outlets"].items():
                print(f"  {outlet:<28} docs {f['docs']:>3}  recall {f['spam_recall']:.3f}  precision "
                      f"{f['spam_precision']:.3f}  loss {100 * f['content_loss']:.2f}%  clean {f['clean_doc_rate']:.2f}"
                      f"  breaks {f['introduced_breaks']}  ECE {f['paragraph_ece']:.3f}")
        for d, r in runs:
            by_language[r.language] += paragraph_points(d, r)
            c = count_result(d, r)
            if a.per_doc and not c["clean"]:
                print(f"    {d['id']}: spam {c['spam_removed']}/{c['spam']} removed, content lost "
                      f"{c['content_removed']}/{c['content']}, breaks {c['breaks']}")
            if out:
                out.write(json.dumps({"id": d["id"], "text": r.text, "paragraphs": [
                    {"text": p.text, "confidence": p.confidence} for p in r.paragraphs]}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    languages = {code: round(reliability(pts)[1], 4) for code, pts in sorted(by_language.items()) if pts}
    report["paragraph_ece_by_language"] = languages
    print("paragraph ECE by language (detected), over the sets above: "
          + ", ".join(f"{code} {ece:.4f} ({len(by_language[code])} paragraphs)" for code, ece in languages.items()))
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
