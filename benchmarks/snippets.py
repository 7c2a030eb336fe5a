"""Snippet figures on traf-dev (issues 12 and 13): 482 real pages, mostly German, each with must-keep (`with`) and
must-drop (`without`) snippets in ../shared/corpus/traf-dev/evaldata.json, scored as trafilatura's evaluation does:
over all pages, a `with` snippet found in the output is a true positive (missing: false negative), a `without`
snippet found is a false positive (missing: true negative); precision, recall and F1 of those sums. Output and
snippets are whitespace-normalised before the substring test.

Two modes, one run each (benchmarks/realpages.py says exactly what each system does):
- `--mode text`: the page as a naive <p> scraper stores it (benchmarks/pscrape.py), then cleaned by identity,
  C4's line rule, jusText (the text wrapped one <p> a line) and declutter.clean;
- `--mode html`: the page's bytes as read from disk, given to declutter.clean_html, trafilatura (default and
  fast), readability-lxml and jusText.
jusText reads these mixed-language pages with the union of all its stoplists. Crashes (a raise, or a call over
realpages.TIMEOUT_S) count as empty output; "empty" counts pages whose output is empty without a crash. Pages/s:
CPU time (time.process_time) on one core, the scrape of text mode not included.

    python benchmarks/snippets.py --mode text
    python benchmarks/snippets.py --mode html --json benchmarks/results/snippets-html.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pscrape import scrape
from realpages import (
    System,
    all_and_held_out,
    c4_lines,
    corpus_dir,
    declutter_text,
    guarded,
    html_systems,
    identity,
    make_justext,
    norm,
    only_named,
    prf,
    read_ids,
    table,
    warm_up,
    write_json,
    write_records,
)


def text_systems() -> tuple[dict[str, System], list[str]]:
    made = {"identity": identity, "C4 line rule": c4_lines, "jusText (<p> lines)": make_justext(None, "text"),
            "declutter.clean": declutter_text}
    return {k: v for k, v in made.items() if v is not None}, [k for k, v in made.items() if v is None]


def load_pages(mode: str, limit: int | None) -> list[dict]:
    """{"id", "with", "without", "input"}: input is the page's bytes (html) or its naive scrape (text)."""
    root = corpus_dir() / "traf-dev"
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for item in evaldata.values():
        path = root / "html" / (item["file"] + ".gz")
        if not path.exists():
            continue
        data = gzip.open(path, "rb").read()
        pages.append({"id": item["file"], "with": item["with"], "without": item["without"],
                      "input": scrape(data) if mode == "text" else data})
        if limit and len(pages) >= limit:
            break
    return pages


def run(pages: list[dict], systems: dict[str, System]) -> list[dict]:
    """One record per (page, system): the snippets found and leaked, by index."""
    warm_up(systems, pages[0]["input"])
    records = []
    for i, page in enumerate(pages, 1):
        for name, fn in systems.items():
            out, crashed, cpu = guarded(fn, page["input"])
            text = norm(out)
            records.append({"id": page["id"], "system": name, "crashed": crashed,
                            "empty": not crashed and not out.strip(), "cpu": cpu,
                            "missed": [k for k, s in enumerate(page["with"]) if norm(s) not in text],
                            "leaked": [k for k, s in enumerate(page["without"]) if norm(s) in text],
                            "with": len(page["with"]), "without": len(page["without"])})
        if i % 100 == 0:
            print(f"  {i}/{len(pages)} pages", file=sys.stderr)
    return records


def count(records: list[dict], systems: list[str]) -> dict[str, dict[str, float]]:
    counts = {name: {"tp": 0, "fn": 0, "fp": 0, "tn": 0, "crashes": 0, "empty": 0, "cpu": 0.0, "pages": 0}
              for name in systems}
    for r in records:
        c = counts[r["system"]]
        c["pages"] += 1
        c["cpu"] += r["cpu"]
        c["crashes"] += r["crashed"]
        c["empty"] += r["empty"]
        c["tp"] += r["with"] - len(r["missed"])
        c["fn"] += len(r["missed"])
        c["fp"] += len(r["leaked"])
        c["tn"] += r["without"] - len(r["leaked"])
    for c in counts.values():
        p, rec, f = prf(c["tp"], c["fp"], c["fn"])
        total = c["tp"] + c["fn"] + c["fp"] + c["tn"]
        c.update(precision=p, recall=rec, f1=f, accuracy=(c["tp"] + c["tn"]) / total if total else 0.0,
                 pages_per_s=c["pages"] / c["cpu"] if c["cpu"] else float("inf"))
    return counts


def markdown(counts: dict[str, dict[str, float]]) -> str:
    header = ["system", "precision", "recall", "F1", "accuracy", "TP", "FN", "FP", "TN", "crashes", "empty",
              "pages/s"]
    rows = [[s, c["precision"], c["recall"], c["f1"], c["accuracy"], c["tp"], c["fn"], c["fp"], c["tn"],
             c["crashes"], c["empty"], c["pages_per_s"]] for s, c in counts.items()]
    return table(header, rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=("text", "html"), default="html")
    ap.add_argument("--exclude-ids", help="page files (one a line, or a JSONL with an 'id' field) for held-out "
                    "figures; their own figures are given as development")
    ap.add_argument("--limit", type=int, help="only the first N pages (for a quick look)")
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--records", help="write one JSON line per (page, system) here: missed and leaked snippets")
    ap.add_argument("--systems", help="run only these systems (comma-separated names, as in the table)")
    a = ap.parse_args(argv)
    if not (corpus_dir() / "traf-dev" / "evaldata.json").exists():
        print(f"no traf-dev corpus at {corpus_dir()} (set DECLUTTER_CORPUS)", file=sys.stderr)
        return 2
    systems, missing = (text_systems() if a.mode == "text" else html_systems(None, a.systems))
    if a.mode == "text":
        systems = only_named(systems, a.systems)  # type: ignore[assignment,arg-type]
    pages = load_pages(a.mode, a.limit)
    records = run(pages, systems)
    results = all_and_held_out(records, len(pages), read_ids(a.exclude_ids), lambda recs: count(recs, list(systems)))
    note = ("each page as benchmarks/pscrape.py scrapes it" if a.mode == "text" else "each page's HTML")
    print(f"traf-dev snippets, --mode {a.mode} ({note}), {len(pages)} pages, "
          f"{sum(len(p['with']) for p in pages)} with / {sum(len(p['without']) for p in pages)} without snippets\n")
    for title, counts in results.items():
        print(f"### {title}\n\n{markdown(counts)}\n")
    if missing:
        print(f"\nNot installed, not run: {', '.join(missing)} (pip install -e '.[bench]' readability-lxml).")
    write_json(a.json, {"mode": a.mode, "pages": len(pages), "systems": results})
    write_records(a.records, records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
