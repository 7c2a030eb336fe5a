"""Filter: a headline piece repeated, with small changes, elsewhere in the document."""

from __future__ import annotations

from rapidfuzz import fuzz

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"
MAX_CANDIDATES = 200  # beyond this many headline pieces the pairwise check is skipped (bounded time)


def near_duplicate(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a headline-shaped segment whose text another headline-shaped segment repeats
    (rapidfuzz ``partial_ratio`` ≥ ``duplicate_min_similarity``): recirculated teasers
    repeat, article text rarely does. Pieces shorter than ``duplicate_min_words`` and the title
    are not compared. Reads ``near_duplicate_weight``.

    >>> from declutter.filters.base import probe
    >>> text = "Harga naik.\\nCek Hasil Survei Capres Terbaru\\nIa pergi.\\nCek Hasil Survei Capres Terbaru Hari Ini"
    >>> seg, ctx = probe(text, "Hari Ini")
    >>> near_duplicate(seg, ctx).code
    'near_duplicate'
    """
    pool = ctx.duplicate_pool
    if len(pool) > MAX_CANDIDATES or seg.index not in pool:
        return None
    mine = seg.text.lower()
    limit = ctx.settings.duplicate_min_similarity
    for other in (ctx.segments[i] for i in pool if i != seg.index):
        score = fuzz.partial_ratio(mine, other.text.lower(), score_cutoff=limit)
        if score:
            return Signal("near_duplicate", ctx.settings.near_duplicate_weight,
                          f"similarity {score:.0f} ≥ duplicate_min_similarity {limit:.0f} "
                          f"with the piece at offset {other.start}")
    return None


