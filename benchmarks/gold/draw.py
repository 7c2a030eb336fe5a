"""The seeded draw of the articles our gold sets annotate (so anyone can redraw exactly the same ones).

Indonesian (issue 16): 28 articles per outlet from ../shared/corpus/id-raw.jsonl.gz (all 11 outlets have at least
28), drawn with random.Random(SEED) over each outlet's ids in corpus order; never by what the cleaner gets wrong.
English (issue 12): 100 pages of ../shared/corpus/en-pscrape.jsonl.gz (45 L3S-GN1, 45 Dragnet, 10 CleanEval),
among pages whose naive scrape is 1,000-9,000 characters and has at least 3 `with` lines (an article is there, and
a page can be read whole by an annotator).
German (issue 12): 60 pages of ../shared/corpus/traf-dev whose <html lang> is German, same length window on the
naive scrape (benchmarks/pscrape.py).

Held-out Indonesian (`id-heldout`): 10 more articles per outlet, drawn with HELDOUT_SEED among the articles the
development draw did not take. Their gold is measured, never read while writing rules (benchmarks/gold/README.md).

    python benchmarks/gold/draw.py OUTDIR             # writes the annotation batches (raw texts) to OUTDIR
    python benchmarks/gold/draw.py --heldout OUTDIR   # the held-out Indonesian batches
    python benchmarks/gold/draw.py --aeb-dragnet benchmarks/gold/aeb-dev-dragnet.txt   # the second AEB dev split

Second AEB development split (issue 13, `aeb-dev-dragnet.txt`): DRAGNET_DEV_N Dragnet pages with a numeric id
(dragnet/<digits>; the first split, en.jsonl, holds 3 of them), drawn with DRAGNET_DEV_SEED among those of
en-gold.jsonl.gz with a page file and gold tokens that en.jsonl does not hold, in corpus order; then (2026-12-05,
draw_aeb_more) 30 more such Dragnet pages and 20 CleanEval pages, with MORE_DEV_SEED.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pscrape import scrape

SEED = 20261125
HELDOUT_SEED = 20261204
HELDOUT_PER_OUTLET = 10
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
PER_OUTLET = 28
EN_PLAN = {"l3s-gn1": 45, "dragnet": 45, "cleaneval-dev": 10}
DE_N = 60
DRAGNET_DEV_SEED = 20261213
DRAGNET_DEV_N = 30
MORE_DEV_SEED = 20261205
MORE_DEV_PLAN = {"dragnet": 30, "cleaneval-dev": 20}
_NUMERIC_DRAGNET = re.compile(r"dragnet/[0-9]+")
MIN_CHARS, MAX_CHARS = 1000, 9000


def jsonl_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def draw_id(corpus: Path = CORPUS) -> list[dict]:
    docs = jsonl_gz(corpus / "id-raw.jsonl.gz")
    rng = random.Random(SEED)
    picked = []
    for outlet in sorted({d["outlet"] for d in docs}):
        pool = [d for d in docs if d["outlet"] == outlet]
        picked += rng.sample(pool, min(PER_OUTLET, len(pool)))
    return picked


def draw_id_heldout(corpus: Path = CORPUS) -> list[dict]:
    """HELDOUT_PER_OUTLET articles per outlet that the development draw did not take."""
    taken = {d["id"] for d in draw_id(corpus)}
    docs = [d for d in jsonl_gz(corpus / "id-raw.jsonl.gz") if d["id"] not in taken]
    rng = random.Random(HELDOUT_SEED)
    picked = []
    for outlet in sorted({d["outlet"] for d in docs}):
        pool = [d for d in docs if d["outlet"] == outlet]
        picked += rng.sample(pool, min(HELDOUT_PER_OUTLET, len(pool)))
    return picked


def _id_record(d: dict) -> dict:
    return {"id": d["id"], "lang": "id", "source": d["source"], "outlet": d["outlet"], "title": d["title"],
            "raw": d["raw"]}


def draw_en(corpus: Path = CORPUS) -> list[dict]:
    docs = jsonl_gz(corpus / "en-pscrape.jsonl.gz")
    rng = random.Random(SEED)
    picked = []
    for dataset, n in EN_PLAN.items():
        pool = [d for d in docs if d["dataset"] == dataset and MIN_CHARS <= len(d["raw"]) <= MAX_CHARS
                and len(d["with"]) >= 3]
        picked += rng.sample(pool, n)
    return picked


_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([a-zA-Z-]+)", re.I)


def traf_pages(corpus: Path = CORPUS) -> list[dict]:
    """Every traf-dev page with its URL, file, page language and naive scrape."""
    evaldata = json.loads((corpus / "traf-dev" / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in evaldata.items():
        path = corpus / "traf-dev" / "html" / (item["file"] + ".gz")
        if not path.exists():
            continue
        data = gzip.open(path, "rb").read()
        m = _LANG.search(data[:5000])
        pages.append({"id": item["file"], "url": url, "page_lang": m.group(1).decode().lower() if m else None,
                      "raw": scrape(data), "with": item.get("with", []), "without": item.get("without", [])})
    return pages


def draw_de(corpus: Path = CORPUS) -> list[dict]:
    pool = [p for p in traf_pages(corpus)
            if (p["page_lang"] or "").startswith("de") and MIN_CHARS <= len(p["raw"]) <= MAX_CHARS]
    pool.sort(key=lambda p: p["id"])
    return random.Random(SEED).sample(pool, DE_N)


def draw_aeb_dragnet(corpus: Path = CORPUS) -> list[str]:
    """The second AEB development split: ids of DRAGNET_DEV_N numeric-id Dragnet pages, in corpus order."""
    taken = {json.loads(line)["id"] for line in open(Path(__file__).with_name("en.jsonl"), encoding="utf-8")}
    pool = [d["id"] for d in jsonl_gz(corpus / "en-gold.jsonl.gz")
            if _NUMERIC_DRAGNET.fullmatch(d["id"]) and d["id"] not in taken and re.search(r"\w", d["gold_text"])
            and (corpus / "en-pages" / f"{d['id']}.html").exists()]
    picked = set(random.Random(DRAGNET_DEV_SEED).sample(pool, DRAGNET_DEV_N))
    return [i for i in pool if i in picked]


def draw_aeb_more(corpus: Path = CORPUS) -> list[str]:
    """The draw of 2026-12-05 added to the second AEB development split: MORE_DEV_PLAN pages of each dataset, drawn
    with random.Random(MORE_DEV_SEED) apiece among the held-out pages (a page file and gold tokens; in neither
    en.jsonl nor the first DRAGNET_DEV_N): Dragnet's numeric-id pages in corpus order, as draw_aeb_dragnet draws,
    CleanEval's ids sorted. Never by what the cleaner gets wrong."""
    taken = {json.loads(line)["id"] for line in open(Path(__file__).with_name("en.jsonl"), encoding="utf-8")}
    taken |= set(draw_aeb_dragnet(corpus))
    usable = [d["id"] for d in jsonl_gz(corpus / "en-gold.jsonl.gz")
              if d["id"] not in taken and re.search(r"\w", d["gold_text"])
              and (corpus / "en-pages" / f"{d['id']}.html").exists()]
    dragnet = [i for i in usable if _NUMERIC_DRAGNET.fullmatch(i)]
    cleaneval = sorted(i for i in usable if i.startswith("cleaneval-dev/"))
    out = []
    for pool, n in ((dragnet, MORE_DEV_PLAN["dragnet"]), (cleaneval, MORE_DEV_PLAN["cleaneval-dev"])):
        picked = set(random.Random(MORE_DEV_SEED).sample(pool, n))
        out += [i for i in pool if i in picked]
    return out


