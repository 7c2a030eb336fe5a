"""Filter: a copyright line ("© 2023 Konradin Medien GmbH.", "Copyright 2008 The Associated Press.")."""

from __future__ import annotations

import regex

from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, line_reach

KIND = "credit"
# A line opening with the copyright sign, or with "(c)" or "Copyright" before a year or the sign: a site's
# rights notice or a photo credit ("© 1997-2022 sport media group GmbH · ...", "© Mila Hacke_Berlin"), the sign
# also in a bracket ("(© 2008 The Associated Press. All Rights Reserved. ...)", l3s-gn1 aa00507b).
# The marker lists cannot hold it: their index reaches a phrase by its first word, and "©" is no word
# (tests/fixtures/filters/copyright_line). "(c)" alone opens list items ("(c) the third point"), so it needs a year.
# Matched at a piece's start (pieces have no leading space); no leading \s*, which scanned would be quadratic.
COPYRIGHT_OPENING = regex.compile(r"(?:\(?©|\((?:c|C)\)[ \t]?(?:\d{4}|MM|MC)|(?i:copyright)[ \t]?(?:©|\(c\)|\d{4}))")


def copyright_line(seg: Segment, ctx: Context) -> Signal | None:
    """Flag every piece of a line that opens with a copyright notice: the sign "©", or "(c)" or "Copyright"
    before a year or the sign. A site's rights line and a photo credit are never the article's text, however
    long the line ("© 2017 Luigi LAVAZZA SPA, alle Rechte vorbehalten – USt-IdNr. ..."), so the weight outweighs
    prose shape. Does not fire on a sign inside a line ("Foto: © dpa" is credit_line's) nor on "(c)" opening a
    list item. Reads ``copyright_line_weight``.

    >>> from declutter.filters.base import probe
    >>> text = ("Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.\\n"
    ...         "© 2023 Konradin Medien GmbH. Alle Inhalte sind urheberrechtlich geschützt.")
    >>> copyright_line(*probe(text, "Alle Inhalte")).code
    'copyright_line'
    >>> copyright_line(*probe("(c) the third point of the plan was dropped.", "third")) is None
    True
    """
    opening = _copyright_lines(ctx).get(seg.line)
    if opening is None:
        return None
    return Signal("copyright_line", ctx.settings.copyright_line_weight,
                  f"line opens with a copyright notice ({opening[:24]!r})")


def reach(ctx: Context) -> Reach:
    """From the first of the rights lines to the last (run_filters: ``Reach``)."""
    lines = _copyright_lines(ctx)
    return line_reach(ctx, min(lines), max(lines)) if lines else (0, 0)


def _copyright_lines(ctx: Context) -> dict[int, str]:
    """Line -> its opening text, for the lines that open with a copyright notice (one pass, ``ctx.memo``)."""
    found = ctx.memo.get("copyright_lines")
    if not isinstance(found, dict):
        found = {seg.line: seg.text.strip() for seg in ctx.segments
                 if seg.first_in_line and COPYRIGHT_OPENING.match(seg.text)}
        ctx.memo["copyright_lines"] = found
    return found
