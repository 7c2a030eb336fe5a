"""The code passes the project's ruff rules and mypy's checks (pyproject.toml): no magic numbers
in filters, sorted imports, no unused code, types that hold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_passes() -> None:
    pytest.importorskip("ruff", reason="ruff is in the [test] extra; the runtime-only CI run has no linters")
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    r = subprocess.run([ruff, "check", "src", "tests", "benchmarks", "fuzz"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_passes() -> None:
    pytest.importorskip("mypy", reason="mypy is in the [test] extra; the runtime-only CI run has no linters")
    r = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
