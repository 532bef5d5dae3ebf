"""Extraction on a Dask cluster, partition by partition (extra ``dask``).

    >>> import dask.bag as db
    >>> from eventx.dask import extract_bag
    >>> bag = db.from_sequence([{"text": t, "published": "2020-02-28", "doc_id": "a1"}], npartitions=1)
    >>> events = extract_bag(bag)            # a lazy dask DataFrame with export.COLUMNS
    >>> events.to_parquet("events/")         # or .compute() for one pandas DataFrame

Each worker process loads the eventx pipeline once (the first partition it runs pays ``eventx.load()``)
and keeps it for the partitions that follow; partitions in one process run one at a time, since they
share the pipeline and its string store. Give workers one thread each (``LocalCluster(processes=True,
threads_per_worker=1)``) and add processes to add speed. The result's columns and dtypes are those of
:func:`eventx.export.to_pandas`; each partition's events keep the input's order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from .errors import InputError
from .export import COLUMNS, event_rows, require, to_pandas

__all__ = ["extract_bag", "extract_dataframe", "meta"]

_lock = threading.Lock()  # one partition at a time per process: they share one pipeline


def meta() -> Any:
    """An empty pandas DataFrame with the ``COLUMNS`` and their dtypes (the result's Dask ``meta``)."""
    return to_pandas([])


def _item(element: Any) -> str | tuple[str, dict[str, Any]]:
    """A bag element as an ``extract_many`` item: texts and (text, context) pairs pass through; a dict
    gives its ``text`` with its ``published`` and ``doc_id`` (or ``id``)."""
    if isinstance(element, dict):
        if "text" not in element:
            raise InputError(f"a dict item needs a 'text' key; got keys {sorted(element)}")
        doc_id = element.get("doc_id", element.get("id"))
        return element["text"], {"published": element.get("published"), "doc_id": doc_id}
    return element


def _frame(items: Iterable[Any], on_error: str) -> Any:
    """The events of one partition's items as a pandas DataFrame with the ``COLUMNS``."""
    from .api import extract_many, get_nlp

    pd = require("pandas", "dask")
    with _lock:
        nlp = get_nlp()  # loaded once per worker process, kept for the next partitions
        rows = [row for c in extract_many(items, nlp=nlp, on_error=on_error) for row in event_rows(c)]
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(COLUMNS)


def _bag_partition(elements: Iterable[Any], on_error: str) -> Any:
    return _frame([_item(e) for e in elements], on_error)


def _frame_partition(
    frame: Any, text_column: str, published_column: str | None, id_column: str | None, on_error: str
) -> Any:
    texts = frame[text_column].tolist()
    published, ids = _cells(frame, published_column), _cells(frame, id_column)
    items = [(t, {"published": p, "doc_id": i}) for t, p, i in zip(texts, published, ids, strict=True)]
    return _frame(items, on_error)


def _cells(frame: Any, column: str | None) -> list[Any]:
    """A column as ``extract_many`` context values: null cells (or no column) give ``None``, dates and
    timestamps pass as they are, anything else as a string."""
    if column is None:
        return [None] * len(frame)
    pd = require("pandas", "dask")
    cells = frame[column].tolist()
    return [None if v is None or pd.isna(v) else v if hasattr(v, "isoformat") else str(v) for v in cells]


def _from_delayed(parts: list[Any]) -> Any:
    dd = require("dask.dataframe", "dask")
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


def extract_bag(bag: Any, *, on_error: str = "raise") -> Any:
    """The events of a ``dask.bag`` of articles as a dask DataFrame with the ``to_pandas`` columns.

    Elements are texts, ``(text, {"published": ..., "doc_id": ...})`` pairs, or dicts with ``text`` and
    optional ``published`` and ``doc_id`` (or ``id``). ``on_error`` is ``extract_many``'s.
    """
    delayed = require("dask", "dask").delayed
    part = delayed(_bag_partition, pure=True)
    return _from_delayed([part(p, on_error) for p in bag.to_delayed()])


def extract_dataframe(
    ddf: Any,
    text_column: str = "text",
    published_column: str | None = "published",
    id_column: str | None = "id",
    *,
    on_error: str = "raise",
) -> Any:
    """The events of a dask DataFrame of articles (one per row) as a dask DataFrame of events.

    Pass ``published_column=None`` or ``id_column=None`` for no publication date or document id; a
    named column missing from ``ddf`` raises ``InputError``. Null cells pass ``None``.
    """
    delayed = require("dask", "dask").delayed
    named = [c for c in (text_column, published_column, id_column) if c is not None]
    missing = [c for c in named if c not in ddf.columns]
    if missing:
        raise InputError(f"column(s) {missing} not in the DataFrame (columns: {list(ddf.columns)})")
    part = delayed(_frame_partition, pure=True)
    parts = [part(p, text_column, published_column, id_column, on_error) for p in ddf.to_delayed()]
    return _from_delayed(parts)
