"""The command line's inputs: articles from .txt/.md files, folders, .jsonl files or standard input.

A ``.txt`` or ``.md`` file is one article (its id is the file name without suffix). A folder gives its
``.txt``/``.md``/``.jsonl`` files in name order; its ``index.json`` may map file names to
``{"published": ..., "doc_id": ...}``. A ``.jsonl`` file has one article per line, as an object with
``text`` and optionally ``published`` and ``id`` (or ``doc_id``). ``-`` reads standard input: one
article, or JSON Lines if its first character is ``{``. A file or line that cannot be read is reported
through ``problems`` and skipped; the rest is still read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass
class Article:
    """One article to extract from: its text and context for ``extract_many``."""

    text: str
    doc_id: str
    published: str | None = None
    where: str = ""

    def item(self, published: str | None = None) -> tuple[str, dict[str, Any]]:
        """The ``(text, context)`` pair ``extract_many`` takes; ``published`` overrides the article's."""
        return self.text, {"published": published or self.published, "doc_id": self.doc_id}


@dataclass
class Inputs:
    """Reads the paths given on the command line, keeping a list of what could not be read."""

    problems: list[str] = field(default_factory=list)
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)

    def articles(self, paths: list[str]) -> Iterator[Article]:
        """Every article under ``paths``, in order."""
        for raw in paths:
            if raw == "-":
                yield from self._stdin()
                continue
            path = Path(raw)
            if path.is_dir():
                yield from self._folder(path)
            elif path.is_file():
                yield from self._file(path, {})
            else:
                self.problems.append(f"{raw}: no such file or folder")

    def _folder(self, folder: Path) -> Iterator[Article]:
        index: dict[str, Any] = {}
        if (folder / "index.json").is_file():
            try:
                index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                self.problems.append(f"{folder / 'index.json'}: not readable JSON ({exc})")
        wanted = (*ARTICLE_SUFFIXES, ".jsonl")
        for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in wanted):
            ctx = index.get(path.name)
            yield from self._file(path, ctx if isinstance(ctx, dict) else {})

    def _file(self, path: Path, ctx: dict[str, Any]) -> Iterator[Article]:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            self.problems.append(f"{path}: not UTF-8 text")
            return
        except OSError as exc:
            self.problems.append(f"{path}: {exc.strerror}")
            return
        if path.suffix == ".jsonl":
            yield from self._jsonl(text, str(path))
        else:
            doc_id = ctx.get("doc_id") or path.stem
            yield Article(text, str(doc_id), ctx.get("published"), str(path))

    def _stdin(self) -> Iterator[Article]:
        text = self.stdin.read()
        if text.lstrip().startswith("{"):
            yield from self._jsonl(text, "<stdin>")
        else:
            yield Article(text, "stdin", None, "<stdin>")

    def _jsonl(self, text: str, name: str) -> Iterator[Article]:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                self.problems.append(f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                self.problems.append(f"{where}: expected an object with a \"text\" string")
                continue
            doc_id = row.get("id", row.get("doc_id")) or f"{Path(name).stem}-{lineno}"
            published = row.get("published")
            yield Article(row["text"], str(doc_id), str(published) if published else None, where)
