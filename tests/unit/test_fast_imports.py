"""inflect imported without typeguard's instrumentation (eventx.text.fast_imports), in a fresh
interpreter so that nothing imported before changes the answer."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from eventx.text.fast_imports import import_inflect_quickly
import_inflect_quickly()
import inflect
assert inflect.engine().plural("grenade") == "grenades"
assert "typeguard" not in sys.modules, "the stand-in must not stay behind"
import typeguard
assert typeguard.typechecked.__module__.startswith("typeguard"), "the real typeguard is importable"
print("ok")
"""


def test_inflect_works_and_typeguard_is_left_as_it_was() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
