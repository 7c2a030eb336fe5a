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
    ("bias=nan", "finite"),
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


@pytest.mark.parametrize("changes, message", [
    ({"bias": float("nan")}, "bias must be a finite number"),
    ({"bias": float("inf")}, "bias must be a finite number"),
    ({"chrome_weight": float("-inf")}, "chrome_weight must be a finite number"),
    ({"pagination_weight": -1.0}, "pagination_weight must be within \\[0, 100\\]"),
    ({"sentence_shape_weight": 2.0}, "sentence_shape_weight must be within \\[-100, 0\\]"),
    ({"max_passes": 0}, "max_passes must be within \\[1, 100\\]"),
    ({"max_passes": 2.5}, "max_passes must be an integer"),
    ({"headline_min_words": True}, "must be an integer"),
    ({"link_density_min": 1.5}, "link_density_min must be within \\[0, 1\\]"),
    ({"duplicate_min_similarity": 101.0}, "within \\[0, 100\\]"),
    ({"headline_min_words": 10, "headline_max_words": 5}, "headline_min_words \\(10\\) must not exceed"),
    ({"profile_prose_max_weight": 5.0}, "must not outweigh prose shape"),
    ({"oversize": 3}, "oversize must be a string"),
])
def test_numbers_are_finite_and_in_range(changes: dict[str, object], message: str) -> None:
    with pytest.raises(declutter.SettingsError, match=message):
        DEFAULTS.replace(**changes)


def test_nan_from_the_command_line_is_refused() -> None:
    with pytest.raises(declutter.SettingsError, match="bias must be a finite number"):
        DEFAULTS.with_text_values(["bias=nan"])


def test_clean_takes_a_mapping_of_overrides() -> None:
    text = f"{BODY}\nCek Daftar Harga Emas Terbaru Hari Ini"
    conf = declutter.clean(text).removals[0].confidence
    assert not declutter.clean(text, settings={"min_confidence": conf + 1e-6}).removals
    page = f"<p>{BODY}</p><p>Cek Daftar Harga Emas Terbaru Hari Ini</p>"
    assert declutter.clean_html(page, settings={"min_confidence": 0.99}).settings.min_confidence == 0.99
    with pytest.raises(declutter.SettingsError, match="unknown setting"):
        declutter.clean_html(page, settings={"no_such": 1})
    with pytest.raises(declutter.SettingsError, match="unknown setting"):
        declutter.clean(text, settings={"no_such": 1})
    with pytest.raises(declutter.SettingsError, match="bias must be a finite number"):
        declutter.clean(text, settings={"bias": float("nan")})
    with pytest.raises(declutter.SettingsError, match="setting names must be strings"):
        declutter.clean(text, settings={1: 2})
    with pytest.raises(declutter.SettingsError, match="must be a declutter.Settings or a mapping"):
        declutter.clean(text, settings=[("bias", 1.0)])  # type: ignore[arg-type]


def test_every_default_is_within_its_own_range() -> None:
    for f in dataclasses.fields(Settings):
        low, high = f.metadata["range"]
        if f.type in ("int", "float"):
            assert (low is None or f.default >= low) and (high is None or f.default <= high), f.name
