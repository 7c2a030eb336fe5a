"""The ``declutter`` command: a filter for shell pipes, over text or JSONL."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import IO

from . import __version__
from .api import clean, clean_html
from .errors import DeclutterError, SettingsError
from .explain import explain_lines
from .html import looks_like_html
from .jsonl import JsonlOptions, RecordError, read_record_text, run_jsonl
from .lang import available
from .profile import Profile
from .settings import DEFAULTS, Settings, settings_table

EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130

EPILOG = """examples:
  declutter article.txt                       clean one article, print the text
  curl -s URL | some-extractor | declutter    clean standard input
  declutter --explain article.txt             also say on stderr what was removed and why
  declutter --format json article.txt         the full result: title, paragraphs, removals
  declutter --jsonl -j 4 corpus.jsonl -o clean.jsonl
                                              clean the "text" field of every record, 4 workers
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
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text mode output: clean text, or the full result as JSON (default: text)")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines: clean one field of each record")
    p.add_argument("--field", default="text", help="JSONL field to clean (default: text)")
    p.add_argument("--output-field", metavar="NAME",
                   help="JSONL field for the clean text (default: the --field itself)")
    p.add_argument("--detail", action="store_true",
                   help="JSONL: add title, paragraphs and removals under a 'declutter' key (default: off)")
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
    p.add_argument("--on-error", choices=("stop", "pass"), default="stop",
                   help="JSONL bad record: stop with exit 1, or write it through with a "
                   "'declutter_error' field and go on (default: stop)")
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
    p.add_argument("--on-error", choices=("stop", "pass"), default="stop",
                   help="JSONL bad record: stop with exit 1, or skip it and count it (default: stop)")
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
    def run() -> int:
        profile = Profile.load(args.profile) if args.profile else None
        with _open_output(args.output) as out:
            if args.jsonl:
                return _run_jsonl(args, settings, out, profile)
            return _run_text(args, settings, out, profile)

    return _guarded(run)


def _guarded(run: Callable[[], int]) -> int:
    """Run a command; expected errors become one line on stderr and an exit status."""
    try:
        return run()
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("declutter: interrupted; the output holds complete records only\n")
        return EXIT_INTERRUPTED
    except (DeclutterError, OSError) as e:
        sys.stderr.write(f"declutter: {_describe(e)}\n")
        return EXIT_INPUT


def _describe(e: BaseException) -> str:
    if isinstance(e, OSError) and e.filename:
        return f"{e.filename}: {e.strerror}"
    return str(e)


class _open_output:
    """Standard output's buffer, or ``-o FILE``. A regular FILE is written to a temporary file
    beside it and renamed on success, so it holds a complete result or is left as it was; a
    device or pipe (``/dev/null``, a FIFO) is written directly."""

    def __init__(self, path: str | None) -> None:
        self.path = path if path and path != "-" else None
        self.stream: IO[bytes] = sys.stdout.buffer
        self.tmp = ""

    def __enter__(self) -> IO[bytes]:
        if self.path and (not os.path.exists(self.path) or os.path.isfile(self.path)):
            folder = os.path.dirname(os.path.abspath(self.path))
            fd, self.tmp = tempfile.mkstemp(prefix=".declutter-", dir=folder)
            self.stream = os.fdopen(fd, "wb")
        elif self.path:
            self.stream = open(self.path, "wb")
        return self.stream

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.stream is sys.stdout.buffer:
            if exc_type is None:
                self.stream.flush()
            return
        try:
            self.stream.close()
        finally:
            if self.tmp and exc_type is None:
                os.replace(self.tmp, self.path)  # type: ignore[arg-type]
            elif self.tmp:
                os.unlink(self.tmp)


def _inputs(files: list[str]) -> list[str]:
    return files or ["-"]


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as f:
        return f.read()


def _decode(data: bytes, name: str, errors: str) -> str:
    label = "standard input" if name == "-" else name
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        raise DeclutterError(f"{label}: invalid UTF-8 at byte offset {e.start}; "
                             "decode it first or pass --errors replace") from None
    nul = text.find("\x00")
    if nul >= 0 and errors == "strict":
        raise DeclutterError(f"{label}: looks binary (NUL character at offset {nul}); "
                             "pass --errors replace to clean it anyway")
    return text


def _run_text(args: argparse.Namespace, settings: Settings, out: IO[bytes], profile: Profile | None) -> int:
    for name in _inputs(args.files):
        data = _read_bytes(name)
        if args.html or looks_like_html(data[:2000].decode("latin-1")):
            result = clean_html(data, url=name, lang=args.lang, settings=settings, profile=profile)
        else:
            text = _decode(data, name, args.errors)
            result = clean(text, lang=args.lang, settings=settings, profile=profile)
        if args.explain:
            prefix = "" if len(args.files) <= 1 else f"{name}: "
            for line in explain_lines(result):
                sys.stderr.write(f"{prefix}{line}\n")
        if args.format == "json":
            payload = json.dumps(result.to_dict(), ensure_ascii=False)
        else:
            payload = result.text
        out.write(payload.encode("utf-8") + b"\n")
    return 0


def _run_jsonl(args: argparse.Namespace, settings: Settings, out: IO[bytes], profile: Profile | None) -> int:
    opts = JsonlOptions(args.field, args.output_field or args.field, args.detail, args.explain,
                        args.lang, settings, args.errors, args.on_error, profile, args.html)
    streams = [sys.stdin.buffer if n == "-" else open(n, "rb") for n in _inputs(args.files)]
    jobs = args.jobs or os.cpu_count() or 1
    try:
        passed = run_jsonl(streams, out, opts, jobs, progress=sys.stderr.isatty() and not args.quiet)
    except RecordError as e:
        raise DeclutterError(f"{e}; pass --on-error pass to write such records through") from None
    finally:
        for s in streams:
            if s is not sys.stdin.buffer:
                s.close()
    if passed:
        sys.stderr.write(f"declutter: {passed} record(s) could not be cleaned; "
                         "written through with a 'declutter_error' field\n")
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
                yield _decode(_read_bytes(name), name, args.errors)
                continue
            stream = sys.stdin.buffer if name == "-" else open(name, "rb")
            try:
                for lineno, raw in enumerate(stream, 1):
                    if not raw.strip():
                        continue
                    try:
                        yield read_record_text(raw, args.field, args.errors)
                    except ValueError as e:
                        if args.on_error == "stop":
                            raise DeclutterError(f"{name}: line {lineno}: {e}; pass --on-error pass to skip "
                                                 "such records") from None
                        skipped += 1
            finally:
                if stream is not sys.stdin.buffer:
                    stream.close()

    profile = Profile.learn(documents(), min_docs=args.min_docs, min_share=args.min_share,
                            prose_min_share=args.prose_min_share, similarity=args.similarity, lang=args.lang)
    with _open_output(args.output) as out:
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
