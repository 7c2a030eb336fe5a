"""Candidate ends the segmenter proposes where it cannot settle a boundary (segmentation proposes, filters decide).

A read-more headline is cut where its Title-Case run meets a sentence; the places before that where it may end
earlier, or a sentence open, are candidates: the segmenter makes the pieces between them segments of their own
(``Segment.joins``), and ``filters/headline_tail.py`` places each piece with a reason and a weight.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .features import OPENING_QUOTES, Token, is_capitalised, is_number
from .lang import Language, headline_lowercase, language_list, load
from .settings import Settings

# A lower-case word at least this long that is no function word is a sentence's word (a verb: "menetapkan"); Title-Case
# headlines keep short ones in lower case ("Rp600.000 per Hari", "(part 1)": idraw-02536, idraw-05330).
CONTENT_MIN_LETTERS = 5


def headline_ends(toks: Sequence[Token], lang: Language, settings: Settings) -> list[tuple[int, str]]:
    """Places in a read-more headline's tokens ``toks`` (after its lead-in, up to where the segmenter found its
    Title-Case run meet a sentence) where it may end earlier or a sentence open, each with the cue seen there, at
    least ``headline_min_words`` words in:
    a capitalised function word after a capitalised word ("... Tradisi Jokowi | Melalui Peraturan ..."), a
    capitalised word after a number ("... Status IKN pada 2028 | Partai Demokrasi ..."), a capitalised word followed
    by a word of at least ``CONTENT_MIN_LETTERS`` lower-case letters that is no function word ("... Kopassus |
    Pergeseran jabatan ..."), an opening quote. Title-Case headlines have the first two too ("Bantuan Disalurkan |
    Melalui Bank"): these are candidates, and ``headline_tail`` places the pieces between them
    (tests/test_segment.py)."""
    kept_low = headline_lower_words(lang.code)
    found = []
    for k in range(settings.headline_min_words, len(toks)):
        word, before, raw = toks[k].core, toks[k - 1].core, toks[k].raw
        if raw[:1] in OPENING_QUOTES or raw.startswith(("&ldquo;", "&quot;")):
            found.append((toks[k].start, f"a quotation may open at {raw!r}"))
            continue
        if not is_capitalised(word) or toks[k - 1].raw.endswith((",", ":", ".", "?", "!")):
            continue
        low, nxt = word.lower(), toks[k + 1].core if k + 1 < len(toks) else ""
        if low in lang.stopwords and is_capitalised(before) and before.lower() not in lang.stopwords:
            found.append((toks[k].start, f"the headline may end before the function word {word!r}"))
        elif low not in lang.stopwords and is_number(before):
            found.append((toks[k].start, f"the headline may end after the number {before!r}"))
        elif nxt.isalpha() and nxt.islower() and nxt not in kept_low and len(nxt) >= CONTENT_MIN_LETTERS:
            found.append((toks[k].start, f"a sentence may open at {word + ' ' + nxt!r}"))
    return found


def title_run_end(toks: Sequence[Token], lang: Language, settings: Settings) -> int | None:
    """Index of the capitalised word before the first lower-case word that a Title-Case headline does not keep, at
    least ``headline_min_words`` words in, or None: where a headline with no sentence after it in sight gives way to
    text that is not a headline ("Baca juga: Elon Musk Digugat 6 Perusahaan gara-gara Twitter Gagal Bayar Tagihan |
    Harga emas Antam Retro 0,5 gram: Rp 529.000 Harga emas ...": a price list, idraw-03038)."""
    kept_low = headline_lower_words(lang.code)
    for k in range(settings.headline_min_words, len(toks) - 1):
        nxt = toks[k + 1].core
        if is_capitalised(toks[k].core) and nxt.isalpha() and nxt.islower() and nxt not in kept_low:
            return k
    return None


@functools.cache
def headline_lower_words(code: str) -> frozenset[str]:
    """Words a Title-Case headline may hold in lower case in language ``code``: its stopwords,
    ``headline_lowercase.txt`` and ``headline_inner.txt`` (a lower-case word outside them is a sentence's)."""
    return load(code).stopwords | headline_lowercase(code) | language_list(code, "headline_inner")
