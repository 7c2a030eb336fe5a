"""Filter: a teaser word opening a headline-shaped piece."""

from __future__ import annotations

from ..features import EDGE_PUNCT
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"
LEAD = "none"  # filters/__init__.py: LEAD_OF
SHAPE = "fragment"  # filters/__init__.py: SHAPE_OF


def clickbait_lexicon(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a headline-shaped segment that opens with a word or phrase from
    ``lang/<code>/clickbait.txt`` ("Viral ...", "Heboh ..."). Reads
    ``clickbait_lexicon_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga naik.\\nViral Pedagang Cabai Menangis di Pasar", "Viral")
    >>> clickbait_lexicon(seg, ctx).reason
    "opens with teaser word 'viral' (lang/id/clickbait.txt)"
    """
    if not ctx.shape(seg).headline or seg.lead:
        return None
    opening = " ".join(w.strip(EDGE_PUNCT).lower() for w in seg.text.split(maxsplit=3)[:3])
    for phrase in ctx.lang.clickbait:
        if opening == phrase or opening.startswith(phrase + " "):
            return Signal("clickbait_lexicon", ctx.settings.clickbait_lexicon_weight,
                          f"opens with teaser word {phrase!r} (lang/{ctx.lang.code}/clickbait.txt)")
    return None


