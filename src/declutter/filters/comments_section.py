"""Filter: readers' comments and the comment form, from a comments header to the end of the text."""

from __future__ import annotations

import regex

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines

KIND = "comments"
# A count or punctuation around the header's phrase: "12 Comments", "Comments (12)", "Kommentare:", "· 3 comments".
HEADER_DECORATION = regex.compile(r"^[\W\d_]+|[\W\d_]+$")


def comments_section(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every segment from the first comments header below the start of the body to the end of the text:
    a line that is only a phrase from ``lang/*/comments.txt`` ("Comments", "Leave a Reply", "Kommentare",
    "Komentar"), with a count or punctuation around it at most. Readers' comments are prose, so this outweighs
    prose shape. Does not fire above the body's start (a "Comments" link in a menu), nor on a sentence that
    mentions comments, nor above ``comments_min_share`` of the text's prose (comments follow the article; a
    "Comments (3)" link under the lede is not their header). Reads ``comments_section_weight`` and
    ``comments_min_share``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> seg, ctx = probe(body + "\\n3 Comments\\nGreat article, I agree with every word of it.", "Great")
    >>> comments_section(seg, ctx).reason
    'below the comments header "3 Comments" at offset 196'
    """
    header = _header(ctx)
    if header is None or seg.index < header.index:
        return None
    return Signal("comments_section", ctx.settings.comments_section_weight,
                  f'below the comments header "{header.text}" at offset {header.start}'
                  if seg.index > header.index else "a comments header")


def _header(ctx: Context) -> Segment | None:
    if "comments_header" in ctx.memo:
        found = ctx.memo["comments_header"]
        return found if isinstance(found, Segment) else None
    phrases = union_list("comments")
    body = body_lines(ctx)
    found = None
    if body is not None:
        total = sum(shape.words for shape in ctx.shapes if shape.prose)
        above = 0
        for seg, shape in zip(ctx.segments, ctx.shapes):
            if (seg.line > body[0] and seg.alone and len(seg.text) <= COMMENTS_HEADER_MAX_CHARS
                    and above >= ctx.settings.comments_min_share * total
                    and HEADER_DECORATION.sub("", seg.text.lower()) in phrases):
                found = seg
                break
            above += shape.words if shape.prose else 0
    ctx.memo["comments_header"] = found
    return found


COMMENTS_HEADER_MAX_CHARS = 60  # a header, not a sentence
