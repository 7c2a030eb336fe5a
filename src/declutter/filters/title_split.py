"""Filter: the article's title, separated from the lede it was glued to (content, with the reason for the cut)."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, body_lines
from .before_body import headline_line, shared_words, window_top
from .credit_line import byline
from .stamped_list import stamp_only

KIND = None


def title_split(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to the title candidate the segmenter cut from the first line, and say why it
    cut there: at a dateline ("Judul Berita JAKARTA, KOMPAS.com - ..."), where a Title-Case run gives way to a
    sentence, or because the first line is a headline alone. The title is kept as ``CleanResult.title``; this
    signal carries the decision into ``--explain`` and the title's confidence. Page-structure evidence
    (``before_body``, the HTML filters) can still veto a title that is page chrome. A first line standing above the
    page's own headline (``page_headline``'s line) with a line of the page between them, sharing fewer than two of
    the body's words and no date, is the site's or the section's name over a page scrape ("TED Blog" / "« Previous
    | Main | Next »" / the headline): it gets no title weight, and the evidence against it decides (a kicker right
    over the headline, "City Hall", keeps it). A byline on the first line ("By Jane Smith": ``credit_line``) is no
    title either. Reads ``title_split_weight``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Harga Cabai Naik Lagi JAKARTA, KOMPAS.com - Harga cabai di pasar naik lagi.", "Harga Cabai")
    >>> title_split(seg, ctx).reason
    "title: split from the lede at the dateline 'JAKARTA, KOMPAS.com -'"
    """
    if not seg.title_candidate or byline(seg, ctx):
        return None  # "By Jane Smith" over the article is its credit, never its title
    below = _headline_below(seg, ctx)
    if below is not None:
        return Signal("title_split", 0.0, "no title: the first line stands above the page's headline (or, further "
                      f"up than a headline stands, its body) at line {below + 1} and shares fewer than "
                      f"{ctx.settings.run_min_shared} of the body's words")
    return Signal("title_split", ctx.settings.title_split_weight, f"title: {seg.why or 'from the page markup'}")


def _headline_below(seg: Segment, ctx: Context) -> int | None:
    """The line of the page's own headline (``headline_line``) when it stands below the first line's title candidate,
    which shares fewer than ``run_min_shared`` topic words with the body: the site's or the section's name over a
    page scrape ("News Home", "TED Blog", "Women's Health"), not the article's title. Where no headline stands over the
    body, a first line further up than the ``body_title_lines`` lines a headline may stand in ("Skip Links" over a
    page of menus) is not the title either: the body's first line is given."""
    if seg.joins is not None or seg.lead is not None or stamp_only(seg.text, ctx.settings.stamp_other_max_words):
        return None  # a date over the headline is the article's own stamp
    line = headline_line(ctx)
    body = body_lines(ctx)
    if line is None and body is not None and seg.line < window_top(ctx, body[0]):
        line = body[0]  # no headline over the body, and the first line is further up than one can stand: a menu's
    if line is None or line <= seg.line or shared_words(ctx, ctx.shape(seg).topic) >= ctx.settings.run_min_shared:
        return None
    # A line of the page other than a date stands between them (a menu, a link to the previous post): a section's
    # name straight over the headline ("Football News" / "Chelsea sign ...") may be the article's own kicker.
    other_max = ctx.settings.stamp_other_max_words
    between = any(s.line > seg.line and not s.lead and not stamp_only(s.text, other_max)
                  for s in ctx.segments[seg.index + 1:] if s.line < line)
    return line if between else None
