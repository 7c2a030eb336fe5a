"""Filter: a 'read more' lead-in with the headline it introduces."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

KIND = "read_also"
BARE_MARKER_MAX_WORDS = 4  # "BACA JUGA", "Baca juga:", "Artikel terkait:" alone on a line


def read_more_lead_in(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment that opens with a lead-in from ``lang/*/read_more.txt``, or the headline
    on the line after a lead-in left alone on its line ("Baca Juga:\\nKepres ...").

    Shape: the lead-in after a sentence end or at a line start (or followed by ':'), then the
    headline up to the point where a Title-Case run gives way to a sentence, or the line end.
    Does not fire on 'baca juga' inside a sentence. Reads ``read_more_lead_in_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga naik. Baca juga: Cabai Mahal di Pasar Induk", "Baca")
    >>> read_more_lead_in(seg, ctx).code
    'read_more_lead_in'
    >>> seg, ctx = probe("Dia sempat baca juga buku itu kemarin.", "buku")
    >>> read_more_lead_in(seg, ctx) is None
    True
    """
    weight = ctx.settings.read_more_lead_in_weight
    signal = lead_signal(seg, "read_more", "read_more_lead_in", weight)
    if signal:
        return signal
    prev = ctx.neighbour(seg, -1)
    if (prev is not None and prev.lead == "read_more" and prev.alone and seg.alone
            and ctx.shape(prev).words <= BARE_MARKER_MAX_WORDS and not ctx.shape(seg).prose):
        return Signal("read_more_lead_in", weight, "headline on the line after a bare read-more lead-in")
    return None


