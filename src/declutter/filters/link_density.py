"""Filter (HTML): a piece whose text is mostly link text."""

from __future__ import annotations

from ..html import link_share
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"


def link_density(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment of ``clean_html`` text whose characters are mostly inside ``<a>``
    elements (at least ``link_density_min``): a teaser is a link, in its own ``<p>`` or inline
    after a sentence. The weight is ``link_density_weight`` times the share. Inside a main region
    whose own text is mostly links (a post that is a list of links) it does not fire, nor on a piece of the region
    that follows a sentence on its line, is no headline and has words outside its links: the paragraph's next
    sentence, whose words are mostly a link ("The article is titled <a>How the Internet of Everything Will Change
    the World</a>, and here ...", dev page dragnet/R813), unlike a headline or a bare link ("E-mail to a friend")
    glued after the sentence. Text input:
    no signal. Reads ``link_density_weight`` and ``link_density_min``.

    >>> from declutter import clean_html
    >>> r = clean_html("<p>Harga cabai di pasar naik lagi pekan ini.</p>"
    ...                "<p><a href=/x>Gubernur Resmikan Jembatan</a></p>")
    >>> "link_density" in [s.code for s in r.removals[0].signals]
    True
    """
    block = ctx.block(seg)
    if block is None or ctx.dom is None:
        return None
    share = link_share(ctx.dom.text, block, seg.start, seg.end)
    if share < ctx.settings.link_density_min:
        return None
    if block.main and ctx.dom.main_linked >= ctx.settings.link_density_min:
        return None  # the article itself is a list of links (a link round-up): its links are its content
    before = ctx.neighbour(seg, -1)
    if (share < 1.0 and block.main and before is not None and before.line == seg.line and ctx.shape(before).prose
            and not ctx.shape(seg).headline):
        return None  # the paragraph's next sentence, carrying its link (not a headline or a link glued after it)
    return Signal("link_density", ctx.settings.link_density_weight * share,
                  f"link text {share:.2f} ≥ link_density_min {ctx.settings.link_density_min:.2f}")
