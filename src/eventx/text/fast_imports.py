"""Import inflect (quantulum3's dependency) without typeguard's import-time instrumentation.

inflect 7.1+ decorates its ``engine`` class with ``typeguard.typechecked``, which re-compiles every
method when inflect is first imported: several seconds of ``eventx.load()`` (jaraco/inflect#212,
agronholm/typeguard#468). eventx only lets quantulum3 pluralise unit names, so the run-time checks buy
nothing. While inflect is imported, ``typeguard`` in ``sys.modules`` is a stand-in whose
``typechecked`` returns what it decorates; the real module (if any) is put back at once, so typeguard
works as before for everything else.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _no_instrumentation(target: Any = None, **_options: Any) -> Any:
    """``typechecked`` that leaves its target as it is (also as ``@typechecked(...)``)."""
    return target if target is not None else (lambda f: f)


def import_inflect_quickly() -> None:
    """Import inflect once, without typeguard's instrumentation; a no-op if it is already imported. If
    the stand-in is not enough for the installed inflect, inflect is imported the ordinary way."""
    if "inflect" in sys.modules:
        return
    real = sys.modules.get("typeguard")
    stand_in = types.ModuleType("typeguard")
    stand_in.typechecked = _no_instrumentation  # type: ignore[attr-defined]
    sys.modules["typeguard"] = stand_in
    try:
        import inflect  # noqa: F401
    except ImportError:
        sys.modules.pop("inflect", None)
    finally:
        if real is not None:
            sys.modules["typeguard"] = real
        else:
            sys.modules.pop("typeguard", None)
    if "inflect" not in sys.modules:
        import inflect  # noqa: F401,F811
