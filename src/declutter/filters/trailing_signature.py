"""Filter: a short name or tag list at the very end of the article."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, from_reach

KIND = "credit"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def trailing_signature(seg: Segment, ctx: Context) -> Signal | None:
    """Flag the last segment of the document when it is at most ``signature_max_words``
    words, has no stopword and no terminal punctuation, and follows a finished sentence:
    a writer's signature ("... kepada petani. budi santoso") or a tag list. Reads
    ``trailing_signature_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai di pasar naik lagi hari ini. budi santoso", "budi")
    >>> trailing_signature(seg, ctx).code
    'trailing_signature'
    """
    shape = ctx.shape(seg)
    prev = ctx.neighbour(seg, -1)
    if (seg.index != len(ctx.segments) - 1 or seg.lead or shape.terminal or shape.stopwords > 0
            or not 0 < shape.words <= ctx.settings.signature_max_words
            or prev is None or not (ctx.shape(prev).terminal or prev.lead)):
        return None
    return Signal("trailing_signature", ctx.settings.trailing_signature_weight,
                  f"last piece, {shape.words} words ≤ signature_max_words "
                  f"{ctx.settings.signature_max_words}, no stopword, no terminal punctuation")


def reach(ctx: Context) -> Reach:
    """The last segment (run_filters: ``Reach``)."""
    return from_reach(ctx, max(len(ctx.segments) - 1, 0))
