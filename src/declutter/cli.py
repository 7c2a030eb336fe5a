"""The ``declutter`` command: a filter for shell pipes, over text or JSONL."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from html import escape
from typing import IO

from . import __version__
from .api import clean, clean_html
from .budget import supported as budget_supported
from .budget import time_budget
from .errors import DeclutterError, SettingsError
from .explain import explain_lines
from .html import looks_like_html
from .jsonl import JsonlOptions, Progress, RecordError, WorkerError, read_record_text, run_jsonl
from .lang import available
from .profile import Profile
from .records import ON_ERROR, describe
from .result import CleanResult
from .settings import DEFAULTS, Settings, settings_table
from .streams import Output, close_input, label, lines_of, open_input, read_all
from .view import PAGE_TAIL, page_head, render_section

EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130


class UsageError(DeclutterError):
    """The input is fine but the options do not fit it (exit 2)."""

EPILOG = """examples:
  declutter article.txt                       clean one article, print the text
  curl -s URL | some-extractor | declutter    clean standard input
  declutter --explain article.txt             also say on stderr what was removed and why
  declutter --format json article.txt         the full result: title, paragraphs, removals
  declutter --jsonl -j 4 corpus.jsonl.gz -o clean.jsonl.gz
                                              clean the "text" field of every record, 4 workers
  declutter --format html article.txt -o view.html
                                              a page showing each removal highlighted and labelled
  declutter --jsonl --field body --output-field clean_body --detail in.jsonl
  declutter --set min_confidence=0.8 --set headline_title_case_min=0.8 article.txt
  curl -s URL | declutter --explain           an HTML page (detected by <html or <!doctype)

exit status: 0 ok, 1 bad input, 2 usage error, 130 interrupted.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="declutter", description="Remove teaser headlines, read-more links, pagination, credits, "
        "promos and ads from scraped news text, keeping the article.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none for standard input")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--format", choices=("text", "json", "html"), default="text",
                   help="text mode output: clean text, the full result as JSON, or an HTML page with each "
                   "removal highlighted and labelled (default: text)")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines: clean one field of each record")
    p.add_argument("--field", default="text", help="JSONL field to clean (default: text)")
    p.add_argument("--output-field", metavar="NAME",
                   help="JSONL field for the clean text (default: the --field itself)")
    p.add_argument("--detail", action="store_true",
                   help="JSONL: add title, junk_share, paragraphs and removals under a 'declutter' key "
                   "(default: off)")
    p.add_argument("--explain", action="store_true",
                   help="one line per removal on stderr: offset, kind, confidence, reason, text (default: off)")
    p.add_argument("--lang", default="auto", choices=("auto", *available()),
                   help="language of the input (default: auto)")
    p.add_argument("--min-confidence", type=float, metavar="X",
                   help=f"remove a piece when its junk confidence is at least X (default: {DEFAULTS.min_confidence})")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override any setting, repeatable; see --list-settings (default: none)")
    p.add_argument("--list-settings", action="store_true", help="print every setting with its default and exit")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="JSONL: worker processes, 0 for one per CPU (default: 1)")
    p.add_argument("--errors", choices=("strict", "replace"), default="strict",
                   help="invalid UTF-8: stop with an error, or replace bad bytes with U+FFFD (default: strict)")
    p.add_argument("--on-error", choices=ON_ERROR, default="raise",
                   help="a record (or file) that cannot be cleaned: stop with exit 1 (raise), write it through "
                   "uncleaned with a 'declutter_error' field (pass), or leave it out (skip) (default: raise)")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="time budget per record (or file); a record over it goes as --on-error says "
                   "(default: none)")
    p.add_argument("--html", action="store_true",
                   help="input is HTML (default: HTML when it starts with <html or <!doctype, else text)")
    p.add_argument("--profile", metavar="FILE",
                   help="a site profile from 'declutter learn': pieces it saw recurring are removed (default: none)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr (default: progress on a terminal)")
    p.add_argument("--version", action="version", version=f"declutter {__version__}")
    return p


