"""Pure measurements of text: tokens, capitalisation, prose shape, topical words.

Nothing here knows about junk; filters turn these values into signals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from .lang import writes_title_case_headlines

if TYPE_CHECKING:
    from .lang import Language
    from .settings import Settings

TOKEN = re.compile(r"\S+")
# Punctuation stripped from both ends of a token to get its core ("(abc)," -> "abc").
EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,.;:!?…*|/\\-–—_"
TERMINALS = ".!?…"
CLOSERS = "\"'”’»)]"
OPENING_QUOTES = "\"“‘«'"
CLOSING_QUOTES = "\"”’»'"
LETTER = regex.compile(r"\p{L}")


class Token(NamedTuple):
    """A whitespace-separated token (a NamedTuple: tokens are made by the hundred per article)."""

    start: int
    end: int
    raw: str
    core: str


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Whitespace tokens of ``text`` with offsets shifted by ``offset``.

    >>> [t.core for t in tokens('Kata "Abu," (27/10).')]
    ['Kata', 'Abu', '27/10']
    """
    return [Token(m.start() + offset, m.end() + offset, m.group(), m.group().strip(EDGE_PUNCT))
            for m in TOKEN.finditer(text)]


# Where two words were glued without a space: a lower-case letter, then a capital opening a word
# ("MenjaganyaHal ini", "Alasannya?Berbagai": the shared corpus README's SURYA and Okezone forms).
GLUE = regex.compile(r"(?<=\p{Ll}\p{Ll}[.!?…]?)(?=\p{Lu}\p{Ll})|(?<=\p{Ll}[.!?…])(?=\p{Lu})")


def tokens_upto(text: str, pos: int, limit: int) -> list[Token]:
    """At most ``limit`` tokens of ``text`` from ``pos`` on, with offsets into ``text``; a token glued to the
    next word without a space is two tokens ("TerbaruHal" -> "Terbaru", "Hal").

    >>> [t.raw for t in tokens_upto("Polisi MenjaganyaHal ini", 0, 5)]
    ['Polisi', 'Menjaganya', 'Hal', 'ini']
    """
    out: list[Token] = []
    for m in TOKEN.finditer(text, pos):
        start, end = m.span()
        tail = text[start + 1 : end]
        if tail.isascii() and tail == tail.lower():  # no capital after the first letter: nothing glued
            if len(out) >= limit:
                return out
            raw = m.group()
            out.append(Token(start, end, raw, raw.strip(EDGE_PUNCT)))
            continue
        for cut in [g.start() for g in GLUE.finditer(text, start, end)] + [end]:
            if len(out) >= limit:
                return out
            if cut > start:
                raw = text[start:cut]
                out.append(Token(start, cut, raw, raw.strip(EDGE_PUNCT)))
            start = cut
    return out


