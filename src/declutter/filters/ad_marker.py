"""Filter: an ad marker or an embed placeholder ('ADVERTISEMENT', '[Video: Banjir di Kota]')."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

KIND = "ad"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def ad_marker(seg: Segment, ctx: Context) -> Signal | None:
    """Flag an ad marker or an embed placeholder ('ADVERTISEMENT', '[Video: Banjir di Kota]').

    Shape: a line that is only a phrase from ``lang/*/ad.txt``, only a bracketed token or only HTML entities
    ("&nbsp;"); inside a line, a phrase in capitals between two sentences ("... (15/9). ADVERTISEMENT Ia ...").
    The segmenter finds the marker (phrases in ``lang/*/ad.txt``); this filter weighs it.
    Reads ``ad_marker_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Warga lapor.\\nADVERTISEMENT\\nHarga naik.", "ADVERT")
    >>> ad_marker(seg, ctx).code
    'ad_marker'
    """
    return lead_signal(seg, "ad", "ad_marker", ctx.settings.ad_marker_weight)


