"""Moved to :mod:`eventx.text.numbers` (number words) and :mod:`eventx.text.quantities` (number phrases)."""

# re-export until the refactor branches are merged
from .text.numbers import words_to_int
from .text.quantities import Quantity, find_quantities, parse_quantity

__all__ = ["Quantity", "find_quantities", "parse_quantity", "words_to_int"]
