"""Speed of declutter.clean on one core, in CPU time, beside trafilatura and a regex floor in the same run.

    python benchmarks/speed.py                         # 1,000 distinct id-raw articles of the shared corpus
    python benchmarks/speed.py --gold benchmarks/data/dev.jsonl    # any JSONL with a 'raw' field
    python benchmarks/speed.py --baseline /tmp/old/src/declutter   # another declutter tree, alternated with this one
    python benchmarks/speed.py --baseline DIR --chunk 50 --rounds 5 --no-linearity   # steadier A/B on a loaded machine

Systems, each over the same texts, alternated round by round (the machine is shared and loaded: CPU time,
``time.process_time``, the fastest round counts):
- declutter: ``declutter.clean(text)`` (language detected);
- trafilatura default and fast: ``trafilatura.extract`` on the text wrapped one ``<p>`` per line (issue 15;
  ``fast=True``, ``no_fallback=True`` before 1.10), skipped with a notice when trafilatura is not installed;
- regex floor: one ``regex`` scan of the text for the Indonesian read-also phrases (the least work a cleaner
  that finds junk by its words can do);
- with ``--baseline DIR``: the declutter package in DIR (a copy of ``src/declutter`` from another commit),
  imported under another name, to measure a change against the code before it in one run.

Then linearity: distinct text (articles joined, none repeated) from 1 KB to 1 MB, CPU time per KB at each size.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import inspect
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
import regex

import declutter
from declutter.lang import load

SEED = 15  # issue 15


def load_texts(gold: str | None, n: int) -> list[str]:
    """``n`` distinct raw texts: from ``gold`` (all of them) or a seeded sample of id-raw.jsonl.gz."""
    if gold:
        return [json.loads(line)["raw"] for line in open(gold, encoding="utf-8") if line.strip()]
    with gzip.open(goldsets.corpus_dir() / "id-raw.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = list(dict.fromkeys(d["raw"] for d in map(json.loads, f)))  # distinct: no text twice
    return random.Random(SEED).sample(texts, min(n, len(texts)))


def wrap_html(raw: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.split("\n") if line.strip())
    return f"<html><head><title></title></head><body><article>{paras}</article></body></html>"


def load_baseline(path: str) -> Callable[[str], object]:
    """``clean`` of the declutter package at ``path``, imported as ``declutter_baseline``."""
    root = Path(path)
    spec = importlib.util.spec_from_file_location("declutter_baseline", root / "__init__.py",
                                                  submodule_search_locations=[str(root)])
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["declutter_baseline"] = module
    spec.loader.exec_module(module)
    module.lang.marker_patterns()
    return module.clean  # type: ignore[no-any-return]


def systems(baseline: str | None) -> dict[str, Callable[[str], object]]:
    declutter.lang.markers._patterns_by_first_word()  # compiled on first use (seconds): not part of a document's time
    out: dict[str, Callable[[str], object]] = {"declutter": declutter.clean}
    if baseline:
        out["declutter (baseline)"] = load_baseline(baseline)
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (pip install -e '.[bench]'): its rows are skipped")
    else:
        fast = "fast" if "fast" in inspect.signature(trafilatura.extract).parameters else "no_fallback"
        out["trafilatura"] = lambda t: trafilatura.extract(wrap_html(t))
        out["trafilatura fast"] = lambda t: trafilatura.extract(wrap_html(t), **{fast: True})
    read_also = floor_pattern()
    out["regex floor"] = lambda t: read_also.findall(t)
    return out


def floor_pattern(code: str = "id") -> regex.Pattern[str]:
    """The read-also phrases of the articles' language (``lang/id/read_more.txt``, 17 phrases) as one
    case-insensitive alternation of literals: the least work a cleaner that finds junk by its words can do.
    (The 264 phrases of every language in one alternation scan at about 8 ms per article, slower than declutter
    itself: no floor.)"""
    phrases = {p.rstrip(":").lower() for p in load(code).markers["read_more"]}
    return regex.compile("|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True)), regex.IGNORECASE)


def cpu(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def distinct_text(texts: list[str], size: int) -> str:
    """Articles joined by blank lines, none repeated, cut at a line break near ``size`` characters."""
    out, n = [], 0
    for t in texts:
        if n >= size:
            break
        out.append(t)
        n += len(t) + 2
    joined = "\n\n".join(out)
    cut = joined.rfind("\n", 0, size)
    return joined[: cut if cut > size // 2 else size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_file", nargs="?", help="JSONL with a 'raw' field (the same as --gold)")
    ap.add_argument("--gold", help="JSONL with a 'raw' field (default: id-raw articles of the shared corpus)")
    ap.add_argument("-n", type=int, default=1000, help="id-raw articles (default 1000)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; systems alternate in each, the fastest counts")
    ap.add_argument("--baseline", help="another declutter package directory, measured alternately with this one")
    ap.add_argument("--no-linearity", action="store_true", help="skip the linearity check")
    ap.add_argument("--chunk", type=int, default=0,
                    help="time the systems on chunks of this many texts, alternated chunk by chunk, and add up each "
                         "chunk's fastest round (steadier on a loaded machine; default: the whole set at once)")
    a = ap.parse_args(argv)
    a.gold = a.gold or a.gold_file
    texts = load_texts(a.gold, a.n)
    size = sum(len(t.encode("utf-8")) for t in texts)
    runs = systems(a.baseline)
    for fn in runs.values():  # warm up: word lists, compiled patterns, lazy imports
        for t in texts[:20]:
            fn(t)
    chunks = [texts[i : i + a.chunk] for i in range(0, len(texts), a.chunk)] if a.chunk > 0 else [texts]
    parts = {name: [float("inf")] * len(chunks) for name in runs}
    for _ in range(a.rounds):
        for k, chunk in enumerate(chunks):
            for name, fn in runs.items():
                parts[name][k] = min(parts[name][k], cpu(fn, chunk))
    best = {name: sum(times) for name, times in parts.items()}
    per = f" (per chunk of {a.chunk}, added up)" if a.chunk > 0 else ""
    print(f"{len(texts)} distinct documents, {size / 1e6:.2f} MB; CPU time, fastest of {a.rounds} alternating "
          f"rounds{per}")
    ours = best["declutter"]
    print(f"{'system':<22} {'docs/s':>9} {'MB/s':>7} {'ms/doc':>7} {'declutter is':>14}")
    for name, t in best.items():
        ratio = "" if name == "declutter" else f"{t / ours:.2f}x as fast"
        print(f"{name:<22} {len(texts) / t:9,.0f} {size / 1e6 / t:7.2f} {1000 * t / len(texts):7.2f} {ratio:>14}")
    if a.no_linearity:
        return 0
    pool = load_texts(None, 100_000) if not a.gold else texts
    print("linearity (distinct text, no article repeated):")
    base = None
    for target in (1_000, 10_000, 100_000, 1_000_000):
        text = distinct_text(pool, target)
        reps = max(1, 100_000 // len(text))
        t = min(cpu(declutter.clean, [text] * reps) for _ in range(2)) / reps
        per_kb = t / (len(text) / 1000)
        base = base or per_kb
        print(f"  {len(text):>9,} chars: {1000 * t:9.2f} ms, {1000 * per_kb:.3f} ms/KB = {per_kb / base:.2f}x "
              "the time per KB at 1 KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