def build_learn_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="declutter learn", description="Learn a site profile: the pieces (teasers, footers, credits) "
        "that recur across many documents of one site. See docs/profiles.md.",
        epilog="example:\n  declutter learn --jsonl crawl.jsonl -o site.profile.json\n"
        "  declutter --profile site.profile.json --jsonl crawl.jsonl -o clean.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="documents: one per file, or JSONL records with --jsonl; '-' or none for standard input")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the profile (JSON)")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines, one document per record")
    p.add_argument("--field", default="text", help="JSONL field holding the text (default: text)")
    p.add_argument("--min-docs", type=int, default=3, help="fewest documents a piece must recur in (default: 3)")
    p.add_argument("--min-share", type=float, default=0.01,
                   help="least share of the documents a piece must recur in (default: 0.01)")
    p.add_argument("--prose-min-share", type=float, default=0.2,
                   help="least share for a piece that reads as prose, not junk (default: 0.2)")
    p.add_argument("--similarity", type=float, default=90.0,
                   help="rapidfuzz ratio from which variants merge (default: 90)")
    p.add_argument("--lang", default="auto", choices=("auto", *available()), help="language (default: auto)")
    p.add_argument("--errors", choices=("strict", "replace"), default="strict",
                   help="invalid UTF-8: stop, or replace bad bytes (default: strict)")
    p.add_argument("--on-error", choices=ON_ERROR, default="raise",
                   help="JSONL bad record: stop with exit 1 (raise), or leave it out and count it "
                   "(pass, skip) (default: raise)")
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    settings = DEFAULTS.with_text_values(args.set)
    if args.min_confidence is not None:
        settings = settings.replace(min_confidence=args.min_confidence)
    return settings


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["learn"]:
        return _guarded(lambda: learn_main(argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_settings:
        print(settings_table())
        return 0
    try:
        settings = settings_from(args)
    except SettingsError as e:
        parser.error(str(e))
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if not args.jsonl and (args.detail or args.output_field or args.jobs != 1):
        parser.error("--detail, --output-field and --jobs apply to --jsonl input")
    if args.jsonl and args.format != "text":
        parser.error(f"--format {args.format} applies to text input; with --jsonl, --detail adds the full "
                     "result to each record")
    if args.timeout is not None and not (args.timeout > 0 and args.timeout < float("inf")):
        parser.error("--timeout must be a positive number of seconds")
    if args.timeout and not budget_supported():
        parser.error("--timeout needs SIGALRM (POSIX); it is not available here")
    output = Output(args.output)

    def run() -> int:
        profile = Profile.load(args.profile) if args.profile else None
        with output as out:
            if args.jsonl:
                return _run_jsonl(args, settings, out, profile)
            return _run_text(args, settings, out, profile)

    return _guarded(run, output)


class _Interrupt:
    """Ctrl-C, remembered: a KeyboardInterrupt raised while Python runs a finaliser or a callback is printed and
    dropped ("Exception ignored in ..."), so the run would go on to the end and exit 0. The flag is checked after
    each chunk of records and when the command returns."""

    seen = False

    @classmethod
    def handler(cls, signum: int, frame: object) -> None:
        cls.seen = True
        raise KeyboardInterrupt

    @classmethod
    def check(cls) -> None:
        if cls.seen:
            raise KeyboardInterrupt


def _guarded(run: Callable[[], int], output: Output | None = None) -> int:
    """Run a command; expected errors become one line on stderr and an exit status. What a
    failed run left behind (a complete ``-o`` file or none, records on standard output) is said
    as it is."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        _Interrupt.seen = False
        previous = signal.signal(signal.SIGINT, _Interrupt.handler)
    try:
        status = run()
        _Interrupt.check()
        return status
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        left = f"; {output.describe_failure()}" if output else ""
        sys.stderr.write(f"declutter: interrupted{left}\n")
        return EXIT_INTERRUPTED
    except UsageError as e:
        sys.stderr.write(f"declutter: {e}\n")
        return EXIT_USAGE
    except WorkerError as e:
        left = f"; {output.describe_failure()}" if output else ""
        sys.stderr.write(f"declutter: {e}{left}\n")
        return EXIT_INPUT
    except (DeclutterError, OSError) as e:
        sys.stderr.write(f"declutter: {_describe(e)}\n")
        return EXIT_INPUT
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)  # in-process callers (tests, embedding) get theirs back


def _describe(e: BaseException) -> str:
    if isinstance(e, OSError) and e.filename:
        return f"{e.filename}: {e.strerror}"
    return str(e)


def _inputs(files: list[str]) -> list[str]:
    return files or ["-"]


def _decode(data: bytes, name: str, errors: str) -> str:
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        raise DeclutterError(f"{label(name)}: invalid UTF-8 at byte offset {e.start}; "
                             "decode it first or pass --errors replace") from None
    nul = text.find("\x00")
    if nul >= 0 and errors == "strict":
        raise DeclutterError(f"{label(name)}: looks binary (NUL character at offset {nul}); "
                             "pass --errors replace to clean it anyway")
    return text


def looks_like_json(text: str) -> str | None:
    """Why ``text`` is JSON or JSON Lines rather than an article, or None.

    >>> looks_like_json('{"id": 1, "text": "Harga naik."}\\n{"id": 2, "text": "x"}')
    'line 1 is a JSON object'
    >>> looks_like_json("{Harga} naik lagi hari ini.") is None
    True
    """
    head = text.lstrip()
    if head[:1] not in ("{", "["):
        return None
    first = head.split("\n", 1)[0].strip()
    for piece, why in ((first, "line 1 is a JSON object"), (head, "it is a JSON document")):
        try:
            value = json.loads(piece, parse_int=str, parse_float=str, parse_constant=str)  # no number limits
        except (ValueError, RecursionError):
            continue
        if isinstance(value, (dict, list)):
            return why
    return None


def _clean_file(name: str, data: bytes, args: argparse.Namespace, settings: Settings,
                profile: Profile | None) -> tuple[CleanResult, str] | str:
    """Clean one input file: (result, text); or why not, when --on-error says pass or skip."""
    text = ""
    try:
        if args.html or looks_like_html(data[:2000].decode("latin-1")):
            with time_budget(args.timeout):
                return clean_html(data, url=name, lang=args.lang, settings=settings, profile=profile), ""
        text = _decode(data, name, args.errors)
        why = looks_like_json(text)
        if why:
            raise UsageError(f"{label(name)} looks like JSON Lines ({why}); pass --jsonl to clean the 'text' "
                             "field of each record (--field NAME for another field)")
        with time_budget(args.timeout):
            return clean(text, lang=args.lang, settings=settings, profile=profile), text
    except UsageError:
        raise
    except Exception as e:  # the file's own failure: --on-error decides
        message = f"{label(name)}: could not be cleaned: {describe(e)}"
        if args.on_error == "raise":
            raise DeclutterError(message) from None
        fate = "written through uncleaned" if args.on_error == "pass" else "left out"
        sys.stderr.write(f"declutter: {message}; {fate}\n")
        return message


def _run_text(args: argparse.Namespace, settings: Settings, out: IO[bytes], profile: Profile | None) -> int:
    if args.format == "html":
        out.write(page_head("declutter: " + ", ".join(map(label, _inputs(args.files)))).encode("utf-8"))
    for name in _inputs(args.files):
        data = read_all(name)
        cleaned = _clean_file(name, data, args, settings, profile)
        if isinstance(cleaned, str):
            if args.on_error == "pass":
                out.write(_passed_through(data, cleaned, args.format, name))
            continue
        result, text = cleaned
        if args.explain:
            prefix = "" if len(args.files) <= 1 else f"{name}: "
            for line in explain_lines(result):
                sys.stderr.write(f"{prefix}{line}\n")
        if args.format == "json":
            payload = json.dumps(result.to_dict(), ensure_ascii=False)
        elif args.format == "html":
            payload = render_section(result, text, label(name))
        else:
            payload = result.text
        out.write(payload.encode("utf-8") + b"\n")
    if args.format == "html":
        out.write(PAGE_TAIL.encode("utf-8"))
    return 0


def _passed_through(data: bytes, why: str, fmt: str, name: str) -> bytes:
    """An input that could not be cleaned, written as it was in the output's format."""
    if fmt == "text":
        return data if data.endswith(b"\n") else data + b"\n"
    text = data.decode("utf-8", errors="replace")
    if fmt == "json":
        return json.dumps({"text": text, "declutter_error": why}, ensure_ascii=False).encode("utf-8") + b"\n"
    return (f"<h1>{escape(label(name))}</h1>\n<p>not cleaned: {escape(why)}</p>\n"
            f"<div class='pane'>{escape(text)}</div>\n").encode()


def _run_jsonl(args: argparse.Namespace, settings: Settings, out: IO[bytes], profile: Profile | None) -> int:
    opts = JsonlOptions(args.field, args.output_field or args.field, args.detail, args.explain,
                        args.lang, settings, args.errors, args.on_error, profile, args.html, args.timeout)
    names = _inputs(args.files)
    streams: list[IO[bytes]] = []
    try:
        for name in names:
            streams.append(open_input(name))
        raw = [getattr(s, "fileobj", s) for s in streams]  # for gzip: the compressed file, whose size is known
        meter = Progress(sys.stderr.isatty() and not args.quiet, _total_size(raw))
        started = time.monotonic()

        def progress(n: int) -> None:
            _Interrupt.check()  # a Ctrl-C a finaliser swallowed still stops the run at the next chunk
            meter.update(n, _position(raw))

        try:
            summary = run_jsonl(list(zip(names, streams)), out, opts, args.jobs or os.cpu_count() or 1, progress)
        except RecordError as e:
            raise DeclutterError(f"{e}; pass --on-error pass (or skip) to write such records through "
                                 "(or leave them out)") from None
        finally:
            meter.done()
    finally:
        for s in streams:
            close_input(s)
    if not args.quiet:
        sys.stderr.write(summary.line(time.monotonic() - started, args.on_error) + "\n")
    return 0


def _total_size(streams: list[IO[bytes]]) -> int | None:
    total = 0
    for s in streams:
        try:
            size = os.fstat(s.fileno()).st_size
        except (OSError, ValueError, AttributeError):
            return None
        if not size:
            return None
        total += size
    return total


def _position(streams: list[IO[bytes]]) -> int:
    try:
        return sum(s.tell() for s in streams)
    except (OSError, ValueError):
        return 0


def learn_main(argv: list[str]) -> int:
    parser = build_learn_parser()
    args = parser.parse_args(argv)
    if args.min_docs < 1 or not 0 <= args.min_share <= 1 or not 0 <= args.prose_min_share <= 1:
        parser.error("--min-docs must be at least 1; --min-share and --prose-min-share within [0, 1]")
    skipped = 0

    def documents() -> Iterator[str]:
        nonlocal skipped
        for name in _inputs(args.files):
            if not args.jsonl:
                yield _decode(read_all(name), name, args.errors)
                continue
            stream = open_input(name)
            try:
                for lineno, raw in enumerate(lines_of(stream, name), 1):
                    if not raw.strip():
                        continue
                    try:
                        yield read_record_text(raw, args.field, args.errors)
                    except ValueError as e:
                        if args.on_error == "raise":
                            raise DeclutterError(f"{label(name)}: line {lineno}: {e}; pass --on-error skip to "
                                                 "leave such records out") from None
                        skipped += 1
            finally:
                close_input(stream)

    profile = Profile.learn(documents(), min_docs=args.min_docs, min_share=args.min_share,
                            prose_min_share=args.prose_min_share, similarity=args.similarity, lang=args.lang)
    with Output(args.output) as out:
        out.write((json.dumps(profile.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    note = f", {skipped} bad record(s) skipped" if skipped else ""
    sys.stderr.write(f"declutter: learnt {len(profile)} recurring piece(s) from {profile.docs} document(s){note}\n")
    return 0


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
