"""Site profiles: pieces that recur across many documents of one site, learnt from a batch.

A profile counts, per document, the segmenter's pieces after normalisation (lower case, digits
as 0, no punctuation, single spaces). A piece is kept when it recurs in at least ``min_docs``
documents and at least ``min_share`` of them, *and* it looks like junk on its own (it is not
prose: a headline, label, credit or short line), unless it recurs far above chance (in at least
``prose_min_share`` of the documents). Near-variants (rapidfuzz ratio ≥ ``similarity``) are
merged into the most frequent one. See docs/profiles.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .errors import DeclutterError
from .features import measure
from .lang import detect, load
from .segment import segment
from .settings import DEFAULTS, Settings

FORMAT = "declutter-profile"
VERSION = 1
_NON_WORD = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
COUNT_MAX_WORDS = 40  # longer pieces are prose paragraphs, never counted (bounds memory)
MERGE_MIN_COUNT = 2  # a piece seen once cannot be a variant worth merging
INSIDE_MIN_WORDS = 3  # a known piece found inside a longer run must be at least this long
SHORT_PROSE_WORDS = 12  # prose pieces up to this long are counted, for the far-above-chance rule


class ProfileError(DeclutterError, ValueError):
    """A profile file that cannot be read: wrong format, newer version, bad JSON."""


def normalise(text: str) -> str:
    """The key a piece is counted and matched under.

    >>> normalise("Tim Redaksi, 2024 -- Kota.")
    'tim redaksi 0000 kota'
    """
    return _SPACES.sub(" ", _DIGITS.sub("0", _NON_WORD.sub(" ", text.lower()))).strip()


def candidates(text: str, lang: str = "auto", settings: Settings = DEFAULTS) -> dict[str, tuple[str, bool]]:
    """The pieces of one document worth counting: normalised key -> (an original, is prose)."""
    language = load(detect(text) if lang == "auto" else lang)
    out: dict[str, tuple[str, bool]] = {}
    for seg in segment(text, language, settings):
        shape = measure(seg.text, language, settings)
        if not shape.words or shape.words > COUNT_MAX_WORDS or (shape.prose and shape.words > SHORT_PROSE_WORDS):
            continue
        key = normalise(seg.text)
        if key and key not in out:
            out[key] = (seg.text, shape.prose)
    return out


@dataclass
class Counts:
    """Per-document counts of candidate pieces; merging two is adding them (map-reduce)."""

    docs: int = 0
    pieces: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    prose: set[str] = field(default_factory=set)

    def add(self, text: str, lang: str = "auto", settings: Settings = DEFAULTS) -> None:
        self.docs += 1
        for key, (example, is_prose) in candidates(text, lang, settings).items():
            self.pieces[key] += 1
            # The smallest original form is the example: the same whatever the order of
            # documents, so partial counts merge to what one pass gives (map-reduce on Dask).
            old = self.examples.get(key)
            self.examples[key] = example if old is None else min(old, example)
            if is_prose:
                self.prose.add(key)

    def merge(self, other: Counts) -> Counts:
        examples = dict(other.examples)
        for key, example in self.examples.items():
            examples[key] = min(example, examples.get(key, example))
        return Counts(self.docs + other.docs, self.pieces + other.pieces, examples, self.prose | other.prose)


@dataclass(frozen=True)
class Entry:
    text: str  # the normalised key
    example: str  # one original form
    docs: int  # documents it was seen in (with merged variants)


class Profile:
    """Recurring pieces of one site. Build with ``Profile.learn(texts)``; use with
    ``clean(text, profile=profile)``; keep with ``save``/``load``."""

    def __init__(self, entries: Iterable[Entry], docs: int, params: dict[str, Any] | None = None) -> None:
        self.entries = sorted(entries, key=lambda e: (-e.docs, e.text))
        self.docs = docs
        self.params = dict(params or {})
        self._by_key = {e.text: e for e in self.entries}
        self._lengths = sorted({len(e.text.split()) for e in self.entries})
        # Fuzzy matching only compares entries sharing the first or the last word (blocking):
        # a near-variant keeps one end, and a 10,000-entry profile stays cheap.
        self._by_end: dict[str, list[str]] = {}
        for e in self.entries:
            words = e.text.split()
            for w in {words[0], words[-1]} if words else ():
                self._by_end.setdefault(w, []).append(e.text)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Profile({len(self.entries)} entries from {self.docs} documents)"

    @classmethod
    def learn(cls, texts: Iterable[str], *, min_docs: int = 3, min_share: float = 0.01,
              prose_min_share: float = 0.2, similarity: float = 90.0, lang: str = "auto",
              settings: Settings | None = None) -> Profile:
        """Learn the recurring pieces of ``texts`` (see the module docstring for the rule)."""
        counts = Counts()
        for text in texts:
            counts.add(text, lang, settings or DEFAULTS)
        return cls.from_counts(counts, min_docs=min_docs, min_share=min_share,
                               prose_min_share=prose_min_share, similarity=similarity)

    @classmethod
    def from_counts(cls, counts: Counts, *, min_docs: int = 3, min_share: float = 0.01,
                    prose_min_share: float = 0.2, similarity: float = 90.0) -> Profile:
        params = {"min_docs": min_docs, "min_share": min_share, "prose_min_share": prose_min_share,
                  "similarity": similarity}
        # Near-variants first: a piece folds into a more frequent one it closely resembles.
        ordered = sorted((k for k, n in counts.pieces.items() if n >= MERGE_MIN_COUNT),
                         key=lambda k: (-counts.pieces[k], k))
        heads: list[str] = []
        total: dict[str, int] = {}
        for key in ordered:
            hit = process.extractOne(key, heads, scorer=fuzz.ratio, score_cutoff=similarity) if heads else None
            if hit:
                total[hit[0]] += counts.pieces[key]
            else:
                heads.append(key)
                total[key] = counts.pieces[key]
        floor = max(min_docs, min_share * counts.docs)
        entries = [Entry(k, counts.examples[k], min(n, counts.docs)) for k, n in total.items()
                   if n >= floor and (k not in counts.prose or n >= prose_min_share * counts.docs)]
        return cls(entries, counts.docs, params)

    def match(self, text: str, inside: bool = False) -> Entry | None:
        """The entry ``text`` repeats: the same key, or with ``inside`` (for a run of glued
        headlines) a known piece of at least ``INSIDE_MIN_WORDS`` words within it,
        word-aligned; None otherwise."""
        key = normalise(text)
        hit = self._by_key.get(key)
        if hit or not key or not inside:
            return hit
        words = key.split()
        for n in self._lengths:
            if n >= len(words):
                break
            if n < INSIDE_MIN_WORDS:
                continue
            for i in range(len(words) - n + 1):
                found = self._by_key.get(" ".join(words[i : i + n]))
                if found:
                    return found
        return None

    def fuzzy_match(self, text: str, similarity: float) -> Entry | None:
        """The closest entry with rapidfuzz ratio ≥ ``similarity`` among those that share the
        first or the last word with ``text``; None when there is none."""
        key = normalise(text)
        words = key.split()
        if not words:
            return None
        pool = self._by_end.get(words[0], []) + self._by_end.get(words[-1], [])
        hit = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=similarity) if pool else None
        return self._by_key[hit[0]] if hit else None

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "documents": self.docs, "params": self.params,
                "entries": [{"text": e.text, "example": e.example, "docs": e.docs} for e in self.entries]}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Profile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise ProfileError(f"{path}: not a profile (invalid JSON: {e.msg} at line {e.lineno})") from None
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "profile") -> Profile:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ProfileError(f"{source}: not a declutter profile (no \"format\": \"{FORMAT}\")")
        version = data.get("version")
        if not isinstance(version, int) or version > VERSION:
            raise ProfileError(f"{source}: profile version {version!r} is newer than this declutter reads "
                               f"({VERSION}); upgrade declutter or relearn the profile")
        try:
            entries = [Entry(normalise(e["text"]), str(e.get("example", e["text"])), int(e["docs"]))
                       for e in data["entries"]]
            return cls(entries, int(data["documents"]), data.get("params", {}))
        except (KeyError, TypeError, ValueError) as e:
            raise ProfileError(f"{source}: malformed entry ({e!r}); each needs \"text\" and \"docs\"") from None
