"""Filter: a sponsor note closing an article ("Perayaan ini berkolaborasi dengan Contoh.com yang didukung oleh PT A,
PT B, PT C, ...")."""

from __future__ import annotations

import regex

from ..features import is_capitalised
from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, line_reach

KIND = "promo"
# The items of a list of names: split at commas and a closing "dan"/"and"/"&" (idraw-04778).
ITEM_SEPARATOR = regex.compile(r",|\s(?:dan|and|serta|&)\s")


def sponsor_note(seg: Segment, ctx: Context) -> Signal | None:
    """Flag each piece of the text's last line of prose when the line names the sponsors of the outlet's campaign:
    a phrase of ``lang/*/sponsor.txt`` ("didukung oleh", "disponsori oleh") followed, to the line's end, by a list
    of at least ``sponsor_min_names`` names (items separated by commas, each of at most ``credit_name_max_words``
    capitalised words) that holds at least half of the line's words, below other prose. Does not fire on a
    sentence that names one or two supporters ("Acara ini didukung oleh pemerintah daerah dan Bank Contoh."), on a
    sentence going on after the phrase ("Bekerja sama dengan A, B memberikan promo ..."), on a text that is one
    line, nor on a line with prose below it. Reads ``sponsor_note_weight``, ``sponsor_min_names`` and
    ``credit_name_max_words``.

    >>> from declutter.filters.base import probe
    >>> text = ("Warga memadati lapangan kota sejak pagi untuk menyaksikan pawai budaya yang digelar setahun sekali.\\n"
    ...         "Festival ini didukung oleh PT Bank Contoh, PT Kereta Kota, Perumda Air Kota, PT Pasar Jaya.")
    >>> seg, ctx = probe(text, "Festival")
    >>> sponsor_note(seg, ctx).reason
    "names 4 sponsors after 'didukung oleh' (sponsor_min_names 3) on the last line of prose"
    """
    found = _note(ctx)
    if found is None or seg.line != found[0]:
        return None
    _, phrase, names = found
    return Signal("sponsor_note", ctx.settings.sponsor_note_weight,
                  f"names {names} sponsors after {phrase!r} (sponsor_min_names {ctx.settings.sponsor_min_names}) "
                  "on the last line of prose")


def reach(ctx: Context) -> Reach:
    """The note's line (run_filters: ``Reach``)."""
    found = _note(ctx)
    return line_reach(ctx, None if found is None else found[0])


def _note(ctx: Context) -> tuple[int, str, int] | None:
    """(line, sponsor phrase, number of names) of the sponsor note on the last line of prose, if any; once per
    document (``ctx.memo``)."""
    if "sponsor_note" in ctx.memo:
        return ctx.memo["sponsor_note"]  # type: ignore[return-value]
    ctx.memo["sponsor_note"] = None
    prose = [s for s in ctx.segments if ctx.shape(s).prose]
    if not prose or prose[0].line == prose[-1].line:
        return None  # no body above the line
    line = prose[-1].line
    text = " ".join(s.text for s in ctx.segments if s.line == line)
    low = text.lower()
    at, phrase = max(((low.rfind(p), p) for p in union_list("sponsor")), default=(-1, ""))
    if at < 0 or (at and low[at - 1].isalnum()):
        return None
    items = [i.strip() for i in ITEM_SEPARATOR.split(text[at + len(phrase):].strip().rstrip("."))]
    if not all(_name(i, ctx.settings.credit_name_max_words) for i in items):
        return None
    listed = sum(len(i.split()) for i in items)
    if len(items) < ctx.settings.sponsor_min_names or listed * 2 < len(text.split()):
        return None
    ctx.memo["sponsor_note"] = (line, phrase, len(items))
    return ctx.memo["sponsor_note"]  # type: ignore[return-value]


def _name(item: str, max_words: int) -> bool:
    """An organisation's name: a few words, each capitalised or a bracket or number ("PT JIEP (Perseroda)")."""
    words = item.split()
    return 0 < len(words) <= max_words and all(is_capitalised(w) or not w[:1].isalpha() for w in words)
