"""Filter (HTML): an item of a list made mostly of links."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "teaser"


def link_list(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment of ``clean_html`` text that is an ``<li>`` of a list with at least
    ``link_list_min_items`` items, most of them links: related-story and menu lists. Text
    input: no signal. A short unlinked line heading such a run of links ("Weitere Beiträge aus der
    Kolumne:") weighs ``lead_in_weight``: the box's header goes with its links. Reads
    ``link_list_weight``, ``link_list_min_items``, ``lead_in_weight``, ``lead_in_max_words`` and
    ``lead_in_links``.

    >>> from declutter import clean_html
    >>> r = clean_html("<p>Harga cabai di pasar naik lagi pekan ini kata pedagang.</p>"
    ...                "<ul><li><a>Satu Berita</a></li><li><a>Dua Berita</a></li><li><a>Tiga Berita</a></li></ul>")
    >>> "link_list" in [s.code for s in r.removals[0].signals]
    True
    """
    block = ctx.block(seg)
    if block is None or ctx.dom is None:
        return None
    if block.lead_in:
        return Signal("link_list", ctx.settings.lead_in_weight,
                      f"a short line (≤ lead_in_max_words {ctx.settings.lead_in_max_words}) heading a run of links")
    if not block.list_item:
        return None
    items, linked = ctx.dom.lists.get(block.list_id, (0, 0))
    if items < ctx.settings.link_list_min_items or 2 * linked <= items:
        return None
    return Signal("link_list", ctx.settings.link_list_weight,
                  f"item of a list whose {linked} of {items} items are links "
                  f"(≥ link_list_min_items {ctx.settings.link_list_min_items})")
