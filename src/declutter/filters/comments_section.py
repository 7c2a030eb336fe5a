"""Filter: readers' comments and the comment form, from a comments header to the end of the text."""

from __future__ import annotations

import regex

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, body_lines, from_reach

KIND = "comments"
# A count or punctuation around the header's phrase: "12 Comments", "Comments (12)", "Kommentare:", "· 3 comments".
HEADER_DECORATION = regex.compile(r"^[\W\d_]+|[\W\d_]+$")
DECORATION = regex.compile(r"[\W\d_]+")  # HEADER_DECORATION's run, matched at either end by undecorated()
# A commenter's byline: "... / CatCatAttack says:", "John says: November 1, 2012 Reply", "Anna schreibt:".
SAID = regex.compile(r"(?<![\p{L}])([\p{L}]+)[ \t]*:")
# A blog's comments header names the post in quotation marks: "Ein Gedanke zu „RES158 Sternfusion ...“", "5 thoughts
# on “Title”"; the header is what stands before the quotation (tests/test_de_forms.py).
QUOTED_TITLE = regex.compile(r"(?<=[ \t])[„“”\"«‘'][^„“”\"«»]{1,200}[“”\"»’']$")
CLOSING_QUOTES = ("“", "”", '"', "»", "’", "'")  # what QUOTED_TITLE ends with (a segment ends with no newline)


def comments_section(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every segment from the first comments header below the start of the body to the end of the text:
    a line that is only a phrase from ``lang/*/comments.txt`` ("Comments", "Leave a Reply", "Kommentare",
    "Komentar"), with a count or punctuation around it at most, and a post's title in quotation marks after it
    ("5 thoughts on “Title”", "Ein Gedanke zu „Titel“": the phrases of ``lang/*/comments_title.txt`` count only
    there). Readers' comments are prose, so this outweighs
    prose shape. Does not fire above the body's start (a "Comments" link in a menu), nor on a sentence that
    mentions comments, nor above ``comments_min_share`` of the text's prose (comments follow the article; a
    "Comments (3)" link under the lede is not their header) unless a commenter's byline ("Anna says:") follows
    it. Reads ``comments_section_weight`` and ``comments_min_share``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> seg, ctx = probe(body + "\\n3 Comments\\nGreat article, I agree with every word of it.", "Great")
    >>> comments_section(seg, ctx).reason
    'below the comments header "3 Comments" at offset 189'
    """
    header = _header(ctx)
    if header is None or seg.index < header.index:
        return None
    return Signal("comments_section", ctx.settings.comments_section_weight,
                  f'below the comments header "{header.text}" at offset {header.start}'
                  if seg.index > header.index else "a comments header")


def reach(ctx: Context) -> Reach:
    """From the comments header on (run_filters: ``Reach``)."""
    return from_reach(ctx, _header(ctx))


def _header(ctx: Context) -> Segment | None:
    if "comments_header" in ctx.memo:
        found = ctx.memo["comments_header"]
        return found if isinstance(found, Segment) else None
    phrases, titled = union_list("comments"), union_list("comments") | union_list("comments_title")
    body = body_lines(ctx)
    found = None
    if body is not None:
        total = sum(shape.words for shape in ctx.shapes if shape.prose)
        above = 0
        for seg, shape in zip(ctx.segments, ctx.shapes):
            # (the quoted title is cut only from a whole line below the body's start that ends with a closing quote)
            head = (QUOTED_TITLE.sub("", seg.text).rstrip() if seg.line > body[0] and seg.alone
                    and seg.text.endswith(CLOSING_QUOTES) else seg.text)
            known = titled if head != seg.text else phrases  # "5 thoughts on" only before a quoted title
            if (seg.line > body[0] and seg.alone and len(head) <= ctx.settings.comments_header_max_chars
                    and undecorated(head.lower()) in known
                    and (above >= ctx.settings.comments_min_share * total or _comment_byline_follows(seg, ctx))):
                found = seg
                break
            above += shape.words if shape.prose else 0
    ctx.memo["comments_header"] = found
    return found



def undecorated(text: str) -> str:
    """``HEADER_DECORATION.sub("", text)``: ``text`` without the count or punctuation at either end, each end's run
    matched from that end (the pattern tries its end-anchored run at every place of a long line; article_end asks
    this of every line of a body; tests/test_speed_paths.py compares both)."""
    lead = DECORATION.match(text)
    rest = text[lead.end():] if lead else text
    trail = DECORATION.match(rest[::-1])  # the reversed run is the run at the end
    return rest[: len(rest) - trail.end()] if trail else rest


def _comment_byline_follows(header: Segment, ctx: Context) -> bool:
    """Whether one of the lines just after ``header`` is a commenter's byline: a short line with a word of
    ``lang/*/said.txt`` ("says", "schreibt") before a colon."""
    said = union_list("said")
    for step in range(1, ctx.settings.comments_byline_lookahead + 1):
        seg = ctx.neighbour(header, step)
        if seg is None:
            return False
        if len(seg.text) <= ctx.settings.comments_header_max_chars * 2 and any(
                m.group(1).lower() in said for m in SAID.finditer(seg.text)):
            return True
    return False
