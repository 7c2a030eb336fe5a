"""Filter: an excerpt of another story, cut off with " ..." ("Hadir sejak 2003, Kokuo ... dari kalangan disabilitas
...")."""

from __future__ import annotations

import regex

from ..result import Signal
from ..segment import Segment
from .base import Context
from .list_item import ENUMERATOR

KIND = "teaser"
# A sentence cut off by a story card: a lower-case word, a space, then an ellipsis closing the line (idraw-02196);
# not an ellipsis glued to its word ("tunggu saja..."), nor one inside a quotation ('"Saya tidak tahu ..."').
CUT = regex.compile(r"\p{Ll}[ \t]+(?:\.\.\.|…)$")


def cut_excerpt(seg: Segment, ctx: Context) -> Signal | None:
    """Flag each piece of a line whose last sentence is cut off with a space and an ellipsis after a lower-case
    word and has at least ``excerpt_min_words`` words: a story card's excerpt that a scraper left between the
    article's paragraphs ("Menariknya, Kokuo Signature juga mempekerjakan tenaga terapis profesional dari kalangan
    disabilitas ..."). Does not fire on a short exclamation ("... Duh …"), on an ellipsis glued to its word or
    inside a quotation, on a list item or exam question ("1. Jelaskan pengertian ... ..."), nor on a line a marker
    opened. Reads ``cut_excerpt_weight`` and ``excerpt_min_words``.

    >>> from declutter.filters.base import probe
    >>> text = ("Pemerintah daerah berjanji menempatkan terapis disabilitas di setiap puskesmas mulai tahun depan.\\n"
    ...         "Hadir sejak 2003, Klinik Contoh memadukan pijat refleksi ala China dan Jepang dengan teknik "
    ...         "tradisional Indonesia. Menariknya, klinik ini juga mempekerjakan terapis dari kalangan "
    ...         "disabilitas ...")
    >>> seg, ctx = probe(text, "Hadir")
    >>> cut_excerpt(seg, ctx).reason
    "the line's last sentence (9 words ≥ excerpt_min_words 8) is cut off with ' ...'"
    """
    if seg.lead:
        return None
    first, last = _line_ends(seg, ctx)
    m = CUT.search(last.text)
    words = ctx.shape(last).words
    if m is None or words < ctx.settings.excerpt_min_words or first.lead or ENUMERATOR.match(first.text):
        return None
    return Signal("cut_excerpt", ctx.settings.cut_excerpt_weight,
                  f"the line's last sentence ({words} words ≥ excerpt_min_words {ctx.settings.excerpt_min_words}) "
                  f"is cut off with ' {m.group()[1:].strip()}'")


def _line_ends(seg: Segment, ctx: Context) -> tuple[Segment, Segment]:
    """The first and the last segment of ``seg``'s line (the document's line ends found once: ``ctx.memo``, so a
    line of many sentences costs linear time, not quadratic)."""
    memo = ctx.memo.get("line_ends")
    ends: dict[int, tuple[int, int]] = memo if isinstance(memo, dict) else {}
    if not isinstance(memo, dict):
        for s in ctx.segments:
            first, _ = ends.get(s.line, (s.index, s.index))
            ends[s.line] = (first, s.index)
        ctx.memo["line_ends"] = ends
    first, last = ends[seg.line]
    return ctx.segments[first], ctx.segments[last]
