"""Issue 16 item 5: each form real Indonesian outlets use, as a case that must be removed and, where ordinary text
looks alike, one that must stay. Short texts in the shapes of the shared corpus (its README names the outlets);
the filter fixtures under tests/fixtures/filters/ hold the longer cases."""

from __future__ import annotations

import pytest

import declutter

B = "Harga cabai rawit naik lagi pada pekan ini karena pasokan dari petani berkurang setelah hujan turun."
B2 = "Pedagang mengaku pembeli mulai berkurang, sementara pemerintah kota berjanji menggelar operasi pasar."

REMOVED = [
    ("sentence-case headline after a lead-in", f"{B}\nBaca juga: Polisi tangkap pencuri motor di kampung nelayan\n{B2}",
     "Polisi tangkap pencuri"),
    ("lead-in in capitals without a colon", f"{B}\nBACA JUGA Harga Bawang Merah Naik Tajam di Kota\n{B2}", "Bawang"),
    ("lead-in with a space before the colon", f"{B}\nBaca Juga : Harga Bawang Merah Naik Tajam di Kota\n{B2}",
     "Bawang"),
    ("lead-in in brackets", f"{B} (Baca Juga: Nasib Ibadah Haji 2020 Diputuskan Akhir Bulan Puasa) {B2}", "Ibadah"),
    ("(Baca: ...)", f"{B} (Baca: Nasib Ibadah Haji 2020 Diputuskan Akhir Bulan Puasa) {B2}", "Ibadah"),
    ("lead-in after >>>", f"{B}\n>>> Baca Juga: Harga Bawang Merah Naik Tajam di Kota\n{B2}", "Bawang"),
    ("lead-in after >>", f"{B}\n>> Baca juga: Harga Bawang Merah Naik Tajam di Kota\n{B2}", "Bawang"),
    ("a dash list of headlines after a lead-in",
     f"{B}\nBaca juga:\n- Harga Bawang Merah Naik Tajam di Kota\n- Petani Kopi Panen Raya di Lereng Gunung\n{B2}",
     "Petani Kopi"),
    ("headline glued with no space", f"{B[:-1]}.Baca Juga:Rusia Usulkan Pemindahan Kantor Pusat PBB dari AS, Apa "
     "Alasannya?Berbagai gelar membuat pedagang itu dikenal warga kota.", "Rusia Usulkan"),
    ("a digest's 'Selengkapnya:' lead-in", f"{B} Selengkapnya: Apa itu Ibu Kota Politik, Status IKN pada 2028 "
     "Partai Demokrasi Indonesia Perjuangan atau PDIP memecat anggota DPRD itu.", "Apa itu Ibu Kota"),
    ("syndication: Sebagian artikel ini", f"{B}\n{B2}\nSebagian artikel ini telah tayang di Contoh.com dengan judul "
     "Harga Cabai Naik Lagi", "Sebagian artikel"),
    ("syndication: lebih dulu tayang", f"{B}\n{B2}\nArtikel ini sudah lebih dulu tayang di Contoh.com. Selengkapnya "
     "klik disini", "lebih dulu"),
    ("syndication: Baca artikel X selengkapnya URL", f'{B}\n{B2}\nBaca artikel detiknews, "Harga Cabai Naik Lagi di '
     'Pasar Induk" selengkapnya https://news.contoh.com/d-123/harga', "Baca artikel"),
    ("channel prompt: Telegram", f"{B}\n{B2}\nIkuti berita terkini dari Contoh.com di Telegram", "Telegram"),
    ("channel prompt: WhatsApp channel", f"{B}\n{B2}\nIkuti WhatsApp Channel Contoh.com untuk update berita terbaru",
     "WhatsApp"),
    ("channel prompt: Google News", f"{B}\n{B2}\nSimak berita lainnya di Google News Contoh.com", "Google News"),
    ("channel prompt: Update berita terkini", f"{B}\n{B2}\nUpdate berita terkini dan viral lainnya di Contoh.com",
     "Update berita"),
    ("video tail: Simak Video", f'{B}\n{B2}\nSimak Video "Harga Cabai Naik di Pasar Induk"', "Simak Video"),
    ("video tail: Tonton juga video", f"{B}\n{B2}\nTonton juga video: Harga Cabai Naik di Pasar Induk", "Tonton"),
    ("inline video embed", f"{B}\n[Gambas:Video 20detik]\n{B2}", "Gambas"),
    ("ad markers in the middle of a line", f"Harga cabai naik pada Senin (15/9). ADVERTISEMENT SCROLL TO CONTINUE WITH "
     f"CONTENT Ia menjelaskan pasokan dari petani berkurang.\n{B2}", "ADVERTISEMENT"),
    ("credit without a colon", f"{B}\n{B2}\nPenulis Budi Santoso | Editor Ani Lestari", "Penulis"),
    ("credit in brackets", f"{B}\n{B2}\n(Penulis: Budi Santoso | Editor: Ani Lestari)", "Penulis"),
    ("source credit", f"{B}\n{B2}\nsumber: Antara", "sumber"),
    ("reporter lead", f"Laporan Wartawan Contoh.com, Budi Santoso\nCONTOH.COM, BANDUNG - {B}\n{B2}", "Laporan Wartawan"),
    ("lower-case tag list after an editor code", f"{B}\n{B2}\n(abc/def)\nharga pangan\noperasi pasar kota",
     "operasi pasar kota"),
    ("pager with an editor code after it", f"{B}\n{B2}\nHalaman 2 dari 3\n(abc/def)", "Halaman"),
    ("bare headlines of other stories at the end", f"{B}\n{B2}\nViral Video Pedagang Menangis di Pasar Induk Kota\n"
     "Daftar Harga Emas Antam Hari Ini Turun Lagi", "Daftar Harga"),
    ("a line of HTML entities", f"{B}\n&nbsp;\n{B2}", "&nbsp;"),
]

KEPT = [
    ("'baca juga' inside a sentence", f"{B} Ia sempat baca juga buku tentang pertanian itu kemarin sore di rumah."),
    ("a name opening the lede", "Komisi Pengawas Persaingan Usaha (KPPU) menetapkan denda kepada perusahaan itu."),
    ("an acronym in brackets mid-sentence", f"Putusan Mahkamah Konstitusi (MK) yang mewajibkan sekolah gratis dibahas "
     f"di DPR. {B2}"),
    ("a numbered list", f"{B2}\nBerikut tiga cara memilih cabai segar:\n1. Pilih cabai yang warnanya cerah.\n"
     "2. Pastikan tangkainya masih hijau.\n3. Hindari cabai yang lembek."),
    ("'selengkapnya:' introducing a list", f"{B2} Berikut jadwal selengkapnya: Senin rapat kerja, Selasa kunjungan."),
    ("a hyphenated word", f"{B2} Foto-foto kegiatan itu diunggah ke media sosial oleh panitia."),
    ("capitals inside a sentence", "Personel TNI AD diperiksa karena melanggar aturan. IKLAN baris itu dipasang warga."),
]


@pytest.mark.parametrize(("form", "text", "piece"), REMOVED, ids=[c[0] for c in REMOVED])
def test_form_is_removed(form: str, text: str, piece: str) -> None:
    result = declutter.clean(text)
    at = text.rindex(piece)
    assert any(r.start <= at < r.end for r in result.removals), f"{form}: {piece!r} kept\n{result.explain()}"


@pytest.mark.parametrize(("form", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_ordinary_text_stays_whole(form: str, text: str) -> None:
    result = declutter.clean(text)
    assert not result.removals and result.title is None, f"{form}: {result.explain()}"
