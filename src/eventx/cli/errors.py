"""The command line's own error: a message for stderr and the exit status to return."""

from __future__ import annotations

USAGE = 2  #: a usage error, or nothing could be read
SKIPPED = 1  #: some inputs were reported and skipped


class CommandError(Exception):
    """Stops the command with ``message`` on stderr and exit status ``status``."""

    def __init__(self, message: str, status: int = USAGE) -> None:
        super().__init__(message)
        self.status = status
