"""What every filter gets: the segment, and a Context of document-wide measurements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..features import ends_with, stopword_ratio, title_case_ratio, topic_words, word_count
from ..lang import Language
from ..result import Signal
from ..segment import Segment
from ..settings import Settings


@dataclass(frozen=True, slots=True)
class Shape:
    """Measured once per segment; filters compare these with settings."""

    words: int
    title_case: float
    stopwords: float
    terminal: bool  # ends with . ! ? …
    period: bool  # ends with a full stop (headlines do not)
    prose: bool
    fragment: bool  # not prose, no full stop: a headline, subheading, caption or label
    headline: bool  # a fragment in Title Case
    topic: frozenset[str]


@dataclass(frozen=True, slots=True)
class Context:
    segments: tuple[Segment, ...]
    shapes: tuple[Shape, ...]
    lang: Language
    settings: Settings
    body_words: Counter[str]  # topic word -> number of body segments (not headline, no marker) using it
    end_mark: int | None  # index of the segment that marks the end of the article, if any
    duplicate_pool: tuple[int, ...]  # headline segments long enough to compare for near-duplicates

    def shape(self, seg: Segment) -> Shape:
        return self.shapes[seg.index]

    def neighbour(self, seg: Segment, step: int) -> Segment | None:
        i = seg.index + step
        return self.segments[i] if 0 <= i < len(self.segments) else None


Filter = Callable[[Segment, Context], "Signal | None"]


def measure(seg: Segment, lang: Language, settings: Settings) -> Shape:
    toks = seg.toks
    n = word_count(toks)
    tc = title_case_ratio(toks, lang.stopwords)
    sw = stopword_ratio(toks, lang.stopwords)
    terminal = ends_with(seg.text, ".!?…")
    period = ends_with(seg.text, ".")
    prose = n >= settings.sentence_min_words and (
        period or (sw >= settings.sentence_stopword_min
                   and (terminal or tc <= settings.prose_title_case_max)))
    fragment = not prose and not period and settings.headline_min_words <= n <= settings.headline_max_words
    headline = fragment and tc >= settings.headline_title_case_min
    return Shape(n, tc, sw, terminal, period, prose, fragment, headline,
                 frozenset(topic_words(toks, lang.stopwords)))


END_MARK_LEADS = ("credit", "syndication")


def in_body(seg: Segment, shape: Shape) -> bool:
    """Whether a segment's words make up the body vocabulary that topical overlap uses."""
    return seg.lead is None and (seg.title_candidate or not shape.headline)


def make_context(segments: list[Segment], lang: Language, settings: Settings) -> Context:
    shapes = tuple(measure(s, lang, settings) for s in segments)
    body: Counter[str] = Counter()
    for seg, shape in zip(segments, shapes):
        if in_body(seg, shape):
            body.update(shape.topic)
    # The article ends at the last credit/syndication mark after which no prose follows
    # ("... pekan depan. (abc)" then a press office's footer: tests/fixtures/dev/11847422891-5).
    end_mark = None
    for seg, shape in zip(reversed(segments), reversed(shapes)):
        if seg.lead in END_MARK_LEADS:
            end_mark = seg.index
        elif shape.prose:
            break
    pool = tuple(s.index for s, sh in zip(segments, shapes)
                 if sh.headline and not s.lead and not s.title_candidate and sh.words >= settings.duplicate_min_words)
    return Context(tuple(segments), shapes, lang, settings, body, end_mark, pool)


def probe(text: str, contains: str, settings: Settings | None = None) -> tuple[Segment, Context]:
    """The segment of ``text`` containing ``contains``, with its context (for doctests)."""
    from ..lang import detect, load
    from ..segment import segment
    from ..settings import DEFAULTS

    settings = settings or DEFAULTS
    lang = load(detect(text))
    segs = segment(text, lang, settings)
    ctx = make_context(segs, lang, settings)
    return next(s for s in segs if contains in s.text), ctx


def lead_signal(seg: Segment, family: str, code: str, weight: float) -> Signal | None:
    """The signal of a segment opened by a marker of ``family`` (found by the segmenter)."""
    if seg.lead != family:
        return None
    return Signal(code, weight, f"opens with a {family.replace('_', '-')} marker from lang/*/{family}.txt")
