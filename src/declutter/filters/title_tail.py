"""Filter: whether a dateline the segmenter could not settle ends the title glued before it (the segmenter proposes,
this filter decides)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None


def title_tail(seg: Segment, ctx: Context) -> Signal | None:
    """Place a piece the segmenter proposed as the possible last word of the title (``seg.joins == "title"``: a place
    with a hyphen glued to it between a title and the lede, "... Lapor Inspektorat Batanghari- Sejumlah warga ..."). It
    ends the title when the article's syndication footer quotes the title running on into it ("Artikel ini telah
    tayang di ... dengan judul ... Lapor Inspektorat Batanghari,"): then it joins the title (``title_tail_weight``,
    content). Otherwise nothing fires and the piece stays with the lede as its dateline; either way it is kept.
    Reads ``title_tail_weight``.

    >>> from declutter.filters.base import probe
    >>> text = ("Warga Desa Rambutan Masam Lapor Inspektorat Batanghari- Sejumlah warga mendatangi kantor itu. "
    ...         "Artikel ini telah tayang di Contoh.com dengan judul Warga Desa Rambutan Masam Lapor Inspektorat "
    ...         "Batanghari,")
    >>> seg, ctx = probe(text, "Batanghari-")
    >>> title_tail(seg, ctx).reason
    "title: the syndication footer quotes the title on to 'Batanghari'"
    """
    if seg.joins != "title":
        return None
    title = ctx.neighbour(seg, -1)
    word = seg.text.strip().rstrip("-–—").strip()
    if title is None or not title.title_candidate or not word:
        return None
    quoted = " ".join([*title.text.split(), word]).lower()
    if any(s.lead == "syndication" and quoted in " ".join(s.text.split()).lower() for s in ctx.segments):
        return Signal("title_tail", ctx.settings.title_tail_weight,
                      f"title: the syndication footer quotes the title on to {word!r}")
    return None
