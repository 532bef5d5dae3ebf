"""Data files: each names its source, parses as intended, and the code stays lint-clean."""

from __future__ import annotations

import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

RESOURCES = sorted(p for p in Path(str(files("eventx") / "resources")).iterdir() if p.is_file())
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", RESOURCES, ids=lambda p: p.name)
def test_every_resource_names_its_source(path: Path) -> None:
    head = path.read_text(encoding="utf-8")[:600].lower()
    assert "source" in head, f"{path.name} must say where its facts come from"


def _scalars(x):
    if isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _scalars(v)
    elif isinstance(x, list):
        for v in x:
            yield from _scalars(v)
    else:
        yield x


@pytest.mark.parametrize("path", [p for p in RESOURCES if p.suffix == ".yaml"], ids=lambda p: p.name)
def test_yaml_has_no_accidental_booleans(path: Path) -> None:
    # YAML 1.1 reads a bare on/off/yes/no as a boolean: a word list must quote them
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert not [v for v in _scalars(data) if isinstance(v, bool)], f"{path.name}: quote on/off/yes/no"
    assert [v for v in _scalars(data) if isinstance(v, str)], f"{path.name}: no words read"  # the twin


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (ROOT / ".venv/bin/ruff").exists(), reason="ruff missing"
)
def test_code_is_ruff_clean() -> None:
    ruff = shutil.which("ruff") or str(ROOT / ".venv/bin/ruff")
    out = subprocess.run(
        [ruff, "check", "src", "tests", "benchmarks", "tools", "examples"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
