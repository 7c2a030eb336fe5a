"""Filter: a list of lines that each end with a date or time stamp or a count (a ticker, recent posts, categories)."""

from __future__ import annotations

import functools

import regex

from ..features import EDGE_PUNCT
from ..lang import union_list
from ..result import Signal
from ..segment import Segment
from .base import Context, Reach, line_reach
from .comment_thread import lines_of, stamp_words

KIND = "teaser"
DIGIT = regex.compile(r"\d")
# Not an item of a stamped list: a sentence closing on its date with a full stop ('... kata Direktur Utama BIRD,
# Kamis (19/6/2025).', idraw-05267), and a lettered or numbered item of the article's own list ('a. 28 Oktober 1908',
# the options of a quiz, idraw-04235). A ticker's headline ends on its stamp or "a.m."; its bullets are not letters.
SENTENCE_ON_DATE = regex.compile(r"[\d)]\.[\"'”’]?\s*$")
ARTICLE_ITEM = regex.compile(r"(?:\d{1,3}|\p{Ll})[.)][ \t]")


@functools.cache
def stamp_at_end() -> regex.Pattern[str]:
    """A date or clock time closing a line: "1/15/2008, 10:23 a.m. EST", "(3 January 2008)", "Dec 6th, 2009",
    "2012-11-06", "10:51 PM", "5. Februar 2019"; month names from ``lang/*/months.txt``, an optional time zone and
    closing bracket."""
    month = "|".join(sorted((regex.escape(m) for m in union_list("months")), key=len, reverse=True))
    date = (rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
            rf"|(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{month})\.?,?\s+\d{{4}}")
    clock = r"\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?))?"
    zone = r"(?:\s+(?-i:\p{Lu}{2,4}))?"  # "EST", "ET", "GMT"
    # "Music (2229)": a category or story with its count of posts or comments; not a year ("Economics (1980)").
    count = r"\((?!(?:1[5-9]|20)\d\d\))\d[\d,.]*\)"
    # Searched backwards (``regex.REVERSE``): a stamp closes the line, so the search starts where a match must end
    # instead of trying every start position (tests/test_speed_paths.py compares both directions).
    # "5. Februar 2019", as German writes a date, may be glued to the name before it ("Heidi Doesel5. Februar 2019").
    dotted = rf"(?<!\d)\d{{1,2}}\.\s*(?:{month})\.?\s+\d{{4}}"
    return regex.compile(rf"(?<![\p{{L}}\d])(?:(?:{date})(?:,?\s*(?:at\s+)?{clock})?|{clock}){zone}[\s).\]]*$"
                         rf"|{dotted}(?:,?\s*(?:um\s+)?{clock})?[\s).\]]*$"
                         rf"|(?<=\S\s*){count}\s*$",
                         regex.IGNORECASE | regex.REVERSE)


# Letters of a time zone or clock mark written in capitals ("EST", "ET", "PM"), a word of a stamp.
ZONE = regex.compile(r"\p{Lu}{2,4}")
CLOCK = regex.compile(r"\d{1,2}:\d{2}")  # "7:05", "10:30PM"
YEAR = regex.compile(r"(?:1[89]|20)\d\d")  # a date's year; "08.00 - 16.00 Uhr" are opening hours


def stamp_only(text: str, other_max: int) -> bool:
    """Whether ``text`` is a date or time stamp and nothing more: numbers, month and weekday names and stamp words
    (``lang/*/months.txt``, ``lang/*/dates.txt``), time zones, with a clock time or a year beside a month or weekday
    name, and at most ``other_max`` other words (``stamp_other_max_words``): "updated 9:10 AM EST, Wed November 7,
    2012", "Saturday December 21, 2002". A stamp's capitals are names, not a headline's; its words are no topic
    (filters/headline_shape, filters/off_topic). "Posted by Ann Lee on May 2, 2012" is a byline, not a stamp."""
    words = stamp_words()
    clock = year = named = False
    other = 0
    for raw in text.split():
        core = raw.strip(EDGE_PUNCT)
        if not core:
            continue
        if DIGIT.search(core):
            clock = clock or bool(CLOCK.search(core))
            year = year or bool(YEAR.fullmatch(core))
        elif core.lower().rstrip(".") in words:
            named = named or core.lower().rstrip(".") in union_list("months")
        elif not ZONE.fullmatch(core):
            other += 1
            if other > other_max:
                return False
    return clock or (year and named)


def stamped_list(seg: Segment, ctx: Context) -> Signal | None:
    """Flag a line that ends with a date or time stamp, or a count in brackets, and stands in a run of at least
    ``stamped_list_min_items`` adjacent such lines: a news ticker ("• Fed auctions $30 billion 1/15/2008, 10:22
    a.m. EST"), a list of recent posts or of readers' comments, categories with their counts ("Music (2229)").
    An article's own lines seldom end with a stamp, and never several in a row; a sentence that closes on its
    date with a full stop ("... kata Direktur Utama BIRD, Kamis (19/6/2025).") and a lettered or numbered item of
    the article's list ("a. 28 Oktober 1908") are not items of such a run. Outweighs prose shape (a headline with
    "a.m." ends with a full stop). Reads ``stamped_list_weight`` and ``stamped_list_min_items``.

    >>> from declutter.filters.base import probe
    >>> text = ("The council approved the new budget on Tuesday after a long debate about the plan.\\n"
    ...         "Fed auctions $30 billion 1/15/2008, 10:22 a.m. EST\\n"
    ...         "Court rules against investors 1/15/2008, 10:16 a.m.\\n"
    ...         "Whole prices soared last year (14 January 2008)")
    >>> stamped_list(*probe(text, "Court")).code
    'stamped_list'
    >>> stamped_list(*probe(text, "council")) is None
    True
    """
    if seg.line not in _stamped_lines(ctx):
        return None
    return Signal("stamped_list", ctx.settings.stamped_list_weight,
                  f"a line ending with a date or time stamp, in a run of at least "
                  f"{ctx.settings.stamped_list_min_items} such lines")


def reach(ctx: Context) -> Reach:
    """From the first of the stamped lines to the last (run_filters: ``Reach``)."""
    lines = _stamped_lines(ctx)
    return line_reach(ctx, min(lines), max(lines)) if lines else (0, 0)


def _stamped_lines(ctx: Context) -> frozenset[int]:
    """The lines in runs of ``stamped_list_min_items`` or more adjacent lines that end with a stamp."""
    if "stamped_lines" in ctx.memo:
        return ctx.memo["stamped_lines"]  # type: ignore[return-value]
    pattern = stamp_at_end()
    most = ctx.settings.stamp_max_words
    found: set[int] = set()
    run: list[int] = []
    for seg, text, _ in [*lines_of(ctx), (None, "", 0)]:
        # Every stamp holds a digit: a line without one is not searched.
        if (seg is not None and len(text.split(maxsplit=most)) <= most and DIGIT.search(text)
                and not SENTENCE_ON_DATE.search(text) and not ARTICLE_ITEM.match(text) and pattern.search(text)):
            run.append(seg.line)
            continue
        if len(run) >= ctx.settings.stamped_list_min_items:
            found.update(run)
        run = []
    ctx.memo["stamped_lines"] = frozenset(found)
    return ctx.memo["stamped_lines"]  # type: ignore[return-value]
