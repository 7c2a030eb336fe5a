"""Language data files and detection."""

from __future__ import annotations

from importlib import resources

import pytest

import declutter
from declutter.lang import MARKER_FAMILIES, available, detect, find_markers, load


def test_shipped_languages() -> None:
    assert {"id", "en", "ms", "de", "fr", "es", "pt", "nl"} <= set(available())


@pytest.mark.parametrize("code", available())
def test_each_language_has_every_list(code: str) -> None:
    root = resources.files("declutter.lang").joinpath(code)
    for name in (*MARKER_FAMILIES, "stopwords", "abbreviations", "clickbait"):
        assert root.joinpath(f"{name}.txt").is_file(), f"lang/{code}/{name}.txt missing"
    assert load(code).stopwords


@pytest.mark.parametrize("text, code", [
    ("Menurut dia, pertemuan itu akan digelar di Jakarta karena sudah disepakati.", "id"),
    ("The mayor said that the budget would be approved because it was needed.", "en"),
    ("Beliau berkata bahawa mesyuarat itu diadakan kerana ia penting.", "ms"),
    ("Der Bürgermeister sagte, dass die Stadt mehr Geld für Schulen ausgeben wird.", "de"),
    ("Le maire a déclaré que la ville allait investir dans les écoles.", "fr"),
    ("El alcalde dijo que la ciudad invertirá más en las escuelas.", "es"),
    ("O prefeito disse que a cidade vai investir mais nas escolas.", "pt"),
    ("De burgemeester zei dat de stad volgend jaar meer geld uitgeeft.", "nl"),
    ("", "id"),
])
def test_detect(text: str, code: str) -> None:
    assert detect(text) == code


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(declutter.LanguageError, match="unknown language 'xx'"):
        declutter.clean("Harga naik.", lang="xx")


def test_markers_of_every_language_are_active() -> None:
    fams = [f for _, _, f in find_markers("Read more: X. Baca juga: Y. Artikel berkaitan: Z.")]
    assert fams == ["read_more", "read_more", "read_more"]


def test_explicit_language_is_reported() -> None:
    assert declutter.clean("Harga naik.", lang="ms").language == "ms"
