"""A text written in capitals is read as if written in ordinary case (``eventx.text.recase``)."""

from __future__ import annotations

TEXT = (
    "Unidentified gunmen kidnapped a judge in Colombia's Norte de Santander department on Tuesday, police "
    "said. Two of his bodyguards were killed."
)


def test_a_text_in_capitals_gives_the_events_of_its_twin_in_ordinary_case(extract, parse) -> None:
    ordinary = extract(TEXT, published="1989-07-15")
    capitals = extract(TEXT.upper(), published="1989-07-15")
    assert ordinary, "the twin in ordinary case gives an event"
    assert [(e.event_type, e.sub_event_type, e.location and e.location.country_code) for e in capitals] == [
        (e.event_type, e.sub_event_type, e.location and e.location.country_code) for e in ordinary
    ]
    doc = parse(TEXT.upper(), published="1989-07-15")
    assert doc.text != TEXT.upper() and doc.user_data["eventx.original_text"] == TEXT.upper()
    for event in capitals:  # evidence quotes the caller's text, at offsets into it
        for ev in event.evidence:
            assert ev.text == TEXT.upper()[ev.start : ev.end] and ev.text.isupper()
    assert "eventx.original_text" not in parse(TEXT, published="1989-07-15").user_data
