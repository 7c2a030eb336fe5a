"""Filter: a line inside a sentence that the scraper broke at its links (content, however it looks alone)."""

from __future__ import annotations

from ..features import ends_with, is_lower
from ..result import Signal
from ..segment import Segment
from .base import CONTINUATION_MIN_WORDS, Context

KIND = None
LEAD = "none"  # filters/__init__.py: LEAD_OF


def broken_sentence(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to a line that sits inside a sentence broken into lines at its links
    ("... memenuhi putusan" / "Mahkamah Konstitusi" / "(MK) yang mewajibkan ..."): the line before does not end a
    sentence (nor introduce a list with ":"), and the line after goes on in lower case with at least
    ``CONTINUATION_MIN_WORDS`` words or a full stop. A link's text alone looks like a headline or a name; inside the
    sentence it is content. Reads ``broken_sentence_weight``.

    >>> from declutter.filters.base import probe
    >>> text = "Pramono yakin dapat memenuhi putusan\\nMahkamah Konstitusi\\nyang mewajibkan sekolah gratis bagi semua."
    >>> seg, ctx = probe(text, "Mahkamah")
    >>> broken_sentence(seg, ctx).weight < 0
    True
    >>> seg, ctx = probe("Harga naik.\\nMahkamah Konstitusi\\nyang mewajibkan sekolah gratis bagi semua.", "Mahkamah")
    >>> broken_sentence(seg, ctx) is None
    True
    """
    prev, nxt = ctx.neighbour(seg, -1), ctx.neighbour(seg, 1)
    if (not seg.alone or seg.lead or prev is None or nxt is None or prev.lead or nxt.lead
            or ctx.shape(prev).terminal or ends_with(prev.text, ":")):
        return None
    first = nxt.text.split(None, 1)[0]
    goes_on = first[0] in ",;" or is_lower(first.lstrip("(\"'“"))
    if not goes_on or not (ctx.shape(nxt).words >= CONTINUATION_MIN_WORDS or ctx.shape(nxt).terminal):
        return None
    return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                  "inside a sentence broken at its links: the line before goes on into it, the line after continues it")
