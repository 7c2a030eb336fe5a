"""Invariants of clean(): nothing lost, nothing invented, idempotent, total on str."""

from __future__ import annotations

import json

import pytest
from conftest import assert_from_input, assert_tiles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import declutter

SENTENCES = [
    "Harga cabai di pasar induk naik lagi pada pekan ini.",
    "Menurut pedagang, pasokan dari petani berkurang karena hujan.",
    '"Kami berharap harga segera turun," kata seorang pembeli.',
    "The minister said the plan would be reviewed next month.",
    "Pemerintah daerah akan menggelar operasi pasar di tiga kecamatan.",
]
HEADLINES = [
    "Viral Pedagang Menangis di Pasar Induk",
    "Cek Daftar Harga Emas Terbaru Hari Ini",
    "Gubernur Resmikan Jembatan Baru, Warga Antusias",
    "Five Things To Know About The New Budget",
]
MARKERS = ["Baca juga: ", "Read more: ", "Halaman 2", "Editor: Budi Santoso", "(abc/def)", "ADVERTISEMENT",
           "Artikel ini telah tayang di Contoh.com dengan judul Sesuatu", "[Video]", "#Tagar #Lain"]
SEPS = [" ", "\n", "\n\n", "  ", "\t", "\r\n", "\u2028", " \u200b"]

piece = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HEADLINES), st.sampled_from(MARKERS),
                  st.text(max_size=30))
article = st.lists(st.tuples(piece, st.sampled_from(SEPS)), max_size=25).map(
    lambda parts: "".join(p + s for p, s in parts))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_any_text_tiles_and_is_from_input(text: str) -> None:
    result = declutter.clean(text)
    assert_tiles(text, result)
    assert_from_input(text, result)


@FAST
@given(article)
def test_article_like_text_invariants(text: str) -> None:
    result = declutter.clean(text)
    assert_tiles(text, result)
    assert_from_input(text, result)
    assert 0.0 <= min([p.confidence for p in result.paragraphs] + [1.0]) <= 1.0
    assert all(0.0 <= r.confidence <= 1.0 and r.kind in declutter.KINDS for r in result.removals)
    assert json.loads(json.dumps(result.to_dict(), ensure_ascii=False)) == result.to_dict()


@FAST
@given(article)
def test_idempotent(text: str) -> None:
    once = declutter.clean(text).text
    assert declutter.clean(once).text == once


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\t ", "😀" * 50, "مرحبا بالعالم. هذا نص عربي.", "\x00\x01\x02 abc \x7f",
    "\u200f\u202e Harga naik.\u202c", "a" * 1_000_000, ("Kata " * 200_000), "Baca juga: " * 5000,
])
def test_edge_inputs_return_a_result(text: str) -> None:
    result = declutter.clean(text)
    assert_tiles(text, result)


def test_empty_input_is_an_empty_result() -> None:
    result = declutter.clean("")
    assert (result.text, result.paragraphs, result.removals, result.title) == ("", (), (), None)


@pytest.mark.parametrize("data", [b"Harga naik.", bytearray(b"x")])
def test_bytes_raise_a_clear_type_error(data: bytes) -> None:
    with pytest.raises(TypeError, match="Decode the bytes first"):
        declutter.clean(data)  # type: ignore[arg-type]
    with pytest.raises(declutter.InputError):
        declutter.clean(data)  # type: ignore[arg-type]


def test_non_str_raises_input_type_error() -> None:
    with pytest.raises(declutter.InputTypeError, match="takes str, got int"):
        declutter.clean(42)  # type: ignore[arg-type]


def test_oversize_split_keeps_offsets_into_the_whole_input() -> None:
    para = "Harga cabai di pasar induk naik lagi pada pekan ini.\nBaca juga: Viral Pedagang Menangis\n"
    text = para * 100
    small = declutter.DEFAULTS.replace(max_chars=1000)
    result = declutter.clean(text, settings=small)
    assert_tiles(text, result)
    assert len(result.removals) == 100 and len(result.paragraphs) == 100


def test_oversize_error_is_clear() -> None:
    small = declutter.DEFAULTS.replace(max_chars=1000, oversize="error")
    with pytest.raises(declutter.InputError, match="more than max_chars 1,000"):
        declutter.clean("x" * 1001, settings=small)
