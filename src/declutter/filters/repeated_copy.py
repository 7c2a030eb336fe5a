"""Filter: a repeated copy of the article's text (a page that carries the body two or three times)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, line_reach

KIND = "repeat"
# Not a setting: a half, as a definition (of a majority), no threshold.
HALF = 0.5


def repeated_copy(seg: Segment, ctx: Context) -> Signal | None:
    """Flag the lines of a copy of text that came earlier in the document: a run of lines each of which repeats,
    word for word (whitespace aside), a line above it, the run holding at least ``repeat_min_words`` prose words
    and at least ``repeat_min_share`` of the document's prose words. Pages carry the article twice or three
    times (a print version, a hidden mobile copy, a scraper that stored the body once per template); the first
    copy is kept, the others are the junk. Lines that are not prose and repeat nothing do not break a run (an
    ad marker between two copied paragraphs). Does not fire on a lone repeated sentence, a pull quote or a
    paragraph or two a body says twice (below the share), nor on a copy whose first appearance is glued into one
    line with other text.
    Outweighs prose shape. Reads ``repeated_copy_weight``, ``repeat_min_words`` and ``repeat_min_share``.

    Off by default (``repeat_min_share`` 1: no copy holds the whole text): every gold set here counts both
    copies of a repeated body as content (Indonesian Republika bodies, an English wire story printed twice), so
    removing one counts as lost content until the gold says how a copy counts. ``repeat_min_share=0.3`` turns it
    on.

    >>> from declutter.filters.base import probe
    >>> from declutter.settings import DEFAULTS
    >>> on = DEFAULTS.replace(repeat_min_share=0.3)
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs.\\n"
    ...         "Members said most of the money would go to schools, roads and the harbour next year.")
    >>> seg, ctx = probe(body + "\\nShare this article\\n" + body, "Members", on)
    >>> [(s.line, repeated_copy(s, ctx) is not None) for s in ctx.segments]
    [(0, False), (1, False), (2, False), (3, True), (4, True)]
    >>> repeated_copy(ctx.segments[-1], ctx).reason
    "line repeats line 2 word for word, in a copy of 31 prose words, 0.50 of the text's ≥ repeat_min_share 0.30"
    """
    if ctx.settings.repeat_min_share > HALF:
        return None  # a copy never holds more than half the text: the first copy holds as much (off, no cost)
    first = _copies(ctx).get(seg.line)
    if first is None:
        return None
    words, share = ctx.memo["repeated_copy_run"][seg.line]  # type: ignore[index]
    return Signal("repeated_copy", ctx.settings.repeated_copy_weight,
                  f"line repeats line {first + 1} word for word, in a copy of {words} prose words, "
                  f"{share:.2f} of the text's ≥ repeat_min_share {ctx.settings.repeat_min_share:.2f}")


def reach(ctx: Context) -> Reach:
    """From the first line of a copy to the last (run_filters: ``Reach``)."""
    lines = _copies(ctx) if ctx.settings.repeat_min_share <= HALF else {}
    return line_reach(ctx, min(lines), max(lines)) if lines else (0, 0)


def _copies(ctx: Context) -> dict[int, int]:
    """Line -> the earlier line it repeats, for the lines of every run that makes a copy (computed once)."""
    cached = ctx.memo.get("repeated_copy")
    if isinstance(cached, dict):
        return cached
    texts: dict[int, list[str]] = {}
    prose: dict[int, int] = {}
    for seg, shape in zip(ctx.segments, ctx.shapes):
        texts.setdefault(seg.line, []).append(seg.text)
        prose[seg.line] = prose.get(seg.line, 0) + (shape.words if shape.prose else 0)
    total = sum(prose.values())
    seen: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for line, parts in texts.items():
        key = " ".join(" ".join(parts).split())
        if key in seen:
            repeats[line] = seen[key]
        else:
            seen[key] = line
    found: dict[int, int] = {}
    info: dict[int, tuple[int, float]] = {}
    run: list[int] = []
    settings = ctx.settings
    order = list(texts)
    for k in range(len(order) + 1):
        if k < len(order) and (order[k] in repeats or not prose[order[k]]):
            run.append(order[k])
            continue
        members = [k for k in run if k in repeats]
        words = sum(prose[k] for k in members)
        share = words / total if total else 0.0
        if words >= settings.repeat_min_words and share >= settings.repeat_min_share:
            found.update((k, repeats[k]) for k in members)
            info.update((k, (words, share)) for k in members)
        run = []
    ctx.memo["repeated_copy"] = found
    ctx.memo["repeated_copy_run"] = info
    return found
