"""The pytest plugin, exercised through pytest's own pytester."""

from __future__ import annotations

import pytest

BODY = "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang."
BEFORE = f"{BODY}\nBaca juga: Viral Pedagang Menangis di Pasar\nHalaman 2\n"
AFTER = f"{BODY}\n"


def make_pair(pytester: pytest.Pytester, case: str, before: str, after: str | None,
              folder: str = "tests/fixtures", ini: bool = True) -> None:
    """A pair in ``folder``; ``ini``: the project opts in by naming tests/fixtures in its ini."""
    if ini and not (pytester.path / "tox.ini").exists():  # where makeini writes
        pytester.makeini("[pytest]\ndeclutter_fixture_dirs = tests/fixtures\n")
    d = pytester.path / folder
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{case}.before.txt").write_text(before, encoding="utf-8")
    if after is not None:
        (d / f"{case}.after.txt").write_text(after, encoding="utf-8")


def test_passing_pair_is_a_test_item_named_by_its_path(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "market", BEFORE, AFTER)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*tests/fixtures/market.before.txt::market PASSED*"])


def test_failing_pair_shows_diff_and_explanation(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "market", BEFORE, f"{BODY}\nBaca juga: Viral Pedagang Menangis di Pasar\n")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*--- expected (market.after.txt)*",
        "*+++ actual (declutter)*",
        "*-Baca juga: Viral Pedagang Menangis di Pasar*",
        "*read_also*opens with a read-more marker*",
        "*pagination*Halaman 2*",
    ])


def test_expect_fail_runs_as_strict_xfail(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "known", BEFORE, "something else\n")
    (pytester.path / "tests/fixtures/known.json").write_text('{"expect": "fail", "comment": "known"}')
    pytester.runpytest().assert_outcomes(xfailed=1)
    (pytester.path / "tests/fixtures/known.after.txt").write_text(AFTER)
    pytester.runpytest().assert_outcomes(failed=1)  # strict: an unexpected pass fails


def test_update_rewrites_after_files_and_reports_them(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "stale", BEFORE, "old output\n")
    make_pair(pytester, "fresh", BEFORE, None)
    make_pair(pytester, "same", BEFORE, AFTER)
    result = pytester.runpytest("--declutter-update")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*declutter: rewrote 2 .after.txt file(s):*"])
    assert (pytester.path / "tests/fixtures/stale.after.txt").read_text() == AFTER
    assert (pytester.path / "tests/fixtures/fresh.after.txt").read_text() == AFTER
    pytester.runpytest().assert_outcomes(passed=3)


def test_missing_after_file_says_how_to_create_it(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "new", BEFORE, None)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*new.after.txt is missing; run pytest --declutter-update*"])


def test_ini_option_sets_the_fixture_directories(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ndeclutter_fixture_dirs = cases\n")
    make_pair(pytester, "in_cases", BEFORE, AFTER, folder="cases")
    make_pair(pytester, "ignored", BEFORE, "wrong\n", folder="tests/fixtures", ini=False)
    pytester.runpytest().assert_outcomes(passed=1)


def test_json_options_set_language_and_settings(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "lenient", BEFORE, BEFORE)
    (pytester.path / "tests/fixtures/lenient.json").write_text('{"settings": {"min_confidence": 1.0}, "lang": "id"}')
    pytester.runpytest().assert_outcomes(passed=1)


def test_json_codes_must_fire(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "codes", BEFORE, AFTER)
    (pytester.path / "tests/fixtures/codes.json").write_text('{"codes": ["read_more_lead_in", "ad_marker"]}')
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*reason codes expected but not among the removals: ad_marker*"])


def test_bad_json_is_a_clear_collection_error(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "bad", BEFORE, AFTER)
    (pytester.path / "tests/fixtures/bad.json").write_text('{"expect": "maybe"}')
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*expect must be 'pass' or 'fail'*"])


def test_project_without_fixtures_runs_normally(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    pytester.runpytest().assert_outcomes(passed=1)


def test_unrelated_project_with_before_after_files_is_untouched(pytester: pytest.Pytester) -> None:
    """A project that keeps SQL snapshots as tests/fixtures/*.before.txt / *.after.txt and never
    asked for the plugin: its files are no tests of ours, and --declutter-update writes nothing."""
    snapshots = pytester.path / "tests" / "fixtures"
    snapshots.mkdir(parents=True)
    (snapshots / "query.before.txt").write_text("SELECT * FROM t WHERE a = 1\n")
    (snapshots / "query.after.txt").write_text("SELECT * FROM t WHERE a = :a\n")
    (snapshots / "orphan.before.txt").write_text("SELECT 1\n")
    pytester.makepyfile(test_sql="def test_snapshot():\n    assert True\n")
    before = {p.name: p.read_bytes() for p in snapshots.iterdir()}
    pytester.runpytest().assert_outcomes(passed=1)
    result = pytester.runpytest("--declutter-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*--declutter-update did nothing: no declutter_fixture_dirs*"])
    assert {p.name: p.read_bytes() for p in snapshots.iterdir()} == before


def test_pairs_outside_the_named_folders_are_not_tests(pytester: pytest.Pytester) -> None:
    make_pair(pytester, "market", BEFORE, AFTER)
    make_pair(pytester, "elsewhere", BEFORE, "wrong\n", folder="other")
    result = pytester.runpytest("--declutter-update")
    result.assert_outcomes(passed=1)
    assert (pytester.path / "other/elsewhere.after.txt").read_text() == "wrong\n"


def test_declutter_clean_fixture_honours_ini_settings(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ndeclutter_settings =\n    min_confidence=1.0\n")
    pytester.makepyfile(test_fx=f"""
def test_keeps_everything(declutter_clean):
    assert declutter_clean({BEFORE!r}).removals == ()
""")
    pytester.runpytest().assert_outcomes(passed=1)


def test_assert_clean_helper_reports_the_same_way() -> None:
    from declutter.testing import assert_clean

    assert_clean(BEFORE, AFTER)
    with pytest.raises(AssertionError, match="(?s)cleaned text differs.*read_also"):
        assert_clean(BEFORE, BEFORE)


# The project's own pairs: it opts in with declutter_fixture_dirs in pyproject.toml. Losing that
# option (or the files) would turn ~70 regression tests into none, silently; this counts them.
OWN_PAIRS_AT_LEAST = 69


def test_the_projects_own_pairs_are_all_collected() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    on_disk = sorted(str(p.relative_to(root)) for p in (root / "tests" / "fixtures").rglob("*.before.txt"))
    r = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                        "tests/fixtures"], cwd=root, capture_output=True, text=True, timeout=300)
    collected = sorted(line.split("::")[0] for line in r.stdout.splitlines() if ".before.txt::" in line)
    assert collected == on_disk, "every tests/fixtures/**/*.before.txt must be a collected test"
    assert len(collected) >= OWN_PAIRS_AT_LEAST, f"only {len(collected)} fixture pairs; were some deleted?"
