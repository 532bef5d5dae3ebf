"""The ``eventx`` command: inputs, formats, filters, merging, the store, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

import eventx.api
from eventx import EventCollection
from eventx.acled import ACLED_COLUMNS
from eventx.cli import main
from eventx.export import COLUMNS

from ..conftest import ARTICLES

BOMBING = "A car bomb killed 12 people at a market in Kirkuk, Iraq on Monday, police said."
CLASH = "Government troops clashed with rebels near Goma on Tuesday, killing four fighters."


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch, nlp):
    """The command uses the session's pipeline instead of loading its own."""
    monkeypatch.setattr(eventx.api, "_nlp", nlp)


@pytest.fixture
def jsonl_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [
        json.dumps({"id": "bomb", "text": BOMBING, "published": "2021-05-12"}),
        "{not json",
        json.dumps({"id": "clash", "text": CLASH, "published": "2021-05-12"}),
        json.dumps({"id": "nothing", "title": "no text field"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_folder_prints_a_table_without_a_sub_command(capsys) -> None:
    assert main([str(ARTICLES)]) == 0
    out = capsys.readouterr().out
    assert "Air/drone strike" in out and "from 2 article(s)" in out


def test_jsonl_output_is_what_extract_gives(tmp_path, capsys) -> None:
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(ARTICLES), "--format", "jsonl", "-o", str(out)]) == 0
    index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
    expected = EventCollection.concat(
        eventx.extract((ARTICLES / name).read_text(encoding="utf-8"), **ctx)
        for name, ctx in index.items()
        if name.endswith(".txt")
    )
    assert len(expected) > 0 and EventCollection.from_jsonl(out) == expected


@pytest.mark.parametrize(("fmt", "columns"), [("csv", tuple(COLUMNS)), ("acled", ACLED_COLUMNS)])
def test_csv_formats_have_their_columns(jsonl_file, capsys, fmt: str, columns: tuple) -> None:
    main(["extract", str(jsonl_file), "--format", fmt])
    reader = csv.DictReader(io.StringIO(capsys.readouterr().out))
    rows = list(reader)
    assert tuple(reader.fieldnames) == columns and len(rows) >= 2


def test_bad_lines_and_missing_files_are_reported_and_skipped(jsonl_file, tmp_path, capsys) -> None:
    status = main(["extract", str(jsonl_file), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert status == 1
    assert "articles.jsonl:2: not JSON" in captured.err and "articles.jsonl:4" in captured.err
    assert "missing.txt: no such file" in captured.err
    sources = {s for e in EventCollection.from_jsonl(io.StringIO(captured.out)) for s in e.sources}
    assert sources == {"bomb", "clash"}


def test_standard_input_is_one_article(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(BOMBING))
    assert main(["extract", "-", "--published", "2021-05-12", "--format", "jsonl"]) == 0
    (event,) = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out)).filter(min_fatalities=1)
    assert event.fatalities.best == 12 and event.date.start.isoformat() == "2021-05-10"


def test_filters_and_merge(jsonl_file, capsys) -> None:
    main(["extract", str(jsonl_file), "--format", "jsonl", "--country", "Iraq"])
    iraq = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out))
    assert iraq and all(e.location.country_code == "IRQ" for e in iraq)
    main(["extract", str(ARTICLES), "--format", "jsonl"])
    apart = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out))
    main(["extract", str(ARTICLES), "--format", "jsonl", "--merge"])
    merged = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out))
    assert 0 < len(merged) < len(apart)


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", str(ARTICLES), "--published", "last tuesday"],
        ["extract", str(ARTICLES), "--country", "Atlantis"],
        ["extract", "no/such/folder"],
        ["store", "query", "no/such/store.db"],
    ],
)
def test_usage_errors_exit_2_with_a_message(capsys, argv: list[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("eventx: ")


def test_schema_is_the_event_json_schema(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == eventx.Event.model_json_schema()


def test_store_takes_each_event_once_and_answers_queries(jsonl_file, tmp_path, capsys) -> None:
    db = str(tmp_path / "events.db")
    assert main(["extract", str(jsonl_file), "--store", db, "--format", "jsonl"]) == 1
    first = capsys.readouterr()
    extracted = EventCollection.from_jsonl(io.StringIO(first.out))
    assert f"{len(extracted)} new event(s)" in first.err
    main(["extract", str(jsonl_file), "--store", db, "--format", "jsonl"])
    assert "0 new event(s)" in capsys.readouterr().err
    assert main(["store", "query", db, "--format", "jsonl"]) == 0
    stored = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out))
    assert sorted(e.id for e in stored) == sorted(e.id for e in extracted)
    main(["store", "query", db, "--min-fatalities", "10", "--format", "jsonl"])
    (bomb,) = EventCollection.from_jsonl(io.StringIO(capsys.readouterr().out))
    assert bomb.sources == ["bomb"]
