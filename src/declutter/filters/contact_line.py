"""Filter: a line telling the reader how to reach the writer ("To contact the reporter on this story: ... at
x@example.com")."""

from __future__ import annotations

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, body_lines, line_reach
from .house_note import EMAIL

KIND = "credit"


def contact_line(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every piece of a line that gives the writer's e-mail address with a phrase of ``lang/*/contact.txt``
    ("to contact the reporter", "can be reached at"): "To contact the reporter on this story: Heejin Koo in Seoul
    at hjkoo@bloomberg.net .", "Jane Doe can be reached at jdoe@example.com." A newsroom's contact line under the
    article, never its text; it reads as a sentence, so the weight outweighs prose shape. Only below the body's
    first line (``body_lines``) and on a line of at most ``contact_line_max_words`` words. Does not fire on a line
    naming an address without such a phrase ("Applications go to jobs@city.gov by May."), nor on the phrase
    without an address. Reads ``contact_line_weight`` and ``contact_line_max_words``.

    >>> from declutter.filters.base import probe
    >>> body = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
    ...         "Members said the money would go to schools, roads and the harbour over the next three years.")
    >>> contact_line(*probe(body + "\\nJane Doe can be reached at jdoe@example.com.", "Jane")).code
    'contact_line'
    >>> contact_line(*probe(body + "\\nApplications go to jobs@city.gov by May.", "Applications")) is None
    True
    """
    if seg.line not in _contact_lines(ctx):
        return None
    return Signal("contact_line", ctx.settings.contact_line_weight,
                  "a line giving the writer's e-mail address with a contact phrase (lang/*/contact.txt)")


def reach(ctx: Context) -> Reach:
    """From the first contact line to the last (run_filters: ``Reach``)."""
    lines = _contact_lines(ctx)
    return line_reach(ctx, min(lines), max(lines)) if lines else (0, 0)


def _contact_lines(ctx: Context) -> frozenset[int]:
    """The contact lines of the document (one pass, ``ctx.memo``)."""
    found = ctx.memo.get("contact_lines")
    if isinstance(found, frozenset):
        return found
    body = body_lines(ctx)
    lines: dict[int, list[Segment]] = {}
    for seg in ctx.segments:
        if body is not None and seg.line > body[0] and "@" in seg.text:
            lines[seg.line] = []
    if lines:
        for seg in ctx.segments:
            if seg.line in lines:
                lines[seg.line].append(seg)
    phrases = union_list("contact")
    found = frozenset(
        line for line, segs in lines.items()
        if sum(ctx.shape(s).words for s in segs) <= ctx.settings.contact_line_max_words
        and any(EMAIL.search(s.text) for s in segs)
        and any(p in " ".join(s.text for s in segs).lower() for p in phrases))
    ctx.memo["contact_lines"] = found
    return found
