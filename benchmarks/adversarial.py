"""Worst-case time per MB: clean() on adversarial inputs at two sizes, to show time grows
linearly with input length (the per-MB time stays flat) and to find the slowest shape.

    python benchmarks/adversarial.py [--mb 1]
"""

from __future__ import annotations

import argparse
import sys
import time

import declutter

SHAPES = {
    "capitalised words, no punctuation": "Kata ",
    "no spaces": "x",
    "short lines": "a\n",
    "repeated lead-ins": "Baca juga: ",
    "repeated pagination": "Halaman 2 ",
    "editor codes": "Harga naik. (abc/def) ",
    "headline runs": "Cek Harga Emas Terbaru Hari Ini ",
    "headline lines": "Cek Harga Emas Terbaru Hari Ini\n",
    "prose": "Harga cabai di pasar induk naik lagi pada pekan ini. ",
    "mixed scripts": "Harga naik. Цены растут. 价格上涨。 ارتفاع الأسعار. ",
    "zero-width and bidi": "Harga\u200b naik\u200f lagi.\u202e Baca\u2066 juga: X\u2069\n",
    "NUL and controls": "Harga\x00 naik\x01 lagi.\x1b[0m\n",
    "brackets and quotes": "(\"[“",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="the larger size, in MB (the smaller is a tenth)")
    a = ap.parse_args(argv)
    worst = ("", 0.0)
    print(f"| input | s/MB at {a.mb / 10:g} MB | s/MB at {a.mb:g} MB | ratio |\n|---|---|---|---|")
    for name, unit in SHAPES.items():
        per_mb = []
        for size in (a.mb / 10, a.mb):
            text = unit * int(size * 1e6 / len(unit))
            t0 = time.perf_counter()
            declutter.clean(text)
            per_mb.append((time.perf_counter() - t0) / (len(text) / 1e6))
        print(f"| {name} | {per_mb[0]:.2f} | {per_mb[1]:.2f} | {per_mb[1] / per_mb[0]:.2f} |")
        if per_mb[1] > worst[1]:
            worst = (name, per_mb[1])
    print(f"\nworst case: {worst[0]}, {worst[1]:.2f} s per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
