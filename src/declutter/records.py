"""One policy for records that cannot be cleaned, shared by the CLI, Dask, pandas, datasets and
datatrove helpers: a ``None``, a NaN, a number or anything else that is not a string, and any
error raised while cleaning one (too long, a time budget spent, a bug).

``on_error`` takes the same three words everywhere:

- ``"raise"``: stop; the error names the record.
- ``"pass"``: keep the record as it was (the value is not cleaned) and say why beside it
  (a ``declutter_error`` field or column).
- ``"skip"``: leave the record out of the output.

>>> clean_value(None, on_error="pass")
(None, 'the value is None, not a string')
>>> clean_value("Harga naik lagi hari ini.\\nHalaman 2", on_error="raise")[0].text
'Harga naik lagi hari ini.'
"""

from __future__ import annotations

import math

from .api import clean
from .errors import InputError
from .profile import Profile
from .result import CleanResult
from .settings import Settings

ON_ERROR = ("raise", "pass", "skip")
ERROR_FIELD = "declutter_error"
JUNK_FIELD = "declutter_junk_share"


class RecordError(InputError):
    """A record could not be cleaned and ``on_error`` is ``"raise"``."""


def check_on_error(on_error: str) -> None:
    if on_error not in ON_ERROR:
        raise InputError(f"on_error must be one of {', '.join(map(repr, ON_ERROR))}, got {on_error!r}")


def value_problem(value: object) -> str | None:
    """Why ``value`` is not a text to clean, or None when it is one.

    >>> value_problem(float("nan")), value_problem(3), value_problem("x")
    ('the value is NaN (a missing value), not a string', 'the value is int, not a string', None)
    """
    if isinstance(value, str):
        return None
    if value is None:
        return "the value is None, not a string"
    if isinstance(value, float) and math.isnan(value):
        return "the value is NaN (a missing value), not a string"
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas.NA, pandas.NaT
        return f"the value is {value} (a missing value), not a string"
    return f"the value is {type(value).__name__}, not a string"


def describe(error: BaseException) -> str:
    """An exception as one line: declutter's own errors by message, others with their type."""
    from .errors import DeclutterError

    return str(error) if isinstance(error, DeclutterError) else f"{type(error).__name__}: {error}"


def clean_value(value: object, *, on_error: str = "pass", where: str = "", lang: str = "auto",
                settings: Settings | None = None, profile: Profile | None = None,
                input: str = "auto") -> tuple[CleanResult | None, str | None]:
    """Clean one record's text: ``(result, None)``, or ``(None, why)`` when it could not be
    cleaned and ``on_error`` is ``"pass"`` or ``"skip"`` (the caller keeps or drops the record).
    With ``"raise"`` a ``RecordError`` names ``where``. ``input="auto"`` cleans a page that
    starts like HTML as HTML, as the CLI does."""
    check_on_error(on_error)
    problem = value_problem(value)
    if problem is None:
        try:
            return clean(value, lang=lang, settings=settings, profile=profile, input=input), None  # type: ignore[arg-type]
        except Exception as e:  # one bad record must not end a corpus run unless asked to
            if on_error == "raise":
                raise
            problem = describe(e)
    if on_error == "raise":
        raise RecordError(f"{where}: {problem}" if where else problem)
    return None, problem
