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
    ``CONTINUATION_MIN_WORDS`` words or a full stop. After a finished sentence, a capitalised line opens one that
    the next line continues when it ends on a comma or a lower-case function word ("Menteri Pertanian ...
    menunjukkan ketegasannya dalam" / "melindungi petani ...") or the next line's first word closes with a comma
    ("Yusak Billy, Sales Director PT Honda Prospect Motor" / "menyatakan, New Honda ..."). A line's last piece
    that ends on a lower-case function word counts too ("... A number of these experts formed a" / "group" /
    "on Facebook ..."), and its sentence may go on past one short line, a link's text ("... obtained by the" /
    "Star" / "under Access to Information legislation, ..."). A link's text alone looks like a headline or a
    name; inside the sentence it is content. Reads ``broken_sentence_weight``.

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
    if seg.lead or nxt is None or nxt.lead or nxt.line != seg.line + 1:
        return None
    runs_on = _runs_on(seg, ctx)
    if not seg.alone and not runs_on:
        return None  # the last piece of a line counts only when its sentence runs on into the next line
    first = nxt.text.split(None, 1)[0]
    opens = prev is None or prev.lead is not None or ctx.shape(prev).terminal or ends_with(prev.text, ":")
    if opens and not (seg.text[:1].isupper() and (ends_with(seg.text, ",") or runs_on or first.endswith(","))):
        return None  # a sentence opens on this line only with a capital (not a lower-case tag list)
    if not (_continues(nxt, ctx) or (runs_on and _link_then_continues(nxt, ctx))):
        return None
    return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                  "inside a sentence broken at its links: the line before goes on into it, the line after continues it")


def _continues(seg: Segment, ctx: Context) -> bool:
    """The line goes on with a sentence: it opens in lower case (or with a comma) and has at least
    ``CONTINUATION_MIN_WORDS`` words or a full stop."""
    first = seg.text.split(None, 1)[0]
    goes_on = first[0] in ",;" or is_lower(first.lstrip("(\"'“"))
    return goes_on and (ctx.shape(seg).words >= CONTINUATION_MIN_WORDS or ctx.shape(seg).terminal)


def _link_then_continues(seg: Segment, ctx: Context) -> bool:
    """The line is a link's short text and the line after it goes on with the sentence ("... obtained by the" /
    "Star" / "under Access to Information legislation, ...": tests/fixtures/filters/broken_sentence)."""
    after = ctx.neighbour(seg, 1)
    return (ctx.shape(seg).words < CONTINUATION_MIN_WORDS and after is not None and after.lead is None
            and after.line == seg.line + 1 and _continues(after, ctx))


def _runs_on(seg: Segment, ctx: Context) -> bool:
    """The line ends on a lower-case function word: its sentence runs on into the next line ("Menteri Pertanian ...
    menunjukkan ketegasannya dalam" / "melindungi petani": idraw-01030)."""
    last = seg.text.split()[-1]
    return is_lower(last) and last.lower() in ctx.lang.stopwords
