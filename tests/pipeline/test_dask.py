"""eventx.dask on a LocalCluster with two worker processes: the same events as extract_many."""

from __future__ import annotations

import pandas as pd
import pytest

import eventx
from eventx.errors import InputError
from eventx.export import COLUMNS, to_pandas

dd = pytest.importorskip("dask.dataframe")  # the dev extra installs dask: CI runs this test
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from eventx.dask import extract_bag, extract_dataframe, meta  # noqa: E402

ARTICLES = pd.DataFrame(
    {
        "id": ["k1", "k2", "k3", "k4"],
        "published": ["2020-02-28", None, "2021-03-05", "2019-07-01"],
        "text": [
            "An airstrike killed 12 civilians in Idlib, Syria, on Tuesday, rescuers said.",
            "Rioters set fire to two police stations in Kisumu, Kenya, on 3 March 2020.",
            "Gunmen killed five villagers in Zamfara, Nigeria, on Sunday, police said.",
            "Thousands of protesters marched peacefully through Santiago, Chile, on Monday.",
        ],
    }
)


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def expected(nlp) -> pd.DataFrame:
    items = [(r.text, {"published": _pub(r.published), "doc_id": r.id}) for r in ARTICLES.itertuples()]
    return to_pandas(eventx.EventCollection.concat(eventx.extract_many(items, nlp=nlp)))


def _pub(value: object) -> object:
    return None if pd.isna(value) else value  # pandas reads the missing date as NaN


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(COLUMNS)
    assert len(want) >= 4
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)


def test_meta_has_the_export_columns_and_dtypes() -> None:
    assert dict(meta().dtypes.astype(str)) == COLUMNS


def test_dataframe_on_two_workers(client, expected) -> None:
    ddf = dd.from_pandas(ARTICLES, npartitions=2)
    events = extract_dataframe(ddf, "text", published_column="published", id_column="id")
    assert list(events.columns) == list(COLUMNS)
    _same(events.compute(), expected)
    workers = client.run(lambda: __import__("eventx").api._nlp is not None)
    assert any(workers.values())  # the workers that ran a partition loaded their own pipeline


def test_bag_of_dicts_on_two_workers(client, expected) -> None:
    records = [{"text": r.text, "published": _pub(r.published), "id": r.id} for r in ARTICLES.itertuples()]
    _same(extract_bag(db.from_sequence(records, npartitions=2)).compute(), expected)


def test_missing_column_is_an_input_error() -> None:
    ddf = dd.from_pandas(ARTICLES, npartitions=1)
    with pytest.raises(InputError, match="'body'"):
        extract_dataframe(ddf, "body")
    assert extract_dataframe(ddf, "text", published_column=None, id_column=None).npartitions == 1
