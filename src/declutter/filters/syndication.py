"""Filter: a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...')."""

from __future__ import annotations

import regex

from ..lang import find_markers
from ..result import Signal
from ..segment import Segment
from .base import Context, lead_signal

FIRST_SENTENCE = regex.compile(r".*?(?:[.!?](?=\s)|$)", regex.DOTALL)

KIND = "syndication"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def syndication(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...').

    Shape: the phrase after a sentence end or at a line start, through to the end of its line. Not a phrase that
    opens an ordinary sentence naming no source (``_names_nothing``: "Copyright law is the main obstacle ...").
    The segmenter finds the marker (phrases in ``lang/*/syndication.txt``); this filter weighs it.
    Reads ``syndication_weight``, ``syndication_phrase_max_words`` and ``syndication_sentence_words``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Warga lapor. Artikel ini telah tayang di Contoh.com dengan judul Warga Lapor", "Artikel")
    >>> syndication(seg, ctx).code
    'syndication'
    """
    if seg.lead == "syndication" and _names_nothing(seg, ctx):
        return None
    return lead_signal(seg, "syndication", "syndication", ctx.settings.syndication_weight)


def _names_nothing(seg: Segment, ctx: Context) -> bool:
    """The marker opens an ordinary sentence of the article: a phrase of at most ``syndication_phrase_max_words``
    words (one a sentence may open with), in a piece that is prose, whose first sentence goes on for
    at least ``syndication_sentence_words`` words after the marker phrase without naming a source (no capitalised
    word, no "©", no address): "Copyright law is the main obstacle to a digital catalogue, the director said.",
    "Originally published in 1865, the novel was an instant success." A notice names whose it is, or is the
    marker and little more ("Copyright 2008 The Associated Press", "Artikel ini sudah lebih dulu tayang di
    detikjabar.", "Source: Reuters")."""
    if not ctx.shape(seg).prose:
        return False
    found = [end for start, end, family in find_markers(seg.text) if start == 0 and family == "syndication"]
    end = max(found, default=0)
    if not end or len(seg.text[:end].split()) > ctx.settings.syndication_phrase_max_words:
        return False  # a phrase no sentence of an article opens with ("This article originally appeared ...")
    match = FIRST_SENTENCE.match(seg.text, end)
    words = match.group(0).split() if match else []
    return len(words) >= ctx.settings.syndication_sentence_words and not any(
        w[:1].isupper() or "©" in w or "." in w.rstrip(".,;:!?") or "/" in w for w in words)
