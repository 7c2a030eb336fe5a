"""A menu's item inside a run of them: short lines without a lower-case function word (not a filter: the shape
``broken_sentence`` and ``base.flows`` ask of a lower-case line before taking it for the rest of a sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..features import is_lower

if TYPE_CHECKING:
    from ..segment import Segment
    from .base import Context

def menu_item(seg: Segment | None, ctx: Context, line: int | None = None) -> bool:
    """The line (on ``line``, when given) is alone on it, ends no sentence and holds at most
    ``menu_item_max_words`` words, none a lower-case function word: a menu's item, even when a lower-case brand
    opens it ("t3n Backstage Blog"). An article's short line broken at its links holds one ("gegen die Regierung"); a
    link blog's source line holds a web address ("via netzpolitik.org https://netzpolitik.org" / "www.heise.de"),
    which a menu's label does not."""
    if seg is None or seg.lead or not seg.alone or (line is not None and seg.line != line):
        return False
    words = seg.text.split()
    return (len(words) <= ctx.settings.menu_item_max_words and not ctx.shape(seg).terminal and not _address(seg.text)
            and not any(is_lower(w) and w.lower() in ctx.lang.stopwords for w in words))


def in_menu(seg: Segment, ctx: Context) -> bool:
    """The line is a menu's item (``menu_item``) inside a run of three such lines on adjacent lines: with the lines
    before and after it, the two after it, or the two before it ("Meet the Team" / "t3n Backstage Blog" / "Presse":
    t3n.de-Laufzeit).
    A lower-case line there is a brand's name, not the rest of a sentence broken at its links.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Über uns\\nMeet the Team\\nt3n Backstage Blog\\nPresse\\nFAQ", "t3n")
    >>> in_menu(seg, ctx)
    True
    >>> seg, ctx = probe("Der Haushalt ist beschlossen.\\nt3n Backstage Blog\\nPresse", "t3n")
    >>> in_menu(seg, ctx)
    False
    >>> seg, ctx = probe("Der Minister sprach\\nim Bundestag\\ngegen die Regierung\\nund ihre Pläne.", "gegen")
    >>> in_menu(seg, ctx)
    False
    """
    if not menu_item(seg, ctx):
        return False
    before, after = ctx.neighbour(seg, -1), ctx.neighbour(seg, 1)
    above = before is not None and menu_item(before, ctx, seg.line - 1)
    below = after is not None and menu_item(after, ctx, seg.line + 1)
    if above and below:
        return True
    if below and after is not None and menu_item(ctx.neighbour(after, 1), ctx, seg.line + 2):
        return True
    return above and before is not None and menu_item(ctx.neighbour(before, -1), ctx, seg.line - 2)


def _address(text: str) -> bool:
    return "://" in text or "www." in text.lower()
