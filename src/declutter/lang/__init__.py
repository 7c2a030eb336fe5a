"""Per-language data: word and phrase lists read from ``lang/<code>/*.txt``.

Marker lists (read-more lead-ins, pagination, credits, ...) of *every* known language are
active on every document, because scraped pages mix them ("Read more:" turns up in Indonesian
articles). Stopwords, abbreviations and the clickbait lexicon come from the detected language.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import regex

from ..errors import LanguageError

MARKER_FAMILIES = ("read_more", "pagination", "syndication", "credit", "promo", "ad")


@dataclass(frozen=True, slots=True)
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


def _phrase_pattern(phrase: str, family: str) -> str:
    """The regex for one list phrase: its words with any spaces or tabs between, '{n}' a number,
    not inside a longer word, and a trailing ':' asking for a colon or a dash after it."""
    needs_colon = phrase.endswith(":")
    words = phrase.rstrip(":").split()
    parts = [r"\d{1,4}" if w == "{n}" else regex.escape(w) for w in words]
    body = r"[ \t]+".join(parts)
    # A hyphen glued to the word is part of a compound ("Text-Posts", "Bild- und Tonrechte", "Sumber-sumber
    # yang ...": idraw-01823), not a separator: a hyphen counts after a space, an en or em dash also glued but
    # before a space.
    colon = r"(?:[ \t]*:|[ \t]+[\-–—]|[–—](?![\p{L}\p{N}]))"
    # A phrase glued to the word after it ("... di InstagramSebuah kiriman ...") ends where a capital follows a
    # lower-case letter, and a phrase may start there too (idraw-00123).
    end = r"(?:(?![\p{L}\p{N}])|(?<=\p{Ll})(?=\p{Lu}))"
    tail = colon if needs_colon else end
    if family == "read_more" and not needs_colon:
        # A header listed without ':' is the same header with one ("You might also like:"),
        # or with '!' or an ellipsis ("Auch interessant...", "Das könnte Sie auch interessieren!").
        tail = rf"(?:[ \t]*(?::|!|…|\.\.\.)|{end})"
    return rf"(?:(?<![\p{{L}}\p{{N}}])|(?<=\p{{Ll}})(?=\p{{Lu}})){body}{tail}"


@functools.cache
def marker_pattern(family: str) -> regex.Pattern[str]:
    """One compiled, case-insensitive alternation of one marker family, over all languages.

    Longer phrases come first so that 'baca juga:' wins over 'baca juga'. The patterns are
    plain alternations of literals: they cannot backtrack catastrophically. Compiled on first use, one family
    at a time (the segmenter runs only the pagination family; all six together take seconds to compile).
    """
    phrases = {p.lower() for code in available() for p in load(code).markers[family]}
    ordered = sorted(phrases, key=len, reverse=True)
    return regex.compile("|".join(_phrase_pattern(p, family) for p in ordered), regex.IGNORECASE)


def marker_patterns() -> dict[str, regex.Pattern[str]]:
    """``marker_pattern`` of every family."""
    return {fam: marker_pattern(fam) for fam in MARKER_FAMILIES}


@functools.cache
def dom_hint_words() -> tuple[str, ...]:
    """Class/id fragments marking junk containers, from every language's dom_hints.txt."""
    return tuple(sorted(union_list("dom_hints")))


@functools.cache
def dom_strong_hint_words() -> tuple[str, ...]:
    """Class/id fragments naming a container that is junk whatever its text says (comments, related
    stories, share bars, newsletter boxes), from every language's dom_strong_hints.txt."""
    return tuple(sorted(union_list("dom_strong_hints")))


FAST_WORD = re.compile(r"\w+")
_NUMBER = "{n}"


