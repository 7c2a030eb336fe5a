"""Human-readable lines for removals (``--explain`` and failure reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .result import CleanResult

# Not a setting: the width of quoted text in an explanation (display), no cleaning threshold.
QUOTE_CHARS = 60
KEPT_DECISIONS = frozenset({"headline_tail"})  # filters that place a piece the segmenter proposed


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """One-line quote of ``text``, cut to ``limit`` characters with an ellipsis.

    >>> shorten("Baca juga:\\nHarga cabai naik lagi di pasar induk", 20)
    'Baca juga: Harga ca…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def explain_lines(result: CleanResult) -> list[str]:
    """One line per removal, one for the title split from the lede (its confidence is P(title is content)), and one
    for each piece after a headline that ``headline_tail`` kept as the opening of a sentence."""
    lines = [
        f"{r.start:>7}  {r.kind:<11}  {r.confidence:.2f}  {r.reason}  \"{shorten(r.text)}\""
        for r in result.removals
    ]
    # A piece the segmenter could not settle that a filter kept (the opening of a sentence after a headline).
    lines += [f"{p.start:>7}  {'kept':<11}  {p.confidence:.2f}  {s.reason}  \"{shorten(p.text)}\""
              for p in result.paragraphs for s in p.signals if s.code in KEPT_DECISIONS and s.weight < 0]
    title = result.title
    if title is not None:
        why = next((s.reason for s in title.signals if s.code == "title_split"), "title")
        lines.append(f"{title.start:>7}  {'title':<11}  {title.confidence:.2f}  {why}  \"{shorten(title.text)}\"")
    lines.sort(key=lambda line: int(line[:7]))
    return lines
