"""Run declutter over a gold JSONL and print spam recall, spam precision, content loss and the
clean-document rate (figures as ../shared/bench/score.py defines them).

    python benchmarks/quality.py ../shared/data/dev.jsonl [--per-doc] [--output out.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import count_doc, summarize

import declutter


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", help="gold JSONL file(s) (id, raw, spam, neutral)")
    ap.add_argument("--per-doc", action="store_true", help="print a line for each imperfect document")
    ap.add_argument("--output", help="also write the cleaned texts as JSONL {id, text, paragraphs}")
    a = ap.parse_args(argv)
    out = open(a.output, "w", encoding="utf-8") if a.output else None
    for path in a.gold:
        counts = []
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            gold = json.loads(line)
            result = declutter.clean(gold["raw"])
            c = count_doc(gold, result.text)
            counts.append(c)
            if out:
                rec = {"id": gold["id"], "text": result.text,
                       "paragraphs": [{"text": p.text, "confidence": p.confidence} for p in result.paragraphs]}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if a.per_doc and not c["clean"]:
                print(f"  {gold['id']}: spam {c['spam_removed']}/{c['spam']} removed, "
                      f"content lost {c['content_removed']}/{c['content']}")
        print(f"{Path(path).name}: {json.dumps(summarize(counts))}")
    if out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
