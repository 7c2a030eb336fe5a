"""The team's gold sets, stored in the repository as references into the shared corpus.

The corpus texts belong to their outlets and never enter this repository (../shared/corpus/README.md), so
`benchmarks/gold/<set>.jsonl` holds, per article, the corpus id, the sha1 of its raw text and the exact junk
(`spam`) and `neutral` pieces; `load(name)` joins them with the corpus at run time into the shared gold format
`{"id", "lang", "source", "outlet", "title", "raw", "spam", "neutral"}` that ../shared/bench/score.py reads.

Sets (annotated by ../shared/corpus/ANNOTATION.md, drawn by benchmarks/gold/draw.py with a fixed seed):
- `id`: 308 Indonesian articles of id-raw.jsonl.gz, 28 from each of the 11 outlets;
- `id-second`: an independent second reading of 40 of them (agreement: benchmarks/agreement.py);
- `en`: 100 English pages of en-pscrape.jsonl.gz (their naive-scrape text);
- `de`: 60 German pages of traf-dev, as benchmarks/pscrape.py scrapes them.

The corpus is found at $DECLUTTER_CORPUS, else ../shared/corpus beside the checkout.

    python benchmarks/goldsets.py id OUT.jsonl     # write a set in the shared format (for score.py)
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SETS = ("id", "id-second", "en", "de")


def corpus_dir() -> Path:
    return Path(os.environ.get("DECLUTTER_CORPUS") or HERE.parents[1] / "shared" / "corpus")


def available() -> bool:
    """Whether the shared corpus is here (it is on the team's machines and in CI, not in a user's checkout)."""
    return (corpus_dir() / "id-raw.jsonl.gz").exists()


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.cache
def _raw_texts(kind: str) -> dict[str, dict]:
    """id -> {raw, title, outlet, source} for one corpus file."""
    root = corpus_dir()
    if kind == "id":
        with gzip.open(root / "id-raw.jsonl.gz", "rt", encoding="utf-8") as f:
            return {d["id"]: d for d in map(json.loads, f)}
    if kind == "en":
        with gzip.open(root / "en-pscrape.jsonl.gz", "rt", encoding="utf-8") as f:
            return {d["id"]: {**d, "outlet": d["dataset"], "source": d["dataset"], "title": None} for d in map(json.loads, f)}
    if kind == "de":
        sys.path.insert(0, str(HERE))
        from pscrape import scrape

        evaldata = json.loads((root / "traf-dev" / "evaldata.json").read_text(encoding="utf-8"))
        out = {}
        for url, item in evaldata.items():
            path = root / "traf-dev" / "html" / (item["file"] + ".gz")
            if path.exists():
                out[item["file"]] = {"raw": scrape(gzip.open(path, "rb").read()), "outlet": "traf-dev",
                                     "source": url, "title": None}
        return out
    raise ValueError(kind)


def references(name: str) -> list[dict]:
    with open(GOLD / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load(name: str) -> list[dict]:
    """The set `name` in the shared gold format; raises if the corpus text changed under a reference."""
    kind = name.split("-")[0]
    texts = _raw_texts(kind)
    docs = []
    for ref in references(name):
        src = texts[ref["id"]]
        if sha1(src["raw"]) != ref["raw_sha1"]:
            raise ValueError(f"{name}: the corpus text of {ref['id']} is not the one annotated (sha1 differs)")
        docs.append({"id": ref["id"], "lang": ref["lang"], "source": src.get("source"), "outlet": src["outlet"],
                     "title": src.get("title"), "raw": src["raw"], "spam": ref["spam"], "neutral": ref["neutral"]})
    return docs


def main(argv: list[str]) -> int:
    name, out = argv
    with open(out, "w", encoding="utf-8") as f:
        for d in load(name):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
