"""Filter: a share, follow or subscribe prompt, or a social-handle line ('Ikuti kami di ...', 'Twitter: @akun')."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

KIND = "promo"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def promo_prompt(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a share, follow or subscribe prompt, or a social-handle line ('Ikuti kami di ...', 'Twitter: @akun').

    Shape: the phrase after a sentence end or at a line start, to the end of its sentence; a line made
    only of hashtags.
    The segmenter finds the marker (phrases in ``lang/*/promo.txt``); this filter weighs it.
    Reads ``promo_prompt_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Warga lapor.\\nIkuti kami di Instagram untuk berita terbaru", "Ikuti")
    >>> promo_prompt(seg, ctx).code
    'promo_prompt'
    """
    return lead_signal(seg, "promo", "promo_prompt", ctx.settings.promo_prompt_weight)


