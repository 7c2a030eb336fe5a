"""A naive scraper, as the shared corpus README describes `en-pscrape`: the text of every `<p>`, `<h1>`-`<h3>`
and `<li>` in document order, one a line, whitespace collapsed; `script`, `style`, `noscript`, `template`
dropped. Text of a nested listed element is its own line (an `<li>` holding `<p>`s gives the `<p>` lines and
the `<li>`'s own text separately). Bytes are decoded as UTF-8, else cp1252.

Used to turn the traf-dev pages into the text a `<p>` scraper would store (the German gold and the
traf-dev text-scrape figure), so that the cleaner is measured on what scrapers really produce.

    python benchmarks/pscrape.py page.html
"""

from __future__ import annotations

import re
import sys

import lxml.html

LISTED = {"p", "h1", "h2", "h3", "li"}
DROPPED = {"script", "style", "noscript", "template"}
_SPACE = re.compile(r"\s+")


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _own_text(el: lxml.html.HtmlElement) -> str:
    """The element's text without the text of nested listed (or dropped) elements."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag not in LISTED and child.tag not in DROPPED:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def scrape(html: bytes | str) -> str:
    """The page as a naive scraper stores it: one listed element a line."""
    text = decode(html) if isinstance(html, bytes) else html
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(text)
    except Exception:  # an unparseable page gives no text, as the naive scraper does
        return ""
    lines: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in LISTED:
            continue
        if any(isinstance(a.tag, str) and a.tag in DROPPED for a in el.iterancestors()):
            continue
        line = _SPACE.sub(" ", _own_text(el)).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        print(scrape(f.read()))
