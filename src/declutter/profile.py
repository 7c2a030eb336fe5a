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
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from rapidfuzz import fuzz, process

__all__ = ["Counts", "Entry", "Profile", "ProfileError", "candidates", "normalise"]

from .errors import ProfileError
from .features import measure
from .lang import detect, load
from .segment import segment
from .settings import DEFAULTS, Settings

FORMAT = "declutter-profile"
# Not settings: the file format's version and bounds on memory, time and file sizes (VERSION, COUNT_MAX_WORDS,
# MERGE_BLOCK_MAX, MATCH_POOL_MAX, MAX_FILE_BYTES, MAX_DIGITS); MERGE_MIN_COUNT and MIN_RECURRENCE define
# recurrence (seen twice), the profile's min_docs parameter is the tunable count.
VERSION = 1
_NON_WORD = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
COUNT_MAX_WORDS = 40  # longer pieces are prose paragraphs, never counted (bounds memory)
MERGE_MIN_COUNT = 2  # a piece seen once cannot be a variant worth merging
MIN_RECURRENCE = 2  # a piece seen in one document has not recurred: min_docs is at least this
MERGE_BLOCK_MAX = 64  # near-variant merging compares a piece with at most this many heads per shared end word
MATCH_POOL_MAX = 256  # fuzzy matching compares a fragment with at most this many entries per shared end word
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_DIGITS = 18  # a count in a profile file fits in 64 bits

def normalise(text: str) -> str:
    """The key a piece is counted and matched under.

    >>> normalise("Tim Redaksi, 2024 -- Kota.")
    'tim redaksi 0000 kota'
    """
    return _SPACES.sub(" ", _DIGITS.sub("0", _NON_WORD.sub(" ", text.lower()))).strip()