def _first_word(phrase: str) -> str:
    """The word a phrase's match starts on, as ``FAST_WORD`` reads it: "suivez" for
    "suivez-nous", ``{n}`` for a phrase that opens with a number ("{n} min read")."""
    word = phrase.split()[0].rstrip(":").lower()
    if word == _NUMBER:
        return _NUMBER
    m = FAST_WORD.match(word)
    return m.group() if m else word


@functools.cache
def _sources_by_first_word() -> dict[str, str]:
    """For each word a marker phrase starts with, the source of one pattern of just those phrases: a named
    group per family, in ``MARKER_FAMILIES`` order, longer phrases first inside a family.

    A position is then tried against the few phrases that can start there, not all of them.
    """
    by_word: dict[str, dict[str, set[str]]] = {}
    for fam in MARKER_FAMILIES:
        for code in available():
            for phrase in load(code).markers[fam]:
                by_word.setdefault(_first_word(phrase), {}).setdefault(fam, set()).add(phrase.lower())
    out: dict[str, str] = {}
    for word, fams in by_word.items():
        groups = []
        for fam in MARKER_FAMILIES:
            if fam in fams:
                ordered = sorted(fams[fam], key=lambda p: (-len(p), p))
                groups.append(f"(?P<{fam}>" + "|".join(_phrase_pattern(p, fam) for p in ordered) + ")")
        out[word] = "|".join(groups)
    return out


# word -> its compiled pattern, or its source until a line first holds the word: the 600-odd patterns take
# seconds to compile together, and a document needs a few of them (a one-document call need not pay for all).
_BY_FIRST_WORD: dict[str, regex.Pattern[str] | str] = {}


def _word_table() -> dict[str, regex.Pattern[str] | str]:
    if not _BY_FIRST_WORD:
        _BY_FIRST_WORD.update(_sources_by_first_word())
    return _BY_FIRST_WORD


def _compiled(word: str) -> regex.Pattern[str]:
    """The compiled pattern of the phrases that start with ``word`` (a key of the table), compiled once."""
    table = _word_table()
    found = table[word]
    if isinstance(found, str):
        found = table[word] = regex.compile(found, regex.IGNORECASE)
    return found


def _patterns_by_first_word() -> dict[str, regex.Pattern[str]]:
    """Every word's pattern, compiled (for tests)."""
    return {word: _compiled(word) for word in _sources_by_first_word()}


