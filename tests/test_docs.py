"""The docs say what the code does: every filter, setting and CLI option is documented, the
settings table is current, and the before/after examples in docs/filters.md hold."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

import declutter
from declutter.cli import build_parser
from declutter.filters import FILTERS
from declutter.settings import Settings, settings_table

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_settings_table_is_current() -> None:
    assert settings_table() in (DOCS / "settings.md").read_text(encoding="utf-8"), \
        "docs/settings.md is stale: paste the output of `declutter --list-settings`"


def test_every_filter_has_a_section() -> None:
    text = (DOCS / "filters.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## `(\w+)`", text, re.M)
    assert headings == list(FILTERS), "docs/filters.md sections must follow FILTERS, one each"


def test_every_setting_is_named_in_the_filter_or_how_it_works_docs() -> None:
    text = "".join((DOCS / n).read_text(encoding="utf-8") for n in ("filters.md", "how-it-works.md", "settings.md"))
    for f in dataclasses.fields(Settings):
        assert f"`{f.name}`" in text, f.name


def examples() -> list[tuple[str, str]]:
    text = (DOCS / "filters.md").read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```\n(before:.*?)```", text, re.S):
        before, after = block.split("\nafter:")
        lines = lambda part: [ln[8:] if i else ln.strip() for i, ln in enumerate(part.split("\n"))]  # noqa: E731
        out.append(("\n".join(lines(before[len("before:"):])).strip(), "\n".join(lines(after)).strip()))
    return out


@pytest.mark.parametrize("before, after", examples())
def test_filter_examples(before: str, after: str) -> None:
    assert declutter.clean(before).text == after


def test_cli_doc_covers_every_option() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for action in build_parser()._actions:
        for opt in action.option_strings:
            assert f"`{opt}" in text or f" {opt}" in text, f"{opt} is not in docs/cli.md"


def test_cli_doc_matches_help_output() -> None:
    help_text = subprocess.run([sys.executable, "-m", "declutter", "--help"], capture_output=True,
                               text=True, check=True).stdout.split("examples:")[0]
    in_help = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", help_text))
    documented = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", (DOCS / "cli.md").read_text(encoding="utf-8")))
    assert in_help <= documented, f"in --help but not in docs/cli.md: {sorted(in_help - documented)}"


def test_mkdocs_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs is the [docs] extra; CI installs it")
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                       cwd=DOCS.parent, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
