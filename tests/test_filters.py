"""The filter registry: one name for code, fixture folder and docs; every signal is weighed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import declutter
from declutter.filters import FILTERS, KIND_OF
from declutter.settings import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures" / "filters"


def test_every_filter_has_a_fixture_folder_with_cases() -> None:
    for name in FILTERS:
        cases = list((FIXTURES / name).glob("*.before.txt"))
        assert cases, f"tests/fixtures/filters/{name}/ has no cases"


def test_fixture_folders_name_real_filters() -> None:
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} <= set(FILTERS)


def test_every_filter_has_a_weight_setting_and_a_documented_kind() -> None:
    for name in FILTERS:
        weight = getattr(DEFAULTS, f"{name}_weight")
        assert isinstance(weight, float)
        assert KIND_OF[name] is None or KIND_OF[name] in declutter.KINDS


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_filter_has_docstring_with_example(name: str) -> None:
    doc = FILTERS[name].__doc__ or ""
    assert ">>>" in doc, f"{name} has no doctest"
    assert re.search(r"Reads\s+``", doc), f"{name} does not say which settings it reads"


def test_removal_signals_name_registered_filters() -> None:
    text = "Harga cabai naik lagi hari ini.\nBaca juga: Harga Emas Naik\nHalaman 2\n(abc)"
    for removal in declutter.clean(text).removals:
        assert removal.kind in declutter.KINDS
        assert {s.code for s in removal.signals} <= set(FILTERS)
