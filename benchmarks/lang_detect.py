"""Accuracy and speed of ``declutter.lang.detect`` on real texts from the shared corpus.

    python benchmarks/lang_detect.py [--corpus ../shared/corpus]

Sets: every Indonesian body of ``id-raw.jsonl.gz``; the article lines (``with``) of each
``en-pscrape`` page that has 30 words or more; the ``<p>``/``<h1-3>``/``<li>`` text of each
``traf-dev`` page whose ``<html lang>`` names a shipped language (30 words or more). The label is
the corpus's (id-raw, en-pscrape) or the page's own ``lang`` attribute, so a page that is really
in another language counts as an error. Two scores: the whole text (detection reads its first
5,000 characters), and a short window of two or three sentences of six words or more from a
random place in it (seeded), the case ``lang="auto"`` finds hard.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import time
from pathlib import Path

from declutter.lang import available, detect

SENTENCE = re.compile(r"[^.!?\n]*[.!?]")


def load_sets(corpus: Path) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = collections.defaultdict(list)
    with gzip.open(corpus / "id-raw.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            sets["id"].append(json.loads(line)["raw"])
    with gzip.open(corpus / "en-pscrape.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            text = "\n".join(json.loads(line)["with"])
            if len(text.split()) >= 30:
                sets["en"].append(text)
    import lxml.html

    for path in sorted((corpus / "traf-dev" / "html").glob("*.html.gz")):
        try:
            doc = lxml.html.fromstring(gzip.open(path).read())
        except Exception:  # an unreadable page is skipped, as a scraper would
            continue
        lang = (doc.get("lang") or doc.get("xml:lang") or "").lower()[:2]
        if lang not in available():
            continue
        for bad in doc.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        text = "\n".join(" ".join(e.text_content().split()) for e in doc.iter("p", "h1", "h2", "h3", "li"))
        if len(text.split()) >= 30:
            sets[lang].append(text)
    return sets


def window(text: str, rnd: random.Random) -> str | None:
    """Two or three consecutive sentences of six words or more, or None when the text has fewer."""
    sents = [s.strip() for s in SENTENCE.findall(text) if len(s.split()) >= 6]
    if len(sents) < 3:
        return None
    i = rnd.randrange(len(sents) - 2)
    return " ".join(sents[i : i + rnd.choice((2, 3))])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="../shared/corpus", type=Path)
    a = ap.parse_args(argv)
    sets = load_sets(a.corpus)
    rnd = random.Random(1)
    for mode in ("whole text", "2-3 sentences"):
        total = right = 0
        confusions: collections.Counter[tuple[str, str]] = collections.Counter()
        took = 0.0
        for lang, texts in sorted(sets.items()):
            n = ok = 0
            for text in texts:
                sample = text if mode == "whole text" else window(text, rnd)
                if sample is None:
                    continue
                t0 = time.perf_counter()
                got = detect(sample)
                took += time.perf_counter() - t0
                n, ok = n + 1, ok + (got == lang)
                if got != lang:
                    confusions[(lang, got)] += 1
            total, right = total + n, right + ok
            print(f"{mode:14} {lang}: {ok}/{n} = {ok / max(n, 1):.4f}")
        print(f"{mode:14} all: {right}/{total} = {right / total:.4f}; "
              f"{took / total * 1e6:.0f} µs a text; most confused: {confusions.most_common(6)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
