"""Settings: validation, overrides, and a boundary test on each side of key thresholds."""

from __future__ import annotations

import dataclasses

import pytest

import declutter
from declutter.filters.base import probe
from declutter.filters.credit_line import credit_line
from declutter.filters.headline_shape import headline_shape
from declutter.filters.near_duplicate import near_duplicate
from declutter.filters.trailing_signature import trailing_signature
from declutter.settings import DEFAULTS, Settings, settings_table

BODY = "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang."


def test_every_field_is_documented_in_the_table() -> None:
    table = settings_table()
    for f in dataclasses.fields(Settings):
        assert f.metadata["doc"], f.name
        assert f"`{f.name}`" in table


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULTS.min_confidence = 0.1  # type: ignore[misc]


def test_replace_rejects_unknown_names() -> None:
    with pytest.raises(declutter.SettingsError, match="unknown setting"):
        DEFAULTS.replace(no_such_setting=1)


@pytest.mark.parametrize("assignment, message", [
    ("min_confidence", "wants name=value"),
    ("nope=1", "unknown setting 'nope'"),
    ("min_confidence=high", "wants a float"),
    ("min_confidence=2", "within \\[0, 1\\]"),
    ("oversize=maybe", "'split' or 'error'"),
])
def test_text_values_are_validated(assignment: str, message: str) -> None:
    with pytest.raises(declutter.SettingsError, match=message):
        DEFAULTS.with_text_values([assignment])


def test_text_values_convert_types() -> None:
    s = DEFAULTS.with_text_values(["min_confidence=0.8", "signature_max_words=3"])
    assert (s.min_confidence, s.signature_max_words) == (0.8, 3)


def test_min_confidence_boundary() -> None:
    text = f"{BODY}\nCek Daftar Harga Emas Terbaru Hari Ini"
    conf = declutter.clean(text).removals[0].confidence
    assert declutter.clean(text, settings=DEFAULTS.replace(min_confidence=conf - 1e-6)).removals
    assert not declutter.clean(text, settings=DEFAULTS.replace(min_confidence=conf + 1e-6)).removals


def test_headline_title_case_min_boundary() -> None:
    text = f"{BODY}\nHarga Cabai Rawit naik Drastis"  # 4 of 5 content words capitalised: 0.80
    seg, ctx = probe(text, "Rawit", DEFAULTS.replace(headline_title_case_min=0.80))
    assert headline_shape(seg, ctx) is not None
    seg, ctx = probe(text, "Rawit", DEFAULTS.replace(headline_title_case_min=0.81))
    assert headline_shape(seg, ctx) is None


def test_signature_max_words_boundary() -> None:
    text = f"{BODY} budi santoso wibowo"
    seg, ctx = probe(text, "budi", DEFAULTS.replace(signature_max_words=3))
    assert trailing_signature(seg, ctx) is not None
    seg, ctx = probe(text, "budi", DEFAULTS.replace(signature_max_words=2))
    assert trailing_signature(seg, ctx) is None


def test_lead_fragment_max_words_boundary() -> None:
    text = f"Foto Antara Laporan Wartawan Contoh.com, Budi Santoso {BODY}"
    seg, ctx = probe(text, "Foto", DEFAULTS.replace(lead_fragment_max_words=2))
    assert credit_line(seg, ctx) is not None
    seg, ctx = probe(text, "Foto", DEFAULTS.replace(lead_fragment_max_words=1))
    assert credit_line(seg, ctx) is None


def test_duplicate_min_words_boundary() -> None:
    text = f"{BODY}\nCek Harga Emas Terbaru\n{BODY}\nCek Harga Emas Terbaru"
    seg, ctx = probe(text, "Cek", DEFAULTS.replace(duplicate_min_words=4))
    assert near_duplicate(seg, ctx) is not None
    seg, ctx = probe(text, "Cek", DEFAULTS.replace(duplicate_min_words=5))
    assert near_duplicate(seg, ctx) is None
