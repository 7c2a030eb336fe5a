"""Filter: a fragment above the article's body of prose (a page's menus, section names, login links)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines

KIND = "navigation"


def before_body(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose) on a line above the body of prose (``body_lines``), as a page scrape's menus
    and section links are. The headline just above the body is the article's own: the nearest headline-shaped
    line within ``body_title_lines`` lines of the body's start is left alone. Does not fire when the text has
    too little prose to say where its body is, nor on prose. Reads ``before_body_weight``,
    ``body_title_lines``, ``body_min_words``, ``body_block_ratio`` and ``body_fragment_penalty``.

    >>> from declutter.filters.base import probe
    >>> menu = "Home\\nNews\\nSport\\nWeather\\n"
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> seg, ctx = probe(menu + "Council Approves Budget\\n" + body, "Sport")
    >>> before_body(seg, ctx).code
    'before_body'
    >>> seg, ctx = probe(menu + "Council Approves Budget\\n" + body, "Council Approves")
    >>> before_body(seg, ctx) is None
    True
    """
    body = body_lines(ctx)
    if body is None or seg.line >= body[0] or seg.lead or ctx.shape(seg).prose or seg.line == _headline_line(ctx):
        return None
    return Signal("before_body", ctx.settings.before_body_weight,
                  f"fragment above the body of prose (which starts at line {body[0] + 1})")


def _headline_line(ctx: Context) -> int | None:
    """The line of the article's own headline: the nearest headline-shaped line just above the body."""
    if "headline_line" in ctx.memo:
        return ctx.memo["headline_line"]  # type: ignore[return-value]
    body = body_lines(ctx)
    found = None
    if body is not None:
        for seg in reversed(ctx.segments):
            if seg.line >= body[0] or not seg.alone:
                continue
            if seg.line < body[0] - ctx.settings.body_title_lines:
                break
            if ctx.shape(seg).headline or seg.title_candidate:
                found = seg.line
                break
    ctx.memo["headline_line"] = found
    return found
