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


# --- prompts: a dropped link, a hook beside a prompt, an app prompt, the outlet's closing note -------------------

@pytest.mark.parametrize("line", [
    "Baca selengkapnya di sini",
    "Selengkapnya klik disini.",
    "Artikel lengkapnya dapat dibaca di sini .",
    "Selengkapnya cek di sini KLovers.",
    "Klik tautan berikut untuk mendapat info lengkap seputar festival itu.",
])
def test_link_prompt_fires(line: str) -> None:
    assert removed(BODY + line) == [line]


@pytest.mark.parametrize("line", [
    "Pelatih itu menegaskan timnya tidak akan berhenti di sini.",
    "Naskah itu dibaca di sini pada upacara kemarin pagi.",
    "Menurut warga, banyak pedagang berjualan di sini sejak pagi hari.",
])
def test_link_prompt_keeps_here_as_a_place(line: str) -> None:
    assert removed(BODY + line) == []


def test_prompt_hook_goes_with_its_prompt_and_a_question_in_prose_stays() -> None:
    line = "Ingin baca update terbaru selebriti lainnya? Yuk baca di Contoh.com. Kalau bukan sekarang, kapan lagi?"
    assert removed(BODY + line) == [line]
    prose = "Benarkah klaim itu? Polisi memastikan kabar yang beredar di media sosial itu tidak benar."
    assert removed(BODY + prose) == []


def test_channel_prompt_needs_an_address_it_leads_to() -> None:
    assert removed(BODY + "Temukan ulasan menarik lainnya di contoh.com.") == ["Temukan ulasan menarik lainnya di contoh.com."]
    # The outlet named as the article's own source is no prompt.
    for line in ("Simak penelusuran Cek Fakta Contoh.com.",
                 "Simak rekomendasinya berikut ini, sebagaimana telah Contoh.com rangkum dari berbagai sumber."):
        assert removed(BODY + line) == []


def test_app_prompt_opening_with_segera() -> None:
    line = "Segera unduh aplikasi Tontonan sekarang juga dan jangan lupa berlangganan paket olahraga untuk nonton liga."
    assert removed(BODY + line) == [line]


def test_house_note_needs_the_closing_block() -> None:
    note = ("Melawan hoaks sama saja melawan pembodohan. Itu yang mendasari kami membuat kanal Cek Fakta Contoh.com.\n"
            "Jika Anda memiliki informasi yang ingin kami telusuri, silakan kirim ke email cekfakta.contoh@grup.id.")
    text = "Contoh.com, Jakarta - " + BODY + note
    assert [r.text for r in declutter.clean(text).removals] == [note]
    # The same note with the article going on below it is the article's own text.
    assert removed(text + "\n" + BODY.splitlines()[0]) == []
