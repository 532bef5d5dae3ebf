"""The document component's furniture finder on plain strings (no model)."""

from __future__ import annotations

from eventx.components.document import find_furniture


def test_single_line_text_is_never_furniture() -> None:
    assert find_furniture("Gunmen killed three police officers in Kaduna") == []
    # the twin: the same unpunctuated line above a sentence, in a text of several lines, is a headline
    headline = "Gunmen killed three police officers in Kaduna"
    assert find_furniture(headline + "\nThe attackers fled on motorcycles, police said.") == [
        (0, len(headline))
    ]
