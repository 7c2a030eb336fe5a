"""Filter: a short name or tag list at the very end of the article."""

from __future__ import annotations

import re

from ..features import is_number
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, from_reach, in_body
from .list_item import NUMBERED
from .quote_end import quote_end

KIND = "credit"
LEAD = "none"  # filters/__init__.py: LEAD_OF
DOMAIN = re.compile(r"\w\.\w")  # "Grid.id" in "Nindya Galuh A Grid.id": an outlet's address in a signature


def trailing_signature(seg: Segment, ctx: Context) -> Signal | None:
    """Flag the last segment of the document when it is at most ``signature_max_words``
    words, has no stopword and no terminal punctuation, and follows a finished sentence:
    a writer's signature ("... kepada petani. budi santoso") or a tag list. It is no signature when it reads as
    the article's own text (``_reads_as_text``): the end of a quotation, a subheading or item on the body's topic
    ("Sosok Gus Fahrur", "Menurunkan asupan kalori") or the last row of a table ("NKINS Esports 60 63 123"). Reads
    ``trailing_signature_weight`` and ``topic_neutral_overlap``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga cabai di pasar naik lagi hari ini. budi santoso", "budi")
    >>> trailing_signature(seg, ctx).code
    'trailing_signature'
    """
    shape = ctx.shape(seg)
    prev = ctx.neighbour(seg, -1)
    if (seg.index != len(ctx.segments) - 1 or seg.lead or shape.terminal or shape.stopwords > 0
            or not 0 < shape.words <= ctx.settings.signature_max_words
            or prev is None or not (ctx.shape(prev).terminal or prev.lead)):
        return None
    if _reads_as_text(seg, ctx):
        return None
    return Signal("trailing_signature", ctx.settings.trailing_signature_weight,
                  f"last piece, {shape.words} words ≤ signature_max_words "
                  f"{ctx.settings.signature_max_words}, no stopword, no terminal punctuation")


def reach(ctx: Context) -> Reach:
    """The last segment (run_filters: ``Reach``)."""
    return from_reach(ctx, max(len(ctx.segments) - 1, 0))


def _reads_as_text(seg: Segment, ctx: Context) -> bool:
    """Whether a last piece reads as the article's text, not a signature: the end of a quotation the text before it
    opened ('... Until we meet again. I love you, always"', ``quote_end``), a numbered item whose list the scraper
    cut off ("seperti apa profil kedua jenderal tersebut? 1. Letjen TNI (Purn) Sonny Widjaja"), a table's row
    (``signature_row_numbers`` numbers), or a plain phrase opening with a capital (no bracket, slash, comma or
    address, as a credit has; a tag list is in lower case) at least ``topic_neutral_overlap`` of whose content words
    the body uses elsewhere (a writer's name is not in the body)."""
    words = seg.text.split()
    if (sum(is_number(w) for w in words) >= ctx.settings.signature_row_numbers or quote_end(seg, ctx) is not None
            or NUMBERED.match(seg.text)):
        return True
    shape = ctx.shape(seg)
    if (any(c in seg.text for c in "()[]/,|@#") or DOMAIN.search(seg.text) or not shape.topic
            or not seg.text[:1].isupper()):
        return False
    own = 1 if in_body(seg, shape) else 0
    shared = sum(1 for w in shape.topic if ctx.body_words[w] - own > 0)
    return shared / len(shape.topic) >= ctx.settings.topic_neutral_overlap
