"""Filter: a piece that recurs across the documents of a site profile."""

from __future__ import annotations

from ..profile import MIN_RECURRENCE
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "recurring"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def profile_match(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment that a site profile (``clean(text, profile=...)``) has seen in many
    documents: the same normalised text; for fragments (not prose, no full stop) also a known
    piece of three or more words inside a run of glued pieces, or a near-variant (rapidfuzz
    ratio ≥ ``profile_min_similarity``). No profile,
    no signal. An entry must have recurred (seen in at least two documents). On prose the
    weight is capped at ``profile_prose_max_weight``, which Settings keeps below the pull of
    prose shape: a profile learnt from an article's own sentences cannot delete the article.
    Reads ``profile_match_weight``, ``profile_prose_max_weight`` and ``profile_min_similarity``.

    >>> from declutter.filters.base import probe
    >>> from declutter.profile import Profile
    >>> docs = [f"Berita nomor {i} tentang harga beras di pasar kota hari ini. Tim Redaksi Kota." for i in range(5)]
    >>> text = "Harga cabai naik lagi hari ini di pasar. Tim Redaksi Kota."
    >>> seg, ctx = probe(text, "Tim", profile=Profile.learn(docs))
    >>> profile_match(seg, ctx).reason
    'seen in 5 of 5 documents of the profile'
    """
    profile = ctx.profile
    if profile is None or seg.lead:
        return None
    shape = ctx.shape(seg)
    entry = profile.match(seg.text, 
                          inside=ctx.settings.profile_inside_min_words if shape.fragment else 0)
    if entry is None and shape.fragment:
        entry = profile.fuzzy_match(seg.text, ctx.settings.profile_min_similarity)
    if entry is None or entry.docs < MIN_RECURRENCE:
        return None
    weight = ctx.settings.profile_match_weight
    if shape.prose:
        weight = min(weight, ctx.settings.profile_prose_max_weight)
    return Signal("profile_match", weight, f"seen in {entry.docs:,} of {profile.docs:,} documents of the profile")


