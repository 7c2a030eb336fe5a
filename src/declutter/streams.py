"""Files for the CLI: inputs read through gzip when they are gzip (by their first bytes, so
``.jsonl.gz`` and a gzip stream on standard input both work), and ``-o`` written whole or not at
all, through a symlink, with the permissions a plain ``open`` would give (gzip when it ends in
``.gz``)."""

from __future__ import annotations

import gzip
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator
from typing import IO

from .errors import DeclutterError

GZIP_MAGIC = b"\x1f\x8b"


def label(name: str) -> str:
    return "standard input" if name == "-" else name


def open_input(name: str) -> IO[bytes]:
    """A binary stream of ``name`` ('-': standard input), decompressed when it is gzip."""
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")
    peek = getattr(raw, "peek", None)
    head = peek(2)[:2] if peek else b""
    if head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def close_input(stream: IO[bytes]) -> None:
    inner = getattr(stream, "fileobj", None)  # a GzipFile does not close the file it wraps
    if stream is not sys.stdin.buffer:
        stream.close()
    if inner is not None and inner is not sys.stdin.buffer:
        inner.close()


def read_all(name: str) -> bytes:
    stream = open_input(name)
    try:
        return stream.read()
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise DeclutterError(f"{label(name)}: damaged gzip data ({e})") from None
    finally:
        close_input(stream)


def lines_of(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """The lines of ``stream``; damaged gzip data is a clear error naming the file."""
    try:
        yield from stream
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise DeclutterError(f"{label(name)}: damaged gzip data ({e}); the records before it were read") from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class Output:
    """Standard output's buffer, or ``-o FILE``. A regular FILE is written to a temporary file
    beside it and renamed on success, so it holds a complete result or is left as it was; a
    symlink is followed (its target is replaced, the link stays); the new file gets the mode of
    the file it replaces, else ``0o666`` less the umask; a name ending in ``.gz`` is written
    gzip-compressed. A device or pipe (``/dev/null``, a FIFO) is written directly."""

    def __init__(self, path: str | None) -> None:
        self.path = path if path and path != "-" else None
        self.target = os.path.realpath(self.path) if self.path else None
        self.stream: IO[bytes] = sys.stdout.buffer
        self.file: IO[bytes] | None = None
        self.tmp = ""
        self.written = False  # True once a file is in place

    @property
    def to_file(self) -> bool:
        return self.target is not None

    def describe_failure(self) -> str:
        """What a failed run left behind, for the error message."""
        if self.target is None:
            return "the output holds every complete record written before it"
        if self.tmp:
            existed = os.path.exists(self.target)
            return f"{self.path} was {'left as it was' if existed else 'not written'}"
        return f"{self.path} holds what was written before it"

    def __enter__(self) -> IO[bytes]:
        if self.target and (not os.path.exists(self.target) or os.path.isfile(self.target)):
            folder = os.path.dirname(self.target)
            try:
                fd, self.tmp = tempfile.mkstemp(prefix=".declutter-", dir=folder)
            except OSError as e:  # name the path the user gave, not the temporary file beside it
                raise OSError(e.errno, e.strerror, self.path) from None
            mode = os.stat(self.target).st_mode & 0o7777 if os.path.exists(self.target) else 0o666 & ~_umask()
            os.fchmod(fd, mode)
            self.file = os.fdopen(fd, "wb")
        elif self.target:
            self.file = open(self.target, "wb")
        if self.file is not None:
            self.stream = self.file
            if self.target and self.target.endswith(".gz"):
                self.stream = gzip.GzipFile(fileobj=self.file, mode="wb",  # type: ignore[assignment]
                                            filename=os.path.basename(self.target)[:-3], mtime=0)
        return self.stream

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.file is None:
            if exc_type is None:
                self.stream.flush()
            return
        try:
            if self.stream is not self.file:
                self.stream.close()
            self.file.close()
        except BaseException:
            if self.tmp:
                os.unlink(self.tmp)
            raise
        if self.tmp and exc_type is None:
            os.replace(self.tmp, self.target)  # type: ignore[arg-type]
            self.written = True
        elif self.tmp:
            os.unlink(self.tmp)
