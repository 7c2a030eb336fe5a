"""Filter: a clause introducing the quotation on the next line (content)."""

from __future__ import annotations

from ..features import EDGE_PUNCT, OPENING_QUOTES, ends_with
from ..lang import language_list
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None  # evidence for content, never a removal kind
LEAD = "none"  # filters/__init__.py: LEAD_OF


def quote_lead(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to a clause that introduces a quotation: the last piece of its line, at most
    ``quote_lead_max_words`` words, no full stop, whose first or last word is one of ``lang/<code>/quote_lead.txt``
    ("menurut", "according", "as"; "said", "mengatakan"), with the next line opening with a quotation mark
    ("Menurut Presiden Joko Widodo" / "\u201cPendidikan adalah prioritas ...\u201d"). Short and capitalised it has a
    headline's shape, and the names it holds are seldom in the body. Does not fire on a piece a marker opened, on
    a piece that ends a sentence or with a colon (``list_item`` reads that: "... Ibnu Hajar berkata:"), nor when
    the next line is no quotation. Reads ``quote_lead_weight`` and
    ``quote_lead_max_words``.

    >>> from declutter.filters.base import probe
    >>> text = ("Pemerintah menaikkan anggaran pendidikan menjadi Rp 665 triliun tahun depan.\\n"
    ...         "Menurut Presiden Joko Widodo\\n"
    ...         "\\"Pendidikan adalah prioritas kami untuk masa depan bangsa,\\" ujarnya di Istana.")
    >>> seg, ctx = probe(text, "Menurut")
    >>> quote_lead(seg, ctx).weight < 0
    True
    >>> seg, ctx = probe(text.replace("Menurut Presiden Joko Widodo", "Jokowi Resmikan Tol Baru"), "Jokowi")
    >>> quote_lead(seg, ctx) is None
    True
    """
    shape = ctx.shape(seg)
    nxt = ctx.neighbour(seg, 1)
    most = ctx.settings.quote_lead_max_words
    if (seg.lead or shape.terminal or ends_with(seg.text, ":") or not 0 < shape.words <= most
            or nxt is None or nxt.line != seg.line + 1 or nxt.lead or nxt.text[:1] not in OPENING_QUOTES):
        return None
    words = [w.strip(EDGE_PUNCT).lower() for w in seg.text.split()]
    verbs = language_list(ctx.lang.code, "quote_lead")
    word = words[0] if words[0] in verbs else words[-1] if words[-1] in verbs else None
    if word is None:
        return None
    return Signal("quote_lead", ctx.settings.quote_lead_weight,
                  f"introduces the quotation on the next line ({word!r}, {shape.words} words ≤ quote_lead_max_words "
                  f"{ctx.settings.quote_lead_max_words})")
