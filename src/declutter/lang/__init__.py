"""Per-language data: word and phrase lists read from ``lang/<code>/*.txt``.

Marker lists (read-more lead-ins, pagination, credits, ...) of *every* known language are
active on every document, because scraped pages mix them ("Read more:" turns up in Indonesian
articles). Stopwords, abbreviations and the clickbait lexicon come from the detected language.
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from ..errors import LanguageError
from ..settings import DEFAULTS, Settings

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


@functools.cache
def own_list(code: str, name: str) -> frozenset[str]:
    """The lower-cased entries of one language's ``lang/<code>/<name>.txt`` (empty when it has none): a shape
    whose opening word is that language's own ("Tim" in Indonesian, a first name in English)."""
    return frozenset(w.lower() for w in _read_list(code, name))


@functools.cache
def dom_hint_words() -> tuple[str, ...]:
    """Class/id fragments marking junk containers, from every language's dom_hints.txt."""
    return tuple(sorted(union_list("dom_hints")))


@functools.cache
def dom_strong_hint_words() -> tuple[str, ...]:
    """Class/id fragments naming a container that is junk whatever its text says (comments, related
    stories, share bars, newsletter boxes), from every language's dom_strong_hints.txt."""
    return tuple(sorted(union_list("dom_strong_hints")))


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
    for code in codes:  # a listed word ending counts as a word ("-kan") of the languages listing it
        lists[code] = lists[code] | {"-" + end for end in _suffixes(code)}
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


def detect(text: str, default: str = "id", settings: Settings = DEFAULTS) -> str:
    """The language of ``text`` (its first 5,000 characters), from the stopwords it uses.

    Two steps: the group of languages whose stopwords the text uses most (``CLOSE_GROUPS``;
    words only one group lists count triple), then the member of that group whose stopwords
    the text uses most, a word shared by k members counting 1/k for each. No stopword at all
    gives ``default``; a tie gives ``default`` when it is among the best, else the first in order. A short text
    also counts its words' endings (``add_endings``, ``settings.detect_ending_min_letters``).

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
    head = text[:5000].lower()
    for w, count in collections.Counter(filter(table.__contains__, _PROSE_WORD.findall(head))).items():
        for i, weight in table[w]:
            score[i] += weight * count
    if len(head) <= ENDING_SCAN_CHARS:
        add_endings(head, table, score, settings.detect_ending_min_letters)
    return choose(keys, score, default)


def add_endings(head: str, table: dict[str, tuple[tuple[int, float], ...]], score: list[float],
                min_letters: int = DEFAULTS.detect_ending_min_letters) -> None:
    """Count the unlisted words of ``head`` (a text of at most ENDING_SCAN_CHARS characters) that end in a
    listed ending (``lang/<code>/endings.txt``: Indonesian and Malay "-kan", "-nya") and have at least
    ``min_letters`` letters, each as a word of the
    languages listing the ending: two or three sentences of Indonesian hold few stopwords and may share them
    with Italian ("di") or Dutch ("dan"), but not their suffixes ("mengadakan", "katanya")."""
    pattern = _ending_pattern(min_letters)
    if pattern is None:
        return
    for m in pattern.finditer(head):
        if m.group() not in table:
            for i, weight in table["-" + m.group(1)]:
                score[i] += weight


@functools.cache
def _suffixes(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _read_list(code, "endings"))


@functools.cache
def _ending_pattern(min_letters: int) -> re.Pattern[str] | None:
    """Words of at least ``min_letters`` letters ending in a listed ending (the ending captured)."""
    ends = sorted(set().union(*(_suffixes(c) for c in available())), key=len, reverse=True)
    if not ends:
        return None
    stem = max(min_letters - min(map(len, ends)), 0)
    return re.compile(rf"\b[^\W\d_]{{{stem},}}({'|'.join(map(re.escape, ends))})\b")


# Not a setting: the scan length is a time bound, not a threshold.
ENDING_SCAN_CHARS = 1000  # endings are read in texts this short; a longer one has stopwords enough (a scan costs time)


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
def cased_list(code: str, name: str) -> tuple[str, ...]:
    """The entries of ``lang/<code>/<name>.txt`` as written, for lists whose capitals mean something (German's
    formal "Sie": filters/reader_address.py)."""
    return tuple(_read_list(code, name))


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
def writes_title_case_subheadings(code: str) -> bool:
    """Whether a Title-Case line between an article's paragraphs is read as its subheading (``lang/<code>/shape.txt``).

    English articles set subheadings so, and a teaser pushed into their body comes with a lead-in; Indonesian
    pages glue other stories' headlines between paragraphs without one (issue 12).
    """
    return "title-case-subheadings" in _read_list(code, "shape")


@functools.cache
def headline_lowercase(code: str) -> frozenset[str]:
    """Words the language's Title-Case headlines keep in lower case (``lang/<code>/headline_lowercase.txt``):
    capitalised inside a headline run, such a word opens the next sentence."""
    return frozenset(w.lower() for line in _read_list(code, "headline_lowercase") for w in line.split())


# The marker finder reads this package's lists (imported last: it imports them from here).
from .markers import find_markers, marker_pattern, marker_patterns  # noqa: E402

__all__ = [
    "MARKER_FAMILIES", "Language", "available", "choose", "detect", "dom_hint_words", "dom_strong_hint_words",
    "find_markers", "headline_lowercase", "language_list", "load", "marker_pattern", "marker_patterns",
    "union_list", "writes_title_case_headlines",
]
