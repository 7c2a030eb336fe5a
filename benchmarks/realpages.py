"""Shared parts of the real-page benchmarks (lines.py, snippets.py, aeb.py): the systems run side by side,
a guarded runner that turns a raise or a hang into a counted crash with empty output, and small scoring helpers.

Every system is a function of one input (text, or the page's bytes as read from disk) that returns text. The
peers are optional (`pip install -e '.[bench]' readability-lxml`); one that is not installed is left out and named.

- identity: keeps everything (the ceiling of recall, the floor of precision).
- C4 line rule: the line-level rules of C4 as the T5 paper (Raffel et al. 2020, sec. 2.2) states them: keep a line
  only if it ends in a terminal punctuation mark (. ! ? or an end quote; not an ellipsis, as the TFDS code has it),
  has at least 3 words and does not contain "javascript". The page-level rules (fewer than 5 sentences, bad-word
  list, "lorem ipsum", curly brackets, three-sentence de-duplication) are not applied: they drop whole pages.
- jusText: on text, each line wrapped as a <p>; on HTML, the page. Stoplist per benchmark (English for the English
  pages; for traf-dev, mostly German but mixed, the union of all jusText stoplists, as trafilatura's own jusText
  fallback uses, `trafilatura.external.jt_stoplist_init`).
- trafilatura: `extract(..., include_comments=False)` (comments are junk in both golds, and trafilatura's own
  evaluation runs it so), default and `fast=True` (`no_fallback=True` on versions before 1.10).
- readability-lxml: `Document(page).summary()`, then its text with one block a line.
- declutter: `clean(text)` on text, `clean_html(page)` on HTML.
"""

from __future__ import annotations

import html
import inspect
import json
import logging
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from goldsets import corpus_dir  # noqa: E402

import declutter  # noqa: E402

__all__ = ["corpus_dir"]

System = Callable[[object], str]
TIMEOUT_S = 120  # a call running longer than this (wall clock) counts as a crash
_SPACE = re.compile(r"\s+")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table",
           "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "figcaption"}
_END_MARKS = (".", "!", "?", '"', "”")
logging.disable(logging.CRITICAL)  # trafilatura and readability log every odd page


def norm(text: str) -> str:
    """Whitespace-normalised text, the form every substring test reads."""
    return _SPACE.sub(" ", text).strip()


