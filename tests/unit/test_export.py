"""Exports: flat records, JSON Lines round trip, CSV (flat and ACLED), pandas, Parquet (no model)."""

from __future__ import annotations

import csv
import io
import sys

import pytest

from eventx import EventCollection
from eventx.acled import ACLED_COLUMNS
from eventx.errors import EventxError, ExportError, MissingExtraError
from eventx.export import COLUMNS

from .event_samples import sample

EVENTS = EventCollection(sample())


def test_flat_records_have_every_column_and_flatten_sides_and_counts() -> None:
    rows = EVENTS.to_records()
    assert [list(r) for r in rows] == [list(COLUMNS)] * len(EVENTS)
    e1, e2, _, e4, e5 = rows
    assert (e1["date_start"], e1["date_precision"], e1["country_code"], e1["admin1"]) == (
        "2021-03-04", "day", "SYR", "Aleppo",
    )  # fmt: skip
    assert (e1["initiator"], e1["initiator_kind"], e1["target"]) == (
        "Military Forces of Syria", "state_forces", "Hayat Tahrir al-Sham",
    )  # fmt: skip
    assert (e2["fatalities_best"], e2["injuries_low"], e2["n_reports"]) == (12, 3, 1)
    assert e4["date_start"] is None and e5["location"] is None and e5["fatalities_best"] is None


def test_jsonl_round_trip_is_lossless_including_merged_reports(tmp_path) -> None:
    a, b = sample()[:2]
    fused = a.model_copy(update={"id": "m1", "merged_from": [a, b]})
    events = EventCollection([*EVENTS, fused])
    path = tmp_path / "events.jsonl"
    assert events.to_jsonl(path) == 6
    back = EventCollection.from_jsonl(path)
    assert back == events and back[-1].merged_from[1] == b
    buf = io.StringIO()
    events.to_jsonl(buf)
    assert EventCollection.from_jsonl(io.StringIO(buf.getvalue())) == events


def test_a_bad_jsonl_line_names_the_file_and_line(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    good = sample()[0].model_dump_json()
    path.write_text(good + "\n\n" + '{"id": "x", "event_type": "Picnic"}\n', encoding="utf-8")
    with pytest.raises(ExportError, match=r"bad\.jsonl, line 3: .*event_type"):
        list(EventCollection.from_jsonl(path))
    path.write_text(good + "\n", encoding="utf-8")  # the positive twin
    assert len(EventCollection.from_jsonl(path)) == 1


def test_flat_csv_reads_back_as_the_records(tmp_path) -> None:
    path = tmp_path / "events.csv"
    assert EVENTS.to_csv(path) == 5
    with path.open(encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    expected = [{k: "" if v is None else str(v) for k, v in r.items()} for r in EVENTS.to_records()]
    assert back == expected


def test_acled_csv_uses_acled_columns_and_codes(tmp_path) -> None:
    path = tmp_path / "acled.csv"
    EVENTS.to_csv(path, style="acled")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    battle, strike, protest, attack, undated = rows
    assert (battle["event_date"], battle["year"], battle["time_precision"], battle["geo_precision"]) == (
        "2021-03-04", "2021", "1", "1",
    )  # fmt: skip
    sides = ("actor1", "inter1", "actor2", "inter2", "interaction")
    assert [battle[k] for k in sides] == ["Military Forces of Syria", "1", "Hayat Tahrir al-Sham", "2", "12"]
    assert (battle["iso"], battle["disorder_type"], battle["fatalities"]) == (
        "760",
        "Political violence",
        "5",
    )
    assert protest["disorder_type"] == "Demonstrations" and protest["inter1"] == "6"
    assert attack["civilian_targeting"] == "Civilian targeting" and attack["actor1"] == ""
    assert undated["fatalities"] == "0" and strike["notes"] == "Turkish drones struck Saraqib."
    with pytest.raises(ExportError):
        EVENTS.to_csv(tmp_path / "x.csv", style="gdelt")


def test_pandas_frame_has_the_columns_and_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    frame = EVENTS.to_pandas()
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 5
    assert str(frame["fatalities_best"].dtype) == "Int64" and frame["fatalities_best"].sum() == 17
    assert frame["date_start"].iloc[0] == pd.Timestamp("2021-03-04") and pd.isna(frame["date_start"].iloc[3])
    assert EventCollection().to_pandas().columns.tolist() == list(COLUMNS)


def test_parquet_round_trip(tmp_path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "events.parquet"
    EVENTS.to_parquet(path)
    pd.testing.assert_frame_equal(pd.read_parquet(path), EVENTS.to_pandas())


@pytest.mark.parametrize(("module", "extra"), [("pandas", "pandas"), ("pyarrow", "parquet")])
def test_a_missing_extra_names_it(monkeypatch, tmp_path, module: str, extra: str) -> None:
    pytest.importorskip("pandas")
    monkeypatch.setitem(sys.modules, module, None)  # makes "import module" raise ImportError
    with pytest.raises(MissingExtraError, match=rf"pip install 'eventx\[{extra}\]'") as err:
        EVENTS.to_parquet(tmp_path / "x.parquet")
    assert isinstance(err.value, EventxError) and isinstance(err.value, ImportError)
