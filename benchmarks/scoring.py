"""The shared gold format's word-level figures (same definitions as ../shared/bench/score.py).

Each raw word is labelled spam, neutral or content from the gold's exact substrings; the
cleaner's output is aligned to the raw words (it is a subsequence), so each word is known to be
kept or removed. Figures are micro-averaged over words; a clean document lost no content word
and kept no spam word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

WORD = re.compile(r"\w+", re.UNICODE)


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _spans(raw: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    out = []
    for p in pieces:
        i = raw.find(p)
        if i < 0:
            raise ValueError(f"gold piece not in raw: {p[:60]!r}")
        out.append((i, i + len(p)))
    return out


def count_doc(gold: dict, output: str) -> dict[str, int]:
    raw = gold["raw"]
    spam, neutral = _spans(raw, gold.get("spam", [])), _spans(raw, gold.get("neutral", []))
    words, labels = [], []
    for m in WORD.finditer(raw):
        a, b = m.span()
        words.append(m.group().lower())
        labels.append("spam" if _inside(a, b, spam) else "neutral" if _inside(a, b, neutral) else "content")
    out_words = [w.lower() for w in WORD.findall(output)]
    kept = [False] * len(words)
    matcher = difflib.SequenceMatcher(None, words, out_words, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            kept[block.a + k] = True
    c = {"spam": 0, "spam_removed": 0, "content": 0, "content_removed": 0}
    for label, k in zip(labels, kept):
        if label != "neutral":
            c[label] += 1
            c[f"{label}_removed"] += not k
    c["clean"] = int(c["spam_removed"] == c["spam"] and c["content_removed"] == 0)
    return c


def summarize(counts: list[dict[str, int]]) -> dict[str, float]:
    t = {k: sum(c[k] for c in counts) for k in ("spam", "spam_removed", "content", "content_removed", "clean")}
    removed = t["spam_removed"] + t["content_removed"]
    return {
        "docs": len(counts),
        "spam_recall": round(t["spam_removed"] / t["spam"], 4) if t["spam"] else 1.0,
        "spam_precision": round(t["spam_removed"] / removed, 4) if removed else 1.0,
        "content_loss": round(t["content_removed"] / t["content"], 4) if t["content"] else 0.0,
        "clean_doc_rate": round(t["clean"] / len(counts), 4) if counts else 0.0,
    }
