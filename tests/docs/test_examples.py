"""The examples run: the analyst notebook (executed with nbclient), the quickstart and own_pipeline.py.

examples/dask_run.py needs dask (the eventx.dask module) and is not run here.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from eventx import api

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_analyst_notebook_runs_without_errors() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    nb = nbformat.read(EXAMPLES / "analyst_walkthrough.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()  # fmt: skip
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = {k for o in outputs for k in o.get("data", {})}
    assert {"text/html", "image/png"} <= kinds  # the rendered article and the plots
    printed = "".join(o.get("text", "") for o in outputs)
    assert "Air/drone strike: killed best=" in printed and "event_id_cnty" in printed


def test_quickstart_prints_events_evidence_and_fused_counts(nlp, monkeypatch, capsys) -> None:
    monkeypatch.setattr(api, "_nlp", nlp)
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Air/drone strike" in out and "evidence for the air strike" in out and "sources=" in out


def test_own_pipeline_adds_eventx_to_a_users_pipeline(capsys) -> None:
    runpy.run_path(str(EXAMPLES / "own_pipeline.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "my_word_count" in out and "eventx_events" in out
    assert "killed: 12" in out and "events through eventx.extract" in out
