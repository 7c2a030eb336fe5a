"""declutter in the tools corpus builders already use: Hugging Face ``datasets`` (a batched
function for ``Dataset.map``) and pandas (a Series and a DataFrame helper).

Neither library is imported here: the functions work on what those libraries pass in (a dict
of column lists; a Series or DataFrame and its own methods), so importing this module costs
nothing. Records that cannot be cleaned (``None``, NaN, not a string, an error while cleaning)
follow ``on_error`` as in the CLI and Dask (declutter.records): ``"pass"`` (the default) keeps
the record uncleaned with the reason in a ``declutter_error`` column, ``"skip"`` drops it,
``"raise"`` stops.

>>> batch = {"id": [1, 2], "text": ["Harga cabai naik lagi di pasar induk hari ini.\\nHalaman 2", None]}
>>> out = clean_batch(batch)
>>> out["text"], out["declutter_error"][1]
(['Harga cabai naik lagi di pasar induk hari ini.', None], 'the value is None, not a string')
>>> clean_batch(batch, on_error="skip")["id"]
[1]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .profile import Profile
from .records import ERROR_FIELD, JUNK_FIELD, check_on_error, clean_value
from .settings import Settings


def clean_batch(batch: Mapping[str, Sequence[Any]], *, field: str = "text", output_field: str | None = None,
                on_error: str = "pass", lang: str = "auto", settings: Settings | None = None,
                profile: Profile | None = None, input: str = "auto") -> dict[str, list[Any]]:
    """Clean ``batch[field]`` for ``datasets.Dataset.map(clean_batch, batched=True)``.

    Returns every column of the batch, the clean text in ``output_field`` (default: ``field``
    itself), ``declutter_junk_share`` (the share of non-space characters removed; ``None`` where
    not cleaned) and ``declutter_error`` (``None`` where cleaned). With ``on_error="skip"`` the
    rows that could not be cleaned are left out of every column. Pass options with
    ``fn_kwargs={"field": "body"}``.
    """
    if field not in batch:
        raise KeyError(f"the batch has no column {field!r} (columns: {', '.join(batch)}); pass field=...")
    rows = _clean_rows(list(batch[field]), on_error, lang=lang, settings=settings, profile=profile, input=input)
    out = {name: [column[i] for i in rows.keep] for name, column in batch.items()}
    out[output_field or field] = rows.texts
    out[JUNK_FIELD] = rows.shares
    out[ERROR_FIELD] = rows.errors
    return out


@dataclass
class _Rows:
    keep: list[int] = field(default_factory=list)  # positions of the rows kept
    texts: list[Any] = field(default_factory=list)  # clean text, or the value as it was
    shares: list[float | None] = field(default_factory=list)
    errors: list[str | None] = field(default_factory=list)


def _clean_rows(values: list[Any], on_error: str, labels: Sequence[Any] | None = None, **options: Any) -> _Rows:
    check_on_error(on_error)
    rows = _Rows()
    for i, value in enumerate(values):
        where = f"row {i}" if labels is None else f"index {labels[i]!r}"
        result, problem = clean_value(value, on_error=on_error, where=where, **options)
        if result is None and on_error == "skip":
            continue
        rows.keep.append(i)
        rows.texts.append(value if result is None else result.text)
        rows.shares.append(None if result is None else round(result.junk_share, 4))
        rows.errors.append(problem)
    return rows


def clean_pandas_series(series: Any, *, on_error: str = "pass", lang: str = "auto",
                        settings: Settings | None = None, profile: Profile | None = None,
                        input: str = "auto") -> Any:
    """The clean text of every value of a pandas Series, same index. A value that cannot be
    cleaned is kept as it was (``"pass"``: ``None`` and NaN stay missing), its row dropped
    (``"skip"``), or it raises (``"raise"``, naming the index label).
    """
    labels = list(series.index)
    rows = _clean_rows(series.tolist(), on_error, labels, lang=lang, settings=settings, profile=profile, input=input)
    return type(series)(rows.texts, index=[labels[i] for i in rows.keep], name=series.name, dtype=object)


def clean_frame(frame: Any, *, field: str = "text", output_field: str | None = None, on_error: str = "pass",
                lang: str = "auto", settings: Settings | None = None, profile: Profile | None = None,
                input: str = "auto") -> Any:
    """A copy of a pandas DataFrame with ``frame[field]`` cleaned into ``output_field`` (default:
    ``field``), plus ``declutter_junk_share`` and ``declutter_error`` columns, as ``clean_batch``;
    with ``on_error="skip"`` the rows that could not be cleaned are dropped.
    """
    labels = list(frame.index)
    rows = _clean_rows(frame[field].tolist(), on_error, labels, lang=lang, settings=settings, profile=profile,
                       input=input)
    out = frame.iloc[rows.keep].copy()
    out[output_field or field] = rows.texts
    out[JUNK_FIELD] = rows.shares
    out[ERROR_FIELD] = rows.errors
    return out
