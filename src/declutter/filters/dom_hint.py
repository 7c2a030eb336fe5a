"""Filter (HTML): a block inside a container whose class or id names junk."""

from __future__ import annotations

from ..lang import dom_hint_words
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"


def dom_hint(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment of ``clean_html`` text whose block sits in an element whose class or id
    contains a fragment from ``lang/*/dom_hints.txt`` ("related", "baca-juga", "share",
    "advert"). Inside the article container only the containers within it count, so a page
    wrapper such as "content-with-sidebar" does not taint the article. Text input: no signal.
    A strong hint (``lang/*/dom_strong_hints.txt``: comments, related stories, share and newsletter
    boxes) of a container that does not hold the article weighs ``dom_hint_strong_weight``, enough
    to outweigh prose shape: a reader's comment is a sentence. Reads ``dom_hint_weight`` and
    ``dom_hint_strong_weight``.

    >>> from declutter import clean_html
    >>> r = clean_html('<article><p>Harga cabai di pasar naik lagi pekan ini kata pedagang.</p>'
    ...                '<div class="related-posts"><p>Harga Emas Naik</p></div></article>')
    >>> "dom_hint" in [s.code for s in r.removals[0].signals]
    True
    """
    block = ctx.block(seg)
    if block is None or not block.hints:
        return None
    if block.strong:
        return Signal("dom_hint", ctx.settings.dom_hint_strong_weight,
                      f"inside an element whose class/id contains {block.strong!r} (lang/*/dom_strong_hints.txt)")
    for hint in dom_hint_words():
        if hint in block.hints:
            return Signal("dom_hint", ctx.settings.dom_hint_weight,
                          f"inside an element whose class/id contains {hint!r} (lang/*/dom_hints.txt)")
    return None
