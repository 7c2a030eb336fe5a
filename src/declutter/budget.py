"""A time budget for cleaning one record (``declutter --timeout SECONDS``), so that one
pathological record cannot stall a corpus run: when the budget is spent, ``RecordTimeout`` is
raised inside the cleaning and the record goes the way ``--on-error`` says.

It uses ``SIGALRM``, so it works in a process's main thread on POSIX systems (the CLI's own
process and its ``--jobs`` workers). The alarm is checked between Python steps: a single long
call into C code ends before the budget is enforced.
"""

from __future__ import annotations

import functools
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import DeclutterError


class RecordTimeout(DeclutterError):
    """Cleaning one record took longer than its budget."""


@functools.cache
def warm_up() -> None:
    """Load the language lists and compile their patterns once per process, before any budget runs: the first
    clean() of a process pays for that, and it is no record's fault."""
    from .api import clean

    clean("Harga naik. Baca juga: Cabai Mahal\nHalaman 2")


def supported() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``RecordTimeout`` in the body once ``seconds`` have passed (None: no budget)."""
    if not seconds:
        yield
        return
    warm_up()
    if not supported():
        raise DeclutterError("a time budget needs SIGALRM in the main thread (POSIX); run without --timeout")

    def expire(signum: int, frame: FrameType | None) -> None:
        raise RecordTimeout(f"took longer than the --timeout of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
