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
    ("Yusak Billy, Sales Director PT Honda Prospect Motor" / "menyatakan, New Honda ..."). A line that goes on into
    a capitalised link line which the next line continues is inside the sentence too ("Penyanyi" / "Britney Spears"
    / "kembali membuat ..."). A link's text alone
    looks like a headline or a name; inside the sentence it is content. Reads ``broken_sentence_weight``.

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
    if not seg.alone or seg.lead or nxt is None or nxt.lead or nxt.line != seg.line + 1:
        return None
    first = nxt.text.split(None, 1)[0]
    opens = prev is None or prev.lead is not None or ctx.shape(prev).terminal or ends_with(prev.text, ":")
    if opens and not (seg.text[:1].isupper() and (ends_with(seg.text, ",") or _runs_on(seg, ctx)
                                                  or first.endswith(",") or _link_line_after(nxt, ctx))):
        return None  # a sentence opens on this line only with a capital (not a lower-case tag list)
    goes_on = first[0] in ",;" or is_lower(first.lstrip("(\"'“"))
    if goes_on and not (ctx.shape(nxt).words >= CONTINUATION_MIN_WORDS or ctx.shape(nxt).terminal):
        return None
    if not goes_on and not _link_line_after(nxt, ctx):
        return None
    return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                  "inside a sentence broken at its links: the line before goes on into it, the line after continues it")


def _link_line_after(nxt: Segment, ctx: Context) -> bool:
    """``nxt`` is a capitalised line, not ending a sentence, that the line after it continues in lower case: the
    sentence's link ("Jakarta -" / "Penyanyi" / "Britney Spears" / "kembali membuat keputusan ...": idraw-02322), so
    the line before it is inside the sentence too."""
    after = ctx.neighbour(nxt, 1)
    if (not nxt.alone or not nxt.text[:1].isupper() or ctx.shape(nxt).terminal or after is None or after.lead
            or after.line != nxt.line + 1):
        return False
    first = after.text.split(None, 1)[0]
    return is_lower(first.lstrip("(\"'“")) and (ctx.shape(after).words >= CONTINUATION_MIN_WORDS
                                                or ctx.shape(after).terminal)


def _runs_on(seg: Segment, ctx: Context) -> bool:
    """The line ends on a lower-case function word: its sentence runs on into the next line ("Menteri Pertanian ...
    menunjukkan ketegasannya dalam" / "melindungi petani": idraw-01030)."""
    last = seg.text.split()[-1]
    return is_lower(last) and last.lower() in ctx.lang.stopwords