def wrap_html(raw: str) -> str:
    """Text as a page of one <p> a line (how a block classifier is given text)."""
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.split("\n") if line.strip())
    return f"<html><head><title></title></head><body>{paras}</body></html>"


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment with a line break around every block element."""
    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + _CTRL.sub(" ", el.tail or "")  # lxml refuses to set text with control characters
            el.text = "\n" + _CTRL.sub(" ", el.text or "")
    return "\n".join(line for line in (norm(s) for s in root.text_content().split("\n")) if line)


# ---- systems -------------------------------------------------------------------------------------------------

def identity(text: str) -> str:
    return text


def c4_lines(text: str) -> str:
    keep = []
    for line in text.split("\n"):
        s = line.strip()
        if (s.endswith(_END_MARKS) and not s.endswith("...") and len(s.split()) >= 3
                and "javascript" not in s.lower()):
            keep.append(line)
    return "\n".join(keep)


def declutter_text(text: str) -> str:
    return declutter.clean(text).text


def declutter_html(page: bytes) -> str:
    return declutter.clean_html(page).text


def justext_stoplist(language: str | None) -> frozenset[str] | None:
    """The English (or any named) jusText stoplist; None: the union of all of them."""
    import justext

    if language:
        return frozenset(justext.get_stoplist(language))
    return frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))


def make_justext(language: str | None, on: str) -> System | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext_stoplist(language)

    def run(x: object) -> str:
        page = wrap_html(x).encode("utf-8") if on == "text" else x  # type: ignore[arg-type]
        return "\n".join(p.text for p in justext.justext(page, stoplist) if not p.is_boilerplate)

    return run


def make_trafilatura(on: str, fast: bool = False) -> System | None:
    try:
        import trafilatura
    except ImportError:
        return None
    params = inspect.signature(trafilatura.extract).parameters
    opts = {"include_comments": False}
    if fast:
        opts["fast" if "fast" in params else "no_fallback"] = True

    def run(x: object) -> str:
        page = wrap_html(x) if on == "text" else x  # type: ignore[arg-type]
        return trafilatura.extract(page, **opts) or ""

    return run


def make_readability() -> System | None:
    try:
        from readability import Document
    except ImportError:
        return None

    def run(page: object) -> str:
        return fragment_text(Document(page).summary(html_partial=True))

    return run


def html_systems(justext_language: str | None, only: str | None = None) -> tuple[dict[str, System], list[str]]:
    """The systems that read the page's HTML (only those named in ``only``, comma-separated, when given), and
    the names of those not installed."""
    made = {"declutter.clean_html": declutter_html, "trafilatura": make_trafilatura("html"),
            "trafilatura fast": make_trafilatura("html", fast=True), "readability-lxml": make_readability(),
            "jusText": make_justext(justext_language, "html")}
    made = only_named(made, only)
    return {k: v for k, v in made.items() if v is not None}, [k for k, v in made.items() if v is None]


def only_named(made: dict[str, System | None], only: str | None) -> dict[str, System | None]:
    """The systems named in ``only`` (comma-separated, as in the tables), all when it is empty; a name that is not
    one of them is an error (a misspelt name must not run nothing and print empty tables)."""
    if not only:
        return made
    names = {n.strip() for n in only.split(",")}
    unknown = sorted(names - set(made))
    if unknown:
        raise SystemExit(f"unknown system(s) {', '.join(map(repr, unknown))}; choose from {', '.join(made)}")
    return {k: v for k, v in made.items() if k in names}


# ---- running -------------------------------------------------------------------------------------------------

class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def guarded(fn: System, x: object) -> tuple[str, bool, float]:
    """(output, crashed, CPU seconds) of one call; a raise or a call over TIMEOUT_S is a crash with output ""."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIMEOUT_S)
    t0 = time.process_time()
    try:
        out, crashed = fn(x) or "", False
    except Exception:  # any failure of a system (or _Timeout) is a counted crash
        out, crashed = "", True
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return out, crashed, time.process_time() - t0


def warm_up(systems: dict[str, System], x: object) -> None:
    """One untimed call each, so that imports and list loading are not charged to the first page."""
    for fn in systems.values():
        guarded(fn, x)


def all_and_held_out(records: list[dict], pages: int, excluded: set[str],
                     figures: Callable[[list[dict]], dict]) -> dict[str, dict]:
    """The figures over every page and, when ids are excluded, over the pages left (held out) and over the
    excluded pages themselves (development)."""
    results = {"all pages": figures(records)}
    if excluded:
        kept = [r for r in records if r["id"] not in excluded]
        held = len({r["id"] for r in kept})
        results[f"held out ({held} pages, {pages - held} excluded)"] = figures(kept)
        studied = [r for r in records if r["id"] in excluded]
        if studied:  # the excluded pages are the development pages: their figures, from the same run
            results[f"development ({pages - held} excluded pages)"] = figures(studied)
    return results


def write_json(path: str | None, data: object) -> None:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, indent=1), encoding="utf-8")


def write_records(path: str | None, records: list[dict]) -> None:
    """Per-page records, one JSON line each (for studying the worst pages)."""
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def read_ids(paths: str | list[str] | None) -> set[str]:
    """Ids to exclude, from one file or several: a JSONL file with an "id" field per line (a gold set), or one id
    a line (benchmarks/gold/aeb-dev-dragnet.txt)."""
    if not paths:
        return set()
    ids = set()
    for path in [paths] if isinstance(paths, str) else paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"] if line.startswith("{") else line)
    return ids


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(header: list[str], rows: list[list[object]]) -> str:
    def cell(v: object) -> str:
        if isinstance(v, float):
            return f"{v:.3f}" if v < 10 else f"{v:,.1f}"
        return f"{v:,}" if isinstance(v, int) else str(v)

    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(out)
