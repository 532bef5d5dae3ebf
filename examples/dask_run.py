"""Many articles through Dask: one partition at a time, each worker with its own eventx pipeline.

``eventx.dask.extract_dataframe`` takes a dask DataFrame of articles (a text column, and optionally
publication dates and ids) and returns a dask DataFrame of events, one row per event with the flat
columns of ``EventCollection.to_records`` (see docs/querying.md). Nothing runs until ``compute``.

pip install "dask[dataframe]"    # eventx itself does not need dask
python examples/dask_run.py
"""

import json
from pathlib import Path

import dask.dataframe as dd
import pandas as pd

from eventx.dask import extract_dataframe

ARTICLES = Path(__file__).resolve().parent / "articles"

index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
articles = pd.DataFrame(
    [
        {"id": meta["doc_id"], "published": meta["published"], "text": (ARTICLES / name).read_text()}
        for name, meta in index.items()
        if name.endswith(".txt")
    ]
)
ddf = dd.from_pandas(articles, npartitions=2)  # in real use: dd.read_parquet("articles/*.parquet")

events_ddf = extract_dataframe(ddf, text_column="text", published_column="published", id_column="id")
events = events_ddf.compute()  # a pandas DataFrame, one row per event

print(events[["event_type", "sub_event_type", "date_start", "location", "fatalities_best"]])
print(events.groupby("event_type")["fatalities_best"].sum())
