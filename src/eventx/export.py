"""Events out of Python and back: flat rows, JSON Lines, CSV (flat or ACLED's columns), pandas, Parquet.

JSON Lines is the lossless format: ``read_jsonl(write_jsonl(events))`` gives equal Events, merged-from
reports included. The flat row (``event_row``, ``COLUMNS``) is one line per event for tables: dates
as ISO strings, several actors of one role joined with ``"; "``. pandas and pyarrow are optional
extras; without them ``to_pandas``/``to_parquet`` raise ``MissingExtraError`` naming the extra.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .errors import ExportError, MissingExtraError
from .models import Actor, Count, Event

#: the flat columns, in order, with the pandas dtype each gets in ``to_pandas``
COLUMNS: dict[str, str] = {
    "id": "string",
    "date_start": "datetime64[ns]",
    "date_end": "datetime64[ns]",
    "date_precision": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "country": "string",
    "country_code": "string",
    "admin1": "string",
    "admin2": "string",
    "location": "string",
    "location_precision": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "initiator": "string",
    "initiator_kind": "string",
    "target": "string",
    "target_kind": "string",
    "participant": "string",
    "fatalities_best": "Int64",
    "fatalities_low": "Int64",
    "fatalities_high": "Int64",
    "injuries_best": "Int64",
    "injuries_low": "Int64",
    "injuries_high": "Int64",
    "sources": "string",
    "reported_by": "string",
    "n_reports": "Int64",
    "confidence": "Float64",
    "evidence": "string",
}
JOIN = "; "
_PLACE_COLUMNS = (
    ("country", "country"),
    ("country_code", "country_code"),
    ("admin1", "admin1"),
    ("admin2", "admin2"),
    ("location", "name"),
    ("location_precision", "precision"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
)


def _join(values: Iterable[str | None]) -> str | None:
    kept = list(dict.fromkeys(v for v in values if v))
    return JOIN.join(kept) if kept else None


def _actors(e: Event, role: str) -> list[Actor]:
    return [a for a in e.actors if a.role == role]


def _count(prefix: str, c: Count | None) -> dict[str, int | None]:
    if c is None:
        return {f"{prefix}_best": None, f"{prefix}_low": None, f"{prefix}_high": None}
    return {f"{prefix}_best": c.best, f"{prefix}_low": c.low, f"{prefix}_high": c.high}


def event_row(e: Event) -> dict[str, Any]:
    """One event as a flat dict with the keys of ``COLUMNS`` (dates as ISO strings)."""
    loc, d = e.location, e.date
    row: dict[str, Any] = {
        "id": e.id,
        "date_start": d.start.isoformat() if d else None,
        "date_end": d.end.isoformat() if d else None,
        "date_precision": d.precision if d else None,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
    }
    for col, attr in _PLACE_COLUMNS:
        row[col] = getattr(loc, attr) if loc else None
    for role in ("initiator", "target"):
        row[role] = _join(a.name for a in _actors(e, role))
        row[f"{role}_kind"] = _join(a.kind for a in _actors(e, role))
    row["participant"] = _join(a.name for a in _actors(e, "participant"))
    row.update(_count("fatalities", e.fatalities))
    row.update(_count("injuries", e.injuries))
    row["sources"] = _join(e.sources)
    row["reported_by"] = _join(e.reported_by)
    row["n_reports"] = len(e.merged_from) or 1
    row["confidence"] = e.confidence
    row["evidence"] = " | ".join(ev.text for ev in e.evidence) or None
    return row


def event_rows(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Flat rows (``event_row``) for many events."""
    return [event_row(e) for e in events]


def write_jsonl(events: Iterable[Event], out: str | Path | IO[str]) -> int:
    """Write one JSON object per line (the full model); return how many events were written."""
    n = 0
    with _opened(out, "w") as fh:
        for e in events:
            fh.write(e.model_dump_json() + "\n")
            n += 1
    return n


def read_jsonl(source: str | Path | IO[str]) -> Iterator[Event]:
    """Events from JSON Lines written by ``write_jsonl``; a bad line raises ``ExportError`` naming it."""
    name = getattr(source, "name", source)
    with _opened(source, "r") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Event.model_validate_json(line)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                msg = f"{name}, line {lineno}: not an eventx event ({where}: {first['msg']})"
                raise ExportError(msg) from exc


def write_csv(events: Iterable[Event], out: str | Path | IO[str], style: str = "flat") -> int:
    """Write CSV with the flat ``COLUMNS`` (``style="flat"``) or ACLED's column names (``"acled"``)."""
    if style == "flat":
        fields, rows = list(COLUMNS), event_rows(events)
    elif style == "acled":
        from .acled import ACLED_COLUMNS, acled_row

        fields, rows = list(ACLED_COLUMNS), [acled_row(e) for e in events]
    else:
        raise ExportError(f"style must be 'flat' or 'acled', got {style!r}")
    with _opened(out, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def require(module: str, extra: str) -> Any:
    """Import an optional dependency or raise ``MissingExtraError`` naming the extra that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{module} is not installed; install it with: pip install 'eventx[{extra}]'"
        ) from exc


def to_pandas(events: Iterable[Event]) -> Any:
    """A pandas DataFrame with one row per event and the ``COLUMNS`` (extra ``pandas``)."""
    pd = require("pandas", "pandas")
    frame = pd.DataFrame(event_rows(events), columns=list(COLUMNS))
    return frame.astype(COLUMNS)


def to_parquet(events: Iterable[Event], path: str | Path) -> None:
    """Write the ``to_pandas`` table to Parquet (extras ``pandas`` and ``parquet``)."""
    frame = to_pandas(events)
    require("pyarrow", "parquet")
    frame.to_parquet(path, index=False)


class _opened:
    """A path opened for text with UTF-8, or a caller's open file left open."""

    def __init__(self, target: str | Path | IO[str], mode: str, newline: str | None = None) -> None:
        self.target, self.mode, self.newline, self.fh = target, mode, newline, None

    def __enter__(self) -> IO[str]:
        if isinstance(self.target, (str, Path)):
            try:
                self.fh = open(self.target, self.mode, encoding="utf-8", newline=self.newline)  # noqa: SIM115
            except OSError as exc:
                raise ExportError(f"cannot open {self.target}: {exc.strerror}") from exc
            return self.fh
        needed = "write" if "w" in self.mode else "read"
        if not isinstance(self.target, io.IOBase) and not hasattr(self.target, needed):
            raise ExportError(f"expected a path or an open text file, got {type(self.target).__name__}")
        return self.target  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()

