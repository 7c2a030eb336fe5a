"""Filter: a blog's links to the previous and next posts ("« Older post | Main | Newer post »")."""

from __future__ import annotations

from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, line_reach

KIND = "navigation"
# The arrows a blog's pager puts before the previous post's title and after the next one's (dragnet/152: "« 9
# reasons to be excited by the new TED Books app | Main | Behold, 6 real-life cyborgs »"). In French a quotation
# opens with « and closes with », so the arrows alone say nothing: the bar between the links does.
BACK = ("«", "‹")
ON = ("»", "›")
BAR = " | "


def post_pager(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every piece of a blog's pager line: a line that opens with "«" or "‹" or closes with "»" or "›" (the
    arrows to the previous and next posts) and holds " | " between its links ("« Spade To Be a Dad? | Main |
    Stefani Stays in... »"). The titles of the other posts read as sentences, so the weight outweighs prose
    shape. Does not fire on a quotation in guillemets (no bar: « Il fait beau », dit-il), nor on a bar without the
    arrows. Reads ``post_pager_weight``.

    >>> from declutter.filters.base import probe
    >>> text = ("« Yesterday's over | Blog Home | Monetizing digital attention »\\n"
    ...         "The council approved the budget on Tuesday after a long debate about the costs.")
    >>> post_pager(*probe(text, "Yesterday")).code
    'post_pager'
    >>> post_pager(*probe("« Il fait beau aujourd'hui », dit-il.\\nLa ville a voté le budget.", "beau")) is None
    True
    """
    if seg.line not in pager_lines(ctx):
        return None
    return Signal("post_pager", ctx.settings.post_pager_weight,
                  "a line of links to the previous and next posts: arrows « » at its ends, ' | ' between them")


def reach(ctx: Context) -> Reach:
    """From the first pager line to the last (run_filters: ``Reach``)."""
    lines = pager_lines(ctx)
    return line_reach(ctx, min(lines), max(lines)) if lines else (0, 0)


def pager_lines(ctx: Context) -> frozenset[int]:
    """The pager lines of the document (one pass, ``ctx.memo``)."""
    found = ctx.memo.get("pager_lines")
    if isinstance(found, frozenset):
        return found
    pieces: dict[int, list[str]] = {}
    for seg in ctx.segments:
        pieces.setdefault(seg.line, []).append(seg.text)
    found = frozenset(line for line, texts in pieces.items()
                      if (texts[0].startswith(BACK) or texts[-1].endswith(ON)) and BAR in " ".join(texts))
    ctx.memo["pager_lines"] = found
    return found
