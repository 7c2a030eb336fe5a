"""Filter (HTML): the line that repeats the page's <title>, the article's headline (content)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context

KIND = None


def title_match(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to the segments of the ``clean_html`` line that repeats the page's
    ``<title>``: a line whose words are a run of the title's words, at least ``title_match_min_share`` of them
    ("Scotland Yard strengthens Bhutto team" under the title "Scotland Yard strengthens Bhutto team | The Daily
    Telegraph"). A page names its article in its ``<title>``; the headline line often sits outside the region
    of prose, in a container named "header", or is a link to the page itself, and is Title Case, so the
    page-structure and shape evidence would remove it. Of several such lines, an ``<h1>`` outside page chrome,
    else one in the main region, else the first. Does not fire on a line holding only the site's name or
    section (below the share), nor on text input. Reads ``title_match_weight`` and ``title_match_min_share``.

    >>> from declutter import clean_html
    >>> r = clean_html("<html><head><title>Harga Cabai Naik Lagi | Kota Raya</title></head><body>"
    ...                "<div class='header'><h2><a href='/x'>Harga Cabai Naik Lagi</a></h2></div><article>"
    ...                "<p>Harga cabai di pasar induk naik lagi pekan ini, kata para pedagang di sana.</p>"
    ...                "<p>Pedagang menyebut pasokan dari petani berkurang karena hujan turun setiap hari.</p>"
    ...                "</article></body></html>")
    >>> r.title.text
    'Harga Cabai Naik Lagi'
    >>> [s.reason for s in r.title.signals if s.code == "title_match"]
    ["the line repeats 0.67 of the page's <title> words (≥ title_match_min_share 0.50)"]
    """
    dom = ctx.dom
    if dom is None or seg.line != dom.title_line:
        return None
    return Signal("title_match", ctx.settings.title_match_weight,
                  f"the line repeats {dom.title_share:.2f} of the page's <title> words "
                  f"(≥ title_match_min_share {ctx.settings.title_match_min_share:.2f})")
