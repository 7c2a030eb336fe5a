"""Filter: a fragment below the article's body of prose (tag lists, share buttons, related links, footers)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines, flows

KIND = "footer"


def after_body(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose) on a line below the body of prose (``body_lines``): tag lists, share
    buttons, a related-stories list without a header, a site's footer. Lists that the body introduces with a
    colon are weighed by ``list_item`` against this. Does not fire when the text has too little prose to say
    where its body is, nor on prose or a short sentence (a
    line ending in . ! ?), nor on a line that runs on from or into its neighbour without a sentence end
    (``flows``: a sentence broken at its links). Reads ``after_body_weight``, ``body_min_words``,
    ``body_block_ratio`` and
    ``body_fragment_penalty``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> seg, ctx = probe(body + "\\nPrint\\nEmail\\nMore sharing", "Email")
    >>> after_body(seg, ctx).code
    'after_body'
    """
    body = body_lines(ctx)
    shape = ctx.shape(seg)
    if body is None or seg.line <= body[1] or seg.lead or shape.prose or shape.terminal or flows(seg, ctx):
        return None
    return Signal("after_body", ctx.settings.after_body_weight,
                  f"fragment below the body of prose (which ends at line {body[1] + 1})")
