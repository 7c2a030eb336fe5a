"""Side-by-side benchmark: declutter against the tools users would pick instead, on the same
documents, in one run. Writes a Markdown table and a JSON file.

    pip install -e '.[bench]'
    python benchmarks/compare.py                         # seed, dev and the team gold (id, en, de)
    python benchmarks/compare.py dev id --out benchmarks/results

Systems: identity (keep everything); a "read also" regex (drop lines opening with the usual
markers); C4's line rule (keep lines that end in terminal punctuation and have at least 5 words);
jusText with the document's stoplist and trafilatura, both on the text wrapped one <p> per line
(trafilatura extracts from pages: given clean <p> text it keeps nearly all of it, so its row here is
close to identity; benchmarks/snippets.py and aeb.py compare it on real pages); declutter. On a set
whose records carry the page's "html" (dev-html.jsonl, a synthetic smoke set made by
html_quality.py), also trafilatura and declutter.clean_html on that HTML. Every system is scored
by ../shared/bench/score.py's word alignment (peers give no offsets), so on bodies that repeat
whole paragraphs the figures of all systems carry the alignment's own error. Speed: docs/s and MB/s
on one core (best of three passes on sets under 100 documents, one pass above) and the peak memory
Python allocated during a further pass (tracemalloc).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
from quality import SETS, load_set
from scoring import count_doc, summarize

import declutter

HERE = Path(__file__).resolve().parent
READ_ALSO = re.compile(r"^\s*(baca juga|lihat juga|simak juga|baca selengkapnya|read more|read also|related)\b",
                       re.I)
JUSTEXT_STOPLISTS = {"id": "Indonesian", "en": "English", "ms": "Malay", "de": "German"}
REPEAT_MAX_DOCS = 100  # larger sets are timed once


def identity(raw: str, lang: str) -> str:
    return raw


def read_also_regex(raw: str, lang: str) -> str:
    return "\n".join(line for line in raw.split("\n") if not READ_ALSO.match(line))


def c4_rule(raw: str, lang: str) -> str:
    keep = []
    for line in raw.split("\n"):
        s = line.strip()
        if s and s[-1] in ".!?\"'”’" and len(s.split()) >= 5:
            keep.append(line)
    return "\n".join(keep)


def wrap_html(raw: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.split("\n") if line.strip())
    return f"<html><head><title></title></head><body><article>{paras}</article></body></html>"


def make_justext() -> Callable[[str, str], str] | None:
    try:
        import justext
    except ImportError:
        return None

    def run(raw: str, lang: str) -> str:
        stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS.get(lang, "English"))
        paragraphs = justext.justext(wrap_html(raw).encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def make_trafilatura() -> Callable[[str, str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(raw: str, lang: str) -> str:
        return trafilatura.extract(wrap_html(raw), include_comments=False) or ""

    return run


def run_declutter(raw: str, lang: str) -> str:
    return declutter.clean(raw).text


def on_html(fn: Callable[[str], str]) -> Callable[[str, str], str]:
    """A system that reads the page's original HTML (sets with an "html" field)."""
    def run(html: str, lang: str) -> str:
        return fn(html)

    run.reads_html = True  # type: ignore[attr-defined]
    return run


def systems() -> dict[str, Callable[[str, str], str] | None]:
    traf = make_trafilatura()
    out: dict[str, Callable[[str, str], str] | None] = {
        "identity": identity, "read-also regex": read_also_regex, "C4 line rule": c4_rule,
        "jusText": make_justext(), "trafilatura (text as <p>: keeps what it is given)": traf,
        "declutter": run_declutter,
        "declutter.clean_html (HTML)": on_html(lambda h: declutter.clean_html(h).text)}
    if traf is not None:
        import trafilatura

        out["trafilatura (HTML)"] = on_html(lambda h: trafilatura.extract(h, include_comments=False) or "")
    return out


def evaluate(name: str, fn: Callable[[str, str], str], docs: list[dict], repeat: int = 3) -> dict:
    field = "html" if getattr(fn, "reads_html", False) else "raw"
    fn(docs[0][field], docs[0].get("lang", "id"))  # warm-up (imports, caches)
    repeat = repeat if len(docs) < REPEAT_MAX_DOCS else 1
    elapsed = float("inf")
    for _ in range(repeat):  # speed: best of `repeat` passes, without tracemalloc's overhead
        t0 = time.perf_counter()
        outputs = [fn(d[field], d.get("lang", "id")) for d in docs]
        elapsed = min(elapsed, time.perf_counter() - t0)
    tracemalloc.start()  # memory: one more pass under tracemalloc
    for d in docs:
        fn(d[field], d.get("lang", "id"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = sum(len(d[field].encode("utf-8")) for d in docs)
    fig = summarize([count_doc(d, out) for d, out in zip(docs, outputs)])
    fig.update(docs_per_s=round(len(docs) / elapsed, 1), mb_per_s=round(size / 1e6 / elapsed, 3),
               peak_mb=round(peak / 1e6, 1))
    return {"system": name, **fig}


def markdown(results: dict[str, list[dict]]) -> str:
    out = []
    for set_name, rows in results.items():
        out.append(f"### {set_name}\n")
        out.append("| system | spam recall | spam precision | content loss | clean docs | docs/s | MB/s | peak MB |")
        out.append("|---|---|---|---|---|---|---|---|")
        for r in rows:
            out.append(f"| {r['system']} | {r['spam_recall']:.3f} | {r['spam_precision']:.3f} | "
                       f"{100 * r['content_loss']:.2f}% | {r['clean_doc_rate']:.3f} | {r['docs_per_s']:,.0f} | "
                       f"{r['mb_per_s']:.2f} | {r['peak_mb']:.1f} |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", help="gold JSONL files, or set names of benchmarks/quality.py: seed, dev, id, "
                    "en, de (default: seed dev id en de; dev-html.jsonl is the synthetic HTML smoke set)")
    ap.add_argument("--out", default=str(HERE / "results"), help="folder for compare.md and compare.json")
    a = ap.parse_args(argv)
    names = a.gold or ["seed", "dev", "id", "en", "de"]
    results: dict[str, list[dict]] = {}
    missing = [n for n, fn in systems().items() if fn is None]
    for name in names:
        if name in SETS:
            if name not in ("seed", "dev") and not goldsets.available():
                continue
            docs = load_set(name)
        else:
            docs = [json.loads(line) for line in open(name, encoding="utf-8") if line.strip()]
            name = Path(name).name
        results[name] = [evaluate(n, fn, docs) for n, fn in systems().items()
                              if fn is not None and ("html" in docs[0] or not getattr(fn, "reads_html", False))]
    table = markdown(results)
    if missing:
        table += f"\nNot installed, not run: {', '.join(missing)} (pip install -e '.[bench]').\n"
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.md").write_text(table, encoding="utf-8")
    (out / "compare.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
