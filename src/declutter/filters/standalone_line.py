"""Filter: a fragment (headline, label) standing alone on its line."""

from __future__ import annotations

from ..lang import writes_title_case_headlines
from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines

KIND = "teaser"
LEAD = "none"  # filters/__init__.py: LEAD_OF
SHAPE = "fragment"  # filters/__init__.py: SHAPE_OF


def standalone_line(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose, no full stop) that is a whole line (not the title). Weak on
    its own: subheadings stand alone too. In a language whose headlines are not Title Case (German,
    ``lang/de/shape.txt``) a fragment inside the body of prose (``body_lines``) is not weighed: there it is as
    often a subheading, a table's row or a list item ("Eigentümer Genossenschaft Studentendorf eG", "Settimo
    Torinese, Italien") as a teaser, and capitals cannot tell them apart. Reads ``standalone_line_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai naik lagi hari ini.\\nCek Hasil Survei Terbaru\\nIa pergi.", "Cek")
    >>> standalone_line(seg, ctx).code
    'standalone_line'
    """
    if not ctx.shape(seg).fragment or seg.lead or not seg.alone or seg.title_candidate:
        return None
    if not writes_title_case_headlines(ctx.lang.code):
        body = body_lines(ctx)
        if body is not None and body[0] <= seg.line <= body[1]:
            return None
    return Signal("standalone_line", ctx.settings.standalone_line_weight,
                  "fragment (not prose, no full stop) alone on its line")


