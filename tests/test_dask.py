"""declutter.dask on a real dask.distributed LocalCluster with two worker processes: results
equal the single-process functions on the same data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("dask", reason="Dask is the [dask] extra (pip install 'declutter-news[dask]'); CI installs it")
distributed = pytest.importorskip("distributed", reason="dask.distributed is part of the [dask] extra")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from test_profile import crawl  # noqa: E402

import declutter  # noqa: E402
from declutter.dask import clean_bag, clean_series, learn_profile, learn_profile_from_series  # noqa: E402

TEXTS = crawl(24) + ["", "Harga naik.\nBaca juga: Viral Pedagang Menangis\nHalaman 2"]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster) as c:
        yield c


def test_cluster_has_two_worker_processes(client: distributed.Client) -> None:
    assert len(client.scheduler_info()["workers"]) == 2


def test_clean_bag_equals_clean(client: distributed.Client) -> None:
    profile = declutter.Profile.learn(TEXTS, min_docs=3)
    got = clean_bag(db.from_sequence(TEXTS, npartitions=4), profile=profile).compute()
    assert [r.to_dict() for r in got] == [declutter.clean(t, profile=profile).to_dict() for t in TEXTS]


def test_learn_profile_equals_profile_learn(client: distributed.Client) -> None:
    single = declutter.Profile.learn(TEXTS, min_docs=3)
    for parts in (1, 3, 7):
        distributed_profile = learn_profile(db.from_sequence(TEXTS, npartitions=parts), min_docs=3)
        assert distributed_profile.to_dict() == single.to_dict()
    assert len(single) >= 2


def test_dataframe_column(client: distributed.Client) -> None:
    frame = dd.from_pandas(pd.DataFrame({"text": TEXTS, "n": range(len(TEXTS))}), npartitions=3)
    cleaned = clean_series(frame["text"]).compute()
    assert list(cleaned) == [declutter.clean(t).text for t in TEXTS]
    assert learn_profile_from_series(frame["text"], min_docs=3).to_dict() == \
        declutter.Profile.learn(TEXTS, min_docs=3).to_dict()


PAGE = ("<!doctype html><html><body><nav><a href='/'>Beranda</a> <a href='/n'>Nasional</a></nav><article>"
        "<p>Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang.</p>"
        "<p><strong>Baca juga:</strong> <a href='/x'>Viral Pedagang Menangis</a></p></article></body></html>")


def test_none_record_does_not_fail_the_bag(client: distributed.Client) -> None:
    texts = [TEXTS[-1], None, float("nan"), TEXTS[0]]
    got = clean_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert got[0].text == declutter.clean(TEXTS[-1]).text and got[3].text == declutter.clean(TEXTS[0]).text
    assert got[1] is None and got[2] != got[2]  # passed through as they were: None, NaN
    skipped = clean_bag(db.from_sequence(texts, npartitions=2), on_error="skip").compute()
    assert [r.text for r in skipped] == [declutter.clean(TEXTS[-1]).text, declutter.clean(TEXTS[0]).text]
    with pytest.raises(declutter.InputError, match="the value is (None|NaN).*not a string"):
        clean_bag(db.from_sequence(texts, npartitions=2), on_error="raise").compute()


def test_html_records_are_cleaned_as_html_as_the_cli_does(client: distributed.Client) -> None:
    got = clean_bag(db.from_sequence([PAGE], npartitions=1)).compute()[0]
    assert got.text == "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang."
    assert {r.kind for r in got.removals} == {"navigation", "read_also"}
    frame = dd.from_pandas(pd.DataFrame({"text": [PAGE, None]}, dtype=object), npartitions=1)
    cleaned = clean_series(frame["text"]).compute().tolist()
    assert cleaned[0] == got.text and pd.isna(cleaned[1])  # a missing value stays missing
