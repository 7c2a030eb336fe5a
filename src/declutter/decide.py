"""Confidences -> the result: keep or remove each segment, then merge neighbours.

Kept segments on one line form one paragraph. Removed segments next to each other (with
nothing kept between) and of the same kind form one removal, even across a line break
("Baca Juga:" + newline + headline). A segment without a letter or digit ("|", "—") follows a
removed neighbour on its line, so separators between removed pieces go with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .features import LETTER
from .result import CleanResult, Paragraph, Removal, Signal
from .score import junk_probability, kind_of, strongest
from .segment import Segment
from .settings import Settings

# Evidence that a first-line "title" is page chrome (a menu, a link, a line above the body) or a credit ("By Jane
# Smith"), not the article's title.
TITLE_VETO = frozenset({"outside_main", "dom_hint", "link_density", "link_list", "before_body", "credit_line"})


def decide(text: str, segments: Sequence[Segment], signals: Sequence[Sequence[Signal]],
           language: str, settings: Settings) -> CleanResult:
    # (not the line repeating the page's <title>: that is the title, wherever the page puts it)
    vetoed = [s.title_candidate and any(x.code in TITLE_VETO for x in sig) and all(x.code != "title_match" for x in sig)
              for s, sig in zip(segments, signals)]
    # A vetoed title is no title, so the weight title_split gave it as one goes too, when nothing else speaks for the
    # line: it is weighed as the line it is ("Montag, 09.12.2019" over a menu). A line other content evidence holds
    # (a lede broken at its links: "Berikut klasemen Grup C Ronde 3" / "Kualifikasi ...", idraw-00910) keeps it.
    signals = [[x for x in sig if x.code != "title_split"]
               if veto and all(x.weight >= 0 for x in sig if x.code != "title_split") else sig
               for sig, veto in zip(signals, vetoed)]
    segments = [replace(s, title_candidate=False) if veto else s for s, veto in zip(segments, vetoed)]
    probs = [junk_probability(sig, settings) for sig in signals]
    removed = [p >= settings.min_confidence for p in probs]
    # A title candidate the evidence removes (title_split's content weight outweighed) is no title.
    segments = [replace(s, title_candidate=False) if s.title_candidate and gone else s
                for s, gone in zip(segments, removed)]
    # A title candidate whose line goes on, kept, with no sentence is a headline cut in two ("Nokia E71 Software |
    # Update - v400.21.013"): no title, so that the line stays one paragraph (no break introduced inside it).
    segments = [replace(s, title_candidate=False)
                if s.title_candidate and _headline_goes_on(i, segments, removed, signals) else s
                for i, s in enumerate(segments)]
    kinds = [kind_of(sig) if gone else "" for sig, gone in zip(signals, removed)]  # a kept piece's is never read
    signals = list(signals)
    for i, j in _separators(segments, removed):
        # A separator ("(", "|", "—") goes with the removal beside it: same kind, confidence, reasons.
        removed[i], kinds[i], probs[i], signals[i] = True, kinds[j], probs[j], signals[j]

    title = None
    paragraphs: list[Paragraph] = []
    removals: list[Removal] = []
    group: list[int] = []  # indices of the open paragraph or removal

    def flush() -> None:
        if not group:
            return
        a, b = segments[group[0]].start, segments[group[-1]].end
        sigs = tuple(dict.fromkeys(s for i in group for s in signals[i]))  # a separator repeats its neighbour's
        if removed[group[0]]:
            removals.append(Removal(text[a:b], a, b, kinds[group[0]], min(probs[i] for i in group),
                                    _reason([signals[i] for i in group]), sigs))
        else:
            size = sum(segments[i].end - segments[i].start for i in group)
            conf = sum((1 - probs[i]) * (segments[i].end - segments[i].start) for i in group) / size
            paragraphs.append(Paragraph(text[a:b], a, b, conf, sigs))
        group.clear()

    for i, seg in enumerate(segments):
        if seg.title_candidate:
            flush()
            title = Paragraph(seg.text, seg.start, seg.end, 1 - probs[i], tuple(signals[i]))
            continue
        if title is not None and title.end == segments[i - 1].end and _joins_title(seg, signals[i], removed[i]):
            # A piece the segmenter proposed as the title's possible end, which title_tail placed in the title.
            title = Paragraph(text[title.start:seg.end], title.start, seg.end, min(title.confidence, 1 - probs[i]),
                              title.signals + tuple(signals[i]))
            continue
        if group:
            last = group[-1]
            same = removed[last] == removed[i] and (
                (not removed[i] and segments[last].line == seg.line)
                or (removed[i] and kinds[last] == kinds[i]))
            if not same:
                flush()
        group.append(i)
    flush()
    return CleanResult(tuple(paragraphs), tuple(removals), language, title, settings)


def _reason(pieces: Sequence[Sequence[Signal]]) -> str:
    """The reason of a removal: each merged piece's strongest signal's reason, one for each filter that named a piece
    (the first piece's measure), in the order of the pieces: a removal merged from a site's name and a link row says
    why each went, not only why one did."""
    reasons: dict[str, str] = {}
    for sigs in pieces:
        best = strongest(sigs)
        if best is not None:
            reasons.setdefault(best.code, best.reason)
    return "; ".join(reasons.values()) or "bias alone reaches min_confidence"


def _joins_title(seg: Segment, signals: Sequence[Signal], removed: bool) -> bool:
    return seg.joins == "title" and not removed and any(s.code == "title_tail" and s.weight < 0 for s in signals)


def _headline_goes_on(i: int, segments: Sequence[Segment], removed: Sequence[bool],
                      signals: Sequence[Sequence[Signal]]) -> bool:
    """Whether the piece after title candidate ``i`` is on its line, kept, no sentence (no prose shape) and not the
    title's own last word (``title_tail``)."""
    j = i + 1
    return (j < len(segments) and segments[j].line == segments[i].line and not removed[j]
            and segments[j].joins != "title" and not any(x.code == "sentence_shape" for x in signals[j]))


def _separators(segments: Sequence[Segment], removed: list[bool]) -> list[tuple[int, int]]:
    """(separator, removed neighbour on its line) for kept segments with no letter or digit."""
    pairs: list[tuple[int, int]] = []
    if not any(removed):
        return pairs  # nothing removed: no separator follows a removal
    for i, seg in enumerate(segments):
        if removed[i] or LETTER.search(seg.text) or any(c.isdigit() for c in seg.text):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(segments) and segments[j].line == seg.line and removed[j]:
                pairs.append((i, j))
                break
    return pairs
