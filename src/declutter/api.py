"""clean(): the whole pipeline on one screen."""

from __future__ import annotations

from .errors import BYTES_ERROR_TEXT, InputError, InputTypeError
from .filters import run_filters
from .filters.base import make_context
from .lang import detect, load
from .result import CleanResult, Paragraph, Removal
from .segment import segment
from .settings import DEFAULTS, Settings
from .decide import decide


def clean(text: str, *, lang: str = "auto", settings: Settings | None = None) -> CleanResult:
    """Clean one scraped article: keep its paragraphs, remove the junk, say why.

    >>> r = clean("Harga cabai naik lagi di pasar induk hari ini. Baca juga: Viral Pedagang Menangis\\nHalaman 2")
    >>> r.text
    'Harga cabai naik lagi di pasar induk hari ini.'
    >>> [(x.kind, x.text) for x in r.removals]
    [('read_also', 'Baca juga: Viral Pedagang Menangis'), ('pagination', 'Halaman 2')]
    """
    settings = settings or DEFAULTS
    check_input(text, settings)
    language = load(detect(text) if lang == "auto" else lang)
    if len(text) > settings.max_chars:
        return _clean_in_pieces(text, language.code, settings)
    segments = segment(text, language, settings)
    ctx = make_context(segments, language, settings)
    signals = run_filters(segments, ctx)
    return decide(text, segments, signals, language.code, settings)


def check_input(text: object, settings: Settings) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(BYTES_ERROR_TEXT)
    if not isinstance(text, str):
        raise InputTypeError(f"declutter.clean() takes str, got {type(text).__name__}")
    if len(text) > settings.max_chars and settings.oversize == "error":
        raise InputError(
            f"input has {len(text):,} characters, more than max_chars {settings.max_chars:,}; "
            "raise max_chars or set oversize='split' to clean it in pieces")


def _clean_in_pieces(text: str, lang: str, settings: Settings) -> CleanResult:
    """Clean over-long input in pieces of at most ``max_chars``, cut at line breaks when
    possible, and shift every offset back into the whole input."""
    paragraphs: list[Paragraph] = []
    removals: list[Removal] = []
    title = None
    start = 0
    while start < len(text):
        end = min(len(text), start + settings.max_chars)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        part = clean(text[start:end], lang=lang, settings=settings)
        paragraphs += [_shift(p, start) for p in part.paragraphs]
        removals += [_shift(r, start) for r in part.removals]
        if part.title is not None:
            shifted = _shift(part.title, start)
            if title is None:
                title = shifted
            else:
                paragraphs.append(shifted)
        start = end
    paragraphs.sort(key=lambda p: p.start)
    return CleanResult(tuple(paragraphs), tuple(removals), lang, title, settings)


def _shift(item: Paragraph | Removal, by: int) -> Paragraph | Removal:
    from dataclasses import replace

    return replace(item, start=item.start + by, end=item.end + by)
