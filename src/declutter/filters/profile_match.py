"""Filter: a piece that recurs across the documents of a site profile."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "recurring"


def profile_match(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment that a site profile (``clean(text, profile=...)``) has seen in many
    documents: the same normalised text; for fragments (not prose, no full stop) also a known
    piece of three or more words inside a run of glued pieces, or a near-variant (rapidfuzz
    ratio ≥ ``profile_min_similarity``). No profile,
    no signal. Reads ``profile_match_weight`` and ``profile_min_similarity``.

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
    fragment = ctx.shape(seg).fragment
    entry = profile.match(seg.text, inside=fragment)
    if entry is None and fragment:
        entry = profile.fuzzy_match(seg.text, ctx.settings.profile_min_similarity)
    if entry is None:
        return None
    return Signal("profile_match", ctx.settings.profile_match_weight,
                  f"seen in {entry.docs:,} of {profile.docs:,} documents of the profile")


