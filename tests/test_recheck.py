"""The second pass's re-check (src/declutter/recheck.py) against the full second pass: wherever it says the pass
would give back its input, the full pass does. The whole-output check on the corpus is benchmarks/identical.py."""

from __future__ import annotations

from pathlib import Path

from declutter import api
from declutter.filters.base import make_context
from declutter.lang import detect, load
from declutter.recheck import Pass, settles
from declutter.segment import segment
from declutter.settings import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted({p.read_text(encoding="utf-8") for p in FIXTURES.rglob("*.txt")})
# A removal that exposes more: the second pass removes what the first left alone on its line.
EXPOSING = ["Harga cabai naik lagi hari ini di pasar induk kota.\nHalaman 2 Baca juga: Viral Pedagang Menangis",
            "Harga cabai naik lagi hari ini di pasar induk kota. Halaman 2 Baca juga: Viral Pedagang Menangis\nHalaman 3"]


def second_pass(text: str) -> tuple[bool, bool] | None:
    """(the re-check says the second pass gives back its input, the full second pass does), or None when
    there is no second pass to check (nothing removed, or the language changes)."""
    lang = load(detect(text))
    first: list[Pass] = []
    result = api._one_pass(text, lang, DEFAULTS, {}, None, keep=first)
    if (not result.removals and result.title is None) or load(detect(result.text)) != lang:
        return None
    segments = segment(result.text, lang, DEFAULTS)
    settled = settles(first[0], segments, make_context(segments, lang, DEFAULTS))
    full = api._one_pass(result.text, lang, DEFAULTS, {}, None)
    return settled, full.text == result.text


def test_a_settled_second_pass_gives_back_its_input() -> None:
    verdicts = [v for text in TEXTS + EXPOSING if (v := second_pass(text)) is not None]
    for settled, unchanged in verdicts:
        assert unchanged or not settled
    assert sum(settled for settled, _ in verdicts) > 50  # the re-check settles most second passes
    assert any(not unchanged for _, unchanged in verdicts)  # and the comparison covers passes that change the text


def test_exposed_junk_is_not_settled() -> None:
    for text in EXPOSING:
        assert second_pass(text) == (False, False), text


def test_clean_takes_the_first_pass_when_settled() -> None:
    """clean() gives the same result with the re-check as with every pass run in full."""
    real = api.settles
    try:
        api.settles = lambda before, segments, ctx: False  # type: ignore[assignment]
        full = [api.clean(t) for t in TEXTS + EXPOSING]
    finally:
        api.settles = real
    assert [api.clean(t) for t in TEXTS + EXPOSING] == full
