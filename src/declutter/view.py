"""``declutter --format html``: a page that shows, for each input, the text as it came with every
removal highlighted and labelled by kind and confidence (its reason on hover), beside the
clean text. One look tells what was taken out and why.

>>> from declutter import clean
>>> text = "Harga cabai naik lagi hari ini.\\nHalaman 2"
>>> section = render_section(clean(text), text, "article.txt")
>>> '<mark class="k-pagination" title="pagination 1.00: ' in section
True
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from .result import KINDS, CleanResult

# One colour per kind, light enough for black text on it; a kind not listed gets mark's grey.
COLOURS = {
    "teaser": "#ffd6a5", "read_also": "#fdffb6", "pagination": "#caffbf", "syndication": "#9bf6ff",
    "credit": "#a0c4ff", "promo": "#ffc6ff", "ad": "#ffadad", "footer": "#d0d0d0",
    "recurring": "#e2c2ff", "navigation": "#bde0fe", "comments": "#f4d6cc",
}

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 24px; color: #111; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 0 0 8px; color: #444; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin-bottom: 28px; }
.pane { border: 1px solid #ccc; border-radius: 6px; padding: 12px 14px; white-space: pre-wrap; }
mark { background: #e4e4e4; border-radius: 3px; padding: 1px 2px;
       text-decoration: line-through; text-decoration-color: #0006; }
mark .tag { font: 600 11px/1 system-ui, sans-serif; text-decoration: none; display: inline-block;
            background: #0009; color: #fff; border-radius: 3px; padding: 2px 4px; margin-right: 4px; }
.title { font-weight: 700; }
.legend span { display: inline-block; margin: 0 10px 6px 0; padding: 1px 6px; border-radius: 3px; }
""" + "".join(f".k-{kind} {{ background: {colour}; }}\n" for kind, colour in COLOURS.items())


def page_head(title: str) -> str:
    return (f"<!doctype html>\n<html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>\n")


PAGE_TAIL = "</body></html>\n"


def legend(kinds: Iterable[str]) -> str:
    spans = "".join(f"<span class='k-{k}' title='{escape(KINDS.get(k, k))}'>{k}</span>" for k in sorted(set(kinds)))
    return f"<div class='legend'>removed: {spans}</div>\n" if spans else ""


def render_section(result: CleanResult, text: str, name: str) -> str:
    """One input: ``text`` (the cleaned string; ``result.source`` for HTML input) with every
    removal marked, beside ``result.text``."""
    source = result.source if result.source is not None else text
    parts, pos = [], 0
    title = result.title
    for r in result.removals:
        parts.append(_plain(source, pos, r.start, title))
        tip = escape(f"{r.kind} {r.confidence:.2f}: {r.reason}", quote=True)
        parts.append(f'<mark class="k-{r.kind}" title="{tip}"><span class="tag">{r.kind} {r.confidence:.2f}</span>'
                     f"{escape(source[r.start:r.end])}</mark>")
        pos = r.end
    parts.append(_plain(source, pos, len(source), title))
    after = (f"<span class='title'>{escape(title.text)}</span>\n" if title else "") + escape(result.body)
    return (f"<h1>{escape(name)}</h1>\n{legend(r.kind for r in result.removals)}"
            f"<div class='pair'><div><h2>before: as scraped, removals marked</h2><div class='pane'>{''.join(parts)}"
            f"</div></div><div><h2>after: declutter's output</h2><div class='pane'>{after}</div></div></div>\n")


def _plain(source: str, a: int, b: int, title: object) -> str:
    """Kept text between removals; the title, when it falls here, in bold."""
    t = getattr(title, "start", None), getattr(title, "end", None)
    if t[0] is not None and a <= t[0] and t[1] <= b:  # type: ignore[operator]
        return (escape(source[a:t[0]]) + f"<span class='title'>{escape(source[t[0]:t[1]])}</span>"
                + escape(source[t[1]:b]))
    return escape(source[a:b])
