"""The documentation site builds with ``mkdocs build --strict``, with its generated parts and pictures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, env={**_env(), "NO_MKDOCS_2_WARNING": "1"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return out


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "MPLBACKEND": "Agg"}


def test_the_pictures_are_pngs_made_by_the_build(site: Path) -> None:
    for name in ("timeline.png", "map.png"):
        assert (site / "img" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert 'src="../img/timeline.png"' in (site / "pictures" / "index.html").read_text()


def test_generated_parts_replace_their_markers(site: Path) -> None:
    schema = (site / "schema" / "index.html").read_text()
    assert "merged_from" in schema and "eventx:schema" not in schema
    taxonomy = (site / "taxonomy" / "index.html").read_text()
    assert "Remote explosive/landmine/IED" in taxonomy and "Political violence" in taxonomy
    components = (site / "components" / "index.html").read_text()
    assert "keep_planned" in components and "weapon_words" in components
    assert "store query" in (site / "cli" / "index.html").read_text()
    assert "entities" in (site / "pictures" / "index.html").read_text()  # displaCy's markup
    resolution = (site / "resolution" / "index.html").read_text()
    assert "at_least" in resolution and "AFG" in resolution


def test_hooks_and_sources_stay_out_of_the_site(site: Path) -> None:
    assert not (site / "_hooks").exists()


def _hooks():
    import importlib.util

    spec = importlib.util.spec_from_file_location("eventx_docs_hooks", ROOT / "docs" / "_hooks" / "hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_marker_is_replaced_by_its_generated_table() -> None:
    out = _hooks().on_page_markdown("# Taxonomy\n\n<!-- eventx:taxonomy -->\n", None, None, None)
    assert "| Battles | Armed clash | Political violence |" in out and "eventx:" not in out


def test_an_unknown_marker_fails_the_build() -> None:
    """The strict build above can fail: a page asking for a generator that does not exist stops it."""
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="eventx:no-such-table"):
        _hooks().on_page_markdown("<!-- eventx:no-such-table -->\n", None, None, None)