def find_markers(line: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of every marker phrase in ``line``.

    Only positions where a phrase's first word stands are tried, each against the phrases
    that start with that word, so a line costs one scan of its words plus a few anchored matches.

    >>> find_markers("Harga naik. Baca juga: Cabai Mahal")
    [(12, 22, 'read_more')]
    """
    low = line.lower()
    if line.isascii():
        return _find_markers_by_words(line, low, [m.start() + 1 for m in _ASCII_GLUE.finditer(line)])
    if len(low) == len(line) and "Σ" not in line and not GLUE_POINT.search(line):
        return _find_markers_by_words(line, low, [])
    table = _word_table()
    numbers = _NUMBER in table
    found = []
    for m in FAST_WORD.finditer(line):
        word = m.group()
        tail = word[1:]
        # The common case inline (a word with no capital inside: nothing glued), as _glued_parts reads it.
        parts = ((m.start(), word),) if tail == tail.lower() else _glued_parts(m)
        for start, part in parts:
            key = part.lower()
            pattern = table.get(key)
            if pattern is None:
                if not (numbers and part.isdigit()):
                    continue
                key = _NUMBER
                pattern = table[key]
            if isinstance(pattern, str):
                pattern = _compiled(key)
            hit = pattern.match(line, start)
            if hit and hit.lastgroup:
                found.append((hit.start(), hit.end(), hit.lastgroup))
    return found


# An ASCII line with no lower-case letter before a capital has no words glued together: its words are its \w runs.
_ASCII_GLUE = re.compile(r"[a-z][A-Z]")


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(_sources_by_first_word())


def _find_markers_by_words(line: str, low: str, glue: list[int]) -> list[tuple[int, int, str]]:
    """``find_markers`` of an ASCII line (its words glued at ``glue``, where a capital follows a lower-case letter)
    or of a line with no glued words whose lower case has its characters one for one (no "İ" -> "i̇") and no final
    sigma ("Σ" lowers by what follows it); ``low`` is its lower case. Its words are its runs of word characters,
    cut at the glue points, and their lower case is ``low``'s. The words that open a phrase, and the numbers, are
    found by set operations, and only their places are tried, by ``str.find``, not every word of the line in
    Python (tests/test_speed_paths.py compares it with the word-by-word reading)."""
    words = FAST_WORD.findall(low) if not glue else [w.lower() for w in _ASCII_PART.findall(line)]
    wanted = [(word, word) for word in _first_words().intersection(words)]
    if _NUMBER in _word_table():
        wanted += [(number, _NUMBER) for number in set(filter(str.isdigit, words))]
    cuts = set(glue)
    starts = []
    for word, key in wanted:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            # A whole word: no word character on either side but at a glue point, and no glue point inside.
            if ((at == 0 or at in cuts or not _word_char(low[at - 1]))
                    and (end == len(low) or end in cuts or not _word_char(low[end]))
                    and not (cuts and _glue_inside(glue, at, end))
                    and (key != _NUMBER or _number_tail().match(line, end))):
                starts.append((at, key))
            at = low.find(word, end)
    found = []
    for start, key in sorted(starts):
        hit = _compiled(key).match(line, start)
        if hit and hit.lastgroup:
            found.append((hit.start(), hit.end(), hit.lastgroup))
    return found


def _glue_inside(glue: list[int], a: int, b: int) -> bool:
    """Whether a glue point (``glue`` in order) lies strictly between ``a`` and ``b``."""
    k = bisect.bisect_right(glue, a)
    return k < len(glue) and glue[k] < b


# A word of an ASCII line as find_markers reads it: a run of word characters, cut where a capital follows a
# lower-case letter ("InstagramSebuah": "Instagram", "Sebuah").
_ASCII_PART = re.compile(r"\w+?(?:(?<=[a-z])(?=[A-Z])|(?!\w))")


@functools.cache
def _number_tail() -> regex.Pattern[str]:
    """What must follow a number for a "{n} ..." phrase to match there: spaces and the phrase's next word, as the
    phrase's own pattern reads it ("3 min read", "12 Comments"). Most numbers in an article are followed by
    something else, and are not tried against every such phrase."""
    phrases = [phrase.lower().rstrip(":").split() for fam in MARKER_FAMILIES for code in available()
               for phrase in load(code).markers[fam] if _first_word(phrase) == _NUMBER]
    if any(len(words) == 1 for words in phrases):
        return regex.compile("")  # a phrase that is a number alone: anything may follow
    nexts = sorted({words[1] for words in phrases}, key=len, reverse=True)
    return regex.compile(r"[ \t]+(?:" + "|".join(map(regex.escape, nexts)) + ")", regex.IGNORECASE)


def _word_char(ch: str) -> bool:
    """Whether ``re`` reads one character as a word character (its lower case is one too, and the reverse:
    tests/test_speed_paths.py checks every character)."""
    return ch.isalnum() or ch == "_"


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


# Languages whose function words overlap so much that they are told apart in a second step, mostly
# by the words only one of them uses (Malay "bahawa" against Indonesian "bahwa"). A language in no
# group stands alone.
CLOSE_GROUPS = (("id", "ms"), ("es", "pt", "it", "fr"), ("de", "nl"))
_GROUPED = frozenset(c for g in CLOSE_GROUPS for c in g)

# Words that come from web addresses, not prose ("Kompas.com", "https://t.me/..."): the Portuguese
# stopword "com" would otherwise turn up in every Indonesian promo line. A word glued to a '.', '/'
# or '@' before it is such a part: it is read with that character ('.com'), which no list holds.
_PROSE_WORD = re.compile(r"[./@]?\w+")


def _group_of(code: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    for group in CLOSE_GROUPS:
        if code in group:
            return tuple(c for c in group if c in codes)
    return (code,)


@functools.cache
def _detection_table() -> tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[int, float], ...]]]:
    """The scores' keys (each group, then each member of a group of several as a 1-tuple), and
    word -> ((key index, weight), ...).

    First step: a word counts 3 for its group when only one group lists it, else 1 for each group
    that does ("in", "die", "de" are everyone's). Second step, inside a group of close languages:
    a word counts 1/k for each of the k members that list it, so "des" (French only) says more
    than "de" (French, Spanish, Portuguese).
    """
    codes = available()
    lists = {code: load(code).stopwords for code in codes}
    groups = sorted({_group_of(c, codes) for c in codes})
    keys = tuple(groups) + tuple((c,) for g in groups if len(g) > 1 for c in g)
    index = {k: i for i, k in enumerate(keys)}
    table: dict[str, tuple[tuple[int, float], ...]] = {}
    for word in frozenset().union(*lists.values()):
        langs = [c for c in codes if word in lists[c]]
        mine = sorted({_group_of(c, codes) for c in langs})
        weight = 3.0 if len(mine) == 1 else 1.0
        entry = [(index[g], weight) for g in mine]
        for g in mine:
            members = [c for c in g if c in langs]
            if len(g) > 1:
                entry.extend((index[(c,)], 1 / len(members)) for c in members)
        table[word] = tuple(entry)
    return keys, table


def detect(text: str, default: str = "id") -> str:
    """The language of ``text`` (its first 5,000 characters), from the stopwords it uses.

    Two steps: the group of languages whose stopwords the text uses most (``CLOSE_GROUPS``;
    words only one group lists count triple), then the member of that group whose stopwords
    the text uses most, a word shared by k members counting 1/k for each. No stopword at all
    gives ``default``; a tie gives ``default`` when it is among the best, else the first in order.

    >>> detect("Dia mengatakan bahwa pertemuan itu akan digelar di Jakarta.")
    'id'
    >>> detect("The minister said that the meeting will be held in London.")
    'en'
    >>> detect("Beliau berkata bahawa mesyuarat itu akan diadakan kerana ia penting.")
    'ms'
    """
    keys, table = _detection_table()
    score = [0.0] * len(keys)
    # Only listed words are counted (the rest add nothing); the Counter keeps first-seen order, so the
    # scores add up in the same order as over every word.
    for w, count in collections.Counter(filter(table.__contains__, _PROSE_WORD.findall(text[:5000].lower()))).items():
        for i, weight in table[w]:
            score[i] += weight * count
    return choose(keys, score, default)


def choose(keys: Sequence[tuple[str, ...]], score: Sequence[float], default: str) -> str:
    """The language the scores of ``keys`` (groups of close languages and single ones) point to: the best
    group, then the best language inside it; ``default`` when nothing scored."""
    groups = {k: v for k, v in zip(keys, score) if v and (len(k) > 1 or k[0] not in _GROUPED)}
    if not groups:
        return default
    group = _best(groups, default)
    if len(group) == 1:
        return group[0]
    return _best({(c,): score[keys.index((c,))] for c in group}, default)[0]


def _best(scores: dict[tuple[str, ...], float], default: str) -> tuple[str, ...]:
    """The key with the highest score; on a tie the one holding ``default``, else the first."""
    top = max(scores.values())
    winners = sorted(k for k, v in scores.items() if v >= top - 1e-9)
    return next((k for k in winners if default in k), winners[0])


@functools.cache
def language_list(code: str, name: str) -> frozenset[str]:
    """The lower-cased entries of ``lang/<code>/<name>.txt`` (empty where the language has no such file)."""
    return frozenset(w.lower() for w in _read_list(code, name))


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
