"""Filter: a fragment below the article's body of prose (tag lists, share buttons, related links, footers)."""

from __future__ import annotations

import functools

import regex

from ..features import ends_with
from ..lang import own_list, union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, body_lines, flows, from_reach, line_reach, lone_question
from .list_item import LABELLED, list_item
from .share_buttons import share_buttons

KIND = "footer"
LEAD = "none"  # filters/__init__.py: LEAD_OF


def after_body(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a fragment (not prose) on a line below the body of prose (``body_lines``): tag lists, share
    buttons, a related-stories list without a header, a site's footer. Does not fire on a list that goes on from
    the body's last line (every line from there to it is a ``list_item``: "Berikut susunan pemain:" / "1. Kiper:
    ..." / "2. Bek:" / names, or "label: value" rows right after the last paragraph), which the article makes. Does
    not fire on a line giving a book's details (``book_details``: "Blessing, 816 Seiten"). Does not fire when the
    text has too little prose to say
    where its body is, nor on prose or a short sentence (a line ending in . ! ?) other than a question of at most
    ``question_headline_max_words`` words alone on its line (a teaser's headline: "Sylt - Insel nur für Reiche?"),
    nor on a line that runs on from or into its neighbour without a sentence end (``flows``: a sentence broken at
    its links). A short line of prose alone below the body, far from any other sentence, is weighed too
    (``_stray``: a slogan or about box in the footer). Reads ``after_body_weight``, ``body_min_words``,
    ``body_block_ratio``, ``body_fragment_penalty``, ``body_list_intro_min_words``, ``question_headline_max_words``,
    ``stray_prose_weight``, ``stray_gap_lines`` and ``stray_max_words``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> seg, ctx = probe(body + "\\nPrint\\nGallery\\nMore sharing", "Gallery")
    >>> after_body(seg, ctx).code
    'after_body'
    """
    body = body_lines(ctx)
    shape = ctx.shape(seg)
    if body is None or seg.line <= body[1] or seg.lead or flows(seg, ctx):
        return None
    if (shape.prose or shape.terminal) and not lone_question(seg, shape, ctx.settings):
        return _stray(seg, ctx, body[1])
    if seg.index in _body_list(ctx, body[1]) or book_details(seg.text):
        return None
    return Signal("after_body", ctx.settings.after_body_weight,
                  f"fragment below the body of prose (which ends at line {body[1] + 1})")


def reach(ctx: Context) -> Reach:
    """The lines below the body (run_filters: ``Reach``)."""
    body = body_lines(ctx)
    return from_reach(ctx, None if body is None else line_reach(ctx, body[1])[1])


@functools.cache
def _book_pattern() -> regex.Pattern[str]:
    phrases = sorted(union_list("book"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(
        regex.escape(p).replace(r"\{n\}", r"\d[\d.,]{0,12}") for p in phrases) + r")(?!\p{L})", regex.IGNORECASE)


def book_details(text: str) -> bool:
    """Whether ``text`` gives a book's details as a review closes with them ("Blessing, 816 Seiten", "ISBN ...",
    "Knopf, 320 pages": ``lang/*/book.txt``): the article's own last line, not a page's footer."""
    return _book_pattern().search(text) is not None


def _body_list(ctx: Context, last: int) -> frozenset[int]:
    """Indexes of the segments of the list that runs on from the body's last line ``last``: the line after it opens
    a list the way an article does (``_opens_list``), and each line from there is a list item (``list_item``) up
    to the first line that is not (or is a share button). Computed once per document (``ctx.memo``)."""
    memo = ctx.memo.get("body_list")
    if isinstance(memo, frozenset):
        return memo
    found: set[int] = set()
    for seg in ctx.segments:
        if seg.line <= last:
            continue
        if list_item(seg, ctx) is None or share_buttons(seg, ctx) is not None or not (found or _opens_list(seg, ctx)):
            break  # a row of share buttons ("Teilen Sie dies mit:" / "Twitter") is no list the article makes
        found.add(seg.index)
    ctx.memo["body_list"] = frozenset(found)
    return ctx.memo["body_list"]  # type: ignore[return-value]


def _opens_list(seg: Segment, ctx: Context) -> bool:
    """A line opens a list the way an article does, in its own words rather than a menu's labels: an introduction
    ending with ":" or a first "label: value" row, not in Title Case ("Berikut susunan pemain Timnas Indonesia:",
    "Mulai pencairan: 5 Juni 2025"; not "FEATURED SITES:", "Business: Miner miracle", "Pingback: Engineers ...",
    nor a form's "Email me:", shorter than a headline); a shorter introduction whose first word is one of the
    language's ``lang/<code>/list_intro.txt`` ("Berikut daftarnya:") counts too."""
    shape = ctx.shape(seg)
    intro = ends_with(seg.text, ":") and (shape.words >= ctx.settings.body_list_intro_min_words
                                          or seg.text.split()[0].lower() in own_list(ctx.lang.code, "list_intro"))
    return bool(intro or LABELLED.match(seg.text)) and shape.title_case < ctx.settings.headline_title_case_min



def _stray(seg: Segment, ctx: Context, last: int) -> Signal | None:
    """A short line of prose alone below the body (``last`` its last line): more than ``stray_gap_lines`` lines
    without a sentence (no prose, no terminal punctuation) part it from the body's last sentence and from any
    sentence below it, as in a footer's menus a site's slogan or about box stands ("The Insiders ist das
    Influencer-Marketingnetzwerk, ..."). At most ``stray_max_words`` words."""
    words = ctx.shape(seg).words
    if not seg.alone or words > ctx.settings.stray_max_words:
        return None
    sentences = sentence_lines(ctx)
    gap = seg.line - max((line for line in sentences if last < line < seg.line), default=last)
    below = min((line for line in sentences if line > seg.line), default=None)
    least = ctx.settings.stray_gap_lines
    if gap <= least or (below is not None and below - seg.line <= least):
        return None
    return Signal("after_body", ctx.settings.stray_prose_weight,
                  f"a stray line of prose ({words} words) below the body, {gap} lines after its last sentence "
                  f"(> stray_gap_lines {least})")


def sentence_lines(ctx: Context) -> frozenset[int]:
    """The lines with a sentence (a prose or terminally punctuated piece no marker opened; once, ``ctx.memo``)."""
    memo = ctx.memo.get("sentence_lines")
    if isinstance(memo, frozenset):
        return memo
    found = frozenset(seg.line for seg, shape in zip(ctx.segments, ctx.shapes)
                      if (shape.prose or shape.terminal) and not seg.lead)
    ctx.memo["sentence_lines"] = found
    return found
