"""Coverage-guided fuzzing of declutter with atheris (``pip install -e '.[fuzz]'``).

    python fuzz/fuzz_targets.py clean -atheris_runs=20000          # declutter.clean on any str
    python fuzz/fuzz_targets.py jsonl -atheris_runs=20000          # the CLI's JSONL line reader

A target fails on any exception other than the documented ones, on a broken invariant (spans
must tile the input's non-whitespace; output must come from the input) and on a crash.
Any extra arguments go to libFuzzer (``-max_total_time=60``, a corpus directory, ...).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import declutter
    from declutter.jsonl import JsonlOptions, process_line
    from declutter.settings import DEFAULTS

OPTS = JsonlOptions("text", "text", True, True, "auto", DEFAULTS, "strict", "pass")


def check_clean(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    result = declutter.clean(text)
    spans = sorted([(p.start, p.end) for p in result.paragraphs] + [(r.start, r.end) for r in result.removals]
                   + ([(result.title.start, result.title.end)] if result.title else []))
    covered = bytearray(len(text))
    last = 0
    for a, b in spans:
        if a < last or a >= b:
            raise AssertionError(f"overlapping or empty span {a}:{b}")
        covered[a:b] = b"\x01" * (b - a)
        last = b
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace():
            raise AssertionError(f"character {ch!r} at {i} lost")
    pos = 0
    for line in result.text.split("\n"):
        at = text.find(line, pos)
        if at < 0:
            raise AssertionError(f"output line not in the input: {line[:40]!r}")
        pos = at + len(line)


def check_jsonl(data: bytes) -> None:
    result = process_line(1, data, OPTS)
    if not result.output.endswith(b"\n") or b"\n" in result.output[:-1]:
        raise AssertionError("a record must be exactly one output line")


TARGETS = {"clean": check_clean, "jsonl": check_jsonl}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: python fuzz/fuzz_targets.py {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
