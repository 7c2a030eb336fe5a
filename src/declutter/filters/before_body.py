"""Filter: a fragment above the article's body of prose (a page's menus, section names, login links)."""

from __future__ import annotations

import regex

from ..features import Shape
from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines, flows

KIND = "navigation"


def before_body(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose) on a line above the body of prose (``body_lines``), as a page scrape's menus
    and section links are. The headline just above the body is the article's own: the fragment within
    ``body_title_lines`` lines of the body's start sharing the most words with the body (``_headline_line``) is
    left alone, with the byline and date lines between it and the body. Does not fire when the text has
    too little prose to say where its body is, nor on prose (a short line ending in . ! ? is weighed: "Search
    for...", "Don't have an account?", "D.C."), nor on a line that runs on from or into its neighbour without a
    sentence end (``flows``: a sentence broken at its links). Reads ``before_body_weight``,
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
    if body is None or seg.line >= body[0] or seg.lead or shape.prose or flows(seg, ctx):
        return None
    headline = _headline_line(ctx)
    if headline is not None and seg.line >= headline:
        return None  # the article's headline, and its byline and date between it and the body
    return Signal("before_body", ctx.settings.before_body_weight,
                  f"fragment above the body of prose (which starts at line {body[0] + 1})")


def _headline_line(ctx: Context) -> int | None:
    """The line of the article's own headline, just above the body: of the whole lines within ``body_title_lines``
    lines above it that are not prose, open with no marker and have more than ``headline_min_words`` words, the one
    sharing the most topic words with the body's prose (then the longest, then the nearest), and none when no line
    shares a word (a menu, a date, a byline). A headline names what its article is about; the lines above it do
    not, and a sentence-case headline is as likely as a Title-Case one (issue 12: "10 Photos From Memorial Day:
    Astoria, Seaside, and Portland", "Mauritania detains 9 over French deaths")."""
    if "headline_line" in ctx.memo:
        return ctx.memo["headline_line"]  # type: ignore[return-value]
    body = body_lines(ctx)
    found = None
    if body is not None:
        vocabulary: set[str] = set()
        for seg, shape in zip(ctx.segments, ctx.shapes):
            if body[0] <= seg.line <= body[1] and shape.prose and not seg.lead:
                vocabulary |= _topic(shape.topic)
        lines: dict[int, list[Shape]] = {}
        led: set[int] = set()  # lines a marker opens a piece of
        for seg, shape in zip(ctx.segments, ctx.shapes):
            if body[0] - ctx.settings.body_title_lines <= seg.line < body[0]:
                lines.setdefault(seg.line, []).append(shape)
                if seg.lead:
                    led.add(seg.line)
        best: tuple[int, int, int] | None = None
        for line, shapes in lines.items():
            words = sum(shape.words for shape in shapes)
            # A headline the segmenter cut at its "?" ("Dead Phone Battery? Just Burn Something.") is one line in
            # Title Case; a line ending in a full stop otherwise is a sentence or a caption.
            if (line in led or any(shape.prose for shape in shapes) or words <= ctx.settings.headline_min_words
                    or (shapes[-1].period and (len(shapes) == 1 or any(
                        shape.title_case < ctx.settings.headline_title_case_min for shape in shapes)))):
                continue
            topic = set().union(*(_topic(shape.topic) for shape in shapes))
            key = (len(topic & vocabulary), words, line)
            if key[0] and (best is None or key > best):
                best = key
        found = best[2] if best else None
        ctx.memo["headline_shared"] = best[0] if best else 0
    ctx.memo["headline_line"] = found
    return found


POSSESSIVE = regex.compile(r"['’]s$")  # "Goodrem's" in a headline is "Goodrem" in the body


def _topic(words: frozenset[str]) -> set[str]:
    return {POSSESSIVE.sub("", w) for w in words}
