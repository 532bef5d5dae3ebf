"""Moved to :mod:`eventx.text.temporal` (resolve) and :mod:`eventx.text.text_dates` (find_text_date)."""

# re-export until the refactor branches are merged
from .text.text_dates import find_text_date

__all__ = ["find_text_date"]
