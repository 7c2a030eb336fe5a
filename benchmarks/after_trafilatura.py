"""declutter after trafilatura (issue 13's recipe): does `declutter.clean(trafilatura.extract(page))` raise precision
and remove the teaser headers trafilatura leaves, and what does it cost in recall? Measured on the same pages:

- en-pages (L3S-GN1, Dragnet, CleanEval) with the AEB metric of benchmarks/aeb.py (4-token shingles, mean P/R over
  pages, F1 of the means);
- traf-dev with the snippet method of benchmarks/snippets.py (a `with` snippet kept: TP; a `without` kept: FP).

Systems: trafilatura (`extract(page, include_comments=False)`, as realpages.py runs it), and the same output cleaned
by `declutter.clean` (text mode, default settings). Also counted: the lines declutter removes from trafilatura's
output, by removal kind, and how many of them hold a traf-dev `without` snippet (junk trafilatura left) or a `with`
snippet (content lost). Pages/s: CPU time of the whole chain on one core.

    python benchmarks/after_trafilatura.py [--limit N] [--json benchmarks/results/after_trafilatura.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
from realpages import corpus_dir, guarded, make_trafilatura, norm, prf, table, write_json

import declutter


def _chain(extract):  # type: ignore[no-untyped-def]
    def run(page: object) -> str:
        return declutter.clean(extract(page)).text

    return run


def on_aeb(extract, limit: int | None) -> list[list[object]]:  # type: ignore[no-untyped-def]
    pages, _ = aeb.load_pages(limit)
    rows = []
    for name, fn in (("trafilatura", extract), ("trafilatura + declutter.clean", _chain(extract))):
        p = r = cpu = 0.0
        empty = 0
        for page in pages:
            out, _, t = guarded(fn, page["html"])
            pp, rr = aeb.page_pr(page["gold"], out)
            p, r, cpu, empty = p + pp, r + rr, cpu + t, empty + (not out.strip())
        p, r = p / len(pages), r / len(pages)
        rows.append(["en-pages (AEB)", name, len(pages), p, r, 2 * p * r / (p + r) if p + r else 0.0, empty,
                     len(pages) / cpu if cpu else 0.0])
    return rows


def on_snippets(extract, limit: int | None) -> tuple[list[list[object]], dict[str, int]]:  # type: ignore[no-untyped-def]
    root = corpus_dir() / "traf-dev"
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    items = [v for v in evaldata.values() if (root / "html" / (v["file"] + ".gz")).exists()][:limit]
    counts = {name: Counter() for name in ("trafilatura", "trafilatura + declutter.clean")}
    removed: Counter[str] = Counter()
    cpu = {name: 0.0 for name in counts}
    for item in items:
        page = gzip.open(root / "html" / (item["file"] + ".gz"), "rb").read()
        raw, _, t = guarded(extract, page)
        cpu["trafilatura"] += t
        cpu["trafilatura + declutter.clean"] += t
        result, _, t2 = guarded(declutter.clean, raw) if raw.strip() else (None, False, 0.0)
        cpu["trafilatura + declutter.clean"] += t2
        cleaned = result.text if result is not None else raw
        for rm in result.removals if result is not None else ():
            text = norm(rm.text)
            removed[f"kind {rm.kind}"] += 1
            removed["holding a `without` snippet (junk removed)"] += any(norm(s) in text for s in item["without"])
            removed["holding a `with` snippet (content lost)"] += any(norm(s) in text for s in item["with"])
        for name, out in (("trafilatura", raw), ("trafilatura + declutter.clean", cleaned)):
            text = norm(out)
            c = counts[name]
            found = sum(norm(s) in text for s in item["with"])
            leaked = sum(norm(s) in text for s in item["without"])
            c.update(tp=found, fn=len(item["with"]) - found, fp=leaked, tn=len(item["without"]) - leaked,
                     empty=not out.strip())
    rows = []
    for name, c in counts.items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        rows.append(["traf-dev (snippets)", name, len(items), p, r, f, c["empty"],
                     len(items) / cpu[name] if cpu[name] else 0.0])
    return rows, dict(removed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N pages of each set (for a quick look)")
    ap.add_argument("--json", help="write the figures as JSON here")
    a = ap.parse_args(argv)
    extract = make_trafilatura("html")
    if extract is None:
        print("trafilatura is not installed (pip install -e '.[bench]')", file=sys.stderr)
        return 2
    if not (corpus_dir() / "en-gold.jsonl.gz").exists():
        print(f"no corpus at {corpus_dir()} (set DECLUTTER_CORPUS)", file=sys.stderr)
        return 2
    rows = on_aeb(extract, a.limit)
    snippet_rows, removed = on_snippets(extract, a.limit)
    rows += snippet_rows
    print(table(["set", "system", "pages", "precision", "recall", "F1", "empty", "pages/s"], rows))
    print("\nWhat declutter.clean removed from trafilatura's output on traf-dev:\n")
    print(table(["removals", "count"], [[k, v] for k, v in sorted(removed.items())]))
    write_json(a.json, {"rows": rows, "removed": removed})
    return 0


if __name__ == "__main__":
    sys.exit(main())
