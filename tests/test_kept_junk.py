"""Issue 16, recall on unseen outlets: junk forms found kept in unseen Indonesian articles (benchmarks/kept.py), each
removed whole, with the ordinary text beside it kept. The cases are fixtures of the filters that now remove them."""

from __future__ import annotations

from pathlib import Path

import pytest

import declutter

FIXTURES = Path(__file__).parent / "fixtures" / "filters"
CASES = [
    "credit_line/fires-bracketed-byline",
    "credit_line/not-bracketed-name-in-sentence",
    "credit_line/fires-editor-code-with-digit",
    "link_prompt/fires-glued-pointer",
    "promo_prompt/not-channel-inside-sentence",
    "broken_sentence/not-tag-run-of-body-words",
    "read_more_lead_in/fires-quoted-video-teaser",
    "link_prompt/fires-next-page-prompt",
    "link_prompt/not-next-page-step-of-a-guide",
    "credit_line/fires-reporter-lead-commas-as-stops",
]


@pytest.mark.parametrize("case", CASES)
def test_case_gives_its_expected_text(case: str) -> None:
    before = (FIXTURES / f"{case}.before.txt").read_text(encoding="utf-8")
    after = (FIXTURES / f"{case}.after.txt").read_text(encoding="utf-8").strip()
    assert declutter.clean(before).text.strip() == after


def test_reporter_name_after_a_stop_needs_the_dateline() -> None:
    """The name after an outlet's full stop (a scraper's comma) goes with the credit only when the dateline in capitals
    follows it: a Title-Case sentence after the outlet stays."""
    lead = "Laporan Wartawan Contoh.com. "
    kept = "Petani Sukamaju Panen. Hasil panen tahun ini lebih baik dibanding tahun lalu karena irigasi diperbaiki."
    assert declutter.clean(lead + kept + "\nWarga menggelar syukuran di balai desa pada akhir pekan ini.").text.startswith(kept)
    text = declutter.clean(lead.replace("com.", "co.") + "Budi Santos. CONTOH.CO. BANDUNG - " + kept[23:]).text
    assert text.startswith("CONTOH.CO. BANDUNG - Hasil panen")
