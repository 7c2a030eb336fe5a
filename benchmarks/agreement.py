"""Agreement between two independent readings of the same articles (issue 16: the second reading of 40 of the
308 Indonesian gold articles, benchmarks/gold/id-second.jsonl, against benchmarks/gold/id.jsonl).

    python benchmarks/agreement.py [first] [second]      # set names of benchmarks/goldsets.py

Each word of an article (../shared/bench/score.py's words) gets a label from each reading: spam, neutral or
content. Reported: the share of words labelled alike, Cohen's kappa over the three labels, and, treating the
first reading as truth, the second reading's spam recall and precision (how far one careful reader's junk is
from another's), with the documents where the readings differ most.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldsets
from scoring import WORD, _label, _spans

LABELS = ("spam", "neutral", "content")


def labels(doc: dict) -> list[str]:
    raw = doc["raw"]
    spam, neutral = _spans(raw, doc.get("spam", [])), _spans(raw, doc.get("neutral", []))
    return [_label(*m.span(), spam, neutral) for m in WORD.finditer(raw)]


def main(argv: list[str]) -> int:
    first_name, second_name = [*argv, "id", "id-second"][:2] if len(argv) < 2 else argv[:2]
    if not goldsets.available():
        print(f"the shared corpus is not at {goldsets.corpus_dir()}")
        return 2
    first = {d["id"]: d for d in goldsets.load(first_name)}
    second = goldsets.load(second_name)
    pairs: Counter[tuple[str, str]] = Counter()
    per_doc = []
    for doc in second:
        a, b = labels(first[doc["id"]]), labels(doc)
        pairs.update(zip(a, b))
        per_doc.append((sum(x != y for x, y in zip(a, b)), doc["id"], len(a)))
    total = sum(pairs.values())
    agree = sum(n for (x, y), n in pairs.items() if x == y) / total
    expected = sum(sum(n for (x, _), n in pairs.items() if x == lab) * sum(n for (_, y), n in pairs.items() if y == lab)
                   for lab in LABELS) / total ** 2
    kappa = (agree - expected) / (1 - expected) if expected < 1 else 1.0
    both = pairs[("spam", "spam")]
    recall = both / max(1, sum(n for (x, _), n in pairs.items() if x == "spam"))
    precision = both / max(1, sum(n for (_, y), n in pairs.items() if y == "spam"))
    print(f"{len(second)} documents, {total} words: labelled alike {agree:.4f}, Cohen's kappa {kappa:.3f}")
    print(f"second reading's junk against the first: recall {recall:.3f}, precision {precision:.3f}")
    print("label pairs (first, second): " + ", ".join(f"{x}/{y} {n}" for (x, y), n in sorted(pairs.items()) if x != y))
    print("documents that differ most: " + ", ".join(f"{i} ({n}/{w} words)" for n, i, w in sorted(per_doc)[::-1][:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
