"""MkDocs hooks (``hooks:`` in mkdocs.yml): the pages' generated parts and the pictures.

A page asks for generated Markdown with a marker on a line of its own, ``<!-- eventx:NAME -->``; the
NAMEs are the keys of ``GENERATORS``. An unknown name fails the build. ``on_files`` adds the plots of
the example articles (drawn by eventx with matplotlib) to the site as ``img/*.png``, so pages link to
them like any other file and ``mkdocs build --strict`` checks the links.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coverage  # noqa: E402
import pictures  # noqa: E402
import reference  # noqa: E402
import resolution_examples as examples  # noqa: E402

GENERATORS = {
    "schema": reference.schema_tables,
    "taxonomy": reference.taxonomy_tables,
    "coverage": coverage.coverage_table,
    "acled-columns": reference.acled_columns,
    "components": reference.component_tables,
    "lexicon": reference.lexicon_table,
    "cli": reference.cli_help,
    "render": pictures.render_example,
    "examples-counts": examples.counts_table,
    "examples-dates": examples.dates_table,
    "examples-places": examples.places_table,
}

MARKER = re.compile(r"^<!-- eventx:([\w-]+) -->$", re.MULTILINE)


def _generate(match: re.Match) -> str:
    name = match.group(1)
    if name not in GENERATORS:
        raise PluginError(f"unknown docs marker eventx:{name}; known: {', '.join(GENERATORS)}")
    return GENERATORS[name]()


def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    """Replace each ``<!-- eventx:NAME -->`` line by what ``GENERATORS[NAME]`` returns."""
    return MARKER.sub(_generate, markdown)


def on_files(files: Files, config, **kwargs) -> Files:
    """Add the pictures to the site's files."""
    for path, content in pictures.plot_pngs().items():
        files.append(File.generated(config, path, content=content))
    return files
