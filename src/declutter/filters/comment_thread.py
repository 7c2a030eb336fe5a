"""Filter: readers' comments without a header, found by their repeated bylines ("Anna Dec 6th, 2009 at 6:06 am")."""

from __future__ import annotations

import functools

import regex

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, body_lines, from_reach, heads_main

KIND = "comments"
# A clock time ("6:06 am", "13:04", "1:53 PM") or a relative time ("3 hours ago", "2 days ago"). A time of day:
# "My Segment Starts 29:31" is a running time, no stamp (dragnet/R23).
CLOCK = regex.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
AGO = regex.compile(r"(?<!\p{L})\d+\s*\p{L}+\s+ago(?!\p{L})", regex.IGNORECASE)
WORD = regex.compile(r"\p{L}[\p{L}.'’-]*")
# A count of comments on a line ("[ 11 Comments ]", "· 0 Comments", "Comments (3)"): a post's link to its own
# comments, which a comment never carries (tests/fixtures/filters/comment_thread/not-a-blog-index-of-posts).
COUNT = r"(?<![\p{{L}}\d])(?:\d+[ \t]*(?:{0})|(?:{0})[ \t]*[(\[][ \t]*\d+)(?![\p{{L}}\d])"


def comment_thread(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every segment from the first of ``comment_thread_min_bylines`` commenters' bylines on: short lines
    that are not prose, with a clock or relative time stamp (words of ``lang/*/dates.txt`` and ``months.txt``)
    and a word that is no part of the stamp (the commenter's name): "5 shadaab Dec 21st, 2009 at 8:23 am",
    "By Anonymous, at 1:53 PM", "Posted by jenn | November 6, 2012 1:04 PM", "mike 3 hours ago". A naive
    scrape keeps readers' comments without their header; a thread repeats this byline shape. The first
    byline counted stands below ``comment_thread_min_share`` of the text's prose (the article comes first; a
    dateline above the body is the article's); on an HTML page, a byline in the ``main_head_lines`` lines just
    above the main region is the article's own ("Posted by X - January 8, 2008 12:40 PM" over a blog post) and
    is not counted. Nor is a blog's index of posts a thread: each post signed with its author and time, and each
    with its own count of comments ("Hot Fixes [ 11 Comments ]"), which no comment carries; as many such counts
    below the first byline as the bylines a thread needs mean posts. A comment follows its byline: at least
    ``comment_thread_signed_share`` of the bylines have a line of prose right below them (a timeline's or a list's
    stamped lines, "12:40 PM - Polls close in Ohio" over the next entry, have none). Outweighs prose shape
    (comments are prose). Reads ``comment_thread_weight``, ``comment_thread_signed_share``,
    ``comment_thread_min_bylines``, ``comment_thread_min_share`` and ``main_head_lines``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.\\n")
    >>> thread = ("1 Anna Dec 6th, 2009 at 6:06 am\\nGreat article, I agree with every word of it.\\n"
    ...           "2 Bob Dec 8th, 2009 at 8:03 pm\\nWhen will the harbour work start?")
    >>> seg, ctx = probe(body + thread, "When will")
    >>> comment_thread(seg, ctx).code
    'comment_thread'
    >>> seg, ctx = probe(body + thread, "Members") ; comment_thread(seg, ctx) is None
    True
    """
    first = _thread_start(ctx)
    if first is None or seg.index < first.index:
        return None
    return Signal("comment_thread", ctx.settings.comment_thread_weight,
                  f'in a thread of readers\' comments from the byline "{first.text}" at offset {first.start}')


def reach(ctx: Context) -> Reach:
    """From the thread's first byline on (run_filters: ``Reach``)."""
    return from_reach(ctx, _thread_start(ctx))


def is_byline(text: str, max_words: int) -> bool:
    """A commenter's byline: a short line with a clock or relative time and a word outside the stamp."""
    if not (CLOCK.search(text) or AGO.search(text)) or text.rstrip().endswith((".", "!", "?")):
        return False
    words = WORD.findall(text)
    stamp = stamp_words()
    return len(text.split()) <= max_words and any(w.lower().rstrip(".") not in stamp for w in words)


@functools.cache
def stamp_words() -> frozenset[str]:
    """The words of a date or time stamp: ``lang/*/dates.txt`` and ``lang/*/months.txt``, joined once (is_byline and
    stamped_list.stamp_only ask of many lines)."""
    return union_list("dates") | union_list("months")


def lines_of(ctx: Context) -> list[tuple[Segment, str, int]]:
    """(first segment, whole text, prose words) of each line: a byline may hold a "..." that splits it."""
    if "lines_of" in ctx.memo:
        return ctx.memo["lines_of"]  # type: ignore[return-value]
    out: list[tuple[Segment, str, int]] = []
    for seg, shape in zip(ctx.segments, ctx.shapes):
        words = shape.words if shape.prose else 0
        if out and out[-1][0].line == seg.line:
            first, text, prose = out[-1]
            out[-1] = (first, f"{text} {seg.text}", prose + words)
        else:
            out.append((seg, seg.text, words))
    ctx.memo["lines_of"] = out
    return out


def _thread_start(ctx: Context) -> Segment | None:
    if "comment_thread" in ctx.memo:
        found = ctx.memo["comment_thread"]
        return found if isinstance(found, Segment) else None
    found = None
    body = body_lines(ctx)
    if body is not None:
        total = sum(shape.words for shape in ctx.shapes if shape.prose)
        above = signed = 0
        bylines: list[Segment] = []
        lines = lines_of(ctx)
        for k, (seg, text, prose_words) in enumerate(lines):
            if (not prose_words and seg.line > body[0] and not heads_main(ctx, seg.line)
                    and above >= ctx.settings.comment_thread_min_share * total
                    and is_byline(text, ctx.settings.comment_byline_max_words)):
                bylines.append(seg)
                signed += _signs_comment(ctx, lines, k)
            above += prose_words
        if (len(bylines) >= ctx.settings.comment_thread_min_bylines
                and signed >= ctx.settings.comment_thread_signed_share * len(bylines)
                and not _posts_index(ctx, bylines[0])):
            found = bylines[0]
    ctx.memo["comment_thread"] = found
    return found


def _signs_comment(ctx: Context, lines: list[tuple[Segment, str, int]], k: int) -> bool:
    """Whether the byline on line ``k`` has its comment right below it: the next line holds prose or ends a
    sentence ("Great post, thanks!"), and is no byline."""
    if k + 1 >= len(lines) or is_byline(lines[k + 1][1], ctx.settings.comment_byline_max_words):
        return False
    seg, _, prose_words = lines[k + 1]
    return prose_words > 0 or ctx.shape(seg).terminal


def _posts_index(ctx: Context, first: Segment) -> bool:
    """Whether the lines from ``first`` on carry as many counts of comments as the bylines a thread needs
    ("Hot Fixes [ 11 Comments ]" under each post of a blog's front page): the bylines sign posts, not comments."""
    count = _count_pattern()
    counts = sum(1 for seg, text, _ in lines_of(ctx) if seg.index >= first.index and count.search(text))
    return counts >= ctx.settings.comment_thread_min_bylines


@functools.cache
def _count_pattern() -> regex.Pattern[str]:
    """COUNT with the one-word phrases of ``lang/*/comments.txt`` ("comments", "replies")."""
    words = sorted((w for w in union_list("comments") if " " not in w), key=len, reverse=True)
    return regex.compile(COUNT.format("|".join(map(regex.escape, words))), regex.IGNORECASE)
