"""Filter: prose shape, evidence of article content."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None  # evidence for content, never a removal kind


def sentence_shape(seg: Segment, ctx: Context) -> Signal | None:
    """Give negative weight (content evidence) to a prose sentence: at least
    ``sentence_min_words`` words, a stopword share of at least ``sentence_stopword_min``, and
    terminal punctuation or mostly lower-case words. Does not fire on marker-led segments:
    the marker is the stronger evidence. Reads ``sentence_shape_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai di pasar itu naik lagi pada hari ini.", "cabai")
    >>> sentence_shape(seg, ctx).weight < 0
    True
    """
    shape = ctx.shape(seg)
    if not shape.prose or seg.lead:
        return None
    return Signal("sentence_shape", ctx.settings.sentence_shape_weight,
                  f"prose: {shape.words} words, stopword share {shape.stopwords:.2f} ≥ "
                  f"sentence_stopword_min {ctx.settings.sentence_stopword_min:.2f}")


