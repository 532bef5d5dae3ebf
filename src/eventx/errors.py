"""Errors raised by eventx. Every error a caller can trigger with bad input is an ``EventxError``."""

from __future__ import annotations


class EventxError(Exception):
    """Base class of every error eventx raises on purpose."""


class InputError(EventxError, ValueError):
    """The text (or item) passed in cannot be processed."""


class NotATextError(InputError, TypeError):
    """The input is not a ``str``."""


class EmptyTextError(InputError):
    """Kept for compatibility only: empty or white-space-only text is no longer an error (it gives an
    empty EventCollection), so eventx does not raise this any more."""


class TextTooLongError(InputError):
    """The input is longer than the configured ``max_chars``."""


class PublishedDateError(InputError):
    """The ``published`` argument is not a date, a datetime or an ISO-8601 string."""


class ModelNotFoundError(EventxError, OSError):
    """Neither English spaCy model package is installed."""


class SchemaError(EventxError, ValueError):
    """An Event (or part of one) failed validation; the message names the field."""


class LexiconError(EventxError, ValueError):
    """A word-list override names an unknown resource or key, or has the wrong shape."""


class QueryError(EventxError, ValueError):
    """A filter keyword is unknown or its value cannot be used (names the keyword and what it takes)."""


class MissingExtraError(EventxError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class StoreError(EventxError):
    """An event store file cannot be opened or used (corrupt, foreign, or of a newer schema)."""


class ExportError(EventxError, ValueError):
    """Events cannot be written or read back in the asked format (names the file and line)."""
