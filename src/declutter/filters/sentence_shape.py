"""Filter: prose shape, evidence of article content."""

from __future__ import annotations

import functools

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None  # evidence for content, never a removal kind
LEAD = "none"  # filters/__init__.py: LEAD_OF


def sentence_shape(seg: Segment, ctx: Context) -> Signal | None:
    """Give negative weight (content evidence) to a prose sentence: at least
    ``sentence_min_words`` words, a stopword share of at least ``sentence_stopword_min``, and
    terminal punctuation or mostly lower-case words. Does not fire on marker-led segments:
    the marker is the stronger evidence, nor on a banner opening with a run of exclamation marks
    ("!!!Membaca Bagi Pikiran Seperti Olahraga Bagi Tubuh!!!": ``features.measure``). Reads ``sentence_shape_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai di pasar itu naik lagi pada hari ini.", "cabai")
    >>> sentence_shape(seg, ctx).weight < 0
    True
    """
    shape = ctx.shape(seg)
    if not shape.prose or seg.lead:
        return None
    return _signal(shape.words, shape.stopwords, ctx.settings.sentence_shape_weight, ctx.settings.sentence_stopword_min)


@functools.lru_cache(maxsize=1024)
def _signal(words: int, stopwords: float, weight: float, stopword_min: float) -> Signal:
    """The signal of a prose segment of this shape (made once: most segments are prose, and their shapes repeat)."""
    return Signal("sentence_shape", weight,
                  f"prose: {words} words, stopword share {stopwords:.2f} ≥ sentence_stopword_min {stopword_min:.2f}")


