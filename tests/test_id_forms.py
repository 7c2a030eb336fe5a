"""Indonesian forms of issue 16 that must and must not fire: short excerpts in the shape real outlets write them
(names and figures changed), each checked on the whole pipeline (declutter.clean)."""

from __future__ import annotations

import pytest

import declutter

BODY = ("Pemerintah kota mulai memperbaiki jalan di kawasan pasar induk pada pekan ini setelah banyak warga mengeluh.\n"
        "Menurut kepala dinas, pekerjaan itu ditargetkan selesai sebelum akhir bulan depan dengan anggaran daerah.\n")


def removed(text: str) -> list[str]:
    return [r.text for r in declutter.clean(text).removals]


# --- a name that opens the lede is not a title (no line break put inside it) ------------------------------------

@pytest.mark.parametrize("lede", [
    # A hyphen inside a Title-Case word is a compound, not a dateline's dash.
    "Erupsi Gunung Merapi Laki-Laki di Kabupaten Sleman, Selasa sore kemarin membuat jadwal penerbangan terganggu.",
    # A bracketed acronym after a name, then a lower-case verb: the bracket names the subject.
    "Dinas Pariwisata Nusa Tenggara Barat (NTB) menyesalkan tindakan bupati yang mengusir kapal turis asing.",
    "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) menyoroti budaya kerja direksi perusahaan.",
])
def test_name_opening_the_lede_stays_whole(lede: str) -> None:
    r = declutter.clean(lede + "\n" + BODY)
    assert r.title is None
    assert r.text.splitlines()[0] == lede


@pytest.mark.parametrize("text, title", [
    # A glued hyphen after an all-capitals place is still a dateline.
    ("Harga Cabai Naik Lagi di Pasar Induk MEDAN-Harga cabai merah di pasar induk naik lagi pekan ini.",
     "Harga Cabai Naik Lagi di Pasar Induk"),
    # A bracket followed by a capital opens the lede: the title before it is still cut off.
    ("Banjir Rendam Kota Medan Hari Ini (FOTO) Hujan deras sejak pagi merendam ratusan rumah warga.",
     "Banjir Rendam Kota Medan Hari Ini (FOTO)"),
])
def test_title_glued_to_the_lede_is_still_split(text: str, title: str) -> None:
    r = declutter.clean(text + "\n" + BODY)
    assert r.title is not None and r.title.text == title
