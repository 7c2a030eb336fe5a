"""Speed of declutter.clean on one core: docs/s and MB/s over a gold JSONL, and how time grows
with input length (an article repeated to 30 KB, 300 KB and 1 MB on one line and on many).

    python benchmarks/speed.py ../shared/data/dev.jsonl [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import declutter


def timed(fn, *args, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="JSONL with a 'raw' field")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the set; the best is reported")
    a = ap.parse_args(argv)
    texts = [json.loads(line)["raw"] for line in open(a.gold, encoding="utf-8") if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)

    def run_all() -> None:
        for t in texts:
            declutter.clean(t)

    run_all()  # warm caches (language lists, compiled patterns)
    best = timed(run_all, repeat=a.repeat)
    print(f"{len(texts)} docs, {size / 1e6:.2f} MB: {len(texts) / best:,.0f} docs/s, "
          f"{size / 1e6 / best:.2f} MB/s, {1000 * best / len(texts):.2f} ms/doc (one core, best of {a.repeat})")

    base = max(texts, key=len)
    base_t = timed(declutter.clean, base, repeat=a.repeat)
    print(f"linearity (base article {len(base):,} chars: {1000 * base_t:.1f} ms)")
    for target in (30_000, 300_000, 1_000_000):
        reps = target // len(base) + 1
        for label, text in (("one line", " ".join([base.replace("\n", " ")] * reps)[:target]),
                            ("lines", "\n".join([base] * reps)[:target])):
            t = timed(declutter.clean, text, repeat=1)
            print(f"  {len(text):>9,} chars, {label:<8}: {t:7.3f} s = {t / base_t:6.0f}x the base "
                  f"for {len(text) / len(base):5.0f}x the length")
    return 0


if __name__ == "__main__":
    sys.exit(main())
