"""Filter: a fragment (headline, label) standing alone on its line."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def standalone_line(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose, no full stop) that is a whole line (not the title). Weak on
    its own: subheadings stand alone too. Reads ``standalone_line_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai naik lagi hari ini.\\nCek Hasil Survei Terbaru\\nIa pergi.", "Cek")
    >>> standalone_line(seg, ctx).code
    'standalone_line'
    """
    if not ctx.shape(seg).fragment or seg.lead or not seg.alone or seg.title_candidate:
        return None
    return Signal("standalone_line", ctx.settings.standalone_line_weight,
                  "fragment (not prose, no full stop) alone on its line")


