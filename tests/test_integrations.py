"""The helpers for the field's tools (datasets, pandas, datatrove) and the one on_error policy
they share with the CLI and Dask: raise / pass / skip for None, NaN, non-strings and errors
inside clean()."""

from __future__ import annotations

import math

import pytest

import declutter
from declutter.integrations import clean_batch, clean_frame, clean_pandas_series
from declutter.records import ON_ERROR, RecordError, clean_value

BODY = "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang."
ARTICLE = f"{BODY}\nBaca juga: Viral Pedagang Menangis di Pasar\nHalaman 2\n"
PAGE = ("<!doctype html><html><body><nav><a href='/'>Beranda</a> <a href='/n'>Nasional</a></nav><article>"
        f"<p>{BODY}</p><p><strong>Baca juga:</strong> <a href='/x'>Viral Pedagang Menangis</a></p></article></body></html>")
OVERSIZE = declutter.DEFAULTS.replace(max_chars=1000, oversize="error")


def test_policy_words_are_the_cli_words() -> None:
    from declutter.cli import build_parser

    action = next(a for a in build_parser()._actions if "--on-error" in a.option_strings)
    assert tuple(action.choices) == ON_ERROR == ("raise", "pass", "skip")
    with pytest.raises(declutter.InputError, match="on_error must be one of"):
        clean_value("x", on_error="stop")


@pytest.mark.parametrize("value, why", [(None, "None"), (math.nan, "NaN"), (3, "int"), (b"x", "bytes")])
def test_values_that_are_not_text(value: object, why: str) -> None:
    assert clean_value(value, on_error="pass")[0] is None
    assert why in (clean_value(value, on_error="skip")[1] or "")
    with pytest.raises(RecordError, match=f"row 7: the value is {why}"):
        clean_value(value, on_error="raise", where="row 7")


def test_errors_inside_clean_follow_the_policy() -> None:
    long = "Harga naik lagi. " * 100
    result, why = clean_value(long, on_error="pass", settings=OVERSIZE)
    assert result is None and "max_chars" in (why or "")
    with pytest.raises(declutter.InputError, match="max_chars"):
        clean_value(long, on_error="raise", settings=OVERSIZE)


def test_html_is_cleaned_as_html_by_default() -> None:
    result, _ = clean_value(PAGE)
    assert result is not None and result.text == BODY and {r.kind for r in result.removals} == {"navigation", "read_also"}


def test_clean_batch_keeps_columns_and_reports_per_row() -> None:
    batch = {"id": [1, 2, 3], "title": ["A", "B", "C"], "text": [ARTICLE, None, PAGE]}
    out = clean_batch(batch)
    assert out["id"] == [1, 2, 3] and out["title"] == ["A", "B", "C"]  # the corpus's own title is untouched
    assert out["text"] == [BODY, None, BODY]
    assert out["declutter_error"][:1] == [None] and "None" in out["declutter_error"][1]
    assert out["declutter_junk_share"][1] is None and 0 < out["declutter_junk_share"][0] < 1
    skipped = clean_batch(batch, on_error="skip", output_field="clean")
    assert skipped["id"] == [1, 3] and skipped["clean"] == [BODY, BODY] and skipped["text"][0] == ARTICLE
    with pytest.raises(RecordError, match="row 1"):
        clean_batch(batch, on_error="raise")
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_batch(batch, field="body")


def test_datasets_map_batched() -> None:
    datasets = pytest.importorskip("datasets", reason="datasets is the [datasets] extra; CI installs it")
    ds = datasets.Dataset.from_dict({"id": [1, 2, 3, 4], "text": [ARTICLE, None, BODY, PAGE]})
    out = ds.map(clean_batch, batched=True, batch_size=3)
    assert out["text"] == [BODY, None, BODY, BODY] and out["id"] == [1, 2, 3, 4]
    assert [e is None for e in out["declutter_error"]] == [True, False, True, True]
    kept = ds.map(clean_batch, batched=True, batch_size=3, fn_kwargs={"on_error": "skip"})
    assert kept["id"] == [1, 3, 4]
    assert kept.filter(lambda r: r["declutter_junk_share"] < 0.01)["id"] == [3]


def test_pandas_series_and_frame() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is the [pandas] extra; CI installs it")
    s = pd.Series([ARTICLE, None, math.nan, PAGE], index=[10, 11, 12, 13], dtype=object)
    got = clean_pandas_series(s)
    assert list(got.index) == [10, 11, 12, 13] and got[10] == BODY and got[13] == BODY
    assert got[11] is None and math.isnan(got[12])  # missing values stay as they were
    assert list(clean_pandas_series(s, on_error="skip").index) == [10, 13]
    with pytest.raises(RecordError, match="index 11"):
        clean_pandas_series(s, on_error="raise")
    frame = pd.DataFrame({"title": ["A", "B"], "text": [ARTICLE, None]}, index=["a", "b"])
    out = clean_frame(frame, output_field="clean")
    assert list(out.columns) == ["title", "text", "clean", "declutter_junk_share", "declutter_error"]
    assert out.loc["a", "clean"] == BODY and out.loc["a", "text"] == ARTICLE and out.loc["a", "title"] == "A"
    assert pd.isna(out.loc["b", "clean"]) and "missing value" in out.loc["b", "declutter_error"]
    assert list(clean_frame(frame, on_error="skip").index) == ["a"]


def test_datatrove_step() -> None:
    pytest.importorskip("datatrove", reason="datatrove is the [datatrove] extra; CI installs it")
    from datatrove.data import Document

    from declutter.datatrove import Declutter

    docs = [Document(text=ARTICLE, id="1"), Document(text=None, id="2"),  # type: ignore[arg-type]
            Document(text="Baca juga: Viral Pedagang Menangis\nHalaman 2", id="3"), Document(text=PAGE, id="4")]
    out = list(Declutter()(iter(docs)))
    assert [d.id for d in out] == ["1", "2", "3", "4"]
    assert out[0].text == BODY and out[0].metadata["declutter_removals"] == {"read_also": 1, "pagination": 1}
    assert "None" in out[1].metadata["declutter_error"] and out[3].text == BODY
    filtered = list(Declutter(max_junk_share=0.5, on_error="skip")(iter(
        [Document(text=ARTICLE, id="1"), Document(text=None, id="2"),  # type: ignore[arg-type]
         Document(text="Baca juga: Viral Pedagang Menangis\nHalaman 2", id="3")])))
    assert [d.id for d in filtered] == ["1"]
    with pytest.raises(declutter.SettingsError):
        Declutter(max_junk_share=2)
    # A document an earlier run could not clean, cleaned now, loses the old error.
    again = list(Declutter()(iter([Document(text=ARTICLE, id="1", metadata={"declutter_error": "earlier run"})])))
    assert again[0].text == BODY and "declutter_error" not in again[0].metadata


def test_to_dict_prefix_and_junk_share() -> None:
    r = declutter.clean(ARTICLE)
    record = {"title": "The corpus's own title", "text": ARTICLE}
    merged = record | r.to_dict(prefix="declutter_")
    assert merged["title"] == "The corpus's own title" and merged["declutter_title"] is None
    assert merged["declutter_junk_share"] == round(r.junk_share, 4)
    removed = sum(len("".join(x.text.split())) for x in r.removals)
    assert r.junk_share == removed / len("".join(ARTICLE.split()))
    assert declutter.clean("").junk_share == 0.0 and declutter.clean(BODY).junk_share == 0.0
