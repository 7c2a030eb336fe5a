"""Site profiles: does learning recurring pieces raise spam recall, without losing content?

    python benchmarks/profile_quality.py benchmarks/data/dev.jsonl [--siblings 3] [--scale 100000]

A crawl of one site repeats its teasers, footers and credits across many pages. The dev set
has one page each, so the script builds the crawl: for every gold article, ``--siblings`` more
pages whose bodies are prose sentences drawn from the other articles (each sentence used once,
so no article text recurs) and whose junk is the gold article's spam pieces, put between the
sentences as the scrapers did. The seed's teaser runs go in as bare headlines, one a line. A
profile is learnt from the dev pages plus the siblings, then the dev set is scored without and
with it. ``--scale N`` also times learning over N short documents and reports peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import count_doc, summarize

import declutter
import declutter.profile


def prose_sentences(docs: list[dict]) -> list[str]:
    pool = []
    for d in docs:
        raw = d["raw"]
        for s in d.get("spam", []) + d.get("neutral", []):
            raw = raw.replace(s, "\n")
        for line in raw.split("\n"):
            for sent in line.split(". "):
                sent = sent.strip()
                if len(sent.split()) >= 8 and sent[:1].isupper():
                    pool.append(sent.rstrip(".") + ".")
    return pool


def siblings(docs: list[dict], seed_doc: dict, per_doc: int, rng: random.Random) -> list[str]:
    pool = prose_sentences(docs)
    rng.shuffle(pool)
    out = []
    for d in [*docs, seed_doc]:
        pieces = list(d.get("spam", []))
        if d is seed_doc:  # the seed's runs as bare headlines, one a line
            pieces = [h for p in pieces for h in p.replace(" Halaman", "\nHalaman").split("\n")]
        if not pieces:
            continue
        for _ in range(per_doc):
            body = [pool.pop() for _ in range(6) if pool]
            page = []
            for i, sent in enumerate(body):
                page.append(sent)
                if i < len(pieces):
                    page.append(pieces[i])
            page.extend(pieces[len(body):])
            out.append("\n".join(page))
    return out


def score(docs: list[dict], profile: declutter.Profile | None) -> dict:
    return summarize([count_doc(d, declutter.clean(d["raw"], profile=profile).text) for d in docs])


def scale_test(n: int, rng: random.Random, docs: list[dict]) -> None:
    pool = prose_sentences(docs)
    teasers = [s for d in docs for s in d.get("spam", []) if len(s.split()) >= 4][:200]

    def stream():  # generated lazily: memory is the learner's, not the corpus's
        for _ in range(n):
            yield "\n".join(rng.sample(pool, 3) + rng.sample(teasers, 2))

    t0 = time.perf_counter()
    profile = declutter.Profile.learn(stream(), min_docs=5, min_share=0.001)
    elapsed = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"learning over {n:,} short documents: {elapsed:.1f} s ({n / elapsed:,.0f} docs/s), "
          f"{len(profile)} entries, peak RSS of the process {rss:.0f} MB")


def speed_with_big_profile(docs: list[dict], rng: random.Random, entries: int = 10_000) -> None:
    """clean() over the dev set without a profile and with a profile of ``entries`` entries."""
    words = sorted({w for d in docs for w in d["raw"].split() if w.isalpha() and w[0].isupper()})
    fake = [declutter.profile.Entry(declutter.profile.normalise(" ".join(rng.sample(words, rng.randint(4, 12)))),
                                    "example", 50) for _ in range(entries)]
    profile = declutter.Profile(fake, 1000)
    texts = [d["raw"] for d in docs]
    timings = {}
    for label, prof in (("no profile", None), (f"{len(profile):,}-entry profile", profile)):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for t in texts:
                declutter.clean(t, profile=prof)
            best = min(best, time.perf_counter() - t0)
        timings[label] = best
        print(f"clean() over {len(texts)} dev documents with {label}: {len(texts) / best:,.0f} docs/s")
    slow = list(timings.values())
    print(f"slow-down with the big profile: {slow[1] / slow[0]:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--seed-set", default=str(Path(__file__).resolve().parent / "data" / "seed.jsonl"))
    ap.add_argument("--siblings", type=int, default=3)
    ap.add_argument("--scale", type=int, default=0, help="also time learning over this many short documents")
    ap.add_argument("--save", help="write the learnt profile here")
    a = ap.parse_args(argv)
    rng = random.Random(20261125)
    docs = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    seed_doc = json.loads(open(a.seed_set, encoding="utf-8").readline())
    crawl = [d["raw"] for d in docs] + [seed_doc["raw"]] + siblings(docs, seed_doc, a.siblings, rng)
    t0 = time.perf_counter()
    profile = declutter.Profile.learn(crawl, min_docs=3, min_share=0.01)
    print(f"crawl: {len(crawl)} pages; profile: {len(profile)} entries, learnt in {time.perf_counter() - t0:.1f} s")
    if a.save:
        profile.save(a.save)
    before, after = score(docs, None), score(docs, profile)
    print(f"without profile: {json.dumps(before)}")
    print(f"with profile:    {json.dumps(after)}")
    speed_with_big_profile(docs, rng)
    if a.scale:
        scale_test(a.scale, rng, docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
