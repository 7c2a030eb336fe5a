"""Assertion helpers for tests of cleaned text; the pytest plugin uses the same report.

>>> r = assert_clean("Harga cabai naik lagi hari ini.\\nHalaman 2", "Harga cabai naik lagi hari ini.")
>>> r.removals[0].kind
'pagination'
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .api import clean
from .profile import Profile
from .result import CleanResult
from .settings import DEFAULTS, Settings

OPTION_KEYS = {"lang", "settings", "expect", "comment", "codes", "profile", "input"}


def options_from_json(path: Path) -> dict[str, Any]:
    """Read a fixture's ``<case>.json``: lang, settings (name -> value), expect, comment, codes,
    profile (a profile file, relative to the JSON file; loaded here), input (text, html, auto)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: want a JSON object")
    unknown = set(data) - OPTION_KEYS
    if unknown:
        raise ValueError(f"{path}: unknown key(s) {sorted(unknown)}; known: {sorted(OPTION_KEYS)}")
    if data.get("expect", "pass") not in ("pass", "fail"):
        raise ValueError(f"{path}: expect must be 'pass' or 'fail'")
    if "profile" in data:
        data["profile"] = Profile.load(path.parent / data["profile"])
    return data


def run(before: str, *, lang: str = "auto", settings: Settings | dict[str, Any] | None = None,
        profile: Profile | None = None, input: str = "text") -> CleanResult:
    if isinstance(settings, dict):
        settings = DEFAULTS.replace(**settings)
    return clean(before, lang=lang, settings=settings, profile=profile, input=input)


def mismatch_report(expected: str, result: CleanResult, label: str = "after",
                    missing_codes: Sequence[str] = ()) -> str:
    """A unified diff of expected vs actual clean text, then what was removed and why."""
    diff = difflib.unified_diff(expected.splitlines(), result.text.splitlines(),
                                f"expected ({label})", "actual (declutter)", lineterm="")
    lines = list(diff) or ["(texts are equal)"]
    if missing_codes:
        lines.append(f"reason codes expected but not among the removals: {', '.join(missing_codes)}")
    lines.append("removals (offset, kind, confidence, reason, text):")
    lines.append(result.explain() or "  (none)")
    return "\n".join(lines)


def codes_of(result: CleanResult) -> set[str]:
    return {s.code for r in result.removals for s in r.signals if s.weight > 0}


def assert_clean(before: str, after: str, *, codes: Sequence[str] = (), **options: Any) -> CleanResult:
    """Assert that cleaning ``before`` gives ``after`` (trailing newlines ignored) and that every
    reason code in ``codes`` fired on a removal. Options are ``clean``'s (``lang``,
    ``settings`` as a Settings or a dict). Returns the result."""
    result = run(before, **options)
    missing = sorted(set(codes) - codes_of(result))
    expected = after.rstrip("\n")
    if result.text != expected or missing:
        raise AssertionError("cleaned text differs\n" + mismatch_report(expected, result, missing_codes=missing))
    return result