def candidates(text: str, lang: str = "auto", settings: Settings = DEFAULTS) -> dict[str, tuple[str, bool]]:
    """The pieces of one document worth counting: normalised key -> (an original, is prose)."""
    language = load(detect(text, settings=settings) if lang == "auto" else lang)
    out: dict[str, tuple[str, bool]] = {}
    for seg in segment(text, language, settings):
        shape = measure(seg.text, language, settings)
        if (not shape.words or shape.words > COUNT_MAX_WORDS
                or (shape.prose and shape.words > settings.profile_prose_max_words)):
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
                pool = self._by_end.setdefault(w, [])
                if len(pool) < MATCH_POOL_MAX:  # entries are by frequency: the pool keeps the most frequent
                    pool.append(e.text)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Profile({len(self.entries)} entries from {self.docs} documents)"

    @classmethod
    def learn(cls, texts: Iterable[str], *, min_docs: int = 3, min_share: float = 0.01,
              prose_min_share: float = 0.2, similarity: float = 90.0, lang: str = "auto",
              settings: Settings | None = None) -> Profile:
        """Learn the recurring pieces of ``texts`` (see the module docstring for the rule)."""
        check_params(min_docs, min_share, prose_min_share, similarity)
        counts = Counts()
        for text in texts:
            counts.add(text, lang, settings or DEFAULTS)
        return cls.from_counts(counts, min_docs=min_docs, min_share=min_share,
                               prose_min_share=prose_min_share, similarity=similarity)

    @classmethod
    def from_counts(cls, counts: Counts, *, min_docs: int = 3, min_share: float = 0.01,
                    prose_min_share: float = 0.2, similarity: float = 90.0) -> Profile:
        check_params(min_docs, min_share, prose_min_share, similarity)
        params = {"min_docs": min_docs, "min_share": min_share, "prose_min_share": prose_min_share,
                  "similarity": similarity}
        # Near-variants first: a piece folds into a more frequent one it closely resembles.
        # Blocking keeps this linear in the pieces: a piece is compared only with the most
        # frequent heads that share its first or last word (a near-variant keeps one end),
        # at most MERGE_BLOCK_MAX of them per word.
        ordered = sorted((k for k, n in counts.pieces.items() if n >= MERGE_MIN_COUNT),
                         key=lambda k: (-counts.pieces[k], k))
        blocks: dict[str, list[str]] = {}
        total: dict[str, int] = {}
        for key in ordered:
            words = key.split()
            ends = {words[0], words[-1]}
            pool = [h for w in ends for h in blocks.get(w, ())]
            hit = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=similarity) if pool else None
            if hit:
                total[hit[0]] += counts.pieces[key]
                continue
            total[key] = counts.pieces[key]
            for w in ends:
                block = blocks.setdefault(w, [])
                if len(block) < MERGE_BLOCK_MAX:
                    block.append(key)
        floor = max(min_docs, min_share * counts.docs)
        entries = [Entry(k, counts.examples[k], min(n, counts.docs)) for k, n in total.items()
                   if n >= floor and (k not in counts.prose or n >= prose_min_share * counts.docs)]
        return cls(entries, counts.docs, params)

    def match(self, text: str, inside: int = 0) -> Entry | None:
        """The entry ``text`` repeats: the same key, or, with ``inside`` words (for a run of glued
        headlines: ``profile_inside_min_words``), a known piece of at least that many words within it,
        word-aligned; None otherwise."""
        key = normalise(text)
        hit = self._by_key.get(key)
        if hit or not key or not inside:
            return hit
        words = key.split()
        for n in self._lengths:
            if n >= len(words):
                break
            if n < inside:
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
        """Read a profile file; every way a file can be bad is a ProfileError naming it."""
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise ProfileError(f"{path}: cannot read the profile ({e.strerror or e})") from None
        if len(raw) > MAX_FILE_BYTES:
            raise ProfileError(f"{path}: not a profile (larger than {MAX_FILE_BYTES // 2**20} MB)")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            hint = " (it looks like UTF-16: save it as UTF-8)" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
            raise ProfileError(f"{path}: not a profile (not UTF-8 at byte {e.start}){hint}") from None
        try:
            data = json.loads(text, parse_constant=_no_constant, parse_int=_small_int, parse_float=_finite_float)
        except json.JSONDecodeError as e:
            raise ProfileError(f"{path}: not a profile (invalid JSON: {e.msg} at line {e.lineno})") from None
        except RecursionError:
            raise ProfileError(f"{path}: not a profile (JSON nested too deeply)") from None
        except ValueError as e:
            raise ProfileError(f"{path}: not a profile ({e})") from None
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "profile") -> Profile:
        """A profile from its JSON form, every field checked (ProfileError otherwise)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ProfileError(f"{source}: not a declutter profile (no \"format\": \"{FORMAT}\")")
        version = data.get("version")
        if _is_int(version) and version > VERSION:
            raise ProfileError(f"{source}: profile version {version!r} is newer than this declutter reads "
                               f"({VERSION}); upgrade declutter or relearn the profile")
        if not _is_int(version) or version < 1:
            raise ProfileError(f"{source}: profile version {version!r} is not a version number; relearn the profile")
        documents, items, params = data.get("documents"), data.get("entries"), data.get("params", {})
        if not _is_int(documents) or documents < 0:
            raise ProfileError(f"{source}: \"documents\" must be a whole number ≥ 0, got {documents!r}")
        if not isinstance(items, list):
            raise ProfileError(f"{source}: \"entries\" must be a list, got {type(items).__name__}")
        if not isinstance(params, dict):
            raise ProfileError(f"{source}: \"params\" must be an object, got {type(params).__name__}")
        entries = []
        for i, e in enumerate(items):
            if not isinstance(e, dict):
                raise ProfileError(f"{source}: malformed entry {i} (not an object); each needs \"text\" and \"docs\"")
            text, example, docs = e.get("text"), e.get("example", e.get("text")), e.get("docs")
            if not isinstance(text, str) or not isinstance(example, str) or not _is_int(docs) or docs < 0:
                raise ProfileError(f"{source}: malformed entry {i} ({e!r:.200}); each needs \"text\" (a string) "
                                   f"and \"docs\" (a whole number ≥ 0)")
            entries.append(Entry(normalise(text), example, docs))
        return cls(entries, documents, params)


def check_params(min_docs: int, min_share: float, prose_min_share: float, similarity: float) -> None:
    """Learning parameters in range, or a ProfileError that says which and why."""
    if not _is_int(min_docs) or min_docs < MIN_RECURRENCE:
        raise ProfileError(f"min_docs must be a whole number of at least {MIN_RECURRENCE} (a piece seen in "
                           f"one document has not recurred), got {min_docs!r}")
    for name, value, low in (("min_share", min_share, 0.0), ("prose_min_share", prose_min_share, 0.0),
                             ("similarity", similarity, 50.0)):
        high = 100.0 if name == "similarity" else 1.0
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise ProfileError(f"{name} must be a number within [{low:g}, {high:g}], got {value!r}")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a profile holds")


def _small_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"number {digits[:20]}... is too large")
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value
