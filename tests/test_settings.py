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


BOUNDARIES = [
    # (filter, text, piece, setting, value at which it fires, value just past it)
    (headline_shape, f"{BODY}\nHarga Cabai Rawit naik Drastis", "Rawit", "headline_title_case_min", 0.80, 0.81),
    (trailing_signature, f"{BODY} budi santoso wibowo", "budi", "signature_max_words", 3, 2),
    (credit_line, f"Foto Antara Laporan Wartawan Contoh.com, Budi Santoso {BODY}", "Foto", "lead_fragment_max_words", 2, 1),
    (near_duplicate, f"{BODY}\nCek Harga Emas Terbaru\n{BODY}\nCek Harga Emas Terbaru", "Cek", "duplicate_min_words", 4, 5),
]


@pytest.mark.parametrize("filt, text, piece, name, fires, quiet", BOUNDARIES, ids=[b[3] for b in BOUNDARIES])
def test_threshold_boundary(filt, text: str, piece: str, name: str, fires: float, quiet: float) -> None:  # type: ignore[no-untyped-def]
    """Each threshold: the filter fires at the value and stops just past it (jusText's habit)."""
    seg, ctx = probe(text, piece, DEFAULTS.replace(**{name: fires}))
    assert filt(seg, ctx) is not None
    seg, ctx = probe(text, piece, DEFAULTS.replace(**{name: quiet}))
    assert filt(seg, ctx) is None
