"""Filter: a pagination marker ('Halaman 3', 'Page 2 of 5', 'Selanjutnya: ...')."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

KIND = "pagination"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def pagination(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a pagination marker ('Halaman 3', 'Page 2 of 5', 'Selanjutnya: ...').

    Shape: 'Halaman 3' at a line end or alone; 'Selanjutnya:' only with its colon at a line start.
    Does not fire on 'halaman 3' inside a sentence.
    The segmenter finds the marker (phrases in ``lang/*/pagination.txt``); this filter weighs it.
    Reads ``pagination_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Skor akhir 2-1. Halaman 3", "Halaman 3")
    >>> pagination(seg, ctx).code
    'pagination'
    """
    return lead_signal(seg, "pagination", "pagination", ctx.settings.pagination_weight)


