"""Scale-out on Dask (``pip install 'declutter-news[dask]'``): the same functions, partitioned.

``clean_bag`` and ``clean_series`` map ``clean`` over a Dask Bag or Series; ``learn_profile``
and ``learn_profile_from_series`` count candidate pieces per partition and merge the counts in a
reduction, then apply the same rule as ``Profile.learn``: the results equal the single-process
functions on the same data. See docs/at-scale.md.

Records that are not strings (``None``, NaN) or fail to clean follow ``on_error`` as everywhere
else (declutter.records): ``"pass"`` (the default) keeps them as they were, ``"skip"`` leaves
them out, ``"raise"`` fails the computation. A value that starts like an HTML page is cleaned
as HTML, as the CLI does (``input="auto"``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("declutter.dask needs Dask: pip install 'declutter-news[dask]'") from e

from .profile import Counts, Profile
from .records import check_on_error, clean_value
from .result import CleanResult
from .settings import DEFAULTS, Settings


def _clean_part(values: Iterable[object], on_error: str, options: dict[str, Any]) -> list[object]:
    out: list[object] = []
    for value in values:
        result, _ = clean_value(value, on_error=on_error, where=f"record {value!r:.60}", **options)
        if result is not None:
            out.append(result)
        elif on_error == "pass":
            out.append(value)
    return out


def clean_bag(bag: db.Bag, *, on_error: str = "pass", lang: str = "auto", settings: Settings | None = None,
              profile: Profile | None = None, input: str = "auto") -> db.Bag:
    """A Bag of ``CleanResult``, one per text of ``bag``, in order. A record that cannot be
    cleaned is kept as it was (``on_error="pass"``: ``None`` stays ``None``), left out
    (``"skip"``) or fails the computation (``"raise"``)."""
    check_on_error(on_error)
    options = {"lang": lang, "settings": settings, "profile": profile, "input": input}
    return cast(db.Bag, bag.map_partitions(_clean_part, on_error, options))


def clean_series(series: dd.Series, *, on_error: str = "pass", lang: str = "auto",
                 settings: Settings | None = None, profile: Profile | None = None,
                 input: str = "auto") -> dd.Series:
    """The clean text of every string of a Dask Series (same index). A value that cannot be
    cleaned (``None``, NaN) is kept (``"pass"``), its row dropped (``"skip"``), or it fails the
    computation (``"raise"``)."""
    check_on_error(on_error)
    from .integrations import clean_pandas_series

    def part(s: Any) -> Any:
        return clean_pandas_series(s, on_error=on_error, lang=lang, settings=settings, profile=profile, input=input)

    return cast(dd.Series, series.map_partitions(part, meta=(series.name, "object")))


def _count(texts: Iterable[str], lang: str, settings: Settings) -> Counts:
    counts = Counts()
    for text in texts:
        if isinstance(text, str):  # None, NaN: nothing to learn from
            counts.add(text, lang, settings)
    return counts


def _merge(parts: Iterable[Counts]) -> Counts:
    total = Counts()
    for part in parts:
        total = total.merge(part)
    return total


def learn_profile(bag: db.Bag, *, min_docs: int = 3, min_share: float = 0.01, prose_min_share: float = 0.2,
                  similarity: float = 90.0, lang: str = "auto", settings: Settings | None = None) -> Profile:
    """``Profile.learn`` over a Bag of texts: per-partition counts merged in a tree reduction."""
    counts = bag.reduction(lambda part: _count(part, lang, settings or DEFAULTS), _merge, split_every=8).compute()
    return Profile.from_counts(counts, min_docs=min_docs, min_share=min_share,
                               prose_min_share=prose_min_share, similarity=similarity)


def learn_profile_from_series(series: dd.Series, **options: Any) -> Profile:
    """``learn_profile`` over the strings of a Dask Series (a DataFrame column)."""
    return learn_profile(series.to_bag(), **options)


__all__ = ["CleanResult", "clean_bag", "clean_series", "learn_profile", "learn_profile_from_series"]