def first_letter(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            return ch
    return ""


def is_capitalised(word: str) -> bool:
    """True when the first letter is upper case ('Rp10', 'e6' -> False for 'e6')."""
    letter = first_letter(word)
    return bool(letter) and letter.isupper() and word[:1].isalpha()


def is_lower(word: str) -> bool:
    letter = first_letter(word)
    return bool(letter) and letter.islower() and word[:1].isalpha()


def is_number(word: str) -> bool:
    return bool(word) and word[0].isdigit()


def is_all_caps(word: str, min_letters: int) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= min_letters and all(c.isupper() for c in letters)


def ends_with(text: str, chars: str) -> bool:
    """True when ``text``, ignoring closing quotes, brackets and a closing ornament ("***"), ends with one of
    ``chars``."""
    stripped = text.rstrip().rstrip(CLOSERS + "*#~").rstrip()
    return bool(stripped) and stripped[-1] in chars


TOPIC_MIN_LETTERS = 3  # shorter words ("di", "vs", "mk") say nothing about a topic


def sentence_start(toks: Sequence[Token], stopwords: frozenset[str], lower_run: int,
                   begin: int = 1, headline_lowercase: frozenset[str] = frozenset()) -> int | None:
    """Index of the token where a Title-Case headline gives way to a sentence, or None.

    The sentence starts at a capitalised word or number followed by ``lower_run`` lower-case
    words, at least one of them not a stopword ("... Harga Emas Naik Pedagang pasar
    mengeluh ..."). It moves back over capitalised stopwords before an introductory phrase
    ("Selama Lebaran, setiap ..."), and to an opening quote left open before it ('... Digugat "Warga Kota bisa ...').
    A full stop after a non-initial word also ends the headline, and so does a capitalised word that the
    language's Title-Case headlines keep in lower case (``headline_lowercase``) when it opens a phrase closed by a
    comma or followed by a lower-case word ("... Olympiacos Di Fluminense, ...").

    >>> toks = tokens("Harga Emas Antam Naik Lagi Pedagang pasar mengeluh di sana")
    >>> toks[sentence_start(toks, frozenset({"di"}), 2)].core
    'Pedagang'
    """
    for i in range(begin, len(toks)):
        prev = toks[i - 1]
        if prev.raw.endswith(".") and len(prev.core) > 1 and is_capitalised(toks[i].core):
            return i
        word = toks[i].core
        if i > begin and word.lower() in headline_lowercase and is_capitalised(word) and (
                any(t.raw.endswith(",") for t in toks[i : i + 3])
                or (i + 1 < len(toks) and is_lower(toks[i + 1].core))):
            return i  # "... Olympiacos Di Fluminense, ...", "... Inggris Adapun final ...": not "... Banding Ke Bali"
        if not (is_capitalised(word) or is_number(word)):
            continue
        nxt = toks[i + 1 : i + 2 + lower_run]
        run = 0
        while run < len(nxt) and is_lower(nxt[run].core):
            run += 1
        # Headlines keep short function words in lower case ("... di Sungai"); a sentence
        # runs on with a content word, or with more lower-case words than a headline has.
        if run < lower_run or (run == lower_run and all(t.core.lower() in stopwords for t in nxt[:run])):
            continue
        j = i
        if word.lower() not in stopwords and toks[i].raw.endswith(","):
            while (j - 1 >= begin and is_capitalised(toks[j - 1].core)
                   and toks[j - 1].core.lower() in stopwords):
                j -= 1
        return _open_quote_before(toks, begin, j)
    return None


def _open_quote_before(toks: Sequence[Token], begin: int, j: int) -> int:
    depth_at = None
    for k in range(begin, j):
        raw = toks[k].raw
        if raw[0] in OPENING_QUOTES and not (len(raw) > 1 and raw.rstrip(",.:;!?")[-1] in CLOSING_QUOTES):
            depth_at = k
        elif raw.rstrip(",.:;!?")[-1:] in CLOSING_QUOTES and raw.rstrip(",.:;!?")[-1:]:
            depth_at = None
    return depth_at if depth_at is not None else j


@dataclass(frozen=True, slots=True)
class Shape:
    """Measured once per segment; filters compare these with settings."""

    words: int
    title_case: float
    stopwords: float
    terminal: bool  # ends with . ! ? …
    period: bool  # ends with a full stop (headlines do not)
    prose: bool
    fragment: bool  # not prose, no full stop: a headline, subheading, caption or label
    headline: bool  # a fragment in Title Case
    topic: frozenset[str]


def measure(text: str, lang: Language, settings: Settings) -> Shape:
    """The shape of a segment's text: one pass over its words (this is the hot loop)."""
    stop = lang.stopwords
    n = stops = content = caps = 0
    topic = set()
    for raw in text.split():
        core = raw.strip(EDGE_PUNCT)
        if not core:
            continue
        n += 1
        low = core.lower()
        if low in stop:
            stops += 1
            continue
        head = core[0]
        if head.isalpha():  # starts with a letter: a word (not "Rp10"-style numbers, "e6" counts)
            content += 1
            caps += head.isupper()
            if len(low) >= TOPIC_MIN_LETTERS:
                topic.add(low)
        elif first_letter(core):  # "(27/10)x", "2Days": has a letter but starts otherwise
            content += 1
    tc = caps / content if content else 0.0
    sw = stops / n if n else 0.0
    terminal = ends_with(text, ".!?…")
    period = ends_with(text, ".")
    prose = n >= settings.sentence_min_words and (
        period or (sw >= settings.sentence_stopword_min
                   and (terminal or (tc <= settings.prose_title_case_max
                                     and n >= settings.unpunctuated_prose_min_words))))
    # A piece longer than a title, with function words and not thoroughly Title Case, is an unpunctuated
    # sentence, not a headline (idraw-05325); a run of glued teasers is long too, but Title Case (the seed).
    long_sentence = (n > settings.title_max_words and sw >= settings.sentence_stopword_min
                     and tc < settings.headline_run_title_case_min)
    fragment = (not prose and not period and not long_sentence
                and settings.headline_min_words <= n <= settings.headline_max_words)
    headline = fragment and tc >= settings.headline_title_case_min and writes_title_case_headlines(lang.code)
    return Shape(n, tc, sw, terminal, period, prose, fragment, headline, frozenset(topic))
