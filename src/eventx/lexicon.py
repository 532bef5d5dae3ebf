"""Word lists and tables as data: the package's YAML resources, with a pipeline's own overrides.

A ``Lexicon`` is immutable. It reads each resource of ``src/eventx/resources/`` once, replaces the
top-level keys a caller overrides, and hands out read-only views (``resource``) and frozen word sets
(``words``). eventx code reads resources only through ``eventx.data`` (``load_yaml``, ``trigger_words``
...), which asks the *active* lexicon: the package defaults, or, while an eventx component runs, that
component's lexicon (``use_lexicon``). So word lists are overridable per component through its config
(``nlp.add_pipe("eventx_events", config={"lexicon": {"event_triggers": {"weapon_words": [...]}}})``)
or a file, and travel with ``nlp.to_disk``. Derived data cached with ``per_lexicon`` is kept per lexicon.

Overrides are keyed by the resource's name without ``.yaml``; they replace whole top-level keys (a list
replaces the list) and must keep the default's shape.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from .errors import LexiconError

T = TypeVar("T")

#: the file a component writes its overrides to in ``to_disk``
OVERRIDES_FILE = "lexicon_overrides.json"


def read_resource(name: str) -> str:
    """The text of the packaged resource file ``name`` (a path under ``resources/``)."""
    return (files("eventx") / "resources" / name).read_text(encoding="utf-8")


@cache
def _packaged(name: str) -> Any:
    return yaml.safe_load(read_resource(name))


class Lexicon:
    """The package's resources with some top-level keys replaced; hashable by identity, never changed."""

    def __init__(self, overrides: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        copied = json.loads(json.dumps(dict(overrides or {})))  # a private deep copy
        self._overrides = {resource_stem(name): keys for name, keys in copied.items()}
        for name, keys in self._overrides.items():
            _check_override(f"{name}.yaml", keys)
        self._lock = threading.Lock()
        self._resources: dict[str, Any] = {}
        self._words: dict[tuple[str, str], frozenset[str]] = {}

    def __reduce__(self) -> tuple[type[Lexicon], tuple[dict[str, dict[str, Any]]]]:
        return (Lexicon, (self._overrides,))  # pickled as its overrides (for worker processes)

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """A lexicon whose overrides are read from a YAML or JSON file ``{resource stem: {key: value}}``."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"cannot read lexicon overrides from {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise LexiconError(f"{path}: expected a mapping of resource files to keys")
        return cls(data)

    @property
    def overrides(self) -> dict[str, dict[str, Any]]:
        """A copy of the overrides, as JSON-ready data."""
        return json.loads(json.dumps(self._overrides))

    def resource(self, name: str) -> Any:
        """The parsed resource ``name`` with this lexicon's overrides, read-only all the way down
        (``frozen``: mappings are read-only views, lists are tuples)."""
        try:
            return self._resources[name]  # the hot path: no lock (a dict read is atomic)
        except KeyError:
            pass
        with self._lock:
            if name not in self._resources:
                data = _packaged(name)
                extra = self._overrides.get(resource_stem(name))
                if extra:
                    data = {**data, **extra}
                self._resources[name] = frozen(data)
            return self._resources[name]

    def words(self, name: str, key: str) -> frozenset[str]:
        """The word list ``key`` of resource ``name`` as a frozen set (built once per lexicon)."""
        try:
            return self._words[(name, key)]
        except KeyError:
            found = frozenset(self.resource(name)[key])
        with self._lock:
            return self._words.setdefault((name, key), found)

    def to_disk(self, path: str | Path) -> None:
        """Write the overrides into the folder ``path`` (created if missing)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / OVERRIDES_FILE).write_text(json.dumps(self._overrides, indent=1), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path) -> Lexicon:
        """The lexicon written by ``to_disk`` into the folder ``path`` (defaults when nothing was)."""
        file = Path(path) / OVERRIDES_FILE
        return cls(json.loads(file.read_text(encoding="utf-8"))) if file.exists() else cls()


