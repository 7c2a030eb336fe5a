"""Filter: a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...')."""

from __future__ import annotations

import regex

from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, lead_end, lead_signal

FIRST_SENTENCE = regex.compile(r".*?(?:[.!?](?=\s)|$)", regex.DOTALL)
# A date's number: "15", "2011", "18th", "3rd" (the ordinal's letters are words of lang/*/dates.txt).
DATE_NUMBER = regex.compile(r"\d{1,4}(?:st|nd|rd|th)?", regex.IGNORECASE)

KIND = "syndication"
LEAD = "only"  # filters/__init__.py: LEAD_OF


def syndication(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a syndication footer ('Artikel ini telah tayang di ...', 'This article first appeared ...').

    Shape: the phrase after a sentence end or at a line start, through to the end of its line. Not a phrase that
    opens an ordinary sentence naming no source (``_names_nothing``: "Copyright law is the main obstacle ...").
    Nor a phrase that dates the article's own sentence (``dated_lead_in``: "Originally Published on Thursday,
    December 15, 2011: Timeline gives you an easy way to see ..."). The segmenter finds the marker (phrases in
    ``lang/*/syndication.txt``); this filter weighs it. Reads ``syndication_weight``,
    ``syndication_phrase_max_words``, ``syndication_sentence_words`` and ``dated_lead_in_min_words``.

    >>> from declutter.filters.base import probe
    >>> seg, ctx = probe("Warga lapor. Artikel ini telah tayang di Contoh.com dengan judul Warga Lapor", "Artikel")
    >>> syndication(seg, ctx).code
    'syndication'
    """
    if seg.lead == "syndication" and (_names_nothing(seg, ctx) or _dated_lead_in(seg, ctx)):
        return None
    return lead_signal(seg, "syndication", "syndication", ctx.settings.syndication_weight)


def _names_nothing(seg: Segment, ctx: Context) -> bool:
    """The marker opens an ordinary sentence of the article: a phrase of at most ``syndication_phrase_max_words``
    words (one a sentence may open with), in a piece that is prose, whose first sentence goes on for
    at least ``syndication_sentence_words`` words after the marker phrase without naming a source (no capitalised
    word, no "©", no address): "Copyright law is the main obstacle to a digital catalogue, the director said.",
    "Originally published in 1865, the novel was an instant success." A notice names whose it is, or is the
    marker and little more ("Copyright 2008 The Associated Press", "Artikel ini sudah lebih dulu tayang di
    detikjabar.", "Source: Reuters")."""
    if not ctx.shape(seg).prose:
        return False
    end = lead_end(seg, "syndication")
    if not end or len(seg.text[:end].split()) > ctx.settings.syndication_phrase_max_words:
        return False  # a phrase no sentence of an article opens with ("This article originally appeared ...")
    match = FIRST_SENTENCE.match(seg.text, end)
    words = match.group(0).split() if match else []
    return len(words) >= ctx.settings.syndication_sentence_words and not any(
        w[:1].isupper() or "©" in w or "." in w.rstrip(".,;:!?") or "/" in w for w in words)


def _dated_lead_in(seg: Segment, ctx: Context) -> bool:
    """The marker dates a sentence of the article: "Originally Published on Thursday, December 15, 2011: Timeline
    gives you an easy way to see ...". See ``dated_lead_in``."""
    end = lead_end(seg, "syndication")
    return bool(end) and dated_lead_in(seg.text, end, ctx.settings.dated_lead_in_min_words)


def dated_lead_in(text: str, at: int, min_words: int) -> bool:
    """Whether ``text`` from ``at`` on is a date and a colon, then a sentence of at least ``min_words`` words ending
    in a full stop, "!" or "?": " on Sunday, December 18th 2011: We're excited to announce that ...". A date's words
    are numbers and the words of ``lang/*/months.txt`` and ``lang/*/dates.txt`` ("on", "at", "pm"). A notice or a
    prompt labels itself with a date and stops ("Originally published on May 3, 2011."); a dated update or post
    goes on into the article's prose after its colon (dragnet/416)."""
    head, colon, rest = text[at:].partition(":")
    words = [w.strip(",.").lower() for w in head.split()]
    stamp = union_list("months") | union_list("dates")
    if not colon or not words or not all(w in stamp or DATE_NUMBER.fullmatch(w) for w in words):
        return False
    if not any(DATE_NUMBER.fullmatch(w) for w in words):
        return False  # "on Sunday:" names no date
    sentence = FIRST_SENTENCE.match(rest.strip())
    said = sentence.group(0) if sentence else ""
    return len(said.split()) >= min_words and said.rstrip()[-1:] in ".!?"
