"""The shared gold format's word-level figures, defined exactly as ../shared/bench/score.py defines them
(tests/test_scoring.py checks the two agree on the seed and dev sets).

Each raw word is labelled spam, neutral or content from the gold's exact substrings (every occurrence of a
piece); a lower-to-upper case change inside a letter run starts a new word, so a headline glued to the next
sentence with no space splits where the two meet. The cleaner's output is aligned to the raw words (it is a
subsequence), so each word is known to be kept or removed. Figures are micro-averaged over words.
An introduced break is a line break the output puts between two words that stand side by side on one line of the
raw text with nothing removed between them (a name, sentence or quote cut in two); a break at the edge of a
neutral piece (a glued title separated from its lede) does not count. A clean document lost no content word,
kept no spam word and has no introduced break.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable

WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[^\W\d_]+|_+")
COUNTS = ("spam", "spam_removed", "content", "content_removed", "clean", "breaks")


def _spans(raw: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of every piece (a repeated "Advertisement" is junk each time)."""
    out = []
    for p in pieces:
        i = raw.find(p)
        if i < 0 or not p:
            raise ValueError(f"gold piece not in raw: {p[:60]!r}")
        while i >= 0:
            out.append((i, i + len(p)))
            i = raw.find(p, i + len(p))
    return out


def _label(a: int, b: int, spam: list[tuple[int, int]], neutral: list[tuple[int, int]]) -> str:
    if any(s <= a and b <= e for s, e in spam):
        return "spam"
    if any(s <= a and b <= e for s, e in neutral):
        return "neutral"
    return "content"


def _align(raw_words: list[str], out_words: list[str]) -> tuple[list[bool], list[int | None]]:
    """Which raw words the output kept, and for each output word the raw word it is."""
    matcher = difflib.SequenceMatcher(None, raw_words, out_words, autojunk=False)
    kept = [False] * len(raw_words)
    source: list[int | None] = [None] * len(out_words)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            kept[block.a + k] = True
            source[block.b + k] = block.a + k
    return kept, source


def count_doc(gold: dict, output: str) -> dict[str, int]:
    raw = gold["raw"]
    spam, neutral = _spans(raw, gold.get("spam", [])), _spans(raw, gold.get("neutral", []))
    raw_spans = [m.span() for m in WORD.finditer(raw)]
    words = [raw[a:b].lower() for a, b in raw_spans]
    labels = [_label(a, b, spam, neutral) for a, b in raw_spans]
    out_spans = [m.span() for m in WORD.finditer(output)]
    kept, source = _align(words, [output[a:b].lower() for a, b in out_spans])
    c = dict.fromkeys(COUNTS, 0)
    for label, k in zip(labels, kept):
        if label != "neutral":
            c[label] += 1
            c[f"{label}_removed"] += not k
    for j in range(len(out_spans) - 1):
        a, b = source[j], source[j + 1]
        if a is None or b is None or b != a + 1 or (labels[a] == "neutral") != (labels[b] == "neutral"):
            continue
        if "\n" in output[out_spans[j][1]:out_spans[j + 1][0]] and "\n" not in raw[raw_spans[a][1]:raw_spans[b][0]]:
            c["breaks"] += 1
    c["clean"] = int(c["spam_removed"] == c["spam"] and c["content_removed"] == 0 and c["breaks"] == 0)
    return c


def summarize(counts: list[dict[str, int]]) -> dict[str, float]:
    t = {k: sum(c.get(k, 0) for c in counts) for k in COUNTS}
    removed = t["spam_removed"] + t["content_removed"]
    rec = t["spam_removed"] / t["spam"] if t["spam"] else 1.0
    prec = t["spam_removed"] / removed if removed else 1.0
    return {
        "docs": len(counts),
        "spam_recall": round(rec, 4),
        "spam_precision": round(prec, 4),
        "spam_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "content_loss": round(t["content_removed"] / t["content"], 4) if t["content"] else 0.0,
        "clean_doc_rate": round(t["clean"] / len(counts), 4) if counts else 0.0,
        "introduced_breaks": t["breaks"],
        "docs_with_breaks": sum(1 for c in counts if c.get("breaks")),
        "content_words_lost": t["content_removed"],
        # documents with no junk at all (the gold's controls), and how many of them lose a word or gain a break:
        # issue 16's "no text that is only article content loses a word or gains a line break"
        "junk_free_docs": sum(1 for c in counts if not c["spam"]),
        "junk_free_docs_cut": sum(1 for c in counts if not c["spam"] and (c["content_removed"] or c["breaks"])),
    }


def count_result(gold: dict, result: object) -> dict[str, int]:
    """The same counts as ``count_doc``, read from a declutter result's offsets instead of aligned words.

    A raw word is kept when it starts inside a kept paragraph or the title; a break is introduced where two
    raw words side by side on one line, with nothing removed between them, end up in different kept pieces
    (the same definitions as ``count_doc``). Exact where ``count_doc``'s difflib alignment is not: a body that
    repeats whole paragraphs (Republika, KapanLagi bodies do) can be aligned to the wrong copy, and then content
    counts as lost that nothing removed (benchmarks/quality.py prints both figures).
    """
    raw = gold["raw"]
    spam, neutral = _spans(raw, gold.get("spam", [])), _spans(raw, gold.get("neutral", []))
    kept_items = sorted([(p.start, p.end) for p in result.paragraphs]  # type: ignore[attr-defined]
                        + ([(result.title.start, result.title.end)] if result.title else []))  # type: ignore[attr-defined]
    starts = [a for a, _ in kept_items]
    c = dict.fromkeys(COUNTS, 0)
    prev: tuple[int, int, str, int] | None = None  # end, item, label, start of the previous word
    for m in WORD.finditer(raw):
        a, b = m.span()
        label = _label(a, b, spam, neutral)
        k = bisect.bisect_right(starts, a) - 1
        item = k if k >= 0 and a < kept_items[k][1] else -1
        if label != "neutral":
            c[label] += 1
            c[f"{label}_removed"] += item < 0
        if (prev is not None and item >= 0 and prev[1] >= 0 and item != prev[1] and "\n" not in raw[prev[0]:a]
                and (prev[2] == "neutral") == (label == "neutral") and item == prev[1] + 1):
            c["breaks"] += 1
        prev = (b, item, label, a)
    c["clean"] = int(c["spam_removed"] == c["spam"] and c["content_removed"] == 0 and c["breaks"] == 0)
    return c
