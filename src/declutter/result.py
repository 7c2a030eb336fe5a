"""Frozen result types. Offsets are character offsets into the original input string."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .settings import Settings

KINDS = {
    "teaser": "a headline of another story (alone, in a run, or glued to a sentence)",
    "read_also": "a 'read more' lead-in with its headline ('Baca juga: ...')",
    "pagination": "a pagination marker ('Halaman 3', 'Next page')",
    "syndication": "a syndication footer ('Artikel ini telah tayang di ...')",
    "credit": "a byline, editor line, editor code or signature",
    "promo": "a share, follow or subscribe prompt, social handles, hashtags",
    "ad": "an ad marker or embed placeholder",
    "comments": "readers' comments and the comment form after the article",
    "footer": "boilerplate lines after the end of the article (office names, social handles)",
    "recurring": "a piece a site profile saw in many documents of the same site",
    "repeat": "a repeated copy of text that came earlier in the document (the body two or three times)",
    "navigation": "page chrome: menus, headers, sidebars outside the article (HTML, or lines above a scrape's body)",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Signal:
    """Evidence a filter found: ``weight`` is log-odds of junk (negative = content)."""

    code: str
    weight: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "weight": round(self.weight, 3), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A kept piece of article text; ``confidence`` is P(article content)."""

    text: str
    start: int
    end: int
    confidence: float
    signals: tuple[Signal, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "confidence": round(self.confidence, 4)}


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed piece; ``confidence`` is P(junk); ``kind`` is one of ``KINDS``."""

    text: str
    start: int
    end: int
    kind: str
    confidence: float
    reason: str
    signals: tuple[Signal, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "confidence": round(self.confidence, 4), "reason": self.reason,
                "signals": [s.to_dict() for s in self.signals]}


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What ``clean`` returns.

    ``text`` is the kept pieces, one a line, in the input's order: the title (if one was found; first
    in a text, where it is cut from the first line) and the kept paragraphs. On an HTML page, text kept
    above the page's ``<h1>`` stays above the title. ``body`` is the paragraphs alone.
    """

    paragraphs: tuple[Paragraph, ...]
    removals: tuple[Removal, ...]
    language: str
    title: Paragraph | None = None
    settings: Settings = field(default_factory=Settings, repr=False)
    source: str | None = None  # for clean_html: the text the HTML yields, which the offsets index
    encoding: str | None = None  # for clean_html: the encoding the bytes were decoded with

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.kept)

    @property
    def kept(self) -> tuple[Paragraph, ...]:
        """The title and the kept paragraphs in the input's order (the lines of ``text``)."""
        if self.title is None:
            return self.paragraphs
        at = next((i for i, p in enumerate(self.paragraphs) if p.start > self.title.start), len(self.paragraphs))
        return (*self.paragraphs[:at], self.title, *self.paragraphs[at:])

    @property
    def junk_share(self) -> float:
        """The share of the input's non-space characters that were removed: 0.0 for a clean
        article, 1.0 when nothing was kept. A per-document score a corpus builder can filter on.

        >>> from declutter import clean
        >>> round(clean("Harga cabai naik lagi di pasar induk hari ini.\\nHalaman 2").junk_share, 3)  # 8 of 46
        0.174
        """
        kept = sum(_visible(p.text) for p in self.paragraphs) + (_visible(self.title.text) if self.title else 0)
        removed = sum(_visible(r.text) for r in self.removals)
        return removed / (kept + removed) if kept + removed else 0.0

    def explain(self) -> str:
        """One line per removal: offset, kind, confidence, reason and a short quote."""
        from .explain import explain_lines

        return "\n".join(explain_lines(self))

    def to_dict(self, prefix: str = "") -> dict[str, Any]:
        """A JSON-ready dict. ``prefix`` goes before every top-level key, so the result can be
        merged into a corpus record without clobbering its own fields:
        ``record | result.to_dict(prefix="declutter_")`` adds ``declutter_title`` and so on,
        and leaves the record's ``title`` alone."""
        out = {
            "text": self.text,
            "title": self.title.to_dict() if self.title else None,
            "language": self.language,
            "junk_share": round(self.junk_share, 4),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "removals": [r.to_dict() for r in self.removals],
        }
        if self.source is not None:
            out["source"] = self.source
            out["encoding"] = self.encoding
        return {prefix + key: value for key, value in out.items()} if prefix else out


def _visible(text: str) -> int:
    """Non-space characters of ``text``."""
    return len("".join(text.split()))
