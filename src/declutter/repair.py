"""Markup repairs before lxml parses a page, so that no text is lost where a browser would
show it: the XML declaration, unclosed containers, raw text libxml2 reads as markup, end tags
libxml2 ignores, and nesting deeper than libxml2 goes. Also the cuts of an over-long page.

Every repair removes or adds markup only; the text between tags stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Not a setting: a parser bound (libxml2's depth limit), no threshold.
MAX_DEPTH = 200  # deeper markup is flattened before parsing (libxml2 gives up past 256)
# lxml refuses a str that declares its encoding; the text is already decoded, so it goes.
_XML_DECLARATION = re.compile(r"\A(\ufeff?\s*)<\?xml[^>]{0,400}\?>")
RECOVER_TAGS = frozenset("iframe noscript svg template nav header footer aside menu".split())
STRUCTURE_TAGS = frozenset("html head body".split())
_RECOVER = re.compile(rf"<(/?)({'|'.join(sorted(RECOVER_TAGS))})(?=[\s/>])[^<>]{{0,4000}}?(/?)>", re.I)
IMPLIED_END = {t: frozenset(v.split()) for t, v in {
    "p": "p", "li": "li", "dt": "dt dd", "dd": "dt dd", "option": "option", "tr": "tr td th", "td": "td th",
    "th": "td th"}.items()}
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})\b[^<>]{0,4000}?(/?)>")
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def repair(markup: str) -> str:
    """Repair markup that lxml would lose text of, keeping every character of text:

    - an XML declaration at the start goes (lxml refuses a str that declares an encoding);
    - an opening ``<iframe>``, ``<noscript>``, ``<svg>``, ``<template>`` (whose content is
      dropped) or page-chrome tag (``<nav>``, ...) that is never closed is removed, so the rest
      of the page is not taken as its content;
    - the content of a closed ``<noscript>`` or ``<iframe>`` goes: a browser reads it as raw
      text, libxml2 as markup, where ``<noscript><div></noscript>`` leaves the div open and
      takes the rest of the page into the noscript;
    - tags nested deeper than MAX_DEPTH are removed (libxml2 gives up past 256), their text
      stays; ``<html>``, ``<head>`` and ``<body>`` are never removed, and raw text (scripts,
      styles) is not read as tags.

    Depth follows the elements still open, the way a browser nests them: an end tag closes its
    element and those opened inside it, and ``<p>``/``<li>``/``<td>``... close an open sibling
    of their kind, so unclosed paragraphs do not pile up as depth. Where a block end tag
    (``</header>``, ``</div>``, ...) closes elements left open inside it, their end tags are
    written before it, so that lxml closes them as a browser does (else a ``<div>`` left open
    in a ``<nav>`` takes the rest of the page into the nav)."""
    markup = _XML_DECLARATION.sub("", markup, count=1)
    unclosed = _unclosed(markup)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in order
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deep: dict[str, int] = {}  # openings removed for depth, per name: their end tags go too

    def pop() -> None:
        open_count[stack[-1]] -= 1
        stack.pop()

    for m in _tags(markup):
        name = m.group(2).lower()
        if m.start() in unclosed:
            edits.append((*m.span(), " "))
            continue
        if name in VOID_TAGS or m.group(3):
            continue
        if m.group(1):  # an end tag
            if deep.get(name):
                deep[name] -= 1
                edits.append((*m.span(), " "))
            elif open_count.get(name):
                closers = []
                while stack[-1] != name:
                    if stack[-1] not in IMPLIED_END:
                        closers.append(f"</{stack[-1]}>")
                    pop()
                pop()
                if closers and name in CLOSES_INSIDE:  # as a browser does; libxml2 would ignore the end tag
                    edits.append((m.start(), m.start(), "".join(closers)))
            continue
        if name in IMPLIED_END and stack and stack[-1] in IMPLIED_END[name]:
            pop()
        content = None
        if name in EMPTIED_TAGS:
            close = _raw_end[name].search(markup, m.end())
            content = (m.end(), close.start()) if close and close.start() > m.end() else None
        if len(stack) >= MAX_DEPTH and name not in STRUCTURE_TAGS:
            deep[name] = deep.get(name, 0) + 1
            edits.append((*m.span(), " "))
        else:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
        if content:
            edits.append((*content, " "))
    if not edits:
        return markup
    out, pos = [], 0
    for start, end, text in edits:
        out += [markup[pos:start], text]
        pos = end
    out.append(markup[pos:])
    return "".join(out)


RAW_TEXT_TAGS = frozenset("script style textarea title xmp noscript iframe".split())
# Raw text in a browser (scripting on), elements in libxml2: "<noscript><div></noscript>" would
# leave the div open and take the rest of the page into the noscript. Their content goes first
# (it is dropped anyway).
EMPTIED_TAGS = frozenset("noscript iframe".split())
# End tags that close every element opened inside theirs in a browser (HTML tree construction,
# "in body", the block end tags). libxml2 ignores "</header>" while a <div> inside is open, and
# the rest of the page lands in the header: explicit end tags for those elements go first.
CLOSES_INSIDE = frozenset("""address article aside blockquote center details dialog dir div dl fieldset figcaption
figure footer header hgroup main menu nav ol pre search section summary ul""".split())
_raw_end: dict[str, re.Pattern[str]] = {t: re.compile(rf"</{t}\s*>", re.I) for t in RAW_TEXT_TAGS}


def _tags(markup: str) -> Iterator[re.Match[str]]:
    """The tags of ``markup`` in order, skipping the content of raw-text elements (a script's
    ``"<div>"`` strings are not tags)."""
    pos = 0
    while True:
        m = _TAG.search(markup, pos)
        if m is None:
            return
        yield m
        pos = m.end()
        name = m.group(2).lower()
        if name in RAW_TEXT_TAGS and not m.group(1) and not m.group(3):
            end = _raw_end[name].search(markup, pos)
            pos = end.start() if end else pos  # unclosed: the rest is read as markup


def _unclosed(markup: str) -> set[int]:
    """Where the openings of RECOVER_TAGS that no end tag matches start (one scan for those
    tags alone: the Python loop runs over a few tags, not every tag of the page)."""
    open_at: dict[str, list[int]] = {}
    for m in _RECOVER.finditer(markup):
        name = m.group(2).lower()
        if m.group(1):
            if open_at.get(name):
                open_at[name].pop()
        elif not m.group(3):
            open_at.setdefault(name, []).append(m.start())
    return {i for opened in open_at.values() for i in opened}


_BLOCK_END = re.compile(r"</(?:p|div|li|ul|ol|table|tr|section|article|h[1-6]|blockquote|pre|dl|figure)\s*>", re.I)


def split_markup(markup: str, size: int) -> list[str]:
    """``markup`` in pieces of at most ``size`` characters (for ``oversize='split'``), each cut
    after the last end tag of a block in its second half, else after its last tag, else at
    ``size``: no character is lost, and each piece is parsed as a page of its own."""
    pieces, start = [], 0
    while len(markup) - start > size:
        end = start + size
        ends = [m.end() for m in _BLOCK_END.finditer(markup, start + size // 2, end)]
        cut = ends[-1] if ends else markup.rfind(">", start + size // 2, end) + 1
        cut = cut if cut > start else end
        pieces.append(markup[start:cut])
        start = cut
    pieces.append(markup[start:])
    return pieces
