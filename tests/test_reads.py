"""Every filter says what it reads (its module's READS), and reads no further: a later pass takes a filter's signal
from the pass before wherever what it reads is unchanged (src/declutter/recheck.py), so a filter that reads more
than it says would keep a stale signal. Each filter runs here on a context that records what it reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from declutter.filters import _MODULES, FILTERS, NEEDS_DOM, READS_OF
from declutter.filters.base import DOCUMENT, LINE, NEIGHBOURS, READ_KINDS, RELATED, SEGMENT, Context, make_context
from declutter.lang import detect, load
from declutter.profile import Profile
from declutter.segment import Segment, segment
from declutter.settings import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures"
# A site's pages sharing a footer, so that profile_match has something to match.
SITE = [f"Berita nomor {i} tentang harga beras di pasar kota hari ini. Tim Redaksi Kota." for i in range(5)]
PROFILE = Profile.learn(SITE)
TEXTS = sorted({p.read_text(encoding="utf-8") for p in FIXTURES.rglob("*.txt")}) + SITE
POSITIONS = frozenset({"index", "start", "end"})  # where a segment is in the document, not what is around it


def test_every_filter_declares_what_it_reads() -> None:
    for module in _MODULES:
        assert getattr(module, "READS", None) in READ_KINDS, f"{module.__name__} has no READS among {READ_KINDS}"


class Traced:
    """A Context that records what a filter reads while it looks at ``target``: which segments (by index), and
    whether anything document-wide (the segment list, the memo, the body vocabulary, ...) or a position."""

    def __init__(self, ctx: Context, target: Segment) -> None:
        self._ctx, self.target = ctx, target
        self.document = False
        self.indexes: set[int] = {target.index}
        self.lang, self.settings, self.profile = ctx.lang, ctx.settings, ctx.profile

    def __getattr__(self, name: str) -> Any:  # segments, shapes, body_words, end_mark, memo, dom, ...
        self.document = True
        return getattr(self._ctx, name)

    def block(self, seg: Segment) -> Any:
        self.document = True
        return self._ctx.block(_real(seg))

    def shape(self, seg: Segment) -> Any:
        real = _real(seg)
        self.indexes.add(real.index)
        return self._ctx.shape(real)

    def neighbour(self, seg: Segment, step: int) -> Any:
        real = _real(seg)
        self.indexes.add(real.index + step)  # asking beyond the document's end reads that it ends there
        found = self._ctx.neighbour(real, step)
        return None if found is None else Watched(found, self)


class Watched:
    """A segment that tells its context when its position is read."""

    def __init__(self, seg: Segment, traced: Traced) -> None:
        self._seg, self._traced = seg, traced

    def __getattr__(self, name: str) -> Any:
        if name in POSITIONS:
            self._traced.document = True
        return getattr(self._seg, name)


def _real(seg: Segment | Watched) -> Segment:
    return seg._seg if isinstance(seg, Watched) else seg


def within(kind: str, traced: Traced, segments: list[Segment]) -> bool:
    t = traced.target
    if kind == SEGMENT:
        return traced.indexes == {t.index}
    if kind == NEIGHBOURS:
        return all(abs(i - t.index) <= 1 for i in traced.indexes)
    if kind == RELATED:
        return all(abs(i - t.index) <= max(1, DEFAULTS.related_list_max_items) for i in traced.indexes)
    assert kind == LINE
    line = [s.index for s in segments if s.line == t.line]
    return all(line[0] - 1 <= i <= line[-1] + 1 for i in traced.indexes)


@pytest.mark.parametrize("name", sorted(n for n in FILTERS if READS_OF[n] != DOCUMENT))
def test_filter_reads_no_further_than_it_says(name: str) -> None:
    kind, f = READS_OF[name], FILTERS[name]
    calls = fired = 0
    for text in TEXTS:
        lang = load(detect(text))
        segments = segment(text, lang, DEFAULTS)
        ctx = make_context(segments, lang, DEFAULTS, profile=PROFILE)
        for seg in segments:
            traced = Traced(ctx, seg)
            got = f(cast(Segment, Watched(seg, traced)), cast(Context, traced))
            assert got == f(seg, ctx), (name, seg.text)  # the records change nothing
            assert not traced.document, f"{name} reads the document (READS = DOCUMENT) on {seg.text!r}"
            assert within(kind, traced, segments), f"{name} reads beyond {kind}: {sorted(traced.indexes)} " \
                                                   f"around {seg.index} on {seg.text!r}"
            calls += 1
            fired += got is not None
    assert calls > 500 and (fired or name in NEEDS_DOM), name


def test_the_trace_sees_a_document_read() -> None:
    """The test above can fail: a filter that reads the segment list, or a position, is caught."""
    text = "Harga cabai naik lagi hari ini di pasar induk.\nBaca juga: Harga Cabai Naik"
    lang = load("id")
    segments = segment(text, lang, DEFAULTS)
    ctx = make_context(segments, lang, DEFAULTS)
    for sneaky in (lambda seg, c: c.segments[-1], lambda seg, c: seg.index == 0, lambda seg, c: c.neighbour(seg, 2)):
        traced = Traced(ctx, segments[0])
        sneaky(Watched(segments[0], traced), traced)
        assert traced.document or not within(NEIGHBOURS, traced, segments)
