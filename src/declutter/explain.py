"""Human-readable lines for removals (``--explain`` and failure reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .result import CleanResult

QUOTE_CHARS = 60


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """One-line quote of ``text``, cut to ``limit`` characters with an ellipsis.

    >>> shorten("Baca juga:\\nHarga cabai naik lagi di pasar induk", 20)
    'Baca juga: Harga ca…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def explain_lines(result: CleanResult) -> list[str]:
    return [
        f"{r.start:>7}  {r.kind:<11}  {r.confidence:.2f}  {r.reason}  \"{shorten(r.text)}\""
        for r in result.removals
    ]
