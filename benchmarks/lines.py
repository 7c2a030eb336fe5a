"""Line-level figures on en-pscrape (issue 12): 2,025 real English pages as a naive <p> scraper stores them, each
line labelled `with` (article) or `without` (not article) from the benchmarks' gold (../shared/corpus/README.md).

Each system cleans the page's `raw` text. A `with` line counts as kept if its whitespace-normalised text is a
substring of the whitespace-normalised output; a `without` line must be gone. Two views of the same counts:
- junk P/R/F1: removing junk is the positive class (TP: `without` line removed; FP: `with` line removed;
  FN: `without` line kept), what a cleaner of scraped text is for;
- snippet P/R/F1: the content view of trafilatura's evaluation (TP: `with` kept; FP: `without` kept; FN: `with`
  removed).
Systems (benchmarks/realpages.py says exactly what each does): identity, C4's line rule, jusText (English stoplist)
and trafilatura on the text wrapped one <p> a line (that is their input here, not the page), declutter.clean.

    python benchmarks/lines.py --exclude-ids benchmarks/gold/en.jsonl benchmarks/gold/aeb-dev-dragnet.txt --json benchmarks/results/lines.json

With --exclude-ids (ids, or a gold JSONL whose lines have an "id"), the figures are also given without those pages
(held-out: the pages of our English gold were studied while building the filters). Pages/s: CPU time on one core.
"empty" counts pages with at least one `with` line whose output is empty (an empty output is right for a page
with no article line).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realpages import (
    System,
    all_and_held_out,
    c4_lines,
    corpus_dir,
    declutter_text,
    guarded,
    identity,
    make_justext,
    make_trafilatura,
    norm,
    prf,
    read_ids,
    table,
    warm_up,
    write_json,
)

DATASETS = ("l3s-gn1", "dragnet", "cleaneval-dev")


def text_systems() -> tuple[dict[str, System], list[str]]:
    made = {"identity": identity, "C4 line rule": c4_lines, "jusText (<p> lines)": make_justext("English", "text"),
            "trafilatura (<p> lines)": make_trafilatura("text"), "declutter.clean": declutter_text}
    return {k: v for k, v in made.items() if v is not None}, [k for k, v in made.items() if v is None]


def score_page(page: dict, output: str) -> dict[str, int]:
    """Counts of `with`/`without` lines kept and removed in one output."""
    out = norm(output)
    with_kept = sum(norm(line) in out for line in page["with"])
    without_kept = sum(norm(line) in out for line in page["without"])
    return {"with_kept": with_kept, "with_removed": len(page["with"]) - with_kept,
            "without_kept": without_kept, "without_removed": len(page["without"]) - without_kept}


def load_pages(limit: int | None) -> list[dict]:
    with gzip.open(corpus_dir() / "en-pscrape.jsonl.gz", "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    return pages[:limit] if limit else pages


def run(pages: list[dict], systems: dict[str, System]) -> list[dict]:
    """One record per (page, system): its counts, crash, empty output and CPU seconds."""
    warm_up(systems, pages[0]["raw"])
    records = []
    for i, page in enumerate(pages, 1):
        for name, fn in systems.items():
            out, crashed, cpu = guarded(fn, page["raw"])
            records.append({"id": page["id"], "dataset": page["dataset"], "system": name, "crashed": crashed,
                            "empty": not out.strip() and bool(page["with"]), "cpu": cpu,
                            **score_page(page, out)})
        if i % 200 == 0:
            print(f"  {i}/{len(pages)} pages", file=sys.stderr)
    return records


def summarise(records: list[dict]) -> dict[str, float]:
    c = {k: sum(r[k] for r in records) for k in ("with_kept", "with_removed", "without_kept", "without_removed")}
    jp, jr, jf = prf(c["without_removed"], c["with_removed"], c["without_kept"])
    sp, sr, sf = prf(c["with_kept"], c["without_kept"], c["with_removed"])
    cpu = sum(r["cpu"] for r in records)
    return {"pages": len(records), "junk_p": jp, "junk_r": jr, "junk_f1": jf, "snip_p": sp, "snip_r": sr,
            "snip_f1": sf, "crashes": sum(r["crashed"] for r in records), "empty": sum(r["empty"] for r in records),
            "pages_per_s": len(records) / cpu if cpu else float("inf"), **c}


def figures(records: list[dict], systems: list[str]) -> dict[str, dict[str, dict[str, float]]]:
    """dataset (and "all") -> system -> summary."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in records:
        groups[r["dataset"], r["system"]].append(r)
        groups["all", r["system"]].append(r)
    return {ds: {s: summarise(groups[ds, s]) for s in systems if groups[ds, s]}
            for ds in (*DATASETS, "all") if any(groups[ds, s] for s in systems)}


def markdown(title: str, figs: dict[str, dict[str, dict[str, float]]]) -> str:
    header = ["dataset", "system", "pages", "junk P", "junk R", "junk F1", "snippet P", "snippet R", "snippet F1",
              "crashes", "empty", "pages/s"]
    rows = [[ds, s, f["pages"], f["junk_p"], f["junk_r"], f["junk_f1"], f["snip_p"], f["snip_r"], f["snip_f1"],
             f["crashes"], f["empty"], f["pages_per_s"]]
            for ds, by_system in figs.items() for s, f in by_system.items()]
    return f"### {title}\n\n{table(header, rows)}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exclude-ids", nargs="+", help="files of ids (one a line, or a JSONL with an 'id' field):"
                    " the development pages, left out of the held-out figures")
    ap.add_argument("--limit", type=int, help="only the first N pages (for a quick look)")
    ap.add_argument("--json", help="write the figures as JSON here")
    a = ap.parse_args(argv)
    if not (corpus_dir() / "en-pscrape.jsonl.gz").exists():
        print(f"no corpus at {corpus_dir()} (set DECLUTTER_CORPUS)", file=sys.stderr)
        return 2
    systems, missing = text_systems()
    pages = load_pages(a.limit)
    records = run(pages, systems)
    excluded = read_ids(a.exclude_ids)
    results = all_and_held_out(records, len(pages), excluded, lambda recs: figures(recs, list(systems)))
    print(f"en-pscrape line-level figures, {len(pages)} pages\n")
    for title, figs in results.items():
        print(markdown(title, figs))
    if missing:
        print(f"Not installed, not run: {', '.join(missing)} (pip install -e '.[bench]').")
    write_json(a.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
