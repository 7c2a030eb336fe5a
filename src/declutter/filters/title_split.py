"""Filter: the article's title, separated from the lede it was glued to (content, with the reason for the cut)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None


def title_split(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to the title candidate the segmenter cut from the first line, and say why it
    cut there: at a dateline ("Judul Berita JAKARTA, KOMPAS.com - ..."), where a Title-Case run gives way to a
    sentence, or because the first line is a headline alone. The title is kept as ``CleanResult.title``; this
    signal carries the decision into ``--explain`` and the title's confidence. Page-structure evidence
    (``before_body``, the HTML filters) can still veto a title that is page chrome. Reads ``title_split_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga Cabai Naik Lagi JAKARTA, KOMPAS.com - Harga cabai di pasar naik lagi.", "Harga Cabai")
    >>> title_split(seg, ctx).reason
    "title: split from the lede at the dateline 'JAKARTA, KOMPAS.com -'"
    """
    if not seg.title_candidate:
        return None
    return Signal("title_split", ctx.settings.title_split_weight, f"title: {seg.why or 'from the page markup'}")
