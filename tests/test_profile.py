"""Site profiles: learning, the junk-shape rule, matching, the file format and the CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from test_cli import EXE

import declutter
from declutter.profile import Counts, Profile, normalise

BODIES = [
    "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan dari petani berkurang.",
    "Pemerintah kota akan menggelar operasi pasar di tiga kecamatan mulai hari Senin depan.",
    "Warga mengeluhkan kenaikan harga beras yang terjadi sejak awal bulan di seluruh kota.",
    "Dinas pertanian mencatat luas panen padi tahun ini lebih besar dari tahun sebelumnya.",
    "Polisi menutup sebagian jalan utama selama perbaikan jembatan yang rusak akibat banjir.",
    "Sekolah di desa itu kembali dibuka setelah renovasi gedung selesai dikerjakan bulan lalu.",
]
CREDIT = "Tim Redaksi Kota Raya."
TEASER = "Cek Daftar Harga Emas Antam Terbaru Hari Ini"
SLOGAN = "Kota kami adalah kota yang bersih dan nyaman untuk semua warganya."  # prose that recurs


def crawl(n: int = 6) -> list[str]:
    return [f"{BODIES[i % len(BODIES)][:-1]} pada hari ke-{i}.\n{TEASER} {i}\n{CREDIT}" for i in range(n)]


def test_normalise_folds_case_digits_punctuation_space() -> None:
    assert normalise("  Cek  Harga: Emas, 2024!") == "cek harga emas 0000"


def test_learn_keeps_recurring_junk_with_counts() -> None:
    profile = Profile.learn(crawl(), min_docs=3)
    keys = {e.text: e.docs for e in profile.entries}
    assert keys[normalise(CREDIT)] == 6
    assert keys[normalise(TEASER + " 0")] == 6  # "… Hari Ini 0" … "5" normalise alike
    assert all(normalise(b) not in keys for b in BODIES)


def test_near_variants_merge_into_the_most_frequent() -> None:
    docs = [f"{BODIES[i]}\nCek Daftar Harga Emas Antam Terbaru Hari Ini" for i in range(4)]
    docs += [f"{BODIES[i]}\nCek Daftar Harga Emas Antam Terbaru Hari Ini!!" + "s" for i in range(4, 6)]
    profile = Profile.learn(docs, min_docs=3, similarity=90)
    assert [(e.text, e.docs) for e in profile.entries] == [("cek daftar harga emas antam terbaru hari ini", 6)]


def test_recurring_prose_needs_to_recur_far_above_chance() -> None:
    docs = [f"{BODIES[i % 6][:-1]} pada hari ke-{i}.\n{SLOGAN}" for i in range(10)]
    some = docs[:3] + [f"{BODIES[i % 6][:-1]} pada hari ke-{i}." for i in range(3, 30)]
    assert all(e.text != normalise(SLOGAN) for e in Profile.learn(some, min_docs=3, prose_min_share=0.2).entries)
    assert any(e.text == normalise(SLOGAN) for e in Profile.learn(docs, min_docs=3, prose_min_share=0.2).entries)


def test_min_share_boundary() -> None:
    docs = crawl(3) + [BODIES[i % 6][:-1] + f" pada hari ke-{i}." for i in range(7)]  # 3 of 10 documents
    assert Profile.learn(docs, min_docs=1, min_share=0.3).entries
    assert not Profile.learn(docs, min_docs=1, min_share=0.31).entries


def test_clean_with_profile_removes_recurring_piece_with_its_reason() -> None:
    profile = Profile.learn(crawl(), min_docs=3)
    text = f"{BODIES[0]}\n{CREDIT}"
    assert declutter.clean(text).text == text  # a short sentence: kept without the profile
    result = declutter.clean(text, profile=profile)
    assert result.text == BODIES[0]
    assert result.removals[0].kind == "recurring"
    assert result.removals[0].reason == "seen in 6 of 6 documents of the profile"


def test_known_piece_inside_a_run_and_near_variant() -> None:
    profile = Profile.learn(crawl(), min_docs=3)
    run = f"{BODIES[1]}\nViral Warga Tolong Nenek {TEASER} 9 Halaman 2"
    assert "Viral" not in declutter.clean(run, profile=profile).text
    variant = f"{BODIES[2]}\nCek Daftar Harga Emas Antam Terbaru Hari Ini Juga"
    codes = {s.code for r in declutter.clean(variant, profile=profile).removals for s in r.signals}
    assert "profile_match" in codes


def test_prose_containing_a_known_piece_is_not_matched_inside() -> None:
    profile = Profile.learn(crawl(), min_docs=3)
    text = f"{BODIES[3]}\nMenurut pedagang, {TEASER.lower()} selalu dicari pembeli di pasar."
    assert declutter.clean(text, profile=profile).text == text


def test_counts_merge_equals_one_pass() -> None:
    docs = crawl(8)
    whole = Counts()
    for d in docs:
        whole.add(d)
    a, b = Counts(), Counts()
    for d in docs[5:]:
        a.add(d)
    for d in docs[:5]:
        b.add(d)
    merged = a.merge(b)
    assert (merged.docs, merged.pieces, merged.examples, merged.prose) == (whole.docs, whole.pieces, whole.examples, whole.prose)


def test_save_load_round_trip_is_readable_json(tmp_path: Path) -> None:
    profile = Profile.learn(crawl(), min_docs=3)
    path = tmp_path / "site.profile.json"
    profile.save(path)
    data = json.loads(path.read_text())
    assert data["format"] == "declutter-profile" and data["version"] == 1 and data["documents"] == 6
    assert {"text", "example", "docs"} <= set(data["entries"][0])
    again = Profile.load(path)
    assert again.to_dict() == profile.to_dict()


def test_hand_edited_entry_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"format": "declutter-profile", "version": 1, "documents": 10,
                                "entries": [{"text": "Ikuti Kanal Kami!", "docs": 10}]}))
    result = declutter.clean(f"{BODIES[0]}\nIkuti kanal kami", profile=Profile.load(path))
    assert result.text == BODIES[0]


@pytest.mark.parametrize("content, message", [
    ("{not json", "invalid JSON"),
    ('{"entries": []}', "not a declutter profile"),
    ('{"format": "declutter-profile", "version": 2, "documents": 1, "entries": []}', "newer than this declutter"),
    ('{"format": "declutter-profile", "version": 1, "documents": 1, "entries": [{"docs": 1}]}', "malformed entry"),
])
def test_bad_profile_files_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(content)
    with pytest.raises(declutter.ProfileError, match=message):
        Profile.load(path)


def test_cli_learn_then_clean_with_profile(tmp_path: Path) -> None:
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in crawl()))
    prof = tmp_path / "site.profile.json"
    r = subprocess.run([EXE, "learn", "--jsonl", str(corpus), "-o", str(prof), "--min-docs", "3"],
                       capture_output=True, timeout=120)
    assert r.returncode == 0 and b"learnt 2 recurring piece(s) from 6 document(s)" in r.stderr
    r = subprocess.run([EXE, "--profile", str(prof), "--explain"], input=f"{BODIES[0]}\n{CREDIT}".encode(),
                       capture_output=True, timeout=120)
    assert r.stdout.decode() == BODIES[0] + "\n" and b"seen in 6 of 6 documents" in r.stderr


def test_cli_learn_bad_record_and_bad_profile(tmp_path: Path) -> None:
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_text(json.dumps({"text": "a"}) + "\nnot json\n")
    r = subprocess.run([EXE, "learn", "--jsonl", str(corpus), "-o", str(tmp_path / "p.json")], capture_output=True)
    assert r.returncode == 1 and b"line 2: invalid JSON" in r.stderr and not (tmp_path / "p.json").exists()
    r = subprocess.run([EXE, "learn", "--jsonl", "--on-error", "pass", str(corpus), "-o", str(tmp_path / "p.json")],
                       capture_output=True)
    assert r.returncode == 0 and b"1 bad record(s) skipped" in r.stderr
    (tmp_path / "bad.json").write_text("[]")
    r = subprocess.run([EXE, "--profile", str(tmp_path / "bad.json")], input=b"x", capture_output=True)
    assert r.returncode == 1 and b"not a declutter profile" in r.stderr and b"Traceback" not in r.stderr
