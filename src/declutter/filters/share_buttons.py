"""Filter: a line of share, print and social buttons ("Tweet", "Digg it", "Email Article", "Share this:")."""

from __future__ import annotations

import functools
import itertools

import regex

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "promo"
LEAD = "none"  # filters/__init__.py: LEAD_OF
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’-]*")


@functools.cache
def _vocabulary() -> frozenset[str]:
    return union_list("share") | union_list("channels")


def share_buttons(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a short line (at most ``share_line_max_words`` words) made only of the words of share, print and
    social buttons (``lang/*/share.txt`` and the channel names of ``lang/*/channels.txt``), with separators and
    counts between them: "Tweet", "Digg it | Del.icio.us", "Print Article", "Share this:", "12 shares".
    Does not fire on a line with any other word, nor on a lone letter (an FAQ's "A:", though "a" is a button's
    word in "Send to a friend"). Reads ``share_buttons_weight`` and ``share_line_max_words``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("The council approved the budget.\\nDigg it | Del.icio.us | Email Article", "Digg")
    >>> share_buttons(seg, ctx).code
    'share_buttons'
    >>> seg, ctx = probe("The council approved the budget.\\nEmail the mayor", "Email")
    >>> share_buttons(seg, ctx) is None
    True
    """
    if not seg.alone or seg.lead:
        return None
    # Each whitespace-separated chunk that opens with a letter opens one of the words below: more such chunks than
    # share_line_max_words, and there are more words (a sentence; the common case, without reading its words).
    if _opens_more_than(seg.text, ctx.settings.share_line_max_words):
        return None
    words = [w.lower().rstrip(".") for w in WORD.findall(seg.text) if not w[0].isdigit()]
    if (not words or len(words) > ctx.settings.share_line_max_words
            or max(map(len, words)) < ctx.settings.share_label_letters):
        return None  # a lone letter is a label ("A:", "J:" opening an FAQ's answer, idraw-03010), not a button
    vocabulary = _vocabulary()
    if not all(w in vocabulary or w.replace(".", "") in vocabulary for w in words):
        return None
    return Signal("share_buttons", ctx.settings.share_buttons_weight,
                  f"{len(words)} word(s), all share or social button words (lang/*/share.txt, channels.txt)")


def _opens_more_than(text: str, most: int) -> bool:
    """Whether more than ``most`` whitespace-separated chunks of ``text`` open with a letter. The first ``2 * most``
    chunks and the rest (which opens with the next chunk) are read first, so a paragraph is not split whole; the
    count stops at the first such chunk past the limit."""
    for chunks in (text.split(None, 2 * most), text.split()):
        if next(itertools.islice((c for c in chunks if c[0].isalpha()), most, None), None) is not None:
            return True
    return False
