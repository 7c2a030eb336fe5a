"""JSONL streaming for the CLI: read records, clean one field, write records back in order.

Memory stays bounded: lines are read in chunks, at most ``2 * jobs`` chunks are in flight,
and results are written as soon as the oldest chunk is done, so the order is kept.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import IO, Any

from .api import clean
from .errors import DeclutterError
from .explain import explain_lines
from .profile import Profile
from .settings import Settings

CHUNK_LINES = 200
PROGRESS_EVERY_S = 1.0


@dataclass(frozen=True)
class JsonlOptions:
    field: str
    output_field: str
    detail: bool
    explain: bool
    lang: str
    settings: Settings
    errors: str  # "strict" or "replace": invalid UTF-8 in a line
    on_error: str  # "stop" or "pass"
    profile: Profile | None = None
    html: bool = False  # the field holds HTML (else: HTML when it starts like a page)


@dataclass(frozen=True)
class LineResult:
    lineno: int
    output: bytes  # the line to write, newline included
    error: str | None = None
    explanation: str = ""


class WorkerError(DeclutterError):
    """A worker process of ``--jobs`` died."""


class RecordError(DeclutterError):
    """A line that is not a usable record; carries its line number."""

    def __init__(self, lineno: int, message: str) -> None:
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def _dump(record: dict[str, Any]) -> bytes:
    text = json.dumps(record, ensure_ascii=False)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes: keep them escaped
        return json.dumps(record).encode("ascii") + b"\n"


def parse_record(raw: bytes, errors: str) -> dict[str, Any]:
    """One JSONL line as a JSON object; ValueError says what is wrong with it."""
    try:
        record = json.loads(raw.decode("utf-8", errors=errors))
    except UnicodeDecodeError as e:
        raise ValueError(f"invalid UTF-8 at byte {e.start} (use --errors replace)") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    if not isinstance(record, dict):
        raise ValueError(f"a JSON object is wanted, got {type(record).__name__}")
    return record


def field_problem(record: dict[str, Any], field: str) -> str | None:
    """Why ``record[field]`` is not a string to clean, or None when it is."""
    if field not in record:
        return f"field {field!r} is missing"
    if not isinstance(record[field], str):
        return f"field {field!r} is {type(record[field]).__name__}, not a string"
    return None


def read_record_text(raw: bytes, field: str, errors: str) -> str:
    """The string under ``field`` of one JSONL line; ValueError says what is wrong."""
    record = parse_record(raw, errors)
    problem = field_problem(record, field)
    if problem:
        raise ValueError(problem)
    return str(record[field])


def process_line(lineno: int, raw: bytes, opts: JsonlOptions) -> LineResult:
    """Clean one JSONL line; a bad line gives a LineResult with ``error`` set."""
    try:
        record = parse_record(raw, opts.errors)
    except ValueError as e:
        return _bad(lineno, raw, str(e), None, opts)
    problem = field_problem(record, opts.field)
    if problem:
        return _bad(lineno, raw, problem, record, opts)
    value = record[opts.field]
    result = clean(value, lang=opts.lang, settings=opts.settings, profile=opts.profile,
                   input="html" if opts.html else "auto")
    record[opts.output_field] = result.text
    if opts.detail:
        detail = result.to_dict()
        del detail["text"]
        record["declutter"] = detail
    explanation = ""
    if opts.explain and result.removals:
        explanation = "".join(f"line {lineno}: {e}\n" for e in explain_lines(result))
    return LineResult(lineno, _dump(record), None, explanation)


def _bad(lineno: int, raw: bytes, message: str, record: dict[str, Any] | None,
         opts: JsonlOptions) -> LineResult:
    if record is None:
        # Not a record at all: pass the raw line through inside a record that says why.
        record = {"declutter_raw": raw.decode("utf-8", errors="replace").rstrip("\r\n")}
    record["declutter_error"] = message
    return LineResult(lineno, _dump(record), message)


def _process_chunk(chunk: list[tuple[int, bytes]], opts: JsonlOptions) -> list[LineResult]:
    return [process_line(n, raw, opts) for n, raw in chunk]


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue  # blank lines carry no record
        chunk.append((n, raw))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Progress:
    """Records done, rate and percent on stderr when it is a terminal."""

    def __init__(self, enabled: bool, total_bytes: int | None) -> None:
        self.enabled, self.total = enabled, total_bytes
        self.start = self.last = time.monotonic()
        self.records = 0

    def update(self, records: int, bytes_read: int) -> None:
        self.records += records
        now = time.monotonic()
        if not self.enabled or now - self.last < PROGRESS_EVERY_S:
            return
        self.last = now
        rate = self.records / max(now - self.start, 1e-9)
        pct = f", {100 * bytes_read / self.total:.1f}%" if self.total else ""
        sys.stderr.write(f"\r{self.records:,} records, {rate:,.0f}/s{pct}  ")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.records:
            sys.stderr.write("\n")


class _CountingReader:
    """Iterates the lines of a binary stream and counts the bytes read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.bytes = stream, 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            self.bytes += len(line)
            yield line


def run_jsonl(inputs: list[IO[bytes]], out: IO[bytes], opts: JsonlOptions, jobs: int,
              progress: bool) -> int:
    """Clean every record of ``inputs`` to ``out``; returns the number of bad records passed."""
    total = _total_size(inputs)
    readers = [_CountingReader(s) for s in inputs]
    lines = (line for r in readers for line in r)
    meter = Progress(progress, total)
    passed = 0

    def emit(results: list[LineResult]) -> None:
        nonlocal passed
        for r in results:
            if r.error is not None:
                if opts.on_error == "stop":
                    raise RecordError(r.lineno, r.error)
                passed += 1
            if r.explanation:
                sys.stderr.write(r.explanation)
            out.write(r.output)
        meter.update(len(results), sum(r.bytes for r in readers))

    chunks = _chunks(lines, CHUNK_LINES)
    if jobs <= 1:
        for chunk in chunks:
            emit(_process_chunk(chunk, opts))
    else:
        ctx = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
        with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
            pending: deque[Future[list[LineResult]]] = deque()
            try:
                for chunk in chunks:
                    pending.append(pool.submit(_process_chunk, chunk, opts))
                    if len(pending) >= 2 * jobs:
                        emit(pending.popleft().result())
                while pending:
                    emit(pending.popleft().result())
            except BrokenProcessPool:
                raise WorkerError("a worker process died (killed or out of memory); the output "
                                  "holds every record before the first unfinished one") from None
            finally:
                for f in pending:
                    f.cancel()
    meter.done()
    return passed


def _total_size(inputs: list[IO[bytes]]) -> int | None:
    total = 0
    for s in inputs:
        try:
            st = os.fstat(s.fileno())
        except (OSError, ValueError, AttributeError):
            return None
        if not st.st_size:
            return None
        total += st.st_size
    return total
