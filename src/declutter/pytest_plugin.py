"""pytest plugin: each ``<case>.before.txt`` + ``<case>.after.txt`` pair is a test.

Registered through the ``pytest11`` entry point, but it does nothing until a project asks for
it: only the folders named by the ``declutter_fixture_dirs`` ini option are searched for pairs,
and ``--declutter-update`` writes nowhere else. A project that happens to keep its own
``*.before.txt`` files (SQL snapshots, say) runs its tests unchanged with declutter installed.
Options live in the ``declutter`` group; state lives in ``config.stash``. See docs/pytest-plugin.md.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .result import CleanResult
from .testing import codes_of, mismatch_report, options_from_json, run

BEFORE, AFTER, OPTIONS = ".before.txt", ".after.txt", ".json"


@dataclass
class _State:
    update: bool
    dirs: list[Path]
    lang: str
    settings: dict[str, Any]
    changed: list[Path] = field(default_factory=list)


STATE = pytest.StashKey[_State]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("declutter", "declutter before/after fixtures")
    group.addoption("--declutter-update", action="store_true", default=False,
                    help="rewrite each <case>.after.txt from the current output (creating missing ones)")
    parser.addini("declutter_fixture_dirs", type="paths", default=[],
                  help="directories holding <case>.before.txt/.after.txt pairs; the plugin collects nothing until set")
    parser.addini("declutter_lang", default="auto", help="language for fixture pairs and declutter_clean")
    parser.addini("declutter_settings", type="linelist", default=[],
                  help="name=value settings for fixture pairs and declutter_clean")


def pytest_configure(config: pytest.Config) -> None:
    dirs = [Path(p) for p in config.getini("declutter_fixture_dirs")]  # none: the plugin stays out of the way
    from .settings import DEFAULTS

    overrides = DEFAULTS.with_text_values(list(config.getini("declutter_settings")))
    changed = {name: getattr(overrides, name) for name in DEFAULTS.__dataclass_fields__
               if getattr(overrides, name) != getattr(DEFAULTS, name)}
    config.stash[STATE] = _State(config.getoption("declutter_update"), [d.resolve() for d in dirs],
                                 config.getini("declutter_lang"), changed)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash[STATE]
    if not state.dirs or not file_path.name.endswith(BEFORE):
        return None
    resolved = file_path.resolve()
    if not any(resolved.is_relative_to(d) for d in state.dirs):
        return None
    return PairFile.from_parent(parent, path=file_path)


class PairFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        case = self.path.name[: -len(BEFORE)]
        yield PairItem.from_parent(self, name=case)


class Mismatch(Exception):
    def __init__(self, expected: str, result: CleanResult, missing: list[str]) -> None:
        super().__init__("cleaned text differs")
        self.expected, self.result, self.missing = expected, result, missing


class PairItem(pytest.Item):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        base = str(self.path)[: -len(BEFORE)]
        self.after_path = Path(base + AFTER)
        self.options_path = Path(base + OPTIONS)
        self.options = options_from_json(self.options_path) if self.options_path.exists() else {}
        if self.options.get("expect") == "fail" and not self.config.stash[STATE].update:
            self.add_marker(pytest.mark.xfail(strict=True, reason=self.options.get("comment", "expect: fail")))

    def runtest(self) -> None:
        state = self.config.stash[STATE]
        settings = {**state.settings, **self.options.get("settings", {})}
        result = run(self.path.read_text(encoding="utf-8"), lang=self.options.get("lang", state.lang),
                     settings=settings or None, profile=self.options.get("profile"),
                     input=self.options.get("input", "text"))
        actual = result.text + "\n"
        if state.update:
            if self.options.get("expect") == "fail":
                return  # its .after.txt holds the wanted output, not the current one
            if not self.after_path.exists() or self.after_path.read_text(encoding="utf-8") != actual:
                self.after_path.write_text(actual, encoding="utf-8")
                state.changed.append(self.after_path)
            return
        if not self.after_path.exists():
            raise FileNotFoundError(f"{self.after_path.name} is missing; run pytest --declutter-update to create it")
        expected = self.after_path.read_text(encoding="utf-8").rstrip("\n")
        missing = sorted(set(self.options.get("codes", [])) - codes_of(result))
        if result.text != expected or missing:
            raise Mismatch(expected, result, missing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, Mismatch):
            e = excinfo.value
            return mismatch_report(e.expected, e.result, self.after_path.name, e.missing)
        if isinstance(excinfo.value, FileNotFoundError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"declutter pair {self.name}"


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    state = config.stash.get(STATE, None)
    if state is None or not state.update:
        return
    if not state.dirs:
        terminalreporter.write_line("declutter: --declutter-update did nothing: no declutter_fixture_dirs "
                                    "ini option names a folder of <case>.before.txt/.after.txt pairs")
    elif state.changed:
        terminalreporter.write_line(f"declutter: rewrote {len(state.changed)} .after.txt file(s):")
        for path in state.changed:
            terminalreporter.write_line(f"  {path}")
    else:
        terminalreporter.write_line("declutter: every .after.txt already matches")


@pytest.fixture
def declutter_clean(request: pytest.FixtureRequest) -> Callable[..., CleanResult]:
    """``clean`` configured by the ``declutter_lang`` and ``declutter_settings`` ini options."""
    state = request.config.stash[STATE]
    return functools.partial(run, lang=state.lang, settings=state.settings or None)
