"""Filter (HTML): page chrome outside the article."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = "navigation"


def outside_main(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a segment of ``clean_html`` text inside ``<nav>``, ``<header>``, ``<footer>``,
    ``<aside>`` or ``<menu>``, or outside the main region: the ``<article>``/``<main>`` element
    (or an element whose class/id names an article body) with the most unlinked text, or,
    without one, the run from the first to the last block of ten or more mostly unlinked words.
    Page chrome weighs ``chrome_weight``, enough to outweigh prose shape (a copyright sentence);
    the region rule ``outside_main_weight``. Text input: no signal. Reads ``outside_main_weight``
    and ``chrome_weight``.

    >>> from declutter import clean_html
    >>> r = clean_html("<nav><p>Beranda Berita Olahraga</p></nav><article><p>Harga cabai di pasar naik "
    ...                "lagi pekan ini kata pedagang.</p></article>")
    >>> r.removals[0].kind, r.removals[0].text
    ('navigation', 'Beranda Berita Olahraga')
    """
    block = ctx.block(seg)
    if block is None or ctx.dom is None:
        return None
    if block.chrome:
        return Signal("outside_main", ctx.settings.chrome_weight, "inside nav, header, footer, aside or menu")
    if ctx.main_known and not block.main:
        return Signal("outside_main", ctx.settings.outside_main_weight, "outside the main article region")
    return None
