"""Filter: a fragment above the article's body of prose (a page's menus, section names, login links)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines, flows

KIND = "navigation"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def before_body(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose) on a line above the body of prose (``body_lines``), as a page scrape's menus
    and section links are. The headline just above the body is the article's own: the nearest headline-shaped
    line within ``body_title_lines`` lines of the body's start (else the longest fragment there) is left alone,
    with the byline and date lines between it and the body. Does not fire when the text has
    too little prose to say where its body is, nor on prose or a short sentence (a
    line ending in . ! ?), nor on a line that runs on from or into
    its neighbour without a sentence end (``flows``: a sentence broken at its links). Reads ``before_body_weight``,
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
    shape = ctx.shape(seg)
    if body is None or seg.line >= body[0] or seg.lead or shape.prose or shape.terminal or flows(seg, ctx):
        return None
    headline = _headline_line(ctx)
    if headline is not None and seg.line >= headline:
        return None  # the article's headline, and its byline and date between it and the body
    return Signal("before_body", ctx.settings.before_body_weight,
                  f"fragment above the body of prose (which starts at line {body[0] + 1})")


def _headline_line(ctx: Context) -> int | None:
    """The line of the article's own headline, just above the body: of the fragments of at least
    ``headline_min_words`` + 1 words within ``body_title_lines`` lines above it, the headline-shaped one nearest
    the body, else the longest (a sentence-case headline is longer than the byline and date below it)."""
    if "headline_line" in ctx.memo:
        return ctx.memo["headline_line"]  # type: ignore[return-value]
    body = body_lines(ctx)
    found = None
    if body is not None:
        near = [seg for seg in ctx.segments
                if body[0] - ctx.settings.body_title_lines <= seg.line < body[0] and seg.alone and not seg.lead
                and ctx.shape(seg).words > ctx.settings.headline_min_words]
        shaped = [seg for seg in near if ctx.shape(seg).headline or seg.title_candidate]
        if shaped:
            found = shaped[-1].line
        elif near:
            found = max(near, key=lambda seg: ctx.shape(seg).words).line
    ctx.memo["headline_line"] = found
    return found
