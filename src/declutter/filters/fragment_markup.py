"""Filter (HTML): the headings and lists of a bare fragment, which the user chose as content."""

from __future__ import annotations

from ..html import link_share
from ..lang import dom_hint_words
from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None  # evidence for content, never a removal kind
LEAD = "none"  # filters/__init__.py: LEAD_OF: a heading a marker opens ("Read more: ...") is not protected


def fragment_markup(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to a subheading (``<h2>`` to ``<h6>``) or an item of a list whose items are
    mostly unlinked, at the top level of a fragment: markup without ``<html>``, ``<head>``, ``<body>`` or a
    doctype (a CMS field), in a content block that is a child of the fragment itself (or of the one ``<div>``,
    ``<section>``, ``<article>`` or ``<main>`` wrapping all of it), not of a container beside others
    (``html.BARE_TOP``). Those blocks are the user's own text and join the main region; text shape and
    position alone (a short line above or below the body, a list item sharing no word with the body) are no junk
    evidence there. A link, page chrome, a junk class name or a marker still is: the filter is silent on a piece
    mostly in links (``link_density_min``), in chrome, under a junk-named container, heading a run of links, or
    opened by a marker. Pages and text input: no signal. Reads ``fragment_markup_weight`` and
    ``link_density_min``.

    >>> from declutter import clean_html
    >>> r = clean_html("<h2>How to apply</h2><ul><li>Fill in the form.</li><li>Pay the fee of 20 euros.</li></ul>"
    ...                "<p>Applications close on 30 June, and late forms will not be accepted by the office.</p>")
    >>> r.text.splitlines()[0], r.removals
    ('How to apply', ())
    """
    dom, block = ctx.dom, ctx.block(seg)
    if dom is None or block is None or not block.top or not (block.subhead or block.list_item):
        return None
    if block.chrome or block.strong or block.lead_in or any(h in block.hints for h in dom_hint_words()):
        return None
    if link_share(dom.text, block, seg.start, seg.end) >= ctx.settings.link_density_min:
        return None
    what = "a subheading"
    if block.list_item:
        items, linked = dom.lists.get(block.list_id, (0, 0))
        if 2 * linked > items:
            return None
        what = f"an item of a list with {linked} of {items} items linked"
    return Signal("fragment_markup", ctx.settings.fragment_markup_weight,
                  f"{what} in an HTML fragment (no <html>, <head>, <body> or doctype): the user's own markup")

