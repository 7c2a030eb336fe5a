"""JSONL streaming for the CLI: read records, clean one field, write records back in order.

Memory stays bounded: lines are read in chunks, at most ``2 * jobs`` chunks are in flight,
and results are written as soon as the oldest chunk is done, so the order is kept. Each record
is named by its file and line in errors and explanations; a record that cannot be cleaned (bad
JSON, no string to clean, an error or the ``--timeout`` budget spent while cleaning it) follows
``on_error`` (declutter.records): ``raise`` stops, ``pass`` writes it through with a
``declutter_error`` field, ``skip`` leaves it out. Either way the run summary counts it.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import re
import secrets
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, Any

from .api import clean
from .budget import time_budget
from .errors import DeclutterError
from .explain import explain_lines
from .profile import Profile
from .records import ERROR_FIELD, describe
from .settings import Settings
from .streams import label, lines_of

# Not settings: I/O chunking, a stderr notice's size and count, and Python's int() digit limit (bounds, no thresholds).
CHUNK_LINES = 200
HUGE_RECORD_BYTES = 2_000_000  # a notice on stderr: such a record takes seconds and much memory
HUGE_NOTICES = 5  # at most this many, then one line saying more were not reported
INT_DIGITS = 4000  # Python's int() refuses more than 4,300 digits


@dataclass(frozen=True)
class JsonlOptions:
    field: str
    output_field: str
    detail: bool
    explain: bool
    lang: str
    settings: Settings
    errors: str  # "strict" or "replace": invalid UTF-8 in a line
    on_error: str  # "raise", "pass" or "skip"
    profile: Profile | None = None
    html: bool = False  # the field holds HTML (else: HTML when it starts like a page)
    timeout: float | None = None  # seconds per record


@dataclass(frozen=True)
class LineResult:
    where: str  # "corpus.jsonl: line 12"
    output: bytes  # the line to write, newline included ("" when skipped)
    error: str | None = None
    explanation: str = ""
    kinds: tuple[tuple[str, int], ...] = ()  # removals by kind


class WorkerError(DeclutterError):
    """A worker process of ``--jobs`` died."""


class RecordError(DeclutterError):
    """A record that could not be cleaned, with ``on_error="raise"``; names its file and line."""


# A number Python cannot hold as written (1e400 becomes inf, which json writes as the non-JSON
# "Infinity"; an integer of more than 4,300 digits is refused): kept as its literal inside a
# marked string and written back unchanged. The nonce keeps a record's own text from matching.
_NONCE = secrets.token_hex(6)
_LITERAL = re.compile(r'"\\u0000' + _NONCE + r':([-+0-9.eE]+)\\u0000"')


class _Number(str):
    """A JSON number literal kept as text (see above)."""


def _parse_float(literal: str) -> float | _Number:
    value = float(literal)
    return value if math.isfinite(value) else _Number(f"\x00{_NONCE}:{literal}\x00")


def _parse_int(literal: str) -> int | _Number:
    digits = len(literal.lstrip("-"))
    return int(literal) if digits <= INT_DIGITS else _Number(f"\x00{_NONCE}:{literal}\x00")


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _dump(record: dict[str, Any]) -> bytes:
    text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    if _NONCE in text:
        text = _LITERAL.sub(r"\1", text)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes: keep them escaped
        return _LITERAL.sub(r"\1", json.dumps(record, allow_nan=False)).encode("ascii") + b"\n"


def parse_record(raw: bytes, errors: str) -> dict[str, Any]:
    """One JSONL line as a JSON object; ValueError says what is wrong with it."""
    try:
        record = json.loads(raw.decode("utf-8", errors=errors), parse_float=_parse_float,
                            parse_int=_parse_int, parse_constant=_refuse_constant)
    except UnicodeDecodeError as e:
        raise ValueError(f"invalid UTF-8 at byte {e.start} (use --errors replace)") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise ValueError(f"a JSON object is wanted, got {type(record).__name__}")
    return record


def field_problem(record: dict[str, Any], field: str) -> str | None:
    """Why ``record[field]`` is not a string to clean, or None when it is."""
    if field not in record:
        return f"field {field!r} is missing"
    value = record[field]
    if isinstance(value, _Number):
        return f"field {field!r} is a number, not a string"
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return f"field {field!r} is {kind}, not a string"
    return None


def read_record_text(raw: bytes, field: str, errors: str) -> str:
    """The string under ``field`` of one JSONL line; ValueError says what is wrong."""
    record = parse_record(raw, errors)
    problem = field_problem(record, field)
    if problem:
        raise ValueError(problem)
    return str(record[field])


def process_line(where: str, raw: bytes, opts: JsonlOptions) -> LineResult:
    """Clean one JSONL line; a record that could not be cleaned gives ``error`` set."""
    try:
        record = parse_record(raw, opts.errors)
    except ValueError as e:
        return _bad(where, raw, str(e), None, opts)
    problem = field_problem(record, opts.field)
    if problem:
        return _bad(where, raw, problem, record, opts)
    try:
        with time_budget(opts.timeout):
            result = clean(record[opts.field], lang=opts.lang, settings=opts.settings, profile=opts.profile,
                           input="html" if opts.html else "auto")
    except Exception as e:  # the record's own failure; the run goes on as on_error says
        return _bad(where, raw, f"could not be cleaned: {describe(e)}", record, opts)
    record[opts.output_field] = result.text
    record.pop(ERROR_FIELD, None)  # cleaned now: an error written by an earlier run no longer holds
    if opts.detail:
        detail = result.to_dict()
        del detail["text"]
        record["declutter"] = detail
    explanation = ""
    if opts.explain and result.removals:
        explanation = "".join(f"{where}: {e}\n" for e in explain_lines(result))
    kinds = tuple(Counter(r.kind for r in result.removals).items())
    return LineResult(where, _dump(record), None, explanation, kinds)


def _bad(where: str, raw: bytes, message: str, record: dict[str, Any] | None, opts: JsonlOptions) -> LineResult:
    if opts.on_error != "pass":
        return LineResult(where, b"", message)
    if record is None:
        # Not a record at all: pass the raw line through inside a record that says why.
        record = {"declutter_raw": raw.decode("utf-8", errors="replace").rstrip("\r\n")}
    record[ERROR_FIELD] = message
    return LineResult(where, _dump(record), message)


def _process_chunk(chunk: list[tuple[str, bytes]], opts: JsonlOptions) -> list[LineResult]:
    return [process_line(where, raw, opts) for where, raw in chunk]


@dataclass
class Summary:
    """What a run did, for the line on stderr at its end."""

    records: int = 0
    errors: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    huge: int = 0

    def add(self, r: LineResult) -> None:
        self.records += 1
        self.errors += r.error is not None
        self.kinds.update(dict(r.kinds))

    def line(self, seconds: float, on_error: str) -> str:
        removed = ", ".join(f"{n:,} {kind}" for kind, n in self.kinds.most_common()) or "none"
        fate = {"pass": "written through with a 'declutter_error' field", "skip": "left out"}.get(on_error, "")
        errors = f"{self.errors:,} could not be cleaned ({fate})" if self.errors else "no errors"
        rate = self.records / seconds if seconds > 0 else 0.0
        return (f"declutter: {self.records:,} records in {seconds:.1f} s ({rate:,.0f}/s); "
                f"removed: {removed}; {errors}")


def _chunks(named: Iterable[tuple[str, IO[bytes]]], size: int, summary: Summary,
            notice: Any) -> Iterator[list[tuple[str, bytes]]]:
    chunk: list[tuple[str, bytes]] = []
    for name, stream in named:
        for n, raw in enumerate(lines_of(stream, name), 1):
            if not raw.strip():
                continue  # blank lines carry no record
            where = f"{label(name)}: line {n}"
            if len(raw) >= HUGE_RECORD_BYTES:
                summary.huge += 1
                if summary.huge <= HUGE_NOTICES:
                    notice(f"declutter: {where} is a {len(raw) / 1e6:.1f} MB record; cleaning it takes a while "
                           "and much memory (--timeout SECONDS bounds the time)\n")
                elif summary.huge == HUGE_NOTICES + 1:
                    notice("declutter: more large records follow; not reported one by one\n")
            chunk.append((where, raw))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def run_jsonl(inputs: list[tuple[str, IO[bytes]]], out: IO[bytes], opts: JsonlOptions, jobs: int,
              progress: Any) -> Summary:
    """Clean every record of the named ``inputs`` to ``out``; returns what was done.
    ``progress(n)`` is called after each chunk of ``n`` records is written."""
    summary = Summary()

    def emit(results: list[LineResult]) -> None:
        for r in results:
            if r.error is not None and opts.on_error == "raise":
                raise RecordError(f"{r.where}: {r.error}")
            summary.add(r)
            if r.explanation:
                sys.stderr.write(r.explanation)
            out.write(r.output)
        progress(len(results))

    chunks = _chunks(inputs, CHUNK_LINES, summary, sys.stderr.write)
    if jobs <= 1:
        for chunk in chunks:
            emit(_process_chunk(chunk, opts))
        return summary
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
            raise WorkerError("a worker process died (killed or out of memory)") from None
        finally:
            for f in pending:
                f.cancel()
    return summary


class Progress:
    """Records done, rate and percent on stderr when it is a terminal."""

    EVERY_S = 1.0

    def __init__(self, enabled: bool, total_bytes: int | None) -> None:
        self.enabled, self.total = enabled, total_bytes
        self.start = self.last = time.monotonic()
        self.records = 0
        self.shown = False

    def update(self, records: int, bytes_read: int) -> None:
        """``records`` more are done; ``bytes_read`` of the input(s) so far."""
        self.records += records
        now = time.monotonic()
        if not self.enabled or now - self.last < self.EVERY_S:
            return
        self.last = now
        rate = self.records / max(now - self.start, 1e-9)
        pct = f", {100 * min(bytes_read / self.total, 1.0):.1f}%" if self.total else ""
        sys.stderr.write(f"\r{self.records:,} records, {rate:,.0f}/s{pct}  ")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
