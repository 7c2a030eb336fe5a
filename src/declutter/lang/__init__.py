"""Per-language data: word and phrase lists read from ``lang/<code>/*.txt``.

Marker lists (read-more lead-ins, pagination, credits, ...) of *every* known language are
active on every document, because scraped pages mix them ("Read more:" turns up in Indonesian
articles). Stopwords, abbreviations and the clickbait lexicon come from the detected language.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from importlib import resources

import regex

from ..errors import LanguageError

MARKER_FAMILIES = ("read_more", "pagination", "syndication", "credit", "promo", "ad")


@dataclass(frozen=True)
class Language:
    code: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    clickbait: tuple[str, ...]
    markers: dict[str, tuple[str, ...]]


def _read_list(code: str, name: str) -> list[str]:
    path = resources.files(__package__).joinpath(code, f"{name}.txt")
    if not path.is_file():
        return []
    items: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            items.append(line)
    return items


def _words(lines: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for line in lines for w in line.split())


def available() -> tuple[str, ...]:
    """Codes of the languages shipped with declutter."""
    root = resources.files(__package__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@functools.cache
def load(code: str) -> Language:
    """Load one language's lists; raises LanguageError for an unknown code."""
    if code not in available():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available())} or 'auto'")
    return Language(
        code=code,
        stopwords=_words(_read_list(code, "stopwords")),
        abbreviations=_words(_read_list(code, "abbreviations")),
        clickbait=tuple(p.lower() for p in _read_list(code, "clickbait")),
        markers={fam: tuple(_read_list(code, fam)) for fam in MARKER_FAMILIES},
    )


def _phrase_pattern(phrase: str) -> str:
    needs_colon = phrase.endswith(":")
    words = phrase.rstrip(":").split()
    parts = [r"\d{1,4}" if w == "{n}" else regex.escape(w) for w in words]
    body = r"[ \t]+".join(parts)
    # A dash counts as the colon unless a lower-case letter follows it: "Sumber-sumber yang ..." is a word
    # (idraw-01823), "BACA JUGA -Rusia" and "Sumber - Antara" are lead-ins.
    # A phrase glued to the next word ("... di InstagramSebuah kiriman ...") ends where a capital follows a
    # lower-case letter, as the phrase itself may start there (idraw-00123).
    tail = r"[ \t]*(?::|[\-–—](?!\p{Ll}))" if needs_colon else r"(?:(?![\p{L}\p{N}])|(?<=\p{Ll})(?=\p{Lu}))"
    return rf"(?:(?<![\p{{L}}\p{{N}}])|(?<=\p{{Ll}})(?=\p{{Lu}})){body}{tail}"


@functools.cache
def marker_patterns() -> dict[str, regex.Pattern[str]]:
    """One compiled, case-insensitive alternation per marker family, over all languages.

    Longer phrases come first so that 'baca juga:' wins over 'baca juga'. The patterns are
    plain alternations of literals: they cannot backtrack catastrophically.
    """
    out: dict[str, regex.Pattern[str]] = {}
    for fam in MARKER_FAMILIES:
        phrases = {p.lower() for code in available() for p in load(code).markers[fam]}
        ordered = sorted(phrases, key=len, reverse=True)
        out[fam] = regex.compile("|".join(_phrase_pattern(p) for p in ordered), regex.IGNORECASE)
    return out


@functools.cache
def dom_hint_words() -> tuple[str, ...]:
    """Class/id fragments marking junk containers, from every language's dom_hints.txt."""
    return tuple(sorted({w.lower() for code in available() for w in _read_list(code, "dom_hints")}))


@functools.cache
def _marker_first_words() -> frozenset[str]:
    return frozenset(p.split()[0].rstrip(":").lower() for code in available()
                     for fam in MARKER_FAMILIES for p in load(code).markers[fam])


FAST_WORD = re.compile(r"\w+")


def find_markers(line: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of every marker phrase in ``line``.

    Only positions where a phrase's first word stands are tried, so a line costs one scan
    of its words plus a few anchored matches.

    >>> find_markers("Harga naik. Baca juga: Cabai Mahal")
    [(12, 22, 'read_more')]
    """
    first = _marker_first_words()
    patterns = marker_patterns()
    found = []
    for m in FAST_WORD.finditer(line):
        for start, word in _glued_parts(m):
            if word.lower() not in first:
                continue
            for fam, pattern in patterns.items():
                hit = pattern.match(line, start)
                if hit:
                    found.append((hit.start(), hit.end(), fam))
                    break
    return found


GLUE_POINT = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _glued_parts(m: re.Match[str]) -> list[tuple[int, str]]:
    """A word and, where words were glued without a space ("InstagramSebuah"), each part: (start, text)."""
    word = m.group()
    tail = word[1:]
    if tail == tail.lower():  # no capital inside the word: nothing glued (the common case, kept cheap)
        return [(m.start(), word)]
    cuts = [g.start() for g in GLUE_POINT.finditer(word)]
    if not cuts:
        return [(m.start(), word)]
    bounds = [0, *cuts, len(word)]
    return [(m.start() + a, word[a:b]) for a, b in itertools.pairwise(bounds)]


@functools.cache
def _detection_weights() -> dict[str, list[tuple[str, int]]]:
    """word -> [(language, weight)]: 1 for a stopword, 3 for one no other language has."""
    codes = available()
    table: dict[str, list[tuple[str, int]]] = {}
    for code in codes:
        others = frozenset().union(*(load(c).stopwords for c in codes if c != code))
        for w in load(code).stopwords:
            table.setdefault(w, []).append((code, 1 if w in others else 3))
    return table


def detect(text: str, default: str = "id") -> str:
    """Pick the language whose stopwords cover most words of ``text`` (first 5,000 chars).

    >>> detect("Dia mengatakan bahwa pertemuan itu akan digelar di Jakarta.")
    'id'
    >>> detect("The minister said that the meeting will be held in London.")
    'en'
    >>> detect("Beliau berkata bahawa mesyuarat itu akan diadakan kerana ia penting.")
    'ms'
    """
    # Words only one language uses (Malay 'bahawa', Indonesian 'bahwa') count triple.
    table = _detection_weights()
    scores: dict[str, int] = {}
    for w in FAST_WORD.findall(text[:5000].lower()):
        for code, weight in table.get(w, ()):
            scores[code] = scores.get(code, 0) + weight
    if not scores:
        return default
    top = max(scores.values())
    return default if scores.get(default) == top else min(c for c in scores if scores[c] == top)


@functools.cache
def union_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``lang/*/<name>.txt`` of every language (lists such as channel names
    and invitation verbs, which scraped pages mix across languages as they do marker phrases)."""
    return frozenset(w.lower() for code in available() for w in _read_list(code, name))


@functools.cache
def writes_title_case_headlines(code: str) -> bool:
    """Whether capitalisation can tell a headline from a sentence in this language (``lang/<code>/shape.txt``).

    English and Indonesian outlets write headlines in Title Case; German capitalises every noun, so its
    sentences are as capitalised as its headlines, and headline shape says nothing there (issue 12).
    """
    return "no-title-case-headlines" not in _read_list(code, "shape")


@functools.cache
def headline_lowercase(code: str) -> frozenset[str]:
    """Words the language's Title-Case headlines keep in lower case (``lang/<code>/headline_lowercase.txt``):
    capitalised inside a headline run, such a word opens the next sentence."""
    return frozenset(w.lower() for line in _read_list(code, "headline_lowercase") for w in line.split())
