"""A later pass that would change nothing, found without running every filter again (issue 15).

The passes repeat until one changes nothing (``api._passes``). The second pass reads the text the first kept, and
changes it only when it removes a piece or cuts the title from the rest of its line; most of the time it confirms
the first. A filter's signal depends on what the filter reads (its module's ``READS``: the segment alone, its
neighbours, its line, or the document): where a segment of the second pass is a segment of the first with the same
surroundings over that reach, the filter's first signal stands, and only the rest is computed again. When then no
segment reaches ``min_confidence`` and no title shares its line, the second pass would give back its input, and
the cleaner keeps the first pass's result. Only weights decide this: a reason that names an offset may differ and
does not matter, since that pass's result is not used. tests/test_recheck.py compares it with the full pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from .filters import FILTERS, READS_OF, active
from .filters.base import DOCUMENT, LINE, NEIGHBOURS, RELATED, SEGMENT, Context
from .result import CleanResult, Signal
from .score import junk_probability
from .segment import Segment


@dataclass(frozen=True, slots=True)
class Pass:
    """What a pass found: its segments, each filter's signal per segment (``filters.filter_rows``), its result."""

    segments: list[Segment]
    rows: list[tuple[Signal | None, ...]]
    names: list[str]  # the filters of each row, in order
    result: CleanResult


def settles(before: Pass, segments: list[Segment], ctx: Context) -> bool:
    """Whether the pass whose segments and context these are, over ``before.result.text``, keeps every segment and
    cuts no title from its line, so that it would give back its input."""
    if any(s.title_candidate and not s.alone for s in segments):
        return False  # the title would leave its line: the text changes without a removal
    names = active(ctx)
    if names != before.names:
        return False
    earlier = _earlier(before, segments)
    filters = [FILTERS[name] for name in names]
    kinds = [READS_OF[name] for name in names]
    stands = {kind: _stands(kind, segments, before, earlier, ctx) for kind in set(kinds)}
    document = [k for k, kind in enumerate(kinds) if kind == DOCUMENT]
    settings = ctx.settings
    for i, seg in enumerate(segments):
        j = earlier[i]
        if j is not None and all(stands[kind][i] for kind in stands if kind != DOCUMENT):
            row = list(before.rows[j])  # every filter but the document's gives what it gave
            for k in document:
                row[k] = filters[k](seg, ctx)
        else:
            row = [sig if j is not None and stands[kind][i] else f(seg, ctx)
                   for f, kind, sig in zip(filters, kinds, before.rows[j] if j is not None else [None] * len(kinds))]
        if junk_probability([sig for sig in row if sig is not None], settings) >= settings.min_confidence:
            return False
    return True


MAX_REACH = 64  # a wider reach (a related_list_max_items set that high) is read as DOCUMENT: bounded work


def _stands(kind: str, segments: list[Segment], before: Pass, earlier: list[int | None], ctx: Context) -> list[bool]:
    """For each segment, whether a filter reading ``kind`` gives it the signal it gave the earlier segment: the
    segments within reach are the earlier ones at the same distance, alike, and the document ends at the same
    places. Linear: each window is checked against the run of segments that keep one distance to the earlier
    ones."""
    n, m = len(segments), len(before.segments)
    reach = {SEGMENT: 0, NEIGHBOURS: 1, RELATED: max(1, ctx.settings.related_list_max_items)}.get(kind)
    if kind == DOCUMENT or (reach is not None and reach > MAX_REACH):
        return [False] * n
    # shift[i]: earlier index minus index, for a segment alike to its earlier one; runs of one shift.
    shift = [None if j is None or not _alike(before.segments[j], s) else j - i
             for i, (j, s) in enumerate(zip(earlier, segments))]
    run_start = list(range(n))
    for i in range(1, n):
        if shift[i] is not None and shift[i] == shift[i - 1]:
            run_start[i] = run_start[i - 1]
    run_end = list(range(n))
    for i in range(n - 2, -1, -1):
        if shift[i] is not None and shift[i] == shift[i + 1]:
            run_end[i] = run_end[i + 1]

    def unchanged(i: int, lo: int, hi: int) -> bool:
        """Segments ``lo`` to ``hi`` (clipped to the document) around ``i`` are unchanged, and where the window
        passes an end of the document, the earlier document ends there too."""
        d = shift[i]
        return (d is not None and run_start[i] <= max(lo, 0) and min(hi, n - 1) <= run_end[i]
                and (lo >= 0 or d <= 0) and (hi < n or n + d >= m))

    if kind != LINE:
        assert reach is not None
        return [unchanged(i, i - reach, i + reach) for i in range(n)]
    out: list[bool] = []
    first = 0
    for i, seg in enumerate(segments):  # one verdict per line: its segments and the one on either side
        if seg.last_in_line:
            verdict = unchanged(first, first - 1, i + 1)
            out.extend([verdict] * (i - first + 1))
            first = i + 1
    return out


def _earlier(before: Pass, segments: list[Segment]) -> list[int | None]:
    """For each segment, the index of the segment of ``before`` with the same text at the same place of the input
    (the later pass's lines are the earlier result's title and paragraphs, one a line), or None."""
    items = ([before.result.title] if before.result.title else []) + list(before.result.paragraphs)
    at = {(s.start, s.end): s.index for s in before.segments}
    starts, pos = [], 0
    for item in items:
        starts.append(pos)
        pos += len(item.text) + 1
    out: list[int | None] = []
    for s in segments:
        shift = items[s.line].start - starts[s.line] if s.line < len(items) else None
        out.append(None if shift is None else at.get((s.start + shift, s.end + shift)))
    return out


def _alike(a: Segment, b: Segment) -> bool:
    """The same piece as the segmenter saw it (the text is the same where the place is)."""
    return (a.lead == b.lead and a.title_candidate == b.title_candidate and a.first_in_line == b.first_in_line
            and a.last_in_line == b.last_in_line and a.why == b.why and a.text == b.text)
