"""Filter: a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...')."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

KIND = "syndication"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def syndication(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...').

    Shape: the phrase after a sentence end or at a line start, through to the end of its line.
    The segmenter finds the marker (phrases in ``lang/*/syndication.txt``); this filter weighs it.
    Reads ``syndication_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Warga lapor. Artikel ini telah tayang di Contoh.com dengan judul Warga Lapor", "Artikel")
    >>> syndication(seg, ctx).code
    'syndication'
    """
    return lead_signal(seg, "syndication", "syndication", ctx.settings.syndication_weight)


