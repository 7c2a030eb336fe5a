"""Filter: short lines after the end-of-article mark."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, from_reach

KIND = "footer"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def footer_block(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a short segment that is not prose and has no full stop (at most
    ``footer_max_words`` words) after the mark
    that ends the article, an editor code or syndication line with no prose after it
    ("... pekan depan. (abc)" then "Biro Humas", "Kantor Bupati", ...).
    Reads ``footer_block_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai naik lagi hari ini. (abc)\\nBiro Humas\\nKantor Pusat", "Kantor")
    >>> footer_block(seg, ctx).code
    'footer_block'
    """
    shape = ctx.shape(seg)
    if (ctx.end_mark is None or seg.index <= ctx.end_mark or seg.lead or shape.prose or shape.period
            or shape.words > ctx.settings.footer_max_words):
        return None
    return Signal("footer_block", ctx.settings.footer_block_weight,
                  f"after the end-of-article mark at offset {ctx.segments[ctx.end_mark].start}, "
                  f"{shape.words} words ≤ footer_max_words {ctx.settings.footer_max_words}")


def reach(ctx: Context) -> Reach:
    """After the mark that ends the article (run_filters: ``Reach``)."""
    return from_reach(ctx, None if ctx.end_mark is None else ctx.end_mark + 1)
