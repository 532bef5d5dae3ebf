"""Moved to the ``eventx.geo`` package: ``eventx.geo.gazetteer`` (lookups), ``eventx.geo.index``
(building the index), ``eventx.geo.names`` (name keys)."""

# re-export until the refactor branches are merged
from .geo.gazetteer import Gazetteer, Place, get_gazetteer
from .geo.names import normalize_name

__all__ = ["Gazetteer", "Place", "get_gazetteer", "normalize_name"]
