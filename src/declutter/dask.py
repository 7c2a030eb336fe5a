"""Scale-out on Dask (``pip install 'declutter[dask]'``): the same functions, partitioned.

``clean_bag`` and ``clean_series`` map ``clean`` over a Dask Bag or Series; ``learn_profile``
and ``learn_profile_from_series`` count candidate pieces per partition and merge the counts in a
reduction, then apply the same rule as ``Profile.learn``: the results equal the single-process
functions on the same data. See docs/at-scale.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("declutter.dask needs Dask: pip install 'declutter[dask]'") from e

from .api import clean
from .profile import Counts, Profile
from .result import CleanResult
from .settings import DEFAULTS, Settings


def _clean_one(text: str, lang: str, settings: Settings | None, profile: Profile | None) -> CleanResult:
    return clean(text, lang=lang, settings=settings, profile=profile)


def clean_bag(bag: db.Bag, *, lang: str = "auto", settings: Settings | None = None,
              profile: Profile | None = None) -> db.Bag:
    """A Bag of ``CleanResult``, one per text of ``bag``, in order."""
    return cast(db.Bag, bag.map(_clean_one, lang=lang, settings=settings, profile=profile))


def clean_series(series: dd.Series, *, lang: str = "auto", settings: Settings | None = None,
                 profile: Profile | None = None) -> dd.Series:
    """The clean text of every string of a Dask Series (same index)."""
    def part(s: Any) -> Any:
        return s.map(lambda t: clean(t, lang=lang, settings=settings, profile=profile).text)

    return cast(dd.Series, series.map_partitions(part, meta=(series.name, "object")))


def _count(texts: Iterable[str], lang: str, settings: Settings) -> Counts:
    counts = Counts()
    for text in texts:
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
