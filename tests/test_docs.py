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


# --- every Python example in the docs runs as written ---------------------------------------------

ROOT = DOCS.parent
THIRD_PARTY = {"dask": ["dask", "distributed"], "datasets": ["datasets"], "pandas": ["pandas"], "trafilatura": ["trafilatura"],
               "datatrove": ["datatrove"], "pyarrow": ["pyarrow"]}


def python_examples() -> list[tuple[str, str]]:
    """(id, code) of every ```python block of the docs and the README that is not a doctest
    (the doctests run through --doctest-glob)."""
    out = []
    for path in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        blocks = re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S)
        out += [(f"{path.name}-{i}", code) for i, code in enumerate(blocks) if ">>>" not in code]
    return out


def _sample_data(folder: Path, code: str) -> None:
    """The files the examples read: a small crawl as JSONL (and as Parquet), a page."""
    import json

    from test_profile import crawl

    texts: list[str | None] = [*crawl(24), None]
    (folder / "crawl").mkdir()
    for part in range(2):
        lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts) if i % 2 == part]
        (folder / "crawl" / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.txt").write_text("Harga cabai naik lagi di pasar induk hari ini.\nHalaman 2\n", encoding="utf-8")
    if "read_parquet" in code:
        pd = pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
        sites = ["kota" if i % 3 else "desa" for i in range(len(texts))]
        pd.DataFrame({"site": sites, "text": texts}).to_parquet(folder / "crawl.parquet")


@pytest.mark.parametrize("name, code", python_examples(), ids=[n for n, _ in python_examples()])
def test_docs_python_example_runs_as_written(name: str, code: str, tmp_path: Path) -> None:
    for module in set(re.findall(r"^(?:from|import) (\w+)", code, re.M)):
        for needed in THIRD_PARTY.get(module, []):
            pytest.importorskip(needed, reason=f"the example {name} needs {needed} (an extra; CI installs it)")
    _sample_data(tmp_path, code)
    script = tmp_path / ("test_example.py" if "def test_" in code else "example.py")
    script.write_text(code, encoding="utf-8")
    if "def test_" in code:  # an example of a test file: pytest runs it, the project having opted in
        (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", script.name]
    else:
        cmd = [sys.executable, script.name]
    r = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"{name} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    if name.startswith("at-scale.md-0"):
        written = sorted((tmp_path / "clean").glob("*.jsonl"))
        assert written and (tmp_path / "site.profile.json").exists()
    if name.startswith("at-scale.md-1"):
        assert sorted(p.name for p in (tmp_path / "profiles").iterdir()) == ["desa.profile.json", "kota.profile.json"]


def test_every_docs_page_is_in_the_site_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert all(p.name in nav for p in DOCS.glob("*.md")), "a docs page is missing from mkdocs.yml's nav"
