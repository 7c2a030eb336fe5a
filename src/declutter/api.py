"""clean(): the whole pipeline on one screen."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, TypeVar

from .calibrate import calibrate
from .decide import decide
from .encoding import decode
from .errors import BYTES_ERROR_TEXT, InputError, InputTypeError
from .filters import run_filters
from .filters.base import Shape, make_context
from .html import HtmlText, html_title, html_to_text, looks_like_html, names_page
from .lang import Language, detect, load
from .profile import Profile
from .repair import split_markup
from .result import CleanResult, Paragraph, Removal
from .segment import Piece, segment, strip_span
from .settings import Settings, coerce


def clean(text: str, *, lang: str = "auto", settings: Settings | Mapping[str, Any] | None = None,
          profile: Profile | None = None, input: str = "text") -> CleanResult:
    """Clean one scraped article: keep its paragraphs, remove the junk, say why.

    >>> r = clean("Harga cabai naik lagi di pasar induk hari ini. Baca juga: Viral Pedagang Menangis\\nHalaman 2")
    >>> r.text
    'Harga cabai naik lagi di pasar induk hari ini.'
    >>> [(x.kind, x.text) for x in r.removals]
    [('read_also', 'Baca juga: Viral Pedagang Menangis'), ('pagination', 'Halaman 2')]

    ``settings`` is a Settings or a mapping of overrides (``{"min_confidence": 0.7}``).
    """
    settings = coerce(settings)
    if input not in ("text", "html", "auto"):
        raise InputError(f"input must be 'text', 'html' or 'auto', got {input!r}")
    if input == "html" or (input == "auto" and isinstance(text, str) and looks_like_html(text)):
        return clean_html(text, lang=lang, settings=settings, profile=profile)
    check_input(text, settings)
    language = load(detect(text, settings=settings) if lang == "auto" else lang)
    if len(text) > settings.max_chars:
        return _clean_in_pieces(text, language, settings, profile)
    return _passes(text, language, lang, settings, profile)


def _passes(text: str, language: Language, lang: str, settings: Settings, profile: Profile | None,
            titled: bool = True) -> CleanResult:
    """Clean ``text`` in passes until one changes nothing (at most ``max_passes``)."""
    shapes: dict[str, Shape] = {}
    lines: dict[tuple[str, bool], list[Piece]] = {}
    result = _one_pass(text, language, settings, shapes, profile, lines=lines, titled=titled)
    # Removing junk can expose more ("Halaman 2 Baca juga: ..." leaves "Halaman 2" alone on its
    # line). Passes repeat over the kept text until one changes nothing, so clean() is
    # idempotent: clean(clean(x).text).text == clean(x).text.
    # With lang="auto" each pass detects the language of the text it reads, as a later call
    # of clean() on that text would.
    for _ in range(settings.max_passes - 1):
        if not result.removals and result.title is None:
            break  # the kept text is the input's lines, stripped: a pass over it changes nothing
        again_lang = load(detect(result.text, settings=settings)) if lang == "auto" else language
        if again_lang != language:
            shapes, lines, language = {}, {}, again_lang
        again = _one_pass(result.text, again_lang, settings, shapes, profile, lines=lines, titled=titled)
        if again.text == result.text:
            break
        result = _compose(text, result, again)
    return calibrate(result, text, settings)


def clean_html(html: str | bytes, *, url: str | None = None, lang: str = "auto",
               settings: Settings | Mapping[str, Any] | None = None,
               profile: Profile | None = None) -> CleanResult:
    """Clean an HTML page or article container (str, or bytes with the encoding detected from
    a BOM or meta tag, else UTF-8 with replacement). Offsets index ``result.source``, the text
    the HTML yields (one line per block); ``result.encoding`` says how bytes were decoded.
    ``url`` only names the page in error messages; ``settings`` as for clean().

    >>> r = clean_html("<article><p>Harga cabai di pasar induk naik lagi pekan ini.</p>"
    ...                "<p><strong>Baca juga:</strong> <a href='/x'>Viral Pedagang Menangis</a></p></article>")
    >>> r.text, r.removals[0].kind
    ('Harga cabai di pasar induk naik lagi pekan ini.', 'read_also')
    """
    settings = coerce(settings)
    if not isinstance(html, (str, bytes, bytearray)):
        raise InputTypeError(f"clean_html() takes str or bytes, got {type(html).__name__}")
    if len(html) > settings.max_chars:
        if settings.oversize == "error":
            where = f" ({url})" if url else ""
            raise InputError(f"HTML{where} has {len(html):,} characters, more than max_chars {settings.max_chars:,}; "
                             "raise max_chars or set oversize='split' to clean it in pieces")
        return _clean_html_in_pieces(bytes(html) if isinstance(html, bytearray) else html, lang, settings, profile)
    page = html_to_text(bytes(html) if isinstance(html, bytearray) else html, settings)
    language = load(detect(page.text, settings=settings) if lang == "auto" else lang)
    # One pass: the DOM evidence belongs to this pass's lines (further passes read plain text).
    result = _one_pass(page.text, language, settings, {}, profile, page)
    if not result.text.strip() and any(b.main for b in page.blocks):
        # The main region was a wrong guess (it left nothing): weigh the page again without it.
        page = replace(page, blocks=tuple(replace(b, main=False) for b in page.blocks))
        result = _one_pass(page.text, language, settings, {}, profile, page)
    result = calibrate(result, page.text, settings)
    return replace(result, source=page.text, encoding=page.encoding)


def _clean_html_in_pieces(html: str | bytes, lang: str, settings: Settings, profile: Profile | None) -> CleanResult:
    """An over-long page (``oversize='split'``): decoded once, cut into pieces of at most
    ``max_chars`` after block end tags, each cleaned as a page; ``source`` is the pieces' texts
    joined by newlines and every offset indexes it. Memory stays that of one piece."""
    markup, encoding, _ = decode(html)
    paragraphs: list[Paragraph] = []
    removals: list[Removal] = []
    sources: list[str] = []
    title = None
    language = None
    at = 0
    whole_page = names_page(markup)  # a piece after the first names no page: it is still one, not a fragment
    for piece in split_markup(markup, settings.max_chars):
        page = html_to_text(piece, settings, whole_page)
        if not page.text:
            continue
        language = language or load(detect(page.text, settings=settings) if lang == "auto" else lang)
        part = _one_pass(page.text, language, settings, {}, profile, page)
        paragraphs += [_shift(p, at) for p in part.paragraphs]
        removals += [_shift(r, at) for r in part.removals]
        if part.title is not None:
            shifted = _shift(part.title, at)
            if title is None:
                title = shifted
            else:
                paragraphs.append(shifted)
        sources.append(page.text)
        at += len(page.text) + 1
    paragraphs.sort(key=lambda p: p.start)
    code = language.code if language else (lang if lang != "auto" else "id")
    return CleanResult(tuple(paragraphs), tuple(removals), code, title, settings, source="\n".join(sources),
                       encoding=encoding)


def _one_pass(text: str, language: Language, settings: Settings, shapes: dict[str, Shape],
              profile: Profile | None, dom: HtmlText | None = None,
              lines: dict[tuple[str, bool], list[Piece]] | None = None, titled: bool = True) -> CleanResult:
    segments = segment(text, language, settings, lines, titled)
    if dom is not None:
        segments = html_title(segments, dom)
    ctx = make_context(segments, language, settings, shapes, profile, dom)
    signals = run_filters(segments, ctx)
    return decide(text, segments, signals, language.code, settings)


def _compose(text: str, first: CleanResult, again: CleanResult) -> CleanResult:
    """Map a pass over ``first.text`` back to offsets into ``text``."""
    kept = first.kept  # in the order of first.text
    starts, pos = [], 0
    for item in kept:  # where each kept piece sits in first.text (joined by newlines)
        starts.append(pos)
        pos += len(item.text) + 1

    def pieces(a: int, b: int) -> list[tuple[int, int]]:
        out = []
        # Index from the first piece that can overlap: no slice copies of the rest of the
        # list (that made each call linear and a pass over a long document quadratic).
        for k in range(max(0, bisect.bisect_right(starts, a) - 1), len(kept)):
            ys, item = starts[k], kept[k]
            if ys >= b:
                break
            lo, hi = max(a, ys), min(b, ys + len(item.text))
            if lo < hi:
                xa, xb = strip_span(text, item.start + lo - ys, item.start + hi - ys)
                if xa < xb:
                    out.append((xa, xb))
        return out

    def moved(item: Paragraph | Removal) -> list[Paragraph | Removal]:
        return [replace(item, text=text[xa:xb], start=xa, end=xb) for xa, xb in pieces(item.start, item.end)]

    paragraphs = [p for item in again.paragraphs for p in moved(item)]
    removals = list(first.removals) + [r for item in again.removals for r in moved(item)]
    titles = moved(again.title) if again.title else []
    paragraphs += titles[1:]
    removals.sort(key=lambda r: r.start)
    paragraphs.sort(key=lambda p: p.start)
    return CleanResult(tuple(paragraphs), tuple(removals), first.language,  # type: ignore[arg-type]
                       titles[0] if titles else None, first.settings)  # type: ignore[arg-type]


def check_input(text: object, settings: Settings) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(BYTES_ERROR_TEXT)
    if not isinstance(text, str):
        raise InputTypeError(f"declutter.clean() takes str, got {type(text).__name__}")
    if len(text) > settings.max_chars and settings.oversize == "error":
        raise InputError(
            f"input has {len(text):,} characters, more than max_chars {settings.max_chars:,}; "
            "raise max_chars or set oversize='split' to clean it in pieces")


def _clean_in_pieces(text: str, language: Language, settings: Settings, profile: Profile | None) -> CleanResult:
    """Clean over-long input in pieces of at most ``max_chars``, cut at line breaks when
    possible, and shift every offset back into the whole input.

    Each piece after the first is cleaned behind the lines just before it (what falls in them
    is dropped), so its first line is read with its neighbour as in the whole input, and as a
    continuation: its first line is never a title (a teaser at the start of a piece stays a
    teaser). Only the first piece can hold the title."""
    paragraphs: list[Paragraph] = []
    removals: list[Removal] = []
    title = None
    start = 0
    while start < len(text):
        context = _context_before(text, start, settings.max_chars // 4, settings.context_lines)
        end = min(len(text), start + settings.max_chars - len(context))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        piece = context + text[start:end]
        part = _passes(piece, language, language.code, settings, profile, titled=start == 0)
        by, skip = start - len(context), len(context)
        paragraphs += [_shift(p, by) for p in part.paragraphs if p.start >= skip]
        for r in part.removals:
            if r.end > skip:  # a removal running from the context into the piece keeps its part
                a, b = strip_span(piece, max(r.start, skip), r.end)
                removals.append(_shift(replace(r, text=piece[a:b], start=a, end=b), by))
        if part.title is not None:
            title = _shift(part.title, by)
        start = end
    paragraphs.sort(key=lambda p: p.start)
    return CleanResult(tuple(paragraphs), tuple(removals), language.code, title, settings)


def _context_before(text: str, start: int, limit: int, lines: int) -> str:
    """The last ``lines`` whole lines (``context_lines``) before ``start`` that fit in ``limit`` characters
    ("" when none does, and at the start of the input)."""
    lo, begin, pos = max(0, start - limit), start, start - 1
    for _ in range(lines if start else 0):
        nl = text.rfind("\n", lo, pos)
        if nl < 0:
            begin = 0 if lo == 0 else begin
            break
        begin = pos = nl
        begin += 1
    return text[begin:start]


Kept = TypeVar("Kept", Paragraph, Removal)


def _shift(item: Kept, by: int) -> Kept:
    return replace(item, start=item.start + by, end=item.end + by)