def main() -> int:
    if sys.argv[1:2] == ["--aeb-dragnet"]:
        ids = draw_aeb_dragnet() + draw_aeb_more()
        Path(sys.argv[2]).write_text("".join(i + "\n" for i in ids), encoding="utf-8")
        print(f"AEB dragnet development {len(ids)} -> {sys.argv[2]}")
        return 0
    heldout = "--heldout" in sys.argv[1:]
    out = Path(next(a for a in sys.argv[1:] if a != "--heldout"))
    out.mkdir(parents=True, exist_ok=True)
    if heldout:
        ids = draw_id_heldout()
        random.Random(HELDOUT_SEED).shuffle(ids)
        for k in range(2):
            with open(out / f"id-heldout-{k}.jsonl", "w", encoding="utf-8") as f:
                for d in ids[k::2]:
                    f.write(json.dumps(_id_record(d), ensure_ascii=False) + "\n")
        print(f"id held out {len(ids)} -> {out}")
        return 0
    ids = draw_id()
    random.Random(SEED).shuffle(ids)
    for k in range(4):
        with open(out / f"id-{k}.jsonl", "w", encoding="utf-8") as f:
            for d in ids[k::4]:
                f.write(json.dumps(_id_record(d), ensure_ascii=False) + "\n")
    second = random.Random(SEED + 1).sample(ids, 40)
    with open(out / "id-second.jsonl", "w", encoding="utf-8") as f:
        for d in second:
            f.write(json.dumps(_id_record(d), ensure_ascii=False) + "\n")
    en = draw_en()
    random.Random(SEED).shuffle(en)
    for k in range(2):
        with open(out / f"en-{k}.jsonl", "w", encoding="utf-8") as f:
            for d in en[k::2]:
                f.write(json.dumps({"id": d["id"], "lang": "en", "source": d["dataset"], "title": None,
                                    "raw": d["raw"]}, ensure_ascii=False) + "\n")
    de = draw_de()
    with open(out / "de-0.jsonl", "w", encoding="utf-8") as f:
        for d in de:
            f.write(json.dumps({"id": d["id"], "lang": "de", "source": d["url"], "title": None, "raw": d["raw"]},
                               ensure_ascii=False) + "\n")
    print(f"id {len(ids)}, second reading {len(second)}, en {len(en)}, de {len(de)} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
