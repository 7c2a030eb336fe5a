"""Filter: topical overlap of a headline-shaped piece with the article body."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"


def off_topic(seg: Segment, ctx: Context) -> Signal | None:
    """Weigh how many of a headline-shaped segment's content words the body uses elsewhere.

    Teasers link to other stories, so their words are mostly absent from the body; a
    subheading or the title reuses the body's words ("PSG vs Bayern Munchen 0-1" in a match
    report). Overlap 0 adds ``off_topic_weight``, ``topic_neutral_overlap`` adds nothing, and
    full overlap subtracts ``off_topic_weight``. Needs ``topic_min_words`` content words; only
    headline-shaped segments are weighed (prose is content whatever its topic).

    >>> text = "Bayern menang 1-0 atas PSG di Paris.\\nPSG vs Bayern 0-1\\nHarga Cabai Naik Lagi"
    >>> seg, ctx = probe(text, "PSG vs")
    >>> off_topic(seg, ctx).weight < 0
    True
    >>> seg, ctx = probe(text, "Cabai")
    >>> off_topic(seg, ctx).weight > 0
    True
    """
    shape = ctx.shape(seg)
    settings = ctx.settings
    if not shape.headline or seg.lead or len(shape.topic) < settings.topic_min_words:
        return None
    own = 1 if (shape.prose or seg.title_candidate) else 0
    shared = sum(1 for w in shape.topic if ctx.body_words[w] - own > 0)
    overlap = shared / len(shape.topic)
    mid = settings.topic_neutral_overlap
    w = settings.off_topic_weight
    weight = w * (mid - overlap) / mid if overlap < mid else -w * (overlap - mid) / (1 - mid)
    side = "<" if overlap < mid else "≥"
    return Signal("off_topic", weight,
                  f"{shared} of {len(shape.topic)} content words in the body (overlap {overlap:.2f} "
                  f"{side} topic_neutral_overlap {mid:.2f})")


from .base import probe  # noqa: E402  (doctest helper)