def frozen(value: Any) -> Any:
    """A read-only copy of parsed YAML: mappings become read-only views, lists tuples, all the way down."""
    if isinstance(value, dict):
        return MappingProxyType({k: frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(frozen(v) for v in value)
    return value


def resource_stem(name: str) -> str:
    """A resource's name without ``.yaml``: the key overrides use ("event_triggers"), since spaCy's
    config reads a dot in a key as a section path."""
    return name[: -len(".yaml")] if name.endswith(".yaml") else name


#: the resources a pipe may override: every reader of these looks them up through the active lexicon on
#: each call (or caches per lexicon). The others are read once at import (temporal.yaml, quantities.yaml,
#: taxonomy.yaml) or go into the gazetteer index (places.yaml, admin_names.yaml), so a per-pipe value
#: could not take effect; overriding them is refused rather than ignored.
OVERRIDABLE = frozenset(
    {
        "event_triggers",
        "actor_nouns",
        "armed_groups",
        "casualties",
        "date_cues",
        "furniture",
        "place_stoplist",
        "role_conventions",
        "front_lines",
    }
)


def _check_override(name: str, keys: Any) -> None:
    try:
        default = _packaged(name)
    except (FileNotFoundError, OSError):
        raise LexiconError(f"lexicon override for unknown resource {name!r}") from None
    if resource_stem(name) not in OVERRIDABLE:
        raise LexiconError(
            f"{name} is read once for the whole process and cannot be overridden per pipe; "
            f"overridable: {', '.join(sorted(OVERRIDABLE))}"
        )
    if not isinstance(keys, dict) or not isinstance(default, dict):
        raise LexiconError(f"lexicon override for {name!r} must map its top-level keys to values")
    for key, value in keys.items():
        if key not in default:
            raise LexiconError(f"{name} has no key {key!r} to override")
        if type(value) is not type(default[key]):
            raise LexiconError(
                f"{name}:{key} must be a {type(default[key]).__name__}, got {type(value).__name__}"
            )


#: the package's own resources, unchanged
DEFAULT = Lexicon()
_active: ContextVar[Lexicon] = ContextVar("eventx_lexicon", default=DEFAULT)


_shared: dict[str, Lexicon] = {"{}": DEFAULT}
_shared_lock = threading.Lock()


def lexicon_for(overrides: Mapping[str, Mapping[str, Any]] | None) -> Lexicon:
    """The lexicon of these overrides, one object per distinct value (``DEFAULT`` for none), so pipes
    with the same word lists share their per-lexicon caches."""
    key = json.dumps({resource_stem(k): v for k, v in (overrides or {}).items()}, sort_keys=True)
    with _shared_lock:
        found = _shared.get(key)
        if found is None:
            found = _shared[key] = Lexicon(overrides)
        return found


def active_lexicon() -> Lexicon:
    """The lexicon in force: the running component's, else the package defaults."""
    return _active.get()


@contextmanager
def use_lexicon(lexicon: Lexicon) -> Iterator[Lexicon]:
    """Make ``lexicon`` the active one inside the ``with`` block (per thread and task)."""
    token = _active.set(lexicon)
    try:
        yield lexicon
    finally:
        _active.reset(token)


#: entries kept per function and lexicon; a full table is emptied, so functions called with words read
#: from documents (``place_key``) cannot grow without bound over a long stream
PER_LEXICON_MAX = 1 << 14


def per_lexicon(func: Callable[..., T]) -> Callable[..., T]:
    """Like ``functools.cache``, but one cache per active lexicon: for data derived from resources.
    Each table holds at most ``PER_LEXICON_MAX`` entries (it is emptied when full)."""
    caches: dict[int, tuple[Lexicon, dict]] = {}
    lock = threading.Lock()

    @wraps(func)
    def wrapper(*args: Any) -> T:
        lex = _active.get()
        entry = caches.get(id(lex))  # the hot path takes no lock (dict reads and writes are atomic)
        if entry is None or entry[0] is not lex:
            with lock:
                entry = caches[id(lex)] = (lex, {})
        table = entry[1]
        try:
            return table[args]
        except KeyError:
            if len(table) >= PER_LEXICON_MAX:
                table.clear()
            value = table[args] = func(*args)
            return value

    wrapper.cache_clear = caches.clear  # type: ignore[attr-defined]
    return wrapper
